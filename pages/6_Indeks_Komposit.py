"""Indeks Komposit: IKG, IPG and IDG for leaders. The conclusion comes first (what drives the index here, in plain
words); the components, formulas, reference rows and proofs follow in expanders. One cached view per region and
year (komposit.tampilan); this page only lays it out."""
import streamlit as st

import ui
from kalteng_gender import charts, fmt, komposit, regions
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
v = ui.olah(komposit.tampilan, df, kode, tahun)

st.subheader(t("kesimpulan", lang))
st.markdown("\n".join(f"- {k}" for k in v.kesimpulan))

# --- IKG -------------------------------------------------------------------------------------------------
st.header(t("ikg_bagian", lang))
if tahun is None:
    st.info(f"Untuk {v.nama} belum ada IKG terbit maupun komponennya di data ({t('tidak_tersedia', lang)}). "
            "Komponen yang dibutuhkan: " + ", ".join(v.kurang_ikg) + ".")
else:
    ui.bagian_ikg(df, reg, kode, tahun, lang, tampil=v.ikg)
    with st.expander(t("cek_tahun", lang) + f" — {v.nama}"):
        ui.dataframe(v.cek_tahun, hide_index=True, width="stretch")
        st.caption(f"Toleransi pembulatan: {fmt.angka(komposit.TOLERANSI, 4)}. Selisih di atas toleransi ditampilkan "
                   "di samping kedua angka dan tidak pernah menggantikan angka terbit.")
with st.expander(t("cek_acuan", lang)):
    st.caption(":material/warning: " + t("cek_acuan_ket", lang))
    ui.dataframe(v.cek_acuan, hide_index=True, width="stretch")

# --- IPG -------------------------------------------------------------------------------------------------
st.header(t("ipg_bagian", lang))
st.metric(f"IPG {v.nama} {v.ipg['tahun'] or ''}".strip(),
          fmt.angka(v.ipg["ipg_terbit"], 2) if v.ipg["tahun"] is not None else t("tidak_tersedia", lang))
d = v.ipg["dekomposisi"]
if d is not None:
    st.markdown(f"IPM perempuan {fmt.angka(d['ipm_p'], 2)}, laki-laki {fmt.angka(d['ipm_l'], 2)}. Pembagian log "
                "selisih (negatif = perempuan tertinggal): "
                + "; ".join(f"{k} {fmt.angka(d[k], 4, tanda=True)}" for k in ("kesehatan", "pendidikan", "pengeluaran")))
else:
    st.caption("IPM perempuan dan laki-laki beserta pembagian selisihnya tidak dapat dihitung; tidak ada di data: "
               + ", ".join(v.ipg["kurang"]) + ".")
ui.caption_sumber(v.sumber_ipg)
with st.expander(t("cek_ipg", lang)):
    st.subheader(t("cek_ipg", lang))
    st.caption(t("cek_ipg_ket", lang).format(n=v.cek_ipg_sesuai, total=len(v.cek_ipg)))
    ui.dataframe(v.cek_ipg, hide_index=True, width="stretch", key="cek_ipg")
    ui.caption_sumber(v.sumber_cek_ipg)

# --- IDG -------------------------------------------------------------------------------------------------
st.header(t("idg_bagian", lang))
st.metric(f"IDG {v.nama} {v.idg['tahun'] or ''}".strip(), fmt.angka(v.idg["idg_terbit"], 2))
batas = f"s.d. {tahun}" if tahun else "terbaru"
st.plotly_chart(ui.olah_grafik(charts.batang_paritas, v.idg_tabel, f"Komponen IDG: pangsa perempuan (%) — {v.nama}, "
                               f"nilai terakhir {batas} (tahun di label)"), key="idg_paritas",
                config={"displaylogo": False})
ui.caption_sumber(v.sumber_idg)
with st.expander(t("tabel", lang)):
    ui.dataframe(v.idg_tampil, hide_index=True, width="stretch")
    if v.idg["tahun"] is not None and v.idg["kurang"]:
        st.caption(f"Indeks parlemen dan pengambilan keputusan untuk IDG {v.idg['tahun']} tidak dapat dihitung; "
                   "tidak ada di data: " + ", ".join(v.idg["kurang"]) + ". Bila lengkap, indeks pendapatan dihitung "
                   "sebagai sisa (3·IDG/100 − I_par − I_DM), bukan angka BPS sendiri.")

# --- how it is calculated --------------------------------------------------------------------------------
with st.expander(t("cara_hitung", lang)):
    indeks = st.radio(t("indikator", lang), list(komposit.STRUKTUR), format_func=komposit.NAMA_INDEKS.get,
                      horizontal=True, key="w_diagram_indeks")
    judul = (f"Cara menghitung {komposit.NAMA_INDEKS[indeks]}: indikator → dimensi → indeks — ketersediaan data "
             f"{v.nama} {tahun or ''} (biru = ada, abu-abu = {t('tidak_tersedia', lang)})")
    st.plotly_chart(ui.olah_grafik(charts.diagram_alur, komposit.STRUKTUR[indeks], komposit.NAMA_INDEKS[indeks],
                                   v.tersedia[indeks], judul), key="diagram_alur", config={"displaylogo": False})
    for baris in komposit.RUMUS[indeks]:
        st.latex(baris)
    st.caption(komposit.KETERANGAN_RUMUS[indeks] + " Sumber rumus: BPS.")
    st.dataframe([{"dimensi": d, "indikator": i, "tersedia": "ya" if v.tersedia[indeks].get(i) else
                   t("tidak_tersedia", lang)} for d, inds in komposit.STRUKTUR[indeks].items() for i in inds],
                 hide_index=True, width="stretch")
