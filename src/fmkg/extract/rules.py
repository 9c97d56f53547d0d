"""Load the extraction knowledge kept beside the ontology: ``extraction-rules.toml`` and ``lexicon.toml``."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from fmkg.config import CANONICAL_BASE
from fmkg.extract.duties import DutyRules, Role
from fmkg.extract.engine import ENTRY_DATE, MODEL_CLASSES, ModalityRules, SentenceRule
from fmkg.extract.values import SPDX_LICENSES
from fmkg.iri import slugify

__all__ = ["LexiconEntry", "Rules", "check_against_ontology", "load_rules", "ontology_terms"]

CANONICAL_VOCAB = CANONICAL_BASE + "ontology#"


@dataclass(frozen=True)
class LexiconEntry:
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    list_aliases: tuple[str, ...] = ()
    fold_case: bool = False
    as_written: bool = False  # a page that writes only an alias names the entity by it

    @property
    def slug(self) -> str:
        return slugify(self.label)


@dataclass(frozen=True)
class ClassRule:
    pattern: re.Pattern
    cls: str


@dataclass(frozen=True)
class TableColumn:
    header: re.Pattern
    says: tuple[tuple[re.Pattern, str], ...]  # a pattern of the cell -> the sentence it says
    unit: str = ""
    listed: bool = False  # "University of Hong Kong, TikTok": the cell's commas separate names ("A and B")


_CAMPUS = re.compile(r"University of [A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?$")


@dataclass(frozen=True)
class TableRules:
    """How a table's rows read as sentences (``[tables]`` in sentence-rules.toml)."""

    models: re.Pattern
    organizations: re.Pattern
    empty: re.Pattern
    columns: tuple[TableColumn, ...]
    labels: re.Pattern  # an infobox field's label that no column reads ("Task", "Training data")

    def sentences(self, header: str, term: str, cell: str) -> list[str]:
        """What a cell says about the row's term. A header that names several things ("Access and licence",
        "Parameters (total / active)") reads each part of a cell split as it is ("open weights, MIT"; "456 billion /
        45.9 billion"), and a cell that is not split as its first thing."""
        headers = [h for h in re.split(r"\s*(?:/|,|\band\b)\s*", header) if h.strip()]
        cells = [c.strip() for c in re.split(r"\s*/\s*|,\s+", cell)] if len(headers) > 1 else [cell]
        pairs = list(zip(headers, cells, strict=True)) if len(cells) == len(headers) else [(headers[0], cell)]
        return [said for h, c in pairs if (said := self.sentence(h, term, c))]

    def labels_a_field(self, label: str) -> bool:
        """Does a label head an infobox's field ("Context window", "Task", "Training data"), rather than name
        something ("Anthropic", "Cohere")?"""
        return self.column(label) is not None or self.labels.fullmatch(label) is not None

    def column(self, header: str) -> TableColumn | None:
        """The column a header names (the first that matches)."""
        return next((c for c in self.columns if c.header.search(header)), None)

    def sentence(self, header: str, term: str, cell: str) -> str | None:
        """What the cell of this column says about the row's term, as a sentence; None if nothing."""
        column = self.column(header)
        if column is None or self.empty.match(cell):
            return None
        case = next(((said, found) for pattern, said in column.says if (found := pattern.search(cell))), None)
        if case is None or not case[0]:  # no case matches, or it says nothing ("Proprietary" is no licence's name)
            return None
        template, found = case
        if column.unit and not re.search(rf"\b{re.escape(column.unit.split()[-1])}\b", cell, re.IGNORECASE):
            cell = f"{cell} {column.unit}"
        if column.listed and " and " not in cell and not _CAMPUS.search(cell):  # "Intel, KAUST" -> "Intel and KAUST"
            cell = re.sub(r",\s+(?=[^,]*$)", " and ", cell)  # (not "University of California, Irvine": one name)
        return template.format(term=term, cell=cell, **found.groupdict())  # (a case's named parts: "{where}")


