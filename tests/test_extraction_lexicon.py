"""Names the lexicon knows (ontology/lexicon.toml) are entities wherever a page mentions them, even in passing."""

from __future__ import annotations


def test_a_known_company_named_in_passing_is_an_organization(read):
    page = read("Notes\nThe bill's sponsor was at the time an employee of Microsoft, which supported it.\n")
    assert "Organization" in page.values("microsoft", "rdf:type")


def test_a_known_company_under_another_spelling_is_the_same_entity(read):
    page = read("Notes\nThe lab trained it on 4,000 Nvidia processors.\n")
    assert "Organization" in page.values("nvidia", "rdf:type")


def test_a_known_company_opening_a_longer_name_is_not_mentioned(read):
    page = read("Notes\nSoftBank Vision Fund 2 invested in the start-up, which offers its model on Amazon SageMaker.\n")
    assert "softbank" not in page.entities()
    assert "amazon" not in page.entities()
