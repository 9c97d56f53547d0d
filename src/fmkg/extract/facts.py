"""What extraction produces: facts about entities named by slug, each with the span it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from fmkg.extract.document import SourceDocument, Span

__all__ = ["Fact", "Extraction"]


@dataclass(frozen=True)
class Fact:
    """``subject predicate value``, read from ``evidence``.

    predicate is a CURIE (``rdf:type``, ``rdfs:label``, ``fm:developedBy``, ...); kind says what value is:
    ``class`` (an fm: local name), ``entity`` (a slug), ``document`` (a document id), ``text`` (an English
    literal), ``bool``, ``date`` (ISO, as precise as the text: ``2024``, ``2024-07``, ``2024-07-23``),
    ``decimal``, ``integer``, ``term`` (an fm: individual such as ``OpenWeightsAccess``) or ``iri``.
    ``rule`` names the extraction rule that found it (provenance, not part of the fact).
    """

    subject: str
    predicate: str
    value: str | bool
    kind: str
    evidence: Span
    rule: str = ""

    @property
    def key(self) -> tuple:
        return (self.subject, self.predicate, self.value, self.kind)


@dataclass
class Extraction:
    """The facts found in one document, in the order found (duplicates kept: each is one more evidence)."""

    document: SourceDocument
    facts: list[Fact] = field(default_factory=list)

    def entities(self) -> set[str]:
        return {fact.subject for fact in self.facts}

    def values(self, subject: str, predicate: str) -> set[str | bool]:
        return {f.value for f in self.facts if f.subject == subject and f.predicate == predicate}
