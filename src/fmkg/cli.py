"""The ``fmkg`` command line: build, extract, validate, load, query, serve.

A user mistake (a missing file, a malformed document, a bad query) ends with a one-line message on stderr
and exit status 2 (1 for a validation failure), never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fmkg.config import Settings
from fmkg.formats import REGISTRY, rdf_file_suffixes


class UserError(Exception):
    """A mistake of the user's: reported as one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args) or 0
    except UserError as error:
        print(f"fmkg {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and friends
        sys.stderr.close()
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fmkg", description="The Foundation Model Knowledge Graph: build, validate, query and serve it.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (_build_command, _extract_command, _validate_command, _load_command, _query_command,
                     _serve_command):
        register(commands)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(store=getattr(args, "store", None))


def _add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default=None, metavar="DIR_OR_URL",
                        help="the Oxigraph store directory, or a remote SPARQL 1.1 engine as "
                             "sparql+http://host:port/path (default: $FMKG_STORE or var/store)")


def _command(commands, name: str, handler: Callable, help: str, description: str) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help, description=description,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.set_defaults(handler=handler)
    return parser


# --- build, extract, validate -------------------------------------------------------------------------

def _build_command(commands) -> None:
    parser = _command(commands, "build", _run_build, "extract, validate, write the dumps and load the store",
                      "Extract every document under data/documents/, add ontology/ and data/curated/, validate\n"
                      "the whole with the SHACL shapes, then write dist/fmkg.ttl, dist/fmkg.trig,\n"
                      "dist/fmkg.nq.gz and dist/void.ttl and load the store. On a violation nothing is written:\n"
                      "the previous dumps and store stay as they were, and the report is printed (exit 1).")
    _add_store_option(parser)
    parser.add_argument("--dist", type=Path, default=None, help="output directory of the dumps (default: dist)")


def _run_build(args: argparse.Namespace) -> int:
    from fmkg.pipeline import BuildFailed, build
    from fmkg.store import StoreMissing
    from fmkg.store.executor import QueryError

    settings = Settings.from_env(store=args.store, dist=args.dist)
    try:
        summary = build(settings)
    except BuildFailed as failure:
        print(failure.report, file=sys.stderr)
        print("fmkg build: validation failed; dumps and store left unchanged", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError) as error:
        raise UserError(str(error)) from error
    except (QueryError, StoreMissing) as error:  # a remote engine that cannot be reached or refuses the write
        raise UserError(f"{error}; the store was left as it was") from error
    print(summary)
    return 0


def _extract_command(commands) -> None:
    parser = _command(commands, "extract", _run_extract, "extract the triples found in documents",
                      "Run extraction alone on the documents named and print the triples found, with their\n"
                      "provenance. Turtle on stdout, or TriG (named graph per document) or Turtle by the\n"
                      "extension of -o OUT (.trig, .ttl, .nq, .nt).")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="plain-text documents")
    parser.add_argument("-o", "--output", type=Path, default=None, metavar="OUT", help="output file")


def _run_extract(args: argparse.Namespace) -> int:
    from fmkg.extract import ExtractionError
    from fmkg.formats import TURTLE, by_file_suffix
    from fmkg.graph.serialize import serialize_dataset
    from fmkg.iri import Iris
    from fmkg.pipeline import extract_documents

    settings = Settings.from_env()
    try:
        dataset = extract_documents(args.files, settings)
    except (FileNotFoundError, IsADirectoryError, ExtractionError, UnicodeDecodeError) as error:
        raise UserError(str(error)) from error
    namespaces = Iris.of(settings).prefixes()
    if args.output is None:
        sys.stdout.write(serialize_dataset(dataset, TURTLE.name, namespaces))
        return 0
    fmt = by_file_suffix(args.output.suffix)
    if fmt is None:
        raise UserError(f"unknown output extension {args.output.suffix!r}: use {', '.join(_RDF_SUFFIXES)}")
    args.output.write_text(serialize_dataset(dataset, fmt.name, namespaces), encoding="utf-8")
    return 0


def _validate_command(commands) -> None:
    parser = _command(commands, "validate", _run_validate, "SHACL report for the built graph or the files named",
                      "Validate the files named (any RDF syntax) or, with none, the built dump dist/fmkg.trig,\n"
                      "against ontology/shapes.ttl. Prints one entry per result (focus node, path, message);\n"
                      "exit status 1 on any violation.")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")


