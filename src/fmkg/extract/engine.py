"""One generic engine for the sentence rules of ``sentence-rules.toml``, over spaCy's analysis.

A rule is data: a dependency pattern (spaCy's ``DependencyMatcher`` syntax) or a token pattern (``Matcher``),
the nodes that are its subject and object or value, their classes, the predicate and an id. The engine
matches every rule against every analysed sentence and turns each match into facts through a ``Sink``
(the pipeline's recorder), naming the rule that produced them.

Nodes are resolved to names the same way for every rule:
- a name token (``Llama 3.1 405B``, merged by the analysis) is itself, plus its conjuncts ("A and B");
- a noun that refers ("the Claude *family*", "Qwen2.5 *models*", "a *company*") is the name it is built on:
  its name compounds, else the subject it is said of ("X is a *model* ...") or stands beside ("X, a *model*").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Protocol

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from fmkg.extract.analysis import (
    ARRIVING_VERBS,
    FOREIGN_ARTICLES,
    HUB_NAME,
    MONTH_NAMES,
    NUMBER_WORDS,
    based_place,
    ends_in_a_variant_word,
    pipeline,
)
from fmkg.extract.document import Span
from fmkg.extract.values import PARSERS

__all__ = ["ENTRY_DATE", "GROUPS", "LINEAGE_PREDICATES", "MODEL_CLASSES", "NATIONALITY", "ORGANIZATION_CLASSES",
           "SIZE_AT_END", "SIZE_INSIDE", "ModalityRules", "SentenceRule", "Sink", "Unit", "class_group",
           "run_architectures", "run_modalities", "run_rules", "sized_name"]

MODEL_CLASSES = frozenset({
    "FoundationModel", "LanguageModel", "VisionModel", "MultimodalModel", "CodeModel", "DomainSpecificModel",
    "ImageGenerationModel", "VideoGenerationModel", "SpeechModel", "EmbeddingModel", "VisionLanguageModel",
    "ReasoningModel"})
ORGANIZATION_CLASSES = frozenset({"Organization", "Provider", "ResearchOrganization", "PublicAuthority"})
LINEAGE_PREDICATES = frozenset({"fm:basedOn", "fm:fineTunedFrom", "fm:distilledFrom", "fm:quantizedFrom"})
# Classes of one group exclude the others: a name that is a model is never also an organization or a place; the
# recorder (pipeline.py) and the rules' topics (``_group``) read groups from this one table.
GROUPS = {"model": MODEL_CLASSES, "organization": ORGANIZATION_CLASSES,
          "instrument": frozenset({"GovernanceInstrument", "Regulation", "CodeOfPractice", "Framework"}),
          "place": frozenset({"Place"}), "platform": frozenset({"Platform"}),
          "architecture": frozenset({"Architecture"}),
          # "introduced QLoRA in May 2023 with Guanaco": a method (or a risk) the page lists is never a model
          "concept": frozenset({"AdaptationMethod", "Risk", "Challenge", "Characteristic", "EconomicImpact"})}


@dataclass(frozen=True)
class SentenceRule:
    """One rule of ``sentence-rules.toml`` (see the comments there for each field)."""

    id: str
    kind: str  # relation | kind | value
    pattern: list[dict] | None = None  # dependency pattern
    tokens: list[dict] | None = None  # token pattern (value rules whose subject is the sentence's topic)
    subject: str = "subject"
    object: str = "object"
    predicate: str = ""
    classes: dict[str, str] = field(default_factory=dict)
    require: dict[str, str] = field(default_factory=dict)
    parser: str = ""
    datatype: str = ""
    subject_class: str = ""
    object_class: str = ""  # a relation whose object is the sentence's topic of this class ("..., its platform")
    constant: str = ""  # the value a rule states by matching at all ("open weights" -> OpenWeightsAccess)
    conjuncts: bool = True  # "A and B released C": a node stands for its conjuncts too
    at: dict[str, int] = field(default_factory=dict)  # token rules: the node at each position of the match
    dated: str = ""  # a predicate the line's leading date gives the subject ("June 2018: OpenAI releases GPT-1")


@dataclass
class Unit:
    """A sentence (or an item's clause) to analyse: the text given to the parser and the span it stands for.

    ``topic`` is the entity a clause speaks of without naming it: the term of a ``Term — clause; clause``
    item, which ``text`` repeats as the clause's subject."""

    text: str
    evidence: Span
    topic: str | None = None
    section: str = ""
    doc: Doc | None = None
    antecedent: str | None = None  # the name "it" refers to: the last subject before
    referents: dict[str, list[str]] = field(default_factory=dict)  # what "the company", "the model", "both" are
    groups: dict[str, str] = field(default_factory=dict)  # the group (model, organization) of each name it has
    paragraph: int = -1  # where the paragraph (block) it belongs to starts
    date: str | None = None  # the date leading a timeline's line
    subjects: list[str] | None = None  # slugs "They" / "These models" stand for (the models a list item names)


class Sink(Protocol):
    """What the engine needs of the pipeline's recorder."""

    def entity(self, name: str, cls: str, evidence: Span, *, rule: str = ...) -> str: ...
    def relate(self, subject: str, predicate: str, obj: str, evidence: Span, *, rule: str = ...) -> None: ...
    def value(self, subject: str, predicate: str, value: str, kind: str, evidence: Span, *, rule: str,
              overriding: bool = False) -> None: ...
    def resolve(self, name: str) -> str | None: ...
    def group_of(self, slug: str) -> str | None: ...
    def kind_class(self, phrase: str) -> str | None: ...
    def organization_class(self, name: str) -> str | None: ...
    def has_value(self, slug: str, predicate: str) -> bool: ...
    def admissible(self, name: str, cls: str) -> bool: ...
    def begins_a_model(self, name: str) -> bool: ...
    def is_weight_hub(self, name: str) -> bool: ...
    def names_a_region(self, name: str) -> bool: ...
    def default_subject(self, cls: str, at: int | None = None) -> str | None: ...
    def law_called(self, head: str, at: int) -> str | None: ...
    def architectures(self, phrase: str) -> list[str]: ...
    def access(self, phrase: str) -> str | None: ...
    def domain(self, phrase: str) -> str | None: ...
    def is_a(self, slug: str, classes: frozenset[str]) -> bool: ...


# Nouns that refer to a name they are built on ("the Claude *family*", "Qwen2.5 *models*") ...
_MODEL_NOUNS = frozenset({"model", "family", "series", "line", "version", "variant", "llm", "system", "checkpoint",
                          "release", "suite", "collection", "architecture", "size", "member", "sibling", "successor",
                          "predecessor", "transformer", "generation", "flagship"})  # "its flagship, X, ..."
# ... or to the name they are said of ("Mistral AI, a Paris *company*"; "X is a *lab*").
_REFERRING_NOUNS = _MODEL_NOUNS | {"company", "startup", "start-up", "lab", "laboratory", "firm", "corporation",
                                   "organization", "organisation", "institute", "university", "subsidiary", "nonprofit",
                                   "developer", "maker", "platform", "service", "city", "group", "unit", "division",
                                   "venture", "centre", "center", "conglomerate", "consultancy", "manufacturer",
                                   "bank", "operator", "society", "foundation", "fund", "non-profit",
                                   "broadcaster", "studio", "agency", "retailer", "publisher", "body",
                                   "authority"}


def class_group(cls: str) -> str | None:
    """The group of a class (``GROUPS``), if it has one."""
    return next((group for group, members in GROUPS.items() if cls in members), None)


def _group(cls: str) -> str:
    return class_group(cls) or cls


class _Compiled:
    def __init__(self, rules: list[SentenceRule]) -> None:
        vocab = pipeline().vocab
        self.rules = {rule.id: rule for rule in rules}
        self.dependency = DependencyMatcher(vocab)
        self.tokens = Matcher(vocab)
        for rule in rules:
            if rule.pattern:
                self.dependency.add(rule.id, [rule.pattern])
            if rule.tokens:
                self.tokens.add(rule.id, [rule.tokens])


_COMPILED: dict[int, tuple[list[SentenceRule], _Compiled]] = {}


def _compiled(rules: list[SentenceRule]) -> _Compiled:
    """The matchers of a rule list, built once per list (the list is kept, so its id is never reused)."""
    cached = _COMPILED.get(id(rules))
    if cached is None or cached[0] is not rules:
        cached = _COMPILED[id(rules)] = (rules, _Compiled(rules))
    return cached[1]


def run_rules(units: list[Unit], rules: list[SentenceRule], sink: Sink) -> None:
    """Match every rule on every analysed unit; kinds first, so relations can rely on what is a model."""
    compiled = _compiled(rules)
    found_in = {id(unit): list(_matches(unit, compiled)) for unit in units if unit.doc is not None}
    # Relations said of a sentence's topic run once more after the values: "Vexa 2 was released in May 2023. Its
    # weights were published on P": Vexa 2 is known as a model only once the value rules have read its date.
    # Kinds said of a pronoun run once more at the end: "A and B were released by X; both are reasoning models": B
    # is known as a model only once the relations have run.
    for wanted in ("kind", "relation", "value", "topic relation", "pronoun kind"):
        previous: Unit | None = None
        for unit in units:  # each sentence linked just before its rules run, so it sees what those before found
            if wanted == "relation":
                _named_variants(unit, sink)
            if wanted == "topic relation":  # after the values, which may be what made the names models
                _sizes_in_names(unit, sink)
            _link(previous, unit, sink)
            for rule, nodes in found_in.get(id(unit), ()):
                if rule.kind == wanted or (wanted == "topic relation" and rule.kind == "relation"
                                           and (rule.subject not in nodes and rule.subject_class
                                                or rule.id in _AFTER_THE_VALUES)) \
                        or (wanted == "pronoun kind" and rule.kind == "kind" and rule.subject in nodes
                            and nodes[rule.subject].text.lower() in _PRONOUN_SUBJECTS):
                    _apply(rule, nodes, unit, sink)
            previous = unit


# Relations run once more after the values too: "Skyscanner was founded in 2003. It was acquired by Ctrip": the name
# is known as an organization's only once the value rules have read its founding
_AFTER_THE_VALUES = frozenset({"organization-passive-owned-by-parent", "organization-passive-owned-by-named-parent"})


# "FLUX.1 [dev]", "FLUX.1 Depth": the words after a model's name that make a variant of it; not a product's word
_VARIANT_WORD = re.compile(r"\[[\w -]+\]|[A-Z][a-z]{2,}")
_PRODUCT_WORDS = frozenset({"Code", "Chat", "App", "Apps", "Stack", "Studio", "Assistant", "Search", "Cloud",
                            "Platform", "Hub", "Playground", "Console", "Enterprise", "Team", "Teams", "Community",
                            "License", "Licence", "Labs", "Research", "Foundation", "Server", "Agent", "Agents"})


# "in three sizes, A-135M, A-360M and A-1.7B, each named after its parameter count": a sentence that says its
# names give the sizes
_NAMES_GIVE_SIZES = re.compile(r"\bnamed (?:after|for) (?:its|their) (?:parameter counts?|sizes?|numbers? of "
                               r"parameters)\b|\bnames? (?:gives?|states?|tells?) (?:its|their) (?:sizes?|parameter "
                               r"counts?|numbers? of parameters)\b")
_SIZE_IN_NAME = re.compile(r"(?:^|[\s_-])(\d+(?:\.\d+)?)([MBT])(?=$|[\s_-])")
_SIZE_WORDS = {"M": "million", "B": "billion", "T": "trillion"}


def _sizes_in_names(unit: Unit, sink: Sink) -> None:
    """The parameter count of each model a sentence names, read from its name, when the sentence says the names
    give them."""
    said = _NAMES_GIVE_SIZES.search(unit.text) if unit.doc is not None else None
    if said is None or unit.doc is None:
        return
    before = [t for t in unit.doc if t._.is_name and t.idx < said.start()]
    if not before:
        return
    for token in _listed_names(before[-1]):  # "A-135M, A-360M and A-1.7B, each named after ...": the last name
        slug = sink.resolve(token.text)  # before, and those listed with it
        sizes = _SIZE_IN_NAME.findall(token.text)
        if slug is None or sink.group_of(slug) != "model" or len(sizes) != 1:
            continue
        number, unit_letter = sizes[0]
        count = PARSERS["count"](f"{number} {_SIZE_WORDS[unit_letter]} parameters")
        if count:
            sink.value(slug, "fm:parameterCount", count, "decimal", unit.evidence, rule="sizes-in-names")


def _named_variants(unit: Unit, sink: Sink) -> None:
    """"FLUX.1 [dev] was distilled from ...", "FLUX.1 Depth and FLUX.1 Canny follow ...": a sentence's subject named
    as a known model's name and a variant's word is a model too, before the sentence's relations are read."""
    for token in unit.doc if unit.doc is not None else ():
        if not token._.is_name or token.dep_ not in _SUBJECT_DEPS | {"conj"} or sink.resolve(token.text) is not None:
            continue
        if token.dep_ == "conj" and token.head.dep_ not in _SUBJECT_DEPS:
            continue
        base = _known_model_prefix(token.text, sink)
        rest = token.text[len(base):] if base is not None else ""
        if rest.startswith(" ") and _VARIANT_WORD.fullmatch(rest[1:]) and rest[1:] not in _PRODUCT_WORDS \
                and not described_as_another_thing(token) and sink.admissible(token.text, "FoundationModel"):
            sink.entity(token.text, "FoundationModel", unit.evidence, rule="named-variant")


_ANAPHORS = frozenset({"it", "they", "its", "their"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUN_SUBJECTS = frozenset({"it", "they", "both", "all", "each"})
# "the company", "this model", "both models", "they": which referent of ``Unit.referents`` each stands for.
_ORGANIZATION_ANAPHORS = frozenset({"company", "lab", "laboratory", "startup", "start-up", "firm", "developer", "team",
                                    "institute", "organisation", "organization", "group", "maker", "collaboration",
                                    "consortium", "university", "academy", "agency", "library", "school",
                                    "authority", "regulator", "commission", "ministry"})
# Nouns for an organization itself, which a possessive before them says whose it is ("Spain's national centre")
_BODIES = _ORGANIZATION_ANAPHORS | {"centre", "center"}
# What a part of a company is called ("DeepFloyd, a research team inside Stability AI"): no company of its own (a
# lab may be one: "Answer.AI, an applied research lab")
_PARTS_OF_A_COMPANY = frozenset({"team", "group", "unit", "division", "arm", "department"})
# Nouns that say what kind of organization is meant, unlike "company" or "group", which any maker may be called
_KIND_ANAPHORS = frozenset({"institute", "university", "academy", "agency", "library", "school", "lab", "laboratory",
                            "consortium", "collaboration", "authority", "commission", "ministry"})
# What an organization opens as its first seat: "its first laboratory"
_SITES = frozenset({"laboratory", "lab", "office", "centre", "center", "campus"})
_PLURAL_PRONOUNS = frozenset({"they", "both", "all", "each", "none", "neither"})  # "None of the three was ..."


def _link(previous: Unit | None, unit: Unit, sink: Sink) -> None:
    """What the anaphors of a sentence stand for, from the sentences before it in the same section:
    "it" the named subject of the sentence before; "the company" the last organization named; "the model"
    the last model; "they", "both" or "the models" the last models named together ("A and B")."""
    same_section = previous is not None and previous.section == unit.section and previous.doc is not None
    referents: dict[str, list[str]] = {}
    it_stood_for = previous.antecedent if previous is not None else None  # (an organization "it" stood for there,
    # the subject of its main verb: "Together with a lab, it published X. The team ...": what "it" stood for)
    it_continues = it_stood_for is not None and previous is not None and previous.doc is not None \
        and sink.group_of(sink.resolve(it_stood_for) or "") == "organization" and _it_subject(previous.doc)
    found = _referents(previous.doc, sink, it_continues) if previous is not None and previous.doc is not None \
        else {}
    if previous is not None and previous.doc is not None and "model" in previous.referents and "model" in found \
            and previous.doc[0].text == "It" and previous.doc[0].dep_ in ("nsubj", "nsubjpass") \
            and previous.doc[0].head.dep_ == "ROOT":  # "It has six layers, where its teacher, Google's BERT base, has
        found["model"] = previous.referents["model"]  # twelve. Its weights ...": the model "It" went on standing for
        if "topic" in previous.referents:
            found["topic"] = previous.referents["topic"]
    of_them = unit.doc is not None and len(unit.doc) > 0 and unit.doc[0].lower_ in ("they", "their", "each")
    counted = _counted_subject_stood_for(previous) if of_them and previous is not None and previous.doc is not None \
        else []
    if len(counted) > 1:  # "All eight share the size of BERT-base. They can be downloaded ...": the eight, not
        found["topic"] = counted  # the model the sentence named in passing
    if it_stood_for is not None and it_continues and "organization" not in found:
        found["organization"] = [it_stood_for]
    if it_stood_for is not None and it_continues:  # "In August 2024 it published A and B. Three months later it
        found["it_organization"] = [it_stood_for]  # followed them with C": "it" still the organization
    if same_section:
        assert previous is not None and previous.doc is not None  # same_section says so
        referents = dict(previous.referents)
        referents.pop("it_organization", None)  # (what "it" went on being lasts one sentence)
        subjects = [t for t in _main_subject_names(previous.doc) if not _described_as_backer(t)] \
            or [t for t in previous.doc if t.dep_ in ("nsubj", "nsubjpass") and t._.is_name
                and not _described_as_backer(t)] \
            or [t for t in previous.doc[:2] if t._.is_name  # "Hume AI, a ... start-up, studies ..." misparsed
                and sink.group_of(sink.resolve(t.text) or "") in ("model", "organization")]
        subjects = [t for t in subjects if not _a_person(t, sink)]  # "Alexander Wong, a professor ..., started
        # the company. Together with ..., it published X": "it" stands for no person; "X is a start-up; OpenAI was
        # among its first investors. Its first model ...": X, not its investor
        # "The lab released A, which ... . It was published in two sizes": a model the sentence before named, when
        # it named no subject
        mentioned = found.get("topic", [None])[0] if not subjects and previous.doc[0].lower_ != "it" else None
        if not subjects and mentioned is None and previous.antecedent is None:  # "To generate text, the group
            mentioned = _organization_named_by_noun(previous)  # turned to decoders. In February 2024 it released
            # ...", opening a section: the group it meant
        unit.antecedent = subjects[0].text if subjects else mentioned or previous.antecedent
        said = _main_subject_said(previous)  # "The model has 180 billion parameters, and X, ..., was released
        if said is not None:  # alongside. ... it is ...": the model the main clause spoke of, not X
            unit.antecedent = said
        referents.update(found)
    models_before = _paragraph_models(previous.doc, sink) if previous is not None and previous.doc is not None else []
    if same_section and previous is not None and previous.paragraph == unit.paragraph:
        referents["paragraph"] = list(dict.fromkeys([*referents.get("paragraph", []), *models_before]))
    if previous is not None and previous.paragraph != unit.paragraph:
        referents.pop("paragraph", None)
        referents.pop("models", None)  # "they" does not reach back past a paragraph's end
        referents.pop("family", None)
        if len(referents.get("topic", ())) > 1:
            referents.pop("topic")
    if previous is not None and previous.doc is not None:  # every model the page has named so far
        referents["page"] = list(dict.fromkeys([*previous.referents.get("page", []), *models_before]))
        referents["organizations"] = list(dict.fromkeys([  # and every organization, for "the Bonn group"
            *previous.referents.get("organizations", []),
            *(t.text for t in previous.doc
              if t._.is_name and sink.group_of(sink.resolve(t.text) or "") == "organization")]))
        if same_section:  # the models this section's items are about, in order ("All four are ...", "Both ...")
            items = previous.referents.get("items", [])
            opening = previous.doc[0].text if previous.evidence.start == previous.paragraph \
                and previous.doc[0]._.is_name else None  # "LaBraM (Shanghai Jiao Tong University): ..."
            for term in (previous.topic, opening):
                slug = sink.resolve(term) if term else None
                if term and slug and sink.group_of(slug) == "model" and term not in items:
                    items = [*items, term]
            referents["items"] = items
        if same_section:  # the models this section's sentences are about: "Both models" after a paragraph on
            spoken = previous.referents.get("section", [])  # each of two
            referents["section"] = list(dict.fromkeys([*spoken, *_subject_models(previous.doc, sink)]))
            if _speaks_of_two(previous.doc) and len(spoken) == 2 and "models" not in found:
                referents["models"] = referents["topic"] = spoken  # "Both models were ... Their weights"
        referents.update({k: v for k, v in (*previous.referents.items(), *found.items())
                          if k.startswith(_DESCRIBED)})  # "the workshop": whatever section it is in
    if unit.topic:  # an item's clauses speak of its term: "...; it published Kimi K2"
        unit.antecedent = unit.topic
        group = sink.group_of(slug) if (slug := sink.resolve(unit.topic)) else None
        if group in ("model", "organization"):
            referents[group] = [unit.topic]
        if group == "organization" and (previous is None or previous.topic != unit.topic):
            referents.pop("model", None)  # "- Maker B — ...; its models X and Y": not the models of maker A's item
            referents.pop("topic", None)
    if unit.subjects:
        referents["topic"] = referents["models"] = list(unit.subjects)
    unit.referents = referents
    if unit.doc is not None:
        _sized_members(unit, sink)
        _ranged_members(unit, sink)
        unit.groups = {t.text: g for t in unit.doc if t._.is_name
                       and (g := sink.group_of(slug) if (slug := sink.resolve(t.text)) else None)}


def _counted_subject_stood_for(unit: Unit) -> list[str]:
    """What a sentence opening with a count ("All eight share ...", "The four were trained ...") stood for: the last
    models of that number the page named before it."""
    assert unit.doc is not None
    doc = unit.doc
    if len(doc) < 3 or doc[0].lower_ not in ("all", "the", "these") or doc[1].lower_ not in NUMBER_WORDS \
            or doc[2].pos_ in ("ADJ", "ADP", "PROPN") or doc[2].tag_ == "NNS" or doc[2]._.is_name:
        return []  # the count is the subject ("All eight share ..."), not "The two new members of the line, A and B"
    count = NUMBER_WORDS[doc[1].lower_]
    page = list(dict.fromkeys(unit.referents.get("page", [])))
    return page[-count:] if len(page) >= count > 1 else []


def _root_subjects(doc: Doc) -> list[Token]:
    """The subjects of each sentence's main verb (a unit may hold two sentences: "...; its weights were ...")."""
    return [c for t in doc if t.dep_ == "ROOT" for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]


def _subject_models(doc: Doc, sink: Sink) -> list[str]:
    """The models a sentence's main subjects name."""
    return [n for s in _root_subjects(doc) for n in _name_of(s)
            if (slug := sink.resolve(n)) and sink.group_of(slug) == "model"]


def _speaks_of_two(doc: Doc) -> bool:
    """Is a sentence's subject "Both", "Both models" or "The two models" (and no name)?"""
    subjects = _root_subjects(doc)
    return any(not s._.is_name and (s.lower_ == "both" or s.tag_ == "NNS" and s.lemma_.lower() in _MEMBER_WORDS
                                    and _counted(s) == 2) for s in subjects)


def _main_subject_said(unit: Unit) -> str | None:
    """The one name a sentence's main subject stands for when it is a phrase such as "The model"."""
    assert unit.doc is not None
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or subject._.is_name or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _MODEL_WORDS:
        return None
    named = _referent(subject, unit)
    return named[0] if named and len(named) == 1 else None


def _main_subject_names(doc: Doc) -> list[Token]:
    """"Its main model, X, has ... so that it can be used wherever Y is supported": the name the main clause is
    about (X), before the subjects of its other clauses (Y)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None:
        return []
    if subject._.is_name:
        return [subject]
    if subject.pos_ != "NOUN":
        return []
    apposed = [a for a in subject.children if a.dep_ == "appos" and a._.is_name][:1]
    # "The most influential open effort was BigCode, ... . Its first model ...": the name the phrase is said to be
    said = [c for c in subject.head.children if c.dep_ == "attr" and c._.is_name
            and not any(m.lemma_.lower() in _PERSON_HEADS for m in c.children)][:1] \
        if subject.head.lemma_ == "be" and subject.lemma_.lower() not in _PERSON_HEADS | _NAMING_NOUNS else []
    return apposed or said  # (not "Its president is X", "in Chinese the brand is Tiangong")


# Nouns for what a thing is called, not for a thing
_NAMING_NOUNS = frozenset({"brand", "name", "word", "term", "title", "slogan", "motto", "abbreviation", "acronym",
                           "nickname", "codename", "code name"})


_UNIVERSITY = re.compile(r"\bUniversit")
_COMPANY_ANAPHORS = frozenset({"company", "firm", "startup", "start-up"})  # (no university is called one)


def _company_before(unit: Unit) -> list[str]:
    """The organization "the company" stands for when the last one named is a university: the item's own or the
    one the sentences before spoke of, else the last other organization the page named (else none)."""
    for spoken in (unit.topic, unit.antecedent):
        if spoken and unit.groups.get(spoken) != "model" and spoken not in unit.referents.get("page", ()) \
                and not _UNIVERSITY.search(spoken):
            return [spoken]
    return [n for n in unit.referents.get("organizations", []) if not _UNIVERSITY.search(n)][-1:]


def _maker_of_a_base(token: Token) -> bool:
    """"from that of Pix2Struct-Large, a Google model trained to parse screenshots": an organization named in the
    description of a model the sentence names as a base."""
    noun = token.head
    return token.dep_ in ("compound", "poss", "nmod", "amod") and noun.lemma_.lower() in _MODEL_WORDS \
        and noun.dep_ == "appos" and noun.head._.is_name and _named_as_base(noun.head)


def _referents(doc: Doc, sink: Sink, it_continues: bool = False) -> dict[str, list[str]]:
    """The last organization, the last model and the last group of models (two or more, named together)
    a sentence names; its subject counts as named last, so "Meta released Llama 3. The company ..." is Meta (and
    "it", when it stands for an organization: "Together with the TurkuNLP group, it trained Poro. ... the company")."""
    found: dict[str, list[str]] = {}
    names = [t for t in doc if t._.is_name]
    names.sort(key=lambda t: (t.dep_ in ("nsubj", "nsubjpass"), t.i))
    resolved = {t.i: sink.resolve(t.text) for t in names}
    groups = {i: sink.group_of(slug) if slug else None for i, slug in resolved.items()}
    models = [t for t in names if groups[t.i] == "model"]
    known = "organization" in groups.values()
    continued = _organization_anaphor_subject(doc) or it_continues  # "The company raised ... in a round led by X":
    # still the company
    range_ends = _ends_of_a_familys_range(doc, groups)  # "X, a family of five models, ranging from A to B": A, B
    for token in names:
        slug = resolved[token.i]
        if _UNIVERSITY.search(token.text) and token.dep_ in ("nsubj", "nsubjpass") \
                and sink.group_of(slug or "") in ("organization", None):  # "The University of Edinburgh ... The
            found[_DESCRIBED + "university"] = [token.text]  # university is one of the developers of EuroLLM",
            # whether or not a rule has typed it yet (the one a sentence was about, not one named in passing)
        group = groups[token.i] if slug else (  # "The work began at Pellucid Labs. The Helsinki company ...": a
            "organization" if not known and sink.organization_class(token.text)
            and not _UNIVERSITY.search(token.text) else "model" if sized_name(token.text) else None)  # name its own
        # words make an organization's, when the sentence names no organization known already (not a university:
        # "founded by two Stanford University students. The Palo Alto firm ..."); a name with its size a model's
        # ("The work began with NB-GPT-J-6B. ... The model is a fine-tuned version of GPT-J 6B")
        if group not in ("model", "organization"):
            continue
        if group == "model" and (_named_as_base(token) or _compared(token) or _measured_against(token)):
            continue  # "It was fine-tuned from A. Its weights ...", "... better than the one of earlier Mistral
            # models. Its weights ...", "X scored as well as Y. The weights ...": not A's, not Y's
        if group == "model" and _names_a_thing_of_it(token):  # "in a redesigned Firefly app. The model
            continue  # produces clips": an app named after a model, not the model
        if group == "model" and _kind_of_another(token):  # "MMS-TTS, ..., each of them a separate VITS model. Meta
            continue  # published the weights ...": MMS-TTS's, the model whose kind VITS names
        if group == "model" and _family_holding_another(token, models):
            continue  # "Google added X to its Gemma family. It can be downloaded ...": X, not the family it joined
        if group == "model" and token.i in range_ends:
            continue  # "X, a family of five models, ranging from A to B. They too ...": X, not B
        if group == "model" and any(p.lower_ == "it" and _in_opening_modifier(token, p) for p in doc):
            continue  # "Trained to work alongside A, it turns ... . Its weights ...": not A's
        if token.dep_ == "poss" and _measured_against(token.head):  # "X was presented as a match for Meta's
            continue  # Llama 3.3 70B. ... Magistral, the company's first family ...": not Meta, not Llama
        if group == "organization" and token.dep_ == "poss" and (_named_as_base(token.head)  # "fine-tuned from
                                                                 or token.head.lemma_.lower() in _PART_NOUNS
                                                                 or PARSERS["license"](token.head.text)):
            continue  # Meta's LLaMA. The same university ...": not Meta; "reads prompts with Google's encoder":
            # not Google; "under Meta's Llama 3.1 Community License. ... the team released": not Meta
        if group == "organization" and _described_as_backer(token):  # "A and B were among the investors who
            continue  # backed it ... The company ...": the company the entry is about, not its investors
        if group == "organization" and _owner_in_description(token):  # "X, the AI institute of LG Corp. The
            continue  # institute ...": X, not the owner its description names
        if group == "organization" and _maker_of_a_base(token):  # "initialised from Pix2Struct-Large, a Google
            continue  # model ... the group added ...": the group the page is about, not the base's maker
        if group == "organization" and continued and token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found[group] = [token.text]
        if group == "model" and _described_as_a_family(token) and "models" not in found \
                and any(t.i in range_ends for t in models):
            found["models"] = [token.text]  # "X, a family of models ranging from A to B. They ...": the family,
            # for its members
        together = [c.text for c in (*_conjuncts(token), *_listed_after(token), *_released_with(token)) if c._.is_name]
        # what the text is about now: the last model(s) named ("first models, A and B": A heads the list too)
        if group == "model" and (token.dep_ != "conj" or (not token.head._.is_name and token.head.pos_ == "NOUN")):
            found["topic"] = list(dict.fromkeys([token.text, *together]))
            if together:
                found["models"] = found["topic"]
                family = _family_of_all(found["topic"], sink)  # "Code Llama 7B, 13B and 34B. ... The models"
                if family:
                    found["family"] = [family]
    for name in names:  # "BigScience, an open research workshop": what "the workshop" stands for, page-wide
        slug = resolved[name.i]
        described = [a for a in name.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.tag_ == "NN"]
        if name.dep_ == "nsubj" and name.head.lemma_ == "be":  # "ByteDance Seed is the research team that ..."
            described += [a for a in name.head.children if a.dep_ == "attr" and a.pos_ == "NOUN" and a.tag_ == "NN"]
        if slug and sink.group_of(slug) == "organization" and described:
            found[_DESCRIBED + described[0].lemma_.lower()] = [name.text]
        if described and (slug is None or sink.group_of(slug) == "organization") and _LAB_NAME.search(name.text):
            for word in ("lab", "laboratory"):  # "trains its models in Quorvex AI Research, its research division.
                found.setdefault(_DESCRIBED + word, [name.text])  # ... The lab published ...": not its parent
    for noun in doc:  # "Its two base models, A and B, ...": what "the two base models" stand for later
        apposed = [a for a in noun.children if a.dep_ == "appos" and a._.is_name]
        if noun.lemma_.lower() in _MEMBER_WORDS and apposed and " " in _described_as(noun):  # "a base model, X"
            found[_CALLED + _described_as(noun)] = [n.text for a in apposed for n in (a, *_conjuncts(a))]
    return found


def _described_as_a_family(token: Token) -> bool:
    """"Arctic Embed, a family of five text embedding models": a name its apposition calls a family."""
    return any(a.dep_ == "appos" and a.lemma_.lower() in _FAMILY_NOUNS and not a._.is_name for a in token.children)


def _ends_of_a_familys_range(doc: Doc, groups: dict[int, str | None]) -> set[int]:
    """"X, a family of five models, ranging from A to B": the ends of the range of a family the sentence names and
    speaks of (not "X, a family of three models: A, B and C", which names them all)."""
    if not any(t._.is_name and groups.get(t.i) == "model" and _described_as_a_family(t) for t in doc):
        return set()
    return {t.i for t in doc if t.dep_ == "pobj" and t.head.lower_ in ("from", "to")
            and any(a.lemma_.lower() == "range" for a in t.ancestors)}


def _kind_of_another(token: Token) -> bool:
    """"X, a separate VITS model": a name that only says what kind of model another name is."""
    noun = token.head
    return token.dep_ == "compound" and noun.lemma_.lower() in _MODEL_WORDS and noun.dep_ in ("appos", "attr") \
        and any(d.lower_ in ("a", "an") for d in noun.children if d.dep_ == "det")


def _names_a_thing_of_it(token: Token) -> bool:
    """"the Firefly app", "the Gemini API": a name that modifies a noun for something else than a model (not "the
    Falcon language models")."""
    head = _compound_head(token)
    return head is not token and head.pos_ == "NOUN" and head.lemma_.lower() not in _MODEL_WORDS


def _family_holding_another(token: Token, names: list[Token]) -> bool:
    """"to its Gemma family", "in its Qwen1.5 series": a family named after a preposition as what holds a model the
    sentence named before it."""
    head = _compound_head(token)
    return head is not token and head.lemma_.lower() in _FAMILY_NOUNS and head.dep_ == "pobj" \
        and any(n.i < token.i and n.text != token.text for n in names)


def _compound_head(token: Token) -> Token:
    """The noun a name modifies through a chain of compounds ("Kirin 970" in "the Kirin 970 smartphone chip": chip),
    or the name itself."""
    head = token
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head


_BACKERS = frozenset({"investor", "backer", "shareholder", "funder", "customer", "client", "lender"})


def _listed_names(token: Token) -> list[Token]:
    """The names of the list a token stands in ("A, B and C"), in order, from the first."""
    first = _first_conjunct(token)
    return [t for t in (first, *first.conjuncts) if t._.is_name]


def _first_conjunct(token: Token) -> Token:
    """"A, B and C": A, the conjunct the others hang on (the token itself when it is none of a list's later ones)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _organization_anaphor_subject(doc: Doc) -> bool:
    """Is the main subject of a sentence an organization it names by a noun ("The company raised ... in a round led
    by Lightspeed", "The start-up then moved ..."), so that the organization the text is about stays the one "the
    company" meant before, whatever other organization the sentence names?"""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.tag_ == "NN"
               and t.lemma_.lower() in _ORGANIZATION_ANAPHORS
               and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children)
               and not any(c._.is_name for c in t.subtree) and not t.head._.is_name for t in doc)  # (not "the
    # Hangzhou developer DeepSeek released ...": a name)


def _organization_named_by_noun(unit: Unit) -> str | None:
    """The organization a sentence's main subject names by a noun ("the group", "the company"), as that sentence
    read it."""
    if unit.doc is None or not _organization_anaphor_subject(unit.doc):
        return None
    noun = next(t for t in unit.doc if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"
                and t.lemma_.lower() in _ORGANIZATION_ANAPHORS)
    stood = _referent(noun, unit)
    return stood[0] if stood and len(stood) == 1 else None


def _it_subject(doc: Doc) -> bool:
    """Is "it" the subject of a sentence's main verb?"""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ == "it" for t in doc)


def _described_as_backer(token: Token) -> bool:
    """"Alibaba Group and SoftBank were among the investors who backed it": organizations a sentence calls investors,
    shareholders or customers of another."""
    token = _first_conjunct(token)
    nouns = [c for c in token.head.children if c.dep_ in ("attr", "prep")] if token.dep_ == "nsubj" else []
    nouns = [o for n in nouns for o in ([n] if n.dep_ == "attr" else [c for c in n.children if c.dep_ == "pobj"])]
    nouns += [a for a in token.children if a.dep_ == "appos"]
    return any(n.lemma_.lower() in _BACKERS for n in nouns)


def _owner_in_description(token: Token) -> bool:
    """"LG AI Research, the artificial intelligence institute of LG Corp.": a name in the description apposed to
    another name."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return noun is not None and noun.dep_ == "appos" and not noun._.is_name and noun.head._.is_name


_CALLED = "called:"  # a referent key: the models the text calls by a description ("called:base model")
_LAB_NAME = re.compile(r"\s(?:Research|Labs?|Laborator(?:y|ies))$")  # "Salesforce AI Research", "Quorvex Lab"
_DESCRIBED = "described:"  # a referent key: the organization the text described by a noun ("described:workshop")


def _described_as(noun: Token) -> str:
    """"Its two base models" -> "base model": the words that describe models in the plural, singular."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.text.islower()]
    return " ".join([*words, noun.lemma_.lower()])


def _released_with(token: Token) -> list[Token]:
    """"released A together with B", "A alongside B": B came with A, and "both" after it means the two."""
    return _companions(token.head, token) if token.dep_ == "dobj" else []


def _employer_of_people(token: Token, sink: Sink) -> str | None:
    """"by A and B of the X Lab", "by A and B at X": when the makers named are people, the organization they are
    of or at (a list of "First Last" names may be people whatever the tagger calls them: "by Anthony Fuller, Koreen
    Millard and James Green at Carleton University")."""
    people = [t for t in (token, *token.conjuncts) if t._.is_name]
    if not people or not all((t.ent_type_ in ("PERSON", "") or len(people) > 1) and 2 <= len(t.text.split()) <= 3
                             and all(w[:1].isupper() and w[1:].islower() for w in t.text.split())
                             and sink.organization_class(t.text) is None
                             and sink.group_of(sink.resolve(t.text) or "") is None for t in people):
        return None
    holders = [token, *token.conjuncts, *([token.head.head] if token.head.dep_ == "agent" else [])]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "from") and prep.i > token.i:
                org = next((o for o in prep.children if o.dep_ == "pobj" and o._.is_name), None)
                if org is not None and (sink.organization_class(org.text) is not None or org.ent_type_ == "ORG"
                                        or sink.group_of(sink.resolve(org.text) or "") == "organization"):
                    return org.text
    return None


def _companions(verb: Token, model: Token) -> list[Token]:
    """"released A on D together with B", "A, launched in May alongside B": the names that came out with A, by the
    same verb, share its maker and date (the parser may hang "together with B" on the date)."""
    apposed = verb.head.dep_ == "appos" and verb.head.head.i == model.i  # "Mimi, the codec it released ... together
    # with its dialogue model Moshi"
    if verb.pos_ not in ("VERB", "AUX") or not (model.head.i == verb.i or verb.head.i == model.i or apposed):
        return []
    dates = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o._.is_date]
    return [n for p in (*verb.children, *(c for d in dates for c in d.children)) if p.dep_ == "prep" and p.i > model.i
            and (p.lower_ == "alongside" or (p.lower_ == "with" and any(c.lower_ in ("together", "along")
                                                                          for c in p.children)))
            for o in p.children if o.dep_ == "pobj" for named in [_named_by_apposition(o)] if named._.is_name
            for n in (named, *named.conjuncts) if n._.is_name]


