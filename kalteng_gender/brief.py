"""The leaders' brief, its content: one page per region with the headline indices, gaps, progress, ranks and
plain sentences.

`isi_brief` assembles the content (pure pandas, no rendering). `brief_pdf` lays it out on A4; the Streamlit page
shows the same `Brief`.

Every number a sentence contains comes from the data: a published value (formatted the Indonesian way, see
`fmt`), a year, the difference between two published values of one indicator, or a rank/count of kab/kota
computed from published values. Nothing is estimated, interpolated or rounded into something new.
"""
from __future__ import annotations

import datetime as _dt
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import data as kd, fmt, konteks, regions, sektor, seleksi, sumber as sumber_mod
from .teks import t

UTAMA = ("ikg", "idg", "ipg")
# Counts depend on population size and, for violence, on reporting: not compared as gaps or progress.
SEKTOR_LUAR = {"demografi"}
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
# DejaVu from Debian's fonts-dejavu-core, else the identical copy matplotlib ships (a bare `make run` has it).

CATATAN_METODE = (
    "Kesenjangan terlebar: ukuran yang punya angka perempuan (P) dan laki-laki (L) pada tahun yang sama (untuk "
    "pangsa perempuan, L = 100 − P), tahun terakhirnya, diurutkan menurut jarak dari setara |ln(P/L)| di semua "
    "sektor; jumlah orang, kasus atau laporan tidak dibandingkan; jarak yang sama diberi nomor yang sama. Paling "
    "membaik: hanya ukuran gender (selisih P dan L yang menyempit saat perempuan tertinggal, indeks IKG/IDG/IPG "
    "yang membaik, pangsa perempuan yang naik menuju 50 %), dua tahun terbit terakhirnya, diurutkan menurut "
    "berkurangnya jarak dari setara; angka total seperti pengangguran total atau IPM tidak dihitung. Indeks utama "
    "memakai angka resmi BPS terakhir; angka sekunder yang lebih baru disebut terpisah.")
CATATAN_METODE_EN = (
    "Widest gaps: measures with a female (F) and a male (M) figure in the same year (for a women's share, M = 100 "
    "− F), their latest year, ordered by distance from parity |ln(F/M)| across all sectors; counts of people, "
    "cases or reports are not compared; equal distances share a number. Most improved: gender measures only (an "
    "F−M gap that narrowed while women were behind, an IKG/IDG/IPG index that improved, a women's share that rose "
    "towards 50 %), their two latest published years, ordered by the fall in distance from parity; totals such as "
    "total unemployment or the HDI are not counted. Headline indices use BPS's latest official figure; a later "
    "secondary figure is stated apart.")
# English words of the brief (the Indonesian ones stay written out in the code below)
NILAI_EN = {"membaik": "better", "memburuk": "worse", "tetap": "unchanged", "": "", "setara": "parity",
            "perempuan tertinggal": "women behind", "perempuan lebih baik": "women ahead"}


def _en(kata: str, lang: str) -> str:
    return NILAI_EN.get(kata, kata) if lang == "en" else kata


def _sat_en(satuan: str, lang: str) -> str:
    return fmt.satuan(fmt.satuan_selisih(satuan), lang)


# Short phrases of the headline cards and the improved measures, one set per language.
_KATA = {
    "id": {"sejak": "{d} sejak {th} ({p})", "sekunder": "Angka sekunder {th}: {v} (kompilasi, bukan rilis BPS)",
           "pl": "P {p} · L {l} ({th})", "menyempit": "selisih menyempit {v} {sat}"},
    "en": {"sejak": "{d} since {th} ({p})", "sekunder": "Secondary figure {th}: {v} (a compilation, not a BPS release)",
           "pl": "F {p} · M {l} ({th})", "menyempit": "gap narrowed by {v} {sat}"},
}


def _kata(lang: str) -> dict[str, str]:
    return _KATA["en" if lang == "en" else "id"]


# Headline indices on one log scale of distance from parity, so that an index that improved can be ordered with
# gaps that narrowed: IPG is 100·IPM_P/IPM_L; 1 − IKG and IDG/100 are 1 at parity.
JARAK_INDEKS = {"ipg": lambda v: abs(np.log(v / 100)), "idg": lambda v: -np.log(v / 100),
                "ikg": lambda v: -np.log(1 - v)}


# --- content ---------------------------------------------------------------------------------------------------
def _penilaian(selisih: float, arah: str) -> str:
    if selisih == 0 or arah == "netral":
        return "tetap" if selisih == 0 else ""
    return "membaik" if (selisih > 0) == (arah == "naik") else "memburuk"


def _selisih_tampil(a: float, b: float, satuan: str) -> float:
    """a − b as displayed: both rounded to the unit's decimals first, so 0,541 − 0,526 is exactly 0,015."""
    d = fmt.desimal_untuk(satuan)
    return round(round(a, d) - round(b, d), d)


