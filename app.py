"""Ringkasan Kalteng: where women lag men, in which sector and regency, what changed; the map; data coverage.
What each section shows comes from one cached call (ringkasan.ringkasan, tampilan.*); this page lays it out."""
import streamlit as st

import ui
from kalteng_gender import geo, regions, ringkasan, tampilan
from kalteng_gender.teks import t

lang = ui.halaman("ringkasan")
st.write(t("intro", lang))
df, reg = ui.muat()
r = ui.olah(ringkasan.ringkasan, df, reg, lang)

# Headline cards: Kalteng's latest published IKG, IDG, IPG against the previous year and Indonesia.
for kolom, ind in zip(st.columns(3), ["ikg", "idg", "ipg"]):
    with kolom:
        ui.kartu_indeks(df, reg, ind, regions.PROVINSI, lang)

# Where women lag men, sector by sector (Kalteng), and which regencies are furthest from parity.
st.header(t("kartu_kesenjangan", lang))
for kolom, (s, baris) in zip(st.columns(len(r.sektor)), r.sektor.items()):
    with kolom, st.container(border=True):
        st.markdown(f"**{t(s, lang)}**")
        for b in baris:
            st.markdown(ui.teks_kesenjangan(b, reg, lang))
        if not baris:
            st.caption(t("tidak_tersedia", lang))
st.caption(t("kartu_kesenjangan_ket", lang))

st.subheader(t("terjauh_judul", lang))
for kolom, j in zip(st.columns(len(r.terjauh)), r.terjauh):
    with kolom:
        st.markdown(j.judul)
        st.markdown(j.daftar)
if r.perubahan:
    st.subheader(t("perubahan_judul", lang))
    st.markdown("\n".join(f"- {k}" for k in r.perubahan))

st.header(t("peta_judul", lang))
nama = ui.olah(tampilan.indikator_peta, df, reg, lang)
c1, c2, c3 = st.columns([3, 2, 2])
with c1:  # a gender measure every regency has, never a sex-blind total
    ind = ui.pilih_url("ind", t("indikator", lang), list(nama), "ikg", format_func=nama.get)
p = ui.olah(tampilan.pilihan_ringkasan, df, ind)
with c2:
    jk = ui.pilih_url("jk", t("tampilan", lang), list(p.mode), p.mode[0], format_func=lambda m: t(m, lang),
                      widget="radio", horizontal=True)
with c3:
    tahun = ui.pilih_url("tahun", t("tahun", lang), list(p.tahun), p.tahun_bawaan[jk],
                         format_func=lambda x: t("tahun_terbaru", lang) if x == "terbaru" else str(x))
_, gj, pusat = ui.muat_geo()
v = ui.olah_grafik(tampilan.peta_ringkasan, df, reg, ui.disamarkan(), gj, pusat, ind, tahun, jk, lang)
k_peta, k_daftar = st.columns([3, 1])
with k_peta:
    st.plotly_chart(v.peta, config={"displaylogo": False}, key="peta_ringkasan")
with k_daftar:  # the names beside the map: the offline map cannot draw text labels
    st.caption(v.urut_ket)
    st.markdown(v.daftar)
ui.n_berdata(v.n_ada, "peta_kosong", lang)
ui.keterangan(df, reg, ind, v.tahun)
with st.expander(t("tabel", lang)):
    ui.dataframe(v.tabel, hide_index=True, width="stretch")
st.caption(geo.atribusi(lang))

st.header(t("cakupan_judul", lang))
th_cakupan = st.selectbox(t("tahun", lang), ui.olah(tampilan.tahun_cakupan, df), key="w_cakupan_tahun",
                          format_func=lambda x: t("semua_tahun", lang) if x == "semua" else str(x))
cak = ui.olah(tampilan.cakupan, df, reg, th_cakupan, lang)
st.caption(t("cakupan_ket", lang))
ui.dataframe(cak, width="stretch", height=min(38 * len(cak) + 40, 700))
