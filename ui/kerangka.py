"""The page shell: page config, the sidebar menu, the language switch, the title, and clean browser printing."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st

from kalteng_gender.teks import t


def bahasa() -> str:
    lang = st.query_params.get("lang", "id")
    return lang if lang in ("id", "en") else "id"


AKAR = Path(__file__).resolve().parent.parent  # the repository: app.py and pages/
HALAMAN_PROFIL = "pages/4_Profil_Wilayah.py"


@cache  # pages/ is read once per process, not on every rerun
def menu() -> tuple[tuple[str, str], ...]:
    """(script, key of its label in teks) for the sidebar: the landing page, then pages/ in file order; a page's
    key is "menu_" + its file name without the number ("menu_Peta_dan_Peringkat")."""
    halaman = sorted((AKAR / "pages").glob("[0-9]*.py"), key=lambda p: int(p.stem.split("_")[0]))
    return (("app.py", "ringkasan"), *((f"pages/{p.name}", "menu_" + p.stem.split("_", 1)[1]) for p in halaman))


def tautan_halaman(skrip: str, teks: str, q: dict[str, str], ikon: str | None = None) -> None:
    """st.page_link, or a plain relative link when a page file runs on its own (tests run pages without app.py)."""
    from streamlit.errors import StreamlitAPIException
    try:
        st.page_link(skrip, label=teks, icon=ikon, query_params=q or None)
    except StreamlitAPIException:
        jalur = "" if skrip == "app.py" else Path(skrip).stem.split("_", 1)[-1]
        kueri = "&".join(f"{k}={v}" for k, v in q.items())
        st.markdown(f"{ikon or ''} [{teks}](/{jalur}{'?' + kueri if kueri else ''})")


def halaman(judul_kunci: str) -> str:
    """Page config, sidebar menu, language switch and title; returns the language code."""
    # no page_icon: a Material icon as favicon is fetched from a font CDN, which this offline dashboard never calls
    st.set_page_config(page_title=t(judul_kunci), layout="wide")
    lang = bahasa()
    with st.sidebar:
        for skrip, nama in menu():
            tautan_halaman(skrip, t(nama, lang), {"lang": "en"} if lang == "en" else {})
        st.divider()
    pilih = st.sidebar.radio(t("bahasa", lang), ["id", "en"], index=["id", "en"].index(lang), horizontal=True,
                             format_func=lambda x: {"id": "Bahasa Indonesia", "en": "English"}[x], key="w_lang")
    if pilih != lang:
        st.query_params["lang"] = pilih
        st.rerun()
    st.title(t(judul_kunci, lang))
    return lang


# Browser printing (A4 portrait): content only. No sidebar, header, toolbars or widgets; the inner scrolling
# container is opened up so every page prints, not only the first screen.
_CSS_CETAK = """<style>
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  [data-testid="stHeader"], header, [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stToast"], [data-testid="stToastContainer"],
  [data-testid="stElementToolbar"], [data-testid="stBottom"], .modebar-container,
  .stElementContainer:has([data-testid="stSelectbox"]), .stElementContainer:has([data-testid="stMultiSelect"]),
  .stElementContainer:has([data-testid="stRadio"]), .stElementContainer:has([data-testid="stDownloadButton"]),
  .stElementContainer:has([data-testid="stButton"]), .stElementContainer:has([data-testid="stPageLink"]),
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stRadio"],
  [data-testid="stDownloadButton"], [data-testid="stButton"], [data-testid="stExpander"],
  [data-testid="stPageLink"] { display: none !important; }
  html, body, .stApp, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"] {
    overflow: visible !important; height: auto !important; min-height: 0 !important; position: static !important;
  }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
  [data-testid="stHorizontalBlock"] { display: flex !important; flex-wrap: nowrap !important; }
  [data-testid="stColumn"] { min-width: 0 !important; }
  [data-testid="stMetric"], [data-testid="stTable"], [data-testid="stPlotlyChart"] { break-inside: avoid; }
  .stElementContainer:has([data-testid="stHeading"]) { break-after: avoid; }
}
</style>"""


def cetak_bersih() -> None:
    """Make the browser's print of this page clean (style only: st.html, no unsafe_allow_html)."""
    st.html(_CSS_CETAK)
