"""National context from BPS's own tables (data/nasional.csv): where a Kalteng region stands in Indonesia.

For IPG, IDG and IKG, BPS publishes every province and all 514 kab/kota, so a regency can be placed among all
Indonesian kab/kota and the province among the provinces, per year, by the registry's better direction.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import fmt, regions
from .data import KOLOM_NASIONAL, NASIONAL_FILE, DataError, baca_csv

KALIMANTAN = {"kalimantan_barat": "Kalimantan Barat", "kalimantan_tengah": "Kalimantan Tengah",
              "kalimantan_selatan": "Kalimantan Selatan", "kalimantan_timur": "Kalimantan Timur",
              "kalimantan_utara": "Kalimantan Utara"}


def muat(path: Path | None = None) -> pd.DataFrame:
    """The national table; an empty one when the file is missing (the pages then say so)."""
    path = Path(path or NASIONAL_FILE)
    t = baca_csv(path, KOLOM_NASIONAL, dtype={"kode_bps": str, "provinsi": str, "wilayah": str})
    if path.exists() and (list(t.columns) != KOLOM_NASIONAL or not pd.api.types.is_numeric_dtype(t["nilai"])):
        raise DataError(f"{path.name}: kolom atau angka tidak sesuai; jalankan `python -m kalteng_gender.build`.")
    return t


@dataclass(frozen=True)
class Posisi:
    """A region's place for one indicator and year. `peringkat` 1 = best by the registry direction."""
    kode: str
    indikator: str
    tahun: int
    nilai: float
    peringkat_kalteng: int | None     # among Kalteng's 14 kab/kota (None for the province)
    n_kalteng: int
    peringkat_nasional: int           # among all kab/kota, or among the provinces for 6200
    n_nasional: int
    persen_terburuk: float            # share of units at least as unequal as this one (ties count), in percent
    persen_terbaik: float             # share of units at least as equal as this one, in percent
    tingkat: str                      # "kabkota" or "provinsi"


def _peringkat(nilai: pd.Series, x: float, arah: str) -> tuple[int, float, float]:
    """(rank with 1 = best, % of units at least as bad as x, % at least as good)."""
    lebih_baik = (nilai < x) if arah == "turun" else (nilai > x)
    seburuk = (nilai >= x) if arah == "turun" else (nilai <= x)
    sebaik = (nilai <= x) if arah == "turun" else (nilai >= x)
    n = len(nilai)
    return int(lebih_baik.sum()) + 1, 100.0 * int(seburuk.sum()) / n, 100.0 * int(sebaik.sum()) / n


def posisi(nas: pd.DataFrame, ind: str, tahun: int, kode: str, arah: str) -> Posisi | None:
    """Where `kode` (a Kalteng kab/kota or 6200) stands in `tahun`; None when BPS has no figure for it."""
    th = nas[(nas["indikator"] == ind) & (nas["tahun"] == tahun)]
    sendiri = th[th["kode_bps"] == kode]
    if sendiri.empty or kode == regions.NASIONAL:
        return None
    x = float(sendiri["nilai"].iloc[0])
    tingkat = "provinsi" if kode == regions.PROVINSI else "kabkota"
    semua = th.loc[th["tingkat"] == tingkat, "nilai"]
    p_nas, buruk, baik = _peringkat(semua, x, arah)
    p_kal, n_kal = None, 0
    if tingkat == "kabkota":
        kal = th.loc[th["kode_bps"].isin(regions.KABKOTA), "nilai"]
        p_kal, n_kal = _peringkat(kal, x, arah)[0], len(kal)
    return Posisi(kode, ind, int(tahun), x, p_kal, n_kal, p_nas, len(semua), buruk, baik, tingkat)


def posisi_terbaru(nas: pd.DataFrame, ind: str, kode: str, arah: str) -> Posisi | None:
    th = nas.loc[(nas["indikator"] == ind) & (nas["kode_bps"] == kode), "tahun"]
    return posisi(nas, ind, int(th.max()), kode, arah) if len(th) else None


