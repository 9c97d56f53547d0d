"""Obligations a regulation imposes, read from the analysed sentences that state them.

A duty is a verb under "must" / "shall", or the complement of "are required to" / "have to", whose subject
names who bears it ("Providers of general-purpose AI models must draw up technical documentation").
A sentence that states a duty without its object and ends with ':' introduces a list: each bulleted item is
one duty of the same bearer. The cues and the roles are data (``[obligations]`` in sentence-rules.toml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Token

from fmkg.extract.analysis import NUMBER_WORDS, analyse
from fmkg.extract.document import Block, Span
from fmkg.extract.engine import Unit
from fmkg.extract.values import release_date

__all__ = ["DutyRules", "Role", "duties"]

_MAX_LABEL_WORDS = 20  # a duty completing a list's lead ("may not develop or deploy a system:") keeps its item


@dataclass(frozen=True)
class Role:
    subject: re.Pattern
    label: str
    systemic: bool = False
    alone: bool = False  # named by its one word whatever the law says it deploys or imports ("deployer")


@dataclass(frozen=True)
class DutyRules:
    modal: frozenset[str]
    required: frozenset[str]
    have_to: frozenset[str]
    roles: tuple[Role, ...]
    applies: frozenset[str]
    since: frozenset[str] = frozenset()  # "Since 2 February 2025, providers must ...": the duty's own date
    deadline: frozenset[str] = frozenset()  # "must designate an officer by 27 May 2024": so is its deadline
    bearer: re.Pattern = re.compile(r"(?!)")  # head nouns of a subject that bears a duty as itself
    negated_modal: frozenset[str] = frozenset()  # "may not": a duty when negated
    prohibit: frozenset[str] = frozenset()  # "is prohibited from": the duty not to do what follows
    directed: frozenset[str] = frozenset()  # "were told to send": a duty when passive
    empower: frozenset[str] = frozenset()  # "must empower the representative to:": the empowered bears the list
    refrain: frozenset[str] = frozenset()  # "must refrain from": the duty not to do what follows
    permit: frozenset[str] = frozenset()  # "are not allowed to": the duty not to do what follows
    on_request: frozenset[str] = frozenset()  # "when the consumer asks": a duty owed on request
    generic: frozenset[str] = frozenset()  # "take measures to protect users": objects that only lead to the duty
    frequency: dict[str, re.Pattern] = field(default_factory=dict)  # "annual": "once a year", "every year"
    content: frozenset[str] = frozenset()  # "The notice must state X": verbs that say what a thing holds
    unlawful: frozenset[str] = frozenset()  # "It is unlawful for X to ...": the words that make it a prohibition
    everyone: frozenset[str] = frozenset()  # "No organization or individual may ...": nouns for anyone at all
    classifiers: frozenset[str] = frozenset()  # "federal (agency)": adjectives that sort a role into a class
    responsible: frozenset[str] = frozenset()  # "are responsible for registering X": the duty to register it
    purpose: re.Pattern = re.compile(r"(?!)")  # "with the intent to": words that say an item is a purpose
    nominal: dict[str, str] = field(default_factory=dict)  # "report" -> "reporting": a duty's verb, as a noun
    qualities: dict[str, str] = field(default_factory=dict)  # "safe" -> "safety": what a duty secures, as a noun
    light: frozenset[str] = frozenset()  # "draw up", "establish": verbs that only put a duty's object in place
    short: dict[str, str] = field(default_factory=dict)  # "artificial intelligence" -> "AI": a reader's short form
    advisory_instrument: re.Pattern = re.compile(r"(?!)")  # "Code of Conduct", "Recommendation": binds no one
    advisory_modal: frozenset[str] = frozenset()  # "should": a duty of such an instrument
    advisory_required: frozenset[str] = frozenset()  # "are asked to": so
    advisory_have_to: frozenset[str] = frozenset()  # "commit to implementing": so
    advisory_lists: frozenset[str] = frozenset()  # "The principles are:": a list of its duties follows
    listed_orders: frozenset[str] = frozenset()  # on this page, the nouns whose lists are duties (advisory_lists)
    recipient: frozenset[str] = frozenset()  # "notify", "inform": verbs whose object is whom they tell
    to_authority: dict[str, str] = field(default_factory=dict)  # "notify" -> "notification" when told to an authority
    authority: re.Pattern = re.compile(r"(?!)")  # nouns that name an authority ("regulator", "office")
    things: frozenset[str] = frozenset()  # "system", "content": what a law regulates, never who bears a duty
    doers: frozenset[str] = frozenset()  # "company", "person": nouns a law qualifies by what the bearer does
    doer: dict[str, str] = field(default_factory=dict)  # "develop" -> "developer": who does what a verb says
    # "the provider draws up a declaration": on a page that states duties, a role's act in the plain present
    # is one too, unless its verb only describes the role ("Deployers carry a matching duty")
    describing: frozenset[str] = frozenset()
    aims: frozenset[str] = frozenset()  # "The aim is to ...": subjects of "be to" that state a purpose, no order
    plain_present: bool = False  # set by ``stating_duties`` for such a page

    def role(self, subject: str) -> Role | None:
        return next((role for role in self.roles if role.subject.search(subject)), None)

    def roles_of(self, subject: str) -> list[Role]:
        """"Developers and deployers of high-risk AI systems": each coordinated bearer, the shared "of ..."
        given to both; so is a shared relative clause ("any developer or deployer that makes available an AI
        system ...")."""
        subject = _ASIDE.sub("", subject)  # "Providers of systems that generate text, general-purpose AI systems
        # included, ...": an aside on what the systems include names no role
        clause = re.search(r"\s(?:that|who|which)\s.*$", subject.strip())
        named = subject.strip()[:clause.start()] if clause else subject.strip()
        parts = re.split(r"\s+(?:and|or)\s+|,\s*", named)
        tail = next((m.group() for m in [re.search(r"\s(?:of|with)\s.*$", parts[-1])] if m), "")
        roles = []
        unnamed = []
        for part in parts:
            part = part if re.search(r"\s(?:of|with)\s", part) else part + tail
            role = self.role(part + (clause.group() if clause else "")) or self.role(part)
            if role is not None and role not in roles:
                roles.append(role)
            head, *rest = part.split() or [""]
            if role is None and self.bearer.fullmatch(head.lower()) and rest:  # "Developers and operators of AI
                unnamed.append(_named_role(" ".join([_singular(head.lower()), *(  # systems": the operator of AI
                    w if w[:2].isupper() else w.lower() for w in rest)])))  # systems too, in the text's words
        if roles and unnamed:
            return [*roles, *(r for r in unnamed if r not in roles)]
        return roles if len(roles) > 1 else [r for r in [self.role(subject)] if r is not None]


# A list's lead that says its items are no duties: "Several provisions sound like duties but impose none:"
_NO_DUTIES_LEAD = re.compile(r"\b(?:impose|imposes|create|creates|set|sets)\s+(?:none|no\s+(?:duty|duties|"
                             r"obligations?))\b|\b(?:are|is)\s+not\s+(?:duties|obligations|a\s+duty)\b|"
                             r"\bsound\s+like\s+duties\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s[^,]*\b(?:included|includ(?:ing|es)|excepted|excluded|among them)\b[^,]*,?")


class DutySink(Protocol):
    def obligation(self, label: str, role: Role, evidence: Span, *, rule: str) -> str | None: ...
    def applies_from(self, date: str, section: str, evidence: Span, *, rule: str, about_duties: bool,
                     every_section: bool = False, named: str = "", bearer: str = "",
                     whole_page: bool = False, instrument: str = "") -> None: ...
    def dated(self, duty: str, date: str, evidence: Span, *, rule: str) -> None: ...
    def role_named(self, role: Role, evidence: Span) -> None: ...


def advisory(rules: DutyRules) -> DutyRules:
    """The rules for a page about an instrument that binds no one: its "should" and "are asked to" state duties."""
    return replace(rules, modal=rules.modal | rules.advisory_modal, required=rules.required | rules.advisory_required,
                   have_to=rules.have_to | rules.advisory_have_to, listed_orders=rules.advisory_lists)


def stating_duties(rules: DutyRules, units: list[Unit]) -> DutyRules:
    """The rules for a page that states duties with "must", "shall", "are required to": there a role's act told in
    the plain present ("afterwards the provider draws up a declaration of conformity") is a duty too; elsewhere the
    present tense only describes what someone does."""
    if any(_is_duty(unit, rules) for unit in units if unit.doc is not None):
        return replace(rules, plain_present=True)
    return rules


def duties(units: list[Unit], blocks: list[Block], rules: DutyRules, sink: DutySink, title: str = "") -> None:
    """Record every duty the units state, the duties of lists they introduce, and the dates they apply from."""
    rules = stating_duties(rules, units)
    sink = _ReaderLabels(sink, rules, docs=[unit.doc for unit in units if unit.doc is not None])
    introduced: dict[int, Lead] = {}  # start offset of an introducing sentence -> the bearers of its list, and
    # what its items complete
    reading = _Reading(title=title)
    terms = reading.terms
    stated: dict[str, list[str]] = {}  # section -> the duties stated in it, by label
    listed = {b.line.start: b for b in blocks if b.intro is not None and b.kind in ("bullet", "item")}
    bullets = {b.line.start for b in blocks if b.kind == "bullet" and b.intro is None}
    opening = next((b.line.start for b in blocks if b.kind == "paragraph"), -1)
    previous: Unit | None = None
    no_duties: list[Block] = []  # the items of a list its lead says are no duties
    for unit in units:
        assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
        if any(b.line.start <= unit.evidence.start < b.line.end for b in no_duties):
            continue
        if unit.text.rstrip().endswith(":") and _NO_DUTIES_LEAD.search(unit.text) \
                and any(_lead_of(b, unit) for b in listed.values()):
            no_duties += [listed.pop(start) for start in [s for s, b in listed.items() if _lead_of(b, unit)]]
            continue  # "Several provisions sound like duties but impose none:" then "- The Commission may ..."
        if previous is not None and previous.doc is not None:
            reading.last_date = next(reversed(_full_dates(previous.doc)), reading.last_date)
        last_date = reading.last_date
        previous = unit
        if _FROM_THE_START.search(unit.text):  # "From 1 January 2026 they must also ... Other duties have applied
            reading.section_date = None  # from the start:": those bind from the day the law took effect
        block = listed.pop(unit.evidence.start, None)
        if block is not None:  # an item of a list of duties, read before what the sentences after it say of them
            since = _item_date(block, rules) or reading.date_of(unit.section) or reading.duties_to_come
            for label in _list_item_duties(block, unit, introduced, sink, rules, since):
                stated.setdefault(unit.section, []).append(label)
        extended = _extended_to(unit, rules)
        if extended:  # "These duties bind employment agencies in the same way as employers"
            for label in stated.get(unit.section, []):
                for extra in extended:
                    sink.obligation(label, extra, unit.evidence, rule="duty-extended-to")
            _applies(unit, rules, sink, last_date, reading.title)
            continue
        anyone = _ADDRESSED_TO_ANYONE.search(unit.text)
        if anyone and _singular(anyone.group("term").lower()) in rules.everyone:  # "The Act addresses its duties
            reading.anyone = _named_role(_singular(anyone.group("term").lower()))  # to any "person", ..."
            reading.named.append(reading.anyone)
        for head, term in _terms_named(unit.doc, rules).items():  # "three kinds of actor: deep synthesis service
            terms.setdefault(head, term)  # providers, ...": "A provider must ..." is such a provider
        announced = _announced_bearer(unit, rules, terms)
        if announced is not None:  # "Operators of AI systems trained with ... carry extra safety duties."
            reading.last_role, reading.last_section = announced, unit.section
        for role in _subject_roles(unit, rules, reading):  # "Importers and distributors are covered too": roles
            sink.role_named(role, unit.evidence)  # the law reaches, whether or not a duty is stated of them
        mentioned = rules.role(unit.text)  # "requirements fall on providers of high-risk AI systems"
        if mentioned is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() == "provider"
                                         for t in unit.doc):  # "..., its provider need not ...": the provider
            mentioned = _of_the_page(mentioned, reading, rules, unit.text)  # of what the sentences speak of
        if mentioned is not None and mentioned.label != "provider" and block is None:  # an item's "downstream
            # providers" are those its bearer serves
            last_role = reading.last_role
            reading.last_role = mentioned if last_role is None or last_role.label == "provider" \
                or not _is_duty(unit, rules) else last_role
            reading.last_section = unit.section
        leads_a_list = any(_lead_of(b, unit) for b in listed.values())
        since = _own_date(unit, rules, reading.last_date) if leads_a_list and _fronted_date(unit, rules) else None
        if since is not None:  # "From 1 July 2025, each developer is also obliged to:", "Since 2 February 2025
            reading.section_date = (since, unit.section)  # neither may offer or use an AI system that:": its items
            # apply from then, whoever the lead names
        bare = _bare_lead_roles(unit, rules) if leads_a_list else []
        if bare:  # "With effect from 1 January 2027, an operator:" then "- may not ...": each item states its duty
            introduced[unit.evidence.start] = Lead(bare, modal_items=True)
            reading.last_role, reading.last_section = bare[0], unit.section
            _applies(unit, rules, sink, last_date, reading.title)
            continue
        if _names_listed_orders(unit.text, rules) and any(_lead_of(b, unit) for b in listed.values()):
            introduced[unit.evidence.start] = Lead([_NO_BEARER], imperative_items=True)  # "The principles are:"
            continue
        root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
        if _bans_what_follows(unit, root, rules) and any(_lead_of(b, unit) for b in listed.values()):
            introduced[unit.evidence.start] = Lead([_NO_BEARER], negated=True)  # "The law bans AI systems that:"
            continue
        banned = _banned_by_the_law(unit, root, rules) if unit.paragraph != opening else []  # (the page's lead sums
        # up its law: "The X Act bars fake depictions of candidates", told in detail below)
        if banned:  # "It bans the use of social scoring", "Social scoring is prohibited": the law's own ban, whoever
            for label in banned:  # would do it (no role the sentence names)
                _oblige(sink, label, _NO_BEARER, unit.evidence, rule="law-bans", since=_own_date(unit, rules, None))
                stated.setdefault(unit.section, []).append(label)
            _applies(unit, rules, sink, last_date, reading.title)
            continue
        lead = _introduces_list(unit.text, rules)
        bearing = _duty_of_those_listed(unit, rules) if lead else ""
        if bearing:  # "The following must register with the office:" then "- fleet operators;"
            introduced[unit.evidence.start] = Lead([], bearing, bearer_items=True)
            continue
        if lead and not (root is not None and _lists_contents(root, unit)):
            # "Providers of general-purpose AI models are required to:"
            leading = _lead_roles(unit, rules, reading)
            if leading is not None and _thing_holds_the_list(root, rules):  # "The assessment must set out:" then
                continue  # what it holds, no duties
            if leading is not None:
                introduced[unit.evidence.start] = Lead(leading[0], _lead_verb(unit, rules), thing=_lead_thing(unit),
                                                       whole=_whole_duty(unit, rules))
                reading.last_role, reading.last_section = leading[1], unit.section
                continue
        if any(_meets_the_duties(t) for t in unit.doc):
            reading.duties_to_come = _own_date(unit, rules) or reading.duties_to_come
        if block is None or not _misparsed_order(unit):
            leads = any(_lead_of(b, unit) for b in listed.values())
            for label in _sentence_duties(unit, leads, introduced, rules, reading, sink):
                stated.setdefault(unit.section, []).append(label)
        if block is None and unit.evidence.start in bullets and not _is_duty(unit, rules):
            for label in _imperative_duties(unit, _heading_roles(unit.section, rules), sink, rules):
                stated.setdefault(unit.section, []).append(label)
        added = _added_duty_date(unit)
        if added is not None:  # "An amendment that took effect on 1 January 2022 added a reporting duty": the
            reading.added = (added, unit.section)  # date of the duty to come, not of those stated before
        else:
            _applies(unit, rules, sink, last_date, reading.title)
        reading.said = [*reading.said[-2:], unit.text]
        reading.subject_before = _bearer_subject(unit, rules, reading)
    for block in listed.values():  # an item no unit stands for
        _list_item_duties(block, None, introduced, sink, rules)


def _sentence_duties(unit: Unit, lead: bool, introduced: dict[int, Lead], rules: DutyRules, reading: _Reading,
                     sink: DutySink) -> list[str]:
    """The duties a sentence states, recorded with their bearers (and the date it gives them); a sentence that
    ends with ':' before a list (``lead``) only says what its items are ("Developers may not deploy a system:").
    Their labels."""
    stated: list[str] = []
    described = False  # a thing this sentence says how a duty's means must be
    for verb, subject in _duty_verbs(unit.doc, rules):
        if _meets_the_duties(verb):  # "operators had to meet the new duties described below from ...": when the
            continue  # duties bind, not one of them
        if _quality_of_a_thing(verb, rules):  # "The disclosure has to be clear": how a duty is met
            described = True
            continue
        if described and subject.lower() == "it":  # "..., and it may not rely on a dark pattern": the same
            continue  # thing, not a bearer
        bearers = _sentence_bearers(verb, subject, unit.section, rules, reading)
        if not bearers or all(b.label in rules.everyone for b in bearers) and not _defined_word(verb) \
                and not _term_defined_in(subject) and not _named_before(bearers, reading) \
                and not _EVERYONE_BOUND.match(subject.strip()):  # "No
            continue  # organization or individual may ...": everyone, no role the law regulates (unless the law
            # made it one: "Parties shall ..." after "called Parties")
        reading.last_role, reading.last_section = bearers[0], unit.section
        reading.named += bearers[1:]
        reading.last_bearers = bearers
        labels = _duty_labels(verb, rules, forbidden=_prohibited(verb, rules))
        if lead and unit.text.rstrip().endswith(":") and not _lists_contents(verb, unit):
            negated = _denied(verb) or labels[:1] and labels[0].startswith(("not ", "prohibition "))
            lead_here = Lead(bearers, labels[0] if len(labels) == 1 else "", bool(negated))
            earlier = introduced.get(unit.evidence.start)
            if earlier is not None and earlier.roles != bearers:  # "No provider may place on the market, and no
                lead_here = Lead([*earlier.roles, *(b for b in bearers if b not in earlier.roles)],  # deployer may
                                 "", earlier.negated or bool(negated))  # use, an AI system that:": both bear each item
            introduced[unit.evidence.start] = lead_here
            continue  # "Developers may not deploy a system:": its items say which duties
        since = _own_date(unit, rules, reading.last_date) or reading.added_date(unit.section)
        if since is not None and _fronted_date(unit, rules):  # "From 1 December 2024, an agency may not ...":
            reading.section_date = (since, unit.section)  # the section's duties after it apply from then too
        since = since or reading.date_of(unit.section) or reading.duties_to_come
        for label in labels:
            for bearer in bearers:
                _oblige(sink, label, bearer, unit.evidence, rule="duty-sentence", since=since)
            stated.append(label)
    return stated


# "... must include a summary of the datasets, covering among other things:": a list of what the object holds
# "... have to remove content that falls into any of these cases of risk:": the cases the duty covers
_CONTENTS_LEAD = re.compile(r"(?:\b(?:covering|including|containing|listing|stating|describing|such as|namely|"
                            r"in particular)\b|\b(?:these|the following)\s+(?:cases|situations|circumstances|"
                            r"conditions|categories|kinds|types)\b)[^:;]*:\s*$", re.IGNORECASE)


def _lists_contents(verb: Token, unit: Unit) -> bool:
    """A lead whose duty is whole ("must include a summary") and whose list says what its object holds: the items
    are contents, not duties, and the sentence states its one duty."""
    return any(c.dep_ in _OBJECTS for c in verb.children) and _CONTENTS_LEAD.search(unit.text) is not None


