"""Fixtures shared by the test modules: the real data/ folder stays untouched, a copy to write in, and the
shipped data loaded once."""
from __future__ import annotations

from pathlib import Path

import pytest

from bantu import potret
from kalteng_gender import data as kd


@pytest.fixture(scope="module", autouse=True)
def data_asli_utuh():
    """Every test module leaves the shipped data/ folder byte for byte as it found it."""
    sebelum = potret(kd.DATA_DIR)
    yield
    assert potret(kd.DATA_DIR) == sebelum, "tes mengubah folder data/ yang asli"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A copy of the data file and the registry to import into."""
    d = tmp_path / "data"
    d.mkdir()
    for nama in ("gender_kalteng.csv", "indikator.csv"):
        (d / nama).write_bytes((kd.DATA_DIR / nama).read_bytes())
    return d


@pytest.fixture(scope="session")
def nyata():
    """(data, registry) as shipped, loaded once."""
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg
