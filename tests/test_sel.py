"""The one reader of numbers, sex labels and "no figure" markers (kalteng_gender/sel.py)."""
from __future__ import annotations

import pytest

from kalteng_gender import sel


@pytest.mark.parametrize("teks,pemisah,harap", [
    (["70,41", "1.234"], ";", ","), (["0.541", "0.526"], ";", "."), (["1,234.5"], ",", "."),
    (["1.434.119"], ",", ","), (["12"], ";", ","), (["12"], ",", "."),
])
def test_tanda_desimal(teks, pemisah, harap):
    assert sel.tanda_desimal(teks, pemisah) == harap


@pytest.mark.parametrize("v,desimal,harap", [
    ("70,41", ",", 70.41), ("1.234.567", ",", 1234567.0), ("1.234,5", ",", 1234.5), ("1,234.5", ".", 1234.5),
    ("0.541", ".", 0.541), ("74,28*", ",", 74.28), ("54,5%", ",", 54.5), ("−3,5", ",", -3.5),
    ("1 434 119", ",", 1434119.0), (2023, ".", 2023.0),
    ("12.5", ",", None), ("0.541", ",", None), ("tujuh", ",", None), ("", ",", None), (True, ".", None),
])
def test_baca_angka(v, desimal, harap):
    assert sel.baca_angka(v, desimal)[0] == harap


@pytest.mark.parametrize("v,harap", [
    ("12,5", 12.5), ("1.234,56", 1234.56), ("0.541", 0.541), ("1.234", 1.234), ("1,234", 1.234), (" 7 ", 7.0),
    (70, 70.0), (float("nan"), None), (True, None), ("1,234,567", None), ("12*", None), ("tujuh", None),
])
def test_angka_lepas(v, harap):
    assert sel.angka_lepas(v) == harap


@pytest.mark.parametrize("v", ["-", " – ", "…", "...", "n/a", "NA", "x", "tidak tersedia", "null"])
def test_tanda_kosong_bukan_angka(v):
    assert sel.kosong_bertanda(v) and sel.angka_lepas(v) is None


@pytest.mark.parametrize("v", ["0", "", 0, None, "nol"])
def test_bukan_tanda_kosong(v):
    assert not sel.kosong_bertanda(v)


def test_jenis_kelamin():
    assert [sel.jenis_kelamin(x) for x in ("Laki-laki", "Perempuan", "Laki-laki + Perempuan", "Jumlah", "L+P", "total",
                                           "X", "Tidak ada")] == ["L", "P", "T", "T", "T", "T", None, None]


@pytest.mark.parametrize("label,expected", [
    ("Laki-laki", "L"), ("Laki-Laki", "L"), ("LAKI-LAKI", "L"), ("Perempuan", "P"),
    ("Laki-laki + Perempuan", "T"), ("Laki-Laki+Perempuan", "T"),
    ("Jumlah", ""), ("Total", ""), ("Tidak ada", ""), ("Perkotaan", None),
])
def test_jenis_kelamin_bps(label, expected):
    assert sel.jenis_kelamin_bps(label) == expected
