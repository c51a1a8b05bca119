"""BPS dynamic-table exports: "<indeks> menurut Provinsi dan Kabupaten/Kota", as a planner downloads them.

Layout (CSV with BOM, or the Excel download with the title in merged cells): a cell "Provinsi/Kabupaten/Kota",
the table title (which names the indicator), a row of years, then one row per region: a province in capitals
followed by its kab/kota (capitals or not), and a final INDONESIA row; `-` means no figure.

`baca` turns the grid into every region's figures (all of Indonesia, for national context); `rekaman` gives the
importer the Kalteng block (14 kab/kota, the province) and Indonesia as records it checks like any other file.
Names are matched within their province block, so rows of other provinces are never errors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import regions
from .impor_baca import Bawaan, Lembar, Masalah, Rekaman, Tabel, ImporError, norm_tajuk, tahun_dari_tajuk
from .sel import angka_lepas, kosong_bertanda

# The 38 provinces as BPS tables spell them (normalised by norm_tajuk); older exports have 34.
PROVINSI: tuple[str, ...] = (
    "aceh", "sumatera_utara", "sumatera_barat", "riau", "jambi", "sumatera_selatan", "bengkulu", "lampung",
    "kep_bangka_belitung", "kepulauan_bangka_belitung", "kepulauan_riau", "kep_riau", "dki_jakarta",
    "jawa_barat", "jawa_tengah", "d_i_yogyakarta", "di_yogyakarta", "daerah_istimewa_yogyakarta", "jawa_timur",
    "banten", "bali", "nusa_tenggara_barat", "nusa_tenggara_timur", "kalimantan_barat", "kalimantan_tengah",
    "kalimantan_selatan", "kalimantan_timur", "kalimantan_utara", "sulawesi_utara", "sulawesi_tengah",
    "sulawesi_selatan", "sulawesi_tenggara", "gorontalo", "sulawesi_barat", "maluku", "maluku_utara",
    "papua_barat", "papua_barat_daya", "papua", "papua_selatan", "papua_tengah", "papua_pegunungan",
)
KALTENG = "kalimantan_tengah"
NASIONAL = "indonesia"
# Kalimantan Utara was split from Kalimantan Timur in 2012; BPS exports still list its kab/kota under both.
KALTARA_DI_KALTIM = {"malinau", "bulungan", "bulongan", "nunukan", "tana_tidung", "kota_tarakan", "tarakan"}
_TAJUK = re.compile(r"^provinsi_?kabupaten_?kota$")


@dataclass
class TabelBPS:
    """Every figure of one export: `nilai` holds provinsi, wilayah, tingkat (provinsi/kabkota/nasional), tahun,
    nilai, baris (row in the file), kolom (column label for messages)."""
    berkas: str
    judul: str
    tahun: list[int]
    nilai: pd.DataFrame
    masalah: list[Masalah]
    peringatan: list[str]
    kolom_nama: str = "kolom 'Provinsi/Kabupaten/Kota'"   # the region-name column, phrased for messages


def _letak(lembar: Lembar) -> tuple[int, int, int] | None:
    """(row of the region header, its column, row of the years), or None when this is not a BPS export."""
    for i, baris in enumerate(lembar.sel[:10]):
        for j, v in enumerate(baris):
            if isinstance(v, str) and _TAJUK.match(norm_tajuk(v)):
                for k in range(i, min(i + 6, len(lembar.sel))):
                    kanan = [x for x in lembar.sel[k][j + 1:] if x not in (None, "")]
                    if kanan and all(tahun_dari_tajuk(x) for x in kanan):
                        return i, j, k
                return None
    return None


def kenali(lembar: Lembar) -> bool:
    return _letak(lembar) is not None


def _judul(lembar: Lembar, i_tajuk: int, i_tahun: int, j: int) -> str:
    """The table title: text between the region header and the year row (CSV export), or a title row above the
    header (Excel download, merged across); the first text that is not the region header itself."""
    for i in list(range(i_tajuk, i_tahun)) + list(range(i_tajuk - 1, -1, -1)):
        for v in lembar.tajuk[i]:
            if isinstance(v, str) and re.search(r"[A-Za-z]", v) and not _TAJUK.match(norm_tajuk(v)):
                return re.sub(r"\s+", " ", v).strip()
    return ""


def baca(lembar: Lembar) -> TabelBPS:
    """All figures of a BPS export, located; malformed cells become problems (row and column named)."""
    letak = _letak(lembar)
    if letak is None:
        raise ImporError(lembar.berkas, [Masalah(lembar.berkas, "bukan ekspor tabel dinamis BPS (tidak ada tajuk "
                                                                "'Provinsi/Kabupaten/Kota' di atas baris tahun)")])
    i_tajuk, j_nama, i_tahun = letak
    berkas = lembar.berkas
    judul = _judul(lembar, i_tajuk, i_tahun, j_nama)
    kolom_tahun = {j: tahun_dari_tajuk(v) for j, v in enumerate(lembar.sel[i_tahun]) if j > j_nama and
                   v not in (None, "")}
    masalah, peringatan, baris_nilai = [], [], []
    if not judul:
        masalah.append(Masalah(berkas, "judul tabel (nama indikator) tidak ditemukan di atas baris tahun",
                               lembar.nomor[i_tahun]))
    provinsi, nol = None, 0
    for i in range(i_tahun + 1, len(lembar.sel)):
        baris = lembar.sel[i]
        nama = baris[j_nama] if j_nama < len(baris) else ""
        nama = re.sub(r"\s+", " ", str(nama)).strip()
        if not nama:
            if any(v not in (None, "") for v in baris):
                masalah.append(Masalah(berkas, "baris berisi angka tanpa nama wilayah", lembar.nomor[i],
                                       lembar.label_kolom(j_nama, "Provinsi/Kabupaten/Kota")))
            continue
        kunci = norm_tajuk(nama)
        if kunci == NASIONAL:
            tingkat, provinsi = "nasional", None
        elif kunci in PROVINSI and kunci != provinsi:  # a name equal to its province is the namesake regency
            tingkat, provinsi = "provinsi", kunci
        elif provinsi is None:
            if re.match(r"^(sumber|catatan|source|note)", kunci):
                break
            masalah.append(Masalah(berkas, "kabupaten/kota sebelum baris provinsi mana pun", lembar.nomor[i],
                                   lembar.label_kolom(j_nama, "Provinsi/Kabupaten/Kota"), nama))
            continue
        else:
            tingkat = "kabkota"
        for j, tahun in kolom_tahun.items():
            v = baris[j] if j < len(baris) else ""
            if v in (None, "") or kosong_bertanda(v):
                continue
            x = angka_lepas(v)
            if x is None:
                masalah.append(Masalah(berkas, "bukan angka (BPS menulis '-' untuk angka yang tidak ada)",
                                       lembar.nomor[i], lembar.label_kolom(j, str(tahun)), v))
                continue
            if x == 0:
                nol += 1  # BPS's dynamic tables write 0 where a regency has no index for the year
                continue
            baris_nilai.append((provinsi or "", nama, kunci, tingkat, tahun, float(x), lembar.nomor[i],
                                lembar.label_kolom(j, str(tahun))))
    if None in kolom_tahun.values() or not kolom_tahun:
        masalah.append(Masalah(berkas, "baris tahun tidak lengkap", lembar.nomor[i_tahun]))
    if nol:
        peringatan.append(f"{nol} sel berisi 0 dibaca sebagai tidak tersedia (tabel dinamis BPS menulis 0 untuk "
                          "kab/kota tanpa angka indeks).")
    nilai = pd.DataFrame(baris_nilai, columns=["provinsi", "wilayah", "kunci", "tingkat", "tahun", "nilai", "baris",
                                               "kolom"])
    ganda = (nilai["provinsi"] == "kalimantan_timur") & nilai["kunci"].isin(KALTARA_DI_KALTIM)
    nilai = nilai[~ganda].reset_index(drop=True)
    return TabelBPS(berkas, judul, sorted(t for t in kolom_tahun.values() if t), nilai, masalah, peringatan,
                    lembar.label_kolom(j_nama, "Provinsi/Kabupaten/Kota"))


def kode_kalteng(t: TabelBPS) -> tuple[pd.DataFrame, list[Masalah]]:
    """The Kalteng block (province + 14 kab/kota, matched by name within the block) and INDONESIA, with BPS codes."""
    masalah = []
    blok = t.nilai[(t.nilai["provinsi"] == KALTENG) | (t.nilai["tingkat"] == "nasional")].copy()
    kode = []
    for _, r in blok.iterrows():
        if r["tingkat"] == "nasional":
            kode.append(regions.NASIONAL)
        elif r["tingkat"] == "provinsi":
            kode.append(regions.PROVINSI)
        else:
            k = regions.kode_dari_nama(r["wilayah"])
            salah = k is None or k in (regions.PROVINSI, regions.NASIONAL)
            if salah and not any(m.baris == int(r["baris"]) for m in masalah):  # once per row, not per year
                masalah.append(Masalah(t.berkas, "nama di blok Kalimantan Tengah bukan salah satu dari 14 "
                                       "kabupaten/kota", int(r["baris"]), t.kolom_nama, r["wilayah"]))
            kode.append(k)
    blok["kode_bps"] = kode
    if not (blok["tingkat"] == "provinsi").any() and not masalah:
        masalah.append(Masalah(t.berkas, "tidak ada baris KALIMANTAN TENGAH dalam tabel"))
    return blok.dropna(subset=["kode_bps"]), masalah


def rekaman(lembar: Lembar, bawaan: Bawaan) -> Tabel:
    """The importer's records for the Kalteng block and Indonesia; the indicator comes from the title."""
    t = baca(lembar)
    blok, masalah = kode_kalteng(t)
    masalah = t.masalah + masalah
    sumber = bawaan.sumber or f"BPS, tabel dinamis '{t.judul}' (berkas {t.berkas})"
    asal_tetap = {"indikator": "judul tabel", "jenis_kelamin": "tabel indeks (tanpa rincian jenis kelamin)",
                  "sumber": "opsi --sumber" if bawaan.sumber else "judul tabel"}
    rek = [Rekaman(int(r["baris"]),
                   {"kode_bps": r["kode_bps"], "tahun": int(r["tahun"]), "indikator": bawaan.indikator or t.judul,
                    "jenis_kelamin": "T", "nilai": r["nilai"], "sumber": sumber, "catatan": bawaan.catatan or "",
                    "_skema": "bps"},
                   {**asal_tetap, "kode_bps": f"kolom 'Provinsi/Kabupaten/Kota' ({r['wilayah']})",
                    "nilai": r["kolom"], "tahun": r["kolom"]})
           for _, r in blok.iterrows()]
    lain = t.nilai["provinsi"].ne(KALTENG) & t.nilai["tingkat"].ne("nasional")
    peringatan = t.peringatan + [f"Tabel BPS '{t.judul}' ({', '.join(map(str, t.tahun))}): {int(lain.sum())} angka "
                                 "provinsi dan kab/kota lain dilewati; hanya blok Kalimantan Tengah dan INDONESIA "
                                 "yang diimpor."]
    return Tabel(f"ekspor tabel dinamis BPS ('{t.judul}')", rek if not masalah else [], masalah, peringatan,
                 lembar.pemisah)