_TEAM_NOUNS = frozenset({"group", "team", "lab", "laboratory"})


def _team_name(token: Token) -> list[str]:
    """"the TurkuNLP group", "its Recogna laboratory": the one name a group noun is built on, unless a place's ("the
    Helsinki lab") or the group is another organization's ("the Qwen team of Alibaba Cloud", "Meta's FAIR Chemistry
    team": the organization makes the models)."""
    named = _group_named_before(token)
    if named is None or named.ent_type_ in ("GPE", "LOC", "NORP") \
            or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PRON"
                       for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "within", "inside") or c.dep_ == "appos"
                   for c in token.children):  # (nor "the Abu Dhabi group G42": the name it goes on to give)
        return []
    return [named.text]


def _group_named_before(token: Token) -> Token | None:
    """"the TurkuNLP group": the one name a group noun is built on, right before it."""
    if token.lemma_.lower() not in _TEAM_NOUNS:
        return None
    named = [c for c in token.children if c.dep_ == "compound" and c._.is_name]
    return named[0] if len(named) == 1 and named[0].i == token.i - 1 else None


def _unit_named_before_its_parent(token: Token, sink: Sink) -> str | None:
    """"with the CompVis group of LMU Munich": the group's own name, unless the page knows it as a model's (not "the
    Qwen team of Alibaba Cloud", a team named after its models); a partner named so, not a subject ("The X team of
    Meta released ...": Meta's work)."""
    named = _group_named_before(token)
    if named is None or token.dep_ != "pobj" \
            or not any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in token.children):
        return None
    slug = sink.resolve(named.text)
    return named.text if (slug is None or sink.group_of(slug) in ("organization", None)) \
        and sink.admissible(named.text, "Organization") else None  # (not "the AI team of X")


def _coined_team_name(team: Token | None, unit: Unit, sink: Sink) -> str | None:
    """"with the TurkuNLP group of the University of Turku": a group's own coined name, one word, for the group that
    made a model with its parent; not "the Game Intelligence team of Microsoft Research" (words that say what the
    team does: the parent's work) nor "the Qwen team of Alibaba Cloud" (a team named after the page's models)."""
    name = _unit_named_before_its_parent(team, sink) if team is not None else None
    if name is None or " " in name or not re.search(r"[a-z][A-Z]|[A-Z]{2}", name):
        return None
    return None if any(n.startswith(name) for n in unit.referents.get("page", ())) else name


def _named_by_apposition(token: Token) -> Token:
    """"alongside a smaller sibling, Llemma 7B": the name a common noun is put beside, else the token itself."""
    if token._.is_name or token.pos_ != "NOUN":
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c._.is_name), token)


def _named_as_base(token: Token) -> bool:
    """"fine-tuned from A", "built on A", "A's successor": A is named as what the sentence's model comes from;
    "the same architecture as Meta's Llama models": A is named to compare with, not spoken of."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _WEIGHT_WORDS \
            and not (token.head.head.dep_ == "pobj" and token.head.head.head.lower_ in ("on", "from", "upon", "with")):
        return False  # "xAI published the weights of Grok-1. It is ...": the model whose weights, spoken of (but
        # "fine-tuned from the weights of A", "initialised with the weights of A": A is the base)
    if token.dep_ in ("pobj", "poss") and token.head.lower_ in ("on", "from", "upon", "of", "than"):
        return True
    if token.dep_ == "poss" and token.head.lemma_.lower() in _WEIGHT_WORDS and token.head.head.lower_ == "of" \
            and token.head.head.head.lower_ in ("none", "any", "no", "neither"):
        return True  # "but it contains none of Llama 2's weights": named to say what the model is not made of
    first = _first_conjunct(token)  # "merged from A and B": B as A
    listed = first.head if first.dep_ == "appos" else first  # "merged from three models, A, B and C"
    if first is not token or listed is not first:
        if listed.dep_ == "pobj" and listed.head.lower_ in ("on", "from", "upon"):
            return True
    if token.dep_ == "dobj" and token.head.tag_ == "VBG" and _tuned_from(token):  # "by fine-tuning Meta's LLaMA"
        return True
    noun = token  # the noun phrase the name sits in ("Microsoft's Phi-1.5 language model")
    while noun.dep_ in ("compound", "poss") and noun.head.i != noun.i:
        noun = noun.head
    if noun is not token and noun.lemma_.lower() in _PART_NOUNS:  # "It pairs a SigLIP image encoder with ...": a
        return True  # part of the model spoken of
    if noun is not token and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "from", "upon"):
        return True  # "built on the company's earlier Tarn model": its base, named inside a noun phrase
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ == "with":  # "pairs an encoder with Microsoft's Phi-1.5 language model": a part;
        return noun.head.head.lemma_.lower() in ("pair", "combine", "couple", "connect") \
            or noun.head.head.lemma_.lower() in _MADE_WITH  # "instructions generated with X": a tool used
    if noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in _MADE_WITH and noun.head.head.tag_ == "VBN":
        return True  # "answers written by X": a tool used
    if noun.head.lower_ in ("including", "as", "like") and _tuned_from(noun.head.head):  # "obtained by fine-tuning
        return True  # open models of others, including A and B"
    return noun.head.lower_ in ("as", "like") and any(t.lower_ in ("same", "similar") for t in noun.head.head.subtree)


def _base_it_is(token: Token) -> bool:
    """"Zeta is Alibaba's Qwen2.5-Coder-7B fine-tuned on edits, and its weights ...": the base a model is said to
    be, tuned; "its" is the model's."""
    beside = [c for c in token.head.children if c.dep_ in ("acomp", "xcomp", "advcl") and c.i > token.i]
    return token.dep_ == "attr" and any(c.dep_ in ("acl", "amod", "acomp", "xcomp", "advcl") and _TUNING.match(c.lower_)
                                        for c in (*token.children, *beside))


_PART_NOUNS = frozenset({"encoder", "decoder", "backbone", "tokenizer", "tower", "projector", "attention"})
# Nouns of data, not of models ("two data sets: A and B", "A, a benchmark of ...")
_DATA_NOUNS = frozenset({"dataset", "corpus", "benchmark", "leaderboard"})
# What a name may be said to be that no model is ("FLORES-200, a benchmark of ...")
_OTHER_THINGS = _DATA_NOUNS | frozenset({"library", "toolkit", "paper", "app", "website", "journal", "conference",
                                          "competition", "programme", "program", "initiative", "framework", "tool",
                                          "game", "protocol", "browser", "statement", "collection", "pipeline",
                                          "software", "package", "campus", "facility", "cluster", "supercomputer",
                                          "factory", "office", "building"})  # ("Project Horizon, a data-centre
# campus")
# What a text may call a thing it says outright is no model ("LLMTime ... is a method rather than a model"; but
# "GPTQ, one such method" is an adaptation method the page goes on to speak of)
_NOT_A_MODEL_BUT = re.compile(r"\b(?:rather than|instead of|not)\s+an?\s+(?:\w+\s+)?model\b")
_PROCEDURES = frozenset({"method", "technique", "algorithm", "procedure", "recipe"})


def _tuned_from(noun: Token) -> bool:
    """"fine-tuning open models (of other developers)": a noun the words of lineage take as their object."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ in ("dobj", "pobj") and noun.head.lower_ in ("fine-tuning", "finetuning", "tuning", "distilling",
                                                                  "pruning", "quantizing", "quantising", "from", "on",
                                                                  "upon")


def _paragraph_models(doc: Doc, sink: Sink) -> list[str]:
    """The models a sentence names as what it speaks of ("All of them" may stand for them later in the paragraph),
    not those it names as a base ("built on Mistral 7B") or an owner."""
    return [t.text for t in doc if t._.is_name and (sink.group_of(slug := sink.resolve(t.text) or "") == "model"
                                                    or not slug and sized_name(t.text) and t.dep_ in _SUBJECT_DEPS)
            # (a sized subject not typed yet: "Canary-1B-v2, with 1 billion, translates ..."; its sentence's rules
            # type it after this one is linked)
            and not _named_as_base(t) and not _compared(t) and not _measured_against(t)]  # nor one it is compared to


_MEMBER_WORDS = frozenset({"model", "member", "version", "variant", "size"})
_FAMILY_NOUNS = frozenset({"family", "series", "line", "lineup", "collection"})  # what holds models


def _every_model_named_above(token: Token) -> bool:
    """"Every XVERSE model named above", "All the models described above": every model the page has named."""
    return token.lemma_.lower() in ("model", "version", "variant") \
        and _every(token) \
        and any(c.dep_ == "acl" and any(a.lower_ in ("above", "here", "earlier") for a in c.children)
                for c in token.children)


# "Qwen2.5-7B", "Granite-3B-Code-Base": a model's size written in its name, at its end or inside it
SIZE_AT_END = re.compile(r"\d+(?:\.\d+)?[BMK]$", re.IGNORECASE)
SIZE_INSIDE = re.compile(r"[ -]\d+(?:\.\d+)?[BMK](?=[ -][A-Za-z])")


def sized_name(label: str) -> bool:
    """Does a name carry its model's size ("Zorvex 7.5B", "Granite-3B-Code-Base"): one model, never a family?"""
    return bool(SIZE_AT_END.search(label) or SIZE_INSIDE.search(label))


def _every(token: Token) -> bool:
    return any(c.lower_ in ("every", "each", "all") for c in token.children if c.dep_ in ("det", "predet"))


def _brand(token: Token) -> str | None:
    """"every XVERSE model": the name a model noun is built on, in lower case."""
    return next((c.text.lower() for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c._.is_name),
                None)


def _of_the_brand(token: Token, names: list[str]) -> list[str] | None:
    """"Every XVERSE model named above": the models named above whose names begin with "XVERSE" (not OpenAI's CLIP
    the page also named), when some do; else those named after the family "XVERSE" itself; None when the words
    name no brand among ``names``."""
    brand = _brand(token)
    if brand is None:
        return None
    branded = [n for n in names if n.lower().startswith(brand) and n.lower() != brand]
    if branded:
        return branded
    named = [n.lower() for n in names]  # "Every LeoLM model mentioned here": the models named since the family was
    return names[named.index(brand) + 1:] if brand in named else None  # (its members go by other names)


_NUMBER_WORDS = {word: n for word, n in NUMBER_WORDS.items() if n <= 6} | {"both": 2}  # (a pair or a few; "all
# seven" is read by the entries it follows)


def _counted(token: Token) -> int:
    """"three merged models" -> 3, "both" -> 2; 0 when no number is given."""
    return next((_NUMBER_WORDS[c.lower_] for c in token.children if c.lower_ in _NUMBER_WORDS
                 and c.dep_ in ("nummod", "det")), 0)


def _all_of_them(token: Token) -> bool:
    """"All are licensed ...", "All of them were ...", "All three ...", "All seven models from X ...": every model
    the paragraph has named."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.lower_ == "each" and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "them" for o in
                                                                                       c.children)
                                      for c in token.children):
        return True  # "Each of them takes an image and text as input"
    if token.lower_ == "all":  # "All", "All of them", "All of the models"
        return all(c.dep_ != "prep" or any(o.lower_ == "them" or (o.lemma_.lower() in _MEMBER_WORDS and any(
            d.lower_ in ("the", "these", "its", "their") for d in o.children)) for o in c.children)
            for c in token.children)
    return any(c.lower_ == "all" and c.dep_ in ("det", "predet") for c in token.children) \
        and (token.pos_ == "NUM" or token.lemma_.lower() in _MEMBER_WORDS)


def _family_of_all(names: list[str], sink: Sink) -> str | None:
    """The one known model whose name begins every name given ("Code Llama" for "Code Llama 7B", "Code Llama
    13B"), if there is one."""
    families = {_known_model_prefix(name, sink) for name in names}
    return families.pop() if len(families) == 1 and None not in families else None


# What a size, a version or a variant adds to a known model's name: "8B", "8x7B", "70B-Instruct", "-Small", "XXL",
# "-XSmall", "-XXLarge", "17B-16E-Instruct", "-Instruct-v0.2", "-0324", "-medium", "2-Chat" after "Llama 2"; one or
# more such parts at the end
_VARIANT_PART = (r"(?:(?:\d+(?:\.\d+)?|\d+x\d+)[BMKT]\d?|A\d+(?:\.\d+)?[BM]|\d+E|v\d+(?:\.\d+)*|\d{4}"
                 r"|Instruct|Chat|Base|Preview|X{0,2}Small|X{0,2}Large|XL|XXL|Mini|Nano|Medium|Tiny|Lite|Light|Turbo"
                 r"|Flash"
                 r"|English|Multilingual"
                 r"|Thinking|Reasoning|IT|HF|Distilled|Distill|Quantized|Quantised|FP8|Int4|Int8|AWQ|GPTQ|GGUF)")
_VARIANT_TAIL = re.compile(rf"(?:[ -]{_VARIANT_PART})+$", re.IGNORECASE)


def _sized_members(unit: Unit, sink: Sink) -> None:
    """"Lumen Vision 8B" on a page that names Lumen Vision, "Lumen-Vision-8B-Instruct", "Lumen Vision-0324": a name
    that is a known model's, written with or without its spaces, and a size, version or variant is a model."""
    assert unit.doc is not None  # linked units are analysed
    for token in unit.doc:
        tail = _VARIANT_TAIL.search(token.text)  # cheap first: most names end in no size
        if tail is None or not token._.is_name \
                or (slug := sink.resolve(token.text)) is not None and sink.group_of(slug) is not None:
            continue  # (a name known only as another's spelling, "X, announced as Y", is no model yet)
        if _variant_of_known_model(token.text[:tail.start()], token.text[tail.start():], sink) \
                and sink.admissible(token.text, "FoundationModel"):
            sink.entity(token.text, "FoundationModel", unit.evidence, rule="sized-member")
    for run in _name_runs(unit.doc):  # "A-half, A-quarter, A-eighth and A-sixteenth" on a page that names A: each a
        # variant of A, whatever its tail says
        fresh = [t for t in run if sink.resolve(t.text) is None]
        prefixes = {_known_model_prefix(t.text, sink) for t in run}
        if len(run) >= 3 and fresh and None not in prefixes and all("-" in t.text for t in run):
            for token in fresh:
                if sink.admissible(token.text, "FoundationModel"):
                    sink.entity(token.text, "FoundationModel", unit.evidence, rule="listed-variant")


def _name_runs(doc: Doc) -> list[list[Token]]:
    """Names written one after another with only commas and "and" / "or" between them: "A, B, C and D"."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in doc:
        if token._.is_name:
            current.append(token)
        elif not (current and token.lower_ in (",", "and", "or")):
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _ranged_members(unit: Unit, sink: Sink) -> None:
    """"Arctic Embed, a family of five models, ranging from A, with 22 million parameters, to B, with 335 million":
    the two names that bound a family's range are its members, each with the size said after it."""
    assert unit.doc is not None
    doc = unit.doc
    for verb in doc:
        if verb.lemma_.lower() != "range" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "from":
            continue
        family = next((slug for t in reversed(doc[:verb.i]) if t._.is_name
                       and (slug := sink.resolve(t.text)) and sink.group_of(slug) == "model"), None)
        low = doc[verb.i + 2]
        to = next((t for t in doc[low.i + 1:] if t.lower_ == "to"), None)
        if family is None or to is None or to.i + 1 >= len(doc):
            return
        high = doc[to.i + 1]
        if not (low._.is_name and high._.is_name):
            return
        for bound, end in ((low, to.i), (high, len(doc))):
            if sink.resolve(bound.text) is not None or not sink.admissible(bound.text, "FoundationModel"):
                continue
            member = sink.entity(bound.text, "FoundationModel", unit.evidence, rule="ranged-member")
            sink.relate(member, "fm:modelFamily", family, unit.evidence, rule="ranged-member")
            size = _SAID_SIZE.match(doc[bound.i + 1:end].text)
            count = PARSERS["count"](size.group(1) + " parameters") if size else None
            if count:
                sink.value(member, "fm:parameterCount", count, "decimal", unit.evidence, rule="ranged-member")
        return


# ", with 22 million parameters", ", with 335 million": the size said right after a name in a range
_SAID_SIZE = re.compile(r",?\s*with\s+(\d[\d.,]*\s*(?:thousand|million|billion|trillion|[MBT])?)\b(?:\s+parameters)?")


def _variant_of_known_model(stem: str, tail: str, sink: Sink) -> bool:
    """Is ``stem`` (or a longer stem taking the first parts of ``tail``) a known model's name? "Llama-4-Scout" is
    "Llama 4 Scout", "Falcon3" is "Falcon 3"."""
    parts = re.split(r"(?=[ -])", tail)
    for cut in range(len(parts), 0, -1):
        name = stem + "".join(parts[:cut - 1])
        for spelling in (name, name.replace("-", " "), re.sub(r"(?<=[A-Za-z])(?=\d+$)", " ", name)):
            base = sink.resolve(spelling)
            if base is not None and sink.group_of(base) == "model":
                return True
    return False


def _known_model_prefix(name: str, sink: Sink) -> str | None:
    """The longest known model's name that begins ``name`` and is shorter ("Llama Nemotron" in "Llama Nemotron
    Ultra"), if any."""
    parts = re.split(r"(?<=\S)(?=[ -])", name)  # "Flan-T5-Small": "Flan-T5" too
    return next(("".join(parts[:cut]) for cut in range(len(parts) - 1, 0, -1)
                 if (slug := sink.resolve("".join(parts[:cut]))) and sink.group_of(slug) == "model"), None)


def _ends_with_a_known_model(name: str, sink: Sink) -> bool:
    """"SapBERT", "PubMedBERT": a name of one word whose last capitalised part is a known model's name (not
    "OpenAI", "DeepMind": no model's); "Mask DINO", "Grounding DINO": a name whose last word is one."""
    if " " in name:
        last = name.rsplit(" ", 1)[1]
        return len(last) > 2 and (slug := sink.resolve(last)) is not None and sink.group_of(slug) == "model" \
            and sink.organization_class(name) is None
    return any(
        (slug := sink.resolve(name[i:])) is not None and sink.group_of(slug) == "model"
        for i in range(1, len(name) - 2) if name[i].isupper() and name[i - 1].islower())


@dataclass(frozen=True)
class ModalityRules:
    """``[modalities]`` of sentence-rules.toml: modality words and the verbs that take them in or give them out."""

    words: dict[str, str]  # lemma -> modality label
    input_verbs: frozenset[str]
    output_verbs: frozenset[str]
    convert_verbs: frozenset[str]
    model_name_words: frozenset[str] = frozenset()  # words that mark an untyped subject's name as a model's


# A people's or a place's adjective at a name's end ("a South Korean company", "Japanese"): no organization's or model's
NATIONALITY = re.compile(r"(?:ese|ish|ian|ean)$|\b(?:American|Korean|African|Mexican|Dominican|French|Dutch|Swiss|"
                         r"Thai|Greek|Czech|Israeli|Emirati|Saudi|Qatari|Kuwaiti|Omani|Iraqi|Pakistani|Nepali|"
                         r"Bangladeshi|Somali|Yemeni)$")
_REPLY_FORMS = frozenset({"answer", "answers", "answered", "answering", "respond", "responds", "responded", "reply",
                          "replies", "replied", "output", "outputs"})
_REPLY_VERBS = frozenset({"answer", "respond", "reply", "return", "output", "produce", "generate", "speak"})
_TO = re.compile(r"^(?P<a>[a-z]+)-to-(?P<b>[a-z]+)$")


def run_modalities(units: list[Unit], rules: ModalityRules, sink: Sink) -> None:
    """Input and output modalities of the models each sentence is about."""
    for unit in units:
        if unit.doc is None:
            continue
        directions = list(_directions(unit.doc, rules))
        if directions:
            _entry_models(unit, sink)
        models = _sentence_models(unit, sink, pronouns=True)
        for direction, modality, word in directions:
            if _INSTEAD.search(word.doc.text[:word.idx]):  # "read DNA sequences rather than text": not text
                continue
            if _denied_by_its_verb(word):  # "It did not learn from words at all": no text
                continue
            own = _clause_models(word, unit, sink)  # "..., and Nova Pro, which also accepts images"
            if not (own or models):
                models = _model_named_by_its_subject(unit, rules, sink)
            if not (own or models):
                continue
            slug = sink.entity(modality, "Modality", unit.evidence, rule=f"modality-{direction}")
            for model in own or models:
                sink.relate(model, f"fm:{direction}Modality", slug, unit.evidence, rule=f"modality-{direction}")
        for modality in _only_modalities(unit.doc, rules) if models else ():  # "a text-only model"
            slug = sink.entity(modality, "Modality", unit.evidence, rule="modality-only")
            for model in models:
                sink.relate(model, "fm:hasModality", slug, unit.evidence, rule="modality-only")


def _denied_by_its_verb(word: Token) -> bool:
    """Does the verb that governs a modality word deny it ("did not learn from words", "never outputs images", "none
    of them reads images")?"""
    verb = _clause_verb(word)
    if verb is None:
        return False
    claimed = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _CLAIMING_VERBS else None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and _denied_subject(verb.head):
        return True  # "none of them reads images or listens to speech": the subject the two verbs share
    return any(c.dep_ == "neg" for c in verb.children) or _denied_subject(verb) \
        or claimed is not None and any(c.dep_ == "neg" for c in claimed.children)  # "does not claim that either
    # can reason about images": what is not claimed is not said


_CLAIMING_VERBS = frozenset({"claim", "say", "suggest", "state", "report", "show", "find"})


_INSTEAD = re.compile(r"\b(?:rather than|instead of|in place of)\s+(?:(?![\w'’-]+ing\b)[\w'’-]+\s+){0,2}$",
                      re.IGNORECASE)  # (not "Rather than turning speech into text, it ...": a way, not a modality)


def _only_modalities(doc: Doc, rules: ModalityRules) -> list[str]:
    """"a text-only model", "handles text only": the one modality a model has, in no direction."""
    found = []
    for token in doc:
        word = token.lower_[:-len("-only")] if token.lower_.endswith("-only") else (
            doc[token.i - 1].lemma_.lower() if token.lower_ == "only" and token.i > 0 else "")
        if word in rules.words:
            found.append(rules.words[word])
    return found


def _entry_models(unit: Unit, sink: Sink) -> None:
    """"- Twelve Labs (...): develops models that understand video. Marengo turns video into embeddings, while
    Pegasus writes text about a video": in an organization's entry, the untyped names that take in or give out a
    modality are its models, each the subject of its own clause."""
    maker = sink.resolve(unit.topic) if unit.topic else None
    if maker is None or sink.group_of(maker) != "organization" or unit.doc is None:
        return
    for subject in (t for t in unit.doc if t.dep_ == "nsubj" and t._.is_name and t.head.pos_ == "VERB"):
        if subject.text != unit.topic and sink.resolve(subject.text) is None \
                and sink.admissible(subject.text, "FoundationModel") and subject.ent_type_ not in ("PERSON", "GPE"):
            sink.entity(subject.text, "FoundationModel", unit.evidence, rule="entry-model")


def _model_named_by_its_subject(unit: Unit, rules: ModalityRules, sink: Sink) -> list[str]:
    """"Stability AI's Stable Video Diffusion turns a still image into a video": the sentence's subject, a name
    nothing has typed that a model's name would hold ("Video", "Diffusion", a digit), is a model."""
    assert unit.doc is not None  # run_modalities reads analysed units only
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c._.is_name), None) if root is not None else None
    if subject is None or sink.resolve(subject.text) is not None \
            or not sink.admissible(subject.text, "FoundationModel"):
        return []
    words = subject.text.replace("-", " ").split()
    if not (any(c.isdigit() for c in subject.text) or rules.model_name_words & set(words)) or len(words) > 5:
        return []
    if root is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in _MODEL_NOUNS for c in root.children):
        return []  # "Cadence Voice makes voice cloning models that ...": the maker of the models
    model = sink.entity(subject.text, "FoundationModel", unit.evidence, rule="modality-subject")
    owner = next((c for c in subject.children if c.dep_ == "poss" and c._.is_name), None)  # "Stability AI's ..."
    maker = sink.resolve(owner.text) if owner is not None else None
    if maker is not None and sink.group_of(maker) == "organization":
        sink.relate(model, "fm:developedBy", maker, unit.evidence, rule="modality-subject")
    together = [c for c in subject.conjuncts if _untyped_model_shape(c, sink)]  # "A and B produce a video": both
    return [model, *(sink.entity(c.text, "FoundationModel", unit.evidence, rule="modality-subject")
                     for c in together)]


