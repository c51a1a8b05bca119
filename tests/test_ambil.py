"""Offline tests of `python -m kalteng_gender.ambil`: BPS WebAPI replies checked, saved all-or-nothing by the store,
then the data rebuilt. Fixture values are synthetic (var note says FIXTURE)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import requests

from kalteng_gender import ambil, bps

from bps_palsu import KEY, MISSING_KEY_MSG, FakeResponse, FakeSession, load, ok


def snapshot(folder: Path):
    """Every file under folder (hidden ones too) with its bytes; None when the folder does not exist."""
    if not folder.exists():
        return None
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_missing_key_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("BPS_API_KEY", raising=False)
    raw = tmp_path / "data" / "raw" / "bps"
    s = FakeSession({(2196, "6200"): ok("ikg_2196_6200.json")})
    with pytest.raises(bps.BPSError) as e:
        ambil.fetch([2196], ["6200"], raw_dir=raw, session=s)
    assert str(e.value) == MISSING_KEY_MSG
    assert s.calls == [] and not (tmp_path / "data").exists()


def test_network_failure_leaves_raw_dir_unchanged(tmp_path):
    raw = tmp_path / "bps"
    raw.mkdir()
    (raw / "var2196_domain6200.json").write_bytes(b'{"lama": true}')
    (raw / "catatan.txt").write_bytes(b"isi lama\n")
    before = snapshot(raw)
    err = requests.ConnectionError(f"HTTPSConnectionPool: Max retries exceeded with url: /x/key/{KEY}/")
    s = FakeSession({(2196, "6200"): err})
    with pytest.raises(bps.BPSError) as e:
        ambil.fetch([2196], ["6200"], key=KEY, raw_dir=raw, session=s, timeout=7)
    msg = str(e.value)
    assert msg.startswith("Gagal menghubungi WebAPI BPS") and msg.endswith("Data tidak diubah.")
    assert KEY not in msg and "\n" not in msg
    assert snapshot(raw) == before
    assert s.calls[0][1] == 7


def test_timeout_is_a_clear_message(tmp_path):
    s = FakeSession({(2196, "6200"): requests.Timeout("read timed out")})
    with pytest.raises(bps.BPSError, match=r"tidak ada jawaban dalam 30 detik"):
        ambil.fetch([2196], ["6200"], key=KEY, raw_dir=tmp_path / "r", session=s)
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("resp,pattern", [
    (FakeResponse(500, text="<html>server error</html>"), r"HTTP 500"),
    (FakeResponse(403, {"status": "Error", "message": "Forbidden"}), r"HTTP 403 .*Forbidden"),
    (FakeResponse(200, text="<html>bukan json</html>"), r"bukan JSON yang sah"),
    (ok("error_invalid_key.json"), r"Invalid API key"),
    (ok("list_not_available.json"), r"list-not-available"),
    (ok("tpak_2200_6200.json"), r"diminta var 2196"),  # the API answered another variable
])
def test_bad_replies_raise_and_write_nothing(tmp_path, resp, pattern):
    raw = tmp_path / "bps"
    s = FakeSession({(2196, "6200"): resp})
    with pytest.raises(bps.BPSError, match=pattern) as e:
        ambil.fetch([2196], ["6200"], key=KEY, raw_dir=raw, session=s)
    assert str(e.value).endswith("Data tidak diubah.") and KEY not in str(e.value)
    assert not raw.exists()


def test_partial_failure_writes_nothing(tmp_path):
    raw = tmp_path / "bps"
    raw.mkdir()
    (raw / "var2196_domain6200.json").write_bytes(b"versi lama")
    before = snapshot(raw)
    s = FakeSession({(2196, "6200"): ok("ikg_2196_6200.json"), (2200, "6200"): ok("error_invalid_key.json")})
    with pytest.raises(bps.BPSError) as e:
        ambil.fetch([2196, 2200], ["6200"], key=KEY, raw_dir=raw, session=s)
    assert "Invalid API key" in str(e.value) and "var 2200, domain 6200" in str(e.value)
    assert len(s.calls) == 2  # the first reply was good and still nothing was written
    assert snapshot(raw) == before


def test_successful_fetch_round_trips_through_baca_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_API_KEY", KEY)
    raw = tmp_path / "data" / "raw" / "bps"
    s = FakeSession({(2196, "6200"): ok("ikg_2196_6200.json"), (2200, "6200"): ok("tpak_2200_6200.json"),
                     (463, "0000"): ok("ipg_463_0000.json")})
    paths = ambil.fetch([2196, 2200], ["6200"], raw_dir=raw, session=s)
    paths += ambil.fetch(["463"], ["0000"], raw_dir=raw, session=s)
    assert [u for u, _ in s.calls] == [
        f"https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/6200/var/2196/key/{KEY}/",
        f"https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/6200/var/2200/key/{KEY}/",
        f"https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/0000/var/463/key/{KEY}/"]
    names = sorted(p.name for p in raw.iterdir())  # no temp files left behind
    assert names == ["var2196_domain6200.json", "var2200_domain6200.json", "var463_domain0000.json"]
    assert sorted(p.name for p in paths) == names
    saved = json.loads((raw / "var2196_domain6200.json").read_text(encoding="utf-8"))
    assert set(saved) == {"domain", "var", "diunduh", "response"}
    assert saved["domain"] == "6200" and saved["var"] == 2196 and saved["response"] == load("ikg_2196_6200.json")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", saved["diunduh"])
    assert all(KEY.encode() not in p.read_bytes() for p in raw.iterdir())

    got = bps.baca_folder(raw)
    d = saved["diunduh"]
    expected = pd.concat([bps.parse_response(load("ikg_2196_6200.json"), "6200", d),
                          bps.parse_response(load("tpak_2200_6200.json"), "6200", d),
                          bps.parse_response(load("ipg_463_0000.json"), "0000", d)])
    expected = expected.sort_values(["indikator", "kode_bps", "tahun", "jenis_kelamin"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) == 4 + 27 + 10


# --------------------------------------------------------------------------------------------------- CLI

def test_cli_missing_key_exit_1_one_sentence(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("BPS_API_KEY", raising=False)
    rebuilt = []
    monkeypatch.setattr(ambil, "bangun_ulang", lambda: rebuilt.append(1) or "")
    rc = ambil.main(["fetch", "--var", "2196", "--domain", "6200", "--raw-dir", str(tmp_path / "r")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert err == MISSING_KEY_MSG + "\n" and out == ""
    assert rebuilt == [] and not (tmp_path / "r").exists()


def test_cli_network_failure_no_traceback_no_key(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BPS_API_KEY", KEY)
    s = FakeSession({(2196, "6200"): requests.ConnectionError(f"url /key/{KEY}/")})
    monkeypatch.setattr(bps.requests, "Session", lambda: s)
    monkeypatch.setattr(ambil, "bangun_ulang", lambda: pytest.fail("rebuild after a failed fetch"))
    rc = ambil.main(["fetch", "--var", "2196", "--domain", "6200", "--raw-dir", str(tmp_path / "r")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert err.count("\n") == 1 and err.startswith("Gagal menghubungi WebAPI BPS")
    assert "Traceback" not in err + out and KEY not in err + out


def test_cli_success_then_rebuild(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BPS_API_KEY", KEY)
    s = FakeSession({(2196, "6200"): ok("ikg_2196_6200.json"), (2196, "0000"): ok("ikg_2196_6200.json")})
    monkeypatch.setattr(bps.requests, "Session", lambda: s)
    rebuilt = []
    monkeypatch.setattr(ambil, "bangun_ulang", lambda: rebuilt.append(sorted(p.name for p in raw.iterdir()))
                        or "CSV bersih dibangun ulang.")
    raw = tmp_path / "r"
    rc = ambil.main(["fetch", "--var", "2196", "--raw-dir", str(raw)])  # default domains 6200 and 0000
    out, err = capsys.readouterr()
    assert rc == 0 and err == ""
    assert rebuilt == [["var2196_domain0000.json", "var2196_domain6200.json"]]  # rebuilt after the write
    assert "2 berkas" in out and KEY not in out


def test_cli_rebuild_failure_is_one_sentence(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BPS_API_KEY", KEY)
    monkeypatch.setattr(bps.requests, "Session", lambda: FakeSession({(2196, "6200"): ok("ikg_2196_6200.json")}))

    def boom():
        raise RuntimeError("kolom hilang")
    monkeypatch.setattr(ambil, "bangun_ulang", boom)
    rc = ambil.main(["fetch", "--var", "2196", "--domain", "6200", "--raw-dir", str(tmp_path / "r")])
    _, err = capsys.readouterr()
    assert rc == 1 and err.startswith("Data mentah BPS tersimpan") and err.count("\n") == 1
    assert (tmp_path / "r" / "var2196_domain6200.json").exists()


def test_cli_vars(monkeypatch, capsys):
    monkeypatch.setenv("BPS_API_KEY", KEY)
    s = FakeSession({1: ok("vars_6200_page1.json"), 2: ok("vars_6200_page2.json")})
    monkeypatch.setattr(bps.requests, "Session", lambda: s)
    assert ambil.main(["vars", "--domain", "6200"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["2196\tIndeks Ketimpangan Gender (FIXTURE)\t-> ikg", "999999\tVariabel Lain (FIXTURE)",
                     "2200\tTPAK Menurut Jenis Kelamin (FIXTURE)\t-> tpak_agustus"]
    assert "/domain/6200/" in s.calls[0][0]
