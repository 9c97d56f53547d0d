"""Score extraction against hand-written gold annotations: precision and recall of entities, relations and values.

A gold file (``tests/eval/gold/NAME.toml``, format in ``tests/eval/README.md``) lists the entities a careful
reader takes from a document with their most specific class, the relations between them and the literal
values stated. Extraction is compared with it after the class hierarchy and the sub-properties are applied
to both (an extracted ``fm:fineTunedFrom`` also counts as ``fm:basedOn``). An obligation or a risk tier is
matched when the extracted slug holds every key word of the gold slug (by stem: "tests" and "testing" are "test";
"of", "in", "and" are no key words), since a duty's wording has no one spelling ("eu-ai-act-technical-documentation"
~ "eu-ai-act-draw-up-technical-documentation", "...-labels-in-metadata" ~ "...-add-labels-to-metadata").
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fmkg.extract import Extraction

__all__ = ["Score", "DocumentScore", "score_document", "read_gold", "report"]

# Sub-properties whose statements also state their super-property.
SUPER_PROPERTIES = {"inputModality": "hasModality", "outputModality": "hasModality", "fineTunedFrom": "basedOn",
                    "distilledFrom": "basedOn", "quantizedFrom": "basedOn"}
_FUZZY_CLASSES = frozenset({"Obligation", "SystemicRiskObligation", "RiskTier"})
_ACCESS = {"OpenWeightsAccess": "OpenWeights", "APIOnlyAccess": "APIOnly", "ClosedAccess": "Closed"}


@dataclass
class Score:
    found: int = 0
    expected: int = 0
    hits: int = 0

    def add(self, found: set, expected: set) -> None:
        self.found += len(found)
        self.expected += len(expected)
        self.hits += len(found & expected)

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0


@dataclass
class DocumentScore:
    name: str
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    values: Score = field(default_factory=Score)
    by_predicate: dict[str, Score] = field(default_factory=dict)
    missed: list[tuple] = field(default_factory=list)
    spurious: list[tuple] = field(default_factory=list)

    @property
    def facts(self) -> Score:
        total = Score()
        for part in (self.entities, self.relations, self.values):
            total.found += part.found
            total.expected += part.expected
            total.hits += part.hits
        return total


def read_gold(path: Path) -> dict:
    """A gold file; ``[scope] relations = [...]`` limits the relations scored to those its annotator used
    (an annotation made before a property existed says nothing about it)."""
    gold = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    relations, values = dict(gold.get("relations", {})), dict(gold.get("values", {}))
    for predicate in [p for p in relations if p in _VALUE_PREDICATES]:  # older files list booleans as relations
        values[predicate] = relations.pop(predicate)
    scope = gold.get("scope", {}).get("relations")
    return {"entities": gold.get("entities", {}), "relations": relations, "values": values,
            "scope": set(scope) if scope else None}


# Words a slug holds only to join its key words ("notice-of-ai-interaction", "labels-in-metadata")
_JOINING_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "by", "from", "at",
                            "as", "into"})


def _words(slug: str) -> set[str]:
    """The stems of a slug's key words: their first five letters, after a plural's "s" or a gerund's "ing" is
    dropped ("verification" and "verify" are one word, and so are "test", "tests" and "testing"; "copies" is
    "copy"); the words that only join them are left out."""
    return {_stem(word) for word in slug.split("-") if word not in _JOINING_WORDS}


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) >= 7 and word.endswith("ing"):
        word = word[:-3]
    return word[:5]


def _align(extracted: dict[str, set[str]], gold: dict[str, str]) -> dict[str, str]:
    """Extracted slug -> the gold slug it stands for (itself, or a fuzzy match for obligations and tiers)."""
    mapping = {slug: slug for slug in extracted if slug in gold}
    for gold_slug, cls in gold.items():
        if cls not in _FUZZY_CLASSES or gold_slug in mapping.values():
            continue
        kin = _FUZZY_CLASSES - {"RiskTier"} if cls != "RiskTier" else {"RiskTier"}  # a tier is no duty
        candidates = sorted(s for s, classes in extracted.items() if s not in mapping and classes & kin
                            and _words(gold_slug) <= _words(s))
        if candidates:
            mapping[min(candidates, key=len)] = gold_slug
    return mapping


def _expand(relations: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    expanded = set()
    for s, p, o in relations:
        expanded.add((s, p, o))
        if p in SUPER_PROPERTIES:
            expanded.add((s, SUPER_PROPERTIES[p], o))
    return expanded


def score_document(name: str, extraction: Extraction, gold: dict, scored_classes: set[str]) -> DocumentScore:
    """Compare one document's extraction (classes already expanded to their superclasses) with its gold."""
    result = DocumentScore(name)
    classes: dict[str, set[str]] = {}
    for fact in extraction.facts:
        if fact.kind == "class" and fact.value in scored_classes:
            classes.setdefault(fact.subject, set()).add(fact.value)
    mapping = _align(classes, gold["entities"])
    gold_entities = set(gold["entities"])
    found_entities = {mapping.get(slug, slug) for slug in classes}
    result.entities.add(found_entities, gold_entities)
    result.missed += [("entity", e) for e in sorted(gold_entities - found_entities)]
    result.spurious += [("entity", e) for e in sorted(found_entities - gold_entities)]

    predicates = set(gold["relations"]) | {SUPER_PROPERTIES.get(p, p) for p in gold["relations"]}
    gold_relations = _expand((s, p, o) for p, pairs in gold["relations"].items() for s, o in pairs)
    found_relations = _expand(
        (mapping.get(f.subject, f.subject), f.predicate.removeprefix("fm:"), mapping.get(str(f.value), str(f.value)))
        for f in extraction.facts if f.kind == "entity" and f.predicate.startswith("fm:"))
    found_relations = {r for r in found_relations if r[1] in (gold["scope"] or predicates | _relation_vocabulary())}
    _score_by_predicate(result, result.relations, found_relations, gold_relations)

    gold_values = {(s, p, _normal(p, v)) for p, pairs in gold["values"].items() for s, v in pairs}
    value_scope = gold["scope"] if gold["scope"] is not None else _VALUE_PREDICATES
    found_values = {(mapping.get(f.subject, f.subject), f.predicate.removeprefix("fm:"),
                     _normal(f.predicate.removeprefix("fm:"), f.value))
                    for f in extraction.facts
                    if f.predicate.removeprefix("fm:") in _VALUE_PREDICATES & value_scope}
    _score_by_predicate(result, result.values, found_values, gold_values)
    return result


