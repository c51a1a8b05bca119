"""AppTest of pages/4_Profil_Wilayah.py on the real data."""
from __future__ import annotations

import pytest

from bantu import datar, jalankan, judul_grafik, metrik, tabel_dengan, teks_halaman
from kalteng_gender import regions

HALAMAN = "pages/4_Profil_Wilayah.py"


def test_profil_bawaan_kalteng():
    at = jalankan(HALAMAN)
    assert at.selectbox(key="w_wil").value == "6200"
    assert any("Kelengkapan data: 42 dari 61 indikator (68,9 %)" in m.value for m in at.markdown)
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "nilai_terbaru"] == "0,541"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "indonesia"] == "0,447 (2023)"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "tren"] == pytest.approx(
        [0.565, 0.541, 0.547, 0.537, 0.526, 0.541])  # IKG1.csv, IKG.csv
    assert tabel.loc["Indeks Pembangunan Gender (IPG)", "nilai_terbaru"] == "89,49"
    assert metrik(at)["IKG terbit · Kalimantan Tengah 2023"] == "0,541"
    assert judul_grafik(at)[0].startswith(datar("Indeks Pemberdayaan Gender (IDG) (Total (L+P)) — Kalimantan Tengah"))
    # national context: the province among the 34 provinces of BPS's tables
    konteks = teks_halaman(at)
    assert "IKG Kalimantan Tengah 2023: 0,541 — peringkat 33 dari 34 provinsi" in konteks
    assert "IPG Kalimantan Tengah 2023: 89,49 — peringkat 26 dari 34 provinsi" in konteks
    # sources by publisher and grade, never a raw id
    assert tabel.loc["Indeks Pembangunan Gender (IPG)", "sumber"].endswith(")")
    assert not any(str(x).startswith(("github:", "http")) for x in tabel["sumber"])


def test_profil_daftar_kerja_dan_cakupan():
    at = jalankan(HALAMAN, wil="6207")
    tabel = at.dataframe[0].value.set_index("label")
    # a small withheld count is "disamarkan", not "data tidak tersedia", and reports are not ranked
    assert tabel.loc["Korban kekerasan: perempuan dewasa", "nilai_terbaru"] == "disamarkan"
    todo = tabel_dengan(at, "cari_di").set_index("label")
    assert "Korban kekerasan: perempuan dewasa" not in todo.index  # withheld is published, not a to-do
    r = todo.loc["Penduduk 25+ berpendidikan SMA ke atas"]
    assert r["cakupan"] == "0/14" and r["cari_di"].startswith('BPS: "Lamandau Dalam Angka"')
    cak = tabel_dengan(at, "cakupan", "wilayah")
    assert cak["wilayah"].iloc[0] == "Kalimantan Tengah" and "36,1 %" in set(cak["cakupan"])
    assert "Perbarui Data" in teks_halaman(at)  # the link to the page (plain, as the page runs alone here)


def test_profil_bahasa_inggris():
    at = jalankan(HALAMAN, lang="en", wil="6271")
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Gender Development Index (IPG)", "peringkat"] == "1 of 14"
    assert any("Data completeness: 35 of 61 indicators" in m.value for m in at.markdown)
    assert "data tidak tersedia" not in " ".join(str(x) for x in tabel.to_numpy().ravel())


def test_profil_wil_dari_url_dan_ganti_indikator():
    at = jalankan(HALAMAN, wil="6271")
    assert at.selectbox(key="w_wil").value == "6271"
    tabel = at.dataframe[0].value.set_index("label")
    r = tabel.loc["Indeks Pembangunan Manusia (IPM; UHH SP2020)"]
    assert (r["nilai_terbaru"], r["peringkat"], r["kalteng"]) == ("82,20", "1 dari 3", "74,28 (2024)")
    assert tabel.loc["Peringkat IKG dalam provinsi (1 = ketimpangan terendah)", "nilai_terbaru"] == "1"
    ipg = tabel.loc["Indeks Pembangunan Gender (IPG)"]  # IPG.csv 2023
    assert (ipg["nilai_terbaru"], ipg["peringkat"], ipg["kalteng"]) == (
        "95,51", "1 dari 14", "89,49 (2023)")
    assert any("35 dari 61" in m.value for m in at.markdown)
    assert "IKG Palangka Raya 2023: 0,415 — peringkat 1 dari 14 di Kalteng" in teks_halaman(at)
    at.selectbox(key="w_ind").select("ipm_sp2020").run()
    assert not at.exception
    assert judul_grafik(at)[0].startswith(
        datar("Indeks Pembangunan Manusia (IPM; UHH SP2020) (Total (L+P)) — Palangka Raya"))
    at.toggle(key="w_profil_hanya_ada").set_value(True).run()
    assert len(at.dataframe[0].value) == 35


def test_profil_wil_tidak_sah_kembali_ke_kalteng():
    at = jalankan(HALAMAN, wil="9999")
    assert at.selectbox(key="w_wil").value == "6200"
    assert any("'9999' untuk 'wil' tidak sah" in t.value for t in at.toast)


def test_profil_bisa_untuk_setiap_kabkota():
    at = jalankan(HALAMAN)
    for kode in list(regions.KABKOTA):
        at.selectbox(key="w_wil").select(kode).run()
        assert not at.exception, kode
        assert at.query_params["wil"] == kode
        assert any("Kelengkapan data:" in m.value for m in at.markdown), kode
        assert len(at.dataframe[0].value) == 61
        assert "peringkat" in teks_halaman(at) and "di Kalteng" in teks_halaman(at), kode  # national context for every regency
    # Sukamara: IPM 2020 ranked last of the four kab/kota published that year
    at.selectbox(key="w_wil").select("6206").run()
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Indeks Pembangunan Manusia (IPM; UHH lama)", "peringkat"] == "4 dari 4"
