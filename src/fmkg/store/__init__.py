"""The on-disk Oxigraph store: opened read-only by server workers, replaced atomically by a build.

A build writes a complete new store beside the old one and swaps the directories, so a failed build, or a
reader that still has the old store open, never sees a half-written store.

The store's default graph holds the union of its named graphs, each triple once (``refresh_union``): a query
without FROM or GRAPH sees the RDF merge of every graph, as SPARQL defines it. (Oxigraph's own union
default graph repeats a triple once per graph that holds it.)
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

__all__ = ["open_read_only", "StoreHandle", "replace_store", "StoreMissing", "store_lock", "swap_directory",
           "refresh_union", "named_quad_count", "store_failure", "check_store", "record_size", "recorded_size"]

# How RocksDB (through pyoxigraph, as RuntimeError or OSError) says a store's files cannot be read.
_FAILURES = ("Corruption", "IO error", "Invalid argument", "Not implemented", "Incomplete")


class StoreMissing(RuntimeError):
    """The store directory does not exist or holds no Oxigraph store."""


def store_failure(error: BaseException | str) -> bool:
    """Whether ``error`` (or an error message) says the store's files cannot be read (damaged, unreadable)."""
    if isinstance(error, str):
        return error.startswith(_FAILURES)
    return isinstance(error, OSError | RuntimeError) and str(error).startswith(_FAILURES)


_CHECK = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
sum(1 for _ in store.named_graphs())
for query in ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"):
    list(store.query(query))
"""


def check_store(path: Path | str, timeout: float = 20.0) -> str | None:
    """``None`` when the store at ``path`` opens and answers a query; otherwise what is wrong, in one line.

    The check runs in a child process: a damaged store can make a query hang (it is stopped after ``timeout``),
    and the caller (the server's master process, a build) keeps no handle on the store.
    """
    path = Path(path)
    if not (path / "CURRENT").exists():
        return f"no store at {path} (run `fmkg build`)"
    try:
        done = subprocess.run([sys.executable, "-c", _CHECK, str(path)], capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"the store at {path} did not answer a test query within {timeout:g} s: it may be damaged"
    if done.returncode == 0:
        return None
    lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
    reason = lines[-1].split(": ", 1)[-1] if lines[-1].startswith(("RuntimeError", "OSError")) else lines[-1]
    return f"the store at {path} cannot be read: {reason}"


def open_read_only(path: Path | str) -> ox.Store:
    """Open an existing store for reading; many processes may do this at once."""
    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreMissing(f"no store at {path}: run `fmkg build` first")
    return ox.Store.read_only(str(path))


class StoreHandle:
    """A read-only store, reopened when `fmkg build` or `fmkg load` has swapped in another directory."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.key: tuple[int, ...] | None = None
        self.store: ox.Store | None = None

    def _key(self) -> tuple[int, ...]:
        try:
            outer, current = os.stat(self.path), os.stat(os.path.join(self.path, "CURRENT"))
        except FileNotFoundError:
            raise StoreMissing(f"no store at {self.path}: run `fmkg build` first") from None
        return outer.st_dev, outer.st_ino, current.st_ino, current.st_mtime_ns

    def get(self) -> ox.Store:
        key = self._key()
        if key != self.key or self.store is None:
            self.store, self.key = self._open(), key
            self.opened()
        return self.store

    def _open(self) -> ox.Store:
        """The store as queries will read it (a subclass may copy it into memory)."""
        return open_read_only(self.path)

    def opened(self) -> None:
        """Called after each (re)open: a subclass drops what it cached about the old store."""


@contextmanager
def store_lock(path: Path | str) -> Iterator[None]:
    """One writer at a time on a store (`fmkg build`, `fmkg load`): another waits for the lock."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def swap_directory(fresh: Path, target: Path) -> None:
    """Put the complete directory ``fresh`` in place of ``target``; the old one is removed only after."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def replace_store(path: Path | str, quads: Iterable[ox.Quad],
                  keep: Callable[[ox.NamedNode | ox.DefaultGraph], bool] | None = None,
                  warn: Callable[[str], None] | None = None) -> int:
    """Write ``quads`` into a fresh store and swap it in place of the one at ``path``.

    ``keep`` names graphs of the current store to carry over (a build keeps what `fmkg load` added).
    Returns the number of quads stored. The old store is kept until the new one is complete.

    A current store that cannot be read (damaged files) is replaced all the same, without the graphs ``keep``
    names: ``warn`` is told why in one line (without ``warn``, the error is raised).
    """
    path = Path(path)
    fresh = path.with_name(path.name + ".new")
    with store_lock(path):
        kept: list[ox.Quad] = []
        if keep and (path / "CURRENT").exists():
            problem = check_store(path)
            try:
                if problem:
                    raise RuntimeError(problem)
                current = ox.Store.read_only(str(path))
                kept = [q for q in current if keep(q.graph_name)]
                del current
            except (RuntimeError, OSError) as error:
                if warn is None or not (problem or store_failure(error)):
                    raise
                warn(f"{problem or f'the store at {path} cannot be read: {error}'}; it is replaced by the new "
                     "build, and the graphs added to it by `fmkg load` must be loaded again")
        shutil.rmtree(fresh, ignore_errors=True)
        store = ox.Store(str(fresh))
        store.bulk_extend(quads)
        store.bulk_extend(kept)
        refresh_union(store, keep_default=True)
        store.flush()
        count = named_quad_count(store)
        del store
        record_size(fresh, count)
        swap_directory(fresh, path)
    return count


_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def refresh_union(store: ox.Store, *, keep_default: bool = False) -> None:
    """Make the default graph the set union of the named graphs (after any change to them).

    ``keep_default``: add to what the default graph already holds (a fresh store given default-graph quads).
    """
    store.update(_UNION if keep_default else "CLEAR SILENT DEFAULT ; " + _UNION)


def named_quad_count(store: ox.Store) -> int:
    """Quads in the named graphs: the dataset's size, without the union kept in the default graph.

    Both counts are taken by the engine (a Python loop over the default graph took longer than /health's limit
    on a store of a million quads)."""
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, ox.QuerySolutions)  # a SELECT
    return int(next(iter(result))["n"].value)


# The dataset's size, counted once by the command that wrote the store (`fmkg build`, `fmkg load`) and kept in
# the store's directory, so that /health does not count 10M quads (more than its 5 s) on every new store.
_SIZE_FILE = "fmkg-size.json"


def record_size(path: Path | str, quads: int) -> None:
    """Keep ``quads`` (``named_quad_count``) with the closed store at ``path``, before it is swapped in.

    RocksDB leaves files it did not name alone. The record holds RocksDB's CURRENT file (the name of its
    manifest): a store written by anything else afterwards has another one, and its record is not trusted.
    """
    path = Path(path)
    current = (path / "CURRENT").read_text(encoding="utf-8")
    (path / _SIZE_FILE).write_text(json.dumps({"quads": quads, "current": current}) + "\n", encoding="utf-8")


def recorded_size(path: Path | str) -> int | None:
    """The size ``record_size`` kept for the store at ``path``; None if there is none or it may be stale."""
    path = Path(path)
    try:
        record = json.loads((path / _SIZE_FILE).read_text(encoding="utf-8"))
        current = (path / "CURRENT").read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("current") != current or not isinstance(record.get("quads"), int):
        return None
    return record["quads"]
