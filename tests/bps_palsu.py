"""Fakes of the BPS WebAPI for offline tests (tests/test_bps.py, tests/test_ambil.py). Fixture values are synthetic."""
from __future__ import annotations

import json
import re
from pathlib import Path

FIX = Path(__file__).parent / "fixtures" / "bps"
KEY = "RAHASIA-KUNCI-123"
MISSING_KEY_MSG = ("Kunci API BPS belum diatur: isi variabel lingkungan BPS_API_KEY "
                   "(daftar gratis di webapi.bps.go.id).")


def load(name: str) -> dict:
    return json.loads((FIX / name).read_text(encoding="utf-8"))


class FakeResponse:
    def __init__(self, status_code=200, body=None, text=None):
        self.status_code = status_code
        self._text = text if text is not None else json.dumps(body)

    def json(self):
        return json.loads(self._text)  # json.JSONDecodeError is a ValueError, like requests'


class FakeSession:
    """Answers by (var, domain) for data URLs or by page for catalogue URLs; records every URL asked."""

    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def get(self, url, timeout=None):
        self.calls.append((url, timeout))
        m = re.search(r"/domain/(\d{4})/var/(\d+)/key/", url) or re.search(r"/model/var/.*/page/(\d+)/key/", url)
        key = (int(m.group(2)), m.group(1)) if m and m.lastindex == 2 else int(m.group(1))
        ans = self.answers[key]
        if isinstance(ans, BaseException):
            raise ans
        return ans


def ok(name):
    return FakeResponse(200, load(name))
