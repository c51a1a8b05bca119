"""Reading an uploaded table for the importer: CSV/XLSX bytes -> cells with their place in the file -> records.

Nothing here decides whether a figure is acceptable; it only finds the table and says where every cell came
from (row in the file, column name and letter), so `impor` can name file, row, column and value in a message.

Layouts understood:
- long (our schema): a header row with kode_bps/wilayah, tahun, indikator, jenis_kelamin, nilai, sumber ...;
- wide as BPS exports it: title rows, a header of one to four rows (merged cells, years and/or sexes across),
  regions down (names, BPS or Kemendagri codes), notes below ("Sumber: ...", "Catatan: ...").
"""
from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import itertools
import re
import time
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field

from . import regions
from .data import MAKS_PESAN, DataError
from .sel import jenis_kelamin, kosong_bertanda

BATAS_BYTE = 10 * 1024 * 1024          # upload limit: 10 MB (also server.maxUploadSize in .streamlit/config.toml)
BATAS_TERURAI = 100 * 1024 * 1024      # an XLSX is a zip: refuse one that inflates beyond this
BATAS_TEKS_BERSAMA = 3 * 1024 * 1024   # ... and its shared strings, which openpyxl parses in full before any row
BATAS_BARIS, BATAS_KOLOM = 50_000, 300
# The work a preview may cost is bounded while the file is streamed, before anything else is built from it: cells in
# the grid (empty ones included, merged ranges filled), and wall-clock time. Within these a preview stays under
# 10 s and 500 MB on a small server (tests/test_impor_bermusuhan.py measures it).
BATAS_SEL = 150_000
BATAS_WAKTU = 6.0                      # seconds
# A "large" file, previewed only by holders of the token when one is set (see akses.py).
BESAR_BYTE, BESAR_BARIS = 1024 * 1024, 5_000
AKHIRAN = (".csv", ".xlsx")
_CATATAN_KAKI = re.compile(r"^\s*(sumber|source|catatan|keterangan|ket\b|note|\*|¹|tabel\b|table\b)", re.I)
_JUMLAH = {"jumlah", "total", "jumlahtotal"}


@dataclass(frozen=True)
class Masalah:
    """One problem, located: file, row (in the file as the user sees it), column, value, reason."""
    berkas: str
    alasan: str
    baris: int | None = None
    kolom: str | None = None   # already phrased: "kolom 'nilai' (F)" or "opsi --indikator"
    nilai: object = None

    def __str__(self) -> str:
        bagian = [self.berkas]
        if self.baris is not None:
            bagian.append(f"baris {self.baris}")
        if self.kolom:
            bagian.append(self.kolom)
        if self.nilai is not None:
            bagian.append(f"nilai '{pendek(self.nilai)}'")
        return ", ".join(bagian) + f": {self.alasan}."


class DaftarMasalah(list):
    """A problem list that keeps the first MAKS_PESAN problems and only counts the rest (a hostile file can have
    a problem in each of its cells)."""

    def __init__(self):
        super().__init__()
        self.lebih = 0

    def append(self, m: Masalah) -> None:
        if len(self) < MAKS_PESAN:
            super().append(m)
        else:
            self.lebih += 1


class ImporError(DataError):
    """A file was refused; `rincian` holds the first MAKS_PESAN located problems, `lebih` how many more there were,
    str() the message for the user."""

    def __init__(self, berkas: str, rincian: list[Masalah], lebih: int = 0):
        self.rincian = list(rincian[:MAKS_PESAN])
        self.lebih = lebih + max(len(rincian) - MAKS_PESAN, 0)
        baris = [str(m) for m in self.rincian]
        teks = "\n".join(baris) + (f"\n… dan {self.lebih} masalah lain." if self.lebih else "")
        super().__init__(f"Berkas {berkas} ditolak ({len(baris) + self.lebih} masalah); tidak ada yang ditulis:\n"
                         f"{teks}", baris)


def tolak(berkas: str, alasan: str, **kw) -> ImporError:
    return ImporError(berkas, [Masalah(berkas, alasan, **kw)])


