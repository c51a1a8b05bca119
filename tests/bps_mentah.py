"""An independent reading of BPS's raw table exports (data/raw/bps_tabel/*.csv) for cross-checks in tests:
the csv module and the files' own layout, no product code. Province rows are the names in capitals of IPG.csv,
whose kab/kota are in mixed case. The IDG exports list Kalimantan Utara's kab/kota under Kalimantan Timur too
(split in 2012); those copies are left out."""
from __future__ import annotations

import csv
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "data" / "raw" / "bps_tabel"
BERKAS = ["IPG.csv", "IPG1.csv", "IPG2.csv", "IDG.csv", "IDG1.csv", "IDG2.csv", "IKG.csv", "IKG1.csv"]
# the Kalteng block in the order BPS lists it after KALIMANTAN TENGAH
BLOK_KALTENG = ["6201", "6202", "6203", "6204", "6205", "6206", "6207", "6208", "6209", "6210", "6211", "6212",
                "6213", "6271"]


def baris(nama: str) -> list[list[str]]:
    with open(FOLDER / nama, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def judul_tahun(nama: str) -> tuple[str, list[int]]:
    b = baris(nama)
    return b[1][1], [int(x) for x in b[2][1:]]


def _kunci(nama: str) -> str:
    """'KEP. RIAU' and 'KEPULAUAN RIAU', 'DI YOGYAKARTA' and 'D I YOGYAKARTA' are the same province."""
    return nama.upper().replace("KEPULAUAN", "KEP").replace(".", "").replace(" ", "")


PROVINSI = {_kunci(r[0]) for r in baris("IPG.csv")[3:] if r[0] == r[0].upper() and r[0] != "INDONESIA"}


KALTARA = {"MALINAU", "BULUNGAN", "BULONGAN", "NUNUKAN", "TANA TIDUNG", "KOTA TARAKAN", "TARAKAN"}


def _angka(v: str) -> float | None:
    v = v.strip()
    return None if v in ("", "-") or float(v) == 0 else float(v)


def tabel(nama: str) -> dict[tuple[str, str], dict[int, float]]:
    """{(tingkat, name): {year: value}}; tingkat provinsi/kabkota/nasional; '-' and 0 left out."""
    _, tahun = judul_tahun(nama)
    hasil, prov = {}, None
    for r in baris(nama)[3:]:
        nama_w = r[0].strip()
        if nama_w.upper() == "INDONESIA":
            tingkat = "nasional"
        elif _kunci(nama_w) in PROVINSI and _kunci(nama_w) != prov:
            tingkat, prov = "provinsi", _kunci(nama_w)
        elif prov == "KALIMANTANTIMUR" and nama_w.upper() in KALTARA:
            continue
        else:
            tingkat = "kabkota"
        hasil[(tingkat, nama_w if tingkat == "kabkota" else prov or "INDONESIA")] = {
            t: x for t, v in zip(tahun, r[1:]) if (x := _angka(v)) is not None}
    return hasil


def kalteng(nama: str) -> dict[str, dict[int, float]]:
    """{BPS code: {year: value}} for the province (6200), its 14 kab/kota (by position) and Indonesia (0000)."""
    b = baris(nama)[3:]
    i = next(k for k, r in enumerate(b) if r[0] == "KALIMANTAN TENGAH")
    assert b[i + 15][0] == "KALIMANTAN SELATAN", "the Kalteng block is the province and 14 kab/kota"
    _, tahun = judul_tahun(nama)
    ind = next(r for r in b if r[0] == "INDONESIA")
    hasil = {}
    for kode, r in zip(["6200", *BLOK_KALTENG, "0000"], b[i:i + 15] + [ind]):
        hasil[kode] = {t: x for t, v in zip(tahun, r[1:]) if (x := _angka(v)) is not None}
    return hasil


def kabkota(nama: str, tahun: int) -> list[float]:
    """Every kab/kota value of Indonesia in `tahun`."""
    return [v[tahun] for (tingkat, _), v in tabel(nama).items() if tingkat == "kabkota" and tahun in v]


def provinsi(nama: str, tahun: int) -> dict[str, float]:
    return {n: v[tahun] for (tingkat, n), v in tabel(nama).items() if tingkat == "provinsi" and tahun in v}
