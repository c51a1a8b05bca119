"""Region names and codes (kalteng_gender/regions.py)."""
import pytest

from kalteng_gender import regions


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
