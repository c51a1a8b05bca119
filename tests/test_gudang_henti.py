"""An import or a restore killed at every point where it touches the disk (gudang's commit journal): data/, layers,
backups and changelog stay consistent.

`python -m kalteng_gender.impor FILE --apply` (impor.main; also `backup restore`) runs in a forked child whose os.open, os.fsync,
os.replace, os.unlink and os.mkdir count their calls and end the process (os._exit, as a SIGKILL would: no cleanup,
no finally) at call N. After each kill the folder must be exactly "before" or exactly "after" once the interrupted
commit is finished or rolled back (gudang.selesaikan_tertunda, which every writer and the build run first), and
`python -m kalteng_gender.build` must reproduce the data file byte for byte.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pandas as pd

from bantu import salin_data
from kalteng_gender import build, data as kd, gudang, impor

KASUS = "kasus_kekerasan_perempuan_anak"

TITIK = ("open", "fsync", "replace", "unlink", "mkdir")
DIBUNUH, SELESAI = 99, 100


def tulis(path: Path, baris: list[list]) -> Path:
    pd.DataFrame(baris, columns=kd.KOLOM).to_csv(path, index=False)
    return path


def jalankan_sampai(n: int, argumen: list[str]) -> int:
    """impor.main(argumen) in a child killed at its n-th disk call; DIBUNUH, or SELESAI + its exit code."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            nol = os.open(os.devnull, os.O_WRONLY)
            os.dup2(nol, 1)
            os.dup2(nol, 2)
            hitung = [0]

            def bungkus(f):
                def g(*a, **k):
                    hitung[0] += 1
                    if hitung[0] == n:
                        os._exit(DIBUNUH)
                    return f(*a, **k)
                return g

            for nama in TITIK:
                setattr(os, nama, bungkus(getattr(os, nama)))
            kode = impor.main(argumen)
        except BaseException:  # noqa: BLE001 - any failure in the child must show as an exit code
            os._exit(97)
        os._exit(SELESAI + kode)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def keadaan(d: Path) -> dict:
    """What a reader of the folder sees: data bytes, changelog lines, backups, active and present layers."""
    log = gudang.baca_changelog(d)
    return {"data": (d / "gender_kalteng.csv").read_bytes(),
            "log": log[["berkas", "lapisan", "cadangan"]].values.tolist(),
            "cadangan": sorted(p.name for p in (d / "backup").glob("*")) if (d / "backup").is_dir() else [],
            "lapisan": [p.name for p in gudang.berkas_lapisan(d / "raw")],
            "berkas_lapisan": [p.name for p in gudang.berkas_lapisan(d / "raw", semua=True)]}


def impor_ab(tmp_path: Path) -> tuple[Path, Path]:
    a = tulis(tmp_path / "a.csv", [["6201", "Kotawaringin Barat", 2019, KASUS, "T", 40, "kasus", "uji impor A", ""]])
    b = tulis(tmp_path / "b.csv", [
        ["6201", "Kotawaringin Barat", 2023, KASUS, "T", 85, "kasus", "uji impor B", "angka uji"],
        ["6202", "Kotawaringin Timur", 2019, KASUS, "T", 41, "kasus", "uji impor B", ""],
    ])
    return a, b


def bunuh_di_setiap_titik(tmp_path: Path, awal: Path, argumen: list[str], sebelum: dict, sesudah: dict) -> dict:
    """Run `argumen` (impor.main) on copies of `awal`, killed at disk call 1, 2, ... until it completes; after each
    kill the folder must be `sebelum` or `sesudah` and the build must reproduce its data file."""
    n, dilihat = 0, {"sebelum": 0, "sesudah": 0, "jurnal": 0}
    while True:
        n += 1
        d = tmp_path / f"k{n}"
        shutil.copytree(awal, d)
        kode = jalankan_sampai(n, [*argumen, "--data-dir", str(d)])
        if kode == SELESAI:
            assert keadaan(d) == sesudah  # the run past the last point completed
            break
        assert kode == DIBUNUH, f"titik {n}: proses berakhir dengan kode {kode}"
        dilihat["jurnal"] += (d / gudang.JURNAL).exists()
        with gudang.kunci_berkas(d, 5):
            gudang.selesaikan_tertunda(d)
        sisa = [p for p in d.rglob("*") if p.name.endswith(".tmp") or p.name == gudang.JURNAL]
        assert not sisa, f"titik {n}: tertinggal {sisa}"
        k = keadaan(d)
        if k["data"] == sebelum["data"]:
            assert k == sebelum, f"titik {n}: data lama tetapi lapisan/cadangan/changelog tidak"
            dilihat["sebelum"] += 1
        else:
            assert k == sesudah, f"titik {n}: data baru tetapi lapisan/cadangan/changelog tidak"
            dilihat["sesudah"] += 1
        assert build.main(["--data-dir", str(d)]) == 0
        assert (d / "gender_kalteng.csv").read_bytes() == k["data"], f"titik {n}: build tidak mengulang data"
        shutil.rmtree(d)
    assert n - 1 >= 20 and dilihat["sebelum"] and dilihat["sesudah"] and dilihat["jurnal"], dilihat
    return dilihat


