"""Downloads of exactly the rows on screen, for Indonesian offices first: XLSX (title and citation line, human
headers, numbers as numbers; for the comparison view also a BPS-style wide table), CSV with ';' and a decimal
comma, and a machine-readable CSV (decimal point, column keys) for analysts.

Text cells that a spreadsheet would run as a formula (starting with = + - @, or a tab/carriage return) get a
leading single quote, so opening a download can never execute anything. Numbers stay numbers (a negative gap
is -2.5, not text).
"""
from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from . import data as kd, fmt, kolom, regions
from .sumber import LABEL, LABEL_EN, RESMI, SINGKAT, muat as muat_sumber, rincian, tingkat

AWALAN_BAHAYA = ("=", "+", "-", "@", "\t", "\r")
KOLOM_TABEL = ["kode_bps", "wilayah", "tahun", "sektor", "indikator", "label_indikator", "jenis_kelamin",
               "nilai", "satuan", "tingkat", "sumber", "catatan"]


def netralkan(nilai):
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; anything that is not text is returned unchanged."""
    if isinstance(nilai, str) and nilai.startswith(AWALAN_BAHAYA):
        return "'" + nilai
    return nilai


def aman(tabel: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell (and column name) neutralised; numeric columns untouched."""
    out = tabel.copy()
    for k in out.columns:
        if not pd.api.types.is_numeric_dtype(out[k]):
            out[k] = out[k].map(netralkan)
    out.columns = [netralkan(str(k)) for k in out.columns]
    return out


def _daftar(v) -> list | None:
    """None / "semua" / [] mean no filter; a single value becomes a one-item list."""
    if v is None or v == "semua" or (isinstance(v, (list, tuple, set)) and not v):
        return None
    return [str(x) for x in v] if isinstance(v, (list, tuple, set)) else [str(v)]


def saring(df: pd.DataFrame, registry: pd.DataFrame, filters: Mapping) -> pd.DataFrame:
    """Rows of the tidy data matching `filters`: sektor (id or "semua"), ind (id, list or "semua"),
    wil (BPS codes; empty = all), tahun (a year or an inclusive (from, to) pair), resmi (True: only figures of
    an official grade, needs the `tingkat` column)."""
    sel = df
    sektor = _daftar(filters.get("sektor"))
    if sektor is not None:
        sel = sel[sel["indikator"].isin(registry.loc[registry["sektor"].isin(sektor), "id"])]
    ind = _daftar(filters.get("ind"))
    if ind is not None:
        sel = sel[sel["indikator"].isin(ind)]
    wil = _daftar(filters.get("wil"))
    if wil is not None:
        sel = sel[sel["kode_bps"].isin(wil)]
    tahun = filters.get("tahun")
    if isinstance(tahun, (list, tuple)) and len(tahun) == 2:
        sel = sel[sel["tahun"].between(int(tahun[0]), int(tahun[1]))]
    elif tahun not in (None, "semua", "terbaru"):
        sel = sel[sel["tahun"] == int(tahun)]
    if filters.get("resmi"):
        sel = sel[sel["tingkat"].isin(RESMI)]
    return sel


def tabel_data(df: pd.DataFrame, registry: pd.DataFrame, filters: Mapping, lang: str = "id") -> pd.DataFrame:
    """The filtered table with indicator labels and sectors, in registry order, then region, year and sex.

    This is what the Data page shows and exactly what its downloads contain (numbers as floats)."""
    sel = saring(df, registry, filters)
    info = registry.set_index("id")
    urut_ind = {i: n for n, i in enumerate(registry["id"])}
    urut_wil = {k: n for n, k in enumerate([*regions.KABKOTA, regions.PROVINSI, regions.NASIONAL])}
    out = sel.assign(
        sektor=sel["indikator"].map(info["sektor"]),
        label_indikator=sel["indikator"].map(info["label_en" if lang == "en" else "label_id"]),
        _i=sel["indikator"].map(urut_ind), _w=sel["kode_bps"].map(urut_wil),
        _j=sel["jenis_kelamin"].map({"P": 0, "L": 1, "T": 2}),
    ).sort_values(["_i", "_w", "tahun", "_j"])
    if "tingkat" not in out:
        out["tingkat"] = tingkat(out["sumber"], muat_sumber())
    out["tingkat"] = out["tingkat"].map(SINGKAT)
    out = out[KOLOM_TABEL].reset_index(drop=True)
    out["tahun"] = out["tahun"].astype(int)
    out["nilai"] = out["nilai"].astype(float)
    return out


