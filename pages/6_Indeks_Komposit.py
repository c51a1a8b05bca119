"""Indeks Komposit: IKG, IPG and IDG for leaders. The conclusion comes first (what drives the index here, in plain
words); the components, formulas, reference rows and proofs follow in expanders. One cached view per region and
year (komposit.tampilan); this page only lays it out."""
import pandas as pd
import streamlit as st

import ui
from kalteng_gender import charts, fmt, kolom, komposit, regions
from kalteng_gender.teks import t

lang = ui.halaman("judul_komposit")
df, reg = ui.muat()

c1, c2 = st.columns([3, 2])
with c1:
    kode = ui.pilih_wilayah(t("wilayah", lang), komposit.wilayah_komposit(), regions.PROVINSI,
                            format_func=lambda k: regions.NAMA[k])
tahun_ada, bawaan = ui.olah(komposit.pilihan_tahun, df, kode)
tahun = None
if tahun_ada:
    with c2:
        tahun = int(ui.pilih_url("tahun", t("tahun", lang), tahun_ada, bawaan))
v = ui.olah(komposit.tampilan, df, kode, tahun, lang)

st.subheader(t("kesimpulan", lang))
st.markdown("\n".join(f"- {k}" for k in v.kesimpulan))

# --- IKG -------------------------------------------------------------------------------------------------
st.header(t("ikg_bagian", lang))
if tahun is None:
    st.info(t("komposit_tanpa_ikg", lang).format(nama=v.nama, kosong=t("tidak_tersedia", lang),
                                                 kurang=", ".join(v.kurang_ikg)))
else:
    ui.bagian_ikg(df, reg, kode, tahun, lang, tampil=v.ikg)
    with st.expander(t("cek_tahun", lang) + f" — {v.nama}"):
        ui.dataframe(v.cek_tahun, hide_index=True, width="stretch")
        st.caption(t("komposit_toleransi", lang).format(x=fmt.angka(komposit.TOLERANSI, 4, lang=lang)))
with st.expander(t("cek_acuan", lang)):
    st.caption(":material/warning: " + t("cek_acuan_ket", lang))
    ui.dataframe(v.cek_acuan, hide_index=True, width="stretch")

# --- IPG -------------------------------------------------------------------------------------------------
st.header(t("ipg_bagian", lang))
st.metric(f"IPG {v.nama} {v.ipg['tahun'] or ''}".strip(),
          fmt.angka(v.ipg["ipg_terbit"], 2, lang=lang) if v.ipg["tahun"] is not None else t("tidak_tersedia", lang))
d = v.ipg["dekomposisi"]
if d is not None:
    st.markdown(t("komposit_ipm", lang).format(p=fmt.angka(d['ipm_p'], 2, lang=lang),
                                               l=fmt.angka(d['ipm_l'], 2, lang=lang))
                + "; ".join(f"{t(k, lang).lower()} {fmt.angka(d[k], 4, tanda=True, lang=lang)}"
                            for k in ("kesehatan", "pendidikan", "pengeluaran")))
else:
    st.caption(t("komposit_ipm_kurang", lang) + ", ".join(v.ipg["kurang"]) + ".")
ui.caption_sumber(v.sumber_ipg)
with st.expander(t("cek_ipg", lang)):
    st.subheader(t("cek_ipg", lang))
    st.caption(t("cek_ipg_ket", lang).format(n=v.cek_ipg_sesuai, total=len(v.cek_ipg)))
    ui.dataframe(v.cek_ipg, hide_index=True, width="stretch", key="cek_ipg")
    ui.caption_sumber(v.sumber_cek_ipg)

# --- IDG -------------------------------------------------------------------------------------------------
st.header(t("idg_bagian", lang))
st.metric(f"IDG {v.nama} {v.idg['tahun'] or ''}".strip(), fmt.angka(v.idg["idg_terbit"], 2, lang=lang))
batas = t("komposit_sd", lang).format(tahun=tahun) if tahun else t("komposit_terbaru", lang)
st.plotly_chart(ui.olah_grafik(charts.batang_paritas, v.idg_tabel, t("komposit_idg_grafik", lang).format(
                    nama=v.nama, batas=batas), lang), key="idg_paritas", config={"displaylogo": False})
ui.caption_sumber(v.sumber_idg)
with st.expander(t("tabel", lang)):
    ui.dataframe(kolom.tajuk(v.idg_tampil, lang), hide_index=True, width="stretch")
    if v.idg["tahun"] is not None and v.idg["kurang"]:
        st.caption(t("komposit_idg_kurang", lang).format(tahun=v.idg["tahun"], kurang=", ".join(v.idg["kurang"])))

# --- how it is calculated --------------------------------------------------------------------------------
with st.expander(t("cara_hitung", lang)):
    indeks = st.radio(t("indikator", lang), list(komposit.STRUKTUR), format_func=komposit.NAMA_INDEKS.get,
                      horizontal=True, key="w_diagram_indeks")
    judul = t("komposit_alur", lang).format(indeks=komposit.NAMA_INDEKS[indeks], nama=v.nama, tahun=tahun or "",
                                            kosong=t("tidak_tersedia", lang))
    struktur, tersedia = komposit.struktur(indeks, v.tersedia[indeks], lang)
    st.plotly_chart(ui.olah_grafik(charts.diagram_alur, struktur, komposit.NAMA_INDEKS[indeks], tersedia, judul, lang),
                    key="diagram_alur", config={"displaylogo": False})
    for baris in komposit.RUMUS[indeks]:
        st.latex(baris)
    st.caption((komposit.KETERANGAN_RUMUS_EN if lang == "en" else komposit.KETERANGAN_RUMUS)[indeks]
               + t("komposit_sumber_rumus", lang))
    st.dataframe(kolom.tajuk(pd.DataFrame([{"dimensi": d, "indikator": i, "tersedia": t("ya", lang) if tersedia.get(i)
                                            else t("tidak_tersedia", lang)} for d, inds in struktur.items()
                                           for i in inds]), lang), hide_index=True, width="stretch")
