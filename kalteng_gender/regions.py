"""The 14 kabupaten/kota of Kalimantan Tengah, the province and Indonesia, and how to recognise their names.

BPS codes are the project's keys. Kemendagri numbers six regencies differently, so a crosswalk is kept
explicitly rather than guessed.
"""
from __future__ import annotations

import re
import unicodedata

PROVINSI = "6200"
NASIONAL = "0000"

KABKOTA: dict[str, str] = {
    "6201": "Kotawaringin Barat",
    "6202": "Kotawaringin Timur",
    "6203": "Kapuas",
    "6204": "Barito Selatan",
    "6205": "Barito Utara",
    "6206": "Sukamara",
    "6207": "Lamandau",
    "6208": "Seruyan",
    "6209": "Katingan",
    "6210": "Pulang Pisau",
    "6211": "Gunung Mas",
    "6212": "Barito Timur",
    "6213": "Murung Raya",
    "6271": "Palangka Raya",
}

NAMA: dict[str, str] = {**KABKOTA, PROVINSI: "Kalimantan Tengah", NASIONAL: "Indonesia"}
KODE_SAH = frozenset(NAMA)

# Kemendagri code -> BPS code (they differ for 6206-6213; the rest coincide).
KEMENDAGRI_KE_BPS: dict[str, str] = {
    "6201": "6201", "6202": "6202", "6203": "6203", "6204": "6204", "6205": "6205",
    "6206": "6209",  # Katingan
    "6207": "6208",  # Seruyan
    "6208": "6206",  # Sukamara
    "6209": "6207",  # Lamandau
    "6210": "6211",  # Gunung Mas
    "6211": "6210",  # Pulang Pisau
    "6212": "6213",  # Murung Raya
    "6213": "6212",  # Barito Timur
    "6271": "6271", "6200": "6200", "0000": "0000",
}

_PREFIX = re.compile(r"^(kabupaten|kab|kota|provinsi|prov)\b\.?\s*")


def _kunci(nama: str) -> str:
    s = unicodedata.normalize("NFKD", str(nama)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s.replace(".", ". "))
    s = re.sub(r"\s+", " ", s).strip()
    s = _PREFIX.sub("", s).strip()
    return s.replace(" ", "")


_ALIAS: dict[str, str] = {_kunci(n): k for k, n in NAMA.items()}
_ALIAS.update({
    "kalteng": PROVINSI, "nasional": NASIONAL, "kotim": "6202", "kobar": "6201", "barsel": "6204",
    "barut": "6205", "bartim": "6212", "mura": "6213", "gumas": "6211", "pulpis": "6210",
    "palangkaraya": "6271", "plk": "6271", "kotapalangkaraya": "6271",
})


def kode_dari_nama(nama: str) -> str | None:
    """BPS code for a region name in any common spelling ("KAB. KOTAWARINGIN BARAT", "Kota Palangkaraya")."""
    return _ALIAS.get(_kunci(nama))


def kode_bps(nilai: str, skema: str = "bps") -> str | None:
    """Normalise a code ("62.01", "6201", 6201) to a BPS code; skema="kemendagri" applies the crosswalk."""
    digits = re.sub(r"\D", "", str(nilai))
    if len(digits) == 2 and digits == "62":
        digits = PROVINSI
    if skema == "kemendagri":
        return KEMENDAGRI_KE_BPS.get(digits)
    return digits if digits in KODE_SAH else None
