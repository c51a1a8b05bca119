"""The landing page's gap card: where women lag men, in which sector, in which regency, and what changed.

One call (`ringkasan`) returns everything the landing page shows, so the page only lays it out.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import data as kd, fmt, regions, sektor
from .sumber import RESMI
from .teks import t

SEKTOR_KARTU = ["kesehatan", "pendidikan", "ekonomi", "politik", "perlindungan"]
INDEKS = ("ikg", "ipg", "idg")  # the composite gender indices, in the card's order (better side: registry `arah`)


@dataclass(frozen=True)
class Kesenjangan(sektor.UkuranPL):
    """Women against men on one measure in one year for Kalteng, and Indonesia's where published."""
    L_turunan: bool          # men's share as 100 − women's share (a share of a whole)
    nasional_P: float
    nasional_L: float
    tahun_nasional: int | None


@dataclass(frozen=True)
class Khusus(sektor.Ukuran):
    """A women-only measure (no male counterpart), shown as it is."""
    tahun: int
    nilai: float


@dataclass(frozen=True)
class Terjauh:
    """Regencies furthest from parity on one composite index in its newest official year."""
    indikator: str
    label: str
    satuan: str
    tahun: int
    wilayah: list[tuple[str, float]]     # (name, value), worst first
    judul: str = ""                      # "IKG 2023" (in the page's language) and what furthest means here
    daftar: str = ""                     # the regions as a numbered markdown list


def _dengan_teks(j: Terjauh, label: str, lang: str) -> Terjauh:
    return dataclasses.replace(
        j, judul=f"**{fmt.singkat(label)} {j.tahun}** ({t('terjauh_' + j.indikator, lang)})",
        daftar="\n".join(f"{n}. {w}: {fmt.nilai_satuan(v, j.satuan)}" for n, (w, v) in enumerate(j.wilayah, 1)))


@dataclass(frozen=True)
class Ringkasan:
    sektor: dict[str, list[Kesenjangan | Khusus]]
    terjauh: list[Terjauh]
    perubahan: list[str]


def _nilai(df: pd.DataFrame, kode: str, ind: str, jk: str, tahun: int) -> float:
    v = df.loc[(df["kode_bps"] == kode) & (df["indikator"] == ind) & (df["jenis_kelamin"] == jk)
               & (df["tahun"] == tahun), "nilai"]
    return float(v.iloc[0]) if len(v) else np.nan


def _per_sektor(df: pd.DataFrame, reg: pd.DataFrame, n: int = 2) -> dict[str, list[Kesenjangan | Khusus]]:
    """For each sector, Kalteng's widest female/male gaps by distance from parity (counts of cases left out:
    reports are not prevalence); a women-only measure where the sector has no pair."""
    tabel = sektor.tabel_pl(df, reg)
    prov = tabel[(tabel["kode_bps"] == regions.PROVINSI) & ~tabel["indikator"].isin(kd.hitungan(reg))]
    pangsa = kd.kelompok_jk(reg, "pangsa_perempuan")
    hasil: dict[str, list[Kesenjangan | Khusus]] = {}
    for s in SEKTOR_KARTU:
        sel = prov[(prov["sektor"] == s) & prov["skor"].notna()]
        sel = sel.reindex(sel["skor"].abs().sort_values(ascending=False).index).head(n)
        baris: list[Kesenjangan | Khusus] = []
        for r in sel.itertuples():
            th = int(r.tahun)
            nas_p, nas_l = (_nilai(df, regions.NASIONAL, r.indikator, jk, th) for jk in ("P", "L"))
            if r.indikator in pangsa and not np.isnan(nas_p) and np.isnan(nas_l):
                nas_l = 100.0 - nas_p
            baris.append(Kesenjangan(r.indikator, r.label, s, r.satuan, th, float(r.P), float(r.L),
                                     r.L_asal != "terbit", nas_p, nas_l, th if not np.isnan(nas_p) else None))
        if not baris:
            baris = _khusus(df, reg, s, n)
        hasil[s] = baris
    return hasil


