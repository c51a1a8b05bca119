"""Concurrent sessions at the protocol level: what the server answers when many people use the dashboard at
once, without as many browsers drawing maps on the same cores.

    python -m benchmarks.load --ws [--url http://127.0.0.1:8501] [--users 20] [--seconds 60] [--ramp 0]
                                   [--think 2-6] [--page NAME]

First one real browser session (Debian chromium) walks the journey of a meeting participant: it opens the
landing page and changes its filters, goes to Peta dan Peringkat through the sidebar and changes filters, then
to Ringkasan Pimpinan and picks regions (or, with --page, stays on that one page). The rerun requests it sends
(BackMsg.rerun_script: the full widget state, page and query string, exactly as the frontend builds them) are
recorded from the websocket. Then N websocket clients (the `websockets` package, localhost only) open their own
Streamlit sessions and replay those requests in the recorded order (each request only makes sense after the run
before it), each timing send -> ScriptFinished, with a think time between changes; at the end of the recording
a client starts a new session, as a user reloading the page would.

Arrival: with --ramp 0 every session opens first (two at a time) and the clock then runs --seconds; with
--ramp R the sessions arrive at random moments within R seconds (a meeting: everyone opens the landing page in
the first minute) and the run lasts --seconds from the first arrival, openings included.
With --url the load goes to that server (e.g. `make serve`, whose processes are read from its state file);
otherwise one server is started for the run. Errors: an exception element in the reply, a run that does not
finish successfully, a lost connection, or no answer within 30 s.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import random
import time
from pathlib import Path

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks import proses
from benchmarks.sesi import (BATAS_AKSI_MS, MAKS_AKSI_PER_PENGGUNA, VIEWPORT, Kabel, cpu_mesin, ganti_pilihan,
                             persentil)
from tests.e2e import harness

PERJALANAN = ("", "Peta_dan_Peringkat", "Ringkasan_Pimpinan")
AKSI_PER_HALAMAN = 4  # with 2–6 s think time the journey takes about a minute


async def rekam(url: str, perjalanan: tuple[str, ...], n_aksi: int = AKSI_PER_HALAMAN,
                seed: int = 3) -> list[tuple[str, bytes]]:
    """Rerun requests of one real browser session, each with the page it was sent from:
    [(first page, first run), (page, change 1), …, (next page, the sidebar click), …]."""
    from playwright.async_api import async_playwright

    async def tunggu(t0):
        await page.wait_for_function(harness.JS_SELESAI_SETELAH, arg=t0, timeout=BATAS_AKSI_MS, polling=100)
        await page.wait_for_function(harness.JS_DIAM, timeout=BATAS_AKSI_MS, polling=100)

    label = []
    async with async_playwright() as pw:
        b = await harness.luncurkan(pw.chromium)
        ctx = await b.new_context(viewport=VIEWPORT)
        page = await ctx.new_page()
        kabel = Kabel(simpan=True)
        await kabel.pasang(ctx, page)
        await page.add_init_script(f"({harness.JS_PENGAMAT})()")
        rng = random.Random(seed)
        for i, hal in enumerate(perjalanan):
            awal = len(kabel.pesan)
            if i == 0:
                await page.goto(f"{url}/{hal}")
                await page.wait_for_function(harness.JS_DIAM, timeout=120_000, polling=200)
            else:
                t0 = await page.evaluate("performance.now()")
                await page.locator(harness.MENU).filter(has_text=hal.replace("_", " ")).first.click()
                await tunggu(t0)
            for _ in range(n_aksi * 3):
                if len(kabel.pesan) - awal > n_aksi:
                    break
                dipilih = await ganti_pilihan(page, rng)
                if dipilih is None:
                    continue
                t0 = await page.evaluate("performance.now()")
                await dipilih[2].click()
                await tunggu(t0)
            label += [hal or "landing"] * (len(kabel.pesan) - awal)
        await b.close()
    return list(zip(label, kabel.pesan))


async def _kirim_tunggu(ws, pesan: bytes) -> tuple[float, list[str]]:
    """Send one rerun request; read until ScriptFinished. (seconds, problems)."""
    masalah = []
    t = time.perf_counter()
    await ws.send(pesan)
    akhir = t + BATAS_AKSI_MS / 1000
    while True:
        try:
            data = await asyncio.wait_for(ws.recv(), timeout=max(0.0, akhir - time.perf_counter()))
        except asyncio.TimeoutError:
            raise TimeoutError(f"no ScriptFinished within {BATAS_AKSI_MS} ms") from None
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


async def _klien(no: int, ws_url: str, pesan: list[tuple[str, bytes]], tiba: float, siap: asyncio.Event,
                 mulai: asyncio.Event, batas: dict, pikir: tuple[float, float], rng: random.Random, hasil: dict,
                 pintu: asyncio.Semaphore | None) -> None:
    """One participant: arrives after `tiba` seconds, opens the first page, then replays the journey."""
    from websockets.asyncio.client import connect

    galat = hasil["galat"]
    n = 0
    pertama = True
    await asyncio.sleep(tiba)
    try:
        while time.monotonic() < batas["akhir"]:
            async with connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30,
                               ping_interval=None) as ws:
                async with pintu or contextlib.nullcontext():  # steady mode: sessions open two at a time
                    dt, masalah = await _kirim_tunggu(ws, pesan[0][1])
                galat += [f"user {no} first run: {m}" for m in masalah]
                if pertama:
                    pertama = False
                    hasil["buka_ms"].append(dt * 1000)
                    hasil["terbuka"] += 1
                    if hasil["terbuka"] == hasil["pengguna"]:
                        siap.set()
                    await mulai.wait()
                else:
                    hasil["sesi_baru"] += 1
                for hal, p in pesan[1:]:
                    if time.monotonic() >= batas["akhir"] or n >= MAKS_AKSI_PER_PENGGUNA:
                        return
                    jeda = rng.uniform(*pikir)  # reading the page before the next change
                    if jeda > 0:
                        await asyncio.sleep(min(jeda, max(0.0, batas["akhir"] - time.monotonic())))
                    if time.monotonic() >= batas["akhir"]:
                        return
                    try:
                        dt, masalah = await _kirim_tunggu(ws, p)
                        hasil["rerun_ms"].setdefault(hal, []).append(dt * 1000)
                        galat += [f"user {no} {hal}: {m}" for m in masalah]
                    except (TimeoutError, asyncio.TimeoutError) as e:
                        galat.append(f"user {no} {hal}: {e}")
                    n += 1
    except Exception as e:  # noqa: BLE001 - a lost session is an error, the run goes on
        galat.append(f"user {no}: {type(e).__name__}: {str(e)[:150]}")
    finally:
        hasil["selesai"] += 1
        if hasil["terbuka"] + hasil["selesai"] >= hasil["pengguna"]:
            siap.set()


async def _jalankan(url: str, srv: harness.Server | None, perjalanan: tuple[str, ...], pengguna: int,
                    detik: float, ramp: float, pikir, seed: int) -> dict:
    pesan = await rekam(url, perjalanan)
    if len(pesan) < 2:
        raise RuntimeError("recording captured no filter change")
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    assert harness.lokal(ws_url)
    hasil = {"pengguna": pengguna, "terbuka": 0, "selesai": 0, "sesi_baru": 0, "buka_ms": [], "rerun_ms": {},
             "galat": [], "pesan_direkam": {h or "landing": sum(1 for x, _ in pesan[1:] if x == (h or "landing"))
                                            for h in perjalanan}}
    siap, mulai = asyncio.Event(), asyncio.Event()
    batas = {"akhir": float("inf")}
    rng = random.Random(seed)
    tiba = sorted(rng.uniform(0, ramp) for _ in range(pengguna)) if ramp > 0 else [0.0] * pengguna
    pintu = None if ramp > 0 else asyncio.Semaphore(2)
    daftar = proses.cari(url, srv)
    t = time.perf_counter()
    if ramp > 0:  # the clock runs from the first arrival: openings are part of what is measured
        batas["akhir"] = time.monotonic() + detik
        mulai.set()
    cpu0, mesin0 = proses.cpu(daftar), cpu_mesin()
    tugas = [asyncio.create_task(_klien(i, ws_url, pesan, tiba[i], siap, mulai, batas, pikir,
                                        random.Random(rng.random()), hasil, pintu)) for i in range(pengguna)]
    if ramp <= 0:
        try:
            await asyncio.wait_for(siap.wait(), timeout=300)
        except asyncio.TimeoutError:
            hasil["galat"].append("not every session opened within 300 s")
        hasil["ramp_total_s"] = time.perf_counter() - t
        cpu0, mesin0 = proses.cpu(daftar), cpu_mesin()
        batas["akhir"] = time.monotonic() + detik
        t = time.perf_counter()
        mulai.set()
    else:
        hasil["ramp_total_s"] = ramp
    _, tertunda = await asyncio.wait(tugas, timeout=detik + ramp + 60)
    for x in tertunda:
        x.cancel()
    hasil["durasi_s"] = time.perf_counter() - t
    hasil["proses"] = proses.ringkas(daftar, cpu0, proses.cpu(daftar), hasil["durasi_s"])
    hasil["cpu_mesin_s"] = cpu_mesin() - mesin0
    hasil["tugas_dibatalkan"] = len(tertunda)
    return hasil


def _statistik(x: list[float]) -> dict:
    return {"n": len(x), "p50_ms": persentil(x, 0.5), "p95_ms": persentil(x, 0.95), "maks_ms": max(x, default=None)}


def jalankan(pengguna: int = 20, detik: float = 60, halaman: str | None = None, log: Path | None = None,
             seed: int = 1, pikir: tuple[float, float] = (2.0, 6.0), url: str | None = None,
             ramp: float = 0) -> dict:
    perjalanan = (halaman,) if halaman is not None else tuple(h for h in PERJALANAN
                                                              if not h or harness.cari_halaman(h))
    beban = os.getloadavg()
    if url is None:
        with harness.Server("app.py", log=log) as srv:
            h = asyncio.run(_jalankan(srv.url, srv, perjalanan, pengguna, detik, ramp, pikir, seed))
    else:
        h = asyncio.run(_jalankan(url.rstrip("/"), None, perjalanan, pengguna, detik, ramp, pikir, seed))
    semua = [x for v in h["rerun_ms"].values() for x in v]
    return {
        "mode": "websocket", "url": url or "own server", "perjalanan": [p or "landing" for p in perjalanan],
        "pengguna": pengguna, "detik": detik, "ramp_s": ramp, "pikir_s": list(pikir),
        "pesan_direkam": h["pesan_direkam"], "sesi_terbuka": h["terbuka"], "ramp_total_s": h["ramp_total_s"],
        "buka": _statistik(h["buka_ms"]), "rerun": _statistik(semua),
        "per_halaman": {k: _statistik(v) for k, v in h["rerun_ms"].items()},
        "semua_jawaban": _statistik(semua + h["buka_ms"]),
        "aksi": len(semua), "aksi_per_detik": len(semua) / h["durasi_s"] if h["durasi_s"] else 0,
        "galat": len(h["galat"]), "contoh_galat": h["galat"][:10], "durasi_s": h["durasi_s"],
        "proses": h["proses"], "cpu_mesin_s": h["cpu_mesin_s"], "cpu": os.cpu_count(),
        "beban_awal": beban, "tugas_dibatalkan": h["tugas_dibatalkan"], "sesi_baru": h["sesi_baru"],
    }


def cetak(h: dict) -> None:
    def baris(s: dict) -> str:
        def ms(x):
            return "–" if x is None else f"{x:,.0f} ms"
        return f"p50 {ms(s['p50_ms'])}   p95 {ms(s['p95_ms'])}   max {ms(s['maks_ms'])}   (n={s['n']})"
    d = h["durasi_s"] or 1
    datang = (f"arriving at random within {h['ramp_s']:g} s" if h["ramp_s"] else "all opened first")
    print(f"\nConcurrent sessions at the protocol level: {h['pengguna']} websocket sessions to {h['url']}, "
          f"{datang}, {h['durasi_s']:.0f} s, think time {h['pikir_s'][0]:g}–{h['pikir_s'][1]:g} s; journey "
          + " -> ".join(f"{k} ({h['pesan_direkam'].get(k, 0)} changes)" for k in h["perjalanan"]))
    print(f"  sessions opened        {h['sesi_terbuka']}/{h['pengguna']} ({h['sesi_baru']} reloads at the end of "
          f"the recording)")
    print(f"  opening {h['perjalanan'][0]:<14} {baris(h['buka'])}")
    print(f"  every filter change    {baris(h['rerun'])}   {h['aksi_per_detik']:.1f}/s  (target p95 ≤ 1 000 ms)")
    for k, s in h["per_halaman"].items():
        print(f"    {k:<20} {baris(s)}")
    print(f"  every answer           {baris(h['semua_jawaban'])}   (openings and changes; request sent -> "
          f"ScriptFinished)")
    print(f"  errors                 {h['galat']} (target 0)" + "".join(f"\n    - {g}" for g in h["contoh_galat"]))
    print(f"  load average at start  {' / '.join(f'{x:.2f}' for x in h['beban_awal'])} (1/5/15 min); whole "
          f"machine busy {h['cpu_mesin_s'] / d:.2f} of {h['cpu']} cores during the run")
    print("  server processes during the run")
    proses.cetak(h["proses"])
