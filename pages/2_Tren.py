"""Tren: an indicator over every published year for the chosen kab/kota, with Kalteng and Indonesia dashed.

Years without a figure break the line (never bridged); series across a method break (IPM/UHH old basis vs
SP2020 basis) are separate indicators and the page says so."""
import streamlit as st

import ui
from kalteng_gender import charts, regions, seleksi
from kalteng_gender.teks import t

lang = ui.halaman("tren_judul", "📈")
df, reg = ui.muat()

c1, c2, c3 = st.columns([2, 3, 3])
sektor, ind = ui.pilih_indikator(df, reg, lang, kolom=(c1, c2))
mode_ada = seleksi.mode_tersedia(df, ind)
with c3:
    jk = ui.pilih_url("jk", t("tampilan", lang), mode_ada, "T" if "T" in mode_ada else mode_ada[0],
                      format_func=lambda m: t(m, lang), widget="radio", horizontal=True)

# default regions: the kab/kota with the most published years for this indicator (up to six)
n_tahun = df[(df["indikator"] == ind) & df["kode_bps"].isin(regions.KABKOTA)].groupby("kode_bps")["tahun"].nunique()
bawaan = n_tahun.sort_values(ascending=False, kind="stable").index[:6].tolist()
wil = ui.pilih_wilayah(t("wilayah_tren", lang), list(regions.KABKOTA), bawaan, format_func=regions.NAMA.get,
                       ganda=True)

i = ui.info(reg, ind)
satuan = "rasio P/L" if jk == "rasio" else i["satuan"]
titik = seleksi.seri_tren(df, ind, wil, jk)
if len(titik):
    rentang = f"{titik['tahun'].min()}–{titik['tahun'].max()}"
    judul = f"{ui.label(reg, ind, lang)} — {t(jk, lang)}, {rentang} ({satuan})"
    acuan = {regions.NAMA[regions.PROVINSI], regions.NAMA[regions.NASIONAL]}
    st.plotly_chart(charts.tren(seleksi.seri_grafik(titik), judul, satuan, acuan=acuan), key="grafik_tren",
                    config={"displaylogo": False})
else:
    st.info(f"{ui.label(reg, ind, lang)} — {t(jk, lang)}: {t('tidak_tersedia', lang)}.")

st.caption(t("tren_acuan", lang) + " " + t("tren_putus", lang))
kosong = [regions.NAMA[k] for k in wil if k not in set(titik["kode_bps"])]
if kosong:
    st.caption(t("tanpa_data_wilayah", lang).format(w=", ".join(kosong)))
ui.catatan_indikator(reg, ind, lang)
ui.keterangan(df[df["kode_bps"].isin([*wil, regions.PROVINSI, regions.NASIONAL])], reg, ind)
with st.expander(t("tabel", lang)):
    ui.tabel_tampil(titik.rename(columns={"kode_bps": "kode BPS"}), satuan)