def _lead_verb(unit: Unit, rules: DutyRules) -> str:
    """"Robot makers must keep:" then "- a fall log": the verb a list's lead leaves its items to complete."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or any(c.dep_ in _OBJECTS for c in root.children) \
            or not any(c.dep_ == "aux" and c.lower_ in rules.modal for c in root.children) \
            or any(t.lower_ in ("following", "these", "this") for t in root.subtree if t.i > root.i):
        return ""  # "must comply with the following:": each item is a duty of its own
    return " ".join(t.lemma_.lower() for t in _verb_words(root))


_DEMONSTRATIVE = re.compile(r"(?i)^(?:this|that)\s+[\w-]+$")  # "this official": the one just named


def _lead_roles(unit: Unit, rules: DutyRules, reading: _Reading) -> tuple[list[Role], Role] | None:
    """Who bears the duties a list's lead introduces ("Providers of general-purpose AI models are required to:",
    "The Act requires robot makers to:", "The following duties apply to importers and distributors:"): every
    bearer it names, and the one the page then speaks of."""
    assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
    bound = _duties_bind(root, rules) if root is not None else []
    required = (_required_of(root, rules) or _empowered(root, rules)) if root is not None else None
    subject = required or (_subject_token(root) if root is not None else None)
    own = _list_bearer(subject, rules, reading.terms)
    if subject is not None and reading.last_role is not None \
            and _DEMONSTRATIVE.match(" ".join(t.text for t in subject.subtree)):
        own = reading.last_role  # "The directive places its duties on X ... this official must:": X, and
        reading.aliases[_singular(subject.lower_)] = own  # "the official" after it too
    role = rules.role(unit.text)
    if role is not None and role.label == "provider" and own is not None and own.label.startswith("provider of "):
        role = own  # "Providers of user-to-user services must:": not any provider, the page's own kind of them
    role = role or own or next(iter(bound), None) or reading.last_role
    last = reading.last_role
    if role is not None and last is not None and (role.label == "provider" and last.label.startswith("provider")
                                                  or last.label.startswith(f"{role.label} of ")):
        role = last  # "Developers of chatbot models have to ... Each developer is also obliged to:": the same
    if role is None:
        return None
    role = _of_the_page(role, reading, rules)
    coordinated = rules.roles_of(_subject(root) or "") if root is not None else []
    coordinated = coordinated if len(coordinated) > 1 else bound
    shared = _sharing_a_complement(subject, rules, reading.terms) if own is not None and role == own else []
    coordinated = coordinated if len(coordinated) > 1 else shared
    return (coordinated if len(coordinated) > 1 else [role]), role


def _sharing_a_complement(subject: Token | None, rules: DutyRules, terms: dict[str, str]) -> list[Role]:
    """"Owners and holders of AI systems are required to:": coordinated roles that share what one's "of" says (the
    parser hangs it on either), each named with it ("owner of AI systems", "holder of AI systems")."""
    if subject is None or not subject.conjuncts:
        return []
    tokens = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
    owns = [_own_role(t, rules, any_noun=t.pos_ == "NOUN") for t in tokens]
    if not all(own and " " not in own[0].label for own in owns):
        return []
    said = [(t, own[0]) for t, own in zip(tokens, owns, strict=True)
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]
    full = _role_with_complement(*said[0]) if len(said) == 1 else []
    if not full:
        return []
    complement = full[0].label[len(said[0][1].label):]
    return [_in_the_laws_terms(_named_role(own[0].label + complement, own[0].systemic), terms) for own in owns]


@dataclass
class _ReaderLabels:
    """Every duty's label as a reader names it: a prohibition so ("not sell data" -> "prohibition to sell data"),
    and in a reader's short forms ("disclose the use of artificial intelligence" -> "disclose use of AI",
    ``[obligations.short]``), whichever spelling the text uses."""
    sink: DutySink
    rules: DutyRules
    borne: dict[str, set[str]] = field(default_factory=dict)  # each label -> the roles that bear it
    docs: list = field(default_factory=list)  # the page's parses, for the full term of a role named by its head
    terms: dict[str, Role] = field(default_factory=dict)  # a role named by its head -> the page's full term

    def obligation(self, label: str, role: Role, evidence: Span, *, rule: str) -> str | None:
        role = self._term(role)
        if label.startswith("not "):  # "not sell patient data": "prohibition to sell patient data"
            label = f"{_PROHIBITION} to {label[4:]}"
        for long, short in self.rules.short.items():
            label = re.sub(rf"\b{re.escape(long)}\b", short, label, flags=re.IGNORECASE)
        label = self._parallel(label, role)
        self.borne.setdefault(label, set()).add(role.label)
        return self.sink.obligation(label, role, evidence, rule=rule)

    def _parallel(self, label: str, role: Role) -> str:
        """"publish a statement summarising the systems they make available" for developers and "... the systems
        they deploy" for deployers: one duty of two roles, said twice in their own lists, is one obligation
        with two bearers: a duty of another role with the same first word and most of the same words."""
        words = _content_stems(label)
        for earlier, roles in self.borne.items():
            if role.label in roles or earlier == label or earlier.split()[0] != label.split()[0]:
                continue
            said = _content_stems(earlier)
            if len(words & said) >= _PARALLEL * len(words | said):
                return earlier
        return label

    def applies_from(self, date: str, section: str, evidence: Span, *, rule: str, about_duties: bool,
                     every_section: bool = False, named: str = "", bearer: str = "",
                     whole_page: bool = False, instrument: str = "") -> None:
        self.sink.applies_from(date, section, evidence, rule=rule, about_duties=about_duties,
                               every_section=every_section, named=named, bearer=bearer, whole_page=whole_page,
                               instrument=instrument)

    def dated(self, duty: str, date: str, evidence: Span, *, rule: str) -> None:
        self.sink.dated(duty, date, evidence, rule=rule)

    def role_named(self, role: Role, evidence: Span) -> None:
        self.sink.role_named(self._term(role), evidence)

    def _term(self, role: Role) -> Role:
        """The page's full term for a role it may name by its head word, worked out once per role."""
        if role.label not in self.terms:
            self.terms[role.label] = _full_term(role, self.docs, self.rules.classifiers)
        return self.terms[role.label]


def _full_term(role: Role, docs: list, classifiers: frozenset[str]) -> Role:
    """"Their duties fall on personal information handlers ... a handler must inform ...", "how federal agencies
    use AI ... An agency must ...", "health care service plans ... Such a service plan must ...": a bearer named
    by its head word (or words) is the page's one longer term for it: the nouns before it, and the adjectives
    before those or the ones that sort it into a class (``[obligations] classifiers``); not "each handler", "the
    same handler", "a known operator"."""
    words = role.label.lower().split()
    if not docs or not words or len(words) > 2 or not all(w.isalpha() for w in words):
        return role
    terms = set()
    bare = False  # the page has named the bearer by its head word alone before any longer term
    for doc in docs:
        for token in doc:
            start = token.i - len(words) + 1
            if token.lemma_.lower() != words[-1] or token.pos_ != "NOUN" or start < 0 \
                    or [t.lower_ for t in doc[start:token.i]] != words[:-1]:
                continue
            of_term = _of_phrase(token) if len(words) == 1 and not role.alone else ""
            if of_term and not bare:  # "Providers of online audio and video information services are ...",
                terms.add(f"{role.label} of {of_term}")  # then "providers shall ...": the page's term for them
                continue
            first = start
            while first > 0 and _term_word(doc[first - 1], token) and (
                    doc[first - 1].dep_ == "compound" or first < start or doc[first - 1].lower_ in classifiers):
                first -= 1  # "health care (service plan)", "federal (agency)"; an adjective only before a noun
            if first < start and not bare:
                terms.add(" ".join(t.text for t in doc[first:start]) + " " + role.label)
            elif not terms and any(c.dep_ == "det" for c in token.children):
                bare = True  # "A deployer that ... Public-sector deployers register ...": a kind of the deployers
                # the page speaks of, not its term for them
    terms = {t for t in terms if not any(o != t and o.endswith(" " + t) for o in terms)}  # the longest only
    return _named_role(terms.pop()) if len(terms) == 1 else role


def _of_phrase(noun: Token) -> str:
    """"providers of online audio and video information services" -> "online audio and video information services":
    what a plural bearer's "of" says it provides or uses, in lower-case words with no determiner ("" otherwise);
    "the seller, renter or lessor of a connected product": what each of the coordinated bearers is of, in the
    plural, as a role is named ("connected products")."""
    last = max((noun, *noun.conjuncts), key=lambda t: t.i) if noun.tag_ == "NN" else noun
    of = noun.doc[last.i + 1] if last.i + 1 < len(noun.doc) else None
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and of.lower_ == "of" else None
    if of is None or thing is None:
        return ""
    one = noun.tag_ == "NN" and thing.tag_ == "NN" and of.i + 1 < thing.i and noun.doc[of.i + 1].lower_ in ("a", "an")
    if thing.tag_ != "NNS" and not one:
        return ""
    words = noun.doc[of.i + 1 + one:thing.i + 1]
    if len(words) > 8 or not all((w.is_lower and w.is_alpha and w.lower_ not in _NOT_OF_TERM)
                                 or w.text in ("AI", "ML") or "-" in w.text and w.text.islower() for w in words):
        return ""
    return f"{words[:-1].text} {_plural(words[-1].text)}".strip() if one else words.text


def _term_word(word: Token, head: Token) -> bool:
    """A word of a role's longer name: a lower-case noun or adjective that modifies a word of it."""
    return word.dep_ in ("compound", "amod") and (word.is_lower or word.text in ("AI", "ML")) \
        and word.lower_ not in _NOT_TERM_WORDS and word.head.i <= head.i and word.head.i > word.i


_PARALLEL = 0.6  # the share of their words two roles' duties have in common to be one duty
_LINK_WORDS = frozenset({"of", "to", "and", "or", "on", "in", "for", "with", "that", "they", "their", "it", "its",
                         "the", "a", "an", "by", "from"})


def _content_stems(label: str) -> set[str]:
    """A label's words that say something, by their first five letters ("summarising" is "summarise")."""
    return {w[:5] for w in re.findall(r"[\w-]+", label.lower()) if w not in _LINK_WORDS}


_THE_TWO = re.compile(r"^(?:the\s+)?(?:same\s+)?(?:two|both)\s+(?:groups|roles|parties|actors|operators|of\s+them)$")


@dataclass
class _Reading:
    """What the reader remembers of the page so far: the bearer spoken of (and the section that named it), the
    law's own terms for roles ("operator": "AI business operator") and the words the text calls a bearer by
    ("platform": the providers of online content dissemination services it named before)."""
    last_section: str = ""
    terms: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, Role] = field(default_factory=dict)
    named: list[Role] = field(default_factory=list)  # every bearer spoken of, in order
    last_bearers: list[Role] = field(default_factory=list)  # the bearers of the last duty stated
    last_date: str | None = None  # the last full date the sentences before named ("promulgated on 4 June 2025")
    said: list[str] = field(default_factory=list)  # the last sentences read, for what "such models" stands for
    title: str = ""  # the page's title ("High-Risk AI Systems under the EU AI Act"): what its bare roles act on
    _last_role: Role | None = None

    @property
    def last_role(self) -> Role | None:
        return self._last_role

    @last_role.setter
    def last_role(self, role: Role | None) -> None:
        self._last_role = role
        if role is not None:
            self.named.append(role)

    def group(self, subject: str) -> list[Role]:
        """"They" after a sentence with two bearers: both; "Both", "each of them", "all of them": the two (or
        all the) distinct bearers spoken of last."""
        said = subject.strip().lower()
        if said in ("they", "they also", "they all", "they both") and len(self.last_bearers) > 1:
            return list(self.last_bearers)
        if said not in ("both", "both of them", "each of them", "all of them", "either of them", "neither",
                        "neither of them") and not _THE_TWO.match(said):  # "Neither may pass on ...": each of
            # the two is barred; "The same two groups are forbidden to ...": the two just named
            return []
        distinct = list(dict.fromkeys(reversed(self.named)))
        return list(reversed(distinct[:2])) if len(distinct) > 1 else []

    def spoken_of(self, subject: str) -> Role | None:
        """"Those landlords", "the operator": the latest bearer spoken of whose head word the subject uses."""
        word = _singular(subject.split()[-1].lower())
        return next((r for r in reversed(self.named)
                     if _singular(r.label.split(" of ")[0].split(" with ")[0].split()[-1].lower()) == word), None)
    # the bearer noun the sentence before opened with, its number and section ("A representative is not meant to
    # ... If it considers ..., it shall terminate the mandate": the representative)
    subject_before: tuple[Role, bool, str] | None = None
    added: tuple[str, str] | None = None  # the date a sentence gave a duty it said was added, and its section
    anyone: Role | None = None  # the law's own word for whoever it binds ("addresses its duties to any "person"")
    section_date: tuple[str, str] | None = None  # the date an opening "From 1 December 2024," gave, and where
    # the date "operators had to meet the new duties described below from 22 April 2026" gave the duties after it
    duties_to_come: str | None = None

    def date_of(self, section: str) -> str | None:
        """The date a sentence opening with it gave the duties of ``section`` after it."""
        return self.section_date[0] if self.section_date is not None and self.section_date[1] == section else None

    def added_date(self, section: str) -> str | None:
        """The date of the duty a sentence before said was added, for the next duty stated in its section."""
        added, self.added = self.added, None
        return added[0] if added is not None and added[1] == section else None


def _sentence_bearers(verb: Token, subject: str, section: str, rules: DutyRules, reading: _Reading) -> list[Role]:
    """Who bears the duty a verb states: a passive verb's agent, the roles its subject names (or the bearer spoken
    of, for "they", "the platform"), the subject in the law's own words, else the roles the section's heading
    names or the bearer the section spoke of; a bare role word is named as the text names it."""
    last_role = reading.last_role
    if not _is_passive(verb) and _office_of_a_named_body(verb):
        return []
    subject = _such_resolved(subject, reading, rules)
    if reading.anyone is not None and _ANYONE_SUBJECT.match(subject.strip()) \
            and (subject.split()[0].lower() == "anyone" or _singular(subject.split()[1].lower()) in rules.everyone):
        return [reading.anyone]  # "anyone who uses ...", "a person may not ...": the word the law binds all by
    everyone = _EVERYONE_BOUND.match(subject.strip()) if not _is_passive(verb) else None  # (not "a person who
    # discloses it may not be held liable": whom a rule shields)
    word = _singular((everyone.group("word") or "person").lower()) if everyone else ""
    if word in rules.everyone:  # "no person may publish ...", "Nor may anyone threaten ...": a duty of every person,
        return [_named_role(word)]  # in the law's word
    agent = _agent_roles(verb, rules)  # "Reports must be submitted by providers"
    active = not agent and not _is_passive(verb)
    binding = verb.head if verb.dep_ == "xcomp" else verb.head.head if verb.dep_ == "pcomp" else verb
    gerund = verb.head if verb.dep_ == "advcl" and _misread_gerund(verb.head) == verb else None
    required = _required_of(gerund.head if gerund is not None else binding, rules)  # "The Act requires
    # employers to", "The Act bars landlords from"
    misread: list[Role] = []
    if gerund is not None and required is None and gerund.head.lemma_.lower() in rules.required | rules.prohibit:
        noun = next(c for c in gerund.children if c.dep_ == "dobj")  # "requires screening firms to": the
        misread = [_named_role(f"{gerund.lower_} {_singular(noun.lower_)}")]  # role "screening firm"
    if required is not None:
        subject = " ".join(t.text for t in required.subtree)
    defined = _term_defined_in(subject)  # "..., which the Act calls "utilizing business operators", ...": the
    # law's own term, whatever the words before it would name
    bearers = [_named_role(defined)] if defined else \
        misread or (agent if not active else rules.roles_of(subject) or _own_role(required, rules))
    coordinated = _coordinated_own_roles(required if required is not None else _subject_token(verb), rules) \
        if active and bearers and not defined and not misread else []
    if len(coordinated) > len(bearers) and {b.label for b in bearers} <= {c.label for c in coordinated}:
        bearers = [_in_the_laws_terms(r, reading.terms) for r in coordinated]  # "A plan or insurer must ...": the
        # plan too, though no rule names plans
    group = reading.group(subject) if active else []
    if not bearers and group:  # "Developers and deployers must ... They must also ...", "Both must ...": all
        bearers = group  # the bearers just named
    called = re.fullmatch(r"(?i)the\s+([\w-]+)", subject.strip())
    earlier = reading.aliases.get(_singular(called.group(1).lower())) if called and active else None
    earlier = earlier or (reading.spoken_of(subject) if active and _is_anaphor(subject, rules) else None)
    if not bearers and active and earlier is not None and called:  # "the official", as the text called X
        bearers = [earlier]
    if not bearers and active and (_is_pronoun(subject) or subject.lower() == "it"):  # "Deployers do not ..., but
        bearers = _earlier_clause_roles(verb, rules)  # ... they have to ensure ...": the role the sentence opened with
    before = reading.subject_before
    opened = _earlier_clause_subject(verb) is not None  # ("Senior management is required to ..., and it must ...":
    # the sentence's own subject; not what "it" considers)
    if not bearers and active and before is not None and before[2] == section and not opened \
            and (subject.lower() in ("it", "they") and before[1] == (subject.lower() == "they")
                 or subject.lower() in _EACH_ONE):
        bearers = [before[0]]  # "A representative is not meant to ... It shall terminate ...": the noun the sentence
        # before opened with, of the pronoun's number
    if not bearers and active and last_role and _is_anaphor(subject, rules) \
            and (_is_pronoun(subject) or earlier is not None or _called_so(subject, last_role, section)):
        bearers = [earlier or last_role]  # "the platform", "these platforms", "the operator": the bearer named
        # before, so called
        reading.aliases[_singular(subject.split()[-1].lower())] = last_role
    if not bearers and active:
        bearers = _coordinated_own_roles(_subject_token(verb), rules) \
            or _own_role(_leading_bearer(verb, rules), rules) or _acting_noun(verb, rules)
    said = _subject_token(verb)
    if not bearers and active and (said is None or said.lower_ == "it" and subject.lower() != "it"):  # "It is
        bearers = _roles_named(subject, rules)  # unlawful for an employer to ...": the words the reading gave
    if len(bearers) == 1 and re.search(r"\s(?:and|or)\s", bearers[0].label):
        bearers = _roles_named(bearers[0].label, rules) or bearers  # "An employer or employment agency"
    if not bearers and active and _negated(verb, rules) and _thing_does_it(verb, rules):  # "Fines may not
        return []  # exceed 5 million euros": a limit on a thing, no one's prohibition ("Generated content must
    # uphold ...", with "must", is a duty of whoever the page spoke of)
    if not bearers and active and _named_body(verb):  # "The Harbour Office must publish guidance": a named
        return []  # authority's task, no regulated role's duty
    if not bearers and active and _authority_noun(verb):  # "Before bringing an action, the office must give ...
        return []  # notice": the enforcer's step, no duty of a role spoken of before
    if not bearers:  # "Candidates have to be notified ...", "The notice is required to state ...": the
        bearers = [reading.aliases.get(r.label.lower(), r) for r in _heading_roles(section, rules)] \
            or ([last_role] if last_role and reading.last_section == section else [])  # bearer spoken of
    if len(bearers) == 1 and " " not in bearers[0].label:  # "Providers of online content ... services"
        named = _agent_token(verb) or _subject_token(verb)
        bearers = [_in_the_laws_terms(r, reading.terms) for r in
                   _role_with_complement(named, bearers[0]) or _compound_role(named, bearers[0]) or bearers]
    reading.terms.update({b.label.split()[-1].lower(): b.label for b in bearers
                          if " " in b.label and " of " not in b.label and " with " not in b.label
                          and not any(r.label == b.label.split()[-1].lower() for r in reading.named)})  # (not
    # after "A deployer must ...": "Public-sector deployers register ..." names a kind of them, not the law's term)
    if bearers and bearers[0].label == "provider" and last_role and last_role.label.startswith("provider"):
        bearers = [last_role]  # "Providers must also ...": the providers the section spoke of
    bearers = [_by_its_full_term(b, reading.terms) for b in bearers]
    bearers = [_of_the_page(b, reading, rules) for b in bearers]
    bearers = [b for b in bearers if not _coordinated_thing(b, subject, rules)] or bearers
    if len(bearers) == 1 and last_role and last_role.label.startswith(f"{bearers[0].label} of "):
        bearers = [last_role]  # "Suppliers of diagnostic chatbots shall: ..." then "A supplier must also ...": the
        # same suppliers, by their head word
    return _of_the_model_described(bearers, said, rules)


