"""Page sections shared by several pages (the IKG explanation, national context)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kalteng_gender import charts, fmt, konteks, regions
from kalteng_gender.teks import t
from .cache import muat_nasional, olah, olah_grafik
from .tampil import info, label, sumber_banyak


def _kontrafaktual_tampil(kf: pd.DataFrame, nama: str, kunci: str, lang: str) -> None:
    from kalteng_gender import charts
    st.markdown("\n".join(f"- {s}" for s in kf["kalimat"]))
    st.plotly_chart(charts.batang_kontrafaktual(kf, f"IKG jika satu dimensi setara — {nama} (indeks 0–1)"),
                    key=f"kf_{kunci}", config={"displaylogo": False})
    with st.expander(t("tabel", lang)):
        st.dataframe(kf.assign(ikg_aktual=kf["ikg_aktual"].map(lambda v: fmt.angka(v, 3)),
                               ikg_setara=kf["ikg_setara"].map(lambda v: fmt.angka(v, 3)),
                               turun=kf["turun"].map(lambda v: fmt.angka(v, 3))), hide_index=True, width="stretch")


def bagian_ikg(df: pd.DataFrame, reg: pd.DataFrame, kode: str, tahun: int, lang: str, lengkap: bool = True) -> None:
    """IKG of a region-year explained from the components the data hold: published vs recomputed (a difference
    above tolerance shown beside both), missing components named, explanation, driver sentence; with
    `lengkap` also the component table, the female/male dimensions and the counterfactuals."""
    from kalteng_gender import charts, komposit
    nama = regions.NAMA.get(kode, kode)
    r = olah(komposit.tabel_ikg, df, kode, [int(tahun)]).iloc[0]
    c1, c2, c3 = st.columns(3)
    c1.metric(f"{t('ikg_terbit', lang)} · {nama} {tahun}", fmt.angka(r["ikg_terbit"], 3))
    c2.metric(f"{t('ikg_hitung', lang)} · {tahun}", "—" if r["kurang"] else fmt.angka(r["ikg_hitung"], 4))
    if r["kurang"]:
        c2.caption(t("tidak_dapat_dihitung", lang) + ": " + t("komponen_kurang", lang).lower())
    c3.metric(f"IKG Indonesia {tahun}", fmt.angka(komposit.ikg_terbit(df, regions.NASIONAL, tahun), 3))
    sumber_banyak(df, ["ikg"], kode, tahun)
    if r["beda"]:
        st.error(":material/warning: " + r["status"])
    elif not r["kurang"]:
        st.success(r["status"])
    if r["kurang"]:
        st.warning(f"**{t('komponen_kurang', lang)} ({tahun}):** " + ", ".join(r["kurang"]) + ".")
    st.markdown("\n".join(f"- {s}" for s in olah(komposit.penjelasan_ikg, df, kode, tahun)))
    st.markdown(f"**{t('pendorong', lang)}.** " + olah(komposit.kalimat_perubahan, df, kode, tahun))
    if not lengkap:
        st.caption(t("buka_komposit", lang))
        return
    st.subheader(t("komponen_ikg", lang))
    st.dataframe(komposit.tampil_komponen(olah(komposit.tabel_komponen, df, kode, tahun), tahun), hide_index=True,
                 width="stretch")
    sumber_banyak(df, ["ikg", *komposit.INDIKATOR_IKG], kode, tahun)
    inp = olah(komposit.input_ikg, df, kode, tahun)
    baris = komposit.baris_dimensi(komposit.dimensi_pl(inp), nama, tahun)
    if len(baris):
        st.plotly_chart(charts.batang_pl(baris, f"Dimensi IKG, perempuan vs laki-laki — {nama} {tahun} "
                                                "(indeks 0–1; dimensi yang komponennya lengkap)"),
                        key="ikg_dimensi", config={"displaylogo": False})
        with st.expander(t("tabel", lang)):
            st.dataframe(baris.assign(P=baris["P"].map(lambda v: fmt.angka(v, 4)),
                                      L=baris["L"].map(lambda v: fmt.angka(v, 4))), hide_index=True, width="stretch")
    else:
        st.info(f"Belum ada dimensi IKG yang komponennya lengkap untuk {nama} {tahun} ({t('tidak_tersedia', lang)}).")
    st.subheader(t("kontrafaktual", lang))
    kf = komposit.kontrafaktual(inp)
    if kf["ikg_setara"].notna().all():
        _kontrafaktual_tampil(kf, f"{nama} {tahun}", "wilayah", lang)
    else:
        st.info(f"Kontrafaktual butuh kedelapan komponen pada tahun yang sama; untuk {nama} {tahun} belum lengkap. "
                "Contoh cara bacanya pada baris acuan BPS Indonesia 2023 (bukan angka Kalimantan Tengah):")
        _kontrafaktual_tampil(komposit.kontrafaktual(komposit.acuan("Indonesia", 2023)),
                              "Indonesia 2023 (acuan BPS, formulas.md)", "acuan", lang)


def _grafik_kalimantan(nas: pd.DataFrame, ind: str, kode: str, tahun: int | None, arah: str, judul: str,
                       satuan: str):
    # keyed on these arguments: hashing the Kalimantan table on every rerun cost more than drawing it
    v = konteks.tampilan(nas, ind, kode, tahun, arah, "", satuan)
    return charts.tren(v.kalimantan, judul, satuan, {"Indonesia"})


def bagian_konteks(reg: pd.DataFrame, inds: list[str], kode: str, tahun: int | None, lang: str,
                   grafik: bool = True) -> None:
    """National context from BPS's own tables: the region's and Kalteng's place in Indonesia for each indicator
    BPS tabulates nationally (IPG, IDG, IKG), and (grafik) the five Kalimantan provinces side by side."""
    tampil = []
    for ind in inds:
        i = info(reg, ind)
        v = olah(konteks.tampilan, muat_nasional(), ind, kode, tahun, i["arah"], fmt.singkat(label(reg, ind, lang)),
                 i["satuan"])
        if v is not None:
            tampil.append((ind, i, v))
    if not tampil:
        return
    st.subheader(t("konteks_nasional", lang))
    st.markdown("\n".join(f"- {k}" for _, _, v in tampil for k in v.kalimat))
    if grafik:
        ind, i, v = tampil[0]
        judul = f"{label(reg, ind, lang)}: {t('provinsi_kalimantan', lang)} ({i['satuan']})"
        st.plotly_chart(olah_grafik(_grafik_kalimantan, muat_nasional(), ind, kode, tahun, i["arah"], judul,
                                    i["satuan"]), key=f"kalimantan_{ind}", config={"displaylogo": False})
    st.caption(t("konteks_ket", lang))
