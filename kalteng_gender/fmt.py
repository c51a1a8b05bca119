"""Numbers for display: the Indonesian way (91,85; 1.234), or the English way with lang="en" (91.85; 1,234).
Downloads keep machine-readable numbers."""
from __future__ import annotations

import math
import re

from . import data as kd

TIDAK_TERSEDIA = "data tidak tersedia"
TIDAK_TERSEDIA_EN = "data not available"


def desimal_untuk(satuan: str, peta: dict[str, int] | None = None) -> int:
    """Decimals a unit is shown with: the registry's `desimal` for it (IKG's index 3, counts and ranks 0), 2 for a
    unit the registry does not use. `peta` is data.desimal_satuan of a registry; the committed one by default."""
    return (kd.desimal_bawaan() if peta is None else peta).get(satuan, 2)


def angka(x, desimal: int = 2, tanda: bool = False, lang: str = "id") -> str:
    """91.85 -> '91,85'; 1234 -> '1.234'; None/NaN -> 'data tidak tersedia'. With lang="en": '91.85', '1,234',
    'data not available'."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return TIDAK_TERSEDIA_EN if lang == "en" else TIDAK_TERSEDIA
    teks = f"{x:+,.{desimal}f}" if tanda else f"{x:,.{desimal}f}"
    if lang != "en":
        teks = teks.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return teks.replace("-", "−")


def nilai_satuan(x, satuan: str, tanda: bool = False, lang: str = "id") -> str:
    """A value with the number of decimals its unit calls for (IKG 0,541; TPAK 54,52; 1.234 orang)."""
    return angka(x, desimal_untuk(satuan), tanda, lang)


# Units the pages derive from the registry's (a gap, a ratio): the registry's own units are translated by its
# `satuan_en` column
SATUAN_TURUNAN_EN = {"poin persen": "percentage points", "rasio": "ratio", "rasio P/L": "F/M ratio",
                     "indeks (0–1)": "index (0–1)"}


def satuan(s: str, lang: str = "id") -> str:
    """A unit as the reader meets it: as stored in Indonesian, in English with lang="en" (unknown units as
    stored). Formatting keys on the stored Indonesian unit (desimal_untuk), so only display calls this."""
    if lang != "en":
        return s
    return kd.satuan_inggris_bawaan().get(s) or SATUAN_TURUNAN_EN.get(s, s)


def singkat(label: str) -> str:
    """'Indeks Ketimpangan Gender (IKG)' -> 'IKG'; labels without an abbreviation are returned whole."""
    m = re.search(r"\(([^()]+)\)\s*$", label)
    return m.group(1) if m and len(m.group(1)) <= 12 else label


def delta_metrik(teks: str | None) -> str | None:
    """A delta text for st.metric, which reads the direction from a leading ASCII '-': our numbers carry the
    typographic minus '−', so a fall would otherwise be drawn as a rise."""
    return None if teks is None else re.sub(r"^−", "-", teks)


def satuan_selisih(satuan: str) -> str:
    """The unit of a difference P − L: a difference of percentages is in percentage points."""
    return "poin persen" if satuan == "persen" else satuan


def teks_selisih(x, satuan: str) -> str:
    """A signed difference with its unit ('+1,20 poin persen')."""
    return f"{nilai_satuan(x, satuan, tanda=True)} {satuan_selisih(satuan)}"