def test_impor_dihentikan_di_setiap_titik(tmp_path, monkeypatch):
    monkeypatch.setattr(gudang, "sekarang", lambda: dt.datetime(2025, 3, 1, 9, 30, 0))
    a, b = impor_ab(tmp_path)
    # the reference: import A, then B, never interrupted
    acuan = salin_data(tmp_path / "acuan", raw=True)
    impor.terapkan(a, None, acuan)
    awal = salin_data(tmp_path / "awal", raw=True)
    impor.terapkan(a, None, awal)
    sebelum = keadaan(acuan)
    hasil_b = impor.terapkan(b, None, acuan)
    sesudah = keadaan(acuan)
    assert sesudah["lapisan"] == sebelum["lapisan"] + [hasil_b.lapisan.name]
    assert len(sesudah["cadangan"]) == len(sebelum["cadangan"]) + 2  # the backup and its layer list
    bunuh_di_setiap_titik(tmp_path, awal, [str(b), "--apply"], sebelum, sesudah)


def test_pulihkan_dihentikan_di_setiap_titik(tmp_path, monkeypatch):
    """`backup restore` moves a layer to dibatalkan/ as well: the same all-or-nothing."""
    monkeypatch.setattr(gudang, "sekarang", lambda: dt.datetime(2025, 3, 1, 9, 30, 0))
    a, b = impor_ab(tmp_path)
    awal = salin_data(tmp_path / "awal", raw=True)
    impor.terapkan(a, None, awal)
    cadangan_b = impor.terapkan(b, None, awal).cadangan.name
    acuan = tmp_path / "acuan"
    shutil.copytree(awal, acuan)
    sebelum = keadaan(acuan)
    gudang.pulihkan(cadangan_b, acuan)
    sesudah = keadaan(acuan)
    assert len(sesudah["lapisan"]) == len(sebelum["lapisan"]) - 1
    bunuh_di_setiap_titik(tmp_path, awal, ["backup", "restore", cadangan_b], sebelum, sesudah)


def test_lapisan_tanpa_changelog_diabaikan(tmp_path, capsys):
    """A layer file no changelog line commits (left by an older version killed mid-import) is not applied by the
    build, not listed in a backup, and reported."""
    d = salin_data(tmp_path / "data", raw=True)
    isi = (d / "gender_kalteng.csv").read_bytes()
    folder = d / "raw" / "impor"
    folder.mkdir()
    tulis(folder / "20250101-000000_yatim.csv",
          [["6201", "Kotawaringin Barat", 2019, KASUS, "T", 40, "kasus", "uji yatim", ""]])
    assert gudang.berkas_lapisan(d / "raw") == []
    assert build.main(["--data-dir", str(d)]) == 0
    assert (d / "gender_kalteng.csv").read_bytes() == isi
    assert "Diabaikan: 1 berkas di raw/impor/ tanpa baris di changelog.csv" in capsys.readouterr().out
    hasil = impor.terapkan(tulis(tmp_path / "c.csv", [["6202", "Kotawaringin Timur", 2019, KASUS, "T", 41, "kasus",
                                                         "uji C", ""]]), None, d)
    assert gudang.baca_manifes(hasil.cadangan) == []
    assert [p.name for p in gudang.berkas_lapisan(d / "raw")] == [hasil.lapisan.name]
