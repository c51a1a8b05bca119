"""Downloads of the comparison view for Indonesian offices: XLSX with title and citation line, human headers,
BPS-style wide table and sources; CSV with ';' and a decimal comma; formula characters neutralised."""
import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from kalteng_gender import data as kd, sumber, unduh

TANGGAL = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def berkas():
    df = kd.muat_data(registry=kd.muat_registry())
    return unduh.berkas_banding(df, "tpak_agustus", ["6203", "6200", "0000"], (2019, 2025), "TPAK Agustus", "BPS",
                                "definisi", sumber.muat(), TANGGAL)


def test_citation_names_producer_publishers_and_the_dashboard(berkas):
    k = berkas.kutipan
    assert k.startswith("Sumber: BPS, melalui ") and "Jurukabar" in k and "Kompilasi mahasiswa STIS (allinawll)" in k
    assert k.endswith("; diolah dari Peta Kesenjangan Gender Kalteng (diunduh 2 Desember 2026).")
    assert berkas.nama == "banding_tpak_agustus_2019-2025"


def test_xlsx_comparison_sheet_has_title_citation_headers_and_kapuas_rows(berkas):
    wb = openpyxl.load_workbook(io.BytesIO(berkas.xlsx))
    assert wb.sheetnames == ["Perbandingan", "Tabel BPS", "Sumber", "Definisi"]
    ws = wb["Perbandingan"]
    assert ws["A1"].value.startswith("TPAK Agustus (persen), perempuan dan laki-laki: Kapuas, Kalimantan Tengah, "
                                     "Indonesia, 2019–2025")
    assert ws["A2"].value == berkas.kutipan
    t = pd.read_excel(io.BytesIO(berkas.xlsx), sheet_name="Perbandingan", header=3, dtype={"Kode BPS": str})
    t = t[t["Kode BPS"].notna()]
    kapuas = t[t["Wilayah"] == "Kapuas"].set_index("Tahun")
    assert kapuas.loc[2025, ["Perempuan (P)", "Laki-laki (L)", "Selisih P − L (poin persen)", "Rasio P/L"]].tolist() \
        == [51.82, 83.09, -31.27, 0.624]
    assert kapuas.loc[2024, "Perempuan (P)"] == 53.9 and pd.isna(kapuas.loc[2024, "Laki-laki (L)"])
    assert "Indonesia" not in set(t["Wilayah"])
    assert ws.cell(ws.max_row, 1).value == unduh.KOSONG_BUKAN_NOL  # empty cells are explained, never 0
    assert ws.cell(5, 5).data_type == "n"  # numbers stay numbers


def test_xlsx_bps_wide_table_merges_the_year_over_women_and_men(berkas):
    ws = openpyxl.load_workbook(io.BytesIO(berkas.xlsx))["Tabel BPS"]
    assert ws["A2"].value == berkas.kutipan
    kepala = [c.value for c in ws[4]], [c.value for c in ws[5]]
    assert kepala[0] == ["Wilayah", 2023, None, 2024, 2025, None]
    assert kepala[1] == [None, "Perempuan (P)", "Laki-laki (L)", "Perempuan (P)", "Perempuan (P)", "Laki-laki (L)"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A4:A5", "B4:C4", "E4:F4"}
    assert [c.value for c in ws[6]] == ["Kapuas", None, None, 53.9, 51.82, 83.09]
    assert [c.value for c in ws[7]] == ["Kalimantan Tengah", 48.13, 84.85, 49.6, 50.34, 85.26]


def test_csv_opens_in_indonesian_excel_and_carries_the_citation(berkas):
    teks = berkas.csv.decode("utf-8-sig")
    baris = teks.split("\n")
    assert baris[0] == f'"{berkas.kutipan}"'  # one quoted field: its ';' does not split it
    assert baris[1].startswith("Wilayah;Kode BPS;Tahun;Indikator;Perempuan (P);Laki-laki (L);Selisih")
    assert "Kapuas;6203;2025;TPAK Agustus;51,82;83,09;-31,27;0,624;persen" in teks
    kutip, t = unduh.baca_csv_id(berkas.csv)
    assert kutip == berkas.kutipan and t["Perempuan (P)"].dtype == float
    lebar = unduh.baca_csv_id(berkas.csv_lebar)[1].set_index("Wilayah")
    assert lebar.loc["Kapuas", ["2025 Perempuan (P)", "2025 Laki-laki (L)"]].tolist() == [51.82, 83.09]


def test_formula_characters_are_neutralised_in_both_formats():
    t = pd.DataFrame({"Wilayah": ["=HYPERLINK(\"http://x\")", "Kapuas"], "Selisih": [-2.5, 1.0]})
    csv = unduh.ke_csv_id(t, "Sumber: x").decode("utf-8-sig")
    assert "'=HYPERLINK" in csv and ";-2,5" in csv  # a negative number stays a number
    ws = openpyxl.load_workbook(io.BytesIO(unduh.ke_xlsx_kantor([("a", "=judul", t)], "Sumber: x")))["a"]
    assert ws["A1"].value == "'=judul" and ws["A5"].value == "'=HYPERLINK(\"http://x\")" and ws["B5"].value == -2.5
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
