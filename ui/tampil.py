"""Captions and cards: labels, units, definitions and graded sources beside every chart, headline cards, tables."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from kalteng_gender import aman, data as kd, fmt, kolom, privasi, regions, seleksi, sumber
from kalteng_gender.teks import t
from .kerangka import HALAMAN_PROFIL, bahasa, tautan_halaman
from .cache import dataframe, disamarkan, muat_sumber, olah


def _kamus_registry(reg: pd.DataFrame) -> tuple[dict, dict, dict]:
    return ({r["id"]: r for r in reg.to_dict("records")}, dict(zip(reg["id"], reg["label_id"])),
            dict(zip(reg["id"], reg["label_en"])))


def _reg(reg: pd.DataFrame) -> tuple[dict, dict, dict]:
    # plain dicts built once per registry version: select boxes call `label` once per option on every rerun, and
    # a row lookup in the DataFrame cost ~0.1 ms each
    return olah(_kamus_registry, reg)


def label(reg: pd.DataFrame, ind: str, lang: str = "id") -> str:
    return _reg(reg)[2 if lang == "en" else 1].get(ind, ind)


def info(reg: pd.DataFrame, ind: str) -> dict:
    """The registry row of an indicator (id, labels, unit, direction, definition, producer …)."""
    return _reg(reg)[0][ind]


def _sebut(tabel: pd.DataFrame, u: str, lang: str) -> str:
    penerbit = dict(zip(tabel["sumber"], tabel["penerbit"])).get(u) or u
    g = sumber.peta_tingkat(tabel).get(u) or sumber.tingkat_aturan(u)
    return (aman.tautan(penerbit, u) if aman.url_aman(u) else aman.polos(penerbit)) + f" ({sumber.singkat(g, lang)})"


def sebut_sumber(u: str, lang: str = "id") -> str:
    """A source as a reader meets it: publisher (linked when it is a web page) and its grade."""
    return olah(_sebut, muat_sumber(), u, lang)


def caption_sumber(daftar: list[str]) -> None:
    """The sources of what is drawn: publisher and grade, linked where the source is a web page."""
    if daftar:
        st.caption(olah(_teks_sumber, tuple(daftar), bahasa()))


def _teks_sumber(daftar: tuple[str, ...], lang: str) -> str:
    # cached: grading each source on every rerun was a third of a page with several captions
    teks = list(dict.fromkeys(sebut_sumber(u, lang) for u in daftar))  # one publisher's tables named once
    lagi = f" (+{len(teks) - 6} {t('lainnya', lang)})" if len(teks) > 6 else ""
    return f"**{t('sumber', lang)}:** " + " · ".join(teks[:6]) + lagi


def keterangan(df: pd.DataFrame, reg: pd.DataFrame, ind: str, tahun: int | None = None,
               sumber: list[str] | None = None) -> None:
    """Caption under a chart: unit, definition, producer and the sources of what is drawn (`sumber`, else every
    source of the indicator in `tahun`)."""
    for teks in olah(_teks_keterangan, df, reg, ind, tahun, None if sumber is None else tuple(sumber), bahasa()):
        st.caption(teks)


def _teks_keterangan(df, reg, ind, tahun, daftar, lang) -> list[str]:
    i = info(reg, ind)
    daftar = seleksi.sumber_untuk(df, ind, tahun) if daftar is None else daftar
    teks = [f"**{t('satuan', lang)}:** {kd.satuan(reg, ind, lang)}. "
            f"**{t('definisi', lang)}:** {kd.definisi(reg, ind, lang)} "
            f"**{t('produsen', lang)}:** {i['produsen']}."]
    if daftar:
        teks.append(_teks_sumber(tuple(daftar), lang))
    nama = privasi.wilayah_disamarkan(disamarkan(), ind, tahun)
    if nama:
        teks.append(_teks_samar(nama, lang))
    return teks


def _teks_samar(nama: list[str], lang: str) -> str:
    return (f":material/lock: {privasi.catatan(lang).capitalize()}: {aman.polos(', '.join(nama))} "
            f"({t('tampil_abu', lang)}).")


def catatan_samar(ind: str, tahun: int | None = None) -> None:
    """Caption naming the regions whose small count for this indicator is withheld, if any."""
    nama = olah(privasi.wilayah_disamarkan, disamarkan(), ind, tahun)
    if nama:
        st.caption(_teks_samar(nama, bahasa()))


@dataclass(frozen=True)
class Kartu:
    judul: str
    nilai: str
    delta: str | None
    arah_delta: str
    keterangan: str


def kartu_indeks(df: pd.DataFrame, reg: pd.DataFrame, ind: str, kode: str, lang: str) -> None:
    """st.metric for the latest value with change against the previous published year and national value."""
    k = olah(_kartu, df, reg, ind, kode, lang)  # keyed on the data's version, not on hashing the table
    st.metric(k.judul, k.nilai, delta=k.delta, delta_color=k.arah_delta)
    st.caption(k.keterangan)


def _kartu(df: pd.DataFrame, reg: pd.DataFrame, ind: str, kode: str, lang: str) -> Kartu:
    k = seleksi.kartu(df, ind, kode)
    i = info(reg, ind)
    judul = i["label_en" if lang == "en" else "label_id"]
    if k.tahun is None:
        nas = f"{t('nasional', lang)} {k.tahun_nasional}: {fmt.nilai_satuan(k.nasional, i['satuan'], lang=lang)}" \
            if k.tahun_nasional else ""
        return Kartu(judul, t("tidak_tersedia", lang), None, "normal",
                     f"{t('belum_terbit', lang).format(w=regions.NAMA[kode])} {nas}")
    delta = None
    if k.tahun_lalu is not None:
        delta = (f"{fmt.nilai_satuan(k.perubahan, i['satuan'], tanda=True, lang=lang)} {t('sejak', lang)} "
                 f"{k.tahun_lalu}")
    nas = (f"{t('nasional', lang)} {k.tahun_nasional}: {fmt.nilai_satuan(k.nasional, i['satuan'], lang=lang)}"
           if k.tahun_nasional else f"{t('nasional', lang)}: {t('tidak_tersedia', lang)}")
    return Kartu(f"{judul} · {k.tahun}", fmt.nilai_satuan(k.nilai, i["satuan"], lang=lang), fmt.delta_metrik(delta),
                 "inverse" if i["arah"] == "turun" else "normal",
                 f"{nas} · {kd.satuan(reg, ind, lang)} · {t('sumber', lang)}: {sebut_sumber(k.sumber, lang)}")


def tabel_tampil(tabel: pd.DataFrame, satuan: str, lang: str = "id") -> None:
    """The table view of a chart, numbers written the reader's way, missing as 'data tidak tersedia'; headers
    from the one column spec."""
    tampil = tabel.copy()
    if "nilai" in tampil:
        tampil["nilai"] = [fmt.nilai_satuan(v, satuan, lang=lang) for v in tampil["nilai"]]
    if "tahun" in tampil:
        tampil["tahun"] = tampil["tahun"].map(lambda x: "" if pd.isna(x) else str(int(x)))
    st.dataframe(tampil, hide_index=True, width="stretch")


def tautan_profil(kode: str, lang: str) -> None:
    """Link to the Profil Wilayah page with the region in `wil`."""
    if kode in regions.KABKOTA:
        q = {"wil": kode} | ({"lang": lang} if lang != "id" else {})
        tautan_halaman(HALAMAN_PROFIL, t("profil_link", lang).format(w=regions.NAMA[kode]), q,
                       ikon=":material/location_on:")


def catatan_indikator(reg: pd.DataFrame, ind: str, lang: str) -> None:
    """Captions that must travel with an indicator: a method break to a parallel series; reports ≠ prevalence."""
    for teks in olah(_teks_catatan, reg, ind, lang):  # cached: the method-break lookup builds tables
        st.caption(teks)


def _teks_catatan(reg: pd.DataFrame, ind: str, lang: str) -> list[str]:
    teks = []
    lain = seleksi.seri_pembanding(ind, reg)
    if lain and lain in _reg(reg)[0]:
        teks.append(":material/warning: " + t("patahan_metode", lang).format(lain=label(reg, lain, lang)))
    if ind in _reg(reg)[0] and info(reg, ind)["sektor"] == "perlindungan":
        teks.append(":material/info: " + t("laporan_bukan_prevalensi", lang))
    return teks


def sumber_banyak(df: pd.DataFrame, indikator: list[str], kode: str, tahun: int | None = None) -> None:
    """Source caption for a view drawn from several indicators of one region (and year)."""
    sel = df[df["indikator"].isin(indikator) & (df["kode_bps"] == kode)]
    if tahun is not None:
        sel = sel[sel["tahun"] == int(tahun)]
    caption_sumber(sorted(sel["sumber"].unique().tolist()))


def n_berdata(n: int, kosong: str, lang: str) -> None:
    """How many of the 14 kab/kota have a figure shown, or (none) the teks key `kosong` as a notice."""
    if n:
        st.caption(t("n_berdata", lang).format(n=n))
    else:
        st.info(t(kosong, lang))


def teks_kesenjangan(b, reg: pd.DataFrame, lang: str) -> str:
    """One line of the landing gap card: women against men (or a women-only measure) with year and ratio."""
    from kalteng_gender.ringkasan import Khusus
    nama = label(reg, b.indikator, lang)
    if isinstance(b, Khusus):
        return f"{nama} ({b.tahun}): **{fmt.nilai_satuan(b.nilai, b.satuan, lang=lang)}{_persen(b.satuan)}** " \
               f"{t('hanya_perempuan', lang)}"
    teks = (f"{nama} ({b.tahun}): {t('perempuan', lang)} "
            f"**{fmt.nilai_satuan(b.P, b.satuan, lang=lang)}{_persen(b.satuan)}**, "
            f"{t('laki_laki', lang)} **{fmt.nilai_satuan(b.L, b.satuan, lang=lang)}{_persen(b.satuan)}**"
            + (f" ({t('pangsa_turunan', lang)})" if b.L_turunan else "")
            + f"; {t('rasio_pl', lang)} {fmt.angka(b.rasio, 2, lang=lang)}")
    if b.tahun_nasional:
        teks += (f". Indonesia: {fmt.nilai_satuan(b.nasional_P, b.satuan, lang=lang)} / "
                 f"{fmt.nilai_satuan(b.nasional_L, b.satuan, lang=lang)}")
    return teks


def _persen(satuan: str) -> str:
    return " %" if satuan == "persen" else ""


_JENIS_KOLOM = {"link": lambda j, b: st.column_config.LinkColumn(j, help=b, display_text=r"https?://(?:www\.)?([^/]+)"),
                "garis": lambda j, b: st.column_config.LineChartColumn(j, help=b, width="small"),
                "lebar": lambda j, b: st.column_config.TextColumn(j, help=b, width="large"),
                None: lambda j, b: st.column_config.Column(j, help=b)}


def tabel_kolom(tabel: pd.DataFrame, lang: str, jenis: dict[str, str] | None = None, **kw) -> None:
    """st.dataframe under the headers and help texts of the one column spec (kalteng_gender.kolom); `jenis` makes
    a column a link ("link"), a sparkline ("garis") or wide text ("lebar"). It scrolls inside its frame."""
    conf = {k: _JENIS_KOLOM[(jenis or {}).get(k)](kolom.judul(k, lang), kolom.bantuan(k, lang)) for k in tabel.columns}
    dataframe(tabel, hide_index=True, width="stretch", column_config=conf, **kw)
