"""Downloads (CSV/XLSX of exactly the filtered rows, formula injection neutralised) and the SOURCES notes."""
import io

import openpyxl
import pandas as pd
import pytest

from kalteng_gender import data as kd, sumber, unduh


@pytest.mark.parametrize("mentah, aman", [
    ("=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")"),
    ("+62 811", "'+62 811"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("Kapuas", "Kapuas"), ("", ""), ("a=b", "a=b"), ("−7.383", "−7.383"),
])
def test_text_cells_starting_with_formula_characters_get_a_quote(mentah, aman):
    assert unduh.netralkan(mentah) == aman


def test_numbers_are_never_touched_only_text_columns():
    t = pd.DataFrame({"nilai": [-2.5, 3.0], "tahun": [2020, 2021], "catatan": ["=1+1", "biasa"], "=x": ["a", "b"]})
    a = unduh.aman(t)
    assert a["nilai"].tolist() == [-2.5, 3.0] and a["nilai"].dtype == float
    assert a["tahun"].tolist() == [2020, 2021]
    assert a["catatan"].tolist() == ["'=1+1", "biasa"]
    assert list(a.columns)[-1] == "'=x"
    assert t["catatan"].iloc[0] == "=1+1", "the input frame is not modified"


def test_table_follows_each_filter(df, reg):
    semua = unduh.tabel_data(df, reg, {})
    assert len(semua) == len(df) == 1020
    ipm = unduh.tabel_data(df, reg, {"ind": "ipm"})
    assert len(ipm) == (df["indikator"] == "ipm").sum() and set(ipm["indikator"]) == {"ipm"}
    assert set(ipm["label_indikator"]) == {"Indeks Pembangunan Manusia (IPM; UHH lama)"}
    lind = unduh.tabel_data(df, reg, {"sektor": "perlindungan"})
    assert set(lind["sektor"]) == {"perlindungan"} and len(lind) == df["indikator"].str.contains(
        "kekerasan|kawin|perkawinan").sum()
    sempit = unduh.tabel_data(df, reg, {"ind": "ipm", "wil": ["6271", "6200"], "tahun": (2016, 2018)})
    assert sempit[["kode_bps", "tahun", "nilai"]].values.tolist() == [
        ["6271", 2016, 79.21], ["6271", 2017, 79.69], ["6271", 2018, 80.34],
        ["6200", 2016, 69.13], ["6200", 2017, 69.79], ["6200", 2018, 70.42]]
    assert unduh.tabel_data(df, reg, {"ind": "ipm", "lang": "x"}, lang="en")["label_indikator"].iloc[0] \
        == "Human Development Index (HDI; old life-expectancy basis)"
    assert unduh.tabel_data(df, reg, {"ind": "pct_sma_keatas", "wil": ["6201"]}).empty  # only the province has it


def test_official_only_filter_keeps_official_grades(df, reg):
    """The Data page's "Hanya angka resmi": only figures whose source is graded official or a checked copy."""
    bertingkat = df.assign(tingkat=sumber.tingkat(df["sumber"], sumber.muat()))
    semua = unduh.tabel_data(bertingkat, reg, {"ind": "ikg"})
    resmi = unduh.tabel_data(bertingkat, reg, {"ind": "ikg", "resmi": True})
    assert set(resmi["tingkat"]) == {"resmi", "salinan resmi"}
    assert len(resmi) == 96 < len(semua)  # BPS tables 2018-2023: 14 kab/kota, province, Indonesia
    assert "sekunder" in set(semua["tingkat"])  # the 2025 compilation is dropped by the filter


def test_screen_table_uses_indonesian_numbers_download_keeps_floats(df, reg):
    t = unduh.tabel_data(df, reg, {"ind": ["ikg", "angkatan_kerja"], "wil": ["6200"]})
    layar = unduh.tampil(t).set_index(["indikator", "tahun"])["nilai"]
    assert layar[("ikg", "2023")] == "0,541"
    assert layar[("angkatan_kerja", "2024")] == "1.460.910"
    # IKG1.csv / IKG.csv (2018-2023) and the BPS release for 2021-2022
    assert t.loc[t["indikator"] == "ikg", "nilai"].tolist() == [0.565, 0.541, 0.547, 0.537, 0.526, 0.541]


def test_csv_round_trip_equals_table_and_is_neutralised(df, reg):
    t = unduh.tabel_data(df, reg, {"sektor": "indeks_komposit"})
    kembali = pd.read_csv(io.BytesIO(unduh.ke_csv(t)), dtype={"kode_bps": str}, keep_default_na=False)
    pd.testing.assert_frame_equal(kembali, t, check_dtype=False)
    assert kembali["nilai"].dtype == float
    jahat = t.head(2).assign(catatan=["=cmd|' /C calc'!A0", "-1+1"])
    teks = unduh.ke_csv(jahat).decode("utf-8-sig")
    assert "\n'=cmd" not in teks and ",'=cmd|' /C calc'!A0" in teks and ",'-1+1" in teks


def test_data_page_files_carry_citation_and_keep_numbers_and_neutralise(df, reg):
    """tampilan_data: the Data page's XLSX (data, definitions, sources) and CSVs hold exactly its rows."""
    import datetime as dt
    jahat = df.copy()
    baris = jahat.index[jahat["indikator"] == "penduduk_sp2020"][:2]
    jahat.loc[baris[0], "catatan"] = "=HYPERLINK(\"http://contoh\",\"klik\")"
    jahat.loc[baris[1], "catatan"] = "@SUM(1+1)"
    v = unduh.tampilan_data(jahat, reg, {"ind": "penduduk_sp2020"}, sumber.muat(), tanggal=dt.date(2026, 12, 2))
    assert v.kutipan.startswith("Sumber: BPS") and v.kutipan.endswith(
        "diolah dari Peta Kesenjangan Gender Kalteng (diunduh 2 Desember 2026).")
    wb = openpyxl.load_workbook(io.BytesIO(v.xlsx))
    assert wb.sheetnames == ["Data", "Definisi", "Sumber"]
    isi = list(wb["Data"].values)
    assert isi[1][0] == v.kutipan and isi[3][0] == "Kode BPS"
    kol = {k: j for j, k in enumerate(isi[3])}
    data = isi[4:4 + len(v.tabel)]
    assert [r[kol["Nilai"]] for r in data] == v.tabel["nilai"].tolist()
    assert {r[kol["Catatan"]] for r in data} >= {"'=HYPERLINK(\"http://contoh\",\"klik\")", "'@SUM(1+1)"}
    assert all(c.data_type != "f" for w in wb for row in w.iter_rows() for c in row)
    kutip, kantor = unduh.baca_csv_id(v.csv)
    assert kutip == v.kutipan and kantor["Nilai"].tolist() == v.tabel["nilai"].tolist()
    mesin = pd.read_csv(io.BytesIO(v.csv_mesin), dtype={"kode_bps": str}, keep_default_na=False)
    assert mesin["nilai"].tolist() == v.tabel["nilai"].tolist()


def test_file_names_are_plain():
    assert unduh.nama_berkas({"sektor": "semua", "ind": "ipm", "tahun": (2016, 2022)}, "csv") == \
        "kalteng_gender_ipm_2016-2022.csv"
    assert unduh.nama_berkas({"ind": "../../etc"}, "xlsx") == "kalteng_gender_______etc.xlsx"


def test_source_ids_become_web_addresses_never_raw_ids_on_screen(df, reg):
    assert unduh.alamat("github:danangivan/uasvisdat/public/data/x.csv@2936ce3e") == \
        "https://github.com/danangivan/uasvisdat/blob/2936ce3e/public/data/x.csv"
    assert unduh.alamat("https://bps.go.id/a") == "https://bps.go.id/a"
    assert unduh.alamat("BPS, tabel dinamis IPG") == ""  # a table file has no address: the title names it
    v = unduh.tampilan_data(df, reg, {"ind": "ikg"}, sumber.muat())
    assert not v.sumber["sumber"].str.startswith("github:").any() and (v.sumber["penerbit"] != "").any()


def test_withheld_counts_named_under_the_data_table(reg):
    from kalteng_gender import privasi
    tampil, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    v = unduh.tampilan_data(tampil, reg, {"sektor": "perlindungan"}, sumber.muat(), samar)
    assert v.perlindungan and v.samar.startswith("Angka 1–")
    assert "Lamandau (Korban kekerasan: perempuan dewasa)" in v.samar
    assert unduh.tampilan_data(tampil, reg, {"ind": "ikg"}, sumber.muat(), samar).samar == ""


def test_english_grades_on_the_data_page(df, reg):
    v = unduh.tampilan_data(df, reg, {"ind": "ikg"}, sumber.muat(), lang="en")
    assert set(v.layar["tingkat"]) <= set(unduh.SINGKAT_EN.values()) and "secondary" in set(v.layar["tingkat"])
    assert set(v.sumber["tingkat"]) <= set(sumber.LABEL_EN.values())
    assert set(v.tabel["tingkat"]) <= set(sumber.SINGKAT.values())  # the files keep the Indonesian grades
