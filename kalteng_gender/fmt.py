"""Numbers the Indonesian way for display (91,85; 1.234). Downloads keep machine-readable numbers."""
from __future__ import annotations

import math
import re

from . import data as kd

TIDAK_TERSEDIA = "data tidak tersedia"


def desimal_untuk(satuan: str, peta: dict[str, int] | None = None) -> int:
    """Decimals a unit is shown with: the registry's `desimal` for it (IKG's index 3, counts and ranks 0), 2 for a
    unit the registry does not use. `peta` is data.desimal_satuan of a registry; the committed one by default."""
    return (kd.desimal_bawaan() if peta is None else peta).get(satuan, 2)


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
