"""Cached loading and the one caching policy: data, registry, sources, national table, boundaries, and
the results of pure package functions (olah) and figures (olah_grafik, peta), all keyed on the data files' version."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from kalteng_gender import aman, charts, data as kd, geo, konteks, privasi, sumber
from kalteng_gender.teks import t
from .kerangka import bahasa


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


# cache_resource, not cache_data: every rerun gets the same objects instead of an unpickled copy (copying the data
# and hashing the copy again in `olah` was most of a rerun). Nothing may modify them; pages and package functions
# only read.
@st.cache_resource(show_spinner=False, max_entries=4)
def _muat_data(versi: tuple):
    reg = kd.muat_registry()
    tampil, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    tampil["tingkat"] = sumber.tingkat(tampil["sumber"], sumber.muat())  # the source's grade beside every value
    return tampil, reg, samar


@st.cache_resource(show_spinner=False)
def muat_sumber() -> pd.DataFrame:
    return sumber.muat()


@st.cache_resource(show_spinner=False)
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


def disamarkan() -> pd.DataFrame:
    """Where small violence counts were withheld (privasi.samarkan), for the captions that say so."""
    return _muat_data(versi_data())[2]


def muat_geo():
    try:
        return _muat_geo()
    except kd.DataError as e:
        st.error(aman.polos(e))
        st.stop()


# cache_resource: a view is handed out as is, not unpickled on every rerun (a page's view with its tables cost
# ~30 ms to unpickle); results of olah are shared and read-only, like the loaded tables.
@st.cache_resource(show_spinner=False, max_entries=1024)
def _olah(nama: str, kunci: tuple, _fungsi, _args, _kw):
    return _fungsi(*_args, **_kw)


@st.cache_resource(show_spinner=False, max_entries=256)
def _olah_grafik(nama: str, kunci: tuple, _fungsi, _args, _kw):
    return _fungsi(*_args, **_kw)


def _kunci_cache(args: tuple, kw: dict) -> tuple:
    # The loaded tables stand for themselves by their version on disk: hashing them on every call
    # cost more than the work saved, and the version also tells another process that an import changed them.
    versi = versi_data()
    df, reg, samar = _muat_data(versi)
    dimuat = {id(df): "<data>", id(reg): "<registry>", id(samar): "<disamarkan>", id(muat_nasional()): "<nasional>",
              id(muat_sumber()): "<sumber>"}
    if any(isinstance(a, dict) for a in (*args, *kw.values())):  # a view drawing a map gets the boundaries
        _, gj, pusat = _muat_geo()
        dimuat |= {id(gj): "<geojson>", id(pusat): "<pusat>"}
    ganti = lambda a: (dimuat[id(a)], versi) if id(a) in dimuat else a  # noqa: E731
    return tuple(ganti(a) for a in args) + tuple((k, ganti(v)) for k, v in sorted(kw.items()))


def olah(fungsi, *args, **kw):
    """A pure package function's result, cached on its name and arguments (small DataFrames hashed by content),
    so a rerun that changes nothing recomputes nothing. The result is shared: never modify it. For data, not
    figures (see olah_grafik)."""
    return _olah(f"{fungsi.__module__}.{fungsi.__qualname__}", _kunci_cache(args, kw), fungsi, args, kw)


def olah_grafik(fungsi, *args, **kw):
    """Like olah for figure builders: the figure is kept as is (a copy would re-validate it), so callers must
    not modify it."""
    return _olah_grafik(f"{fungsi.__module__}.{fungsi.__qualname__}", _kunci_cache(args, kw), fungsi, args, kw)


@st.cache_resource(show_spinner=False, max_entries=64)
def _peta(nilai: pd.DataFrame, judul: str, satuan: str, opsi: tuple):
    _, gj, pusat = _muat_geo()
    return charts.peta(nilai, gj, pusat, judul, satuan, **dict(opsi))


def peta(nilai: pd.DataFrame, judul: str, satuan: str, **opsi):
    """charts.peta over the project's boundaries, built once per view: plotly validates the whole GeoJSON on
    every build, the largest cost of a rerun. The figure is shared, so callers must not modify it."""
    muat_geo()  # a refused boundary file is shown as a message, not a traceback
    return _peta(nilai, judul, satuan, tuple(sorted(opsi.items())))
