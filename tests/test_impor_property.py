"""Property tests: whatever bytes or table arrives, the importer answers with a preview or a DataError, never a
crash, and a refused file never changes a byte of the data folder."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bantu import potret, salin_data
from kalteng_gender import data as kd, gudang, impor, regions
from kalteng_gender.impor_baca import Bawaan

REG = kd.muat_registry()
ATUR = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class FolderData:
    """A fresh copy of data/ per example (hypothesis runs many examples inside one test call)."""

    def __enter__(self) -> Path:
        self._tmp = tempfile.TemporaryDirectory()
        return salin_data(Path(self._tmp.name))

    def __exit__(self, *exc):
        self._tmp.cleanup()


# --- strategies -------------------------------------------------------------------------------------------------
TAJUK = ["kode_bps", "kode", "kode_kemendagri", "wilayah", "Kabupaten/Kota", "tahun", "indikator", "jenis_kelamin",
         "JK", "nilai", "satuan", "sumber", "catatan", "Laki-laki", "Perempuan", "Jumlah", "2023", "2024*", "(2)"]
WILAYAH = list(regions.KABKOTA) + ["6200", "0000", "62.06", "9999", "Kab. Kotawaringin Barat", "KAPUAS",
                                   "Kota Palangkaraya", "Palangka Raya", "Kalimantan Tengah", "Tanah Laut", "Jumlah"]
ANGKA = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=32),
    st.integers(-10**7, 10**7),
    st.sampled_from(["70,41", "1.234,5", "1,234.5", "0.541", "-", "…", "74,28*", "54%", "12.5", "tujuh", "", "=1+1",
                     "1e5", "NaN", " 3 ", "−2"]),
)
TEKS = st.one_of(
    st.sampled_from(TAJUK + WILAYAH + REG["id"].tolist()[:12] + ["P", "L", "T", "X", "2023", "1999", "2099",
                                                                   "Sumber: BPS", "Catatan:", "ipm_sp202"]),
    st.text(max_size=12),
)
SEL = st.one_of(ANGKA, TEKS)
TABEL = st.lists(st.lists(SEL, min_size=0, max_size=8), min_size=0, max_size=14)


def tulis_csv(baris: list[list], pemisah: str, pengodean: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=pemisah).writerows([[str(c) for c in b] for b in baris])
    return buf.getvalue().encode(pengodean, errors="replace")


def _sel_xlsx(c):
    if not isinstance(c, str):
        return c
    c = ILLEGAL_CHARACTERS_RE.sub("", c)
    return "'" + c if c.startswith("=") else c  # formulas are tested in the corpus (rumus.xlsx)


def tulis_xlsx(baris: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for b in baris:
        ws.append([_sel_xlsx(c) for c in b])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@st.composite
def berkas_tabel(draw) -> tuple[bytes, str]:
    baris = draw(TABEL)
    if draw(st.booleans()):  # often a plausible long header, so the deeper checks run too
        baris = [draw(st.permutations(["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai",
                                       "sumber"]))] + baris
    if draw(st.booleans()):
        return tulis_xlsx(baris), "acak.xlsx"
    return tulis_csv(baris, draw(st.sampled_from([",", ";", "\t"])),
                     draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"]))), "acak.csv"


@st.composite
def tabel_panjang(draw) -> tuple[bytes, str]:
    """Long tables close to valid (codes, years, ids, sexes, values near their ranges): reaches preview/apply."""
    baris = [["kode_bps", "tahun", "indikator", "jenis_kelamin", "nilai", "sumber"]]
    for _ in range(draw(st.integers(1, 6))):
        ind = draw(st.sampled_from(["ipm_sp2020", "tpak_agustus", "ikg", "ikg", "kasus_kekerasan_anak", "ipm_2020"]))
        baris.append([draw(st.sampled_from(list(regions.KABKOTA) + ["6200", "0000", "6299"])),
                      draw(st.sampled_from(list(range(2000, 2027)) + [1998])), ind,
                      draw(st.sampled_from(["P", "L", "T"])),
                      draw(st.one_of(st.integers(0, 101), st.floats(0, 1.01).map(lambda x: round(x, 3)))),
                      draw(st.sampled_from(["uji properti"] * 5 + [""]))])
    if draw(st.booleans()):
        return tulis_xlsx(baris), "panjang.xlsx"
    pemisah = draw(st.sampled_from([",", ";"]))
    if pemisah == ";":
        baris = [[str(c).replace(".", ",") if isinstance(c, float) else c for c in b] for b in baris]
    return tulis_csv(baris, pemisah, "utf-8"), "panjang.csv"


BAWAAN = st.builds(Bawaan, indikator=st.sampled_from([None, "ipm", "tpak_agustus", "tidak_ada"]),
                   sumber=st.sampled_from([None, "uji"]), jk=st.sampled_from([None, "T", "P"]),
                   tahun=st.sampled_from([None, 2023, 1990]))


# --- properties -------------------------------------------------------------------------------------------------
@ATUR
@given(isi=st.binary(max_size=3000), akhiran=st.sampled_from([".csv", ".xlsx", ".txt", ""]),
       zip_=st.booleans())
def test_byte_acak_hanya_dataerror(isi, akhiran, zip_):
    if zip_:
        isi = b"PK\x03\x04" + isi
    try:
        b = impor.baca_tabel(isi, "acak" + akhiran, REG)
    except kd.DataError as e:
        assert str(e).startswith("Berkas acak") and e.masalah
    else:
        assert list(b.tabel.columns)[:9] == kd.KOLOM


@ATUR
@given(berkas=st.one_of(berkas_tabel(), tabel_panjang()), bawaan=BAWAAN)
def test_tabel_acak_hanya_dataerror(berkas, bawaan):
    isi, nama = berkas
    try:
        b = impor.baca_tabel(isi, nama, REG, bawaan)
    except kd.DataError as e:
        assert e.masalah and all(m.startswith(nama) for m in e.masalah)
    else:
        assert len(b.tabel) > 0
        kd.validasi(b.tabel[kd.KOLOM], nama, REG)  # whatever is accepted passes the data schema


@ATUR
@given(berkas=st.one_of(tabel_panjang(), tabel_panjang(), berkas_tabel(),
                        st.tuples(st.binary(max_size=2000), st.sampled_from(["x.csv", "x.xlsx"]))),
       bawaan=BAWAAN)
def test_terapkan_galat_tidak_mengubah_data(berkas, bawaan):
    isi, nama = berkas
    with FolderData() as d:
        sebelum = potret(d)
        try:
            hasil = impor.terapkan(isi, nama, d, bawaan, batas_tunggu=5)
        except kd.DataError:
            event("ditolak")
            assert potret(d) == sebelum
        else:
            event("diterapkan" if hasil.diterapkan else "tanpa perubahan")
            kd.muat_data(d / "gender_kalteng.csv", REG)  # the written file is valid
            if hasil.diterapkan:
                assert len(gudang.baca_changelog(d)) == 1 and len(gudang.daftar_cadangan(d)) == 1
            else:
                assert potret(d) == sebelum
