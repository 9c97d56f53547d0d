"""Shared by the query-page tests: the real graph built once per session, and a real `fmkg serve` over it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyoxigraph as ox
import pytest

from conftest import ROOT, repository_settings
from fmkg.config import Settings
from serve_helper import running_server

REPO = ROOT
DOCUMENTS = ROOT / "data" / "documents"


@dataclass(frozen=True)
class BuiltGraph:
    settings: Settings

    @property
    def store(self) -> ox.Store:
        return ox.Store.read_only(str(self.settings.store))


_built: dict[str, BuiltGraph] = {}


def built_graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    """The graph of this test session, built by `fmkg build` once, whichever module asks first."""
    if "graph" not in _built:
        from fmkg.pipeline import build

        settings = repository_settings(tmp_path_factory.mktemp("ui-graph"))
        build(settings)
        _built["graph"] = BuiltGraph(settings)
    return _built["graph"]


def document_texts() -> dict[str, str]:
    """The source documents by their IRI."""
    return {f"https://w3id.org/fmkg/document/{p.stem}": p.read_text(encoding="utf-8")
            for p in sorted(DOCUMENTS.glob("*.txt"))}


@contextmanager
def live_server(graph: BuiltGraph) -> Iterator[str]:
    """A real `fmkg serve` on a free loopback port over the built store; yields its base URL."""
    settings = graph.settings
    env = {"FMKG_DIST": str(settings.dist), "FMKG_QUERIES": str(settings.queries), "FMKG_WORKERS": "1"}
    with running_server(settings.store, env=env) as url:
        yield url
