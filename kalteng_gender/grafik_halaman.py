"""Figures of the page views, built from the views' own data functions with the same cheap arguments (the loaded
tables, the choices, the language), so a page caches a figure on those arguments instead of hashing a table on
every rerun. Present layer: it imports the analysis modules and charts, never the other way round."""
from __future__ import annotations

import plotly.graph_objects as go
import pandas as pd

from . import charts, profil, sektor


def heatmap_sektor(df: pd.DataFrame, reg: pd.DataFrame, s: str | None, tahun: int | None,
                   lang: str = "id") -> go.Figure:
    return charts.heatmap_paritas(*sektor.data_heatmap(df, reg, s, tahun, lang), lang=lang)


def panel_sektor(df: pd.DataFrame, reg: pd.DataFrame, s: str, tahun: int | None, lang: str = "id") -> go.Figure:
    return charts.batang_pl(*sektor.data_panel(df, reg, s, tahun, lang), lang=lang)


def tren_profil(df: pd.DataFrame, reg: pd.DataFrame, kode: str, ind: str, lang: str = "id") -> go.Figure:
    seri, judul, satuan, acuan = profil.data_tren(df, reg, kode, ind, lang)
    return charts.tren(seri, judul, satuan, acuan=acuan, lang=lang)
