"""Importing a new BPS / DP3APPKB table into data/: read, map onto the tidy schema, validate, preview, apply.

    python -m kalteng_gender.impor FILE [--apply] [--indikator ID] [--sumber TEKS] [--jk P|L|T] [--tahun N]
                                        [--catatan TEKS] [--kode bps|kemendagri] [--data-dir DIR]
    python -m kalteng_gender.impor backup list
    python -m kalteng_gender.impor backup restore NAMA

Nothing is written unless every figure passes: each problem names file, row, column, value and reason in
Bahasa Indonesia. Applying happens under a lock (data/.impor.lock) and commits a timestamped copy of the replaced
file in data/backup/, the import layer, the new data file and a line of data/changelog.csv together (see _komit:
temporaries, a journal, renames; an interrupted commit is finished or rolled back by `selesaikan_tertunda`).
The Streamlit page "Perbarui Data" calls the same functions.

Imports are a durable source layer: with the data file, the rows added or changed are written to
data/raw/impor/<YYYYmmdd-HHMMSS>_<name>.csv, which `python -m kalteng_gender.build` applies after the raw and BPS
layers (only those a changelog line records), so a rebuild reproduces the data file. Each backup records the
import layers its data reflects (a `.lapisan.txt` beside it); restoring it moves later layers to data/raw/impor/dibatalkan/ (and brings back withdrawn
ones the backup included), and the changelog's `lapisan` column names the layer files written or moved.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as _dt
import difflib
import hashlib
import io
import itertools
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import bps_tabel, build, data as kd, fmt, regions
from .data import KOLOM, KUNCI, MAKS_PESAN, TAHUN_MIN, DataError
from .impor_baca import (BATAS_BYTE, Bawaan, DaftarMasalah, ImporError, Masalah, Rekaman, SelPersen, baca,
                         cari_tabel, jk_dari_teks, kode_dari_sel, nama_dari_sel, norm_tajuk, pendek)
from .unduh import netralkan

__all__ = ["Bawaan", "ImporError", "Masalah", "Pratinjau", "Hasil", "baca_tabel", "pratinjau", "terapkan",
           "daftar_cadangan", "pulihkan", "baca_changelog", "tabel_ditambah", "tabel_diubah", "tabel_masalah",
           "ringkasan", "tahun_sah", "main"]

NAMA_KUNCI = ".impor.lock"
FOLDER_CADANGAN = "backup"
CHANGELOG = build.CHANGELOG
KOLOM_CHANGELOG = ["waktu", "berkas", "sha256", "baris_ditambah", "baris_diubah", "lapisan", "cadangan"]
AKHIRAN_MANIFES = ".lapisan.txt"    # beside each backup: the import layers the backed-up data file reflects
POLA_LAPISAN = re.compile(r"^(\d{8}-\d{6})_")
BATAS_TUNGGU = 60.0


def tahun_sah() -> list[int]:
    """Years a figure may carry, newest first (2000 to next year)."""
    return list(range(kd._tahun_maks(), TAHUN_MIN - 1, -1))


def _dir(data_dir) -> Path:
    return Path(data_dir) if data_dir is not None else Path(kd.DATA_DIR)


def _registry(data_dir: Path) -> pd.DataFrame:
    return kd.muat_registry(data_dir / kd.REGISTRY_FILE.name)


def _sha(isi: bytes) -> str:
    return hashlib.sha256(isi).hexdigest()


# --- numbers ------------------------------------------------------------------------------------------------------
_BUKTI = {
    ",": [re.compile(r"^[+-]?\d+,(\d{1,2}|\d{4,})$"), re.compile(r"^[+-]?\d{1,3}(\.\d{3})+,\d+$"),
          re.compile(r"^[+-]?0,\d+$"), re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$")],
    ".": [re.compile(r"^[+-]?\d+\.(\d{1,2}|\d{4,})$"), re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$"),
          re.compile(r"^[+-]?0\.\d+$"), re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$")],
}
_ANGKA = {
    ",": re.compile(r"^[+-]?(\d+|[1-9]\d{0,2}(\.\d{3})+)(,\d+)?$"),
    ".": re.compile(r"^[+-]?(\d+|[1-9]\d{0,2}(,\d{3})+)(\.\d+)?$"),
}


def _bersih_angka(v: str) -> str:
    return v.strip().replace("\u00a0", "").replace(" ", "").replace("−", "-").rstrip("%")


def tanda_desimal(nilai: list, pemisah: str | None) -> str:
    """',' or '.': the decimal mark the file's text numbers use (a ';' CSV defaults to the Indonesian comma)."""
    teks = [_bersih_angka(v).rstrip("*") for v in nilai if isinstance(v, str)]
    koma = sum(any(p.match(t) for p in _BUKTI[","]) for t in teks)
    titik = sum(any(p.match(t) for p in _BUKTI["."]) for t in teks)
    if koma != titik:
        return "," if koma > titik else "."
    return "," if pemisah == ";" else "."


def baca_angka(v, desimal: str) -> tuple[float | None, bool]:
    """(number or None, marked with '*'); text is read strictly with the file's decimal mark."""
    if isinstance(v, bool):
        return None, False
    if isinstance(v, (int, float)):
        x = float(v)
        return (x if np.isfinite(x) else None), False
    s = _bersih_angka(str(v))
    bintang = s.endswith("*")
    s = s.rstrip("*")
    if not _ANGKA[desimal].match(s):
        return None, bintang
    ribuan = "." if desimal == "," else ","
    return float(s.replace(ribuan, "").replace(desimal, ".")), bintang


# --- from records to tidy rows ------------------------------------------------------------------------------------
def _norm_satuan(s: str) -> str:
    s = re.sub(r"\s+", " ", str(s).strip().lower())
    return {"%": "persen", "persen (%)": "persen"}.get(s, s)


def _kunci_nama(s: str) -> str:
    return re.sub(r"^(kabupaten|kab|kota|provinsi|prov)\b\.?\s*", "", norm_tajuk(s).replace("_", " ")).replace(" ", "")


def saran_wilayah(teks) -> list[str]:
    calon = {_kunci_nama(n): f"{n} ({k})" for k, n in regions.NAMA.items()}
    return [calon[c] for c in difflib.get_close_matches(_kunci_nama(teks), list(calon), n=2, cutoff=0.6)]


