"""The dashboard in a real browser (Debian chromium + Playwright), offline.

For app.py and every pages/*.py present at collection time: the page loads, every plotly chart has drawn (maps
render all 14 regions), no Streamlit exception, no console error, no request leaves this machine; a full-page
screenshot goes to artifacts/screenshots/. Then one planner journey across Peta dan Peringkat -> Profil Wilayah
-> Data dan Metadata, ending with the CSV download checked row by row.
"""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from kalteng_gender import data as kd, fmt, regions, seleksi
from tests.e2e import harness

HALAMAN = harness.semua_halaman()
KODE_14 = sorted(regions.KABKOTA)


@pytest.fixture(scope="module")
def data_asli():
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg


def buka_halaman(page, server, hal: harness.Halaman, kueri: str = ""):
    resp = page.goto(f"{server.url}/{hal.url_path}" + (f"?{kueri}" if kueri else ""))
    assert resp is not None and resp.ok, f"{hal.nama}: HTTP {resp and resp.status}"
    harness.tunggu_diam(page)
    return harness.tunggu_grafik(page)




def periksa_peta(g: dict, nama: str) -> None:
    """A map: its traces cover the 14 kab/kota exactly once (grey + coloured) and MapLibre drew all 14."""
    lokasi = [k for tr in g["lokasi"] for k in tr]
    assert sorted(lokasi) == KODE_14, f"{nama}: map {g['i']} locations {sorted(lokasi)}"
    if g["terlihat"]:  # a map in a closed tab or expander has no size, so MapLibre has drawn nothing yet
        assert g["wilayahDigambar"] == KODE_14, f"{nama}: map {g['i']} rendered only {g['wilayahDigambar']}"


# ------------------------------------------------------------------------------------------- every page
@pytest.mark.parametrize("hal", HALAMAN, ids=[h.nama for h in HALAMAN])
def test_page_loads_draws_every_chart_and_stays_offline(hal, server, buka, folder_tangkapan):
    page, jaga = buka()
    info = buka_halaman(page, server, hal)
    nomor = HALAMAN.index(hal)
    page.screenshot(path=str(folder_tangkapan / f"{nomor:02d}_{hal.nama}.png"), full_page=True)

    judul = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
    assert judul, f"{hal.nama}: no title"
    assert page.get_by_text("Page not found").count() == 0, f"{hal.nama}: /{hal.url_path} is not a page"
    tidak_tergambar = [g for g in info if not harness.grafik_siap([g])]
    assert not tidak_tergambar, f"{hal.nama}: charts not drawn: {tidak_tergambar}"
    terlihat = lihat_semua_grafik(page, info, hal.nama)
    assert terlihat == set(range(len(info))), \
        f"{hal.nama}: charts never shown drawn (not even after opening every tab and expander): " \
        f"{sorted(set(range(len(info))) - terlihat)}"
    harness.periksa_bersih(page, jaga, hal.nama)


def lihat_semua_grafik(page, info: list[dict], nama: str) -> set[int]:
    """Indices of the charts seen drawn while visible; charts in other tabs or closed expanders are brought
    into view (tab by tab, then every expander opened). Every map seen is checked for its 14 regions."""
    terlihat: set[int] = set()

    def catat(info):
        for g in info:
            if g["terlihat"] and harness.grafik_siap([g]):
                terlihat.add(g["i"])
                if g["peta"]:
                    periksa_peta(g, nama)

    catat(info)
    if len(terlihat) == len(info):
        return terlihat
    tab = page.locator('[data-testid="stMain"]').get_by_role("tab")
    for k in range(tab.count()):
        if tab.nth(k).get_attribute("aria-selected") != "true":
            tab.nth(k).click()
            catat(harness.tunggu_grafik(page))
    if len(terlihat) < len(info):
        tertutup = page.locator('[data-testid="stMain"] [data-testid="stExpander"] details:not([open]) > summary')
        for k in range(tertutup.count()):
            tertutup.nth(0).click()
        catat(harness.tunggu_grafik(page))
    return terlihat


