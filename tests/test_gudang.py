"""The store (kalteng_gender/gudang.py) on its own: lock, atomic writes, the commit journal, layers and the changelog.
An import or a restore through the store, killed at every disk call, is tests/test_impor_henti.py."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from filelock import FileLock

from kalteng_gender import gudang
from kalteng_gender.data import DataError


def isi_folder(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_kunci_berkas_menolak_setelah_batas_tunggu(tmp_path):
    with FileLock(str(tmp_path / gudang.NAMA_KUNCI)):
        with pytest.raises(DataError, match=r"kunci \.impor\.lock dipegang lebih dari 0\.1 detik"):
            with gudang.kunci_berkas(tmp_path, 0.1):
                pytest.fail("lock taken twice")
    with gudang.kunci_berkas(tmp_path, 0.1):  # released again
        pass


def test_tulis_atomik_tanpa_sisa(tmp_path):
    tujuan = tmp_path / "a.csv"
    tujuan.write_bytes(b"lama")
    gudang.tulis_atomik(tujuan, b"baru")
    assert isi_folder(tmp_path) == {"a.csv": b"baru"}


def test_tulis_semua_gagal_tidak_mengubah_apa_pun(tmp_path, monkeypatch):
    folder = tmp_path / "bps"
    asli = gudang.sementara

    def gagal(tujuan, isi):
        if tujuan.name == "b.json":
            raise OSError(28, "No space left on device")
        return asli(tujuan, isi)

    monkeypatch.setattr(gudang, "sementara", gagal)
    with pytest.raises(OSError):
        gudang.tulis_semua(folder, [(folder / "a.json", b"a"), (folder / "b.json", b"b")])
    assert not folder.exists()  # created by the call, removed again with the first temporary
    monkeypatch.undo()
    assert gudang.tulis_semua(folder, [(folder / "a.json", b"a"), (folder / "b.json", b"b")]) == \
        [folder / "a.json", folder / "b.json"]
    assert isi_folder(folder) == {"a.json": b"a", "b.json": b"b"}


def test_jurnal_ada_berarti_selesaikan(tmp_path):
    """After the journal is written every rename happens, even when the process died right after it."""
    (tmp_path / "data.csv").write_bytes(b"lama")
    tmp = gudang.sementara(tmp_path / "data.csv", b"baru")
    (tmp_path / gudang.JURNAL).write_text(f"{tmp.name}\tdata.csv\n")
    assert gudang.selesaikan_tertunda(tmp_path) is True
    assert isi_folder(tmp_path) == {"data.csv": b"baru"}
    assert gudang.selesaikan_tertunda(tmp_path) is False


def test_tanpa_jurnal_sementara_dibuang(tmp_path):
    (tmp_path / "data.csv").write_bytes(b"lama")
    gudang.sementara(tmp_path / "data.csv", b"baru")
    assert gudang.selesaikan_tertunda(tmp_path) is True
    assert isi_folder(tmp_path) == {"data.csv": b"lama"}


def test_komit_memindahkan_semua_lalu_menghapus_jurnal(tmp_path):
    (tmp_path / "raw" / "impor").mkdir(parents=True)
    langkah = [(gudang.sementara(tmp_path / "x.csv", b"x"), tmp_path / "x.csv"),
               (gudang.sementara(tmp_path / "raw" / "impor" / "y.csv", b"y"), tmp_path / "raw" / "impor" / "y.csv")]
    gudang.komit(tmp_path, langkah)
    assert isi_folder(tmp_path) == {"raw/impor/y.csv": b"y", "x.csv": b"x"}


@pytest.mark.parametrize("isi_jurnal", ["../luar.csv\tgender_kalteng.csv\n", "tanpa_tab\n"])
def test_jurnal_rusak_ditolak(tmp_path, isi_jurnal):
    (tmp_path / gudang.JURNAL).write_text(isi_jurnal)
    with pytest.raises(DataError, match="baris tidak sah"):
        gudang.selesaikan_tertunda(tmp_path)


def test_lapisan_aktif_hanya_yang_tercatat(tmp_path):
    folder = tmp_path / "raw" / "impor"
    folder.mkdir(parents=True)
    for nama in ("20250101-000000_a.csv", "20250102-000000_b.csv", "20250103-000000_yatim.csv"):
        (folder / nama).write_text("x\n")
    (tmp_path / "changelog.csv").write_text(
        ",".join(gudang.KOLOM_CHANGELOG) + "\n"
        "t,a.csv,s,1,0,20250101-000000_a.csv,c1\n"
        "t,pulihkan c1,s,0,0,dikembalikan: 20250102-000000_b.csv,c2\n")
    assert gudang.lapisan_aktif(tmp_path) == ["20250101-000000_a.csv", "20250102-000000_b.csv"]
    assert len(gudang.berkas_lapisan(tmp_path / "raw", semua=True)) == 3


def test_nama_lapisan_selalu_sesudah_yang_terakhir(tmp_path, monkeypatch):
    monkeypatch.setattr(gudang, "sekarang", lambda: dt.datetime(2025, 3, 1, 9, 30, 0))
    batal = tmp_path / "raw" / "impor" / "dibatalkan"
    batal.mkdir(parents=True)
    (batal / "20250301-093005_lama.csv").write_text("x\n")  # a withdrawn layer from a clock that ran ahead
    assert gudang.nama_lapisan(tmp_path, "Tabel =IPG 2024.CSV") == "20250301-093006_Tabel_IPG_2024.csv"


def test_changelog_lama_dibaca_dengan_kolom_baru_kosong(tmp_path):
    assert gudang.baca_changelog(tmp_path).columns.tolist() == gudang.KOLOM_CHANGELOG  # none yet: empty
    (tmp_path / "changelog.csv").write_text("waktu,berkas,sha256,baris_ditambah,baris_diubah\r\n"
                                            "2025-01-02T10:00:00+07:00,lama.xlsx,abc,3,1\r\n")
    log = gudang.baca_changelog(tmp_path)
    assert log.iloc[0].tolist() == ["2025-01-02T10:00:00+07:00", "lama.xlsx", "abc", "3", "1", "", ""]


def test_manifes_nama_tidak_sah_ditolak(tmp_path):
    cadangan = tmp_path / "backup" / "gender_kalteng-20250101T000000000000.csv"
    cadangan.parent.mkdir()
    cadangan.write_text("x\n")
    assert gudang.baca_manifes(cadangan) is None  # an older backup without the list
    cadangan.with_name(cadangan.stem + gudang.AKHIRAN_MANIFES).write_text("# lapisan\n../../etc.csv\n")
    with pytest.raises(DataError, match="nama lapisan tidak sah"):
        gudang.baca_manifes(cadangan)
