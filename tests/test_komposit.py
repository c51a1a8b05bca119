"""kalteng_gender.komposit: IKG inputs assembled from the tidy data, checked against published values."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kalteng_gender import indices, komposit

PARLEMEN = "keterwakilan perempuan di parlemen"
SMA = "penduduk 25+ berpendidikan SMA ke atas (L/P)"
TPAK = "TPAK (L/P)"
MHPK20 = "MHPK20 (melahirkan hidup pertama sebelum umur 20)"


def jabar(tahun: int) -> dict[str, float]:
    """The eight ikg() inputs of a Jawa Barat golden row (MTF/MHPK20 as proportions)."""
    r = komposit.acuan("Jawa Barat", tahun)
    return {k: r[k] for k in indices.IKG_INPUT}


def test_jabar_2022_dari_mtf_persen_mereproduksi_0490():
    inp = jabar(2022)
    frame = komposit.frame_dari_input(inp, "JB", 2022, ikg=0.490, wilayah="Jawa Barat")
    # stored the way the project stores it: MTF and MHPK20 in percent
    mtf = frame.loc[frame["indikator"] == "mtf", "nilai"].item()
    assert mtf == pytest.approx(16.9)
    assert frame.loc[frame["indikator"] == "mhpk20", "nilai"].item() == pytest.approx(29.9)
    assert "pct_perempuan_parlemen" in set(frame["indikator"])  # only the women's seat share is stored
    r = komposit.tabel_ikg(frame, "JB").iloc[0]
    assert r["kurang"] == []
    assert abs(r["ikg_hitung"] - 0.490) <= 0.001
    assert not r["beda"] and r["status"].startswith("sesuai")


def test_input_ikg_membagi_persen_dan_menurunkan_leg_l():
    frame = komposit.frame_dari_input(jabar(2019), "JB", 2019)
    inp = komposit.input_ikg(frame, "JB", 2019)
    assert inp["mtf"] == pytest.approx(0.168) and inp["mhpk20"] == pytest.approx(0.310)
    assert inp["leg_p"] == pytest.approx(20.0) and inp["leg_l"] == pytest.approx(80.0)
    assert inp["tpak_p"] == pytest.approx(46.33)
    # a year with nothing gives NaN everywhere, not zeros
    assert all(math.isnan(v) for v in komposit.input_ikg(frame, "JB", 2020).values())


def test_selisih_0003_ditandai_di_samping_kedua_angka():
    inp = jabar(2022)
    hitung = float(indices.ikg(**inp))
    terbit = hitung + 0.003
    frame = komposit.frame_dari_input(inp, "JB", 2022, ikg=terbit)
    r = komposit.tabel_ikg(frame, "JB").iloc[0]
    assert r["beda"]
    assert r["ikg_terbit"] == pytest.approx(terbit)  # never replaced by the computed value
    assert r["selisih"] == pytest.approx(-0.003, abs=1e-9)
    assert "BERBEDA" in r["status"]
    assert "0,4897" in r["status"] and "0,493" in r["status"]
    tampil = komposit.tampil_cek(komposit.tabel_ikg(frame, "JB"))
    assert tampil.iloc[0]["Di atas toleransi"] == "ya"


def test_selisih_di_bawah_toleransi_tidak_ditandai():
    inp = jabar(2022)
    frame = komposit.frame_dari_input(inp, "JB", 2022, ikg=float(indices.ikg(**inp)) + 0.001)
    r = komposit.tabel_ikg(frame, "JB").iloc[0]
    assert not r["beda"] and r["status"].startswith("sesuai")


def test_cek_acuan_semua_baris_bps_tereproduksi_dan_berlabel():
    cek = komposit.cek_acuan()
    assert list(cek["wilayah"]) == ["Jawa Barat"] * 5 + ["Indonesia"]
    assert list(cek["tahun"]) == [2018, 2019, 2020, 2021, 2022, 2023]
    assert (cek["selisih"].abs() <= 0.001).all()
    assert not cek["beda"].any()
    assert cek["sumber"].str.contains("bukan angka Kalimantan Tengah").all()
    assert cek.loc[cek["tahun"] == 2023, "ikg_terbit"].item() == pytest.approx(0.447)


def test_kalteng_per_tahun_komponen_kurang_dan_angka_terbit_utuh(nyata):
    df, _ = nyata
    t = komposit.tabel_ikg(df, "6200").set_index("tahun")
    assert t.loc[2021, "ikg_terbit"] == pytest.approx(0.537)
    assert t.loc[2022, "ikg_terbit"] == pytest.approx(0.526)
    assert t.loc[2023, "ikg_terbit"] == pytest.approx(0.541)
    assert t.loc[2021, "kurang"] == [MHPK20, PARLEMEN, TPAK]
    assert t.loc[2022, "kurang"] == [MHPK20, PARLEMEN, TPAK]
    assert t.loc[2023, "kurang"] == [PARLEMEN, SMA]
    assert t["ikg_hitung"].isna().all()  # no year is complete: nothing recomputed, nothing invented
    assert t.loc[2023, "mtf"] == pytest.approx(0.378) and t.loc[2023, "mhpk20"] == pytest.approx(0.371)
    assert t.loc[2019, "leg_p"] == pytest.approx(35.56) and t.loc[2018, "leg_p"] == pytest.approx(24.44)


def test_penjelasan_ikg_kalteng_2023_dari_komponen_yang_ada(nyata):
    df, _ = nyata
    teks = " ".join(komposit.penjelasan_ikg(df, "6200", 2023))
    assert "IKG Kalimantan Tengah 2023 (angka terbit): 0,541, lebih timpang daripada Indonesia (0,447)" in teks
    assert "37,80 %" in teks and "Indonesia 2023: 12,60 %" in teks
    assert "37,10 %" in teks and "25,80 %" in teks
    assert "TPAK perempuan 48,13 % vs laki-laki 84,85 %" in teks
    assert f"Tidak ada di data untuk 2023: {PARLEMEN}, {SMA}." in teks
    assert "bukan angka Kalimantan Tengah" in teks


def test_kalimat_perubahan_kalteng_tanpa_komponen_lengkap(nyata):
    df, _ = nyata
    k = komposit.kalimat_perubahan(df, "6200", 2023)
    assert "naik dari 0,526 (2022) menjadi 0,541 (2023)" in k
    assert "tidak dapat dihitung" in k and PARLEMEN in k
    assert "MTF 32,40 → 37,80 % (memburuk bagi perempuan)" in k
    k22 = komposit.kalimat_perubahan(df, "6200", 2022)
    assert "turun dari 0,537 (2021) menjadi 0,526 (2022)" in k22 and "MTF 42,10 → 32,40 % (membaik)" in k22


def test_kalimat_perubahan_lengkap_memakai_pendorong():
    frame = pd.concat([komposit.frame_dari_input(jabar(2021), "JB", 2021, 0.493, "Jawa Barat"),
                       komposit.frame_dari_input(jabar(2022), "JB", 2022, 0.490, "Jawa Barat")])
    k = komposit.kalimat_perubahan(frame, "JB", 2022)
    harap = indices.kalimat_pendorong_ikg(indices.pendorong_perubahan_ikg(jabar(2021), jabar(2022)))
    assert k.endswith(harap)
    assert "IKG turun dari 0,493 menjadi 0,490" in k and "dimensi" in k


def test_kontrafaktual_kalimat_dan_nan_tanpa_komponen(nyata):
    kf = komposit.kontrafaktual(komposit.acuan("Indonesia", 2023)).set_index("dimensi")
    ref = indices.ikg_kontrafaktual(**{k: komposit.acuan("Indonesia", 2023)[k] for k in indices.IKG_INPUT})
    assert kf.loc["pasar kerja", "ikg_setara"] == pytest.approx(float(ref["pasar kerja"]))
    assert kf.loc["pasar kerja", "kalimat"] == "Jika dimensi pasar kerja setara, IKG turun dari 0,447 ke 0,418."
    assert (kf["ikg_setara"] < kf["ikg_aktual"]).all()
    df, _ = nyata
    kal = komposit.kontrafaktual(komposit.input_ikg(df, "6200", 2023))
    assert kal["ikg_setara"].isna().all()
    assert kal["kalimat"].str.contains("tidak dapat dihitung").all()


def test_dimensi_parsial_kalteng_2023(nyata):
    df, _ = nyata
    d = komposit.dimensi_pl(komposit.input_ikg(df, "6200", 2023)).set_index("dimensi")
    assert d.loc["kesehatan reproduksi", "perempuan"] == pytest.approx(math.sqrt(5e-5 / (0.378 * 0.371)))
    # measured on women only: never set beside the formula's constant 1 for men
    assert np.isnan(d.loc["kesehatan reproduksi", "laki_laki"])
    assert np.isnan(d.loc["pemberdayaan", "perempuan"]) and np.isnan(d.loc["pemberdayaan", "laki_laki"])
    assert d.loc["pasar kerja", "perempuan"] == pytest.approx(0.4813)
    baris = komposit.baris_dimensi(komposit.dimensi_pl(komposit.input_ikg(df, "6200", 2023)), "Kalteng", 2023)
    assert len(baris) == 1 and baris["judul"].str.startswith("Pasar kerja").all() and 1.0 not in baris["L"].tolist()


def test_kesimpulan_dulu_dari_angka(nyata):
    """The conclusion in plain words: level against Indonesia, the female/male comparison furthest from parity
    (with its year), reproductive health on women only, IDG's lowest share, IPG as a percentage of men's."""
    df, _ = nyata
    k = komposit.kesimpulan(df, "6200", 2023)
    assert k[0] == "IKG Kalimantan Tengah 2023 (angka terbit): 0,541, lebih timpang daripada Indonesia (0,447)."
    assert "kursi DPRD (dimensi pemberdayaan) — perempuan 35,56 %, sisanya laki-laki 64,44 % (2019)" in k[1]
    assert k[2].startswith("Kesehatan reproduksi diukur pada perempuan saja: 37,80 %")
    assert any(x.startswith("IDG: pangsa perempuan paling rendah ada pada kursi DPRD (35,56 % pada 2019") for x in k)
    assert k[-1] == ("IPG 2023 89,49: pembangunan manusia perempuan Kalimantan Tengah setara 89,49 % dari laki-laki "
                     "(100 = setara).")
    assert not any("laki-laki 1" in x or "= 1" in x for x in k)
    v = komposit.tampilan(df, "6200", 2023)
    assert v.kesimpulan == k and v.ikg.terbit == 0.541 and v.ikg.kontrafaktual is None


def test_teks_halaman_ditulis_di_tampilan(nyata):
    """The page's headings and sentences come with the view; "not available" in the page's language."""
    df, _ = nyata
    k = komposit.tampilan(df, "6200", 2023).teks
    assert (k.ipg_judul, k.ipg_nilai) == ("IPG Kalimantan Tengah 2023", "89,49")
    assert k.idg_judul == "IDG Kalimantan Tengah 2023"
    assert k.toleransi.startswith("Toleransi pembulatan: 0,0015.")
    assert k.idg_grafik == ("Komponen IDG: pangsa perempuan (%) — Kalimantan Tengah, nilai terakhir s.d. 2023 "
                            "(tahun di label)")
    assert set(k.diagram) == set(komposit.STRUKTUR) == set(k.diagram_tabel) == set(k.rumus_ket)
    assert set(k.diagram_tabel["ikg"]["tersedia"]) == {"ya", "data tidak tersedia"}
    en = komposit.tampilan(df, "6200", 2023, "en").teks
    assert set(en.diagram_tabel["ikg"]["tersedia"]) == {"yes", "data not available"}
    assert en.toleransi.startswith("Rounding tolerance: 0.0015") and en.ipg_nilai == "89.49"


def test_tabel_komponen_terakhir_tersedia_hanya_ditampilkan(nyata):
    df, _ = nyata
    t = komposit.tabel_komponen(df, "6200", 2023).set_index("kunci")
    assert np.isnan(t.loc["leg_p", "nilai"])  # not filled in from 2019
    assert t.loc["leg_p", "terakhir_tersedia"] == "35,56 (2019)"
    assert t.loc["leg_l", "terakhir_tersedia"] == "64,44 (2019)"
    assert t.loc["sma_p", "terakhir_tersedia"] == "30,30 (2022)"
    assert t.loc["mtf", "nilai"] == pytest.approx(37.8) and t.loc["mtf", "indonesia_acuan"] == pytest.approx(12.6)
    # no Indonesia reference row for 2022 in formulas.md: nothing shown rather than a wrong year
    assert komposit.tabel_komponen(df, "6200", 2022)["indonesia_acuan"].isna().all()


def test_ipg_idg_dan_simpul_diagram(nyata):
    df, _ = nyata
    # BPS tables IPG.csv / IDG.csv: Kalteng IPG 2023 89.49, Kobar 92.05, Kalteng IDG 2023 79.99
    ipg = komposit.info_ipg(df, "6200")
    assert ipg["tahun"] == 2023 and ipg["ipg_terbit"] == pytest.approx(89.49)
    assert ipg["dekomposisi"] is None and len(ipg["kurang"]) == 4  # no UHH/HLS/RLS/spending by sex for 2023
    kobar = komposit.info_ipg(df, "6201")
    assert kobar["tahun"] == 2023 and kobar["ipg_terbit"] == pytest.approx(92.05)
    idg = komposit.info_idg(df, "6200")
    assert idg["tahun"] == 2023 and idg["idg_terbit"] == pytest.approx(79.99)
    assert "pangsa kursi DPRD perempuan 2023" in idg["kurang"]
    tab = komposit.tabel_idg(df, "6200", 2023).set_index("indikator")
    assert tab.loc["pct_perempuan_parlemen", "perempuan"] == pytest.approx(35.56)
    assert tab.loc["pct_perempuan_parlemen", "tahun"] == 2019
    assert np.isnan(tab.loc["pct_perempuan_profesional", "perempuan"])
    simpul = komposit.tersedia_simpul(df, "6200", 2023, "ikg")
    assert simpul == {"MTF": True, "MHPK20": True, "Kursi DPRD P/L": False, "SMA+ 25 tahun ke atas P/L": False,
                      "TPAK P/L": True}


def test_ipg_lengkap_memakai_dekomposisi_indices():
    """A constructed region with every per-sex IPM component gets the exact log split."""
    baris = []
    for ind, p, l in (("uhh", 73.0, 69.0), ("hls", 13.2, 13.0), ("rls", 8.4, 9.1),
                      ("pengeluaran_per_kapita", 9.5, 15.2), ("ipg", None, None)):
        if ind == "ipg":
            baris.append(("ipg", "T", 90.0))
            continue
        baris += [(ind, "P", p), (ind, "L", l)]
    df = pd.DataFrame([{"kode_bps": "X", "tahun": 2022, "indikator": i, "jenis_kelamin": jk, "nilai": v,
                        "sumber": "uji"} for i, jk, v in baris])
    hasil = komposit.info_ipg(df, "X")
    assert hasil["kurang"] == []
    d = hasil["dekomposisi"]
    ref = indices.dekomposisi_ipg(73.0, 13.2, 8.4, 9.5e6, 69.0, 13.0, 9.1, 15.2e6)
    assert d["ipg"] == pytest.approx(ref["ipg"])
    assert d["jumlah"] == pytest.approx(d["ln_ipg"])
