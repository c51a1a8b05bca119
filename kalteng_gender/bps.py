"""BPS WebAPI client: fetch dynamic tables, keep the raw replies, decode them into the project's tidy schema.

Nothing here imports Streamlit. The decoding follows the BPS WebAPI documentation: a ``datacontent`` key is
``str(vervar) + str(var) + str(turvar) + str(tahun) + str(turtahun)`` with no separator and no padding, so keys are
never split; every candidate key is rebuilt from the id lists and looked up.

``fetch`` checks every reply (by decoding it) before anything is written, and writes the raw files only when all
replies were good: a failure leaves ``data/`` exactly as it was.

CLI::

    python -m kalteng_gender.bps fetch [--var 463 468 ...] [--domain 6200 0000] [--raw-dir data/raw/bps]
    python -m kalteng_gender.bps vars --domain 6200 [--cari gender]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import requests

from kalteng_gender import regions

BASE_URL = "https://webapi.bps.go.id/v1/api"
DATA_URL = BASE_URL + "/list/model/data/lang/ind/domain/{domain}/var/{var}/key/{key}/"
VAR_URL = BASE_URL + "/list/model/var/lang/ind/domain/{domain}/page/{page}/key/{key}/"

KOLOM = ["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber", "catatan"]

# BPS variable id -> (registry indicator id, unit, default sex). The default sex is used when the table has no
# sex breakdown ("Tidak ada", "Jumlah", "Total"); for by-sex variables it is "T".
VARIABEL: dict[int, tuple[str, str, str]] = {
    463: ("ipg", "indeks (0-100)", "T"),
    468: ("idg", "indeks (0-100)", "T"),
    464: ("pct_perempuan_parlemen", "persen", "P"),
    466: ("pct_perempuan_profesional", "persen", "P"),
    467: ("sumbangan_pendapatan_perempuan", "persen", "P"),
    2196: ("ikg", "indeks (0-1)", "T"),
    2199: ("pct_sma_keatas", "persen", "T"),
    2200: ("tpak_agustus", "persen", "T"),
    455: ("uhh", "tahun", "T"),
}

DOMAIN_BAWAAN = (regions.PROVINSI, regions.NASIONAL)

_ANNUAL = {"tahun", "tahunan"}
_MISSING = {"", "-", "--", "–", "—", ".", "..", "...", "…", "na", "n/a", "nan", "null", "none", "x"}


class BPSError(Exception):
    """A BPS WebAPI problem, described in one Indonesian sentence fit to show to a user."""


# --------------------------------------------------------------------------------------------------- helpers

def _norm(s: Any) -> str:
    return re.sub(r"[^a-z0-9+]", "", str(s or "").lower())


def _id_text(val: Any) -> str:
    """The id exactly as it appears inside a datacontent key (6201 -> "6201", 6201.0 -> "6201", "0" -> "0")."""
    if isinstance(val, bool):
        raise BPSError(f"Id {val!r} pada jawaban WebAPI BPS tidak sah.")
    if isinstance(val, float) and val.is_integer():
        val = int(val)
    return str(val).strip()


def _domain(domain: Any) -> str:
    digits = re.sub(r"\D", "", str(domain))
    if not digits or len(digits) > 4:
        raise BPSError(f"Domain BPS {domain!r} tidak sah: gunakan kode 4 angka seperti 6200 atau 0000.")
    return digits.zfill(4)


def _var_id(var: Any) -> int:
    try:
        v = int(str(var).strip())
    except ValueError:
        raise BPSError(f"Id variabel BPS {var!r} tidak sah: gunakan angka seperti 2196.") from None
    if v not in VARIABEL:
        daftar = ", ".join(str(k) for k in VARIABEL)
        raise BPSError(f"Variabel BPS {v} belum dipetakan ke indikator proyek (yang dikenal: {daftar}).")
    return v


def jenis_kelamin(label: Any) -> str | None:
    """Sex code from a turvar/vervar label: "L", "P", "T" (explicit both-sexes total), "" (no breakdown) or None."""
    n = _norm(label)
    if n in {"lakilaki", "laki", "pria"}:
        return "L"
    if n in {"perempuan", "wanita"}:
        return "P"
    if n in {"lakilaki+perempuan", "lakilakiperempuan", "lakilakidanperempuan", "perempuan+lakilaki"}:
        return "T"
    if n in {"tidakada", "jumlah", "total", "semua", ""}:
        return ""
    return None


def kode_vervar(val: Any, label: Any) -> str | None:
    """BPS code (a key of regions.NAMA) for a vervar row, or None for any region outside Kalteng/Indonesia.

    The label decides when it names one of our regions ("Kab. Kotawaringin Barat", "Kota Palangka Raya",
    "Kalimantan Tengah", "INDONESIA"), unless the value is a full area code of another province (a same-named
    region elsewhere). Otherwise the value is read as a code: "6201", 6201, 62 (province) or a longer code padded
    with zeros ("6201000"). A longer code with non-zero tail (a kecamatan such as "6201010") is not a kab/kota.
    """
    digits = re.sub(r"\D", "", _id_text(val)) if val is not None else ""
    dari_label = regions.kode_dari_nama(str(label)) if label not in (None, "") else None

    dari_val: str | None = None
    if len(digits) >= 4:
        head, tail = digits[:4], digits[4:]
        if tail.strip("0") == "":
            dari_val = regions.kode_bps(head)
    elif digits == "62":
        dari_val = regions.PROVINSI

    if dari_label is not None:
        lain_provinsi = len(digits) >= 4 and digits[:2] not in {"62", "00", "99"}
        if lain_provinsi and dari_label != regions.NASIONAL:
            return None
        return dari_label
    return dari_val


def _angka(v: Any, key: str) -> float | None:
    """Normalise a datacontent value; None for missing (null, "", "-"). Missing never becomes zero."""
    if v is None:
        return None
    if isinstance(v, bool):
        raise BPSError(f"Nilai pada kunci datacontent {key} bertipe boolean, bukan angka.")
    if isinstance(v, (int, float)):
        f = float(v)
        return None if math.isnan(f) or math.isinf(f) else f
    if isinstance(v, str):
        s = re.sub(r"\s+", "", v)
        if s.lower() in _MISSING:
            return None
        if "," in s and "." in s:  # "1.234,56"
            s = s.replace(".", "")
        s = s.replace(",", ".")
        try:
            f = float(s)
        except ValueError:
            raise BPSError(f"Nilai {v!r} pada kunci datacontent {key} bukan angka.") from None
        return None if math.isnan(f) or math.isinf(f) else f
    raise BPSError(f"Nilai pada kunci datacontent {key} bertipe {type(v).__name__}, bukan angka.")


def _tahun(item: dict) -> int | None:
    label = str(item.get("label", "")).strip()
    if re.fullmatch(r"\d{4}", label):
        return int(label)
    try:
        return int(_id_text(item.get("val"))) + 1900
    except (TypeError, ValueError):
        return None


def _tahunan(item: dict) -> bool:
    n = _norm(item.get("label"))
    if n:
        return n in _ANNUAL
    return _id_text(item.get("val")) in {"0", "13"}


def _daftar(payload: dict, field: str) -> list[dict]:
    items = payload.get(field)
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) and "val" in i for i in items):
        raise BPSError(f"Jawaban WebAPI BPS tidak lengkap: bagian '{field}' tidak ada atau rusak.")
    return items


def _kosong() -> pd.DataFrame:
    return pd.DataFrame({
        "kode_bps": pd.Series(dtype="object"), "wilayah": pd.Series(dtype="object"),
        "tahun": pd.Series(dtype="int64"), "indikator": pd.Series(dtype="object"),
        "jenis_kelamin": pd.Series(dtype="object"), "nilai": pd.Series(dtype="float64"),
        "satuan": pd.Series(dtype="object"), "sumber": pd.Series(dtype="object"),
        "catatan": pd.Series(dtype="object"),
    })[KOLOM]


# --------------------------------------------------------------------------------------------------- parsing

def parse_response(payload: dict, domain: str, diunduh: str = "") -> pd.DataFrame:
    """Decode one ``list/model/data`` reply into the tidy schema (columns ``KOLOM``).

    Raises BPSError for an error reply, a reply without data, missing fields, an unmapped variable, a non-numeric
    value, or keys that two different id combinations would produce (the data would be ambiguous).
    """
    if not isinstance(payload, dict):
        raise BPSError("Jawaban WebAPI BPS bukan objek JSON yang dikenali.")
    status = payload.get("status")
    if status != "OK":
        pesan = str(payload.get("message") or "tanpa pesan").strip().rstrip(".")
        raise BPSError(f"WebAPI BPS menjawab dengan galat (status {status!r}): {pesan}.")
    tersedia = payload.get("data-availability")
    if tersedia != "available":
        raise BPSError(f"WebAPI BPS tidak menyediakan data untuk permintaan ini (data-availability: {tersedia!r}).")

    dom = _domain(domain)
    var = _daftar(payload, "var")[0]
    vid = _var_id(_id_text(var["val"]))
    indikator, satuan, jk_bawaan = VARIABEL[vid]
    vervar = _daftar(payload, "vervar")
    turvar = _daftar(payload, "turvar")
    tahun = _daftar(payload, "tahun")
    turtahun = _daftar(payload, "turtahun")
    data = payload.get("datacontent")
    if not isinstance(data, dict):
        raise BPSError("Jawaban WebAPI BPS tidak lengkap: bagian 'datacontent' tidak ada atau rusak.")

    label_var = str(var.get("label", "")).strip()
    sumber = f"BPS WebAPI var {vid} ({label_var}), domain {dom}"
    if diunduh:
        sumber += f", diunduh {diunduh}"
    catatan = str(var.get("note") or "").strip()

    # Rows: either regions (sex in turvar) or sexes (region = the queried domain).
    vervar_jk = all(str(v.get("label") or "").strip() and jenis_kelamin(v.get("label")) is not None
                    for v in vervar)
    baris: list[tuple[str, str, str]] = []  # (vervar id text, kode_bps, sex or "")
    for v in vervar:
        if vervar_jk:
            kode = regions.kode_bps(dom)
            jk = jenis_kelamin(v.get("label")) or ""
        else:
            kode = kode_vervar(v.get("val"), v.get("label"))
            jk = ""
        baris.append((_id_text(v["val"]), kode, jk))

    kolom: list[tuple[str, str | None]] = []  # (turvar id text, sex or "" or None = not a sex category)
    for t in turvar:
        kolom.append((_id_text(t["val"]), jenis_kelamin(t.get("label"))))
    if len(kolom) == 1 and kolom[0][1] is None:
        kolom = [(kolom[0][0], "")]  # a single non-sex characteristic: the variable's own total

    # Every candidate key, whether kept or not, so that collisions are detected rather than misread.
    v_txt = _id_text(var["val"])
    dipakai: dict[str, tuple] = {}
    for vv, kode, jk_v in baris:
        for tv, jk_t in kolom:
            for th in tahun:
                for tt in turtahun:
                    key = f"{vv}{v_txt}{tv}{_id_text(th['val'])}{_id_text(tt['val'])}"
                    combo = (vv, tv, _id_text(th["val"]), _id_text(tt["val"]))
                    if key in dipakai and dipakai[key] != combo:
                        raise BPSError(
                            f"Kunci datacontent {key} bisa berasal dari dua kombinasi id yang berbeda, "
                            f"sehingga nilainya tidak dapat diurai dengan pasti.")
                    dipakai[key] = combo

    rows: list[dict] = []
    for vv, kode, jk_v in baris:
        if kode is None:
            continue
        for tv, jk_t in kolom:
            if jk_t is None:
                continue  # a characteristic that is not a sex split (e.g. urban/rural)
            jk = jk_v or jk_t or jk_bawaan
            for th in tahun:
                thn = _tahun(th)
                if thn is None:
                    continue
                for tt in turtahun:
                    if not _tahunan(tt):
                        continue
                    key = f"{vv}{v_txt}{tv}{_id_text(th['val'])}{_id_text(tt['val'])}"
                    if key not in data:
                        continue
                    nilai = _angka(data[key], key)
                    if nilai is None:
                        continue
                    rows.append({
                        "kode_bps": kode, "wilayah": regions.NAMA[kode], "tahun": thn, "indikator": indikator,
                        "jenis_kelamin": jk, "nilai": nilai, "satuan": satuan, "sumber": sumber,
                        "catatan": catatan,
                    })
    if not rows:
        return _kosong()
    df = pd.DataFrame(rows, columns=KOLOM)
    df = df.drop_duplicates(subset=["kode_bps", "tahun", "indikator", "jenis_kelamin"], keep="first")
    df = df.astype({"tahun": "int64", "nilai": "float64"})
    return df.sort_values(["indikator", "kode_bps", "tahun", "jenis_kelamin"]).reset_index(drop=True)


def _baca_simpanan(path: Path) -> pd.DataFrame:
    try:
        isi = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BPSError(f"Berkas {path.name} tidak dapat dibaca sebagai JSON ({type(exc).__name__}).") from None
    if not isinstance(isi, dict) or "response" not in isi or "domain" not in isi:
        raise BPSError(f"Berkas {path.name} bukan simpanan WebAPI BPS (perlu 'domain' dan 'response').")
    try:
        df = parse_response(isi["response"], str(isi["domain"]), str(isi.get("diunduh") or ""))
    except BPSError as exc:
        raise BPSError(f"Berkas {path.name}: {exc}") from None
    if "var" in isi and isinstance(isi["response"], dict):
        diminta = str(isi["var"]).strip()
        didapat = _id_text(isi["response"]["var"][0]["val"])
        if diminta != didapat:
            raise BPSError(f"Berkas {path.name} menyebut var {diminta} tetapi isinya var {didapat}.")
    return df


def baca_folder(folder: Path) -> pd.DataFrame:
    """Parse every ``*.json`` saved by ``fetch`` in ``folder`` into one tidy DataFrame.

    When a value is present in both a domain-0000 and a more specific file, the specific one is kept.
    """
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    frames = []
    for f in files:
        df = _baca_simpanan(f)
        if not df.empty:
            df = df.assign(_nasional=df["sumber"].str.contains(r"domain 0000\b", regex=True))
            frames.append(df)
    if not frames:
        return _kosong()
    df = pd.concat(frames, ignore_index=True).sort_values("_nasional", kind="stable")
    df = df.drop_duplicates(subset=["kode_bps", "tahun", "indikator", "jenis_kelamin"], keep="first")
    df = df.drop(columns="_nasional").astype({"tahun": "int64", "nilai": "float64"})
    return df.sort_values(["indikator", "kode_bps", "tahun", "jenis_kelamin"]).reset_index(drop=True)[KOLOM]


# --------------------------------------------------------------------------------------------------- network

def _kunci(key: str | None) -> str:
    k = (key if key is not None else os.environ.get("BPS_API_KEY", "")).strip()
    if not k:
        raise BPSError(
            "Kunci API BPS belum diatur: isi variabel lingkungan BPS_API_KEY (daftar gratis di webapi.bps.go.id).")
    return k


def _get_json(session: Any, url: str, timeout: float, konteks: str, key: str) -> Any:
    """GET a URL and return its JSON; every failure becomes one BPSError sentence that never contains the key."""
    try:
        resp = session.get(url, timeout=timeout)
    except requests.Timeout:
        raise BPSError(f"Gagal menghubungi WebAPI BPS ({konteks}): tidak ada jawaban dalam {timeout:g} detik. "
                       "Data tidak diubah.") from None
    except (requests.RequestException, OSError) as exc:
        raise BPSError(f"Gagal menghubungi WebAPI BPS ({konteks}): koneksi gagal ({type(exc).__name__}). "
                       "Data tidak diubah.") from None
    code = getattr(resp, "status_code", None)
    if code != 200:
        pesan = ""
        try:
            body = resp.json()
            if isinstance(body, dict) and body.get("message"):
                pesan = ": " + str(body["message"]).replace(key, "***").strip().rstrip(".")
        except Exception:  # noqa: BLE001 - body is irrelevant when the status is already an error
            pass
        raise BPSError(f"WebAPI BPS menjawab HTTP {code} ({konteks}){pesan}. Data tidak diubah.")
    try:
        return resp.json()
    except ValueError:
        raise BPSError(f"Jawaban WebAPI BPS ({konteks}) bukan JSON yang sah. Data tidak diubah.") from None


def fetch(var_ids: Iterable[int | str] = tuple(VARIABEL), domains: Iterable[str] = DOMAIN_BAWAAN,
          key: str | None = None, raw_dir: Path = Path("data/raw/bps"), session: Any = None,
          timeout: float = 30) -> list[Path]:
    """Download each (var, domain) table, check them all, then save them all to ``raw_dir``.

    Returns the written paths (``var{var}_domain{domain}.json``, each holding
    ``{"domain", "var", "diunduh", "response"}``). Any failure raises BPSError before anything is written.
    The key is taken from ``key`` or the environment variable ``BPS_API_KEY`` and is never stored or shown.
    """
    k = _kunci(key)
    vars_ = [_var_id(v) for v in var_ids]
    doms = [_domain(d) for d in domains]
    if not vars_ or not doms:
        raise BPSError("Tidak ada variabel atau domain BPS yang diminta.")
    session = session if session is not None else requests.Session()
    diunduh = _dt.date.today().isoformat()

    siap: list[tuple[Path, bytes]] = []
    for v in vars_:
        for d in doms:
            konteks = f"var {v}, domain {d}"
            payload = _get_json(session, DATA_URL.format(domain=d, var=v, key=k), timeout, konteks, k)
            try:
                parse_response(payload, d, diunduh)
                if _id_text(payload["var"][0]["val"]) != str(v):
                    raise BPSError(f"WebAPI BPS mengirim var {payload['var'][0]['val']} padahal yang diminta var {v}.")
            except BPSError as exc:
                pesan = str(exc).replace(k, "***").rstrip(".")
                raise BPSError(f"{pesan} ({konteks}). Data tidak diubah.") from None
            isi = {"domain": d, "var": v, "diunduh": diunduh, "response": payload}
            teks = json.dumps(isi, ensure_ascii=False, indent=1) + "\n"
            siap.append((Path(raw_dir) / f"var{v}_domain{d}.json", teks.encode("utf-8")))

    return _tulis_semua(Path(raw_dir), siap)


def _tulis_semua(raw_dir: Path, siap: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every file to a temp file in the same folder first, then move them all into place."""
    dibuat = not raw_dir.exists()
    sementara: list[tuple[str, Path]] = []
    try:
        raw_dir.mkdir(parents=True, exist_ok=True)
        for tujuan, isi in siap:
            fd, tmp = tempfile.mkstemp(dir=raw_dir, prefix="." + tujuan.name + ".", suffix=".tmp")
            sementara.append((tmp, tujuan))
            with os.fdopen(fd, "wb") as fh:
                fh.write(isi)
                fh.flush()
                os.fsync(fh.fileno())
    except OSError as exc:
        for tmp, _ in sementara:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if dibuat:
            try:
                raw_dir.rmdir()
            except OSError:
                pass
        raise BPSError(f"Gagal menyimpan data BPS ke {raw_dir} ({type(exc).__name__}). Data tidak diubah.") from None
    for tmp, tujuan in sementara:
        os.replace(tmp, tujuan)
    return [t for _, t in sementara]


