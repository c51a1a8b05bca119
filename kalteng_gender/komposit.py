"""IKG, IPG and IDG of a region assembled from the tidy data, checked against the published values.

The maths is in `indices`; this module only finds the inputs, converts units, and turns the results into
tables and sentences:

- MTF and MHPK20 are stored in PERCENT in data/gender_kalteng.csv; `indices.ikg` takes proportions (÷ 100).
- LEG_f is `pct_perempuan_parlemen` (P) and LEG_m = 100 − LEG_f (seat shares add up to 100).
- SMA_f/SMA_m are `pct_sma_keatas` P/L and TPAK_f/TPAK_m are `tpak_agustus` P/L, as BPS uses them.

Inputs come from one year only. A component from another year is never used in a computation; it may be
shown beside the table as "latest available", with its year. When the IKG can be recomputed, any difference
from the published IKG larger than TOLERANSI is shown beside both numbers and never replaces either.
"""
from __future__ import annotations

from collections.abc import Mapping
import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import fmt, indices, regions, sektor
from .teks import t

TOLERANSI = 0.0015  # published IKG and its inputs are rounded to 3 (resp. 2) decimals

# ikg() argument -> (indicator, sex, divisor that turns the stored value into what ikg() expects)
SUMBER_IKG: dict[str, tuple[str, str, float]] = {
    "mtf": ("mtf", "P", 100.0),
    "mhpk20": ("mhpk20", "P", 100.0),
    "leg_p": ("pct_perempuan_parlemen", "P", 1.0),
    "sma_l": ("pct_sma_keatas", "L", 1.0),
    "sma_p": ("pct_sma_keatas", "P", 1.0),
    "tpak_l": ("tpak_agustus", "L", 1.0),
    "tpak_p": ("tpak_agustus", "P", 1.0),
}
INDIKATOR_IKG = tuple(dict.fromkeys(v[0] for v in SUMBER_IKG.values()))

LABEL_INPUT: dict[str, str] = {
    "mtf": "MTF: persalinan terakhir tidak di fasilitas kesehatan (%)",
    "mhpk20": "MHPK20: melahirkan hidup pertama sebelum umur 20 (%)",
    "leg_p": "Kursi DPRD perempuan (%)",
    "leg_l": "Kursi DPRD laki-laki (%) = 100 − perempuan",
    "sma_p": "Penduduk 25+ berpendidikan SMA ke atas, perempuan (%)",
    "sma_l": "Penduduk 25+ berpendidikan SMA ke atas, laki-laki (%)",
    "tpak_p": "TPAK Agustus perempuan (%)",
    "tpak_l": "TPAK Agustus laki-laki (%)",
}
LABEL_PENDEK: dict[str, str] = {
    "mtf": "MTF", "mhpk20": "MHPK20", "leg_p": "kursi DPRD perempuan", "leg_l": "kursi DPRD laki-laki",
    "sma_p": "SMA+ perempuan", "sma_l": "SMA+ laki-laki", "tpak_p": "TPAK perempuan", "tpak_l": "TPAK laki-laki",
}
DIMENSI_INPUT = {k: d for d, ks in indices.DIMENSI_IKG.items() for k in ks}

# Golden rows of docs/formulas.md: BPS Jawa Barat static table and Indonesia 2023. NOT Kalimantan Tengah.
# MTF and MHPK20 are proportions here, exactly as printed in formulas.md.
SUMBER_ACUAN = "BPS, tabel acuan di docs/formulas.md (bukan angka Kalimantan Tengah)"
BARIS_ACUAN = pd.DataFrame(
    [("Jawa Barat", 2018, 0.198, 0.279, 78, 22, 36.55, 28.63, 82.96, 42.25, 0.508),
     ("Jawa Barat", 2019, 0.168, 0.310, 80, 20, 38.24, 28.89, 83.25, 46.33, 0.504),
     ("Jawa Barat", 2020, 0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79, 0.489),
     ("Jawa Barat", 2021, 0.171, 0.298, 79.17, 20.83, 40.99, 33.12, 81.68, 47.88, 0.493),
     ("Jawa Barat", 2022, 0.169, 0.299, 78.15, 21.85, 41.24, 35.36, 83.93, 48.01, 0.490),
     ("Indonesia", 2023, 0.126, 0.258, 77.86, 22.14, 42.62, 37.60, 84.26, 54.52, 0.447)],
    columns=["wilayah", "tahun", *indices.IKG_INPUT, "ikg_terbit"],
)

# "How it is calculated": indicator -> dimension -> index, for the diagram.
STRUKTUR: dict[str, dict[str, list[str]]] = {
    "ikg": {
        "Kesehatan reproduksi": ["MTF", "MHPK20"],
        "Pemberdayaan": ["Kursi DPRD P/L", "SMA+ 25 tahun ke atas P/L"],
        "Pasar kerja": ["TPAK P/L"],
    },
    "ipg": {
        "Kesehatan (IPM P/L)": ["UHH P/L"],
        "Pendidikan (IPM P/L)": ["HLS P/L", "RLS P/L"],
        "Pengeluaran (IPM P/L)": ["Pengeluaran per kapita P/L"],
    },
    "idg": {
        "Keterlibatan parlemen": ["Kursi DPRD P/L", "Penduduk P/L"],
        "Pengambilan keputusan": ["Tenaga profesional P/L", "Penduduk P/L"],
        "Distribusi pendapatan": ["Sumbangan pendapatan perempuan"],
    },
}
# diagram node -> the tidy indicators it needs (all of them, for the given sexes)
SIMPUL_INDIKATOR: dict[str, list[tuple[str, str]]] = {
    "MTF": [("mtf", "P")], "MHPK20": [("mhpk20", "P")],
    "Kursi DPRD P/L": [("pct_perempuan_parlemen", "P")],
    "SMA+ 25 tahun ke atas P/L": [("pct_sma_keatas", "P"), ("pct_sma_keatas", "L")],
    "TPAK P/L": [("tpak_agustus", "P"), ("tpak_agustus", "L")],
    "UHH P/L": [("uhh", "P"), ("uhh", "L")], "HLS P/L": [("hls", "P"), ("hls", "L")],
    "RLS P/L": [("rls", "P"), ("rls", "L")],
    "Pengeluaran per kapita P/L": [("pengeluaran_per_kapita", "P"), ("pengeluaran_per_kapita", "L")],
    "Penduduk P/L": [("pct_penduduk_jk", "P"), ("pct_penduduk_jk", "L")],
    "Tenaga profesional P/L": [("pct_perempuan_profesional", "P")],
    "Sumbangan pendapatan perempuan": [("sumbangan_pendapatan_perempuan", "P")],
}
NAMA_INDEKS = {"ikg": "IKG", "ipg": "IPG", "idg": "IDG"}
RUMUS: dict[str, list[str]] = {
    "ikg": [
        r"H_P = \sqrt{\dfrac{0{,}00005}{MTF \cdot MHPK20}},\quad H_L = 1",
        r"E_P = \sqrt{LEG_P \cdot SMA_P},\quad E_L = \sqrt{LEG_L \cdot SMA_L}",
        r"G_P = (H_P\,E_P\,TPAK_P)^{1/3},\quad G_L = (E_L\,TPAK_L)^{1/3}",
        r"HARM = \left[\tfrac{1}{2}\left(\tfrac{1}{G_P} + \tfrac{1}{G_L}\right)\right]^{-1},\quad "
        r"G_{PL} = \left(\tfrac{H_P+1}{2}\cdot\tfrac{E_P+E_L}{2}\cdot\tfrac{TPAK_P+TPAK_L}{2}\right)^{1/3}",
        r"IKG = 1 - \dfrac{HARM}{G_{PL}}",
    ],
    "ipg": [
        r"IPM_j = 100\,(I_{kes,j}\cdot I_{pend,j}\cdot I_{peng,j})^{1/3},\quad j \in \{P, L\}",
        r"IPG = 100 \cdot \dfrac{IPM_P}{IPM_L}",
        r"\ln\dfrac{IPG}{100} = \tfrac{1}{3}\sum_d \left(\ln I_{d,P} - \ln I_{d,L}\right)",
    ],
    "idg": [
        r"EDEP = \left[\dfrac{P_P}{X_P} + \dfrac{P_L}{X_L}\right]^{-1}\quad(\varepsilon = 2)",
        r"I_{par} = EDEP_{par}/50,\quad I_{DM} = EDEP_{DM}/50",
        r"IDG = 100 \cdot \tfrac{1}{3}\,(I_{par} + I_{DM} + I_{inc})",
    ],
}
KETERANGAN_RUMUS = {
    "ikg": "Persentase diubah ke pecahan dulu (MTF, MHPK20, LEG, SMA, TPAK). Parlemen tanpa perempuan memakai 0,1 %. "
           "0 = setara, 1 = timpang maksimal.",
    "ipg": "Batas UHH perempuan 22,5–87,5 tahun, laki-laki 17,5–82,5 tahun. 100 = setara.",
    "idg": "Indeks pendapatan (I_inc) tidak dipublikasikan BPS dan dihitung sebagai sisa: 3·IDG/100 − I_par − I_DM.",
}
KETERANGAN_RUMUS_EN = {
    "ikg": "Percentages are turned into fractions first (MTF, MHPK20, LEG, SMA, TPAK). A parliament without women "
           "uses 0.1 %. 0 = parity, 1 = maximum inequality.",
    "ipg": "Female life expectancy bounded to 22.5–87.5 years, male to 17.5–82.5 years. 100 = parity.",
    "idg": "The income index (I_inc) is not published by BPS and is computed as a remainder: 3·IDG/100 − I_par − "
           "I_DM.",
}
SUMBER_ACUAN_EN = "BPS, reference table in docs/formulas.md (not Central Kalimantan figures)"

