"""English mode: with ?lang=en no Indonesian stays in any page's frame.

Every page is run in AppTest with lang=en and everything it writes is read: titles, headers, alerts, captions,
markdown, metric labels, widget labels and the column headers of rendered tables (the header a reader sees: the
column config's label where one is set). Two checks run on that text:

- no Indonesian label of the translation table that has its own English wording appears;
- none of a short list of common Indonesian words appears (words that never occur in English text or in the
  region names, which stay as they are).

Text that is data rather than wording is left out of the second check: publishers' names, titles and notes of
data/sumber.csv (read as they are published), link addresses, and the registry's definitions while
data/indikator.csv has no English definition column (`definisi_en`). The last test proves the walk can fail.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from kalteng_gender import data as kd, sumber
from kalteng_gender.unduh import PROYEK
from kalteng_gender.teks import TEKS

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("[0-9]*.py"))]
# Indonesian labels long enough to be unambiguous (short ones such as "P" or "L" also occur in English text)
INDONESIA = sorted({i for i, e in TEKS.values() if i != e and len(i) >= 8 and not re.fullmatch(r"[\W\d]+", i)},
                   key=len, reverse=True)
# Common Indonesian words that no English sentence and no region name contains (matched case-insensitively)
KATA = [" dan ", " yang ", " untuk ", " dengan ", " belum ", " tidak ", "tidak tersedia", "kabupaten", "perempuan",
        "laki-laki", "sumber:", " dari ", " pada ", "tahun ", " atau ", "peringkat", "sejak", "terbit", "setara",
        "selisih", "disamarkan", "wilayah", "satuan", "membaik", "memburuk", "kesenjangan", "indeks ("]


def _data_bukan_kata() -> list[str]:
    """Texts that are data, not the dashboard's wording (see the module docstring), longest first."""
    tabel = sumber.muat()
    teks = [*tabel["penerbit"], *tabel["judul"], *tabel["catatan"]]
    reg = kd.muat_registry()
    if "definisi_en" not in reg.columns:
        teks += list(reg["definisi"])
    teks += list(reg["produsen"]) + [PROYEK]
    return sorted({x for x in teks if isinstance(x, str) and x.strip()}, key=len, reverse=True)


DATA = _data_bukan_kata()


def _kepala(tabel) -> list[str]:
    """The column headers a reader sees: the column config's label where one is set, else the column name."""
    conf = json.loads(tabel.proto.columns or "{}")
    nilai = tabel.value
    kolom = nilai.columns.to_flat_index() if isinstance(nilai, pd.DataFrame) else []
    return [conf.get(str(k), {}).get("label") or " ".join(map(str, k)) if isinstance(k, tuple) else
            conf.get(str(k), {}).get("label") or str(k) for k in kolom]


def _teks(at: AppTest) -> list[str]:
    teks = []
    for jenis in ("title", "header", "subheader", "info", "warning", "error", "success", "caption", "markdown"):
        teks += [str(x.value) for x in getattr(at, jenis)]
    teks += [str(m.label) for m in at.metric]
    for jenis in ("selectbox", "multiselect", "radio", "slider", "toggle", "checkbox", "button", "text_input"):
        teks += [str(w.label) for w in getattr(at, jenis)]
    for tabel in at.dataframe:
        teks += _kepala(tabel)
    for tabel in at.get("table"):
        teks += [str(k) for k in tabel.value.columns]
    return [_tanpa_data(x) for x in teks]


def _tanpa_data(x: str) -> str:
    """The wording of a text: link targets, source addresses and data texts (DATA) taken out, markdown escapes
    undone so that the data texts are recognised."""
    x = re.sub(r"\\(.)", r"\1", re.sub(r"\]\([^)]*\)", "]", x))
    x = re.sub(r"(?:https?|github)\u2060?:\S+", " ", x)  # aman.sumber puts a word joiner before the colon
    for d in DATA:
        x = x.replace(d, " ")
    return x


def _kata_indonesia(teks: list[str]) -> set[str]:
    temu = set()
    for x in teks:
        kecil = f" {x.lower()} "
        temu |= {k for k in KATA if k in kecil}
    return temu


@pytest.fixture(scope="module")
def halaman_en():
    hasil = {}

    def jalan(halaman: str):
        if halaman not in hasil:
            at = AppTest.from_file(str(ROOT / halaman), default_timeout=90)
            at.query_params["lang"] = "en"
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            hasil[halaman] = _teks(at)
        return hasil[halaman]
    return jalan


@pytest.mark.parametrize("halaman", HALAMAN)
def test_english_mode_leaves_no_indonesian_label(halaman, halaman_en):
    sisa = sorted({i for x in halaman_en(halaman) for i in INDONESIA if i in x})
    assert not sisa, f"{halaman}: Indonesian labels in English mode: {sisa}"


@pytest.mark.parametrize("halaman", HALAMAN)
def test_english_mode_writes_no_indonesian_words(halaman, halaman_en):
    teks = halaman_en(halaman)
    sisa = sorted(_kata_indonesia(teks))
    contoh = [x[:160] for x in teks if _kata_indonesia([x])][:5]
    assert not sisa, f"{halaman}: Indonesian words in English mode: {sisa}; e.g. {contoh}"


def test_the_walk_finds_an_untranslated_label():
    """The checks themselves can fail: the Indonesian landing page shows Indonesian labels and words."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    teks = _teks(at)
    assert {i for x in teks for i in INDONESIA if i in x}
    assert {" dan ", "perempuan", "kabupaten"} <= _kata_indonesia(teks)


def test_translation_table():
    from kalteng_gender.teks import t

    assert t("tahun") == "Tahun" and t("tahun", "en") == "Year"
    assert t("kunci_tak_ada") == "kunci_tak_ada"
