"""The importer: corpus of realistic and malformed files, preview, atomic apply under a lock, backups (the page
is in test_page_perbarui.py).

Every test works on a copy of data/ in tmp_path; conftest's `data_asli_utuh` checks the real data/ is untouched.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from filelock import FileLock

from bantu import HARAPAN, KASUS, KORPUS, ROOT, bawaan_dari, buang, contoh_kekerasan, opsi, potret
from kalteng_gender import charts, data as kd, gudang, impor, regions, seleksi
from kalteng_gender.impor_baca import Bawaan, kode_dari_sel, tahun_dari_tajuk


# --- the corpus -------------------------------------------------------------------------------------------------
def test_korpus_lengkap():
    """At least 15 malformed files, every corpus file has an expectation and every expectation a file."""
    berkas = {p.name for p in KORPUS.iterdir() if p.is_file() and p.name not in ("buat_korpus.py", "harapan.csv")}
    assert berkas == {b["berkas"] for b in HARAPAN}
    assert sum(b["hasil"] == "galat" for b in HARAPAN) >= 15
    assert sum(b["hasil"] == "ok" and b["berkas"].endswith(".xlsx") for b in HARAPAN) >= 3


@pytest.mark.parametrize("baris", HARAPAN, ids=[b["berkas"] for b in HARAPAN])
def test_korpus_cli(baris, data_dir, capsys):
    """Each file through the command line (with --apply): the expected text, exit code, and for refused files
    not a single byte written."""
    sebelum = potret(data_dir)
    argumen = [str(KORPUS / baris["berkas"]), *opsi(baris), "--data-dir", str(data_dir)]
    if baris["hasil"] == "galat":
        argumen.append("--apply")
    kode = impor.main(argumen)
    keluaran = capsys.readouterr()
    teks = keluaran.out + keluaran.err
    for bagian in baris["teks"].split("&&"):
        assert bagian.strip() in teks, teks
    if baris["hasil"] == "galat":
        assert kode == 1
        assert "ditolak" in keluaran.err and "tidak ada yang ditulis" in keluaran.err
    else:
        assert kode == 0
        assert "Belum ada yang ditulis" in keluaran.out
    assert potret(data_dir) == sebelum


def test_berkas_terlalu_besar(data_dir, tmp_path, capsys):
    besar = tmp_path / "besar.csv"
    with open(besar, "wb") as f:  # sparse: 10 MB + 1 byte without using the disk
        f.truncate(10 * 1024 * 1024 + 1)
    assert impor.main([str(besar), "--apply", "--data-dir", str(data_dir)]) == 1
    assert "besar.csv: berkas terlalu besar (10.0 MB); batasnya 10 MB" in capsys.readouterr().err
    with pytest.raises(kd.DataError, match="terlalu besar"):
        impor.pratinjau(b"a" * (10 * 1024 * 1024 + 1), "unggah.csv", data_dir)


def test_berkas_tidak_ada(data_dir, capsys):
    assert impor.main([str(data_dir / "tidak_ada.csv"), "--data-dir", str(data_dir)]) == 1
    assert "tidak_ada.csv: berkas tidak ditemukan" in capsys.readouterr().err


# --- reading details --------------------------------------------------------------------------------------------
def test_nama_kode_tahun():
    for nama in ("Kab. Kotawaringin Barat", "KOTAWARINGIN BARAT", "Kabupaten Kotawaringin Barat", "kobar"):
        assert regions.kode_dari_nama(nama) == "6201"
    for nama in ("Kota Palangkaraya", "Palangka Raya", "KOTA PALANGKA RAYA"):
        assert regions.kode_dari_nama(nama) == "6271"
    assert kode_dari_sel("62.06", "kemendagri") == "6209"  # Katingan in Kemendagri numbering
    assert kode_dari_sel("6206") == "6206"                 # Sukamara in BPS numbering
    assert kode_dari_sel(6213.0, "kemendagri") == "6212"
    assert kode_dari_sel(0) is None and kode_dari_sel(0, longgar=True) == "0000"
    assert kode_dari_sel("12") is None and kode_dari_sel(70.5) is None
    assert [tahun_dari_tajuk(x) for x in (2024, "2024*", "Tahun 2023", "2022 (r)", "2023/2024", "(3)")] == \
        [2024, 2024, 2023, 2022, None, None]


def test_kemendagri_dipetakan(data_dir):
    """kemendagri.csv writes 62.06 for Katingan; the row lands on BPS 6209 with Katingan's published value."""
    reg = kd.muat_registry(data_dir / "indikator.csv")
    b = impor.baca_tabel((KORPUS / "kemendagri.csv").read_bytes(), "kemendagri.csv", reg)
    asli = kd.muat_data(data_dir / "gender_kalteng.csv")
    asli = asli[(asli.indikator == "korban_kekerasan_anak") & (asli.tahun == 2025)].set_index("kode_bps")["nilai"]
    dapat = b.tabel.set_index("kode_bps")["nilai"]
    assert dapat["6209"] == asli["6209"] == 29.0 and dapat["6206"] == asli["6206"] == 12.0
    assert set(dapat.index) == set(regions.KABKOTA)