@dataclass(frozen=True)
class Utama(seleksi.Kartu):
    """A headline card (seleksi.Kartu) with the registry facts the brief needs to word it."""
    label: str
    satuan: str
    arah: str
    tahun_awal: int | None = None      # the first published year, for "change since the first year"
    nilai_awal: float = np.nan
    tingkat: str = ""                  # grade of the latest figure's source (data/sumber.csv)
    tahun_sekunder: int | None = None  # a later figure from a secondary compilation, stated apart
    nilai_sekunder: float = np.nan
    lang: str = "id"

    def _f(self, x, tanda: bool = False) -> str:
        return fmt.nilai_satuan(x, self.satuan, tanda=tanda, lang=self.lang)

    @property
    def teks_sejak_awal(self) -> str:
        """'−0,024 sejak 2018 (membaik)'; empty without an earlier year."""
        if self.tahun is None or self.tahun_awal is None or self.tahun_awal == self.tahun:
            return ""
        d = _selisih_tampil(self.nilai, self.nilai_awal, self.satuan)
        return _kata(self.lang)["sejak"].format(d=self._f(d, True), th=self.tahun_awal,
                                                 p=_en(_penilaian(d, self.arah), self.lang))

    @property
    def teks_keterangan(self) -> str:
        """The line under the card on screen: national value, change since the first year, the secondary figure,
        and that there is no earlier published year (the PDF draws these as separate lines)."""
        baris = [x for x in (self.teks_nasional, self.teks_sejak_awal, self.teks_sekunder) if x]
        if self.tahun is not None and self.perubahan is None:
            baris.append("belum ada tahun terbit sebelumnya")
        return " · ".join(baris)

    @property
    def singkat(self) -> str:
        return fmt.singkat(self.label)

    @property
    def judul(self) -> str:
        if not self.tahun:
            return self.label
        sekunder = "" if self.tingkat in sumber_mod.RESMI else \
            f" ({sumber_mod.singkat(self.tingkat, self.lang) if self.tingkat in sumber_mod.SINGKAT else ''})"
        return f"{self.label} · {self.tahun}{sekunder}"

    @property
    def teks_nilai(self) -> str:
        return self._f(self.nilai) if self.tahun else fmt.angka(None, lang=self.lang)

    @property
    def perubahan(self) -> float | None:
        if self.tahun is None or self.tahun_lalu is None:
            return None
        return _selisih_tampil(self.nilai, self.nilai_lalu, self.satuan)

    @property
    def penilaian(self) -> str:
        return "" if self.perubahan is None else _penilaian(self.perubahan, self.arah)

    @property
    def panah(self) -> str:
        if self.perubahan is None:
            return ""
        return "▲" if self.perubahan > 0 else "▼" if self.perubahan < 0 else "="

    @property
    def teks_delta(self) -> str | None:
        """'+0,015 sejak 2022 (memburuk)', the st.metric delta; None without a previous year."""
        if self.perubahan is None:
            return None
        return _kata(self.lang)["sejak"].format(d=self._f(self.perubahan, True), th=self.tahun_lalu,
                                                 p=_en(self.penilaian, self.lang))

    @property
    def teks_tren(self) -> str:
        if self.tahun is None:
            return ""
        if self.perubahan is None:
            return "no earlier published year yet" if self.lang == "en" else "belum ada tahun terbit sebelumnya"
        return f"{self.panah} {self.teks_delta}"

    @property
    def teks_sekunder(self) -> str:
        """'Angka sekunder 2025: 0,553 (kompilasi, bukan rilis BPS)'; empty without one."""
        if self.tahun_sekunder is None:
            return ""
        return _kata(self.lang)["sekunder"].format(th=self.tahun_sekunder, v=self._f(self.nilai_sekunder))

    @property
    def teks_nasional(self) -> str:
        nas = "National" if self.lang == "en" else "Nasional"
        if self.tahun_nasional is None:
            return f"{nas}: {fmt.angka(None, lang=self.lang)}"
        return f"{nas} {self.tahun_nasional}: {self._f(self.nasional)}"


@dataclass(frozen=True)
class Kesenjangan(sektor.UkuranPL):
    """One of the region's widest female/male gaps."""
    arah: str
    skor: float        # sektor.skor_paritas: ln(P/L) signed by the registry, negative = worse for women
    nomor: int = 0     # place among the widest gaps; equal distances share a number
    L_asal: str = "terbit"  # "100 − P" for a women's share
    lang: str = "id"

    @property
    def jarak(self) -> float:
        return abs(self.skor)

    @property
    def selisih(self) -> float:
        return _selisih_tampil(self.P, self.L, self.satuan)

    @property
    def keterangan(self) -> str:
        if abs(self.rasio - 1) < sektor.AMBANG_SETARA:
            return _en("setara", self.lang)
        return _en("perempuan tertinggal" if self.skor < 0 else "perempuan lebih baik", self.lang)


@dataclass(frozen=True)
class Perbaikan(sektor.Ukuran):
    """A gender measure that moved towards parity between its two latest published years: a female/male gap
    that narrowed while women were behind (jenis "selisih"), a women's share that rose towards 50 % ("pangsa"),
    or a headline gender index that improved ("indeks")."""
    arah: str
    jenis: str
    tahun_lalu: int
    nilai_lalu: float  # the gap P − L for "selisih", else the published value
    tahun: int
    nilai: float
    skor: float        # how much the distance from parity (log scale) shrank, for ordering
    pl_lalu: tuple[float, float] | None = None  # (P, L) of both years for "selisih"
    pl: tuple[float, float] | None = None
    lang: str = "id"

    @property
    def nama(self) -> str:
        gap = "Gap F − M" if self.lang == "en" else "Selisih P − L"
        return f"{gap}: {self.label}" if self.jenis == "selisih" else self.label

    @property
    def perubahan(self) -> float:
        return _selisih_tampil(self.nilai, self.nilai_lalu, self.satuan)

    def teks_nilai(self, lalu: bool) -> str:
        pl, v, th = (self.pl_lalu, self.nilai_lalu, self.tahun_lalu) if lalu else (self.pl, self.nilai, self.tahun)
        f = lambda x: fmt.nilai_satuan(x, self.satuan, lang=self.lang)  # noqa: E731
        if pl is not None:
            return _kata(self.lang)["pl"].format(p=f(pl[0]), l=f(pl[1]), th=th)
        return f"{f(v)} ({th})"

    @property
    def teks_perubahan(self) -> str:
        sat = _sat_en(self.satuan, self.lang)
        if self.jenis == "selisih":
            v = fmt.nilai_satuan(abs(self.nilai_lalu) - abs(self.nilai), self.satuan, lang=self.lang)
            return _kata(self.lang)["menyempit"].format(v=v, sat=sat)
        return f"{fmt.nilai_satuan(self.perubahan, self.satuan, tanda=True, lang=self.lang)} {sat}"


@dataclass(frozen=True)
class Sebaran:
    """Province view of one headline index across the 14 kab/kota (or a regency's rank)."""
    indikator: str
    singkat: str
    teks: str          # one line for the brief
    frasa: str = ""    # a clause for the summary sentence


