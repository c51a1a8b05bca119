"""Make the importer's test corpus: realistic BPS-style exports and one malformed file per rule.

    .venv/bin/python tests/corpus/buat_korpus.py

Realistic files are built from the published figures already in data/gender_kalteng.csv (read only), laid out
the way BPS and DP3APPKB publish them (title rows, merged headers, notes below, "…" for missing), so importing
them again must change nothing but the source text. Malformed files hold test values marked "data uji" and must
be refused. `harapan.csv` maps every file to the options it is imported with and the text its result must
contain (for refused files: file, row, column, value and reason); several required pieces are joined by " && ".
"""
from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

DIR = Path(__file__).resolve().parent
ROOT = DIR.parent.parent
sys.path.insert(0, str(ROOT))

from kalteng_gender import regions  # noqa: E402

UJI = "data uji (bukan angka resmi)"
KAB = list(regions.KABKOTA)


def data() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "gender_kalteng.csv", dtype={"kode_bps": str}, keep_default_na=False)


def nilai(df, ind, tahun, kode, jk="T"):
    sel = df[(df.indikator == ind) & (df.tahun == tahun) & (df.kode_bps == kode) & (df.jenis_kelamin == jk)]
    return float(sel["nilai"].iloc[0]) if len(sel) else None


def sumber_tunggal(df, ind, tahun) -> str:
    s = df[(df.indikator == ind) & (df.tahun == tahun)]["sumber"].unique()
    assert len(s) == 1, (ind, tahun, s)
    return s[0]


def angka_id(x: float) -> str:
    """72.87 -> '72,87'; 1434119.0 -> '1434119' (decimal comma, as an Indonesian spreadsheet writes it)."""
    return (f"{x:.0f}" if float(x).is_integer() else f"{x:g}").replace(".", ",")


def tulis_csv(nama: str, baris: list[list], pemisah: str = ",", pengodean: str = "utf-8", bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, delimiter=pemisah, lineterminator="\r\n").writerows(baris)
    isi = buf.getvalue().encode(pengodean)
    (DIR / nama).write_bytes((b"\xef\xbb\xbf" if bom else b"") + isi)


