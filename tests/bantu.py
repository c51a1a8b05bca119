"""Helpers shared by several test modules (fixtures built on them are in conftest.py)."""
from __future__ import annotations

import base64
import csv
import hashlib
import json
import shlex
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
from streamlit.testing.v1 import AppTest

from kalteng_gender import data as kd, regions
from kalteng_gender.impor_baca import Bawaan

ROOT = Path(__file__).resolve().parent.parent
KORPUS = ROOT / "tests" / "corpus"   # files to import, realistic and malformed; what each should give: harapan.csv
HARAPAN = list(csv.DictReader(open(KORPUS / "harapan.csv", encoding="utf-8")))
KASUS = "kasus_kekerasan_perempuan_anak"


def potret(folder: Path) -> dict[str, str]:
    """Every file under a folder with its SHA-256 (to prove nothing was written)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def salin_data(tujuan: Path, raw: bool = False) -> Path:
    """A copy of the shipped data file and registry in `tujuan` (created), with data/raw/ too when `raw`."""
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama in ("gender_kalteng.csv", "indikator.csv"):
        shutil.copyfile(kd.DATA_DIR / nama, tujuan / nama)
    if raw:
        shutil.copytree(kd.DATA_DIR / "raw", tujuan / "raw")
    return tujuan


def buang(data_dir: Path, **syarat) -> pd.DataFrame:
    """Remove rows from the temporary data file (to import them back as new); returns the removed rows."""
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    pilih = np.logical_and.reduce([df[k] == v for k, v in syarat.items()])
    df[~pilih].to_csv(data_dir / "gender_kalteng.csv", index=False)
    return df[pilih]


def rapi(baris) -> pd.DataFrame:
    """Small tidy frame from (kode, tahun, indikator, jk, nilai)."""
    return pd.DataFrame([{"kode_bps": k, "wilayah": regions.NAMA.get(k, k), "tahun": t, "indikator": i,
                          "jenis_kelamin": jk, "nilai": float(v), "satuan": "persen", "sumber": f"uji-{i}-{k}",
                          "catatan": ""} for k, t, i, jk, v in baris])


# --- AppTest of a page -------------------------------------------------------------------------------------------
def jalankan(berkas, batas_waktu: float = 60, **params) -> AppTest:
    """Run a page (path from the project root) with these URL parameters; it must not raise."""
    at = AppTest.from_file(str(ROOT / berkas), default_timeout=batas_waktu)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def spek(at, n=0) -> dict:
    """The plotly JSON of the page's n-th chart."""
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def arr(v) -> list:
    """A plotly JSON array, decoding the typed-array form ({"dtype", "bdata"}) plotly uses for numpy data."""
    if isinstance(v, dict) and "bdata" in v:
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
    return list(v)


def garis_tren(at) -> dict:
    """{line name: {year: value or None}} from the trend chart."""
    return {tr["name"]: {int(x): (None if y is None or np.isnan(y) else y) for x, y in zip(arr(tr["x"]), arr(tr["y"]))}
            for tr in spek(at)["data"]}


def judul_grafik(at) -> list[str]:
    """Chart titles as one line: the lines a title is wrapped onto (charts.bungkus_judul) joined by spaces, so a
    test compares words; an expected title is written the same way (" — " breaks a line, see `datar`)."""
    return [json.loads(e.proto.spec)["layout"]["title"]["text"].replace("<br>", " ") for e in at.get("plotly_chart")]


def datar(judul: str) -> str:
    """An expected title as judul_grafik returns it (" — " starts a new line of the wrapped title)."""
    return judul.replace(" — ", " ")


def metrik(at) -> dict[str, str]:
    """Metric cards: label -> value."""
    return {m.label: m.value for m in at.metric}


def metrik_acuan(at) -> dict[str, str]:
    """Metric cards plus the reference lines written as '**Kalteng · 2020:** 71,05'."""
    m = metrik(at)
    for md in at.markdown:
        if md.value.startswith("**") and ":** " in md.value:
            k, v = md.value[2:].split(":** ", 1)
            m[k] = v
    return m


def teks_catatan(at) -> str:
    """Captions and info boxes."""
    return " ".join(c.value for c in at.caption) + " ".join(i.value for i in at.info)


def teks_halaman(at) -> str:
    """Every markdown, caption and alert of the page, one a line."""
    bagian = [m.value for m in at.markdown] + [c.value for c in at.caption] + [w.value for w in at.warning] \
        + [i.value for i in at.info] + [e.value for e in at.error] + [s.value for s in at.success]
    return "\n".join(bagian)


def sel_tabel(at) -> set[str]:
    """Every cell of every st.dataframe on the page, as text."""
    return {str(v) for d in at.dataframe for v in d.value.astype(str).to_numpy().ravel()}


def tabel_dengan(at, *kolom: str):
    """The first st.dataframe with these columns."""
    return next(d.value for d in at.dataframe if set(kolom) <= set(d.value.columns))


def qp(at, k) -> str:
    """A URL parameter's value as the page wrote it."""
    return at.query_params[k]


# --- the import corpus -------------------------------------------------------------------------------------------
def opsi(baris: dict) -> list[str]:
    """The command-line options of a corpus row (harapan.csv)."""
    return shlex.split(baris["opsi"])


def bawaan_dari(baris: dict) -> Bawaan:
    a = opsi(baris)
    kv = {a[i].lstrip("-"): a[i + 1] for i in range(0, len(a), 2)}
    return Bawaan(kv.get("indikator"), kv.get("sumber"), kv.get("jk"), int(kv["tahun"]) if "tahun" in kv else None)


def contoh_kekerasan() -> tuple[bytes, Bawaan]:
    """The BPS violence table of 2023 (bps_kekerasan_2023.xlsx) and the options it is imported with."""
    baris = next(b for b in HARAPAN if b["berkas"] == "bps_kekerasan_2023.xlsx")
    return (KORPUS / baris["berkas"]).read_bytes(), bawaan_dari(baris)


def rapat(s: str) -> str:
    """White space collapsed (text extracted from a PDF)."""
    return " ".join(s.split())
