"""Text from links, data files and uploads is shown as plain text: kalteng_gender.aman and every page.

Streamlit renders markdown wherever it shows text; `![t](url)` in a link's value made every visitor's browser
fetch `url` (tests/e2e/test_aman_browser.py checks that in chromium)."""
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bantu import jalankan
from kalteng_gender import aman, data as kd, state

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = ["app.py"] + sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("[0-9]*.py"))
PENYERANG = "127.0.0.1:9"
JAHAT = [  # markdown, image, link, autolink, HTML, math, colour, emphasis, code, e-mail, www, list, heading
    f"![t](http://{PENYERANG}/t.png)", f"[klik](http://{PENYERANG}/x)", f"<img src=http://{PENYERANG}/i.png>",
    f"<http://{PENYERANG}/a>", "<script>alert(1)</script>", "$x^2$ :red[merah] **tebal** _miring_",
    "`kode` ~~coret~~ | a | b |", "a@contoh.test www.contoh.test", "- butir\n1. nomor\n# judul\n    kode",
    f"[r][1]\n\n[1]: http://{PENYERANG}/r", "\\![lolos](x)", "&lt;img&gt; &#60;b&#62;",
]
# The project's own hostile link values (tests/test_state.py and the page tests, tests/test_page_*.py).
PROYEK = ["__import__('os')", "19x", "9999", "<script>", "abc", "1800", "=evil()"]
SUMBER = set(kd.muat_data()["sumber"])
KHUSUS = r"[\\`*_\[\]()<>!#|~$:&@]"


def buka_escape(s: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", s.replace("  \n", "\n").replace("\u2060", ""))


@pytest.mark.parametrize("teks", JAHAT + PROYEK)
def test_polos_escapes_every_special_character_and_keeps_the_text(teks):
    s = aman.polos(teks)
    assert re.search(KHUSUS, re.sub(r"\\[!-/:-@\[-`{-~]", "", s)) is None, s  # only escaped ones remain
    assert f"http://{PENYERANG}" not in s
    assert buka_escape(s) == "\n".join(b.strip() for b in teks.splitlines() if b.strip())


def test_polos_block_syntax_at_line_starts():
    assert aman.polos("- a\n+ b\n1. c\n2) d\n===\n    e") == "\\- a  \n\\+ b  \n1\\. c  \n2\\) d  \n\\===  \ne"
    # bare addresses would become links after the escapes are resolved: a word joiner stops that
    assert aman.polos("www.contoh.test a@b.id http://x") == "www\u2060.contoh.test a\\@\u2060b.id http\u2060\\://x"
    assert aman.polos("Kotawaringin Barat, 2023") == "Kotawaringin Barat, 2023"  # ordinary text unchanged


def test_tautan_only_to_http_addresses_with_escaped_text():
    assert aman.tautan("BPS [1]", "https://bps.go.id/a_(b)") == "[BPS \\[1\\]](https://bps.go.id/a_%28b%29)"
    for buruk in ["javascript:alert(1)", "data:text/html,x", "http://a b", "ftp://x", "http://x\n![i](y)", ""]:
        assert aman.tautan("sumber", buruk) == "sumber"
    assert aman.sumber("BPS Kalteng *2023*") == "BPS Kalteng \\*2023\\*"
    assert aman.sumber("https://kalteng.bps.go.id/x") == "[https\u2060\\://kalteng.bps.go.id/x](https://kalteng.bps.go.id/x)"


def _teks(at: AppTest) -> list[str]:
    """Every markdown-rendered text on the page (messages, captions, headings, toasts, metric labels)."""
    jenis = ["markdown", "caption", "info", "warning", "error", "success", "toast", "title", "header", "subheader"]
    return [x.value for j in jenis for x in getattr(at, j)] + [m.label for m in at.metric]


PARAM_JAHAT = [
    dict(ind=JAHAT[0], tahun=JAHAT[1], wil=JAHAT[2], jk=JAHAT[4], sektor=JAHAT[5], lang=JAHAT[3]),
    dict(ind=PROYEK[0], tahun=JAHAT[6], wil=f"9999,http://{PENYERANG}/w", jk=PROYEK[3], sektor=JAHAT[7],
         lang=JAHAT[9]),
    dict(ind=JAHAT[10], tahun=PROYEK[1], wil=JAHAT[8], jk=JAHAT[11], sektor=PROYEK[6], lang="en"),
]


@pytest.mark.parametrize("halaman", HALAMAN)
def test_hostile_link_values_render_as_plain_text_on_every_page(halaman):
    for param in PARAM_JAHAT:
        at = jalankan(halaman, batas_waktu=90, **param)
        for s in _teks(at):
            assert not re.search(r"(?<!\\)(!\[|<img|<script|<http)", s), (halaman, s)
            for url in re.findall(r"(?<!\\)\]\(([^)]*)\)", s):  # links: the data's sources and the menu only
                assert (url.replace("%28", "(").replace("%29", ")") in SUMBER
                        or re.fullmatch(r"/[A-Za-z_]*(\?[a-z]+=[0-9a-z,]+(&[a-z]+=[0-9a-z,]+)*)?", url)), (halaman, url)
            assert f"http://{PENYERANG}" not in s, (halaman, s)
        # every notice quotes the value as typed, escaped (the pages' own URL filters; `lang` falls back quietly)
        bemerkt = {k: v for k, v in param.items() if k != "lang"}
        boleh = {aman.polos(c) for k in bemerkt for c in state.baca({k: bemerkt[k]}, {k: []})[1]}
        if "tahun" in bemerkt:  # pages with a year range read `tahun` as a range, with their own notice
            boleh |= {aman.polos(c) for c in state.baca_rentang(bemerkt["tahun"], (2000, 2030))[1]}
        toast = [x.value for x in at.toast]
        assert set(toast) <= boleh, (halaman, toast)
        # every page with URL filters says what it ignored; Perbarui Data reads none of them
        assert bool(toast) == (halaman != "pages/7_Perbarui_Data.py"), halaman


def test_source_captions_link_only_http_addresses():
    def halaman():
        import ui
        ui.caption_sumber(["![t](http://127.0.0.1:9/s.png)", "https://bps.go.id/a_(b)", "javascript:alert(1)",
                           "[x](http://127.0.0.1:9/l)"])

    at = AppTest.from_function(halaman).run()
    teks = at.caption[0].value
    assert teks.replace("\u2060", "") == (
        "**Sumber:** \\!\\[t\\]\\(http\\://127.0.0.1\\:9/s.png\\) (belum dinilai) · "
        "[https\\://bps.go.id/a\\_\\(b\\)](https://bps.go.id/a_%28b%29) (resmi) · "
        "javascript\\:alert\\(1\\) (belum dinilai) · \\[x\\]\\(http\\://127.0.0.1\\:9/l\\) (belum dinilai)")