def list_variables(domain: str, key: str | None, session: Any = None, timeout: float = 30,
                   maks_halaman: int = 100) -> list[dict]:
    """The variable catalogue of a domain (``list/model/var``), all pages: ``[{"var_id", "title", ...}, ...]``."""
    k = _kunci(key)
    dom = _domain(domain)
    session = session if session is not None else requests.Session()
    hasil: list[dict] = []
    halaman, total = 1, 1
    while halaman <= min(total, maks_halaman):
        konteks = f"katalog variabel domain {dom}, halaman {halaman}"
        isi = _get_json(session, VAR_URL.format(domain=dom, page=halaman, key=k), timeout, konteks, k)
        if not isinstance(isi, dict):
            raise BPSError(f"Jawaban WebAPI BPS ({konteks}) bukan objek JSON yang dikenali.")
        if isi.get("status") != "OK":
            pesan = str(isi.get("message") or "tanpa pesan").replace(k, "***").strip().rstrip(".")
            raise BPSError(f"WebAPI BPS menjawab dengan galat ({konteks}): {pesan}.")
        if isi.get("data-availability", "available") != "available":
            break
        data = isi.get("data")
        if not isinstance(data, list) or len(data) < 2 or not isinstance(data[1], list):
            break
        info = data[0] if isinstance(data[0], dict) else {}
        try:
            total = max(1, int(info.get("pages") or 1))
        except (TypeError, ValueError):
            total = 1
        for item in data[1]:
            if not isinstance(item, dict):
                continue
            try:
                vid = int(str(item.get("var_id")).strip())
            except ValueError:
                continue
            hasil.append({**item, "var_id": vid, "title": str(item.get("title") or "").strip()})
        halaman += 1
    return hasil


