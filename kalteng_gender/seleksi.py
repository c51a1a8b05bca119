"""Selecting what a chart shows: values per region for a year and sex, gaps, ranks, headline figures.

Missing stays missing: every function returns NaN (never 0) for a region or year without a published figure.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import data as kd, regions
from .data import baris_indikator
from .sumber import RESMI

# P/L/T are the published values; "gap" is P − L in the indicator's unit; "rasio" is P / L.
MODE = ("T", "P", "L", "gap", "rasio")


def mode_tersedia(df: pd.DataFrame, indikator: str) -> list[str]:
    """Modes the data can actually fill for an indicator (gap and ratio need both P and L somewhere)."""
    jk = set(df.loc[df["indikator"] == indikator, "jenis_kelamin"])
    mode = [m for m in ("T", "P", "L") if m in jk]
    if {"P", "L"} <= jk:
        mode += ["gap", "rasio"]
    return mode


def tahun_tersedia(df: pd.DataFrame, indikator: str, kode: list[str] | None = None) -> list[int]:
    sel = df[df["indikator"] == indikator]
    if kode is not None:
        sel = sel[sel["kode_bps"].isin(kode)]
    return sorted(sel["tahun"].unique().tolist())


def lebar_jk(df: pd.DataFrame) -> pd.DataFrame:
    """Rows (kode_bps, tahun, indikator) with columns P, L, T, gap (P − L) and rasio (P / L)."""
    # keys are unique (validated on load), so a plain unstack does what pivot_table does, several times faster
    w = (df.drop_duplicates(["kode_bps", "tahun", "indikator", "jenis_kelamin"])
         .set_index(["kode_bps", "tahun", "indikator", "jenis_kelamin"])["nilai"].astype(float)
         .unstack("jenis_kelamin").reindex(columns=["P", "L", "T"]))
    w.columns.name = None
    w["gap"] = w["P"] - w["L"]
    w["rasio"] = w["P"] / w["L"].replace(0, np.nan)
    return w.reset_index()


def nilai_wilayah(df: pd.DataFrame, indikator: str, tahun: int | None, mode: str = "T",
                  kode: list[str] | None = None) -> pd.DataFrame:
    """One row per region in `kode` (default: the 14 kab/kota), `nilai` NaN where nothing is published.

    tahun=None takes each region's latest published year (the year is kept in `tahun`)."""
    kode = list(regions.KABKOTA) if kode is None else kode
    w = lebar_jk(df[(df["indikator"] == indikator) & df["kode_bps"].isin(kode)])
    if len(w):
        w = w.assign(nilai=w[mode]).dropna(subset=["nilai"])
        if tahun is not None:
            w = w[w["tahun"] == tahun]
        w = w.sort_values("tahun").groupby("kode_bps").tail(1)
    else:
        w = pd.DataFrame(columns=["kode_bps", "tahun", "nilai"])
    out = pd.DataFrame({"kode_bps": kode}).merge(w[["kode_bps", "tahun", "nilai"]], on="kode_bps", how="left")
    out["wilayah"] = out["kode_bps"].map(regions.NAMA)
    out["nilai"] = out["nilai"].astype(float)
    return out[["kode_bps", "wilayah", "tahun", "nilai"]]


def peringkat(nilai: pd.Series, arah: str) -> pd.Series:
    """Rank 1 = best given the registry's better direction ("naik": higher is better); NaN stays unranked."""
    return nilai.rank(ascending=(arah == "turun"), method="min")


def seri(df: pd.DataFrame, indikator: str, kode: str, mode: str = "T") -> pd.DataFrame:
    """Years and values of one region, sorted (for trends and sparklines)."""
    w = lebar_jk(df[(df["indikator"] == indikator) & (df["kode_bps"] == kode)])
    if not len(w):
        return pd.DataFrame(columns=["tahun", "nilai"])
    return w.assign(nilai=w[mode])[["tahun", "nilai"]].dropna().sort_values("tahun").reset_index(drop=True)


@dataclass(frozen=True)
class Kartu:
    """A headline figure: latest value, the previous published year, and the national value."""
    indikator: str
    tahun: int | None
    nilai: float
    tahun_lalu: int | None
    nilai_lalu: float
    nasional: float
    tahun_nasional: int | None
    sumber: str

    @property
    def perubahan(self) -> float:
        return self.nilai - self.nilai_lalu


