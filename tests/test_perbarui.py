"""The Perbarui Data page's view (kalteng_gender/perbarui.py): who may write, the options, a preview, the backups.
The page itself is driven through AppTest in test_page_perbarui.py."""
from __future__ import annotations

from bantu import KASUS, buang
from kalteng_gender import data as kd, gudang, impor, perbarui


def test_akses_lokal_token_dan_token_kosong():
    assert perbarui.akses_halaman(None, {}) == perbarui.Akses(False, True, catatan="imp_mode_lokal")
    env = {"KALTENG_TOKEN_PERBARUI": "rahasia"}
    assert perbarui.akses_halaman(None, env) == perbarui.Akses(True, False)
    assert perbarui.akses_halaman("tebakan", env) == perbarui.Akses(True, False, galat="imp_token_salah")
    assert perbarui.akses_halaman(" rahasia ", env) == perbarui.Akses(True, True)
    kosong = {"KALTENG_TOKEN_PERBARUI": "  "}
    assert perbarui.akses_halaman("apa saja", kosong) == perbarui.Akses(False, False, galat="imp_token_kosong")


def test_bawaan_kosong_berarti_dari_berkas():
    assert perbarui.bawaan("", "  ", "", None, "", "bps") == impor.Bawaan(None, None, None, None, None, "bps")
    assert perbarui.bawaan(KASUS, " BPS ", "T", 2023, " c ", "kemendagri") == \
        impor.Bawaan(KASUS, "BPS", "T", 2023, "c", "kemendagri")


def test_opsi_dari_registry_dan_registry_rusak(data_dir):
    o = perbarui.opsi(data_dir, "id")
    assert o.galat is None and o.indikator[""] == "—" and o.indikator["ikg"].startswith("ikg — ")
    assert o.tahun[0] is None and o.tahun[1:] == impor.tahun_sah()
    assert perbarui.opsi(data_dir, "en").indikator["ikg"] != o.indikator["ikg"]
    (data_dir / "indikator.csv").write_text("bukan,registry\n1,2\n")
    rusak = perbarui.opsi(data_dir, "id")
    assert rusak.galat and not rusak.indikator


def test_pratinjau_ditolak_dan_diterima(data_dir):
    tolak = perbarui.pratinjau(b"kode_bps,nilai\n6201,tujuh\n", "x.csv", data_dir, impor.Bawaan(), True)
    assert tolak.masalah is not None and len(tolak.masalah) and not tolak.ada_perubahan
    hapus = buang(data_dir, indikator="ipm")
    isi = hapus[kd.KOLOM].to_csv(index=False).encode()
    p = perbarui.pratinjau(isi, "ipm.csv", data_dir, impor.Bawaan(), True)
    assert p.masalah is None and p.ditambah == len(hapus) and p.diubah == 0 and p.ada_perubahan
    assert len(p.tabel_ditambah) == len(hapus) and p.tabel_diubah is None
    assert p.judul.startswith("ipm.csv · ") and p.judul.endswith(f"{len(hapus)} angka")
    tulis = perbarui.terapkan(isi, "ipm.csv", data_dir, impor.Bawaan(), "0" * 64)
    assert tulis.pesan == "" and "Data berubah sejak pratinjau" in tulis.galat
    tulis = perbarui.terapkan(isi, "ipm.csv", data_dir, impor.Bawaan(), p.sha_data)
    assert tulis.galat == "" and tulis.pesan.startswith(f"Diterapkan: {len(hapus)} baris ditambah")


def test_cadangan_hanya_untuk_yang_boleh_menulis(data_dir):
    assert perbarui.cadangan(data_dir, False) == perbarui.Cadangan(catatan="imp_khusus_petugas")
    kosong = perbarui.cadangan(data_dir, True)
    assert kosong.catatan == "imp_tanpa_cadangan" and kosong.daftar is None and kosong.changelog.empty
    hapus = buang(data_dir, indikator="ipm")
    impor.terapkan(hapus[kd.KOLOM].to_csv(index=False).encode(), "ipm.csv", data_dir)
    c = perbarui.cadangan(data_dir, True)
    assert c.catatan is None and c.nama == gudang.daftar_cadangan(data_dir)["nama"].tolist() and len(c.nama) == 1
    assert len(c.changelog) == 1
    salah = perbarui.pulihkan("tidak-ada.csv", data_dir)
    assert salah.pesan == "" and "tidak ada" in salah.galat
    assert perbarui.pulihkan(c.nama[0], data_dir).pesan.startswith("Dipulihkan dari")
