"""Profil Wilayah: one kab/kota (or Kalteng) with every indicator, its rank, benchmarks, trend and completeness,
and what is missing as a to-do list. Everything comes from cached views (profil.tampilan, profil.tren)."""
import streamlit as st

import ui
from kalteng_gender import grafik_halaman, profil
from kalteng_gender.teks import t

lang = ui.halaman("judul_profil")
df, reg = ui.muat()

kode, (c2,) = ui.baris_wilayah(profil.wilayah_profil(), lang, tanda_provinsi=True)
v = ui.olah(profil.tampilan, df, reg, kode, ui.muat_sumber(), ui.disamarkan(), lang)
with c2:
    st.markdown(f"**{t('kelengkapan', lang)}**")
    st.badge(v.kelengkapan.teks, color={"baik": "green", "sedang": "orange", "rendah": "red"}[v.kelengkapan.kelas],
             icon=":material/bar_chart:")
    st.progress(v.kelengkapan.persen / 100)

# --- every indicator ---------------------------------------------------------------------------------------
st.header(v.judul)
hanya = st.toggle(t("tampil_hanya_ada", lang), value=False, key="w_profil_hanya_ada")
ui.tabel_kolom(v.tabel_ada if hanya else v.tabel, lang, jenis={"tren": "garis"}, height=480,
               key="tabel_profil")
st.caption(t("profil_ket", lang))
st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))

# --- what is missing, and where to find it ------------------------------------------------------------------
if v.n_kosong:
    st.subheader(t("profil_todo", lang))
    st.caption(v.kosong_teks + " " + t("profil_todo_ket", lang))
    ui.tautan_halaman("pages/7_Perbarui_Data.py", t("profil_perbarui", lang), {"lang": "en"} if lang == "en" else {},
                      ikon=":material/upload_file:")
    with st.expander(t("profil_todo", lang) + f" ({len(v.todo)})"):
        ui.tabel_kolom(v.todo, lang, jenis={"cari_di": "lebar"}, key="tabel_todo")
with st.expander(t("profil_cakupan_wilayah", lang)):
    ui.tabel_kolom(v.cakupan_wilayah, lang, key="tabel_cakupan_wilayah")

# --- trend of one indicator against Kalteng and Indonesia --------------------------------------------------
st.header(t("tren_wilayah", lang))
if not v.opsi_tren:
    st.info(t("profil_tanpa_data", lang).format(w=v.nama))
else:
    ind = ui.pilih_url("ind", t("indikator", lang), v.opsi_tren, v.opsi_tren[0],
                       format_func=lambda i: ui.label(reg, i, lang))
    tr = ui.olah(profil.tren, df, reg, kode, ind, lang)
    st.plotly_chart(ui.olah_grafik(grafik_halaman.tren_profil, df, reg, kode, ind, lang), key="tren_profil",
                    config={"displaylogo": False})
    if tr.kosong:
        st.caption(tr.kosong)
    st.caption(tr.keterangan)
    ui.caption_sumber(tr.sumber)
    ui.catatan_samar(ind)
    ui.catatan_indikator(reg, ind, lang)
    with st.expander(t("tabel", lang)):
        ui.tabel_kolom(tr.tabel, lang, key="tabel_tren")

# --- composite index summary (reused from the Indeks Komposit page) ---------------------------------------
st.header(t("ikg_bagian", lang))
if v.ikg_tahun is None:
    st.info(v.ikg_info)
    if v.ikg_penjelasan:
        st.markdown("\n".join(f"- {s}" for s in v.ikg_penjelasan))
    st.caption(t("buka_komposit", lang))
else:
    ui.bagian_ikg(df, reg, kode, v.ikg_tahun, lang, lengkap=False)
ui.bagian_konteks(reg, ["ikg", "ipg", "idg"], kode, None, lang, grafik=False)
st.caption(t("profil_bukan_nol", lang))
