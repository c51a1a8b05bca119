"""The comparison view, in the spirit of Our World in Data's grapher: one indicator, several regions (by default a
regency, Kalteng and Indonesia), women and men over a year range, as chart, map and table of the same selection.

`bandingkan` is pure and returns a `Perbandingan` with everything the page draws and the downloads hold. Missing
stays missing: lines are padded with NaN for unpublished years (so they break, never bridge), regions without a
figure are named, a table cell without a figure is NaN, never 0. Series across a method break (IPM old basis vs
SP2020) are separate indicators, so one view never joins them; `pembanding` names the other one.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import fmt, regions, seleksi
from .sumber import muat as muat_sumber, tingkat as tingkat_sumber

PILIHAN = [*regions.KABKOTA, regions.PROVINSI, regions.NASIONAL]  # what the region picker offers, in this order
ACUAN = (regions.PROVINSI, regions.NASIONAL)


def jenis_kelamin(df: pd.DataFrame, ind: str) -> tuple[str, ...]:
    """What the lines show: women and men where the data hold a figure by sex, else the total."""
    return ("P", "L") if {"P", "L"} & set(df.loc[df["indikator"] == ind, "jenis_kelamin"]) else ("T",)


def batas_tahun(df: pd.DataFrame, ind: str) -> tuple[int, int] | None:
    """First and last year with any figure for the indicator (the bounds of the year-range slider)."""
    th = seleksi.tahun_tersedia(df, ind)
    return (int(th[0]), int(th[-1])) if th else None


def wilayah_bawaan(df: pd.DataFrame, ind: str, dipilih: list[str] | None = None) -> list[str]:
    """One regency + Kalteng + Indonesia. The regency is the first one already chosen (the `wil` shared with the
    other pages), else the one with most published years for the indicator (ties: BPS code order)."""
    kab = [k for k in (dipilih or []) if k in regions.KABKOTA]
    if not kab:
        n = (df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA)].groupby("kode_bps")["tahun"]
             .nunique().reindex(list(regions.KABKOTA), fill_value=0))
        kab = [n.sort_values(ascending=False, kind="stable").index[0]]
    return [kab[0], *ACUAN]


@dataclass(frozen=True)
class Perbandingan:
    indikator: str
    satuan: str
    jk: tuple[str, ...]            # ("P", "L") or ("T",)
    rentang: tuple[int, int]
    wilayah: tuple[str, ...]       # chosen codes, in the order chosen
    titik: pd.DataFrame            # published figures drawn: kode_bps, wilayah, jenis_kelamin, tahun, nilai
    tabel: pd.DataFrame            # region × year: kode_bps, wilayah, tahun, P, L, gap, rasio (or T), sumber, tingkat
    kosong: tuple[str, ...]        # names of chosen regions without any figure for the indicator in the range
    hanya_total: tuple[str, ...]   # names of chosen regions with a total but no figure by sex in the range
    pembanding: str | None         # the other series across a method break
    sumber: tuple[str, ...]        # sources of the figures drawn

    @property
    def satuan_selisih(self) -> str:
        return fmt.satuan_selisih(self.satuan)

    def garis(self) -> dict[tuple[str, str], pd.DataFrame]:
        """{(region name, sex): tahun, nilai} over every year of the range, NaN where nothing is published, in
        the order chosen (women before men)."""
        out = {}
        for k in self.wilayah:
            for jk in self.jk:
                s = self.titik[(self.titik["kode_bps"] == k) & (self.titik["jenis_kelamin"] == jk)]
                if len(s):
                    out[(regions.NAMA[k], jk)] = seleksi.isi_tahun_kosong(s, *self.rentang)
        return out


def bandingkan(df: pd.DataFrame, ind: str, wilayah: list[str], rentang: tuple[int, int]) -> Perbandingan:
    """The selection: indicator `ind`, regions `wilayah` (BPS codes, the 14 regencies, 6200 and 0000) and the
    inclusive year range. `df` may carry a `tingkat` column (source grade); it is computed when absent."""
    wilayah = [k for k in dict.fromkeys(wilayah) if k in regions.NAMA]
    awal, akhir = int(rentang[0]), int(rentang[1])
    jk = jenis_kelamin(df, ind)
    sel = df[(df["indikator"] == ind) & df["kode_bps"].isin(wilayah) & df["tahun"].between(awal, akhir)]
    if "tingkat" not in sel:
        sel = sel.assign(tingkat=tingkat_sumber(sel["sumber"], muat_sumber()))
    gambar = sel[sel["jenis_kelamin"].isin(jk)]
    urut = {k: n for n, k in enumerate(wilayah)}
    titik = (gambar.assign(_w=gambar["kode_bps"].map(urut), wilayah=gambar["kode_bps"].map(regions.NAMA))
             .sort_values(["_w", "jenis_kelamin", "tahun"], ascending=[True, False, True])
             [["kode_bps", "wilayah", "jenis_kelamin", "tahun", "nilai"]].reset_index(drop=True))
    ada = set(titik["kode_bps"])
    total = set(sel.loc[sel["jenis_kelamin"] == "T", "kode_bps"]) if jk != ("T",) else set()
    return Perbandingan(
        indikator=ind, satuan=str(sel["satuan"].iloc[0]) if len(sel) else _satuan(df, ind), jk=jk,
        rentang=(awal, akhir), wilayah=tuple(wilayah), titik=titik, tabel=_tabel(gambar, jk, urut),
        kosong=tuple(regions.NAMA[k] for k in wilayah if k not in ada and k not in total),
        hanya_total=tuple(regions.NAMA[k] for k in wilayah if k not in ada and k in total),
        pembanding=seleksi.seri_pembanding(ind), sumber=tuple(sorted(gambar["sumber"].unique())))


def _satuan(df: pd.DataFrame, ind: str) -> str:
    s = df.loc[df["indikator"] == ind, "satuan"]
    return str(s.iloc[0]) if len(s) else ""


def _tabel(gambar: pd.DataFrame, jk: tuple[str, ...], urut: dict[str, int]) -> pd.DataFrame:
    """Region × year with P, L, gap P − L and ratio P / L (or the total), and the sources and grades of the row."""
    kolom = ["kode_bps", "wilayah", "tahun", *(["P", "L", "gap", "rasio"] if jk != ("T",) else ["T"]),
             "sumber", "tingkat"]
    if not len(gambar):
        return pd.DataFrame(columns=kolom)
    w = seleksi.lebar_jk(gambar)
    asal = (gambar.groupby(["kode_bps", "tahun"])
            .agg(sumber=("sumber", lambda s: " | ".join(dict.fromkeys(s))),
                 tingkat=("tingkat", lambda s: " | ".join(dict.fromkeys(s)))).reset_index())
    w = w.merge(asal, on=["kode_bps", "tahun"], how="left")
    w["wilayah"] = w["kode_bps"].map(regions.NAMA)
    w["tahun"] = w["tahun"].astype(int)
    w = w.assign(_w=w["kode_bps"].map(urut)).sort_values(["_w", "tahun"])
    return w[kolom].reset_index(drop=True)


def peta(df: pd.DataFrame, ind: str, rentang: tuple[int, int], mode: str) -> tuple[int | None, pd.DataFrame,
                                                                                     pd.DataFrame]:
    """The map of the 14 regencies for the latest year of the range in which any regency has a value for `mode`
    (P, L, T, gap, rasio): (year or None, the 14 regencies' values, Kalteng and Indonesia in that year)."""
    kab = df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA)
             & df["tahun"].between(int(rentang[0]), int(rentang[1]))]
    w = seleksi.lebar_jk(kab) if len(kab) else pd.DataFrame(columns=["tahun", mode])
    tahun = w.loc[w[mode].notna(), "tahun"].max() if mode in w else None
    tahun = None if tahun is None or pd.isna(tahun) else int(tahun)
    if tahun is None:
        kosong = seleksi.nilai_wilayah(df.iloc[0:0], ind, None, mode)
        return None, kosong, seleksi.nilai_wilayah(df.iloc[0:0], ind, None, mode, kode=list(ACUAN))
    return (tahun, seleksi.nilai_wilayah(df, ind, tahun, mode),
            seleksi.nilai_wilayah(df, ind, tahun, mode, kode=list(ACUAN)))