def _earlier_clause_subject(verb: Token) -> Token | None:
    """The subject, no pronoun, of an earlier clause of the verb's sentence; not the provider of "If it considers that
    the provider is acting ..., it shall ...", which is what "it" considers."""
    return next((t for t in verb.doc[:verb.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
                 and t.sent == verb.sent and t.head != verb  # (a second subject of the verb itself is a misparse)
                 and (t.head.dep_ not in ("ccomp", "relcl", "acl") or t.head.dep_ == "ccomp" and t.head.head == verb)),
                None)  # (but a clause the parser hung on the verb itself is the sentence's first: "the manufacturer
    # is required to ..., and it shall then sign ...")


def _earlier_clause_roles(verb: Token, rules: DutyRules) -> list[Role]:
    """The roles named by the subject of an earlier clause of the verb's sentence ("Deployers do not ..., but they
    have to ..."), when that subject is no pronoun."""
    subject = _earlier_clause_subject(verb)
    if subject is None or any(t.lower_ in (".", ";") for t in verb.doc[subject.i:verb.i]):
        return []
    named = rules.roles_of(" ".join(t.text for t in subject.subtree))
    stated = subject.head.dep_ in ("ccomp", "conj") and subject.head.head == verb \
        and not any(c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") for c in subject.head.children)
    return named or (_own_role(subject, rules) if stated else [])  # "Small businesses are not outside the law: they
    # may not sell ...": the law's own word (not the crawlers of "When their crawlers gather data, they must ...")


def _subject_roles(unit: Unit, rules: DutyRules, reading: _Reading) -> list[Role]:
    """The regulated roles a sentence's subject names by a plural noun of the law ("Deployers of AI systems come
    within the law ...", "Importers and distributors are covered too"), as the page names them."""
    assert unit.doc is not None
    subjects = [t for t in unit.doc if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                and not any(c.dep_ == "poss" for c in t.children)]
    roles = [r for t in subjects for r in rules.roles_of(" ".join(w.text for w in t.subtree if w.dep_ != "relcl"
                                                                    and w.head.dep_ != "relcl"))]
    return [_of_the_page(r, reading, rules, unit.text) for r in roles if r.label not in rules.everyone]


def _coordinated_thing(bearer: Role, subject: str, rules: DutyRules) -> bool:
    """"Deployers of an emotion recognition system or a biometric categorisation system": the second system is what
    the deployers are of, no bearer (but "Health care service plans and insurers must ..." names two)."""
    return bearer.label.split()[-1].lower() in rules.things \
        and re.search(rf"(?i)\bof\b.*\b(?:or|and)\b.*\b{re.escape(bearer.label)}", subject) is not None


def _of_the_model_described(bearers: list[Role], said: Token | None, rules: DutyRules) -> list[Role]:
    """"A model trained with more than 10^25 FLOP is presumed to carry systemic risk, and its provider must ...":
    "its provider" is the provider of the model the sentence has just described, with systemic risk."""
    if said is None or len(bearers) != 1 or not bearers[0].label.startswith("provider") or bearers[0].systemic \
            or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in said.children):
        return bearers
    described = rules.role(f"providers of {said.doc[:said.i].text}")
    return [described] if described is not None and described.systemic else bearers


def _of_the_page(role: Role, reading: _Reading, rules: DutyRules, text: str = "") -> Role:
    """A bare "provider" on a page titled "High-Risk AI Systems under the EU AI Act" is a provider of high-risk AI
    systems: the law's role for providers of what the title names, if it has one; else of what the sentence (its
    ``text``) and the one before it speak of ("The Act's rules for general-purpose AI models ... its provider")."""
    if role.label != "provider":
        return role
    for context in (reading.title, text, *(reading.said[-1:] if text else ())):
        qualified = rules.role(f"providers of {context}") if context else None
        if qualified is not None and qualified.label != "provider" and not _any_system(qualified, reading):
            return qualified
    # "Every provider of a high-risk AI system must: ..." then "the provider is required to:": the one kind of provider
    # the page named, if it named only one
    named = {r.label: r for r in reading.named if r.label.startswith("provider of ")}
    return next(iter(named.values())) if len(named) == 1 else role


def _any_system(role: Role, reading: _Reading) -> bool:
    """"the AI system" read as "providers of AI systems" where the page named a provider of a narrower kind."""
    return role.label == "provider of AI systems" and any(r.label.startswith("provider of ") and r != role
                                                          for r in reading.named)


_SUCH = re.compile(r"\bsuch\s+(?P<noun>models?|systems?)\b", re.IGNORECASE)


def _such_resolved(subject: str, reading: _Reading, rules: DutyRules) -> str:
    """"A general-purpose AI model poses systemic risk when ... Providers of such models must ...": the subject
    with "such models" replaced by what the sentences before said of a model, when that names one of the law's
    roles."""
    such = _SUCH.search(subject)
    if such is None:
        return subject
    noun = _singular(such.group("noun").lower())
    for text in reversed(reading.said):
        described = re.search(rf"\b(?:an?|the|any)\s+(?P<phrase>(?:[\w-]+\s+){{0,4}}{noun}s?\b[^.;,]*)", text,
                              re.IGNORECASE)
        if described:
            resolved = f"{subject[:such.start()]}{described.group('phrase')}{subject[such.end():]}"
            return resolved if rules.role(resolved) is not None else subject
    return subject


def _acting_noun(verb: Token, rules: DutyRules) -> list[Role]:
    """"A gym that scans fingerprints must offer members a key card": a common noun no bearer word names, that
    does to something what the duty says, is a bearer in the law's own words; a thing a law speaks of
    (``[obligations] things``: "Generated content must uphold ...") is not, nor is the name of an act ("The
    training has to cover ...", "The disclosure must ...")."""
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or subject._.is_name or subject.lemma_.lower() in rules.things \
            or re.search(r"(?:tion|sion|ment|ing|ance|ence|ure|sis)s?$", subject.lower_) \
            or subject.lower_ in rules.everyone or not any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            or subject.left_edge.i != verb.sent.start:  # "A provider whose model crosses the threshold must":
        return []  # a noun inside the subject the parser took for it
    return _own_role(subject, rules, any_noun=True)


def _named_before(bearers: list[Role], reading: _Reading) -> bool:
    """A bearer the page has already made one of the law's roles (by its label)."""
    return any(b.label == named.label for b in bearers for named in reading.named)


def _defined_word(verb: Token) -> bool:
    """"Each Party shall ...": a subject the law writes with a capital inside the sentence is its defined term (the
    states that joined a treaty), not anyone at all ("No party may ...")."""
    subject = _subject_token(verb)
    return subject is not None and subject.text[:1].isupper() and not subject.is_sent_start


def _coordinated_own_roles(subject: Token | None, rules: DutyRules) -> list[Role]:
    """"Data brokers and credit bureaus shall each ...": the role each coordinated subject names in the law's
    own words."""
    if subject is None:
        return []
    coordinated = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
    if not any(_own_role(t, rules) for t in coordinated):
        return []
    roles: list[Role] = []
    for token in coordinated:  # "a plan or insurer": a noun coordinated with a bearer's is a bearer's too
        roles += [r for r in _own_role(token, rules, any_noun=token.pos_ == "NOUN") if r not in roles]
    return roles


def _named_body(verb: Token) -> bool:
    """An active duty verb whose subject is a name ("The Dunmore Finance Office must publish ...")."""
    subject = _subject_token(verb)
    return subject is not None and bool(subject._.is_name)


def _authority_noun(verb: Token) -> bool:
    """An active duty verb whose subject is an authority called by its common noun ("the office", "the regulator")."""
    subject = _subject_token(verb)
    return subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in _AUTHORITY_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


_AUTHORITY_NOUNS = frozenset({"office", "regulator", "authority", "commission", "court", "ministry", "tribunal",
                              "inspectorate", "legislature", "parliament", "government"})


def _office_of_a_named_body(verb: Token) -> bool:
    """The holder of an office of a named body ("the director of the Division of Administrative Hearings has to
    assign ..."): an official's task, no regulated role's duty (but an office the law names with a capital, "The
    Director of the Care Board was required to issue guidance", is a bearer it binds)."""
    subject = _subject_token(verb)
    return subject is not None and subject.text.islower() and subject.lemma_.lower() in _OFFICE_HOLDERS and any(
        o._.is_name for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


_OFFICE_HOLDERS = frozenset({"director", "head", "chair", "chairman", "chairwoman", "chairperson", "secretary",
                             "commissioner", "president", "governor", "minister", "registrar", "clerk"})


def _thing_does_it(verb: Token, rules: DutyRules) -> bool:
    """An active duty verb whose subject is a common noun that names no bearer ("Fines may not exceed ...")."""
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ in rules.everyone:
        return False
    return not rules.bearer.match(subject.text) and rules.role(subject.text) is None \
        and rules.role(" ".join(t.text for t in subject.subtree)) is None \
        and verb.lemma_.lower() not in rules.content and not _is_anaphor(_subject(verb) or "", rules)


_BEARING_VERBS = frozenset({"carry", "have", "bear", "face", "shoulder", "assume"})


def _misread_gerund(complement: Token | None) -> Token | None:
    """"The law requires screening firms to correct errors": the parser may read "screening firms" as a verb and
    its object; the infinitive after them is the duty's verb."""
    if complement is None or complement.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in complement.children):
        return None
    return next((c for c in complement.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                 and any(a.tag_ == "TO" for a in c.children)), None)


def _required_of(verb: Token, rules: DutyRules) -> Token | None:
    """"The Act requires employers to notify candidates", "The law obliges platforms to:": whom a law's active
    verb of requiring binds (its object)."""
    if verb.lemma_.lower() not in rules.required | rules.prohibit or _passive_form(verb) \
            or verb.dep_ in ("relcl", "acl"):
        return None  # "a state law that requires businesses to ...": what the law is, said in passing
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _empowered(verb: Token, rules: DutyRules) -> Token | None:
    """"The mandate has to empower the representative to do the following:": whom a duty to empower enables (the
    object of "empower" after "must", "shall" or "has to"), a bearer's noun."""
    for empowering in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        modal = any(c.dep_ == "aux" and c.lower_ in rules.modal for c in empowering.children) \
            or (empowering is not verb and verb.lemma_.lower() in rules.have_to)
        if empowering.lemma_.lower() in rules.empower and modal:
            return next((c for c in empowering.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         and rules.bearer.match(c.text)), None)
    return None


def _leading_bearer(verb: Token, rules: DutyRules) -> Token | None:
    """"Companies developing, or intending to develop, foundation models had to report ...": the parser may take
    the participle's object for the subject; a bearer's noun that opens the sentence, before the verb, and is the
    subject of a clause of its own is who bears the duty."""
    first = next((t for t in verb.sent if t.dep_ not in ("det", "punct")), None)
    if first is None or first.i >= verb.i or first.pos_ != "NOUN" or not rules.bearer.match(first.text):
        return None
    return first if first.dep_ == "nsubj" and first.head.tag_ == "VBG" else None


_ADDRESSED_TO_ANYONE = re.compile(r"\b(?:duties|obligations|applies|apply)\b[^.]*?\bto\s+(?:any|every|each)\s+"
                                  r"[“\"'‘](?P<term>[a-z]+)[”\"'’]")
_EVERYONE_BOUND = re.compile(r"(?i)^(?:(?:no|any|every|each|a)\s+(?P<word>person|individual)|anyone|no\s+one|nobody)$")
_ANYONE_SUBJECT = re.compile(r"(?i)^(?:anyone|(?:a|an|any|every|each|no)\s+\w+)\b")


_NOT_TERM_WORDS = frozenset({"other", "such", "all", "many", "some", "these", "those", "certain", "most", "both",
                             "any", "each", "every", "several", "new", "existing", "same", "own", "first"})


def _terms_named(doc, rules: DutyRules) -> dict[str, str]:
    """"deep synthesis service providers": a plural bearer word the text qualifies by words of its own before it is
    the law's term for that bearer (head word -> term)."""
    terms: dict[str, str] = {}
    for token in doc:
        role = rules.role(token.text) if token.tag_ == "NNS" and token.pos_ == "NOUN" else None
        if role is None or role.label != token.lemma_.lower():
            continue
        words = list(doc[token.left_edge.i:token.i])
        while words and (words[0].pos_ in ("DET", "NUM") or words[0].lower_ in _NOT_TERM_WORDS):
            words = words[1:]
        if len(words) >= 2 and all(w.is_alpha and w.text.islower() and w.dep_ in ("compound", "amod")
                                   for w in words):  # "deep synthesis service providers", not "providers" alone
            terms[role.label] = " ".join([*(w.text for w in words), role.label])
    for match in _QUOTED_TERM.finditer(doc.text):  # 'The bill calls developers, ... and deployers together "agents
        head, _, rest = match.group("term").lower().partition(" ")  # of artificial intelligence"': "Every agent
        terms.setdefault(_singular(head), f"{_singular(head)} {rest}".strip())  # must ..." is such an agent
        if rest and not re.search(r"\b(?:of|for|with|in|on)\b", rest):  # 'what the Act calls a "personal information
            *words, last = match.group("term").lower().split()  # handling business operator"': a compound named by
            terms.setdefault(_singular(last), " ".join([*words, _singular(last)]))  # its last word
    return terms


# 'calls X, Y and Z together "agents of artificial intelligence"', 'refers to them as "operators"'
_QUOTED_TERM = re.compile(r"\b(?:calls?|called|refers?\s+to\s+[^“\"]{0,60}?\s+as|defines?\s+[^“\"]{0,60}?\s+as)\s+"
                          r"[^“\".]{0,80}?[“\"](?P<term>[a-z][a-z -]{2,60})[”\"]")


def _announced_bearer(unit: Unit, rules: DutyRules, terms: dict[str, str]) -> Role | None:
    """"Operators of AI systems trained with ... carry extra safety duties": a sentence that says who bears the
    duties to come names the bearer that "such operators", "they" and the section's duties of things mean; so
    does one that says duties are added for or imposed on a bearer ("adds duties for large platforms")."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    duties = [c for c in root.children if c.dep_ == "dobj" and _DUTY_NOUNS.fullmatch(c.lower_)] if root else []
    if root is None or not duties:
        return None
    owed = [g for t in (root, *duties) for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
            for g in c.children if g.dep_ == "pobj"] \
        if root.lemma_.lower() in _ADDING_VERBS | {"place", "lay", "set"} else []  # "The amendment adds duties
    # for large platforms"; not "For the rest of the sector a Party may apply its obligations"
    if owed:
        return next((_in_the_laws_terms(r, terms) for r in _own_role(owed[0], rules, any_noun=True)), None)
    if root.lemma_.lower() not in _BEARING_VERBS:
        return None
    subject = _subject_token(root)
    if subject is None:
        return None
    roles = rules.roles_of(" ".join(t.text for t in subject.subtree))
    if len(roles) == 1 and " " in roles[0].label:
        return roles[0]
    own = _own_role(subject, rules)
    return _in_the_laws_terms((_role_with_complement(subject, own[0]) or own)[0], terms) if own else None


def _quality_of_a_thing(verb: Token, rules: DutyRules) -> bool:
    """"The disclosure has to be clear and conspicuous": what a thing (no bearer) must be is how a duty stated
    before is to be met, not a duty of its own."""
    subject = _subject_token(verb)
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "attr") for c in verb.children) \
        and subject is not None and subject.pos_ in ("NOUN", "PROPN") and not rules.bearer.match(subject.text) \
        and rules.role(subject.text) is None


def _imperative_duties(unit: Unit, roles: list[Role], sink: DutySink, rules: DutyRules) -> list[str]:
    """"- Register the system in the national database." under "Duties of Providers": a bullet that is an order
    (a verb in its base form, no subject) states a duty of the roles the heading names."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    if not roles or root is None or root.tag_ != "VB" or root.i != 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return []
    labels = _duty_labels(root, rules)
    for label in labels:
        for role in roles:
            sink.obligation(label, role, unit.evidence, rule="duty-list-item")
    return labels


def _agent_roles(verb: Token, rules: DutyRules) -> list[Role]:
    """"Reports must be submitted by providers", "Members have to be told by the gym": the bearer is the passive
    verb's agent, whatever common noun names it, unless it is a thing ("by the system") or a named body."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if noun is None:
        return []
    anyone = noun.pos_ == "NOUN" and not noun._.is_name and not {noun.lemma_.lower(), noun.lower_} & rules.things \
        and noun.lower_ not in rules.everyone  # ("by any appropriate means": "means", whose lemma is "mean")
    told = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "within") for t in c.subtree}
    return _roles_named(" ".join(t.text for t in noun.subtree if t.dep_ not in ("punct", "relcl") and t.i not in told
                                 and not (t.dep_ == "advmod" and t.i > noun.i)), rules,  # (not "by influencers at
                        any_noun=anyone)  # all": no role "influencers at"; nor "by the controller to the agency":
    # whom it tells is no bearer)


def _agent_token(verb: Token) -> Token | None:
    """"... shall be informed by the health care provider": the noun of a passive verb's agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _compound_role(noun: Token | None, role: Role) -> list[Role]:
    """"the health care provider": a role no rule names more precisely than its head word, named by the nouns
    before it as the text does."""
    if noun is None or noun.lemma_.lower() != role.label.lower() \
            or not any(c.dep_ == "compound" and c.i < noun.i for c in noun.children):
        return []
    words = [t for t in noun.subtree
             if t.i < noun.i and t.dep_ in ("compound", "amod") and t.lower_ not in _DETERMINERS]
    label = " ".join([*(t.text if t.text[:2].isupper() else t.lower_ for t in words), role.label])
    return [_named_role(label, role.systemic)]


def _list_bearer(subject: Token | None, rules: DutyRules, terms: dict[str, str]) -> Role | None:
    """The bearer a list's introduction names in the law's own words ("Operators that offer high-impact AI are
    required to:" -> "AI business operator of high-impact AI" after the law spoke of "AI business operators")."""
    own = _own_role(subject, rules)
    if not own:
        return None
    return _in_the_laws_terms((_role_with_complement(subject, own[0]) or own)[0], terms)


@dataclass(frozen=True)
class Lead:
    """What a sentence that introduces a list of duties says of its items: who bears them, the duty its items
    complete ("may not develop or deploy a system:" then "- with the intent to ..."), and whether they are
    prohibitions."""
    roles: list[Role]
    duty: str = ""
    negated: bool = False
    modal_items: bool = False  # the lead names only the bearers: an item is a duty when it says "must", "may not"
    bearer_items: bool = False  # "The following must register:": each item names a bearer of the lead's duty
    thing: str = ""  # "Once the incident has been reported, the provider is required to:": what "it" in an item is
    whole: str = ""  # "these deployers are required to assess its impact:": the duty the lead states in full
    imperative_items: bool = False  # "The principles are:": an item is a duty when it is an order ("- secure ...")


# A duty whose bearer the sentence that states it does not name ("The principles are:" then "- secure the supply chain")
_NO_BEARER = Role(re.compile("(?!)"), "")


def _names_listed_orders(text: str, rules: DutyRules) -> bool:
    """"The principles are:", "Its eleven actions:": a noun of ``listed_orders`` (an advisory page's) before a list."""
    words = re.findall(r"[a-z]+", text.lower().rstrip().removesuffix(":"))
    return bool(rules.listed_orders) and text.rstrip().endswith(":") and len(words) <= 8 \
        and any(w in rules.listed_orders for w in words[-4:])


def _bans_what_follows(unit: Unit, root: Token | None, rules: DutyRules) -> bool:
    """"The law bans the creation and operation of AI systems that:", "The following practices are prohibited:": a
    list of what the law itself forbids, whoever would do it (no role the sentence names); ``root`` is its verb."""
    if root is None or not unit.text.rstrip().endswith(":") or root.lemma_.lower() not in rules.prohibit:
        return False
    subject = _subject_token(root)
    words = " ".join(t.text for t in subject.subtree) if subject is not None else ""
    return subject is not None and not rules.roles_of(words) and not rules.bearer.match(subject.text) \
        and subject.lemma_.lower() not in rules.everyone


# What a law is called when it is the subject that bans ("It bans", "The Act prohibits", "Article 5 forbids")
_LAW_WORDS = frozenset({"it", "law", "act", "regulation", "statute", "bill", "directive", "decree", "ordinance", "code",
                        "article", "rule", "measure", "provision", "order", "section", "chapter", "amendment"})
_LAW_HEAD = re.compile(r"\b(?:Act|Law|Regulation|Directive|Decree|Bill|Code|Order|Article|Measures|Provisions|Rules|"
                       r"Ordinance|Statute)\b")


def _banned_by_the_law(unit: Unit, root: Token | None, rules: DutyRules) -> list[str]:
    """"The Act prohibits social scoring", "It bans the use of X by Y", "Social scoring is prohibited": a ban the law
    states of a practice, no role named as the one barred ("It forbids employers to ..." is the employers' duty, read
    by ``_duty_verbs``); the duty's label is the prohibition of what is banned."""
    if root is None or root.lemma_.lower() not in rules.prohibit or unit.text.rstrip().endswith(":") \
            or any(c.dep_ == "neg" for c in root.children) or any(c.dep_ == "prep" and c.lower_ == "from"
                                                                   for c in root.children) \
            or any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB" for c in root.children):
        return []  # "forbids the systems to identify anyone": what they may not do, not a practice banned
    if _passive_form(root):
        banned = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in root.children if c.dep_ == "agent"), None)
        if agent is not None and not any(_is_law(o) for o in agent.children):
            return []  # "is banned by the employer": someone's own rule
    else:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        banned = next((c for c in root.children if c.dep_ == "dobj"), None)
        if subject is None or not _is_law(subject):
            return []
    if banned is None or banned.pos_ not in ("NOUN", "PROPN") or banned.lower_ in _POINTING_BACK:
        return []
    phrase = " ".join(t.text for t in banned.subtree if t.dep_ not in ("det", "punct") and not t.is_space)
    if rules.roles_of(phrase) or rules.bearer.match(banned.text) or banned.lemma_.lower() in rules.everyone \
            or len(phrase.split()) > 14:
        return []  # "It bans providers ...": a bearer, not a practice
    return [f"{_PROHIBITION} of {phrase}"]


def _is_law(token: Token) -> bool:
    return token.lemma_.lower() in _LAW_WORDS or (token._.is_name and _LAW_HEAD.search(token.text) is not None)


