"""Bandingkan: one indicator, women and men, for the chosen regions beside Kalteng and Indonesia over a year range
(in the spirit of Our World in Data's grapher): chart, map and table of the same selection, the download beside
them. Years without a figure break the lines; regions without a figure are named above the chart.
The logic is in kalteng_gender/banding.py (selection), tampilan.py (what each section shows) and unduh.py (files)."""
import datetime as dt

import streamlit as st

import ui
from kalteng_gender import banding, data as kd, seleksi, tampilan, unduh
from kalteng_gender.teks import t

lang = ui.halaman("banding_judul")
df, reg = ui.muat()
st.caption(t("banding_intro", lang))

c1, c2 = st.columns([1, 2])
_, ind = ui.pilih_indikator(df, reg, lang, kolom=(c1, c2), bawaan="tpak_agustus")  # sector only filters the list
c3, c4 = st.columns([2, 1])
with c3:
    wil = ui.pilih_wilayah_banding(t("banding_wilayah", lang), lambda lama: ui.olah(banding.wilayah_bawaan, df, ind,
                                                                                     lama))
with c4:
    rentang = ui.pilih_rentang(t("rentang_tahun", lang), ui.olah(banding.batas_tahun, df, ind))
if not wil:
    st.info(t("banding_pilih", lang))
    st.stop()

v = ui.olah_grafik(tampilan.banding_grafik, df, reg, ind, tuple(wil), tuple(rentang), lang)
st.subheader(v.judul)
for w in v.peringatan:
    st.warning(w)
ui.catatan_indikator(reg, ind, lang)

kiri, kanan = st.columns([3, 1])
with kiri:
    grafik, peta, tabel = ui.tab_url({"grafik": t("tab_grafik", lang), "peta": t("tab_peta", lang),
                                      "tabel": t("tab_tabel", lang)})
    with grafik:
        st.plotly_chart(v.grafik, key="grafik_banding", config={"displaylogo": False})
        st.caption(t("banding_gaya", lang))
    with peta:
        mode_ada = ui.olah(seleksi.mode_tersedia, df, ind)
        mode = ui.pilih_url("jk", t("banding_peta_mode", lang), mode_ada, "gap" if "gap" in mode_ada else mode_ada[0],
                            format_func=lambda m: t(m, lang), widget="radio", horizontal=True)
        _, gj, pusat = ui.muat_geo()
        p = ui.olah_grafik(tampilan.banding_peta, df, reg, ui.disamarkan(), gj, pusat, ind, tuple(rentang), mode, lang)
        if p.peta is None:
            st.info(t("banding_peta_kosong", lang))
        else:
            st.plotly_chart(p.peta, key="peta_banding", config={"displaylogo": False})
            st.markdown(p.acuan)
            ui.catatan_samar(ind, p.tahun)
    with tabel:
        ui.dataframe(v.tabel, hide_index=True, width="stretch", key="tabel_banding")
        st.caption(t("banding_tabel_ket", lang))
with kanan:
    i = ui.info(reg, ind)
    berkas = ui.olah(unduh.berkas_banding, df, ind, list(wil), rentang, v.label, i["produsen"],
                     ui.olah(kd.definisi, reg, ind, lang), ui.muat_sumber(), dt.date.today(), lang)
    st.markdown(f"**{t('unduh', lang)}**")
    st.download_button(t("unduh_xlsx_kantor", lang), berkas.xlsx, f"{berkas.nama}.xlsx", type="primary",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="unduh_xlsx",
                       on_click="ignore", icon=":material/download:")
    st.caption(t("unduh_xlsx_ket", lang))
    st.download_button(t("unduh_csv_id", lang), berkas.csv, f"{berkas.nama}.csv", mime="text/csv",
                       key="unduh_csv", on_click="ignore")
    st.download_button(t("unduh_csv_lebar", lang), berkas.csv_lebar, f"{berkas.nama}_lebar.csv", mime="text/csv",
                       key="unduh_csv_lebar", on_click="ignore")
    st.caption(t("unduh_csv_ket", lang))
    st.caption(f"**{t('kutip_sebagai', lang)}:** {berkas.kutipan}")
ui.keterangan(df, reg, ind, sumber=list(v.b.sumber))