# Indonesian names of this module (dimensions, components, diagram nodes) in English; region names stay as they are
NAMA_EN: dict[str, str] = {
    "kesehatan reproduksi": "reproductive health", "pemberdayaan": "empowerment", "pasar kerja": "labour market",
    "MTF: persalinan terakhir tidak di fasilitas kesehatan (%)": "MTF: last live birth not in a health facility (%)",
    "MHPK20: melahirkan hidup pertama sebelum umur 20 (%)": "MHPK20: first live birth before age 20 (%)",
    "Kursi DPRD perempuan (%)": "DPRD seats held by women (%)",
    "Kursi DPRD laki-laki (%) = 100 − perempuan": "DPRD seats held by men (%) = 100 − women",
    "Penduduk 25+ berpendidikan SMA ke atas, perempuan (%)": "Population 25+ with upper-secondary education, women (%)",
    "Penduduk 25+ berpendidikan SMA ke atas, laki-laki (%)": "Population 25+ with upper-secondary education, men (%)",
    "TPAK Agustus perempuan (%)": "Labour force participation (August), women (%)",
    "TPAK Agustus laki-laki (%)": "Labour force participation (August), men (%)",
    "kursi DPRD perempuan": "women's DPRD seats", "kursi DPRD laki-laki": "men's DPRD seats",
    "SMA+ perempuan": "upper-secondary+ women", "SMA+ laki-laki": "upper-secondary+ men",
    "TPAK perempuan": "women's labour force participation", "TPAK laki-laki": "men's labour force participation",
    "Kesehatan reproduksi": "Reproductive health", "Pemberdayaan": "Empowerment", "Pasar kerja": "Labour market",
    "Kursi DPRD P/L": "DPRD seats F/M", "SMA+ 25 tahun ke atas P/L": "Upper-secondary+ aged 25+ F/M",
    "TPAK P/L": "Labour force participation F/M", "Kesehatan (IPM P/L)": "Health (HDI F/M)",
    "Pendidikan (IPM P/L)": "Education (HDI F/M)", "Pengeluaran (IPM P/L)": "Expenditure (HDI F/M)",
    "UHH P/L": "Life expectancy F/M", "HLS P/L": "Expected years of schooling F/M",
    "RLS P/L": "Mean years of schooling F/M", "Pengeluaran per kapita P/L": "Per-capita expenditure F/M",
    "Keterlibatan parlemen": "Parliamentary involvement", "Pengambilan keputusan": "Decision-making",
    "Distribusi pendapatan": "Income distribution", "Penduduk P/L": "Population F/M",
    "Tenaga profesional P/L": "Professionals F/M", "Sumbangan pendapatan perempuan": "Women's income contribution",
    "Kursi DPRD": "DPRD seats", "Tenaga profesional": "Professionals", "Sumbangan pendapatan": "Income contribution",
    "UHH": "life expectancy", "HLS": "expected years of schooling", "RLS": "mean years of schooling",
    "pengeluaran per kapita": "per-capita expenditure", "TPAK Agustus": "labour force participation (August)",
    "kursi DPRD": "DPRD seats", "penduduk 25+ berpendidikan SMA ke atas": "population 25+ with upper-secondary "
                                                                        "education",
    "pangsa kursi DPRD perempuan": "women's share of DPRD seats",
    "pangsa perempuan di antara tenaga profesional": "women's share of professionals",
    "IDG terbit": "published IDG",
}


def sebut(teks: str, lang: str = "id") -> str:
    """A name of this module (dimension, component, diagram node) in the reader's language."""
    return NAMA_EN.get(teks, teks) if lang == "en" else teks


def _kurang(daftar, lang: str) -> list[str]:
    """Missing IKG components (indices.NAMA_KOMPONEN_IKG, Indonesian) in the reader's language."""
    from .teks import t
    return [t(k, lang) for k in daftar]


def _a(x, d: int = 3, tanda: bool = False, lang: str = "id") -> str:
    return fmt.angka(x, d, tanda, lang)


def struktur(indeks: str, tersedia: dict[str, bool], lang: str = "id") -> tuple[dict[str, list[str]], dict]:
    """STRUKTUR[indeks] and its availability (tersedia_simpul) with the names in the reader's language."""
    return ({sebut(d, lang): [sebut(i, lang) for i in inds] for d, inds in STRUKTUR[indeks].items()},
            {sebut(k, lang): v for k, v in tersedia.items()})


# --- assembling the IKG inputs ---------------------------------------------------------------------------
def _nilai(df: pd.DataFrame, kode: str, tahun: int, ind: str, jk: str) -> float:
    s = df[(df["kode_bps"] == kode) & (df["tahun"] == tahun) & (df["indikator"] == ind)
           & (df["jenis_kelamin"] == jk)]["nilai"]
    return float(s.iloc[0]) if len(s) else np.nan


def input_ikg(df: pd.DataFrame, kode: str, tahun: int) -> dict[str, float]:
    """The eight `indices.ikg` arguments for one region-year (NaN where not published that year).

    MTF/MHPK20 are returned as proportions, the rest in percent; leg_l = 100 − leg_p.
    """
    out = {k: _nilai(df, kode, int(tahun), ind, jk) / bagi for k, (ind, jk, bagi) in SUMBER_IKG.items()}
    out["leg_l"] = 100.0 - out["leg_p"]
    return {k: out[k] for k in indices.IKG_INPUT}


def ikg_terbit(df: pd.DataFrame, kode: str, tahun: int) -> float:
    return _nilai(df, kode, int(tahun), "ikg", "T")


def tahun_ikg(df: pd.DataFrame, kode: str) -> list[int]:
    """Years with a published IKG or any IKG input for the region, newest first."""
    sel = df[(df["kode_bps"] == kode) & df["indikator"].isin(("ikg", *INDIKATOR_IKG))]
    return sorted(sel["tahun"].astype(int).unique().tolist(), reverse=True)


def tahun_ikg_terbit(df: pd.DataFrame, kode: str) -> int | None:
    """Latest year with a published IKG for the region, None if there is none."""
    terbit = df[(df["kode_bps"] == kode) & (df["indikator"] == "ikg")]["tahun"]
    return int(terbit.max()) if len(terbit) else None


def tahun_bawaan(df: pd.DataFrame, kode: str) -> int | None:
    """Default year of the page: the latest published IKG, else the latest year with any input, else None."""
    terbit = tahun_ikg_terbit(df, kode)
    if terbit is not None:
        return terbit
    semua = tahun_ikg(df, kode)
    return semua[0] if semua else None