def _lead_thing(unit: Unit) -> str:
    """The noun a lead's opening clause is about ("Once the incident has been reported, ..."), which an item's "it"
    stands for ("- investigate it without delay")."""
    clause = next((t for t in unit.doc or () if t.dep_ == "advcl" and t.i < t.head.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None) \
        if clause is not None else None
    return " ".join(t.text for t in subject.subtree if t.dep_ not in ("det", "punct")) if subject is not None else ""


_THOSE_LISTED = re.compile(r"(?i)^(?:all\s+(?:of\s+)?)?the\s+following(?:\s+\w+)?$")


def _duty_of_those_listed(unit: Unit, rules: DutyRules) -> str:
    """"The following must register with the transport office:": a duty whose subject is the list that follows;
    its label ("" when the lead says no such thing)."""
    for verb, subject in _duty_verbs(unit.doc, rules):
        if _THOSE_LISTED.match(subject.strip()):
            labels = _duty_labels(verb, rules, forbidden=_prohibited(verb, rules))
            return labels[0] if len(labels) == 1 else ""
    return ""


def _lead_of(block: Block, unit: Unit) -> bool:
    return block.intro is not None and block.intro.start <= unit.evidence.start < block.intro.end


def _list_item_duties(block: Block, unit: Unit | None, introduced: dict[int, Lead], sink: DutySink,
                      rules: DutyRules, since: str | None = None) -> list[str]:
    """The duties of a list item whose introducing sentence named their bearers ("Developers and deployers
    must:": both), dated ``since`` when a sentence before in its section gave its duties a date; their labels."""
    assert block.intro is not None  # only items of a list are given
    lead = next((r for start, r in introduced.items() if block.intro.start <= start < block.intro.end), None)
    if lead is not None and lead.bearer_items:
        item = re.split(r"[;:.(]|\s[—–-]\s|\s(?:who|that|which)\s", block.line.text, maxsplit=1)[0]
        for role in _roles_named(item, rules, any_noun=True):
            _oblige(sink, lead.duty, role, block.line, rule="duty-list-item", since=since)
        return [lead.duty]
    if lead is None or not lead.roles or _DEFINITION_ITEM.match(block.line.text):  # "- Truth-seeking: a model is
        return []  # truthful when ...": what a principle the lead names means, no order
    if unit is not None and any(subject and _main_subject(unit, subject, verb)
                                and (rules.roles_of(subject) or _own_role(_subject_token(verb), rules)
                                     or subject.lower() in ("it", "they"))
                                for verb, subject in _duty_verbs(unit.doc, rules)):
        return []  # "Organisations that use a system carry three duties:" then "- deployers of X must inform ...": an
        # item that opens with its own bearer (or names it as its main clause's subject: "- When the police notifies
        # it, the operator has to remove ...") is its own sentence's duty, read as one
    if lead.modal_items and (unit is None or not _is_duty(unit, rules, bare=True)):
        return []
    if lead.imperative_items:  # "- raise awareness of AI security threats and risks;": an order, its own duty
        return _imperative_duties(unit, lead.roles, sink, rules) if unit is not None else []
    checked = _CHECKED_THAT.search(block.intro.text)
    if checked and not lead.negated:  # "the importer has to verify that:" then "- the provider has drawn up X":
        verb = checked.group("verb").lower()  # each item is a state of things the bearer checks, not an order
        item = _completion(re.split(r"[;:.(]", block.line.text, maxsplit=1)[0], rules)
        label = _trim(f"{rules.nominal.get(verb, verb)} that {item}")
        for role in lead.roles:
            _oblige(sink, label, role, block.line, rule="duty-list-item", since=since)
        return [label]
    if lead.whole and not lead.negated and lead.roles != [_NO_BEARER] and _names_parties(block.line.text, rules) \
            and (unit is None or not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in unit.doc or ())):
        for role in lead.roles:  # "these deployers are required to assess its impact:" then "- bodies governed by
            _oblige(sink, lead.whole, role, block.line, rule="duty-list-item", since=since)  # public law;": who
        return [lead.whole]  # among them bears the lead's whole duty, no duty of its own
    labels, orders = _listed_duties(block, unit, rules, forbidden=lead.negated)  # "Providers may not:" then
    if lead.thing:  # "- investigate it without delay": the incident the lead spoke of
        labels = [re.sub(r"^(\w+) it\b", rf"\1 {lead.thing}", label) for label in labels]  # its object only
    if not orders and lead.duty:  # the whole item, not its first clause: "infringing, restricting or ..."
        labels = [re.split(r"[;:.(]|\s[—–-]\s", block.line.text, maxsplit=1)[0]]
    if not orders and not lead.negated and (lead.duty in rules.nominal or lead.duty in rules.light):
        labels = [_completed_by_name(lead.duty, _completion(label, rules), rules) for label in labels]
    elif not orders and lead.duty:  # the item completes the lead's duty: "develop a system" "to incite harm"
        labels = [_trim(f"{lead.duty} {_completion(label, rules)}") for label in labels]
    if lead.negated and lead.roles == [_NO_BEARER]:  # "The following practices are prohibited:" then "- social
        labels = [label if label.startswith(_PROHIBITION) else f"{_PROHIBITION} of {label}"  # scoring ...": a ban
                  for label in labels]
    for label in labels:
        for role in lead.roles:
            _oblige(sink, label, role, block.line, rule="duty-list-item", since=since)
    return labels


def _main_subject(unit: Unit, subject: str, verb: Token) -> bool:
    """The bearer a duty verb's subject names opens the unit, or opens its main clause after a clause saying when
    ("When the police notifies it ..., the operator has to remove ...")."""
    token = _subject_token(verb)
    return unit.text.lower().startswith(subject.lower()) or token is not None and token.head.dep_ == "ROOT" \
        and _OPENING_CONDITION.match(unit.text) is not None and token.doc[token.left_edge.i - 1].text == ","


_OPENING_CONDITION = re.compile(r"(?:When|Whenever|Where|If|Once|As soon as|After|Before|Unless)\s")


def _whole_duty(unit: Unit, rules: DutyRules) -> str:
    """The one duty a list's lead states with its object ("are required to assess its impact on fundamental
    rights:"), or ""."""
    verbs = list(_duty_verbs(unit.doc, rules)) if unit.doc is not None else []
    labels = _duty_labels(verbs[0][0], rules) if len(verbs) == 1 and _has_object(verbs[0][0]) else []
    return labels[0] if len(labels) == 1 else ""


def _thing_holds_the_list(root: Token | None, rules: DutyRules) -> bool:
    """"The assessment must set out:", "The documentation has to describe:": a lead whose subject is a thing, not a
    party; its items are what the thing holds."""
    if root is None:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    verb = next((c for c in root.children if c.dep_ == "xcomp"), root) if root.lemma_.lower() in ("have", "need") \
        else root  # "The documentation has to describe:"
    return subject is not None and subject.pos_ == "NOUN" and rules.bearer.match(subject.text) is None \
        and rules.role(subject.text) is None and subject.lemma_.lower() not in rules.everyone \
        and verb.lemma_.lower() in _HOLDING_VERBS


_HOLDING_VERBS = frozenset({"set", "include", "contain", "cover", "describe", "list", "state", "specify", "give"})


def _names_parties(item: str, rules: DutyRules) -> bool:
    """"- bodies governed by public law;", "- private entities that provide public services": an item that names
    who (its head noun a bearer's), not what to do."""
    words = re.findall(r"[\w-]+", re.split(r"[;:,.(]|\s(?:that|who|which|governed|other|of|in|for)\s",
                                             item.lstrip("-•* "), maxsplit=1)[0])
    words = [w for w in words if w.lower() not in ("a", "an", "the", "all", "any")]
    return bool(words) and rules.bearer.match(words[-1]) is not None


_DEFINITION_ITEM = re.compile(r"^(?:[-•*]\s+)?[^:;,.]{1,40}:\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|means)\b")
# A list's lead whose items are what its bearer checks ("Beforehand, the importer has to verify that:")
_CHECKED_THAT = re.compile(r"(?i)\b(?P<verb>verify|check|confirm|ensure|make sure)\s+that\s*:\s*$")


def _oblige(sink: DutySink, label: str, role: Role, evidence: Span, *, rule: str, since: str | None) -> None:
    """Record a duty, and the date it applies from when its text gives one."""
    slug = sink.obligation(label, role, evidence, rule=rule)
    if slug is not None and since is not None:
        sink.dated(slug, since, evidence, rule="duty-applies-since")


def _completed_by_name(verb: str, item: str, rules: DutyRules) -> str:
    """"must keep:" then "- a fall log": "fall log retention" (the lead's verb by its noun, after a plain item,
    before one with words after its noun: "publication of list of incidents"); "must carry out:" then "- a safety
    assessment": "safety assessment" (a verb that only puts its object in place)."""
    noun = rules.nominal.get(verb)
    if noun is None:
        return _trim(item)
    return _trim(f"{noun} of {item}" if " of " in f" {item} " else f"{item} {noun}")


def _completion(item: str, rules: DutyRules) -> str:
    """"in a manner that intends to incite ..." -> "to incite ...": an item that completes a duty, without the
    words that only say it is a purpose, and without articles."""
    item = rules.purpose.sub(lambda m: "for " if m.group().rstrip().endswith(" of") else "to ", item, count=1)
    return " ".join(w for w in item.split() if w.lower() not in ("a", "an", "the"))


# "Duties of Employers and Employment Agencies", "Obligations for all frontier developers": a heading that names
# who bears the duties under it
_DUTY_HEADING = re.compile(r"^(?:(?:the|their|its|main|key|core|general|specific|additional)\s+)*"
                           r"(?:duties|obligations|requirements|responsibilities)\s+(?:of|for|on)\s+(?P<who>.+)$",
                           re.IGNORECASE)


_ARTICLES = frozenset({"the", "a", "an", "each", "every", "any"})


def _bare_lead_roles(unit: Unit, rules: DutyRules) -> list[Role]:
    """"With effect from 1 January 2027, an operator:", "Under the Act, a deployer:": a list's lead that only
    names who bears its items (no verb after its last comma) -> those roles."""
    text = unit.text.rstrip()
    if not text.endswith(":") or unit.doc is None:
        return []
    start = max((t.i + 1 for t in unit.doc if t.text == ","), default=0)
    bearer = next((t for t in unit.doc[2:] if t.lower_ in _ARTICLES), None) \
        if start == 0 and unit.doc[0].pos_ == "ADP" else None
    if bearer is not None:  # "In either review the medical director:", "Under the decree a controller and a
        start = bearer.i  # processor:": after the opening phrase that has no comma, from the bearer's article
    words = [t for t in unit.doc[start:] if t.text != ":"]
    if not words or words[0].lower_ == "not" or words[0].pos_ == "ADP":
        return []  # ("The duties fall on any person, not on a class of businesses:": whom they do not bind)
    if any(t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and t.lower_ in _SCOPE_WORDS)
           for t in words):  # (but "Every controller bound by the Act:" names its bearer)
        return _qualified_lead_roles(words, rules)
    return _roles_named(" ".join(t.text for t in words), rules)


def _qualified_lead_roles(words: list[Token], rules: DutyRules) -> list[Role]:
    """"A person who possesses a biometric identifier captured for a commercial purpose:": a bare lead whose verbs
    only say what its noun for anyone does -> the role so named; not a lead with a verb of its own ("Organizations
    developing advanced AI systems should also:")."""
    head = next((t for t in words[:2] if t.pos_ == "NOUN"), None)
    if head is None or any(t.tag_ == "MD" or t.pos_ == "AUX" and t.head not in head.subtree for t in words):
        return []  # (the parser may take a participle for the root: "... a palm print kept for ...:")
    return _doer_role(head, rules) or _relative_role(head, rules)


def _heading_roles(section: str, rules: DutyRules) -> list[Role]:
    """The bearers a section's heading names: the roles a duty stated there without a bearer binds."""
    match = _DUTY_HEADING.match(section.strip())
    roles = _roles_named(match.group("who"), rules, any_noun=True) if match else []
    if len(roles) == 1 and " " not in roles[0].label:  # "Duties of Providers of Companion Chatbots": named with
        of = re.search(rf"(?i)\b{re.escape(roles[0].label)}s?\s+of\s+(.+)$", match.group("who") if match else "")
        thing = re.sub(r"\s+(?:in|under)\s+(?:the\s+)?[A-Z].*$", "", of.group(1)) if of else ""  # (not "... in
        # the EU AI Act": the law they are duties of)
        known = rules.role(f"providers of {thing}") if thing else None
        if known is not None and known.label != "provider" and roles[0].label != "provider":
            return roles  # "Duties of Deployers of High-Risk AI Systems": of what the law's roles speak of, its
            # deployers
        if thing:  # what their "of" says, as in a sentence
            words = [w if w[:2].isupper() else w.lower() for w in thing.split()]
            return [_named_role(f"{roles[0].label} of {' '.join(words)}", roles[0].systemic)]
    return roles


def _roles_named(words: str, rules: DutyRules, *, any_noun: bool = False) -> list[Role]:
    """"Employers and Employment Agencies" -> employer, employment agency: each coordinated bearer, by a rule of
    ``[obligations]`` or, when its last word is a bearer's (``any_noun``: a heading that says whose duties
    follow, "Duties of Terminals"), in the text's own words (singular, lower case)."""
    roles = rules.roles_of(words)
    if roles:
        return roles
    named = []
    for part in re.split(r"\s+(?:and|or)\s+|,\s*", words.strip()):
        said = part.split()
        last = max((i for i, w in enumerate(said[:-1]) if w.lower() in _DETERMINERS
                    and (i == 0 or said[i - 1].lower() not in _PREPOSITIONS)), default=-1)
        kept = [w for w in said[last + 1:] if w.lower() not in _DETERMINERS]  # "Under the Act a controller": the
        # bearer's own words follow its last determiner (not "under Act controller"), but not one inside a phrase
        # after the bearer's noun ("the person responsible for a database")
        if kept and (rules.bearer.match(kept[-1]) or any_noun and kept[-1].isalpha()):
            label = " ".join([*(w if w[:2].isupper() else w.lower() for w in kept[:-1]), _singular(kept[-1].lower())])
            named.append(_named_role(label))
        elif len(kept) > 2 and kept[1].lower() in _POSTMODIFIERS | _SCOPE_WORDS and kept[0].isalpha() \
                and (rules.bearer.match(kept[0]) or kept[0].lower() in rules.everyone):
            named.append(_named_role(" ".join(w.lower() for w in said[last + 1:])  # "the person responsible for a
                                     if kept[1].lower() in _POSTMODIFIERS  # database": a role named by its noun and
                                     else _singular(kept[0].lower())))  # what follows it; "Every controller bound by
            # the Act": the controller, whom the Act binds
    return named


_PREPOSITIONS = frozenset({"for", "of", "with", "to", "in", "on", "at", "under", "by", "from", "over", "into"})
# Words after a bearer's noun that say which of them a law binds ("Every controller bound by the Act")
_SCOPE_WORDS = frozenset({"bound", "covered", "subject", "established", "based", "located", "registered", "operating",
                          "doing", "governed"})
# Words that open what a law says of a bearer's noun after it ("the person responsible for a database")
_POSTMODIFIERS = frozenset({"responsible", "in", "charged", "entrusted", "who", "that"})


def _singular_phrase(phrase: str) -> str:
    """"robot makers" -> "robot maker": the phrase with its last word singular."""
    *words, last = phrase.split()
    return " ".join([*words, _singular(last)])


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_passive(verb: Token) -> bool:
    """"... have to be notified", "shall be posted": the subject undergoes the duty, it does not bear it."""
    return _passive_form(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _passive_form(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


_EXTENDING_VERBS = frozenset({"bind", "apply", "extend", "cover"})


def _duties_bind(root: Token, rules: DutyRules) -> list[Role]:
    """"The following duties apply to robot makers:", "These obligations bind importers": the roles duties are
    said to bind."""
    subject = _subject_token(root)
    if root.lemma_.lower() not in _EXTENDING_VERBS or subject is None or not _DUTY_NOUNS.fullmatch(subject.lower_):
        return []
    objects = [c for c in root.children if c.dep_ == "dobj"]
    objects += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
    roles: list[Role] = []
    for noun in (n for o in objects for n in (o, *o.conjuncts)):
        words = " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "cc" and t not in noun.conjuncts)
        roles += [r for r in _roles_named(words, rules) if r not in roles]
    return roles


def _extended_to(unit: Unit, rules: DutyRules) -> list[Role]:
    """"These duties bind employment agencies in the same way as employers", "The same obligations apply to
    importers": the duties stated before in the section also bind the roles the sentence names."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _EXTENDING_VERBS:
        return []
    bound = _bound_by_the_same(root, rules)
    if bound:
        return bound
    subject = _subject_token(root)
    if subject is None or not any(c.lower_ in ("these", "those", "same", "such") for c in subject.subtree):
        return []
    return _duties_bind(root, rules)


def _bound_by_the_same(root: Token, rules: DutyRules) -> list[Role]:
    """"Public bodies that decide in this way are bound by the same three duties": the roles the passive's subject
    names."""
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    duties = [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subject is None or not any(_DUTY_NOUNS.fullmatch(d.lower_) and any(
            c.lower_ in ("same", "these", "those", "such") for c in d.children) for d in duties):
        return []
    words = " ".join(t.text for t in subject.subtree if t.i <= subject.i)
    return _roles_named(words, rules, any_noun=True)


_LIST_CUE = re.compile(r"\b(?:must|shall|have to|has to|had to|need to|needed to|obligations?|duties|requires|"
                       r"obliges)\b[^:]*:$", re.IGNORECASE)  # ("would have had to:", of a bill never passed)


_CONDITIONS_CUE = re.compile(r"\b(?:in|under)\s+(?:the\s+following|these|those|(?:two|three|four|five|six|several)|"
                             r"any\s+of\s+the\s+following)\s+(?:situations|cases|circumstances|conditions)\s*:$|"
                             r"\b(?:where|if|when|whenever)\s*:$", re.IGNORECASE)


def _introduces_list(text: str, rules: DutyRules) -> bool:
    """"Providers must:", "A bank is expected to:" (any verb of ``required`` in the passive), "its developer
    commits to:" (a verb of ``have_to`` that is no "have")."""
    text = text.rstrip()
    if _CONDITIONS_CUE.search(text):  # "... takes on every obligation that Article 16 places on providers, in three
        return False  # situations:": what follows says when the duties fall on it, not what they are
    return bool(_LIST_CUE.search(text) or _passive_list_cue(rules.required).search(text)
                or _active_list_cue(rules.required).search(text)
                or _promise_list_cue(rules.have_to - {"have", "need"}).search(text))


@lru_cache(maxsize=8)
def _active_list_cue(required: frozenset[str]) -> re.Pattern:
    """"Together they ask an organisation procuring AI to:", "The code expects banks to:": an active verb of
    ``required`` and whom it binds before a list, built once."""
    forms = "|".join(rf"{re.escape(verb)}s?" for verb in sorted(required))
    return re.compile(rf"\b(?:{forms})\s+(?:on\s+)?[a-z][^:]*?\bto\s*:$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _promise_list_cue(verbs: frozenset[str]) -> re.Pattern:
    """"commits to:", "undertake to:": a promise before a list, built once."""
    forms = "|".join(rf"{re.escape(v)}\w*" for v in sorted(verbs)) or "(?!)"
    return re.compile(rf"(?i)\b(?:{forms})\s+to\s*:$")


@lru_cache(maxsize=8)
def _passive_list_cue(required: frozenset[str]) -> re.Pattern:
    """"are required to:", "is expected to:": the passive of each verb of ``required`` before a list, built once."""
    passive = "|".join(re.escape(verb.removesuffix("e")) + "ed" for verb in sorted(required))
    return re.compile(rf"\b(?:{passive})\s+to\b[^:]*:$", re.IGNORECASE)


def _is_duty(unit: Unit, rules: DutyRules, *, bare: bool = False) -> bool:
    """Whether the unit states a duty; ``bare``: also without a subject ("- may not sell the data" after a lead
    that names the bearer)."""
    return any(True for _ in _duty_verbs(unit.doc, rules, bare=bare))


def _conjoined_verbs(verb: Token) -> list[Token]:
    """"use the system ..., assign human oversight ..., and keep the logs": each verb is a duty of its own,
    unless it has a subject of its own (another clause: "and deployers ... have to disclose ...")."""
    conjoined = [c for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i and _form(c) == _form(verb)
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") or g.dep_ == "aux" and g.tag_ == "MD"
                             for g in c.children)  # "secures" is not "write"; nor "... if doing so would create"
                 and not (_alternative(c) and _has_object(verb))]  # "use or deploy X": one duty
    for series in [*_series_verbs(verb), *_infinitives_in_series(verb)]:
        conjoined += [series, *(c for c in series.conjuncts if c.i > series.i and c.pos_ == "VERB")]
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBN":  # "is required to draw up X, affix Y and register Z": the
        hung = [c for c in verb.head.children if c.dep_ in ("conj", "advcl") and c.i > verb.i  # parser may hang
                and c.pos_ == "VERB" and _form(c) == "VB" and c.doc[c.i - 1].text in (",", "and")  # the other
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children)]  # orders
        conjoined += [t for c in hung for t in (c, *c.conjuncts) if t.i > verb.i]  # on "required"
    conjoined += _orders_hung_on_have(verb)
    conjoined += [t for order in [verb, *conjoined] for t in order.subtree
                  if _order_hung_on_gerund(t) or _order_hung_on_clause(t)]
    conjoined = [c for order in conjoined for c in _what_it_has_to_do(order)]
    return sorted(dict.fromkeys(conjoined), key=lambda t: t.i)


def _what_it_has_to_do(verb: Token) -> list[Token]:
    """"..., must obey robots.txt and have to leave out X": a conjoined "have to" is the order it governs."""
    if verb.lemma_.lower() not in ("have", "need"):
        return [verb]
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] or [verb]


def _bare_order(verb: Token) -> bool:
    """A verb in its base form with no subject or modal of its own: an order of the series it stands in."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP") and verb.lower_ == verb.lemma_.lower() \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.dep_ == "aux" and c.tag_ == "MD"
                    for c in verb.children)


def _orders_hung_on_have(verb: Token) -> list[Token]:
    """"has had to draw up X, give Y and publish Z": the parser may hang "give" and "publish" on "had", the verb
    of obligation, rather than on "draw"; they are orders of the same series."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in ("have", "need"):
        return []
    series = [c for c in _series_verbs(head) if c.i > verb.i]  # "has to keep them ..., delete them ..., and keep
    # logs": "delete" hung on "has" as a clause of its own, "keep" on "delete"
    hung = [c for c in head.conjuncts if c.i > verb.i and _bare_order(c)
            and not _alternative(c)]  # "has to take corrective action, withdraw it, or make sure ...": one duty
    return hung + series + [c for s in series for c in s.conjuncts if c.i > s.i and c.pos_ == "VERB"]


def _order_hung_on_clause(token: Token) -> bool:
    """"delete them once its participation ends, and keep logs": "keep" read as a conjunct of "ends", the verb of
    a clause with its own subject, is the series' next order (a base form does not go on with "ends")."""
    head = token.head
    return token.dep_ == "conj" and token.tag_ == "VB" and head.dep_ == "advcl" and head.tag_ in ("VBZ", "VBD") \
        and any(c.dep_ == "nsubj" for c in head.children) and _bare_order(token)


def _order_hung_on_gerund(token: Token) -> bool:
    """"adopt a policy for complying with the law and publish a summary": "publish" read as a conjunct of
    "complying" is the series' next order (a base form does not go on a gerund)."""
    return token.dep_ == "conj" and token.head.tag_ == "VBG" and token.head.dep_ in ("pcomp", "pobj") \
        and _bare_order(token)