# "Rather than adopting a mixture-of-experts design, Meta kept a transformer": what comes after these is denied
_DENIALS = re.compile(r"\b(?:rather than|instead of|unlike|not|no|without|nor|neither|never|alternatives? to"
                      r"|rivals? to)\s+(?:[\w'’]+\s+){0,3}$",
                      re.IGNORECASE)


# "the Transformers library": software named after an architecture, no mention of it
SOFTWARE_AFTER = re.compile(r"\s+(?:library|libraries|package|toolkit|software|framework|codebase)\b")


def run_architectures(units: list[Unit], patterns: list[tuple[str, re.Pattern]], sink: Sink) -> None:
    """Each architecture a sentence names ("built as mixture-of-experts transformers", "a decoder-only
    transformer") is one of the models the sentence is about, unless the sentence denies it."""
    for unit in units:
        if unit.doc is None:
            continue
        named = [(t.text, t.idx, t.idx + len(t.text)) for t in unit.doc if t._.is_name
                 and (slug := sink.resolve(t.text)) and sink.group_of(slug) == "architecture"]  # "based on Griffin"
        found = [(label, m.start(), m.end()) for label, pattern in patterns for m in pattern.finditer(unit.text)]
        for label, start, end in found + named:
            if _DENIALS.search(unit.text[:start]) or SOFTWARE_AFTER.match(unit.text[end:]):
                continue  # (nor "part of the Transformers library": software named after it)
            span = unit.doc.char_span(start, end, alignment_mode="expand")
            if span is None or _listed_among_names(span.root):
                continue
            if len(span) == 1 and span.root._.is_name and span.root.text.lower() != label.lower() \
                    and sink.group_of(sink.resolve(span.root.text) or "") == "model":
                continue  # "Swin Transformer": a model's name, not what it is built as
            models = (_clause_models(span.root, unit, sink) or _nearest_named(unit.doc, span, "model", sink)
                      or _sentence_models(unit, sink) or _only_model_before(unit.doc, span, sink)
                      or _owner_of_the_design(unit, sink))
            if models:
                target = sink.entity(label, "Architecture", unit.evidence, rule="architecture-named")
                for model in models:
                    sink.relate(model, "fm:hasArchitecture", target, unit.evidence, rule="architecture-named")


def _announced_between(first: Token | None, last: Token | None) -> bool:
    """"In 2025 Cartesia described the Llamba models" (a token rule, which has no verb node): a verb between the
    maker and the model that presents a paper or a preview, which dates no release, as in the pattern rules."""
    if first is None or last is None:
        return False
    start, end = sorted((first.i, last.i))
    return any(t.lemma_.lower() in _ANNOUNCING for t in first.doc[start + 1:end])


def _owner_of_the_design(unit: Unit, sink: Sink) -> list[str]:
    """"Its design mixes Mamba-2 layers with attention layers", "Its backbone is made of Mamba blocks": the model
    "its" stands for, when the sentence's subject is its design."""
    assert unit.doc is not None  # run_architectures reads analysed units only
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or subject.lemma_.lower() not in _DESIGN_WORDS:
        return []
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    names = _referent(owner, unit) if owner is not None else None
    slugs = [sink.resolve(name) for name in names or ()]
    return [slug for slug in slugs if slug is not None and sink.group_of(slug) == "model"]


_DESIGN_WORDS = frozenset({"design", "backbone", "architecture", "network", "body", "core"})


def _listed_among_names(word: Token) -> bool:
    """"The lineage includes BERT, CLIP, diffusion models, vision transformers and ...": an architecture listed
    beside names is one more item of the list, not what those names are built as."""
    while word.dep_ in ("compound", "amod") and word.head.i != word.i:  # "diffusion" of "diffusion models"
        word = word.head
    listed = word.conjuncts
    return bool(listed) and any(t._.is_name for t in (word, *listed))


_ACCOUNT_WORDS = frozenset({"account", "user", "organization", "organisation", "handle", "profile"})  # "the account
# name X": a name on a hub, no model's
_KIND_HEADS = frozenset({"model", "system", "llm"})  # the nouns of a kind phrase that describes a model


def _clause_models(word: Token, unit: Unit, sink: Sink) -> list[str]:
    """The models named as the subject of the clause a modality word sits in, if it has one of its own; for a
    word inside a kind phrase ("Dia, a text-to-speech model"), the model the phrase describes."""
    kind = word.head
    while _TO.match(word.lower_) and kind.dep_ in ("compound", "amod") and kind.head.i > kind.i \
            and kind.lemma_.lower() not in _KIND_HEADS:
        kind = kind.head  # "a text-to-image diffusion model": the model, past the words between
    in_kind = kind.lemma_.lower() in _KIND_HEADS and word.dep_ in ("compound", "amod", "nmod")
    if in_kind and not _TO.match(word.lower_):
        return []  # "a language model" says nothing of what goes in or out
    if in_kind:
        described = _models_named(kind, unit, sink)
        if described:
            return described
    subject = _clause_subject(word)
    if subject is None or subject.head.dep_ == "ROOT":
        return []
    models = _models_named(subject, unit, sink) or _typed_by_their_shape(subject, sink, unit)
    antecedent = _antecedent_name(subject) if not models else None
    return _models_named(antecedent, unit, sink) if antecedent is not None else models


def _typed_by_their_shape(subject: Token, sink: Sink, unit: Unit) -> list[str]:
    """"..., while Talon-7B-Video2World and Talon-14B-Video2World take an image": the untyped names a clause of its
    own is about, when each has a digit (a model's size or version), are models."""
    names = [n for n in (subject, *subject.conjuncts) if n._.is_name]
    if not names or not all(_untyped_model_shape(n, sink) and n.ent_type_ not in ("DATE", "PERSON") for n in names) \
            or _speaks_of_its_antecedent(subject):  # not "QX21" of "Talvik, which QX21 called ...": who speaks of it
        return []
    return [sink.entity(n.text, "FoundationModel", unit.evidence, rule="modality-subject") for n in names]


def _named_before_itself(pronoun: Token, group: str, unit: Unit, sink: Sink) -> list[str]:
    """"..., X, itself built on Y": the entity of the group named right before the comma (a model first named here
    when it has a model's shape)."""
    if pronoun.i < 2 or pronoun.nbor(-1).text != "," or not pronoun.nbor(-2)._.is_name:
        return []
    name = pronoun.nbor(-2)
    if group == "model" and _untyped_model_shape(name, sink):
        sink.entity(name.text, "FoundationModel", unit.evidence)
    slug = sink.resolve(name.text)
    return [slug] if slug and sink.group_of(slug) == group else []


def _untyped_model_shape(name: Token, sink: Sink) -> bool:
    """A name nothing has typed yet that has a digit (a model's size or version) and may be a model."""
    return name._.is_name and any(c.isdigit() for c in name.text) and sink.resolve(name.text) is None \
        and sink.admissible(name.text, "FoundationModel")


def _models_named(token: Token, unit: Unit, sink: Sink) -> list[str]:
    """The models among the names a token stands for."""
    return [s for s in (sink.resolve(n) for n in _names(token, unit)) if s and sink.group_of(s) == "model"]


def _antecedent_name(pronoun: Token) -> Token | None:
    """"X, a vision-language model with 2 billion parameters that takes images ...": the name a relative pronoun's
    noun is apposed to (the parser may hang the clause on the noun of a phrase after it)."""
    if pronoun.lower_ not in ("that", "which") or pronoun.head.dep_ != "relcl":
        return None
    noun = pronoun.head.head
    while noun.dep_ in ("pobj", "pcomp") and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a model with 2 billion parameters that", "a world model for driving that": the model
    if noun.dep_ == "appos" and noun.head._.is_name:
        return noun.head
    return noun if noun._.is_name else None


def _sentence_models(unit: Unit, sink: Sink, pronouns: bool = False) -> list[str]:
    doc = unit.doc
    assert doc is not None  # called for analysed units only
    for subject in _root_subjects(doc):  # each sentence's: "A announces B, a text-only model; they are offered ..."
        each = subject.lower_ in ("model", "system") and any(c.lower_ in ("each", "every") for c in subject.children)
        if subject.pos_ == "PRON" or subject.lower_ in ("models", "systems") or each \
                or (subject.pos_ == "NUM" and subject.lower_.isalpha()):  # "All three animate a portrait", "Each
            # model in the table takes ..."
            if unit.subjects:
                return list(unit.subjects)
        slugs = _models_named(subject, unit, sink)
        if slugs or (pronouns and (slugs := _pronoun_for(subject, "model", unit, sink))):
            return slugs
    topic = sink.resolve(unit.topic) if unit.topic else None
    return [topic] if topic and sink.group_of(topic) == "model" else []


def _pronoun_for(candidate: Token, group: str, unit: Unit, sink: Sink) -> list[str]:
    """"Nvidia publishes Parakeet. It transcribes speech into text": "it" is the last model when a model is
    meant and the sentence names none (but as the object of a preposition)."""
    doc = candidate.doc
    if candidate.lower_ not in ("it", "they") or group not in ("model", "organization") \
            or any(unit.groups.get(t.text) == group for t in doc if t._.is_name and t.dep_ != "pobj"
                   and not (t.dep_ in ("compound", "poss") and t.head.dep_ == "pobj")):  # "from the SigLIP family"
        return []
    last = unit.referents.get("topic" if group == "model" else "organization", [])
    return [s for s in (sink.resolve(n) for n in last) if s and sink.group_of(s) == group]


def to_modalities(word: str, rules: ModalityRules) -> list[tuple[str, str]]:
    """"text-to-image": what goes in and what comes out, [("input", "text"), ("output", "image")]; a side that
    names no modality gives nothing ("text-to-SQL": text in); a word of another shape, []."""
    pair = _TO.match(word.lower())
    if pair is None:
        return []
    return [(direction, rules.words[side]) for direction, side in (("input", pair.group("a")),
                                                                    ("output", pair.group("b")))
            if side in rules.words]


def _directions(doc: Doc, rules: ModalityRules) -> Iterator[tuple[str, str, Token]]:
    seen = set()
    for token in doc:
        found = to_modalities(token.lower_, rules)
        if not found:
            modality = rules.words.get(token.lemma_.lower()) or rules.words.get(token.lower_)
            if modality and any(c.dep_ == "dobj" for c in token.children):
                modality = None  # "a markup recording each element's position": a verb's participle, no sound
            if modality and _holds_another(token, modality, rules):
                modality = None  # "an audio clip", "a clip of speech audio": what it holds, not a video
            if modality and token.dep_ == "compound" and token.head.lemma_.lower() in _NOT_A_MODALITY_OF:
                modality = None  # "Unicode code points", "code names": a word's other sense
            if modality and token.lower_ in _REPLY_FORMS and token.i + 1 < len(doc) and (
                    doc[token.i + 1].lower_ == "aloud" or token.dep_ == "conj" and (
                        rules.words.get(token.head.lemma_.lower()) == "speech"
                        or token.head.lemma_.lower() in _LISTENED_TO
                        or any(rules.words.get(c.lower_) == "speech" for c in token.head.children))):
                modality = None  # "it hears a spoken question and answers aloud", "listens to speech and answers in
                # synthesised speech": the verb, misread as a noun joined to what is heard
            if modality == "text" and token.lower_ == "document" and token.dep_ == "compound" \
                    and rules.words.get(token.head.lemma_.lower()) == "image":
                modality = None  # "document images": pictures of pages
            direction = _direction(token, rules) if modality and token.pos_ in ("NOUN", "ADJ", "PROPN") else None
            found = [(direction, modality)] if direction and modality else []  # a direction implies a modality
            shared = _direction_of_a_sharing_verb(token, rules) if found else None
            if shared is not None and shared != direction and modality:  # "read and write text": in and out
                found.append((shared, modality))
        for item in found:
            if item not in seen:
                seen.add(item)
                yield (*item, token)


def _direction_of_a_sharing_verb(token: Token, rules: ModalityRules) -> str | None:
    """"All models read and write text": a verb conjoined to the one whose object the modality is, with no object
    of its own, takes the same object; its direction, if it has one."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ != "conj":
        return None
    other = verb.head  # (only the verb before it: "take an image and reply in text" says nothing more of the image)
    if other.pos_ != "VERB" or any(c.dep_ in ("dobj", "neg", "prep", "prt", "dative") for c in other.children):
        return None
    lemma = other.lemma_.lower()
    return "input" if lemma in rules.input_verbs else "output" if lemma in rules.output_verbs else None


def _answered_in(token: Token, rules: ModalityRules) -> bool:
    """"answers questions about images, charts and scanned pages in text": the form of the answer, closing the
    clause of a verb of replying, however the parser hangs "in"."""
    doc = token.doc
    verb = _clause_verb(token)
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "as") and token.i + 1 < len(doc) \
        and doc[token.i + 1].is_punct and rules.words.get(token.lemma_.lower()) in ("text", "speech") \
        and not any(c.dep_ == "det" for c in token.children) \
        and verb is not None and verb.lemma_.lower() in _REPLY_VERBS


_LISTENED_TO = frozenset({"user", "speaker", "person", "caller", "customer"})  # "listens to a user and replies ..."
_READING_OUT = frozenset({"read", "recognize", "recognise"})  # verbs that may pull one modality out of another


def _read_from_another(thing: Token, rules: ModalityRules) -> bool:
    """"reads text from document images": what is read out of another modality named after "from"."""
    modality = rules.words.get(thing.lemma_.lower())
    sources = [o for c in (*thing.children, *thing.head.children) if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj"]
    return any(rules.words.get(o.lemma_.lower()) not in (None, modality) for o in sources)


def _holds_another(token: Token, modality: str, rules: ModalityRules) -> bool:
    """"an audio clip", "a sound clip", "a clip of speech audio": a modality word its modifier (or, for a container,
    its "of" phrase) says holds another modality (but "document images" are images of pages)."""
    if any(c.dep_ in ("compound", "amod") and rules.words.get(c.lower_) not in (None, modality)
           and not (c.lower_ == "document" and modality == "image") for c in token.children):
        return True
    return token.lemma_.lower() in _CONTAINERS and any(
        rules.words.get(o.lemma_.lower()) not in (None, modality)
        for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")


# Nouns after which a modality's word means something else ("code points", "a code name", "image rights")
_NOT_A_MODALITY_OF = frozenset({"point", "name", "word", "right", "quality"})
# "a clip of speech audio": modality words that may only hold another modality
_CONTAINERS = frozenset({"clip", "recording", "footage"})
# "any mix of text and images", "a combination of audio and video": nouns that only say how much of the modalities
_AMOUNTS = frozenset({"mix", "mixture", "combination", "pair", "set", "sequence", "stream", "range", "variety",
                      "piece"})


def _converted(token: Token, rules: ModalityRules) -> str | None:
    """"They turn spoken audio into written text", however it is parsed: after a verb of conversion, what comes
    before "into"/"to" goes in and what comes after comes out."""
    before = token.doc[max(token.sent.start, token.i - 5):token.i]
    verb = next((t for t in reversed(before) if t.lemma_.lower() in rules.convert_verbs and t.pos_ == "VERB"), None)
    if verb is None or any(t.is_punct for t in token.doc[verb.i:token.i]) \
            or token.doc[verb.i + 1].lower_ in ("into", "to"):  # "the company turned to speech": nothing turned
        return None
    if any(t.lower_ in ("into", "to") for t in token.doc[verb.i + 1:token.i]):
        return "output"
    after = token.doc[token.i + 1:min(token.sent.end, token.i + 4)]
    return "input" if any(t.lower_ in ("into", "to") for t in after) else None


def _direction(token: Token, rules: ModalityRules) -> str | None:
    """Walk up from a modality word to the verb that governs it."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ in ("in", "as") and doc[token.i - 2].lower_ in _REPLY_FORMS:
        return "output"  # "... and answers in text", however "answers" is tagged
    converted = _converted(token, rules)
    if converted:
        return converted
    if _answered_in(token, rules):
        return "output"
    node = token
    for _ in range(6):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _AMOUNTS:
            node = head.head  # "accepts any mix of text, audio and images": what the mix is taken by
            continue
        if node.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in ("answer", "respond", "reply"):
            return "output"  # "answers with a program": what the answer is made of
        if node.dep_ == "pobj" and (head.lower_ == "with" and rules.words.get(head.head.lemma_.lower())
                                    or head.lower_ == "of" and head.head.lemma_.lower() in _CONTAINERS):
            node = head.head  # "images together with a text prompt", "a clip of speech audio": as the images, the clip
            continue
        if node.dep_ == "pobj" and head.lower_ == "given":  # "Given one or more images ..., the model answers in
            # text"; not "Given a set of query points" (a modifier of another noun)
            return "input" if token.dep_ != "compound" or rules.words.get(token.head.lemma_.lower()) else None
        if node.dep_ == "pobj" and head.lower_ in ("from", "with", "of") and head.head.pos_ in ("VERB", "NOUN"):
            if node.lower_ == "scratch":  # "trained from scratch on Japanese text": the data it was trained on
                return None
            if token.dep_ == "compound" and not rules.words.get(token.head.lemma_.lower()) \
                    and token.head.lemma_.lower() not in _CONTAINERS:
                return None  # "comes from a natural language processing group": a word of a name for something else
            return "input" if head.lower_ == "from" or head.head.lemma_ in rules.input_verbs else None
        if node.dep_ == "pobj" and (head.lower_ == "into" or head.lower_ == "to"
                                    and head.head.lemma_.lower() in rules.convert_verbs and head.i > head.head.i + 1):
            return "output"  # "turns speech into text", "converts speech to text"; not "it turned to speech"
        if node.dep_ == "pobj" and head.lower_ in ("in", "as") and head.head.lemma_.lower() in _REPLY_VERBS:
            return "output"  # "answer in text", "respond as speech"
        if head.pos_ == "VERB" and head.tag_ == "VBG" and head.dep_ == "xcomp" and head.i == node.i - 1 \
                and node.dep_ == "dobj" and head.lemma_.lower() not in (
                    rules.input_verbs | rules.output_verbs | rules.convert_verbs):  # "generates driving video",
            node = head  # read as "generates (driving video)": the modifier is no verb of its own
            continue
        if head.pos_ in ("VERB", "AUX") and head.i != node.i:
            if any(c.dep_ == "neg" for c in head.children):
                return None  # "it does not write text of its own"
            lemma = head.lemma_.lower()
            if lemma in rules.convert_verbs and node.dep_ == "dobj":
                return "input"
            if lemma in _READING_OUT and node.dep_ == "dobj" and _read_from_another(node, rules):
                return "output"  # "reads text from document images": the text is what it gives out
            if lemma in rules.input_verbs:
                return "input"
            if lemma in rules.output_verbs:
                return "output"
            if lemma in ("give", "send", "hand") and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out")
                                                         for c in head.children):
                return "output"  # "take text in and give text back"
            return None
        if head.i == node.i:
            return None
        node = head
    return None


def _matches(unit: Unit, compiled: _Compiled) -> Iterator[tuple[SentenceRule, dict[str, Token | SpacySpan]]]:
    doc = unit.doc
    assert doc is not None  # run_rules matches analysed units only
    for match_id, token_ids in compiled.dependency(doc):
        rule = compiled.rules[doc.vocab.strings[match_id]]
        assert rule.pattern is not None  # only rules with a dependency pattern are in this matcher
        names = [node["RIGHT_ID"] for node in rule.pattern]
        nodes = {name: doc[i] for name, i in zip(names, token_ids, strict=True)}
        if any(node.get("REL_OP") == ">>" and _in_a_clause_of_its_own(nodes[node["LEFT_ID"]], nodes[node["RIGHT_ID"]])
               for node in rule.pattern):
            continue  # "X can be downloaded, while Y is available only through P": P is Y's, in a clause of its own
        matched: dict[str, Token | SpacySpan] = dict(nodes)
        yield rule, matched
    found = compiled.tokens(doc) if len(compiled.tokens) else []  # (a set of dependency rules only has none)
    longest = {(match_id, start): end for match_id, start, end in sorted(found, key=lambda m: m[2])}
    for match_id, start, end in found:
        rule = compiled.rules[doc.vocab.strings[match_id]]
        if end < longest[(match_id, start)] and any(index < 0 for index in rule.at.values()):
            continue  # "by fine-tuning EleutherAI's GPT-J": the node counted from the end is GPT-J, not EleutherAI
        nodes = {name: doc[(start if index >= 0 else end) + index] for name, index in rule.at.items()}
        yield rule, {"value": doc[start:end], **nodes}


_OWNER_NOUNS = frozenset({"parent", "owner", "investor", "shareholder", "backer", "acquirer", "buyer"})


def _seat_of_an_owner(value: Token | SpacySpan | None) -> bool:
    """Whether the clause a seat's words are in has an owner for its subject ("the German parent is based in Bonn")."""
    if not isinstance(value, SpacySpan):
        return False
    verb = value[0].head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _OWNER_NOUNS for c in verb.children)


def _in_a_clause_of_its_own(head: Token, token: Token) -> bool:
    """Whether a descendant of ``head`` sits in a clause below it that has a subject of its own (not "which" or
    "that": "Fugaku-LLM, a model that was built together with X", a clause about the model)."""
    current = token.head
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ in ("advcl", "ccomp", "relcl", "conj", "parataxis") and current.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in current.children):
            return True
        current = current.head
    return False


def _apply(rule: SentenceRule, nodes: dict, unit: Unit, sink: Sink) -> None:
    if _another_clause(nodes):
        return  # "Kelp Labs was founded in 2023 and Borvik released Borlang": the second verb has its own subject
    if rule.kind == "kind":
        _apply_kind(rule, nodes, unit, sink)
    elif rule.kind == "relation":
        _apply_relation(rule, nodes, unit, sink)
    else:
        _apply_value(rule, nodes, unit, sink)


# The words that make a company noun name an owner ("holding company", "parent company")
_OWNING_WORDS = frozenset({"holding", "parent", "mother", "controlling"})


def _another_clause(nodes: dict) -> bool:
    """A rule that reads the subject of a first verb for a verb conjoined with it, matched where that verb has a
    subject of its own."""
    first, verb = nodes.get("first"), nodes.get("verb")
    return isinstance(first, Token) and isinstance(verb, Token) and verb.dep_ == "conj" and verb.head.i == first.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# What a place is said to be that an organization's word also names ("its main centre for AI businesses", "a hub")
_PLACE_ROLES = frozenset({"centre", "center", "hub", "home", "capital", "heart", "seat", "base"})
_PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "state", "province", "county", "district"})


def _apply_kind(rule: SentenceRule, nodes: dict[str, Token], unit: Unit, sink: Sink) -> None:
    if nodes[rule.object].dep_ == "appos" \
            and nodes[rule.object].lemma_.lower() in _PERSON_HEADS - {"member", "partner", "head", "leader"}:
        return  # "Byung-Gon Chun, a Seoul National University professor": a person, whatever the words before
    phrase = _kind_phrase(nodes[rule.object])
    head = sink.kind_class(phrase.split(" of ")[0])  # "the maker of an online photo editor": a maker, whatever
    cls = rule.constant or sink.kind_class(phrase) or (head if head in ORGANIZATION_CLASSES else None)  # it makes
    owner = phrase.split(" of ", 1)[1] if " of " in phrase else ""
    if cls is None and head in MODEL_CLASSES and re.search(r"\b[A-Z]", owner) \
            and sink.kind_class(owner) not in MODEL_CLASSES:
        cls = head  # "SOLAR-10.7B, the base model of the Seoul start-up Upstage": a model, whoever's it is
    if cls in ORGANIZATION_CLASSES and head in MODEL_CLASSES and owner and not rule.constant:
        cls = head  # "Mixtral 8x7B, the mixture-of-experts model of the French company Mistral AI": the model, not
        # its maker's noun (but a rule's own class stands: "most of its members work at X")
    if cls in MODEL_CLASSES and nodes[rule.object].lemma_.lower() == "member" and any(
            sink.organization_class(o.text) is not None for p in nodes[rule.object].children if p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o._.is_name):  # "X is a member of the Helmholtz
        cls = "Organization"  # Association": an organization among others, no model of a family
    if cls is None:
        return
    architectures = sink.architectures(phrase) if cls in MODEL_CLASSES else []
    access = sink.access(phrase) if cls in MODEL_CLASSES else None
    # "a protein language model", "a pair of language models for mathematics": the domain
    domain = sink.domain(f"{phrase} {_purpose(nodes[rule.object])}") if cls in MODEL_CLASSES else None
    purposes = _listed_purposes(nodes[rule.object]) if cls in MODEL_CLASSES else {}
    subject = nodes[rule.subject]
    kind = nodes[rule.object]
    named = nodes.get("name")
    if named is not None and named.dep_ == "compound" and named.head.i == kind.i and kind.dep_ == "appos" \
            and any(d.dep_ == "det" and d.lower_ == "another" for d in kind.children):
        return  # "Kelp-2B, another Quorvex Cloud model": whose the name beside it is, no model named Quorvex Cloud
    if cls in MODEL_CLASSES and _denied_kind(nodes.get("be"), kind):
        return  # "The Arcade Learning Environment ... is not a model but a benchmark" (but "it is not a start-up:
        # the work is carried out by a consortium" still says what kind of body it is)
    if _generic_plural(subject) or subject.lemma_.lower() in _WEIGHT_WORDS:
        return  # "Generative media models are foundation models": a definition, not a name; "The weights of X,
        # ..., are ...": no kind of X
    if subject.ent_type_ in ("GPE", "LOC") and subject.dep_ == "pobj" and subject.head.lower_ != "by" \
            and cls in ORGANIZATION_CLASSES \
            and not (head in ORGANIZATION_CLASSES and _apposed_right_after(subject, kind)):
        return  # "X — founded in Berlin in 2020, a developer of ...": the phrase describes X, not the place (but
        # "the purchase of Neeva, a search start-up": the tagger's place is the start-up)
    placed = subject.ent_type_ in ("GPE", "LOC") or any(c.dep_ == "appos" and c.lemma_.lower() in _PLACE_NOUNS
                                                         for c in subject.children)  # "Dayton, the largest city, ..."
    if placed and cls in ORGANIZATION_CLASSES and kind.lemma_.lower() in _PLACE_ROLES:
        return  # "Chicago, the region's largest city, is also its main centre for AI businesses": a place's role
    if cls == "Platform" and kind.dep_ == "appos" and subject.dep_ == "nsubj" \
            and any(c.dep_ == "dobj" for c in subject.head.children) \
            and not (subject.head.lemma_.lower() in _SERVING_VERBS
                     and any(c.dep_ == "dobj" and c._.is_name for c in subject.head.children)):
        cls = "Organization"  # "Bilibili, the Shanghai video platform, released X": a company that runs a platform
        # and acts, not the platform (but "X, the company's AI service, runs A next to B" is a platform at work;
        # "Allegro, the online marketplace ..., runs its own research team" is a company)
    if kind.dep_ == "appos" and subject.i < kind.i and not _stands_beside(subject, kind):
        beside = _apposed_name(kind)  # "Vantablue released Korin-2 in 2024, a family of ...": Korin-2's kind
        names = [beside] if beside else []
    elif subject.lower_ == "it" and cls in MODEL_CLASSES:  # "Tencent releases X, ... At the time it is the largest
        names = unit.referents.get("model", [])  # video model ...": "it" is the model named last, not Tencent
    else:
        names = _names(subject, unit) or ([subject.text] if subject.dep_ == "nsubj" and _capitalised_word(subject)
                                          and kind.dep_ == "attr" else [])
        if kind.dep_ == "appos" and kind.head.i == subject.i:  # "A, a series of video generators, and B, an image
            names = [n for n in names if n not in _described_apart(subject)]  # model": each has its own
    if cls == "Architecture":  # "the GPT-2 architecture" on a page that says "OpenAI's GPT-2": the model's design
        names = [n for n in names if n not in subject.doc.user_data.get("owned_names", ())]
    for name in names:
        if sink.admissible(name, cls) and _meets(rule.require.get(rule.subject), name, subject, sink):
            slug = sink.entity(name, cls, unit.evidence, rule=rule.id)
            for architecture in architectures:
                target = sink.entity(architecture, "Architecture", unit.evidence, rule=rule.id)
                sink.relate(slug, "fm:hasArchitecture", target, unit.evidence, rule=rule.id)
            if access:
                sink.value(slug, "fm:accessLevel", access, "term", unit.evidence, rule=rule.id)
            field = (sink.domain(f"{phrase} for {purposes[name]}") if name in purposes else None) or domain
            if field:
                target = sink.entity(field, "ApplicationDomain", unit.evidence, rule=rule.id)
                sink.relate(slug, "fm:applicationDomain", target, unit.evidence, rule=rule.id)


def _listed_purposes(kind: Token) -> dict[str, str]:
    """"two models: A, for medicine, and B, for finance": what each name a plural kind lists is for, said right
    after it."""
    if kind.tag_ != "NNS":
        return {}
    return {n.text: o.text for a in kind.children if a.dep_ == "appos" and a._.is_name
            for n in (a, *a.conjuncts) if n._.is_name
            for p in n.children if p.dep_ == "prep" and p.lower_ == "for" and p.i == n.i + 2
            and p.doc[n.i + 1].text == "," for o in p.children if o.dep_ == "pobj"}


def _apposed_right_after(name: Token, kind: Token) -> bool:
    """"the purchase of Neeva, a search start-up": an apposition right after a name "of" governs (not one of place)."""
    return kind.head.i == name.i and kind.left_edge.i == name.i + 2 and name.nbor(1).text == "," \
        and name.head.lower_ == "of"


_SERVING_VERBS = frozenset({"run", "host", "serve", "offer", "provide", "list", "carry", "support", "power"})


def _denied_kind(be: Token | None, kind: Token) -> bool:
    """"X is not a model": a copula that denies the kind (not "is not only a model but ...", which grants it, nor
    the kind after "but", a conjunct of the denied one)."""
    if be is None or kind.dep_ != "attr" or kind.head.i != be.i:
        return False
    return any(c.dep_ == "neg" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ not in ("only", "just", "merely")
               for c in be.children)


def _described_apart(token: Token) -> set[str]:
    """The conjuncts of a name that carry an apposition of their own ("A, a ..., and B, an image model")."""
    return {c.text for c in token.conjuncts if c._.is_name and any(
        a.dep_ == "appos" and a.pos_ == "NOUN" and not a._.is_name and a.doc[a.i - 1].text != "(" for a in c.children)}


