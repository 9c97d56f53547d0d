"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pySHACL), with a readable report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

__all__ = ["Violation", "ValidationResult", "validate", "load_shapes"]

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus_node: str
    path: str
    message: str
    severity: str
    value: str = ""

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus_node}\n  path: {self.path or '-'}\n  {self.message}{value}"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: list[Violation]
    report_graph: Graph

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


def validate(data_graph: Graph, shapes: Graph, ontology: Graph | None = None,
             focus_nodes: Sequence[URIRef] | None = None) -> ValidationResult:
    """Validate ``data_graph`` (a Graph or the union of a Dataset) against ``shapes``.

    The ontology, when given, is mixed in so that targets see the class hierarchy. ``focus_nodes``: validate
    only these nodes (against every shape that targets them), the rest of the graph being their context.
    """
    conforms, report, _ = shacl_validate(
        data_graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True,
        focus_nodes=list(focus_nodes) if focus_nodes else None,
    )
    violations = sorted(set(_violations(report)), key=lambda v: (v.focus_node, v.path, v.message, v.value))
    return ValidationResult(conforms=bool(conforms), violations=violations, report_graph=report)


def _violations(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def one(pred, result=result):
            value = report.value(result, pred)
            return "" if value is None else str(value)
        found.append(Violation(
            focus_node=one(SH.focusNode), path=one(SH.resultPath), message=one(SH.resultMessage),
            severity=one(SH.resultSeverity).rsplit("#", 1)[-1], value=one(SH.value),
        ))
    return found
