"""AppTest of the explorer pages (1 Peta & Peringkat, 5 Data & Metadata; 2 Bandingkan in test_banding.py) and the
logic under them.

Values asserted are the published figures in data/gender_kalteng.csv."""
import base64
import io
import json
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from kalteng_gender import aman, charts, data as kd, regions, seleksi, sumber, unduh
from kalteng_gender.sumber import LABEL as LABEL_TINGKAT

ROOT = Path(__file__).resolve().parent.parent
PETA, BANDING, DATA = "pages/1_Peta_dan_Peringkat.py", "pages/2_Bandingkan.py", "pages/5_Data_dan_Metadata.py"


def jalankan(berkas, **params):
    at = AppTest.from_file(str(ROOT / berkas), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def metrik(at):
    """Metric cards plus the reference lines written as '**Kalteng · 2020:** 71,05'."""
    m = {x.label: x.value for x in at.metric}
    for md in at.markdown:
        if md.value.startswith("**") and ":** " in md.value:
            k, v = md.value[2:].split(":** ", 1)
            m[k] = v
    return m


def spek(at, n=0):
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def arr(v):
    """A plotly JSON array, decoding the typed-array form ({"dtype", "bdata"}) plotly uses for numpy data."""
    if isinstance(v, dict) and "bdata" in v:
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
    return list(v)


def garis_tren(at):
    """{line name: {year: value or None}} from the trend chart."""
    return {tr["name"]: {int(x): (None if y is None or np.isnan(y) else y) for x, y in zip(arr(tr["x"]), arr(tr["y"]))}
            for tr in spek(at)["data"]}


def teks(at):
    return " ".join(c.value for c in at.caption) + " ".join(i.value for i in at.info)


def qp(at, k):
    v = at.query_params[k]
    return v[-1] if isinstance(v, list) else v


# --- Page 1: Peta & Peringkat -------------------------------------------------------------------------------

def test_map_page_default_ikg_2023_ranks_all_14():
    """The page opens on IKG in the newest year all 14 have BPS figures (IKG.csv, 2023), best first."""
    at = jalankan(PETA)
    assert at.selectbox(key="w_ind").value == "ikg" and at.selectbox(key="w_tahun").value == 2023
    assert metrik(at) == {"Palangka Raya · 2023": "0,415", "Peringkat": "1 / 14",
                          "Kalteng · 2023": "0,541", "Indonesia · 2023": "0,447"}
    assert "dari 14 kab/kota yang punya data; 1 = nilai terendah (lebih rendah lebih baik)" in teks(at)
    (isi,) = spek(at, 0)["data"]  # no grey layer: every regency has a figure
    assert sorted(isi["locations"]) == sorted(regions.KABKOTA)
    assert dict(zip(isi["locations"], arr(isi["z"])))["6213"] == 0.598
    assert arr(spek(at, 1)["data"][0]["y"])[-2:] == ["Murung Raya", "Seruyan"]  # 0,598 and 0,616: most unequal
    konteks = " ".join(m.value for m in at.markdown)
    assert "IKG Palangka Raya 2023: 0,415 — peringkat 1 dari 14 di Kalteng" in konteks
    assert "IKG Kalimantan Tengah 2023: 0,541 — peringkat 33 dari 34 provinsi" in konteks
    assert "(salinan resmi)" in teks(at)  # the grade beside the source


def test_map_page_ipm_2020_ranks_the_four_published_regions():
    at = jalankan(PETA, ind="ipm")
    assert at.selectbox(key="w_ind").value == "ipm" and at.selectbox(key="w_tahun").value == 2020
    # 2020 is the year with most regencies on the old-basis IPM: Gunung Mas 70,81 leads Barito Utara 70,59
    assert metrik(at) == {"Gunung Mas · 2020": "70,81", "Peringkat": "1 / 4",
                          "Kalteng · 2020": "71,05", "Indonesia · 2020": "data tidak tersedia"}
    assert "dari 4 kab/kota yang punya data; 1 = nilai tertinggi (lebih tinggi lebih baik)" in teks(at)
    peta = spek(at, 0)
    abu, isi = peta["data"]
    assert len(abu["locations"]) == 10 and {c[1] for c in abu["customdata"]} == {"data tidak tersedia"}
    assert dict(zip(isi["locations"], arr(isi["z"]))) == {"6205": 70.59, "6206": 68.03, "6210": 68.48,
                                                         "6211": 70.81}
    assert isi["marker"]["line"]["width"][isi["locations"].index("6211")] == 3  # the selected region
    batang = spek(at, 1)
    assert arr(batang["data"][0]["y"]) == ["Sukamara", "Pulang Pisau", "Barito Utara", "Gunung Mas"]
    assert any(a["text"] == "Kalteng 71,05" for a in batang["layout"]["annotations"])
    assert "IPM" in peta["layout"]["title"]["text"] and "2020" in peta["layout"]["title"]["text"]
    tabel = at.dataframe[0].value
    # human headers, no raw ids (kode_bps) on screen
    assert list(tabel.columns) == ["Wilayah", "Tahun", "indeks (0-100)", "Peringkat"]
    assert tabel["Wilayah"].tolist()[:4] == ["Gunung Mas", "Barito Utara", "Pulang Pisau", "Sukamara"]
    assert (tabel["indeks (0-100)"] == "data tidak tersedia").sum() == 10
    assert "Sumber" in teks(at) and "UHH SP2020" in teks(at)  # the method-break caption


def test_map_page_year_and_region_select_box_change_the_details():
    at = jalankan(PETA, ind="ipm")
    at.selectbox(key="w_tahun").select(2017).run()
    assert metrik(at)["Kalteng · 2017"] == "69,79"
    assert arr(spek(at, 1)["data"][0]["y"]) == ["Seruyan", "Kapuas", "Barito Selatan", "Palangka Raya"]
    at.selectbox(key="w_wil").select("6208").run()
    m = metrik(at)
    assert m["Seruyan · 2017"] == "66,14" and m["Peringkat"] == "4 / 4"
    assert qp(at, "wil") == "6208" and qp(at, "tahun") == "2017"


def test_map_page_gap_and_ratio_are_diverging_around_parity():
    at = jalankan(PETA, ind="penduduk_sp2020", wil="6211")
    assert at.radio(key="w_jk").options == ["Total (L+P)", "Perempuan (P)", "Laki-laki (L)",
                                             "Kesenjangan (P − L)", "Rasio (P / L)"]
    at.radio(key="w_jk").set_value("gap").run()
    # Gunung Mas SP2020: 63.995 women, 71.378 men
    assert metrik(at)["Gunung Mas · 2020"] == "−7.383"
    isi = spek(at, 0)["data"][-1]
    assert isi["zmid"] == 0 and isi["locations"] == ["6211"] and arr(isi["z"]) == [-7383.0]
    assert spek(at, 1)["data"][0]["marker"]["cmid"] == 0
    at.radio(key="w_jk").set_value("rasio").run()
    assert metrik(at)["Gunung Mas · 2020"] == "0,90"
    assert spek(at, 0)["data"][-1]["zmid"] == 1 and spek(at, 1)["data"][0]["base"] == 1
    assert "1 = paling dekat kesetaraan (rasio 1)" in teks(at)


def test_map_page_sector_filter_limits_indicators_and_notes_reports():
    at = jalankan(PETA)
    at.selectbox(key="w_sektor").select("perlindungan").run()
    reg = kd.muat_registry()
    lind = set(reg.loc[reg["sektor"] == "perlindungan", "id"])
    assert set(at.selectbox(key="w_ind").options) and all(
        o.split(" — ")[0] in set(reg.loc[reg["sektor"] == "perlindungan", "label_id"])
        for o in at.selectbox(key="w_ind").options)
    assert at.selectbox(key="w_ind").value in lind
    assert "bukan prevalensi" in teks(at)
    at.selectbox(key="w_ind").select("korban_kekerasan_perempuan_anak").run()
    at.selectbox(key="w_wil").select("6201").run()
    assert metrik(at)["Kotawaringin Barat · 2025"] == "88"  # 63 children + 25 women, DP3APPKB 2025
    # a province count is the sum of its regencies: shown as text, never as a reference line on the ranking
    assert not spek(at, 1)["layout"].get("shapes") and "bukan pembanding" in teks(at)
    # reported victims are not prevalence: not ranked better or worse, and the page says why
    assert metrik(at)["Peringkat"] == "–" and "Tidak diperingkat" in teks(at)
    assert "Peringkat" not in at.dataframe[0].value.columns


def test_clicking_a_region_on_the_map_selects_it():
    at = jalankan(PETA, ind="ipm")
    peta = at.get("plotly_chart")[0]
    ws = at._tree.get_widget_states()
    w = ws.widgets.add()
    w.id = peta.proto.id
    w.string_value = json.dumps({"selection": {"points": [{"location": "6205", "curve_number": 1}],
                                               "point_indices": [0], "box": [], "lasso": []}})
    at._run(ws)
    assert not at.exception
    assert at.selectbox(key="w_wil").value == "6205"
    assert metrik(at)["Barito Utara · 2020"] == "70,59" and metrik(at)["Peringkat"] == "2 / 4"
    assert qp(at, "wil") == "6205"


def test_map_page_link_reproduces_view_and_bad_values_are_ignored():
    at = jalankan(PETA, ind="ipm", tahun="2017", wil="6271")
    assert metrik(at)["Palangka Raya · 2017"] == "79,69" and metrik(at)["Peringkat"] == "1 / 4"
    buruk = jalankan(PETA, ind="__import__('os')", tahun="19x", wil="9999", jk="<script>")
    assert buruk.selectbox(key="w_ind").value == "ikg" and buruk.selectbox(key="w_tahun").value == 2023
    assert not buruk.error
    notis = " ".join(t.value for t in buruk.toast)
    assert "tidak sah" in notis and "9999" in notis


def test_profile_link_carries_the_region_and_filters_persist_across_pages():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page(PETA).run()
    at.selectbox(key="w_wil").select("6271").run()
    at.selectbox(key="w_tahun").select(2018).run()
    if (ROOT / "pages/4_Profil_Wilayah.py").exists():
        link = at.get("page_link")[0].proto
        assert link.label == "Buka profil Palangka Raya" and link.query_string == "wil=6271"
    at.switch_page(BANDING).run()
    assert not at.exception
    # the region travels, with Kalteng and Indonesia beside it on the comparison view
    assert at.selectbox(key="w_ind").value == "ikg" and at.multiselect(key="w_wil").value == ["6271", "6200", "0000"]
    # the year chosen on the map page travels as the range: IKG1.csv, Kota Palangka Raya 2018
    assert garis_tren(at)["Palangka Raya, total"] == {2018: 0.427}
    at.switch_page(DATA).run()
    tabel = at.dataframe[0].value
    # region, benchmarks, indicator and year all travel: one IKG 2018 row each
    assert set(tabel["wilayah"]) == {"Palangka Raya", "Kalimantan Tengah", "Indonesia"}
    assert set(tabel["indikator"]) == {"ikg"} and set(tabel["tahun"]) == {"2018"} and len(tabel) == 3


# --- Page 5: Data & Metadata -----------------------------------------------------------------------------------

@pytest.fixture
def unduhan(monkeypatch):
    """Bytes handed to st.download_button, by media file id."""
    simpan = {}
    asli = MemoryMediaFileStorage.load_and_get_id

    def rekam(self, path_or_data, mimetype, kind, filename=None):
        fid = asli(self, path_or_data, mimetype, kind, filename)
        simpan[fid] = path_or_data
        return fid
    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", rekam)
    return simpan


def isi_unduhan(at, simpan, kunci):
    tombol = [b for b in at.get("download_button") if b.proto.id.endswith(kunci)][0]
    return tombol.proto.label, simpan[Path(tombol.proto.url).stem]


def test_data_page_downloads_equal_the_filtered_table(unduhan):
    at = jalankan(DATA, ind="ipm")
    df = kd.muat_data()
    n = int((df["indikator"] == "ipm").sum())
    tampil = at.dataframe[0].value
    assert len(tampil) == n
    # machine-readable CSV: exactly the rows on screen, numbers with a decimal point
    label, isi = isi_unduhan(at, unduhan, "unduh_csv_mesin")
    csv = pd.read_csv(io.BytesIO(isi), dtype={"kode_bps": str}, keep_default_na=False)
    assert len(csv) == n and set(csv["indikator"]) == {"ipm"}
    sama = ["kode_bps", "wilayah", "indikator", "label_indikator", "jenis_kelamin", "satuan", "tingkat", "sumber"]
    pd.testing.assert_frame_equal(csv[sama], tampil[sama], check_dtype=False)
    assert unduh.tampil(csv)["nilai"].tolist() == tampil["nilai"].tolist()
    # for an Indonesian office: citation on line 1, ';' and a decimal comma, human headers
    label, isi = isi_unduhan(at, unduhan, "unduh_csv")
    assert label == f"CSV untuk Excel Indonesia ({n} baris)"
    assert isi.decode("utf-8-sig").splitlines()[1].startswith("Kode BPS;Wilayah;Tahun;")
    kutip, kantor = unduh.baca_csv_id(isi)
    assert kutip.startswith("Sumber: BPS") and "diolah dari Peta Kesenjangan Gender Kalteng" in kutip
    assert kantor["Nilai"].tolist() == csv["nilai"].tolist()
    label, isi = isi_unduhan(at, unduhan, "unduh_xlsx")
    assert label == f"Unduh XLSX ({n} baris)"
    wb = openpyxl.load_workbook(io.BytesIO(isi))
    assert wb.sheetnames == ["Data", "Definisi", "Sumber"]
    baris = list(wb["Data"].values)
    assert baris[1][0] == kutip and baris[3][:3] == ("Kode BPS", "Wilayah", "Tahun")
    nilai = [r[list(baris[3]).index("Nilai")] for r in baris[4:4 + n]]
    assert nilai == csv["nilai"].tolist() and all(isinstance(v, float) for v in nilai)
    # no codes or source addresses on screen (they stay in the files)
    assert "kode_bps" not in at.dataframe[0].proto.column_order and "sumber" not in at.dataframe[0].proto.column_order


def test_data_page_each_filter_changes_rows_and_button(unduhan):
    at = jalankan(DATA)
    # every published row but the 8 small regency violence counts withheld on screen (privasi)
    assert at.dataframe[0].value.shape[0] == len(kd.muat_data()) - 8 == 1012
    at.selectbox(key="w_sektor").select("politik").run()
    t = at.dataframe[0].value
    reg = kd.muat_registry()
    df = kd.muat_data()
    n_politik = int(df["indikator"].isin(reg.loc[reg["sektor"] == "politik", "id"]).sum())
    assert set(t["sektor"]) == {"Politik & pengambilan keputusan"} and len(t) == n_politik
    n_kab = df[df["kode_bps"].isin(regions.KABKOTA)].groupby("indikator")["kode_bps"].nunique()
    politik = reg[(reg["sektor"] == "politik") & reg["id"].isin(df["indikator"])]
    assert at.selectbox(key="w_ind").options == ["Semua indikator"] + [
        f"{r.label_id} — {n_kab.get(r.id, 0)}/14 kab/kota" for r in politik.itertuples()]
    at.multiselect(key="w_wil").set_value(["6200"]).run()
    t = at.dataframe[0].value
    assert set(t["wilayah"]) == {"Kalimantan Tengah"} and len(t) < n_politik
    at.slider(key="w_rentang").set_value((2019, 2019)).run()
    t = at.dataframe[0].value
    # DPRD Kalteng 2019–2024: 16 women of 45 seats; BPS 35,56 % women
    assert set(t["tahun"]) == {"2019"}
    nilai = dict(zip(t["indikator"] + "/" + t["jenis_kelamin"], t["nilai"]))
    assert nilai["kursi_dprd/P"] == "16" and nilai["kursi_dprd/T"] == "45"
    assert nilai["pct_perempuan_parlemen/P"] == "35,56"
    label, isi = isi_unduhan(at, unduhan, "unduh_csv_mesin")
    assert pd.read_csv(io.BytesIO(isi))["nilai"].tolist() == [float(v.replace(",", ".")) for v in t["nilai"]]
    definisi = at.dataframe[1].value
    assert set(definisi["indikator"]) == set(t["indikator"]) and "KPU" in " ".join(definisi["produsen"])
    sumber = at.dataframe[2].value
    assert set(sumber["sumber"]) == set(t["sumber"]) and (sumber["penerbit"] != "").all()
    assert set(sumber["tingkat"]) <= set(LABEL_TINGKAT.values())


def test_data_page_official_only_toggle():
    """"Hanya angka resmi": fewer rows, and only official or checked-copy grades (IKG: the 2025 compilation goes)."""
    at = jalankan(DATA, ind="ikg")
    semua = at.dataframe[0].value
    assert len(semua) == 110 and "sekunder" in set(semua["tingkat"])
    at.toggle(key="w_resmi").set_value(True).run()
    resmi = at.dataframe[0].value
    assert len(resmi) == 96 < len(semua) and set(resmi["tingkat"]) == {"resmi", "salinan resmi"}
    assert "2025" not in set(resmi["tahun"])
    assert "Unduh XLSX (96 baris)" in [b.proto.label for b in at.get("download_button")]


def test_data_page_invalid_link_values_and_empty_result():
    at = jalankan(DATA, sektor="=evil()", ind="ikg", wil="0000,abc")
    assert at.selectbox(key="w_sektor").value == "semua"
    assert aman.polos("Nilai '=evil()' untuk 'sektor' tidak sah dan diabaikan.") in [t.value for t in at.toast]
    t = at.dataframe[0].value
    # INDONESIA row of IKG1.csv and IKG.csv, 2018-2023
    assert t["nilai"].tolist() == ["0,499", "0,488", "0,472", "0,465", "0,459", "0,447"]
    assert set(t["wilayah"]) == {"Indonesia"}
    at = jalankan(DATA, ind="pct_sma_keatas", wil="6201")  # published for the province only
    assert any("Tidak ada baris" in i.value for i in at.info)
    assert "Unduh XLSX (0 baris)" in [b.proto.label for b in at.get("download_button")]


def test_english_labels_on_the_data_page():
    at = jalankan(DATA, lang="en", ind="ikg")
    assert at.title[0].value == "Data & Metadata"
    assert "Download XLSX (110 rows)" in [b.proto.label for b in at.get("download_button")]
    assert at.dataframe[0].value["label_indikator"].iloc[0] == "Gender Inequality Index (IKG)"


# --- logic under the pages -----------------------------------------------------------------------------------

def test_missing_years_are_padded_so_lines_break():
    s = pd.DataFrame({"tahun": [2016, 2017, 2020], "nilai": [1.0, 2.0, 3.0]})
    out = seleksi.isi_tahun_kosong(s)
    assert out["tahun"].tolist() == [2016, 2017, 2018, 2019, 2020]
    assert np.isnan(out["nilai"].iloc[2]) and np.isnan(out["nilai"].iloc[3])
    assert seleksi.isi_tahun_kosong(s, 2015, 2021)["tahun"].tolist()[0] == 2015


def test_rank_uses_better_direction_and_parity():
    v = pd.Series([3.0, -1.0, np.nan, 0.5])
    assert seleksi.peringkat_mode(v, "naik", "T").tolist()[:2] == [1.0, 3.0]
    assert seleksi.peringkat_mode(v, "turun", "T").tolist()[:2] == [3.0, 1.0]
    assert seleksi.peringkat_mode(v, "naik", "gap").tolist()[:2] == [3.0, 2.0]  # |0,5| closest to 0
    assert seleksi.peringkat_mode(pd.Series([0.9, 1.05, 1.3]), "naik", "rasio").tolist() == [2.0, 1.0, 3.0]
    assert np.isnan(seleksi.peringkat_mode(v, "naik", "T").iloc[2])


def test_click_event_parsing():
    assert seleksi.lokasi_klik({"selection": {"points": [{"location": "6271"}]}}) == "6271"
    assert seleksi.lokasi_klik({"selection": {"points": [{"x": 1}]}}) is None
    assert seleksi.lokasi_klik({"selection": {"points": [{"location": "9999"}]}}) is None
    assert seleksi.lokasi_klik(None) is None


def test_method_break_pairs_and_default_year():
    df = kd.muat_data()
    assert seleksi.seri_pembanding("ipm") == "ipm_sp2020" and seleksi.seri_pembanding("uhh_sp2020") == "uhh"
    assert seleksi.seri_pembanding("ikg") is None
    assert seleksi.tahun_bawaan(df, "ipm") == 2020
    assert seleksi.tahun_bawaan(df, "kasus_kekerasan_perempuan_anak") == 2023  # 14 regencies vs 6 in 2025
    # IKG: all 14 in 2018-2023 (BPS) and 2025 (compilation); the latest such year, unless grades are loaded,
    # then the year with most official figures, the latest among those
    assert seleksi.tahun_bawaan(df, "ikg") == 2025
    assert seleksi.tahun_bawaan(df.assign(tingkat=sumber.tingkat(df["sumber"], sumber.muat())), "ikg") == 2023


def test_long_titles_wrap_and_counts_get_no_reference_line():
    fig = charts.beri_judul(charts.go.Figure(), "Perempuan 15–49 yang persalinan hidup terakhirnya tidak di fasilitas "
                            "kesehatan (MTF) — Perempuan (P), 2023 (persen)", 45)
    baris = fig.layout.title.text.split("<br>")
    assert baris == ["Perempuan 15–49 yang persalinan hidup", "terakhirnya tidak di fasilitas kesehatan", "(MTF)",
                     "Perempuan (P), 2023 (persen)"]
    assert fig.layout.margin.t == 22 * 4 + 30
    # by the registry's `jenis`: court files and cases are reports, population counts are counts
    assert seleksi.acuan_sebanding("persen") and not seleksi.acuan_sebanding("laporan")
    assert seleksi.acuan_sebanding("hitungan", "rasio") and not seleksi.acuan_sebanding("hitungan", "gap")


def test_rank_bar_highlights_selection_and_centres_ratio():
    nilai = pd.DataFrame({"kode_bps": ["6201", "6202", "6203"], "wilayah": ["A", "B", "C"],
                          "tahun": [2020, 2020, np.nan], "nilai": [0.9, 1.1, np.nan]})
    fig = charts.batang_peringkat_sorot(nilai, "judul", "rasio P/L", {"Kalteng": 0.95, "Indonesia": np.nan},
                                        divergen=True, titik_tengah=1.0, pilih="6202")
    bar = fig.data[0]
    assert list(bar.y) == ["A", "B"] and bar.base == 1 and list(bar.x) == pytest.approx([-0.1, 0.1])
    assert list(bar.marker.line.width) == [0, 3] and bar.marker.cmid == 1
    assert [a.text for a in fig.layout.annotations] == ["Kalteng 0,95"]
