"""Extraction finds what a new document in the same genre states, with names no seed document uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from fmkg.extract import Extraction, extract, load_rules, read_document
from fmkg.graph.rdf import expand_classes, superclass_closure
from fmkg.iri import Iris

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "documents"


def _extract(name: str) -> Extraction:
    extraction = extract(read_document(FIXTURES / name), load_rules(ROOT / "ontology"))
    expand_classes(extraction, superclass_closure(Graph().parse(ROOT / "ontology" / "fmkg.ttl"), Iris()))
    return extraction


@pytest.fixture(scope="module")
def unseen() -> Extraction:
    return _extract("unseen_names.txt")


def _classes(extraction: Extraction, slug: str) -> set:
    return extraction.values(slug, "rdf:type")


def test_unseen_language_models_are_typed_and_attributed(unseen):
    assert "LanguageModel" in _classes(unseen, "aurora-2")
    assert unseen.values("aurora-2", "fm:developedBy") == {"helios-labs"}
    assert unseen.values("quillon-7b", "fm:developedBy") == {"northwind-ai"}
    assert unseen.values("tessellate", "fm:developedBy") == {"kestrel-research"}


def test_a_version_only_conjunct_takes_the_family_name(unseen):
    assert "LanguageModel" in _classes(unseen, "aurora-3")
    assert unseen.values("aurora-3", "fm:developedBy") == {"helios-labs"}
    assert unseen.values("aurora-3", "fm:modelFamily") == {"aurora"}


def test_unseen_providers_are_providers_and_organizations(unseen):
    for slug in ("helios-labs", "northwind-ai", "kestrel-research", "orchid-robotics"):
        assert {"Provider", "Organization"} <= _classes(unseen, slug), slug


def test_an_alias_in_parentheses_is_an_alternative_label(unseen):
    assert unseen.values("lvm", "skos:altLabel") == {"Lumen Vision Model"}
    assert unseen.values("lvm", "fm:developedBy") == {"orchid-robotics"}


def test_multimodal_models_get_the_modalities_their_sentence_names(unseen):
    assert "MultimodalModel" in _classes(unseen, "nimbus-omni")
    assert unseen.values("nimbus-omni", "fm:hasModality") == {"text", "image", "audio"}


def test_a_model_without_a_provider_is_still_a_model(unseen):
    assert "CodeModel" in _classes(unseen, "forgepilot")
    assert unseen.values("forgepilot", "fm:developedBy") == set()


def test_domain_in_parentheses_is_the_application_domain(unseen):
    assert unseen.values("lexicore", "fm:applicationDomain") == {"law"}
    assert unseen.values("geomind", "fm:applicationDomain") == {"geospatial"}


def test_possessive_with_open_weights_marks_the_models_open(unseen):
    assert unseen.values("quillon", "fm:developedBy") == {"northwind-ai"}
    assert unseen.values("quillon", "fm:openWeights") == {True}


def test_unseen_risks_and_adaptation_methods_are_found(unseen):
    assert "Risk" in _classes(unseen, "model-collapse")
    assert unseen.values("model-collapse", "skos:definition")
    assert "AdaptationMethod" in _classes(unseen, "adapter-tuning")
    assert "AdaptationMethod" in _classes(unseen, "prompt-chaining")


def test_an_unseen_regulation_imposes_its_obligations(unseen):
    assert "Regulation" in _classes(unseen, "digital-services-act")
    obligations = unseen.values("digital-services-act", "fm:imposesObligation")
    assert obligations == {"digital-services-act-transparency-reports",
                           "digital-services-act-audits-of-recommender-systems"}


def test_no_heading_or_fragment_becomes_a_model(unseen):
    models = {f.subject for f in unseen.facts if f.kind == "class" and f.value == "FoundationModel"}
    assert models == {"aurora", "aurora-2", "aurora-3", "quillon", "quillon-7b", "tessellate", "pixelforge", "lvm",
                      "nimbus-omni", "stacksmith", "forgepilot", "geomind", "lexicore"}


def test_every_evidence_span_is_the_text_at_its_offsets(unseen):
    text = unseen.document.text
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text for f in unseen.facts)


def test_spellings_of_one_model_share_one_iri():
    variants = _extract("spelling_variants.txt")
    labels = {f.subject: f.value for f in variants.facts if f.predicate == "rdfs:label"}
    assert labels["gpt-4"] == "GPT-4"
    assert labels["llama"] == "LLaMA"
    assert labels["segment-anything-model"] == "Segment Anything Model"
    assert "llama-3" in labels and "gpt-4" not in {s for s in labels if s.startswith("gpt-4-")}
    assert variants.values("segment-anything-model", "fm:developedBy") == {"meta"}


@pytest.fixture(scope="module")
def variant() -> Extraction:
    return _extract("variant_genre.txt")


def test_markdown_headings_are_headings_and_the_title(variant):
    assert variant.document.title == "Frontier Model Notes"
    assert {b.line.text for b in variant.document.blocks if b.kind == "heading"} >= {"Notable Systems", "Key Risks"}


def test_a_provider_after_by_or_from_in_a_category_list(variant):
    assert variant.values("zephyrine-2", "fm:developedBy") == {"altamira-labs"}
    assert "VisionModel" in _classes(variant, "iris-v")
    assert variant.values("iris-v", "fm:developedBy") == {"altamira-labs"}


def test_a_sentence_saying_developed_by_gives_the_model_its_kind_and_provider(variant):
    assert "MultimodalModel" in _classes(variant, "halcyon")
    assert variant.values("halcyon", "fm:developedBy") == {"pemberton-research"}
    assert "Provider" in _classes(variant, "pemberton-research")


def test_an_item_naming_one_model_and_its_provider(variant):
    assert "CodeModel" in _classes(variant, "orion")
    assert variant.values("orion", "fm:developedBy") == {"skyline-ai"}
    assert variant.values("orion", "skos:definition") == {"A compact code model that writes SQL."}


def test_an_organization_releasing_a_named_model_is_its_provider(variant):
    assert variant.values("merlin", "fm:developedBy") == {"tidewater-labs"}
    assert "guidelines" not in variant.entities()


def test_a_possessive_names_the_provider_of_a_known_model(variant):
    assert variant.values("corvid", "fm:developedBy") == {"blackwater-ai"}
    assert variant.values("corvid", "fm:openWeights") == {True}
    assert variant.values("corvid-mini", "fm:openWeights") == set()


def test_colon_and_hyphen_items_under_a_risk_heading_are_risks(variant):
    assert "Risk" in _classes(variant, "hallucination")
    assert variant.values("hallucination", "skos:definition") == {"Models state falsehoods with confidence."}
    assert "Risk" in _classes(variant, "prompt-injection")


def test_customized_through_lists_adaptation_methods(variant):
    for slug in ("low-rank-adaptation", "quantization-aware-training", "prompt-tuning"):
        assert "AdaptationMethod" in _classes(variant, slug), slug


def test_sentence_openers_never_become_models(variant, unseen):
    for extraction in (variant, unseen):
        labels = {f.value for f in extraction.facts if f.predicate == "rdfs:label"}
        assert not labels & {"These", "They", "It", "Models", "These models"}


@pytest.fixture(scope="module")
def catalogue() -> Extraction:
    return _extract("catalogue.txt")


def test_bullets_under_a_category_heading_are_models_of_that_kind(catalogue):
    assert "LanguageModel" in _classes(catalogue, "nova-3")
    assert catalogue.values("nova-3", "fm:developedBy") == {"starlight-ai"}
    assert catalogue.values("ember-pro", "fm:developedBy") == {"kiln-labs"}
    assert "VisionModel" in _classes(catalogue, "prism-xl")


def test_a_bullet_that_is_a_sentence_names_no_model(catalogue):
    assert not {slug for slug in catalogue.entities() if slug.startswith("open")}


def test_models_given_as_examples_in_running_text(catalogue):
    for slug in ("cinder", "quartz-2"):
        assert "FoundationModel" in _classes(catalogue, slug), slug
