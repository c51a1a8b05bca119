"""AppTest of pages/1_Peta_dan_Peringkat.py (map and ranked bars) on the published figures in
data/gender_kalteng.csv."""
from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from bantu import ROOT, arr, garis_tren, jalankan, metrik_acuan, qp, spek, teks_catatan
from kalteng_gender import data as kd, regions

HALAMAN = "pages/1_Peta_dan_Peringkat.py"


def test_map_page_default_ikg_2023_ranks_all_14():
    """The page opens on IKG in the newest year all 14 have BPS figures (IKG.csv, 2023), best first."""
    at = jalankan(HALAMAN)
    assert at.selectbox(key="w_ind").value == "ikg" and at.selectbox(key="w_tahun").value == 2023
    assert metrik_acuan(at) == {"Palangka Raya · 2023": "0,415", "Peringkat": "1 / 14",
                                "Kalteng · 2023": "0,541", "Indonesia · 2023": "0,447"}
    assert "dari 14 kab/kota yang punya data; 1 = nilai terendah (lebih rendah lebih baik)" in teks_catatan(at)
    (isi,) = spek(at, 0)["data"]  # no grey layer: every regency has a figure
    assert sorted(isi["locations"]) == sorted(regions.KABKOTA)
    assert dict(zip(isi["locations"], arr(isi["z"])))["6213"] == 0.598
    assert arr(spek(at, 1)["data"][0]["y"])[-2:] == ["Murung Raya", "Seruyan"]  # 0,598 and 0,616: most unequal
    konteks = " ".join(m.value for m in at.markdown)
    assert "IKG Palangka Raya 2023: 0,415 — peringkat 1 dari 14 di Kalteng" in konteks
    assert "IKG Kalimantan Tengah 2023: 0,541 — peringkat 33 dari 34 provinsi" in konteks
    assert "(salinan resmi)" in teks_catatan(at)  # the grade beside the source


def test_map_page_ipm_2020_ranks_the_four_published_regions():
    at = jalankan(HALAMAN, ind="ipm")
    assert at.selectbox(key="w_ind").value == "ipm" and at.selectbox(key="w_tahun").value == 2020
    # 2020 is the year with most regencies on the old-basis IPM: Gunung Mas 70,81 leads Barito Utara 70,59
    assert metrik_acuan(at) == {"Gunung Mas · 2020": "70,81", "Peringkat": "1 / 4",
                                "Kalteng · 2020": "71,05", "Indonesia · 2020": "data tidak tersedia"}
    assert "dari 4 kab/kota yang punya data; 1 = nilai tertinggi (lebih tinggi lebih baik)" in teks_catatan(at)
    peta = spek(at, 0)
    abu, isi = peta["data"]
    assert len(abu["locations"]) == 10 and {c[1] for c in abu["customdata"]} == {"data tidak tersedia"}
    assert dict(zip(isi["locations"], arr(isi["z"]))) == {"6205": 70.59, "6206": 68.03, "6210": 68.48,
                                                         "6211": 70.81}
    assert isi["marker"]["line"]["width"][isi["locations"].index("6211")] == 3  # the selected region
    batang = spek(at, 1)
    assert arr(batang["data"][0]["y"]) == ["Sukamara", "Pulang Pisau", "Barito Utara", "Gunung Mas"]
    assert any(a["text"] == "Kalteng 71,05" for a in batang["layout"]["annotations"])
    assert "IPM" in peta["layout"]["title"]["text"] and "2020" in peta["layout"]["title"]["text"]
    tabel = at.dataframe[0].value
    # human headers, no raw ids (kode_bps) on screen
    assert list(tabel.columns) == ["Wilayah", "Tahun", "indeks (0-100)", "Peringkat"]
    assert tabel["Wilayah"].tolist()[:4] == ["Gunung Mas", "Barito Utara", "Pulang Pisau", "Sukamara"]
    assert (tabel["indeks (0-100)"] == "data tidak tersedia").sum() == 10
    assert "Sumber" in teks_catatan(at) and "UHH SP2020" in teks_catatan(at)  # the method-break caption


def test_map_page_year_and_region_select_box_change_the_details():
    at = jalankan(HALAMAN, ind="ipm")
    at.selectbox(key="w_tahun").select(2017).run()
    assert metrik_acuan(at)["Kalteng · 2017"] == "69,79"
    assert arr(spek(at, 1)["data"][0]["y"]) == ["Seruyan", "Kapuas", "Barito Selatan", "Palangka Raya"]
    at.selectbox(key="w_wil").select("6208").run()
    m = metrik_acuan(at)
    assert m["Seruyan · 2017"] == "66,14" and m["Peringkat"] == "4 / 4"
    assert qp(at, "wil") == "6208" and qp(at, "tahun") == "2017"