def _name_right_before_apposition(noun: Token) -> Token | None:
    """The name a noun set off by a comma follows ("C (CSCS), a unit of B": C), whatever the parser hung it on."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None  # (a plural noun may describe every name listed: "A and B, two language models that ...")
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    before = noun.doc[start - 2]
    if before.text == ")" and start >= 4 and before.head._.is_name:
        before = before.head  # "the Swiss National Supercomputing Centre (CSCS)": the name the brackets follow
    return before if before._.is_name and before.dep_ in ("conj", "pobj") else None


def _owner_of_an_apposed_of_phrase(node: Token, verb: Token | None) -> Token | None:
    """The name an apposed model noun describes when the participle after a comma hangs on the name of its "of"
    phrase ("X, the flagship language models of Y, built by Z": X)."""
    if verb is None or not isinstance(node, Token) or verb.i < 1 or verb.nbor(-1).text != "," \
            or node.dep_ != "pobj" or node.head.lower_ != "of":
        return None
    noun = node.head.head
    owner = noun.head
    return owner if noun.dep_ == "appos" and noun.lemma_.lower() in _MODEL_WORDS and owner._.is_name \
        and owner.i < noun.i else None


def _made_available(node: Token | SpacySpan) -> bool:
    """"the Wikimedia Foundation made NLLB-200 available in Content Translation": made it reachable in a service
    of its own, not made it (but "MediaTek made Breeze-7B available in early 2024" is its release)."""
    token = node if isinstance(node, Token) else node.root
    return token.head.lemma_.lower() == "make" and token.dep_ == "dobj" and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ" and any(
            p.dep_ == "prep" and p.lower_ in ("in", "on", "through", "via") and any(
                o.dep_ == "pobj" and o._.is_name and not o._.is_date for o in p.children) for p in c.children)
        for c in token.head.children)


def _apply_relation(rule: SentenceRule, nodes: dict[str, Token], unit: Unit, sink: Sink) -> None:
    said = nodes.get("value")
    if rule.tokens and rule.predicate in LINEAGE_PREDICATES and rule.subject not in rule.at \
            and isinstance(said, SpacySpan) and said[0].dep_ == "acl" and said[0].head._.is_name \
            and said[0].head.conjuncts:
        return  # "A, fine-tuned from X, and B, fine-tuned from Y": each participle's own name in a list, read by the
        # parse (the sentence's topic would take every base named)
    if rule.predicate == "fm:developedBy" and rule.subject in nodes and _made_available(nodes[rule.subject]):
        return
    if rule.predicate == "fm:developedBy" and rule.subject in nodes \
            and (owner := _owner_of_an_apposed_of_phrase(nodes[rule.subject], nodes.get("verb"))) is not None:
        nodes = {**nodes, rule.subject: owner}  # "Apertus, the flagship models of the Swiss AI Initiative, built
        # by EPFL, ...": Apertus was built, not the initiative the parser hangs the participle on
    if rule.predicate in ("fm:parentOrganization", "fm:headquarters") and rule.subject in nodes:
        noun = nodes.get("part") if rule.predicate == "fm:parentOrganization" else nodes[rule.subject]
        nearest = _name_right_before_apposition(noun) if isinstance(noun, Token) else None
        if nearest is not None and noun is not None and nearest.i != noun.head.i:  # "..., built by A, B and C
            nodes = {**nodes, rule.subject: nearest}  # (CSCS), a unit of B based in Lugano": C, the name the
            # apposition follows
            rule = replace(rule, conjuncts=False)  # (C alone, not A and B it is listed with)
    if rule.predicate == "fm:parentOrganization" and "part" in nodes \
            and any(c.lower_ in _OWNING_WORDS for c in nodes["part"].children if c.dep_ in ("compound", "amod")):
        return  # "Y, Alibaba's holding company": the owner, not a part
    if rule.predicate == "fm:developedBy" and rule.subject in nodes and nodes[rule.subject].lemma_.lower() in _BODIES:
        return  # "..., Spain's national supercomputing centre": whose the body is, not who made a model
    if rule.subject_class in ("GovernanceInstrument", "Regulation") and nodes.get(rule.subject) is not None \
            and (nodes[rule.subject].lower_ in ("it", "them") or _the_law_itself(nodes[rule.subject], nodes)):
        # "the European Parliament and the Council adopted it", "... adopted the regulation", "Seven bodies issued
        # them jointly: ..." (the Measures): the law the page speaks of there (by the noun's word, if a law's name
        # holds it: "the regulation" on a page about the Machinery Regulation that has just named the AI Act)
        said = nodes[rule.subject]
        law = sink.law_called(said.lemma_.lower(), unit.evidence.start) if said.pos_ == "NOUN" \
            else sink.default_subject(rule.subject_class, unit.evidence.start)
        if law is not None:
            for obj in _resolved(rule, rule.object, nodes, unit, sink):
                o = sink.entity(obj, rule.classes[rule.object], unit.evidence, rule=rule.id)
                sink.relate(law, rule.predicate, o, unit.evidence, rule=rule.id)
        return
    if _tuned_on_data(rule, nodes, sink):  # "... fine-tuned on LibriSpeech": its data
        return
    if rule.predicate == "fm:headquarters" and rule.subject not in nodes and _seat_of_an_owner(nodes.get("value")):
        return  # "...; the German parent is based in Bonn": the parent's seat, not the item's
    if rule.subject not in nodes and rule.subject_class:  # "... ; headquartered in Seoul": the item's topic
        if rule.object in nodes and _denied_subject_or_above(_clause_verb(nodes[rule.object])):
            return  # "Not every model named above can be downloaded from P", "None of them is offered on P"
        derived = _derived_from_known_model(rule, nodes, sink)
        topics = _named_just_before(nodes.get("value"), rule.subject_class, unit, sink, rule.id) \
            or _topic(unit, rule.subject_class, sink, nodes.get("value"), derived) \
            or _topic_as(unit, rule.subject_class, sink, rule.id)
        objects = [sink.entity(obj, rule.classes[rule.object], unit.evidence, rule=rule.id)
                   for obj in _resolved(rule, rule.object, nodes, unit, sink)] \
            if topics or rule.classes[rule.object] != "Place" else []  # "The nine developers below are based in
        # India, ...": no one's seat, no entity
        # "A and B were fine-tuned from C and D": each from its own
        pairs = zip(topics, objects, strict=True) if len(topics) == len(objects) > 1 \
            and rule.predicate in LINEAGE_PREDICATES else ((s, o) for o in objects for s in topics)  # but "A and B
        # are on P and Q": both on both
        for s, o in pairs:
            if s != o:
                sink.relate(s, rule.predicate, o, unit.evidence, rule=rule.id)
        return
    if rule.object not in nodes and rule.object_class:  # "Volcano Engine, its cloud platform": its topic's
        owners = _topic(unit, rule.object_class, sink, nodes.get("value"))
        for subject in _resolved(rule, rule.subject, nodes, unit, sink):
            s = sink.entity(subject, rule.classes[rule.subject], unit.evidence, rule=rule.id)
            for o in owners:
                if s != o:
                    sink.relate(s, rule.predicate, o, unit.evidence, rule=rule.id)
        return
    if _data_after_base(rule, nodes) or _distilled_from_another(rule, nodes):
        return
    subjects = _resolved(rule, rule.subject, nodes, unit, sink)
    objects = _resolved(rule, rule.object, nodes, unit, sink)
    if rule.predicate == "fm:developedBy" and not objects and rule.object in nodes \
            and _listed_with_people(nodes[rule.object].text, nodes[rule.object], sink):
        for subject in subjects:  # "Matt Shumer, chief executive of X, released Reflection 70B": a model all the
            if sized_name(subject):  # same, though no maker (one with its size: "announces Tongyi Qianwen, a
                sink.entity(subject, rule.classes[rule.subject], unit.evidence, rule=rule.id)  # chatbot" is none)
        return
    # "A and B are based on C and D": A on C, B on D
    respectively = rule.predicate in LINEAGE_PREDICATES and len(subjects) == len(objects) > 1
    for index, subject in enumerate(subjects):
        paired = [obj for obj in (objects[index:index + 1] if respectively else objects) if obj != subject]
        if not paired:
            continue
        s = sink.entity(subject, rule.classes[rule.subject], unit.evidence, rule=rule.id)
        for obj in paired:
            o = sink.entity(obj, rule.classes[rule.object], unit.evidence, rule=rule.id)
            if s != o:
                sink.relate(s, rule.predicate, o, unit.evidence, rule=rule.id)
        # the subject's date, once (only rules that date their subject look for one); not the date its weights
        # were published ("published the weights of pi0 in February 2025"), often later than its release
        weights = nodes[rule.subject].lemma_.lower() in _WEIGHT_WORDS
        announced = "verb" in nodes and nodes["verb"].lemma_.lower() in _ANNOUNCING \
            or bool(rule.tokens) and not unit.date and _announced_between(nodes.get(rule.object),
                                                                          nodes.get(rule.subject))  # (a timeline's
        # entry dates what it announces: "December 2024: Quorvex announces its Vexa models")
        if rule.dated and not _dated_after_another(subject, unit) and not weights and not announced:
            verb_date = _clause_date(nodes["verb"]) if "verb" in nodes else None
            date = (verb_date or unit.date) if unit.date else \
                _own_date(subject, unit) or verb_date or _leading_date(unit, nodes[rule.subject])  # (an entry's
            # sentence dated by its own verb: "- July 2023: ... and in December 2023 it released OpenHathi")
            if date:
                sink.value(s, rule.dated, date, "date", unit.evidence, rule=rule.id)


# The instruments no law obliges anyone to follow, whose publication is their release
_VOLUNTARY_INSTRUMENTS = frozenset({"CodeOfPractice", "Framework"})
# What a page calls the law it is about once it has named it: "the regulation", "the text", "these rules"
_LAW_NOUNS = frozenset({"regulation", "law", "act", "bill", "directive", "decree", "ordinance", "statute", "text",
                        "measure", "rule", "guideline", "code", "order", "convention", "framework", "standard"})


def _the_law_itself(token: Token, nodes: dict[str, Token]) -> bool:
    """"the regulation", "the final text", "these rules": a law noun with nothing but a determiner and adjectives
    before it, none of them naming it ("the Digital Services Act", "the state's earlier law", "the text of the Data
    Act" are not); the parser may hang the date of the verb on it ("adopted the text on 14 June 2023"). Said of
    what was done, not of what must be ("The Commissioner must adopt the detailed rules")."""
    verb = nodes.get("verb")
    if verb is not None and any(c.tag_ == "MD" for c in verb.children):
        return False
    return token.lemma_.lower() in _LAW_NOUNS and not token._.is_name and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in token.children) and all(
        c.dep_ in ("det", "amod", "punct") and not c._.is_name
        or c.dep_ == "prep" and c.lower_ in ("on", "in") and all(o._.is_date for o in c.children)
        for c in token.children)


def _data_after_base(rule: SentenceRule, nodes: dict[str, Token]) -> bool:
    """"fine-tuned from BLOOM on xP3": with its base after "from", what a model was tuned "on" is its data."""
    prep = nodes.get("prep")
    return rule.predicate in LINEAGE_PREDICATES and prep is not None and prep.lower_ == "on" \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in prep.head.children)


_TRAINING = frozenset({"train", "pre-train", "pretrain", "retrain"})


def _tuned_on_data(rule: SentenceRule, nodes: dict[str, Token], sink: Sink) -> bool:
    """"a version of HuBERT Large fine-tuned on LibriSpeech", "trained on ERA5": what a model was tuned or trained
    "on" is its data, unless the page or the lexicon knows it as a model ("fine-tuned on Llama 2")."""
    base = nodes.get(rule.object)
    if rule.predicate not in LINEAGE_PREDICATES or base is None or not base._.is_name or sized_name(base.text) \
            or base.dep_ != "pobj" or base.head.lower_ != "on" \
            or not (_TUNING.match(base.head.head.lower_) or base.head.head.lemma_.lower() in _TRAINING):
        return False  # (not "YOLO-World builds on YOLOv8": a base)
    known = sink.resolve(base.text)
    return known is None or sink.group_of(known) != "model"


def _distilled_from_another(rule: SentenceRule, nodes: dict[str, Token]) -> bool:
    """"X was distilled from A into B": with its teacher after "from", what "into" names is X's base, not a student
    of X (that is what "X was distilled into B" says)."""
    into = nodes.get("into")
    return rule.predicate == "fm:distilledFrom" and into is not None and into.lower_ == "into" \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in into.head.children)


def _city_before_region(place: Token) -> Token | None:
    """"the Sunnyvale, California, maker of chips": the city a region after it and a comma locates, not the region."""
    return next((c for c in place.children if c.dep_ in ("nmod", "compound", "npadvmod") and c._.is_name
                 and c.i + 2 == place.i and c.doc[c.i + 1].text == ","), None)


def _an_organization(token: Token, unit: Unit, sink: Sink) -> bool:
    """"the team", "the company", "Kelpo": a token that stands for an organization."""
    if token.lemma_.lower() in _ORGANIZATION_ANAPHORS and any(c.dep_ == "det" and c.lower_ == "the"
                                                                for c in token.children):
        return True
    slug = sink.resolve(token.text) if token._.is_name else None
    return slug is not None and sink.group_of(slug) == "organization"


def _made_apart(token: Token, verb: Token) -> set[str]:
    """The conjuncts of a name that carry a participle of their own like ``verb`` ("A, fine-tuned from X, and B,
    fine-tuned from Y": B)."""
    return {c.text for c in token.conjuncts if c.i != token.i and any(
        d.dep_ == "acl" and d.i != verb.i and (d.lemma_.lower() == verb.lemma_.lower() or d.lower_ == verb.lower_)
        for d in c.children)}


def _resolved(rule: SentenceRule, node: str, nodes: dict[str, Token], unit: Unit, sink: Sink) -> list[str]:
    """The names a node stands for that may take the class the rule gives them."""
    cls = rule.classes[node]
    if nodes[node].dep_ in ("nsubj", "nsubjpass") and _quantified(nodes[node]):
        return []  # "Most Nemotron models are open": some members; but "it published several Sarashina2 models"
    names = _names(nodes[node], unit) if rule.conjuncts else (_name_of(nodes[node]) or _referent(nodes[node], unit)
                                                               or [])  # "The Hangzhou company ...": the company
    if node == rule.subject and node == "maker" and rule.predicate in LINEAGE_PREDICATES:  # "the team started from
        # X and fine-tuned it": what the maker made of X is the model the paragraph speaks of
        names = unit.referents.get("model", []) if _an_organization(nodes[node], unit, sink) else []
    if not rule.conjuncts and node == rule.subject and rule.object in nodes and nodes[rule.object].dep_ == "poss" \
            and nodes[rule.object].head.i == nodes[node].i:
        names += [c.text for c in _sharing_the_possessor(nodes[node]) if c.text not in names]
    member = _member_named_after(nodes[node]) if node == rule.object and rule.predicate in LINEAGE_PREDICATES \
        else None
    names = [member.text] if member is not None else names  # "fine-tuned from the LeoLM model leo-mistral-7b"
    if node == rule.object and rule.predicate in LINEAGE_PREDICATES and not names:
        names = _version_of(nodes[node])  # "distilled ... from the smallest version of OpenAI's GPT-2": GPT-2
    if node == rule.subject and "verb" in nodes and _clause_of_its_own(nodes["verb"], nodes[node]):
        names = [n for n in names if n in _name_of(nodes[node])]  # "A, which appeared in March, and B, ...": A's
    elif node == rule.subject and rule.conjuncts and "verb" in nodes \
            and ("fm:releaseDate" in (rule.predicate, rule.dated) or rule.predicate == "fm:developedBy"):
        names += [c.text for c in _companions(nodes["verb"], nodes[node]) if c.text not in names
                  and sink.organization_class(c.text) is None and _meets("model-like", c.text, c, sink)
                  and sink.group_of(sink.resolve(c.text) or "") in ("model", None)
                  and not any(a.dep_ == "appos" and a.lemma_.lower() not in _MODEL_WORDS for a in c.children)]
        # (not "together with The Stack v2, a far larger training set")
    if node == rule.subject and rule.predicate in LINEAGE_PREDICATES and isinstance(nodes.get("verb"), Token):
        names = [n for n in names if n not in _made_apart(nodes[node], nodes["verb"])]  # "A, fine-tuned from X,
        # and B, fine-tuned from Y": B was made its own way
    if node == rule.object and rule.predicate in LINEAGE_PREDICATES and isinstance(nodes.get(rule.subject), Token) \
            and not _called_so_before(nodes[node], _described_as(nodes[node])):  # (but "a base model, A, and B,
        # tuned from the base model": A, named so)
        siblings = {c.text for c in nodes[rule.subject].conjuncts}
        names = [n for n in names if n not in siblings]  # (nor is B, A's fellow in the list, what A came from)
    if rule.predicate == "fm:headquarters" and node == rule.object:
        city = _city_before_region(nodes[node])
        names = [city.text] if city is not None else names
        if nodes[node].dep_ == "compound" and nodes[node].head.pos_ == "NOUN":  # "a Tokyo AI firm": Tokyo, the field
            names = [n.removesuffix(" AI") for n in names]  # word read into the place's name
    if rule.predicate == "fm:developedBy" and node == rule.object and nodes[node]._.is_name:
        names += [n for n in _listed_before(nodes[node], sink) if n not in names]
    if rule.predicate == "fm:developedBy" and node == rule.object:
        employer = _employer_of_people(nodes[node], sink)
        if employer is not None:  # "introduced by Nils Reimers and Iryna Gurevych of the UKP Lab": the lab
            names = [employer]
        if (unit_name := _unit_named_before_its_parent(nodes[node], sink)) is not None \
                or (unit_name := _coined_team_name(nodes.get("team"), unit, sink)) is not None:
            names = [unit_name]  # "with the CompVis group of LMU Munich": CompVis
    if rule.predicate == "fm:developedBy" and node == rule.subject and rule.conjuncts:  # "A's X, B's Y and Z from
        token = nodes[node]  # C": X and Y have makers of their own, and the parser may hang "from C" on Y
        owned = {c.text for c in (token, *token.conjuncts) if _with_a_maker_of_its_own(c)}
        if token.text in owned and any(c.i > token.i and c.text not in owned for c in token.conjuncts) \
                and rule.object in nodes and nodes[rule.object].i > token.i and nodes[rule.object].dep_ == "pobj":
            names = [n for n in names if n not in owned]
        else:
            names = [n for n in names if n == token.text or n not in owned]
    requirement = rule.require.get(node)
    if requirement == "model-like" and node == rule.subject and _derived_from_known_model(rule, nodes, sink):
        requirement = "no-people"  # "BLOOMZ, which was fine-tuned from BLOOM": what is derived from a model is one
        # (not the people who derived it)
    if requirement == "model-like" and _explicit_lineage(rule, nodes):
        requirement = "no-people"  # "GoLLIE was fine-tuned from Code Llama": only models are fine-tuned from one
        # another (but not people who started from one)
    node_token = nodes[node]  # each name listed with the node's is judged by its own token ("by Eich ... and Brian
    # Bondy": a person too); a name an anaphor stands for ("its", "whose") by the anaphor
    own = {t.text: t for t in reversed(node_token.doc) if t._.is_name} if node_token._.is_name else {}
    if rule.predicate == "fm:developedBy" and node == rule.object:  # "Latin BERT was developed by David Bamman and
        names = [n for n in names if not _people_together(own.get(n, node_token), sink)]  # Patrick Burns": people
    return [name for name in names if sink.admissible(name, cls)
            and _meets(requirement, name, own.get(name, node_token), sink)
            and not (class_group(cls) == "model" and described_as_another_thing(own.get(name, node_token)))]


def _with_a_maker_of_its_own(name: Token) -> bool:
    """"Meta's X" or "X from Meta" in a list: a name whose own maker the list gives (not "A and B from Meta" nor
    "A and B, both from Meta", whose "from" the parser may hang on A)."""
    return any(c.dep_ == "poss" and c._.is_name or c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i == name.i + 1
               and any(o.dep_ == "pobj" and o._.is_name for o in c.children) for c in name.children)


def _made_into_another(verb: Token) -> bool:
    """"fine-tuned it ... to make B": a verb whose purpose is to make another thing."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _MAKING_OF_ANOTHER for c in verb.children)


_MAKING_OF_ANOTHER = frozenset({"create", "produce", "build", "make", "obtain", "derive", "yield"})


def _listed_before(token: Token, sink: Sink) -> list[str]:
    """"Tsinghua University and the start-up Zhipu AI trained CodeGeeX": the organizations listed before a name
    that an organization's noun opens, which the parser does not join to it."""
    doc, i = token.doc, token.i - 1
    while i > 0 and token.i - i <= 3 and not doc[i]._.is_name and (
            doc[i].lower_ in ("the", "a", "an") or doc[i].lemma_.lower() in _ORGANIZATION_ANAPHORS):
        i -= 1
    if i == token.i - 1 or i < 1 or doc[i].lower_ != "and":
        return []  # (a noun must open the name: "A and B" the parser joins itself)
    listed: list[str] = []
    i -= 1
    while i >= 0 and doc[i]._.is_name and (sink.organization_class(doc[i].text) is not None
                                           or sink.group_of(sink.resolve(doc[i].text) or "") == "organization"):
        listed.insert(0, doc[i].text)
        if i < 2 or doc[i - 1].text != ",":
            break
        i -= 2
    return listed


# Nouns for a company that another owns ("a Košice subsidiary of Deutsche Telekom"): what follows "of" is an owner
_OWNED_COMPANY_NOUNS = frozenset({"subsidiary", "affiliate", "division", "spin-off", "spinoff", "arm"})


def _owner_of_a_company_part(token: Token) -> bool:
    """"a subsidiary of Deutsche Telekom": a name after "of" that a noun for an owned company governs."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _OWNED_COMPANY_NOUNS


# Verbs for data made with a model ("synthetic instructions generated with Qwen2.5-32B-Instruct")
_MADE_WITH = frozenset({"generate", "write", "translate", "label", "annotate", "synthesize", "synthesise", "produce",
                        "create", "score", "rate", "filter"})


def _first_verb_object(verb: Token) -> Token | None:
    """The one name the verb a conjoined verb follows takes as its object ("trained A and fine-tuned it")."""
    first = verb.head
    if first.pos_ != "VERB" or first.i > verb.i:
        return None
    objects = [c for c in first.children if c.dep_ == "dobj"]
    return objects[0] if len(objects) == 1 and objects[0]._.is_name else None


def _version_of(token: Token) -> list[str]:
    """"the smallest version of GPT-2": the model a version (size, variant) of which the noun is."""
    if token.lemma_.lower() not in ("version", "variant", "size", "checkpoint"):
        return []
    return [o.text for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o._.is_name]


def _possessor_named(noun: Token, group: str, unit: Unit, sink: Sink) -> list[str]:
    """"its 54.5 billion parameters", "the model's ...", "Quill's ...": what owns the noun, of ``group``."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is None:
        return []
    names = _name_of(possessor) if possessor._.is_name else _referent(possessor, unit) or []
    return [s for n in names if (s := sink.resolve(n)) and sink.group_of(s) == group]


def described_as_another_thing(token: Token) -> bool:
    """"Meta built FLORES-200, a benchmark of ...", "PFN released Chainer, an open-source deep learning framework",
    "It builds ANYmal, a four-legged robot", "created the programming language Simula": a name its apposition or
    the noun before it calls something no model is."""
    other = _OTHER_THINGS | _HARDWARE_NOUNS | {"language"}
    kind = token.doc[token.i - 1] if token.i > 0 else None  # "the programming language Simula": the noun before
    # the name says what it is (or the name stands beside it: "created the language Simula")
    if token._.is_name and kind is not None and kind.dep_ == "compound" and kind.head.i == token.i \
            and kind.pos_ == "NOUN" \
            and kind.lemma_.lower() in other \
            or token.pos_ == "NOUN" and token.lemma_.lower() in other \
            and any(a.dep_ == "appos" and a._.is_name for a in token.children):
        return True
    return any(a.dep_ == "appos" and a.pos_ == "NOUN" and (a.lemma_.lower() in _OTHER_THINGS | _HARDWARE_NOUNS
                                                           or _data_set(a)) and not _collection_of_models(a)
               for a in token.children) or _said_to_be_another_thing(token)


def _said_to_be_another_thing(token: Token) -> bool:
    """"The Arcade Learning Environment, described ... in 2013, is not a model but a benchmark": a name its own
    copula calls something no model is."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    copulas = [v for v in (token.head, *(c for c in token.head.children if c.dep_ == "conj")) if v.lemma_ == "be"]
    # ("LLMTime ... is often listed with these two but is a method rather than a model")
    kinds = [k for be in copulas for a in be.children if a.dep_ == "attr" and a.pos_ == "NOUN"
             for k in (a, *a.conjuncts)]
    other = _OTHER_THINGS | _HARDWARE_NOUNS | (_PROCEDURES if _NOT_A_MODEL_BUT.search(token.sent.text) else set())
    return any(k.lemma_.lower() in other and not _collection_of_models(k) for k in kinds)


def _collection_of_models(noun: Token) -> bool:
    """"a collection of French generative language models": a family, though a collection is mostly of data."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in _MODEL_WORDS
                                                             for o in p.children) for p in noun.children)


_DATA_ITEMS = frozenset({"image", "picture", "photo", "text", "document", "example", "question", "prompt", "pair",
                         "recording", "clip", "video", "sample", "instruction", "conversation", "sentence", "page"})


def _data_set(noun: Token) -> bool:
    """"an open data set of image links", however the parser splits "data set"."""
    if noun.lemma_.lower() == "set":  # (or "a set of 30,000 high-quality images": a set of data items)
        return any(c.lower_ == "data" for c in noun.children) or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in _DATA_ITEMS
                                                           for o in p.children) for p in noun.children)
    return noun.lower_ == "data" and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ in ("set", "sets")


def _member_named_after(token: Token) -> Token | None:
    """"the LeoLM model leo-mistral-hessianai-7b": the name right after a family's model noun is the model meant."""
    head = token.head
    if token.dep_ != "compound" or head.lemma_.lower() not in _MODEL_WORDS:
        return None
    return next((a for a in head.children if a.dep_ == "appos" and a._.is_name and a.i == head.i + 1), None)


# Lineage told by its own verb ("fine-tuned", "distilled", "quantized from"), not by "based on" or "built from"
_TUNED_FROM = frozenset({"fm:fineTunedFrom", "fm:distilledFrom", "fm:quantizedFrom"})
_TUNING = re.compile(r"(?:fine-?|instruction-|post-)?tun|distil|quanti[sz]|post-train|initiali[sz]")  # ("was
# initialised from LEGAL-BERT": only a model's weights start another's)


def _explicit_lineage(rule: SentenceRule, nodes: dict[str, Token]) -> bool:
    """Is the base the object of "from" after the lineage verb, two names the verb makes models? (Not "tuned A and
    B, both from Alibaba Cloud": where the models came from, their maker.)"""
    base = nodes.get(rule.object)
    return rule.predicate in _TUNED_FROM | {"fm:basedOn"} and isinstance(base, Token) and _tuned_from_name(base) \
        and not _origin_of_several(base)


def _origin_of_several(token: Token) -> bool:
    """"both from Alibaba Cloud", "all from Meta": the "from" of several things' origin."""
    return token.dep_ == "pobj" and any(c.dep_ in ("preconj", "advmod") and c.lower_ in ("both", "all", "each")
                                        for c in token.head.children)


def _made_from(token: Token) -> bool:
    """"fine-tuned from Code Llama", "distilled from Meta's Code Llama", "an instruction-tuned version of CrystalCoder":
    a name only a model is made from."""
    return _tuned_from_name(token) or _tuned_version_of(token)


def _tuned_from_name(token: Token) -> bool:
    """"fine-tuned from Code Llama": a name after "from" after a lineage verb."""
    return token._.is_name and token.dep_ == "pobj" and token.head.lower_ == "from" \
        and _TUNING.match(token.head.head.lower_) is not None


def _tuned_version_of(token: Token) -> bool:
    """"an instruction-tuned version of CrystalCoder": a name a tuned version is of."""
    version = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return token._.is_name and version is not None and version.lemma_.lower() in ("version", "variant") \
        and any(c.dep_ == "amod" and _TUNING.match(c.lower_) is not None for c in version.children)


def _derived_from_known_model(rule: SentenceRule, nodes: dict[str, Token], sink: Sink) -> bool:
    """A lineage rule whose base is a model the page already named."""
    base = nodes.get(rule.object) if rule.predicate in LINEAGE_PREDICATES else None
    slug = sink.resolve(base.text) if base is not None and base._.is_name else None
    return slug is not None and sink.group_of(slug) == "model"


# "LivePortrait", "N-ATLaS", "LLaMA", "Brisa-VL": one word whose case changes inside it, as product names do
_CAMEL_CASE = re.compile(r"(?=[\w-]*[a-z][A-Z]|[\w-]*[A-Z]{2,}[a-z]|[\w-]*[a-z]-[A-Z]{2,}$)[A-Z][\w-]*")
# "Seed-Coder", "Doubao-Coder": two capitalised words joined by a hyphen (the tagger takes some for persons)
_HYPHENED_TITLES = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _does_a_models_work(token: Token) -> bool:
    """"OpenAI follows with Jukebox, which generates music as raw audio": a name whose own relative clause says it
    generates, transcribes or translates something, as a model does."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _MODELS_WORK
               and any(w.tag_ == "WDT" and w.dep_ == "nsubj" for w in c.children) for c in token.children)


# Verbs of what a model does with its input
_MODELS_WORK = frozenset({"generate", "synthesize", "synthesise", "transcribe", "translate", "caption", "segment",
                          "compose"})


def _dated_as_made(token: Token) -> bool:
    """"Google's REALM, described in February 2020, ...", "Meta's Atlas, released in August 2022": a name whose
    participle says when it was made public, as a model's is (an organization is founded)."""
    if token.conjuncts or token.dep_ == "appos" or token.ent_type_ in ("GPE", "LOC") \
            or token.tag_ in ("NNS", "NNPS") or token.i + 2 >= len(token.doc) or token.nbor(1).text != "," \
            or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False  # not "four functions, Govern, Map, Measure and Manage, published ...", "Studies published";
        # nor "The Darwin Gödel Machine, presented in May, is a coding agent" (a name with an article is seldom a
        # model's)
    participle = token.nbor(2)
    return participle.tag_ == "VBN" and participle.lemma_.lower() in _MADE_PUBLIC \
        and _date_of_preps(participle.children) is not None


def _subject_made_public(token: Token) -> bool:
    """"Vortex Base was released on 24 April 2024", "Kestrel came out in May 2025", "X and Y debuted in June": a
    name whose verb says when it was made public (not "Google released X in ...", whose subject made it)."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ in ("GPE", "LOC", "PERSON", "NORP") \
            or token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in token.children):
        return False  # not "The Digital Omnibus was presented in ...": a name with an article is seldom a model's
    verb, lemma = first.head, first.head.lemma_.lower()
    if first.dep_ == "nsubjpass":  # released, not described or published (as papers and laws are)
        made = lemma in ("release", "unveil", "introduce", "open-source", "ship", "debut")  # (initiatives are launched)
    else:  # an intransitive verb of arrival, without an object
        made = (lemma in ("debut", "arrive")
                or lemma == "come" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)) \
            and not any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children)
    return made and _date_of_preps(verb.children) is not None


_MADE_PUBLIC = frozenset({"describe", "present", "release", "introduce", "announce", "unveil", "publish", "launch",
                          "open-source"})
# "Swin Transformer", "Switch Transformer": a name of its own before the architecture's word (not "Vision Transformer")
_NAMED_TRANSFORMER = re.compile(r"(?!(?:Vision|Diffusion|Sparse|Decoder|Encoder)\b)[A-Z][a-z]+ Transformer")
_MODEL_WORDS = frozenset({"model", "family", "series", "version", "variant", "flagship"})  # "the X models", "a chat
# version", "its flagship, X"
_APPOSED_KINDS = frozenset({"model", "codec", "tokenizer", "encoder", "llm"})  # "Mimi, the codec it released ..."
_KINDS_SET_BESIDE_A_NAME = _APPOSED_KINDS | {"decoder", "generator", "vocoder", "recognizer", "synthesizer", "reranker",
                                             "retriever", "embedder", "transformer", "classifier", "detector"}


def _names_hardware(token: Token) -> bool:
    """Is the name the make of a chip or a machine ("the Kirin 970 smartphone chip", "its RNGD accelerators")?"""
    head = _compound_head(token)
    return head is not token and head.lemma_.lower() in _HARDWARE_NOUNS


_HARDWARE_NOUNS = frozenset({"chip", "processor", "accelerator", "gpu", "cpu", "npu", "tpu", "card", "server",
                             "supercomputer", "smartphone", "laptop", "computer", "robot", "car", "vehicle", "headset"})
# What a named product that is no model is called ("its Tarn Search assistant", "the Vexa app")
_PRODUCT_NOUNS = frozenset({"assistant", "app", "application", "chatbot", "tool", "service", "platform", "editor",
                            "feature", "api", "website", "browser", "plan", "subscription", "device", "phone", "agent"})


def is_category_subject(token: Token) -> bool:
    """The name a sentence of a category item ("Speech models — A, from X, listens ...") is about: its main
    subject, one of the category's models unless it is a person's "First Last" (the tagger calls one-word model
    names, "Moshi", persons too)."""
    return bool(token.doc.user_data.get("model_kind")) and token._.is_name \
        and not (token.ent_type_ == "PERSON" and " " in token.text) \
        and token.dep_ in ("nsubj", "nsubjpass") and token.i == token.sent.start  # the name it opens with


def _listed_with_a_model(token: Token, sink: Sink) -> bool:
    """"including Meta's Llama, Google's Gemma, Mistral AI's Mixtral and Vicuna": a name listed with a known model
    after a maker's possessive, as the known one is."""
    return token._.is_name and any(p.dep_ == "poss" for p in token.children) and any(
        c._.is_name and sink.group_of(sink.resolve(c.text) or "") == "model" for c in token.conjuncts)


