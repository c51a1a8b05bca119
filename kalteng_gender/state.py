"""Filter state carried in the URL: a short whitelist of plain-text parameters, each validated.

Nothing from a link is ever unpickled or evaluated; an unknown or invalid value is dropped with a short notice.
"""
from __future__ import annotations

from collections.abc import Mapping

PARAM = ("ind", "tahun", "wil", "jk", "sektor", "lang")
MULTI = {"wil"}  # comma-separated lists


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
            out[k] = ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
    return out
