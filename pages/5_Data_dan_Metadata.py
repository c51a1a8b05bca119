"""Data & Metadata: the filtered table, downloads of exactly those rows for Indonesian offices, definitions and
sources. Everything comes from one cached view (unduh.tampilan_data)."""
import datetime as dt

import streamlit as st

import ui
from kalteng_gender import regions, unduh
from kalteng_gender.teks import t

lang = ui.halaman("data_metadata")
df, reg = ui.muat()

c1, c2 = st.columns([2, 3])
sektor, ind = ui.pilih_indikator(df, reg, lang, semua=True, bawaan="semua", kolom=(c1, c2))
c3, c4, c5 = st.columns([3, 2, 2])
with c3:
    wil = ui.pilih_wilayah(t("wilayah", lang), [*regions.KABKOTA, regions.PROVINSI, regions.NASIONAL], [],
                           format_func=regions.NAMA.get, ganda=True, placeholder=t("semua_wilayah", lang))
with c4:
    rentang = ui.pilih_rentang(t("rentang_tahun", lang), ui.olah(unduh.rentang_tahun, df))
with c5:
    resmi = st.toggle(t("hanya_resmi", lang), key="w_resmi", help=t("hanya_resmi_ket", lang))
filters = {"sektor": sektor, "ind": ind, "wil": wil, "tahun": rentang, "resmi": resmi}
v = ui.olah(unduh.tampilan_data, df, reg, filters, ui.muat_sumber(), ui.disamarkan(), lang, dt.date.today())
n = len(v.tabel)

st.subheader(t("tabel_terfilter", lang))
b1, b2, b3 = st.columns([1, 1, 1])
with b1:
    st.download_button(t("unduh_xlsx", lang).format(n=n), v.xlsx, key="unduh_xlsx", file_name=f"{v.nama}.xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", disabled=n == 0,
                       type="primary", icon=":material/table_view:")
with b2:
    st.download_button(t("unduh_csv", lang).format(n=n), v.csv, key="unduh_csv", file_name=f"{v.nama}.csv",
                       mime="text/csv", disabled=n == 0)
with b3:
    st.download_button(t("unduh_csv_mesin", lang), v.csv_mesin, key="unduh_csv_mesin",
                       file_name=f"{v.nama}_mesin.csv", mime="text/csv", disabled=n == 0)
st.caption(t("unduh_ket", lang) + f" _{v.kutipan}_")
if n == 0:
    st.info(t("tidak_ada_baris", lang))
else:
    st.caption(v.ringkas)
    ui.tabel_kolom(v.layar, lang, key="tabel_data", column_order=unduh.KOLOM_LAYAR)
    if v.perlindungan:
        st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))
    if v.samar:
        st.caption(":material/lock: " + v.samar)

st.subheader(t("definisi_judul", lang))
ui.tabel_kolom(v.definisi, lang, key="tabel_definisi", column_order=[k for k in v.definisi if k != "indikator"])

st.subheader(t("sumber_judul", lang))
st.caption(t("sumber_ket", lang))
ui.tabel_kolom(v.sumber, lang, jenis={"sumber": "link"}, key="tabel_sumber")
