"""Views of Ringkasan (app.py), Peta & Peringkat and Bandingkan: everything a page section shows, computed once per
selection and returned as a dataclass with its figures built, so the page only lays it out (and a warm rerun only
draws).

The callers cache a view on its arguments (ui.olah_grafik); a view and its figures must not be modified.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import banding, charts, data as kd, fmt, privasi, regions, seleksi, unduh
from .teks import t


def _info(reg: pd.DataFrame, ind: str) -> dict:
    return reg.set_index("id").loc[ind].to_dict()


def _label(info: dict, lang: str) -> str:
    return info["label_en" if lang == "en" else "label_id"]


def satuan_mode(satuan: str, mode: str) -> str:
    """The unit of what is shown: a P/L ratio has none of its own; a gap of percentages is in percentage points."""
    return {"rasio": "rasio P/L", "gap": fmt.satuan_selisih(satuan)}.get(mode, satuan)


def teks_nilai(v: float, satuan: str, mode: str, samar: bool, lang: str) -> str:
    """A value as written on the page: a sign only before a gap, withheld counts named so, missing as missing."""
    if np.isnan(v):
        return t("disamarkan", lang) if samar else t("tidak_tersedia", lang)
    return fmt.nilai_satuan(v, satuan, tanda=mode == "gap", lang=lang)


def _tabel_wilayah(nilai: pd.DataFrame, satuan: str, mode: str, ditahan, lang: str) -> pd.DataFrame:
    """The map's table: region, year and value as written on the page (withheld and missing said so)."""
    return pd.DataFrame({
        t("wilayah", lang): nilai["wilayah"],
        t("tahun", lang): nilai["tahun"].map(lambda x: "" if pd.isna(x) else str(int(x))),
        fmt.satuan(satuan, lang): [teks_nilai(v, satuan, mode, k in ditahan, lang)
                                   for v, k in zip(nilai["nilai"], nilai["kode_bps"])]})


def nama_indikator(df: pd.DataFrame, reg: pd.DataFrame, sektor: str, lang: str) -> dict[str, str]:
    """{indicator: its name in the indicator picker, with how many of the 14 regencies have data}, registry
    order, the indicators of `sektor` ("semua": all) that hold at least one published row."""
    n_kab = df[df["kode_bps"].isin(regions.KABKOTA)].groupby("indikator")["kode_bps"].nunique()
    kolom = reg.set_index("id")["label_en" if lang == "en" else "label_id"]
    return {i: f"{kolom[i]} — {n_kab.get(i, 0)}/14 kab/kota" for i in seleksi.indikator_tersedia(df, reg, sektor)}


@dataclass(frozen=True)
class PetaPeringkat:
    judul: str
    peta: go.Figure
    batang: go.Figure
    ket_batang: str                  # what the reference lines are (or why there are none)
    nilai_judul: str                 # "Kapuas · 2023"
    nilai: str
    peringkat: str                   # "3 / 13", or "–"
    ket_peringkat: str
    acuan: tuple[str, ...]           # "**Kalteng · 2023:** 54,1"
    n_ada: int
    tabel: pd.DataFrame              # displayed: region, year, value (written out), rank


def peta_peringkat(df: pd.DataFrame, reg: pd.DataFrame, samar: pd.DataFrame, geojson: dict, pusat: dict, ind: str,
                   tahun: int, mode: str, wil: str, lang: str) -> PetaPeringkat:
    """One indicator in one year over the 14 regencies as a map and ranked bars, the selected region's value and
    rank, Kalteng and Indonesia in the same year, and the table of what is drawn."""
    i = _info(reg, ind)
    satuan = satuan_mode(i["satuan"], mode)
    divergen, tengah = mode in ("gap", "rasio"), 1.0 if mode == "rasio" else 0.0
    nilai = seleksi.nilai_wilayah(df, ind, tahun, mode)
    acuan = seleksi.nilai_wilayah(df, ind, tahun, mode, kode=[regions.PROVINSI, regions.NASIONAL])
    nama_samar = set(privasi.wilayah_disamarkan(samar, ind, tahun))
    ditahan = tuple(k for k, n in regions.KABKOTA.items() if n in nama_samar)
    kosong = dict(samar=ditahan, teks_kosong=t("tidak_tersedia", lang), teks_samar=t("disamarkan", lang))
    judul = f"{_label(i, lang)} — {t(mode, lang)}, {tahun} ({fmt.satuan(satuan, lang)})"
    garis = dict(zip(["Kalteng", "Indonesia"], acuan["nilai"])) if seleksi.acuan_sebanding(i["jenis"], mode) else {}
    peta = charts.peta(nilai, geojson, pusat, judul, satuan, divergen=divergen, titik_tengah=tengah, pilih=wil,
                       tanda=mode == "gap", lang=lang, **kosong)
    batang = charts.batang_peringkat_sorot(nilai, judul, satuan, garis, divergen, tengah, wil, tanda=mode == "gap",
                                           lang=lang, **kosong)
    peringkat = seleksi.diperingkat(i["jenis"], mode)
    r = seleksi.rincian_wilayah(nilai, wil, i["arah"], mode)
    if not peringkat:
        teks_rank, ket_rank = "–", t("tidak_diperingkat", lang)
    else:
        teks_rank = "–" if r["peringkat"] is None else f"{r['peringkat']} / {r['n']}"
        kunci = mode if mode in ("gap", "rasio") else i["arah"]
        ket_rank = t("dari_berdata", lang).format(n=r["n"]) + "; " + t(f"urut_{kunci}", lang) if r["n"] else ""
    tabel = seleksi.tabel_peringkat(nilai, acuan, i["arah"], mode)
    tabel = _tabel_wilayah(tabel, satuan, mode, ditahan, lang).assign(
        **({t("peringkat", lang): tabel["peringkat"]} if peringkat else {}))
    return PetaPeringkat(
        judul=judul, peta=charts.beri_judul(peta, judul, 45),
        batang=charts.beri_judul(batang, f"{t('peringkat_judul', lang)}: {judul}", 45),
        ket_batang=t("acuan_tahun_sama", lang) if garis else t("acuan_jumlah", lang).format(satuan=fmt.satuan(satuan, lang)),
        nilai_judul=f"{regions.NAMA[wil]} · {tahun}", nilai=teks_nilai(r["nilai"], satuan, mode, wil in ditahan, lang),
        peringkat=teks_rank, ket_peringkat=ket_rank,
        acuan=tuple(f"**{nama} · {tahun}:** {teks_nilai(v, satuan, mode, False, lang)}"
                    for nama, v in zip(["Kalteng", "Indonesia"], acuan["nilai"])),
        n_ada=int(nilai["nilai"].notna().sum()), tabel=tabel)


