"""BPS WebAPI client: fetch dynamic tables, keep the raw replies, decode them into the project's tidy schema.

Nothing here imports Streamlit. The decoding follows the BPS WebAPI documentation: a ``datacontent`` key is
``str(vervar) + str(var) + str(turvar) + str(tahun) + str(turtahun)`` with no separator and no padding, so keys are
never split; every candidate key is rebuilt from the id lists and looked up.

``unduh`` checks every reply (by decoding it) and returns them as the files to save; it writes nothing. Saving
them and rebuilding the data is `kalteng_gender.ambil` (``python -m kalteng_gender.ambil fetch|vars``); the build
reads the saved files back with ``baca_folder``.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import requests

from . import regions
from .data import registry_bawaan, variabel_bps
from .sel import angka_lepas, jenis_kelamin_bps, kosong_bertanda

BASE_URL = "https://webapi.bps.go.id/v1/api"
DATA_URL = BASE_URL + "/list/model/data/lang/ind/domain/{domain}/var/{var}/key/{key}/"
VAR_URL = BASE_URL + "/list/model/var/lang/ind/domain/{domain}/page/{page}/key/{key}/"

KOLOM = ["kode_bps", "wilayah", "tahun", "indikator", "jenis_kelamin", "nilai", "satuan", "sumber", "catatan"]

# BPS variable id -> (registry indicator id, unit, default sex), from the registry's `var_bps` column
# (data.variabel_bps): mapping a new BPS variable is one cell of data/indikator.csv. The default sex is used when
# the table has no sex breakdown ("Tidak ada", "Jumlah", "Total"): P for a women's share, else T.
VARIABEL: dict[int, tuple[str, str, str]] = variabel_bps(registry_bawaan())

DOMAIN_BAWAAN = (regions.PROVINSI, regions.NASIONAL)

_ANNUAL = {"tahun", "tahunan"}


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
    """Normalise a datacontent value (sel.angka_lepas); None for missing (null, "", "-", NaN). Missing never
    becomes zero."""
    if v is None or (isinstance(v, str) and (not v.strip() or kosong_bertanda(v))):
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        jenis = "boolean" if isinstance(v, bool) else type(v).__name__
        raise BPSError(f"Nilai pada kunci datacontent {key} bertipe {jenis}, bukan angka.")
    f = angka_lepas(v)
    if f is None and isinstance(v, str):
        raise BPSError(f"Nilai {v!r} pada kunci datacontent {key} bukan angka.")
    return f


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
    vervar_jk = all(str(v.get("label") or "").strip() and jenis_kelamin_bps(v.get("label")) is not None
                    for v in vervar)
    baris: list[tuple[str, str, str]] = []  # (vervar id text, kode_bps, sex or "")
    for v in vervar:
        if vervar_jk:
            kode = regions.kode_bps(dom)
            jk = jenis_kelamin_bps(v.get("label")) or ""
        else:
            kode = kode_vervar(v.get("val"), v.get("label"))
            jk = ""
        baris.append((_id_text(v["val"]), kode, jk))

    kolom: list[tuple[str, str | None]] = []  # (turvar id text, sex or "" or None = not a sex category)
    for t in turvar:
        kolom.append((_id_text(t["val"]), jenis_kelamin_bps(t.get("label"))))
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

def kunci_api(key: str | None) -> str:
    """The WebAPI key: `key`, else the environment variable BPS_API_KEY. Raises BPSError when there is none."""
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


def unduh(var_ids: Iterable[int | str] = tuple(VARIABEL), domains: Iterable[str] = DOMAIN_BAWAAN,
          key: str | None = None, session: Any = None, timeout: float = 30) -> list[tuple[str, bytes]]:
    """Download each (var, domain) table and check them all: [(file name, bytes to save), ...] with names
    ``var{var}_domain{domain}.json``, each holding ``{"domain", "var", "diunduh", "response"}``.

    Any failure raises BPSError (ending "Data tidak diubah.") before the first file is returned. The key is taken
    from ``key`` or the environment variable ``BPS_API_KEY`` and is never stored or shown."""
    k = kunci_api(key)
    vars_ = [_var_id(v) for v in var_ids]
    doms = [_domain(d) for d in domains]
    if not vars_ or not doms:
        raise BPSError("Tidak ada variabel atau domain BPS yang diminta.")
    session = session if session is not None else requests.Session()
    diunduh = _dt.date.today().isoformat()

    siap: list[tuple[str, bytes]] = []
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
            siap.append((f"var{v}_domain{d}.json", teks.encode("utf-8")))
    return siap


def list_variables(domain: str, key: str | None, session: Any = None, timeout: float = 30,
                   maks_halaman: int = 100) -> list[dict]:
    """The variable catalogue of a domain (``list/model/var``), all pages: ``[{"var_id", "title", ...}, ...]``."""
    k = kunci_api(key)
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