def _score_by_predicate(result: DocumentScore, total: Score, found: set, expected: set) -> None:
    total.add(found, expected)
    for predicate in sorted({f[1] for f in found | expected}):
        score = result.by_predicate.setdefault(predicate, Score())
        score.add({f for f in found if f[1] == predicate}, {e for e in expected if e[1] == predicate})
    result.missed += sorted(expected - found, key=str)
    result.spurious += sorted(found - expected, key=str)


def _relation_vocabulary() -> set[str]:
    return {"developedBy", "modelFamily", "basedOn", "fineTunedFrom", "distilledFrom", "quantizedFrom",
            "hasModality", "inputModality", "outputModality", "hasArchitecture", "applicationDomain",
            "parentOrganization", "headquarters", "availableOn", "operatedBy", "imposesObligation",
            "obligationBearer", "definesRiskTier", "addressesRisk", "issuedBy", "addressesChallenge"}


_VALUE_PREDICATES = frozenset({"releaseDate", "foundingDate", "appliesFrom", "parameterCount",
                               "activeParameterCount", "contextWindow", "license", "accessLevel", "openWeights",
                               "systemicRiskThreshold"})


def _normal(predicate: str, value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if predicate == "accessLevel":
        return _ACCESS.get(text, text)
    if predicate == "license":
        return text.rsplit("/", 1)[-1]
    return text


def report(scores: list[DocumentScore]) -> str:
    """A plain-text table: per document, per predicate, and the macro average."""
    lines = [f"{'document':44} {'entities P/R':>14} {'relations P/R':>14} {'values P/R':>12} {'all P/R':>12}"]
    for s in scores:
        lines.append(f"{s.name:44} {_pr(s.entities):>14} {_pr(s.relations):>14} {_pr(s.values):>12} "
                     f"{_pr(s.facts):>12}")
    lines.append(f"{'macro average':44} {_macro(scores, 'entities'):>14} {_macro(scores, 'relations'):>14} "
                 f"{_macro(scores, 'values'):>12} {_macro(scores, 'facts'):>12}")
    lines.append("")
    lines.append(f"{'predicate':28} {'found':>6} {'gold':>6} {'P':>6} {'R':>6}")
    merged: dict[str, Score] = {}
    for s in scores:
        for predicate, score in s.by_predicate.items():
            total = merged.setdefault(predicate, Score())
            total.found += score.found
            total.expected += score.expected
            total.hits += score.hits
    for predicate, score in sorted(merged.items()):
        lines.append(f"{predicate:28} {score.found:>6} {score.expected:>6} {score.precision:>6.2f} "
                     f"{score.recall:>6.2f}")
    return "\n".join(lines)


def macro(scores: list[DocumentScore], part: str) -> tuple[float, float]:
    """Macro-averaged (precision, recall) of one part (entities, relations, values, facts)."""
    parts = [getattr(s, part) for s in scores]
    return (sum(p.precision for p in parts) / len(parts), sum(p.recall for p in parts) / len(parts))


def _macro(scores: list[DocumentScore], part: str) -> str:
    precision, recall = macro(scores, part)
    return f"{precision:.2f}/{recall:.2f}"


def _pr(score: Score) -> str:
    return f"{score.precision:.2f}/{score.recall:.2f}"


def evaluate(
    corpus: Path, ontology_dir: Path, documents: Path | None = None, only: str = "", processes: int | None = None,
    cache: Path | None = None,
) -> list[DocumentScore]:
    """Extract every document of ``corpus/documents`` (or ``documents``) that has a gold file whose name
    contains ``only``, and score it; on ``processes`` processes (by default as many as ``fmkg build`` uses), with
    ``fmkg build``'s extraction cache (FMKG_EXTRACTION_CACHE) unless ``cache`` names another."""
    from rdflib import Graph

    from fmkg.config import Settings
    from fmkg.extract import extract_all, load_rules
    from fmkg.graph.rdf import expand_classes, superclass_closure
    from fmkg.iri import Iris

    rules = load_rules(ontology_dir)
    closure = superclass_closure(Graph().parse(ontology_dir / "fmkg.ttl"), Iris())
    scored = set(closure)
    gold_dir = corpus / "gold" if (corpus / "gold").is_dir() else corpus
    golds = sorted(p for p in gold_dir.glob("*.toml") if only in p.stem)
    texts = [(documents or corpus / "documents") / f"{gold_path.stem}.txt" for gold_path in golds]
    settings = Settings.from_env()
    processes = processes if processes is not None else settings.extract_processes
    cache = cache or (Path(settings.extraction_cache) if settings.extraction_cache else None)
    extractions = extract_all(texts, rules, processes, cache)
    scores = []
    for gold_path, extraction in zip(golds, extractions, strict=True):
        expand_classes(extraction, closure)
        scores.append(score_document(gold_path.stem, extraction, read_gold(gold_path), scored))
    return scores


def main(argv: list[str] | None = None) -> int:
    """``python -m fmkg.evaluation [CORPUS] [--verbose]``: the table of ``report``; ``make eval`` runs it."""
    import argparse

    parser = argparse.ArgumentParser(prog="fmkg-eval", description=main.__doc__)
    parser.add_argument("corpus", nargs="?", default="tests/eval", type=Path)
    parser.add_argument("--ontology", default="ontology", type=Path)
    parser.add_argument("--documents", type=Path, help="where the documents are (default CORPUS/documents)")
    parser.add_argument("--only", default="", help="score only the documents whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="list what was missed and what is spurious")
    args = parser.parse_args(argv)
    scores = evaluate(args.corpus, args.ontology, args.documents, args.only)
    print(report(scores))
    if args.verbose:
        for s in scores:
            print(f"\n## {s.name}\nmissed: {s.missed}\nspurious: {s.spurious}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
