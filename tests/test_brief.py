"""The leaders' brief (kalteng_gender.brief, brief_pdf) on the real data; the page is in test_page_pimpinan.py.

PDFs for the province and the 14 kab/kota are made once per session (conftest's pdf_semua; charts by matplotlib,
no browser).

Rule for the sentences ("no number that is not in the data"). After the registered indicator names and units
are removed (their digits belong to the name: "Penduduk 25+ …", "indeks (0-1)"), every number in a sentence
must be one of, for the region R:
  a. a year that occurs in the data of R, Indonesia (0000) or, for the headline indices, a kab/kota;
  b. a published value of R or Indonesia, or a kab/kota's headline index (IKG, IDG, IPG, published IKG rank),
     written as `fmt.nilai_satuan` writes it for the indicator's unit (with or without sign);
  c. the difference of two such values of the same indicator, computed from the values as displayed;
  d. a rank of a kab/kota among the kab/kota with data on a headline index in one year (rank 1 = better by the
     registry's direction, ties share the lower rank), the number of kab/kota with data there, or 14;
  e. 50, the parity of a women's share ("setara = 50 %").
"""
from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader

import bps_mentah
from bantu import jalankan, rapat
from kalteng_gender import aman, brief, brief_pdf, data as kd, fmt, regions, sektor

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = "pages/8_Ringkasan_Pimpinan.py"
SEMUA = [regions.PROVINSI, *regions.KABKOTA]
ANGKA = re.compile(r"[−+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[−+]?\d+(?:,\d+)?")


# --- the PDF --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kode", SEMUA)
def test_pdf_tiap_wilayah(pdf_semua, kode):
    b, isi, teks, n_hal = pdf_semua[kode]
    assert isi.startswith(b"%PDF") and n_hal == 1
    assert regions.NAMA[kode] in teks and b.jenis in teks
    for u in b.utama:  # the headline numbers, as the page's st.metric shows them
        assert rapat(u.judul) in teks and u.teks_nilai in teks and u.teks_nasional in teks
        assert rapat(u.teks_sekunder) in teks
        if u.teks_delta:
            assert f"{u.panah} {u.teks_delta}" in teks
    for k in b.kalimat:
        assert rapat(k) in teks, k
    for s in b.sebaran:
        assert rapat(s.teks) in teks
    assert b.tanggal_data in teks and "Sumber:" in teks
    for s in b.sumber:  # every source is printed (long URLs may wrap, so compare without spaces)
        assert s in teks.replace(" ", "")


def test_pdf_provinsi_isi(pdf_semua):
    b, _, teks, _ = pdf_semua[regions.PROVINSI]
    # BPS tables: IKG 0,541 (IKG.csv), IDG 79,99 / Indonesia 76,90 (IDG.csv), IPG 89,49 / Indonesia 91,85 (IPG.csv)
    for potong in ["Kalimantan Tengah", "0,541", "▲ +0,015 sejak 2022 (memburuk)", "Nasional 2023: 0,447", "79,99",
                   "Nasional 2023: 76,90", "89,49", "Nasional 2023: 91,85", "50,34", "85,26",
                   "−34,92 poin persen", "Palangka Raya 1", "Gunung Mas (89,29)", "Murung Raya (84,25)"]:
        assert potong in teks, potong
    assert all(u.teks_nilai != fmt.TIDAK_TERSEDIA for u in b.utama)


def test_pdf_kab_memuat_nilai_indeks_dan_posisi_nasional(pdf_semua):
    """Murung Raya's PDF: IKG, IDG and IPG 2023 from the BPS tables (the year of the ranks), the 2025 secondary IKG
    stated apart as such, national place."""
    b, _, teks, _ = pdf_semua["6213"]
    for potong in ["Indeks Ketimpangan Gender (IKG) · 2023", "0,598",
                   "Angka sekunder 2025: 0,578 (kompilasi, bukan rilis BPS)",
                   "Indeks Pemberdayaan Gender (IDG) · 2023",
                   "66,69", "Indeks Pembangunan Gender (IPG) · 2023", "84,25", "Nasional 2023: 91,85",
                   "menurut tabel BPS 2023 (peringkat 13 dari 14 di Kalteng)", "kab/kota paling timpang di Indonesia"]:
        assert potong in teks, potong


