"""The app's store: one ``GraphStore`` per app and worker process, made on first use (after the fork).

Every blueprint reads through it (``get_store``): the pages, the dumps' metadata, the query page and ``/sparql``;
none opens the engine itself. Each store version is told apart by ``generation()``, on which the caches key
(``per_generation``).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from flask import Flask, current_app

from fmkg.store.access import GraphStore, open_store

__all__ = ["get_store", "close_store", "per_generation"]

_LOCK = threading.Lock()
T = TypeVar("T")


def get_store(app: Flask | None = None) -> GraphStore:
    """The store of this app in this process."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    store = app.extensions.get("fmkg.store")
    if store is None or store.pid != os.getpid():
        with _LOCK:
            store = app.extensions.get("fmkg.store")
            if store is None or store.pid != os.getpid():
                store = open_store(app.config["FMKG"])
                app.extensions["fmkg.store"] = store
                weakref.finalize(app, store.close)  # an app dropped without close_store stops its executors too
    return store


def close_store(app: Flask) -> None:
    """Stop what the app's store runs (its executor processes); tests, and a worker's shutdown."""
    store = app.extensions.pop("fmkg.store", None)
    if store is not None:
        store.close()


def per_generation(cache: dict[Hashable, Any], key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` once per store generation (and ``key``): a build or a load makes the next request recompute.

    Only the latest generation is kept: a worker serves one store.
    """
    full_key = (get_store().generation(), key)
    if full_key not in cache:
        value = compute()
        cache.clear()
        cache[full_key] = value
    return cache[full_key]
