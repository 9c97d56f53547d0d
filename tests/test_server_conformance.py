"""A real ``fmkg serve`` passes the project's SPARQL 1.1 Protocol conformance checker with no failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from serve_helper import build_store, running_server

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[1]
SHARED_CHECKER = REPO.parent / "shared" / "conformance" / "sparql_protocol_check.py"
COPY = REPO / "tests" / "conformance" / "sparql_protocol_check.py"


def checker() -> Path:
    """The shared checker beside the repository (as in CI), else the repository's copy of it."""
    return SHARED_CHECKER if SHARED_CHECKER.exists() else COPY


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("conformance") / "store")
    with running_server(store, "--workers", "2", "--threads", "2") as url:
        yield url + "/sparql"


def test_conformance_checker_reports_no_failure(endpoint):
    done = subprocess.run([sys.executable, str(checker()), "--endpoint", endpoint, "--timeout", "30"],
                          capture_output=True, text=True, timeout=300)
    last = done.stdout.strip().splitlines()[-1]
    failures = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    assert last.endswith(" 0 failed"), "\n".join(failures) or done.stdout + done.stderr
    assert done.returncode == 0


def test_the_copy_of_the_checker_is_up_to_date():
    if not SHARED_CHECKER.exists():
        pytest.skip("no shared/ beside the repository")
    assert COPY.read_bytes() == SHARED_CHECKER.read_bytes(), "copy shared/conformance/sparql_protocol_check.py again"
