"""Streamlit glue shared by app.py and every page: cached loading, URL-backed filters, captions, cards.

Logic lives in `kalteng_gender`; this module only turns its results into widgets.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from kalteng_gender import (aman, banding, charts, data as kd, fmt, geo, konteks, privasi, regions, seleksi, state,
                           sumber)
from kalteng_gender.teks import t


@st.cache_resource(show_spinner=False)
def _muat_geo():
    batas = geo.muat_batas()
    return batas, geo.geojson(batas), geo.pusat(batas)


def versi_data() -> tuple:
    """The data files' identity on disk (path, inode, mtime_ns, size). Caches key on it, so when one server
    process applies an import (an atomic rename), every other process behind the same proxy reads the new file
    on its next rerun instead of serving what it holds in memory."""
    versi = []
    for f in (kd.DATA_FILE, kd.REGISTRY_FILE):
        try:
            s = f.stat()
            versi.append((str(f), s.st_ino, s.st_mtime_ns, s.st_size))
        except OSError:  # a missing file is reported by the loader itself
            versi.append((str(f), None))
    return tuple(versi)


@st.cache_data(show_spinner=False, max_entries=4)
def _muat_data(versi: tuple):
    reg = kd.muat_registry()
    tampil, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    tampil["tingkat"] = sumber.tingkat(tampil["sumber"], sumber.muat())  # the source's grade beside every value
    return tampil, reg, samar


@st.cache_data(show_spinner=False)
def muat_sumber() -> pd.DataFrame:
    return sumber.muat()


@st.cache_data(show_spinner=False)
def muat_nasional() -> pd.DataFrame:
    """BPS's table of every province and kab/kota (IPG, IDG, IKG) for national context."""
    try:
        return konteks.muat()
    except kd.DataError as e:
        st.warning(str(e))
        return konteks.muat(Path("/nonexistent"))


def muat():
    """(data to display, registry) or, if a file is refused, its message on screen and the page stops.

    Very small violence counts in a regency are withheld (privasi.samarkan); `catatan_samar` says where."""
    try:
        return _muat_data(versi_data())[:2]
    except kd.DataError as e:
        st.error(f"**{t('data_ditolak', bahasa())}.** " + aman.polos(e))  # the message quotes the file
        st.stop()


def catatan_samar(ind: str, tahun: int | None = None) -> None:
    """Caption naming the regions whose small count for this indicator is withheld, if any."""
    nama = privasi.wilayah_disamarkan(_muat_data(versi_data())[2], ind, tahun)
    if nama:
        st.caption(f":material/lock: {privasi.CATATAN.capitalize()}: {aman.polos(', '.join(nama))} (ditampilkan abu-abu).")


def muat_geo():
    try:
        return _muat_geo()
    except kd.DataError as e:
        st.error(aman.polos(e))
        st.stop()


def bahasa() -> str:
    lang = st.query_params.get("lang", "id")
    return lang if lang in ("id", "en") else "id"


def _menu() -> list[tuple[str, str]]:
    """(script, label) for the sidebar: the landing page, then pages/ in file order, named after the file."""
    akar = Path(__file__).resolve().parent
    halaman = sorted((akar / "pages").glob("[0-9]*.py"), key=lambda p: int(p.stem.split("_")[0]))
    return [("app.py", "ringkasan")] + [(f"pages/{p.name}", p.stem.split("_", 1)[1].replace("_", " "))
                                        for p in halaman]


def tautan_halaman(skrip: str, teks: str, q: dict[str, str], ikon: str | None = None) -> None:
    """st.page_link, or a plain relative link when a page file runs on its own (tests run pages without app.py)."""
    from streamlit.errors import StreamlitAPIException
    try:
        st.page_link(skrip, label=teks, icon=ikon, query_params=q or None)
    except StreamlitAPIException:
        jalur = "" if skrip == "app.py" else Path(skrip).stem.split("_", 1)[-1]
        kueri = "&".join(f"{k}={v}" for k, v in q.items())
        st.markdown(f"{ikon or ''} [{teks}](/{jalur}{'?' + kueri if kueri else ''})")


