"""By-sex indicators per sector: female vs male values, the signed gap, the ratio and the distance from parity.

Only published P and L values are compared. The one exception is an indicator that is itself the women's
share of a whole (registry `kelompok_jk` = pangsa_perempuan: DPRD seats, candidates, professionals, earned
income): there the men's share is 100 − P, a plain identity. Such rows are marked in `L_asal`. Women-only
measures (`khusus_perempuan`) have no male counterpart. A region or indicator without both values stays missing
(NaN), never 0.

`skor` is the signed distance from parity, ln(P / L), turned round for indicators where lower is better.
Negative means worse for women and positive means better. The registry's `arah` sets the sign, and `netral`
indicators such as population counts have no "better" side, so they get no score. Neither do reported cases
(registry `jenis` = laporan): a report count is not prevalence, so more reports is not judged better or worse.

`tampilan` returns everything the Kesenjangan per Sektor page shows, so the page only lays it out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import data as kd, fmt, regions
from .teks import t

# Region order of the heat map: the province and Indonesia first, because most by-sex data exist only there.
URUTAN_WILAYAH = [regions.PROVINSI, regions.NASIONAL, *regions.KABKOTA]
# |P/L − 1| below this counts as parity (1 %).
AMBANG_SETARA = 0.01

STATUS_BURUK = "lebih buruk bagi perempuan"
STATUS_BAIK = "lebih baik bagi perempuan"
STATUS_SETARA = "setara"
STATUS_NETRAL = "tanpa arah lebih baik (netral)"
STATUS_TIDAK_LENGKAP = "tidak bisa dibandingkan (P atau L tidak tersedia)"
STATUS_LAPORAN = "laporan tercatat, tidak dinilai"
STATUS_EN = {STATUS_BURUK: "worse for women", STATUS_BAIK: "better for women", STATUS_SETARA: "parity",
             STATUS_NETRAL: "no better direction (neutral)",
             STATUS_TIDAK_LENGKAP: "not comparable (F or M not available)",
             STATUS_LAPORAN: "reported cases, not judged", fmt.TIDAK_TERSEDIA: "data not available"}

KOLOM_TABEL = ["indikator", "label", "sektor", "satuan", "arah", "kode_bps", "wilayah", "tahun", "P", "L",
               "L_asal", "gap", "rasio", "skor", "status"]


def indikator_sektor(reg: pd.DataFrame, sektor: str | None = None) -> list[str]:
    """By-sex indicators (registry `per_jk`) of a sector (None = all sectors), in registry order."""
    sel = reg[reg["per_jk"]]
    if sektor is not None:
        sel = sel[sel["sektor"] == sektor]
    return sel["id"].tolist()


def indikator_heatmap(reg: pd.DataFrame, sektor: str | None = None) -> list[str]:
    """Columns of the parity heat map: by-sex indicators with a better direction and a possible male value."""
    info = reg.set_index("id")
    return [i for i in indikator_sektor(reg, sektor)
            if info.at[i, "arah"] != "netral" and info.at[i, "kelompok_jk"] != "khusus_perempuan"
            and info.at[i, "jenis"] != "laporan"]


def skor_paritas(p, l, arah: str):
    """Signed distance from parity: ln(P/L), negated when lower is better; NaN for netral or missing/≤ 0."""
    p = pd.to_numeric(pd.Series(p), errors="coerce").astype(float)
    l = pd.to_numeric(pd.Series(l), errors="coerce").astype(float)
    ok = (p > 0) & (l > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.log(p.where(ok) / l.where(ok))
    if arah == "turun":
        return -r
    if arah == "naik":
        return r
    return r * np.nan


def _status(skor: float, rasio: float, arah: str, laporan: bool) -> str:
    if pd.isna(rasio):
        return STATUS_TIDAK_LENGKAP
    if laporan:
        return STATUS_LAPORAN
    if arah == "netral":
        return STATUS_NETRAL
    if abs(rasio - 1) < AMBANG_SETARA:
        return STATUS_SETARA
    if pd.isna(skor):
        return STATUS_TIDAK_LENGKAP
    return STATUS_BURUK if skor < 0 else STATUS_BAIK


def _lebar(df: pd.DataFrame, ids: list[str], pangsa: frozenset[str]) -> pd.DataFrame:
    """(indikator, kode_bps, tahun) rows with P, L and L_asal; shares get L = 100 − P when L is absent."""
    sub = df[df["indikator"].isin(ids) & df["jenis_kelamin"].isin(["P", "L"])]
    if sub.empty:
        return pd.DataFrame(columns=["indikator", "kode_bps", "tahun", "P", "L", "L_asal"])
    w = (sub.pivot_table(index=["indikator", "kode_bps", "tahun"], columns="jenis_kelamin", values="nilai",
                         aggfunc="first").reindex(columns=["P", "L"]).reset_index())
    w.columns.name = None
    w["L_asal"] = np.where(w["L"].notna(), "terbit", "")
    turunan = w["indikator"].isin(pangsa) & w["L"].isna() & w["P"].notna()
    w.loc[turunan, "L"] = 100.0 - w.loc[turunan, "P"]
    w.loc[turunan, "L_asal"] = "100 − P"
    return w


def tabel_pl(df: pd.DataFrame, reg: pd.DataFrame, sektor: str | None = None, tahun: int | None = None,
             indikator: list[str] | None = None) -> pd.DataFrame:
    """One row per (by-sex indicator, region) with a female or male value.

    tahun=None takes the latest year that has both P and L (else the latest year with either), so each region
    shows its most complete comparison. Columns: see KOLOM_TABEL; gap = P − L in the indicator's unit,
    rasio = P / L, skor = signed distance from parity (negative = worse for women), status in words.
    """
    ids = indikator if indikator is not None else indikator_sektor(reg, sektor)
    w = _lebar(df, ids, kd.kelompok_jk(reg, "pangsa_perempuan"))
    if tahun is not None:
        w = w[w["tahun"] == int(tahun)]
    if w.empty:
        return pd.DataFrame(columns=KOLOM_TABEL)
    w = w.assign(_lengkap=w["P"].notna() & w["L"].notna())
    w = w.sort_values(["_lengkap", "tahun"]).groupby(["indikator", "kode_bps"]).tail(1)
    info = reg.set_index("id")
    w["label"] = w["indikator"].map(info["label_id"])
    w["sektor"] = w["indikator"].map(info["sektor"])
    w["satuan"] = w["indikator"].map(info["satuan"])
    w["arah"] = w["indikator"].map(info["arah"])
    w["wilayah"] = w["kode_bps"].map(regions.NAMA)
    w["gap"] = w["P"] - w["L"]
    w["rasio"] = w["P"] / w["L"].where(w["L"] != 0)
    w["skor"] = np.nan
    for arah, idx in w.groupby("arah").groups.items():
        w.loc[idx, "skor"] = skor_paritas(w.loc[idx, "P"], w.loc[idx, "L"], arah).to_numpy()
    laporan = w["indikator"].isin(kd.laporan(reg))
    w.loc[laporan, "skor"] = np.nan
    w["status"] = [_status(s, r, a, k) for s, r, a, k in zip(w["skor"], w["rasio"], w["arah"], laporan)]
    urut_ind = {i: n for n, i in enumerate(reg["id"])}
    urut_wil = {k: n for n, k in enumerate(URUTAN_WILAYAH)}
    w = w.assign(_i=w["indikator"].map(urut_ind), _w=w["kode_bps"].map(urut_wil))
    w = w.sort_values(["_i", "_w"])
    w["tahun"] = w["tahun"].astype(int)
    return w[KOLOM_TABEL].reset_index(drop=True)


def matriks_paritas(tabel: pd.DataFrame, reg: pd.DataFrame, sektor: str | None = None) -> pd.DataFrame:
    """Long table for the heat map: every region of URUTAN_WILAYAH × every heat-map indicator of the sector.

    Cells without both P and L keep skor NaN (drawn as "data tidak tersedia"). Columns: kode_bps, wilayah,
    indikator, label, satuan, arah, tahun, P, L, L_asal, gap, rasio, skor, status.
    """
    ids = indikator_heatmap(reg, sektor)
    info = reg.set_index("id")
    kisi = pd.MultiIndex.from_product([URUTAN_WILAYAH, ids], names=["kode_bps", "indikator"]).to_frame(index=False)
    kolom = ["kode_bps", "indikator", "tahun", "P", "L", "L_asal", "gap", "rasio", "skor", "status"]
    isi = tabel[tabel["indikator"].isin(ids)][kolom] if len(tabel) else pd.DataFrame(columns=kolom)
    out = kisi.merge(isi, on=["kode_bps", "indikator"], how="left")
    out["wilayah"] = out["kode_bps"].map(regions.NAMA)
    out["label"] = out["indikator"].map(info["label_id"])
    out["arah"] = out["indikator"].map(info["arah"])
    out["satuan"] = out["indikator"].map(info["satuan"])
    for k in ("P", "L", "gap", "rasio", "skor"):
        out[k] = pd.to_numeric(out[k], errors="coerce").astype(float)
    out["status"] = out["status"].fillna(fmt.TIDAK_TERSEDIA)
    out["L_asal"] = out["L_asal"].fillna("")
    return out[["kode_bps", "wilayah", "indikator", "label", "satuan", "arah", "tahun", "P", "L", "L_asal", "gap",
                "rasio", "skor", "status"]]


def _daftar_wilayah(sub: pd.DataFrame) -> str:
    """'Kalimantan Tengah (2023, 2025), Kapuas (2021)' in URUTAN_WILAYAH order."""
    bagian = []
    for kode in URUTAN_WILAYAH:
        th = sorted(sub.loc[sub["kode_bps"] == kode, "tahun"].unique().tolist())
        if th:
            bagian.append(f"{regions.NAMA[kode]} ({', '.join(map(str, th))})")
    return ", ".join(bagian)


# coverage sentences, Indonesian and English
_CAKUPAN = {
    "khusus": ("indikator khusus perempuan, tidak ada pembanding laki-laki", "a women-only measure, no male "
               "counterpart"),
    "ada": ("ada untuk", "available for"),
    "pangsa": ("pangsa perempuan (setara = 50 %; pangsa laki-laki dihitung 100 − P)",
               "women's share (parity = 50 %; men's share computed as 100 − F)"),
    "dua": ("P dan L ada untuk", "F and M available for"),
    "salah_satu": ("Hanya salah satu jenis kelamin", "One sex only"),
    "hanya_P": ("hanya angka perempuan (P), tanpa pembanding", "women's figure (F) only, nothing to compare"),
    "hanya_L": ("hanya angka laki-laki (L), tanpa pembanding", "men's figure (M) only, nothing to compare"),
    "total": ("hanya angka total (L+P); menurut jenis kelamin", "total (M+F) only; by sex"),
    "n_kab": ("Kab/kota dengan P dan L: {n} dari 14.", "Regencies with F and M: {n} of 14."),
}


def catatan_cakupan(df: pd.DataFrame, reg: pd.DataFrame, sektor: str | None = None, lang: str = "id") -> pd.DataFrame:
    """One honest coverage note per by-sex indicator of the sector: where P and L exist, and what is missing.

    Columns: indikator, label, n_kabkota (kab/kota with both P and L), catatan.
    """
    k = 1 if lang == "en" else 0
    c = {n: v[k] for n, v in _CAKUPAN.items()}
    kosong = t("tidak_tersedia", lang)
    info = reg.set_index("id")
    khusus, pangsa = kd.kelompok_jk(reg, "khusus_perempuan"), kd.kelompok_jk(reg, "pangsa_perempuan")
    baris = []
    for ind in indikator_sektor(reg, sektor):
        sub = df[df["indikator"] == ind]
        label = info.at[ind, "label_en" if lang == "en" else "label_id"]
        p = sub[sub["jenis_kelamin"] == "P"][["kode_bps", "tahun"]]
        l = sub[sub["jenis_kelamin"] == "L"][["kode_bps", "tahun"]]
        dua = p.merge(l, on=["kode_bps", "tahun"])
        n_kab = int(dua.loc[dua["kode_bps"].isin(regions.KABKOTA), "kode_bps"].nunique())
        if ind in khusus:
            teks = c["khusus"] + (f"; {c['ada']} {_daftar_wilayah(p)}." if len(p) else f"; {kosong}.")
        elif ind in pangsa and len(p):
            n_kab = int(p.loc[p["kode_bps"].isin(regions.KABKOTA), "kode_bps"].nunique())
            teks = f"{c['pangsa']}; {c['ada']} {_daftar_wilayah(p)}."
        elif len(dua):
            teks = f"{c['dua']} {_daftar_wilayah(dua)}."
            hanya = pd.concat([p, l]).drop_duplicates().merge(dua, how="left", indicator=True)
            hanya = hanya[hanya["_merge"] == "left_only"]
            if len(hanya):
                teks += f" {c['salah_satu']}: {_daftar_wilayah(hanya)}."
        elif len(p) or len(l):
            teks = f"{c['hanya_P' if len(p) else 'hanya_L']}; {c['ada']} {_daftar_wilayah(pd.concat([p, l]))}."
        elif len(sub):
            teks = f"{c['total']}: {kosong}."
        else:
            teks = f"{kosong}."
        baris.append({"indikator": ind, "label": label, "n_kabkota": n_kab,
                      "catatan": f"{teks} {c['n_kab'].format(n=n_kab)}"})
    return pd.DataFrame(baris, columns=["indikator", "label", "n_kabkota", "catatan"])


def tahun_pl(df: pd.DataFrame, reg: pd.DataFrame, sektor: str | None = None) -> list[int]:
    """Years with at least one by-sex value in the sector, newest first."""
    ids = indikator_sektor(reg, sektor)
    sel = df[df["indikator"].isin(ids) & df["jenis_kelamin"].isin(["P", "L"])]
    return sorted(sel["tahun"].unique().astype(int).tolist(), reverse=True)


def sektor_tersedia(df: pd.DataFrame, reg: pd.DataFrame) -> list[str]:
    """Sectors (registry order) that have at least one by-sex indicator in the registry."""
    return list(dict.fromkeys(reg.loc[reg["per_jk"], "sektor"]))


def baris_grafik(tabel: pd.DataFrame) -> pd.DataFrame:
    """Rows drawn as female-vs-male panels: both values present and a better direction (not `netral`).

    Columns judul (indicator, region, year, unit) and those of `tabel_pl`; the input to `charts.batang_pl`,
    and exactly what its table view shows."""
    sel = tabel[tabel["P"].notna() & tabel["L"].notna() & (tabel["arah"] != "netral")].copy()
    asal = np.where(sel["L_asal"] == "100 − P", "; L = 100 − P", "")
    sel["judul"] = [f"{lbl} — {w}, {t} ({s}{a})" for lbl, w, t, s, a in
                    zip(sel["label"], sel["wilayah"], sel["tahun"], sel["satuan"], asal)]
    return sel[["judul", *KOLOM_TABEL]].reset_index(drop=True)


def teks_gap(v, satuan: str, lang: str = "id") -> str:
    """A signed difference P − L with its unit; a difference of percentages is in percentage points."""
    if pd.isna(v):
        return t("tidak_tersedia", lang)
    poin = f" {t('poin_persen', lang)}" if satuan == "persen" else ""
    return fmt.nilai_satuan(v, satuan, tanda=True, lang=lang) + poin


def tabel_tampil(tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Display version of `tabel_pl` (columns are kolom.KOLOM keys): Indonesian numbers, the gap signed and in
    percentage points for percentages, the ratio without a sign, 'data tidak tersedia' for gaps."""
    def nilai(v, s):
        return t("tidak_tersedia", lang) if pd.isna(v) else fmt.nilai_satuan(v, s, lang=lang)

    en = lang == "en"
    return pd.DataFrame({
        "label": tabel["label"],
        "wilayah": tabel["wilayah"],
        "tahun": tabel["tahun"].map(lambda x: "" if pd.isna(x) else str(int(x))),
        "P": [nilai(v, s) for v, s in zip(tabel["P"], tabel["satuan"])],
        "L": [nilai(v, s) + (" (100 − P)" if a == "100 − P" else "")
              for v, s, a in zip(tabel["L"], tabel["satuan"], tabel["L_asal"])],
        "satuan": [fmt.satuan(s, lang) for s in tabel["satuan"]],
        "gap": [teks_gap(v, s, lang) for v, s in zip(tabel["gap"], tabel["satuan"])],
        "rasio": [t("tidak_tersedia", lang) if pd.isna(v) else fmt.angka(v, 2, lang=lang) for v in tabel["rasio"]],
        "arah": tabel["arah"].map(lambda a: t(f"arah_{a}", lang)),
        "status": tabel["status"].map(STATUS_EN).fillna(tabel["status"]) if en else tabel["status"],
    }).reset_index(drop=True)


