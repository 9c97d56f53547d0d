"""Load the extraction knowledge kept beside the ontology: ``extraction-rules.toml`` and ``lexicon.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from fmkg.iri import slugify

__all__ = ["LexiconEntry", "Rules", "load_rules"]


@dataclass(frozen=True)
class LexiconEntry:
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    list_aliases: tuple[str, ...] = ()
    fold_case: bool = False

    @property
    def slug(self) -> str:
        return slugify(self.label)


@dataclass(frozen=True)
class ClassRule:
    pattern: re.Pattern
    cls: str


@dataclass
class Rules:
    sections: list[ClassRule]
    intros: list[ClassRule]
    categories: list[ClassRule]
    category_term: re.Pattern
    models_section: re.Pattern
    sources_section: re.Pattern
    membership: re.Pattern
    model_examples: re.Pattern
    adaptation_lists: list[re.Pattern]
    generic_list_item: re.Pattern
    possessive: re.Pattern
    developed_by: re.Pattern
    releases: re.Pattern
    open_weights: re.Pattern
    approaches: re.Pattern
    instruments: list[ClassRule]
    obligations: re.Pattern
    systemic_obligations: re.Pattern
    systemic_risk_label: str
    organization_cues: list[ClassRule]
    modalities: dict[str, re.Pattern]
    domain_names: dict[str, str]
    name_inner_words: frozenset[str]
    not_names: frozenset[str]
    provider_joiner: re.Pattern
    version: re.Pattern
    lexicon: list[LexiconEntry] = field(default_factory=list)

    def section_class(self, heading: str) -> str | None:
        return _first(self.sections, heading)

    def intro_class(self, intro: str) -> str | None:
        return _first(self.intros, intro)

    def category_class(self, term: str) -> str | None:
        """The model class a category term lists, or None if the term lists no models."""
        if not self.category_term.search(term):
            return None
        return _first(self.categories, term) or "FoundationModel"

    def organization_class(self, name: str) -> str | None:
        return _first(self.organization_cues, name)

    def lookup(self, name: str, *, in_list: bool = False) -> LexiconEntry | None:
        """The lexicon entry a spelling denotes, if any."""
        key = name.strip()
        for entry in self.lexicon:
            spellings = (entry.label, *entry.aliases, *(entry.list_aliases if in_list else ()))
            if key in spellings:
                return entry
            if entry.fold_case and _folded(key) in {_folded(s) for s in spellings}:
                return entry
        return None


def _folded(text: str) -> str:
    text = text.lower()
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def _first(rules: list[ClassRule], text: str) -> str | None:
    return next((rule.cls for rule in rules if rule.pattern.search(text)), None)


def _compile(pattern: str, case_sensitive: bool = False) -> re.Pattern:
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


def _class_rules(items: list[dict], key: str) -> list[ClassRule]:
    return [ClassRule(_compile(item[key], item.get("case_sensitive", False)), item["class"]) for item in items]


def load_rules(ontology_dir: Path | str) -> Rules:
    """Read the rules and the lexicon; a malformed file raises ValueError naming it."""
    ontology_dir = Path(ontology_dir)
    raw = _read_toml(ontology_dir / "extraction-rules.toml")
    lexicon = _read_toml(ontology_dir / "lexicon.toml")
    try:
        return Rules(
            sections=_class_rules(raw["section"], "heading"),
            intros=_class_rules(raw["intro"], "intro"),
            categories=_class_rules(raw["category"], "term"),
            category_term=_compile(raw["category_term"]["pattern"]),
            models_section=_compile(raw["models_section"]["heading"]),
            sources_section=_compile(raw["sources_section"]["heading"]),
            membership=_compile(raw["membership"]["pattern"]),
            model_examples=_compile(raw["model_examples"]["pattern"]),
            adaptation_lists=[_compile(item["pattern"]) for item in raw["adaptation_list"]],
            generic_list_item=_compile(raw["generic_list_item"]["pattern"]),
            possessive=_compile(raw["possessive"]["pattern"], case_sensitive=True),
            developed_by=_compile(raw["developed_by"]["pattern"], case_sensitive=True),
            releases=_compile(raw["releases"]["pattern"], case_sensitive=True),
            open_weights=_compile(raw["open_weights"]["pattern"]),
            approaches=_compile(raw["approaches"]["pattern"]),
            instruments=_class_rules(raw["instrument"], "pattern"),
            obligations=_compile(raw["obligations"]["pattern"]),
            systemic_obligations=_compile(raw["obligations"]["systemic"]),
            systemic_risk_label=raw["obligations"]["systemic_risk_label"],
            organization_cues=_class_rules(raw["organization_cue"], "pattern"),
            modalities={name: _compile(p) for name, p in raw["modality"].items()},
            domain_names=dict(raw["domain_names"]),
            name_inner_words=frozenset(raw["names"]["inner_words"]),
            not_names=frozenset(raw["names"]["not_names"]),
            provider_joiner=_compile(raw["names"]["provider_joiner"], case_sensitive=True),
            version=re.compile(raw["names"]["version"]),
            lexicon=[_entry(item) for item in lexicon["entry"]],
        )
    except (KeyError, re.error) as error:
        raise ValueError(f"malformed extraction rules in {ontology_dir}: {error}") from error


def _entry(item: dict) -> LexiconEntry:
    return LexiconEntry(
        label=item["label"], cls=item["class"], aliases=tuple(item.get("aliases", ())),
        list_aliases=tuple(item.get("list_aliases", ())), fold_case=bool(item.get("fold_case", False)),
    )


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: {error}") from error