@dataclass(frozen=True)
class Banding:
    """The comparison view's chart and table section (pages/2_Bandingkan.py)."""
    b: banding.Perbandingan
    label: str
    judul: str
    peringatan: tuple[str, ...]      # regions without a figure, stated above the chart
    grafik: go.Figure
    tabel: pd.DataFrame              # the office table as shown on screen


def banding_grafik(df: pd.DataFrame, reg: pd.DataFrame, ind: str, wilayah: tuple[str, ...],
                   rentang: tuple[int, int], lang: str) -> Banding:
    b = banding.bandingkan(df, ind, list(wilayah), rentang)
    label = _label(_info(reg, ind), lang)
    jk = t("banding_pl" if b.jk != ("T",) else "banding_total", lang)
    judul = t("banding_grafik_judul", lang).format(ind=label, jk=jk, a=rentang[0], b=rentang[1],
                                                   satuan=fmt.satuan(b.satuan, lang))
    peringatan = ((t("banding_kosong", lang).format(w=", ".join(b.kosong), a=rentang[0], b=rentang[1]),)
                  if b.kosong else ()) + \
        ((t("banding_hanya_total", lang).format(w=", ".join(b.hanya_total)),) if b.hanya_total else ())
    nama_jk = {k: t(k, lang).split(" (")[0].lower() for k in b.jk}
    return Banding(b, label, judul, peringatan, charts.banding(b.garis(), nama_jk, b.satuan, b.rentang,
                                                         t("tahun", lang), lang=lang),
                   unduh.tampil_kantor(unduh.tabel_banding(b, label, lang), b.satuan, lang))


@dataclass(frozen=True)
class BandingPeta:
    """The comparison view's map tab: the 14 regencies in the latest year of the range with a figure."""
    tahun: int | None
    peta: go.Figure | None
    acuan: str                       # Kalteng and Indonesia in that year


def banding_peta(df: pd.DataFrame, reg: pd.DataFrame, samar: pd.DataFrame, geojson: dict, pusat: dict, ind: str,
                 rentang: tuple[int, int], mode: str, lang: str) -> BandingPeta:
    tahun, nilai, acuan = banding.peta(df, ind, rentang, mode)
    if tahun is None:
        return BandingPeta(None, None, "")
    satuan = satuan_mode(_info(reg, ind)["satuan"], mode)
    nama_samar = set(privasi.wilayah_disamarkan(samar, ind, tahun))
    peta = charts.peta(nilai, geojson, pusat, f"{t(mode, lang)}, {tahun} ({fmt.satuan(satuan, lang)})", satuan,
                       divergen=mode in ("gap", "rasio"), titik_tengah=1.0 if mode == "rasio" else 0.0,
                       tanda=mode == "gap", lang=lang, samar=tuple(k for k, n in regions.KABKOTA.items() if n in nama_samar),
                       teks_kosong=t("tidak_tersedia", lang), teks_samar=t("disamarkan", lang))
    return BandingPeta(tahun, peta, " · ".join(f"**{r.wilayah} {tahun}:** {teks_nilai(r.nilai, satuan, mode, False, lang)}"
                                                for r in acuan.itertuples()))


