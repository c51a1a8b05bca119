"""Indeks Komposit: IKG, IPG and IDG explained from their components, checked against BPS's published values."""
import streamlit as st

import ui
from kalteng_gender import charts, fmt, indices, komposit, regions
from kalteng_gender.teks import t

lang = ui.halaman("judul_komposit")
df, reg = ui.muat()

c1, c2 = st.columns([3, 2])
with c1:
    kode = ui.pilih_wilayah(t("wilayah", lang), komposit.wilayah_komposit(), regions.PROVINSI,
                            format_func=lambda k: regions.NAMA[k])
nama = regions.NAMA[kode]
tahun_ada = komposit.tahun_ikg(df, kode)
tahun = None
if tahun_ada:
    with c2:
        tahun = int(ui.pilih_url("tahun", t("tahun", lang), tahun_ada, komposit.tahun_bawaan(df, kode)))

# --- IKG -------------------------------------------------------------------------------------------------
st.header(t("ikg_bagian", lang))
if tahun is None:
    st.info(f"Untuk {nama} belum ada IKG terbit maupun komponennya di data ({t('tidak_tersedia', lang)}). "
            "Komponen yang dibutuhkan: " + ", ".join(indices.komponen_ikg_kurang({})) + ".")
else:
    ui.bagian_ikg(df, reg, kode, tahun, lang)
    st.subheader(t("cek_tahun", lang) + f" — {nama}")
    st.dataframe(komposit.tampil_cek(ui.olah(komposit.tabel_ikg, df, kode)), hide_index=True, width="stretch")
    st.caption(f"Toleransi pembulatan: {fmt.angka(komposit.TOLERANSI, 4)}. Selisih di atas toleransi ditampilkan "
               "di samping kedua angka dan tidak pernah menggantikan angka terbit.")

st.subheader(t("cek_acuan", lang))
st.caption(":material/warning: " + t("cek_acuan_ket", lang))
st.dataframe(komposit.tampil_cek(ui.olah(komposit.cek_acuan)), hide_index=True, width="stretch")

# --- IPG -------------------------------------------------------------------------------------------------
st.header(t("ipg_bagian", lang))
ipg = ui.olah(komposit.info_ipg, df, kode)
if ipg["tahun"] is not None:
    st.metric(f"IPG {nama} {ipg['tahun']}", fmt.angka(ipg["ipg_terbit"], 2))
else:
    st.metric(f"IPG {nama}", t("tidak_tersedia", lang))
if ipg["dekomposisi"] is not None:
    d = ipg["dekomposisi"]
    st.markdown(f"IPM perempuan {fmt.angka(d['ipm_p'], 2)}, laki-laki {fmt.angka(d['ipm_l'], 2)}. Pembagian log "
                "selisih (negatif = perempuan tertinggal): "
                + "; ".join(f"{k} {fmt.angka(d[k], 4, tanda=True)}" for k in ("kesehatan", "pendidikan", "pengeluaran")))
else:
    st.warning("IPM perempuan dan laki-laki beserta pembagian selisihnya tidak dapat dihitung; tidak ada di data: "
               + ", ".join(ipg["kurang"]) + ".")
ui.sumber_banyak(df, ["ipg"], kode, ipg["tahun"])
st.subheader(t("cek_ipg", lang))
cek_ipg = ui.olah(komposit.cek_ipg, df)
st.caption(t("cek_ipg_ket", lang).format(n=int(cek_ipg["sesuai"].sum()), total=len(cek_ipg)))
st.dataframe(komposit.tampil_cek_ipg(cek_ipg), hide_index=True, width="stretch", key="cek_ipg")
ui.sumber_banyak(df, ["ipg_sp2020", "ipm_sp2020"], regions.PROVINSI)

# --- IDG -------------------------------------------------------------------------------------------------
st.header(t("idg_bagian", lang))
idg = ui.olah(komposit.info_idg, df, kode)
st.metric(f"IDG {nama} {idg['tahun'] or ''}", fmt.angka(idg["idg_terbit"], 2))
tab_idg = ui.olah(komposit.tabel_idg, df, kode, tahun)
batas = f"s.d. {tahun}" if tahun else "terbaru"
st.plotly_chart(charts.batang_paritas(tab_idg, f"Komponen IDG: pangsa perempuan (%) — {nama}, nilai terakhir {batas} "
                                               "(tahun di label)"), key="idg_paritas", config={"displaylogo": False})
ui.sumber_banyak(df, ["idg", *tab_idg["indikator"]], kode)
with st.expander(t("tabel", lang)):
    st.dataframe(tab_idg.assign(perempuan=tab_idg["perempuan"].map(lambda v: fmt.angka(v, 2)),
                                tahun=tab_idg["tahun"].map(lambda v: "" if v != v else str(int(v))),
                                selisih_paritas=tab_idg["selisih_paritas"].map(lambda v: fmt.angka(v, 2, tanda=True))),
                 hide_index=True, width="stretch")
if idg["tahun"] is not None and idg["kurang"]:
    st.warning(f"Indeks parlemen dan pengambilan keputusan untuk IDG {idg['tahun']} tidak dapat dihitung; tidak "
               "ada di data: " + ", ".join(idg["kurang"]) + ". Bila lengkap, indeks pendapatan dihitung sebagai "
               "sisa (3·IDG/100 − I_par − I_DM), bukan angka BPS sendiri.")

# --- how it is calculated --------------------------------------------------------------------------------
st.header(t("cara_hitung", lang))
indeks = st.radio(t("indikator", lang), list(komposit.STRUKTUR), format_func=komposit.NAMA_INDEKS.get,
                  horizontal=True, key="w_diagram_indeks")
tersedia = ui.olah(komposit.tersedia_simpul, df, kode, tahun, indeks)
judul = (f"Cara menghitung {komposit.NAMA_INDEKS[indeks]}: indikator → dimensi → indeks — ketersediaan data "
         f"{nama} {tahun or ''} (biru = ada, abu-abu = {t('tidak_tersedia', lang)})")
st.plotly_chart(charts.diagram_alur(komposit.STRUKTUR[indeks], komposit.NAMA_INDEKS[indeks], tersedia, judul),
                key="diagram_alur", config={"displaylogo": False})
for baris in komposit.RUMUS[indeks]:
    st.latex(baris)
st.caption(komposit.KETERANGAN_RUMUS[indeks] + " Sumber rumus: BPS (docs/formulas.md).")
with st.expander(t("tabel", lang)):
    st.dataframe([{"dimensi": d, "indikator": i, "tersedia": "ya" if tersedia.get(i) else t("tidak_tersedia", lang)}
                  for d, inds in komposit.STRUKTUR[indeks].items() for i in inds], hide_index=True, width="stretch")
