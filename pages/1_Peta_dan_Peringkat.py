"""Peta & Peringkat: one indicator in one year over the 14 kab/kota, as a map and a ranked bar chart.

Female, male, the gap (P − L) or the ratio (P / L); gap and ratio on a diverging scale centred on parity.
Clicking a region on the map (or the select box) selects it and shows its value and rank."""
import streamlit as st

import ui
from kalteng_gender import charts, fmt, geo, regions, seleksi
from kalteng_gender.teks import t

lang = ui.halaman("peta_peringkat")
df, reg = ui.muat()

c1, c2, c3, c4 = st.columns([2, 3, 3, 1])
sektor, ind = ui.pilih_indikator(df, reg, lang, kolom=(c1, c2))
mode_ada = seleksi.mode_tersedia(df, ind)
with c3:
    jk = ui.pilih_url("jk", t("tampilan", lang), mode_ada, "T" if "T" in mode_ada else mode_ada[0],
                      format_func=lambda m: t(m, lang), widget="radio", horizontal=True)
with c4:
    tahun_ada = seleksi.tahun_tersedia(df, ind, list(regions.KABKOTA)) or seleksi.tahun_tersedia(df, ind)
    tahun = int(ui.pilih_url("tahun", t("tahun", lang), tahun_ada[::-1], seleksi.tahun_bawaan(df, ind, jk)))

i = ui.info(reg, ind)
satuan = "rasio P/L" if jk == "rasio" else i["satuan"]
divergen, tengah = jk in ("gap", "rasio"), 1.0 if jk == "rasio" else 0.0
nilai = seleksi.nilai_wilayah(df, ind, tahun, jk)
acuan = seleksi.nilai_wilayah(df, ind, tahun, jk, kode=[regions.PROVINSI, regions.NASIONAL])
v_acuan = dict(zip(["Kalteng", "Indonesia"], acuan["nilai"]))
ada = nilai.dropna(subset=["nilai"])
urut = nilai.sort_values("nilai", ascending=(i["arah"] == "turun"))
bawaan = str(urut.iloc[0]["kode_bps"]) if len(ada) else list(regions.KABKOTA)[0]

k_peta, k_batang = st.columns([3, 2])
k_pilih, k_nilai, k_rank, k_acuan = st.columns([3, 2, 2, 3])
with k_pilih:
    wil = ui.pilih_wilayah(t("wilayah_terpilih", lang), list(regions.KABKOTA), bawaan,
                           format_func=regions.NAMA.get, help=t("klik_peta", lang))

judul = f"{ui.label(reg, ind, lang)} — {t(jk, lang)}, {tahun} ({satuan})"
garis = v_acuan if seleksi.acuan_sebanding(satuan, jk) else {}
with k_peta:
    peta = ui.peta(nilai, judul, satuan, divergen=divergen, titik_tengah=tengah, pilih=wil)
    peta.update_layout(map_zoom=5.8)  # the whole province in a 3/5-width column
    st.plotly_chart(charts.beri_judul(peta, judul), key="peta_peringkat", selection_mode="points",
                    on_select=ui.klik_peta("peta_peringkat", list(regions.KABKOTA)), config={"displaylogo": False})
    st.caption(t("klik_peta", lang))
with k_batang:
    batang = charts.batang_peringkat_sorot(nilai, judul, satuan, garis, divergen, tengah, wil)
    st.plotly_chart(charts.beri_judul(batang, f"{t('peringkat_judul', lang)}: {judul}", 45), key="batang_peringkat",
                    config={"displaylogo": False})
    st.caption(t("acuan_tahun_sama", lang) if garis else t("acuan_jumlah", lang).format(satuan=satuan))

r = seleksi.rincian_wilayah(nilai, wil, i["arah"], jk)
kunci_urut = jk if jk in ("gap", "rasio") else i["arah"]
with k_nilai:
    st.metric(f"{regions.NAMA[wil]} · {tahun}", fmt.nilai_satuan(r["nilai"], satuan, tanda=(jk == "gap")))
with k_rank:
    st.metric(t("peringkat", lang), "–" if r["peringkat"] is None else f"{r['peringkat']} / {r['n']}")
    if r["n"]:
        st.caption(t("dari_berdata", lang).format(n=r["n"]) + "; " + t(f"urut_{kunci_urut}", lang))
with k_acuan:
    for nama, v in v_acuan.items():
        st.markdown(f"**{nama} · {tahun}:** {fmt.nilai_satuan(v, satuan, tanda=(jk == 'gap'))}")
with k_pilih:
    ui.tautan_profil(wil, lang)

if not len(ada):
    st.info(t("tanpa_kab", lang))
else:
    st.caption(t("n_berdata", lang).format(n=len(ada)))
ui.keterangan(df, reg, ind, tahun)
ui.bagian_konteks(reg, [ind], wil, tahun, lang)
ui.catatan_indikator(reg, ind, lang)
with st.expander(t("tabel", lang)):
    ui.tabel_tampil(seleksi.tabel_peringkat(nilai, acuan, i["arah"], jk).rename(columns={"kode_bps": "kode BPS"}),
                    satuan)
st.caption(geo.ATRIBUSI)
