"""What both load tests share (benchmarks/load.py: browser sessions; benchmarks/load_ws.py: websocket clients
replaying a recorded browser session): the time limits, the viewport, the websocket tap on a page, the random
filter change, percentiles and the machine's busy CPU."""
from __future__ import annotations

import base64
import os
import random
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

BATAS_AKSI_MS = 30_000
MAKS_AKSI_PER_PENGGUNA = 400
VIEWPORT = {"width": 1280, "height": 900}


class Kabel:
    """Websocket frames of one page seen through the Chrome DevTools Protocol, with the network service's
    timestamps: when a rerun request (BackMsg.rerun_script) left and when ScriptFinished arrived. Their
    difference is the server's answer time on the wire, which does not depend on how busy the page's renderer
    is (on a 2-core machine the 20 renderers, not the server, are what is slow)."""

    def __init__(self, simpan: bool = False):
        self.kirim: list[float] = []
        self.selesai: list[float] = []
        self.simpan = simpan
        self.pesan: list[bytes] = []  # the rerun requests themselves, when simpan=True (for benchmarks.load_ws)

    async def pasang(self, ctx, page) -> None:
        cdp = await ctx.new_cdp_session(page)
        cdp.on("Network.webSocketFrameSent", self._terkirim)
        cdp.on("Network.webSocketFrameReceived", self._diterima)
        await cdp.send("Network.enable")

    @staticmethod
    def _isi(ev) -> bytes | None:
        r = ev.get("response", {})
        if r.get("opcode") != 2:
            return None
        return base64.b64decode(r.get("payloadData", ""))

    def _terkirim(self, ev) -> None:
        b = self._isi(ev)
        if b is not None:
            m = BackMsg.FromString(b)
            if m.WhichOneof("type") == "rerun_script":
                self.kirim.append(ev["timestamp"])
                if self.simpan:
                    self.pesan.append(b)

    def _diterima(self, ev) -> None:
        b = self._isi(ev)
        if b is not None:
            try:
                m = ForwardMsg.FromString(b)
            except Exception:  # noqa: BLE001 - not a ForwardMsg: ignore
                return
            if m.WhichOneof("type") == "script_finished":
                self.selesai.append(ev["timestamp"])

    def jeda_sejak(self, n_kirim: int, n_selesai: int) -> float | None:
        """Seconds from the first rerun request sent after mark n_kirim to the next ScriptFinished."""
        if len(self.kirim) <= n_kirim:
            return None
        t0 = self.kirim[n_kirim]
        akhir = [t for t in self.selesai[n_selesai:] if t >= t0]
        return (akhir[0] - t0) if akhir else None


def persentil(x: list[float], p: float) -> float | None:
    if not x:
        return None
    x = sorted(x)
    k = (len(x) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(x) - 1)
    return x[lo] + (x[hi] - x[lo]) * (k - lo)


async def ganti_pilihan(page, rng: random.Random) -> tuple | None:
    """Choose a different value in a random filter: (kind, filter name, locator to click) or None.
    The click that sets the new value is the last action: the caller takes its time just before it."""
    utama = page.locator('[data-testid="stMain"]')
    kandidat = []
    for nama in ("Indikator", "Tahun", "Wilayah"):
        if await utama.get_by_role("combobox", name=nama, exact=True).count():
            kandidat.append(("combobox", nama))
    radio = utama.locator('[data-testid="stRadio"]').filter(has_text="Tampilkan")
    if await radio.count() and await radio.first.locator('[role="radio"], input[type="radio"]').count() > 1:
        kandidat.append(("radio", "Tampilkan"))
    if not kandidat:
        return None
    jenis, nama = rng.choice(kandidat)
    if jenis == "combobox":
        kotak = utama.get_by_role("combobox", name=nama, exact=True).first
        sekarang = await kotak.input_value()
        opsi = page.get_by_role("option")
        for coba in range(3):  # a click that lands while the page is still redrawing does not open the list
            await kotak.click()
            try:
                await opsi.first.wait_for(timeout=5_000)
                break
            except Exception:  # noqa: BLE001 - playwright's TimeoutError: close and click again
                if coba == 2:
                    raise
                await page.keyboard.press("Escape")
        teks = [t.strip() for t in await opsi.all_inner_texts()]
        lain = [t for t in teks if t and t != sekarang]
        if not lain:
            await page.keyboard.press("Escape")
            return None
        # the open list scrolls to the current value while it opens: filter by typing the chosen text instead
        # of clicking into a moving list, then click the one option left
        pilihan = rng.choice(lain)
        await kotak.fill(pilihan)
        target = page.get_by_role("option").filter(has_text=pilihan).first
        await target.wait_for(timeout=10_000)
    else:
        pilihan = radio.first.locator('label:has(input[type="radio"])')  # the options, not the widget's label
        n = await pilihan.count()
        cek = [await pilihan.nth(i).locator("input").is_checked() for i in range(n)]
        lain = [i for i in range(n) if not cek[i]]
        if not lain:
            return None
        target = pilihan.nth(rng.choice(lain))
    return jenis, nama, target


def cpu_mesin() -> float:
    """Busy CPU seconds of the whole machine so far (/proc/stat)."""
    medan = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    sibuk = sum(medan) - medan[3] - medan[4]  # minus idle and iowait
    return sibuk / os.sysconf("SC_CLK_TCK")
