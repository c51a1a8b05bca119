"""The brief's charts as PNG for the PDF, drawn with matplotlib (Agg) and geopandas: no browser involved.

The on-screen pages keep their plotly figures (charts.peta_sorot, charts.batang_pl); these draw the same things
with the same colours, titles and value labels, so `python -m kalteng_gender.brief` works where no Chromium is.
"""
from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import matplotlib
import pandas as pd

from . import fmt
from .charts import SOROT, WARNA_JK

matplotlib.use("Agg")  # geopandas' plotting imports pyplot; never pick an interactive backend in a server

from matplotlib.figure import Figure  # noqa: E402  (after the backend is fixed)

FONT_MATPLOTLIB = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
HURUF = "DejaVu Sans"  # the same face as the PDF text (fonts-dejavu-core; matplotlib ships it too)
ABU_PETA = "#e3e3e3"
DPI = 200


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    return buf.getvalue()


def peta_sorot(batas: gpd.GeoDataFrame, kode: str, judul: str, lebar_in: float = 3.0,
               tinggi_in: float = 2.7) -> bytes:
    """Locator map: the 14 kab/kota outlined in white, `kode` filled (a code outside them, e.g. the province,
    fills all 14)."""
    sorot = batas["kode_bps"].eq(kode) if kode in set(batas["kode_bps"]) else pd.Series(True, index=batas.index)
    fig = Figure(figsize=(lebar_in, tinggi_in))
    ax = fig.add_axes((0.0, 0.0, 1.0, 0.88))
    batas.plot(ax=ax, color=sorot.map({True: SOROT, False: ABU_PETA}).tolist(), edgecolor="white", linewidth=0.6)
    ax.set_axis_off()
    fig.text(0.02, 0.98, judul, fontsize=9, family=HURUF, va="top", ha="left")
    return _png(fig)


def batang_pl(baris: pd.DataFrame, judul: str, lebar_in: float = 6.4, lang: str = "id") -> bytes:
    """Female and male values side by side, one small panel per row of `baris` (judul, satuan, P, L), each
    bar labelled with its value as the page shows it."""
    n = max(len(baris), 1)
    tinggi = 0.6 + 0.9 * n
    fig = Figure(figsize=(lebar_in, tinggi))
    fig.text(0.01, 1 - 0.12 / tinggi, judul, fontsize=10.5, family=HURUF, va="top", ha="left")
    atas = 1 - 0.55 / tinggi
    tinggi_panel = atas / n
    for i, r in enumerate(baris.itertuples()):
        bawah = atas - (i + 1) * tinggi_panel
        ax = fig.add_axes((0.14, bawah + 0.08 * tinggi_panel, 0.80, 0.62 * tinggi_panel))
        nilai = [r.L, r.P]
        ax.barh([0, 1], nilai, height=0.75, color=[WARNA_JK["L"], WARNA_JK["P"]])
        maks, mini = max(abs(r.P), abs(r.L)), min(0.0, r.P, r.L)
        ax.set_xlim(mini * 1.25, maks * 1.25)
        for y, v in zip([0, 1], nilai):
            ax.text(v, y, " " + fmt.nilai_satuan(v, r.satuan, lang=lang), va="center", ha="left" if v >= 0 else "right",
                    fontsize=8, family=HURUF)
        ax.set_yticks([0, 1], ["Men", "Women"] if lang == "en" else ["Laki-laki", "Perempuan"], fontsize=8,
                      family=HURUF)
        ax.set_xticks([])
        for sisi in ("top", "right", "bottom"):
            ax.spines[sisi].set_visible(False)
        ax.spines["left"].set_color("#999999")
        ax.set_title(r.judul, loc="left", fontsize=8.5, family=HURUF, x=-0.16, pad=3)
    return _png(fig)
