"""Settings: defaults, overridden by ``FMKG_*`` environment variables, overridden by explicit values.

Every limit the server or the build obeys is a named setting here, with its default and its variable;
``SETTINGS_DOC`` is the table the README and ``fmkg serve --help`` show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

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
                                         "stopped (HTTP 503, or a cut-off response once streaming began)."})
    workers: int = field(default=2, metadata={"env": "FMKG_WORKERS",
                         "doc": "Worker processes of `fmkg serve`."})
    threads: int = field(default=4, metadata={"env": "FMKG_THREADS",
                         "doc": "Request threads per worker, each with its own query-engine process: "
                                "how many queries one worker runs at once."})
    vocab_uri: str = field(default="", metadata={"env": "FMKG_VOCAB_URI",
                           "doc": "Namespace of fmkg's classes and properties; empty: "
                                  "`https://w3id.org/fmkg/ontology#`, whatever FMKG_BASE_URI is."})
    host: str = field(default="127.0.0.1", metadata={"env": "FMKG_HOST",
                      "doc": "Address `fmkg serve` listens on (0.0.0.0 for every interface)."})
    port: int = field(default=8000, metadata={"env": "FMKG_PORT",
                      "doc": "Port `fmkg serve` listens on."})
    access_log: str = field(default="-", metadata={"env": "FMKG_ACCESS_LOG",
                            "doc": "Access log of `fmkg serve`: a file, `-` for stdout, `none` for no log."})

    @property
    def ontology_namespace(self) -> str:
        return self.vocab_uri or CANONICAL_VOCAB

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``FMKG_*`` variables, then explicit overrides (``None`` values are ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.type, raw)
        types = {f.name: f.type for f in fields(cls)}
        unknown = set(overrides) - set(types)
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        # Overrides typed as text (a test config, a flag) take the field's type, as variables do.
        values.update({k: _coerce(types[k], v) if isinstance(v, str) else v
                       for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        if not settings.base_uri.endswith("/"):
            settings = replace(settings, base_uri=settings.base_uri + "/")
        return settings


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
