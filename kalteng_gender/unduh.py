"""Downloads of exactly the rows on screen: CSV and XLSX with machine-readable numbers.

Text cells that a spreadsheet would run as a formula (starting with = + - @, or a tab/carriage return) get a
leading single quote, so opening a download can never execute anything. Numbers stay numbers (a negative gap
is -2.5, not text).
"""
from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

from . import fmt, regions
from .sumber import RESMI, SINGKAT, muat as muat_sumber, tingkat

AWALAN_BAHAYA = ("=", "+", "-", "@", "\t", "\r")
KOLOM_TABEL = ["kode_bps", "wilayah", "tahun", "sektor", "indikator", "label_indikator", "jenis_kelamin",
               "nilai", "satuan", "tingkat", "sumber", "catatan"]
KOLOM_REGISTRY = ["id", "label_id", "label_en", "sektor", "satuan", "arah", "definisi", "produsen"]


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


def tampil(tabel: pd.DataFrame) -> pd.DataFrame:
    """The same rows for the screen: each value written the Indonesian way with the decimals of its unit."""
    out = tabel.copy()
    out["nilai"] = [fmt.nilai_satuan(v, s) for v, s in zip(tabel["nilai"], tabel["satuan"])]
    out["tahun"] = out["tahun"].astype(str)
    return out


def tabel_definisi(registry: pd.DataFrame, ids, lang: str = "id") -> pd.DataFrame:
    """Registry rows of the given indicators for the metadata table: label, sector, unit, better direction,
    definition, producer (registry order)."""
    from .teks import t
    r = registry[registry["id"].isin(list(ids))]
    return pd.DataFrame({
        "indikator": r["id"], "label": r["label_en" if lang == "en" else "label_id"],
        "sektor": [t(s, lang) for s in r["sektor"]], "satuan": r["satuan"],
        "arah": [t(f"arah_{a}", lang) for a in r["arah"]], "definisi": r["definisi"], "produsen": r["produsen"],
    }).reset_index(drop=True)


def ke_csv(tabel: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM so spreadsheet programs read the accents), decimal point, no index."""
    return aman(tabel).to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def ke_xlsx(tabel: pd.DataFrame, registry: pd.DataFrame | None = None, keterangan: Mapping | None = None) -> bytes:
    """XLSX: sheet 'data' holds exactly `tabel` (numbers as numbers, every text cell stored as text);
    optional sheets 'indikator' (registry rows of the indicators present) and 'keterangan' (filters used)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    lembar = [("data", aman(tabel))]
    if registry is not None:
        ada = registry[registry["id"].isin(tabel.get("indikator", pd.Series(dtype=str)))]
        lembar.append(("indikator", aman(ada[KOLOM_REGISTRY])))
    if keterangan:
        lembar.append(("keterangan", aman(pd.DataFrame({"filter": list(keterangan),
                                                         "nilai": [str(v) for v in keterangan.values()]}))))
    for n, (nama, isi) in enumerate(lembar):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = nama
        ws.append(list(isi.columns))
        for baris in isi.itertuples(index=False):
            ws.append([None if (isinstance(v, float) and pd.isna(v)) else v for v in baris])
        for kolom in ws.iter_cols(min_row=2):
            for sel in kolom:
                if isinstance(sel.value, str):
                    sel.data_type = "s"  # never a formula, whatever the text
        for j, k in enumerate(isi.columns, start=1):
            ws.column_dimensions[get_column_letter(j)].width = min(60, max(10, len(str(k)) + 2))
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def baca_xlsx(isi: bytes, lembar: str = "data") -> pd.DataFrame:
    """Read a sheet of a download back (used by the tests and for checking a file)."""
    return pd.read_excel(io.BytesIO(isi), sheet_name=lembar, engine="openpyxl")


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
