"""Printing "Ringkasan Pimpinan" from the browser (A4 portrait) gives the content and no sidebar or widgets.

Debian's chromium through Playwright (never `playwright install`); the app runs with `streamlit run` in its own
process group on a free local port and is stopped afterwards.
"""
from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

# Labels of widgets and chrome that must not reach paper.
WIDGET = ["Unduh PDF", "Bahasa Indonesia", "English", "Tabel data yang digambar", "Deploy", "Ringkasan Kalteng",
          "Peta dan Peringkat", "Data dan Metadata"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    port = _port()
    log = open(tmp_path_factory.mktemp("brief_print") / "streamlit.log", "wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("streamlit did not start")
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _cetak(url: str) -> str:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1600})
            page.set_default_timeout(60_000)
            page.goto(url)
            page.wait_for_selector('[data-testid="stMetric"]')
            page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg')
            page.wait_for_selector('[data-testid="stSidebar"]', state="attached")  # it exists on screen ...
            pdf = page.pdf(format="A4", print_background=True)
        finally:
            browser.close()
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("wil,nama,angka", [
    ("6200", "Kalimantan Tengah", ["0,541", "Nasional 2023: 0,447", "82,08", "50,34", "85,26"]),
    ("6271", "Palangka Raya", ["ke-1 dari 14", "Nasional 2023: 0,447"]),
])
def test_cetak_a4_tanpa_widget(server, wil, nama, angka):
    teks = _cetak(f"{server}/Ringkasan_Pimpinan?wil={wil}")
    rapat = " ".join(teks.split())
    assert nama in rapat
    for a in angka:
        assert a in rapat, a
    assert "Sumber:" in rapat and "Data per" in rapat  # the foot printed: the scrolling container was opened
    for w in WIDGET:  # ... but nothing of the sidebar, the select box or the download button is printed
        assert w not in rapat, w
    assert "Wilayah" not in teks.splitlines(), "the select box label was printed"
