"""The leaders' brief as a PDF: the content of `brief.isi_brief` laid out on A4 with fpdf2, the charts drawn by
matplotlib (`cetak`), so no browser is needed. Anything that stops the PDF is one sentence (`GagalPdf`).

    python -m kalteng_gender.brief_pdf --wilayah 6271 --out brief.pdf
    python -m kalteng_gender.brief_pdf --semua --out semua.pdf     (15 pages: the province and 14 kab/kota)
"""
from __future__ import annotations

import argparse
import datetime as _dt
import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import cetak, fmt, regions
from .brief import Brief, isi_brief
from .teks import t
from .data import DataError

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), cetak.FONT_MATPLOTLIB)


SEMUA = (regions.PROVINSI, *regions.KABKOTA)


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


def _pdf():
    from fpdf import FPDF
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(14, 10, 14)
    pdf.set_auto_page_break(True, margin=8)
    pdf.set_author("Peta Kesenjangan Gender Kalimantan Tengah")
    pdf.set_lang("id")
    pdf.set_creation_date(_dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc))
    return pdf, _font(pdf)


def _gambar_brief(b: Brief, batas) -> tuple[bytes, bytes | None]:
    """The locator map and the female/male chart as PNG, drawn once per brief however often the page is fitted."""
    peta = _gambar(cetak.peta_sorot, batas, b.kode, b.judul_peta).getvalue()
    grafik = _gambar(cetak.batang_pl, b.data_grafik(), b.judul_grafik, 6.4, b.lang).getvalue() \
        if b.kesenjangan else None
    return peta, grafik


