"""Warm rerun time per page with AppTest: one warm-up run, then the median of N timed reruns of the same
session (caches filled, widgets at their defaults). Also the naive baseline (benchmarks/naive_app.py) and the
two floors (benchmarks/lantai.py: a bare one-chart page and a bare one-map page)."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

AKAR = Path(__file__).resolve().parent.parent
NAIF = Path(__file__).resolve().parent / "naive_app.py"
LANTAI = {"batang": Path(__file__).resolve().parent / "lantai_batang.py",
          "peta": Path(__file__).resolve().parent / "lantai_peta.py"}


def ukur(berkas: Path, n: int = 12, pemanasan: int = 2) -> dict:
    at = AppTest.from_file(str(berkas), default_timeout=120)
    t = time.perf_counter()
    at.run()
    pertama = time.perf_counter() - t
    for _ in range(pemanasan - 1):
        at.run()
    waktu = []
    for _ in range(n):
        t = time.perf_counter()
        at.run()
        waktu.append(time.perf_counter() - t)
    galat = [str(e.value)[:200] for e in at.exception]
    return {"berkas": str(berkas.relative_to(AKAR)), "pertama_s": pertama, "median_s": statistics.median(waktu),
            "min_s": min(waktu), "maks_s": max(waktu), "n": n, "galat": galat}