def status_cek(terbit: float, hitung: float, kurang: list[str], lang: str = "id") -> str:
    """Plain-language outcome of comparing a recomputed IKG with the published one."""
    if lang == "en":
        if kurang:
            return "cannot be recomputed: missing " + ", ".join(_kurang(kurang, lang))
        if pd.isna(terbit):
            return f"computed {_a(hitung, 3, lang=lang)}; the published IKG is not in the data"
        selisih = hitung - terbit
        if abs(selisih) > TOLERANSI:
            return (f"DIFFERENT: computed {_a(hitung, 4, lang=lang)} vs published {_a(terbit, 3, lang=lang)} "
                    f"(difference {_a(selisih, 4, True, lang)}, above the tolerance {_a(TOLERANSI, 4, lang=lang)})")
        return (f"agrees: computed {_a(hitung, 4, lang=lang)} vs published {_a(terbit, 3, lang=lang)} "
                f"(difference ≤ {_a(TOLERANSI, 4, lang=lang)})")
    if kurang:
        return "tidak dapat dihitung ulang: kurang " + ", ".join(kurang)
    if pd.isna(terbit):
        return f"dihitung {fmt.angka(hitung, 3)}; IKG terbit tidak ada di data"
    selisih = hitung - terbit
    if abs(selisih) > TOLERANSI:
        return (f"BERBEDA: dihitung {fmt.angka(hitung, 4)} vs terbit {fmt.angka(terbit, 3)} "
                f"(selisih {fmt.angka(selisih, 4, tanda=True)}, di atas toleransi {fmt.angka(TOLERANSI, 4)})")
    return f"sesuai: dihitung {fmt.angka(hitung, 4)} vs terbit {fmt.angka(terbit, 3)} (selisih ≤ {fmt.angka(TOLERANSI, 4)})"


def tabel_ikg(df: pd.DataFrame, kode: str, tahun: list[int] | None = None, lang: str = "id") -> pd.DataFrame:
    """One row per year: the inputs, published and recomputed IKG, difference, flag and missing components.

    Columns: tahun, the eight inputs, ikg_terbit, ikg_hitung (NaN unless complete), selisih, beda (|selisih| >
    TOLERANSI), kurang (list of Indonesian names from `indices.komponen_ikg_kurang`), status (sentence).
    """
    daftar = tahun if tahun is not None else sorted(tahun_ikg(df, kode))
    df = df[(df["kode_bps"] == kode) & df["indikator"].isin(("ikg", *INDIKATOR_IKG))]  # smaller frame to search
    baris = []
    for th in daftar:
        inp = input_ikg(df, kode, th)
        kurang = indices.komponen_ikg_kurang(inp)
        terbit = ikg_terbit(df, kode, th)
        hitung = float(indices.ikg(**inp)) if not kurang else np.nan
        selisih = hitung - terbit
        baris.append({"tahun": int(th), **inp, "ikg_terbit": terbit, "ikg_hitung": hitung, "selisih": selisih,
                      "beda": bool(abs(selisih) > TOLERANSI) if not pd.isna(selisih) else False,
                      "kurang": kurang, "status": status_cek(terbit, hitung, kurang, lang)})
    kolom = ["tahun", *indices.IKG_INPUT, "ikg_terbit", "ikg_hitung", "selisih", "beda", "kurang", "status"]
    return pd.DataFrame(baris, columns=kolom)


def frame_dari_input(inp: Mapping[str, float], kode: str, tahun: int, ikg: float | None = None,
                     wilayah: str | None = None) -> pd.DataFrame:
    """A tidy frame (data/gender_kalteng.csv layout) holding IKG inputs the way the project stores them.

    `inp` uses the `indices.ikg` argument names (MTF/MHPK20 as proportions); they are stored in percent.
    leg_l is not stored (only the women's share is published). Used for the golden-row check and tests.
    """
    baris = []
    for k, (ind, jk, bagi) in SUMBER_IKG.items():
        v = inp.get(k)
        if v is None or pd.isna(v):
            continue
        baris.append((ind, jk, float(v) * bagi, "persen"))
    if ikg is not None and not pd.isna(ikg):
        baris.append(("ikg", "T", float(ikg), "indeks (0-1)"))
    return pd.DataFrame([{"kode_bps": kode, "wilayah": wilayah or regions.NAMA.get(kode, kode), "tahun": int(tahun),
                          "indikator": i, "jenis_kelamin": jk, "nilai": v, "satuan": s,
                          "sumber": SUMBER_ACUAN, "catatan": ""} for i, jk, v, s in baris])


def cek_acuan(lang: str = "id") -> pd.DataFrame:
    """The golden rows pushed through the same path as Kalteng's data: stored in percent, assembled, computed.

    Columns: wilayah, tahun, ikg_terbit, ikg_hitung, selisih, beda, status, sumber.
    """
    hasil = []
    for _, r in BARIS_ACUAN.iterrows():
        kode = f"{r['wilayah']} {r['tahun']}"
        frame = frame_dari_input(r.to_dict(), kode, r["tahun"], r["ikg_terbit"], r["wilayah"])
        t = tabel_ikg(frame, kode, [int(r["tahun"])], lang).iloc[0]
        hasil.append({"wilayah": r["wilayah"], "tahun": int(r["tahun"]), "ikg_terbit": t["ikg_terbit"],
                      "ikg_hitung": t["ikg_hitung"], "selisih": t["selisih"], "beda": t["beda"],
                      "status": t["status"], "sumber": SUMBER_ACUAN_EN if lang == "en" else SUMBER_ACUAN})
    return pd.DataFrame(hasil)


def acuan(wilayah: str, tahun: int) -> dict[str, float] | None:
    """Inputs of a golden row (e.g. 'Indonesia', 2023) or None."""
    r = BARIS_ACUAN[(BARIS_ACUAN["wilayah"] == wilayah) & (BARIS_ACUAN["tahun"] == int(tahun))]
    if r.empty:
        return None
    return {k: float(r.iloc[0][k]) for k in (*indices.IKG_INPUT, "ikg_terbit")}


# --- dimensions, counterfactuals, driver -----------------------------------------------------------------
# (dimension, note) of the three rows of `dimensi_pl`, one set per language.
_DIMENSI_PL = {
    "id": [("kesehatan reproduksi", "H_P dari MTF dan MHPK20; diukur pada perempuan saja, tanpa pembanding laki-laki"),
           ("pemberdayaan", "akar (pangsa kursi DPRD × pangsa SMA+)"), ("pasar kerja", "TPAK sebagai pecahan")],
    "en": [("reproductive health", "H_F from MTF and MHPK20; measured on women only, with no male comparison"),
           ("empowerment", "root of (DPRD seat share × upper-secondary+ share)"),
           ("labour market", "labour force participation as a fraction")],
}


def dimensi_pl(inp: Mapping[str, float], lang: str = "id") -> pd.DataFrame:
    """Female and male value of each IKG dimension (0–1); a dimension whose inputs are missing stays NaN.

    Computed per dimension, so a partly complete year still shows the dimensions it can.
    """
    d = indices.ikg_dimensi(**{k: inp.get(k, np.nan) for k in indices.IKG_INPUT})
    tp, tl = inp.get("tpak_p", np.nan), inp.get("tpak_l", np.nan)
    nilai = [(float(d["H_f"]), np.nan), (float(d["E_f"]), float(d["E_m"])), (tp / 100.0, tl / 100.0)]
    return pd.DataFrame([{"dimensi": dim, "perempuan": p, "laki_laki": l, "catatan": c}
                         for (dim, c), (p, l) in zip(_DIMENSI_PL["en" if lang == "en" else "id"], nilai)])


