"""Ringkasan Kalteng: where women lag men, in which sector and regency, what changed; the map; data coverage."""
import streamlit as st

import ui
from kalteng_gender import data as kd, fmt, geo, regions, ringkasan, seleksi
from kalteng_gender.teks import t

lang = ui.halaman("ringkasan")
st.write(t("intro", lang))
df, reg = ui.muat()
r = ui.olah(ringkasan.ringkasan, df, reg)

# Headline cards: Kalteng's latest published IKG, IDG, IPG against the previous year and Indonesia.
for kolom, ind in zip(st.columns(3), ["ikg", "idg", "ipg"]):
    with kolom:
        ui.kartu_indeks(df, reg, ind, regions.PROVINSI, lang)

# Where women lag men, sector by sector (Kalteng), and which regencies are furthest from parity.
st.header(t("kartu_kesenjangan", lang))
for kolom, (s, baris) in zip(st.columns(len(r.sektor)), r.sektor.items()):
    with kolom, st.container(border=True):
        st.markdown(f"**{t(s, lang)}**")
        for b in baris:
            st.markdown(ui.teks_kesenjangan(b, reg, lang))
        if not baris:
            st.caption(t("tidak_tersedia", lang))
st.caption(t("kartu_kesenjangan_ket", lang))

st.subheader(t("terjauh_judul", lang))
for kolom, j in zip(st.columns(len(r.terjauh)), r.terjauh):
    with kolom:
        st.markdown(f"**{fmt.singkat(ui.label(reg, j.indikator, lang))} {j.tahun}** "
                    f"({t('terjauh_' + j.indikator, lang)})")
        st.markdown("\n".join(f"{n}. {w}: {fmt.nilai_satuan(v, j.satuan)}" for n, (w, v) in enumerate(j.wilayah, 1)))
if r.perubahan:
    st.subheader(t("perubahan_judul", lang))
    st.markdown("\n".join(f"- {k}" for k in r.perubahan))

st.header(t("peta_judul", lang))
kab = df[df["kode_bps"].isin(regions.KABKOTA)]
n_kab = kab.groupby("indikator")["kode_bps"].nunique()
opsi = sorted((i for i in reg["id"] if i in set(df["indikator"])), key=lambda i: -n_kab.get(i, 0))
c1, c2, c3 = st.columns([3, 2, 2])
with c1:
    # a gender measure every regency has, never a sex-blind total
    ind = ui.pilih_url("ind", t("indikator", lang), opsi, "ikg",
                       format_func=lambda i: f"{ui.label(reg, i, lang)} — {n_kab.get(i, 0)}/14 kab/kota")
mode_ada = [m for m in seleksi.mode_tersedia(kab, ind) if m != "rasio"] or ["T"]
with c2:
    jk = ui.pilih_url("jk", t("tampilan", lang), mode_ada, mode_ada[0], format_func=lambda m: t(m, lang),
                      widget="radio", horizontal=True)
tahun_ada = seleksi.tahun_tersedia(kab, ind)
with c3:
    tahun = ui.pilih_url("tahun", t("tahun", lang), ["terbaru"] + tahun_ada[::-1],
                         seleksi.tahun_bawaan(kab, ind, jk) or "terbaru",
                         format_func=lambda x: t("tahun_terbaru", lang) if x == "terbaru" else str(x))

i = ui.info(reg, ind)
nilai = seleksi.nilai_wilayah(kab, ind, None if tahun == "terbaru" else int(tahun), jk)
n_ada = int(nilai["nilai"].notna().sum())
judul = f"{ui.label(reg, ind, lang)} — {t(jk, lang)}, " + \
    (t("tahun_terbaru", lang).lower() if tahun == "terbaru" else str(tahun)) + f" ({i['satuan']})"
k_peta, k_daftar = st.columns([3, 1])
with k_peta:
    st.plotly_chart(ui.peta(nilai, judul, i["satuan"], divergen=(jk == "gap")),
                    config={"displaylogo": False}, key="peta_ringkasan")
with k_daftar:  # the names beside the map: the offline map cannot draw text labels
    ui.daftar_nilai(nilai, i, jk, lang)
if n_ada == 0:
    st.info(f"Untuk indikator ini belum ada angka terbit di tingkat kabupaten/kota ({t('tidak_tersedia', lang)}); "
            "lihat matriks cakupan di bawah.")
else:
    st.caption(t("n_berdata", lang).format(n=n_ada))
ui.keterangan(kab, reg, ind, None if tahun == "terbaru" else int(tahun))
with st.expander(t("tabel", lang)):
    ui.tabel_tampil(nilai.rename(columns={"kode_bps": "kode BPS"}), i["satuan"])
st.caption(geo.ATRIBUSI)

st.header(t("cakupan_judul", lang))
semua = sorted(df["tahun"].unique().tolist(), reverse=True)
th_cakupan = st.selectbox(t("tahun", lang), ["semua"] + semua, key="w_cakupan_tahun",
                          format_func=lambda x: t("semua_tahun", lang) if x == "semua" else str(x))
cak = kd.cakupan(df, reg, None if th_cakupan == "semua" else int(th_cakupan))
cak.index = [ui.label(reg, x, lang) for x in cak.index]
cak.columns = [regions.NAMA[c] for c in cak.columns]
st.caption(t("cakupan_ket", lang))
st.dataframe(cak.astype(str).replace("0", ""), width="stretch", height=min(38 * len(cak) + 40, 700))
