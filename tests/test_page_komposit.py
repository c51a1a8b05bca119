"""AppTest of pages/6_Indeks_Komposit.py on the real data."""
from __future__ import annotations

from bantu import jalankan, judul_grafik, metrik, sel_tabel, teks_halaman
from kalteng_gender import regions

HALAMAN = "pages/6_Indeks_Komposit.py"


def test_komposit_bawaan_kalteng_2023():
    at = jalankan(HALAMAN)
    m = metrik(at)
    assert m["IKG terbit · Kalimantan Tengah 2023"] == "0,541"
    assert m["IKG dihitung ulang · 2023"] == "—"
    assert "tidak dapat dihitung: komponen yang tidak ada di data" in teks_halaman(at)
    assert m["IKG Indonesia 2023"] == "0,447"
    assert m["IDG Kalimantan Tengah 2023"] == "79,99" and m["IPG Kalimantan Tengah 2023"] == "89,49"
    tulisan = teks_halaman(at)
    assert "keterwakilan perempuan di parlemen, penduduk 25+ berpendidikan SMA ke atas (L/P)." in tulisan
    assert "naik dari 0,526 (2022) menjadi 0,541 (2023)" in tulisan
    assert "Jika dimensi pasar kerja setara, IKG turun dari 0,447 ke 0,418." in tulisan  # labelled reference
    assert "BUKAN angka Kalimantan Tengah" in tulisan
    sel = sel_tabel(at)
    assert {"Jawa Barat", "0,490", "0,4897", "35,56 (2019)", "37,80", "12,60"} <= sel
    assert any("Cara menghitung IKG" in j for j in judul_grafik(at))


def test_komposit_bukti_ipg_dari_ipm_p_dan_l():
    """Issue 10: IPG 2025 recomputed from IPM P and L equals the published IPG for all 14, to ±0,01."""
    at = jalankan(HALAMAN)
    cek = next(d.value for d in at.dataframe if "IPG dihitung" in d.value.columns)
    assert sorted(cek["Wilayah"]) == sorted(regions.NAMA[k] for k in list(regions.KABKOTA))
    assert set(cek["Tahun"]) == {"2025"} and set(cek["Sesuai (±0,01)"]) == {"ya"}
    mura = cek.set_index("Wilayah").loc["Murung Raya"]  # stis_kab_gender_2025.csv: 66,07 / 77,25; IPG 85,53
    assert (mura["IPM perempuan"], mura["IPM laki-laki"], mura["IPG dihitung"], mura["IPG terbit"]) == (
        "66,07", "77,25", "85,53", "85,53")
    assert "14 dari 14 sesuai dalam ±0,01" in teks_halaman(at)
    assert "Bukti: IPG dihitung ulang dari IPM perempuan dan laki-laki" in [h.value for h in at.subheader]


def test_komposit_ganti_tahun_dan_diagram():
    at = jalankan(HALAMAN)
    at.selectbox(key="w_tahun").select(2021).run()
    assert not at.exception
    assert metrik(at)["IKG terbit · Kalimantan Tengah 2021"] == "0,537"
    assert "MHPK20 (melahirkan hidup pertama sebelum umur 20), keterwakilan perempuan di parlemen, TPAK (L/P)." \
        in teks_halaman(at)
    at.radio(key="w_diagram_indeks").set_value("ipg").run()
    assert not at.exception
    assert any("IPG" in l.value for l in at.latex)
    assert any("Cara menghitung IPG" in j for j in judul_grafik(at))


def test_komposit_param_url_wilayah_lain_dan_tidak_sah():
    at = jalankan(HALAMAN, wil="6201")
    assert at.selectbox(key="w_wil").value == "6201"
    m = metrik(at)
    assert m["IPG Kotawaringin Barat 2023"] == "92,05" and m["IDG Kotawaringin Barat 2023"] == "66,18"
    # the newest IKG is the 2025 compilation; no Indonesia figure that year, said so
    assert m["IKG terbit · Kotawaringin Barat 2025"] == "0,438" and m["IKG Indonesia 2025"] == "data tidak tersedia"
    at = jalankan(HALAMAN, wil="6206", tahun="abc")
    assert at.selectbox(key="w_tahun").value == 2025 and metrik(at)["IKG terbit · Sukamara 2025"] == "0,447"
    assert any("'abc' untuk 'tahun' tidak sah" in t.value for t in at.toast)
    at = jalankan(HALAMAN, tahun="1999")
    assert at.selectbox(key="w_tahun").value == 2023
    assert any("'1999' untuk 'tahun' tidak sah" in t.value for t in at.toast)


def test_komposit_bahasa_inggris():
    at = jalankan(HALAMAN, lang="en")
    assert at.title[0].value == "Composite Indices"
