"""The reference deployment for scale (deploy/replicas/): nginx in front of `fmkg serve` replicas, each on its own
copy of a built store. Needs Debian's nginx (`make test` installs it as root); skipped without it."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from serve_helper import SLOW, build_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy" / "replicas"))

import replicas  # noqa: E402

pytestmark = [pytest.mark.server,
              pytest.mark.skipif(not Path(replicas.NGINX).exists(),
                                 reason="nginx is not installed (apt-get install nginx; `make test` does it as root)")]

# Ports of the helper range kept for these tests: the balancer, and the replicas after it.
PORT = 18260
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
SETTINGS = {"FMKG_QUERY_PROCESSES": "1", "FMKG_ACCESS_LOG": "none", "FMKG_QUERY_TIMEOUT": "3"}


def test_reference_nginx_config_passes_nginx_t(tmp_path: Path) -> None:
    config = replicas.nginx_config(tmp_path, PORT, [PORT + 1, PORT + 2])
    checked = replicas.nginx_test(config)
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr


@pytest.fixture(scope="module")
def balanced(tmp_path_factory: pytest.TempPathFactory):
    store = build_store(tmp_path_factory.mktemp("replicas") / "store")
    work = tmp_path_factory.mktemp("deployment")
    with replicas.deployment(str(store), work, replicas=2, port=PORT, workers=1, env=SETTINGS,
                             client_queries=1) as running:
        yield running, work


def count(base: str) -> requests.Response:
    return requests.get(base + "/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"}, timeout=30)


def test_balancer_gives_the_same_answer_as_a_replica(balanced) -> None:
    running, _ = balanced
    direct = count(f"http://127.0.0.1:{running.ports[0]}")
    through = [count(running.base) for _ in range(4)]
    assert direct.status_code == 200 and int(direct.text.split()[1]) > 0
    assert {(r.status_code, r.text) for r in through} == {(200, direct.text)}


def test_each_replica_serves_its_own_copy_of_the_store(balanced) -> None:
    _, work = balanced
    assert all((work / f"replica-{i}" / "store" / "CURRENT").exists() for i in (1, 2))


def test_balancer_limits_concurrent_queries_per_client(balanced) -> None:
    running, _ = balanced
    slow = threading.Thread(target=lambda: requests.post(running.base + "/sparql", data={"query": SLOW}, timeout=30))
    slow.start()
    time.sleep(0.5)  # the slow query holds this client's one slot at the balancer
    second = count(running.base)
    slow.join()
    assert second.status_code == 429


def test_balancer_answers_when_a_replica_is_down(balanced) -> None:
    running, _ = balanced
    running.replicas[1].kill()
    running.replicas[1].wait()
    answers = [count(running.base) for _ in range(4)]
    assert [r.status_code for r in answers] == [200] * 4