def saran_indikator(teks, registry: pd.DataFrame, n: int = 3) -> list[str]:
    """The registry's closest ids for an unknown indicator (by id and by label), as 'id (label)'."""
    kunci = re.sub(r"\s+", " ", str(teks).strip().lower())
    ids = registry["id"].tolist()
    label = {}
    for kol in ("label_id", "label_en"):
        label.update({str(v).lower(): i for v, i in zip(registry[kol], registry["id"])})
    hasil = difflib.get_close_matches(kunci, ids, n=n, cutoff=0.6)
    hasil += [label[x] for x in difflib.get_close_matches(kunci, list(label), n=n, cutoff=0.5)]
    if len(kunci) >= 3:
        hasil += [i for i in ids if kunci in i] + [i for x, i in label.items() if kunci in x]
    unik = list(dict.fromkeys(hasil))[:n]
    teks_label = registry.set_index("id")["label_id"]
    return [f"{i} ({teks_label[i]})" for i in unik]


@dataclass
class Bacaan:
    """A file read and mapped onto the tidy schema (every row already checked)."""
    berkas: str
    jenis: str
    bentuk: str
    tabel: pd.DataFrame          # KOLOM + _baris (the row in the file)
    peringatan: list[str]


def baca_tabel(isi: bytes, nama: str, registry: pd.DataFrame, bawaan: Bawaan | None = None,
               besar: bool = True) -> Bacaan:
    """Read CSV/XLSX bytes, find the table, map it onto the tidy schema and check every figure.

    Raises ImporError (a DataError) listing the problems (the first MAKS_PESAN, and how many more); never anything
    else for bad input. besar=False refuses large files (see impor_baca.baca)."""
    bawaan = bawaan or Bawaan()
    lembar = baca(isi, nama, besar)
    berkas = lembar.berkas
    # a BPS dynamic-table export names its indicator in the title: no --indikator needed
    tabel = bps_tabel.rekaman(lembar, bawaan) if bps_tabel.kenali(lembar) else cari_tabel(lembar, bawaan)
    masalah = list(tabel.masalah)
    dipakai = not tabel.rekaman or any(r.asal.get("indikator") == "opsi --indikator" for r in tabel.rekaman)
    if bawaan.indikator and dipakai and kd.cari_indikator(bawaan.indikator, registry) is None:
        saran = saran_indikator(bawaan.indikator, registry)
        masalah.append(Masalah(berkas, _alasan_indikator(saran), None, "opsi --indikator", bawaan.indikator))
    if masalah:
        raise ImporError(berkas, masalah)
    if not tabel.rekaman:
        raise ImporError(berkas, [Masalah(berkas, "berkas kosong, tidak ada baris data (tidak ada satu angka pun "
                                                  "di bawah tajuk)")])
    desimal = tanda_desimal([r.mentah.get("nilai") for r in tabel.rekaman], tabel.pemisah)
    kamus = _Kamus(registry)
    baris, masalah = [], DaftarMasalah()
    for n, r in enumerate(tabel.rekaman):
        if n % 1024 == 0:
            lembar.cek_waktu(r.baris)
        hasil = _ke_baris(r, berkas, kamus, desimal, masalah)
        if hasil is not None:
            baris.append(hasil)
    df = pd.DataFrame(baris, columns=KOLOM + ["_baris", "_asal_nilai", "_bintang"])
    peringatan = list(tabel.peringatan)
    if not masalah and len(df):
        df, masalah, n_kembar = _cek_ganda(df, berkas)
        if n_kembar:
            peringatan.append(f"{n_kembar} baris kembar (kunci dan nilai sama) digabung menjadi satu.")
    if masalah:
        raise ImporError(berkas, sorted(masalah, key=lambda m: (m.baris or 0)), masalah.lebih)
    if df["_bintang"].any():
        peringatan.append(f"{int(df['_bintang'].sum())} angka bertanda '*' di berkas; tanda itu dicatat di kolom "
                          "catatan.")
    df["tahun"] = df["tahun"].astype("int64")
    df["nilai"] = df["nilai"].astype(float)
    jenis = lembar.jenis + (f", lembar '{lembar.nama_lembar}'" if lembar.nama_lembar else "") + \
        (f", pemisah '{lembar.pemisah}', desimal '{desimal}', {lembar.pengodean}" if lembar.jenis == "CSV" else "")
    return Bacaan(berkas, jenis, tabel.bentuk, df[KOLOM + ["_baris"]].reset_index(drop=True), peringatan)


def _alasan_indikator(saran: list[str]) -> str:
    return ("indikator tidak ada di registry (data/indikator.csv); "
            + (f"yang paling mirip: {'; '.join(saran)}" if saran else "lihat daftar id di data/indikator.csv"))


class _Kamus:
    """The registry as plain dicts, built once per file: _ke_baris runs once per figure, and pandas look-ups there
    cost more than the rest of the check."""

    def __init__(self, registry: pd.DataFrame):
        self.registry = registry
        self.info = registry.set_index("id")[["satuan", "rentang_min", "rentang_maks"]].to_dict("index")
        self._indikator: dict[str, str | None] = {}
        self.seri = kd.peta_seri(registry)

    def indikator(self, teks) -> str | None:
        kunci = str(teks)
        if kunci not in self._indikator:
            self._indikator[kunci] = kd.cari_indikator(kunci, self.registry)
        return self._indikator[kunci]