def halaman(judul_kunci: str, ikon: str = ":material/bar_chart:") -> str:
    """Page config, sidebar menu, language switch and title; returns the language code."""
    st.set_page_config(page_title=t(judul_kunci), page_icon=ikon, layout="wide")
    lang = bahasa()
    with st.sidebar:
        for skrip, nama in _menu():
            tautan_halaman(skrip, t(nama, lang) if nama == "ringkasan" else nama,
                           {"lang": "en"} if lang == "en" else {})
        st.divider()
    pilih = st.sidebar.radio(t("bahasa", lang), ["id", "en"], index=["id", "en"].index(lang), horizontal=True,
                             format_func=lambda x: {"id": "Bahasa Indonesia", "en": "English"}[x], key="w_lang")
    if pilih != lang:
        st.query_params["lang"] = pilih
        st.rerun()
    st.title(t(judul_kunci, lang))
    return lang


def label(reg: pd.DataFrame, ind: str, lang: str = "id") -> str:
    # a plain dict: select boxes call this once per option on every rerun, and a pandas lookup costs ms each
    return dict(zip(reg["id"], reg["label_en" if lang == "en" else "label_id"])).get(ind, ind)


def info(reg: pd.DataFrame, ind: str) -> pd.Series:
    return reg.set_index("id").loc[ind]


@st.cache_resource(show_spinner=False, max_entries=64)
def _peta(nilai: pd.DataFrame, judul: str, satuan: str, opsi: tuple):
    _, gj, pusat = _muat_geo()
    return charts.peta(nilai, gj, pusat, judul, satuan, **dict(opsi))


def peta(nilai: pd.DataFrame, judul: str, satuan: str, **opsi):
    """charts.peta over the project's boundaries, built once per view: plotly validates the whole GeoJSON on
    every build, the largest cost of a rerun. The figure is shared, so callers must not modify it."""
    muat_geo()  # a refused boundary file is shown as a message, not a traceback
    return _peta(nilai, judul, satuan, tuple(sorted(opsi.items())))


def pilih_url(nama: str, label_widget: str, opsi: list, bawaan, format_func=str, widget: str = "selectbox",
              **kw):
    """A widget whose value lives in the URL (`?nama=...`) and in the session, so it survives page changes.

    An invalid value in the link is dropped with a notice and the default is used."""
    kunci = f"_f_{nama}"
    opsi_str = [str(o) for o in opsi]
    if kunci not in st.session_state:
        nilai, catatan = state.baca({nama: st.query_params[nama]} if nama in st.query_params else {},
                                    {nama: opsi_str})
        for c in catatan:  # they quote the link's values
            st.toast(aman.polos(c))
        st.session_state[kunci] = nilai.get(nama, bawaan)
    sekarang = st.session_state[kunci]
    if widget == "multiselect":
        sekarang = [s for s in (sekarang or []) if str(s) in opsi_str]
        v = st.multiselect(label_widget, opsi, default=[o for o in opsi if str(o) in map(str, sekarang)],
                           format_func=format_func, key=f"w_{nama}", **kw)
    else:
        idx = opsi_str.index(str(sekarang)) if str(sekarang) in opsi_str else opsi_str.index(str(bawaan))
        fungsi = st.radio if widget == "radio" else st.selectbox
        v = fungsi(label_widget, opsi, index=idx, format_func=format_func, key=f"w_{nama}", **kw)
        if v not in opsi:  # a stale value from a rerun with other options (seen under load): use the default
            v = opsi[idx]
    st.session_state[kunci] = v
    st.query_params.update(state.tulis({nama: v}))
    return v