def test_map_page_gap_and_ratio_are_diverging_around_parity():
    at = jalankan(HALAMAN, ind="penduduk_sp2020", wil="6211")
    assert at.radio(key="w_jk").options == ["Total (L+P)", "Perempuan (P)", "Laki-laki (L)",
                                             "Kesenjangan (P − L)", "Rasio (P / L)"]
    at.radio(key="w_jk").set_value("gap").run()
    # Gunung Mas SP2020: 63.995 women, 71.378 men
    assert metrik_acuan(at)["Gunung Mas · 2020"] == "−7.383"
    isi = spek(at, 0)["data"][-1]
    assert isi["zmid"] == 0 and isi["locations"] == ["6211"] and arr(isi["z"]) == [-7383.0]
    assert spek(at, 1)["data"][0]["marker"]["cmid"] == 0
    at.radio(key="w_jk").set_value("rasio").run()
    assert metrik_acuan(at)["Gunung Mas · 2020"] == "0,90"
    assert spek(at, 0)["data"][-1]["zmid"] == 1 and spek(at, 1)["data"][0]["base"] == 1
    assert "1 = paling dekat kesetaraan (rasio 1)" in teks_catatan(at)


def test_map_page_sector_filter_limits_indicators_and_notes_reports():
    at = jalankan(HALAMAN)
    at.selectbox(key="w_sektor").select("perlindungan").run()
    reg = kd.muat_registry()
    lind = set(reg.loc[reg["sektor"] == "perlindungan", "id"])
    assert set(at.selectbox(key="w_ind").options) and all(
        o.split(" — ")[0] in set(reg.loc[reg["sektor"] == "perlindungan", "label_id"])
        for o in at.selectbox(key="w_ind").options)
    assert at.selectbox(key="w_ind").value in lind
    assert "bukan prevalensi" in teks_catatan(at)
    at.selectbox(key="w_ind").select("korban_kekerasan_perempuan_anak").run()
    at.selectbox(key="w_wil").select("6201").run()
    assert metrik_acuan(at)["Kotawaringin Barat · 2025"] == "88"  # 63 children + 25 women, DP3APPKB 2025
    # a province count is the sum of its regencies: shown as text, never as a reference line on the ranking
    assert not spek(at, 1)["layout"].get("shapes") and "bukan pembanding" in teks_catatan(at)
    # reported victims are not prevalence: not ranked better or worse, and the page says why
    assert metrik_acuan(at)["Peringkat"] == "–" and "Tidak diperingkat" in teks_catatan(at)
    assert "Peringkat" not in at.dataframe[0].value.columns


def test_clicking_a_region_on_the_map_selects_it():
    at = jalankan(HALAMAN, ind="ipm")
    peta = at.get("plotly_chart")[0]
    ws = at._tree.get_widget_states()
    w = ws.widgets.add()
    w.id = peta.proto.id
    w.string_value = json.dumps({"selection": {"points": [{"location": "6205", "curve_number": 1}],
                                               "point_indices": [0], "box": [], "lasso": []}})
    at._run(ws)
    assert not at.exception
    assert at.selectbox(key="w_wil").value == "6205"
    assert metrik_acuan(at)["Barito Utara · 2020"] == "70,59" and metrik_acuan(at)["Peringkat"] == "2 / 4"
    assert qp(at, "wil") == "6205"


def test_map_page_link_reproduces_view_and_bad_values_are_ignored():
    at = jalankan(HALAMAN, ind="ipm", tahun="2017", wil="6271")
    assert metrik_acuan(at)["Palangka Raya · 2017"] == "79,69" and metrik_acuan(at)["Peringkat"] == "1 / 4"
    buruk = jalankan(HALAMAN, ind="__import__('os')", tahun="19x", wil="9999", jk="<script>")
    assert buruk.selectbox(key="w_ind").value == "ikg" and buruk.selectbox(key="w_tahun").value == 2023
    assert not buruk.error
    notis = " ".join(t.value for t in buruk.toast)
    assert "tidak sah" in notis and "9999" in notis


def test_profile_link_carries_the_region_and_filters_persist_across_pages():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page(HALAMAN).run()
    at.selectbox(key="w_wil").select("6271").run()
    at.selectbox(key="w_tahun").select(2018).run()
    link = at.get("page_link")[0].proto
    assert link.label == "Buka profil Palangka Raya" and link.query_string == "wil=6271"
    at.switch_page("pages/2_Bandingkan.py").run()
    assert not at.exception
    # the region travels, with Kalteng and Indonesia beside it on the comparison view
    assert at.selectbox(key="w_ind").value == "ikg" and at.multiselect(key="w_wil").value == ["6271", "6200", "0000"]
    # the year chosen on the map page travels as the range: IKG1.csv, Kota Palangka Raya 2018
    assert garis_tren(at)["Palangka Raya, total"] == {2018: 0.427}
    at.switch_page("pages/5_Data_dan_Metadata.py").run()
    tabel = at.dataframe[0].value
    # region, benchmarks, indicator and year all travel: one IKG 2018 row each
    assert set(tabel["wilayah"]) == {"Palangka Raya", "Kalimantan Tengah", "Indonesia"}
    assert set(tabel["indikator"]) == {"ikg"} and set(tabel["tahun"]) == {"2018"} and len(tabel) == 3