def kartu(df: pd.DataFrame, indikator: str, kode: str = regions.PROVINSI) -> Kartu:
    s = seri(df, indikator, kode)
    nas = seri(df, indikator, regions.NASIONAL)
    if not len(s):
        nas_akhir = nas.iloc[-1] if len(nas) else None
        return Kartu(indikator, None, np.nan, None, np.nan,
                     nas_akhir["nilai"] if nas_akhir is not None else np.nan,
                     int(nas_akhir["tahun"]) if nas_akhir is not None else None, "")
    akhir = s.iloc[-1]
    lalu = s.iloc[-2] if len(s) > 1 else None
    tahun = int(akhir["tahun"])
    # the national value of the same year, else the nearest earlier one (its year is shown)
    nas_sebelum = nas[nas["tahun"] <= tahun]
    nas_row = nas_sebelum.iloc[-1] if len(nas_sebelum) else None
    sumber = df[(df["indikator"] == indikator) & (df["kode_bps"] == kode) & (df["tahun"] == tahun)]["sumber"]
    return Kartu(
        indikator, tahun, float(akhir["nilai"]),
        int(lalu["tahun"]) if lalu is not None else None,
        float(lalu["nilai"]) if lalu is not None else np.nan,
        float(nas_row["nilai"]) if nas_row is not None else np.nan,
        int(nas_row["tahun"]) if nas_row is not None else None,
        sumber.iloc[0] if len(sumber) else "",
    )


def sumber_untuk(df: pd.DataFrame, indikator: str, tahun: int | None = None) -> list[str]:
    return sorted(baris_indikator(df, indikator, tahun)["sumber"].unique().tolist())


def seri_pembanding(indikator: str, registry: pd.DataFrame | None = None) -> str | None:
    """The other series across a method break (IPM/UHH/IPG old basis vs SP2020 basis; registry `seri_lanjutan`,
    data.patahan_metode), or None. Without a registry the committed one is read."""
    return kd.patahan_metode(kd.registry_bawaan() if registry is None else registry).get(indikator)


def indikator_tersedia(df: pd.DataFrame, registry: pd.DataFrame, sektor: str | None = None) -> list[str]:
    """Registry ids (registry order) that have at least one published row, optionally within one sector."""
    reg = registry if sektor in (None, "semua") else registry[registry["sektor"] == sektor]
    ada = set(df["indikator"])
    return [i for i in reg["id"] if i in ada]


def sektor_tersedia(df: pd.DataFrame, registry: pd.DataFrame) -> list[str]:
    """Sectors (in the data module's order) with at least one indicator holding a published row."""
    ada = set(registry.loc[registry["id"].isin(df["indikator"].unique()), "sektor"])
    return [s for s in kd.SEKTOR if s in ada]


def tahun_bawaan(df: pd.DataFrame, indikator: str, mode: str = "T") -> int | None:
    """The year in which most of the 14 kab/kota have a value for this mode; among those, the one with most
    official-grade figures (a `tingkat` column, when loaded), then the latest."""
    kab = df[(df["indikator"] == indikator) & df["kode_bps"].isin(regions.KABKOTA)]
    if not len(kab):
        th = tahun_tersedia(df, indikator)
        return th[-1] if th else None
    w = lebar_jk(kab)
    w = w[w[mode].notna()] if mode in w else w.iloc[0:0]
    if not len(w):
        return int(kab["tahun"].max())
    n = w.groupby("tahun")["kode_bps"].nunique()
    tahun = n[n == n.max()].index
    if "tingkat" in kab and len(tahun) > 1:
        resmi = kab[kab["tingkat"].isin(RESMI) & kab["tahun"].isin(tahun)].groupby("tahun")["kode_bps"].nunique()
        resmi = resmi.reindex(tahun, fill_value=0)
        tahun = resmi[resmi == resmi.max()].index
    return int(tahun.max())


def isi_tahun_kosong(s: pd.DataFrame, awal: int | None = None, akhir: int | None = None) -> pd.DataFrame:
    """A series with a NaN row for every unpublished year between `awal` and `akhir`, so a line breaks there
    instead of bridging the gap."""
    if not len(s):
        return s
    awal = int(s["tahun"].min()) if awal is None else awal
    akhir = int(s["tahun"].max()) if akhir is None else akhir
    semua = pd.DataFrame({"tahun": range(awal, akhir + 1)})
    return semua.merge(s[["tahun", "nilai"]], on="tahun", how="left")


def peringkat_mode(nilai: pd.Series, arah: str, mode: str = "T") -> pd.Series:
    """Rank 1 = best for what is shown: the registry's better direction for levels; for a gap or a ratio the
    region closest to parity (0 or 1) ranks first; a 'netral' level is ordered largest first."""
    if mode == "gap":
        return nilai.abs().rank(method="min")
    if mode == "rasio":
        return (nilai - 1).abs().rank(method="min")
    return peringkat(nilai, "naik" if arah == "netral" else arah)


def rincian_wilayah(nilai: pd.DataFrame, kode: str, arah: str, mode: str = "T") -> dict:
    """Value, year and rank of one region within a `nilai_wilayah` table (rank NaN when it has no value)."""
    rank = peringkat_mode(nilai["nilai"], arah, mode)
    baris = nilai.index[nilai["kode_bps"] == kode]
    if not len(baris):
        return {"nilai": np.nan, "tahun": None, "peringkat": None, "n": int(nilai["nilai"].notna().sum())}
    i = baris[0]
    tahun = nilai.at[i, "tahun"]
    return {"nilai": float(nilai.at[i, "nilai"]), "tahun": None if pd.isna(tahun) else int(tahun),
            "peringkat": None if pd.isna(rank[i]) else int(rank[i]), "n": int(nilai["nilai"].notna().sum())}