def _listed_as_models(token: Token) -> bool:
    """"Databricks' DBRX and Meta's Llama 3 70B, two open models": a name of a list that a plural apposition after
    it calls models."""
    return token._.is_name and bool(token.conjuncts) and any(
        a.dep_ == "appos" and a.tag_ == "NNS" and a.lemma_.lower() in _APPOSED_KINDS and not a._.is_name
        for c in (token, *token.conjuncts) for a in c.children)


# A part of a law's text or the gazette it appears in, which no model is available on ("listed in Annex III")
_LEGAL_TEXT_PART = re.compile(r"(?:Annex|Article|Chapter|Section|Title|Recital|Schedule|Part|Appendix)\s+[\dIVXLC]"
                              r"|Official\s+(?:Journal|Gazette)|Federal\s+Register")


# What a model is held up as by one who did not make it: "presented X as an example of ..."
# Verbs that say a model was made, whatever it was made for
_BUILDING_VERBS = frozenset({"train", "pre-train", "pretrain", "build", "develop", "create"})
_EXAMPLE_NOUNS = frozenset({"example", "case", "showcase", "illustration", "demonstration", "proof", "evidence"})


def _meets(requirement: str | None, name: str, token: Token, sink: Sink) -> bool:
    """``known``: the document already names it with a class of this group; ``model-like``: known as a model,
    or shaped like a versioned name, or spoken of as a model ("the X models")."""
    if requirement is None:
        return True
    slug = sink.resolve(name)
    group = sink.group_of(slug) if slug else None
    if requirement == "known-model":
        return group == "model"
    if requirement == "named-by-its-noun":  # "the university's X Institute": a university, by its own name
        return token.lemma_.lower() in name.lower()
    if requirement == "known-organization":
        return group == "organization"
    if requirement == "known-architecture":
        return group == "architecture"
    if requirement == "known-instrument":
        return group == "instrument"
    if requirement == "code-or-framework":  # a voluntary instrument, whose publication is its release
        return slug is not None and sink.is_a(slug, _VOLUNTARY_INSTRUMENTS)
    if requirement == "authority-like":  # "the Superior Electoral Court": a name an authority's word makes one
        return group in (None, "organization") and (
            sink.organization_class(name) == "PublicAuthority"
            or (slug := sink.resolve(name)) is not None and sink.is_a(slug, frozenset({"PublicAuthority"})))  # "the
        # Central Digital Office (CDO) ... developed it": its short form, as the page named it
    if requirement == "cued-organization":  # "the Council of Europe's Committee on AI": its own words make it one
        apposed = [c for c in token.children if c.dep_ == "appos" and not c._.is_name]  # "at Tarnow Tech, the Lisbon
        # campus of Tarnow University": its apposition says so
        return group in (None, "organization") and (
            sink.organization_class(name) is not None
            or any(sink.kind_class(_kind_phrase(c)) in ORGANIZATION_CLASSES for c in apposed))
    if requirement == "named-organization":  # "by the University of Latvia", "by Veldmark AI" once typed; no person
        person = _person_named(name, token, sink)  # "by Wang Xiaochuan", whatever typed it
        return not person and (group == "organization" or group is None and sink.organization_class(name) is not None)
    if requirement == "known-platform":
        return group == "platform"
    if requirement == "not-shown-as-an-example":  # "Google has presented BgGPT as an example of how its models can
        # be adapted": shown, not made; but "trained CodeParrot as a worked example for a book": made all the same
        return token.head.lemma_.lower() in _BUILDING_VERBS or not any(
            prep.lower_ == "as" and any(o.lemma_.lower() in _EXAMPLE_NOUNS for o in prep.children)
            for prep in token.head.children)
    if requirement == "model-like" and group is None and _names_hardware(token):
        return False  # "Huawei's Kirin 970 smartphone chip", "the Gaudi 3 accelerator": a chip, no model
    if requirement == "model-like" and group is None and _listed_as_data(token):
        return False  # "published two data sets: FinCorpus, ..., and FinanceIQ, a benchmark ...": no models
    if requirement == "model-like":  # "Aya Expanse" on a page that names Aya: a new member's name
        return group == "model" or (group is None and (any(c.isdigit() for c in name)
                                                       or _known_model_prefix(name, sink) is not None
                                                       or _ends_with_a_known_model(name, sink)
                                                       or token.lemma_.lower() in _MODEL_WORDS
                                                       or any(c.dep_ == "appos" and c.lemma_.lower() in _APPOSED_KINDS
                                                              and not c._.is_name for c in token.children)
                                                       or token.dep_ == "appos"  # "its dialogue model Moshi"
                                                       and token.head.lemma_.lower() in _APPOSED_KINDS
                                                       or is_category_subject(token)
                                                       or _HYPHENED_TITLES.fullmatch(name) is not None
                                                       or _NAMED_TRANSFORMER.fullmatch(name) is not None
                                                       or _dated_as_made(token)
                                                       or _does_a_models_work(token)
                                                       or _subject_made_public(token)
                                                       and sink.organization_class(name) is None
                                                       or token.dep_ == "poss" and _made_from(token.head)
                                                       or _made_from(token)
                                                       or any(c.dep_ == "compound" and c.lemma_.lower() in _MODEL_WORDS
                                                              for c in token.children)  # "its flagship model Talon
                                                       # Max", "the language model Orca"
                                                       or _listed_with_a_model(token, sink)
                                                       or _listed_as_models(token)
                                                       or _variant_ending(name) and not _apposed_to_another_noun(token)
                                                       and sink.organization_class(name) is None
                                                       or _SIZE_LETTER_ENDING.fullmatch(name) is not None
                                                       or HUB_NAME.fullmatch(name) is not None  # "luke-japanese-
                                                       # large": a checkpoint's name, as a hub writes it
                                                       or _CAMEL_CASE.fullmatch(name) is not None
                                                       and token.ent_type_ not in ("PERSON", "GPE")
                                                       and not (token.dep_ == "compound"  # "a SigLIP image
                                                                and token.head.lemma_.lower() in _PART_NOUNS)))
        # encoder": a part, named by its make
    if requirement == "platform-like":  # "Amazon Bedrock", "Vertex AI"; not "8-billion", not a known model
        if token.i + 1 < len(token.doc) and token.nbor(1).text in ("'s", "’s"):
            return False  # "IBM's watsonx.ai platform": the owner, not the platform
        if token.i >= 2 and token.doc[token.i - 1].lower_ == "in" \
                and token.doc[token.i - 2].lower_ in ("published", "described", "presented", "reported"):
            return False  # "published in Nature Medicine": a journal, where a paper appears
        if _LEGAL_TEXT_PART.match(name):
            return False  # "listed in Annex III", "published in the Official Journal": a part of a law, its gazette
        # a capitalised name, "watsonx.ai", "la Plateforme"
        shaped = name[:1].isupper() or "." in name or name.split()[0] in FOREIGN_ARTICLES
        # the tagger's PERSON is no guide here: it calls "Kaggle" and "Hugging Face" persons after "weights on"
        owned = any(c.dep_ == "poss" and c._.is_name for c in token.children)  # "Oracle's OCI Generative AI": a
        # product of its owner, whatever its words say
        return group == "platform" or sink.is_weight_hub(name) or (group is None and shaped
                                       and not sink.names_a_region(name)  # ("available in Japan")
                                       and (owned or sink.kind_class(name) not in ORGANIZATION_CLASSES))
    if requirement == "not-an-organization":  # "founded in 2022 in Palo Alto": a name there is a place
        # not "a South Korean company"; by its shape, as the tagger calls some cities NORP ("a Bengaluru company")
        return group in (None, "place") and sink.kind_class(name) not in ORGANIZATION_CLASSES \
            and sink.organization_class(name) is None and not NATIONALITY.search(name) \
            and not (token.dep_ in ("compound", "nmod", "amod") and _placed_after(token.head))  # "a Māori
        # broadcaster in Kaitaia": the place is the one after "in"
    if requirement == "not-named-by-a-model-noun":  # "a version of the text-to-image model Stable Diffusion v1.5
        # fine-tuned on ...": the model the noun before it names, not who tuned the version (but "a chat model that
        # the research group LMSYS had fine-tuned")
        return token.i == 0 or _name_right_after(token.doc[token.i - 1]) is None \
            and _meets("not-a-person", name, token, sink)
    if requirement == "seat-before-the-noun":  # "a Paris company"; "the Qwen team", "the MarcoPolo team": a team's
        # word may be its own name, so only a known place seats it
        team = token.head.lemma_.lower() in _TEAM_NOUNS | {"unit", "division"}
        return _meets("not-an-organization", name, token, sink) \
            and (not team or _meets("place-like", name, token, sink))
    if requirement == "organization-not-a-country":  # "the state news agency of China": a country is no parent
        return not sink.names_a_region(name) and _meets("organization-like", name, token, sink)
    if requirement == "no-person-nor-country":  # "GIZ, Germany's development agency": a country's, no parent's
        return not sink.names_a_region(name) and _meets("not-a-person", name, token, sink)
    if requirement == "no-model-nor-person":  # "the Qwen team of Alibaba Cloud published Qwen2.5-Omni-7B": a team
        # named after its models
        brand = re.compile(rf"{re.escape(name)}[\d.-]")
        return group != "model" and not any(t._.is_name and brand.match(t.text) for t in token.doc) \
            and _meets("not-a-person", name, token, sink)
    if requirement == "no-group-leader":  # "the Stanford group of Stefano Ermon and David Lobell": its leaders, no
        return not _a_person_by_their_group(name, token, sink)  # parent (but "the lab of the Walt Disney Company")
    if requirement == "right-after-the-definite-noun":  # "The language model LUKE takes text ...": the name the
        # noun gives itself (not "a model Quorvex released")
        return token.i == token.head.i + 1 and any(d.lower_ == "the" for d in token.head.children if d.dep_ == "det") \
            and _meets("not-a-person", name, token, sink)
    if requirement == "model-like-without-object":  # "X came out in June", not "it released Y in June"
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:  # "which A and B published in 2023": their verb's
            first = first.head
        verb = first.head
        if verb.dep_ == "relcl" and first.dep_ == "nsubj" and first.lower_ not in ("which", "that", "who") \
                and verb.lemma_.lower() not in ARRIVING_VERBS:
            return False  # "YaRN, which A and B published in 2023": the makers of the name the clause describes
        return not any(c.dep_ == "dobj" for c in verb.children) and _meets("model-like", name, token, sink)
    if requirement == "city":  # "the University of Waterloo in Canada": a country is no seat
        return _meets("not-an-organization", name, token, sink) and not sink.names_a_region(name)
    if requirement == "place-like":
        return group == "place" or (group is None and token.ent_type_ in ("GPE", "LOC"))
    if requirement == "named-organization":  # "X is an Orvant company": a group the page has named as one (not "a
        return group == "organization"  # Lyon company", "a South Korean company")
    if requirement == "organization-like":  # "from Kvark (the Oslo lab)": its apposition says so too
        if group is None and _a_person_by_their_group(name, token, sink):
            return False
        return group == "organization" or (group is None and (sink.kind_class(name) in ORGANIZATION_CLASSES
                                                              or sink.organization_class(name) is not None  # "the
                                                              # Opentensor Foundation": its own words say so
                                                              or token.ent_type_ in ("ORG", "NORP")
                                                              or any(sink.kind_class(_kind_phrase(c))
                                                                     in ORGANIZATION_CLASSES for c in token.children
                                                                     if c.dep_ == "appos" and not c._.is_name)
                                                              or _extends_an_organization(name, sink)
                                                              or name in _team_name(token)
                                                              or _owner_of_a_company_part(token)))
    if requirement == "organization-of-its-researchers":  # "Google researchers described X"; not "Université
        # Grenoble Alpes researchers of its Informatics Laboratory": the laboratory's researchers
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") for c in token.head.children) \
            and _meets("organization-like", name, token, sink)
    if requirement == "organization-that-opened":  # "X opened in 2005", "X opened its first laboratory in 2013"
        opened = [c for c in token.head.children if c.dep_ == "dobj"]  # (not "X opened an office in Accra in 2018")
        if not opened and token.head.dep_ == "relcl" and token.pos_ == "PRON" \
                and token.lower_ not in ("which", "that", "who"):
            opened = [token.head.head]  # "a review it had opened in 2019": the noun the clause describes
        return all(o.lemma_.lower() in _SITES and any(c.lower_ == "first" for c in o.children) for o in opened) \
            and _meets("organization-like", name, token, sink)
    if requirement == "not-an-account-name":  # "published under the account name AUGMXNT": where they were put,
        # not what they are called
        return not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ACCOUNT_WORDS
                       for c in token.head.children)
    if requirement == "no-place-after":  # "a Māori broadcaster in Kaitaia": the words before the noun only describe it
        return not _placed_after(token.head)
    if requirement == "organization-unit":  # "xGen-MM is the multimodal branch of xGen": a line of models, no unit
        part = next((c for c in token.head.children if c.dep_ == "attr"), None) if token.dep_ == "nsubj" else None
        return part is None or not any(sink.kind_class(f"{a.text} model") not in (None, "FoundationModel")
                                       for a in part.children if a.dep_ == "amod")
    if requirement == "not-a-product":  # "Quorvex built its Tarn Search assistant on ...": a product, not a model
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return after not in _PRODUCT_NOUNS
    if requirement == "model-like-itself-brought":  # "DeepSeek introduced it in February 2024 with DeepSeekMath":
        verb = token.head.head  # what came out was "it", the model only with it
        return not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children) \
            and _meets("model-like", name, token, sink)
    if requirement == "heading-not-a-person":  # "the chatbot service of the Mountain View ... company Quora": not
        # "Mountain View", a name that only describes a noun after it
        described = token.dep_ in ("compound", "nmod") and token.head.i > token.i
        return not described and _meets("not-a-person", name, token, sink)
    if requirement == "organization-or-acronym":  # "a chat model by IDEA-CCNL": a known or cued organization, or a
        # name in capitals, which no person has (not "a model by Haotian Liu")
        return group == "organization" or group is None and (sink.organization_class(name) is not None
                                                             or _CAPITALS_NAME.fullmatch(name) is not None)
    if requirement == "named-after-its-noun":  # "the image generator of the Varnford company Quorvex AI": the name
        # the noun goes on to give makes it; the word before the noun only describes it
        return not (token.dep_ in ("compound", "nmod") and any(c.dep_ == "appos" and c._.is_name
                                                               for c in token.head.children)) \
            and _meets("not-a-person", name, token, sink)
    if requirement == "not-a-person":  # "Percy Liang released ...": the engine's entities give no persons
        # the tagger's PERSON is trusted for a "First Last" name only; it calls "Xiaomi" a person too
        led_by = token.dep_ == "pobj" and token.head.lower_ == "by" \
            and token.head.head.lemma_.lower() in ("lead", "head", "direct") \
            and token.head.head.head.lemma_.lower() in _LED_GROUPS  # "a group led by X": a person
        people = " " not in name and NATIONALITY.search(name) is not None  # "the Swiss laboratory of IBM Research":
        # a people's word, no unit's name
        return group == "organization" or not _person_named(name, token, sink) and not led_by and not people \
            and not _a_person_by_their_group(name, token, sink) and not _listed_with_people(name, token, sink)
    if requirement == "model-or-family":  # "Ruri comes from X's group at Y" on a page that names Ruri-large: the
        return _meets("model-like", name, token, sink) or sink.group_of(sink.resolve(name) or "") is None \
            and sink.begins_a_model(name)  # family, whose name begins its members'
    if requirement == "no-people":  # what a model was made from: "Yuri Kuratov and Mikhail Arkhipov started from
        # Multilingual BERT" (people, who made one), however the tagger reads them
        return _meets("not-a-person", name, token, sink) and not _people_together(token, sink)
    raise ValueError(f"unknown requirement {requirement!r}")


def _people_together(token: Token, sink: Sink) -> bool:
    """"Yuri Kuratov and Mikhail Arkhipov started from ...": two names or more listed together, each a "First
    Last" one the page names as nothing else, are people's, whatever the tagger calls them."""
    members = _listed_names(token)
    return token in members and len(members) >= 2 and all(
        PERSON_SHAPED.fullmatch(t.text) and sink.resolve(t.text) is None and sink.organization_class(t.text) is None
        and sink.kind_class(t.text) is None for t in members)


def _listed_with_people(name: str, token: Token, sink: Sink) -> bool:
    """"built by Gao, Alexander Wettig, Howard Yen and Chen": a name in a list two of whose one-word members the
    tagger calls persons is a person's too, unless its own words make it an organization's."""
    if sink.organization_class(name) is not None:
        return False
    members = _listed_names(token)
    if token in members and len(members) >= 2 and PERSON_SHAPED.fullmatch(name) \
            and any(_a_person(t, sink) for t in members if not _person_named(t.text, t, sink)):
        return True  # "its founders were Mustafa Suleyman, a co-founder of DeepMind, and Reid Hoffman": a list whose
        # member is apposed to a person's post is of people, when the name is shaped like a person's
    if PERSON_SHAPED.fullmatch(name) and any(
            a.dep_ == "appos" and a.lemma_.lower() in _PERSON_HEADS and not a._.is_name
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "prep" and c.lower_ in ("of", "at")
                    or c.dep_ == "poss" for c in a.children) for a in token.children):
        return True  # "Matt Shumer, chief executive of the company HyperWrite, released X", "X, Microsoft's chief
        # executive": a person's post (not "the Privacy Commissioner, the independent officer who oversees the Act")
    return token in members and sum(1 for t in members if t.ent_type_ == "PERSON" and " " not in t.text) >= 2


def _placed_after(noun: Token) -> bool:
    """"a broadcaster in Kaitaia": the noun has a named place after "in"."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o._.is_name for o in p.children)
               for p in noun.children)


def _extends_an_organization(name: str, sink: Sink) -> bool:
    """"Alibaba Cloud", "Baidu Research": a known organization's name and one more capitalised word names a unit of
    it (not "Google Gemini", a model of it)."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or any(ch.isdigit() for ch in name):
        return False
    owner, unit = (sink.resolve(word) for word in words)
    return owner is not None and sink.group_of(owner) == "organization" \
        and (unit is None or sink.group_of(unit) == "organization")


_CAPITALS_NAME = re.compile(r"[A-Z][A-Z0-9&]+(?:-[A-Z0-9&]+)*")  # "IDEA-CCNL", "KAIST", "AI2"
# "Marqo-Ecommerce-B", "Kelp-L": a hyphenated name ending in a size's letter (base, large, small, medium, huge, giant)
_SIZE_LETTER_ENDING = re.compile(r"[A-Z][\w.]*(?:-[\w.]+)*-(?:B|L|S|M|XS|XL|XXL|H|G)")


def _variant_ending(name: str) -> bool:
    """"Nano Banana Pro", "Claude Instant": a name of several words whose last is a variant's ("Pro", "Flash")."""
    return len(name.split()) > 1 and ends_in_a_variant_word(name)


def _listed_as_data(token: Token) -> bool:
    """A name apposed, itself or as one of a list, to a noun of data or of a benchmark ("two data sets: A and B",
    "A, a benchmark of ...")."""
    first = _first_conjunct(token)
    nouns = [first.head] if first.dep_ == "appos" else []
    nouns += [a for a in token.children if a.dep_ == "appos" and not a._.is_name]
    return any(_data_noun(n) for n in nouns)


def _data_noun(noun: Token) -> bool:
    """"data sets", "a benchmark", "corpora": a noun of data, not of models."""
    return noun.lemma_.lower() in _DATA_NOUNS or noun.lemma_.lower() == "set" \
        and any(c.lower_ == "data" for c in noun.children)



def _apposed_to_another_noun(token: Token) -> bool:
    """"Its paid tier, Perplexity Pro, ...", "Duolingo Max, a subscription tier": a name a noun other than a model's
    says what it is."""
    nouns = [a for a in token.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    if token.pos_ == "NOUN" and any(a.dep_ == "appos" and a._.is_name for a in token.children):
        nouns.append(token)  # (the noun the rule matched, the name apposed to it)
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        nouns.append(token.head)
    return any(n.lemma_.lower() not in _MODEL_WORDS for n in nouns)


def _person_named(name: str, token: Token, sink: Sink) -> bool:
    """The tagger's PERSON, trusted for a "First Last" name only: it calls "Xiaomi" and "University of Washington"
    persons too."""
    words = name.split()
    return token.ent_type_ == "PERSON" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and sink.organization_class(name) is None


PERSON_SHAPED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")
_COLLEAGUES = frozenset({"colleagues", "co-workers", "coworkers", "co-authors", "coauthors", "collaborators"})


def _a_person_by_their_group(name: str, token: Token, sink: Sink) -> bool:
    """"Debora Marks's group at Harvard Medical School", "Charlotte Deane's Oxford Protein Informatics Group", "by
    Mathias Wilhelm, Bernhard Kuster and colleagues": a "First Last" name that heads a group at an institution, or
    has colleagues, is a person's, whatever the tagger calls it (not "Alibaba Cloud's Qwen team")."""
    if not PERSON_SHAPED.fullmatch(name) or sink.organization_class(name) is not None \
            or sink.resolve(name) is not None:
        return False
    head = token.head
    if token.dep_ == "poss" and head.lemma_.lower() in _LED_GROUPS:
        return any(p.dep_ == "prep" and p.lower_ in ("at", "of", "in") and any(o._.is_name for o in p.children)
                   for p in head.children)
    if token.dep_ == "poss" and head._.is_name and head.text.split()[-1].lower() in _LED_GROUPS:
        return True
    listed = sorted({token, *token.conjuncts}, key=lambda t: t.i)
    if len(listed) > 1 and all(t._.is_name and PERSON_SHAPED.fullmatch(t.text)
                               and t.text.split()[-1].lower() not in _TEAM_NOUNS for t in listed):
        first, after = listed[0], listed[-1].i + 1
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _LED_GROUPS:
            return True  # "the Stanford group of Stefano Ermon and David Lobell": the people who lead it
        if after + 1 < len(token.doc) and token.doc[after].lower_ == "at" \
                and (token.doc[after + 1]._.is_name or token.doc[after + 1].lower_ == "the"):
            return True  # "built by Anthony Fuller, Koreen Millard and James Green at Carleton University"
    return any(c.lower_ in _COLLEAGUES for c in (*token.conjuncts, *(c for c in token.children if c.dep_ == "conj")))


def _a_person(token: Token, sink: Sink) -> bool:
    """A name the tagger calls a person's ("First Last"), or one apposed to a person's post ("Alexander Wong, a
    professor of ...", "X, the company's chief executive")."""
    return _person_named(token.text, token, sink) or any(
        a.dep_ == "appos" and a.lemma_.lower() in _PERSON_HEADS and not a._.is_name for a in token.children)


_IN_A_JOURNAL = re.compile(r"\b(?:published|appeared)\s+in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}\s+"
                          r"(?:in|on)\s+[^,;]*$")


_THROUGH_AN_API = re.compile(r"\b(?:through|via|by|over|with)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}"
                            r"APIs?\b")
_OPEN_STATES = frozenset({"available", "public", "accessible", "downloadable", "open"})
_LED_GROUPS = frozenset({"group", "team", "lab", "laboratory", "researcher", "effort", "project"})


# A release still to come, right before its date: "would be released later in", "is expected to launch in"
_FUTURE_RELEASE = re.compile(r"\b(?:will|would|shall|(?:expected|planned|plans?|scheduled|set|due|intends?|aims?|"
                             r"hopes?|promised|promises)\s+to)\s+(?:be\s+)?(?:\w+\s+)?(?:releas|publish|launch|ship|"
                             r"open-sourc|unveil|arriv|appear|debut|come)\w*\b[^.;,]{0,60}$")


def _apply_value(rule: SentenceRule, nodes: dict, unit: Unit, sink: Sink) -> None:
    value_node = nodes["value"] if "value" in nodes else None
    dates = [t for t in value_node if t._.is_date] if rule.parser == "date" and isinstance(value_node, SpacySpan) \
        else []
    said = dates[-1] if dates else value_node  # "released Talon 3, a family of ..., in May 2025": the span's last
    # date, not the "3" of a name before it
    if rule.parser == ENTRY_DATE:  # "9 December 2024 — Sora ... is released": the date leading the entry, when
        verb = nodes.get("verb")
        value = unit.date if unit.date and not _dated_itself(unit, verb) else None  # the verb has no date of its own
        if verb is not None and any(c.dep_ == "neg" for c in verb.children):
            value = None  # "Zorblat 4 was not released"
    else:
        value = rule.constant or (PARSERS[rule.parser](said.text) if said is not None else None)
    if not value:
        return
    if rule.parser == "license" and value_node is not None:
        if _spoken_of_itself(value_node):
            return  # "CC BY-NC 4.0 rules out commercial use, while MIT allows it": what a licence says, no model's
        if _institute_named_mit(value_node):
            return  # "from the Chinese University of Hong Kong and MIT": the institute, no licence
        start = value_node.idx if isinstance(value_node, Token) else value_node.start_char
        if _NOT_THIS_LICENCE.search(unit.doc.text[:start] if unit.doc is not None else ""):
            return  # "a licence based on Apache 2.0", "not covered by Apache 2.0 but by ...": not the model's
        value = _modified_licence(value_node, value)
    if rule.constant and value_node is not None and _DENIALS.search(unit.text[:value_node.start_char]):
        return  # "offered through a web application rather than as downloadable weights"
    if rule.constant and "verb" in nodes and isinstance(nodes["verb"], Token) \
            and any(c.dep_ == "neg" for c in nodes["verb"].children):
        return  # "The weights of HyperCLOVA X have not been released": the opposite
    if rule.constant == "OpenWeightsAccess" and value_node is not None \
            and _denied_subject_or_above(_clause_verb(value_node)):
        return  # "neither Embed nor Rerank has been released with open weights", "None of the three has had its
        # weights published": the opposite
    if rule.constant == "OpenWeightsAccess" and isinstance(nodes.get(rule.subject), Token) \
            and _negating_determiner(nodes[rule.subject]):
        return  # "Runway has published the weights of neither model": of none
    if rule.constant == "OpenWeightsAccess" and isinstance(value_node, SpacySpan) and unit.doc is not None \
            and _OF_NONE.match(unit.doc.text[value_node.end_char:]):
        return  # "OpenAI has released the weights of neither Sora nor Sora 2": the opposite
    if rule.predicate == "fm:releaseDate" and value_node is not None and unit.doc is not None \
            and _IN_A_JOURNAL.search(unit.doc.text[:value_node.end_char if not isinstance(value_node, Token)
                                                   else value_node.idx + len(value_node)]):
        return  # "published in Nature Medicine in 2024": a paper's date, not the model's release
    if rule.predicate == "fm:releaseDate" and value_node is not None and unit.doc is not None \
            and isinstance(said, (Token, SpacySpan)) \
            and _FUTURE_RELEASE.search(unit.doc.text[:said.idx if isinstance(said, Token) else said.start_char]):
        return  # "said that the model would be released later in 2025": a promise, not a release
    if rule.parser == "date" and isinstance(said, (Token, SpacySpan)) and _opens_a_range(said):
        return  # "released a string of models between November 2023 and the appearance of X": no one's date
    if rule.predicate == "fm:foundingDate" and "verb" in nodes and any(
            c.dep_ == "nsubjpass" and c.lower_ not in ("that", "which", "who") and c.i != nodes[rule.subject].i
            for c in nodes["verb"].children):  # "a start-up whose image model X was launched in May 2024": X's date
        return
    if rule.predicate == "fm:foundingDate" and rule.subject in nodes and _founder_in_relative(nodes[rule.subject]):
        return  # "The company, which John Miller and seven partners founded in 2010, ...": the founders' clause
    subjects: list[str] = []
    if rule.pattern or rule.subject in nodes:  # a token rule's subject is where its ``at`` says
        subjects = _resolved(rule, rule.subject, nodes, unit, sink) if rule.subject in rule.classes else []
        if rule.parser == "date":
            subjects = [name for name in subjects if not _dated_after_another(name, unit)]
        slugs = [sink.entity(name, rule.classes[rule.subject], unit.evidence, rule=rule.id) for name in subjects]
        if rule.parser == "date" and nodes[rule.subject].lemma_.lower() in _WEIGHT_WORDS:  # "The weights of pi0
            slugs = [s for s in slugs if not sink.has_value(s, rule.predicate)]  # were published in 2025": not
            # the date of a model already dated
    elif rule.predicate == "fm:accessLevel" and value_node is not None \
            and any(_open_members(c) for c in _clause_subjects(value_node)):
        return  # "The weights of the open Brin models can be downloaded": some members', not the family's
    elif rule.predicate == "fm:license" and value_node is not None \
            and any(c.lemma_.lower() in _NOT_WEIGHTS for c in _clause_subjects(value_node)[:1]):
        return  # "..., whereas the code that accompanies them is released under Apache 2.0": not the model's
    else:
        slugs = _topic(unit, rule.subject_class, sink, value_node) or _topic_as(unit, rule.subject_class, sink,
                                                                                 rule.id)
    if rule.predicate == "fm:releaseDate" and "verb" in nodes and nodes["verb"].lemma_.lower() in _ANNOUNCING:
        return  # the model stands, but "X was presented in March 2024" dates a paper or a preview, not a release
    if rule.predicate == "fm:releaseDate" and "verb" in nodes and nodes["verb"].lemma_.lower() == "become" \
            and not any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in _OPEN_STATES
                        for c in nodes["verb"].children):
        return  # "became available in May 2024" is a release; "became part of ALIA in January 2025" is not
    released = [slug for c in value_node[0].children if c.dep_ == "dobj" and (slug := sink.resolve(c.text))] \
        if rule.tokens and rule.predicate == "fm:releaseDate" and isinstance(value_node, SpacySpan) else []
    if released:  # "trains A models and released B in 2024": the date of B (and of B's members), not of A
        slugs = [slug for slug in slugs if any(slug.startswith(name) for name in released)]
    before = unit.text[:value_node.idx if isinstance(value_node, Token) else value_node.start_char] \
        if value_node is not None else ""
    if len(slugs) == 1 and rule.parser == "count" and _SIZES_BEFORE.search(before):
        return  # "in sizes of 8, 70 and 405 billion parameters", "from 111 million to 13 billion": no one count
    if rule.parser == "count" and (_BOUND_BEFORE.search(before) or _UP_TO.search(before)):
        return  # "more than one trillion parameters", "a family of models of up to 16 billion parameters": a bound,
        # not the count (but "scaled the design up to 1.1 billion parameters" is the scaled model's)
    if rule.parser == "count" and _IN_A_RANGE.search(before):
        return  # "ranging from A, with 22 million parameters, to B": A's size (``_ranged_members``), not the family's
    if rule.parser == "date" and isinstance(value_node, Token) and len(slugs) > 1:
        dates = [value_node]
        for token in value_node.doc[value_node.i + 1:]:  # "June 2023 and October 2023", however it is parsed
            if token._.is_date and token.nbor(-1).lower_ in ("and", ",", "or"):
                dates.append(token)
            elif token.lower_ not in ("and", ",", "or"):
                break
        if len(dates) == len(slugs):  # "A and B followed in June 2023 and October 2023": each its own, in order
            for slug, date in zip(slugs, dates, strict=True):
                sink.value(slug, rule.predicate, PARSERS["date"](date.text) or value, rule.datatype, unit.evidence,
                           rule=rule.id)
            return
    listed = _values_listed_before(value_node, rule, unit) if len(slugs) > 1 and value_node is not None else []
    if listed:  # "A and B have 8 billion and 2 billion parameters": each its own, in order; but "They come in
        # sizes of 8, 13 and 34 billion" gives the sizes of models the sentence does not name
        named_here = {sink.resolve(t.text) for t in unit.doc if t._.is_name} if unit.doc is not None else set()
        if len(listed) + 1 == len(slugs) and (named_here.issuperset(slugs) or not re.search(r"\bsizes\b", unit.text)):
            for slug, own in zip(slugs, [*listed, value], strict=True):
                sink.value(slug, rule.predicate, own, rule.datatype, unit.evidence, rule=rule.id)
        return
    whole = rule.parser == "count" and _IN_TOTAL.search(before) is not None
    own_dates = {sink.resolve(name): _own_date(name, unit) for name in subjects} \
        if rule.parser == "date" and len(slugs) > 1 else {}  # "followed it with B in December 2019 and C in 2021"
    for slug in slugs:
        sink.value(slug, rule.predicate, own_dates.get(slug) or value, rule.datatype, unit.evidence, rule=rule.id,
                   overriding=whole)
        if value == "ClosedAccess" and _THROUGH_AN_API.search(unit.text):  # "Its weights have never been
            # published: companies reach it through an API": closed weights, reached through an API
            sink.value(slug, rule.predicate, "APIOnlyAccess", rule.datatype, unit.evidence, rule=rule.id)


