"""Loading, validation (one bad file per rule, message asserted), registry and the reproducible build."""
import pandas as pd
import pytest

from kalteng_gender import build, data as kd, regions


def nilai(df, kode, ind, tahun, jk="T"):
    sel = df[(df.kode_bps == kode) & (df.indikator == ind) & (df.tahun == tahun) & (df.jenis_kelamin == jk)]
    assert len(sel) == 1, (kode, ind, tahun, jk, len(sel))
    return sel.iloc[0]


def test_shipped_data_holds_published_kalteng_figures(df):
    assert nilai(df, "6200", "ikg", 2023).nilai == pytest.approx(0.541)
    assert nilai(df, "6200", "ikg", 2022).nilai == pytest.approx(0.526)
    assert nilai(df, "6200", "idg", 2021).nilai == pytest.approx(82.08)
    assert nilai(df, "6211", "idg", 2021).nilai == pytest.approx(88.71)
    assert nilai(df, "0000", "ikg", 2023).nilai == pytest.approx(0.447)


def test_every_indicator_in_data_is_in_registry(df, reg):
    assert set(df.indikator) <= set(reg.id)
    assert set(df.kode_bps) <= regions.KODE_SAH
    assert not df.duplicated(kd.KUNCI).any()


def test_all_14_regencies_have_violence_reports_2023(df):
    sel = df[(df.indikator == "kasus_kekerasan_perempuan_anak") & (df.tahun == 2023)]
    assert set(sel.kode_bps) >= set(regions.KABKOTA)
    kab = sel[sel.kode_bps.isin(regions.KABKOTA)]
    assert kab.nilai.sum() == nilai(df, "6200", "kasus_kekerasan_perempuan_anak", 2023).nilai == 294


def test_build_is_reproducible_from_raw(df):
    ulang = build.bangun()
    kd.validasi(ulang, "ulang.csv")
    pd.testing.assert_frame_equal(ulang.reset_index(drop=True), df.reset_index(drop=True), check_dtype=False)


def test_build_converts_units_and_notes_cross_checks(df):
    # BPS gives MTF 2022 as 32.4 %, beritakalteng as 0.324: one row in percent, the agreement noted.
    mtf = nilai(df, "6200", "mtf", 2022, "P")
    assert mtf.nilai == pytest.approx(32.4) and mtf.satuan == "persen"
    assert "bps.go.id" in mtf.sumber and "dicek silang" in mtf.catatan
    ikg = nilai(df, "6200", "ikg", 2022)
    assert "kaltengnews" in ikg.catatan
    # thousands are converted, the source's wording kept
    plk = nilai(df, "6271", "penduduk_proyeksi", 2024)
    assert plk.nilai == pytest.approx(310110) and "ribu" in plk.catatan


def test_conflicting_sources_keep_bps_and_record_conflict(reg):
    raw = pd.DataFrame({
        "kode_bps": ["6200", "6200"], "wilayah": ["Kalimantan Tengah"] * 2, "tahun": ["2023"] * 2,
        "indikator": ["ikg"] * 2, "jenis_kelamin": ["total"] * 2, "nilai": ["0.542", "0.541"],
        "satuan": ["indeks (0-1)"] * 2, "sumber": ["https://koran.example/x", "https://kalteng.bps.go.id/y"],
    })
    out = build.gabung_sumber(build.bersihkan(raw, reg))
    assert len(out) == 1
    assert out.iloc[0].nilai == pytest.approx(0.541)
    assert "KONFLIK" in out.iloc[0].catatan and "0.542" in out.iloc[0].catatan


def _tulis(tmp_path, rows, kolom=None):
    kolom = kolom or kd.KOLOM
    path = tmp_path / "uji.csv"
    pd.DataFrame(rows, columns=kolom).to_csv(path, index=False)
    return path


BAIK = ["6201", "Kotawaringin Barat", "2023", "tpak_agustus", "P", "55.1", "persen", "BPS", ""]


@pytest.mark.parametrize("ubah, pesan", [
    ({0: "6299"}, "baris 3, kolom 'kode_bps': kode wilayah '6299' tidak dikenal"),
    ({5: "abc"}, "baris 3, kolom 'nilai': nilai 'abc' bukan angka"),
    ({5: "120"}, "baris 3, kolom 'nilai': nilai 120 di luar rentang 0–100 untuk 'tpak_agustus' (persen)"),
    ({3: "ikg", 6: "indeks (0-1)", 5: "1.7"}, "nilai 1.7 di luar rentang 0–1 untuk 'ikg'"),
    ({3: "tpak_tahunan"}, "baris 3, kolom 'indikator': indikator 'tpak_tahunan' tidak ada di registry"),
    ({4: "W"}, "baris 3, kolom 'jenis_kelamin': jenis kelamin 'W' harus P, L atau T"),
    ({2: "1990"}, "baris 3, kolom 'tahun': tahun '1990' di luar 2000"),
    ({7: ""}, "baris 3, kolom 'sumber': isian kosong"),
    ({4: "L", 5: "80"}, None),  # control: a valid second row passes
])
def test_each_rule_refuses_the_file_with_file_row_column_reason(tmp_path, reg, ubah, pesan):
    kedua = list(BAIK)
    kedua[4] = "L"
    for i, v in ubah.items():
        kedua[i] = v
    path = _tulis(tmp_path, [BAIK, kedua])
    if pesan is None:
        assert len(kd.muat_data(path, reg)) == 2
        return
    with pytest.raises(kd.DataError) as e:
        kd.muat_data(path, reg)
    assert "uji.csv" in str(e.value) and pesan in str(e.value)