def test_sidebar_links_are_the_page_files_in_order(server, buka):
    """The sidebar menu (ui.halaman) links every page file, in order, at Streamlit's URL path for it."""
    page, jaga = buka()
    buka_halaman(page, server, HALAMAN[0])
    tautan = page.locator(harness.MENU)
    href = tautan.evaluate_all("as => as.map(a => a.getAttribute('href'))")
    jalur = [urlsplit(h).path.strip("/") for h in href]
    assert jalur == [h.url_path for h in HALAMAN]
    teks = [t.strip() for t in tautan.all_inner_texts()]
    assert teks == ["Ringkasan Kalteng"] + [h.judul_nav for h in HALAMAN[1:]]


JS_ABU = """() => {
    const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
    return gd.data.filter(t => t.showscale === false)  // the grey trace: regions without a figure
                  .flatMap(t => Array.from(t.locations)).sort();
}"""


@pytest.mark.parametrize("kueri, ind, tahun, judul, kosong_harap", [
    ("", "ikg", 2023, "Indeks Ketimpangan Gender", []),  # the default: IKG, all 14 from BPS's 2023 table
    ("ind=ipm&tahun=terbaru", "ipm", None, "Indeks Pembangunan Manusia", ["6202", "6209", "6212"]),
], ids=["bawaan_ikg", "ipm_abu"])
def test_landing_map_shows_14_regions_grey_where_data_are_missing(server, buka, data_asli, kueri, ind, tahun, judul,
                                                                   kosong_harap):
    """What the browser draws on the landing map equals the data: coloured where a figure exists, grey where not."""
    df, _ = data_asli
    kab = df[df["kode_bps"].isin(regions.KABKOTA)]
    harapan = seleksi.nilai_wilayah(kab, ind, tahun, "T")
    kosong = sorted(harapan.loc[harapan["nilai"].isna(), "kode_bps"])
    page, jaga = buka()
    info = buka_halaman(page, server, HALAMAN[0], kueri)
    peta = [g for g in info if g["peta"]]
    assert len(peta) == 1
    periksa_peta(peta[0], "landing")
    assert page.evaluate(JS_ABU) == kosong == kosong_harap
    assert page.evaluate(JS_BERWARNA, 0) == sorted(set(regions.KABKOTA) - set(kosong))
    assert judul in peta[0]["judul"]
    assert page.get_by_text(f"{14 - len(kosong)} dari 14 kabupaten/kota punya data").count() == 1
    harness.periksa_bersih(page, jaga, "landing")


# ------------------------------------------------------------------------------------------- journey
IND_JOURNEY = "kasus_kekerasan_perempuan_anak"   # published for all 14 kab/kota in 2023, for 6 in 2025
TAHUN_JOURNEY = 2025
WILAYAH_JOURNEY = "6271"                         # Palangka Raya: has a 2025 figure




JS_BERWARNA = """(i) => {
    const gd = document.querySelectorAll('[data-testid="stPlotlyChart"]')[i].querySelector('.js-plotly-plot');
    return gd.data.filter(t => t.showscale !== false)
                  .flatMap(t => Array.from(t.locations)).sort();
}"""


JS_DI_KANVAS = """([x, y, i]) => {
    const el = document.elementFromPoint(x, y);
    return !!el && el.tagName === 'CANVAS'
        && document.querySelectorAll('[data-testid="stPlotlyChart"]')[i].contains(el);
}"""