def _ke_baris(r: Rekaman, berkas: str, kamus: _Kamus, desimal: str, masalah: list[Masalah]) -> dict | None:
    m, asal = r.mentah, r.asal
    n_awal = len(masalah) + getattr(masalah, "lebih", 0)  # a DaftarMasalah keeps counting past its cap

    def salah(kolom: str, alasan: str, nilai=None):
        masalah.append(Masalah(berkas, alasan, r.baris, asal.get(kolom), m.get(kolom) if nilai is None else nilai))

    # region: a code, a name, or both (then they must agree)
    kode = None
    kode_mentah, nama_mentah = m.get("kode_bps", ""), m.get("wilayah", "")
    ada_kode = kode_mentah not in (None, "")
    ada_nama = nama_mentah not in (None, "")
    if ada_kode:
        kode = kode_dari_sel(kode_mentah, m.get("_skema", "bps"), longgar=True)
        if kode is None:
            skema = "Kemendagri" if m.get("_skema") == "kemendagri" else "BPS"
            salah("kode_bps", f"kode wilayah {skema} tidak dikenal (kode BPS sah: 6201–6213, 6271, 6200, 0000)")
    if ada_nama:
        kode_nama = nama_dari_sel(nama_mentah)
        if kode_nama is None:
            saran = saran_wilayah(nama_mentah)
            salah("wilayah", "wilayah tidak dikenal (bukan salah satu dari 14 kabupaten/kota Kalteng, Kalimantan "
                  "Tengah, atau Indonesia)" + (f"; mungkin maksudnya {' atau '.join(saran)}" if saran else ""))
        elif kode is not None and kode != kode_nama:
            petunjuk = ("; bila kolom kode memakai penomoran Kemendagri, beri --kode kemendagri"
                        if m.get("_skema") != "kemendagri" else "")
            salah("kode_bps", f"kode ini berarti {regions.NAMA[kode]} ({kode}), tetapi kolom wilayah menyebut "
                  f"'{pendek(nama_mentah)}' ({regions.NAMA[kode_nama]}, {kode_nama}){petunjuk}")
        elif kode is None and not ada_kode:
            kode = kode_nama
    if not ada_kode and not ada_nama:
        masalah.append(Masalah(berkas, "kode wilayah dan nama wilayah kosong", r.baris))

    # year
    tahun = None
    t = m.get("tahun")
    if isinstance(t, (int, float)) and not isinstance(t, bool) and float(t).is_integer():
        tahun = int(t)
    elif isinstance(t, str) and re.fullmatch(r"\s*\d{4}(\.0+)?\s*", t):
        tahun = int(float(t))
    if tahun is None:
        salah("tahun", "tahun bukan bilangan bulat empat angka")
    elif not TAHUN_MIN <= tahun <= kd._tahun_maks():
        salah("tahun", f"tahun di luar {TAHUN_MIN}–{kd._tahun_maks()}")

    # indicator, sex
    ind = kamus.indikator(m.get("indikator", ""))
    if ind is None and asal.get("indikator") != "opsi --indikator":  # a bad option is reported once, above
        salah("indikator", _alasan_indikator(saran_indikator(m.get("indikator", ""), kamus.registry)))
    jk = jk_dari_teks(m.get("jenis_kelamin", ""))
    if jk is None:
        salah("jenis_kelamin", "jenis kelamin harus P (perempuan), L (laki-laki) atau T (total)")

    # value
    v = m.get("nilai")
    if isinstance(v, SelPersen):
        x, bintang = None, False
        salah("nilai", "sel berformat persen (Excel menampilkan ×100); ubah format sel ke Angka dengan nilai "
              "persen yang tampil")
    else:
        x, bintang = baca_angka(v, desimal)
        if x is None:
            lain = "," if desimal == "." else "."
            petunjuk = (f" (berkas ini memakai '{desimal}' sebagai tanda desimal)"
                        if isinstance(v, str) and _ANGKA[lain].match(_bersih_angka(v).rstrip("*")) else "")
            salah("nilai", "bukan angka" + petunjuk)

    # unit, source, note
    satuan_reg = kamus.info[ind]["satuan"] if ind is not None else None
    satuan = m.get("satuan", "")
    if ind is not None and satuan not in (None, "") and _norm_satuan(satuan) != _norm_satuan(satuan_reg):
        salah("satuan", f"satuan berbeda dari registry untuk '{ind}' ({satuan_reg}); ubah angkanya ke satuan "
              "registry, pengimpor tidak mengonversi")
    sumber = str(m.get("sumber", "") or "").strip()
    if not sumber:
        salah("sumber", "sumber kosong; setiap angka wajib menyebut sumbernya")
    # text a spreadsheet would run as a formula (= + - @) is stored quoted, as downloads write it (unduh.netralkan)
    sumber = netralkan(sumber)
    catatan = netralkan(str(m.get("catatan", "") or "").strip())

    # range and whole numbers, once the value and the indicator are known
    if x is not None and ind is not None:
        lo, hi = kamus.info[ind]["rentang_min"], kamus.info[ind]["rentang_maks"]
        if (not np.isnan(lo) and x < lo) or (not np.isnan(hi) and x > hi):
            if satuan_reg == "persen":
                alasan = f"persentase di luar {lo:g}–{hi:g}"
            elif str(satuan_reg).startswith("indeks"):
                alasan = f"indeks di luar rentangnya {lo:g}–{hi:g} menurut registry untuk '{ind}'"
            elif np.isnan(hi):
                alasan = f"nilai negatif; '{ind}' ({satuan_reg}) minimal {lo:g}"
            else:
                alasan = f"di luar rentang {lo:g}–{hi:g} untuk '{ind}' ({satuan_reg})"
            salah("nilai", alasan)
        elif fmt.desimal_untuk(satuan_reg) == 0 and not float(x).is_integer():
            salah("nilai", f"'{ind}' dihitung dalam {satuan_reg}: harus bilangan bulat (periksa tanda desimal "
                  "dan ribuan)")
    if len(masalah) + getattr(masalah, "lebih", 0) > n_awal:
        return None
    if bintang:
        catatan = "; ".join(c for c in (catatan, "bertanda * di berkas sumber") if c)
    seri = kd.seri_tahun(ind, tahun, kamus.seri)
    if seri != ind:  # e.g. IPM 2024 is on the SP2020 basis: never joined to the older series
        ind, catatan = seri, "; ".join(c for c in (catatan, kd.CATATAN_SERI) if c)
    return {"kode_bps": kode, "wilayah": regions.NAMA[kode], "tahun": tahun, "indikator": ind, "jenis_kelamin": jk,
            "nilai": x, "satuan": satuan_reg, "sumber": sumber, "catatan": catatan, "_baris": r.baris,
            "_asal_nilai": asal.get("nilai"), "_bintang": bintang}


def angka_pesan(x: float) -> str:
    """A number as typed in a message: 70.1 -> '70,1', 1434119.0 -> '1434119' (no rounding, no exponent)."""
    return np.format_float_positional(float(x), trim="-").replace(".", ",")


def _cek_ganda(df: pd.DataFrame, berkas: str) -> tuple[pd.DataFrame, DaftarMasalah, int]:
    """Identical duplicate rows are merged; the same key with different values is an error (found vectorised, the
    first MAKS_PESAN described)."""
    masalah = DaftarMasalah()
    ganda = df[df.duplicated(KUNCI, keep=False)]
    if ganda.empty:
        return df, masalah, 0
    kunci = [ganda[k] for k in KUNCI]
    pertama = ganda.groupby(kunci, sort=False)["nilai"].transform("first")
    sama = pd.Series(np.isclose(ganda["nilai"], pertama, rtol=1e-9, atol=0), index=ganda.index)
    sama = sama.groupby(kunci, sort=False).transform("all") & \
        (ganda.groupby(kunci, sort=False)["sumber"].transform("nunique") == 1)
    buang = ganda.index[sama & ganda.duplicated(KUNCI, keep="first")]
    bentrok = ganda[~sama].groupby(KUNCI, sort=False)
    masalah.lebih = max(bentrok.ngroups - MAKS_PESAN, 0)
    for _, grup in itertools.islice(bentrok, MAKS_PESAN):
        k = grup.iloc[0]
        nilai = " / ".join(angka_pesan(v) for v in grup["nilai"])
        tempat = ", ".join(f"baris {b} {a}" for b, a in zip(grup["_baris"], grup["_asal_nilai"]))
        masalah.append(Masalah(berkas, f"kunci ganda dengan nilai berbeda untuk ({k['kode_bps']} {k['wilayah']}, "
                               f"{k['tahun']}, {k['indikator']}, {k['jenis_kelamin']}) di {tempat}",
                               int(k["_baris"]), k["_asal_nilai"], nilai))
    return df.drop(index=buang), masalah, len(buang)