def kalimat_kontrafaktual(dimensi: str, aktual: float, setara: float, lang: str = "id") -> str:
    """'Jika dimensi pasar kerja setara, IKG turun dari 0,490 ke 0,403.'"""
    if lang == "en":
        dim = sebut(dimensi, lang)
        if pd.isna(aktual) or pd.isna(setara):
            return f"If the {dim} dimension were at parity: cannot be computed because components are incomplete."
        ra, rs = round(aktual, 3), round(setara, 3)
        if ra == rs:
            return f"If the {dim} dimension were at parity, the IKG would stay at {_a(aktual, lang=lang)}."
        kata = "fall" if rs < ra else "rise"
        return (f"If the {dim} dimension were at parity, the IKG would {kata} from {_a(aktual, lang=lang)} to "
                f"{_a(setara, lang=lang)}.")
    if pd.isna(aktual) or pd.isna(setara):
        return f"Jika dimensi {dimensi} setara: tidak dapat dihitung karena komponen belum lengkap."
    kata = "turun" if round(setara, 3) < round(aktual, 3) else ("naik" if round(setara, 3) > round(aktual, 3)
                                                                else "tetap")
    if kata == "tetap":
        return f"Jika dimensi {dimensi} setara, IKG tetap {fmt.angka(aktual, 3)}."
    return f"Jika dimensi {dimensi} setara, IKG {kata} dari {fmt.angka(aktual, 3)} ke {fmt.angka(setara, 3)}."


def kontrafaktual(inp: Mapping[str, float], lang: str = "id") -> pd.DataFrame:
    """IKG with one dimension at a time at parity. Columns: dimensi, ikg_aktual, ikg_setara, turun, kalimat."""
    k = indices.ikg_kontrafaktual(**{x: inp.get(x, np.nan) for x in indices.IKG_INPUT})
    aktual = float(k["aktual"])
    baris = []
    for dim in indices.DIMENSI_IKG:
        setara = float(k[dim])
        baris.append({"dimensi": sebut(dim, lang), "ikg_aktual": aktual, "ikg_setara": setara,
                      "turun": aktual - setara, "kalimat": kalimat_kontrafaktual(dim, aktual, setara, lang)})
    return pd.DataFrame(baris)


def _tahun_sebelumnya(df: pd.DataFrame, kode: str, tahun: int) -> int | None:
    """The previous year with a published IKG or any input (the comparison year for the driver sentence)."""
    lalu = [t for t in tahun_ikg(df, kode) if t < int(tahun)]
    terbit = [t for t in lalu if not pd.isna(ikg_terbit(df, kode, t))]
    if terbit:
        return max(terbit)
    return max(lalu) if lalu else None


_PERUBAHAN = {
    "id": {"tanpa_lalu": "Belum ada tahun sebelum {tahun} untuk {nama}, jadi perubahan IKG belum dapat dibahas.",
           "arah": {"naik": "naik", "turun": "turun", "tetap": "tetap"},
           "makna": {"naik": "ketimpangan bertambah", "turun": "ketimpangan berkurang", "tetap": "tidak berubah"},
           "terbit": "Menurut angka BPS, IKG {nama} {arah} dari {a} ({lalu}) menjadi {b} ({tahun}), {makna}.",
           "tak_lengkap": "IKG terbit {nama} untuk {lalu} dan {tahun} tidak lengkap di data.",
           "kurang": "{awal} Dimensi pendorongnya tidak dapat dihitung karena komponen belum lengkap: {kurang}.",
           "buruk": " (memburuk bagi perempuan)", "baik": " (membaik)", "tetap": " (tetap)",
           "gerak": " Komponen yang ada di kedua tahun: {gerak}."},
    "en": {"tanpa_lalu": "There is no year before {tahun} for {nama} yet, so the IKG's change cannot be discussed.",
           "arah": {"naik": "rose", "turun": "fell", "tetap": "stayed"},
           "makna": {"naik": "inequality increased", "turun": "inequality decreased", "tetap": "no change"},
           "terbit": "By BPS's figures, the IKG of {nama} {arah} from {a} ({lalu}) to {b} ({tahun}): {makna}.",
           "tak_lengkap": "The published IKG of {nama} for {lalu} and {tahun} is incomplete in the data.",
           "kurang": "{awal} The driving dimension cannot be computed because components are incomplete: "
                     "{kurang}.",
           "buruk": " (worse for women)", "baik": " (better)", "tetap": " (unchanged)",
           "gerak": " Components present in both years: {gerak}."},
}


def kalimat_perubahan(df: pd.DataFrame, kode: str, tahun: int, lang: str = "id") -> str:
    """One plain sentence on what drove the IKG's change since the previous year, built from the numbers.

    With complete inputs in both years the driver comes from `indices.pendorong_perubahan_ikg`. Otherwise the
    published change is reported, the missing components are named, and the inputs present in both years
    are quoted with the direction they moved. Nothing is filled in.
    """
    tahun = int(tahun)
    k = _PERUBAHAN["en" if lang == "en" else "id"]
    lalu = _tahun_sebelumnya(df, kode, tahun)
    wil = regions.NAMA.get(kode, kode)
    if lalu is None:
        return k["tanpa_lalu"].format(tahun=tahun, nama=wil)
    a, b = input_ikg(df, kode, lalu), input_ikg(df, kode, tahun)
    hasil = indices.pendorong_perubahan_ikg(a, b)
    if hasil["dominan"] is not None and not pd.isna(hasil["ikg_lalu"]) and not pd.isna(hasil["ikg_ini"]):
        return f"{wil} {lalu}→{tahun}: " + indices.kalimat_pendorong_ikg(hasil, lang, lambda d: sebut(d, lang))
    t_lalu, t_ini = ikg_terbit(df, kode, lalu), ikg_terbit(df, kode, tahun)
    if not pd.isna(t_lalu) and not pd.isna(t_ini):
        arah = ("naik" if round(t_ini, 3) > round(t_lalu, 3) else
                "turun" if round(t_ini, 3) < round(t_lalu, 3) else "tetap")
        awal = k["terbit"].format(nama=wil, arah=k["arah"][arah], a=_a(t_lalu, 3, lang=lang), lalu=lalu,
                                  b=_a(t_ini, 3, lang=lang), tahun=tahun, makna=k["makna"][arah])
    else:
        awal = k["tak_lengkap"].format(nama=wil, lalu=lalu, tahun=tahun)
    kurang = list(dict.fromkeys([*hasil["kurang_tahun_lalu"], *hasil["kurang_tahun_ini"]]))
    teks = k["kurang"].format(awal=awal, kurang=", ".join(_kurang(kurang, lang)))
    gerak = []
    for kunci, (ind, jk, bagi) in SUMBER_IKG.items():
        va, vb = a[kunci] * bagi, b[kunci] * bagi
        if pd.isna(va) or pd.isna(vb):
            continue
        lebih_baik_naik = kunci in ("leg_p", "sma_p", "tpak_p")
        memburuk = (vb < va) if lebih_baik_naik else (vb > va)
        if kunci in ("sma_l", "tpak_l"):
            arti = ""
        else:
            arti = k["buruk"] if memburuk else (k["baik"] if vb != va else k["tetap"])
        gerak.append(f"{sebut(LABEL_PENDEK[kunci], lang)} {_a(va, 2, lang=lang)} → {_a(vb, 2, lang=lang)} %{arti}")
    if gerak:
        teks += k["gerak"].format(gerak="; ".join(gerak))
    return teks


# --- tables and sentences for the page ---------------------------------------------------------------------
def terakhir_tersedia(df: pd.DataFrame, kode: str, ind: str, jk: str, sampai: int | None = None) -> tuple[float, float]:
    """(value, year) of the latest published figure up to `sampai` (for display only, never for computing)."""
    s = df[(df["kode_bps"] == kode) & (df["indikator"] == ind) & (df["jenis_kelamin"] == jk)]
    if sampai is not None:
        s = s[s["tahun"] <= int(sampai)]
    if s.empty:
        return np.nan, np.nan
    r = s.sort_values("tahun").iloc[-1]
    return float(r["nilai"]), int(r["tahun"])


