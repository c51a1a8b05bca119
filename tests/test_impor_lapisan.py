"""Imports as a durable source layer: what `impor.terapkan` applies survives `build`, restores keep it consistent.

Every test works on a copy of data/ (with data/raw/) in tmp_path; `data_asli_utuh` checks the real data/ is untouched.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest

from kalteng_gender import build, data as kd, gudang, impor

from bantu import potret, salin_data

KASUS = "kasus_kekerasan_perempuan_anak"

WAKTU = dt.datetime(2025, 3, 1, 9, 30, 0)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """data/ copied with its raw layers; the importer's clock frozen, so every name below is known."""
    d = salin_data(tmp_path / "data", raw=True)
    monkeypatch.setattr(gudang, "sekarang", lambda: WAKTU)
    return d


def tulis(path: Path, baris: list[list]) -> Path:
    pd.DataFrame(baris, columns=kd.KOLOM).to_csv(path, index=False)
    return path


def bangun(data_dir: Path, reg) -> pd.DataFrame:
    return build.bangun(raw_dir=data_dir / "raw", registry=reg)


def data(data_dir: Path) -> pd.DataFrame:
    return kd.muat_data(data_dir / "gender_kalteng.csv")


def baris(df: pd.DataFrame, kode: str, ind: str, tahun: int, jk: str = "T") -> pd.Series:
    sel = df[(df.kode_bps == kode) & (df.indikator == ind) & (df.tahun == tahun) & (df.jenis_kelamin == jk)]
    assert len(sel) == 1
    return sel.iloc[0]


# Import A changes Kotawaringin Barat's 2023 case count (84 in the shipped data) and adds a 2019 figure;
# import B changes the same 2023 figure again. Test values, labelled as such in `sumber`.
def impor_a(tmp_path: Path) -> Path:
    return tulis(tmp_path / "impor a.csv", [
        ["6201", "Kotawaringin Barat", 2023, KASUS, "T", 85, "kasus", "uji impor A", "angka uji"],
        ["6201", "Kotawaringin Barat", 2019, KASUS, "T", 40, "kasus", "uji impor A", ""],
    ])


def impor_b(tmp_path: Path) -> Path:
    return tulis(tmp_path / "impor_b.csv", [
        ["6201", "Kotawaringin Barat", 2023, KASUS, "T", 86, "kasus", "uji impor B", ""],
    ])


def test_salinan_awal_sama_dengan_build(data_dir, reg):
    """The starting point of every test below: the shipped data file is what the layers build."""
    pd.testing.assert_frame_equal(bangun(data_dir, reg), data(data_dir))


def test_terapkan_menulis_lapisan_dan_build_mengulangnya(data_dir, tmp_path, reg):
    lama = baris(data(data_dir), "6201", KASUS, 2023)
    hasil = impor.terapkan(impor_a(tmp_path), None, data_dir)
    assert hasil.diterapkan and (hasil.ditambah, hasil.diubah) == (1, 1)
    # the layer: data/raw/impor/<time>_<safe name>.csv, the rows added/changed as the file gives them
    assert hasil.lapisan == data_dir / "raw" / "impor" / "20250301-093000_impor_a.csv"
    lapisan = kd.muat_data(hasil.lapisan)
    assert lapisan[["tahun", "nilai", "sumber", "catatan"]].values.tolist() == \
        [[2019, 40.0, "uji impor A", ""], [2023, 85.0, "uji impor A", "angka uji"]]
    # the changelog line names the layer and the backup taken before it; the backup lists the layers it holds
    log = gudang.baca_changelog(data_dir).iloc[-1]
    assert (log["berkas"], log["lapisan"], log["cadangan"]) == ("impor a.csv", hasil.lapisan.name, hasil.cadangan.name)
    assert gudang.baca_manifes(hasil.cadangan) == []
    # the applied file: the changed figure says what it replaced
    df = data(data_dir)
    ubah = baris(df, "6201", KASUS, 2023)
    assert ubah.nilai == 85.0 and ubah.catatan == f"angka uji | menggantikan 84 dari {lama.sumber}"
    assert baris(df, "6201", KASUS, 2019).nilai == 40.0
    # a rebuild from data/raw/ gives exactly the applied file: the import is not lost
    pd.testing.assert_frame_equal(bangun(data_dir, reg), df)
    assert build.main(["--data-dir", str(data_dir)]) == 0
    pd.testing.assert_frame_equal(data(data_dir), df)
    # the same file again changes nothing (the 'menggantikan' note is not the file's note changing)
    sebelum = potret(data_dir)
    assert not impor.terapkan(impor_a(tmp_path), None, data_dir).diterapkan
    assert potret(data_dir) == sebelum


