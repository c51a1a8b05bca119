"""Perbarui Data: upload a new BPS / DP3APPKB table, see what it would change, apply it; list and restore backups.

When a token is configured, large previews, backups and the changelog are for its holders only (see akses.py).

All checking, previewing, writing, backing up and restoring is done by kalteng_gender.impor (the same code as
`python -m kalteng_gender.impor`); this page only lays out the widgets."""
import streamlit as st

import ui
from kalteng_gender import akses, aman, data as kd, gudang, impor
from kalteng_gender.teks import t

lang = ui.halaman("imp_judul")
st.markdown(t("imp_intro", lang))
data_dir = kd.DATA_DIR  # looked up at run time so tests can point it at a temporary copy
if "_imp_pesan" in st.session_state:
    st.success(aman.polos(st.session_state.pop("_imp_pesan")))
    st.session_state.pop("w_imp_yakin", None)  # a restore must be confirmed again
try:
    reg = kd.muat_registry(data_dir / kd.REGISTRY_FILE.name)
except kd.DataError as e:
    st.error(aman.polos(e))
    st.stop()


if akses.token_kosong():
    boleh = False
    st.error(t("imp_token_kosong", lang))
elif akses.perlu_token():
    token = st.text_input(t("imp_token", lang), type="password", key="w_imp_token")
    boleh = akses.boleh_menulis(token)
    if token and not boleh:
        st.error(t("imp_token_salah", lang))
else:
    boleh = True
    st.caption(t("imp_mode_lokal", lang))


def selesai(pesan: str) -> None:
    """After a write: forget every cached table so all pages read the new file, then show the message."""
    st.cache_data.clear()
    st.session_state["_imp_pesan"] = pesan
    st.rerun()


berkas = st.file_uploader(t("imp_unggah", lang), type=["csv", "xlsx"], max_upload_size=10, key="w_imp_berkas")
with st.expander(t("imp_opsi", lang)):
    st.caption(t("imp_opsi_ket", lang))
    c1, c2 = st.columns(2)
    ind = c1.selectbox(t("indikator", lang), [""] + reg["id"].tolist(), key="w_imp_indikator",
                       format_func=lambda i: f"{i} — {ui.label(reg, i, lang)}" if i else "—")
    sumber = c2.text_input(t("sumber", lang), key="w_imp_sumber")
    jk = c1.selectbox(t("imp_jk", lang), ["", "T", "P", "L"], key="w_imp_jk",
                      format_func=lambda x: t(x, lang) if x else "—")
    tahun = c2.selectbox(t("tahun", lang), [None] + impor.tahun_sah(),
                         key="w_imp_tahun", format_func=lambda x: "—" if x is None else str(x))
    catatan = st.text_input(t("imp_catatan", lang), key="w_imp_catatan")
    kode = st.radio(t("imp_kode", lang), ["bps", "kemendagri"], horizontal=True, key="w_imp_kode",
                    format_func=lambda k: t(f"imp_kode_{k}", lang))
bawaan = impor.Bawaan(ind or None, sumber.strip() or None, jk or None, tahun, catatan.strip() or None, kode)

if berkas is not None:
    isi = berkas.getvalue()
    try:
        p = impor.pratinjau(isi, berkas.name, data_dir, bawaan, besar=boleh)
    except kd.DataError as e:
        p = None
        st.error(t("imp_ditolak", lang))
        st.dataframe(impor.tabel_masalah(e), hide_index=True, width="stretch", key="imp_tabel_masalah")
    if p is not None:
        st.header(t("imp_pratinjau", lang))
        st.caption(aman.polos(f"{p.berkas} · {p.jenis} · {p.bentuk} · {p.n_angka} angka"))
        m1, m2, m3 = st.columns(3)
        m1.metric(t("imp_ditambah", lang), len(p.ditambah))
        m2.metric(t("imp_diubah", lang), len(p.diubah))
        m3.metric(t("imp_tetap", lang), p.tetap)
        for w in p.peringatan:
            st.warning(aman.polos(w))
        if len(p.ditambah):
            st.subheader(t("imp_ditambah", lang))
            st.dataframe(impor.tabel_ditambah(p), hide_index=True, width="stretch", key="imp_tabel_tambah")
        if len(p.diubah):
            st.subheader(t("imp_diubah_judul", lang))
            st.dataframe(impor.tabel_diubah(p), hide_index=True, width="stretch", key="imp_tabel_ubah")
        if not p.ada_perubahan:
            st.info(t("imp_tanpa_perubahan", lang))
        elif st.button(t("imp_terapkan", lang), type="primary", key="w_imp_terapkan", disabled=not boleh):
            try:
                hasil = impor.terapkan(isi, berkas.name, data_dir, bawaan, harap_sha_data=p.sha_data)
            except kd.DataError as e:
                st.error(aman.polos(e))
            else:
                selesai(hasil.pesan)

st.header(t("imp_cadangan", lang))
daftar = gudang.daftar_cadangan(data_dir) if boleh else None
if daftar is None:
    st.caption(t("imp_khusus_petugas", lang))
elif daftar.empty:
    st.caption(t("imp_tanpa_cadangan", lang))
else:
    st.dataframe(daftar, hide_index=True, width="stretch", key="imp_tabel_cadangan")
    pilih = st.selectbox(t("imp_pilih_cadangan", lang), daftar["nama"].tolist(), key="w_imp_cadangan")
    yakin = st.checkbox(t("imp_yakin", lang), key="w_imp_yakin")
    if st.button(t("imp_pulihkan", lang), disabled=not (yakin and boleh), key="w_imp_pulihkan"):
        try:
            hasil = gudang.pulihkan(pilih, data_dir)
        except kd.DataError as e:
            st.error(aman.polos(e))
        else:
            selesai(hasil.pesan)
if boleh:
    with st.expander(t("imp_changelog", lang)):
        log = gudang.baca_changelog(data_dir)
        st.dataframe(log.iloc[::-1], hide_index=True, width="stretch", key="imp_tabel_changelog")
