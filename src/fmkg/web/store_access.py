"""One read-only handle on the store per worker process, opened lazily after the fork.

Linked-data pages, dumps metadata and the query page read the store through ``get_store``; the SPARQL
endpoint runs user queries through its time-limited executor instead. Both reopen the store when a build or
load has replaced it (``fmkg.store.StoreHandle``).
"""

from __future__ import annotations

import os

import pyoxigraph as ox
from flask import Flask, current_app

from fmkg.store import StoreHandle, StoreMissing, check_store

_handles: dict[tuple[int, str], StoreHandle] = {}


class _CheckedStore(StoreHandle):
    """A store handle that checks each store it opens (``check_store``): a damaged one is refused, not read.

    pyoxigraph can hang on some queries over damaged files; the check runs in a child process with a time limit.
    """

    problem: str | None = None

    def get(self) -> ox.Store:
        store = super().get()
        if self.problem:
            raise StoreMissing(self.problem)
        return store

    def opened(self) -> None:
        self.problem = check_store(self.path, timeout=15.0)


def get_store(app: Flask | None = None) -> ox.Store:
    """The store of this app in this process (raises ``fmkg.store.StoreMissing`` when not built)."""
    settings = (app or current_app).config["FMKG"]
    key = (os.getpid(), str(settings.store))
    if key not in _handles:
        _handles[key] = _CheckedStore(settings.store)
    return _handles[key].get()
