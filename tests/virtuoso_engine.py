"""Virtuoso 7 processes for the test run on Virtuoso (``make test-virtuoso``, ``FMKG_TEST_ENGINE=virtuoso``).

Each store the tests ask for gets a Virtuoso of its own (``deploy/virtuoso/virtuoso.sh``: its own database
directory, two ports of the range 18230-18299, no system service), copied from one template database made ready
once per session (a fresh database takes many seconds to create), and stopped by ``stop_all`` at the end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "deploy" / "virtuoso" / "virtuoso.sh"
PORTS = range(18230, 18300, 2)  # HTTP on the even port, SQL on the next
BUFFERS = "2000"  # 16 MB of pages per process: test stores are small
_running: dict[str, tuple[dict[str, str], str]] = {}  # key -> (its virtuoso.sh environment, its store URL)
_scratch: Path | None = None


def _free(port: int) -> bool:
    for candidate in (port, port + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", candidate))
            except OSError:
                return False
    return True


def _run(action: str, env: dict[str, str]) -> None:
    done = subprocess.run([str(SCRIPT), action], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=180)
    if done.returncode:
        raise RuntimeError(f"virtuoso.sh {action} failed: {(done.stderr or done.stdout).strip()[-2000:]}")


def _environment(directory: Path, template: Path | None = None) -> dict[str, str]:
    taken = {int(env["VIRTUOSO_HTTP_PORT"]) for env, _ in _running.values()}
    port = next((p for p in PORTS if p not in taken and _free(p)), None)
    if port is None:
        raise RuntimeError(f"no free pair of ports left in {PORTS.start}-{PORTS.stop - 1} for another Virtuoso")
    env = {"VIRTUOSO_DIR": str(directory), "VIRTUOSO_HTTP_PORT": str(port), "VIRTUOSO_SQL_PORT": str(port + 1),
           "VIRTUOSO_BUFFERS": BUFFERS}
    if template is not None:
        env["VIRTUOSO_TEMPLATE"] = str(template)
    return env


def _template() -> Path:
    """A database made ready (writer, endpoints, Virtuoso's own graphs hidden), stopped, to copy from."""
    global _scratch
    if _scratch is None:
        _scratch = Path(tempfile.mkdtemp(prefix="virtuoso-tests-"))
    template = _scratch / "template"
    if not (template / "fmkg-ready").exists():
        env = _environment(template)
        _run("start", env)
        _run("stop", env)
    return template


def engine(key: str) -> str:
    """The store URL (``sparql+http://writer:password@host:port/query``) of the Virtuoso kept for ``key``."""
    if key not in _running:
        template = _template()
        env = _environment(template.parent / f"db-{len(_running)}", template)
        _running[key] = (env, "")  # its ports are taken from here on, even if the start fails
        _run("start", env)
        _running[key] = (env, f"sparql+http://fmkg:fmkg@127.0.0.1:{env['VIRTUOSO_HTTP_PORT']}/query")
    return _running[key][1]


def stop_all() -> None:
    """Stop every Virtuoso started here and remove their databases."""
    global _scratch
    while _running:
        _, (env, _) = _running.popitem()
        try:
            _run("stop", env)
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
    if _scratch is not None:
        shutil.rmtree(_scratch, ignore_errors=True)
        _scratch = None
