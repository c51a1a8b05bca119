"""Printing "Ringkasan Pimpinan" from the browser (A4 portrait) gives the content and no sidebar or widgets.

Uses the session's one Streamlit server and Debian chromium (tests/e2e/conftest.py)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

# Labels of widgets and chrome that must not reach paper.
WIDGET = ["Unduh PDF", "Bahasa Indonesia", "English", "Tabel data yang digambar", "Deploy", "Ringkasan Kalteng",
          "Peta dan Peringkat", "Data dan Metadata"]


@pytest.mark.parametrize("wil,nama,angka", [
    ("6200", "Kalimantan Tengah", ["0,541", "Nasional 2023: 0,447", "79,99", "89,49", "50,34", "85,26"]),
    ("6271", "Palangka Raya", ["ke-1 dari 14", "Nasional 2023: 0,447"]),
])
def test_cetak_a4_tanpa_widget(buka, server, wil, nama, angka):
    page, _ = buka()
    page.set_default_timeout(60_000)
    page.goto(f"{server.url}/Ringkasan_Pimpinan?wil={wil}")
    page.wait_for_selector('[data-testid="stMetric"]')
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg')
    page.wait_for_selector('[data-testid="stSidebar"]', state="attached")  # it exists on screen ...
    teks = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True))).pages)
    rapat = " ".join(teks.split())
    assert nama in rapat
    for a in angka:
        assert a in rapat, a
    assert "Sumber:" in rapat and "Data: kumpulan awal" in rapat  # the foot printed: the scroll container opened
    for w in WIDGET:  # ... but nothing of the sidebar, the select box or the download button is printed
        assert w not in rapat, w
    assert "Wilayah" not in teks.splitlines(), "the select box label was printed"


def test_tombol_unduh_pdf_memberi_pdf(buka, server):
    """"Unduh PDF" delivers the brief at once: it is drawn with matplotlib in the server, no browser export."""
    page, jaga = buka()
    page.goto(f"{server.url}/Ringkasan_Pimpinan?wil=6271")
    tombol = page.locator('[data-testid="stDownloadButton"] button')
    tombol.wait_for()
    with page.expect_download(timeout=15_000) as unduhan:
        tombol.click()
    assert unduhan.value.suggested_filename == "ringkasan_pimpinan_6271.pdf"
    with open(unduhan.value.path(), "rb") as f:
        isi = f.read()
    assert isi.startswith(b"%PDF")
    teks = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(isi)).pages).split())
    assert "Palangka Raya" in teks and "ke-1 dari 14" in teks
    assert jaga.asing() == []
