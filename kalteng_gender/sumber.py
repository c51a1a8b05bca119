"""The graded sources table (data/sumber.csv): one row per source named in the data's `sumber` column.

Columns: sumber (URL or id, exactly as in the data), penerbit, judul, tingkat, catatan (Indonesian). The grade says
how directly a figure comes from its producer; the build prefers the higher grade when two sources disagree, and
the pages show it beside values. A source not in the table (an import, a BPS WebAPI download) is graded by rule.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .data import DATA_DIR, DataError, baca_csv

SUMBER_FILE = DATA_DIR / "sumber.csv"
KOLOM = ["sumber", "penerbit", "judul", "tingkat", "catatan"]
# best first; the order is the build's preference when sources disagree
TINGKAT = ["resmi", "salinan_resmi", "pers", "sekunder", "belum_dinilai"]
LABEL = {
    "resmi": "Resmi: tabel atau rilis resmi dibaca langsung",
    "salinan_resmi": "Salinan verbatim tabel resmi (dicek)",
    "pers": "Berita yang mengutip pejabat atau rilis resmi",
    "sekunder": "Kompilasi sekunder (tahun atau metode disimpulkan)",
    "belum_dinilai": "Belum dinilai",
}
LABEL_EN = {
    "resmi": "Official table or release, read directly",
    "salinan_resmi": "Verbatim copy of an official table (checked)",
    "pers": "Press report quoting an official",
    "sekunder": "Secondary compilation (year or method inferred)",
    "belum_dinilai": "Not graded",
}
SINGKAT = {"resmi": "resmi", "salinan_resmi": "salinan resmi", "pers": "berita", "sekunder": "sekunder",
           "belum_dinilai": "belum dinilai"}
SINGKAT_EN = {"resmi": "official", "salinan_resmi": "official copy", "pers": "press", "sekunder": "secondary",
              "belum_dinilai": "not graded"}


def singkat(tingkat: str, lang: str = "id") -> str:
    """A grade's short label ("salinan resmi"; "official copy" with lang="en")."""
    return (SINGKAT_EN if lang == "en" else SINGKAT)[tingkat]
RESMI = ("resmi", "salinan_resmi")


def muat(path: Path | None = None) -> pd.DataFrame:
    """The sources table, checked: every column present, every grade known, no source twice."""
    path = Path(path or SUMBER_FILE)
    tabel = baca_csv(path, KOLOM, dtype=str)
    hilang = [k for k in KOLOM if k not in tabel.columns]
    if hilang:
        raise DataError(f"{path.name}: kolom hilang: {', '.join(hilang)}.")
    salah = tabel.loc[~tabel["tingkat"].isin(TINGKAT[:-1]), "tingkat"]
    ganda = tabel.loc[tabel["sumber"].duplicated(), "sumber"]
    masalah = [f"{path.name}, baris {i + 2}, kolom 'tingkat': '{v}' bukan salah satu dari "
               f"{', '.join(TINGKAT[:-1])}." for i, v in salah.items()]
    masalah += [f"{path.name}, baris {i + 2}, kolom 'sumber': sumber ganda." for i in ganda.index]
    if masalah:
        raise DataError("\n".join(masalah), masalah)
    return tabel[KOLOM]


def tingkat_aturan(sumber: str) -> str:
    """The grade of a source missing from the table: a BPS page, the BPS WebAPI or a BPS table file is official."""
    s = str(sumber)
    if re.search(r"bps\.go\.id|BPS WebAPI", s) or s.startswith("BPS, tabel dinamis"):
        return "resmi"
    return "belum_dinilai"


def peta_tingkat(tabel: pd.DataFrame) -> dict[str, str]:
    return dict(zip(tabel["sumber"], tabel["tingkat"]))


def tingkat(sumber: pd.Series, tabel: pd.DataFrame) -> pd.Series:
    """The grade of each source in a column of the data."""
    peta = peta_tingkat(tabel)
    return sumber.map(lambda s: peta.get(s) or tingkat_aturan(s))


def urutan(t: str) -> int:
    return TINGKAT.index(t)


_TANPA_TABEL = {False: ("Tidak ada di tabel sumber.", "Tidak ada di tabel sumber; tingkat ditetapkan menurut aturan "
                                                    "(situs atau tabel BPS = resmi)."),
                True: ("Not in the sources table.", "Not in the sources table; graded by rule (a BPS site or "
                                                   "table = official).")}


def rincian(urls: Iterable[str], tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """For each source shown: publisher, title, grade (as words) and the note; rule-graded ones say so."""
    label = LABEL_EN if lang == "en" else LABEL
    urls = list(dict.fromkeys(u for u in urls if isinstance(u, str) and u))
    t = tabel.set_index("sumber")
    baris = []
    for u in urls:
        if u in t.index:
            r = t.loc[u]
            baris.append({"sumber": u, "penerbit": r["penerbit"], "judul": r["judul"],
                          "tingkat": label[r["tingkat"]], "catatan": r["catatan"]})
        else:
            g = tingkat_aturan(u)
            baris.append({"sumber": u, "penerbit": "", "judul": "", "tingkat": label[g],
                          "catatan": _TANPA_TABEL[lang == "en"][g == "resmi"]})
    return pd.DataFrame(baris, columns=KOLOM)
