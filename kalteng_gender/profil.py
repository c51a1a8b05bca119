"""Profile of one region: every registry indicator with its latest value, rank, benchmarks and a sparkline.

Nothing is filled in: an indicator the region has no figure for is listed with NaN ("data tidak tersedia").
The rank among the 14 kab/kota uses the registry's better direction and is given only when at least two
kab/kota have a value for that indicator, sex and year. Province and national values are taken from the same
year where published, else from the nearest year, and that year is always shown beside them.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import fmt, regions, seleksi

KOLOM = ["indikator", "label", "sektor", "satuan", "arah", "jk", "tahun", "nilai", "peringkat", "n_peringkat",
         "kalteng", "tahun_kalteng", "indonesia", "tahun_indonesia", "seri_tahun", "seri_nilai", "sumber"]
MIN_PERINGKAT = 2  # a rank needs at least two kab/kota with a value in the same year


def wilayah_profil() -> list[str]:
    """Regions a profile can be shown for: the province first, then the 14 kab/kota."""
    return [regions.PROVINSI, *regions.KABKOTA]


def kelengkapan(df: pd.DataFrame, reg: pd.DataFrame, kode: str) -> dict:
    """Share of registry indicators with any published figure for the region (the completeness badge)."""
    ada = set(df.loc[df["kode_bps"] == kode, "indikator"]) & set(reg["id"])
    n, total = len(ada), len(reg)
    persen = 100.0 * n / total if total else np.nan
    kelas = "baik" if persen >= 50 else ("sedang" if persen >= 20 else "rendah")
    return {"n_ada": n, "n_total": total, "persen": persen, "kelas": kelas}


def teks_kelengkapan(k: dict) -> str:
    """'Kelengkapan data: 12 dari 52 indikator (23,1 %)'."""
    return (f"Kelengkapan data: {k['n_ada']} dari {k['n_total']} indikator "
            f"({fmt.angka(k['persen'], 1)} %)")


def _jk_utama(sub: pd.DataFrame) -> str | None:
    """The sex the headline value uses: total if published, else women, else men."""
    ada = set(sub["jenis_kelamin"])
    for jk in ("T", "P", "L"):
        if jk in ada:
            return jk
    return None


def _terdekat(df_ind: pd.DataFrame, kode: str, jk: str, tahun: int) -> tuple[float, float]:
    """(value, year) of a region for the same year if published, else the nearest year (earlier on a tie)."""
    s = df_ind[(df_ind["kode_bps"] == kode) & (df_ind["jenis_kelamin"] == jk)]
    if s.empty:
        return np.nan, np.nan
    jarak = (s["tahun"] - tahun).abs() * 2 + (s["tahun"] > tahun)  # earlier year wins a tie
    baris = s.loc[jarak.idxmin()]
    return float(baris["nilai"]), int(baris["tahun"])


def peringkat_kabkota(df_ind: pd.DataFrame, kode: str, jk: str, tahun: int, arah: str) -> tuple[float, int]:
    """(rank, number of kab/kota ranked) for one indicator, sex and year; (NaN, n) when no rank applies."""
    s = df_ind[(df_ind["jenis_kelamin"] == jk) & (df_ind["tahun"] == tahun)
               & df_ind["kode_bps"].isin(regions.KABKOTA)].dropna(subset=["nilai"])
    n = int(s["kode_bps"].nunique())
    if kode not in regions.KABKOTA or arah not in ("naik", "turun") or n < MIN_PERINGKAT \
            or kode not in set(s["kode_bps"]):
        return np.nan, n
    r = seleksi.peringkat(s.set_index("kode_bps")["nilai"], arah)
    return float(r[kode]), n


def profil(df: pd.DataFrame, reg: pd.DataFrame, kode: str) -> pd.DataFrame:
    """One row per registry indicator (registry order) for region `kode`; see KOLOM.

    `jk` is the sex of the headline value (T, else P, else L); `seri_tahun`/`seri_nilai` are the region's
    published years and values for that sex (the sparkline). Indicators without data have NaN and empty series.
    """
    baris = []
    kosong = df.iloc[0:0]
    kelompok = {k: g for k, g in df.groupby("indikator", sort=False)}
    for _, r in reg.iterrows():
        ind = r["id"]
        d_ind = kelompok.get(ind, kosong)
        sub = d_ind[d_ind["kode_bps"] == kode]
        rec = {"indikator": ind, "label": r["label_id"], "sektor": r["sektor"], "satuan": r["satuan"],
               "arah": r["arah"], "jk": None, "tahun": np.nan, "nilai": np.nan, "peringkat": np.nan,
               "n_peringkat": 0, "kalteng": np.nan, "tahun_kalteng": np.nan, "indonesia": np.nan,
               "tahun_indonesia": np.nan, "seri_tahun": [], "seri_nilai": [], "sumber": ""}
        jk = _jk_utama(sub)
        if jk is not None:
            s = sub[sub["jenis_kelamin"] == jk].sort_values("tahun")
            akhir = s.iloc[-1]
            tahun = int(akhir["tahun"])
            rec.update(jk=jk, tahun=tahun, nilai=float(akhir["nilai"]), sumber=akhir["sumber"],
                       seri_tahun=s["tahun"].astype(int).tolist(), seri_nilai=s["nilai"].astype(float).tolist())
            rec["peringkat"], rec["n_peringkat"] = peringkat_kabkota(d_ind, kode, jk, tahun, r["arah"])
            if kode != regions.PROVINSI:
                rec["kalteng"], rec["tahun_kalteng"] = _terdekat(d_ind, regions.PROVINSI, jk, tahun)
            rec["indonesia"], rec["tahun_indonesia"] = _terdekat(d_ind, regions.NASIONAL, jk, tahun)
        baris.append(rec)
    return pd.DataFrame(baris, columns=KOLOM)


def _nilai_tahun(v: float, th: float, satuan: str) -> str:
    if pd.isna(v):
        return fmt.TIDAK_TERSEDIA
    return f"{fmt.nilai_satuan(v, satuan)} ({int(th)})"


def teks_peringkat(peringkat: float, n: int, kode: str, arah: str, ada: bool = True) -> str:
    """'3 dari 11' or why there is no rank (`ada` = the region has a value at all)."""
    if kode not in regions.KABKOTA or not ada:
        return "—"
    if not pd.isna(peringkat):
        return f"{int(peringkat)} dari {n}"
    if arah == "netral":
        return "tanpa arah (netral)"
    if n < MIN_PERINGKAT:
        return f"kab/kota dengan data: {n}"
    return "—"


def tabel_tampil(prof: pd.DataFrame, kode: str, hanya_ada: bool = False) -> pd.DataFrame:
    """Display table: Indonesian number strings, 'data tidak tersedia' for gaps, the sparkline as a list."""
    p = prof[prof["nilai"].notna()] if hanya_ada else prof
    jk_teks = {"T": "", "P": " (P)", "L": " (L)", None: ""}
    out = pd.DataFrame({
        "Indikator": [lbl + jk_teks.get(j, "") for lbl, j in zip(p["label"], p["jk"])],
        "Sektor": p["sektor"],
        "Nilai terbaru": [fmt.nilai_satuan(v, s) if not pd.isna(v) else fmt.TIDAK_TERSEDIA
                          for v, s in zip(p["nilai"], p["satuan"])],
        "Satuan": p["satuan"],
        "Tahun": ["" if pd.isna(t) else str(int(t)) for t in p["tahun"]],
        "Peringkat di 14 kab/kota": [teks_peringkat(r, n, kode, a, not pd.isna(v)) for r, n, a, v in
                                     zip(p["peringkat"], p["n_peringkat"], p["arah"], p["nilai"])],
        "Kalteng": ["—" if kode == regions.PROVINSI else _nilai_tahun(v, t, s)
                    for v, t, s in zip(p["kalteng"], p["tahun_kalteng"], p["satuan"])],
        "Indonesia": [_nilai_tahun(v, t, s) for v, t, s in zip(p["indonesia"], p["tahun_indonesia"], p["satuan"])],
        "Tren": p["seri_nilai"],
        "Tahun data": [f"{a[0]}–{a[-1]} ({len(a)} tahun)" if len(a) > 1 else (str(a[0]) if a else "")
                       for a in p["seri_tahun"]],
        "Sumber": p["sumber"],
    })
    return out.reset_index(drop=True)


def indikator_ada(prof: pd.DataFrame) -> list[str]:
    """Indicators with a value for the region, most years of data first (for the trend selector)."""
    p = prof[prof["nilai"].notna()]
    return p.assign(_n=p["seri_tahun"].map(len)).sort_values("_n", ascending=False, kind="stable")["indikator"].tolist()


def seri_banding(df: pd.DataFrame, ind: str, kode: str, jk: str) -> dict[str, pd.DataFrame]:
    """Series of the region, Kalteng and Indonesia for one indicator and sex, keyed by region name."""
    kode_semua = [kode] + [k for k in (regions.PROVINSI, regions.NASIONAL) if k != kode]
    return {regions.NAMA[k]: seleksi.seri(df, ind, k, jk) for k in kode_semua}
