"""URL-backed filters: every widget's value lives in st.query_params (validated by kalteng_gender.state),
so a filtered view can be shared as a link."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kalteng_gender import aman, banding, regions, seleksi, state, tampilan
from kalteng_gender.teks import t
from .cache import olah


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


def pilih_indikator(df: pd.DataFrame, reg: pd.DataFrame, lang: str, semua: bool = False, bawaan: str = "ikg",
                    kolom: tuple | None = None) -> tuple[str, str]:
    """Sector then indicator (both in the URL as `sektor`, `ind`); the indicator list follows the sector and
    names how many kab/kota have data. `semua=True` adds an "all indicators" choice. Returns (sektor, ind)."""
    k1, k2 = kolom or (st.container(), st.container())
    with k1:
        sektor = pilih_url("sektor", t("sektor", lang), ["semua"] + olah(seleksi.sektor_tersedia, df, reg),
                           "semua", format_func=lambda s: t("semua_sektor", lang) if s == "semua" else t(s, lang))
    nama = {"semua": t("semua_indikator", lang)} if semua else {}
    nama |= olah(tampilan.nama_indikator, df, reg, sektor, lang)
    opsi = list(nama)
    with k2:
        ind = pilih_url("ind", t("indikator", lang), opsi, bawaan if bawaan in opsi else opsi[0],
                        format_func=nama.get)
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


def baris_wilayah(opsi: list[str], lang: str, lebar=(3, 2), tanda_provinsi: bool = False, **kw):
    """A row of columns of widths `lebar` whose first holds the one-region picker (Kalteng by default, regions by
    name; with tanda_provinsi Kalteng's name says it is the province): (the region code, the other columns)."""
    kolom = st.columns(list(lebar), **kw)
    with kolom[0]:
        kode = pilih_wilayah(t("wilayah", lang), opsi, regions.PROVINSI, format_func=lambda k: regions.NAMA[k] + (
            t("provinsi_tanda", lang) if tanda_provinsi and k == regions.PROVINSI else ""))
    return kode, kolom[1:]


def pilih_wilayah_banding(label_widget: str, bawaan) -> list[str]:
    """The comparison view's regions (the shared `wil` list, any of the 14, Kalteng and Indonesia). On the first
    visit in a session a lone regency brought from another page or a link gets Kalteng and Indonesia beside it;
    `bawaan(list)` gives that default."""
    if "_f_wil" not in st.session_state and "wil" in st.query_params:
        nilai, catatan = state.baca({"wil": st.query_params["wil"]}, {"wil": banding.PILIHAN})
        for c in catatan:
            st.toast(aman.polos(c))  # they quote the link's values
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
                st.toast(aman.polos(c))  # they quote the link's values
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


def tab_url(label: dict[str, str], terbuka: bool = False):
    """st.tabs whose open tab lives in the URL (`tab=peta`): {id: label} in order; an unknown id is dropped.
    With `terbuka=True`, (tabs, id of the open tab), so a page can fill only the tab being read."""
    ids = list(label)
    if st.session_state.get("_f_tab") not in ids:  # first visit, or the open tab of another page
        nilai, catatan = state.baca({"tab": st.query_params["tab"]} if "tab" in st.query_params else {},
                                    {"tab": ids})
        for c in catatan:
            st.toast(aman.polos(c))  # they quote the link's values
        st.session_state["_f_tab"] = st.session_state["_tab_awal"] = nilai.get("tab", ids[0])
    kembali = {v: k for k, v in label.items()}
    # the default stays the first one: a default that followed the open tab would make a new widget each click
    tabs = st.tabs(list(label.values()), default=label[st.session_state.get("_tab_awal", ids[0])], key="w_tab",
                   on_change="rerun")
    st.session_state["_f_tab"] = kembali.get(st.session_state.get("w_tab"), st.session_state["_f_tab"])
    st.query_params.update(state.tulis({"tab": st.session_state["_f_tab"]}))
    return (tabs, st.session_state["_f_tab"]) if terbuka else tabs


def klik_peta(kunci_peta: str, opsi: list[str]):
    """Callback for `st.plotly_chart(on_select=...)`: a region clicked on the map becomes the selected `wil`
    (the select box is set to the clicked region)."""
    def _pilih():
        kode = seleksi.lokasi_klik(st.session_state.get(kunci_peta))
        if kode in opsi:
            st.session_state["_f_wil"] = [kode]
            st.session_state["w_wil"] = kode  # sets the select box in the browser too
    return _pilih
