"""Bandingkan: one indicator, women and men, for the chosen regions beside Kalteng and Indonesia over a year range
(in the spirit of Our World in Data's grapher): chart, map and table of the same selection, the download beside
them. Years without a figure break the lines; regions without a figure are named above the chart.
The logic is in kalteng_gender/banding.py (selection) and unduh.py (files)."""
import datetime as dt

import streamlit as st

import ui
from kalteng_gender import banding, charts, fmt, seleksi, unduh
from kalteng_gender.teks import t

lang = ui.halaman("banding_judul")
df, reg = ui.muat()
st.caption(t("banding_intro", lang))

c1, c2 = st.columns([1, 2])
_, ind = ui.pilih_indikator(df, reg, lang, kolom=(c1, c2), bawaan="tpak_agustus")  # sector only filters the list
c3, c4 = st.columns([2, 1])
with c3:
    wil = ui.pilih_wilayah_banding(t("banding_wilayah", lang), lambda lama: banding.wilayah_bawaan(df, ind, lama))
with c4:
    rentang = ui.pilih_rentang(t("rentang_tahun", lang), banding.batas_tahun(df, ind))
if not wil:
    st.info(t("banding_pilih", lang))
    st.stop()

b = ui.olah(banding.bandingkan, df, ind, list(wil), rentang)
i, label = ui.info(reg, ind), ui.label(reg, ind, lang)
jk_teks = t("banding_pl" if b.jk != ("T",) else "banding_total", lang)
st.subheader(t("banding_grafik_judul", lang).format(ind=label, jk=jk_teks, a=rentang[0], b=rentang[1],
                                                     satuan=b.satuan))
if b.kosong:
    st.warning(t("banding_kosong", lang).format(w=", ".join(b.kosong), a=rentang[0], b=rentang[1]))
if b.hanya_total:
    st.warning(t("banding_hanya_total", lang).format(w=", ".join(b.hanya_total)))
ui.catatan_indikator(reg, ind, lang)

kiri, kanan = st.columns([3, 1])
with kiri:
    grafik, peta, tabel = ui.tab_url({"grafik": t("tab_grafik", lang), "peta": t("tab_peta", lang),
                                      "tabel": t("tab_tabel", lang)})
    with grafik:
        nama_jk = {k: t(k, lang).split(" (")[0].lower() for k in b.jk}
        st.plotly_chart(ui.olah_grafik(charts.banding, b.garis(), nama_jk, b.satuan, b.rentang),
                        key="grafik_banding", config={"displaylogo": False})
        st.caption(t("banding_gaya", lang))
    with peta:
        mode_ada = seleksi.mode_tersedia(df, ind)
        mode = ui.pilih_url("jk", t("banding_peta_mode", lang), mode_ada, "gap" if "gap" in mode_ada else mode_ada[0],
                            format_func=lambda m: t(m, lang), widget="radio", horizontal=True)
        tahun, nilai, acuan = ui.olah(banding.peta, df, ind, rentang, mode)
        satuan = {"gap": b.satuan_selisih, "rasio": "rasio P/L"}.get(mode, b.satuan)
        if tahun is None:
            st.info(t("banding_peta_kosong", lang))
        else:
            st.plotly_chart(ui.peta(nilai, f"{t(mode, lang)}, {tahun} ({satuan})", satuan,  # short: fits a phone
                                    divergen=mode in ("gap", "rasio"), titik_tengah=1.0 if mode == "rasio" else 0.0),
                            key="peta_banding", config={"displaylogo": False})
            st.markdown(" · ".join(f"**{r.wilayah} {tahun}:** {fmt.nilai_satuan(r.nilai, satuan, tanda=mode == 'gap')}"
                                   for r in acuan.itertuples()))
            ui.catatan_samar(ind, tahun)
    with tabel:
        st.dataframe(unduh.tampil_kantor(unduh.tabel_banding(b, label), b.satuan), hide_index=True,
                     width="stretch", key="tabel_banding")
        st.caption(t("banding_tabel_ket", lang))
with kanan:
    berkas = ui.olah(unduh.berkas_banding, df, ind, list(wil), rentang, label, i["produsen"], i["definisi"],
                     ui.muat_sumber(), dt.date.today())
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
ui.keterangan(df[df["kode_bps"].isin(wil)], reg, ind)
