"""Floor of `make bench`: a bare page with one offline choropleth of the 14 regencies (see benchmarks/lantai.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import plotly.graph_objects as go  # noqa: E402
import streamlit as st  # noqa: E402

from benchmarks.lantai import batas, ipm_kabkota  # noqa: E402

n = ipm_kabkota()
gj, pusat = batas()
fig = go.Figure(go.Choroplethmap(geojson=gj, featureidkey="properties.kode_bps", locations=n["kode_bps"],
                                 z=n["nilai"], text=n["wilayah"]))
fig.update_layout(map=dict(style="white-bg", center=pusat, zoom=6.3), height=520)
st.plotly_chart(fig, key="peta")