# --- the landing page's map and coverage (app.py) ----------------------------------------------------------
def indikator_peta(df: pd.DataFrame, reg: pd.DataFrame, lang: str) -> dict[str, str]:
    """{indicator: name with its regency coverage} for the landing map, the best-covered first (registry order
    among equals), so the default is a measure every regency has."""
    n_kab = df[df["kode_bps"].isin(regions.KABKOTA)].groupby("indikator")["kode_bps"].nunique()
    kolom = reg.set_index("id")["label_en" if lang == "en" else "label_id"]
    ada = set(df["indikator"].unique())
    urut = sorted((i for i in reg["id"] if i in ada), key=lambda i: -n_kab.get(i, 0))
    return {i: f"{kolom[i]} — {n_kab.get(i, 0)}/14 kab/kota" for i in urut}


@dataclass(frozen=True)
class PilihanRingkasan:
    mode: tuple[str, ...]            # T, P, L, gap that the regencies' data fill (a ratio map is Peta & Peringkat's)
    tahun: tuple                     # "terbaru" (each region's latest), then the years newest first
    tahun_bawaan: dict[str, int | str]  # per mode


def pilihan_ringkasan(df: pd.DataFrame, ind: str) -> PilihanRingkasan:
    kab = df[df["kode_bps"].isin(regions.KABKOTA)]
    mode = tuple(m for m in seleksi.mode_tersedia(kab, ind) if m != "rasio") or ("T",)
    tahun = ("terbaru", *reversed(seleksi.tahun_tersedia(kab, ind)))
    return PilihanRingkasan(mode, tahun, {m: seleksi.tahun_bawaan(kab, ind, m) or "terbaru" for m in mode})


@dataclass(frozen=True)
class PetaRingkasan:
    peta: go.Figure
    urut_ket: str                    # how the list beside the map is ordered
    daftar: str                      # markdown list of the 14 regions
    n_ada: int
    tahun: int | None                # for the source caption (None: each region's latest)
    tabel: pd.DataFrame


def peta_ringkasan(df: pd.DataFrame, reg: pd.DataFrame, samar: pd.DataFrame, geojson: dict, pusat: dict, ind: str,
                   tahun: int | str, mode: str, lang: str) -> PetaRingkasan:
    """The landing map of one indicator (a year, or each region's latest) with the regions listed beside it:
    ranked where a rank means something (not counts of reports), withheld counts named so."""
    i = _info(reg, ind)
    th = None if tahun == "terbaru" else int(tahun)
    satuan = satuan_mode(i["satuan"], mode)
    nilai = seleksi.nilai_wilayah(df, ind, th, mode)
    nama_samar = set(privasi.wilayah_disamarkan(samar, ind, th))
    ditahan = tuple(k for k, n in regions.KABKOTA.items() if n in nama_samar)
    judul = f"{_label(i, lang)} — {t(mode, lang)}, " + \
        (t("tahun_terbaru", lang).lower() if th is None else str(th)) + f" ({fmt.satuan(satuan, lang)})"
    peta = charts.peta(nilai, geojson, pusat, judul, satuan, divergen=mode == "gap", tanda=mode == "gap", lang=lang,
                       samar=ditahan, teks_kosong=t("tidak_tersedia", lang), teks_samar=t("disamarkan", lang))
    ada = nilai.dropna(subset=["nilai"])
    if seleksi.diperingkat(i["jenis"], mode):
        rank = seleksi.peringkat_mode(ada["nilai"], i["arah"], mode)
        ada = ada.assign(_r=rank).sort_values(["_r", "wilayah"])
        baris = [f"{int(r)}. {w}: {teks_nilai(v, satuan, mode, False, lang)}"
                 for r, w, v in zip(ada["_r"], ada["wilayah"], ada["nilai"])]
        urut = t(f"urut_{mode if mode == 'gap' else i['arah']}", lang)
    else:
        ada = ada.sort_values("wilayah")
        baris = [f"- {w}: {teks_nilai(v, satuan, mode, False, lang)}" for w, v in zip(ada["wilayah"], ada["nilai"])]
        urut = t("tidak_diperingkat", lang)
    kosong = nilai[nilai["nilai"].isna()]
    baris += [f"- {w}: {teks_nilai(np.nan, satuan, mode, k in ditahan, lang)}"
              for k, w in zip(kosong["kode_bps"], kosong["wilayah"])]
    tabel = _tabel_wilayah(nilai, satuan, mode, ditahan, lang)
    return PetaRingkasan(charts.beri_judul(peta, judul, 45), urut, "\n".join(baris), len(ada), th, tabel)


def cakupan(df: pd.DataFrame, reg: pd.DataFrame, tahun: int | str, lang: str) -> pd.DataFrame:
    """Indicator × region count of published years (blank = none), with names, for `tahun` ("semua": any)."""
    cak = kd.cakupan(df, reg, None if tahun == "semua" else int(tahun))
    nama = reg.set_index("id")["label_en" if lang == "en" else "label_id"]
    cak.index = [nama[x] for x in cak.index]
    cak.columns = [regions.NAMA[c] for c in cak.columns]
    return cak.astype(str).replace("0", "")


def tahun_cakupan(df: pd.DataFrame) -> list:
    return ["semua", *sorted(df["tahun"].unique().tolist(), reverse=True)]
