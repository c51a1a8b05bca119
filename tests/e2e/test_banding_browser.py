"""The planner's question on the comparison view, in Debian's chromium: "how does women's labour force
participation (TPAK Agustus) in Kapuas compare with men's, with the province and with Indonesia, over time?",
answered, exported and cited from one page in at most six actions. Screenshots at desktop and phone sizes."""
from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from tests.e2e import harness

HAL = harness.cari_halaman("Bandingkan")
assert HAL is not None, "pages/*_Bandingkan.py is missing"  # fail, never skip: a renamed page must be noticed
UKURAN = {"desktop": {"width": 1400, "height": 1000}, "ponsel": {"width": 390, "height": 844}}

JS_GARIS = """() => {
  const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const legenda = gd.querySelector('g.legend');
  const r = legenda ? legenda.getBoundingClientRect() : null, k = gd.getBoundingClientRect();
  return {nama: gd.data.map(t => t.name), celah: gd.data.map(t => t.connectgaps),
          legenda: legenda ? Array.from(legenda.querySelectorAll('text.legendtext')).map(t => t.textContent) : [],
          legenda_di_dalam: !!r && r.width > 0 && r.left >= k.left - 1 && r.right <= k.right + 1
                            && r.bottom <= k.bottom + 1};
}"""


def tunggu_rerun(page, aksi) -> None:
    t0 = page.evaluate("performance.now()")
    aksi()
    page.wait_for_function(harness.JS_SELESAI_SETELAH, arg=t0, timeout=30_000, polling=100)
    harness.tunggu_diam(page)


def test_planner_kapuas_tpak_in_six_actions_exported_and_cited(server, buka, tmp_path, folder_tangkapan):
    page, jaga = buka()
    page.set_viewport_size(UKURAN["desktop"])
    aksi = []  # what the planner does, one entry per action
    utama = page.locator('[data-testid="stMain"]')
    with harness.langkah(page, "banding_1_buka", folder_tangkapan):
        aksi.append("buka halaman Bandingkan")
        page.goto(f"{server.url}/{HAL.url_path}")
        harness.tunggu_diam(page)
    with harness.langkah(page, "banding_2_indikator", folder_tangkapan):
        kotak_ind = utama.get_by_role("combobox", name="Indikator", exact=True)
        if "(TPAK) Agustus" not in kotak_ind.input_value():  # the page may already open on it (its default)
            aksi.append("pilih indikator TPAK Agustus")
            harness.pilih(page, "Indikator", "(TPAK) Agustus")
        assert "ind=tpak_agustus" in page.url
    with harness.langkah(page, "banding_3_wilayah", folder_tangkapan):
        aksi.append("tambah Kapuas")
        kotak = utama.get_by_role("combobox", name="Wilayah (kabupaten/kota, Kalteng, Indonesia)")
        tunggu_rerun(page, lambda: (kotak.click(), kotak.fill("Kapuas"),
                                    page.get_by_role("option").filter(has_text="Kapuas").first.click()))
        aksi.append("hapus wilayah bawaan")
        page.keyboard.press("Escape")
        bawaan = utama.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]').first
        assert "Kapuas" not in bawaan.inner_text()
        tunggu_rerun(page, lambda: bawaan.get_by_role("button").click())
        harness.tunggu_grafik(page)
        g = page.evaluate(JS_GARIS)
        assert g["nama"] == ["Kalimantan Tengah, perempuan", "Kalimantan Tengah, laki-laki", "Kapuas, perempuan",
                             "Kapuas, laki-laki"] or set(g["nama"]) == {
            "Kapuas, perempuan", "Kapuas, laki-laki", "Kalimantan Tengah, perempuan", "Kalimantan Tengah, laki-laki"}
        assert all(c is False for c in g["celah"])
        assert sorted(g["legenda"]) == sorted(g["nama"]) and g["legenda_di_dalam"], g
        # Indonesia has no TPAK Agustus figure in the data: said above the chart, in words
        catatan = utama.locator('[data-testid="stAlert"]').filter(has_text="Data tidak tersedia untuk: Indonesia")
        grafik = utama.locator('[data-testid="stPlotlyChart"]').first
        assert catatan.count() == 1 and catatan.bounding_box()["y"] < grafik.bounding_box()["y"]
        page.screenshot(path=str(folder_tangkapan / "banding_desktop_grafik.png"), full_page=True)
    with harness.langkah(page, "banding_4_unduh", folder_tangkapan):
        aksi.append("unduh XLSX")
        with page.expect_download() as unduh:
            utama.locator('[data-testid="stDownloadButton"] button').filter(has_text="XLSX").click()
        berkas = tmp_path / unduh.value.suggested_filename
        unduh.value.save_as(berkas)
    assert len(aksi) <= 6, aksi
    assert berkas.suffix == ".xlsx"
    ws = openpyxl.load_workbook(berkas)["Perbandingan"]
    assert ws["A2"].value.startswith("Sumber: BPS") and "diolah dari Peta Kesenjangan Gender Kalteng" in ws["A2"].value
    t = pd.read_excel(io.BytesIO(berkas.read_bytes()), sheet_name="Perbandingan", header=3, dtype={"Kode BPS": str})
    kapuas = t[t["Wilayah"] == "Kapuas"].set_index("Tahun")
    assert kapuas.loc[2025, ["Perempuan (P)", "Laki-laki (L)"]].tolist() == [51.82, 83.09]
    assert set(t["Wilayah"].dropna()) >= {"Kapuas", "Kalimantan Tengah"}
    assert "tahun=2019-2025" in page.url and "ind=tpak_agustus" in page.url
    harness.periksa_bersih(page, jaga, "Bandingkan")


