"""Boundary shapefiles: 14 valid features whose codes match the data; broken files refused with a reason."""
import geopandas as gpd
import pytest
from shapely.geometry import Polygon

from kalteng_gender import data as kd, geo, regions


def test_simplified_and_full_shapefiles_hold_the_14_regions(batas):
    assert list(batas.kode_bps) == sorted(regions.KABKOTA)
    assert batas.is_valid.all() and batas.crs.to_epsg() == 4326
    penuh = geo.muat_batas(geo.SHP_PENUH)
    # the simplified map keeps every region's area within 0.5 % of the full detail
    luas = lambda g: g.to_crs("EPSG:23834").set_index("kode_bps").area  # metric CRS (DGN95 UTM 50S)
    rasio = luas(batas) / luas(penuh)
    assert ((rasio - 1).abs() < 0.005).all()


def test_geojson_ids_match_data_codes(batas):
    gj = geo.geojson(batas)
    kode = {f["properties"]["kode_bps"] for f in gj["features"]}
    data = kd.muat_data()
    assert kode == set(regions.KABKOTA)
    assert set(data.kode_bps) - {regions.PROVINSI, regions.NASIONAL} <= kode
    c = geo.pusat(batas)
    assert 110 < c["lon"] < 116 and -4 < c["lat"] < 1


def _kotak(x):
    return Polygon([(x, 0), (x + 1, 0), (x + 1, 1), (x, 1)])


def _gdf(kode, geoms, crs="EPSG:4326"):
    return gpd.GeoDataFrame({"kode_bps": kode}, geometry=geoms, crs=crs)


def test_wrong_count_duplicates_invalid_geometry_and_crs_are_refused():
    kode = sorted(regions.KABKOTA)
    with pytest.raises(kd.DataError, match="berisi 13 fitur"):
        geo.periksa(_gdf(kode[:13], [_kotak(i) for i in range(13)]), "x.shp")
    with pytest.raises(kd.DataError, match="kode ganda: 6201"):
        geo.periksa(_gdf(["6201"] + kode[1:13] + ["6201"], [_kotak(i) for i in range(14)]), "x.shp")
    pita = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])  # self-intersecting bow tie
    with pytest.raises(kd.DataError, match="geometri tidak sah untuk: 6201"):
        geo.periksa(_gdf(kode, [pita] + [_kotak(i) for i in range(13)]), "x.shp")
    with pytest.raises(kd.DataError, match="EPSG:4326"):
        geo.periksa(_gdf(kode, [_kotak(i) for i in range(14)], crs="EPSG:3857"), "x.shp")
    assert len(geo.periksa(_gdf(kode, [_kotak(i) for i in range(14)]), "x.shp")) == 14


def test_simplified_shapefile_rederives_from_the_geojson_kept_in_the_tree(tmp_path):
    """geo/sumber/ travels with the repository: the map's shapefile is reproduced from it, geometry for geometry."""
    assert geo.SUMBER_GEOJSON.is_relative_to(geo.GEO_DIR)
    hasil = geo.turunkan(tujuan=tmp_path)
    assert [p.name for p in hasil] == ["kalteng_kabkota_simplified.shp"]
    baru, kini = geo.muat_batas(hasil[0]), geo.muat_batas()
    assert list(baru.kode_bps) == list(kini.kode_bps)
    assert all(a.equals_exact(b, 1e-9) for a, b in zip(baru.geometry, kini.geometry))


def test_rederive_refuses_a_folder_without_boundary_geojson(tmp_path):
    with pytest.raises(kd.DataError, match="kalteng_kabkota_simplified.geojson"):
        geo.turunkan(sumber=tmp_path, tujuan=tmp_path / "keluar")
    assert not (tmp_path / "keluar").exists()
