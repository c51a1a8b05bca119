"""Loading and validating the cleaned data and the indicator registry.

A file that fails any rule is refused whole: `DataError` carries one line per problem naming the file, row,
column and reason, in Bahasa Indonesia, so the app can show it instead of a traceback.
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
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
KOLOM_REGISTRY = ["id", "label_id", "label_en", "sektor", "satuan", "arah", "per_jk",
                  "rentang_min", "rentang_maks", "definisi", "produsen"]
KOLOM_NASIONAL = ["indikator", "tahun", "tingkat", "provinsi", "wilayah", "kode_bps", "nilai", "sumber"]
SEKTOR = ["indeks_komposit", "kesehatan", "pendidikan", "ekonomi", "politik", "perlindungan", "demografi"]
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


def muat_registry(path: Path | None = None) -> pd.DataFrame:
    path = Path(path or REGISTRY_FILE)  # looked up at call time so tests and the importer can point elsewhere
    reg = pd.read_csv(path, dtype=str, keep_default_na=False)
    hilang = [k for k in KOLOM_REGISTRY if k not in reg.columns]
    if hilang:
        raise DataError(f"{path.name}: kolom registry hilang: {', '.join(hilang)}.")
    salah = reg[~reg["sektor"].isin(SEKTOR) | ~reg["arah"].isin(["naik", "turun", "netral"])
                | ~reg["per_jk"].isin(["ya", "tidak"])]
    if len(salah) or reg["id"].duplicated().any():
        raise DataError(f"{path.name}: sektor/arah/per_jk tidak sah atau id ganda pada: "
                        f"{', '.join(salah['id'].tolist() + reg.loc[reg['id'].duplicated(), 'id'].tolist())}.")
    for k in ("rentang_min", "rentang_maks"):
        reg[k] = pd.to_numeric(reg[k].replace("", np.nan))
    reg["per_jk"] = reg["per_jk"].eq("ya")
    return reg


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
