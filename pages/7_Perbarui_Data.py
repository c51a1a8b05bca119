"""Perbarui Data: upload a new BPS / DP3APPKB table, see what it would change, apply it; list and restore backups.

When a token is configured, large previews, backups and the changelog are for its holders only (see akses.py).

All checking, previewing, writing, backing up and restoring is done by kalteng_gender.impor (the same code as
`python -m kalteng_gender.impor`); what each section shows comes from kalteng_gender/perbarui.py, and its sections
from ui/bagian.py. This page only lays out the widgets."""
import streamlit as st

import ui
from kalteng_gender import aman, data as kd, perbarui
from kalteng_gender.teks import t

lang = ui.halaman("imp_judul")
st.markdown(t("imp_intro", lang))
data_dir = kd.DATA_DIR  # looked up at run time so tests can point it at a temporary copy
ui.pesan_tulis()
o = ui.olah_folder(data_dir, perbarui.opsi, lang)
if o.galat:
    st.error(aman.polos(o.galat))
    st.stop()
boleh = ui.akses_tulis(lang).boleh

berkas = st.file_uploader(t("imp_unggah", lang), type=["csv", "xlsx"], max_upload_size=10, key="w_imp_berkas")
with st.expander(t("imp_opsi", lang)):
    st.caption(t("imp_opsi_ket", lang))
    c1, c2 = st.columns(2)
    ind = c1.selectbox(t("indikator", lang), list(o.indikator), key="w_imp_indikator", format_func=o.indikator.get)
    sumber = c2.text_input(t("sumber", lang), key="w_imp_sumber")
    jk = c1.selectbox(t("imp_jk", lang), ["", "T", "P", "L"], key="w_imp_jk",
                      format_func=lambda x: t(x, lang) if x else "—")
    tahun = c2.selectbox(t("tahun", lang), o.tahun, key="w_imp_tahun",
                         format_func=lambda x: "—" if x is None else str(x))
    catatan = st.text_input(t("imp_catatan", lang), key="w_imp_catatan")
    kode = st.radio(t("imp_kode", lang), ["bps", "kemendagri"], horizontal=True, key="w_imp_kode",
                    format_func=lambda k: t(f"imp_kode_{k}", lang))
bawaan = perbarui.bawaan(ind, sumber, jk, tahun, catatan, kode)

if berkas is not None:
    isi = berkas.getvalue()
    p = perbarui.pratinjau(isi, berkas.name, data_dir, bawaan, boleh)
    ui.pratinjau_impor(p, lang)
    if p.ada_perubahan and st.button(t("imp_terapkan", lang), type="primary", key="w_imp_terapkan",
                                     disabled=not boleh):
        ui.hasil_tulis(perbarui.terapkan(isi, berkas.name, data_dir, bawaan, p.sha_data))

st.header(t("imp_cadangan", lang))
c = ui.olah_folder(data_dir, perbarui.cadangan, boleh)
if c.catatan:
    st.caption(t(c.catatan, lang))
if c.daftar is not None:
    ui.dataframe(c.daftar, hide_index=True, width="stretch", key="imp_tabel_cadangan")
    pilih = st.selectbox(t("imp_pilih_cadangan", lang), c.nama, key="w_imp_cadangan")
    yakin = st.checkbox(t("imp_yakin", lang), key="w_imp_yakin")
    if st.button(t("imp_pulihkan", lang), disabled=not (yakin and boleh), key="w_imp_pulihkan"):
        ui.hasil_tulis(perbarui.pulihkan(pilih, data_dir))
if c.changelog is not None:
    with st.expander(t("imp_changelog", lang)):
        ui.dataframe(c.changelog, hide_index=True, width="stretch", key="imp_tabel_changelog")