def _series_verbs(verb: Token) -> list[Token]:
    """"carry out an assessment, affix the marking and register the system": the parser may hang the second
    order of a series under the first as a clause of its own, or as a word it cannot place when the first has no
    object of its own ("suspend, withdraw or restrict the certificate"); a bare verb (its base form, no subject,
    no "when" or "so that") right after a comma is the next order all the same."""
    return [c for c in verb.children if (c.dep_ in ("advcl", "ccomp") or c.dep_ == "dep" and not _has_object(verb))
            and c.i > verb.i and c.pos_ == "VERB"
            and c.lower_ == c.lemma_.lower() and c.doc[c.i - 1].text == ","
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in c.children)]


def _infinitives_in_series(verb: Token) -> list[Token]:
    """"requires employers to tell each applicant ..., to explain how it works, and to obtain their consent": the
    parser may hang the next "to" order under the first as its complement; an infinitive right after a comma, with
    its own "to" and no subject, is the series' next order."""
    if not any(g.dep_ == "aux" and g.tag_ == "TO" for g in verb.children) \
            or any(t.lower_ in ("or", "nor") and t.dep_ == "cc" for t in verb.subtree if t.i > verb.i):
        return []  # (the first order is an infinitive too; "only to search ..., to prevent ... or to locate ...":
        # the purposes one use is allowed for, not orders)
    return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.pos_ == "VERB"
            and c.tag_ == "VB" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
            and any(g.dep_ == "aux" and g.tag_ == "TO" and g.i == c.left_edge.i for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]


def _conjunction(before: Token, verb: Token) -> str:
    """"write, implement and publish", "use or deploy": the word that joins two verbs of one duty."""
    return next((t.lower_ for t in verb.doc[before.i + 1:verb.i] if t.dep_ == "cc"), "and")


def _shared_object(before: Token, verb: Token, label: str, rules: DutyRules) -> str | None:
    """"keep track of serious incidents and report them": a verb whose object is a pronoun for what the verb
    before it acts on does its act to the same thing: the words of that verb's label before the thing. A pronoun
    for a role is a party, not that thing ("follow the instructions of the controller and assist it": two duties)."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    antecedent = _antecedent(pronoun) if pronoun is not None else None
    if antecedent is None or not before.i < antecedent.i < verb.i or _own_role(antecedent, rules):
        return None
    words = " ".join(t.text for t in antecedent.subtree if t.i <= antecedent.i and t.dep_ not in ("det", "punct")
                     and t.lower_ not in _EMPTY_WORDS)
    at = label.rfind(words)
    return label[:at].strip() or None if at > 0 else None


def _alternative(verb: Token) -> bool:
    """"shall be posted on the website or, if it is not, provided on request": another way to meet one duty."""
    between = verb.doc[verb.head.i + 1:verb.i] if verb.head.i < verb.i else verb.doc[0:0]
    return any(t.dep_ == "cc" and t.lower_ == "or" and t.head.i in (verb.head.i, verb.i) for t in between)


def _form(verb: Token) -> str:
    """The verb's form; a word the tagger calls a gerund or a participle that has no such ending ("affix the CE
    marking", "register the system") is the base form it is spelled as."""
    if verb.tag_ in ("VBG", "VBN") and verb.lower_ == verb.lemma_.lower() and not verb.lower_.endswith(("ing", "ed")):
        return "VB"
    return "VB" if verb.tag_ in ("VB", "VBP") else verb.tag_


def _duty_labels(verb: Token, rules: DutyRules, *, forbidden: bool = False) -> list[str]:
    """The duties a verb and its conjoined verbs state, each labelled by its verb and the key words of what it
    acts on, or by what it acts on and the verb's noun when the verb has one ("report serious incidents" ->
    "serious incident reporting"); verbs that share one object ("write, implement and publish a frontier AI
    framework") are one duty. ``forbidden``: what the verbs say is prohibited ("prohibited from selling X",
    "may not:" before the item), as a denied verb is. A duty owed when someone asks says so ("on request")."""
    content = _content_of(verb, rules)
    if content:  # "The notice is required to state the qualifications ...": "notice of qualifications ..."
        return [content]
    ensured = _ensured(verb, rules) or _ensured_quality(verb, rules)
    if ensured:  # "shall ensure that content generated by AI is labelled": "labelling of content generated by AI"
        return [ensured]
    refrained = _refrained(verb, rules)  # "refrain from making false claims": not to make them
    forbidden = forbidden or refrained is not None or _no_one(verb)  # "No one may A or B": neither
    verb = _intended(verb, rules) or refrained or verb
    verbs = [verb, *_conjoined_verbs(verb)]
    labels: list[str] = []
    pending: list[Token] = []
    for k, v in enumerate(verbs):
        if _has_object(v) or v is verbs[-1]:
            phrase = _verb_phrase(v)
            nominal = _nominal_phrase(v, rules, pending, forbidden=forbidden, phrase=phrase) if phrase else None
            last = k + 1 == len(verbs) or not _shared_object(v, verbs[k + 1], phrase, rules)
            if nominal and last:
                phrase = nominal
            elif phrase and pending:  # "write, implement and publish ... a framework": one duty
                heads = ", ".join(" ".join(t.lemma_ if t.tag_ == "VBG" else t.text for t in _verb_words(p))
                                  for p in pending)
                phrase = f"{heads} {_conjunction(pending[-1], v)} {phrase}"
                if any(_denied(p) for p in pending) and not phrase.startswith("not "):
                    phrase = f"not {phrase}"  # "may not develop or deploy a system"
            if phrase and forbidden and not nominal and not phrase.startswith("not "):
                phrase = f"not {phrase}"
            if phrase and last and not nominal:
                phrase = _without_light_verbs(phrase, [*pending, v], rules)
            shared = _shared_object(verbs[k - 1], v, labels[-1], rules) if k and labels and phrase else None
            if shared is not None:  # "keep track of serious incidents and report them": one duty
                labels[-1] = _trim(f"{shared} and {phrase}")
                continue
            often = _how_often(v, rules) if phrase and nominal and last else None  # "has to be reviewed at
            # least once a year": "annual framework review" (a verb's wording keeps its own "annually")
            labels.append(phrase if not often or re.search(rf"\b{often}\b", phrase)
                          else _prefixed(often, _unsaid(often, phrase, rules)))
            pending = []
        else:
            pending.append(v)
    only = _restricted(verb, rules)
    if only is not None:  # "may use the system only to support their judgement": the limit is the duty
        scope = _trim(" ".join(t.text for t in only.head.subtree if t.i >= only.i
                               and t.dep_ not in ("det", "punct") and t.lower_ not in _EMPTY_WORDS - {"only"}))
        rest = scope.removeprefix("only ")  # the label may have the scope already, without its "only"
        labels = [label.replace(rest, scope, 1) if rest and rest in label else _trim(f"{label} {scope}")
                  for label in labels]
    if _on_request(verb, rules):  # "delete the video when the applicant asks": "video deletion on request"
        labels = [label if label.endswith("on request") else
                  f"{_trim(' '.join(label.split()[:_MAX_LABEL_WORDS - 2]))} on request" for label in labels if label]
    return [label for label in labels if label]


def _ensured(verb: Token, rules: DutyRules) -> str | None:
    """"ensure that X is labelled as such": the duty is the passive clause's act on X, named by its noun."""
    if verb.lemma_.lower() not in ("ensure", "guarantee"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and _is_passive(c)), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None) if clause is not None else None
    if clause is None or subject is None or subject.pos_ not in ("NOUN", "PROPN") or clause.conjuncts \
            or any(c.dep_ == "aux" for c in clause.children):  # one plain act: not "can be understood and traced"
        return None
    act = clause.lemma_.lower()
    noun = rules.nominal.get(act) or _gerund(act)
    thing = " ".join(t.text for t in subject.subtree if t.dep_ not in ("det", "punct"))
    return _trim(f"{noun} of {thing}")


def _ensured_quality(verb: Token, rules: DutyRules) -> str | None:
    """"ensure that the system is safe and reliable", "... that the decision-making is transparent and its results
    fair": the qualities the duty secures, by their nouns (``[obligations.qualities]``): "safety and reliability of
    system"."""
    if verb.lemma_.lower() not in ("ensure", "guarantee"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    said = [c for c in clause.children if c.dep_ in ("acomp", "conj") and c.pos_ == "ADJ"]
    said += [c for a in said for c in a.conjuncts if c.pos_ == "ADJ" and c not in said]  # "safe and reliable"
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not said or said[0].lower_ not in rules.qualities:
        return None
    nouns = dict.fromkeys(rules.qualities[a.lower_] for a in said if a.lower_ in rules.qualities)
    thing = " ".join(t.text for t in subject.subtree if t.dep_ not in ("det", "punct", "poss"))
    return _trim(f"{' and '.join(nouns)} of {thing}")


def _content_of(verb: Token, rules: DutyRules) -> str | None:
    """"The notice is required to state the job qualifications it will assess": what a thing the duty produces
    must say is a duty named by that thing ("notice of job qualifications ..."), not by its verb."""
    subject = _subject_token(verb)
    if verb.lemma_.lower() not in rules.content or subject is None or subject.pos_ != "NOUN" \
            or rules.bearer.match(subject.text) or rules.role(subject.text) is not None \
            or subject.lemma_.lower() in rules.everyone:  # "any person who ... must include a disclosure"
        return None
    rest = _after_verb(_verb_phrase(verb), verb)
    return _trim(" ".join([_singular_noun(subject), _link(rest, "of"), rest])) if rest else None


def _how_often(verb: Token, rules: DutyRules) -> str | None:
    """"at least once a year", "every year": how often a duty recurs, as a reader names it (``[obligations.
    frequency]``), from what the verb says beside what it acts on."""
    said = " ".join(t.text for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep") for t in c.subtree)
    return next((name for name, pattern in rules.frequency.items() if pattern.search(said)), None)


def _unsaid(often: str, label: str, rules: DutyRules) -> str:
    """"reporting of yearly to the office" -> "reporting to the office": the words of how often, which the
    label's first word will say ("annual")."""
    left = rules.frequency[often].sub("", label)
    return _trim(re.sub(r"\b(?:of|to)\s+(?=(?:to|with|for|in|on|of)\b)", "", left))


def _prefixed(word: str, label: str) -> str:
    """"annual" before a duty's label, after "prohibition of" ("prohibition of annual ...")."""
    head = f"{_PROHIBITION} of " if label.startswith(f"{_PROHIBITION} of ") else ""
    return f"{head}{word} {label.removeprefix(head)}"


_REQUEST_MARKS = frozenset({"when", "whenever", "if", "once", "upon", "after"})


def _on_request(verb: Token, rules: DutyRules) -> bool:
    """"is obliged to delete the video when the applicant asks for it", "disclose X only if a consumer requests it",
    "provide a copy upon request": a clause (or "on request") of the duty or of the verb that binds it."""
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "pcomp") else [verb]
    said = [t for head in heads for t in head.subtree if t.lemma_.lower() in rules.on_request]
    return any(t.dep_ == "advcl" and m.dep_ in ("mark", "advmod") and m.lower_ in _REQUEST_MARKS
               for t in said for m in t.children) \
        or any(t.dep_ == "pobj" and t.head.lower_ in ("on", "upon") for t in said)  # "upon request"


def _intended(verb: Token, rules: DutyRules) -> Token | None:
    """"take measures to protect users": the duty is what the measures are to do ("protect users")."""
    if not any(light.split()[0] == verb.lemma_.lower() for light in rules.light):  # "take", "put in place"
        return None
    means = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules.generic), None)
    return next((c for c in means.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                 and any(a.tag_ == "TO" for a in c.children)), None) if means is not None else None


_OBJECTS = ("dobj", "attr", "xcomp", "ccomp", "oprd", "acomp")


def _without_light_verbs(phrase: str, verbs: list[Token], rules: DutyRules) -> str:
    """"draw up technical documentation" -> "technical documentation", "establish and operate a risk management
    plan" -> "risk management plan": when every verb of a duty only puts its object in place (``[obligations]
    light``) and that object is a noun, the object is the duty's name."""
    last = verbs[-1]
    if phrase.startswith("not ") or not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in last.children):
        return phrase
    rest = phrase
    for verb in verbs:
        light = next((w for w in sorted(rules.light, key=lambda w: (-len(w), w))
                      if re.match(rf"{re.escape(w)}\b", rest) and w.split()[0] == verb.lemma_.lower()), None)
        if light is None or " " not in light and any(c.dep_ == "prt" for c in verb.children):
            return phrase  # "take down illegal content": a verb of its own with its particle, not "take"
        rest = re.sub(r"^(?:,\s*|\s*(?:and|or)\s+|\s+)", "", rest[len(light):])
    return rest or phrase


def _nominal_phrase(verb: Token, rules: DutyRules, before: list[Token] | None = None, *,
                    forbidden: bool = False, phrase: str = "") -> str | None:
    """"report serious incidents" -> "serious incident reporting", "designate a Chief AI Officer" -> "Chief AI
    Officer designation": the name a reader gives a duty whose verb has a noun (``[obligations] nominal``): a
    plain noun phrase it acts on goes before that noun, one with words after its noun follows it ("publish a
    summary of the results" -> "publication of summary of results"; "notice to" whom a verb tells), and so does
    the rest of the verb's ``phrase`` when it acts on a clause or on two things ("check that it bears the
    marking" -> "verification that it bears marking"); the preposition phrases the verb keeps follow ("system
    registration in EU database"); verbs ``before`` it that share its object are named too ("assess and
    mitigate systemic risks" -> "systemic risk assessment and mitigation"). A prohibition is named so, its verb
    by its noun or gerund ("may not share patient records" -> "prohibition of patient record sharing")."""
    verbs = [*(before or []), verb]
    forbidden = forbidden or any(_denied(v) for v in verbs)
    thing = _acted_on(verb)
    nouns = [_noun_of(v, thing, rules, forbidden) for v in verbs]
    if "" in nouns or any(any(c.dep_ == "prt" for c in v.children) for v in verbs):
        return None
    joined = _conjunction(verbs[-2], verbs[-1]) if len(verbs) > 1 else "and"  # "build or sell": "building or sale"
    noun = f" {joined} ".join(nouns) if len(nouns) < 3 else ", ".join(nouns[:-1]) + f" {joined} {nouns[-1]}"
    gerunds = not any(_verb_key(v) in rules.nominal for v in verbs)  # "deploying a robot that ...": no "of"
    told_apart = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)  # "notify the rules to the
    # Commission": what it tells is the object, whom it tells follows
    link = "to" if verb.lemma_.lower() in rules.recipient and not told_apart else "" if gerunds else "of"
    if thing is not None and thing.pos_ == "PRON":  # "keep track of X and report them": one duty, as worded
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or _condition(verb) is not None:
        rest = _after_verb(phrase, verb)  # "notify the applicant that ...", "use X unless Y": all it says
        text = " ".join([noun, _link(rest, link), rest])
        return (f"{_PROHIBITION} of {_trim(text)}" if forbidden else _trim(text)) if rest else None
    if thing.dep_ not in ("dobj", "nsubjpass", "nsubj") or any(
            c.dep_ == "advmod" and c.lower_.endswith("ly") and c.i > verb.i and c.lower_ not in _EMPTY_WORDS
            for c in verb.children):  # "review each deployment annually": how often is said by the verb
        return None
    kept = [t for c in verb.children if c.i > verb.i and c.dep_ == "prep" and not _circumstance(c)
            and not _outside_phrase(c, verb) for t in _key_tokens(c)]
    if link == "to" or thing.conjuncts or any(r.dep_ != "punct" and not (r.dep_ == "prep" and (
            r.lower_ in _CIRCUMSTANCE or _outside_phrase(r, thing))) and not _its_own(r) for r in thing.rights):
        # "a summary of the results": the noun, then what; "notice to patients": whom it tells
        text = " ".join([noun, link, *(t.text for t in _key_tokens(thing)), *(t.text for t in kept)])
    else:  # a plain noun phrase
        words: list[Token] = []
        for t in (t for t in thing.subtree if t.i < thing.i and t.lower_ not in _EMPTY_WORDS):
            if t.dep_ in ("compound", "amod", "nummod", "npadvmod") or t.dep_ in ("cc", "conj") and t.head in words:
                words.append(t)  # "ongoing or planned training activities"
        named = [t.text for t in words]  # "patient record publication"; a gerund reads before its object as the
        text = " ".join([noun, *named, thing.text] if gerunds else [*named, _singular_noun(thing), noun])  # verb
        text = " ".join([text, *(t.text for t in kept)])
    return f"{_PROHIBITION} of {_trim(text)}" if forbidden else _trim(text)


def _link(rest: str, link: str) -> str:
    """The word between a duty's noun and what follows it: none before a clause or a preposition ("notice that
    ...", "reporting when ...")."""
    return "" if re.match(r"(?:that|whether|how|what|when|to|of|about|with|for|in|on|at|from|into|against|"
                          r"through|within)\b", rest) else link


def _its_own(clause: Token) -> bool:
    """"the logs it generates", "the records they keep": a relative clause that only says whose the thing is
    (its subject a pronoun for the bearer or the system) adds nothing to a duty's name ("log retention")."""
    children = list(clause.children)
    return clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in children) \
        and not any(c.dep_ in ("advcl", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE
                    and not any(g.lemma_ in _DURATIONS for g in c.children) for c in children)  # "for six months"


def _after_verb(phrase: str, verb: Token) -> str:
    """What a duty's verb phrase says after its verb ("notify applicant that ..." -> "applicant that ...")."""
    words = phrase.removeprefix("not ").split()
    return " ".join(words[len(_verb_words(verb)):])


def _singular_noun(noun: Token) -> str:
    """"records" -> "record" before the noun that names a duty ("patient record publication"); "data" stays
    ("datum" is no reader's word)."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.endswith("um") and noun.lower_.endswith("a"):
        return noun.text
    return noun.lemma_


def _acted_on(verb: Token) -> Token | None:
    """What a duty's verb acts on: its one object ("make the report available": the report), else a passive
    verb's subject."""
    complement = _complement(verb)
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in (*_OBJECTS, "dative") and c != complement]
    if complement is not None and not objects:  # "make the report available" parsed as a clause
        objects = [c for c in complement.children if c.dep_ in ("nsubj", "dobj")]
    if objects:
        return objects[0] if len(objects) == 1 else None
    return _subject_token(verb) if _passive_form(verb) else None


def _verb_key(verb: Token) -> str:
    """A verb as ``[obligations.nominal]`` names it: its lemma, with its complement ("make available")."""
    complement = _complement(verb)
    return f"{verb.lemma_.lower()} {complement.lower_}" if complement is not None else verb.lemma_.lower()


def _complement(verb: Token) -> Token | None:
    """"make X available": the word that completes the verb's meaning ("make available" is publish)."""
    return next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ == "ADJ"), None)


def _noun_of(verb: Token, thing: Token | None, rules: DutyRules, forbidden: bool) -> str:
    """The noun a reader names a verb's duty by (``[obligations.nominal]``; "make available" as its two words;
    ``[obligations.to_authority]`` when the verb acts on an authority: "notify the regulator" is a
    notification, "notify consumers" a notice); for a prohibited verb with none, its gerund; else ""."""
    lemma, key = verb.lemma_.lower(), _verb_key(verb)
    complement = _complement(verb)
    told = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    authority = any(t.pos_ == "PROPN" or bool(rules.authority.match(t.lower_))  # "notify the regulator", "notify
                    for t in [*([thing] if thing is not None else []), *told])  # the rules to the Commission"
    if authority and key in rules.to_authority:
        return rules.to_authority[key]
    return rules.nominal.get(key) or (_gerund(lemma) if forbidden and complement is None else "")


_PROHIBITION = "prohibition"  # what a reader calls a duty not to do something


_DOUBLED = frozenset({"transmit", "submit", "omit", "permit", "commit", "admit", "emit", "refer", "transfer",
                      "control", "prefer", "forbid"})


