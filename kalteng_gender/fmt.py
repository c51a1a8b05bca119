"""Numbers the Indonesian way for display (91,85; 1.234). Downloads keep machine-readable numbers."""
from __future__ import annotations

import math
import re

TIDAK_TERSEDIA = "data tidak tersedia"
# Units that count things (people, cases, reports, court files): whole numbers, never a rate to compare or rank.
SATUAN_HITUNGAN = frozenset({"orang", "jiwa", "kasus", "laporan", "perkara", "permohonan"})


def desimal_untuk(satuan: str) -> int:
    if satuan.startswith("indeks (0-1)"):
        return 3
    if satuan in SATUAN_HITUNGAN or satuan == "peringkat":
        return 0
    return 2


def angka(x, desimal: int = 2, tanda: bool = False) -> str:
    """91.85 -> '91,85'; 1234 -> '1.234'; None/NaN -> 'data tidak tersedia'."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return TIDAK_TERSEDIA
    teks = f"{x:+,.{desimal}f}" if tanda else f"{x:,.{desimal}f}"
    teks = teks.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return teks.replace("-", "−")


def nilai_satuan(x, satuan: str, tanda: bool = False) -> str:
    """A value with the number of decimals its unit calls for (IKG 0,541; TPAK 54,52; 1.234 orang)."""
    return angka(x, desimal_untuk(satuan), tanda)


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
