"""Cold first render per page in Debian's chromium, the bytes the server sends, and server memory.

A fresh server; every page opened once in a new browser context (new Streamlit session, empty HTTP cache),
timed from navigation until the script has finished and every plotly chart has drawn (maps: MapLibre has
rendered the regions). The landing page goes first, so its time includes the server filling its caches.
After all pages: the server's resident memory (VmRSS from /proc).
"""
from __future__ import annotations

import time
from pathlib import Path

from tests.e2e import harness


def ukur(halaman: list[harness.Halaman], log: Path) -> dict:
    from playwright.sync_api import sync_playwright

    hasil = []
    with harness.Server("app.py", log=log) as srv, sync_playwright() as pw:
        rss_awal = srv.rss_kb()
        b = harness.luncurkan(pw.chromium)
        for h in halaman:
            ctx = b.new_context(viewport=harness.VIEWPORT)
            jaga = harness.Penjaga().pasang(ctx)
            page = ctx.new_page()
            page.add_init_script(f"({harness.JS_PENGAMAT})()")
            bingkai: list[int] = []
            page.on("websocket", lambda ws: ws.on("framereceived", lambda p: bingkai.append(
                len(p.encode() if isinstance(p, str) else p))))
            t0 = time.perf_counter()
            page.goto(f"{srv.url}/{h.url_path}")
            harness.tunggu_diam(page, 120_000)
            info = harness.tunggu_grafik(page, 120)
            dt = time.perf_counter() - t0
            hasil.append({
                "halaman": h.nama, "render_pertama_s": dt, "grafik": len(info),
                "grafik_tergambar": sum(harness.grafik_siap([g]) for g in info),
                "ws_bytes": sum(bingkai), "ws_pesan_terbesar_b": max(bingkai, default=0),
                "exception": page.locator('[data-testid="stException"]').count(),
                "permintaan_asing": jaga.asing(), "galat_konsol": jaga.galat()})
            ctx.close()
        rss_akhir = srv.rss_kb()
        b.close()
    return {"halaman": hasil, "rss_awal_kb": rss_awal, "rss_setelah_semua_kb": rss_akhir}
