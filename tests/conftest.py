"""Fixtures shared by the tests of the package modules."""
from __future__ import annotations

import pytest

from kalteng_gender import data as kd


@pytest.fixture(scope="session")
def nyata():
    """(data, registry) as shipped, loaded once."""
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg
