"""Indeks Komposit: IKG, IPG and IDG for leaders. The conclusion comes first (what drives the index here, in plain
words); the components, formulas, reference rows and proofs follow in expanders. One cached view per region and
year (komposit.tampilan); this page only lays it out."""
import streamlit as st

import ui
from kalteng_gender import charts, kolom, komposit
from kalteng_gender.teks import t

lang = ui.halaman("judul_komposit")
df, reg = ui.muat()

kode, (c2,) = ui.baris_wilayah(komposit.wilayah_komposit(), lang)
tahun_ada, bawaan = ui.olah(komposit.pilihan_tahun, df, kode)
tahun = None
if tahun_ada:
    with c2:
        tahun = int(ui.pilih_url("tahun", t("tahun", lang), tahun_ada, bawaan))
v = ui.olah(komposit.tampilan, df, kode, tahun, lang)
k = v.teks

st.subheader(t("kesimpulan", lang))
st.markdown("\n".join(f"- {x}" for x in v.kesimpulan))

# --- IKG -------------------------------------------------------------------------------------------------
st.header(t("ikg_bagian", lang))
if tahun is None:
    st.info(k.ikg_kosong)
else:
    ui.bagian_ikg(df, reg, kode, tahun, lang, tampil=v.ikg)
    with st.expander(t("cek_tahun", lang) + f" — {v.nama}"):
        ui.dataframe(v.cek_tahun, hide_index=True, width="stretch")
        st.caption(k.toleransi)
with st.expander(t("cek_acuan", lang)):
    st.caption(":material/warning: " + t("cek_acuan_ket", lang))
    ui.dataframe(v.cek_acuan, hide_index=True, width="stretch")

# --- IPG -------------------------------------------------------------------------------------------------
st.header(t("ipg_bagian", lang))
st.metric(k.ipg_judul, k.ipg_nilai)
if k.ipg_lengkap:
    st.markdown(k.ipg_rincian)
else:
    st.caption(k.ipg_rincian)
ui.caption_sumber(v.sumber_ipg)
with st.expander(t("cek_ipg", lang)):
    st.subheader(t("cek_ipg", lang))
    st.caption(t("cek_ipg_ket", lang).format(n=v.cek_ipg_sesuai, total=len(v.cek_ipg)))
    ui.dataframe(v.cek_ipg, hide_index=True, width="stretch", key="cek_ipg")
    ui.caption_sumber(v.sumber_cek_ipg)

# --- IDG -------------------------------------------------------------------------------------------------
st.header(t("idg_bagian", lang))
st.metric(k.idg_judul, k.idg_nilai)
st.plotly_chart(ui.olah_grafik(charts.batang_paritas, v.idg_tabel, k.idg_grafik, lang), key="idg_paritas",
                config={"displaylogo": False})
ui.caption_sumber(v.sumber_idg)
with st.expander(t("tabel", lang)):
    ui.dataframe(kolom.tajuk(v.idg_tampil, lang), hide_index=True, width="stretch")
    if k.idg_kurang:
        st.caption(k.idg_kurang)

# --- how it is calculated --------------------------------------------------------------------------------
with st.expander(t("cara_hitung", lang)):
    indeks = st.radio(t("indikator", lang), list(komposit.STRUKTUR), format_func=komposit.NAMA_INDEKS.get,
                      horizontal=True, key="w_diagram_indeks")
    struktur, tersedia = k.diagram_struktur[indeks]
    st.plotly_chart(ui.olah_grafik(charts.diagram_alur, struktur, komposit.NAMA_INDEKS[indeks], tersedia,
                                   k.diagram[indeks], lang), key="diagram_alur", config={"displaylogo": False})
    for baris in komposit.RUMUS[indeks]:
        st.latex(baris)
    st.caption(k.rumus_ket[indeks])
    ui.dataframe(kolom.tajuk(k.diagram_tabel[indeks], lang), hide_index=True, width="stretch")
