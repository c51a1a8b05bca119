"""Floor of `make bench`: a bare page with one plotly bar chart (see benchmarks/lantai.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import plotly.graph_objects as go  # noqa: E402
import streamlit as st  # noqa: E402

from benchmarks.lantai import ipm_kabkota  # noqa: E402

n = ipm_kabkota()
st.plotly_chart(go.Figure(go.Bar(x=n["nilai"], y=n["wilayah"], orientation="h")), key="batang")
