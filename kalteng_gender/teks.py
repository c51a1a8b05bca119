"""One translation table for UI labels: Bahasa Indonesia first, English when `lang=en`."""
from __future__ import annotations

BAHASA = ("id", "en")

TEKS: dict[str, tuple[str, str]] = {
    "judul_app": ("Peta Kesenjangan Gender Kalimantan Tengah", "Gender Gap Map of Central Kalimantan"),
    "ringkasan": ("Ringkasan Kalteng", "Kalteng Overview"),
    "intro": ("Kesenjangan perempuan dan laki-laki per sektor di 14 kabupaten/kota Kalimantan Tengah, dari angka "
              "yang dipublikasikan (BPS, DP3APPKB, dan sumber lain yang dicantumkan).",
              "The gap between women and men by sector across the 14 regencies/cities of Central Kalimantan, "
              "from published figures (BPS, DP3APPKB and the other sources cited)."),
    "indikator": ("Indikator", "Indicator"),
    "tahun": ("Tahun", "Year"),
    "tahun_terbaru": ("Terbaru per wilayah", "Latest per region"),
    "semua_tahun": ("Tahun mana pun", "Any year"),
    "tampilan": ("Tampilkan", "Show"),
    "wilayah": ("Wilayah", "Region"),
    "sektor": ("Sektor", "Sector"),
    "sumber": ("Sumber", "Source"),
    "nasional": ("Nasional", "National"),
    "provinsi": ("Kalteng", "Kalteng"),
    "tabel": ("Tabel data yang digambar", "Table of the data drawn"),
    "peta_judul": ("Peta kabupaten/kota", "Regency/city map"),
    "cakupan_judul": ("Cakupan data: indikator × wilayah", "Data coverage: indicator × region"),
    "cakupan_ket": ("Angka = banyaknya tahun yang punya data terbit; kosong = belum ada data. Peta yang abu-abu "
                    "berarti datanya memang belum tersedia, bukan galat.",
                    "Number = years with published data; blank = none yet. A grey map means the data do not exist "
                    "yet, not a bug."),
    "P": ("Perempuan (P)", "Female (P)"),
    "L": ("Laki-laki (L)", "Male (L)"),
    "T": ("Total (L+P)", "Total (M+F)"),
    "gap": ("Kesenjangan (P − L)", "Gap (F − M)"),
    "rasio": ("Rasio (P / L)", "Ratio (F / M)"),
    "tidak_tersedia": ("data tidak tersedia", "data not available"),
    "sejak": ("sejak", "since"),
    "data_ditolak": ("Data tidak dapat dimuat", "Data could not be loaded"),
    "indeks_komposit": ("Indeks komposit", "Composite indices"),
    "kesehatan": ("Kesehatan", "Health"),
    "pendidikan": ("Pendidikan", "Education"),
    "ekonomi": ("Ekonomi & ketenagakerjaan", "Economy & labour"),
    "politik": ("Politik & pengambilan keputusan", "Politics & decision-making"),
    "perlindungan": ("Perlindungan perempuan & anak", "Protection of women & children"),
    "demografi": ("Demografi", "Demography"),
    "bahasa": ("Bahasa", "Language"),
}


def t(kunci: str, lang: str = "id") -> str:
    """Label for a key; an unknown key is returned as is so a missing entry is visible, not fatal."""
    pasangan = TEKS.get(kunci)
    if pasangan is None:
        return kunci
    return pasangan[1] if lang == "en" else pasangan[0]
