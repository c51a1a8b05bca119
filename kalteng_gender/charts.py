"""Plotly figure builders. They take data and return a figure; nothing here needs a network.

Maps use MapLibre (`Choroplethmap`) with the white-bg style and the project's own GeoJSON: no tiles, no CDN.
Regions without a figure are drawn grey with "data tidak tersedia" in the hover, never coloured as zero.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import fmt

ABU = "#c8c8c8"
SKALA_LEVEL = "Viridis"
SKALA_GAP = "RdBu"  # diverging; centred on parity by the caller
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13)


def _layout(fig: go.Figure, judul: str, tinggi: int) -> go.Figure:
    fig.update_layout(title=dict(text=judul, x=0, font=dict(size=15)), height=tinggi, font=FONT,
                      margin=dict(l=10, r=10, t=50, b=10), separators=",.")
    return fig


def peta(nilai: pd.DataFrame, geojson: dict, pusat: dict, judul: str, satuan: str,
         divergen: bool = False, titik_tengah: float = 0.0, pilih: str | None = None) -> go.Figure:
    """Choropleth of `nilai` (kode_bps, wilayah, tahun, nilai) over the 14 regions."""
    ada = nilai.dropna(subset=["nilai"])
    kosong = nilai[nilai["nilai"].isna()]
    fig = go.Figure()
    if len(kosong):
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, featureidkey="properties.kode_bps", locations=kosong["kode_bps"],
            z=np.zeros(len(kosong)), colorscale=[[0, ABU], [1, ABU]], showscale=False,
            marker=dict(line=dict(color="white", width=1)), customdata=kosong[["wilayah"]],
            hovertemplate="<b>%{customdata[0]}</b><br>" + fmt.TIDAK_TERSEDIA + "<extra></extra>",
            name=fmt.TIDAK_TERSEDIA))
    if len(ada):
        teks = [fmt.nilai_satuan(v, satuan, tanda=divergen) for v in ada["nilai"]]
        skala = dict(colorscale=SKALA_GAP, zmid=titik_tengah) if divergen else dict(colorscale=SKALA_LEVEL)
        garis = [3 if k == pilih else 1 for k in ada["kode_bps"]]
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, featureidkey="properties.kode_bps", locations=ada["kode_bps"],
            z=ada["nilai"], **skala, marker=dict(line=dict(color="black" if pilih else "white", width=garis)),
            customdata=np.column_stack([ada["wilayah"], teks, ada["tahun"].astype("Int64").astype(str)]),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]} " + satuan
                          + " (%{customdata[2]})<extra></extra>",
            colorbar=dict(title=dict(text=satuan, side="right"), thickness=12), name=""))
    fig.update_layout(map=dict(style="white-bg", center=pusat, zoom=6.3), showlegend=False)
    return _layout(fig, judul, 520)


def batang_peringkat(nilai: pd.DataFrame, judul: str, satuan: str, garis: dict[str, float] | None = None,
                     divergen: bool = False) -> go.Figure:
    """Horizontal bars sorted by value; regions without data listed at the bottom with a label, not a bar."""
    ada = nilai.dropna(subset=["nilai"]).sort_values("nilai")
    kosong = nilai[nilai["nilai"].isna()]
    fig = go.Figure(go.Bar(
        x=ada["nilai"], y=ada["wilayah"], orientation="h",
        marker=dict(color=ada["nilai"], colorscale=SKALA_GAP if divergen else SKALA_LEVEL),
        text=[fmt.nilai_satuan(v, satuan, tanda=divergen) for v in ada["nilai"]], textposition="outside",
        hovertemplate="%{y}: %{text} " + satuan + "<extra></extra>"))
    if len(kosong):
        fig.add_trace(go.Bar(x=[0] * len(kosong), y=kosong["wilayah"], orientation="h", marker_color=ABU,
                             text=[fmt.TIDAK_TERSEDIA] * len(kosong), textposition="outside",
                             hovertemplate="%{y}: " + fmt.TIDAK_TERSEDIA + "<extra></extra>"))
    for nama, v in (garis or {}).items():
        if v is not None and not np.isnan(v):
            fig.add_vline(x=v, line_dash="dash", line_color="#444",
                          annotation_text=f"{nama} {fmt.nilai_satuan(v, satuan)}", annotation_position="top")
    fig.update_layout(showlegend=False, yaxis=dict(categoryorder="array",
                      categoryarray=list(kosong["wilayah"]) + list(ada["wilayah"])),
                      xaxis_title=satuan)
    return _layout(fig, judul, max(320, 28 * len(nilai) + 90))


def tren(seri: dict[str, pd.DataFrame], judul: str, satuan: str, acuan: set[str] = frozenset()) -> go.Figure:
    """One line per region (`tahun`, `nilai`); benchmark regions dashed; gaps in years are not bridged."""
    fig = go.Figure()
    for nama, s in seri.items():
        if not len(s):
            continue
        fig.add_trace(go.Scatter(
            x=s["tahun"], y=s["nilai"], name=nama, mode="lines+markers", connectgaps=False,
            line=dict(dash="dash" if nama in acuan else "solid"),
            text=[fmt.nilai_satuan(v, satuan) for v in s["nilai"]],
            hovertemplate=nama + " %{x}: %{text} " + satuan + "<extra></extra>"))
    fig.update_layout(xaxis=dict(title="Tahun", dtick=1), yaxis_title=satuan, hovermode="closest")
    return _layout(fig, judul, 420)


def batang_peringkat_sorot(nilai: pd.DataFrame, judul: str, satuan: str, acuan: dict[str, float] | None = None,
                           divergen: bool = False, titik_tengah: float = 0.0, pilih: str | None = None) -> go.Figure:
    """`batang_peringkat` for the map page: a gap or ratio is coloured on the diverging scale centred on parity
    (ratio bars start at 1), the selected region is outlined, and the reference lines (e.g. Kalteng and
    Indonesia in the same year) are labelled one at the top and one at the bottom so close values stay legible."""
    fig = batang_peringkat(nilai, judul, satuan, None, divergen)
    ada = nilai.dropna(subset=["nilai"]).sort_values("nilai")
    if len(ada):
        bar = fig.data[0]
        if divergen:
            bar.marker.cmid = titik_tengah
            if titik_tengah:
                bar.x = ada["nilai"] - titik_tengah
                bar.base = titik_tengah
        if pilih is not None:
            bar.marker.line = dict(color="black", width=[3 if k == pilih else 0 for k in ada["kode_bps"]])
    for n, (nama, v) in enumerate((acuan or {}).items()):
        if v is not None and not np.isnan(v):
            fig.add_vline(x=v, line_dash="dash" if n == 0 else "dot", line_color="#444",
                          annotation_text=f"{nama} {fmt.nilai_satuan(v, satuan, tanda=divergen and not titik_tengah)}",
                          annotation_position="top" if n % 2 == 0 else "bottom")
    return fig
