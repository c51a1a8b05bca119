"""The comparison (kalteng_gender/banding.py) and its URL state; the page (pages/2_Bandingkan.py) is in
test_page_bandingkan.py.

Values asserted are the published figures in data/gender_kalteng.csv: TPAK Agustus Kapuas 2024 P 53,90 (no L),
2025 P 51,82 and L 83,09; Kalimantan Tengah 2023 P 48,13 L 84,85, 2024 P 49,60, 2025 P 50,34 L 85,26; no
Indonesia figure for this indicator."""
import math

import pytest

from kalteng_gender import banding, data as kd, state

TPAK = "tpak_agustus"


@pytest.fixture(scope="module")
def df():
    return kd.muat_data(registry=kd.muat_registry())


def test_kapuas_women_and_men_beside_kalteng_with_gaps_not_bridged(df):
    b = banding.bandingkan(df, TPAK, ["6203", "6200", "0000"], (2019, 2025))
    assert b.jk == ("P", "L") and b.satuan == "persen" and b.satuan_selisih == "poin persen"
    assert b.kosong == ("Indonesia",) and b.hanya_total == () and b.pembanding is None
    g = b.garis()
    assert list(g) == [("Kapuas", "P"), ("Kapuas", "L"), ("Kalimantan Tengah", "P"), ("Kalimantan Tengah", "L")]
    kapuas_l = dict(zip(g[("Kapuas", "L")]["tahun"], g[("Kapuas", "L")]["nilai"]))
    assert list(kapuas_l) == list(range(2019, 2026)) and kapuas_l[2025] == 83.09
    assert all(math.isnan(v) for th, v in kapuas_l.items() if th != 2025)  # padded, never 0
    kalteng_l = dict(zip(g[("Kalimantan Tengah", "L")]["tahun"], g[("Kalimantan Tengah", "L")]["nilai"]))
    assert kalteng_l[2023] == 84.85 and math.isnan(kalteng_l[2024]) and kalteng_l[2025] == 85.26
    t = b.tabel.set_index(["kode_bps", "tahun"])
    assert t.loc[("6203", 2025), ["P", "L"]].tolist() == [51.82, 83.09]
    assert t.loc[("6203", 2025), "gap"] == pytest.approx(-31.27)
    assert t.loc[("6203", 2025), "rasio"] == pytest.approx(51.82 / 83.09)
    assert math.isnan(t.loc[("6203", 2024), "L"]) and math.isnan(t.loc[("6203", 2024), "gap"])
    assert ("0000", 2025) not in t.index  # no row invented for Indonesia


def test_range_method_break_and_defaults(df):
    assert banding.batas_tahun(df, TPAK) == (2019, 2025)
    sempit = banding.bandingkan(df, TPAK, ["6200"], (2024, 2025))
    assert set(sempit.titik["tahun"]) == {2024, 2025} and len(sempit.tabel) == 2
    # the province's 2019–2022 TPAK is published as a total only: said so, not drawn as women or men
    lama = banding.bandingkan(df, TPAK, ["6200"], (2019, 2022))
    assert lama.kosong == () and lama.hanya_total == ("Kalimantan Tengah",) and lama.titik.empty
    assert banding.bandingkan(df, "ipm_sp2020", ["6200"], (2020, 2025)).pembanding == "ipm"
    assert banding.wilayah_bawaan(df, TPAK, ["6271", "6203"]) == ["6271", "6200", "0000"]
    assert banding.wilayah_bawaan(df, TPAK, ["0000"])[1:] == ["6200", "0000"]
    tahun, nilai, acuan = banding.peta(df, TPAK, (2019, 2025), "gap")
    assert tahun == 2025 and len(nilai) == 14
    assert nilai.set_index("kode_bps").at["6203", "nilai"] == pytest.approx(-31.27)
    assert acuan.set_index("kode_bps").at["6200", "nilai"] == pytest.approx(-34.92)
    assert math.isnan(acuan.set_index("kode_bps").at["0000", "nilai"])
    assert banding.peta(df, TPAK, (2019, 2022), "gap")[0] is None


@pytest.mark.parametrize("mentah, hasil, pesan", [
    ("2018-2025", (2019, 2025), "disesuaikan"), ("2023-2024", (2023, 2024), None), ("2024", (2024, 2024), None),
    ("2023 – 2025", (2023, 2025), None), ("2025-2019", None, "terbalik"), ("2030-2031", None, "di luar"),
    ("__import__('os')", None, "bukan tahun"), (["2020-2021", "2022-2023"], (2022, 2023), None),
])
def test_year_range_in_the_url_is_validated(mentah, hasil, pesan):
    nilai, catatan = state.baca_rentang(mentah, (2019, 2025))
    assert nilai == hasil
    if pesan is None:
        assert catatan == []
    else:
        assert len(catatan) == 1 and pesan in catatan[0]


def test_year_range_and_tab_are_written_plainly():
    assert state.tulis({"tahun": (2018, 2025), "tab": "peta", "wil": ["6203", "6200"]}) == {
        "tahun": "2018-2025", "wil": "6203,6200", "tab": "peta"}
    assert state.baca({"tab": "peta"}, {"tab": ["grafik", "peta", "tabel"]})[0] == {"tab": "peta"}
