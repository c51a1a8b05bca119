"""BPS dynamic-table exports (kalteng_gender.bps_tabel): the eight real files in data/raw/bps_tabel/, the same
tables in BPS's Excel layout, the importer on an export it has never seen, refusals, and the SP2020 series break.
Expected values come from the raw files read independently (tests/bps_mentah.py) or are pinned from them."""
from __future__ import annotations

import io
import subprocess
import sys

import numpy as np
import openpyxl
import pandas as pd
import pytest

import bps_mentah as mentah
from kalteng_gender import build, bps_tabel, data as kd, impor, regions
from kalteng_gender.impor_baca import baca as baca_berkas
from bantu import ROOT, buang, potret

INDIKATOR = {"IPG": "ipg", "IDG": "idg", "IKG": "ikg"}


def _ind(berkas: str) -> str:
    return INDIKATOR[berkas[:3]]


def _isi(berkas: str) -> bytes:
    return (mentah.FOLDER / berkas).read_bytes()


@pytest.fixture(scope="module")
def tabel():
    return {b: bps_tabel.baca(baca_berkas(_isi(b), b)) for b in mentah.BERKAS}


# --- the eight real exports ----------------------------------------------------------------------------------
@pytest.mark.parametrize("berkas", mentah.BERKAS)
def test_ekspor_nyata_terbaca_utuh(tabel, reg, berkas):
    t = tabel[berkas]
    judul, tahun = mentah.judul_tahun(berkas)
    assert t.judul == judul and t.tahun == tahun and t.masalah == []
    assert kd.cari_indikator(t.judul, reg) == _ind(berkas)  # "Indeks Ketimpangan Gerder (IKG)" too
    for th in tahun:
        kab = t.nilai[(t.nilai["tingkat"] == "kabkota") & (t.nilai["tahun"] == th)]
        harap = mentah.kabkota(berkas, th)
        assert len(kab) == len(harap) and sorted(kab["nilai"]) == sorted(harap)
        assert (t.nilai[(t.nilai["tingkat"] == "provinsi") & (t.nilai["tahun"] == th)].shape[0]
                == len(mentah.provinsi(berkas, th)) == 34)
        assert len(harap) in ((0, 512, 513, 514) if th in (2016, 2018, 2023) else (514,))
    # the Kalteng block: province + 14 kab/kota with BPS codes, and INDONESIA
    blok, masalah = bps_tabel.kode_kalteng(t)
    assert masalah == []
    harap = mentah.kalteng(berkas)
    dapat = {k: dict(zip(g["tahun"], g["nilai"])) for k, g in blok.groupby("kode_bps")}
    assert dapat == {k: v for k, v in harap.items() if v}
    assert set(blok.loc[blok["tingkat"] == "kabkota", "kode_bps"]) == set(regions.KABKOTA)


def test_angka_terbit_yang_dipatok(tabel):
    def v(berkas, kode, th):
        blok, _ = bps_tabel.kode_kalteng(tabel[berkas])
        return blok.loc[(blok["kode_bps"] == kode) & (blok["tahun"] == th), "nilai"].item()
    assert v("IPG.csv", "6200", 2023) == 89.49
    assert v("IKG.csv", "6213", 2023) == 0.598
    assert v("IDG1.csv", "6211", 2021) == 88.71
    assert [v("IKG.csv", "6200", th) for th in (2021, 2022, 2023)] == [0.537, 0.526, 0.541]
    assert v("IPG.csv", "0000", 2022) == 91.63
    plk = tabel["IDG.csv"].nilai
    assert set(plk.loc[plk["provinsi"] == bps_tabel.KALTENG, "wilayah"]) >= {"KOTA PALANGKA RAYA"}
    assert regions.kode_dari_nama("Kota Palangka Raya") == regions.kode_dari_nama("KOTA PALANGKA RAYA") == "6271"


