"""The leaders' brief as a PDF: the content of `brief.isi_brief` laid out on A4 with fpdf2, the charts drawn by
matplotlib (`cetak`), so no browser is needed. Anything that stops the PDF is one sentence (`GagalPdf`).

    python -m kalteng_gender.brief_pdf --wilayah 6271 --out brief.pdf
"""
from __future__ import annotations

import argparse
import datetime as _dt
import io
import sys
from pathlib import Path

import pandas as pd

from . import cetak, fmt, regions
from .brief import Brief, isi_brief

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), cetak.FONT_MATPLOTLIB)


class GagalPdf(RuntimeError):
    """Why the PDF cannot be made, as the one sentence the CLI prints and the page shows."""


def _font(pdf) -> str:
    folder = next((d for d in FONT_DIRS if (d / "DejaVuSans.ttf").exists()), None)
    if folder is None:
        raise GagalPdf(f"PDF tidak dapat dibuat: font DejaVuSans.ttf tidak ada di {FONT_DIRS[0]}; pasang paket "
                       "Debian fonts-dejavu-core.")
    biasa, tebal = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
    pdf.add_font("DejaVu", "", str(biasa))
    pdf.add_font("DejaVu", "B", str(tebal if tebal.exists() else biasa))
    return "DejaVu"


def _gambar(fungsi, *args) -> io.BytesIO:
    """A chart as PNG; a drawing failure becomes one sentence instead of a traceback."""
    try:
        return io.BytesIO(fungsi(*args))
    except Exception as e:  # whatever matplotlib raises, the user gets the sentence, not the stack
        raise GagalPdf(f"PDF tidak dapat dibuat: grafik gagal digambar ({type(e).__name__}: {e}).") from e