def pendek(nilai, n: int = 60) -> str:
    s = _fmt_sel(nilai).replace("\n", " ").replace("\r", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _fmt_sel(v) -> str:
    if isinstance(v, SelPersen):
        return f"{float(v):g} (format %)"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


class SelPersen(float):
    """A number from an XLSX cell formatted as percent: Excel shows 54,52% but stores 0.5452."""


# --- the file as cells -------------------------------------------------------------------------------------------
@dataclass
class Lembar:
    berkas: str
    jenis: str                       # "CSV" or "XLSX"
    sel: list[list]                  # cell values as read (str, float, int); merged cells not filled
    tajuk: list[list]                # the same with merged ranges filled (used for header labels only)
    nomor: list[int]                 # the file's row number of each grid row
    pemisah: str | None = None
    pengodean: str | None = None
    nama_lembar: str | None = None
    peringatan: list[str] = field(default_factory=list)
    tenggat: float = float("inf")    # time.monotonic() by which the preview must be done

    def cek_waktu(self, baris: int | None = None) -> None:
        """Refuse once the preview has used its time budget (called in every loop over rows)."""
        if time.monotonic() > self.tenggat:
            raise _terlalu_lama(self.berkas, baris)

    def label_kolom(self, j: int, teks: str = "") -> str:
        teks = pendek(teks, 40).strip()
        if self.jenis == "XLSX":
            huruf = _huruf(j)
            return f"kolom '{teks}' ({huruf})" if teks else f"kolom {huruf}"
        return f"kolom '{teks}'" if teks else f"kolom ke-{j + 1}"


def _huruf(j: int) -> str:
    s, j = "", j + 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def _terlalu_lama(berkas: str, baris: int | None) -> ImporError:
    return tolak(berkas, f"pemeriksaan dihentikan: melebihi batas waktu {BATAS_WAKTU:g} detik"
                 + (f" (sampai baris {baris})" if baris else "") + "; pecah tabel menjadi beberapa berkas",
                 baris=baris)


class _Batas:
    """Counts rows and cells while a file streams in and refuses, naming the row, as soon as a limit is passed.

    Cells are counted as the rectangle the readers pad the table to (rows × widest row), plus the cells merged
    ranges fill."""

    def __init__(self, berkas: str, besar: bool, tenggat: float):
        self.berkas, self.tenggat, self.lebar, self.terisi = berkas, tenggat, 0, 0
        self.baris_maks = BATAS_BARIS if besar else BESAR_BARIS
        self.token = "" if besar else " (berkas besar hanya boleh diperiksa dengan token petugas)"

    def baris(self, nomor: int, lebar: int) -> None:
        if nomor > self.baris_maks:
            raise tolak(self.berkas, f"tabel terlalu panjang (lebih dari {self.baris_maks} baris){self.token}",
                        baris=nomor)
        if lebar > BATAS_KOLOM:
            raise tolak(self.berkas, f"tabel terlalu lebar (lebih dari {BATAS_KOLOM} kolom)", baris=nomor,
                        kolom=f"kolom ke-{BATAS_KOLOM + 1}")
        self.lebar = max(self.lebar, lebar)
        self._cek_sel(nomor * self.lebar, nomor)
        if nomor % 256 == 0 and time.monotonic() > self.tenggat:
            raise _terlalu_lama(self.berkas, nomor)

    def gabung(self, n: int, nomor: int) -> None:
        self.terisi += n
        self._cek_sel(self.terisi, nomor)

    def _cek_sel(self, n: int, nomor: int) -> None:
        if n > BATAS_SEL:
            raise tolak(self.berkas, f"tabel terlalu besar (lebih dari {BATAS_SEL:,} sel)".replace(",", ".")
                        + self.token, baris=nomor)


def baca(isi: bytes, nama: str, besar: bool = True) -> Lembar:
    """Check type and size, then read CSV or XLSX bytes into a grid; raise ImporError when it cannot.

    besar=False refuses a large file (over BESAR_BYTE or BESAR_BARIS rows): for viewers without the token."""
    berkas = nama or "berkas"
    akhiran = "." + berkas.rsplit(".", 1)[-1].lower() if "." in berkas else ""
    if akhiran not in AKHIRAN:
        raise tolak(berkas, f"jenis berkas '{akhiran or 'tanpa akhiran'}' tidak didukung; hanya .csv atau .xlsx")
    if len(isi) > BATAS_BYTE:
        raise tolak(berkas, f"berkas terlalu besar ({len(isi) / 1024 / 1024:.1f} MB); batasnya 10 MB")
    if not besar and len(isi) > BESAR_BYTE:
        raise tolak(berkas, f"berkas besar ({len(isi) / 1024 / 1024:.1f} MB, lebih dari 1 MB) hanya boleh diperiksa "
                    "dengan token petugas")
    if not isi.strip():
        raise tolak(berkas, "berkas kosong, tidak ada baris data")
    batas = _Batas(berkas, besar, time.monotonic() + BATAS_WAKTU)
    lembar = _baca_xlsx(isi, berkas, batas) if akhiran == ".xlsx" else _baca_csv(isi, berkas, batas)
    lembar.tenggat = batas.tenggat
    if not any(_ada(v) for baris in lembar.sel for v in baris):
        raise tolak(berkas, "berkas kosong, tidak ada baris data")
    return lembar


def _ada(v) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())


_KENDALI = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters other than tab and line ends


def _utf16(isi: bytes) -> str | None:
    """'utf-16' (BOM), 'utf-16-le' or 'utf-16-be' (no BOM: text of mostly ASCII has a NUL in every other byte)."""
    if isi.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    contoh = isi[:4096]
    if len(contoh) < 4:
        return None
    genap, ganjil = contoh[0::2], contoh[1::2]
    if ganjil.count(0) > 0.4 * len(ganjil) and genap.count(0) < 0.05 * len(genap):
        return "utf-16-le"
    if genap.count(0) > 0.4 * len(genap) and ganjil.count(0) < 0.05 * len(ganjil):
        return "utf-16-be"
    return None