# --- preview ------------------------------------------------------------------------------------------------------
@dataclass
class Pratinjau:
    berkas: str
    sha256: str                  # of the imported file
    sha_data: str                # of the data file the preview was made against
    jenis: str
    bentuk: str
    n_angka: int                 # figures read from the file
    ditambah: pd.DataFrame       # KOLOM + _baris
    diubah: pd.DataFrame         # KUNCI, wilayah, nilai(_lama), satuan, sumber(_lama), catatan(_lama), _baris
    tetap: int                   # rows of the current data left as they are
    sama: int                    # figures in the file already in the data, identical
    n_data: int
    gabungan: pd.DataFrame = field(repr=False)
    lapisan: pd.DataFrame = field(repr=False)   # KOLOM: the rows added or changed, written to data/raw/impor/
    peringatan: list[str] = field(default_factory=list)

    @property
    def ada_perubahan(self) -> bool:
        return bool(len(self.ditambah) or len(self.diubah))


def _muat_data_dir(data_dir: Path, registry: pd.DataFrame) -> tuple[bytes, pd.DataFrame]:
    path = data_dir / kd.DATA_FILE.name
    try:
        isi = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"Berkas data {path} tidak ditemukan.")
    return isi, kd.muat_data(path, registry)


def _isi(sumber, nama: str | None) -> tuple[bytes, str]:
    if isinstance(sumber, (bytes, bytearray)):
        return bytes(sumber), nama or "unggahan"
    path = Path(sumber)
    nama = nama or path.name
    if not path.is_file():
        raise DataError(f"{nama}: berkas tidak ditemukan.")
    if path.stat().st_size > BATAS_BYTE:
        raise ImporError(nama, [Masalah(nama, f"berkas terlalu besar ({path.stat().st_size / 1024 / 1024:.1f} MB); "
                                              "batasnya 10 MB")])
    try:
        return path.read_bytes(), nama
    except OSError as e:
        raise ImporError(nama, [Masalah(nama, f"tidak dapat dibaca: {e.strerror}")])


def pratinjau(sumber, nama: str | None = None, data_dir=None, bawaan: Bawaan | None = None,
              besar: bool = True) -> Pratinjau:
    """What applying the file would do to data_dir's data file; nothing is written. Raises DataError.

    besar=False (a viewer without the token, when one is set) refuses files over 1 MB or 5,000 rows."""
    data_dir = _dir(data_dir)
    isi, nama = _isi(sumber, nama)
    registry = _registry(data_dir)
    bacaan = baca_tabel(isi, nama, registry, bawaan, besar)
    isi_data, lama = _muat_data_dir(data_dir, registry)
    return _bandingkan(bacaan, isi, isi_data, lama, registry)


def _bandingkan(b: Bacaan, isi: bytes, isi_data: bytes, lama: pd.DataFrame, registry) -> Pratinjau:
    baru = b.tabel
    gabung = baru.merge(lama[KOLOM], on=KUNCI, how="left", suffixes=("", "_lama"), indicator=True)
    ditambah = gabung.loc[gabung["_merge"] == "left_only", KOLOM + ["_baris"]]
    ada = gabung[gabung["_merge"] == "both"].copy()
    nilai_sama = np.isclose(ada["nilai"], ada["nilai_lama"], rtol=1e-9, atol=0)
    # an unchanged figure keeps its existing note unless the file brings a different one
    inti_lama = ada["catatan_lama"].map(build.inti_catatan)
    tetap_catatan = nilai_sama & ((ada["catatan"] == "") | (ada["catatan"] == inti_lama))
    ada["catatan"] = np.where(tetap_catatan, ada["catatan_lama"], ada["catatan"])
    identik = nilai_sama & (ada["sumber"] == ada["sumber_lama"]) & (ada["catatan"] == ada["catatan_lama"])
    diubah = ada[~identik].copy()
    # the import layer (data/raw/impor/) holds the rows as the file gives them; merging them with build.timpa, as
    # the build does, adds "menggantikan <lama> dari <sumber lama>" where a value changes
    lapisan = pd.concat([diubah[KOLOM], ditambah[KOLOM]], ignore_index=True)
    lapisan = lapisan.sort_values(build.URUTAN).reset_index(drop=True)
    diubah["catatan"] = [build.catatan_ganti(c, n, n0, s0) for c, n, n0, s0 in
                         zip(diubah["catatan"], diubah["nilai"], diubah["nilai_lama"], diubah["sumber_lama"])]
    if len(lapisan):
        gabungan = build.timpa(lama[KOLOM], lapisan)
        gabungan = kd.validasi(gabungan, f"{kd.DATA_FILE.name} (hasil gabungan)", registry)[KOLOM]
    else:
        gabungan = lama[KOLOM].sort_values(build.URUTAN).reset_index(drop=True)
    kol_ubah = KUNCI + ["wilayah", "nilai_lama", "nilai", "satuan", "sumber_lama", "sumber", "catatan_lama", "catatan",
                        "_baris"]
    return Pratinjau(b.berkas, _sha(isi), _sha(isi_data), b.jenis, b.bentuk, len(baru),
                     ditambah.reset_index(drop=True), diubah[kol_ubah].reset_index(drop=True),
                     len(lama) - len(diubah), int(identik.sum()), len(lama), gabungan, lapisan, b.peringatan)


# --- apply, backups, changelog ------------------------------------------------------------------------------------
@dataclass
class Hasil:
    pesan: str
    diterapkan: bool
    ditambah: int = 0
    diubah: int = 0
    cadangan: Path | None = None
    pratinjau: Pratinjau | None = None
    lapisan: Path | None = None                                   # the import layer written
    dibatalkan: list[str] = field(default_factory=list)          # layers a restore moved to dibatalkan/
    dikembalikan: list[str] = field(default_factory=list)        # layers a restore brought back


