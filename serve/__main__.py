"""`make serve`: N Streamlit processes behind HAProxy, started and stopped together.

    python -m serve [--port 8501] [--workers N] [--bind 127.0.0.1]

One Python process holds the Global Interpreter Lock for its whole rerun, so one Streamlit process uses at most
about one core; N processes (default: the number of cores) share the sessions. HAProxy (Debian's package) listens
on --bind:--port and sends each new browser to the process with the fewest connections, then keeps it there with
a cookie: Streamlit holds a session's state, uploads and media in the memory of the process that serves its
websocket, so a browser must stay on one process. Workers listen on free ports of 127.0.0.1 and are checked on
/_stcore/health; one that fails is taken out of the rotation. All workers share one cookie secret (from
KALTENG_COOKIE_SECRET, else random per start) so signed cookies mean the same in each.

Stopping: Ctrl-C or SIGTERM to this process (or to `make`, which passes SIGTERM on) stops HAProxy and every
worker and waits for them; if this process is killed outright, the kernel sends SIGTERM to its children
(PR_SET_PDEATHSIG); if any child exits, everything stops (nothing keeps serving half a pool).
The pids and ports are written to `state_file(port)` for the load benchmark and removed at exit.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
TEMPLATE = Path(__file__).with_name("haproxy.cfg")
PR_SET_PDEATHSIG = 1


def state_file(port: int) -> Path:
    """Where a running `make serve` on this port lists its processes (read by benchmarks.load)."""
    return Path(tempfile.gettempdir()) / f"kalteng-serve-{port}.json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _start(cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    # own session: a Ctrl-C reaches this supervisor only, which then stops the children in order
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=_die_with_parent)


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def haproxy_config(bind: str, port: int, workers: list[tuple[str, int]]) -> str:
    servers = "\n".join(f"    server {name} 127.0.0.1:{p} cookie {name}" for name, p in workers)
    return TEMPLATE.read_text().format(bind=bind, port=port, servers=servers)


class Pool:
    def __init__(self, port: int, n: int, bind: str):
        self.port, self.n, self.bind = port, n, bind
        self.workers: list[tuple[str, int, subprocess.Popen]] = []
        self.proxy: subprocess.Popen | None = None
        self.dir = Path(tempfile.mkdtemp(prefix="kalteng-serve-"))

    def start(self, timeout: float = 120) -> None:
        env = dict(os.environ)
        env["STREAMLIT_SERVER_COOKIE_SECRET"] = os.environ.get("KALTENG_COOKIE_SECRET") or secrets.token_hex(32)
        streamlit = str(Path(sys.executable).parent / "streamlit")
        for i in range(1, self.n + 1):
            p = _free_port()
            cmd = [streamlit, "run", "app.py", "--server.headless", "true", "--server.address", "127.0.0.1",
                   "--server.port", str(p), "--browser.gatherUsageStats", "false",
                   "--server.fileWatcherType", "none", "--server.enableXsrfProtection", "true"]
            self.workers.append((f"w{i}", p, _start(cmd, env)))
        end = time.monotonic() + timeout
        waiting = {name for name, _, _ in self.workers}
        while waiting and time.monotonic() < end:
            for name, p, proc in self.workers:
                if proc.poll() is not None:
                    raise RuntimeError(f"worker {name} exited with code {proc.returncode}")
                if name in waiting and _healthy(p):
                    waiting.discard(name)
            time.sleep(0.3)
        if waiting:
            raise RuntimeError(f"workers not healthy after {timeout:.0f} s: {sorted(waiting)}")
        cfg = self.dir / "haproxy.cfg"
        cfg.write_text(haproxy_config(self.bind, self.port, [(name, p) for name, p, _ in self.workers]))
        subprocess.run([HAPROXY, "-c", "-q", "-f", str(cfg)], check=True)
        self.proxy = _start([HAPROXY, "-db", "-f", str(cfg)])
        while not _healthy(self.port):
            if self.proxy.poll() is not None or time.monotonic() > end:
                raise RuntimeError("HAProxy did not start (is the port taken?)")
            time.sleep(0.2)
        state_file(self.port).write_text(json.dumps({
            "url": f"http://127.0.0.1:{self.port}", "supervisor": os.getpid(),
            "proxy": {"pid": self.proxy.pid},
            "workers": [{"name": name, "port": p, "pid": proc.pid} for name, p, proc in self.workers]}, indent=1))

    def children(self) -> list[subprocess.Popen]:
        return [proc for _, _, proc in self.workers] + ([self.proxy] if self.proxy else [])

    def exited(self) -> str | None:
        for name, _, proc in self.workers:
            if proc.poll() is not None:
                return f"worker {name} exited with code {proc.returncode}"
        if self.proxy and self.proxy.poll() is not None:
            return f"HAProxy exited with code {self.proxy.returncode}"
        return None

    def stop(self) -> None:
        """Proxy first (no new requests), then the workers; SIGKILL what has not stopped after 10 s."""
        for proc in ([self.proxy] if self.proxy else []) + [proc for _, _, proc in self.workers]:
            if proc.poll() is None:
                proc.terminate()
        end = time.monotonic() + 10
        for proc in self.children():
            try:
                proc.wait(timeout=max(0.1, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        state_file(self.port).unlink(missing_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)


class _Stop(Exception):
    pass


def _on_signal(signum, _frame):
    raise _Stop(signal.Signals(signum).name)


def bulat_minimal(n: int):
    """An argparse type: a whole number of at least n (also used by `python -m benchmarks`)."""
    def baca(teks: str) -> int:
        v = int(teks)
        if v < n:
            raise argparse.ArgumentTypeError(f"must be at least {n}")
        return v
    baca.__name__ = "int"  # argparse names the type in its message for a non-number
    return baca


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m serve", description=__doc__.split("\n\n")[0])
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8501)))
    # a text default goes through `type` too, so WORKERS=0 is refused like --workers 0
    ap.add_argument("--workers", type=bulat_minimal(1), default=os.environ.get("WORKERS") or str(os.cpu_count() or 1))
    ap.add_argument("--bind", default="127.0.0.1", help="address HAProxy listens on (workers stay on 127.0.0.1)")
    a = ap.parse_args(argv)
    if not os.path.exists(HAPROXY):
        ap.error("haproxy is missing: `make serve` installs it (apt-get install haproxy)")
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, _on_signal)
    pool = Pool(a.port, a.workers, a.bind)
    code = 0
    try:
        pool.start()
        print(f"Dashboard: http://{a.bind}:{a.port}  ({a.workers} Streamlit processes behind HAProxy: "
              + ", ".join(f"{name} pid {proc.pid} port {p}" for name, p, proc in pool.workers)
              + f"; HAProxy pid {pool.proxy.pid}). Ctrl-C stops all.", flush=True)
        while (why := pool.exited()) is None:
            time.sleep(0.5)
        print(f"serve: {why}; stopping everything.", file=sys.stderr, flush=True)
        code = 1
    except _Stop as e:
        print(f"serve: {e}, stopping HAProxy and {len(pool.workers)} workers …", file=sys.stderr, flush=True)
    except (RuntimeError, subprocess.CalledProcessError) as e:
        print(f"serve: {e}", file=sys.stderr, flush=True)
        code = 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        pool.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