# Headings, table words and page lines of the brief, one set per language.
_TABEL = {
    "id": {"kesenjangan": ["No.", "Sektor", "Indikator", "Tahun", "Perempuan", "Laki-laki", "Selisih P − L", "P/L",
                           "Keterangan"],
           "sama": " (sama)", "sisa": " (100 − P)",
           "perbaikan": ["Sektor", "Ukuran gender", "Sebelumnya", "Terbaru", "Perubahan"],
           "grafik": "Perempuan dan laki-laki: kesenjangan terlebar, {w}",
           "pengantar": "{jenis}. Angka terbit (BPS, DP3APPKB dan sumber yang dicantumkan). {tanggal}.",
           "terbaru": "; angka terbit terbaru yang dipakai: tahun {th}",
           "kaki": '. "{kosong}" berarti belum ada angka terbit, bukan nol.'},
    "en": {"kesenjangan": ["No.", "Sector", "Indicator", "Year", "Women", "Men", "Gap F − M", "F/M", "Note"],
           "sama": " (tie)", "sisa": " (100 − F)",
           "perbaikan": ["Sector", "Gender measure", "Before", "Latest", "Change"],
           "grafik": "Women and men: widest gaps, {w}",
           "pengantar": "{jenis}. Published figures (BPS, DP3APPKB and the sources cited). {tanggal}.",
           "terbaru": "; latest published year used: {th}",
           "kaki": '. "{kosong}" means no published figure yet, not zero.'},
}


@dataclass
class Brief:
    kode: str
    wilayah: str
    jenis: str
    utama: list[Utama]
    kesenjangan: list[Kesenjangan]
    perbaikan: list[Perbaikan]
    sebaran: list[Sebaran]
    kalimat: list[str]
    sumber: list[str]
    tanggal_data: str
    tahun_terbaru: int | None
    catatan: str = CATATAN_METODE
    label_sektor: dict[str, str] = field(default_factory=dict)
    sumber_grafik: list[str] = field(default_factory=list)  # sources of the P/L values drawn
    daftar_sumber: list[tuple[str, str]] = field(default_factory=list)  # (publisher (grade), address) per source
    lang: str = "id"

    @property
    def en(self) -> bool:
        return self.lang == "en"

    @property
    def provinsi(self) -> bool:
        return self.kode == regions.PROVINSI

    @property
    def judul(self) -> str:
        return f"{t('judul_pimpinan', self.lang)}: {self.wilayah}"

    @property
    def judul_peta(self) -> str:
        return f"{t('lokasi', self.lang)}: {self.wilayah}"

    @property
    def judul_grafik(self) -> str:
        return _TABEL["en" if self.en else "id"]["grafik"].format(w=self.wilayah)

    @property
    def tanpa_kesenjangan(self) -> str:
        """Said where the widest gaps would be, when no indicator has figures for both sexes."""
        return t("brief_tanpa_kesenjangan", self.lang).format(kosong=t("tidak_tersedia", self.lang), w=self.wilayah)

    @property
    def tanpa_perbaikan(self) -> str:
        """Said where the improved gender measures would be, when none moved towards parity."""
        return t("pimpinan_tanpa_perbaikan", self.lang).format(kosong=t("tidak_tersedia", self.lang), w=self.wilayah)

    @property
    def judul_wilayah(self) -> str:
        """Section heading: regency ranks for a kab/kota, best/worst regencies for the province."""
        return t("kabkota_terbaik" if self.provinsi else "peringkat_14", self.lang)

    @property
    def pengantar(self) -> str:
        """The line under the region's name: what kind of region, where the figures come from, data date."""
        return _TABEL["en" if self.en else "id"]["pengantar"].format(jenis=self.jenis, tanggal=self.tanggal_data)

    @property
    def kaki(self) -> str:
        k_ = _TABEL["en" if self.en else "id"]
        return (self.tanggal_data + (k_["terbaru"].format(th=self.tahun_terbaru) if self.tahun_terbaru else "")
                + k_["kaki"].format(kosong=fmt.angka(None, lang=self.lang)))

    def tabel_kesenjangan(self) -> pd.DataFrame:
        k_ = _TABEL["en" if self.en else "id"]
        kolom = k_["kesenjangan"]
        sama = pd.Series([k.nomor for k in self.kesenjangan]).duplicated(keep=False).tolist()
        f = lambda x, k, tanda=False: fmt.nilai_satuan(x, k.satuan, tanda=tanda, lang=self.lang)  # noqa: E731
        return pd.DataFrame([dict(zip(kolom, [
            f"{k.nomor}{k_['sama'] if s else ''}", self.label_sektor.get(k.sektor, k.sektor), k.label, str(k.tahun),
            f(k.P, k), f(k.L, k) + (k_["sisa"] if k.L_asal == "100 − P" else ""),
            f"{f(k.selisih, k, True)} {_sat_en(k.satuan, self.lang)}", fmt.angka(k.rasio, 2, lang=self.lang),
            k.keterangan])) for k, s in zip(self.kesenjangan, sama)], columns=kolom)

    def tabel_perbaikan(self) -> pd.DataFrame:
        kolom = _TABEL["en" if self.en else "id"]["perbaikan"]
        return pd.DataFrame([dict(zip(kolom, [
            self.label_sektor.get(p.sektor, p.sektor), p.nama, p.teks_nilai(lalu=True), p.teks_nilai(lalu=False),
            p.teks_perubahan])) for p in self.perbaikan], columns=kolom)

    def data_grafik(self) -> pd.DataFrame:
        """What the P/L chart draws: one row per widest gap (title with indicator, unit and year)."""
        return pd.DataFrame([{"judul": f"{k.label} ({fmt.satuan(k.satuan, self.lang)}), {k.tahun}", "satuan": k.satuan,
                              "P": k.P, "L": k.L} for k in self.kesenjangan],
                            columns=["judul", "satuan", "P", "L"])


def _daftar_sumber(urls: list[str], tabel: pd.DataFrame, lang: str = "id") -> list[tuple[str, str]]:
    """('BPS Provinsi Kalimantan Tengah (resmi)', 'https://…') for every source used, graded by data/sumber.csv."""
    penerbit = dict(zip(tabel["sumber"], tabel["penerbit"]))
    tingkat = sumber_mod.tingkat(pd.Series(urls, dtype=str), tabel)
    return [(f"{penerbit.get(u) or t('sumber', lang)} ({sumber_mod.singkat(g, lang)})", u)
            for u, g in zip(urls, tingkat)]


def _info(reg: pd.DataFrame) -> pd.DataFrame:
    return reg.set_index("id")