@contextlib.contextmanager
def _kunci(data_dir: Path, batas_tunggu: float):
    from filelock import FileLock, Timeout

    kunci = FileLock(str(data_dir / NAMA_KUNCI), timeout=batas_tunggu)
    try:
        kunci.acquire()
    except Timeout:
        raise DataError(f"Data sedang diperbarui oleh proses impor lain (kunci {NAMA_KUNCI} dipegang lebih dari "
                        f"{batas_tunggu:g} detik); tidak ada yang ditulis, coba lagi sebentar lagi.")
    try:
        yield
    finally:
        kunci.release()


def _sementara(tujuan: Path, isi: bytes) -> Path:
    """`isi` written and fsynced to a hidden temporary file beside `tujuan` (ending in .tmp, so no reader or glob
    for *.csv ever picks it up); the caller renames it into place."""
    fd, tmp = tempfile.mkstemp(dir=tujuan.parent, prefix=f".{tujuan.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(isi)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def _tulis_atomik(tujuan: Path, isi: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then os.replace: readers see old or new, never half."""
    tmp = _sementara(tujuan, isi)
    try:
        os.replace(tmp, tujuan)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --- one commit for several files -----------------------------------------------------------------------------------
# An import makes five files visible together (backup + its layer list, import layer, data file, changelog); a
# restore also moves layers. Every new file is first written under a temporary name; then the journal
# (data/.impor.jurnal: one "from<TAB>to" per line, paths inside data/) is written atomically: that is the commit
# point. The renames follow, in the journal's order, and the journal is removed. After a kill, `selesaikan_tertunda`
# (run under the lock by every writer and by the build) finishes the renames of a journal that exists, or, with no
# journal, removes the temporaries: the import then never happened.
JURNAL = ".impor.jurnal"


def _buang(langkah: list[tuple[Path, Path]]) -> None:
    for tmp, _ in langkah:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _komit(data_dir: Path, langkah: list[tuple[Path, Path]]) -> None:
    teks = "".join(f"{a.relative_to(data_dir).as_posix()}\t{b.relative_to(data_dir).as_posix()}\n"
                   for a, b in langkah)
    _tulis_atomik(data_dir / JURNAL, teks.encode("utf-8"))
    _jalankan(data_dir, langkah)


def _jalankan(data_dir: Path, langkah: list[tuple[Path, Path]]) -> None:
    try:
        for asal, tujuan in langkah:
            if asal.exists():  # absent: renamed before an interruption
                tujuan.parent.mkdir(parents=True, exist_ok=True)
                os.replace(asal, tujuan)
    except OSError as e:
        raise DataError(f"Pembaruan data tercatat tetapi belum selesai ({e.strerror}); akan diselesaikan otomatis "
                        "pada impor, pemulihan atau build berikutnya.")
    (data_dir / JURNAL).unlink()


def _folder_sementara(data_dir: Path) -> list[Path]:
    impor_ = _folder_raw(data_dir) / build.FOLDER_IMPOR
    return [data_dir, data_dir / FOLDER_CADANGAN, impor_, impor_ / build.FOLDER_DIBATALKAN]


def selesaikan_tertunda(data_dir) -> bool:
    """Finish or roll back an import or restore that was interrupted (see the journal above). Call under the lock.
    True when something was left to do."""
    data_dir = _dir(data_dir)
    jurnal = data_dir / JURNAL
    ada = jurnal.is_file()
    if ada:
        akar = data_dir.resolve()
        langkah = []
        for baris in jurnal.read_text(encoding="utf-8").splitlines():
            asal, _, tujuan = baris.partition("\t")
            pasangan = (data_dir / asal, data_dir / tujuan)
            if not asal or not tujuan or any(akar not in p.resolve().parents for p in pasangan):
                raise DataError(f"{JURNAL}: baris tidak sah '{pendek(baris)}'; periksa folder data secara manual.")
            langkah.append(pasangan)
        _jalankan(data_dir, langkah)
    for folder in _folder_sementara(data_dir):
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else []:
            ada = True
            tmp.unlink()
    return ada


def _sekarang() -> _dt.datetime:
    return _dt.datetime.now()


def _folder_raw(data_dir: Path) -> Path:
    return data_dir / build.RAW_DIR.name


def _lapisan_aktif(data_dir: Path) -> list[str]:
    return [p.name for p in build.berkas_lapisan(_folder_raw(data_dir))]


def _nama_lapisan(data_dir: Path, nama: str) -> str:
    """'<YYYYmmdd-HHMMSS>_<safe name>.csv', later than every layer ever written (active or withdrawn), so file-name
    order is the order of applying even for two imports in one second or after the clock went back."""
    folder = _folder_raw(data_dir) / build.FOLDER_IMPOR
    semua = [p.name for d in (folder, folder / build.FOLDER_DIBATALKAN) if d.is_dir() for p in d.glob("*.csv")]
    cap = [m.group(1) for n in semua if (m := POLA_LAPISAN.match(n))]
    waktu = _sekarang().replace(microsecond=0)
    if cap:
        terakhir = _dt.datetime.strptime(max(cap), "%Y%m%d-%H%M%S")
        if waktu <= terakhir:
            waktu = terakhir + _dt.timedelta(seconds=1)
    aman = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(nama).name).strip("._-")
    aman = re.sub(r"\.csv$", "", aman, flags=re.IGNORECASE)[:80].strip("._-") or "impor"
    return f"{waktu:%Y%m%d-%H%M%S}_{aman}.csv"


def _manifes(cadangan: Path) -> Path:
    return cadangan.with_name(cadangan.stem + AKHIRAN_MANIFES)


def _cadangkan(data_dir: Path, lapisan: list[str], isi_data: bytes) -> tuple[Path, list[tuple[Path, Path]]]:
    """A backup of the data file (bytes `isi_data`) in data/backup/ with the list of import layers it reflects
    beside it, both written as temporaries: (backup path, renames for _komit)."""
    folder = data_dir / FOLDER_CADANGAN
    folder.mkdir(exist_ok=True)
    cap = _sekarang().strftime("%Y%m%dT%H%M%S%f")
    stem = kd.DATA_FILE.stem
    tujuan, n = folder / f"{stem}-{cap}.csv", 1
    while tujuan.exists() or _manifes(tujuan).exists():
        tujuan, n = folder / f"{stem}-{cap}-{n}.csv", n + 1
    manifes = "# lapisan impor (data/raw/impor/) yang sudah termasuk dalam cadangan ini\n" + \
        "".join(f"{x}\n" for x in lapisan)
    return tujuan, [(_sementara(_manifes(tujuan), manifes.encode("utf-8")), _manifes(tujuan)),
                    (_sementara(tujuan, isi_data), tujuan)]