def buat_pdf(b: Brief, batas) -> bytes:
    """The brief on A4 portrait (one page, two when sources are many), charts embedded as PNG.

    `batas`: the 14 kab/kota boundaries (geo.muat_batas) for the locator map."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=12)
    f = _font(pdf)
    pdf.set_title(b.judul)
    pdf.set_author("Peta Kesenjangan Gender Kalimantan Tengah")
    pdf.set_lang("id")
    pdf.set_creation_date(_dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc))
    pdf.add_page()
    lebar = pdf.w - pdf.l_margin - pdf.r_margin
    baru = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")

    def judul_bagian(teks: str, perlu_mm: float = 28):
        if pdf.get_y() + perlu_mm > pdf.page_break_trigger:  # no heading alone at the foot of a page
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font(f, "B", 11)
        pdf.set_text_color(20, 60, 100)
        pdf.cell(lebar, 6, teks, **baru)
        pdf.set_text_color(0, 0, 0)

    # Title block with the locator map on the right.
    peta_w = 46
    y0 = pdf.get_y()
    pdf.set_font(f, "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(lebar - peta_w, 5, "RINGKASAN PIMPINAN · KESENJANGAN GENDER", **baru)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(f, "B", 19)
    pdf.multi_cell(lebar - peta_w - 2, 9, b.wilayah, **baru)
    pdf.set_font(f, "", 9.5)
    pdf.multi_cell(lebar - peta_w - 2, 5, f"{b.jenis}. Angka terbit (BPS, DP3APPKB dan sumber yang "
                                          f"dicantumkan). {b.tanggal_data}.", **baru)
    pdf.image(_gambar(cetak.peta_sorot, batas, b.kode, b.judul_peta), x=pdf.w - pdf.r_margin - peta_w, y=y0 - 2,
              w=peta_w)
    pdf.set_y(max(pdf.get_y(), y0 + peta_w * 270 / 300 - 4))

    # Headline boxes.
    pdf.ln(1)
    kotak_w, kotak_h, jarak = (lebar - 8) / 3, 27, 4
    y = pdf.get_y()
    for n, u in enumerate(b.utama):
        x = pdf.l_margin + n * (kotak_w + jarak)
        pdf.set_draw_color(180, 180, 180)
        pdf.set_fill_color(246, 247, 249)
        pdf.rect(x, y, kotak_w, kotak_h, style="DF")
        pdf.set_xy(x + 2, y + 1.5)
        pdf.set_font(f, "B", 8)
        pdf.multi_cell(kotak_w - 4, 3.6, u.judul, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        pdf.set_x(x + 2)
        pdf.set_font(f, "B", 15 if u.tahun else 10)
        pdf.cell(kotak_w - 4, 7 if u.tahun else 6, u.teks_nilai, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(f, "", 7.5)
        if u.teks_tren:
            merah = u.penilaian == "memburuk"
            pdf.set_text_color(170, 40, 40) if merah else pdf.set_text_color(20, 110, 60)
            pdf.set_x(x + 2)
            pdf.cell(kotak_w - 4, 3.8, u.teks_tren, new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        pdf.set_x(x + 2)
        pdf.cell(kotak_w - 4, 3.8, u.teks_nasional, new_x=XPos.LEFT, new_y=YPos.NEXT)
        if u.teks_sejak_awal:
            pdf.cell(kotak_w - 4, 3.8, u.teks_sejak_awal, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, y + kotak_h + 1)

    judul_bagian("Pokok-pokok")
    pdf.set_font(f, "", 9.2)
    for k in b.kalimat:
        pdf.set_x(pdf.l_margin)
        pdf.cell(4, 4.7, "•")
        pdf.multi_cell(lebar - 4, 4.7, k, **baru)

    def tabel(df: pd.DataFrame, lebar_kolom: tuple):
        pdf.set_font(f, "", 7.8)
        with pdf.table(col_widths=lebar_kolom, line_height=3.9, text_align="LEFT", first_row_as_headings=True,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 241)), borders_layout="HORIZONTAL_LINES", padding=0.8) as tb:
            kepala = tb.row()
            for c in df.columns:
                kepala.cell(c)
            for _, r in df.iterrows():
                baris = tb.row()
                for v in r:
                    baris.cell(str(v))

    judul_bagian("Tiga kesenjangan terlebar (perempuan − laki-laki)")
    if b.kesenjangan:
        tabel(b.tabel_kesenjangan(), (27, 45, 12, 21, 18, 32, 27))
        pdf.ln(1)
        pdf.image(_gambar(cetak.batang_pl, b.data_grafik(), b.judul_grafik), x=pdf.l_margin, w=110)
    else:
        pdf.set_font(f, "", 9)
        pdf.multi_cell(lebar, 5, f"{fmt.TIDAK_TERSEDIA}: belum ada indikator dengan angka perempuan dan laki-laki "
                                 f"untuk {b.wilayah}.", **baru)

    judul_bagian("Tiga yang paling membaik sejak tahun terbit sebelumnya")
    if b.perbaikan:
        tabel(b.tabel_perbaikan(), (32, 68, 25, 25, 32))
    else:
        pdf.set_font(f, "", 9)
        pdf.multi_cell(lebar, 5, f"{fmt.TIDAK_TERSEDIA}: belum ada indikator yang membaik menurut dua tahun "
                                 "terbit terakhirnya.", **baru)

    judul_bagian(b.judul_wilayah)
    pdf.set_font(f, "", 9)
    for s in b.sebaran:
        pdf.set_x(pdf.l_margin)
        pdf.cell(4, 4.6, "•")
        pdf.multi_cell(lebar - 4, 4.6, s.teks, **baru)

    pdf.ln(2)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1)
    pdf.set_font(f, "", 6.8)
    pdf.set_text_color(70, 70, 70)
    from .geo import ATRIBUSI
    pdf.multi_cell(lebar, 3.2, f"{b.kaki} {b.catatan} {ATRIBUSI}", **baru)
    pdf.ln(0.8)
    pdf.cell(lebar, 3.2, "Sumber:" if b.sumber else f"Sumber: {fmt.TIDAK_TERSEDIA}", **baru)
    for n, (nama, u) in enumerate(b.daftar_sumber, start=1):
        pdf.multi_cell(lebar, 3.0, f"[{n}] {nama}: {u}", **baru)
    return bytes(pdf.output())


def pdf_wilayah(df: pd.DataFrame, reg: pd.DataFrame, kode: str, batas=None, tanggal: str | None = None) -> bytes:
    """What the CLI and the page's "Unduh PDF" button both produce (boundaries: the project's shapefile)."""
    from . import geo
    return buat_pdf(isi_brief(df, reg, kode, tanggal), geo.muat_batas() if batas is None else batas)


def main(argv: list[str] | None = None) -> int:
    from . import data as kd, geo

    ap = argparse.ArgumentParser(prog="python -m kalteng_gender.brief",
                                 description="Ringkasan pimpinan satu wilayah sebagai PDF A4.")
    ap.add_argument("--wilayah", default=regions.PROVINSI,
                    help="kode BPS (6200 = Kalimantan Tengah, 6201–6213, 6271) atau nama wilayah")
    ap.add_argument("--out", default="brief.pdf", help="berkas PDF keluaran")
    a = ap.parse_args(argv)
    kode = regions.kode_bps(a.wilayah) or regions.kode_dari_nama(a.wilayah)
    folder = Path(a.out).resolve().parent
    if not folder.is_dir():  # said before any work, not as a traceback after it
        print(f"Folder '{folder}' untuk --out tidak ada; buat dulu foldernya atau pilih tempat lain.",
              file=sys.stderr)
        return 2
    if kode not in regions.KABKOTA and kode != regions.PROVINSI:
        print(f"Wilayah '{a.wilayah}' tidak dikenal: pakai 6200 atau salah satu kode 14 kab/kota "
              f"({', '.join(regions.KABKOTA)}).", file=sys.stderr)
        return 2
    try:
        reg = kd.muat_registry()
        df = kd.muat_data(registry=reg)
        isi = pdf_wilayah(df, reg, kode, geo.muat_batas())
    except (kd.DataError, GagalPdf) as e:
        print(str(e), file=sys.stderr)
        return 1
    try:
        Path(a.out).write_bytes(isi)
    except OSError as e:
        print(f"Berkas '{a.out}' tidak dapat ditulis: {e.strerror}.", file=sys.stderr)
        return 1
    print(f"{a.out}: ringkasan pimpinan {regions.NAMA[kode]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
