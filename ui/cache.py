"""Cached loading and the one caching policy: data, registry, sources, national table, boundaries, and
the results of pure package functions (olah) and figures (olah_grafik), all keyed on the data files' version."""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import is_dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import plotly.graph_objects as go
import streamlit as st

from kalteng_gender import aman, data as kd, geo, gudang, konteks, privasi, sumber
from kalteng_gender.teks import t
from .kerangka import bahasa


class _Simpanan:
    """Results of pure functions by key, the least recently used dropped past `maks`. Shared by every session of
    the process and read-only, like the loaded tables. A plain dict because Streamlit's own cache hashed each
    call's arguments again and looked up the function's signature once per argument: with ~10 cached calls a page,
    that was a fifth of a warm rerun."""

    def __init__(self, maks: int):
        self._isi: OrderedDict = OrderedDict()
        self._kunci = threading.Lock()
        self._dibuat: dict = {}  # key -> the lock of the one session building it
        self._maks = maks

    def ambil(self, kunci: tuple, buat):
        with self._kunci:
            if kunci in self._isi:
                self._isi.move_to_end(kunci)
                return self._isi[kunci]
            sedang = self._dibuat.setdefault(kunci, threading.Lock())
        # one session builds a missing result; the others asking for it meanwhile wait for it instead of building
        # it again (at a meeting, 60 people opening the same brief at once)
        with sedang:
            with self._kunci:
                if kunci in self._isi:
                    return self._isi[kunci]
            try:
                nilai = buat()
                with self._kunci:
                    self._isi[kunci] = nilai
                    while len(self._isi) > self._maks:
                        self._isi.popitem(last=False)
            finally:
                with self._kunci:
                    self._dibuat.pop(kunci, None)
        return nilai

    def kosongkan(self) -> None:
        with self._kunci:
            self._isi.clear()


_BERKAS = _Simpanan(8)  # loaded files


def _muat_geo():
    return _BERKAS.ambil(("geo",), lambda: (lambda b: (b, geo.geojson(b), geo.pusat(b)))(geo.muat_batas()))


def _versi(berkas) -> tuple:
    """Each path's identity on disk (path, inode, mtime_ns, size); a missing one is (path, None) and is reported
    by whatever reads it."""
    versi = []
    for f in berkas:
        try:
            s = f.stat()
            versi.append((str(f), s.st_ino, s.st_mtime_ns, s.st_size))
        except OSError:
            versi.append((str(f), None))
    return tuple(versi)


def versi_data() -> tuple:
    """The data files' identity on disk. Caches key on it, so when one server process applies an import (an
    atomic rename), every other process behind the same proxy reads the new file on its next rerun instead of
    serving what it holds in memory."""
    return _versi((kd.DATA_FILE, kd.REGISTRY_FILE))


def _baca_data():
    reg = kd.muat_registry()
    tampil, samar = privasi.samarkan(kd.muat_data(registry=reg), reg)
    tampil["tingkat"] = sumber.tingkat(tampil["sumber"], sumber.muat())  # the source's grade beside every value
    return tampil, reg, samar


# Every rerun gets the same objects, not an unpickled copy (copying the data and hashing the copy again was most
# of a rerun). Nothing may modify them; pages and package functions only read. A refused file raises every time.
def _muat_data(versi: tuple):
    return _BERKAS.ambil(("data", versi), _baca_data)


def muat_sumber() -> pd.DataFrame:
    return _BERKAS.ambil(("sumber",), sumber.muat)


def _baca_nasional():
    try:
        return konteks.muat(), None
    except kd.DataError as e:
        return konteks.muat(Path("/nonexistent")), str(e)


def _nasional() -> tuple[pd.DataFrame, str | None]:
    return _BERKAS.ambil(("nasional",), _baca_nasional)


def muat_nasional() -> pd.DataFrame:
    """BPS's table of every province and kab/kota (IPG, IDG, IKG) for national context; a refused file is said
    where a page asks for the table, not on every cached call that merely names it."""
    tabel, masalah = _nasional()
    if masalah:
        st.warning(masalah)
    return tabel


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


_HASIL = _Simpanan(1024)
_GRAFIK = _Simpanan(256)


def kosongkan() -> None:
    """Forget every cached result and loaded file (after an import or restore, and in tests)."""
    for simpanan in (_BERKAS, _HASIL, _GRAFIK, _SIDIK, _ARROW):
        simpanan.kosongkan()
    st.cache_data.clear()
    st.cache_resource.clear()


def per_objek(simpanan: _Simpanan, obj, buat):
    """What `buat(obj)` returns, made once per object: for the tables held by cached views, the same object on
    every rerun. The entry keeps the object alive, so its id cannot be reused by another while it is kept."""
    simpan = simpanan.ambil((id(obj),), lambda: (obj, buat(obj)))
    if simpan[0] is not obj:  # evicted and the id reused meanwhile
        simpan = (obj, buat(obj))
    return simpan[1]


