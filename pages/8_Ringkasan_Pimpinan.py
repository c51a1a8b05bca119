"""Ringkasan Pimpinan: one printable A4 page per region (Kalteng or one kab/kota), the same content as the PDF.

One cached view (brief_pdf.layar) holds the content, its tables and the two images the PDF draws; this page only
lays them out."""
import streamlit as st

import ui
from kalteng_gender import aman, brief_pdf, fmt, geo
from kalteng_gender.teks import t

lang = ui.halaman("judul_pimpinan")
ui.cetak_bersih()
# Print: the whole brief on one A4 page (scaled down, without the page title and intro; headline card titles
# wrap instead of being cut).
st.html("<style>@media print { [data-testid='stMainBlockContainer'] { zoom: 0.5; } .st-key-kaki { zoom: 0.75; }"
        " .stElementContainer:has(h1), .st-key-intro { display: none !important; }"
        " [data-testid='stVerticalBlock'] { gap: 0.3rem !important; } }"
        "[data-testid='stMetricLabel'] * { white-space: normal !important; overflow: visible !important; }</style>")
df, reg = ui.muat()
st.container(key="intro").caption(t("pimpinan_intro", lang))

kode, (c2, c3) = ui.baris_wilayah(list(brief_pdf.SEMUA), lang, lebar=(2, 1, 1), vertical_alignment="bottom")
v = ui.olah(brief_pdf.layar, df, reg, kode, lang)
b = v.brief
with c2:
    if v.pdf:
        st.download_button(t("unduh_pdf", lang), data=v.pdf, file_name=f"ringkasan_pimpinan_{kode}.pdf",
                           mime="application/pdf", key="unduh_pdf", icon=":material/description:", width="stretch")
with c3:  # made on click (15 pages, about 20 s once, then cached), not on every visit
    st.download_button(t("unduh_semua", lang), data=lambda: ui.olah(brief_pdf.pdf_semua, df, reg, None, None, lang),
                       file_name="ringkasan_pimpinan_15_wilayah.pdf", mime="application/pdf", key="unduh_semua",
                       on_click="ignore", icon=":material/library_books:", width="stretch",
                       help=t("unduh_semua_ket", lang))
if v.galat:
    st.error(aman.polos(v.galat))

st.header(b.wilayah)
st.caption(b.pengantar)

# Headline indices: value and year, change since the previous published year, national value.
for kolom, u in zip(st.columns(3), b.utama):
    with kolom:
        st.metric(u.judul, u.teks_nilai, delta=fmt.delta_metrik(u.teks_delta), border=True,
                  delta_color="inverse" if u.arah == "turun" else "normal")
        st.caption(u.teks_keterangan)

kiri, kanan = st.columns([3, 1])
with kiri:
    st.subheader(t("pokok", lang))
    st.markdown("\n".join(f"- {k}" for k in b.kalimat))
with kanan:
    if v.peta:
        st.image(v.peta, caption=geo.atribusi(lang), width="stretch")

st.subheader(t("kesenjangan_terlebar", lang))
if b.kesenjangan:
    st.table(v.kesenjangan, hide_index=True)
    if v.grafik:  # in a column, at "stretch": a fixed width would make Streamlit resize the PNG on every rerun
        st.columns([2, 1])[0].image(v.grafik, width="stretch")
    st.caption(t("grafik_sama_tabel", lang))
    ui.caption_sumber(b.sumber_grafik)
else:
    st.info(b.tanpa_kesenjangan)

st.subheader(t("paling_membaik", lang))
if b.perbaikan:
    st.table(v.perbaikan, hide_index=True)
else:
    st.info(b.tanpa_perbaikan)

st.subheader(t("kabkota_terbaik" if b.provinsi else "peringkat_14", lang))
st.markdown("\n".join(f"- {s.teks}" for s in b.sebaran))

st.divider()
with st.container(key="kaki"):  # the foot: method and sources, printed small
    st.caption(f"{b.kaki} {b.catatan}")
    st.caption(f"**{t('sumber', lang)}:**  \n" + "  \n".join(f"\\[{n}\\] {aman.polos(nama)}: {aman.sumber(u)}"
                                                             for n, (nama, u) in enumerate(b.daftar_sumber, 1))
               if b.sumber else f"**{t('sumber', lang)}:** {t('tidak_tersedia', lang)}")