def _run_validate(args: argparse.Namespace) -> int:
    from fmkg.pipeline import validate_files

    settings = Settings.from_env()
    files = args.files or [settings.dist / "fmkg.trig"]
    try:
        result = validate_files(files, settings)
    except (FileNotFoundError, ValueError) as error:
        raise UserError(str(error)) from error
    print(result.text)
    return 0 if result.conforms else 1


# --- load, query, serve (the endpoint issue) ----------------------------------------------------------

def _load_command(commands) -> None:
    parser = _command(commands, "load", _run_load, "add RDF files to the store",
                      "Add RDF files from elsewhere to the store, each in its own named graph:\n"
                      "{base}graph/loaded/{slug of the file name}, or the one --graph names for every file.\n"
                      "The syntax comes from the extension: .ttl .nt .nq .trig .rdf .xml .owl .jsonld .n3\n"
                      "(named graphs inside a TriG or N-Quads file are merged into the file's graph).\n\n"
                      "All or nothing: every file is parsed and SHACL-validated (ontology/shapes.ttl, in the\n"
                      "context of what the store already holds) before anything is stored. A file that does\n"
                      "not parse ends with exit status 2, a violation with the report and exit status 1; the\n"
                      "store is then left as it was. A running server sees the new data on its next query,\n"
                      "and a rebuild (`fmkg build`) keeps the loaded graphs.")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="RDF files")
    parser.add_argument("--graph", metavar="IRI", default=None,
                        help="the named graph of every file (default: one graph per file)")
    parser.add_argument("--replace", action="store_true",
                        help="empty the target graphs first (to reload a changed file)")
    parser.add_argument("--skip-validation", action="store_true", help="store without SHACL validation")
    _add_store_option(parser)


