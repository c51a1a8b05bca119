"""Profile of one region: every registry indicator with its latest value, rank, benchmarks and a sparkline.

Nothing is filled in: an indicator the region has no figure for is listed with NaN ("data tidak tersedia").
The rank among the 14 kab/kota uses the registry's better direction and is given only when at least two
kab/kota have a value for that indicator, sex and year. Province and national values are taken from the same
year where published, else from the nearest year, and that year is always shown beside them.

`tampilan` and `tren` return everything the Profil Wilayah page shows, so the page only lays it out. A missing
figure becomes a to-do: which producer publishes it, and where the other kab/kota's figures came from.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import data as kd, fmt, komposit, regions, seleksi, sumber as sumber_mod
from .teks import t

KOLOM = ["indikator", "label", "sektor", "satuan", "arah", "jk", "tahun", "nilai", "peringkat", "n_peringkat",
         "kalteng", "tahun_kalteng", "indonesia", "tahun_indonesia", "seri_tahun", "seri_nilai", "sumber"]
MIN_PERINGKAT = 2  # a rank needs at least two kab/kota with a value in the same year


def wilayah_profil() -> list[str]:
    """Regions a profile can be shown for: the province first, then the 14 kab/kota."""
    return [regions.PROVINSI, *regions.KABKOTA]


def kelengkapan(df: pd.DataFrame, reg: pd.DataFrame, kode: str) -> dict:
    """Share of registry indicators with any published figure for the region (the completeness badge)."""
    ada = set(df.loc[df["kode_bps"] == kode, "indikator"]) & set(reg["id"])
    n, total = len(ada), len(reg)
    persen = 100.0 * n / total if total else np.nan
    kelas = "baik" if persen >= 50 else ("sedang" if persen >= 20 else "rendah")
    return {"n_ada": n, "n_total": total, "persen": persen, "kelas": kelas}


def _jk_utama(sub: pd.DataFrame) -> str | None:
    """The sex the headline value uses: total if published, else women, else men."""
    ada = set(sub["jenis_kelamin"])
    for jk in ("T", "P", "L"):
        if jk in ada:
            return jk
    return None


def _terdekat(df_ind: pd.DataFrame, kode: str, jk: str, tahun: int) -> tuple[float, float]:
    """(value, year) of a region for the same year if published, else the nearest year (earlier on a tie)."""
    s = df_ind[(df_ind["kode_bps"] == kode) & (df_ind["jenis_kelamin"] == jk)]
    if s.empty:
        return np.nan, np.nan
    jarak = (s["tahun"] - tahun).abs() * 2 + (s["tahun"] > tahun)  # earlier year wins a tie
    baris = s.loc[jarak.idxmin()]
    return float(baris["nilai"]), int(baris["tahun"])


def peringkat_kabkota(df_ind: pd.DataFrame, kode: str, jk: str, tahun: int, arah: str) -> tuple[float, int]:
    """(rank, number of kab/kota ranked) for one indicator, sex and year; (NaN, n) when no rank applies."""
    s = df_ind[(df_ind["jenis_kelamin"] == jk) & (df_ind["tahun"] == tahun)
               & df_ind["kode_bps"].isin(regions.KABKOTA)].dropna(subset=["nilai"])
    n = int(s["kode_bps"].nunique())
    if kode not in regions.KABKOTA or arah not in ("naik", "turun") or n < MIN_PERINGKAT \
            or kode not in set(s["kode_bps"]):
        return np.nan, n
    r = seleksi.peringkat(s.set_index("kode_bps")["nilai"], arah)
    return float(r[kode]), n


def profil(df: pd.DataFrame, reg: pd.DataFrame, kode: str) -> pd.DataFrame:
    """One row per registry indicator (registry order) for region `kode`; see KOLOM.

    `jk` is the sex of the headline value (T, else P, else L); `seri_tahun`/`seri_nilai` are the region's
    published years and values for that sex (the sparkline). Indicators without data have NaN and empty series.
    """
    baris = []
    kosong = df.iloc[0:0]
    kelompok = {k: g for k, g in df.groupby("indikator", sort=False)}
    for _, r in reg.iterrows():
        ind = r["id"]
        d_ind = kelompok.get(ind, kosong)
        sub = d_ind[d_ind["kode_bps"] == kode]
        rec = {"indikator": ind, "label": r["label_id"], "sektor": r["sektor"], "satuan": r["satuan"],
               "arah": r["arah"], "jk": None, "tahun": np.nan, "nilai": np.nan, "peringkat": np.nan,
               "n_peringkat": 0, "kalteng": np.nan, "tahun_kalteng": np.nan, "indonesia": np.nan,
               "tahun_indonesia": np.nan, "seri_tahun": [], "seri_nilai": [], "sumber": ""}
        jk = _jk_utama(sub)
        if jk is not None:
            s = sub[sub["jenis_kelamin"] == jk].sort_values("tahun")
            akhir = s.iloc[-1]
            tahun = int(akhir["tahun"])
            rec.update(jk=jk, tahun=tahun, nilai=float(akhir["nilai"]), sumber=akhir["sumber"],
                       seri_tahun=s["tahun"].astype(int).tolist(), seri_nilai=s["nilai"].astype(float).tolist())
            rec["peringkat"], rec["n_peringkat"] = peringkat_kabkota(d_ind, kode, jk, tahun, r["arah"])
            if kode != regions.PROVINSI:
                rec["kalteng"], rec["tahun_kalteng"] = _terdekat(d_ind, regions.PROVINSI, jk, tahun)
            rec["indonesia"], rec["tahun_indonesia"] = _terdekat(d_ind, regions.NASIONAL, jk, tahun)
        baris.append(rec)
    return pd.DataFrame(baris, columns=KOLOM)


def teks_peringkat(peringkat: float, n: int, kode: str, arah: str, ada: bool = True, laporan: bool = False,
                   lang: str = "id") -> str:
    """'3 dari 11' or why there is no rank (`ada` = the region has a value at all; `laporan` = reported cases,
    which are not ranked: reports are not prevalence)."""
    if kode not in regions.KABKOTA or not ada:
        return "—"
    if laporan:
        return t("profil_laporan_tanpa_peringkat", lang)
    if not pd.isna(peringkat):
        return t("profil_peringkat", lang).format(r=int(peringkat), n=n)
    if arah == "netral":
        return t("profil_netral", lang)
    if n < MIN_PERINGKAT:
        return t("profil_n_data", lang).format(n=n)
    return "—"


def indikator_ada(prof: pd.DataFrame) -> list[str]:
    """Indicators with a value for the region, most years of data first (for the trend selector)."""
    p = prof[prof["nilai"].notna()]
    return p.assign(_n=p["seri_tahun"].map(len)).sort_values("_n", ascending=False, kind="stable")["indikator"].tolist()


def seri_banding(df: pd.DataFrame, ind: str, kode: str, jk: str) -> dict[str, pd.DataFrame]:
    """Series of the region, Kalteng and Indonesia for one indicator and sex, keyed by region name."""
    kode_semua = [kode] + [k for k in (regions.PROVINSI, regions.NASIONAL) if k != kode]
    return {regions.NAMA[k]: seleksi.seri(df, ind, k, jk) for k in kode_semua}


# Where a missing figure is published, by the registry's producer (a hint to look, never a number).
CARI_DI = {
    "BPS": ("BPS: \"{w} Dalam Angka\" atau tabel dinamis \"{i} menurut Kabupaten/Kota\" (kalteng.bps.go.id)",
            "BPS: \"{w} Dalam Angka\" or the dynamic table \"{i} by regency\" (kalteng.bps.go.id)"),
    "DP3APPKB (SIMFONI-PPA)": ("DP3APPKB Kalteng: rekap SIMFONI-PPA per kab/kota",
                               "DP3APPKB Kalteng: SIMFONI-PPA summary by regency"),
    "KPU": ("KPU kabupaten/kota: penetapan calon dan kursi DPRD", "Regency KPU: candidates and DPRD seats decided"),
    "Pengadilan Agama": ("Pengadilan Agama: laporan perkara tahunan", "Religious court: annual case report"),
}


@dataclass(frozen=True)
class Kelengkapan:
    n_ada: int
    n_total: int
    persen: float
    kelas: str        # baik / sedang / rendah
    teks: str


@dataclass(frozen=True)
class TampilanProfil:
    nama: str
    judul: str
    kelengkapan: Kelengkapan
    tabel: pd.DataFrame          # every registry indicator (kolom.KOLOM keys)
    tabel_ada: pd.DataFrame      # only those with a figure
    n_kosong: int
    kosong_teks: str
    todo: pd.DataFrame           # missing indicators: label, sektor, cakupan, cari_di
    cakupan_wilayah: pd.DataFrame  # wilayah, cakupan: the completeness of every region, this one marked
    opsi_tren: list[str]         # indicators with a figure, most years first
    ikg_tahun: int | None        # latest published IKG, None: not published for the region
    ikg_info: str                # why there is no IKG (when ikg_tahun is None)
    ikg_penjelasan: list[str]    # what the components say, when IKG is not published


def kelengkapan_teks(k: dict, lang: str = "id") -> Kelengkapan:
    teks = t("profil_kelengkapan", lang).format(n=k["n_ada"], total=k["n_total"], p=fmt.angka(k["persen"], 1))
    return Kelengkapan(k["n_ada"], k["n_total"], k["persen"], k["kelas"], teks)


def _nilai_tahun(v: float, th: float, satuan: str, lang: str) -> str:
    return t("tidak_tersedia", lang) if pd.isna(v) else f"{fmt.nilai_satuan(v, satuan)} ({int(th)})"


def tabel_tampil(prof: pd.DataFrame, kode: str, tabel_sumber: pd.DataFrame, samar: pd.DataFrame | None = None,
                 reg: pd.DataFrame | None = None, lang: str = "id") -> pd.DataFrame:
    """Display table (kolom.KOLOM keys): numbers the Indonesian way, 'data tidak tersedia' for gaps, 'disamarkan'
    where a small count is withheld, the sparkline as a list, the source as its publisher and grade."""
    jk_teks = {"T": "", "P": " (P)", "L": " (L)", None: ""}
    label = prof["indikator"].map(dict(zip(reg["id"], reg["label_en"]))) if lang == "en" and reg is not None \
        else prof["label"]
    ditahan = set() if samar is None or samar.empty else set(samar.loc[samar["kode_bps"] == kode, "indikator"])
    penerbit = dict(zip(tabel_sumber["sumber"], tabel_sumber["penerbit"]))
    peta = sumber_mod.peta_tingkat(tabel_sumber)

    def sebut(u: str) -> str:
        if not u:
            return ""
        g = peta.get(u) or sumber_mod.tingkat_aturan(u)
        return f"{penerbit.get(u) or t('sumber_lain', lang)} ({sumber_mod.singkat(g, lang)})"

    def nilai(v, s, ind):
        if not pd.isna(v):
            return fmt.nilai_satuan(v, s, lang=lang)
        return t("disamarkan", lang) if ind in ditahan else t("tidak_tersedia", lang)

    return pd.DataFrame({
        "label": [lbl + jk_teks.get(j, "") for lbl, j in zip(label, prof["jk"])],
        "nilai_terbaru": [nilai(v, s, i) for v, s, i in zip(prof["nilai"], prof["satuan"], prof["indikator"])],
        "satuan": prof["satuan"],
        "tahun": ["" if pd.isna(x) else str(int(x)) for x in prof["tahun"]],
        "tren": prof["seri_nilai"],
        "peringkat": [teks_peringkat(r, n, kode, a, not pd.isna(v), s == "perlindungan", lang) for r, n, a, v, s in
                      zip(prof["peringkat"], prof["n_peringkat"], prof["arah"], prof["nilai"], prof["sektor"])],
        "kalteng": ["—" if kode == regions.PROVINSI else _nilai_tahun(v, th, s, lang)
                    for v, th, s in zip(prof["kalteng"], prof["tahun_kalteng"], prof["satuan"])],
        "indonesia": [_nilai_tahun(v, th, s, lang)
                      for v, th, s in zip(prof["indonesia"], prof["tahun_indonesia"], prof["satuan"])],
        "sektor": [t(x, lang) for x in prof["sektor"]],
        "tahun_data": [f"{a[0]}–{a[-1]} ({len(a)} {t('tahun', lang).lower()})" if len(a) > 1
                       else (str(a[0]) if a else "") for a in prof["seri_tahun"]],
        "sumber": [sebut(u) for u in prof["sumber"]],
    }).reset_index(drop=True)


def cakupan_indikator(df: pd.DataFrame, reg: pd.DataFrame) -> dict[str, int]:
    """How many of the 14 kab/kota have any figure, per registry indicator."""
    n = df[df["kode_bps"].isin(regions.KABKOTA)].groupby("indikator")["kode_bps"].nunique()
    return {i: int(n.get(i, 0)) for i in reg["id"]}


def _todo(df, reg, prof, kode, tabel_sumber, samar, lang) -> pd.DataFrame:
    """Missing indicators as a to-do list: where the figure is published and where other regions' came from."""
    kosong = prof[prof["nilai"].isna()]
    ditahan = set() if samar is None or samar.empty else set(samar.loc[samar["kode_bps"] == kode, "indikator"])
    kosong = kosong[~kosong["indikator"].isin(ditahan)]  # withheld is published, only not shown
    info = reg.set_index("id")
    n_kab = cakupan_indikator(df, reg)
    penerbit = dict(zip(tabel_sumber["sumber"], tabel_sumber["penerbit"]))
    nama = regions.NAMA[kode]
    k = 1 if lang == "en" else 0
    baris = []
    for r in kosong.itertuples():
        produsen = info.at[r.indikator, "produsen"]
        label = info.at[r.indikator, "label_en" if lang == "en" else "label_id"]
        pola = CARI_DI.get(produsen)
        cari = pola[k].format(w=nama, i=label) if pola else f"{produsen}"
        lain = df.loc[(df["indikator"] == r.indikator) & (df["kode_bps"] != kode), "sumber"]
        if len(lain):
            u = lain.value_counts().index[0]
            cari += f"; {t('profil_lain_dari', lang)} {penerbit.get(u) or t('sumber_lain', lang)}"
        baris.append({"label": label, "sektor": t(r.sektor, lang), "cakupan": f"{n_kab[r.indikator]}/14",
                      "cari_di": cari})
    return pd.DataFrame(baris, columns=["label", "sektor", "cakupan", "cari_di"])