# --- content on the real data --------------------------------------------------------------------------------
def test_utama_provinsi(nyata):
    df, reg = nyata
    ikg, idg, ipg = brief.isi_brief(df, reg, regions.PROVINSI).utama
    assert (ikg.tahun, ikg.teks_nilai, ikg.tahun_lalu, ikg.panah, ikg.penilaian) == (2023, "0,541", 2022, "▲", "memburuk")
    assert ikg.teks_delta == "+0,015 sejak 2022 (memburuk)" and ikg.teks_nasional == "Nasional 2023: 0,447"
    assert ikg.teks_sejak_awal == "−0,024 sejak 2018 (membaik)"  # 0,565 in IKG1.csv
    # IDG.csv / IDG2.csv: 79,99 (2023), 81,98 (2022), 78,23 (2016); Indonesia 76,90
    assert (idg.tahun, idg.teks_nilai, idg.teks_delta, idg.teks_nasional) == (
        2023, "79,99", "−1,99 sejak 2022 (memburuk)", "Nasional 2023: 76,90")
    assert idg.teks_sejak_awal == "+1,76 sejak 2016 (membaik)"
    # IPG.csv / IPG2.csv: 89,49 (2023), 89,20 (2022), 89,07 (2016); Indonesia 91,85
    assert (ipg.tahun, ipg.teks_nilai, ipg.teks_delta, ipg.teks_nasional) == (
        2023, "89,49", "+0,29 sejak 2022 (membaik)", "Nasional 2023: 91,85")
    assert ipg.teks_sejak_awal == "+0,42 sejak 2016 (membaik)"
    assert {u.tingkat for u in (ikg, idg, ipg)} == {"salinan_resmi"} and "(" not in ipg.judul.split("·")[1]


def test_kesenjangan_provinsi(nyata):
    df, reg = nyata
    b = brief.isi_brief(df, reg, regions.PROVINSI)
    # across all sectors: women's 20 % of DPRD seats in 2024 (men 80 % = 100 − P) is the widest, |ln(20/80)|
    assert [(k.indikator, k.tahun, k.nomor) for k in b.kesenjangan] == [
        ("pct_perempuan_parlemen", 2024, 1), ("sumbangan_pendapatan_perempuan", 2024, 2), ("tpak_agustus", 2025, 3)]
    k = b.kesenjangan[0]
    assert (k.P, k.L, k.L_asal, k.keterangan) == (20.0, 80.0, "100 − P", "perempuan tertinggal")
    assert k.skor == pytest.approx(float(sektor.skor_paritas(20.0, 80.0, "naik").iloc[0]))
    tpak = b.kesenjangan[2]
    assert (tpak.P, tpak.L, tpak.selisih) == (50.34, 85.26, -34.92)
    assert [x.jarak for x in b.kesenjangan] == sorted((x.jarak for x in b.kesenjangan), reverse=True)
    # counts (victims by sex, population) and neutral indicators are never compared as gaps
    assert not {k.indikator for k in b.kesenjangan} & {"korban_kekerasan_perempuan_anak", "penduduk_proyeksi",
                                                        "pct_penduduk_jk"}
    tabel = b.tabel_kesenjangan()
    assert tabel.loc[0, ["No.", "Perempuan", "Laki-laki", "Selisih P − L", "P/L"]].tolist() == [
        "1", "20,00", "80,00 (100 − P)", "−60,00 poin persen", "0,25"]
    assert "Keterwakilan perempuan di DPRD 2024 hanya 20,00 persen" in b.kalimat[3]
    df_ = nyata[0]  # the sources of exactly the rows drawn
    kunci = {(regions.PROVINSI, x.indikator, x.tahun) for x in b.kesenjangan}
    dipakai = df_[[k in kunci for k in zip(df_["kode_bps"], df_["indikator"], df_["tahun"])]]
    assert b.sumber_grafik == sorted(dipakai["sumber"].unique()) and len(b.sumber_grafik) >= 2


def test_kesenjangan_sama_diberi_nomor_sama(nyata):
    """Two measures equally far from parity share a number, and a tie at the third place keeps both."""
    df, reg = nyata
    sel = df[df["kode_bps"] == "6271"]
    tpt = sel[(sel["indikator"] == "tpak_agustus") & (sel["tahun"] == 2025)]
    salinan = tpt.assign(indikator="tpak")  # the same P and L under a second TPAK series (test data)
    b = brief.isi_brief(pd.concat([df, salinan], ignore_index=True), reg, "6271")
    nomor = {k.indikator: k.nomor for k in b.kesenjangan}
    assert nomor["tpak"] == nomor["tpak_agustus"] == 3 and len(b.kesenjangan) == 4
    assert b.tabel_kesenjangan()["No."].tolist()[2:] == ["3 (sama)", "3 (sama)"]


