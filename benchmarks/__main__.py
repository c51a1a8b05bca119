"""python -m benchmarks [--load] [--reruns 12] [--no-browser]

Measures, in one run, and prints a table with the targets beside the figures:
  1. warm rerun per page (AppTest: warm-up, then the median of --reruns reruns), its ratio to two floors
     measured in the same run (benchmarks/lantai.py: a bare page with one plotly bar chart, and one with one
     offline choropleth of the 14 regencies), and the naive baseline (benchmarks/naive_app.py: the landing page
     reading the full shapefile and the CSVs on every rerun);
  2. the landing map's figure JSON (package-built fig.to_json() and the spec Streamlit sends), ours and naive;
  3. cold first render of every page in Debian's chromium, websocket bytes, server RSS after all pages;
  4. a synthetic national-size data set (514 regions × 15 years × 40 indicators × P/L/T): load, filter, figure;
  5. with --load: 20 concurrent browser sessions changing filters for 60 s (benchmarks/load.py), then 20
     protocol-level sessions replaying recorded filter changes (benchmarks/load_ws.py), which measure the
     server without 20 renderers competing with it for the same cores.
JSON goes to benchmarks/out/bench-<time>.json and benchmarks/out/latest.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import sys
import time
import warnings
from pathlib import Path

from serve.__main__ import bulat_minimal

OUT = Path(__file__).resolve().parent / "out"

TARGET_RERUN_S = 0.050
TARGET_KALI_LANTAI_PETA = 1.5
TARGET_PAYLOAD_B = 150 * 1024
TARGET_KALI_NAIF = 5.0
TARGET_SKALA_S = 1.0
TARGET_P95_MS = 1000


def _tanda(ok: bool) -> str:
    return "✓" if ok else "✗"


def _kb(b: float) -> str:
    return f"{b / 1024:,.0f} KB" if b < 1024 * 1024 else f"{b / 1024 / 1024:,.2f} MB"


def _senyap() -> None:
    """AppTest outside a server logs a harmless 'missing ScriptRunContext' warning: hide only that line.
    (A filter, not a level: Streamlit resets its loggers' levels whenever AppTest loads the config.)"""
    warnings.filterwarnings("ignore")
    for nama in ("streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(nama).addFilter(
            lambda r: "missing ScriptRunContext" not in r.getMessage() and "No runtime found" not in r.getMessage())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", action="store_true", help="also run 20 concurrent users for 60 s")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", default="2-6", help="load: think time between changes, 'min-max' seconds (0 = none)")
    ap.add_argument("--reruns", type=bulat_minimal(10), default=12, help="timed warm reruns per page (≥ 10)")
    ap.add_argument("--no-browser", action="store_true", help="skip the browser measurements")
    a = ap.parse_args(argv)
    akar = Path(__file__).resolve().parent.parent
    if str(akar) not in sys.path:
        sys.path.insert(0, str(akar))
    os.chdir(akar)
    OUT.mkdir(exist_ok=True)

    from benchmarks import payload, rerun, skala
    from tests.e2e import harness

    _senyap()
    halaman = harness.semua_halaman()
    hasil: dict = {"waktu": dt.datetime.now().isoformat(timespec="seconds"), "mesin": {
        "cpu": os.cpu_count(), "python": platform.python_version(), "beban_awal": os.getloadavg()}}
    print(f"benchmarks: {len(halaman)} pages, {os.cpu_count()} CPUs, load average at start "
          f"{os.getloadavg()[0]:.1f}", flush=True)

    print("  warm reruns (AppTest) …", flush=True)
    hasil["rerun"] = {h.nama: rerun.ukur(h.berkas, n=a.reruns) for h in halaman}
    hasil["rerun_naif"] = rerun.ukur(rerun.NAIF, n=a.reruns)
    hasil["lantai"] = {k: rerun.ukur(f, n=a.reruns) for k, f in rerun.LANTAI.items()}
    print("  map payload …", flush=True)
    hasil["payload"] = payload.ukur()
    if not a.no_browser:
        print("  browser: cold first render per page …", flush=True)
        from benchmarks import browser
        hasil["browser"] = browser.ukur(halaman, OUT / "server-bench.log")
    print("  scale: 514 synthetic regions …", flush=True)
    hasil["skala"] = skala.ukur()
    if a.load:
        from benchmarks import load
        print(f"  load: {a.users} concurrent users for {a.seconds:.0f} s …", flush=True)
        hasil["load"] = load.jalankan(a.users, a.seconds, log=OUT / "server-load.log", pikir=load.baca_pikir(a.think))
        from benchmarks import load_ws
        print(f"  load: {a.users} protocol-level sessions for {a.seconds:.0f} s …", flush=True)
        hasil["load_ws"] = load_ws.jalankan(a.users, a.seconds, log=OUT / "server-load-ws.log",
                                            pikir=load.baca_pikir(a.think))
    hasil["mesin"]["beban_akhir"] = os.getloadavg()

    cetak(hasil, halaman)
    if a.load:
        load.cetak(hasil["load"])
        load_ws.cetak(hasil["load_ws"])
    nama = OUT / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    teks = json.dumps(hasil, indent=1, ensure_ascii=False, default=str)
    nama.write_text(teks)
    (OUT / "latest.json").write_text(teks)
    print(f"\nJSON: {nama}")
    return 0


