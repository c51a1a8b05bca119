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

from . import fmt, konteks, regions, seleksi, sumber as sumber_mod
from .teks import t

UTAMA = ("ikg", "idg", "ipg")
# Headline indices whose regency ranks are published directly (rank 1 = best) rather than computed.
PERINGKAT_TERBIT = {"ikg": "ikg_peringkat"}
# Counts depend on population size and, for violence, on reporting: not compared as gaps or progress.
SATUAN_HITUNGAN = {"orang", "jiwa", "kasus", "laporan", "peringkat"}
SEKTOR_LUAR = {"demografi"}
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
# DejaVu from Debian's fonts-dejavu-core, else the identical copy matplotlib ships (a bare `make run` has it).

CATATAN_METODE = (
    "Kesenjangan terlebar: indikator dengan angka perempuan (P) dan laki-laki (L) pada tahun terbit terakhir, "
    "diurutkan menurut jarak P dari L relatif terhadap nilai yang lebih besar; jumlah orang/kasus tidak "
    "dibandingkan. Paling membaik: perubahan sejak tahun terbit sebelumnya ke arah yang lebih baik menurut "
    "registry indikator (nilai perempuan bila ada, selain itu total), diurutkan menurut perubahan relatif.")


# --- content ---------------------------------------------------------------------------------------------------
def satuan_selisih(satuan: str) -> str:
    return "poin persen" if satuan == "persen" else satuan


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

    @property
    def teks_sejak_awal(self) -> str:
        """'−0,024 sejak 2018 (membaik)'; empty without an earlier year."""
        if self.tahun is None or self.tahun_awal is None or self.tahun_awal == self.tahun:
            return ""
        d = _selisih_tampil(self.nilai, self.nilai_awal, self.satuan)
        return f"{fmt.nilai_satuan(d, self.satuan, tanda=True)} sejak {self.tahun_awal} ({_penilaian(d, self.arah)})"

    @property
    def singkat(self) -> str:
        return fmt.singkat(self.label)

    @property
    def judul(self) -> str:
        if not self.tahun:
            return self.label
        sekunder = "" if self.tingkat in sumber_mod.RESMI else f" ({sumber_mod.SINGKAT.get(self.tingkat, '')})"
        return f"{self.label} · {self.tahun}{sekunder}"

    @property
    def teks_nilai(self) -> str:
        return fmt.nilai_satuan(self.nilai, self.satuan) if self.tahun else fmt.TIDAK_TERSEDIA

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
        return (f"{fmt.nilai_satuan(self.perubahan, self.satuan, tanda=True)} sejak {self.tahun_lalu} "
                f"({self.penilaian})")

    @property
    def teks_tren(self) -> str:
        if self.tahun is None:
            return ""
        if self.perubahan is None:
            return "belum ada tahun terbit sebelumnya"
        return f"{self.panah} {self.teks_delta}"

    @property
    def teks_nasional(self) -> str:
        if self.tahun_nasional is None:
            return f"Nasional: {fmt.TIDAK_TERSEDIA}"
        return f"Nasional {self.tahun_nasional}: {fmt.nilai_satuan(self.nasional, self.satuan)}"


@dataclass(frozen=True)
class Kesenjangan:
    indikator: str
    label: str
    sektor: str
    satuan: str
    arah: str
    tahun: int
    P: float
    L: float
    jarak: float  # |P − L| / max(|P|, |L|), only for ordering

    @property
    def selisih(self) -> float:
        return _selisih_tampil(self.P, self.L, self.satuan)

    @property
    def keterangan(self) -> str:
        if self.selisih == 0:
            return "setara"
        tertinggal = (self.selisih < 0) if self.arah == "naik" else (self.selisih > 0)
        return "perempuan tertinggal" if tertinggal else "perempuan lebih baik"


@dataclass(frozen=True)
class Perbaikan:
    indikator: str
    label: str
    sektor: str
    satuan: str
    arah: str
    jk: str  # "P" (women's value) or "T" (total)
    tahun_lalu: int
    nilai_lalu: float
    tahun: int
    nilai: float
    skor: float  # relative change in the better direction, only for ordering

    @property
    def nama(self) -> str:
        if self.jk == "P" and "perempuan" not in self.label.lower():
            return f"{self.label}, perempuan"
        return self.label

    @property
    def perubahan(self) -> float:
        return _selisih_tampil(self.nilai, self.nilai_lalu, self.satuan)


