"""Build the cleaned tidy CSV from the published figures in data/raw/.

    python -m kalteng_gender.build

Each raw file holds `kode_bps,wilayah,tahun,indikator,jenis_kelamin,nilai,satuan,sumber` as read from its source;
its `satuan` often carries notes too. This step maps raw names onto registry ids, converts units (thousands,
millions, proportions) so every row of an indicator shares one unit, keeps the raw `satuan` text in `catatan`
so nothing is lost, and resolves figures reported by several sources (one row kept, cross-check or conflict
noted). BPS WebAPI downloads in data/raw/bps/ are added and win over press reports.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

from . import regions
from .data import KOLOM, DATA_DIR, DATA_FILE, DataError, validasi

RAW_DIR = DATA_DIR / "raw"

# raw indicator name -> registry id
PETA_INDIKATOR: dict[str, str] = {
    "ikg": "ikg",
    "ikg_urutan_terendah_dalam_provinsi": "ikg_peringkat",
    "ikg_mtf_perempuan_melahirkan_tidak_di_faskes": "mtf",
    "ikg_mhpk20_melahirkan_hidup_pertama_usia_lt20": "mhpk20",
    "idg": "idg",
    "ipg": "ipg",
    "ipm": "ipm",
    "ipm_uhh_lf_sp2020": "ipm_sp2020",
    "uhh": "uhh",
    "uhh_lf_sp2020": "uhh_sp2020",
    "hls": "hls",
    "rls": "rls",
    "pct_penduduk_25plus_pendidikan_sma_keatas": "pct_sma_keatas",
    "pengeluaran_per_kapita_disesuaikan": "pengeluaran_per_kapita",
    "tpak_agustus": "tpak_agustus",
    "tpak_februari": "tpak_februari",
    "tpt_agustus": "tpt_agustus",
    "tpt_februari": "tpt_februari",
    "tpt": "tpt",
    "penduduk_usia_kerja": "penduduk_usia_kerja",
    "angkatan_kerja": "angkatan_kerja",
    "angkatan_kerja_bekerja": "penduduk_bekerja",
    "angkatan_kerja_tidak_bekerja": "pengangguran",
    "pct_keterwakilan_perempuan_legislatif": "pct_perempuan_parlemen",
    "jumlah_anggota_dprd": "kursi_dprd",
    "caleg_dct_dprd_kabupaten": "caleg_dprd",
    "pct_caleg_perempuan_dct_dprd_kabupaten": "pct_caleg_perempuan",
    "kasus_kekerasan_perempuan_anak": "kasus_kekerasan_perempuan_anak",
    "kasus_kekerasan_anak": "kasus_kekerasan_anak",
    "kasus_kekerasan_perempuan": "kasus_kekerasan_perempuan",
    "kasus_kekerasan_perempuan_anak_fisik": "kasus_kekerasan_fisik",
    "kasus_kekerasan_perempuan_anak_psikis": "kasus_kekerasan_psikis",
    "kasus_kekerasan_perempuan_anak_seksual": "kasus_kekerasan_seksual",
    "kasus_kekerasan_perempuan_anak_eksploitasi": "kasus_kekerasan_eksploitasi",
    "kasus_kekerasan_perempuan_anak_trafficking": "kasus_kekerasan_trafficking",
    "kasus_kekerasan_perempuan_anak_penelantaran": "kasus_kekerasan_penelantaran",
    "kasus_kekerasan_perempuan_anak_lainnya": "kasus_kekerasan_lainnya",
    "korban_kekerasan_perempuan_anak": "korban_kekerasan_perempuan_anak",
    "korban_kekerasan_anak": "korban_kekerasan_anak",
    "korban_kekerasan_perempuan_dewasa": "korban_kekerasan_perempuan_dewasa",
    "laporan_kekerasan_terhadap_anak_ditangani_uptppa": "laporan_kekerasan_anak_uptppa",
    "pct_perempuan_20_24_kawin_sebelum_18": "perkawinan_anak",
    "pct_perempuan_pernah_kawin_umur_kawin_pertama_le16": "pct_kawin_pertama_le16",
    "pct_perkawinan_anak_rilis_kpppa_2019": "pct_perkawinan_anak_rilis2019",
    "jumlah_penduduk_sp2010": "penduduk_sp2010",
    "jumlah_penduduk_sp2020": "penduduk_sp2020",
    "jumlah_penduduk_estimasi_pertengahan_tahun": "penduduk_proyeksi",
    "jumlah_penduduk_dukcapil": "penduduk_dukcapil",
    "jumlah_penduduk": "penduduk",
    "rasio_jenis_kelamin": "rasio_jenis_kelamin",
    "pct_penduduk_menurut_jenis_kelamin": "pct_penduduk_jk",
}

# (start of the raw unit text, factor, words for the note) applied in order; the first match wins.
KONVERSI: list[tuple[str, float, str]] = [
    ("ribu ", 1_000.0, "dikonversi dari ribuan"),
    ("juta jiwa", 1_000_000.0, "dikonversi dari jutaan (dibulatkan di sumber)"),
    ("proporsi (0-1)", 100.0, "dikonversi dari proporsi ke persen"),
]

JK = {"L": "L", "P": "P", "T": "T", "total": "T"}


def _resmi(sumber: str) -> bool:
    """A figure straight from a BPS site or the BPS WebAPI outranks a press report of it."""
    return bool(re.search(r"bps\.go\.id|BPS WebAPI", str(sumber)))


def baca_mentah(raw_dir: Path = RAW_DIR) -> pd.DataFrame:
    """Every per-source CSV in raw_dir stacked, with the file name kept for messages."""
    frames = []
    for path in sorted(raw_dir.glob("*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["berkas"] = path.name
        df["baris"] = range(2, len(df) + 2)
        frames.append(df)
    if not frames:
        raise DataError(f"Tidak ada berkas CSV di {raw_dir}.")
    return pd.concat(frames, ignore_index=True)


def bersihkan(mentah: pd.DataFrame, satuan_registry: dict[str, str]) -> pd.DataFrame:
    """Map raw rows onto the tidy schema (one unit per indicator, notes kept in `catatan`)."""
    tidak_dikenal = sorted(set(mentah["indikator"]) - set(PETA_INDIKATOR))
    if tidak_dikenal:
        raise DataError(f"Indikator mentah tanpa pemetaan di build.PETA_INDIKATOR: {', '.join(tidak_dikenal)}.")
    out = pd.DataFrame({
        "kode_bps": mentah["kode_bps"].str.zfill(4),
        "tahun": mentah["tahun"].astype(int),
        "indikator": mentah["indikator"].map(PETA_INDIKATOR),
        "jenis_kelamin": mentah["jenis_kelamin"].map(JK),
        "nilai": mentah["nilai"].astype(float),
        "sumber": mentah["sumber"],
    })
    out["wilayah"] = out["kode_bps"].map(regions.NAMA)
    satuan_mentah = mentah["satuan"].str.strip()
    catatan = []
    for i, teks in enumerate(satuan_mentah):
        for awal, faktor, kata in KONVERSI:
            if teks.startswith(awal):
                out.loc[i, "nilai"] = round(out.loc[i, "nilai"] * faktor, 6)
                catatan.append(f"{kata}; satuan di sumber: {teks}")
                break
        else:
            baku = satuan_registry[out.loc[i, "indikator"]]
            catatan.append("" if teks == baku else f"satuan di sumber: {teks}")
    out["catatan"] = catatan
    out["satuan"] = out["indikator"].map(satuan_registry)
    return out


def gabung_sumber(df: pd.DataFrame) -> pd.DataFrame:
    """One row per key. Agreeing sources are noted as a cross-check; disagreeing ones keep the official
    (BPS) figure, or the first source when none is official, and the conflict goes into `catatan`."""
    kunci = ["kode_bps", "tahun", "indikator", "jenis_kelamin"]
    hasil = []
    for _, grup in df.groupby(kunci, sort=False):
        if len(grup) == 1:
            hasil.append(grup.iloc[0])
            continue
        grup = grup.assign(_resmi=grup["sumber"].map(_resmi)).sort_values("_resmi", ascending=False, kind="stable")
        pilih = grup.iloc[0].copy()
        lain = grup.iloc[1:]
        sama = lain[(lain["nilai"] - pilih["nilai"]).abs() < 1e-9]
        beda = lain.drop(sama.index)
        catatan = [pilih["catatan"]] if pilih["catatan"] else []
        if len(sama):
            catatan.append("dicek silang, sama dengan: " + " ; ".join(sama["sumber"]))
        for _, r in beda.iterrows():
            catatan.append(f"KONFLIK: sumber lain memberi {r['nilai']:g} ({r['sumber']})")
        pilih["catatan"] = " | ".join(catatan)
        hasil.append(pilih.drop(labels="_resmi"))
    return pd.DataFrame(hasil)[KOLOM].reset_index(drop=True)


def bangun(raw_dir: Path = RAW_DIR, satuan_registry: dict[str, str] | None = None) -> pd.DataFrame:
    from .data import muat_registry
    from . import bps

    if satuan_registry is None:
        satuan_registry = muat_registry().set_index("id")["satuan"].to_dict()
    df = bersihkan(baca_mentah(raw_dir), satuan_registry)
    api = bps.baca_folder(raw_dir / "bps")
    if len(api):
        df = pd.concat([api[KOLOM], df], ignore_index=True)
    df = gabung_sumber(df)
    return df.sort_values(["indikator", "kode_bps", "tahun", "jenis_kelamin"]).reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    try:
        df = bangun()
        validasi(df, DATA_FILE.name)
    except DataError as e:
        print(str(e), file=sys.stderr)
        return 1
    tmp = DATA_FILE.with_suffix(".tmp")
    df.to_csv(tmp, index=False)
    tmp.replace(DATA_FILE)
    konflik = df["catatan"].str.contains("KONFLIK").sum()
    print(f"{DATA_FILE}: {len(df)} baris, {df['indikator'].nunique()} indikator, "
          f"{df['kode_bps'].nunique()} wilayah, {konflik} konflik sumber dicatat.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
