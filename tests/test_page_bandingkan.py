"""AppTest of pages/2_Bandingkan.py: women and men of the chosen regions over a year range, on the published
figures in data/gender_kalteng.csv (TPAK Agustus: Kapuas 2024 P 53,90 (no L), 2025 P 51,82 and L 83,09; Kalimantan
Tengah 2023 P 48,13 L 84,85, 2024 P 49,60, 2025 P 50,34 L 85,26; no Indonesia figure)."""
from __future__ import annotations

import json
import math

from bantu import arr, jalankan

HALAMAN = "pages/2_Bandingkan.py"
TPAK = "tpak_agustus"


def garis(at):
    """{trace name: {year: value or None}} and the traces of the comparison chart."""
    spek = json.loads(at.get("plotly_chart")[0].proto.spec)
    nilai = {tr["name"]: {int(x): (None if y is None or math.isnan(y) else y) for x, y in zip(arr(tr["x"]),
                                                                                          arr(tr["y"]))}
             for tr in spek["data"]}
    return nilai, spek


def test_page_draws_women_and_men_for_kapuas_kalteng_with_legend_and_names_indonesia_above():
    at = jalankan(HALAMAN, wil="6203,6200,0000")
    assert at.selectbox(key="w_ind").value == TPAK
    nilai, spek = garis(at)
    assert nilai["Kapuas, perempuan"] == {2019: None, 2020: None, 2021: None, 2022: None, 2023: None,
                                          2024: 53.9, 2025: 51.82}
    assert nilai["Kapuas, laki-laki"][2025] == 83.09 and nilai["Kapuas, laki-laki"][2024] is None
    assert nilai["Kalimantan Tengah, perempuan"][2023] == 48.13
    assert nilai["Kalimantan Tengah, laki-laki"] == {2019: None, 2020: None, 2021: None, 2022: None,
                                                     2023: 84.85, 2024: None, 2025: 85.26}
    assert not any(n.startswith("Indonesia") for n in nilai)
    assert spek["layout"]["showlegend"] is True and all(tr["showlegend"] for tr in spek["data"])
    assert all(tr["connectgaps"] is False for tr in spek["data"])
    gaya = {tr["name"]: tr for tr in spek["data"]}
    # sex by dash, region by colour
    assert gaya["Kapuas, perempuan"]["line"]["dash"] == "solid" and gaya["Kapuas, laki-laki"]["line"]["dash"] == "dash"
    assert gaya["Kapuas, perempuan"]["line"]["color"] == gaya["Kapuas, laki-laki"]["line"]["color"] \
        != gaya["Kalimantan Tengah, perempuan"]["line"]["color"]
    assert [w.value for w in at.warning] == ["Data tidak tersedia untuk: Indonesia (indikator ini, 2019–2025)."]
    tabel = at.dataframe[0].value.set_index(["Wilayah", "Tahun"])
    assert tabel.loc[("Kapuas", "2025"), "Selisih P − L (poin persen)"] == "−31,27"
    assert tabel.loc[("Kapuas", "2025"), "Rasio P/L"] == "0,624"  # no sign on a ratio
    assert tabel.loc[("Kapuas", "2024"), "Laki-laki (L)"] == "data tidak tersedia"
    assert at.query_params["tahun"] == "2019-2025"


def test_page_url_state_range_tab_and_invalid_values():
    at = jalankan(HALAMAN, wil="6203,6200,0000", tahun="2024-2025", tab="tabel")
    assert at.slider(key="w_rentang").value == (2024, 2025)
    nilai, spek = garis(at)
    assert set(nilai["Kapuas, perempuan"]) == {2024, 2025}
    assert at.tabs[0].label == "Grafik" and at.session_state["_f_tab"] == "tabel"
    at.slider(key="w_rentang").set_value((2023, 2025)).run()
    assert at.query_params["tahun"] == "2023-2025"
    salah = jalankan(HALAMAN, wil="6203,xyz", tahun="2025-2019", tab="rahasia")
    pesan = " ".join(t.value for t in salah.toast)
    assert "xyz" in pesan and "terbalik" in pesan and "rahasia" in pesan
    assert salah.slider(key="w_rentang").value == (2019, 2025)
    # a lone regency from a link gets Kalteng and Indonesia beside it on the first visit
    assert salah.multiselect(key="w_wil").value == ["6203", "6200", "0000"]
    salah.multiselect(key="w_wil").set_value(["6203"]).run()
    assert salah.multiselect(key="w_wil").value == ["6203"]  # a deliberate choice is kept