def _gerund(verb: str) -> str:
    """"share" -> "sharing", "tamper" -> "tampering": the noun of a prohibited verb that has none of its own."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb in _DOUBLED or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # "transmit" -> "transmitting",
        return verb + verb[-1] + "ing"  # "get" -> "getting" (one syllable ending in consonant, vowel, consonant)
    return (verb[:-1] if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb) + "ing"


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in _OBJECTS for c in verb.children) or _passive_form(verb)


def _listed_duties(block: Block, unit: Unit | None, rules: DutyRules, *,
                   forbidden: bool = False) -> tuple[list[str], bool]:
    """The duties of one list item: its verbs' phrases when it parses as verbs (prohibitions when ``forbidden``),
    else its first clause; and whether they are orders (verbs)."""
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None) if unit is not None and unit.doc else None
    deadline = _LEADING_DEADLINE.match(unit.text) if unit is not None else None
    if deadline is not None:  # "- by 1 December 2024, and every year after that, conduct a data inventory ...":
        said = analyse([f"They must {deadline.group('rest')}"])[0]  # the order after the deadline (its date
        labels = [label for verb, _ in _duty_verbs(said, rules, bare=True)  # is the duty's, see _item_date)
                  for label in _duty_labels(verb, rules, forbidden=forbidden or _prohibited(verb, rules))]
        if labels:
            return list(dict.fromkeys(labels)), True
    if unit is not None and _MODAL_OPENING.match(unit.text):  # "a Data Fiduciary:" then "- has to erase personal
        said = analyse([f"It {unit.text}"])[0]  # data ...": the item read as the sentence its lead's bearer opens
        labels = [label for verb, _ in _duty_verbs(said, rules, bare=True)
                  for label in _duty_labels(verb, rules, forbidden=forbidden or _prohibited(verb, rules))]
        if labels:
            return list(dict.fromkeys(labels)), True
    if unit is not None and _misparsed_order(unit):  # "supply the information a deployer needs to ...": the
        words = [t.text for t in unit.doc or () if t.dep_ not in ("det", "punct")]  # whole order is the duty
        return [_trim(re.split(r"\s[;:.(]", " ".join(words) + " ;", maxsplit=1)[0])], True
    if root is not None and root.pos_ != "VERB" and unit is not None:
        root = _read_as_order(unit) or root
    if root is not None and root.pos_ == "VERB":
        labels = _duty_labels(root, rules, forbidden=forbidden)
        if labels:
            return labels, True
    item = re.split(r"[;:.(]|,\s|\s[—–-]\s", block.line.text, maxsplit=1)[0]
    return [_trim(re.sub(r"(?i)^\s*(?:an?|the)\s+", "", item))], False  # "- a yearly report": "yearly report"


# A list item that opens with its own modal, its subject left to the lead ("- may not process ...", "- is required to")
_MODAL_OPENING = re.compile(r"(?i)^(?:must|shall|may|cannot|can\s+not|has\s+to|have\s+to|needs?\s+to|is|are)\s")


def _read_as_order(unit: Unit) -> Token | None:
    """The verb of a list item that opens with an order the parser alone reads as a noun ("- process, for the
    purpose of advertising, the personal data of ...", "- document how the system was built"): the item parsed
    after the "They must" its lead implies, when that reads its first word as the verb; else None."""
    first = unit.doc[0] if unit.doc is not None and len(unit.doc) else None
    if first is None or not first.is_lower or first.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    order = analyse([f"They must {unit.text}"])[0]
    verb = order[2] if len(order) > 2 else None
    return verb if verb is not None and verb.dep_ == "ROOT" and verb.tag_ == "VB" else None


def _misparsed_order(unit: Unit) -> bool:
    """A list item that opens with an order (a verb in its base form) the parser hung under a later verb with a
    subject of its own ("supply the information a deployer needs to complete ..." read as "a deployer needs"):
    the order is the item's duty; the later verb says what the order is about, it binds no one."""
    first = unit.doc[0] if unit.doc is not None and len(unit.doc) else None
    return first is not None and first.tag_ == "VB" and first.dep_ != "ROOT" and first.head.dep_ == "ROOT" \
        and first.head.i > first.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in first.head.children)


def _bearer_subject(unit: Unit, rules: DutyRules, reading: _Reading) -> tuple[Role, bool, str] | None:
    """The bearer a sentence's main clause opens with ("A representative is not meant to ..."), whether plural, and
    the section it is in; None when its subject is no bearer the page has spoken of (a board, a company, consent)."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or subject.pos_ != "NOUN" or not rules.bearer.match(subject.text):
        return None
    spoken = reading.spoken_of(subject.text)
    return (spoken, subject.tag_ == "NNS", unit.section) if spoken is not None else None


def _is_pronoun(subject: str) -> bool:
    """"They", "these providers", "the same companies", "Each one": the bearer named before."""
    return subject.lower() in ("they", "they also") or subject.lower() in _EACH_ONE or bool(re.match(
        r"(?i)^(?:these|those|this|such(?:\s+an?)?|the same)(?!\s+(?:who|that|which)\b)(?:\s+[\w-]+){1,3}$",
        subject.strip()))  # not "those who deploy chatbots": a doer


# "Intermediaries range from ... Each one has to publish ...": every one of the bearer named before
_EACH_ONE = frozenset({"each", "each one", "every one", "each of them", "every one of them", "all of them"})


def _called_so(subject: str, role: Role, section: str) -> bool:
    """"the platform" for the bearer named before, when its label or the section's heading ("Duties of Platforms")
    uses the word; else "The employer must ..." names a role of its own."""
    word = _singular(subject.split()[-1].lower())
    return word in {_singular(w) for w in re.findall(r"\w+", f"{role.label} {section}".lower())}


def _is_anaphor(subject: str, rules: DutyRules) -> bool:
    """A pronoun, or "the platform" (a bare definite bearer noun no role names): the bearer named before."""
    definite = re.match(r"(?i)^the\s+(\w+)$", subject.strip())
    return _is_pronoun(subject) or bool(definite and rules.bearer.match(definite.group(1)))


def _topic_of_rules(verb: Token) -> bool:
    """"the first rules in Europe on how public bodies must account for the algorithms they use": what rules are
    about, named after a preposition, and no duty the sentence states."""
    return verb.dep_ == "pcomp" and any(c.dep_ == "advmod" and c.lower_ in ("how", "whether", "when")
                                         and c.i < verb.i for c in verb.children)


def _duty_verbs(doc, rules: DutyRules, *, bare: bool = False) -> Iterable[tuple[Token, str]]:
    """Each verb that states a duty, with its subject's words (``bare``: "" for a duty stated without one)."""
    def subject_of(verb: Token) -> str | None:
        subject = _subject(verb)
        if subject is not None and _said_in_a_relative_clause(verb) and not rules.roles_of(subject):
            return None  # "acceptable-risk uses, which only have to respect ...": no one's duty
        return "" if subject is None and bare else subject

    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or _topic_of_rules(token):
            continue
        children = list(token.children)
        if token.lemma_ in rules.required | rules.have_to and _denied(token) \
                or token.lemma_ in rules.required and _exempting(token):  # "shall not be required to",
            continue  # "are not obliged to", "Nothing in this Act requires X to": no duty
        if _unlawful(token, rules):  # "It is unlawful for an employer to use ...": the duty not to use it
            yield from _unlawful_for(token)
        elif (charged_of := _its_duty(token)) is not None:  # "It is the responsibility of each bureau to ..."
            yield charged_of
        elif (charged := _charged_with(token, rules)) is not None:  # "are responsible for registering X", "has
            subject = subject_of(token)  # an obligation to register X"
            if subject is not None:
                yield charged, subject
        elif token.dep_ == "ROOT" and (token.lower_ in rules.modal or token.lower_ in rules.negated_modal
                                       and _denied(token)):  # "Providers ... must:", "... may not:" introduce a list
            subject = subject_of(token)
            if subject is not None:
                yield token, subject
        elif any(c.dep_ == "aux" and c.lower_ in rules.modal for c in children) or _negated(token, rules) \
                or _restricted(token, rules) is not None:
            subject = subject_of(token)
            if subject is not None:
                yield token, subject
        elif token.lemma_ in rules.prohibit:  # "are prohibited from using ..."
            barred = next((c for c in children if c.dep_ == "dobj"), None) if not _passive_form(token) else None
            if barred is not None and not rules.roles_of(" ".join(t.text for t in barred.subtree)) \
                    and not rules.bearer.match(barred.text) and barred.lemma_.lower() not in rules.everyone:
                continue  # "The law barred any such rule from taking effect": a thing barred, no one's duty
            what = next((g for c in children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                         if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
            if what is None and (not _passive_form(token) or any(c.dep_ == "nsubjpass" for c in children)):
                # "The law forbids firms to sell X", "Firms are forbidden to sell X"
                what = next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                what = _misread_gerund(what) or what
            subject = subject_of(token)
            if what is not None and subject is not None:
                yield what, subject
        elif token.lemma_ in rules.required | rules.have_to or token.lemma_ in rules.permit and _denied(token) \
                or token.lemma_ in rules.directed and _passive_form(token):
            complement = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            complement = _misread_gerund(complement) or complement or _infinitive_in_object(token) \
                or _gerund_after_to(token) or _infinitive_after_a_phrase(token)
            subject = subject_of(token)
            if complement is not None and subject is not None:
                yield complement, subject
        elif rules.plain_present and (ordered := _ordered_by_be(token, rules)) is not None:  # "Data subjects are
            subject = subject_of(token)  # to be informed of it by the controller", "Providers are to keep ..."
            if subject is not None:
                yield ordered, subject
        elif rules.plain_present and _acts_in_the_present(token, rules):
            subject = subject_of(token)
            if subject is not None and rules.roles_of(subject):
                yield token, subject


_FROM_THE_START = re.compile(r"\b(?:from|since)\s+(?:the\s+(?:start|outset|beginning)|day\s+one)\b", re.IGNORECASE)
_MEET = frozenset({"meet", "comply", "fulfil", "fulfill", "satisfy", "observe"})


def _meets_the_duties(verb: Token) -> bool:
    """"had to meet the new duties described below", "must comply with these requirements": a verb whose object is
    the duties themselves (the sentence says when or whether they bind, and is none of them)."""
    if verb.lemma_.lower() not in _MEET:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(_DUTY_NOUNS.fullmatch(o.lower_) and not any(
        c.dep_ in ("compound", "poss", "nmod") or c.dep_ == "amod" and c.lower_ not in _WHICH_DUTIES
        for c in o.children) for o in objects)  # (not "must meet the Union's accessibility requirements": a duty)


_WHICH_DUTIES = frozenset({"new", "same", "following", "above", "additional", "further", "amended", "revised"})


def _ordered_by_be(verb: Token, rules: DutyRules) -> Token | None:
    """"Data subjects are to be informed by the controller", "Processors are also to keep ...": on a page that
    states duties, "be" followed by an infinitive orders what the infinitive says. Not after a subject of
    ``[obligations] aims`` ("The aim is to protect children"), nor a denied "be"; a passive orders only with its
    agent ("A second version is to be released next year" is a plan), and an act only of a role (not "The
    Commission is to lay down ...", a named body's task, nor "The template is to come from ...")."""
    if verb.lemma_ != "be" or verb.dep_ not in ("ROOT", "conj") or _denied(verb):
        return None
    ordered = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    to = next((a for a in ordered.children if a.dep_ == "aux" and a.lower_ == "to"), None) \
        if ordered is not None else None
    said = _subject_token(verb)
    if ordered is None or to is None or said is None or said.lemma_.lower() in rules.aims \
            or any(t.pos_ not in ("ADV", "PART") for t in verb.doc[verb.i + 1:to.i]):
        return None
    if _passive_form(ordered):
        return None if _is_passive(ordered) else ordered
    role = said.tag_ not in ("NNP", "NNPS") and bool(rules.roles_of(said.text) or rules.bearer.match(said.text))
    return ordered if role else None


def _infinitive_after_a_phrase(verb: Token) -> Token | None:
    """"Controllers are required in any case to give people the information": the infinitive the parser hangs on
    the verb as a clause of its own once a phrase stands between them."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
                 and any(p.dep_ == "prep" and verb.i < p.i < c.i for p in verb.children)), None)


def _acts_in_the_present(verb: Token, rules: DutyRules) -> bool:
    """"afterwards the provider draws up an EU declaration of conformity", "a provider hands a competent authority
    the information": a main clause whose verb, in the plain present, says what a role does (not "is", "faces
    fines", "carries a duty": verbs that describe it; not a clause of condition or a denied one)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in rules.describing \
            or _denied(verb) or any(c.dep_ in ("aux", "mark") for c in verb.children):
        return False
    done = [c for c in verb.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "with"]
    if not done or any(d.dep_ == "det" and d.lower_ == "no" for c in done for d in c.children):
        return False  # "Member States sort no products into tiers": what it does not do, or no act on anything
        # ("cooperates with the authorities": an act on them)
    colon = next((t for t in reversed(verb.doc[:verb.i]) if t.text == ":"), None)
    if colon is not None and not _DUTY_NOUNS.search(verb.doc[:colon.i].text):
        return False  # "The law defines the parties: a provider places ...": what a role is, unless the words
        # spell out a duty just named ("Article 21 adds a duty of cooperation: a provider hands ...")
    head = verb
    while head.dep_ in ("conj", "ccomp", "parataxis") and head.head is not head:
        if head.dep_ == "conj" and (head.head.tag_ not in ("VBZ", "VBP")
                                    or head.head.lemma_.lower() in rules.describing):
            return False  # "is treated as the provider when it ..., makes ... or changes ...", "has a defence if
            # ..., and otherwise complies with ...": no act of its own
        if head.dep_ != "conj" and not any(t.text == ":" for t in verb.doc[head.head.i:head.i]):
            return False  # "says that the provider keeps ...": what someone says
        head = head.head
    return head.dep_ == "ROOT" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")
                                           for c in verb.children)


def _gerund_after_to(verb: Token) -> Token | None:
    """"Developers commit to implementing a framework": what the verb binds its subject to, as a gerund."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _infinitive_in_object(verb: Token) -> Token | None:
    """"The Act requires providers of AI systems that generate audio to mark it": the parser hangs "to mark" on
    the relative clause inside the object; it is what the object is required to do."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return next((t for t in obj.subtree if t.dep_ == "advcl" and t.pos_ == "VERB" and t.head.dep_ == "relcl"
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None)


_CONDITIONS = frozenset({"after", "if", "when", "once", "where", "while", "until", "upon"})


def _restricted(verb: Token, rules: DutyRules) -> Token | None:
    """"Teachers may use the system only to support their judgement", "may rely on it only for preparatory
    work": a permission only within a purpose or scope is the duty to stay within it; its "only". ("may supply
    it, but only after ..." is a permission on a condition, no duty.)"""
    if not any(c.dep_ == "aux" and c.lower_ in rules.negated_modal for c in verb.children) or _denied(verb):
        return None
    for token in verb.subtree:
        if token.lower_ == "only" and token.dep_ == "advmod" and token.i > verb.i and token.i + 1 < len(token.doc) \
                and token.doc[token.i + 1].lower_ not in _CONDITIONS and token.doc[token.i - 1].text != ",":
            return token
    return None


def _exempting(verb: Token) -> bool:
    """"Nothing in this Act requires X to ...", "No provision obliges X to ...": a verb of requiring that binds
    no one."""
    subject = _subject_token(verb)
    return subject is not None and (subject.lower_ in ("nothing", "none") or _no_one(verb))


def _its_duty(verb: Token) -> tuple[Token, str] | None:
    """"It is the responsibility / duty / obligation of each bureau to correct records": the verb of the duty and
    the words of whose it is."""
    if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return None
    duty = next((c for c in verb.children if c.dep_ == "attr" and _DUTY_NOUNS.fullmatch(c.lower_)), None)
    whose = next((g for c in duty.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None) if duty is not None else None
    what = next((c for t in (verb, duty) if t is not None for c in t.children if c.dep_ in ("xcomp", "acl")
                 and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)), None)
    if whose is None or what is None:
        return None
    return what, " ".join(t.text for t in whose.subtree if t.dep_ != "relcl")


def _refrained(verb: Token, rules: DutyRules) -> Token | None:
    """"refrain from making false statements": the verb of what is not to be done."""
    if verb.lemma_ not in rules.refrain:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)


