"""Naive baseline for the benchmark: the landing page (app.py) built the way a first draft would build it.

Every rerun reads the full-detail shapefile (geo/kalteng_kabkota.shp, not the simplified one) and the CSVs
(read and validated again): no st.cache_data, no st.cache_resource, no simplification. The page code itself is
app.py, run unchanged, so ours and the baseline draw the same page; only the loading differs. For the duration
of this script run every cached loader in `ui.cache` is replaced by the function it wraps (`__wrapped__`: the same
code, uncached), every result store in `ui.cache` builds each result anew, and `geo.muat_batas` reads the
full-detail file; all is put back afterwards.
"""
import runpy
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
if str(AKAR) not in sys.path:
    sys.path.insert(0, str(AKAR))

import ui  # noqa: E402
import ui.cache  # noqa: E402
from kalteng_gender import geo  # noqa: E402

_asli_ui = {k: v for k, v in vars(ui.cache).items() if hasattr(v, "__wrapped__") and hasattr(v, "clear")}
_asli_batas = geo.muat_batas
# the stores of loaded files, results and figures (objects with ambil/kosongkan), made to keep nothing
_simpanan = [v for v in vars(ui.cache).values()
             if not isinstance(v, type) and hasattr(v, "ambil") and hasattr(v, "kosongkan")]


def _batas_penuh(path=None):
    return _asli_batas(geo.SHP_PENUH)


try:
    for nama, f in _asli_ui.items():
        setattr(ui.cache, nama, f.__wrapped__)
    for simpanan in _simpanan:
        simpanan.ambil = lambda kunci, buat: buat()
    geo.muat_batas = _batas_penuh
    runpy.run_path(str(AKAR / "app.py"), run_name="__main__")
finally:
    for nama, f in _asli_ui.items():
        setattr(ui.cache, nama, f)
    for simpanan in _simpanan:
        del simpanan.ambil
    geo.muat_batas = _asli_batas