def sebut_sumber(u: str) -> str:
    """A source as a reader meets it: publisher (linked when it is a web page) and its grade."""
    tabel = muat_sumber()
    penerbit = dict(zip(tabel["sumber"], tabel["penerbit"])).get(u) or u
    g = sumber.tingkat(pd.Series([u]), tabel).iloc[0]
    return (aman.tautan(penerbit, u) if aman.url_aman(u) else aman.polos(penerbit)) + f" ({sumber.SINGKAT[g]})"


def caption_sumber(daftar: list[str]) -> None:
    """The sources of what is drawn: publisher and grade, linked where the source is a web page."""
    if daftar:
        teks = list(dict.fromkeys(sebut_sumber(u) for u in daftar))  # one publisher's tables named once
        lagi = f" (+{len(teks) - 6} lainnya)" if len(teks) > 6 else ""
        teks = teks[:6]
        st.caption("**Sumber:** " + " · ".join(teks) + lagi)


def keterangan(df: pd.DataFrame, reg: pd.DataFrame, ind: str, tahun: int | None = None) -> None:
    """Caption under a chart: unit, definition, producer and the sources of what is drawn."""
    i = info(reg, ind)
    sumber = seleksi.sumber_untuk(df, ind, tahun)
    teks = f"**Satuan:** {i['satuan']}. **Definisi:** {i['definisi']} **Produsen:** {i['produsen']}."
    st.caption(teks)
    caption_sumber(sumber)
    catatan_samar(ind, tahun)


@st.cache_data(show_spinner=False, max_entries=1024)
def _olah(nama: str, kunci: tuple, _fungsi, _args, _kw):
    return _fungsi(*_args, **_kw)


@st.cache_resource(show_spinner=False, max_entries=256)
def _olah_grafik(nama: str, kunci: tuple, _fungsi, _args, _kw):
    return _fungsi(*_args, **_kw)


def _kunci(args: tuple, kw: dict) -> tuple:
    # The loaded data and registry stand for themselves by their version on disk: hashing them on every call
    # cost more than the work saved, and the version also tells another process that an import changed them.
    versi = versi_data()
    df, reg, _ = _muat_data(versi)
    ganti = lambda a: ("<data>", versi) if a is df else ("<registry>", versi) if a is reg else a  # noqa: E731
    return tuple(ganti(a) for a in args) + tuple((k, ganti(v)) for k, v in sorted(kw.items()))


def olah(fungsi, *args, **kw):
    """A pure package function's result, cached on its name and arguments (small DataFrames hashed by content),
    so a rerun that changes nothing recomputes nothing. For data, not figures (see olah_grafik)."""
    return _olah(f"{fungsi.__module__}.{fungsi.__qualname__}", _kunci(args, kw), fungsi, args, kw)


def olah_grafik(fungsi, *args, **kw):
    """Like olah for figure builders: the figure is kept as is (a copy would re-validate it), so callers must
    not modify it."""
    return _olah_grafik(f"{fungsi.__module__}.{fungsi.__qualname__}", _kunci(args, kw), fungsi, args, kw)


@st.cache_data(show_spinner=False, max_entries=256)
def _kartu(df: pd.DataFrame, ind: str, kode: str) -> seleksi.Kartu:
    return seleksi.kartu(df, ind, kode)