def tampil(tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The same rows for the screen: each value written the reader's way with the decimals of its unit."""
    out = tabel.copy()
    out["nilai"] = [fmt.nilai_satuan(v, s, lang=lang) for v, s in zip(tabel["nilai"], tabel["satuan"])]
    if lang == "en":
        out["satuan"] = out["satuan"].map(lambda s: fmt.satuan(s, lang))
    out["tahun"] = out["tahun"].astype(str)
    return out


def tabel_definisi(registry: pd.DataFrame, ids, lang: str = "id") -> pd.DataFrame:
    """Registry rows of the given indicators for the metadata table: label, sector, unit, better direction,
    definition, producer (registry order)."""
    from .teks import t
    r = registry[registry["id"].isin(list(ids))]
    return pd.DataFrame({
        "indikator": r["id"], "label": r["label_en" if lang == "en" else "label_id"],
        "sektor": [t(s, lang) for s in r["sektor"]], "satuan": [kd.satuan(registry, i, lang) for i in r["id"]],
        "arah": [t(f"arah_{a}", lang) for a in r["arah"]],
        "definisi": [kd.definisi(registry, i, lang) for i in r["id"]], "produsen": r["produsen"],
    }).reset_index(drop=True)


def ke_csv(tabel: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM so spreadsheet programs read the accents), decimal point, no index."""
    return aman(tabel).to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def nama_berkas(filters: Mapping, ekstensi: str) -> str:
    """A plain file name from the filters, e.g. 'kalteng_gender_ipm_2016-2022.csv'."""
    bagian = ["kalteng_gender"]
    for k in ("sektor", "ind"):
        v = _daftar(filters.get(k))
        if v and len(v) == 1:
            bagian.append(v[0])
    tahun = filters.get("tahun")
    if isinstance(tahun, (list, tuple)) and len(tahun) == 2:
        bagian.append(f"{int(tahun[0])}-{int(tahun[1])}")
    nama = "_".join(bagian)
    return "".join(c if c.isalnum() or c in "_-" else "_" for c in nama) + "." + ekstensi


# --- downloads for Indonesian offices (comparison view) -----------------------------------------------------
# Every file opens with a title and a citation line, then human headers in Indonesian. The CSV is written for an
# Indonesian-locale Excel (list separator ';', decimal comma); the XLSX keeps numbers as numbers.
PROYEK = "Peta Kesenjangan Gender Kalteng"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
BULAN_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
KOSONG_BUKAN_NOL = "Sel kosong = data tidak tersedia (bukan nol)."
KOSONG_BUKAN_NOL_EN = "Empty cell = data not available (not zero)."
NAMA_JK = {"P": "Perempuan (P)", "L": "Laki-laki (L)", "T": "Total (L+P)"}
NAMA_JK_EN = {"P": "Women (F)", "L": "Men (M)", "T": "Total (M+F)"}
# headers and sheet words of the office files: Indonesian, or English with lang="en"
KEPALA = {
    "id": {"wilayah": "Wilayah", "kode": "Kode BPS", "tahun": "Tahun", "indikator": "Indikator",
           "selisih": "Selisih P − L ({s})", "rasio": "Rasio P/L", "satuan": "Satuan",
           "tingkat_sumber": "Tingkat sumber",
           "sumber": "Sumber", "alamat": "Alamat sumber", "penerbit": "Penerbit", "judul": "Judul",
           "tingkat": "Tingkat", "catatan": "Catatan", "definisi": "Definisi", "produsen": "Produsen",
           "pl": "perempuan dan laki-laki", "total": "total", "perbandingan": "Perbandingan",
           "tabel_bps": "Tabel BPS", "sumber_angka": "Sumber angka", "data_terfilter": "data terfilter, {n} baris",
           "definisi_indikator": "Definisi indikator", "data": "Data"},
    "en": {"wilayah": "Region", "kode": "BPS code", "tahun": "Year", "indikator": "Indicator",
           "selisih": "Gap F − M ({s})", "rasio": "Ratio F/M", "satuan": "Unit", "tingkat_sumber": "Source grade",
           "sumber": "Source", "alamat": "Source address", "penerbit": "Publisher", "judul": "Title",
           "tingkat": "Grade", "catatan": "Note", "definisi": "Definition", "produsen": "Producer",
           "pl": "women and men", "total": "total", "perbandingan": "Comparison",
           "tabel_bps": "BPS table", "sumber_angka": "Sources of the figures",
           "data_terfilter": "filtered data, {n} rows",
           "definisi_indikator": "Indicator definitions", "data": "Data"},
}


def _kepala(lang: str) -> dict[str, str]:
    return KEPALA["en" if lang == "en" else "id"]


def _nama_jk(lang: str) -> dict[str, str]:
    return NAMA_JK_EN if lang == "en" else NAMA_JK


def penerbit(urls, tabel_sumber: pd.DataFrame) -> list[str]:
    """Publishers of the given sources as a reader names them (sumber.csv), once each, in order."""
    nama = dict(zip(tabel_sumber["sumber"], tabel_sumber["penerbit"]))
    return list(dict.fromkeys(nama.get(u) or u for u in urls))


def kutipan(produsen: str, penerbit_: list[str], tanggal=None, lang: str = "id") -> str:
    """'Sumber: BPS, melalui Jurukabar, …; diolah dari Peta Kesenjangan Gender Kalteng (diunduh 2 Desember 2026).'
    With lang="en": 'Source: BPS, via Jurukabar, …; processed from … (downloaded 2 December 2026).'"""
    import datetime as dt
    tanggal = tanggal or dt.date.today()
    if lang == "en":
        lewat = f", via {', '.join(penerbit_)}" if penerbit_ else ""
        return (f"Source: {produsen}{lewat}; processed from {PROYEK} "
                f"(downloaded {tanggal.day} {BULAN_EN[tanggal.month - 1]} {tanggal.year}).")
    lewat = f", melalui {', '.join(penerbit_)}" if penerbit_ else ""
    return (f"Sumber: {produsen}{lewat}; diolah dari {PROYEK} "
            f"(diunduh {tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}).")


def tabel_banding(b, label: str, lang: str = "id") -> pd.DataFrame:
    """A `banding.Perbandingan` as the office reads it: one row per region and year, human headers, P, L,
    the gap in points and the ratio (rounded; computed here, not published), the unit, grade and source."""
    from .sumber import singkat
    t, k, jk = b.tabel, _kepala(lang), _nama_jk(lang)
    kolom = {k["wilayah"]: t["wilayah"], k["kode"]: t["kode_bps"], k["tahun"]: t["tahun"].astype(int),
             k["indikator"]: label}
    desimal = fmt.desimal_untuk(b.satuan)
    if b.jk == ("T",):
        kolom[jk["T"]] = t["T"]
    else:
        kolom |= {jk["P"]: t["P"], jk["L"]: t["L"],
                  k["selisih"].format(s=fmt.satuan(fmt.satuan_selisih(b.satuan), lang)): t["gap"].round(desimal),
                  k["rasio"]: t["rasio"].round(3)}
    kolom |= {k["satuan"]: fmt.satuan(b.satuan, lang), k["tingkat_sumber"]: t["tingkat"].map(lambda s: " | ".join(
        singkat(x, lang) if x in SINGKAT else x for x in str(s).split(" | "))), k["sumber"]: t["sumber"]}
    return pd.DataFrame(kolom).reset_index(drop=True)


def tabel_lebar(b, lang: str = "id") -> pd.DataFrame:
    """BPS's layout: one row per region, a column per year and sex (columns: (year, 'Perempuan (P)') ...)."""
    jk = [j for j in b.jk]
    t = b.titik.pivot_table(index="kode_bps", columns=["tahun", "jenis_kelamin"], values="nilai", aggfunc="first")
    tahun = list(range(b.rentang[0], b.rentang[1] + 1))
    t = t.reindex(index=[k for k in b.wilayah if k in set(b.titik["kode_bps"])],
                  columns=pd.MultiIndex.from_product([tahun, jk]))
    t = t.dropna(axis=1, how="all")  # years with nothing published for anyone are left out, not filled
    t.columns = pd.MultiIndex.from_tuples([(int(th), _nama_jk(lang)[j]) for th, j in t.columns])
    t.index = [regions.NAMA[k] for k in t.index]
    t.index.name = _kepala(lang)["wilayah"]
    return t


def datar(lebar: pd.DataFrame) -> pd.DataFrame:
    """The wide table with one header row ('2025 Perempuan (P)'), for CSV."""
    out = lebar.copy()
    out.columns = [f"{th} {j}" for th, j in lebar.columns]
    return out.reset_index()


def ke_csv_id(tabel: pd.DataFrame, kutipan_: str) -> bytes:
    """CSV for an Indonesian-locale Excel: the citation on the first line, then the table with ';' between
    fields and a decimal comma; UTF-8 with BOM (so Excel reads the accents); formula characters neutralised."""
    buf = io.StringIO()
    pd.DataFrame([[kutipan_]]).to_csv(buf, sep=";", header=False, index=False, lineterminator="\n")
    aman(tabel).to_csv(buf, sep=";", decimal=",", index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8-sig")


def baca_csv_id(isi: bytes) -> tuple[str, pd.DataFrame]:
    """(citation line, table) of a `ke_csv_id` file (for the tests and for checking a file)."""
    teks = isi.decode("utf-8-sig")
    baris1, sisa = teks.split("\n", 1)
    return baris1.strip('"'), pd.read_csv(io.StringIO(sisa), sep=";", decimal=",", dtype={"Kode BPS": str})


def ke_xlsx_kantor(lembar: list[tuple[str, str, pd.DataFrame]], kutipan_: str, lang: str = "id") -> bytes:
    """XLSX for an office: each sheet (name, title, table) opens with the title in bold and the citation line,
    then the headers (two rows with the year merged over P and L for a wide table) and the rows; numbers stay
    numbers, every text cell is stored as text (never a formula), empty cells carry a note that they are
    missing, not zero."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    for n, (nama, judul, isi) in enumerate(lembar):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = nama[:31]
        ws.append([netralkan(judul)])
        ws.append([kutipan_])
        ws.append([])
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"].font = Font(italic=True)
        bertingkat = isinstance(isi.columns, pd.MultiIndex)
        if bertingkat:  # BPS layout: the region name, then each year merged over its P and L columns
            r = 4  # under the title, the citation and a blank row
            ws.cell(r, 1, netralkan(str(isi.index.name)))
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
            j = 2
            for th in dict.fromkeys(a for a, _ in isi.columns):
                sub = [b for a, b in isi.columns if a == th]
                ws.cell(r, j, th).alignment = Alignment(horizontal="center")
                for i, b in enumerate(sub):
                    ws.cell(r + 1, j + i, b)
                if len(sub) > 1:
                    ws.merge_cells(start_row=r, start_column=j, end_row=r, end_column=j + len(sub) - 1)
                j += len(sub)
            isi = datar(isi)
        else:
            ws.append([netralkan(str(k)) for k in isi.columns])
        baris_kepala = ws.max_row
        for sel in ws[baris_kepala] if not bertingkat else [*ws[baris_kepala - 1], *ws[baris_kepala]]:
            sel.font = Font(bold=True)
        for baris in aman(isi).itertuples(index=False):
            ws.append([None if (isinstance(v, float) and pd.isna(v)) else v for v in baris])
        for row in ws.iter_rows(min_row=1):
            for sel in row:
                if isinstance(sel.value, str):
                    sel.data_type = "s"  # never a formula, whatever the text
        if isi.isna().any().any():
            ws.append([])
            ws.append([KOSONG_BUKAN_NOL_EN if lang == "en" else KOSONG_BUKAN_NOL])
        for j, k in enumerate(isi.columns, start=1):
            panjang = max([len(str(k))] + [len(str(v)) for v in isi.iloc[:, j - 1].head(50)])
            ws.column_dimensions[get_column_letter(j)].width = min(50, max(10, panjang + 2))
        ws.freeze_panes = ws.cell(baris_kepala + 1, 2)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def tabel_sumber_kantor(urls, tabel_sumber: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The sources of a download with their publisher, title, grade (in words) and note, human headers."""
    r, k = rincian(urls, tabel_sumber, lang), _kepala(lang)
    return pd.DataFrame({k["alamat"]: r["sumber"], k["penerbit"]: r["penerbit"], k["judul"]: r["judul"],
                         k["tingkat"]: r["tingkat"], k["catatan"]: r["catatan"]})


def tampil_kantor(tabel: pd.DataFrame, satuan: str, lang: str = "id") -> pd.DataFrame:
    """`tabel_banding` for the screen: numbers the reader's way, the gap signed, the ratio without a sign,
    a missing figure as 'data tidak tersedia'; codes, unit and source addresses left to the captions."""
    h = _kepala(lang)
    out = tabel.drop(columns=[h["kode"], h["indikator"], h["satuan"], h["sumber"]]).copy()
    out[h["tahun"]] = out[h["tahun"]].astype(str)
    selisih = h["selisih"].split(" (")[0]
    for k in out.columns:
        if k.startswith(selisih):
            out[k] = [fmt.nilai_satuan(v, satuan, tanda=True, lang=lang) for v in out[k]]
        elif k == h["rasio"]:
            out[k] = [fmt.angka(v, 3, lang=lang) for v in out[k]]
        elif k in _nama_jk(lang).values():
            out[k] = [fmt.nilai_satuan(v, satuan, lang=lang) for v in out[k]]
    return out


@dataclass(frozen=True)
class Berkas:
    kutipan: str
    nama: str          # file name without extension
    xlsx: bytes
    csv: bytes         # the comparison table, Indonesian-locale CSV
    csv_lebar: bytes   # the BPS-style wide table, Indonesian-locale CSV


def berkas_banding(df: pd.DataFrame, ind: str, wilayah: list[str], rentang: tuple[int, int], label: str,
                   produsen: str, definisi: str, tabel_sumber: pd.DataFrame, tanggal=None,
                   lang: str = "id") -> Berkas:
    """The comparison view's downloads: XLSX (comparison table, BPS-style wide table, sources, definition), and
    both tables as Indonesian-locale CSV; every file carries the title and the citation line (`definisi`: in
    the reader's language; headers, title and citation in it too with lang="en")."""
    from .banding import bandingkan
    b = bandingkan(df, ind, wilayah, rentang)
    k = _kepala(lang)
    kutip = kutipan(produsen, penerbit(b.sumber, tabel_sumber), tanggal, lang)
    jk = k["pl"] if b.jk != ("T",) else k["total"]
    nama_wil = ", ".join(regions.NAMA[k] for k in b.wilayah)
    judul = f"{label} ({fmt.satuan(b.satuan, lang)}), {jk}: {nama_wil}, {b.rentang[0]}–{b.rentang[1]}"
    utama, lebar = tabel_banding(b, label, lang), tabel_lebar(b, lang)
    definisi_ = pd.DataFrame({k["indikator"]: [label], k["satuan"]: [fmt.satuan(b.satuan, lang)],
                              k["definisi"]: [definisi], k["produsen"]: [produsen]})
    xlsx = ke_xlsx_kantor([(k["perbandingan"], judul, utama), (k["tabel_bps"], judul, lebar),
                           (k["sumber"], f"{k['sumber_angka']}: {judul}",
                            tabel_sumber_kantor(b.sumber, tabel_sumber, lang)),
                           (k["definisi"], label, definisi_)], kutip, lang)
    nama = nama_berkas({"ind": ind, "tahun": b.rentang}, "x")[:-2].replace("kalteng_gender", "banding", 1)
    return Berkas(kutip, nama, xlsx, ke_csv_id(utama, kutip), ke_csv_id(datar(lebar), kutip))


# --- the Data & Metadata page -----------------------------------------------------------------------------------
SINGKAT_EN = {"resmi": "official", "salinan resmi": "official copy", "berita": "press", "sekunder": "secondary",
              "belum dinilai": "not graded"}
KOLOM_LAYAR = ["wilayah", "tahun", "sektor", "label_indikator", "jenis_kelamin", "nilai", "satuan", "tingkat",
               "penerbit", "catatan"]  # on screen: no codes or source addresses (they stay in the files)


@dataclass(frozen=True)
class TampilanData:
    tabel: pd.DataFrame        # the filtered rows, numbers as floats (exactly what the files hold)
    layar: pd.DataFrame        # the same rows for the screen (kolom.KOLOM keys; see KOLOM_LAYAR)
    ringkas: str               # "12 baris · 1 indikator · 3 wilayah"
    perlindungan: bool         # violence figures shown: reports are not prevalence
    samar: str                 # where small violence counts are withheld, in words ("" when nowhere)
    definisi: pd.DataFrame
    sumber: pd.DataFrame
    kutipan: str
    nama: str                  # file name without extension
    xlsx: bytes                # main file: data, definitions, sources; title and citation on every sheet
    csv: bytes                 # for an Indonesian-locale Excel (';', decimal comma), citation on line 1
    csv_mesin: bytes           # machine-readable: ',' and decimal point, column keys


def tabel_kantor(tabel: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The data table with human headers (kolom.KOLOM, in the reader's language) for an office file."""
    return tabel.rename(columns={k: kolom.judul(k, lang) for k in tabel.columns})


def tampilan_data(df: pd.DataFrame, registry: pd.DataFrame, filters: Mapping, tabel_sumber: pd.DataFrame,
                  samar: pd.DataFrame | None = None, lang: str = "id", tanggal=None) -> TampilanData:
    """Everything the Data & Metadata page shows and offers for download for the given filters (`samar`: the
    withheld small counts, named under the table)."""
    from .privasi import catatan, wilayah_disamarkan
    from .teks import t
    tabel = tabel_data(df, registry, filters, lang)
    penerbit_ = dict(zip(tabel_sumber["sumber"], tabel_sumber["penerbit"]))
    layar = tampil(tabel, lang).assign(
        sektor=[t(s, lang) for s in tabel["sektor"]],
        tingkat=tabel["tingkat"].map(lambda g: SINGKAT_EN.get(g, g) if lang == "en" else g),
        penerbit=[penerbit_.get(u) or t("sumber_lain", lang) for u in tabel["sumber"]])
    ids = tabel["indikator"].unique()
    definisi = tabel_definisi(registry, ids, lang)
    produsen = ", ".join(dict.fromkeys(registry.loc[registry["id"].isin(ids), "produsen"])) or "BPS"
    kutip = kutipan(produsen, penerbit(tabel["sumber"].unique(), tabel_sumber), tanggal, lang)
    n, k = len(tabel), _kepala(lang)
    ringkas = (f"{n} {t('baris', lang)} · {len(ids)} {t('indikator', lang).lower()} · "
               f"{tabel['kode_bps'].nunique()} {t('wilayah', lang).lower()}")
    judul = f"{PROYEK}: {k['data_terfilter'].format(n=n)}"
    kantor = tabel_kantor(tabel, lang)
    xlsx = ke_xlsx_kantor([(k["data"], judul, kantor),
                           (k["definisi"], k["definisi_indikator"], tabel_kantor(definisi, lang)),
                           (k["sumber"], k["sumber_angka"],
                            tabel_sumber_kantor(tabel["sumber"].unique(), tabel_sumber, lang))],
                          kutip, lang)
    return TampilanData(
        tabel=tabel, layar=layar[KOLOM_LAYAR + ["indikator", "kode_bps", "sumber"]], ringkas=ringkas,
        perlindungan=bool((tabel["sektor"] == "perlindungan").any()), samar=_teks_samar(tabel, samar, catatan(lang),
                                                                                        wilayah_disamarkan),
        definisi=definisi, sumber=_sumber_layar(rincian(tabel["sumber"].unique(), tabel_sumber, lang), lang),
        kutipan=kutip,
        nama=nama_berkas(filters, "x")[:-2], xlsx=xlsx, csv=ke_csv_id(kantor, kutip), csv_mesin=ke_csv(tabel))


def alamat(sumber: str) -> str:
    """A source as a web address: 'github:owner/repo/path@commit' becomes that file's page on GitHub; other
    non-web ids (a BPS table file) have none ("")."""
    if sumber.startswith(("http://", "https://")):
        return sumber
    m = re.fullmatch(r"github:([^/\s]+)/([^/\s]+)/(\S+?)(?:@([0-9a-f]{7,40}))?", sumber)
    if m:
        return f"https://github.com/{m[1]}/{m[2]}/blob/{m[4] or 'HEAD'}/{m[3]}"
    return ""


def _teks_samar(tabel: pd.DataFrame, samar: pd.DataFrame | None, catatan: str, wilayah_disamarkan) -> str:
    """'Angka 1–4 disamarkan …: Lamandau (Korban kekerasan: perempuan dewasa); …' for the indicators shown."""
    if samar is None or samar.empty:
        return ""
    label = dict(zip(tabel["indikator"], tabel["label_indikator"]))
    bagian = [f"{', '.join(nama)} ({label[i]})" for i in label if (nama := wilayah_disamarkan(samar, i))]
    return f"{catatan.capitalize()}: {'; '.join(bagian)}." if bagian else ""


def _sumber_layar(r: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Sources for the screen: publisher first, the grade in the reader's language, the address as a link (never
    a raw id)."""
    tingkat_ = r["tingkat"].map(dict(zip(LABEL.values(), LABEL_EN.values()))).fillna(r["tingkat"]) \
        if lang == "en" else r["tingkat"]
    return r.assign(sumber=r["sumber"].map(alamat), tingkat=tingkat_)[["penerbit", "judul", "tingkat", "catatan",
                                                                        "sumber"]]


def rentang_tahun(df: pd.DataFrame) -> tuple[int, int]:
    """The first and last year of the data (the year filter's bounds)."""
    return int(df["tahun"].min()), int(df["tahun"].max())
