"""AppTest of pages 3 (Kesenjangan per Sektor), 4 (Profil Wilayah) and 6 (Indeks Komposit) on the real data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

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
    return [json.loads(e.proto.spec)["layout"]["title"]["text"] for e in at.get("plotly_chart")]


def sel_tabel(at: AppTest) -> set[str]:
    """Every cell of every st.dataframe on the page, as text."""
    return {str(v) for d in at.dataframe for v in d.value.astype(str).to_numpy().ravel()}


def teks(at: AppTest) -> str:
    bagian = [m.value for m in at.markdown] + [c.value for c in at.caption] + [w.value for w in at.warning] \
        + [i.value for i in at.info] + [e.value for e in at.error] + [s.value for s in at.success]
    return "\n".join(bagian)


def metrik(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# --- page 3: Kesenjangan per Sektor --------------------------------------------------------------------------
def test_sektor_bawaan_heatmap_dan_nilai_nyata():
    at = jalankan(SEKTOR)
    assert at.selectbox(key="w_sektor").value == "semua"
    # sectors with a female/male pair come first; the others keep their tab with coverage notes
    assert [t.label for t in at.tabs] == ["Pendidikan", "Ekonomi & ketenagakerjaan",
                                          "Politik & pengambilan keputusan", "Perlindungan perempuan & anak",
                                          "Indeks komposit", "Kesehatan", "Demografi"]
    judul = judul_grafik(at)
    assert judul[0].startswith("Jarak dari kesetaraan: rasio P/L — Semua sektor, terbaru per wilayah")
    hm = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][1]
    teks_sel = {t for baris in hm["text"] for t in baris if t}
    assert {"0,59<br>2025", "0,25<br>2024", "0,19<br>2019", "5,16<br>2023"} <= teks_sel
    sel = sel_tabel(at)
    assert {"50,34", "85,26", "−34,92", "16,00", "84,00 (100 − P)"} <= sel
    assert "8 dari 320 sel punya pasangan P dan L" in teks(at)


def test_sektor_ganti_sektor_dan_tahun():
    at = jalankan(SEKTOR)
    at.selectbox(key="w_sektor").select("ekonomi").run()
    assert not at.exception and len(at.tabs) == 0
    assert at.query_params["sektor"] == "ekonomi"
    assert "Perempuan vs laki-laki — Ekonomi & ketenagakerjaan, terbaru per wilayah (satuan dan tahun per panel)" \
        in judul_grafik(at)
    assert {"50,34", "−34,92", "4,43", "+0,72"} <= sel_tabel(at)
    at.selectbox(key="w_tahun").select(2023).run()
    assert not at.exception
    sel = sel_tabel(at)
    assert {"48,13", "84,85", "−36,72"} <= sel and "50,34" not in sel
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
    assert any("Kelengkapan data: 39 dari 53 indikator (73,6 %)" in m.value for m in at.markdown)
    tabel = at.dataframe[0].value.set_index("Indikator")
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "Nilai terbaru"] == "0,541"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "Indonesia"] == "0,447 (2023)"
    assert tabel.loc["Indeks Ketimpangan Gender (IKG)", "Tren"] == pytest.approx([0.537, 0.526, 0.541])
    assert metrik(at)["IKG terbit (BPS) · Kalimantan Tengah 2023"] == "0,541"
    assert judul_grafik(at)[0].startswith("Indeks Pembangunan Manusia (IPM; UHH lama) (Total (L+P)) — "
                                          "Kalimantan Tengah, 2015–2022")


def test_profil_wil_dari_url_dan_ganti_indikator():
    at = jalankan(PROFIL, wil="6271")
    assert at.selectbox(key="w_wil").value == "6271"
    tabel = at.dataframe[0].value.set_index("Indikator")
    r = tabel.loc["Indeks Pembangunan Manusia (IPM; UHH SP2020)"]
    assert (r["Nilai terbaru"], r["Peringkat di 14 kab/kota"], r["Kalteng"]) == ("82,20", "1 dari 3", "74,28 (2024)")
    assert tabel.loc["Peringkat IKG dalam provinsi (1 = ketimpangan terendah)", "Nilai terbaru"] == "1"
    assert any("23 dari 53" in m.value for m in at.markdown)
    at.selectbox(key="w_ind").select("ipm_sp2020").run()
    assert not at.exception
    assert judul_grafik(at)[0].startswith("Indeks Pembangunan Manusia (IPM; UHH SP2020) (Total (L+P)) — Palangka Raya")
    at.toggle(key="w_profil_hanya_ada").set_value(True).run()
    assert len(at.dataframe[0].value) == 23


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
        assert len(at.dataframe[0].value) == 53
    # Sukamara: IPM 2020 ranked last of the four kab/kota published that year
    at.selectbox(key="w_wil").select("6206").run()
    tabel = at.dataframe[0].value.set_index("Indikator")
    assert tabel.loc["Indeks Pembangunan Manusia (IPM; UHH lama)", "Peringkat di 14 kab/kota"] == "4 dari 4"


# --- page 6: Indeks Komposit -----------------------------------------------------------------------------
def test_komposit_bawaan_kalteng_2023():
    at = jalankan(KOMPOSIT)
    m = metrik(at)
    assert m["IKG terbit (BPS) · Kalimantan Tengah 2023"] == "0,541"
    assert m["IKG dihitung ulang · 2023"] == "—"
    assert "tidak dapat dihitung: komponen yang tidak ada di data" in teks(at)
    assert m["IKG Indonesia 2023"] == "0,447"
    assert m["IDG Kalimantan Tengah 2021 (BPS)"] == "82,08"
    tulisan = teks(at)
    assert "keterwakilan perempuan di parlemen, penduduk 25+ berpendidikan SMA ke atas (L/P)." in tulisan
    assert "naik dari 0,526 (2022) menjadi 0,541 (2023)" in tulisan
    assert "Jika dimensi pasar kerja setara, IKG turun dari 0,447 ke 0,418." in tulisan  # labelled reference
    assert "BUKAN angka Kalimantan Tengah" in tulisan
    sel = sel_tabel(at)
    assert {"Jawa Barat", "0,490", "0,4897", "35,56 (2019)", "37,80", "12,60"} <= sel
    assert any("Cara menghitung IKG" in j for j in judul_grafik(at))


def test_komposit_ganti_tahun_dan_diagram():
    at = jalankan(KOMPOSIT)
    at.selectbox(key="w_tahun").select(2021).run()
    assert not at.exception
    assert metrik(at)["IKG terbit (BPS) · Kalimantan Tengah 2021"] == "0,537"
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
    assert m["IPG Kotawaringin Barat 2021 (BPS)"] == "91,67"
    assert any(k.startswith("IKG terbit (BPS) · Kotawaringin Barat") and v == "data tidak tersedia"
               for k, v in m.items())
    at = jalankan(KOMPOSIT, wil="6206", tahun="abc")
    assert "belum ada IKG terbit maupun komponennya" in teks(at)
    at = jalankan(KOMPOSIT, tahun="1999")
    assert at.selectbox(key="w_tahun").value == 2023
    assert any("'1999' untuk 'tahun' tidak sah" in t.value for t in at.toast)


def test_komposit_bahasa_inggris():
    at = jalankan(KOMPOSIT, lang="en")
    assert at.title[0].value == "Composite Indices"
