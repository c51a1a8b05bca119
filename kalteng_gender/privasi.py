"""Disclosure control for violence reports: very small counts in a regency are not shown.

A count of one or two victims in a kabupaten can point to a person. Such figures (1 to AMBANG − 1) of the
indicators the registry marks `samarkan` (violence cases, victims and reports) at kab/kota level are taken out of
what the dashboard displays and named as "disamarkan" instead; zero and larger counts, provincial totals and rates
are shown as published.
"""
from __future__ import annotations

import pandas as pd

from . import regions
from .data import baris_indikator

AMBANG = 3
CATATAN = f"angka 1–{AMBANG - 1} disamarkan untuk melindungi identitas korban"
CATATAN_EN = f"counts of 1–{AMBANG - 1} are withheld to protect victims' identities"


def catatan(lang: str = "id") -> str:
    """The withholding note in the reader's language."""
    return CATATAN_EN if lang == "en" else CATATAN


def samarkan(df: pd.DataFrame, reg: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows to display, rows withheld). Withheld rows keep their keys so the page can say where."""
    hitung = reg.loc[reg["samarkan"], "id"]
    kecil = (df["indikator"].isin(hitung) & df["kode_bps"].isin(regions.KABKOTA)
             & (df["nilai"] > 0) & (df["nilai"] < AMBANG))
    return df[~kecil].reset_index(drop=True), df[kecil].reset_index(drop=True)


def wilayah_disamarkan(samar: pd.DataFrame, indikator: str, tahun: int | None = None) -> list[str]:
    """Names of the regions whose figure for this indicator (and year) is withheld."""
    return sorted(baris_indikator(samar, indikator, tahun)["kode_bps"].map(regions.NAMA).unique().tolist())
