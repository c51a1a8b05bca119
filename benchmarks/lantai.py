"""The two floors of `make bench`: bare pages that show what Streamlit and Plotly alone cost per rerun.

`lantai_batang.py` draws one plotly bar chart, `lantai_peta.py` one offline choropleth of the 14 regencies
over the project's simplified boundaries (the map every page uses). Both draw the latest published IPM of the
14 kab/kota; data and boundaries are read once (st.cache_resource), the figure is built on every rerun, as the
simplest page would do. A page of ours is compared with both: rerun ÷ floor.
"""
import streamlit as st

from kalteng_gender import data as kd, geo, regions


@st.cache_resource(show_spinner=False)
def ipm_kabkota():
    """(kode_bps, wilayah, nilai) of the latest year with IPM published for the 14 kab/kota."""
    df = kd.muat_data()
    ipm = df[(df["indikator"] == "ipm") & (df["jenis_kelamin"] == "T") & df["kode_bps"].isin(regions.KABKOTA)]
    return ipm[ipm["tahun"] == ipm["tahun"].max()][["kode_bps", "wilayah", "nilai"]].sort_values("nilai")


@st.cache_resource(show_spinner=False)
def batas():
    b = geo.muat_batas()
    return geo.geojson(b), geo.pusat(b)
