"""SHACL validation of a graph against ``ontology/shapes.ttl``, with a readable report.

Two engines give the same results: the shapes translated into SPARQL and run by Oxigraph (``sparql.py``; seconds
where pySHACL takes minutes, see README "Validation"), and pySHACL, the reference, used whenever the shapes use
SHACL the translator does not evaluate. ``validate`` chooses (``engine="auto"``) unless told.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from fmkg.graph.serialize import rdflib_graph, rdflib_term
from fmkg.validate import sparql

__all__ = ["Violation", "ValidationResult", "validate", "load_shapes", "ENGINES", "Unsupported"]

SH = Namespace("http://www.w3.org/ns/shacl#")
ENGINES = ("auto", "sparql", "pyshacl")
Unsupported = sparql.Unsupported
# What validate reads: an rdflib Graph, or the triples themselves (the build's and ``fmkg load``'s, which are
# pyoxigraph terms already: no rdflib Graph of a million triples is made unless pySHACL has to run).
Data = Graph | Iterable[ox.Triple]


@dataclass(frozen=True)
class Violation:
    focus_node: str
    path: str
    message: str
    severity: str
    value: str = ""
    component: str = ""  # the SHACL constraint component's local name, e.g. MinCountConstraintComponent

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus_node}\n  path: {self.path or '-'}\n  {self.message}{value}"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: list[Violation]
    report_graph: Graph
    engine: str = "pyshacl"  # which engine produced the results: "sparql" or "pyshacl"

    @property
    def text(self) -> str:
        if self.conforms:
            return "Validation passed: the graph conforms to the SHACL shapes."
        lines = [f"Validation failed: {len(self.violations)} result(s)."]
        lines += [str(v) for v in self.violations]
        return "\n".join(lines)


def load_shapes(path: Path | str, rebase=lambda text: text) -> Graph:
    """Parse the shapes file, rewriting the canonical base for this deployment."""
    return Graph().parse(data=rebase(Path(path).read_text(encoding="utf-8")), format="turtle")


def validate(data_graph: Data, shapes: Graph, ontology: Graph | None = None,
             focus_nodes: Sequence[URIRef] | None = None, engine: str = "auto") -> ValidationResult:
    """Validate ``data_graph`` (a Graph, the union of a Dataset, or pyoxigraph triples) against ``shapes``.

    The ontology, when given, is mixed in so that targets see the class hierarchy. ``focus_nodes``: validate
    only these nodes (against every shape that targets them), the rest of the graph being their context.
    ``engine``: "sparql" (the shapes as SPARQL queries; ``Unsupported`` if they use SHACL it does not
    translate), "pyshacl", or "auto": SPARQL when the shapes translate, else pySHACL (said on stderr).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}: one of {', '.join(ENGINES)}")
    if engine != "pyshacl":
        try:
            checks = sparql.compile_shapes(shapes)
        except sparql.Unsupported as unsupported:
            if engine == "sparql":
                raise
            print(f"fmkg: validating with pySHACL: {unsupported}", file=sys.stderr)
        else:
            try:
                store = _engine_store(data_graph, ontology, focus_nodes)
            except ValueError as invalid:  # rdflib keeps IRIs that Oxigraph refuses ("has space")
                if engine == "sparql":
                    raise
                print(f"fmkg: validating with pySHACL: {invalid}", file=sys.stderr)
            else:
                return _validate_sparql(checks, store, bool(focus_nodes))
    return _validate_pyshacl(_rdflib_graph(data_graph), shapes, ontology, focus_nodes)


def _validate_pyshacl(data_graph: Graph, shapes: Graph, ontology: Graph | None,
                      focus_nodes: Sequence[URIRef] | None) -> ValidationResult:
    conforms, report, _ = shacl_validate(
        data_graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True,
        focus_nodes=list(focus_nodes) if focus_nodes else None,
    )
    return ValidationResult(conforms=bool(conforms), violations=_sorted(_violations(report)), report_graph=report)


def _engine_store(data_graph: Data, ontology: Graph | None, focus_nodes: Sequence[URIRef] | None) -> ox.Store:
    """The data (and the ontology, mixed in as pySHACL does) in the default graph of an in-memory store, the
    focus nodes in ``sparql.FOCUS_GRAPH``; ValueError for a term Oxigraph does not accept."""
    store = ox.Store()
    for triples in (_triples(data_graph), _triples(ontology) if ontology is not None else ()):
        # Written as N-Triples and parsed by the engine: faster than making a Quad of each triple in Python.
        store.load(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    focus = [f for f in focus_nodes or () if isinstance(f, URIRef)]
    graph, member = ox.NamedNode(sparql.FOCUS_GRAPH), ox.NamedNode(sparql.FOCUS_MEMBER)
    store.bulk_extend(ox.Quad(graph, member, ox.NamedNode(str(f)), graph) for f in focus)
    return store


def _validate_sparql(checks: list[sparql.Check], store: ox.Store, focus: bool) -> ValidationResult:
    findings = list(sparql.run(checks, store, focus=focus))
    report = _report_graph(findings)
    violations = [Violation(focus_node=f.focus.value, path=f.path, message=f.message, severity=f.check.severity,
                            value="" if f.value is None else f.value.value, component=f.check.component)
                  for f in findings]
    return ValidationResult(conforms=not any(v.severity == "Violation" for v in violations),
                            violations=_sorted(violations), report_graph=report, engine="sparql")


def _sorted(violations: Iterable[Violation]) -> list[Violation]:
    return sorted(set(violations), key=lambda v: (v.focus_node, v.path, v.message, v.value, v.component))


def _violations(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def one(pred, result=result):
            value = report.value(result, pred)
            return "" if value is None else str(value)
        found.append(Violation(
            focus_node=one(SH.focusNode), path=one(SH.resultPath), message=one(SH.resultMessage),
            severity=one(SH.resultSeverity).rsplit("#", 1)[-1], value=one(SH.value),
            component=one(SH.sourceConstraintComponent).rsplit("#", 1)[-1],
        ))
    return found


def _report_graph(findings: list[sparql.Finding]) -> Graph:
    """The findings as a SHACL validation report, as pySHACL writes one."""
    report = Graph()
    root = BNode()
    report.add((root, RDF.type, SH.ValidationReport))
    for finding in findings:
        result = BNode()
        report.add((root, SH.result, result))
        report.add((result, RDF.type, SH.ValidationResult))
        report.add((result, SH.focusNode, rdflib_term(finding.focus)))
        report.add((result, SH.resultSeverity, SH[finding.check.severity]))
        report.add((result, SH.sourceConstraintComponent, SH[finding.check.component]))
        report.add((result, SH.sourceShape, URIRef(finding.check.shape) if ":" in finding.check.shape
                    else BNode(finding.check.shape)))
        report.add((result, SH.resultMessage, Literal(finding.message)))
        if finding.path:
            report.add((result, SH.resultPath, URIRef(finding.path)))
        if finding.value is not None:
            report.add((result, SH.value, rdflib_term(finding.value)))
    conforms = not any(f.check.severity == "Violation" for f in findings)
    report.add((root, SH.conforms, Literal(conforms)))
    return report


# --- terms between rdflib and pyoxigraph ---------------------------------------------------------------------

def _triples(data: Data) -> Iterable[ox.Triple]:
    if not isinstance(data, Graph):
        return data
    return (ox.Triple(_oxigraph(s), _oxigraph(p), _oxigraph(o)) for s, p, o in data)  # type: ignore[arg-type]


def _rdflib_graph(data: Data) -> Graph:
    return data if isinstance(data, Graph) else rdflib_graph(data)


def _oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term of a triple: {term!r}")
