"""Profil Wilayah: one kab/kota (or Kalteng) with every indicator, its rank, benchmarks, trend and completeness."""
import pandas as pd
import streamlit as st

import ui
from kalteng_gender import charts, fmt, komposit, profil, regions
from kalteng_gender.teks import t

lang = ui.halaman("judul_profil")
df, reg = ui.muat()

c1, c2 = st.columns([3, 2])
with c1:
    kode = ui.pilih_wilayah(t("wilayah", lang), profil.wilayah_profil(), regions.PROVINSI,
                            format_func=lambda k: regions.NAMA[k] + (" (provinsi)" if k == regions.PROVINSI else ""))
nama = regions.NAMA[kode]
prof = ui.olah(profil.profil, df, reg, kode)
leng = ui.olah(profil.kelengkapan, df, reg, kode)
with c2:
    warna = {"baik": "green", "sedang": "orange", "rendah": "red"}[leng["kelas"]]
    st.markdown(f"**{t('kelengkapan', lang)}**")
    st.badge(profil.teks_kelengkapan(leng), color=warna, icon=":material/bar_chart:")
    st.progress(leng["persen"] / 100)

# --- every indicator ---------------------------------------------------------------------------------------
st.header(f"{nama}: semua indikator")
hanya = st.toggle(t("tampil_hanya_ada", lang), value=False, key="w_profil_hanya_ada")
tampil = profil.tabel_tampil(prof, kode, hanya_ada=hanya)
tampil["Sektor"] = tampil["Sektor"].map(lambda s: t(s, lang))
st.dataframe(tampil, hide_index=True, width="stretch", height=min(36 * len(tampil) + 40, 900),
             column_order=["Indikator", "Nilai terbaru", "Satuan", "Tahun", "Tren", "Peringkat di 14 kab/kota",
                           "Kalteng", "Indonesia", "Sektor", "Tahun data", "Sumber"],
             column_config={
                 "Indikator": st.column_config.TextColumn("Indikator", width="large"),
                 "Tren": st.column_config.LineChartColumn("Tren (tahun terbit)", width="small"),
                 "Sumber": st.column_config.LinkColumn("Sumber", display_text="sumber", width="small"),
             })
st.caption(t("profil_ket", lang))
st.caption(":material/info: " + t("laporan_bukan_prevalensi", lang))
n_kosong = int(prof["nilai"].isna().sum())
if n_kosong:
    st.caption(f"{n_kosong} indikator registry belum punya angka untuk {nama} ({t('tidak_tersedia', lang)}).")

# --- trend of one indicator against Kalteng and Indonesia --------------------------------------------------
st.header(t("tren_wilayah", lang))
opsi = profil.indikator_ada(prof)
if not opsi:
    st.info(f"Belum ada indikator dengan data untuk {nama}.")
else:
    ind = ui.pilih_url("ind", t("indikator", lang), opsi, opsi[0], format_func=lambda i: ui.label(reg, i, lang))
    baris = prof.set_index("indikator").loc[ind]
    seri = ui.olah(profil.seri_banding, df, ind, kode, baris["jk"])
    i = ui.info(reg, ind)
    tahun_semua = sorted({int(x) for s in seri.values() for x in s["tahun"]})
    rentang = f"{tahun_semua[0]}–{tahun_semua[-1]}" if len(tahun_semua) > 1 else str(tahun_semua[0])
    judul = f"{ui.label(reg, ind, lang)} ({t(baris['jk'], lang)}) — {nama}, {rentang} ({i['satuan']})"
    acuan = {n for n in seri if n != nama}
    st.plotly_chart(charts.tren(seri, judul, i["satuan"], acuan=acuan), key="tren_profil",
                    config={"displaylogo": False})
    kosong = [n for n, s in seri.items() if not len(s)]
    if kosong:
        st.caption(f"{', '.join(kosong)}: {t('tidak_tersedia', lang)}.")
    ui.keterangan(df[df["kode_bps"].isin([kode, regions.PROVINSI, regions.NASIONAL])], reg, ind)
    ui.catatan_indikator(reg, ind, lang)
    with st.expander(t("tabel", lang)):
        tabel = [{"wilayah": n, "tahun": int(r.tahun), "nilai": r.nilai} for n, s in seri.items()
                 for r in s.itertuples()]
        ui.tabel_tampil(pd.DataFrame(tabel, columns=["wilayah", "tahun", "nilai"]), i["satuan"])

# --- composite index summary (reused from the Indeks Komposit page) ---------------------------------------
st.header(t("ikg_bagian", lang))
th_ikg = komposit.tahun_ikg_terbit(df, kode)
if th_ikg is None:
    st.info(f"IKG {nama} belum terbit di data ({t('tidak_tersedia', lang)}). BPS menerbitkan IKG terutama di "
            "tingkat provinsi; peringkat IKG kab/kota yang diumumkan (bila ada) ada di tabel di atas.")
    th_komp = komposit.tahun_bawaan(df, kode)
    if th_komp is not None:
        st.markdown("\n".join(f"- {s}" for s in ui.olah(komposit.penjelasan_ikg, df, kode, th_komp)[1:]))
    st.caption(t("buka_komposit", lang))
else:
    ui.bagian_ikg(df, reg, kode, th_ikg, lang, lengkap=False)
ui.bagian_konteks(reg, ["ikg", "ipg", "idg"], kode, None, lang, grafik=False)
st.caption(f"Angka: {fmt.TIDAK_TERSEDIA} berarti belum ada angka terbit, bukan nol.")
