"""AppTest of pages/7_Perbarui_Data.py: upload, preview, apply, restore, and who may do what. Every test works on
a copy of data/ in tmp_path (conftest's data_dir); the view behind the page is tested in test_perbarui.py."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from bantu import KASUS, KORPUS, ROOT, buang, contoh_kekerasan
from kalteng_gender import data as kd, gudang, impor, seleksi

HALAMAN = ROOT / "pages" / "7_Perbarui_Data.py"


def unggah_kekerasan(at: AppTest, isi: bytes, bawaan) -> None:
    """Upload the 2023 BPS violence table with the options it needs (wide layout: indicator, source, sex)."""
    at.selectbox(key="w_imp_indikator").select(KASUS)
    at.text_input(key="w_imp_sumber").input(bawaan.sumber)
    at.selectbox(key="w_imp_jk").select("T")
    at.file_uploader(key="w_imp_berkas").upload("bps_kekerasan_2023.xlsx", isi)
    at.run()


@pytest.fixture
def halaman(data_dir, monkeypatch):
    monkeypatch.setattr(kd, "DATA_DIR", data_dir)
    return AppTest.from_file(str(HALAMAN), default_timeout=60)


def test_halaman_awal(halaman):
    at = halaman.run()
    assert not at.exception
    assert at.title[0].value == "Perbarui Data"
    assert at.file_uploader(key="w_imp_berkas").allowed_type == [".csv", ".xlsx"]
    assert "Belum ada cadangan" in " ".join(c.value for c in at.caption)
    assert at.selectbox(key="w_imp_indikator").options[1].startswith("ikg")


def test_halaman_tolak_berkas(halaman, data_dir):
    at = halaman.run()
    at.file_uploader(key="w_imp_berkas").upload("nilai_bukan_angka.csv",
                                                (KORPUS / "nilai_bukan_angka.csv").read_bytes(), "text/csv")
    at.run()
    assert "Berkas ditolak" in at.error[0].value
    masalah = at.dataframe[0].value
    assert masalah.iloc[0][["baris", "kolom", "nilai", "alasan"]].tolist() == \
        ["3", "kolom 'nilai'", "tujuh puluh", "bukan angka"]
    assert not at.button  # no apply button for a refused file


def test_halaman_pratinjau_terapkan_pulihkan(halaman, data_dir, monkeypatch):
    import streamlit as st

    dibersihkan = []
    monkeypatch.setattr(st.cache_data, "clear", lambda: dibersihkan.append(1))
    buang(data_dir, indikator=KASUS, tahun=2023)
    isi, bawaan = contoh_kekerasan()
    at = halaman.run()
    unggah_kekerasan(at, isi, bawaan)
    assert not at.exception and not at.error
    assert [m.value for m in at.metric] == ["15", "0", str(len(kd.muat_data(data_dir / "gender_kalteng.csv")))]
    tambah = at.dataframe[0].value.set_index("kode_bps")
    assert tambah.at["6201", "nilai"] == "84" and tambah.at["6200", "nilai"] == "294"
    assert not (data_dir / "changelog.csv").exists()  # preview writes nothing
    at.button(key="w_imp_terapkan").click().run()
    assert not at.exception
    assert at.success[0].value.replace("\\", "").startswith("Diterapkan: 15 baris ditambah, 0 baris diubah")
    assert dibersihkan, "st.cache_data.clear() must run after applying"
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    assert seleksi.nilai_wilayah(df, KASUS, 2023).set_index("kode_bps").at["6201", "nilai"] == 84.0
    assert [m.value for m in at.metric][:2] == ["0", "0"]  # the same file again changes nothing
    # restore needs the confirmation box
    assert at.button(key="w_imp_pulihkan").disabled
    at.checkbox(key="w_imp_yakin").check().run()
    at.button(key="w_imp_pulihkan").click().run()
    assert not at.exception and at.success[0].value.replace("\\", "").startswith("Dipulihkan dari")
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    assert seleksi.nilai_wilayah(df, KASUS, 2023)["nilai"].isna().all()
    assert len(gudang.baca_changelog(data_dir)) == 2 and len(dibersihkan) == 2


def test_halaman_dengan_token_hanya_petugas_yang_bisa_menerapkan(halaman, data_dir, monkeypatch):
    monkeypatch.setenv("KALTENG_TOKEN_PERBARUI", "rahasia-petugas")
    buang(data_dir, indikator=KASUS, tahun=2023)
    isi, bawaan = contoh_kekerasan()
    at = halaman.run()
    assert "Mode lokal" not in " ".join(c.value for c in at.caption)
    unggah_kekerasan(at, isi, bawaan)
    assert [m.value for m in at.metric][0] == "15"  # the preview is open to everyone
    assert at.button(key="w_imp_terapkan").disabled
    at.text_input(key="w_imp_token").input("tebakan").run()
    assert "Token salah" in at.error[0].value and at.button(key="w_imp_terapkan").disabled
    at.text_input(key="w_imp_token").input("rahasia-petugas").run()
    assert not at.button(key="w_imp_terapkan").disabled
    at.button(key="w_imp_terapkan").click().run()
    assert at.success[0].value.replace("\\", "").startswith("Diterapkan: 15 baris ditambah")


def test_halaman_token_kosong_ditolak(halaman, data_dir, monkeypatch):
    """A blank token is a configuration mistake, not local mode: said on the page, and nobody may write."""
    monkeypatch.setenv("KALTENG_TOKEN_PERBARUI", "   ")
    buang(data_dir, indikator=KASUS, tahun=2023)
    impor.terapkan(KORPUS / "panjang_utf8bom.csv", None, data_dir)  # leaves nothing to change, but a backup
    isi, bawaan = contoh_kekerasan()
    at = halaman.run()
    assert "KALTENG_TOKEN_PERBARUI diatur tetapi kosong" in at.error[0].value
    assert "Mode lokal" not in " ".join(c.value for c in at.caption)
    unggah_kekerasan(at, isi, bawaan)
    assert [m.value for m in at.metric][0] == "15" and at.button(key="w_imp_terapkan").disabled


def test_halaman_cadangan_dan_berkas_besar_hanya_untuk_petugas(halaman, data_dir, monkeypatch):
    """With a token configured, backups, the changelog and previews of large files need it."""
    monkeypatch.setenv("KALTENG_TOKEN_PERBARUI", "rahasia-petugas")
    hapus = buang(data_dir, indikator="ipm")
    besar = (hapus[kd.KOLOM].to_csv(index=False) + "\n" * 5000).encode()
    (data_dir / "changelog.csv").write_text(",".join(gudang.KOLOM_CHANGELOG) + "\n")
    (data_dir / "backup").mkdir()
    (data_dir / "backup" / "gender_kalteng-20250101T000000000000.csv").write_bytes(
        (data_dir / "gender_kalteng.csv").read_bytes())
    at = halaman.run()
    assert "hanya tampil untuk petugas data" in " ".join(c.value for c in at.caption)
    assert not any("nama" in d.value for d in at.dataframe)  # no backup list
    assert at.expander and all("changelog" not in e.label for e in at.expander)  # the import options only
    at.file_uploader(key="w_imp_berkas").upload("besar.csv", besar, "text/csv")
    at.run()
    assert "token petugas" in at.dataframe[0].value.iloc[0]["alasan"]
    at.text_input(key="w_imp_token").input("rahasia-petugas").run()
    assert not at.error and [m.value for m in at.metric][0] == str(len(hapus))
    assert any("nama" in d.value and "gender_kalteng-20250101T000000000000.csv" in d.value["nama"].tolist()
               for d in at.dataframe)
    assert any("changelog" in e.label for e in at.expander)