def _khusus(df: pd.DataFrame, reg: pd.DataFrame, s: str, n: int) -> list[Khusus]:
    """A sector's women-only measures for Kalteng (newest first), rates only."""
    info = reg.set_index("id")
    ids = [i for i in reg.loc[reg["sektor"] == s, "id"] if i not in kd.hitungan(reg)]
    sel = df[(df["kode_bps"] == regions.PROVINSI) & df["indikator"].isin(ids) & (df["jenis_kelamin"] == "P")]
    sel = sel.sort_values("tahun").groupby("indikator").tail(1).sort_values("tahun", ascending=False).head(n)
    return [Khusus(r.indikator, info.at[r.indikator, "label_id"], s, info.at[r.indikator, "satuan"], int(r.tahun),
                   float(r.nilai)) for r in sel.itertuples()]


def _terjauh(df: pd.DataFrame, reg: pd.DataFrame, n: int = 3) -> list[Terjauh]:
    info = reg.set_index("id")
    out = []
    for ind in INDEKS:
        arah = info.at[ind, "arah"]
        kab = df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA) & (df["jenis_kelamin"] == "T")]
        if "tingkat" in kab:
            kab = kab[kab["tingkat"].isin(RESMI)]
        if kab.empty:
            continue
        th = int(kab["tahun"].max())
        sel = kab[kab["tahun"] == th].sort_values("nilai", ascending=(arah == "naik")).head(n)
        out.append(Terjauh(ind, info.at[ind, "label_id"], info.at[ind, "satuan"], th,
                           [(regions.NAMA[k], float(v)) for k, v in zip(sel["kode_bps"], sel["nilai"])]))
    return out


def _perubahan(df: pd.DataFrame, reg: pd.DataFrame, n: int = 3, lang: str = "id") -> list[str]:
    """The largest recent changes in Kalteng's gender measures (the newest published year against the one
    before it): composite indices and women's shares."""
    info = reg.set_index("id")
    prov = df[df["kode_bps"] == regions.PROVINSI]
    calon = []
    for ind in INDEKS:
        s = prov[(prov["indikator"] == ind) & (prov["jenis_kelamin"] == "T")].sort_values("tahun")
        if len(s) >= 2:
            calon.append((ind, "T", s.iloc[-2], s.iloc[-1]))
    for ind in sorted(kd.kelompok_jk(reg, "pangsa_perempuan") | {"perkawinan_anak"}):
        s = prov[(prov["indikator"] == ind) & (prov["jenis_kelamin"] == "P")].sort_values("tahun")
        if len(s) >= 2:
            calon.append((ind, "P", s.iloc[-2], s.iloc[-1]))
    kalimat = []
    for ind, jk, awal, akhir in calon:
        v0, v1 = float(awal["nilai"]), float(akhir["nilai"])
        if v0 == 0 or v0 == v1:
            continue
        i = info.loc[ind]
        satuan = " %" if i["satuan"] == "persen" else ""
        nama = i["label_en" if lang == "en" else "label_id"] + \
            (t("di_dprd_provinsi", lang) if ind == "pct_perempuan_parlemen" else "")
        teks = t("perubahan_naik" if v1 > v0 else "perubahan_turun", lang).format(
            nama=nama, a=f"{fmt.nilai_satuan(v0, i['satuan'], lang=lang)}{satuan}", ta=int(awal["tahun"]),
            b=f"{fmt.nilai_satuan(v1, i['satuan'], lang=lang)}{satuan}", tb=int(akhir["tahun"]))
        kalimat.append((abs(v1 - v0) / abs(v0), teks))
    kalimat.sort(key=lambda x: -x[0])
    return [k for _, k in kalimat[:n]]


def ringkasan(df: pd.DataFrame, reg: pd.DataFrame, lang: str = "id") -> Ringkasan:
    label = dict(zip(reg["id"], reg["label_en" if lang == "en" else "label_id"]))
    terjauh = [_dengan_teks(j, label[j.indikator], lang) for j in _terjauh(df, reg)]
    return Ringkasan(_per_sektor(df, reg), terjauh, _perubahan(df, reg, lang=lang))
