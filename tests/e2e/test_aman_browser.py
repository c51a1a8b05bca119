"""A link whose value is markdown is shown as text in chromium: no image fetched, no link made.

Before the values were escaped, `?ind=![t](http://127.0.0.1:9/t.png)` put an <img> in the notice and every
visitor's browser requested that address."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e import harness

ALAMAT = "127.0.0.1:9"
GAMBAR = f"![t](http://{ALAMAT}/t.png)"


@pytest.mark.parametrize("jalur", ["", "Peta_dan_Peringkat"])
def test_markdown_in_a_link_value_is_plain_text(buka, server, jalur):
    page, jaga = buka()
    page.goto(f"{server.url}/{jalur}?ind={quote(GAMBAR, safe='')}&tahun={quote(f'[klik](http://{ALAMAT}/x)')}")
    # the notice shows the value as typed (read at once: it disappears after a few seconds); an invisible word
    # joiner after "http" keeps the address from becoming a link
    notis = page.locator('[data-testid="stToast"]').filter(has_text="untuk 'ind' tidak sah").first
    notis.wait_for()
    assert f"'{GAMBAR}' untuk 'ind'" in notis.inner_text().replace("\u2060", "")
    harness.tunggu_diam(page)
    assert page.locator(f'img[src*="{ALAMAT}"]').count() == 0
    assert page.locator(f'a[href*="{ALAMAT}"]').count() == 0
    assert not [u for u in jaga.permintaan if ALAMAT in u], jaga.permintaan