def _baca_csv(isi: bytes, berkas: str, batas: _Batas) -> Lembar:
    tak_terbaca = "tidak dapat dibaca sebagai CSV"
    if isi.startswith(b"PK\x03\x04"):
        raise tolak(berkas, f"{tak_terbaca}: isinya arsip XLSX/ZIP; simpan dengan akhiran .xlsx")
    utf16 = _utf16(isi)
    if utf16:
        try:
            teks, kode = isi.decode(utf16).lstrip("\ufeff"), "UTF-16"
        except UnicodeDecodeError as e:
            raise tolak(berkas, f"{tak_terbaca}: tampak UTF-16 tetapi byte ke-{e.start + 1} tidak sah; simpan ulang "
                        "sebagai CSV UTF-8")
    elif b"\x00" in isi:
        raise tolak(berkas, f"{tak_terbaca}: berisi byte biner (NUL), bukan teks")
    elif isi.startswith(codecs.BOM_UTF8):
        try:
            teks, kode = isi[3:].decode("utf-8"), "UTF-8 (BOM)"
        except UnicodeDecodeError as e:
            raise tolak(berkas, f"{tak_terbaca}: bertanda UTF-8 tetapi byte ke-{e.start + 4} bukan UTF-8")
    else:
        for kode in ("utf-8", "cp1252", "latin-1"):
            try:
                teks = isi.decode(kode)
                break
            except UnicodeDecodeError:
                continue
        kode = {"utf-8": "UTF-8", "cp1252": "Latin-1/Windows-1252", "latin-1": "Latin-1"}[kode]
    kendali = len(_KENDALI.findall(teks))
    if kendali > 2 and kendali > len(teks) / 500:
        raise tolak(berkas, f"{tak_terbaca}: berisi {kendali} karakter kendali, bukan teks tabel")
    pemisah = _tebak_pemisah(teks)
    sel, nomor = [], []
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)
    akhir = 0
    try:
        for baris in pembaca:
            nomor.append(akhir + 1)
            batas.baris(akhir + 1, len(baris))
            if pembaca.line_num > akhir + 1:
                _cek_kutip(berkas, baris, pemisah, akhir + 1, pembaca.line_num)
            akhir = pembaca.line_num
            sel.append([c.strip() for c in baris])
    except csv.Error as e:
        raise tolak(berkas, f"{tak_terbaca}: {e}", baris=akhir + 1)
    return Lembar(berkas, "CSV", sel, [list(b) for b in sel], nomor, pemisah, kode)


def _cek_kutip(berkas: str, baris: list[str], pemisah: str, mulai: int, akhir: int) -> None:
    """A record spanning several lines. A quoted note may hold a line break, but never whole rows: a field whose
    later lines carry the separator is an unclosed quote that swallowed the rows below it (csv reads on to the
    next quote, or to the end of the file, without complaint)."""
    for j, v in enumerate(baris):
        if any(pemisah in b for b in v.splitlines()[1:]):
            raise tolak(berkas, f"tanda kutip (\") di isian ini tidak ditutup, sehingga baris {mulai + 1}–{akhir} "
                        "ikut terbaca sebagai isinya; tutup tanda kutipnya (atau hapus) lalu unggah lagi",
                        baris=mulai, kolom=f"kolom ke-{j + 1}", nilai=v)


