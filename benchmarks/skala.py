"""Scale: a synthetic national-size data set, generated in memory (never written to data/).

514 regions (Indonesia's kabupaten/kota count) as simple squares on a grid, 15 years, 40 indicators, values by
sex (P, L and T): 514 × 15 × 40 × 3 = 925 200 rows. The numbers are random and only exercise the code: load
(CSV parse + the same validation as data/gender_kalteng.csv), filter (seleksi.nilai_wilayah) and the map figure
(charts.peta, serialised with fig.to_json() as Streamlit does on every rerun).
"""
from __future__ import annotations

import io
import statistics
import time
from unittest import mock

import numpy as np
import pandas as pd

from kalteng_gender import charts, data as kd, regions, seleksi

N_WILAYAH, N_TAHUN, N_INDIKATOR = 514, 15, 40
TAHUN_AWAL = 2010


def kode_sintetis(n: int = N_WILAYAH) -> list[str]:
    return [f"{1000 + i:04d}" for i in range(n)]


def geojson_kotak(kode: list[str], sisi: float = 0.5) -> tuple[dict, dict]:
    """One square per region on a grid (lon 95–141, lat −11–6 like Indonesia), and the map centre."""
    kolom = int(np.ceil(np.sqrt(len(kode) * 2.5)))
    fitur = []
    for n, k in enumerate(kode):
        x0, y0 = 95 + (n % kolom) * sisi, -11 + (n // kolom) * sisi
        cincin = [[x0, y0], [x0 + sisi, y0], [x0 + sisi, y0 + sisi], [x0, y0 + sisi], [x0, y0]]
        fitur.append({"type": "Feature", "id": k, "properties": {"kode_bps": k},
                      "geometry": {"type": "Polygon", "coordinates": [cincin]}})
    baris = int(np.ceil(len(kode) / kolom))
    pusat = {"lon": 95 + kolom * sisi / 2, "lat": -11 + baris * sisi / 2}
    return {"type": "FeatureCollection", "features": fitur}, pusat


def registry_sintetis(n: int = N_INDIKATOR) -> pd.DataFrame:
    ids = [f"sint_{i:02d}" for i in range(n)]
    return pd.DataFrame({
        "id": ids, "label_id": [f"Indikator sintetis {i}" for i in range(n)],
        "label_en": [f"Synthetic indicator {i}" for i in range(n)],
        "sektor": [kd.SEKTOR[i % len(kd.SEKTOR)] for i in range(n)], "satuan": "persen", "arah": "naik",
        "per_jk": True, "rentang_min": 0.0, "rentang_maks": 100.0, "definisi": "sintetis", "produsen": "benchmark"})


def data_sintetis(kode: list[str], registry: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    k, th, ind = np.meshgrid(np.array(kode), np.arange(TAHUN_AWAL, TAHUN_AWAL + N_TAHUN),
                             registry["id"].to_numpy(), indexing="ij")
    k, th, ind = k.ravel(), th.ravel(), ind.ravel()
    p = rng.uniform(20, 90, k.size).round(2)
    l_ = np.clip(p + rng.normal(5, 8, k.size), 0, 100).round(2)
    t = ((p + l_) / 2).round(2)
    n = k.size
    df = pd.DataFrame({
        "kode_bps": np.tile(k, 3), "wilayah": "", "tahun": np.tile(th, 3), "indikator": np.tile(ind, 3),
        "jenis_kelamin": np.repeat(["P", "L", "T"], n), "nilai": np.concatenate([p, l_, t]),
        "satuan": "persen", "sumber": "sintetis (benchmark)", "catatan": ""})
    df["wilayah"] = "Wilayah " + df["kode_bps"]
    return df[kd.KOLOM]


def _median(f, n: int) -> tuple[float, object]:
    waktu, hasil = [], None
    for _ in range(n):
        t = time.perf_counter()
        hasil = f()
        waktu.append(time.perf_counter() - t)
    return statistics.median(waktu), hasil


def ukur(n_ulang: int = 5) -> dict:
    kode = kode_sintetis()
    reg = registry_sintetis()
    gj, pusat = geojson_kotak(kode)
    df0 = data_sintetis(kode, reg)
    teks = df0.to_csv(index=False)

    # load: parse the CSV text and validate it with the app's own rules (codes and registry widened to the
    # synthetic ones); once per data change in the app (cached), so timed once
    with mock.patch.object(regions, "KODE_SAH", frozenset(regions.KODE_SAH | set(kode))):
        t = time.perf_counter()
        mentah = pd.read_csv(io.StringIO(teks), dtype=str, keep_default_na=False)
        df = kd.validasi(mentah, "sintetis.csv", reg)[kd.KOLOM].reset_index(drop=True)
        t_muat = time.perf_counter() - t
    ind, tahun = reg["id"].iloc[17], TAHUN_AWAL + N_TAHUN - 1

    t_saring, nilai = _median(lambda: seleksi.nilai_wilayah(df, ind, tahun, "gap", kode=kode), n_ulang)
    t_terbaru, _ = _median(lambda: seleksi.nilai_wilayah(df, ind, None, "T", kode=kode), n_ulang)
    judul = f"Indikator sintetis 17 — P − L, {tahun} (persen)"
    t_fig, fig = _median(lambda: charts.peta(nilai, gj, pusat, judul, "persen", divergen=True), n_ulang)
    t_json, js = _median(fig.to_json, n_ulang)
    return {
        "baris": len(df), "wilayah": len(kode), "tahun": N_TAHUN, "indikator": len(reg),
        "wilayah_berdata": int(nilai["nilai"].notna().sum()),
        "muat_s": t_muat, "saring_s": t_saring, "saring_terbaru_s": t_terbaru, "gambar_s": t_fig,
        "json_s": t_json, "per_rerun_s": t_saring + t_fig + t_json, "payload_peta_b": len(js.encode()),
    }
