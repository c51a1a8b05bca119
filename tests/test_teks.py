"""English mode: with ?lang=en no Indonesian label of the translation table stays in any page's frame.

Every page is run in AppTest with lang=en; the labels a user navigates by (title, headers, metric labels, widget
labels, alerts, the sidebar menu) are walked against the translation table: an Indonesian label that has its own
English wording must not appear. Not covered yet: sentences the package writes in Indonesian (registry
definitions, national-position and brief sentences, the composite-index conclusion, privacy notes); those are
still Indonesian in English mode.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kalteng_gender.teks import TEKS

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("[0-9]*.py"))]
# Indonesian labels long enough to be unambiguous (short ones such as "P" or "L" also occur in English text)
INDONESIA = sorted({i for i, e in TEKS.values() if i != e and len(i) >= 8 and not re.fullmatch(r"[\W\d]+", i)},
                   key=len, reverse=True)


def _teks(at: AppTest) -> list[str]:
    teks = []
    for jenis in ("title", "header", "subheader", "info", "warning", "error", "success"):
        teks += [str(x.value) for x in getattr(at, jenis)]
    teks += [str(m.label) for m in at.metric]
    for jenis in ("selectbox", "multiselect", "radio", "slider", "toggle", "checkbox", "button", "text_input"):
        teks += [str(w.label) for w in getattr(at, jenis)]
    return [re.sub(r"\]\([^)]*\)", "]", x) for x in teks]  # a link's address is not read as text


@pytest.mark.parametrize("halaman", HALAMAN)
def test_english_mode_leaves_no_indonesian_label(halaman):
    at = AppTest.from_file(str(ROOT / halaman), default_timeout=90)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    sisa = sorted({i for x in _teks(at) for i in INDONESIA if i in x})
    assert not sisa, f"{halaman}: Indonesian labels in English mode: {sisa}"


def test_the_walk_finds_an_untranslated_label():
    """The check itself can fail: the Indonesian landing page shows Indonesian labels."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert {i for x in _teks(at) for i in INDONESIA if i in x}


def test_translation_table():
    from kalteng_gender.teks import t

    assert t("tahun") == "Tahun" and t("tahun", "en") == "Year"
    assert t("kunci_tak_ada") == "kunci_tak_ada"
