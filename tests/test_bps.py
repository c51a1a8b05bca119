"""Offline tests of the BPS WebAPI client. Fixture values are synthetic (var note says FIXTURE): they test parsing,
not facts."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from kalteng_gender import bps, regions

from bps_palsu import KEY, MISSING_KEY_MSG, FakeSession, load, ok

def nilai(df: pd.DataFrame, kode: str, tahun: int, jk: str) -> float:
    sel = df[(df.kode_bps == kode) & (df.tahun == tahun) & (df.jenis_kelamin == jk)]
    assert len(sel) == 1, (kode, tahun, jk, sel)
    return float(sel.nilai.iloc[0])


def payload(var, vervar, turvar, tahun, datacontent, turtahun=None, note="FIXTURE"):
    return {"status": "OK", "data-availability": "available",
            "var": [{"val": var, "label": f"Var {var}", "unit": "", "note": note}],
            "turvar": turvar, "labelvervar": "", "vervar": vervar, "tahun": tahun,
            "turtahun": turtahun or [{"val": 0, "label": "Tahun"}], "datacontent": datacontent}


# --------------------------------------------------------------------------------------------------- parsing

def test_ikg_fixture_is_tidy_schema():
    df = bps.parse_response(load("ikg_2196_6200.json"), "6200", "2025-01-02")
    assert list(df.columns) == bps.KOLOM == [
        "kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber", "catatan"]
    assert df.tahun.dtype == "int64" and df.nilai.dtype == "float64"
    assert df.tahun.tolist() == [2020, 2021, 2022, 2023]
    assert df.nilai.tolist() == [0.111, 0.222, 0.333, 0.444]
    assert set(df.kode_bps) == {"6200"} and set(df.wilayah) == {"Kalimantan Tengah"}
    assert set(df.indikator) == {"ikg"} and set(df.satuan) == {"indeks (0-1)"} and set(df.jenis_kelamin) == {"T"}
    assert set(df.sumber) == {
        "BPS WebAPI var 2196 (Indeks Ketimpangan Gender (IKG)), domain 6200, diunduh 2025-01-02"}
    assert all("FIXTURE" in c for c in df.catatan)
    assert all(isinstance(k, str) and re.fullmatch(r"\d{4}", k) for k in df.kode_bps)


def test_tpak_sex_comes_from_turvar_labels():
    df = bps.parse_response(load("tpak_2200_6200.json"), "6200")
    assert len(df) == 3 * 3 * 3
    assert set(df.indikator) == {"tpak_agustus"} and set(df.satuan) == {"persen"}
    # fixture rule: {L:70, P:50, T:60} + region index (6201, 6271, 6200) + (year - 2021) / 10
    assert nilai(df, "6201", 2021, "L") == 70.0
    assert nilai(df, "6201", 2023, "P") == 50.2
    assert nilai(df, "6271", 2022, "P") == 51.1
    assert nilai(df, "6271", 2021, "T") == 61.0
    assert nilai(df, "6200", 2023, "T") == 62.2
    assert nilai(df, "6200", 2022, "L") == 72.1
    assert set(df.wilayah) == {"Kotawaringin Barat", "Palangka Raya", "Kalimantan Tengah"}
    assert set(df.sumber) == {"BPS WebAPI var 2200 (Tingkat Partisipasi Angkatan Kerja (TPAK) Menurut Jenis "
                              "Kelamin), domain 6200"}


def test_domain_0000_keeps_only_kalteng_and_indonesia():
    df = bps.parse_response(load("ipg_463_0000.json"), "0000", "2025-01-02")
    # Aceh, Simeulue, Kalbar, Kapuas Hulu, Tanah Laut and a Kalteng kecamatan (6201010) are dropped
    assert sorted(set(df.kode_bps)) == ["0000", "6200", "6201", "6203", "6271"]
    assert len(df) == 10
    # fixture rule: 5 * (row index + 1) + (year index + 1) / 100
    assert nilai(df, "6200", 2022, "T") == 25.01
    assert nilai(df, "6201", 2023, "T") == 30.02
    assert nilai(df, "6203", 2022, "T") == 35.01   # "Kapuas", not "Kapuas Hulu" (20.01)
    assert nilai(df, "6271", 2023, "T") == 40.02   # val "6271000"
    assert nilai(df, "0000", 2022, "T") == 55.01   # val 9999 "INDONESIA"
    assert df.set_index("kode_bps").wilayah.to_dict()["0000"] == "Indonesia"
    assert 45.01 not in df.nilai.tolist()  # the kecamatan row must not become Kotawaringin Barat


@pytest.mark.parametrize("val,label,expected", [
    (6201, "Kotawaringin Barat", "6201"),
    ("6201", "Kab. Kotawaringin Barat", "6201"),
    ("6271", "Kota Palangka Raya", "6271"),
    ("6271000", "Kota Palangka Raya", "6271"),
    ("6202000", "", "6202"),
    (6200, "Kalimantan Tengah", "6200"),
    (62, "Kalimantan Tengah", "6200"),
    (62, "", "6200"),
    (9999, "INDONESIA", "0000"),
    ("0000", "Indonesia", "0000"),
    (3, "Kapuas", "6203"),                    # small row ids: the label decides
    (6106, "Kapuas Hulu", None),
    (6301, "Tanah Laut", None),
    (1100, "Aceh", None),
    ("6201010", "Kotawaringin Lama", None),   # kecamatan
    ("6201010", "", None),
    (6399, "Kapuas", None),                   # a same-named region in another province
])
def test_kode_vervar(val, label, expected):
    assert bps.kode_vervar(val, label) == expected


def test_candidate_keys_with_ambiguous_widths():
    # vervar 62 / 620 / 6, turvar 1 / 12, tahun 99 / 123: keys of different widths that a fixed-width split
    # would misread ("6202196..." starts with 6202 = Kotawaringin Timur, which is not in this table at all).
    vervar = [{"val": 62, "label": "Kalimantan Tengah"}, {"val": 620, "label": "Kotawaringin Barat"},
              {"val": 6, "label": "Kapuas"}]
    turvar = [{"val": 1, "label": "Laki-laki"}, {"val": 12, "label": "Perempuan"}]
    tahun = [{"val": 99, "label": "1999"}, {"val": 123, "label": "2023"}]
    dc, expected = {}, {}
    kode = {62: "6200", 620: "6201", 6: "6203"}
    for i, v in enumerate(vervar):
        for j, t in enumerate(turvar):
            for k, th in enumerate(tahun):
                x = 100 * i + 10 * j + k + 0.5
                dc[f"{v['val']}2196{t['val']}{th['val']}0"] = x
                expected[(kode[v["val"]], int(th["label"]), "LP"[j])] = x
    assert len(dc) == 12  # all candidate keys are distinct
    dc["62021961991"] = 999.0  # a key that no candidate produces (turtahun 1): ignored
    dc["6202196112"] = 999.0
    df = bps.parse_response(payload(2196, vervar, turvar, tahun, dc), "0000")
    got = {(r.kode_bps, r.tahun, r.jenis_kelamin): r.nilai for r in df.itertuples()}
    assert got == expected
    assert "6202" not in set(df.kode_bps) and 999.0 not in df.nilai.tolist()
    # the two keys that share the prefix "62" map to different regions
    assert got[("6200", 2023, "P")] == dc["622196121230"] == 10 + 1 + 0.5
    assert got[("6201", 2023, "P")] == dc["6202196121230"] == 100 + 10 + 1 + 0.5


def test_colliding_candidate_keys_raise():
    # turvar 1 + tahun 123 and turvar 11 + tahun 23 both give "...1123...": the value cannot be attributed.
    vervar = [{"val": 6200, "label": "Kalimantan Tengah"}]
    turvar = [{"val": 1, "label": "Laki-laki"}, {"val": 11, "label": "Perempuan"}]
    tahun = [{"val": 123, "label": "2023"}, {"val": 23, "label": "1923"}]
    p = payload(2200, vervar, turvar, tahun, {"6200220011230": 1.5})
    with pytest.raises(bps.BPSError, match="dua kombinasi"):
        bps.parse_response(p, "6200")


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(st.integers(0, 999), min_size=4, max_size=4, unique=True),
       tv=st.lists(st.integers(0, 999), min_size=2, max_size=2, unique=True),
       th=st.lists(st.integers(60, 130), min_size=1, max_size=3, unique=True),
       tt=st.sampled_from([0, 13]))
def test_round_trip_any_id_widths(ids, tv, th, tt):
    names = ["Kotawaringin Timur", "Katingan", "Kalimantan Tengah", "Indonesia"]
    vervar = [{"val": i, "label": n} for i, n in zip(ids, names)]
    turvar = [{"val": tv[0], "label": "Laki-laki"}, {"val": tv[1], "label": "Perempuan"}]
    tahun = [{"val": y, "label": str(1900 + y)} for y in th]
    dc, expected = {}, {}
    for a, v in enumerate(vervar):
        for b, t in enumerate(turvar):
            for c, y in enumerate(tahun):
                dc[f"{v['val']}455{t['val']}{y['val']}{tt}"] = float(a * 100 + b * 10 + c)
                expected[(regions.kode_dari_nama(v["label"]), 1900 + y["val"], "LP"[b])] = float(a * 100 + b * 10 + c)
    if len(dc) < len(expected):  # generated ids collide: the parser must refuse rather than guess
        with pytest.raises(bps.BPSError):
            bps.parse_response(payload(455, vervar, turvar, tahun, dc, [{"val": tt, "label": ""}]), "6200")
        return
    df = bps.parse_response(payload(455, vervar, turvar, tahun, dc, [{"val": tt, "label": ""}]), "6200")
    assert {(r.kode_bps, r.tahun, r.jenis_kelamin): r.nilai for r in df.itertuples()} == expected


def test_strings_nulls_and_monthly_values():
    df = bps.parse_response(load("uhh_455_6271_strings.json"), "6271")
    got = {(r.tahun, r.jenis_kelamin): r.nilai for r in df.itertuples()}
    # " 61,11 " -> 61.11; null, "-" and "" are skipped (missing stays missing, never zero);
    # the "Januari" sub-period (value 1.0) is skipped, only "Tahunan" is kept
    assert got == {(2020, "L"): 61.11, (2020, "P"): 65.55, (2022, "P"): 65.57,
                   (2023, "L"): 61.14, (2023, "P"): 65.58}
    assert set(df.kode_bps) == {"6271"}  # sex is in vervar, so the region is the queried domain
    assert set(df.indikator) == {"uhh"} and set(df.satuan) == {"tahun"}


def test_default_sex_and_year_fallback():
    vervar = [{"val": 6200, "label": "Kalimantan Tengah"}]
    p = payload(464, vervar, [{"val": "0", "label": "Tidak ada"}],
                [{"val": 124, "label": "Tahun ke-124"}], {"6200464012413": "12,5"},
                turtahun=[{"val": 13, "label": "Tahunan"}])
    df = bps.parse_response(p, "6200")
    assert df[["kode_bps", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan"]].values.tolist() == [
        ["6200", 2024, "pct_perempuan_parlemen", "P", 12.5, "persen"]]


@pytest.mark.parametrize("bad", [{"x": 1}, ["a"], "91,07abc", True])
def test_non_numeric_value_raises(bad):
    p = payload(2196, [{"val": 6200, "label": "Kalimantan Tengah"}], [{"val": 0, "label": "Tidak ada"}],
                [{"val": 123, "label": "2023"}], {"6200219601230": bad})
    with pytest.raises(bps.BPSError):
        bps.parse_response(p, "6200")


def test_error_reply_raises_with_api_message():
    with pytest.raises(bps.BPSError) as e:
        bps.parse_response(load("error_invalid_key.json"), "6200")
    assert "Invalid API key" in str(e.value) and "galat" in str(e.value)


def test_list_not_available_raises():
    with pytest.raises(bps.BPSError, match="list-not-available"):
        bps.parse_response(load("list_not_available.json"), "6200")


@pytest.mark.parametrize("field", ["var", "vervar", "turvar", "tahun", "turtahun", "datacontent", "status"])
def test_missing_field_raises(field):
    p = load("ikg_2196_6200.json")
    del p[field]
    with pytest.raises(bps.BPSError):
        bps.parse_response(p, "6200")


def test_unmapped_variable_raises():
    p = load("ikg_2196_6200.json")
    p["var"][0]["val"] = 777
    with pytest.raises(bps.BPSError, match="777 belum dipetakan"):
        bps.parse_response(p, "6200")


def test_mapping_is_the_documented_one():
    assert bps.VARIABEL == {
        463: ("ipg", "indeks (0-100)", "T"), 468: ("idg", "indeks (0-100)", "T"),
        464: ("pct_perempuan_parlemen", "persen", "P"), 466: ("pct_perempuan_profesional", "persen", "P"),
        467: ("sumbangan_pendapatan_perempuan", "persen", "P"), 2196: ("ikg", "indeks (0-1)", "T"),
        2199: ("pct_sma_keatas", "persen", "T"), 2200: ("tpak_agustus", "persen", "T"),
        455: ("uhh", "tahun", "T")}


# --------------------------------------------------------------------------------------------------- baca_folder

def test_baca_folder_empty(tmp_path):
    for folder in (tmp_path / "tidak-ada", tmp_path):
        df = bps.baca_folder(folder)
        assert df.empty and list(df.columns) == bps.KOLOM


def test_baca_folder_prefers_specific_domain(tmp_path):
    nas = load("ipg_463_0000.json")
    prov = payload(463, [{"val": 6200, "label": "Kalimantan Tengah"}], [{"val": 0, "label": "Tidak ada"}],
                   [{"val": 122, "label": "2022"}], {"620046301220": 11.11})
    for d, p in (("0000", nas), ("6200", prov)):
        (tmp_path / f"var463_domain{d}.json").write_text(
            json.dumps({"domain": d, "var": 463, "diunduh": "2025-01-02", "response": p}), encoding="utf-8")
    df = bps.baca_folder(tmp_path)
    assert nilai(df, "6200", 2022, "T") == 11.11      # from the domain-6200 file
    assert nilai(df, "6200", 2023, "T") == 25.02      # only in the national file
    assert nilai(df, "0000", 2022, "T") == 55.01
    assert not df.duplicated(["kode_bps", "tahun", "indikator", "jenis_kelamin"]).any()


# --------------------------------------------------------------------------------------------------- network

def test_missing_key_asks_nothing(monkeypatch):
    monkeypatch.delenv("BPS_API_KEY", raising=False)
    s = FakeSession({(2196, "6200"): ok("ikg_2196_6200.json")})
    with pytest.raises(bps.BPSError) as e:
        bps.unduh([2196], ["6200"], session=s)
    assert str(e.value) == MISSING_KEY_MSG
    assert s.calls == []


def test_unknown_variable_is_refused_before_any_request():
    s = FakeSession({})
    with pytest.raises(bps.BPSError, match="belum dipetakan"):
        bps.unduh([9999], ["6200"], key=KEY, session=s)
    assert s.calls == []


def test_list_variables_reads_all_pages_defensively():
    s = FakeSession({1: ok("vars_6200_page1.json"), 2: ok("vars_6200_page2.json")})
    items = bps.list_variables("6200", KEY, session=s)
    assert [(i["var_id"], i["title"]) for i in items] == [
        (2196, "Indeks Ketimpangan Gender (FIXTURE)"), (999999, "Variabel Lain (FIXTURE)"),
        (2200, "TPAK Menurut Jenis Kelamin (FIXTURE)")]
    assert s.calls[0][0] == f"https://webapi.bps.go.id/v1/api/list/model/var/lang/ind/domain/6200/page/1/key/{KEY}/"
    assert len(s.calls) == 2
    assert bps.list_variables("6200", KEY, session=FakeSession({1: ok("list_not_available.json")})) == []
    with pytest.raises(bps.BPSError, match="Invalid API key"):
        bps.list_variables("6200", KEY, session=FakeSession({1: ok("error_invalid_key.json")}))


def test_package_does_not_import_streamlit():
    root = Path(__file__).resolve().parents[1]
    code = "import sys, kalteng_gender.bps; sys.exit(1 if 'streamlit' in sys.modules else 0)"
    r = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                       env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
