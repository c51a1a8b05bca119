"""Fetch BPS WebAPI tables into data/raw/bps/ and rebuild the cleaned CSV: the client (bps.py) downloads and
checks, the store (gudang.py) writes, the build (build.py) rebuilds.

    python -m kalteng_gender.ambil fetch [--var 463 468 ...] [--domain 6200 0000] [--raw-dir data/raw/bps]
    python -m kalteng_gender.ambil vars --domain 6200 [--cari gender]

The raw files are written only when every reply was good: a failure leaves data/ exactly as it was.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterable

from . import build, gudang, regions
from .bps import DOMAIN_BAWAAN, VARIABEL, BPSError, list_variables, unduh
from .data import perintah


def fetch(var_ids: Iterable[int | str] = tuple(VARIABEL), domains: Iterable[str] = DOMAIN_BAWAAN,
          key: str | None = None, raw_dir: Path = Path("data/raw/bps"), session: Any = None,
          timeout: float = 30) -> list[Path]:
    """Download and check each (var, domain) table (bps.unduh), then save them all to ``raw_dir``; the written
    paths. Any failure raises BPSError before anything is written."""
    raw_dir = Path(raw_dir)
    siap = unduh(var_ids, domains, key, session, timeout)
    try:
        return gudang.tulis_semua(raw_dir, [(raw_dir / nama, isi) for nama, isi in siap])
    except OSError as exc:
        raise BPSError(f"Gagal menyimpan data BPS ke {raw_dir} ({type(exc).__name__}). Data tidak diubah.") from None


def bangun_ulang() -> str:
    """Rebuild the cleaned CSV from every layer (build.main) once the raw files are saved."""
    kode = build.main([])  # [] so it does not read our own sys.argv
    if kode != 0:
        raise BPSError(f"Data mentah BPS tersimpan, tetapi pembangunan ulang CSV bersih gagal (kode {kode}).")
    return "CSV bersih dibangun ulang."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kalteng_gender.ambil",
                                     description="Ambil tabel WebAPI BPS ke data/raw/bps lalu bangun ulang CSV.")
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

    def kerja() -> None:
        if args.perintah == "fetch":
            paths = fetch(args.var, args.domain, raw_dir=args.raw_dir, timeout=args.timeout)
            print(f"{len(paths)} berkas BPS tersimpan di {args.raw_dir}.")
            try:
                print(bangun_ulang())
            except BPSError:
                raise
            except Exception as exc:  # noqa: BLE001 - report in one sentence, raw files are already safe
                raise BPSError(f"Data mentah BPS tersimpan, tetapi pembangunan ulang CSV bersih gagal "
                               f"({type(exc).__name__}: {exc}).") from None
        else:
            cari = args.cari.lower()
            for item in list_variables(args.domain, None):
                if cari in item["title"].lower():
                    dipetakan = VARIABEL.get(item["var_id"], ("",))[0]
                    print(f"{item['var_id']}\t{item['title']}" + (f"\t-> {dipetakan}" if dipetakan else ""))
    return perintah(kerja, (BPSError,))


if __name__ == "__main__":
    sys.exit(main())
