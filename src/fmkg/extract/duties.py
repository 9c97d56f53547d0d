"""Obligations a regulation imposes, read from the analysed sentences that state them.

A duty is a verb under "must" / "shall", or the complement of "are required to" / "have to", whose subject
names who bears it ("Providers of general-purpose AI models must draw up technical documentation").
A sentence that states a duty without its object and ends with ':' introduces a list: each bulleted item is
one duty of the same bearer. The cues and the roles are data (``[obligations]`` in sentence-rules.toml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Token

from fmkg.extract.document import Block, Span
from fmkg.extract.engine import Unit
from fmkg.extract.values import release_date

__all__ = ["DutyRules", "Role", "duties"]

_MAX_LABEL_WORDS = 10


@dataclass(frozen=True)
class Role:
    subject: re.Pattern
    label: str
    systemic: bool = False


@dataclass(frozen=True)
class DutyRules:
    modal: frozenset[str]
    required: frozenset[str]
    have_to: frozenset[str]
    roles: tuple[Role, ...]
    applies: frozenset[str]
    bearer: re.Pattern = re.compile(r"(?!)")  # head nouns of a subject that bears a duty as itself

    def role(self, subject: str) -> Role | None:
        return next((role for role in self.roles if role.subject.search(subject)), None)

    def roles_of(self, subject: str) -> list[Role]:
        """"Developers and deployers of high-risk AI systems": each coordinated bearer, the shared "of ..."
        given to both."""
        parts = re.split(r"\s+(?:and|or)\s+|,\s*", subject.strip())
        tail = next((m.group() for m in [re.search(r"\s(?:of|with)\s.*$", parts[-1])] if m), "")
        roles = []
        for part in parts:
            role = self.role(part if re.search(r"\s(?:of|with)\s", part) else part + tail)
            if role is not None and role not in roles:
                roles.append(role)
        return roles if len(roles) > 1 else [r for r in [self.role(subject)] if r is not None]


class DutySink(Protocol):
    def obligation(self, label: str, role: Role, evidence: Span, *, rule: str) -> str | None: ...
    def applies_from(self, date: str, section: str, evidence: Span, *, rule: str, about_duties: bool,
                     every_section: bool = False) -> None: ...


def duties(units: list[Unit], blocks: list[Block], rules: DutyRules, sink: DutySink) -> None:
    """Record every duty the units state, the duties of lists they introduce, and the dates they apply from."""
    introduced: dict[int, Role] = {}  # start offset of an introducing sentence -> the bearer of its list
    last_role: Role | None = None
    terms: dict[str, str] = {}  # a role's head word -> the law's own term for it ("operator": "AI business operator")
    for unit in units:
        mentioned = rules.role(unit.text)  # "requirements fall on providers of high-risk AI systems"
        if mentioned is not None and mentioned.label != "provider":
            last_role = mentioned if last_role is None or last_role.label == "provider" or not _is_duty(unit, rules) \
                else last_role
        if _introduces_list(unit.text):  # "Providers of general-purpose AI models are required to:"
            assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
            root = next((t for t in unit.doc if t.dep_ == "ROOT"), None)
            own = next(iter(_own_role(_subject_token(root), rules)), None) if root is not None else None
            role = rules.role(unit.text) or own or last_role
            if role is not None and role.label == "provider" and last_role and last_role.label.startswith("provider"):
                role = last_role
            if role is not None:
                introduced[unit.evidence.start] = role
                last_role = role
                continue
        for verb, subject in _duty_verbs(unit.doc, rules):
            bearers = rules.roles_of(subject) or ([last_role] if last_role and _is_anaphor(subject, rules) else []) \
                or _own_role(_subject_token(verb), rules)
            if not bearers:
                continue
            if len(bearers) == 1 and " " not in bearers[0].label:  # "Providers of online content ... services"
                bearers = [_in_the_laws_terms(r, terms) for r in
                           _role_with_complement(_subject_token(verb), bearers[0]) or bearers]
            terms.update({b.label.split()[-1].lower(): b.label for b in bearers
                          if " " in b.label and " of " not in b.label and " with " not in b.label})
            if bearers[0].label == "provider" and last_role and last_role.label.startswith("provider"):
                bearers = [last_role]  # "Providers must also ...": the providers the section spoke of
            role = last_role = bearers[0]
            labels = _duty_labels(verb)
            for label in labels:
                for bearer in bearers:
                    sink.obligation(label, bearer, unit.evidence, rule="duty-sentence")
            if not labels and unit.text.rstrip().endswith(":"):
                introduced[unit.evidence.start] = role
        _applies(unit, rules, sink)
    by_start = {unit.evidence.start: unit for unit in units}
    for block in blocks:
        if block.intro is not None and block.kind in ("bullet", "item"):
            role = next((r for start, r in introduced.items() if block.intro.start <= start < block.intro.end), None)
            if role:
                for label in _listed_duties(block, by_start.get(block.line.start)):
                    sink.obligation(label, role, block.line, rule="duty-list-item")


_LIST_CUE = re.compile(r"\b(?:must|shall|required to|obliged to|have to|has to|need to|obligations?|duties)\b[^:]*:$",
                       re.IGNORECASE)


def _introduces_list(text: str) -> bool:
    return bool(_LIST_CUE.search(text.rstrip()))


def _is_duty(unit: Unit, rules: DutyRules) -> bool:
    return any(True for _ in _duty_verbs(unit.doc, rules))


def _conjoined_verbs(verb: Token) -> list[Token]:
    """"use the system ..., assign human oversight ..., and keep the logs": each verb is a duty of its own,
    unless it has a subject of its own (another clause: "and deployers ... have to disclose ...")."""
    return [c for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _duty_labels(verb: Token) -> list[str]:
    """The duties a verb and its conjoined verbs state; verbs that share one object ("draw up and keep up to
    date technical documentation") are one duty."""
    verbs = [verb, *_conjoined_verbs(verb)]
    labels: list[str] = []
    pending: list[Token] = []
    for v in verbs:
        if _has_object(v):
            if pending:  # "draw up and keep ... documentation": one duty from the first verb to the object
                start = pending[0]
                labels.append(_trim(" ".join(t.text for t in v.doc[start.i:_phrase_end(v)])))
                pending = []
            else:
                labels.append(_verb_phrase(v))
        else:
            pending.append(v)
    return [label for label in labels if label]


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "oprd", "acomp") for c in verb.children)


