"""deploy/w3id/.htaccess (issue 13): each rule, read by a small mod_rewrite reading (RewriteCond on Accept,
RewriteRule with R=), sends w3id IRIs to a path the app answers in the format asked for."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient

from fmkg.web import create_app
from ui_support import BuiltGraph, built_graph

HTACCESS = Path(__file__).resolve().parents[1] / "deploy" / "w3id" / ".htaccess"
HOST = "https://fmkg.example.org/"


def rules() -> list[tuple[list[re.Pattern], re.Pattern, str, int]]:
    """(Accept conditions, pattern, target, status) in file order."""
    parsed, conditions = [], []
    for line in HTACCESS.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if words[0] == "RewriteCond":
            assert words[1] == "%{HTTP_ACCEPT}" and words[3] == "[NC]", line
            conditions.append(re.compile(words[2], re.I))
        elif words[0] == "RewriteRule":
            status = int(re.search(r"R=(\d+)", words[3]).group(1))
            assert words[3].endswith(",L]"), line
            parsed.append((conditions, re.compile(words[1]), words[2], status))
            conditions = []
    return parsed


def redirect(path: str, accept: str) -> tuple[int, str]:
    """What w3id.org answers for https://w3id.org/fmkg/{path} (the part after fmkg/, as .htaccess sees it)."""
    for conditions, pattern, target, status in rules():
        match = pattern.match(path)
        if match and all(c.search(accept) for c in conditions):
            return status, match.expand(target.replace("$", "\\"))
    raise AssertionError(f"no rule for {path}")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    s: BuiltGraph = built_graph(tmp_path_factory)
    return create_app({"FMKG_STORE": s.settings.store, "FMKG_DIST": s.settings.dist, "TESTING": True}).test_client()


@pytest.mark.parametrize(("path", "accept", "status", "media_type"), [
    ("resource/gpt-4", "text/turtle", 303, "text/turtle"),
    ("resource/gpt-4", "application/ld+json", 303, "application/ld+json"),
    ("resource/gpt-4", "application/n-triples", 303, "application/n-triples"),
    ("resource/gpt-4", "application/rdf+xml", 303, "application/rdf+xml"),
    ("resource/gpt-4", "text/html,application/xhtml+xml,*/*;q=0.8", 303, "text/html"),
    ("ontology", "text/turtle", 303, "text/turtle"),
    ("ontology", "text/html", 303, "text/html"),
    ("dataset", "text/turtle", 303, "text/turtle"),
    ("sparql", "text/html", 307, "text/html"),
    ("dumps/fmkg.ttl", "*/*", 302, "text/turtle"),
    ("resource/", "text/html", 303, "text/html"),
])
def test_every_iri_lands_on_a_page_in_the_format_asked(client: FlaskClient, path: str, accept: str, status: int,
                                                        media_type: str) -> None:
    got_status, target = redirect(path, accept)
    assert got_status == status and target.startswith(HOST)
    response = client.get("/" + target[len(HOST):], headers={"Accept": accept}, follow_redirects=True)
    assert response.status_code == 200, (path, target)
    assert response.mimetype == media_type


def test_the_host_is_written_in_one_place_per_rule() -> None:
    hosts = {urlsplit(target).netloc for _, _, target, _ in rules()}
    assert hosts == {"fmkg.example.org"}
    readme = (HTACCESS.parent / "README.md").read_text(encoding="utf-8")
    assert "Maintainer" in readme and "fmkg.example.org" in readme