def test_perbaikan_hanya_ukuran_gender(nyata, brief_semua):
    """Every 'improved' entry is a gender measure that moved towards parity: a female/male gap that narrowed while
    women were behind, a women's share that rose, or IKG/IDG/IPG that improved. Never a sex-blind total."""
    df, reg = nyata
    info = reg.set_index("id")
    jenis = set()
    for kode, b in brief_semua.items():
        for p in b.perbaikan:
            jenis.add(p.jenis)
            sel = df[(df["kode_bps"] == kode) & (df["indikator"] == p.indikator)]
            nilai = lambda jk, th: float(sel.loc[(sel["jenis_kelamin"] == jk) & (sel["tahun"] == th), "nilai"].iloc[0])  # noqa: E731
            if p.jenis == "indeks":
                assert p.indikator in brief.UTAMA
                assert (nilai("T", p.tahun) > nilai("T", p.tahun_lalu)) == (info.at[p.indikator, "arah"] == "naik")
            elif p.jenis == "pangsa":
                assert info.at[p.indikator, "kelompok_jk"] == "pangsa_perempuan"
                assert nilai("P", p.tahun_lalu) < nilai("P", p.tahun) <= 50
            else:
                assert info.at[p.indikator, "per_jk"] and p.pl_lalu == (nilai("P", p.tahun_lalu), nilai("L", p.tahun_lalu))
                (p0, l0), (p1, l1) = p.pl_lalu, p.pl
                behind = p0 < l0 if info.at[p.indikator, "arah"] == "naik" else p0 > l0
                assert behind and abs(p1 - l1) < abs(p0 - l0) and abs(np.log(p1 / l1)) < abs(np.log(p0 / l0))
            assert p.indikator not in {"tpt", "tpt_februari", "ipm", "ipm_sp2020", "perkawinan_anak", "mtf"}
    assert jenis == {"selisih", "indeks", "pangsa"}
    b = brief.isi_brief(df, reg, regions.PROVINSI)
    assert [(p.indikator, p.jenis, p.tahun_lalu, p.tahun) for p in b.perbaikan] == [
        ("tpak_agustus", "selisih", 2023, 2025), ("pct_sma_keatas", "selisih", 2021, 2022), ("ipg", "indeks", 2022, 2023)]
    assert b.tabel_perbaikan().loc[0].tolist() == [  # TPAK Agustus: P 48,13 / L 84,85 -> P 50,34 / L 85,26
        "Ekonomi & ketenagakerjaan", "Selisih P − L: Tingkat partisipasi angkatan kerja (TPAK) Agustus",
        "P 48,13 · L 84,85 (2023)", "P 50,34 · L 85,26 (2025)", "selisih menyempit 1,80 poin persen"]


def test_sebaran_provinsi_dan_peringkat_kab(nyata):
    df, reg = nyata
    prov = {s.indikator: s.teks for s in brief.isi_brief(df, reg, regions.PROVINSI).sebaran}
    assert "peringkat IKG 2022 terbit untuk 3 dari 14 kab/kota (Palangka Raya 1, Barito Timur 2, " \
           "Kotawaringin Timur 3" in prov["ikg"]
    # the year of the province's headline (2023, BPS), not the 2025 secondary compilation
    assert prov["ikg"].startswith("IKG 2023 (14 dari 14 kab/kota punya data): terbaik Palangka Raya (0,415), "
                                  "terburuk Seruyan (0,616)")
    assert "terbaik Kapuas dan Palangka Raya (95,51)" in prov["ipg"]  # a tie is shown as a tie
    assert prov["idg"] == ("IDG 2023 (14 dari 14 kab/kota punya data): terbaik Gunung Mas (89,29), terburuk "
                           "Kotawaringin Barat (66,18).")
    assert "terburuk Murung Raya (84,25)" in prov["ipg"]
    plk = {s.indikator: s.teks for s in brief.isi_brief(df, reg, "6271").sebaran}
    assert plk["ikg"].startswith("IKG 2023: peringkat ke-1 dari 14 kab/kota yang punya data; menurut tabel BPS 2023 "
                                 "(peringkat 1 dari 14 di Kalteng)")
    assert plk["ipg"].startswith("IPG 2023: peringkat ke-1 (sama dengan Kapuas) dari 14")
    kobar = {s.indikator: s.teks for s in brief.isi_brief(df, reg, "6201").sebaran}
    assert kobar["ipg"].startswith("IPG 2023: peringkat ke-6 dari 14")
    assert "peringkat 6 dari 14 di Kalteng" in kobar["ipg"]
    assert kobar["idg"].startswith("IDG 2023: peringkat ke-14 dari 14")  # 66,18, the lowest in IDG.csv


