"""Selection logic under the pages (kalteng_gender/seleksi.py): padded years, ranks, map clicks, method breaks,
reference lines, sources."""
from __future__ import annotations

import numpy as np
import pandas as pd

from kalteng_gender import data as kd, seleksi, sumber


def test_missing_years_are_padded_so_lines_break():
    s = pd.DataFrame({"tahun": [2016, 2017, 2020], "nilai": [1.0, 2.0, 3.0]})
    out = seleksi.isi_tahun_kosong(s)
    assert out["tahun"].tolist() == [2016, 2017, 2018, 2019, 2020]
    assert np.isnan(out["nilai"].iloc[2]) and np.isnan(out["nilai"].iloc[3])
    assert seleksi.isi_tahun_kosong(s, 2015, 2021)["tahun"].tolist()[0] == 2015


def test_rank_uses_better_direction_and_parity():
    v = pd.Series([3.0, -1.0, np.nan, 0.5])
    assert seleksi.peringkat_mode(v, "naik", "T").tolist()[:2] == [1.0, 3.0]
    assert seleksi.peringkat_mode(v, "turun", "T").tolist()[:2] == [3.0, 1.0]
    assert seleksi.peringkat_mode(v, "naik", "gap").tolist()[:2] == [3.0, 2.0]  # |0,5| closest to 0
    assert seleksi.peringkat_mode(pd.Series([0.9, 1.05, 1.3]), "naik", "rasio").tolist() == [2.0, 1.0, 3.0]
    assert np.isnan(seleksi.peringkat_mode(v, "naik", "T").iloc[2])


def test_click_event_parsing():
    assert seleksi.lokasi_klik({"selection": {"points": [{"location": "6271"}]}}) == "6271"
    assert seleksi.lokasi_klik({"selection": {"points": [{"x": 1}]}}) is None
    assert seleksi.lokasi_klik({"selection": {"points": [{"location": "9999"}]}}) is None
    assert seleksi.lokasi_klik(None) is None


def test_method_break_pairs_and_default_year():
    df = kd.muat_data()
    assert seleksi.seri_pembanding("ipm") == "ipm_sp2020" and seleksi.seri_pembanding("uhh_sp2020") == "uhh"
    assert seleksi.seri_pembanding("ikg") is None
    assert seleksi.tahun_bawaan(df, "ipm") == 2020
    assert seleksi.tahun_bawaan(df, "kasus_kekerasan_perempuan_anak") == 2023  # 14 regencies vs 6 in 2025
    # IKG: all 14 in 2018-2023 (BPS) and 2025 (compilation); the latest such year, unless grades are loaded,
    # then the year with most official figures, the latest among those
    assert seleksi.tahun_bawaan(df, "ikg") == 2025
    assert seleksi.tahun_bawaan(df.assign(tingkat=sumber.tingkat(df["sumber"], sumber.muat())), "ikg") == 2023


def test_counts_get_no_reference_line():
    # by the registry's `jenis`: court files and cases are reports, population counts are counts
    assert seleksi.acuan_sebanding("persen") and not seleksi.acuan_sebanding("laporan")
    assert seleksi.acuan_sebanding("hitungan", "rasio") and not seleksi.acuan_sebanding("hitungan", "gap")
