"""Fixtures shared by the test modules: the real data/ folder stays untouched, a copy to write in, the
shipped data loaded once, and the leaders' briefs of all 15 regions with their PDFs (made once)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from bantu import potret, salin_data
from kalteng_gender import brief, brief_pdf, data as kd, geo, regions


@pytest.fixture(scope="module", autouse=True)
def data_asli_utuh():
    """Every test module leaves the shipped data/ folder byte for byte as it found it."""
    sebelum = potret(kd.DATA_DIR)
    yield
    assert potret(kd.DATA_DIR) == sebelum, "tes mengubah folder data/ yang asli"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A copy of the data file and the registry to import into."""
    return salin_data(tmp_path / "data")


@pytest.fixture(scope="session")
def nyata():
    """(data, registry) as shipped, loaded once."""
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg


@pytest.fixture(scope="session")
def df(nyata):
    """The shipped data (read-only: copy before changing it)."""
    return nyata[0]


@pytest.fixture(scope="session")
def reg(nyata):
    """The shipped registry (read-only: copy before changing it)."""
    return nyata[1]


@pytest.fixture(scope="session")
def batas():
    return geo.muat_batas()


@pytest.fixture(scope="session")
def brief_semua(nyata):
    """{kode: Brief} for Kalteng and the 14 kab/kota."""
    df, reg = nyata
    return {kode: brief.isi_brief(df, reg, kode) for kode in [regions.PROVINSI, *regions.KABKOTA]}


@pytest.fixture(scope="session")
def pdf_semua(brief_semua, batas):
    """{kode: (Brief, pdf bytes, extracted text with whitespace collapsed, page count)} for all 15 regions."""
    hasil = {}
    for kode, b in brief_semua.items():
        isi = brief_pdf.buat_pdf(b, batas)
        halaman = PdfReader(io.BytesIO(isi)).pages
        teks = " ".join(" ".join(p.extract_text() for p in halaman).split())
        hasil[kode] = (b, isi, teks, len(halaman))
    return hasil
