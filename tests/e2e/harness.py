"""What the browser tests and the benchmarks share: the app's pages, one local server, Debian's chromium,
a guard that records every request, websocket and console message, and the in-page probes.

The browser is Debian's /usr/bin/chromium; Playwright never downloads one of its own.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
STREAMLIT = Path(sys.executable).parent / "streamlit"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
# Streamlit scrolls an inner element, so a full-page screenshot only covers the window: make the window tall.
VIEWPORT = {"width": 1400, "height": 2400}
SCREENSHOTS = ROOT / "artifacts" / "screenshots"

LOKAL = {"localhost", "127.0.0.1", "::1"}
SKEMA_LOKAL = {"data", "blob", "about"}

# Console messages of type "error" that are known to be harmless. Each entry: (pattern, reason).
# Everything else of type "error" (and every uncaught page exception) fails the test.
# (Chromium's "GL Driver Message ... GPU stall due to ReadPixels" lines from software WebGL under MapLibre are
# type "warning", so they are not collected in the first place.)
ABAIKAN_KONSOL: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\)"
                r" @ https?://(127\.0\.0\.1|localhost):\d+/[^/?]+/_stcore/(health|host-config)$"),
     "Opening a page URL directly (/<page>), Streamlit's frontend first probes <page>/_stcore/health and "
     "<page>/_stcore/host-config to find a base path, gets 404 and falls back to the root: a known, harmless "
     "Streamlit behaviour (streamlit/streamlit#7074). Only these two local 404s under a page path are ignored."),
]


# ---------------------------------------------------------------- pages
_NOMOR = re.compile(r"^[0-9]*[_ -]*")


MENU = '[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]'  # the menu drawn by ui.halaman


@dataclass(frozen=True)
class Halaman:
    berkas: Path          # absolute path of the script
    url_path: str         # "" for the landing page, else the file name without number prefix and .py

    @property
    def nama(self) -> str:
        return self.url_path or "landing"

    @property
    def judul_nav(self) -> str:
        """What the sidebar shows: underscores become spaces."""
        return self.url_path.replace("_", " ")


def url_path(berkas: Path) -> str:
    """pages/1_Peta_dan_Peringkat.py -> 'Peta_dan_Peringkat' (Streamlit's rule: drop the leading number and
    the separators after it; the tests check the result against the sidebar links)."""
    return re.sub(r"[_ ]+", "_", _NOMOR.sub("", berkas.stem)).strip("_")


def _urutan(p: Path) -> tuple[float, str]:
    m = re.match(r"^([0-9]*)", p.stem).group(1)
    return (float(m) if m else float("inf"), url_path(p).lower())


def semua_halaman(root: Path = ROOT) -> list[Halaman]:
    """app.py and every pages/*.py present right now, in the sidebar's order."""
    hal = [Halaman(root / "app.py", "")]
    hal += [Halaman(p, url_path(p)) for p in sorted((root / "pages").glob("*.py"), key=_urutan)
            if not p.name.startswith("__")]
    return hal


def cari_halaman(nama: str, root: Path = ROOT) -> Halaman | None:
    """The page whose URL path is `nama` (e.g. 'Profil_Wilayah'), or None when its file is absent."""
    return next((h for h in semua_halaman(root) if h.url_path.lower() == nama.lower()), None)


# ---------------------------------------------------------------- server
def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run app.py` on a free localhost port in its own process group."""

    def __init__(self, script: str = "app.py", log: Path | None = None):
        self.port = port_bebas()
        self.script = script
        self.log_path = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def mulai(self, batas_waktu: float = 60) -> "Server":
        cmd = [str(STREAMLIT), "run", self.script, "--server.headless", "true", "--server.port", str(self.port),
               "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
        out = open(self.log_path, "w") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        akhir = time.monotonic() + batas_waktu
        while time.monotonic() < akhir:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        self.berhenti()
        raise RuntimeError(f"streamlit not healthy after {batas_waktu} s")

    def rss_kb(self) -> int:
        """Resident memory of the server (VmRSS from /proc, the process and its children)."""
        total = 0
        for pid in [self.proc.pid] + anak(self.proc.pid):
            try:
                for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if baris.startswith("VmRSS:"):
                        total += int(baris.split()[1])
            except (FileNotFoundError, ProcessLookupError):
                pass
        return total

    def berhenti(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass

    def __enter__(self):
        return self.mulai()

    def __exit__(self, *exc):
        self.berhenti()


class ServerLuar:
    """A server already running (e.g. `make serve` behind HAProxy), given by URL: localhost only, never stopped
    by the tests."""

    def __init__(self, url: str):
        if not lokal(url):
            raise ValueError(f"{url}: only a server on this machine may be tested")
        self.url = url.rstrip("/")

    def periksa(self) -> "ServerLuar":
        with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=10) as r:
            if r.status != 200:
                raise RuntimeError(f"{self.url}/_stcore/health answered {r.status}")
        return self


def cpu_s(pids: list[int]) -> float:
    """CPU seconds (utime + stime from /proc/<pid>/stat) of the given live processes."""
    total = 0
    for pid in pids:
        try:
            medan = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(medan[11]) + int(medan[12])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def anak(pid: int) -> list[int]:
    """All descendants of a process (from /proc/<pid>/task/*/children)."""
    langsung = []
    for tugas in Path(f"/proc/{pid}/task").glob("*"):
        try:
            langsung += [int(x) for x in (tugas / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            pass
    return langsung + [c for a in langsung for c in anak(a)]


# ---------------------------------------------------------------- browser
def luncurkan(chromium):
    """`chromium` is playwright's BrowserType (sync or async)."""
    return chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def lokal(url: str) -> bool:
    """True for localhost/127.0.0.1 addresses and for data:, blob:, about: URLs."""
    bagian = urlsplit(url)
    if bagian.scheme in SKEMA_LOKAL:
        return True
    return bagian.scheme in {"http", "https", "ws", "wss"} and (bagian.hostname or "") in LOKAL