def _peringkat_terbit(info: pd.DataFrame, ind: str) -> str | None:
    """The indicator holding the regency ranks of `ind` as published (rank 1 = best; registry `peringkat_dari`),
    or None when ranks are only computed from the values."""
    return kd.peringkat_terbit(info.reset_index()).get(ind)


def _bisa_dibandingkan(i: pd.Series) -> bool:
    return (i["arah"] != "netral" and i["sektor"] not in SEKTOR_LUAR
            and i["jenis"] not in ("peringkat", *kd.JENIS_HITUNGAN))


def tanggal_indonesia(d: _dt.date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def tanggal_berkas(data_dir: Path | None = None, lang: str = "id") -> str:
    """When the data last changed: the latest import or restore in data/changelog.csv, e.g. '28 November 2026'.

    A file's modification time would only say when it was checked out, so without a changelog the brief says the
    data are the shipped set of published figures."""
    from .data import DATA_DIR
    from .gudang import baca_changelog

    waktu = pd.to_datetime(baca_changelog(data_dir or DATA_DIR)["waktu"], errors="coerce").dropna()
    if lang == "en":
        if waktu.empty:
            return "Data: the initial set of published figures with their sources (no import has updated it yet)"
        d = waktu.max().date()
        from .unduh import BULAN_EN
        return f"Data updated {d.day} {BULAN_EN[d.month - 1]} {d.year}"
    if waktu.empty:
        return "Data: kumpulan awal angka terbit beserta sumbernya (belum ada pembaruan lewat impor)"
    return f"Data diperbarui {tanggal_indonesia(waktu.max().date())}"


def _pisah_sekunder(df: pd.DataFrame, tabel_sumber: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """The data with each region's headline index limited to official figures where it has any, and the later
    secondary figures set aside ({(kode, ind): (tahun, nilai)}), so cards, ranks and BPS's tables share a year."""
    utama = df[df["indikator"].isin(UTAMA) & (df["jenis_kelamin"] == "T")]
    tingkat = (utama["tingkat"] if "tingkat" in utama else sumber_mod.tingkat(utama["sumber"], tabel_sumber))
    resmi = tingkat.isin(sumber_mod.RESMI)
    punya_resmi = resmi.groupby([utama["kode_bps"], utama["indikator"]]).transform("any")
    buang = utama.index[punya_resmi & ~resmi]
    sekunder = {}
    for r in df.loc[buang].sort_values("tahun").itertuples():
        akhir_resmi = utama.loc[resmi & (utama["kode_bps"] == r.kode_bps) & (utama["indikator"] == r.indikator),
                                "tahun"].max()
        if r.tahun > akhir_resmi:
            sekunder[(r.kode_bps, r.indikator)] = (int(r.tahun), float(r.nilai))
    return df.drop(index=buang), sekunder


def _utama(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, tabel_sumber: pd.DataFrame,
           sekunder: dict) -> Utama:
    k = seleksi.kartu(df, ind, kode)
    i = info.loc[ind]
    s = seleksi.seri(df, ind, kode)
    awal = s.iloc[0] if len(s) else None
    th2, v2 = sekunder.get((kode, ind), (None, np.nan))
    return Utama(**dataclasses.asdict(k), label=i["label_id"], satuan=i["satuan"], arah=i["arah"],
                 tahun_awal=int(awal["tahun"]) if awal is not None else None,
                 nilai_awal=float(awal["nilai"]) if awal is not None else np.nan,
                 tingkat=sumber_mod.tingkat(pd.Series([k.sumber]), tabel_sumber).iloc[0] if k.sumber else "",
                 tahun_sekunder=th2, nilai_sekunder=v2)


def _pl_terbanding(dw: pd.DataFrame, reg: pd.DataFrame, info: pd.DataFrame, tahun: int | None = None) -> pd.DataFrame:
    """sektor.tabel_pl rows (one per indicator; the latest complete year, or `tahun`) that can be compared as a
    gap: a parity score exists (both values, a better direction) and the measure is not a count or demography."""
    tab = sektor.tabel_pl(dw, reg, tahun=tahun)
    if tab.empty:
        return tab
    tab = tab[tab["skor"].notna() & tab["indikator"].map(lambda x: _bisa_dibandingkan(info.loc[x]))]
    # a series and its successor (registry `seri_lanjutan`, e.g. IPM → IPM SP2020) are one measure: keep the newer
    lama = {i for i, nxt in info["seri_lanjutan"].fillna("").items() if nxt and nxt.split(":")[0] in set(tab["indikator"])}
    return tab[~tab["indikator"].isin(lama)]


def _kesenjangan(dw: pd.DataFrame, reg: pd.DataFrame, info: pd.DataFrame, n: int = 3) -> list[Kesenjangan]:
    tab = _pl_terbanding(dw, reg, info)
    if tab.empty:
        return []
    tab = tab.assign(jarak=tab["skor"].abs().round(3))
    tab = tab[tab["jarak"] > 0].sort_values(["jarak", "indikator"], ascending=[False, True])
    tab["nomor"] = tab["jarak"].rank(ascending=False, method="min").astype(int)
    tab = tab[tab["nomor"] <= n]  # a tie at the last place keeps every tied measure
    return [Kesenjangan(r.indikator, r.label, r.sektor, r.satuan, int(r.tahun), float(r.P), float(r.L), r.arah,
                        float(r.skor), int(r.nomor), r.L_asal) for r in tab.itertuples()]


def _perbaikan(dw: pd.DataFrame, reg: pd.DataFrame, info: pd.DataFrame, n: int = 3) -> list[Perbaikan]:
    """Gender measures only, between their two latest published years: gaps that narrowed while women were
    behind, women's shares that rose towards parity, headline gender indices that improved. Totals never count."""
    hasil = []
    tahun = sorted(dw.loc[dw["jenis_kelamin"].isin(["P", "L"]), "tahun"].unique())
    per_tahun = [_pl_terbanding(dw, reg, info, int(th)) for th in tahun]
    pl = pd.concat([x for x in per_tahun if len(x)]) if any(len(x) for x in per_tahun) else pd.DataFrame()
    for ind, g in (pl.sort_values("tahun").groupby("indikator") if len(pl) else []):
        if len(g) < 2:
            continue
        r0, r1 = g.iloc[-2], g.iloc[-1]
        pangsa = info.at[ind, "kelompok_jk"] == "pangsa_perempuan"
        gap0, gap1 = _selisih_tampil(r0.P, r0.L, r0.satuan), _selisih_tampil(r1.P, r1.L, r1.satuan)
        if not (r0.skor < 0 and abs(r1.skor) < abs(r0.skor) and (pangsa or abs(gap1) < abs(gap0))):
            continue
        umum = dict(indikator=ind, label=r1.label, sektor=r1.sektor, satuan=r1.satuan, arah=r1.arah,
                    tahun_lalu=int(r0.tahun), tahun=int(r1.tahun), skor=abs(r0.skor) - abs(r1.skor))
        if pangsa:
            hasil.append(Perbaikan(jenis="pangsa", nilai_lalu=float(r0.P), nilai=float(r1.P), **umum))
        else:
            hasil.append(Perbaikan(jenis="selisih", nilai_lalu=gap0, nilai=gap1, pl_lalu=(float(r0.P), float(r0.L)),
                                   pl=(float(r1.P), float(r1.L)), **umum))
    for ind in UTAMA:
        s = dw[(dw["indikator"] == ind) & (dw["jenis_kelamin"] == "T")].sort_values("tahun")
        if len(s) < 2:
            continue
        i = info.loc[ind]
        v0, v1 = float(s.iloc[-2]["nilai"]), float(s.iloc[-1]["nilai"])
        turun_jarak = JARAK_INDEKS[ind](v0) - JARAK_INDEKS[ind](v1)
        if _penilaian(_selisih_tampil(v1, v0, i["satuan"]), i["arah"]) == "membaik" and turun_jarak > 0:
            hasil.append(Perbaikan(ind, i["label_id"], i["sektor"], i["satuan"], i["arah"], "indeks",
                                   int(s.iloc[-2]["tahun"]), v0, int(s.iloc[-1]["tahun"]), v1, turun_jarak))
    hasil.sort(key=lambda p: (-p.skor, p.indikator))
    return hasil[:n]


def _nilai_kab(df: pd.DataFrame, ind: str) -> pd.DataFrame:
    return df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA) & (df["jenis_kelamin"] == "T")]


