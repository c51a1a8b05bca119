"""The data folder as a store: the lock, atomic writes, the commit journal, backups, the changelog and the import
layers. The importer (impor.py) and the build (build.py) both write through here; nothing else writes into data/.

    data/.impor.lock            held by every writer (import, restore, build)
    data/.impor.jurnal          the commit point of an import or restore (see komit)
    data/backup/<data>-<time>.csv + .lapisan.txt   a replaced data file and the import layers it reflects
    data/changelog.csv          one line per import or restore; its `lapisan` column commits layer files
    data/raw/impor/<YYYYmmdd-HHMMSS>_<name>.csv    one tidy CSV per applied import (the build applies them in order)
    data/raw/impor/dibatalkan/  layers a restore withdrew (ignored by the build)
"""
from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import data as kd
from .data import KUNCI, DataError

FOLDER_RAW = "raw"
FOLDER_IMPOR = "impor"              # data/raw/impor/: one tidy CSV per applied import
FOLDER_DIBATALKAN = "dibatalkan"    # data/raw/impor/dibatalkan/: imports withdrawn by a restore (ignored)
FOLDER_CADANGAN = "backup"
CHANGELOG = "changelog.csv"
KOLOM_CHANGELOG = ["waktu", "berkas", "sha256", "baris_ditambah", "baris_diubah", "lapisan", "cadangan"]
AKHIRAN_MANIFES = ".lapisan.txt"    # beside each backup: the import layers the backed-up data file reflects
NAMA_KUNCI = ".impor.lock"
JURNAL = ".impor.jurnal"
BATAS_TUNGGU = 60.0                 # seconds a writer waits for the lock
POLA_LAPISAN = re.compile(r"^(\d{8}-\d{6})_")
_NAMA_LAPISAN = re.compile(r"\d{8}-\d{6}_[A-Za-z0-9._-]*?\.csv")


def folder_data(data_dir=None) -> Path:
    """data_dir, or the project's data/ (looked up at call time so tests can point elsewhere)."""
    return Path(data_dir) if data_dir is not None else Path(kd.DATA_DIR)


def folder_raw(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER_RAW


def sekarang() -> _dt.datetime:
    """The clock that names backups and layers (one place, so tests can fix it)."""
    return _dt.datetime.now()


def sha256(isi: bytes) -> str:
    return hashlib.sha256(isi).hexdigest()


def baca_registry(data_dir: Path) -> pd.DataFrame:
    return kd.muat_registry(Path(data_dir) / kd.REGISTRY_FILE.name)


def baca_data(data_dir: Path, registry: pd.DataFrame) -> tuple[bytes, pd.DataFrame]:
    """(bytes, validated table) of data_dir's data file. Raises DataError."""
    path = Path(data_dir) / kd.DATA_FILE.name
    try:
        isi = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"Berkas data {path} tidak ditemukan.")
    return isi, kd.muat_data(path, registry)


# --- lock and atomic writes ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def kunci_berkas(data_dir: Path, batas_tunggu: float = BATAS_TUNGGU):
    """The data folder's file lock, held while anything in it is written. Raises DataError after batas_tunggu s."""
    from filelock import FileLock, Timeout

    kunci = FileLock(str(Path(data_dir) / NAMA_KUNCI), timeout=batas_tunggu)
    try:
        kunci.acquire()
    except Timeout:
        raise DataError(f"Data sedang diperbarui oleh proses impor lain (kunci {NAMA_KUNCI} dipegang lebih dari "
                        f"{batas_tunggu:g} detik); tidak ada yang ditulis, coba lagi sebentar lagi.")
    try:
        yield
    finally:
        kunci.release()


def sementara(tujuan: Path, isi: bytes) -> Path:
    """`isi` written and fsynced to a hidden temporary file beside `tujuan` (ending in .tmp, so no reader or glob
    for *.csv ever picks it up); the caller renames it into place."""
    fd, tmp = tempfile.mkstemp(dir=tujuan.parent, prefix=f".{tujuan.name}.", suffix=".tmp")
    with _buang_bila_gagal(tmp), os.fdopen(fd, "wb") as f:
        f.write(isi)
        f.flush()
        os.fsync(f.fileno())
    return Path(tmp)