@dataclass
class Rules:
    sections: list[ClassRule]
    intros: list[ClassRule]
    categories: list[ClassRule]
    category_term: re.Pattern
    models_section: re.Pattern
    sources_section: re.Pattern
    adaptation_lists: list[re.Pattern]
    domain_lists: list[tuple[re.Pattern, re.Pattern | None]]  # a list's pattern, and what the sentence before says
    generic_list_item: re.Pattern
    instrument_head: re.Pattern
    approaches: re.Pattern
    instruments: list[ClassRule]
    obligations: re.Pattern
    systemic_obligations: re.Pattern
    systemic_risk_label: str
    organization_cues: list[ClassRule]
    modalities: dict[str, re.Pattern]
    domain_names: dict[str, str]
    domains: dict[str, re.Pattern]
    risk_cue: re.Pattern
    addressed_risks: tuple[str, ...]  # longest first
    name_inner_words: frozenset[str]
    not_names: frozenset[str]
    person_titles: frozenset[str]  # among not_names: those that may open an institution's name
    section_words: frozenset[str]
    countries: frozenset[str]  # "Russia", "Hong Kong": a heading that names one groups entries, seats none
    weight_hubs: frozenset[str]  # slugs of the platforms that host weights anyone can download ("hugging-face")
    named_hubs: tuple[str, ...]  # names of the hubs a page names only as places where models are put
    api_services: re.Pattern  # names of the cloud services that serve models through an API ("Amazon Bedrock")
    languages: frozenset[str]  # "Kazakh", "Thai": a language's or a people's word, no model's or organization's name
    subdivisions: frozenset[str]  # "Texas", "Ontario": a title "... in Texas" names no entry's seat either
    provider_joiner: re.Pattern
    alias: re.Pattern
    renamed: tuple[re.Pattern, ...]  # groups "old" and "new"
    version: re.Pattern
    lexicon: list[LexiconEntry] = field(default_factory=list)
    sentence_rules: list[SentenceRule] = field(default_factory=list)
    kind_classes: list[ClassRule] = field(default_factory=list)
    kind_architectures: list[ClassRule] = field(default_factory=list)  # cls holds the architecture's label
    access_phrases: list[ClassRule] = field(default_factory=list)  # cls holds the fm:AccessLevel individual
    not_entities: frozenset[str] = frozenset()
    not_model_heads: frozenset[str] = frozenset()
    organization_acts: frozenset[str] = frozenset()  # verbs whose named subject the tagger calls an ORG is one
    organization_noun: re.Pattern = re.compile(r"(?!)")  # "company", "consultancy": a word of [words] organization_noun
    duties: DutyRules | None = None
    modality_rules: ModalityRules | None = None
    risk_tier_cue: re.Pattern | None = None
    risk_tier: re.Pattern | None = None
    risk_tier_definition: re.Pattern = re.compile(r"(?!)")  # "A high-risk AI system is one that ...": a tier
    tables: TableRules | None = None
    digest: str = ""  # of the rule files and the extractor's code: what an extraction depends on besides its document

    def architectures(self, phrase: str) -> list[str]:
        """The architectures a kind phrase names ("sparse mixture-of-experts transformer")."""
        return [rule.cls for rule in self.kind_architectures if rule.pattern.search(phrase)]

    def access(self, phrase: str) -> str | None:
        """The access level a kind phrase or category name states ("open-weight model"), if any."""
        return _first(self.access_phrases, phrase)

    def kind_class(self, phrase: str) -> str | None:
        """The class a kind phrase ("large language model", "Paris company") names, if any."""
        return _first(self.kind_classes, phrase)

    def section_class(self, heading: str) -> str | None:
        return _first(self.sections, heading)

    def intro_class(self, intro: str) -> str | None:
        return _first(self.intros, intro)

    def category_class(self, term: str) -> str | None:
        """The model class a category term lists, or None if the term lists no models."""
        if not self.category_term.search(term):
            return None
        kind = self.kind_class(term)  # "Text-to-image models": the kind's own class, more precise than a category's
        listed = _first(self.categories, term)
        return kind if kind not in (None, "FoundationModel") and kind in MODEL_CLASSES else listed or "FoundationModel"

    def organization_class(self, name: str) -> str | None:
        return _first(self.organization_cues, name)

    def domain(self, phrase: str) -> str | None:
        """The application domain a kind phrase or a category's name states, if any."""
        return next((label for label, pattern in self.domains.items() if pattern.search(phrase)), None)

    def is_organization_name(self, name: str) -> bool:
        """"State Administration for Market Regulation", "Office of AI Regulation": an organization's own word,
        then "for" / "of" / "on", before the word that looks like an instrument's and ends the name: the name is the
        organization's (not "Council of Europe Framework Convention on ...", an instrument a body is named in)."""
        head = self.instrument_head.search(name)
        before = name[:head.start()] if head and not name[head.end():].strip() else ""
        return any(re.search(rule.pattern.pattern + r"\s+(?:for|of|on)\s", before) for rule in self.organization_cues)

    @cached_property
    def entry_date_rules(self) -> list[SentenceRule]:
        """The rules that date a timeline's entry (read a second time once the page's models are known); one list
        per rule set, so the engine compiles its matchers once, not for every document."""
        return [rule for rule in self.sentence_rules if rule.parser == ENTRY_DATE]

    @cached_property
    def lexicon_classes(self) -> dict[str, str]:
        """Lexicon entry slug -> the class it names (read once: the recorder asks for every candidate name)."""
        return {entry.slug: entry.cls for entry in self.lexicon}

    def lookup(self, name: str, *, in_list: bool = False) -> LexiconEntry | None:
        """The lexicon entry a spelling denotes, if any (the first in the lexicon's order)."""
        key = name.strip()
        found = [f for f in (self._spellings[in_list].get(key), self._folded_spellings[in_list].get(_folded(key)))
                 if f is not None]
        return min(found, key=lambda f: f[0])[1] if found else None

    @cached_property
    def _spellings(self) -> dict[bool, dict[str, tuple[int, LexiconEntry]]]:
        """Exact spelling -> (position, entry), without and with the aliases only lists use (built once: the
        recorder looks up every candidate name)."""
        return {in_list: _index(self.lexicon, in_list, lambda s: s, False) for in_list in (False, True)}

    @cached_property
    def _folded_spellings(self) -> dict[bool, dict[str, tuple[int, LexiconEntry]]]:
        """Case- and plural-folded spelling -> (position, entry), for entries that fold case."""
        return {in_list: _index(self.lexicon, in_list, _folded, True) for in_list in (False, True)}


