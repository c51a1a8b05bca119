"""Very small violence counts in a regency are withheld from display, and the page says where."""
from streamlit.testing.v1 import AppTest

from kalteng_gender import data as kd, privasi
from bantu import ROOT


def test_small_regency_counts_are_withheld_but_zero_totals_and_rates_are_not():
    reg = kd.muat_registry()
    df = kd.muat_data(registry=reg)
    tampil, samar = privasi.samarkan(df, reg)
    assert len(tampil) + len(samar) == len(df)
    assert ((samar["nilai"] >= 1) & (samar["nilai"] <= 2)).all()
    assert set(samar["kode_bps"]) <= set(privasi.regions.KABKOTA)
    # UPT PPA child reports Jan-Jun 2022: Kotawaringin Barat 1, Sukamara 1, Barito Timur 1 ... withheld
    lap = samar[samar["indikator"] == "laporan_kekerasan_anak_uptppa"]
    assert {"6201", "6206", "6212"} <= set(lap["kode_bps"])
    # the province's 2 trafficking cases and Lamandau's published 0 stay visible
    kunci = tampil.set_index(["kode_bps", "indikator", "tahun"])["nilai"]
    assert kunci[("6200", "kasus_kekerasan_trafficking", 2023)] == 2
    assert kunci[("6207", "kasus_kekerasan_perempuan_anak", 2023)] == 0
    assert privasi.wilayah_disamarkan(samar, "laporan_kekerasan_anak_uptppa", 2022)[:2] == \
        ["Barito Timur", "Gunung Mas"]


def test_landing_map_greys_withheld_counts_and_names_them():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["ind"] = "laporan_kekerasan_anak_uptppa"
    at.run()
    tabel = at.dataframe[0].value
    nilai = dict(zip(tabel["Wilayah"], tabel[tabel.columns[-1]]))
    assert nilai["Kotawaringin Barat"] == "disamarkan"  # withheld, not missing
    assert nilai["Murung Raya"] == "4"
    teks = " ".join(c.value for c in at.caption)
    assert "disamarkan untuk melindungi identitas korban" in teks and "Kotawaringin Barat" in teks
    assert "1" not in set(nilai.values()) and "2" not in set(nilai.values())
