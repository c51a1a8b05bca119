"""Who may write data from the browser (kalteng_gender/akses.py)."""
from __future__ import annotations

from kalteng_gender import akses


def test_akses_token_kosong():
    for env in ({"KALTENG_TOKEN_PERBARUI": ""}, {"KALTENG_TOKEN_PERBARUI": " \t"}):
        assert akses.token_kosong(env) and not akses.perlu_token(env)
        assert not akses.boleh_menulis(None, env) and not akses.boleh_menulis(" ", env)
    assert not akses.token_kosong({}) and not akses.token_kosong({"KALTENG_TOKEN_PERBARUI": "abc"})


def test_akses_tanpa_token_adalah_mode_lokal():
    assert akses.boleh_menulis(None, {}) and not akses.perlu_token({})
    env = {"KALTENG_TOKEN_PERBARUI": "abc"}
    assert akses.perlu_token(env)
    assert not akses.boleh_menulis(None, env) and not akses.boleh_menulis("abd", env)
    assert akses.boleh_menulis(" abc ", env)
