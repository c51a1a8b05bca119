"""Numbers for display: the Indonesian way (91,85; 1.234), or the English way with lang="en" (91.85; 1,234).
Downloads keep machine-readable numbers."""
from __future__ import annotations

import math
import re

TIDAK_TERSEDIA = "data tidak tersedia"
TIDAK_TERSEDIA_EN = "data not available"
# Units that count things (people, cases, reports, court files): whole numbers, never a rate to compare or rank.
SATUAN_HITUNGAN = frozenset({"orang", "jiwa", "kasus", "laporan", "perkara", "permohonan"})


def desimal_untuk(satuan: str) -> int:
    if satuan.startswith("indeks (0-1)"):
        return 3
    if satuan in SATUAN_HITUNGAN or satuan == "peringkat":
        return 0
    return 2


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


# The registry's units in English (the registry's own English unit column wins where it exists: see `satuan`)
SATUAN_EN = {"persen": "percent", "orang": "persons", "kasus": "cases", "jiwa": "persons", "tahun": "years",
             "perkara": "court cases", "laporan": "reports", "permohonan": "applications", "peringkat": "rank",
             "indeks (0-100)": "index (0-100)", "indeks (0-1)": "index (0-1)",
             "juta rupiah/tahun": "million rupiah/year", "laki-laki per 100 perempuan": "men per 100 women",
             "poin persen": "percentage points", "rasio": "ratio", "indeks (0–1)": "index (0–1)",
             "rasio P/L": "F/M ratio"}


def satuan(s: str, lang: str = "id") -> str:
    """A unit as the reader meets it: as stored in Indonesian, in English with lang="en" (unknown units as
    stored). Formatting keys on the stored Indonesian unit (desimal_untuk), so only display calls this."""
    return SATUAN_EN.get(s, s) if lang == "en" else s


def singkat(label: str) -> str:
    """'Indeks Ketimpangan Gender (IKG)' -> 'IKG'; labels without an abbreviation are returned whole."""
    m = re.search(r"\(([^()]+)\)\s*$", label)
    return m.group(1) if m and len(m.group(1)) <= 12 else label


def delta_metrik(teks: str | None) -> str | None:
    """A delta text for st.metric, which reads the direction from a leading ASCII '-': our numbers carry the
    typographic minus '−', so a fall would otherwise be drawn as a rise."""
    return None if teks is None else re.sub(r"^−", "-", teks)