def _phrase_end(verb: Token) -> int:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "oprd", "acomp", "prep")
               and c.i > verb.i]
    return max((t.i for c in objects for t in c.subtree if not _inside_clause(t, c)), default=verb.i) + 1


def _listed_duties(block: Block, unit: Unit | None) -> list[str]:
    """The duties of one list item: its verbs' phrases when it parses as verbs, else its first clause."""
    root = next((t for t in unit.doc if t.dep_ == "ROOT"), None) if unit is not None and unit.doc else None
    if root is not None and root.pos_ == "VERB":
        labels = _duty_labels(root)
        if labels:
            return labels
    return [_trim(re.split(r"[;:.(]|,\s|\s[—–-]\s", block.line.text, maxsplit=1)[0])]


def _is_pronoun(subject: str) -> bool:
    """"They", "these providers", "the same companies": the bearer named before."""
    return subject.lower() in ("they", "they also") or bool(re.match(r"(?i)^(?:these|those|such|the same)\s+\w+$",
                                                                      subject.strip()))


def _is_anaphor(subject: str, rules: DutyRules) -> bool:
    """A pronoun, or "the platform" (a bare definite bearer noun no role names): the bearer named before."""
    definite = re.match(r"(?i)^the\s+(\w+)$", subject.strip())
    return _is_pronoun(subject) or bool(definite and rules.bearer.match(definite.group(1)))


def _duty_verbs(doc, rules: DutyRules) -> Iterable[tuple[Token, str]]:
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        children = list(token.children)
        if token.lower_ in rules.modal and token.dep_ == "ROOT":  # "Providers ... must:" introduces a list
            subject = _subject(token)
            if subject is not None:
                yield token, subject
        elif any(c.dep_ == "aux" and c.lower_ in rules.modal for c in children):
            subject = _subject(token)
            if subject is not None:
                yield token, subject
        elif token.lemma_ in rules.required | rules.have_to:
            complement = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            subject = _subject(token)
            if complement is not None and subject is not None:
                yield complement, subject


def _subject(verb: Token) -> str | None:
    subject = _subject_token(verb)
    return " ".join(t.text for t in subject.subtree) if subject is not None else None


