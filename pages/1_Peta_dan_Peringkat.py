"""Peta & Peringkat: one indicator in one year over the 14 kab/kota, as a map and a ranked bar chart.

Female, male, the gap (P − L) or the ratio (P / L); gap and ratio on a diverging scale centred on parity.
Clicking a region on the map (or the select box) selects it and shows its value and rank. What is shown is
computed in kalteng_gender/tampilan.py (one cached view); this page lays it out."""
import streamlit as st

import ui
from kalteng_gender import geo, regions, seleksi, tampilan
from kalteng_gender.teks import t

lang = ui.halaman("peta_peringkat")
df, reg = ui.muat()

c1, c2, c3, c4 = st.columns([2, 3, 3, 1])
sektor, ind = ui.pilih_indikator(df, reg, lang, kolom=(c1, c2))
p = ui.olah(seleksi.pilihan_peta, df, ind, ui.info(reg, ind)["arah"])
with c3:
    jk = ui.pilih_url("jk", t("tampilan", lang), list(p.mode), "T" if "T" in p.mode else p.mode[0],
                      format_func=lambda m: t(m, lang), widget="radio", horizontal=True)
with c4:
    tahun = int(ui.pilih_url("tahun", t("tahun", lang), list(p.tahun), p.tahun_bawaan[jk]))

k_peta, k_batang = st.columns([3, 2])
k_pilih, k_nilai, k_rank, k_acuan = st.columns([3, 2, 2, 3])
with k_pilih:
    wil = ui.pilih_wilayah(t("wilayah_terpilih", lang), list(regions.KABKOTA), p.wilayah_bawaan[(jk, tahun)],
                           format_func=regions.NAMA.get, help=t("klik_peta", lang))
_, gj, pusat = ui.muat_geo()
v = ui.olah_grafik(tampilan.peta_peringkat, df, reg, ui.disamarkan(), gj, pusat, ind, tahun, jk, wil, lang)

with k_peta:
    st.plotly_chart(v.peta, key="peta_peringkat", selection_mode="points",
                    on_select=ui.klik_peta("peta_peringkat", list(regions.KABKOTA)), config={"displaylogo": False})
    st.caption(t("klik_peta", lang))
with k_batang:
    st.plotly_chart(v.batang, key="batang_peringkat", config={"displaylogo": False})
    st.caption(v.ket_batang)
with k_nilai:
    st.metric(v.nilai_judul, v.nilai)
with k_rank:
    st.metric(t("peringkat", lang), v.peringkat)
    st.caption(v.ket_peringkat)
with k_acuan:
    for baris in v.acuan:
        st.markdown(baris)
with k_pilih:
    ui.tautan_profil(wil, lang)

ui.n_berdata(v.n_ada, "tanpa_kab", lang)
ui.keterangan(df, reg, ind, tahun)
ui.bagian_konteks(reg, [ind], wil, tahun, lang)
ui.catatan_indikator(reg, ind, lang)
with st.expander(t("tabel", lang)):
    ui.dataframe(v.tabel, hide_index=True, width="stretch")
st.caption(geo.atribusi(lang))
