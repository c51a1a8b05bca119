"""Streamlit glue shared by app.py and every page; logic lives in `kalteng_gender`, this package only turns its
results into widgets.

cache (cached loading, one caching policy) · kerangka (page shell, language) · filter (URL-backed widgets) ·
tampil (captions, cards, tables) · bagian (page sections shared by several pages). Pages use the names below.
"""
from .kerangka import bahasa, cetak_bersih, halaman, menu, tautan_halaman
from .cache import (dataframe, disamarkan, kosongkan, muat, muat_geo, muat_nasional, muat_sumber, olah, olah_folder,
                    olah_grafik, versi_data)
from .filter import (baris_wilayah, klik_peta, pilih_indikator, pilih_rentang, pilih_url, pilih_wilayah,
                     pilih_wilayah_banding,
                     tab_url)
from .tampil import (caption_sumber, catatan_indikator, catatan_samar, info, kartu_indeks, keterangan,
                     label, n_berdata, sebut_sumber, sumber_banyak, tabel_kolom, tabel_tampil, tautan_profil, teks_kesenjangan)
from .bagian import akses_tulis, bagian_ikg, bagian_konteks, hasil_tulis, pesan_tulis, pratinjau_impor

__all__ = [
    "bahasa",
    "cetak_bersih",
    "halaman",
    "menu",
    "tautan_halaman",
    "dataframe",
    "disamarkan",
    "muat",
    "muat_geo",
    "muat_nasional",
    "muat_sumber",
    "olah",
    "olah_folder",
    "olah_grafik",
    "kosongkan",
    "versi_data",
    "baris_wilayah",
    "klik_peta",
    "pilih_indikator",
    "pilih_rentang",
    "pilih_url",
    "pilih_wilayah",
    "pilih_wilayah_banding",
    "tab_url",
    "caption_sumber",
    "catatan_indikator",
    "catatan_samar",
    "info",
    "kartu_indeks",
    "keterangan",
    "label",
    "n_berdata",
    "sebut_sumber",
    "sumber_banyak",
    "tabel_kolom",
    "tabel_tampil",
    "tautan_profil",
    "teks_kesenjangan",
    "bagian_ikg",
    "bagian_konteks",
    "akses_tulis",
    "hasil_tulis",
    "pesan_tulis",
    "pratinjau_impor",
]