def klik_wilayah(page, idx: int, kode: str) -> None:
    """A real mouse click on region `kode` of the map in chart element `idx`, once the map has stopped moving,
    at a pixel hit-tested to belong to that region; waits for the rerun the selection triggers."""
    xy = None
    for _ in range(40):
        baru = page.evaluate(harness.JS_TITIK_WILAYAH, [idx, kode])
        if baru and xy and abs(baru[0] - xy[0]) < 0.5 and abs(baru[1] - xy[1]) < 0.5:
            break
        xy = baru
        page.wait_for_timeout(250)
    assert xy, f"region {kode} is not rendered on the map"
    assert page.evaluate(JS_DI_KANVAS, [*xy, idx]), f"the point {xy} of {kode} is covered by something else"
    page.mouse.move(*xy)
    page.wait_for_timeout(150)
    page.mouse.click(*xy)
    # the selection reaches the URL; a cached rerun can finish too fast to be seen running, so no status wait
    page.wait_for_function(f"() => location.search.includes('wil={kode}')", timeout=30_000, polling=100)
    harness.tunggu_diam(page)




def parameter(page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(page.url).query).items()}


def buka_lewat_sidebar(page, hal: harness.Halaman) -> list[dict]:
    """Client-side page change (same Streamlit session, so the filters carry over)."""
    t0 = page.evaluate("performance.now()")
    page.locator(harness.MENU).filter(
        has_text=re.compile(r"^\s*" + re.escape(hal.judul_nav) + r"\s*$")).first.click()
    page.wait_for_url(re.compile(rf"/{re.escape(hal.url_path)}(\?|$)"))
    page.wait_for_function(harness.JS_SELESAI_SETELAH, arg=t0, timeout=30_000, polling=100)
    harness.tunggu_diam(page)
    return harness.tunggu_grafik(page)