def _tahun_banding(kab: pd.DataFrame) -> int | None:
    """The latest year with at least two regencies, else the latest year with one."""
    if kab.empty:
        return None
    n = kab.groupby("tahun")["kode_bps"].nunique()
    dua = n[n >= 2]
    return int(dua.index.max() if len(dua) else n.index.max())


# The rank lines of `_sebaran_provinsi` / `_peringkat_kab`, one set per language (same figures, same choices).
_SEBARAN = {
    "id": {"kosong": "{nama}: belum ada angka kabupaten/kota dalam data",
           "ujung": "{nama} {th} ({n} dari 14 kab/kota punya data): terbaik {a}, terburuk {b}",
           "ujung_frasa": "{nama} {th} terbaik di {a} dan terburuk di {b}",
           "satu": "{nama}: hanya {w} pada {th} yang punya angka; terbaik dan terburuk belum dapat ditentukan",
           "satu_frasa": "{nama} hanya terbit untuk {w} pada {th}",
           "terbit": "peringkat {nama} {th} terbit untuk {n} dari 14 kab/kota ({daftar}; makin kecil makin setara)",
           "terbit_kurang": "; peringkat terbawah tidak terbit",
           "terbit_frasa": "peringkat {nama} {th} hanya terbit untuk {n} kab/kota, dengan {w} di peringkat {r}",
           "nasional": "; menurut tabel BPS {th} (peringkat {r} dari 14 di Kalteng), {nasional}",
           "terbit_kab": "{nama}: peringkat ke-{r} dari 14 kab/kota pada {th} (peringkat terbit; makin kecil makin "
                         "setara).",
           "terbit_kab_frasa": "{wil} berada di peringkat ke-{r} {nama} {th} (makin kecil makin setara)",
           "tanpa": "{nama}: belum ada angka untuk {wil}, sehingga peringkatnya belum dapat ditentukan.",
           "tunggal": "{wil} satu-satunya kab/kota dengan angka {nama} {th} ({v}), sehingga peringkatnya belum dapat "
                      "dihitung",
           "sama": " (sama dengan {daftar})",
           "peringkat": "{nama} {th}: peringkat ke-{r}{sama} dari {n} kab/kota yang punya data.",
           "peringkat_frasa": "{wil} berada di peringkat ke-{r}{sama} {nama} {th} dari {n} kab/kota yang punya data"},
    "en": {"kosong": "{nama}: no regency/city figure in the data yet",
           "ujung": "{nama} {th} ({n} of 14 regencies/cities with data): best {a}, worst {b}",
           "ujung_frasa": "{nama} {th} is best in {a} and worst in {b}",
           "satu": "{nama}: only {w} has a figure in {th}; best and worst cannot be named yet",
           "satu_frasa": "{nama} is published only for {w} in {th}",
           "terbit": "the {th} {nama} rank is published for {n} of 14 regencies/cities ({daftar}; the smaller, the "
                     "more equal)",
           "terbit_kurang": "; the bottom ranks are not published",
           "terbit_frasa": "the {th} {nama} rank is published for only {n} regencies/cities, with {w} ranked {r}",
           "nasional": "; by BPS's {th} table (rank {r} of 14 in Kalteng), {nasional}",
           "terbit_kab": "{nama}: rank {r} of 14 regencies/cities in {th} (published rank; the smaller, the more "
                         "equal).",
           "terbit_kab_frasa": "{wil} ranks {r} on {nama} {th} (the smaller, the more equal)",
           "tanpa": "{nama}: no figure for {wil} yet, so its rank cannot be set.",
           "tunggal": "{wil} is the only regency/city with a {th} {nama} figure ({v}), so its rank cannot be "
                      "computed yet",
           "sama": " (tied with {daftar})",
           "peringkat": "{nama} {th}: rank {r}{sama} of {n} regencies/cities with data.",
           "peringkat_frasa": "{wil} ranks {r}{sama} on {nama} {th} of {n} regencies/cities with data"},
}