# --------------------------------------------------------------------------------------------------- CLI

def _bangun_ulang() -> str:
    """Rebuild the cleaned CSV with kalteng_gender.build.main() if that module exists (imported lazily)."""
    import importlib
    import importlib.util
    import inspect

    if importlib.util.find_spec("kalteng_gender.build") is None:
        return "Modul kalteng_gender.build belum ada; CSV bersih tidak dibangun ulang."
    build = importlib.import_module("kalteng_gender.build")
    fungsi = getattr(build, "main", None)
    if fungsi is None:
        return "kalteng_gender.build tidak punya main(); CSV bersih tidak dibangun ulang."
    try:
        menerima_argumen = bool(inspect.signature(fungsi).parameters)
    except (TypeError, ValueError):
        menerima_argumen = False
    hasil = fungsi([]) if menerima_argumen else fungsi()  # [] so it does not read our own sys.argv
    if isinstance(hasil, int) and hasil != 0:
        raise BPSError(f"Data mentah BPS tersimpan, tetapi pembangunan ulang CSV bersih gagal (kode {hasil}).")
    return "CSV bersih dibangun ulang."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kalteng_gender.bps", description="Klien WebAPI BPS.")
    sub = parser.add_subparsers(dest="perintah", required=True)
    p_fetch = sub.add_parser("fetch", help="unduh tabel dinamis BPS ke data/raw/bps lalu bangun ulang CSV")
    p_fetch.add_argument("--var", nargs="+", default=[str(v) for v in VARIABEL], metavar="ID")
    p_fetch.add_argument("--domain", nargs="+", default=list(DOMAIN_BAWAAN), metavar="KODE")
    p_fetch.add_argument("--raw-dir", type=Path, default=Path("data/raw/bps"))
    p_fetch.add_argument("--timeout", type=float, default=30)
    p_vars = sub.add_parser("vars", help="daftar variabel (katalog) suatu domain")
    p_vars.add_argument("--domain", default=regions.PROVINSI, metavar="KODE")
    p_vars.add_argument("--cari", default="", help="saring judul yang memuat kata ini")
    args = parser.parse_args(argv)

    try:
        if args.perintah == "fetch":
            paths = fetch(args.var, args.domain, raw_dir=args.raw_dir, timeout=args.timeout)
            print(f"{len(paths)} berkas BPS tersimpan di {args.raw_dir}.")
            try:
                print(_bangun_ulang())
            except BPSError:
                raise
            except Exception as exc:  # noqa: BLE001 - report in one sentence, raw files are already safe
                raise BPSError(f"Data mentah BPS tersimpan, tetapi pembangunan ulang CSV bersih gagal "
                               f"({type(exc).__name__}: {exc}).") from None
        else:
            items = list_variables(args.domain, None)
            cari = args.cari.lower()
            for item in items:
                if cari in item["title"].lower():
                    dipetakan = VARIABEL.get(item["var_id"], ("",))[0]
                    print(f"{item['var_id']}\t{item['title']}" + (f"\t-> {dipetakan}" if dipetakan else ""))
    except BPSError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