_SIDIK = _Simpanan(512)  # tables' content hashes
_ARROW = _Simpanan(512)  # tables as Arrow


def _sidik(a) -> int:
    return int(pd.util.hash_pandas_object(a, index=True).sum())


def _beku(a):
    """A hashable stand-in for an argument: small tables by their content, containers by their items."""
    if isinstance(a, pd.DataFrame):
        return ("<tabel>", a.shape, tuple(a.columns), per_objek(_SIDIK, a, _sidik))
    if isinstance(a, pd.Series):
        return ("<seri>", a.name, per_objek(_SIDIK, a, _sidik))
    if isinstance(a, dict):
        return ("<dict>", tuple((k, _beku(v)) for k, v in sorted(a.items(), key=lambda kv: str(kv[0]))))
    if isinstance(a, (list, tuple)):
        return (type(a).__name__, tuple(_beku(x) for x in a))
    if isinstance(a, (set, frozenset)):
        return ("<set>", tuple(sorted(map(_beku, a), key=repr)))
    return a


def _kunci_cache(fungsi, args: tuple, kw: dict) -> tuple:
    # The loaded tables stand for themselves by their version on disk: hashing them on every call
    # cost more than the work saved, and the version also tells another process that an import changed them.
    versi = versi_data()
    df, reg, samar = _muat_data(versi)
    dimuat = {id(df): "<data>", id(reg): "<registry>", id(samar): "<disamarkan>", id(_nasional()[0]): "<nasional>",
              id(muat_sumber()): "<sumber>"}
    if any(isinstance(a, dict) for a in (*args, *kw.values())):  # a view drawing a map gets the boundaries
        _, gj, pusat = _muat_geo()
        dimuat |= {id(gj): "<geojson>", id(pusat): "<pusat>"}
    ganti = lambda a: (dimuat[id(a)], versi) if id(a) in dimuat else _beku(a)  # noqa: E731
    return ((fungsi.__module__, fungsi.__qualname__) + tuple(ganti(a) for a in args)
            + tuple((k, ganti(v)) for k, v in sorted(kw.items())))


def olah(fungsi, *args, **kw):
    """A pure package function's result, cached on its name and arguments (small DataFrames hashed by content),
    so a rerun that changes nothing recomputes nothing. The result is shared: never modify it. For data, not
    figures (see olah_grafik)."""
    return _HASIL.ambil(_kunci_cache(fungsi, args, kw), lambda: fungsi(*args, **kw))


def olah_folder(data_dir: Path, fungsi, *args, **kw):
    """Like olah for a function that reads the data folder itself (Perbarui Data: the registry, backups and the
    changelog as they are on disk): keyed also on those files' version, so a write or restore is seen at once."""
    versi = _versi(data_dir / f for f in (kd.REGISTRY_FILE.name, kd.DATA_FILE.name, gudang.CHANGELOG,
                                          gudang.FOLDER_CADANGAN))
    return _HASIL.ambil(("<folder>", versi) + _kunci_cache(fungsi, args, kw), lambda: fungsi(data_dir, *args, **kw))


def olah_grafik(fungsi, *args, **kw):
    """Like olah for figure builders (or views holding figures). Each figure is kept with its dict made once:
    st.plotly_chart calls Figure.to_dict, a deep copy of the whole figure (the boundaries too), on every rerun.
    Callers must not modify the figure."""
    return _GRAFIK.ambil(_kunci_cache(fungsi, args, kw), lambda: _bekukan(fungsi(*args, **kw)))


def _bekukan(hasil):
    for fig in ([hasil] if isinstance(hasil, go.Figure) else
                [v for v in vars(hasil).values() if isinstance(v, go.Figure)] if is_dataclass(hasil) else []):
        kamus = fig.to_dict()
        object.__setattr__(fig, "to_dict", lambda kamus=kamus: kamus)
    return hasil


def dataframe(data, **kw) -> None:
    """st.dataframe, each table converted to Arrow once per table object: the conversion was ~1.5 ms a table on
    every rerun, most of a page with several tables. Pass tables held by cached views (the same object each
    rerun); a table made during the rerun is converted each time, as st.dataframe would."""
    st.dataframe(per_objek(_ARROW, data, _ke_arrow) if isinstance(data, pd.DataFrame) else data, **kw)


def _ke_arrow(data: pd.DataFrame):
    try:
        return pa.Table.from_pandas(data)  # the call st.dataframe makes; index and dtypes travel in its metadata
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return data  # mixed-type columns: st.dataframe repairs those itself
