"""Helpers shared by several test modules (fixtures built on them are in conftest.py)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from kalteng_gender import data as kd, regions

ROOT = Path(__file__).resolve().parent.parent


def potret(folder: Path) -> dict[str, str]:
    """Every file under a folder with its SHA-256 (to prove nothing was written)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def buang(data_dir: Path, **syarat) -> pd.DataFrame:
    """Remove rows from the temporary data file (to import them back as new); returns the removed rows."""
    df = kd.muat_data(data_dir / "gender_kalteng.csv")
    pilih = np.logical_and.reduce([df[k] == v for k, v in syarat.items()])
    df[~pilih].to_csv(data_dir / "gender_kalteng.csv", index=False)
    return df[pilih]


def rapi(baris) -> pd.DataFrame:
    """Small tidy frame from (kode, tahun, indikator, jk, nilai)."""
    return pd.DataFrame([{"kode_bps": k, "wilayah": regions.NAMA.get(k, k), "tahun": t, "indikator": i,
                          "jenis_kelamin": jk, "nilai": float(v), "satuan": "persen", "sumber": f"uji-{i}-{k}",
                          "catatan": ""} for k, t, i, jk, v in baris])
