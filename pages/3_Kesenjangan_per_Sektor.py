"""Kesenjangan per Sektor: every by-sex indicator as female vs male, signed gap and ratio, and a parity heat map."""
import streamlit as st

import ui
from kalteng_gender import charts, fmt, sektor
from kalteng_gender.teks import t

lang = ui.halaman("judul_sektor")
df, reg = ui.muat()
st.write(t("sektor_intro", lang))

c1, c2 = st.columns(2)
with c1:
    sek = ui.pilih_url("sektor", t("sektor", lang), ["semua", *ui.olah(sektor.sektor_tersedia, df, reg)], "semua",
                       format_func=lambda s: t("semua_sektor", lang) if s == "semua" else t(s, lang))
s_arg = None if sek == "semua" else sek
with c2:
    tahun = ui.pilih_url("tahun", t("tahun", lang), ["terbaru", *ui.olah(sektor.tahun_pl, df, reg, s_arg)], "terbaru",
                         format_func=lambda x: t("tahun_terbaru", lang) if x == "terbaru" else str(x))
th = None if tahun == "terbaru" else int(tahun)
nama_sektor = t("semua_sektor", lang) if s_arg is None else t(s_arg, lang)
nama_tahun = t("tahun_terbaru", lang).lower() if th is None else str(th)
tabel = ui.olah(sektor.tabel_pl, df, reg, s_arg, th)


def caption_sumber(rows) -> None:
    ui.caption_sumber(ui.olah(sektor.sumber, df, rows))


# --- heat map: region × indicator, coloured by distance from parity -----------------------------------------
st.header(t("heatmap_judul", lang))
m = ui.olah(sektor.matriks_paritas, tabel, reg, s_arg)
if m.empty:
    st.info(t("netral_ket", lang))
else:
    isi = m.dropna(subset=["skor"])
    judul = (f"{t('heatmap_judul', lang)}: rasio P/L — {nama_sektor}, {nama_tahun} "
             f"(rasio tanpa satuan; warna menurut arah indikator)")
    st.plotly_chart(ui.olah_grafik(charts.heatmap_paritas, m, judul), key="heatmap_paritas", config={"displaylogo": False})
    st.caption(t("heatmap_ket", lang))
    st.caption(f"{len(isi)} dari {len(m)} sel punya pasangan P dan L; sisanya {fmt.TIDAK_TERSEDIA}. Data menurut "
               "jenis kelamin sebagian besar hanya terbit di tingkat provinsi.")
    caption_sumber(isi)
    with st.expander(t("tabel", lang)):
        st.dataframe(ui.olah(sektor.tabel_tampil, isi), hide_index=True, width="stretch")

# --- per sector: female vs male, gap and ratio ----------------------------------------------------------------
daftar = ui.olah(sektor.urut_sektor, tabel, ui.olah(sektor.sektor_tersedia, df, reg)) if s_arg is None else [s_arg]
wadah = st.tabs([t(s, lang) for s in daftar]) if len(daftar) > 1 else [st.container()]
for s, tab in zip(daftar, wadah):
    with tab:
        st.subheader(f"{t(s, lang)}: {t('perbandingan_pl', lang).lower()} ({nama_tahun})")
        sub = tabel[tabel["sektor"] == s]
        grafik = ui.olah(sektor.baris_grafik, sub)
        if len(grafik):
            judul = f"{t('perbandingan_pl', lang)} — {t(s, lang)}, {nama_tahun} (satuan dan tahun per panel)"
            st.plotly_chart(ui.olah_grafik(charts.batang_pl, grafik, judul), key=f"pl_{s}", config={"displaylogo": False})
            caption_sumber(grafik)
            with st.expander(t("tabel", lang)):
                st.dataframe(ui.olah(sektor.tabel_tampil, grafik), hide_index=True, width="stretch")
        else:
            st.info(t("tanpa_pl", lang))
        if len(sub):
            st.markdown(f"**{t('tabel_pl', lang)}**")
            st.dataframe(ui.olah(sektor.tabel_tampil, sub), hide_index=True, width="stretch")
            if (sub["arah"] == "netral").any():
                st.caption(t("netral_ket", lang))
        if s == "perlindungan":
            st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))
        with st.expander(t("cakupan_sektor", lang), expanded=not len(grafik)):
            cak = ui.olah(sektor.catatan_cakupan, df, reg, s)
            st.markdown("\n".join(f"- **{r.label}**: {r.catatan}" for r in cak.itertuples()))
