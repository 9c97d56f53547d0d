"""The extraction rules are data checked against the ontology when they are loaded, as DBpedia's mappings are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fmkg.extract import load_rules

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ontology_copy(tmp_path: Path) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_rules_load_and_name_only_terms_of_the_ontology():
    rules = load_rules(ROOT / "ontology")
    assert len(rules.sentence_rules) >= 40
    assert len({rule.id for rule in rules.sentence_rules}) == len(rules.sentence_rules)


def test_a_rule_naming_a_class_the_ontology_lacks_stops_with_a_clear_error(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'classes = { model = "FoundationModel", org = "Provider" }',
          'classes = { model = "FoundationModel", org = "Rsk" }')
    with pytest.raises(ValueError, match="names fm:Rsk, which the ontology does not define"):
        load_rules(ontology_copy)


def test_a_section_rule_naming_a_class_the_ontology_lacks_stops_too(ontology_copy):
    _edit(ontology_copy / "extraction-rules.toml", 'class = "Risk"', 'class = "Rsk"')
    with pytest.raises(ValueError, match="fm:Rsk"):
        load_rules(ontology_copy)


def test_a_pattern_naming_a_fragment_the_rules_lack_stops_with_a_clear_error(ontology_copy):
    _edit(ontology_copy / "extraction-rules.toml", "(?&possessive)", "(?&posessive)")
    with pytest.raises(ValueError, match="no fragment named 'posessive'"):
        load_rules(ontology_copy)


def test_a_fragment_is_read_into_every_pattern_that_names_it():
    rules = load_rules(ROOT / "ontology")
    assert not any("(?&" in rule.pattern.pattern for rule in rules.instruments)
    assert any(rule.pattern.search("the Workers' Statute of 1970") and "Workers' Statute" in (
        rule.pattern.search("the Workers' Statute of 1970").group("name")) for rule in rules.instruments)


def test_a_rule_naming_a_property_the_ontology_lacks_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'predicate = "fm:developedBy"', 'predicate = "fm:madeBy"')
    with pytest.raises(ValueError, match="fm:madeBy"):
        load_rules(ontology_copy)


def test_a_rule_whose_subject_is_no_node_of_its_pattern_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'subject = "model"\nobject = "org"',
          'subject = "modle"\nobject = "org"')
    with pytest.raises(ValueError, match="no pattern node named 'modle'"):
        load_rules(ontology_copy)


def test_a_word_list_that_does_not_exist_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'IN = "@make" }', 'IN = "@mkae" }')
    with pytest.raises(ValueError, match="no list \\[words\\] 'mkae'"):
        load_rules(ontology_copy)


def test_a_word_list_may_take_another_list_s_words_and_add_its_own():
    rules = load_rules(ROOT / "ontology")
    rule = next(r for r in rules.sentence_rules if r.id == "organization-possessive-part-of-the-company")
    lemmas = rule.pattern[0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
    assert {"subsidiary", "division", "lab", "company", "spin-off"} <= set(lemmas) and "@parent" not in lemmas


def test_a_word_list_naming_a_list_that_does_not_exist_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", '["@parent", "company"', '["@prent", "company"')
    with pytest.raises(ValueError, match="no list \\[words\\] 'prent'"):
        load_rules(ontology_copy)


def test_a_table_sentence_naming_anything_but_the_term_the_cell_and_its_case_s_parts_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'says = "{term} was founded in {cell}."',
          'says = "{organization} was founded in {cell}."')
    with pytest.raises(ValueError, match="may name only {term}, {cell} and the named parts of its case"):
        load_rules(ontology_copy)


def test_a_duty_verb_s_noun_given_for_no_single_verb_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", 'report = "reporting"', '"Report back" = "reporting"')
    with pytest.raises(ValueError, match="obligations.nominal: Report back"):
        load_rules(ontology_copy)


def test_a_light_verb_not_in_lower_case_stops(ontology_copy):
    _edit(ontology_copy / "sentence-rules.toml", '"draw up"', '"Draw up"')
    with pytest.raises(ValueError, match="obligations: light lists 'Draw up'"):
        load_rules(ontology_copy)