@dataclass
class Penjaga:
    """Records what a browser context does: every request and websocket URL, console errors, page errors."""
    permintaan: list[str] = field(default_factory=list)
    konsol: list[str] = field(default_factory=list)

    def pasang(self, context) -> "Penjaga":
        context.on("request", lambda r: self.permintaan.append(r.url))
        context.on("page", self.pasang_halaman)
        for p in context.pages:
            self.pasang_halaman(p)
        return self

    def pasang_halaman(self, page) -> None:
        page.on("websocket", lambda ws: self.permintaan.append(ws.url))
        page.on("console", self._konsol)
        page.on("pageerror", lambda e: self.konsol.append(f"pageerror: {e}"))

    def _konsol(self, m) -> None:
        if m.type == "error":
            self.konsol.append(f"console.error: {m.text} @ {m.location.get('url', '')}")

    def asing(self) -> list[str]:
        """Requests (and websockets) to anything but this machine: must stay empty (the offline promise)."""
        return sorted({u for u in self.permintaan if not lokal(u)})

    def galat(self) -> list[str]:
        return [k for k in self.konsol if not any(pola.search(k) for pola, _ in ABAIKAN_KONSOL)]

    def reset(self) -> None:
        self.permintaan.clear()
        self.konsol.clear()


# ---------------------------------------------------------------- in-page probes
# Streamlit marks the app root with data-test-script-state = initial | running | notRunning | ...
# The observer keeps a log of transitions with performance.now() so a rerun can be timed and never missed.
JS_PENGAMAT = """() => {
  if (window.__st) return;
  window.__st = {log: []};
  const catat = () => {
    const a = document.querySelector('[data-testid="stApp"]');
    const s = a ? a.getAttribute('data-test-script-state') : null;
    const l = window.__st.log;
    if (!l.length || l[l.length - 1].s !== s) l.push({s, t: performance.now()});
  };
  new MutationObserver(catat).observe(document, {subtree: true, attributes: true, childList: true,
    attributeFilter: ['data-test-script-state']});
  catat();
}"""

