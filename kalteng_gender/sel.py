"""What one cell of a source says: a number, a sex, or "no figure". The one reader of each for every source
(uploaded CSV/XLSX, BPS dynamic-table exports, BPS WebAPI replies, the raw files the build reads).

Missing stays missing: a "no figure" marker is never read as 0, and text that is not a number reads as None.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np

# --- "no figure" --------------------------------------------------------------------------------------------------
# cells BPS, agencies and exports use for "no figure" (compared stripped and lower-case); the empty cell is the
# caller's business: a reader may need to tell it apart from a marker
TANDA_KOSONG = {"-", "--", "–", "—", ".", "..", "...", "…", "na", "n/a", "n.a.", "nan", "null", "none", "x", "tt",
                "tidak tersedia"}


def kosong_bertanda(v) -> bool:
    """True for text that marks a figure as absent ('-', '…', 'n/a', 'tidak tersedia', ...)."""
    return isinstance(v, str) and v.strip().lower() in TANDA_KOSONG


# --- numbers ------------------------------------------------------------------------------------------------------
# Evidence for a file's decimal mark: shapes only that mark can produce (e.g. '70,41' or '1.234,5' for the comma).
_BUKTI = {
    ",": [re.compile(r"^[+-]?\d+,(\d{1,2}|\d{4,})$"), re.compile(r"^[+-]?\d{1,3}(\.\d{3})+,\d+$"),
          re.compile(r"^[+-]?0,\d+$"), re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$")],
    ".": [re.compile(r"^[+-]?\d+\.(\d{1,2}|\d{4,})$"), re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$"),
          re.compile(r"^[+-]?0\.\d+$"), re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$")],
}
# a number written with the given decimal mark (and optional thousands groups in the other mark)
POLA_ANGKA = {
    ",": re.compile(r"^[+-]?(\d+|[1-9]\d{0,2}(\.\d{3})+)(,\d+)?$"),
    ".": re.compile(r"^[+-]?(\d+|[1-9]\d{0,2}(,\d{3})+)(\.\d+)?$"),
}


def bersih_angka(v: str) -> str:
    """Text of a number without spaces, the typographic minus or a trailing '%'."""
    return v.strip().replace("\u00a0", "").replace(" ", "").replace("−", "-").rstrip("%")


def tanda_desimal(nilai: list, pemisah: str | None) -> str:
    """',' or '.': the decimal mark the file's text numbers use (a ';' CSV defaults to the Indonesian comma)."""
    teks = [bersih_angka(v).rstrip("*") for v in nilai if isinstance(v, str)]
    koma = sum(any(p.match(t) for p in _BUKTI[","]) for t in teks)
    titik = sum(any(p.match(t) for p in _BUKTI["."]) for t in teks)
    if koma != titik:
        return "," if koma > titik else "."
    return "," if pemisah == ";" else "."


def baca_angka(v, desimal: str) -> tuple[float | None, bool]:
    """(number or None, marked with '*'); text is read strictly with the file's decimal mark."""
    if isinstance(v, bool):
        return None, False
    if isinstance(v, (int, float)):
        x = float(v)
        return (x if np.isfinite(x) else None), False
    s = bersih_angka(str(v))
    bintang = s.endswith("*")
    s = s.rstrip("*")
    if not POLA_ANGKA[desimal].match(s):
        return None, bintang
    ribuan = "." if desimal == "," else ","
    return float(s.replace(ribuan, "").replace(desimal, ".")), bintang


def angka_lepas(v) -> float | None:
    """A number from a cell read on its own, without a file to tell its decimal mark: a number as it is; in text a
    comma, when there is one, is the decimal mark ('12,5', '1.234,56'), else the point ('0.541', '1.234' = 1.234).
    None when not a number (a '*' mark included)."""
    if not isinstance(v, str):
        return baca_angka(v, ".")[0]
    s = bersih_angka(v)
    return None if "*" in s else baca_angka(s, "," if "," in s else ".")[0]


# --- sex ----------------------------------------------------------------------------------------------------------
def _kunci_jk(v) -> str:
    s = unicodedata.normalize("NFKD", str(v)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9+]", "", s)


_JK = {
    "p": "P", "perempuan": "P", "wanita": "P", "f": "P", "female": "P", "women": "P",
    "l": "L", "lakilaki": "L", "laki": "L", "lelaki": "L", "pria": "L", "m": "L", "male": "L", "men": "L",
    # both sexes, named as such or as a total
    "l+p": "T", "p+l": "T", "lakilaki+perempuan": "T", "perempuan+lakilaki": "T", "lakilakidanperempuan": "T",
    "lakilakiperempuan": "T", "t": "T", "total": "T", "jumlah": "T", "semua": "T",
}
# a BPS WebAPI table whose only "sex" is one of these is not split by sex at all
_TANPA_RINCIAN = {"jumlah", "total", "semua", "tidakada", ""}


def jenis_kelamin(v) -> str | None:
    """'Perempuan' -> 'P', 'Laki-laki' -> 'L', 'Laki-laki + Perempuan' / 'Jumlah' / 'total' -> 'T'; None when not a
    sex."""
    return _JK.get(_kunci_jk(v))


def jenis_kelamin_bps(label) -> str | None:
    """A BPS WebAPI turvar/vervar label: 'L', 'P', 'T' (both sexes named explicitly), '' (a total, or 'Tidak ada':
    no split by sex; the variable's own default applies) or None (not a sex, e.g. 'Perkotaan')."""
    k = _kunci_jk(label)
    return "" if k in _TANPA_RINCIAN else _JK.get(k)
