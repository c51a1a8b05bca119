"""Region names and codes, Indonesian number format, URL state whitelist, translation table."""
import math

import pytest

from kalteng_gender import fmt, regions, state
from kalteng_gender.teks import t


@pytest.mark.parametrize("nama, kode", [
    ("Kab. Kotawaringin Barat", "6201"), ("KOTAWARINGIN BARAT", "6201"), ("Kota Palangkaraya", "6271"),
    ("Palangka Raya", "6271"), ("Kabupaten Barito Timur", "6212"), ("Provinsi Kalimantan Tengah", "6200"),
    ("Jakarta", None),
])
def test_region_name_variants(nama, kode):
    assert regions.kode_dari_nama(nama) == kode


def test_kemendagri_codes_cross_to_bps():
    assert regions.kode_bps("62.06", "kemendagri") == "6209"  # Katingan
    assert regions.kode_bps("6213", "kemendagri") == "6212"  # Barito Timur
    assert regions.kode_bps("62.06") == "6206"  # Sukamara in BPS numbering
    assert regions.kode_bps("9999") is None


def test_indonesian_number_format():
    assert fmt.angka(91.85) == "91,85"
    assert fmt.angka(1234567, 0) == "1.234.567"
    assert fmt.nilai_satuan(0.541, "indeks (0-1)") == "0,541"
    assert fmt.nilai_satuan(-2.5, "persen", tanda=True) == "−2,50"
    assert fmt.angka(math.nan) == "data tidak tersedia"


def test_state_accepts_whitelist_and_drops_the_rest():
    nilai, catatan = state.baca(
        {"ind": "ikg", "tahun": "2099", "wil": "6201,xyz,6271", "evil": "__import__('os')"},
        {"ind": ["ikg", "idg"], "tahun": ["2022", "2023"], "wil": ["6201", "6271"]})
    assert nilai == {"ind": "ikg", "wil": ["6201", "6271"]}
    assert any("'evil'" in c for c in catatan) and any("2099" in c for c in catatan)
    assert any("xyz" in c for c in catatan)
    assert state.tulis({"wil": ["6201", "6271"], "ind": "ikg", "x": 1}) == {"ind": "ikg", "wil": "6201,6271"}


def test_translation_table():
    assert t("tahun") == "Tahun" and t("tahun", "en") == "Year"
    assert t("kunci_tak_ada") == "kunci_tak_ada"
