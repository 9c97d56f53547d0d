"""One read-only handle on the store per worker process, opened lazily after the fork.

Linked-data pages, dumps metadata and the query page read the store through ``get_store``; the SPARQL
endpoint runs user queries through its time-limited executor instead. Both reopen the store when a build or
load has replaced it (``fmkg.store.StoreHandle``).
"""

from __future__ import annotations

import os

import pyoxigraph as ox
from flask import Flask, current_app

from fmkg.store import StoreHandle

_handles: dict[tuple[int, str], StoreHandle] = {}


def get_store(app: Flask | None = None) -> ox.Store:
    """The store of this app in this process (raises ``fmkg.store.StoreMissing`` when not built)."""
    settings = (app or current_app).config["FMKG"]
    key = (os.getpid(), str(settings.store))
    if key not in _handles:
        _handles[key] = StoreHandle(settings.store)
    return _handles[key].get()
