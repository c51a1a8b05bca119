"""kalteng_gender.profil: one region's profile (values, ranks, benchmarks, completeness) and profil.tampilan /
profil.tren, the views of the Profil Wilayah page, on the real data."""
from __future__ import annotations

import numpy as np
import pytest

from bantu import rapi
from kalteng_gender import data as kd, kolom, privasi, profil, sumber


@pytest.fixture(scope="module")
def disamarkan():
    """(data with small violence counts withheld, registry, the withheld rows, sources), as the page gets them."""
    reg = kd.muat_registry()
    df, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    return df, reg, samar, sumber.muat()


def test_tampilan_sumber_bergrade_dan_disamarkan(disamarkan):
    df, reg, samar, ts = disamarkan
    v = profil.tampilan(df, reg, "6207", ts, samar)
    assert set(v.tabel.columns) <= set(kolom.KOLOM)
    t = v.tabel.set_index("label")
    # IDG Lamandau 2023 71,40 (BPS dynamic table, graded "salinan resmi"): publisher and grade, not an id
    assert t.loc["Indeks Pemberdayaan Gender (IDG)", "sumber"] == "BPS (tabel dinamis) (salinan resmi)"
    assert t.loc["Korban kekerasan: perempuan dewasa", "nilai_terbaru"] == "disamarkan"
    assert len(v.tabel_ada) == v.kelengkapan.n_ada == 22 and v.n_kosong == 61 - 22


def test_daftar_kerja_menyebut_penerbit_dan_cakupan(disamarkan):
    df, reg, samar, ts = disamarkan
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


def test_laporan_tidak_diperingkat(disamarkan):
    df, reg, samar, ts = disamarkan
    t = profil.tampilan(df, reg, "6271", ts, samar).tabel
    lapor = t[t["sektor"] == "Perlindungan perempuan & anak"]
    assert len(lapor) and not lapor["peringkat"].str.contains(" dari ").any()


def test_tren_dan_inggris(disamarkan):
    df, reg, samar, ts = disamarkan
    tr = profil.tren(df, reg, "6271", "ipg", "en")
    assert tr.judul.startswith("Gender Development Index (IPG) (Total (M+F)) — Palangka Raya, ")
    assert set(tr.tabel["wilayah"]) == {"Palangka Raya", "Kalimantan Tengah", "Indonesia"}
    assert "**Unit:**" in tr.keterangan and tr.sumber
    v = profil.tampilan(df, reg, "6271", ts, samar, "en")
    assert v.judul == "Palangka Raya: every indicator"
    assert "data tidak tersedia" not in " ".join(v.tabel.astype(str).to_numpy().ravel())


def test_profil_kalteng_ikg(nyata):
    df, reg = nyata
    p = profil.profil(df, reg, "6200").set_index("indikator")
    assert len(p) == len(reg)
    ikg = p.loc["ikg"]
    assert ikg["nilai"] == pytest.approx(0.541) and ikg["tahun"] == 2023
    assert ikg["seri_tahun"] == [2018, 2019, 2020, 2021, 2022, 2023]  # IKG1.csv and IKG.csv
    assert ikg["seri_nilai"] == pytest.approx([0.565, 0.541, 0.547, 0.537, 0.526, 0.541])
    assert ikg["indonesia"] == pytest.approx(0.447) and ikg["tahun_indonesia"] == 2023
    assert np.isnan(ikg["peringkat"])  # the province is not ranked among the 14
    assert p.loc["mtf", "jk"] == "P" and p.loc["mtf", "nilai"] == pytest.approx(31.1) and p.loc["mtf", "tahun"] == 2025


def test_profil_kabkota_peringkat_dan_pembanding(nyata):
    df, reg = nyata
    plk = profil.profil(df, reg, "6271").set_index("indikator")
    r = plk.loc["ipm_sp2020"]
    assert (r["nilai"], r["tahun"], r["peringkat"], r["n_peringkat"]) == (pytest.approx(82.2), 2024, 1.0, 3)
    assert r["kalteng"] == pytest.approx(74.28) and r["tahun_kalteng"] == 2024
    tpt = plk.loc["tpt_agustus"]  # only one kab/kota has a 2025 figure: no rank
    assert np.isnan(tpt["peringkat"]) and tpt["n_peringkat"] == 1
    assert profil.teks_peringkat(tpt["peringkat"], tpt["n_peringkat"], "6271", "turun") == "kab/kota dengan data: 1"
    sukamara = profil.profil(df, reg, "6206").set_index("indikator")
    assert (sukamara.loc["ipm", "peringkat"], sukamara.loc["ipm", "n_peringkat"]) == (4.0, 4)
    assert np.isnan(sukamara.loc["pct_sma_keatas", "nilai"]) and sukamara.loc["pct_sma_keatas", "seri_nilai"] == []
    ikg = sukamara.loc["ikg"]  # 2018-2023 from BPS tables, 2025 from the compilation: rank 2 of 14 in 2025
    assert ikg["seri_nilai"] == pytest.approx([0.53, 0.55, 0.535, 0.518, 0.544, 0.499, 0.447])
    assert (ikg["peringkat"], ikg["n_peringkat"]) == (2.0, 14)
    ipg = plk.loc["ipg"]  # IPG.csv 2023: Palangka Raya 95,51, tied first with Kapuas
    assert (ipg["nilai"], ipg["peringkat"], ipg["kalteng"]) == (95.51, 1.0, 89.49)


def test_kelengkapan_nyata_dan_kecil(nyata):
    df, reg = nyata
    k = profil.kelengkapan(df, reg, "6200")
    assert (k["n_ada"], k["n_total"]) == (42, 61) and k["kelas"] == "baik"
    assert (k["n_ada"], k["n_total"]) == (df.loc[df["kode_bps"] == "6200", "indikator"].nunique(), len(reg))
    assert profil.kelengkapan_teks(k).teks == "Kelengkapan data: 42 dari 61 indikator (68,9 %)"
    assert profil.kelengkapan_teks(k, "en").teks == "Data completeness: 42 of 61 indicators (68,9 %)"
    kecil = rapi([("6209", 2020, "hls", "T", 12.0), ("6209", 2021, "hls", "T", 12.1),
                  ("6209", 2021, "rls", "T", 8.0)])
    assert profil.kelengkapan(kecil, reg, "6209")["n_ada"] == 2
    assert profil.kelengkapan(kecil, reg, "6201")["n_ada"] == 0


def test_pembanding_tahun_terdekat_lebih_dulu_bila_seri(nyata):
    _, reg = nyata
    kecil = rapi([("6209", 2021, "hls", "T", 12.0), ("6200", 2019, "hls", "T", 11.0),
                  ("6200", 2023, "hls", "T", 13.0), ("0000", 2021, "hls", "T", 13.5)])
    r = profil.profil(kecil, reg, "6209").set_index("indikator").loc["hls"]
    assert (r["kalteng"], r["tahun_kalteng"]) == (11.0, 2019)  # 2019 and 2023 are equally far: earlier wins
    assert (r["indonesia"], r["tahun_indonesia"]) == (13.5, 2021)
    tampil = profil.tabel_tampil(profil.profil(kecil, reg, "6209"), "6209", sumber.muat())
    baris = tampil[tampil["label"] == "Harapan lama sekolah (HLS)"].iloc[0]
    assert baris["kalteng"] == "11,00 (2019)" and baris["nilai_terbaru"] == "12,00"
    assert (tampil["nilai_terbaru"] == "data tidak tersedia").sum() == len(reg) - 1
