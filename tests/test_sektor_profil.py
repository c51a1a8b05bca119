"""kalteng_gender.sektor (by-sex gaps per sector) and kalteng_gender.profil (one region's profile)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kalteng_gender import data as kd, profil, regions, sektor


@pytest.fixture(scope="module")
def nyata():
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg


def rapi(baris) -> pd.DataFrame:
    """Small tidy frame from (kode, tahun, indikator, jk, nilai)."""
    return pd.DataFrame([{"kode_bps": k, "wilayah": regions.NAMA.get(k, k), "tahun": t, "indikator": i,
                          "jenis_kelamin": jk, "nilai": float(v), "satuan": "persen", "sumber": f"uji-{i}-{k}",
                          "catatan": ""} for k, t, i, jk, v in baris])


# --- sektor ---------------------------------------------------------------------------------------------------
def test_tpak_kalteng_terbaru_dan_tahun_tertentu(nyata):
    df, reg = nyata
    t = sektor.tabel_pl(df, reg, "ekonomi").set_index(["indikator", "kode_bps"])
    r = t.loc[("tpak_agustus", "6200")]
    assert r["tahun"] == 2025 and r["P"] == pytest.approx(50.34) and r["L"] == pytest.approx(85.26)
    assert r["gap"] == pytest.approx(-34.92) and r["rasio"] == pytest.approx(50.34 / 85.26)
    assert r["status"] == sektor.STATUS_BURUK
    t23 = sektor.tabel_pl(df, reg, "ekonomi", tahun=2023).set_index(["indikator", "kode_bps"])
    assert t23.loc[("tpak_agustus", "6200"), "P"] == pytest.approx(48.13)
    assert ("tpt_agustus", "6200") not in t23.index  # TPT by sex only published for 2025


def test_arah_turun_membalik_tanda(nyata):
    df, reg = nyata
    tpt = sektor.tabel_pl(df, reg, "ekonomi").set_index(["indikator", "kode_bps"]).loc[("tpt_agustus", "6200")]
    # women's unemployment 4,43 > men's 3,71: the ratio is above 1 but lower is better, so worse for women
    assert tpt["rasio"] > 1 and tpt["skor"] == pytest.approx(-math.log(4.43 / 3.71))
    assert tpt["status"] == sektor.STATUS_BURUK
    kecil = rapi([("6200", 2020, "tpak_agustus", "P", 60), ("6200", 2020, "tpak_agustus", "L", 50),
                  ("6201", 2020, "tpak_agustus", "P", 50), ("6201", 2020, "tpak_agustus", "L", 50.2)])
    t = sektor.tabel_pl(kecil, reg).set_index("kode_bps")
    assert t.loc["6200", "skor"] > 0 and t.loc["6200", "status"] == sektor.STATUS_BAIK
    assert t.loc["6201", "status"] == sektor.STATUS_SETARA  # within 1 % of parity


def test_netral_tanpa_skor_dan_pangsa_perempuan(nyata):
    df, reg = nyata
    t = sektor.tabel_pl(df, reg).set_index(["indikator", "kode_bps"])
    pend = t.loc[("penduduk_proyeksi", "6200")]
    assert np.isnan(pend["skor"]) and pend["status"] == sektor.STATUS_NETRAL
    kobar = t.loc[("pct_perempuan_parlemen", "6201")]
    assert kobar["tahun"] == 2019 and kobar["P"] == pytest.approx(16.0)
    assert kobar["L"] == pytest.approx(84.0) and kobar["L_asal"] == "100 − P"
    assert t.loc[("tpak_agustus", "6200"), "L_asal"] == "terbit"


def test_satu_jenis_kelamin_tidak_dibandingkan_dan_khusus_perempuan(nyata):
    df, reg = nyata
    kecil = rapi([("6203", 2021, "pct_sma_keatas", "P", 30.0)])
    r = sektor.tabel_pl(kecil, reg).iloc[0]
    assert np.isnan(r["L"]) and np.isnan(r["gap"]) and np.isnan(r["rasio"])
    assert r["status"] == sektor.STATUS_TIDAK_LENGKAP
    kolom = sektor.indikator_heatmap(reg)
    assert "mtf" not in kolom and "mhpk20" not in kolom  # no male counterpart exists
    assert "penduduk_proyeksi" not in kolom  # netral: no better direction to colour
    assert "tpak_agustus" in kolom and "pct_perempuan_parlemen" in kolom


def test_matriks_hilang_bukan_nol(nyata):
    df, reg = nyata
    m = sektor.matriks_paritas(sektor.tabel_pl(df, reg, "ekonomi"), reg, "ekonomi")
    ids = sektor.indikator_heatmap(reg, "ekonomi")
    assert len(m) == 16 * len(ids)
    assert list(dict.fromkeys(m["kode_bps"]))[:2] == [regions.PROVINSI, regions.NASIONAL]
    kapuas = m[(m["kode_bps"] == "6203") & (m["indikator"] == "tpak_agustus")].iloc[0]
    assert np.isnan(kapuas["P"]) and np.isnan(kapuas["skor"]) and kapuas["status"] == "data tidak tersedia"
    isi = m.dropna(subset=["skor"])
    assert set(zip(isi["kode_bps"], isi["indikator"])) == {("6200", "tpak_agustus"), ("6200", "tpt_agustus")}


def test_catatan_cakupan_jujur(nyata):
    df, reg = nyata
    cat = sektor.catatan_cakupan(df, reg).set_index("indikator")["catatan"]
    assert cat["tpak_agustus"].startswith("P dan L ada untuk Kalimantan Tengah (2023, 2025).")
    assert "0 dari 14" in cat["tpak_agustus"]
    assert "khusus perempuan" in cat["mtf"] and "Kalimantan Tengah (2021, 2022, 2023)" in cat["mtf"]
    assert "hanya angka total" in cat["tpak_februari"]
    assert "100 − P" in cat["pct_perempuan_parlemen"] and "Kotawaringin Barat (2014, 2019)" in cat["pct_perempuan_parlemen"]
    assert cat["pct_perempuan_profesional"].startswith("data tidak tersedia")


def test_tabel_tampil_dan_sumber(nyata):
    df, reg = nyata
    t = sektor.tabel_pl(df, reg, "ekonomi")
    tampil = sektor.tabel_tampil(t).set_index("Indikator")
    r = tampil.loc["Tingkat partisipasi angkatan kerja (TPAK) Agustus"]
    assert (r["Perempuan (P)"], r["Laki-laki (L)"], r["P − L"], r["P / L"]) == ("50,34", "85,26", "−34,92", "0,59")
    src = sektor.sumber(df, t[t["indikator"] == "tpak_agustus"])
    assert len(src) == 1 and "jurukabar" in src[0]


# --- profil ---------------------------------------------------------------------------------------------------
def test_profil_kalteng_ikg(nyata):
    df, reg = nyata
    p = profil.profil(df, reg, "6200").set_index("indikator")
    assert len(p) == len(reg)
    ikg = p.loc["ikg"]
    assert ikg["nilai"] == pytest.approx(0.541) and ikg["tahun"] == 2023
    assert ikg["seri_tahun"] == [2021, 2022, 2023] and ikg["seri_nilai"] == pytest.approx([0.537, 0.526, 0.541])
    assert ikg["indonesia"] == pytest.approx(0.447) and ikg["tahun_indonesia"] == 2023
    assert np.isnan(ikg["peringkat"])  # the province is not ranked among the 14
    assert p.loc["mtf", "jk"] == "P" and p.loc["mtf", "nilai"] == pytest.approx(37.8)


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
    assert np.isnan(sukamara.loc["ikg", "nilai"]) and sukamara.loc["ikg", "seri_nilai"] == []


def test_kelengkapan_nyata_dan_kecil(nyata):
    df, reg = nyata
    k = profil.kelengkapan(df, reg, "6200")
    assert (k["n_ada"], k["n_total"]) == (39, 53) and k["kelas"] == "baik"
    assert profil.teks_kelengkapan(k) == "Kelengkapan data: 39 dari 53 indikator (73,6 %)"
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
    tampil = profil.tabel_tampil(profil.profil(kecil, reg, "6209"), "6209")
    baris = tampil[tampil["Indikator"] == "Harapan lama sekolah (HLS)"].iloc[0]
    assert baris["Kalteng"] == "11,00 (2019)" and baris["Nilai terbaru"] == "12,00"
    assert (tampil["Nilai terbaru"] == "data tidak tersedia").sum() == len(reg) - 1