def sumber(df: pd.DataFrame, tabel: pd.DataFrame) -> list[str]:
    """Sources of exactly the (indicator, region, year) rows in `tabel`."""
    if tabel.empty:
        return []
    kunci = tabel.dropna(subset=["tahun"])[["indikator", "kode_bps", "tahun"]].astype({"tahun": int})
    sel = df[df["jenis_kelamin"].isin(["P", "L"])].merge(kunci, on=["indikator", "kode_bps", "tahun"])
    return sorted(sel["sumber"].unique().tolist())


def urut_sektor(tabel: pd.DataFrame, daftar: list[str]) -> list[str]:
    """Sectors with at least one drawable female/male pair first (order otherwise kept)."""
    return sorted(daftar, key=lambda s: 0 if len(baris_grafik(tabel[tabel["sektor"] == s])) else 1)


def pilihan(df: pd.DataFrame, reg: pd.DataFrame) -> dict[str, list[int]]:
    """The page's choices: {"semua" and each sector with a by-sex indicator: its years, newest first}."""
    return {s: tahun_pl(df, reg, None if s == "semua" else s) for s in ["semua", *sektor_tersedia(df, reg)]}


@dataclass(frozen=True)
class Heatmap:
    judul: str
    teks_cakupan: str         # "134 of 336 cells ..."
    sumber: list[str]         # sources of the coloured cells
    tabel: pd.DataFrame       # display table of the coloured cells (kolom.KOLOM keys)
    daftar: list[str]         # the same cells as a list, for a phone (markdown lines)


