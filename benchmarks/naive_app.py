"""Naive baseline for the benchmark: the landing page (app.py) built the way a first draft would build it.

Every rerun reads the full-detail shapefile (geo/kalteng_kabkota.shp, not the simplified one) and the CSVs
(read and validated again): no st.cache_data, no st.cache_resource, no simplification. The page code itself is
app.py, run unchanged, so ours and the baseline draw the same page; only the loaders differ. The loaders in
`ui` are swapped for the duration of this script run and put back afterwards.
"""
import runpy
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
if str(AKAR) not in sys.path:
    sys.path.insert(0, str(AKAR))

import ui  # noqa: E402
from kalteng_gender import data as kd, geo  # noqa: E402


def _data_tanpa_cache():
    reg = kd.muat_registry()
    return kd.muat_data(registry=reg), reg


def _geo_penuh_tanpa_cache():
    batas = geo.muat_batas(geo.SHP_PENUH)
    return batas, geo.geojson(batas), geo.pusat(batas)


_asli = ui._muat_data, ui._muat_geo
ui._muat_data, ui._muat_geo = _data_tanpa_cache, _geo_penuh_tanpa_cache
try:
    runpy.run_path(str(AKAR / "app.py"), run_name="__main__")
finally:
    ui._muat_data, ui._muat_geo = _asli