def tabel_komponen(df: pd.DataFrame, kode: str, tahun: int, lang: str = "id") -> pd.DataFrame:
    """The IKG inputs of one region-year as printed (percent), with the Indonesia golden row where its year
    matches, and for a missing input the latest earlier value with its year (shown, never used).

    Columns: kunci, komponen, dimensi, nilai, indonesia_acuan, terakhir_tersedia.
    """
    inp = input_ikg(df, kode, tahun)
    ref = acuan("Indonesia", tahun)
    baris = []
    for k in indices.IKG_INPUT:
        bagi = SUMBER_IKG[k][2] if k in SUMBER_IKG else 1.0
        v = inp[k] * bagi
        terakhir = ""
        if pd.isna(v) and k in SUMBER_IKG:
            ind, jk, _ = SUMBER_IKG[k]
            tv, tt = terakhir_tersedia(df, kode, ind, jk, tahun)
            terakhir = f"{_a(tv, 2, lang=lang)} ({tt})" if not pd.isna(tv) else _a(np.nan, lang=lang)
        elif pd.isna(v) and k == "leg_l":
            tv, tt = terakhir_tersedia(df, kode, "pct_perempuan_parlemen", "P", tahun)
            terakhir = f"{_a(100 - tv, 2, lang=lang)} ({tt})" if not pd.isna(tv) else _a(np.nan, lang=lang)
        baris.append({"kunci": k, "komponen": sebut(LABEL_INPUT[k], lang), "dimensi": sebut(DIMENSI_INPUT[k], lang),
                      "nilai": v,
                      "indonesia_acuan": ref[k] * bagi if ref else np.nan, "terakhir_tersedia": terakhir})
    return pd.DataFrame(baris)


# The sentences of `penjelasan_ikg`, one set per language (same figures, same choices).
_PENJELASAN = {
    "id": {"terbit": "IKG {nama} {tahun} (angka terbit): {v}{banding}.",
           "timpang": ", lebih timpang daripada Indonesia",
           "setara": ", lebih setara daripada Indonesia", "sama": ", sama dengan Indonesia",
           "kosong": "IKG {nama} {tahun}: belum ada angka terbit di data ({kosong}).",
           "mtf": "{v} % perempuan pernah kawin 15–49 tahun melahirkan anak terakhir tidak di fasilitas kesehatan "
                  "(MTF){ref}",
           "mhpk20": "{v} % melahirkan anak pertama sebelum umur 20 (MHPK20){ref}",
           "kespro": "Kesehatan reproduksi: ", "leg": "perempuan memegang {v} % kursi DPRD{ref}",
           "vs": " vs laki-laki {v} %", "sma": "{v} % perempuan 25+ berpendidikan SMA ke atas{l}",
           "pemberdayaan": "Pemberdayaan: ", "tpak_l": " vs laki-laki {v} % (selisih {d} poin)",
           "tpak": "Pasar kerja: TPAK perempuan {v} %{l}{r}.",
           "kurang": "Tidak ada di data untuk {tahun}: {kurang}. Karena itu IKG {tahun} tidak dapat dihitung ulang dan "
                     "angka yang ditampilkan adalah angka terbit BPS.",
           "acuan": "Angka Indonesia {tahun} di atas berasal dari {sumber}."},
    "en": {"terbit": "IKG {nama} {tahun} (published): {v}{banding}.",
           "timpang": ", more unequal than Indonesia",
           "setara": ", more equal than Indonesia", "sama": ", the same as Indonesia",
           "kosong": "IKG {nama} {tahun}: no published figure in the data yet ({kosong}).",
           "mtf": "{v} % of ever-married women aged 15–49 had their last live birth outside a health facility "
                  "(MTF){ref}",
           "mhpk20": "{v} % had their first live birth before age 20 (MHPK20){ref}",
           "kespro": "Reproductive health: ", "leg": "women hold {v} % of DPRD seats{ref}",
           "vs": " vs men {v} %", "sma": "{v} % of women aged 25+ have upper-secondary education or more{l}",
           "pemberdayaan": "Empowerment: ", "tpak_l": " vs men {v} % (gap {d} points)",
           "tpak": "Labour market: women's labour force participation {v} %{l}{r}.",
           "kurang": "Not in the data for {tahun}: {kurang}. So the {tahun} IKG cannot be recomputed and the figure "
                     "shown is BPS's published one.",
           "acuan": "The Indonesia {tahun} figures above come from {sumber}."},
}


def penjelasan_ikg(df: pd.DataFrame, kode: str, tahun: int, lang: str = "id") -> list[str]:
    """Sentences explaining a region's IKG in a year from the components the data hold, naming the rest."""
    tahun = int(tahun)
    k_ = _PENJELASAN["en" if lang == "en" else "id"]
    nama = regions.NAMA.get(kode, kode)
    inp = input_ikg(df, kode, tahun)
    kurang = indices.komponen_ikg_kurang(inp)
    terbit = ikg_terbit(df, kode, tahun)
    nas = _nilai(df, regions.NASIONAL, tahun, "ikg", "T")
    ref = acuan("Indonesia", tahun)
    out = []
    if not pd.isna(terbit):
        banding = ""
        if not pd.isna(nas) and kode != regions.NASIONAL:
            banding = k_["timpang" if terbit > nas else "setara" if terbit < nas else "sama"]
            banding += f" ({_a(nas, 3, lang=lang)})"
        out.append(k_["terbit"].format(nama=nama, tahun=tahun, v=_a(terbit, 3, lang=lang), banding=banding))
    else:
        out.append(k_["kosong"].format(nama=nama, tahun=tahun, kosong=_a(np.nan, lang=lang)))

    def _ref(k: str, bagi: float = 1.0) -> str:
        return f" (Indonesia {tahun}: {_a(ref[k] * bagi, 2, lang=lang)} %)" if ref else ""

    if not pd.isna(inp["mtf"]) or not pd.isna(inp["mhpk20"]):
        bag = []
        if not pd.isna(inp["mtf"]):
            bag.append(k_["mtf"].format(v=_a(inp["mtf"] * 100, 2, lang=lang), ref=_ref("mtf", 100)))
        if not pd.isna(inp["mhpk20"]):
            bag.append(k_["mhpk20"].format(v=_a(inp["mhpk20"] * 100, 2, lang=lang), ref=_ref("mhpk20", 100)))
        out.append(k_["kespro"] + "; ".join(bag) + ".")
    if not pd.isna(inp["leg_p"]) or not pd.isna(inp["sma_p"]):
        bag = []
        if not pd.isna(inp["leg_p"]):
            bag.append(k_["leg"].format(v=_a(inp["leg_p"], 2, lang=lang), ref=_ref("leg_p")))
        if not pd.isna(inp["sma_p"]):
            l = k_["vs"].format(v=_a(inp["sma_l"], 2, lang=lang)) if not pd.isna(inp["sma_l"]) else ""
            bag.append(k_["sma"].format(v=_a(inp["sma_p"], 2, lang=lang), l=l))
        out.append(k_["pemberdayaan"] + "; ".join(bag) + ".")
    if not pd.isna(inp["tpak_p"]):
        l = ""
        if not pd.isna(inp["tpak_l"]):
            l = k_["tpak_l"].format(v=_a(inp["tpak_l"], 2, lang=lang),
                                    d=_a(inp["tpak_p"] - inp["tpak_l"], 2, True, lang))
        r = (f" (Indonesia {tahun}: {_a(ref['tpak_p'], 2, lang=lang)} % vs {_a(ref['tpak_l'], 2, lang=lang)} %)"
             if ref else "")
        out.append(k_["tpak"].format(v=_a(inp["tpak_p"], 2, lang=lang), l=l, r=r))
    if kurang:
        out.append(k_["kurang"].format(tahun=tahun, kurang=", ".join(_kurang(kurang, lang))))
    if ref:
        out.append(k_["acuan"].format(tahun=tahun, sumber=SUMBER_ACUAN_EN if lang == "en" else SUMBER_ACUAN))
    return out


# --- IPG and IDG ----------------------------------------------------------------------------------------
KOMPONEN_IPG = {"UHH": ("uhh_sp2020", "uhh"), "HLS": ("hls",), "RLS": ("rls",),
                "pengeluaran per kapita": ("pengeluaran_per_kapita",)}