@contextlib.contextmanager
def _buang_bila_gagal(tmp):
    """Remove the temporary file `tmp` if the block fails (anything, Ctrl-C too), then re-raise."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def tulis_atomik(tujuan: Path, isi: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then os.replace: readers see old or new, never half."""
    tmp = sementara(tujuan, isi)
    with _buang_bila_gagal(tmp):
        os.replace(tmp, tujuan)


def tulis_semua(folder: Path, siap: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every (path in folder, bytes): all temporaries first, then all renames; a failure while writing them
    (OSError, re-raised) leaves the folder as it was (a folder this call created is removed again)."""
    folder = Path(folder)
    dibuat = not folder.exists()
    langkah: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for tujuan, isi in siap:
            langkah.append((sementara(tujuan, isi), tujuan))
    except OSError:
        buang(langkah)
        if dibuat:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    for tmp, tujuan in langkah:
        os.replace(tmp, tujuan)
    return [t for _, t in langkah]


# --- one commit for several files ---------------------------------------------------------------------------------
# An import makes five files visible together (backup + its layer list, import layer, data file, changelog); a
# restore also moves layers. Every new file is first written under a temporary name; then the journal
# (data/.impor.jurnal: one "from<TAB>to" per line, paths inside data/) is written atomically: that is the commit
# point. The renames follow, in the journal's order, and the journal is removed. After a kill, `selesaikan_tertunda`
# (run under the lock by every writer and by the build) finishes the renames of a journal that exists, or, with no
# journal, removes the temporaries: the import then never happened.
def buang(langkah: list[tuple[Path, Path]]) -> None:
    """Remove the temporaries of renames never committed."""
    for tmp, _ in langkah:
        with contextlib.suppress(OSError):
            tmp.unlink()


def komit(data_dir: Path, langkah: list[tuple[Path, Path]]) -> None:
    """Make the renames `langkah` (temporary or moved file -> its place, inside data_dir) happen together."""
    teks = "".join(f"{a.relative_to(data_dir).as_posix()}\t{b.relative_to(data_dir).as_posix()}\n"
                   for a, b in langkah)
    tulis_atomik(data_dir / JURNAL, teks.encode("utf-8"))
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


def selesaikan_tertunda(data_dir) -> bool:
    """Finish or roll back an import or restore that was interrupted (see the journal above). Call under the lock.
    True when something was left to do."""
    data_dir = folder_data(data_dir)
    jurnal = data_dir / JURNAL
    ada = jurnal.is_file()
    if ada:
        akar = data_dir.resolve()
        langkah = []
        for baris in jurnal.read_text(encoding="utf-8").splitlines():
            asal, _, tujuan = baris.partition("\t")
            pasangan = (data_dir / asal, data_dir / tujuan)
            if not asal or not tujuan or any(akar not in p.resolve().parents for p in pasangan):
                raise DataError(f"{JURNAL}: baris tidak sah '{baris[:60]}'; periksa folder data secara manual.")
            langkah.append(pasangan)
        _jalankan(data_dir, langkah)
    impor_ = folder_raw(data_dir) / FOLDER_IMPOR
    for folder in (data_dir, data_dir / FOLDER_CADANGAN, impor_, impor_ / FOLDER_DIBATALKAN):
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else []:
            ada = True
            tmp.unlink()
    return ada


# --- import layers ------------------------------------------------------------------------------------------------
def lapisan_tercatat(data_dir: Path) -> set[str]:
    """Names of the import layers that data/changelog.csv records (its `lapisan` column)."""
    path = Path(data_dir) / CHANGELOG
    if not path.is_file():
        return set()
    with open(path, newline="", encoding="utf-8") as f:
        baris = list(csv.reader(f))
    if not baris or "lapisan" not in baris[0]:
        return set()
    j = baris[0].index("lapisan")
    return {n for b in baris[1:] if len(b) > j for n in _NAMA_LAPISAN.findall(b[j])}


def berkas_lapisan(raw_dir: Path, semua: bool = False) -> list[Path]:
    """The active import layers in the order they apply (file names start with the time of the import): those
    the changelog beside raw_dir records; semua=True: every layer file in the folder."""
    folder = Path(raw_dir) / FOLDER_IMPOR
    if not folder.is_dir():
        return []
    tercatat = lapisan_tercatat(Path(raw_dir).parent)
    return sorted(p for p in folder.glob("*.csv") if semua or p.name in tercatat)


def lapisan_aktif(data_dir: Path) -> list[str]:
    return [p.name for p in berkas_lapisan(folder_raw(data_dir))]


def nama_lapisan(data_dir: Path, nama: str) -> str:
    """'<YYYYmmdd-HHMMSS>_<safe name>.csv', later than every layer ever written (active or withdrawn), so file-name
    order is the order of applying even for two imports in one second or after the clock went back."""
    folder = folder_raw(data_dir) / FOLDER_IMPOR
    semua = [p.name for d in (folder, folder / FOLDER_DIBATALKAN) if d.is_dir() for p in d.glob("*.csv")]
    cap = [m.group(1) for n in semua if (m := POLA_LAPISAN.match(n))]
    waktu = sekarang().replace(microsecond=0)
    if cap:
        terakhir = _dt.datetime.strptime(max(cap), "%Y%m%d-%H%M%S")
        if waktu <= terakhir:
            waktu = terakhir + _dt.timedelta(seconds=1)
    aman = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(nama).name).strip("._-")
    aman = re.sub(r"\.csv$", "", aman, flags=re.IGNORECASE)[:80].strip("._-") or "impor"
    return f"{waktu:%Y%m%d-%H%M%S}_{aman}.csv"


# --- backups ------------------------------------------------------------------------------------------------------
def _manifes(cadangan: Path) -> Path:
    return cadangan.with_name(cadangan.stem + AKHIRAN_MANIFES)


def _cadangkan(data_dir: Path, lapisan: list[str], isi_data: bytes) -> tuple[Path, list[tuple[Path, Path]]]:
    """A backup of the data file (bytes `isi_data`) in data/backup/ with the list of import layers it reflects
    beside it, both written as temporaries: (backup path, renames for komit)."""
    folder = data_dir / FOLDER_CADANGAN
    folder.mkdir(exist_ok=True)
    cap = sekarang().strftime("%Y%m%dT%H%M%S%f")
    stem = kd.DATA_FILE.stem
    tujuan, n = folder / f"{stem}-{cap}.csv", 1
    while tujuan.exists() or _manifes(tujuan).exists():
        tujuan, n = folder / f"{stem}-{cap}-{n}.csv", n + 1
    manifes = "# lapisan impor (data/raw/impor/) yang sudah termasuk dalam cadangan ini\n" + \
        "".join(f"{x}\n" for x in lapisan)
    return tujuan, [(sementara(_manifes(tujuan), manifes.encode("utf-8")), _manifes(tujuan)),
                    (sementara(tujuan, isi_data), tujuan)]


def baca_manifes(cadangan: Path) -> list[str] | None:
    """The import layers a backup reflects; None for a backup made without that list."""
    path = _manifes(cadangan)
    if not path.is_file():
        return None
    nama = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    nama = [x for x in nama if x and not x.startswith("#")]
    salah = [x for x in nama if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.csv", x)]
    if salah:
        raise DataError(f"{FOLDER_CADANGAN}/{path.name}: nama lapisan tidak sah: "
                        f"{', '.join(x[:60] for x in salah)}; tidak ada yang ditulis.")
    return nama


def daftar_cadangan(data_dir=None) -> pd.DataFrame:
    """Backups in data/backup/, newest first: name, time, rows, size."""
    folder = folder_data(data_dir) / FOLDER_CADANGAN
    baris = []
    for path in sorted(folder.glob("*.csv"), reverse=True) if folder.is_dir() else []:
        m = re.search(r"-(\d{8}T\d{6})\d*", path.name)
        waktu = _dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").strftime("%Y-%m-%d %H:%M:%S") if m else ""
        with open(path, "rb") as f:
            n = max(sum(1 for _ in f) - 1, 0)
        baris.append({"nama": path.name, "waktu": waktu, "baris": n, "ukuran_kb": round(path.stat().st_size / 1024, 1)})
    return pd.DataFrame(baris, columns=["nama", "waktu", "baris", "ukuran_kb"])


# --- changelog ----------------------------------------------------------------------------------------------------
def baca_changelog(data_dir=None) -> pd.DataFrame:
    """data/changelog.csv as text columns KOLOM_CHANGELOG (missing ones, as in older changelogs, left empty)."""
    path = folder_data(data_dir) / CHANGELOG
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
    w.writerow([_dt.datetime.now().astimezone().isoformat(timespec="seconds"), berkas, sha, ditambah, diubah,
                lapisan, cadangan])
    return lama + buf.getvalue().encode("utf-8")


# --- writing an import, restoring a backup ------------------------------------------------------------------------
@dataclass
class Hasil:
    """What an import or a restore did, with the message for the user."""
    pesan: str
    diterapkan: bool
    ditambah: int = 0
    diubah: int = 0
    cadangan: Path | None = None
    pratinjau: object = None                                      # impor.Pratinjau of an import
    lapisan: Path | None = None                                   # the import layer written
    dibatalkan: list[str] = field(default_factory=list)          # layers a restore moved to dibatalkan/
    dikembalikan: list[str] = field(default_factory=list)        # layers a restore brought back


def simpan_impor(data_dir: Path, berkas: str, sha: str, ditambah: int, diubah: int, isi_lapisan: bytes,
                 isi_data: bytes) -> tuple[Path, Path]:
    """Commit an import together: a backup of the current data file (with its layer list), the import layer
    `isi_lapisan` in data/raw/impor/, the new data file `isi_data` and a changelog line naming `berkas` (text as
    the caller gives it: neutralise a user's file name first). Call under kunci_berkas. (backup, layer) paths."""
    folder = folder_raw(data_dir) / FOLDER_IMPOR
    folder.mkdir(parents=True, exist_ok=True)
    lapisan = folder / nama_lapisan(data_dir, berkas)
    data_file = data_dir / kd.DATA_FILE.name
    langkah: list[tuple[Path, Path]] = []
    try:
        cadangan, langkah = _cadangkan(data_dir, lapisan_aktif(data_dir), data_file.read_bytes())
        langkah.append((sementara(lapisan, isi_lapisan), lapisan))
        langkah.append((sementara(data_file, isi_data), data_file))
        log = _changelog_baru(data_dir, berkas, sha, ditambah, diubah, lapisan.name, cadangan.name)
        langkah.append((sementara(data_dir / CHANGELOG, log), data_dir / CHANGELOG))
    except BaseException:
        buang(langkah)  # nothing was committed: the temporaries go
        raise
    komit(data_dir, langkah)
    return cadangan, lapisan


def _rencana_lapisan(data_dir: Path, cadangan: Path, aktif: list[str]) -> tuple[list[str], list[str]]:
    """(layers to withdraw, layers to bring back) so the active layers become exactly those the backup reflects.
    Raises DataError, before anything is written, when that cannot be done."""
    nama = cadangan.name
    dicatat = baca_manifes(cadangan)
    if dicatat is None:
        if aktif:
            raise DataError(f"Cadangan '{nama}' tidak mencatat lapisan impor mana yang sudah termasuk di dalamnya, "
                            f"padahal ada {len(aktif)} lapisan impor di raw/{FOLDER_IMPOR}/ "
                            f"({', '.join(aktif)}); memulihkannya akan membuat data berbeda dari hasil "
                            "`python -m kalteng_gender.build`. Tidak ada yang ditulis.")
        return [], []
    batal = folder_raw(data_dir) / FOLDER_IMPOR / FOLDER_DIBATALKAN
    tarik = [x for x in aktif if x not in dicatat]
    kembali = [x for x in dicatat if x not in aktif]
    hilang = [x for x in kembali if not (batal / x).is_file()]
    if hilang:
        raise DataError(f"Cadangan '{nama}' memuat lapisan impor {', '.join(hilang)}, tetapi berkasnya tidak ada di "
                        f"raw/{FOLDER_IMPOR}/ maupun raw/{FOLDER_IMPOR}/{FOLDER_DIBATALKAN}/. "
                        "Tidak ada yang ditulis.")
    bentrok = [x for x in tarik if (batal / x).exists()]
    if bentrok:
        raise DataError(f"Lapisan impor {', '.join(bentrok)} ada di raw/{FOLDER_IMPOR}/ dan juga di "
                        f"raw/{FOLDER_IMPOR}/{FOLDER_DIBATALKAN}/; periksa dulu. Tidak ada yang ditulis.")
    return tarik, kembali


def pulihkan(nama: str, data_dir=None, batas_tunggu: float = BATAS_TUNGGU) -> Hasil:
    """Put a backup back as the data file: validated first, the current file backed up, the import layers set to
    those the backup reflects (later ones moved to raw/impor/dibatalkan/), replaced atomically."""
    data_dir = folder_data(data_dir)
    if not re.fullmatch(r"[\w][\w.-]*\.csv", nama or ""):
        raise DataError(f"Nama cadangan '{nama}' tidak sah; lihat `python -m kalteng_gender.impor backup list`.")
    path = data_dir / FOLDER_CADANGAN / nama
    if not path.is_file():
        raise DataError(f"Cadangan '{nama}' tidak ada di {FOLDER_CADANGAN}/; lihat "
                        "`python -m kalteng_gender.impor backup list`.")
    registry = baca_registry(data_dir)
    with kunci_berkas(data_dir, batas_tunggu):
        selesaikan_tertunda(data_dir)
        isi = path.read_bytes()
        pulih = kd.muat_data(path, registry)
        _, lama = baca_data(data_dir, registry)
        gabung = pulih.merge(lama, on=KUNCI, how="outer", suffixes=("", "_lama"), indicator=True)
        ditambah = int((gabung["_merge"] == "left_only").sum())
        dihapus = int((gabung["_merge"] == "right_only").sum())
        ada = gabung[gabung["_merge"] == "both"]
        diubah = int((~np.isclose(ada["nilai"], ada["nilai_lama"], rtol=1e-9, atol=0)
                      | (ada["sumber"] != ada["sumber_lama"]) | (ada["catatan"] != ada["catatan_lama"])).sum())
        aktif = lapisan_aktif(data_dir)
        tarik, kembali = _rencana_lapisan(data_dir, path, aktif)
        folder = folder_raw(data_dir) / FOLDER_IMPOR
        batal = folder / FOLDER_DIBATALKAN
        teks = "; ".join(f"{judul}: {', '.join(daftar)}" for judul, daftar in
                         ((f"dibatalkan (ke raw/{FOLDER_IMPOR}/{FOLDER_DIBATALKAN}/)", tarik),
                          ("dikembalikan", kembali)) if daftar)
        data_file = data_dir / kd.DATA_FILE.name
        langkah: list[tuple[Path, Path]] = []
        try:
            cadangan, langkah = _cadangkan(data_dir, aktif, data_file.read_bytes())
            langkah.append((sementara(data_file, isi), data_file))
            log = _changelog_baru(data_dir, f"pulihkan {nama}", sha256(isi), ditambah, diubah, teks, cadangan.name)
            langkah.append((sementara(data_dir / CHANGELOG, log), data_dir / CHANGELOG))
        except BaseException:
            buang(langkah)
            raise
        # layer moves are renames too: committed with the rest
        komit(data_dir, [(folder / x, batal / x) for x in tarik] + [(batal / x, folder / x) for x in kembali]
              + langkah)
    lapis = f" Lapisan impor {teks}." if teks else ""
    return Hasil(f"Dipulihkan dari {nama}: {len(pulih)} baris ({ditambah} kembali ditambahkan, {diubah} diubah, "
                 f"{dihapus} dihapus dibanding data sebelumnya). Data sebelumnya dicadangkan sebagai "
                 f"{FOLDER_CADANGAN}/{cadangan.name}.{lapis}", True, ditambah, diubah, cadangan,
                 dibatalkan=tarik, dikembalikan=kembali)
