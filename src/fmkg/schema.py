"""The schema of a deployment, read once and handed to the stages that need it.

``ontology/`` holds what fmkg knows about its domain as data: the OWL ontology (``fmkg.ttl``), the SHACL shapes
(``shapes.ttl``) and the extraction rules and lexicon (``*.toml``). ``Schema.read`` parses each file once, rebased
to the deployment's IRIs; the build, ``fmkg validate``, ``fmkg load`` and ``fmkg extract`` take their parts from it
instead of parsing them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Graph, URIRef

from fmkg.config import Settings
from fmkg.extract import Rules, load_rules
from fmkg.graph.rdf import superclass_closure
from fmkg.iri import Iris

__all__ = ["Schema", "read_rdf"]


def read_rdf(path: Path, iris: Iris, fmt: str | None = None) -> Graph:
    """An RDF file authored under the canonical IRIs, rebased to the deployment's; ValueError if it does not parse."""
    from rdflib.util import guess_format

    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    fmt = fmt or guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(data=iris.rebase(path.read_text(encoding="utf-8")), format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise ValueError(f"{path}: not valid {fmt}: {error}") from error


@dataclass
class Schema:
    """The ontology, the shapes, the class hierarchy and the extraction rules of one deployment."""

    directory: Path
    iris: Iris
    ontology: Graph
    shapes_path: Path
    _shapes: Graph | None = field(default=None, repr=False)

    @classmethod
    def read(cls, settings: Settings) -> Schema:
        """The schema in ``settings.ontology``; the ontology is parsed now, the rest when first used."""
        iris = Iris.of(settings)
        directory = Path(settings.ontology)
        return cls(directory, iris, read_rdf(directory / "fmkg.ttl", iris), directory / "shapes.ttl")

    @property
    def shapes(self) -> Graph:
        """The SHACL shapes (FileNotFoundError when there are none)."""
        if self._shapes is None:
            self._shapes = read_rdf(self.shapes_path, self.iris, "turtle")
        return self._shapes

    @cached_property
    def closure(self) -> dict[str, set[str]]:
        """fm: class -> it and all its fm: superclasses (the class hierarchy of the ontology)."""
        return superclass_closure(self.ontology, self.iris)

    @cached_property
    def terms(self) -> frozenset[str]:
        """The local names the ontology declares in the fm: namespace."""
        vocab = self.iris.vocab
        return frozenset(str(s)[len(vocab):] for s in self.ontology.subjects()
                         if isinstance(s, URIRef) and str(s).startswith(vocab))

    @cached_property
    def rules(self) -> Rules:
        """The extraction rules and lexicon, checked against the ontology."""
        return load_rules(self.directory, self.terms)