def kalimat(p: Posisi, label: str, fmt_nilai, lang: str = "id") -> str:
    """"IKG Murung Raya 2023: 0,598 — peringkat 13 dari 14 di Kalteng; di antara 9 % kab/kota paling timpang
    di Indonesia". The share is stated from the nearer end (most unequal or most equal)."""
    k = _KALIMAT[lang if lang in _KALIMAT else "id"]
    unit = k["provinsi"] if p.tingkat == "provinsi" else k["kabkota"]
    awal = f"{label} {regions.NAMA[p.kode]} {p.tahun}: {fmt_nilai(p.nilai)}"
    if p.peringkat_kalteng is not None:
        awal += k["kalteng"].format(r=p.peringkat_kalteng, n=p.n_kalteng)
    else:
        awal += k["prov"].format(r=p.peringkat_nasional, n=p.n_nasional)
    if p.persen_terburuk <= 50:
        ujung = k["timpang"].format(p=_persen(p.persen_terburuk), unit=unit)
    else:
        ujung = k["setara"].format(p=_persen(p.persen_terbaik), unit=unit)
    return f"{awal}; {ujung}."


_KALIMAT = {
    "id": {"provinsi": "provinsi", "kabkota": "kab/kota", "kalteng": " — peringkat {r} dari {n} di Kalteng",
           "prov": " — peringkat {r} dari {n} provinsi",
           "timpang": "di antara {p} {unit} paling timpang di Indonesia",
           "setara": "di antara {p} {unit} paling setara di Indonesia"},
    "en": {"provinsi": "provinces", "kabkota": "regencies/cities", "kalteng": " — rank {r} of {n} in Kalteng",
           "prov": " — rank {r} of {n} provinces",
           "timpang": "among the {p} most unequal {unit} in Indonesia",
           "setara": "among the {p} most equal {unit} in Indonesia"},
}


def _persen(x: float) -> str:
    return f"{max(1, int(np.ceil(x)))} %"


def kalimantan(nas: pd.DataFrame, ind: str) -> pd.DataFrame:
    """The five Kalimantan provinces and Indonesia, one row per (wilayah, tahun)."""
    t = nas[(nas["indikator"] == ind) & ((nas["tingkat"] == "nasional") |
                                         ((nas["tingkat"] == "provinsi") & nas["provinsi"].isin(KALIMANTAN)))]
    nama = t["provinsi"].map(KALIMANTAN).fillna("Indonesia")
    return pd.DataFrame({"wilayah": nama, "tahun": t["tahun"], "nilai": t["nilai"]}).reset_index(drop=True)


def tabel_posisi(nas: pd.DataFrame, ind: str, arah: str) -> pd.DataFrame:
    """Every Kalteng kab/kota and the province, every year: value, rank in Kalteng, rank and share nationally."""
    baris = []
    for tahun in sorted(nas.loc[nas["indikator"] == ind, "tahun"].unique()):
        for kode in [*regions.KABKOTA, regions.PROVINSI]:
            p = posisi(nas, ind, int(tahun), kode, arah)
            if p is not None:
                baris.append({"kode_bps": kode, "wilayah": regions.NAMA[kode], "tahun": p.tahun, "nilai": p.nilai,
                              "peringkat_kalteng": p.peringkat_kalteng, "peringkat_nasional": p.peringkat_nasional,
                              "n_nasional": p.n_nasional, "persen_terburuk": p.persen_terburuk,
                              "persen_terbaik": p.persen_terbaik})
    return pd.DataFrame(baris)


@dataclass(frozen=True)
class Tampilan:
    """What a page shows of national context for one indicator: sentences and the Kalimantan lines."""
    indikator: str
    kalimat: list[str]                    # the region's and the province's place, newest comparable year
    kalimantan: dict[str, pd.DataFrame]   # name -> (tahun, nilai) for charts.tren
    tahun: int | None


def tampilan(nas: pd.DataFrame, ind: str, kode: str, tahun: int | None, arah: str, label: str,
             satuan: str, lang: str = "id") -> Tampilan | None:
    """National context for `ind` around `kode` in `tahun` (or the latest year BPS has); None when BPS's tables
    do not cover the indicator."""
    if not (nas["indikator"] == ind).any():
        return None
    th = tahun if tahun is not None and ((nas["indikator"] == ind) & (nas["tahun"] == tahun)).any() else \
        int(nas.loc[nas["indikator"] == ind, "tahun"].max())
    teks = [kalimat(p, label, lambda x: fmt.nilai_satuan(x, satuan, lang=lang), lang) for p in
            (posisi(nas, ind, th, k, arah) for k in dict.fromkeys([kode, regions.PROVINSI])) if p is not None]
    kal = kalimantan(nas, ind)
    garis = {n: g[["tahun", "nilai"]].reset_index(drop=True) for n, g in kal.groupby("wilayah", sort=False)}
    return Tampilan(ind, teks, garis, th)
