"""One Streamlit server and one Debian chromium for the whole browser-test session.

The server runs `streamlit run app.py` on a free localhost port in its own process group (killed at the end);
with KALTENG_E2E_URL set (e.g. http://127.0.0.1:8501 from `make serve`) the tests use that running server
instead. Each test gets a fresh browser context (a new Streamlit session) with a guard recording requests and
console.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e import harness


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if not os.path.exists(harness.CHROMIUM):
        pytest.fail(f"{harness.CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install chromium)")
    if os.environ.get("KALTENG_E2E_URL"):
        yield harness.ServerLuar(os.environ["KALTENG_E2E_URL"]).periksa()
        return
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    srv = harness.Server("app.py", log=log)
    srv.mulai()
    yield srv
    srv.berhenti()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = harness.luncurkan(pw.chromium)
        yield b
        b.close()


@pytest.fixture()
def buka(browser, server):
    """buka() -> (page, guard): a new context (new Streamlit session) with every request and console error
    recorded; closed after the test."""
    dibuka = []

    def _buka(**kw):
        ctx = browser.new_context(**({"viewport": harness.VIEWPORT, "accept_downloads": True} | kw))
        jaga = harness.Penjaga().pasang(ctx)
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        page.add_init_script(f"({harness.JS_PENGAMAT})()")
        dibuka.append(ctx)
        return page, jaga

    yield _buka
    for ctx in dibuka:
        ctx.close()


@pytest.fixture(scope="session")
def folder_tangkapan() -> Path:
    harness.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # this session's pictures only: drop the page and journey screenshots an earlier run left behind
    for lama in [*harness.SCREENSHOTS.glob("[0-9][0-9]_*.png"), *harness.SCREENSHOTS.glob("journey_*.png")]:
        lama.unlink(missing_ok=True)
    return harness.SCREENSHOTS
