"""Peta Kesenjangan Gender Kalteng: data, indicators, geometry and figures (no Streamlit here)."""