def kartu_indeks(df: pd.DataFrame, reg: pd.DataFrame, ind: str, kode: str, lang: str) -> None:
    """st.metric for the latest value with change against the previous published year and national value."""
    k = _kartu(df, ind, kode)
    i = info(reg, ind)
    judul = i["label_en" if lang == "en" else "label_id"]
    if k.tahun is None:
        st.metric(judul, t("tidak_tersedia", lang))
        nas = f"{t('nasional', lang)} {k.tahun_nasional}: {fmt.nilai_satuan(k.nasional, i['satuan'])}" \
            if k.tahun_nasional else ""
        st.caption(f"Belum ada angka terbit untuk {regions.NAMA[kode]}. {nas}")
        return
    delta = None
    if k.tahun_lalu is not None:
        delta = f"{fmt.nilai_satuan(k.perubahan, i['satuan'], tanda=True)} {t('sejak', lang)} {k.tahun_lalu}"
    st.metric(f"{judul} · {k.tahun}", fmt.nilai_satuan(k.nilai, i["satuan"]), delta=fmt.delta_metrik(delta),
              delta_color="inverse" if i["arah"] == "turun" else "normal")
    nas = (f"{t('nasional', lang)} {k.tahun_nasional}: {fmt.nilai_satuan(k.nasional, i['satuan'])}"
           if k.tahun_nasional else f"{t('nasional', lang)}: {t('tidak_tersedia', lang)}")
    st.caption(f"{nas} · {i['satuan']} · {t('sumber', lang)}: {sebut_sumber(k.sumber)}")


def tabel_tampil(tabel: pd.DataFrame, satuan: str) -> None:
    """The table view of a chart, numbers written the Indonesian way, missing as 'data tidak tersedia'."""
    tampil = tabel.copy()
    if "nilai" in tampil:
        tampil["nilai"] = [fmt.nilai_satuan(v, satuan) for v in tampil["nilai"]]
    if "tahun" in tampil:
        tampil["tahun"] = tampil["tahun"].map(lambda x: "" if pd.isna(x) else str(int(x)))
    st.dataframe(tampil, hide_index=True, width="stretch")


# Browser printing (A4 portrait): content only. No sidebar, header, toolbars or widgets; the inner scrolling
# container is opened up so every page prints, not only the first screen.
_CSS_CETAK = """<style>
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  [data-testid="stHeader"], header, [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stToast"], [data-testid="stToastContainer"],
  [data-testid="stElementToolbar"], [data-testid="stBottom"], .modebar-container,
  .stElementContainer:has([data-testid="stSelectbox"]), .stElementContainer:has([data-testid="stMultiSelect"]),
  .stElementContainer:has([data-testid="stRadio"]), .stElementContainer:has([data-testid="stDownloadButton"]),
  .stElementContainer:has([data-testid="stButton"]), .stElementContainer:has([data-testid="stPageLink"]),
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stRadio"],
  [data-testid="stDownloadButton"], [data-testid="stButton"], [data-testid="stExpander"],
  [data-testid="stPageLink"] { display: none !important; }
  html, body, .stApp, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"] {
    overflow: visible !important; height: auto !important; min-height: 0 !important; position: static !important;
  }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
  [data-testid="stHorizontalBlock"] { display: flex !important; flex-wrap: nowrap !important; }
  [data-testid="stColumn"] { min-width: 0 !important; }
  [data-testid="stMetric"], [data-testid="stTable"], [data-testid="stPlotlyChart"] { break-inside: avoid; }
  .stElementContainer:has([data-testid="stHeading"]) { break-after: avoid; }
}
</style>"""


def cetak_bersih() -> None:
    """Make the browser's print of this page clean (style only: st.html, no unsafe_allow_html)."""
    st.html(_CSS_CETAK)


# --- shared by the explorer pages (map & ranking, trend, data & metadata) ---------------------------------

def pilih_indikator(df: pd.DataFrame, reg: pd.DataFrame, lang: str, semua: bool = False, bawaan: str = "ikg",
                    kolom: tuple | None = None) -> tuple[str, str]:
    """Sector then indicator (both in the URL as `sektor`, `ind`); the indicator list follows the sector and
    names how many kab/kota have data. `semua=True` adds an "all indicators" choice. Returns (sektor, ind)."""
    k1, k2 = kolom or (st.container(), st.container())
    sektor_ada = set(reg.loc[reg["id"].isin(df["indikator"]), "sektor"])
    with k1:
        sektor = pilih_url("sektor", t("sektor", lang), ["semua"] + [s for s in kd.SEKTOR if s in sektor_ada],
                           "semua", format_func=lambda s: t("semua_sektor", lang) if s == "semua" else t(s, lang))
    n_kab = df[df["kode_bps"].isin(regions.KABKOTA)].groupby("indikator")["kode_bps"].nunique()
    opsi = (["semua"] if semua else []) + seleksi.indikator_tersedia(df, reg, sektor)
    with k2:
        ind = pilih_url("ind", t("indikator", lang), opsi, bawaan if bawaan in opsi else opsi[0],
                        format_func=lambda i: t("semua_indikator", lang) if i == "semua"
                        else f"{label(reg, i, lang)} — {n_kab.get(i, 0)}/14 kab/kota")
    return sektor, ind


