"""Numbers the Indonesian way (kalteng_gender/fmt.py)."""
import math

from kalteng_gender import fmt


def test_indonesian_number_format():
    assert fmt.angka(91.85) == "91,85"
    assert fmt.angka(1234567, 0) == "1.234.567"
    assert fmt.nilai_satuan(0.541, "indeks (0-1)") == "0,541"
    assert fmt.nilai_satuan(-2.5, "persen", tanda=True) == "−2,50"
    assert fmt.angka(math.nan) == "data tidak tersedia"


def test_a_difference_of_percentages_is_in_percentage_points():
    assert fmt.satuan_selisih("persen") == "poin persen"
    assert fmt.satuan_selisih("tahun") == "tahun"
    assert fmt.teks_selisih(-1.2, "persen") == "−1,20 poin persen"
    assert fmt.teks_selisih(0.015, "indeks (0-1)") == "+0,015 indeks (0-1)"
