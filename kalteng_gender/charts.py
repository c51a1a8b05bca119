"""Plotly figure builders. They take data and return a figure; nothing here needs a network.

Maps use MapLibre (`Choroplethmap`) with the white-bg style and the project's own GeoJSON: no tiles, no CDN.
Regions without a figure are drawn grey with "data tidak tersedia" in the hover, never coloured as zero.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import fmt

ABU = "#c8c8c8"
SKALA_LEVEL = "Viridis"
SKALA_GAP = "RdBu"  # diverging; centred on parity by the caller
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13)


# A title at 15 px wraps at this many characters, so it fits a phone (390 px less the page's margins) uncut.
LEBAR_JUDUL = 45

# Chart words in the reader's language (numbers via fmt, units via fmt.satuan)
KATA = {
    "id": {"tahun": "Tahun", "P": "Perempuan", "L": "Laki-laki", "disamarkan": "disamarkan",
           "buruk": "lebih buruk<br>bagi perempuan", "setara": "setara", "baik": "lebih baik<br>bagi perempuan",
           "kesetaraan": "kesetaraan 50 %", "persen_p": "persen perempuan", "perempuan": "perempuan",
           "jika": "jika dimensi setara", "jika_hover": "jika %{y} setara: IKG %{text}", "aktual": "IKG aktual",
           "ikg_setara": "IKG (0 = setara)"},
    "en": {"tahun": "Year", "P": "Women", "L": "Men", "disamarkan": "withheld",
           "buruk": "worse<br>for women", "setara": "parity", "baik": "better<br>for women",
           "kesetaraan": "parity 50 %", "persen_p": "percent women", "perempuan": "women",
           "jika": "if the dimension were at parity", "jika_hover": "if %{y} were at parity: IKG %{text}",
           "aktual": "actual IKG", "ikg_setara": "IKG (0 = parity)"},
}


def _kata(kunci: str, lang: str) -> str:
    return KATA["en" if lang == "en" else "id"][kunci]


def _kosong(lang: str) -> str:
    return fmt.TIDAK_TERSEDIA_EN if lang == "en" else fmt.TIDAK_TERSEDIA


def bungkus_judul(judul: str, lebar: int = LEBAR_JUDUL) -> list[str]:
    """A title as lines of at most about `lebar` characters ("<br>" and " — " start a new line), every word kept."""
    import textwrap
    return [b for bagian in re.split(r"<br>| — ", judul) for b in (textwrap.wrap(bagian, lebar) or [""])]


# The chart's toolbar (zoom, download) takes the top ~26 px at the right; on a phone it is always shown and the
# title reaches under it, so titles start below that strip.
RUANG_ALAT = 30
# A panel's title starts at its plot area, right of the "Perempuan"/"Laki-laki" labels: fewer characters fit
LEBAR_PANEL = 36


def _judul(baris: list[str], tinggi: int | None, ukuran: int = 15) -> dict:
    # placed in pixels from the top of the chart (plotly's title padding is not kept by Streamlit's theme); plotly
    # sets a top-anchored title's first line about one font size higher than `y`
    return dict(text="<br>".join(baris), x=0, xref="container", xanchor="left", pad=dict(l=10),
                y=1 - (RUANG_ALAT + ukuran) / (tinggi or 450), yref="container", yanchor="top", font=dict(size=ukuran))


def _atas(baris: int, tiap: int = 20, sisa: int = 24) -> int:
    """Top margin for a title of `baris` lines below the toolbar strip."""
    return RUANG_ALAT + tiap * baris + sisa


def _layout(fig: go.Figure, judul: str, tinggi: int, lang: str = "id") -> go.Figure:
    """Title (wrapped so that it fits a phone, below the toolbar), height, font and the reader's decimal
    separator."""
    baris = bungkus_judul(judul) if judul else []
    fig.update_layout(title=_judul(baris, tinggi), height=tinggi, font=FONT, margin=dict(l=10, r=10, t=_atas(len(baris)), b=10),
                      separators=".," if lang == "en" else ",.")
    return fig


# The whole province (about 5,2° of longitude) in a ~300 px wide map: a phone's width less the page's margins. The
# zoom cannot follow the browser's viewport (the figure is built on the server), so one zoom serves phone and
# desktop; the colour bar lies under the map so that it takes no width.
ZOOM_PROVINSI = 5.2


def peta(nilai: pd.DataFrame, geojson: dict, pusat: dict, judul: str, satuan: str,
         divergen: bool = False, titik_tengah: float = 0.0, pilih: str | None = None, tanda: bool | None = None,
         zoom: float = ZOOM_PROVINSI, samar: tuple[str, ...] = (), teks_kosong: str | None = None,
         teks_samar: str | None = None, lang: str = "id") -> go.Figure:
    """Choropleth of `nilai` (kode_bps, wilayah, tahun, nilai) over the 14 regions. `tanda` (default: `divergen`)
    writes a sign before values (a gap, not a ratio); regions in `samar` are withheld, not missing."""
    tanda = divergen if tanda is None else tanda
    teks_kosong = _kosong(lang) if teks_kosong is None else teks_kosong
    teks_samar = _kata("disamarkan", lang) if teks_samar is None else teks_samar
    unit = fmt.satuan(satuan, lang)
    ada = nilai.dropna(subset=["nilai"])
    kosong = nilai[nilai["nilai"].isna()]
    fig = go.Figure()
    if len(kosong):
        ket = [teks_samar if k in samar else teks_kosong for k in kosong["kode_bps"]]
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, featureidkey="properties.kode_bps", locations=kosong["kode_bps"],
            z=np.zeros(len(kosong)), colorscale=[[0, ABU], [1, ABU]], showscale=False,
            marker=dict(line=dict(color="white", width=1)), customdata=np.column_stack([kosong["wilayah"], ket]),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>", name=teks_kosong))
    if len(ada):
        teks = [fmt.nilai_satuan(v, satuan, tanda=tanda, lang=lang) for v in ada["nilai"]]
        skala = dict(colorscale=SKALA_GAP, zmid=titik_tengah) if divergen else dict(colorscale=SKALA_LEVEL)
        garis = [3 if k == pilih else 1 for k in ada["kode_bps"]]
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, featureidkey="properties.kode_bps", locations=ada["kode_bps"],
            z=ada["nilai"], **skala, marker=dict(line=dict(color="black" if pilih else "white", width=garis)),
            customdata=np.column_stack([ada["wilayah"], teks, ada["tahun"].astype("Int64").astype(str)]),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]} " + unit
                          + " (%{customdata[2]})<extra></extra>",
            colorbar=dict(title=dict(text=unit, side="top"), thickness=12, orientation="h", y=-0.02,
                          yanchor="top", len=0.9), name=""))
    fig.update_layout(map=dict(style="white-bg", center=pusat, zoom=zoom), showlegend=False)
    return _layout(fig, judul, 520, lang)


def batang_peringkat(nilai: pd.DataFrame, judul: str, satuan: str, garis: dict[str, float] | None = None,
                     divergen: bool = False, tanda: bool | None = None, samar: tuple[str, ...] = (),
                     teks_kosong: str | None = None, teks_samar: str | None = None, lang: str = "id") -> go.Figure:
    """Horizontal bars sorted by value; regions without data listed at the bottom with a label, not a bar.
    Labels are never clipped: they may leave the plot area and the value axis leaves room for them."""
    tanda = divergen if tanda is None else tanda
    teks_kosong = _kosong(lang) if teks_kosong is None else teks_kosong
    teks_samar = _kata("disamarkan", lang) if teks_samar is None else teks_samar
    unit = fmt.satuan(satuan, lang)
    ada = nilai.dropna(subset=["nilai"]).sort_values("nilai")
    kosong = nilai[nilai["nilai"].isna()]
    fig = go.Figure(go.Bar(
        x=ada["nilai"], y=ada["wilayah"], orientation="h",
        marker=dict(color=ada["nilai"], colorscale=SKALA_GAP if divergen else SKALA_LEVEL),
        text=[fmt.nilai_satuan(v, satuan, tanda=tanda, lang=lang) for v in ada["nilai"]], textposition="outside",
        cliponaxis=False, hovertemplate="%{y}: %{text} " + unit + "<extra></extra>"))
    if len(kosong):
        ket = [teks_samar if k in samar else teks_kosong for k in kosong["kode_bps"]]
        fig.add_trace(go.Bar(x=[0] * len(kosong), y=kosong["wilayah"], orientation="h", marker_color=ABU,
                             text=ket, textposition="outside", cliponaxis=False,
                             hovertemplate="%{y}: %{text}<extra></extra>"))
    for nama, v in (garis or {}).items():
        if v is not None and not np.isnan(v):
            fig.add_vline(x=v, line_dash="dash", line_color="#444",
                          annotation_text=f"{nama} {fmt.nilai_satuan(v, satuan, lang=lang)}",
                          annotation_position="top")
    fig.update_layout(showlegend=False, yaxis=dict(categoryorder="array", automargin=True,
                      categoryarray=list(kosong["wilayah"]) + list(ada["wilayah"])),
                      xaxis=dict(title=unit, range=_rentang_label(ada["nilai"], len(kosong) > 0)))
    return _layout(fig, judul, max(320, 28 * len(nilai) + 90), lang)


def _rentang_label(v: pd.Series, ada_kosong: bool) -> list[float] | None:
    """A value axis from (or through) zero with a quarter of the span free beyond the bars for their labels
    (a third on the positive side when a "no data" label starts at zero)."""
    if not len(v):
        return [0, 1]
    lo, hi = min(float(v.min()), 0.0), max(float(v.max()), 0.0)
    lebar = (hi - lo) or 1.0
    return [lo - 0.25 * lebar if lo < 0 else 0, hi + (0.45 if ada_kosong else 0.25) * lebar]


def tren(seri: dict[str, pd.DataFrame], judul: str, satuan: str, acuan: set[str] = frozenset(),
         lang: str = "id") -> go.Figure:
    """One line per region (`tahun`, `nilai`); benchmark regions dashed; gaps in years are not bridged."""
    unit = fmt.satuan(satuan, lang)
    fig = go.Figure()
    for nama, s in seri.items():
        if not len(s):
            continue
        fig.add_trace(go.Scatter(
            x=s["tahun"], y=s["nilai"], name=nama, mode="lines+markers", connectgaps=False,
            line=dict(dash="dash" if nama in acuan else "solid"),
            text=[fmt.nilai_satuan(v, satuan, lang=lang) for v in s["nilai"]],
            hovertemplate=nama + " %{x}: %{text} " + unit + "<extra></extra>"))
    fig.update_layout(xaxis=dict(title=_kata("tahun", lang), dtick=1), yaxis_title=unit, hovermode="closest")
    return _layout(fig, judul, 420, lang)


SOROT = "#31688e"  # Viridis blue for the highlighted region
WARNA_JK = {"P": "#E69F00", "L": "#0072B2"}  # Okabe-Ito orange/blue: distinguishable with colour-blindness


def _cincin(geom: dict) -> list[list]:
    """Outer rings of a GeoJSON Polygon/MultiPolygon."""
    if geom["type"] == "Polygon":
        return [geom["coordinates"][0]]
    return [poli[0] for poli in geom["coordinates"]]


def peta_sorot(geojson: dict, kode: str, judul: str, tinggi: int = 340, lang: str = "id") -> go.Figure:
    """Small locator map: the 14 kab/kota outlined, `kode` filled (a province code fills all 14).

    Plain SVG polygons (no WebGL, no tiles), so it prints from the browser and exports to PNG quickly."""
    semua = {g["properties"]["kode_bps"] for g in geojson["features"]}
    kelompok: dict[bool, tuple[list, list, list]] = {False: ([], [], []), True: ([], [], [])}
    for f in geojson["features"]:
        k = f["properties"]["kode_bps"]
        x, y, nama = kelompok[kode == k or kode not in semua]
        nama.append(f["properties"].get("nama", k))
        for cincin in _cincin(f["geometry"]):  # one trace per colour; rings separated by None
            x.extend([p[0] for p in cincin] + [None])
            y.extend([p[1] for p in cincin] + [None])
    fig = go.Figure()
    for sorot, (x, y, nama) in kelompok.items():
        if x:
            fig.add_trace(go.Scatter(
                x=x, y=y, fill="toself", mode="lines", line=dict(color="white", width=0.8),
                fillcolor=SOROT if sorot else "#e3e3e3", hoveron="fills", showlegend=False, name="",
                hovertemplate=("<b>" + ", ".join(nama) + "</b>" if len(nama) == 1 else "") + "<extra></extra>"))
    fig.update_xaxes(visible=False, showgrid=False)
    fig.update_yaxes(visible=False, showgrid=False, scaleanchor="x", scaleratio=1)
    fig.update_layout(plot_bgcolor="white", paper_bgcolor="white")
    fig = _layout(fig, judul, tinggi, lang)
    baris = bungkus_judul(judul) if judul else []
    fig.update_layout(margin=dict(l=5, r=5, t=_atas(len(baris), 18, 12), b=5), title=_judul(baris, tinggi, 13))
    return fig


def batang_pl(baris: pd.DataFrame, judul: str, lang: str = "id") -> go.Figure:
    """Female and male values side by side, one small panel per indicator (their units differ).

    `baris`: columns judul (panel title with indicator, unit and year), satuan, P, L."""
    from plotly.subplots import make_subplots

    n = max(len(baris), 1)
    fig = make_subplots(rows=n, cols=1, subplot_titles=["<br>".join(bungkus_judul(j, LEBAR_PANEL)) for j in baris["judul"]]
                        or [""], vertical_spacing=0.32 / n)
    for i, r in enumerate(baris.itertuples(), start=1):
        for jk in ("L", "P"):
            v, nama = getattr(r, jk), _kata(jk, lang)
            fig.add_trace(go.Bar(
                x=[v], y=[nama], orientation="h", marker_color=WARNA_JK[jk], showlegend=False,
                text=[fmt.nilai_satuan(v, r.satuan, lang=lang)], textposition="outside", cliponaxis=False,
                hovertemplate=f"{nama}: %{{text}} {fmt.satuan(r.satuan, lang)}<extra></extra>"), row=i, col=1)
        maks = max(abs(r.P), abs(r.L))
        fig.update_xaxes(range=[0, maks * 1.25], showgrid=False, showticklabels=False, row=i, col=1)
    fig.update_annotations(font=dict(size=12), x=0, xanchor="left")
    fig = _layout(fig, judul, 60 + 90 * n, lang)
    fig.update_layout(bargap=0.25, margin=dict(l=10, r=20, t=_atas(len(bungkus_judul(judul)), sisa=40), b=10),
                      plot_bgcolor="white")
    return fig


def batang_peringkat_sorot(nilai: pd.DataFrame, judul: str, satuan: str, acuan: dict[str, float] | None = None,
                           divergen: bool = False, titik_tengah: float = 0.0, pilih: str | None = None,
                           tanda: bool | None = None, lang: str = "id", **kosong) -> go.Figure:
    """`batang_peringkat` for the map page: a gap or ratio is coloured on the diverging scale centred on parity
    (ratio bars start at 1), the selected region is outlined, and the reference lines (e.g. Kalteng and
    Indonesia in the same year) are labelled one at the top and one at the bottom so close values stay legible.
    `kosong`: `samar`, `teks_kosong`, `teks_samar` of batang_peringkat."""
    tanda = divergen and not titik_tengah if tanda is None else tanda
    fig = batang_peringkat(nilai, judul, satuan, None, divergen, tanda, lang=lang, **kosong)
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
                          annotation_text=f"{nama} {fmt.nilai_satuan(v, satuan, tanda=tanda, lang=lang)}",
                          annotation_position="top" if n % 2 == 0 else "bottom")
    return fig


# --- sector gaps, composite indices (pages 3 and 6) ----------------------------------------------------------
BATAS_PARITAS = 1.5  # |ln(P/L)| where the heat-map colour saturates (P/L ≈ 0,22 or 4,5)


def _bungkus(teks: str, lebar: int = 22) -> str:
    """Wrap a label onto lines of about `lebar` characters (<br>), keeping every word."""
    baris, kini = [], ""
    for kata in teks.split():
        if kini and len(kini) + 1 + len(kata) > lebar:
            baris.append(kini)
            kini = kata
        else:
            kini = f"{kini} {kata}".strip()
    return "<br>".join([*baris, kini])


def heatmap_paritas(matriks: pd.DataFrame, judul: str, lang: str = "id") -> go.Figure:
    """Indicator × region heat map of the signed distance from parity (`skor`, negative = worse for women).

    `matriks`: long table of `sektor.matriks_paritas`. Diverging scale centred on parity (0); each cell is
    labelled with P/L and its year, so colour is not the only carrier. Cells without both P and L are grey
    with "data tidak tersedia", never coloured as parity. Indicators are rows (their labels are long),
    regions are columns."""
    wil = list(dict.fromkeys(matriks["wilayah"]))
    ind = list(dict.fromkeys(matriks["indikator"]))
    label = dict(zip(matriks["indikator"], matriks["label"]))
    y = list(range(len(ind)))  # positions, so two similar labels never merge into one row
    m = matriks.set_index(["indikator", "wilayah"])
    kosong_teks, pl = _kosong(lang), ("F", "M") if lang == "en" else ("P", "L")
    z, zk, teks, hover = [], [], [], []
    for i in ind:
        baris_z, baris_k, baris_t, baris_h = [], [], [], []
        for w in wil:
            r = m.loc[(i, w)]
            ada = not pd.isna(r["skor"])
            baris_z.append(float(np.clip(r["skor"], -BATAS_PARITAS, BATAS_PARITAS)) if ada else None)
            baris_k.append(None if ada else 0)
            if ada:
                baris_t.append(f"{fmt.angka(r['rasio'], 2, lang=lang)}<br>{int(r['tahun'])}")
                asal = f" ({pl[1]} = 100 − {pl[0]})" if r["L_asal"] == "100 − P" else ""
                baris_h.append(f"<b>{w}</b> · {label[i]} ({int(r['tahun'])})<br>{pl[0]} "
                               f"{fmt.nilai_satuan(r['P'], r['satuan'], lang=lang)}"
                               f" · {pl[1]} {fmt.nilai_satuan(r['L'], r['satuan'], lang=lang)}{asal} "
                               f"{fmt.satuan(r['satuan'], lang)}<br>"
                               f"{pl[0]} − {pl[1]} {fmt.nilai_satuan(r['gap'], r['satuan'], tanda=True, lang=lang)}"
                               f" · {pl[0]}/{pl[1]} {fmt.angka(r['rasio'], 2, lang=lang)}<br>{r['status']}")
            else:
                baris_t.append("")
                baris_h.append(f"<b>{w}</b> · {label[i]}<br>{kosong_teks}")
        z.append(baris_z), zk.append(baris_k), teks.append(baris_t), hover.append(baris_h)
    fig = go.Figure()
    fig.add_trace(go.Heatmap(z=zk, x=wil, y=y, colorscale=[[0, "#e6e6e6"], [1, "#e6e6e6"]], showscale=False,
                             text=hover, hovertemplate="%{text}<extra></extra>", xgap=2, ygap=2,
                             name=kosong_teks))
    fig.add_trace(go.Heatmap(
        z=z, x=wil, y=y, colorscale=SKALA_GAP, zmid=0, zmin=-BATAS_PARITAS, zmax=BATAS_PARITAS,
        customdata=hover, hovertemplate="%{customdata}<extra></extra>", text=teks, texttemplate="%{text}",
        textfont=dict(size=11), xgap=2, ygap=2, hoverongaps=False,
        colorbar=dict(thickness=12, tickvals=[-BATAS_PARITAS, 0, BATAS_PARITAS],
                      ticktext=[_kata("buruk", lang), _kata("setara", lang), _kata("baik", lang)])))
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=y,
                     ticktext=[_bungkus(label[i], 42) for i in ind], tickfont=dict(size=11))
    fig.update_xaxes(tickangle=-40, side="bottom", tickfont=dict(size=11))
    fig = _layout(fig, judul, 170 + 40 * len(ind), lang)
    fig.update_layout(plot_bgcolor="white", margin=dict(l=10, r=10, t=_atas(len(bungkus_judul(judul))), b=10))
    return fig


def batang_paritas(tabel: pd.DataFrame, judul: str, lang: str = "id") -> go.Figure:
    """Women's share (%) per component with parity (50 %) marked; missing components labelled, not drawn.

    `tabel`: columns komponen, perempuan, tahun (as `komposit.tabel_idg`)."""
    ada = tabel.dropna(subset=["perempuan"])
    kosong = tabel[tabel["perempuan"].isna()]
    fig = go.Figure()
    if len(ada):
        fig.add_trace(go.Bar(
            x=ada["perempuan"], y=ada["komponen"], orientation="h", marker_color=WARNA_JK["P"],
            text=[f"{fmt.angka(v, 2, lang=lang)} % ({int(t)})" for v, t in zip(ada["perempuan"], ada["tahun"])],
            textposition="outside", cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>",
            name=_kata("perempuan", lang)))
    if len(kosong):
        fig.add_trace(go.Bar(x=[0] * len(kosong), y=kosong["komponen"], orientation="h", marker_color=ABU,
                             text=[_kosong(lang)] * len(kosong), textposition="outside", cliponaxis=False,
                             hovertemplate="%{y}: " + _kosong(lang) + "<extra></extra>"))
    fig.add_vline(x=50, line_dash="dash", line_color="#444", annotation_text=_kata("kesetaraan", lang),
                  annotation_position="top")
    fig.update_layout(showlegend=False, xaxis=dict(range=[0, 100], title=_kata("persen_p", lang)),
                      yaxis=dict(categoryorder="array", categoryarray=list(tabel["komponen"])[::-1]))
    n_judul = len(bungkus_judul(judul))
    return _layout(fig, judul, 120 + 55 * len(tabel) + 20 * (n_judul - 1), lang)


def batang_kontrafaktual(tabel: pd.DataFrame, judul: str, lang: str = "id") -> go.Figure:
    """Actual IKG and the IKG with each dimension at parity (`komposit.kontrafaktual`), labelled to 3 decimals."""
    ada = tabel.dropna(subset=["ikg_setara"])
    fig = go.Figure()
    if len(ada):
        fig.add_trace(go.Bar(x=ada["ikg_setara"], y=ada["dimensi"], orientation="h", marker_color=SOROT,
                             text=[fmt.angka(v, 3, lang=lang) for v in ada["ikg_setara"]], textposition="outside",
                             cliponaxis=False, name=_kata("jika", lang),
                             hovertemplate=_kata("jika_hover", lang) + "<extra></extra>"))
        aktual = float(ada["ikg_aktual"].iloc[0])
        fig.add_vline(x=aktual, line_dash="dash", line_color="#444",
                      annotation_text=f"{_kata('aktual', lang)} {fmt.angka(aktual, 3, lang=lang)}",
                      annotation_position="top")
    fig.update_layout(showlegend=False, xaxis=dict(range=[0, 1], title=_kata("ikg_setara", lang)))
    return _layout(fig, judul, 300, lang)


def diagram_alur(struktur: dict[str, list[str]], indeks: str, tersedia: dict[str, bool], judul: str,
                 lang: str = "id") -> go.Figure:
    """Sankey "how it is calculated": indicators → dimensions → index; grey nodes have no data for the view.

    A dimension is available when all its indicators are, the index when all dimensions are."""
    biru, hijau, ungu = "#0072B2", "#009E73", "#440154"
    simpul = list(dict.fromkeys(i for dims in struktur.values() for i in dims))
    dimensi = list(struktur)
    label, warna = [], []
    for s in simpul:
        ok = tersedia.get(s, False)
        label.append(f"{s} ✓" if ok else f"{s} ✗ ({_kosong(lang)})")
        warna.append(biru if ok else ABU)
    dim_ok = {d: all(tersedia.get(i, False) for i in struktur[d]) for d in dimensi}
    for d in dimensi:
        label.append(d)
        warna.append(hijau if dim_ok[d] else ABU)
    label.append(indeks)
    warna.append(ungu if all(dim_ok.values()) else ABU)
    src, tgt, val = [], [], []
    for j, d in enumerate(dimensi):
        for i in struktur[d]:
            src.append(simpul.index(i)), tgt.append(len(simpul) + j), val.append(1)
        src.append(len(simpul) + j), tgt.append(len(simpul) + len(dimensi)), val.append(len(struktur[d]))
    fig = go.Figure(go.Sankey(
        arrangement="snap", valueformat=".0f",
        node=dict(label=label, color=warna, pad=18, thickness=16, line=dict(color="white", width=0.5),
                  hovertemplate="%{label}<extra></extra>"),
        link=dict(source=src, target=tgt, value=val, color="rgba(120,120,120,0.25)",
                  hovertemplate="%{source.label} → %{target.label}<extra></extra>")))
    return _layout(fig, judul, 380, lang)


def beri_judul(fig: go.Figure, judul: str, lebar: int = LEBAR_JUDUL) -> go.Figure:
    """Set a long title wrapped onto lines of about `lebar` characters, with room above the plot for it
    (plotly titles do not wrap by themselves). " — " starts a new line."""
    baris = bungkus_judul(judul, lebar)
    fig.update_layout(title=_judul(baris, fig.layout.height), margin=dict(t=_atas(len(baris), 22)))
    return fig


# --- comparison view (page 2) ------------------------------------------------------------------------------
# Region by colour (Okabe-Ito for regencies; Kalteng near-black, Indonesia wine), sex by dash and marker, so the
# lines stay apart in grey print and for colour-blind readers.
WARNA_WILAYAH = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
WARNA_ACUAN = {"Kalimantan Tengah": "#222222", "Indonesia": "#882255"}
GAYA_JK = {"P": dict(dash="solid", simbol="circle"), "L": dict(dash="dash", simbol="square"),
           "T": dict(dash="solid", simbol="diamond")}


def banding(garis: dict[tuple[str, str], pd.DataFrame], nama_jk: dict[str, str], satuan: str,
            rentang: tuple[int, int], judul_tahun: str | None = None, lang: str = "id") -> go.Figure:
    """One line per region and sex (`banding.Perbandingan.garis`): NaN years break the line (connectgaps off),
    a lone published year is a marker. The legend is always shown, below the plot, so it survives a phone width;
    the title is the page's heading, not the figure's (it would sit under the toolbar)."""
    judul_tahun = _kata("tahun", lang) if judul_tahun is None else judul_tahun
    unit = fmt.satuan(satuan, lang)
    fig = go.Figure()
    lain = iter(WARNA_WILAYAH * 3)
    warna: dict[str, str] = {}
    for (nama, jk), s in garis.items():
        if nama not in warna:
            warna[nama] = WARNA_ACUAN.get(nama) or next(lain)
        label = f"{nama}, {nama_jk[jk]}"
        fig.add_trace(go.Scatter(
            x=s["tahun"], y=s["nilai"], name=label, mode="lines+markers", connectgaps=False, showlegend=True,
            legendgroup=nama, line=dict(color=warna[nama], dash=GAYA_JK[jk]["dash"], width=2.5),
            marker=dict(symbol=GAYA_JK[jk]["simbol"], size=9, color=warna[nama]),
            text=[fmt.nilai_satuan(v, satuan, lang=lang) for v in s["nilai"]],
            hovertemplate=label + " %{x}: %{text} " + unit + "<extra></extra>"))
    fig.update_layout(
        showlegend=True, hovermode="closest",
        legend=dict(orientation="h", yanchor="top", y=-0.15, x=0, xanchor="left", font=dict(size=12)),
        xaxis=dict(title=judul_tahun, dtick=1, range=[rentang[0] - 0.5, rentang[1] + 0.5]),
        yaxis=dict(title=unit, rangemode="tozero"))  # from zero: the distance between the lines is the gap
    fig = _layout(fig, "", 420 + 22 * ((len(garis) + 1) // 2), lang)
    fig.update_layout(margin=dict(l=10, r=10, t=20, b=10))
    return fig
