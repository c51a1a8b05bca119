"""kalteng_gender.sektor: by-sex gaps per sector (tabel_pl, the parity matrix, coverage notes) and sektor.tampilan,
the one view of the Kesenjangan per Sektor page, on the real data."""
from __future__ import annotations

import math

import numpy as np
import pytest

from bantu import rapi
from kalteng_gender import kolom, regions, sektor


def test_tampilan_semua_sektor(nyata):
    df, reg = nyata
    v = sektor.tampilan(df, reg, None, None)
    assert [p.sektor for p in v.panel][:1] == ["indeks_komposit"] and len(v.panel) == 7
    h = v.heatmap
    assert h.teks_cakupan.startswith("133 dari 320 sel")
    # reported violence is counted, never judged: not on the heat map, no score, its own status
    assert "korban_kekerasan_perempuan_anak" not in set(sektor.data_heatmap(df, reg, None, None)[0]["indikator"])
    lindung = [p for p in v.panel if p.sektor == "perlindungan"][0]
    assert lindung.laporan and set(lindung.tabel["status"]) <= {sektor.STATUS_LAPORAN, sektor.STATUS_TIDAK_LENGKAP}
    # the phone list holds the coloured cells: Kotim TPAK 2025 39,84 / 86,65
    assert "- Kotawaringin Timur (2025): rasio P/L 0,46 · lebih buruk bagi perempuan" in h.daftar
    assert sum(b.startswith("- ") for b in h.daftar) == len(h.tabel) == 133


def test_tampilan_inggris_tanpa_teks_indonesia(nyata):
    df, reg = nyata
    v = sektor.tampilan(df, reg, "ekonomi", 2023, "en")
    p = v.panel[0]
    assert p.judul == "Economy & labour: women vs men (2023)"
    r = p.tabel.set_index(["label", "wilayah"]).loc[("Labour force participation rate (August)", "Kalimantan Tengah")]
    assert (r["P"], r["L"], r["gap"], r["status"]) == ("48.13", "84.85", "−36.72 percentage points", "worse for women")
    assert all("tersedia" not in c and "ada untuk" not in c for c in p.cakupan)
    assert "Regencies with F and M: 14 of 14." in " ".join(p.cakupan)


def test_pilihan_tahun_per_sektor(nyata):
    df, reg = nyata
    o = sektor.pilihan(df, reg)
    assert list(o)[0] == "semua" and "demografi" in o
    assert o["ekonomi"][0] == 2025 and set(o["ekonomi"]) <= set(o["semua"])


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
