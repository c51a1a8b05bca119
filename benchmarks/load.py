"""Concurrent users: N browser sessions (Playwright contexts in one Debian chromium) against one local server,
each changing filters for a fixed time, bounded in count and time.

    python -m benchmarks.load [--url http://127.0.0.1:8501] [--users 20] [--seconds 60] [--think 2-6]
                              [--page Peta_dan_Peringkat] [--ws [--ramp 60]]

With --url the load goes to a server already running (e.g. `make serve`); otherwise one is started for the run.

Each user opens the page (ramp-up, two at a time, timed separately), then loops: pick a filter (indicator,
year, or the P/L/gap radio), choose a different value, and time the rerun from the click on the new value until
the app's script state goes running -> notRunning (what Streamlit's running indicator shows), and until every
chart has drawn again; then "reads" for a random think time (uniform in --think seconds; 0 = no pause, a stress
test). CPU and memory of every server process (for `make serve`: each worker and HAProxy) and the machine's
busy CPU during the window are reported, because on a small
machine the 20 browser sessions compete with the server for the same cores (--ws measures the server alone:
see benchmarks/load_ws.py). Errors: a Streamlit exception on the page, a console error, a request off
localhost, or a rerun that does not finish within 30 s. Only localhost is contacted.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from benchmarks import proses
from benchmarks.sesi import BATAS_AKSI_MS, MAKS_AKSI_PER_PENGGUNA, VIEWPORT, Kabel, cpu_mesin, ganti_pilihan, persentil
from tests.e2e import harness


async def _tunggu_grafik(page, batas_s: float = 30) -> bool:
    akhir = time.monotonic() + batas_s
    while time.monotonic() < akhir:
        if harness.grafik_siap(await page.evaluate(harness.JS_GRAFIK)):
            return True
        await page.wait_for_timeout(250)  # the probe queries MapLibre: not too often, 20 pages share the CPU
    return False


async def _pengguna(no: int, browser, url: str, akhir_ramp: asyncio.Event, batas: dict, hasil: dict,
                    rng: random.Random, pintu: asyncio.Semaphore, pikir: tuple[float, float]) -> None:
    ctx = await browser.new_context(viewport=VIEWPORT)
    jaga = harness.Penjaga().pasang(ctx)
    page = await ctx.new_page()
    kabel = Kabel()
    await kabel.pasang(ctx, page)
    page.set_default_timeout(BATAS_AKSI_MS)
    await page.add_init_script(f"({harness.JS_PENGAMAT})()")
    catatan = hasil.setdefault("pengguna", {}).setdefault(no, {"aksi": 0, "galat": []})
    try:
        async with pintu:
            t = time.perf_counter()
            await page.goto(url)
            await page.wait_for_function(harness.JS_DIAM, timeout=120_000, polling=200)
            await _tunggu_grafik(page, 120)
            hasil["ramp_s"].append(time.perf_counter() - t)
    except Exception as e:  # noqa: BLE001 - every failure is counted, the run goes on
        catatan["galat"].append(f"buka: {type(e).__name__}: {str(e)[:200]}")
        await ctx.close()
        return
    await akhir_ramp.wait()
    while time.monotonic() < batas["akhir"] and catatan["aksi"] < MAKS_AKSI_PER_PENGGUNA:
        try:
            dipilih = await ganti_pilihan(page, rng)
            if dipilih is None:
                await page.wait_for_timeout(200)
                continue
            jenis, nama, target = dipilih
            tanda = (len(kabel.kirim), len(kabel.selesai))
            t0 = await page.evaluate("performance.now()")
            w0 = time.perf_counter()
            await target.click()
            t1 = await page.wait_for_function(harness.JS_SELESAI_SETELAH, arg=t0, timeout=BATAS_AKSI_MS,
                                               polling=50)
            rerun_ms = (await t1.json_value()) - t0
            await page.wait_for_function(harness.JS_DIAM, timeout=BATAS_AKSI_MS, polling=100)
            digambar = await _tunggu_grafik(page, BATAS_AKSI_MS / 1000)
            grafik_ms = (time.perf_counter() - w0) * 1000
            catatan["aksi"] += 1
            hasil["rerun_ms"].append(rerun_ms)
            hasil["grafik_ms"].append(grafik_ms)
            hasil["per_filter"].setdefault(nama, []).append(rerun_ms)
            kawat = kabel.jeda_sejak(*tanda)
            if kawat is not None:
                hasil["kawat_ms"].append(kawat * 1000)
            if not digambar:
                catatan["galat"].append(f"{nama}: charts not drawn within {BATAS_AKSI_MS} ms")
            if await page.locator('[data-testid="stException"]').count():
                catatan["galat"].append(f"{nama}: Streamlit exception on the page")
                await page.reload()
                await page.wait_for_function(harness.JS_DIAM, timeout=120_000, polling=200)
            jeda = rng.uniform(*pikir)
            if jeda > 0:
                await asyncio.sleep(min(jeda, max(0.0, batas["akhir"] - time.monotonic())))
        except Exception as e:  # noqa: BLE001
            catatan["galat"].append(f"aksi: {type(e).__name__}: {str(e)[:200]}")
            try:
                await page.keyboard.press("Escape")
            except Exception:  # noqa: BLE001
                pass
    catatan["galat"] += [f"konsol: {k}" for k in jaga.galat()]
    catatan["galat"] += [f"permintaan asing: {u}" for u in jaga.asing()]
    await ctx.close()


async def _jalankan(url: str, pengguna: int, detik: float, seed: int, pikir: tuple[float, float],
                    server: harness.Server | None) -> dict:
    from playwright.async_api import async_playwright

    hasil = {"ramp_s": [], "rerun_ms": [], "grafik_ms": [], "kawat_ms": [], "per_filter": {}}
    async with async_playwright() as pw:
        browser = await harness.luncurkan(pw.chromium)
        akhir_ramp = asyncio.Event()
        batas = {"akhir": float("inf")}
        rng = random.Random(seed)
        pintu = asyncio.Semaphore(2)
        tugas = [asyncio.create_task(_pengguna(i, browser, url, akhir_ramp, batas, hasil,
                                               random.Random(rng.random()), pintu, pikir))
                 for i in range(pengguna)]
        t_ramp = time.perf_counter()
        # every session opened (or failed) before the clock starts; bounded
        sampai = time.monotonic() + 300
        while len(hasil["ramp_s"]) + sum(1 for p in hasil.get("pengguna", {}).values() if p["galat"]) < pengguna \
                and time.monotonic() < sampai:
            await asyncio.sleep(0.2)
        hasil["ramp_total_s"] = time.perf_counter() - t_ramp
        batas["akhir"] = time.monotonic() + detik
        daftar = proses.cari(url, server)
        cpu0, mesin0 = proses.cpu(daftar), cpu_mesin()
        t_mulai = time.perf_counter()
        akhir_ramp.set()
        selesai, tertunda = await asyncio.wait(tugas, timeout=detik + 120)
        for t in tertunda:
            t.cancel()
        hasil["tugas_dibatalkan"] = len(tertunda)
        hasil["durasi_s"] = time.perf_counter() - t_mulai
        cpu1 = proses.cpu(daftar)
        hasil["proses"] = proses.ringkas(daftar, cpu0, cpu1, hasil["durasi_s"])
        hasil["cpu_server_s"] = sum(cpu1.values()) - sum(cpu0.values())
        hasil["cpu_mesin_s"] = cpu_mesin() - mesin0
        await browser.close()
    return hasil


def jalankan(pengguna: int = 20, detik: float = 60, halaman: str | None = None, url: str | None = None,
             log: Path | None = None, seed: int = 1, pikir: tuple[float, float] = (2.0, 6.0)) -> dict:
    """Run the load test; starts its own server unless `url` is given. Returns a summary dict."""
    if halaman is None:
        halaman = "Peta_dan_Peringkat" if harness.cari_halaman("Peta_dan_Peringkat") else ""
    beban = os.getloadavg()[0]
    if url is None:
        with harness.Server("app.py", log=log) as srv:
            mentah = asyncio.run(_jalankan(f"{srv.url}/{halaman}", pengguna, detik, seed, pikir, srv))
    else:
        mentah = asyncio.run(_jalankan(f"{url.rstrip('/')}/{halaman}", pengguna, detik, seed, pikir, None))
    galat = [g for p in mentah.get("pengguna", {}).values() for g in p["galat"]]
    r, g = mentah["rerun_ms"], mentah["grafik_ms"]
    return {
        "halaman": halaman or "landing", "pengguna": pengguna, "detik": detik,
        "sesi_terbuka": len(mentah["ramp_s"]), "ramp_total_s": mentah["ramp_total_s"],
        "buka_p50_s": persentil(mentah["ramp_s"], 0.5), "buka_maks_s": max(mentah["ramp_s"], default=None),
        "aksi": len(r), "aksi_per_detik": len(r) / mentah["durasi_s"] if mentah["durasi_s"] else 0,
        "rerun_p50_ms": persentil(r, 0.5), "rerun_p95_ms": persentil(r, 0.95), "rerun_maks_ms": max(r, default=None),
        "grafik_p50_ms": persentil(g, 0.5), "grafik_p95_ms": persentil(g, 0.95),
        "per_filter_p50_ms": {k: statistics.median(v) for k, v in mentah["per_filter"].items()},
        "galat": len(galat), "contoh_galat": galat[:10], "tugas_dibatalkan": mentah["tugas_dibatalkan"],
        "durasi_s": mentah["durasi_s"], "proses": mentah["proses"], "url": url or "own server",
        "pikir_s": list(pikir),
        "cpu_server_s": mentah["cpu_server_s"], "cpu_mesin_s": mentah["cpu_mesin_s"],
        "kawat_p50_ms": persentil(mentah["kawat_ms"], 0.5), "kawat_p95_ms": persentil(mentah["kawat_ms"], 0.95),
        "kawat_maks_ms": max(mentah["kawat_ms"], default=None), "kawat_n": len(mentah["kawat_ms"]),
        "beban_awal": beban, "cpu": os.cpu_count(),
    }


def cetak(h: dict) -> None:
    def ms(x):
        return "–" if x is None else f"{x:,.0f} ms"
    print(f"\nConcurrent users: {h['pengguna']} sessions on /{'' if h['halaman'] == 'landing' else h['halaman']} "
          f"for {h['durasi_s']:.0f} s, think time {h['pikir_s'][0]:g}–{h['pikir_s'][1]:g} s between changes "
          f"(one chromium; server {h['url']}; localhost only)")
    print(f"  sessions opened        {h['sesi_terbuka']}/{h['pengguna']} in {h['ramp_total_s']:.1f} s "
          f"(first render p50 {h['buka_p50_s'] or 0:.1f} s, max {h['buka_maks_s'] or 0:.1f} s)")
    print(f"  filter changes         {h['aksi']} ({h['aksi_per_detik']:.1f}/s)")
    print(f"  server rerun (wire)    p50 {ms(h['kawat_p50_ms'])}   p95 {ms(h['kawat_p95_ms'])}   "
          f"max {ms(h['kawat_maks_ms'])}   (target p95 ≤ 1 000 ms; rerun request sent -> ScriptFinished "
          f"received, n={h['kawat_n']})")
    print(f"  in the page            p50 {ms(h['rerun_p50_ms'])}   p95 {ms(h['rerun_p95_ms'])}   "
          f"max {ms(h['rerun_maks_ms'])}   (click -> running indicator gone)")
    print(f"  until charts redrawn   p50 {ms(h['grafik_p50_ms'])}   p95 {ms(h['grafik_p95_ms'])}")
    print(f"  per filter p50         " + ", ".join(f"{k} {ms(v)}" for k, v in h["per_filter_p50_ms"].items()))
    print(f"  errors                 {h['galat']} (target 0)" + "".join(f"\n    - {g}" for g in h["contoh_galat"]))
    d = h["durasi_s"] or 1
    print(f"  CPU during the window  server {h['cpu_server_s'] / d:.2f} cores, whole machine "
          f"{h['cpu_mesin_s'] / d:.2f} of {h['cpu']} cores (the rest: chromium and anything else running); "
          f"load average at start {h['beban_awal']:.1f}")
    print("  server processes during the window")
    proses.cetak(h["proses"])


def baca_pikir(teks: str) -> tuple[float, float]:
    bagian = [float(x) for x in str(teks).split("-")]
    return (bagian[0], bagian[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--page", default=None, help="URL path of the page (default Peta_dan_Peringkat, else landing)")
    ap.add_argument("--url", default=None, help="use a server already running (localhost only)")
    ap.add_argument("--think", default="2-6", help="think time between changes, seconds 'min-max' (0 = none)")
    ap.add_argument("--ws", action="store_true",
                    help="protocol-level sessions replaying recorded filter changes (benchmarks/load_ws.py)")
    ap.add_argument("--ramp", type=float, default=0,
                    help="--ws: sessions arrive at random within this many seconds (0: all open first)")
    a = ap.parse_args(argv)
    pikir = baca_pikir(a.think)
    if a.url and not harness.lokal(a.url):
        ap.error("only a localhost server may be loaded")
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    if a.ws:
        from benchmarks import load_ws
        h = load_ws.jalankan(a.users, a.seconds, a.page, log=out / "server-load.log", pikir=pikir, url=a.url,
                             ramp=a.ramp)
        load_ws.cetak(h)
        nama = out / "load_ws.json"
    else:
        h = jalankan(a.users, a.seconds, a.page, a.url, log=out / "server-load.log", pikir=pikir)
        cetak(h)
        nama = out / "load.json"
    nama.write_text(json.dumps(h, indent=1, ensure_ascii=False))
    print(f"  JSON: {nama}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
