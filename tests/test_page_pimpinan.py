"""AppTest of pages/8_Ringkasan_Pimpinan.py: the leaders' brief on screen is the PDF's content (conftest's
pdf_semua holds the 15 PDFs); the brief itself is tested in test_brief.py."""
from __future__ import annotations

import pytest

from bantu import jalankan, rapat
from kalteng_gender import fmt, regions

HALAMAN = "pages/8_Ringkasan_Pimpinan.py"


def test_halaman_bawaan_provinsi(pdf_semua):
    at = jalankan(HALAMAN)
    assert at.selectbox(key="w_wil").value == regions.PROVINSI and at.header[0].value == "Kalimantan Tengah"
    m = {x.label: (x.value, x.delta) for x in at.metric}
    assert m["Indeks Ketimpangan Gender (IKG) · 2023"] == ("0,541", "+0,015 sejak 2022 (memburuk)")
    # an ASCII minus in the page's delta: st.metric reads the direction from it (the PDF prints "−")
    assert m["Indeks Pemberdayaan Gender (IDG) · 2023"] == ("79,99", "-1,99 sejak 2022 (memburuk)")
    assert m["Indeks Pembangunan Gender (IPG) · 2023"] == ("89,49", "+0,29 sejak 2022 (membaik)")
    assert any("Nasional 2023: 0,447" in c.value for c in at.caption)
    # the same headline numbers in the PDF the button and the CLI produce
    teks = pdf_semua[regions.PROVINSI][2]
    for label, (nilai, delta) in m.items():
        assert rapat(label) in teks and nilai in teks and delta.replace("-", "−", 1) in teks
    pokok = at.markdown[0].value
    assert "IKG Kalimantan Tengah 2023 sebesar 0,541" in pokok and "−34,92 poin persen" in pokok
    assert at.table[0].value.iloc[0]["Perempuan"] == "20,00" and at.table[0].value.iloc[2]["Perempuan"] == "50,34"
    assert any("jurukabar.com/tpak-kalimantan-tengah" in c.value for c in at.caption)  # chart source
    assert [b.proto.label for b in at.get("download_button")] == ["Unduh PDF", "Unduh 15 ringkasan (PDF)"]


@pytest.mark.parametrize("wil", ["6271", "6201", "6211"])
def test_halaman_kab_sama_dengan_pdf(pdf_semua, wil):
    at = jalankan(HALAMAN, wil=wil)
    assert at.selectbox(key="w_wil").value == wil
    assert at.header[0].value == regions.NAMA[wil] and at.query_params["wil"] == wil
    b, _, teks, _ = pdf_semua[wil]
    assert [(x.label, x.value) for x in at.metric] == [(u.judul, u.teks_nilai) for u in b.utama]
    for x in at.metric:
        assert rapat(x.label) in teks and x.value in teks
    assert all(x.value != fmt.TIDAK_TERSEDIA for x in at.metric)
    if wil == "6271":
        assert [x.value for x in at.metric] == ["0,415", "81,85", "95,51"]  # IKG, IDG, IPG 2023 (BPS)
        assert any("Angka sekunder 2025: 0,462" in c.value for c in at.caption)  # the STIS compilation, apart
        assert "IPG 2023: peringkat ke-1 (sama dengan Kapuas) dari 14" in at.markdown[1].value
        assert at.table[0].value.iloc[2][["Perempuan", "Laki-laki"]].tolist() == ["51,11", "80,56"]  # TPAK 2025
    if wil == "6211":
        assert dict((x.label, x.value) for x in at.metric)["Indeks Pemberdayaan Gender (IDG) · 2023"] == "89,29"


def test_halaman_wil_tidak_sah():
    at = jalankan(HALAMAN, wil="9999")
    assert any("'9999'" in x.value and "tidak sah" in x.value for x in at.toast)
    assert at.selectbox(key="w_wil").value == regions.PROVINSI and at.header[0].value == "Kalimantan Tengah"
    assert at.metric[0].value == "0,541"


def test_halaman_ganti_wilayah():
    at = jalankan(HALAMAN)
    at.selectbox(key="w_wil").select("6201").run()
    assert at.header[0].value == "Kotawaringin Barat" and at.query_params["wil"] == "6201"
    assert [x.value for x in at.metric][2] == "92,05"  # IPG.csv: Kotawaringin Barat 2023
