"""Build the cleaned tidy CSV from the published figures in data/raw/.

    python -m kalteng_gender.build [--data-dir DIR]

Each raw file holds `kode_bps,wilayah,tahun,indikator,jenis_kelamin,nilai,satuan,sumber` as read from its source;
its `satuan` often carries notes too. This step maps raw names onto registry ids, converts units (thousands,
millions, proportions) so every row of an indicator shares one unit, keeps the raw `satuan` text in `catatan`
so nothing is lost, and resolves figures reported by several sources (one row kept, cross-check or conflict
noted). BPS WebAPI downloads in data/raw/bps/ are added and win over press reports.

Layers, in order: press/published files (data/raw/*.csv) -> BPS WebAPI (data/raw/bps/*.json) -> imports
(data/raw/impor/*.csv, written by `kalteng_gender.impor`, applied in file-name order = the order they were applied;
only layers a line of data/changelog.csv names: a layer file no committed import wrote is ignored and reported).
An import row is already tidy and in registry units; it replaces the same key from any earlier layer and, when it
changes the value, its `catatan` gains "menggantikan <lama> dari <sumber lama>". data/raw/impor/dibatalkan/ holds
imports withdrawn by a restore and is ignored. A layer that fails validation stops the build (nothing written).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from . import regions
from .data import KOLOM, KUNCI, DATA_DIR, DATA_FILE, DataError, validasi

RAW_DIR = DATA_DIR / "raw"
FOLDER_IMPOR = "impor"              # data/raw/impor/: one tidy CSV per applied import
FOLDER_DIBATALKAN = "dibatalkan"    # data/raw/impor/dibatalkan/: imports withdrawn by a restore (ignored)
CHANGELOG = "changelog.csv"          # data/changelog.csv, written by kalteng_gender.impor
_NAMA_LAPISAN = re.compile(r"\d{8}-\d{6}_[A-Za-z0-9._-]*?\.csv")
URUTAN = ["indikator", "kode_bps", "tahun", "jenis_kelamin"]
PENANDA_GANTI = "menggantikan "

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


def catatan_ganti(catatan: str, nilai: float, nilai_lama: float, sumber_lama: str) -> str:
    """The note of a figure that replaces an earlier layer's figure: its own note, plus
    'menggantikan <old value> dari <old source>' when the value changed (nothing added for a new key)."""
    if pd.isna(nilai_lama) or np.isclose(nilai, nilai_lama, rtol=1e-9, atol=0):
        return catatan
    ganti = f"{PENANDA_GANTI}{np.format_float_positional(float(nilai_lama), trim='-')} dari {sumber_lama}"
    return " | ".join(c for c in (catatan, ganti) if c)


def inti_catatan(catatan: str) -> str:
    """A note without the 'menggantikan …' parts that stacking layers added (what the source itself said)."""
    return " | ".join(c for c in str(catatan).split(" | ") if not c.startswith(PENANDA_GANTI))


def timpa(dasar: pd.DataFrame, lapisan: pd.DataFrame) -> pd.DataFrame:
    """`dasar` with every row of `lapisan` put in place of the row with the same key (or added).

    The importer merges with this same function, so a rebuild reproduces the applied data file exactly."""
    kunci_lapisan = pd.MultiIndex.from_frame(lapisan[KUNCI])
    diganti = pd.MultiIndex.from_frame(dasar[KUNCI]).isin(kunci_lapisan)
    lama = dasar.loc[diganti, KUNCI + ["nilai", "sumber"]]
    baru = lapisan[KOLOM].merge(lama, on=KUNCI, how="left", suffixes=("", "_lama"), validate="one_to_one")
    baru["catatan"] = [catatan_ganti(c, n, n0, s0) for c, n, n0, s0 in
                       zip(baru["catatan"], baru["nilai"], baru["nilai_lama"], baru["sumber_lama"])]
    hasil = pd.concat([dasar.loc[~diganti, KOLOM], baru[KOLOM]], ignore_index=True)
    return hasil.sort_values(URUTAN).reset_index(drop=True)


def lapisan_tercatat(data_dir: Path) -> set[str]:
    """Names of the import layers that data/changelog.csv records (its `lapisan` column)."""
    path = Path(data_dir) / CHANGELOG
    if not path.is_file():
        return set()
    with open(path, newline="", encoding="utf-8") as f:
        baris = list(csv.reader(f))
    if not baris or "lapisan" not in baris[0]:
        return set()
    j = baris[0].index("lapisan")
    return {n for b in baris[1:] if len(b) > j for n in _NAMA_LAPISAN.findall(b[j])}


def berkas_lapisan(raw_dir: Path = RAW_DIR, semua: bool = False) -> list[Path]:
    """The active import layers in the order they apply (file names start with the time of the import): those
    the changelog beside raw_dir records; semua=True: every layer file in the folder."""
    folder = Path(raw_dir) / FOLDER_IMPOR
    if not folder.is_dir():
        return []
    tercatat = lapisan_tercatat(Path(raw_dir).parent)
    return sorted(p for p in folder.glob("*.csv") if semua or p.name in tercatat)


def baca_lapisan(path: Path, registry: pd.DataFrame) -> pd.DataFrame:
    """One import layer, validated like the data file; its units must already be the registry's. Raises DataError
    naming the file."""
    nama = f"raw/{FOLDER_IMPOR}/{path.name}"
    try:
        mentah = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError, OSError) as e:
        raise DataError(f"Lapisan impor {nama} tidak dapat dibaca sebagai CSV UTF-8 ({type(e).__name__}); "
                        "CSV bersih tidak dibangun ulang.")
    try:
        df = validasi(mentah, nama, registry)[KOLOM]
    except DataError as e:
        raise DataError(f"Lapisan impor {nama} ditolak; CSV bersih tidak dibangun ulang.\n{e}", e.masalah)
    satuan = registry.set_index("id")["satuan"]
    masalah = [f"{nama}, baris {i + 2}, kolom 'satuan': '{s}' bukan satuan registry untuk '{ind}' ({satuan[ind]})."
               for i, (ind, s) in enumerate(zip(df["indikator"], df["satuan"])) if s != satuan[ind]]
    masalah += [f"{nama}, baris {i + 2}, kolom 'wilayah': '{w}' bukan nama wilayah {k} ({regions.NAMA[k]})."
                for i, (k, w) in enumerate(zip(df["kode_bps"], df["wilayah"])) if w != regions.NAMA[k]]
    if masalah:
        raise DataError(f"Lapisan impor {nama} ditolak; CSV bersih tidak dibangun ulang.\n" + "\n".join(masalah),
                        masalah)
    return df


def bangun(raw_dir: Path = RAW_DIR, satuan_registry: dict[str, str] | None = None,
           registry: pd.DataFrame | None = None) -> pd.DataFrame:
    """The tidy data from every layer under raw_dir: raw files, then BPS WebAPI, then imports (see module doc)."""
    from .data import muat_registry
    from . import bps

    raw_dir = Path(raw_dir)
    if registry is None:
        registry = muat_registry()
    if satuan_registry is None:
        satuan_registry = registry.set_index("id")["satuan"].to_dict()
    lapisan = [baca_lapisan(p, registry) for p in berkas_lapisan(raw_dir)]  # all checked before anything else
    df = bersihkan(baca_mentah(raw_dir), satuan_registry)
    api = bps.baca_folder(raw_dir / "bps")
    if len(api):
        df = pd.concat([api[KOLOM], df], ignore_index=True)
    df = gabung_sumber(df)
    df = df.astype({"tahun": "int64", "nilai": "float64"}).sort_values(URUTAN).reset_index(drop=True)
    for tambahan in lapisan:
        df = timpa(df, tambahan)
    return df


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kalteng_gender.build",
                                 description="Bangun ulang data/gender_kalteng.csv dari semua lapisan di data/raw/.")
    ap.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: data/)")
    a = ap.parse_args(sys.argv[1:] if argv is None else argv)
    from . import impor  # lazily: impor imports this module
    from .data import REGISTRY_FILE, muat_registry

    data_dir = Path(a.data_dir) if a.data_dir is not None else DATA_DIR
    data_file = data_dir / DATA_FILE.name
    try:
        with impor._kunci(data_dir, impor.BATAS_TUNGGU):  # never in the middle of an import or a restore
            impor.selesaikan_tertunda(data_dir)
            registry = muat_registry(data_dir / REGISTRY_FILE.name)
            df = bangun(data_dir / RAW_DIR.name, registry=registry)
            validasi(df, data_file.name, registry)
            impor._tulis_atomik(data_file, df.to_csv(index=False).encode("utf-8"))
    except DataError as e:
        print(str(e), file=sys.stderr)
        return 1
    konflik = df["catatan"].str.contains("KONFLIK").sum()
    raw_dir = data_dir / RAW_DIR.name
    n_lapisan = len(berkas_lapisan(raw_dir))
    print(f"{data_file}: {len(df)} baris, {df['indikator'].nunique()} indikator, "
          f"{df['kode_bps'].nunique()} wilayah, {konflik} konflik sumber dicatat, {n_lapisan} lapisan impor.")
    liar = sorted(set(berkas_lapisan(raw_dir, semua=True)) - set(berkas_lapisan(raw_dir)))
    if liar:
        print(f"Diabaikan: {len(liar)} berkas di raw/{FOLDER_IMPOR}/ tanpa baris di {CHANGELOG} (impor yang tidak "
              f"selesai): {', '.join(p.name for p in liar)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