def lokasi_klik(event) -> str | None:
    """The region code of the first point selected on a map (the `location` of a Streamlit plotly event)."""
    try:
        titik = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for p in titik or []:
        loc = p.get("location") if isinstance(p, dict) else None
        if loc is not None and str(loc) in regions.KODE_SAH:
            return str(loc)
    return None


def tabel_peringkat(nilai: pd.DataFrame, acuan: pd.DataFrame, arah: str, mode: str = "T") -> pd.DataFrame:
    """The ranking as a table: the 14 kab/kota by rank (no data last, unranked), then the reference rows."""
    kab = nilai.assign(peringkat=peringkat_mode(nilai["nilai"], arah, mode).astype("Int64"))
    kab = kab.sort_values(["peringkat", "wilayah"], na_position="last")
    ref = acuan.dropna(subset=["nilai"]).assign(peringkat=pd.array([pd.NA] * int(acuan["nilai"].notna().sum()),
                                                                    dtype="Int64"))
    return pd.concat([kab, ref], ignore_index=True)[["kode_bps", "wilayah", "tahun", "nilai", "peringkat"]]


def seri_tren(df: pd.DataFrame, indikator: str, kode: list[str], mode: str = "T",
              acuan: tuple[str, ...] = (regions.PROVINSI, regions.NASIONAL)) -> pd.DataFrame:
    """Published points (kode_bps, wilayah, tahun, nilai) of the chosen regions and the benchmark regions."""
    bagian = []
    for k in list(dict.fromkeys([*kode, *acuan])):
        s = seri(df, indikator, k, mode)
        if len(s):
            bagian.append(s.assign(kode_bps=k, wilayah=regions.NAMA[k]))
    if not bagian:
        return pd.DataFrame(columns=["kode_bps", "wilayah", "tahun", "nilai"])
    out = pd.concat(bagian, ignore_index=True)[["kode_bps", "wilayah", "tahun", "nilai"]]
    out["tahun"] = out["tahun"].astype(int)
    out.columns.name = None
    return out


def seri_grafik(titik: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """{region name: series} for `charts.tren`, each padded with NaN over the whole year span so a line is
    broken (not bridged) where a year has no published figure."""
    if not len(titik):
        return {}
    awal, akhir = int(titik["tahun"].min()), int(titik["tahun"].max())
    return {nama: isi_tahun_kosong(s, awal, akhir)
            for nama, s in titik.groupby("wilayah", sort=False)}


def acuan_sebanding(jenis: str, mode: str = "T") -> bool:
    """Whether province and national values can sit on a kab/kota scale as reference lines, by the indicator's
    registry `jenis`: not for counts (a province count is the sum of its regencies), except as a P/L ratio."""
    return mode == "rasio" or jenis not in kd.JENIS_HITUNGAN


def diperingkat(jenis: str, mode: str) -> bool:
    """Whether regions are ranked better/worse on what is shown, by the indicator's registry `jenis`: not on
    reports (cases, victims of violence, court files: a low count may mean few reports, not little violence); a
    P/L ratio or gap of them is still a distance from parity."""
    return mode in ("gap", "rasio") or jenis != "laporan"


@dataclass(frozen=True)
class PilihanPeta:
    """What the map page's filters offer for one indicator, and their defaults."""
    mode: tuple[str, ...]                          # T, P, L, gap, rasio that the data fill
    tahun: tuple[int, ...]                         # newest first (kab/kota years, else any)
    tahun_bawaan: dict[str, int]                   # per mode
    wilayah_bawaan: dict[tuple[str, int], str]     # (mode, year) -> the regency ranked first, as the page ranks


def pilihan_peta(df: pd.DataFrame, indikator: str, arah: str) -> PilihanPeta:
    mode = mode_tersedia(df, indikator)
    tahun = tahun_tersedia(df, indikator, list(regions.KABKOTA)) or tahun_tersedia(df, indikator)
    bawaan = {m: tahun_bawaan(df, indikator, m) or (tahun[-1] if tahun else 0) for m in mode}
    kab = df[(df["indikator"] == indikator) & df["kode_bps"].isin(regions.KABKOTA)]
    w = lebar_jk(kab).set_index("kode_bps") if len(kab) else pd.DataFrame()
    pertama = {}
    for m in mode:
        for th in tahun:
            v = w.loc[w["tahun"] == th, m].dropna() if len(w) else pd.Series(dtype=float)
            rank = peringkat_mode(v, arah, m).reindex(list(regions.KABKOTA))
            pertama[(m, th)] = str(rank.idxmin()) if rank.notna().any() else next(iter(regions.KABKOTA))
    return PilihanPeta(tuple(mode), tuple(reversed(tahun)), bawaan, pertama)