@dataclass(frozen=True)
class Panel:
    """One sector: the female-vs-male chart, its table, every comparison, and where data are missing."""
    sektor: str
    nama: str
    judul: str
    ada_grafik: bool          # a female/male pair to draw (grafik_halaman.panel_sektor)
    sumber_grafik: list[str]
    tabel_grafik: pd.DataFrame
    tabel: pd.DataFrame       # every comparison of the sector (kolom.KOLOM keys); empty when none
    ada_netral: bool
    laporan: bool             # reported cases: the caption that reports are not prevalence
    cakupan: list[str]        # markdown lines, one per by-sex indicator


@dataclass(frozen=True)
class TampilanSektor:
    heatmap: Heatmap | None   # None: no indicator of the sector has a better direction
    panel: list[Panel]        # sectors with a drawable pair first


def _dengan_bahasa(tabel: pd.DataFrame, reg: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Labels and status in English when asked (the Indonesian ones are the data's own)."""
    if lang != "en" or tabel.empty:
        return tabel
    return tabel.assign(label=tabel["indikator"].map(dict(zip(reg["id"], reg["label_en"]))),
                        status=tabel["status"].map(STATUS_EN).fillna(tabel["status"]))


def _judul(sektor: str | None, tahun: int | None, lang: str) -> tuple[str, str]:
    return (t("semua_sektor", lang) if sektor is None else t(sektor, lang),
            t("tahun_terbaru", lang).lower() if tahun is None else str(tahun))


def data_heatmap(df: pd.DataFrame, reg: pd.DataFrame, sektor: str | None, tahun: int | None,
                 lang: str = "id") -> tuple[pd.DataFrame, str]:
    """(matrix in the reader's language, title): what charts.heatmap_paritas draws."""
    nama_sektor, nama_tahun = _judul(sektor, tahun, lang)
    m = matriks_paritas(tabel_pl(df, reg, sektor, tahun), reg, sektor)
    judul = (f"{t('heatmap_judul', lang)}: {t('rasio_pl', lang)} — {nama_sektor}, {nama_tahun} "
             f"({t('sektor_heatmap_satuan', lang)})")
    return _dengan_bahasa(m, reg, lang), judul


def data_panel(df: pd.DataFrame, reg: pd.DataFrame, s: str, tahun: int | None,
               lang: str = "id") -> tuple[pd.DataFrame, str]:
    """(female/male rows of sector `s`, title): what charts.batang_pl draws in its panel."""
    nama_tahun = _judul(s, tahun, lang)[1]
    grafik = baris_grafik(_dengan_bahasa(tabel_pl(df, reg, s, tahun), reg, lang))
    return grafik, f"{t('perbandingan_pl', lang)} — {t(s, lang)}, {nama_tahun} ({t('sektor_panel_satuan', lang)})"


def _heatmap(df, reg, sektor, tahun, lang) -> Heatmap | None:
    m, judul = data_heatmap(df, reg, sektor, tahun, lang)
    if m.empty:
        return None
    isi = m.dropna(subset=["skor"])
    teks = t("sektor_sel", lang).format(n=len(isi), total=len(m), kosong=t("tidak_tersedia", lang))
    daftar = []
    for lbl, g in isi.groupby("label", sort=False):
        daftar.append(f"**{lbl}**")
        daftar += [f"- {w} ({int(th)}): {t('rasio_pl', lang)} {fmt.angka(r, 2)} · {s}"
                   for w, th, r, s in zip(g["wilayah"], g["tahun"], g["rasio"], g["status"])]
    return Heatmap(judul, teks, sumber(df, isi), tabel_tampil(isi, lang), daftar)


def _panel(df, reg, tabel, s, tahun, lang) -> Panel:
    nama = t(s, lang)
    sub = _dengan_bahasa(tabel[tabel["sektor"] == s], reg, lang)
    grafik, _ = data_panel(df, reg, s, tahun, lang)
    cak = catatan_cakupan(df, reg, s, lang)
    return Panel(
        sektor=s, nama=nama, judul=f"{nama}: {t('perbandingan_pl', lang).lower()} ({_judul(s, tahun, lang)[1]})",
        ada_grafik=len(grafik) > 0, sumber_grafik=sumber(df, grafik), tabel_grafik=tabel_tampil(grafik, lang),
        tabel=tabel_tampil(sub, lang), ada_netral=bool((sub["arah"] == "netral").any()),
        laporan=bool(reg.loc[reg["sektor"] == s, "jenis"].eq("laporan").any()),
        cakupan=[f"- **{r.label}**: {r.catatan}" for r in cak.itertuples()])


def tampilan(df: pd.DataFrame, reg: pd.DataFrame, sektor: str | None, tahun: int | None,
             lang: str = "id") -> TampilanSektor:
    """Everything the Kesenjangan per Sektor page shows for a sector (None = all) and year (None = latest per
    region), but the figures (grafik_halaman draws them from data_heatmap / data_panel, cached on the same
    arguments): the parity heat map and one panel per sector."""
    tabel = tabel_pl(df, reg, sektor, tahun)
    daftar = urut_sektor(tabel, sektor_tersedia(df, reg)) if sektor is None else [sektor]
    return TampilanSektor(_heatmap(df, reg, sektor, tahun, lang),
                          [_panel(df, reg, tabel, s, tahun, lang) for s in daftar])


@dataclass(frozen=True)
class Ukuran:
    """One measure as a card or a brief names it: the registry's id, its name, sector and unit."""
    indikator: str
    label: str
    sektor: str
    satuan: str


@dataclass(frozen=True)
class UkuranPL(Ukuran):
    """Women against men on one measure in one year (a row of tabel_pl)."""
    tahun: int
    P: float
    L: float

    @property
    def rasio(self) -> float:
        return self.P / self.L if self.L else np.nan
