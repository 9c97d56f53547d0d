"""The extraction pipeline: one document in, facts with evidence out.

Structural steps read the layout of the genre (category lists, ``Term — definition`` items under a mapped
section, lists introduced by a cue, risk tiers, cited sources, acronyms); then every sentence, and every
clause of an item said of its term, goes through spaCy's analysis and the generic rule engine
(``engine.py``, rules in ``ontology/sentence-rules.toml``), the modality reader and the duty reader
(``duties.py``). All record facts through ``_Recorder``, which resolves every spelling to one entity and
notes the rule behind each fact. A last step scans every sentence for the names found so far and those of
the lexicon, so mentions anywhere in the document are linked.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable, Iterator, Set
from dataclasses import replace
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from fmkg.extract.analysis import (
    CAMEL_BRAND,
    HUB_NAME,
    MONTH_NAMES,
    NUMBER_WORDS,
    UNIVERSITY_FIELDS,
    analyse,
    pipeline,
)
from fmkg.extract.document import SEAT, Block, SourceDocument, Span, sentences, short_form
from fmkg.extract.duties import Role, advisory, duties
from fmkg.extract.engine import (
    GROUPS,
    LINEAGE_PREDICATES,
    MODEL_CLASSES,
    NATIONALITY,
    ORGANIZATION_CLASSES,
    PERSON_SHAPED,
    SIZE_AT_END,
    SIZE_INSIDE,
    SOFTWARE_AFTER,
    Unit,
    class_group,
    described_as_another_thing,
    is_category_subject,
    run_architectures,
    run_modalities,
    run_rules,
    sized_name,
    to_modalities,
)
from fmkg.extract.facts import Extraction, Fact
from fmkg.extract.rules import LexiconEntry, Rules, is_initialism
from fmkg.extract.values import SPDX_LICENSES, count, date_phrase, is_spdx_licence, license_id, release_date
from fmkg.iri import slugify

__all__ = ["extract"]

# Properties with one value per subject: the first statement in a document wins (a date, unless a later one is
# the same date more precisely)
_SINGLE_VALUED = frozenset({"fm:releaseDate", "fm:parameterCount", "fm:activeParameterCount", "fm:contextWindow",
                            "fm:foundingDate", "fm:accessLevel", "fm:systemicRiskThreshold"})
_DATES = frozenset({"fm:releaseDate", "fm:foundingDate"})


def extract(document: SourceDocument, rules: Rules) -> Extraction:
    """Find the entities and relations the ontology describes in ``document``."""
    document = _with_bulleted_infoboxes(document, rules)
    recorder = _Recorder(document, rules)
    for step in (_aliases, _category_lists, _risk_tiers, _section_items, _adaptation_lists, _domain_lists, _governance,
                 _listed_risks, _sources, _acronyms, _listed_model_bullets, _member_headings, _paragraph_topics,
                 _sentence_rules,
                 _tiers_named, _section_makers, _approaches, _brand_names, _short_company_names, _versions_named,
                 _mentions,
                 _announced_models, _families, _family_developers, _item_makers, _seats_from_headings, _listed_releases,
                 _released_alongside, _family_facts, _licence_items, _licensed_weights, _weights_on_a_hub,
                 _family_access, _hubs_named, _listed_below,
                 _lead_access, _closed_then_reached_through_an_api, _stated_seats, _said_otherwise):
        recorder.rule = step.__name__.strip("_").replace("_", "-")
        step(document, rules, recorder)
    return recorder.extraction


def _with_bulleted_infoboxes(document: SourceDocument, rules: Rules) -> SourceDocument:
    """A document whose runs of bulleted fields under a name ("GPT-4o", then "- Developer: OpenAI", "- Released: 13
    May 2024", "- Context window: 128,000 tokens") are read as an infobox's fields, as the same lines without bullets
    are: three lines at least, most of them named as a table's columns are, none by a name the lexicon or an
    organization's cue knows ("- Anthropic: founded in 2021 ..." is an organization's entry)."""
    blocks = list(document.blocks)
    run: list[int] = []
    assert rules.tables is not None  # load_rules sets them
    for index, block in enumerate([*blocks, None]):
        field = block is not None and _bulleted_field(block, rules)
        if field and (not run or blocks[run[-1]].section == block.section):  # type: ignore[union-attr]
            run.append(index)
            continue
        terms = [term.text for i in run if (term := blocks[i].term) is not None]
        named = [rules.tables.column(term) is not None for term in terms]
        labels = [rules.tables.labels_a_field(term) for term in terms]
        section = blocks[run[0]].section if run else ""
        if len(run) >= 3 and 3 * sum(named) >= 2 * len(run) \
                or len(run) >= 2 and any(named) and _shaped_like_a_model(section) \
                or len(run) >= 3 and 3 * sum(labels) >= 2 * len(run) and _looks_like_name(section):  # "GECToR",
            # then "- Presented: July 2020", "- Task: ...", "- Weights: ...": labels of the page's own under a model's
            # name (not "- High risk: ..." under "Risk tiers": a list's entries)
            for i in run:
                blocks[i] = replace(blocks[i], kind="field", bulleted=False, intro=None)
        run = [index] if field else []
    return replace(document, blocks=blocks)


def _bulleted_field(block: Block, rules: Rules) -> bool:
    """"- Context window: 128,000 tokens": a bulleted line of a label of some words, a colon and a value."""
    term = block.term.text if block.term is not None else ""
    return block.kind == "item" and block.bulleted and block.body is not None \
        and _BULLETED_FIELD.fullmatch(term) is not None and block.line.text[len(term):].startswith(":") \
        and rules.lookup(term) is None and rules.organization_class(term) is None


_BULLETED_FIELD = re.compile(r"[A-Z][a-z]+(?:[ -][a-z]+){0,2}(?:(?<= from| than| with) [A-Z][\w.-]*)?")  # "Developer",
# "Context window", "Built on"; "Difference from GO-1": a label that compares the box's model with another


def _shaped_like_a_model(heading: str) -> bool:
    """"GECToR", "CoEdIT-xl", "bert-base-japanese", "Qwen2.5": a heading shaped as a model's name is, not as a
    group's ("Companies", "Research labs")."""
    return 0 < len(heading.split()) <= 4 and (any(c.isdigit() for c in heading) or "-" in heading
                                               or re.search(r"[a-z][A-Z]", heading) is not None)


# What imposes duties: a law, a code of practice or conduct, a framework an organization must report under.
_INSTRUMENTS = frozenset({"Regulation", "CodeOfPractice", "Framework", "GovernanceInstrument"})
_BINDING_INSTRUMENTS = _INSTRUMENTS - {"Framework"}


class _Recorder:
    """Collects facts, resolving each spelling of a name to one entity (slug)."""

    def __init__(self, document: SourceDocument, rules: Rules) -> None:
        self.rules = rules
        self.extraction = Extraction(document)
        self.labels: dict[str, str] = {}  # slug -> preferred label in this document
        self.classes: dict[str, set[str]] = {}
        self.spellings: dict[str, str] = {}  # every spelling seen -> slug
        self.new_names: dict[str, str] = {}  # slug -> the name it was renamed to (its label, whichever comes first)
        self.bodies_named: dict[str, dict[str, str]] = {}  # a public body's head word -> the lexicon's bodies so
        # headed that the text names in full ("Commission" -> European Commission)
        self.old_names: dict[str, list[tuple[str, Span]]] = {}  # slug -> its former names (its altLabels)
        self.single_values: dict[tuple[str, str], str | bool] = {}
        self.surnames: set[str] = set()  # the last words of persons' names the page gives in full
        self.duties_by_section: dict[str, list[str]] = {}
        self.default_dates: dict[str, tuple[str, Span, str]] = {}  # regulation -> when its duties apply
        self.section_dates: dict[str, tuple[str, Span, str]] = {}  # section -> when the duties it states apply
        self.duty_sections: dict[str, str] = {}  # duty -> the section that states it
        self.listed: dict[int, list[str]] = {}  # start of a category item (or list paragraph) -> the models it lists
        self.rule = ""  # the rule (or step) whose facts are being recorded
        self.parses: list[tuple[Span, Doc]] = []  # each analysed sentence: what it stands for, its parse
        # the page's opening paragraph, which an encyclopedia page gives to its subject
        self.opening: Span | None = next((b.line for b in document.blocks if b.kind == "paragraph"), None)
        for short, full in _spelled_out_entries(document.text, rules):  # "the National Institute of Standards and
            self.spellings[short] = self.spellings[full] = slugify(full)  # Technology (NIST)": named in full on this
            self.new_names[slugify(full)] = full  # page, whatever name the lexicon knows it by
        for alias in _aliases_written_alone(document.text, rules):  # "LoRA" on a page that never writes "low-rank
            self.spellings[alias] = slugify(alias)  # adaptation": the name the page gives
            self.new_names[slugify(alias)] = alias

    def add(self, subject: str, predicate: str, value: str | bool, kind: str, evidence: Span,
            rule: str | None = None) -> None:
        self.extraction.facts.append(Fact(subject, predicate, value, kind, evidence, rule or self.rule))

    def entity(self, name: str, cls: str, evidence: Span, *, in_list: bool = False, rule: str | None = None) -> str:
        """Record an entity named ``name`` of class ``cls``; returns its slug."""
        if rule:
            self.rule, previous = rule, self.rule
            try:
                return self.entity(name, cls, evidence, in_list=in_list)
            finally:
                self.rule = previous
        name = _clean_name(name)
        entry = self.rules.lookup(name, in_list=in_list)
        short = self._shortened_name(name) or self._without_brand(name) or self._model_by_its_tail(name) \
            if not entry and name not in self.spellings else None
        short = short if short is not None and cls in GROUPS.get(self.group_of(short) or "", ()) \
            and not re.search(rf"{_PART_OF.pattern}{re.escape(name)}\b", evidence.text) else None  # "Microsoft
        # AI, the consumer AI division of Microsoft": the parent, not the division
        body = self._body_by_its_head(name) if not entry and name not in self.spellings \
            and cls in ORGANIZATION_CLASSES else None  # "the Commission" after "the European Commission"
        entry = self.rules.lookup(body[1]) or entry if body else entry
        slug = self.spellings.get(name) or (body[0] if body else None) or (entry.slug if entry else short
                                                                           or slugify(name))
        label = entry.label if entry and slug == entry.slug else self.labels.get(slug, self.new_names.get(
            slug, body[1] if body and slug == body[0] else name))  # (a body named by its head: its full name)
        if slug not in self.labels:
            self.labels[slug] = label
            self.add(slug, "rdfs:label", label, "text", evidence)
            for old, said in self.old_names.get(slug, ()):
                self.add(slug, "skos:altLabel", old, "text", said)
        if name.lower() != self.labels[slug].lower() and name != slug and _is_spelling(name, entry):  # (not the slug
            # that stands for an entry in a sentence on every entry)
            self.add(slug, "skos:altLabel", name, "text", evidence)
        self.spellings[name] = slug
        for cls_name in {cls, *([entry.cls] if entry else [])}:
            self.classes.setdefault(slug, set()).add(cls_name)
            self.add(slug, "rdf:type", cls_name, "class", evidence)
        self.add(slug, "fm:mentionedIn", self.extraction.document.doc_id, "document", evidence)
        return slug

    def merge(self, old: str, new: str) -> None:
        """Every fact about (or pointing to) entity ``old`` is about ``new``; its label becomes a spelling of it."""
        facts = self.extraction.facts
        for index, fact in enumerate(facts):
            subject = new if fact.subject == old else fact.subject
            value = new if fact.kind == "entity" and fact.value == old else fact.value
            relabelled = subject != fact.subject and fact.predicate == "rdfs:label"
            predicate = "skos:altLabel" if relabelled else fact.predicate
            if (subject, predicate, value) != (fact.subject, fact.predicate, fact.value):
                facts[index] = Fact(subject, predicate, value, fact.kind, fact.evidence, fact.rule)
        self.classes.setdefault(new, set()).update(self.classes.pop(old, set()))
        self.labels.pop(old, None)
        self.spellings = {spelling: new if slug == old else slug for spelling, slug in self.spellings.items()}
        self.single_values = {(new if s == old else s, p): v for (s, p), v in self.single_values.items()}

    def stand_for_themselves(self, slugs: list[str]) -> None:
        """Let each slug name its entity when a sentence on several entries is read, its subjects given as slugs."""
        for slug in slugs:
            self.spellings.setdefault(slug, slug)

    def alias(self, slug: str, name: str, evidence: Span) -> None:
        name = _clean_name(name)
        if name and name != self.labels.get(slug):
            self.spellings[name] = slug
            self.add(slug, "skos:altLabel", name, "text", evidence)

    def relate(self, subject: str, predicate: str, obj: str, evidence: Span, *, rule: str | None = None) -> None:
        self.add(subject, predicate, obj, "entity", evidence, rule)

    def value(self, subject: str, predicate: str, value: str | bool, kind: str, evidence: Span, *,
              rule: str, overriding: bool = False) -> None:
        """A literal (or fm: individual) of ``subject``; a single-valued property keeps its first value, unless
        this one is ``overriding`` (said of the whole: "In total it has 480 billion parameters")."""
        said = self.single_values.get((subject, predicate), value)
        # "weights were not released ...; only through an API": closed weights, reached through an API
        closed_then_api = predicate == "fm:accessLevel" and value == "APIOnlyAccess" and said == "ClosedAccess"
        refines = predicate in _DATES and isinstance(said, str) and isinstance(value, str) \
            and len(value) > len(said) and value.startswith(said)  # "September 2024", then "on 25 September
        # 2024": the day, as precise as the text gets
        if (overriding or closed_then_api or refines) and predicate in _SINGLE_VALUED and said != value:
            self.extraction.facts = [f for f in self.extraction.facts
                                     if not (f.subject == subject and f.predicate == predicate)]
            self.single_values[(subject, predicate)] = value
        if predicate in _SINGLE_VALUED:
            if self.single_values.setdefault((subject, predicate), value) != value:
                if predicate == "fm:accessLevel" and value == "ClosedAccess":  # "only through an API; its
                    self.add(subject, "fm:openWeights", False, "bool", evidence, rule)  # weights were not released"
                return
        if kind == "iri" and not str(value).startswith(("http://", "https://")):  # a licence of its own
            licence = self.entity(str(value), "License", evidence, rule=rule)
            self.relate(subject, predicate, licence, evidence, rule=rule)
            return
        self.add(subject, predicate, value, kind, evidence, rule)
        if predicate == "fm:accessLevel" and value != "APIOnlyAccess":  # the interface's boolean, more coarsely
            self.add(subject, "fm:openWeights", value == "OpenWeightsAccess", "bool", evidence, rule)

    def is_a(self, slug: str, classes: frozenset[str]) -> bool:
        return bool(self.classes.get(slug, set()) & classes)

    def regulation(self, before: int | None = None) -> str | None:
        """The regulation the document speaks of at offset ``before``: the one its section's heading names, else
        the one its title names ("South Korea's AI Basic Act"), else the last one named before ``before``
        (a page about several), else the one it states most facts of."""
        document = self.extraction.document
        if before is not None:
            block = document.block_at(before)
            named = self._regulation_named(block.section) or self._regulation_by_its_head(block.section) \
                if block is not None else None
            if named:
                return named
            titled = self._titled_regulation()
            in_paragraph = [s for s in self._regulations_in(block.line.start, before) if not _another_laws_article(
                s, Span(block.line.start, before, document.text[block.line.start:before]), self)] \
                if block is not None else []
            under = _UNDER_AN_INSTRUMENT.match(document.text, before)
            if under:  # "Under M-25-21 every agency had to ...": the instrument the sentence opens with
                in_paragraph += [slug for _, slug in self._instruments_by_code(before, under.end())]
            kind = _THE_INSTRUMENT.match(document.text, before)
            if kind and titled and not any(kind.group("head").lower() in name.lower()  # ("Regulation (EU)
                                           for name in [self.labels.get(titled, ""), *self.spellings_of(titled)]):
                called = self._instrument_called(kind.group("head"), before)  # "... to transpose Directive (EU)
                if called:  # 2019/1152 ... The directive was adopted by ...": that directive, not the page's decree
                    return called
            if in_paragraph and titled not in in_paragraph:  # "A separate law, House Bill 452, ... A supplier ...
                # shall ...": the law the paragraph names, not the page's; the opening paragraph's is its first
                chosen = in_paragraph[0] if block is not None and block.line == self.opening else in_paragraph[-1]
                return self._unless_only_mentioned(chosen) if titled is None else chosen
            if titled:
                return titled
        counts: dict[str, int] = {}
        latest: tuple[int, str] | None = None
        for fact in self.extraction.facts:
            if self.is_a(fact.subject, _INSTRUMENTS) and fact.predicate in ("rdf:type", "fm:mentionedIn"):
                counts[fact.subject] = counts.get(fact.subject, 0) + 1
                if before is not None and fact.evidence.start <= before and (latest is None
                                                                             or fact.evidence.start >= latest[0]) \
                        and not self.only_referred_to(fact.subject, fact.evidence):
                    latest = (fact.evidence.start, fact.subject)
        if latest:  # but not a law the page's opening sentence only relates its subject to ("... as an amendment
            # to Resolution No. 23,610/2019"): the opening paragraph is about the law it names first
            lead = self._lead_regulation()
            return lead if lead and self.opening is not None and latest[0] < self.opening.end \
                else self._unless_only_mentioned(latest[1])
        return max(sorted(counts), key=counts.__getitem__) if counts else None

    def _unless_only_mentioned(self, slug: str) -> str:
        """The law the page opens with rather than ``slug``, when the page never makes ``slug`` the subject a
        sentence opens with ("... until then the old text of Law No. 19,628 continues to govern"; "the state's
        Insurance Law already forbids ..."), as it does a law it goes on to discuss ("The Interim Measures for ...,
        issued by ...", "The decree sorts uses of AI into ...")."""
        lead = self._lead_regulation()
        if lead is None or lead == slug:
            return slug
        text = self.extraction.document.text
        spellings = [s for s in {self.labels.get(slug, ""), *self.spellings_of(slug)} if len(s) > 2]
        head = self.rules.instrument_head.search(self.labels.get(slug, ""))
        if head is not None and re.search(rf"\b{re.escape(head.group())}\b", self.labels.get(lead, ""), re.IGNORECASE):
            head = None  # "The law ..." on a page about Law No. 21,719: that law, whatever other law it names
        opened = [re.escape(s) for s in spellings] + ([re.escape(head.group().lower())] if head else [])
        opening = re.compile(rf"(?:(?:^|[.!?]\s+|\n)(?:[Tt]he\s+|[Tt]his\s+|[Tt]hat\s+)?(?:[A-Z][\w.]*['’]s\s+)?"
                             rf"|\b(?:enacted|introduced|created|established)\s+(?:the\s+)?)(?:{'|'.join(opened)})\b",
                             re.IGNORECASE) if opened else None  # ("The EU's AI Act, which ...", "Bill 194 enacted
        # the Enhancing Digital Security and Trust Act": a law the page introduces)
        return slug if opening is not None and opening.search(text) else lead

    def _titled_regulation(self) -> str | None:
        """The regulation the page's title names, in its words or loosely, or whose other spelling it is."""
        return self._regulation_named(self.extraction.document.title) or self._lead_regulation_titled_loosely() \
            or self._lead_instrument_titled()

    def _instrument_called(self, head: str, before: int) -> str | None:
        """The last instrument named before ``before`` whose name holds ``head`` ("Directive (EU) 2019/1152" for
        "the directive")."""
        named = [(f.evidence.start, f.subject) for f in self.extraction.facts
                 if f.evidence.start < before and f.predicate in ("rdf:type", "fm:mentionedIn")
                 and self.is_a(f.subject, _INSTRUMENTS)
                 and re.search(rf"\b{re.escape(head)}\b", self.labels.get(f.subject, ""), re.IGNORECASE)]
        return max(named)[1] if named else None

    def _regulation_opening(self, sentence: Span) -> str | None:
        """"The Provisions on ..., issued by ..., took effect on 10 January 2023": the instrument a sentence opens
        with by its full name, whatever the page is about."""
        for slug in self._regulations_in(sentence.start, sentence.end):
            label = self.labels.get(slug, "")
            if label and re.match(rf"(?:The\s+)?{re.escape(label)}(?![\w-])", sentence.text):
                return slug
        return None

    def _regulation_by_its_subject(self, sentence: Span) -> str | None:
        """"The code came into force on 2 September 2020" after a sentence naming the Data Protection Act 2018: the
        page's instrument, when its name ends in the head word the sentence opens with (not "The Regulation", the
        AI Act, on a page that also names the General Data Protection Regulation)."""
        head = _SUBJECT_HEAD.match(sentence.text)
        if head is None:
            return None
        word = head.group(1).lower()
        page = self.page_regulation()
        return page if page is not None and self.labels.get(page, "").lower().split()[-1:] == [word] else None

    def _regulation_by_its_head(self, heading: str) -> str | None:
        """"What the ordinance requires" on a page that names one ordinance (the Personal Data (Privacy) Ordinance):
        the instrument a heading names by the head word of its name."""
        head = _HEAD_NAMED.search(heading)
        if head is None:
            return None
        word = head.group(1).lower()
        named = {slug for slug, label in self.labels.items() if self.is_a(slug, _BINDING_INSTRUMENTS)
                 and label.lower().split()[-1:] == [word]}
        return named.pop() if len(named) == 1 else None

    def page_regulation(self) -> str | None:
        """The instrument the page is about: the one its title names, else the one its first paragraph names first."""
        return self._regulation_named(self.extraction.document.title) or self._lead_regulation()

    def advisory_page(self) -> bool:
        """The page is about an instrument that binds no one: a code of conduct, a recommendation, a framework."""
        page = self.page_regulation()
        assert self.rules.duties is not None  # load_rules sets them
        return page is not None and (self.is_a(page, frozenset({"CodeOfPractice", "Framework"}))
                                     or bool(self.rules.duties.advisory_instrument.search(self.labels.get(page, ""))))

    def _lead_regulation(self) -> str | None:
        """The regulation the page's first paragraph names first ("Resolution No. 23,732/2024 is a binding
        regulation of ..."): an encyclopedia page opens with its subject."""
        named = self._regulations_in(self.opening.start, self.opening.end) if self.opening is not None else []
        return named[0] if named else None

    def _lead_regulation_titled_loosely(self) -> str | None:
        """The lead's instrument when the title names it in other words, after the name of whose it is ("Singapore's
        Advisory Guidelines on Personal Data in AI Systems" for "the Advisory Guidelines on Use of Personal Data in
        AI Recommendation and Decision Systems", "NIST AI Risk Management Framework" for "the Artificial
        Intelligence Risk Management Framework"): nearly every word of the title is in its name."""
        lead = self._lead_regulation()
        if lead is None:
            return None
        title = _AI_IN_FULL.sub("artificial intelligence", self.extraction.document.title)
        title_words = set(_title_words(_OWNER_BEFORE.sub("", title)))  # ("Hong Kong's ...": whose it is)
        named = set(_title_words(_AI_IN_FULL.sub("artificial intelligence", self.labels.get(lead, ""))))
        return lead if len(title_words) >= 3 and len(title_words - named) <= 1 \
            or len(named) >= 4 and named <= title_words else None  # ("Australia's Online Safety Standard for
        # Designated Internet Services" for "the Designated Internet Services Standard": each word of its name)

    def _lead_instrument_titled(self) -> str | None:
        """The lead's first instrument when the title is one of its spellings, whatever kind it is ("OECD AI
        Principles" for "the Recommendation of the Council on Artificial Intelligence, widely known as the OECD AI
        Principles"): the page's subject, not a law it mentions later."""
        lead = self._lead_regulation()
        title = self.extraction.document.title
        spellings = [f.value for f in self.extraction.facts if f.subject == lead and isinstance(f.value, str)
                     and f.predicate in ("rdfs:label", "skos:altLabel")]
        spellings += self.spellings_of(lead)
        return lead if lead is not None and any(len(name) > 3 and _says_words(title, name) for name in spellings) \
            else None

    def _regulations_in(self, start: int, end: int) -> list[str]:
        """The regulations named between two offsets, in the order they are first named; not one named only to
        describe something else ("the agencies listed in the Chief Financial Officers Act")."""
        named = sorted((f.evidence.start + max(f.evidence.text.find(self.labels.get(f.subject, "")), 0), f.subject)
                       for f in self.extraction.facts if f.predicate == "fm:mentionedIn"
                       and start <= f.evidence.start <= end and self.is_a(f.subject, _INSTRUMENTS)
                       and not self.only_referred_to(f.subject, f.evidence))  # (two in one sentence: as written)
        named += self._instruments_by_code(start, end)
        return list(dict.fromkeys(subject for _, subject in sorted(named)))

    def _instruments_by_code(self, start: int, end: int) -> list[tuple[int, str]]:
        """Instruments named by their code alone between two offsets ("Under M-25-21 every agency had to ..."),
        which no rule matches as a name."""
        text = self.extraction.document.text[start:end]
        return [(start + m.start(), slug) for code, slug in self.spellings.items()
                if _CODE.fullmatch(code) and self.is_a(slug, _INSTRUMENTS)
                for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)]

    def only_referred_to(self, slug: str, evidence: Span) -> bool:
        """The sentence names the regulation only as one another rests on, amends or is compared with (by any of
        its spellings: "unlawful under the IT Rules")."""
        spellings = [self.labels.get(slug, ""), *(str(f.value) for f in self.extraction.facts
                                                  if f.subject == slug and f.predicate == "skos:altLabel")]
        found = [at for at in (evidence.text.find(s) for s in spellings if s) if at >= 0]
        if not found:  # "carry over the Act's ordinary duties": named by its head word
            called = re.search(rf"\b[Tt]he\s+(?P<head>{self.rules.instrument_head.pattern})\b", evidence.text)
            found = [called.start("head")] if called else []
        return bool(found) and min(found) > 0 and _REFERRED_TO.search(evidence.text[:min(found)]) is not None

    def _regulation_named(self, heading: str) -> str | None:
        """The regulation whose label or other spelling a heading contains (the longest such spelling), or whose
        name the heading opens ("Hiroshima Process International Code of Conduct" for "... Code of Conduct for
        Organizations Developing Advanced AI Systems")."""
        opening = heading.strip().lower() if len(heading.split()) >= 3 else None
        spelled = [(fact.value, fact.subject) for fact in self.extraction.facts
                   if fact.predicate in ("rdfs:label", "skos:altLabel") and isinstance(fact.value, str)]
        spelled += [(name, slug) for name, slug in self.spellings.items() if slug != slugify(name)]  # "X, usually
        # called HTI-1, ...": another spelling of a law, which no sentence may use alone
        named = [(len(name), slug) for name, slug in spelled
                 if len(name) > 3 and (_says_words(heading, name)
                                       or opening is not None and name.lower().startswith(opening + " "))
                 and self.is_a(slug, _BINDING_INSTRUMENTS)]  # (a heading "The Unbiased AI Principles"
        return max(named)[1] if named else None  # names what an order requires, not what imposes the duties)

    def architectures(self, phrase: str) -> list[str]:
        return self.rules.architectures(phrase)

    def access(self, phrase: str) -> str | None:
        return self.rules.access(phrase)

    def domain(self, phrase: str) -> str | None:
        return self.rules.domain(phrase)

    def default_subject(self, cls: str, at: int | None = None) -> str | None:
        """What a sentence (at offset ``at``) that names no subject of ``cls`` speaks of: for a regulation, the
        one the document speaks of there."""
        if cls in ("Regulation", "GovernanceInstrument"):
            return self.regulation(at)
        return _only_model_named(self.extraction.document.title, self) if cls in MODEL_CLASSES else None

    def law_called(self, head: str, at: int) -> str | None:
        """"the regulation", "the act" at offset ``at``: the page's own law when its name holds the word, else the
        last law named before whose name does, else the one the document speaks of there."""
        titled = self._titled_regulation()
        holds = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        if titled and any(holds.search(name) for name in [self.labels.get(titled, ""), *self.spellings_of(titled)]):
            return titled
        return self._instrument_called(head, at) or self.regulation(at)

    def obligation(self, label: str, role: Role, evidence: Span, *, rule: str, section: str = "") -> str | None:
        """A duty the document's regulation imposes on ``role``; its IRI is scoped by the regulation's (not by its
        label: "Law 25" for the Act to modernize ...)."""
        instrument = self.regulation(before=evidence.start)
        if instrument is None or len(label) < 3:
            return None
        cls = "SystemicRiskObligation" if role.systemic else "Obligation"
        previous, self.rule = self.rule, rule
        try:
            slug = self.entity(f"{instrument} {label}", cls, evidence)
            _relabel(self, slug, label[0].upper() + label[1:])
            self.relate(instrument, "fm:imposesObligation", slug, evidence)
            if role.label:  # (a duty a list states whose bearers the page names elsewhere has none here)
                bearer = self.entity(self._role_named_before(role.label), "RegulatedRole", evidence)
                self.relate(slug, "fm:obligationBearer", bearer, evidence)
            if role.systemic:
                risk = self.entity(self.rules.systemic_risk_label, "Risk", evidence)
                self.relate(instrument, "fm:addressesRisk", risk, evidence)
        finally:
            self.rule = previous
        self.duties_by_section.setdefault(section, []).append(slug)
        self.duty_sections.setdefault(slug, section)
        return slug

    def _role_named_before(self, label: str) -> str:
        """"Institutions are obliged to ..." after "A supervised institution that uses AI must:": the one role
        named before whose last word the bare word is, so that one bearer is not split into two."""
        if " " in label or label in _BARE_ROLE_WORDS:
            return label
        named = {self.labels[slug] for slug, classes in self.classes.items()
                 if "RegulatedRole" in classes and slug in self.labels}
        fitting = [n for n in named if n.lower().endswith(f" {label.lower()}") and n[:1].islower()
                   and all(w.isalpha() and w.islower() for w in n.split()[:-1])]  # ("supervised institution")
        return fitting[0] if len(fitting) == 1 and label.lower() not in {n.lower() for n in named} else label

    def role_named(self, role: Role, evidence: Span) -> None:
        """A role the page's regulation reaches, named without a duty of its own ("Importers are covered too")."""
        if role.label and role.label not in _BARE_ROLE_WORDS and self.page_regulation() is not None:
            previous, self.rule = self.rule, "role-named"
            try:
                self.entity(role.label, "RegulatedRole", evidence)
            finally:
                self.rule = previous

    def applies_from(self, date: str, section: str, evidence: Span, *, rule: str, about_duties: bool = True,
                     every_section: bool = False, named: str = "", bearer: str = "", whole_page: bool = False,
                     instrument: str = "") -> None:
        """"These obligations apply from 2 August 2025": the duties stated since the last such sentence of the
        section (of every section: "All of these duties ..."); said before any, the date of the regulation's
        duties to come (and of the regulation itself when the sentence is about it). "The obligations for
        developers apply from ...": the duties of that ``bearer``, wherever stated. ``whole_page``: the date of
        the part of the law the page is about, so of the duties not yet dated in every section, and of those to
        come (not of the law itself)."""
        if bearer and self._bearer_applies_from(bearer, date, evidence, rule):
            return
        if instrument:  # "... under the X Act, which took effect on ...": that instrument's date, when it is one
            law = self.resolve(instrument)
            if law is not None and self.is_a(law, _INSTRUMENTS):
                self.value(law, "fm:appliesFrom", date, "date", evidence, rule=rule)
            return
        regulation = self._regulation_opening(evidence) or self._regulation_by_its_subject(evidence) \
            or self.regulation(evidence.start)
        if whole_page and not named and regulation:
            own = {str(f.value) for f in self.extraction.facts
                   if f.predicate == "fm:imposesObligation" and f.subject == regulation}  # (not another law's)
            for duties in self.duties_by_section.values():
                for slug in [d for d in duties if d in own]:
                    duties.remove(slug)
                    self.value(slug, "fm:appliesFrom", date, "date", evidence, rule=rule)
            self.default_dates.setdefault(regulation, (date, evidence, rule))
            return
        pending = self.duties_by_section.pop(section, None)
        if named:  # "The reporting duty applies from ...": the one the words name (in this section, else in any);
            # the others wait for their own date
            stem = named[:5].lower()
            pending = pending or []
            self.duties_by_section[section] = [d for d in pending if stem not in self.labels[d].lower()]
            pending = [d for d in pending if stem in self.labels[d].lower()] or [
                str(f.value) for f in self.extraction.facts if f.predicate == "fm:imposesObligation"
                and stem in self.labels.get(str(f.value), "").lower()]
        if every_section:
            pending = [*(pending or []), *(slug for duties in self.duties_by_section.values() for slug in duties)]
            self.duties_by_section.clear()
        tier = self._tier_at(evidence)
        if pending and regulation and not about_duties and not any(
                f.predicate == "fm:imposesObligation" and f.subject == regulation and f.value in pending
                for f in self.extraction.facts):  # "A separate law, House Bill 452, ... took effect in May 2025":
            self.duties_by_section[section] = pending  # that law's date, not the one of the duties said before
            pending = None
        if pending:
            targets = pending
        elif tier is not None:  # "Unacceptable risk — ... These prohibitions apply from 2 February 2025."
            targets = [tier]
        elif regulation and about_duties:  # the first such date: "These certificate rules apply from ...", in a
            self.default_dates.setdefault(regulation, (date, evidence, rule))  # later section, dates no other
            self.section_dates.setdefault(section, (date, evidence, rule))  # "... have applied since 17 March
            # 2025. Providers ... must:": the duties the section goes on to state, whatever a later section says
            targets = []
        elif regulation:
            targets = [regulation]
        else:
            targets = []
        if every_section and regulation and not any(f.subject == regulation and f.predicate == "fm:appliesFrom"
                                                    for f in self.extraction.facts):
            targets.append(regulation)  # "All of these duties apply from ...": so does the law, if nothing else said
        for slug in dict.fromkeys(targets):
            self.value(slug, "fm:appliesFrom", date, "date", evidence, rule=rule)

    def _bearer_applies_from(self, bearer: str, date: str, evidence: Span, rule: str) -> bool:
        """The duties of ``bearer`` apply from ``date``; False when the page gave that bearer none."""
        role = slugify(bearer)
        duties = {f.subject for f in self.extraction.facts if f.predicate == "fm:obligationBearer"
                  and (str(f.value) == role or str(f.value).startswith(f"{role}-"))}
        for section, pending in self.duties_by_section.items():
            self.duties_by_section[section] = [d for d in pending if d not in duties]
        for duty in sorted(duties):
            self.value(duty, "fm:appliesFrom", date, "date", evidence, rule=rule)
        return bool(duties)

    def _tier_at(self, evidence: Span) -> str | None:
        """The risk tier the list item holding ``evidence`` defines, if it defines one."""
        block = self.extraction.document.block_at(evidence.start)
        if block is None or block.kind not in ("bullet", "item"):
            return None
        return next((str(f.value) for f in self.extraction.facts if f.predicate == "fm:definesRiskTier"
                     and block.line.start <= f.evidence.start < block.line.end), None)

    def dated(self, duty: str, date: str, evidence: Span, *, rule: str) -> None:
        """A duty its own sentence dates ("Since 2 February 2025, providers must ..."): that date, not one a
        later sentence of its section gives the duties stated before it."""
        for pending in self.duties_by_section.values():
            while duty in pending:
                pending.remove(duty)
        self.value(duty, "fm:appliesFrom", date, "date", evidence, rule=rule)

    def date_undated_duties(self) -> None:
        """Duties no sentence dated take the date their regulation's duties were said to apply from, else the
        date the regulation itself took effect (a law's duties bind from then unless it says otherwise)."""
        dated = {f.subject for f in self.extraction.facts if f.predicate == "fm:appliesFrom"}
        in_effect = {f.subject: (str(f.value), f.evidence, "duty-applies-with-regulation")
                     for f in reversed(self.extraction.facts) if f.predicate == "fm:appliesFrom"}
        for fact in list(self.extraction.facts):
            undated = fact.predicate == "fm:imposesObligation" and fact.value not in dated
            default = self.section_dates.get(self.duty_sections.get(str(fact.value), "")) \
                or self.default_dates.get(fact.subject) or in_effect.get(fact.subject)
            if undated and default is not None:
                duty = str(fact.value)  # an fm:imposesObligation fact's value is the duty's slug
                date, evidence, rule = default
                self.value(duty, "fm:appliesFrom", date, "date", evidence, rule=rule)
                dated.add(duty)

    def spelled_alike(self, name: str, other: str) -> None:
        """``other`` is another spelling of ``name``'s entity: the one ``name`` already stands for, else a new one."""
        slug = self.resolve(name) or slugify(name)
        self.spellings.setdefault(name, slug)
        self.spellings.setdefault(other, slug)

    def spellings_of(self, slug: str | None) -> list[str]:
        """Every spelling of an entity the page gives ("ILSP" for the Institute for Language and Speech Processing)."""
        return [name for name, target in self.spellings.items() if target == slug]

    def resolve(self, name: str) -> str | None:
        """The slug a spelling denotes: one this document uses, or a lexicon entry's."""
        name = _clean_name(name)
        entry = self.rules.lookup(name)
        body = self._body_by_its_head(name)
        return self.spellings.get(name) or (entry.slug if entry else None) or self._without_brand(name) \
            or (body[0] if body else None) or self._model_by_its_tail(name)

    def _model_by_its_tail(self, name: str) -> str | None:
        """"distilled distil-large-v3 from large-v3" after "Whisper large-v3": the one model this page named whose
        name ends with these lower-case versioned words (its family's name left out)."""
        if _VERSION_ALONE.fullmatch(name):  # "Phind released v1 in August 2023 ...; v2, fine-tuned from v1, ...":
            ending = re.compile(rf"[-\s]{re.escape(name)}$", re.IGNORECASE)  # the one model whose name ends so
        elif _LOWER_VERSIONED.fullmatch(name):
            ending = re.compile(rf" {re.escape(name)}$")
        else:
            return None
        found = {slug for label, slug in self.spellings.items()
                 if ending.search(label) and self.group_of(slug) == "model"}
        return found.pop() if len(found) == 1 else None

    def _body_by_its_head(self, name: str) -> tuple[str, str] | None:
        """"the Commission" after "the European Commission", "the Council" after "the Council of the European
        Union": the one organization this page named whose name has that body's word as its head (slug, label)."""
        if name not in _BODY_HEADS:
            return None
        found = {slug: self.labels.get(slug, label) for label, slug in self.spellings.items()
                 if (label.endswith(f" {name}") or label.startswith(f"{name} of "))
                 and self.group_of(slug) == "organization"}
        for slug, label in self._lexicon_bodies_named(name).items():
            found.setdefault(slug, label)
        if len(found) > 1:  # "the European Commission ... the International Electrotechnical Commission (IEC) ...
            text = self.extraction.document.text  # the Commission": not the body the page calls by its short form
            found = {slug: label for slug, label in found.items()
                     if not re.search(rf"{re.escape(label)}\s+\([A-Z][A-Za-z]*[A-Z]\)", text)}
        return next(iter(found.items())) if len(found) == 1 else None

    def _lexicon_bodies_named(self, head: str) -> dict[str, str]:
        """The lexicon's bodies with that head word that the page names in full (slug -> label), read from its
        text once per head word."""
        if head in self.bodies_named:
            return self.bodies_named[head]
        bodies: dict[str, str] = self.bodies_named.setdefault(head, {})
        for full in re.findall(rf"\b((?:[A-Z][\w'’-]+ ){{1,4}}{head}\b|{head} of (?:the )?(?:[A-Z][\w'’-]+ ?){{1,4}})",
                               self.extraction.document.text):
            words = full.split()
            for start in range(len(words) - 1):  # "The European Commission": "European Commission"
                entry = self.rules.lookup(" ".join(words[start:]))
                if entry is not None and entry.cls in ORGANIZATION_CLASSES:
                    bodies.setdefault(entry.slug, entry.label)
                    break
            else:  # "The European Parliament wrote ... The Parliament approved": a body its own words make one
                named = " ".join(words[1:] if words[0] in ("The", "the") else words)
                if named != head and self.rules.organization_class(named) in ORGANIZATION_CLASSES:
                    bodies.setdefault(slugify(named), named)
        return bodies

    def _without_brand(self, name: str) -> str | None:
        """"Arctic" after "Snowflake Arctic": the one model whose name is an organization's name before this one
        (the page drops the maker's brand once it has said it)."""
        if not name[:1].isupper() or name in self.spellings:
            return None
        found = {slug for label, slug in self.spellings.items() if label.endswith(f" {name}")
                 and self.group_of(slug) == "model"
                 and self.group_of(self.spellings.get(label[:-len(name) - 1], "")) == "organization"}
        return found.pop() if len(found) == 1 else None

    def _shortened_name(self, name: str) -> str | None:
        """"Moonshot" after "Moonshot AI", "K2" after "Kimi K2": the one organization named so with a company
        word after it, or the one model whose name ends so (a version named without its brand)."""
        if not name:
            return None
        if " " in name and not any(c.isdigit() for c in name):  # "Du Xiaoman" after "Du Xiaoman Financial"
            found = {slug for label, slug in self.spellings.items() if _with_company_word(name, label)
                     and self.group_of(slug) == "organization"}
        elif any(c.isdigit() for c in name):  # "K2" after "Kimi K2", "M1" after "MiniMax-M1", "Flash-8B" after "Gemini
            # 1.5 Flash-8B" (not "Llama 3 8B" after "Dolphin 2.9 Llama 3 8B": a name of several words after another
            # name with a version of its own is another model, the base the first is named after)
            found = {slug for label, slug in self.spellings.items() if label.endswith((f" {name}", f"-{name}"))
                     and self.group_of(slug) == "model"
                     and not (" " in name and any(c.isdigit() for c in label[:-len(name)]))
                     and not self._said_before(name, label)}
        else:  # "Behemoth" after "Llama 4 Behemoth": a versioned model's last word; "Bedrock" after "Amazon
            found = {slug for label, slug in self.spellings.items() if _with_company_word(name, label)  # Bedrock"
                     and self.group_of(slug) == "organization"} \
                or {slug for label, slug in self.spellings.items() if label.endswith(f" {name}")
                    and any(c.isdigit() for c in label) and self.group_of(slug) == "model"} \
                or {slug for label, slug in self.spellings.items() if label.endswith(f" {name}")
                    and self.group_of(slug) == "platform"}
        return found.pop() if len(found) == 1 else None

    def _said_before(self, name: str, label: str) -> bool:
        """The page gives ``name`` on its own before the longer ``label`` that ends with it: "Tülu 2" in a heading
        and a sentence, then "Code Tülu 2, a variant": its own model, no short form (which follows the full name)."""
        text = self.extraction.document.text
        first_label = text.find(label)
        alone = next((m.start() for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-]|\.\d)", text)
                      if not text[:m.start()].endswith(label[:-len(name)])), -1)
        return 0 <= alone < first_label

    def group_of(self, slug: str) -> str | None:
        classes: Set[str | None] = self.classes.get(slug) or {self.rules.lexicon_classes.get(slug)}
        return next((group for group, members in GROUPS.items() if classes & members), None)

    def organization_class(self, name: str) -> str | None:
        return self.rules.organization_class(name)

    def has_value(self, slug: str, predicate: str) -> bool:
        """Whether the single-valued ``predicate`` of ``slug`` is already stated."""
        return (slug, predicate) in self.single_values

    def kind_class(self, phrase: str) -> str | None:
        return self.rules.kind_class(phrase)

    def begins_a_model(self, name: str) -> bool:
        """Does a model the page named have a name that begins with ``name`` ("Ruri" of "Ruri-large")?"""
        opening = re.compile(rf"{re.escape(name)}[\s-]\S")
        begun = {self.group_of(slug) for slug, label in self.labels.items() if opening.match(label)}
        return "model" in begun and "organization" not in begun  # (not "Skywork" of "Skywork AI" and "Skywork-R1V":
        # a maker's short name, which its models' names begin with too)

    def is_weight_hub(self, name: str) -> bool:
        """A hub anyone downloads weights from ("Hugging Face"), a platform even where it makes models too."""
        return slugify(name) in self.rules.weight_hubs

    def names_a_region(self, name: str) -> bool:
        """A country, a state or a people's word: no city, and so no seat."""
        return _no_city(name, self.rules)

    def admissible(self, name: str, cls: str) -> bool:
        """May ``name`` be (or become) an entity of class ``cls``? Not a generic phrase, not a name of
        another group, and a model's name does not end like an instrument's or an organization's."""
        name = _clean_name(name)
        if _A_LAWS_PART.match(name):  # "the information listed in Articles 13 and 14": a part of a law, no entity
            return False
        if name in self.rules.languages or name in ("The", "A", "An"):
            return False  # "a Kazakh model": a language's word, no name; "- The second, X, ...": an article alone
        if not name or name in self.rules.not_entities or name.split()[0] in self.rules.not_names \
                and not (name.split()[0] in self.rules.person_titles and cls in ORGANIZATION_CLASSES
                         and _INSTITUTION_WORD.search(name)) \
                and not (cls in ORGANIZATION_CLASSES and len(name.split()) > 2  # "King Abdullah University of
                         and (self.rules.organization_class(name)  # ...", "All Hands AI": a company's own name
                              or _COMPANY_WORDS.fullmatch(name.split()[-1]))):
            return False
        if _names_a_date(name) or _titled_person(name, self.rules.person_titles):
            return False
        if name in self.surnames and cls in ORGANIZATION_CLASSES and not self.resolve(name):  # "Frank Hutter's
            return False  # group ... Hollmann, Müller and Hutter described it": a person by their surname
        group = class_group(cls)
        known = self.resolve(name)
        known_group = self.group_of(known) if known else None
        if known_group and group and known_group != group \
                and not (group == "platform" and known in self.rules.weight_hubs):  # (Hugging Face makes models too)
            return False
        modalities = self.rules.modality_rules.words if self.rules.modality_rules is not None else {}
        if group == "model" and known_group is None and name.lower() in modalities:
            return False  # "Tencent's 3D work": a modality's word, whatever comes before it
        if group == "organization" and SIZE_AT_END.fullmatch(re.split(r"[\s-]", name)[-1]):
            return False  # "Llama 3.1 8B", "TeleChat-7B": a size ends a model's name, never an organization's
        if group == "organization" and known_group is None and is_spdx_licence(name):
            return False  # "- X — Orel AI; 2023; open weights; MIT License": a licence, no developer
        if group == "model" and _A_LAWS_PART.match(name):
            return False  # "Article 2 defines text and data mining as ...": a part of a law, no model
        if group == "model" and known_group is None and _ONE_WORD.fullmatch(name) and NATIONALITY.search(name):
            return False  # "to build South Korean foundation models": whose models, not which
        if cls == "Place" and known_group is None and "/" in name:
            return False  # "University of the Basque Country (UPV/EHU)": two short names, no city
        if group == "model" and known_group is None:
            return name.split()[-1] not in self.rules.not_model_heads and not self.rules.organization_class(name) \
                and not is_spdx_licence(name)  # "a licence based on Apache 2.0": no model
        return True

    def known(self, name: str) -> str | None:
        name = _clean_name(name)
        entry = self.rules.lookup(name)
        return self.spellings.get(name) or (entry.slug if entry and entry.slug in self.labels else None)


_LOWER_VERSIONED = re.compile(r"[a-z]+(?:-[a-z]*\d[\w.]*)+")  # "large-v3", "base-v2"
_VERSION_ALONE = re.compile(r"[vV]\d+(?:\.\d+)*")  # "v2", "V1.5"


def _spelled_out_entries(text: str, rules: Rules) -> list[tuple[str, str]]:
    """(short, full) for each lexicon entry known by an acronym ("NIST") whose name the text spells out in full."""
    return [(entry.label, full) for entry in rules.lexicon if re.fullmatch(r"[A-Z]{2,6}", entry.label)
            for full in entry.aliases if len(full.split()) > 1 and full in text
            and "".join(w[0] for w in full.split() if w[0].isupper()) == entry.label]


def _aliases_written_alone(text: str, rules: Rules) -> list[str]:
    """The aliases of ``as_written`` lexicon entries that the text writes while never writing the entry's label."""
    return [alias for entry in rules.lexicon if entry.as_written and entry.label.lower() not in text.lower()
            for alias in entry.aliases if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text)]


def _is_spelling(name: str, entry: LexiconEntry | None) -> bool:
    # A list alias ("prompts" for prompt engineering) is a way of speaking, not another name.
    return entry is None or name not in entry.list_aliases


# "South Korean", "Japanese": one word, a compass point before it at most (what ``NATIONALITY`` is tried on)
_ONE_WORD = re.compile(r"(?:(?:North|South|East|West|Central)\s)?[A-Z][a-z]+")


def _says_words(text: str, name: str) -> bool:
    """Does ``text`` hold ``name`` as whole words, in any case ("AI Act" is not in "Principles for AI actors")?"""
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text.lower()) is not None


# "Hong Kong's Model Personal Data Protection Framework for AI": the owner a title names before an instrument
_OWNER_BEFORE = re.compile(r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['’]s\s+")


def _title_words(text: str) -> list[str]:
    """The words of a title that name something: not "of", "the", "on", nor a possessive's "'s"."""
    return [w for w in re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", text.lower())) if w not in _LINK_WORDS]


_LINK_WORDS = frozenset({"of", "the", "on", "in", "for", "and", "to", "a", "an", "by", "with"})
_AI_IN_FULL = re.compile(r"\bAI\b")  # "NIST AI Risk Management Framework" titles the Artificial Intelligence RMF


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" \t,;:.\"'“”")
    name = _DIRECTIVE_OF_A_YEAR.sub("", name)  # "the Machinery Directive of 2006": the Machinery Directive
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)


# A directive is named by its subject; the year after it says when it was adopted (the gold names all five so)
_DIRECTIVE_OF_A_YEAR = re.compile(r"(?<=\bDirective) of (?:19|20)\d\d$")


def _sentences(document: SourceDocument, blocks: list[Block] | None = None) -> Iterator[tuple[Block, Span]]:
    for block in blocks if blocks is not None else document.blocks:
        if block.kind != "heading":
            for sentence in sentences(block.body if block.kind == "item" and block.body else block.line):
                yield block, sentence


# Countries that are cities too, and states or provinces named like a city: a seat may be named by them
_CITY_STATES = frozenset({"Singapore", "Hong Kong", "Monaco", "Luxembourg", "Macau", "Vatican City", "San Marino"})
_CITIES_NAMED_AS_STATES = frozenset({"New Brunswick", "Quebec"})  # New Brunswick, New Jersey; Quebec City


# Parts of the world, which are no seat either ("the first research centre that Google set up in Africa")
_CONTINENTS = frozenset({"Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Oceania",
                         "Antarctica", "the Middle East", "Middle East", "Southeast Asia", "East Asia", "East Africa",
                         "West Africa", "Sub-Saharan Africa", "the Gulf"})


def _no_city(place: str, rules: Rules) -> bool:
    """"the UAE company Inception", "an Arizona company", "a Ugandan non-profit": a country, a state or a people's
    word names no seat (a seat is a city)."""
    return (place in rules.countries and place not in _CITY_STATES) or place in _CONTINENTS \
        or place in rules.subdivisions and place not in _CITIES_NAMED_AS_STATES \
        or re.fullmatch(r"(?:[A-Z][a-z]+[- ])?[A-Z][a-z]+", place) is not None and (  # (not "McLean")
            NATIONALITY.search(place) is not None or re.search(r"(?:ndan|ican)$", place) is not None)


def _stated_seats(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"SAP was founded in Weinheim in 1972 and has its headquarters in nearby Walldorf": where a sentence states an
    organization's seat, the place it was founded in is no seat of it (a founding place is read as the seat only
    when nothing else says where the organization is); nor is a country or a state ("an Arizona company")."""
    seats = [f for f in rec.extraction.facts if f.predicate == "fm:headquarters"]
    stated = {(f.subject, str(f.value)) for f in seats if "found" not in f.rule}
    founded_only = {(f.subject, str(f.value)) for f in seats if "found" in f.rule} - stated
    seated = {org for org, _ in stated}
    dropped = {(org, place) for org, place in founded_only if org in seated}
    dropped |= {(f.subject, str(f.value)) for f in seats if _no_city(rec.labels.get(str(f.value), ""), rules)}
    if dropped:  # (the place stays an entity of the page: "founded in Weinheim" names it)
        rec.extraction.facts = [f for f in rec.extraction.facts
                                if not (f.predicate == "fm:headquarters" and (f.subject, str(f.value)) in dropped)]


def _said_otherwise(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Unless an entry says otherwise, each model reads English text": what the lead said of every entry holds for
    an entry only where the entry says nothing of its own on it (an entry's "Input: speech" is its input)."""
    defaults = {sentence.start for sentence in _lead_defaults(document)}
    if not defaults:
        return
    said = {(f.subject, _OVERRIDDEN.get(f.predicate, f.predicate)) for f in rec.extraction.facts
            if f.evidence.start not in defaults}
    rec.extraction.facts = [f for f in rec.extraction.facts if f.evidence.start not in defaults
                            or f.predicate not in _OVERRIDDEN
                            or (f.subject, _OVERRIDDEN[f.predicate]) not in said]


# What an entry may say otherwise, and what it then overrides: its developers, licence, access, modalities, date
_OVERRIDDEN = {"fm:developedBy": "fm:developedBy", "fm:license": "fm:license", "fm:accessLevel": "fm:accessLevel",
               "fm:openWeights": "fm:accessLevel", "fm:inputModality": "fm:inputModality",
               "fm:outputModality": "fm:outputModality", "fm:hasModality": "fm:inputModality",
               "fm:releaseDate": "fm:releaseDate", "fm:contextWindow": "fm:contextWindow"}


def _closed_then_reached_through_an_api(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"None of Ideogram's models has been released with its weights. ... businesses reach them through its paid
    API": models whose weights a sentence withholds, which the next sentence of its paragraph says are reached through
    an API, are offered through that API (the closed models of the sentence before)."""
    closed = [f for f in rec.extraction.facts if f.predicate == "fm:accessLevel" and f.value == "ClosedAccess"]
    for block, sentence in _sentences(document):
        if not _REACHED_THROUGH_AN_API.search(sentence.text):
            continue
        before = [f for f in closed if block.line.start <= f.evidence.start  # the sentence just before, in its block
                  and f.evidence.end <= sentence.start and not document.text[f.evidence.end:sentence.start].strip()]
        for fact in before:
            rec.value(fact.subject, "fm:accessLevel", "APIOnlyAccess", "term", sentence,
                      rule="closed-then-reached-through-an-api")
    for fact in {f.subject: f for f in closed}.values():  # "It is offered only through Bedrock, and its weights
        # have not been published": a cloud service reaches it through an API
        served = next((f for f in rec.extraction.facts if f.predicate == "fm:availableOn" and f.subject == fact.subject
                       and rules.api_services.search(rec.labels.get(str(f.value), ""))), None)
        if served is not None:
            rec.value(fact.subject, "fm:accessLevel", "APIOnlyAccess", "term", served.evidence,
                      rule="closed-but-served-by-a-cloud-service")
    withheld = {fact.subject for fact in closed}
    labels: dict[str, set[str]] = {}  # each closed model's names
    for f in rec.extraction.facts:
        if f.predicate in ("rdfs:label", "skos:altLabel") and f.subject in withheld:
            labels.setdefault(f.subject, set()).add(str(f.value))
    for block, sentence in _sentences(document):
        if not _OFFERED_THROUGH_AN_API.search(sentence.text):
            continue  # "OpenAI ... released Codex through its API. ... Its weights were never published.": the model
        for fact in closed:  # named there, whose weights a later sentence of the paragraph withholds, is reached
            if sentence.end <= fact.evidence.start < block.line.end and any(  # through that API
                    re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", sentence.text)
                    for label in labels.get(fact.subject, ())):
                rec.value(fact.subject, "fm:accessLevel", "APIOnlyAccess", "term", sentence,
                          rule="offered-through-an-api-then-closed")


# "it released Codex through its API", "is offered via the company's API"
_OFFERED_THROUGH_AN_API = re.compile(r"\b(?:released|offered|launched|opened|made\s+available|available|sold|served)\s+"
                                     r"(?:[\w.,'’-]+\s+){0,6}(?:through|via)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                                     r"(?:[\w.'’-]+\s+){0,3}APIs?\b")
# "businesses reach them through its paid API", "developers can use it via the company's API"
_REACHED_THROUGH_AN_API = re.compile(r"\b(?:reach|use|access|call|query)(?:es|ed|s)?\s+(?:them|it)\s+(?:only\s+)?"
                                     r"(?:through|via)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}APIs?\b")


# --- Models from category lists ------------------------------------------------------------------------

def _category_lists(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    for block in document.blocks:
        cls = _item_category(block, rules)
        # "Law — SaulLM-7B (Equall).": a field's line lists models under any heading (a category's only under one of
        # models: "Danish Foundation Models — a project of ..." under "Denmark" is an entry)
        # "Music generation models — A (P), B (P) and C (P).": a category's line is one under any heading too
        field_line = cls is not None and block.term is not None and block.body is not None and (
            not rules.category_class(block.term.text) or _MODEL_LIST_SENTENCE.fullmatch(sentences(block.body)[0].text))
        made_list = block.kind == "paragraph" and _lists_made_models(block, rules)  # "BLINK (Facebook AI Research),
        # GENRE (...) and ReFinED (Amazon). All three ...": a paragraph that opens by listing models with their makers
        made_item = cls is None and _made_model_item(block, rules)  # "- LaMa (Samsung AI Center Moscow) — ..."
        if not rules.models_section.search(block.section) and not field_line and not made_list and not made_item:
            continue
        if block.kind == "bullet":
            _model_bullet(block, rules, rec)
        if block.kind == "paragraph":
            _paragraph_list(block, rules, rec, made_list)
        if block.kind != "item":
            continue
        assert block.term is not None and block.body is not None  # an item has both
        if cls is None:
            _model_item(block, rules, rec)
            continue
        body_sentences = sentences(block.body)
        models = _listed_models(body_sentences[0], cls, rules, rec, block)
        rec.listed[block.line.start] = models
        access = rules.access(block.term.text)  # "Code models with public weights — ..."
        if access:
            for model in models:
                rec.value(model, "fm:accessLevel", access, "term", block.line, rule="category-access")
        if rules.category_class(block.term.text) or rules.domain(block.term.text):
            _phrase_domain(block.term.text, models, block, rules, rec, "category-domain")  # "Robot models — ..."
        elif re.fullmatch(r"[A-Z][a-z]+(?:[ -][a-z]+)*", block.term.text) \
                and not re.search(r"[a-z](?:er|or)s$|\bmodels?$", block.term.text):  # "Law — SaulLM-7B (Equall).":
            # its field (not "Visual tokenizers", "Object detectors", "Background removal models": what the models
            # are, not their field)
            field = rules.domain_names.get(block.term.text.lower(), block.term.text.lower())
            target = rec.entity(field, "ApplicationDomain", block.line, rule="category-field")
            for model in models:
                rec.relate(model, "fm:applicationDomain", target, block.line, rule="category-field")
        _modalities(body_sentences, models, rules, rec)
        _directed_modalities(block.term.text, models, block.line, rules, rec)


def _directed_modalities(term: str, models: list[str], evidence: Span, rules: Rules, rec: _Recorder) -> None:
    """"Image-to-video models — A (P), B (Q)": what each listed model takes in and what it gives out, read as a
    sentence reads "an image-to-video model"."""
    assert rules.modality_rules is not None  # load_rules sets them
    for direction, modality in (pair for word in term.split() for pair in to_modalities(word, rules.modality_rules)):
        slug = rec.entity(modality, "Modality", evidence, rule="category-direction")
        for model in models:
            rec.relate(model, f"fm:{direction}Modality", slug, evidence, rule="category-direction")


# "A (Maker), B (Maker and Maker) and C (Maker).": a sentence that only lists models with their makers
# (a name may open in lower case before a capital, "kNN-VC", and have a short form after "or": "Retrieval-based
# Voice Conversion, or RVC (...)")
_LISTED_NAME = r"(?:[A-Z]|[a-z]{1,4}(?=[A-Z0-9-]))(?:[^(),.;]|\.(?=\d)){0,40}(?:,\s+or\s+[A-Z][\w.-]*\s)?"
_LISTED_NAMES = rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*"  # "FermiNet, Psiformer and DM21 (DeepMind)": one maker
_MODEL_LIST_SENTENCE = re.compile(rf"(?:{_LISTED_NAMES}\([^()]{{2,120}}\)(?:,\s+(?:and\s+)?|\s+and\s+))+"
                                  rf"{_LISTED_NAME}\([^()]{{2,120}}\)\.")  # ("Hunyuan3D 2.0 (Tencent)")
# "SaulLM-7B (Equall).", "XuanYuan 2.0 (Du Xiaoman Financial), a Chinese chat model ...": one model and its maker
_MADE_MODEL = re.compile(r"[A-Z](?:[^(),.;]|\.(?=\d)){0,40}\((?P<paren>[^()]{2,80})\)(?:\.\Z|,\s+(?:an?|the)\s)")


def _item_category(block: Block, rules: Rules) -> str | None:
    """The model class an item's term lists: "Code models — A (P), B (Q)", or, under any heading, a field whose
    line opens by naming models with their makers ("Law — SaulLM-7B (Equall).", "Medicine — A (P) and B (P).");
    None for an item that is no category line."""
    if block.kind != "item" or block.term is None or not block.body:
        return None
    listed = rules.category_class(block.term.text)
    term = block.term.text
    if listed or re.search(r"\d", term) or rules.lookup(term) or rules.organization_class(term):
        return listed  # "Mistral AI — Mistral 7B (2023)": an organization's entry; "July 2023 — ...": a timeline's
    opening = sentences(block.body)[0].text
    single = _MADE_MODEL.match(opening)
    if _MODEL_LIST_SENTENCE.fullmatch(opening) or (single and not date_phrase(single.group("paren"))):
        return rules.category_class(block.section) or "FoundationModel"
    return None


def _without_label(sentence: Span) -> Span:
    """"Models: PhaseNet (Stanford University), ...": the list after a label that says what it lists."""
    label = _LIST_LABEL.match(sentence.text)
    return Span(sentence.start + label.end(), sentence.end, sentence.text[label.end():]) if label else sentence


# "Models:", "Notable models:", "Examples:": a label opening a list line
_LIST_LABEL = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Mm]odels|[Ee]xamples|[Mm]embers|[Ss]ystems):\s+")


def _lists_made_models(block: Block, rules: Rules) -> bool:
    """Does a paragraph open with "A (Maker), B (Maker) and C (Maker)." under whatever heading ("Entity linking"):
    no listed name an organization's ("Mistral AI (Paris), LightOn (Paris)" lists organizations), and some maker in
    parentheses named as an organization is?"""
    body = sentences(block.line)
    if not body or not _MODEL_LIST_SENTENCE.fullmatch(body[0].text):
        return False
    groups = [_split_group(group, rules) for group in _top_level_split(_without_label(body[0]).text)]
    names = [name for names_text, _, _ in groups for name in _names(names_text, rules)]
    makers = [maker for _, paren, _ in groups if paren for maker in _makers_in(paren)]
    return bool(names) and not any(_organization_class_of(name, rules) for name in names) \
        and any(_organization_class_of(maker, rules) for maker in makers)


def _made_model_item(block: Block, rules: Rules) -> bool:
    """Is an item, under whatever heading ("Program repair", "Proteins"), a model's with its maker in parentheses
    ("- RFdiffusion (University of Washington) — a diffusion model that ...")? Its parentheses name an organization,
    or its description calls it a model; its name is no organization's, nor does its description make it one
    ("- Orel Cloud (Orel) — the cloud arm of ...", "- M42 (Abu Dhabi, founded 2023)")."""
    if block.kind != "item" or block.term is None or not block.body:
        return False
    match = _NAME_AND_PARENTHESES.fullmatch(_without_short_name(block.term.text))
    if match is None or _FOUNDING.search(match.group("paren")) or _organization_class_of(match.group("name"), rules) \
            or _FOUNDING.search(block.body.text) or _AN_ORGANIZATION.match(block.body.text):
        return False
    makers = _makers_in(match.group("paren"))
    if any((entry := rules.lookup(maker)) is not None and entry.cls == "Place" for maker in makers):
        return False  # "- Tarn (Paris) — ...": where, not who
    return any(_organization_class_of(maker, rules) for maker in makers) \
        or _A_MODEL.match(sentences(block.body)[0].text) is not None \
        or (re.search(r"\d", match.group("name")) is not None and not date_phrase(match.group("paren")))  # "Chai-1"


def _makers_in(paren: str) -> list[str]:
    """"(MyShell, MIT and Tsinghua University)": the names a parenthesis lists."""
    return [part.strip() for part in re.split(r",|\band\b", paren) if part.strip()]


# "RFdiffusion (University of Washington)": an item's name and what its parentheses say
_NAME_AND_PARENTHESES = re.compile(r"(?P<name>[^()]+?)\s*\((?P<paren>[^()]+)\)")
# An item's description that makes it an organization's: "the cloud arm of ...", "a Seoul start-up that ..."
_AN_ORGANIZATION = re.compile(r"(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}?(?:company|start-?up|firm|lab|laboratory|"
                              r"institute|subsidiary|division|arm|unit|group|organi[sz]ation|centre|center|"
                              r"university|non-?profit|developer|maker|team|consortium|foundation(?!\s+models?))\b",
                              re.IGNORECASE)  # (not "a foundation model")
# An item's description that makes it a model's: "a diffusion model that ...", "an encoder-decoder transformer"
_A_MODEL = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:models?|LLM|transformer|network)\b|"
                      r"(?:described|released|published|presented|introduced|trained|fine-tuned|built|distilled)\s")


def _organization_class_of(name: str, rules: Rules) -> str | None:
    """The organization class a name has: the lexicon's, else the one its own words cue ("Quorvex Labs"); None for
    a name that is no organization's."""
    entry = rules.lookup(name)
    return entry.cls if entry is not None and entry.cls in ORGANIZATION_CLASSES else rules.organization_class(name)


def _paragraph_list(block: Block, rules: Rules, rec: _Recorder, made_list: bool) -> None:
    """A paragraph under a heading of a model category ("Information Extraction Models") that opens by listing
    "A (Maker), B (Maker) and C (Maker).": the category's models, as a "Category — A (Maker), ..." line gives (under
    another heading, models of no particular kind: ``made_list``, as ``_lists_made_models`` tells)."""
    cls = rules.category_class(block.section) or ("FoundationModel" if made_list else None)
    body = sentences(block.line)
    if cls is None or not body or not _MODEL_LIST_SENTENCE.fullmatch(body[0].text):
        return
    models = _listed_models(_without_label(body[0]), cls, rules, rec, block)
    rec.listed[block.line.start] = models
    _modalities(body, models, rules, rec)
    _directed_modalities(block.section, models, block.line, rules, rec)


def _listed_models(sentence: Span, cls: str, rules: Rules, rec: _Recorder, block: Block) -> list[str]:
    """Parse ``A and B (Provider), C (Alias, Provider), and D verb ...`` into models with their providers."""
    evidence = block.line if len(sentence.text) < 40 else sentence
    models: list[str] = []
    leading: list[str] | None = []  # "FermiNet, Psiformer and DM21 (DeepMind)": names before the list's first
    for group in _top_level_split(sentence.text):  # parentheses share them
        names_text, paren, complete = _split_group(group, rules)
        names = _names(names_text, rules)
        if group.startswith("or ") and len(names) == 1 and models:  # "the Forecasting System, or AIFS (ECMWF)"
            rec.alias(models[-1], names[0], evidence)
            slugs = models[-1:]
        else:
            slugs = [rec.entity(name, cls, evidence) for name in names]
            models += slugs
        if paren:
            _parenthetical(paren, [*(leading or []), *slugs], rules, rec, evidence)
            leading = None
        elif leading is not None:
            leading += slugs
        if not complete:
            break
    return models


_FOUNDING = re.compile(r"\b(?:founded|established|est\.|formed)\b", re.IGNORECASE)
_FOUNDED_IN_DETAILS = re.compile(r"\b(?:founded|established|est\.|formed|opened)\b", re.IGNORECASE)  # "(Astana, opened
# 2010)": a university opens
_OPENS_WITH_FOUNDING = re.compile(r"(?:co-?)?(?:founded|established|headquartered|incorporated)\s+(?:in|on|by|at)\b",
                                  re.IGNORECASE)


def _names_a_date(name: str) -> bool:
    """A date ("July 2025", "2023", "22 February 2024") names nothing; but "R1 1776" is a model's name, and "Data
    Protection Act 2018" a law's."""
    law = _LAW_BEFORE_ITS_YEAR.search(name) is not None
    return bool(release_date(name)) and not any(c.isalpha() for c in name.replace(" ", "")[-1:]) \
        and not re.search(r"[A-Za-z]\d|\d[A-Za-z]", name) and not law


# "Data Protection Act 2018", "Online Safety Act 2021": a law's name ends with its year (not "Vision 2030")
_LAW_BEFORE_ITS_YEAR = re.compile(r"\b(?:Act|Law|Regulation|Regulations|Directive|Decree|Ordinance|Bill|Code|Rules|"
                                  r"Measures|Order)\s+(?:of\s+)?\d{4}$")


def _model_item(block: Block, rules: Rules, rec: _Recorder) -> None:
    """``GPT-3 (OpenAI) — a 175-billion-parameter language model``: one model, its provider and definition (a name
    in lower case too: ``xlm-roberta-base-sentiment (Cardiff NLP) — ...``, as a model hub spells it)."""
    assert block.term is not None and block.body is not None  # an item has both
    match = _NAME_AND_PARENTHESES.fullmatch(_without_short_name(block.term.text))
    if not match or (_name_end(match.group("name"), rules) != len(match.group("name"))
                     and not _LOWER_CASE_NAME.fullmatch(match.group("name"))) \
            or _FOUNDING.search(match.group("paren")) or rules.organization_class(match.group("name")) \
            or _names_a_date(match.group("name")):
        return  # "- M42 (Abu Dhabi, founded 2023): a health company ...", "- Netherlands Organisation for Applied
        # Scientific Research (TNO) — ...": an organization's entry, even under "Clinical language models"; "- 2019
        # (company): X was founded": a timeline's entry
    kind = re.search(r"\b(?:an?|the)\s+(?P<kind>(?:[\w-]+\s+){0,4}?(?:model|LLM))\b", block.body.text)
    cls = ((rules.category_class(kind.group("kind") + "s") if kind else None)
           or rules.category_class(block.section) or "FoundationModel")
    names = _names(match.group("name"), rules)
    models = [rec.entity(name, cls, block.line) for name in names]
    _parenthetical(match.group("paren"), models, rules, rec, block.line)
    _section_domain(block, models, rules, rec)
    for model in models:
        rec.add(model, "skos:definition", _definition(block.body.text), "text", block.line)


def _section_domain(block: Block, models: list[str], rules: Rules, rec: _Recorder) -> None:
    """Models listed under "Medical models" or "Earth observation models" are of that application domain."""
    if models:
        _phrase_domain(block.section, models, block, rules, rec, "section-domain")


def _phrase_domain(phrase: str, models: list[str], block: Block, rules: Rules, rec: _Recorder, rule: str) -> None:
    """The application domain a category's or a heading's words state, given to the models listed there."""
    domain = rules.domain(phrase)
    if domain:
        target = rec.entity(domain, "ApplicationDomain", block.line, rule=rule)
        for model in models:
            rec.relate(model, "fm:applicationDomain", target, block.line, rule=rule)


def _model_bullet(block: Block, rules: Rules, rec: _Recorder) -> None:
    """``- GPT-5 (OpenAI)`` under a heading such as "Language models": a line that is names and nothing else, or a
    sentence about one that opens with it ("- ControlNet (Stanford University), released in February 2023, ...")."""
    groups = [_split_group(group, rules) for group in _top_level_split(block.line.text.rstrip("."))]
    if groups and all(groups[0][:2]) and not any(names for names, _, _ in groups[1:]):
        groups = [(groups[0][0], groups[0][1], True)]  # (not "- A (P), B and C are ...": names go on after it)
    if not groups or not all(complete and names for names, _, complete in groups):
        return  # "- Open-weight models are cheaper" is a sentence, not a list of names
    cls = rules.category_class(block.section) or "FoundationModel"
    for names_text, paren, _ in groups:
        slugs = [rec.entity(name, cls, block.line) for name in _names(names_text, rules)]
        if paren:
            _parenthetical(paren, slugs, rules, rec, block.line)
        _section_domain(block, slugs, rules, rec)


def _top_level_split(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    # "A (P) and B (Q)": a conjunction after a parenthesis starts another group.
    groups = [g for part in parts for g in re.split(r"(?<=\))\s+(?=(?:and|or)\s)", part)]
    return [g.strip() for g in groups if g.strip()]


def _split_group(group: str, rules: Rules) -> tuple[str, str, bool]:
    """``GPT-4 and GPT-4o (OpenAI)`` -> names text, parenthetical, and whether the list goes on after it."""
    group = re.sub(r"^(?:and|or)\s+", "", group)
    match = re.match(r"^(?P<names>[^()]*)(?:\((?P<paren>[^()]*)\))?(?P<rest>.*)$", group)
    assert match is not None  # each part of the pattern may be empty: it matches any one-line text
    names, paren, rest = match.group("names").strip(), match.group("paren") or "", match.group("rest").strip()
    joined = rules.provider_joiner.split(names, maxsplit=1)
    if not paren and len(joined) == 2 and _name_end(joined[1], rules):
        org_end = _name_end(joined[1], rules)  # "Aurora 4 by Helios Labs", "Iris from Altamira Labs segments ..."
        names, paren, rest = joined[0], joined[1][:org_end], (joined[1][org_end:] + " " + rest).strip()
    cut = len(names) if paren and _LOWER_CASE_NAME.fullmatch(names) else _name_end(names, rules)  # "x-vector (Johns
    # Hopkins University)": a name in lower case, which its maker in parentheses shows to be one
    complete = cut == len(names) and not rest
    return names[:cut], paren if cut == len(names) else "", complete


_LOWER_CASE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-.][A-Za-z0-9]+)+")


def _name_end(text: str, rules: Rules) -> int:
    """Where a run of names ends: at the first lower-case word that is neither a joiner nor inside a name, or at a
    comma."""
    end = 0
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if not (_is_name_word(word) or word in ("and", "or") or word in rules.name_inner_words):
            break
        end = match.end()
        if word.endswith(","):  # "Molmo-72B, the largest ...": the comma ends the name
            return end - 1
    return end


def _is_name_word(word: str) -> bool:
    """"ProGen2", "ESM-2", "xTrimoPGLM" (a lower-case first letter before a capital): a word of a name."""
    return bool(re.match(r"^(?:[A-Z0-9]|[a-z]{1,3}[A-Z])", word)) or bool(re.search(r"\d", word))


def _names(text: str, rules: Rules) -> list[str]:
    """``Gemini 1.5 and 2.0`` -> [Gemini 1.5, Gemini 2.0]."""
    names: list[str] = []
    for part in re.split(r"\s+(?:and|or|&)\s+", text):
        part = _clean_name(part)
        if not part or not (_is_name_word(part.split()[0]) or _LOWER_CASE_NAME.fullmatch(part)) \
                or part.split()[0] in rules.not_names \
                or re.search(r"['’]s$", part):  # "Sora, OpenAI's diffusion transformer": an owner, no model
            continue
        if names and rules.version.match(part):
            family = [w for w in names[-1].split() if not rules.version.match(w)]
            part = " ".join(family + [part])
        names.append(part)
    return names


def _parenthetical(paren: str, models: list[str], rules: Rules, rec: _Recorder, evidence: Span) -> None:
    """``(OpenAI)`` is the provider, ``(Segment Anything Model, Meta)`` an alias and the provider,
    ``(medical)`` the application domain, ``(EPFL, November 2023)`` the provider and the release date."""
    parts = [p.strip() for p in paren.split(",") if p.strip()]
    dates = [d for p in parts if (d := date_phrase(p))]
    if len(dates) == 1:
        for model in models:
            rec.value(model, "fm:releaseDate", dates[0], "date", evidence, rule="name-details")
    parts = _campus_names([p for p in parts if not date_phrase(p)], rules)
    described: dict[str, str] = {}  # "(Cardiff NLP, the natural language processing group of Cardiff University)":
    kept: list[str] = []  # the maker, then what it is
    for part in parts:
        if kept and re.match(r"(?:the|an?)\s+[a-z]", part):
            described[kept[-1]] = part
        else:
            kept.append(part)
    parts = kept
    # "(Unbabel, Instituto Superior Técnico and University of Edinburgh)": a list of makers, not an alias first
    makers_listed = len(parts) > 1 and (len(_coordinated_organizations(parts[-1], rules)) > 1  # (or a first
                                        or _organization_class_of(parts[0], rules) is not None)  # maker its own
    # words name: "(Brisport University, Varnland Institute of Technology)")
    for index, part in enumerate(parts):
        entry = rules.lookup(part)
        if part in described:
            org = rec.entity(part, "Provider", evidence)
            for model in models:
                rec.relate(model, "fm:developedBy", org, evidence)
            owner = _DESCRIBED_AS_PART_OF.search(described[part])
            if owner:
                rec.relate(org, "fm:parentOrganization", rec.entity(owner.group("owner"), "Organization", evidence),
                           evidence)
        elif re.match(r"(?:an?|the)\s+[a-z]", part):  # "(an open-source community project)": what made it, no name
            continue
        elif part[0].islower() and not re.match(r"the\s+[A-Z]", part):  # (not "the Chinese University of ...")
            domain = rules.domain_names.get(part.lower(), part.lower())
            slug = rec.entity(domain, "ApplicationDomain", evidence)
            for model in models:
                rec.relate(model, "fm:applicationDomain", slug, evidence)
        elif (entry and entry.cls in ORGANIZATION_CLASSES) or ((index == len(parts) - 1 or makers_listed)
                                                                and not entry):
            for name in [part] if entry else _coordinated_organizations(part, rules):
                org = rec.entity(name, "Provider", evidence)
                for model in models:
                    rec.relate(model, "fm:developedBy", org, evidence)
        elif len(models) == 1:
            rec.alias(models[0], part, evidence)


# "the natural language processing group of Cardiff University": what the described organization is part of
_DESCRIBED_AS_PART_OF = re.compile(r"\b(?:group|lab|laboratory|team|unit|division|department|institute|centre|center|"
                                   r"arm)\s+(?:at|of)\s+(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*)*)$")


_ENDS_WITH_A_UNIVERSITY_OF = re.compile(r"(?:^|\band\s+)(?:the\s+)?(?:[A-Z][a-z]+\s+)?University of [A-Z][a-z]+"
                                        r"(?: [A-Z][a-z]+)?$")


def _campus_names(parts: list[str], rules: Rules) -> list[str]:
    """"(University of California, San Diego)": a state university's name, a comma and a place is one name (its
    campus), also when it closes a coordination ("Google Research and University of California, Berkeley", "X and the
    Chinese University of Hong Kong, Shenzhen"); not
    "(Segment Anything Model, Meta)", an alias then a maker, nor "(Tsinghua University, Beijing)"."""
    joined: list[str] = []
    for part in parts:
        if joined and _ENDS_WITH_A_UNIVERSITY_OF.search(joined[-1]) \
                and rules.lookup(part) is None and not rules.organization_class(part) \
                and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def _coordinated_organizations(text: str, rules: Rules) -> list[str]:
    """``Google DeepMind and Isomorphic Labs`` -> both; ``UC Berkeley and others`` -> UC Berkeley; but
    ``Institute of Science and Technology`` is one name (a one-word conjunct continues its "of" phrase, unless
    it is a company's own name: ``National University of Singapore and ByteDance``), and so is ``University of
    Science and Technology of China`` (a conjunct that opens with a field a university is of)."""
    pieces = [re.sub(r"^the\s+", "", p.strip()) for p in re.split(r"\s+(?:and|&)\s+", text)]
    names: list[str] = []
    for piece in pieces:  # ("Multimodal Art Projection and the Hong Kong University of Science and Technology": two)
        brand = CAMEL_BRAND.match(piece) is not None or ((entry := rules.lookup(piece)) is not None
                                                         and entry.cls in ORGANIZATION_CLASSES) \
            or re.fullmatch(r"[A-Z][A-Z0-9]{2,}", piece) is not None  # "University of Seoul and EURECOM": an
        # acronym is a name of its own, no word of the "of" phrase ("Institute of Science and Technology")
        if names and re.search(r"\b(?:of|for)\b", names[-1]) and piece[:1].isupper() and not brand \
                and (len(piece.split()) < 2 or piece.split()[0] in UNIVERSITY_FIELDS):
            names[-1] = f"{names[-1]} and {piece}"
        else:
            names.append(piece)
    return [p for p in names if p[:1].isupper()] if len(names) > 1 else [text]


def _modalities(body: list[Span], models: list[str], rules: Rules, rec: _Recorder) -> None:
    """A modality word in a sentence of the item: for the models that sentence names, or for all of them
    when it is the list itself or speaks of "these models" / "they"."""
    for index, sentence in enumerate(body):
        named = [m for m in models if _names_entity(sentence.text, m, rec)]
        general = index == 0 or _SAID_OF_ALL_LISTED.match(sentence.text)
        targets = named if (named and index > 0) else (models if general else [])
        # (the list's own parentheses name makers: "Galactica (Meta AI and Papers with Code)" says nothing of code)
        text = re.sub(r"\([^()]*\)", "", sentence.text) if index == 0 else sentence.text
        for modality, pattern in rules.modalities.items():
            if targets and pattern.search(text):
                slug = rec.entity(modality, "Modality", sentence)
                for model in targets:
                    rec.relate(model, "fm:hasModality", slug, sentence)


# "These models ...", "They write ...", "Each returns ...", "All three are ...": a sentence said of every model listed
# (not "Both parts are built on ...": a plural noun after "both" or "all" names other things)
_SAID_OF_ALL_LISTED = re.compile(r"(?:These|Such|Those) models\b|(?:They|Each)\b|(?:Both|All)\b(?!\s+(?!models\b|"
                                 r"versions\b|variants\b)[a-z]+s\b)")


def _names_entity(text: str, slug: str, rec: _Recorder) -> bool:
    """Whether ``text`` names the entity, in any of its spellings ("Vexa 3 4B, 12B and 27B" names Vexa 3 12B)."""
    text = _with_sizes_in_full(text)
    return any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text) for s in rec.spellings_of(slug))


# --- Items under mapped sections, and lists introduced by a cue -------------------------------------------

def _section_items(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    known = _lists_of_known_terms(document, rules)
    for block in document.blocks:
        if block.kind == "bullet":
            _concept_bullet(block, rules, rec)
        if block.kind not in ("item", "term"):
            continue
        assert block.term is not None and block.body is not None  # items and terms have both
        cls = _concept_class(block, rules) or known.get(_list_of(block))
        if cls is None or _item_category(block, rules):
            continue
        if _lists_risk_tiers(block, rules):
            continue  # a regulation's risk tiers (_risk_tiers), not risks
        if rules.organization_noun.search(" ".join(block.body.text.split()[:6])) or _FOUNDED.search(block.line.text):
            continue  # "- NCSOFT (Seongnam, founded 1997): a South Korean video game company" under "Markets"
        named = short_form(block.term.text)
        slug = rec.entity(named[0] if named else block.term.text, cls, block.line, in_list=True)
        if named:  # "Low-rank adaptation (LoRA)": the name and its short form
            rec.alias(slug, named[1], block.line)
        rec.add(slug, "skos:definition", _definition(block.body.text), "text", block.line)
        if cls in ("Risk", "Challenge"):
            _kinds_listed(block, cls, rec)


# "- Information security, which covers both ...", "- Human-AI configuration, the arrangements ...": where a plain
# bullet's name ends and what it says of it begins (the commas inside "Dangerous, violent or hateful content" do not)
_BULLET_NAME_END = re.compile(r":|\s[—–-]\s|\s\(|,\s(?:which|meaning|where|that|when|whose|including|such as|"
                              r"e\.g\.|i\.e\.|the|a|an)\b")
_CONCEPT_BULLETS = frozenset({"Risk", "Challenge", "Characteristic"})


def _concept_bullet(block: Block, rules: Rules, rec: _Recorder) -> None:
    """"The twelve risks ... - Data privacy - Information security, which covers ...": a plain bullet under a heading
    or an introduction of risks (challenges, characteristics) names one."""
    cls = _concept_class(block, rules)
    if cls not in _CONCEPT_BULLETS or block.term is None or _lists_risk_tiers(block, rules):
        return  # (a regulation's risk tiers are read by _risk_tiers, not as risks)
    text = block.term.text.strip()
    end = _BULLET_NAME_END.search(text)
    name = text[:end.start()] if end else text.rstrip(".;")
    if not re.fullmatch(r"[A-Z][\w/-]*(?:,? [\w/-]+){0,5}", name) or _names_a_predicate(name):
        return
    rec.entity(name, cls, block.line, in_list=True, rule="concept-bullet")


def _concept_class(block: Block, rules: Rules) -> str | None:
    """The kind of concept a list's introduction, else its heading, says its items are ("Risks", "Challenges")."""
    return (rules.intro_class(block.intro.text) if block.intro else None) or rules.section_class(block.section)


def _lists_risk_tiers(block: Block, rules: Rules) -> bool:
    """Is the block under a heading or an introduction about a regulation's risk tiers?"""
    assert rules.risk_tier_cue is not None  # load_rules sets it
    return rules.risk_tier_cue.search(block.section + " " + (block.intro.text if block.intro else "")) is not None


def _listed_risks(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """The risks a page about a regulation or a framework lists are the ones it addresses."""
    instrument = rec.page_regulation()
    if instrument is None:
        return
    listed = {f.subject: f.evidence for f in rec.extraction.facts if f.rule in ("concept-bullet", "section-items")
              and f.predicate == "rdf:type" and f.value == "Risk"}
    for risk, evidence in listed.items():
        rec.relate(instrument, "fm:addressesRisk", risk, evidence, rule="listed-risks")


def _names_a_predicate(name: str) -> bool:
    """"Models can leak data": a bullet that is a sentence, not a name."""
    return re.search(r"\b(?:is|are|was|were|can|could|may|might|must|should|will|has|have|do|does)\b", name) is not None


def _list_of(block: Block) -> tuple[str, str]:
    return block.section, block.intro.text if block.intro else ""


_LISTED_CONCEPTS = ("AdaptationMethod", "Risk", "Challenge", "Characteristic")


def _lists_of_known_terms(document: SourceDocument, rules: Rules) -> dict[tuple[str, str], str]:
    """"Methods: - Fine-tuning — ... - Distillation — ...": a list of ``Term — definition`` items under a heading no
    rule maps, at least half of whose terms the lexicon knows as one kind of concept, lists concepts of that kind."""
    terms: dict[tuple[str, str], list[str]] = {}
    for block in document.blocks:
        if block.kind in ("item", "term") and block.term is not None:
            terms.setdefault(_list_of(block), []).append(block.term.text)
    kinds: dict[tuple[str, str], str] = {}
    for key, listed in terms.items():
        known = [entry.cls for term in listed for name in [(short_form(term) or (term,))[0]]
                 if (entry := rules.lookup(name, in_list=True)) is not None and entry.cls in _LISTED_CONCEPTS]
        top = max(set(known), key=known.count) if known else None
        if top is not None and len(listed) >= 3 and 2 * known.count(top) >= len(listed):
            kinds[key] = top
    return kinds


# "Inherited harm. Bias, toxicity, memorization and copyright exposure can travel ...": a risk's text that opens
# with a list of nouns names risks of the same kind.
_OPENING_LIST = re.compile(r"^(?P<list>(?:[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}, ){2,}(?:and|or) [a-z][\w-]*"
                           r"(?: [a-z][\w-]*){0,2}) (?:can|may|could|often|tend|are|is|remain)\b")


def _kinds_listed(block: Block, cls: str, rec: _Recorder) -> None:
    first = sentences(block.body)[0] if block.body else None
    match = _OPENING_LIST.match(first.text) if first else None
    if match:
        assert first is not None  # the match is in its text
        for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group("list")):
            if item and len(item.split()) <= 3:
                rec.entity(item[0].lower() + item[1:] if not item[:2].isupper() else item, cls, first,
                           rule="kinds-listed")


def _definition(body: str) -> str:
    body = body.strip()
    return body[0].upper() + body[1:] if body else body


def _adaptation_lists(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    for _, sentence in _sentences(document):
        for pattern in rules.adaptation_lists:
            match = pattern.search(sentence.text)
            if match:
                for item in _common_noun_list(match.group("list")):
                    known = rules.lookup(item, in_list=True)
                    if known or (len(item.split()) <= 3 and not rules.generic_list_item.search(item)):
                        rec.entity(item, "AdaptationMethod", sentence, in_list=True)


_DOMAIN_TRIM = re.compile(r"^(?:the|access to)\s+|\s+(?:such as|that|which|with|in|for)\s.*$")


def _domain_lists(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """The application domains a list of areas names ("used in sensitive areas: biometrics, education, ...")."""
    previous = ""
    for _, sentence in _sentences(document):
        for pattern, after in rules.domain_lists:
            match = pattern.search(sentence.text)
            if match and (after is None or after.search(previous)):
                for item in _domain_items(match.group("list")):
                    domain = _DOMAIN_TRIM.sub("", _DOMAIN_TRIM.sub("", item)).strip()
                    if 0 < len(domain.split()) <= 4 and not rules.generic_list_item.search(domain):
                        rec.entity(domain, "ApplicationDomain", sentence, rule="domain-list")
        previous = sentence.text


def _domain_items(listed: str) -> list[str]:
    """The items of a list of areas: "biometrics; migration, asylum and border control; and the administration of
    justice" has three (a list whose items hold commas separates them with semicolons)."""
    if ";" in listed:
        return [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in listed.split(";") if item.strip()]
    return [part for item in _common_noun_list(listed) for part in _and_split(item)]


def _and_split(item: str) -> list[str]:
    """"drinking water and student evaluation" and "education and the administration of justice" are two
    items (a list without its last comma); "migration and border control" is one."""
    left, sep, right = item.partition(" and ")
    if sep and (right.startswith("the ") or (len(left.split()) > 1 and len(right.split()) > 1)):
        return [left, right]
    return [item]


def _common_noun_list(text: str) -> list[str]:
    """``prompts, supervised fine-tuning, or task-specific heads`` -> its items."""
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=[\w-]+(?:,|$))", text)
    names = [_clean_name(item) for item in items]
    # Common nouns ("fine-tuning") and acronyms ("RAG"); a capitalised phrase names something else.
    return [name for name in names if name and (not name[0].isupper() or name.isupper())]


# --- Aliases --------------------------------------------------------------------------------------------------

def _aliases(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"X, often called Y": every later spelling Y resolves to X's entity (which the later steps type)."""
    for block in document.blocks:  # "- CPM — the Chinese Pre-trained Language Model, released ...", "- ALBERT — "A
        spelled_out = _ITEM_SPELLED_OUT.match(block.body.text) if block.term and block.body else None  # Lite BERT",
        if spelled_out and block.term and _abbreviates(block.term.text, spelled_out.group("long")):  # the item's
            long = spelled_out.group("long")  # name, spelled out (a title's "A" too: "Lite BERT" alone is it)
            for spelling in dict.fromkeys([long, re.sub(r"^(?:A|An|The)\s+", "", long)]):
                rec.spelled_alike(block.term.text, spelling)
            rec.new_names.setdefault(rec.spellings[block.term.text], block.term.text)  # labelled as the item names it
        stands_for = _NAME_STANDS_FOR.search(block.body.text) if block.term and block.body else None
        if stands_for and block.term and _abbreviates(_item_name(block.term.text), stands_for.group("long")):
            rec.spelled_alike(_item_name(block.term.text), stands_for.group("long"))  # "- GLaMM (November 2023).
            # The name stands for Grounding Large Multimodal Model.": the item's name, spelled out
    for block, sentence in _sentences(document):
        stands_for = _NAME_STANDS_FOR.search(sentence.text)
        if stands_for and block.kind == "paragraph":  # "... to publish KULLM, a series of ... The name stands for
            before = document.text[block.line.start:sentence.start]  # Korea University Large Language Model": the
            initials = [n for n in re.findall(r"(?<![\w-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w-])", before)
                        if _abbreviates(n, stands_for.group("long"))]  # name the sentence before gave, spelled out
            if initials:
                rec.spelled_alike(initials[-1], stands_for.group("long"))
        for match in _BECAME_ALIAS.finditer(sentence.text):  # "The second law ... became Public Act 103-0804"
            named = _instrument_named(sentence.text[:match.start()], rules) or _instrument_named(block.section, rules) \
                or _titled_instrument(document, rules)
            if named and named != match.group("short"):
                rec.spelled_alike(named, match.group("short"))
        for match in rules.alias.finditer(sentence.text):
            long, short = _clean_name(match.group("long")), _clean_name(match.group("short"))
            if rules.instrument_head.fullmatch(long):  # "The Regulation, formally Regulation (EU) 2016/679": the
                # law the paragraph named before by another name, not a law called "Regulation"
                before = document.text[block.line.start:sentence.start + match.start()]
                long = _instrument_named(before, rules) or ""
            long = _spelled_out_before(long, document.text[:sentence.start]) or long  # "The GDPR, formally ...",
            # after "the General Data Protection Regulation (GDPR)": the name the initials were given for
            if long and short and long != short:
                rec.spelled_alike(long, short)
        for match in (m for pattern in rules.renamed for m in pattern.finditer(sentence.text)):
            old, new = _clean_name(match.group("old")), _clean_name(match.group("new"))
            if old and new and old != new:  # one entity, under its new name
                slug = rec.resolve(new) or rec.resolve(old) or slugify(new)
                rec.spellings.setdefault(new, slug)
                rec.spellings.setdefault(old, slug)
                rec.new_names.setdefault(slug, new)
                rec.old_names.setdefault(slug, []).append((old, sentence))
        for match in _IT_AS_ALIAS.finditer(sentence.text):  # "passed it as Senate Bill 9", "Introduced as Bill 64,
            # it ...": the law the page is about, by another name
            titled = _titled_instrument(document, rules) or _lead_instrument(document, rules)
            short = match.group("short") or match.group("formal")
            if titled and short != titled:
                rec.spelled_alike(titled, short)
        _titled_in_full(document, sentence, rules, rec)
        for match in _OR_ALIAS.finditer(sentence.text):  # "Grok-1.5 Vision, or Grok-1.5V, ...": one model
            long, short = match.group("long"), match.group("short")
            if short.lower().startswith(long.split()[0].lower()[:4]) and short not in long:
                rec.spelled_alike(long, short)
        for match in _ANNOUNCED_AS.finditer(sentence.text):  # "Zamba2-1.2B, announced as Zamba2-mini, ...": the
            if not match.group("name").startswith(match.group("other")):  # name it first had is another spelling
                rec.spelled_alike(match.group("name"), match.group("other"))  # (not "Zamba-7B, announced simply as
                # Zamba": the family's name, which the longer one begins with)
        for match in _INITIALS_THEN_NAME.finditer(sentence.text):  # "IDEA, the International Digital Economy
            long, short = match.group("long"), match.group("short")  # Academy in Shenzhen, ...": one organization,
            if _abbreviates(short, long) and len(short) >= 3 and rules.organization_class(long) is not None:
                rec.spelled_alike(long, short)  # by its full name (a model keeps its short one: "GODEL, the
                # Grounded Open Dialogue Language Model")
        for match in _OR_INITIALS.finditer(sentence.text):  # "Compact Language Detector v3, or CLD3, ...": one model
            long, short = match.group("long"), match.group("short")
            if _abbreviates(short, long) and rec.resolve(short) is None:
                rec.spelled_alike(long, short)


_NAME_STANDS_FOR = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:name|acronym|abbreviation)\s+"
                              r"(?:stands\s+for|is\s+short\s+for)\s+(?:the\s+)?[\"“]?(?P<long>[A-Z][\w-]*(?:\s+[\w-]+){1,8}?)[\"”]?"
                              r"(?=[,.;:]|\s+and\s+[a-z])")  # "... Model and is pronounced like gureum"


def _item_name(term: str) -> str:
    """"GLaMM (November 2023)": an item's name without the details in parentheses after it."""
    return re.sub(r"\s*\([^()]*\)$", "", _clean_name(term))


_ITEM_SPELLED_OUT = re.compile(r"\s*(?:the\s+)?[\"“]?(?P<long>[A-Z][\w-]*(?:\s+[\w-]+){1,7}?)[\"”]?"
                               r"(?=,|\.|\s+(?:of|from|by)\s)")
_IT_AS_ALIAS = re.compile(r"\b(?:passed|enacted|adopted|[Ii]ntroduced|signed)\s+(?:it\s+)?(?:into\s+law\s+)?"
                          r"as\s+(?P<short>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){1,4})|"
                          # "The text that became law is formally called Engrossed Substitute Senate Bill 5152"
                          r"^(?:It|The\s+(?:text|law|act|bill|statute|regulation|measure)\b[^.;]*?)\s+(?:is|was)\s+"
                          r"(?:formally|officially)\s+(?:called|named|titled|known\s+as)\s+"
                          r"(?P<formal>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){1,8})(?=[.;,])")


def _titled_in_full(document: SourceDocument, sentence: Span, rules: Rules, rec: _Recorder) -> None:
    """A page titled "Council of Europe Framework Convention on Artificial Intelligence" that names it in full ("...
    on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"): one instrument, by its full name."""
    titled = _titled_instrument(document, rules)
    if not titled or rec.resolve(titled) is not None:
        return
    fuller = [name for rule in rules.instruments if rule.cls == "Regulation"
              for match in rule.pattern.finditer(sentence.text)
              if (name := _clean_name(match.group("name"))).startswith(f"{titled} ")]
    if fuller:
        slug = slugify(max(fuller, key=len))
        rec.spellings.setdefault(titled, slug)
        rec.new_names.setdefault(slug, max(fuller, key=len))


def _titled_instrument(document: SourceDocument, rules: Rules) -> str | None:
    """The regulation a page's title is the name of ("Quorvex Robot Safety Act"), if it is one."""
    for rule in rules.instruments:
        match = rule.pattern.fullmatch(document.title.strip())
        if match and rule.cls == "Regulation":
            return _clean_name(match.group("name"))
    return None


def _lead_instrument(document: SourceDocument, rules: Rules) -> str | None:
    """The regulation the page's first sentence names first: an encyclopedia page opens with its subject."""
    opening = next((b.line for b in document.blocks if b.kind == "paragraph"), None)
    first = sentences(opening)[0].text if opening is not None else ""
    names = [(m.start("name"), name) for rule in rules.instruments if rule.cls == "Regulation"
             for m in rule.pattern.finditer(first) if len((name := _clean_name(m.group("name"))).split()) >= 2]
    return min(names, key=lambda n: (n[0], -len(n[1])))[1] if names else None  # (not "Act" of "Act to ...")


# "became Public Act 103-0804", "became Public Law 118-5": the number a bill took as an enacted law
_BECAME_ALIAS = re.compile(r"\bbecame\s+(?P<short>Public\s+(?:Act|Law)\s+\d+-\d+)")


def _instrument_named(text: str, rules: Rules) -> str | None:
    """The last regulation a text (a sentence's start, a heading) names, if any."""
    names = [_clean_name(m.group("name")) for rule in rules.instruments if rule.cls == "Regulation"
             for m in rule.pattern.finditer(text)]
    return max(names, key=lambda n: (text.rfind(n), len(n))) if names else None


_INITIALS_THEN_NAME = re.compile(r"\b(?P<short>[A-Z]{2,8}),\s+the\s+"
                                 r"(?P<long>[A-Z][a-z][\w-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][a-z][\w-]*){2,8})"
                                 r"(?=[\s,.;])")
_OR_INITIALS = re.compile(r"(?P<long>\b[A-Z][\w.-]*(?:\s+(?:[A-Z0-9][\w.-]*|v\d[\w.]*)){1,5}),\s+or\s+"
                          r"(?P<short>[A-Z][A-Z0-9-]{1,9}(?:\.[A-Z0-9]+)*)(?=[,.;:)])")  # ("..., or DPT.")
_ANNOUNCED_AS = re.compile(r"(?P<name>\b[A-Z][\w.-]*\d[\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}),\s+(?:(?:first|originally|"
                           r"initially|at\s+first)\s+)?(?:presented|announced|introduced|unveiled|released|launched)"
                           r"\s+(?:simply\s+)?as\s+(?P<other>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})(?=[,;.])")
_OR_ALIAS = re.compile(r"(?P<long>\b[A-Z][\w.-]*\d[\w.-]*(?:\s+[A-Z][\w.-]*){1,3}),\s+or\s+"
                       r"(?P<short>[A-Z][\w.-]*\d[\w.-]*),")


# --- Risk tiers ------------------------------------------------------------------------------------------------

def _risk_tiers(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """Items under a heading or introduction about risk tiers ("Unacceptable risk — ...") are the tiers of the
    regulation the document is about, a SKOS concept scheme of their own; never fm:Risk."""
    assert rules.risk_tier_cue is not None and rules.risk_tier is not None  # load_rules sets them
    for block in document.blocks:
        context = " ".join(t.text for t in (block.intro,) if t) + " " + block.section
        if block.kind not in ("item", "term", "bullet") or not rules.risk_tier_cue.search(context):
            continue
        name = (block.term or block.line).text
        if rules.risk_tier.match(name) and len(name.split()) <= 4:
            _tier(rec, name, block.line)
        elif (named := _LEADING_PHRASE.match(name)) and len(named.group(1).split()) <= 4:  # "- high-impact
            _tier(rec, named.group(1), block.line, as_named=True)  # systems, used in hiring ...": a tier of its own
    for _, sentence in _sentences(document):
        match = re.search(r":\s*(?P<list>[^:]+)$", sentence.text)
        if match and rules.risk_tier_cue.search(sentence.text[:match.start()]):
            items = _common_noun_list(match.group("list").rstrip("."))
            for part in (p for item in items for p in re.split(r"\s+(?:and|or)\s+", item)):
                if rules.risk_tier.match(part):
                    _tier(rec, part, sentence)
        for defined in rules.risk_tier_definition.finditer(sentence.text):  # "A high-risk AI system is one that"
            _tier(rec, next(tier for tier in defined.groups() if tier), sentence)  # whichever wording named it


# The words a tier's list item opens with, before its description
_LEADING_PHRASE = re.compile(r"^([A-Za-z][\w-]*(?: [\w-]+){0,3}?)\s*(?:[,;:(—–]|$)")


def _tiers_named(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Most of the rules for high-risk AI systems apply from ...", "practices that pose an unacceptable risk": a
    tier a regulation's sentence names by its level (not "systemic risk", which the AI Act attaches to models; not
    "a high risk of misuse", a risk's degree), of the regulation the sentence speaks of."""
    named: set[tuple[str, str]] = set()
    regulation = frozenset({"Regulation"})
    for _, sentence in _sentences(document):
        for match in [*_TIER_NAMED.finditer(sentence.text), *_TIER_PREDICATED.finditer(sentence.text)]:
            here = [r for r in rec._regulations_in(sentence.start, sentence.end)
                    if rec.is_a(r, regulation)]  # "high-risk AI systems under the AI Act"
            instrument = here[0] if here else rec.regulation(before=sentence.start)
            level = match.group("level").lower()
            if instrument is not None and rec.is_a(instrument, regulation) \
                    and (instrument, level) not in named:  # (its first mention is its evidence)
                named.add((instrument, level))
                _tier(rec, f"{level} risk", sentence, instrument=instrument)


# "high-risk AI systems", "classified as high-risk", "an unacceptable risk", "minimal-risk systems"
# ("high risk" only before what it qualifies)
_TIER_NAMED = re.compile(r"\b(?P<level>high|unacceptable|limited|minimal)[- ]risk\b(?:(?<!high.risk)|(?=\s+(?:AI\b|"
                         r"artificial|systems?|models?|uses?|applications?|practices?|categor|tiers?|rules?|"
                         r"requirements?|obligations?|areas?|level|class)))", re.IGNORECASE)


# "the systems it labels high-risk", "listed as high-risk in Annex III", "such a system stays high-risk": the level
# said of what it qualifies
_TIER_PREDICATED = re.compile(r"\b(?:as|labels?|labell?ed|classified|considered|deemed|is|are|be|being|stays|remains?)"
                              r"\s+(?P<level>high)[- ]risk\b", re.IGNORECASE)


def _tier(rec: _Recorder, name: str, evidence: Span, *, as_named: bool = False, instrument: str | None = None) -> None:
    """A tier the regulation defines: "high" is "high risk"; a tier named otherwise ("high-impact systems",
    "Level III") keeps its words (``as_named``)."""
    instrument = instrument or rec.regulation() or _first_regulation(rec)
    if instrument is None:
        return
    label = _clean_name(name)
    label = label[0].lower() + label[1:] if not label[:2].isupper() else label
    if "risk" not in label.lower() and not as_named:
        label += " risk"
    slug = rec.entity(f"{rec.labels[instrument]} {label}", "RiskTier", evidence)
    _relabel(rec, slug, label[0].upper() + label[1:])
    rec.relate(instrument, "fm:definesRiskTier", slug, evidence)


def _first_regulation(rec: _Recorder) -> str | None:
    """Before any fact names one: the first regulation the document's text names."""
    for _, sentence in _sentences(rec.extraction.document):
        for rule in rec.rules.instruments:
            if rule.cls == "Regulation":
                for match in rule.pattern.finditer(sentence.text):
                    name = _clean_name(match.group("name"))
                    if len(name.split()) >= 2 and not rec.rules.is_organization_name(name) \
                            and not _PART_OF_A_LAW.match(name):
                        return rec.entity(name, "Regulation", sentence)
    return None


# --- Governance ---------------------------------------------------------------------------------------------

def _governance(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    for block in document.blocks:
        instrument = None
        for _, sentence in _sentences(document, [block]):
            found = _instruments(sentence, rules, rec) or _instrument_called_by_its_head(sentence, rules, rec) \
                or _titled_law_by_its_place(sentence, document.title, rules, rec)
            found = [f for f in found if not rec.only_referred_to(f, sentence)]  # "It was issued under the X Act"
            found = [f for f in found if not _another_laws_article(f, sentence, rec)]
            instrument = found[0] if found else instrument
            if instrument:
                _obligations(sentence, instrument, rules, rec)
            if rules.risk_cue.search(sentence.text):  # "The new provisions target deepfakes" in the opening
                # paragraph, after a sentence that named the law they amend: the page's regulation
                opening = block.line == rec.opening
                said_of_it = _SAID_OF_A_LAW.match(sentence.text) is not None  # "Its stated purpose is to curb ...",
                # "The second law is aimed at deepfakes": the law named before; "The rewrite was prompted by ... risks":
                # the page's own
                addressed: str | None
                if found:
                    addressed = found[0]
                elif instrument and not opening and said_of_it:
                    addressed = instrument
                elif said_of_it or opening:
                    addressed = rec.regulation(sentence.start)
                else:
                    addressed = rec.page_regulation() or rec.regulation(sentence.start)
                _addressed_risks(sentence, addressed, rules, rec)


def _name_span(match: re.Match) -> tuple[int, int]:
    """Where an instrument's matched name starts and ends, an opening article left out."""
    opening = re.match(r"(?:The|the)\s+", match.group("name"))
    return match.start("name") + (opening.end() if opening else 0), match.end("name")


def _another_laws_article(slug: str, sentence: Span, rec: _Recorder) -> bool:
    """"... information that Article 9 of the General Data Protection Regulation generally forbids processing" on a
    page about the AI Act: another law cited by one of its articles, which imposes nothing the page goes on to list."""
    page = rec.page_regulation()
    label = rec.labels.get(slug, "")
    return page is not None and page != slug and bool(label) \
        and re.search(rf"\b(?:Article|Articles|Annex|Recital)\s+[\dIVX]+(?:\(\d+\))?\s+of\s+(?:the\s+)?"
                      rf"{re.escape(label)}", sentence.text) is not None


def _titled_law_by_its_place(sentence: Span, title: str, rules: Rules, rec: _Recorder) -> list[str]:
    """A page titled "New Jersey Deepfake Law" whose sentence opens "New Jersey's deepfake law is a state statute":
    the titled law, named by its place as a possessor and the rest in running text."""
    words = title.strip().split()
    head = rules.instrument_head.search(words[-1]) if words else None
    if head is None or len(words) < 3:
        return []
    text = sentence.text.replace("’", "'")
    for cut in range(1, len(words) - 1):
        spelling = f"{' '.join(words[:cut])}'s {' '.join(words[cut:]).lower()}"
        if text.startswith(spelling) and _SAYS_WHAT_IT_IS.match(text[len(spelling):]):
            return [rec.entity(title.strip(), "Regulation", sentence)]
    return []


# What goes on after a law's head word when the words are a public body's name ("the Telecommunications Regulation
# and Control Agency", "the Energy Regulation Authority")
_BODY_NAMED_ON = re.compile(r"\s(?:and\s)?(?:[A-Z][\w-]*\s){0,3}(?:Agency|Authority|Commission|Office|Council|Board|"
                            r"Ministry|Department|Committee|Bureau|Institute|Service|Directorate|Inspectorate)\b")


# "... is a state statute that ...": what follows a name that says what kind of thing it is
_SAYS_WHAT_IT_IS = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s")


def _instruments(sentence: Span, rules: Rules, rec: _Recorder) -> list[str]:
    found: list[str] = []
    matches = [(rule, match) for rule in rules.instruments for match in rule.pattern.finditer(sentence.text)]
    spans = [_name_span(match) for _, match in matches]
    for rule, match in matches:
        start, end = _name_span(match)
        if any(other_start <= start and end <= other_end and other_end - other_start > end - start
               for other_start, other_end in spans):
            continue  # "the Rule of Law" inside "... Convention on ... and the Rule of Law": part of a name (and "The
            # Trade Regulation" of "The Trade Regulation Rule on the Use of ...", its article left aside)
        name = _clean_name(match.group("name"))
        if _BODY_NAMED_ON.match(sentence.text[match.end("name"):]):
            continue  # "the Telecommunications Regulation and Control Agency": a body's name, no law's
        if _PART_OF_A_LAW.match(name) or _OPENING_ADVERB.match(name):  # "Chapter III of Regulation (EU)
            continue  # 2024/1689": a part, not a law; nor "Elsewhere in the Act"
        if name.endswith("Standard") and re.search(r"\d", name):
            continue  # "the ASL-3 Security Standard": a level's safeguards inside a policy, no instrument of its own
        issuer = _ISSUER_AFTER.search(name) if rule.cls == "Framework" else None
        issuer = issuer if issuer is not None and _FRAMEWORK_END.search(name[:issuer.start()]) else None
        issuer_class = rules.organization_class(issuer.group("issuer")) if issuer else None
        if issuer is not None and issuer_class:  # "the AI Risk Management Framework of the National Institute of
            name = name[:issuer.start()]  # Standards and Technology": the framework, and who issued it
        if sentence.start == 0 and name.lower() not in rec.extraction.document.text[sentence.end:].lower():
            continue  # "Colorado's Law on Insurers' Use of ...": a title that describes a law the page names otherwise
            # (but "California's Regulations on Automated ..." is "The regulations on automated ..." of the page)
        if name and not name.isupper() and len(name.split()) >= 2 and not rules.is_organization_name(name):
            _shortened(name, rule.cls, rec)
            fuller = next((f for f in found if _short_form_of(sentence.text, rec.labels.get(f, ""),
                                                               match.start("name"))), None)
            if fuller is not None and rec.resolve(name) is None:  # "The Responsible AI Safety and Education Act
                rec.alias(fuller, name, sentence)  # (RAISE Act)", "..., better known as the ELVIS Act": one law
                continue
            numbered = _numbered_law_apposed(sentence.text[:match.start("name")], name, rec)
            if numbered is not None:  # "The GDPR, Regulation (EU) 2016/679, was adopted ...": its official name
                rec.alias(numbered, name, sentence)
                found.append(numbered)
                continue
            found.append(rec.entity(name, rule.cls, sentence))
            if issuer is not None and issuer_class:
                rec.relate(found[-1], "fm:issuedBy", rec.entity(issuer.group("issuer"), issuer_class, sentence),
                           sentence)
            dated = _YEAR_OF_ENACTMENT.search(name)
            if dated and rec.resolve(name[:dated.start()]) is None:  # "Local Law 144" for "... 144 of 2021"
                rec.alias(found[-1], name[:dated.start()], sentence)
            for short in _numbered_short_forms(name):  # "Resolution 332" for "Resolution No. 332/2020", also
                _one_numbered_law(rec, found[-1], short, sentence)  # when the title named it so first
            code = _INSTRUMENT_CODE.search(name)
            if code and rec.resolve(code.group()) is None:  # "M-25-21" for "OMB Memorandum M-25-21"
                rec.alias(found[-1], code.group(), sentence)
    return found


# A sentence's first word that a capitalised instrument's name cannot open with ("Elsewhere in the Act, ...")
_OPENING_ADVERB = re.compile(r"(?:Elsewhere|Also|However|Meanwhile|Later|Earlier|Throughout|Beyond|Besides|Unlike|"
                             r"Within|Outside|Here|There|Then|Thus|Only|Even)\b")


def _numbered_law_apposed(before: str, name: str, rec: _Recorder) -> str | None:
    """The instrument named right before ``name`` when ``name`` is its official number set beside it ("The GDPR,
    Regulation (EU) 2016/679, ...", "the Act, Law No. 132/2025, ..."): one law, not two."""
    apposed = _APPOSED_BEFORE.search(before)
    if apposed is None or not _OFFICIAL_NUMBER.search(name) or rec.resolve(name) is not None:
        return None
    short = _clean_name(apposed.group("law"))
    law = rec.resolve(short)
    if law is None and short.isupper():  # "The GDPR, ...", before its acronym is read: the instrument it abbreviates
        law = next((slug for slug, label in rec.labels.items() if rec.is_a(slug, _INSTRUMENTS)
                    and _abbreviates(short, label) and label[0].isupper()), None)
    return law if law is not None and rec.is_a(law, _INSTRUMENTS) else None


# "The code came into force ...": a sentence that opens by naming a law by its head word
_SUBJECT_HEAD = re.compile(r"(?:The|This)\s+(code|act|law|directive|decree|ordinance|regulation|statute|convention|"
                           r"guidance|guidelines|rules|measures|provisions|framework|order|policy|standard)\s+(?!of\b)")
# "What the ordinance requires", "Duties under the directive": a heading that names a law by its head word
_HEAD_NAMED = re.compile(r"\bthe\s+(ordinance|act|directive|decree|convention|regulation|statute)\b")
_APPOSED_BEFORE = re.compile(r"(?P<law>[A-Z][\w.&-]*(?:\s+(?:(?:of|on|for|the|and)\s+)*[A-Z][\w.&-]*)*),\s+"
                             r"(?:the\s+)?$")
_OFFICIAL_NUMBER = re.compile(r"\d+/\d+|\bNo\.?\s+\d")


# The code that ends an instrument's name and stands for it alone: "M-25-21" of "OMB Memorandum M-25-21" (letters and
# digits in one word; not a bare number, "14179", nor a year, "2024/1689")
_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-\d+(?:-\d+)*")
_INSTRUMENT_CODE = re.compile(rf"(?<=\s){_CODE.pattern}$")
# "Under M-25-21, ...", "Under the new rules of ...": a sentence that opens with the instrument it applies
# "The directive was adopted ...": a sentence that opens by calling an instrument by its kind
_THE_INSTRUMENT = re.compile(r"The (?P<head>directive|regulation|decree|ordinance|convention|statute|treaty)\b")
_UNDER_AN_INSTRUMENT = re.compile(r"(?:Under|Per|According\s+to)\s[^,;.]{3,60}?(?=[\s,])")


_FRAMEWORK_END = re.compile(r"\b(?:Framework|Principles|Standard)$")
# "the AI Risk Management Framework of the National Institute of Standards and Technology": who issued it
_ISSUER_AFTER = re.compile(r"\s(?:of|by)\s(?:the\s)?"
                           r"(?P<issuer>[A-Z][\w.-]*(?:\s(?:(?:of|for|and|on)\s)?[A-Z][\w.-]*)*)$")
_SAID_OF_A_LAW = re.compile(r"(?:It|Its|They|Their|This|These)\b|The\s+(?:\w+\s+){0,2}(?:law|act|bill|rules?|code|"
                            r"measures?|regulation|statute|directive|guidelines|order|decree)\b")
# The head words of public bodies, which a page uses alone once it has named the body in full
_BODY_HEADS = frozenset({"Commission", "Council", "Parliament", "Board", "Office", "Court", "Ministry", "Agency",
                         "Authority", "Department", "Assembly", "Senate", "Congress", "Legislature", "Cabinet", "Diet"})
_PART_OF_A_LAW = re.compile(r"(?:Chapter|Article|Section|Annex|Title|Part|Recital|Paragraph)s?\s+[\w.]+\s+of\b")
_A_LAWS_PART = re.compile(r"(?:Chapter|Article|Section|Annex|Recital|Paragraph)s?\s+[0-9IVXLC]+[a-z]?(?:\(\d+\))?$")


# What comes between an instrument's name and its short name: "(", "(the", ", better known by its initials as the",
# ", often called the", "(..., usually shortened to" (the space before it taken once: a long run of spaces made the
# pattern backtrack)
_SHORT_FORM_LINK = re.compile(r"\s*+(?:\(\s*|,?\s*(?:[\w\s]{0,30}?\b(?:known|called|shortened|referred to|cited)\b"
                              r"[\w\s]{0,30}?\bas\s+|(?:often|also|usually|commonly)\s+called\s+))(?:the\s+)?$")


def _short_form_of(text: str, label: str, start: int) -> bool:
    """The name at ``start`` is the short form given right after the instrument ``label``."""
    at = text.rfind(label, 0, start) if label else -1
    return at >= 0 and _SHORT_FORM_LINK.fullmatch(text[at + len(label):start]) is not None


# "Local Law 144 of 2021", "the ELVIS Act of 2024", "the Presidential Elections Act 1991": an instrument's year,
# without which it is the same instrument
_YEAR_OF_ENACTMENT = re.compile(r"(?: of|,|(?<=Act)) (?:19|20)\d\d$")
# "Resolution No. 332/2020", "Decree 45/2024", "Law No. 21,719": a head, a number, and the year after a slash
_NUMBERED = re.compile(r"^(?P<head>(?:[A-Z][\w.]*\s){1,4}?)(?:No\.\s)?(?P<number>\d[\d,.]*\d|\d)"
                       r"(?P<year>/(?:19|20)?\d\d)?$")


def _numbered_short_forms(name: str) -> list[str]:
    """The other spellings of a numbered instrument's name: "Resolution 332", "Resolution No. 332" and "Resolution
    332/2020" for "Resolution No. 332/2020"."""
    match = _NUMBERED.match(name)
    if match is None:
        return []
    head, number, year = match.group("head"), match.group("number"), match.group("year") or ""
    forms = {f"{head}{number}", f"{head}No. {number}", f"{head}{number}{year}", f"{head}No. {number}{year}"}
    return sorted(forms - {name})


def _one_numbered_law(rec: _Recorder, slug: str, short: str, evidence: Span) -> None:
    """``short`` spells the numbered instrument ``slug``: an alias of it, and the entity the page made of the
    short spelling before (its title's "Resolution 332") becomes it."""
    named = rec.resolve(short)
    if named is None:
        rec.alias(slug, short, evidence)
    elif named != slug and rec.is_a(named, frozenset({"Regulation"})) and rec.labels.get(named) == short:
        rec.merge(named, slug)


def _addressed_risks(sentence: Span, instrument: str | None, rules: Rules, rec: _Recorder) -> None:
    """"Their stated purpose is to curb disinformation and fraud": the risks named after a cue verb."""
    cue = rules.risk_cue.search(sentence.text)
    if instrument is None or cue is None:
        return
    rest = sentence.text[cue.end():].lower()
    for risk in rules.addressed_risks:
        at = re.search(rf"\b{re.escape(risk)}\b", rest)
        if at:
            named = _risk_as_named(rest, at, rules)
            rest = rest[:at.start()] + " " * len(risk) + rest[at.end():]  # "discrimination" inside "algorithmic ..."
            slug = rec.entity(named, "Risk", sentence, rule="regulation-addresses-risk")
            rec.relate(instrument, "fm:addressesRisk", slug, sentence, rule="regulation-addresses-risk")


# Words before a risk's name that are not part of it ("is to prevent discrimination", "are manipulation")
_NOT_A_MODIFIER = frozenset({"a", "an", "the", "is", "are", "was", "be", "been", "at", "to", "of", "and", "or", "as",
                             "its", "their", "by", "from", "against", "such", "in", "on", "with", "for", "that"})


def _risk_as_named(rest: str, at: re.Match, rules: Rules) -> str:
    """"unlawful discrimination", "racial bias": a known risk with the word the text puts before it that says
    which kind it is (not a function word or a cue: "to prevent discrimination" is discrimination)."""
    if " " in at.group():  # "chemical, biological ... weapons" names its kind already
        return at.group()
    before = re.search(r"([a-z][a-z-]*)\s+$", rest[:at.start()])
    word = before.group(1) if before else ""
    if not word or word in _NOT_A_MODIFIER or rules.risk_cue.fullmatch(word):
        return at.group()
    return f"{word} {at.group()}"


def _shortened(name: str, cls: str, rec: _Recorder) -> None:
    """"The Video Interview Act" after "the Artificial Intelligence Video Interview Act", "the Human Rights Act"
    after "the Illinois Human Rights Act": the last words of an instrument named before are that instrument; so are
    its first words up to its head ("the Basic Security Requirements" of "... Requirements for Generative AI")."""
    if rec.resolve(name) is not None:
        return
    fuller = sorted(slug for slug, label in rec.labels.items() if (label.endswith(f" {name}") or re.match(
        rf"{re.escape(name)} (?:for|on|of|to|concerning|regarding) ", label)) and cls in rec.classes.get(slug, set()))
    # ("The Basic Security Requirements" after "the Basic Security Requirements for Generative AI Service" too)
    if len(fuller) == 1:  # one instrument it can stand for
        rec.spellings[name] = fuller[0]


def _instrument_called_by_its_head(sentence: Span, rules: Rules, rec: _Recorder) -> list[str]:
    """"The Measures fill that gap": an instrument named before, called by the word that makes it one (the
    latest so named, when several share the word), is mentioned again here."""
    match = re.search(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?P<head>{rules.instrument_head.pattern})"
                      rf"(?!\s+(?:for|on|of|to)\s+[A-Z])", sentence.text)  # "Under that Act, ...": the one named last
    if not match:
        return []
    head = re.compile(rf"\b{re.escape(match.group('head'))}\b")
    named = [(fact.evidence.start, fact.subject) for fact in rec.extraction.facts
             if fact.predicate == "fm:mentionedIn" and fact.evidence.start < sentence.start
             and rec.is_a(fact.subject, frozenset({"Regulation"})) and head.search(rec.labels.get(fact.subject, ""))
             and not rec.only_referred_to(fact.subject, fact.evidence)]  # (not "a ground prohibited by the Human
    # Rights Act 1993": named to describe a ground, not spoken of)
    if not named:
        return []
    titled = rec._regulation_named(rec.extraction.document.title)  # "The Act" on a page about an Act: that Act
    slug = titled if titled in {s for _, s in named} else max(named)[1]
    return [rec.entity(rec.labels[slug], "Regulation", sentence)]


def _obligations(sentence: Span, instrument: str, rules: Rules, rec: _Recorder) -> None:
    for pattern, cls in ((rules.obligations, "Obligation"), (rules.systemic_obligations, "SystemicRiskObligation")):
        match = pattern.search(sentence.text)
        if not match:
            continue
        for item in _common_noun_list(match.group("list")):
            slug = rec.entity(f"{instrument} {item}", cls, sentence)
            rec.labels[slug] = item
            _relabel(rec, slug, item[0].upper() + item[1:])
            rec.relate(instrument, "fm:imposesObligation", slug, sentence)
        if cls == "SystemicRiskObligation":
            risk = rec.entity(rules.systemic_risk_label, "Risk", sentence)
            rec.relate(instrument, "fm:addressesRisk", risk, sentence)


def _relabel(rec: _Recorder, slug: str, label: str) -> None:
    """An obligation's IRI is scoped by its instrument, its label is the duty alone."""
    facts: list[Fact | None] = list(rec.extraction.facts)  # None: a fact dropped
    for index, fact in enumerate(rec.extraction.facts):
        if fact.subject == slug and fact.predicate == "rdfs:label":
            facts[index] = Fact(slug, "rdfs:label", label, "text", fact.evidence)
        elif fact.subject == slug and fact.predicate == "skos:altLabel":
            facts[index] = None
    rec.extraction.facts = [f for f in facts if f is not None]
    rec.labels[slug] = label


# --- Cited sources: "Publisher, Title, date." ----------------------------------------------------------------

def _sources(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    for block in document.blocks:
        if block.kind not in ("bullet", "paragraph") or not rules.sources_section.search(block.section):
            continue
        publisher, _, title = block.line.text.partition(", ")
        cls = _organization_class_of(publisher, rules)
        if not cls:
            continue
        org = rec.entity(publisher, cls, block.line)
        title = re.sub(r"^The\s+", "", title)
        for rule in rules.instruments:
            match = rule.pattern.match(title)
            if match:
                instrument = rec.entity(_clean_name(match.group("name")), rule.cls, block.line)
                rec.relate(instrument, "fm:issuedBy", org, block.line)


# --- Sentence rules over the linguistic analysis -------------------------------------------------------------

_ORDINAL_THEN_NAME = re.compile(r"^(?:The|A|An)\s+(?:first|second|third|fourth|fifth|last|other|larger|smaller|"
                                r"largest|smallest)(?:\s+[a-z-]+){0,2},\s+(?P<name>[^,;:]+?),")
_MODELS_INTRO = re.compile(r"\bmodels?\b[^:]*:$|\b(?:release|line-up|lineup|family|versions?|sizes)\b[^:]*:$",
                           re.IGNORECASE)


def _listed_model_bullets(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Four models made up the first release:" then "- Amazon Nova Micro handles text only; ...": each bullet
    that opens with a name, under such a line, names a model (its sentences then say what it does)."""
    for block in document.blocks:
        if block.kind != "bullet" or block.intro is None or not _MODELS_INTRO.search(block.intro.text):
            continue
        text = block.line.text
        end = _name_end(text, rules)
        name = _clean_name(text[:end])
        apposed = _ORDINAL_THEN_NAME.match(text)  # "- The second, orpheus-3b-0.1-ft, was fine-tuned ...": the name
        if apposed and (_looks_like_name(apposed.group("name")) or HUB_NAME.match(apposed.group("name"))):
            name = _clean_name(apposed.group("name"))
        words = name.split()
        if words and len(words) <= 6 and " and " not in name and words[0] not in rules.not_names \
                and rec.admissible(name, "FoundationModel") and rec.resolve(name) is None:
            rec.entity(name, "FoundationModel", block.line, rule="listed-model")


# A name written with a capital inside it or a digit after its first letter ("SlovakBERT", "mT5", "BART", "T5")
_INNER_CAPITALS = re.compile(r"(?<![\w-])[A-Za-z](?=[A-Za-z0-9]*(?:[A-Z]|\d))[A-Za-z]*[A-Z0-9][A-Za-z0-9]*(?![\w])")


def _sentence_rules(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """Every sentence (and every clause of a ``Term — clause; clause`` item) through the rule engine."""
    units = list(_units(document, rules, rec))
    page_year = _page_year(document)
    year_lines = [(b.line.start, line.group(1)) for b in document.blocks  # a line that is only a year, or a month
                  if (line := _YEAR_LINE.fullmatch(b.line.text.strip()))]  # and its year ("December 2024")
    for unit in units:  # a news page: "Meta on 4 October unveiled ...", the year given once for the page, or by the
        # year heading the item is under
        year = next((y for start, y in reversed(year_lines) if start < unit.evidence.start), page_year)
        if year:
            unit.text = _with_years(unit.text, year)
    _years_from_the_story(units)  # (after a page's year: "The same day" is then a date of that year too)
    _months_from_the_story(units)
    dated_names = [_PARENTHESISED_DATE.findall(unit.text) for unit in units]  # "Tarn-1 (2023), Tarn-2 (2024)"
    for unit in units:  # "GPT-4o ("o" for "omni") is ...": a gloss says nothing the rules read, and breaks the parse;
        # nor does a date in parentheses, read apart (_parenthesised_dates)
        unit.text = _for_the_parser(_PARENTHESISED_DATE.sub(r"\g<name>", _GLOSS.sub("", unit.text)))
        unit.text = _named_after_its_description(unit.text, rules)
        unit.text = _NAME_FOR_MODELS.sub(r"\g<name> is a family of \g<kind> made by \g<maker>", unit.text)
    lowercase = frozenset(re.findall(r"(?<![\w.-])[a-z][a-z-]+(?![\w-])", document.text)) \
        - {word.lower() for word in _NAME_MID_SENTENCE.findall(document.text)}  # "the company's early name,
    # mixedbread ai", yet "which Mixedbread described": a name the page also writes in lower case
    terms = {unit.topic for unit in units if unit.topic  # "- Together AI — ...": the item's name is one name; but
             and not all(re.search(r"\d", part) for part in re.split(r"\s(?:and|&)\s", unit.topic)[1:] or ["x"])}
    # "- Kelp-70B and Kelp-8B — ...": two models' names
    # "The Provisions on the Management of Automated Ranking ... are ...": an instrument's long name, found by its
    # pattern before the sentences are read, is one name too (else "Provisions" alone becomes the subject)
    terms |= {name for name, slug in rec.spellings.items() if rec.group_of(slug) == "instrument" and " " in name}
    terms |= {name for name in SPDX_LICENSES if " " in name}  # "BSD 3-Clause": one name, not "BSD" and a number
    terms |= {name for name in rec.spellings if ", " in name or " and " in name}  # "Innovation, Science and Economic
    # Development Canada (ISED)", "Nippon Telegraph and Telephone (NTT)": a name its acronym shows to be one, which
    # the parser would cut at its comma or its "and"
    terms |= _possessive_names(document.text, rules)
    kinds = {b.line.start: cls for b in document.blocks if b.kind == "item" and b.term is not None
             and (cls := rules.category_class(b.term.text)) in MODEL_CLASSES}  # "Speech models — A, from X, ..."
    kinds |= {b.line.start: cls for b in document.blocks if b.kind == "bullet"
              and (cls := rules.category_class(b.section)) in MODEL_CLASSES}  # "Video generation models" then
    # "- Lumiere (Google), from January 2024, generates ...": a bullet under a kind's heading opens with a model
    # "Chronos (forecasting models)" ... "a Chronos model": the page's own brand, named in its title and mid-sentence
    brands = frozenset(w.lower() for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{2,}[a-z0-9]*(?=[\s,.;:'’-])",
                                                     document.text)) \
        & {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}[a-z0-9]*\b", document.title)}
    stems = frozenset(w.lower() for w in _INNER_CAPITALS.findall(document.text))  # "SlovakBERT", "mT5", "BART"
    stems |= {w.lower() for w in _OWNED_WORD.findall(document.text)} - lowercase  # "OpenAI's Whisper":
    # "whisper-large-et" too (not "Meta's Open Catalyst": "open-source", a word the page writes in lower case)
    owned = frozenset(_OWNED_NAME.findall(document.text))  # "OpenAI's GPT-2": a maker's model, whatever "the GPT-2
    # architecture" later calls it
    for unit, doc in zip(units, analyse((unit.text for unit in units), lowercase, terms, brands,
                                                 rules.languages, stems), strict=True):
        unit.doc = doc
        doc.user_data["owned_names"] = owned
        rec.parses.append((unit.evidence, doc))
        if unit.paragraph in kinds:  # what the item's sentences are about are models of its kind
            doc.user_data["model_kind"] = kinds[unit.paragraph]
    rec.surnames = _surnames(units, rules)
    _entries_named_first(units)
    assert rules.modality_rules is not None and rules.duties is not None  # load_rules sets them
    for unit, dated in zip(units, dated_names, strict=True):
        _parenthesised_models(unit, dated, rec)
    _self_named_models(units, rules, rec)
    _colon_model_lists(units, rec)
    run_rules(units, rules.sentence_rules, rec)
    _category_item_subjects(units, rec)
    run_modalities(units, rules.modality_rules, rec)
    run_architectures(units, [(r.cls, r.pattern) for r in rules.kind_architectures], rec)
    _cued_organizations(units, rules, rec)
    _acting_organizations(units, rules, rec)
    _sized_names(units, rec)
    _counted_names(units, rec)
    _gapped_parameter_counts(units, rec)
    _respective_parameter_counts(units, rec)
    _gapped_release_dates(units, rec)
    _entry_dates_once_models_are_known(units, rules, rec)
    for unit, dated in zip(units, dated_names, strict=True):
        _parenthesised_dates(unit, dated, rec)
    _versions_of_the_model_before(units, rec)
    _lead_on_headed_models(document, rules, rec,
                           lambda texts: list(analyse(texts, lowercase, terms, brands, rules.languages, stems)))
    duty_rules = advisory(rules.duties) if rec.advisory_page() else rules.duties
    duties(units, document.blocks, duty_rules, _SectionDuties(rec), document.title)
    rec.date_undated_duties()


def _entry_dates_once_models_are_known(units: list[Unit], rules: Rules, rec: _Recorder) -> None:
    """A timeline's entry is dated by the model it is about ("- July 2025: Kyutai TTS turns text into speech"), but
    the rules read the entry before a later reading (of its modalities, of a later sentence) made the name a model's.
    The entries' date rules read them once more, on copies, so that nothing the first reading linked is changed."""
    dated = [copy.copy(unit) for unit in units if unit.date]
    if dated:
        run_rules(dated, rules.entry_date_rules, rec)


def _surnames(units: list[Unit], rules: Rules) -> set[str]:
    """The last words of the "First Last" names a page gives, then shortens to their last word: a person's surname
    ("Frank Hutter ... Hutter described it"). Not when the first word stands alone too ("Snowflake Arctic ...
    Snowflake"), the name is a company's own ("Twelve Labs"), or the last word came first ("Bloomberg, which
    Michael Bloomberg started": a company named after its founder)."""
    text = " ".join(unit.text for unit in units)
    names = {t.text for unit in units if unit.doc is not None for t in unit.doc
             if t._.is_name and PERSON_SHAPED.fullmatch(t.text)}
    surnames = set()
    for name in names:
        first, last = name.split()[0], name.split()[-1]
        alone = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])(?!\s+[A-Z])", text)
                 if not text[:m.end()].endswith(name)]  # (not inside a longer name: "the Kuleshov Group")
        if alone and alone[0] > text.find(name) and rules.organization_class(name) is None \
                and rules.lookup(name) is None \
                and re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text.replace(name, "")) is None:
            surnames.add(last)
    return surnames


# A capitalised word alone in the middle of a sentence, between words in lower case: a name there
_NAME_MID_SENTENCE = re.compile(r"(?:^|(?<=[\s(]))[a-z][a-z'’-]*[,;]? ([A-Z][a-z]{2,})(?=[\s,.;:'’](?![A-Z0-9]))",
                                re.MULTILINE)  # (not "Stable Diffusion 3", "the Claude 2 model": a longer name)


def _category_item_subjects(units: list[Unit], rec: _Recorder) -> None:
    """"Speech models — Moshi, from the Paris laboratory Kyutai, listens ...": a model a category item's sentence
    speaks of is a model of the item's kind."""
    for unit in units:
        kind = unit.doc.user_data.get("model_kind") if unit.doc is not None else None
        if unit.doc is None or not kind:
            continue
        for token in unit.doc:
            slug = rec.resolve(token.text) if is_category_subject(token) else None
            if slug is not None and rec.group_of(slug) == "model":
                rec.entity(token.text, kind, unit.evidence, rule="category-item-subject")


_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
# "listed in the", "defined under": a law named to describe something, not as what the sentence's duty comes from
_REFERRED_TO = re.compile(r"\b(?:(?:listed|defined|named|described|referred\s+to|covered|prohibited|protected|"
                          r"forbidden|recogni[sz]ed)\s+(?:in|under|by)|"
                          r"(?:filing|filed|file|registered|registration|register)\s+under|in\s+accordance\s+with|"
                          r"pursuant\s+to|(?<![\w-])(?:[Ll]ike|[Uu]nlike|similar\s+to|modell?ed\s+on)|"
                          r"(?:tak(?:e|es|ing)\s+into\s+account|consider(?:s|ing)?|compl(?:y|ies|ying)\s+with|"
                          r"conform(?:s|ing)?\s+to|follow(?:s|ing)?|carr(?:y|ies|ied|ying)\s+over|restat(?:e|es|ed|ing))"
                          r"(?:\s+the)?(?:\s+(?:latest|current|most\s+recent))?"
                          r"(?:\s+(?:version|edition)\s+of)?|"
                          r"\b(?:amends|amending|amended|inserts\s[^.;]{0,30}?\binto)\b[^.;]{0,80}?|"
                          r"\b(?:issued|adopted|made|enacted|published|sent)\s+under\b[^.;]{0,120}?|"
                          r"\b(?:implements|implementing|implemented|implement)(?:\s+(?:Section|Article|Part|Title)s?"
                          r"\s+[\w.()-]+(?:\s+(?:and|to)\s+[\w.()-]+)?\s+of)?|"
                          r"(?<![.;:]\s)(?<!^)\b[a-z][a-z-]+\s+under\s+Sections?\s+[\w.()-]+"
                          r"(?:\s+(?:and|to)\s+[\w.()-]+)?\s+of|"
                          r"(?<![.;:]\s)(?<!^)\b[a-z][a-z-]+\s+under)\s+(?:the\s+)?$")
# "complete algorithm filing under the X": a procedure another law sets out; "Like the EU AI Act, the Senate text
# sorts ...": a law compared with, not the one spoken of; "the Act inserts its rules into two existing statutes, the X
# and the Y": laws it amends; "It was issued under the X Act and the Y Rules", "content that is unlawful under the
# IT Rules", "opt-outs that rights holders declare under Directive (EU) 2019/790": laws it rests on (but "Under the
# X Act, providers must ...": the law that speaks); "The rule implements Section 1557 of the Affordable Care Act",
# "deceptive under Section 5 of the Federal Trade Commission Act": a law whose part the page's law carries out
# "Tarn-1 (2023)", "Tarn-3 (March 2025)": a name with only a date in parentheses after it
_PARENTHESISED_DATE = re.compile(rf"(?P<name>(?<![\w'’-])(?!(?:Its|Their|The|This|These|A|An|In|On|By)\s)"
                                 rf"[A-Z0-9][\w.+-]*(?: (?:[A-Z0-9][\w.+-]*|mini|pro|max|small|"
                                 rf"large|base|chat|instruct)){{0,3}}?) "
                                 rf"\((?P<date>(?:(?:\d{{1,2}} )?{_MONTH} )?(?:19|20)\d{{2}})\)")


# "an instruction-tuned version, Tarn-3-Instruct,", "A quantized copy, Tarn-3-AWQ, followed": a version whose base the
# sentence leaves to the one before
_UNANCHORED_VERSION = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Tt]he)\s+(?:(?:new|later|smaller|larger|second|first)\s+)?"
                                 r"(?P<how>fine-tuned|instruction-tuned|instruct|chat|distilled|quantized|quantised)"
                                 r"\s+(?:version|variant|copy),?\s+(?P<name>[A-Z0-9][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,3})"
                                 r"(?!\s+of\b)")
_VERSION_LINEAGE = {"distilled": "fm:distilledFrom", "quantized": "fm:quantizedFrom", "quantised": "fm:quantizedFrom"}


def _versions_of_the_model_before(units: list[Unit], rec: _Recorder) -> None:
    """"Qorvex released Tarn 3 in 2024. It later released an instruction-tuned version, Tarn-3-Instruct": the
    version is derived from the model named before it in the sentence, else from the one the sentence before
    spoke of."""
    for unit in units:
        for match in _UNANCHORED_VERSION.finditer(unit.text):
            version = rec.resolve(match.group("name"))
            if version is None or rec.group_of(version) != "model":
                continue
            earlier = [s for t in (unit.doc or ()) if t._.is_name and t.idx < match.start()
                       and (s := rec.resolve(t.text)) and rec.group_of(s) == "model" and s != version]
            before = [s for n in unit.referents.get("topic", [])[:1] if (s := rec.resolve(n)) and s != version]
            named = _longest_model_prefix(version, rec)  # "Tarn-2-27B-Chat": Tarn 2 27B's, when the page names it
            base = [named] if named else [s for s in (earlier[-1:] or before)
                                          if not _named_after_another(version, s, rec)]
            for slug in base:
                rec.relate(version, _VERSION_LINEAGE.get(match.group("how"), "fm:fineTunedFrom"), slug,
                           unit.evidence, rule="version-of-the-model-before")


def _longest_model_prefix(version: str, rec: _Recorder) -> str | None:
    """The known model whose slug is ``version``'s but for a tuned variant's words ("tarn-2-27b" of
    "tarn-2-27b-chat"; not "tarn-2" of "tarn-2-13b-chat", whose own size the page does not name)."""
    words = version.split("-")
    for cut in range(len(words) - 1, 0, -1):
        if not _TUNED_WORDS.issuperset(words[cut:]):
            return None
        if rec.group_of(prefix := "-".join(words[:cut])) == "model":
            return prefix
    return None


_TUNED_WORDS = frozenset({"chat", "instruct", "it", "hf", "sft", "dpo", "rlhf", "v1", "v2", "v3"})


def _named_after_another(version: str, base: str, rec: _Recorder) -> bool:
    """"Kestrel 2 13B Chat" after "Kestrel 2 70B": a name that begins with a known model's name other than the base's
    is no version of that base."""
    words = version.split("-")
    prefixes = ["-".join(words[:cut]) for cut in range(1, len(words))]
    return not version.startswith(f"{base}-") and any(rec.group_of(p) == "model" for p in prefixes)


# Words of a kind, not of a name: "Large Language Model" names no model
_KIND_WORDS = frozenset({"large", "language", "foundation", "generative", "ai", "vision", "video", "image", "speech",
                         "multimodal", "reasoning", "embedding", "base", "frontier", "small", "open", "the", "a", "an"})


# "Muse, also called the World and Human Action Model (WHAM)": another name of the model named before it
_CALLED_BEFORE = re.compile(r"\b(?:called|known as|named|dubbed)\s+(?:the\s+)?$")


def _unread_name(token: Token, rec: _Recorder) -> bool:
    """A name the page has not made an entity of: unknown, or known only as what its short form in parentheses spells
    out ("The Kelp Evaluation Model (KEM)"), not as another's alias ("Muse, also called the World and Human Action
    Model (WHAM)", "PLLuM, the Polish Large Language Model, ...")."""
    known = rec.resolve(token.text)
    return known is None or (rec.group_of(known) is None and known == slugify(token.text)
                             and token.i + 1 < len(token.doc) and token.nbor(1).text == "("
                             and _CALLED_BEFORE.search(token.doc.text[:token.idx]) is None)


def _self_named_models(units: list[Unit], rules: Rules, rec: _Recorder) -> None:
    """"the Firefly Vector Model", "Segment Anything Model": a name whose last word is "Model" is a model's name,
    whatever the sentence says of it."""
    for unit in units:
        for token in unit.doc if unit.doc is not None else ():
            words = token.text.split()
            if not token._.is_name or len(words) < 2 or words[-1] != "Model" or not _unread_name(token, rec) \
                    or all(w.lower() in _KIND_WORDS for w in words[:-1]):
                continue
            cls = rules.kind_class(token.text)
            cls = cls if cls in MODEL_CLASSES else "FoundationModel"
            short = token.head if token.dep_ == "appos" and token.head._.is_name and token.head.i < token.i else None
            if short is not None and _abbreviates(short.text, token.text) and rec.resolve(short.text) is None:
                # "GODEL, the Grounded Open Dialogue Language Model, ...": the model is GODEL, its long name an alias
                rec.alias(rec.entity(short.text, cls, unit.evidence, rule="self-named-model"), token.text,
                          unit.evidence)
                continue
            rec.entity(token.text, cls, unit.evidence, rule="self-named-model")


def _parenthesised_models(unit: Unit, dated: list[tuple[str, str]], rec: _Recorder) -> None:
    """"MiniCPM-V 2.6 (August 2024) uses ...": a versioned name with only a date in parentheses is a model's, before
    the sentence rules read what the sentence says of it."""
    for name, _ in dated:
        if rec.resolve(name) is None and any(c.isdigit() for c in name) and (" " in name.strip() or "-" in name) \
                and rec.admissible(name, "FoundationModel") and not rec.rules.organization_class(name):
            rec.entity(name, "FoundationModel", unit.evidence, rule="parenthesised-date")


def _parenthesised_dates(unit: Unit, dated: list[tuple[str, str]], rec: _Recorder) -> None:
    """A model's name with only a date in parentheses after it is dated by it (the date was taken out of the text
    the parser reads, where it broke lists: "several models: Tarn-1 (2023), Tarn-2 (2024) and Tarn-3 (2025)")."""
    for name, date in dated:
        slug = rec.resolve(name)
        if slug is not None and rec.group_of(slug) == "model" and not rec.has_value(slug, "fm:releaseDate"):
            rec.value(slug, "fm:releaseDate", release_date(date) or date, "date", unit.evidence,
                      rule="parenthesised-date")


# a parenthesis that glosses a name: quoted words, a pronunciation, a spelling, a name in another script
_GLOSS = re.compile(r"\s*\((?:[^()]*[\"“”‘’][^()]*|(?:stylized|stylised|pronounced|short for|an acronym|abbreviated|"
                    r"literally|lit\.|Chinese|Japanese|Korean|Arabic|French|German|Hebrew|from|/)[^()]*|[^()]*[^\x00-\u024f]"
                    r"[^()]*)\)")
# "On 30 June 2025 Huawei released ...": without the comma the parser makes the name the date's object
_LEADING_DATE_PHRASE = re.compile(rf"^((?:On|In|By|Since|From|As of)\s+(?:(?:early|mid|late)-?\s*)?(?:\d{{1,2}}\s+)?"
                                  rf"{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d{{2}})?|In\s+(?:19|20)\d{{2}})\s+"
                                  r"(?=[A-Z]|(?:a|an|the)\s|(?!(?:was|has|is|as|its|this|thus)\s)[a-z]+s\s)")  # "From 2
# August 2026 providers must ...": a plural subject after the date
# The parser reads "open-sourced" as an adjective ("Huawei, the ... company, open-sourced X" becomes one noun phrase);
# "openly released" says the same in words it parses as a verb
_OPEN_SOURCED = re.compile(r"\bopen-sourc(?P<ending>ed|es)\b")


# "Pixtral is the name Mistral AI, the Paris company founded in 2023, gives to its vision-language models", "Kimi is
# the name under which Moonshot AI publishes its language models": a family of those models, made by that maker (said
# so, in the shape the parser reads)
_NAME_FOR_MODELS = re.compile(r"^(?P<name>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*)?) is the name (?:under which |that |which )?"
                              r"(?P<maker>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}(?:, [^,]{3,80},)?) (?:gives to|gives|"
                              r"publishes|releases|uses for|uses) its (?P<kind>(?:[\w-]+ (?:and )?){0,4}models)\b")


def _named_after_its_description(text: str, rules: Rules) -> str:
    """"The Tallinn startup Orelia released ...", "released by the Tallinn startup Orelia", "with the Paris company
    LightOn": as a subject, a maker or a partner the parser reads the noun as the head and the name as a stray
    word; "Orelia, the Tallinn startup," says the same in the shape it parses (elsewhere, "the research arm of the
    Vietnamese conglomerate Vingroup", the rules read the phrase as it is)."""
    def reordered(found: re.Match) -> str:
        if not rules.organization_noun.fullmatch(found.group("noun")) or found.group("noun") in _PERSON_NOUNS:
            return found.group()
        article = found.group("article").lower()
        closed = found.string[found.end():found.end() + 1] in (",", ";", ".", ":", ")")
        description = f"{article} {found.group('words')}{found.group('noun')}"
        if found.string[:found.start()].endswith(", from "):  # "X, from the Paris lab Y, ...": "X, from Y (the
            return f"{found.group('name')} ({description})"  # Paris lab), ...", or the parse gives X the lab
        return f"{found.group('name')}, {description}{'' if closed else ','}"
    return _DESCRIBED_NAME.sub(reordered, text)


_PERSON_NOUNS = frozenset({"developer", "maker", "founder", "researcher"})  # "the developer Vikhyat Korrapati"
# "the Tallinn startup Orelia" (then a lower-case word or a punctuation mark: not "the company Mistral AI's models")
_MADE_BY = "".join(rf"|(?<=\b{verb} by )" for verb in ("released", "developed", "built", "created", "trained",
                                                          "made", "published", "launched", "introduced", "designed",
                                                          "acquired", "bought", "purchased", "owned", "controlled"))
_DESCRIBED_NAME = re.compile(rf"(?:^|(?<=\bwith )|(?<=\bfrom ){_MADE_BY})"
                             r"(?P<article>[Tt]he|[Aa]n?)\s+(?P<words>(?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){0,3}?)"
                             r"(?P<noun>[a-z][\w-]+)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3})"
                             r"(?=\s+[a-z]|\s*[,;.:)])(?![’']s)")


def _for_the_parser(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)  # (a page's Markdown marks are blanked: "  Fenn 3   released")
    text = _PART_OF_A_MONTH.sub("", text)  # "in mid-January 2024": in January 2024, as precise as a reader takes it
    text = _PART_OF_A_PERIOD_FIRST.sub("In ", text)  # "Early in 2025 came X": the parser hangs the date on "Early"
    # "Copenhagen start-up (est. 2020) whose ...": the parser reads the year as a founding only in words
    text = _FOUNDED_IN_PARENTHESES.sub(r"\g<noun>, founded in \g<year>,", text)
    text = _SHORT_FORM.sub(_without_short_form, text)  # "the Hessian Center for AI (hessian.AI), a research ...":
    # before an apposition, the short form (an alias _acronyms has read) breaks the parse of the phrase around it
    text = _LEADING_DATE_PHRASE.sub(r"\1, ", text)
    text = _SHORT_FOR.sub("", text)  # 'ELECTRA, short for "Efficiently Learning an Encoder ...", is': the words a
    # name is short for, which the parser would take for the subject
    # "According to Amazon, a Chronos-Bolt model is ...", "Apart from the downloads on Hugging Face, the models ...":
    # an opening aside names a source or an exception, and the parser would make its name the sentence's subject
    text = _OPENING_ASIDE.sub(lambda m: m.group("rest")[:1].upper(), text)
    text = _SHARE_OWNED.sub("owned", text)  # "is majority-owned by X": owned by X, a verb the parser knows
    text = _EVERY_MEMBER.sub(_all_members_of, text)  # "Every version of the family has been published ...": all
    # "Begun in 2009 as a project ..., the company": a capitalised participle is tagged a proper noun
    text = _OPENING_PARTICIPLE.sub(lambda m: m.group(0).lower(), text)
    text = _ONE_OF_THE_MODELS.sub(r"a \g<words>\g<noun> ", text)  # "X, one of the small models that DeepSeek
    # distilled from Y": a small model that DeepSeek distilled, said of X (the parser hangs it on "models")
    text = _SETS_OF_WEIGHTS.sub(lambda m: f"{'T' if m.group(1)[0].isupper() else 't'}he weights of "  # "Both sets
                                f"{m.group(1).lower()}", text)  # of weights can be downloaded": the weights of both
    text = _AMONG_THEM.sub(", including ", text)  # "models, among them A and B": the parser knows "including"
    text = _SET_UP.sub(r"established \g<after>", text)  # "set up in 2020": one verb, as the founding rules read it
    text = _MONTHS_SHARING_A_YEAR.sub(r"\g<first> \g<year> and \g<second> \g<year>", text)  # "in June and October
    # 2023": two dates
    text = _PUT_OUT.sub(lambda m: _RELEASED[m.group("verb").lower()], text)  # "it put out X": it released X
    text = _PUT_ON.sub("released ", text)
    text = _OPENED_TO_ALL.sub(r"released \g<name>", text)  # "opened Dream Machine to everyone": released it
    text = _TOWN_OF.sub("in ", text)  # "founded in 1956 in the small town of Jülich": in Jülich
    # "released Muse's weights": the weights of Muse, as the rules on what a maker released read them
    text = _NAMES_WEIGHTS.sub(r"\g<verb>the \g<weights> of \g<name>", text)
    text = _BARE_VERSION.sub(r"\g<family> \g<first> and \g<family> \g<second>", text)  # "Kestrel-ASR 1.0 and 2.0":
    # the second is Kestrel-ASR 2.0
    text = _BARE_SIZES.sub(_sizes_in_full, text)  # "Vexa 3 4B, 12B and 27B": Vexa 3 12B and Vexa 3 27B
    text = _LATER_FROM.sub(r"\g<prep> \g<base> and ", text)  # "fine-tuned from A and later from B": from A and B
    text = _GAPPED_LINEAGE.sub(r"\g<first>, and \g<name> \g<aux> \g<verb> \g<prep> ", text)  # "A is built on X and B
    # on Y": B is built on Y
    text = _GAPPED_OBJECT.sub(_gapped_object_filled, text)  # "uploaded A to P on 27 October and B on 9 November"
    text = _with_gapped_releases_filled(text)  # "A came out in May 2024 and B in August 2024": B came out in
    # August 2024
    text = _RARE_RELEASE.sub("released ", text)  # "..., a research centre in Darmstadt, debuted LeoLM": the
    # tagger reads a rare verb after a long subject as an adjective; "released" it knows
    text = _OPEN_SOURCED.sub(lambda m: "openly releas" + m.group("ending"), text)
    text = _THOSE_APPOSITION.sub("", text)  # "required companies developing X, those trained with ..., to report":
    # the apposition only says which; the parser otherwise makes "those" the subject of "report"
    return _JOINED_SENTENCE.sub(". ", text) if _OWN_CLAUSE.search(text.partition("; ")[0]) else text


_NAMES_WEIGHTS = re.compile(r"(?P<verb>\b(?:released|published|uploaded|posted|shared|open-sourced) )"
                            r"(?P<name>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,3})['’]s (?P<weights>weights|checkpoints)\b")
_THOSE_APPOSITION = re.compile(r",\s+those\s+(?:[a-z]+ed|with|that|who|whose|above|below|over)\b[^,;:.]*,")
# "A, from X, listens ...; its weights were published in 2024", "It offers A and B; C and D were added ...": a
# second sentence after a semicolon, with a subject and a verb of its own, is parsed as one (the parser otherwise makes
# the first a part of the second); the unit stays one, so "its" and "they" still see the names before
_JOINED_SENTENCE = re.compile(r"; (?=(?:[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]he\s+\w+|[\w.-]*\d[\w.-]*(?:\s+and\s+[\w.-]+)?)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has|have|had|can|could|will|would)\b)")
_OWN_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b|\b[a-z]{3,}(?:s|ed)\b")


_SETS_OF_WEIGHTS = re.compile(r"\b([Bb]oth|[Aa]ll\s+(?:two|three|four|five|six))\s+sets\s+of\s+"
                              r"(?:weights|checkpoints)\b")
_ONE_OF_THE_MODELS = re.compile(r"(?<=, )one of the (?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>model|version|variant|"
                                r"member)s\s+(?=(?:that|which)\s)")
_PART_OF_A_PERIOD_FIRST = re.compile(rf"^(?:Early|Late|Later|Earlier)\s+in\s+"
                                     rf"(?=(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d{{2}},?\s+"
                                     r"(?:[A-Z]|came\b|followed\b|arrived\b|appeared\b))")  # (before a name, or
# "came X": "Late in 2022 the weights of ..." parses as it is)
_PART_OF_A_MONTH = re.compile(rf"\b(?:early|mid|late)-?\s*(?={_MONTH}\s+(?:19|20)\d{{2}}\b)", re.IGNORECASE)
_FOUNDED_IN_PARENTHESES = re.compile(r"(?P<noun>\b[a-z][a-z-]+)\s*\((?:est\.|estd\.|established|founded)\s+"
                                     r"(?:in\s+)?(?P<year>(?:19|20)\d{2})\)")
_SHORT_FORM = re.compile(r"(?P<name>\b[A-Z][\w.-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w.-]*)+)\s+"
                         r"\((?P<short>[\w.&-]{2,20})\)(?=,\s+(?:a|an|the)\s+[a-z])")


def _without_short_form(found: re.Match) -> str:
    """A name without its short form in parentheses: its initials ("TII") or the start of its first word
    ("hessian.AI"); any other word in parentheses ("Tarn-2 (Quorvex)": its maker) stays."""
    name, short = found.group("name"), found.group("short")
    words = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    letters = re.sub(r"[^a-z]", "", short.lower())
    first = re.sub(r"[^a-z]", "", words[0].lower())
    if short.upper() == short and letters and initials.lower().startswith(letters) \
            or len(first) >= 4 and letters.startswith(first):
        return name
    return found.group()


_AMONG_THEM = re.compile(r",\s+among\s+(?:them|others)\s+")
_PUT_OUT = re.compile(r"\b(?P<verb>put|puts|putting|brought|brings|bringing)\s+out\b")
# "a team at Amazon Web Services put MistralLite on Hugging Face": released it there
_PUT_ON = re.compile(r"\bput\s+(?=[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}\s+on\s+[A-Z])")
_OPENED_TO_ALL = re.compile(r"\bopened\s+(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})\s+to\s+(?:everyone|"
                            r"anyone|the(?:\s+general)?\s+public|all(?:\s+users)?)\b")
_RELEASED = {"put": "released", "puts": "releases", "putting": "releasing", "brought": "released",
             "brings": "releases", "bringing": "releasing"}
_MONTHS_SHARING_A_YEAR = re.compile(rf"\b(?P<first>{_MONTH})\s+and\s+(?P<second>{_MONTH})\s+"
                                    rf"(?P<year>(?:19|20)\d{{2}})\b")
_BARE_VERSION = re.compile(r"\b(?P<family>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?P<first>\d+(?:\.\d+)+) and "
                           r"(?P<second>\d+(?:\.\d+)+)\b(?! ?(?:billion|million|percent|%|tokens|parameters))")
_SIZE_WORD = r"(?:\d+x)?\d+(?:\.\d+)?[BMKT]\b"
# "Vexa 3 4B, 12B and 27B", "EXAONE Deep 2.4B, 7.8B and 32B": the family's name is the capitalised words before the
# sizes (not a sentence's "The", "In", "Its")
_BARE_SIZES = re.compile(rf"\b(?P<family>(?!(?:The|In|On|At|By|For|From|Its|Their|With|And|Both|All|Of)\b)[A-Z][\w.-]*"
                         rf"(?: (?!(?:The|And|Of)\b)[A-Z][\w.-]*){{0,2}}(?: [\d.]+)?) (?P<sizes>{_SIZE_WORD}"
                         rf"(?:, {_SIZE_WORD})*,? (?:and|or) {_SIZE_WORD})")


@lru_cache(maxsize=512)
def _with_sizes_in_full(text: str) -> str:
    """``text`` with "Vexa 3 4B, 12B and 27B" written out: once per text, however many entities are looked for."""
    return _BARE_SIZES.sub(_sizes_in_full, text)


def _sizes_in_full(found: re.Match) -> str:
    """Each size of "Vexa 3 4B, 12B and 27B" with the family's name before it."""
    family = found.group("family")
    return f"{family} " + re.sub(_SIZE_WORD, lambda size: size.group(0) if size.start() == 0
                                 else f"{family} {size.group(0)}", found.group("sizes"))


_GAPPED_LINEAGE = re.compile(r"(?P<first>\b(?P<aux>is|are|was|were)\s+(?P<verb>built|based|trained|fine-tuned|"
                             r"distilled|derived|initiali[sz]ed)\s+(?P<prep>on|from|upon)\s+[^,;.]+?)\s+and\s+"
                             r"(?P<name>[A-Z][\w.+-]*\d[\w.+-]*)\s+(?P=prep)\s+")
_DATE_WORDS = rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},)?(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})"
_RELEASE_VERB = (r"(?:(?:was|were)\s+)?(?:released|launched|published|unveiled|introduced|announced)|came\s+out|"
                 r"appeared|followed|arrived|debuted")
_FIRST_DATED_RELEASE = re.compile(rf"\b(?P<verb>{_RELEASE_VERB})\s+(?:in|on)\s+{_DATE_WORDS}")
# ", and B in August 2024", ", B in 2023", " and C, also called D, in 2024": a name dated with the verb left out
_GAPPED_RELEASE = re.compile(rf"(?P<before>,\s+(?:and\s+)?|,?\s+and\s+)(?P<name>[A-Za-z][\w.+-]*(?:\s+(?:"
                             rf"[A-Z0-9][\w.+-]*|[\w.+-]*\d[\w.+-]*|mini|nano|small|base|large|turbo|pro|preview|"
                             rf"instruct|chat)){{0,3}})"
                             rf"(?P<aside>,\s+[^,;.]+,)?\s+(?P<date>(?:in|on)\s+{_DATE_WORDS})(?=[.;,]|\s+and\s|$)")


_GAPPED_NAME = r"[A-Za-z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}"
# "uploaded A to the Hub on 27 October and B on 9 November": a second object dated with the verb left out
_GAPPED_OBJECT = re.compile(rf"\b(?P<verb>released|published|uploaded|launched|open-sourced|unveiled|introduced|"
                            rf"shipped)\s+(?P<first>{_GAPPED_NAME})(?P<place>\s+(?:to|on)\s+(?:the\s+)?"
                            rf"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})?\s+(?P<when>(?:in|on)\s+{_DATE_WORDS}),?\s+and\s+"
                            rf"(?P<name>{_GAPPED_NAME})\s+(?P<date>(?:in|on)\s+{_DATE_WORDS})(?=[.;,]|$)")


def _gapped_object_filled(found: re.Match[str]) -> str:
    """The second object takes the verb and the place back: "... and uploaded B to the Hub on 9 November"."""
    name = found.group("name")
    if not _gapped_name_shaped(name):
        return found.group()
    return (f"{found.group('verb')} {found.group('first')}{found.group('place') or ''} {found.group('when')} and "
            f"{found.group('verb')} {name}{found.group('place') or ''} {found.group('date')}")


def _gapped_name_shaped(name: str) -> bool:
    """May a word left after a gapped verb be a name: capitalised, or in lower case with a version's digit or hyphen."""
    return name[0].isupper() or re.search(r"[\d-]", name) is not None


def _gapped_releases(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """"InstructBLIP followed in May 2023, and xGen-MM, also called BLIP-3, in 2024"; "A appeared in 2022, B in 2023
    and C in 2024": each name dated with the release verb left out, with the dated release before it (a name in
    lower case only with a version's digit or hyphen)."""
    position = 0
    while (first := _FIRST_DATED_RELEASE.search(text, position)) is not None:
        position = first.end()
        while (gap := _GAPPED_RELEASE.match(text, position)) is not None \
                and _gapped_name_shaped(gap.group("name")):
            yield first, gap
            position = gap.end()


def _with_gapped_releases_filled(text: str) -> str:
    """Each name dated with the release verb left out takes the verb back ("A came out in May 2024 and B in August
    2024": B came out in August 2024), so the parse dates it as it dates the first."""
    pieces, position = [], 0
    for first, gap in _gapped_releases(text):
        pieces.append(f"{text[position:gap.start()]}{gap.group('before')}{gap.group('name')}{gap.group('aside') or ''}"
                      f" {first.group('verb')} {gap.group('date')}")
        position = gap.end()
    return "".join(pieces) + text[position:]


_TOWN_OF = re.compile(r"\bin\s+the\s+(?:(?:small|little|large|old|historic|university|industrial|coastal|nearby|"
                      r"neighbouring|neighboring)\s+)*(?:town|city|village|municipality)\s+of\s+(?=[A-Z])")
_RARE_RELEASE = re.compile(r"(?<=,\s)(?:debuted|unveiled)\s+(?=[A-Z])")
_SET_UP = re.compile(r"\bset\s+up\s+(?P<after>in|by|as|on)\b")


_OWNED_WORD = re.compile(r"[A-Za-z]['’]s\s([A-Z][a-z]{2,}[a-z0-9]*)\b")  # "OpenAI's Whisper": a maker's model
_OWNED_NAME = re.compile(r"\b[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}['’]s\s([A-Z][\w.+-]*\d[\w.+-]*)")
_SHARE_OWNED = re.compile(r"\b(?:majority|wholly|fully|partly|jointly|privately)-owned(?= by\b)")
_EVERY_MEMBER = re.compile(r"\b(?P<every>[Ee]very|[Ee]ach) (?P<noun>version|model|member|size|variant|checkpoint) "
                           r"(?P<of>(?:of|in) (?:the|its|their) (?:[\w-]+ ){0,2}?)(?P<verb>has|is|was|can)\b")
_PLURAL_VERBS = {"has": "have", "is": "are", "was": "were", "can": "can"}


def _all_members_of(found: re.Match) -> str:
    """"Every version of the family has" -> "All versions of the family have", as the rules on a family's members
    read it."""
    capital = "A" if found.group("every")[0].isupper() else "a"
    return f"{capital}ll {found.group('noun')}s {found.group('of')}{_PLURAL_VERBS[found.group('verb')]}"


_LATER_FROM = re.compile(r"\b(?P<prep>from|on) (?P<base>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,3}) and "
                         r"(?:later|then|afterwards|subsequently) (?P=prep) (?=[A-Z])")
# (also at a sentence's end: "... describe Donut, short for Document Understanding Transformer.")
_SHORT_FOR = re.compile(r",\s+(?:short|shorthand)\s+for\s+(?:[\"“][^\"”]{3,160}[\"”]|(?:the\s+)?[A-Z]"
                        r"[^,;()\"“]{2,120}),(?=\s)"
                        r"|,\s+(?:short|shorthand)\s+for\s+(?:the\s+)?[A-Z][^,;:()\"“.]{2,120}(?=\.\s*$)"
                        r"|\s+\((?:short|shorthand)\s+for\s+[^()]{3,160}\)")
_OPENING_ASIDE = re.compile(r"^(?:According to|Apart from|Aside from|Besides|In addition to|Outside(?: of)?(?=\s[A-Z]))"
                            r"\s[^,;:]{1,80},\s+"
                            r"(?P<rest>[a-z])")
_OPENING_PARTICIPLE = re.compile(r"^(?:Begun|Formed|Started|Established|Incorporated)(?= (?:in|as|by) )")

# "on 4 October", "21 November", "October 21", "in early October" (read as the month) -- not followed by a year
_YEARLESS_DATE = re.compile(rf"(?:\b(?:early|mid|late)-?\s*)?(?P<date>\b\d{{1,2}}\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}"
                            rf"(?!\d)|(?:(?<=\b[Ii]n\s)|(?<=\bend of\s)|(?<=\bstart of\s)|(?<=\bmiddle of\s)"
                            rf"|(?<=\bweek of\s))"
                            rf"(?:(?:early|mid|late)-?\s*)?{_MONTH})\b(?!,?\s+(?:\d{{4}}|\d{{1,2}}\b))")
# ("at the end of July", "in the first week of November": in the year named before it too)


_YEAR_LINE = re.compile(rf"(?:{_MONTH}\s+)?((?:19|20)\d{{2}})")


def _years_from_the_story(units: list[Unit]) -> None:
    """"XVERSE-13B was released on 7 August 2023. Two weeks later, on 22 August, came ...": a day or month given
    without a year, after a date with its month earlier in the same section, is in that date's year when it does
    not go back in time; "The same day" after such a date is that date, in its section or, opening a section, the
    one before (a news story that opens "The same day Google released ...", a section that opens "The same month
    the company published ...")."""
    last: tuple[str, str] | None = None  # the section and the last date to the month named in it
    last_year: tuple[str, str] | None = None  # the section and the last year named in it
    section: str | None = None
    for unit in units:
        before = last[1] if last is not None and last[0] == unit.section else None
        unit.text = _ALONGSIDE.sub(r"\g<0> at the same time", unit.text)  # "X was released alongside.": with the
        # model dated before it
        opening = unit.section != section and unit.text.startswith(("The same day", "The same month"))
        same = before or (last[1] if last is not None and opening else None)
        section = unit.section
        unit.text = _THE_SAME_DAY.sub(partial(_on_the_day, before=same), unit.text)  # ("in December 2024, the
        # same month": the date named before it in its own sentence first)
        unit.text = _RELATIVE_DAYS.sub(partial(_day_moved, before=before), unit.text)
        unit.text = _THAT_MONTH.sub(partial(_that_month, before=before), unit.text)
        year = last_year[1] if last_year is not None and last_year[0] == unit.section else _year_heading(unit.section)
        newer = year is not None and before is not None and year > before[:4]  # "in October 2021 ... in the autumn
        # of 2022": the bare year named since
        unit.text = _YEARLESS_DATE.sub(partial(_with_year_after, before=None if newer else before,
                                               year_before=year), unit.text)
        unit.text = _THAT_YEAR.sub(partial(_that_year, before=year), unit.text)
        dates = _dates_to_the_month(unit.text)
        if dates:
            last = (unit.section, dates[-1])
        years = _YEAR_NAMED.findall(unit.text)
        if years:
            last_year = (unit.section, years[-1])


# "Writer published three models in early 2023 ... Camel-5B, released that spring, ...", "Later that year it
# released X", "the following year": a year named before, or the year after it
_THAT_YEAR = re.compile(rf"(?P<of>\b(?:of|{_MONTH})\s+)?(?:\b[Ii]n\s+)?\b(?:(?P<when>[Ll]ater|[Ee]arlier|[Ll]ate|"
                        r"[Ee]arly)\s+(?:in\s+)?)?"
                        r"(?:[Tt]hat|[Tt]he\s+same|(?P<next>[Tt]he\s+(?:following|next)))\s+(?:same\s+)?"
                        r"(?:year|spring|summer|autumn)\b(?!\s+(?:as|that|when|of)\b)")
# A year a text names as a time ("in early 2023", "since 2019", "March 2024", "2023:"), not a number ("2048 tokens")
_YEAR_NAMED = re.compile(rf"(?:\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|"
                         rf"{_MONTH}|\d{{1,2}}\s+{_MONTH})\s+|^)((?:19|20)\d{{2}})\b(?![.,]?\d)")


def _year_heading(section: str) -> str | None:
    """A section headed by a year alone (a timeline's "2023"): that year."""
    return section if re.fullmatch(r"(?:19|20)\d{2}", section.strip()) else None


def _that_year(found: re.Match, before: str | None) -> str:
    """"later that year" as "later in 2023", "the following year" as "in 2024", after a year named before (in its
    own sentence first, else ``before``); as it is otherwise."""
    own = _YEAR_NAMED.findall(found.string[:found.start()])
    year = own[-1] if own else before
    if year is None:
        return found.group()
    if found.group("next"):
        year = str(int(year) + 1)
    if found.group("of"):  # "in the spring of that year", "At the end of March that year": the year itself
        return f"{found.group('of')}{year}"
    said = f"{found.group('when').lower()} in {year}" if found.group("when") else f"in {year}"
    return _cased_as(said, found)


# "BigCode began in September 2022. Its first model appeared that December": a month of the year named before
_THAT_MONTH = re.compile(rf"\b[Tt]hat\s+(?:same\s+)?(?P<month>{_MONTH})\b(?!,?\s+\d)|\b(?:[Ll]ater|[Ee]arlier|[Ll]ate|"
                         rf"[Ee]arly)\s+(?:in\s+)?that\s+(?P<unit>month)\b")


def _that_month(found: re.Match, before: str | None) -> str:
    """"that December" as "in December 2022" after a date to the month of 2022 (in its own sentence first, else
    ``before``), when time goes forward; as it is otherwise."""
    own = _dates_to_the_month(found.string[:found.start()])
    before = own[-1] if own else before
    if before is not None and found.group("unit"):  # "published on 2 November 2000, the law took effect later
        said = f"in {MONTH_NAMES[int(before[5:7]) - 1]} {before[:4]}"  # that month": in November 2000
        return _cased_as(said, found)
    if before is None or not found.group("month"):
        return found.group()
    month = MONTH_NAMES.index(found.group("month")) + 1
    if month < int(before[5:7]):
        return found.group()
    said = f"in {found.group('month')} {before[:4]}"
    return _cased_as(said, found)


def _cased_as(said: str, found: re.Match) -> str:
    """Words put in place of ``found``, opening with a capital when it did ("A month later" -> "In July 2023")."""
    return said[:1].upper() + said[1:] if found.group()[:1].isupper() else said


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
# "A month later", "Two months after that", "Twelve months later", "a year earlier"
_RELATIVE_MONTHS = re.compile(rf"\b(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?P<unit>months?|years?)\s+"
                              r"(?P<way>later|afterwards|after\s+that|earlier|before\s+that)\b"
                              rf"(?!,?\s+(?:on|in)\s+(?:the\s+)?(?:\d|{_MONTH}))", re.IGNORECASE)  # not "..., on 8 May"


# "A day later", "Two weeks later", "the next day": a time counted in days from the day named before (not "Two weeks
# later, on 22 August": the day it names)
_RELATIVE_DAYS = re.compile(rf"(?:\b(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+"
                            r"(?P<way>later|afterwards|after\s+that|earlier|before\s+that)\b|\bthe\s+(?:next|following)\s+"
                            rf"day\b)(?!,?\s+(?:on|in)\s+(?:the\s+)?(?:\d|{_MONTH}))", re.IGNORECASE)


def _day_moved(found: re.Match, before: str | None) -> str:
    """The day ``found`` counts from the day named before it in its sentence, else ``before`` ("2023-05-30"), as
    words: "on 31 May 2023"; as it is when the date named before is no day."""
    named = _dates_to_the_month(found.string[:found.start()])
    before = named[-1] if named else before
    if before is None or len(before) != 10:
        return found.group()
    count = (found.group("count") or "one").lower()
    weeks = (found.group("unit") or "").lower().startswith("week")
    days = (_COUNT_WORDS.get(count) or int(count)) * (7 if weeks else 1)
    days = -days if (found.group("way") or "").lower().startswith(("earlier", "before")) else days
    day = datetime.date.fromisoformat(before) + datetime.timedelta(days=days)
    said = f"on {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return _cased_as(said, found)


# "Orel 2 followed the next year", "the following year": the year after the one named before (a year, no month)
_NEXT_YEAR = re.compile(r"\bthe\s+(?:next|following)\s+year\b(?!,?\s+(?:on|in)\s)", re.IGNORECASE)


# "it took effect the following month", "made it public the next month": the month after the one named before
_NEXT_MONTH = re.compile(r"\bthe\s+(?:next|following)\s+month\b(?!,?\s+(?:on|in)\s)", re.IGNORECASE)


def _next_month(found: re.Match, before: str | None) -> str:
    """"the following month" as "in September 2012" after "on 15 August 2012" (in its own sentence first, else the
    date to the month named last in the section); as it is when no month was named."""
    named = _dates_to_the_month(found.string[:found.start()])
    before = named[-1] if named else before
    if before is None:
        return found.group()
    index = int(before[:4]) * 12 + int(before[5:7])
    said = f"in {MONTH_NAMES[index % 12]} {index // 12}"
    return _cased_as(said, found)


def _year_after(found: re.Match, before: str | None, year_before: str | None) -> str:
    """"the next year" as "in 2020" after a sentence that named 2019 (its own sentence's year first, then the last
    date to the month of the section, then the last year); as it is when no year was named."""
    year = _bare_year_before(found) or (before[:4] if before else year_before)
    return f"in {int(year) + 1}" if year else found.group()


_YEAR_ALONE = re.compile(r"\b(?:in|of)\s+((?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)")  # the last year a sentence names


def _bare_year_before(found: re.Match) -> str | None:
    """The year its sentence names before ``found`` ("later in 2025: ..."), when no date to the month comes first."""
    said = found.string[:found.start()]
    year = _YEAR_ALONE.search(said)
    if year is not None and _FOUNDED.search(said[max(0, year.start() - 40):year.start()]):
        return None  # "ByteDance, founded in Beijing in 2012 ..., released UI-TARS in January": not that year
    return year.group(1) if year is not None and not _dates_to_the_month(said) else None


def _entries_named_first(units: list[Unit]) -> None:
    """"- 18 January: FireLLaVA-13B, a vision-language model ... The model, which has 13 billion parameters, went up
    on Hugging Face": a dated entry that opens with a name and no verb of its own is about that name, so its later
    sentences speak of it (not of a model they name in passing)."""
    named: dict[int, str] = {}
    seen: set[int] = set()
    for unit in units:
        doc = unit.doc
        if unit.date and unit.topic is None and unit.paragraph not in seen and doc is not None and len(doc) \
                and doc[0]._.is_name and doc[0].dep_ == "ROOT":  # (the paragraph's first sentence opens so)
            named[unit.paragraph] = doc[0].text
        seen.add(unit.paragraph)
        if unit.date and unit.topic is None and unit.paragraph in named:
            unit.topic = named[unit.paragraph]


def _months_from_the_story(units: list[Unit]) -> None:
    """"X appeared in June 2023. A month later came Y": a time counted in months or years from the date to the
    month named last in the same section is that month ("In July 2023 came Y"); a time in years, from the year named
    last when the section has named no month ("X came out in 2019. Y followed the next year": in 2020)."""
    last: tuple[str, str] | None = None
    last_year: tuple[str, str] | None = None
    for unit in units:
        before = last[1] if last is not None and last[0] == unit.section else None
        year_before = last_year[1] if last_year is not None and last_year[0] == unit.section else None
        unit.text = _NEXT_YEAR.sub(partial(_year_after, before=before, year_before=year_before), unit.text)
        unit.text = _RELATIVE_MONTHS.sub(partial(_month_moved, before=before, year_before=year_before), unit.text)
        unit.text = _NEXT_MONTH.sub(partial(_next_month, before=before), unit.text)
        dates = _dates_to_the_month(unit.text)
        if dates:
            last = (unit.section, dates[-1])
        if (year := _YEAR_ALONE.search(unit.text)) is not None:
            last_year = (unit.section, year.group(1))


def _month_moved(found: re.Match, before: str | None, year_before: str | None = None) -> str:
    """The month ``found`` counts from the date named before it in its sentence, else ``before`` ("2023-06"), as
    words: "in July 2023"; a time in years from ``year_before`` when no month is known."""
    said_before = _dates_to_the_month(found.string[:found.start()])
    before = said_before[-1] if said_before else before
    count = found.group("count").lower()
    months = (_COUNT_WORDS.get(count) or int(count)) * (12 if found.group("unit").lower().startswith("year") else 1)
    months = -months if found.group("way").lower().startswith(("earlier", "before")) else months
    year = _bare_year_before(found)  # "X appeared in 2022; Y followed a year later": 2023
    year = year if year is not None or before is not None else year_before
    if year is not None and months % 12 == 0:
        said = f"in {int(year) + months // 12}"
        return _cased_as(said, found)
    if before is None:
        return found.group()
    index = int(before[:4]) * 12 + int(before[5:7]) - 1 + months
    said = f"in {MONTH_NAMES[index % 12]} {index // 12}"
    return _cased_as(said, found)


def _with_year_after(found: re.Match, before: str | None, year_before: str | None = None) -> str:
    """A yearless date in the year of the date named before it (in its own sentence first, else ``before``), if
    that keeps time going forward; else as it is. A bare year its own sentence names first wins ("Two models
    followed later in 2025: A came out in August"); with no date to the month before it in its section, the year
    the section named last (``year_before``: "... followed in the autumn of 2022. X came out on 27 October")."""
    date = found.group()
    month = next((i for i, name in enumerate(MONTH_NAMES, start=1) if name.lower()[:3] in date.lower()), 0)
    year = _bare_year_before(found)
    if month and year is not None:
        return _with_year(date, year)
    own = _dates_to_the_month(found.string[:found.start()])
    before = own[-1] if own else before
    if month and before is None and year_before is not None:
        return _with_year(date, year_before)
    if not month or before is None or month < int(before[5:7]):
        return date
    return _with_year(date, before[:4])


def _on_the_day(same: re.Match, before: str | None) -> str:
    """"The same day" -> "On 6 November 2023" when the date named last (in the sentence, else ``before`` it) is a
    day; "the same month" -> "in May 2024"."""
    said = _dates_to_the_month(same.string[:same.start()])
    before = said[-1] if said else before
    if before is None:
        return same.group()
    month = f"{MONTH_NAMES[int(before[5:7]) - 1]} {before[:4]}" if len(before) >= 7 else ""
    if same.group("unit") == "time" and not same.group().lower().startswith("at"):
        return same.group()  # "in the same time" is no date
    if same.group("unit") == "month" and month or same.group("unit") == "time" and len(before) == 7:  # "at the
        # same time" as a date to the month: that month
        return f"{'In' if same.group()[0].isupper() else 'in'} {month}"
    if len(before) != 10 or same.group("unit") not in ("day", "time"):
        return same.group()
    on = "On" if same.start() == 0 or same.group()[0].isupper() else "on"
    return f"{on} {int(before[8:10])} {month}"


def _dates_to_the_month(text: str) -> list[str]:
    """The dates with a month or a day a text names, in order, as ISO dates."""
    return [d for m in _DATE_TO_THE_MONTH.finditer(text) if (d := release_date(m.group()))]


# "The same day it rolled out ...", "On the same day, ...", "was unveiled the same month"
_ALONGSIDE = re.compile(r"\b(?:released|published|launched|announced|introduced|presented|unveiled|shipped)\s+"
                        r"(?:alongside|with it|together with it)(?=\s*[.;])")
_THE_SAME_DAY = re.compile(r"\b(?:(?:[Oo]n|[Ii]n|[Aa]t)\s+)?(?:(?:[Tt]he|[Tt]hat)\s+same|(?<=[Oo]n\s)that)\s+"
                           r"(?P<unit>day|month|time(?!\s+(?:as|that)\b))\b")  # not "at the same time as X"; "came
# out on that day" too
_DATE_TO_THE_MONTH = re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d{{2}}|{_MONTH}\s+\d{{1,2}},\s+"
                                rf"(?:19|20)\d{{2}}|{_MONTH}\s+(?:of\s+)?(?:19|20)\d{{2}})\b")


def _with_years(text: str, year: str) -> str:
    return _YEARLESS_DATE.sub(lambda m: _with_year(m.group("date"), year), text)


def _with_year(date: str, year: str) -> str:
    """"4 October" -> "4 October 2024", "October 21" -> "October 21, 2024", "early October" -> "October 2024"."""
    date = re.sub(r"^(?:early|mid|late)-?\s*", "", date)
    return f"{date}, {year}" if date[-1].isdigit() else f"{date} {year}"


# "Two smaller models joined it in February 2025.", "On 30 April 2025 Microsoft added three reasoning models"
_ANNOUNCED = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:models|versions|variants|members|sizes)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DATE_IN_TEXT = re.compile(rf"\b(?:in|on)\s+(?P<date>(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},\s+)?(?:19|20)\d{{2}}"
                           rf"|(?:19|20)\d{{2}})\b")


# The opening of a second clause of a sentence, whose subject is another of the models announced ("..., while B")
_CONTRASTED_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas)|;)\s+$")


def _announced_models(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Two smaller models joined it in February 2025. A is ... B is ...": a sentence that announces a number of
    models, naming none, dates the models the next sentences of its paragraph open with; "Microsoft AI ...
    announced two models of its own on 28 August" also gives them the maker it opens with."""
    dated = {s for (s, p) in rec.single_values if p == "fm:releaseDate"}
    made = {f.subject for f in rec.extraction.facts if f.predicate == "fm:developedBy"}
    models = _spelling_pattern_of(rec, "model")
    organizations = _spelling_pattern_of(rec, "organization")
    if models is None:
        return
    year = _page_year(document)
    pending: tuple[int, str | None, str | None, Block] | None = None
    for block, sentence in _sentences(document):
        first = models[0].match(sentence.text)
        opening = models[1][first.group()] if first else None
        if pending is not None and pending[3] is block and opening is not None:
            left, date, maker, _ = pending
            contrasted = [models[1][m.group()] for m in models[0].finditer(sentence.text)
                          if _CONTRASTED_CLAUSE.search(sentence.text[:m.start()])]  # "A is ..., while B ..."
            for announced_model in list(dict.fromkeys([opening, *contrasted]))[:left]:
                if date and announced_model not in dated:
                    rec.value(announced_model, "fm:releaseDate", date, "date", sentence, rule="announced-models")
                    dated.add(announced_model)
                if maker and announced_model not in made:
                    rec.relate(announced_model, "fm:developedBy", maker, sentence, rule="announced-models")
                    made.add(announced_model)
                left -= 1
            pending = (left, date, maker, block) if left > 0 else None
            continue
        announced = _ANNOUNCED.search(sentence.text)
        if not announced or models[0].search(sentence.text) is not None:
            continue
        text = _YEARLESS_DATE.sub(lambda m: _with_year(m.group("date"), year), sentence.text) if year else sentence.text
        when = _DATE_IN_TEXT.search(text)
        by = organizations[0].match(sentence.text) if organizations else None
        date = release_date(when.group("date")) if when and not _ONLY_SHOWN.search(text) else None
        maker = organizations[1][by.group()] if by and organizations else None
        if date or maker:
            number = announced.group("count").lower()
            pending = (_COUNTS.get(number) or int(number), date, maker, block)


# "announced two models of its own": shown, not yet released, so no release date
_ONLY_SHOWN = re.compile(r"\b(?:announc|unveil|preview|show|tease)\w*", re.IGNORECASE)


def _spelling_pattern_of(rec: _Recorder, group: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """A pattern of every spelling of the entities of one group (longest first), and the slug of each."""
    spellings = dict(sorted(((n, s) for n, s in rec.spellings.items() if rec.group_of(s) == group),
                            key=lambda m: -len(m[0])))
    if not spellings:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, spellings))})(?![\w-])"), spellings


def _page_year(document: SourceDocument) -> str | None:
    """The one year a page's title names ("Model News Roundup: October and November 2024"): the year of the dates
    its items give without one."""
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", document.title))
    return years.pop() if len(years) == 1 else None


def _cued_organizations(units: list[Unit], rules: Rules, rec: _Recorder) -> None:
    """A name its own words mark as an organization ("Carnegie Mellon University", "European Parliament") is one,
    wherever a sentence names it in passing."""
    for unit in units:
        for token in unit.doc or ():
            name = token.text
            before, of, after = name.partition(" of ")
            if of and not rules.organization_class(before) and rules.organization_class(after):
                name = after  # "Albert Gu of Carnegie Mellon University": the university
            cls = rules.organization_class(name) if token._.is_name and len(name.split()) > 1 else None
            known = rec.resolve(name)  # (a spelling only, "The X Institute, usually called XI", is no entity yet)
            if cls and known is None and _shortened_organization(name, rec):
                continue  # "the Attorney General" after "the Texas Attorney General": the one named before
            if cls and (known is None or rec.group_of(known) is None) and rec.admissible(name, cls):
                rec.entity(name, cls, unit.evidence, rule="organization-cue")


def _shortened_organization(name: str, rec: _Recorder) -> bool:
    """"the Attorney General" after "the Texas Attorney General", "Bell Labs" after "Nokia Bell Labs": the one
    organization named before with one word more (its place or owner) is the one meant (its spelling here); not
    "Artificial Intelligence Laboratory" after "Computer Science and Artificial Intelligence Laboratory"."""
    fuller = sorted(slug for slug, label in rec.labels.items()
                    if label.endswith(f" {name}") and " " not in label[:-len(name) - 1].strip()
                    and rec.group_of(slug) == "organization")
    if len(fuller) != 1:
        return False
    rec.spellings[name] = fuller[0]
    return True


def _counted_names(units: list[Unit], rec: _Recorder) -> None:
    """"... to Command A, which has 111 billion parameters", "Vesta A has 111 billion parameters", "Phi-3-small, with
    7 billion parameters": a name no rule read, said to have a count of parameters, is a model's, of that count."""
    longer = {t.text for unit in units for t in unit.doc or () if t._.is_name and " " in t.text}
    for unit in units:
        for token in unit.doc or ():
            if token.lemma_.lower() not in ("parameter", "param") or not any(
                    c.dep_ in ("nummod", "quantmod", "compound") and c.like_num for c in token.children):
                continue
            owner = _owner_of_count(token)
            if owner is not None and owner._.is_name and rec.resolve(owner.text) is None \
                    and rec.admissible(owner.text, "FoundationModel") \
                    and not any(name.endswith(f" {owner.text}") for name in longer) \
                    and not (owner.i > 0 and (owner.nbor(-1)._.is_name or owner.nbor(-1).like_num)):  # ("Scout has
                # 109 billion parameters" after "Llama 4 Scout": the model's short name, which the rules resolve;
                # "Mi:dm 2.0 Base, which has ...": the end of a longer name)
                slug = rec.entity(owner.text, "FoundationModel", unit.evidence, rule="counted-name")
                size = count(" ".join(t.text for t in token.subtree))
                if size is not None:
                    rec.value(slug, "fm:parameterCount", size, "decimal", unit.evidence, rule="counted-name")


def _owner_of_count(parameters: Token) -> Token | None:
    """What "N parameters" are of: the subject of the "has" they are the object of (through "which", the noun the
    clause hangs on), or the name a "with" hangs on."""
    head = parameters.head
    if parameters.dep_ == "dobj" and head.lemma_.lower() == "have":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and head.dep_ == "relcl":
            return head.head
        return subject
    if parameters.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep":
        return head.head
    return None


def _sized_names(units: list[Unit], rec: _Recorder) -> None:
    """"TowerBase-13B and TowerInstruct-13B were added later": a name that carries a parameter count ("-13B",
    " 7.5B") is a model's, wherever a sentence names it and whatever no rule said of it."""
    for unit in units:
        for token in unit.doc or ():
            name = token.text
            words = re.split(r"[\s-]", name)
            if token._.is_name and len(words) > 1 and any(c.isalpha() for c in words[0]) and sized_name(name) \
                    and not {"and", "of", "or"} & set(words) and not _described_right_after_as_no_model(token) \
                    and rec.resolve(name) is None and rec.admissible(name, "FoundationModel"):
                rec.entity(name, "FoundationModel", unit.evidence, rule="sized-name")


def _described_right_after_as_no_model(token: Token) -> bool:
    """"MJHQ-30K, a set of 30,000 images": an apposition right after the name calls it something no model is (one
    further on may be the parser's misreading: "Llama 3.1 8B on OpenMathInstruct-2, a collection of problems")."""
    return described_as_another_thing(token) and any(c.dep_ == "appos" and c.left_edge.i <= token.i + 2
                                                     for c in token.children)


def _acting_organizations(units: list[Unit], rules: Rules, rec: _Recorder) -> None:
    """"Microsoft offered it on Azure AI Foundry", "Amazon hired its founders": a name nothing has typed, that the
    tagger calls an organization and that does what organizations do, is one."""
    for unit in units:
        for token in unit.doc or ():
            acts = token.dep_ == "nsubj" and token.head.lemma_.lower() in rules.organization_acts
            if acts and token._.is_name and token.ent_type_ == "ORG" and not any(c.isdigit() for c in token.text) \
                    and rec.resolve(token.text) is None and rec.admissible(token.text, "Organization"):
                rec.entity(token.text, "Organization", unit.evidence, rule="organization-acts")


# "T5-Small has about 60 million parameters and T5-Base about 220 million; T5-Large has 770 million", "GatorTron-base
# has 345 million parameters, GatorTron-medium 3.9 billion", "XLM-R XL, with 3.5 billion parameters, and XLM-R XXL,
# with 10.7 billion": a name (with its size word), then (has/with) a quantity in a clause whose verb or noun the
# parser cannot see (elided after the first)
_GAPPED_COUNT = re.compile(r"(?<![\w.-])(?P<name>(?:[A-Z][\w.-]*\d[\w.-]*|[A-Z][\w.-]*-[A-Z][\w.-]*|"
                           r"[A-Z][\w.]*-(?:base|small|medium|large|xl|xxl|mini|tiny|nano)(?![\w-]))"
                           r"(?:\s(?:[A-Z]{1,4}|[A-Z][a-z]+)(?=[\s,]))?)(?:,[^,;]{1,30},)?,?\s+(?:has\s+|with\s+)?"
                           r"(?:about|roughly|around|nearly|some|approximately|over|just over)?\s*"
                           r"(?P<count>\d[\d.,]*\s+(?:million|billion|trillion))\b(?!,?\s+(?:and|or)\s+[\d.]|,\s*[\d.])"
                           r"(?!\s+(?:tokens|words|hours|images|users|dollars|documents|examples|samples|steps|pages|"
                           r"lines|clips|videos))")


def _gapped_parameter_counts(units: list[Unit], rec: _Recorder) -> None:
    """Parameter counts of models a sentence about parameters lists with the verb or the noun left out after the
    first ("... and T5-Base about 220 million"): each versioned name right before a quantity is a model of that
    size."""
    for unit in units:
        if not re.search(r"\bparameters?\b", unit.text):
            continue
        for match in _GAPPED_COUNT.finditer(unit.text):
            name, value = match.group("name"), count(match.group("count"))
            slug = rec.resolve(name)
            if slug is None and value and rec.admissible(name, "FoundationModel"):  # a versioned name given a size
                slug = rec.entity(name, "FoundationModel", unit.evidence, rule="gapped-parameter-count")
            if slug is not None and rec.group_of(slug) == "model" and value \
                    and (slug, "fm:parameterCount") not in rec.single_values:
                rec.value(slug, "fm:parameterCount", value, "decimal", unit.evidence, rule="gapped-parameter-count")
        for slug, label in list(rec.labels.items()) if _WITH_A_SIZE.search(unit.text) else ():  # "..., and Vexa
            # Mini, with 3 billion": a model named in words, its size after "with"
            if rec.group_of(slug) != "model" or (slug, "fm:parameterCount") in rec.single_values \
                    or label not in unit.text:
                continue
            said = re.search(rf"(?<![\w.-]){re.escape(label)},\s+with\s+(?P<count>\d[\d.,]*\s+(?:million|billion|"
                             rf"trillion))(?:\s+parameters)?\s*(?:[.;]|,(?!\s*\d))", unit.text)  # (not a list)
            value = count(said.group("count")) if said else None
            if value:
                rec.value(slug, "fm:parameterCount", value, "decimal", unit.evidence, rule="gapped-parameter-count")


def _gapped_release_dates(units: list[Unit], rec: _Recorder) -> None:
    """The names dated with the release verb left out that the parse, given the verb back, still leaves undated ("...,
    and xGen-MM, also called BLIP-3, in 2024": the apposition defeats it): each its date, when it may be a model."""
    for unit in units:
        for _, gap in _gapped_releases(unit.evidence.text):  # (the text as written: the parser's has the verbs)
            name, date = gap.group("name"), release_date(gap.group("date"))
            slug = rec.resolve(name)
            if (slug is None or rec.group_of(slug) is None) and date and re.search(r"\d|[a-z][A-Z]|[A-Z]{2}", name) \
                    and rec.admissible(name, "FoundationModel"):  # a model's shape: a version, inner capitals
                slug = rec.entity(name, "FoundationModel", unit.evidence, rule="gapped-release-date")
            if slug is not None and rec.group_of(slug) == "model" and date \
                    and (slug, "fm:releaseDate") not in rec.single_values:
                rec.value(slug, "fm:releaseDate", date, "date", unit.evidence, rule="gapped-release-date")


# ", with 3 billion": what a sentence must hold before its models' names are tried one by one for it
_WITH_A_SIZE = re.compile(r",\s+with\s+\d")


# "8 billion and 32 billion parameters", "7, 13 and 70 billion parameters": sizes listed together
_LISTED_COUNTS = re.compile(r"(?P<counts>(?:\d[\d.,]*(?:\s(?:million|billion|trillion))?(?:,\s|,?\sand\s))+"
                            r"\d[\d.,]*\s(?:million|billion|trillion))\sparameters\b")


def _respective_parameter_counts(units: list[Unit], rec: _Recorder) -> None:
    """"... in two sizes, A and B, with 8 billion and 35 billion parameters respectively"; "a pair of models with 8
    billion and 32 billion parameters, called A and B": as many sizes as the sentence names sized models, in order."""
    for unit in units:
        match = _LISTED_COUNTS.search(unit.text)
        if match is None or unit.doc is None:
            continue
        pieces = [p for p in re.split(r",\s(?:and\s)?|\sand\s", match.group("counts")) if p.strip()]
        unit_word = re.search(r"(?:million|billion|trillion)$", pieces[-1])
        values = [count(p if re.search(r"[a-z]$", p) or unit_word is None else f"{p} {unit_word.group(0)}")
                  for p in pieces]
        bases = {str(f.value) for f in rec.extraction.facts if f.predicate in LINEAGE_PREDICATES
                 and unit.evidence.start <= f.evidence.start < unit.evidence.end}  # "fine-tuned from A and B": theirs
        models = list(dict.fromkeys(slug for t in unit.doc if t._.is_name and (slug := rec.resolve(t.text))
                                    and rec.group_of(slug) == "model" and sized_name(rec.labels.get(slug, ""))
                                    and slug not in bases))
        if len(models) != len(values) or not all(values):
            continue
        for slug, value in zip(models, values, strict=True):
            if (slug, "fm:parameterCount") not in rec.single_values:
                rec.value(slug, "fm:parameterCount", str(value), "decimal", unit.evidence,
                          rule="respective-parameter-counts")


_LISTING_NOUNS = frozenset({"model", "version", "variant", "size", "member", "checkpoint"})
_AFTER_A_LIST = frozenset({"with", "each", "respectively", "all", "both", "which"})  # "A, B and C, with ..."


# "Noah's Ark Lab", "King's College", "Children's Hospital": a possessive that begins an institution's name
_POSSESSIVE_NAME = re.compile(r"\b(?P<owner>[A-Z][a-z]+)['’]s(?: [A-Z][a-z][\w-]*){0,2} (?:Lab|Labs|Laboratory|"
                              r"Institute|College|Hospital|Foundation|Center|Centre|School|Academy)\b")


def _possessive_names(text: str, rules: Rules) -> set[str]:
    """Institutions named with a possessive whose owner is no name of its own on the page or in the lexicon ("Noah"
    of "Noah's Ark Lab"; not "Alibaba" of "Alibaba's DAMO Academy")."""
    names = set()
    for match in _POSSESSIVE_NAME.finditer(text):
        owner = match.group("owner")
        if re.match(r"\s+(?:for|of|on|in)\s", text[match.end():]):
            continue  # "Stanford's Center for Research on ...": the owner's institution, named in full after it
        before = re.search(r"(\S+)\s*$", text[:match.start()])
        if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1] not in ".!?:;":
            continue  # "Vantablue University's Center for ...": the owner is a longer name's last word
        if rules.lookup(owner) is None and not re.search(rf"\b{owner}\b(?!['’]s)", text):
            names.add(match.group(0))
    for match in _POSSESSIVE_ABBREVIATED.finditer(text):  # "the People's Bank of China (PBOC)": one name, as its
        words = re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", match.group("name")))  # initials show
        initials = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper())}
        if match.group("short") in initials:
            names.add(match.group("name"))
    return names


_POSSESSIVE_ABBREVIATED = re.compile(r"\b(?P<name>[A-Z][a-z]+['’]s(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w-]*){1,6})"
                                     r"\s+\((?P<short>[A-Z]{2,8})\)")


def _colon_model_lists(units: list[Unit], rec: _Recorder) -> None:
    """"... a set of three models with 340 billion parameters each: A, B and C.": versioned names listed after a
    colon (or "such as", "including"), to the end of a sentence that speaks of models before it or to what it says
    of them all (", with 33 million, ... parameters respectively"), are models."""
    for unit in units:
        doc = unit.doc
        for colon in (t for t in doc or () if t.text == ":" or t.lower_ in ("including", "namely")
                      or t.lower_ == "as" and t.i > 0 and t.doc[t.i - 1].lower_ == "such"
                      or t.text == "," and t.i > 0 and t.doc[t.i - 1].lemma_.lower() in _LISTING_NOUNS
                      and t.doc[t.i - 1].tag_ == "NNS"):  # "It came in two sizes, idefics-9b and idefics-80b, with"
            assert doc is not None  # the loop runs over analysed units
            if not any(t.lemma_.lower() in _LISTING_NOUNS and t.tag_ == "NNS" for t in doc[:colon.i]):
                continue
            names, sizes, i = [], {}, colon.i + 1
            while i < len(doc) and doc[i]._.is_name:
                names.append(doc[i].text)
                i, size = _item_size(doc, i + 1)  # "A (9 million parameters), B (21 million)", "A with 8 million"
                if size:
                    sizes[names[-1]] = size
                if i < len(doc) and doc[i].text in (",", "and", "or"):
                    i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ in ("and", "or") else 1
                else:
                    break
            said_of_all = i < len(doc) and doc[i - 1].text == "," and doc[i].lower_ in _AFTER_A_LIST
            if len(names) < 2 or (i < len(doc) and doc[i].text not in (".", ";") and not said_of_all):
                continue  # not a whole list to the sentence's end
            for name in names:
                brand = re.match(r"(?P<brand>.+?)[- ][\w.]+$", name)  # "Poseidon-T" after the page named Poseidon;
                # "chronos-bolt-tiny": a lower-case name is one only by the page's brand (analysis.is_name)
                branded = brand is not None and rec.group_of(rec.resolve(brand.group("brand")) or "") == "model"
                if rec.resolve(name) is None and re.search(r"[A-Za-z]{2}", name) \
                        and (re.search(r"\d", name) or branded or name.split("-")[0] in doc.user_data["brands"]) \
                        and rec.admissible(name, "FoundationModel"):  # versioned names: "Talon 340B Base"
                    rec.entity(name, "FoundationModel", unit.evidence, rule="colon-model-list")
                slug = rec.resolve(name)
                if slug and name in sizes and "parameters" in unit.text and rec.group_of(slug) == "model":
                    rec.value(slug, "fm:parameterCount", sizes[name], "decimal", unit.evidence,
                              rule="colon-model-list")


def _item_size(doc: Doc, i: int) -> tuple[int, str | None]:
    """After a listed name: where the list goes on, past its size ("(9 million parameters)", "with 20 million"),
    and that size."""
    if i < len(doc) and doc[i].text == "(":
        end = next((t.i for t in doc[i:] if t.text == ")"), None)
        if end is None:
            return i, None
        return end + 1, _size_words(doc[i + 1:end].text)
    if i + 2 < len(doc) and doc[i].lower_ == "with" and doc[i + 1].like_num:
        end = i + 1
        while end < len(doc) and doc[end].text not in (",", ";", ".") and doc[end].lower_ not in ("and", "or"):
            end += 1
        return end, _size_words(doc[i + 1:end].text)
    return i, None


def _size_words(text: str) -> str | None:
    """"9 million parameters", "21 million", "1.5B": a parameter count; nothing for other words in brackets."""
    found = re.fullmatch(r"(?:about |around |roughly )?([\d.,]+(?: (?:thousand|million|billion|trillion)|[BMK]))"
                         r"(?: parameters)?", text.strip())
    return count(found.group(1)) if found else None


class _SectionDuties:
    """The recorder, with each duty filed under the section of the sentence that states it."""

    def __init__(self, rec: _Recorder) -> None:
        self.rec = rec

    def obligation(self, label: str, role: Role, evidence: Span, *, rule: str) -> str | None:
        return self.rec.obligation(label, role, evidence, rule=rule, section=self._section(evidence))

    def applies_from(self, date: str, section: str, evidence: Span, *, rule: str, about_duties: bool,
                     every_section: bool = False, named: str = "", bearer: str = "",
                     whole_page: bool = False, instrument: str = "") -> None:
        self.rec.applies_from(date, self._section(evidence), evidence, rule=rule, about_duties=about_duties,
                              every_section=every_section, named=named, bearer=bearer, whole_page=whole_page,
                              instrument=instrument)

    def dated(self, duty: str, date: str, evidence: Span, *, rule: str) -> None:
        self.rec.dated(duty, date, evidence, rule=rule)

    def role_named(self, role: Role, evidence: Span) -> None:
        self.rec.role_named(role, evidence)

    def _section(self, evidence: Span) -> str:
        block = self.rec.extraction.document.block_at(evidence.start)
        return block.section if block else ""


# "In the first week of November Tencent, ...": a time opening a sentence without its comma, which the parser would
# join to the name after it ("November Tencent"); the comma is put back
_OPENING_TIME = re.compile(rf"^(?:In|During|Over|By)\s+the\s+(?:first|second|third|fourth|last|final|closing|opening)"
                           rf"\s+(?:week|weeks|days|fortnight|half)\s+of\s+{_MONTH}(?:\s+(?:19|20)\d\d)?(?=\s+[A-Z])"
                           rf"|^(?:In|During|Over|Within)\s+the\s+(?:same|first|second|third|last|final|following|next)"
                           rf"\s+(?:week|fortnight|month)(?:\s+of\s+the\s+(?:month|year))?(?=\s+(?:[A-Z]|the\s))"
                           rf"|^(?:Since|From|Until|After|Before|As\s+of|Starting)\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+"
                           rf"(?:19|20)\d\d(?=\s+[a-z])")  # "Since 2 February 2025 law enforcement authorities ..."


# Roles too general to be named on their own ("developers are ...", "providers of such tools"): the law's role is
# the one its duties say
_BARE_ROLE_WORDS = frozenset({"developer", "provider", "user", "operator", "person"})


def _units(document: SourceDocument, rules: Rules, rec: _Recorder) -> Iterator[Unit]:
    entries = _heading_organizations(document, rules, rec)
    infoboxes = _infobox_subjects(document, rules, rec)
    ahead: list[Span] = []  # "All ten models below turn a written prompt into a picture": read after the entries
    tabled = any(block.kind == "row" for block in document.blocks)  # "All of the models take an image": on a page
    # that compares models in a table, its rows
    lead = _lead_paragraph(document) if _has_entries(document) else None  # "... a series of smaller models. Each
    # of them came with its weights on P": the lead of a page of entries speaks of its entries
    of_them = _of_the_unnamed_models(lead) if lead is not None else []
    defaults = _lead_defaults(document)  # "Unless an entry says otherwise, each model reads English text"
    for block, before in zip(document.blocks, [None, *document.blocks], strict=False):
        if block.kind == "columns" and before is not None and before.kind == "bullet" and before.term is not None:
            yield from _field_line_units(block, before.term.text, rules, rec)
            continue
        if block.kind in ("heading", "columns"):
            continue
        forward = [s for s in sentences(block.line) if _OF_THE_ENTRIES.match(s.text)
                   or tabled and _ALL_THE_MODELS.match(s.text) or s in of_them or s in defaults] \
            if block.kind == "paragraph" else []
        if forward:
            ahead += forward
            block = replace(block, line=_without(block.line, forward))
        after_an_entry = before is not None and before.kind == "item" and before.term is not None  # "- Answer.AI
        # — a lab ..." then "Together with LightOn it released ...": the item's entry goes on, not the heading's
        if block.kind == "paragraph" and block.section in entries and not after_an_entry:  # "Ant Group" / "The
            # Hangzhou company ...":
            for sentence in sentences(block.line):  # each sentence speaks of the heading's organization
                yield Unit(sentence.text, sentence, topic=entries[block.section], section=block.section,
                           paragraph=block.line.start)
            continue
        if block.kind == "row":
            yield from _row_units(block, rules, rec)
            continue
        if block.kind == "field":
            yield from _field_units(block, infoboxes.get(block.line.start), rules)
            continue
        if block.kind in ("item", "term") and block.term is not None and block.body \
                and not _item_category(block, rules):
            yield from _item_units(block, rules, rec)
            continue
        text = block.body if block.kind == "item" and block.body else block.line
        listed = rec.listed.get(block.line.start) if block.kind in ("item", "paragraph") else None
        for index, sentence in enumerate(sentences(text)):
            if listed is not None and index == 0 and not _PROSE.search(sentence.text):
                continue  # a category list itself is read by _category_lists (but "Vexa 2, announced by Orel in
                # April 2022, generates images ..." is a sentence too)
            details = _NAME_DETAILS.match(sentence.text) if index == 0 else None
            if details and (block.bulleted or _FOUNDED_IN_DETAILS.search(details.group("inside"))):  # "- Groq
                # (Mountain View, founded 2016) designs ...": its seat and year; "Vectara (Palo Alto, founded 2020)
                # sells ..." too
                yield from _detail_units(details.group("name"), details.group("inside"), block, rec, sentence)
            dated = _LEADING_DATE.match(sentence.text)
            said = sentence.text[dated.end():] if dated else _OPENING_TIME.sub(r"\g<0>,", sentence.text, count=1)
            date = release_date(dated.group("date")) if dated else None
            yield Unit(said, sentence, section=block.section, subjects=listed, date=date, paragraph=block.line.start)
    entered: list[tuple[int, str, Block | None]] = [
        (block.line.start, slug, block) for block in document.blocks if block.kind in ("item", "row")
        and block.term is not None and (slug := rec.resolve(_clean_name(block.term.text))) is not None
        and rec.group_of(slug) == "model"]
    entered += sorted((start, slug, None) for start, subject in infoboxes.items()  # the models of a page of key
                      if (slug := rec.resolve(subject)) is not None and rec.group_of(slug) == "model")  # facts too
    for sentence in ahead:  # "All seven models above ...": the entries before it; "... below": every entry
        if sentence in defaults:  # said of every entry (_said_otherwise drops it where an entry says otherwise)
            every_entry = list(dict.fromkeys(slug for _, slug, _ in entered))
            rec.stand_for_themselves(every_entry)
            yield Unit(_by_default(sentence.text), sentence, subjects=every_entry, paragraph=sentence.start) \
                if len(every_entry) > 1 else Unit(sentence.text, sentence, paragraph=sentence.start)
            continue
        above = _ENTRIES_ABOVE.search(sentence.text) is not None
        open_only = _WITH_OPEN_WEIGHTS.match(sentence.text) is not None  # "Every model above with open weights"
        subjects = list(dict.fromkeys(slug for at, slug, block in entered if (not above or at < sentence.start)
                                      and (not open_only or block is not None
                                           and _states_open_weights(block, rules))))
        excepted = _EXCEPT.search(sentence.text)
        if excepted:  # "All the models below except Fish Agent turn text into speech": not the one named
            subjects = [slug for slug in subjects
                        if not rec.labels.get(slug, slug).lower().startswith(excepted.group("name").lower())]
        if len(subjects) > 1:
            rec.stand_for_themselves(subjects)
            opening = _OF_THE_ENTRIES.match(sentence.text)
            end = opening.end() if opening else 0  # "All eleven models below return clips": read without "below",
            said = _on_every_one(sentence.text) if sentence in of_them else \
                sentence.text if _QUALIFIED.match(sentence.text[end:]) else \
                _WHERE_LISTED.sub("", sentence.text[:end], count=1) + sentence.text[end:]  # which the parser takes
            # for a preposition that makes "return" a noun (but "Every model above with open weights" keeps it)
            yield Unit(said, sentence, subjects=subjects, paragraph=sentence.start)
            if said != sentence.text and sentence in of_them:  # "..., and most are hosted on P": read as it is
                yield Unit(sentence.text[len(said):].lstrip(" ,"), sentence, paragraph=sentence.start)
        elif sentence in of_them:  # too few entries to be what "them" stands for: the sentence is read as it is
            yield Unit(sentence.text, sentence, paragraph=sentence.start)


def _field_line_units(block: Block, name: str, rules: Rules, rec: _Recorder) -> Iterator[Unit]:
    """"- moss-moon-003-base" then "Developer: FudanNLP | Released: April 2023 | Parameters: 16 billion": a line of
    labelled fields under a bulleted name says them of the name, each as a table's column of that label would."""
    cells = [cell.strip() for cell in block.line.text.split("|")]
    if rules.tables is None or not all(_FIELD_CELL.fullmatch(cell) for cell in cells):
        return
    term = _clean_name(name)
    for cell in cells:
        field, value = (part.strip() for part in cell.split(":", 1))
        said = " ".join(rules.tables.sentences(field.lower(), term, value)) \
            if rules.tables.column(field.lower()) is not None else ""
        if said:
            yield Unit(said, block.line, topic=term, section=block.section, paragraph=block.line.start)


_FIELD_CELL = re.compile(r"[A-Z][A-Za-z -]{1,30}:\s+\S.*")


# (what follows the words that place the entries, when it is no verb the parser could take for a noun: "with open
# weights", "can be downloaded")
_QUALIFIED = re.compile(r"\s+(?:with|without|in|from|of|that|which|whose|under|released|listed|can|could|may|might|"
                        r"will|would|must|are|were|is|was|have|has|had|all|each|both)\b")
_WHERE_LISTED = re.compile(r"\s+(?:(?:listed|compared|covered|described)\s+)?(?:below|above|here|on this page|"
                           r"in (?:this|the) (?:list|table)(?: below)?)$")
# "All ten models below ...", "Each of the models listed here ...": a sentence about the entries that follow it
_OF_THE_ENTRIES = re.compile(r"^(?:(?:All|Each|Every one|The)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:models|systems)\s+"
                             r"(?:below|above|"
                             r"(?:listed|compared|covered|described) (?:below|above|here)|on this page|"
                             r"in (?:this|the) (?:list|table)(?: below)?)"  # "The eight models compared here ..."
                             r"|(?:Every|Each)\s+(?:\w+\s+)?(?:model|system)\s+(?:listed\s+)?(?:above|below)"
                             r"|(?:Every|Each)\s+(?:model|system)\s+in (?:this|the) (?:list|table))\b")  # "Each model
# in the table ..." (but "Every open model in the list ...": only some)

# "All the models below except Fish Agent ...", "... except for Kelp 2": the entry a sentence on them all leaves out
_EXCEPT = re.compile(r"\bexcept(?:\s+for)?\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*)")

_ALL_THE_MODELS = re.compile(r"^(?:All|Each)\s+of\s+the\s+models\b|^All\s+the\s+models\b")

# "All seven models", "Every model", "Each of the nine systems": the opening of a sentence about a page's entries
_ENTRIES_PHRASE = r"^\S+\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:models?|systems?)\s+"
# "Every model above with open weights can be downloaded from P": only the entries whose line says open weights
_WITH_OPEN_WEIGHTS = re.compile(rf"{_ENTRIES_PHRASE}(?:listed\s+)?(?:above|below)\s+(?:with|that\s+(?:have|has))\s+"
                                r"(?:open|public|downloadable)\s+weights\b")


def _states_open_weights(block: Block, rules: Rules) -> bool:
    """Does an entry's line give the model open weights ("...; open weights; MIT License")?"""
    return any(rules.access(clause.strip()) == "OpenWeightsAccess" for clause in re.split(r"[;|]", block.line.text))


_ENTRIES_ABOVE = re.compile(rf"{_ENTRIES_PHRASE}(?:above|(?:listed|compared|covered|described) above)\b")


def _lead_paragraph(document: SourceDocument) -> Block | None:
    """The paragraph that opens a page, under its title and before its first heading."""
    for block in document.blocks:
        if block.kind == "heading" and not block.section:  # the title
            continue
        return block if block.kind == "paragraph" and block.term is None else None
    return None


def _of_the_unnamed_models(lead: Block) -> list[Span]:
    """The lead's sentences on "them" that follow models it does not name ("Google released a series of smaller
    models during 2025. Each of them came with its weights on P"): on a page of entries they speak of its entries
    (not after "Google released Gemma 2B and Gemma 7B. Both ...", where "them" has names)."""
    said = sentences(lead.line)
    return [sentence for before, sentence in zip(said, said[1:], strict=False)
            if _OF_THEM.match(sentence.text) and any(not word[0].isupper() and not word[0].isdigit()
                                                     for word in _BEFORE_MODELS.findall(before.text))]


def _lead_defaults(document: SourceDocument) -> list[Span]:
    """A page of entries' lead sentences on what holds for each entry that says nothing else ("Unless an entry says
    otherwise, each model reads English text")."""
    lead = _lead_paragraph(document) if _has_entries(document) else None
    return [sentence for sentence in sentences(lead.line) if _UNLESS_OTHERWISE.match(sentence.text)] \
        if lead is not None else []


def _has_entries(document: SourceDocument) -> bool:
    """Does the page list entries (items, a table's rows, an infobox's fields)?"""
    return any(block.kind in ("item", "row", "field") for block in document.blocks)


def _lead_on_headed_models(document: SourceDocument, rules: Rules, rec: _Recorder,
                           parse: Callable[[list[str]], list[Doc]]) -> None:
    """"DeepSeek ... has also built a line of models that read images. Every one of them was published with open
    weights on P", then "DeepSeek-VL", "DeepSeek-VL2" and "Janus" as headings: on a page of prose without entries,
    the lead's sentence on its unnamed models speaks of the models the headings name and of their members, which are
    known once every sentence has been read (the sentence was read in its place too)."""
    lead = _lead_paragraph(document) if not _has_entries(document) else None
    of_them = _of_the_unnamed_models(lead) if lead is not None else []
    headed = _headed_models(document, rec) if of_them else []
    members = [f.subject for f in rec.extraction.facts if f.predicate == "fm:modelFamily" and f.value in headed]
    subjects = list(dict.fromkeys(headed + members))
    if len(subjects) < 2:
        return
    rec.stand_for_themselves(subjects)
    late = [Unit(_on_every_one(sentence.text), sentence, subjects=subjects, paragraph=sentence.start)
            for sentence in of_them]
    for unit, doc in zip(late, parse([unit.text for unit in late]), strict=True):
        unit.doc = doc
    assert rules.modality_rules is not None  # load_rules sets them
    run_rules(late, rules.sentence_rules, rec)
    run_modalities(late, rules.modality_rules, rec)
    run_architectures(late, [(r.cls, r.pattern) for r in rules.kind_architectures], rec)


def _headed_models(document: SourceDocument, rec: _Recorder) -> list[str]:
    """The models a page's headings name ("DeepSeek-VL", then "Janus"), in order."""
    return list(dict.fromkeys(slug for block in document.blocks if block.kind == "heading" and block.section
                              and (slug := rec.resolve(_clean_name(block.line.text))) is not None
                              and rec.group_of(slug) == "model"))


def _by_default(text: str) -> str:
    """"Unless an entry says otherwise, each model reads English text": what it says of each entry ("Each of them
    reads English text"; "the model was built by X": "Each of them was built by X")."""
    said = text[_UNLESS_OTHERWISE.match(text).end():]  # type: ignore[union-attr]
    said = _EACH_ENTRY.sub("Each of them ", said, count=1)
    said = _AN_ENTRYS.sub("their", said)  # "the Academy put a model's weights on P": each entry's weights
    return said[:1].upper() + said[1:]


# "Unless an entry says otherwise, ", "Unless stated otherwise, ", "Unless an entry names other developers, "
_UNLESS_OTHERWISE = re.compile(r"^Unless\s+(?:(?:an?|the)\s+(?:entry|line|row|item)(?:\s+(?:below|above|here))?\s+"
                               r"(?:says|states|gives|names|shows)"
                               r"[^,]*|(?:stated|noted|said|mentioned|indicated)\s+otherwise|otherwise\s+"
                               r"(?:stated|noted)),\s+")
# "each model", "every model", "the model", "a model" opening what a lead says of each entry
_EACH_ENTRY = re.compile(r"^(?:each|every|the|a)\s+(?:model|entry|one)\s+", re.IGNORECASE)
_AN_ENTRYS = re.compile(r"\b(?:each|every|the|a)\s+(?:model|entry)['’]s\b")


def _on_every_one(text: str) -> str:
    """"All of them can be downloaded, and most are hosted on P": the part of the sentence on every one of them."""
    return _OF_SOME.split(text)[0]


# "All of them can be downloaded, and most are hosted on P": what follows speaks of some of them only
_OF_SOME = re.compile(r",?\s+(?:and|but|while|though|although)\s+(?:most|some|many|several|a few|few|not all|only)\b")
# "Each of them", "Every one of these", "All of those models": a sentence on every one of a plural it refers to
_OF_THEM = re.compile(r"^(?:Each|Every(?: single)? one|All) of (?:them|these|those)\b")
# the word before "models": "a series of smaller and specialised models", "seven open models released ..." name
# none ("Gemma models", "the 7B models" may be names)
_BEFORE_MODELS = re.compile(r"(\S+)\s+(?:models|systems)\b(?!\s+(?:such as|including|like|called|named)\b)")


def _without(line: Span, taken: list[Span]) -> Span:
    """A paragraph's line with some of its sentences blanked out (offsets kept, so evidence stays where it was)."""
    text = line.text
    for sentence in taken:
        start = sentence.start - line.start
        text = text[:start] + " " * (sentence.end - sentence.start) + text[start + sentence.end - sentence.start:]
    return Span(line.start, line.end, text)


_PROSE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b|\b\w+ed\s+(?:by|in|on|from)\b|,\s+(?:which|who)\b")


# "The Hangzhou company behind ...", "Founded in 2023 by ..., the start-up makes ...", "The German IT consultancy,
# founded in 2001, ...", "Led by A, this group ...", "A B's retrieval group in the same school ...": a sentence that
# opens by describing an organization it does not name (one of its first words is a word of rules.organization_noun)
_DESCRIBED_ORGANIZATION = re.compile(
    r"^(?:(?:founded|based|set\s+up|established|headquartered|started|created|spun\s+off|begun|formed|"
    r"incorporated|led|run|headed|directed)\b[^.;]*?,\s+)?"
    r"(?P<article>the|this|an?|(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s)\s+"
    r"(?P<words>(?:[\w.-]+\s+){0,6}[\w-]+)", re.IGNORECASE)


def _describes_organization(text: str, rules: Rules, *, indefinite: bool = False, owned: bool = False) -> bool:
    """``indefinite``: "A public research institute in Oslo." under a heading describes the heading's name;
    ``owned``: so does "Jim Lee's retrieval group in the school ..." (in an item, "Meta's research lab" is said of
    the item's name, clause by clause)."""
    opening = _DESCRIBED_ORGANIZATION.match(text)
    if opening is None or text[opening.end():].startswith(("'s", "’s")):  # "The company's first step was X":
        return False  # the company's thing, not the company
    if not owned and opening.group("article")[-2:] in ("'s", "’s"):
        return False
    if not indefinite and opening.group("article").lower() in ("a", "an"):
        return False
    for word in opening.group("words").split():
        if word.lower() in _MODEL_HEADS:  # "The first large model built by that team, DBRX, ...": a model
            return False
        if rules.organization_noun.fullmatch(word) and word.islower():  # not "The Veldmark Digital Agency"
            return True
    return False


_MODEL_HEADS = frozenset({"model", "models", "family", "version", "versions", "series", "llm", "llms"})
_VERSION_MARK = re.compile(r"(?<![\w-])v\d|\d\.\d")  # "Cogito v1 Preview", "Jamba 1.5": a release's name


def _heading_organizations(document: SourceDocument, rules: Rules, rec: _Recorder) -> dict[str, str]:
    """An organization page's entry under its own heading ("Voyage AI", then "Founded in 2023 ..., the start-up
    makes ..."): the heading is an organization, and the section's sentences speak of it."""
    entries: dict[str, str] = {}
    for heading, first in zip(document.blocks, document.blocks[1:], strict=False):
        if heading.kind != "heading" or first.kind != "paragraph" or first.section != heading.line.text:
            continue
        name = heading.line.text.strip()
        opening = next(iter(sentences(first.line)), None)
        cued = rules.organization_class(name) is not None and len(name.split()) > 1 and "'s" not in name \
            and opening is not None and re.search(r"\b[Ii]ts?\b", opening.text) is not None  # "University of
        # Wisconsin-Madison", then "Chartered in 1848, the year ..., it is ...": a name that says what it is, which
        # the section speaks of as "it" (not "Berkeley's Sky Computing Lab", then "Two teams at ...")
        if opening is None or not (cued or _describes_organization(opening.text, rules, indefinite=True, owned=True)) \
                or name.lower() in rules.section_words or _VERSION_MARK.search(name) \
                or rules.instrument_head.search(name) and rules.organization_class(name) is None \
                or not (_organization_shaped(name, rec, item=True) or _lower_case_brand(name)
                        or cued and _LONG_NAME.fullmatch(name) is not None and name != document.title
                        and not name.endswith("Models")):  # "National University of Science and Technology
            # Politehnica Bucharest": a long name, which its own words make one (not "Timeline of X Academy Models")
            continue  # (not "Cogito v1 Preview", then "The company left stealth ...": a release, the page's maker)
        known = rec.resolve(name)
        if known is None and rec.admissible(name, "Organization"):
            rec.entity(name, rules.organization_class(name) or "Organization", heading.line,
                       rule="heading-organization")
        if rec.group_of(rec.resolve(name) or "") == "organization":
            entries[first.section] = name
    return entries


# A long institution's name: capitalised words, joined by "of", "and", "for" ("National University of Science and
# Technology Politehnica Bucharest")
_LONG_NAME = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:(?:of|and|for|the|de|la)\s+)*[A-Z][\w.'-]*){4,11}")


def _organization_shaped(name: str, rec: _Recorder, *, item: bool = False) -> bool:
    """"Ant Group", "Voyage AI", "SambaNova": a name, not a section word ("History") or a place ("China"); an
    item's one word ("Synthesia. Founded in London ...") too, if the document never writes it in lower case."""
    if (slug := rec.resolve(name)) is not None:
        return rec.group_of(slug) == "organization"
    words = name.split()
    if not _looks_like_name(name) or len(words) > 4 or name == rec.extraction.document.title:
        return False
    versioned = _VERSION_AFTER_BRAND.match(name)  # "EXAONE 3.0" on a page that also names EXAONE 2.0: a
    if versioned and len(set(re.findall(rf"(?<![\w-]){re.escape(versioned.group('brand'))}\s+(v?\d[\w.]*)",
                                        rec.extraction.document.text))) > 1:  # generation's heading
        return False
    if len(words) > 1 and words[-1].endswith("s") and words[-1][1:].islower() \
            and rec.rules.organization_class(name) is None:
        return False  # "Tasks for Agencies", "Open Models"; not "Cerebras Systems"
    if item and len(words) == 1 and name[:1].isupper() and not _PLURAL_NOUN.search(name) \
            and not re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", rec.extraction.document.text):
        return True
    return len(words) > 1 or any(c.isupper() or c.isdigit() for c in name[1:])


_VERSION_AFTER_BRAND = re.compile(r"(?P<brand>.+?)\s+v?\d[\w.]*$")
# "Penalties", "Obligations", "Requirements": a section's plural noun, not a company's one-word name
_PLURAL_NOUN = re.compile(r"^[A-Z][a-z]+(?:ies|ions|ments|ences|ances|ships|ures|ules|ines|ties)$")


def _abbreviates(short: str, name: str) -> bool:
    """"FAIR" of "Fundamental AI Research": the short form's letters, in order, in the name, the first its first."""
    letters, rest = short.lower(), name.lower()
    if not letters or not rest or letters[0] != rest[0]:
        return False
    at = 0
    for letter in letters:
        at = rest.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _lower_case_brand(name: str) -> bool:
    """"vivo", "deepset": a heading in lower case is a name written so (the genre capitalises its headings)."""
    return re.fullmatch(r"[a-z][\w.-]*(?: [\w.-]+)?", name) is not None


# "15 November", "October", "November 15": an entry's date under a year's heading
_DAY_OR_MONTH = re.compile(rf"(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "June 2018: OpenAI releases GPT-1": a timeline's date, read as "In June 2018, OpenAI releases GPT-1".
_LEADING_DATE = re.compile(r"^(?P<date>(?:(?:Early|Mid|Late)[- ])?(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?"
                           r"(?:19|20)\d{2}|(?:(?:Early|Mid|Late)[- ])?(?:19|20)\d{2})"
                           r"(?:\s+\((?!(?:software|data|dataset|datasets|company|companies|evaluation|benchmark|"
                           r"funding|investment|policy|regulation|law|hardware|deal|people|business|paper|product|"
                           r"tool|platform|service|acquisition|partnership)\))[a-z][\w\s-]*\))?\s*(?::|[—–]|-)\s+")
# ("Late April 2023: X ...", "April 2023 (others): ...": a dated entry; "May 2023 (software): ..." is about no model)


def _item_units(block: Block, rules: Rules, rec: _Recorder) -> Iterator[Unit]:
    """``Anthropic — founded in 2021; develops the Claude family``: each clause said of the term."""
    assert block.term is not None and block.body is not None  # _units passes items and terms with a body
    term = _clean_name(block.term.text)
    also_called = _OR_SHORT_NAME.fullmatch(term)
    term = _without_short_name(term)
    seat = _SEAT_AFTER_NAME.fullmatch(term) if not rules.models_section.search(block.section) else None
    if seat and (rec.group_of(rec.resolve(seat.group("name")) or "") or "organization") == "organization":
        term = seat.group("name")  # "Commonwealth ... Organisation (CSIRO), Canberra — ...": its seat after its name
    named = short_form(term)
    capitals = named is not None and sum(c.isupper() for c in named[1]) >= 2 \
        and (" " not in named[1] or named[1].isupper() or _abbreviates(named[1], named[0]))  # an abbreviation's
    # ("(OPI PIB)"), not "(Grenoble)" nor "(Freiburg im Breisgau)", a place of several words
    cls = rules.organization_class(named[0]) if named and capitals else None
    acronym = named is not None and cls is not None
    if named and cls:
        # "Institute for Computer Science, Artificial Intelligence and Technology (INSAIT)": the clauses are said
        # of the short name, which the parser cannot split at commas or mistake for two names
        rec.alias(rec.entity(named[0], cls, block.term, rule="item-acronym"), named[1], block.term)
        term = named[1]
    # "Orbix (Helios Labs)" and "Selvane (Montreal)" are names with details; "Fundamental AI Research (FAIR)" a name
    # with its acronym (two capitals at least)
    details = _DETAILS.fullmatch(term) if not acronym and (named is None or " " in named[1] or not capitals
                                                           or not _abbreviates(named[1], named[0])) else None
    # ("NV-Embed-v2 (NVIDIA)": a maker, whose capitals are no short form of the name)
    if details:  # "AssemblyAI (San Francisco, 2017)": said as sentences about the name
        term = details.group("name")
        yield from _detail_units(term, details.group("inside"), block, rec)
    elif named and capitals and not acronym:  # "Quorvex Scientific Organisation (QSO)": an abbreviation no cue
        term = named[0]  # classes: the clauses (and "Its ...") speak of the full name
    if seat:
        yield from _detail_units(term, seat.group("place"), block, rec)
    dated = _LEADING_DATE.match(block.line.text) is not None  # "30 November 2022 — OpenAI launches ChatGPT"
    yearly = _DAY_OR_MONTH.fullmatch(term) and _YEAR.fullmatch(block.section.strip())  # "2023", then "- 15 November:
    if dated or yearly:  # Nemotron-3 8B ... goes on offer": a timeline under year headings
        date = release_date(term if dated else f"{term} {block.section}")
        for sentence in sentences(block.body):
            yield Unit(sentence.text, sentence, section=block.section, date=date, paragraph=block.line.start)
        return
    year = release_date(block.section.strip()) if _YEAR.fullmatch(block.section.strip()) \
        and _looks_like_name(term) and rules.organization_class(term) is None \
        and not re.search(rf"\b(?:(?:19|20)\d\d|{_MONTH})\b", block.line.text) else None  # "2021", then "-
    # IndicBART: a sequence-to-sequence model ...": a timeline's entry for a model that gives no date of its own, in
    # the year its heading gives
    in_models_section = rules.models_section.search(block.section) or _reads_as_key_facts(block.body.text)
    founded = details is not None and _FOUNDED_IN_DETAILS.search(details.group("inside")) is not None  # "M42 (Abu
    # Dhabi, founded 2023)": an organization's entry under a heading of models
    opening = sentences(block.body)[0].text if block.body.text.strip() else ""
    founded = founded or _describes_organization(opening, rules, indefinite=True) \
        or _OPENS_WITH_FOUNDING.match(opening) is not None  # "- Lambda. Founded in 2012 by ..., the company rents
    # ...", "- Lepton AI — a start-up founded in 2023", "- Clarifai — founded in New York in 2013 by ...": an
    # organization's entry (no model is founded)
    lower_case_model = re.fullmatch(r"[a-z][a-z-]+", term) is not None and _reads_as_key_facts(block.body.text)
    # ("- tsuzumi: NTT; March 2024; 7 billion parameters; closed": a model's key facts, whatever its name's case)
    if in_models_section and not founded and (_looks_like_name(term) or lower_case_model) \
            and rec.admissible(term, "FoundationModel"):
        rec.entity(term, rules.category_class(block.section) or "FoundationModel", block.line, rule="model-item")
    known = rules.lookup(term)
    if known is not None and known.cls == "Platform" and rec.admissible(term, "Platform"):  # "- Vertex AI — ...":
        rec.entity(term, "Platform", block.term, rule="platform-item")  # the platform its clauses speak of
    is_model = (slug := rec.resolve(term)) is not None and rec.group_of(slug) == "model"
    if also_called and slug is not None:
        rec.alias(slug, also_called.group("short"), block.term)
    if re.match(r"[Ii]ts\s", block.body.text) and not is_model and rec.resolve(term) is None \
            and _organization_shaped(term, rec, item=True) and rec.admissible(term, "Organization"):
        # "- NovaSky: its Sky-T1-32B-Preview (January 2025) was ...": whose models the item speaks of
        rec.entity(term, rules.organization_class(term) or "Organization", block.term, rule="item-organization")
    for index, sentence in enumerate(sentences(block.body)):
        if index == 0 and sentence.text[:1].isupper() and _describes_organization(sentence.text, rules) \
                and not is_model and _organization_shaped(term, rec, item=True):  # "JetBrains. The maker of ...
            if rec.resolve(term) is None and rec.admissible(term, "Organization"):  # was founded in Prague"
                rec.entity(term, rules.organization_class(term) or "Organization", block.term, rule="item-organization")
            yield Unit(sentence.text, sentence, topic=term, section=block.section, paragraph=block.line.start)
            continue
        if index > 0 and sentence.text[:1].isupper():  # a whole sentence after the item's clauses
            yield Unit(sentence.text, sentence, topic=term, section=block.section, date=year,
                       paragraph=block.line.start)
            continue
        for clause in (c.strip() for c in _item_clauses(sentence.text)):
            if index == 0 and not is_model and _SEAT_AND_FOUNDING.fullmatch(clause.rstrip(".")):
                yield from _detail_units(term, clause.rstrip("."), block, rec)  # "- Cohere — Toronto, founded 2019;
                continue  # set up by ...": its seat and year, as in "Cohere (Toronto, founded 2019)"
            said = _said_of(term, clause, is_model, rules) if clause else ""
            if said:  # (a labelled clause that says nothing, "parameters: not disclosed", is no sentence)
                evidence = sentence if ";" not in sentence.text else block.line
                yield Unit(said, evidence, topic=term, section=block.section, date=year,
                           paragraph=block.line.start)


def _without_short_name(term: str) -> str:
    """"Audio Spectrogram Transformer, or AST (MIT)": an item's name and its details, its short form aside."""
    also_called = _OR_SHORT_NAME.fullmatch(term)
    return also_called.group("name") + (also_called.group("rest") or "") if also_called else term


_OR_SHORT_NAME = re.compile(r"(?P<name>[A-Z][^(),]*?),? or (?P<short>[A-Z][\w.-]*[A-Z0-9][\w.-]*)"
                            r"(?P<rest>\s+\([^()]+\))?")
_SEAT_AFTER_NAME = re.compile(rf"(?P<name>[A-Z][^,]*[A-Za-z)]),\s+(?P<place>{SEAT})")
_DETAILS = re.compile(r"(?P<name>[^()]+?)\s+\((?P<inside>[^()]+)\)")
# "Toronto, founded 2019": a bulleted organization's seat and founding year, said as a clause of its own
_SEAT_AND_FOUNDING = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, (?:founded|established|est\.|set up) (?:in )?"
                                r"(?:1[5-9]|20)\d{2}")
# "Groq (Mountain View, founded 2016) designs ...", "Aalto University (Espoo, founded 2010), formed by ...": a
# bulleted sentence opening with a name and its details
_NAME_DETAILS = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?: (?:of |for |de )?[A-Z][\w.&'’-]*){0,4}) \((?P<inside>[A-Z]"
                           r"[^()]{1,40}[,;] (?:founded |established |est\. |opened |formed )?(?:in )?"
                           r"(?:1[5-9]|20)\d{2})\)[:,]? "
                           r"(?=[A-Za-z])")


_MONTH_YEAR = re.compile(rf"(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTH_NAMES)})\s+(?:\d{{1,2}},\s+)?(?:19|20)\d{{2}}")


def _detail_units(term: str, inside: str, block: Block, rec: _Recorder, evidence: Span | None = None) -> Iterator[Unit]:
    """"(San Francisco, 2017)", "(Oslo, founded 2021)": a bulleted organization's place and year (a model's year is
    its release)."""
    evidence = evidence or block.term
    assert evidence is not None  # items have a term; other blocks pass their sentence
    pair = term.split(" and ")
    if len(pair) == 2 and all(_looks_like_name(p) and any(c.isdigit() for c in p) for p in pair):
        for model in pair:  # "Jamba 1.5 Mini and Jamba 1.5 Large (AI21 Labs, 22 August 2024)": two models, one maker
            yield from _detail_units(model, inside, block, rec, evidence)  # and one date
        return
    parts = [p.strip() for p in re.split(r"[,;]", inside)]
    if len(parts) > 1 and re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}(?: [A-Z][A-Z0-9&]{1,7}){0,2}", parts[0]) \
            and (_abbreviates(parts[0], term) or inside.strip()[len(parts[0]):].startswith(";")) \
            and rec.admissible(term, "Organization"):
        # ("National Information Processing Institute (OPI PIB; Warsaw)": a short form in its own language, set
        # apart by a semicolon)
        # "Qatar Computing Research Institute (QCRI; Doha, founded 2010)": its short form, then its seat and year
        owner = rec.resolve(term) or rec.entity(term, rec.rules.organization_class(term) or "Organization", evidence,
                                                rule="item-acronym")
        rec.alias(owner, parts.pop(0), evidence)
    slug = rec.resolve(term)
    if (slug is None or rec.group_of(slug) is None) and _MONTH_YEAR.fullmatch(parts[-1]) and _looks_like_name(term) \
            and (len(parts) > 1 or rec.rules.organization_class(term) is None) \
            and rec.admissible(term, "FoundationModel"):  # "RETFound (Moorfields Eye Hospital, September 2023)",
        slug = rec.entity(term, "FoundationModel", evidence, rule="item-model-details")  # "GLaMM (November 2023)":
        # a month is a release's (an organization's name with its kind's word, "Quorvex AI (May 2023)", may be no
        # model)
    is_model = slug is not None and rec.group_of(slug) == "model"
    placed = False
    for part in parts:
        year = re.fullmatch(r"(?:(?:founded|established|est\.|opened|formed|released|launched)\s+(?:in\s+)?)?"
                            r"(?P<year>(?:1[5-9]|20)\d{2})",
                            part, re.IGNORECASE)
        if year or (is_model and _MONTH_YEAR.fullmatch(part)):
            date = year.group("year") if year else part
            founded = year is not None and _FOUNDED_IN_DETAILS.search(part) is not None
            said = f"{term} was {'released' if is_model and not founded else 'founded'} in {date}."  # "M42 (Abu
            # Dhabi, founded 2023)": an organization, whatever its name looks like
        elif is_model and not placed and (not any(c.isdigit() for c in part) or _company_named(part)) and all(
                _looks_like_name(re.sub(r"^the\s+", "", name)) for name in part.split(" and ")):
            # "(Avignon Université and Nantes Université, ...)": its makers
            said, placed = f"{term} was developed by {part}.", True
        elif not placed and not is_model and _looks_like_name(part) and not any(c.isdigit() for c in part):
            said, placed = f"{term} is based in {part}.", True
        else:
            continue
        yield Unit(said, evidence, topic=term, section=block.section, paragraph=block.line.start)


def _company_named(name: str) -> bool:
    """"AI21 Labs", "01.AI": a name with digits that a company word ends, no model's."""
    return " " in name and _with_company_word(name.rsplit(" ", 1)[0], name)


def _row_units(block: Block, rules: Rules, rec: _Recorder) -> Iterator[Unit]:
    """A table's row: what each cell says of the row's first cell, as its column's header tells
    (``Talon 3 | Quorvex | March 2025`` under ``Model | Developer | Released``)."""
    assert block.term is not None and rules.tables is not None  # a row has a first cell; the rules have tables
    term = _clean_name(block.term.text)
    first = block.header[0]
    if rules.tables.models.search(first) and _looks_like_name(term) and rec.admissible(term, "FoundationModel"):
        rec.entity(term, rules.category_class(block.section) or "FoundationModel", block.term, rule="table-model")
    elif rules.tables.organizations.search(first) and _looks_like_name(term) and rec.admissible(term, "Organization"):
        rec.entity(term, "Organization", block.term, rule="table-organization")
    for header, cell in zip(block.header[1:], block.cells[1:], strict=False):
        for said in rules.tables.sentences(header, term, cell.text):
            yield Unit(said, block.line, topic=term, section=block.section, paragraph=block.line.start)
    converts = _CONVERTING_KIND.search(rec.extraction.document.title)
    if converts and rules.tables.models.search(first):  # "Text-to-Audio Models Compared": what each row's model
        said = f"{term} turns {converts.group('source')} into {converts.group('target')}."  # takes and gives
        yield Unit(said, block.line, topic=term, section=block.section, paragraph=block.line.start)


# A title that names its models by what they take and give ("Text-to-Audio Models Compared")
_CONVERTING_KIND = re.compile(r"(?i)\b(?P<source>text|speech|image|audio|video|music)-to-"
                              r"(?P<target>text|speech|image|audio|video|music|3d)\s+(?:[\w-]+\s+)?models\b")


# The field of an infobox that names what the box is about ("Name: CosyVoice"), and fields only an organization has
_NAME_FIELD = re.compile(r"(?i)(?:(?:model|family|full)\s+)?name|model|family")
_ORGANIZATION_FIELDS = re.compile(r"(?i)^(?:founded|founders?|headquarters|employees|ceo|industry|owner)$")
_MODEL_FIELDS = re.compile(r"(?i)\b(?:developers?|released?|parameters|sizes?|licen[cs]es?|context|modalit(?:y|ies)|"
                           r"base|weights|architecture)\b")
# Fields of a model's box that an organization's may have too ("Type: an int8-quantized version of X", "Task: speech
# recognition"): a box's under a name with none of an organization's fields
_MODEL_KIND_FIELDS = re.compile(r"(?i)\b(?:tasks?|type|kind|members|variants|framework|starting point|training data|"
                                r"decoding|quantiz\w*)\b")


def _infobox_subjects(document: SourceDocument, rules: Rules, rec: _Recorder) -> dict[int, str]:
    """Each infobox field's start -> what its box is about: the name its "Name:" field gives (a model, or an
    organization when a field only an organization has says so), else the heading above it when that names a
    model or an organization."""
    subjects: dict[int, str] = {}
    runs: list[list[Block]] = []
    for block, before in zip(document.blocks, [None, *document.blocks], strict=False):
        if block.kind == "field":
            if before is None or before.kind != "field":
                runs.append([])
            runs[-1].append(block)
    for run in runs:
        named = next((f for f in run if f.term is not None and _NAME_FIELD.fullmatch(f.term.text)), None)
        subject = _clean_name(_PARENTHESES.sub("", named.body.text)) if named is not None and named.body is not None \
            else None  # ("Name: MPT (MosaicML Pretrained Transformer)": MPT)
        model_fields = any(f.term is not None and _MODEL_FIELDS.search(f.term.text) for f in run)
        organization = not model_fields \
            and any(f.term is not None and _ORGANIZATION_FIELDS.match(f.term.text) for f in run)
        model_fields = model_fields or not organization \
            and any(f.term is not None and _MODEL_KIND_FIELDS.search(f.term.text) for f in run)
        cls = (rules.organization_class(subject or "") or "Organization") if organization else "FoundationModel"
        heading = run[0].section
        spelled_out = named is not None and subject is not None and named.term is not None \
            and named.term.text.lower().startswith("full") and heading and _looks_like_name(heading)
        if spelled_out and subject is not None:  # "GO-1" then "Full name: Genie Operator-1": the box is about the
            rec.spelled_alike(heading, subject)  # name its heading gives, which the page goes on using; the full name
            # is another spelling
        if named is not None and subject is not None and _looks_like_name(subject) and rec.admissible(subject, cls) \
                and not spelled_out:
            rec.entity(subject, cls, named.line, rule="infobox-name")
        elif (slug := rec.resolve(heading)) is not None and rec.group_of(slug) in ("model", "organization"):
            subject = heading  # "Llama 3" then "Developer: Meta", "Released: April 2024"
        elif (named is None or spelled_out) and heading and (_looks_like_name(heading) or HUB_NAME.match(heading)) \
                and model_fields and rec.admissible(heading, "FoundationModel"):  # "PhoBERT" then "Developer: VinAI
            # Research"; "bert-base-japanese" then "Released: 2019": a repository's name, in lower case
            subject = heading
            heading_block = next(b for b in document.blocks if b.kind == "heading" and b.line.text == heading)
            rec.entity(heading, "FoundationModel", heading_block.line, rule="infobox-heading")
        else:
            continue
        subjects.update({f.line.start: subject for f in run if f is not named})
    return subjects


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_OF_OTHER_THINGS = re.compile(r"(?i)\b(?:data|datasets?|corpus|corpora|code|versions?|successors?|predecessors?|"
                              r"related|see|siblings?|derivatives?|benchmarks?|competitors?|rivals?)\b")
_LATEST_FIELD = re.compile(r"(?i)(?:last|latest|newest|most recent)\b")
# "Base model: Qwen2.5-0.5B (CosyVoice 2 only)": a field's value said of one member of the box's family only
_ONLY_OF = re.compile(r"(?P<value>.+?)\s+\((?P<member>[^()]+?)\s+only\)")
# "Modalities: text in; speech out": what goes in and what comes out, in one field
_IN_AND_OUT = re.compile(r"(?P<value>.+?)\s+(?P<way>in|out)")


def _field_units(block: Block, subject: str | None, rules: Rules) -> Iterator[Unit]:
    """An infobox's field, read as a table's cell is ("Developer: Meta" about Llama 3: "Llama 3 was developed by
    Meta"); a field of no box read as a sentence."""
    assert block.term is not None and block.body is not None and rules.tables is not None  # a field has both
    if subject is None or " of " in block.term.text or _LATEST_FIELD.match(block.term.text):  # ("Owner of the
        # developer: Databricks": of another thing; "Last release: July 2023": its latest member's)
        for sentence in sentences(block.line):
            yield Unit(sentence.text, sentence, section=block.section, paragraph=block.line.start)
        return
    header, value = block.term.text, block.body.text
    if (only := _ONLY_OF.fullmatch(value)) is not None:
        subject, value = only.group("member"), only.group("value")
    pieces = value.split(";") if ";" in value else value.split(",")  # "text in; speech out", "text in, text out"
    parts = [(("Input" if m.group("way") == "in" else "Output"), m.group("value"))
             for part in pieces if (m := _IN_AND_OUT.fullmatch(part.strip()))]
    for said in (s for h, v in (parts or [(header, value)]) for s in rules.tables.sentences(h, subject, v)):
        yield Unit(said, block.line, topic=subject, section=block.section, paragraph=block.line.start)
    if not parts and rules.tables.column(header) is None and not _OF_OTHER_THINGS.search(header):  # "- Language
        # part: a decoder based on BioGPT, a biomedical language model from Microsoft": a label no column reads, its
        # value read as the box's sentences (not "Later versions: A, B" nor "Training data: C": other things)
        for sentence in sentences(block.body):
            yield Unit(sentence.text, sentence, topic=subject, section=block.section, paragraph=block.line.start)


def _reads_as_key_facts(body: str) -> bool:
    """"Tencent; 14 May 2024; 1.5 billion parameters; open weights; Apache 2.0": a model's key facts, its release
    date among clauses of size, access or licence, whatever the heading above (no organization has those)."""
    return _are_key_facts(_item_clauses(body))


def _are_key_facts(clauses: list[str]) -> bool:
    """Three clauses at least, a release date among size, access or licence clauses (each after its label, when the
    line labels them: "maker: Nixtla; described: October 2023; parameters: not disclosed")."""
    clauses = [c.strip(" .") for c in clauses]
    values = [(label.group("value") if (label := _LABELLED.fullmatch(c)) else c) for c in clauses]
    return len(clauses) >= 3 and any(_BARE_DATE.match(v) for v in values) \
        and any(_KEY_FACT.search(c) for c in clauses)


# "maker: Nixtla (San Francisco)", "checkpoint released: December 2024": a key fact after its label
_LABELLED = re.compile(r"(?P<field>(?!(?:an?|the|its|their)\s)[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}):\s+(?P<value>\S.*)")
# (not "a permissive licence: the Allen Institute for AI chose it ...", a description and what follows it)


def _item_clauses(body: str) -> list[str]:
    """An item's clauses: split at semicolons, or at spaced dashes when a line of key facts uses them instead
    ("Orel AI — May 2025 — 7 billion parameters — open weights — Apache 2.0")."""
    if ";" in body:
        return body.split(";")
    if dated := _MAKER_AND_DATE.fullmatch(body.strip()):  # "- Airavata — AI4Bharat, January 2024. An ...": the
        return [dated.group("maker"), dated.group("date")]  # maker, then the date
    dashed = _SPACED_DASH.split(body)
    return dashed if _are_key_facts(dashed) else [body]


_SPACED_DASH = re.compile(r"\s+[—–]\s+")
_MAKER_AND_DATE = re.compile(rf"(?P<maker>[A-Z][^,;]*?),\s+"
                             rf"(?P<date>(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?:19|20)\d{{2}})\.?")


_KEY_FACT = re.compile(r"\b(?:parameters|open weights|API|closed|proprietary|undisclosed|licen[cs]e)\b|"
                       r"^(?:about |around |roughly )?\d[\d.,]*\s*(?:million|billion|trillion)\b")


def _looks_like_name(term: str) -> bool:
    """"Gemma 2 27B", "DeepSeek-R1", "gpt-oss-120b"; not "Code models with public weights"."""
    words = term.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or any(c.isdigit() for c in w) or w in _INNER_NAME_WORDS
                                       for w in words)


_INNER_NAME_WORDS = frozenset({"of", "for", "on", "de", "mini", "small", "large", "base", "pro", "instruct", "chat",
                               "im", "am", "der", "la", "del", "di", "du", "da", "do"})  # "Freiburg im Breisgau"


_FOUNDED = re.compile(r"\b(?:founded|established|headquartered)\b", re.IGNORECASE)
_NAME = r"(?=[\w.&-]*[A-Z])[A-Za-z0-9][\w.&-]*"  # "Google", "xAI", "01.AI"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_ORGANIZATION_NAMES = re.compile(rf"{_NAMES}(?:(?:,\s+|\s+and\s+|\s+&\s+){_NAMES})*")
# Names whose capitalised words may be joined by a name's small words, one or several ("University of Texas at Austin",
# "Pontifical Catholic University of Rio Grande do Sul and NOVA University Lisbon")
_TITLED_NAME = rf"{_NAME}(?:\s+(?:(?:of|for|de|do|da|dos|das|di|del|della|der|von|van|at|the)\s+)?{_NAME}){{0,7}}"
_TITLED_NAMES = re.compile(rf"{_TITLED_NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){_TITLED_NAME})*")
# A key-facts clause that is one maker's name the plain pattern misses: with a connecting word and its short form
# after it ("Allen Institute for AI (Ai2)"), or opening in lower case ("inclusionAI")
_MAKER_CLAUSE = re.compile(rf"(?P<name>{_NAMES}\s+(?:of|for)\s+{_NAMES}|{_NAMES}(?=\s+\()|[a-z]+[A-Z][\w.&-]*)"
                           r"(?:\s+\([A-Z][\w.&-]{1,10}\))?")
# "in July 2023 it released ...", "since 2024, the company has ...": a clause with a subject of its own
_OWN_SUBJECT = re.compile(r"^[^,;]{3,80}?,?\s+(?:it|they|the (?:company|lab|laboratory|start-?up|firm|group))"
                          r"\s+(?-i:[a-z]+)", re.IGNORECASE)
# "its Krutrim-2, ..., was released"; "its Hermes 3 series, published in 2024, was fine-tuned from ...": a subject
_ITS_MODEL = re.compile(r"^(?:its|their)\s+(?:[A-Z][\w.]*-?\d|.*\b(?:is|was|are|were|has|have|had)\b"
                        r"|(?-i:[a-z\s-]*\b(?:models?|versions?|famil(?:y|ies)|series)\s+[A-Z][^,;]*?)\b"
                        r"(?:came|went|became|followed|arrived|appeared|(?-i:[a-z]{3,}ed))\b)",
                        re.IGNORECASE)  # "its speech models A and B came out ..." (not "its researchers released A")
_PASSIVE_CUE = re.compile(r"^\w+ed\s+(?:in|on|by|as|from|under|at|with|through|for)\b")
_BARE_DATE = re.compile(r"^(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}$")


def _indefinite(phrase: str) -> str:
    """"a Paris company ...", as a sentence says it (the parser then reads the place as the company's)."""
    if re.match(r"^[\w.&-]+['’]s\b", phrase):
        return phrase  # "Meta's research laboratory" needs no article
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


# An entry's clause whose subject describes the entry, or its people, before a verb in the past or present: "the
# financial data company built ...", "a team from its language laboratory presented ...", "its researchers released"
_DESCRIBED_DOER = re.compile(
    r"^(?:(?:the|this)\s+(?:[\w'’-]+\s+){0,4}?(?:company|maker|lab|laboratory|firm|group|start-?up|developer|"
    r"institute|university|organi[sz]ation|library|school|centre|center)|(?:a|the)\s+team\s+(?:from|at|of|in)\s+(?:its|the)\s+[^,;]{1,60}?|"
    r"its\s+(?:researchers|engineers|scientists|team|lab|laboratory))\s+(?=(?:[a-z]+ed|built|made|began|"
    r"[a-z]+s)\b)", re.IGNORECASE)


def _said_of(term: str, clause: str, is_model: bool, rules: Rules) -> str:
    """A clause without its subject, given the item's term as subject, so the parser reads it whole ("- A and B —
    the work of X": "A and B are the work of X")."""
    said = _said_of_one(term, clause, is_model, rules)
    if re.search(r"\s(?:and|&)\s", term) and said.startswith(term + " "):
        said = re.sub(rf"^{re.escape(term)} (is|was) ", lambda m: f"{term} {'are' if m[1] == 'is' else 'were'} ", said)
    return said


# "3 billion", "about 1.2 billion": a key-facts clause that is a bare count (the line's parameters)
_BARE_COUNT = re.compile(r"(?:about |around |roughly |some )?\d[\d.,]*\s*(?:million|billion|trillion)")


_OWN_LICENCE = re.compile(r"^[A-Z][^,;]*\b(?:Licen[cs]e|Agreement)\.?$")
_BARE_API = re.compile(r"(?:an?\s+)?API(?:\s+only)?|(?:paid|commercial)\s+API", re.IGNORECASE)


_AND_OTHERS = re.compile(r",?\s+and\s+(?:others|partners|collaborators)$")


def _makers_named(clause: str) -> str | None:
    """A key-facts clause of two makers or more, names joined by commas and "and" ("A and B", "A, B, C and
    others"), without the "and others"; not a licence's or a date's words."""
    clause = clause.strip(" .")
    names = _AND_OTHERS.sub("", clause)
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+", names)
    several = len(parts) > 1 or _AND_OTHERS.search(clause) is not None
    if not several or _OWN_LICENCE.search(names) or is_spdx_licence(names) or not all(
            (re.fullmatch(_NAMES, part) or _MAKER_CLAUSE.fullmatch(part)) and not _BARE_DATE.match(part)
            for part in parts):
        return None
    return names if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"  # (listed as the parser reads
    # a list: "A, B, C and D")


def _said_of_one(term: str, clause: str, is_model: bool, rules: Rules) -> str:
    labelled = _LABELLED.fullmatch(clause.strip(" ."))
    if labelled and rules.tables is not None:  # "licence: Apache 2.0": what a table's column of that name says
        said = rules.tables.sentences(labelled.group("field"), term, labelled.group("value"))
        if said or rules.tables.column(labelled.group("field")) is not None:
            return " ".join(said)  # (nothing, for "parameters: not disclosed")
    first = clause.split()[0]
    if _OWN_SUBJECT.search(clause) or _ITS_MODEL.match(clause):  # "..., it published Kimi K2"; "its Krutrim-2,
        return clause[:1].upper() + clause[1:]  # a language model, was released": the term is "it"
    if (described := _DESCRIBED_DOER.match(clause)) is not None:  # "the financial data company built PellGPT"
        return f"{term} {clause[described.end():]}"
    if re.match(r"^(?:a|an|the|one|part|home)$", first, re.IGNORECASE):
        return f"{term} is {clause}"
    maker = _MAKER_CLAUSE.fullmatch(clause.strip(" .")) if is_model else None
    if maker:  # "Olmo 3 32B Think — Allen Institute for AI (Ai2) — ...", "Ring-1T — inclusionAI — ...": its maker
        return f"{term} was developed by {maker.group('name')}"
    if _PASSIVE_CUE.match(clause) or (first.endswith("ed") and first.islower() and len(clause.split()) == 1):
        return f"{term} was {clause}"
    if first[:1].islower():
        # "government-funded research centre": a hyphenated participle is an adjective, not the clause's verb
        verb = (first.endswith("ed") and "-" not in first) or (first.endswith("s") and not first.endswith("ss"))
        if verb:
            return f"{term} {clause}"
        kind = rules.organization_noun.search(" ".join(clause.split()[:3]))  # "answer-engine company founded in ..."
        return f"{term} is {_indefinite(clause) if kind else clause}"
    makers = _makers_named(clause) if is_model else None
    if makers:  # "Fugaku-LLM — Tokyo Institute of Technology, Tohoku University, Fujitsu, RIKEN and others; ...": its
        return f"{term} was developed by {makers}"  # makers, however many (not "a Tokyo Institute ...")
    if is_model and _TITLED_NAMES.fullmatch(clause.strip(" .")) and rules.organization_noun.search(clause) \
            and not _OWN_LICENCE.search(clause):  # "GlórIA 1.3B — NOVA University Lisbon; ...", "— University of
        return f"{term} was developed by {clause.strip(' .')}"  # Bonn and Pontifical Catholic University of Rio
    # Grande do Sul": its makers, named with their kind's noun (not "a NOVA University Lisbon")
    if rules.organization_noun.search(" ".join(clause.split()[:6])):
        return f"{term} is {_indefinite(clause)}"
    if _BARE_DATE.match(date := clause.strip(" .")):  # (the line's last clause ends its sentence: "2021.")
        return f"{term} was released in {date}" if is_model else f"{term} was founded in {date}"
    if is_model and _BARE_COUNT.fullmatch(clause):  # "Tarn-3B — Orel AI; 2023; 3 billion; open weights": its size
        return f"{term} has {clause} parameters"
    if is_model and (is_spdx_licence(clause) or _OWN_LICENCE.search(clause)):  # "...; open weights; MIT License",
        return f"{term} is licensed under {clause}"  # "...; Tencent Hunyuan Community License"
    if is_model and _BARE_API.fullmatch(clause):  # "...; undisclosed; API; proprietary": sold through its API
        return f"{term} is offered only through an API"
    if re.fullmatch(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*-based", clause.strip()):  # "Lagos-based"
        return f"{term} is {clause}"
    if is_model and _ORGANIZATION_NAMES.fullmatch(clause):  # "Gemma 2 27B — Google; ..."; "— Mistral AI and NVIDIA"
        return f"{term} was developed by {clause}"
    return f"{term}: {clause}"


def _section_makers(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """Under a heading that names an organization ("DeepSeek"), a model the section introduces without saying
    who made it ("DeepSeek-V3, released on 26 December 2024, is ...") is that organization's."""
    makers = _with_a_maker(rec)
    bases = {str(f.value) for f in rec.extraction.facts if f.predicate in LINEAGE_PREDICATES}
    page_maker = _only_organization_named(document.title, rec)  # "Stability AI Models": a page about one maker
    for block in document.blocks:
        heading = rec.resolve(block.section) if block.section else None
        if heading is None or rec.group_of(heading) != "organization":
            heading = page_maker
        own = rec.resolve(block.term.text) if block.kind == "item" and block.term is not None else None
        if own is not None and rec.group_of(own) == "organization":
            continue  # "- Linagora — ...": an entry of its own organization, whatever the heading above it
        if heading is not None and block.kind != "heading":  # (not a base the paragraph names as one: "pruned
            # from Llama 2 7B" under "Princeton NLP")
            named_as_base = {s for s in bases if _named_as_base(rec.labels.get(s, ""), block.line.text)} \
                | {s for s, label in rec.labels.items() if _built_on(label, block.line.text)}
            named_as_base -= _released_in(block, rec)  # (but "A larger successor, LTXV-13B, was released in May
            # 2025" before "a version distilled from LTXV-13B": the page's own model, released here)
            _introduced_by(heading, block, makers | named_as_base, rec, rule="section-maker")


def _released_in(block: Block, rec: _Recorder) -> set[str]:
    """The models a block dates the release of."""
    return {f.subject for f in rec.extraction.facts if f.predicate == "fm:releaseDate"
            and block.line.start <= f.evidence.start < block.line.end}


def _listed_releases(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"In March 2024 Pellucid released three open models:" then "- Fennchat, a vision-language model ...": each
    listed model is released then (and open, when the line says so); "Alongside it came four smaller models:" dates
    them by the model dated last before it."""
    for block in document.blocks:
        if block.kind != "bullet" or block.intro is None or not _RELEASED_BELOW.search(block.intro.text):
            continue
        model = rec.resolve(_clean_name(re.split(r",|\s\(|\s[—–]\s|:", block.line.text, maxsplit=1)[0]))
        if model is None or rec.group_of(model) != "model" or not block.line.text.startswith(rec.labels[model]):
            continue
        dates = _dates_to_the_month(block.intro.text) or re.findall(r"\b(?:19|20)\d{2}\b", block.intro.text)
        if not dates and _ALONGSIDE_IT.search(block.intro.text):  # the date the section named last before it
            opened = max((b.line.end for b in document.blocks
                          if b.kind == "heading" and b.line.end <= block.intro.start), default=0)
            dates = _dates_to_the_month(document.text[opened:block.intro.start])
        if dates and not rec.has_value(model, "fm:releaseDate"):
            rec.value(model, "fm:releaseDate", dates[-1], "date", block.intro, rule="listed-releases")
        if _OPEN_ONES.search(block.intro.text):
            rec.value(model, "fm:accessLevel", "OpenWeightsAccess", "term", block.intro, rule="listed-releases")


# "... released three open models:", "Alongside it came four smaller models:": a line that introduces released models
_RELEASED_BELOW = re.compile(r"\b(?:released|published|launched|open-sourced|introduced|came|followed|appeared)\b"
                             r"[^:]*\bmodels?\s*:\s*$")
_ALONGSIDE_IT = re.compile(r"\b(?:alongside|with|beside)\s+it\b|\bat the same time\b|\bthe same day\b", re.IGNORECASE)
_OPEN_ONES = re.compile(r"\bopen(?:[- ]weights?)?\s+(?:[\w-]+\s+){0,2}models?\s*:\s*$")


def _with_a_maker(rec: _Recorder) -> set[str]:
    """The models a sentence gave a maker; not one given only a partner ("built together with All Hands AI"),
    which says another made it too."""
    return {f.subject for f in rec.extraction.facts if f.predicate == "fm:developedBy"
            and not f.rule.startswith("co-maker-")}


def _item_makers(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """In an organization's bulleted item ("- Writer — ...; Palmyra-Med and Palmyra-Fin are ..."), a model the item
    introduces that no sentence, family or heading gives a maker is the organization's; not one the item names as
    another's base ("fine-tuned from DeepSeek-R1")."""
    makers = _with_a_maker(rec)
    makers |= {str(f.value) for f in rec.extraction.facts if f.predicate in LINEAGE_PREDICATES
               and not f.subject.startswith(f"{f.value}-")}  # (not "DictaLM 2.0" of "DictaLM-2.0-Instruct, a chat
    # version fine-tuned from it": a base only of its own versions is the item's model too)
    item: str | None = None
    for block in document.blocks:
        if block.kind == "item" and block.term:  # "Orel Labs (Paris, founded 2020)": the name before its details
            term = re.sub(r"\s*\([^)]*\)\s*$", "", block.term.text)
            item = rec.resolve(_clean_name(term))
        elif block.kind == "bullet":  # "- Clibrain, a Spanish start-up, released ...": the organization it opens with
            item = rec.resolve(_clean_name(re.split(r",|\s\(|\s[—–]\s", block.line.text, maxsplit=1)[0])) \
                or _opening_organization(block, rec)  # "- Runway was founded in 2018 by ..."
        elif block.kind != "paragraph" or block.bulleted:  # a paragraph right after an item goes on with it
            item = None
        if item is not None and rec.group_of(item) == "organization":
            based = {s for s, label in rec.labels.items() if _named_as_base(label, block.line.text)}
            _introduced_by(item, block, makers | based, rec, rule="item-maker")


def _seats_from_headings(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """An organization page grouped by city ("Moscow", then "- Yandex, the country's largest search company, ..."):
    each entry's organization that no sentence gives a seat has its seat in the heading's city. Not under a
    country's or a region's heading, which groups entries without saying where any of them sits. A page whose
    title names one city ("... Organizations in Pittsburgh") seats every entry there."""
    entries: dict[str, list[tuple[str, Block]]] = {}
    for block in document.blocks:
        if block.kind in ("bullet", "item"):
            opening = _opening_organization(block, rec)
            if opening is not None:
                entries.setdefault(block.section, []).append((opening, block))
    places = _city_headings([h for h in entries if h and h != document.title], rules, rec)
    seated = {f.subject for f in rec.extraction.facts if f.predicate == "fm:headquarters"}
    city = _title_city(document.title, rules, rec) if not places else None
    if city is not None:  # "Artificial Intelligence Organizations in Pittsburgh": every entry's seat, unless it says
        places, entries = {city}, {city: [e for entered in entries.values() for e in entered]}  # another
    for heading, entered in entries.items():
        for slug, block in entered if heading in places else []:
            if slug not in seated:
                rule = "title-seat" if heading == city else "heading-seat"
                place = rec.entity(heading, "Place", block.line, rule=rule)
                rec.relate(slug, "fm:headquarters", place, block.line, rule=rule)
                seated.add(slug)


def _opening_organization(block: Block, rec: _Recorder) -> str | None:
    """The organization an entry opens with ("- The Moscow Institute of Physics and Technology (MIPT), despite
    ...", "- MTS AI is the ..."): the longest spelling of one that the entry's text starts with (not "- Meta's
    Fundamental AI Research lab ...", an entry on what it owns)."""
    text = _clean_name(re.sub(r"^\s*-\s+", "", block.line.text))
    found = [(len(spelling), slug) for spelling, slug in rec.spellings.items()
             if text.startswith(spelling) and not text[len(spelling):len(spelling) + 1].isalnum()
             and text[len(spelling):len(spelling) + 1] not in ("'", "’") and rec.group_of(slug) == "organization"]
    return max(found)[1] if found else None


def _title_city(title: str, rules: Rules, rec: _Recorder) -> str | None:
    """The one city a page's title ends with ("... Organizations in Pittsburgh"); not a country, a state or a region."""
    said = _IN_ONE_PLACE.search(title)
    place = said.group("place") if said else ""
    known = rec.resolve(place) if place else None
    if not place or place in rules.countries or place in rules.subdivisions or _REGION.search(place) \
            or known is not None and rec.group_of(known) != "place":
        return None
    if _written_in_lower_case(place, rec.extraction.document.text):
        return None  # "... Organizations in Defence", a sector the page writes in lower case ("defence companies")
    return place if _read_as_a_seat(place) == "city" else None


@lru_cache(maxsize=4096)
def _read_as_a_seat(name: str) -> str:
    """What the recognizer makes of a name read as a seat ("The company is based in Los Angeles."): "city" when every
    word is a proper noun of a place (GPE), "place" when every word is a place's (GPE or LOC) and none a plural noun,
    else "". Word by word, as it reads "Los Angeles" as a place only so; cached, as pages repeat their headings."""
    nlp = pipeline()
    with nlp.select_pipes(disable=["fmkg_names"]):
        words = nlp(f"The company is based in {name}.")[5:-1]
    if all(t.ent_type_ == "GPE" and t.tag_ == "NNP" for t in words):
        return "city"
    return "place" if all(t.ent_type_ in ("GPE", "LOC") and t.tag_ not in ("NNS", "NNPS") for t in words) else ""


def _written_in_lower_case(name: str, text: str) -> bool:
    """Does the page also write the name in lower case, as a common word ("Companies", "defence")?"""
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


_IN_ONE_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})$")


def _city_headings(headings: list[str], rules: Rules, rec: _Recorder) -> set[str]:
    """The headings that name a city or another place within a country (the recognizer's GPE), not a country nor
    a region ("East Asia"), nor a word the page also writes in lower case ("Companies"); two of them at least, as a
    page grouped by city has several (one such heading is more likely an entry's own name)."""
    text = rec.extraction.document.text
    groups = {h: rec.group_of(rec.resolve(h) or "") for h in headings}
    candidates = [h for h in headings if _looks_like_name(h) and len(h.split()) <= 3
                  and _clean_name(h) not in rules.countries and h.lower() not in rules.section_words
                  and not _REGION.search(h) and not _written_in_lower_case(h, text)
                  and not _plural_of_a_word_in(h, text) and groups[h] in (None, "place")]
    if len(candidates) < 2:
        return set()
    places = {h for h in candidates if _read_as_a_seat(h) or groups[h] == "place"}
    # a page grouped by city: its other headings of the same shape are cities too, whatever the recognizer
    # makes of them ("Waterloo" a person, "Quebec City" nothing)
    return set(candidates) if len(places) >= 2 else set()


def _plural_of_a_word_in(heading: str, text: str) -> bool:
    """"Institutes", "Associations", "Universities": a heading that is the plural of a word the page writes in lower
    case ("a graduate research institute", "a trade association") groups entries by kind, not by city."""
    word = heading.lower()
    singulars = {word[:-3] + "y", word[:-1], word[:-2]} if word.endswith("ies") else {word[:-1], word[:-2]} \
        if word.endswith("s") and " " not in word else set()
    return any(len(w) > 3 and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in singulars)


# "East Asia", "Northern Europe", "the Western Balkans", "Middle East": a region, which seats no one
_REGION = re.compile(r"\b(?:Asia|Europe|Africa|America|Americas|Balkans|Caucasus|Caribbean|Middle East|Gulf|Nordics|"
                     r"Scandinavia|Oceania|Pacific|Atlantic|Mediterranean|Baltics?|Levant|Maghreb|Sahel)\b|"
                     r"^(?:The\s+)?(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:ern)?\b")


def _introduced_by(maker: str, block: Block, makers: set[str], rec: _Recorder, *, rule: str) -> None:
    """The models typed in ``block`` that are not in ``makers`` (which it extends) are ``maker``'s."""
    introduced = [f for f in rec.extraction.facts if f.predicate == "rdf:type" and f.kind == "class"
                  and f.value in MODEL_CLASSES and block.line.start <= f.evidence.start < block.line.end]
    if block.kind == "row" and block.term is not None:  # a table's row introduces its first cell's model; the
        row = rec.resolve(_clean_name(block.term.text))  # others ("Base model": Qwen2.5-32B) are named in it
        introduced = [f for f in introduced if f.subject == row]
    examples = {f.subject for f in introduced if f.rule == "kind-such-as"} - {
        f.subject for f in introduced if f.rule != "kind-such-as"}  # "than reasoning models such as DeepSeek-R1":
    # models given only as examples of a kind are anyone's
    for fact in introduced:
        if fact.subject not in makers and fact.subject != maker and fact.subject not in examples \
                and not _named_as_rival(rec.labels.get(fact.subject, ""), block.line.text):
            rec.relate(fact.subject, "fm:developedBy", maker, fact.evidence, rule=rule)
            makers.add(fact.subject)


def _named_as_base(label: str, text: str) -> bool:
    """"fine-tuned from DeepSeek-R1", "built on Meta's Llama 3", "distilled from A into Llama 3.1 70B", "It extends
    Stable Diffusion with ...": the text names the model as another's base."""
    return bool(label) and (re.search(rf"\b(?:from|on|upon|of|than|into|extends|extended)\s+(?:[\w.-]+['’]s\s+)?"
                                      rf"{_LISTED_BEFORE}"
                                      rf"{re.escape(label)}(?![\w-])", text) is not None
                            or re.search(rf"\b{_DERIVED}\s+(?:from|on|upon)\s+(?:the|an?)\s+(?:[a-z0-9][\w.-]*\s+)"
                                         rf"{{1,2}}{re.escape(label)}(?![\w-])", text) is not None)  # "descends from
    # the 13-billion-parameter Llama 2 13B" (not "took over from the older Titan models")


_DERIVED = r"(?:descends?|descended|derived|built|based|initiali[sz]ed|fine-tuned|distilled|quantized|adapted)"


def _built_on(label: str, text: str) -> bool:
    """"fine-tuned from Meta's A on ...", "were trained on top of A, B and C respectively", "the licence of its base,
    A": the text names the model as a base, whether or not the lineage it states was read."""
    if not label:
        return False
    name = rf"{re.escape(label)}(?![\w-])"
    verb = rf"\b(?:{_DERIVED}|trained)\s+(?:from|on|upon|on\s+top\s+of)\s+(?:[\w.-]+['’]s\s+)?"
    return re.search(rf"{verb}{name}|\b(?:its|their)\s+base,?\s+{name}", text) is not None \
        or re.search(rf"{verb}{_LISTED_BEFORE}{name}(?!\s+(?:on|from|upon)\b)", text) is not None  # (not "A was
    # built on B, and C on D": C is the second one built)


def _named_as_rival(label: str, text: str) -> bool:
    """"compared it favourably with A and B", "outperformed A": the text names the model as one another is measured
    against, whoever made it; "Its architecture borrows from A and from B": one whose design another copies."""
    return bool(label) and re.search(rf"\b(?:{_SET_BESIDE}(?:\s+(?!and\b)[\w'’]+){{0,3}}?\s+(?:with|to|against)|"
                                     rf"{_MEASURED_BY}|{_BORROWED_FROM})\s+(?:[\w.-]+['’]s\s+)?{_LISTED_BEFORE}"
                                     rf"(?:from\s+)?{re.escape(label)}(?![\w-])", text) is not None


# "compared it with A" (not "compares A with B": A is what is measured), "outperformed B"
_SET_BESIDE = r"(?:compar|measur)\w*"
_MEASURED_BY = r"(?:outperform|outscor|surpass|beat|rival|trail)\w*"
_BORROWED_FROM = r"(?:borrow|copie|cop(?=y))\w*\s+from"  # (a design's source: "borrows from A", "copied from A")


def _titled_person(name: str, titles: frozenset[str]) -> bool:
    """"Attorney General Ken Paxton": a title of two words, then a person's name (capitalised words only)."""
    title = next((t for t in titles if " " in t and name.startswith(f"{t} ")), None)
    rest = name[len(title) + 1:] if title else ""
    return bool(re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}", rest)) and not _INSTITUTION_WORD.search(rest)


# An institution's word, after which a person's title may open its name ("King Abdullah University of ...")
_INSTITUTION_WORD = re.compile(r"\b(?:University|Institute|College|Academy|School|Hospital|Foundation|Centre|Center)\b")
# "the consumer AI division of Microsoft": the name after it is the parent, not a short form of the division's name
_PART_OF = re.compile(r"\b(?:division|unit|subsidiary|part|arm|branch|lab|laboratory|group)\s+(?:of|at|within)\s+")
def _with_company_word(short: str, name: str) -> bool:
    """"Moonshot AI", "Cerebras Systems": ``name`` is ``short`` with a company word after it."""
    return name.startswith(f"{short} ") and _COMPANY_WORDS.fullmatch(name[len(short) + 1:]) is not None


# The words after a brand that make it a company's name: "Moonshot AI", "Kuaishou Technology" (not "Research",
# "Labs" or "Group": "Microsoft Research" is a part of Microsoft, not Microsoft)
_COMPANY_WORDS = re.compile(r"(?:(?:NLP|ML|Data|Language|Speech|Vision|Robotics|Software|Analytics|Digital|Cloud)\s)?"
                            r"(?:AI|Technology|Technologies|Financial|Inc\.?|Intelligence|Corporation|Corp\.?|Company|Co\.|"
                            r"Ltd\.?|Limited|Systems|Labs|GmbH|LLC|Holdings|PLC|plc|AG|SE|S\.A\.|SAS|S\.p\.A\.|"
                            r"B\.V\.|N\.V\.|Oy|AB|K\.K\.|(?:Sdn|Pte|Pty|Pvt)\.? Ltd\.?|Sdn\.? Bhd\.?|Private Limited|"
                            r"Co\., Ltd\.?|ehf\.?|hf\.?|gGmbH|e\.V\.?|ApS|ASA|Oyj|s\.r\.o\.?|SARL)")
# (and a legal form: "Mesolitica Sdn Bhd", "Aleph Alpha GmbH", "Miðeind ehf.")


# "merged from three models, A, B and C": the names listed before a base in a list of bases
_LISTED_BEFORE = (r"(?:(?:two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+)?models?,?\s+)?"
                  r"(?:[A-Z][\w.-]*(?:\s+[\w.-]+){0,4}?,\s+)*(?:[A-Z][\w.-]*(?:\s+[\w.-]+){0,4}?,?\s+and\s+)?")


def _named_in(title: str, rec: _Recorder, group: str) -> list[str]:
    """The entities of one group whose label, or another spelling the page gives ("ILSP"), a title contains."""
    names = [*rec.labels.items(), *((slug, name) for name, slug in rec.spellings.items() if slug in rec.labels)]
    return sorted({slug for slug, label in names if len(label) > 2 and rec.group_of(slug) == group
                   and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", title)})


def _only_organization_named(title: str, rec: _Recorder) -> str | None:
    """The one organization a title names, when it names no model ("Stability AI Models"; not "DeepSeek and
    Qwen")."""
    organizations = _named_in(title, rec, "organization") or _named_by_brand(title, rec)
    organizations = [o for o in organizations if not any(  # "Timeline of Google DeepMind Models": the lab, not the
        o != other and re.search(rf"(?<![\w-]){re.escape(rec.labels[o])}(?![\w-])", rec.labels[other])  # Google
        for other in organizations)]  # or the DeepMind its name holds
    parents = {str(f.value) for f in rec.extraction.facts if f.predicate == "fm:parentOrganization"
               and f.subject in organizations}  # "The Language Technology Group of the University of Oslo": the group
    organizations = [o for o in organizations if o not in parents] or organizations
    if len(organizations) != 1:
        return None
    spellings = [rec.labels[organizations[0]],  # or the short form it goes by ("ILSP and the Meltemi Models")
                 *rec.spellings_of(organizations[0])]
    if any(_opens_with(_THE_STORY_OF.sub("", title), name) for name in spellings):  # "Kuaishou's Kling and Kolors
        # Models", "Salesforce CodeGen and CodeT5 Models", "Timeline of NVIDIA Nemotron and Related Models": the
        return organizations[0]  # maker's models, however many
    paired = re.search(r"\s(?:and|&)\s+[A-Z]", title)  # "OpenChat and Starling": a page about two things
    return organizations[0] if not _named_in(title, rec, "model") and not paired else None


_THE_STORY_OF = re.compile(r"^(?:A\s+)?(?:Timeline|History|Chronology)\s+of\s+(?:the\s+)?")


def _opens_with(title: str, label: str) -> bool:
    """A title that opens with an organization's name, or its first word ("Kuaishou's ..." for Kuaishou
    Technology), as the maker of what it goes on to name."""
    words = title.split()
    first = re.sub(r"['’]s$", "", words[0]) if words else ""
    opens = title.startswith(label) or (len(first) > 2 and label.split()[0] == first)
    rest = title[len(label):] if title.startswith(label) else title[len(words[0]):] if words else ""
    return opens and (re.match(r"\s*(?:,|and\b|&)", rest) is None  # not "DeepSeek and Qwen": two subjects
                      or _AND_ITS_MODELS.match(rest) is not None)


# "Deep Cogito and the Cogito Models", "Adept and Its Fuyu Models": an organization and the models it makes
_AND_ITS_MODELS = re.compile(r"\s*(?:and|&)\s+(?:the|its|their)\s+(?:[\w.-]+\s+){0,5}?(?:Models?|Family|Series|"
                             r"LLMs?)$", re.IGNORECASE)


def _named_by_brand(title: str, rec: _Recorder) -> list[str]:
    """"XVERSE Language Models" for XVERSE Technology, "Timeline of Roblox Models" for Roblox Corporation: the
    organization whose name's first word opens the title (after a timeline's own words)."""
    title = _THE_STORY_OF.sub("", title)
    first = re.sub(r"['’]s$", "", title.split()[0]) if title.split() else ""
    if re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", rec.extraction.document.text) \
            and first.lower() != first:
        return []  # "Open Reasoning Models Compared" on a page that writes "open weights": a word, not Open Thoughts
    return sorted(slug for slug, label in rec.labels.items() if rec.group_of(slug) == "organization"
                  and len(first) > 2 and label.split()[0] == first and " " in label)


def _only_model_named(title: str, rec: _Recorder) -> str | None:
    """The one model a title names ("Code Llama"), which "The weights" of a section that names none are of."""
    models = _named_in(title, rec, "model")
    return models[0] if len(models) == 1 else None


# --- Possessives, acronyms, approaches ---------------------------------------------------------------------

_ACRONYM = re.compile(r"(?P<long>(?:[A-Z][\w-]*,?\s+(?:(?:for|on|of|and|the|from|bin|ibn|al|de|di)\s+)?){1,8})"
                      r"\((?P<short>[A-Z](?:[A-Z]|[2-9*](?=[A-Z])){1,7})\)")  # "Institute for Infocomm Research
# (I2R)", "Agency for Science, Technology and Research (A*STAR)": a digit doubles the letter before it


# "Meta's Fundamental AI Research lab (FAIR)": an acronym of the words before a lower-case noun for a unit
_NOUN_BEFORE_SHORT = re.compile(r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:for|on|of|and|the)\s+)?){1,8})"
                                r"(?P<noun>lab|laboratory|group|team|unit|division|institute|centre|center)\s+"
                                r"\((?P<short>[A-Z](?:[A-Z]|[2-9*](?=[A-Z])){1,7})\)")


# "The Allen Institute for AI (Ai2)": a short name that is no acronym of the words before it
_GROUP_NAMED = {"Group": "Organization", "Team": "Organization"}  # a group named by its own word
_SHORT_NAME = re.compile(r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:for|on|of|and|the|from|de)\s+)?){1,8})"
                         r"\((?P<short>[A-Z](?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{1,7})\)")


def _member_headings(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"SANA-Video" heading a section of the page "SANA" ("INTELLECT-3", "Cogito v2 Preview" under a title that
    names "the INTELLECT Models", "the Cogito Models"): a model of the family the page is about, which the section's
    sentences then speak of ("With SANA-Video the family moved to ... The model, which has ...")."""
    title = document.title.strip()
    families = [title] if " " not in title and title[:1].isupper() else _FAMILY_IN_TITLE.findall(title)
    if not families:
        return
    member = re.compile("|".join(rf"{re.escape(f)}(?:-[A-Z0-9][\w.]*|\s[vV]?\d[\w.]*(?:\s[A-Z][a-z]+)?)"
                                 for f in families))
    for block in document.blocks:
        heading = block.line.text.strip()
        if block.kind != "heading" or not member.fullmatch(heading) \
                or re.split(r"[- ]", heading)[-1] in rules.not_model_heads:
            continue
        named = re.compile(rf"(?<![\w-]){re.escape(heading)}(?![\w-]|\.\w|\s[A-Z0-9])")  # the name itself, not a
        first = next((s for b, s in _sentences(document) if b.section == heading and named.search(s.text)), None)
        # longer one it opens ("Cogito v2.1 671B" under "Cogito v2.1")
        if first is not None:
            rec.entity(heading, "FoundationModel", first)


def _paragraph_topics(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"ChatNT goes a step further. The multimodal model accepts ...": a paragraph that opens with a name no rule
    knows, as its subject, and goes on about "the <kind> model" speaks of a model of that kind by that name."""
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        said = sentences(block.line)
        opening = _OPENING_NAME.match(said[0].text) if len(said) > 1 else None
        kind = _THE_KIND_OF_MODEL.match(said[1].text) if opening else None
        if opening is None or kind is None or rules.lookup(opening.group("name")) is not None:
            continue
        cls = rules.kind_class(kind.group("kind"))
        name = opening.group("name")
        if cls in MODEL_CLASSES and rec.resolve(name) is None and rec.admissible(name, cls):
            rec.entity(name, cls, said[0])


# A sentence opening with a name and its verb ("ChatNT goes", "Orel-2 extends"), and one opening with "the <kind>
# model" ("The multimodal model accepts")
_OPENING_NAME = re.compile(r"(?P<name>(?:[A-Z][a-z]*[A-Z0-9][\w.+-]*|[A-Z][\w+-]*\d[\w.+-]*)"
                           r"(?:\s[A-Z0-9][\w.+-]*){0,2})\s(?!(?:is|was|are|were|has|had)\b)[a-z]+s\b")
_THE_KIND_OF_MODEL = re.compile(r"(?:The|This)\s+(?P<kind>(?:[\w-]+\s){0,3}model)\s+[a-z]+s\b")


# "Prime Intellect and the INTELLECT Models", "Deep Cogito and the Cogito Models": the family a title names
_FAMILY_IN_TITLE = re.compile(r"\b(?:the|its|their)\s+([A-Z][\w.]*[A-Za-z])\s+(?:[A-Z][a-z]+\s+)?"
                              r"(?:Models|Family|Series)$")


def _acronyms(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """``Center for Research on Foundation Models (CRFM)``: an organization and its short name; ``Allen Institute
    for AI (Ai2)``: an organization its words name as one, and the short name it is given."""
    for _, sentence in _sentences(document):
        for match in _SHORT_NAME.finditer(sentence.text):
            full = re.sub(r"^The\s+", "", match.group("long").strip())
            if full[:1] == match.group("short")[:1] and len(full.split()) > 1 \
                    and (cls := rules.organization_class(full) or _GROUP_NAMED.get(full.split()[-1])):
                rec.alias(rec.entity(full, cls, sentence), match.group("short"), sentence)  # ("the Fudan Natural
                # Language Processing Group (FudanNLP)": a group by its own word)
        for match in _ACRONYM.finditer(sentence.text):
            long_name = _initials_match(match.group("long").split(), _acronym_letters(match.group("short")))
            if long_name and (cls := rules.organization_class(long_name)):
                slug = rec.entity(long_name, cls, sentence)
                rec.alias(slug, match.group("short"), sentence)
            elif long_name and len(long_name.split()) > 1:  # "Amazon Web Services (AWS)": one entity, whatever
                rec.spelled_alike(long_name, match.group("short"))  # a later step finds it to be
        for match in _NOUN_BEFORE_SHORT.finditer(sentence.text):  # "Meta's Fundamental AI Research lab (FAIR)":
            long_name = _initials_match(match.group("long").split(), _acronym_letters(match.group("short")))
            cls = rules.organization_class(f"{long_name} {match.group('noun').title()}") if long_name else None
            if long_name and cls:  # the name before the noun for what it is, and its short form
                rec.alias(rec.entity(long_name, cls, sentence), match.group("short"), sentence)
        for match in _MIXED_CASE_SHORT.finditer(sentence.text):  # "The Document Image Transformer (DiT)": one
            long_name = _initials_match(match.group("long").split(), match.group("short").upper())  # name and its
            if long_name and len(long_name.split()) > 1:  # short form, whatever a later step finds it to be
                rec.spelled_alike(long_name, match.group("short"))
        for match in _INITIALS_AND_TAIL.finditer(sentence.text):  # "the Indian Institute of Technology Bombay (IIT
            long_name = re.sub(r"^The\s+", "", match.group("long").strip())  # Bombay)": initials, then the name's
            initials, tail = match.group("initials"), match.group("tail")  # own last words
            if long_name.endswith(f" {tail}") and _abbreviates(initials, long_name[:-len(tail)]) \
                    and (cls := rules.organization_class(long_name)):
                rec.alias(rec.entity(long_name, cls, sentence), match.group("short"), sentence)
        for match in _NATIVE_NAME_AND_SHORT.finditer(sentence.text):  # "the National Council of Justice
            long_name = match.group("long")  # (Conselho Nacional de Justiça, CNJ)": the short name is of the body's
            if _abbreviates(match.group("short"), match.group("native")) \
                    and (cls := rules.organization_class(long_name)):  # own-language name, and so of the body
                rec.alias(rec.entity(long_name, cls, sentence), match.group("short"), sentence)
        for match in _OR_SHORT.finditer(sentence.text):  # "The Georgia Institute of Technology, or Georgia Tech,":
            short, long_name = match.group("short"), re.sub(r"^The\s+", "", match.group("long"))  # one entity
            if short.split()[0] == long_name.split()[0] or _abbreviates(short, long_name):
                rec.spelled_alike(long_name, short)
        for match in _SPELLED_OUT.finditer(sentence.text):  # "PaLM, the Pathways Language Model, ...": one
            short, long_name = match.group("short"), match.group("long")  # entity, under its short name
            if "".join(c for c in short if c.isupper()) == "".join(w[0] for w in long_name.split() if w[0].isupper()):
                rec.spelled_alike(short, long_name)


# "National Council of Justice (Conselho Nacional de Justiça, CNJ)": a name, then in brackets its name in another
# language and the short form of that
_NATIVE_NAME_AND_SHORT = re.compile(r"(?P<long>[A-Z][\w-]*(?:\s+(?:(?:for|on|of|and|the)\s+)*[A-Z][\w-]*){1,8})\s+"
                                    r"\((?P<native>[A-ZÀ-Ý][^(),;]{3,80}),\s+(?P<short>[A-Z]{2,6})\)")
# "Document Image Transformer (DiT)", "Vision Transformer (ViT)": a short form in mixed case, each letter a word's
_MIXED_CASE_SHORT = re.compile(r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:for|on|of|and|the)\s+)?){2,8})"
                               r"\((?P<short>[A-Z][a-z]?[A-Z][a-z]?[A-Z]?)\)")
# "Indian Institute of Technology Bombay (IIT Bombay)": a name, then its initials and its last words in brackets
_INITIALS_AND_TAIL = re.compile(r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:for|on|of|and|the)\s+)?){2,8})"
                                r"\((?P<short>(?P<initials>[A-Z]{2,6})\s+(?P<tail>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\)")
# "The Georgia Institute of Technology, or Georgia Tech, ...": a name of several words, then a shorter one after "or"
_OR_SHORT = re.compile(r"(?P<long>[A-Z][\w&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w&-]*){1,6}),\s+or\s+(?:the\s+)?"
                       r"(?P<short>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}),")
# "PaLM, the Pathways Language Model,": a short name, then the words its capitals spell
_SPELLED_OUT = re.compile(r"(?<![\w-])(?P<short>[A-Z][\w-]*[A-Z][\w-]*),\s+the\s+"
                          r"(?P<long>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w-]*){1,6})(?=[,.;:)])")


def _spelled_out_before(short: str, before: str) -> str | None:
    """The words an earlier "Long Name (SHORT)" spelled ``short`` out as, when it is such initials."""
    if not re.fullmatch(r"[A-Z]{2,8}", short):
        return None
    return next((long for match in _ACRONYM.finditer(before) if match.group("short") == short
                 for long in [_initials_match(match.group("long").replace(",", "").split(), short)]
                 if long and len(long.split()) > 1), None)


def _acronym_letters(short: str) -> str:
    """The initials an acronym stands for: "I2R" is I, I, R; "A*STAR" is A, S, T, A, R."""
    return re.sub(r"([A-Z])([2-9])", lambda m: m.group(1) * int(m.group(2)), short).replace("*", "")


def _initials_match(words: list[str], short: str) -> str | None:
    """The shortest tail of ``words`` whose capitalised initials spell ``short``; else the one whose words' first
    letters spell it in order ("Large Model Systems Organization (LMSYS)": L, M, SYS)."""
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if short in ("".join(w[0] for w in tail if w[0].isupper()),
                     "".join(w[0].upper() for w in tail if w[0].isupper() or w in _NAME_PARTICLES),
                     "".join(w[0].upper() for w in tail if w[0].isupper() or w == "and")) \
                and tail[0][0].isupper():  # "Mohamed bin Zayed University ... (MBZUAI)"
            return " ".join(tail)
    for start in range(len(words) - 1, -1, -1):
        tail = [w for w in words[start:] if w[0].isupper()]
        if len(tail) >= 3 and words[start][0].isupper() and _spelled_by_prefixes(short, tail):
            return " ".join(words[start:])
    if len(words) == 2 and all(w[0].isupper() for w in words) and short[-1] == words[-1][0] \
            and _abbreviates(short, " ".join(words)):  # "Preferred Networks (PFN)": a two-word name, its first and
        return " ".join(words)  # last initials, a letter of the first word between
    for start in range(len(words) - 1, -1, -1):  # "International Organization for Standardization (ISO)": an
        initials = [w[0] for w in words[start:] if w[0].isupper()]  # international body's letters, in the order
        if len(short) >= 3 and words[start][0].isupper() and sorted(initials) == sorted(short):  # of another
            return " ".join(words[start:])  # language
    return None


def _spelled_by_prefixes(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the opening letters of ``words`` in order, each word giving one or more and the last
    ones possibly none ("LMSYS": Large, Model, SYStems, Organization; "ISED": Innovation, Science, Economic,
    Development, Canada, the country a department's name ends with)."""
    if not short:
        return len(words) <= 1 or all(w in ("Organization", "Organisation", "Group", "Lab", "Laboratory")
                                      for w in words)
    if not words:
        return False
    head = words[0]
    return any(short[:n] == head[:n].upper() and _spelled_by_prefixes(short[n:], words[1:])
               for n in range(1, min(len(head), len(short)) + 1))


_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "de", "di"})


def _approaches(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """In a challenge's or risk's text, ``X and Y are current approaches`` links the methods named to it."""
    for block in document.blocks:
        if block.kind not in ("item", "term") or not block.term:
            continue
        assert block.body is not None  # items and terms have a body
        target = rec.known(block.term.text)
        if not target or not rec.is_a(target, frozenset({"Challenge", "Risk"})):
            continue
        predicate = "fm:addressesChallenge" if rec.is_a(target, frozenset({"Challenge"})) else "fm:addressesRisk"
        for sentence in sentences(block.body):
            if rules.approaches.search(sentence.text):
                for slug in _lexicon_mentions(sentence, rules, rec, "AdaptationMethod"):
                    rec.relate(slug, predicate, target, sentence)


def _lexicon_mentions(sentence: Span, rules: Rules, rec: _Recorder, cls: str) -> list[str]:
    """The lexicon's entities of ``cls`` a sentence names; the longest spelling wins where two overlap
    ("reinforcement learning from human feedback", not also "reinforcement learning")."""
    matches = sorted(((m.start(), m.end(), entry) for entry in rules.lexicon if entry.cls == cls
                      for m in _spelling_pattern(entry).finditer(sentence.text)), key=lambda m: m[0] - m[1])
    taken: list[tuple[int, int]] = []
    found = []
    for start, end, entry in matches:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            found.append(rec.entity(entry.label, cls, sentence))
    return list(dict.fromkeys(found))


# --- Mentions anywhere, open weights, families ---------------------------------------------------------------


def _spelling_pattern(entry: LexiconEntry) -> re.Pattern:
    spellings = sorted((entry.label, *entry.aliases), key=len, reverse=True)
    alternatives = "|".join(_spelled(s, entry.fold_case) for s in spellings)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _spelled(spelling: str, fold_case: bool) -> str:
    """A lexicon spelling as a pattern: as written, or, for an entry that folds case, in any case and as a plural;
    an initialism keeps its case ("ViTs" is vision transformers, "VITS" a model's name)."""
    if not fold_case:
        return re.escape(spelling)
    return f"{re.escape(spelling)}s?" if is_initialism(spelling) else f"(?i:{re.escape(spelling)}s?)"


def _versions_named(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Upgrades followed quickly: Spark 2.0 on 15 August 2023, ..., and Spark 3.0 on 24 October": a model of the
    page's ("Spark") with a version number after its name is a model too, in whatever sentence names it."""
    families = {label: slug for slug, label in rec.labels.items() if rec.is_a(slug, MODEL_CLASSES)
                and len(label) > 2 and not any(c.isdigit() for c in label) and label[:1].isupper()}
    if not families:
        return
    names = "|".join(re.escape(f) for f in sorted(families, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?P<family>{names})[ -]v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*"
                         r"(?:\s(?:Turbo|Pro|Max|Mini|Lite|Plus|Ultra|Flash))?"
                         r"(?![\w-]|\.[\dx]|\s[A-Z0-9(]|\s(?:billion|million|parameters|tokens|per|%))")
    # (not the "Llama 3.1" of "Llama 3.1 405B", nor the "Stable Diffusion 1" of "Stable Diffusion 1.x")
    for _, sentence in _sentences(document):
        for match in pattern.finditer(sentence.text):
            name = match.group()
            if rec.resolve(name) is None and rec.admissible(name, "FoundationModel"):
                family = families[match.group("family")]
                cls = next((c for c in ("LanguageModel", "ImageGenerationModel", "VideoGenerationModel", "SpeechModel",
                                        "EmbeddingModel", "VisionLanguageModel") if rec.is_a(family, frozenset({c}))),
                           "FoundationModel")
                rec.entity(name, cls, sentence, rule="version-of-a-model")


def _mentions(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """Every sentence naming a known entity (of this document or the lexicon) is a mention of it."""
    names: list[tuple[str, str, bool]] = [(s, slug, False) for s, slug in rec.spellings.items()
                                          if len(s) > 2 or s.isupper()]
    for entry in rules.lexicon:
        names += [(s, entry.slug, entry.fold_case) for s in (entry.label, *entry.aliases)]
    names.sort(key=lambda n: len(n[0]), reverse=True)
    pattern = re.compile("|".join(rf"(?<![\w-])(?:{_spelled(s, fold)})(?![\w-])" for s, _, fold in names))
    by_spelling = {(s.lower() if fold and not is_initialism(s) else s): (slug, fold) for s, slug, fold in names}
    entries = {entry.slug: entry for entry in rules.lexicon}
    for _, sentence in _sentences(document):
        for match in pattern.finditer(sentence.text):
            slug = _resolve(match.group(), by_spelling)
            if slug is None or _NAME_GOES_ON.match(sentence.text, match.end()):
                continue  # "Llama" in "Llama 3.1 405B" names the version, not the family
            if slug in rec.labels:
                rec.add(slug, "fm:mentionedIn", document.doc_id, "document", sentence)
            elif slug in entries and not _method_as_act(entries[slug], sentence, rec) \
                    and not _longer_name_of(entries[slug], sentence.text, match.end()) \
                    and not (entries[slug].cls == "Architecture" and SOFTWARE_AFTER.match(sentence.text, match.end())):
                rec.entity(match.group() if match.group() in entries[slug].aliases else entries[slug].label,
                           entries[slug].cls, sentence)


def _method_as_act(entry: LexiconEntry, sentence: Span, rec: _Recorder) -> bool:
    """Is a method's gerund used as a verb with an object ("obtained by fine-tuning LLaMA 13B")? That tells how one
    model was made (its lineage), and is no mention of the method itself; nor is a gerund that only says what kind
    of thing a noun after it is ("the pairs become fine-tuning data"). Where the sentence names the method
    twice, once so and once as a noun of its own, the mention stands."""
    if entry.cls != "AdaptationMethod":
        return False
    word = entry.label.split()[-1].lower()
    uses = [token for evidence, doc in rec.parses if evidence.start <= sentence.start < evidence.end
            for token in doc if token.lower_ == word]
    one_word = " " not in entry.label
    return bool(uses) and all(any(_a_model_named(child) for child in token.children if child.dep_ == "dobj")
                              or one_word and any(child.dep_ == "dobj" for child in token.children)  # "by
                              # fine-tuning an open model" (but "customised by fine-tuning on its data" is the method)
                              or one_word and any(child.dep_ in ("amod", "compound") and child.i == token.i - 1
                                                  for child in token.children)  # "supervised fine-tuning", "safety
                              # fine-tuning": another method, or the method for one purpose, not the method itself
                              or (token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in _METHOD_MATERIAL
                                  and token.head.i > token.i)
                              for token in uses)


# What a method's gerund may only describe: "fine-tuning data", "a fine-tuning recipe", "the fine-tuning stage"
_METHOD_MATERIAL = frozenset({"data", "datum", "dataset", "set", "corpus", "example", "pair", "sample", "recipe",
                              "stage", "step", "run", "job", "script", "code", "cost", "budget", "service", "api",
                              "library"})


def _a_model_named(thing: Token) -> bool:
    """Does an object name one model ("LLaMA 13B", "Meta's Llama 2", "it", "the two base models"), not a kind
    of thing ("a larger model", "half of the weights")?"""
    return (thing.pos_ == "PRON" or any(t._.is_name for t in thing.subtree)
            or any(t.dep_ == "det" and t.lower_ in ("the", "these", "those", "both") for t in thing.children))


def _longer_name_of(entry: LexiconEntry, text: str, end: int) -> bool:
    """Is an organization's name the start of a longer name ("SoftBank Vision Fund 2", "Amazon SageMaker", "Alibaba
    DAMO Academy")? That names a fund, a product or a unit of it, not the organization itself."""
    return entry.cls == "Organization" and _CAPITALISED_WORD.match(text, end) is not None


_CAPITALISED_WORD = re.compile(r" [A-Z][\w.-]*")
_NAME_GOES_ON = re.compile(r"[ -](?:v?\d[\w.]*|[A-Z][\w.-]*\d[\w.-]*|Community License|Terms of Use|[A-Z]{2,}\b)")


def _resolve(spelling: str, by_spelling: dict[str, tuple[str, bool]]) -> str | None:
    for key in (spelling, spelling.removesuffix("s"), spelling.lower(), spelling.lower().removesuffix("s")):
        if key in by_spelling and (key == spelling or by_spelling[key][1]):
            return by_spelling[key][0]
    return None


def _squeezed(name: str) -> str:
    return re.sub(r"[\s-]", "", name).lower()


def _family_cut(family: str, rest: str) -> bool:
    """May ``family`` + ``rest`` be a member of the family ``family``? Not when the "family" is itself one sized
    model ("MPT-7B-Chat" is tuned from MPT-7B, not its member; "Granite-3B-Code-Base-128K" is trained on from
    Granite-3B-Code-Base), nor a distillation ("DeepSeek-R1-Distill-...")."""
    return not _SIZED_MODEL.search(family) and not SIZE_INSIDE.search(family) and "distill" not in rest.lower()


# "MPT-7B", "Qwen2.5-7B-Instruct": one model of one size (its tuned variant too), never a family
_SIZED_MODEL = re.compile(r"\d+(?:\.\d+)?[BMK](?:-(?:instruct|chat|base|it|hf))*$", re.IGNORECASE)


def _brand_names(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Amazon Titan ... Amazon first presented Titan": a model named after its organization is the same model
    when the text drops the organization's name; the shorter name becomes a spelling of the longer."""
    models = {rec.labels[s]: s for s in rec.labels if rec.is_a(s, MODEL_CLASSES)}
    for label, slug in sorted(models.items()):
        owner, _, short = label.partition(" ")
        branded = rec.resolve(owner)
        if not short or not branded or rec.group_of(branded) != "organization" or rules.lookup(short) is not None:
            continue
        if short in models and models[short] != slug:
            rec.merge(models[short], slug)
        elif rec.resolve(short) in (None, slug):  # (a spelling ``resolve`` may have read already)
            rec.spellings[short] = slug


def _short_company_names(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Cerebras Systems ... Cerebras, a chip maker headquartered in Sunnyvale": an organization named by one word
    is the one organization the page named with that word and a company word after it (read in either order)."""
    organizations = {rec.labels[s]: s for s in rec.labels if rec.group_of(s) == "organization"}
    for label, slug in sorted(organizations.items()):
        if " " in label or rules.lookup(label) is not None:
            continue
        longer = {s for name, s in organizations.items() if s != slug and _with_company_word(label, name)} \
            or {s for name, s in organizations.items() if name in (f"{label} University", f"University of {label}")}
        # ("the Stanford group" after "Stanford University": a university by its own word; not "RIKEN" after "RIKEN
        # Center for Computational Science", one of its parts)
        if len(longer) == 1 and not rec.is_a(slug, MODEL_CLASSES) and not _related(rec, slug, next(iter(longer))):
            # (not "Quorvex AI, the AI division of Quorvex": a unit and its parent); a page titled with the short
            # name keeps it ("Naver", which later "took the name Naver Corporation")
            if label == document.title.strip():
                rec.merge(longer.pop(), slug)
            else:
                rec.merge(slug, longer.pop())


def _related(rec: _Recorder, one: str, other: str) -> bool:
    return any({fact.subject, fact.value} == {one, other} for fact in rec.extraction.facts if fact.kind == "entity")


def _family_developers(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """Who made a family made its members ("Meta released Llama 3.1 ..." -> Llama 3.1 70B), unless the text
    names a member's own developer. (Not the other way: a member may come from elsewhere, a distilled one.)"""
    facts = rec.extraction.facts
    developers: dict[str, list] = {}
    for fact in facts:
        if fact.predicate == "fm:developedBy":
            developers.setdefault(fact.subject, []).append(fact)
    members = _members_by_family(facts)
    models = sorted((rec.labels[s], s) for s in rec.labels if rec.is_a(s, MODEL_CLASSES))
    for label, slug in models:  # variants named after their base: "MPT-7B-Chat" is MosaicML's as MPT-7B is
        base = max((b for b in models if b[1] != slug and re.match(re.escape(b[0]) + r"[\s-]", label)),
                   key=lambda b: len(b[0]), default=None)
        if base is not None and slug not in members.get(base[1], []):
            members.setdefault(base[1], []).append(slug)
    for _ in range(3):  # "Aya 23 8B" of "Aya 23" of "Aya": down the generations
        for family, slugs in sorted(members.items()):
            for member in slugs:
                own = developers.get(member, [])
                had = {str(f.value) for f in own}
                guessed = all(f.rule == "section-maker" for f in own) or had < {
                    str(f.value) for f in developers.get(family, ())}  # only the maker the section spoke of, or
                # some of the family's: the family's makers say more ("LAION and hessian.AI debuted LeoLM")
                if guessed and family in developers:
                    if own and not had & {str(f.value) for f in developers[family]}:  # the section's maker was
                        # a guess the family's own maker replaces ("Google" for a Gemini model, "DeepMind" said)
                        facts[:] = [f for f in facts if f not in own]  # (in place: ``facts`` is the recorder's)
                        had = set()
                    for made in developers[family]:
                        if str(made.value) not in had:
                            rec.relate(member, "fm:developedBy", str(made.value), made.evidence,
                                       rule="family-developer")
                    developers[member] = [*developers.get(member, []), *developers[family]]


def _released_alongside(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Two versions fine-tuned from it came out with it: A and B", "B, released alongside it, ...": the models a
    sentence says came out with another share its release date (one the text gives them itself comes first)."""
    dated = {f.subject: f for f in rec.extraction.facts if f.predicate == "fm:releaseDate"}
    bases = {str(f.value) for f in rec.extraction.facts if f.predicate in LINEAGE_PREDICATES}  # named as what the
    # new models were made from, not among them
    models = sorted((s for s in rec.labels if rec.is_a(s, MODEL_CLASSES) and s not in bases),
                    key=lambda s: -len(rec.labels[s]))
    previous: Span | None = None
    for _, sentence in _sentences(document):
        alongside = _CAME_OUT_WITH.search(sentence.text) or _OPENS_ALONGSIDE_IT.match(sentence.text)
        along = _FOLLOWED_ALONG_WITH.search(sentence.text) if alongside is None else None
        came_with = _CAME_WITH.search(sentence.text) if alongside is None and along is None else None
        anchor, said = None, ""
        if alongside is not None:  # "Two versions ... came out with it: A and B", "Alongside it the team published A"
            anchor = _anchor_of(alongside.group("anchor"), previous, dated, rec)
            said = sentence.text.replace(alongside.group(), " ")
        elif came_with is not None:  # "The model has 7 billion parameters and came with A and B": what the sentence
            before = sentence.text[:came_with.start()]  # (or, for "The model", the one before) named came with them
            own = [slug for slug in dated if slug in rec.labels and _names_entity(before, slug, rec)]
            spoken = _SPOKEN_OF.search(before) is not None  # (not "The largest step came with X")
            anchor = own[0] if len(own) == 1 else _anchor_of("it", previous, dated, rec) if not own and spoken \
                else None
            said = _WHOLE_NAMES.sub(" ", sentence.text[came_with.end():])  # (not the Qwen of "Qwen Code", a tool)
        elif along is not None:  # "X followed in June 2023, along with ... A and B": the models after it
            before = sentence.text[:along.start("with")]
            first = min(((m.start(), slug) for slug in dated if slug in rec.labels
                         for m in [re.search(rf"(?<![\w-]){re.escape(rec.labels[slug])}(?![\w-])", before)] if m),
                        default=None)
            anchor, said = (first[1] if first else None), sentence.text[along.end():]
        if anchor is not None:
            for model in (m for m in models if m != anchor and m not in dated and _names_entity(said, m, rec)):
                rec.value(model, "fm:releaseDate", str(dated[anchor].value), "date", sentence,
                          rule="released-alongside")
                dated[model] = dated[anchor]
        previous = sentence


def _anchor_of(said: str, previous: Span | None, dated: dict, rec: _Recorder) -> str | None:
    """What "with it" / "alongside X" names: X, or the dated model the sentence before spoke of last."""
    if said.lower() != "it":
        slug = rec.resolve(said)
        return slug if slug in dated else None
    before = [f for f in dated.values() if previous is not None and previous.start <= f.evidence.start
              and f.evidence.end <= previous.end]
    return max(before, key=lambda f: f.evidence.start).subject if len({f.subject for f in before}) == 1 else None


# "Alongside it the team published EuroLLM-9B-Instruct": released with the model the sentence before dated
_OPENS_ALONGSIDE_IT = re.compile(r"(?:Alongside|Together with|Along with)\s+(?P<anchor>it)\b,?")
# "The Japanese language model has 7 billion parameters and came with A and B": released with what it speaks of
_CAME_WITH = re.compile(r"\b(?:came|shipped|arrived)\s+(?:together\s+)?with\b")
_SPOKEN_OF = re.compile(r"^(?:It|They)\b|\b(?:model|models|version|release)\b")
_WHOLE_NAMES = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*\s+(?:Code|App|Studio|Chat\s+app|CLI|Assistant)\b")
# "X followed in June 2023, along with instruct and chat versions ...": released with the sentence's subject
_FOLLOWED_ALONG_WITH = re.compile(r"\b(?:followed|came\s+out|appeared|arrived|(?:was|were)\s+(?:released|published))"
                                  r"\b[^.;:]{0,40}?,\s+(?:along|together)\s+(?P<with>with)\b")
# "came out with it", "were published alongside it", "released together with Brin-7B": released at the same time
_CAME_OUT_WITH = re.compile(r"\b(?:came\s+out|(?:was|were)\s+(?:released|published)|released|published|appeared|"
                            r"arrived)\s+(?:together\s+)?(?:with|alongside)\s+"
                            r"(?P<anchor>it\b|[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})")


def _licence_items(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"- Apache 2.0 — a permissive licence: Ai2 chose it for the language model OLMo 7B": the models an item about a
    licence names are under that licence, unless the text gave them another."""
    licensed = {f.subject for f in rec.extraction.facts if f.predicate == "fm:license"}
    models = {f.subject for f in rec.extraction.facts if f.predicate == "rdf:type" and f.value in MODEL_CLASSES}
    for block in document.blocks:
        licence = license_id(block.term.text) if block.kind == "item" and block.term is not None else None
        if licence is None or block.body is None:
            continue
        for model in sorted(m for m in models - licensed if _names_entity(block.body.text, m, rec)):
            rec.value(model, "fm:license", licence, "iri", block.line, rule="licence-item")
            licensed.add(model)


# "the open Brin models", "most Phi models", "some of its models": some of a family's models, not all
_SOME_MODELS = re.compile(r"\b(?:open|some|most|several|many|certain)\s+(?:of\s+(?:the|its|their)\s+)?"
                          r"(?:[\w.-]+\s+){0,2}models\b", re.IGNORECASE)


def _weights_on_a_hub(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """A model offered on a platform that hosts weights for anyone to download ("published on Hugging Face") is an
    open-weight model, unless the text said otherwise; a family's members may differ, so a family is left alone."""
    closed = {f.subject for f in rec.extraction.facts if f.predicate == "fm:openWeights" and f.value is False}
    left_alone = closed | set(_members_by_family(rec.extraction.facts))  # (nor a family: "Most Phi models are
    # published with open weights, ... and on Hugging Face" leaves some members closed)
    hosted = [f for f in rec.extraction.facts if f.predicate == "fm:availableOn" and str(f.value) in rules.weight_hubs
              and rec.group_of(f.subject) == "model" and f.subject not in left_alone
              and not _SOME_MODELS.search(f.evidence.text)]  # (not "the open Brin models can be downloaded from P")
    for fact in hosted:
        if (fact.subject, "fm:accessLevel") not in rec.single_values:
            rec.value(fact.subject, "fm:accessLevel", "OpenWeightsAccess", "term", fact.evidence,
                      rule="weights-on-a-hub")


def _hubs_named(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """A hub of model weights that no rule read anything of is a platform wherever the page names it: models are
    put there ("Every model below can be downloaded from the laboratory's account on Hugging Face")."""
    for hub in rules.named_hubs:
        if slugify(hub) in rec.labels:
            continue
        named = re.compile(rf"(?<![\w-]){re.escape(hub)}(?![\w-]| [A-Z\d])")  # (not in "Hugging Face Hub")
        for _, sentence in _sentences(document):
            if named.search(sentence.text):
                rec.entity(hub, "Platform", sentence)


def _licensed_weights(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """A model the text gives a licence ("published under Apache 2.0") has its weights out under it: open
    weights, unless the text said otherwise (a licence is given for weights; an API has terms of use)."""
    licensed = [f for f in rec.extraction.facts if f.predicate == "fm:license" and rec.group_of(f.subject) == "model"]
    for fact in licensed:
        if (fact.subject, "fm:accessLevel") not in rec.single_values:
            rec.value(fact.subject, "fm:accessLevel", "OpenWeightsAccess", "term", fact.evidence,
                      rule="licence-means-open-weights")


_SAID_OF_ALL = re.compile(r"\b(?:famil(?:y|ies)|all|every|each|both|neither|none|whole|series|line-?up)\b",
                          re.IGNORECASE)


# What a sentence says of the models of a family, in so many words: "the models", "their weights", "they", "both"
_OF_THE_FAMILY = r"\s+(?:of|in)\s+(?:the|this|its)\s+(?:family|series|line)"  # "(every version) of the family"
_SAID_OF_THE_MODELS = re.compile(rf"\b(?:(?:the|these|both|all)\s+(?:\w+\s+)?models|their|they|both|all|"
                                 rf"(?:pair|series|family|collection|set|suite)\s+of\s+(?:[\w-]+\s+){{0,2}}models|"
                                 rf"(?:every|each)\s+(?:version|member|model|size|variant){_OF_THE_FAMILY})\b",
                                 re.IGNORECASE)  # "Every version of the family has been published ..."
def _described_after(block: Block, dated: Span) -> str:
    """The sentences of a paragraph right after the one that dates a family, up to the first that speaks of another
    time ("A further member ... came later", "In 2024 ...", a sentence with a date of its own)."""
    if not block.line.start <= dated.end <= block.line.end:
        return ""
    after = Span(dated.end, block.line.end, block.line.text[dated.end - block.line.start:])
    described = []
    for sentence in sentences(after):
        if _ANOTHER_TIME.search(sentence.text):
            break
        described.append(sentence.text)
    return " ".join(described)


_ANOTHER_TIME = re.compile(r"\b(?:later|afterwards?|then|next|followed|follow-up|successors?|subsequent\w*|since|"
                           r"(?:19|20)\d{2}|new(?:er)?\s+versions?|updated?)\b", re.IGNORECASE)
_COMPOSED = re.compile(r"\b(?:compris\w*|consist\w*|made up of|composed of)\b", re.IGNORECASE)
_MODALITY_PREDICATES = ("fm:inputModality", "fm:outputModality", "fm:hasModality")
_SHARED_BY_MEMBERS = ("fm:license", "fm:availableOn", "fm:openWeights", "fm:accessLevel")


def _sizes_listed(text: str) -> str:
    """"..., comes in two sizes, A and B, with ... parameters; ...": the words that list the sizes a sentence says a
    model came in, to the end of their clause; nothing when a list after a colon says how each is offered ("in two
    versions: A, released with open weights under L, and B, offered only through an API")."""
    found = _IN_SIZES.search(text)
    if found is None:
        return ""
    listed = text[found.end():].split(";")[0]
    if listed.lstrip().startswith(":") and _ACCESS_WORDS_SAID.search(listed):
        return ""
    return text[:found.end()] + listed


_ACCESS_WORDS_SAID = re.compile(r"\b(?:licen[cs]e|weights|API|open|closed|proprietary)\b", re.IGNORECASE)
_IN_SIZES = re.compile(r"\bin\s+(?:two|three|four|five|six|seven|eight|several|\d)\s+(?:sizes|versions|variants)\b")
# In the family's own list item its lineage is its members' too (elsewhere each size may have its own base)
_SHARED_IN_OWN_ITEM = (*_SHARED_BY_MEMBERS, "fm:basedOn", "fm:fineTunedFrom")
_FAMILY_ITEM_RULES = ("name-details", "section-domain")


def _members_in_key_facts(document: SourceDocument, facts: list[Fact], rec: _Recorder) -> dict[tuple[str, str],
                                                                                               list[str]]:
    """The members a family's key-facts entry lists ("MERT" then "- Sizes: MERT-v1-95M and MERT-v1-330M", "Parameters:
    135 million (PhoBERT-base), 370 million (PhoBERT-large)"), by the family and the entry's section (the family's own
    heading)."""
    listed: dict[tuple[str, str], list[str]] = {}
    for fact in facts:
        block = document.block_at(fact.evidence.start) if fact.predicate == "fm:modelFamily" else None
        family = str(fact.value)
        if block is not None and block.kind in ("item", "field") and rec.resolve(block.section.strip()) == family \
                and fact.subject not in listed.get((family, block.section), []):
            listed.setdefault((family, block.section), []).append(fact.subject)
    return {key: members for key, members in listed.items() if len(members) > 1}  # (two sizes at least: not "hence
    # the full name Wan2.2-S2V-14B", one size's full name)


def _family_facts(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Their weights were released on Hugging Face under CC BY-NC 4.0", said of a family: its members' too, when
    the sentence speaks of the models (not "Qwen3 was published under Apache 2.0") or sits in the family's own list
    item ("3. Vexor (Quorvex, May 2025). ... two versions, Vexor 4B and Vexor 27B. ..."), and the member has none
    of its own."""
    facts = rec.extraction.facts
    own = {(f.subject, f.predicate) for f in facts}
    members = _members_by_family(facts)
    lead = next((b for b in document.blocks if b.kind == "paragraph"), None)
    page_family = rec.resolve(document.title) or _only_model_named(document.title, rec)  # "Qwen2-VL Models"
    entry_members = _members_in_key_facts(document, facts, rec)
    for fact in [f for f in facts if f.subject in members]:
        block = document.block_at(fact.evidence.start)
        if block is None:
            continue
        listed = entry_members.get((fact.subject, block.section), []) if block.kind in ("item", "field") else []
        if fact.predicate in (*_SHARED_BY_MEMBERS, "fm:releaseDate"):  # "MERT" then "- Released: March 2023",
            for member in listed:  # "- Sizes: A and B": the sizes the entry names came out so too
                if (member, fact.predicate) not in own:
                    rec.add(member, fact.predicate, fact.value, fact.kind, fact.evidence, "family-facts")
                    own.add((member, fact.predicate))
        in_own_item = block.kind == "item" and block.term is not None \
            and rec.resolve(_clean_name(re.sub(r"\s*\(.*", "", block.term.text))) == fact.subject
        if fact.predicate == "fm:releaseDate":
            # "In May 2024 Cohere released Aya 23 in two sizes, Aya 23 8B and Aya 23 35B": the members the
            # sentence of the family's date names came with it (not those released another time)
            clause = next((c for c in re.split(r";|(?<=\.)\s+(?=[A-Z])", fact.evidence.text)
                           if _names_entity(c, fact.subject, rec)), "")
            if _COMPOSED.search(clause):  # "a family comprising A, B and C, released on ...": its members may
                continue  # have come at other times; only a release that names them dates them

            described = _described_after(block, fact.evidence)  # "... published CoEdIT in 2023. CoEdIT-large,
            # CoEdIT-xl and CoEdIT-xxl, with ... parameters, were fine-tuned ...": the sizes it was published in
            for member in members[fact.subject]:  # (in the clause that dates the family: not "...; a small
                if (member, fact.predicate) not in own and (_names_entity(clause, member, rec)  # version, X, ...")
                                                            or _names_entity(described, member, rec)):
                    rec.add(member, fact.predicate, fact.value, fact.kind, fact.evidence, "family-facts")
                    own.add((member, fact.predicate))
            continue
        sized = _sizes_listed(fact.evidence.text) if fact.predicate in _SHARED_BY_MEMBERS else ""
        if sized:  # "It was published in three sizes, A, B and C, with downloadable weights": the sizes the clause
            # lists are published so too
            for member in members[fact.subject]:
                if (member, fact.predicate) not in own and _names_entity(sized, member, rec):
                    rec.add(member, fact.predicate, fact.value, fact.kind, fact.evidence, "family-facts")
                    own.add((member, fact.predicate))
        label = re.escape(rec.labels.get(fact.subject, fact.subject))
        if fact.predicate in _MODALITY_PREDICATES and (
                _speaks_of_any_member(fact.evidence.text, label)
                or (block is lead and fact.subject == page_family and _SAID_OF_THE_MODELS.match(fact.evidence.text)
                    and not _named_before(members[fact.subject], fact.evidence.start, facts))):
            # "Qwen2-VL is a family of ... The models take images ... as input": the lead of the family's own page
            # speaks of every model of it (not "... three sizes, A, B and C. The models read code": of the family)
            # "Every InternVL model takes images and text", "a DeepSeek-VL model answers in text": what any model of
            # the family does, its members' down the generations, and the models named after it, do
            named_after = [m for m, own_label in rec.labels.items() if m != fact.subject and rec.is_a(m, MODEL_CLASSES)
                           and re.match(rf"{label}(?:[\s.-]?\d|[\s-])", own_label)]  # "InternVL2", "InternVL 1.5"
            for member in dict.fromkeys([*_all_members(fact.subject, members), *named_after]):
                if (member, fact.predicate) not in own:
                    rec.add(member, fact.predicate, fact.value, fact.kind, fact.evidence, "family-facts")
            continue
        if not (fact.rule in _FAMILY_ITEM_RULES or (in_own_item and fact.predicate in _SHARED_IN_OWN_ITEM)
                or (fact.predicate in _SHARED_BY_MEMBERS and (_SAID_OF_THE_MODELS.search(fact.evidence.text)
                                                              or _SAID_OF_EVERY.search(fact.evidence.text)))):
            continue
        near = {f.subject for f in facts if f.predicate == "rdf:type"
                and block.line.start <= f.evidence.start < block.line.end}  # the members this paragraph names
        every = fact.predicate in _SHARED_BY_MEMBERS and _SAID_OF_EVERY.search(fact.evidence.text) is not None
        every = every or (block is lead and fact.subject == page_family and fact.predicate in _SHARED_BY_MEMBERS
                          and _SAID_OF_THE_MODELS.search(fact.evidence.text) is not None
                          and _SOME_OF_THEM.search(fact.evidence.text) is None)  # "DeepSeek Coder is a
        # family of ... They were the first models DeepSeek released, and their weights are published on Hugging
        # Face": the lead of the family's own page speaks of every model the page goes on to name
        if every and _SO_FAR.search(fact.evidence.text):  # "every InternLM model named above": not those after
            named_by = {f.subject: f.evidence.start for f in reversed(facts) if f.predicate == "rdf:type"}
            every_member = [m for m in _all_members(fact.subject, members) if named_by.get(m, 0) < fact.evidence.end]
        else:
            every_member = _all_members(fact.subject, members)
        looking_back = _LOOKING_BACK.match(fact.evidence.text) is not None
        for member in (every_member if every else members[fact.subject]):
            if looking_back and not every and not _named_before([member], fact.evidence.end, facts) \
                    and not _on_the_same_terms(member, facts):
                continue  # "X, a family ranging from A to B. They too came under L. C followed": A and B, not C
                # (but "C followed in 2025 on the same terms")
            if (every or member in near) and (member, fact.predicate) not in own:  # "All of them are released
                rec.add(member, fact.predicate, fact.value, fact.kind, fact.evidence, "family-facts")  # under L":
                # every member the page names, and theirs


def _on_the_same_terms(model: str, facts: list[Fact]) -> bool:
    """"UNI 2 followed in January 2025 on the same terms": the sentence that first names a model gives it the terms
    of those before it."""
    first = next((f.evidence.text for f in facts if f.predicate == "rdf:type" and f.subject == model), "")
    return _SAME_TERMS.search(first) is not None


_SAME_TERMS = re.compile(r"\b(?:on|under|with)\s+the\s+same\s+(?:terms|licen[cs]e|conditions)\b", re.IGNORECASE)


def _named_before(models: list[str], offset: int, facts: list[Fact]) -> bool:
    return any(f.predicate == "rdf:type" and f.subject in models and f.evidence.start < offset for f in facts)


def _speaks_of_any_member(text: str, label: str) -> bool:
    """"Every X model", "each of the X models", "a X model": a phrase that speaks of any model of family X."""
    return re.search(rf"\b(?:[Ee]very|[Ee]ach|[Aa]ll|[Aa]ny|[Aa]n?)\s+(?:of\s+the\s+)?{label}\s+models?\b",
                     text) is not None


_SAID_OF_EVERY = re.compile(rf"\b(?:all|every|each)\s+(?:of\s+(?:them|the\s+models)|(?:[\w.-]+\s+){{0,3}}models?|"
                            rf"(?:versions?|members?|sizes?|variants?){_OF_THE_FAMILY})\b",
                            re.IGNORECASE)  # "Every version of the family has been published on Hugging Face"


# "Cohere's earliest generative models were offered only as services, and their weights were never made public"
_SOME_OF_THEM = re.compile(r"\b(?:earliest|early|earlier|older|some)\s+(?:[\w-]+\s+)?models\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:above|so far|until now|listed)\b", re.IGNORECASE)
_LOOKING_BACK = re.compile(r"(?:They|Their|These|Both)\b")  # a sentence that opens by pointing back


def _members_by_family(facts: list[Fact]) -> dict[str, list[str]]:
    """Each family the facts name -> its direct members, in the order found."""
    members: dict[str, list[str]] = {}
    for fact in facts:
        if fact.predicate == "fm:modelFamily":
            members.setdefault(str(fact.value), []).append(fact.subject)
    return members


def _all_members(family: str, members: dict[str, list[str]]) -> list[str]:
    """A family's members, and their members in turn ("Gemma 2 9B" of "Gemma 2" of "Gemma")."""
    found: list[str] = []
    for member in members.get(family, []):
        if member not in found and member != family:
            found += [member, *(m for m in _all_members(member, members) if m not in found)]
    return found


def _family_access(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """How a family is reached is how its members are, down the generations ("Neither family has published
    weights" -> Titan Text Lite; "has never released the weights of a Claude model" -> Claude 3 Opus of Claude 3),
    when the text says it of the whole family (or of any of its models) and says nothing of how a member is
    reached."""
    access = {f.subject: f for f in rec.extraction.facts if f.predicate == "fm:accessLevel"}
    closed = {f.subject: f for f in rec.extraction.facts if f.predicate == "fm:openWeights" and f.value is False}
    members = _members_by_family(rec.extraction.facts)
    own = set(access)
    for family, stated in [(f, a) for f, a in access.items() if f in members]:
        label = re.escape(rec.labels.get(family, family))
        if not (_SAID_OF_ALL.search(stated.evidence.text) or _speaks_of_any_member(stated.evidence.text, label)):
            continue  # "Qwen3 was published under Apache 2.0": not its members
        for member in _all_members(family, {f: m for f, m in members.items() if f not in own or f == family}):
            if member in access:  # a generation that says how it is reached speaks for its own members
                continue
            rec.value(member, "fm:accessLevel", str(stated.value), stated.kind, stated.evidence, rule="family-access")
            access[member] = stated
            if family in closed and member not in closed:
                rec.add(member, "fm:openWeights", False, "bool", closed[family].evidence, "family-access")
                closed[member] = closed[family]


def _listed_below(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"The weights of every model listed below can be downloaded from the Hugging Face Hub", "Every TigerBot model
    named above can be downloaded from ...", "All of the laboratory's models ...": what a page says of every model of
    a set (those its lists or entries go on to name, a family's, an organization's), said of each."""
    maker = _only_organization_named(document.title, rec)  # (the page's: "The Kestrel Lab and Its Models")
    for block, sentence in _sentences(document):
        if _ALL_OF_THEM_OPEN.search(sentence.text):  # "This timeline lists the main releases, all of them
            for model in _released_after(sentence, rec):  # open-weight": every model it goes on to release
                rec.value(model, "fm:accessLevel", "OpenWeightsAccess", "term", sentence, rule="listed-below")
            continue
        term = block.term.text if block.kind == "item" and block.term is not None else ""  # "- Hugging Face: the
        for clause in re.split(r";\s+", sentence.text):  # hub that hosts ..." (not "developer of every model
            _said_of_no_model(clause, sentence, rec, maker)
            _said_of_every_model(f"{term}: {clause}" if term else clause,  # below; listed on the Nasdaq since 2018")
                                 sentence, document, rules, rec, maker)


def _said_of_no_model(clause: str, sentence: Span, rec: _Recorder, maker: str | None) -> None:
    """"None of its models has been released with open weights", "None of Haiper's models ever had its weights
    published": the weights of each model of that organization are closed."""
    none = _NO_MODEL_OPEN.search(clause)
    if none is None:
        return
    owner = none.group("owner")
    organization = maker if owner.lower() in ("its", "their") else rec.resolve(re.sub(r"['’]s$", "", owner))
    if organization is None or rec.group_of(organization) != "organization":
        return
    opened = {f.subject for f in rec.extraction.facts if f.predicate == "fm:accessLevel"
              and f.value == "OpenWeightsAccess"}
    for model in _made_by(organization, rec):
        if model not in opened:  # (what the page says is open, it knows better of)
            rec.value(model, "fm:openWeights", False, "bool", sentence, rule="no-model-open")


def _said_of_every_model(clause: str, sentence: Span, document: SourceDocument, rules: Rules, rec: _Recorder,
                         maker: str | None) -> None:
    """Where a clause says every model of a set is put (and that their weights are out), said of each."""
    if _NOT_ALL.search(clause):
        return  # "Not every model below ...", "every model named above except the first"
    listed = _every_model_said(clause, sentence, document, rec, maker)
    if not listed:
        return
    named = [m.group("name").rstrip(".") for m in _FROM_PLATFORM.finditer(clause)]  # (not the full stop)
    if _HOSTS.search(clause):  # "Hugging Face: the hub that hosts the weights of every model in the entries below"
        named += [hub for hub in rules.named_hubs if re.search(rf"(?<![\w-]){re.escape(hub)}(?![\w-])", clause)]
    hosts = list(dict.fromkeys(slug for name in named if (slug := rec.resolve(name))
                               and (rec.is_a(slug, frozenset({"Platform"})) or slug in rules.weight_hubs)))  # (a hub
    # that makes models too: Hugging Face)
    weights = _WEIGHTS_OBTAINED.search(clause) is not None
    on_a_hub = any(host in rules.weight_hubs for host in hosts)  # (open, as _weights_on_a_hub reads a hub)
    closed = {f.subject for f in rec.extraction.facts if f.predicate == "fm:openWeights" and f.value is False}
    for model in listed:
        for host in hosts:
            rec.relate(model, "fm:availableOn", host, sentence, rule="listed-below")
        if weights or on_a_hub and model not in closed:
            rec.value(model, "fm:accessLevel", "OpenWeightsAccess", "term", sentence, rule="listed-below")


def _every_model_said(clause: str, sentence: Span, document: SourceDocument, rec: _Recorder,
                      maker: str | None) -> list[str]:
    """The models a sentence speaks of all together: "every model described below" (those the page goes on to
    list or date), "every XVERSE model named above" (the family's, named before it), "all of the group's models",
    "the group publishes its models on ..." (its maker's), "all eight" (the eight models the page lists)."""
    every = _EVERY_MODEL.search(clause) or _A_MODEL_BELOW.search(clause)
    own = _PUBLISHES_ITS_MODELS.search(clause)
    if every is None or not any(every.group(g) for g in ("where", "family", "owner", "maker")):
        if own is not None and maker is not None:  # "The group publishes its models on Hugging Face"
            return _made_by(maker, rec)
        counted = _ALL_COUNTED.search(clause)  # "The weights of all eight can be downloaded from ...": the
        if counted is None:  # eight models the page goes on to list, when it lists eight
            return []
        listed = _models_listed_after(document, sentence.end, rec)
        return listed if len(listed) == _number(counted.group("count")) else []
    where = re.sub(r"\s+", " ", (every.group("where") or "").lower())
    span = (sentence.end, len(document.text)) if where.endswith("below") else \
        (0, sentence.start) if where.endswith("above") else (0, len(document.text))
    first_named = _first_named(rec)
    if every.group("family"):  # "Every Qwen and Gemma model listed here"
        families = [f for f in re.split(r",\s+(?:and\s+)?|\s+and\s+", every.group("family")) if f]
        models = [m for m in _members_named(families, rec) if span[0] <= first_named.get(m, -1) < span[1]]
    elif every.group("owner") or every.group("maker"):  # "all of the group's models", "All seven models from X"
        owner = every.group("maker") or every.group("owner")
        organization = rec.resolve(re.sub(r"['’]s$", "", owner)) if owner[:1].isupper() else maker
        models = [m for m in _made_by(organization, rec) if span[0] <= first_named.get(m, -1) < span[1]] \
            if organization is not None and rec.group_of(organization) == "organization" else []
    else:  # "every model described below", "Every model in the table": those its lists name and those it names
        models = [m for m in _models_listed_after(document, span[0], rec)  # there as its maker's (or else those
                  if first_named.get(m, -1) < span[1]]  # it dates after it: a timeline's entries)
        if maker is not None:
            models += [m for m in _made_by(maker, rec) if span[0] <= first_named.get(m, -1) < span[1]
                       and m not in models]
        if not models and where.endswith("below"):
            models = _dated_after(sentence, rec)
    if every.group("open") or every.group("open_after"):  # "Every open model in the list", "Every model above with
        # open weights": those it gives open weights
        opened = {f.subject for f in rec.extraction.facts
                  if f.predicate == "fm:accessLevel" and f.value == "OpenWeightsAccess"}
        models = [m for m in models if m in opened]
    count = every.group("count")
    if count and len(models) != _number(count):
        return []
    with_members = _members_by_family(rec.extraction.facts)  # (a family's members may differ: "MacBERT" of
    bases = _only_bases(rec)  # "MacBERT-large"; nor "Qwen2.5-7B", which "Every Qwen model listed here" names only as
    return [m for m in models if m not in with_members and m not in bases]  # a base)


def _made_by(organization: str, rec: _Recorder) -> list[str]:
    """The models the page names as made by ``organization``, in the order found."""
    return list(dict.fromkeys(f.subject for f in rec.extraction.facts if f.predicate == "fm:developedBy"
                              and f.value == organization and rec.group_of(f.subject) == "model"))


def _members_named(families: list[str], rec: _Recorder) -> list[str]:
    """The models of the families named ("TigerBot"): those the page puts in them, or whose names begin with
    theirs ("TigerBot-70B-Chat"); not the families themselves."""
    slugs = {slugify(f) for f in families}
    members = _members_by_family(rec.extraction.facts)
    inside = {m for family in slugs for m in _all_members(family, members)}
    return [slug for slug, label in rec.labels.items() if rec.group_of(slug) == "model" and slug not in slugs
            and (slug in inside or any(re.match(rf"{re.escape(f)}(?=[\s\d.-]|$)", label) for f in families))]


def _first_named(rec: _Recorder) -> dict[str, int]:
    """Where the page first names each entity (the start of the first sentence any fact of it was read from)."""
    first: dict[str, int] = {}
    for fact in rec.extraction.facts:
        first[fact.subject] = min(first.get(fact.subject, fact.evidence.start), fact.evidence.start)
    return first


def _lead_access(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """"Its customers reach every one of its models through the company's API; Voyage AI has not published the weights
    of any of them", "The group does not sell access to any of them; they are published for anyone to download": what
    the lead of a page about one organization says of all its models, said of each model the page names as made by
    it, that no sentence of its own gives access."""
    lead = next((b for b in document.blocks if b.kind == "paragraph"), None)
    maker = _only_organization_named(document.title, rec)
    if lead is None or maker is None:
        return
    accessed = {f.subject for f in rec.extraction.facts if f.predicate in ("fm:accessLevel", "fm:openWeights")}
    made = sorted({f.subject for f in rec.extraction.facts if f.predicate == "fm:developedBy" and f.value == maker}
                  - accessed)
    for sentence in sentences(lead.line):
        for clause in re.split(r";\s+|,\s+(?:and|but)\s+", sentence.text):
            if not _ALL_ITS_MODELS.search(clause) or _SOME_OF_THEM.search(clause):
                continue
            closed = _NONE_PUBLISHED.search(clause) is not None
            level = "APIOnlyAccess" if _ONLY_THROUGH_AN_API.search(clause) else \
                "OpenWeightsAccess" if _ANYONE_MAY_DOWNLOAD.search(clause) else None
            if level is None and not closed:
                continue
            for model in made:
                if level is not None:
                    rec.value(model, "fm:accessLevel", level, "term", sentence, rule="lead-access")
                if closed:
                    rec.value(model, "fm:openWeights", False, "bool", sentence, rule="lead-access")


# "every one of its models", "all of its models", "any of them", "they": a lead's words for all its maker's models
_ALL_ITS_MODELS = re.compile(r"\b(?:(?:every\s+one|each|all|any|none)\s+of\s+(?:its|their|the\s+(?:company|group|lab|"
                             r"institute)['’]s)\s+models|(?:any|all|each|none)\s+of\s+them|^they)\b", re.IGNORECASE)
_ONLY_THROUGH_AN_API = re.compile(r"\b(?:reach|use|access|call)\w*\b[^.;]*\bthrough\s+(?:the\s+company['’]s|its|an?)\s+"
                                  r"(?:paid\s+|own\s+)?API\b|\bonly\s+through\s+(?:the\s+company['’]s|its|an?)\s+"
                                  r"(?:paid\s+|own\s+)?API\b", re.IGNORECASE)
_ANYONE_MAY_DOWNLOAD = re.compile(r"\b(?:published|released|available|offered)\s+for\s+anyone\s+to\s+download\b|"
                                  r"\bcan\s+be\s+downloaded\b|\bwith\s+open\s+weights\b", re.IGNORECASE)
_NONE_PUBLISHED = re.compile(r"\b(?:has|have)\s+not\s+(?:published|released)\s+the\s+weights\s+of\s+any\s+of\s+them\b|"
                             r"\bnone\s+of\s+(?:them|its\s+models)\s+(?:has|have)\s+(?:had\s+)?(?:its|their)\s+weights\s+"
                             r"(?:published|released)\b", re.IGNORECASE)


def _models_listed_after(document: SourceDocument, offset: int, rec: _Recorder) -> list[str]:
    """The models whose names open the list items (or a table's rows) after ``offset`` (a sentence's end)."""
    models = []
    for block in document.blocks:
        if block.kind not in ("item", "bullet", "row") or block.term is None or block.line.start < offset:
            continue
        name = _DETAILS.fullmatch(block.term.text)
        for part in (name.group("name") if name else block.term.text).split(" and "):
            slug = rec.resolve(part.strip())
            if slug is not None and rec.group_of(slug) == "model" and slug not in models:
                models.append(slug)
    return models


def _dated_after(sentence: Span, rec: _Recorder) -> list[str]:
    """The models the page dates (releases) after ``sentence``."""
    return list(dict.fromkeys(f.subject for f in rec.extraction.facts if f.predicate == "fm:releaseDate"
                              and f.evidence.start >= sentence.end and rec.group_of(f.subject) == "model"))


def _released_after(sentence: Span, rec: _Recorder) -> list[str]:
    """The models the page dates after ``sentence`` whose access no sentence states."""
    accessed = {f.subject for f in rec.extraction.facts if f.predicate in ("fm:accessLevel", "fm:openWeights")}
    return [model for model in _dated_after(sentence, rec) if model not in accessed]


# "This timeline lists the main releases, all of them open-weight": a page's lead on what it goes on to list
_ALL_OF_THEM_OPEN = re.compile(r"\b(?:lists?|covers?|includes?|describes?)\b[^.;]*\b(?:all|each|every\s+one)\s+of\s+"
                               r"(?:them|which)\s+(?:(?:is|are|was|were)\s+)?(?:open[- ]weights?|released\s+with\s+"
                               r"(?:open|downloadable|public)\s+weights)\b", re.IGNORECASE)
# "all eight", "each of the twelve models": as many models as a page's lists go on to name
_ALL_COUNTED = re.compile(r"\b(?:all|each\s+of\s+the|all\s+of\s+the)\s+(?P<count>\d{1,2}|"
                          + "|".join(NUMBER_WORDS) + r")\b(?!\s+(?:of|per|percent|billion|million)\b)", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


# "every model described below", "all of the group's models named here", "Every Qwen and Gemma model listed here",
# "all seven models from Cerebras", "every open model in the list" (those it gives open weights): a set of models
# a sentence speaks of all together; where they are named ("above": before it; "in the list": anywhere), whose family,
# whose maker, how many
_NAME_WORDS = r"[A-Z][\w.+-]*(?:\s+[A-Z\d][\w.+-]*){0,3}"
_EVERY_MODEL = re.compile(
    r"\b(?i:every|each|all)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:(?P<count>\d{1,2}|"
    + "|".join(NUMBER_WORDS) + r")\s+)?(?:(?P<owner>its|their|the\s+[a-z]+['’]s|" + _NAME_WORDS + r"['’]s)\s+)?"
    r"(?P<open>open(?:[- ]weights?)?\s+)?(?:(?P<family>" + _NAME_WORDS + r"(?:(?:,|,?\s+and)\s+" + _NAME_WORDS
    + r")*)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>models?|weights|checkpoints|releases|versions|rows)\b"
    r"(?:\s+(?:(?:listed|named|described|compared|covered|mentioned|included)\s+)?(?P<where>below|here|above|"
    r"on\s+this\s+page|in\s+(?:this|the)\s+(?:list|table|collection|article|entries\s+(?:above|below)))|"
    r"\s+from\s+(?P<maker>" + _NAME_WORDS + r"))?(?P<open_after>\s+with\s+open\s+weights)?")
# "Unless an entry says otherwise, a model below was built by X and its weights ...": any of them, by default (the
# empty groups let it be read as _EVERY_MODEL is)
_A_MODEL_BELOW = re.compile(r"\b(?:[Aa]ny|[Aa])\s+(?P<noun>model)\s+(?:(?:listed|named|described)\s+)?"
                            r"(?P<where>below)\b(?P<count>)?(?P<owner>)?(?P<open>)?(?P<family>)?(?P<maker>)?"
                            r"(?P<open_after>)?")
# "The group publishes its models on Hugging Face": every model of the organization the page is about
_PUBLISHES_ITS_MODELS = re.compile(r"\b(?:publishes|releases|puts|uploads|shares)\s+(?:the\s+weights\s+of\s+)?"
                                   r"(?:all\s+(?:of\s+)?)?its\s+(?:own\s+)?models\s+(?:on|to|through|via)\b")
_HOSTS = re.compile(r"\bhost(?:s|ed)\b")
_NO_MODEL_OPEN = re.compile(r"\b[Nn]one\s+of\s+(?P<owner>its|their|" + _NAME_WORDS + r"['’]s)\s+models\s+"
                            r"(?:has|have|had|was|were|is|are|ever)\b[^.;]*\b(?:with\s+open\s+weights|weights\s+(?:published|released|"
                            r"opened|made\s+public)|(?:open|public)\s+weights)\b")
_NOT_ALL = re.compile(r"\b(?:not|never|except)\b|n['’]t\b", re.IGNORECASE)
_FROM_PLATFORM = re.compile(r"\b(?:from|on|through|via)\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")
_WEIGHTS_OBTAINED = re.compile(r"\bweights\b.*\b(?:downloaded|downloadable|published|released|available)\b",
                               re.IGNORECASE)


def _families(document: SourceDocument, rules: Rules, rec: _Recorder) -> None:
    """``Claude 3.5`` belongs to the family ``Claude``, ``Llama 3.1 405B`` to ``Llama 3.1`` and ``Qwen2.5-72B`` to
    ``Qwen2.5``, when the document names both: the longest other model whose name begins this one's."""
    bases = _only_bases(rec)
    models = {rec.labels[s]: s for s in rec.labels if rec.is_a(s, MODEL_CLASSES) and s not in bases}
    spelled = {**{n: s for n, s in rec.spellings.items() if rec.is_a(s, MODEL_CLASSES)}, **models}  # "Titan" too
    squeezed = {_squeezed(n): s for n, s in spelled.items()}  # "Wan2.1-T2V-14B" of "Wan 2.1", "Granite-4.0-H" of
    # "Granite 4.0": a family's name written without its space or hyphen
    makers = _objects_of(rec, frozenset({"fm:developedBy"}))
    derived_from = _objects_of(rec, LINEAGE_PREDICATES)
    for label, slug in models.items():
        family = _family_by_prefix(label, slug, spelled, squeezed)
        size = SIZE_INSIDE.search(label)
        around = _family_by_prefix(SIZE_INSIDE.sub("", label), slug, spelled, squeezed) if size else None
        if around and size and len(_squeezed(rec.labels.get(around, around))) > len(_squeezed(label[:size.start()])):
            family = around  # "Granite-3B-Code-Base" of "Granite Code": the size written inside the family's name
        if family and (_derived_by_another_maker(slug, family, rec, makers, derived_from)
                       or family in derived_from.get(slug, ())):  # "Phi-4-reasoning, fine-tuned from Phi-4": a
            continue  # model made from the one its name extends, not a member of a family of that name
        copied = _quantized_base(label, slug, spelled)
        if copied is not None:  # "Tarn-7B-int4" of "Tarn-7B", "Tarn-R1-38B-AWQ" of "Tarn-R1": its quantized copy,
            evidence = next(f.evidence for f in rec.extraction.facts if f.subject == slug)  # not a member of a
            rec.relate(slug, "fm:quantizedFrom", copied, evidence)  # family
            continue
        if family:
            _join_family(slug, family, rec)
        else:  # "MiniCPM4-8B", "InternVL2", "LayoutLMv3": a generation's number written onto the family's name
            brand = re.match(r"([A-Za-z][\w-]*?[A-Za-z])(?:v(?=\d))?\d", label)
            family = (spelled.get(brand.group(1)) if brand else None) or _camel_family(label, spelled, slug, rec)
            if family and family != slug:
                _join_family(slug, family, rec)


# The tail of a name that marks a quantized copy of the model its name begins with ("-AWQ", "-38B-GGUF", "-int4")
_QUANTIZED_COPY = re.compile(r"^(?:[\s-]\d+(?:\.\d+)?[BM])?[\s-](?:AWQ|GGUF|GPTQ(?:-Int[48])?|[Ii]nt[48]|FP8|fp8|"
                             r"[48]-?bit|MLX|EXL2)$")


def _quantized_base(label: str, slug: str, spelled: dict[str, str]) -> str | None:
    """The model a name marks as quantized from: the longest other model's name it begins with, followed only by a
    quantization's word (and a size)."""
    bases = [(name, base) for name, base in spelled.items() if base != slug and label.startswith(name)
             and _QUANTIZED_COPY.search(label[len(name):])]
    return max(bases, key=lambda pair: len(pair[0]))[1] if bases else None


def _objects_of(rec: _Recorder, predicates: frozenset[str]) -> dict[str, set[str]]:
    """Each subject's objects of ``predicates`` among the facts so far."""
    objects: dict[str, set[str]] = {}
    for fact in rec.extraction.facts:
        if fact.predicate in predicates:
            objects.setdefault(fact.subject, set()).add(str(fact.value))
    return objects


def _derived_by_another_maker(slug: str, family: str, rec: _Recorder, makers: dict[str, set[str]],
                              derived_from: dict[str, set[str]]) -> bool:
    """"NVIDIA releases Llama-3.1-Nemotron-51B, derived from Meta's Llama 3.1 70B Instruct": a model one maker built
    from another's, named after its base, is no member of the base's family (Qwen2.5-Coder, fine-tuned from
    Qwen2.5-7B by the same maker, is). ``makers`` and ``derived_from``: each model's makers and bases."""
    name = rec.labels.get(family, family)
    bases = {b for b in derived_from.get(slug, ())
             if re.match(rf"{re.escape(name)}(?:[\s-]|$)", rec.labels.get(b, ""), re.IGNORECASE)}
    own = makers.get(slug, set())
    base_makers = set().union(*(makers.get(b, set()) for b in bases | {family}))
    return bool(bases and own and base_makers and not own & base_makers)


def _family_by_prefix(label: str, slug: str, spelled: dict[str, str], squeezed: dict[str, str]) -> str | None:
    """The longest other model whose name begins ``label`` (at a space or hyphen), if it may be its family."""
    parts = re.split(r"(?<=\S)(?=[ -])", label)
    for cut in range(len(parts) - 1, 0, -1):
        prefix = "".join(parts[:cut])
        if not _family_cut(prefix, "".join(parts[cut:])):
            continue
        family = spelled.get(prefix) or squeezed.get(_squeezed(prefix))
        if family and family != slug:
            return family
    return None


_OWN_FACTS = frozenset({"fm:releaseDate", "fm:parameterCount", "fm:license", "fm:basedOn", "fm:fineTunedFrom",
                        "fm:distilledFrom", "fm:quantizedFrom", "fm:accessLevel", "fm:contextWindow"})


def _only_bases(rec: _Recorder) -> set[str]:
    """The models a page names only as what others were built from ("fine-tuned from Llama 3.1 8B"), with nothing
    said of them: a reader does not file them under a family the page speaks of."""
    facts = rec.extraction.facts
    bases = {str(f.value) for f in facts if f.predicate in LINEAGE_PREDICATES}
    described = {f.subject for f in facts if f.predicate in _OWN_FACTS}
    return bases - described


def _camel_family(label: str, spelled: dict[str, str], slug: str, rec: _Recorder) -> str | None:
    """"AquilaChat-7B" of Aquila, "AquilaChat2-34B" of Aquila2: a variant's word written onto the family's name
    (with the generation's number after it); not a name borrowed from another maker's ("LlamaGen" of Peking
    University is no Llama)."""
    camel = re.match(r"(?P<brand>[A-Z][a-z]{2,})[A-Z][a-z]+(?P<generation>\d+(?:\.\d+)?)?", label)
    if camel is None:
        return None
    brand, generation = camel.group("brand"), camel.group("generation")
    family = (spelled.get(brand + generation) if generation else None) or spelled.get(brand)
    makers = [{str(f.value) for f in rec.extraction.facts if f.subject == s and f.predicate == "fm:developedBy"}
              for s in (slug, family)]
    return family if not (makers[0] and makers[1]) or makers[0] & makers[1] else None


def _join_family(member: str, family: str, rec: _Recorder) -> None:
    """``member`` is of ``family``, on the evidence that first named the member."""
    evidence = next(f.evidence for f in rec.extraction.facts if f.subject == member)
    rec.relate(member, "fm:modelFamily", family, evidence)