def pilih_wilayah(label_widget: str, opsi: list[str], bawaan, format_func=str, ganda: bool = False, **kw):
    """The `wil` filter. It is a list in the URL and the session (`?wil=6201,6271`), so pages that pick several
    regions and pages that pick one share it: a single-region page shows the first listed region and keeps
    the list unless the user picks another region."""
    opsi_str = [str(o) for o in opsi]
    if "_f_wil" not in st.session_state and "wil" in st.query_params:
        nilai, catatan = state.baca({"wil": st.query_params["wil"]}, {"wil": opsi_str})
        for c in catatan:  # they quote the link's values
            st.toast(aman.polos(c))
        if "wil" in nilai:
            st.session_state["_f_wil"] = nilai["wil"]
    sekarang = st.session_state.get("_f_wil")
    if isinstance(sekarang, str):
        sekarang = st.session_state["_f_wil"] = [sekarang]
    if ganda:
        return pilih_url("wil", label_widget, opsi, bawaan, format_func, widget="multiselect", **kw)
    daftar = [s for s in (sekarang or []) if str(s) in opsi_str]
    st.session_state["_f_wil"] = daftar[0] if daftar else bawaan
    v = pilih_url("wil", label_widget, opsi, bawaan, format_func, **kw)
    daftar = daftar if daftar and daftar[0] == v else [v]
    st.session_state["_f_wil"] = daftar
    st.query_params.update(state.tulis({"wil": daftar}))
    return v


def pilih_wilayah_banding(label_widget: str, bawaan) -> list[str]:
    """The comparison view's regions (the shared `wil` list, any of the 14, Kalteng and Indonesia). On the first
    visit in a session a lone regency brought from another page or a link gets Kalteng and Indonesia beside it;
    `bawaan(list)` gives that default."""
    if "_f_wil" not in st.session_state and "wil" in st.query_params:
        nilai, catatan = state.baca({"wil": st.query_params["wil"]}, {"wil": banding.PILIHAN})
        for c in catatan:
            st.toast(c)
        st.session_state["_f_wil"] = nilai.get("wil", [])
    lama = st.session_state.get("_f_wil")
    lama = [lama] if isinstance(lama, str) else lama
    if not st.session_state.get("_banding_dibuka"):
        st.session_state["_banding_dibuka"] = True
        if not lama or (len(lama) == 1 and lama[0] in regions.KABKOTA):
            st.session_state["_f_wil"] = bawaan(lama)
    return pilih_wilayah(label_widget, banding.PILIHAN, bawaan(lama), format_func=regions.NAMA.get, ganda=True)


def pilih_rentang(label_widget: str, batas: tuple[int, int]) -> tuple[int, int]:
    """A year-range slider within `batas`, kept in the session and in the URL as `tahun=2018-2025` (validated by
    state.baca_rentang). A range chosen for another indicator is narrowed to this one's years."""
    if "_f_rentang" not in st.session_state:
        nilai = None
        if "tahun" in st.query_params:
            nilai, catatan = state.baca_rentang(st.query_params["tahun"], batas)
            for c in catatan:
                st.toast(c)
        st.session_state["_f_rentang"] = nilai or tuple(batas)
    lo, hi = batas
    a, b = st.session_state["_f_rentang"]
    nilai = (min(max(a, lo), hi), max(min(b, hi), lo))
    if lo == hi:  # one year only: nothing to slide
        st.caption(f"{label_widget}: {lo}")
        v = (lo, hi)
    else:
        v = tuple(st.slider(label_widget, lo, hi, nilai, key="w_rentang"))
    st.session_state["_f_rentang"] = v
    st.query_params.update(state.tulis({"tahun": v}))
    return v


