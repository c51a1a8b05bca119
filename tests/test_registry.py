"""The registry's per-indicator facts (data/indikator.csv), read from the real file: each test fails if a cell of
`jenis`, `kelompok_jk`, `desimal`, `samarkan`, `var_bps`, `peringkat_dari`, `seri_lanjutan` or the English columns
were wrong, and the registry refuses a file that breaks its rules."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from kalteng_gender import brief, build, bps, data as kd, fmt, privasi, regions, sektor, seleksi


def _id(reg, **kolom) -> set[str]:
    sel = reg
    for k, v in kolom.items():
        sel = sel[sel[k] == v]
    return set(sel["id"])


# --- jenis: counts and reports -----------------------------------------------------------------------------------
def test_reports_of_violence_and_court_files_are_never_ranked(reg):
    """Cases, victims, UPT PPA reports and marriage-dispensation files are reports: not prevalence, never ranked
    better/worse (a low count may mean few reports), and never a reference line on a regency scale."""
    laporan = {i for i in reg["id"] if re.match(r"(kasus|korban|laporan|dispensasi)_", i)}
    assert len(laporan) == 18 and laporan == kd.laporan(reg)
    for i in laporan:
        jenis = reg.set_index("id").at[i, "jenis"]
        assert not seleksi.diperingkat(jenis, "T") and not seleksi.diperingkat(jenis, "P")
        assert not seleksi.acuan_sebanding(jenis, "T")
        assert not brief._bisa_dibandingkan(reg.set_index("id").loc[i])  # noqa: SLF001  (same-module test)


def test_population_and_seat_counts_are_counts_not_rates(reg):
    hitung = {i for i in reg["id"] if re.match(r"(penduduk|kursi|caleg|kepala_desa|angkatan|pengangguran)", i)} \
        - {"pct_penduduk_jk"}
    assert hitung == _id(reg, jenis="hitungan")
    info = reg.set_index("id")
    for i in hitung:
        assert info.at[i, "desimal"] == 0 and not seleksi.acuan_sebanding(info.at[i, "jenis"], "T")
        assert seleksi.diperingkat(info.at[i, "jenis"], "T")  # a count, not a report: regions are still listed


def test_rates_are_ranked_and_get_reference_lines(reg):
    for i in reg.itertuples():
        if i.jenis in ("indeks", "persen", "durasi", "uang", "rasio"):
            assert seleksi.diperingkat(i.jenis, "T") and seleksi.acuan_sebanding(i.jenis, "T"), i.id


def test_jenis_agrees_with_the_unit(reg):
    per_jenis = reg.groupby("jenis")["satuan"].agg(set).to_dict()
    assert per_jenis["laporan"] <= {"kasus", "laporan", "perkara", "permohonan", "orang"}
    assert per_jenis["hitungan"] <= {"orang", "jiwa"}
    assert per_jenis["persen"] == {"persen"} and per_jenis["peringkat"] == {"peringkat"}
    assert all(s.startswith("indeks") for s in per_jenis["indeks"])


def test_migration_kept_the_old_unit_rules(reg):
    """The unit/sector rules the code used before the facts moved to the registry give the same answer for every
    row (the record of the move): counts, reports, ranked, withheld, decimals."""
    hitungan_lama = {"orang", "jiwa", "kasus", "laporan", "perkara", "permohonan"}
    for r in reg.itertuples():
        laporan_lama = (r.satuan in {"kasus", "laporan", "perkara", "permohonan"}
                        or (r.sektor == "perlindungan" and r.satuan in hitungan_lama))
        assert (r.jenis == "laporan") == laporan_lama, r.id
        assert (r.jenis in kd.JENIS_HITUNGAN) == (r.satuan in hitungan_lama), r.id
        assert r.samarkan == (r.sektor == "perlindungan" and r.satuan in {"kasus", "orang", "laporan"}), r.id
        desimal_lama = 3 if r.satuan.startswith("indeks (0-1)") else 0 if (
            r.satuan in hitungan_lama or r.satuan == "peringkat") else 2
        assert r.desimal == desimal_lama == fmt.desimal_untuk(r.satuan), r.id


def test_count_figures_are_whole_numbers(reg, df):
    nol = set(reg.loc[reg["desimal"] == 0, "id"])
    nilai = df.loc[df["indikator"].isin(nol), "nilai"]
    assert len(nilai) > 100 and (nilai == nilai.round()).all()


# --- kelompok_jk: women's shares and women-only measures ------------------------------------------------------
def test_womens_share_is_never_compared_with_a_published_male_figure(reg, df):
    pangsa = kd.kelompok_jk(reg, "pangsa_perempuan")
    assert pangsa == {"pct_perempuan_parlemen", "pct_caleg_perempuan", "pct_perempuan_profesional",
                      "sumbangan_pendapatan_perempuan"}
    info = reg.set_index("id")
    for i in pangsa:
        assert info.at[i, "satuan"] == "persen" and info.at[i, "rentang_maks"] == 100
        assert "perempuan" in info.at[i, "label_id"].lower()
        assert not (df["indikator"].eq(i) & df["jenis_kelamin"].eq("L")).any(), i  # a share has no male figure
    tab = sektor.tabel_pl(df, reg)
    tab = tab[tab["indikator"].isin(pangsa)]
    assert len(tab) > 10 and (tab["L_asal"] == "100 − P").all() and ((tab["L"] - (100 - tab["P"])).abs() < 1e-9).all()
    # …and only these: every other by-sex comparison uses a published L
    lain = sektor.tabel_pl(df, reg)
    assert (lain.loc[~lain["indikator"].isin(pangsa) & lain["L"].notna(), "L_asal"] == "terbit").all()


def test_women_only_measures_have_no_male_counterpart(reg, df):
    khusus = kd.kelompok_jk(reg, "khusus_perempuan")
    assert khusus == {"mtf", "mhpk20"}
    assert set(df.loc[df["indikator"].isin(khusus), "jenis_kelamin"]) == {"P"}
    assert not khusus & set(sektor.indikator_heatmap(reg))
    cat = sektor.catatan_cakupan(df, reg, "kesehatan").set_index("indikator")["catatan"]
    assert all(cat[i].startswith("indikator khusus perempuan") for i in khusus)


def test_kelompok_jk_total_is_exactly_not_by_sex(reg):
    assert set(reg.loc[~reg["per_jk"], "id"]) == kd.kelompok_jk(reg, "total")


def test_heat_map_leaves_out_reports_women_only_and_neutral(reg):
    info = reg.set_index("id")
    for i in sektor.indikator_heatmap(reg):
        assert info.at[i, "jenis"] != "laporan" and info.at[i, "kelompok_jk"] != "khusus_perempuan"
        assert info.at[i, "arah"] != "netral" and info.at[i, "per_jk"]


# --- samarkan, var_bps, peringkat_dari, seri_lanjutan ------------------------------------------------------------
def test_small_victim_counts_withheld_only_where_the_registry_says(reg, df):
    tampil, samar = privasi.samarkan(df, reg)
    assert len(samar) and set(samar["indikator"]) <= set(reg.loc[reg["samarkan"], "id"])
    assert samar["kode_bps"].isin(regions.KABKOTA).all() and samar["nilai"].between(1, privasi.AMBANG - 1).all()
    assert not set(reg.loc[reg["samarkan"], "id"]) & set(tampil.loc[tampil["nilai"].between(1, 2)
                                                                     & tampil["kode_bps"].isin(regions.KABKOTA),
                                                                     "indikator"])


def test_bps_variables_come_from_the_registry(reg):
    assert bps.VARIABEL == kd.variabel_bps(reg)
    info = reg.set_index("id")
    for var, (i, satuan, jk) in bps.VARIABEL.items():
        assert info.at[i, "satuan"] == satuan and info.at[i, "produsen"].startswith("BPS")
        assert jk == ("P" if info.at[i, "kelompok_jk"] == "pangsa_perempuan" else "T")


def test_published_rank_is_paired_with_its_index(reg, df):
    assert kd.peringkat_terbit(reg) == {"ikg": "ikg_peringkat"}
    rank = df[df["indikator"] == "ikg_peringkat"]
    assert rank["nilai"].between(1, 14).all() and rank["kode_bps"].isin(regions.KABKOTA).all()
    assert reg.set_index("id").at["ikg_peringkat", "jenis"] == "peringkat"


def test_method_break_pairs_are_derived_from_seri_lanjutan(reg):
    pasangan = kd.patahan_metode(reg)
    assert pasangan == {"ipm": "ipm_sp2020", "ipm_sp2020": "ipm", "uhh": "uhh_sp2020", "uhh_sp2020": "uhh",
                        "ipg": "ipg_sp2020", "ipg_sp2020": "ipg"}
    info = reg.set_index("id")
    for a, b in pasangan.items():
        assert info.at[a, "satuan"] == info.at[b, "satuan"] and info.at[a, "sektor"] == info.at[b, "sektor"]
        assert seleksi.seri_pembanding(a, reg) == seleksi.seri_pembanding(a) == b


# --- English ---------------------------------------------------------------------------------------------------
def test_english_definitions_and_units_are_english(reg):
    for r in reg.itertuples():
        assert r.definisi_en != r.definisi and r.satuan_en, r.id
        assert not re.search(r"\b(yang|dan|atau|dengan|menurut|tahun|perempuan|laki-laki)\b", r.definisi_en), r.id
        assert not re.search(r"\b(orang|jiwa|kasus|tahun|persen)\b", r.satuan_en), r.id
    info = reg.set_index("id")
    assert info.at["tpak_agustus", "definisi_en"].startswith("Labour force as a percentage")
    assert "Gender Empowerment Measure" in info.at["idg", "label_en"]
    assert "Gender Inequality Index" in info.at["ikg", "label_en"]
    assert "Gender Development Index" in info.at["ipg", "label_en"]


def test_definition_and_unit_in_the_page_language(reg):
    assert kd.definisi(reg, "ipg").startswith("Rasio IPM perempuan")
    assert kd.definisi(reg, "ipg", "en").startswith("Ratio of female to male HDI")
    assert kd.satuan(reg, "rasio_jenis_kelamin") == "laki-laki per 100 perempuan"
    assert kd.satuan(reg, "rasio_jenis_kelamin", "en") == "males per 100 females"
    assert kd.satuan(reg, "tpak_agustus", "en") == "percent"
    with pytest.raises(KeyError):
        kd.definisi(reg, "tidak_ada")


# --- the registry refuses a wrong cell ---------------------------------------------------------------------------
@pytest.mark.parametrize("ubah,pesan", [
    (("mtf", "kelompok_jk", "total"), "mtf: kelompok_jk 'total' tidak cocok dengan per_jk 'ya'"),
    (("tpak", "jenis", "angka"), "tpak: kolom 'jenis' tidak sah"),
    (("kursi_dprd", "desimal", "2"), "satuan 'orang' dengan desimal berbeda"),
    (("ikg_peringkat", "peringkat_dari", "ikgg"), "ikg_peringkat: peringkat_dari 'ikgg'"),
    (("hls", "samarkan", "ya"), "hls: samarkan hanya untuk hitungan/laporan"),
    (("idg", "var_bps", "463"), "var_bps 463 ganda"),
    (("uhh", "seri_lanjutan", "uhh_baru:2024"), "uhh: seri_lanjutan menunjuk 'uhh_baru:2024'"),
    (("ipg", "definisi_en", ""), "ipg: kolom 'definisi_en' tidak sah"),
])
def test_registry_refuses_a_wrong_cell(tmp_path, ubah, pesan):
    mentah = pd.read_csv(kd.REGISTRY_FILE, dtype=str, keep_default_na=False)
    ind, kolom, nilai = ubah
    mentah.loc[mentah["id"] == ind, kolom] = nilai
    path = tmp_path / "indikator.csv"
    mentah.to_csv(path, index=False)
    with pytest.raises(kd.DataError) as e:
        kd.muat_registry(path)
    assert pesan in str(e.value)


def test_registry_refuses_a_missing_new_column(tmp_path):
    mentah = pd.read_csv(kd.REGISTRY_FILE, dtype=str, keep_default_na=False).drop(columns=["jenis"])
    mentah.to_csv(tmp_path / "indikator.csv", index=False)
    with pytest.raises(kd.DataError, match="kolom registry hilang: jenis"):
        kd.muat_registry(tmp_path / "indikator.csv")


# --- one row is enough -------------------------------------------------------------------------------------------
def test_a_new_registry_row_is_all_the_build_needs(reg):
    """A raw figure under a name the registry does not know stops the build; one registry row (with the raw name
    as alias and its BPS variable) makes the build keep it in the registry unit and the WebAPI client map the
    variable. The figure here is a test value, not data."""
    mentah = pd.DataFrame({"kode_bps": ["6200"], "wilayah": ["Kalimantan Tengah"], "tahun": ["2024"],
                           "indikator": ["nama_mentah_uji"], "jenis_kelamin": ["P"], "nilai": ["12.5"],
                           "satuan": ["persen"], "sumber": ["uji"], "berkas": ["uji.csv"], "baris": [2]})
    with pytest.raises(kd.DataError, match="nama_mentah_uji"):
        build.bersihkan(mentah, reg)
    baris = reg[reg["id"] == "pct_perempuan_profesional"].assign(
        id="uji_baru", alias="nama_mentah_uji", var_bps="99999", label_id="Uji", label_en="Test")
    reg2 = pd.concat([reg, baris], ignore_index=True)
    out = build.bersihkan(mentah, reg2)
    assert out[["indikator", "jenis_kelamin", "nilai", "satuan"]].values.tolist() == [["uji_baru", "P", 12.5,
                                                                                       "persen"]]
    assert kd.variabel_bps(reg2)[99999] == ("uji_baru", "persen", "P")
    assert "uji_baru" in kd.kelompok_jk(reg2, "pangsa_perempuan")


def test_captions_and_metadata_table_show_the_page_language(reg, df):
    from kalteng_gender import profil, unduh
    en = profil.tren(df, reg, "6271", "tpak_agustus", "en")
    assert "Labour force as a percentage" in en.keterangan and "percent" in en.keterangan and "Persentase" not in en.keterangan
    assert en.judul.endswith("(percent)")
    idn = profil.tren(df, reg, "6271", "tpak_agustus", "id")
    assert "Persentase angkatan kerja" in idn.keterangan and idn.judul.endswith("(persen)")
    t_en = unduh.tabel_definisi(reg, ["ipg", "rasio_jenis_kelamin"], "en").set_index("indikator")
    assert t_en.at["rasio_jenis_kelamin", "satuan"] == "males per 100 females"
    assert t_en.at["ipg", "definisi"].startswith("Ratio of female to male HDI")
    t_id = unduh.tabel_definisi(reg, ["ipg"], "id").set_index("indikator")
    assert t_id.at["ipg", "satuan"] == "indeks (0-100)" and t_id.at["ipg", "definisi"].startswith("Rasio IPM")


def test_display_decimals_come_from_the_registry(tmp_path, monkeypatch):
    assert fmt.nilai_satuan(54.523, "persen") == "54,52" and fmt.nilai_satuan(0.5412, "indeks (0-1)") == "0,541"
    mentah = pd.read_csv(kd.REGISTRY_FILE, dtype=str, keep_default_na=False)
    mentah.loc[mentah["satuan"] == "persen", "desimal"] = "1"
    mentah.to_csv(tmp_path / "indikator.csv", index=False)
    monkeypatch.setattr(kd, "REGISTRY_FILE", tmp_path / "indikator.csv")
    assert fmt.nilai_satuan(54.523, "persen") == "54,5" and fmt.desimal_untuk("satuan lain") == 2
    assert fmt.nilai_satuan(1234, "orang") == "1.234"
