"""Loading and validating the cleaned data and the indicator registry.

A file that fails any rule is refused whole: `DataError` carries one line per problem naming the file, row,
column and reason, in Bahasa Indonesia, so the app can show it instead of a traceback.
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
import time as _time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from . import regions

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DATA_FILE = DATA_DIR / "gender_kalteng.csv"
REGISTRY_FILE = DATA_DIR / "indikator.csv"
NASIONAL_FILE = DATA_DIR / "nasional.csv"   # BPS's IPG/IDG/IKG of every province and kab/kota (built by build.py)

KOLOM = ["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber", "catatan"]
KUNCI = ["kode_bps", "tahun", "indikator", "jenis_kelamin"]
KOLOM_NASIONAL = ["indikator", "tahun", "tingkat", "provinsi", "wilayah", "kode_bps", "nilai", "sumber"]
SEKTOR = ["indeks_komposit", "kesehatan", "pendidikan", "ekonomi", "politik", "perlindungan", "demografi"]
# Registry `jenis`, what kind of figure an indicator is. Counts (hitungan, laporan) are whole numbers and never a
# rate: a province count is the sum of its regencies. Reports (laporan: cases, victims, court files) are also
# never ranked or judged better/worse, because a low count may mean few reports, not little violence.
JENIS = ["indeks", "persen", "rasio", "durasi", "uang", "hitungan", "laporan", "peringkat"]
JENIS_HITUNGAN = ("hitungan", "laporan")
# Registry `kelompok_jk`, how women and men are compared on an indicator.
KELOMPOK_JK = ["banding_pl", "pangsa_perempuan", "khusus_perempuan", "total"]
TAHUN_MIN = 2000
MAKS_PESAN = 50


class DataError(ValueError):
    """A data file was refused; str() is the full message for the user."""

    def __init__(self, pesan: str, masalah: list[str] | None = None):
        super().__init__(pesan)
        self.masalah = masalah or [pesan]


def perintah(kerja: Callable[[], object], galat: tuple[type[Exception], ...] = (DataError,)) -> int:
    """A command-line action: exit code 0 when done; a refusal (an exception of `galat`) printed as its message on
    stderr, exit code 1 (no traceback)."""
    try:
        kerja()
    except galat as e:
        print(str(e), file=sys.stderr)
        return 1
    return 0


def baca_csv(path: Path, kolom: list[str], **opsi) -> pd.DataFrame:
    """A CSV of the data folder read with no text taken as missing; an empty table with `kolom` when the file is
    missing (the pages then say so). The caller checks the columns."""
    if not path.exists():
        return pd.DataFrame(columns=kolom)
    return pd.read_csv(path, keep_default_na=False, encoding="utf-8", **opsi)


def baris_indikator(df: pd.DataFrame, indikator: str, tahun: int | None = None) -> pd.DataFrame:
    """The rows of one indicator (in one year when given)."""
    sel = df[df["indikator"] == indikator]
    return sel if tahun is None else sel[sel["tahun"] == tahun]


def tahun_maks() -> int:
    return _dt.date.today().year + 1


def _alasan(check: str, nilai, kolom) -> str:
    """Plain Indonesian reason for a pandera failure (built-in checks report their own names)."""
    if check.startswith(("coerce_dtype", "dtype")):
        return f"nilai '{nilai}' bukan angka"
    if check == "column_in_dataframe":
        return f"kolom wajib '{nilai}' tidak ada"
    if check == "column_in_schema":
        return f"kolom '{nilai}' tidak dikenal"
    if check.startswith("str_length"):
        return "isian kosong"
    if check.startswith("isin"):
        return {
            "kode_bps": f"kode wilayah '{nilai}' tidak dikenal (hanya 14 kode BPS kab/kota, 6200 dan 0000)",
            "indikator": f"indikator '{nilai}' tidak ada di registry (data/indikator.csv)",
            "jenis_kelamin": f"jenis kelamin '{nilai}' harus P, L atau T",
        }.get(kolom, f"nilai '{nilai}' tidak diizinkan")
    if check.startswith("in_range") and kolom == "tahun":
        return f"tahun '{nilai}' di luar {TAHUN_MIN}–{tahun_maks()}"
    return f"gagal aturan {check}: '{nilai}'"


def _skema(registry_ids: list[str]) -> pa.DataFrameSchema:
    teks = pa.Check.str_length(min_value=1)
    return pa.DataFrameSchema(
        {
            "kode_bps": pa.Column(str, pa.Check.isin(sorted(regions.KODE_SAH))),
            "wilayah": pa.Column(str),
            "tahun": pa.Column(int, pa.Check.in_range(TAHUN_MIN, tahun_maks()), coerce=True),
            "indikator": pa.Column(str, pa.Check.isin(registry_ids)),
            "jenis_kelamin": pa.Column(str, pa.Check.isin(["P", "L", "T"])),
            "nilai": pa.Column(float, coerce=True),
            "satuan": pa.Column(str, teks),
            "sumber": pa.Column(str, teks),
            "catatan": pa.Column(str),
        },
        strict=True,
    )


def validasi(df: pd.DataFrame, nama_berkas: str, registry: pd.DataFrame | None = None) -> pd.DataFrame:
    """Check a tidy frame against the schema and the registry; return it typed or raise DataError."""
    if registry is None:
        registry = muat_registry()
    masalah: list[str] = []

    def catat(idx, kolom, alasan):
        baris = f"baris {int(idx) + 2}" if idx is not None and not pd.isna(idx) else "seluruh berkas"
        kol = f", kolom '{kolom}'" if isinstance(kolom, str) else ""
        masalah.append(f"{nama_berkas}, {baris}{kol}: {alasan}.")

    if df.empty:
        raise DataError(f"{nama_berkas}: berkas kosong, tidak ada baris data.")
    df = df.copy()
    if "catatan" in df:
        df["catatan"] = df["catatan"].fillna("")
    try:
        df = _skema(registry["id"].tolist()).validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        fc = err.failure_cases
        for _, r in fc.iterrows():
            if isinstance(r["failure_case"], str) and r["failure_case"].startswith("TypeError("):
                continue  # a follow-on of a value that failed to coerce, already reported
            if r["check"] == "dtype('float64')" or r["check"] == "dtype('int64')":
                continue  # reported once as coerce_dtype
            catat(r["index"], r["column"], _alasan(str(r["check"]), r["failure_case"], r["column"]))
        df = df.copy()
    if not masalah or {"nilai", "indikator", "kode_bps", "tahun", "jenis_kelamin"} <= set(df.columns):
        angka = pd.to_numeric(df.get("nilai"), errors="coerce")
        info = registry.set_index("id")
        lo = df["indikator"].map(info["rentang_min"]).astype(float)
        hi = df["indikator"].map(info["rentang_maks"]).astype(float)
        luar = angka.notna() & ((angka < lo.fillna(-np.inf)) | (angka > hi.fillna(np.inf)))
        for idx in df.index[luar]:
            ind = df.at[idx, "indikator"]
            batas = f"{lo[idx]:g}–{hi[idx]:g}" if not np.isnan(hi[idx]) else f"≥ {lo[idx]:g}"
            catat(idx, "nilai", f"nilai {angka[idx]:g} di luar rentang {batas} untuk '{ind}' ({info.at[ind, 'satuan']})")
        ganda = df[df.duplicated(KUNCI, keep=False)]
        for _, grup in ganda.groupby(KUNCI, sort=False):
            baris = ", ".join(str(i + 2) for i in grup.index)
            k = grup.iloc[0]
            masalah.append(f"{nama_berkas}, baris {baris}: kunci ganda ({k['kode_bps']}, {k['tahun']}, "
                           f"{k['indikator']}, {k['jenis_kelamin']}).")
    if masalah:
        lebih = len(masalah) - MAKS_PESAN
        teks = "\n".join(masalah[:MAKS_PESAN]) + (f"\n… dan {lebih} masalah lain." if lebih > 0 else "")
        raise DataError(f"Berkas {nama_berkas} ditolak ({len(masalah)} masalah):\n{teks}", masalah)
    return df


def _skema_registry() -> pa.DataFrameSchema:
    """data/indikator.csv, one row per indicator: every column, what it means and what it may hold. Cells are read
    as text ('' = empty); muat_registry types them after the checks."""
    teks = pa.Check.str_length(min_value=1)
    ya_tidak = pa.Check.isin(["ya", "tidak"])
    angka_kosong = pa.Check.str_matches(r"^(-?\d+(\.\d+)?)?$")

    def kol(keterangan: str, *checks, wajib: bool = True) -> pa.Column:
        return pa.Column(str, list(checks), description=keterangan, required=wajib)

    return pa.DataFrameSchema({
        "id": kol("id indikator (huruf kecil, angka, garis bawah); kunci di data/gender_kalteng.csv",
                  pa.Check.str_matches(r"^[a-z0-9_]+$")),
        "label_id": kol("nama indikator dalam Bahasa Indonesia", teks),
        "label_en": kol("nama indikator dalam bahasa Inggris", teks),
        "sektor": kol("sektor: " + ", ".join(SEKTOR), pa.Check.isin(SEKTOR)),
        "satuan": kol("satuan angka di data (semua baris indikator ini memakai satuan ini)", teks),
        "satuan_en": kol("satuan dalam bahasa Inggris", teks),
        "arah": kol("arah yang lebih baik: naik, turun, atau netral (tidak ada sisi yang lebih baik)",
                    pa.Check.isin(["naik", "turun", "netral"])),
        "per_jk": kol("ya = diterbitkan menurut jenis kelamin (P/L)", ya_tidak),
        "kelompok_jk": kol("cara membandingkan perempuan dan laki-laki: banding_pl (P dengan L), pangsa_perempuan "
                           "(pangsa perempuan dari keseluruhan; setara = 50, L = 100 − P), khusus_perempuan (diukur "
                           "pada perempuan saja, tanpa pembanding L), total (tanpa rincian jenis kelamin)",
                           pa.Check.isin(KELOMPOK_JK)),
        "jenis": kol("jenis angka: indeks, persen, rasio, durasi (tahun), uang, hitungan (jumlah orang/kursi), "
                     "laporan (kasus, korban, perkara: tidak diperingkat), peringkat (peringkat terbit)",
                     pa.Check.isin(JENIS)),
        "desimal": kol("banyak angka desimal saat ditampilkan (sama untuk satu satuan)", pa.Check.isin(list("0123"))),
        "samarkan": kol("ya = angka 1–2 di kab/kota disamarkan untuk melindungi korban (privasi)", ya_tidak),
        "rentang_min": kol("nilai terkecil yang sah (kosong = tanpa batas)", angka_kosong),
        "rentang_maks": kol("nilai terbesar yang sah (kosong = tanpa batas)", angka_kosong),
        "definisi": kol("definisi dalam Bahasa Indonesia", pa.Check.str_length(min_value=11)),
        "definisi_en": kol("definisi dalam bahasa Inggris", pa.Check.str_length(min_value=11)),
        "produsen": kol("penghasil angka (BPS, KPU, DP3APPKB, …)", teks),
        "alias": kol("nama lain di sumber mentah atau judul tabel BPS, dipisah '|'", wajib=False),
        "seri_lanjutan": kol("'id:tahun': mulai tahun itu angka masuk seri baru (patahan metode)",
                             pa.Check.str_matches(r"^([a-z0-9_]+:\d{4})?$"), wajib=False),
        "var_bps": kol("id variabel WebAPI BPS yang menerbitkan indikator ini (kosong = tidak diambil dari WebAPI)",
                       pa.Check.str_matches(r"^\d*$"), wajib=False),
        "peringkat_dari": kol("untuk peringkat terbit: id indeks yang diperingkat (ikg_peringkat -> ikg)",
                              wajib=False),
    }, strict=True)


KOLOM_REGISTRY = list(_skema_registry().columns)


def _periksa_registry(reg: pd.DataFrame) -> list[str]:
    """Rules across columns and rows: (id, reason) problems as text."""
    ids = set(reg["id"])
    salah = [f"{i}: id ganda" for i in reg.loc[reg["id"].duplicated(), "id"]]
    for r in reg.itertuples():
        if (r.per_jk == "ya") != (r.kelompok_jk != "total"):
            salah.append(f"{r.id}: kelompok_jk '{r.kelompok_jk}' tidak cocok dengan per_jk '{r.per_jk}'")
        if r.samarkan == "ya" and r.jenis not in JENIS_HITUNGAN:
            salah.append(f"{r.id}: samarkan hanya untuk hitungan/laporan, bukan '{r.jenis}'")
        lanjut = getattr(r, "seri_lanjutan", "")
        if lanjut and lanjut.split(":")[0] not in ids:
            salah.append(f"{r.id}: seri_lanjutan menunjuk '{lanjut}' yang tidak ada di registry")
        dari = getattr(r, "peringkat_dari", "")
        if dari and (dari not in ids or r.jenis != "peringkat"):
            salah.append(f"{r.id}: peringkat_dari '{dari}' harus id indikator lain dan jenis 'peringkat'")
    for satuan, g in reg.groupby("satuan"):
        if g["desimal"].nunique() > 1:
            salah.append(f"{', '.join(g['id'])}: satuan '{satuan}' dengan desimal berbeda")
    var = reg.get("var_bps", pd.Series("", index=reg.index))
    salah += [f"{i}: var_bps {v} ganda" for i, v in zip(reg["id"], var) if v and (var == v).sum() > 1]
    return salah


def muat_registry(path: Path | None = None) -> pd.DataFrame:
    """The indicator registry, checked against `_skema_registry` and the rules across rows; refused whole
    (DataError naming the indicator ids) if anything fails. per_jk and samarkan become booleans, desimal an int,
    the ranges floats."""
    path = Path(path or REGISTRY_FILE)  # looked up at call time so tests and the importer can point elsewhere
    reg = pd.read_csv(path, dtype=str, keep_default_na=False)
    hilang = [k for k, c in _skema_registry().columns.items() if c.required and k not in reg.columns]
    if hilang:
        raise DataError(f"{path.name}: kolom registry hilang: {', '.join(hilang)}.")
    try:
        _skema_registry().validate(reg, lazy=True)
        masalah = _periksa_registry(reg)
    except pa.errors.SchemaErrors as err:
        fc = err.failure_cases
        masalah = [f"{reg.at[int(r['index']), 'id'] if pd.notna(r['index']) else path.name}: kolom "
                   f"'{r['column']}' tidak sah ('{r['failure_case']}')" for _, r in fc.iterrows()]
    if masalah:
        raise DataError(f"{path.name} ditolak: " + "; ".join(masalah) + ".", masalah)
    for k in ("rentang_min", "rentang_maks"):
        reg[k] = pd.to_numeric(reg[k].replace("", np.nan))
    reg["per_jk"] = reg["per_jk"].eq("ya")
    reg["samarkan"] = reg["samarkan"].eq("ya")
    reg["desimal"] = reg["desimal"].astype(int)
    return reg


_BAWAAN: dict[str, tuple] = {}
_PERIKSA_LAGI_S = 1.0  # a formatted number asks for decimals: the file's version is checked at most once a second


def _bawaan() -> tuple[pd.DataFrame, dict[str, int], dict[str, str]]:
    path, kini = REGISTRY_FILE, _time.monotonic()
    lama = _BAWAAN.get("isi")
    if lama is not None and lama[0] == path and kini - lama[1] < _PERIKSA_LAGI_S:
        return lama[3]
    st = Path(path).stat()
    versi = (st.st_mtime_ns, st.st_size)
    if lama is not None and lama[0] == path and lama[2] == versi:
        isi = lama[3]
    else:
        reg = muat_registry(path)
        isi = (reg, desimal_satuan(reg), satuan_inggris(reg))
    _BAWAAN["isi"] = (path, kini, versi, isi)
    return isi


def registry_bawaan() -> pd.DataFrame:
    """The registry at REGISTRY_FILE, read once per file version: for look-ups by a caller that holds no registry
    (a unit's decimals, a series across a method break). Treat it as read-only."""
    return _bawaan()[0]


def desimal_bawaan() -> dict[str, int]:
    """desimal_satuan of registry_bawaan, kept with it."""
    return _bawaan()[1]


def satuan_inggris_bawaan() -> dict[str, str]:
    """satuan_inggris of registry_bawaan, kept with it."""
    return _bawaan()[2]


def satuan_inggris(reg: pd.DataFrame) -> dict[str, str]:
    """{unit: its English} from the registry's `satuan` / `satuan_en` (one English per unit)."""
    return dict(zip(reg["satuan"], _kolom(reg, "satuan_en")))


def _kolom(reg: pd.DataFrame, kolom: str) -> pd.Series:
    return reg.get(kolom, pd.Series("", index=reg.index))


def kelompok_jk(reg: pd.DataFrame, kelompok: str) -> frozenset[str]:
    """Ids of one registry `kelompok_jk`: 'pangsa_perempuan' (women's share of a whole: parity 50, L = 100 − P),
    'khusus_perempuan' (measured on women only, no male counterpart), 'banding_pl' or 'total'."""
    return frozenset(reg.loc[reg["kelompok_jk"] == kelompok, "id"])


def hitungan(reg: pd.DataFrame) -> frozenset[str]:
    """Ids that count things (people, seats, cases, reports, court files): never a rate to compare."""
    return frozenset(reg.loc[reg["jenis"].isin(JENIS_HITUNGAN), "id"])


def laporan(reg: pd.DataFrame) -> frozenset[str]:
    """Ids of reported cases, victims and court files: counted, not prevalence, never ranked or judged."""
    return frozenset(reg.loc[reg["jenis"] == "laporan", "id"])


def desimal_satuan(reg: pd.DataFrame) -> dict[str, int]:
    """{unit: decimals to display} from the registry's `desimal` (one count per unit, checked on load)."""
    return {s: int(d) for s, d in zip(reg["satuan"], reg["desimal"])}


def peringkat_terbit(reg: pd.DataFrame) -> dict[str, str]:
    """{index: its published-rank indicator} from `peringkat_dari` (ikg -> ikg_peringkat)."""
    return {d: i for i, d in zip(reg["id"], _kolom(reg, "peringkat_dari")) if d}


def variabel_bps(reg: pd.DataFrame) -> dict[int, tuple[str, str, str]]:
    """{BPS WebAPI variable id: (indicator, unit, sex of a row without a sex breakdown)} from `var_bps`: a
    women's-share indicator's single figure is the women's (P), anything else's is the total (T)."""
    return {int(v): (i, s, "P" if k == "pangsa_perempuan" else "T")
            for i, s, k, v in zip(reg["id"], reg["satuan"], reg["kelompok_jk"], _kolom(reg, "var_bps")) if v}


def _bahasa(reg: pd.DataFrame, ind: str, kolom: str, lang: str) -> str:
    baris = reg.loc[reg["id"] == ind]
    if baris.empty:
        raise KeyError(f"indikator '{ind}' tidak ada di registry")
    r = baris.iloc[0]
    return str(r[f"{kolom}_en"]) if lang == "en" and str(r.get(f"{kolom}_en", "")) else str(r[kolom])


def definisi(reg: pd.DataFrame, ind: str, lang: str = "id") -> str:
    """The indicator's definition in the page language (registry `definisi` / `definisi_en`)."""
    return _bahasa(reg, ind, "definisi", lang)


def satuan(reg: pd.DataFrame, ind: str, lang: str = "id") -> str:
    """The indicator's unit in the page language (registry `satuan` / `satuan_en`)."""
    return _bahasa(reg, ind, "satuan", lang)


def _norm(teks) -> str:
    return re.sub(r"\s+", " ", str(teks)).strip().lower()


def cari_indikator(teks, registry: pd.DataFrame) -> str | None:
    """The registry id a text names: the id itself, a label, an alias, or a title such as BPS's
    "Indeks Ketimpangan Gerder (IKG)" whose abbreviation in brackets is an alias."""
    s = _norm(teks)
    if not s:
        return None
    kandidat: dict[str, str] = {}
    for i, lid, len_, alias in zip(registry["id"], registry["label_id"], registry["label_en"],
                                   registry.get("alias", pd.Series("", index=registry.index))):
        for nama in [i, lid, len_] + [a for a in str(alias).split("|") if a]:
            kandidat.setdefault(_norm(nama), i)
    # a BPS title: "Indeks Pembangunan Gender (IPG) menurut Provinsi dan Kabupaten/Kota"
    inti = re.split(r"\s+(?:menurut|by)\s+", s)[0]
    calon = [s, inti, re.sub(r"\s*\([^()]*\)", "", inti).strip()] + re.findall(r"\(([^()]+)\)", inti)
    return next((kandidat[c.strip()] for c in calon if c.strip() in kandidat), None)


CATATAN_SERI = "seri baru: metode BPS berubah (angka harapan hidup dari SP2020), tidak disambung dengan seri lama"


def peta_seri(registry: pd.DataFrame) -> dict[str, tuple[str, int]]:
    """Registry `seri_lanjutan` ('id:year') as {indicator: (the new series, from year)}: IPM, UHH and IPG from 2024
    use SP2020 life tables and are a separate series."""
    kolom = registry.get("seri_lanjutan", pd.Series("", index=registry.index))
    return {i: (s.split(":")[0], int(s.split(":")[1])) for i, s in zip(registry["id"], kolom) if s}


def patahan_metode(registry: pd.DataFrame) -> dict[str, str]:
    """Both directions of every `seri_lanjutan` pair (ipm <-> ipm_sp2020): series that measure the same thing on
    different bases, never drawn as one line, always named together."""
    pasangan = {i: baru for i, (baru, _) in peta_seri(registry).items()}
    return {**pasangan, **{b: i for i, b in pasangan.items()}}


def seri_tahun(ind: str, tahun: int, peta: dict[str, tuple[str, int]]) -> str:
    """The series a figure of `ind` for `tahun` belongs to (peta from peta_seri)."""
    ke = peta.get(ind)
    return ke[0] if ke is not None and tahun >= ke[1] else ind


def muat_data(path: Path | None = None, registry: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read and validate the cleaned CSV; refuse it whole if anything fails."""
    path = Path(path or DATA_FILE)
    try:
        mentah = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"Berkas data {path.name} tidak ditemukan; jalankan `python -m kalteng_gender.build`.")
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise DataError(f"Berkas {path.name} tidak dapat dibaca sebagai CSV UTF-8: {e}.")
    except pd.errors.EmptyDataError:
        raise DataError(f"{path.name}: berkas kosong, tidak ada baris data.")
    df = validasi(mentah, path.name, registry)
    return df[KOLOM].reset_index(drop=True)


def cakupan(df: pd.DataFrame, registry: pd.DataFrame, tahun: int | None = None) -> pd.DataFrame:
    """Indicator × region table of how many published years exist (0 = none), for one year or any year."""
    if tahun is not None:
        df = df[df["tahun"] == tahun]
    kolom = list(regions.KABKOTA) + [regions.PROVINSI, regions.NASIONAL]
    tabel = (df.groupby(["indikator", "kode_bps"])["tahun"].nunique().unstack(fill_value=0)
             .reindex(index=registry["id"], columns=kolom, fill_value=0))
    tabel = tabel[tabel.sum(axis=1) > 0]
    return tabel.astype(int)
