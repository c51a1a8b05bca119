"""profil.tampilan and profil.tren: the views of the Profil Wilayah page, on the real data."""
from __future__ import annotations

import pytest

from kalteng_gender import data as kd, kolom, privasi, profil, sumber


@pytest.fixture(scope="module")
def nyata():
    reg = kd.muat_registry()
    df, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    return df, reg, samar, sumber.muat()


def test_tampilan_sumber_bergrade_dan_disamarkan(nyata):
    df, reg, samar, ts = nyata
    v = profil.tampilan(df, reg, "6207", ts, samar)
    assert set(v.tabel.columns) <= set(kolom.KOLOM)
    t = v.tabel.set_index("label")
    # IDG Lamandau 2023 71,40 (BPS dynamic table, graded "salinan resmi"): publisher and grade, not an id
    assert t.loc["Indeks Pemberdayaan Gender (IDG)", "sumber"] == "BPS (tabel dinamis) (salinan resmi)"
    assert t.loc["Korban kekerasan: perempuan dewasa", "nilai_terbaru"] == "disamarkan"
    assert len(v.tabel_ada) == v.kelengkapan.n_ada == 22 and v.n_kosong == 61 - 22


def test_daftar_kerja_menyebut_penerbit_dan_cakupan(nyata):
    df, reg, samar, ts = nyata
    v = profil.tampilan(df, reg, "6207", ts, samar)
    todo = v.todo.set_index("label")
    assert len(todo) == v.n_kosong - 2  # the two withheld counts are published, not missing
    sma = todo.loc["Penduduk 25+ berpendidikan SMA ke atas"]
    assert sma["cakupan"] == "0/14" and "tabel dinamis" in sma["cari_di"]
    n = profil.cakupan_indikator(df, reg)
    assert n["ipg"] == 14 and n["pct_sma_keatas"] == 0
    cak = v.cakupan_wilayah
    assert cak["wilayah"].iloc[0] == "Kalimantan Tengah" and len(cak) == 15
    assert cak.set_index("wilayah").loc["Lamandau", "cakupan"] == "36,1 %"


def test_laporan_tidak_diperingkat(nyata):
    df, reg, samar, ts = nyata
    t = profil.tampilan(df, reg, "6271", ts, samar).tabel
    lapor = t[t["sektor"] == "Perlindungan perempuan & anak"]
    assert len(lapor) and not lapor["peringkat"].str.contains(" dari ").any()


def test_tren_dan_inggris(nyata):
    df, reg, samar, ts = nyata
    tr = profil.tren(df, reg, "6271", "ipg", "en")
    assert tr.judul.startswith("Gender Development Index (IPG) (Total (M+F)) — Palangka Raya, ")
    assert set(tr.tabel["wilayah"]) == {"Palangka Raya", "Kalimantan Tengah", "Indonesia"}
    assert "**Unit:**" in tr.keterangan and tr.sumber
    v = profil.tampilan(df, reg, "6271", ts, samar, "en")
    assert v.judul == "Palangka Raya: every indicator"
    assert "data tidak tersedia" not in " ".join(v.tabel.astype(str).to_numpy().ravel())
