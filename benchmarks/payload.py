"""Bytes of the landing map's figure JSON: built with the package as app.py builds it (fig.to_json()), and the
exact spec Streamlit puts in the message to the browser (read back through AppTest), for ours and the naive
baseline (full-detail shapefile)."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from kalteng_gender import charts, data as kd, geo, regions, seleksi

AKAR = Path(__file__).resolve().parent.parent


def peta_landing(shp: Path = geo.SHP_RINGAN):
    """The default landing map (IPM, latest year per region, total), as app.py draws it."""
    reg = kd.muat_registry()
    df = kd.muat_data(registry=reg)
    batas = geo.muat_batas(shp)
    kab = df[df["kode_bps"].isin(regions.KABKOTA)]
    nilai = seleksi.nilai_wilayah(kab, "ipm", None, "T")
    satuan = reg.set_index("id").at["ipm", "satuan"]
    return charts.peta(nilai, geo.geojson(batas), geo.pusat(batas), "IPM — Total (L+P), terbaru per wilayah",
                       satuan)


def spec_apptest(berkas: Path) -> int:
    """Length in bytes of the first plotly chart's JSON spec in the page's delta."""
    at = AppTest.from_file(str(berkas), default_timeout=120).run()
    return len(at.get("plotly_chart")[0].proto.spec.encode())


def ukur() -> dict:
    return {
        "fig_to_json_b": len(peta_landing().to_json().encode()),
        "fig_to_json_naif_b": len(peta_landing(geo.SHP_PENUH).to_json().encode()),
        "spec_landing_b": spec_apptest(AKAR / "app.py"),
        "spec_naif_b": spec_apptest(Path(__file__).resolve().parent / "naive_app.py"),
    }
