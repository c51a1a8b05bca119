"""Concurrent users at the protocol level: what one server answers when 20 sessions change filters, without
20 browsers drawing maps on the same cores.

    python -m benchmarks.load --ws [--users 20] [--seconds 60] [--think 2-6]

First one real browser session (Debian chromium) changes filters on the page and the rerun requests it sends
(BackMsg.rerun_script: the full widget state and query string, exactly as the frontend builds them) are
recorded from the websocket. Then N websocket clients (the `websockets` package, to 127.0.0.1 only) open
their own Streamlit sessions and replay those requests in the recorded order (each request only makes sense
after the run before it: a widget value is read against the options of the previous run), each timing
send -> ScriptFinished, with a think time between changes; at the end of the recording a client starts a
new session, as a user reloading the page would. Errors: an exception element in the reply, a run that does not finish
successfully, a lost connection, or no answer within 30 s.
"""
from __future__ import annotations

import asyncio
import os
import random
import time
from pathlib import Path

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.load import (BATAS_AKSI_MS, MAKS_AKSI_PER_PENGGUNA, VIEWPORT, Kabel, _cpu, _ganti_pilihan,
                             _persentil)
from tests.e2e import harness


async def rekam(url: str, n_aksi: int = 30, seed: int = 3) -> list[bytes]:
    """Rerun requests of one real browser session: [first run, change 1, change 2, …]."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        b = await harness.luncurkan(pw.chromium)
        ctx = await b.new_context(viewport=VIEWPORT)
        page = await ctx.new_page()
        kabel = Kabel(simpan=True)
        await kabel.pasang(ctx, page)
        await page.add_init_script(f"({harness.JS_PENGAMAT})()")
        await page.goto(url)
        await page.wait_for_function(harness.JS_DIAM, timeout=120_000, polling=200)
        rng = random.Random(seed)
        for _ in range(n_aksi * 3):
            if len(kabel.pesan) > n_aksi:
                break
            dipilih = await _ganti_pilihan(page, rng)
            if dipilih is None:
                continue
            t0 = await page.evaluate("performance.now()")
            await dipilih[2].click()
            await page.wait_for_function(harness.JS_SELESAI_SETELAH, arg=t0, timeout=BATAS_AKSI_MS, polling=100)
            await page.wait_for_function(harness.JS_DIAM, timeout=BATAS_AKSI_MS, polling=100)
        await b.close()
    return kabel.pesan


async def _kirim_tunggu(ws, pesan: bytes) -> tuple[float, list[str]]:
    """Send one rerun request; read until ScriptFinished. (seconds, problems)."""
    masalah = []
    t = time.perf_counter()
    await ws.send(pesan)
    akhir = t + BATAS_AKSI_MS / 1000
    while True:
        sisa = akhir - time.perf_counter()
        if sisa <= 0:
            raise TimeoutError(f"no ScriptFinished within {BATAS_AKSI_MS} ms")
        data = await asyncio.wait_for(ws.recv(), timeout=sisa)
        if isinstance(data, str):
            continue
        m = ForwardMsg.FromString(data)
        jenis = m.WhichOneof("type")
        if jenis == "delta" and m.delta.WhichOneof("type") == "new_element" \
                and m.delta.new_element.WhichOneof("type") == "exception":
            masalah.append("exception: " + m.delta.new_element.exception.message[:150])
        if jenis == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(m.script_finished)
            if status not in ("FINISHED_SUCCESSFULLY", "FINISHED_EARLY_FOR_RERUN"):
                masalah.append(f"script finished with {status}")
            return time.perf_counter() - t, masalah


async def _klien(no: int, ws_url: str, pesan: list[bytes], siap: asyncio.Event, mulai: asyncio.Event,
                 batas: dict, pikir: tuple[float, float], rng: random.Random, hasil: dict,
                 pintu: asyncio.Semaphore) -> None:
    from websockets.asyncio.client import connect

    galat = hasil["galat"]
    n = 0
    pertama = True
    try:
        while True:
            async with connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30,
                               ping_interval=None) as ws:
                async with pintu:  # sessions open two at a time, as in the browser test
                    dt, masalah = await _kirim_tunggu(ws, pesan[0])
                galat += [f"user {no} first run: {m}" for m in masalah]
                if pertama:
                    pertama = False
                    hasil["buka_s"].append(dt)
                    hasil["terbuka"] += 1
                    if hasil["terbuka"] == hasil["pengguna"]:
                        siap.set()
                    await mulai.wait()
                else:
                    hasil["sesi_baru"] += 1
                for p in pesan[1:]:
                    if time.monotonic() >= batas["akhir"] or n >= MAKS_AKSI_PER_PENGGUNA:
                        return
                    try:
                        dt, masalah = await _kirim_tunggu(ws, p)
                        hasil["rerun_ms"].append(dt * 1000)
                        galat += [f"user {no}: {m}" for m in masalah]
                    except (TimeoutError, asyncio.TimeoutError) as e:
                        galat.append(f"user {no}: {e}")
                    n += 1
                    jeda = rng.uniform(*pikir)
                    if jeda > 0:
                        await asyncio.sleep(min(jeda, max(0.0, batas["akhir"] - time.monotonic())))
    except Exception as e:  # noqa: BLE001 - a lost session is an error, the run goes on
        galat.append(f"user {no}: {type(e).__name__}: {str(e)[:150]}")
    finally:
        hasil["selesai"] += 1
        if hasil["terbuka"] + hasil["selesai"] >= hasil["pengguna"]:
            siap.set()


async def _jalankan(srv: harness.Server, halaman: str, pengguna: int, detik: float, pikir, seed: int) -> dict:
    pesan = await rekam(f"{srv.url}/{halaman}")
    if len(pesan) < 2:
        raise RuntimeError("recording captured no filter change")
    ws_url = srv.url.replace("http://", "ws://") + "/_stcore/stream"
    assert harness.lokal(ws_url)
    hasil = {"pengguna": pengguna, "terbuka": 0, "selesai": 0, "sesi_baru": 0, "buka_s": [], "rerun_ms": [],
             "galat": [], "pesan_direkam": len(pesan) - 1}
    siap, mulai = asyncio.Event(), asyncio.Event()
    batas = {"akhir": float("inf")}
    rng = random.Random(seed)
    t = time.perf_counter()
    pintu = asyncio.Semaphore(2)
    tugas = [asyncio.create_task(_klien(i, ws_url, pesan, siap, mulai, batas, pikir, random.Random(rng.random()),
                                        hasil, pintu)) for i in range(pengguna)]
    try:
        await asyncio.wait_for(siap.wait(), timeout=300)
    except asyncio.TimeoutError:
        hasil["galat"].append("not every session opened within 300 s")
    hasil["ramp_total_s"] = time.perf_counter() - t
    cpu0 = _cpu(srv)
    batas["akhir"] = time.monotonic() + detik
    t0 = time.perf_counter()
    mulai.set()
    _, tertunda = await asyncio.wait(tugas, timeout=detik + 60)
    for x in tertunda:
        x.cancel()
    hasil["durasi_s"] = time.perf_counter() - t0
    cpu1 = _cpu(srv)
    hasil["cpu_server_s"], hasil["cpu_mesin_s"] = cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]
    hasil["tugas_dibatalkan"] = len(tertunda)
    return hasil


def jalankan(pengguna: int = 20, detik: float = 60, halaman: str | None = None, log: Path | None = None,
             seed: int = 1, pikir: tuple[float, float] = (2.0, 6.0)) -> dict:
    if halaman is None:
        halaman = "Peta_dan_Peringkat" if harness.cari_halaman("Peta_dan_Peringkat") else ""
    beban = os.getloadavg()[0]
    with harness.Server("app.py", log=log) as srv:
        h = asyncio.run(_jalankan(srv, halaman, pengguna, detik, pikir, seed))
        rss = srv.rss_kb()
    r = h["rerun_ms"]
    return {
        "mode": "websocket", "halaman": halaman or "landing", "pengguna": pengguna, "detik": detik,
        "pikir_s": list(pikir), "pesan_direkam": h["pesan_direkam"], "sesi_terbuka": h["terbuka"],
        "ramp_total_s": h["ramp_total_s"], "buka_p50_s": _persentil(h["buka_s"], 0.5),
        "aksi": len(r), "aksi_per_detik": len(r) / h["durasi_s"] if h["durasi_s"] else 0,
        "rerun_p50_ms": _persentil(r, 0.5), "rerun_p95_ms": _persentil(r, 0.95), "rerun_maks_ms": max(r, default=None),
        "galat": len(h["galat"]), "contoh_galat": h["galat"][:10], "durasi_s": h["durasi_s"],
        "cpu_server_s": h["cpu_server_s"], "cpu_mesin_s": h["cpu_mesin_s"], "cpu": os.cpu_count(),
        "beban_awal": beban, "rss_server_kb": rss, "tugas_dibatalkan": h["tugas_dibatalkan"],
        "sesi_baru": h["sesi_baru"],
    }


def cetak(h: dict) -> None:
    def ms(x):
        return "–" if x is None else f"{x:,.0f} ms"
    d = h["durasi_s"] or 1
    print(f"\nConcurrent sessions at the protocol level: {h['pengguna']} websocket sessions on /"
          f"{'' if h['halaman'] == 'landing' else h['halaman']} for {h['durasi_s']:.0f} s, think time "
          f"{h['pikir_s'][0]:g}–{h['pikir_s'][1]:g} s, replaying {h['pesan_direkam']} recorded filter changes")
    print(f"  sessions opened        {h['sesi_terbuka']}/{h['pengguna']} in {h['ramp_total_s']:.1f} s "
          f"(first run p50 {h['buka_p50_s'] or 0:.2f} s)")
    print(f"  filter changes         {h['aksi']} ({h['aksi_per_detik']:.1f}/s; {h['sesi_baru']} reloads at the end "
          f"of the recording)")
    print(f"  rerun latency          p50 {ms(h['rerun_p50_ms'])}   p95 {ms(h['rerun_p95_ms'])}   "
          f"max {ms(h['rerun_maks_ms'])}   (target p95 ≤ 1 000 ms; request sent -> ScriptFinished)")
    print(f"  errors                 {h['galat']} (target 0)" + "".join(f"\n    - {g}" for g in h["contoh_galat"]))
    print(f"  CPU during the window  server {h['cpu_server_s'] / d:.2f} cores, whole machine "
          f"{h['cpu_mesin_s'] / d:.2f} of {h['cpu']}; load average at start {h['beban_awal']:.1f}")
    print(f"  server RSS after       {h['rss_server_kb'] / 1024:.0f} MB")
