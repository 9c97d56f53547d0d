"""A document as a reader view: its text by paragraph, each evidence sentence marked and linked to the facts read
from it, each fact linked back to its sentence.

The text is the source file under ``FMKG_DOCUMENTS`` (``{id}.txt``), shown only when its SHA-256 is the one the
graph records (``fm:sha256``), so the character offsets of the evidence point into exactly this text. Nested
spans (a paragraph and the sentences in it) are not shown twice: the innermost spans are marked, and the facts
of an enclosing span are listed with the paragraph.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from fmkg.store.access import GraphStore, sparql_term
from fmkg.vocab import OA, RDF
from fmkg.web.terms import Labeler, Term

_FACTS = """
PREFIX rdf: <%(rdf)s>
PREFIX oa: <%(oa)s>
SELECT DISTINCT ?span ?start ?end ?s ?p ?o WHERE {
  ?statement <%(vocab)sevidence> ?span ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?span oa:hasSelector ?selector .
  ?selector oa:start ?start ; oa:end ?end .
  FILTER(STRSTARTS(STR(?span), "%(doc)s#char="))
}"""


@dataclass
class Mark:
    anchor: str  # char=S,E: the fragment of the span's IRI
    start: int
    end: int
    facts: list[tuple[Term, Term, Term]] = field(default_factory=list)


@dataclass
class Paragraph:
    parts: list[tuple[str, Mark | None]]  # text, and the span it is (None: unmarked text)
    marks: list[Mark]  # every span in the paragraph with facts, innermost and enclosing, in text order
    heading: bool = False  # a short line without a full stop and without evidence: a section title

    @property
    def fact_count(self) -> int:
        return sum(len(m.facts) for m in self.marks)


def reader_view(store: GraphStore, iri: str, documents: Path, vocab: str,
                labeler: Labeler) -> list[Paragraph] | None:
    """The paragraphs of the document ``iri``, or None when its text is not available as recorded."""
    doc_id = iri.rsplit("/", 1)[-1]
    path = Path(documents) / f"{doc_id}.txt"
    node = sparql_term(iri)
    rows = store.select(f"SELECT ?sha WHERE {{ GRAPH ?g {{ {node} <{vocab}sha256> ?sha }} }} LIMIT 1") if node else []
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not rows or rows[0]["sha"] is None or hashlib.sha256(raw).hexdigest() != rows[0]["sha"].value:
        return None
    text = raw.decode("utf-8")
    spans: dict[str, Mark] = {}
    for row in store.select(_FACTS % {"vocab": vocab, "doc": iri, "rdf": RDF, "oa": OA}):
        anchor = row["span"].value.partition("#")[2]
        mark = spans.setdefault(anchor, Mark(anchor, int(row["start"].value), int(row["end"].value)))
        fact = (labeler.term(row["s"]), labeler.term(row["p"]), labeler.term(row["o"]))
        if fact not in mark.facts and row["p"].value != RDF + "type":
            mark.facts.append(fact)
    for mark in spans.values():
        # A total order: the page must not depend on the order the store lists its rows in (engines differ).
        mark.facts.sort(key=lambda f: (f[1].label.lower(), f[2].label.lower(), f[0].label.lower(),
                                       f[0].value, f[1].value, f[2].value))
    return _paragraphs(text, sorted(spans.values(), key=lambda m: (m.start, -m.end)))


def _paragraphs(text: str, marks: list[Mark]) -> list[Paragraph]:
    innermost = [m for m in marks if not any(o is not m and m.start <= o.start and o.end <= m.end
                                             and (o.start, o.end) != (m.start, m.end) for o in marks)]
    paragraphs, offset = [], 0
    for block in text.split("\n"):  # the documents write one paragraph (or heading) per line
        start, end = offset, offset + len(block)
        offset = end + 1
        if not block.strip():
            continue
        inside = [m for m in innermost if start <= m.start and m.end <= end]
        parts: list[tuple[str, Mark | None]] = []
        cursor = start
        for mark in inside:
            if mark.start < cursor:
                continue  # overlapping innermost spans: the first one wins
            if mark.start > cursor:
                parts.append((text[cursor:mark.start], None))
            parts.append((text[mark.start:mark.end], mark))
            cursor = mark.end
        if cursor < end:
            parts.append((text[cursor:end], None))
        listed = [m for m in marks if start <= m.start and m.end <= end and m.facts]
        heading = len(block) < 70 and not block.rstrip().endswith((".", ":", ";", "?", "!", ")")) and not inside
        paragraphs.append(Paragraph(parts, listed, heading))
    return paragraphs