def test_tanda_kosong_bukan_nol(data_dir):
    """'…' in a BPS table is read as missing (no row), never as 0; a real published 0 stays 0."""
    reg = kd.muat_registry(data_dir / "indikator.csv")
    b = impor.baca_tabel((KORPUS / "bps_penduduk_jk_2023.xlsx").read_bytes(), "x.xlsx", reg,
                         Bawaan("penduduk_proyeksi", "uji", tahun=2023))
    assert "6206" not in set(b.tabel["kode_bps"])  # Sukamara has no published 2023 projection here
    assert any("dibaca sebagai tidak tersedia, bukan 0" in w for w in b.peringatan)
    k = impor.baca_tabel((KORPUS / "bps_kekerasan_2023.xlsx").read_bytes(), "k.xlsx", reg, Bawaan(KASUS, "uji", "T"))
    assert k.tabel.set_index("kode_bps").at["6207", "nilai"] == 0.0  # Lamandau: 0 cases published


# --- preview and apply ------------------------------------------------------------------------------------------
def test_pratinjau_nilai_lama_baru(data_dir):
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    ubah = (df.indikator == KASUS) & (df.tahun == 2023) & (df.kode_bps == "6201")
    df.loc[ubah, "nilai"] = 80.0
    df.to_csv(data_dir / "gender_kalteng.csv", index=False)
    isi, bawaan = contoh_kekerasan()
    p = impor.pratinjau(isi, "bps_kekerasan_2023.xlsx", data_dir, bawaan)
    assert (len(p.ditambah), len(p.diubah), p.sama, p.tetap) == (0, 1, 14, len(df) - 1)
    t = impor.tabel_diubah(p).iloc[0]
    assert (t["kode_bps"], t["nilai lama"], t["nilai baru"], t["berubah"], t["baris berkas"]) == \
        ("6201", "80", "84", "nilai, catatan", 7)
    # the old note described the old figure; the new figure carries the file's note (none here) and what it replaced
    ubah = p.diubah.iloc[0]
    assert ubah["catatan_lama"] == "satuan di sumber: kasus (Jan s.d. 22 Nov 2023)"
    assert ubah["catatan"] == f"menggantikan 80 dari {ubah['sumber_lama']}" and "prokalteng" in ubah["sumber_lama"]
    # the import layer holds the figure as the file gives it (the build adds the same 'menggantikan' note)
    assert p.lapisan[["kode_bps", "nilai", "sumber", "catatan"]].values.tolist() == [["6201", 84.0, ubah["sumber"], ""]]
    assert "Kotawaringin Barat   2023 kasus_kekerasan_perempuan_anak  T         80         84" in impor.ringkasan(p)


