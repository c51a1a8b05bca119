"""Build the cleaned tidy CSV from the published figures in data/raw/.

    python -m kalteng_gender.build [--data-dir DIR]

Each raw file holds `kode_bps,wilayah,tahun,indikator,jenis_kelamin,nilai,satuan,sumber` as read from its source;
its `satuan` often carries notes too. This step maps raw names onto registry ids, converts units (thousands,
millions, proportions) so every row of an indicator shares one unit, keeps the raw `satuan` text in `catatan`
so nothing is lost, and resolves figures reported by several sources (one row kept, cross-check or conflict
noted). BPS WebAPI downloads in data/raw/bps/ are added and win over press reports.

Layers, in order: press/published files (data/raw/*.csv) -> BPS WebAPI (data/raw/bps/*.json) -> imports
(data/raw/impor/*.csv, written by `kalteng_gender.impor` through the store `kalteng_gender.gudang`, applied in file-name order = the order they were applied;
only layers a line of data/changelog.csv names: a layer file no committed import wrote is ignored and reported).
An import row is already tidy and in registry units; it replaces the same key from any earlier layer and, when it
changes the value, its `catatan` gains "menggantikan <lama> dari <sumber lama>". data/raw/impor/dibatalkan/ holds
imports withdrawn by a restore and is ignored. A layer that fails validation stops the build (nothing written).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from . import bps_tabel, gudang, regions, sumber
from .data import (KOLOM, KOLOM_NASIONAL, KUNCI, DATA_DIR, DATA_FILE, NASIONAL_FILE, DataError, CATATAN_SERI,
                   cari_indikator, peta_seri, seri_tahun, validasi)
from .gudang import FOLDER_IMPOR, berkas_lapisan
from .impor_baca import baca as baca_berkas
from .sel import jenis_kelamin

RAW_DIR = DATA_DIR / gudang.FOLDER_RAW
FOLDER_BPS_TABEL = "bps_tabel"      # data/raw/bps_tabel/: BPS dynamic-table exports as downloaded; _asal.csv: where from
FOLDER_SEKUNDER = "sekunder"        # data/raw/sekunder/: secondary compilations (graded as such in data/sumber.csv)
URUTAN = ["indikator", "kode_bps", "tahun", "jenis_kelamin"]
PENANDA_GANTI = "menggantikan "

# (start of the raw unit text, factor, words for the note) applied in order; the first match wins.
KONVERSI: list[tuple[str, float, str]] = [
    ("ribu ", 1_000.0, "dikonversi dari ribuan"),
    ("juta jiwa", 1_000_000.0, "dikonversi dari jutaan (dibulatkan di sumber)"),
    ("proporsi (0-1)", 100.0, "dikonversi dari proporsi ke persen"),
]

def peta_indikator(registry: pd.DataFrame) -> dict[str, str]:
    """Raw indicator name -> registry id: each id names itself, and the registry's `alias` column lists the
    other names sources use (BPS table titles among them)."""
    peta = {i: i for i in registry["id"]}
    for i, alias in zip(registry["id"], registry.get("alias", pd.Series("", index=registry.index))):
        peta.update({a: i for a in str(alias).split("|") if a})
    return peta


def seri_lanjutan(df: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Figures from the year a method changed on go to the new series (data.seri_tahun), noted in `catatan`."""
    df = df.copy()
    peta = peta_seri(registry)
    seri = [seri_tahun(i, t, peta) for i, t in zip(df["indikator"], df["tahun"])]
    pindah = pd.Series(seri, index=df.index) != df["indikator"]
    df.loc[pindah, "catatan"] = [" | ".join(c for c in (x, CATATAN_SERI) if c) for x in df.loc[pindah, "catatan"]]
    df["indikator"] = seri
    return df