def info_ipg(df: pd.DataFrame, kode: str, tahun: int | None = None, lang: str = "id") -> dict:
    """Published IPG and, where all per-sex components exist for the year, the exact log split.

    Returns {"tahun", "ipg_terbit", "kurang" (missing per-sex components), "dekomposisi" (dict or None)}.
    """
    s = df[(df["kode_bps"] == kode) & (df["indikator"] == "ipg") & (df["jenis_kelamin"] == "T")]
    if tahun is None:
        tahun = int(s["tahun"].max()) if len(s) else None
    terbit = _nilai(df, kode, tahun, "ipg", "T") if tahun is not None else np.nan
    nilai, kurang = {}, []
    for nama, inds in KOMPONEN_IPG.items():
        for jk in ("P", "L"):
            v = np.nan
            if tahun is not None:
                for ind in inds:
                    v = _nilai(df, kode, tahun, ind, jk)
                    if not pd.isna(v):
                        break
            nilai[(nama, jk)] = v
        if any(pd.isna(nilai[(nama, jk)]) for jk in ("P", "L")):
            kurang.append(f"{sebut(nama, lang)} by sex (F/M)" if lang == "en" else
                          f"{nama} menurut jenis kelamin (P/L)")
    dek = None
    if not kurang:
        rp = 1e6  # juta rupiah -> rupiah
        dek = indices.dekomposisi_ipg(nilai[("UHH", "P")], nilai[("HLS", "P")], nilai[("RLS", "P")],
                                      nilai[("pengeluaran per kapita", "P")] * rp, nilai[("UHH", "L")],
                                      nilai[("HLS", "L")], nilai[("RLS", "L")],
                                      nilai[("pengeluaran per kapita", "L")] * rp)
    return {"tahun": tahun, "ipg_terbit": terbit, "kurang": kurang, "dekomposisi": dek}


TOLERANSI_IPG = 0.01  # IPM P and L are published to 2 decimals, IPG too


def cek_ipg(df: pd.DataFrame) -> pd.DataFrame:
    """IPG recomputed as IPM perempuan ÷ IPM laki-laki × 100 wherever both are in the data, against the published
    IPG of the same series (old or SP2020 basis) and year: wilayah, tahun, ipm_p, ipm_l, ipg_hitung, ipg_terbit,
    selisih, sesuai (|selisih| ≤ TOLERANSI_IPG)."""
    baris = []
    for ipm, ipg in (("ipm", "ipg"), ("ipm_sp2020", "ipg_sp2020")):
        sub = df[df["indikator"].isin([ipm, ipg])]
        w = sub.pivot_table(index=["kode_bps", "tahun"], columns=["indikator", "jenis_kelamin"], values="nilai")
        for (kode, tahun), r in w.iterrows():
            p, l, terbit = r.get((ipm, "P"), np.nan), r.get((ipm, "L"), np.nan), r.get((ipg, "T"), np.nan)
            if pd.isna(p) or pd.isna(l) or pd.isna(terbit):
                continue
            hitung = indices.ipg(p, l)
            baris.append({"kode_bps": kode, "wilayah": regions.NAMA[kode], "tahun": int(tahun), "ipm_p": p,
                          "ipm_l": l, "ipg_hitung": hitung, "ipg_terbit": terbit, "selisih": hitung - terbit,
                          "sesuai": abs(hitung - terbit) <= TOLERANSI_IPG + 1e-9})
    return pd.DataFrame(baris, columns=["kode_bps", "wilayah", "tahun", "ipm_p", "ipm_l", "ipg_hitung", "ipg_terbit",
                                        "selisih", "sesuai"])


