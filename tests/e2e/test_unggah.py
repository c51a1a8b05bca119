"""An upload on Perbarui Data reaches the process that holds the session: behind `make serve` (HAProxy in front
of several workers) the page's cookie keeps the upload request on that process and its XSRF cookie matches.
Only the preview runs: nothing is applied, data/ is not touched."""
from __future__ import annotations

from tests.e2e import harness

BERKAS = harness.ROOT / "tests" / "corpus" / "panjang_utf8bom.csv"  # 4 figures already in the data


def test_unggah_berkas_memberi_pratinjau(buka, server):
    if not harness.cari_halaman("Perbarui_Data"):
        return
    page, jaga = buka()
    page.goto(f"{server.url}/Perbarui_Data")
    harness.tunggu_diam(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(BERKAS))
    page.get_by_role("heading", name="Pratinjau").wait_for(timeout=60_000)
    harness.tunggu_diam(page)
    assert "panjang_utf8bom.csv" in page.locator('[data-testid="stMain"]').inner_text()
    assert not page.locator('[data-testid="stException"]').count()
    assert not page.locator('[data-testid="stFileUploaderFileErrorMessage"]').count()
    assert jaga.galat() == [] and jaga.asing() == []