def test_brief_setiap_kab_punya_ipg_idg_ikg_peringkat_dan_posisi_nasional(brief_semua):
    """Every regency: the three indices with a value (no "data tidak tersedia" card), the rank among the 14 from
    BPS's 2023 table (counted here from the raw export) and the national sentence."""
    for kode in regions.KABKOTA:
        b = brief_semua[kode]
        assert [u.indikator for u in b.utama] == ["ikg", "idg", "ipg"]
        assert all(u.teks_nilai != fmt.TIDAK_TERSEDIA and u.teks_sejak_awal for u in b.utama), kode
        for s, berkas in zip(b.sebaran, ("IKG.csv", "IDG.csv", "IPG.csv")):
            blok = bps_mentah.kalteng(berkas)
            x = blok[kode][2023]
            kab = [blok[k][2023] for k in regions.KABKOTA]
            lebih_baik = sum((v < x) if s.indikator == "ikg" else (v > x) for v in kab)
            assert f"menurut tabel BPS 2023 (peringkat {lebih_baik + 1} dari 14 di Kalteng)" in s.teks, (kode, s.teks)
            assert re.search(r"di antara \d+ % kab/kota paling (timpang|setara) di Indonesia\.$", s.teks), s.teks


def test_peringkat_dihitung_bila_ada_dua_kab(nyata):
    """With IDG for two regencies in one year, best/worst and ranks are computed (registry direction: naik)."""
    df, reg = nyata
    kab_idg = (df["indikator"] == "idg") & df["kode_bps"].isin(regions.KABKOTA)
    gumas = kab_idg & (df["kode_bps"] == "6211") & (df["tahun"] == 2021)
    baris = df[gumas].iloc[0].to_dict()
    tambah = pd.DataFrame([{**baris, "kode_bps": "6203", "wilayah": "Kapuas", "nilai": 70.5}])  # test value
    df2 = pd.concat([df[~kab_idg | gumas], tambah], ignore_index=True)
    tanpa_nas = pd.DataFrame(columns=kd.KOLOM_NASIONAL)  # no national table: the rank among the two only
    prov = brief.isi_brief(df2, reg, regions.PROVINSI, nas=tanpa_nas).sebaran[1].teks
    assert prov == "IDG 2021 (2 dari 14 kab/kota punya data): terbaik Gunung Mas (88,71), terburuk Kapuas (70,50)."
    assert brief.isi_brief(df2, reg, "6203", nas=tanpa_nas).sebaran[1].teks == \
        "IDG 2021: peringkat ke-2 dari 2 kab/kota yang punya data."


def test_wilayah_tidak_sah(nyata):
    df, reg = nyata
    with pytest.raises(ValueError):
        brief.isi_brief(df, reg, regions.NASIONAL)


# --- sentences: no number absent from the data ---------------------------------------------------------------
def _desimal(teks: str) -> Decimal:
    return Decimal(teks.replace("−", "-").replace(".", "").replace(",", "."))


def angka_diizinkan(df: pd.DataFrame, reg: pd.DataFrame, kode: str) -> set[str]:
    """The numbers the rule in this module's docstring allows for region `kode`, as strings."""
    info = reg.set_index("id")
    utama = ["ikg", "idg", "ipg", "ikg_peringkat"]
    sel = df[df["kode_bps"].isin([kode, regions.NASIONAL])
             | (df["indikator"].isin(utama) & df["kode_bps"].isin(regions.KABKOTA))]
    boleh = {str(int(t)) for t in sel["tahun"]} | {str(len(regions.KABKOTA)), "50"}
    for ind, grup in sel.groupby("indikator"):
        satuan = info.at[ind, "satuan"]
        d = fmt.desimal_untuk(satuan)
        tampil = {fmt.nilai_satuan(v, satuan) for v in grup["nilai"]}
        boleh |= tampil | {fmt.nilai_satuan(v, satuan, tanda=True) for v in grup["nilai"]}
        for a, b in itertools.permutations(tampil, 2):
            selisih = float(_desimal(a) - _desimal(b))
            boleh |= {fmt.angka(selisih, d), fmt.angka(selisih, d, tanda=True), fmt.angka(abs(selisih), d)}
    for ind in ["ikg", "idg", "ipg"]:
        kab = df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA)]
        for _, th in kab.groupby("tahun"):
            boleh.add(str(len(th)))
            rank = th["nilai"].rank(ascending=info.at[ind, "arah"] == "turun", method="min")
            boleh |= {str(int(r)) for r in rank}
    return boleh


