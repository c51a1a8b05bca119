"""The provenance notes in data/raw/SOURCES.md, per source URL, for the metadata page.

SOURCES.md lists each raw file with its publisher and what it holds in markdown tables; every raw CSV names the
page it was read from in `sumber`. Joining the two gives, for each URL in the data, the file and the note.
The notes are the researchers' own words (in English) and are shown as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .data import DATA_DIR

RAW_DIR = DATA_DIR / "raw"
SOURCES_FILE = RAW_DIR / "SOURCES.md"

_BERKAS = re.compile(r"`([^`]+\.csv)`")


def _bersih(teks: str) -> str:
    return re.sub(r"\s+", " ", teks.replace("**", "").replace("`", "")).strip()


def baca_catatan(path: Path = SOURCES_FILE) -> pd.DataFrame:
    """One row per raw file named in a SOURCES.md table: berkas, penerbit (publisher / what it is), isi (values).

    A table row naming several files ("`a.csv`, `b.csv`") gives one row for each. A missing file gives an
    empty table, never an error: the notes are context, not data."""
    kolom = ["berkas", "penerbit", "isi"]
    if not Path(path).exists():
        return pd.DataFrame(columns=kolom)
    baris = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        sel = [s.strip() for s in line.strip().strip("|").split("|")]
        if len(sel) < 3:
            continue
        for berkas in _BERKAS.findall(sel[0]):
            baris.append({"berkas": berkas, "penerbit": _bersih(sel[1]), "isi": _bersih(" | ".join(sel[2:]))})
    out = pd.DataFrame(baris, columns=kolom)
    return out.drop_duplicates("berkas", keep="first").reset_index(drop=True)


def peta_url(raw_dir: Path = RAW_DIR) -> pd.DataFrame:
    """(sumber URL, berkas) pairs from the `sumber` column of every raw CSV."""
    pasangan = []
    for f in sorted(Path(raw_dir).glob("*.csv")):
        if f.name.startswith("_"):
            continue  # joined copies such as _all_real_values.csv
        try:
            urls = pd.read_csv(f, dtype=str, usecols=["sumber"], keep_default_na=False)["sumber"]
        except (ValueError, pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError):
            continue
        pasangan += [(u.strip(), f.name) for u in urls.unique() if u.strip()]
    return pd.DataFrame(pasangan, columns=["sumber", "berkas"]).drop_duplicates().reset_index(drop=True)


def catatan_sumber(urls: Iterable[str], path: Path = SOURCES_FILE, raw_dir: Path = RAW_DIR) -> pd.DataFrame:
    """For each URL: the raw file(s) it fed, and the publisher and content notes from SOURCES.md.

    Columns sumber, berkas, penerbit, isi; empty strings where no note exists (e.g. a BPS WebAPI download)."""
    urls = list(dict.fromkeys(u for u in urls if isinstance(u, str) and u))
    peta = peta_url(raw_dir).merge(baca_catatan(path), on="berkas", how="left").fillna("")
    baris = []
    for u in urls:
        cocok = peta[peta["sumber"] == u]
        baris.append({
            "sumber": u,
            "berkas": ", ".join(cocok["berkas"]),
            "penerbit": " / ".join(dict.fromkeys(x for x in cocok["penerbit"] if x)),
            "isi": " / ".join(dict.fromkeys(x for x in cocok["isi"] if x)),
        })
    return pd.DataFrame(baris, columns=["sumber", "berkas", "penerbit", "isi"])
