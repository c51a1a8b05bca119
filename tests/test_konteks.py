"""National context (kalteng_gender.konteks) from data/nasional.csv, checked against an independent count over the
raw BPS exports (tests/bps_mentah.py)."""
import math

import pytest

import bps_mentah as mentah
from kalteng_gender import build, data as kd, fmt, konteks, regions


@pytest.fixture(scope="module")
def nas():
    return konteks.muat()


def test_tabel_nasional_sama_dengan_ekspor_mentah(nas):
    reg = kd.muat_registry()
    assert nas.equals(build.baca_tabel_bps(build.RAW_DIR, reg).astype(nas.dtypes.to_dict()))
    for berkas, ind in (("IPG.csv", "ipg"), ("IDG1.csv", "idg"), ("IKG.csv", "ikg")):
        for th in mentah.judul_tahun(berkas)[1]:
            sel = nas[(nas["indikator"] == ind) & (nas["tahun"] == th)]
            assert sorted(sel.loc[sel["tingkat"] == "kabkota", "nilai"]) == sorted(mentah.kabkota(berkas, th))
            assert (sel["tingkat"] == "provinsi").sum() == 34


def test_murung_raya_ikg_2023(nas):
    p = konteks.posisi(nas, "ikg", 2023, "6213", "turun")
    assert (p.nilai, p.peringkat_kalteng, p.n_kalteng) == (0.598, 13, 14)
    semua = mentah.kabkota("IKG.csv", 2023)
    assert p.n_nasional == len(semua) == 514
    seburuk = sum(v >= 0.598 for v in semua)  # at least as unequal as Murung Raya (ties count)
    assert p.peringkat_nasional == sum(v < 0.598 for v in semua) + 1  # 1 = most equal
    n = max(1, math.ceil(100 * seburuk / len(semua)))
    assert konteks.kalimat(p, "IKG", lambda x: fmt.nilai_satuan(x, "indeks (0-1)")) == (
        f"IKG Murung Raya 2023: 0,598 — peringkat 13 dari 14 di Kalteng; di antara {n} % kab/kota paling timpang "
        "di Indonesia.")
    assert n == 11


def test_kalteng_di_antara_34_provinsi(nas):
    for berkas, ind, arah in (("IPG.csv", "ipg", "naik"), ("IKG.csv", "ikg", "turun"), ("IDG.csv", "idg", "naik")):
        prov = mentah.provinsi(berkas, 2023)
        x = prov["KALIMANTANTENGAH"]
        lebih_baik = sum((v < x) if arah == "turun" else (v > x) for v in prov.values())
        p = konteks.posisi(nas, ind, 2023, regions.PROVINSI, arah)
        assert (p.tingkat, p.peringkat_kalteng, p.n_nasional) == ("provinsi", None, 34)
        assert p.nilai == x and p.peringkat_nasional == lebih_baik + 1
    ipg = konteks.posisi(nas, "ipg", 2023, regions.PROVINSI, "naik")
    teks = konteks.kalimat(ipg, "IPG", lambda x: fmt.nilai_satuan(x, "indeks (0-100)"))
    assert teks.startswith(f"IPG Kalimantan Tengah 2023: 89,49 — peringkat {ipg.peringkat_nasional} dari 34 provinsi")


def test_kalimantan_lima_provinsi_dan_indonesia(nas):
    k = konteks.kalimantan(nas, "ipg")
    assert set(k["wilayah"]) == {"Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
                                 "Kalimantan Utara", "Indonesia"}
    v = k[k["tahun"] == 2023].set_index("wilayah")["nilai"]
    prov = mentah.provinsi("IPG.csv", 2023)
    assert v["Kalimantan Tengah"] == 89.49 and v["Indonesia"] == 91.85
    assert v["Kalimantan Selatan"] == prov["KALIMANTANSELATAN"] and v["Kalimantan Utara"] == prov["KALIMANTANUTARA"]
    assert len(k) == 6 * 8  # 2016-2023


def test_tanpa_angka_bps_tidak_ada_posisi(nas):
    assert konteks.posisi(nas, "ikg", 2017, "6213", "turun") is None  # BPS's IKG starts in 2018
    assert konteks.posisi(nas, "ipg", 2016, "6213", "naik") is None   # '-' for kab/kota in 2016
    assert konteks.tampilan(nas, "tpak_agustus", "6213", 2023, "naik", "TPAK", "persen") is None
    v = konteks.tampilan(nas, "ikg", "6213", 2030, "turun", "IKG", "indeks (0-1)")
    assert v.tahun == 2023 and len(v.kalimat) == 2 and "Kalimantan Tengah 2023: 0,541" in v.kalimat[1]


def test_tabel_posisi_setiap_tahun(nas):
    t = konteks.tabel_posisi(nas, "ikg", "turun")
    assert len(t) == 15 * 6  # 14 kab/kota and the province, 2018-2023
    assert set(t.loc[t["kode_bps"] != regions.PROVINSI].groupby("tahun")["peringkat_kalteng"].max()) == {14}
