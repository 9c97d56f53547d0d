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


def test_a_known_model_named_in_passing_is_a_model_of_its_kind(read):
    page = read("Notes\nThe lab had published no open language model since GPT-2 in 2019.\n")
    assert "LanguageModel" in page.values("gpt-2", "rdf:type")


def test_a_known_model_is_not_read_inside_a_longer_version_name(read):
    page = read("Notes\nThe assistant first ran on GPT-3.5 and later moved to a larger model.\n")
    assert "gpt-3-5" in page.entities()
    assert "gpt-3" not in page.entities()


def test_a_method_named_with_its_own_modifier_is_that_method(read):
    page = read("Notes\nThe two small models were obtained by pruning and knowledge distillation.\n")
    assert "AdaptationMethod" in page.values("knowledge-distillation", "rdf:type")
    assert "AdaptationMethod" in page.values("pruning", "rdf:type")


def test_sizes_given_in_order_beside_a_known_model_not_yet_read_do_not_stop_the_page(read):
    page = read("Notes\nThe encoders RoBERTa, Quellon-7B and Quellon-13B have 125 million, 7 billion and 13 billion "
                "parameters respectively.\n")
    assert "roberta" in page.entities()
    assert "quellon-13b" in page.entities()


def test_meta_ai_is_meta_s_research_organization_not_meta_itself(read):
    page = read("Code Models\nInCoder, which Meta AI released in April 2022, fills in missing code.\n")
    assert page.values("incoder", "fm:developedBy") == {"meta-ai"}
    assert "ResearchOrganization" in page.values("meta-ai", "rdf:type")