def _index(lexicon: list[LexiconEntry], in_list: bool, key: Callable[[str], str],
           folded: bool) -> dict[str, tuple[int, LexiconEntry]]:
    index: dict[str, tuple[int, LexiconEntry]] = {}
    for position, entry in enumerate(lexicon):
        if folded and not entry.fold_case:
            continue
        for spelling in (entry.label, *entry.aliases, *(entry.list_aliases if in_list else ())):
            if not (folded and is_initialism(spelling)):
                index.setdefault(key(spelling), (position, entry))
            if not folded and entry.fold_case and is_initialism(spelling):  # "ViTs": its plural, in its case
                index.setdefault(f"{spelling}s", (position, entry))
    return index


def is_initialism(spelling: str) -> bool:
    """"ViT", "MoE", "GAN": a short form with capitals inside, which only its own case spells ("VITS" is a model,
    not vision transformers)."""
    return any(c.isupper() for c in spelling[1:]) and " " not in spelling


def _folded(text: str) -> str:
    text = text.lower()
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def _first(rules: list[ClassRule], text: str) -> str | None:
    return next((rule.cls for rule in rules if rule.pattern.search(text)), None)


def _word_pattern(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _compile(pattern: str, case_sensitive: bool = False) -> re.Pattern:
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


def _class_rules(items: list[dict], key: str) -> list[ClassRule]:
    return [ClassRule(_compile(item[key], item.get("case_sensitive", False)), item["class"]) for item in items]


def load_rules(ontology_dir: Path | str, terms: frozenset[str] | None = None) -> Rules:
    """Read the rules and the lexicon, checked against the ontology beside them; a malformed file, or a class
    or property the ontology lacks, raises ValueError naming it.

    ``terms``: the ontology's fm: local names, when the caller has read the ontology already (``fmkg.schema``)."""
    ontology_dir = Path(ontology_dir)
    raw = _with_fragments(_read_toml(ontology_dir / "extraction-rules.toml"))
    lexicon = _read_toml(ontology_dir / "lexicon.toml")
    sentence = _read_toml(ontology_dir / "sentence-rules.toml")
    try:
        rules = Rules(
            sections=_class_rules(raw["section"], "heading"),
            intros=_class_rules(raw["intro"], "intro"),
            categories=_class_rules(raw["category"], "term"),
            category_term=_compile(raw["category_term"]["pattern"]),
            models_section=_compile(raw["models_section"]["heading"]),
            sources_section=_compile(raw["sources_section"]["heading"]),
            adaptation_lists=[_compile(item["pattern"]) for item in raw["adaptation_list"]],
            domain_lists=[(_compile(item["pattern"]), _compile(item["after"]) if "after" in item else None)
                          for item in raw.get("domain_list", [])],
            generic_list_item=_compile(raw["generic_list_item"]["pattern"]),
            instrument_head=re.compile(raw["instrument_head"]["pattern"]),
            approaches=_compile(raw["approaches"]["pattern"]),
            instruments=_class_rules(raw["instrument"], "pattern"),
            obligations=_compile(raw["obligations"]["pattern"]),
            systemic_obligations=_compile(raw["obligations"]["systemic"]),
            systemic_risk_label=raw["obligations"]["systemic_risk_label"],
            organization_cues=_class_rules(raw["organization_cue"], "pattern"),
            modalities={name: _compile(p) for name, p in raw["modality"].items()},
            domain_names=dict(raw["domain_names"]),
            domains={label: re.compile(pattern, re.IGNORECASE) for label, pattern in raw["domains"].items()},
            risk_cue=re.compile(raw["addressed_risks"]["cue"], re.IGNORECASE),
            addressed_risks=tuple(sorted(raw["addressed_risks"]["risks"], key=len, reverse=True)),
            name_inner_words=frozenset(raw["names"]["inner_words"]),
            not_names=frozenset(raw["names"]["not_names"]) | frozenset(raw["names"]["person_titles"]),
            person_titles=frozenset(raw["names"]["person_titles"]),
            section_words=frozenset(w.lower() for w in raw["names"]["section_words"]),
            countries=frozenset(raw["names"]["countries"]),
            weight_hubs=frozenset(slugify(name) for name in raw["platforms"]["weight_hubs"]),
            named_hubs=tuple(raw["platforms"]["named_hubs"]),
            api_services=_compile(raw["platforms"]["api_services"], case_sensitive=True),
            languages=frozenset(raw["names"]["languages"]),
            subdivisions=frozenset(raw["names"]["subdivisions"]),
            provider_joiner=_compile(raw["names"]["provider_joiner"], case_sensitive=True),
            alias=_compile(raw["alias"]["pattern"], case_sensitive=True),
            renamed=tuple(_compile(raw["alias"][key], case_sensitive=True)
                          for key in ("renamed", "formerly", "began_as", "known_until")),
            version=re.compile(raw["names"]["version"]),
            lexicon=[_entry(item) for item in lexicon["entry"]],
            sentence_rules=_sentence_rules(sentence),
            kind_classes=[ClassRule(_compile(item["phrase"]), item["class"]) for item in sentence["kind_class"]],
            kind_architectures=[ClassRule(_compile(p), label) for label, p in sentence["architectures"].items()],
            access_phrases=[ClassRule(_compile(p, case_sensitive=True), level)
                            for level, p in sentence["access_phrases"].items()],
            not_entities=frozenset(sentence["not_entities"]["words"]),
            not_model_heads=frozenset(sentence["not_entities"]["not_model_heads"]),
            organization_acts=frozenset(sentence["words"]["organization_acts"]),
            organization_noun=_word_pattern(sentence["words"]["organization_noun"]),
            duties=_duty_rules(sentence["obligations"]),
            modality_rules=ModalityRules(
                words={w: label for label, words in sentence["modalities"]["words"].items() for w in words},
                input_verbs=frozenset(sentence["modalities"]["verbs"]["input"]),
                output_verbs=frozenset(sentence["modalities"]["verbs"]["output"]),
                convert_verbs=frozenset(sentence["modalities"]["verbs"]["convert"]),
                model_name_words=frozenset(sentence["modalities"]["model_names"]["words"])),
            risk_tier_cue=re.compile(sentence["risk_tiers"]["cue"]),
            risk_tier=re.compile(sentence["risk_tiers"]["tier"]),
            risk_tier_definition=re.compile(sentence["risk_tiers"].get("definition", "(?!)")),
            tables=_table_rules(sentence["tables"]),
        )
    except (KeyError, TypeError, re.error) as error:
        raise ValueError(f"malformed extraction rules in {ontology_dir}: {error!r}") from error
    check_against_ontology(rules, ontology_terms(ontology_dir / "fmkg.ttl") if terms is None else terms)
    SPDX_LICENSES.update(sentence.get("licenses", {}))
    rules.digest = _digest([ontology_dir / name for name in ("extraction-rules.toml", "lexicon.toml",
                                                             "sentence-rules.toml", "fmkg.ttl")])
    return rules


def _digest(rule_files: list[Path]) -> str:
    """A hash of what extraction reads besides the document: the rule files, the extractor's own source and the
    versions of spaCy and its English pipeline."""
    from importlib.metadata import version

    from fmkg.extract.analysis import MODEL_PACKAGE

    digest = hashlib.sha256(f"spacy {version('spacy')} {MODEL_PACKAGE} {version(MODEL_PACKAGE)}".encode())
    for path in [*rule_files, *sorted(Path(__file__).parent.glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


_SENTENCE_RULE_KINDS = ("kind", "relation", "value")


def _duty_rules(raw: dict) -> DutyRules:
    return DutyRules(
        modal=frozenset(raw["modal"]), required=frozenset(raw["required"]), have_to=frozenset(raw["have_to"]),
        roles=tuple(Role(re.compile(r["subject"]), r["role"], bool(r.get("systemic", False)),
                         bool(r.get("alone", False))) for r in raw["role"]),
        applies=frozenset(raw["applies"]["verbs"]), since=_lower_words(raw["applies"], "since"),
        deadline=_lower_words(raw["applies"], "deadline"),
        bearer=re.compile(raw["bearer"]),
        negated_modal=frozenset(raw.get("negated_modal", ())), prohibit=frozenset(raw.get("prohibit", ())),
        refrain=_lower_words(raw, "refrain"), permit=_lower_words(raw, "permit"),
        on_request=_lower_words(raw, "on_request"), generic=_lower_words(raw, "generic"),
        content=_lower_words(raw, "content"), unlawful=_lower_words(raw, "unlawful"),
        everyone=_lower_words(raw, "everyone"), classifiers=_lower_words(raw, "classifiers"),
        responsible=_lower_words(raw, "responsible"),
        directed=_lower_words(raw, "directed"), empower=_lower_words(raw, "empower"),
        frequency={name: re.compile(pattern, re.IGNORECASE) for name, pattern in raw.get("frequency", {}).items()},
        purpose=re.compile(raw.get("purpose", "(?!)")),
        nominal=_nominal_nouns(raw.get("nominal", {})),
        qualities={word.lower(): noun for word, noun in raw.get("qualities", {}).items()},
        light=_lower_words(raw, "light"),
        short=_short_forms(raw.get("short", {})),
        recipient=_lower_words(raw, "recipient"),
        to_authority=_nominal_nouns(raw.get("to_authority", {})),
        authority=re.compile(raw.get("authority", "(?!)")),
        describing=_lower_words(raw, "describing"), aims=_lower_words(raw, "aims"),
        things=_lower_words(raw, "things"), doers=_lower_words(raw, "doers"), doer=_nominal_nouns(raw.get("doer", {})),
        advisory_instrument=re.compile(raw.get("advisory", {}).get("instrument", "(?!)")),
        advisory_modal=_lower_words(raw.get("advisory", {}), "modal"),
        advisory_required=_lower_words(raw.get("advisory", {}), "required"),
        advisory_have_to=_lower_words(raw.get("advisory", {}), "have_to"),
        advisory_lists=_lower_words(raw.get("advisory", {}), "lists"),
    )


def _lower_words(raw: dict, key: str) -> frozenset[str]:
    """A list of words or phrases the duties reading compares with lower-cased text: each in lower case."""
    words = raw.get(key, [])
    for word in words:
        if not isinstance(word, str) or not word.strip() or word != word.lower():
            raise ValueError(f"obligations: {key} lists {word!r}; give words in lower case")
    return frozenset(words)


def _nominal_nouns(raw: dict) -> dict[str, str]:
    """[obligations.nominal]: a verb's lemma (lower case; "make available": with its complement) -> the noun
    that names its duty."""
    for verb, noun in raw.items():
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)?", verb) or not isinstance(noun, str) or not noun.strip():
            raise ValueError(f"obligations.nominal: {verb} = {noun!r}; give a verb in lower case and its noun")
    return dict(raw)


def _short_forms(raw: dict) -> dict[str, str]:
    """[obligations.short]: words of a duty's label (lower case) -> the short form a reader names the duty with."""
    for long, short in raw.items():
        if long != long.lower() or not long.strip() or not isinstance(short, str) or not short.strip():
            raise ValueError(f"obligations.short: {long} = {short!r}; give words in lower case and their short form")
    return dict(raw)


def _table_rules(raw: dict) -> TableRules:
    def says(value: str | dict[str, str]) -> tuple[tuple[re.Pattern, str], ...]:
        cases = value if isinstance(value, dict) else {"": value}
        for pattern, said in cases.items():
            try:
                said.format(term="", cell="", **dict.fromkeys(_compile(pattern).groupindex, ""))
            except (KeyError, IndexError, ValueError):
                raise ValueError(f"tables: the sentence {said!r} may name only {{term}}, {{cell}} and the named "
                                 f"parts of its case") from None
        return tuple((_compile(pattern), said) for pattern, said in cases.items())

    return TableRules(
        models=_compile(raw["models"]), organizations=_compile(raw["organizations"]), empty=_compile(raw["empty"]),
        columns=tuple(TableColumn(_compile(c["header"]), says(c["says"]), c.get("unit", ""), c.get("listed", False))
                      for c in raw["column"]),
        labels=_compile(raw["labels"]),
    )


def _sentence_rules(raw: dict) -> list[SentenceRule]:
    words = _word_lists(raw.get("words", {}))
    rules = []
    for kind in _SENTENCE_RULE_KINDS:
        for item in raw.get(kind, []):
            fields = {k: v for k, v in item.items() if k != "id"}
            for key in ("pattern", "tokens"):
                if key in fields:
                    fields[key] = _expand_words(fields[key], words)
            rules.append(SentenceRule(id=item["id"], kind=kind, **fields))
    ids = [rule.id for rule in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"sentence rules: duplicate ids {duplicates}")
    return rules


def _word_lists(raw: dict[str, list[str]]) -> dict[str, list[str]]:
    """``[words]``, each list with the words of another it names (``["@parent", "company"]``: ``parent``'s, and
    "company")."""
    return {name: [word for item in listed for word in (_listed(item, raw) if item.startswith("@") else [item])]
            for name, listed in raw.items()}


def _expand_words(value: object, words: dict[str, list[str]]) -> object:
    """``IN = "@make"`` stands for the list ``make`` of ``[words]``."""
    if isinstance(value, dict):
        return {k: _expand_words(v, words) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_words(v, words) for v in value]
    if isinstance(value, str) and value.startswith("@"):
        return _listed(value, words)
    return value


def _listed(reference: str, words: dict[str, list[str]]) -> list[str]:
    if reference[1:] not in words:
        raise ValueError(f"sentence rules: no list [words] {reference[1:]!r} for {reference!r}")
    return list(words[reference[1:]])


def ontology_terms(path: Path) -> frozenset[str]:
    """The local names the ontology declares in the fm: namespace (classes, properties, individuals)."""
    from rdflib import Graph, URIRef  # the rules are checked once, when loaded

    graph = Graph().parse(path)
    namespace = CANONICAL_VOCAB
    return frozenset(str(s)[len(namespace):] for s in graph.subjects()
                     if isinstance(s, URIRef) and str(s).startswith(namespace))


def check_against_ontology(rules: Rules, terms: frozenset[str]) -> None:
    """Every class, property and individual a rule names must be in the ontology (as DBpedia's mappings are)."""
    named: list[tuple[str, str]] = []
    named += [(f"section {r.pattern.pattern!r}", r.cls) for r in (*rules.sections, *rules.intros, *rules.categories)]
    named += [(f"instrument {r.pattern.pattern!r}", r.cls) for r in rules.instruments]
    named += [(f"organization cue {r.pattern.pattern!r}", r.cls) for r in rules.organization_cues]
    named += [(f"kind class {r.pattern.pattern!r}", r.cls) for r in rules.kind_classes]
    named += [(f"access phrase {r.pattern.pattern!r}", r.cls) for r in rules.access_phrases]
    named += [(f"lexicon entry {e.label!r}", e.cls) for e in rules.lexicon]
    for rule in rules.sentence_rules:
        named += [(f"rule {rule.id!r}", cls) for cls in rule.classes.values()]
        named += [(f"rule {rule.id!r}", name) for name in (rule.subject_class, rule.object_class, rule.constant)
                  if name]
        if rule.predicate:
            if not rule.predicate.startswith("fm:"):
                raise ValueError(f"rule {rule.id!r}: predicate {rule.predicate!r} must be an fm: property")
            named.append((f"rule {rule.id!r}", rule.predicate.removeprefix("fm:")))
        nodes = {node["RIGHT_ID"] for node in rule.pattern or []} | ({"value", *rule.at} if rule.tokens else set())
        for role in (rule.subject, rule.object) if rule.kind != "value" else ():
            if role not in nodes and not (role == rule.subject and rule.subject_class) \
                    and not (role == rule.object and rule.object_class):
                raise ValueError(f"rule {rule.id!r}: no pattern node named {role!r}")
    missing = [(where, term) for where, term in named if term not in terms]
    if missing:
        where, term = missing[0]
        raise ValueError(f"{where} names fm:{term}, which the ontology does not define")


def _entry(item: dict) -> LexiconEntry:
    return LexiconEntry(
        label=item["label"], cls=item["class"], aliases=tuple(item.get("aliases", ())),
        list_aliases=tuple(item.get("list_aliases", ())), fold_case=bool(item.get("fold_case", False)),
        as_written=bool(item.get("as_written", False)),
    )


_FRAGMENT = re.compile(r"\(\?&(\w+)\)")


def _with_fragments(raw: dict) -> dict:
    """Every pattern with its "(?&NAME)" replaced by the piece ``[fragments]`` names so (one place for a piece
    several patterns share); a name the table lacks raises ValueError."""
    fragments = raw.get("fragments", {})

    def expand(value: object) -> object:
        if isinstance(value, str):
            def piece(match: re.Match) -> str:
                if match.group(1) not in fragments:
                    raise ValueError(f"extraction-rules.toml: no fragment named {match.group(1)!r} in [fragments]")
                return fragments[match.group(1)]
            return _FRAGMENT.sub(piece, value)
        if isinstance(value, dict):
            return {key: expand(item) for key, item in value.items()}
        if isinstance(value, list):
            return [expand(item) for item in value]
        return value

    return expand(raw)  # type: ignore[return-value]


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: {error}") from error