@dataclass(frozen=True)
class Sebaran:
    """Province view of one headline index across the 14 kab/kota (or a regency's rank)."""
    indikator: str
    singkat: str
    teks: str          # one line for the brief
    frasa: str = ""    # a clause for the summary sentence


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

    @property
    def provinsi(self) -> bool:
        return self.kode == regions.PROVINSI

    @property
    def judul(self) -> str:
        return f"Ringkasan Pimpinan: {self.wilayah}"

    @property
    def judul_peta(self) -> str:
        return f"Lokasi: {self.wilayah}"

    @property
    def judul_grafik(self) -> str:
        return f"Perempuan dan laki-laki: kesenjangan terlebar, {self.wilayah}"

    @property
    def judul_wilayah(self) -> str:
        """Section heading: regency ranks for a kab/kota, best/worst regencies for the province."""
        return ("Kabupaten/kota terbaik dan terburuk" if self.provinsi
                else "Peringkat di antara 14 kabupaten/kota")

    @property
    def kaki(self) -> str:
        return (self.tanggal_data
                + (f"; angka terbit terbaru yang dipakai: tahun {self.tahun_terbaru}" if self.tahun_terbaru else "")
                + f". \"{fmt.TIDAK_TERSEDIA}\" berarti belum ada angka terbit, bukan nol.")

    def tabel_kesenjangan(self) -> pd.DataFrame:
        return pd.DataFrame([{
            "Sektor": self.label_sektor.get(k.sektor, k.sektor), "Indikator": k.label, "Tahun": str(k.tahun),
            "Perempuan": fmt.nilai_satuan(k.P, k.satuan), "Laki-laki": fmt.nilai_satuan(k.L, k.satuan),
            "Selisih P − L": f"{fmt.nilai_satuan(k.selisih, k.satuan, tanda=True)} {satuan_selisih(k.satuan)}",
            "Keterangan": k.keterangan} for k in self.kesenjangan],
            columns=["Sektor", "Indikator", "Tahun", "Perempuan", "Laki-laki", "Selisih P − L", "Keterangan"])

    def tabel_perbaikan(self) -> pd.DataFrame:
        return pd.DataFrame([{
            "Sektor": self.label_sektor.get(p.sektor, p.sektor), "Indikator": p.nama,
            "Sebelumnya": f"{fmt.nilai_satuan(p.nilai_lalu, p.satuan)} ({p.tahun_lalu})",
            "Terbaru": f"{fmt.nilai_satuan(p.nilai, p.satuan)} ({p.tahun})",
            "Perubahan": f"{fmt.nilai_satuan(p.perubahan, p.satuan, tanda=True)} {satuan_selisih(p.satuan)}"}
            for p in self.perbaikan],
            columns=["Sektor", "Indikator", "Sebelumnya", "Terbaru", "Perubahan"])

    def data_grafik(self) -> pd.DataFrame:
        """What the P/L chart draws: one row per widest gap (title with indicator, unit and year)."""
        return pd.DataFrame([{"judul": f"{k.label} ({k.satuan}), {k.tahun}", "satuan": k.satuan,
                              "P": k.P, "L": k.L} for k in self.kesenjangan],
                            columns=["judul", "satuan", "P", "L"])


def _daftar_sumber(urls: list[str], tabel: pd.DataFrame) -> list[tuple[str, str]]:
    """('BPS Provinsi Kalimantan Tengah (resmi)', 'https://…') for every source used, graded by data/sumber.csv."""
    penerbit = dict(zip(tabel["sumber"], tabel["penerbit"]))
    tingkat = sumber_mod.tingkat(pd.Series(urls, dtype=str), tabel)
    return [(f"{penerbit.get(u) or 'Sumber'} ({sumber_mod.SINGKAT[g]})", u) for u, g in zip(urls, tingkat)]


def _info(reg: pd.DataFrame) -> pd.DataFrame:
    return reg.set_index("id")


def _bisa_dibandingkan(i: pd.Series) -> bool:
    return i["arah"] != "netral" and i["sektor"] not in SEKTOR_LUAR and i["satuan"] not in SATUAN_HITUNGAN


