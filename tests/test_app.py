"""AppTest of the landing page and of every page file: real content, not just 'no exception'."""
import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kalteng_gender import aman, data as kd, regions

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = ["app.py"] + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))


def jalankan(berkas="app.py", **params):
    at = AppTest.from_file(str(ROOT / berkas), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


@pytest.mark.parametrize("berkas", HALAMAN)
def test_every_page_renders_without_error(berkas):
    at = jalankan(berkas)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title and at.title[0].value
    teks = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert "sumber" in teks.lower(), f"{berkas} shows no source"


@pytest.fixture(scope="module")
def landing():
    return jalankan()


def test_headline_cards_show_published_values(landing):
    kartu = {m.label: m for m in landing.metric}
    ikg = kartu["Indeks Ketimpangan Gender (IKG) · 2023"]
    assert ikg.value == "0,541"
    assert "+0,015" in ikg.delta.replace("−", "-") and "2022" in ikg.delta
    # the province's IDG and IPG from BPS's tables (IDG.csv, IPG.csv), Indonesia beside them
    assert kartu["Indeks Pemberdayaan Gender (IDG) · 2023"].value == "79,99"
    assert kartu["Indeks Pembangunan Gender (IPG) · 2023"].value == "89,49"
    captions = " ".join(c.value for c in landing.caption)
    for nas in ("Nasional 2023: 0,447", "Nasional 2023: 76,90", "Nasional 2023: 91,85"):
        assert nas in captions
    assert "BPS \\(tabel dinamis\\) (salinan resmi)" in captions  # publisher and grade, markdown-escaped


def nilai_tabel(at):
    """The map's table as region -> value written out (its headers are human: Wilayah, Tahun, the unit)."""
    tabel = at.dataframe[0].value
    assert list(tabel.columns[:2]) == ["Wilayah", "Tahun"] and "kode_bps" not in tabel.columns
    return tabel.set_index("Wilayah")[tabel.columns[-1]]


def _abu(at) -> tuple[list[str], list[str]]:
    """(every region drawn, the regions drawn grey as 'data tidak tersedia') on the page's map."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    abu = [tr for tr in spec["data"] if {c[-1] for c in tr["customdata"]} == {"data tidak tersedia"}]
    return (sorted(loc for tr in spec["data"] for loc in tr["locations"]),
            sorted(loc for tr in abu for loc in tr["locations"]))


def test_landing_opens_on_ikg_2023_with_all_14_coloured(landing):
    assert (landing.selectbox(key="w_ind").value, landing.selectbox(key="w_tahun").value) == ("ikg", 2023)
    semua, abu = _abu(landing)
    assert semua == sorted(regions.KABKOTA) and abu == []
    tabel = nilai_tabel(landing)
    assert len(tabel) == 14 and "data tidak tersedia" not in set(tabel)
    assert (tabel["Murung Raya"], tabel["Palangka Raya"]) == ("0,598", "0,415")  # IKG.csv, 2023
    assert any("14 dari 14 kabupaten/kota punya data" in c.value for c in landing.caption)


def test_map_marks_missing_regions_grey():
    # IPM (old basis) is published for 11 of 14 (Katingan, Barito Timur never; Kotawaringin Timur only on the
    # SP2020 basis): those three are grey, not zero
    at = jalankan(ind="ipm", tahun="terbaru")
    semua, abu = _abu(at)
    assert semua == sorted(regions.KABKOTA) and abu == ["6202", "6209", "6212"]
    assert "data tidak tersedia" in set(nilai_tabel(at))


def test_indicator_and_sex_choice_change_the_map():
    at = jalankan()
    at.selectbox(key="w_ind").select("tpak_agustus").run()
    assert not at.exception
    assert "Perempuan (P)" in at.radio(key="w_jk").options  # 2025 by sex for all 14 (STIS compilation)
    assert at.query_params["ind"] == "tpak_agustus"
    at.radio(key="w_jk").set_value("P").run()
    tabel = nilai_tabel(at)
    assert tabel["Kapuas"] == "51,82" and "data tidak tersedia" not in set(tabel)
    at.selectbox(key="w_ind").select("pct_sma_keatas").run()  # published for the province only
    assert any("belum ada angka terbit di tingkat kabupaten/kota" in i.value for i in at.info)


def test_query_params_open_the_same_view_and_bad_values_are_ignored():
    at = jalankan(ind="korban_kekerasan_perempuan_anak", tahun="2025")
    assert at.selectbox(key="w_ind").value == "korban_kekerasan_perempuan_anak"
    assert at.selectbox(key="w_tahun").value == 2025
    assert nilai_tabel(at)["Kotawaringin Barat"] == "88"
    buruk = jalankan(ind="__import__('os')", tahun="abc")
    assert not buruk.exception
    assert buruk.selectbox(key="w_ind").value == "ikg"
    assert any("tidak sah" in t.value for t in buruk.toast)


def test_coverage_matrix_for_a_year(landing):
    at = landing
    at.selectbox(key="w_cakupan_tahun").select(2025).run()
    cak = at.dataframe[-1].value
    baris = cak.loc["Korban kekerasan (perempuan dan anak)"]
    assert (baris[list(regions.KABKOTA.values())] == "1").all()
    assert (cak.loc["Indeks Ketimpangan Gender (IKG)", list(regions.KABKOTA.values())] == "1").all()
    assert "Indeks Pemberdayaan Gender (IDG)" not in cak.index  # BPS's IDG stops at 2023


def test_bad_data_file_shows_the_message_not_a_traceback(tmp_path, monkeypatch):
    buruk = tmp_path / "gender_kalteng.csv"
    buruk.write_text(kd.DATA_FILE.read_text().replace("0.541", "abc", 1))
    monkeypatch.setattr(kd, "DATA_FILE", buruk)
    st.cache_data.clear()
    try:
        at = jalankan()
        assert not at.exception
        pesan = at.error[0].value
        # the message quotes the file, so it is shown escaped (kalteng_gender.aman)
        assert all(aman.polos(x) in pesan for x in ["gender_kalteng.csv", "kolom 'nilai'", "'abc' bukan angka"])
    finally:
        st.cache_data.clear()
