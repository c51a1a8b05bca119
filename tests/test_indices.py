"""Tests for kalteng_gender.indices against the BPS formulas and golden values in docs/formulas.md."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kalteng_gender import indices as ix

# Golden IKG rows (BPS Jawa Barat static table; Indonesia 2023), copied from docs/formulas.md.
KOLOM = ("mtf", "mhpk20", "leg_l", "leg_p", "sma_l", "sma_p", "tpak_l", "tpak_p", "ikg_publikasi")
GOLDEN_IKG = {
    "Jawa Barat 2018": (0.198, 0.279, 78, 22, 36.55, 28.63, 82.96, 42.25, 0.508),
    "Jawa Barat 2019": (0.168, 0.310, 80, 20, 38.24, 28.89, 83.25, 46.33, 0.504),
    "Jawa Barat 2020": (0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79, 0.489),
    "Jawa Barat 2021": (0.171, 0.298, 79.17, 20.83, 40.99, 33.12, 81.68, 47.88, 0.493),
    "Jawa Barat 2022": (0.169, 0.299, 78.15, 21.85, 41.24, 35.36, 83.93, 48.01, 0.490),
    "Indonesia 2023": (0.126, 0.258, 77.86, 22.14, 42.62, 37.60, 84.26, 54.52, 0.447),
}
TOLERANSI_GOLDEN = 0.001  # published IKG has 3 decimals and its inputs are rounded too


def komponen(baris: str) -> dict[str, float]:
    """The eight ikg() arguments of a golden row."""
    return dict(zip(KOLOM[:-1], GOLDEN_IKG[baris][:-1]))


def tabel_golden() -> pd.DataFrame:
    return pd.DataFrame.from_dict(GOLDEN_IKG, orient="index", columns=list(KOLOM))


# --- IKG golden values ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("baris", list(GOLDEN_IKG))
def test_ikg_golden(baris):
    nilai = ix.ikg(**komponen(baris))
    assert abs(nilai - GOLDEN_IKG[baris][-1]) <= TOLERANSI_GOLDEN


@pytest.mark.parametrize("baris", list(GOLDEN_IKG))
def test_ikg_dimensi_konsisten_dan_lengkap(baris):
    d = ix.ikg_dimensi(**komponen(baris))
    assert set(d) == {"H_f", "E_f", "E_m", "G_f", "G_m", "HARM", "G_fm", "IKG"}
    k = komponen(baris)
    # Recompute two intermediates by hand from formulas.md (percent -> fraction first).
    assert d["H_f"] == pytest.approx(math.sqrt(5e-5 / (k["mtf"] * k["mhpk20"])), rel=1e-12)
    assert d["E_m"] == pytest.approx(math.sqrt(k["leg_l"] / 100 * k["sma_l"] / 100), rel=1e-12)
    assert d["IKG"] == pytest.approx(1 - d["HARM"] / d["G_fm"], rel=1e-12)
    assert d["IKG"] == ix.ikg(**k)


def test_ikg_vektor_dataframe():
    df = tabel_golden()
    hasil = ix.ikg(**{k: df[k] for k in KOLOM[:-1]})
    assert isinstance(hasil, pd.Series)
    assert list(hasil.index) == list(df.index)
    assert np.all(np.abs(hasil - df["ikg_publikasi"]) <= TOLERANSI_GOLDEN)
    # The vectorised result must equal the row-by-row scalar result.
    for baris in df.index:
        assert hasil[baris] == pytest.approx(ix.ikg(**komponen(baris)), rel=1e-12)
    # Intermediates and counterfactuals vectorise too and tabulate to one row per input row.
    assert pd.DataFrame(ix.ikg_dimensi(**{k: df[k] for k in KOLOM[:-1]})).shape == (len(df), 8)
    assert pd.DataFrame(ix.ikg_kontrafaktual(**{k: df[k] for k in KOLOM[:-1]})).shape == (len(df), 4)


def test_ikg_numpy_array_tetap_array():
    df = tabel_golden()
    hasil = ix.ikg(**{k: df[k].to_numpy() for k in KOLOM[:-1]})
    assert isinstance(hasil, np.ndarray) and hasil.shape == (len(df),)
    assert np.all(np.abs(hasil - df["ikg_publikasi"].to_numpy()) <= TOLERANSI_GOLDEN)


# --- 0.1 % floor for a legislature without women ----------------------------------------------------------------
def test_lantai_parlemen_tanpa_perempuan():
    k = komponen("Jawa Barat 2022")
    tanpa = ix.ikg(**{**k, "leg_p": 0, "leg_l": 100})
    dengan = ix.ikg(**{**k, "leg_p": 20, "leg_l": 80})
    assert np.isfinite(tanpa)
    assert tanpa < 1
    assert tanpa > dengan
    # The floor is exactly UNDP's 0.1 %: zero women must give the same IKG as 0.1 % women.
    assert tanpa == pytest.approx(ix.ikg(**{**k, "leg_p": 0.1, "leg_l": 100}), rel=1e-12)


# --- counterfactuals ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("baris", list(GOLDEN_IKG))
def test_kontrafaktual_tidak_melebihi_aktual(baris):
    k = komponen(baris)
    kf = ix.ikg_kontrafaktual(**k)
    assert set(kf) == {"aktual", "kesehatan reproduksi", "pemberdayaan", "pasar kerja"}
    assert kf["aktual"] == pytest.approx(ix.ikg(**k), rel=1e-12)
    for dimensi in ("kesehatan reproduksi", "pemberdayaan", "pasar kerja"):
        # Every golden row has women behind in every dimension, so closing a gap must lower the IKG.
        assert kf[dimensi] <= kf["aktual"]
        assert kf[dimensi] < kf["aktual"] - 1e-6


@pytest.mark.parametrize("baris", list(GOLDEN_IKG))
def test_kontrafaktual_sama_dengan_input_setara(baris):
    # Reach each parity state through the public ikg() inputs instead, an independent path.
    k = komponen(baris)
    kf = ix.ikg_kontrafaktual(**k)
    # H_f = 1 when MTF·MHPK20 equals the constant 5e-5.
    assert kf["kesehatan reproduksi"] == pytest.approx(ix.ikg(**{**k, "mtf": 5e-5, "mhpk20": 1.0}), rel=1e-9)
    # E_f = E_m when women have men's seat and education shares.
    assert kf["pemberdayaan"] == pytest.approx(
        ix.ikg(**{**k, "leg_p": k["leg_l"], "sma_p": k["sma_l"]}), rel=1e-9)
    assert kf["pasar kerja"] == pytest.approx(ix.ikg(**{**k, "tpak_p": k["tpak_l"]}), rel=1e-9)


# --- missing inputs -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kosong", [None, np.nan, pd.NA])
@pytest.mark.parametrize("kunci, nama", [
    ("mtf", "MTF (persalinan tidak di fasilitas kesehatan)"),
    ("mhpk20", "MHPK20 (melahirkan hidup pertama sebelum umur 20)"),
    ("leg_p", "keterwakilan perempuan di parlemen"),
    ("sma_l", "penduduk 25+ berpendidikan SMA ke atas (L/P)"),
    ("tpak_p", "TPAK (L/P)"),
])
def test_input_hilang_jadi_nan_dan_disebut(kunci, nama, kosong):
    k = {**komponen("Indonesia 2023"), kunci: kosong}
    assert math.isnan(ix.ikg(**k))
    assert all(math.isnan(v) for v in ix.ikg_kontrafaktual(**k).values())
    assert ix.komponen_ikg_kurang(k) == [nama]


@pytest.mark.parametrize("kunci", ["mtf", "mhpk20"])
def test_risiko_nol_tidak_jadi_ikg_palsu(kunci):
    # MTF or MHPK20 = 0 makes H_f infinite; the formula would then say IKG = 1. It must be NaN instead.
    assert math.isnan(ix.ikg(**{**komponen("Indonesia 2023"), kunci: 0.0}))


def test_komponen_lengkap_tidak_ada_yang_kurang():
    assert ix.komponen_ikg_kurang(komponen("Indonesia 2023")) == []


def test_komponen_kurang_kunci_tidak_ada_dan_urutan():
    k = komponen("Indonesia 2023")
    del k["tpak_l"]
    k["mhpk20"] = float("nan")
    assert ix.komponen_ikg_kurang(k) == [
        "MHPK20 (melahirkan hidup pertama sebelum umur 20)", "TPAK (L/P)"]


def test_input_hilang_dalam_series_hanya_baris_itu():
    df = tabel_golden()
    df.loc["Jawa Barat 2020", "tpak_p"] = None
    hasil = ix.ikg(**{k: df[k] for k in KOLOM[:-1]})
    assert math.isnan(hasil["Jawa Barat 2020"])
    assert hasil.drop("Jawa Barat 2020").notna().all()


# --- drivers of the year's change ---------------------------------------------------------------------------------
TOLERANSI_INTERAKSI = 1e-4  # one-at-a-time switching leaves an interaction term; here it is about 5e-6


def test_pendorong_jabar_2021_2022_jumlah_mendekati_perubahan():
    hasil = ix.pendorong_perubahan_ikg(komponen("Jawa Barat 2021"), komponen("Jawa Barat 2022"))
    perubahan_aktual = ix.ikg(**komponen("Jawa Barat 2022")) - ix.ikg(**komponen("Jawa Barat 2021"))
    kontribusi = hasil["kontribusi"]
    assert set(kontribusi) == {"kesehatan reproduksi", "pemberdayaan", "pasar kerja"}
    assert hasil["perubahan"] == pytest.approx(perubahan_aktual, abs=1e-15)
    assert abs(sum(kontribusi.values()) - perubahan_aktual) <= TOLERANSI_INTERAKSI
    # The contribution of one dimension is that dimension switched alone, computed independently here.
    k21, k22 = komponen("Jawa Barat 2021"), komponen("Jawa Barat 2022")
    tpak_saja = ix.ikg(**{**k21, "tpak_l": k22["tpak_l"], "tpak_p": k22["tpak_p"]}) - ix.ikg(**k21)
    assert kontribusi["pasar kerja"] == pytest.approx(tpak_saja, abs=1e-15)
    # IKG fell; the largest fall came from empowerment (women's SMA share rose 33.12 -> 35.36), while the
    # widening labour-force gap pushed the IKG up.
    assert perubahan_aktual < 0
    assert kontribusi["pasar kerja"] > 0
    assert hasil["dominan"] == min(kontribusi, key=kontribusi.get) == "pemberdayaan"


def test_kalimat_pendorong_jabar():
    hasil = ix.pendorong_perubahan_ikg(komponen("Jawa Barat 2021"), komponen("Jawa Barat 2022"))
    assert ix.kalimat_pendorong_ikg(hasil) == (
        "IKG turun dari 0,493 menjadi 0,490; penurunan terbesar berasal dari dimensi pemberdayaan (\u22120,005).")


def test_kalimat_contoh_brief_dan_kenaikan():
    turun = {"ikg_lalu": 0.5371, "ikg_ini": 0.5262, "dominan": "kesehatan reproduksi",
             "kontribusi": {"kesehatan reproduksi": -0.0091, "pemberdayaan": -0.002, "pasar kerja": 0.0002}}
    assert ix.kalimat_pendorong_ikg(turun) == (
        "IKG turun dari 0,537 menjadi 0,526; penurunan terbesar berasal dari dimensi kesehatan reproduksi "
        "(\u22120,009).")
    # Reverse direction through the real function: 2022 -> 2021 is a rise.
    naik = ix.pendorong_perubahan_ikg(komponen("Jawa Barat 2022"), komponen("Jawa Barat 2021"))
    kalimat = ix.kalimat_pendorong_ikg(naik)
    assert kalimat.startswith("IKG naik dari 0,490 menjadi 0,493; kenaikan terbesar berasal dari dimensi ")
    assert kalimat.endswith(").") and "(+0," in kalimat


def test_kalimat_jabar_2018_2019_arah_berlawanan():
    # Empowerment pushed the IKG up (+0.007) while it fell overall: the driver is the largest FALL.
    hasil = ix.pendorong_perubahan_ikg(komponen("Jawa Barat 2018"), komponen("Jawa Barat 2019"))
    assert hasil["kontribusi"]["pemberdayaan"] > 0
    assert ix.kalimat_pendorong_ikg(hasil) == (
        "IKG turun dari 0,508 menjadi 0,504; penurunan terbesar berasal dari dimensi pasar kerja (\u22120,007).")


def test_dominan_mengikuti_arah_perubahan():
    # Synthetic numbers where the biggest |contribution| goes against the change: the driver must be the
    # largest contribution in the direction of the change, not the largest in absolute value.
    kontribusi = {"kesehatan reproduksi": -0.005, "pemberdayaan": -0.006, "pasar kerja": 0.007}
    assert ix._pilih_dominan(-0.004, kontribusi) == "pemberdayaan"
    naik = {k: -v for k, v in kontribusi.items()}
    assert ix._pilih_dominan(0.004, naik) == "pemberdayaan"
    # Nothing moved the way the total did (only possible through interaction): fall back to the biggest mover.
    assert ix._pilih_dominan(-0.0001, {"kesehatan reproduksi": 0.001, "pemberdayaan": 0.003,
                                        "pasar kerja": 0.002}) == "pemberdayaan"
    assert ix._pilih_dominan(float("nan"), kontribusi) is None


def test_pendorong_input_hilang():
    lalu = {**komponen("Jawa Barat 2021"), "mtf": None}
    hasil = ix.pendorong_perubahan_ikg(lalu, komponen("Jawa Barat 2022"))
    assert math.isnan(hasil["perubahan"])
    assert hasil["dominan"] is None
    assert hasil["kurang_tahun_lalu"] == ["MTF (persalinan tidak di fasilitas kesehatan)"]
    kalimat = ix.kalimat_pendorong_ikg(hasil)
    assert "tidak dapat dihitung" in kalimat and "MTF" in kalimat


def test_pendorong_vektor():
    df = tabel_golden()
    lalu = df.loc[["Jawa Barat 2018", "Jawa Barat 2021"]].reset_index(drop=True)
    ini = df.loc[["Jawa Barat 2019", "Jawa Barat 2022"]].reset_index(drop=True)
    hasil = ix.pendorong_perubahan_ikg({k: lalu[k] for k in KOLOM[:-1]}, {k: ini[k] for k in KOLOM[:-1]})
    assert isinstance(hasil["dominan"], pd.Series)
    tunggal = ix.pendorong_perubahan_ikg(komponen("Jawa Barat 2021"), komponen("Jawa Barat 2022"))
    assert hasil["dominan"][1] == tunggal["dominan"]
    assert hasil["kontribusi"]["pasar kerja"][1] == pytest.approx(tunggal["kontribusi"]["pasar kerja"], abs=1e-15)


# --- IPM -----------------------------------------------------------------------------------------------------------
def test_ipm_indonesia_2023():
    assert round(ix.ipm(73.93, 13.15, 8.77, 11_899_000), 2) == 74.39


def test_indeks_dimensi_batas():
    assert ix.indeks_kesehatan(85) == pytest.approx(1.0)
    assert ix.indeks_kesehatan(20) == pytest.approx(0.0)
    assert ix.indeks_pendidikan(18, 15) == pytest.approx(1.0)
    assert ix.indeks_pendidikan(9, 0) == pytest.approx(0.25)
    assert ix.indeks_pengeluaran(26_572_352) == pytest.approx(1.0)
    assert ix.indeks_pengeluaran(1_007_436) == pytest.approx(0.0, abs=1e-12)
    assert ix.ipm(85, 18, 15, 26_572_352) == pytest.approx(100.0)


def test_ipm_vektor_dan_nan():
    uhh = pd.Series([73.93, None], index=["ID", "X"])
    hasil = ix.ipm(uhh, 13.15, 8.77, 11_899_000)
    assert isinstance(hasil, pd.Series) and list(hasil.index) == ["ID", "X"]
    assert round(hasil["ID"], 2) == 74.39
    assert math.isnan(hasil["X"])
    assert math.isnan(ix.ipm(73.93, None, 8.77, 11_899_000))


def test_ipm_per_jk_goalpost():
    # Female goalposts 22.5-87.5 equal the common ones applied to UHH - 2.5; male 17.5-82.5 to UHH + 2.5.
    assert ix.ipm_per_jk(75.0, 13.0, 9.0, 1e7, "P") == pytest.approx(ix.ipm(72.5, 13.0, 9.0, 1e7), rel=1e-12)
    assert ix.ipm_per_jk(71.0, 13.0, 9.0, 1e7, "L") == pytest.approx(ix.ipm(73.5, 13.0, 9.0, 1e7), rel=1e-12)
    vek = ix.ipm_per_jk(pd.Series([75.0, 71.0]), 13.0, 9.0, 1e7, pd.Series(["P", "L"]))
    assert vek[0] == pytest.approx(ix.ipm_per_jk(75.0, 13.0, 9.0, 1e7, "P"), rel=1e-12)
    assert vek[1] == pytest.approx(ix.ipm_per_jk(71.0, 13.0, 9.0, 1e7, "L"), rel=1e-12)
    with pytest.raises(ValueError):
        ix.ipm_per_jk(75.0, 13.0, 9.0, 1e7, "X")


# --- IPG -----------------------------------------------------------------------------------------------------------
# Illustrative per-sex inputs of the size of Indonesia's (not golden values): UHH, HLS, RLS, expenditure.
PEREMPUAN = (75.8, 13.3, 8.4, 9_100_000)
LAKI = (71.9, 13.1, 9.1, 16_300_000)


def test_ipg_paritas_dan_arah():
    assert ix.ipg(70.0, 70.0) == 100.0
    assert ix.ipg(63.0, 70.0) == pytest.approx(90.0)
    assert math.isnan(ix.ipg(None, 70.0))


def _cek_dekomposisi(p, l):
    d = ix.dekomposisi_ipg(*p, *l)
    # Independent path: IPG from the public per-sex IPM functions.
    ln_ipg = math.log(ix.ipg(ix.ipm_per_jk(*p, "P"), ix.ipm_per_jk(*l, "L")) / 100)
    jumlah = d["kesehatan"] + d["pendidikan"] + d["pengeluaran"]
    # "Exactly" up to floating-point rounding: a missing 1/3 or wrong goalpost is off by >1e-4, not 1e-12.
    assert jumlah == pytest.approx(ln_ipg, rel=0, abs=1e-12)
    assert d["jumlah"] == pytest.approx(ln_ipg, rel=0, abs=1e-12)
    assert d["ln_ipg"] == pytest.approx(ln_ipg, rel=0, abs=1e-12)
    return d


def test_dekomposisi_ipg_jumlah_tepat():
    d = _cek_dekomposisi(PEREMPUAN, LAKI)
    # Women's lower expenditure is the main gap; with these inputs every contribution is negative.
    assert d["pengeluaran"] < d["pendidikan"] < 0 and d["kesehatan"] < 0
    assert d["ipg"] < 100


@settings(max_examples=200, deadline=None)
@given(
    uhh=st.tuples(st.floats(40, 85), st.floats(40, 85)),
    hls=st.tuples(st.floats(5, 18), st.floats(5, 18)),
    rls=st.tuples(st.floats(2, 15), st.floats(2, 15)),
    p=st.tuples(st.floats(2e6, 2.5e7), st.floats(2e6, 2.5e7)),
)
def test_dekomposisi_ipg_jumlah_tepat_acak(uhh, hls, rls, p):
    _cek_dekomposisi((uhh[0], hls[0], rls[0], p[0]), (uhh[1], hls[1], rls[1], p[1]))


def test_dekomposisi_ipg_vektor():
    p = [pd.Series([v, v * 1.01]) for v in PEREMPUAN]
    l = [pd.Series([v, v]) for v in LAKI]
    d = ix.dekomposisi_ipg(*p, *l)
    tabel = pd.DataFrame(d)
    assert tabel.shape[0] == 2
    assert np.allclose(tabel["jumlah"], tabel["ln_ipg"], rtol=0, atol=1e-12)
    assert tabel.loc[0, "ipg"] == pytest.approx(ix.dekomposisi_ipg(*PEREMPUAN, *LAKI)["ipg"], rel=1e-12)


# --- IDG -----------------------------------------------------------------------------------------------------------
def test_edep_nilai_tangan():
    assert ix.edep(0.5, 0.5, 50, 50) == pytest.approx(50.0)
    # [0.5/20 + 0.5/80]^-1 = 1/0.03125 = 32
    assert ix.edep(0.5, 0.5, 20, 80) == pytest.approx(32.0)
    # Population shares may be given as percent or head counts: they are normalised.
    assert ix.edep(50, 50, 20, 80) == pytest.approx(32.0)
    assert ix.edep(1_000, 1_000, 20, 80) == pytest.approx(32.0)
    # epsilon = 2 punishes total exclusion: no women gives 0.
    assert ix.edep(0.5, 0.5, 0, 100) == 0.0


def test_indeks_parlemen_dan_pengambilan_keputusan():
    assert ix.indeks_parlemen(50, 50, 0.5, 0.5) == pytest.approx(1.0)
    assert ix.indeks_parlemen(20, 80, 0.5, 0.5) == pytest.approx(0.64)
    # Unequal population shares: [0.49/20 + 0.51/80]^-1 / 50
    assert ix.indeks_pengambilan_keputusan(20, 80, 0.49, 0.51) == pytest.approx(
        1 / (0.49 / 20 + 0.51 / 80) / 50)


def test_komponen_idg_residual():
    k = ix.komponen_idg(idg=76.9, leg_p=21.0, leg_l=79.0, prof_p=48.0, prof_l=52.0, pop_p=0.49, pop_l=0.51)
    assert set(k) == {"i_parlemen", "i_pengambilan_keputusan", "i_pendapatan_residual", "idg"}
    assert k["i_parlemen"] == pytest.approx(1 / (0.49 / 21 + 0.51 / 79) / 50)
    assert k["i_pendapatan_residual"] == pytest.approx(
        ix.komponen_pendapatan_residual(76.9, k["i_parlemen"], k["i_pengambilan_keputusan"]))
    # The residual closes the published IDG exactly.
    total = 100 * (k["i_parlemen"] + k["i_pengambilan_keputusan"] + k["i_pendapatan_residual"]) / 3
    assert total == pytest.approx(76.9, abs=1e-12)
    assert ix.komponen_pendapatan_residual(60.0, 0.5, 0.6) == pytest.approx(0.7)
    assert math.isnan(ix.komponen_idg(None, 21, 79, 48, 52, 0.49, 0.51)["i_pendapatan_residual"])


def test_tidak_ada_streamlit():
    # The maths must stay importable without the UI stack.
    with open(ix.__file__, encoding="utf-8") as f:
        assert "streamlit" not in f.read()
