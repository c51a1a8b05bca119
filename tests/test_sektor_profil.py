"""kalteng_gender.sektor (by-sex gaps per sector) and kalteng_gender.profil (one region's profile)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kalteng_gender import kolom, profil, regions, sektor, sumber


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
    kobar = t.loc[("pct_perempuan_parlemen", "6201")]  # 2024: 20 % (sekunder/stis_idg_komponen_2024.csv)
    assert kobar["tahun"] == 2024 and kobar["P"] == pytest.approx(20.0)
    assert kobar["L"] == pytest.approx(80.0) and kobar["L_asal"] == "100 − P"
    kobar19 = sektor.tabel_pl(df, reg, tahun=2019).set_index(["indikator", "kode_bps"]).loc[
        ("pct_perempuan_parlemen", "6201")]  # 2019: 16 % (borneonews)
    assert kobar19["P"] == pytest.approx(16.0) and kobar19["L"] == pytest.approx(84.0)
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
    # no spending per capita by sex anywhere, no national TPAK by sex: missing, never 0
    kapuas = m[(m["kode_bps"] == "6203") & (m["indikator"] == "pengeluaran_per_kapita")].iloc[0]
    assert np.isnan(kapuas["P"]) and np.isnan(kapuas["skor"]) and kapuas["status"] == "data tidak tersedia"
    assert m[(m["kode_bps"] == regions.NASIONAL)]["skor"].isna().all()
    isi = m.dropna(subset=["skor"])
    assert set(isi["kode_bps"]) == {regions.PROVINSI, *regions.KABKOTA} and len(isi) == 15 * 4
    assert set(isi["indikator"]) == {"tpak_agustus", "tpt_agustus", "sumbangan_pendapatan_perempuan",
                                     "pct_perempuan_profesional"}
    kapuas_tpak = isi[(isi["kode_bps"] == "6203") & (isi["indikator"] == "tpak_agustus")].iloc[0]
    assert (kapuas_tpak["P"], kapuas_tpak["L"]) == (51.82, 83.09)  # stis_kab_gender_2025.csv


def test_catatan_cakupan_jujur(nyata):
    df, reg = nyata
    cat = sektor.catatan_cakupan(df, reg).set_index("indikator")["catatan"]
    assert cat["tpak_agustus"].startswith("P dan L ada untuk Kalimantan Tengah (2023, 2025), Kotawaringin Barat "
                                          "(2025),")
    assert "Hanya salah satu jenis kelamin: Kalimantan Tengah (2024)" in cat["tpak_agustus"]  # 2024: women only
    assert cat["tpak_agustus"].endswith("Kab/kota dengan P dan L: 14 dari 14.")
    assert "khusus perempuan" in cat["mtf"] and "Kalimantan Tengah (2021, 2022, 2023, 2024, 2025)" in cat["mtf"]
    assert "hanya angka total" in cat["tpak_februari"] and "0 dari 14" in cat["tpak_februari"]
    assert "100 − P" in cat["pct_perempuan_parlemen"]
    assert "Kotawaringin Barat (2014, 2019, 2024)" in cat["pct_perempuan_parlemen"]
    assert cat["pengeluaran_per_kapita"].startswith("hanya angka total (L+P); menurut jenis kelamin: data tidak "
                                                    "tersedia")


def test_tabel_tampil_dan_sumber(nyata):
    df, reg = nyata
    t = sektor.tabel_pl(df, reg, "ekonomi")
    tampil = sektor.tabel_tampil(t).set_index(["label", "wilayah"])
    r = tampil.loc[("Tingkat partisipasi angkatan kerja (TPAK) Agustus", "Kalimantan Tengah")]
    # a gap between percentages is in percentage points; a ratio carries no sign
    assert (r["tahun"], r["P"], r["L"], r["gap"], r["rasio"]) == ("2025", "50,34", "85,26", "−34,92 poin persen", "0,59")
    kotim = tampil.loc[("Tingkat partisipasi angkatan kerja (TPAK) Agustus", "Kotawaringin Timur")]
    assert (kotim["P"], kotim["L"], kotim["gap"]) == ("39,84", "86,65", "−46,81 poin persen")
    hls = sektor.tabel_tampil(sektor.tabel_pl(df, reg, "pendidikan"), "en").set_index(["label", "wilayah"])
    assert hls.loc[("Harapan lama sekolah (HLS)", "Kapuas"), "gap"] == "+0.33"  # years: no "points"; English decimal point
    assert set(kolom.KOLOM) >= set(tampil.reset_index().columns)  # every column has its header
    src = sektor.sumber(df, t[t["indikator"] == "tpak_agustus"])  # the province (press) and the 14 (compilation)
    assert len(src) == 2 and "allinawll/UASVisdatAul" in src[0] and "jurukabar" in src[1]
    assert sektor.sumber(df, t[(t["indikator"] == "tpak_agustus") & (t["kode_bps"] == "6200")]) == [src[1]]


# --- profil ---------------------------------------------------------------------------------------------------
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
