"""AppTest of pages 3 (Kesenjangan per Sektor), 4 (Profil Wilayah) and 6 (Indeks Komposit) on the real data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kalteng_gender import regions

AKAR = Path(__file__).parent.parent
SEKTOR = str(AKAR / "pages/3_Kesenjangan_per_Sektor.py")
PROFIL = str(AKAR / "pages/4_Profil_Wilayah.py")
KOMPOSIT = str(AKAR / "pages/6_Indeks_Komposit.py")
KABKOTA = ["6201", "6202", "6203", "6204", "6205", "6206", "6207", "6208", "6209", "6210", "6211", "6212",
           "6213", "6271"]


def jalankan(path: str, **params) -> AppTest:
    at = AppTest.from_file(path, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def judul_grafik(at: AppTest) -> list[str]:
    """Chart titles as one line: the lines a title is wrapped onto (charts.bungkus_judul) joined by spaces, so a
    test compares words; an expected title is written the same way (" — " breaks a line, see `datar`)."""
    return [json.loads(e.proto.spec)["layout"]["title"]["text"].replace("<br>", " ") for e in at.get("plotly_chart")]


def datar(judul: str) -> str:
    """An expected title as judul_grafik returns it (" — " starts a new line of the wrapped title)."""
    return judul.replace(" — ", " ")


def sel_tabel(at: AppTest) -> set[str]:
    """Every cell of every st.dataframe on the page, as text."""
    return {str(v) for d in at.dataframe for v in d.value.astype(str).to_numpy().ravel()}


def teks(at: AppTest) -> str:
    bagian = [m.value for m in at.markdown] + [c.value for c in at.caption] + [w.value for w in at.warning] \
        + [i.value for i in at.info] + [e.value for e in at.error] + [s.value for s in at.success]
    return "\n".join(bagian)


def tabel_dengan(at: AppTest, *kolom: str):
    """The first st.dataframe with these columns."""
    return next(d.value for d in at.dataframe if set(kolom) <= set(d.value.columns))


def metrik(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# --- page 3: Kesenjangan per Sektor --------------------------------------------------------------------------
def test_sektor_bawaan_heatmap_dan_nilai_nyata():
    at = jalankan(SEKTOR)
    assert at.selectbox(key="w_sektor").value == "semua"
    # sectors with a female/male pair come first; the others keep their tab with coverage notes
    assert [t.label for t in at.tabs] == ["Indeks komposit", "Kesehatan", "Pendidikan", "Ekonomi & ketenagakerjaan",
                                          "Politik & pengambilan keputusan", "Perlindungan perempuan & anak",
                                          "Demografi"]
    judul = judul_grafik(at)
    assert judul[0].startswith(datar("Jarak dari kesetaraan: rasio P/L — Semua sektor, terbaru per wilayah"))
    hm = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][1]
    teks_sel = {t for baris in hm["text"] for t in baris if t}
    # Kalteng TPAK 2025 50,34/85,26; Kotim TPAK 2025 39,84/86,65 (STIS compilation); DPRD 2024: Kalteng 20 %,
    # Barito Selatan 52 % women (danangivan compilation). Reported violence (Kalteng 2023: 5,16 as many women as
    # men) is not coloured: reports are not prevalence.
    assert {"0,59<br>2025", "0,46<br>2025", "0,25<br>2024", "1,08<br>2024"} <= teks_sel
    assert "5,16<br>2023" not in teks_sel
    sel = sel_tabel(at)
    assert {"50,34", "85,26", "−34,92 poin persen", "20,00", "80,00 (100 − P)", "0,59"} <= sel
    assert "133 dari 320 sel punya pasangan P dan L" in teks(at)
    assert "terbit di tingkat provinsi" not in teks(at)
    # only the open tab (the first) is filled; its id is in the link
    assert at.query_params["tab"] == "indeks_komposit"
    assert datar("Perempuan vs laki-laki — Indeks komposit, terbaru per wilayah (satuan dan tahun per panel)") in judul
    assert not any(j.startswith("Perempuan vs laki-laki — Ekonomi") for j in judul)


def test_sektor_ganti_sektor_dan_tahun():
    at = jalankan(SEKTOR)
    at.selectbox(key="w_sektor").select("ekonomi").run()
    assert not at.exception and len(at.tabs) == 0
    assert at.query_params["sektor"] == "ekonomi"
    assert datar("Perempuan vs laki-laki — Ekonomi & ketenagakerjaan, terbaru per wilayah (satuan dan tahun per panel)") \
        in judul_grafik(at)
    assert {"50,34", "−34,92 poin persen", "4,43", "+0,72 poin persen"} <= sel_tabel(at)
    at.selectbox(key="w_tahun").select(2023).run()
    assert not at.exception
    sel = sel_tabel(at)
    assert {"48,13", "84,85", "−36,72 poin persen"} <= sel and "50,34" not in sel
    at.selectbox(key="w_sektor").select("demografi").run()  # all neutral: no heat map, table still there
    assert not at.exception and "tanpa arah lebih baik (netral)" in sel_tabel(at)


def test_sektor_param_url_sah_dan_tidak_sah():
    at = jalankan(SEKTOR, sektor="politik", tahun="2019")
    assert at.selectbox(key="w_sektor").value == "politik" and at.selectbox(key="w_tahun").value == 2019
    assert {"16,00", "84,00 (100 − P)", "40,27"} <= sel_tabel(at)
    at = jalankan(SEKTOR, sektor="<script>", tahun="1800")
    assert at.selectbox(key="w_sektor").value == "semua" and at.selectbox(key="w_tahun").value == "terbaru"
    pesan = " ".join(t.value for t in at.toast)
    assert "'sektor' tidak sah" in pesan and "'tahun' tidak sah" in pesan


# --- page 4: Profil Wilayah ---------------------------------------------------------------------------------
def test_profil_bawaan_kalteng():
    at = jalankan(PROFIL)
    assert at.selectbox(key="w_wil").value == "6200"
    assert any("Kelengkapan data: 42 dari 61 indikator (68,9 %)" in m.value for m in at.markdown)
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "nilai_terbaru"] == "0,541"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "indonesia"] == "0,447 (2023)"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "tren"] == pytest.approx(
        [0.565, 0.541, 0.547, 0.537, 0.526, 0.541])  # IKG1.csv, IKG.csv
    assert tabel.loc["Indeks Pembangunan Gender (IPG)", "nilai_terbaru"] == "89,49"
    assert metrik(at)["IKG terbit · Kalimantan Tengah 2023"] == "0,541"
    assert judul_grafik(at)[0].startswith(datar("Indeks Pemberdayaan Gender (IDG) (Total (L+P)) — Kalimantan Tengah"))
    # national context: the province among the 34 provinces of BPS's tables
    konteks = teks(at)
    assert "IKG Kalimantan Tengah 2023: 0,541 — peringkat 33 dari 34 provinsi" in konteks
    assert "IPG Kalimantan Tengah 2023: 89,49 — peringkat 26 dari 34 provinsi" in konteks
    # sources by publisher and grade, never a raw id
    assert tabel.loc["Indeks Pembangunan Gender (IPG)", "sumber"].endswith(")")
    assert not any(str(x).startswith(("github:", "http")) for x in tabel["sumber"])


def test_profil_daftar_kerja_dan_cakupan():
    at = jalankan(PROFIL, wil="6207")
    tabel = at.dataframe[0].value.set_index("label")
    # a small withheld count is "disamarkan", not "data tidak tersedia", and reports are not ranked
    assert tabel.loc["Korban kekerasan: perempuan dewasa", "nilai_terbaru"] == "disamarkan"
    todo = tabel_dengan(at, "cari_di").set_index("label")
    assert "Korban kekerasan: perempuan dewasa" not in todo.index  # withheld is published, not a to-do
    r = todo.loc["Penduduk 25+ berpendidikan SMA ke atas"]
    assert r["cakupan"] == "0/14" and r["cari_di"].startswith('BPS: "Lamandau Dalam Angka"')
    cak = tabel_dengan(at, "cakupan", "wilayah")
    assert cak["wilayah"].iloc[0] == "Kalimantan Tengah" and "36,1 %" in set(cak["cakupan"])
    assert any("Perbarui" in str(x) for x in at.get("page_link")) or "Perbarui Data" in teks(at)


def test_profil_bahasa_inggris():
    at = jalankan(PROFIL, lang="en", wil="6271")
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Gender Development Index (IPG)", "peringkat"] == "1 of 14"
    assert any("Data completeness: 35 of 61 indicators" in m.value for m in at.markdown)
    assert "data tidak tersedia" not in " ".join(str(x) for x in tabel.to_numpy().ravel())


def test_profil_wil_dari_url_dan_ganti_indikator():
    at = jalankan(PROFIL, wil="6271")
    assert at.selectbox(key="w_wil").value == "6271"
    tabel = at.dataframe[0].value.set_index("label")
    r = tabel.loc["Indeks Pembangunan Manusia (IPM; UHH SP2020)"]
    assert (r["nilai_terbaru"], r["peringkat"], r["kalteng"]) == ("82,20", "1 dari 3", "74,28 (2024)")
    assert tabel.loc["Peringkat IKG dalam provinsi (1 = ketimpangan terendah)", "nilai_terbaru"] == "1"
    ipg = tabel.loc["Indeks Pembangunan Gender (IPG)"]  # IPG.csv 2023
    assert (ipg["nilai_terbaru"], ipg["peringkat"], ipg["kalteng"]) == (
        "95,51", "1 dari 14", "89,49 (2023)")
    assert any("35 dari 61" in m.value for m in at.markdown)
    assert "IKG Palangka Raya 2023: 0,415 — peringkat 1 dari 14 di Kalteng" in teks(at)
    at.selectbox(key="w_ind").select("ipm_sp2020").run()
    assert not at.exception
    assert judul_grafik(at)[0].startswith(
        datar("Indeks Pembangunan Manusia (IPM; UHH SP2020) (Total (L+P)) — Palangka Raya"))
    at.toggle(key="w_profil_hanya_ada").set_value(True).run()
    assert len(at.dataframe[0].value) == 35


def test_profil_wil_tidak_sah_kembali_ke_kalteng():
    at = jalankan(PROFIL, wil="9999")
    assert at.selectbox(key="w_wil").value == "6200"
    assert any("'9999' untuk 'wil' tidak sah" in t.value for t in at.toast)


def test_profil_bisa_untuk_setiap_kabkota():
    at = jalankan(PROFIL)
    for kode in KABKOTA:
        at.selectbox(key="w_wil").select(kode).run()
        assert not at.exception, kode
        assert at.query_params["wil"] == kode
        assert any("Kelengkapan data:" in m.value for m in at.markdown), kode
        assert len(at.dataframe[0].value) == 61
        assert "peringkat" in teks(at) and "di Kalteng" in teks(at), kode  # national context for every regency
    # Sukamara: IPM 2020 ranked last of the four kab/kota published that year
    at.selectbox(key="w_wil").select("6206").run()
    tabel = at.dataframe[0].value.set_index("label")
    assert tabel.loc["Indeks Pembangunan Manusia (IPM; UHH lama)", "peringkat"] == "4 dari 4"


# --- page 6: Indeks Komposit -----------------------------------------------------------------------------
def test_komposit_bawaan_kalteng_2023():
    at = jalankan(KOMPOSIT)
    m = metrik(at)
    assert m["IKG terbit · Kalimantan Tengah 2023"] == "0,541"
    assert m["IKG dihitung ulang · 2023"] == "—"
    assert "tidak dapat dihitung: komponen yang tidak ada di data" in teks(at)
    assert m["IKG Indonesia 2023"] == "0,447"
    assert m["IDG Kalimantan Tengah 2023"] == "79,99" and m["IPG Kalimantan Tengah 2023"] == "89,49"
    tulisan = teks(at)
    assert "keterwakilan perempuan di parlemen, penduduk 25+ berpendidikan SMA ke atas (L/P)." in tulisan
    assert "naik dari 0,526 (2022) menjadi 0,541 (2023)" in tulisan
    assert "Jika dimensi pasar kerja setara, IKG turun dari 0,447 ke 0,418." in tulisan  # labelled reference
    assert "BUKAN angka Kalimantan Tengah" in tulisan
    sel = sel_tabel(at)
    assert {"Jawa Barat", "0,490", "0,4897", "35,56 (2019)", "37,80", "12,60"} <= sel
    assert any("Cara menghitung IKG" in j for j in judul_grafik(at))


def test_komposit_bukti_ipg_dari_ipm_p_dan_l():
    """Issue 10: IPG 2025 recomputed from IPM P and L equals the published IPG for all 14, to ±0,01."""
    at = jalankan(KOMPOSIT)
    cek = next(d.value for d in at.dataframe if "IPG dihitung" in d.value.columns)
    assert sorted(cek["Wilayah"]) == sorted(regions.NAMA[k] for k in KABKOTA)
    assert set(cek["Tahun"]) == {"2025"} and set(cek["Sesuai (±0,01)"]) == {"ya"}
    mura = cek.set_index("Wilayah").loc["Murung Raya"]  # stis_kab_gender_2025.csv: 66,07 / 77,25; IPG 85,53
    assert (mura["IPM perempuan"], mura["IPM laki-laki"], mura["IPG dihitung"], mura["IPG terbit"]) == (
        "66,07", "77,25", "85,53", "85,53")
    assert "14 dari 14 sesuai dalam ±0,01" in teks(at)
    assert "Bukti: IPG dihitung ulang dari IPM perempuan dan laki-laki" in [h.value for h in at.subheader]


def test_komposit_ganti_tahun_dan_diagram():
    at = jalankan(KOMPOSIT)
    at.selectbox(key="w_tahun").select(2021).run()
    assert not at.exception
    assert metrik(at)["IKG terbit · Kalimantan Tengah 2021"] == "0,537"
    assert "MHPK20 (melahirkan hidup pertama sebelum umur 20), keterwakilan perempuan di parlemen, TPAK (L/P)." \
        in teks(at)
    at.radio(key="w_diagram_indeks").set_value("ipg").run()
    assert not at.exception
    assert any("IPG" in l.value for l in at.latex)
    assert any("Cara menghitung IPG" in j for j in judul_grafik(at))


def test_komposit_param_url_wilayah_lain_dan_tidak_sah():
    at = jalankan(KOMPOSIT, wil="6201")
    assert at.selectbox(key="w_wil").value == "6201"
    m = metrik(at)
    assert m["IPG Kotawaringin Barat 2023"] == "92,05" and m["IDG Kotawaringin Barat 2023"] == "66,18"
    # the newest IKG is the 2025 compilation; no Indonesia figure that year, said so
    assert m["IKG terbit · Kotawaringin Barat 2025"] == "0,438" and m["IKG Indonesia 2025"] == "data tidak tersedia"
    at = jalankan(KOMPOSIT, wil="6206", tahun="abc")
    assert at.selectbox(key="w_tahun").value == 2025 and metrik(at)["IKG terbit · Sukamara 2025"] == "0,447"
    assert any("'abc' untuk 'tahun' tidak sah" in t.value for t in at.toast)
    at = jalankan(KOMPOSIT, tahun="1999")
    assert at.selectbox(key="w_tahun").value == 2023
    assert any("'1999' untuk 'tahun' tidak sah" in t.value for t in at.toast)


def test_komposit_bahasa_inggris():
    at = jalankan(KOMPOSIT, lang="en")
    assert at.title[0].value == "Composite Indices"