def cakupan_wilayah(df: pd.DataFrame, reg: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Completeness of every region (Kalteng, then the 14 kab/kota by share, highest first)."""
    baris = [{"wilayah": regions.NAMA[k], "cakupan": kelengkapan(df, reg, k)["persen"]} for k in wilayah_profil()]
    out = pd.DataFrame(baris)
    out = pd.concat([out.iloc[:1], out.iloc[1:].sort_values("cakupan", ascending=False, kind="stable")])
    out["cakupan"] = [f"{fmt.angka(p, 1, lang=lang)} %" for p in out["cakupan"]]
    return out.reset_index(drop=True)


def tampilan(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tabel_sumber: pd.DataFrame,
             samar: pd.DataFrame | None = None, lang: str = "id") -> TampilanProfil:
    """Everything the Profil Wilayah page shows for one region, but the trend (see `tren`)."""
    nama = regions.NAMA[kode]
    prof = profil(df, reg, kode)
    tabel = tabel_tampil(prof, kode, tabel_sumber, samar, reg, lang)
    n_kosong = int(prof["nilai"].isna().sum())
    ikg = komposit.tahun_ikg_terbit(df, kode)
    penjelasan: list[str] = []
    if ikg is None:
        th = komposit.tahun_bawaan(df, kode)
        penjelasan = komposit.penjelasan_ikg(df, kode, th)[1:] if th is not None and lang != "en" else []
    return TampilanProfil(
        nama=nama, judul=t("profil_semua", lang).format(w=nama),
        kelengkapan=kelengkapan_teks(kelengkapan(df, reg, kode), lang),
        tabel=tabel, tabel_ada=tabel[prof["nilai"].notna().to_numpy()].reset_index(drop=True),
        n_kosong=n_kosong, kosong_teks=t("profil_n_kosong", lang).format(n=n_kosong, w=nama),
        todo=_todo(df, reg, prof, kode, tabel_sumber, samar, lang), cakupan_wilayah=cakupan_wilayah(df, reg, lang),
        opsi_tren=indikator_ada(prof), ikg_tahun=ikg,
        ikg_info=t("profil_tanpa_ikg", lang).format(w=nama), ikg_penjelasan=penjelasan)


@dataclass(frozen=True)
class Tren:
    judul: str
    satuan: str
    keterangan: str          # unit, definition, producer
    sumber: list[str]        # sources of the lines drawn
    kosong: str              # regions without a figure, or ""
    tabel: pd.DataFrame      # wilayah, tahun, nilai (display)


def data_tren(df: pd.DataFrame, reg: pd.DataFrame, kode: str, ind: str,
              lang: str = "id") -> tuple[dict[str, pd.DataFrame], str, str, set[str]]:
    """(series by region name, title, unit, benchmark names): what charts.tren draws."""
    prof = profil(df, reg[reg["id"] == ind], kode).iloc[0]
    jk = prof["jk"] or "T"
    seri = seri_banding(df, ind, kode, jk)
    th = sorted({int(x) for s in seri.values() for x in s["tahun"]})
    rentang = "" if not th else (f"{th[0]}–{th[-1]}" if len(th) > 1 else str(th[0]))
    i = reg.set_index("id").loc[ind]
    label = i["label_en" if lang == "en" else "label_id"]
    judul = f"{label} ({t(jk, lang)}) — {regions.NAMA[kode]}, {rentang} ({kd.satuan(reg, ind, lang)})"
    return seri, judul, i["satuan"], {n for n in seri if n != regions.NAMA[kode]}


def tren(df: pd.DataFrame, reg: pd.DataFrame, kode: str, ind: str, lang: str = "id") -> Tren:
    """The trend section of one indicator: the region against Kalteng and Indonesia (figure: data_tren)."""
    seri, judul, satuan, _ = data_tren(df, reg, kode, ind, lang)
    i = reg.set_index("id").loc[ind]
    ket = (f"**{t('satuan', lang)}:** {kd.satuan(reg, ind, lang)}. **{t('definisi', lang)}:** "
           f"{kd.definisi(reg, ind, lang)} "
           f"**{t('produsen', lang)}:** {i['produsen']}.")
    kode_semua = {kode, regions.PROVINSI, regions.NASIONAL}
    sumber = sorted(df.loc[(df["indikator"] == ind) & df["kode_bps"].isin(kode_semua), "sumber"].unique().tolist())
    kosong = [n for n, s in seri.items() if not len(s)]
    tabel = pd.DataFrame([{"wilayah": n, "tahun": str(int(r.tahun)), "nilai": fmt.nilai_satuan(r.nilai, satuan, lang=lang)}
                          for n, s in seri.items() for r in s.itertuples()], columns=["wilayah", "tahun", "nilai"])
    return Tren(judul, satuan, ket, sumber, f"{', '.join(kosong)}: {t('tidak_tersedia', lang)}." if kosong else "",
                tabel)