def _sebaran_provinsi(df: pd.DataFrame, info: pd.DataFrame, ind: str, pakai: set, lang: str = "id") -> Sebaran:
    i = info.loc[ind]
    k_ = _SEBARAN["en" if lang == "en" else "id"]
    nama = fmt.singkat(i["label_id"])
    kab = _nilai_kab(df, ind)
    th = _tahun_banding(kab)
    bagian, frasa = [], []
    if th is None:
        bagian.append(k_["kosong"].format(nama=nama))
    else:
        sel = kab[kab["tahun"] == th].copy()
        pakai.update((k, ind, th) for k in sel["kode_bps"])
        sel["rank"] = seleksi.peringkat(sel["nilai"], i["arah"])
        n = len(sel)
        f = lambda v: fmt.nilai_satuan(v, i["satuan"], lang=lang)  # noqa: E731
        if n >= 2:
            # tied regencies are named together: "Kapuas dan Palangka Raya (95,51)"
            ujung = [sel[sel["rank"] == sel["rank"].min()], sel[sel["rank"] == sel["rank"].max()]]
            nama_ = [_daftar([regions.NAMA[k] for k in g.sort_values("kode_bps")["kode_bps"]], lang) for g in ujung]
            teks_ = [f"{nm} ({f(g['nilai'].iloc[0])})" for nm, g in zip(nama_, ujung)]
            bagian.append(k_["ujung"].format(nama=nama, th=th, n=n, a=teks_[0], b=teks_[1]))
            frasa.append(k_["ujung_frasa"].format(nama=nama, th=th, a=nama_[0], b=nama_[1]))
        else:
            r = sel.iloc[0]
            w = f"{regions.NAMA[r['kode_bps']]} ({f(r['nilai'])})"
            bagian.append(k_["satu"].format(nama=nama, w=w, th=th))
            frasa.append(k_["satu_frasa"].format(nama=nama, w=w, th=th))
    terbit = _peringkat_terbit(info, ind)
    if terbit is not None:
        pr = _nilai_kab(df, terbit)
        if len(pr):
            thp = int(pr["tahun"].max())
            pr = pr[pr["tahun"] == thp].sort_values(["nilai", "kode_bps"])
            pakai.update((k, terbit, thp) for k in pr["kode_bps"])
            daftar = ", ".join(f"{regions.NAMA[r.kode_bps]} {int(r.nilai)}" for r in pr.itertuples())
            atas = pr.iloc[0]
            teks = k_["terbit"].format(nama=nama, th=thp, n=len(pr), daftar=daftar)
            if len(pr) < 14:
                teks += k_["terbit_kurang"]
            bagian.append(teks)
            frasa.append(k_["terbit_frasa"].format(nama=nama, th=thp, n=len(pr), w=regions.NAMA[atas["kode_bps"]],
                                                   r=int(atas["nilai"])))
    return Sebaran(ind, nama, "; ".join(bagian) + ".", "; ".join(frasa))


def _peringkat_kab(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, pakai: set,
                   nas: pd.DataFrame, lang: str = "id") -> Sebaran:
    i = info.loc[ind]
    k_ = _SEBARAN["en" if lang == "en" else "id"]
    nama = fmt.singkat(i["label_id"])
    wil = regions.NAMA[kode]
    dari_nilai, tunggal = _peringkat_dari_nilai(df, info, ind, kode, pakai, lang)
    if dari_nilai is not None:
        p = konteks.posisi_terbaru(nas, ind, kode, i["arah"])
        # the English brief has never added BPS's table to a regency that is the only one with a figure
        if p is None or (tunggal and lang == "en"):
            return dari_nilai
        nasional = konteks.kalimat(p, nama, lambda x: fmt.nilai_satuan(x, i["satuan"], lang=lang),
                                   lang).split("; ", 1)[1]
        teks = dari_nilai.teks.rstrip(".") + k_["nasional"].format(th=p.tahun, r=p.peringkat_kalteng,
                                                                    nasional=nasional)
        return Sebaran(ind, nama, teks, dari_nilai.frasa)
    terbit = _peringkat_terbit(info, ind)
    if terbit is not None:
        pr = _nilai_kab(df, terbit)
        sendiri = pr[pr["kode_bps"] == kode].sort_values("tahun")
        if len(sendiri):
            r = sendiri.iloc[-1]
            pakai.add((kode, terbit, int(r["tahun"])))
            th, rank = int(r["tahun"]), int(r["nilai"])
            return Sebaran(ind, nama, k_["terbit_kab"].format(nama=nama, r=rank, th=th),
                           k_["terbit_kab_frasa"].format(wil=wil, r=rank, nama=nama, th=th))
    return Sebaran(ind, nama, k_["tanpa"].format(nama=nama, wil=wil))


def _peringkat_dari_nilai(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, pakai: set,
                          lang: str = "id") -> tuple[Sebaran | None, bool]:
    """The regency's rank among the kab/kota with a value in its latest year (None without a value), and whether
    it is the only kab/kota with a value that year."""
    i = info.loc[ind]
    k_ = _SEBARAN["en" if lang == "en" else "id"]
    nama = fmt.singkat(i["label_id"])
    wil = regions.NAMA[kode]
    kab = _nilai_kab(df, ind)
    sendiri = kab[kab["kode_bps"] == kode].sort_values("tahun")
    if sendiri.empty:
        return None, False
    th = int(sendiri.iloc[-1]["tahun"])
    sel = kab[kab["tahun"] == th].copy()
    pakai.update((k, ind, th) for k in sel["kode_bps"])
    if len(sel) < 2:
        teks = k_["tunggal"].format(wil=wil, nama=nama, th=th,
                                    v=fmt.nilai_satuan(sendiri.iloc[-1]["nilai"], i["satuan"], lang=lang))
        return Sebaran(ind, nama, f"{nama}: {teks}.", teks), True
    sel["rank"] = seleksi.peringkat(sel["nilai"], i["arah"])
    rank = int(sel.loc[sel["kode_bps"] == kode, "rank"].iloc[0])
    bersama = sel[(sel["rank"] == rank) & (sel["kode_bps"] != kode)].sort_values("kode_bps")["kode_bps"]
    sama = k_["sama"].format(daftar=_daftar([regions.NAMA[k] for k in bersama], lang)) if len(bersama) else ""
    isi = dict(nama=nama, th=th, r=rank, sama=sama, n=len(sel), wil=wil)
    return Sebaran(ind, nama, k_["peringkat"].format(**isi), k_["peringkat_frasa"].format(**isi)), False