def test_round_trip_tahun_ke_samping_muncul_di_peta(data_dir):
    """The 2023 regency cases removed, then imported from a BPS-style XLSX: the map shows them again."""
    hilang = buang(data_dir, indikator=KASUS, tahun=2023)
    assert len(hilang) == 15
    df0 = kd.muat_data(data_dir / "gender_kalteng.csv")
    assert seleksi.nilai_wilayah(df0, KASUS, 2023)["nilai"].isna().all()
    isi, bawaan = contoh_kekerasan()
    sebelum = (data_dir / "gender_kalteng.csv").read_bytes()
    hasil = impor.terapkan(isi, "bps_kekerasan_2023.xlsx", data_dir, bawaan)
    assert hasil.diterapkan and (hasil.ditambah, hasil.diubah) == (15, 0)
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    peta = seleksi.nilai_wilayah(df, KASUS, 2023).set_index("kode_bps")["nilai"]
    assert (peta["6201"], peta["6207"], peta["6271"], peta["6213"]) == (84.0, 0.0, 34.0, 7.0)
    assert peta.notna().all()
    fig = charts.peta(peta.rename("nilai").reset_index().assign(wilayah="", tahun=2023),
                      {"type": "FeatureCollection", "features": []}, {"lat": -1.5, "lon": 113.5}, "uji", "kasus")
    z = dict(zip(fig.data[-1].locations, fig.data[-1].z))
    assert z["6201"] == 84.0 and len(z) == 14
    # the replaced file is backed up byte for byte; the changelog names the file and its hash
    assert hasil.cadangan.read_bytes() == sebelum
    log = gudang.baca_changelog(data_dir)
    assert log.iloc[-1][["berkas", "sha256", "baris_ditambah", "baris_diubah", "cadangan"]].tolist() == \
        ["bps_kekerasan_2023.xlsx", hashlib.sha256(isi).hexdigest(), "15", "0", hasil.cadangan.name]
    # the 15 rows are also kept as an import layer, named in the changelog line
    assert log.iloc[-1]["lapisan"] == hasil.lapisan.name and hasil.lapisan.parent == data_dir / "raw" / "impor"
    assert len(kd.muat_data(hasil.lapisan)) == 15
    # the rows that were not touched are written back unchanged
    assert set(sebelum.decode().splitlines()) <= set((data_dir / "gender_kalteng.csv").read_text().splitlines())


def test_round_trip_tahun_dan_jk_ke_samping(data_dir):
    """Years merged over Laki-laki/Perempuan/Jumlah: P, L, T and the gap show per regency; missing stays missing."""
    baris = next(b for b in HARAPAN if b["berkas"] == "bps_penduduk_2022_2023.xlsx")
    buang(data_dir, indikator="penduduk_proyeksi")
    hasil = impor.terapkan(KORPUS / baris["berkas"], None, data_dir, bawaan_dari(baris))
    assert (hasil.ditambah, hasil.diubah) == (33, 0)
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    p23 = seleksi.nilai_wilayah(df, "penduduk_proyeksi", 2023, "P").set_index("kode_bps")["nilai"]
    assert p23["6202"] == 214139.0 and p23["6271"] == 151592.0 and np.isnan(p23["6206"])
    gap = seleksi.nilai_wilayah(df, "penduduk_proyeksi", 2023, "gap").set_index("kode_bps")["nilai"]
    assert gap["6202"] == 214139.0 - 229220.0
    t22 = seleksi.nilai_wilayah(df, "penduduk_proyeksi", 2022, "T").set_index("kode_bps")["nilai"]
    assert t22["6209"] == 163989.0 and t22.notna().sum() == 3


def test_tanpa_perubahan_tidak_menulis(data_dir):
    sebelum = potret(data_dir)
    isi, bawaan = contoh_kekerasan()
    hasil = impor.terapkan(isi, "bps_kekerasan_2023.xlsx", data_dir, bawaan)
    assert not hasil.diterapkan and "Tidak ada perubahan" in hasil.pesan
    assert potret(data_dir) == sebelum


def test_data_berubah_sejak_pratinjau(data_dir):
    buang(data_dir, indikator=KASUS, tahun=2023)
    isi, bawaan = contoh_kekerasan()
    p = impor.pratinjau(isi, "r1.xlsx", data_dir, bawaan)
    buang(data_dir, indikator="ikg", kode_bps="0000")                # someone else changes the data
    sebelum = potret(data_dir)
    with pytest.raises(kd.DataError, match="Data berubah sejak pratinjau"):
        impor.terapkan(isi, "r1.xlsx", data_dir, bawaan, harap_sha_data=p.sha_data)
    assert potret(data_dir) == sebelum


def test_kunci_dipegang_impor_lain(data_dir):
    buang(data_dir, indikator=KASUS, tahun=2023)
    sebelum = potret(data_dir)
    isi, bawaan = contoh_kekerasan()
    with FileLock(str(data_dir / gudang.NAMA_KUNCI)):
        with pytest.raises(kd.DataError, match="sedang diperbarui oleh proses impor lain"):
            impor.terapkan(isi, "r1.xlsx", data_dir, bawaan, batas_tunggu=0.1)
    assert potret(data_dir) == sebelum


PENGGERAK = """
import sys
from pathlib import Path
from kalteng_gender import impor
print("siap", flush=True)
sys.stdin.readline()
h = impor.terapkan(Path(sys.argv[1]), None, Path(sys.argv[2]))
print(h.pesan, flush=True)
"""


