"""Filter state carried in the URL: a short whitelist of plain-text parameters, each validated.

Nothing from a link is ever unpickled or evaluated; an unknown or invalid value is dropped with a short notice.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

PARAM = ("ind", "tahun", "wil", "jk", "sektor", "tab", "lang")
MULTI = {"wil"}  # comma-separated lists
_RENTANG = re.compile(r"^(\d{4})(?:\s*[-–]\s*(\d{4}))?$")


def _str(v) -> str:
    if isinstance(v, (list, tuple)):
        v = v[-1] if v else ""
    return str(v)[:200]


def baca(params: Mapping[str, object], pilihan: Mapping[str, list]) -> tuple[dict[str, object], list[str]]:
    """Validate URL parameters against the allowed choices.

    `pilihan[name]` lists the allowed values as strings (for `tahun` ints are accepted as strings too).
    Returns the accepted values (str, or list[str] for `wil`) and Indonesian notices for dropped ones."""
    nilai: dict[str, object] = {}
    catatan: list[str] = []
    for k in params:
        if k not in PARAM:
            catatan.append(f"Parameter tautan '{_str(k)[:30]}' tidak dikenal dan diabaikan.")
    for k in PARAM:
        if k not in params or k not in pilihan:
            continue
        mentah = _str(params[k]).strip()
        sah = {str(x) for x in pilihan[k]}
        if k in MULTI:
            bagian = [b.strip() for b in mentah.split(",") if b.strip()]
            baik = [b for b in bagian if b in sah]
            buang = [b for b in bagian if b not in sah]
            if buang:
                catatan.append(f"Nilai '{', '.join(buang)[:60]}' untuk '{k}' tidak sah dan diabaikan.")
            if baik:
                nilai[k] = list(dict.fromkeys(baik))
        elif mentah in sah:
            nilai[k] = mentah
        else:
            catatan.append(f"Nilai '{mentah[:40]}' untuk '{k}' tidak sah dan diabaikan.")
    return nilai, catatan


def tulis(nilai: Mapping[str, object]) -> dict[str, str]:
    """Plain-text query parameters for the given filter values (lists joined with commas)."""
    out = {}
    for k in PARAM:
        if k in nilai and nilai[k] not in (None, "", []):
            v = nilai[k]
            if k == "tahun" and isinstance(v, tuple):  # a year range
                out[k] = f"{int(v[0])}-{int(v[1])}"
            else:
                out[k] = ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
    return out


def baca_rentang(mentah, batas: tuple[int, int]) -> tuple[tuple[int, int] | None, list[str]]:
    """`tahun` read as a year range: '2018-2025', or one year ('2020' = 2020–2020), within `batas` (the first and
    last year with data). A range reaching beyond the data is narrowed to it, with a notice; a value that is not
    a range, is reversed, or misses the data entirely is dropped with a notice (None)."""
    teks = _str(mentah).strip()
    m = _RENTANG.match(teks)
    if not m:
        return None, [f"Nilai '{teks[:40]}' untuk 'tahun' bukan tahun atau rentang tahun (mis. 2018-2025) "
                      "dan diabaikan."]
    awal, akhir = int(m.group(1)), int(m.group(2) or m.group(1))
    lo, hi = int(batas[0]), int(batas[1])
    if awal > akhir:
        return None, [f"Rentang tahun '{teks}' terbalik (awal setelah akhir) dan diabaikan."]
    if akhir < lo or awal > hi:
        return None, [f"Rentang tahun '{teks}' di luar tahun yang punya data ({lo}–{hi}) dan diabaikan."]
    sempit = (max(awal, lo), min(akhir, hi))
    if sempit != (awal, akhir):
        return sempit, [f"Rentang tahun {awal}–{akhir} disesuaikan dengan tahun yang punya data: "
                        f"{sempit[0]}–{sempit[1]}."]
    return sempit, []
