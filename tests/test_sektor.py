"""sektor.tampilan: the one view of the Kesenjangan per Sektor page, on the real data."""
from __future__ import annotations

from kalteng_gender import sektor


def test_tampilan_semua_sektor(nyata):
    df, reg = nyata
    v = sektor.tampilan(df, reg, None, None)
    assert [p.sektor for p in v.panel][:1] == ["indeks_komposit"] and len(v.panel) == 7
    h = v.heatmap
    assert h.teks_cakupan.startswith("133 dari 320 sel")
    # reported violence is counted, never judged: not on the heat map, no score, its own status
    assert "korban_kekerasan_perempuan_anak" not in set(sektor.data_heatmap(df, reg, None, None)[0]["indikator"])
    lindung = [p for p in v.panel if p.sektor == "perlindungan"][0]
    assert lindung.laporan and set(lindung.tabel["status"]) <= {sektor.STATUS_LAPORAN, sektor.STATUS_TIDAK_LENGKAP}
    # the phone list holds the coloured cells: Kotim TPAK 2025 39,84 / 86,65
    assert "- Kotawaringin Timur (2025): rasio P/L 0,46 · lebih buruk bagi perempuan" in h.daftar
    assert sum(b.startswith("- ") for b in h.daftar) == len(h.tabel) == 133


def test_tampilan_inggris_tanpa_teks_indonesia(nyata):
    df, reg = nyata
    v = sektor.tampilan(df, reg, "ekonomi", 2023, "en")
    p = v.panel[0]
    assert p.judul == "Economy & labour: women vs men (2023)"
    r = p.tabel.set_index(["label", "wilayah"]).loc[("Labour force participation rate (August)", "Kalimantan Tengah")]
    assert (r["P"], r["L"], r["gap"], r["status"]) == ("48.13", "84.85", "−36.72 percentage points", "worse for women")
    assert all("tersedia" not in c and "ada untuk" not in c for c in p.cakupan)
    assert "Regencies with F and M: 14 of 14." in " ".join(p.cakupan)


def test_pilihan_tahun_per_sektor(nyata):
    df, reg = nyata
    o = sektor.pilihan(df, reg)
    assert list(o)[0] == "semua" and "demografi" in o
    assert o["ekonomi"][0] == 2025 and set(o["ekonomi"]) <= set(o["semua"])
