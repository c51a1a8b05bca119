"""Data & Metadata: the filtered table, downloads of exactly those rows, definitions and sources."""
import streamlit as st

import ui
from kalteng_gender import regions, sumber, unduh
from kalteng_gender.teks import t

lang = ui.halaman("data_metadata")
df, reg = ui.muat()

c1, c2 = st.columns([2, 3])
sektor, ind = ui.pilih_indikator(df, reg, lang, semua=True, bawaan="semua", kolom=(c1, c2))
c3, c4, c5 = st.columns([3, 2, 1])
with c3:
    opsi_wil = [*regions.KABKOTA, regions.PROVINSI, regions.NASIONAL]
    wil = ui.pilih_wilayah(t("wilayah", lang), opsi_wil, [], format_func=regions.NAMA.get, ganda=True,
                           placeholder=t("semua_wilayah", lang))
with c4:
    awal, akhir = int(df["tahun"].min()), int(df["tahun"].max())
    rentang = ui.pilih_rentang(t("rentang_tahun", lang), (awal, akhir))

with c5:
    resmi = st.toggle(t("hanya_resmi", lang), key="w_resmi", help=t("hanya_resmi_ket", lang))
filters = {"sektor": sektor, "ind": ind, "wil": wil, "tahun": rentang, "resmi": resmi}
tabel = ui.olah(unduh.tabel_data, df, reg, filters, lang)
n = len(tabel)

st.subheader(t("tabel_terfilter", lang))
b1, b2, b3 = st.columns([1, 1, 3])
with b1:
    st.download_button(t("unduh_csv", lang).format(n=n), ui.olah(unduh.ke_csv, tabel), key="unduh_csv",
                       file_name=unduh.nama_berkas(filters, "csv"), mime="text/csv", disabled=n == 0)
with b2:
    st.download_button(t("unduh_xlsx", lang).format(n=n), ui.olah(unduh.ke_xlsx, tabel, reg, filters), key="unduh_xlsx",
                       file_name=unduh.nama_berkas(filters, "xlsx"), disabled=n == 0,
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
with b3:
    st.caption(t("unduh_ket", lang))
if n == 0:
    st.info(t("tidak_ada_baris", lang))
else:
    st.caption(f"{n} {t('baris', lang)} · {tabel['indikator'].nunique()} {t('indikator', lang).lower()} · "
               f"{tabel['kode_bps'].nunique()} {t('wilayah', lang).lower()}")
    st.dataframe(unduh.tampil(tabel), hide_index=True, width="stretch", key="tabel_data",
                 column_config={"sumber": st.column_config.LinkColumn(t("sumber", lang))})
    if "perlindungan" in set(tabel["sektor"]):
        st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))
        for i in tabel.loc[tabel["sektor"] == "perlindungan", "indikator"].unique():
            ui.catatan_samar(i)

st.subheader(t("definisi_judul", lang))
st.dataframe(unduh.tabel_definisi(reg, tabel["indikator"].unique(), lang), hide_index=True, width="stretch",
             key="tabel_definisi")

st.subheader(t("sumber_judul", lang))
st.caption(t("sumber_ket", lang))
st.dataframe(ui.olah(sumber.rincian, tuple(tabel["sumber"].unique()), ui.muat_sumber()), hide_index=True,
             width="stretch",
             key="tabel_sumber", column_config={"sumber": st.column_config.LinkColumn(t("sumber", lang))})