def cetak(h: dict, halaman) -> None:
    br = {b["halaman"]: b for b in h.get("browser", {}).get("halaman", [])}
    print()
    lb, lp = h["lantai"]["batang"]["median_s"], h["lantai"]["peta"]["median_s"]
    print(f"{'page':<26} {'warm rerun (median)':>20} {'≤50 ms':>7} {'÷ chart floor':>14} {'÷ map floor':>12} "
          f"{'≤1.5×':>6} {'first render':>13} {'charts':>7} {'ws bytes':>9}")
    print("-" * 122)
    for x in halaman:
        r = h["rerun"][x.nama]
        b = br.get(x.nama)
        galat = " EXCEPTION" if r["galat"] or (b and b["exception"]) else ""
        m = r["median_s"]
        print(f"{x.nama:<26} {m * 1000:>17,.0f} ms {_tanda(m <= TARGET_RERUN_S):>7} {m / lb:>13.1f}× "
              f"{m / lp:>11.1f}× {_tanda(m / lp <= TARGET_KALI_LANTAI_PETA):>6} "
              + (f"{b['render_pertama_s']:>11.1f} s {b['grafik_tergambar']:>3}/{b['grafik']:<3} "
                 f"{_kb(b['ws_bytes']):>9}" if b else f"{'–':>13} {'–':>7} {'–':>9}") + galat)
    for k, judul in (("batang", "floor: one bar chart"), ("peta", "floor: one choropleth")):
        r = h["lantai"][k]
        print(f"{judul:<26} {r['median_s'] * 1000:>17,.1f} ms"
              + (f"  INVALID, the floor page raised: {r['galat']}" if r["galat"] else ""))
    naif = h["rerun_naif"]
    kami = h["rerun"]["landing"]
    kali = naif["median_s"] / kami["median_s"]
    print(f"{'naive landing (baseline)':<26} {naif['median_s'] * 1000:>17,.0f} ms"
          + (f"  INVALID, the baseline raised: {naif['galat']}" if naif["galat"] else ""))
    print()
    print(f"ours ÷ naive (landing warm rerun)   {kami['median_s'] * 1000:,.0f} ms ÷ {naif['median_s'] * 1000:,.0f} ms"
          f" = {kami['median_s'] / naif['median_s']:.3f}  ({kali:.1f}× faster; target ≥ {TARGET_KALI_NAIF:.0f}×) "
          f"{_tanda(kali >= TARGET_KALI_NAIF)}")
    p = h["payload"]
    print(f"map figure JSON (landing)           fig.to_json() {_kb(p['fig_to_json_b'])}, spec sent "
          f"{_kb(p['spec_landing_b'])} (target ≤ 150 KB) {_tanda(p['spec_landing_b'] <= TARGET_PAYLOAD_B)};"
          f" naive {_kb(p['spec_naif_b'])}")
    if "browser" in h:
        b0 = br.get("landing")
        if b0:
            print(f"  measured in the browser           largest websocket message on the landing page "
                  f"{_kb(b0['ws_pesan_terbesar_b'])} (all messages {_kb(b0['ws_bytes'])})")
        bb = h["browser"]
        print(f"server RSS                          {bb['rss_awal_kb'] / 1024:,.0f} MB after start, "
              f"{bb['rss_setelah_semua_kb'] / 1024:,.0f} MB after visiting all {len(br)} pages")
        masalah = [f"{k}: {v['permintaan_asing'] + v['galat_konsol']}" for k, v in br.items()
                   if v["permintaan_asing"] or v["galat_konsol"]]
        print(f"browser: requests off localhost / console errors: {'none' if not masalah else masalah}")
    s = h["skala"]
    print(f"scale: {s['wilayah']} regions × {s['tahun']} years × {s['indikator']} indicators × P/L/T = "
          f"{s['baris']:,} rows")
    print(f"  load (parse + validate, once)     {s['muat_s']:.2f} s")
    print(f"  filter nilai_wilayah (gap, year)  {s['saring_s'] * 1000:,.0f} ms   (latest per region "
          f"{s['saring_terbaru_s'] * 1000:,.0f} ms)")
    print(f"  figure charts.peta + to_json      {s['gambar_s'] * 1000:,.0f} ms + {s['json_s'] * 1000:,.0f} ms "
          f"(map JSON {_kb(s['payload_peta_b'])})")
    print(f"  per rerun (filter+figure+json)    {s['per_rerun_s'] * 1000:,.0f} ms (target ≤ 1 s) "
          f"{_tanda(s['per_rerun_s'] <= TARGET_SKALA_S)}")
    m = h["mesin"]
    print(f"machine: {m['cpu']} CPUs, load average {m['beban_awal'][0]:.1f} at start, {m['beban_akhir'][0]:.1f} "
          f"at end (other work on the machine inflates every time above)")


if __name__ == "__main__":
    sys.exit(main())
