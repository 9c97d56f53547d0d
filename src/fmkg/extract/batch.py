"""Many documents' extractions at once, on several processes when there are enough of them, each read from a
cache of earlier extractions when it holds one made from the same document by the same rules and code."""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fmkg.extract.analysis import pipeline as language_pipeline
from fmkg.extract.document import Span, read_document
from fmkg.extract.facts import Extraction, Fact
from fmkg.extract.pipeline import extract
from fmkg.extract.rules import Rules

__all__ = ["extract_all"]

# Below this many documents a second process costs more than it saves.
_PARALLEL_FROM = 16
_RULES: Rules | None = None  # the rules of a worker process, inherited from the parent by fork


def extract_all(paths: list[Path], rules: Rules, processes: int = 1, cache: Path | None = None) -> list[Extraction]:
    """Each document's extraction, in the order given; on several processes (forked, so each starts with the
    rules and the language pipeline already loaded) when there are enough documents. With a ``cache`` directory,
    a document whose text, metadata, rules and extractor code are unchanged since an earlier extraction is not
    read again (extraction is deterministic: the facts are the same), and each new extraction is kept there."""
    if cache is None:
        return _extract_all(paths, rules, processes)
    keys = [_key(path, rules) for path in paths]
    found = [_read_cached(cache / f"{key}.json", path) for path, key in zip(paths, keys, strict=True)]
    missing = [i for i, extraction in enumerate(found) if extraction is None]
    for i, extraction in zip(missing, _extract_all([paths[i] for i in missing], rules, processes), strict=True):
        _write_cached(cache / f"{keys[i]}.json", extraction)
        found[i] = extraction
    return [extraction for extraction in found if extraction is not None]


def _extract_all(paths: list[Path], rules: Rules, processes: int) -> list[Extraction]:
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


def _key(path: Path, rules: Rules) -> str:
    """What an extraction depends on: the document's bytes and its metadata's, the rules and the code."""
    digest = hashlib.sha256(rules.digest.encode() + b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    meta = path.with_suffix(".meta.json")
    if meta.exists():
        digest.update(b"\0" + meta.read_bytes())
    return digest.hexdigest()


def _read_cached(file: Path, path: Path) -> Extraction | None:
    """The extraction kept in ``file``, or None when there is none or it cannot be read (it is then made again)."""
    try:
        facts = json.loads(file.read_text(encoding="utf-8"))
        document = read_document(path)
        return Extraction(document, [Fact(subject, predicate, value, kind, Span(start, end, document.text[start:end]),
                                          rule)
                                     for subject, predicate, value, kind, start, end, rule in facts])
    except (OSError, ValueError, TypeError):
        return None


def _write_cached(file: Path, extraction: Extraction) -> None:
    """Keep ``extraction`` in ``file``, written whole or not at all (a rename), so that no reader sees half."""
    facts = [[f.subject, f.predicate, f.value, f.kind, f.evidence.start, f.evidence.end, f.rule]
             for f in extraction.facts]
    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(facts, out, separators=(",", ":"))
    os.replace(temporary, file)
