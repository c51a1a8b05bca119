"""One column spec for the tables shown on screen: key → Indonesian and English header, and a help text.

View functions return tables whose columns are these keys (values already written the Indonesian way with the
decimals of their unit, see fmt); the page shows them under the header of the reader's language.
"""
from __future__ import annotations

# key: (header id, header en, help id, help en); help may be empty
KOLOM: dict[str, tuple[str, str, str, str]] = {
    "label": ("Indikator", "Indicator", "", ""),
    "indikator": ("Kode indikator", "Indicator code", "", ""),
    "label_indikator": ("Indikator", "Indicator", "", ""),
    "wilayah": ("Wilayah", "Region", "", ""),
    "kode_bps": ("Kode BPS", "BPS code", "", ""),
    "tahun": ("Tahun", "Year", "", ""),
    "sektor": ("Sektor", "Sector", "", ""),
    "jenis_kelamin": ("Jenis kelamin", "Sex", "P = perempuan, L = laki-laki, T = total (L+P)",
                      "P = women, L = men, T = total"),
    "P": ("Perempuan (P)", "Women (F)", "", ""),
    "L": ("Laki-laki (L)", "Men (M)", "(100 − P): pangsa laki-laki dihitung dari pangsa perempuan",
          "(100 − P): men's share computed from women's share"),
    "satuan": ("Satuan", "Unit", "", ""),
    "gap": ("Selisih P − L", "Gap F − M", "Selisih dua persentase dalam poin persen",
            "A difference of two percentages is in percentage points"),
    "rasio": ("Rasio P/L", "Ratio F/M", "1 = setara; di bawah 1 = angka perempuan lebih kecil",
              "1 = parity; below 1 = women's figure is lower"),
    "arah": ("Arah lebih baik", "Better direction", "", ""),
    "status": ("Penilaian", "Assessment", "Menurut arah indikator; jumlah laporan tidak dinilai",
               "By the indicator's direction; report counts are not judged"),
    "nilai": ("Nilai", "Value", "", ""),
    "nilai_terbaru": ("Nilai terbaru", "Latest value", "", ""),
    "peringkat": ("Peringkat di 14 kab/kota", "Rank among the 14 regencies",
                  "1 = terbaik menurut arah indikator; hanya bila ≥ 2 kab/kota punya angka tahun itu",
                  "1 = best by the indicator's direction; only when ≥ 2 regencies have a figure that year"),
    "kalteng": ("Kalteng", "Kalteng", "Tahun yang sama atau terdekat", "Same or nearest year"),
    "indonesia": ("Indonesia", "Indonesia", "Tahun yang sama atau terdekat", "Same or nearest year"),
    "tren": ("Tren (tahun terbit)", "Trend (published years)", "", ""),
    "tahun_data": ("Tahun data", "Years of data", "", ""),
    "sumber": ("Sumber", "Source", "", ""),
    "tingkat": ("Tingkat sumber", "Source grade", "resmi, salinan resmi, berita, sekunder",
                "official, official copy, press, secondary"),
    "penerbit": ("Penerbit", "Publisher", "", ""),
    "judul": ("Judul", "Title", "", ""),
    "catatan": ("Catatan", "Note", "", ""),
    "cakupan": ("Cakupan kab/kota", "Regency coverage", "Kab/kota yang punya angka, dari 14",
                "Regencies with a figure, of 14"),
    "cari_di": ("Di mana mencarinya", "Where to find it", "Publikasi atau tabel BPS yang memuat angka ini",
                "The BPS publication or table that holds this figure"),
    "label_en": ("Label (Inggris)", "Label (English)", "", ""),
    "label_id": ("Label", "Label", "", ""),
    "definisi": ("Definisi", "Definition", "", ""),
    "produsen": ("Produsen", "Producer", "", ""),
}


def judul(kunci: str, lang: str = "id") -> str:
    """The header of a column key (an unknown key is shown as is, so a missing entry is visible)."""
    k = KOLOM.get(kunci)
    return kunci if k is None else k[1 if lang == "en" else 0]


# Headers that view tables carry as plain keys (beyond KOLOM), in English
_KUNCI_EN = {"judul": "Title", "P": "Women", "L": "Men", "dimensi": "Dimension", "ikg_aktual": "Actual IKG",
             "ikg_setara": "IKG at parity", "turun": "Fall", "kalimat": "Sentence", "komponen": "Component",
             "perempuan": "Women (%)", "paritas": "Parity", "selisih_paritas": "Distance from parity",
             "tersedia": "Available"}


def tajuk(tabel, lang: str = "id"):
    """A view table under English headers when lang="en" (KOLOM keys and the plain keys above); in Indonesian
    the table is returned as it is."""
    if lang != "en":
        return tabel
    return tabel.rename(columns=lambda k: KOLOM[k][1] if k in KOLOM else _KUNCI_EN.get(k, k))


def bantuan(kunci: str, lang: str = "id") -> str | None:
    k = KOLOM.get(kunci)
    return (k[3 if lang == "en" else 2] or None) if k else None