def angka_asing(kalimat: str, boleh: set[str], reg: pd.DataFrame) -> list[str]:
    nama = sorted(set(reg["label_id"]) | set(reg["satuan"]), key=len, reverse=True)
    for n in nama:
        kalimat = kalimat.replace(n, " ")
    return [a for a in ANGKA.findall(kalimat) if a not in boleh]


@pytest.mark.parametrize("kode", SEMUA)
def test_kalimat_hanya_angka_dari_data(nyata, brief_semua, kode):
    df, reg = nyata
    b = brief_semua[kode]
    assert 3 <= len(b.kalimat) <= 5
    boleh = angka_diizinkan(df, reg, kode)
    for k in b.kalimat:
        assert angka_asing(k, boleh, reg) == [], k


def test_pemeriksa_angka_menangkap_angka_karangan(nyata):
    """The checker is not vacuous: the province's sentences hold many numbers, and an invented one is caught."""
    df, reg = nyata
    b = brief.isi_brief(df, reg, regions.PROVINSI)
    boleh = angka_diizinkan(df, reg, regions.PROVINSI)
    semua = [a for k in b.kalimat for a in ANGKA.findall(k)]
    assert len(semua) >= 15 and {"0,541", "0,526", "0,447", "79,99", "76,90", "89,49", "20,00", "−34,92"} <= set(semua)
    assert angka_asing("IKG Kalimantan Tengah 2023 sebesar 0,742; naik 0,216 dari 2022.", boleh, reg) == \
        ["0,742", "0,216"]
    assert angka_asing("Tingkat partisipasi angkatan kerja (TPAK) Agustus 2031 perempuan 50,34", boleh, reg) == \
        ["2031"]
    # a number in a registered name is not a data number, but the same digits elsewhere are checked
    assert angka_asing("Penduduk 25+ berpendidikan SMA ke atas 2022", boleh, reg) == []
    assert angka_asing("25 persen", boleh, reg) == ["25"]


