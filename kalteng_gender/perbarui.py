"""View of the Perbarui Data page: who may write, the choices of the import options, the preview of an upload, the
backups and the changelog, each as a dataclass the page lays out. Checking, previewing, writing and restoring stay in
impor.py and gudang.py (the same code as `python -m kalteng_gender.impor`); this module decides what the page shows.

Nothing is cached: every view reads the data folder as it is now (another worker may have written it)."""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import akses, data as kd, gudang, impor


@dataclass(frozen=True)
class Akses:
    """minta_token: the page asks for the token; boleh: this visitor may write (and see backups, the changelog and
    previews of large files); galat / catatan: a teks key shown as an error / a caption, or None."""
    minta_token: bool
    boleh: bool
    galat: str | None = None
    catatan: str | None = None


def akses_halaman(token: str | None = None, env: Mapping[str, str] = os.environ) -> Akses:
    """A blank token configured refuses everyone; a token configured is asked for; none is local mode."""
    if akses.token_kosong(env):
        return Akses(False, False, galat="imp_token_kosong")
    if akses.perlu_token(env):
        boleh = akses.boleh_menulis(token, env)
        return Akses(True, boleh, galat="imp_token_salah" if token and not boleh else None)
    return Akses(False, True, catatan="imp_mode_lokal")


@dataclass(frozen=True)
class Opsi:
    """The import options' choices: indicator id -> its name in the picker ("" for none), years newest first;
    galat: the registry could not be read (the page says so and stops)."""
    indikator: dict[str, str] = field(default_factory=dict)
    tahun: list = field(default_factory=list)
    galat: str | None = None


def opsi(data_dir: Path, lang: str) -> Opsi:
    try:
        reg = kd.muat_registry(data_dir / kd.REGISTRY_FILE.name)
    except kd.DataError as e:
        return Opsi(galat=str(e))
    kolom = "label_en" if lang == "en" else "label_id"
    return Opsi({"": "—", **{i: f"{i} — {nama}" for i, nama in zip(reg["id"], reg[kolom])}},
                [None] + impor.tahun_sah())


def bawaan(indikator: str, sumber: str, jk: str, tahun: int | None, catatan: str, kode: str) -> impor.Bawaan:
    """The options as typed on the page: empty choices and blank text mean "from the file"."""
    return impor.Bawaan(indikator or None, sumber.strip() or None, jk or None, tahun, catatan.strip() or None, kode)


@dataclass(frozen=True)
class Pratinjau:
    """An upload previewed: refused (`masalah`, one row per problem) or what applying it would do."""
    masalah: pd.DataFrame | None = None
    judul: str = ""                       # file · kind · shape · figures
    ditambah: int = 0
    diubah: int = 0
    tetap: int = 0
    peringatan: list[str] = field(default_factory=list)
    tabel_ditambah: pd.DataFrame | None = None   # None when nothing is added
    tabel_diubah: pd.DataFrame | None = None     # None when nothing changes
    ada_perubahan: bool = False
    sha_data: str = ""                    # the data file it was made against; applying refuses if it changed


def pratinjau(isi: bytes, nama: str, data_dir: Path, bawaan_: impor.Bawaan, boleh: bool) -> Pratinjau:
    """Previews of large files are for those who may write (akses)."""
    try:
        p = impor.pratinjau(isi, nama, data_dir, bawaan_, besar=boleh)
    except kd.DataError as e:
        return Pratinjau(masalah=impor.tabel_masalah(e))
    return Pratinjau(None, f"{p.berkas} · {p.jenis} · {p.bentuk} · {p.n_angka} angka", len(p.ditambah),
                     len(p.diubah), p.tetap, list(p.peringatan),
                     impor.tabel_ditambah(p) if len(p.ditambah) else None,
                     impor.tabel_diubah(p) if len(p.diubah) else None, p.ada_perubahan, p.sha_data)


@dataclass(frozen=True)
class Tulis:
    """The outcome of a write: its message, or the refusal ("" where there is none)."""
    pesan: str = ""
    galat: str = ""


def tulis(fungsi: Callable[..., gudang.Hasil], *args, **kwargs) -> Tulis:
    """Run a write (impor.terapkan, gudang.pulihkan); a refusal (DataError) becomes `galat`, nothing raised."""
    try:
        return Tulis(pesan=fungsi(*args, **kwargs).pesan)
    except kd.DataError as e:
        return Tulis(galat=str(e))


def terapkan(isi: bytes, nama: str, data_dir: Path, bawaan_: impor.Bawaan, sha_data: str) -> Tulis:
    return tulis(impor.terapkan, isi, nama, data_dir, bawaan_, harap_sha_data=sha_data)


def pulihkan(nama: str, data_dir: Path) -> Tulis:
    return tulis(gudang.pulihkan, nama, data_dir)


@dataclass(frozen=True)
class Cadangan:
    """Backups and the changelog, for those who may write only. catatan: a teks key shown instead of the list (not
    allowed, or no backup yet); changelog newest first, None when not allowed."""
    daftar: pd.DataFrame | None = None
    nama: list[str] = field(default_factory=list)
    catatan: str | None = None
    changelog: pd.DataFrame | None = None


def cadangan(data_dir: Path, boleh: bool) -> Cadangan:
    if not boleh:
        return Cadangan(catatan="imp_khusus_petugas")
    daftar = gudang.daftar_cadangan(data_dir)
    log = gudang.baca_changelog(data_dir).iloc[::-1]
    if daftar.empty:
        return Cadangan(catatan="imp_tanpa_cadangan", changelog=log)
    return Cadangan(daftar, daftar["nama"].tolist(), changelog=log)
