"""Text from a link, a data file or an upload, made safe to show in Streamlit's markdown (and in HTML).

Streamlit renders markdown in st.markdown, caption, info/warning/error, toast and widget labels: `![t](url)` makes
every visitor's browser fetch `url`, `[t](url)` and `<url>` become links, `$…$` math, `:red[…]` colour, `*`/`_`
emphasis. `polos` backslash-escapes every character that starts such syntax (CommonMark shows an escaped ASCII
punctuation character as itself), so the text appears exactly as written. `tautan` makes a link only to an
http(s) address, its text escaped; `sumber` shows a source that way. Raw HTML is never enabled (no
unsafe_allow_html); st.html only ever gets the project's own CSS.
"""
from __future__ import annotations

import re

# Inline syntax (links, images, autolinks, HTML, emphasis, code, math, strikethrough, tables, emoji/directives,
# entities, e-mail autolinks); backslash first so the escapes added are not escaped again.
_KHUSUS = re.compile(r"([\\`*_\[\]()<>!#|~$:&@{}])")
_AWAL_BARIS = re.compile(r"(?m)^(\d*)([-+=.)])")  # list items, setext underlines, "1." / "1)" at a line start
# GFM makes links of bare "http://…", "www.…" and "a@b.c" after escapes are resolved, so a backslash cannot stop
# it; an invisible WORD JOINER after "http"/"www"/"@" does (the text reads and wraps the same).
_LITERAL = re.compile(r"(?i)\b(https?|www)(?=\\?[:.])")
_SENDI = "\u2060"
_URL = re.compile(r"https?://[^\s<>\"'`\\\[\]{}|^]+", re.IGNORECASE)


def polos(teks: object) -> str:
    """`teks` as plain text inside markdown: every special character escaped, line breaks kept as breaks."""
    baris = [b.strip() for b in str(teks).splitlines()]  # leading spaces would start a code block
    s = "\n".join(b for b in baris if b)  # a blank line would start a new block (a list, a heading ...)
    s = _KHUSUS.sub(r"\\\1", s)
    s = _AWAL_BARIS.sub(r"\1\\\2", s)
    s = _LITERAL.sub(r"\1" + _SENDI, s).replace("\\@", "\\@" + _SENDI)
    return s.replace("\n", "  \n")


def url_aman(url: str) -> str | None:
    """`url` if it is a single http(s) address (parentheses percent-encoded for the markdown link), else None."""
    u = str(url).strip()
    if not _URL.fullmatch(u):
        return None
    return u.replace("(", "%28").replace(")", "%29")


def tautan(teks: str, url: str) -> str:
    """A markdown link with escaped text, or only the escaped text when `url` is not an http(s) address."""
    u = url_aman(url)
    return f"[{polos(teks)}]({u})" if u else polos(teks)


def sumber(s: str) -> str:
    """A source as shown in captions: a link when it is an http(s) address, otherwise plain text."""
    return tautan(s, s)