def test_impor_kemudian_menang_lalu_pulihkan_menarik_lapisannya(data_dir, tmp_path, reg, capsys):
    a = impor.terapkan(impor_a(tmp_path), None, data_dir)
    sesudah_a = (data_dir / "gender_kalteng.csv").read_bytes()
    b = impor.terapkan(impor_b(tmp_path), None, data_dir)
    # same second on the frozen clock: the later import still sorts after the earlier one
    assert b.lapisan.name == "20250301-093001_impor_b.csv" and b.lapisan.name > a.lapisan.name
    assert gudang.baca_manifes(b.cadangan) == [a.lapisan.name]
    df = data(data_dir)
    ubah = baris(df, "6201", KASUS, 2023)
    assert (ubah.nilai, ubah.sumber, ubah.catatan) == (86.0, "uji impor B", "menggantikan 85 dari uji impor A")
    assert baris(df, "6201", KASUS, 2019).nilai == 40.0  # A's other figure stays
    pd.testing.assert_frame_equal(bangun(data_dir, reg), df)

    # restore the backup taken just before B: B's layer is withdrawn (moved, not deleted)
    assert (data_dir / "backup" / b.cadangan.name).read_bytes() == sesudah_a
    isi_b = b.lapisan.read_bytes()
    assert impor.main(["backup", "restore", b.cadangan.name, "--data-dir", str(data_dir)]) == 0
    assert f"dibatalkan (ke raw/impor/dibatalkan/): {b.lapisan.name}" in capsys.readouterr().out
    assert (data_dir / "gender_kalteng.csv").read_bytes() == sesudah_a
    assert not b.lapisan.exists()
    assert (data_dir / "raw" / "impor" / "dibatalkan" / b.lapisan.name).read_bytes() == isi_b
    assert [p.name for p in gudang.berkas_lapisan(data_dir / "raw")] == [a.lapisan.name]
    log = gudang.baca_changelog(data_dir).iloc[-1]
    assert log["berkas"] == f"pulihkan {b.cadangan.name}"
    assert log["lapisan"] == f"dibatalkan (ke raw/impor/dibatalkan/): {b.lapisan.name}"
    pd.testing.assert_frame_equal(bangun(data_dir, reg), data(data_dir))
    assert baris(data(data_dir), "6201", KASUS, 2023).nilai == 85.0

    # restoring the backup that restore took (A and B applied) brings B's layer back
    pulih = gudang.pulihkan(log["cadangan"], data_dir)
    assert pulih.dikembalikan == [b.lapisan.name] and pulih.dibatalkan == [] and b.lapisan.read_bytes() == isi_b
    assert gudang.baca_changelog(data_dir).iloc[-1]["lapisan"] == f"dikembalikan: {b.lapisan.name}"
    assert baris(data(data_dir), "6201", KASUS, 2023).nilai == 86.0
    pd.testing.assert_frame_equal(bangun(data_dir, reg), data(data_dir))

    # a new import after that still sorts last, past every name ever used (also the withdrawn ones)
    c = impor.terapkan(tulis(tmp_path / "c.csv", [["6201", "", 2023, KASUS, "T", 87, "", "uji impor C", ""]]),
                       None, data_dir)
    assert c.lapisan.name == "20250301-093002_c.csv"
    pd.testing.assert_frame_equal(bangun(data_dir, reg), data(data_dir))


def test_lapisan_rusak_menghentikan_build(data_dir, tmp_path, reg, capsys):
    a = impor.terapkan(impor_a(tmp_path), None, data_dir)
    teks = a.lapisan.read_text().replace(",85.0,", ",delapan,")
    assert "delapan" in teks
    a.lapisan.write_text(teks)
    sebelum = potret(data_dir)
    with pytest.raises(kd.DataError) as e:
        bangun(data_dir, reg)
    assert "raw/impor/20250301-093000_impor_a.csv" in str(e.value) and "'delapan' bukan angka" in str(e.value)
    assert build.main(["--data-dir", str(data_dir)]) == 1
    assert "raw/impor/20250301-093000_impor_a.csv" in capsys.readouterr().err
    assert potret(data_dir) == sebelum