def _daftar(nama: list[str], lang: str = "id") -> str:
    """'A', 'A dan B', 'A, B dan C'."""
    return ", ".join(nama[:-1]) + ((" and " if lang == "en" else " dan ") if len(nama) > 1 else "") + nama[-1]


def _sat(satuan: str, lang: str = "id") -> str:
    """Unit after a number in a sentence; index units ("indeks (0-1)") are left out, the name says it."""
    return "" if satuan.startswith("indeks") else f" {fmt.satuan(satuan, lang)}"


# The summary sentences of `_kalimat`, one set per language (same figures, same choices).
_KALIMAT = {
    "id": {"nilai": "{s} {w} {th} sebesar {v}", "naik": "naik", "turun": "turun", "tetap": "tetap",
           "ubah": ", {gerak} dari {v} pada {th}", "sama": "sama dengan", "baik": "lebih baik daripada",
           "buruk": "lebih buruk daripada",
           "nasional": "; angka nasional {th} {v}, jadi {w} {banding} angka nasional",
           "nasional_lama": "; angka nasional terakhir ({th}) {v}",
           "pangsa": "Kesenjangan terlebar ada di sektor {sektor}: {label} {th} hanya {p}{sat} (setara = 50 %; "
                     "{ket}).",
           "pl": "Kesenjangan terlebar ada di sektor {sektor}: {label} {th} perempuan {p}{sat} dan laki-laki {l}{sat} "
                 "(selisih {d} {sat_d}; {ket}).",
           "tanpa_pl": "Belum ada indikator dengan angka perempuan dan laki-laki untuk {w} dalam data, sehingga "
                       "kesenjangannya belum dapat diukur.",
           "menyempit": "Perbaikan gender terbesar: selisih perempuan − laki-laki pada {label} menyempit dari {a} "
                        "({tha}) menjadi {b} {sat_d} ({th}).",
           "naik_p": "naik", "turun_p": "turun",
           "perbaikan": "Perbaikan gender terbesar: {label} {gerak} dari {a}{sat} ({tha}) menjadi {b}{sat} ({th}).",
           "tanpa_perbaikan": "Belum ada ukuran gender {w} yang mendekati setara menurut dua tahun terbit terakhirnya "
                              "dalam data.",
           "provinsi": "Di tingkat kabupaten/kota, {frasa}.",
           "provinsi_kosong": "Belum ada angka IKG, IDG maupun IPG tingkat kabupaten/kota dalam data.",
           "kab": "Di antara 14 kabupaten/kota, {frasa}.",
           "kab_kosong": "Peringkat {w} di antara 14 kabupaten/kota belum dapat ditentukan karena IKG, IDG dan "
                         "IPG-nya belum terbit.",
           "tanpa": "{daftar} untuk {w} belum tersedia dalam data."},
    "en": {"nilai": "{s} {w} {th}: {v}", "naik": "up", "turun": "down", "tetap": "unchanged",
           "ubah": ", {gerak} from {v} in {th}", "sama": "the same as", "baik": "better than", "buruk": "worse than",
           "nasional": "; national figure {th} {v}, so {w} is {banding} the national figure",
           "nasional_lama": "; latest national figure ({th}) {v}",
           "pangsa": "The widest gap is in {sektor}: {label} {th} only {p}{sat} (parity = 50 %; {ket}).",
           "pl": "The widest gap is in {sektor}: {label} {th}, women {p}{sat} and men {l}{sat} (gap {d} {sat_d}; "
                 "{ket}).",
           "tanpa_pl": "No indicator has female and male figures for {w} in the data yet, so its gaps cannot be "
                       "measured.",
           "menyempit": "Largest gender improvement: the female − male gap in {label} narrowed from {a} ({tha}) to "
                        "{b} {sat_d} ({th}).",
           "naik_p": "rose", "turun_p": "fell",
           "perbaikan": "Largest gender improvement: {label} {gerak} from {a}{sat} ({tha}) to {b}{sat} ({th}).",
           "tanpa_perbaikan": "No gender measure of {w} moved towards parity between its two latest published years "
                              "in the data.",
           "provinsi": "At regency/city level, {frasa}.",
           "provinsi_kosong": "No regency/city IKG, IDG or IPG figure in the data yet.",
           "kab": "Among the 14 regencies/cities, {frasa}.",
           "kab_kosong": "The rank of {w} among the 14 regencies/cities cannot be set because its IKG, IDG and IPG "
                         "are not published.",
           "tanpa": "{daftar} for {w}: not available in the data yet."},
}


