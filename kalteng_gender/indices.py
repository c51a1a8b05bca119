"""Composite gender indices (IPM, IPG, IDG, IKG) computed from their published components.

Pure, vectorised functions: every numeric argument may be a scalar, a numpy array or a pandas Series, and the
result has the same shape (a Series stays a Series with its index). Missing inputs (None, NaN, pd.NA) give NaN,
never a made-up number. Formulas and golden values: ``docs/formulas.md`` (BPS methods).

Naming: suffix ``_p`` = perempuan (female), ``_l`` = laki-laki (male), as in BPS tables.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "UHH_MIN", "UHH_MAX", "UHH_JK", "HLS_MAX", "RLS_MAX", "PENGELUARAN_MIN", "PENGELUARAN_MAX",
    "IKG_KONSTANTA_KESEHATAN", "LEG_LANTAI_PERSEN", "IKG_INPUT", "DIMENSI_IKG", "NAMA_KOMPONEN_IKG",
    "indeks_kesehatan", "indeks_pendidikan", "indeks_pengeluaran", "ipm", "ipm_per_jk",
    "ipg", "dekomposisi_ipg",
    "edep", "indeks_parlemen", "indeks_pengambilan_keputusan", "komponen_pendapatan_residual", "komponen_idg",
    "ikg", "ikg_dimensi", "ikg_kontrafaktual", "komponen_ikg_kurang",
    "pendorong_perubahan_ikg", "kalimat_pendorong_ikg",
]

# --- IPM goalposts (BPS "metode baru") -------------------------------------------------------------------
UHH_MIN, UHH_MAX = 20.0, 85.0
# IPG shifts the health goalposts by 2.5 years per sex because women biologically live longer (UNDP GDI).
UHH_JK: dict[str, tuple[float, float]] = {"P": (22.5, 87.5), "L": (17.5, 82.5)}
HLS_MAX, RLS_MAX = 18.0, 15.0
PENGELUARAN_MIN, PENGELUARAN_MAX = 1_007_436.0, 26_572_352.0  # Rp/person/year, constant prices

# --- IKG ----------------------------------------------------------------------------------------------------
# Derived from BPS tables; reproduces the published IKG to ±0.0005 (see formulas.md).
IKG_KONSTANTA_KESEHATAN = 5e-5
# UNDP's rule: a legislature with no women is set to 0.1 % so the geometric mean is not zero.
LEG_LANTAI_PERSEN = 0.1

IKG_INPUT: tuple[str, ...] = ("mtf", "mhpk20", "leg_l", "leg_p", "sma_l", "sma_p", "tpak_l", "tpak_p")
DIMENSI_IKG: dict[str, tuple[str, ...]] = {
    "kesehatan reproduksi": ("mtf", "mhpk20"),
    "pemberdayaan": ("leg_l", "leg_p", "sma_l", "sma_p"),
    "pasar kerja": ("tpak_l", "tpak_p"),
}
# Display names of missing inputs; L/P pairs share one name because they are published together.
NAMA_KOMPONEN_IKG: dict[str, str] = {
    "mtf": "MTF (persalinan tidak di fasilitas kesehatan)",
    "mhpk20": "MHPK20 (melahirkan hidup pertama sebelum umur 20)",
    "leg_p": "keterwakilan perempuan di parlemen",
    "leg_l": "keterwakilan perempuan di parlemen",
    "sma_p": "penduduk 25+ berpendidikan SMA ke atas (L/P)",
    "sma_l": "penduduk 25+ berpendidikan SMA ke atas (L/P)",
    "tpak_p": "TPAK (L/P)",
    "tpak_l": "TPAK (L/P)",
}

_MINUS = "\u2212"  # typographic minus, as in BPS releases


# --- helpers ------------------------------------------------------------------------------------------------
def _hilang(x: Any) -> bool:
    """True for a scalar None/NaN/pd.NA."""
    return x is None or (np.ndim(x) == 0 and bool(pd.isna(x)))


def _num(x: Any):
    """Float version of x with missing values as NaN, keeping its shape (Series keep index and name)."""
    if isinstance(x, pd.Series):
        arr = pd.to_numeric(x).to_numpy(dtype="float64", na_value=np.nan)
        return pd.Series(arr, index=x.index, name=x.name)
    if np.ndim(x) == 0:
        return np.float64(np.nan) if _hilang(x) else np.float64(x)
    a = np.asarray(x, dtype=object)
    return np.where(pd.isna(a), np.nan, a).astype("float64")


def _ganti(x, kondisi, nilai):
    """x with `nilai` where `kondisi` holds; np.where would drop a Series' index."""
    if isinstance(x, pd.Series):
        return x.mask(kondisi, nilai)
    out = np.where(kondisi, nilai, x)
    return np.float64(out) if np.ndim(out) == 0 else out