def tanggal_indonesia(d: _dt.date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def tanggal_berkas(data_dir: Path | None = None) -> str:
    """When the data last changed: the latest import or restore in data/changelog.csv, e.g. '28 November 2026'.

    A file's modification time would only say when it was checked out, so without a changelog the brief says the
    data are the shipped set of published figures."""
    from .data import DATA_DIR
    from .gudang import baca_changelog

    waktu = pd.to_datetime(baca_changelog(data_dir or DATA_DIR)["waktu"], errors="coerce").dropna()
    if waktu.empty:
        return "Data: kumpulan awal angka terbit beserta sumbernya (belum ada pembaruan lewat impor)"
    return f"Data diperbarui {tanggal_indonesia(waktu.max().date())}"


def _utama(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, tabel_sumber: pd.DataFrame) -> Utama:
    k = seleksi.kartu(df, ind, kode)
    i = info.loc[ind]
    s = seleksi.seri(df, ind, kode)
    awal = s.iloc[0] if len(s) else None
    return Utama(**dataclasses.asdict(k), label=i["label_id"], satuan=i["satuan"], arah=i["arah"],
                 tahun_awal=int(awal["tahun"]) if awal is not None else None,
                 nilai_awal=float(awal["nilai"]) if awal is not None else np.nan,
                 tingkat=sumber_mod.tingkat(pd.Series([k.sumber]), tabel_sumber).iloc[0] if k.sumber else "")


def _kesenjangan(dw: pd.DataFrame, info: pd.DataFrame, n: int = 3) -> list[Kesenjangan]:
    w = seleksi.lebar_jk(dw).dropna(subset=["P", "L"]) if len(dw) else pd.DataFrame()
    if w.empty:
        return []
    w = w[w["indikator"].map(lambda x: bool(info.at[x, "per_jk"]) and _bisa_dibandingkan(info.loc[x]))]
    w = w.sort_values("tahun").groupby("indikator").tail(1)
    besar = np.maximum(w["P"].abs(), w["L"].abs()).replace(0, np.nan)
    w = w.assign(jarak=((w["P"] - w["L"]).abs() / besar).fillna(0.0))
    w = w.sort_values(["jarak", "indikator"], ascending=[False, True]).head(n)
    return [Kesenjangan(r.indikator, info.at[r.indikator, "label_id"], info.at[r.indikator, "sektor"],
                        info.at[r.indikator, "satuan"], info.at[r.indikator, "arah"], int(r.tahun),
                        float(r.P), float(r.L), float(r.jarak))
            for r in w.itertuples() if r.jarak > 0]


def _perbaikan(dw: pd.DataFrame, info: pd.DataFrame, n: int = 3) -> list[Perbaikan]:
    hasil = []
    for ind in sorted(dw["indikator"].unique()):
        i = info.loc[ind]
        if not _bisa_dibandingkan(i):
            continue
        for jk in ("P", "T"):
            s = dw[(dw["indikator"] == ind) & (dw["jenis_kelamin"] == jk)].sort_values("tahun")
            if len(s) >= 2:
                break
        else:
            continue
        lalu, akhir = s.iloc[-2], s.iloc[-1]
        v0, v1 = float(lalu["nilai"]), float(akhir["nilai"])
        d = _selisih_tampil(v1, v0, i["satuan"])
        if v0 == 0 or _penilaian(d, i["arah"]) != "membaik":
            continue
        skor = abs(v1 - v0) / abs(v0)
        hasil.append(Perbaikan(ind, i["label_id"], i["sektor"], i["satuan"], i["arah"], jk, int(lalu["tahun"]),
                               v0, int(akhir["tahun"]), v1, skor))
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


def _sebaran_provinsi(df: pd.DataFrame, info: pd.DataFrame, ind: str, pakai: set) -> Sebaran:
    i = info.loc[ind]
    nama = fmt.singkat(i["label_id"])
    kab = _nilai_kab(df, ind)
    th = _tahun_banding(kab)
    bagian, frasa = [], []
    if th is None:
        bagian.append(f"{nama}: belum ada angka kabupaten/kota dalam data")
    else:
        sel = kab[kab["tahun"] == th].copy()
        pakai.update((k, ind, th) for k in sel["kode_bps"])
        sel["rank"] = seleksi.peringkat(sel["nilai"], i["arah"])
        n = len(sel)
        f = lambda r: f"{regions.NAMA[r['kode_bps']]} ({fmt.nilai_satuan(r['nilai'], i['satuan'])})"
        if n >= 2:
            terbaik = sel.sort_values(["rank", "kode_bps"]).iloc[0]
            terburuk = sel.sort_values(["rank", "kode_bps"]).iloc[-1]
            bagian.append(f"{nama} {th} ({n} dari 14 kab/kota punya data): terbaik {f(terbaik)}, "
                          f"terburuk {f(terburuk)}")
            frasa.append(f"{nama} {th} terbaik di {regions.NAMA[terbaik['kode_bps']]} dan terburuk di "
                         f"{regions.NAMA[terburuk['kode_bps']]}")
        else:
            r = sel.iloc[0]
            bagian.append(f"{nama}: hanya {f(r)} pada {th} yang punya angka; terbaik dan terburuk belum dapat "
                          "ditentukan")
            frasa.append(f"{nama} hanya terbit untuk {f(r)} pada {th}")
    if ind in PERINGKAT_TERBIT:
        pr = _nilai_kab(df, PERINGKAT_TERBIT[ind])
        if len(pr):
            thp = int(pr["tahun"].max())
            pr = pr[pr["tahun"] == thp].sort_values(["nilai", "kode_bps"])
            pakai.update((k, PERINGKAT_TERBIT[ind], thp) for k in pr["kode_bps"])
            daftar = ", ".join(f"{regions.NAMA[r.kode_bps]} {int(r.nilai)}" for r in pr.itertuples())
            atas = pr.iloc[0]
            teks = (f"peringkat {nama} {thp} terbit untuk {len(pr)} dari 14 kab/kota ({daftar}; makin kecil "
                    "makin setara)")
            if len(pr) < 14:
                teks += "; peringkat terbawah tidak terbit"
            bagian.append(teks)
            frasa.append(f"peringkat {nama} {thp} hanya terbit untuk {len(pr)} kab/kota, dengan "
                         f"{regions.NAMA[atas['kode_bps']]} di peringkat {int(atas['nilai'])}")
    return Sebaran(ind, nama, "; ".join(bagian) + ".", "; ".join(frasa))


def _peringkat_kab(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, pakai: set,
                   nas: pd.DataFrame) -> Sebaran:
    i = info.loc[ind]
    nama = fmt.singkat(i["label_id"])
    wil = regions.NAMA[kode]
    dari_nilai = _peringkat_dari_nilai(df, info, ind, kode, pakai)
    if dari_nilai is not None:
        p = konteks.posisi_terbaru(nas, ind, kode, i["arah"])
        if p is None:
            return dari_nilai
        nasional = konteks.kalimat(p, nama, lambda x: fmt.nilai_satuan(x, i["satuan"])).split("; ", 1)[1]
        teks = (dari_nilai.teks.rstrip(".") + f"; menurut tabel BPS {p.tahun} (peringkat {p.peringkat_kalteng} dari "
                f"14 di Kalteng), {nasional}")
        return Sebaran(ind, nama, teks, dari_nilai.frasa)
    if ind in PERINGKAT_TERBIT:
        pr = _nilai_kab(df, PERINGKAT_TERBIT[ind])
        sendiri = pr[pr["kode_bps"] == kode].sort_values("tahun")
        if len(sendiri):
            r = sendiri.iloc[-1]
            pakai.add((kode, PERINGKAT_TERBIT[ind], int(r["tahun"])))
            th, rank = int(r["tahun"]), int(r["nilai"])
            return Sebaran(ind, nama, f"{nama}: peringkat ke-{rank} dari 14 kab/kota pada {th} (peringkat terbit; "
                                      "makin kecil makin setara).",
                           f"{wil} berada di peringkat ke-{rank} {nama} {th} (makin kecil makin setara)")
    return Sebaran(ind, nama, f"{nama}: belum ada angka untuk {wil}, sehingga peringkatnya belum dapat "
                              "ditentukan.")


def _peringkat_dari_nilai(df: pd.DataFrame, info: pd.DataFrame, ind: str, kode: str, pakai: set) -> Sebaran | None:
    """The regency's rank among the kab/kota with a value in its latest year; None without a value."""
    i = info.loc[ind]
    nama = fmt.singkat(i["label_id"])
    wil = regions.NAMA[kode]
    kab = _nilai_kab(df, ind)
    sendiri = kab[kab["kode_bps"] == kode].sort_values("tahun")
    if sendiri.empty:
        return None
    th = int(sendiri.iloc[-1]["tahun"])
    sel = kab[kab["tahun"] == th].copy()
    pakai.update((k, ind, th) for k in sel["kode_bps"])
    if len(sel) < 2:
        teks = (f"{wil} satu-satunya kab/kota dengan angka {nama} {th} "
                f"({fmt.nilai_satuan(sendiri.iloc[-1]['nilai'], i['satuan'])}), sehingga peringkatnya belum "
                "dapat dihitung")
        return Sebaran(ind, nama, f"{nama}: {teks}.", teks)
    sel["rank"] = seleksi.peringkat(sel["nilai"], i["arah"])
    rank = int(sel.loc[sel["kode_bps"] == kode, "rank"].iloc[0])
    return Sebaran(ind, nama, f"{nama} {th}: peringkat ke-{rank} dari {len(sel)} kab/kota yang punya data.",
                   f"{wil} berada di peringkat ke-{rank} {nama} {th} dari {len(sel)} kab/kota yang punya data")


def _sat(satuan: str) -> str:
    """Unit after a number in a sentence; index units ("indeks (0-1)") are left out, the name says it."""
    return "" if satuan.startswith("indeks") else f" {satuan}"


def _kalimat(b: Brief) -> list[str]:
    wil = b.wilayah
    nilai, tanpa = [], []
    for u in b.utama:
        if u.tahun is None:
            tanpa.append(u.singkat)
            continue
        s = f"{u.singkat} {wil} {u.tahun} sebesar {u.teks_nilai}"
        if u.perubahan is not None:
            gerak = "naik" if u.perubahan > 0 else "turun" if u.perubahan < 0 else "tetap"
            s += (f", {gerak} dari {fmt.nilai_satuan(u.nilai_lalu, u.satuan)} pada {u.tahun_lalu}"
                  + (f" ({u.penilaian})" if gerak != "tetap" else ""))
        if u.tahun_nasional == u.tahun:
            d = _selisih_tampil(u.nilai, u.nasional, u.satuan)
            banding = "sama dengan" if d == 0 else (
                "lebih baik daripada" if _penilaian(d, u.arah) == "membaik" else "lebih buruk daripada")
            s += (f"; angka nasional {u.tahun_nasional} {fmt.nilai_satuan(u.nasional, u.satuan)}, "
                  f"jadi {wil} {banding} angka nasional")
        elif u.tahun_nasional is not None:
            s += f"; angka nasional terakhir ({u.tahun_nasional}) {fmt.nilai_satuan(u.nasional, u.satuan)}"
        nilai.append(s + ".")
    kalimat = list(nilai)
    if b.kesenjangan:
        k = b.kesenjangan[0]
        sektor = b.label_sektor.get(k.sektor, k.sektor).lower()
        kalimat.append(
            f"Kesenjangan terlebar ada di sektor {sektor}: {k.label} {k.tahun} perempuan "
            f"{fmt.nilai_satuan(k.P, k.satuan)}{_sat(k.satuan)} dan laki-laki "
            f"{fmt.nilai_satuan(k.L, k.satuan)}{_sat(k.satuan)} "
            f"(selisih {fmt.nilai_satuan(k.selisih, k.satuan, tanda=True)} {satuan_selisih(k.satuan)}; "
            f"{k.keterangan}).")
    else:
        kalimat.append(f"Belum ada indikator dengan angka perempuan dan laki-laki untuk {wil} dalam data, "
                       "sehingga kesenjangannya belum dapat diukur.")
    if b.perbaikan:
        p = b.perbaikan[0]
        gerak = "naik" if p.perubahan > 0 else "turun"
        kalimat.append(
            f"Perbaikan terbesar sejak tahun terbit sebelumnya: {p.nama} {gerak} dari "
            f"{fmt.nilai_satuan(p.nilai_lalu, p.satuan)}{_sat(p.satuan)} ({p.tahun_lalu}) menjadi "
            f"{fmt.nilai_satuan(p.nilai, p.satuan)}{_sat(p.satuan)} ({p.tahun}).")
    else:
        kalimat.append(f"Belum ada indikator {wil} yang membaik menurut dua tahun terbit terakhirnya dalam data.")
    frasa = [s.frasa for s in b.sebaran if s.frasa]
    if b.provinsi:
        kalimat.append("Di tingkat kabupaten/kota, " + "; ".join(frasa) + "." if frasa else
                       "Belum ada angka IKG, IDG maupun IPG tingkat kabupaten/kota dalam data.")
    elif frasa:
        kalimat.append("Di antara 14 kabupaten/kota, " + "; ".join(frasa) + ".")
    else:
        kalimat.append(f"Peringkat {wil} di antara 14 kabupaten/kota belum dapat ditentukan karena IKG, IDG dan "
                       "IPG-nya belum terbit.")
    if tanpa:
        daftar = ", ".join(tanpa[:-1]) + (" dan " if len(tanpa) > 1 else "") + tanpa[-1]
        kalimat.append(f"{daftar} untuk {wil} belum tersedia dalam data.")
    return kalimat[:5]


def isi_brief(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tanggal: str | None = None,
              nas: pd.DataFrame | None = None, tabel_sumber: pd.DataFrame | None = None) -> Brief:
    """All content of the leaders' brief for the province (6200) or one kab/kota (BPS code). `nas` (BPS's national
    table) and `tabel_sumber` (graded sources) are read from data/ when not given."""
    nas = konteks.muat() if nas is None else nas
    tabel_sumber = sumber_mod.muat() if tabel_sumber is None else tabel_sumber
    if kode not in regions.KABKOTA and kode != regions.PROVINSI:
        raise ValueError(f"kode wilayah '{kode}' bukan Kalimantan Tengah (6200) atau salah satu dari 14 kab/kota")
    info = _info(reg)
    dw = df[df["kode_bps"] == kode]
    pakai: set[tuple[str, str, int]] = set()

    utama = [_utama(df, info, ind, kode, tabel_sumber) for ind in UTAMA]
    for u in utama:
        pakai.update({(kode, u.indikator, u.tahun), (kode, u.indikator, u.tahun_lalu),
                      (regions.NASIONAL, u.indikator, u.tahun_nasional)})
    kesenjangan = _kesenjangan(dw, info)
    pakai.update((kode, k.indikator, k.tahun) for k in kesenjangan)
    perbaikan = _perbaikan(dw, info)
    pakai.update((kode, p.indikator, th) for p in perbaikan for th in (p.tahun_lalu, p.tahun))
    if kode == regions.PROVINSI:
        sebaran = [_sebaran_provinsi(df, info, ind, pakai) for ind in UTAMA]
    else:
        sebaran = [_peringkat_kab(df, info, ind, kode, pakai, nas) for ind in UTAMA]

    kunci = pd.MultiIndex.from_frame(df[["kode_bps", "indikator", "tahun"]])
    dipakai = df[kunci.isin([p for p in pakai if p[2] is not None])]
    sumber = sorted(dipakai["sumber"].unique().tolist())
    grafik = df[kunci.isin([(kode, k.indikator, k.tahun) for k in kesenjangan])]
    tahun_terbaru = int(dipakai.loc[dipakai["kode_bps"] == kode, "tahun"].max()) \
        if (dipakai["kode_bps"] == kode).any() else None
    b = Brief(kode, regions.NAMA[kode],
              "Provinsi" if kode == regions.PROVINSI else
              ("Kota" if kode == "6271" else "Kabupaten") + " di Provinsi Kalimantan Tengah",
              utama, kesenjangan, perbaikan, sebaran, [], sumber,
              tanggal or tanggal_berkas(), tahun_terbaru,
              label_sektor={s: t(s) for s in reg["sektor"].unique()},
              sumber_grafik=sorted(grafik["sumber"].unique().tolist()),
              daftar_sumber=_daftar_sumber(sumber, tabel_sumber))
    b.kalimat = _kalimat(b)
    return b