def _kalimat(b: Brief) -> list[str]:
    """The brief's summary sentences (at most five) in the brief's language."""
    wil, lang = b.wilayah, b.lang
    k_ = _KALIMAT["en" if lang == "en" else "id"]

    def f(x, satuan, tanda=False):
        return fmt.nilai_satuan(x, satuan, tanda=tanda, lang=lang)

    nilai, tanpa = [], []
    for u in b.utama:
        if u.tahun is None:
            tanpa.append(u.singkat)
            continue
        s = k_["nilai"].format(s=u.singkat, w=wil, th=u.tahun, v=u.teks_nilai)
        if u.perubahan is not None:
            gerak = "naik" if u.perubahan > 0 else "turun" if u.perubahan < 0 else "tetap"
            s += (k_["ubah"].format(gerak=k_[gerak], v=f(u.nilai_lalu, u.satuan), th=u.tahun_lalu)
                  + (f" ({_en(u.penilaian, lang)})" if gerak != "tetap" else ""))
        if u.tahun_nasional == u.tahun:
            d = _selisih_tampil(u.nilai, u.nasional, u.satuan)
            banding = k_["sama" if d == 0 else "baik" if _penilaian(d, u.arah) == "membaik" else "buruk"]
            s += k_["nasional"].format(th=u.tahun_nasional, v=f(u.nasional, u.satuan), w=wil, banding=banding)
        elif u.tahun_nasional is not None:
            s += k_["nasional_lama"].format(th=u.tahun_nasional, v=f(u.nasional, u.satuan))
        if u.teks_sekunder:
            s += f"; {u.teks_sekunder[0].lower()}{u.teks_sekunder[1:]}"
        nilai.append(s + ".")
    kalimat = list(nilai)
    if b.kesenjangan:
        k = b.kesenjangan[0]
        isi = dict(sektor=b.label_sektor.get(k.sektor, k.sektor).lower(), label=k.label, th=k.tahun,
                   p=f(k.P, k.satuan), sat=_sat(k.satuan, lang), ket=k.keterangan)
        if k.L_asal == "100 − P":  # a women's share: the men's share is only the rest of the whole
            kalimat.append(k_["pangsa"].format(**isi))
        else:
            kalimat.append(k_["pl"].format(**isi, l=f(k.L, k.satuan), d=f(k.selisih, k.satuan, True),
                                           sat_d=_sat_en(k.satuan, lang)))
    else:
        kalimat.append(k_["tanpa_pl"].format(w=wil))
    if b.perbaikan:
        p = b.perbaikan[0]
        if p.jenis == "selisih":
            kalimat.append(k_["menyempit"].format(label=p.label, a=f(p.nilai_lalu, p.satuan, True), tha=p.tahun_lalu,
                                                  b=f(p.nilai, p.satuan, True), sat_d=_sat_en(p.satuan, lang),
                                                  th=p.tahun))
        else:
            kalimat.append(k_["perbaikan"].format(label=p.label, gerak=k_["naik_p" if p.perubahan > 0 else "turun_p"],
                                                  a=f(p.nilai_lalu, p.satuan), sat=_sat(p.satuan, lang),
                                                  tha=p.tahun_lalu, b=f(p.nilai, p.satuan), th=p.tahun))
    else:
        kalimat.append(k_["tanpa_perbaikan"].format(w=wil))
    frasa = "; ".join(s.frasa for s in b.sebaran if s.frasa)
    if b.provinsi:
        kalimat.append(k_["provinsi"].format(frasa=frasa) if frasa else k_["provinsi_kosong"])
    else:
        kalimat.append(k_["kab"].format(frasa=frasa) if frasa else k_["kab_kosong"].format(w=wil))
    if tanpa:
        kalimat.append(k_["tanpa"].format(daftar=_daftar(tanpa, lang), w=wil))
    return kalimat[:5]


def isi_brief(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tanggal: str | None = None,
              nas: pd.DataFrame | None = None, tabel_sumber: pd.DataFrame | None = None, lang: str = "id") -> Brief:
    """All content of the leaders' brief for the province (6200) or one kab/kota (BPS code). `nas` (BPS's national
    table) and `tabel_sumber` (graded sources) are read from data/ when not given."""
    nas = konteks.muat() if nas is None else nas
    tabel_sumber = sumber_mod.muat() if tabel_sumber is None else tabel_sumber
    if kode not in regions.KABKOTA and kode != regions.PROVINSI:
        raise ValueError(f"kode wilayah '{kode}' bukan Kalimantan Tengah (6200) atau salah satu dari 14 kab/kota")
    info = _info(reg)
    df_semua = df
    df, sekunder = _pisah_sekunder(df, tabel_sumber)
    dw = df[df["kode_bps"] == kode]
    pakai: set[tuple[str, str, int]] = set()

    utama = [_utama(df, info, ind, kode, tabel_sumber, sekunder) for ind in UTAMA]
    for u in utama:
        pakai.update({(kode, u.indikator, u.tahun), (kode, u.indikator, u.tahun_lalu),
                      (regions.NASIONAL, u.indikator, u.tahun_nasional), (kode, u.indikator, u.tahun_sekunder)})
    kesenjangan = _kesenjangan(dw, reg, info)
    pakai.update((kode, k.indikator, k.tahun) for k in kesenjangan)
    perbaikan = _perbaikan(dw, reg, info)
    pakai.update((kode, p.indikator, th) for p in perbaikan for th in (p.tahun_lalu, p.tahun))
    if kode == regions.PROVINSI:
        sebaran = [_sebaran_provinsi(df, info, ind, pakai, lang) for ind in UTAMA]
    else:
        sebaran = [_peringkat_kab(df, info, ind, kode, pakai, nas, lang) for ind in UTAMA]
    if lang == "en":  # the same figures (and sources), worded in English
        en = dict(lang="en")
        utama = [dataclasses.replace(u, label=info.loc[u.indikator, "label_en"], **en) for u in utama]
        kesenjangan = [dataclasses.replace(k, label=info.loc[k.indikator, "label_en"], **en) for k in kesenjangan]
        perbaikan = [dataclasses.replace(p, label=info.loc[p.indikator, "label_en"], **en) for p in perbaikan]

    df = df_semua  # sources: the set-aside secondary figures are cited too
    kunci = pd.MultiIndex.from_frame(df[["kode_bps", "indikator", "tahun"]])
    dipakai = df[kunci.isin([p for p in pakai if p[2] is not None])]
    sumber = sorted(dipakai["sumber"].unique().tolist())
    grafik = df[kunci.isin([(kode, k.indikator, k.tahun) for k in kesenjangan])]
    tahun_terbaru = int(dipakai.loc[dipakai["kode_bps"] == kode, "tahun"].max()) \
        if (dipakai["kode_bps"] == kode).any() else None
    if lang == "en":
        jenis = "Province" if kode == regions.PROVINSI else \
            ("City" if kode == "6271" else "Regency") + " in Central Kalimantan Province"
    else:
        jenis = "Provinsi" if kode == regions.PROVINSI else \
            ("Kota" if kode == "6271" else "Kabupaten") + " di Provinsi Kalimantan Tengah"
    b = Brief(kode, regions.NAMA[kode], jenis,
              utama, kesenjangan, perbaikan, sebaran, [], sumber,
              tanggal or tanggal_berkas(lang=lang), tahun_terbaru,
              catatan=CATATAN_METODE_EN if lang == "en" else CATATAN_METODE,
              label_sektor={s: t(s, lang) for s in reg["sektor"].unique()},
              sumber_grafik=sorted(grafik["sumber"].unique().tolist()),
              daftar_sumber=_daftar_sumber(sumber, tabel_sumber, lang), lang=lang)
    b.kalimat = _kalimat(b)
    return b
