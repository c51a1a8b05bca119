"""Every page on a phone (390 × 844, touch) in Debian's chromium, as a leader opens a link from a message.

The page is never wider than the screen (a wide table scrolls inside its own frame), every chart title and
panel title lies inside its chart, the chart's title clear of the chart's toolbar, and every map shows the whole province (the 14 regencies'
outlines inside the map). Full-page screenshots go to artifacts/screenshots/ (NN_<page>_ponsel.png); one more
per page in English on a desktop (NN_<page>_en.png), for the reader who checks the English wording by eye.
"""
from __future__ import annotations

import pytest

from tests.e2e import harness

HALAMAN = harness.semua_halaman()
PONSEL = {"width": 390, "height": 844}

# Per chart: the title lines' boxes, the chart's box, the toolbar's box, and for a map the box of the regions'
# outlines projected by the map itself (MapLibre), against the map canvas.
JS_TATA = """() => {
  const kotak = r => r && r.width > 0 ? {l: r.left, r: r.right, t: r.top, b: r.bottom} : null;
  return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).map((el, i) => {
    const gd = el.querySelector('.js-plotly-plot');
    // the chart's title and its panels' titles (plotly annotations)
    const judul = Array.from(gd.querySelectorAll('.gtitle, .g-gtitle text, .annotation-text'))
      .map(t => kotak(t.getBoundingClientRect())).filter(Boolean);
    const alat = kotak((gd.querySelector('.modebar') || {getBoundingClientRect: () => null}).getBoundingClientRect());
    let wilayah = null, kanvas = null;
    const fl = gd._fullLayout, m = fl && fl.map && fl.map._subplot && fl.map._subplot.map;
    if (m) {
      const c = m.getCanvas().getBoundingClientRect();
      kanvas = {l: 0, r: c.width, t: 0, b: c.height};
      const xs = [], ys = [];
      (gd.data || []).forEach(tr => ((tr.geojson && tr.geojson.features) || []).forEach(f => {
        (JSON.stringify(f.geometry.coordinates).match(/-?[0-9.]+,-?[0-9.]+/g) || []).forEach(p => {
          const q = m.project(p.split(',').map(Number)); xs.push(q.x); ys.push(q.y);
        });
      }));
      if (xs.length) wilayah = {l: Math.min(...xs), r: Math.max(...xs), t: Math.min(...ys), b: Math.max(...ys)};
    }
    return {i, terlihat: el.getBoundingClientRect().height > 0, grafik: kotak(gd.getBoundingClientRect()),
            judul, alat, wilayah, kanvas};
  });
}"""

JS_LEBAR = """() => ({dokumen: document.documentElement.scrollWidth,
                     utama: document.querySelector('[data-testid="stMain"]').scrollWidth})"""


def _bertumpuk(a: dict, b: dict) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


@pytest.mark.parametrize("hal", HALAMAN, ids=[h.nama for h in HALAMAN])
def test_page_fits_a_phone(hal, server, buka, folder_tangkapan):
    page, jaga = buka(viewport=PONSEL, is_mobile=True, has_touch=True)
    resp = page.goto(f"{server.url}/{hal.url_path}")
    assert resp is not None and resp.ok
    harness.tunggu_diam(page)
    harness.tunggu_grafik(page)
    lebar = page.evaluate(JS_LEBAR)
    assert lebar["dokumen"] <= PONSEL["width"] and lebar["utama"] <= PONSEL["width"], \
        f"{hal.nama}: the page scrolls sideways on a phone: {lebar}"
    for g in page.evaluate(JS_TATA):
        if not g["terlihat"]:
            continue
        k = g["grafik"]
        for j in g["judul"]:
            assert k["l"] - 1 <= j["l"] and j["r"] <= k["r"] + 1, f"{hal.nama}: chart {g['i']} title is cut: {j} {k}"
            assert not (g["alat"] and _bertumpuk(j, g["alat"])), \
                f"{hal.nama}: chart {g['i']} title lies under the chart's toolbar: {j} {g['alat']}"
        if g["wilayah"]:
            w, c = g["wilayah"], g["kanvas"]
            assert w["l"] >= c["l"] and w["r"] <= c["r"] and w["t"] >= c["t"] and w["b"] <= c["b"], \
                f"{hal.nama}: map {g['i']} crops the province on a phone: regions {w}, map {c}"
    nomor = HALAMAN.index(hal)
    # Streamlit scrolls an inner element: the window is made as tall as the page for a full-page picture
    tinggi = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": PONSEL["width"], "height": min(tinggi + 50, 16000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(folder_tangkapan / f"{nomor:02d}_{hal.nama}_ponsel.png"), full_page=True)
    harness.periksa_bersih(page, jaga, hal.nama)


@pytest.mark.parametrize("hal", HALAMAN, ids=[h.nama for h in HALAMAN])
def test_page_in_english_on_a_desktop(hal, server, buka, folder_tangkapan):
    page, jaga = buka()
    resp = page.goto(f"{server.url}/{hal.url_path}?lang=en")
    assert resp is not None and resp.ok
    harness.tunggu_diam(page)
    harness.tunggu_grafik(page)
    judul = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
    menu = page.locator(harness.MENU).all_inner_texts()
    assert "Ringkasan" not in judul and not any("Peringkat" in m or "Bandingkan" in m for m in menu), (judul, menu)
    page.screenshot(path=str(folder_tangkapan / f"{HALAMAN.index(hal):02d}_{hal.nama}_en.png"), full_page=True)
    harness.periksa_bersih(page, jaga, hal.nama)


@pytest.mark.parametrize("ukuran", [{"width": 1400, "height": 2400}, PONSEL], ids=["desktop", "ponsel"])
def test_landing_shows_the_gap_card_and_names_every_region(ukuran, server, buka):
    """A leader's first screen: where women lag men, sector by sector, the regencies furthest from parity, and
    the 14 regencies named beside the map (the offline map cannot draw labels), ranked 1 to 14."""
    import re

    from kalteng_gender import regions
    from kalteng_gender.teks import t

    page, jaga = buka(viewport=ukuran, is_mobile=ukuran is PONSEL, has_touch=ukuran is PONSEL)
    page.goto(server.url)
    harness.tunggu_diam(page)
    teks = page.locator('[data-testid="stMain"]').inner_text()
    for kunci in ("kartu_kesenjangan", "terjauh_judul", "perubahan_judul"):
        assert t(kunci) in teks, f"{kunci} missing on the landing page ({ukuran['width']} px)"
    for sektor in ("kesehatan", "pendidikan", "ekonomi", "politik", "perlindungan"):
        assert t(sektor) in teks
    # the list beside the map: one line per regency, "Palangka Raya: 0,415" (the numbers are list markers)
    baris = set(re.findall(r"^(.+?): [0-9]", teks, flags=re.M))
    assert set(regions.KABKOTA.values()) <= baris, sorted(set(regions.KABKOTA.values()) - baris)
    harness.periksa_bersih(page, jaga, f"landing {ukuran['width']}")
