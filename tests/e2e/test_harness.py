"""The browser checks themselves can fail: the URL rule, the offline guard and the console guard."""
from __future__ import annotations

from pathlib import Path

from tests.e2e import harness


def test_url_path_drops_the_number_prefix_like_streamlit():
    from streamlit.source_util import page_icon_and_name

    for nama in ["1_Peta_dan_Peringkat.py", "12_Data_dan_Metadata.py", "3 - Tren.py", "Tanpa_Nomor.py"]:
        assert harness.url_path(Path(nama)) == page_icon_and_name(Path(nama))[1]
    assert harness.url_path(Path("pages/4_Profil_Wilayah.py")) == "Profil_Wilayah"


def test_pages_are_app_then_the_pages_folder_in_number_order():
    hal = harness.semua_halaman()
    assert hal[0].url_path == "" and hal[0].berkas.name == "app.py"
    nomor = [int(h.berkas.name.split("_")[0]) for h in hal[1:] if h.berkas.name[0].isdigit()]
    assert nomor == sorted(nomor)
    assert {h.berkas for h in hal[1:]} == set((harness.ROOT / "pages").glob("*.py"))


def test_offline_rule_allows_only_this_machine():
    for u in ["http://127.0.0.1:8501/", "ws://localhost:8501/_stcore/stream", "http://[::1]:8501/x",
              "data:image/png;base64,AAAA", "blob:http://127.0.0.1:8501/abc", "about:blank"]:
        assert harness.lokal(u), u
    for u in ["https://cdn.plot.ly/plotly.min.js", "https://fonts.googleapis.com/css", "http://192.0.2.2:8501/",
              "https://tiles.openfreemap.org/styles/x", "http://localhost.evil.example/", "ftp://127.0.0.1/"]:
        assert not harness.lokal(u), u


def test_console_ignore_list_is_narrow():
    lolos = ("console.error: Failed to load resource: the server responded with a status of 404 (Not Found) "
             "@ http://127.0.0.1:8501/Tren/_stcore/health")
    jaga = harness.Penjaga(konsol=[
        lolos,
        "console.error: Failed to load resource: the server responded with a status of 404 (Not Found) "
        "@ http://127.0.0.1:8501/_stcore/health",
        "console.error: Failed to load resource: the server responded with a status of 500 (Internal Server Error) "
        "@ http://127.0.0.1:8501/Tren/_stcore/health",
        "pageerror: TypeError: x is undefined",
    ])
    assert lolos not in jaga.galat() and len(jaga.galat()) == 3
    assert all(alasan for _, alasan in harness.ABAIKAN_KONSOL)


def test_guard_records_a_foreign_request_and_a_console_error(browser, server):
    """In a real page: a fetch to an outside address (aborted before it leaves) and a console.error are caught."""
    ctx = browser.new_context()
    try:
        jaga = harness.Penjaga().pasang(ctx)
        ctx.route("http://198.51.100.7/**", lambda route: route.abort())  # TEST-NET-2: never leaves the machine
        page = ctx.new_page()
        page.goto(f"{server.url}/_stcore/health")
        page.evaluate("""async () => { console.error('boom'); try { await fetch('http://198.51.100.7/x.js'); }
                                       catch (e) {} }""")
        assert jaga.asing() == ["http://198.51.100.7/x.js"]
        assert any("boom" in k for k in jaga.galat())
    finally:
        ctx.close()


def test_naive_baseline_draws_the_landing_map_from_the_full_shapefile():
    """The benchmark's baseline (benchmarks/naive_app.py) still runs app.py, unchanged and uncached."""
    import json

    from streamlit.testing.v1 import AppTest

    import ui
    from kalteng_gender import regions

    at = AppTest.from_file(str(harness.ROOT / "benchmarks" / "naive_app.py"), default_timeout=120).run()
    assert not at.exception, at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert sorted(k for tr in spec["data"] for k in tr["locations"]) == sorted(regions.KABKOTA)
    titik = sum(len(json.dumps(f["geometry"])) for f in spec["data"][0]["geojson"]["features"])
    assert titik > 1_000_000  # the full-detail boundaries, not the simplified ones
    simpanan = [v for v in vars(ui.cache).values()
                if not isinstance(v, type) and hasattr(v, "ambil") and hasattr(v, "kosongkan")]
    assert len(simpanan) >= 3 and all("ambil" not in vars(x) for x in simpanan), "the result stores were not restored"