def baca_mentah(raw_dir: Path = RAW_DIR) -> pd.DataFrame:
    """Every per-source CSV in raw_dir and raw_dir/sekunder stacked, with the file name kept for messages."""
    frames = []
    for path in sorted(raw_dir.glob("*.csv")) + sorted((raw_dir / FOLDER_SEKUNDER).glob("[!_]*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["berkas"] = path.name
        df["baris"] = range(2, len(df) + 2)
        frames.append(df)
    if not frames:
        raise DataError(f"Tidak ada berkas CSV di {raw_dir}.")
    return pd.concat(frames, ignore_index=True)


def peta_berkas(raw_dir: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(file, raw name) -> (registry id, note) where one file's raw name means something more specific than the
    registry alias (sekunder/_indikator.csv: a compilation's 'tpak' is August Sakernas)."""
    path = Path(raw_dir) / FOLDER_SEKUNDER / "_indikator.csv"
    if not path.exists():
        return {}
    t = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {(b, m): (i, c) for b, m, i, c in t[["berkas", "indikator_mentah", "indikator", "catatan"]].values}


def bersihkan(mentah: pd.DataFrame, registry: pd.DataFrame, raw_dir: Path | None = None) -> pd.DataFrame:
    """Map raw rows onto the tidy schema (one unit per indicator, notes kept in `catatan`)."""
    peta = peta_indikator(registry)
    satuan_registry = registry.set_index("id")["satuan"].to_dict()
    tidak_dikenal = sorted(set(mentah["indikator"]) - set(peta))
    if tidak_dikenal:
        raise DataError("Indikator mentah tanpa baris atau alias di registry (data/indikator.csv): "
                        f"{', '.join(tidak_dikenal)}.")
    khusus = peta_berkas(raw_dir) if raw_dir is not None else {}
    berkas = mentah["berkas"] if "berkas" in mentah else pd.Series("", index=mentah.index)
    indikator = [khusus.get((b, i), (peta.get(i), ""))[0] for b, i in zip(berkas, mentah["indikator"])]
    out = pd.DataFrame({
        "kode_bps": mentah["kode_bps"].str.zfill(4),
        "tahun": mentah["tahun"].astype(int),
        "indikator": indikator,
        "jenis_kelamin": mentah["jenis_kelamin"].map(jenis_kelamin),
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
    out["catatan"] = [" | ".join(c for c in (x, khusus.get((b, i), ("", ""))[1]) if c)
                      for x, b, i in zip(catatan, berkas, mentah["indikator"])]
    out = seri_lanjutan(out, registry)
    out["satuan"] = out["indikator"].map(satuan_registry)
    return out


def gabung_sumber(df: pd.DataFrame, tabel_sumber: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per key. Agreeing sources are noted as a cross-check; disagreeing ones keep the figure of the
    best-graded source (data/sumber.csv; first in file order among equals) and the conflict goes into `catatan`."""
    kunci = ["kode_bps", "tahun", "indikator", "jenis_kelamin"]
    tabel_sumber = sumber.muat() if tabel_sumber is None else tabel_sumber
    df = df.assign(_resmi=sumber.tingkat(df["sumber"], tabel_sumber).map(sumber.urutan))
    hasil = []
    for _, grup in df.groupby(kunci, sort=False):
        if len(grup) == 1:
            hasil.append(grup.iloc[0].drop(labels="_resmi"))
            continue
        grup = grup.sort_values("_resmi", kind="stable")
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


def baca_tabel_bps(raw_dir: Path, registry: pd.DataFrame) -> pd.DataFrame:
    """Every figure of the BPS dynamic-table exports in raw_dir/bps_tabel (all provinces and kab/kota), the
    indicator read from each table's title and Kalteng's rows given their BPS codes. Columns KOLOM_NASIONAL."""
    folder = Path(raw_dir) / FOLDER_BPS_TABEL
    asal_file = folder / "_asal.csv"
    asal = (dict(pd.read_csv(asal_file, dtype=str, keep_default_na=False)[["berkas", "sumber"]].values)
            if asal_file.exists() else {})
    frames = []
    for path in sorted(p for p in folder.glob("*") if p.suffix in (".csv", ".xlsx") and not p.name.startswith("_")):
        t = bps_tabel.baca(baca_berkas(path.read_bytes(), path.name))
        ind = cari_indikator(t.judul, registry)
        blok, masalah = bps_tabel.kode_kalteng(t)
        masalah = [str(m) for m in t.masalah + masalah]
        if ind is None:
            masalah.append(f"{path.name}: judul tabel '{t.judul}' tidak cocok dengan indikator mana pun di registry "
                           "(tambahkan judulnya ke kolom alias).")
        if masalah:
            raise DataError(f"Tabel BPS {path.name} ditolak; CSV bersih tidak dibangun ulang.\n" + "\n".join(masalah),
                            masalah)
        df = t.nilai.assign(indikator=ind, sumber=asal.get(path.name, f"BPS, tabel dinamis '{t.judul}'"),
                            kode_bps=blok["kode_bps"].reindex(t.nilai.index).fillna(""))
        frames.append(df[KOLOM_NASIONAL])
    if not frames:
        return pd.DataFrame(columns=KOLOM_NASIONAL)
    return pd.concat(frames, ignore_index=True).sort_values(["indikator", "tahun"], kind="stable") \
        .reset_index(drop=True)


def kalteng_dari_tabel_bps(nasional: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """The Kalteng block and Indonesia of the BPS exports as tidy rows (index tables: no split by sex)."""
    k = nasional[nasional["kode_bps"] != ""]
    satuan = registry.set_index("id")["satuan"]
    out = pd.DataFrame({"kode_bps": k["kode_bps"], "wilayah": k["kode_bps"].map(regions.NAMA),
                        "tahun": k["tahun"].astype(int), "indikator": k["indikator"], "jenis_kelamin": "T",
                        "nilai": k["nilai"].astype(float), "satuan": k["indikator"].map(satuan),
                        "sumber": k["sumber"], "catatan": ""})
    return seri_lanjutan(out, registry)[KOLOM]


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


def bangun(raw_dir: Path = RAW_DIR, registry: pd.DataFrame | None = None,
           tabel_sumber: Path | None = None) -> pd.DataFrame:
    """The tidy data from every layer under raw_dir: raw files, then BPS WebAPI, then imports (see module doc)."""
    from . import bps  # here, not at the top: the dashboard imports this module and never needs requests
    from .data import muat_registry

    raw_dir = Path(raw_dir)
    if registry is None:
        registry = muat_registry()
    lapisan = [baca_lapisan(p, registry) for p in berkas_lapisan(raw_dir)]  # all checked before anything else
    df = bersihkan(baca_mentah(raw_dir), registry, raw_dir)
    tabel_bps = kalteng_dari_tabel_bps(baca_tabel_bps(raw_dir, registry), registry)
    api = bps.baca_folder(raw_dir / "bps")
    df = pd.concat([x for x in (api[KOLOM] if len(api) else None, tabel_bps, df) if x is not None],
                   ignore_index=True)
    df = gabung_sumber(df, sumber.muat(tabel_sumber))
    df = df.astype({"tahun": "int64", "nilai": "float64"}).sort_values(URUTAN).reset_index(drop=True)
    for tambahan in lapisan:
        df = timpa(df, tambahan)
    return df


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kalteng_gender.build",
                                 description="Bangun ulang data/gender_kalteng.csv dari semua lapisan di data/raw/.")
    ap.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: data/)")
    a = ap.parse_args(sys.argv[1:] if argv is None else argv)
    from .data import REGISTRY_FILE, muat_registry

    data_dir = Path(a.data_dir) if a.data_dir is not None else DATA_DIR
    data_file = data_dir / DATA_FILE.name
    try:
        with gudang.kunci_berkas(data_dir):  # never in the middle of an import or a restore
            gudang.selesaikan_tertunda(data_dir)
            registry = muat_registry(data_dir / REGISTRY_FILE.name)
            df = bangun(data_dir / RAW_DIR.name, registry=registry, tabel_sumber=data_dir / sumber.SUMBER_FILE.name)
            validasi(df, data_file.name, registry)
            nasional = baca_tabel_bps(data_dir / RAW_DIR.name, registry)
            gudang.tulis_atomik(data_dir / NASIONAL_FILE.name, nasional.to_csv(index=False).encode("utf-8"))
            gudang.tulis_atomik(data_file, df.to_csv(index=False).encode("utf-8"))
    except DataError as e:
        print(str(e), file=sys.stderr)
        return 1
    konflik = df["catatan"].str.contains("KONFLIK").sum()
    raw_dir = data_dir / RAW_DIR.name
    n_lapisan = len(berkas_lapisan(raw_dir))
    print(f"{data_file}: {len(df)} baris, {df['indikator'].nunique()} indikator, "
          f"{df['kode_bps'].nunique()} wilayah, {konflik} konflik sumber dicatat, {n_lapisan} lapisan impor; "
          f"{NASIONAL_FILE.name}: {len(nasional)} angka tabel BPS untuk konteks nasional.")
    liar = sorted(set(berkas_lapisan(raw_dir, semua=True)) - set(berkas_lapisan(raw_dir)))
    if liar:
        print(f"Diabaikan: {len(liar)} berkas di raw/{FOLDER_IMPOR}/ tanpa baris di {gudang.CHANGELOG} (impor yang "
              f"tidak selesai): {', '.join(p.name for p in liar)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