def test_duplicate_key_is_refused(tmp_path, reg):
    path = _tulis(tmp_path, [BAIK, BAIK])
    with pytest.raises(kd.DataError, match=r"baris 2, 3: kunci ganda \(6201, 2023, tpak_agustus, P\)"):
        kd.muat_data(path, reg)


def test_missing_column_and_empty_file_are_refused(tmp_path, reg):
    path = _tulis(tmp_path, [BAIK[:-1]], kolom=kd.KOLOM[:-1])
    with pytest.raises(kd.DataError, match="kolom wajib 'catatan' tidak ada"):
        kd.muat_data(path, reg)
    kosong = tmp_path / "kosong.csv"
    kosong.write_text("")
    with pytest.raises(kd.DataError, match="kosong"):
        kd.muat_data(kosong, reg)
    with pytest.raises(kd.DataError, match="tidak ditemukan"):
        kd.muat_data(tmp_path / "tidak_ada.csv", reg)


def test_registry_rejects_unknown_sector(tmp_path):
    reg = pd.read_csv(kd.REGISTRY_FILE, dtype=str, keep_default_na=False)
    reg.loc[0, "sektor"] = "olahraga"
    path = tmp_path / "indikator.csv"
    reg.to_csv(path, index=False)
    with pytest.raises(kd.DataError, match="ikg"):
        kd.muat_registry(path)


def test_registry_is_complete(reg):
    assert reg.label_id.str.len().gt(0).all() and reg.label_en.str.len().gt(0).all()
    assert reg.definisi.str.len().gt(10).all()
    assert set(reg.sektor) == set(kd.SEKTOR)
    persen = reg[reg.satuan == "persen"]
    assert (persen.rentang_min == 0).all() and (persen.rentang_maks == 100).all()


def test_coverage_matrix_counts_years(df, reg):
    semua = kd.cakupan(df, reg)
    # BPS tables IKG1.csv and IKG.csv: 2018-2023 for the province and Indonesia; Kobar also has 2025 (secondary)
    assert semua.loc["ikg", "6200"] == 6
    assert semua.loc["ikg", "0000"] == 6
    assert semua.loc["ikg", "6201"] == 7
    assert semua.loc["pct_sma_keatas", "6201"] == 0  # only the province is published (antara_ikg2018_2022.csv)
    th = kd.cakupan(df, reg, 2023)
    assert (th.loc["kasus_kekerasan_perempuan_anak", list(regions.KABKOTA)] == 1).all()
    assert (th.loc[["ipg", "idg", "ikg"], [*regions.KABKOTA, "6200", "0000"]] == 1).all().all()
    assert "ipg_sp2020" not in th.index  # IPG on the SP2020 basis starts in 2024


def test_baca_csv_kosong_bila_berkas_tidak_ada(tmp_path):
    kosong = kd.baca_csv(tmp_path / "tidak_ada.csv", ["a", "b"])
    assert kosong.empty and list(kosong.columns) == ["a", "b"]
    (tmp_path / "ada.csv").write_text("a,b\nNA,\n", encoding="utf-8")
    ada = kd.baca_csv(tmp_path / "ada.csv", ["a", "b"], dtype=str)
    assert ada.values.tolist() == [["NA", ""]]  # no text read as missing


def test_baris_indikator(df):
    ipm = kd.baris_indikator(df, "ipm")
    assert len(ipm) and set(ipm["indikator"]) == {"ipm"}
    assert set(kd.baris_indikator(df, "ipm", 2020)["tahun"]) == {2020}
    assert kd.baris_indikator(df, "ipm", 1900).empty


def test_perintah_kode_keluar_dan_pesan(capsys):
    assert kd.perintah(lambda: print("selesai")) == 0
    assert capsys.readouterr() == ("selesai\n", "")

    def tolak():
        raise kd.DataError("berkas ditolak")
    assert kd.perintah(tolak) == 1 and capsys.readouterr() == ("", "berkas ditolak\n")
    with pytest.raises(ValueError):  # anything else is a bug: it is not hidden
        kd.perintah(lambda: int("x"))