def tab_url(label: dict[str, str]) -> list:
    """st.tabs whose open tab lives in the URL (`tab=peta`): {id: label} in order; an unknown id is dropped."""
    ids = list(label)
    if "_f_tab" not in st.session_state:
        nilai, catatan = state.baca({"tab": st.query_params["tab"]} if "tab" in st.query_params else {},
                                    {"tab": ids})
        for c in catatan:
            st.toast(c)
        st.session_state["_f_tab"] = st.session_state["_tab_awal"] = nilai.get("tab", ids[0])
    kembali = {v: k for k, v in label.items()}
    # the default stays the first one: a default that followed the open tab would make a new widget each click
    tabs = st.tabs(list(label.values()), default=label[st.session_state.get("_tab_awal", ids[0])], key="w_tab",
                   on_change="rerun")
    st.session_state["_f_tab"] = kembali.get(st.session_state.get("w_tab"), st.session_state["_f_tab"])
    st.query_params.update(state.tulis({"tab": st.session_state["_f_tab"]}))
    return tabs


def klik_peta(kunci_peta: str, opsi: list[str]):
    """Callback for `st.plotly_chart(on_select=...)`: a region clicked on the map becomes the selected `wil`
    (the select box is set to the clicked region)."""
    def _pilih():
        kode = seleksi.lokasi_klik(st.session_state.get(kunci_peta))
        if kode in opsi:
            st.session_state["_f_wil"] = [kode]
            st.session_state["w_wil"] = kode  # sets the select box in the browser too
    return _pilih


def tautan_profil(kode: str, lang: str) -> None:
    """Link to the Profil Wilayah page with the region in `wil` (nothing if that page is not installed)."""
    profil = [skrip for skrip, _ in _menu() if "Profil" in skrip]
    if profil and kode in regions.KABKOTA:
        q = {"wil": kode} | ({"lang": lang} if lang != "id" else {})
        tautan_halaman(profil[0], t("profil_link", lang).format(w=regions.NAMA[kode]), q, ikon=":material/location_on:")


def catatan_indikator(reg: pd.DataFrame, ind: str, lang: str) -> None:
    """Captions that must travel with an indicator: a method break to a parallel series; reports ≠ prevalence."""
    lain = seleksi.seri_pembanding(ind)
    if lain and lain in set(reg["id"]):
        st.caption(":material/warning: " + t("patahan_metode", lang).format(lain=label(reg, lain, lang)))
    if ind in set(reg["id"]) and info(reg, ind)["sektor"] == "perlindungan":
        st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))


# --- composite indices (pages 4 Profil Wilayah and 6 Indeks Komposit) ------------------------------------------

def sumber_banyak(df: pd.DataFrame, indikator: list[str], kode: str, tahun: int | None = None) -> None:
    """Source caption for a view drawn from several indicators of one region (and year)."""
    sel = df[df["indikator"].isin(indikator) & (df["kode_bps"] == kode)]
    if tahun is not None:
        sel = sel[sel["tahun"] == int(tahun)]
    caption_sumber(sorted(sel["sumber"].unique().tolist()))


