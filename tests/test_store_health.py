"""A damaged store (data files partly overwritten) is said so, in one line, everywhere (issue 8, item 8).

``/health`` runs a real query and answers 503 with the reason every time; queries and pages answer 503, not
500; `fmkg serve` warns at start-up; `fmkg build` replaces the store (warning that loaded graphs are lost);
`fmkg load` says in one line what to do. Public messages show no absolute path.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from conftest import ROOT
from fmkg.store import check_store
from serve_helper import _wait_until_up, free_port, stop
from web_support import TRACEBACK_MARKERS, built_app

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def damage(store: Path) -> None:
    """Overwrite the first half of every larger data file (past its first bytes): checksums no longer match."""
    for table in sorted(store.glob("*.sst")):
        data = bytearray(table.read_bytes())
        if len(data) >= 10_000:
            data[100:len(data) // 2] = b"\xab" * (len(data) // 2 - 100)
            table.write_bytes(bytes(data))


@pytest.fixture()
def damaged(built_settings, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built_settings.store, store)
    damage(store)
    return store


def run_fmkg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fmkg.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def test_the_check_finds_the_damage(built_settings, damaged):
    assert check_store(built_settings.store) is None
    problem = check_store(damaged)
    assert problem and "cannot be read" in problem and "Corruption" in problem


def test_health_queries_and_pages_say_503_with_the_reason(built_settings, damaged, tmp_path):
    from dataclasses import replace

    app = built_app(replace(built_settings, store=damaged))
    client = app.test_client()
    try:
        for _ in range(3):  # every time, not from a cache
            response = client.get("/health")
            assert response.status_code == 503
            assert "Corruption" in response.get_json()["error"]
        for path in ("/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D", "/resource/gpt-4o",
                     "/ontology", "/resource/gpt-4o.ttl"):
            response = client.get(path)
            body = response.get_data(as_text=True)
            assert response.status_code == 503, (path, body[:300])
            assert str(tmp_path) not in body, body  # no absolute path in a public message
            assert not any(marker in body for marker in TRACEBACK_MARKERS)
    finally:
        from fmkg.web.store_access import close_store

        close_store(app)


def test_settings_and_missing_store_messages_show_no_absolute_path(built_settings, tmp_path):
    from dataclasses import replace

    client = built_app(replace(built_settings, store=tmp_path / "nowhere")).test_client()
    values = [v["value"] for v in client.get("/-/settings").get_json().values()]
    assert not any(isinstance(v, str) and v.startswith("/") for v in values), values
    for path in ("/health", "/sparql?query=ASK%7B%7D", "/resource/gpt-4o"):
        response = client.get(path)
        assert response.status_code == 503
        assert str(tmp_path) not in response.get_data(as_text=True)


def test_serve_warns_at_start_up(damaged):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "fmkg.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--store", str(damaged), "--workers", "1", "--threads", "1", "--access-log", "none"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url, process, 30)
        assert requests.get(url + "/health", timeout=30).status_code == 503
    finally:
        stop(process)
    log = process.stderr.read()
    warnings = [line for line in log.splitlines() if "warning" in line and "cannot be read" in line]
    assert warnings and "fmkg build" in warnings[0], log


def test_build_replaces_a_damaged_store_without_a_traceback(built_settings, damaged, tmp_path):
    done = run_fmkg("build", "--store", str(damaged), "--dist", str(tmp_path / "dist"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("fmkg build: warning")]
    assert len(warnings) == 1 and "cannot be read" in warnings[0] and "fmkg load" in warnings[0], done.stderr
    assert check_store(damaged) is None


def test_load_into_a_damaged_store_says_what_to_do(damaged):
    done = run_fmkg("load", "--store", str(damaged), "--skip-validation", str(FIXTURES / "ld_fixture.trig"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert "cannot be read" in lines[0] and "fmkg build" in lines[0], done.stderr