def _charged_with(verb: Token, rules: DutyRules) -> Token | None:
    """"Deployers are responsible for registering each system", "Each provider has a duty to register it": the
    verb of what a bearer is charged with. A named body's responsibilities ("The Department is responsible for
    investigating charges") are its tasks as an authority, not a regulated role's duties."""
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or subject._.is_name:
        return None
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in rules.responsible for c in verb.children):
        return next((g for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "for" and c.head.lower_ in
                     rules.responsible for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
    if verb.lemma_ == "have":
        return next((g for c in verb.children if c.dep_ == "dobj" and _DUTY_NOUNS.fullmatch(c.lower_)
                     for g in c.children if g.dep_ in ("acl", "relcl") and any(a.tag_ == "TO" for a in g.children)),
                    None)
    return None


def _unlawful(verb: Token, rules: DutyRules) -> bool:
    """"It is unlawful / shall be illegal for X to ...": a prohibition stated of "it"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in rules.unlawful for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _unlawful_for(verb: Token) -> list[tuple[Token, str]]:
    """The verbs "for X to ..." states after "it is unlawful", with X's words (the parser hangs the infinitive
    under the verb, or under X as a clause of its own)."""
    found = []
    for clause in (c for c in verb.subtree if c.dep_ in ("advcl", "relcl", "acl") and c.pos_ == "VERB"
                   and any(a.tag_ == "TO" for a in c.children)):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        subject = subject if subject is not None else clause.head if clause.dep_ in ("relcl", "acl") else None
        if subject is not None:
            found.append((clause, " ".join(t.text for t in subject.subtree if t.i < clause.i and t.dep_ != "relcl")))
    return found


def _prohibited(verb: Token, rules: DutyRules) -> bool:
    """"prohibited from selling X", "must refrain from selling X", "are not allowed to sell X": the duty is not
    to sell X."""
    if verb.dep_ in ("advcl", "relcl", "acl") and any(_unlawful(t, rules) for t in verb.ancestors):
        return True  # "It is unlawful for an employer to use ..."
    if verb.dep_ == "pcomp":
        return verb.head.head.lemma_ in rules.prohibit
    if verb.dep_ == "advcl" and _misread_gerund(verb.head) == verb:  # "forbids screening firms to sell X"
        verb = verb.head
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in rules.permit and _denied(verb.head)
                                     or verb.head.lemma_ in rules.prohibit)  # "forbids firms to sell X"


def _negated(verb: Token, rules: DutyRules) -> bool:
    """"may not use", "cannot retaliate": a prohibition."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in rules.negated_modal for c in children) \
        and _denied(verb)


def _denied(verb: Token) -> bool:
    """"may not use", "Nor may an entity deploy ...", "No employer shall use ...": the verb is denied."""
    return _no_one(verb) or any(c.dep_ == "neg" or c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i
                                for c in verb.children)


def _no_one(verb: Token) -> bool:
    """"No employer shall use ...", "Neither may pass on ...": the verb's subject says no one of its kind may do it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "neither" or any(
        d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)) for c in verb.children)


def _subject(verb: Token) -> str | None:
    subject = _subject_token(verb)
    if subject is None:
        return None
    clause = next((c for c in subject.children if c.dep_ == "relcl" and verb in c.subtree), None)
    inside = {t.i for t in clause.subtree} if clause is not None else set()  # "... to the Member States, which
    # shall lay down penalties": the Member States, without the clause that says it
    return " ".join(t.text for t in subject.subtree if t.i not in inside and not (inside and t.text == ","))


def _said_in_a_relative_clause(verb: Token) -> bool:
    """Whether the verb's subject is a relative pronoun ("the Member States, which shall ...")."""
    token = _subject_token(verb)
    return token is not None and any(c.dep_ == "relcl" and verb in c.subtree for c in token.children)


def _relative_antecedent(subject: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for ("which" in "the Member States, which shall ...")."""
    if subject is None or subject.lower_ not in ("which", "who"):
        return None
    clause = next((a for a in subject.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None


def _fronted_clause_subject(pronoun: Token, verb: Token) -> Token | None:
    """"When an agency uses AI, it must:": the subject of a clause of time or condition before "it" (or "they")
    that agrees with it and names no person (not "When a user asks, it must ...": the user is no "it")."""
    if pronoun.lower_ not in ("it", "they"):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i \
                or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRONTED_MARKS for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.pos_ == "NOUN" and c.i < clause.i
                        and (c.dep_ == "nsubj" or c.dep_ == "compound" and c.i == clause.i - 1)), None)  # ("an
        # agency designs": read as a compound of "designs")
        if subject is not None and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in subject.children):
            return None  # "When their crawlers gather data, they must not ...": the crawlers' owners, said before
        if subject is not None and _agrees(subject, pronoun):
            return subject
    return _opening_clause_noun(pronoun)


def _opening_clause_noun(pronoun: Token) -> Token | None:
    """The same where the parse has lost the clause ("When an agency designs, develops, acquires or uses AI, it
    must:", "designs" read as a noun): the first noun after a determiner in a sentence that opens with "When"."""
    sentence = pronoun.sent
    if sentence[0].lower_ not in _FRONTED_MARKS:
        return None
    for token in sentence[1:pronoun.i - sentence.start]:
        if token.text == "," or token.lower_ in ("it", "they"):  # "If it considers that the provider ..., it
            return None  # shall ...": the clause is said of the same "it", not of the provider
        if token.tag_ == "DT" and token.lower_ in ("a", "an", "the", "each", "any", "every"):
            run = []
            for word in token.doc[token.i + 1:pronoun.i]:
                if word.pos_ not in ("ADJ", "NOUN"):
                    break
                run.append(word)
            nouns = [w for w in run if w.pos_ == "NOUN" and _agrees(w, pronoun)]
            return nouns[-1] if nouns else None
    return None


def _agrees(noun: Token, pronoun: Token) -> bool:
    """A noun "it" (or "they") may stand for: of its number, and no person."""
    return (noun.tag_ == "NNS") == (pronoun.lower_ == "they") and noun.lemma_.lower() not in _PERSONS


_FRONTED_MARKS = frozenset({"when", "whenever", "if", "where", "once", "before", "while"})
_PERSONS = frozenset({"user", "person", "individual", "people", "consumer", "patient", "child", "employee", "worker",
                      "candidate", "applicant", "citizen", "customer", "student", "minor", "parent", "resident"})


def _subject_token(verb: Token) -> Token | None:
    for candidate in (verb, verb.head, verb.head.head):  # "must", "are required to", a conjoined verb
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = subjects[-1] if len(subjects) > 1 and subjects[-1].tag_ == "PRP" else next(iter(subjects), None)
        # (two subjects are a misparse: "... by a notified body, an independent organisation ..., and it shall
        # then sign ...": the personal pronoun next to the verb is its subject; not "each" in "Cargo brokers and
        # customs bureaus shall each appoint ...")
        if subject is not None:
            return _relative_antecedent(subject) or _fronted_clause_subject(subject, candidate) or subject
        clause = next((c for c in candidate.children if c.dep_ == "csubj"), None)  # "Whoever develops it must ..."
        whoever = next((c for c in clause.children if c.tag_ == "WP" and c.dep_ == "nsubj"), None) if clause else None
        if whoever is not None:
            return whoever
        if candidate.dep_ not in ("conj", "xcomp", "ROOT", "pcomp", "prep") and candidate.pos_ not in ("AUX",):
            break
    return None


_DETERMINERS = frozenset({"any", "every", "each", "all", "a", "an", "the", "such", "those", "these", "same", "other",
                          "no", "something", "anything", "everything", "nothing"})
_NOT_OF_TERM = _DETERMINERS | {"their", "its"}  # words that make "providers of such services" no term of the page


def _own_role(subject: Token | None, rules: DutyRules, *, any_noun: bool = False) -> list[Role]:
    """The role a subject names in the law's own words ("Any AI business operator", "Foreign AI business
    operators that have no address in Korea" -> "foreign AI business operator"): its head noun, singular, with
    the words before it; its relative clause and prepositions are what the law says of it, not its name.
    ``any_noun``: the sentence says the noun bears duties, whatever it is ("adds duties for large terminals")."""
    defined = _defined_term(subject)
    if defined:  # "Businesses that ..., which the Act calls "utilizing business operators", are required to"
        return [_named_role(defined)]
    doer = _doer_role(subject, rules) or _relative_role(subject, rules)
    if doer:
        return doer
    title = _office_title(subject, rules)
    if title:
        return [Role(re.compile(re.escape(title), re.IGNORECASE), title)]
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not (any_noun or rules.bearer.match(subject.text)):
        return []
    if subject.lower_ in ("one", "each"):  # "Each one has to publish ...": a word for the bearer named before
        return []
    words = [t for t in subject.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in _DETERMINERS]
    words = [t for t in subject.doc[min(w.left_edge.i for w in words):subject.i]] if words else []
    head = subject.lemma_ if subject.tag_ == "NNS" else _singular(subject.text) if subject.tag_ == "NNPS" \
        else subject.text  # "Parties": the lemma of a plural name is the name
    if subject.is_sent_start and subject.tag_ in ("NNP", "NNPS") and not words:  # "Vendors may not ...": a common
        head = _singular(subject.lower_)  # noun the tagger took for a name because it opens the sentence
    label = " ".join([*(t.text for t in words), head])
    label = label[:1].lower() + label[1:] if not label[:2].isupper() else label
    return [Role(re.compile(re.escape(label)), label)]


# "which the Act calls "utilizing business operators"", "(referred to as "covered providers")": the law's own term
_DEFINED_TERM = re.compile(r"\b(?:calls?|called|referred\s+to\s+as|known\s+as|termed|defined\s+as)\s+(?:[\"“]"
                           r"(?P<term>[^\"”]{3,60}?)(?:[\"”]|$)|(?P<bare>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+){0,2})\b)")


def _defined_term(subject: Token | None) -> str:
    if subject is None:
        return ""
    return _term_defined_in(subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text)


def _term_defined_in(text: str) -> str:
    """The law's own term a text gives, singular: quoted ("utilizing business operators"), or a capitalised word
    ("called Parties") a reader takes in its lower-case form; "" when it gives none."""
    defined = _DEFINED_TERM.search(text)
    if defined is None:
        return ""
    return _term_singular(defined.group("term") or defined.group("bare").lower())


def _term_singular(term: str) -> str:
    words = term.split()
    return " ".join([*words[:-1], _singular(words[-1])])


_TITLE_DETERMINERS = frozenset({"the", "each", "every", "any", "a", "an"})


def _office_title(subject: Token | None, rules: DutyRules) -> str:
    """"The Chief AI Officer shall ...", "Each Data Protection Officer must ...": an office written with capitals,
    which the analysis joined as one name; a determiner says it is no organization's name."""
    head = subject.text.split(" of ")[0].split()[-1] if subject is not None else ""  # "Commissioner of Insurance"
    if head.lower() in _INSTITUTION_WORDS:  # "the Bureau of Industry and Security": a body, no office held
        head = subject.text.split()[-1] if subject is not None else ""
    if subject is None or not subject._.is_name or " " not in subject.text \
            or not rules.bearer.match(head) \
            or not any(c.dep_ == "det" and c.lower_ in _TITLE_DETERMINERS for c in subject.children):
        return ""
    return " ".join(w if w.isupper() else w.lower() for w in subject.text.split())


_INSTITUTION_WORDS = frozenset({"department", "agency", "bureau", "office", "authority", "ministry", "commission",
                                "council", "board", "administration", "institute", "center", "centre", "division"})
_ANYONE = frozenset({"those", "anyone", "anybody", "whoever", "someone"})  # "Those who deploy X must ..."
_HEDGES = frozenset({"potential", "possible", "prospective", "future", "certain"})  # say whether, not what


def _doer_role(subject: Token | None, rules: DutyRules) -> list[Role]:
    """"Companies developing dual-use foundation models", "Any person that acquires, develops or possesses a
    large computing cluster": a noun for anyone (``[obligations] doers``) qualified by what it does names the
    role by its doer (``[obligations.doer]``; the last of coordinated verbs) and what it acts on, in the plural,
    as a reader names roles ("developer of dual-use foundation models", "owner of large computing clusters"),
    in its own words even where a rule reads them as another role. Read in the order of the words
    up to the duty's verb, since the parser often breaks such a subject apart."""
    responsible = _responsible_for(subject, rules)
    if responsible:  # "Anyone responsible for propaganda that ... must": a person responsible for propaganda
        return responsible
    if subject is None or subject.lemma_.lower() not in rules.doers | _ANYONE \
            or any(c.dep_ in ("amod", "compound") for c in subject.children):  # "a governmental entity that
        return []  # ...": the law's own term
    doer, opened = "", subject.tag_ == "WP"  # "Whoever develops it": the verb right after says what it does
    words: list[Token] = []
    for token in subject.doc[subject.i + 1:]:
        if token.tag_ == "MD" or token.lemma_ in ("have", "be", "need") and token.pos_ in ("AUX", "VERB"):
            break  # "must", "had to": the duty's verb
        opened = opened or token.tag_ in ("WDT", "WP", "VBG")  # "that develops", "developing": what it does
        if token.pos_ == "VERB" and not opened:
            return []  # "Nor may a company develop ...": the duty's own verb
        if token.pos_ == "VERB" and token.lemma_.lower() in rules.doer \
                and not any(c.dep_ in ("acomp", "oprd", "ccomp") and c.pos_ == "ADJ" for c in token.children):
            doer, words = rules.doer[token.lemma_.lower()], []
        elif doer and token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or token.text == "-":
            words.append(token)
        elif doer and words:
            break  # "a service in the state": what it acts on ends before where
        elif token.pos_ not in ("VERB", "PRON", "CCONJ", "PUNCT", "PART", "NOUN") or token.lemma_ in ("be", "have"):
            return []  # no verb of doing right after the noun: not qualified by what it does
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    if doer and not nouns and subject.lower_ in _ANYONE:  # "Whoever develops it must ...": its developer
        return [_named_role(doer)]
    if not doer or not nouns:
        return []
    thing = nouns[-1]
    named = [t.text for t in words if t.i < thing.i and t.pos_ != "DET" and t.lower_ not in _HEDGES]
    noun = _plural(thing.text) if thing.tag_ in ("NN", "NNP") and not thing.text.isupper() else thing.text  # ("AI")
    label = " ".join([doer, "of", *named, noun])
    known = rules.role(label)  # the rules' own role when they name it so (keeping whether it is systemic)
    return [known if known is not None and known.label.lower() == label.lower() else _named_role(label)]


def _relative_role(subject: Token | None, rules: DutyRules) -> list[Role]:
    """"a person who captures a biometric identifier of an individual for ...": a noun for anyone qualified by a
    relative clause whose verb has no doer (``[obligations.doer]``) names the role in the text's words, up to what
    the verb acts on ("person who captures a biometric identifier")."""
    if subject is None or subject.lemma_.lower() not in rules.doers or rules.bearer.match(subject.text) \
            or any(c.dep_ in ("amod", "compound") for c in subject.children):
        return []  # ("An enterprise that collects ...": the law's own word, an enterprise)
    clause = next((c for c in subject.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None) \
        if clause is not None else None
    thing = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None) \
        if pronoun is not None and clause is not None else None
    if clause is None or pronoun is None or thing is None or clause.lemma_.lower() in rules.doer \
            or any(c.dep_ == "neg" for c in clause.children):
        return []
    words = [t.text if t.text[:2].isupper() else t.lower_ for t in subject.doc[thing.left_edge.i:thing.i + 1]]
    return [_named_role(" ".join([subject.lemma_.lower(), pronoun.lower_, clause.lower_, *words]))]


def _responsible_for(subject: Token | None, rules: DutyRules) -> list[Role]:
    """"Anyone responsible for propaganda", "Any person responsible for a platform": the person responsible for it."""
    if subject is None or subject.lemma_.lower() not in rules.doers | _ANYONE:
        return []
    for adjective in (c for c in subject.children if c.dep_ == "amod" and c.lower_ == "responsible"):
        for prep in (c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "for"):
            thing = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if thing is not None:  # "a person responsible for a high-impact system": for such systems, as roles
                # are named ("providers of general-purpose AI models")
                words = [t.text for t in thing.lefts if t.dep_ in ("amod", "compound", "nmod")]
                named = _plural(thing.text) if _one_of_a_kind(thing) else thing.text
                return [_named_role(" ".join(["person responsible for", *words, named]))]
    return []


def _in_the_laws_terms(role: Role, terms: dict[str, str]) -> Role:
    """"Operators of generative AI" after the law spoke of "AI business operators": "AI business operator of
    generative AI"."""
    head, _, rest = role.label.partition(" ")
    term = terms.get(head.lower())
    if term is None or term.lower() == head.lower() or rest and not term.lower().endswith(head.lower()):
        return role  # "Agents of high-risk AI systems" after the law's "agents of artificial intelligence": as said
    said = {_singular(w) for w in rest.lower().split()}  # "Manufacturers of capture devices" after "capture
    if {_singular(w) for w in term.lower().split()[:-1]} <= said:  # device manufacturers": said already
        return role
    return _named_role(f"{term} {rest}".strip(), role.systemic)


_OFFERING_VERBS = frozenset({"offer", "provide", "develop", "deploy", "operate", "supply", "distribute"})


_POINTING_BACK = frozenset({"such", "these", "those", "this", "that"})


def _role_with_complement(subject: Token | None, role: Role) -> list[Role]:
    """"Providers of generation and synthesis services": a role no rule names more precisely than its head word
    ("provider") is named with what its "of" says, as the law does."""
    if subject is None or subject.lemma_.lower() != role.label.lower():
        return []
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    offering = next((c for c in subject.rights if c.dep_ == "relcl" and c.lemma_ in _OFFERING_VERBS), None)
    if noun is None and offering is not None:  # "Operators that offer high-impact AI": operators of it
        noun = next((c for c in offering.children if c.dep_ == "dobj"  # a kind, not "a product or service"
                     and not any(d.dep_ == "det" for d in c.children)), None)
    if noun is None or any(c.lower_ in _POINTING_BACK for c in noun.children):
        return []  # "the deployer of such a system", "providers of these models": a deployer, a provider
    end = next((c.left_edge.i for c in noun.rights if c.dep_ in ("relcl", "acl", "appos", "prep", "punct")
                or c.lower_ in ("such", "including", "like")), len(noun.doc))  # "systems that generate": "systems"
    words = [t for t in noun.subtree if t.i < end and not _inside_clause(t, noun) and t.dep_ != "punct"]
    as_phrase = next((c for c in subject.rights if c.lower_ == "as" and words and c.i == words[-1].i + 1), None)
    words += list(as_phrase.subtree) if as_phrase is not None else []  # "providers of infrastructure as a service"
    if not words or len(words) > 6:
        return []
    # "a supplier of a mental health chatbot": the role of suppliers of mental health chatbots, as roles are named
    singular = _one_of_a_kind(noun)
    named = " ".join(_plural(t.text) if singular and t.i == noun.i else t.text for t in words
                     if not (t.dep_ == "det" and t.head.i == noun.i and not noun._.is_name))  # "director of the Office
    # of Management and Budget" keeps the article of a proper name
    return [_named_role(f"{role.label} of {named}", role.systemic)] if named else []


def _one_of_a_kind(noun: Token) -> bool:
    """"a mental health chatbot", "any high-impact system": one of a kind, which a role names in the plural."""
    return noun.tag_ == "NN" and any(t.dep_ == "det" and t.lower_ in ("a", "an", "any", "each", "every")
                                     for t in noun.children)


def _plural(noun: str) -> str:
    """"chatbot" -> "chatbots", "service" -> "services", "agency" -> "agencies", "business" -> "businesses"."""
    if re.search(r"(?:s|sh|ch|x|z)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def _by_its_full_term(role: Role, terms: dict[str, str]) -> Role:
    """"A business operator must ..." after the Act's "personal information handling business operator": the law's
    term whose last words the role's are."""
    if " " not in role.label:
        return role
    longer = {t for t in terms.values() if t.lower().endswith(f" {role.label.lower()}")}
    return _named_role(longer.pop(), role.systemic) if len(longer) == 1 else role


def _named_role(label: str, systemic: bool = False) -> Role:
    """A role the text names in its own words (no rule of ``[obligations]`` names it)."""
    return Role(re.compile(re.escape(label), re.IGNORECASE), label, systemic)


def _verb_phrase(verb: Token) -> str:
    """A duty's label: its verb and the key words of what it acts on, as a reader would name the duty ("report
    critical safety incident" from "must report any critical safety incident to the office within 15 days of
    discovering it"): what it acts on is its object (the subject of a passive verb: "notify candidates"), else
    the complement a preposition gives ("comply with ..."), and whom a verb gives it to ("give employees notice
    of their rights"); where and when are left out, and so are determiners and adverbial clauses. "may not use
    X unless Y" keeps what Y requires."""
    series = _infinitives_in_series(verb)  # (the next orders of a series, hung on this one: duties of their own)
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in (*_OBJECTS, "dative") and c not in series]
    # "give employees notice of their rights": to whom, when the verb takes it as its own object, is part of what
    # the duty is
    tokens = _verb_words(verb)
    tokens += [c for c in verb.children if c.dep_ == "advmod" and c.lower_.endswith("ly") and c.i > verb.i
               and c.lower_ not in _EMPTY_WORDS]  # "review each deployment annually"
    if _passive_form(verb):  # "Candidates have to be notified": notify candidates
        subject = _subject_token(verb)
        tokens += _key_tokens(subject) if subject is not None else []
    objects += [c for c in verb.children if c.i > verb.i and c.dep_ == "prep" and not _circumstance(c)
                and not _outside_phrase(c, verb)]
    if not objects and not _passive_form(verb):  # "report when a foreign person uses their services to train
        objects = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i  # a model": what is reported
                   and any(m.lower_ in ("when", "whenever") and m.dep_ in ("advmod", "mark") for m in c.children)]
    if not objects and not _passive_form(verb):
        return ""
    placed: dict[int, float] = {}  # token -> where it stands in the label, when it stands for a pronoun
    for top in sorted(objects, key=lambda t: t.i):
        tokens += _key_tokens(top, placed)
    condition = _condition(verb)
    if condition is not None:  # "may not use the tool unless it has been the subject of a bias audit"
        required = [c for c in condition.children if c.dep_ in ("attr", "dobj", "acomp", "oprd")]
        if required:
            tokens += [next(m for m in condition.children if m.lower_ == "unless")]
            tokens += [t for top in required for t in _key_tokens(top)]
    tokens += _purpose(verb, objects)
    passive = _passive_form(verb)
    head = _verb_words(verb)
    tokens = head + sorted((t for t in dict.fromkeys(tokens) if t not in head), key=lambda t: placed.get(t.i, t.i))
    words = [t.lemma_ if (passive or t.tag_ in ("VBG", "VBZ")) and t.i == verb.i  # "be notified", "from selling",
             # "the provider affixes": the verb
             else t.text if t.i > 0 or t.pos_ == "PROPN" else t.lower_ for t in tokens]
    negation = "not " if _denied(verb) else ""
    return _trim(negation + " ".join(words)) if len(tokens) > 1 or negation else ""


def _condition(verb: Token) -> Token | None:
    """"may not use the tool unless it has been audited": the clause a duty's verb depends on."""
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)), None)


def _purpose(verb: Token, objects: list[Token]) -> list[Token]:
    """"design the system so that it can be overseen by humans", "design the system to record events": what a
    duty is for, when it says what the duty is: a "so that" clause always, an infinitive when the verb acts on a
    thing named before ("the system"), which alone would make two such duties one."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        infinitive = not marks and any(m.dep_ == "aux" and m.tag_ == "TO" for m in clause.children)
        definite = any(d.dep_ == "poss" or d.lower_ in ("the", "this", "that", "these", "those") for o in objects
                       for d in o.children)
        if "so" in marks or infinitive and definite:
            return [t for t in clause.subtree if t.dep_ != "punct"  # "so that no conflict arises": its "no" too
                    and (t.dep_ != "det" or t.lower_ in _NEGATIVE_DETERMINERS) and not _outside_phrase(t, clause)]
    return []


def _verb_words(verb: Token) -> list[Token]:
    """"notify", "draw up": the verb (its lemma when passive: "be notified" -> "notify") and its particle."""
    return [verb, *(c for c in verb.children if c.dep_ == "prt")]


# Prepositions that say when, where or how long, not what a duty is about
_CIRCUMSTANCE = frozenset({"within", "before", "after", "until", "during", "by", "at", "every", "since", "upon",
                           "via", "under"})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "period", "delay"})
_MOMENTS = frozenset({"end", "date", "time", "deadline", "then", "now", "start", "beginning", "close"})


# Nouns of leave given for an act: consent "before processing sensitive data" is consent to that act
_PERMISSIONS = frozenset({"consent", "approval", "permission", "authorization", "authorisation", "clearance"})


def _before_an_act(prep: Token) -> bool:
    """"obtain consent before processing sensitive data": the act leave is given for is what the duty is about
    (a gerund after "before"; "register the system before placing it on the market" says when)."""
    return prep.lower_ == "before" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMISSIONS for c in prep.head.children)


# Verbs of answering someone: how long one has to answer is what the duty is ("respond to requests within 45 days")
_ANSWERING = frozenset({"respond", "answer", "reply"})


def _time_to_answer(prep: Token) -> bool:
    """"respond to any request within 45 days": the time an answer is owed in (the parser may hang it on what is
    answered)."""
    verb = prep.head.head.head if prep.head.dep_ == "pobj" else prep.head
    return prep.lower_ == "within" and verb.lemma_.lower() in _ANSWERING \
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _DURATIONS for o in prep.children)


def _circumstance(prep: Token) -> bool:
    """A preposition on a duty's verb that says when, where or how long ("within 15 days", "by 1 May 2025"),
    not what the duty is: "by" says so only before a time ("classify each system by risk level" is how); leave
    "before" an act ("obtain consent before processing sensitive data") is leave for that act."""
    if _before_an_act(prep) or _time_to_answer(prep):
        return False
    if prep.lower_ != "by":
        return prep.lower_ in _CIRCUMSTANCE
    return not any(o.dep_ == "pobj" and not o._.is_date and not o.like_num and o.lemma_.lower() not in _MOMENTS
                   and o.lemma_.lower() not in _DURATIONS and not any(c.like_num for c in o.children)
                   for o in prep.children)


# Words that carry nothing of a duty's content
_EMPTY_WORDS = frozenset({"also", "additionally", "only", "likely", "early", "accordingly", "similarly", "further",
                          "moreover", "then", "still", "any", "each", "every", "all", "such", "their", "its", "his",
                          "her", "them", "it", "they", "this", "that", "these", "those"})
# Words for how many of a thing ("classify each of their systems": the systems)
_QUANTIFIERS = frozenset({"each", "all", "any", "both", "some", "every"})


def _key_tokens(top: Token, placed: dict[int, float] | None = None) -> list[Token]:
    """The words of the phrase under ``top`` that say what it is: no determiners, punctuation or clauses, no
    "such as ..." examples, no prepositional phrase of time or place on a verb or adjective."""
    kept = []
    another = {t.i for c in top.subtree if c is not top and (_duty_of_its_own(c) or _said_of_a_name(c))
               for t in c.subtree}
    for token in top.subtree:
        if token.i in another:
            continue  # "make sure that it meets the requirements and must inform the authority": two duties
        antecedent = _antecedent(token)
        if antecedent is not None and not _outside_phrase(token, top):
            words = [t for t in antecedent.subtree if t.i <= antecedent.i and t.dep_ not in ("det", "punct")
                     and t.lower_ not in _EMPTY_WORDS and t.tag_ != "WP$"]  # ("whose system": the system)
            if placed is not None:  # the noun's words stand where the pronoun stood
                placed.update({t.i: token.i + n / 100 for n, t in enumerate(words)})
            kept += words
            continue
        if token.dep_ == "prep" and all(
                c.lower_ in _EMPTY_WORDS and _antecedent(c) is None for c in token.children if c.dep_ == "pobj") \
                and any(c.dep_ == "pobj" for c in token.children):
            continue  # "informed of this": a preposition whose object says nothing
        relative = token.head.dep_ == "relcl" and (token.tag_ in ("WDT", "WP")  # "a service that covers ...",
                                                   or token.dep_ == "nsubj" and token.pos_ == "PRON")  # "logs it keeps"
        relative = relative or token.head.dep_ == "ccomp" and token.dep_ in ("mark", "nsubj", "nsubjpass") \
            and token.i < token.head.i  # "check that it bears the CE marking"
        if token.dep_ in ("det", "punct", "predet", "case") and token.lower_ not in _NEGATIVE_DETERMINERS \
                or token.lower_ in _EMPTY_WORDS and not relative \
                or _outside_phrase(token, top):
            continue
        if token.lower_ == "of" and token.head.lower_ in _QUANTIFIERS:
            continue  # "classify each of their systems": classify systems
        kept.append(token)
    return kept


# "so that no conflict of interest arises": a determiner that turns what the duty says around
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _duty_of_its_own(token: Token) -> bool:
    """A verb conjoined with its own modal ("... and must inform the authority"): another duty, not more words
    of this one."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.lower_ in ("must", "shall", "should") for c in token.children)


