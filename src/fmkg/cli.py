"""The ``fmkg`` command line: build, extract, validate, load, query, serve.

A user mistake (a missing file, a malformed document, a bad query) ends with a one-line message on stderr
and exit status 2 (1 for a validation failure), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fmkg.config import Settings


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
    parser.add_argument("--store", type=Path, default=None,
                        help="the Oxigraph store directory (default: $FMKG_STORE or var/store)")


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
    from fmkg.graph.build import BuildFailed, build

    settings = Settings.from_env(store=args.store, dist=args.dist)
    try:
        summary = build(settings)
    except BuildFailed as failure:
        print(failure.report, file=sys.stderr)
        print("fmkg build: validation failed; dumps and store left unchanged", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError) as error:
        raise UserError(str(error)) from error
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
    from fmkg.graph.build import extract_documents
    from fmkg.graph.serialize import serialize_dataset

    settings = Settings.from_env()
    try:
        dataset = extract_documents(args.files, settings)
    except (FileNotFoundError, IsADirectoryError, ExtractionError, UnicodeDecodeError) as error:
        raise UserError(str(error)) from error
    if args.output is None:
        sys.stdout.write(serialize_dataset(dataset, "turtle"))
        return 0
    fmt = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt"}.get(args.output.suffix)
    if fmt is None:
        raise UserError(f"unknown output extension {args.output.suffix!r}: use .trig, .ttl, .nq or .nt")
    args.output.write_text(serialize_dataset(dataset, fmt), encoding="utf-8")
    return 0


def _validate_command(commands) -> None:
    parser = _command(commands, "validate", _run_validate, "SHACL report for the built graph or the files named",
                      "Validate the files named (any RDF syntax) or, with none, the built dump dist/fmkg.trig,\n"
                      "against ontology/shapes.ttl. Prints one entry per result (focus node, path, message);\n"
                      "exit status 1 on any violation.")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")


def _run_validate(args: argparse.Namespace) -> int:
    from fmkg.graph.build import validate_files

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
    parser = _command(commands, "load", _not_yet, "add RDF files to the store", "Not yet available.")
    _add_store_option(parser)


def _query_command(commands) -> None:
    parser = _command(commands, "query", _not_yet, "run a SPARQL query on the store", "Not yet available.")
    _add_store_option(parser)


def _serve_command(commands) -> None:
    parser = _command(commands, "serve", _not_yet, "serve the SPARQL endpoint and linked data",
                      "Not yet available.")
    _add_store_option(parser)


def _not_yet(args: argparse.Namespace) -> int:
    raise UserError("this command is not available yet")


if __name__ == "__main__":
    sys.exit(main())
