"""The graded sources table (data/sumber.csv): every source of the data graded, bad tables refused, and the
build's preference for the better grade when two sources disagree."""
import pandas as pd
import pytest

from kalteng_gender import build, data as kd, sumber

SALINAN = "github:vannesayaa/dinamika-perubahan-IPG-IKG-IDG-Indonesia/{}.csv@44ca8896e1eff089355f113bea99a5e441331b0f"
BPS_IKG, BPS_IPG1 = SALINAN.format("IKG"), SALINAN.format("IPG1")
STIS = "github:allinawll/UASVisdatAul/data/kab_gender.csv@85b4c8de8ad0f5534fc8a76a858b617b7af1763d"
BERITA_IKG = "https://beritakalteng.com/2024/05/06/indeks-ketimpangan-gender-kalteng-2023-sebesar-0542-poin"
PIDATO_KOBAR = "https://intimnews.com/upacara-hut-ke-62-nurhidayah-paparkan-prestasi-dari-kabupaten-kobar"


@pytest.fixture(scope="module")
def tabel():
    return sumber.muat()


def test_every_source_in_the_data_has_a_graded_row(tabel):
    df = kd.muat_data()
    assert set(df["sumber"]) <= set(tabel["sumber"])
    assert set(tabel["tingkat"]) == {"resmi", "salinan_resmi", "pers", "sekunder"}
    assert (tabel["penerbit"].str.len() > 0).all() and (tabel["catatan"].str.len() > 10).all()


def test_grades_of_known_sources(tabel):
    g = sumber.tingkat(pd.Series([BPS_IKG, STIS, BERITA_IKG, PIDATO_KOBAR]), tabel).tolist()
    assert g == ["salinan_resmi", "sekunder", "pers", "pers"]
    # not in the table: a BPS page or a BPS table file is official by rule, anything else is ungraded
    aturan = sumber.tingkat(pd.Series(["https://kalteng.bps.go.id/x", "BPS, tabel dinamis 'IPG'",
                                       "https://blog.contoh/x"]), tabel).tolist()
    assert aturan == ["resmi", "resmi", "belum_dinilai"]
    assert sumber.TINGKAT.index("salinan_resmi") < sumber.TINGKAT.index("pers") < sumber.TINGKAT.index("sekunder")


def test_rincian_names_publisher_grade_and_rule(tabel):
    r = sumber.rincian([STIS, STIS, "https://kalteng.bps.go.id/x", "https://blog.contoh/x", ""], tabel)
    assert r["sumber"].tolist() == [STIS, "https://kalteng.bps.go.id/x", "https://blog.contoh/x"]
    assert "STIS" in r.iloc[0]["penerbit"] and r.iloc[0]["tingkat"] == sumber.LABEL["sekunder"]
    assert r.iloc[1]["tingkat"] == sumber.LABEL["resmi"] and "aturan" in r.iloc[1]["catatan"]
    assert r.iloc[2]["tingkat"] == sumber.LABEL["belum_dinilai"] and r.iloc[2]["penerbit"] == ""


@pytest.mark.parametrize("ubah, pesan", [
    ({"tingkat": "bagus"}, "baris 3, kolom 'tingkat': 'bagus' bukan salah satu dari resmi, salinan_resmi, pers"),
    ({"sumber": None}, "baris 3, kolom 'sumber': sumber ganda"),
])
def test_bad_sources_table_is_refused_with_row_and_column(tmp_path, tabel, ubah, pesan):
    t = tabel.head(2).copy()
    for k, v in ubah.items():
        t.loc[t.index[1], k] = v if v is not None else t.iloc[0][k]
    path = tmp_path / "sumber.csv"
    t.to_csv(path, index=False)
    with pytest.raises(kd.DataError, match=pesan):
        sumber.muat(path)
    t.drop(columns="penerbit").to_csv(path, index=False)
    with pytest.raises(kd.DataError, match="kolom hilang: penerbit"):
        sumber.muat(path)


def test_missing_sources_file_is_an_empty_table(tmp_path):
    t = sumber.muat(tmp_path / "tidak_ada.csv")
    assert t.empty and list(t.columns) == sumber.KOLOM


def _dua(reg, nilai, sumber_):
    raw = pd.DataFrame({"kode_bps": ["6201"] * 2, "wilayah": ["Kotawaringin Barat"] * 2, "tahun": ["2021"] * 2,
                        "indikator": ["ipg"] * 2, "jenis_kelamin": ["total"] * 2, "nilai": nilai,
                        "satuan": ["indeks (0-100)"] * 2, "sumber": sumber_})
    return build.bersihkan(raw, reg)


@pytest.mark.parametrize("baik", ["salinan_resmi", "resmi"])
def test_press_figure_loses_to_an_official_grade_whatever_the_order(reg, baik):
    kecil = pd.DataFrame({"sumber": ["pers:x", "tabel:y"], "penerbit": ["Koran", "BPS"], "judul": ["", ""],
                          "tingkat": ["pers", baik], "catatan": ["", ""]})
    for urutan in ((0, 1), (1, 0)):
        nilai, src = ["91.67", "91.69"], ["pers:x", "tabel:y"]
        out = build.gabung_sumber(_dua(reg, [nilai[i] for i in urutan], [src[i] for i in urutan]), kecil)
        assert len(out) == 1
        assert out.iloc[0].nilai == pytest.approx(91.69) and out.iloc[0].sumber == "tabel:y"
        assert "KONFLIK: sumber lain memberi 91.67 (pers:x)" in out.iloc[0].catatan


def test_secondary_loses_to_press_and_equal_figures_are_a_cross_check(reg):
    kecil = pd.DataFrame({"sumber": ["pers:x", "sek:y"], "penerbit": ["Koran", "Mahasiswa"], "judul": ["", ""],
                          "tingkat": ["pers", "sekunder"], "catatan": ["", ""]})
    out = build.gabung_sumber(_dua(reg, ["90.1", "90.2"], ["sek:y", "pers:x"]), kecil)
    assert out.iloc[0].nilai == pytest.approx(90.2) and "KONFLIK" in out.iloc[0].catatan
    sama = build.gabung_sumber(_dua(reg, ["90.2", "90.2"], ["sek:y", "pers:x"]), kecil)
    assert sama.iloc[0].sumber == "pers:x" and "dicek silang, sama dengan: sek:y" in sama.iloc[0].catatan


def test_kobar_ipg_2021_bps_table_beats_the_speech(reg):
    """A speech quoted Kobar's IPG 2021 as 91.67 (BPS's 2020 value); the BPS table (IPG1.csv) says 91.69."""
    df = kd.muat_data(registry=reg)
    r = df[(df.kode_bps == "6201") & (df.indikator == "ipg") & (df.tahun == 2021)].iloc[0]
    assert r.nilai == pytest.approx(91.69) and r.sumber == BPS_IPG1
    assert f"KONFLIK: sumber lain memberi 91.67 ({PIDATO_KOBAR})" in r.catatan
    r2020 = df[(df.kode_bps == "6201") & (df.indikator == "ipg") & (df.tahun == 2020)].iloc[0]
    assert r2020.nilai == pytest.approx(91.67)
