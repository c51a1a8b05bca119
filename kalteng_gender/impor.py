"""Importing a new BPS / DP3APPKB table into data/: read, map onto the tidy schema, validate, preview, apply.

    python -m kalteng_gender.impor FILE [--apply] [--indikator ID] [--sumber TEKS] [--jk P|L|T] [--tahun N]
                                        [--catatan TEKS] [--kode bps|kemendagri] [--data-dir DIR]
    python -m kalteng_gender.impor backup list
    python -m kalteng_gender.impor backup restore NAMA

Nothing is written unless every figure passes: each problem names file, row, column, value and reason in
Bahasa Indonesia. Applying happens under a lock (data/.impor.lock) and commits a timestamped copy of the replaced
file in data/backup/, the import layer, the new data file and a line of data/changelog.csv together, through the
store (gudang.py: temporaries, a journal, renames; an interrupted commit is finished or rolled back by
`gudang.selesaikan_tertunda`). The Streamlit page "Perbarui Data" calls the same functions.

Imports are a durable source layer: with the data file, the rows added or changed are written to
data/raw/impor/<YYYYmmdd-HHMMSS>_<name>.csv, which `python -m kalteng_gender.build` applies after the raw and BPS
layers (only those a changelog line records), so a rebuild reproduces the data file. Each backup records the
import layers its data reflects (a `.lapisan.txt` beside it); restoring it moves later layers to
data/raw/impor/dibatalkan/ (and brings back withdrawn ones the backup included), and the changelog's `lapisan`
column names the layer files written or moved.
"""
from __future__ import annotations

import argparse
import difflib
import itertools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import bps_tabel, build, data as kd, fmt, gudang, regions
from .data import KOLOM, KUNCI, MAKS_PESAN, TAHUN_MIN, DataError
# backups, the changelog and the result of a write belong to the store; the importer's page and CLI reach them here
from .gudang import Hasil, daftar_cadangan, pulihkan
from .impor_baca import (BATAS_BYTE, Bawaan, DaftarMasalah, ImporError, Masalah, Rekaman, SelPersen, baca,
                         cari_tabel, kode_dari_sel, nama_dari_sel, norm_tajuk, pendek)
from .sel import POLA_ANGKA, baca_angka, bersih_angka, jenis_kelamin, tanda_desimal
from .unduh import netralkan

__all__ = ["Bawaan", "ImporError", "Masalah", "Pratinjau", "baca_tabel", "pratinjau", "terapkan",
           "tabel_ditambah", "tabel_diubah", "tabel_masalah",
           "ringkasan", "tahun_sah", "main"]


def tahun_sah() -> list[int]:
    """Years a figure may carry, newest first (2000 to next year)."""
    return list(range(kd.tahun_maks(), TAHUN_MIN - 1, -1))


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
    elif not TAHUN_MIN <= tahun <= kd.tahun_maks():
        salah("tahun", f"tahun di luar {TAHUN_MIN}–{kd.tahun_maks()}")

    # indicator, sex
    ind = kamus.indikator(m.get("indikator", ""))
    if ind is None and asal.get("indikator") != "opsi --indikator":  # a bad option is reported once, above
        salah("indikator", _alasan_indikator(saran_indikator(m.get("indikator", ""), kamus.registry)))
    jk = jenis_kelamin(m.get("jenis_kelamin", ""))
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
                        if isinstance(v, str) and POLA_ANGKA[lain].match(bersih_angka(v).rstrip("*")) else "")
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
    data_dir = gudang.folder_data(data_dir)
    isi, nama = _isi(sumber, nama)
    registry = gudang.baca_registry(data_dir)
    bacaan = baca_tabel(isi, nama, registry, bawaan, besar)
    isi_data, lama = gudang.baca_data(data_dir, registry)
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
    return Pratinjau(b.berkas, gudang.sha256(isi), gudang.sha256(isi_data), b.jenis, b.bentuk, len(baru),
                     ditambah.reset_index(drop=True), diubah[kol_ubah].reset_index(drop=True),
                     len(lama) - len(diubah), int(identik.sum()), len(lama), gabungan, lapisan, b.peringatan)