def _halaman(pdf, f: str, b: Brief, peta: bytes, grafik: bytes | None, skala: float) -> None:
    """One brief on a new A4 page; `skala` (≤ 1) shrinks type, lines and the chart so that it fits one page."""
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace
    from .geo import atribusi

    pdf.add_page()
    lebar = pdf.w - pdf.l_margin - pdf.r_margin
    baru = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
    z = lambda v: v * skala  # noqa: E731

    def judul_bagian(teks: str):
        pdf.ln(z(1.5))
        pdf.set_font(f, "B", z(10.5))
        pdf.set_text_color(20, 60, 100)
        pdf.cell(lebar, z(5.5), teks, **baru)
        pdf.set_text_color(0, 0, 0)

    def butir(teks: str, ukuran: float, tinggi: float):
        pdf.set_font(f, "", z(ukuran))
        pdf.set_x(pdf.l_margin)
        pdf.cell(4, z(tinggi), "•")
        pdf.multi_cell(lebar - 4, z(tinggi), teks, **baru)

    def tabel(df: pd.DataFrame, lebar_kolom: tuple):
        pdf.set_font(f, "", z(7.4))
        with pdf.table(col_widths=lebar_kolom, line_height=z(3.6), text_align="LEFT", first_row_as_headings=True,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 241)),
                       borders_layout="HORIZONTAL_LINES", padding=0.6) as tb:
            kepala = tb.row()
            for c in df.columns:
                kepala.cell(c)
            for _, r in df.iterrows():
                baris = tb.row()
                for v in r:
                    baris.cell(str(v))

    # Title block with the locator map on the right.
    peta_w = 40
    y0 = pdf.get_y()
    pdf.set_font(f, "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(lebar - peta_w, 5, "LEADERS' BRIEF · GENDER GAPS" if b.en else "RINGKASAN PIMPINAN · KESENJANGAN GENDER",
             **baru)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(f, "B", 19)
    pdf.multi_cell(lebar - peta_w - 2, 9, b.wilayah, **baru)
    pdf.set_font(f, "", 9)
    pdf.multi_cell(lebar - peta_w - 2, 4.6, b.pengantar, **baru)
    pdf.image(io.BytesIO(peta), x=pdf.w - pdf.r_margin - peta_w, y=y0 - 2, w=peta_w)
    pdf.set_y(max(pdf.get_y(), y0 + peta_w * 270 / 300 - 4))

    # Headline boxes: title, value, change, national value, first year, a later secondary figure.
    kotak_w, jarak = (lebar - 8) / 3, 4
    y = pdf.get_y() + 1
    bawah = y
    for n, u in enumerate(b.utama):
        x = pdf.l_margin + n * (kotak_w + jarak)
        pdf.set_xy(x + 2, y + 1.5)
        pdf.set_font(f, "B", 8)
        pdf.multi_cell(kotak_w - 4, 3.6, u.judul, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        pdf.set_font(f, "B", 15 if u.tahun else 10)
        pdf.cell(kotak_w - 4, 7 if u.tahun else 6, u.teks_nilai, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(f, "", 7.2)
        if u.teks_tren:
            pdf.set_text_color(170, 40, 40) if u.penilaian == "memburuk" else pdf.set_text_color(20, 110, 60)
            pdf.multi_cell(kotak_w - 4, 3.5, u.teks_tren, new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        for teks in (u.teks_nasional, u.teks_sejak_awal, u.teks_sekunder):
            if teks:
                pdf.multi_cell(kotak_w - 4, 3.5, teks, new_x=XPos.LEFT, new_y=YPos.NEXT)
        bawah = max(bawah, pdf.get_y() + 1)
    for n in range(3):  # boxes drawn after the text, as tall as the fullest one
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(pdf.l_margin + n * (kotak_w + jarak), y, kotak_w, bawah - y)
    pdf.set_xy(pdf.l_margin, bawah + 1)

    judul_bagian(t("pokok", b.lang))
    for k in b.kalimat:
        butir(k, 8.8, 4.3)

    judul_bagian(t("kesenjangan_terlebar", b.lang))
    if b.kesenjangan:
        tabel(b.tabel_kesenjangan(), (13, 25, 42, 10, 16, 20, 22, 9, 25))
        pdf.ln(1)
        pdf.image(io.BytesIO(grafik), x=pdf.l_margin, w=z(100))
    else:
        butir(b.tanpa_kesenjangan, 8.8, 4.3)

    judul_bagian(t("paling_membaik", b.lang))
    if b.perbaikan:
        tabel(b.tabel_perbaikan(), (28, 62, 30, 30, 32))
    else:
        butir(b.tanpa_perbaikan, 8.8, 4.3)

    judul_bagian(b.judul_wilayah)
    for s in b.sebaran:
        butir(s.teks, 8.4, 4.1)

    pdf.ln(1.5)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(0.8)
    pdf.set_font(f, "", z(6.4))
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(lebar, z(2.9), f"{b.kaki} {b.catatan} {atribusi(b.lang)}", **baru)
    pdf.set_font(f, "", z(5.6))  # the sources may go small: they are addresses to look up, not prose
    daftar = "  ".join(f"[{n}] {nama}: {u}" for n, (nama, u) in enumerate(b.daftar_sumber, start=1))
    sumber_ = t("sumber", b.lang)
    pdf.multi_cell(lebar, z(2.5), f"{sumber_}: {daftar}" if b.sumber else f"{sumber_}: {fmt.angka(None, lang=b.lang)}",
                   **baru)
    pdf.set_text_color(0, 0, 0)


SKALA = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68)


def _tulis(pdf, f: str, b: Brief, batas, gambar: tuple[bytes, bytes | None] | None = None) -> None:
    """Add `b` as one page: the largest scale at which it fits one A4 page, tried on a scratch document."""
    peta, grafik = gambar or _gambar_brief(b, batas)
    for skala in SKALA:
        coba, fc = _pdf()
        _halaman(coba, fc, b, peta, grafik, skala)
        if coba.page == 1:
            break
    else:
        raise GagalPdf(f"PDF tidak dapat dibuat: ringkasan {b.wilayah} tidak muat satu halaman A4.")
    _halaman(pdf, f, b, peta, grafik, skala)


def buat_pdf(b: Brief, batas, gambar: tuple[bytes, bytes | None] | None = None) -> bytes:
    """The brief on one A4 portrait page, charts embedded as PNG (`gambar`, else drawn here).

    `batas`: the 14 kab/kota boundaries (geo.muat_batas) for the locator map."""
    pdf, f = _pdf()
    pdf.set_title(b.judul)
    _tulis(pdf, f, b, batas, gambar)
    return bytes(pdf.output())


@dataclass(frozen=True)
class Layar:
    """What the Ringkasan Pimpinan page shows for one region: the content, its two tables, the locator map and
    the female/male chart as the PDF draws them (so screen, browser print and PDF agree), and the PDF itself or
    the one sentence saying why it could not be made."""
    brief: Brief
    kesenjangan: pd.DataFrame
    perbaikan: pd.DataFrame
    peta: bytes | None
    grafik: bytes | None
    pdf: bytes | None
    galat: str = ""


def layar(df: pd.DataFrame, reg: pd.DataFrame, kode: str, lang: str = "id") -> Layar:
    """The page's one view of a region (pure; the page caches it with ui.olah); the PDF in the same language."""
    from . import geo
    b = isi_brief(df, reg, kode, lang=lang)
    try:
        batas = geo.muat_batas()
        gambar = _gambar_brief(b, batas)
        return Layar(b, b.tabel_kesenjangan(), b.tabel_perbaikan(), *gambar, buat_pdf(b, batas, gambar))
    except (GagalPdf, DataError) as e:
        return Layar(b, b.tabel_kesenjangan(), b.tabel_perbaikan(), None, None, None, str(e))


def buat_pdf_semua(briefs: list[Brief], batas) -> bytes:
    """Several briefs in one PDF, one page each (the province and the 14 kab/kota for a coordination meeting)."""
    pdf, f = _pdf()
    pdf.set_title("Leaders' Brief: Central Kalimantan and its 14 regencies/cities"
                  if briefs and briefs[0].en else "Ringkasan Pimpinan: Kalimantan Tengah dan 14 kabupaten/kota")
    for b in briefs:
        _tulis(pdf, f, b, batas)
    return bytes(pdf.output())


def pdf_wilayah(df: pd.DataFrame, reg: pd.DataFrame, kode: str, batas=None, tanggal: str | None = None) -> bytes:
    """What the CLI and the page's "Unduh PDF" button both produce (boundaries: the project's shapefile)."""
    from . import geo
    return buat_pdf(isi_brief(df, reg, kode, tanggal), geo.muat_batas() if batas is None else batas)


def pdf_semua(df: pd.DataFrame, reg: pd.DataFrame, batas=None, tanggal: str | None = None,
              lang: str = "id") -> bytes:
    """The province's brief and the 14 kab/kota's, 15 pages in one PDF (CLI --semua and the page's button)."""
    from . import geo
    return buat_pdf_semua([isi_brief(df, reg, k, tanggal, lang=lang) for k in SEMUA],
                          geo.muat_batas() if batas is None else batas)


def main(argv: list[str] | None = None) -> int:
    from . import data as kd, geo

    ap = argparse.ArgumentParser(prog="python -m kalteng_gender.brief_pdf",
                                 description="Ringkasan pimpinan sebagai PDF A4, satu halaman per wilayah.")
    ap.add_argument("--wilayah", default=regions.PROVINSI,
                    help="kode BPS (6200 = Kalimantan Tengah, 6201–6213, 6271) atau nama wilayah")
    ap.add_argument("--semua", action="store_true",
                    help="semua 15 ringkasan (Kalimantan Tengah dan 14 kab/kota) dalam satu PDF, satu halaman per wilayah")
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
        isi = pdf_semua(df, reg, geo.muat_batas()) if a.semua else pdf_wilayah(df, reg, kode, geo.muat_batas())
    except (kd.DataError, GagalPdf) as e:
        print(str(e), file=sys.stderr)
        return 1
    try:
        Path(a.out).write_bytes(isi)
    except OSError as e:
        print(f"Berkas '{a.out}' tidak dapat ditulis: {e.strerror}.", file=sys.stderr)
        return 1
    print(f"{a.out}: " + ("15 ringkasan pimpinan (Kalimantan Tengah dan 14 kab/kota)" if a.semua
                          else f"ringkasan pimpinan {regions.NAMA[kode]}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