def tampil_cek_ipg(tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    if lang == "en":
        return pd.DataFrame({
            "Region": tabel["wilayah"], "Year": tabel["tahun"].astype(str),
            "Female HDI": [_a(v, 2, lang=lang) for v in tabel["ipm_p"]],
            "Male HDI": [_a(v, 2, lang=lang) for v in tabel["ipm_l"]],
            "IPG computed": [_a(v, 2, lang=lang) for v in tabel["ipg_hitung"]],
            "IPG published": [_a(v, 2, lang=lang) for v in tabel["ipg_terbit"]],
            "Difference": [_a(v, 3, True, lang) for v in tabel["selisih"]],
            "Agrees (±0.01)": ["yes" if b else "NO" for b in tabel["sesuai"]],
        })
    return pd.DataFrame({
        "Wilayah": tabel["wilayah"], "Tahun": tabel["tahun"].astype(str),
        "IPM perempuan": [fmt.angka(v, 2) for v in tabel["ipm_p"]],
        "IPM laki-laki": [fmt.angka(v, 2) for v in tabel["ipm_l"]],
        "IPG dihitung": [fmt.angka(v, 2) for v in tabel["ipg_hitung"]],
        "IPG terbit": [fmt.angka(v, 2) for v in tabel["ipg_terbit"]],
        "Selisih": [fmt.angka(v, 3, tanda=True) for v in tabel["selisih"]],
        "Sesuai (±0,01)": ["ya" if b else "TIDAK" for b in tabel["sesuai"]],
    })


KOMPONEN_IDG = [("Kursi DPRD", "pct_perempuan_parlemen"), ("Tenaga profesional", "pct_perempuan_profesional"),
                ("Sumbangan pendapatan", "sumbangan_pendapatan_perempuan")]
_NAMA_KURANG_IDG = {"pct_perempuan_parlemen": "pangsa kursi DPRD perempuan",
                    "pct_perempuan_profesional": "pangsa perempuan di antara tenaga profesional"}


def tabel_idg(df: pd.DataFrame, kode: str, sampai: int | None = None, lang: str = "id") -> pd.DataFrame:
    """Women's share (%) in each IDG component, latest published up to `sampai`, against parity (50).

    Columns: komponen, indikator, perempuan, tahun, paritas, selisih_paritas. Missing stays NaN.
    """
    baris = []
    for nama, ind in KOMPONEN_IDG:
        v, th = terakhir_tersedia(df, kode, ind, "P", sampai)
        baris.append({"komponen": sebut(nama, lang), "indikator": ind, "perempuan": v, "tahun": th, "paritas": 50.0,
                      "selisih_paritas": v - 50.0})
    return pd.DataFrame(baris)


def info_idg(df: pd.DataFrame, kode: str, lang: str = "id") -> dict:
    """Latest published IDG and what its decomposition would need. {"tahun", "idg_terbit", "kurang"}."""
    s = df[(df["kode_bps"] == kode) & (df["indikator"] == "idg")].sort_values("tahun")
    if s.empty:
        return {"tahun": None, "idg_terbit": np.nan, "kurang": [sebut("IDG terbit", lang)]}
    th = int(s.iloc[-1]["tahun"])
    kurang = []
    for _, ind in KOMPONEN_IDG[:2]:
        if pd.isna(_nilai(df, kode, th, ind, "P")):
            kurang.append(f"{sebut(_NAMA_KURANG_IDG[ind], lang)} {th}")
    if pd.isna(_nilai(df, kode, th, "pct_penduduk_jk", "P")):
        kurang.append(f"population share F/M {th}" if lang == "en" else f"pangsa penduduk P/L {th}")
    return {"tahun": th, "idg_terbit": float(s.iloc[-1]["nilai"]), "kurang": kurang}


def tersedia_simpul(df: pd.DataFrame, kode: str, tahun: int | None, indeks: str = "ikg") -> dict[str, bool]:
    """For the diagram: which indicator nodes of an index have data for the region-year."""
    out = {}
    for dims in STRUKTUR[indeks].values():
        for simpul in dims:
            syarat = SIMPUL_INDIKATOR[simpul]
            out[simpul] = tahun is not None and all(
                not pd.isna(_nilai(df, kode, int(tahun), ind, jk)) or
                (ind == "uhh" and not pd.isna(_nilai(df, kode, int(tahun), "uhh_sp2020", jk)))
                for ind, jk in syarat)
    return out


def wilayah_komposit() -> list[str]:
    """Regions selectable on the composite page: the province, the 14 kab/kota, Indonesia."""
    return [regions.PROVINSI, *regions.KABKOTA, regions.NASIONAL]


# --- display tables (strings the Indonesian way; the numbers stay in the source tables) ------------------
# Headings and words of the display tables `tampil_cek` and `tampil_komponen`, one set per language.
_TABEL = {
    "id": {"tahun": "Tahun", "wilayah": "Wilayah (acuan BPS)", "terbit": "IKG terbit", "hitung": "IKG dihitung",
           "tak_hitung": "tidak dapat dihitung", "selisih": "Selisih", "atas": "Di atas toleransi", "ya": "ya",
           "tidak": "tidak", "ket": "Keterangan", "dimensi": "Dimensi", "komponen": "Komponen",
           "nilai": "Nilai {tahun}",
           "acuan": "Indonesia {tahun} (acuan BPS, formulas.md)",
           "terakhir": "Nilai terakhir yang ada (hanya ditampilkan, tidak dipakai menghitung)"},
    "en": {"tahun": "Year", "wilayah": "Region (BPS reference)", "terbit": "IKG published", "hitung": "IKG computed",
           "tak_hitung": "cannot be computed", "selisih": "Difference", "atas": "Above tolerance", "ya": "yes",
           "tidak": "no", "ket": "Note", "dimensi": "Dimension", "komponen": "Component", "nilai": "Value {tahun}",
           "acuan": "Indonesia {tahun} (BPS reference, formulas.md)",
           "terakhir": "Latest value available (shown only, not used in the computation)"},
}


def tampil_cek(tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Display of `tabel_ikg` / `cek_acuan`: published and computed IKG side by side with the difference."""
    k_ = _TABEL["en" if lang == "en" else "id"]

    def a(v, d=3, tanda=False):
        return _a(np.nan if pd.isna(v) else v, d, tanda, lang)

    out = pd.DataFrame({k_["tahun"]: tabel["tahun"].astype(int).astype(str)})
    if "wilayah" in tabel:
        out.insert(0, k_["wilayah"], tabel["wilayah"])
    out[k_["terbit"]] = [a(v) for v in tabel["ikg_terbit"]]
    kurang = tabel["kurang"] if "kurang" in tabel else [[]] * len(tabel)
    out[k_["hitung"]] = [k_["tak_hitung"] if k else a(v, 4) for v, k in zip(tabel["ikg_hitung"], kurang)]
    out[k_["selisih"]] = ["—" if pd.isna(v) else a(v, 4, True) for v in tabel["selisih"]]
    out[k_["atas"]] = [k_["ya"] if b else (k_["tidak"] if not pd.isna(s) else "—")
                       for b, s in zip(tabel["beda"], tabel["selisih"])]
    out[k_["ket"]] = tabel["status"]
    return out


def tampil_komponen(tabel: pd.DataFrame, tahun: int, lang: str = "id") -> pd.DataFrame:
    """Display of `tabel_komponen` for one year."""
    k_ = _TABEL["en" if lang == "en" else "id"]

    def a(v):
        return _a(np.nan if pd.isna(v) else v, 2, lang=lang)

    return pd.DataFrame({
        k_["dimensi"]: tabel["dimensi"], k_["komponen"]: tabel["komponen"],
        k_["nilai"].format(tahun=tahun): [a(v) for v in tabel["nilai"]],
        k_["acuan"].format(tahun=tahun): [a(v) if not pd.isna(v) else "—" for v in tabel["indonesia_acuan"]],
        k_["terakhir"]: tabel["terakhir_tersedia"],
    })


def baris_dimensi(dim: pd.DataFrame, nama: str, tahun: int, lang: str = "id") -> pd.DataFrame:
    """Rows of `dimensi_pl` with both values, as panels for `charts.batang_pl` (judul, satuan, P, L)."""
    ada = dim.dropna(subset=["perempuan", "laki_laki"])
    return pd.DataFrame({
        "judul": [f"{d.capitalize()} — {nama} {tahun} ({'index' if lang == 'en' else 'indeks'} 0–1; {c})"
                  for d, c in zip(ada["dimensi"], ada["catatan"])],
        "satuan": "indeks (0-1)", "P": ada["perempuan"].to_numpy(), "L": ada["laki_laki"].to_numpy(),
    })


# --- the page's views: one cached call per section, then only layout ---------------------------------------
@dataclass(frozen=True)
class TampilIkg:
    """The IKG section of a region-year (pages Indeks Komposit and Profil Wilayah)."""
    nama: str
    tahun: int
    terbit: float
    hitung: float
    kurang: list
    beda: bool
    status: str
    nasional: float
    penjelasan: list
    perubahan: str
    komponen: pd.DataFrame        # display table of the eight inputs
    dimensi: pd.DataFrame         # baris_dimensi: dimensions with a female and a male value
    kontrafaktual: pd.DataFrame | None  # None until the eight inputs of the year are complete
    kontrafaktual_acuan: pd.DataFrame   # how to read it, on BPS's Indonesia 2023 reference row
    sumber: list                  # sources of the published IKG of the year
    sumber_komponen: list         # sources of the IKG and its components in the year


def _sumber(df: pd.DataFrame, indikator, kode: str, tahun: int | None = None) -> list[str]:
    sel = df[df["indikator"].isin(list(indikator)) & (df["kode_bps"] == kode)]
    if tahun is not None:
        sel = sel[sel["tahun"] == int(tahun)]
    return sorted(sel["sumber"].unique().tolist())


def tampilan_ikg(df: pd.DataFrame, kode: str, tahun: int, lang: str = "id") -> TampilIkg:
    tahun = int(tahun)
    nama = regions.NAMA.get(kode, kode)
    r = tabel_ikg(df, kode, [tahun], lang).iloc[0]
    inp = input_ikg(df, kode, tahun)
    kf = kontrafaktual(inp, lang)
    return TampilIkg(nama, tahun, r["ikg_terbit"], r["ikg_hitung"], list(r["kurang"]), bool(r["beda"]),
                     r["status"], ikg_terbit(df, regions.NASIONAL, tahun), penjelasan_ikg(df, kode, tahun, lang),
                     kalimat_perubahan(df, kode, tahun, lang),
                     tampil_komponen(tabel_komponen(df, kode, tahun, lang), tahun, lang),
                     baris_dimensi(dimensi_pl(inp, lang), nama, tahun, lang),
                     kf if kf["ikg_setara"].notna().all() else None,
                     kontrafaktual(acuan("Indonesia", 2023), lang), _sumber(df, ["ikg"], kode, tahun),
                     _sumber(df, ["ikg", *INDIKATOR_IKG], kode, tahun))


# Female/male pairs the IKG compares (key, label, indicator, women's share?); reproductive health has no male side.
PASANGAN_IKG = [("pasar kerja", "TPAK Agustus", "tpak_agustus", False),
                ("pemberdayaan", "kursi DPRD", "pct_perempuan_parlemen", True),
                ("pemberdayaan", "penduduk 25+ berpendidikan SMA ke atas", "pct_sma_keatas", False)]


# The sentences of `kesimpulan` besides the IKG's own, one set per language (same figures, same choices).
_KESIMPULAN = {
    "id": {"jarak": "Yang paling menjauhkan {nama} dari setara di antara perbandingan perempuan–laki-laki IKG: "
                    "{label} (dimensi {dim}) — perempuan {p} %, {lk} {l} % ({th}).",
           "sisa": "sisanya laki-laki", "laki": "laki-laki",
           "mtf": "Kesehatan reproduksi diukur pada perempuan saja: {v} % persalinan terakhir tidak di fasilitas "
                  "kesehatan ({th}); makin tinggi, makin besar IKG.",
           "idg": "IDG: pangsa perempuan paling rendah ada pada {k} ({v} % pada {th}; setara = 50 %).",
           "ipg": "IPG {th} {v}: pembangunan manusia perempuan {nama} setara {v} % dari laki-laki (100 = setara)."},
    "en": {"jarak": "What keeps {nama} furthest from parity among the IKG's female–male comparisons: {label} ({dim} "
                    "dimension) — women {p} %, {lk} {l} % ({th}).",
           "sisa": "the rest men", "laki": "men",
           "mtf": "Reproductive health is measured on women only: {v} % of last live births outside a health "
                  "facility ({th}); the higher, the larger the IKG.",
           "idg": "IDG: women's share is lowest in {k} ({v} % in {th}; parity = 50 %).",
           "ipg": "IPG {th} {v}: the human development of women in {nama} is {v} % of men's (100 = parity)."},
}


def kesimpulan(df: pd.DataFrame, kode: str, tahun: int | None, lang: str = "id") -> list[str]:
    """The conclusion in plain words, before any formula: the level against Indonesia, what keeps the region
    furthest from parity among the female/male comparisons the IKG makes (latest value up to the year, its year
    named), the reproductive-health part measured on women only, and what IDG and IPG say."""
    nama = regions.NAMA.get(kode, kode)
    k_ = _KESIMPULAN["en" if lang == "en" else "id"]
    out = []
    if tahun is not None:
        out.append(penjelasan_ikg(df, kode, tahun, lang)[0])
        jarak = []
        for dim, label, ind, pangsa in PASANGAN_IKG:
            p, thp = terakhir_tersedia(df, kode, ind, "P", tahun)
            l, thl = (100 - p, thp) if pangsa else terakhir_tersedia(df, kode, ind, "L", tahun)
            if pd.isna(p) or pd.isna(l) or thp != thl:
                continue
            skor = float(sektor.skor_paritas(p, l, "naik").iloc[0])
            jarak.append((skor, dim, label, p, l, int(thp), pangsa))
        if jarak:
            skor, dim, label, p, l, th, pangsa = min(jarak)
            out.append(k_["jarak"].format(nama=nama, label=sebut(label, lang), dim=sebut(dim, lang),
                                          p=_a(p, 2, lang=lang), lk=k_["sisa" if pangsa else "laki"],
                                          l=_a(l, 2, lang=lang), th=th))
        mtf, th_mtf = terakhir_tersedia(df, kode, "mtf", "P", tahun)
        if not pd.isna(mtf):
            out.append(k_["mtf"].format(v=_a(mtf, 2, lang=lang), th=th_mtf))
        out.append(kalimat_perubahan(df, kode, tahun, lang))
    idg = tabel_idg(df, kode, tahun, lang).dropna(subset=["perempuan"])
    if len(idg):
        r = idg.sort_values("perempuan").iloc[0]
        out.append(k_["idg"].format(k=f"{r['komponen'][0].lower()}{r['komponen'][1:]}",
                                    v=_a(r["perempuan"], 2, lang=lang), th=int(r["tahun"])))
    ipg = info_ipg(df, kode)
    if ipg["tahun"] is not None and not pd.isna(ipg["ipg_terbit"]):
        out.append(k_["ipg"].format(th=ipg["tahun"], v=_a(ipg["ipg_terbit"], 2, lang=lang), nama=nama))
    return out


@dataclass(frozen=True)
class TampilKomposit:
    """Everything the Indeks Komposit page shows for a region and IKG year."""
    nama: str
    tahun: int | None
    kesimpulan: list
    ikg: TampilIkg | None
    kurang_ikg: list              # components needed when there is no IKG year at all
    cek_tahun: pd.DataFrame | None
    cek_acuan: pd.DataFrame
    ipg: dict
    cek_ipg: pd.DataFrame
    cek_ipg_sesuai: int
    idg: dict
    idg_tabel: pd.DataFrame
    idg_tampil: pd.DataFrame
    tersedia: dict                # index -> {node: has data}
    sumber_ipg: list
    sumber_cek_ipg: list
    sumber_idg: list
    teks: TeksKomposit | None = None


@dataclass(frozen=True)
class TeksKomposit:
    """The page's sentences and headings for a region and IKG year, written here so the page only lays them out."""
    ikg_kosong: str          # no IKG year at all: what is missing
    toleransi: str           # under the year check
    ipg_judul: str
    ipg_nilai: str
    ipg_rincian: str         # IPM P/L and the split of the gap, or what is missing for it
    ipg_lengkap: bool        # the split could be computed (shown as text, else as a note)
    idg_judul: str
    idg_nilai: str
    idg_grafik: str          # title of the IDG components chart
    idg_kurang: str          # what the IDG decomposition lacks ("" when nothing)
    diagram: dict            # index -> title of its "how it is calculated" diagram
    diagram_struktur: dict   # index -> (structure, availability) with names in the page's language
    diagram_tabel: dict      # index -> table (dimensi, indikator, tersedia) of that diagram
    rumus_ket: dict          # index -> the note under its formulas


def teks_tampilan(v: TampilKomposit, lang: str = "id") -> TeksKomposit:
    tt = t("tidak_tersedia", lang)
    ipg, idg, d = v.ipg, v.idg, v.ipg["dekomposisi"]
    if d is not None:
        rincian = (t("komposit_ipm", lang).format(p=_a(d["ipm_p"], 2, lang=lang), l=_a(d["ipm_l"], 2, lang=lang))
                   + "; ".join(f"{t(k, lang).lower()} {_a(d[k], 4, True, lang)}"
                               for k in ("kesehatan", "pendidikan", "pengeluaran")))
    else:
        rincian = t("komposit_ipm_kurang", lang) + ", ".join(ipg["kurang"]) + "."
    idg_kurang = ""
    if idg["tahun"] is not None and idg["kurang"]:
        idg_kurang = t("komposit_idg_kurang", lang).format(tahun=idg["tahun"], kurang=", ".join(idg["kurang"]))
    batas = t("komposit_sd", lang).format(tahun=v.tahun) if v.tahun else t("komposit_terbaru", lang)
    struktur_ = {i: struktur(i, v.tersedia[i], lang) for i in STRUKTUR}
    return TeksKomposit(
        t("komposit_tanpa_ikg", lang).format(nama=v.nama, kosong=tt, kurang=", ".join(v.kurang_ikg)),
        t("komposit_toleransi", lang).format(x=_a(TOLERANSI, 4, lang=lang)),
        f"IPG {v.nama} {ipg['tahun'] or ''}".strip(),
        _a(ipg["ipg_terbit"], 2, lang=lang) if ipg["tahun"] is not None else tt, rincian, d is not None,
        f"IDG {v.nama} {idg['tahun'] or ''}".strip(), _a(idg["idg_terbit"], 2, lang=lang),
        t("komposit_idg_grafik", lang).format(nama=v.nama, batas=batas), idg_kurang,
        {i: t("komposit_alur", lang).format(indeks=NAMA_INDEKS[i], nama=v.nama, tahun=v.tahun or "", kosong=tt)
         for i in STRUKTUR},
        struktur_,
        {i: pd.DataFrame([{"dimensi": dim, "indikator": x, "tersedia": t("ya", lang) if ada.get(x) else tt}
                          for dim, xs in st_.items() for x in xs]) for i, (st_, ada) in struktur_.items()},
        {i: (KETERANGAN_RUMUS_EN if lang == "en" else KETERANGAN_RUMUS)[i] + t("komposit_sumber_rumus", lang)
         for i in STRUKTUR})


def tampilan(df: pd.DataFrame, kode: str, tahun: int | None, lang: str = "id") -> TampilKomposit:
    """The Indeks Komposit page's one view (pure; the page caches it with ui.olah)."""
    cek = cek_ipg(df)
    idg = tabel_idg(df, kode, tahun, lang)
    v = TampilKomposit(
        regions.NAMA.get(kode, kode), tahun, kesimpulan(df, kode, tahun, lang),
        tampilan_ikg(df, kode, tahun, lang) if tahun is not None else None,
        _kurang(indices.komponen_ikg_kurang({}), lang),
        tampil_cek(tabel_ikg(df, kode, lang=lang), lang) if tahun is not None else None,
        tampil_cek(cek_acuan(lang), lang), info_ipg(df, kode, lang=lang), tampil_cek_ipg(cek, lang),
        int(cek["sesuai"].sum()), info_idg(df, kode, lang), idg,
        idg.assign(perempuan=idg["perempuan"].map(lambda v: _a(v, 2, lang=lang)),
                   tahun=idg["tahun"].map(lambda v: "" if v != v else str(int(v))),
                   selisih_paritas=idg["selisih_paritas"].map(lambda v: _a(v, 2, True, lang))),
        {i: tersedia_simpul(df, kode, tahun, i) for i in STRUKTUR},
        _sumber(df, ["ipg"], kode, info_ipg(df, kode)["tahun"]), _sumber(df, ["ipg_sp2020", "ipm_sp2020"], regions.PROVINSI),
        _sumber(df, ["idg", *idg["indikator"]], kode))
    return dataclasses.replace(v, teks=teks_tampilan(v, lang))


def pilihan_tahun(df: pd.DataFrame, kode: str) -> tuple[list[int], int | None]:
    """The IKG years of a region for the year box, and the one shown first."""
    return tahun_ikg(df, kode), tahun_bawaan(df, kode)