def buku(judul: str, satuan: str | None, lebar: int):
    """A workbook with a BPS-style title (merged across the table) and an empty row below it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel"
    ws["A1"] = judul
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=lebar)
    if satuan:
        ws["A2"] = satuan
    return wb, ws


def catatan_kaki(ws, baris: int, teks: list[str]):
    for i, t in enumerate(teks):
        ws.cell(baris + i, 1, t)


# --- realistic exports ----------------------------------------------------------------------------------------
def bps_kekerasan_2023(df, nama="bps_kekerasan_2023.xlsx", rumus=False, asing=False):
    """DP3APPKB cases 2023 per regency: code and name columns, year in a merged header, column numbers row."""
    ind = "kasus_kekerasan_perempuan_anak"
    wb, ws = buku("Tabel 4.2 Jumlah Kasus Kekerasan terhadap Perempuan dan Anak menurut Kabupaten/Kota di Provinsi "
                  "Kalimantan Tengah, 2023", "(kasus)", 3)
    ws["A4"], ws["B4"], ws["C4"] = "Kode", "Kabupaten/Kota", "Jumlah Kasus"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["C5"] = 2023
    ws["A6"], ws["B6"], ws["C6"] = "(1)", "(2)", "(3)"
    r = 7
    for kode in KAB:
        ws.cell(r, 1, kode)
        ws.cell(r, 2, regions.NAMA[kode])
        ws.cell(r, 3, nilai(df, ind, 2023, kode))
        r += 1
    if asing:
        ws.cell(r, 1, "")
        ws.cell(r, 2, "Tanah Bumbu")
        ws.cell(r, 3, 12)
        r += 1
    ws.cell(r, 1, "6200")
    ws.cell(r, 2, "Kalimantan Tengah")
    ws.cell(r, 3, "=SUM(C7:C20)" if rumus else nilai(df, ind, 2023, "6200"))
    catatan_kaki(ws, r + 2, ["Sumber: DP3APPKB Provinsi Kalimantan Tengah (dikutip Prokalteng, 22 November 2023)",
                             "Catatan: Januari s.d. 22 November 2023; kasus yang dilaporkan, bukan prevalensi"])
    wb.save(DIR / nama)
    return r


def bps_penduduk_jk(df, nama="bps_penduduk_jk_2023.xlsx"):
    """Population by sex 2023: sexes across under a merged 'Jenis Kelamin', total in its own merged column."""
    ind = "penduduk_proyeksi"
    wb, ws = buku("Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin di Provinsi Kalimantan Tengah (jiwa), "
                  "2023", None, 4)
    ws["A3"], ws["B3"], ws["D3"] = "Kabupaten/Kota", "Jenis Kelamin", "Laki-laki + Perempuan"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:D4")
    ws["B4"], ws["C4"] = "Laki-laki", "Perempuan"
    r = 5
    for kode in KAB + ["6200"]:
        ws.cell(r, 1, ("Kab. " if kode not in ("6271", "6200") else "") + regions.NAMA[kode].upper()
                if kode != "6271" else "Kota Palangkaraya")
        for j, jk in enumerate(["L", "P", "T"], start=2):
            v = nilai(df, ind, 2023, kode, jk)
            ws.cell(r, j, v if v is not None else "…")
        r += 1
    catatan_kaki(ws, r + 1, ["Sumber: Proyeksi Penduduk Interim 2020–2023 (BPS)",
                             "Catatan: … = data tidak tersedia"])
    wb.save(DIR / nama)


def bps_penduduk_tahun_jk(df, nama="bps_penduduk_2022_2023.xlsx"):
    """Two header rows: years merged over Laki-laki / Perempuan / Jumlah."""
    ind = "penduduk_proyeksi"
    wb, ws = buku("Penduduk menurut Kabupaten/Kota dan Jenis Kelamin, 2022–2023", "(jiwa)", 7)
    ws["A4"] = "Kabupaten/Kota"
    ws.merge_cells("A4:A5")
    for k, th in enumerate([2022, 2023]):
        c = 2 + 3 * k
        ws.cell(4, c, str(th))
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
        for j, teks in enumerate(["Laki-laki", "Perempuan", "Jumlah"]):
            ws.cell(5, c + j, teks)
    r = 6
    for kode in KAB + ["6200"]:
        ws.cell(r, 1, regions.NAMA[kode])
        for k, th in enumerate([2022, 2023]):
            for j, jk in enumerate(["L", "P", "T"]):
                v = nilai(df, ind, th, kode, jk)
                ws.cell(r, 2 + 3 * k + j, v if v is not None else "…")
        r += 1
    catatan_kaki(ws, r + 1, ["Sumber: BPS, proyeksi penduduk pertengahan tahun", "Catatan: … = data tidak tersedia"])
    wb.save(DIR / nama)


def panjang_latin1(df):
    """Long format, ';' and decimal comma, Latin-1, name spellings as agencies type them."""
    ejaan = {("6201", 2021): "Kab. Kotawaringin Barat", ("6201", 2022): "KOTAWARINGIN BARAT",
             ("6203", 2016): "KAPUAS", ("6271", 2016): "Kota Palangkaraya", ("6271", 2017): "Palangka Raya",
             ("6271", 2018): "KOTA PALANGKA RAYA"}
    sel = df[(df.indikator == "ipm") & df.kode_bps.isin(KAB)]
    baris = [["wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "sumber"]]
    for _, r in sel.iterrows():
        nama = ejaan.get((r.kode_bps, r.tahun), "Kabupaten " + regions.NAMA[r.kode_bps])
        baris.append([nama, r.tahun, r.indikator, r.jenis_kelamin, angka_id(r.nilai), r.sumber])
    baris += [[], ["Catatan: diolah dari rilis BPS · IPM metode baru, UHH lama"]]
    tulis_csv("panjang_latin1_titikkoma.csv", baris, ";", "latin-1")
    return len(sel)


def panjang_bom(df):
    """Long format with BOM, ',' and decimal point, a satuan column, codes 0000 and 6200."""
    sel = df[df.indikator == "ikg"]
    baris = [["kode_bps", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber"]]
    baris += [[r.kode_bps, r.tahun, r.indikator, r.jenis_kelamin, f"{r.nilai:.3f}", r.satuan, r.sumber]
              for _, r in sel.iterrows()]
    tulis_csv("panjang_utf8bom.csv", baris, ",", "utf-8", bom=True)
    tulis_csv("utf16.csv", baris, "\t", "utf-16")  # Excel's "Unicode Text": UTF-16 with BOM, tab-separated
    return len(sel)


def kemendagri(df):
    """Long format keyed by Kemendagri codes (6206 = Katingan there, Sukamara in BPS)."""
    ke_dagri = {b: k for k, b in regions.KEMENDAGRI_KE_BPS.items()}
    sel = df[(df.indikator == "korban_kekerasan_anak") & (df.tahun == 2025)]
    baris = [["kode_kemendagri", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "sumber"]]
    for _, r in sel.sort_values("kode_bps", key=lambda s: s.map(ke_dagri)).iterrows():
        baris.append([ke_dagri[r.kode_bps][:2] + "." + ke_dagri[r.kode_bps][2:], regions.NAMA[r.kode_bps], r.tahun,
                      r.indikator, r.jenis_kelamin, f"{r.nilai:.0f}", r.sumber])
    tulis_csv("kemendagri.csv", baris)
    return len(sel)


def csv_lebar(df):
    """A BPS CSV download: title line, ';', year across, notes below."""
    ind = "laporan_kekerasan_anak_uptppa"
    baris = [["Jumlah Laporan Kekerasan terhadap Anak yang Ditangani UPT PPA menurut Kabupaten/Kota, "
              "Januari–Juni 2022", ""], ["", ""], ["Kabupaten/Kota", "2022"]]
    baris += [[regions.NAMA[k], f"{nilai(df, ind, 2022, k):.0f}"] for k in KAB + ["6200"]]
    baris += [["", ""], ["Sumber: DP3APPKB Provinsi Kalimantan Tengah", ""]]
    tulis_csv("bps_lebar.csv", baris, ";")


# --- malformed files, one rule each -----------------------------------------------------------------------------
TAJUK = ["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "sumber"]


def panjang(nama, baris, pemisah=";", tajuk=TAJUK):
    tulis_csv(nama, [tajuk] + baris, pemisah)


def xlsx_panjang(nama, baris, tajuk=TAJUK):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(tajuk)
    for b in baris:
        ws.append(b)
    wb.save(DIR / nama)


def rusak(df):
    panjang("wilayah_tak_dikenal.csv", [["6201", "Kotawaringin Barat", "2024", "tpak_agustus", "P", "55,1", UJI],
                                        ["", "Kab. Tanah Laut", "2024", "tpak_agustus", "P", "52,3", UJI]])
    panjang("indikator_tak_dikenal.csv", [["6202", "Kotawaringin Timur", "2024", "ipm_2020", "T", "72,5", UJI]])
    panjang("nilai_bukan_angka.csv", [["6203", "Kapuas", "2023", "tpak_agustus", "L", "80,2", UJI],
                                      ["6203", "Kapuas", "2023", "tpak_agustus", "P", "tujuh puluh", UJI]])
    panjang("persen_di_luar.csv", [["6204", "Barito Selatan", "2024", "tpak_agustus", "P", "112,5", UJI]])
    xlsx_panjang("indeks_di_luar.xlsx", [["6200", "Kalimantan Tengah", 2022, "ikg", "T", 0.5, UJI],
                                         ["6205", "Barito Utara", 2022, "ikg", "T", 1.3, UJI]])
    panjang("tahun_di_luar.csv", [["6206", "Sukamara", "1998", "tpak_agustus", "T", "66,0", UJI]])
    panjang("kunci_ganda.csv", [["6207", "Lamandau", "2024", "tpak_agustus", "T", "70,1", UJI],
                                ["6208", "Seruyan", "2024", "tpak_agustus", "T", "68,0", UJI],
                                ["6207", "Kab. Lamandau", "2024", "tpak_agustus", "T", "71,4", UJI]])
    panjang("kolom_hilang.csv", [["6209", "Katingan", "2024", "tpak_agustus", "T", UJI]],
            tajuk=["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "sumber"])
    (DIR / "kosong.csv").write_bytes(b"")
    panjang("hanya_tajuk.csv", [])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    (DIR / "rusak.xlsx").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    (DIR / "biner.csv").write_bytes(bytes(range(256)) * 4)
    (DIR / "tabel_lama.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    bps_kekerasan_2023(df, "rumus.xlsx", rumus=True)
    panjang("satuan_salah.csv", [["6210", "Pulang Pisau", "2020", "penduduk_sp2020", "T", "134,5", "ribu jiwa", UJI]],
            tajuk=["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber"])
    panjang("jk_salah.csv", [["6211", "Gunung Mas", "2024", "tpak_agustus", "campuran", "69,2", UJI]])
    panjang("sumber_kosong.csv", [["6212", "Barito Timur", "2024", "tpak_agustus", "T", "70,3", ""]])
    panjang("kode_nama_bentrok.csv", [["6206", "Katingan", "2024", "tpak_agustus", "T", "68,9", UJI]])
    wb, ws = buku("Tingkat Partisipasi Angkatan Kerja menurut Kabupaten/Kota, 2024", "(persen)", 2)
    ws["A4"], ws["B4"] = "Kabupaten/Kota", "2024"
    for r, kode in enumerate(KAB[:3], start=5):
        ws.cell(r, 1, regions.NAMA[kode])
        ws.cell(r, 2, 70.0 + r)
    wb.save(DIR / "lebar_tanpa_opsi.xlsx")
    wb, ws = buku("Persentase Penduduk menurut Kabupaten/Kota dan Jenis Kelamin, 2023", "(persen)", 3)
    ws["A4"], ws["B4"], ws["C4"] = "Kabupaten/Kota", "Laki-laki", "Perempuan"
    for r, kode in enumerate(KAB[:3], start=5):
        ws.cell(r, 1, regions.NAMA[kode])
        ws.cell(r, 2, 51.0)
        ws.cell(r, 3, 49.0)
    wb.save(DIR / "lebar_tanpa_tahun.xlsx")
    baris_asing = bps_kekerasan_2023(df, "lebar_wilayah_asing.xlsx", asing=True) - 1
    tulis_csv("bukan_tabel.csv", [["Laporan tahunan dinas"], ["Isi laporan ini berupa uraian, bukan tabel angka."],
                                  ["Terima kasih."]])
    wb, ws = buku("Tingkat Partisipasi Angkatan Kerja Perempuan menurut Kabupaten/Kota, 2024", None, 2)
    ws["A3"], ws["B3"] = "Kabupaten/Kota", 2024
    for r, kode in enumerate(KAB[:2], start=4):
        ws.cell(r, 1, regions.NAMA[kode])
        c = ws.cell(r, 2, 0.5452)
        c.number_format = "0.00%"
    wb.save(DIR / "persen_format_excel.xlsx")
    panjang("desimal_campur.csv", [["6201", "Kotawaringin Barat", "2024", "tpak_agustus", "T", "70,25", UJI],
                                   ["6202", "Kotawaringin Timur", "2024", "tpak_agustus", "T", "68,40", UJI],
                                   ["6203", "Kapuas", "2024", "tpak_agustus", "T", "69.75", UJI]])
    panjang("bukan_bilangan_bulat.csv", [["6271", "Palangka Raya", "2023", "kasus_kekerasan_perempuan_anak", "T",
                                          "12,5", UJI]])
    (DIR / "teks_berakhiran.xlsx").write_bytes(";".join(TAJUK).encode() + b"\r\n6201;Kotawaringin Barat\r\n")
    panjang("tahun_bukan_bilangan.csv", [["6213", "Murung Raya", "2023/2024", "tpak_agustus", "T", "71,0", UJI]])
    wb, ws = buku("Jumlah Kasus Kekerasan menurut Tahun dan Kabupaten/Kota", None, 4)
    ws.append([])
    ws.append(["Tahun"] + [regions.NAMA[k] for k in KAB[:3]])
    ws.append([2023, 1, 2, 3])
    wb.save(DIR / "wilayah_ke_samping.xlsx")
    return baris_asing


def main() -> None:
    df = data()
    bps_kekerasan_2023(df)
    bps_penduduk_jk(df)
    bps_penduduk_tahun_jk(df)
    n_ipm, n_ikg, n_dagri = panjang_latin1(df), panjang_bom(df), kemendagri(df)
    csv_lebar(df)
    baris_asing = rusak(df)
    sumber_kasus = sumber_tunggal(df, "kasus_kekerasan_perempuan_anak", 2023)
    sumber_uptppa = sumber_tunggal(df, "laporan_kekerasan_anak_uptppa", 2022)
    sumber_pend = "'uji korpus: proyeksi penduduk BPS seperti tercatat di data/gender_kalteng.csv'"
    tanpa_ubah = "0 baris ditambah, 0 baris diubah,"
    lebar_kasus = f"--indikator kasus_kekerasan_perempuan_anak --jk T --sumber {sumber_kasus}"
    harapan = [
        # berkas, opsi, hasil (ok/galat), teks yang harus muncul
        ("bps_kekerasan_2023.xlsx", lebar_kasus, "ok",
         "0 baris ditambah, 0 baris diubah, && (15 angka di berkas sudah sama persis"),
        ("bps_penduduk_jk_2023.xlsx", f"--indikator penduduk_proyeksi --tahun 2023 --sumber {sumber_pend}", "ok",
         "0 baris ditambah, 24 baris diubah"),
        ("bps_penduduk_2022_2023.xlsx", f"--indikator penduduk_proyeksi --sumber {sumber_pend}", "ok",
         "0 baris ditambah, 33 baris diubah"),
        ("panjang_latin1_titikkoma.csv", "", "ok", f"{tanpa_ubah} && ({n_ipm} angka di berkas sudah sama persis"),
        ("panjang_utf8bom.csv", "", "ok", f"{tanpa_ubah} && ({n_ikg} angka di berkas sudah sama persis"),
        ("utf16.csv", "", "ok", f"{tanpa_ubah} && ({n_ikg} angka di berkas sudah sama persis"),
        ("kemendagri.csv", "", "ok", f"{tanpa_ubah} && ({n_dagri} angka di berkas sudah sama persis"),
        ("bps_lebar.csv", f"--indikator laporan_kekerasan_anak_uptppa --jk T --sumber {sumber_uptppa}", "ok",
         "0 baris ditambah, 0 baris diubah, && (15 angka di berkas sudah sama persis"),
        ("wilayah_tak_dikenal.csv", "", "galat",
         "wilayah_tak_dikenal.csv, baris 3, kolom 'wilayah', nilai 'Kab. Tanah Laut': wilayah tidak dikenal"),
        ("indikator_tak_dikenal.csv", "", "galat",
         "indikator_tak_dikenal.csv, baris 2, kolom 'indikator', nilai 'ipm_2020': indikator tidak ada di registry "
         "(data/indikator.csv); yang paling mirip: ipm_sp2020"),
        ("nilai_bukan_angka.csv", "", "galat",
         "nilai_bukan_angka.csv, baris 3, kolom 'nilai', nilai 'tujuh puluh': bukan angka"),
        ("persen_di_luar.csv", "", "galat",
         "persen_di_luar.csv, baris 2, kolom 'nilai', nilai '112,5': persentase di luar 0–100"),
        ("indeks_di_luar.xlsx", "", "galat",
         "indeks_di_luar.xlsx, baris 3, kolom 'nilai' (F), nilai '1.3': indeks di luar rentangnya 0–1"),
        ("tahun_di_luar.csv", "", "galat",
         "tahun_di_luar.csv, baris 2, kolom 'tahun', nilai '1998': tahun di luar 2000–"),
        ("kunci_ganda.csv", "", "galat",
         "kunci_ganda.csv, baris 2, kolom 'nilai', nilai '70,1 / 71,4': kunci ganda dengan nilai berbeda untuk "
         "(6207 Lamandau, 2024, tpak_agustus, T) di baris 2 kolom 'nilai', baris 4 kolom 'nilai'"),
        ("kolom_hilang.csv", "", "galat", "kolom_hilang.csv, baris 1: kolom wajib 'nilai' tidak ada"),
        ("kosong.csv", "", "galat", "kosong.csv: berkas kosong, tidak ada baris data"),
        ("hanya_tajuk.csv", "", "galat", "hanya_tajuk.csv: berkas kosong, tidak ada baris data"),
        ("rusak.xlsx", "", "galat", "rusak.xlsx: tidak dapat dibaca sebagai XLSX"),
        ("biner.csv", "", "galat", "biner.csv: tidak dapat dibaca sebagai CSV: berisi byte biner"),
        ("tabel_lama.xls", "", "galat", "tabel_lama.xls: jenis berkas '.xls' tidak didukung; hanya .csv atau .xlsx"),
        ("rumus.xlsx", lebar_kasus, "galat",
         "rumus.xlsx, baris 21, sel C21, nilai '=SUM(C7:C20)': rumus tidak dihitung"),
        ("satuan_salah.csv", "", "galat",
         "satuan_salah.csv, baris 2, kolom 'satuan', nilai 'ribu jiwa': satuan berbeda dari registry untuk "
         "'penduduk_sp2020' (jiwa)"),
        ("jk_salah.csv", "", "galat",
         "jk_salah.csv, baris 2, kolom 'jenis_kelamin', nilai 'campuran': jenis kelamin harus P"),
        ("sumber_kosong.csv", "", "galat", "sumber_kosong.csv, baris 2, kolom 'sumber', nilai '': sumber kosong"),
        ("kode_nama_bentrok.csv", "", "galat",
         "kode_nama_bentrok.csv, baris 2, kolom 'kode_bps', nilai '6206': kode ini berarti Sukamara (6206), tetapi "
         "kolom wilayah menyebut 'Katingan' (Katingan, 6209); bila kolom kode memakai penomoran Kemendagri"),
        ("lebar_tanpa_opsi.xlsx", "", "galat",
         "lebar_tanpa_opsi.xlsx: tata letak lebar (wilayah ke bawah) tidak menyebut indikator; beri --indikator"),
        ("lebar_tanpa_tahun.xlsx", f"--indikator pct_penduduk_jk --sumber '{UJI}'", "galat",
         "lebar_tanpa_tahun.xlsx, baris 4, kolom 'Laki-laki' (B): tahun tidak diketahui: tajuk kolom tidak memuat "
         "tahun dan --tahun tidak diberikan; judul tabel menyebut 2023"),
        ("lebar_wilayah_asing.xlsx", lebar_kasus, "galat",
         f"lebar_wilayah_asing.xlsx, baris {baris_asing}, kolom 'Kabupaten/Kota' (B), nilai 'Tanah Bumbu': "
         "wilayah tidak dikenal"),
        ("bukan_tabel.csv", "", "galat", "bukan_tabel.csv: tidak menemukan tabel"),
        ("persen_format_excel.xlsx", f"--indikator tpak_agustus --jk P --sumber '{UJI}'", "galat",
         "persen_format_excel.xlsx, baris 4, kolom '2024' (B), nilai '0.5452 (format %)': sel berformat persen"),
        ("desimal_campur.csv", "", "galat",
         "desimal_campur.csv, baris 4, kolom 'nilai', nilai '69.75': bukan angka (berkas ini memakai ',' sebagai "
         "tanda desimal)"),
        ("bukan_bilangan_bulat.csv", "", "galat",
         "bukan_bilangan_bulat.csv, baris 2, kolom 'nilai', nilai '12,5': 'kasus_kekerasan_perempuan_anak' dihitung "
         "dalam kasus: harus bilangan bulat"),
        ("teks_berakhiran.xlsx", "", "galat", "teks_berakhiran.xlsx: tidak dapat dibaca sebagai XLSX: bukan arsip"),
        ("wilayah_ke_samping.xlsx", lebar_kasus, "galat",
         "wilayah_ke_samping.xlsx: tata letak wilayah ke samping (nama kabupaten/kota berjajar dalam satu baris) "
         "belum didukung"),
        ("tahun_bukan_bilangan.csv", "", "galat",
         "tahun_bukan_bilangan.csv, baris 2, kolom 'tahun', nilai '2023/2024': tahun bukan bilangan bulat"),
    ]
    with open(DIR / "harapan.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["berkas", "opsi", "hasil", "teks"])
        w.writerows(harapan)
    print(f"{len(harapan)} berkas korpus ditulis ke {DIR}")


if __name__ == "__main__":
    main()
