"""The package's shape, read from its source with `ast`: imports point one way (no cycle), no module uses another
module's underscore names, and nothing in it imports Streamlit (the pages and ui/ do)."""
from __future__ import annotations

import ast
from pathlib import Path

PAKET = Path(__file__).resolve().parents[1] / "kalteng_gender"


def _modul(nama: str, level: int, dari: str) -> str:
    """The absolute module name of a (possibly relative) import inside the package."""
    if level == 0:
        return nama
    induk = dari.split(".")[: len(dari.split(".")) - level]
    return ".".join(induk + ([nama] if nama else []))


def impor_paket() -> dict[str, list[tuple[str, str | None]]]:
    """module -> [(imported module, imported name or None)], every import statement, function-level ones included."""
    hasil = {}
    for path in sorted(PAKET.glob("*.py")):
        nama = f"kalteng_gender.{path.stem}"
        pohon = ast.parse(path.read_text(encoding="utf-8"))
        daftar = []
        for n in ast.walk(pohon):
            if isinstance(n, ast.Import):
                daftar += [(a.name, None) for a in n.names]
            elif isinstance(n, ast.ImportFrom):
                asal = _modul(n.module or "", n.level, nama)
                for a in n.names:
                    # `from . import x` imports the module kalteng_gender.x
                    if asal == "kalteng_gender" and (PAKET / f"{a.name}.py").exists():
                        daftar.append((f"kalteng_gender.{a.name}", None))
                    else:
                        daftar.append((asal, a.name))
        hasil[nama] = daftar
    return hasil


def graf(impor: dict) -> dict[str, set[str]]:
    return {m: {x for x, _ in daftar if x in impor and x != m} for m, daftar in impor.items()}


def siklus(g: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None."""
    warna, jalur = {}, []

    def kunjungi(m):
        warna[m] = 1
        jalur.append(m)
        for x in sorted(g[m]):
            if warna.get(x) == 1:
                return jalur[jalur.index(x):] + [x]
            if x not in warna and (c := kunjungi(x)):
                return c
        warna[m] = 2
        jalur.pop()
        return None

    for m in sorted(g):
        if m not in warna and (c := kunjungi(m)):
            return c
    return None


def test_pemeriksa_siklus_menemukan_siklus():
    assert siklus({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert siklus({"a": {"b"}, "b": set()}) is None


def test_tidak_ada_siklus_impor():
    g = graf(impor_paket())
    assert len(g) > 20 and g["kalteng_gender.build"]  # the graph was read
    assert siklus(g) is None


def test_tidak_memakai_nama_garis_bawah_modul_lain():
    pelanggaran = []
    for m, daftar in impor_paket().items():
        pelanggaran += [f"{m}: from {x} import {n}" for x, n in daftar
                        if n and n.startswith("_") and not n.startswith("__") and x.startswith("kalteng_gender")]
        teks = (PAKET / f"{m.rsplit('.', 1)[1]}.py").read_text(encoding="utf-8")
        for n in ast.walk(ast.parse(teks)):
            # module._name, where module is a package module bound by an import (kd._x, impor._y, ...)
            if isinstance(n, ast.Attribute) and n.attr.startswith("_") and not n.attr.startswith("__") \
                    and isinstance(n.value, ast.Name) and n.value.id in _nama_modul(teks):
                pelanggaran.append(f"{m}: {n.value.id}.{n.attr}")
    assert pelanggaran == []


def _nama_modul(teks: str) -> set[str]:
    """Names a module's imports bind to package modules (`from . import data as kd` binds kd)."""
    nama = set()
    for n in ast.walk(ast.parse(teks)):
        if isinstance(n, ast.ImportFrom) and n.level == 1 and not n.module:
            nama |= {a.asname or a.name for a in n.names}
        elif isinstance(n, ast.Import):
            nama |= {a.asname or a.name.split(".")[0] for a in n.names if a.name.startswith("kalteng_gender")}
    return nama


def test_paket_tidak_mengimpor_streamlit():
    liar = [f"{m}: {x}" for m, daftar in impor_paket().items() for x, _ in daftar if x.split(".")[0] == "streamlit"]
    assert liar == []


def test_penulis_data_lewat_gudang():
    """Only the store touches the lock, the journal and temporaries; the build and the importer call it."""
    g = graf(impor_paket())
    assert "kalteng_gender.gudang" in g["kalteng_gender.build"] and "kalteng_gender.gudang" in g["kalteng_gender.impor"]
    assert "kalteng_gender.build" not in g["kalteng_gender.bps"]
    for path in PAKET.glob("*.py"):
        if path.stem != "gudang":
            teks = path.read_text(encoding="utf-8")
            assert "FileLock" not in teks and "mkstemp" not in teks, path.name
