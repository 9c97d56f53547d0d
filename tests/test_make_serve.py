"""`make serve` (issue 13): installs only what serving needs, and listens where FMKG_PORT / PORT / HOST say.

Read with ``make -n`` (commands printed, none run)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def dry_run(*args: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("PORT", "HOST", "FMKG_PORT", "FMKG_HOST")}
    result = subprocess.run(["make", "-n", *args], cwd=ROOT, env={**environ, **env}, capture_output=True,
                            text=True, timeout=60, check=True)
    return result.stdout


def serve_line(*args: str, **env: str) -> str:
    return next(line for line in dry_run("serve", *args, **env).splitlines() if "fmkg serve" in line).strip()


def test_serving_installs_no_test_tools() -> None:
    recipe = dry_run("-B", ".venv/.installed-serve")
    assert "pip install --quiet -e ." in recipe and "[test]" not in recipe
    assert "[test]" not in dry_run("-B", "dist/fmkg.ttl")


@pytest.mark.parametrize(("args", "env", "expected"), [
    ((), {}, ".venv/bin/fmkg serve"),  # fmkg serve's own defaults: FMKG_HOST/FMKG_PORT or 127.0.0.1:8000
    ((), {"FMKG_PORT": "9100"}, ".venv/bin/fmkg serve"),  # read by fmkg serve itself
    ((), {"PORT": "9200"}, ".venv/bin/fmkg serve --port 9200"),
    ((), {"PORT": "9200", "FMKG_PORT": "9100"}, ".venv/bin/fmkg serve"),  # the specific variable wins
    ((), {"HOST": "some-machine-name"}, ".venv/bin/fmkg serve"),  # a shell's HOST is not an address
    (("HOST=0.0.0.0", "PORT=9300"), {}, ".venv/bin/fmkg serve --host 0.0.0.0 --port 9300"),
])
def test_the_address_follows_the_variables(args: tuple, env: dict, expected: str) -> None:
    assert serve_line(*args, **env) == expected


def test_fmkg_serve_reads_fmkg_port_itself() -> None:
    from fmkg.config import Settings

    assert Settings.from_env({"FMKG_PORT": "9100", "FMKG_HOST": "0.0.0.0"}).port == 9100
