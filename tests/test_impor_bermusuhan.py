"""Hostile files against the importer: each refused with its row (and column) or read completely, each within 10 s
and 500 MB, and data/ byte-identical after every refusal.

Each file goes through `python -m kalteng_gender.impor FILE --apply` (impor.main) in a fresh interpreter, so its peak
memory (ru_maxrss, interpreter and pandas included) and its time are its own. Big files are generated here
(tests/korpus_bermusuhan.py), never committed.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pytest

import korpus_bermusuhan as kb
from kalteng_gender import build, data as kd, gudang, impor
from kalteng_gender.impor_baca import BATAS_BYTE, BATAS_SEL, BESAR_BARIS, MAKS_PESAN

from bantu import ROOT, buang, potret, salin_data

BATAS_DETIK, BATAS_MB = 10.0, 500.0
# Peak memory as VmHWM, the high-water mark of this process's own memory: ru_maxrss of a forked-then-exec'd child
# can still carry the parent's (pytest's) size at fork time.
SKRIP = """
import json, re, sys, time
from kalteng_gender import impor
mulai = time.monotonic()
kode = impor.main(sys.argv[1:])
kb = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print("\\nUKUR " + json.dumps({"kode": kode, "detik": time.monotonic() - mulai, "mb": kb / 1024}))
"""
OPSI_LEBAR = ["--indikator", "ipm", "--jk", "T", "--tahun", "2023", "--sumber", "uji berkas bermusuhan"]


def impor_cli(path: Path, data_dir: Path, *opsi: str) -> tuple[dict, str]:
    """`impor FILE --apply` in its own interpreter: (its measures, its output); time and memory checked here."""
    jalan = subprocess.run([sys.executable, "-c", SKRIP, str(path), *opsi, "--apply", "--data-dir", str(data_dir)],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    keluaran, _, ukur = jalan.stdout.rpartition("\nUKUR ")
    assert ukur, jalan.stderr[-2000:]
    ukur = json.loads(ukur)
    assert ukur["detik"] < BATAS_DETIK and ukur["mb"] < BATAS_MB, (path.name, ukur)
    return ukur, keluaran + jalan.stderr


def ditolak(path: Path, data_dir: Path, *potongan: str, opsi: tuple[str, ...] = ()) -> str:
    """Refused, naming every `potongan`, with nothing written."""
    sebelum = potret(data_dir)
    ukur, teks = impor_cli(path, data_dir, *opsi)
    assert ukur["kode"] == 1 and "tidak ada yang ditulis" in teks, teks[-2000:]
    for p in potongan:
        assert p in teks, teks[-2000:]
    assert potret(data_dir) == sebelum
    return teks


def csv_teks(df: pd.DataFrame, pemisah: str = ",") -> str:
    return df[kd.KOLOM].to_csv(index=False, sep=pemisah, lineterminator="\r\n")


# --- large and wide ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("nama, buat", [("10rb_x_130.xlsx", kb.xlsx_10rb_x_130), ("067mb.xlsx", kb.xlsx_067mb)])
def test_xlsx_besar_ditolak_saat_dibaca(nama, buat, data_dir, tmp_path):
    """The probe's workbooks (243 s and 4.6 GB; > 180 s and 6.7 GB before): refused by a byte scan of the sheet
    before any cell is parsed, naming the row where the cell limit was passed."""
    path = tmp_path / nama
    path.write_bytes(buat())
    lebar = 130 if nama.startswith("10rb") else 80
    ditolak(path, data_dir, f"{nama}, baris {BATAS_SEL // lebar + 1}: tabel terlalu besar (lebih dari 150.000 sel)",
            opsi=OPSI_LEBAR)


def test_csv_panjang_ditolak_saat_dibaca(data_dir, tmp_path):
    """A 7 MB long-format CSV of 190,000 rows: refused at the row where the table passes the cell limit."""
    path = tmp_path / "panjang.csv"
    path.write_text("kode_bps,tahun,indikator,jenis_kelamin,nilai,sumber\n" + "".join(
        f"62{1 + i % 13:02d},{2000 + i % 25},ipm,T,{50 + i % 40},uji sumber\n" for i in range(190_000)))
    ditolak(path, data_dir, f"panjang.csv, baris {BATAS_SEL // 6 + 1}: tabel terlalu besar (lebih dari 150.000 sel)")


def test_gabungan_sel_berlebihan_ditolak(data_dir, tmp_path):
    """Thousands of merged ranges over the whole sheet would cost their area each: counted and refused."""
    path = tmp_path / "gabung.xlsx"
    path.write_bytes(kb.xlsx(([kb.NAMA[i % 14]] + [1] * 99 for i in range(1000)), gabung=("A1:CV1000",) * 5000))
    teks = ditolak(path, data_dir, opsi=OPSI_LEBAR)
    assert re.search(r"gabung\.xlsx, baris \d+: tabel terlalu besar \(lebih dari 150\.000 sel\)", teks), teks


def test_teks_bersama_berlebihan_ditolak(data_dir, tmp_path):
    """400,000 distinct shared strings (1 MB zipped) that openpyxl would parse before the first row: refused on
    their inflated size."""
    path = tmp_path / "teks.xlsx"
    path.write_bytes(kb.xlsx([["wilayah"]], teks_bersama=400_000))
    ditolak(path, data_dir, "teks.xlsx: tidak dapat dibaca sebagai XLSX: daftar teks bersama (sharedStrings) 8 MB, "
            "melebihi batas 3 MB")


def test_berkas_150mb_ditolak_sebelum_dibaca(data_dir, tmp_path):
    """A forged 150 MB upload: refused on its size, never read (a sparse file: no 150 MB on disk or in memory).
    The server refuses it too: Streamlit's maxUploadSize is the importer's limit."""
    path = tmp_path / "palsu.csv"
    with open(path, "wb") as f:
        f.truncate(150 * 1024 * 1024)
    ukur, _ = impor_cli(path, data_dir)
    assert ukur["mb"] < 200  # the interpreter with pandas: the file was never read
    ditolak(path, data_dir, "palsu.csv: berkas terlalu besar (150.0 MB); batasnya 10 MB")
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == BATAS_BYTE


def test_dimensi_palsu_tidak_menghilangkan_baris(data_dir, tmp_path):
    """A sheet whose <dimension> claims two rows while it holds all of them: every row is read."""
    hapus = buang(data_dir, indikator="ipm")
    baris = [kd.KOLOM] + hapus[kd.KOLOM].values.tolist()
    path = tmp_path / "dimensi.xlsx"
    path.write_bytes(kb.xlsx(baris, dimensi="A1:I2"))
    ukur, teks = impor_cli(path, data_dir)
    assert ukur["kode"] == 0 and f"{len(hapus)} baris ditambah" in teks, teks
    assert len(kd.muat_data(data_dir / "gender_kalteng.csv")) == len(kd.muat_data())


# --- CSV that would lose rows ---------------------------------------------------------------------------------------
def test_kutip_tidak_ditutup_ditolak_dengan_barisnya(data_dir, tmp_path):
    """One unclosed quote in a `catatan` cell used to swallow every following row into that note, and --apply
    reported one row added."""
    hapus = buang(data_dir, indikator="ipm")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(kd.KOLOM)
    for i, b in enumerate(hapus[kd.KOLOM].values.tolist()):
        if i == 2:  # file row 4: the note opens a quote that never closes
            w.writerow(b[:-1] + ["#"])
            buf.seek(buf.tell() - 3)
            buf.truncate()
            buf.write('"angka sementara\r\n')
        else:
            w.writerow(b)
    path = tmp_path / "kutip.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    # csv reads on to the next quote in a later note: every row in between would have vanished into this one
    teks = ditolak(path, data_dir, "kutip.csv, baris 4, kolom ke-9, nilai 'angka sementara")
    assert re.search(r"tanda kutip \(\"\) di isian ini tidak ditutup, sehingga baris 5–\d+ ikut terbaca", teks), teks


def test_catatan_berbaris_sah_dibaca_utuh(data_dir, tmp_path):
    """A properly quoted note with a line break (Alt+Enter in Excel) is one field, and no row is lost."""
    hapus = buang(data_dir, indikator="ipm")
    isi = hapus.copy()
    isi.loc[isi.index[2], "catatan"] = "angka sementara\nakan direvisi"
    path = tmp_path / "berbaris.csv"
    path.write_text(csv_teks(isi), encoding="utf-8")
    ukur, teks = impor_cli(path, data_dir)
    assert ukur["kode"] == 0 and f"{len(hapus)} baris ditambah" in teks, teks
    data = kd.muat_data(data_dir / "gender_kalteng.csv")
    assert (data["catatan"] == "angka sementara\nakan direvisi").sum() == 1 and len(data) == len(kd.muat_data())


@pytest.mark.parametrize("pengodean", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_dengan_atau_tanpa_bom_dibaca(pengodean, data_dir, tmp_path):
    hapus = buang(data_dir, indikator="ipm")
    path = tmp_path / "utf16.csv"
    path.write_bytes(csv_teks(hapus, "\t").encode(pengodean))
    ukur, teks = impor_cli(path, data_dir)
    assert ukur["kode"] == 0 and f"{len(hapus)} baris ditambah" in teks and "UTF-16" in teks, teks
    pd.testing.assert_frame_equal(kd.muat_data(data_dir / "gender_kalteng.csv"), kd.muat_data())


# --- formula prefixes -----------------------------------------------------------------------------------------------
AWALAN = {"=HYPERLINK(\"http://contoh.invalid\",\"klik\")": "'=HYPERLINK(\"http://contoh.invalid\",\"klik\")",
          "+62 uji awalan": "'+62 uji awalan", "-uji awalan": "'-uji awalan", "@uji awalan": "'@uji awalan"}


@pytest.mark.parametrize("jenis", ["csv", "xlsx"])
def test_awalan_rumus_dinetralkan_di_data_lapisan_dan_build(jenis, tmp_path):
    """Text starting with = + - @ is stored with a leading quote, as downloads write it, in the data file and the
    import layer alike, so the build reproduces it; numbers are untouched."""
    d = salin_data(tmp_path / "data", raw=True)
    hapus = kd.muat_data(d / "gender_kalteng.csv").query("indikator == 'ipm'").head(4).copy()
    hapus["sumber"] = list(AWALAN)
    hapus["catatan"] = ["-catatan", "", "=1+1", "@x"]
    path = tmp_path / f"awalan.{jenis}"
    if jenis == "csv":
        path.write_text(csv_teks(hapus), encoding="utf-8")
    else:
        path.write_bytes(kb.xlsx([kd.KOLOM] + hapus[kd.KOLOM].values.tolist()))
    ukur, teks = impor_cli(path, d)
    assert ukur["kode"] == 0 and "4 baris diubah" in teks, teks
    data = kd.muat_data(d / "gender_kalteng.csv")
    baru = data[data["sumber"].isin(AWALAN.values())]
    assert sorted(baru["sumber"]) == sorted(AWALAN.values())
    assert {"'-catatan", "'=1+1", "'@x"} <= set(baru["catatan"])
    assert sorted(baru["nilai"]) == sorted(hapus["nilai"])
    lapisan = kd.muat_data(gudang.berkas_lapisan(d / "raw")[0])
    assert sorted(lapisan["sumber"]) == sorted(AWALAN.values())
    isi = (d / "gender_kalteng.csv").read_bytes()
    assert build.main(["--data-dir", str(d)]) == 0
    assert (d / "gender_kalteng.csv").read_bytes() == isi


# --- bounded output -------------------------------------------------------------------------------------------------
def test_daftar_masalah_dibatasi(data_dir):
    """Thousands of bad cells: the first MAKS_PESAN described, the rest counted, in the message and the page table."""
    teks = "kode_bps,tahun,indikator,jenis_kelamin,nilai,sumber\r\n" + \
        "".join(f"6201,{2000 + i % 20},ipm,T,bukan{i},uji\r\n" for i in range(3000))
    with pytest.raises(impor.ImporError) as e:
        impor.pratinjau(teks.encode(), "banyak.csv", data_dir)
    assert len(e.value.rincian) == MAKS_PESAN and e.value.lebih == 3000 - MAKS_PESAN
    assert f"(3000 masalah)" in str(e.value) and f"… dan {3000 - MAKS_PESAN} masalah lain." in str(e.value)
    tabel = impor.tabel_masalah(e.value)
    assert len(tabel) == MAKS_PESAN + 1 and tabel.iloc[-1]["alasan"] == f"… dan {3000 - MAKS_PESAN} masalah lain."
    assert tabel.iloc[0][["baris", "nilai"]].tolist() == ["2", "bukan0"]


def test_berkas_besar_hanya_dengan_token(data_dir):
    """Over BESAR_BARIS rows (or 1 MB): refused for a viewer without the token, read for one with it."""
    hapus = buang(data_dir, indikator="ipm")
    teks = csv_teks(hapus) + "\r\n" * BESAR_BARIS
    with pytest.raises(impor.ImporError, match=f"baris {BESAR_BARIS + 1}: tabel terlalu panjang .*token petugas"):
        impor.pratinjau(teks.encode(), "panjang.csv", data_dir, besar=False)
    with pytest.raises(impor.ImporError, match="lebih dari 1 MB\\) hanya boleh diperiksa dengan token petugas"):
        impor.pratinjau(b"a" * (1024 * 1024 + 1), "besar.csv", data_dir, besar=False)
    assert len(impor.pratinjau(teks.encode(), "panjang.csv", data_dir).ditambah) == len(hapus)


def test_baca_csv_menolak_baris_tergabung_tanpa_pemisah_lain():
    """Directly on the reader: the refusal names the row the quote opened in and the rows it swallowed."""
    from kalteng_gender.impor_baca import ImporError, baca

    teks = 'a,b,c\r\n1,2,"x\r\n3,4,5\r\n6,7,8\r\n'
    with pytest.raises(ImporError) as e:
        baca(teks.encode(), "t.csv")
    m = e.value.rincian[0]
    assert (m.baris, m.kolom) == (2, "kolom ke-3") and "baris 3–4 ikut terbaca" in m.alasan
    assert baca('a,b\r\n1,"x\r\ny"\r\n'.encode(), "t.csv").sel[1:] == [["1", "x\r\ny"]]