# --- the command line ---------------------------------------------------------------------------------------
def test_cli(tmp_path, pdf_semua, capsys):
    out = tmp_path / "brief.pdf"
    assert brief_pdf.main(["--wilayah", "6271", "--out", str(out)]) == 0
    teks = rapat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert teks == pdf_semua["6271"][2]  # the same PDF as the page's button (same function, same data)
    assert brief_pdf.main(["--wilayah", "Kota Palangkaraya", "--out", str(out)]) == 0
    assert brief_pdf.main(["--wilayah", "9999", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "tidak dikenal" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_cli_semua_15_halaman(tmp_path, capsys):
    """--semua: one PDF, 15 pages in the order province then the 14 kab/kota, each naming its region and its
    IKG, IDG and IPG as its own brief does."""
    out = tmp_path / "semua.pdf"
    assert brief_pdf.main(["--semua", "--out", str(out)]) == 0
    assert "15 ringkasan" in capsys.readouterr().out
    halaman = PdfReader(out).pages
    assert len(halaman) == 15
    df, reg = kd.muat_data(), kd.muat_registry()
    for kode, h in zip(SEMUA, halaman):
        teks = rapat(h.extract_text())
        b = brief.isi_brief(df, reg, kode)
        assert teks.split("KESENJANGAN GENDER ", 1)[1].startswith(regions.NAMA[kode]), kode
        for u in b.utama:
            assert rapat(u.judul) in teks and u.teks_nilai in teks, (kode, u.indikator)


def test_data_date_comes_from_the_changelog_not_the_file_time(tmp_path):
    assert "belum ada pembaruan" in brief.tanggal_berkas(tmp_path)
    (tmp_path / "changelog.csv").write_text(
        "waktu,berkas,sha256,baris_ditambah,baris_diubah\n"
        "2026-03-02T10:00:00,a.xlsx,x,1,0\n2026-05-17T08:30:00,b.csv,y,0,2\n", encoding="utf-8")
    assert brief.tanggal_berkas(tmp_path) == "Data diperbarui 17 Mei 2026"


def _cli(*args: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess, float]:
    """`python -m kalteng_gender.brief_pdf` where no browser can be found: PATH holds nothing, BROWSER_PATH points
    nowhere, and importing kaleido or choreographer (plotly's browser export) fails."""
    blokir = tmp_path / "blokir"
    for paket in ("kaleido", "choreographer"):
        (blokir / paket).mkdir(parents=True, exist_ok=True)
        (blokir / paket / "__init__.py").write_text(f"raise ImportError('{paket} diblokir oleh tes')\n")
    (tmp_path / "bin").mkdir(exist_ok=True)
    env = {**os.environ, "PATH": str(tmp_path / "bin"), "BROWSER_PATH": "/nonexistent/chromium",
           "PYTHONPATH": str(blokir)}
    mulai = time.monotonic()
    hasil = subprocess.run([sys.executable, "-m", "kalteng_gender.brief_pdf", *args], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=10)
    return hasil, time.monotonic() - mulai


def test_cli_tanpa_browser_membuat_pdf(tmp_path, pdf_semua):
    out = tmp_path / "brief.pdf"
    hasil, detik = _cli("--wilayah", "6200", "--out", str(out), tmp_path=tmp_path)
    assert hasil.returncode == 0, hasil.stderr
    assert hasil.stderr == "" and detik < 10
    teks = rapat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert teks == pdf_semua[regions.PROVINSI][2]
    gambar = [g for h in PdfReader(out).pages for g in h.images]
    assert len(gambar) == 2  # the locator map and the female/male bars


def test_cli_folder_keluaran_tidak_ada(tmp_path):
    hasil, detik = _cli("--wilayah", "6271", "--out", str(tmp_path / "tidak_ada" / "b.pdf"), tmp_path=tmp_path)
    assert hasil.returncode != 0 and detik < 10
    assert hasil.stderr.count("\n") == 1 and "tidak ada" in hasil.stderr and "Traceback" not in hasil.stderr
    assert not (tmp_path / "tidak_ada").exists()


def test_gagal_pdf_satu_kalimat_di_cli_dan_halaman(monkeypatch, tmp_path, capsys, nyata, batas):
    """Without the DejaVu fonts the PDF cannot be made: the CLI and the page say the same single sentence."""
    monkeypatch.setattr(brief_pdf, "FONT_DIRS", (tmp_path / "tanpa_font",))
    df, reg = nyata
    with pytest.raises(brief_pdf.GagalPdf) as e:
        brief_pdf.pdf_wilayah(df, reg, "6201", batas)
    kalimat = str(e.value)
    assert "fonts-dejavu-core" in kalimat and "\n" not in kalimat and kalimat.endswith(".")
    assert brief_pdf.main(["--wilayah", "6201", "--out", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == kalimat + "\n" and not (tmp_path / "x.pdf").exists()
    import ui
    ui.kosongkan()  # a PDF cached by an earlier page run would hide the failure
    at = jalankan(HALAMAN, wil="6201")
    assert not at.exception and [x.value for x in at.error] == [aman.polos(kalimat)]
    assert [b.proto.label for b in at.get("download_button")] == ["Unduh 15 ringkasan (PDF)"]  # made on click
    assert at.header[0].value == "Kotawaringin Barat"


def test_kalimat_kosong_dan_keterangan_kartu(brief_semua):
    """The page and the PDF say the same when a section is empty; the card line joins what the card knows."""
    b = brief_semua["6201"]
    assert b.tanpa_kesenjangan == ("data tidak tersedia: belum ada indikator dengan angka perempuan dan laki-laki "
                                   "untuk Kotawaringin Barat.")
    assert b.tanpa_perbaikan.startswith("data tidak tersedia: belum ada ukuran gender Kotawaringin Barat ")
    ikg = brief_semua[regions.PROVINSI].utama[0]
    assert ikg.teks_keterangan.split(" · ")[0] == "Nasional 2023: 0,447"
    assert "belum ada tahun terbit sebelumnya" not in ikg.teks_keterangan  # 2022 is published
