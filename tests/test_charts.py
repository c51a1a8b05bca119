"""Plotly figures (kalteng_gender/charts.py)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kalteng_gender import charts


def test_long_titles_wrap():
    fig = charts.beri_judul(charts.go.Figure(), "Perempuan 15–49 yang persalinan hidup terakhirnya tidak di fasilitas "
                            "kesehatan (MTF) — Perempuan (P), 2023 (persen)", 45)
    baris = fig.layout.title.text.split("<br>")
    assert baris == ["Perempuan 15–49 yang persalinan hidup", "terakhirnya tidak di fasilitas kesehatan", "(MTF)",
                     "Perempuan (P), 2023 (persen)"]
    assert fig.layout.margin.t == charts.RUANG_ALAT + 22 * 4 + 24  # four lines below the toolbar strip


def test_rank_bar_highlights_selection_and_centres_ratio():
    nilai = pd.DataFrame({"kode_bps": ["6201", "6202", "6203"], "wilayah": ["A", "B", "C"],
                          "tahun": [2020, 2020, np.nan], "nilai": [0.9, 1.1, np.nan]})
    fig = charts.batang_peringkat_sorot(nilai, "judul", "rasio P/L", {"Kalteng": 0.95, "Indonesia": np.nan},
                                        divergen=True, titik_tengah=1.0, pilih="6202")
    bar = fig.data[0]
    assert list(bar.y) == ["A", "B"] and bar.base == 1 and list(bar.x) == pytest.approx([-0.1, 0.1])
    assert list(bar.marker.line.width) == [0, 3] and bar.marker.cmid == 1
    assert [a.text for a in fig.layout.annotations] == ["Kalteng 0,95"]