def terapkan(sumber, nama: str | None = None, data_dir=None, bawaan: Bawaan | None = None,
             harap_sha_data: str | None = None, batas_tunggu: float = gudang.BATAS_TUNGGU) -> Hasil:
    """Apply an import: under the lock, re-read the data, check again, then commit the backup, the import layer
    (data/raw/impor/), the new data file and the changelog line together (gudang.simpan_impor).

    harap_sha_data: the data file's SHA-256 the user previewed against; if the data changed since, refuse."""
    data_dir = gudang.folder_data(data_dir)
    isi, nama = _isi(sumber, nama)
    nama = Path(nama).name
    with gudang.kunci_berkas(data_dir, batas_tunggu):
        gudang.selesaikan_tertunda(data_dir)
        p = pratinjau(isi, nama, data_dir, bawaan)
        if harap_sha_data and p.sha_data != harap_sha_data:
            raise DataError("Data berubah sejak pratinjau dibuat (impor lain sudah diterapkan); tidak ada yang "
                            "ditulis. Buat pratinjau lagi.")
        if not p.ada_perubahan:
            return Hasil(f"Tidak ada perubahan: semua {p.n_angka} angka di {nama} sudah sama dengan data; "
                         "tidak ada yang ditulis.", False, pratinjau=p)
        # a name a spreadsheet would run as a formula is stored quoted (unduh.netralkan)
        cadangan, lapisan = gudang.simpan_impor(
            data_dir, netralkan(nama), p.sha256, len(p.ditambah), len(p.diubah),
            p.lapisan[KOLOM].to_csv(index=False).encode("utf-8"), p.gabungan.to_csv(index=False).encode("utf-8"))
    return Hasil(f"Diterapkan: {len(p.ditambah)} baris ditambah, {len(p.diubah)} baris diubah di "
                 f"{kd.DATA_FILE.name}. Cadangan data lama: {gudang.FOLDER_CADANGAN}/{cadangan.name}. Lapisan impor: "
                 f"raw/{gudang.FOLDER_IMPOR}/{lapisan.name}.",
                 True, len(p.ditambah), len(p.diubah), cadangan, p, lapisan)


# --- showing a preview --------------------------------------------------------------------------------------------
def _kunci_tampil(d: pd.DataFrame) -> dict[str, pd.Series]:
    """The first columns of both preview tables: where in the file, and which figure."""
    return {"baris berkas": d["_baris"], "kode_bps": d["kode_bps"], "wilayah": d["wilayah"], "tahun": d["tahun"],
            "indikator": d["indikator"], "jk": d["jenis_kelamin"]}


def _nilai_tampil(d: pd.DataFrame, kolom: str) -> list[str]:
    return [fmt.nilai_satuan(v, s) for v, s in zip(d[kolom], d["satuan"])]


def tabel_ditambah(p: Pratinjau) -> pd.DataFrame:
    """Rows to be added, numbers written the Indonesian way."""
    d = p.ditambah
    return pd.DataFrame({**_kunci_tampil(d), "nilai": _nilai_tampil(d, "nilai"), "satuan": d["satuan"],
                         "sumber": d["sumber"]})


def tabel_diubah(p: Pratinjau) -> pd.DataFrame:
    """Values to be changed: old → new (and the source when it changes)."""
    d = p.diubah
    return pd.DataFrame({
        **_kunci_tampil(d), "nilai lama": _nilai_tampil(d, "nilai_lama"), "nilai baru": _nilai_tampil(d, "nilai"),
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
    if a.aksi == "restore" and not a.nama:
        ap.error("restore perlu NAMA cadangan (lihat 'backup list')")

    def kerja() -> None:
        if a.aksi == "restore":
            print(pulihkan(a.nama, a.data_dir).pesan)
            return
        daftar = daftar_cadangan(a.data_dir)
        if not len(daftar):
            print(f"Belum ada cadangan di {gudang.folder_data(a.data_dir) / gudang.FOLDER_CADANGAN}.")
        else:
            print(daftar.to_string(index=False))
    return kd.perintah(kerja)


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
        jk = jenis_kelamin(a.jk)
        if jk is None:
            ap.error(f"--jk '{a.jk}' harus P, L atau T")
    bawaan = Bawaan(a.indikator, a.sumber, jk, a.tahun, a.catatan, a.kode)

    def kerja() -> None:
        if a.apply:
            hasil = terapkan(a.berkas, None, a.data_dir, bawaan)
            print(ringkasan(hasil.pratinjau))
            print("\n" + hasil.pesan)
        else:
            print(ringkasan(pratinjau(a.berkas, None, a.data_dir, bawaan)))
            print("\nBelum ada yang ditulis. Jalankan lagi dengan --apply untuk menerapkan.")
    return kd.perintah(kerja)


if __name__ == "__main__":
    sys.exit(main())
