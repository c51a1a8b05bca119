"""Page sections shared by several pages (the IKG explanation, national context) and the sections of Perbarui Data
(who may write, the preview of an upload, the outcome of a write)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kalteng_gender import aman, charts, data as kd, fmt, kolom, konteks, perbarui
from kalteng_gender.teks import t
from .cache import dataframe, kosongkan, muat_nasional, olah, olah_grafik
from .tampil import caption_sumber, info, label


def _kontrafaktual_tampil(kf: pd.DataFrame, nama: str, kunci: str, lang: str) -> None:
    st.markdown("\n".join(f"- {s}" for s in kf["kalimat"]))
    st.plotly_chart(olah_grafik(charts.batang_kontrafaktual, kf, t("kf_grafik", lang).format(nama=nama), lang),
                    key=f"kf_{kunci}", config={"displaylogo": False})
    with st.expander(t("tabel", lang)):
        st.dataframe(kf.assign(ikg_aktual=kf["ikg_aktual"].map(lambda v: fmt.angka(v, 3, lang=lang)),
                               ikg_setara=kf["ikg_setara"].map(lambda v: fmt.angka(v, 3, lang=lang)),
                               turun=kf["turun"].map(lambda v: fmt.angka(v, 3, lang=lang))).pipe(kolom.tajuk, lang),
                     hide_index=True, width="stretch")


def bagian_ikg(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tahun: int, lang: str, lengkap: bool = True,
               tampil=None) -> None:
    """IKG of a region-year explained from the components the data hold (one cached view, komposit.tampilan_ikg,
    or `tampil` when the page's view already holds it): published vs recomputed (a difference above tolerance
    shown beside both), missing components named, explanation, driver sentence; with `lengkap` also the
    component table, the female/male dimensions and the counterfactuals, in expanders."""
    from kalteng_gender import komposit
    v = tampil if tampil is not None else olah(komposit.tampilan_ikg, df, kode, int(tahun), lang=lang)
    c1, c2, c3 = st.columns(3)
    c1.metric(f"{t('ikg_terbit', lang)} · {v.nama} {v.tahun}", fmt.angka(v.terbit, 3, lang=lang))
    c2.metric(f"{t('ikg_hitung', lang)} · {v.tahun}", "—" if v.kurang else fmt.angka(v.hitung, 4, lang=lang))
    if v.kurang:
        c2.caption(t("tidak_dapat_dihitung", lang) + ": " + t("komponen_kurang", lang).lower())
    c3.metric(f"IKG Indonesia {v.tahun}", fmt.angka(v.nasional, 3, lang=lang))
    caption_sumber(v.sumber)
    if v.beda:
        st.error(":material/warning: " + v.status)
    elif not v.kurang:
        st.success(v.status)
    if v.kurang:
        st.warning(f"**{t('komponen_kurang', lang)} ({v.tahun}):** " + ", ".join(t(k, lang) for k in v.kurang) + ".")
    if not lengkap:
        st.markdown("\n".join(f"- {s}" for s in v.penjelasan))
        st.markdown(f"**{t('pendorong', lang)}.** " + v.perubahan)
        st.caption(t("buka_komposit", lang))
        return
    with st.expander(t("komponen_ikg", lang)):
        st.markdown("\n".join(f"- {s}" for s in v.penjelasan))
        dataframe(v.komponen, hide_index=True, width="stretch")
        caption_sumber(v.sumber_komponen)
        if len(v.dimensi):
            st.plotly_chart(olah_grafik(charts.batang_pl, v.dimensi, t("ikg_dimensi_grafik", lang).format(
                                            nama=v.nama, tahun=v.tahun), lang=lang),
                            key="ikg_dimensi", config={"displaylogo": False})
            st.dataframe(v.dimensi.assign(P=v.dimensi["P"].map(lambda x: fmt.angka(x, 4, lang=lang)),
                                          L=v.dimensi["L"].map(lambda x: fmt.angka(x, 4, lang=lang)),
                                          satuan=v.dimensi["satuan"].map(lambda x: fmt.satuan(x, lang))
                                          ).pipe(kolom.tajuk, lang),
                         hide_index=True, width="stretch")
        else:
            st.info(t("ikg_dimensi_kosong", lang).format(nama=v.nama, tahun=v.tahun)
                    + f" ({t('tidak_tersedia', lang)}).")
    with st.expander(t("kontrafaktual", lang)):
        if v.kontrafaktual is not None:
            _kontrafaktual_tampil(v.kontrafaktual, f"{v.nama} {v.tahun}", "wilayah", lang)
        else:
            st.info(t("kf_kurang", lang).format(nama=v.nama, tahun=v.tahun))
            _kontrafaktual_tampil(v.kontrafaktual_acuan, t("kf_acuan", lang), "acuan", lang)


def _grafik_kalimantan(nas: pd.DataFrame, ind: str, kode: str, tahun: int | None, arah: str, judul: str,
                       satuan: str, lang: str = "id"):
    # keyed on these arguments: hashing the Kalimantan table on every rerun cost more than drawing it
    v = konteks.tampilan(nas, ind, kode, tahun, arah, "", satuan, lang)
    return charts.tren(v.kalimantan, judul, satuan, {"Indonesia"}, lang=lang)


def bagian_konteks(reg: pd.DataFrame, inds: list[str], kode: str, tahun: int | None, lang: str,
                   grafik: bool = True) -> None:
    """National context from BPS's own tables: the region's and Kalteng's place in Indonesia for each indicator
    BPS tabulates nationally (IPG, IDG, IKG), and (grafik) the five Kalimantan provinces side by side."""
    tampil = []
    for ind in inds:
        i = info(reg, ind)
        v = olah(konteks.tampilan, muat_nasional(), ind, kode, tahun, i["arah"], fmt.singkat(label(reg, ind, lang)),
                 i["satuan"], lang)
        if v is not None:
            tampil.append((ind, i, v))
    if not tampil:
        return
    st.subheader(t("konteks_nasional", lang))
    st.markdown("\n".join(f"- {k}" for _, _, v in tampil for k in v.kalimat))
    if grafik:
        ind, i, v = tampil[0]
        judul = f"{label(reg, ind, lang)}: {t('provinsi_kalimantan', lang)} ({olah(kd.satuan, reg, ind, lang)})"
        st.plotly_chart(olah_grafik(_grafik_kalimantan, muat_nasional(), ind, kode, tahun, i["arah"], judul,
                                    i["satuan"], lang), key=f"kalimantan_{ind}", config={"displaylogo": False})
    st.caption(t("konteks_ket", lang))


_PESAN_TULIS = "_imp_pesan"


def pesan_tulis() -> None:
    """The message of the last write (see hasil_tulis), once; a restore must then be confirmed again."""
    if _PESAN_TULIS in st.session_state:
        st.success(aman.polos(st.session_state.pop(_PESAN_TULIS)))
        st.session_state.pop("w_imp_yakin", None)


def hasil_tulis(h: perbarui.Tulis) -> None:
    """After a write from Perbarui Data: a refusal shown where it happened; a success forgets every cached table so
    all pages read the new file, and is shown at the top after the rerun (pesan_tulis)."""
    if h.galat:
        st.error(aman.polos(h.galat))
        return
    kosongkan()
    st.session_state[_PESAN_TULIS] = h.pesan
    st.rerun()


def akses_tulis(lang: str) -> perbarui.Akses:
    """Who may write (perbarui.akses_halaman): the token field when one is configured, and what the page says."""
    a = perbarui.akses_halaman()
    if a.minta_token:
        a = perbarui.akses_halaman(st.text_input(t("imp_token", lang), type="password", key="w_imp_token"))
    if a.galat:
        st.error(t(a.galat, lang))
    if a.catatan:
        st.caption(t(a.catatan, lang))
    return a


def pratinjau_impor(p: perbarui.Pratinjau, lang: str) -> None:
    """An upload previewed: the refusal as a table, or the counts, warnings and the rows added and changed."""
    if p.masalah is not None:
        st.error(t("imp_ditolak", lang))
        st.dataframe(p.masalah, hide_index=True, width="stretch", key="imp_tabel_masalah")
        return
    st.header(t("imp_pratinjau", lang))
    st.caption(aman.polos(p.judul))
    for k, kunci, n in zip(st.columns(3), ("imp_ditambah", "imp_diubah", "imp_tetap"), (p.ditambah, p.diubah, p.tetap)):
        k.metric(t(kunci, lang), n)
    for w in p.peringatan:
        st.warning(aman.polos(w))
    for tabel, judul, kunci in ((p.tabel_ditambah, "imp_ditambah", "imp_tabel_tambah"),
                                (p.tabel_diubah, "imp_diubah_judul", "imp_tabel_ubah")):
        if tabel is not None:
            st.subheader(t(judul, lang))
            st.dataframe(tabel, hide_index=True, width="stretch", key=kunci)
    if not p.ada_perubahan:
        st.info(t("imp_tanpa_perubahan", lang))