def test_data_memuat_setiap_sel_kalteng_persis():
    """data/gender_kalteng.csv (the build's output) holds every Kalteng and Indonesia cell of the eight tables."""
    df = kd.muat_data()
    df = df[df["jenis_kelamin"] == "T"].set_index(["indikator", "kode_bps", "tahun"])["nilai"]
    n = 0
    for berkas in mentah.BERKAS:
        for kode, per_tahun in mentah.kalteng(berkas).items():
            for th, x in per_tahun.items():
                assert df.loc[(_ind(berkas), kode, th)] == x, (berkas, kode, th)
                n += 1
    assert n == 324  # 16 rows x 20 table-years, less the 14 kab/kota '-' of 2016 in IPG2.csv and IDG2.csv


# --- the Excel download ----------------------------------------------------------------------------------------
def _xlsx(berkas: str, tata: str) -> bytes:
    """The export as BPS's Excel download: 'judul_atas' puts the title in merged cells above a header row with the
    years; 'seperti_csv' keeps the CSV's three header rows with the title merged across the year columns. Numbers
    are real cells, '-' stays text."""
    b = mentah.baris(berkas)
    judul, tahun = mentah.judul_tahun(berkas)
    wb = openpyxl.Workbook()
    ws = wb.active
    lebar = len(tahun) + 1
    if tata == "judul_atas":
        ws.cell(1, 1, f"{judul} menurut Provinsi dan Kabupaten/Kota")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=lebar)
        ws.append(["Provinsi/Kabupaten/Kota", *tahun])
    else:
        ws.append(["Provinsi/Kabupaten/Kota"])
        ws.append([None, judul])
        ws.append([None, *tahun])
        ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=lebar)
        ws.merge_cells(start_row=1, start_column=1, end_row=3, end_column=1)
    for r in b[3:]:
        ws.append([r[0], *[v if v.strip() == "-" else float(v) for v in r[1:]]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("tata", ["judul_atas", "seperti_csv"])
@pytest.mark.parametrize("berkas", ["IPG.csv", "IKG.csv", "IDG1.csv"])
def test_excel_bps_terbaca_sama(tabel, reg, berkas, tata):
    nama = berkas.replace(".csv", ".xlsx")
    t = bps_tabel.baca(baca_berkas(_xlsx(berkas, tata), nama))
    assert t.masalah == [] and kd.cari_indikator(t.judul, reg) == _ind(berkas)
    assert t.tahun == tabel[berkas].tahun
    kolom = ["provinsi", "wilayah", "tingkat", "tahun", "nilai"]
    pd.testing.assert_frame_equal(t.nilai[kolom], tabel[berkas].nilai[kolom])
    blok, masalah = bps_tabel.kode_kalteng(t)
    blok_csv, _ = bps_tabel.kode_kalteng(tabel[berkas])
    assert masalah == [] and blok["kode_bps"].tolist() == blok_csv["kode_bps"].tolist()
    assert blok["nilai"].tolist() == blok_csv["nilai"].tolist()


# --- the importer ----------------------------------------------------------------------------------------------
def test_impor_pratinjau_ekspor_bps_tanpa_opsi_indikator(data_dir):
    """IKG.csv against a copy of the data without IKG: 48 rows (province, 14 kab/kota, Indonesia x 2021-2023)."""
    buang(data_dir, indikator="ikg")
    sebelum = potret(data_dir)
    r = subprocess.run([sys.executable, "-m", "kalteng_gender.impor", str(mentah.FOLDER / "IKG.csv"),
                        "--data-dir", str(data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "48 baris ditambah, 0 baris diubah" in r.stdout and "Belum ada yang ditulis" in r.stdout
    assert "hanya blok Kalimantan Tengah dan INDONESIA yang diimpor" in r.stdout
    assert potret(data_dir) == sebelum
    p = impor.pratinjau(_isi("IKG.csv"), "IKG.csv", data_dir)
    tambah = p.ditambah
    assert len(tambah) == 48 and set(tambah["indikator"]) == {"ikg"} and set(tambah["jenis_kelamin"]) == {"T"}
    assert set(tambah["kode_bps"]) == {*regions.KABKOTA, regions.PROVINSI, regions.NASIONAL}
    mura = tambah[(tambah["kode_bps"] == "6213") & (tambah["tahun"] == 2023)]
    assert mura["nilai"].item() == 0.598 and mura["wilayah"].item() == "Murung Raya"


def test_impor_xlsx_bps_tanpa_opsi_indikator(data_dir):
    buang(data_dir, indikator="ipg")
    p = impor.pratinjau(_xlsx("IPG.csv", "judul_atas"), "IPG.xlsx", data_dir)
    assert len(p.ditambah) == 32 and set(p.ditambah["indikator"]) == {"ipg"}
    assert p.ditambah.loc[(p.ditambah["kode_bps"] == "6200") & (p.ditambah["tahun"] == 2023), "nilai"].item() == 89.49


@pytest.mark.parametrize("ganti, pesan", [
    ((b"Murung Raya,0.628,0.618,0.598", b"Murung Raya,0.628,0.618,0.5x8"),
     "IKG.csv, baris 365, kolom '2023', nilai '0.5x8': bukan angka"),
    ((b"Murung Raya,0.628", b"Murung Jaya,0.628"),
     "IKG.csv, baris 365, kolom 'Provinsi/Kabupaten/Kota', nilai 'Murung Jaya': nama di blok Kalimantan Tengah "
     "bukan salah satu dari 14 kabupaten/kota"),
])
def test_ekspor_rusak_ditolak_dengan_baris_dan_kolom(data_dir, tmp_path, ganti, pesan, capsys):
    isi = _isi("IKG.csv")
    assert isi.count(ganti[0]) == 1
    berkas = tmp_path / "IKG.csv"
    berkas.write_bytes(isi.replace(*ganti))
    sebelum = potret(data_dir)
    assert impor.main([str(berkas), "--apply", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert pesan in err and "(1 masalah)" in err and "tidak ada yang ditulis" in err
    assert potret(data_dir) == sebelum


def test_provinsi_lain_bukan_galat():
    """A name BPS spells oddly in another province's block is no error: only the Kalteng block is matched."""
    isi = _isi("IKG.csv").replace(b"Kota Jayapura,", b"Kota Jayapura Lama,")
    t = bps_tabel.baca(baca_berkas(isi, "IKG.csv"))
    assert t.masalah == [] and bps_tabel.kode_kalteng(t)[1] == []


# --- the SP2020 series break -----------------------------------------------------------------------------------
def test_ipg_ipm_2025_masuk_seri_sp2020_di_build(reg):
    raw = pd.DataFrame({
        "kode_bps": ["6201"] * 4, "wilayah": ["Kotawaringin Barat"] * 4, "tahun": ["2023", "2025", "2025", "2023"],
        "indikator": ["ipg", "ipg", "ipm", "ipm"], "jenis_kelamin": ["total", "total", "P", "P"],
        "nilai": ["92.05", "93.22", "74.38", "70.0"], "satuan": ["indeks (0-100)"] * 4, "sumber": ["uji"] * 4})
    out = build.bersihkan(raw, reg)
    assert out["indikator"].tolist() == ["ipg", "ipg_sp2020", "ipm_sp2020", "ipm"]
    assert [kd.CATATAN_SERI in c for c in out["catatan"]] == [False, True, True, False]
    df = kd.muat_data(registry=reg)
    lama = df[df["indikator"].isin(["ipg", "ipm", "uhh"])]
    assert lama["tahun"].max() <= 2023  # never joined: 2024 on lives only in the *_sp2020 series
    assert (df.loc[df["indikator"] == "ipg_sp2020", "tahun"] >= 2024).all()


def test_ipg_2025_masuk_seri_sp2020_di_impor(data_dir):
    buang(data_dir, indikator="ipg_sp2020", kode_bps="6201")
    berkas = ("kode_bps,tahun,indikator,jenis_kelamin,nilai,satuan,sumber\n"
              "6201,2025,ipg,T,93.22,indeks (0-100),uji seri\n").encode()
    p = impor.pratinjau(berkas, "ipg2025.csv", data_dir)
    r = p.ditambah.iloc[0]
    assert len(p.ditambah) == 1 and r["indikator"] == "ipg_sp2020" and kd.CATATAN_SERI in r["catatan"]
    assert np.isclose(r["nilai"], 93.22)
