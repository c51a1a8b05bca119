"""Printing "Ringkasan Pimpinan" from the browser (A4 portrait) gives the content on one page, and no sidebar or
widgets.

Uses the session's one Streamlit server and Debian chromium (tests/e2e/conftest.py)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.e2e import harness

# Labels of widgets and chrome that must not reach paper.
WIDGET = ["Unduh PDF", "Bahasa Indonesia", "English", "Tabel data yang digambar", "Deploy", "Ringkasan Kalteng",
          "Peta dan Peringkat", "Data dan Metadata"]


A4_MM = (210, 297)


def cetak(page, url: str, wil: str) -> list:
    """The brief of `wil` as the browser prints it (A4), after its images have loaded: the PDF's pages."""
    page.goto(f"{url}/Ringkasan_Pimpinan?wil={wil}")
    page.wait_for_selector('[data-testid="stMetric"]')
    page.wait_for_function("[...document.querySelectorAll('[data-testid=\"stImage\"] img')]"
                           ".filter(i => i.complete && i.naturalWidth > 0).length >= 2")
    # the print style arrives with the page's own elements; printing before it lands prints the screen layout
    page.wait_for_function("() => [...document.querySelectorAll('style')].some(s => s.textContent.includes('@page'))")
    harness.tunggu_diam(page)
    return PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True))).pages


@pytest.mark.parametrize("wil,nama,angka", [
    ("6200", "Kalimantan Tengah", ["0,541", "Nasional 2023: 0,447", "79,99", "89,49", "50,34", "85,26", "20,00"]),
    ("6271", "Palangka Raya", ["ke-1 (sama dengan Kapuas) dari 14", "Nasional 2023: 0,447",
                               "Angka sekunder 2025: 0,462"]),
])
def test_cetak_a4_tanpa_widget(buka, server, wil, nama, angka):
    page, _ = buka()
    page.set_default_timeout(60_000)
    halaman = cetak(page, server.url, wil)
    page.wait_for_selector('[data-testid="stSidebar"]', state="attached")  # it exists on screen ...
    assert len(halaman) == 1  # one A4 page: nothing spills, the foot included
    assert tuple(round(float(x) * 25.4 / 72) for x in halaman[0].mediabox[2:]) == A4_MM
    teks = halaman[0].extract_text()
    rapat = " ".join(teks.split())
    assert nama in rapat
    for a in angka:
        assert a in rapat, a
    assert "Sumber:" in rapat and "Data: kumpulan awal" in rapat  # the foot printed: the scroll container opened
    for w in WIDGET:  # ... but nothing of the sidebar, the select box or the download button is printed
        assert w not in rapat, w
    assert "Wilayah" not in teks.splitlines(), "the select box label was printed"


def test_cetak_setiap_wilayah_satu_halaman(buka, server):
    """Every one of the 15 briefs prints on one A4 page in the browser (the province has the most sources)."""
    from kalteng_gender import regions
    page, _ = buka()
    page.set_default_timeout(60_000)
    lebih = {k: n for k in [regions.PROVINSI, *regions.KABKOTA] if (n := len(cetak(page, server.url, k))) != 1}
    assert lebih == {}


def test_tombol_unduh_pdf_memberi_pdf(buka, server):
    """"Unduh PDF" delivers the brief at once: it is drawn with matplotlib in the server, no browser export."""
    page, jaga = buka()
    page.goto(f"{server.url}/Ringkasan_Pimpinan?wil=6271")
    tombol = page.locator('.st-key-unduh_pdf button')
    tombol.wait_for()
    with page.expect_download(timeout=15_000) as unduhan:
        tombol.click()
    assert unduhan.value.suggested_filename == "ringkasan_pimpinan_6271.pdf"
    with open(unduhan.value.path(), "rb") as f:
        isi = f.read()
    assert isi.startswith(b"%PDF")
    teks = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(isi)).pages).split())
    assert "Palangka Raya" in teks and "ke-1 (sama dengan Kapuas) dari 14" in teks
    assert jaga.asing() == []


def test_tombol_unduh_semua_memberi_15_halaman(buka, server):
    """"Unduh 15 ringkasan" gives one PDF of 15 pages, the province then the 14 kab/kota, each naming its region
    and its IKG, IDG and IPG values."""
    from kalteng_gender import brief, data as kd, regions
    page, jaga = buka()
    page.goto(f"{server.url}/Ringkasan_Pimpinan")
    tombol = page.locator('.st-key-unduh_semua').get_by_role("button", name="Unduh 15 ringkasan (PDF)")
    tombol.wait_for()
    with page.expect_download(timeout=180_000) as unduhan:
        tombol.click()
    assert unduhan.value.suggested_filename == "ringkasan_pimpinan_15_wilayah.pdf"
    halaman = PdfReader(unduhan.value.path()).pages
    assert len(halaman) == 15
    reg = kd.muat_registry()
    df = kd.muat_data(registry=reg)
    for kode, h in zip([regions.PROVINSI, *regions.KABKOTA], halaman):
        teks = " ".join(h.extract_text().split())
        assert teks.split("KESENJANGAN GENDER ", 1)[1].startswith(regions.NAMA[kode]), kode
        for u in brief.isi_brief(df, reg, kode).utama:
            assert u.teks_nilai in teks and " ".join(u.judul.split()) in teks, (kode, u.indikator)
    assert jaga.asing() == []
