"""Views of the map page (kalteng_gender/tampilan.py) on the published data in data/gender_kalteng.csv."""
import pytest

from kalteng_gender import charts, data as kd, fmt, geo, privasi, seleksi, sumber, tampilan


@pytest.fixture(scope="module")
def muatan():
    reg = kd.muat_registry()
    df, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    df["tingkat"] = sumber.tingkat(df["sumber"], sumber.muat())  # as the dashboard loads it (ui.muat)
    batas = geo.muat_batas()
    return df, reg, samar, geo.geojson(batas), geo.pusat(batas)


def test_map_view_ipm_2020_ranks_four_regions_with_human_table(muatan):
    v = tampilan.peta_peringkat(*muatan, "ipm", 2020, "T", "6211", "id")
    assert (v.nilai_judul, v.nilai, v.peringkat) == ("Gunung Mas · 2020", "70,81", "1 / 4")
    assert v.acuan == ("**Kalteng · 2020:** 71,05", "**Indonesia · 2020:** data tidak tersedia")
    assert v.n_ada == 4 and "kode_bps" not in v.tabel.columns
    assert v.peta.layout.map.zoom == charts.ZOOM_PROVINSI  # the whole province at a phone's width
    assert v.batang.data[0].cliponaxis is False
    assert v.batang.layout.xaxis.range[1] >= 70.81 * 1.2  # room for the longest label beyond its bar


def test_map_view_in_english_has_no_indonesian_value_words(muatan):
    v = tampilan.peta_peringkat(*muatan, "ipm", 2020, "T", "6201", "en")
    assert v.nilai == "data not available" and "data tidak tersedia" not in v.tabel.to_string()
    assert "Region" in v.tabel.columns and "Year" in v.tabel.columns


def test_violence_reports_are_not_ranked_and_withheld_counts_say_so(muatan):
    # 2022 UPTPPA child-violence reports: Kotawaringin Barat (6201) reported 1, withheld (privasi.AMBANG)
    v = tampilan.peta_peringkat(*muatan, "laporan_kekerasan_anak_uptppa", 2022, "T", "6201", "id")
    assert v.nilai == "disamarkan" and v.peringkat == "–" and "bukan prevalensi" in v.ket_peringkat
    assert "Peringkat" not in v.tabel.columns
    abu = v.peta.data[0]
    assert dict(zip(abu.locations, (c[1] for c in abu.customdata)))["6201"] == "disamarkan"


def test_gap_in_percent_is_in_percentage_points_and_ratio_has_no_sign(muatan):
    df, reg = muatan[:2]
    ind = "tpak_agustus"
    th = seleksi.pilihan_peta(df, ind, "naik").tahun_bawaan["gap"]
    gap = tampilan.peta_peringkat(*muatan, ind, th, "gap", "6201", "id")
    assert "poin persen" in gap.judul and gap.nilai.startswith(("−", "+"))
    rasio = tampilan.peta_peringkat(*muatan, ind, th, "rasio", "6201", "id")
    assert not any(str(x).startswith("+") for x in rasio.batang.data[0].text)
    assert not rasio.nilai.startswith("+")


def test_map_choices_default_region_is_the_one_ranked_first(muatan):
    df = muatan[0]
    p = seleksi.pilihan_peta(df, "ikg", "turun")
    assert p.tahun_bawaan["T"] == 2023 and p.tahun[0] >= 2023
    nilai = seleksi.nilai_wilayah(df, "ikg", 2023, "T")
    rank = seleksi.peringkat_mode(nilai["nilai"], "turun", "T")
    assert p.wilayah_bawaan[("T", 2023)] == nilai.loc[rank == 1, "kode_bps"].iloc[0] == "6271"


def test_diperingkat_counts_of_reports_not_rates():
    # by the registry's `jenis`: cases and victims of violence are reports; population counts are counts
    assert not seleksi.diperingkat("laporan", "T") and not seleksi.diperingkat("laporan", "P")
    assert seleksi.diperingkat("laporan", "rasio") and seleksi.diperingkat("persen", "T")
    assert seleksi.diperingkat("hitungan", "T")


def test_comparison_views_state_missing_regions_and_draw_the_map(muatan):
    df, reg, samar, gj, pusat = muatan
    v = tampilan.banding_grafik(df, reg, "tpak_agustus", ("6203", "6200", "0000"), (2023, 2025), "en")
    assert v.label == reg.set_index("id").at["tpak_agustus", "label_en"] and v.label in v.judul
    assert any("Indonesia" in w for w in v.peringatan)  # no Indonesia figure for this indicator, said above the chart
    assert {tr.name for tr in v.grafik.data} >= {"Kapuas, female", "Kapuas, male"}
    p = tampilan.banding_peta(df, reg, samar, gj, pusat, "tpak_agustus", (2023, 2025), "gap", "id")
    assert p.tahun == 2025 and "poin persen" in p.peta.layout.title.text and "Kalimantan Tengah 2025" in p.acuan


def test_landing_changes_are_written_in_the_page_language(muatan):
    from kalteng_gender import ringkasan
    df, reg = muatan[:2]
    assert "Keterwakilan perempuan di DPRD provinsi turun dari 35,56 % (2019) menjadi 20,00 % (2024)." in \
        ringkasan.ringkasan(df, reg).perubahan
    en = ringkasan.ringkasan(df, reg, "en").perubahan
    assert any("fell from 35.56 % (2019) to 20.00 % (2024)" in k for k in en)
    assert not any(" dari " in k or "menjadi" in k for k in en)


def test_landing_map_lists_reports_without_ranking_and_names_withheld(muatan):
    v = tampilan.peta_ringkasan(*muatan, "laporan_kekerasan_anak_uptppa", 2022, "T", "id")
    assert v.urut_ket.startswith("Tidak diperingkat") and "1. " not in v.daftar
    assert "Kotawaringin Barat: disamarkan" in v.daftar
    ikg = tampilan.peta_ringkasan(*muatan, "ikg", 2023, "T", "en")
    assert ikg.daftar.splitlines()[0] == "1. Palangka Raya: 0.415" and ikg.n_ada == 14  # English decimal point


def test_landing_furthest_regions_are_written_in_the_page_language(muatan):
    from kalteng_gender import ringkasan
    df, reg = muatan[:2]
    ikg = ringkasan.ringkasan(df, reg).terjauh[0]
    assert ikg.indikator == "ikg" and ikg.judul == f"**IKG {ikg.tahun}** (tertinggi = paling timpang)"
    (w, v) = ikg.wilayah[0]
    assert ikg.daftar.split("\n")[0] == f"1. {w}: {fmt.nilai_satuan(v, 'indeks (0-1)')}"
    assert len(ikg.daftar.split("\n")) == len(ikg.wilayah) == 3
    assert ringkasan.ringkasan(df, reg, "en").terjauh[0].judul == f"**IKG {ikg.tahun}** (highest = most unequal)"