@pytest.mark.parametrize("ukuran", list(UKURAN))
def test_screenshots_every_tab(ukuran, server, buka, folder_tangkapan):
    """Each tab at desktop and phone size (for looking at); the chart's legend stays inside its frame."""
    page, jaga = buka()
    page.set_viewport_size(UKURAN[ukuran])
    page.goto(f"{server.url}/{HAL.url_path}?ind=tpak_agustus&wil=6203,6200,0000&tahun=2019-2025")
    harness.tunggu_diam(page)
    harness.tunggu_grafik(page)
    g = page.evaluate(JS_GARIS)
    assert len(g["legenda"]) == 4 and g["legenda_di_dalam"], g
    page.screenshot(path=str(folder_tangkapan / f"banding_{ukuran}_1_grafik.png"), full_page=True)
    for n, nama in enumerate(["Peta", "Tabel"], start=2):
        tab = page.locator('[data-testid="stMain"]').get_by_role("tab", name=nama)
        tab.click()
        page.wait_for_function(f"() => location.search.includes('tab={nama.lower()}')", timeout=30_000)
        harness.tunggu_diam(page)
        harness.tunggu_grafik(page)
        page.screenshot(path=str(folder_tangkapan / f"banding_{ukuran}_{n}_{nama.lower()}.png"), full_page=True)
    assert "tab=tabel" in page.url
    # Streamlit scrolls an inner element: a tall window shows the whole page (downloads, captions) in one picture
    page.set_viewport_size({"width": UKURAN[ukuran]["width"], "height": 3200 if ukuran == "ponsel" else 1900})
    page.locator('[data-testid="stMain"]').get_by_role("tab", name="Grafik").click()
    page.wait_for_function("() => location.search.includes('tab=grafik')", timeout=30_000)
    harness.tunggu_diam(page)
    harness.tunggu_grafik(page)
    page.screenshot(path=str(folder_tangkapan / f"banding_{ukuran}_4_seluruh.png"), full_page=True)
    harness.periksa_bersih(page, jaga, f"Bandingkan {ukuran}")
