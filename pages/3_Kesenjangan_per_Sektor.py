"""Kesenjangan per Sektor: every by-sex indicator as female vs male, signed gap and ratio, and a parity heat map.

Everything shown comes from one cached view (sektor.tampilan); this page only lays it out."""
import streamlit as st

import ui
from kalteng_gender import grafik_halaman, sektor
from kalteng_gender.teks import t

# On a phone the 16-column heat map is unreadable: there the same cells are shown as a list.
_CSS_HP = """<style>
@media (max-width: 640px) { .st-key-heatmap_lebar { display: none; } }
@media (min-width: 641px) { .st-key-heatmap_hp { display: none; } }
</style>"""

lang = ui.halaman("judul_sektor")
df, reg = ui.muat()
st.write(t("sektor_intro", lang))
opsi = ui.olah(sektor.pilihan, df, reg)

c1, c2 = st.columns(2)
with c1:
    sek = ui.pilih_url("sektor", t("sektor", lang), list(opsi), "semua",
                       format_func=lambda s: t("semua_sektor", lang) if s == "semua" else t(s, lang))
with c2:
    tahun = ui.pilih_url("tahun", t("tahun", lang), ["terbaru", *opsi[sek]], "terbaru",
                         format_func=lambda x: t("tahun_terbaru", lang) if x == "terbaru" else str(x))
pilih = (df, reg, None if sek == "semua" else sek, None if tahun == "terbaru" else int(tahun), lang)
v = ui.olah(sektor.tampilan, *pilih)

# --- heat map: region × indicator, coloured by distance from parity -----------------------------------------
st.header(t("heatmap_judul", lang))
if v.heatmap is None:
    st.info(t("netral_ket", lang))
else:
    h = v.heatmap
    st.html(_CSS_HP)
    with st.container(key="heatmap_lebar"):
        st.plotly_chart(ui.olah_grafik(grafik_halaman.heatmap_sektor, *pilih), key="heatmap_paritas",
                        config={"displaylogo": False})
    with st.container(key="heatmap_hp"):
        st.markdown(f"**{h.judul}**")
        with st.expander(t("sektor_daftar", lang)):
            st.markdown("\n".join(h.daftar))
    st.caption(t("heatmap_ket", lang))
    st.caption(h.teks_cakupan)
    ui.caption_sumber(h.sumber)
    with st.expander(t("tabel", lang)):
        ui.tabel_kolom(h.tabel, lang, key="tabel_heatmap")

# --- per sector: female vs male, gap and ratio (only the open tab is filled: each holds a chart) ------------
if len(v.panel) > 1:
    wadah, buka = ui.tab_url({p.sektor: p.nama for p in v.panel}, terbuka=True)
else:
    wadah, buka = [st.container()], v.panel[0].sektor
for p, tab in zip(v.panel, wadah):
    with tab:
        if p.sektor != buka:
            st.caption(t("sektor_tab_lain", lang))
            continue
        st.subheader(p.judul)
        if p.ada_grafik:
            st.plotly_chart(ui.olah_grafik(grafik_halaman.panel_sektor, df, reg, p.sektor, *pilih[3:]),
                            key=f"pl_{p.sektor}", config={"displaylogo": False})
            ui.caption_sumber(p.sumber_grafik)
            with st.expander(t("tabel", lang)):
                ui.tabel_kolom(p.tabel_grafik, lang, key=f"tabel_grafik_{p.sektor}")
        else:
            st.info(t("tanpa_pl", lang))
        if len(p.tabel):
            st.markdown(f"**{t('tabel_pl', lang)}**")
            ui.tabel_kolom(p.tabel, lang, key=f"tabel_pl_{p.sektor}")
            if p.ada_netral:
                st.caption(t("netral_ket", lang))
        if p.laporan:
            st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))
        with st.expander(t("cakupan_sektor", lang), expanded=not p.ada_grafik):
            st.markdown("\n".join(p.cakupan))
