"""Streamlit glue shared by app.py and every page: cached loading, URL-backed filters, captions, cards.

Logic lives in `kalteng_gender`; this module only turns its results into widgets.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kalteng_gender import data as kd, fmt, geo, regions, seleksi, state
from kalteng_gender.teks import t


@st.cache_resource(show_spinner=False)
def _muat_geo():
    batas = geo.muat_batas()
    return batas, geo.geojson(batas), geo.pusat(batas)


@st.cache_data(show_spinner=False)
def _muat_data():
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg


def muat():
    """(data, registry) or, if a file is refused, its message on screen and the page stops."""
    try:
        return _muat_data()
    except kd.DataError as e:
        st.error(f"**{t('data_ditolak', bahasa())}.** " + str(e).replace("\n", "  \n"))
        st.stop()


def muat_geo():
    try:
        return _muat_geo()
    except kd.DataError as e:
        st.error(str(e))
        st.stop()


def bahasa() -> str:
    lang = st.query_params.get("lang", "id")
    return lang if lang in ("id", "en") else "id"


def halaman(judul_kunci: str, ikon: str = "📊") -> str:
    """Page config, language switch and title; returns the language code."""
    st.set_page_config(page_title=t(judul_kunci), page_icon=ikon, layout="wide")
    lang = bahasa()
    pilih = st.sidebar.radio(t("bahasa", lang), ["id", "en"], index=["id", "en"].index(lang), horizontal=True,
                             format_func=lambda x: {"id": "Bahasa Indonesia", "en": "English"}[x], key="w_lang")
    if pilih != lang:
        st.query_params["lang"] = pilih
        st.rerun()
    st.title(t(judul_kunci, lang))
    return lang


def label(reg: pd.DataFrame, ind: str, lang: str = "id") -> str:
    row = reg.loc[reg["id"] == ind]
    if row.empty:
        return ind
    return row.iloc[0]["label_en" if lang == "en" else "label_id"]


def info(reg: pd.DataFrame, ind: str) -> pd.Series:
    return reg.set_index("id").loc[ind]


def pilih_url(nama: str, label_widget: str, opsi: list, bawaan, format_func=str, widget: str = "selectbox",
              **kw):
    """A widget whose value lives in the URL (`?nama=...`) and in the session, so it survives page changes.

    An invalid value in the link is dropped with a notice and the default is used."""
    kunci = f"_f_{nama}"
    opsi_str = [str(o) for o in opsi]
    if kunci not in st.session_state:
        nilai, catatan = state.baca({nama: st.query_params[nama]} if nama in st.query_params else {},
                                    {nama: opsi_str})
        for c in catatan:
            st.toast(c)
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
    st.session_state[kunci] = v
    st.query_params.update(state.tulis({nama: v}))
    return v


def keterangan(df: pd.DataFrame, reg: pd.DataFrame, ind: str, tahun: int | None = None) -> None:
    """Caption under a chart: unit, definition, producer and the sources of what is drawn."""
    i = info(reg, ind)
    sumber = seleksi.sumber_untuk(df, ind, tahun)
    teks = f"**Satuan:** {i['satuan']}. **Definisi:** {i['definisi']} **Produsen:** {i['produsen']}."
    st.caption(teks)
    if sumber:
        st.caption("**Sumber:** " + " · ".join(sumber[:6]) + (f" (+{len(sumber) - 6} lainnya)" if len(sumber) > 6 else ""))


def kartu_indeks(df: pd.DataFrame, reg: pd.DataFrame, ind: str, kode: str, lang: str) -> None:
    """st.metric for the latest value with change against the previous published year and national value."""
    k = seleksi.kartu(df, ind, kode)
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
    st.metric(f"{judul} · {k.tahun}", fmt.nilai_satuan(k.nilai, i["satuan"]), delta=delta,
              delta_color="inverse" if i["arah"] == "turun" else "normal")
    nas = (f"{t('nasional', lang)} {k.tahun_nasional}: {fmt.nilai_satuan(k.nasional, i['satuan'])}"
           if k.tahun_nasional else f"{t('nasional', lang)}: {t('tidak_tersedia', lang)}")
    st.caption(f"{nas} · {i['satuan']} · [{t('sumber', lang)}]({k.sumber})")


def tabel_tampil(tabel: pd.DataFrame, satuan: str) -> None:
    """The table view of a chart, numbers written the Indonesian way, missing as 'data tidak tersedia'."""
    tampil = tabel.copy()
    if "nilai" in tampil:
        tampil["nilai"] = [fmt.nilai_satuan(v, satuan) for v in tampil["nilai"]]
    if "tahun" in tampil:
        tampil["tahun"] = tampil["tahun"].map(lambda x: "" if pd.isna(x) else str(int(x)))
    st.dataframe(tampil, hide_index=True, width="stretch")
