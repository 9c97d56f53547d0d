"""Many documents' extractions at once, on several processes when there are enough of them."""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fmkg.extract.analysis import pipeline as language_pipeline
from fmkg.extract.document import read_document
from fmkg.extract.facts import Extraction
from fmkg.extract.pipeline import extract
from fmkg.extract.rules import Rules

__all__ = ["extract_all"]

# Below this many documents a second process costs more than it saves.
_PARALLEL_FROM = 16
_RULES: Rules | None = None  # the rules of a worker process, inherited from the parent by fork


def extract_all(paths: list[Path], rules: Rules, processes: int = 1) -> list[Extraction]:
    """Each document's extraction, in the order given; on several processes (forked, so each starts with the
    rules and the language pipeline already loaded) when there are enough documents."""
    if processes <= 1 or len(paths) < _PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        return [extract(read_document(path), rules) for path in paths]
    global _RULES
    _RULES = rules
    language_pipeline()  # load once in the parent: the children share it
    with ProcessPoolExecutor(processes, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(_extract_one, paths, chunksize=max(1, len(paths) // (processes * 4))))


def _extract_one(path: Path) -> Extraction:
    assert _RULES is not None
    return extract(read_document(path), _RULES)