def test_dua_impor_bersamaan(data_dir, tmp_path):
    """Two processes apply at once: the lock makes them run one after the other; nothing is lost."""
    hilang = pd.concat([buang(data_dir, indikator=KASUS, tahun=2023), buang(data_dir, indikator="ikg")])
    berkas = []
    for nama, bagian in (("a.csv", hilang[hilang.indikator == KASUS]), ("b.csv", hilang[hilang.indikator == "ikg"])):
        bagian[kd.KOLOM].to_csv(tmp_path / nama, index=False)
        berkas.append(tmp_path / nama)
    kunci = FileLock(str(data_dir / gudang.NAMA_KUNCI))
    with kunci:  # both start while the lock is held, so they must queue on it
        proses = [subprocess.Popen([sys.executable, "-c", PENGGERAK, str(b), str(data_dir)], cwd=ROOT,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for b in berkas]
        for p in proses:
            assert p.stdout.readline().strip() == "siap"
            p.stdin.write("\n")
            p.stdin.flush()
        assert not (data_dir / "changelog.csv").exists()
    hasil = [p.communicate(timeout=120) for p in proses]
    assert all(p.returncode == 0 for p in proses), hasil
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    asli = kd.muat_data(kd.DATA_FILE)
    pd.testing.assert_frame_equal(df, asli)  # every removed row is back, nothing else moved
    log = gudang.baca_changelog(data_dir)
    # IKG: province, Indonesia and 14 kab/kota x 2018-2023 from BPS tables (96) + 14 for 2025 (secondary)
    assert sorted(log["berkas"]) == ["a.csv", "b.csv"] and sorted(log["baris_ditambah"]) == ["110", "15"]
    cadangan = sorted((data_dir / "backup").glob("*.csv"))
    assert len(cadangan) == 2
    # each import wrote its layer; file-name order is the order the lock let them through
    lapisan = sorted(p.name for p in (data_dir / "raw" / "impor").glob("*.csv"))
    assert [x.split("_", 1)[1] for x in lapisan] == log["berkas"].tolist() and lapisan == log["lapisan"].tolist()
    # serial: the second import's backup already holds the first import's rows
    kedua = kd.muat_data(cadangan[1])
    assert len(kedua) == len(asli) - (110 if log.iloc[0]["berkas"] == "a.csv" else 15)


def test_cadangan_dan_pulihkan(data_dir, capsys):
    buang(data_dir, indikator=KASUS, tahun=2023)
    tanpa = (data_dir / "gender_kalteng.csv").read_bytes()
    isi, bawaan = contoh_kekerasan()
    impor.terapkan(isi, "r1.xlsx", data_dir, bawaan)
    sesudah_impor = (data_dir / "gender_kalteng.csv").read_bytes()
    assert sesudah_impor != tanpa
    assert impor.main(["backup", "list", "--data-dir", str(data_dir)]) == 0
    daftar = gudang.daftar_cadangan(data_dir)
    assert len(daftar) == 1 and daftar.iloc[0]["nama"] in capsys.readouterr().out
    assert impor.main(["backup", "restore", daftar.iloc[0]["nama"], "--data-dir", str(data_dir)]) == 0
    assert "Dipulihkan dari" in capsys.readouterr().out
    assert (data_dir / "gender_kalteng.csv").read_bytes() == tanpa
    cadangan = gudang.daftar_cadangan(data_dir)
    assert len(cadangan) == 2  # the restore backed up what it replaced
    assert (data_dir / "backup" / cadangan.iloc[0]["nama"]).read_bytes() == sesudah_impor
    log = gudang.baca_changelog(data_dir)
    assert log["berkas"].tolist() == ["r1.xlsx", f"pulihkan {daftar.iloc[0]['nama']}"]


def test_pulihkan_ditolak(data_dir, capsys):
    for nama in ("../gender_kalteng.csv", "/etc/passwd", "tidak_ada.csv", ""):
        with pytest.raises(kd.DataError):
            gudang.pulihkan(nama, data_dir)
    (data_dir / "backup").mkdir()
    (data_dir / "backup" / "rusak.csv").write_text("kode_bps,nilai\n9999,x\n")
    sebelum = potret(data_dir)
    assert impor.main(["backup", "restore", "rusak.csv", "--data-dir", str(data_dir)]) == 1
    assert "rusak.csv" in capsys.readouterr().err
    assert potret(data_dir) == sebelum
