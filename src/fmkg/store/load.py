"""``fmkg load``: add RDF files from elsewhere to the store, each in a named graph, validated first.

All or nothing: every file is parsed, and the whole is validated, before anything is stored. The quads are
then written into a checkpoint of the store (RocksDB hard-links its files, so the copy is instant) and the
checkpoint is swapped in place of the store, as a build does: a running server never reads a store that is
being written, sees the new one on its next query, and a failure leaves the store as it was.

Validation is the caller's (``fmkg.pipeline.load_files`` hands in a ``Checker``); this module gives it the data in
context: the files' quads, plus what the store already says about their subjects (so a second English label of a
stored entity is caught), plus the types of every IRI they point to (so ``fm:developedBy fmr:openai`` finds the
stored organization).
"""

from __future__ import annotations

import shutil
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from fmkg.config import Settings
from fmkg.formats import by_file_suffix, rdf_file_suffixes
from fmkg.iri import Iris
from fmkg.store import (
    check_store,
    named_quad_count,
    record_size,
    refresh_union,
    store_failure,
    store_lock,
    swap_directory,
)
from fmkg.validate import ValidationResult
from fmkg.vocab import RDF

__all__ = ["LoadError", "LoadRejected", "LoadedFile", "Checker", "loaded_graph", "read_file", "load_files",
           "check_xml_entities", "time_limit", "LoadPlan", "read_files", "check_in_context"]

RDF_TYPE = ox.NamedNode(RDF + "type")
# Validates the files' quads in their context (what the store says around them); LoadRejected when they fail.
Checker = Callable[[Sequence[ox.Quad], Sequence[ox.Triple]], ValidationResult]


class LoadError(Exception):
    """A file that cannot be read: missing, of an unknown syntax, or not parsing. Nothing was stored."""


class LoadTimeout(LoadError):
    """Reading or validating the files took longer than ``load_timeout``. Nothing was stored."""


class LoadRejected(Exception):
    """The files violate the SHACL shapes; ``result`` holds the report. Nothing was stored."""

    def __init__(self, result: ValidationResult) -> None:
        super().__init__(result.text)
        self.result = result


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    graph: str
    quads: int


def loaded_graph(path: Path, base: str) -> str:
    """The named graph a file goes to by default: ``{base}graph/loaded/{slug of the file name}``.

    >>> loaded_graph(Path("data/Extra Models.ttl"), "https://w3id.org/fmkg/")
    'https://w3id.org/fmkg/graph/loaded/extra-models'
    """
    return Iris(base).loaded_graph(path.stem)


def read_file(path: Path, graph: str, max_bytes: int | None = None) -> list[ox.Quad]:
    """The file's statements, all in ``graph`` (named graphs of a TriG or N-Quads file are merged into it).

    ``max_bytes``: a larger file is refused, and so is an RDF/XML file whose entities would expand past it
    (``check_xml_entities``).
    """
    fmt = by_file_suffix(path.suffix)
    if fmt is None or not isinstance(fmt.engine, ox.RdfFormat):
        raise LoadError(f"{path}: unknown RDF syntax {path.suffix!r}; use one of {', '.join(rdf_file_suffixes())}")
    syntax = fmt.engine
    target = ox.NamedNode(graph)
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise LoadError(f"{path}: {size} bytes, more than the {max_bytes} bytes `fmkg load` reads "
                            "(FMKG_LOAD_MAX_BYTES)")
        if syntax == ox.RdfFormat.RDF_XML:
            check_xml_entities(path, max_bytes if max_bytes is not None else size * 4 + 1_000_000)
        parsed = ox.parse(path=str(path), format=syntax, base_iri=path.resolve().as_uri(), rename_blank_nodes=True)
        quads: dict[ox.Quad, None] = {}
        for count, q in enumerate(parsed):
            quads[ox.Quad(q.subject, q.predicate, q.object, target)] = None
            if count % 4096 == 0:
                check_deadline()
        return list(quads)
    except SyntaxError as error:
        raise LoadError(f"{path}: not valid {syntax.name}: {error}") from error
    except OSError as error:
        raise LoadError(f"{path}: {error.strerror or error}") from error


class _RootReached(Exception):
    pass