# A value rule's parser that reads no token: the date leading a timeline's entry (``Unit.date``).
ENTRY_DATE = "entry-date"


def _dated_itself(unit: Unit, verb: Token | None) -> bool:
    """"On 28 September the image generator ... opens to everyone": a sentence of an entry that dates what its verb
    says itself (not a date of another clause: "GPT-3, described in May, becomes available"; "o3-mini is released;
    o3 follows on 16 April")."""
    if unit.doc is None:
        return False
    dates = [t for t in unit.doc if t._.is_date or t.text in MONTH_NAMES]
    return any(verb is None or _in_clause_of(date, verb) for date in dates)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether a token hangs on a verb through no other verb."""
    node = token
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        if node.i != verb.i and node.pos_ in ("VERB", "AUX"):
            return False
    return node.i == verb.i


def _spoken_of_itself(node: Token | SpacySpan) -> bool:
    """A licence that is the subject of its clause (or one of coordinated subjects): the sentence says what the
    licence allows, not which model it covers."""
    token = _first_conjunct(node if isinstance(node, Token) else node.root)
    first = node if isinstance(node, Token) else node[0]
    if first.i > 1 and first.nbor(-1).text == "," and first.nbor(-2).lemma_.lower() in ("licence", "license"):
        return False  # "Its licence, CC BY-NC 4.0, allows ...": the licence named in apposition (whatever the parse)
    return token.dep_ in ("nsubj", "nsubjpass")


def _denied_subject(verb: Token | None) -> bool:
    """"Neither A nor B has been released ...", "No Brin model is ...", "None of these versions has public
    weights": a clause its subject negates."""
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "neither") or _negating_determiner(c)
                                              or any(_negating_determiner(o) for p in c.children if p.lower_ == "of"
                                                     for o in p.children if o.dep_ == "pobj"))
        for c in verb.children)  # (nor "The weights of neither model have been published")


def _denied_subject_or_above(verb: Token | None) -> bool:
    """A clause its subject negates, or one it completes ("None of the three has had its weights published")."""
    for _ in range(3):
        if verb is None or _denied_subject(verb):
            return verb is not None
        verb = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX") else None
    return False


_OF_NONE = re.compile(r"\s+of\s+(?:neither|none|no)\b", re.IGNORECASE)


def _negating_determiner(noun: Token) -> bool:
    """"No Brin model", "neither model", "Neither A nor B", "Not every model": a noun its determiner negates."""
    return any(d.lower_ in ("neither", "no") and d.dep_ in ("preconj", "det") or d.dep_ == "neg"
               for d in noun.children)


def _opens_a_range(date) -> bool:
    """"between November 2023 and ...": a date that opens a span of time dates nothing by itself."""
    first = date if isinstance(date, Token) else date[0]
    return first.i > 0 and first.nbor(-1).lower_ == "between"


# "In total it has 480 billion parameters", "a total of 1 trillion": the whole model's count, over a part's said before
_IN_TOTAL = re.compile(r"\b(?:[Ii]n total|[Aa]ltogether|a total of)\b,?[^,;]*$")
_IN_A_RANGE = re.compile(r"\brang(?:ing|es|ed|e)\s+from\s+[^.;]*$")
_BOUND_BEFORE = re.compile(r"\b(?:(?:more|fewer|less)\s+than|over|under|at\s+least|nearly|almost|beyond|exceeding)\s+$",
                           re.IGNORECASE)
_UP_TO = re.compile(r"^(?!.*\bscal(?:e|es|ed|ing)\b[^,;]*$).*\bup\s+to\s+$", re.IGNORECASE | re.DOTALL)
_SIZES_BEFORE = re.compile(r"\d[\d.,]*(?:\s(?:thousand|million|billion|trillion))?(?:,\s|,?\s(?:and|or|to)\s)$")
_LISTED_QUANTITIES = re.compile(r"((?:\d[\d.,]*(?:\s(?:thousand|million|billion|trillion))?(?:,\s|,?\sand\s))+)$")


# What a licence named after it is to the model: a licence's model, or one it is not under
_NOT_THIS_LICENCE = re.compile(r"\b(?:based on|builds on|built on|building on|derived from|modell?ed on|adapted from|"
                               r"unlike|instead of|rather than|"
                               r"not (?:\w+ )?(?:by|under)|not)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_MODIFYING = frozenset({"modified", "custom", "adapted", "amended", "customised", "customized"})


def _modified_licence(span, value: str) -> str:
    """"under a modified MIT licence": a licence of its own, not MIT (named as the text names it)."""
    doc = span.doc
    start, end = (span.i, span.i + 1) if isinstance(span, Token) else (span.start, span.end)
    if start == 0 or doc[start - 1].lower_ not in _MODIFYING or not value.startswith("http"):
        return value
    words = doc[start - 1:end].text
    after = doc[end].lower_ if end < len(doc) else ""
    return f"{words} {after}" if after in ("licence", "license") and not words.lower().endswith(after) else words


def _values_listed_before(value_node, rule: SentenceRule, unit: Unit) -> list[str]:
    """The quantities coordinated before a value's match ("8 billion and 2 billion parameters": "8 billion"),
    each read by the rule's parser (a rule that gives a constant, such as open weights, reads none)."""
    if not rule.parser:
        return []
    start = value_node.idx if isinstance(value_node, Token) else value_node.start_char
    match = _LISTED_QUANTITIES.search(unit.doc.text[:start] if unit.doc is not None else "")
    pieces = re.split(r",\s(?:and\s)?|\sand\s", match.group(1)) if match else []
    unit_word = re.search(r"\b(?:thousand|million|billion|trillion)\b", value_node.text) if rule.parser == "count" \
        else None  # "1.0, 2.8 and 4.5 billion": the last one's unit is every one's
    pieces = [f"{p} {unit_word.group(0)}" if unit_word and re.fullmatch(r"\d[\d.,]*", p.strip()) else p
              for p in pieces]
    values = [PARSERS[rule.parser](piece) for piece in pieces if piece.strip()]
    return [str(v) for v in values if v] if all(values) else []


def _topic(unit: Unit, cls: str, sink: Sink, value_span, derived: bool = False) -> list[str]:
    """The entity of group ``cls`` a sentence is about: its subject, else the item's term, else the one
    entity of that group it names (``derived``: the value is a known model the topic derives from)."""
    doc, group = unit.doc, _group(cls)
    assert doc is not None  # value and relation rules run on analysed units only
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    candidates = [c for c in (root.children if root is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")]
    if value_span is not None:  # "..., whereas Bark is an open model": the subjects of the value's clauses first
        own = _clause_subjects(value_span)
        if own and own[0].lower_ == "ones" and own[0] not in candidates:  # "X is offered through an API,
            return []  # while the two smaller ones can be downloaded": others than X, unnamed
        candidates[:0] = own
    if candidates and _quantified(candidates[0]):
        return []
    if candidates and candidates[0].lower_ == "itself":  # "trained further from X, itself built on Y": X, the name
        return _named_before_itself(candidates[0], group, unit, sink)  # the pronoun follows
    if candidates and group == "model" and candidates[0].lemma_.lower() in _WEIGHT_WORDS:
        owners = [s for c in candidates[0].children if c.dep_ == "poss" and c._.is_name
                  and (s := sink.resolve(c.text)) and sink.group_of(s) == group]
        if owners:  # "...; Brisa's weights carry Apache 2.0 as well": Brisa's, whichever model the sentence began with
            return owners
    whose = candidates[0].head.head if candidates and candidates[0].head.dep_ == "relcl" and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in candidates[0].children) else None
    apposed = _apposed_owner(value_span) if value_span is not None else None  # "X, a model of 7B parameters": X
    if whose is not None and (whose._.is_name and _named_as_base(whose) or apposed is not None
                              and sink.group_of(sink.resolve(apposed.text) or "") == group
                              and not _names_summed_up(whose)  # (but "A and B, two models whose ...": both)
                              or not whose._.is_name and whose.lemma_.lower() not in _MODEL_WORDS | _MEMBER_WORDS):
        whose = None  # "built on Mistral 7B, whose weights ...": the clause may be the sentence's model's, which
        # the parse cannot tell; "a system whose core is A, a model of 0.9 billion parameters": A's, read below
    in_its_phrase = _named_in_its_phrase(whose) if whose is not None else []
    if group == "model" and whose is not None and not whose._.is_name:
        for model in in_its_phrase:  # "its own Brisa 2 base models, whose ...": the names of models
            if sink.resolve(model) is None and sink.admissible(model, "FoundationModel"):
                sink.entity(model, "FoundationModel", unit.evidence)
    said_of = [s for n in in_its_phrase if (s := sink.resolve(n)) and sink.group_of(s) == group]
    if said_of:  # "... on top of its own OLMo 2 base models, whose weights are open under Apache 2.0": the models
        return said_of  # the relative clause is said of, not the sentence's subject; "Zephyr 141B-A39B, whose name
        # gives its total of 141 billion parameters": Zephyr's; "A and B, two models whose weights ...": both
    last = value_span[-1] if value_span is not None and not isinstance(value_span, Token) else value_span
    if last is not None and group == "model" and last.lemma_.lower() in _WEIGHT_WORDS:  # "it published the weights
        owners = [s for n in _name_of(last) if (s := sink.resolve(n)) and sink.group_of(s) == group]  # of X": X's
        if owners:
            return owners
    if last is not None and group == "model" and last.lemma_.lower() == "parameter":  # "a fraction of the model's
        owned = _possessor_named(last, group, unit, sink)  # 54.5 billion parameters": the model "the model" is
        if owned:
            return owned
    if value_span is not None and group == "model":  # "Granite-4.0-H-Tiny has 7 billion parameters"
        _name_unknown_models(candidates, unit, sink, derived)
    if value_span is not None and group == "organization":
        made = _made_by_another(value_span)  # "X, a body that the Commission set up in 2018": X, not its maker
        for name in ([made, made.head] if made is not None and made.dep_ == "appos" else [made] if made else []):
            if (slug := sink.resolve(name.text)) and sink.group_of(slug) == group:  # ("X (AI HLEG)": X)
                return [slug]
    if value_span is not None and group == "organization":  # "Inception, a subsidiary of G42, a group founded in
        near_organization = _organization_named_before(value_span, unit, sink)  # 2018": G42 was founded then
        if near_organization:
            return near_organization
    modified = _named_by_modifier(value_span) if value_span is not None and group == "model" else None
    if modified is not None and (slug := sink.resolve(modified.text)) and sink.group_of(slug) == group:
        return [slug]  # "tuned from Microsoft's 2.7-billion-parameter Phi-2": the name the value modifies
    if apposed is not None and (slug := sink.resolve(apposed.text)) and sink.group_of(slug) == group:  # "...,
        return [slug]  # together with C, a 4.2-billion-parameter model": the name the value's phrase is apposed to
    if value_span is not None and group == "model":
        subject = _sentence_subject_its_stands_for(value_span)
        said = [s for n in (_names(subject, unit) if subject is not None else ()) if (s := sink.resolve(n))
                and sink.group_of(s) == group]
        if said:
            return said
    if value_span is not None:  # "A has 117 billion parameters; B has 21 billion": B's, whatever the parse says
        near = _nearest_named(doc, value_span, group, sink)
        if near:
            return near
    for candidate in candidates:
        if _picked_out(candidate):
            return []
        if candidate.lower_ == "it":  # "X released Boltz-2 ...; the model ..., and it is open source": the one
            # entity of the group the sentence named before it, typed by now (the unit's groups predate its rules)
            earlier = {s for t in doc[:candidate.i] if t._.is_name and (s := sink.resolve(t.text))
                       and sink.group_of(s) == group
                       and not _compared(t) and not _owner_in_an_as_phrase(t)}  # "Like MMS, it ..."
            if len(earlier) == 1:
                return list(earlier)
        owner = next((o for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj" and (_every(o) or o.lower_ in _PLURAL_PRONOUNS | {"them"}
                                               or _negating_determiner(o) or _all_counted(o))), None) \
            if candidate.lemma_.lower() in _WEIGHT_WORDS else None  # "The weights of both (of neither model) ..."
        if owner is not None and _all_counted(owner) and unit.subjects \
                and len(unit.subjects) == _NUMBER_WORDS[owner.lower_]:
            return [s for s in unit.subjects if sink.group_of(s) == group]  # "The weights of all four can be
            # downloaded", after a line of four models
        possessor = next((c for c in candidate.children if c.dep_ == "poss" and (c.lower_ in ("its", "their")
                          and candidate.lemma_.lower() in ("window", "context") or c.lower_ == "its"
                          and candidate.lemma_.lower() in ("licence", "license"))), None)  # (not "Their MIT
        # licence" after the names of a paper's authors)
        names = (_referent(owner, unit) if owner is not None else None) or _names(candidate, unit) \
            or (_referent(possessor, unit) if possessor is not None and not candidate._.is_name else None) or []
        # "The weights of every BLOOM model": the models that phrase stands for; "Its context window of 10 million
        # tokens was ...", "Its licence, CC BY-NC 4.0, allows ...": the model "its" stands for
        if group == "model" and candidate.lower_ == "both":  # "A, ..., and B-1B, ... Both ...": the two (not "they",
            _type_sized_names(names, unit, sink)  # which may be people)
        slugs = [s for s in (sink.resolve(n) for n in names) if s and sink.group_of(s) == group]
        if slugs or (slugs := _pronoun_for(candidate, group, unit, sink)):
            return slugs
    topic = sink.resolve(unit.topic) if unit.topic else None
    if topic and sink.group_of(topic) == group:
        return [topic]
    if group == "model" and candidates:  # "customers reach the models only through an API", "Amazon offers
        # them only ...": what the value's clause acts on when its subject is no model
        verb = _clause_verb(value_span) if value_span is not None else root
        made = root if root is not None and any(c.lower_ == "by" for c in root.children) \
            and any(c._.is_name for c in candidates) else None  # "SpeakLeash obtained it by continuing the
        # pre-training of X": what the main verb made by doing so (its maker named)
        for obj in (c for v in (verb, made) for c in (v.children if v is not None else ()) if c.dep_ == "dobj"):
            slugs = [s for s in (sink.resolve(n) for n in _names(obj, unit)) if s and sink.group_of(s) == group]
            if slugs:
                return slugs
    if group == "model" and value_span is not None and _publishes_weights(_clause_verb(value_span)):
        released = [s for t in doc if t.dep_ == "dobj" and t.lemma_.lower() not in _WEIGHT_WORDS
                    for s in (sink.resolve(n) for n in _names(t, unit)) if s and sink.group_of(s) == group]
        if released:  # "The company released it in 2019 ... and published the trained checkpoints under L": its
            return list(dict.fromkeys(released))
    named = {s for s in (sink.resolve(t.text) for t in doc if t._.is_name and not _in_a_later_clause(t, value_span))
             if s and sink.group_of(s) == group}
    if len(named) == 1:
        return list(named)
    weights = any(c.lemma_.lower() in _WEIGHT_WORDS | _ACCESS_WORDS for c in candidates)  # "Access is offered ..."
    acting = _clause_verb(value_span) if value_span is not None else root
    weights = weights or any(o.dep_ == "dobj" and o.lemma_.lower() in _WEIGHT_WORDS  # "Google published the weights
                             and not any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)  # under L"
                             for o in (acting.children if acting is not None else ()))
    if weights and not named and group == "model" and unit.referents.get("topic"):  # "The weights can be ..."
        return [s for s in (sink.resolve(n) for n in unit.referents["topic"]) if s and sink.group_of(s) == group]
    if group == "model" and not weights:  # only "The weights" of a section naming no model are the title's model
        return []
    default = sink.default_subject(cls, unit.evidence.start) if not named else None
    return [default] if default else []


def _type_sized_names(names: list[str], unit: Unit, sink: Sink) -> None:
    """A name with its size that "Both" stands for is a model's, though no rule has typed it yet ("A, with ..., and
    Canary-1B-v2, with 1 billion, ... Both can be downloaded")."""
    for name in names:
        if sink.resolve(name) is None and sized_name(name) and sink.admissible(name, "FoundationModel"):
            sink.entity(name, "FoundationModel", unit.evidence)


def _picked_out(noun: Token) -> bool:
    """"The sparse variant that scored best in the Kelp 2 paper was not released": a model a restrictive relative
    clause picks out is a thing of its own, unnamed, not the model named last nor one the clause names."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in ("model", "version", "variant", "checkpoint") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children) \
        and any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBZ", "VBP") and noun.doc[c.left_edge.i - 1].text != ","
                for c in noun.children)  # (not "Every model the project has released ...": each of them; nor "The
    # first model to find wide use was X": X)


_WEIGHT_WORDS = frozenset({"weight", "checkpoint"})
_ANNOUNCING = frozenset({"present", "describe", "announce", "detail", "preview", "show"})
_NOT_WEIGHTS = frozenset({"code", "software", "repository", "dataset", "data", "tool", "library"})  # licensed apart
_ACCESS_WORDS = frozenset({"access", "availability"})  # said of the model the paragraph is about


def _publishes_weights(verb: Token | None) -> bool:
    """"published both the code and the trained checkpoints": a verb whose objects include a model's weights."""
    objects = [o for c in (verb.children if verb is not None else ()) if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return any(o.lemma_.lower() in _WEIGHT_WORDS for o in objects)


_SOME = frozenset({"most", "many", "some", "several", "few", "certain"})


def _quantified(token: Token) -> bool:
    """"Most Nemotron models are released with open weights": said of some members, not of the family (nor
    of any one member)."""
    owner = token.head if token.dep_ == "compound" else token  # "many of them": the quantifier is the subject
    return owner.lower_ in _SOME or any(c.lower_ in _SOME and c.dep_ in ("amod", "det", "nummod")
                                        for c in owner.children)


def _open_members(token: Token) -> bool:
    """"The weights of the open Brin models can be downloaded": said of the open members of a family, not of the
    family (nor of any one member)."""
    owners = [token, *(o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)]
    return any(o.tag_ == "NNS" and o.lemma_.lower() in _MODEL_WORDS and any(
        a.dep_ == "amod" and a.lower_ in ("open", "open-weight", "open-source") for a in o.children) for o in owners)


def _named_just_before(span, cls: str, unit: Unit, sink: Sink, rule: str) -> list[str]:
    """"the TurkuNLP group of the University of Turku": the organization named right before the phrase."""
    if span is None or span.start == 0 or cls not in ORGANIZATION_CLASSES:
        return []
    before = span.doc[span.start - 1]
    if not before._.is_name or before.ent_type_ in ("GPE", "LOC", "PERSON") or before.i == 0:
        return []
    if span[0].dep_ == "acl" and span[0].head.i != before.i and not span[0].head._.is_name:
        return []  # "..., a unit of ETH Zurich based in Lugano": the unit is based there, not ETH Zurich
    # an unknown name only when the tagger calls it an organization: "an Abu Dhabi subsidiary of G42"
    return _as_organization(before.text, cls, unit, sink, rule, new=before.ent_type_ == "ORG")


def _topic_as(unit: Unit, cls: str, sink: Sink, rule: str) -> list[str]:
    """An item's term nothing has typed yet is what a clause about an organization says it is: "- Xiaomi —
    ...; headquartered in Beijing" makes Xiaomi an organization."""
    term = re.sub(r"\s*\([^)]*\)$", "", unit.topic or "")  # "Technology Innovation Institute (TII)"
    if not term or cls not in ORGANIZATION_CLASSES:
        return []
    return _as_organization(term, cls, unit, sink, rule, new=True)


def _as_organization(name: str, cls: str, unit: Unit, sink: Sink, rule: str, *, new: bool) -> list[str]:
    """The organization ``name`` is: the known one, or (when ``new``) a new one of class ``cls``; nothing if the
    name is known as something else."""
    slug = sink.resolve(name)
    if slug is not None:
        return [slug] if sink.group_of(slug) == "organization" else []
    return [sink.entity(name, cls, unit.evidence, rule=rule)] if new and sink.admissible(name, cls) else []


def _made_by_another(span) -> Token | None:
    """"X, an advisory body of experts that the European Commission set up in June 2018": the name the relative
    clause's noun is apposed to, when the clause's own subject names who made it."""
    root = span.root if not isinstance(span, Token) else span
    verb = root if root.pos_ == "VERB" else root.head.head if root.dep_ == "pobj" else root.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c._.is_name for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":  # "a body of experts"
        noun = noun.head.head
    if noun._.is_name:
        return noun
    before = [t for t in noun.doc[:noun.left_edge.i] if not t.is_punct]  # ", an advisory body ...": what it is
    return before[-1] if before and before[-1]._.is_name and noun.doc[noun.left_edge.i - 1].text == "," else None


def _organization_named_before(span, unit: Unit, sink: Sink) -> list[str]:
    """The organization named last before a value ("..., the applied-research organisation founded in 1949"),
    not a place, a person or a name inside a noun phrase ("AI processors")."""
    doc = span.doc
    names = [t for t in doc[:span.start] if t._.is_name and t.dep_ not in ("compound", "amod", "poss", "nmod")
             and t.ent_type_ not in ("GPE", "LOC", "PERSON", "DATE") and not t._.is_date]
    if not names:
        return []
    near = names[-1]
    if near.i + 2 >= len(doc) or doc[near.i + 1].text != "," or doc[near.i + 2].lower_ not in ("a", "an", "the"):
        return []  # only "G42, a technology group founded in 2018": the name the phrase stands beside
    return _as_organization(near.text, "Organization", unit, sink, "organization-named-before",
                            new=sink.kind_class(near.text) in (None, *ORGANIZATION_CLASSES))


def _name_unknown_models(subjects: list[Token], unit: Unit, sink: Sink, derived: bool = False) -> None:
    """A versioned name ("Granite-4.0-H-Tiny") that is the subject of a model's value is a model; so are the
    names apposed to a model noun that is ("Its main model, Movie Gen Video, has 30 billion parameters"), and
    (``derived``) any name said to be made from a known model ("Vexa was fine-tuned from BLOOM")."""
    subjects = [s for s in subjects if not _speaks_of_its_antecedent(s) and s.tag_ not in ("WDT", "WP")]  # not
    for subject in subjects[:1]:  # "AI21" of "Jamba, which AI21 called ...", who speaks of the model, nor "which"
        together = [c for c in _conjuncts(subject) if c._.is_name]  # "A and B have ..."
        apposed = [n for a in subject.children if a._.is_name and (a.dep_ == "appos" or (
                   a.dep_ == "conj" and a.i > 0 and a.doc[a.i - 1].text == ","))  # "successors, A and B" misread
                   for n in (a, *a.conjuncts) if n._.is_name] \
            if subject.lemma_.lower() in _APPOSED_MODEL_NOUNS or subject.pos_ in ("ADJ", "NUM") else []  # "The first"
        versioned = [t for t in (subject, *together) if t._.is_name and (any(c.isdigit() for c in t.text)
                                                                          or _known_model_prefix(t.text, sink)
                                                                          or derived and t.dep_ == "nsubjpass")]
        for name in (t.text for t in apposed or versioned):
            if sink.resolve(name) is None and not PARSERS["license"](name) and sink.admissible(name, "FoundationModel"):
                sink.entity(name, "FoundationModel", unit.evidence, rule="model-with-values")


def _speaks_of_its_antecedent(subject: Token) -> bool:
    """"Jamba, which AI21 called the first ... model": the subject of a relative clause whose object is the relative
    pronoun, which says something of the noun the clause hangs on (not "whose LLM-jp-13B was trained ...")."""
    return subject.head.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")
                                                for c in subject.head.children)


def _partner_unit_owners(token: Token) -> list[str]:
    """"developed CodeShell with the AI team of Sichuan Tianfu Bank": the organization whose team it worked with."""
    if token.lemma_.lower() not in _UNIT_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "with":
        return []
    return [o.text for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o._.is_name]


_UNIT_NOUNS = frozenset({"team", "group", "unit", "division", "arm", "lab", "laboratory", "department"})
_APPOSED_MODEL_NOUNS = frozenset({"model", "member", "version", "variant", "checkpoint", "successor", "predecessor",
                                  "sibling"})


def _only_model_before(doc: Doc, span, sink: Sink) -> list[str]:
    """"Tencent released Hunyuan-Large in 2024, a mixture-of-experts model": the one model a sentence names,
    before a kind phrase that stands apart from its subject."""
    named = {s for t in doc[:span.start] if t._.is_name and (s := sink.resolve(t.text)) and sink.group_of(s) == "model"}
    return sorted(named) if len(named) == 1 else []


def _in_a_later_clause(token: Token, span) -> bool:
    """"With 405 billion parameters it was the largest model, and X reported that it beat DeepSeek-V3": a name after
    the value that a verb of its own governs speaks of something else."""
    if span is None:
        return False
    end = span.end if hasattr(span, "end") else span.i + 1
    own = _clause_verb(span)
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:  # "beat A and B": B as A
        first = first.head
    return token.i >= end and own is not None and verb is not None and verb.i != own.i \
        and first.dep_ not in ("nsubj", "nsubjpass", "attr")  # (but "of which the largest is X": X itself)


def _sentence_subject_its_stands_for(span) -> Token | None:
    """"TAPAS ... extends Google's BERT ...; its weights were released under Apache 2.0": "its" that opens a clause
    of its own after a semicolon (which the analysis reads as a full stop) speaks of the name the sentence opens
    with, not of the name last read."""
    own = _clause_subjects(span)
    its = next((c for c in own[0].children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) if own else None
    if its is None or not any(t.lower_ in (";", ".") for t in its.doc[:its.i]) \
            or any(t._.is_name for t in own[0].subtree):  # "...; its two versions, A and B, were ...": A and B
        return None
    first = next((t for t in its.doc[:its.i] if t._.is_name or t.pos_ in ("VERB", "AUX")), None)
    return first if first is not None and first._.is_name and first.dep_ not in ("poss", "pobj") else None


def _named_in_its_phrase(noun: Token) -> list[str]:
    """The names a noun that a "whose" clause is said of stands for: itself and the names coordinated with it, or
    the names inside its own phrase ("two sizes, A and B, whose ...": A and B; not the names of another phrase the
    parser hung elsewhere, nor those of the clause itself)."""
    if noun._.is_name:
        return [noun.text, *(c.text for c in noun.conjuncts if c._.is_name)]
    summed = _names_summed_up(noun)
    if summed:
        return summed  # "A and B, two small language models whose weights ...": both, however the noun is hung
    clause = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    return [t.text for t in noun.subtree if t._.is_name and t.i not in clause and t.i != noun.i]


def _nearest_named(doc: Doc, span, group: str, sink: Sink) -> list[str]:
    """When a sentence names several entities of the group, the one named last before the value (with the
    names coordinated with it): "A has 117 billion parameters; B has 21 billion"."""
    start = span.start if hasattr(span, "start") else span.i
    named = [(t, s) for t in doc if t._.is_name and (s := sink.resolve(t.text)) and sink.group_of(s) == group]
    if len({s for _, s in named}) < 2:
        return []
    # not a name governed by a preposition or another noun ("built on Helium", "Meta's Llama"): it is no topic
    before = [(t, s) for t, s in named if t.i < start and not _governed(t) and not _base_it_is(t)
              and not _named_as_base(t) and not _owner_in_an_as_phrase(t)]  # ("made by fine-tuning Orelia's Tarn-5,
    # and its weights ...": not Tarn-5; "It opened as IBM's first laboratory, and it is based in ...": not IBM)
    if not before:
        return []
    token, slug = before[-1]
    together = [sink.resolve(c.text) for c in token.conjuncts if c.i < token.i]
    return [*(s for s in together if s and sink.group_of(s) == group), slug]


def _named_by_modifier(span) -> Token | None:
    """The name a one-word value modifies ("Microsoft's 2.7-billion-parameter Phi-2": Phi-2), if any."""
    token = span.root if hasattr(span, "root") else span
    head = token.head
    return head if token.dep_ in ("nummod", "amod", "compound") and head.i > token.i and head._.is_name else None


def _apposed_owner(span) -> Token | None:
    """The name a value's noun phrase is apposed to ("C, a 4.2-billion-parameter model": C; "DeepMind, a London
    start-up founded in 2010 and bought by Google": DeepMind, whatever the sentence's subject)."""
    token = span.root if hasattr(span, "root") else span
    for _ in range(7):  # "X, a model with a 32K-token context window": up to the apposition
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head._.is_name \
                and token.head.head.dep_ in ("appos", "conj") \
                and not any(t.lower_ == "respectively" for t in token.head.subtree):
            return token.head.head  # "two models: A, with 4 billion parameters, and B, with ...": the item's own
        if token.dep_ == "appos" and token.head._.is_name:
            return _name_right_before_apposition(token) or token.head  # (the name the comma follows: "A, B and C
            # (CSCS), a unit of B": C, wherever the parser hung the noun)
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ not in ("relcl", "acl") \
                and not (token.dep_ == "conj" and token.head.dep_ in ("relcl", "acl")) \
                or token.dep_ == "pobj" and token.head.lower_ == "of" and token.lemma_.lower() not in _SIZE_UNITS:
            return None  # "X, a version of its 13-billion-parameter model": the other model's; but "B, an image
            # model whose first version was given away openly": the clause describes the apposition, so B; and "X, a
            # transformer of 3 billion parameters": X's size
        token = token.head
    return None


def _clause_verb(span) -> Token | None:
    """The verb of the clause a matched span sits in."""
    token = span.root if hasattr(span, "root") else span
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _governed(token: Token) -> bool:
    """A name governed by a preposition or another noun, itself or through the phrase it is apposed or coordinated
    in ("built on Helium", "Meta's Llama", "built from the models A and B")."""
    for _ in range(6):
        if token.dep_ in ("pobj", "poss", "compound") or (token.dep_ == "dobj" and token.head.dep_ == "acl"):
            return True  # ... or the object of a participle: "a family of models comprising A, B and C"
        if token.dep_ not in ("appos", "conj") or token.head.i == token.i \
                or (token.i > 0 and token.doc[token.i - 1].text == ":"):  # "in two sizes: A, with ..., and B"
            return False
        token = token.head
    return False


def _clause_subject(span) -> Token | None:
    """The subject of the clause a matched span sits in: up from its root to the first verb with one."""
    subjects = _clause_subjects(span)
    return subjects[0] if subjects else None


def _clause_subjects(span) -> list[Token]:
    """The subjects of the clauses a matched span sits in, innermost first ("X has 117 billion parameters,
    of which 5.1 billion are active": "5.1 billion", then X)."""
    token = span.root if hasattr(span, "root") else span
    subjects = []
    for _ in range(8):
        subjects += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.head.i == token.i:
            break
        token = token.head
    return subjects


def _names_summed_up(noun: Token) -> list[str]:
    """The names listed right before a plural model noun set after them with a comma ("released A and B, decoder
    language models fine-tuned from C"), however the parser hangs the noun."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in _MODEL_WORDS or noun.dep_ not in ("appos", "npadvmod"):
        return []
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != "," or not noun.doc[start - 2]._.is_name:
        return []
    last = noun.doc[start - 2]
    listed = _listed_names(last)
    return [t.text for t in listed] if len(listed) > 1 and last in listed else []


def _clause_of_its_own(verb: Token, name: Token) -> bool:
    """"A, which appeared in March 2024, and B, which followed in April": a relative clause on one name of a list
    (inside the list, or beside another name's own clause) says something of that name only; not "A and B,
    published in June and July", a clause after the whole list."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i != name.i or not name.conjuncts:
        return False
    return any(c.i > verb.right_edge.i for c in name.conjuncts) \
        or any(k.dep_ in ("relcl", "acl") for c in name.conjuncts for k in c.children)


def _names(token: Token, unit: Unit | None = None) -> list[str]:
    """The names a token stands for (see the module docstring)."""
    owners = _partner_unit_owners(token)
    if owners:
        return owners
    if unit is not None and token.lemma_.lower() in _ORGANIZATION_ANAPHORS and token.tag_ == "NN" \
            and (by_place := _named_by_its_place(token, unit)):
        return by_place  # "the Tarnow group" after the University of Tarnow: that university
    if named := _team_name(token):
        return named  # "with the TurkuNLP group": no group spoken of before
    if unit is not None:
        referent = _referent(token, unit)
        if referent is not None:
            return referent
        owner = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and not o._.is_name), None) if token.lemma_.lower() in _WEIGHT_WORDS else None
        owned = _referent(owner, unit) if owner is not None and (
            _counted(owner) or owner.lower_ in ("both", "all", "them")) else None
        if owned:  # "Meta published the weights of all five models under L": the five models; "... of both"
            return owned
    if not token._.is_name and any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in token.children) \
            and token.lemma_.lower() in _MODEL_NOUNS and not _name_of(token):
        return []  # "It offers A's Claude models, models from Mistral AI and Cohere, and ...": unnamed ones
    if not token._.is_name and _data_noun(token):
        return []  # "published two data sets: FinCorpus and FinanceIQ": data, no models or makers
    # "A, a text-only model, and B": B is parsed as a conjunct of A's apposition; "its first models: A, B and C"
    apposed = [a for a in token.children if a.dep_ == "appos" and token.doc[a.i - 1].text != "("]
    beside = [c for a in apposed for c in (a, *a.conjuncts) if c._.is_name and c.i > token.i
              and (c.i != a.i or a.conjuncts or token.doc[a.i - 1].text == ":")]  # a list, not "Cambridge, Mass."
    heads = [token, *_conjuncts(token), *beside, *_listed_after(token), *_members_hung_on_their_whole(token)]
    names: list[str] = []
    for head in heads:
        for name in _name_of(head):
            if name not in names:
                names.append(name)
    counted = _counted(token.head) if token.dep_ == "appos" and token.head.tag_ == "NNS" else 0
    listed = sorted((token, *_conjuncts(token)), key=lambda t: t.i)
    if counted and len(listed) > counted and all(t._.is_name for t in listed):  # "in three sizes, A, B and C, and
        return [t.text for t in listed[:counted]]  # D and E followed ...": the three the count names, not the names
    return names  # the parser joins to them


