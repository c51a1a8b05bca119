"""The server processes a load test measures: the one it started itself, or those of a running `make serve`
(its workers and HAProxy, listed in the state file the supervisor writes for its port), or, for any other
--url, whatever process listens on that port (found through /proc)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

from serve.__main__ import state_file
from tests.e2e import harness


def _pendengar(port: int) -> list[int]:
    """Pids of the processes listening on 127.0.0.1:port (sockets in /proc/net/tcp, owners by fd)."""
    soket = set()
    for baris in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        medan = baris.split()
        if medan[3] == "0A" and int(medan[1].split(":")[1], 16) == port:  # 0A = LISTEN
            soket.add(f"socket:[{medan[9]}]")
    pids = []
    for d in Path("/proc").glob("[0-9]*"):
        try:
            if any(os.readlink(f) in soket for f in (d / "fd").iterdir()):
                pids.append(int(d.name))
        except (PermissionError, FileNotFoundError, ProcessLookupError):
            continue
    return pids


def cari(url: str | None, server: harness.Server | None = None) -> dict[str, int]:
    """{name: pid} of the processes serving `url` (or of `server`)."""
    if server is not None:
        return {"streamlit": server.proc.pid}
    port = urlsplit(url).port or 80
    f = state_file(port)
    if f.exists():
        st = json.loads(f.read_text())
        return {"haproxy": st["proxy"]["pid"]} | {w["name"]: w["pid"] for w in st["workers"]}
    return {f"pid {p}": p for p in _pendengar(port)}


def _status(pid: int) -> dict[str, int]:
    out = {}
    try:
        for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
            if baris.startswith(("VmRSS:", "VmHWM:")):
                out[baris.split(":")[0]] = int(baris.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return out


def cpu(proses: dict[str, int]) -> dict[str, float]:
    return {n: harness.cpu_s([p] + harness.anak(p)) for n, p in proses.items()}


def ringkas(proses: dict[str, int], cpu0: dict[str, float], cpu1: dict[str, float], detik: float) -> list[dict]:
    """Per process: cores used on average during the window, resident memory now and at its peak (MB)."""
    out = []
    for n, p in proses.items():
        s = _status(p)
        out.append({"nama": n, "pid": p, "inti": (cpu1.get(n, 0) - cpu0.get(n, 0)) / (detik or 1),
                    "rss_mb": s.get("VmRSS", 0) / 1024, "puncak_mb": s.get("VmHWM", 0) / 1024})
    return out


def cetak(baris: list[dict]) -> None:
    for b in baris:
        print(f"    {b['nama']:<10} pid {b['pid']:<7} {b['inti']:.2f} cores   RSS {b['rss_mb']:,.0f} MB "
              f"(peak {b['puncak_mb']:,.0f} MB)")
