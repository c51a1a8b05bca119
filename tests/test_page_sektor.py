"""AppTest of pages/3_Kesenjangan_per_Sektor.py on the real data."""
from __future__ import annotations

import json

from bantu import datar, jalankan, judul_grafik, sel_tabel, teks_halaman

HALAMAN = "pages/3_Kesenjangan_per_Sektor.py"


def test_sektor_bawaan_heatmap_dan_nilai_nyata():
    at = jalankan(HALAMAN)
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
    assert "133 dari 320 sel punya pasangan P dan L" in teks_halaman(at)
    assert "terbit di tingkat provinsi" not in teks_halaman(at)
    # only the open tab (the first) is filled; its id is in the link
    assert at.query_params["tab"] == "indeks_komposit"
    assert datar("Perempuan vs laki-laki — Indeks komposit, terbaru per wilayah (satuan dan tahun per panel)") in judul
    assert not any(j.startswith("Perempuan vs laki-laki — Ekonomi") for j in judul)


def test_sektor_ganti_sektor_dan_tahun():
    at = jalankan(HALAMAN)
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
    at = jalankan(HALAMAN, sektor="politik", tahun="2019")
    assert at.selectbox(key="w_sektor").value == "politik" and at.selectbox(key="w_tahun").value == 2019
    assert {"16,00", "84,00 (100 − P)", "40,27"} <= sel_tabel(at)
    at = jalankan(HALAMAN, sektor="<script>", tahun="1800")
    assert at.selectbox(key="w_sektor").value == "semua" and at.selectbox(key="w_tahun").value == "terbaru"
    pesan = " ".join(t.value for t in at.toast)
    assert "'sektor' tidak sah" in pesan and "'tahun' tidak sah" in pesan