def _kontrafaktual_tampil(kf: pd.DataFrame, nama: str, kunci: str, lang: str) -> None:
    from kalteng_gender import charts
    st.markdown("\n".join(f"- {s}" for s in kf["kalimat"]))
    st.plotly_chart(charts.batang_kontrafaktual(kf, f"IKG jika satu dimensi setara — {nama} (indeks 0–1)"),
                    key=f"kf_{kunci}", config={"displaylogo": False})
    with st.expander(t("tabel", lang)):
        st.dataframe(kf.assign(ikg_aktual=kf["ikg_aktual"].map(lambda v: fmt.angka(v, 3)),
                               ikg_setara=kf["ikg_setara"].map(lambda v: fmt.angka(v, 3)),
                               turun=kf["turun"].map(lambda v: fmt.angka(v, 3))), hide_index=True, width="stretch")


def bagian_ikg(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tahun: int, lang: str, lengkap: bool = True) -> None:
    """IKG of a region-year explained from the components the data hold: published vs recomputed (a difference
    above tolerance shown beside both), missing components named, explanation, driver sentence; with
    `lengkap` also the component table, the female/male dimensions and the counterfactuals."""
    from kalteng_gender import charts, komposit
    nama = regions.NAMA.get(kode, kode)
    r = olah(komposit.tabel_ikg, df, kode, [int(tahun)]).iloc[0]
    c1, c2, c3 = st.columns(3)
    c1.metric(f"{t('ikg_terbit', lang)} · {nama} {tahun}", fmt.angka(r["ikg_terbit"], 3))
    c2.metric(f"{t('ikg_hitung', lang)} · {tahun}", "—" if r["kurang"] else fmt.angka(r["ikg_hitung"], 4))
    if r["kurang"]:
        c2.caption(t("tidak_dapat_dihitung", lang) + ": " + t("komponen_kurang", lang).lower())
    c3.metric(f"IKG Indonesia {tahun}", fmt.angka(komposit.ikg_terbit(df, regions.NASIONAL, tahun), 3))
    sumber_banyak(df, ["ikg"], kode, tahun)
    if r["beda"]:
        st.error(":material/warning: " + r["status"])
    elif not r["kurang"]:
        st.success(r["status"])
    if r["kurang"]:
        st.warning(f"**{t('komponen_kurang', lang)} ({tahun}):** " + ", ".join(r["kurang"]) + ".")
    st.markdown("\n".join(f"- {s}" for s in olah(komposit.penjelasan_ikg, df, kode, tahun)))
    st.markdown(f"**{t('pendorong', lang)}.** " + olah(komposit.kalimat_perubahan, df, kode, tahun))
    if not lengkap:
        st.caption(t("buka_komposit", lang))
        return
    st.subheader(t("komponen_ikg", lang))
    st.dataframe(komposit.tampil_komponen(olah(komposit.tabel_komponen, df, kode, tahun), tahun), hide_index=True,
                 width="stretch")
    sumber_banyak(df, ["ikg", *komposit.INDIKATOR_IKG], kode, tahun)
    inp = olah(komposit.input_ikg, df, kode, tahun)
    baris = komposit.baris_dimensi(komposit.dimensi_pl(inp), nama, tahun)
    if len(baris):
        st.plotly_chart(charts.batang_pl(baris, f"Dimensi IKG, perempuan vs laki-laki — {nama} {tahun} "
                                                "(indeks 0–1; dimensi yang komponennya lengkap)"),
                        key="ikg_dimensi", config={"displaylogo": False})
        with st.expander(t("tabel", lang)):
            st.dataframe(baris.assign(P=baris["P"].map(lambda v: fmt.angka(v, 4)),
                                      L=baris["L"].map(lambda v: fmt.angka(v, 4))), hide_index=True, width="stretch")
    else:
        st.info(f"Belum ada dimensi IKG yang komponennya lengkap untuk {nama} {tahun} ({t('tidak_tersedia', lang)}).")
    st.subheader(t("kontrafaktual", lang))
    kf = komposit.kontrafaktual(inp)
    if kf["ikg_setara"].notna().all():
        _kontrafaktual_tampil(kf, f"{nama} {tahun}", "wilayah", lang)
    else:
        st.info(f"Kontrafaktual butuh kedelapan komponen pada tahun yang sama; untuk {nama} {tahun} belum lengkap. "
                "Contoh cara bacanya pada baris acuan BPS Indonesia 2023 (bukan angka Kalimantan Tengah):")
        _kontrafaktual_tampil(komposit.kontrafaktual(komposit.acuan("Indonesia", 2023)),
                              "Indonesia 2023 (acuan BPS, formulas.md)", "acuan", lang)