def check_xml_entities(path: Path, max_expansion: int) -> None:
    """Refuse the XML entities that make a parser expand a small file into gigabytes, or read other files.

    The document type declaration (before the root element: nothing after it is read here) may declare
    internal entities, as ontology editors write them (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``),
    but none that refers to another entity (the "billion laughs"), no external or parameter entity, and
    not so many references to long ones that their text would pass ``max_expansion`` characters.
    """
    import xml.parsers.expat as expat

    entities: dict[str, int] = {}

    def declared(name, is_parameter, value, base, system_id, public_id, notation) -> None:  # noqa: ANN001
        if is_parameter or value is None:
            raise LoadError(f"{path}: the XML declares the {'parameter' if is_parameter else 'external'} entity "
                            f"{name!r}; `fmkg load` reads no entity of that kind")
        if "&" in value or "%" in value:
            raise LoadError(f"{path}: the XML entity {name!r} refers to other entities (nested entities can "
                            "expand without bound); write the text out instead")
        entities[name] = len(value)

    def root(*_: object) -> None:
        raise _RootReached

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = declared
    parser.StartElementHandler = root
    with open(path, "rb") as handle:
        try:
            while chunk := handle.read(1 << 16):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _RootReached:
            pass
        except expat.ExpatError as error:
            raise LoadError(f"{path}: not valid XML: {expat.ErrorString(error.code)} at line {error.lineno}, "
                            f"column {error.offset}") from None
        if not entities:
            return
        handle.seek(0)
        references = sum(chunk.count(b"&") for chunk in iter(lambda: handle.read(1 << 20), b""))
    if references * max(entities.values()) > max_expansion:
        raise LoadError(f"{path}: its XML entities could expand to {references * max(entities.values())} "
                        f"characters, more than {max_expansion} (FMKG_LOAD_MAX_BYTES)")


_deadline: list[tuple[float, float]] = []  # (monotonic deadline, seconds) of the time_limit in force


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """LoadTimeout once ``seconds`` have passed (0: no limit).

    Reading checks the deadline between statements (``check_deadline``), whatever the thread; in the main
    thread a timer signal also interrupts what reads no statements (SHACL validation).
    """
    if seconds <= 0:
        yield
        return

    def expired(*_: object) -> None:
        # Raised where the signal lands; that can be a gc callback or __del__, which swallow it: ring again.
        signal.setitimer(signal.ITIMER_REAL, 0.25)
        raise _timeout(seconds)

    _deadline.append((time.monotonic() + seconds, seconds))
    in_main = threading.current_thread() is threading.main_thread()
    if in_main:
        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if in_main:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _deadline.pop()


def _timeout(seconds: float) -> LoadTimeout:
    return LoadTimeout(f"reading and validating the files took longer than {seconds:g} s, the limit "
                       "(FMKG_LOAD_TIMEOUT)")


def check_deadline() -> None:
    """Raise LoadTimeout when the innermost ``time_limit`` has passed."""
    if _deadline and time.monotonic() > _deadline[-1][0]:
        raise _timeout(_deadline[-1][1])


# --- validation in context ---------------------------------------------------------------------------

def _context(quads: Sequence[ox.Quad], store: ox.Store) -> list[ox.Triple]:
    """What the store says about the files' subjects, and the types of the IRIs all of that points to."""
    subjects = {q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}
    about = [q.triple for s in subjects for q in store.quads_for_pattern(s, None, None)]
    targets = {t.object for t in [*(q.triple for q in quads), *about] if isinstance(t.object, ox.NamedNode)}
    types = [q.triple for o in targets for q in store.quads_for_pattern(o, RDF_TYPE, None)]
    return about + types


# --- writing -----------------------------------------------------------------------------------------

def _checkpoint(store_path: Path, target: Path) -> ox.Store:
    """A writable copy of the store at ``target`` (an empty store if there is none yet)."""
    shutil.rmtree(target, ignore_errors=True)
    if (store_path / "CURRENT").exists():
        ox.Store.read_only(str(store_path)).backup(str(target))
    return ox.Store(str(target))


def _clear(store: ox.Store, graphs: Iterable[str]) -> None:
    for graph in map(ox.NamedNode, graphs):
        if store.contains_named_graph(graph):
            store.remove_graph(graph)


def _read_all(paths: Sequence[Path], targets: Sequence[str], max_bytes: int | None = None) -> list[list[ox.Quad]]:
    """Every file parsed; every file that fails is reported, not only the first."""
    parsed, errors = [], []
    for path, target in zip(paths, targets, strict=True):
        try:
            parsed.append(read_file(path, target, max_bytes))
        except LoadTimeout:
            raise
        except LoadError as error:
            errors.append(str(error))
    if errors:
        raise LoadError("\n".join(errors))
    return parsed


@dataclass(frozen=True)
class LoadPlan:
    """The files of one `fmkg load`, read: their target graphs, each file's quads, and all quads once."""

    paths: Sequence[Path]
    targets: list[str]
    parsed: list[list[ox.Quad]]
    quads: list[ox.Quad]

    def loaded(self) -> list[LoadedFile]:
        return [LoadedFile(path, target, len(file_quads))
                for path, target, file_quads in zip(self.paths, self.targets, self.parsed, strict=True)]