def test_planner_journey_map_click_profile_and_csv_download(server, buka, data_asli, tmp_path, folder_tangkapan):
    hal_peta, hal_profil, hal_data = (harness.cari_halaman(n) for n in
                                      ("Peta_dan_Peringkat", "Profil_Wilayah", "Data_dan_Metadata"))
    assert None not in (hal_peta, hal_profil, hal_data), "a page of the planner journey is missing"
    df, reg = data_asli
    label_ind = reg.set_index("id").at[IND_JOURNEY, "label_id"]
    kab = df[df["kode_bps"].isin(regions.KABKOTA)]
    harapan = seleksi.nilai_wilayah(kab, IND_JOURNEY, TAHUN_JOURNEY, "T")
    ada = sorted(harapan.dropna(subset=["nilai"])["kode_bps"])
    assert WILAYAH_JOURNEY in ada and 0 < len(ada) < 14

    page, jaga = buka()
    nama = regions.NAMA[WILAYAH_JOURNEY]
    utama = page.locator('[data-testid="stMain"]')
    with harness.langkah(page, "1_filter", folder_tangkapan):
        buka_halaman(page, server, hal_peta)
        # indicator, then year (the year list depends on the indicator)
        harness.pilih(page, "Indikator", label_ind)
        harness.pilih(page, "Tahun", str(TAHUN_JOURNEY))
        assert parameter(page).get("ind") == IND_JOURNEY and parameter(page).get("tahun") == str(TAHUN_JOURNEY)
        info = harness.tunggu_grafik(page)
        peta = [g for g in info if g["peta"]]
        assert peta, "Peta dan Peringkat shows no map"
        periksa_peta(peta[0], "Peta dan Peringkat")
        assert str(TAHUN_JOURNEY) in peta[0]["judul"] and label_ind in peta[0]["judul"], peta[0]["judul"]
        berwarna = page.evaluate(JS_BERWARNA, peta[0]["i"])
        assert berwarna == ada, "coloured regions differ from the regions with a published figure"

    with harness.langkah(page, "2_klik_peta", folder_tangkapan):
        # a real click on the MapLibre canvas (not the fallback select box); a click on the region already
        # selected changes nothing, so another one is selected first when the page opened on it
        if parameter(page).get("wil") == WILAYAH_JOURNEY:
            harness.pilih(page, "Wilayah terpilih", "Kapuas")
            page.wait_for_function("() => location.search.includes('wil=6203')", timeout=30_000)
            info = harness.tunggu_grafik(page)
            peta = [g for g in info if g["peta"]]
        klik_wilayah(page, peta[0]["i"], WILAYAH_JOURNEY)
        page.wait_for_function(f"() => location.search.includes('wil={WILAYAH_JOURNEY}')", timeout=10_000)
        assert utama.get_by_role("combobox", name="Wilayah terpilih").input_value() == nama, \
            "the clicked region is not the one in the select box"
        v = harapan.set_index("kode_bps").at[WILAYAH_JOURNEY, "nilai"]
        metrik = page.locator('[data-testid="stMetric"]').filter(has_text=f"{nama} · {TAHUN_JOURNEY}")
        assert metrik.locator('[data-testid="stMetricValue"]').inner_text().strip() == fmt.nilai_satuan(v, "kasus")
        page.screenshot(path=str(folder_tangkapan / "journey_1_peta_klik.png"), full_page=True)

    with harness.langkah(page, "3_profil", folder_tangkapan):
        buka_lewat_sidebar(page, hal_profil)
        assert WILAYAH_JOURNEY in parameter(page).get("wil", "")
        assert utama.get_by_role("combobox", name="Wilayah").first.input_value() == nama, \
            "profile shows another region"
        page.screenshot(path=str(folder_tangkapan / "journey_2_profil.png"), full_page=True)

    with harness.langkah(page, "4_unduh_csv", folder_tangkapan):
        # Data dan Metadata: download the CSV and compare its rows with the count on the button
        buka_lewat_sidebar(page, hal_data)
        tombol = page.locator('[data-testid="stDownloadButton"] button').filter(has_text=re.compile("CSV", re.I))
        assert tombol.count() >= 1, "no CSV download button"
        label = tombol.first.inner_text()
        angka = re.findall(r"\((\d[\d.]*)", label)
        assert angka, f"no row count on the button: {label!r}"
        n_label = int(angka[0].replace(".", ""))
        with page.expect_download() as unduh:
            tombol.first.click()
        berkas = tmp_path / unduh.value.suggested_filename
        unduh.value.save_as(berkas)
        assert berkas.suffix == ".csv"
        # the CSV for an Indonesian-locale Excel: the citation on line 1, then ';' and a decimal comma
        teks = berkas.read_bytes().decode("utf-8-sig")
        kutip, sisa = teks.split("\n", 1)
        assert kutip.strip('"').startswith("Sumber: ") and "diolah dari Peta Kesenjangan Gender Kalteng" in kutip
        baris = list(csv.DictReader(io.StringIO(sisa), delimiter=";"))
        assert len(baris) == n_label > 0, f"button says {n_label} rows, file has {len(baris)}"
        assert {"Kode BPS", "Tahun", "Kode indikator", "Nilai"} <= set(baris[0]), list(baris[0])
        # the filters travelled with the planner: this indicator, this region, all its published years
        assert {r["Kode indikator"] for r in baris} == {IND_JOURNEY}
        assert {r["Kode BPS"] for r in baris} == {WILAYAH_JOURNEY}
        assert n_label == int(((df["indikator"] == IND_JOURNEY) & (df["kode_bps"] == WILAYAH_JOURNEY)).sum())
        # every row is a published figure from the shipped data
        asli = {(r.kode_bps, int(r.tahun), r.indikator, r.jenis_kelamin): r.nilai for r in df.itertuples()}
        for r in baris:
            kunci = (r["Kode BPS"], int(r["Tahun"]), r["Kode indikator"], r.get("Jenis kelamin", "T"))
            assert kunci in asli, f"downloaded row not in the data: {r}"
            assert float(r["Nilai"].replace(",", ".")) == pytest.approx(asli[kunci]), r
        page.screenshot(path=str(folder_tangkapan / "journey_3_data.png"), full_page=True)
    harness.periksa_bersih(page, jaga, "journey")