def _baca_manifes(cadangan: Path) -> list[str] | None:
    """The import layers a backup reflects; None for a backup made without that list."""
    path = _manifes(cadangan)
    if not path.is_file():
        return None
    nama = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    nama = [x for x in nama if x and not x.startswith("#")]
    salah = [x for x in nama if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.csv", x)]
    if salah:
        raise DataError(f"{FOLDER_CADANGAN}/{path.name}: nama lapisan tidak sah: {', '.join(map(pendek, salah))}; "
                        "tidak ada yang ditulis.")
    return nama


def _changelog_baru(data_dir: Path, berkas: str, sha: str, ditambah: int, diubah: int, lapisan: str = "",
                    cadangan: str = "") -> bytes:
    """The changelog with one line appended (an older one without the newer columns rewritten with the current
    header first), as bytes for a temporary file."""
    path = data_dir / CHANGELOG
    lama = path.read_bytes() if path.is_file() else b""
    if lama.strip():
        tajuk = next(csv.reader(io.StringIO(lama.decode("utf-8"))), [])
        if tajuk != KOLOM_CHANGELOG:
            lama = baca_changelog(data_dir).to_csv(index=False, lineterminator="\r\n").encode("utf-8")
        elif not lama.endswith(b"\n"):
            lama += b"\r\n"
    else:
        lama = b""
    buf = io.StringIO()
    w = csv.writer(buf)
    if not lama:
        w.writerow(KOLOM_CHANGELOG)
    w.writerow([_dt.datetime.now().astimezone().isoformat(timespec="seconds"), netralkan(berkas), sha, ditambah,
                diubah, lapisan, cadangan])
    return lama + buf.getvalue().encode("utf-8")


def terapkan(sumber, nama: str | None = None, data_dir=None, bawaan: Bawaan | None = None,
             harap_sha_data: str | None = None, batas_tunggu: float = BATAS_TUNGGU) -> Hasil:
    """Apply an import: under the lock, re-read the data, check again, then commit the backup, the import layer
    (data/raw/impor/), the new data file and the changelog line together (see _komit).

    harap_sha_data: the data file's SHA-256 the user previewed against; if the data changed since, refuse."""
    data_dir = _dir(data_dir)
    isi, nama = _isi(sumber, nama)
    nama = Path(nama).name
    with _kunci(data_dir, batas_tunggu):
        selesaikan_tertunda(data_dir)
        p = pratinjau(isi, nama, data_dir, bawaan)
        if harap_sha_data and p.sha_data != harap_sha_data:
            raise DataError("Data berubah sejak pratinjau dibuat (impor lain sudah diterapkan); tidak ada yang "
                            "ditulis. Buat pratinjau lagi.")
        if not p.ada_perubahan:
            return Hasil(f"Tidak ada perubahan: semua {p.n_angka} angka di {nama} sudah sama dengan data; "
                         "tidak ada yang ditulis.", False, pratinjau=p)
        folder = _folder_raw(data_dir) / build.FOLDER_IMPOR
        folder.mkdir(parents=True, exist_ok=True)
        lapisan = folder / _nama_lapisan(data_dir, nama)
        data_file = data_dir / kd.DATA_FILE.name
        langkah: list[tuple[Path, Path]] = []
        try:
            cadangan, langkah = _cadangkan(data_dir, _lapisan_aktif(data_dir), data_file.read_bytes())
            langkah.append((_sementara(lapisan, p.lapisan[KOLOM].to_csv(index=False).encode("utf-8")), lapisan))
            langkah.append((_sementara(data_file, p.gabungan.to_csv(index=False).encode("utf-8")), data_file))
            log = _changelog_baru(data_dir, nama, p.sha256, len(p.ditambah), len(p.diubah), lapisan.name,
                                  cadangan.name)
            langkah.append((_sementara(data_dir / CHANGELOG, log), data_dir / CHANGELOG))
        except BaseException:
            _buang(langkah)  # nothing was committed: the temporaries go
            raise
        _komit(data_dir, langkah)
    return Hasil(f"Diterapkan: {len(p.ditambah)} baris ditambah, {len(p.diubah)} baris diubah di "
                 f"{kd.DATA_FILE.name}. Cadangan data lama: {FOLDER_CADANGAN}/{cadangan.name}. Lapisan impor: "
                 f"raw/{build.FOLDER_IMPOR}/{lapisan.name}.",
                 True, len(p.ditambah), len(p.diubah), cadangan, p, lapisan)


def daftar_cadangan(data_dir=None) -> pd.DataFrame:
    """Backups in data/backup/, newest first: name, time, rows, size."""
    folder = _dir(data_dir) / FOLDER_CADANGAN
    baris = []
    for path in sorted(folder.glob("*.csv"), reverse=True) if folder.is_dir() else []:
        m = re.search(r"-(\d{8}T\d{6})\d*", path.name)
        waktu = _dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").strftime("%Y-%m-%d %H:%M:%S") if m else ""
        with open(path, "rb") as f:
            n = max(sum(1 for _ in f) - 1, 0)
        baris.append({"nama": path.name, "waktu": waktu, "baris": n, "ukuran_kb": round(path.stat().st_size / 1024, 1)})
    return pd.DataFrame(baris, columns=["nama", "waktu", "baris", "ukuran_kb"])


def _rencana_lapisan(data_dir: Path, cadangan: Path, aktif: list[str]) -> tuple[list[str], list[str]]:
    """(layers to withdraw, layers to bring back) so the active layers become exactly those the backup reflects.
    Raises DataError, before anything is written, when that cannot be done."""
    nama = cadangan.name
    dicatat = _baca_manifes(cadangan)
    if dicatat is None:
        if aktif:
            raise DataError(f"Cadangan '{nama}' tidak mencatat lapisan impor mana yang sudah termasuk di dalamnya, "
                            f"padahal ada {len(aktif)} lapisan impor di raw/{build.FOLDER_IMPOR}/ "
                            f"({', '.join(aktif)}); memulihkannya akan membuat data berbeda dari hasil "
                            "`python -m kalteng_gender.build`. Tidak ada yang ditulis.")
        return [], []
    batal = _folder_raw(data_dir) / build.FOLDER_IMPOR / build.FOLDER_DIBATALKAN
    tarik = [x for x in aktif if x not in dicatat]
    kembali = [x for x in dicatat if x not in aktif]
    hilang = [x for x in kembali if not (batal / x).is_file()]
    if hilang:
        raise DataError(f"Cadangan '{nama}' memuat lapisan impor {', '.join(hilang)}, tetapi berkasnya tidak ada di "
                        f"raw/{build.FOLDER_IMPOR}/ maupun raw/{build.FOLDER_IMPOR}/{build.FOLDER_DIBATALKAN}/. "
                        "Tidak ada yang ditulis.")
    bentrok = [x for x in tarik if (batal / x).exists()]
    if bentrok:
        raise DataError(f"Lapisan impor {', '.join(bentrok)} ada di raw/{build.FOLDER_IMPOR}/ dan juga di "
                        f"raw/{build.FOLDER_IMPOR}/{build.FOLDER_DIBATALKAN}/; periksa dulu. Tidak ada yang ditulis.")
    return tarik, kembali


def pulihkan(nama: str, data_dir=None, batas_tunggu: float = BATAS_TUNGGU) -> Hasil:
    """Put a backup back as the data file: validated first, the current file backed up, the import layers set to
    those the backup reflects (later ones moved to raw/impor/dibatalkan/), replaced atomically."""
    data_dir = _dir(data_dir)
    if not re.fullmatch(r"[\w][\w.-]*\.csv", nama or ""):
        raise DataError(f"Nama cadangan '{nama}' tidak sah; lihat `python -m kalteng_gender.impor backup list`.")
    path = data_dir / FOLDER_CADANGAN / nama
    if not path.is_file():
        raise DataError(f"Cadangan '{nama}' tidak ada di {FOLDER_CADANGAN}/; lihat "
                        "`python -m kalteng_gender.impor backup list`.")
    registry = _registry(data_dir)
    with _kunci(data_dir, batas_tunggu):
        selesaikan_tertunda(data_dir)
        isi = path.read_bytes()
        pulih = kd.muat_data(path, registry)
        _, lama = _muat_data_dir(data_dir, registry)
        gabung = pulih.merge(lama, on=KUNCI, how="outer", suffixes=("", "_lama"), indicator=True)
        ditambah = int((gabung["_merge"] == "left_only").sum())
        dihapus = int((gabung["_merge"] == "right_only").sum())
        ada = gabung[gabung["_merge"] == "both"]
        diubah = int((~np.isclose(ada["nilai"], ada["nilai_lama"], rtol=1e-9, atol=0)
                      | (ada["sumber"] != ada["sumber_lama"]) | (ada["catatan"] != ada["catatan_lama"])).sum())
        aktif = _lapisan_aktif(data_dir)
        tarik, kembali = _rencana_lapisan(data_dir, path, aktif)
        folder = _folder_raw(data_dir) / build.FOLDER_IMPOR
        batal = folder / build.FOLDER_DIBATALKAN
        teks = "; ".join(f"{judul}: {', '.join(daftar)}" for judul, daftar in
                         ((f"dibatalkan (ke raw/{build.FOLDER_IMPOR}/{build.FOLDER_DIBATALKAN}/)", tarik),
                          ("dikembalikan", kembali)) if daftar)
        data_file = data_dir / kd.DATA_FILE.name
        langkah: list[tuple[Path, Path]] = []
        try:
            cadangan, langkah = _cadangkan(data_dir, aktif, data_file.read_bytes())
            langkah.append((_sementara(data_file, isi), data_file))
            log = _changelog_baru(data_dir, f"pulihkan {nama}", _sha(isi), ditambah, diubah, teks, cadangan.name)
            langkah.append((_sementara(data_dir / CHANGELOG, log), data_dir / CHANGELOG))
        except BaseException:
            _buang(langkah)
            raise
        # layer moves are renames too: committed with the rest
        _komit(data_dir, [(folder / x, batal / x) for x in tarik] + [(batal / x, folder / x) for x in kembali]
               + langkah)
    lapis = f" Lapisan impor {teks}." if teks else ""
    return Hasil(f"Dipulihkan dari {nama}: {len(pulih)} baris ({ditambah} kembali ditambahkan, {diubah} diubah, "
                 f"{dihapus} dihapus dibanding data sebelumnya). Data sebelumnya dicadangkan sebagai "
                 f"{FOLDER_CADANGAN}/{cadangan.name}.{lapis}", True, ditambah, diubah, cadangan,
                 dibatalkan=tarik, dikembalikan=kembali)


def baca_changelog(data_dir=None) -> pd.DataFrame:
    """data/changelog.csv as text columns KOLOM_CHANGELOG (missing ones, as in older changelogs, left empty)."""
    path = _dir(data_dir) / CHANGELOG
    if not path.is_file():
        return pd.DataFrame(columns=KOLOM_CHANGELOG)
    with open(path, newline="", encoding="utf-8") as f:
        baris = [b for b in csv.reader(f) if b]
    if not baris:
        return pd.DataFrame(columns=KOLOM_CHANGELOG)
    tajuk, isi = baris[0], baris[1:]
    if tajuk == KOLOM_CHANGELOG[:len(tajuk)]:
        tajuk = list(KOLOM_CHANGELOG)  # an older header: later lines may already carry the newer columns
    lebar = max([len(tajuk)] + [len(b) for b in isi])
    tajuk = tajuk + [f"kolom_{i + 1}" for i in range(len(tajuk), lebar)]
    df = pd.DataFrame([b + [""] * (lebar - len(b)) for b in isi], columns=tajuk, dtype=str)
    for k in KOLOM_CHANGELOG:
        if k not in df:
            df[k] = ""
    return df[KOLOM_CHANGELOG + [k for k in df.columns if k not in KOLOM_CHANGELOG]]


# --- showing a preview --------------------------------------------------------------------------------------------
def tabel_ditambah(p: Pratinjau) -> pd.DataFrame:
    """Rows to be added, numbers written the Indonesian way."""
    d = p.ditambah
    return pd.DataFrame({
        "baris berkas": d["_baris"], "kode_bps": d["kode_bps"], "wilayah": d["wilayah"], "tahun": d["tahun"],
        "indikator": d["indikator"], "jk": d["jenis_kelamin"],
        "nilai": [fmt.nilai_satuan(v, s) for v, s in zip(d["nilai"], d["satuan"])], "satuan": d["satuan"],
        "sumber": d["sumber"]})


def tabel_diubah(p: Pratinjau) -> pd.DataFrame:
    """Values to be changed: old → new (and the source when it changes)."""
    d = p.diubah
    return pd.DataFrame({
        "baris berkas": d["_baris"], "kode_bps": d["kode_bps"], "wilayah": d["wilayah"], "tahun": d["tahun"],
        "indikator": d["indikator"], "jk": d["jenis_kelamin"],
        "nilai lama": [fmt.nilai_satuan(v, s) for v, s in zip(d["nilai_lama"], d["satuan"])],
        "nilai baru": [fmt.nilai_satuan(v, s) for v, s in zip(d["nilai"], d["satuan"])],
        "berubah": [", ".join(k for k, beda in (("nilai", not np.isclose(n0, n1, rtol=1e-9, atol=0)),
                                                ("sumber", s0 != s1), ("catatan", c0 != c1)) if beda)
                    for n0, n1, s0, s1, c0, c1 in zip(d["nilai_lama"], d["nilai"], d["sumber_lama"], d["sumber"],
                                                      d["catatan_lama"], d["catatan"])],
        "satuan": d["satuan"],
        "sumber": [b if b == a else f"{a} → {b}" for a, b in zip(d["sumber_lama"], d["sumber"])]})


def tabel_masalah(e: DataError) -> pd.DataFrame:
    """A refusal as a table: one row per problem with file, row, column, value and reason; at most MAKS_PESAN rows
    and a last one counting the rest."""
    if isinstance(e, ImporError):
        baris = [{"berkas": m.berkas, "baris": "" if m.baris is None else str(m.baris), "kolom": m.kolom or "",
                  "nilai": "" if m.nilai is None else pendek(m.nilai), "alasan": m.alasan} for m in e.rincian]
        lebih = e.lebih
    else:
        baris, lebih = [{"alasan": m} for m in e.masalah[:MAKS_PESAN]], max(len(e.masalah) - MAKS_PESAN, 0)
    if lebih:
        baris.append({"alasan": f"… dan {lebih} masalah lain."})
    return pd.DataFrame(baris).fillna("")


def _sumber_ringkas(*frames: pd.DataFrame) -> list[str]:
    s = pd.concat([f["sumber"] for f in frames if len(f)]) if any(len(f) for f in frames) else pd.Series([], dtype=str)
    return [f"  {sumber} ({n} baris)" for sumber, n in s.value_counts().items()]


def ringkasan(p: Pratinjau, maks: int = 200) -> str:
    """The preview as text for the command line."""
    out = [f"Berkas   : {p.berkas} ({p.jenis})",
           f"Tata letak: {p.bentuk}; {p.n_angka} angka terbaca",
           f"Pratinjau terhadap {kd.DATA_FILE.name} ({p.n_data} baris):",
           f"  {len(p.ditambah)} baris ditambah, {len(p.diubah)} baris diubah, {p.tetap} baris tetap "
           f"({p.sama} angka di berkas sudah sama persis dengan data)."]
    for judul, tabel in (("Baris ditambah", tabel_ditambah(p)), ("Nilai diubah (lama → baru)", tabel_diubah(p))):
        if len(tabel):
            tampil = tabel.drop(columns=["sumber", "satuan"])
            out += ["", f"{judul} ({len(tabel)}):",
                    tampil.head(maks).to_string(index=False)]
            if len(tabel) > maks:
                out.append(f"  … dan {len(tabel) - maks} baris lain")
    if p.ada_perubahan:
        out += ["", "Sumber baris yang ditambah/diubah:"] + _sumber_ringkas(p.ditambah, p.diubah)
        ubah_sumber = p.diubah[p.diubah["sumber"] != p.diubah["sumber_lama"]]
        if len(ubah_sumber):
            out.append(f"  ({len(ubah_sumber)} baris berganti sumber)")
    if p.peringatan:
        out += ["", "Peringatan:"] + [f"  - {w}" for w in p.peringatan]
    return "\n".join(out)


# --- command line -------------------------------------------------------------------------------------------------
def _main_backup(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m kalteng_gender.impor backup",
                                 description="Daftar cadangan data, atau pulihkan satu cadangan.")
    ap.add_argument("aksi", choices=["list", "restore"], help="list = daftar; restore NAMA = pulihkan")
    ap.add_argument("nama", nargs="?", help="nama berkas cadangan (lihat 'backup list')")
    ap.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: data/)")
    a = ap.parse_args(argv)
    try:
        if a.aksi == "list":
            daftar = daftar_cadangan(a.data_dir)
            if not len(daftar):
                print(f"Belum ada cadangan di {_dir(a.data_dir) / FOLDER_CADANGAN}.")
            else:
                print(daftar.to_string(index=False))
            return 0
        if not a.nama:
            ap.error("restore perlu NAMA cadangan (lihat 'backup list')")
        print(pulihkan(a.nama, a.data_dir).pesan)
        return 0
    except DataError as e:
        print(str(e), file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["backup"]:
        return _main_backup(argv[1:])
    ap = argparse.ArgumentParser(
        prog="python -m kalteng_gender.impor",
        description="Impor tabel BPS/DP3APPKB (CSV atau XLSX) ke data/: baca, periksa, pratinjau; "
                    "tulis hanya dengan --apply. Juga: 'backup list' dan 'backup restore NAMA'.")
    ap.add_argument("berkas", type=Path, help="berkas .csv atau .xlsx")
    ap.add_argument("--apply", action="store_true", help="terapkan ke data/ (tanpa ini hanya pratinjau)")
    ap.add_argument("--indikator", help="id indikator registry bila tabel tidak menyebutnya (tata letak lebar)")
    ap.add_argument("--sumber", help="sumber angka (URL atau judul publikasi) bila tabel tidak menyebutnya")
    ap.add_argument("--jk", help="jenis kelamin P/L/T bila tabel tidak menyebutnya")
    ap.add_argument("--tahun", type=int, help="tahun data bila tabel tidak menyebutnya")
    ap.add_argument("--catatan", help="catatan untuk setiap baris (mis. periode data)")
    ap.add_argument("--kode", choices=["bps", "kemendagri"], default="bps",
                    help="cara membaca kolom 'kode': kode BPS (bawaan) atau kode Kemendagri")
    ap.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: data/)")
    a = ap.parse_args(argv)
    jk = None
    if a.jk:
        jk = jk_dari_teks(a.jk)
        if jk is None:
            ap.error(f"--jk '{a.jk}' harus P, L atau T")
    bawaan = Bawaan(a.indikator, a.sumber, jk, a.tahun, a.catatan, a.kode)
    try:
        if a.apply:
            hasil = terapkan(a.berkas, None, a.data_dir, bawaan)
            print(ringkasan(hasil.pratinjau))
            print("\n" + hasil.pesan)
        else:
            print(ringkasan(pratinjau(a.berkas, None, a.data_dir, bawaan)))
            print("\nBelum ada yang ditulis. Jalankan lagi dengan --apply untuk menerapkan.")
        return 0
    except DataError as e:
        print(str(e), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