# True when the script ran and has finished after time t0 (performance.now() units).
JS_SELESAI_SETELAH = """(t0) => {
  const l = (window.__st || {log: []}).log;
  let jalan = false;
  for (const e of l) {
    if (e.t < t0) continue;
    if (e.s === 'running') jalan = true;
    if (jalan && e.s === 'notRunning') return e.t;
  }
  return false;
}"""

JS_DIAM = """() => {
  const a = document.querySelector('[data-testid="stApp"]');
  return !!a && a.getAttribute('data-test-script-state') === 'notRunning'
      && a.getAttribute('data-test-connection-state') === 'CONNECTED'
      && !document.querySelector('[data-testid="stSkeleton"]')
      && !!document.querySelector('[data-testid="stMain"] h1, [data-testid="stException"]');
}"""

# Helpers defined in the page once (installed by every probe that needs them).
# __fiturPeta(gd): the regions MapLibre actually rendered in a plotly map, as {loc, ct, geom}. The rendered
# features carry only the centroid plotly computed (properties.ct); calcdata maps it back to the location code.
# __titikDalam(gd, loc): a page pixel inside the rendered region (checked by hit-testing), nearest its centroid.
_JS_ALAT = """
if (!window.__fiturPeta) {
  const kunci = ct => (typeof ct === 'string' ? JSON.parse(ct) : ct).map(x => Number(x).toFixed(6)).join(',');
  const lapisIsi = m => m.getStyle().layers.filter(l => l.type === 'fill').map(l => l.id);
  const petaDari = gd => gd._fullLayout.map._subplot.map;
  const lokasiDari = gd => {
    const loc = {};
    (gd.calcdata || []).flat().forEach(c => { if (c && c.ct && c.loc !== undefined) loc[kunci(c.ct)] = String(c.loc); });
    return loc;
  };
  window.__fiturPeta = gd => {
    const m = petaDari(gd), loc = lokasiDari(gd);
    return m.queryRenderedFeatures({layers: lapisIsi(m)}).filter(f => f.properties.ct)
      .map(f => ({loc: loc[kunci(f.properties.ct)], geom: f.geometry,
                  ct: typeof f.properties.ct === 'string' ? JSON.parse(f.properties.ct) : f.properties.ct}))
      .filter(f => f.loc !== undefined);
  };
  window.__titikDalam = (gd, kode) => {
    const m = petaDari(gd), loc = lokasiDari(gd), lapis = lapisIsi(m);
    const fitur = window.__fiturPeta(gd).filter(f => f.loc === kode);
    if (!fitur.length) return null;
    const pts = fitur.flatMap(f => JSON.stringify(f.geom.coordinates).match(/-?[0-9.]+,-?[0-9.]+/g)
                                      .map(p => p.split(',').map(Number)));
    const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const c = m.project(fitur[0].ct), calon = [];
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
      const p = m.project([x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * j / 20]);
      calon.push(p);
    }
    calon.unshift(c);
    calon.sort((a, b) => Math.hypot(a.x - c.x, a.y - c.y) - Math.hypot(b.x - c.x, b.y - c.y));
    const r = m.getCanvas().getBoundingClientRect();
    for (const p of calon) {
      if (p.x < 5 || p.y < 5 || p.x > r.width - 5 || p.y > r.height - 5) continue;
      const kena = m.queryRenderedFeatures([[p.x - 3, p.y - 3], [p.x + 3, p.y + 3]], {layers: lapis});
      const kode2 = kena.map(f => loc[kunci(f.properties.ct)]);
      if (kode2.length && kode2.every(k => k === kode)) return [r.left + p.x, r.top + p.y];
    }
    return null;
  };
}
"""

