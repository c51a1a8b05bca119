"""Hostile files for the importer, generated on the spot (nothing of this size is committed).

    python tests/korpus_bermusuhan.py DIR     writes every file into DIR (to time one by hand)

An XLSX is written as bare Office Open XML (one sheet, no styles) straight into a zip: openpyxl reads it like any
workbook, and a grid of a million cells is written in a second instead of a minute.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from kalteng_gender import regions

NAMA = [regions.NAMA[k] for k in regions.KABKOTA]

_TIPE = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
         '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
         'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_BUKU = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
         '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
         'name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>')
_BUKU_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
              'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _sel(v) -> str:
    # no cell reference (it is optional): a grid of repeated cells then compresses like the probe's file
    if isinstance(v, (int, float)):
        return f"<c><v>{v}</v></c>"
    return f'<c t="inlineStr"><is><t>{escape(str(v))}</t></is></c>'


def xlsx(baris, gabung: tuple[str, ...] = (), dimensi: str | None = None, teks_bersama: int = 0) -> bytes:
    """An XLSX of one sheet from an iterable of rows (lists of str/number/None); `gabung`: merged ranges;
    `dimensi`: a <dimension ref> to declare (true or not); `teks_bersama`: that many distinct shared strings."""
    lembar = io.StringIO()
    lembar.write('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                 'spreadsheetml/2006/main">' + (f'<dimension ref="{dimensi}"/>' if dimensi else "") + "<sheetData>")
    for b in baris:
        lembar.write("<row>" + "".join("<c/>" if v is None else _sel(v) for v in b) + "</row>")
    lembar.write("</sheetData>")
    if gabung:
        lembar.write(f'<mergeCells count="{len(gabung)}">' + "".join(f'<mergeCell ref="{g}"/>' for g in gabung)
                     + "</mergeCells>")
    lembar.write("</worksheet>")
    bagian = {"[Content_Types].xml": _TIPE, "_rels/.rels": _RELS, "xl/workbook.xml": _BUKU,
              "xl/_rels/workbook.xml.rels": _BUKU_RELS, "xl/worksheets/sheet1.xml": lembar.getvalue()}
    if teks_bersama:
        bagian["[Content_Types].xml"] = _TIPE.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" '
                                                      'ContentType="application/vnd.openxmlformats-officedocument.'
                                                      'spreadsheetml.sharedStrings+xml"/></Types>')
        bagian["xl/_rels/workbook.xml.rels"] = _BUKU_RELS.replace(
            "</Relationships>", '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        bagian["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
                                          'openxmlformats.org/spreadsheetml/2006/main">'
                                          + "".join(f"<si><t>{i}</t></si>" for i in range(teks_bersama)) + "</sst>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for nama, isi in bagian.items():
            z.writestr(nama, isi)
    return out.getvalue()


def xlsx_10rb_x_130() -> bytes:
    """The probe's file: 10,000 rows × 130 columns, regions down, text in every other cell (0.15 MB zipped)."""
    return xlsx([NAMA[i % 14]] + ["abc"] * 129 for i in range(10_000))


def xlsx_067mb() -> bytes:
    """40,000 rows × 80 columns of numbers, regions down (about 0.67 MB zipped)."""
    return xlsx([NAMA[i % 14]] + [(i + j) % 97 for j in range(79)] for i in range(40_000))


def semua() -> dict[str, bytes]:
    return {"10rb_x_130.xlsx": xlsx_10rb_x_130(), "067mb.xlsx": xlsx_067mb()}


if __name__ == "__main__":
    tujuan = Path(sys.argv[1])
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama, isi in semua().items():
        (tujuan / nama).write_bytes(isi)
        print(f"{nama}: {len(isi) / 1024 / 1024:.2f} MB")
