"""Filters in the URL (kalteng_gender/state.py)."""
from kalteng_gender import state


def test_state_accepts_whitelist_and_drops_the_rest():
    nilai, catatan = state.baca(
        {"ind": "ikg", "tahun": "2099", "wil": "6201,xyz,6271", "evil": "__import__('os')"},
        {"ind": ["ikg", "idg"], "tahun": ["2022", "2023"], "wil": ["6201", "6271"]})
    assert nilai == {"ind": "ikg", "wil": ["6201", "6271"]}
    assert len(catatan) == 3
    assert any("'evil'" in c for c in catatan) and any("2099" in c for c in catatan)
    assert any("xyz" in c for c in catatan)
    assert state.tulis({"wil": ["6201", "6271"], "ind": "ikg", "x": 1}) == {"ind": "ikg", "wil": "6201,6271"}