def _tebak_pemisah(teks: str) -> str:
    """The separator that splits the first lines into the most fields (median over non-empty lines)."""
    contoh = "\n".join([b for b in teks[:100_000].splitlines() if b.strip()][:30])
    terbaik, skor_terbaik = ",", 1
    for pemisah in (";", ",", "\t"):
        try:
            lebar = sorted(len(b) for b in csv.reader(io.StringIO(contoh), delimiter=pemisah) if b)
        except csv.Error:
            continue
        skor = lebar[len(lebar) // 2] if lebar else 0
        if skor > skor_terbaik:
            terbaik, skor_terbaik = pemisah, skor
    return terbaik


def _baca_xlsx(isi: bytes, berkas: str, batas: _Batas) -> Lembar:
    tak_terbaca = "tidak dapat dibaca sebagai XLSX"
    if isi.startswith(b"\xd0\xcf\x11\xe0"):
        raise tolak(berkas, f"{tak_terbaca}: format Excel lama (.xls); simpan ulang sebagai .xlsx")
    if not isi.startswith(b"PK"):
        raise tolak(berkas, f"{tak_terbaca}: bukan arsip Office Open XML (bila isinya teks, pakai akhiran .csv)")
    try:
        with zipfile.ZipFile(io.BytesIO(isi)) as z:
            terurai = sum(i.file_size for i in z.infolist())
            bersama = sum(i.file_size for i in z.infolist() if i.filename.lower().endswith("sharedstrings.xml"))
    except Exception as e:  # noqa: BLE001 - any damage to the archive means the same thing to the user
        raise tolak(berkas, f"{tak_terbaca}: arsip rusak ({type(e).__name__})")
    if terurai > BATAS_TERURAI:
        raise tolak(berkas, f"{tak_terbaca}: isi terurai {terurai / 1024 / 1024:.0f} MB, melebihi batas")
    if bersama > BATAS_TEKS_BERSAMA:
        raise tolak(berkas, f"{tak_terbaca}: daftar teks bersama (sharedStrings) {bersama / 1024 / 1024:.0f} MB, "
                    f"melebihi batas {BATAS_TEKS_BERSAMA // 1024 // 1024} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = _buka_xlsx(isi)
            try:
                ws, sel, lain = None, [], 0
                for lembar_ini in wb.worksheets:
                    if time.monotonic() > batas.tenggat:  # a workbook of thousands of sheets
                        raise _terlalu_lama(berkas, None)
                    if ws is None:
                        gabungan = _pindai(wb, lembar_ini, batas)
                        sel = _sel_lembar(lembar_ini, berkas, batas)
                        ws = lembar_ini if any(_ada(v) for b in sel for v in b) else None
                    elif _berisi(lembar_ini):
                        lain += 1
                if ws is None:
                    raise tolak(berkas, "berkas kosong, tidak ada baris data")
            finally:
                wb.close()
    except ImporError:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many types on a damaged workbook
        raise tolak(berkas, f"{tak_terbaca}: {type(e).__name__}")
    peringatan = []
    if lain:
        peringatan.append(f"Hanya lembar pertama yang berisi ('{ws.title}') yang dibaca; {lain} lembar lain "
                          "diabaikan.")
    lebar = max(len(b) for b in sel)
    sel = [b + [""] * (lebar - len(b)) for b in sel]  # a streamed row ends at its last cell
    tajuk = [list(b) for b in sel]
    for r0, c0, r1, c1 in gabungan:
        if r0 > len(sel) or c0 > lebar:
            continue
        kiri_atas, ujung = sel[r0 - 1][c0 - 1], min(c1, lebar)
        for r in range(r0, min(r1, len(sel)) + 1):
            batas.gabung(ujung - c0 + 1, r)  # a merge over the whole sheet costs what it fills
            tajuk[r - 1][c0 - 1:ujung] = [kiri_atas] * (ujung - c0 + 1)
    return Lembar(berkas, "XLSX", sel, tajuk, list(range(1, len(sel) + 1)), nama_lembar=ws.title,
                  peringatan=peringatan)


def _buka_xlsx(isi: bytes):
    """The workbook, read-only: rows are streamed from the sheet XML, so the limits apply before a grid exists.
    data_only=False: a formula stays a formula, so it can be refused instead of trusting a cached result."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Lembar(ReadOnlyWorksheet):
        def _get_size(self):
            """Left unknown: openpyxl would parse a sheet without <dimension> in full just to size it, and a
            <dimension> may lie (rows beyond it would be dropped silently). Every row is streamed instead."""

    class Pembaca(ExcelReader):
        def read_worksheets(self):
            for sheet, rel in self.parser.find_sheets():
                if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                    self.wb._sheets.append(Lembar(self.wb, sheet.name, rel.target, self.shared_strings))

    pembaca = Pembaca(io.BytesIO(isi), read_only=True, data_only=False)
    pembaca.read()
    return pembaca.wb


def _sel_lembar(ws, berkas: str, batas: _Batas) -> list[list]:
    """Every row of a read-only sheet as cell values, counted against the limits as it streams."""
    sel, rumus = [], DaftarMasalah()
    for nomor, baris in enumerate(ws.iter_rows(), 1):
        batas.baris(nomor, len(baris))
        isi_baris = []
        for c in baris:
            v = c.value
            # a text cell starting with "=" is text (stored quoted later, see impor._ke_baris); a formula is refused
            if c.data_type == "f" or type(v).__name__.endswith("Formula"):
                teks = getattr(v, "text", None) or str(v)
                rumus.append(Masalah(berkas, "rumus tidak dihitung oleh pengimpor; ganti dengan angka hasilnya "
                                     "(salin, lalu Tempel Khusus → Nilai)", nomor, f"sel {c.coordinate}", teks))
                v = None
            elif isinstance(v, bool):
                v = str(v).upper()
            elif isinstance(v, (int, float)):
                v = SelPersen(v) if "%" in str(c.number_format) else v
            elif isinstance(v, (_dt.datetime, _dt.date, _dt.time)):
                v = v.isoformat()
            elif isinstance(v, str):
                v = v.strip()
            elif v is not None:
                v = str(v)
            isi_baris.append("" if v is None else v)
        sel.append(isi_baris)
    if rumus:
        raise ImporError(berkas, rumus, rumus.lebih)
    while sel and not any(_ada(v) for v in sel[-1]):
        sel.pop()  # blank rows a sheet carries below its table
    return sel


def _berisi(ws) -> bool:
    """Whether another sheet holds anything in its first 50 rows (only for a warning), read as a stream."""
    for baris in itertools.islice(ws.iter_rows(values_only=True), 50):
        if any(v is not None for v in baris[:BATAS_KOLOM]):
            return True
    return False


_TAG = re.compile(rb"<(?:\w+:)?(row|c|mergeCell)\b([^>]*)>")
_ATRIBUT_R = re.compile(rb'\br="([A-Z]{0,3})(\d+)"')
_REF_GABUNG = re.compile(rb'\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _pindai(wb, ws, batas: _Batas) -> list[tuple[int, int, int, int]]:
    """One pass over the sheet XML as bytes, before openpyxl parses a cell (a tenth of its cost): rows and cells
    counted against the limits, so an oversized sheet is refused with its row in well under a second; and the
    merged ranges (min_row, min_col, max_row, max_col), which read-only openpyxl does not parse."""
    gabungan, sisa, nomor, lebar = [], b"", 0, 0
    with wb._archive.open(ws._worksheet_path) as f:
        while potong := f.read(1 << 20):
            teks = sisa + potong
            akhir = teks.rfind(b"<")  # a tag cut by the chunk boundary is read with the next chunk
            akhir = len(teks) if akhir < 0 else akhir
            for m in _TAG.finditer(teks, 0, akhir):
                tag, atribut = m.groups()
                r = _ATRIBUT_R.search(atribut)
                if tag == b"row":
                    if nomor:
                        batas.baris(nomor, lebar)
                    nomor, lebar = (int(r.group(2)) if r else nomor + 1), 0
                elif tag == b"c":
                    lebar = _nomor_kolom(r.group(1)) if r and r.group(1) else lebar + 1
                else:
                    ref = _REF_GABUNG.search(atribut)
                    if ref and len(gabungan) == BATAS_SEL:
                        raise tolak(batas.berkas, f"terlalu banyak rentang sel gabungan (lebih dari {BATAS_SEL:,})"
                                    .replace(",", "."))
                    if ref:
                        a0, r0, a1, r1 = ref.groups()
                        gabungan.append((int(r0), _nomor_kolom(a0), int(r1), _nomor_kolom(a1)))
            sisa = teks[akhir:]
    if nomor:
        batas.baris(nomor, lebar)
    return gabungan


def _nomor_kolom(huruf: bytes) -> int:
    n = 0
    for h in huruf.decode():
        n = n * 26 + ord(h) - 64
    return n


# --- recognising names and years ---------------------------------------------------------------------------------
def norm_tajuk(v) -> str:
    s = unicodedata.normalize("NFKD", _fmt_sel(v)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9+]+", "_", s).strip("_")


SINONIM: dict[str, set[str]] = {
    "kode_bps": {"kode_bps", "kode", "kode_wilayah", "kode_kab_kota", "kode_kabupaten_kota", "kode_bps_wilayah"},
    "kode_kemendagri": {"kode_kemendagri", "kode_dagri", "kemendagri", "kode_wilayah_kemendagri"},
    "wilayah": {"wilayah", "nama_wilayah", "kabupaten_kota", "kab_kota", "kabupaten", "nama_kabupaten_kota",
                "region", "regency_city"},
    "tahun": {"tahun", "year"},
    "indikator": {"indikator", "indicator", "id_indikator"},
    "jenis_kelamin": {"jenis_kelamin", "jk", "sex"},
    "nilai": {"nilai", "value"},
    "satuan": {"satuan", "unit"},
    "sumber": {"sumber", "source", "sumber_data"},
    "catatan": {"catatan", "keterangan", "note", "notes"},
}
_KANONIK = {s: k for k, ss in SINONIM.items() for s in ss}

_TAHUN = re.compile(r"^(?:tahun\s+)?((?:19|20)\d{2})\s*\**\s*(?:\(.*\))?$", re.I)


def tahun_dari_tajuk(v) -> int | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() and 1900 <= v <= 2100:
        return int(v)
    m = _TAHUN.match(str(v).strip())
    return int(m.group(1)) if m else None


def kode_dari_sel(v, skema: str = "bps", longgar: bool = False) -> str | None:
    """A region code in a cell ('6201', 6201, '62.01', '62') as a BPS code, else None.

    longgar=True (a column named as a code column) also reads 0 or '0' as Indonesia's 0000, as Excel stores it."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if not float(v).is_integer():
            return None
        v = str(int(v))
    s = str(v).strip()
    if longgar and re.fullmatch(r"0{1,4}", s):
        s = "0000"
    if not re.fullmatch(r"\d{2}\.?\d{2}|62", s):
        return None
    return regions.kode_bps(s.replace(".", ""), skema=skema)


def nama_dari_sel(v) -> str | None:
    if isinstance(v, str) and re.search(r"[A-Za-z]", v):
        return regions.kode_dari_nama(v)
    return None


# --- records ------------------------------------------------------------------------------------------------------
@dataclass
class Rekaman:
    """One future row of the tidy data: raw values per field and where each came from."""
    baris: int
    mentah: dict[str, object]
    asal: dict[str, str]            # field -> "kolom 'x' (C)" or "opsi --x"


@dataclass
class Tabel:
    bentuk: str                     # human description of the layout
    rekaman: list[Rekaman]
    masalah: list[Masalah]
    peringatan: list[str]
    pemisah: str | None


@dataclass(frozen=True)
class Bawaan:
    """Values the user supplies for what the table itself does not say (wide layouts)."""
    indikator: str | None = None
    sumber: str | None = None
    jk: str | None = None
    tahun: int | None = None
    catatan: str | None = None
    kode: str = "bps"               # how to read a plain 'kode' column: "bps" or "kemendagri"


def _opsi(nama: str) -> str:
    return f"opsi --{nama}"


def cari_tabel(lembar: Lembar, bawaan: Bawaan) -> Tabel:
    """Find the table in the grid (long or wide) and turn each figure into a Rekaman."""
    tajuk = _baris_tajuk_panjang(lembar)
    if tajuk is not None:
        return _panjang(lembar, tajuk, bawaan)
    return _lebar(lembar, bawaan)


def _baris_tajuk_panjang(lembar: Lembar) -> int | None:
    dilihat = 0
    for i, baris in enumerate(lembar.sel):
        if not any(_ada(v) for v in baris):
            continue
        dilihat += 1
        if dilihat > 30:
            return None
        kenal = {_KANONIK[n] for n in map(norm_tajuk, baris) if n in _KANONIK}
        if ("nilai" in kenal and len(kenal) >= 3) or len(kenal) >= 4:
            return i
    return None


def _panjang(lembar: Lembar, i_tajuk: int, bawaan: Bawaan) -> Tabel:
    berkas, masalah, peringatan = lembar.berkas, [], list(lembar.peringatan)
    nomor_tajuk = lembar.nomor[i_tajuk]
    kolom: dict[str, int] = {}
    for j, v in enumerate(lembar.sel[i_tajuk]):
        n = _KANONIK.get(norm_tajuk(v))
        if n is None:
            if _ada(v):
                peringatan.append(f"Kolom '{pendek(v)}' tidak dikenal dan diabaikan.")
            continue
        if n in kolom:
            masalah.append(Masalah(berkas, f"kolom '{n}' muncul lebih dari sekali", nomor_tajuk,
                                   lembar.label_kolom(j, str(v))))
        kolom[n] = j
    asal = {n: lembar.label_kolom(j, str(lembar.sel[i_tajuk][j])) for n, j in kolom.items()}
    if not {"kode_bps", "kode_kemendagri", "wilayah"} & set(kolom):
        masalah.append(Masalah(berkas, "kolom wajib 'kode_bps' atau 'wilayah' tidak ada", nomor_tajuk))
    tetap: dict[str, object] = {}
    for n, nilai in (("tahun", bawaan.tahun), ("indikator", bawaan.indikator), ("jenis_kelamin", bawaan.jk),
                     ("sumber", bawaan.sumber), ("catatan", bawaan.catatan)):
        opsi = {"jenis_kelamin": "jk"}.get(n, n)
        if n in kolom:
            if nilai:
                peringatan.append(f"Berkas punya kolom '{n}'; --{opsi} diabaikan.")
        elif nilai not in (None, ""):
            tetap[n], asal[n] = nilai, _opsi(opsi)
        elif n != "catatan":
            masalah.append(Masalah(berkas, f"kolom wajib '{n}' tidak ada (atau beri --{opsi})", nomor_tajuk))
    if "nilai" not in kolom:
        masalah.append(Masalah(berkas, "kolom wajib 'nilai' tidak ada", nomor_tajuk))
    if masalah:
        return Tabel("panjang", [], masalah, peringatan, lembar.pemisah)
    skema = "kemendagri" if "kode_kemendagri" in kolom else bawaan.kode
    rekaman, kosong = [], 0
    for i in range(i_tajuk + 1, len(lembar.sel)):
        baris = lembar.sel[i]
        isi = [v for v in baris if _ada(v)]
        if not isi:
            continue
        if len(isi) == 1 and isinstance(isi[0], str) and _CATATAN_KAKI.match(isi[0]):
            _lewati_sisa(lembar, i, peringatan)
            break
        mentah = {n: (baris[j] if j < len(baris) else "") for n, j in kolom.items()}
        if "kode_kemendagri" in mentah:
            mentah["kode_bps"] = mentah.pop("kode_kemendagri")
        if not _ada(mentah["nilai"]) or kosong_bertanda(mentah["nilai"]):
            kosong += 1
            continue
        mentah.update(tetap)
        mentah["_skema"] = skema
        asal_baris = dict(asal)
        if "kode_kemendagri" in asal_baris:
            asal_baris["kode_bps"] = asal_baris.pop("kode_kemendagri")
        rekaman.append(Rekaman(lembar.nomor[i], mentah, asal_baris))
    if kosong:
        peringatan.append(f"{kosong} baris tanpa angka ('', '-', '…') dilewati: dibaca sebagai tidak tersedia, "
                          "bukan 0.")
    return Tabel("panjang (skema data)", rekaman, [], peringatan, lembar.pemisah)


def _lewati_sisa(lembar: Lembar, i: int, peringatan: list[str]) -> None:
    sisa = sum(1 for b in lembar.sel[i + 1:] if any(_ada(v) for v in b))
    peringatan.append(f"Tabel dianggap selesai pada catatan kaki di baris {lembar.nomor[i]}"
                      + (f"; {sisa} baris sesudahnya diabaikan." if sisa else "."))


def _lebar(lembar: Lembar, bawaan: Bawaan) -> Tabel:
    berkas, sel, peringatan = lembar.berkas, lembar.sel, list(lembar.peringatan)
    lebar = max((len(b) for b in sel), default=0)
    sel = [b + [""] * (lebar - len(b)) for b in sel]
    tajuk = [b + [""] * (lebar - len(b)) for b in lembar.tajuk]
    hit_nama = [sum(1 for b in sel[:500] if nama_dari_sel(b[j])) for j in range(lebar)]
    hit_kode = [sum(1 for b in sel[:500] if kode_dari_sel(b[j], bawaan.kode)) for j in range(lebar)]
    j_nama = max(range(lebar), key=lambda j: hit_nama[j]) if lebar and max(hit_nama) else None
    kandidat_kode = [j for j in range(lebar) if j != j_nama and hit_kode[j] >= 2]
    j_kode = max(kandidat_kode, key=lambda j: hit_kode[j]) if kandidat_kode else None
    if j_kode is not None and j_nama is not None and hit_kode[j_kode] < hit_nama[j_nama] // 2:
        j_kode = None  # a stray number column, not region codes
    per_baris = max((sum(1 for v in b if nama_dari_sel(v)) for b in sel[:500]), default=0)
    if per_baris >= 3 and max(hit_nama, default=0) < 3:
        raise tolak(berkas, "tata letak wilayah ke samping (nama kabupaten/kota berjajar dalam satu baris) belum "
                    "didukung; ubah agar wilayah ke bawah (Excel: Salin, lalu Tempel Khusus → Transpose)")
    if j_nama is None and j_kode is None:
        raise tolak(berkas, "tidak menemukan tabel: tidak ada baris tajuk skema panjang (kode_bps/wilayah, tahun, "
                    "indikator, jenis_kelamin, nilai, sumber) dan tidak ada kolom nama atau kode kabupaten/kota")
    kolom_wil = [j for j in (j_kode, j_nama) if j is not None]

    def wilayah_di(b) -> bool:
        return (j_nama is not None and nama_dari_sel(b[j_nama]) is not None) or \
               (j_kode is not None and kode_dari_sel(b[j_kode], bawaan.kode) is not None)

    def lain_terisi(b) -> bool:
        teks_wil = {str(b[j]) for j in kolom_wil}
        return any(_ada(v) and str(v) not in teks_wil for j, v in enumerate(b) if j not in kolom_wil)

    mulai = next((i for i, b in enumerate(sel) if wilayah_di(b) and lain_terisi(b)), None)
    if mulai is None:
        raise tolak(berkas, "tidak menemukan tabel: kolom kabupaten/kota ditemukan tetapi tanpa angka di sampingnya")
    # header block: up to four non-empty rows right above the first data row (merged cells filled)
    blok = []
    for i in range(mulai - 1, max(mulai - 5, -1), -1):
        if not any(_ada(v) for v in tajuk[i]):
            break
        blok.insert(0, i)
    kiri = min(kolom_wil)
    j_nilai = [j for j in range(kiri + 1, lebar) if j not in kolom_wil
               and any(_ada(sel[i][j]) for i in range(mulai, len(sel)))]
    label = {j: [] for j in j_nilai}
    for n, i in enumerate(blok):
        sebelumnya = ""
        for j in range(kiri + 1, lebar):
            v = tajuk[i][j]
            if not _ada(v) and n < len(blok) - 1 and j in label:
                v = sebelumnya  # an upper header cell spanning several columns without a merge (CSV)
            sebelumnya = v if _ada(v) else sebelumnya
            if j in label and _ada(v) and _fmt_sel(v) not in map(_fmt_sel, label[j]):
                label[j].append(v)
    masalah: list[Masalah] = []
    nomor_tajuk = lembar.nomor[blok[-1]] if blok else lembar.nomor[mulai]
    kunci_kolom: dict[int, tuple[int | None, str | None, str]] = {}
    for j in j_nilai:
        teks = _gabung_label(label[j])
        nama_kol = lembar.label_kolom(j, teks)
        th = {t for t in map(tahun_dari_tajuk, label[j]) if t}
        jk = {k for k in map(jenis_kelamin, label[j]) if k}
        if len(th) > 1 or len(jk) > 1:
            masalah.append(Masalah(berkas, "tajuk kolom memuat lebih dari satu tahun atau jenis kelamin",
                                   nomor_tajuk, nama_kol))
            continue
        tahun = th.pop() if th else None
        if tahun is not None and bawaan.tahun and tahun != bawaan.tahun:
            masalah.append(Masalah(berkas, f"tajuk kolom menyebut tahun {tahun}, tetapi --tahun {bawaan.tahun}",
                                   nomor_tajuk, nama_kol))
        if tahun is None and not bawaan.tahun:
            judul = _tahun_judul(lembar, blok[0] if blok else mulai)
            saran = f"; judul tabel menyebut {judul}, beri --tahun {judul} bila itu tahunnya" if judul else ""
            masalah.append(Masalah(berkas, f"tahun tidak diketahui: tajuk kolom tidak memuat tahun dan --tahun "
                                   f"tidak diberikan{saran}", nomor_tajuk, nama_kol))
        kode_jk = jk.pop() if jk else None
        if kode_jk is not None and bawaan.jk and kode_jk != bawaan.jk:
            masalah.append(Masalah(berkas, f"tajuk kolom menyebut jenis kelamin {kode_jk}, tetapi --jk {bawaan.jk}",
                                   nomor_tajuk, nama_kol))
        if kode_jk is None and not bawaan.jk:
            masalah.append(Masalah(berkas, "jenis kelamin tidak diketahui: tajuk kolom tidak menyebut Laki-laki/"
                                   "Perempuan/Jumlah dan --jk tidak diberikan", nomor_tajuk, nama_kol))
        kunci_kolom[j] = (tahun, kode_jk, nama_kol)
    for n, nilai in (("indikator", bawaan.indikator), ("sumber", bawaan.sumber)):
        if not nilai:
            masalah.append(Masalah(berkas, f"tata letak lebar (wilayah ke bawah) tidak menyebut {n}; beri --{n}"))
    if not j_nilai:
        masalah.append(Masalah(berkas, "tidak ada kolom angka di sebelah kanan kolom wilayah"))
    if masalah:
        return Tabel("lebar", [], masalah, peringatan, lembar.pemisah)

    tajuk_wil = {j: _gabung_label([tajuk[i][j] for i in blok]) for j in kolom_wil}
    rekaman, kosong, jumlah = [], 0, []
    for i in range(mulai, len(sel)):
        b = sel[i]
        nilai_ada = [j for j in j_nilai if _ada(b[j])]
        teks_wil = next((b[j] for j in (j_nama, j_kode) if j is not None and _ada(b[j])), "")
        if not wilayah_di(b):
            if isinstance(teks_wil, str) and _CATATAN_KAKI.match(teks_wil) or \
                    (not _ada(teks_wil) and any(isinstance(v, str) and _CATATAN_KAKI.match(v) for v in b if _ada(v))):
                _lewati_sisa(lembar, i, peringatan)
                break
            if norm_tajuk(teks_wil).replace("_", "") in _JUMLAH:
                jumlah.append(lembar.nomor[i])
                continue
            if not nilai_ada:
                continue  # a blank row or a group label ("Kabupaten", "Kota")
        for j in j_nilai:
            v = b[j]
            if not _ada(v):
                continue
            if kosong_bertanda(v):
                kosong += 1
                continue
            tahun, kode_jk, nama_kol = kunci_kolom[j]
            mentah = {"nilai": v, "tahun": tahun or bawaan.tahun, "jenis_kelamin": kode_jk or bawaan.jk,
                      "indikator": bawaan.indikator, "sumber": bawaan.sumber, "catatan": bawaan.catatan or "",
                      "_skema": bawaan.kode}
            asal = {"nilai": nama_kol, "tahun": nama_kol if tahun else _opsi("tahun"),
                    "jenis_kelamin": nama_kol if kode_jk else _opsi("jk"), "indikator": _opsi("indikator"),
                    "sumber": _opsi("sumber"), "catatan": _opsi("catatan")}
            if j_nama is not None and _ada(b[j_nama]):
                mentah["wilayah"], asal["wilayah"] = b[j_nama], lembar.label_kolom(j_nama, tajuk_wil[j_nama])
            if j_kode is not None and _ada(b[j_kode]):
                mentah["kode_bps"], asal["kode_bps"] = b[j_kode], lembar.label_kolom(j_kode, tajuk_wil[j_kode])
            rekaman.append(Rekaman(lembar.nomor[i], mentah, asal))
    if kosong:
        peringatan.append(f"{kosong} sel bertanda '-', '…' atau sejenisnya dilewati: dibaca sebagai tidak tersedia, "
                          "bukan 0.")
    if jumlah:
        peringatan.append(f"Baris 'Jumlah/Total' (baris {', '.join(map(str, jumlah))}) dilewati; bila itu angka "
                          "provinsi, tulis 'Kalimantan Tengah' di kolom wilayah.")
    arah = {bool(t) for t, _, _ in kunci_kolom.values()}, {bool(k) for _, k, _ in kunci_kolom.values()}
    ke_samping = [n for n, a in zip(("tahun", "jenis kelamin"), arah) if True in a]
    bentuk = "lebar BPS (wilayah ke bawah" + (f", {' dan '.join(ke_samping)} ke samping)" if ke_samping else ")")
    return Tabel(bentuk, rekaman, [], peringatan, lembar.pemisah)


def _gabung_label(bagian: list) -> str:
    """Header pieces of one column as one label, without repeats or BPS column numbers like '(2)'."""
    teks = [_fmt_sel(v) for v in bagian if _ada(v) and not re.fullmatch(r"\(\d+\)", _fmt_sel(v).strip())]
    return " / ".join(dict.fromkeys(teks))


def _tahun_judul(lembar: Lembar, sampai: int) -> int | None:
    """A single year named in the title rows above the table, only to suggest --tahun (never used silently)."""
    tahun = {int(m) for b in lembar.sel[:sampai] for v in b if isinstance(v, str)
             for m in re.findall(r"\b(20\d{2})\b", v)}
    return tahun.pop() if len(tahun) == 1 else None