def _members_hung_on_their_whole(token: Token) -> list[Token]:
    """"The two new members of the line, A and B, were published ...": the names a plural member noun is set beside,
    which the parser joins to the noun after its "of" instead."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in _MEMBER_WORDS or token._.is_name:
        return []
    whole = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and not o._.is_name), None)
    if whole is None or whole.i + 1 >= len(token.doc) or token.doc[whole.i + 1].text != ",":
        return []
    apposed = [a for a in whole.children if a.dep_ == "appos" and a._.is_name]
    return [c for c in (*whole.conjuncts, *apposed, *(n for a in apposed for n in a.conjuncts))
            if c._.is_name and c.i > whole.i]


def _sharing_the_possessor(token: Token) -> list[Token]:
    """"Meta's Llama 3.2 11B Vision and Llama 3.2 90B Vision": the names of one brand coordinated with a possessed
    name in a plain list of its own share its possessor (not "Google's CodeGemma and StarCoder2", nor "Anthropic's
    Claude 3 Haiku, Meta's Llama 3 70B and Mixtral 8x7B")."""
    together = [c for c in token.conjuncts if c.i > token.i]
    between = [t for t in token.doc[token.i + 1:together[-1].i] if t not in together] if together else []
    brand = re.match(r"[A-Za-z]+", token.text)
    if token.dep_ == "conj" or not together or brand is None or any(t.lower_ not in (",", "and", "or")
                                                                    for t in between):
        return []
    return [c for c in together if c._.is_name and c.text.lower().startswith(brand.group().lower())]


def _conjuncts(token: Token) -> list[Token]:
    """The parse's conjuncts of a name, but not across a verb ("A published B and C": C is no conjunct of A,
    whatever the parser says)."""
    if token.dep_ in ("nsubj", "nsubjpass", "meta") and token.head.pos_ in ("VERB", "AUX"):
        return [c for c in token.conjuncts if c.i < token.head.i]
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":  # "on A and on B": the objects of coordinated prepositions
        return [*token.conjuncts, *(o for p in token.head.conjuncts if p.pos_ == "ADP" and p.lower_ == token.head.lower_
                                    for o in p.children if o.dep_ == "pobj" and p.i > token.i)]
    return list(token.conjuncts)


def _plural(unit: Unit) -> list[str] | None:
    """What "they" / "the models" stand for: the models just named together, else the last models named
    together in this paragraph."""
    topic = unit.referents.get("topic", [])
    return topic if len(topic) > 1 else unit.referents.get("models")


def _listed_after(token: Token) -> list[Token]:
    """Names listed after a name, "A, B and C", that the parse did not join to it (it often misreads
    unknown names): each must end its clause or be followed by a comma, "and" or a preposition."""
    if not token._.is_name:
        return []
    listed, i, doc = [], token.i + 1, token.doc
    while i + 1 < len(doc) and doc[i].text in (",", "and", "or"):
        last = doc[i].text != "," or doc[i + 1].lower_ in ("and", "or")
        j = i + 2 if doc[i].text == "," and last else i + 1
        if j >= len(doc) or not doc[j]._.is_name:
            break
        if j + 2 < len(doc) and doc[j + 1].text in ("'s", "’s") and doc[j + 2]._.is_name:
            j += 2  # "A or Brennan's B": B is listed, its owner is not
        after = doc[j + 1] if j + 1 < len(doc) else None
        if (after is not None and after.pos_ in ("VERB", "AUX")) or doc[j].dep_ in ("nsubj", "nsubjpass") \
                or (doc[j].dep_ == "conj" and doc[j].head.pos_ in ("VERB", "AUX")
                    and not (after is None or after.text in (".", ";"))) \
                or (doc[j].dep_ == "conj" and doc[j].head.i != token.i and after is not None
                    and after.lower_ == "from" and after.head.i == j):  # "called A and B." ends with B
            break  # "A and B released C", "..., and B, a model ..., is ...": B begins a clause of its own (so
            # does "A was tuned from X, and B from Y": B's own base follows it)
        listed.append(doc[j])
        if last:  # a list ends with "and" ("Sunnyvale, California" is no list)
            return listed
        i = j + 1
    return []


def _clause_subject_names(token: Token) -> set[str]:
    """The names that are the subject of the verb a pronoun depends on: "it" there cannot stand for them."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") or a.dep_ == "acl"), None)  # ("a version
    # fine-tuned from it": a participle the tagger may call an adjective)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    while verb is not None and not subjects and verb.dep_ in ("pcomp", "xcomp") and verb.head.i != verb.i:
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "obtained by fine-tuning it"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if verb is not None and verb.dep_ == "relcl" and any(s.lower_ in ("which", "that", "who") for s in subjects):
        subjects = [verb.head]  # "B, which was obtained by fine-tuning it": B
    if verb is not None and not subjects and verb.dep_ == "acl":  # "B, a chat model built on it, ...", "B, built on
        subjects = [verb.head.head if verb.head.dep_ == "appos" else verb.head]  # it, ...": B
    return {n.text for s in subjects for n in (s, *s.children) if n._.is_name and (n is s or n.dep_ == "appos")}


def _in_lineage_participle(pronoun: Token) -> bool:
    """"a version fine-tuned from it", "B, built on it": the pronoun after the preposition of a participle that
    describes a name or a noun."""
    return pronoun.dep_ == "pobj" and pronoun.head.head.dep_ == "acl"


def _untyped_main_model(name: Token, pronoun: Token, unit: Unit) -> bool:
    """"Zorb2-7B came out together with Zorb2-7B-Instruct, a version fine-tuned from it": the sentence's main subject,
    a name shaped as a model's that no rule has typed yet, is what "it" after a preposition stands for."""
    return pronoun.dep_ == "pobj" and name._.is_name and unit.groups.get(name.text) is None \
        and name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "ROOT" and any(c.isdigit() for c in name.text)


def _in_opening_modifier(name: Token, pronoun: Token) -> bool:
    """"Trained to work alongside Stable Diffusion XL, it turns ...": a name the clause before the pronoun's verb
    only acts on is not what the pronoun stands for (the clause's own subject may be: "After X released Y, it ...")."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") and name.dep_ not in ("nsubj", "nsubjpass") \
        and any(a.dep_ in ("advcl", "prep") and a.head.i == pronoun.head.i and a.i < pronoun.i for a in name.ancestors)


def _most_salient(pronoun: Token, names: list[str]) -> list[str] | None:
    """Of several names before "it", the one subject among names otherwise met only after a preposition ("X started
    as a division of Y; A and B belong to it": X), the subject being what a sentence speaks of; else none."""
    tokens = [t for t in pronoun.doc[:pronoun.i] if t.text in names]
    subjects = {t.text for t in tokens if t.dep_ in ("nsubj", "nsubjpass")}
    if len(subjects) == 1 and all(t.dep_ == "pobj" for t in tokens if t.text not in subjects):
        return list(subjects)
    return None


def _owner_in_an_as_phrase(name: Token) -> bool:
    """"as IBM's first research laboratory in Europe": the owner named in what an "as" phrase says the subject is."""
    return name.dep_ == "poss" and name.head.dep_ == "pobj" and name.head.head.lower_ == "as"


def _describes_the_subject(name: Token, pronoun: Token) -> bool:
    """"Tang Xiaoou, a professor at the Chinese University of Hong Kong (CUHK), founded it": a name inside the
    apposition that describes the subject of the object pronoun's verb is not what the pronoun stands for."""
    if pronoun.dep_ != "dobj":
        return False
    subjects = [c for c in pronoun.head.children if c.dep_ == "nsubj"]
    return any(name in a.subtree for s in subjects for a in s.children if a.dep_ == "appos")


def _referent(token: Token, unit: Unit) -> list[str] | None:
    """The names an anaphor stands for ("it", "the company", "these models", "both"), or None if the token
    is not one (or stands for nothing the sentences before have named)."""
    if _name_right_after(token) is not None or token.lemma_.lower() in _MODEL_WORDS and token.tag_ == "NN" \
            and any(a.dep_ == "appos" and a._.is_name and a.i > token.i for a in token.children):
        return None  # "the text-to-image model Stable Diffusion v1.5", "The version built on Code Llama 34B,
        # ToRA-Code-34B, ...": named, no anaphor
    word = token.lower_
    counted = _NUMBER_WORDS.get(word, 0) or _counted(token)
    if unit.subjects and ((counted or _all_of_them(token) or _every(token)) and _of_the_entries(token)
                          or _each_of_them(token)):
        return list(unit.subjects)  # "All seven models above ...", "Every model above with open weights ...", read
        # with the entries it speaks of; "Every one of them ...", read with the models "them" stands for
    items = unit.referents.get("items", [])
    if counted and (word == "both" or _all_of_them(token)) and not unit.topic and len(items) >= counted \
            and unit.evidence.start == unit.paragraph:  # "- A (X) — ... - D (Y) — ... All four are language models
        return items[-counted:]  # that take text in": the last items of the section, each a line of its own
    if _all_of_them(token) and counted and unit.evidence.start == unit.paragraph \
            and not unit.referents.get("paragraph") and len(unit.referents.get("page", ())) >= counted:
        return unit.referents["page"][-counted:]  # "All four were released ...", opening the paragraph after a list
        # of four models, each on its own line
    branded = _of_the_brand(token, unit.referents.get("page", [])) if token.lower_ != "all" else None
    if branded and _all_of_them(token) and (not counted or len(branded) == counted):  # "All Minerva models read
        family = [n for n in unit.referents.get("page", ()) if n.lower() == _brand(token)][:1]  # and write text
        return [*family, *branded]  # only": every model named after Minerva, not only those of this paragraph (and
        # the family itself, as the paragraph's models would include it)
    if _all_of_them(token) and (len(unit.referents.get("paragraph", ())) > 1  # "All of them" after one family:
                                or token.lower_ == "all" and unit.referents.get("paragraph")):  # its models
        spoken = unit.referents["paragraph"]  # "All four" after a family and its four members: the members
        members = [n for n in spoken if not any(o != n and o.startswith(f"{n} ") for o in spoken)]
        latest = list(dict.fromkeys(reversed(unit.referents.get("page", ()))))[:counted][::-1]
        if counted and len(set(spoken)) < counted == len(latest) and set(spoken) <= set(latest) \
                and set(latest) - set(spoken) == {unit.section}:  # under the heading "A": "A was released. ¶ B and C
            return latest  # were made from it. All three ...": A too
        if token.lower_ == "each" and len(members) > 1:
            return members  # "Each of them reads ..." after a family and its members: each member
        return members if counted and len(spoken) > counted == len(members) else spoken
    if _every_model_named_above(token) and unit.referents.get("page"):  # "Every X model named above can be ..."
        branded = _of_the_brand(token, unit.referents["page"])
        return unit.referents["page"] if branded is None else branded
    if _every(token) and token.lemma_.lower() in ("model", "version", "variant") and unit.referents.get("page"):
        brand = _brand(token)  # "The weights of every BLOOM model": BLOOM and the models whose names begin so
        branded = [n for n in unit.referents["page"] if brand and n.lower().startswith(brand)]
        if branded and any(n.lower() != brand for n in branded):
            return branded
    if (token.tag_ == "WDT" or (token.lower_ == "that" and token.dep_ in ("dobj", "nsubj", "nsubjpass"))) \
            and token.head.dep_ == "relcl":  # "Nova Pro, which accepts images": Nova Pro; "a model that X trained"
        prior = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
        if prior is not None and prior._.is_name and prior.dep_ == "pobj" and prior.head.lower_ in ("in", "within") \
                and prior.head.head._.is_name and prior.head.head.lemma_.split()[-1].lower() in _TEAM_NOUNS:
            return [prior.head.head.text]  # "the Fudan NLP Group in the School of Computer Science, which built
            # MOSS": the group, not the school it sits in
        if prior is not None and prior._.is_name:  # "A and B, which turn speech into text": both, in the order
            # written ("A and B, which start from X and Y respectively"); not A in "A, a ... model, and B, which ...":
            # A is described apart
            return [*(c.text for c in prior.conjuncts if c._.is_name and c.i < prior.i
                      and not any(a.dep_ == "appos" and a.i < prior.i for a in c.children)), prior.text]
        antecedent = token.head.head
        if not antecedent._.is_name and antecedent.dep_ == "appos" and antecedent.head._.is_name \
                and antecedent.head.i < antecedent.i and antecedent.tag_ == "NN" \
                and antecedent.lemma_.lower() in _LAW_NOUNS | _MODEL_WORDS:
            return [antecedent.head.text]  # "the X Act, a federal law that Congress passed in 1998": the name the
            # noun is set beside (not "Docling, a toolkit that the lab released": no model)
        return _names(antecedent)
    if word in ("none", "neither") and token.dep_ in ("nsubj", "nsubjpass") \
            and (counted_models := _the_counted_models(token, unit)):
        return counted_models  # "none of the three": the three models the paragraph has spoken of
    if word in ("none", "neither", "all", "each") and token.dep_ in ("nsubj", "nsubjpass"):
        of_these = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in _MEMBER_WORDS]
        maker = next((p for p in of_these[0].children if p.dep_ == "poss" and p._.is_name), None) \
            if of_these else None
        if maker is not None and unit.referents.get("page"):  # "None of Ideogram's models has been released with its
            branded = [n for n in unit.referents["page"]  # weights": the models named after their maker
                       if n.lower().startswith(f"{maker.lower_} ") and n.lower() != maker.lower_]
            return branded or None
        if of_these:  # "None of these models has been released ...": what "these models" stand for
            return _referent(of_these[0], unit)
    if word == "it" and token.dep_ == "dobj" and token.head.dep_ == "conj" and _made_into_another(token.head) \
            and (first := _first_verb_object(token.head)) is not None:
        return [first.text]  # "X trained A and fine-tuned it to make B": A (but "X took A and trained it further":
        # what the sentences before spoke of, which A became)
    if token.pos_ == "PRON" or (word in _PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass")):
        own_subject = _clause_subject_names(token) if token.dep_ in ("pobj", "dobj") else set()
        made = _described_by_relative(token.head.head) \
            if word == "it" and token.dep_ == "nsubj" and token.head.dep_ == "relcl" \
            and not token.head.head._.is_name else set()  # (a name's own relative clause: see below)
        if made:  # "GPT-SW3, a family of models that it developed with RISE": "it" made the family, it is not
            # the family; "The company published X, a model that it had trained": the company
            acting = next((c for c in token.sent.root.children if c.dep_ == "nsubj" and c.text not in made
                           and (c._.is_name or c.lemma_.lower() in _ORGANIZATION_ANAPHORS)), None)
            if acting is not None and (actors := _names(acting, unit)):
                return actors
            own_subject = own_subject | made
        before = [t.text for t in token.doc[:token.i] if (unit.groups.get(t.text) in ("model", "organization")
                                                          or _untyped_main_model(t, token, unit))
                  and not (t.dep_ == "pobj" and t.head.lower_ == "with") and not _compared(t)  # "With AIST it
                  # released ...", "Like MMS, it is licensed ...": not AIST, not MMS
                  and t.text not in own_subject  # "Tarn-Chat was derived from it": not Tarn-Chat itself
                  and not _in_opening_modifier(t, token) and not _describes_the_subject(t, token)
                  and not _owner_in_an_as_phrase(t)  # "It opened as IBM's first laboratory in Europe, and it ...":
                  # the laboratory, not IBM
                  and not (word == "it" and token.dep_ == "dobj" and _named_as_base(t))]  # "fine-tuned it from
        # Falcon-40B ... and released it under L": the model spoken of, not its base
        if word in ("its", "their") and token.dep_ == "poss":  # "Amazon introduced Nova, developed by its Amazon
            # AGI group": the last name of each group before it (one not typed yet too); the rule's class keeps one
            last = {unit.groups.get(t.text): t.text for t in token.doc[:token.i] if t._.is_name and t.ent_type_ not in
                    ("DATE", "GPE", "PERSON") and not (t.dep_ == "compound" and not t.head._.is_name)
                    and not _in_partners_phrase(t) and not _base_it_is(t)}  # not the
            # Gemini of "the Gemini plan"
            for group in ("model", None):  # "Quillon released Zorvex; it was made by fine-tuning Orelia's Tarn-5,
                spoken = [t.text for t in token.doc[:token.i] if t._.is_name and unit.groups.get(t.text) == group
                          and not _named_as_base(t) and not (t.dep_ == "poss" and _named_as_base(t.head))]
                if last.get(group) and spoken and last[group] not in spoken and any(  # and its weights are ...":
                        _named_as_base(t) for t in token.doc[:token.i] if t.text == last[group]):  # Zorvex's, not
                    last[group] = spoken[-1]  # its base's
            for group in ("organization", None):  # (a name not typed yet may be an organization's)
                if last.get(group) and (doer := _doer_over_its_object(token, last[group], unit)):
                    last[group] = doer  # "OpenAI answered Google with GPT-5.2, a month after its GPT-5.1"
            if last and "organization" not in last and unit.topic:  # "- Maker — ... Its A model ..., and its
                last["organization"] = unit.topic  # B models ...": the item's maker, not A
            if last:
                return list(dict.fromkeys(last.values()))
            if unit.antecedent and unit.referents.get("model") and token.i == 0:  # "X debuted LeoLM, a family ...
                if unit.antecedent in unit.referents.get("page", ()):  # "RoBERTa was released ... It keeps the
                    return [unit.antecedent]  # design of BERT ... Its two sizes": the model "it" went on speaking of
                return list(dict.fromkeys([unit.antecedent, *unit.referents["model"]]))  # Its two base models":
                # the maker or the family, whichever the rule's class admits
        if before and word in ("they", "both", "all", "each"):  # "... A, a text-only model, and B, ...; they are
            # offered ...", "A and B were released ...; both are reasoning models": the
            together = _last_named_together(token, unit)  # models named together last, in this sentence
            return together or None
        if word == "it" and token.dep_ == "nsubj" and token.head.dep_ == "relcl" and token.head.head._.is_name:
            owner = token.head.head  # what the relative clause is said of
            main = [c for c in token.sent.root.children if c.dep_ == "nsubj" and c._.is_name and c.i != owner.i]
            if main:  # "X chose Apache 2.0 for Y, which it released in 2024": X, not the Y it speaks of
                return _names(main[0])
            if owner.dep_ in ("nsubj", "nsubjpass") and unit.antecedent \
                    and unit.groups.get(unit.antecedent) == "organization":
                return [unit.antecedent]  # "Vexa builds models. Kestrel-2, which it trained with Quillon, has
                # ...": the organization the text went on speaking of, not the model the clause describes
        if len(before) > 1 and word == "it" and _in_lineage_participle(token):  # "TRI released A, together with
            before = [b for b in before if unit.groups.get(b) != "organization"] or before  # B, a version fine-tuned
            # from it": a model, not TRI
        if before:  # "X released Y in 2024; it is ...": the pronoun speaks of this sentence's own names
            if len(before) > 1 and word == "it":
                return _most_salient(token, before)
            return before if word == "it" else None
        named_together = _plural(unit)
        two_spoken_of = len(set(unit.referents.get("paragraph", ()))) >= 2
        line_of_more = word == "both" and unit.subjects and named_together == list(unit.subjects) \
            and len(set(named_together)) != 2  # "Latin models — A (P), B (Q) and C (Q) ... B ...; C also knows
        # Latin. Both are on Hugging Face": two, so not the line's three, but the last two spoken of (below)
        if (word in _PLURAL_PRONOUNS or word == "their") and named_together and not (line_of_more and two_spoken_of):
            return named_together  # the models named last, together
        if word == "both" and two_spoken_of:  # "X fine-tuned A from P. A
            return list(dict.fromkeys(unit.referents["paragraph"]))[-2:]  # larger sibling, B, ... Both were ...":
            # the last two models the paragraph spoke of
        if (own_subject or token.dep_ == "dobj" and _users_subject(token)) and word == "it":  # "Tarn-Chat was
            # derived from it", "customers reach it through an API": the model or the maker spoken of
            # before, whichever the rule's class admits; the model "it" went on speaking of when there is one
            # ("It comes in two versions, A and B ... Customers can also use it through P": not A)
            if unit.antecedent and unit.antecedent not in unit.referents.get("organization", ()):
                return [unit.antecedent]
            return list(dict.fromkeys([*unit.referents.get("topic", [])[:1], *([unit.antecedent] if unit.antecedent
                                                                                else [])])) or None
        if word == "them" and token.dep_ == "dobj" and _users_subject(token) and _plural(unit):
            return _plural(unit)  # "X released A and B. Customers can use them through P": A and B
        if word == "it" and token.dep_ == "nsubj" and token.head.lemma_ == "be" and unit.referents.get("topic") \
                and any(c.dep_ == "attr" and c.lemma_.lower() in _MODEL_WORDS for c in token.head.children):
            named_last = unit.referents.get("model") if unit.subjects else None  # (in a category's line, the
            return (named_last or unit.referents["topic"])[:1]  # model named last, not the line's first: "A (P), B
            # (Q) ... Q released B in 2024. It is a ... model"); "... published X. With 405 billion parameters it was
            # the largest model ...": the model spoken of, whoever published it
        if word == "it" and token.dep_ == "pobj" and token.head.lower_ == "from" and unit.referents.get("topic"):
            return unit.referents["topic"][:1]  # "X released K2. From it the project fine-tuned K2-Chat": the model
            # spoken of
        if word == "it" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _MADE_MODEL_VERBS \
                and unit.referents.get("model") and unit.antecedent not in unit.referents["model"]:
            return unit.referents["model"][-1:]  # "Quillon Labs released X in 2023. It was published in three
            # sizes": what is published is the model, not the maker the sentence before was about
        if word == "it" and token.dep_ == "nsubj" and unit.antecedent is not None \
                and unit.antecedent in unit.referents.get("page", ()) \
                and (went_on := unit.referents.get("it_organization")) and went_on[0] != unit.antecedent \
                and unit.topic in (None, went_on[0]):
            return [unit.antecedent, went_on[0]]  # the model just named or the organization "it" went on being,
            # whichever the rule's class admits
        return [unit.antecedent] if word in _ANAPHORS and unit.antecedent else None
    determiner = next((c.lower_ for c in token.children if c.dep_ in ("det", "predet")), "")
    brand = _brand(token) if determiner == "both" and token.tag_ == "NNS" else None
    branded = [n for n in dict.fromkeys(unit.referents.get("page", ())) if brand and n.lower() != brand
               and re.search(rf"(?:^|[\s-]){re.escape(brand)}(?:$|[\s-])", n.lower())]
    branded = [n for n in branded if not any(o != n and o.startswith(n) for o in branded)]  # (not their family)
    if len(branded) == 2 and token.lemma_.lower() in ("model", "version", "variant"):
        return branded  # "Both Mississippi models": the two whose names hold the word
    if determiner in ("neither", "both") and token.lemma_.lower() in ("model", "version", "variant") \
            and len(set(unit.referents.get("paragraph", ()))) >= 2:  # "Baichuan 3 ... Baichuan 4 followed ... The
        return list(dict.fromkeys(unit.referents["paragraph"]))[-2:]  # weights of neither model": the last two
    if determiner == "the" and token._.is_name and " " not in token.text and unit.groups.get(token.text) is None:
        tailed = [n for n in reversed(unit.referents.get("page", [])) if n.endswith(f" {token.text}")]
        if len(set(tailed)) == 1:  # "... two sizes, Jamba 1.5 Mini and Jamba 1.5 Large. The Mini has 52 billion
            return tailed[:1]  # parameters": the one model named before whose name ends so
    if token.pos_ == "NUM" and word in _NUMBER_WORDS and determiner in ("the", "these", "those", "all") \
            and token.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "amod" for c in token.children):
        together = unit.referents.get("topic", [])  # "X released A and B. The two can be downloaded from P": the
        return together if len(together) == _NUMBER_WORDS[word] else None  # models the sentence before named
        # together (not "the last two", which picks some of them)
    if determiner not in ("the", "this", "these", "both", "all", "those", "each", "neither") or token._.is_name:
        return None
    if token.dep_ == "appos" and token.head._.is_name and token.head.i < token.i and determiner in ("the", "this"):
        return [token.head.text]  # "GPT-4o, the multimodal model that OpenAI launched ...": the name it is apposed to
    given = next((a for a in token.children if a.dep_ == "appos" and a._.is_name and a.i == token.i + 1), None)
    if given is None and token.left_edge.i == 2 and token.doc[1].text == "," and token.doc[0]._.is_name \
            and determiner == "the" and token.dep_ in ("nsubj", "nsubjpass", "appos"):
        given = token.doc[0]  # "EleutherAI, the non-profit research group, trained ...": the name it is apposed to
    if given is not None and determiner == "the":  # "The non-profit research group EleutherAI trained ...": the
        return [given.text]  # name the noun goes on to give, not the group spoken of before
    if determiner in ("both", "all", "each") and token.tag_ == "NNS" and token.lemma_.lower() in _MEMBER_WORDS:
        branded = _of_the_brand(token, unit.referents.get("page", []))  # "Both TinySwallow models": the models
        if branded:  # named after TinySwallow, not a family of it
            return branded
        counted = _counted(token)  # "All three merged models": the last three models the page spoke of
        if counted and len(unit.referents.get("page", [])) >= counted:
            return unit.referents["page"][-counted:]
        whole = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in ("family", "series", "line", "collection")]
        if whole:  # "All versions of the family have been published ...": the family, its members with it
            return _referent(whole[0], unit)
        if determiner == "all" and token.lemma_.lower() in ("size", "version", "variant"):  # "Quillon described the
            models = [t.text for t in token.doc[:token.i] if t._.is_name and unit.groups.get(t.text) == "model"]
            if models and not sized_name(models[0]):  # Zorvex models ...; the weights of all sizes were
                return models[:1]  # published": the family the sentence opened with, its members with it
    lemma = token.lemma_.lower()
    placed = lemma in _ORGANIZATION_ANAPHORS and token.tag_ == "NN"  # "the Hangzhou company": the company
    # "the Claude family", "the company's models", "the models of 2023" are no anaphors; but "The maker of
    # programming tools such as X was founded ..." and "The San Francisco company runs ..." speak of the company
    # (a name before "company" is its place, which the recognizer misses in a name of several words)
    if any(c.dep_ in ("compound", "amod", "prep", "relcl", "acl", "appos") and (c._.is_name or c.lower_ == "of")
           and not (placed and (c.ent_type_ in ("GPE", "LOC", "NORP") or c.lower_ == "of"
                                or (c.dep_ == "compound" and c.i < token.i)))
           for c in token.children):
        return None
    if not placed and any(t._.is_name and t.dep_ == "compound" for t in token.lefts for t in t.subtree):
        return None  # "the Echo-1 speech recognition model": a model named in its own phrase
    if lemma in _ORGANIZATION_ANAPHORS and token.tag_ == "NN":  # the last organization this section named, else
        # the one the page described by this noun ("Kuaishou Technology, the Beijing short-video company", then a
        # section on its models: "the company debuted X")
        described = unit.referents.get(_DESCRIBED + lemma) if determiner == "the" and token.dep_ != "appos" else None
        by_name = {n for n in unit.referents.get("organizations", [])
                   if re.search(rf"\b{re.escape(lemma)}\b", n, re.IGNORECASE)} if lemma in _KIND_ANAPHORS else set()
        if len(by_name) == 1 and not (described and lemma in described[0].lower()):  # "The NLP & AI Lab ... with
            described = list(by_name)  # HIAI, an institute ... the lab released X", "... of the Agency for Science,
            # Technology and Research ... The agency was formed in 1991": the organization whose own name says what
            # it is, not one described by a kindred word
        named = unit.referents.get("organization")
        apposed_to = token.head.head if token.head.dep_ == "appos" else None  # "QRL, the company's lab": not QRL
        earlier = [t.text for t in token.doc[:token.i] if t._.is_name and unit.groups.get(t.text) == "organization"
                   and not _compared(t) and t != apposed_to]
        if earlier and token.dep_ == "poss" and determiner == "the":  # "models from Google, built on the
            return earlier[-1:]  # company's Gemma 3": the one this sentence named before it
        if described and named and described[0].startswith(named[0] + " "):  # "ByteDance Seed is the research team
            return described  # of ByteDance ... ByteDance has ... The team's X": the unit so described, not its parent
        if placed and (by_place := _named_by_its_place(token, unit)):  # "The same Bonn group trained X" after a
            return by_place  # paragraph on another company: the University of Bonn named before
        a_part = described and named and described != named and lemma in ("company", "firm") \
            and any(unit.referents.get(_DESCRIBED + part) == named for part in _PARTS_OF_A_COMPANY)
        if a_part and named and determiner == "the" and named[0] != unit.topic:  # "Stability AI is a London
            return described  # company ... DeepFloyd, a research team inside it, ... the company's first video
            # model": the one the page called a company, not the team named last
        if described and named and lemma in _KIND_ANAPHORS and lemma not in named[0].lower() \
                and named[0] != unit.topic:  # (under an entry's own heading, that entry) "BAAI, a research
            return described  # institute", then "OpenAI's GPT-3": "The institute" is BAAI, not the maker named last
        if named and lemma in _COMPANY_ANAPHORS and _UNIVERSITY.search(named[0]):  # "Together with a group of
            named = _company_before(unit)  # the University of Turku, it trained X. Later the company
            # released Y": the company spoken of, not the university named last
        if not (named or described) and determiner == "the" and lemma in _COMPANY_ANAPHORS \
                and not any(c.dep_ in ("compound", "amod", "nmod") for c in token.children):
            own = (unit.referents.get("organizations") or [""])[0]  # the page's own company, described first
            described = next((unit.referents[_DESCRIBED + word] for word in sorted(_COMPANY_ANAPHORS - {lemma})
                              if unit.referents.get(_DESCRIBED + word) == [own]), None)  # "X is a start-up
            # ...", then a section opening "the company and researchers at Y released Z": the start-up
        opening = token.doc[0]
        if not (named or described) and determiner == "the" and token.dep_ in ("nsubj", "nsubjpass") \
                and opening._.is_name and opening.dep_ in ("nsubj", "nsubjpass") and opening.i < token.i \
                and unit.groups.get(opening.text) in (None, "organization") \
                and opening.ent_type_ not in ("GPE", "LOC") \
                and not (opening.ent_type_ == "PERSON" and " " in opening.text):  # "- Runway was founded by ..., and
            return [opening.text]  # the company has kept its head office in New York": the name it opened with
        return named or described
    if determiner == "the" and token.tag_ == "NN" and _DESCRIBED + lemma in unit.referents:
        return unit.referents[_DESCRIBED + lemma]  # "the workshop" after "BigScience, an open research workshop"
    if lemma == "family" and determiner in ("both", "neither", "each") and len(unit.referents.get("models", ())) > 1:
        return unit.referents["models"]  # "Neither family has published weights": the two named together
    if lemma in ("family", "series") and determiner in ("the", "this") and token.tag_ == "NN":  # "The family is
        return unit.referents.get("family") or unit.referents.get("model")  # licensed under ...": the one spoken of
    if lemma == "release" and token.tag_ == "NN" and determiner == "the" and token.dep_ == "nsubj" \
            and token.head.lemma_ in ("have", "be") \
            and any(c.dep_ == "amod" and c.lower_ in ("first", "initial", "original") for c in token.children):
        return unit.referents.get("model")  # "Snowflake released Arctic ... The first release had a context window
        # of N tokens": the model released (not "The same release had two smaller members", "The release also
        # brought X": a release of several, or the event)
    if lemma in ("model", "llm", "system", "version", "variant"):
        named = _named_by_its_word(token, unit)
        if named:  # "Nemotron-4 340B Base, ... The base model was pre-trained ...": the one named so
            return named
        if determiner == "the" and token.tag_ == "NN" and unit.section in unit.referents.get("page", ()) \
                and any(a.dep_ == "amod" and a.lower_ == "resulting" for a in token.children):
            return [unit.section]  # under the heading "X": "the team took Y and trained it further. The resulting
            # model ...": X, which came of Y, not Y
        plural = token.tag_ == "NNS" or determiner in ("both", "all", "these", "those", "neither", "either")
        if plural:  # "the models" after members of one family: the family ("they" stays the members named); after
            # one set of models ("X, a set of open-weight models"), that set
            named_before = any(unit.groups.get(t.text) == "model" for t in token.doc[:token.i])
            if determiner in _TWO and len(_plural(unit) or ()) == 2:  # "Both base models": the two, not their family
                return _plural(unit)
            section = unit.referents.get("section", [])
            if (determiner in _TWO or _counted(token) == 2) and len(section) == 2 and not token._.is_name:
                return section  # "Both models", "the two models": the two this section's sentences were about
            spoken = unit.referents.get("paragraph", [])  # "None of these models ..." after a paragraph about
            these = spoken if determiner in ("these", "those") and len(spoken) > 1 and not named_before else None
            found = unit.referents.get("family") or _plural(unit) or these or (  # several: those it spoke of
                None if named_before else unit.referents.get("topic")) or (
                unit.referents.get("page") if determiner in ("these", "all") and token.i < 4 else None)  # "None of
            # these models ..." opening a section: every model the page has named
            counted = _counted(token)  # "the two models" are two, not one family
            return None if counted and found and len(found) != counted and "family" not in unit.referents else found
        return unit.referents.get("model")
    return None