def read_files(paths: Sequence[Path], settings: Settings, graph: str | None = None) -> LoadPlan:
    """Parse ``paths`` within ``load_timeout``; ``graph``: one named graph for every file (default: one per file,
    see ``loaded_graph``). Raises LoadError."""
    targets = [graph or loaded_graph(path, settings.base_uri) for path in paths]
    with time_limit(settings.load_timeout):
        parsed = _read_all(paths, targets, settings.load_max_bytes)
    return LoadPlan(paths, targets, parsed, list(dict.fromkeys(q for file_quads in parsed for q in file_quads)))


def check_in_context(plan: LoadPlan, settings: Settings, check: Checker | None,
                     context: Callable[[], Sequence[ox.Triple]]) -> None:
    """Validate the files' quads in ``context()`` (what the store says around them) within a fresh
    ``load_timeout``; LoadRejected when they violate the shapes. ``check`` None: nothing to do."""
    if check is None:
        return
    with time_limit(settings.load_timeout):  # a fresh limit: the reading had its own
        result = check(plan.quads, context())
    if not result.conforms:
        raise LoadRejected(result)


def load_files(paths: Sequence[Path], settings: Settings, graph: str | None = None, check: Checker | None = None,
               replace: bool = False) -> tuple[list[LoadedFile], int]:
    """Parse, check and store ``paths`` in the on-disk store; returns what each file added and the store's size.

    ``graph``: one named graph for every file (default: one per file, see ``loaded_graph``). ``check``: validates
    the files in context (None: stored unchecked). ``replace``: empty the target graphs first (to reload a changed
    file). Raises LoadError or LoadRejected, storing nothing.

    Checked files are all read before anything is written (the check needs them together). Unchecked files go
    into the store's checkpoint one at a time as they are read, so memory holds one file, not all of them: ten
    million quads as Python objects would not fit on a small machine. Either way nothing is stored unless every
    file reads (each failing file is reported) and the checkpoint is swapped in only at the end.
    """
    targets = [graph or loaded_graph(path, settings.base_uri) for path in paths]
    plan = read_files(paths, settings, graph) if check is not None else None
    store_path = settings.store
    fresh_path = store_path.with_name(store_path.name + ".loading")
    with store_lock(store_path):  # the lock `fmkg build` takes too
        problem = check_store(store_path) if (store_path / "CURRENT").exists() else None
        if problem:
            raise LoadError(f"{problem}; run `fmkg build` to replace it, then load the files again")
        try:
            fresh = _checkpoint(store_path, fresh_path)
        except (RuntimeError, OSError) as error:
            if not store_failure(error):
                raise
            raise LoadError(f"the store at {store_path} cannot be read ({error}); run `fmkg build` to replace "
                            "it, then load the files again") from None
        try:
            if replace:
                _clear(fresh, set(targets))
            if plan is not None:
                check_in_context(plan, settings, check, partial(_context, plan.quads, fresh))
                fresh.extend(_with_union(plan.quads))  # one transaction
                loaded = plan.loaded()
            else:
                with time_limit(settings.load_timeout):  # reading and writing, file by file
                    counts = _write_each(fresh, paths, targets, settings.load_max_bytes)
                loaded = [LoadedFile(path, target, count)
                          for path, target, count in zip(paths, targets, counts, strict=True)]
            if replace:  # graphs were emptied: their triples may have left the union
                refresh_union(fresh)
            fresh.flush()
            size = named_quad_count(fresh)
        except BaseException as error:
            # the failed check's frames still hold the checkpoint (its RocksDB threads could write into the
            # directory while it is removed, leaving it behind): drop them before removing it
            traceback.clear_frames(error.__traceback__)
            del fresh
            shutil.rmtree(fresh_path, ignore_errors=True)
            raise
        del fresh  # closed before the swap
        record_size(fresh_path, size)
        swap_directory(fresh_path, store_path)
    return loaded, size


def _write_each(fresh: ox.Store, paths: Sequence[Path], targets: Sequence[str], max_bytes: int | None) -> list[int]:
    """Each file read and added to ``fresh`` before the next is read; LoadError naming every file that fails."""
    counts, errors = [], []
    for path, target in zip(paths, targets, strict=True):
        try:
            quads = read_file(path, target, max_bytes)
        except LoadTimeout:
            raise
        except LoadError as error:
            errors.append(str(error))
            continue
        if not errors:  # past a failure nothing will be stored: only read on, to report every bad file
            fresh.extend(_with_union(quads))
        counts.append(len(quads))
    if errors:
        raise LoadError("\n".join(errors))
    return counts


def _with_union(quads: Sequence[ox.Quad]) -> Iterator[ox.Quad]:
    """The quads and their triples in the default graph: a load only adds graphs, so the union (the default
    graph) grows by exactly these triples. Recomputing it over the whole store instead was one update of every
    quad: on ten million, over 45 minutes and 8 GB."""
    for quad in quads:
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())