@pytest.mark.parametrize("ubah, pesan", [
    ((",kasus,", ",ribu kasus,"), "'ribu kasus' bukan satuan registry untuk 'kasus_kekerasan_perempuan_anak'"),
    ((KASUS, "kasus_tidak_ada"), "indikator 'kasus_tidak_ada' tidak ada di registry"),
    (("6201,Kotawaringin Barat", "6201,Katingan"), "'Katingan' bukan nama wilayah 6201"),
])
def test_lapisan_tidak_dikonversi_dan_diperiksa(data_dir, tmp_path, reg, ubah, pesan):
    """Import rows are already in registry units: a layer in other units is refused, never converted."""
    a = impor.terapkan(impor_a(tmp_path), None, data_dir)
    a.lapisan.write_text(a.lapisan.read_text().replace(*ubah))
    with pytest.raises(kd.DataError, match=pesan):
        bangun(data_dir, reg)


def test_folder_dibatalkan_diabaikan(data_dir, tmp_path, reg):
    batal = data_dir / "raw" / "impor" / "dibatalkan"
    batal.mkdir(parents=True)
    (batal / "20240101-000000_rusak.csv").write_text("bukan,tabel\n")
    pd.testing.assert_frame_equal(bangun(data_dir, reg), data(data_dir))


def test_pulihkan_ditolak_bila_lapisan_tidak_cocok(data_dir, tmp_path):
    a = impor.terapkan(impor_a(tmp_path), None, data_dir)
    b = impor.terapkan(impor_b(tmp_path), None, data_dir)
    # a backup without a layer list, while layers exist: refused rather than guessed
    shutil.copyfile(a.cadangan, data_dir / "backup" / "lama.csv")
    sebelum = potret(data_dir)
    with pytest.raises(kd.DataError, match="tidak mencatat lapisan impor"):
        gudang.pulihkan("lama.csv", data_dir)
    assert potret(data_dir) == sebelum
    # a layer the backup holds was deleted by hand: refused, nothing moved or written
    r = gudang.pulihkan(b.cadangan.name, data_dir)  # withdraws B
    (data_dir / "raw" / "impor" / "dibatalkan" / b.lapisan.name).unlink()
    sebelum = potret(data_dir)
    with pytest.raises(kd.DataError, match=f"{b.lapisan.name}, tetapi berkasnya tidak ada"):
        gudang.pulihkan(r.cadangan.name, data_dir)
    assert potret(data_dir) == sebelum


def test_gagal_menulis_data_tidak_meninggalkan_lapisan(data_dir, tmp_path, monkeypatch):
    """A disk full while the new data file is written: nothing of the import is visible, no temporary is left."""
    asli = gudang.sementara

    def gagal(tujuan, isi):
        if tujuan.name == "gender_kalteng.csv":
            raise OSError(28, "No space left on device")
        return asli(tujuan, isi)

    monkeypatch.setattr(gudang, "sementara", gagal)
    sebelum = potret(data_dir)
    with pytest.raises(OSError):
        impor.terapkan(impor_a(tmp_path), None, data_dir)
    assert potret(data_dir) == sebelum


def test_changelog_lama_tetap_terbaca(data_dir, tmp_path):
    """A changelog from before the `lapisan`/`cadangan` columns: read with those empty, then upgraded on append."""
    (data_dir / "changelog.csv").write_text(
        "waktu,berkas,sha256,baris_ditambah,baris_diubah\r\n2025-01-02T10:00:00+07:00,lama.xlsx,abc,3,1\r\n")
    log = gudang.baca_changelog(data_dir)
    assert log.columns.tolist() == gudang.KOLOM_CHANGELOG
    assert log.iloc[0].tolist() == ["2025-01-02T10:00:00+07:00", "lama.xlsx", "abc", "3", "1", "", ""]
    a = impor.terapkan(impor_a(tmp_path), None, data_dir)
    log = gudang.baca_changelog(data_dir)
    assert log["berkas"].tolist() == ["lama.xlsx", "impor a.csv"] and log["lapisan"].tolist() == ["", a.lapisan.name]
    assert (data_dir / "changelog.csv").read_text().splitlines()[0] == ",".join(gudang.KOLOM_CHANGELOG)