def _run_load(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    from fmkg.pipeline import load_files
    from fmkg.store import StoreMissing
    from fmkg.store.access import describe_location
    from fmkg.store.executor import QueryError
    from fmkg.store.load import LoadError, LoadRejected

    settings = settings_from(args)
    if args.graph is not None:
        try:
            ox.NamedNode(args.graph)
        except ValueError as error:
            raise UserError(f"--graph {args.graph!r} is not an absolute IRI") from error
    try:
        loaded, size = load_files(args.files, settings, graph=args.graph, check=not args.skip_validation,
                                  replace=args.replace)
    except (LoadError, QueryError, StoreMissing) as error:
        raise UserError(f"{error}\nnothing was stored") from error
    except LoadRejected as rejected:
        print(rejected.result.text, file=sys.stderr)
        print("fmkg load: validation failed; nothing was stored", file=sys.stderr)
        return 1
    for item in loaded:
        print(f"{item.path}: {item.quads} triples into <{item.graph}>")
    print(f"{describe_location(settings)}: {size} quads")
    return 0


def _query_command(commands) -> None:
    parser = _command(commands, "query", _run_query, "run a SPARQL query on the store",
                      "Run a SPARQL query (text, @FILE.rq, or @- for standard input) on the store, with the\n"
                      "engine and the defaults of the endpoint: without FROM the default graph is the union of\n"
                      "all graphs, and the query is stopped after --timeout seconds.\n\n"
                      "--format table (the default on a terminal) prints an aligned table with short names;\n"
                      "otherwise the default is SPARQL JSON for SELECT and ASK and Turtle for CONSTRUCT and\n"
                      "DESCRIBE. json and xml fit every query (JSON-LD, RDF/XML for graphs); csv and tsv fit\n"
                      "SELECT and ASK; turtle, ntriples, jsonld, rdfxml, trig, nquads, n3 fit graphs.")
    parser.add_argument("query", metavar="QUERY", help="the query, @FILE to read it from a file, @- from stdin")
    parser.add_argument("--format", choices=QUERY_FORMATS, default=None,
                        help="output format (default: table on a terminal, else json / turtle)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="time limit, 0 for none (default: $FMKG_QUERY_TIMEOUT or 10)")
    _add_store_option(parser)


# table, then each format of the registry that carries query results, by its own name.
QUERY_FORMATS = ("table", *(f.name for f in REGISTRY if f.kinds))
_RDF_SUFFIXES = rdf_file_suffixes()


def _query_text(argument: str) -> str:
    if not argument.startswith("@"):
        return argument
    if argument == "@-":
        return sys.stdin.read()
    try:
        return Path(argument[1:]).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"cannot read the query from {argument[1:]}: {error}") from error


def _run_query(args: argparse.Namespace) -> int:
    from fmkg.formats import for_parameter
    from fmkg.iri import Iris
    from fmkg.store import StoreMissing
    from fmkg.store import executor as ex
    from fmkg.store.access import open_store
    from fmkg.store.querytext import calls_service, facts, syntax_message
    from fmkg.store.table import query_prefixes, render_table

    settings = Settings.from_env(store=args.store, query_timeout=args.timeout)
    text = _query_text(args.query)
    query_facts = facts(text)
    if query_facts.is_update:
        raise UserError("SPARQL Update is not accepted: fmkg query only reads (fmkg load adds data)")
    if calls_service(text):
        raise UserError("SERVICE (federated query) is not available")
    name = args.format or ("table" if sys.stdout.isatty() else None)
    defaults = {None: {"solutions": "json", "boolean": "json", "graph": "turtle"},
                "table": {"solutions": "tsv", "boolean": "json", "graph": "ntriples"}}
    formats = defaults.get(name) or for_parameter(str(name)) or {}
    store = open_store(dataclasses.replace(settings, store=settings.store.resolve(), query_processes=1))
    try:
        result = store.stream(ex.QueryJob(text, formats), settings.query_timeout, None, lane=False)
        if name == "table":
            body = b"".join(result)
            known = Iris.of(settings).prefixes()
            print(render_table(result.kind, body, {**known, **query_prefixes(text)}))
        else:
            _write_stream(result)
    except ex.QuerySyntaxError as error:
        raise UserError(syntax_message(text, str(error))) from error
    except ex.NotAcceptable as error:
        fitting = sorted(n for n in QUERY_FORMATS[1:] if error.kind in (for_parameter(n) or {}))
        raise UserError(f"--format {name} does not fit a {query_facts.form} query: use table, "
                        f"{', '.join(fitting)}") from error
    except (ex.QueryError, StoreMissing) as error:
        raise UserError(str(error)) from error
    finally:
        store.close()
    return 0


def _write_stream(result) -> None:
    out, last = sys.stdout.buffer, b""
    for chunk in result:
        out.write(chunk)
        last = chunk[-1:] or last
    if last != b"\n" and sys.stdout.isatty():
        out.write(b"\n")
    out.flush()


def _serve_command(commands) -> None:
    parser = _command(commands, "serve", _run_serve, "serve the SPARQL endpoint and linked data",
                      "Serve /sparql (SPARQL 1.1 Protocol), /health, the linked data and the query page with\n"
                      "granian: --workers processes of --threads threads (slow clients hold none), and\n"
                      "per worker FMKG_QUERY_PROCESSES query-engine processes, all reading one store opened\n"
                      "read-only, sandboxed (no network, a memory limit). A query over the time limit\n"
                      "is stopped (503) while the others go on. A store replaced by `fmkg build` or\n"
                      "`fmkg load` is picked up on the next query: no restart needed. SIGTERM stops\n"
                      "gracefully, Ctrl-C at once.")
    parser.epilog = _settings_help()
    parser.add_argument("--host", default=None, help="address to listen on (default: $FMKG_HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default: $FMKG_PORT or 8000)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: $FMKG_WORKERS or 2)")
    parser.add_argument("--threads", type=int, default=None,
                        help="request threads per worker (default: $FMKG_THREADS or 40)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS", dest="query_timeout",
                        help="query time limit, 0 for none (default: $FMKG_QUERY_TIMEOUT or 10)")
    parser.add_argument("--base-uri", default=None, help="base of the IRIs (default: $FMKG_BASE_URI)")
    parser.add_argument("--max-body-bytes", type=int, default=None, help="largest request body (HTTP 413 above)")
    parser.add_argument("--max-result-bytes", type=int, default=None, help="largest query result (cut above)")
    parser.add_argument("--access-log", default=None, help="access log file, - for stdout, none for no log")
    _add_store_option(parser)


def _settings_help() -> str:
    import textwrap
    from dataclasses import fields

    lines = ["settings (a flag wins over its environment variable, which wins over the default):"]
    for f in fields(Settings):
        lines.append(f"  {f.metadata['env']} (default {f.default})")
        lines += textwrap.wrap(f.metadata["doc"], width=100, initial_indent="      ", subsequent_indent="      ")
    return "\n".join(lines)


def _run_serve(args: argparse.Namespace) -> int:
    from fmkg.server import serve

    names = ("host", "port", "workers", "threads", "query_timeout", "base_uri", "max_body_bytes", "max_result_bytes",
             "access_log", "store")
    settings = Settings.from_env(**{name: getattr(args, name) for name in names})
    for name in ("workers", "threads", "port"):
        if getattr(settings, name) < 1:
            raise UserError(f"--{name} must be at least 1")
    return serve(dataclasses.replace(settings, store=settings.store.resolve(), dist=settings.dist.resolve()))


if __name__ == "__main__":
    sys.exit(main())
