"""Settings: defaults, overridden by ``FMKG_*`` environment variables, overridden by explicit values.

Every limit the server or the build obeys is a named setting here, with its default and its variable;
``settings_doc()`` writes the table the README shows (a test keeps the two in step).

Relative default paths (``var/store``, ``ontology``...) are resolved from the repository the package runs from,
so every command works from any directory; a path given in a variable or an option is taken as written
(relative to the working directory).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _repository() -> Path:
    """The checkout this package runs from (``pip install -e .``), else the working directory."""
    checkout = Path(__file__).resolve().parents[2]
    return checkout if (checkout / "pyproject.toml").is_file() and (checkout / "ontology").is_dir() else Path.cwd()


ROOT = _repository()
CANONICAL_BASE = "https://w3id.org/fmkg/"
# The vocabulary's namespace does not follow FMKG_BASE_URI: classes and properties keep their published IRIs
# (and the canned queries and other people's queries keep working) wherever the data is served.
CANONICAL_VOCAB = CANONICAL_BASE + "ontology#"


@dataclass(frozen=True)
class Settings:
    base_uri: str = field(default=CANONICAL_BASE, metadata={"env": "FMKG_BASE_URI",
                          "doc": "Base of every IRI fmkg mints (resources, documents, graphs, the ontology "
                                 "document); the vocabulary namespace stays put (FMKG_VOCAB_URI)."})
    store: Path = field(default=Path("var/store"), metadata={"env": "FMKG_STORE",
                        "doc": "Directory of the on-disk Oxigraph store."})
    store_url: str = field(default="", metadata={"env": "FMKG_STORE",
                           "doc": "A remote SPARQL 1.1 engine instead of the on-disk store: FMKG_STORE (or "
                                  "`--store`) set to `sparql+http://host:port/path` (or `sparql+https://`), the "
                                  "engine's query endpoint (README, Running on another engine)."})
    store_update: str = field(default="", metadata={"env": "FMKG_STORE_UPDATE",
                              "doc": "The remote engine's SPARQL Update endpoint (default: `.../update` beside "
                                     "a query endpoint ending in `/query`, else the query endpoint itself)."})
    store_gsp: str = field(default="", metadata={"env": "FMKG_STORE_GSP",
                           "doc": "The remote engine's Graph Store Protocol endpoint (default: `.../store` "
                                  "beside a query endpoint ending in `/query`, else none: graphs are written "
                                  "with SPARQL Update); `none` for none."})
    dist: Path = field(default=Path("dist"), metadata={"env": "FMKG_DIST",
                       "doc": "Directory the dumps are written to and served from."})
    documents: Path = field(default=Path("data/documents"), metadata={"env": "FMKG_DOCUMENTS",
                            "doc": "Directory of the source documents."})
    curated: Path = field(default=Path("data/curated"), metadata={"env": "FMKG_CURATED",
                          "doc": "Directory of curated RDF (facts that come from no document)."})
    ontology: Path = field(default=Path("ontology"), metadata={"env": "FMKG_ONTOLOGY",
                           "doc": "Directory of the ontology, the SHACL shapes and the extraction rules."})
    queries: Path = field(default=Path("queries"), metadata={"env": "FMKG_QUERIES",
                          "doc": "Directory of the canned SPARQL queries (`*.rq`) offered on the query page."})
    redirects: Path = field(default=Path("data/curated/redirects.tsv"), metadata={"env": "FMKG_REDIRECTS",
                            "doc": "TSV of renamed entities (old-slug, new-slug): `/resource/{old}` answers 301."})
    load_max_bytes: int = field(default=256_000_000, metadata={"env": "FMKG_LOAD_MAX_BYTES",
                                "doc": "Largest RDF file `fmkg load` reads, and the most text the entities of "
                                       "an RDF/XML file may expand to."})
    load_timeout: float = field(default=300.0, metadata={"env": "FMKG_LOAD_TIMEOUT",
                                "doc": "Seconds `fmkg load` may spend reading and validating its files before "
                                       "it stops, storing nothing (0 for no limit)."})
    describe_max_links: int = field(default=1000, metadata={"env": "FMKG_DESCRIBE_MAX_LINKS",
                                    "doc": "Most incoming links and provenance statements in one resource "
                                           "description (the rest via /sparql)."})
    cache_max_age: int = field(default=300, metadata={"env": "FMKG_CACHE_MAX_AGE",
                               "doc": "Seconds clients may cache linked-data pages and dumps (Cache-Control)."})
    query_timeout: float = field(default=10.0, metadata={"env": "FMKG_QUERY_TIMEOUT",
                                 "doc": "Seconds a SPARQL query may run before it is stopped (HTTP 503)."})
    max_body_bytes: int = field(default=1_000_000, metadata={"env": "FMKG_MAX_BODY_BYTES",
                                "doc": "Largest request body accepted by /sparql (HTTP 413 above it)."})
    max_result_bytes: int = field(default=200_000_000, metadata={"env": "FMKG_MAX_RESULT_BYTES",
                                  "doc": "Largest serialized result a query may return: a larger one is "
                                         "stopped (HTTP 503)."})
    workers: int = field(default=2, metadata={"env": "FMKG_WORKERS",
                         "doc": "Worker processes of `fmkg serve`."})
    threads: int = field(default=40, metadata={"env": "FMKG_THREADS",
                         "doc": "Request threads per worker. Queries hold at most `query_processes` + "
                                "`query_queue` of them; the rest are a lane for pages, dumps and /health."})
    query_processes: int = field(default=4, metadata={"env": "FMKG_QUERY_PROCESSES",
                                 "doc": "Query-engine processes per worker: how many queries one worker runs at "
                                        "once (plus one for short queries, one for /health)."})
    query_queue: int = field(default=28, metadata={"env": "FMKG_QUERY_QUEUE",
                             "doc": "Queries per worker that may wait for a busy engine; one more is answered "
                                    "503 with Retry-After at once."})
    query_lane_seconds: float = field(default=1.0, metadata={"env": "FMKG_QUERY_LANE_SECONDS",
                                      "doc": "Time limit of a query run, while every engine is busy, on the "
                                             "engine kept for short queries (503 with Retry-After above it; "
                                             "0: no such engine)."})
    memory_store_quads: int = field(default=0, metadata={"env": "FMKG_MEMORY_STORE_QUADS",
                                    "doc": "A store of at most this many quads (the union graph included) is "
                                           "copied into memory by each query process as it starts: about twice as "
                                           "fast on joins, aggregates and paths, for about 360 bytes of RAM and "
                                           "10 microseconds of CPU per quad per process (FMKG_WORKERS x "
                                           "(FMKG_QUERY_PROCESSES + 1) processes), paid at start-up. 0 (the "
                                           "default): always read from disk."})
    query_memory_mb: int = field(default=1536, metadata={"env": "FMKG_QUERY_MEMORY_MB",
                                 "doc": "Memory (MiB of heap) one query process may use: a query needing more "
                                        "is stopped (HTTP 503) and its process replaced. 0: no limit."})
    client_queries: int = field(default=4, metadata={"env": "FMKG_CLIENT_QUERIES",
                                "doc": "Queries one client address may run at once, over all workers (HTTP "
                                       "429 with Retry-After above it). 0: no limit."})
    client_query_seconds: float = field(default=60.0, metadata={"env": "FMKG_CLIENT_QUERY_SECONDS",
                                        "doc": "Seconds of query-engine time one client address may use per "
                                               "minute (HTTP 429 with Retry-After above it). 0: no limit."})
    answer_cache_bytes: int = field(default=64_000_000, metadata={"env": "FMKG_ANSWER_CACHE_BYTES",
                                    "doc": "Bytes of recent /sparql answers each worker keeps, per build, to "
                                           "answer a repeated query without running it. 0: no cache."})
    runtime_dir: str = field(default="", metadata={"env": "FMKG_RUNTIME_DIR",
                             "doc": "Directory the workers of one server share for the per-client limits "
                                    "(default: a private temporary directory made by `fmkg serve`)."})
    header_timeout: float = field(default=10.0, metadata={"env": "FMKG_HEADER_TIMEOUT",
                                  "doc": "Seconds a client has to send a request's headers (the connection is "
                                         "closed after it); read by the server, with no request thread."})
    body_timeout: float = field(default=20.0, metadata={"env": "FMKG_BODY_TIMEOUT",
                                "doc": "Seconds a client has to send a request's body, read before the request "
                                       "takes a thread (HTTP 408 after it)."})
    send_timeout: float = field(default=30.0, metadata={"env": "FMKG_SEND_TIMEOUT",
                                "doc": "Seconds a client may take to accept each part of a response; a client "
                                       "that stops reading is disconnected and its query stopped."})
    max_header_bytes: int = field(default=65536, metadata={"env": "FMKG_MAX_HEADER_BYTES",
                                  "doc": "Largest request line and headers together (the connection is closed "
                                         "above it; long queries go by POST)."})
    vocab_uri: str = field(default="", metadata={"env": "FMKG_VOCAB_URI",
                           "doc": "Namespace of fmkg's classes and properties; empty: "
                                  "`https://w3id.org/fmkg/ontology#`, whatever FMKG_BASE_URI is."})
    host: str = field(default="127.0.0.1", metadata={"env": "FMKG_HOST",
                      "doc": "Address `fmkg serve` listens on (0.0.0.0 for every interface)."})
    port: int = field(default=8000, metadata={"env": "FMKG_PORT",
                      "doc": "Port `fmkg serve` listens on."})
    extract_processes: int = field(default=min(2, os.cpu_count() or 1), metadata={
        "env": "FMKG_EXTRACT_PROCESSES",
        "doc": "Processes `fmkg build` extracts documents on (16 documents or more; 1 for one process)."})
    extraction_cache: str = field(default="", metadata={"env": "FMKG_EXTRACTION_CACHE",
                                  "doc": "Directory where `fmkg build` keeps each document's extraction, so that "
                                         "a rebuild reads again only the documents, rules or extractor code that "
                                         "changed (the facts are the same: extraction is deterministic). Empty "
                                         "(the default): no cache."})
    validation_engine: str = field(default="auto", metadata={"env": "FMKG_VALIDATION_ENGINE",
                                   "doc": "How `fmkg build`, `fmkg validate` and `fmkg load` check the SHACL "
                                          "shapes: `sparql` (the shapes translated into SPARQL queries run by "
                                          "Oxigraph), `pyshacl`, or `auto` (SPARQL whenever the shapes use only "
                                          "what the translator evaluates, else pySHACL)."})
    access_log: str = field(default="-", metadata={"env": "FMKG_ACCESS_LOG",
                            "doc": "Access log of `fmkg serve`: a file, `-` for stdout, `none` for no log."})

    @property
    def ontology_namespace(self) -> str:
        return self.vocab_uri or CANONICAL_VOCAB

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``FMKG_*`` variables, then explicit overrides (``None`` values are ignored)."""
        environ = dict(os.environ) if environ is None else environ
        values: dict[str, Any] = {f.name: ROOT / f.default for f in fields(cls)
                                     if isinstance(f.default, Path) and not f.default.is_absolute()}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is not None and raw != "" and _is_store_url(raw) == (f.name == "store_url"):
                values[f.name] = _coerce(f.type, raw)
        types = {f.name: f.type for f in fields(cls)}
        unknown = set(overrides) - set(types)
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        if isinstance(overrides.get("store"), str) and _is_store_url(str(overrides["store"])):
            overrides = {**overrides, "store": None, "store_url": overrides["store"]}  # `--store sparql+http://...`
        # Overrides typed as text (a test config, a flag) take the field's type, as variables do.
        values.update({k: _coerce(types[k], v) if isinstance(v, str) else v
                       for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        if not settings.base_uri.endswith("/"):
            settings = replace(settings, base_uri=settings.base_uri + "/")
        return settings


STORE_SCHEMES = ("sparql+http://", "sparql+https://")


def _is_store_url(value: str) -> bool:
    """Whether a store setting names a remote SPARQL engine (``sparql+http://...``) rather than a directory.

    >>> _is_store_url("sparql+http://127.0.0.1:7878/query"), _is_store_url("var/store")
    (True, False)
    """
    return value.lower().startswith(STORE_SCHEMES)


def redact(value: str) -> str:
    """``value`` with the password of a URL's credentials hidden, as pages and messages may show it.

    >>> redact("sparql+http://fmkg:secret@127.0.0.1:8890/query"), redact("var/store")
    ('sparql+http://fmkg:***@127.0.0.1:8890/query', 'var/store')
    """
    return re.sub(r"(://[^/@:\s]*:)[^/@\s]*@", r"\1***@", value)


def _coerce(type_name: object, raw: str) -> object:
    name = getattr(type_name, "__name__", str(type_name))
    if "Path" in name:
        return Path(raw)
    if "float" in name:
        return float(raw)
    if "int" in name:
        return int(raw)
    return raw


def settings_doc() -> str:
    """The settings as a Markdown table: name, environment variable, default, meaning."""
    rows = ["| setting | variable | default | meaning |", "| --- | --- | --- | --- |"]
    for f in fields(Settings):
        rows.append(f"| `{f.name}` | `{f.metadata['env']}` | `{f.default}` | {f.metadata['doc']} |")
    return "\n".join(rows)