# Determiners of a noun that stands for two things just named ("both models", "neither model's weights")
_TWO = frozenset({"both", "neither", "either"})


def _named_by_its_place(noun: Token, unit: Unit) -> list[str]:
    """"the Bonn group", "the Lisbon and Porto team": the organizations the page has named whose names hold the
    places before the noun (the University of Bonn; the Universities of Lisbon and of Porto), the latest first;
    none when a place is in no such name (then the last organization spoken of stands)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    places = [p for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c._.is_name
              for p in (c, *c.conjuncts) if p._.is_name]
    kind = noun.lemma_.lower()  # "the Bonn group": any organization; "the Tokyo university": a university; "the
    named = [n for n in reversed(unit.referents.get("organizations", []))  # Tokyo company": no Tokyo Institute
             if kind in _TEAM_NOUNS or kind in n.lower()]
    found = [next((n for n in named if re.search(rf"(?<!\w){re.escape(p.text)}(?!\w)", n)), None) for p in places]
    return [n for n in found if n is not None] if places and all(found) else []


def _described_by_relative(antecedent: Token) -> set[str]:
    """The name a relative clause's antecedent describes: "GPT-SW3, a family of models that ...": GPT-SW3."""
    node = antecedent
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node._.is_name:
        return {node.text}
    return {node.head.text} if node.dep_ == "appos" and node.head._.is_name else set()


def _doer_over_its_object(its: Token, last: str, unit: Unit) -> str | None:
    """"OpenAI answered Google on 11 December with GPT-5.2, less than a month after its GPT-5.1": an "its" outside
    the phrase of the organization a verb acts on speaks of the organization that acts (not "X bought Y and its
    models", nor "X sued Y over its models", where it is Y's)."""
    target = next((t for t in reversed(its.doc[:its.i]) if t.text == last and t._.is_name), None)
    if target is None or target.dep_ != "dobj" or its in target.subtree:
        return None
    doer = next((c for c in target.head.children if c.dep_ == "nsubj" and c._.is_name
                 and unit.groups.get(c.text) in ("organization", None)), None)
    path = [a for a in its.ancestors if a.i > target.i and a.i < its.i]
    if doer is None or not path or path[-1].head.i != target.head.i or path[-1].lower_ not in ("after", "before"):
        return None
    return doer.text


def _the_counted_models(token: Token, unit: Unit) -> list[str]:
    """"None of the three": the models the paragraph has spoken of, this sentence's before the word included ("A
    showed X, and B described Y and Z; none of the three ..."), when they are exactly that many (else the sentence
    is read as before: a paragraph that also names bases or parts leaves the count unsure)."""
    number = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj" and o.lower_ in _NUMBER_WORDS), None)
    if number is None:
        return []
    here = [t.text for t in token.doc[:token.i] if t._.is_name and unit.groups.get(t.text) == "model"
            and not _named_as_base(t)]
    spoken = list(dict.fromkeys([*unit.referents.get("paragraph", []), *here]))
    return spoken if len(spoken) == _NUMBER_WORDS[number.lower_] else []


def _all_counted(token: Token) -> bool:
    """"all four", "all three": a number of models, every one of them."""
    return token.lower_ in _NUMBER_WORDS and any(c.lower_ == "all" and c.dep_ in ("det", "predet")
                                                 for c in token.children)


def _each_of_them(token: Token) -> bool:
    """"Each of them", "Every one of them", "All of these": a word for every one of the models "them" stands for."""
    return (token.lower_ in ("each", "all") or token.lower_ == "one" and _every(token)) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "these", "those") for o in c.children)
        for c in token.children)


def _of_the_entries(token: Token) -> bool:
    """"All seven models above", "the nine models listed below", "Each model in the table": a phrase for a page's
    entries."""
    return token.lemma_.lower() in _MEMBER_WORDS and any(
        c.lower_ in ("above", "below") or c.dep_ == "acl" and any(g.lower_ in ("above", "below") for g in c.children)
        or c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in ("table", "list") for o in c.children)
        for c in token.children)


def _users_subject(token: Token) -> bool:
    """Is the subject of the verb a pronoun depends on a plain plural noun ("customers", "users"), not a name or
    an organization's noun ("the company followed it with ...")?"""
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and not subject._.is_name \
        and (subject.lemma_.lower() not in _ORGANIZATION_ANAPHORS  # "Developers can access it": any developers
             or not any(c.dep_ in ("det", "poss") for c in subject.children))


_MEASURING = frozenset({"match", "rival", "competitor", "alternative", "answer", "beat", "outperform", "outscore",
                        "surpass", "exceed", "trail", "compare", "measure", "beside", "score", "perform"})


def _measured_against(token: Token) -> bool:
    """"presented as a match for Llama 3.3 70B", "outperformed GPT-4o", "measured against Claude": a name a sentence
    measures another by."""
    token = _first_conjunct(token)  # "... such as A and B": B as A
    if token.dep_ in ("nsubj", "nsubjpass", "ROOT"):  # "Tarn 3 matches ...": what is measured
        return False
    for ancestor in token.ancestors:  # up to the verb of its clause
        if ancestor.lemma_.lower() in _MEASURING:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _founder_in_relative(token: Token) -> bool:
    """"which John Miller and seven partners founded in 2010": the subject of a relative clause (the parser may
    hang "founded" on it), who founded what the clause is about."""
    token = _first_conjunct(token)
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].lower_ in ("which", "whom") and token.dep_ in ("nsubj", "nsubjpass")


def _compared(token: Token) -> bool:
    """"Like MMS, it is ...", "Like Google's BERT, it ...": a name a sentence compares with (or its owner's), never
    what its pronouns stand for."""
    return any(t.dep_ == "pobj" and (t.head.lower_ in ("like", "unlike", "than")
                                     or t.head.lower_ == "as" and t.head.i > 0 and t.doc[t.head.i - 1].lower_ == "such")
               for t in (token, *token.ancestors))  # nor "as reasoning models such as DeepSeek-R1 do": an example


def _in_partners_phrase(token: Token) -> bool:
    """"Together with researchers from ServiceNow, its scientists ...": a name among the partners is not what "its"
    stands for."""
    return any(a.lower_ == "with" and a.dep_ == "prep" and a.i > 0 and a.doc[a.i - 1].lower_ == "together"
               for a in token.ancestors)


def _last_named_together(pronoun: Token, unit: Unit) -> list[str]:
    """The last two or more models a sentence names together before a plural pronoun ("A and B")."""
    models = [t for t in pronoun.doc[:pronoun.i] if unit.groups.get(t.text) == "model"]
    if not models:
        return []
    last = models[-1]
    together = [c.text for c in last.conjuncts if c.i < last.i and unit.groups.get(c.text) == "model"]
    if together:
        return [*together, last.text]
    # "its models, including A, a ..., and B, which ...; they are ...": the models listed after "including"
    start = max((t.i for t in pronoun.doc[:pronoun.i] if t.lower_ in ("including", "such", ":")), default=-1)
    listed = [t.text for t in models if t.i > start] if start >= 0 else []
    return listed if len(listed) > 1 else []


def _named_by_its_word(noun: Token, unit: Unit) -> list[str]:
    """"the instruct model", "the base model": the one model of the paragraph whose name ends with that word;
    "the two base models": those the text introduced as its base models."""
    described = _described_as(noun)
    if " " in described and (called := _called_so_before(noun, described)):  # "two versions: a base model, X,
        return called  # and Y, which was tuned from the base model": X, named so in the same sentence
    called = unit.referents.get(_CALLED + described, []) if " " in described else []  # not bare "the models"
    if noun.tag_ == "NNS" and called or len(called) == 1:
        return called
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.text.islower()]
    recent = unit.referents.get("paragraph", [])
    for word in words:
        ending = [name for name in recent if re.split(r"[\s-]", name.lower())[-1] == word]  # "Tarn 7B Base",
        if len(ending) == 1:  # "Tarn-7B-Base"
            return ending
    return []


def _called_so_before(noun: Token, described: str) -> list[str]:
    """"a base model, X, and Y, which was tuned from the base model": the one name that an earlier noun of the
    sentence, described by the same words, stands beside."""
    apposed = [a.text for t in noun.doc[:noun.i] if t.lemma_.lower() == noun.lemma_.lower()
               and _described_as(t) == described for a in t.children if a._.is_name
               and (a.dep_ == "appos" or a.dep_ == "conj" and a.i == t.i + 2 and a.nbor(-1).text == ",")]
    # (the parser may join "a base model, X" as conjuncts)
    return apposed if len(apposed) == 1 and noun.tag_ == "NN" else []


def _name_of(token: Token) -> list[str]:
    if token._.based_place:
        place = based_place(token)
        assert place is not None  # analyse sets based_place exactly when the text matches
        return [place]
    if token._.is_name:
        return [token.text]
    if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("ADJ", "NUM", "PRON", "NOUN", "PROPN") \
            and (named := [c.text for c in token.children if c.dep_ == "appos" and c._.is_name]):
        return named  # "The first of them, Typhoon-7B, was released ...", "The largest, X, has ...", "The result,
        # N-ATLaS, was launched ..."; "Its cloud computing arm, Alibaba Cloud, ..." (a common noun tagged PROPN)
    if token.lemma_.lower() in _WEIGHT_WORDS:  # "The weights of Tarn-2 are available on P": Tarn-2
        return [n.text for p in token.children if p.dep_ == "prep" and p.lower_ == "of"  # "of A and B": both
                for o in (p.children) if o.dep_ == "pobj" and o._.is_name for n in (o, *o.conjuncts) if n._.is_name] \
            or [c.text for c in token.children if c.dep_ in ("compound", "nmod") and c._.is_name  # "the LFM2 weights"
                and any(d.lower_ == "the" for d in token.children)]
    if named := _team_name(token):
        return named  # "with the TurkuNLP group", "by the Zorbix team": the group's own name
    if summed := _names_summed_up(token):
        return summed  # "it released A and B, decoder language models fine-tuned from C": A and B
    if token.dep_ == "appos" and token.head._.is_name and token.head.i < token.i and token.tag_ == "NN" \
            and token.lemma_.lower() in _KINDS_SET_BESIDE_A_NAME:
        return [token.head.text]  # "SigLIP, an image encoder from Google", "X, Google's speech codec": the name
        # the kind is set beside
    if token.lemma_.lower() not in _REFERRING_NOUNS:
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "in") and token.head.head.i != token.i \
                and token.head.head.lemma_.lower() in _MODEL_NOUNS:  # "a family of models for programming
            return _name_of(token.head.head)  # released by Meta": the parser hangs the clause on "programming"
        return []
    named = [n.text for c in token.children if c.dep_ == "appos" and c._.is_name
             for n in (c, *(x for x in c.conjuncts if x._.is_name and x.i > c.i and token.dep_ in _SUBJECT_DEPS))]
    if named:  # "its research lab, Cohere For AI, ..."; "Its successors A and B followed ..." (as the subject)
        return named
    own_name = any(c._.is_name for c in token.children if c.dep_ in ("compound", "nmod"))  # "the Spark model,
    # known in Chinese as Xinghuo": Spark, and Xinghuo another name of it
    called = [] if own_name else [
        n.text for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name", "dub")
        for n in (*c.children, *(o for p in c.children if p.lower_ == "as" for o in p.children))
        if n._.is_name and n.dep_ in ("pobj", "oprd", "attr", "dobj")] or [
        n.text for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in ("call", "name", "dub", "brand")
        and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
        for n in c.children if n._.is_name and n.dep_ == "oprd"]  # "its own language models, which it calls X"
    if called:  # "The first model, known simply as Hunyuan, was launched ...": Hunyuan
        return called
    of_nouns = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]  # "open models of other developers, including A": the parser hangs A there
    examples = [n for p in (c for head in (token, *of_nouns) for c in head.children)
                if p.dep_ == "prep" and p.lower_ in ("as", "including", "like")
                and (p.lower_ != "as" or token.doc[p.i - 1].lower_ == "such")
                for o in p.children if o.dep_ == "pobj" and o._.is_name for n in (o, *o.conjuncts) if n._.is_name]
    if examples and token.tag_ == "NNS" and token.lemma_.lower() in _MODEL_NOUNS \
            and not any(c._.is_name for c in token.children if c.dep_ in ("compound", "nmod")):  # "builds models
        return [n.text for n in examples]  # such as A and B"; not "its Nova models, including A": Nova
    if (right_after := _name_right_after(token)) is not None:
        return [right_after.text]  # "a version of the text-to-image model Stable Diffusion v1.5 fine-tuned on ...", the
        # name read as the subject of the clause after it
    beside = _apposed_token(token)
    if beside is not None:  # "Falcon Mamba 7B, a language model released ...", however the parser reads it
        together = [c.text for c in beside.conjuncts if c._.is_name] if token.tag_ == "NNS" else []
        return [*together, beside.text]  # "A and B, two code models made by Meta": both
    if token.dep_ == "attr" and (subjects := _copula_subject_names(token)):
        return subjects  # "X is a DNA language model that Y built", "X is a Llama 3 model": X, not the word before
    built_on = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod", "nummod") and c._.is_name] \
        or [g for c in token.children if c.dep_ == "compound" and not c._.is_name  # "the Talon-1 base model"
            for g in c.children if g.dep_ in ("compound", "nmod", "amod", "nummod") and g._.is_name] \
        or [g for c in token.children if c.dep_ == "amod" and not c._.is_name  # "the Arabic and English Jais
            for g in c.conjuncts if g._.is_name and g.i == token.i - 1]  # models", read as two conjuncts
    if built_on and token.lemma_.lower() in _MODEL_NOUNS:  # "three sizes, A, B and C" (read as modifiers): all
        return [n.text for c in built_on for n in (c, *(x for x in c.conjuncts if x._.is_name and (
            c.i > token.i or token.tag_ == "NNS" and x.i < token.i and re.search(r"\d", x.text))))]  # "the A-7B and
        # A-30B language models": both
    if token.dep_ == "conj" and token.head.dep_ == "pobj" and token.head.i == token.i - 3:  # "a family of small
        token = token.head  # language and multimodal models made by X": one phrase, read as two conjuncts
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _MODEL_NOUNS \
            and token.head.head.i != token.i:  # "a family of large language models developed by X": the family's
        return _name_of(token.head.head)
    if token.dep_ == "attr":
        return _copula_subject_names(token)
    if token.dep_ == "appos" and token.head._.is_name:
        return [token.head.text]
    if token.dep_ == "dobj":  # "released Vicuna-13B in March 2023, a chat model ...": an apposition misread
        first = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i and c._.is_name), None)
        return [first.text] if first is not None else []
    return []


def _copula_subject_names(attr: Token) -> list[str]:
    """"Halcyon is a multimodal model": what the copula says is a model is a name, whatever its tag."""
    subjects = [c for c in attr.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [n for s in subjects for n in (_names(s) or ([s.text] if _capitalised_word(s) else []))]


def _generic_plural(noun: Token) -> bool:
    """"Generative media models": a plural noun built on a plain capitalised word that opens the sentence."""
    if noun.tag_ != "NNS":
        return False
    start = noun.left_edge
    return bool(start.is_sent_start) and start.dep_ in ("compound", "amod") and start.text[1:].islower() \
        and not any(c.isdigit() for c in start.text)


def _stands_beside(name: Token, noun: Token) -> bool:
    """"<name>, a ... <noun>": the apposition follows the name itself (or the name's own words)."""
    before = noun.left_edge.i - 1
    doc = noun.doc
    ends = {name.i, *(c.i for c in name.conjuncts)}  # "A and B, open language models": beside both
    arrived = doc[before - 1].lemma_.lower() in ARRIVING_VERBS and before - 2 in ends  # "RITA followed, a family
    # of ...": a verb of coming out between them
    return before > name.i and doc[before].text in (",", "—", "–", "(") and (before - 1 in ends or arrived
                                                                            or doc[before - 1].text == ")")


def _apposed_name(noun: Token) -> str | None:
    """The name a noun phrase stands beside: "<name>, a/an ... <noun>" (an apposition, whatever the parse),
    also past the date of its release ("released Korin-2 in 2024, a family of ...")."""
    token = _apposed_token(noun)
    return token.text if token is not None else None


# What is done to a model, not to its maker: "It was published in three sizes", "It was fine-tuned from ..."
_MADE_MODEL_VERBS = frozenset({"release", "publish", "launch", "train", "pre-train", "pretrain", "fine-tune",
                               "finetune", "distil", "distill", "open-source", "upload", "quantize", "quantise"})


def _institute_named_mit(value: Token | SpacySpan) -> bool:
    """A bare "MIT" after "and", "from", "at", "by" or "of" (or before "researchers"): the institute, not the
    licence."""
    token = value if isinstance(value, Token) else value[0] if len(value) == 1 else None
    if token is None or token.text != "MIT":
        return False
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return before in ("and", "from", "at", "by", "of", "with", "&") or after in ("researchers", "'s", "’s")


def _name_right_after(noun: Token) -> Token | None:
    """"the text-to-image model Stable Diffusion v1.5": the name that follows a definite model noun, when the parser
    has hung it elsewhere (as the subject of the clause after it, say)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.tag_ != "NN" or noun.lemma_.lower() not in _MODEL_WORDS \
            or not any(c.lower_ == "the" for c in noun.children):
        return None
    after = doc[noun.i + 1]
    if after.dep_ in ("nsubj", "nsubjpass") and after.head.head.i == noun.i:
        return None  # "the model Google had published in 2018": the subject of the noun's own relative clause
    return after if after._.is_name and after.head.i != noun.i and after.dep_ not in ("poss", "compound") else None


def _apposed_token(noun: Token) -> Token | None:
    start = noun.left_edge.i
    doc = noun.doc
    counted = doc[start].lower_ in _COUNT_WORDS and noun.tag_ == "NNS"  # "A and B, two code models made by X"
    placed = doc[start].lower_ == "the" and noun.lemma_.lower() in _ORGANIZATION_ANAPHORS \
        and any(c.dep_ in ("compound", "nmod") and c._.is_name and c.ent_type_ in ("GPE", "LOC") for c in noun.children)
    # "Quorvex AI, the Beijing company spun off from ...", read as a clause of its own: Quorvex AI
    if start < 2 or (doc[start].lower_ not in ("a", "an") and not counted and not placed) \
            or doc[start - 1].text != ",":
        return None
    before = start - 2
    if before >= 2 and doc[before]._.is_date and doc[before - 1].lower_ in ("in", "on"):
        before -= 2
    if doc[before].ent_type_ in ("GPE", "LOC") and doc[before].dep_ == "pobj" and noun.head._.is_name:
        return noun.head  # "X was founded in Berlin in 2020, a developer of ...": X, as parsed
    return doc[before] if doc[before]._.is_name else None


_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "both"})


def _leading_date(unit: Unit, subject: Token) -> str | None:
    """"In September 2023 TII published Falcon 180B": the date a sentence opens with, however it is parsed; "At its
    Connect conference on 25 September 2024 Meta released ...": the date of the event it opens with, for a model
    released there (not one "presented as a preview")."""
    doc = unit.doc
    if doc is not None and len(doc) > 2 and doc[0].lower_ in ("in", "on") and doc[1]._.is_date:
        return PARSERS["date"](doc[1].text)
    verb = next((t for t in subject.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if doc is not None and len(doc) > 2 and doc[0].lower_ in ("at", "during") and verb is not None \
            and verb.lemma_.lower() not in _ANNOUNCING:
        for token in doc[1:]:
            if token.pos_ in ("VERB", "AUX") or token.text == ",":
                break
            if token.lower_ in ("in", "on") and token.i + 1 < len(doc) and doc[token.i + 1]._.is_date:
                return PARSERS["date"](doc[token.i + 1].text)
    return None


_RELATIVE_TIME = frozenset({"later", "earlier", "afterwards", "after", "before"})


def _dated_after_another(name: str, unit: Unit) -> bool:
    """"released A in March 2024 and B a year later": B's date is given relative to A's, so it is not A's."""
    token = next((t for t in unit.doc or () if t.text == name and t.dep_ in ("conj", "dobj")), None)
    if token is None:
        return False
    sentence = token.sent
    return any(t._.is_date for t in sentence if t.i < token.i) \
        and any(t.lower_ in _RELATIVE_TIME and t.dep_ != "mark" and not _naming(t.head)  # (not "before they
                and (t.head in token.ancestors or t.head in token.subtree)  # answer": a clause's time, no date of
                for t in sentence if t.i > token.i)  # its own; nor "..., and C followed two days later": C's time)


def _naming(verb: Token) -> bool:
    """An "after" that tells no time: "each named after its parameter count"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("name", "call")


def _own_date(name: str, unit: Unit) -> str | None:
    """"released A in January 2023 and B in June 2023": the date a name's own "in" phrase gives it."""
    token = next((t for t in unit.doc or () if t.text == name and t.dep_ in ("conj", "appos")), None)
    if token is None:
        return None
    own = _clause_date(token)
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if own is None and token.dep_ == "conj" and verb is not None:  # the parser may hang B's date on the verb
        own = _date_of_preps(c for c in verb.children if c.i > token.i)
    return own


def _clause_date(verb: Token) -> str | None:
    """The date a verb's own "in"/"on" phrase gives ("released ... on 23 July 2024"), or the date its "when"
    clause hangs on ("on 5 August 2025, when it published ...")."""
    if verb.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in verb.children):
        if verb.head._.is_date:
            return PARSERS["date"](verb.head.text)
        if verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:  # "That changed on 5 August, when ..."
            return _clause_date(verb.head)
    return _date_of_preps(verb.children)


def _date_of_preps(children: Iterable[Token]) -> str | None:
    """The date the first "in"/"on" phrase among a word's children gives ("... on 23 July 2024"; "at the end of
    April 2025": the month; "in the summer of 2023": the year)."""
    for prep in children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj._.is_date:
                    return PARSERS["date"](obj.text)
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "during"):
            for part in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _PARTS_OF_A_TIME):
                date = next((d for of in part.children if of.dep_ == "prep" and of.lower_ == "of"
                             for d in of.children if d.dep_ == "pobj" and d._.is_date), None)
                if date is not None:
                    value = PARSERS["date"](date.text)
                    return value[:4] if value and part.lemma_.lower() in _SEASONS else value
    return None


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter", "half", "quarter"})  # dated by their year
_PARTS_OF_A_TIME = frozenset({"end", "start", "beginning", "middle", "close", "turn", "course", "week", "fortnight"}) \
    | _SEASONS  # ("the first week of November")


def _capitalised_word(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_stop and token.pos_ in ("NOUN", "PROPN", "ADJ")


def _purpose(token: Token) -> str:
    """"for mathematics" in "a pair of language models for mathematics", "a model of 7 billion parameters for public
    health", "a model for solving mathematics problems", "a model designed for medical imaging", "a model aimed at
    finance": what a kind is for (the whole phrase, whose words the domains are matched against)."""
    nouns = [token, *(o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    carriers = [(noun, ("for",)) for noun in nouns] + [
        (a, ("for", "at", "on")) for noun in nouns for a in noun.children
        if a.dep_ == "acl" and a.lemma_.lower() in _PURPOSE_PARTICIPLES]
    return " ".join(_noun_phrase_words(o) for carrier, words in carriers for p in carrier.children
                    if p.dep_ == "prep" and p.lower_ in words for o in p.children if o.dep_ in ("pobj", "pcomp"))


def _noun_phrase_words(head: Token) -> str:
    """"solving and explaining mathematics problems", "problems of mathematics and programming": a phrase's own
    words, without the clauses that describe it ("biomedicine that was published in Nature Medicine")."""
    return " ".join(t.text for t in head.subtree if _in_the_phrase(t, head))


def _in_the_phrase(token: Token, top: Token) -> bool:
    """Is ``token`` reached from ``top`` without passing a clause (relative, participial) or an apposition?"""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "appos", "advcl", "punct") or token.dep_ == "prep" and token.lower_ != "of":
            return False
        token = token.head
    return True


# Participles that say what a model is for: "designed for", "aimed at", "focused on"
_PURPOSE_PARTICIPLES = frozenset({"design", "aim", "tune", "fine-tune", "build", "intend", "mean", "specialise",
                                  "specialize", "tailor", "adapt", "optimise", "optimize", "focus", "target", "gear"})


# Nouns for a person's post: "chief executive of the search company" names no company
_PERSON_HEADS = frozenset({"executive", "founder", "co-founder", "cofounder", "head", "director", "chief",
                           "professor", "researcher", "engineer", "scientist", "president", "chairman", "chair",
                           "officer", "employee", "student", "member", "leader", "partner", "investor", "chancellor",
                           "minister", "ceo", "cto"})


_SIZE_UNITS = frozenset({"parameter", "parameters", "token", "tokens", "layer", "layers"})
# Nouns that say who made a thing ("the work of X"), as the rule model-is-the-work-of-maker reads them
_AUTHORSHIP_NOUNS = frozenset({"work", "creation", "product", "brainchild"})


def _kind_phrase(token: Token) -> str:
    """"large language model", "open-weight reasoning model", "family of vision-language models"."""
    words = [t.text for t in token.subtree if t.i < token.i and t.dep_ not in ("det", "punct", "poss", "case")]
    phrase = " ".join([*words, token.text])
    of_another = token.lemma_.lower() in _PERSON_HEADS | _AUTHORSHIP_NOUNS  # its "of" phrase names another thing
    of = [c for c in token.children if c.dep_ == "prep" and c.text == "of" and not of_another]
    for prep in of:  # "family of vision-language models"; not "chief executive of the search company", nor "the
        # work of Quorvex AI" (who made it, not what it is: no organization for the "AI" of a maker's name)
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _SIZE_UNITS:  # "a dense model of 135 billion
                continue  # parameters": its size, not what it is
            if obj.dep_ == "pobj":  # "family of small language and multimodal models": the conjuncts too
                phrase += " of " + _kind_phrase(obj)
                phrase += "".join(f" and {_kind_phrase(c)}" for c in obj.conjuncts if c.pos_ == "NOUN")
    return phrase
