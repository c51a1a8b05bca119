"""`make serve`: several Streamlit processes behind HAProxy see one data file, and stop together.

The caches of one process must notice an import applied by another (they key on the file's version on disk),
and the supervisor (serve/__main__.py) must leave no process behind when it is stopped."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request


import ui
from kalteng_gender import data as kd
from serve.__main__ import haproxy_config, state_file
from tests.e2e import harness


def _ikg_kalteng_2023(df) -> float:
    baris = df[(df["indikator"] == "ikg") & (df["kode_bps"] == "6200") & (df["tahun"] == 2023)]
    return float(baris["nilai"].iloc[0])


def test_a_data_file_replaced_by_another_process_is_read_without_clearing_caches(tmp_path, monkeypatch):
    salinan = tmp_path / "gender_kalteng.csv"
    shutil.copy(kd.DATA_FILE, salinan)
    monkeypatch.setattr(kd, "DATA_FILE", salinan)
    df, _ = ui.muat()
    assert _ikg_kalteng_2023(df) == 0.541
    assert _ikg_kalteng_2023(ui.olah(lambda d: d, df)) == 0.541
    # what the importer does in another process: write a new file and rename it over the old one
    baru = tmp_path / "baru.csv"
    baru.write_text(salinan.read_text().replace(",2023,ikg,T,0.541,", ",2023,ikg,T,0.542,", 1))
    os.replace(baru, salinan)
    df2, _ = ui.muat()  # no st.cache_data.clear(): only the file changed
    assert _ikg_kalteng_2023(df2) == 0.542
    assert _ikg_kalteng_2023(ui.olah(lambda d: d, df2)) == 0.542


def test_haproxy_config_is_sticky_health_checked_and_local():
    cfg = haproxy_config("127.0.0.1", 8501, [("w1", 9001), ("w2", 9002)])
    assert "bind 127.0.0.1:8501" in cfg
    assert "cookie kalteng_srv insert" in cfg
    assert "option httpchk GET /_stcore/health" in cfg
    assert "server w1 127.0.0.1:9001 cookie w1" in cfg and "server w2 127.0.0.1:9002 cookie w2" in cfg


def _hidup(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_serve_two_workers_behind_haproxy_then_sigterm_leaves_nothing(tmp_path):
    port = harness.port_bebas()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "serve", "--port", str(port), "--workers", "2"],
                            cwd=harness.ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        akhir = time.monotonic() + 120
        while not state_file(port).exists():
            assert proc.poll() is None and time.monotonic() < akhir, (tmp_path / "serve.log").read_text()
            time.sleep(0.5)
        st = json.loads(state_file(port).read_text())
        pids = [st["proxy"]["pid"]] + [w["pid"] for w in st["workers"]]
        assert len(st["workers"]) == 2 and all(map(_hidup, pids))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=10) as r:
            assert r.read() == b"ok"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            kue = r.headers["Set-Cookie"]
        assert kue.split(";")[0] in ("kalteng_srv=w1", "kalteng_srv=w2")
        # a browser that has the cookie is not given another one: it stays on its process
        minta = urllib.request.Request(f"http://127.0.0.1:{port}/", headers={"Cookie": kue.split(";")[0]})
        with urllib.request.urlopen(minta, timeout=10) as r:
            assert r.headers["Set-Cookie"] is None
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        akhir = time.monotonic() + 15
        while any(map(_hidup, pids)) and time.monotonic() < akhir:
            time.sleep(0.2)
        assert not [p for p in pids if _hidup(p)], "processes left behind"
        assert not state_file(port).exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