# Every plotly chart element holds a drawn plot: an svg (.main-svg) and, for maps, a MapLibre canvas whose
# style has loaded and which has rendered its regions.
JS_GRAFIK = "() => {" + _JS_ALAT + """
return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).map((el, i) => {
  const gd = el.querySelector('.js-plotly-plot');
  const svg = el.querySelectorAll('svg.main-svg').length;
  const canvas = el.querySelectorAll('canvas').length;
  const fl = gd && gd._fullLayout;
  const jenisPeta = ['choroplethmap', 'scattermap', 'densitymap', 'choroplethmapbox', 'scattermapbox', 'densitymapbox'];
  const peta = !!(gd && (gd.data || []).some(t => jenisPeta.includes(t.type)));
  let petaSiap = null, wilayahDigambar = null;
  if (peta) {
    const m = fl && fl.map && fl.map._subplot && fl.map._subplot.map;
    petaSiap = !!(m && m.loaded() && m.isStyleLoaded());
    if (petaSiap) wilayahDigambar = [...new Set(window.__fiturPeta(gd).map(f => f.loc))].sort();
  }
  const lokasi = gd ? (gd.data || []).map(t => Array.from(t.locations || []).map(String)) : [];
  const judul = (fl && fl.title && fl.title.text) || '';
  return {i, ada_gd: !!gd, svg, canvas, peta, petaSiap, wilayahDigambar, lokasi, judul,
          terlihat: el.getBoundingClientRect().height > 0};
});
}"""

# A page pixel inside region `kode` on chart element number `idx` (for a real mouse click), or null.
JS_TITIK_WILAYAH = "([idx, kode]) => {" + _JS_ALAT + """
  const gd = document.querySelectorAll('[data-testid="stPlotlyChart"]')[idx].querySelector('.js-plotly-plot');
  return window.__titikDalam(gd, kode);
}"""


def tunggu_diam(page, batas_ms: int = 60_000) -> None:
    """Wait until the script has finished, the websocket is connected and the page has its title."""
    page.wait_for_function(JS_DIAM, timeout=batas_ms, polling=100)


def grafik_siap(info: list[dict]) -> bool:
    return all(g["ada_gd"] and g["svg"] > 0 and (not g["peta"] or (g["petaSiap"] and g["canvas"] > 0
                                                                     and g["wilayahDigambar"]))
               for g in info if g["terlihat"])


def tunggu_grafik(page, batas_s: float = 45) -> list[dict]:
    """Wait until every visible plotly chart has drawn; returns the probe of every chart element."""
    akhir = time.monotonic() + batas_s
    info = page.evaluate(JS_GRAFIK)
    while not grafik_siap(info) and time.monotonic() < akhir:
        page.wait_for_timeout(200)
        info = page.evaluate(JS_GRAFIK)
    return info


def periksa_bersih(page, jaga: Penjaga, nama: str) -> None:
    """No exception block, no error message (a refused data file shows as one), no console error, nothing
    fetched from outside localhost."""
    exc = page.locator('[data-testid="stException"]')
    assert exc.count() == 0, f"{nama}: Streamlit exception on the page:\n" + "\n".join(exc.all_inner_texts())
    salah = page.locator('[data-testid="stAlertContentError"]')
    assert salah.count() == 0, f"{nama}: error message on the page:\n" + "\n".join(salah.all_inner_texts())
    assert jaga.galat() == [], f"{nama}: console errors: {jaga.galat()}"
    assert jaga.asing() == [], f"{nama}: requests that leave localhost (offline promise): {jaga.asing()}"
    assert any(lokal(u) and "/_stcore/stream" in u for u in jaga.permintaan), "no websocket was recorded"


def pilih(page, label: str, teks: str) -> None:
    """In the select box labelled `label` (a combobox), type `teks` to filter, click the option containing it
    and wait for the rerun to finish."""
    kotak = page.locator('[data-testid="stMain"]').get_by_role("combobox", name=label, exact=True)
    assert kotak.count() >= 1, f"no select box labelled {label!r}"
    t0 = page.evaluate("performance.now()")
    kotak.first.click()
    kotak.first.fill(teks)
    page.get_by_role("option").filter(has_text=teks).first.click()
    page.wait_for_function(JS_SELESAI_SETELAH, arg=t0, timeout=30_000, polling=100)
    tunggu_diam(page)


@contextmanager
def langkah(page, nama: str, folder):
    """A journey step: on failure, a screenshot of the moment and the step's name and URL in the message."""
    try:
        yield
    except Exception as e:
        page.screenshot(path=str(folder / f"journey_GAGAL_{nama}.png"), full_page=True)
        raise AssertionError(f"journey step '{nama}' failed at {page.url}: {e}") from e