def _ambil(d: Mapping[str, Any], kunci: str) -> Any:
    """Value of `kunci` in d (key case ignored), None when absent."""
    if kunci in d:
        return d[kunci]
    for k, v in d.items():
        if isinstance(k, str) and k.lower() == kunci:
            return v
    return None


# --- IPM ----------------------------------------------------------------------------------------------------
def indeks_kesehatan(uhh, lo=UHH_MIN, hi=UHH_MAX):
    """Health index (UHH − lo)/(hi − lo), 0–1. Not clipped: an out-of-range UHH is a data problem to see."""
    uhh, lo, hi = _num(uhh), _num(lo), _num(hi)
    return (uhh - lo) / (hi - lo)


def indeks_pendidikan(hls, rls):
    """Education index ½·(HLS/18 + RLS/15), 0–1."""
    return 0.5 * (_num(hls) / HLS_MAX + _num(rls) / RLS_MAX)


def indeks_pengeluaran(p):
    """Expenditure index on the log scale; p is adjusted real per-capita expenditure in Rp/person/year."""
    with np.errstate(divide="ignore", invalid="ignore"):  # p <= 0 is invalid data: NaN/-inf, not a crash
        return (np.log(_num(p)) - np.log(PENGELUARAN_MIN)) / (np.log(PENGELUARAN_MAX) - np.log(PENGELUARAN_MIN))


def ipm(uhh, hls, rls, p, *, uhh_lo=UHH_MIN, uhh_hi=UHH_MAX):
    """IPM (0–100): 100 × geometric mean of the three dimension indices.

    ``uhh_lo``/``uhh_hi`` exist only so that :func:`ipm_per_jk` can use the per-sex goalposts.
    """
    i_kes = indeks_kesehatan(uhh, uhh_lo, uhh_hi)
    with np.errstate(invalid="ignore"):  # a negative index has no real cube root: NaN, not a fake value
        return 100.0 * (i_kes * indeks_pendidikan(hls, rls) * indeks_pengeluaran(p)) ** (1.0 / 3.0)


def _batas_uhh(jk):
    """Per-sex UHH goalposts (lo, hi) for jk "P"/"L" (scalar or array-like; missing jk gives NaN)."""
    def satu(v):
        if _hilang(v):
            return (np.nan, np.nan)
        kunci = str(v).strip().upper()
        if kunci not in UHH_JK:
            raise ValueError(f"jk harus 'P' atau 'L', bukan {v!r}")
        return UHH_JK[kunci]

    if isinstance(jk, str) or np.ndim(jk) == 0:
        lo, hi = satu(jk)
        return np.float64(lo), np.float64(hi)
    pasangan = [satu(v) for v in (jk.tolist() if isinstance(jk, pd.Series) else np.ravel(jk).tolist())]
    lo = np.array([a for a, _ in pasangan], dtype="float64")
    hi = np.array([b for _, b in pasangan], dtype="float64")
    if isinstance(jk, pd.Series):
        return pd.Series(lo, index=jk.index), pd.Series(hi, index=jk.index)
    return lo.reshape(np.shape(jk)), hi.reshape(np.shape(jk))


def ipm_per_jk(uhh, hls, rls, p, jk):
    """IPM of one sex for the IPG: jk "P" uses UHH goalposts 22.5–87.5, "L" uses 17.5–82.5."""
    lo, hi = _batas_uhh(jk)
    return ipm(uhh, hls, rls, p, uhh_lo=lo, uhh_hi=hi)