def _subject_token(verb: Token) -> Token | None:
    for candidate in (verb, verb.head, verb.head.head):  # "must", "are required to", a conjoined verb
        subject = next((c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if candidate.dep_ not in ("conj", "xcomp", "ROOT") and candidate.pos_ not in ("AUX",):
            break
    return None


_DETERMINERS = frozenset({"any", "every", "each", "all", "a", "an", "the", "such", "those", "these", "same", "other"})


def _own_role(subject: Token | None, rules: DutyRules) -> list[Role]:
    """The role a subject names in the law's own words ("Any AI business operator", "Foreign AI business
    operators that have no address in Korea" -> "foreign AI business operator"): its head noun, singular, with
    the words before it; its relative clause and prepositions are what the law says of it, not its name."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not rules.bearer.match(subject.text):
        return []
    words = [t for t in subject.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in _DETERMINERS]
    words = [t for t in subject.doc[min(w.left_edge.i for w in words):subject.i]] if words else []
    head = subject.lemma_ if subject.tag_ in ("NNS", "NNPS") else subject.text
    label = " ".join([*(t.text for t in words), head])
    label = label[:1].lower() + label[1:] if not label[:2].isupper() else label
    return [Role(re.compile(re.escape(label)), label)]


def _in_the_laws_terms(role: Role, terms: dict[str, str]) -> Role:
    """"Operators of generative AI" after the law spoke of "AI business operators": "AI business operator of
    generative AI"."""
    head, _, rest = role.label.partition(" ")
    term = terms.get(head.lower())
    if term is None or term.lower() == head.lower():
        return role
    return _named_role(f"{term} {rest}".strip(), role.systemic)


def _role_with_complement(subject: Token | None, role: Role) -> list[Role]:
    """"Providers of generation and synthesis services": a role no rule names more precisely than its head word
    ("provider") is named with what its "of" says, as the law does."""
    if subject is None or subject.lemma_.lower() != role.label.lower():
        return []
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return []
    end = next((c.i for c in noun.rights if c.dep_ in ("relcl", "acl", "appos", "prep", "punct")
                or c.lower_ in ("such", "including", "like")), len(noun.doc))
    words = [t for t in noun.subtree if t.i < end and not _inside_clause(t, noun) and t.dep_ != "punct"]
    as_phrase = next((c for c in subject.rights if c.lower_ == "as" and words and c.i == words[-1].i + 1), None)
    words += list(as_phrase.subtree) if as_phrase is not None else []  # "providers of infrastructure as a service"
    if not words or len(words) > 6:
        return []
    return [_named_role(f"{role.label} of {' '.join(t.text for t in words)}", role.systemic)]


def _named_role(label: str, systemic: bool = False) -> Role:
    """A role the text names in its own words (no rule of ``[obligations]`` names it)."""
    return Role(re.compile(re.escape(label), re.IGNORECASE), label, systemic)


def _verb_phrase(verb: Token) -> str:
    """"draw up technical documentation" from "must draw up technical documentation and keep it up to date"."""
    keep = {"dobj", "prt", "attr", "acomp", "dative", "oprd", "advmod", "pobj", "prep", "neg", "xcomp", "ccomp",
            "compound", "amod", "det", "nummod", "poss", "auxpass", "agent", "npadvmod"}
    if not any(c.dep_ in ("dobj", "prt", "attr", "acomp", "prep", "xcomp", "ccomp", "oprd") for c in verb.children):
        return ""
    tokens = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in keep:
            tokens += [t for t in child.subtree if t.dep_ != "punct" and not _inside_clause(t, child)]
    tokens = sorted(set(tokens), key=lambda t: t.i)
    words = [t.text for t in tokens if t.lower_ not in ("also", "additionally", "further", "moreover")]
    return _trim(" ".join(words))


def _inside_clause(token: Token, top: Token) -> bool:
    """Within an adverbial clause or an apposition under ``top``: not part of the duty's words."""
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


def _applies(unit: Unit, rules: DutyRules, sink: DutySink) -> None:
    """"These obligations apply from 2 August 2025"; "The Interim Measures took effect on 15 August 2023": the
    date the duties (or, when the sentence is about the regulation itself, the regulation) apply from."""
    assert unit.doc is not None  # _sentence_rules analyses every unit before duties run
    if not any(t.lemma_.lower() in rules.applies or t.lower_ in rules.applies for t in unit.doc):
        return
    dates = [d for t in unit.doc if t._.is_date and (d := release_date(t.text)) and len(d) == 10]
    cue = next(t.i for t in unit.doc if t.lemma_.lower() in rules.applies or t.lower_ in rules.applies)
    after = [d for t in unit.doc[cue:] if t._.is_date and (d := release_date(t.text)) and len(d) == 10]
    if dates:
        if re.search(r"\b(?:postpon|delay|defer|push|mov)\w*\b", unit.text):  # "... postponed them to 30 June 2026"
            dates.reverse()
        elif after:  # "passed on 26 December 2024 ..., and it takes effect on 22 January 2026": the date the cue has
            dates = after
        subject = unit.text.split(" apply")[0].split(" take")[0]
        sink.applies_from(dates[0], unit.section, unit.evidence, rule="duty-applies-from",
                          about_duties=bool(_DUTY_NOUNS.search(subject)),
                          every_section=bool(_ALL_DUTIES.search(subject)))


_DUTY_NOUNS = re.compile(r"\b(?:obligations?|duties|requirements)\b", re.IGNORECASE)
# "All of these duties apply from ...": those of every section before
_ALL_DUTIES = re.compile(r"\ball\s+(?:of\s+)?(?:these|the|its|their|those|such)\s+"
                         r"(?:obligations|duties|requirements)\b", re.IGNORECASE)
