"""Selecting what a chart shows: values per region for a year and sex, gaps, ranks, headline figures.

Missing stays missing: every function returns NaN (never 0) for a region or year without a published figure.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import regions

# P/L/T are the published values; "gap" is P − L in the indicator's unit; "rasio" is P / L.
MODE = ("T", "P", "L", "gap", "rasio")


def mode_tersedia(df: pd.DataFrame, indikator: str) -> list[str]:
    """Modes the data can actually fill for an indicator (gap and ratio need both P and L somewhere)."""
    jk = set(df.loc[df["indikator"] == indikator, "jenis_kelamin"])
    mode = [m for m in ("T", "P", "L") if m in jk]
    if {"P", "L"} <= jk:
        mode += ["gap", "rasio"]
    return mode


def tahun_tersedia(df: pd.DataFrame, indikator: str, kode: list[str] | None = None) -> list[int]:
    sel = df[df["indikator"] == indikator]
    if kode is not None:
        sel = sel[sel["kode_bps"].isin(kode)]
    return sorted(sel["tahun"].unique().tolist())


def lebar_jk(df: pd.DataFrame) -> pd.DataFrame:
    """Rows (kode_bps, tahun, indikator) with columns P, L, T, gap (P − L) and rasio (P / L)."""
    w = df.pivot_table(index=["kode_bps", "tahun", "indikator"], columns="jenis_kelamin",
                       values="nilai", aggfunc="first")
    w = w.reindex(columns=["P", "L", "T"])
    w["gap"] = w["P"] - w["L"]
    w["rasio"] = w["P"] / w["L"].replace(0, np.nan)
    return w.reset_index()


def nilai_wilayah(df: pd.DataFrame, indikator: str, tahun: int | None, mode: str = "T",
                  kode: list[str] | None = None) -> pd.DataFrame:
    """One row per region in `kode` (default: the 14 kab/kota), `nilai` NaN where nothing is published.

    tahun=None takes each region's latest published year (the year is kept in `tahun`)."""
    kode = list(regions.KABKOTA) if kode is None else kode
    w = lebar_jk(df[(df["indikator"] == indikator) & df["kode_bps"].isin(kode)])
    if len(w):
        w = w.assign(nilai=w[mode]).dropna(subset=["nilai"])
        if tahun is not None:
            w = w[w["tahun"] == tahun]
        w = w.sort_values("tahun").groupby("kode_bps").tail(1)
    else:
        w = pd.DataFrame(columns=["kode_bps", "tahun", "nilai"])
    out = pd.DataFrame({"kode_bps": kode}).merge(w[["kode_bps", "tahun", "nilai"]], on="kode_bps", how="left")
    out["wilayah"] = out["kode_bps"].map(regions.NAMA)
    out["nilai"] = out["nilai"].astype(float)
    return out[["kode_bps", "wilayah", "tahun", "nilai"]]


def peringkat(nilai: pd.Series, arah: str) -> pd.Series:
    """Rank 1 = best given the registry's better direction ("naik": higher is better); NaN stays unranked."""
    return nilai.rank(ascending=(arah == "turun"), method="min")


def seri(df: pd.DataFrame, indikator: str, kode: str, mode: str = "T") -> pd.DataFrame:
    """Years and values of one region, sorted (for trends and sparklines)."""
    w = lebar_jk(df[(df["indikator"] == indikator) & (df["kode_bps"] == kode)])
    if not len(w):
        return pd.DataFrame(columns=["tahun", "nilai"])
    return w.assign(nilai=w[mode])[["tahun", "nilai"]].dropna().sort_values("tahun").reset_index(drop=True)


@dataclass(frozen=True)
class Kartu:
    """A headline figure: latest value, the previous published year, and the national value."""
    indikator: str
    tahun: int | None
    nilai: float
    tahun_lalu: int | None
    nilai_lalu: float
    nasional: float
    tahun_nasional: int | None
    sumber: str

    @property
    def perubahan(self) -> float:
        return self.nilai - self.nilai_lalu


def kartu(df: pd.DataFrame, indikator: str, kode: str = regions.PROVINSI) -> Kartu:
    s = seri(df, indikator, kode)
    nas = seri(df, indikator, regions.NASIONAL)
    if not len(s):
        nas_akhir = nas.iloc[-1] if len(nas) else None
        return Kartu(indikator, None, np.nan, None, np.nan,
                     nas_akhir["nilai"] if nas_akhir is not None else np.nan,
                     int(nas_akhir["tahun"]) if nas_akhir is not None else None, "")
    akhir = s.iloc[-1]
    lalu = s.iloc[-2] if len(s) > 1 else None
    tahun = int(akhir["tahun"])
    # the national value of the same year, else the nearest earlier one (its year is shown)
    nas_sebelum = nas[nas["tahun"] <= tahun]
    nas_row = nas_sebelum.iloc[-1] if len(nas_sebelum) else None
    sumber = df[(df["indikator"] == indikator) & (df["kode_bps"] == kode) & (df["tahun"] == tahun)]["sumber"]
    return Kartu(
        indikator, tahun, float(akhir["nilai"]),
        int(lalu["tahun"]) if lalu is not None else None,
        float(lalu["nilai"]) if lalu is not None else np.nan,
        float(nas_row["nilai"]) if nas_row is not None else np.nan,
        int(nas_row["tahun"]) if nas_row is not None else None,
        sumber.iloc[0] if len(sumber) else "",
    )


def sumber_untuk(df: pd.DataFrame, indikator: str, tahun: int | None = None) -> list[str]:
    sel = df[df["indikator"] == indikator]
    if tahun is not None:
        sel = sel[sel["tahun"] == tahun]
    return sorted(sel["sumber"].unique().tolist())
