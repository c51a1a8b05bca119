"""Ringkasan Pimpinan: one printable page per region (Kalteng or one kab/kota), the same content as the PDF."""
import streamlit as st

import ui
from kalteng_gender import aman, brief, brief_pdf, charts, fmt, geo, regions
from kalteng_gender.teks import t

lang = ui.halaman("judul_pimpinan")
ui.cetak_bersih()
df, reg = ui.muat()
batas, gj, pusat = ui.muat_geo()
st.caption(t("pimpinan_intro", lang))

opsi = [regions.PROVINSI, *regions.KABKOTA]
c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
with c1:
    kode = ui.pilih_wilayah(t("wilayah", lang), opsi, regions.PROVINSI, format_func=lambda k: regions.NAMA[k])
b = ui.olah(brief.isi_brief, df, reg, kode)
with c2:
    try:  # made here (matplotlib, about a second, then cached) so a failure is a sentence on the page
        pdf = ui.olah(brief_pdf.pdf_wilayah, df, reg, kode)
    except brief_pdf.GagalPdf as e:
        st.error(aman.polos(e))
    else:
        st.download_button(t("unduh_pdf", lang), data=pdf, file_name=f"ringkasan_pimpinan_{kode}.pdf",
                           mime="application/pdf", key="unduh_pdf", icon=":material/description:", width="stretch")

st.header(b.wilayah)
st.caption(f"{b.jenis}. Angka terbit (BPS, DP3APPKB dan sumber yang dicantumkan). {b.tanggal_data}.")

# Headline indices: value and year, change since the previous published year, national value.
for kolom, u in zip(st.columns(3), b.utama):
    with kolom:
        st.metric(u.judul, u.teks_nilai, delta=fmt.delta_metrik(u.teks_delta), border=True,
                  delta_color="inverse" if u.arah == "turun" else "normal")
        st.caption(" · ".join(x for x in (u.teks_nasional, u.teks_sejak_awal) if x)
                   + ("" if u.tahun is None or u.perubahan is not None else " · belum ada tahun terbit sebelumnya"))

kiri, kanan = st.columns([2, 1])
with kiri:
    st.subheader(t("pokok", lang))
    st.markdown("\n".join(f"- {k}" for k in b.kalimat))
with kanan:
    st.plotly_chart(charts.peta_sorot(gj, b.kode, b.judul_peta).update_layout(width=300, height=270), key="peta_sorot",
                    width="content", config={"displaylogo": False, "staticPlot": True})
    st.caption(geo.ATRIBUSI)
    with st.expander(t("tabel", lang)):
        st.dataframe([{"kode BPS": k, "wilayah": n, "disorot": "ya" if kode in (k, regions.PROVINSI) else "tidak"}
                      for k, n in regions.KABKOTA.items()], hide_index=True, width="stretch")

st.subheader(t("kesenjangan_terlebar", lang))
if b.kesenjangan:
    st.table(b.tabel_kesenjangan(), hide_index=True)
    st.plotly_chart(ui.olah_grafik(charts.batang_pl, b.data_grafik(), b.judul_grafik), key="grafik_pl",
                    config={"displaylogo": False})
    st.caption("Grafik menggambar persis angka P dan L pada tabel di atasnya.")
    ui.caption_sumber(b.sumber_grafik)
else:
    st.info(f"{fmt.TIDAK_TERSEDIA}: belum ada indikator dengan angka perempuan dan laki-laki untuk {b.wilayah}.")

st.subheader(t("paling_membaik", lang))
if b.perbaikan:
    st.table(b.tabel_perbaikan(), hide_index=True)
else:
    st.info(f"{fmt.TIDAK_TERSEDIA}: belum ada indikator {b.wilayah} yang membaik menurut dua tahun terbit "
            "terakhirnya.")

st.subheader(t("kabkota_terbaik" if b.provinsi else "peringkat_14", lang))
st.markdown("\n".join(f"- {s.teks}" for s in b.sebaran))

st.divider()
st.caption(f"{b.kaki} {b.catatan}")
st.caption(f"**{t('sumber', lang)}:**  \n" + "  \n".join(f"\\[{n}\\] {aman.polos(nama)}: {aman.sumber(u)}"
                                                         for n, (nama, u) in enumerate(b.daftar_sumber, 1))
           if b.sumber else f"**{t('sumber', lang)}:** {fmt.TIDAK_TERSEDIA}")