def bagian_konteks(reg: pd.DataFrame, inds: list[str], kode: str, tahun: int | None, lang: str,
                   grafik: bool = True) -> None:
    """National context from BPS's own tables: the region's and Kalteng's place in Indonesia for each indicator
    BPS tabulates nationally (IPG, IDG, IKG), and (grafik) the five Kalimantan provinces side by side."""
    tampil = []
    for ind in inds:
        i = info(reg, ind)
        v = olah(konteks.tampilan, muat_nasional(), ind, kode, tahun, i["arah"], fmt.singkat(label(reg, ind, lang)),
                 i["satuan"])
        if v is not None:
            tampil.append((ind, i, v))
    if not tampil:
        return
    st.subheader(t("konteks_nasional", lang))
    st.markdown("\n".join(f"- {k}" for _, _, v in tampil for k in v.kalimat))
    if grafik:
        ind, i, v = tampil[0]
        judul = f"{label(reg, ind, lang)}: {t('provinsi_kalimantan', lang)} ({i['satuan']})"
        st.plotly_chart(olah_grafik(charts.tren, v.kalimantan, judul, i["satuan"], {"Indonesia"}),
                        key=f"kalimantan_{ind}", config={"displaylogo": False})
    st.caption(t("konteks_ket", lang))


def teks_kesenjangan(b, reg: pd.DataFrame, lang: str) -> str:
    """One line of the landing gap card: women against men (or a women-only measure) with year and ratio."""
    from kalteng_gender.ringkasan import Khusus
    nama = label(reg, b.indikator, lang)
    if isinstance(b, Khusus):
        return f"{nama} ({b.tahun}): **{fmt.nilai_satuan(b.nilai, b.satuan)}{_persen(b.satuan)}** " \
               f"{t('hanya_perempuan', lang)}"
    teks = (f"{nama} ({b.tahun}): {t('perempuan', lang)} **{fmt.nilai_satuan(b.P, b.satuan)}{_persen(b.satuan)}**, "
            f"{t('laki_laki', lang)} **{fmt.nilai_satuan(b.L, b.satuan)}{_persen(b.satuan)}**"
            + (f" ({t('pangsa_turunan', lang)})" if b.L_turunan else "")
            + f"; {t('rasio_pl', lang)} {fmt.angka(b.rasio, 2)}")
    if b.tahun_nasional:
        teks += (f". Indonesia: {fmt.nilai_satuan(b.nasional_P, b.satuan)} / "
                 f"{fmt.nilai_satuan(b.nasional_L, b.satuan)}")
    return teks


def _persen(satuan: str) -> str:
    return " %" if satuan == "persen" else ""


def daftar_nilai(nilai: pd.DataFrame, i: pd.Series, jk: str, lang: str) -> None:
    """The regions of a map as a ranked list (best first by the registry direction), missing ones last."""
    ada = nilai.dropna(subset=["nilai"]).sort_values("nilai", ascending=(i["arah"] == "turun"))
    baris = [f"{n}. {w}: {fmt.nilai_satuan(v, i['satuan'], tanda=(jk == 'gap'))}"
             for n, (w, v) in enumerate(zip(ada["wilayah"], ada["nilai"]), 1)]
    baris += [f"- {w}: {t('tidak_tersedia', lang)}" for w in nilai.loc[nilai["nilai"].isna(), "wilayah"]]
    st.caption(t(f"urut_{i['arah']}", lang))
    st.markdown("\n".join(baris))