def _said_of_a_name(clause: Token) -> bool:
    """"notify the SFC, which treats the step as a significant change": a relative clause on a name tells of the
    name, not of the duty."""
    return clause.dep_ == "relcl" and clause.head._.is_name and clause.head.pos_ == "PROPN"


def _antecedent(pronoun: Token) -> Token | None:
    """"keep track of serious incidents and report them", "may not prevent employees ... and may not retaliate
    against them": the noun a pronoun stands for when its verb is conjoined to one that named it (that verb's
    object if the number agrees, else its nearest noun that does), or, for the object of a verb of its own,
    the noun the subject's own clause names ("Users who publish content must declare it")."""
    if pronoun.lower_ not in ("it", "them") or pronoun.dep_ not in ("dobj", "pobj"):
        return None
    verb = pronoun.head
    while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:
        verb = verb.head
    plural = pronoun.lower_ == "them"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        first = verb.head
        named = [t for c in first.children if c.i > first.i and c.dep_ in (*_OBJECTS, "dative", "prep")
                 for t in c.subtree]
    else:  # "Users who publish AI-generated content must declare it": what the bearer's own clause names
        subject = _subject_token(verb) if pronoun.dep_ == "dobj" and pronoun.head.i == verb.i else None
        named = [t for t in subject.subtree if t.i != subject.i] if subject is not None else []
    nouns = [t for t in named if t.pos_ in ("NOUN", "PROPN") and t.i < verb.i and t.dep_ != "compound"
             and (t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts)) == plural]
    direct = [t for t in nouns if t.dep_ == "dobj"]
    if not direct and nouns:  # "Providers of AI systems that interact with people shall design them": the systems,
        outer = [t for t in nouns if not _in_relative_clause(t)]  # not the people their clause speaks of
        nouns = outer or nouns
    if not nouns and pronoun.dep_ == "dobj":  # "Parents may ask an operator to delete the account; the operator
        direct = [t for t in pronoun.sent if t.i < verb.i and t.dep_ == "dobj" and t.pos_ == "NOUN"  # then has
                  and (t.tag_ == "NNS") == plural][-1:]  # to delete it": what the sentence acted on before
    return direct[0] if direct else (nouns[-1] if nouns else None)


def _in_relative_clause(token: Token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _outside_phrase(token: Token, top: Token) -> bool:
    """Within a relative or adverbial clause, an apposition, an example ("such as"), or a circumstance ("within
    15 days", "on the website") under ``top``: not part of what the duty is about."""
    while token.i != top.i:
        if token.head.i == token.i:
            return False
        if token.dep_ in ("advcl", "parataxis") \
                or token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "(":
            return True  # "when a decision is adverse", "(Cal OES)"
        if token.dep_ == "prep" and any(c.dep_ == "pobj" and c.lemma_.lower() in _DURATIONS for c in token.children) \
                and not _time_to_answer(token):
            return True  # "for at least two years": how long, not what
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return True  # "... and distributors must check ...": another clause
        if _order_hung_on_gerund(token):
            return True  # "for complying with the law and publish a summary": the next order
        if token.dep_ == "prep" and token.lower_ in ("including", "excluding"):
            return True  # "training activities, including who owns the weights": an example of what, not what
        if token.dep_ == "prep" and (token.lower_ == "as" and token.i > 0 and token.doc[token.i - 1].lower_ == "such"
                                     or _circumstance(token) and (token.head.pos_ in ("VERB", "AUX", "ADJ")
                                                                  or token.lower_ in ("within", "before", "after",
                                                                                      "until", "during"))):
            return True
        token = token.head
    return False


def _inside_clause(token: Token, top: Token) -> bool:
    """Within an adverbial clause or an apposition under ``top``: not part of a role's name."""
    while token.i != top.i:
        if token.dep_ in ("advcl", "appos") or token.head.i == token.i:
            return token.dep_ in ("advcl", "appos")
        token = token.head
    return False


def _trim(label: str) -> str:
    words = re.sub(r"\s+([,.;:)])", r"\1", label).strip(" ,;:.").split()
    words = words[:_MAX_LABEL_WORDS]
    while words and words[-1].lower() in ("and", "or", "the", "a", "an", "of", "to", "for", "with", "in", "on"):
        words.pop()
    label = " ".join(words)
    return label[:1].lower() + label[1:] if label[:2].isupper() is False else label


def _own_date(unit: Unit, rules: DutyRules, last_date: str | None = None) -> str | None:
    """"Since 2 February 2025, providers have been required to ...", "From 1 May 2026 operators must ...", "had
    to designate an officer by 27 May 2024": the date a duty sentence gives after one of the words of ``since``
    or ``deadline`` is the date that duty applies from; "By the same date": the date named last before."""
    assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
    for token in unit.doc:
        before = unit.doc[max(token.i - 2, 0):token.i].text.lower()
        date = release_date(token.text) if token._.is_date else None
        if date and len(date) == 10 and any(before == cue or before.endswith(" " + cue)
                                            for cue in rules.since | rules.deadline) \
                and not _of_another_named(token):  # (not "under the Provisions ..., which have applied since ...")
            return date  # a day: fm:appliesFrom is an xsd:date
    same = _SAME_DAY.search(unit.text)
    if same and last_date and same.group(1).lower() in rules.since | rules.deadline:
        return last_date
    return None


def _item_date(block: Block, rules: DutyRules) -> str | None:
    """"- keep a register of incidents (from 22 September 2022);", "- honour opt-out signals, from 1 January
    2025.": the date an item's own parenthesis or closing phrase gives its duty; "- by 1 December 2024, conduct a
    data inventory", "- conduct an impact assessment ..., by 31 December 2026 for ...": the deadline it sets."""
    match = _item_date_cue(rules.since).search(block.line.text)
    date = release_date(match.group("date") or match.group("closing")) if match else None
    if date is None:
        deadline = _item_deadline(block.line.text)
        date = release_date(deadline.group("date")) if deadline else None
    return date if date is not None and len(date) == 10 else None


def _item_deadline(text: str) -> re.Match | None:
    """The deadline an item opens with, or sets after a comma ("..., by 31 December 2026 for systems ...")."""
    text = re.sub(r"^[-•*]\s+", "", text)
    return _LEADING_DEADLINE.match(text) or _INNER_DEADLINE.search(text)


# "by 1 December 2025, and regularly thereafter, inventory its systems": the date, how often, then the order
_DEADLINE_CUE = r"(?i:by|before|no\s+later\s+than|not\s+later\s+than)"
_DEADLINE_DATE = r"(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},\s+)?(?:19|20)\d{2})"
_LEADING_DEADLINE = re.compile(rf"^{_DEADLINE_CUE}\s+{_DEADLINE_DATE}(?P<again>,?\s+and\s+(?:(?:every|each)\s+"
                               r"(?:year|month)|regularly|annually|yearly|periodically)(?:\s+(?:after\s+that|"
                               r"thereafter))?)?\s*,\s+(?P<rest>[a-z].*)$")
_INNER_DEADLINE = re.compile(rf",\s+{_DEADLINE_CUE}\s+{_DEADLINE_DATE}\b")


@lru_cache(maxsize=8)
def _item_date_cue(since: frozenset[str]) -> re.Pattern:
    """"(from DATE)" or ", from DATE" closing an item, for each word of ``since``: built once, not for every
    item."""
    cues = "|".join(re.escape(cue) for cue in sorted(since, key=len, reverse=True))
    return re.compile(rf"(?:\((?:{cues})\s+(?P<date>[^()]{{4,30}})\)|,\s*(?:{cues})\s+(?P<closing>[^(),;]{{4,30}}?))"
                      r"\s*[;.,]?\s*$", re.IGNORECASE)


def _fronted_date(unit: Unit, rules: DutyRules) -> bool:
    """"From 1 December 2024, an agency may not ...": a sentence that opens with the date its duties apply from."""
    return any(re.match(rf"(?i){re.escape(cue)}\s+\d", unit.text) for cue in rules.since)


_SAME_DAY = re.compile(r"\b(\w+)\s+(?:that|the\s+same)\s+(?:day|date)\b", re.IGNORECASE)


_ADDING_VERBS = frozenset({"add", "introduce", "insert", "create", "impose"})


def _added_duty_date(unit: Unit) -> str | None:
    """"An amendment that took effect on 1 January 2022 added a reporting duty": the day the sentence gives, when
    it says a duty was added (the duty it then states applies from that day)."""
    root = next((t for t in unit.doc or () if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _ADDING_VERBS \
            or not any(c.dep_ == "dobj" and _DUTY_NOUNS.fullmatch(c.lower_) for c in root.children):
        return None
    return next(iter(_full_dates(unit.doc or ())), None)


def _applies(unit: Unit, rules: DutyRules, sink: DutySink, last_date: str | None, title: str = "") -> None:
    """"These obligations apply from 2 August 2025"; "The Interim Measures took effect on 15 August 2023": the
    date the duties (or, when the sentence is about the regulation itself, the regulation) apply from; "took
    effect that day": the date named last before (``last_date``); "Article 50 applies from ..." on a page whose
    ``title`` names Article 50: the date of every duty of the page."""
    assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
    # (not "... under the Provisions on ..., which have applied since 1 March 2022": another instrument's date)
    cue = next((t.i for t in unit.doc if _applies_cue(t, rules) and not _of_another_named(t)
                and not _timed_against(t)), None)
    if cue is None:
        _another_applies(unit, rules, sink)
        return
    after = _full_dates(unit.doc[cue:]) or _month_after(unit.doc[cue])
    dates = _full_dates(unit.doc) or after
    if _denied_cue(unit.doc[cue]):  # "approved by the Senate on 10 December 2024 ...; none of its rules is in
        return  # force": no date it applies from
    if _THAT_DAY.search(unit.doc[cue + 1:cue + 5].text):  # "took effect that day": the date named just before
        before = _full_dates(unit.doc[:cue])
        dates, after = (before[-1:] or ([last_date] if last_date else [])), []
    if dates:
        if re.search(r"\b(?:postpon|delay|defer|push|mov)\w*\b", unit.text):  # "... postponed them to 30 June 2026"
            dates.reverse()
        elif after:  # "passed on 26 December 2024 ..., and it takes effect on 22 January 2026": the date the cue has
            dates = after
        subject = _BEFORE_APPLIES.split(unit.text, maxsplit=1)[0]
        if unit.doc[cue].lower_ == "due" and not _DUTY_NOUNS.search(unit.doc[:cue].text):
            return  # "The first report is due on 1 March 2026": one report's date, not the duties'
        named = _NAMED_DUTY.search(subject)  # "The reporting duty applies from ...": that one duty
        borne = _DUTIES_OF.search(subject)  # "The obligations for developers apply from ...": theirs (not "for
        borne = borne if borne and rules.bearer.match(borne.group("who").split()[-1]) else None  # high-risk systems")
        sink.applies_from(dates[0], unit.section, unit.evidence, rule="duty-applies-from",
                          about_duties=bool(_DUTY_NOUNS.search(subject) or _LAWS_PARTS.search(subject)),
                          every_section=bool(_ALL_DUTIES.search(subject)), named=named.group(1) if named else "",
                          bearer=_singular_phrase(borne.group("who").lower()) if borne else "",
                          whole_page=_the_pages_part(subject, title))
    _second_clause_applies(unit, cue, rules, sink)
    _applies_after_entering_into_force(unit, cue, sink)


def _another_applies(unit: Unit, rules: DutyRules, sink: DutySink) -> None:
    """"Biometric data is also sensitive data under the Texas Data Privacy and Security Act, which took effect on 1
    July 2024": the date of the instrument the relative clause is on, not of the page's law or its duties."""
    assert unit.doc is not None
    for token in unit.doc:
        named = _another_named(token) if _applies_cue(token, rules) else None
        if named is None or _timed_against(token) or _denied_cue(token):
            continue
        dates = _full_dates(unit.doc[token.i:]) or _month_after(token)
        if dates:
            sink.applies_from(dates[0], unit.section, unit.evidence, rule="duty-applies-from", about_duties=False,
                              instrument=named.text)
        return


def _the_pages_part(subject: str, title: str) -> bool:
    """"Article 50 applies from ...", "Both articles take effect on ..." on a page titled "... under Article 50 of
    ..." or "... Articles 26 and 27 ...": the part of the law the page is about, whose date is its duties' date."""
    part = _LAWS_PARTS.search(subject)
    if part is None or not re.search(r"\b(?:Article|Chapter|Section)s?\s+[\dIVXL]", title):
        return False
    numbers = set(re.findall(r"\b\d+\b", subject))
    return numbers <= set(re.findall(r"\b\d+\b", title))


def _second_clause_applies(unit: Unit, cue: int, rules: DutyRules, sink: DutySink) -> None:
    """"The Act entered into force on 1 August 2024, and the chapter on general-purpose AI models has applied since
    2 August 2025": a second clause whose subject is the duties (a chapter, its rules) dates them."""
    assert unit.doc is not None
    joint = next((t for t in unit.doc[cue + 1:] if t.text == ";" or t.lower_ == "and" and t.nbor(-1).text == ","),
                 None)
    later = next((t for t in unit.doc[joint.i + 1:] if _applies_cue(t, rules)), None) if joint is not None else None
    if joint is None or later is None or not _DUTIES_PART.search(unit.doc[joint.i + 1:later.i].text):
        return
    dates = _full_dates(unit.doc[later.i:]) or _month_after(later)
    if dates:
        sink.applies_from(dates[0], unit.section, unit.evidence, rule="duty-applies-from", about_duties=True)


_IN_FORCE = frozenset({"force", "effect"})  # "entered into force", "took effect": the day a law is in force


def _applies_after_entering_into_force(unit: Unit, cue: int, sink: DutySink) -> None:
    """"It ... entered into force on 11 January 2024 and has applied since 12 September 2025": a law in force
    from the first day whose rules apply from the second; the second is the date of its duties (the first, read
    above, the law's own)."""
    assert unit.doc is not None
    if unit.doc[cue].lower_ not in _IN_FORCE:
        return
    later = next((t for t in unit.doc[cue + 1:] if t.lemma_.lower() == "apply" and t.pos_ in ("VERB", "AUX")
                  and t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    if later is None:
        return
    dates = _full_dates(unit.doc[later.i:])
    if dates and dates[0] not in _full_dates(unit.doc[:later.i]):  # (its own subject would be another thing's)
        sink.applies_from(dates[0], unit.section, unit.evidence, rule="duty-applies-from", about_duties=True)


def _timed_against(cue: Token) -> bool:
    """"On 18 July 2025, a fortnight before the rules began to apply, ...": a cue in a clause that only times the
    sentence's event against it (the date is the event's, not the day the rules apply); not "... two days after it
    was signed and entered into force on 10 October 2025"."""
    start = max((t.i for t in cue.doc[:cue.i] if t.lower_ in (",", ";", ":", "and", "but")), default=-1) + 1
    return any(t.lower_ in ("before", "after", "until") for t in cue.doc[start:cue.i])


def _applies_cue(token: Token, rules: DutyRules) -> bool:
    """"apply", "took effect", "came into operation" (a cue of two words: not "10^26 operations"); not an adjective
    before its noun."""
    if token.dep_ == "amod":  # "effective, proportionate and dissuasive penalties": a quality, no date's cue
        return False
    before = f"{token.nbor(-1).lower_} {token.lower_}" if token.i > 0 else ""
    return token.lemma_.lower() in rules.applies or token.lower_ in rules.applies or before in rules.applies


def _of_another_named(cue: Token) -> bool:
    """The cue's clause is a relative clause on a name the sentence takes as an object ("... file their algorithms
    under the Provisions ..., which have applied since ..."), not on its subject ("The AI Act, which entered into
    force on ...")."""
    return _another_named(cue) is not None


def _another_named(cue: Token) -> Token | None:
    """The name whose relative clause holds the cue (see ``_of_another_named``), else None."""
    verb = next((t for t in (cue, *cue.ancestors) if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    while verb is not None and verb.dep_ == "conj":  # "..., which took effect on ... and is enforced by ...": the
        verb = verb.head  # relative clause's first verb
    named = verb.head if verb is not None and verb.dep_ == "relcl" else None
    # (not "... sit in Article 10, which applied from ..."; but "... published a national standard based on it, GB/T
    # 45654-2025, which took effect on ...": the standard's date)
    if named is not None and named._.is_name and (named.dep_ in ("pobj", "dobj") or named.dep_ == "appos"
                                                  and named.head.dep_ in ("pobj", "dobj")) \
            and not _PART_OF_THE_LAW.match(named.text):
        return named
    return None


_PART_OF_THE_LAW = re.compile(r"(?:Annex|Article|Chapter|Section|Title|Schedule|Part|Appendix)s?\s")


def _denied_cue(cue: Token) -> bool:
    """"is not in force", "none of its rules is in force", "has never taken effect": the cue's clause denies it (not
    "was not due until 15 May 2025", which says when it applies)."""
    if any(t.lower_ == "until" for t in cue.doc[cue.i + 1:cue.i + 3]):
        return False
    for token in (cue, *cue.ancestors):
        if any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("none", "nothing", "neither")
               or c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":  # the clause's verb: no further
            return False
    return False


def _month_after(cue: Token) -> list[str]:
    """The month a cue names right after it ("took effect in September 2016", "have been enforceable since
    September 2017"); a month further off is more often another event's ("In April 2023 ... applies to them")."""
    doc = cue.doc
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].lower_ not in ("in", "from", "since") or not doc[cue.i + 2]._.is_date:
        return _month_since_before(cue)
    month = release_date(doc[cue.i + 2].text)
    return [month] if month and len(month) == 7 else []


def _month_since_before(cue: Token) -> list[str]:
    """"since February 2024 it has been mandatory": the month "since" opens in the cue's own clause, before it."""
    doc = cue.doc
    start = max((t.i for t in doc[:cue.i] if t.text in (",", ";", ":")), default=-1) + 1
    months = [month for t in doc[start:cue.i] if t._.is_date and t.i > 0 and doc[t.i - 1].lower_ == "since"
              and (month := release_date(t.text)) and len(month) == 7]
    return months[:1]


def _full_dates(tokens: Iterable[Token]) -> list[str]:
    """The dates to the day the tokens name, in order ("4 June 2025"; "June 2025" only right after a cue, read by
    _month_after: a month further off is more often another event's)."""
    return [d for t in tokens if t._.is_date and (d := release_date(t.text)) and len(d) == 10]


# "These obligations apply ...", "The reporting duty applies ...", "... took effect": the words before are the subject
_BEFORE_APPLIES = re.compile(r"\s(?:appl(?:y|ies|ied)|take|takes|took|taken|enters?|entered)\b")
_NAMED_DUTY = re.compile(r"^(?:the|its)\s+([a-z-]+)\s+(?:obligation|duty|requirement)$", re.IGNORECASE)
_DUTIES_OF = re.compile(r"^(?:the|their)\s+(?:obligations|duties|requirements)\s+(?:of|for|on)\s+(?:the\s+)?"
                        r"(?P<who>(?:[a-z-]+\s+){0,3}[a-z]+(?:ers|ors|ants|ents|ies|ists|s))$", re.IGNORECASE)
_THAT_DAY = re.compile(r"(?:on\s+)?(?:that|the\s+same)\s+(?:day|date)\b", re.IGNORECASE)
_DUTY_NOUNS = re.compile(r"\b(?:obligations?|duties|duty|requirements?|responsibilit(?:y|ies)|rules)\b", re.IGNORECASE)
# ... and a clause's subject that is a part of the law holding duties ("the chapter on general-purpose AI models",
# "these articles")
_DUTIES_PART = re.compile(rf"{_DUTY_NOUNS.pattern}|\b(?:chapters?|provisions|articles|sections)\b", re.IGNORECASE)
# "Articles 16 to 22 apply from ...", "Both articles take effect on ...", "The five articles apply from ...": the parts
# of the law that hold its duties (not "The Provisions took effect": the name of a law, as China names its own)
# (not "Under Article 113, the Act entered into force ...": the subject opens with the part)
# (nor "The article took effect ...", where the law is an article of a code: the article by its number only)
_LAWS_PARTS = re.compile(r"^\W*(?:(?:both|all|these|those|the|its|their)\s+)?"
                         rf"(?:(?:{'|'.join(NUMBER_WORDS)})\s+)?(?:chapters|articles|sections)\b|"
                         r"^\W*(?:chapter|article|section)\s+[\dIVXL]", re.IGNORECASE)
# "All of these duties apply from ...": those of every section before
_ALL_DUTIES = re.compile(r"\ball\s+(?:of\s+)?(?:these|the|its|their|those|such)\s+"
                         r"(?:obligations|duties|requirements)\b", re.IGNORECASE)