# --- IPG ----------------------------------------------------------------------------------------------------
def ipg(ipm_p, ipm_l):
    """IPG = 100 · IPM_P / IPM_L (100 = parity, above 100 women are ahead)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return 100.0 * _num(ipm_p) / _num(ipm_l)


def dekomposisi_ipg(uhh_p, hls_p, rls_p, p_p, uhh_l, hls_l, rls_l, p_l) -> dict[str, Any]:
    """Exact log split of the IPG into its three dimensions.

    ln(IPG/100) = ⅓ Σ_d [ln I_d,P − ln I_d,L], because each IPM is a geometric mean. Returns a dict with
    each dimension's contribution ("kesehatan", "pendidikan", "pengeluaran"; negative = women behind),
    their sum ("jumlah"), "ln_ipg" = ln(IPG/100), "ipg", "ipm_p" and "ipm_l". With Series inputs every value is
    a Series, so ``pd.DataFrame(result)`` gives one row per region/year.
    """
    lo_p, hi_p = UHH_JK["P"]
    lo_l, hi_l = UHH_JK["L"]
    pasangan = {
        "kesehatan": (indeks_kesehatan(uhh_p, lo_p, hi_p), indeks_kesehatan(uhh_l, lo_l, hi_l)),
        "pendidikan": (indeks_pendidikan(hls_p, rls_p), indeks_pendidikan(hls_l, rls_l)),
        "pengeluaran": (indeks_pengeluaran(p_p), indeks_pengeluaran(p_l)),
    }
    hasil: dict[str, Any] = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        for nama, (i_p, i_l) in pasangan.items():
            hasil[nama] = (np.log(i_p) - np.log(i_l)) / 3.0
        hasil["jumlah"] = hasil["kesehatan"] + hasil["pendidikan"] + hasil["pengeluaran"]
        ipm_p = ipm_per_jk(uhh_p, hls_p, rls_p, p_p, "P")
        ipm_l = ipm_per_jk(uhh_l, hls_l, rls_l, p_l, "L")
        nilai_ipg = ipg(ipm_p, ipm_l)
        hasil["ln_ipg"] = np.log(nilai_ipg / 100.0)
    hasil.update(ipg=nilai_ipg, ipm_p=ipm_p, ipm_l=ipm_l)
    return hasil


# --- IDG ----------------------------------------------------------------------------------------------------
def edep(p_f, p_m, x_f, x_m):
    """Equally distributed equivalent percentage, ε = 2: [P_f/X_f + P_m/X_m]^−1.

    p_f, p_m: population shares (normalised here to sum to 1, so proportions, percentages or head counts all
    work); x_f, x_m: the percentage shares (0–100). 50:50 gives 50; X_f = 0 gives 0.
    """
    p_f, p_m, x_f, x_m = _num(p_f), _num(p_m), _num(x_f), _num(x_m)
    total = p_f + p_m
    with np.errstate(divide="ignore", invalid="ignore"):  # X = 0 → 1/0 = inf → EDEP 0, the ε = 2 limit
        return 1.0 / ((p_f / total) / x_f + (p_m / total) / x_m)


def indeks_parlemen(leg_p, leg_l, pop_p, pop_l):
    """I_par = EDEP of DPRD seat shares (%) / 50; 50:50 gives 1."""
    return edep(pop_p, pop_l, leg_p, leg_l) / 50.0


def indeks_pengambilan_keputusan(prof_p, prof_l, pop_p, pop_l):
    """I_DM = EDEP of the shares (%) of managers, professionals, administrators, technicians / 50."""
    return edep(pop_p, pop_l, prof_p, prof_l) / 50.0


def komponen_pendapatan_residual(idg, i_par, i_dm):
    """Income index as a RESIDUAL: I_inc = 3·IDG/100 − I_par − I_DM.

    BPS's exact income index is not public, so it is backed out of the published IDG. It absorbs rounding of
    the published figures; it is not BPS's own number and must be labelled as such on screen.
    """
    return 3.0 * _num(idg) / 100.0 - _num(i_par) - _num(i_dm)


def komponen_idg(idg, leg_p, leg_l, prof_p, prof_l, pop_p, pop_l) -> dict[str, Any]:
    """All three IDG components from the published IDG, seat shares, professional shares and population shares.

    Returns {"i_parlemen", "i_pengambilan_keputusan", "i_pendapatan_residual", "idg"}; the income index is the
    residual of :func:`komponen_pendapatan_residual`, so 100·⅓·(sum of the three) equals the published IDG.
    """
    i_par = indeks_parlemen(leg_p, leg_l, pop_p, pop_l)
    i_dm = indeks_pengambilan_keputusan(prof_p, prof_l, pop_p, pop_l)
    return {
        "i_parlemen": i_par,
        "i_pengambilan_keputusan": i_dm,
        "i_pendapatan_residual": komponen_pendapatan_residual(idg, i_par, i_dm),
        "idg": _num(idg),
    }


# --- IKG ----------------------------------------------------------------------------------------------------
def _ikg_dari_dimensi(h_f, e_f, e_m, t_f, t_m) -> dict[str, Any]:
    """IKG from dimension values (all fractions). Shared by the index and its counterfactuals."""
    with np.errstate(divide="ignore", invalid="ignore"):
        g_f = (h_f * e_f * t_f) ** (1.0 / 3.0)
        g_m = (1.0 * e_m * t_m) ** (1.0 / 3.0)  # H_m = 1 by construction
        harm = 1.0 / ((1.0 / g_f + 1.0 / g_m) / 2.0)
        g_fm = (((h_f + 1.0) / 2.0) * ((e_f + e_m) / 2.0) * ((t_f + t_m) / 2.0)) ** (1.0 / 3.0)
        nilai = 1.0 - harm / g_fm
    return {"H_f": h_f, "E_f": e_f, "E_m": e_m, "G_f": g_f, "G_m": g_m, "HARM": harm, "G_fm": g_fm, "IKG": nilai}


def _dimensi_ikg(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p):
    """Convert the published inputs to (H_f, E_f, E_m, TPAK_f, TPAK_m) as fractions."""
    mtf, mhpk20 = _num(mtf), _num(mhpk20)
    leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p = (
        _num(v) / 100.0 for v in (leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p)
    )
    leg_p = _ganti(leg_p, leg_p < LEG_LANTAI_PERSEN / 100.0, LEG_LANTAI_PERSEN / 100.0)
    risiko = mtf * mhpk20
    # A zero (or negative) MTF·MHPK20 makes H_f infinite and IKG meaningless: NaN rather than a fake 1.
    risiko = _ganti(risiko, risiko <= 0, np.nan)
    with np.errstate(invalid="ignore"):
        h_f = np.sqrt(IKG_KONSTANTA_KESEHATAN / risiko)
        e_f = np.sqrt(leg_p * sma_p)
        e_m = np.sqrt(leg_l * sma_l)
    return h_f, e_f, e_m, tpak_p, tpak_l


def ikg_dimensi(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p) -> dict[str, Any]:
    """The intermediate values of the IKG: dict with H_f, E_f, E_m, G_f, G_m, HARM, G_fm and IKG.

    Same arguments as :func:`ikg`. With Series inputs ``pd.DataFrame(result)`` gives one row per input row.
    """
    return _ikg_dari_dimensi(*_dimensi_ikg(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p))


def ikg(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p):
    """IKG (0 = equal, 1 = maximal inequality), BPS's adaptation of UNDP's GII.

    mtf, mhpk20: proportions (0–1) of ever-married women 15–49 whose last live birth was not in a health
    facility / whose first live birth was before age 20. leg_*, sma_*, tpak_*: percent (0–100) as BPS
    publishes them: DPRD seat shares, % aged 25+ with SMA or higher, labour-force participation.
    leg_p = 0 is replaced by 0.1 % (UNDP). Any missing input gives NaN.
    """
    return ikg_dimensi(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p)["IKG"]


def ikg_kontrafaktual(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p) -> dict[str, Any]:
    """The IKG if one dimension at a time were at parity: "if this gap were closed, IKG would be Y".

    Returns {"aktual", "kesehatan reproduksi" (H_f = 1), "pemberdayaan" (E_f = E_m, women at men's level),
    "pasar kerja" (TPAK_f = TPAK_m, women at men's level)}. Same arguments as :func:`ikg`.
    """
    h_f, e_f, e_m, t_f, t_m = _dimensi_ikg(mtf, mhpk20, leg_l, leg_p, sma_l, sma_p, tpak_l, tpak_p)
    # The "+ 0·x" terms keep NaN where the replaced value is missing: "IKG would fall from X to Y" needs X,
    # so a region whose actual IKG is unknown gets no counterfactual either (and Series keep their shape).
    return {
        "aktual": _ikg_dari_dimensi(h_f, e_f, e_m, t_f, t_m)["IKG"],
        "kesehatan reproduksi": _ikg_dari_dimensi(h_f * 0.0 + 1.0, e_f, e_m, t_f, t_m)["IKG"],
        "pemberdayaan": _ikg_dari_dimensi(h_f, e_m + e_f * 0.0, e_m, t_f, t_m)["IKG"],
        "pasar kerja": _ikg_dari_dimensi(h_f, e_f, e_m, t_m + t_f * 0.0, t_m)["IKG"],
    }


def komponen_ikg_kurang(komponen: Mapping[str, Any]) -> list[str]:
    """Indonesian names of the IKG inputs that are absent, None or NaN in `komponen` (keys as in :func:`ikg`).

    For array values an input counts as missing if any element is missing. L/P pairs are named once.
    """
    kurang: list[str] = []
    for kunci in IKG_INPUT:
        v = _ambil(komponen, kunci)
        hilang = v is None or bool(np.any(pd.isna(_num(v))))
        nama = NAMA_KOMPONEN_IKG[kunci]
        if hilang and nama not in kurang:
            kurang.append(nama)
    # Keep the documented order (health, parliament, education, labour) whatever the pair order in IKG_INPUT.
    urutan = list(dict.fromkeys(NAMA_KOMPONEN_IKG.values()))
    return sorted(kurang, key=urutan.index)


def _pilih_dominan(perubahan: float, kontribusi: dict[str, float]) -> str | None:
    """Dimension that moved the IKG most in the direction it actually moved (largest |contribution| if flat)."""
    nilai = list(kontribusi.values())
    if _hilang(perubahan) or any(_hilang(v) for v in nilai):
        return None
    nama = list(kontribusi)
    if perubahan < 0:
        i = int(np.argmin(nilai))
    elif perubahan > 0:
        i = int(np.argmax(nilai))
    else:
        i = int(np.argmax(np.abs(nilai)))
    if np.sign(nilai[i]) != np.sign(perubahan):  # no dimension went the same way: the biggest mover instead
        i = int(np.argmax(np.abs(nilai)))
    return nama[i]


def pendorong_perubahan_ikg(komponen_tahun_lalu: Mapping[str, Any], komponen_tahun_ini: Mapping[str, Any]) -> dict:
    """Which dimension drove the change in IKG between two years.

    Each dimension's inputs are switched from last year to this year one at a time, the others held at last
    year; its contribution is the resulting IKG minus last year's IKG. Because the IKG is not additive the
    contributions sum to the actual change only approximately; the remainder is reported as "interaksi".

    Both dicts use the argument names of :func:`ikg`. Returns {"ikg_lalu", "ikg_ini", "perubahan",
    "kontribusi": {dimension: value}, "interaksi", "dominan" (dimension name, None if not computable),
    "kurang_tahun_lalu", "kurang_tahun_ini" (missing inputs, see :func:`komponen_ikg_kurang)}.
    Values may be Series (one element per region); "dominan" is then a Series of names.
    """
    lalu = {k: _ambil(komponen_tahun_lalu, k) for k in IKG_INPUT}
    ini = {k: _ambil(komponen_tahun_ini, k) for k in IKG_INPUT}
    ikg_lalu, ikg_ini = ikg(**lalu), ikg(**ini)
    kontribusi: dict[str, Any] = {}
    for dimensi, kunci in DIMENSI_IKG.items():
        campur = {**lalu, **{k: ini[k] for k in kunci}}
        kontribusi[dimensi] = ikg(**campur) - ikg_lalu
    perubahan = ikg_ini - ikg_lalu
    interaksi = perubahan - sum(kontribusi.values())

    if np.ndim(perubahan) == 0:
        dominan: Any = _pilih_dominan(float(perubahan), {k: float(v) for k, v in kontribusi.items()})
    else:
        n = np.size(perubahan)
        kolom = {k: np.broadcast_to(np.asarray(v, dtype="float64"), np.shape(perubahan)).ravel()
                 for k, v in kontribusi.items()}
        ubah = np.asarray(perubahan, dtype="float64").ravel()
        nama = [_pilih_dominan(ubah[i], {k: kolom[k][i] for k in kolom}) for i in range(n)]
        dominan = (pd.Series(nama, index=perubahan.index, dtype=object) if isinstance(perubahan, pd.Series)
                   else np.array(nama, dtype=object).reshape(np.shape(perubahan)))
    return {
        "ikg_lalu": ikg_lalu,
        "ikg_ini": ikg_ini,
        "perubahan": perubahan,
        "kontribusi": kontribusi,
        "interaksi": interaksi,
        "dominan": dominan,
        "kurang_tahun_lalu": komponen_ikg_kurang(komponen_tahun_lalu),
        "kurang_tahun_ini": komponen_ikg_kurang(komponen_tahun_ini),
    }


def _angka(x: float, tanda: bool = False, lang: str = "id") -> str:
    """3-decimal number with a decimal comma (a point with lang="en"); `tanda` adds +/− (typographic minus)."""
    r = round(float(x), 3)
    teks = f"{abs(r):.3f}"
    teks = teks if lang == "en" else teks.replace(".", ",")
    if r < 0:
        return _MINUS + teks
    return ("+" + teks) if tanda and r != 0 else teks


# The driver sentence in both languages (kalimat_pendorong_ikg)
_PENDORONG = {
    "id": {"turun": "turun", "naik": "naik", "penurunan": "penurunan terbesar", "kenaikan": "kenaikan terbesar",
           "pengaruh": "pengaruh terbesar", "tetap": "IKG tidak berubah pada tiga desimal ({x}).",
           "kalimat": "IKG {arah} dari {a} menjadi {b}; {frasa} berasal dari dimensi {d} ({k})."},
    "en": {"turun": "fell", "naik": "rose", "penurunan": "the largest fall", "kenaikan": "the largest rise",
           "pengaruh": "the largest effect", "tetap": "the IKG did not change at three decimals ({x}).",
           "kalimat": "the IKG {arah} from {a} to {b}; {frasa} came from the {d} dimension ({k})."},
}


def kalimat_pendorong_ikg(hasil: Mapping[str, Any], lang: str = "id", nama_dimensi=lambda d: d) -> str:
    """One plain sentence from the result of :func:`pendorong_perubahan_ikg` (one region), in Bahasa Indonesia
    or, with lang="en", English (`nama_dimensi` names the dimension in that language).

    e.g. "IKG turun dari 0,537 menjadi 0,526; penurunan terbesar berasal dari dimensi kesehatan reproduksi
    (−0,009)." Direction is read from the 3-decimal values so the sentence agrees with the numbers it shows.
    """
    lalu, ini = hasil.get("ikg_lalu"), hasil.get("ikg_ini")
    if np.ndim(lalu) != 0 or np.ndim(ini) != 0:
        raise ValueError("kalimat_pendorong_ikg membuat satu kalimat: berikan hasil untuk satu wilayah")
    dominan = hasil.get("dominan")
    if _hilang(lalu) or _hilang(ini) or dominan is None:
        kurang = list(dict.fromkeys([*hasil.get("kurang_tahun_lalu", []), *hasil.get("kurang_tahun_ini", [])]))
        if kurang:
            return "Perubahan IKG tidak dapat dihitung karena data belum lengkap: " + ", ".join(kurang) + "."
        return "Perubahan IKG tidak dapat dihitung karena data belum lengkap."
    k = _PENDORONG["en" if lang == "en" else "id"]
    r_lalu, r_ini = round(float(lalu), 3), round(float(ini), 3)
    if r_lalu == r_ini:
        return k["tetap"].format(x=_angka(ini, lang=lang))
    kontribusi = float(hasil["kontribusi"][dominan])
    if r_ini < r_lalu:
        arah, frasa = k["turun"], k["penurunan" if kontribusi < 0 else "pengaruh"]
    else:
        arah, frasa = k["naik"], k["kenaikan" if kontribusi > 0 else "pengaruh"]
    return k["kalimat"].format(arah=arah, a=_angka(lalu, lang=lang), b=_angka(ini, lang=lang), frasa=frasa,
                               d=nama_dimensi(dominan), k=_angka(kontribusi, tanda=True, lang=lang))
