"""AppTest of pages/5_Data_dan_Metadata.py: the filtered table and its downloads, on the published figures in
data/gender_kalteng.csv."""
from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from bantu import jalankan
from kalteng_gender import aman, data as kd, regions, unduh
from kalteng_gender.sumber import LABEL as LABEL_TINGKAT

HALAMAN = "pages/5_Data_dan_Metadata.py"


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
    at = jalankan(HALAMAN, ind="ipm")
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
    at = jalankan(HALAMAN)
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
    at = jalankan(HALAMAN, ind="ikg")
    semua = at.dataframe[0].value
    assert len(semua) == 110 and "sekunder" in set(semua["tingkat"])
    at.toggle(key="w_resmi").set_value(True).run()
    resmi = at.dataframe[0].value
    assert len(resmi) == 96 < len(semua) and set(resmi["tingkat"]) == {"resmi", "salinan resmi"}
    assert "2025" not in set(resmi["tahun"])
    assert "Unduh XLSX (96 baris)" in [b.proto.label for b in at.get("download_button")]


def test_data_page_invalid_link_values_and_empty_result():
    at = jalankan(HALAMAN, sektor="=evil()", ind="ikg", wil="0000,abc")
    assert at.selectbox(key="w_sektor").value == "semua"
    assert aman.polos("Nilai '=evil()' untuk 'sektor' tidak sah dan diabaikan.") in [t.value for t in at.toast]
    t = at.dataframe[0].value
    # INDONESIA row of IKG1.csv and IKG.csv, 2018-2023
    assert t["nilai"].tolist() == ["0,499", "0,488", "0,472", "0,465", "0,459", "0,447"]
    assert set(t["wilayah"]) == {"Indonesia"}
    at = jalankan(HALAMAN, ind="pct_sma_keatas", wil="6201")  # published for the province only
    assert any("Tidak ada baris" in i.value for i in at.info)
    assert "Unduh XLSX (0 baris)" in [b.proto.label for b in at.get("download_button")]


def test_english_labels_on_the_data_page():
    at = jalankan(HALAMAN, lang="en", ind="ikg")
    assert at.title[0].value == "Data & Metadata"
    assert "Download XLSX (110 rows)" in [b.proto.label for b in at.get("download_button")]
    assert at.dataframe[0].value["label_indikator"].iloc[0] == "Gender Inequality Index (IKG)"
