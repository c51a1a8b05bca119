"""Boundaries of the 14 kabupaten/kota: the project's shapefiles, checked on load, and GeoJSON for plotly.

    python -m kalteng_gender.geo           # re-derive geo/*.shp from the GeoJSON in geo/sumber/
    python -m kalteng_gender.geo FOLDER    # ... from another folder, e.g. one holding the full-detail GeoJSON

geo/sumber/ keeps the simplified GeoJSON and its provenance (SOURCE.md); the full-detail GeoJSON (1.2 MB) is not
kept in the tree, its shapefile is.

Boundaries: BPS – Statistics Indonesia / OCHA ROAP, via HDX COD-AB Indonesia (CC BY 3.0 IGO).
"""
from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd

from . import regions
from .data import ROOT, DataError

GEO_DIR = ROOT / "geo"
SHP_PENUH = GEO_DIR / "kalteng_kabkota.shp"
SHP_RINGAN = GEO_DIR / "kalteng_kabkota_simplified.shp"
SUMBER_GEOJSON = GEO_DIR / "sumber"
NAMA_BATAS = ("kalteng_kabkota", "kalteng_kabkota_simplified")
ATRIBUSI = ("Batas wilayah: BPS – Statistics Indonesia / OCHA ROAP, via HDX COD-AB Indonesia "
            "(CC BY 3.0 IGO); dilebur ke kabupaten/kota.")
ATRIBUSI_EN = ("Boundaries: BPS – Statistics Indonesia / OCHA ROAP, via HDX COD-AB Indonesia "
               "(CC BY 3.0 IGO); dissolved to regencies/cities.")


def atribusi(lang: str = "id") -> str:
    """The map's attribution line in the reader's language."""
    return ATRIBUSI_EN if lang == "en" else ATRIBUSI


def periksa(gdf: gpd.GeoDataFrame, nama: str) -> gpd.GeoDataFrame:
    """Refuse a boundary file unless it holds exactly the 14 BPS codes, once each, with valid geometry."""
    masalah = []
    if "kode_bps" not in gdf.columns:
        raise DataError(f"{nama}: kolom 'kode_bps' tidak ada.")
    kode = gdf["kode_bps"].astype(str).str.zfill(4)
    if len(gdf) != 14:
        masalah.append(f"berisi {len(gdf)} fitur, seharusnya 14")
    if kode.duplicated().any():
        masalah.append(f"kode ganda: {', '.join(sorted(set(kode[kode.duplicated()])))}")
    beda = set(kode) ^ set(regions.KABKOTA)
    if beda:
        masalah.append(f"kode tidak cocok dengan 14 kab/kota BPS: {', '.join(sorted(beda))}")
    tidak_sah = gdf.geometry.isna() | ~gdf.geometry.is_valid
    if tidak_sah.any():
        masalah.append(f"geometri tidak sah untuk: {', '.join(kode[tidak_sah])}")
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        masalah.append(f"CRS harus EPSG:4326, ditemukan {gdf.crs}")
    if masalah:
        raise DataError(f"Berkas batas wilayah {nama} ditolak: " + "; ".join(masalah) + ".")
    out = gdf.assign(kode_bps=kode)
    out["nama"] = out["kode_bps"].map(regions.KABKOTA)
    return out[["kode_bps", "nama", "geometry"]].sort_values("kode_bps").reset_index(drop=True)


def muat_batas(path: Path = SHP_RINGAN) -> gpd.GeoDataFrame:
    if not path.exists():
        raise DataError(f"Berkas batas wilayah {path.name} tidak ditemukan; jalankan `python -m kalteng_gender.geo`.")
    return periksa(gpd.read_file(path, engine="pyogrio"), path.name)


def geojson(gdf: gpd.GeoDataFrame) -> dict:
    """FeatureCollection with `properties.kode_bps`, as plotly's featureidkey expects."""
    return gdf.__geo_interface__


def pusat(gdf: gpd.GeoDataFrame) -> dict[str, float]:
    """Map centre, from the bounds so no projection warning is involved."""
    minx, miny, maxx, maxy = gdf.total_bounds
    return {"lon": (minx + maxx) / 2, "lat": (miny + maxy) / 2}


def turunkan(sumber: Path = SUMBER_GEOJSON, tujuan: Path = GEO_DIR) -> list[Path]:
    """Write a shapefile for each boundary GeoJSON found in `sumber` (full and/or simplified), checked before and
    after; refused when `sumber` holds neither."""
    ada = [n for n in NAMA_BATAS if (sumber / f"{n}.geojson").exists()]
    if not ada:
        raise DataError(f"Tidak ada {' atau '.join(n + '.geojson' for n in NAMA_BATAS)} di {sumber}.")
    tujuan.mkdir(exist_ok=True)
    hasil = []
    for nama in ada:
        gdf = periksa(gpd.read_file(sumber / f"{nama}.geojson", engine="pyogrio"), f"{nama}.geojson")
        out = tujuan / f"{nama}.shp"
        gdf.to_file(out, engine="pyogrio", encoding="utf-8")
        periksa(gpd.read_file(out, engine="pyogrio"), out.name)
        hasil.append(out)
    return hasil


if __name__ == "__main__":
    try:
        for p in turunkan(*(Path(a) for a in sys.argv[1:2])):
            print(p)
    except DataError as e:
        print(str(e), file=sys.stderr)
        sys.exit(1)
