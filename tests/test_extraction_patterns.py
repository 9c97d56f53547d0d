"""Each sentence pattern of the genre yields its fact, on documents of our own with names no rule or lexicon knows.

One behaviour per test: the sentence shapes issue 9 names, the model kinds, the new values, and the wrong facts
the old extractor produced (versions collapsed into families, generic phrases as entities, risk tiers as risks).
"""

from __future__ import annotations

import pytest

from fmkg.extract import Extraction
from fmkg.iri import slugify


def _types(extraction: Extraction, slug: str) -> set:
    return extraction.values(slug, "rdf:type")


@pytest.mark.parametrize("verb", ["released", "published", "launched", "trained", "open-sourced", "unveiled"])
def test_an_organization_that_makes_a_model_is_its_provider(read, verb):
    page = read(f"Notes\nQuorvex Systems {verb} Talon 3 in March 2025.\n")
    assert page.values("talon-3", "fm:developedBy") == {"quorvex-systems"}
    assert {"Provider", "Organization"} <= _types(page, "quorvex-systems")
    assert "FoundationModel" in _types(page, "talon-3")


@pytest.mark.parametrize("verb", ["developed", "built", "made", "trained"])
def test_a_model_developed_by_an_organization(read, verb):
    page = read(f"Notes\nBrisa-9B, {verb} by Nordlicht Research, answers questions in Danish.\n")
    assert page.values("brisa-9b", "fm:developedBy") == {"nordlicht-research"}


def test_a_possessive_names_the_provider_of_a_versioned_model(read):
    page = read("Notes\nVantablue's Korin-2.5-VL reads charts and screenshots.\n")
    assert page.values("korin-2-5-vl", "fm:developedBy") == {"vantablue"}


def test_a_model_from_an_organization(read):
    page = read("Notes\nLumo-3-mini, a 3.8-billion-parameter model from Carrowmore AI, runs on phones.\n")
    assert page.values("lumo-3-mini", "fm:developedBy") == {"carrowmore-ai"}
    assert page.values("lumo-3-mini", "fm:parameterCount") == {"3800000000"}


def test_a_company_described_in_apposition_gives_its_place_founding_year_and_model(read):
    page = read("Notes\nSolvane AI, a Lyon company founded in 2022, published Solvane 7B under Apache 2.0.\n")
    assert page.values("solvane-7b", "fm:developedBy") == {"solvane-ai"}
    assert page.values("solvane-ai", "fm:foundingDate") == {"2022"}
    assert page.values("solvane-ai", "fm:headquarters") == {"lyon"}
    assert page.values("solvane-7b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_family_of_large_language_models_is_a_language_model(read):
    page = read("Notes\nHaldor Labs develops the Fjord family of large language models.\n")
    assert "LanguageModel" in _types(page, "fjord")
    assert page.values("fjord", "fm:developedBy") == {"haldor-labs"}


def test_a_parenthesised_provider_in_running_text(read):
    page = read("Notes\nVideo tools such as Reelcraft 2 (Pellucid Labs) animate still images.\n")
    assert page.values("reelcraft-2", "fm:developedBy") == {"pellucid-labs"}


def test_an_organization_item_develops_the_models_it_names(read):
    page = read("Organizations\n- Ostrava Minds — founded in 2019 in Brno; headquartered in Brno; "
                "develops the Vltava family of large language models\n")
    assert page.values("vltava", "fm:developedBy") == {"ostrava-minds"}
    assert page.values("ostrava-minds", "fm:foundingDate") == {"2019"}
    assert page.values("ostrava-minds", "fm:headquarters") == {"brno"}
    assert "Provider" in _types(page, "ostrava-minds")


@pytest.mark.parametrize(("kind", "cls"), [
    ("large language model", "LanguageModel"), ("image generation model", "ImageGenerationModel"),
    ("speech recognition model", "SpeechModel"), ("vision-language model", "VisionLanguageModel"),
    ("code model", "CodeModel"), ("reasoning model", "ReasoningModel"), ("embedding model", "EmbeddingModel"),
])
def test_a_model_called_a_kind_gets_that_class(read, kind, cls):
    page = read(f"Notes\nPermafrost-4 is a {kind} released by Kestrel Dynamics in 2024.\n")
    assert cls in _types(page, "permafrost-4")


def test_a_versioned_name_is_its_own_entity_linked_to_its_family(read):
    page = read("Notes\nTarn AI released Tarn 2 in 2023. Tarn AI released Tarn 2 405B in July 2024. "
                "The company released Tarn 2 Large in August 2024.\n")
    assert {"tarn-2", "tarn-2-405b", "tarn-2-large"} <= page.entities()
    assert page.values("tarn-2-405b", "fm:modelFamily") == {"tarn-2"}
    assert page.values("tarn-2-405b", "fm:releaseDate") == {"2024-07"}


def test_a_generic_phrase_is_never_an_entity(read):
    page = read("Notes\nOpen-weight AI models are foundation models whose weights are published.\n")
    assert not {"open-weight-ai", "open-weight-ai-models"} & page.entities()


def test_open_weights_go_to_the_model_the_sentence_is_about(read):
    page = read("Notes\nSkerry Labs released Skerry 2 and Skerry Pro 2 in 2024. Skerry 2 is an open-weight model, "
                "while Skerry Pro 2 is available only through an API.\n")
    assert page.values("skerry-2", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert page.values("skerry-2", "fm:openWeights") == {True}
    assert page.values("skerry-pro-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_coordinated_organizations_are_split(read):
    page = read("Notes\nThe University of Tarrow and Pinecrest Research released Marl in 2023.\n")
    assert page.values("marl", "fm:developedBy") == {"university-of-tarrow", "pinecrest-research"}


def test_a_regulation_s_risk_tiers_are_tiers_not_risks(read):
    page = read("Glenmoor AI Act\nThe Glenmoor AI Act sorts AI systems into four risk tiers: unacceptable risk, "
                "high risk, limited risk and minimal risk.\n")
    tiers = {f.value for f in page.facts if f.predicate == "fm:definesRiskTier"}
    assert tiers == {"glenmoor-ai-act-unacceptable-risk", "glenmoor-ai-act-high-risk", "glenmoor-ai-act-limited-risk",
                     "glenmoor-ai-act-minimal-risk"}
    assert not any("Risk" in _types(page, tier) for tier in tiers)


@pytest.mark.parametrize("cue", ["must", "shall", "are required to", "have to"])
def test_a_duty_stated_with_a_modal_is_an_obligation_of_its_bearer(read, cue):
    page = read(f"Glenmoor AI Act\nUnder the Glenmoor AI Act, providers of general-purpose AI models {cue} "
                "publish a summary of their training data.\n")
    duties = {f.value for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert duties == {"glenmoor-ai-act-publication-of-summary-of-training-data"}  # the duty's key words
    assert page.values(duties.pop(), "fm:obligationBearer") == {"provider-of-general-purpose-ai-models"}


def test_duties_listed_after_an_introducing_sentence_are_systemic_risk_obligations(read):
    page = read("Glenmoor AI Act\nThe Glenmoor AI Act governs general-purpose AI.\n"
                "Providers of models with systemic risk must also:\n- evaluate their models;\n"
                "- report serious incidents to the regulator.\nThese obligations apply from 2 August 2027.\n")
    duties = {f.value for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert duties == {"glenmoor-ai-act-model-evaluation", "glenmoor-ai-act-serious-incident-reporting-to-regulator"}
    for duty in duties:
        assert "SystemicRiskObligation" in _types(page, duty)
        assert page.values(duty, "fm:appliesFrom") == {"2027-08-02"}


def test_the_compute_threshold_for_systemic_risk_is_a_number(read):
    page = read("Glenmoor AI Act\nUnder the Glenmoor AI Act, a model trained with more than 10^25 FLOP is presumed "
                "to carry systemic risk.\n")
    assert page.values("glenmoor-ai-act", "fm:systemicRiskThreshold") == {"10000000000000000000000000"}


def test_input_and_output_modalities_are_read_from_the_verbs(read):
    page = read("Notes\nCorvina 2 is a vision-language model released by Ardent Labs. It accepts images and "
                "text as input and produces text.\n")
    assert page.values("corvina-2", "fm:inputModality") == {"image", "text"}
    assert page.values("corvina-2", "fm:outputModality") == {"text"}


def test_lineage_says_how_a_model_derives_from_another(read):
    page = read("Notes\nOstara Labs released Ostara 13B in 2023, a chat model fine-tuned from Pillar 13B.\n")
    assert page.values("ostara-13b", "fm:fineTunedFrom") == {"pillar-13b"}


def test_a_platform_that_hosts_a_model_is_not_its_developer(read):
    page = read("Notes\nBrightline released Quill 4 in 2025. Quill 4 is available on Cloudway Bedrock.\n")
    assert page.values("quill-4", "fm:availableOn") == {"cloudway-bedrock"}
    assert page.values("quill-4", "fm:developedBy") == {"brightline"}


def test_every_fact_names_the_rule_that_found_it(read, rules):
    page = read("Notes\nQuorvex Systems released Talon 3 in March 2025.\n")
    made = [f for f in page.facts if f.predicate == "fm:developedBy"]
    assert made and {f.rule for f in made} <= {rule.id for rule in rules.sentence_rules if rule.id.startswith("maker-")}


# --- What the sentences before say: anaphors and clauses -----------------------------------------------------
def test_both_stands_for_the_models_the_sentence_before_named_together(read):
    page = read("Notes\nQuorvex Systems published Talon-7B and Talon-70B in May 2025. "
                "Both are released under the Apache 2.0 licence.\n")
    for model in ("talon-7b", "talon-70b"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_the_models_stands_for_the_models_named_together_before(read):
    page = read("Notes\nNordlicht Research released Brisa-9B and Brisa-27B in 2024. "
                "The models have a context window of 32,768 tokens.\n")
    assert page.values("brisa-9b", "fm:contextWindow") == {"32768"}
    assert page.values("brisa-27b", "fm:contextWindow") == {"32768"}


def test_the_company_stands_for_the_last_organization_named(read):
    page = read("Notes\nCarrowmore AI is a Dublin start-up founded in 2021. "
                "In 2024 the company released Lumo-3 under the MIT licence.\n")
    assert page.values("lumo-3", "fm:developedBy") == {"carrowmore-ai"}


def test_a_pronoun_after_names_of_its_own_sentence_is_not_read_from_the_sentence_before(read):
    page = read("Notes\nVantablue released Korin-2 in 2023. Tessaly Labs published Orrin-5 in 2024, "
                "and it is the only model in this group with open weights.\n")
    assert "OpenWeightsAccess" not in page.values("korin-2", "fm:accessLevel")


def test_its_after_a_sentence_that_went_on_with_it_is_the_model_it_spoke_of(read):
    page = read("Notes\nTalon was released in July 2019 by Quorvex Systems. It keeps the design of Vantablue's "
                "Orrin-2 but was trained from scratch for longer, on 160 GB of text instead of 16 GB, with larger "
                "batches and without Orrin-2's next-sentence objective. Its two sizes, Talon-base and Talon-large, "
                "have 125 million and 355 million parameters respectively.\n")
    assert page.values("talon-base", "fm:modelFamily") == {"talon"}
    assert page.values("talon-base", "fm:developedBy") == {"quorvex-systems"}


def test_an_opening_participle_by_the_place_company_name_gives_the_developer(read):
    page = read("Notes\nTalon-3 is a mixture-of-experts model with 671 billion parameters. Released by the Oslo "
                "company Vantablue in December 2024, it needed 2.8 million GPU hours.\n")
    assert page.values("talon-3", "fm:developedBy") == {"vantablue"}


def test_a_model_obtained_by_fine_tuning_another_is_fine_tuned_from_it_by_the_team(read):
    page = read("Notes\nResearchers at Vantablue University obtained t1-32B, released in January 2025, by "
                "fine-tuning Quorvex's Orel-32B-Instruct on 1,000 worked examples.\n")
    assert page.values("t1-32b", "fm:fineTunedFrom") == {"orel-32b-instruct"}
    assert page.values("t1-32b", "fm:developedBy") == {"vantablue-university"}
    assert page.values("t1-32b", "fm:releaseDate") == {"2025-01"}
    assert not page.values("orel-32b-instruct", "fm:releaseDate")


def test_a_name_followed_by_launched_at_a_date_is_a_model_released_then(read):
    page = read("Notes\nQuorvex took a different road with Talon1.5-MoE-A2.7B, launched at the end of March 2024: its "
                "engineers upcycled a dense model into an MoE of 14.3 billion parameters.\n")
    assert "FoundationModel" in _types(page, "talon1-5-moe-a2-7b")
    assert page.values("talon1-5-moe-a2-7b", "fm:releaseDate") == {"2024-03"}


def test_each_possessor_in_a_pair_of_possessed_names_owns_the_name_after_it(read):
    page = read("Notes\nA single subscription gives access to models from several developers, such as OpenAI's "
                "GPT-4 and Anthropic's Claude.\n")
    assert page.values("gpt-4", "fm:developedBy") == {"openai"}
    assert page.values("claude", "fm:developedBy") == {"anthropic"}


def test_a_model_fine_tuned_from_a_makers_described_model(read):
    page = read("Notes\nMarigold-X was fine-tuned from Vantablue's image generator Orel Diffusion 2 using synthetic "
                "images only.\n")
    assert page.values("marigold-x", "fm:fineTunedFrom") == {"orel-diffusion-2"}
    assert page.values("orel-diffusion-2", "fm:developedBy") == {"vantablue"}


def test_a_platform_of_a_company_described_by_its_place_is_operated_by_the_company(read):
    page = read("Hosts\nModel hosts\n- Orelchat, the chatbot service of the Mountain View question-and-answer "
                "company Quorvex, opened to the public in February 2023.\n")
    assert page.values("orelchat", "fm:operatedBy") == {"quorvex"}


def test_a_name_said_to_be_a_transformer_is_a_model_and_a_vision_transformer_a_vision_model(read):
    page = read("Notes\nTalon is an encoder-decoder transformer. Orel-V, a vision transformer for pathology, was "
                "released in 2024. Kestrel is an alternative to the transformer. Vanta-E, an image encoder, was "
                "trained on 100 million tissue patches.\n")
    assert "FoundationModel" in _types(page, "talon")
    assert "VisionModel" in _types(page, "orel-v")
    assert "VisionModel" in _types(page, "vanta-e")
    assert not _types(page, "kestrel") & {"FoundationModel"}


def test_the_hugging_face_hub_is_a_platform_models_are_downloaded_from(read):
    page = read("Notes\nTalon-3 can be downloaded from the Hugging Face Hub.\n")
    assert page.values("talon-3", "fm:availableOn") == {"hugging-face-hub"}
    assert "Platform" in _types(page, "hugging-face-hub")


def test_a_name_pre_trained_on_data_is_a_model(read):
    page = read("Notes\nmTalon, presented in January 2020, was pre-trained on text in 25 languages. Orelnet was "
                "trained on 1.6 million retinal photographs.\n")
    assert "FoundationModel" in _types(page, "mtalon")
    assert "FoundationModel" in _types(page, "orelnet")


def test_sizes_named_with_a_size_word_and_the_noun_left_out_after_the_first(read):
    page = read("Notes\nTalon-R Base has 270 million parameters and Talon-R Large about 550 million. Two larger "
                "versions followed: Talon-R XL, with 3.5 billion parameters, and Talon-R XXL, with 10.7 billion.\n")
    assert page.values("talon-r-large", "fm:parameterCount") == {"550000000"}
    assert page.values("talon-r-xxl", "fm:parameterCount") == {"10700000000"}


def test_a_context_window_said_as_tokens_a_model_reads_or_a_window_of_tokens(read):
    page = read("Notes\nTalon-3, which Quorvex released in 2020, read 2,048 tokens. In 2023 Quorvex announced Talon-4 "
                "Turbo with a window of 128,000 tokens. Talon-5, released in April 2025, also reads up to one million "
                "tokens.\n")
    assert page.values("talon-3", "fm:contextWindow") == {"2048"}
    assert page.values("talon-4-turbo", "fm:contextWindow") == {"128000"}
    assert page.values("talon-5", "fm:contextWindow") == {"1000000"}


def test_a_family_built_by_a_team_at_a_company_is_the_companys(read):
    page = read("Notes\nTalonLM is a family of open language models built by a research team at Quorvex. Orel-2 is a "
                "small model developed by researchers of the Kestrel Research Group at the Vantablue University.\n")
    assert page.values("talonlm", "fm:developedBy") == {"quorvex"}
    assert page.values("orel-2", "fm:developedBy") == {"kestrel-research-group"}


def test_a_project_that_builds_models_is_a_research_organization(read):
    page = read("Developers\nSpain\n- Proxecto Vela, a Galician-language project led from the University of "
                "Vantablue, builds the Carballo family of Galician language models.\n")
    assert "ResearchOrganization" in _types(page, "proxecto-vela")
    assert page.values("carballo", "fm:developedBy") == {"proxecto-vela"}


def test_a_possessor_owns_the_first_of_two_coordinated_units_only(read):
    page = read("Developers\n- Quorvex Models — a project of Vantablue University's Center for Humanities "
                "Computing and the Orel Institute.\n")
    assert page.values("center-for-humanities-computing", "fm:parentOrganization") == {"vantablue-university"}
    assert not page.values("orel-institute", "fm:parentOrganization")


def test_a_possessor_ending_in_s_with_a_bare_apostrophe_owns_the_model_after_it(read):
    page = read("Notes\nThe app hosts models from other developers, such as Quorvex's Talon 3 and Orel 2 and Vantablue "
                "Labs' Kestrel1.1 [pro], so that users can pick a model.\n")
    assert page.values("kestrel1-1-pro", "fm:developedBy") == {"vantablue-labs"}


def test_a_model_a_bulleted_organization_entry_introduces_is_the_organizations(read):
    page = read("Developers\n- Quorvex, a Spanish start-up, released Talon-Zero in July 2023. Talon Mistral 7B "
                "Instruct, built on Mistral 7B, came later.\n")
    assert page.values("talon-mistral-7b-instruct", "fm:developedBy") == {"quorvex"}


def test_a_model_fine_tuned_with_a_method_from_a_base(read):
    page = read("Notes\nTalon2-70B was fine-tuned with low-rank adaptation (LoRA) from Vantablue's Orel 2 70B on a "
                "set of 25,000 questions.\n")
    assert page.values("talon2-70b", "fm:fineTunedFrom") == {"orel-2-70b"}


def test_a_model_published_under_a_licence_on_a_platform_is_available_there(read):
    page = read("Notes\nQuorvex released Talon-4B and Talon-8B. All were published with open weights under the Apache "
                "2.0 licence on Hugging Face and Kaggle.\n")
    assert page.values("talon-8b", "fm:availableOn") == {"hugging-face", "kaggle"}


def test_a_name_of_two_hyphened_capitalised_words_can_be_a_model(read):
    page = read("Notes\nTalon-Coder followed on 8 May 2025. Orel-Coder-8B-Base was pre-trained on 6 trillion tokens of "
                "code.\n")
    assert page.values("talon-coder", "fm:releaseDate") == {"2025-05-08"}
    assert "FoundationModel" in _types(page, "orel-coder-8b-base")


def test_the_team_is_the_unit_the_page_called_a_team_not_its_parent(read):
    page = read("Quorvex Seed Models\nQuorvex Seed is the research team that builds the foundation models of "
                "Quorvex, the Oslo company.\nReasoning\nThe team's first reasoning model, Talon-Think-v1.5, was "
                "described in April 2025. Quorvex has never released its weights. The team's Talon-Coder followed on "
                "8 May 2025.\n")
    assert page.values("talon-coder", "fm:developedBy") == {"quorvex-seed"}


def test_an_entry_founded_in_a_year_under_a_heading_of_models_is_an_organization(read):
    page = read("Medical Developers\nClinical language models\n- Q42 (Oslo, founded 2023): a health-technology company "
                "backed by the state investor Vantablue. Its clinical language model Med-Q, released in October 2023, "
                "has 70 billion parameters.\n")
    assert "FoundationModel" not in _types(page, "q42")
    assert page.values("q42", "fm:foundingDate") == {"2023"}
    assert page.values("med-q", "fm:developedBy") == {"q42"}


def test_an_entry_of_a_brand_written_in_lower_case_with_its_founding_is_an_organization(read):
    page = read("Developers\nCompanies\n- quorvex (Berlin, founded 2018): the company behind an open-source search "
                "framework. In June 2019 it released Talon-BERT-1, a German language model.\n")
    assert page.values("quorvex", "fm:foundingDate") == {"2018"}
    assert page.values("quorvex", "fm:headquarters") == {"berlin"}
    assert page.values("talon-bert-1", "fm:developedBy") == {"quorvex"}


def test_a_named_team_of_another_organization_does_not_make_it_the_entrys_parent(read):
    page = read("Developers\nCompanies\n- Quorvex (Berlin, founded 2018): a search company. Talon-2 followed in 2020; "
                "Quorvex trained it together with the MDZ Digital Library team of the Vantablue State Library.\n")
    assert not page.values("quorvex", "fm:parentOrganization")
    assert page.values("mdz-digital-library", "fm:parentOrganization") == {"vantablue-state-library"}


def test_an_investor_is_an_organization_and_its_controller_its_parent(read):
    page = read("Developers\nCompanies\n- Quorvex, the Amsterdam technology investor controlled by South Africa's "
                "Vantablue.\nIts artificial intelligence team described FinTalon in August 2019, a language model "
                "for finance.\n")
    assert page.values("quorvex", "fm:parentOrganization") == {"vantablue"}
    assert page.values("fintalon", "fm:developedBy") == {"quorvex"}


def test_which_stands_for_the_model_its_clause_describes(read):
    page = read("Notes\nVantablue announced Korin Lite, a text-only model, and Korin Pro, "
                "which also accepts images and video.\n")
    assert {"image", "video"} <= page.values("korin-pro", "fm:inputModality")
    assert not page.values("korin-lite", "fm:inputModality") & {"image", "video"}


def test_each_of_two_models_in_one_sentence_keeps_its_own_parameter_count(read):
    page = read("Notes\nTessaly Labs released Orrin-120 and Orrin-20 in 2025. Orrin-120 has 117 billion "
                "parameters, of which 5.1 billion are active per token; Orrin-20 has 21 billion parameters "
                "with 3.6 billion active.\n")
    assert page.values("orrin-120", "fm:activeParameterCount") == {"5100000000"}
    assert page.values("orrin-20", "fm:activeParameterCount") == {"3600000000"}
    assert page.values("orrin-20", "fm:parameterCount") == {"21000000000"}


def test_a_licensed_model_has_open_weights(read):
    page = read("Notes\nTessaly Labs published Orrin-5 under the MIT licence.\n")
    assert page.values("orrin-5", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert page.values("orrin-5", "fm:openWeights") == {True}


def test_an_architecture_a_sentence_names_is_the_models(read):
    page = read("Notes\nQuorvex Systems released Talon-9 in 2025. Talon-9 is built as a sparse "
                "mixture-of-experts transformer.\n")
    assert {"mixture-of-experts", "transformer"} <= page.values("talon-9", "fm:hasArchitecture")


def test_an_architecture_the_sentence_denies_is_not_the_models(read):
    page = read("Notes\nQuorvex Systems released Talon-9 in 2025. Rather than adopting a mixture-of-experts "
                "design, Quorvex Systems kept a dense transformer for Talon-9.\n")
    assert "mixture-of-experts" not in page.values("talon-9", "fm:hasArchitecture")


def test_a_vision_transformer_is_that_architecture_not_a_plain_transformer(read):
    page = read("Notes\nQuorvex Systems released Talon-9 in 2025. Talon-9 is a vision transformer for pathology.\n")
    assert page.values("talon-9", "fm:hasArchitecture") == {"vision-transformer"}


def test_an_architecture_listed_beside_names_is_not_theirs(read):
    page = read("Notes\nTalon-3, Orel-2 and Stable Diffusion are all foundation models. The technical lineage includes "
                "Talon-3, Orel-2, diffusion models, vision transformers, and later multimodal systems.\n")
    assert not page.values("talon-3", "fm:hasArchitecture")
    assert not page.values("orel-2", "fm:hasArchitecture")


def test_a_named_architecture_a_model_is_based_on(read):
    page = read("Notes\nKestrel 2B, an open language model from Vantablue, is based on Ostrava, an architecture "
                "that mixes recurrence with attention.\n")
    assert "Architecture" in _types(page, "ostrava")
    assert page.values("kestrel-2b", "fm:hasArchitecture") == {"ostrava"}
    assert not page.values("kestrel-2b", "fm:basedOn")


def test_an_act_on_a_subject_is_named_whole(read):
    page = read("Notes\nThe Framework Act on the Promotion of Trustworthy Machine Learning, usually called the "
                "ML Trust Act, took effect on 1 March 2026.\n")
    slug = "framework-act-on-the-promotion-of-trustworthy-machine-learning"
    assert "Regulation" in _types(page, slug)
    assert "ML Trust Act" in page.values(slug, "skos:altLabel")


def test_a_law_s_own_term_for_who_is_regulated_bears_its_duties(read):
    page = read("The ML Trust Act\nThe ML Trust Act is a law of Freedonia. Any model service operator must "
                "register its system with the ministry.\n")
    duties = page.values("ml-trust-act", "fm:imposesObligation")
    assert duties
    assert all(page.values(d, "fm:obligationBearer") == {"model-service-operator"} for d in duties)


def test_the_regulation_the_title_names_owns_the_duties_after_a_comparison(read):
    page = read("The ML Trust Act\nThe ML Trust Act is a law of Freedonia. Unlike the EU AI Act, it bans nothing. "
                "Deployers must keep logs for six months.\n")
    assert page.values("ml-trust-act", "fm:imposesObligation")
    assert not page.values("eu-ai-act", "fm:imposesObligation")


def test_family_members_are_made_by_who_made_the_family(read):
    page = read("Notes\nQuorvex Systems released the Talon 3 family in 2025. Talon 3 Mini has 8 billion parameters.\n")
    assert page.values("talon-3", "fm:developedBy") == {"quorvex-systems"}
    assert page.values("talon-3-mini", "fm:developedBy") == {"quorvex-systems"}


def test_a_single_word_company_the_tagger_calls_a_person_still_releases_models(read):
    page = read("Developers\n- Xiaomi — consumer-electronics maker founded in 2010 and headquartered in Beijing; "
                "released MiMo-7B in April 2025, a reasoning model.\n")
    assert page.values("mimo-7b", "fm:developedBy") == {"xiaomi"}
    assert page.values("xiaomi", "fm:headquarters") == {"beijing"}


def test_an_item_clause_with_its_own_pronoun_speaks_of_the_item(read):
    page = read("Developers\n- Moonshot AI — founded in Beijing in March 2023; first known for its Kimi "
                "assistant, it published Kimi K2 in July 2025, a mixture-of-experts model.\n")
    assert page.values("kimi-k2", "fm:developedBy") == {"moonshot-ai"}


def test_nameless_weights_are_the_weights_of_the_models_just_named(read):
    page = read("Notes\nTessaly Labs published Orrin-120 and Orrin-20 in 2025. The weights can be downloaded "
                "from Hugging Face, and the models were also offered on Amazon Bedrock.\n")
    for model in ("orrin-120", "orrin-20"):
        assert page.values(model, "fm:availableOn") == {"hugging-face", "amazon-bedrock"}


def test_they_does_not_reach_back_past_the_paragraph(read):
    page = read("Notes\nTessaly Labs published Orrin-120 and Orrin-20 in 2025.\n"
                "Vantablue released Korin-3 in 2024. They are licensed under the MIT licence.\n")
    assert not page.values("orrin-120", "fm:license")


def test_a_company_in_a_place_compound_is_headquartered_there(read):
    page = read("Notes\nCarrowmore AI is a Dublin company founded in 2021.\n")
    assert page.values("carrowmore-ai", "fm:headquarters") == {"dublin"}


def test_a_company_founded_in_a_year_in_a_descriptive_phrase(read):
    page = read("Notes\nNordlicht Research, a maker of wafer-scale processors founded in 2015, released Brisa-9B "
                "in 2023.\n")
    assert page.values("nordlicht-research", "fm:foundingDate") == {"2015"}


def test_the_founding_year_goes_to_the_organization_the_phrase_stands_beside(read):
    page = read("Developers\n- Tessaly Labs — a subsidiary of Quorvex Group, a technology group founded in 2018; "
                "released Orrin-5 in 2024.\n")
    assert page.values("quorvex-group", "fm:foundingDate") == {"2018"}
    assert not page.values("tessaly-labs", "fm:foundingDate")


@pytest.mark.parametrize(("phrase", "predicate"), [("built on", "fm:basedOn"), ("fine-tuned from", "fm:fineTunedFrom"),
                                                   ("distilled from", "fm:distilledFrom")])
def test_a_model_phrase_names_the_model_it_comes_from(read, phrase, predicate):
    page = read(f"Notes\nVantablue released Korin-2 in 2024, a family of translation models {phrase} Talon-7B.\n")
    assert page.values("korin-2", predicate) == {"talon-7b"}


def test_the_body_that_passed_a_law_issued_it(read):
    page = read("The ML Trust Act\nThe ML Trust Act is a law of Freedonia. It was passed by the National Assembly "
                "on 26 December 2024.\n")
    assert page.values("ml-trust-act", "fm:issuedBy") == {"national-assembly"}
    assert "PublicAuthority" in _types(page, "national-assembly")


@pytest.mark.parametrize("phrase", ["Amazon Bedrock, run by Amazon Web Services,",
                                    "Amazon Bedrock, Amazon Web Services's model platform,"])
def test_who_runs_a_platform_operates_it(read, phrase):
    page = read(f"Notes\nTalon-7B could be called through {phrase} from launch day.\n")
    assert page.values("amazon-bedrock", "fm:operatedBy") == {"amazon-web-services"}


def test_a_platform_on_a_cloud_is_not_one_name(read):
    page = read("Notes\nTalon-7B can be called through Kestrel Studio on Nimbus Cloud.\n")
    assert "kestrel-studio" in page.values("talon-7b", "fm:availableOn")
    assert "kestrel-studio-on-nimbus-cloud" not in page.entities()


@pytest.mark.parametrize("sentence", ["Kestrel Labs, Quorvex Group's research lab, released Orrin-5 in 2024.",
                                      "Quorvex Group acquired Kestrel Labs in 2024."])
def test_a_parent_organization_from_a_possessive_or_an_acquisition(read, sentence):
    page = read(f"Notes\nKestrel Labs is a Dublin start-up. {sentence}\n")
    assert page.values("kestrel-labs", "fm:parentOrganization") == {"quorvex-group"}


def test_a_text_to_speech_model_takes_text_and_gives_speech(read):
    page = read("Notes\nApril 2025: Nari Labs releases Orla, a text-to-speech model with 1.6 billion parameters.\n")
    assert page.values("orla", "fm:inputModality") == {"text"}
    assert page.values("orla", "fm:outputModality") == {"speech"}


def test_answering_in_text_is_an_output(read):
    page = read("Vision-language models\nVision-language models — Korin-VL (Vantablue) and Brisa-VL "
                "(Nordlicht Research). They accept images together with text and answer in text.\n")
    assert "text" in page.values("korin-vl", "fm:outputModality")
    assert "image" in page.values("korin-vl", "fm:inputModality")


def test_it_is_the_last_model_named_when_the_sentence_speaks_of_what_a_model_does(read):
    page = read("Notes\nMay 2025: Tessaly Labs publishes Orrin-ASR-2, an English speech recognition model. "
                "It transcribes recorded speech into punctuated text.\n")
    assert page.values("orrin-asr-2", "fm:outputModality") == {"text"}


def test_bullets_under_a_line_introducing_models_name_models(read):
    page = read("Notes\nVantablue released four models in 2025, which made up its first release:\n"
                "- Korin Micro handles text only and has a context window of 128,000 tokens;\n"
                "- Korin Canvas generates images from text prompts.\n")
    assert "FoundationModel" in _types(page, "korin-micro")
    assert page.values("korin-micro", "fm:contextWindow") == {"128000"}
    assert page.values("korin-canvas", "fm:outputModality") == {"image"}


def test_a_numbered_executive_order_is_a_regulation_that_owns_its_duties(read):
    page = read("Executive Order 20451\nExecutive Order 20451 was a directive of the President of Freedonia.\n"
                "Duties\nThe order made two groups answer to the ministry:\n"
                "- Companies developing frontier models had to report their training runs.\n"
                "- The same companies were required to share the results of their safety tests.\n")
    duties = page.values("executive-order-20451", "fm:imposesObligation")
    assert len(duties) == 2
    assert all(page.values(d, "fm:obligationBearer") == {"developer-of-frontier-models"} for d in duties)


def test_a_sentence_opening_with_a_date_dates_the_release_it_states(read):
    page = read("Notes\nIn September 2023 TII published Falcon-Q 180B, which has 180 billion parameters.\n")
    assert page.values("falcon-q-180b", "fm:developedBy") == {"tii"}
    assert page.values("falcon-q-180b", "fm:releaseDate") == {"2023-09"}


def test_a_family_of_models_developed_by_an_organization(read):
    page = read("Notes\nThe Kestrel models are a family of large language models developed by Nordlicht "
                "Research, a Berlin laboratory.\n")
    assert page.values("kestrel", "fm:developedBy") == {"nordlicht-research"}


def test_answers_in_text_is_an_output_however_it_is_tagged(read):
    page = read("Notes\nKorin 2 11B, a vision-language model, followed in May 2024; it accepts images and text and "
                "answers in text.\n")
    assert "text" in page.values("korin-2-11b", "fm:outputModality")


def test_an_old_university_keeps_its_founding_year(read):
    page = read("Developers\n- Università di Freedonia — public university founded in 1303 in Rome; released "
                "Minerva-X in 2024.\n")
    assert page.values("universita-di-freedonia", "fm:foundingDate") == {"1303"}


def test_an_item_that_names_its_model_with_its_gives_the_model_its_maker(read):
    page = read("Developers\n- Corvana — Bengaluru company founded in 2023; its Corvana-2, a language model with "
                "12 billion parameters, was released with open weights in 2025.\n")
    assert page.values("corvana-2", "fm:developedBy") == {"corvana"}
    assert page.values("corvana", "fm:headquarters") == {"bengaluru"}


def test_a_nationality_is_no_headquarters(read):
    page = read("Notes\nTessaly Labs is a South Korean company founded in 2020.\n")
    assert not page.values("tessaly-labs", "fm:headquarters")


@pytest.mark.parametrize(("sentence", "slug", "cls"), [
    ("The design was introduced by Albert Quill of Carrowmore University in 2023.", "carrowmore-university",
     "ResearchOrganization"),
    ("The law was approved by the Freedonian Parliament in March 2024.", "freedonian-parliament", "PublicAuthority"),
])
def test_an_organization_named_in_passing_is_one_by_its_own_words(read, sentence, slug, cls):
    page = read(f"Notes\n{sentence}\n")
    assert cls in _types(page, slug)


def test_an_acronym_with_a_name_particle_is_the_long_name(read):
    page = read("Notes\nThe Omar bin Khalid University of Computing (OBKUC) released Sahra-7B in 2024.\n")
    assert "OBKUC" in page.values("omar-bin-khalid-university-of-computing", "skos:altLabel")


def test_the_areas_a_law_lists_are_application_domains(read):
    page = read("Glenmoor AI Act\nHigh-risk systems are those used in sensitive areas listed in the annex: "
                "biometrics, critical infrastructure, education and the administration of justice.\n")
    for slug in ("biometrics", "critical-infrastructure", "education", "administration-of-justice"):
        assert "ApplicationDomain" in _types(page, slug)


def test_areas_listed_in_the_sentence_after_are_application_domains_too(read):
    page = read("Glenmoor AI Act\nThe law covers systems used in areas the Act lists. These include energy supply, "
                "drinking water and student evaluation in schools.\n")
    for slug in ("energy-supply", "drinking-water", "student-evaluation"):
        assert "ApplicationDomain" in _types(page, slug)


def test_an_authority_whose_name_ends_like_an_instrument_stays_an_authority(read):
    page = read("Rules\nThe Veltrane Transparency Act was issued by the Federal Office for Model Regulation.\n")
    assert "PublicAuthority" in _types(page, "federal-office-for-model-regulation")
    assert "Regulation" not in _types(page, "federal-office-for-model-regulation")
    assert page.values("veltrane-transparency-act", "fm:issuedBy") == {"federal-office-for-model-regulation"}


def test_the_instrument_called_by_its_head_word_owns_the_duties_after_it(read):
    page = read("Rules of Veltrane\nThe Measures for Labelling Synthetic Media took effect in 2025. The earlier "
                "Provisions on Deep Synthesis Services were issued in 2022.\nDuties\nThe Measures apply to "
                "operators. Operators must label synthetic images.\n")
    owners = {f.subject for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert owners == {"measures-for-labelling-synthetic-media"}


def test_a_bearer_named_with_what_it_provides_is_that_role(read):
    page = read("Veltrane Labelling Rules\nThe Veltrane Labelling Act governs synthetic media.\nDuties\n"
                "Providers of media synthesis services must add visible marks to generated images.\n")
    duty = next(iter(page.values("veltrane-labelling-act", "fm:imposesObligation")))
    assert page.values(duty, "fm:obligationBearer") == {"provider-of-media-synthesis-services"}


def test_all_of_these_duties_dates_the_duties_of_every_section(read):
    page = read("Veltrane Labelling Rules\nThe Veltrane Labelling Act governs synthetic media.\nDuties of Operators\n"
                "Operators must label synthetic images.\nDuties of Users\nUsers must declare synthetic images.\n"
                "Dates\nAll of these duties apply from 1 March 2026.\n")
    duties = page.values("veltrane-labelling-act", "fm:imposesObligation")
    assert len(duties) == 2
    assert all(page.values(duty, "fm:appliesFrom") == {"2026-03-01"} for duty in duties)


@pytest.mark.parametrize("sentence, slug", [
    ("It was issued by the Ministry of Trade and Digital Affairs (MTDA).", "ministry-of-trade-and-digital-affairs"),
    ("It was issued by the National Film and Broadcast Administration.", "national-film-and-broadcast-administration"),
])
def test_an_institution_whose_name_has_and_in_it_stays_one(read, sentence, slug):
    page = read(f"Rules\nThe Veltrane Media Act governs synthetic media. {sentence}\n")
    assert page.values("veltrane-media-act", "fm:issuedBy") == {slug}


def test_a_standard_with_a_number_is_named_whole(read):
    page = read("Standards\nISO/IEC 42001 is an international standard for AI management systems.\n")
    assert "Framework" in _types(page, "iso-iec-42001")


def test_an_agency_bears_a_duty_as_itself(read):
    page = read("Veltrane Act\nThe Veltrane Act on Synthetic Media governs agencies.\nDuties\n"
                "Each federal agency had to designate a chief synthetic media officer.\n")
    duty = next(iter(page.values("veltrane-act-on-synthetic-media", "fm:imposesObligation")))
    assert page.values(duty, "fm:obligationBearer") == {"federal-agency"}


def test_a_day_and_month_without_a_year_names_no_maker(read):
    page = read("News\nQuorvex on 4 October unveiled Talon Vision, a set of generative models for video.\n")
    assert "october" not in {f.subject for f in page.facts}


def test_names_apposed_to_a_model_noun_are_models(read):
    page = read("News\nQuorvex unveiled Talon. Its main model, Talon Video, has 30 billion parameters. A second "
                "model, Talon Audio, with 13 billion parameters, produces sound effects.\n")
    assert page.values("talon-video", "fm:parameterCount") == {"30000000000"}
    assert "FoundationModel" in _types(page, "talon-audio")


def test_a_name_ending_in_a_size_is_never_an_organization(read):
    page = read("News\nBrisa 3 8B and Brisa 3 70B were fine-tuned from Nordlicht's Kestrel 3.1 8B and Kestrel 3.1 70B "
                "with a new recipe.\n")
    assert not {"Organization", "Provider"} & _types(page, "kestrel-3-1-8b")


def test_coordinated_values_go_to_coordinated_models_in_order(read):
    page = read("News\nThe two main members, Talon 3 8B Instruct and Talon 3 2B Instruct, have 8 billion and "
                "2 billion parameters.\n")
    assert page.values("talon-3-8b-instruct", "fm:parameterCount") == {"8000000000"}
    assert page.values("talon-3-2b-instruct", "fm:parameterCount") == {"2000000000"}


def test_a_name_that_extends_a_known_model_is_a_model(read):
    page = read("Talon\nTalon Prime is the Talon Prime family of reasoning models by Quorvex. Talon Prime Ultra, "
                "with 253 billion parameters, followed in April 2025.\n")
    assert page.values("talon-prime-ultra", "fm:parameterCount") == {"253000000000"}


def test_what_most_models_of_a_family_have_is_not_said_of_the_family(read):
    page = read("Talon\nTalon is a family of language models developed by Quorvex. Most Talon models are released "
                "with open weights, many of them under the Quorvex Model License.\n")
    assert page.values("talon", "fm:openWeights") == set()
    assert page.values("talon", "fm:license") == set()


def test_an_item_clause_with_its_own_subject_after_a_date_is_about_the_term(read):
    # "LightOn" is a name the parser misreads at a sentence start (a real case, kept for that)
    page = read("Developers\n- LightOn — Lyon company founded in 2014; in May 2022 it released Orion-30B-0522, "
                "an open language model.\n")
    assert page.values("orion-30b-0522", "fm:developedBy") == {"lighton"}
    assert "FoundationModel" not in _types(page, "lighton")


def test_an_unknown_name_opening_a_sentence_is_its_subject(read):
    page = read("Developers\nLightOn is a Lyon company founded in 2014.\n")
    assert page.values("lighton", "fm:headquarters") == {"lyon"}


def test_a_city_the_tagger_calls_a_nationality_is_still_a_headquarters(read):
    page = read("Developers\nQuorvex is a Bengaluru company founded in 2019.\n")
    assert page.values("quorvex", "fm:headquarters") == {"bengaluru"}


def test_a_category_of_models_named_for_a_domain_gives_its_models_that_domain(read):
    page = read("Models\nModels by Category\nRobot foundation models — Kestrel-R1 (Quorvex) and Talon-R2 (Nordlicht). "
                "They output actions for a robot.\n")
    assert page.values("kestrel-r1", "fm:applicationDomain") == {"robotics"}
    assert page.values("talon-r2", "fm:applicationDomain") == {"robotics"}


def test_a_kind_phrase_that_names_a_domain_gives_the_model_that_domain(read):
    page = read("Models\nKestrel-P2 is a protein language model released by Quorvex in 2024.\n")
    assert page.values("kestrel-p2", "fm:applicationDomain") == {"biology"}


def test_the_risks_a_regulation_is_said_to_curb_are_risks_it_addresses(read):
    page = read("Veltrane Labelling Act\nThe Veltrane Labelling Act governs synthetic media. Its stated purpose is "
                "to curb disinformation and fraud.\n")
    assert page.values("veltrane-labelling-act", "fm:addressesRisk") == {"disinformation", "fraud"}


def test_the_risks_a_regulation_shields_people_from_are_risks_it_addresses(read):
    page = read("Veltrane Ballot Act\nThe Veltrane Ballot Act governs election advertising. Its stated purpose is "
                "to shield voters from misinformation, and above all from deepfakes.\n")
    assert page.values("veltrane-ballot-act", "fm:addressesRisk") == {"misinformation", "deepfakes"}


def test_a_long_institution_name_with_and_before_its_alias_is_one_name(read):
    page = read("Developers\nThe Nordlicht Institute for Signal Analysis and Machine Systems (Nordlicht ISAMS) "
                "released Kestrel-7B in 2024.\n")
    assert page.values("kestrel-7b", "fm:developedBy") == {
        "nordlicht-institute-for-signal-analysis-and-machine-systems"}


def test_sizes_listed_after_a_making_verb_are_the_makers_models(read):
    page = read("Talon\nTalon is a family of language models for programming released by Quorvex in 2023. "
                "Quorvex first published three sizes, Talon 7B, Talon 13B and Talon 34B.\n")
    assert page.values("talon", "fm:developedBy") == {"quorvex"}
    for size in ("talon-7b", "talon-13b", "talon-34b"):
        assert page.values(size, "fm:developedBy") == {"quorvex"}


def test_the_models_after_members_of_one_family_are_named_together_stand_for_the_family(read):
    page = read("Talon\nTalon is a family of language models released by Quorvex in 2023. Quorvex first published "
                "three sizes, Talon 7B, Talon 13B and Talon 34B. The models read code and text and generate code.\n")
    assert page.values("talon", "fm:inputModality") == {"code", "text"}
    assert page.values("talon-7b", "fm:inputModality") == set()


def test_models_offered_only_through_the_companys_paid_api_are_api_only(read):
    page = read("Talon\nQuorvex released Talon in 2023. Its successors, Talon-2 and Talon-3, are offered only "
                "through the company's paid API.\n")
    assert page.values("talon-2", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("talon-3", "fm:accessLevel") == {"APIOnlyAccess"}


def test_none_of_the_models_released_for_download_is_closed(read):
    page = read("Talon\nQuorvex released Talon-1B, Talon-3B and Talon-40B. None of the three was released for "
                "download.\n")
    assert page.values("talon-40b", "fm:accessLevel") == {"ClosedAccess"}
    assert page.values("talon-40b", "fm:openWeights") == {False}


@pytest.mark.parametrize("sentence, slug, date", [
    ("A larger sibling, Talon 8x22B, came out in April 2024.", "talon-8x22b", "2024-04"),
    ("Quorvex released Talon-J in June 2021, followed by Talon-NeoX-20B in February 2022.", "talon-neox-20b",
     "2022-02"),
    ("Quorvex released the Talon series, beginning with Talon-34B in November 2023.", "talon-34b", "2023-11"),
])
def test_a_model_that_came_out_or_followed_on_a_date_was_released_then(read, sentence, slug, date):
    page = read(f"Talon\nQuorvex builds language models. {sentence}\n")
    assert page.values(slug, "fm:releaseDate") == {date}


def test_a_bearer_called_by_its_head_word_keeps_the_laws_own_term(read):
    page = read("Veltrane AI Act\nThe Veltrane AI Act governs AI.\nDuties\nAny AI service operator must register its "
                "system. Operators of generative AI shall label their outputs as generated by AI.\n")
    bearers = {o for f in page.facts if f.predicate == "fm:obligationBearer" for o in [f.value]}
    assert bearers == {"ai-service-operator", "ai-service-operator-of-generative-ai"}


TABLE = """Small Models of 2023
A few small language models, one per row.
Model | Developer | Released | Parameters | Context window | Licence | Access
Talon 3 | Quorvex Systems | March 2023 | 7B | 4,096 | Apache 2.0 | Open weights
Brisa-9B | Nordlicht Research | 14 June 2023 | 9 billion | 8,192 tokens | Proprietary | API only
Karvo Mini | Quorvex Systems and Lumen Labs | 2023 | — | n/a | — | —
Organizations
| Organization | Founded | Headquarters | Models |
|---|---|---|---|
| Lumen Labs | 2021 | Tallinn | Karvo Max |
"""


def test_each_row_of_a_table_is_a_model_with_what_its_columns_say(read):
    page = read(TABLE)
    assert page.values("talon-3", "fm:developedBy") == {"quorvex-systems"}
    assert page.values("talon-3", "fm:releaseDate") == {"2023-03"}
    assert page.values("talon-3", "fm:parameterCount") == {"7000000000"}
    assert page.values("talon-3", "fm:contextWindow") == {"4096"}
    assert page.values("talon-3", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("talon-3", "fm:openWeights") == {True}
    assert page.values("brisa-9b", "fm:releaseDate") == {"2023-06-14"}
    assert page.values("brisa-9b", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_tables_empty_cells_and_coordinated_names_say_what_they_say(read):
    page = read(TABLE)
    assert page.values("karvo-mini", "fm:developedBy") == {"quorvex-systems", "lumen-labs"}
    for predicate in ("fm:parameterCount", "fm:contextWindow", "fm:license", "fm:accessLevel"):
        assert not page.values("karvo-mini", predicate), predicate
    assert not page.values("brisa-9b", "fm:license")  # "Proprietary" names no licence


def test_a_table_of_organizations_gives_founding_headquarters_and_models(read):
    page = read(TABLE)
    assert page.values("lumen-labs", "fm:foundingDate") == {"2021"}
    assert page.values("lumen-labs", "fm:headquarters") == {"tallinn"}
    assert page.values("karvo-max", "fm:developedBy") == {"lumen-labs"}
    assert "Provider" in _types(page, "lumen-labs")


def test_a_tables_facts_have_their_row_as_evidence(read):
    page = read(TABLE)
    [fact] = [f for f in page.facts if f.subject == "brisa-9b" and f.predicate == "fm:contextWindow"]
    assert page.document.text[fact.evidence.start:fact.evidence.end].startswith("Brisa-9B | Nordlicht Research")


def test_a_line_with_a_bar_in_prose_is_not_a_table(read):
    page = read("Notes\nQuorvex Systems released Talon 3 in March 2023, and its tokenizer splits words at | signs.\n")
    assert page.values("talon-3", "fm:developedBy") == {"quorvex-systems"}


def test_a_category_lists_coordinated_providers_are_each_a_developer(read):
    page = read("Models\nTabular models — Quill (Northwind Institute and Helios Labs) and Rook (Altamira University "
                "and others). They predict missing values in tables.\n")
    assert page.values("quill", "fm:developedBy") == {"northwind-institute", "helios-labs"}
    assert page.values("rook", "fm:developedBy") == {"altamira-university"}


def test_a_category_line_lists_its_models_under_a_heading_that_does_not_say_models(read):
    page = read("Generators by Kind\nMusic generation models — Quill 2.0 (Helios Labs), Rook (Northwind Institute) "
                "and Tarn (Varenne). Quill 2.0 writes songs from a prompt.\n")
    assert page.values("quill-2-0", "fm:developedBy") == {"helios-labs"}
    assert page.values("tarn", "fm:developedBy") == {"varenne"}


def test_each_or_all_three_after_a_category_line_speak_of_every_model_listed(read):
    page = read("Generators by Kind\nAvatar generation models — Quill (Helios Labs), Rook (Northwind Institute) and "
                "Tarn (Varenne). All three animate a single portrait into a video.\n")
    assert all("video" in page.values(model, "fm:hasModality") for model in ("quill", "rook", "tarn"))


def test_a_models_released_code_is_no_code_modality(read):
    page = read("Models\nAvatar generation models — Quill (Helios Labs) and Rook (Varenne). Rook copies facial "
                "expressions; Varenne released its code and weights in July 2024.\n")
    assert "code" not in page.values("rook", "fm:hasModality")


def test_a_coordinated_maker_list_may_end_with_a_university_and_its_campus(read):
    page = read("Models\n3D generation models — Quill (Helios Research and University of California, Berkeley) and "
                "Rook (Varenne). Each outputs a 3D object.\n")
    assert page.values("quill", "fm:developedBy") == {"helios-research", "university-of-california-berkeley"}


def test_every_maker_of_a_list_of_three_in_parentheses_is_a_developer_and_none_an_alias(read):
    page = read("Models\nTabular models — Quill (Helios Labs) and Rook (Varenne, the Northwind Institute of Science "
                "and Altamira University). They predict missing values in tables.\n")
    assert page.values("rook", "fm:developedBy") == {"varenne", "northwind-institute-of-science",
                                                     "altamira-university"}
    assert not page.values("rook", "skos:altLabel") & {"Varenne"}
    assert not page.values("rook", "fm:applicationDomain")


@pytest.mark.parametrize("sentence, slug", [
    ("They turn a written prompt into a 3D mesh.", "3d"),
    ("They work on tabular data, the rows and columns of spreadsheets.", "tabular-data"),
])
def test_three_dimensional_and_tabular_data_are_modalities(read, sentence, slug):
    page = read(f"Models\nSpecialist models — Vexel (Helios Labs) and Quill (Northwind Institute). {sentence}\n")
    assert slug in page.values("vexel", "fm:hasModality")


def test_a_bulleted_institution_with_commas_in_its_name_is_one_organization(read):
    page = read("Research centres\n- Institute for Photonics, Robotics and Language (IPRL) — research institute "
                "founded in 2020 in Trondheim; released Skarv-7B in 2024.\n")
    institute = "institute-for-photonics-robotics-and-language"
    assert page.values("skarv-7b", "fm:developedBy") == {institute}
    assert page.values(institute, "fm:foundingDate") == {"2020"}
    assert "IPRL" in page.values(institute, "skos:altLabel")
    assert not {"robotics", "language"} & page.entities()


def test_a_listed_model_named_again_after_or_is_one_model_with_an_alias(read):
    page = read("Models\nOcean models — Tidewise (Helios Labs) and the Coastal Ocean Prediction Engine, or COPE "
                "(Northwind Institute). They predict currents.\n")
    assert page.values("coastal-ocean-prediction-engine", "fm:developedBy") == {"northwind-institute"}
    assert "COPE" in page.values("coastal-ocean-prediction-engine", "skos:altLabel")
    assert "cope" not in page.entities()


def test_a_common_acronym_before_a_kind_noun_is_not_a_model_family(read):
    page = read("Risks\n- Biosecurity misuse — the chance that protein or DNA design models help make a toxin.\n")
    assert "dna" not in page.entities()


def test_a_variant_joined_to_a_version_continues_the_models_name(read):
    page = read("Models\nListen 2 was released by Helios Labs in 2022; its largest version, Listen 2 large-v3, "
                "appeared in November 2023.\n")
    assert page.values("listen-2-large-v3", "fm:releaseDate") == {"2023-11"}
    assert "large-v3" not in page.entities()


def test_a_listed_method_with_its_short_form_is_named_without_it(read):
    page = read("Adaptation methods\n- Sparse side tuning (SST) — training a small side network next to a frozen "
                "model.\n")
    assert "AdaptationMethod" in _types(page, "sparse-side-tuning")
    assert "SST" in page.values("sparse-side-tuning", "skos:altLabel")


def test_coordinated_developers_in_a_parenthesis_are_each_a_developer(read):
    page = read("Models\nModels by Category\nWeather models — Kestrel-W1 (Quorvex Labs and Nordlicht Research) and "
                "Talon-W2 (University of Brisa and others). They forecast the weather.\n")
    assert page.values("kestrel-w1", "fm:developedBy") == {"quorvex-labs", "nordlicht-research"}
    assert page.values("talon-w2", "fm:developedBy") == {"university-of-brisa"}


def test_a_one_word_conjunct_after_of_continues_the_institution_name(read):
    page = read("Models\nModels by Category\nWeather models — Kestrel-W3 (Institute of Brisa Science and Technology)."
                " They forecast the weather.\n")
    assert page.values("kestrel-w3", "fm:developedBy") == {"institute-of-brisa-science-and-technology"}


def test_a_model_a_company_publishes_on_a_platform_is_available_there(read):
    page = read("Quorvex\nIn April 2024 Quorvex published Talon-4, a family of small language models, on Brisahub.\n")
    assert page.values("talon-4", "fm:availableOn") == {"brisahub"}
    assert "Platform" in _types(page, "brisahub")


def test_each_platform_of_coordinated_prepositions_hosts_the_model(read):
    page = read("Quorvex\nQuorvex released Talon-5 in 2025. Talon-5 was offered on Brisahub and on Kestrel Foundry.\n")
    assert page.values("talon-5", "fm:availableOn") == {"brisahub", "kestrel-foundry"}


def test_a_platform_called_its_platform_is_run_by_the_organization_the_clause_speaks_of(read):
    page = read("Quorvex\nQuorvex is a Paris company founded in 2020. In May 2025 Quorvex added Talon-6 to Kestrel "
                "Foundry, its cloud platform for AI models.\n")
    assert page.values("kestrel-foundry", "fm:operatedBy") == {"quorvex"}


def test_a_platform_called_the_service_of_an_organization_is_run_by_it(read):
    page = read("Talon\nTalon-7 was also offered on Kestrel Foundry, the model service of Nordlicht Systems.\n")
    assert page.values("kestrel-foundry", "fm:operatedBy") == {"nordlicht-systems"}


def test_a_platform_that_an_organization_operates_is_run_by_it_under_its_acronym(read):
    page = read("Talon\nQuorvex sells Talon through Nordlicht Web Systems (NWS). Customers reach Talon-8 only "
                "through an API, mainly on Kestrel Foundry, the managed service for foundation models that NWS "
                "operates.\n")
    assert page.values("kestrel-foundry", "fm:operatedBy") == {"nordlicht-web-systems"}


def test_a_model_named_after_its_organization_is_the_same_model_without_that_name(read):
    page = read("Quorvex Kestrel\nQuorvex Kestrel is a family of language models built by Quorvex. In 2024 Quorvex "
                "presented Kestrel Lite, and later Kestrel grew to five models.\n")
    assert "kestrel" not in page.entities()
    assert page.values("kestrel-lite", "fm:modelFamily") == {"quorvex-kestrel"}


def test_a_model_fine_tuned_from_another_organizations_model_names_that_model(read):
    page = read("Talon\nQuorvex is a Paris company. Talon 70B was fine-tuned from Nordlicht's Kestrel 3.1 70B.\n")
    assert page.values("talon-70b", "fm:fineTunedFrom") == {"kestrel-3-1-70b"}


def test_models_fine_tuned_from_coordinated_bases_each_come_from_their_own(read):
    page = read("Talon\nQuorvex is a Paris company. Talon 8B and Talon 70B were fine-tuned from Nordlicht's "
                "Kestrel 3.1 8B and Kestrel 3.1 70B with a recipe of three stages.\n")
    assert page.values("talon-8b", "fm:fineTunedFrom") == {"kestrel-3-1-8b"}
    assert page.values("talon-70b", "fm:fineTunedFrom") == {"kestrel-3-1-70b"}


def test_a_name_apposed_to_a_version_of_a_model_is_a_model(read):
    page = read("Talon\nQuorvex released Talon 3.5 Large, and Talon 3.5 Large Swift, a distilled version of it that "
                "needs four steps. The weights of Talon 3 Compact, a version with 2 billion parameters, followed.\n")
    assert "FoundationModel" in _types(page, "talon-3-5-large-swift")
    assert "FoundationModel" in _types(page, "talon-3-compact")


def test_weights_not_released_but_offered_through_an_api_are_api_only(read):
    page = read("Talon\nQuorvex released Talon-1B, Talon-3B and Talon-40B. None of the three was released for "
                "download; they were offered only through the company's playground and partner APIs.\n")
    assert page.values("talon-40b", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("talon-40b", "fm:openWeights") == {False}


@pytest.mark.parametrize("subject", ["All are", "All of them were", "All three are", "All three models are"])
def test_all_of_a_paragraphs_models_share_what_all_are_said_to_have(read, subject):
    page = read("Talon\nQuorvex brought out the Talon 4.0 family of language models in 2025. The largest, Talon-4.0-H, "
                f"has 32 billion parameters; Talon-4.0-M has 7 billion parameters. {subject} licensed under Apache "
                "2.0.\n")
    for slug in ("talon-4-0", "talon-4-0-h", "talon-4-0-m"):
        assert page.values(slug, "fm:openWeights") == {True}


def test_a_platform_named_like_a_web_address_is_a_platform_its_owner_runs(read):
    page = read("Talon\nQuorvex released Talon 4.0 in 2025. It can be obtained from Nordlicht's brisax.ai platform "
                "as well as from Kestrel Hub.\n")
    assert page.values("talon-4-0", "fm:availableOn") == {"brisax-ai", "kestrel-hub"}
    assert page.values("brisax-ai", "fm:operatedBy") == {"nordlicht"}


def test_a_platform_whose_name_opens_with_a_foreign_article_keeps_it(read):
    page = read("Talon\nQuorvex released Talon 7B in 2024. The model could also be called through la Passerelle, "
                "Quorvex's API service.\n")
    assert page.values("talon-7b", "fm:availableOn") == {"la-passerelle"}
    assert page.values("la-passerelle", "fm:operatedBy") == {"quorvex"}


def test_its_unit_named_beside_it_is_part_of_the_organization(read):
    page = read("Quorvex\nQuorvex is a Lyon company founded in 2019. Its non-profit research lab, Quorvex For Science, "
                "released Talon 23 in May 2024.\n")
    assert page.values("quorvex-for-science", "fm:parentOrganization") == {"quorvex"}


def test_its_named_group_is_part_of_the_organization_named_before(read):
    page = read("Talon\nOn 3 December 2024 Quorvex introduced Talon, a new generation of models developed by its "
                "Quorvex Frontier group.\n")
    assert page.values("quorvex-frontier", "fm:parentOrganization") == {"quorvex"}


def test_an_organization_founded_and_later_acquired_has_its_buyer_as_parent(read):
    page = read("Labs\nKestrel Labs itself was founded in London in 2010 and acquired by Quorvex Inc. in 2014.\n")
    assert page.values("kestrel-labs", "fm:parentOrganization") == {"quorvex-inc"}


def test_a_spin_off_of_a_university_is_not_part_of_it(read):
    page = read("Developers\n- Kestrel AI — Beijing company founded in 2019 as a spin-off of Brisa University.\n")
    assert not page.values("kestrel-ai", "fm:parentOrganization")


@pytest.mark.parametrize("when, date", [("on 21 October", "2024-10-21"), ("on October 21", "2024-10-21"),
                                        ("in early October", "2024-10")])
def test_a_news_page_gives_its_dates_the_year_its_title_names(read, when, date):
    page = read(f"Model News: October 2024\nOctober\nQuorvex launched Talon 3.0 {when}, a family of language "
                "models.\n")
    assert page.values("talon-3-0", "fm:releaseDate") == {date}


def test_a_page_whose_title_names_no_year_leaves_a_yearless_date_unread(read):
    page = read("Model News\nQuorvex launched Talon 3.0 on 21 October, a family of language models.\n")
    assert not page.values("talon-3-0", "fm:releaseDate")


def test_a_model_released_together_with_another_shares_its_maker_and_date(read):
    page = read("Talon\nOn 9 July 2025 Quorvex released Talon 4, which it described as a reasoning model, together "
                "with Talon 4 Heavy, a version of Talon 4 that runs several agents.\n")
    assert page.values("talon-4-heavy", "fm:developedBy") == {"quorvex"}
    assert page.values("talon-4-heavy", "fm:releaseDate") == {"2025-07-09"}


@pytest.mark.parametrize("sentence", [
    "With the Nordlicht Institute of Technology it released Talon 9B in 2024.",
    "Quorvex developed Talon 9B together with the Nordlicht Institute of Technology.",
])
def test_a_partner_a_model_was_made_with_is_its_developer_too(read, sentence):
    page = read(f"Developers\n- Quorvex — Lyon company founded in 2019; {sentence}\n")
    assert page.values("talon-9b", "fm:developedBy") == {"quorvex", "nordlicht-institute-of-technology"}


def test_the_base_model_of_a_versioned_model_is_that_model(read):
    page = read("Talon\nIn March 2024 Quorvex published the weights of the Talon-1 base model under the Apache 2.0 "
                "licence.\n")
    assert "talon-1-base" not in page.entities()
    assert page.values("talon-1", "fm:openWeights") == {True}


def test_a_versioned_name_then_or_and_a_shorter_one_is_one_model(read):
    page = read("Talon\nA month later Quorvex previewed Talon-1.5 Vision, or Talon-1.5V, its first vision-language "
                "model. Talon-1.5V reads images.\n")
    assert "talon-1-5v" not in page.entities()
    assert "VisionLanguageModel" in _types(page, "talon-1-5-vision")


_LENDING_LAW = ("Westmoor Local Law 52\n"
                "Westmoor Local Law 52 of 2020, often called the scoring law, is a municipal law on automated credit "
                "scoring tools.\n"
                "Duties of Lenders and Credit Brokers\n"
                "- A lender or credit broker may not use an automated scoring tool unless the tool has been the "
                "subject of an accuracy review.\n"
                "- Applicants have to be informed at least five days before the tool is used.\n"
                "- The notice is required to state the data sources that the tool will use.\n"
                "- Lenders must keep the scoring records for at least two years.\n"
                "These duties bind credit brokers in the same way as lenders.\n")


def test_a_numbered_law_named_with_its_year_is_one_regulation_with_the_title_s_name_as_an_alias(read):
    page = read(_LENDING_LAW)
    regulations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert regulations == {"westmoor-local-law-52-of-2020"}
    assert page.values("westmoor-local-law-52-of-2020", "fm:imposesObligation")


def test_a_prohibition_with_unless_is_a_duty_labelled_by_what_it_requires(read):
    duties = read(_LENDING_LAW).values("westmoor-local-law-52-of-2020", "fm:imposesObligation")
    assert "westmoor-local-law-52-of-2020-prohibition-of-use-of-automated-scoring-tool-unless-subject-of-accuracy-" \
        "review" in duties


def test_a_passive_duty_is_borne_by_the_roles_its_section_heading_names(read):
    page = read(_LENDING_LAW)
    duty = "westmoor-local-law-52-of-2020-information-to-applicants"
    assert duty in page.values("westmoor-local-law-52-of-2020", "fm:imposesObligation")
    assert page.values(duty, "fm:obligationBearer") == {"lender", "credit-broker"}


def test_a_duty_of_a_thing_is_borne_by_the_roles_its_section_heading_names(read):
    page = read(_LENDING_LAW)
    duty = "westmoor-local-law-52-of-2020-notice-of-data-sources-tool-will-use"
    assert page.values(duty, "fm:obligationBearer") == {"lender", "credit-broker"}


def test_these_duties_bind_extends_the_section_s_duties_to_another_role(read):
    page = read(_LENDING_LAW)
    duty = "westmoor-local-law-52-of-2020-scoring-record-retention"  # how long is when, not what
    assert page.values(duty, "fm:obligationBearer") == {"lender", "credit-broker"}


def test_being_prohibited_from_doing_something_is_a_duty_not_to(read):
    page = read("Ashvale Data Act\nUnder the Ashvale Data Act, brokers are prohibited from selling biometric "
                "profiles.\n")
    duties = page.values("ashvale-data-act", "fm:imposesObligation")
    assert duties == {"ashvale-data-act-prohibition-of-biometric-profile-sale"}  # named as a reader does
    assert page.values(duties.pop(), "fm:obligationBearer") == {"broker"}


def test_a_regulation_s_stated_purpose_to_expose_a_harm_addresses_that_risk(read):
    page = read("Brackley Hiring Act\nThe Brackley Hiring Act is a state law on screening software. Its stated "
                "purpose is to expose algorithmic bias in hiring.\n")
    assert page.values("brackley-hiring-act", "fm:addressesRisk") == {"algorithmic-bias"}


def test_the_act_on_a_page_about_an_act_is_that_act_not_an_older_one_named_before(read):
    page = read("Dunmore Model Safety Act\nThe Dunmore Model Safety Act is a state law. It replaced the Dunmore "
                "Compute Act.\nScope\nThe Act's central concern is catastrophic risk.\n")
    assert page.values("dunmore-model-safety-act", "fm:addressesRisk") == {"catastrophic-risk"}
    assert not page.values("dunmore-compute-act", "fm:addressesRisk")


def test_listed_duties_take_the_date_a_later_sentence_of_their_section_gives(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots.\nDuties\n"
                "Manufacturers of service robots must:\n- keep a safety log;\n- appoint a safety officer.\n"
                "These obligations apply from 1 March 2027.\nLater Duties\n"
                "Further duties under the Act apply from 1 June 2028.\n")
    duties = page.values("ostrava-robotics-act", "fm:imposesObligation")
    assert len(duties) == 2
    assert all(page.values(duty, "fm:appliesFrom") == {"2027-03-01"} for duty in duties)


def test_two_ways_to_meet_one_duty_joined_by_or_are_one_duty(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots.\n"
                "Duties of Manufacturers\nSafety data shall be posted on the website or, if it is not, provided "
                "within 30 days of a request.\n")
    duties = page.values("ostrava-robotics-act", "fm:imposesObligation")
    assert duties == {"ostrava-robotics-act-post-safety-data-on-website"}


def test_how_often_and_what_a_relative_clause_says_belong_to_the_duty(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots.\n"
                "Manufacturers of service robots must review each robot annually and offer a repair service that "
                "covers worn sensors.\n")
    assert page.values("ostrava-robotics-act", "fm:imposesObligation") == {
        "ostrava-robotics-act-review-robot-annually",
        "ostrava-robotics-act-offer-repair-service-that-covers-worn-sensors"}


def test_a_thing_that_must_meet_a_duty_is_not_its_bearer(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots.\nDuties of Operators\n"
                "Operators must register each robot. Robot content must respect the safety code.\n")
    duties = page.values("ostrava-robotics-act", "fm:imposesObligation")
    assert {b for d in duties for b in page.values(d, "fm:obligationBearer")} == {"operator"}


def test_a_named_law_is_a_regulation(read):
    page = read("Westmoor Lending\nUnfair lending remains unlawful under the Westmoor Fair Credit Law.\n")
    assert "Regulation" in _types(page, "westmoor-fair-credit-law")


def test_a_list_s_bearer_that_offers_something_is_named_in_the_law_s_terms_with_what_it_offers(read):
    page = read("Brackley Robotics Act\nThe Brackley Robotics Act regulates robots.\nDuties\nAny robot service "
                "operator must register its robots. Operators that offer care robots are required to:\n"
                "- keep a maintenance log.\n")
    duty = "brackley-robotics-act-maintenance-log-retention"
    assert page.values(duty, "fm:obligationBearer") == {"robot-service-operator-of-care-robots"}


def test_a_bearer_that_offers_a_single_thing_is_not_named_by_it(read):
    page = read("Brackley Robotics Act\nThe Brackley Robotics Act regulates robots.\nDuties\nAny robot service "
                "operator must register its robots. An operator that offers a product based on care robots has to "
                "notify users in advance.\n")
    bearers = {b for d in page.values("brackley-robotics-act", "fm:imposesObligation")
               for b in page.values(d, "fm:obligationBearer")}
    assert bearers == {"robot-service-operator"}


def test_all_of_these_duties_dates_a_law_that_gives_no_date_of_its_own(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots.\nDuties\n"
                "Manufacturers of service robots must keep a safety log.\n"
                "All of these duties apply from 1 March 2027.\n")
    assert page.values("ostrava-robotics-act", "fm:appliesFrom") == {"2027-03-01"}


def test_all_of_these_duties_leaves_the_date_a_law_took_effect(read):
    page = read("Ostrava Robotics Act\nThe Ostrava Robotics Act regulates service robots. It took effect on "
                "1 January 2026.\nDuties\nManufacturers of service robots must keep a safety log.\n"
                "All of these duties apply from 1 March 2027.\n")
    assert page.values("ostrava-robotics-act", "fm:appliesFrom") == {"2026-01-01"}


_DRONE_LAW = ("Harlow Drone Act\nThe Harlow Drone Act regulates delivery drones.\nDuties of Drone Operators\n"
              "- Register each drone in the national registry.\n- Keep flight logs for two years.\nReports\n"
              "Incident reports must be submitted by drone operators within 72 hours.\n")


def test_an_order_in_a_bullet_under_a_duty_heading_is_a_duty_of_the_roles_it_names(read):
    page = read(_DRONE_LAW)
    duty = "harlow-drone-act-drone-registration-in-national-registry"
    assert duty in page.values("harlow-drone-act", "fm:imposesObligation")
    assert page.values(duty, "fm:obligationBearer") == {"drone-operator"}


def test_the_agent_of_a_passive_duty_bears_it(read):
    page = read(_DRONE_LAW)
    duty = "harlow-drone-act-incident-report-submission"
    assert page.values(duty, "fm:obligationBearer") == {"drone-operator"}


def test_a_bulleted_institution_with_a_two_word_short_name_is_one_item(read):
    page = read("Research centres\n- Helios Institute for Photonics and Language Systems (Helios IPL) — an institute "
                "in Trondheim; released Skarv-7B in 2024.\n")
    institute = "helios-institute-for-photonics-and-language-systems"
    assert page.values("skarv-7b", "fm:developedBy") == {institute}
    assert "Helios IPL" in page.values(institute, "skos:altLabel")


def test_an_architecture_in_a_kind_phrase_after_a_date_is_the_models(read):
    page = read("Models\nQuorvex released Talon-L in May 2024, an open-weight mixture-of-experts model with 90 billion "
                "parameters.\n")
    assert page.values("talon-l", "fm:hasArchitecture") == {"mixture-of-experts"}


@pytest.mark.parametrize("sentence, architecture", [
    ("Kestrel-V is a video model built as a diffusion transformer.", "diffusion-transformer"),
    ("Kestrel-V is a latent diffusion model.", "latent-diffusion-model"),
    ("Kestrel-V is a weather model, a graph neural network.", "graph-neural-network"),
])
def test_a_named_architecture_is_not_read_as_its_parts(read, sentence, architecture):
    page = read(f"Models\n{sentence}\n")
    assert page.values("kestrel-v", "fm:hasArchitecture") == {architecture}


def test_a_model_named_with_its_kind_after_its_is_the_items_organizations(read):
    page = read("Speech makers\n\n- Velmora — a Lisbon company founded in 2016. Its Oriel-4 model, released in May "
                "2025, transcribes calls, and its Lumo models turn text into speech.\n")
    assert page.values("oriel-4", "fm:developedBy") == {"velmora"}
    assert page.values("lumo", "fm:developedBy") == {"velmora"}


def test_the_companys_models_are_the_items_organizations(read):
    page = read("Speech makers\n\n- Tessaly — founded in Ghent in 2009. The company's Brin models transcribe speech.\n")
    assert page.values("brin", "fm:developedBy") == {"tessaly"}


def test_it_after_a_misparsed_first_sentence_is_the_bulleted_organization(read):
    page = read("Voice makers\n\n- Tessaly — founded in Bergen, Norway, in 2006 to commercialise research on speech "
                "recognition carried out at the University of Bergen. The company's Brin models transcribe speech.\n"
                "- Oriel Voice, a New York start-up founded in 2021, studies how voices express emotion. It released "
                "the Halden Speech Interface (HSI) in 2024, a speech-language model that listens to a user and "
                "replies in speech whose tone it adapts to the conversation.\n")
    assert page.values("halden-speech-interface", "fm:developedBy") == {"oriel-voice"}


def test_a_numbered_entry_with_its_makers_and_month_is_a_model_they_released_then(read):
    page = read("Medical Models\nEye imaging\n1. Talonet (Quorvex Eye Hospital and the Vantablue Institute of "
                "Optics, September 2023). The two institutions trained the model on retinal photographs.\n")
    assert "FoundationModel" in _types(page, "talonet")
    assert page.values("talonet", "fm:developedBy") == {"quorvex-eye-hospital", "vantablue-institute-of-optics"}
    assert page.values("talonet", "fm:releaseDate") == {"2023-09"}
    assert not page.values("talonet", "fm:headquarters")


@pytest.mark.parametrize("details", ["(Oslo, 2021)", "(Oslo, founded 2021)", "(Oslo, founded in 2021)"])
def test_a_bulleted_organizations_parenthesised_place_and_year(read, details):
    page = read(f"Developers\n\n- Quorvex Labs {details}: develops speech-to-text models sold through its API.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == {"oslo"}
    assert page.values("quorvex-labs", "fm:foundingDate") == {"2021"}


def test_how_a_whole_family_is_reached_is_how_its_members_are(read):
    page = read("Brisa models\n\nNordlicht released the Brisa family in 2024. Neither Brisa nor its successor has "
                "published weights: customers reach the models only through an API.\n"
                "Brisa Lite, a small language model, answers in Danish.\n")
    assert page.values("brisa-lite", "fm:modelFamily") == {"brisa"}
    assert page.values("brisa-lite", "fm:accessLevel") == page.values("brisa", "fm:accessLevel") != set()


def test_a_licence_given_to_a_family_alone_is_not_its_members(read):
    page = read("Brisa models\n\nNordlicht published Brisa under the MIT licence in 2024.\n"
                "Brisa Lite, a small language model, answers in Danish.\n")
    assert page.values("brisa-lite", "fm:modelFamily") == {"brisa"}
    assert page.values("brisa-lite", "fm:accessLevel") == set()


def test_a_model_used_on_a_second_platform_is_available_on_both(read):
    page = read("Notes\nOn 23 April 2024 Quorvex released Talon-3, a language model. From launch it could be "
                "downloaded from Hugging Face and used on Brightlake Cloud.\n")
    assert page.values("talon-3", "fm:availableOn") == {"hugging-face", "brightlake-cloud"}


def test_weights_published_on_a_platform_make_the_model_available_there(read):
    page = read("Notes\nQuorvex released Brin-4, a language model, on Brightlake Cloud in December 2024 and published "
                "its weights on Hugging Face in January 2025.\n")
    assert page.values("brin-4", "fm:availableOn") == {"brightlake-cloud", "hugging-face"}


@pytest.mark.parametrize("sentence", [
    "Talon-3 could be used on Brightlake Studio, which was renamed Brightlake Foundry in November 2024.",
    "Talon-3 is offered on Brightlake Foundry (formerly Brightlake Studio).",
])
def test_a_renamed_platform_is_one_entity_under_its_new_name(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("talon-3", "fm:availableOn") == {"brightlake-foundry"}
    assert page.values("brightlake-foundry", "rdfs:label") == {"Brightlake Foundry"}
    assert page.values("brightlake-foundry", "skos:altLabel") == {"Brightlake Studio"}


def test_a_when_clause_takes_the_date_of_the_clause_it_hangs_on(read):
    page = read("Notes\nThat changed on 5 August 2025, when Quorvex published Talon-120b and Talon-20b, its first "
                "open-weight language models.\n")
    assert page.values("talon-120b", "fm:releaseDate") == page.values("talon-20b", "fm:releaseDate") == {"2025-08-05"}


def test_models_announced_by_number_take_the_date_of_the_announcement(read):
    page = read("Notes\nBrin-4 came first. Two smaller models joined it in February 2025. Brin-4-mini is a text-only "
                "model with 3.8 billion parameters. Brin-4-multimodal, with 5.6 billion parameters, takes speech as "
                "input. Brin-5 came later.\n")
    assert page.values("brin-4-mini", "fm:releaseDate") == {"2025-02"}
    assert page.values("brin-4-multimodal", "fm:releaseDate") == {"2025-02"}
    assert page.values("brin-5", "fm:releaseDate") == set()


def test_a_name_apposed_to_the_first_of_them_is_the_subject(read):
    page = read("Orel\n\n- Tessaly — Bangkok subsidiary; develops the Orel family of Thai language models. The first "
                "of them, Orel-7B, was released in December 2023 and was built on Talon 7B.\n")
    assert page.values("orel-7b", "fm:releaseDate") == {"2023-12"}
    assert page.values("orel-7b", "fm:basedOn") == {"talon-7b"}
    assert page.values("talon-7b", "fm:releaseDate") == set()


def test_an_items_clause_opening_with_its_has_its_own_subject(read):
    page = read("Groups\n\n- Nordlicht Research — an open-source research group; its Brin 3 series, published in "
                "August 2024, was fine-tuned from Quorvex's Talon 3.1.\n")
    assert page.values("brin-3", "fm:fineTunedFrom") == {"talon-3-1"}


@pytest.mark.parametrize("sizes", ["in sizes of 8, 70 and 405 billion parameters",
                                   "from 111 million to 13 billion parameters"])
def test_a_list_or_range_of_sizes_gives_no_one_parameter_count(read, sizes):
    page = read(f"Notes\nQuorvex released the Brin family in 2024 {sizes}.\n")
    assert page.values("brin", "fm:parameterCount") == set()


def test_a_subsidiary_of_a_described_group_has_that_group_as_parent(read):
    page = read("Labs\n\n- Velmora Brain — an AI research company founded in 2017 as a subsidiary of the South Korean "
                "internet group Velmora.\n")
    assert page.values("velmora-brain", "fm:parentOrganization") == {"velmora"}


def test_a_group_of_subscribers_is_no_parent(read):
    page = read("Notes\nQuorvex released Brin-1 in November 2023, at first to a limited group of paying Tessaly "
                "subscribers.\n")
    assert page.values("quorvex", "fm:parentOrganization") == set()


@pytest.mark.parametrize("kind", ["a family of small open language models", "a family of open Danish language models"])
def test_a_model_called_an_open_language_model_has_open_weights(read, kind):
    page = read(f"Notes\nIn April 2024 Quorvex published Orel, {kind}, on Hugging Face.\n")
    assert page.values("orel", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_the_open_members_of_a_family_do_not_open_the_family(read):
    page = read("Notes\nBrin is a family of language models developed by Quorvex. The weights of the open Brin models "
                "can be downloaded from Hugging Face.\n")
    assert page.values("brin", "fm:accessLevel") == set()


@pytest.mark.parametrize("noun", ["start-up", "startup", "company"])
def test_a_city_start_up_is_headquartered_there(read, noun):
    page = read(f"Developers\n\n- Nordlab — a Berlin {noun} founded in 2020; released Brin-2 in 2024.\n")
    assert page.values("nordlab", "fm:headquarters") == {"berlin"}


def test_a_model_an_organizations_item_introduces_is_its(read):
    page = read("Developers\n\n- Quorvex — enterprise software company founded in 2020; develops the Talon family of "
                "large language models. Orla-2 and Fenn-2 are domain-specific models for medicine and finance.\n")
    assert page.values("orla-2", "fm:developedBy") == {"quorvex"}


def test_a_model_an_item_names_as_a_base_is_not_the_items_organizations(read):
    page = read("Developers\n\n- Nordlab — search company founded in 2022; in February 2025 it released Sela 1776, a "
                "reasoning model fine-tuned from Talon-R1, and published its weights.\n")
    assert "nordlab" not in page.values("talon-r1", "fm:developedBy")


def test_a_family_member_in_an_item_keeps_its_familys_maker(read):
    page = read("Developers\n\n- Velmora — founded in 2014 in Tokyo; its subsidiary Velmora Elements develops the Brin "
                "family of language models, including Brin-100B, which has 100 billion parameters.\n")
    assert page.values("brin-100b", "fm:developedBy") == {"velmora-elements"}


_COMPOUND_TABLE = ("Comparison\n\nModel | Maker | Parameters (total / active) | Access and licence\n"
                   "- Talon 3 | Quorvex | 300 billion / 30 billion | open weights, Apache 2.0\n"
                   "- Brin-2 | Nordlab | 12 billion | API only\n")


def test_a_split_cell_under_a_header_of_two_things_gives_both(read):
    page = read(_COMPOUND_TABLE)
    assert page.values("talon-3", "fm:parameterCount") == {"300000000000"}
    assert page.values("talon-3", "fm:activeParameterCount") == {"30000000000"}
    assert page.values("talon-3", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert page.values("talon-3", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_an_unsplit_cell_under_a_header_of_two_things_is_its_first_thing(read):
    page = read(_COMPOUND_TABLE)
    assert page.values("brin-2", "fm:parameterCount") == {"12000000000"}
    assert page.values("brin-2", "fm:activeParameterCount") == set()
    assert page.values("brin-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_name_ending_in_a_capital_letter_is_one_name(read):
    page = read("Notes\nCommand A was developed by Quorvex in March 2025.\n")
    assert page.values("command-a", "fm:developedBy") == {"quorvex"}


def test_a_name_apposed_to_a_model_noun_is_a_model(read):
    page = read("Notes\nA companion model, Talon-R1-Zero, was trained with reinforcement learning alone.\n")
    assert "FoundationModel" in _types(page, "talon-r1-zero")


def test_a_negated_release_is_said_of_the_subject_not_of_the_models_it_was_built_from(read):
    page = read("Notes\nBrin-2, introduced in July 2023, was built from the vision-language models Orel-X and Sela-E "
                "and was not released to the public.\n")
    assert page.values("brin-2", "fm:accessLevel") == {"ClosedAccess"}
    assert page.values("orel-x", "fm:accessLevel") == page.values("sela-e", "fm:accessLevel") == set()


def test_an_untyped_name_that_turns_one_modality_into_another_is_a_model(read):
    page = read("Notes\nBrinstone Video Diffusion turns a single still image into a short video clip.\n")
    assert "FoundationModel" in _types(page, "brinstone-video-diffusion")
    assert page.values("brinstone-video-diffusion", "fm:outputModality") == {"video"}


def test_the_owner_of_a_model_named_by_what_it_does_is_its_developer(read):
    page = read("Notes\nQuorvex is a London company.\nQuorvex's Brinstone Video turns a single still image into a "
                "short video clip.\n")
    assert page.values("brinstone-video", "fm:developedBy") == {"quorvex"}


def test_an_organization_that_turns_text_into_images_is_not_a_model(read):
    page = read("Notes\nQuorvex turns written prompts into images.\n")
    assert page.values("quorvex", "rdf:type") == set()


@pytest.mark.parametrize("sentence", ["Brin-3 is a text-only model.",
                                      "Quorvex released Brin-3, which handles text only."])
def test_a_model_said_to_handle_one_modality_only_has_it(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert "text" in page.values("brin-3", "fm:hasModality") | page.values("brin-3", "fm:inputModality")


_SET_OF_MODELS = ("Notes\nIn June 2024 Quorvex released Talon 340B, a set of three models with 340 billion parameters "
                  "each: Talon 340B Base, Talon 340B Instruct and Talon 340B Reward. The base model was pre-trained on "
                  "9 trillion tokens of text and has a context window of 4,096 tokens.\n")


def test_versioned_names_listed_after_a_colon_about_models_are_models(read):
    page = read(_SET_OF_MODELS)
    assert {"talon-340b-base", "talon-340b-instruct", "talon-340b-reward"} <= {
        f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "FoundationModel"}


def test_the_base_model_is_the_one_named_base(read):
    page = read(_SET_OF_MODELS)
    assert page.values("talon-340b-base", "fm:contextWindow") == {"4096"}
    assert page.values("talon-340b-reward", "fm:contextWindow") == set()


def test_models_added_to_a_platform_are_available_there(read):
    page = read("Notes\nQuorvex added Talon 3 and Talon 3 mini to Brightlake Foundry, its cloud platform.\n")
    assert page.values("talon-3", "fm:availableOn") == page.values("talon-3-mini", "fm:availableOn") == {
        "brightlake-foundry"}


def test_a_tagged_organization_that_does_what_organizations_do_is_one(read):
    page = read("Notes\nIn August 2024 Microsoft hired the founders of the start-up and licensed its models.\n")
    assert "Organization" in _types(page, "microsoft")


def test_a_model_that_is_offered_is_no_organization(read):
    page = read("Notes\nTalon-3 offers a context window of 8,192 tokens.\n")
    assert "Organization" not in _types(page, "talon-3")


@pytest.mark.parametrize("page_text", [
    "Developers\n\n- Nordlab — government-funded research centre in Abu Dhabi, established in 2020.\n",
    "Developers\n\nNordlab, a non-profit research institute in Abu Dhabi, released Talon 3 in 2024.\n",
])
def test_an_organization_described_as_a_centre_in_a_city_is_headquartered_there(read, page_text):
    page = read(page_text)
    assert page.values("nordlab", "fm:headquarters") == {"abu-dhabi"}


@pytest.mark.parametrize("sentence", ["Orel-8B followed in October 2023.",
                                      "Orel-8B, which followed in October 2023, is a vision-language model."])
def test_a_model_that_followed_in_a_month_was_released_then(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("orel-8b", "fm:releaseDate") == {"2023-10"}


def test_each_model_released_with_its_own_date_takes_it(read):
    page = read("Notes\nQuorvex released Nela in January 2023, a vision-language model, and Nela-7B in June 2023, a "
                "language model.\n")
    assert page.values("nela", "fm:releaseDate") == {"2023-01"}
    assert page.values("nela-7b", "fm:releaseDate") == {"2023-06"}


@pytest.mark.parametrize("gloss", ['("o" for "omni")', "(stylized as SELA-4O)", "(Chinese: 通义千问)"])
def test_a_gloss_after_a_name_does_not_hide_the_sentence(read, gloss):
    page = read(f"Notes\nSela-4o {gloss} is a multilingual, multimodal generative pre-trained transformer developed by "
                "Tessaly and released in May 2024.\n")
    assert page.values("sela-4o", "fm:developedBy") == {"tessaly"}
    assert page.values("sela-4o", "fm:releaseDate") == {"2024-05"}


def test_a_parenthesised_maker_is_no_gloss(read):
    page = read("Notes\nBrin 2 (Quorvex) is a model.\n")
    assert page.values("brin-2", "fm:developedBy") == {"quorvex"}


@pytest.mark.parametrize("sentence", [
    "Orel 3 is a family of models comprising Orel 3 Haiku, Orel 3 Sonnet and Orel 3 Opus, released by Velmora in 2024.",
    "The Orel 3 family includes Orel 3 Haiku, Orel 3 Sonnet and Orel 3 Opus.",
])
def test_the_names_a_family_is_said_to_include_are_its_members(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("orel-3-haiku", "fm:modelFamily") == page.values("orel-3-opus", "fm:modelFamily") == {"orel-3"}


def test_a_family_released_with_its_members_named_keeps_its_date(read):
    page = read("Notes\nOrel 3 is a family of models comprising Orel 3 Haiku, Orel 3 Sonnet and Orel 3 Opus, released "
                "by Velmora on 4 March 2024.\n")
    assert page.values("orel-3", "fm:releaseDate") == {"2024-03-04"}
    assert page.values("orel-3-opus", "fm:releaseDate") == set()


_ANNOUNCED_FAMILY = ("Notes\nDecember 2024: Quorvex announces its Talon models, including Quorvex Talon Micro, "
                     "a text-only model, and Quorvex Talon Pro, which also accepts images and video.\n")


def test_the_models_a_family_is_said_to_include_are_its_members(read):
    page = read(_ANNOUNCED_FAMILY)
    assert page.values("quorvex-talon-micro", "fm:modelFamily") == {"talon"}
    assert page.values("quorvex-talon-pro", "fm:developedBy") == {"quorvex"}


def test_which_after_a_second_name_described_apart_from_the_first_is_the_second(read):
    page = read(_ANNOUNCED_FAMILY)
    assert page.values("quorvex-talon-pro", "fm:inputModality") == {"image", "video"}
    assert page.values("quorvex-talon-micro", "fm:inputModality") == set()


def test_they_after_models_listed_in_its_sentence_are_those_models(read):
    page = read(_ANNOUNCED_FAMILY.rstrip("\n").rstrip(".") + "; they are offered only through Brightlake Cloud.\n")
    assert page.values("quorvex-talon-micro", "fm:availableOn") == {"brightlake-cloud"}
    assert page.values("quorvex-talon-pro", "fm:availableOn") == {"brightlake-cloud"}


def test_what_customers_reach_only_through_an_api_is_api_only(read):
    page = read("Notes\nQuorvex Talon and Quorvex Nova are two families of foundation models built by Quorvex. "
                "Customers reach the models only through an API.\n")
    assert page.values("quorvex-talon", "fm:accessLevel") == page.values("quorvex-nova", "fm:accessLevel") == {
        "APIOnlyAccess"}


def test_a_date_goes_to_what_its_own_clause_released(read):
    page = read("Developers\n\n- Quorvex — Oslo company founded in 2019; develops the Talon family of language models "
                "and released Talon-4 in January 2024.\n")
    assert page.values("talon-4", "fm:releaseDate") == {"2024-01"}
    assert page.values("talon", "fm:releaseDate") == set()


_SIBLINGS = ("Notes\nTalon-3-small, with 7 billion parameters, and Talon-3-medium, with 14 billion, were made "
             "available in May 2024, together with Talon-3-vision, a 4.2-billion-parameter vision-language model.\n")


def test_a_name_after_anothers_with_phrase_is_coordinated_with_it(read):
    page = read(_SIBLINGS)
    assert page.values("talon-3-medium", "fm:releaseDate") == {"2024-05"}


def test_a_value_in_a_phrase_apposed_to_a_name_is_that_names(read):
    page = read(_SIBLINGS)
    assert page.values("talon-3-vision", "fm:parameterCount") == {"4200000000"}
    assert page.values("talon-3-medium", "fm:parameterCount") == {"14000000000"}  # its own, "with 14 billion"


def test_an_organization_listed_under_a_markets_heading_is_no_economic_impact(read):
    page = read("Developers\n\nNational Markets\n\n- QUORVEX (Bergen, founded 1997): a Norwegian video game company. "
                "Its AI division introduced Talon, a family of language models, in August 2023.\n")
    assert "EconomicImpact" not in {v for f in page.facts if f.predicate == "rdf:type" for v in (f.value,)}
    assert page.values("quorvex", "fm:headquarters") == {"bergen"}


def test_it_is_a_model_means_the_model_named_last_not_its_maker(read):
    page = read("Timeline\n\n3 December 2024 — Velmora releases Talonvid, a text-to-video model with 13 billion "
                "parameters, and publishes its weights and inference code. At the time it is the largest video "
                "generation model whose weights anyone can download.\n")
    assert page.values("talonvid", "fm:developedBy") == {"velmora"}
    assert not {"VideoGenerationModel", "FoundationModel"} & _types(page, "velmora")


def test_who_adapts_a_model_is_no_adaptation_method(read):
    page = read("Notes\nThe open models could be adapted by others, as Talon-V1 showed.\n")
    assert not {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "AdaptationMethod"}


def test_two_models_based_on_two_models_are_based_on_them_in_order(read):
    page = read("Notes\nTalon 7B and Talon 34B are based on Brin Code 7B and Brin Code 34B, two code models made by "
                "Quorvex.\n")
    assert page.values("talon-7b", "fm:basedOn") == {"brin-code-7b"}
    assert page.values("talon-34b", "fm:basedOn") == {"brin-code-34b"}


def test_sizes_listed_with_the_verb_left_out_are_each_models_size(read):
    page = read("Notes\nQuorvex published five sizes of Talon. Talon-Small has about 60 million parameters and "
                "Talon-Base about 220 million; Talon-Large has 770 million, Talon-3B roughly 3 billion and Talon-11B, "
                "the largest, about 11 billion.\n")
    assert page.values("talon-base", "fm:parameterCount") == {"220000000"}
    assert page.values("talon-11b", "fm:parameterCount") == {"11000000000"}


def test_a_quantity_of_tokens_after_a_name_is_no_parameter_count(read):
    page = read("Notes\nTalon-7B has 7 billion parameters, and Brin-2 2 trillion tokens of training data.\n")
    assert page.values("brin-2", "fm:parameterCount") == set()


def test_the_weights_in_a_section_naming_no_model_are_of_the_model_the_title_names(read):
    page = read("Veltra Coder\nVeltra Coder is a family of code models released by Ombrine Labs in 2024.\n"
                "Availability\nThe weights can be downloaded from Tessaract Hub.\n")
    assert page.values("veltra-coder", "fm:availableOn") == {"tessaract-hub"}


def test_a_second_platform_coordinated_after_an_aside_also_offers_the_model(read):
    page = read("Notes\nKestrel 2 could be called through Amazon Bedrock, run by Amazon Web Services, "
                "and through Vertex AI on Google Cloud.\n")
    assert page.values("kestrel-2", "fm:availableOn") == {"amazon-bedrock", "vertex-ai"}


def test_a_model_sold_through_a_platform_is_available_on_it(read):
    page = read("Notes\nTarnow Labs releases Oriel 1.0. The model is sold to businesses through Pellam Cloud.\n")
    assert page.values("oriel-1-0", "fm:availableOn") == {"pellam-cloud"}


def test_a_member_spelled_without_its_familys_space_is_in_that_family(read):
    page = read("Notes\nQuillon released Brava 3.5 in May 2025. The release contains Brava3.5-T2V-9B, a video model.\n")
    assert page.values("brava3-5-t2v-9b", "fm:modelFamily") == {"brava-3-5"}
    assert page.values("brava3-5-t2v-9b", "fm:developedBy") == {"quillon"}


def test_its_weights_after_a_base_model_are_the_subject_models_not_the_bases(read):
    page = read("Notes\nTarnow Labs released Oriel 2 in May 2025. It is a language model fine-tuned from Pellam-XL, "
                "a model by Quillon. Its weights were published under the Apache 2.0 licence.\n")
    assert page.values("oriel-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("pellam-xl", "fm:license") == set()


def test_names_apposed_to_the_sizes_a_model_came_in_are_its_members(read):
    page = read("Notes\nOrvel 2, developed by Quillon Research, followed in June 2024 in two sizes, Orvel 2 5B and "
                "Orvel 2 11B.\n")
    assert page.values("orvel-2-5b", "fm:modelFamily") == {"orvel-2"}
    assert page.values("orvel-2-11b", "fm:modelFamily") == {"orvel-2"}
    assert page.values("orvel-2-11b", "fm:releaseDate") == {"2024-06"}
    assert page.values("orvel-2-11b", "fm:developedBy") == {"quillon-research"}


def test_it_after_a_sentence_with_no_named_subject_is_the_model_that_sentence_named(read):
    page = read("Notes\nTarnow Labs makes language models.\nIn May 2024, the lab released Brisk 4, which covers ten "
                "languages. It was published in two sizes, Brisk 4 3B and Brisk 4 9B.\n")
    assert page.values("brisk-4-3b", "fm:modelFamily") == {"brisk-4"}


def test_an_entry_under_its_own_heading_describing_a_company_makes_the_heading_an_organization(read):
    page = read("Developers\nAsia\nOrvant Group\nThe Hangzhou company behind the Pexo payment app trains the Lumen "
                "family of language models. Its largest, Lumen-1T, came out in October 2025.\n")
    assert "Organization" in _types(page, "orvant-group")
    assert page.values("lumen-1t", "fm:developedBy") == {"orvant-group"}
    assert page.values("orvant-group", "fm:headquarters") == {"hangzhou"}


def test_a_section_word_heading_before_a_company_description_is_no_organization(read):
    page = read("Orvant Group\nOrvant Group is a company in Hangzhou.\nHistory\nThe company was founded in 2014.\n")
    assert _types(page, "history") == set()


def test_a_heading_before_a_paragraph_on_a_model_release_is_no_organization(read):
    page = read("Lumen Models\nLumen 2\nThree months later, in May 2024, the lab released Lumen 2.\n")
    assert "Organization" not in _types(page, "lumen-2")


def test_a_leading_date_without_a_comma_does_not_make_the_maker_a_platform(read):
    page = read("Notes\nOn 3 May 2024 Quillon released Brava, a language model.\n")
    assert page.values("brava", "fm:developedBy") == {"quillon"}
    assert page.values("brava", "fm:availableOn") == set()
    assert page.values("brava", "fm:releaseDate") == {"2024-05-03"}


def test_open_sourced_after_an_apposed_maker_is_a_release_with_open_weights(read):
    page = read("Notes\nOn 30 June 2025, Tarnow, the Lyon equipment company, open-sourced Brava Pro MoE, a "
                "mixture-of-experts language model with 72 billion parameters in total.\n")
    assert page.values("brava-pro-moe", "fm:developedBy") == {"tarnow"}
    assert page.values("brava-pro-moe", "fm:openWeights") == {True}
    assert "Organization" not in _types(page, "brava-pro-moe")


def test_a_new_name_built_on_a_known_models_name_that_followed_on_a_date_is_a_model(read):
    page = read("Lumen\nLumen is a family of language models developed by Orvant.\nLumen Expanse\n"
                "Lumen Expanse followed on 24 October 2024.\n")
    assert "FoundationModel" in _types(page, "lumen-expanse")
    assert page.values("lumen-expanse", "fm:releaseDate") == {"2024-10-24"}


def test_a_known_models_name_with_a_size_is_a_model_of_that_family(read):
    page = read("Notes\nOrvant released Lumen Vision, a pair of vision-language models with 8 billion and 32 billion "
                "parameters, called Lumen Vision 8B and Lumen Vision 32B.\n")
    assert page.values("lumen-vision-32b", "fm:modelFamily") == {"lumen-vision"}
    assert page.values("lumen-vision-8b", "fm:developedBy") == {"orvant"}


def test_the_model_after_a_base_named_by_its_weights_is_the_subject_model(read):
    page = read("Notes\nLumen is a family of language models by Orvant.\n- Quillon — Korean company; released Brava 9B "
                "in 2023, a language model initialised with the weights of Lumen 7B. The base model is licensed under "
                "Apache 2.0.\n")
    assert page.values("brava-9b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("lumen-7b", "fm:license") == set()


def test_sizes_listed_with_respectively_go_to_the_sized_models_in_order(read):
    page = read("Notes\nTarnow Labs makes language models. The lab released Brisk 4. It was published in two sizes, "
                "Brisk 4 3B and Brisk 4 9B, with 3 billion and 9 billion parameters respectively.\n")
    assert page.values("brisk-4-3b", "fm:parameterCount") == {"3000000000"}
    assert page.values("brisk-4-9b", "fm:parameterCount") == {"9000000000"}


def test_sizes_listed_before_the_names_they_are_called_go_in_order(read):
    page = read("Notes\nOrvant released Lumen Vision, a pair of vision-language models with 8 billion and 32 billion "
                "parameters, called Lumen Vision 8B and Lumen Vision 32B.\n")
    assert page.values("lumen-vision-32b", "fm:parameterCount") == {"32000000000"}
    assert page.values("lumen-vision", "fm:parameterCount") == set()


def test_a_maker_reaches_the_members_of_a_members_family(read):
    page = read("Notes\nLumen is a family of language models developed by Orvant.\nIn May 2024 Lumen 23 followed. "
                "It was published in two sizes, Lumen 23 8B and Lumen 23 35B.\n")
    assert page.values("lumen-23-35b", "fm:developedBy") == {"orvant"}


def test_their_weights_released_on_a_platform_reach_the_members_the_paragraph_names(read):
    page = read("Notes\nOrvant released Lumen Vision, a pair of vision-language models, called Lumen Vision 8B and "
                "Lumen Vision 32B. Their weights were released on Tessaract Hub under the MIT License.\n")
    assert page.values("lumen-vision-8b", "fm:availableOn") == {"tessaract-hub"}
    assert page.values("lumen-vision-32b", "fm:license") == {"http://spdx.org/licenses/MIT"}


def test_a_licence_said_of_a_family_by_name_alone_is_not_its_members(read):
    page = read("Notes\nLumen 3 is a family of language models by Orvant, in two sizes, Lumen 3 8B and Lumen 3 32B. "
                "Lumen 3 was published under the MIT License.\n")
    assert page.values("lumen-3-8b", "fm:license") == set()


def test_a_method_named_inside_a_longer_methods_name_is_not_named_too(read):
    page = read("Challenges\n- Drift — models stray from what users intend. Reinforcement learning from human feedback "
                "is the current approach, but drift remains an open problem.\n")
    assert "AdaptationMethod" in _types(page, "reinforcement-learning-from-human-feedback")
    assert _types(page, "reinforcement-learning") == set()


def test_reinforcement_learning_is_an_adaptation_method(read):
    page = read("Notes\nQuillon trained Brava-R1 with reinforcement learning on mathematics problems.\n")
    assert "AdaptationMethod" in _types(page, "reinforcement-learning")


@pytest.mark.parametrize("sentence", [
    "Orvant brought the design to enterprise software with the Lumen 4.0 family of language models.",
    "Orvant extended the family to images with Lumen 4.0, a vision-language model.",
    "Orvant, a start-up founded by a Stanford scientist, came out of stealth on 26 February 2025 with Lumen 4.0.",
])
def test_a_maker_that_brings_or_extends_something_with_a_model_made_it(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("lumen-4-0", "fm:developedBy") == {"orvant"}


def test_a_maker_that_published_several_of_a_familys_models_made_them(read):
    page = read("Notes\n- Quillon — a Tokyo company. In 2024 it published several Brava2 models with open weights on "
                "Tessaract Hub.\n")
    assert page.values("brava2", "fm:developedBy") == {"quillon"}
    assert page.values("brava2", "fm:availableOn") == {"tessaract-hub"}


def test_a_developer_of_models_apposed_after_the_founding_place_describes_the_organization(read):
    page = read("Developers\n- Quillon AI — founded in Berlin in 2020, a developer of search foundation models.\n")
    assert "Provider" in _types(page, "quillon-ai")
    assert page.values("quillon-ai", "fm:headquarters") == {"berlin"}
    assert "Provider" not in _types(page, "berlin")


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("- Quillon AI — founded in Berlin in 2020. In October 2025 the company was acquired by Pellam.",
     "quillon-ai", "pellam"),
    ("- Tarnow Telecom (Seoul, founded 1984) is the country's largest mobile operator and part of the Tarn Group.",
     "tarnow-telecom", "tarn-group"),
    ("- Vessa, a Rome company that belongs to the Italian IT group Vessaviva, works on speech analytics.",
     "vessa", "vessaviva"),
    ("- Orvant — founded in 2014 in Tunis; acquired in 2023 by Brixon, the German biotechnology company.",
     "orvant", "brixon"),
])
def test_a_parent_named_by_acquisition_part_or_belonging(read, text, child, parent):
    page = read(f"Developers\n{text}\n")
    assert page.values(child, "fm:parentOrganization") == {parent}


def test_a_bulleted_name_made_of_common_words_stays_one_name(read):
    page = read("Developers\n- Together Labs AI — a San Francisco company founded in 2022 that runs a cloud service.\n")
    assert page.values("together-labs-ai", "fm:headquarters") == {"san-francisco"}
    assert page.values("together-labs-ai", "fm:foundingDate") == {"2022"}


def test_a_term_paragraph_opening_with_the_maker_of_something_is_about_the_term(read):
    page = read("Developers\nBrixelworks. The maker of programming tools such as Quill IDE was founded in Prague in "
                "2000. It sells tools.\n")
    assert "Organization" in _types(page, "brixelworks")
    assert page.values("brixelworks", "fm:headquarters") == {"prague"}
    assert page.values("brixelworks", "fm:foundingDate") == {"2000"}


def test_a_fronted_founded_clause_gives_the_seat_and_year_of_the_subject(read):
    page = read("Developers\nVidmora. Founded in London in 2017, the company makes software that turns a script into "
                "a video.\n")
    assert page.values("vidmora", "fm:headquarters") == {"london"}
    assert page.values("vidmora", "fm:foundingDate") == {"2017"}


def test_a_bulleted_sentence_opening_with_a_name_and_its_seat_and_year(read):
    page = read("Developers\n- Quorvex (Mountain View, founded 2016) designs processors for running language models.\n")
    assert page.values("quorvex", "fm:headquarters") == {"mountain-view"}
    assert page.values("quorvex", "fm:foundingDate") == {"2016"}


def test_neither_family_has_published_weights_closes_both_families(read):
    page = read("Notes\nBrava and Lumen are two families of foundation models built by Orvant. Neither family "
                "has published weights: customers reach the models only through an API.\n")
    assert page.values("brava", "fm:openWeights") == {False}
    assert page.values("lumen", "fm:accessLevel") == {"APIOnlyAccess"}


def test_checkpoints_published_under_a_licence_are_of_the_model_the_sentence_released(read):
    page = read("Notes\nBrava is a family of language models developed by Orvant. The company released it in October "
                "2019, together with a long paper, and published both the code and the trained checkpoints under the "
                "Apache 2.0 licence.\n")
    assert page.values("brava", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("brava", "fm:openWeights") == {True}


def test_a_known_models_name_with_a_hyphenated_size_word_is_a_member(read):
    page = read("Notes\nIn October 2022 Orvant released Brava-T5, a set of language models. Brava-T5 comes in five "
                "sizes, from Brava-T5-Small to Brava-T5-XXL, which has 11 billion parameters.\n")
    assert page.values("brava-t5-small", "fm:modelFamily") == {"brava-t5"}
    assert page.values("brava-t5-xxl", "fm:developedBy") == {"orvant"}


def test_a_maker_announcing_a_number_of_models_makes_the_ones_the_next_sentences_open_with(read):
    page = read("Roundup of 2025\nOrvant Labs, the consumer division of Orvant, announced two models of its own on 28 "
                "August. Brava-Voice-1 is a speech generation model. Brava-1-preview is a language model.\n")
    assert page.values("brava-voice-1", "fm:developedBy") == {"orvant-labs"}
    assert page.values("brava-1-preview", "fm:developedBy") == {"orvant-labs"}
    assert page.values("brava-1-preview", "fm:releaseDate") == set()  # announced, not released


def test_the_models_after_one_set_of_models_are_that_set(read):
    page = read("Notes\nQuillon, a Lyon start-up, announced Brava v1 Preview in April, a set of open-weight language "
                "models in five sizes. The models were fine-tuned from Orvant's Lumen and Tarnow's Vela models.\n")
    assert page.values("brava-v1-preview", "fm:fineTunedFrom") == {"lumen", "vela"}


def test_a_name_after_a_leading_phrase_misread_as_the_root_is_the_verbs_subject(read):
    page = read("Roundup of 2024\nFive days later, on 26 November, Tarnow followed with Brava 2, a family of fully "
                "open language models.\n")
    assert page.values("brava-2", "fm:developedBy") == {"tarnow"}
    assert page.values("brava-2", "fm:releaseDate") == {"2024-11-26"}


def test_a_short_name_in_parentheses_after_an_organizations_name_is_its_alias(read):
    page = read("Notes\nThe Tarnow Institute for AI (Ta2), a non-profit institute in Seattle, released Brava 3. "
                "In 2025 Ta2 released Brava 4.\n")
    assert page.values("brava-4", "fm:developedBy") == {"tarnow-institute-for-ai"}


def test_two_names_opening_a_sentence_are_both_its_subjects(read):
    page = read("Notes\nBrava-Neo 1.3B and Brava-Neo 2.7B are decoder-only transformer language models, named for "
                "their sizes of 1.3 billion and 2.7 billion parameters, and both were published under the MIT "
                "License.\n")
    assert "LanguageModel" in _types(page, "brava-neo-1-3b")
    assert page.values("brava-neo-1-3b", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert page.values("brava-neo-2-7b", "fm:parameterCount") == {"2700000000"}


def test_two_models_apposed_as_a_pair_made_by_a_maker_are_both_its(read):
    page = read("Notes\nTarnow makes models.\nBrava 7B and Brava 34B are based on Vela 7B and Vela 34B, two code "
                "models made by Tarnow.\n")
    assert page.values("vela-7b", "fm:developedBy") == {"tarnow"}
    assert page.values("vela-34b", "fm:developedBy") == {"tarnow"}
    assert page.values("brava-7b", "fm:developedBy") == set()


def test_a_known_platform_deeper_in_the_offering_clause_offers_the_model(read):
    page = read("Notes\nBrava 3 is a video model by Tarnow. Brava 3 is offered to subscribers of the Lumen plan and to "
                "businesses through Vertex AI; its weights are not published.\n")
    assert page.values("brava-3", "fm:availableOn") == {"vertex-ai"}
    assert page.values("brava-3", "fm:openWeights") == {False}
    assert page.values("lumen", "fm:openWeights") == set()


def test_a_name_apposed_to_a_larger_version_is_a_model(read):
    page = read("Notes\nQuillon releases Brava-2B, a video model. A larger version, Brava-5B, follows in May 2025.\n")
    assert "FoundationModel" in _types(page, "brava-5b")


def test_a_kind_of_models_for_a_domain_gives_the_domain(read):
    page = read("Notes\nBrava is a pair of language models for mathematics that Quillon released in October 2023.\n")
    assert page.values("brava", "fm:applicationDomain") == {"mathematics"}


def test_a_model_obtained_by_fine_tuning_another_is_fine_tuned_from_it(read):
    page = read("Notes\nBrava and Brava-Base are code models by Orvant, released in May 2023. Brava was then "
                "obtained by fine-tuning Brava-Base on Python code.\n")
    assert page.values("brava", "fm:fineTunedFrom") == {"brava-base"}


def test_a_name_apposed_to_the_second_generation_is_a_model(read):
    page = read("Notes\nThe second generation, Brava2, was released on 28 February 2024.\n")
    assert page.values("brava2", "fm:releaseDate") == {"2024-02-28"}


def test_the_collaboration_stands_for_the_collaboration_named_before(read):
    page = read("Notes\nBrava is a family of code models developed by Vantacode, an open scientific collaboration. "
                "The collaboration's first model, Santa-1B, appeared in December 2022.\n")
    assert page.values("santa-1b", "fm:developedBy") == {"vantacode"}


def test_an_entry_whose_name_opens_in_lower_case_gives_its_details(read):
    page = read("Developers\n- iQuorvex (Milan, founded 2016): the company built Brava 9B, a language model.\n")
    assert page.values("iquorvex", "fm:headquarters") == {"milan"}
    assert page.values("iquorvex", "fm:foundingDate") == {"2016"}
    assert page.values("brava-9b", "fm:developedBy") == {"iquorvex"}


def test_a_line_that_is_only_a_year_gives_that_year_to_the_dates_under_it(read):
    page = read("Start-up Releases, 2024-2025\n2024\nQuillon ships Brava\nIn late July Quillon published Brava-70B.\n"
                "2025\nTarnow ships Vela\nIn March Tarnow released Vela-3B.\n")
    assert page.values("brava-70b", "fm:releaseDate") == {"2024-07"}
    assert page.values("vela-3b", "fm:releaseDate") == {"2025-03"}


def test_a_numbered_entry_with_its_maker_and_month_gives_both(read):
    page = read("Weather models\n1. Orvane (Kessel Institute and the Tarn Space Agency, March 2024). A model with "
                "300 million parameters trained on radar images.\n2. Brume (Halloway Labs, 2023). A rain model.\n")
    assert page.values("orvane", "fm:developedBy") == {"kessel-institute", "tarn-space-agency"}
    assert page.values("orvane", "fm:releaseDate") == {"2024-03"}
    assert page.values("orvane", "fm:parameterCount") == {"300000000"}
    assert page.values("brume", "fm:developedBy") == {"halloway-labs"}
    assert page.values("brume", "fm:releaseDate") == {"2023"}


def test_models_listed_under_a_domain_heading_are_of_that_domain(read):
    page = read("Medical models\n- Scalpel 7B (Ardent Health AI): a model that reads discharge notes.\n")
    assert page.values("scalpel-7b", "fm:applicationDomain") == {"medicine"}


def test_what_a_family_entry_says_holds_for_the_members_it_names(read):
    page = read("Medical models\n3. Vexor (Quorvex, May 2025). Built on Gemma 3, the collection came in two versions:"
                " Vexor 4B and Vexor 27B. Developers can download the weights and adapt them.\n")
    for member in ("vexor-4b", "vexor-27b"):
        assert page.values(member, "fm:modelFamily") == {"vexor"}
        assert page.values(member, "fm:releaseDate") == {"2025-05"}
        assert page.values(member, "fm:basedOn") == {"gemma-3"}
        assert page.values(member, "fm:openWeights") == {True}
        assert page.values(member, "fm:applicationDomain") == {"medicine"}


def test_a_model_made_by_further_pre_training_another_is_based_on_it(read):
    page = read("Notes\nZephyrine Legal is a model obtained by further pre-training Zephyrine 7B Instruct on court "
                "rulings.\n")
    assert page.values("zephyrine-legal", "fm:basedOn") == {"zephyrine-7b-instruct"}


@pytest.mark.parametrize("sentence", ["Developers can download the weights and adapt them.",
                                      "It was published on Hugging Face.",
                                      "Its weights are also on Hugging Face."])
def test_weights_one_can_download_or_find_on_a_hub_are_open(read, sentence):
    page = read(f"Flood models\n- Orbix (Helios Labs): a model for flood maps trained on radar images. {sentence}\n")
    assert page.values("orbix", "fm:openWeights") == {True}
    assert page.values("orbix", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_weights_said_to_be_on_a_platform_are_available_there(read):
    page = read("Notes\nOrbix WX is a weather model by Helios Labs; its weights are also on Hugging Face.\n")
    assert page.values("orbix-wx", "fm:availableOn") == {"hugging-face"}


def test_a_company_apposed_before_its_verb_releases_a_model_the_parser_misread(read):
    page = read("Notes\n- Morrow, a Leeds games company founded in 2004, released Cube 3D in March 2025.\n")
    assert page.values("cube-3d", "fm:developedBy") == {"morrow"}
    assert page.values("cube-3d", "fm:releaseDate") == {"2025-03"}


def test_a_heading_in_lower_case_names_the_organization_described_under_it(read):
    page = read("Phones\nzenta\nThe smartphone maker, founded in 2011 and based in Suzhou, presented its Kestrel "
                "family of language models in May 2024.\n")
    assert "Organization" in _types(page, "zenta")
    assert page.values("kestrel", "fm:developedBy") == {"zenta"}
    assert page.values("zenta", "fm:headquarters") == {"suzhou"}


def test_an_entry_that_began_as_a_project_was_founded_then(read):
    page = read("Transport\nRovan\nBegun in 2012 as a robotics project at Quorvex and based in Lund, the company has "
                "been a subsidiary of Halvard Group since 2018.\n")
    assert page.values("rovan", "fm:foundingDate") == {"2012"}
    assert page.values("rovan", "fm:parentOrganization") == {"halvard-group"}
    assert "begun" not in page.entities()


@pytest.mark.parametrize("clause", ["the financial data company built PellGPT, a language model for finance",
                                    "a team from its laboratory presented PellGPT, a language model for finance"])
def test_an_entry_whose_clause_describes_its_maker_made_the_model(read, clause):
    page = read(f"Developers\n- Pellworth (Boston, founded 1981): {clause}.\n")
    assert page.values("pellgpt", "fm:developedBy") == {"pellworth"}


def test_published_the_weights_of_a_member_opens_that_member_not_its_family(read):
    page = read("Phones\nzenta\nThe smartphone maker presented its Kestrel family of language models in May 2024. "
                "At the same time it published the weights of Kestrel-7B, a member with 7 billion parameters.\n")
    assert page.values("kestrel-7b", "fm:openWeights") == {True}
    assert page.values("kestrel", "fm:openWeights") == set()


def test_both_models_are_the_two_listed_after_a_plural_noun_not_a_model_named_to_compare(read):
    page = read("Notes\nThe company's first models, Vexa-6B and Vexa-34B, were released by Quorvex in November 2023. "
                "Vexa-34B has a context window of 4,096 tokens. It uses the same transformer architecture as Meta's "
                "Llama models. Both base models were published on Hugging Face under the Apache 2.0 licence.\n")
    for model in ("vexa-6b", "vexa-34b"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
    assert page.values("llama", "fm:license") == set()


def test_a_platform_said_of_its_weights_reaches_a_model_known_only_from_a_date(read):
    page = read("Notes\nVexa 2 was released in May 2023. Its weights were published on Hugging Face.\n")
    assert page.values("vexa-2", "fm:availableOn") == {"hugging-face"}


@pytest.mark.parametrize(("name", "spdx"), [("CC BY-SA 4.0", "CC-BY-SA-4.0"), ("CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0")])
def test_a_creative_commons_licence_gets_its_spdx_identifier(read, name, spdx):
    page = read(f"Notes\nVexa 2 was released by Quorvex in May 2023 under the {name} licence.\n")
    assert page.values("vexa-2", "fm:license") == {f"http://spdx.org/licenses/{spdx}"}


def test_members_named_where_their_family_is_dated_share_its_date(read):
    page = read("Timeline\nDecember 2024: Quorvex announces its Vexa models, including Vexa Micro, a text-only model, "
                "and Vexa Pro, which also reads images.\n")
    assert page.values("vexa-micro", "fm:releaseDate") == {"2024-12"}
    assert page.values("vexa-pro", "fm:releaseDate") == {"2024-12"}


def test_a_member_named_after_the_clause_that_dates_its_family_keeps_no_date(read):
    page = read("Notes\nQuorvex released Vexa in 2023, a family of language models; its successor, Vexa-2, is offered "
                "only through an API.\n")
    assert page.values("vexa", "fm:releaseDate") == {"2023"}
    assert page.values("vexa-2", "fm:releaseDate") == set()


def test_both_after_a_model_released_together_with_another_means_the_two(read):
    page = read("Notes\nIn August 2024 Quorvex released Vexa-2 together with Vexa-2 mini, a smaller version of it. "
                "Both were later added to the Quorvex API.\n")
    assert page.values("vexa-2", "fm:availableOn") == {"quorvex-api"}
    assert page.values("vexa-2-mini", "fm:availableOn") == {"quorvex-api"}


def test_a_name_apposed_to_its_makers_release_is_a_model_of_that_maker(read):
    page = read("Notes\nLumora is a start-up founded in 2021 in Oslo. Its best-known release, Lumora Vision 2, is a "
                "small model fine-tuned from Phi-1.5.\n")
    assert "FoundationModel" in _types(page, "lumora-vision-2")
    assert page.values("lumora-vision-2", "fm:developedBy") == {"lumora"}
    assert page.values("lumora-vision-2", "fm:fineTunedFrom") == {"phi-1-5"}


def test_a_language_model_paired_with_an_encoder_is_the_base_not_what_the_weights_are_of(read):
    page = read("Notes\nLumora released Lumora Vision 2 in 2024. It pairs a SigLIP image encoder with Microsoft's "
                "Phi-1.5 language model. The weights are published on Hugging Face under the Apache 2.0 licence.\n")
    assert page.values("lumora-vision-2", "fm:basedOn") == {"phi-1-5"}
    assert page.values("lumora-vision-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("phi-1-5", "fm:license") == set()


def test_a_campus_after_a_comma_is_part_of_a_numbered_entrys_name(read):
    page = read("Universities\n1. University of Zembla, Ostrava (Ostrava, founded 1868). Its researchers released "
                "Koalix in April 2023, a dialogue model.\n")
    assert page.values("university-of-zembla-ostrava", "fm:headquarters") == {"ostrava"}
    assert page.values("koalix", "fm:developedBy") == {"university-of-zembla-ostrava"}


def test_the_same_university_is_the_entry_not_the_maker_of_a_base_model_named_since(read):
    page = read("Universities\n- Ostrava University (Ostrava, founded 1868): its researchers released Koalix in "
                "April 2023, a dialogue model fine-tuned from Meta's LLaMA.\nThe same university published Gorillix "
                "in May 2023.\n")
    assert page.values("gorillix", "fm:developedBy") == {"ostrava-university"}


def test_a_bsd_licence_spelled_with_a_space_gets_its_spdx_identifier(read):
    page = read("Notes\nVexa 2 was released by Quorvex in 2024 under the BSD 3-Clause licence.\n")
    assert page.values("vexa-2", "fm:license") == {"http://spdx.org/licenses/BSD-3-Clause"}


def test_all_of_the_models_are_every_model_the_paragraph_named(read):
    page = read("Notes\nVexa-NL is a language model trained on English text. Vexa-Multi is a code model "
                "initialised from Vexa-NL. All of the models read a context window of 2,048 tokens.\n")
    assert page.values("vexa-nl", "fm:contextWindow") == {"2048"}
    assert page.values("vexa-multi", "fm:contextWindow") == {"2048"}


def test_a_name_set_off_by_commas_after_a_noun_and_read_as_an_interjection_is_its_apposition():
    # The parser read "Its best-known release, OpenChat 3.5, is ..." so on a page of the corpus; the same misreading
    # is set here on an analysed sentence of invented names, and the analysis's repair must undo it.
    from fmkg.extract.analysis import _repair_apposed_names, analyse

    doc = analyse(["Its best-known release, OpenVexa 3.5, is a language model."])[0]
    name = next(t for t in doc if t.text == "OpenVexa 3.5")
    verb = next(t for t in doc if t.text == "is")
    name.head, name.dep_ = verb, "intj"
    _repair_apposed_names(doc)
    assert (name.dep_, name.head.text) == ("appos", "release")


def test_a_relative_clause_whose_pronoun_the_parser_made_a_subject_names_the_maker(read):
    page = read("Notes\nTarsel-2, which Quillon Labs made available in June 2024, is a large language model.\n")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-2", "fm:releaseDate") == {"2024-06"}


@pytest.mark.parametrize("sentence", ["Developed by Quillon Labs, Tarsel-2 debuted in 2024.",
                                      "Built by Quillon Labs, Tarsel-2 is a large language model."])
def test_an_opening_participle_with_its_agent_names_the_maker(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}


def test_a_model_that_comes_from_a_company(read):
    page = read("Notes\nTarsel-2 comes from Quillon Labs, a Ghent start-up founded in 2021.\n")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}


def test_a_second_object_with_the_verb_left_out_is_released_too_with_its_own_date(read):
    page = read("Notes\nQuillon Labs released Tarsel-2 in 2024 and Tarsel-3 in 2025.\n")
    assert page.values("tarsel-3", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-3", "fm:releaseDate") == {"2025"}
    assert page.values("tarsel-2", "fm:releaseDate") == {"2024"}


def test_a_second_object_dated_relative_to_the_first_does_not_take_its_date(read):
    page = read("Notes\nQuillon Labs launched Tarsel-2 in March 2024 and Tarsel-3 a year later.\n")
    assert page.values("tarsel-3", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-3", "fm:releaseDate") == {"2025-03"}  # a year after the first's, not the first's


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Tarsel-2 Mini, a distilled version of Tarsel-2, came out a month later.", "fm:distilledFrom"),
    ("Tarsel-2 Mini is a distilled version of Tarsel-2.", "fm:distilledFrom"),
    ("Tarsel-2 Mini, an instruction-tuned version of Tarsel-2, came out a month later.", "fm:fineTunedFrom"),
    ("Tarsel-2 Mini is a quantized version of Tarsel-2.", "fm:quantizedFrom"),
])
def test_a_version_of_a_model_says_how_it_was_derived(read, sentence, predicate):
    page = read(f"Notes\nQuillon Labs released Tarsel-2 in 2024. {sentence}\n")
    assert page.values("tarsel-2-mini", predicate) == {"tarsel-2"}


def test_a_model_that_builds_on_another_is_based_on_it(read):
    page = read("Notes\nQuillon Labs released Tarsel-2 in 2024. Tarsel-2 builds on Meridian 4 8B.\n")
    assert page.values("tarsel-2", "fm:basedOn") == {"meridian-4-8b"}


def test_the_first_model_a_company_trained_was_a_named_model_of_that_company(read):
    page = read("Notes\nQuillon Labs makes analytics software. The first model it trained from scratch was Tarsel-2, "
                "which came out at the end of January 2024.\n")
    assert "FoundationModel" in _types(page, "tarsel-2")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-2", "fm:releaseDate") == {"2024-01"}


@pytest.mark.parametrize(("sentence", "count"), [
    ("Tarsel-4B, with about four billion parameters, is small.", "4000000000"),
    ("Tarsel-4B has twelve billion parameters.", "12000000000"),
])
def test_a_parameter_count_in_words(read, sentence, count):
    page = read(f"Notes\nQuillon Labs released Tarsel-4B in 2024. {sentence}\n")
    assert page.values("tarsel-4b", "fm:parameterCount") == {count}


def test_a_total_and_an_active_count_given_together(read):
    page = read("Notes\nQuillon Labs released Tarsel-4B in 2024. It is a mixture-of-experts model with 40 billion "
                "total and 6 billion active parameters.\n")
    assert page.values("tarsel-4b", "fm:parameterCount") == {"40000000000"}
    assert page.values("tarsel-4b", "fm:activeParameterCount") == {"6000000000"}


def test_a_bound_on_the_parameter_count_is_no_count(read):
    page = read("Notes\nQuillon Labs announced Tarsel-X, a model with more than one trillion parameters.\n")
    assert page.values("tarsel-x", "fm:parameterCount") == set()


def test_a_version_derived_from_a_model_by_fine_tuning_is_fine_tuned_from_it(read):
    page = read("Notes\nQuillon Labs released Tarsel-2 in 2024. A chat version, Tarsel-Chat, was derived from it by "
                "supervised fine-tuning.\n")
    assert page.values("tarsel-chat", "fm:fineTunedFrom") == {"tarsel-2"}
    assert page.values("tarsel-chat", "fm:basedOn") == {"tarsel-2"}


def test_a_consultancy_under_its_own_heading_is_the_organization_its_paragraph_describes(read):
    page = read("Developers\nSoftware consultancies\nKestrel Consulting\nThe German IT consultancy, founded in 2001, "
                "released Vexa-R1 in April 2025.\n")
    assert page.values("kestrel-consulting", "fm:foundingDate") == {"2001"}
    assert page.values("vexa-r1", "fm:developedBy") == {"kestrel-consulting"}


def test_an_entry_naming_its_own_organization_is_not_the_section_headings(read):
    page = read("Developers\nKestrel Consulting\nThe German IT consultancy, founded in 2001, released Vexa-R1.\n"
                "- Linagora — a French software company. Lucie-7B followed in January 2025.\n")
    assert page.values("lucie-7b", "fm:developedBy") == {"linagora"}
    assert page.values("lucie-7b", "fm:releaseDate") == {"2025-01"}


def test_it_after_the_one_model_a_sentence_released_is_that_model(read):
    page = read("Developers\n- Profluent — a protein-design start-up. In 2025 it presented ProGen3, a family of "
                "protein models.\nIts research unit, Valence Labs, released Boltz-2 in June 2025; the model predicts "
                "binding, and it is open source under the MIT licence.\n")
    assert page.values("boltz-2", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert page.values("progen3", "fm:license") == set()


def test_years_in_parentheses_after_listed_models_date_each_and_keep_the_list(read):
    page = read("Notes\nQuillon Labs has released several models: Tarsel-1 (2023), Tarsel-2 (2024) and Tarsel-3 "
                "(March 2025).\n")
    assert page.values("tarsel-3", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-1", "fm:releaseDate") == {"2023"}
    assert page.values("tarsel-3", "fm:releaseDate") == {"2025-03"}


def test_a_model_that_a_company_trained_is_the_companys(read):
    page = read("Notes\nTarsel-2 is a language model that Quillon Labs trained on 2 trillion tokens.\n")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}


def test_the_weights_of_a_model_available_on_a_platform_under_a_licence(read):
    page = read("Notes\nThe weights of Tarsel-2 are available on Hugging Face under an Apache 2.0 licence.\n")
    assert page.values("tarsel-2", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarsel-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_weights_published_later_do_not_date_the_model(read):
    page = read("Notes\nIts first model, Pivo-0, released in October 2024, is a robot model. Quillon Labs published "
                "the weights of Pivo-0 under the Apache 2.0 licence in February 2025.\n")
    assert page.values("pivo-0", "fm:releaseDate") == {"2024-10"}


def test_its_headquarters_are_in_a_city(read):
    page = read("Notes\nQuillon Labs was founded in 2021. Its headquarters are in Ghent.\n")
    assert page.values("quillon-labs", "fm:headquarters") == {"ghent"}


def test_a_model_created_by_researchers_from_two_organizations(read):
    page = read("Notes\nEldor-13B was created by researchers from the University of Eldoria and Quillon Labs.\n")
    assert page.values("eldor-13b", "fm:developedBy") == {"university-of-eldoria", "quillon-labs"}


def test_available_through_one_way_and_on_a_platform(read):
    page = read("Notes\nQuillon Labs released Tarsel-2 in 2024. Tarsel-2 is available through an API and on "
                "Nimbus Bedrock.\n")
    assert page.values("tarsel-2", "fm:availableOn") == {"nimbus-bedrock"}


def test_its_models_include_names_the_entrys_models(read):
    page = read("Developers\n- Norvane — a Lisbon-based lab founded in 2019; its models include Lumo 1 and Lumo 2.\n")
    assert page.values("lumo-2", "fm:developedBy") == {"norvane"}
    assert page.values("norvane", "fm:headquarters") == {"lisbon"}


@pytest.mark.parametrize("listed", [" such as BW-Act 1", ", including BW-Act 1", ", among them BW-Act 1"])
def test_a_model_given_as_an_example_of_the_models_a_company_builds_is_its(read, listed):
    page = read(f"Developers\n- Brightwater Robotics (Boston, 2018) builds robot models{listed}, released in March "
                "2025.\n")
    assert page.values("bw-act-1", "fm:developedBy") == {"brightwater-robotics"}


def test_an_entry_known_for_models_with_its_details_split_by_a_semicolon(read):
    page = read("Developers\n- Yuno Research (Singapore; founded 2022) — known for the open-weight Yuno-VL models.\n")
    assert page.values("yuno-research", "fm:headquarters") == {"singapore"}
    assert page.values("yuno-research", "fm:foundingDate") == {"2022"}
    assert page.values("yuno-vl", "fm:developedBy") == {"yuno-research"}


@pytest.mark.parametrize("sentence", ["Kavel Systems is a Seoul-based maker of the Kavel models.",
                                      "Kavel Systems, the developer of the Kavel models, was founded in 2021."])
def test_the_maker_of_models_is_their_developer(read, sentence):
    page = read(f"Developers\n{sentence}\n")
    assert page.values("kavel", "fm:developedBy") == {"kavel-systems"}


def test_a_lab_set_up_in_a_year_was_founded_then(read):
    page = read("Developers\n- Ostrava AI Lab — the research arm of Ceska Telekom, set up in 2020.\n")
    assert page.values("ostrava-ai-lab", "fm:foundingDate") == {"2020"}
    assert page.values("ostrava-ai-lab", "fm:parentOrganization") == {"ceska-telekom"}


def test_the_first_version_named_in_apposition_and_the_one_that_followed_are_dated(read):
    page = read("Notes\nQuillon Labs develops Tarsel. The first version, Tarsel-1, was released in March 2023, "
                "followed by Tarsel-2 in July 2023.\n")
    assert page.values("tarsel-1", "fm:releaseDate") == {"2023-03"}
    assert page.values("tarsel-2", "fm:releaseDate") == {"2023-07"}
    assert page.values("tarsel", "fm:developedBy") == {"quillon-labs"}  # not Tarsel-2, "followed by" no maker


def test_a_model_succeeded_by_another_dates_the_successor(read):
    page = read("Notes\nQuillon Labs released Tarsel 2 in 2023. Tarsel 2 was succeeded by Tarsel 3 in 2025.\n")
    assert page.values("tarsel-3", "fm:releaseDate") == {"2025"}


def test_both_after_two_models_released_together_are_those_two(read):
    page = read("Notes\nTarsel 3 and Tarsel 3 Mini were released by Quillon Labs in 2024; both are reasoning "
                "models.\n")
    assert "ReasoningModel" in _types(page, "tarsel-3-mini")
    assert "ReasoningModel" in _types(page, "tarsel-3")


@pytest.mark.parametrize("sentence", ["The model, called Tarsel-2, was released by Quillon Labs in 2024.",
                                      "Quillon Labs released a new model, named Tarsel-2, in 2024."])
def test_a_model_called_by_its_name_in_apposition(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("tarsel-2", "fm:developedBy") == {"quillon-labs"}


def test_only_offered_through_an_api_is_api_only(read):
    page = read("Notes\nQuillon Labs launched Tarsel-2 in 2024. Unlike its predecessor, the model is only offered "
                "through the company's API.\n")
    assert page.values("tarsel-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_models_obtained_by_fine_tuning_models_of_others_including_named_ones(read):
    page = read("Notes\nQuillon Labs released Brava, a suite of chat models, in 2023. The Brava models were obtained "
                "by fine-tuning open models of other developers, among them Meridian 40B and Kestrel-20B. They may be "
                "used commercially under Apache 2.0.\n")
    assert page.values("brava", "fm:fineTunedFrom") == {"meridian-40b", "kestrel-20b"}
    assert page.values("brava", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_heading_over_the_companys_product_is_no_organization(read):
    page = read("Quillon Labs models\nQuillon Labs makes tools.\nBrava\nThe company's first step into the field was "
                "Brava, a suite of chat models.\n")
    assert "Organization" not in _types(page, "brava")
    assert "LanguageModel" in _types(page, "brava")


@pytest.mark.parametrize("sentence", [
    "Quorvex was founded in 2023 and is owned and funded by Vantor Capital, a hedge fund.",
    "Later that year Vantor Capital, a data company headquartered in Boston, acquired Quorvex.",
    "18 February 2025 — Quorvex, part of the Beijing internet company Vantor Capital, releases Tarn-V1.",
    "- Quorvex — an institute in Bonn belonging to Vantor Capital, founded in 1949.",
    "- Quorvex, a Hanoi company set up in 2019 by the conglomerate Vantor Capital, published the Tarn models.",
    "- Vantor Capital (Boston, founded 2013) completed its acquisition of the British company Quorvex in 2024.",
])
def test_the_ways_an_organization_is_said_to_belong_to_another(read, sentence):
    page = read(f"Developers\n{sentence}\n")
    assert page.values("quorvex", "fm:parentOrganization") == {"vantor-capital"}


def test_a_company_founded_by_people_has_no_parent(read):
    page = read("Developers\n- Quorvex, a Hanoi company founded in 2019 by two former Google engineers, published "
                "the Tarn models.\n")
    assert page.values("quorvex", "fm:parentOrganization") == set()


def test_a_name_ending_in_model_is_a_model(read):
    page = read("Notes\nTwo siblings came out at the same event: the Quillon Vector Model, which draws vector "
                "graphics, and the Quillon Design Model, which lays out templates.\n")
    assert "FoundationModel" in _types(page, "quillon-vector-model")
    assert "FoundationModel" in _types(page, "quillon-design-model")


def test_a_kind_written_with_capitals_is_no_model(read):
    page = read("Notes\nA Large Language Model reads text.\n")
    assert "large-language-model" not in page.entities()


def test_a_company_that_made_a_model_available_released_it(read):
    page = read("Notes\nQuillon Labs released Tarsel in 2023. Twelve months later Quillon Labs made Tarsel 4 "
                "available, together with Tarsel 4 Ultra.\n")
    assert page.values("tarsel-4", "fm:developedBy") == {"quillon-labs"}
    assert page.values("tarsel-4-ultra", "fm:developedBy") == {"quillon-labs"}


def test_a_heading_over_this_research_lab_is_the_lab(read):
    page = read("Developers\nQuillon4Bharat\nThis research lab in Chennai works on open models. Its Tarsel2 models, "
                "open-sourced in 2023 under the MIT License, cover 22 languages.\n")
    assert page.values("tarsel2", "fm:developedBy") == {"quillon4bharat"}


def test_a_model_produced_by_continuing_the_pre_training_of_another_is_based_on_it(read):
    page = read("Notes\nOne of its models, Fanor-1-9B, was produced by continuing the pre-training of Meridian 2 9B on "
                "Arabic text.\n")
    assert page.values("fanor-1-9b", "fm:basedOn") == {"meridian-2-9b"}


def test_a_city_non_profit_is_based_there(read):
    page = read("Developers\n- Jacaranda Health — a Nairobi non-profit that runs a help line.\n")
    assert page.values("jacaranda-health", "fm:headquarters") == {"nairobi"}


def test_weights_not_available_and_access_through_an_api_is_api_only(read):
    page = read("Notes\nQuillon Labs released Tarsel 3 in 2024. Its weights are not publicly available; access is "
                "offered through a paid API.\n")
    assert page.values("tarsel-3", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("tarsel-3", "fm:openWeights") == {False}


def test_weights_not_publicly_available_are_closed(read):
    page = read("Notes\nQuillon Labs released Tarsel 3 in 2024. Its weights are not publicly available.\n")
    assert page.values("tarsel-3", "fm:accessLevel") == {"ClosedAccess"}


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Quillon Labs later released an instruction-tuned version, Tarsel-3-Instruct.", "fm:fineTunedFrom"),
    ("A quantized version, Tarsel-3-GGUF, followed.", "fm:quantizedFrom"),
])
def test_a_version_named_without_its_base_is_derived_from_the_model_before(read, sentence, predicate):
    page = read(f"Notes\nQuillon Labs released Tarsel 3 in 2024. {sentence}\n")
    derived = "tarsel-3-instruct" if "Instruct" in sentence else "tarsel-3-gguf"
    assert page.values(derived, predicate) == {"tarsel-3"}


def test_a_name_with_a_hyphen_and_one_letter_ends_its_sentence(read):
    page = read("Notes\nIn January 2025, Quillon Labs and Vantor Labs jointly released Tarsel-J. It has 7 billion "
                "parameters.\n")
    assert page.values("tarsel-j", "fm:developedBy") == {"quillon-labs", "vantor-labs"}
    assert page.values("tarsel-j", "fm:parameterCount") == {"7000000000"}


def test_a_companys_researchers_trained_a_model_described_after_a_comma(read):
    page = read("Notes\nQuillon Labs's researchers trained Tarsel-S, a 3-billion-parameter speech model.\n")
    assert page.values("tarsel-s", "fm:developedBy") == {"quillon-labs"}
    assert "SpeechModel" in _types(page, "tarsel-s")


@pytest.mark.parametrize(("entry", "slug", "place"), [
    ("- Selvane (Montreal) — founded in 2020, Selvane builds speech recognition models.", "selvane", "montreal"),
    ("- Ekora — Lagos-based; builds Ekora-1, a Yoruba language model released in 2024.", "ekora", "lagos"),
])
def test_an_entrys_city_in_parentheses_or_as_place_based(read, entry, slug, place):
    page = read(f"Developers\n{entry}\n")
    assert page.values(slug, "fm:headquarters") == {place}


def test_its_main_product_is_a_model_of_the_entrys_organization(read):
    page = read("Developers\nKorvik Labs\nHeadquartered in Oslo, Korvik Labs was founded in 2021. Its main product is "
                "the Korvik-7B language model.\n")
    assert page.values("korvik-7b", "fm:developedBy") == {"korvik-labs"}


def test_a_title_pairing_an_organization_with_another_name_is_no_one_makers_page(read):
    page = read("Quillon and Tarsel\nQuillon is a project that fine-tunes models. Its best-known release, Quillon 3.5, "
                "is a language model fine-tuned from Meridian 7B, the first model of the company Vantor AI.\n")
    assert page.values("quillon-3-5", "fm:developedBy") == {"quillon"}
    assert "quillon" not in page.values("meridian-7b", "fm:developedBy")


def test_every_model_named_above_is_every_model_of_the_page(read):
    page = read("Tarsel\nQuillon Labs released Tarsel-1 in 2023.\nLater\nQuillon Labs released Tarsel-2 in 2024.\n"
                "Downloads\nEvery Tarsel model named above can be downloaded from Hugging Face.\n")
    assert page.values("tarsel-1", "fm:availableOn") == page.values("tarsel-2", "fm:availableOn") == {"hugging-face"}


def test_a_title_opening_with_a_companys_first_name_is_that_companys_page(read):
    page = read("Quillon Language Models\nQuillon Technology, a Ghent company, has been putting out language models "
                "since 2023.\nDense models\nThe first, Tarsel-13B, was released on 7 August 2023.\n")
    assert page.values("tarsel-13b", "fm:developedBy") == {"quillon-technology"}


def test_successors_named_together_take_their_months_in_order(read):
    page = read("Notes\nQuillon Labs develops Tarsel. The first release, Tarsel-1, came out in March 2023. Its "
                "successors Tarsel-2 and Tarsel-3 followed in June and October 2023.\n")
    assert page.values("tarsel-2", "fm:releaseDate") == {"2023-06"}
    assert page.values("tarsel-3", "fm:releaseDate") == {"2023-10"}


def test_a_company_spun_off_in_a_year_was_founded_then(read):
    page = read("Notes\nTarsel is a series of chat models developed by Quillon AI, a Ghent company spun off from the "
                "University of Eldoria in 2019.\n")
    assert page.values("quillon-ai", "fm:foundingDate") == {"2019"}


def test_the_city_company_under_a_heading_is_the_headings_and_put_out_is_released(read):
    page = read("Developers\nCode and retrieval\nPhindo\nThe San Francisco company runs a search engine for "
                "programmers. In August 2023 it put out Phindo-34B-v1.\n")
    assert page.values("phindo", "fm:headquarters") == {"san-francisco"}
    assert page.values("phindo-34b-v1", "fm:developedBy") == {"phindo"}
    assert page.values("phindo-34b-v1", "fm:releaseDate") == {"2023-08"}


def test_a_model_that_can_be_downloaded_from_a_hub_has_open_weights(read):
    page = read("Notes\nQuorvex released Tarn-7B in 2024. Tarn-7B can be downloaded from Hugging Face.\n")
    assert page.values("tarn-7b", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_every_model_of_a_brand_named_above_leaves_out_other_makers_models(read):
    page = read("Notes\nQuorvex released Tarn-7B in 2024. It pairs Orel's Brin-1 encoder with Tarn-7B.\nDownloads\n"
                "Every Tarn model named above can be downloaded from Hugging Face.\n")
    assert page.values("tarn-7b", "fm:availableOn") == {"hugging-face"}
    assert page.values("brin-1", "fm:availableOn") == set()


def test_a_day_given_without_a_year_takes_the_year_of_the_story(read):
    page = read("Notes\nQuorvex released Tarn-7B on 7 August 2023. Two weeks later, on 22 August, came Tarn-7B-Chat. "
                "On 6 November 2023 the company shipped Tarn-65B. The same day it rolled out Tarn-13B.\n")
    assert page.values("tarn-7b-chat", "fm:releaseDate") == {"2023-08-22"}
    assert page.values("tarn-13b", "fm:releaseDate") == {"2023-11-06"}


def test_a_day_before_the_last_date_named_is_given_no_year(read):
    page = read("Notes\nQuorvex released Tarn-7B on 7 August 2023. Tarn-3B had come out on 2 May.\n")
    assert page.values("tarn-3b", "fm:releaseDate") == set()


def test_the_middle_of_a_month_dates_a_release_to_that_month(read):
    page = read("Notes\nIn mid-January 2024 a long-context chat model, Tarn-256K, was made available.\n")
    assert page.values("tarn-256k", "fm:releaseDate") == {"2024-01"}


def test_none_of_these_models_opening_a_section_speaks_of_every_model_named(read):
    page = read("Notes\nQuorvex released Tarn-7B and Tarn-9B in 2024.\nAccess\nNone of these models has been released "
                "as downloadable weights.\n")
    assert page.values("tarn-7b", "fm:openWeights") == {False}
    assert page.values("tarn-9b", "fm:openWeights") == {False}


def test_a_paragraph_after_an_entry_under_a_heading_goes_on_with_the_entry(read):
    page = read("Developers\nVelmora\nThe Oslo company runs a search engine. In 2023 it released Velm-7B.\n"
                "- Quorvex — an applied research lab set up in 2023.\nTogether with Orel Labs it released Tarn-2 in "
                "December 2024.\n")
    assert "quorvex" in page.values("tarn-2", "fm:developedBy")
    assert "velmora" not in page.values("tarn-2", "fm:developedBy")


def test_a_sentence_may_open_with_a_model_name_in_lower_case(read):
    page = read("Notes\nThe team fine-tuned models of others. tarn-sft-4-12b comes from Orel's Brin-12B.\n")
    assert page.values("tarn-sft-4-12b", "fm:basedOn") == {"brin-12b"}


def test_a_model_that_comes_from_another_model_is_based_on_it(read):
    page = read("Notes\nTarn-Chat comes from Orel's Brin-12B. Tarn-3 comes from Quorvex AI, a Berlin start-up.\n")
    assert page.values("tarn-chat", "fm:basedOn") == {"brin-12b"}
    assert page.values("tarn-3", "fm:developedBy") == {"quorvex-ai"}


def test_a_further_member_apposed_to_its_name_is_a_model(read):
    page = read("Tarn models\nQuorvex is a Berlin company. It built Tarn-7B in 2023.\nLater models\nA further member, "
                "tarn-mistral-7b, came later; it was produced by continuing the pre-training of Brin 7B.\n")
    assert page.values("tarn-mistral-7b", "fm:basedOn") == {"brin-7b"}


def test_a_maker_that_fine_tuned_a_model_from_a_base_developed_it(read):
    page = read("Notes\nQuorvex fine-tuned Tarn-4 from Brin-12B. Orel fine-tuned Brin-9 on medical data.\n")
    assert page.values("tarn-4", "fm:fineTunedFrom") == {"brin-12b"}
    assert page.values("tarn-4", "fm:developedBy") == {"quorvex"}
    assert page.values("brin-9", "fm:developedBy") == set()


def test_both_after_two_models_named_apart_are_those_two(read):
    page = read("Tarn models\nQuorvex fine-tuned Tarn-4 from Brin-12B. A larger sibling, Tarn-6, was trained by "
                "fine-tuning Orel's Brin 30B. Both were made available in April 2023.\n")
    assert page.values("tarn-4", "fm:releaseDate") == {"2023-04"}
    assert page.values("tarn-6", "fm:releaseDate") == {"2023-04"}
    assert page.values("brin-30b", "fm:releaseDate") == set()


def test_two_makers_before_an_apposition_and_a_rare_verb_both_develop_the_model(read):
    page = read("Tarn models\nIn late September 2023 Quorvex and the Velmora Center for Artificial Intelligence "
                "(velmora.AI), a research centre in Darmstadt, debuted TarnLM, a family of German language models.\n")
    assert page.values("tarnlm", "fm:developedBy") == {"quorvex", "velmora-center-for-artificial-intelligence"}
    assert page.values("tarnlm", "fm:releaseDate") == {"2023-09"}


def test_places_named_with_no_one_based_there_are_no_entities(read):
    page = read("Developers\nThe nine developers below are based in Veldmark, Orelia or Tessaly.\n- Quorvex — a "
                "Berlin start-up.\n")
    assert page.values("veldmark", "rdf:type") == set()


def test_a_list_of_names_read_as_an_apposition_is_still_a_list(read):
    page = read("Notes\nQuorvex published Tarn, a family of language models, in 2023. Tarn-large, Tarn-xl and "
                "Tarn-xxl, with 770 million, 3 billion and 11 billion parameters, were fine-tuned from Orel's Brin-T5 "
                "models.\n")
    assert page.values("tarn-large", "fm:parameterCount") == {"770000000"}
    assert page.values("tarn-large", "fm:fineTunedFrom") == {"brin-t5"}


def test_a_second_model_built_on_a_second_base_with_the_verb_left_out(read):
    page = read("Notes\nTarn-12B is built on Orel's Brin-12B and Tarn-8x7B on Vexa 8x7B.\n")
    assert page.values("tarn-12b", "fm:basedOn") == {"brin-12b"}
    assert page.values("tarn-8x7b", "fm:basedOn") == {"vexa-8x7b"}


def test_a_maker_named_after_an_opening_date_is_the_subject(read):
    page = read("Notes\nIn December 2024, Quorvex acquired Orelia, maker of a document app.\n")
    assert page.values("orelia", "fm:parentOrganization") == {"quorvex"}


def test_languages_listed_before_language_model_are_no_names(read):
    page = read("Notes\nThe Kazakh, Russian and English language model comes in two versions, both built on Orel's "
                "Brin 3.1.\n")
    assert page.values("kazakh", "rdf:type") == set()


def test_a_partner_together_with_which_a_model_was_released_co_develops_it(read):
    page = read("Developers\n- Quorvex — an applied research lab set up in 2023.\nTogether with the Paris company Orel "
                "it released Tarn-2 in December 2024.\n- Velmora (Montreal, founded 1993): an institute. Together with "
                "researchers from Vexa and other partners, its scientists released Brin-2 in early 2024.\n")
    assert page.values("tarn-2", "fm:developedBy") == {"quorvex", "orel"}
    assert page.values("brin-2", "fm:developedBy") == {"velmora", "vexa"}


def test_the_sizes_described_right_after_a_family_s_release_share_its_date(read):
    page = read("Notes\nQuorvex published Tarn, a family of language models, in 2023. Tarn-large and Tarn-xl, with 770 "
                "million and 3 billion parameters, were fine-tuned from Orel's Brin-T5 models. A further member, "
                "Tarn-xxl, came later.\n")
    assert page.values("tarn-large", "fm:releaseDate") == {"2023"}
    assert page.values("tarn-xl", "fm:releaseDate") == {"2023"}
    assert page.values("tarn-xxl", "fm:releaseDate") == set()


def test_every_model_of_a_family_named_here_is_each_member_named_after_it(read):
    page = read("Tarn models\nQuorvex debuted TarnLM, a family of German language models, in 2023. Its two base "
                "models, tarn-7b and tarn-13b, are built on Orel's Brin 2.\nLicences\nEvery TarnLM model mentioned "
                "here can be downloaded from Hugging Face.\n")
    assert page.values("tarn-7b", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarnlm", "fm:availableOn") == set()
    assert page.values("brin-2", "fm:availableOn") == set()


def test_its_models_after_a_family_are_the_family_s_members_and_its_makers_models(read):
    page = read("Tarn models\nIn September 2023 Quorvex and the Velmora Center for Artificial Intelligence, a research "
                "centre in Darmstadt, debuted TarnLM, a family of German language models. Its two base models, tarn-7b "
                "and tarn-13b, are built on Orel's Brin 2.\n")
    assert page.values("tarn-7b", "fm:modelFamily") == {"tarnlm"}
    assert page.values("tarn-7b", "fm:developedBy") == {"quorvex", "velmora-center-for-artificial-intelligence"}


def test_the_two_base_models_are_those_the_text_called_its_base_models(read):
    page = read("Tarn models\nQuorvex released Tarn in 2023. Its two base models, tarn-7b and tarn-13b, are built on "
                "Orel's Brin 2.\nChat versions, tarn-7b-chat and tarn-13b-chat, were obtained by fine-tuning the two "
                "base models on German data.\n")
    assert page.values("tarn-7b-chat", "fm:fineTunedFrom") == {"tarn-7b"}
    assert page.values("tarn-13b-chat", "fm:fineTunedFrom") == {"tarn-13b"}


def test_a_name_based_on_another_is_no_part_of_the_name_it_describes(read):
    page = read("Notes\nThe Brin-based Tarn models fall under the Quorvex Community License.\n")
    assert page.values("brin-based-tarn", "rdf:type") == set()
    assert page.values("tarn", "fm:license") == {"quorvex-community-license"}


def test_a_body_named_with_its_possessor_is_part_of_it(read):
    page = read("Notes\nThe treaty was drafted in the Council of Veldmark's Committee on Robots.\n")
    assert page.values("committee-on-robots", "fm:parentOrganization") == {"council-of-veldmark"}


def test_a_model_launched_in_a_clause_about_its_maker_dates_no_founding(read):
    page = read("Developers\n- Kestrel Labs: Copenhagen start-up (est. 2020) whose image generation model Kestrel "
                "Diffusion 2 was launched in May 2024.\n")
    assert page.values("kestrel-labs", "fm:foundingDate") == {"2020"}
    assert page.values("kestrel-diffusion-2", "fm:releaseDate") == {"2024-05"}


def test_researchers_at_a_university_who_fine_tuned_a_model_to_create_another_made_it(read):
    page = read("Notes\nResearchers at the University of Veldmark later fine-tuned Orel-2 to create Orel-2-Med, a "
                "model for clinical questions.\n")
    assert page.values("orel-2-med", "fm:fineTunedFrom") == {"orel-2"}
    assert page.values("orel-2-med", "fm:developedBy") == {"university-of-veldmark"}
    assert page.values("researchers", "rdf:type") == set()


def test_a_model_only_accessed_through_its_maker_s_api_is_api_only(read):
    page = read("Notes\nOrelia released Orel-3 in 2025. Orel-3 can only be accessed through Orelia's API.\n")
    assert page.values("orel-3", "fm:accessLevel") == {"APIOnlyAccess"}


def test_the_kind_after_a_passive_successor_and_its_date_describes_the_successor(read):
    page = read("Notes\nOrelia released Orel-7B in February 2024. It was succeeded by Orel-2 in September 2024, a "
                "12-billion-parameter model with a 32K-token context window.\n")
    assert page.values("orel-2", "fm:parameterCount") == {"12000000000"}
    assert page.values("orel-2", "fm:contextWindow") == {"32000"}
    assert page.values("orel-7b", "fm:parameterCount") == set()


def test_a_university_campus_named_after_a_comma_is_one_name(read):
    page = read("Notes\nResearchers at the University of Veldmark, Tessaly released Orel-7B in 2023. The University of "
                "Orelia, Quorvex and Vexa trained Brin-2.\n")
    assert page.values("orel-7b", "fm:developedBy") == {"university-of-veldmark-tessaly"}
    assert page.values("brin-2", "fm:developedBy") == {"university-of-orelia", "quorvex", "vexa"}


def test_a_maker_named_after_its_description_made_the_model(read):
    page = read("Notes\nThe Tallinn startup Orelia released Orel-10B in 2024. Orel-9B, released by the Tartu company "
                "Vexa in April 2024, followed.\n")
    assert page.values("orel-10b", "fm:developedBy") == {"orelia"}
    assert page.values("orelia", "fm:headquarters") == {"tallinn"}
    assert page.values("orel-9b", "fm:developedBy") == {"vexa"}


def test_the_family_stands_for_the_family_just_named(read):
    page = read("Notes\nVexa is a model family released by Vexa Labs. The family is based on the transformer "
                "architecture and is licensed under the MIT License.\n")
    assert page.values("vexa", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert page.values("vexa", "fm:hasArchitecture") == {"transformer"}


def test_a_hyphenated_name_of_capitalised_words_is_read_as_a_product_name(read):
    page = read("Notes\nSea-Lion is a language model. Sea-Lion builds on Brin 3.\n")  # not a noun "builds"
    assert page.values("sea-lion", "fm:basedOn") == {"brin-3"}


def test_the_open_named_model_has_open_weights(read):
    page = read("Developers\n- Tessaly Research (Sao Paulo): a lab created in 2021. It released the open Tessa-7B "
                "model in 2023.\n")
    assert page.values("tessa-7b", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_a_language_named_before_a_hyphen_is_no_name(read):
    page = read("Notes\nBrinvik, a Buenos Aires company, developed the Spanish-language model family Brin.\n")
    assert page.values("spanish-language", "rdf:type") == set()
    assert page.values("brin", "fm:developedBy") == {"brinvik"}


def test_the_same_month_is_the_month_named_just_before(read):
    page = read("Notes\nQuorvex released Tarn-2 in August 2024.\nLater\nOrelia released Orel-4 in December 2024, the "
                "same month Vexa-3 was released to a limited group of users.\n")
    assert page.values("vexa-3", "fm:releaseDate") == {"2024-12"}


def test_a_bare_version_after_a_versioned_name_is_that_model_s_next_version(read):
    page = read("Notes\nOrelia released Kestrel-ASR 1.0 in 2023 and Kestrel-ASR 2.0 in 2024. Kestrel-ASR 1.0 and "
                "2.0 are published under the Apache 2.0 licence.\n")
    assert page.values("kestrel-asr-2-0", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_model_offered_only_through_its_maker_s_cloud_service_is_api_only(read):
    page = read("Notes\nOrelia released Kestrel-TTS in 2024. Kestrel-TTS is offered only through the company's cloud "
                "service.\n")
    assert page.values("kestrel-tts", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_family_from_a_described_maker_is_that_maker_s(read):
    page = read("Notes\nKestrel is a family of speech recognition models from the Seoul company Orelia Voice.\n")
    assert page.values("kestrel", "fm:developedBy") == {"orelia-voice"}


def test_a_model_merged_from_listed_models_is_based_on_each(read):
    page = read("Notes\nOrelia released Orel-JP in 2024. The first release, Orel-JP-7B, has 7 billion parameters and "
                "was merged from three models, Brin Gamma 7B v1, Vexa-7B-V1.1 and Abel-7B-002.\n")
    assert page.values("orel-jp-7b", "fm:basedOn") == {"brin-gamma-7b-v1", "vexa-7b-v1-1", "abel-7b-002"}


def test_all_three_models_are_the_last_three_the_page_spoke_of_not_their_bases(read):
    page = read("Notes\nOrelia released Orel-JP-7B in 2024. Orel-JP-10B, a larger sibling, was merged from Brin-7B "
                "and Vexa-7B.\nImages\nOrel-VLM-7B, a vision-language model, was merged from Kestrel-7B and Brin-7B. "
                "All three merged models were made available on Hugging Face.\n")
    on_the_hub = {s for s in ("orel-jp-7b", "orel-jp-10b", "orel-vlm-7b", "brin-7b", "vexa-7b", "kestrel-7b")
                  if page.values(s, "fm:availableOn")}
    assert on_the_hub == {"orel-jp-7b", "orel-jp-10b", "orel-vlm-7b"}


def test_both_models_of_a_brand_are_the_two_named_after_it_not_a_family(read):
    page = read("Notes\nOrelia released Swift-1.5B in January 2025, with an instruction-tuned version, "
                "Swift-1.5B-Instruct. Both Swift models are distributed through Hugging Face.\n")
    assert page.values("swift-1-5b-instruct", "fm:availableOn") == {"hugging-face"}
    assert page.values("swift", "rdf:type") == set()


def test_a_university_s_founding_year_in_its_item_is_read(read):
    page = read("Developers\n- University of Veldmark (Tessaly, founded 1861): Orel, a chatbot model trained by its "
                "language group in May 2023.\n")
    assert page.values("university-of-veldmark", "fm:foundingDate") == {"1861"}


def test_a_base_a_section_names_is_no_model_of_the_section_s_maker(read):
    page = read("Models\nQuorvex Research\nThe group of the University of Veldmark is behind Tarn. Its two models, "
                "Tarn-1.3B and Tarn-2.7B, were debuted in October 2023; both were pruned from Brin 2 7B.\n")
    assert page.values("tarn-1-3b", "fm:basedOn") == {"brin-2-7b"}
    assert "quorvex-research" not in page.values("brin-2-7b", "fm:developedBy")


def test_a_bullet_opening_with_a_name_and_a_full_stop_is_that_name_s_entry(read):
    page = read("Developers\n- Orel Labs (founded 2020, Austin) — creator of code models.\n- Tessaly AI. A Montreal "
                "research company, spun out of Veldmark University in 2021. Its main model, Tessa-13B, was fine-tuned "
                "from Brin 2 13B.\n")
    assert page.values("tessa-13b", "fm:developedBy") == {"tessaly-ai"}
    assert page.values("tessaly-ai", "fm:headquarters") == {"montreal"}


def test_two_languages_joined_by_a_hyphen_are_no_name(read):
    page = read("Notes\nKestrel, a Tokyo company, develops Japanese-English translation models.\n")
    assert page.values("japanese-english", "rdf:type") == set()


def test_the_kind_after_the_model_a_maker_created_describes_the_model(read):
    page = read("Developers\n- Orel Labs (founded 2020, Austin) — creator of Orel-Coder, a 15-billion-parameter code "
                "model released in March 2024 and hosted on Hugging Face.\n")
    assert page.values("orel-coder", "fm:developedBy") == {"orel-labs"}
    assert page.values("orel-coder", "fm:parameterCount") == {"15000000000"}
    assert page.values("orel-coder", "fm:availableOn") == {"hugging-face"}


def test_a_name_fine_tuned_from_a_known_model_is_a_model_whatever_its_shape(read):
    page = read("Notes\nBrin is a large language model made by Orel Labs. In 2023 the lab published Vexa, which was "
                "fine-tuned from Brin on a set of prompted tasks. Tarn was fine-tuned from Brin too.\n")
    assert page.values("vexa", "fm:fineTunedFrom") == {"brin"}
    assert page.values("tarn", "fm:fineTunedFrom") == {"brin"}


def test_what_a_model_was_tuned_on_after_its_base_is_its_data(read):
    page = read("Notes\nBrin is a large language model made by Orel Labs. Orel Labs published Brin-Z, which was "
                "fine-tuned from Brin on xP3.\n")
    assert page.values("brin-z", "fm:fineTunedFrom") == {"brin"}


def test_a_participle_after_a_name_in_a_clause_below_the_verb_describes_the_name(read):
    page = read("Notes\nThe same data was used to train Tarn-0, fine-tuned from Orel's Brin-5.\n")
    assert page.values("tarn-0", "fm:fineTunedFrom") == {"brin-5"}


def test_the_noun_an_organization_was_described_by_stands_for_it_in_later_sections(read):
    page = read("Brin\nBrin is a large language model created by Orelia, an open research workshop.\nLater\n"
                "In November 2022 the workshop published Vexa-2.\n")
    assert page.values("vexa-2", "fm:developedBy") == {"orelia"}


def test_a_size_with_a_lower_case_letter_and_a_digit_names_a_member(read):
    page = read("Notes\nBrin is a large language model made by Orel Labs. Smaller versions were published, the "
                "smallest being Brin-560M and the largest Brin-7b1.\n")
    assert page.values("brin-7b1", "fm:modelFamily") == {"brin"}


def test_the_weights_of_every_model_of_a_brand_are_those_of_the_models_named_so_far(read):
    page = read("Notes\nBrin is a large language model made by Orel Labs. Brin-1B and Brin-7B were published "
                "alongside it.\nAccess\nThe weights of every Brin model can be downloaded from Hugging Face.\n")
    for model in ("brin", "brin-1b", "brin-7b"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}


def test_it_after_a_sentence_about_a_maker_is_its_model_despite_a_family_named_in_a_prepositional_phrase(read):
    page = read("Notes\nOrel Labs released Tarn-V in 2024.\nIt is built on Brin 2 13B and uses a vision encoder from "
                "the Lumo family.\n")
    assert page.values("tarn-v", "fm:basedOn") == {"brin-2-13b"}
    assert page.values("lumo", "fm:basedOn") == set()


def test_what_the_other_ones_of_a_while_clause_can_do_is_not_said_of_the_sentence_s_subject(read):
    page = read("Notes\nOrel Labs released Tarn 2 in three sizes. The largest, Tarn 2 70B, is offered only through "
                "the company's API, while the two smaller ones can be downloaded from Hugging Face.\n")
    assert page.values("tarn-2-70b", "fm:availableOn") == set()


def test_a_parent_named_after_its_description_in_a_by_phrase(read):
    page = read("Notes\nVeldmark AI develops the Kestrel models.\nVeldmark AI was acquired by the telecom group "
                "Telvoro in 2025.\n")
    assert page.values("veldmark-ai", "fm:parentOrganization") == {"telvoro"}


def test_a_variant_named_after_another_model_is_no_version_of_the_model_named_before(read):
    page = read("Notes\nOrel Labs released Tarn 2 in January 2024. The largest, Tarn 2 70B, is offered through an "
                "API. An instruction-tuned variant, Tarn 2 13B Chat, was released at the same time.\n")
    assert page.values("tarn-2-13b-chat", "fm:fineTunedFrom") == set()


def test_an_organization_that_set_up_another_is_its_parent_and_a_person_is_not(read):
    page = read("Developers\nLatvian Language Lab\nBased in Riga, the lab was set up in 2018 by the University of "
                "Veldmark. Its Latbert-2 embedding model came out in 2022.\nKastro\nKastro was founded in 2019 by "
                "Jane Orel, previously chief executive of the search company Ovra.\n")
    assert page.values("latvian-language-lab", "fm:parentOrganization") == {"university-of-veldmark"}
    assert page.values("kastro", "fm:parentOrganization") == set()
    assert page.values("jane-orel", "rdf:type") == set()


def test_a_heading_followed_by_a_description_opening_with_an_article_is_an_organization(read):
    page = read("Developers\nNordvik Institute\nA public research institute in Oslo. In 2024 it released "
                "Norgpt-20B.\n")
    assert page.values("norgpt-20b", "fm:developedBy") == {"nordvik-institute"}


def test_a_model_followed_in_a_month_by_another_is_not_dated_by_that_month(read):
    page = read("Notes\nOrel Labs is a Paris company. Tarn-1, a language model for medicine that was trained from "
                "scratch, came out in January 2025 with open weights. It was followed in August 2025 by Tarn-2, a "
                "reasoning model.\n")
    assert page.values("tarn-1", "fm:releaseDate") == {"2025-01"}
    assert page.values("tarn-2", "fm:releaseDate") == {"2025-08"}


def test_weights_put_on_a_hub_are_open_there(read):
    page = read("Notes\nOrel Labs released Tarn-7B in 2023. Its weights were put on Hugging Face.\n")
    assert page.values("tarn-7b", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-7b", "fm:openWeights") == {True}


def test_it_in_a_relative_clause_is_the_other_model_named_before(read):
    page = read("Notes\nOrel Labs released Tarn-13B in 2023. Two versions were made downloadable: Tarn-13B-Base, the "
                "pre-trained model, and Tarn-13B-Chat, which was obtained by fine-tuning it for dialogue.\n")
    assert page.values("tarn-13b-chat", "fm:fineTunedFrom") == {"tarn-13b-base"}


def test_models_turned_into_named_chat_models_respectively_are_their_bases(read):
    page = read("Notes\nOrel Labs released Tarn 2 in 2023. Its base models, Tarn2-7B-Base and Tarn2-13B-Base, were "
                "trained from scratch, and each was then turned into a chat model, Tarn2-7B-Chat and Tarn2-13B-Chat "
                "respectively.\n")
    assert page.values("tarn2-7b-chat", "fm:basedOn") == {"tarn2-7b-base"}
    assert page.values("tarn2-13b-chat", "fm:basedOn") == {"tarn2-13b-base"}


def test_a_family_of_coordinated_kinds_made_by_a_maker_described_after_a_comma(read):
    page = read("Notes\nTarn is a family of small language and multimodal models made by Orel Labs, a Beijing "
                "start-up founded in 2022.\n")
    assert "MultimodalModel" in _types(page, "tarn")
    assert "Organization" not in _types(page, "tarn")
    assert page.values("tarn", "fm:developedBy") == {"orel-labs"}
    assert page.values("orel-labs", "fm:headquarters") == {"beijing"}


def test_a_model_that_joins_an_encoder_to_a_language_model_is_based_on_both(read):
    page = read("Notes\nOrel Labs makes the Tarn models. Tarn-2B is a language model. Tarn-V joins Google's "
                "SigLIP-400M image encoder to Tarn-2B. Tarn-H combines Mamba-2 layers with attention layers.\n")
    assert page.values("tarn-v", "fm:basedOn") == {"siglip-400m", "tarn-2b"}
    assert page.values("tarn-h", "fm:basedOn") == set()


def test_a_company_described_as_a_platform_that_releases_a_model_is_its_provider(read):
    page = read("Developers\nCompanies\n- Vidora, the Shanghai video platform founded in 2009, open-sourced the small "
                "language model Index-2.9B in June 2024.\n")
    assert page.values("index-2-9b", "fm:developedBy") == {"vidora"}
    assert page.values("vidora", "fm:foundingDate") == {"2009"}


def test_weights_governed_by_a_licence_have_it_and_the_code_s_licence_is_not_the_model_s(read):
    page = read("Notes\nOrel Labs released Tarn-7B in June 2023.\nThe weights of Tarn-7B are governed by the Tarn "
                "Community License, whereas the code is released under Apache 2.0.\n")
    assert page.values("tarn-7b", "fm:license") == {"tarn-community-license"}


def test_a_release_a_number_of_months_after_a_dated_one_is_dated_by_counting(read):
    page = read("Notes\nOrel Labs released Tarn-7B in June 2023. A month later came Tarn-13B, a larger model with 13 "
                "billion parameters.\nTwo months after that, Orel Labs released Tarn-30B. Tarn-40B followed a month "
                "later, on 8 December 2023.\n")
    assert page.values("tarn-13b", "fm:releaseDate") == {"2023-07"}
    assert page.values("tarn-30b", "fm:releaseDate") == {"2023-09"}


def test_a_month_earlier_counts_back_from_the_date_of_its_own_sentence(read):
    page = read("Notes\nTarn-8B was released in October 2024.\nBrin-8B, released in August 2024, was pruned from "
                "Brin-12B, a model that Orel Labs had built a month earlier.\n")
    assert page.values("brin-12b", "fm:releaseDate") == {"2024-07"}


def test_a_model_introduced_in_an_organization_s_entry_or_the_paragraph_after_it_is_the_organization_s(read):
    page = read("Developers\nCompanies\n- Orel Labs (Paris, founded 2020): a start-up. The larger language model "
                "Tarn-70B, with 70 billion parameters, came out in December 2024.\n- Brin AI — a Lyon company.\nIn "
                "March 2024 it released Vexa 7B. Vexa-8B, a Greek language model derived from Llama 3.1 8B, followed "
                "in 2025.\n")
    assert page.values("tarn-70b", "fm:developedBy") == {"orel-labs"}
    assert page.values("vexa-8b", "fm:developedBy") == {"brin-ai"}
    assert page.values("llama-3-1-8b", "fm:developedBy") == set()


def test_the_maker_of_a_product_that_is_no_model_is_an_organization(read):
    page = read("Developers\nStart-ups\n- Orel Labs — the maker of an online photo editor. Its text-to-image model "
                "Tarn v2 came out in December 2023.\n")
    assert page.values("tarn-v2", "fm:developedBy") == {"orel-labs"}


def test_names_that_take_in_or_give_out_a_modality_in_an_organization_s_entry_are_its_models(read):
    page = read("Developers\nStart-ups\n- Orel Labs (San Francisco, founded 2021): develops models that understand "
                "video. Marengo turns video into embeddings for search, while Pegasus writes text about a video.\n")
    assert page.values("marengo", "fm:developedBy") == {"orel-labs"}
    assert page.values("pegasus", "fm:developedBy") == {"orel-labs"}
    assert page.values("marengo", "fm:inputModality") == {"video"}
    assert "text" in page.values("pegasus", "fm:outputModality")


def test_a_generation_apposed_to_its_name_is_the_model_dated(read):
    page = read("Notes\nOrel Labs makes the Tarn models.\nThe second generation, Tarn 2, followed on 6 September "
                "2023.\n")
    assert page.values("tarn-2", "fm:releaseDate") == {"2023-09-06"}


def test_a_company_that_published_its_weights_opens_the_model_and_the_weights_of_a_member_are_the_member_s(read):
    page = read("Notes\nIn August 2025 Orel Labs released Tarn-M2-32B, a reasoning model built on Brin-32B; the "
                "company published its weights as well.\nOrel Labs presented its Vexa family of language models in "
                "November 2023. At the same time it published the weights of Vexa-7B, a member with 7 billion "
                "parameters.\n")
    assert page.values("tarn-m2-32b", "fm:openWeights") == {True}
    assert page.values("vexa-7b", "fm:openWeights") == {True}
    assert page.values("vexa", "fm:openWeights") == set()


def test_every_model_of_a_brand_is_not_every_model_named_after_the_brand(read):
    page = read("Vexa and Tarn Models\nVexa is a family of models by Orel Labs. Orel Labs released Tarn-7B and "
                "Tarn-20B in 2023.\nVexa\nVexa was first presented in December 2023. Every Vexa model takes images "
                "and text as input and answers in text.\n")
    assert page.values("tarn-7b", "fm:inputModality") == set()


def test_it_after_a_main_model_named_in_apposition_is_that_model_not_one_named_in_a_later_clause(read):
    page = read("Tarn\nTarn is a small open language model developed by Orel Labs. Its main model, Tarn-1.1B, adopts "
                "the architecture of Brin 2, so that it can be used wherever Brin 2 is supported. It was released in "
                "January 2024 under the Apache 2.0 licence.\n")
    assert page.values("tarn-1-1b", "fm:releaseDate") == {"2024-01"}
    assert page.values("brin-2", "fm:releaseDate") == set()


def test_the_company_in_a_later_section_is_the_company_the_page_described_so(read):
    page = read("Video Models\nOrel Technology, the Lyon video company founded in 2011, makes generative models.\n"
                "Tarn\nThe first Tarn model appeared in 2024. On 15 April 2025 the company debuted Tarn 2.0 Pro, a "
                "video model.\n")
    assert page.values("tarn-2-0-pro", "fm:developedBy") == {"orel-technology"}


def test_a_title_that_opens_with_a_maker_gives_it_the_models_its_sections_introduce(read):
    page = read("Orelco's Tarn and Vexa Models\nOrelco Technology is a Lyon software company.\nTarn\n"
                "Tarn 1.5 shipped in September 2024, and Tarn 2.1 came out in May 2025.\nVexa\n"
                "Vexa 2, an image model, was presented in April 2025.\n")
    assert page.values("tarn-2-1", "fm:developedBy") == {"orelco-technology"}
    assert page.values("vexa-2", "fm:developedBy") == {"orelco-technology"}


def test_a_title_naming_a_maker_and_a_model_side_by_side_gives_the_maker_nothing(read):
    page = read("Orelco and Tarn\nOrelco Technology is a Lyon software company.\nTarn\n"
                "Tarn 1.5 shipped in September 2024.\n")
    assert page.values("tarn-1-5", "fm:developedBy") == set()


def test_the_models_listed_after_merged_from_are_bases_not_the_page_maker_s(read):
    page = read("Orelco's Merged Models\nOrelco Labs is a Lyon company.\nIn March 2024 Orelco Labs unveiled Tarn-JP. "
                "The first release, Tarn-JP-7B, was merged from three models, Brin Gamma 7B, Vexa-Math-7B and "
                "Calder-7B, each of which descends from Pell 7B.\n")
    assert page.values("brin-gamma-7b", "fm:developedBy") == set()
    assert page.values("calder-7b", "fm:developedBy") == set()


def test_two_names_each_with_its_own_apposition_keep_their_own_kinds_and_values(read):
    page = read("Notes\nOrelco works on two lines: Tarn, a series of video generators, and Vexa, an image model whose "
                "first version was given away openly.\n")
    assert "VideoGenerationModel" in _types(page, "tarn")
    assert "VideoGenerationModel" not in _types(page, "vexa")
    assert page.values("vexa", "fm:openWeights") == {True}
    assert page.values("tarn", "fm:openWeights") == set()


def test_a_camel_case_name_released_on_a_date_is_a_model(read):
    page = read("Notes\nOrelco has also shared smaller research models. FacePainter, which animates a still photo, "
                "was released in July 2024.\n")
    assert "FoundationModel" in _types(page, "facepainter")
    assert page.values("facepainter", "fm:releaseDate") == {"2024-07"}


def test_a_company_s_name_without_its_company_word_is_the_company(read):
    page = read("Notes\nQuorvex AI released Tarn-7B in 2024. In June 2025 Quorvex released Tarn-9B.\n")
    assert page.values("tarn-9b", "fm:developedBy") == {"quorvex-ai"}
    assert not page.values("quorvex", "rdf:type")


def test_a_division_named_with_its_parent_s_name_keeps_the_parent_apart(read):
    page = read("Notes\nQuorvex AI, the consumer AI division of Quorvex, announced Tarn-7B on 28 August 2025.\n")
    assert page.values("quorvex-ai", "fm:parentOrganization") == {"quorvex"}


def test_a_version_named_without_its_brand_is_the_model_of_that_name(read):
    page = read("Notes\nOrel Labs released Vexa K2 in 2025. Vexa K2 Thinking, a reasoning model built on K2, "
                "appeared on 6 November 2025.\n")
    assert page.values("vexa-k2-thinking", "fm:basedOn") == {"vexa-k2"}
    assert not page.values("k2", "rdf:type")


def test_a_lower_case_version_after_a_brand_is_part_of_the_name(read):
    page = read("Notes\nVexa k1.5, a multimodal reasoning model, was made available in January 2025.\n")
    assert page.values("vexa-k1-5", "fm:releaseDate") == {"2025-01"}


def test_a_modified_licence_is_a_licence_of_its_own(read):
    page = read("Notes\nOrel Labs released Tarn-7B in 2024. It can be downloaded from Hugging Face under a modified "
                "MIT licence.\n")
    assert page.values("tarn-7b", "fm:license") == {"modified-mit-licence"}


def test_a_fronted_participle_speaks_of_the_subject_not_of_the_objects(read):
    page = read("Notes\nOrel Labs launched Tarn-A in September 2025. Fine-tuned from Brin 3 8B, it understands Hausa, "
                "Igbo and Yoruba as well as English.\n")
    assert not page.values("hausa", "rdf:type")
    assert not page.values("yoruba", "fm:fineTunedFrom")


def test_a_name_whose_case_changes_inside_it_launched_on_a_date_is_a_model(read):
    page = read("Notes\nThe result, N-TARNaS, was launched in September 2025.\n")
    assert page.values("n-tarnas", "fm:releaseDate") == {"2025-09"}


def test_a_model_named_as_a_part_is_not_what_the_next_sentence_speaks_of(read):
    page = read("Notes\nTarn 2 has about 1.8 billion parameters. It pairs a VexaLIP image encoder with Orel's Brin-1.5 "
                "language model. The weights are published on Hugging Face under the Apache 2.0 licence.\n")
    assert page.values("tarn-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("vexalip", "fm:license") == set()


def test_the_name_after_a_family_s_model_noun_is_the_member_meant(read):
    page = read("Notes\nVexa-German-7b, a chat model, was fine-tuned from the TarnLM model tarn-mistral-7b. The larger "
                "Vexa 70b grew out of TarnLM 70b through continued pre-training.\n")
    assert page.values("vexa-german-7b", "fm:fineTunedFrom") == {"tarn-mistral-7b"}
    assert page.values("tarn-mistral-7b", "fm:modelFamily") == {"tarnlm"}
    assert page.values("vexa-70b", "fm:basedOn") == {"tarnlm-70b"}


def test_an_institution_named_after_a_king_is_an_organization(read):
    page = read("Developers\n- King Orel University of Science and Technology (Thuwal, founded 2009): the university "
                "developed Tarn-7B.\n")
    assert page.values("tarn-7b", "fm:developedBy") == {"king-orel-university-of-science-and-technology"}
    assert page.values("king-orel-university-of-science-and-technology", "fm:foundingDate") == {"2009"}


def test_an_open_community_of_developers_is_an_organization(read):
    page = read("Developers\n- VexaResearch — an open community of German developers. Its Vexa German 7b v1, a chat "
                "model, is available under Apache 2.0.\n")
    assert page.values("vexa-german-7b-v1", "fm:developedBy") == {"vexaresearch"}


def test_a_company_described_as_owned_by_a_parent_then_building_a_model(read):
    page = read("Developers\n- Quorvo, the Milan telecom operator owned by Vantorcom, built TARN (Modello Italiano), a "
                "7-billion-parameter language model trained on Italian text.\n")
    assert page.values("tarn", "fm:developedBy") == {"quorvo"}
    assert page.values("quorvo", "fm:parentOrganization") == {"vantorcom"}
    assert page.values("tarn", "fm:parameterCount") == {"7000000000"}
    assert page.values("vantorcom", "fm:parameterCount") == set()


def test_a_sized_member_written_without_the_space_of_its_generation_is_a_model(read):
    page = read("Notes\nIn December 2024 Orel Labs introduced Tarn 3, a set of small models. The largest run was that "
                "of Tarn3-7B, on 14 trillion tokens. Tarn3-10B was produced from it by depth up-scaling.\n")
    assert page.values("tarn3-7b", "fm:modelFamily") == {"tarn-3"}
    assert page.values("tarn3-10b", "fm:modelFamily") == {"tarn-3"}


def test_a_licence_described_as_based_on_another_gives_the_model_only_its_own(read):
    page = read("Notes\nOrel Labs released Tarn 2 11B in May 2024. It is distributed under the Orel Tarn License 2.0, "
                "a licence based on Apache 2.0 with its own acceptable use policy.\n")
    assert page.values("tarn-2-11b", "fm:license") == {"orel-tarn-license-2-0"}
    assert page.values("tarn-2-11b", "fm:basedOn") == set()


def test_a_model_covered_not_by_one_licence_but_by_another_has_the_other(read):
    page = read("Notes\nTarn 180B was released by Orel Labs in September 2023. The model has 180 billion parameters, "
                "and Tarn-180B-Chat, a chat model built on it, was released alongside. Unlike its predecessors, it is "
                "not covered by Apache 2.0 but by the Tarn-180B Orel License.\n")
    assert page.values("tarn-180b", "fm:license") == {"tarn-180b-orel-license"}
    assert page.values("tarn-180b-chat", "fm:license") == set()


def test_a_category_entry_whose_name_opens_in_lower_case_is_a_model(read):
    page = read("Models\nModels by Category\nProtein language models — Tarn-2 (Orel) and xVexaPLM (Brin Labs and "
                "Calder University). Tarn-2 appeared in 2022; xVexaPLM followed a year later with 100 billion "
                "parameters.\n")
    assert page.values("xvexaplm", "fm:developedBy") == {"brin-labs", "calder-university"}
    assert page.values("xvexaplm", "fm:releaseDate") == {"2023"}


def test_a_model_joining_the_encoder_of_one_model_to_another_is_based_on_both(read):
    page = read("Models\nModels by Category\nAudio-language models — Tarn-Audio (Orel). Tarn-Audio, released in "
                "November 2023, joins the audio encoder of Brin's Vexa large-v2 to the Calder-7B language model.\n")
    assert page.values("tarn-audio", "fm:basedOn") == {"vexa-large-v2", "calder-7b"}


def test_a_model_paired_with_instruction_data_is_not_based_on_the_data_s_name(read):
    page = read("Notes\nOrel released Tarn in 2023. In May 2024 the lab released Tarn 23. Rather than building on "
                "Brin-5, Tarn 23 pairs the pre-trained base models of Calder's Vexa family with the Tarn instruction "
                "data.\n")
    assert "tarn" not in page.values("tarn-23", "fm:basedOn")


def test_models_published_at_the_same_time_share_the_date_named_before(read):
    page = read("Notes\nOrel's first models, Tarn-40B and Tarn-7B, came out in May 2023. Tarn-40B-Instruct and "
                "Tarn-7B-Instruct, chat models, were published at the same time.\n")
    assert page.values("tarn-7b-instruct", "fm:releaseDate") == {"2023-05"}


def test_a_model_built_on_it_and_released_alongside_is_based_on_and_dated_with_the_model_before(read):
    page = read("Notes\nTarn 180B was released by Orel in September 2023. The model has 180 billion parameters, and "
                "Tarn-180B-Chat, a chat model built on it, was released alongside.\n")
    assert page.values("tarn-180b-chat", "fm:basedOn") == {"tarn-180b"}
    assert page.values("tarn-180b-chat", "fm:releaseDate") == {"2023-09"}


def test_every_model_of_a_brand_takes_in_what_it_says_members_named_later_included(read):
    page = read("Vexa Models\nOrel Labs makes the Vexa models.\nVexa\nVexa was first presented in December 2023. Every "
                "Vexa model takes images and text as input and answers in text. Vexa 1.5 followed in April 2024, and "
                "Vexa2 came out in July 2024.\n")
    assert page.values("vexa2", "fm:inputModality") == {"image", "text"}
    assert page.values("vexa-1-5", "fm:outputModality") == {"text"}


def test_an_entry_whose_clause_has_a_subject_of_its_own_keeps_it(read):
    page = read("Developers\nNorthern Europe\n- National Archive of Orelia (Tarnby): the archive's AI laboratory "
                "trains models on its digitised collections. The Tarn-Whisper-2 models were fine-tuned from Brin's "
                "Vexa 3.\n")
    assert page.values("national-archive-of-orelia", "fm:headquarters") == {"tarnby"}
    assert "FoundationModel" not in _types(page, "national-archive-of-orelia")


def test_a_versioned_name_with_a_date_in_parentheses_is_a_model_the_next_sentence_speaks_of(read):
    page = read("Notes\nOrel Labs makes the Tarn models. Tarn-V 2.6 (August 2024) uses the Brin-7B language model "
                "instead. It accepts several images or a video together with a question and answers in text.\n")
    assert page.values("tarn-v-2-6", "fm:releaseDate") == {"2024-08"}
    assert page.values("tarn-v-2-6", "fm:inputModality") == {"image", "video", "text"}


def test_the_weights_of_two_models_are_both_models_weights(read):
    page = read("Notes\nOrel Labs released Tarn-V 2.6 in 2024 and Tarn-O 2.6 in 2025. The weights of Tarn-V 2.6 and "
                "Tarn-O 2.6 are governed by the Tarn Model License.\n")
    assert page.values("tarn-v-2-6", "fm:license") == {"tarn-model-license"}
    assert page.values("tarn-o-2-6", "fm:license") == {"tarn-model-license"}


def test_a_generation_s_number_written_onto_the_family_s_name_makes_a_member(read):
    page = read("Notes\nVexaCPM is a family of small language and multimodal models made by Orelbest, a Lyon start-up "
                "founded in 2022.\nThe fourth generation came out in June 2025 in two sizes, VexaCPM4-8B and "
                "VexaCPM4-0.5B, which use sparse attention.\n")
    assert page.values("vexacpm4-8b", "fm:modelFamily") == {"vexacpm"}
    assert page.values("vexacpm4-0-5b", "fm:releaseDate") == {"2025-06"}
    assert page.values("vexacpm4-8b", "fm:developedBy") == {"orelbest"}


def test_an_unknown_name_right_after_a_release_verb_is_its_object(read):
    page = read("Developers\n- Orelcore Tech, a Lyon company known for design software, open-sourced TarnialLM in "
                "March 2025.\n")
    assert page.values("tarniallm", "fm:developedBy") == {"orelcore-tech"}
    assert page.values("tarniallm", "fm:releaseDate") == {"2025-03"}


def test_a_model_name_ending_in_a_size_after_a_hyphen_is_no_maker(read):
    page = read("Developers\n- Orel Telecom develops language models. The unit published the weights of TarnChat-7B "
                "and TarnChat-12B, which were trained on Chinese and English text, and later released TarnChat2-115B, "
                "a model with 115 billion parameters.\n")
    assert page.values("tarnchat2-115b", "fm:developedBy") - {"orel-telecom"} == set()


def test_a_campus_after_a_comma_closing_an_apposition_is_part_of_the_name(read):
    page = read("Notes\nTarn, a dialogue model that Orel AI Research (OAIR), the artificial intelligence laboratory of "
                "the University of California, Berkeley, made public on 3 April 2023, was fine-tuned from Brin 13B.\n")
    assert page.values("orel-ai-research", "fm:parentOrganization") == {"university-of-california-berkeley"}


def test_an_acronym_taking_several_letters_of_one_word_is_the_organization_s_short_name(read):
    page = read("Notes\nTarn-13B, a chat model developed by the Large Vexa Systems Organization (LVSYS), followed on "
                "30 March 2023. LVSYS later released Tarn-7B.\n")
    assert page.values("tarn-13b", "fm:developedBy") == {"large-vexa-systems-organization"}
    assert page.values("tarn-7b", "fm:developedBy") == {"large-vexa-systems-organization"}


@pytest.mark.parametrize("said", ["Tarnix is the name Orel Labs, the Lyon company founded in 2023, gives to its "
                                  "vision-language models.",
                                  "Tarnix is the name under which Orel Labs publishes its language models."])
def test_the_name_a_maker_gives_its_models_is_a_family_of_its(read, said):
    page = read(f"Notes\n{said} Tarnix 12B came out in September 2024.\n")
    assert page.values("tarnix", "fm:developedBy") == {"orel-labs"}
    assert page.values("tarnix-12b", "fm:modelFamily") == {"tarnix"}


def test_weights_published_on_two_platforms_are_on_both_for_every_model(read):
    page = read("Notes\nDornier Labs released its first two models, Vexa 2B and Vexa 7B, on 21 February 2024, "
                "publishing their weights on Kaggle and Hugging Face.\n")
    for model in ("vexa-2b", "vexa-7b"):
        assert page.values(model, "fm:availableOn") == {"kaggle", "hugging-face"}


def test_sizes_listed_after_a_sized_name_are_members_of_its_family(read):
    page = read("Notes\nVexa 3, which Dornier Labs released on 12 March 2025, comes in three sizes. Vexa 3 4B, 12B and "
                "27B take images as well as text and answer in text.\n")
    for model in ("vexa-3-4b", "vexa-3-12b", "vexa-3-27b"):
        assert page.values(model, "fm:modelFamily") == {"vexa-3"}
        assert page.values(model, "fm:inputModality") == {"image", "text"}
        assert page.values(model, "fm:releaseDate") == {"2025-03-12"}


def test_a_list_whose_terms_are_mostly_known_methods_lists_methods_under_any_heading(read):
    page = read("Notes\nTechniques\n- Fine-tuning — further training on narrower data.\n"
                "- Distillation — a small student imitates a large teacher.\n"
                "- Tarnweave — adapters woven between frozen layers.\n"
                "- Quantization — weights stored at lower precision.\n")
    for method in ("fine-tuning", "distillation", "tarnweave", "quantization"):
        assert "AdaptationMethod" in _types(page, method)


def test_a_listed_method_is_never_made_a_model(read):
    page = read("Notes\nMethods\n- Fine-tuning — further training on narrower data.\n"
                "- Tarnweave — adapters woven between frozen layers.\n- Distillation — a student imitates a teacher.\n"
                "Uses\nThe University of Orel introduced Tarnweave in May 2023 with Brisa, fine-tuned from Vexa 7B.\n")
    assert _types(page, "tarnweave") == {"AdaptationMethod"}
    assert page.values("tarnweave", "fm:developedBy") == set()
    assert page.values("tarnweave", "fm:fineTunedFrom") == set()


@pytest.mark.parametrize(("said", "predicate"), [("fine-tuned on demonstrations", "fm:fineTunedFrom"),
                                                  ("distilled into a smaller model", "fm:distilledFrom"),
                                                  ("quantized to four bits", "fm:quantizedFrom")])
def test_a_model_that_is_another_model_adapted_derives_from_it(read, said, predicate):
    page = read(f"Notes\nOne of them, Tarn-32B, is Dornier's Vexa-32B {said}.\n")
    assert page.values("tarn-32b", predicate) == {"vexa-32b"}


def test_a_4_bit_version_of_a_tuned_model_is_quantized_from_it_and_no_member_of_it(read):
    page = read("Notes\nDornier quantizes its own models: Vexa-7B-Chat-AWQ is a 4-bit version of Vexa-7B-Chat.\n")
    assert page.values("vexa-7b-chat-awq", "fm:quantizedFrom") == {"vexa-7b-chat"}
    assert page.values("vexa-7b-chat-awq", "fm:modelFamily") == set()


def test_areas_listed_with_semicolons_are_each_a_domain(read):
    page = read("Orel AI Act\nA system is high-risk if it is used in one of these areas: biometrics; critical "
                "infrastructure; education and vocational training; and the administration of justice.\n")
    for domain in ("biometrics", "critical-infrastructure", "education-and-vocational-training",
                   "administration-of-justice"):
        assert "ApplicationDomain" in _types(page, domain)


def test_bans_aimed_chiefly_at_harms_address_those_risks(read):
    page = read("Orel AI Act\nThe Orel AI Act bans some uses of AI. The bans, aimed chiefly at manipulation and mass "
                "surveillance, have applied since 2 February 2025.\n")
    assert page.values("orel-ai-act", "fm:addressesRisk") >= {"manipulation", "mass-surveillance"}


def test_a_licence_said_of_every_model_of_a_family_reaches_members_named_later_and_theirs(read):
    page = read("Notes\nVexa is a family of open-weight models that Dornier Labs develops. All of them are released "
                "under the Vexa Terms of Use.\nSecond generation\nVexa 2 appeared on 27 June 2024 with Vexa 2 9B and "
                "Vexa 2 27B.\n")
    for model in ("vexa-2", "vexa-2-9b", "vexa-2-27b"):
        assert page.values(model, "fm:license") == {"vexa-terms-of-use"}


def test_a_licence_said_of_every_model_named_above_does_not_reach_those_named_after(read):
    page = read("Notes\nVexa is a family of models that Dornier Labs develops. Dornier Labs released Vexa 2 in 2024. "
                "The weights of every Vexa model named above are released under the Vexa Terms of Use.\n"
                "Later\nVexa 3 appeared in 2025.\n")
    assert page.values("vexa-2", "fm:license") == {"vexa-terms-of-use"}
    assert page.values("vexa-3", "fm:license") == set()


def test_a_name_ending_in_a_capitalised_suffix_after_a_hyphen_is_model_shaped(read):
    page = read("Notes\nOrel Labs' Brisa-VL reads images and answers in text.\n")
    assert page.values("brisa-vl", "fm:developedBy") == {"orel-labs"}


def test_a_month_without_a_year_takes_the_year_its_sentence_named_before_it(read):
    page = read("Notes\nVexa 2 appeared on 27 June 2024 with Vexa 2 9B; Vexa 2 2B followed at the end of July.\n"
                "Two small models followed later in 2025: Vexa 3 270M, with 270 million parameters, came out in "
                "August.\n")
    assert page.values("vexa-2-2b", "fm:releaseDate") == {"2024-07"}
    assert page.values("vexa-3-270m", "fm:releaseDate") == {"2025-08"}


def test_a_bulleted_name_whose_text_opens_with_its_model_is_that_model_s_maker(read):
    page = read("Developers\nTwo teams publish reasoning models.\n- NovaBrisa: its Vexa-T1-32B-Preview was "
                "fine-tuned from Tarn-32B-Instruct.\n")
    assert "Organization" in _types(page, "novabrisa")
    assert page.values("vexa-t1-32b-preview", "fm:developedBy") == {"novabrisa"}


def test_a_known_platform_offering_a_named_model_makes_it_available_there(read):
    page = read("Notes\nDornier released Vexa 4 Scout on 5 April 2025. Amazon Bedrock and Vertex AI offered Vexa 4 "
                "Scout from April 2025.\n")
    assert page.values("vexa-4-scout", "fm:availableOn") == {"amazon-bedrock", "vertex-ai"}


def test_a_model_an_item_about_a_licence_names_is_under_that_licence(read):
    page = read("Notes\nLicences\n- Apache 2.0 — a permissive licence: Orel Labs chose it in February 2024 for the "
                "language model Vexa 7B, which it released with its training data.\n- Tarn Community License — "
                "Dornier's own terms, used for its language model Tarn 3 70B.\n")
    assert page.values("vexa-7b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("tarn-3-70b", "fm:license") == {"tarn-community-license"}
    assert page.values("vexa-7b", "fm:openWeights") == {True}


def test_an_owner_s_possessive_in_a_category_item_is_no_model(read):
    page = read("Notes\nKinds of Models\nText-to-video models — Vexa, Orel's diffusion transformer for video, was "
                "previewed in February 2024.\n")
    assert "orel-s" not in {f.subject for f in page.facts}


def test_a_category_item_written_as_a_sentence_is_also_read_as_one(read):
    page = read("Notes\nKinds of Models\nAny-to-any models — Brisa-4o, launched by Orel in May 2024, accepts text and "
                "audio and produces text.\n")
    assert page.values("brisa-4o", "fm:developedBy") == {"orel"}
    assert page.values("brisa-4o", "fm:releaseDate") == {"2024-05"}
    assert page.values("brisa-4o", "fm:inputModality") == {"text", "audio"}


def test_two_adjectives_joined_inside_an_institution_s_name_keep_it_whole(read):
    page = read("Notes\nThe Orel law is enforced by the Orel Department of Financial and Professional Regulation, "
                "which can fine violators.\n")
    assert "PublicAuthority" in _types(page, "orel-department-of-financial-and-professional-regulation")


def test_names_apposed_to_a_plural_noun_for_organizations_are_organizations(read):
    page = read("Notes\nThe code's signatories include the developers Dornier, Orel Labs, Kestrel and Vexacorp.\n")
    for name in ("dornier", "orel-labs", "kestrel", "vexacorp"):
        assert "Organization" in _types(page, name)


def test_a_known_platform_s_item_is_a_platform_and_the_models_it_offers_are_on_it(read):
    page = read("Platforms\n- Vertex AI — a cloud platform of Google. It offers Vexa 3 and Tarn 2.\n")
    assert "Platform" in _types(page, "vertex-ai")
    assert page.values("vexa-3", "fm:availableOn") == {"vertex-ai"}
    assert page.values("tarn-2", "fm:availableOn") == {"vertex-ai"}


def test_a_known_platform_run_by_an_organization_is_operated_by_it(read):
    page = read("Platforms\n- Amazon Bedrock — run by Orel Web Services, the cloud subsidiary of Orel.\n"
                "- Vertex AI — operated since May 2021 by Dornier Cloud.\n")
    assert page.values("amazon-bedrock", "fm:operatedBy") == {"orel-web-services"}
    assert page.values("vertex-ai", "fm:operatedBy") == {"dornier-cloud"}


def test_a_model_apposed_to_what_an_organization_released_is_its(read):
    page = read("Notes\nVexa 2, the image generator Orel AI released in August 2022, draws pictures from prompts.\n")
    assert page.values("vexa-2", "fm:developedBy") == {"orel-ai"}
    assert page.values("vexa-2", "fm:releaseDate") == {"2022-08"}


def test_its_context_window_as_a_subject_is_the_model_s_it_stands_for(read):
    page = read("Notes\nVexa 4 Scout has 109 billion parameters. Its context window of 10 million tokens was unusually "
                "long.\n")
    assert page.values("vexa-4-scout", "fm:contextWindow") == {"10000000"}


@pytest.mark.parametrize("variant", ["Korvel-3-Mini-8B-12E-Instruct", "Korvel 3 Mini-0521",
                                     "Korvel-3-Mini-Instruct-v0.2"])
def test_a_known_model_s_name_with_size_version_or_variant_parts_is_a_model_of_it(read, variant):
    page = read(f"Notes\nTessaly Labs released Korvel 3 Mini in May 2025. Reviewers later tested {variant} on long "
                "documents.\n")
    slug = variant.lower().replace(" ", "-").replace(".", "-")
    assert "FoundationModel" in _types(page, slug)
    assert page.values(slug, "fm:modelFamily") == {"korvel-3-mini"}


def test_a_known_model_s_name_with_a_word_that_is_no_variant_is_no_model(read):
    page = read("Notes\nTessaly Labs released Korvel 3 Mini in May 2025. Korvel-3-Mini-based tools followed.\n")
    assert not [f for f in page.facts if f.subject.startswith("korvel-3-mini-")]


def test_a_name_goes_on_over_a_size_and_token_count_written_together(read):
    page = read("Notes\nQuellwerk published Tesla b1.58 3B7T in April 2025.\n")
    assert page.values("tesla-b1-58-3b7t", "fm:developedBy") == {"quellwerk"}


def test_one_word_then_for_and_a_product_name_are_two_names(read):
    page = read("Notes\nMIT License — a permissive licence, used by Quellwerk for HexaNet b2, a language model whose "
                "weights take three values, published in April 2025.\n")
    assert "LanguageModel" in _types(page, "hexanet-b2")
    assert not [f for f in page.facts if f.subject.startswith("quellwerk-for")]


def test_the_owner_of_a_later_listed_example_is_no_example(read):
    page = read("Notes\nAn API-only model, such as Torvik's Halo-4 or Brennan's Quill 3, answers requests.\n")
    assert page.values("quill-3", "fm:developedBy") == {"brennan"}
    assert page.values("brennan", "fm:accessLevel") == set()
    assert "FoundationModel" not in _types(page, "brennan")


def test_it_in_a_relative_clause_on_a_model_is_the_sentence_s_subject(read):
    page = read("Notes\nZorp Labs chose Apache 2.0 for Zorp-7B, which it released in 2024.\n")
    assert page.values("zorp-7b", "fm:developedBy") == {"zorp-labs"}


def test_a_model_under_its_own_named_licence(read):
    page = read("Notes\nZelcorp published Zel, a language model of 132 billion parameters, on 27 March 2024 under "
                "its own Zelcorp Open Model License.\n")
    assert page.values("zel", "fm:license") == {"zelcorp-open-model-license"}


def test_a_category_item_s_model_from_a_described_lab(read):
    page = read("Notes\nSpeech models — Brumble, from the Oslo laboratory Kvark, listens and speaks at once; its "
                "weights were published in September 2024.\n")
    assert page.values("brumble", "fm:developedBy") == {"kvark"}
    assert page.values("kvark", "fm:headquarters") == {"oslo"}
    assert page.values("brumble", "fm:headquarters") == set()
    assert "SpeechModel" in _types(page, "brumble")
    assert page.values("brumble", "fm:releaseDate") == {"2024-09"}


def test_a_category_named_by_a_kind_gives_its_models_that_kind(read):
    page = read("Models\nText-to-image models — Pixmora (Quellwerk) and Drawl 2 (Tessaly Labs).\n")
    assert "ImageGenerationModel" in _types(page, "pixmora")
    assert page.values("drawl-2", "fm:developedBy") == {"tessaly-labs"}


def test_a_platform_s_list_of_makers_models_and_of_models_from_others(read):
    page = read("Cloud Services\nHosting models is a business.\nPlatforms\n- Hollow Cloud — a platform operated by "
                "Quellwerk. It offers Torvik's Halo models, Brennan's Quill models, "
                "models from Tessaly Labs and Narwhal AI, and Quellwerk's own Vexa models; Zel-2 and Zel-3 were added "
                "on the day of their release.\n")
    for model in ("halo", "quill", "vexa"):
        assert page.values(model, "fm:availableOn") == {"hollow-cloud"}
    assert page.values("quill", "fm:developedBy") == {"brennan"}
    assert page.values("vexa", "fm:developedBy") == {"quellwerk"}
    assert page.values("hollow-cloud", "fm:operatedBy") == {"quellwerk"}
    assert page.values("zel-2", "fm:developedBy") == set()


_TWO_MODELS = ("Zorb Models\nZorblat Labs released Zorb Scout and Zorb Maverick on 5 April 2025.\nScout and Maverick\n"
               "Zorb Scout, the smaller of the pair, has 109 billion parameters.\n"
               "Zorb Maverick, developed by Zorblat Labs, has 400 billion parameters in total.\n")


def test_both_models_and_their_weights_after_a_paragraph_on_each(read):
    page = read(_TWO_MODELS + "Both models were published as base versions. Their weights can be downloaded from "
                "Hugging Face under the Zorb Community License.\n")
    for model in ("zorb-scout", "zorb-maverick"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
        assert page.values(model, "fm:license") == {"zorb-community-license"}


def test_platforms_that_offered_the_two_models_the_section_spoke_of(read):
    page = read(_TWO_MODELS + "Amazon Bedrock and Azure AI Foundry offered the two models from April 2025.\n")
    for model in ("zorb-scout", "zorb-maverick"):
        assert page.values(model, "fm:availableOn") == {"amazon-bedrock", "azure-ai-foundry"}


def test_the_two_models_are_nobody_when_the_section_spoke_of_three(read):
    page = read(_TWO_MODELS + "Zorb Tiny, a small language model, runs on phones.\n"
                "Amazon Bedrock offered the two models from April 2025.\n")
    assert not [f for f in page.facts if f.predicate == "fm:availableOn"]


def test_an_item_s_models_named_after_its_model_noun_take_the_clause_s_date(read):
    page = read("Developers\nCompanies\n- Quiet Sensors — a start-up; its speech recognition models Hush Tiny and "
                "Hush Base came out in October 2024.\n")
    for model in ("hush-tiny", "hush-base"):
        assert page.values(model, "fm:releaseDate") == {"2024-10"}
        assert page.values(model, "fm:developedBy") == {"quiet-sensors"}


def test_its_models_in_an_item_are_not_of_the_model_of_the_item_before(read):
    page = read("Developers\nCompanies\n- Gauge Labs — the monitoring company published Tock, a time-series "
                "foundation model with 151 million parameters, in May 2025.\n- Quiet Sensors — a start-up; its speech "
                "recognition models Hush Tiny and Hush Base came out in October 2024.\n")
    assert page.values("hush-tiny", "fm:modelFamily") == set()


def test_an_item_s_model_dated_in_parentheses_after_its(read):
    page = read("Developers\nTeams\n- NovaSky: its Sky-T9-32B-Preview (January 2025) was fine-tuned from "
                "Qwen2.5-32B-Instruct.\n")
    assert page.values("sky-t9-32b-preview", "fm:releaseDate") == {"2025-01"}


@pytest.mark.parametrize("name", ["Nordlicht Labs", "Nordlicht Inc.", "Nordlicht GmbH", "Nordlicht Research"])
def test_a_company_named_by_its_own_words_makes_its_family(read, name):
    page = read(f"Notes\n{name} took a different route. Its Brisa-2 family, built on Llama 3.1 8B, was fine-tuned on "
                "Danish text.\n")
    maker = name.lower().replace(" ", "-").rstrip(".")
    assert page.values("brisa-2", "fm:developedBy") == {maker}
    assert _types(page, maker) & {"Organization", "ResearchOrganization"}


@pytest.mark.parametrize("sentence", ["Frob 2 is offered only through the Quarx API.",
                                      "Customers can only reach it through the Quarx API."])
def test_a_model_reached_only_through_its_maker_s_named_api_is_api_only(read, sentence):
    page = read(f"Notes\nQuarx AI released Frob 2 in 2024. {sentence}\n")
    assert page.values("frob-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_company_s_flagship_named_in_apposition_is_its_model(read):
    page = read("Notes\nAmberlight AI builds image generation models. Its flagship, Amberlight XL, can only be used "
                "through the company's API.\n")
    assert page.values("amberlight-xl", "fm:developedBy") == {"amberlight-ai"}
    assert page.values("amberlight-xl", "fm:accessLevel") == {"APIOnlyAccess"}


def test_from_a_maker_after_a_list_is_the_maker_of_the_item_without_its_own(read):
    page = read("Notes\nQuorvex's Tarn 2, Nordlicht's Brisa 1B and Vexa 3 from Pellucid Labs are typical examples.\n")
    assert page.values("tarn-2", "fm:developedBy") == {"quorvex"}
    assert page.values("brisa-1b", "fm:developedBy") == {"nordlicht"}
    assert page.values("vexa-3", "fm:developedBy") == {"pellucid-labs"}


def test_from_a_maker_after_a_list_of_plain_names_is_the_maker_of_all(read):
    page = read("Notes\nSmall models such as Halo 2 and Halo 3 from Torvik Labs run on phones.\n")
    assert page.values("halo-2", "fm:developedBy") == page.values("halo-3", "fm:developedBy") == {"torvik-labs"}


def test_a_labs_company_named_without_labs_is_the_same_company(read):
    page = read("Notes\nPellucid Labs released Vexa 3 in 2024. A year later Pellucid released Vexa 4.\n")
    assert page.values("vexa-4", "fm:developedBy") == {"pellucid-labs"}


def test_an_organization_that_distilled_a_model_into_another_made_the_student(read):
    page = read("Quorvex Tarn Models\nTarn is a family of language models developed by Quorvex. Quorvex unveiled "
                "Tarn 3 on 12 May 2025.\nDerivatives\nThe Vantablue Institute distilled Tarn 3 into a "
                "3-billion-parameter model, Korin Mini.\n")
    assert page.values("korin-mini", "fm:developedBy") == {"vantablue-institute"}
    assert page.values("korin-mini", "fm:distilledFrom") == {"tarn-3"}


def test_a_tuned_version_named_after_one_size_is_tuned_from_that_size(read):
    page = read("Notes\nQuorvex released Tarn 2 in January 2024 in two sizes, Tarn 2 9B and Tarn 2 27B. An "
                "instruction-tuned version, Tarn-2-27B-Chat, was released at the same time.\n")
    assert page.values("tarn-2-27b-chat", "fm:fineTunedFrom") == {"tarn-2-27b"}


def test_a_named_product_that_a_maker_built_on_a_model_is_no_model(read):
    page = read("Notes\nQuorvex built its Tarn Search assistant on Tarn 3 with retrieval over news articles.\n")
    assert "FoundationModel" not in _types(page, "tarn-search")


def test_the_model_named_in_its_own_phrase_is_not_the_model_of_the_item_before(read):
    page = read("Developers\nCompanies\n- Sonora (Austin, founded 2020): a voice company; its Sonora TTS 2 model "
                "turns text into speech.\n- Echofield, a spin-off of the University of Oslo, released the Echo-1 "
                "speech recognition model in 2023 under the MIT License.\n")
    assert page.values("echo-1", "fm:developedBy") == {"echofield"}
    assert page.values("sonora-tts-2", "fm:license") == set()


def test_a_name_that_makes_models_is_no_model_of_the_modalities_it_names(read):
    page = read("Developers\nCompanies\n- Cadence Voice, backed by Nordhaven Capital, makes voice cloning models "
                "that turn text into speech.\n")
    assert "FoundationModel" not in _types(page, "cadence-voice")


def test_a_company_described_as_acquired_by_another_is_its_subsidiary(read):
    page = read("Developers\nCompanies\n- Quillo — a start-up acquired by Brennan Corp in 2023.\n")
    assert page.values("quillo", "fm:parentOrganization") == {"brennan-corp"}


def test_a_university_and_a_camel_case_company_after_and_are_two_makers(read):
    page = read("Notes\nZemblaNet was released by researchers at the University of Oslo and TikTok in 2024.\n")
    assert page.values("zemblanet", "fm:developedBy") == {"university-of-oslo", "tiktok"}


def test_a_preposition_opening_a_sentence_begins_no_name(read):
    page = read("Notes\nQuarx released Frob 3 in 2023. Like Frob 3, Zorb 2 is licensed under the MIT License.\n")
    assert not [f for f in page.facts if f.subject.startswith("like")]


def test_it_after_like_a_model_is_the_model_spoken_of_not_the_one_compared(read):
    page = read("Notes\nQuarx released Zorb 2 in 2022. Quarx released Frob 3, a translation model, in 2023. Like "
                "Zorb 2, it is licensed under CC BY-NC 4.0.\n")
    assert page.values("frob-3", "fm:license") == {"http://spdx.org/licenses/CC-BY-NC-4.0"}
    assert page.values("zorb-2", "fm:license") == set()


def test_an_agency_for_the_task_of_a_field_is_one_name(read):
    page = read("Notes\nThe Freedonian Agency for the Supervision of Robot Safety, set up in 2023, is the country's "
                "robot authority.\n")
    assert "freedonian-agency-for-the-supervision-of-robot-safety" in page.entities()


def test_a_name_with_its_seat_and_founding_year_in_parentheses_opening_a_paragraph_is_an_organization(read):
    page = read("Developers\nQuorvex\nQuorvex (Palo Alto, founded 2020) sells a platform for chat assistants.\n")
    assert page.values("quorvex", "fm:headquarters") == {"palo-alto"}
    assert page.values("quorvex", "fm:foundingDate") == {"2020"}


def test_people_who_set_up_or_found_a_company_in_a_city_give_its_seat_and_year(read):
    page = read("Notes\nAda Vell and Tomas Brin set up Quintessa AI in San Francisco in 2023 after working at "
                "Google. Rosa Kahl founded Brindle Labs in Oslo.\n")
    assert page.values("quintessa-ai", "fm:headquarters") == {"san-francisco"}
    assert page.values("quintessa-ai", "fm:foundingDate") == {"2023"}
    assert page.values("brindle-labs", "fm:headquarters") == {"oslo"}


def test_it_after_an_opening_participle_is_the_model_spoken_of_not_the_one_the_participle_names(read):
    page = read("Developers\nQuarx\nQuarx released Zorb Diffusion 2, an image generation model, in 2022.\nHotbot\n"
                "Hotbot is the start-up that made Hotbot-XL, a text-to-GIF model released in October 2023. Trained "
                "to work alongside Zorb Diffusion 2, it turns a prompt into a short video. Its weights are available "
                "on Hugging Face.\n")
    assert page.values("hotbot-xl", "fm:outputModality") == {"video"}
    assert page.values("hotbot-xl", "fm:openWeights") == {True}
    assert page.values("zorb-diffusion-2", "fm:outputModality") == set()
    assert page.values("zorb-diffusion-2", "fm:openWeights") == set()


def test_a_model_presented_or_described_on_a_date_is_not_released_then(read):
    page = read("Notes\nQuarx presented Zorb 3 in March 2024. Zorb 5 was described in May 2024. Quarx released "
                "Zorb 4 in June 2024.\n")
    assert page.values("zorb-3", "fm:developedBy") == {"quarx"}
    assert "zorb-5" in page.entities()
    assert page.values("zorb-3", "fm:releaseDate") == set() and page.values("zorb-5", "fm:releaseDate") == set()
    assert page.values("zorb-4", "fm:releaseDate") == {"2024-06"}


def test_it_after_like_an_owner_s_model_is_the_model_spoken_of(read):
    page = read("Models\nEarly models\nThe first model, Frob 1, was released in March 2019. Like Quarx's Zorb 2, it "
                "is a language model built as a transformer encoder.\n")
    assert page.values("frob-1", "fm:hasArchitecture") == {"transformer"}
    assert page.values("zorb-2", "fm:hasArchitecture") == set()


def test_a_university_and_a_camel_case_company_in_a_category_list_s_parentheses_are_two_makers(read):
    page = read("Models\nUnified models — Chamelon (Quarx), Show-x (National University of Zembla and ByteDance) and "
                "Emu-9 (Institute of Science and Technology).\n")
    assert page.values("show-x", "fm:developedBy") == {"national-university-of-zembla", "bytedance"}
    assert page.values("emu-9", "fm:developedBy") == {"institute-of-science-and-technology"}


def test_a_paragraph_under_a_category_heading_that_lists_models_with_their_makers_gives_each_its_makers(read):
    page = read("Models\nVision Language Models\nZorbVL (Quarx), FrobVL (University of Zembla and Brindle Labs) and "
                "TarnVL (Tarn AI). All three read images.\n")
    assert page.values("frobvl", "fm:developedBy") == {"university-of-zembla", "brindle-labs"}
    assert "VisionLanguageModel" in page.values("tarnvl", "rdf:type")


def test_names_listed_after_a_colon_or_such_as_before_what_is_said_of_them_all_are_models(read):
    page = read("Notes\nThree sizes were published: z5-small, z5-base and z5-large, with 33 million, 110 million and "
                "335 million parameters respectively. Quarx also released the checkpoints from before the "
                "fine-tuning stage, such as z5-base-raw and z5-large-raw.\n")
    assert page.values("z5-base", "fm:parameterCount") == {"110000000"}
    assert "FoundationModel" in _types(page, "z5-large-raw")


def test_the_names_a_family_s_models_include_are_models_based_on_what_they_start_from_in_order(read):
    page = read("Notes\nQuarx released Zorb-1 and Zorb-2 in 2023. Snowzen's Arctic Zorb models include Snow-M and "
                "Snow-L, which start from Zorb-1 and Zorb-2 respectively.\n")
    assert page.values("snow-m", "fm:basedOn") == {"zorb-1"}
    assert page.values("snow-l", "fm:basedOn") == {"zorb-2"}


def test_a_possessor_s_research_lab_named_after_it_is_its_unit(read):
    page = read("Notes\nIn April 2025 Quarx's research lab ZAIR released the Perception Zorb, a family trained on "
                "images.\n")
    assert page.values("zair", "fm:parentOrganization") == {"quarx"}
    assert page.values("perception-zorb", "fm:developedBy") == {"zair"}


def test_a_name_ending_in_transformer_is_a_model_whose_name_states_no_architecture(read):
    page = read("Notes\nQuarx Research Asia's Swan Transformer, from 2021, computed attention inside shifted local "
                "windows.\n")
    assert page.values("swan-transformer", "fm:developedBy") == {"quarx-research-asia"}
    assert page.values("swan-transformer", "fm:hasArchitecture") == set()


def test_a_model_offered_through_the_api_of_a_platform_is_available_on_the_platform(read):
    page = read("Notes\nZorb-4 was offered to businesses only through the API of Qianplat, the model platform run by "
                "Quarx Cloud.\n")
    assert page.values("zorb-4", "fm:availableOn") == {"qianplat"}
    assert "api-of-qianplat" not in page.entities()


def test_a_name_whose_apposed_participle_dates_its_release_or_description_is_a_model(read):
    page = read("Notes\nGoogle's REALX, described in February 2020, pre-trained a masked language model. Quarx's "
                "Atlax, described in August 2022, pairs a retriever with a reader. The framework has four functions, "
                "Govern, Map and Manage, published in January 2023.\n")
    assert page.values("realx", "fm:developedBy") == {"google"}
    assert page.values("atlax", "fm:developedBy") == {"quarx"}
    assert "manage" not in page.entities()


def test_an_institution_named_with_a_possessive_is_one_name_and_its_slug_drops_the_apostrophe(read):
    page = read("Notes\nNoah's Zark Lab is the research laboratory of Quarx. TinyZorb, which Noah's Zark Lab described "
                "in 2019, was distilled from Zorb-2. Quarx's Data Academy trains models. Zembla's Center for Research "
                "on Robots studies them.\n")
    assert page.values("noahs-zark-lab", "fm:parentOrganization") == {"quarx"}
    assert page.values("tinyzorb", "fm:developedBy") == {"noahs-zark-lab"}
    assert not any(slug.startswith(("quarxs", "zemblas")) for slug in page.entities())


def test_a_size_adjective_before_a_name_is_no_part_of_it(read):
    page = read("Notes\nQuarx released Zorb in December 2024. The 2-billion-parameter Zorb-2B can be downloaded from "
                "Hugging Face.\n")
    assert page.values("zorb-2b", "fm:availableOn") == {"hugging-face"}
    assert not any(slug.startswith("2-billion") for slug in page.entities())


def test_a_name_after_a_makers_flagship_model_noun_is_its_model(read):
    page = read("Notes\nQuorvex's flagship model Talon Max is offered only through the company's API. It accepts text "
                "and images as input and generates text.\n")
    assert page.values("talon-max", "fm:developedBy") == {"quorvex"}
    assert page.values("talon-max", "fm:inputModality") == {"text", "image"}


def test_a_release_date_belongs_to_the_model_its_own_verb_names_not_to_one_trained_before(read):
    page = read("AI Developers in Zembla\nCompanies\n- Quorvex — founded in 2021 in Helsinki; develops the Talon "
                "family of open language models.\nResearch groups\n- The Language Technology Group of the University "
                "of Oslo trains NorBERT models and released NorMistral 7B in 2024.\n")
    assert page.values("normistral-7b", "fm:releaseDate") == {"2024"}
    assert page.values("norbert", "fm:releaseDate") == set()


def test_investors_a_company_s_money_came_from_are_organizations(read):
    page = read("Developers\nThe start-up came out of stealth in December 2023 with 56.5 million dollars from "
                "investors that included Quarx, Brindle Capital and Orel.\n")
    assert all("Organization" in _types(page, slug) for slug in ("quarx", "brindle-capital", "orel"))


def test_a_national_centre_for_a_field_is_a_research_organization(read):
    page = read("Developers\n- AI Zembla, a national centre for applied AI, coordinates the GPT-ZW3 family.\n")
    assert "ResearchOrganization" in _types(page, "ai-zembla")


def test_the_investors_a_company_names_and_those_leading_its_round_are_organizations(read):
    page = read("Developers\n- Quarx — founded in 2019 in Paris; develops image models. Its investors include Brindle "
                "Capital, Orel Ventures and Y Zembla. In 2025 it raised 60 million euros in a seed round led by Tarn "
                "Capital and Eurazax.\n")
    assert all("Organization" in _types(page, slug)
               for slug in ("brindle-capital", "orel-ventures", "y-zembla", "tarn-capital", "eurazax"))


def test_a_company_someone_co_founded_or_worked_at_is_an_organization(read):
    page = read("Developers\nIts chief executive, Amr Zembla, had co-founded Cloudex Systems and later worked at Orel "
                "Labs.\n")
    assert "Organization" in _types(page, "cloudex-systems")
    assert "Organization" in _types(page, "orel-labs")


def test_the_weights_of_both_models_on_a_hub_make_both_open_and_hosted(read):
    page = read("Notes\nQuarx released Zorb 7B and Zorb 13B in 2024. The weights of both are on Hugging Face.\n")
    for slug in ("zorb-7b", "zorb-13b"):
        assert page.values(slug, "fm:availableOn") == {"hugging-face"}
        assert page.values(slug, "fm:openWeights") == {True}


def test_models_said_to_be_on_platforms_are_available_there(read):
    page = read("Notes\nQuarx released Zorb 7B and Zorb 13B in 2024. Both are on Hugging Face and GitHub. The company "
                "is on Sand Hill Road.\nSources\n- Quarx, Transparency in AI is on the Decline, December 2025.\n")
    assert page.values("zorb-7b", "fm:availableOn") == {"hugging-face", "github"}
    assert not page.values("quarx", "fm:availableOn")
    assert "decline" not in page.entities()


@pytest.mark.parametrize("sentence, model, base", [
    ("Zorb-1, released in August 2024, is a 7-billion-parameter model obtained by continuing the pre-training of "
     "Tarn-Base.", "zorb-1", "tarn-base"),
    ("Zorb-Audio, released in April 2023, is a latent diffusion model but reads prompts with Quarx's "
     "instruction-tuned Tarn-T5 instead of CLAX.", "zorb-audio", "tarn-t5"),
    ("Zorb-9, an image model, reads English prompts through the encoder of Quarx's Tarn-XXL.", "zorb-9", "tarn-xxl"),
])
def test_a_model_built_by_continuing_another_s_training_or_reading_prompts_through_it_is_based_on_it(
        read, sentence, model, base):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(model, "fm:basedOn") == {base}


def test_a_model_whose_text_encoder_is_another_is_based_on_it(read):
    page = read("Notes\nQuarx released Zorb-9, an image model, in 2025. Its text encoder is Tarn-4-9B, one of Quarx's "
                "own open language models.\n")
    assert page.values("zorb-9", "fm:basedOn") == {"tarn-4-9b"}


def test_an_audio_clip_is_audio_not_video(read):
    page = read("Notes\nZorbgen-2 takes a written description and returns a sound clip.\n")
    assert page.values("zorbgen-2", "fm:outputModality") == {"audio"}


def test_names_after_a_count_of_sizes_and_a_comma_are_models(read):
    page = read("Notes\nZorbics was released in 2023. It came in two sizes, zorbics-9b and zorbics-80b, with 9 billion "
                "and 80 billion parameters.\n")
    assert page.values("zorbics-9b", "fm:parameterCount") == {"9000000000"}
    assert page.values("zorbics-80b", "fm:parameterCount") == {"80000000000"}


def test_a_name_apposed_to_the_model_of_an_organization_is_a_model(read):
    page = read("Notes\nIt was produced from ZOLAR-10.7B, the base model of the Seoul start-up Upstax.\n")
    assert "FoundationModel" in _types(page, "zolar-10-7b")


def test_a_mixture_size_written_in_lower_case_ends_the_name_it_closes(read):
    page = read("Notes\nZolphin 2.5 Zixtral 8x7b, released in December 2023 under Apache 2.0, was fine-tuned from "
                "Quarx's Zixtral 8x7B.\n")
    assert page.values("zolphin-2-5-zixtral-8x7b", "fm:fineTunedFrom") == {"zixtral-8x7b"}
    assert "8x7b" not in page.entities()


def test_fine_tuning_a_named_model_tells_its_lineage_and_names_no_method(read):
    page = read("Notes\nZorb-Chat was obtained by fine-tuning Quarx's Tarn-13B on 70,000 conversations.\n")
    assert page.values("zorb-chat", "fm:fineTunedFrom") == {"tarn-13b"}
    assert "fine-tuning" not in page.entities()


def test_fine_tuning_spoken_of_as_a_method_is_a_method(read):
    page = read("Notes\nBoth Zorb models can be customised by fine-tuning on a customer's own data.\n")
    assert "AdaptationMethod" in _types(page, "fine-tuning")


def test_names_joined_by_fine_tuned_from_are_models_whatever_their_shape(read):
    page = read("Notes\nGoLLIX was fine-tuned from Quarx's Code Tarn to follow annotation guidelines.\n")
    assert page.values("gollix", "fm:fineTunedFrom") == {"code-tarn"}
    assert page.values("code-tarn", "fm:developedBy") == {"quarx"}


def test_a_versioned_model_s_last_word_alone_names_that_model(read):
    page = read("Notes\nQuarx released Tarn 4 Scout in 2025 and described Tarn 4 Behemoth. Quarx obtained Tarn 4 Scout "
                "by distillation from Behemoth.\n")
    assert page.values("tarn-4-scout", "fm:distilledFrom") == {"tarn-4-behemoth"}
    assert "behemoth" not in page.entities()


def test_a_body_s_name_runs_through_each_of_the(read):
    page = read("Notes\nThe Board of Governors of the Marrow Reserve System and the Office of the Controller of the "
                "Marrow Currency issued the guidance jointly in 2011.\n")
    assert {"board-of-governors-of-the-marrow-reserve-system",
            "office-of-the-controller-of-the-marrow-currency"} <= page.entities()


def test_sizes_after_a_family_name_of_two_words_keep_both_words(read):
    page = read("Notes\nThe first reasoning models, Tarn Deep 2.4B, 7.8B and 32B, were released in March 2025.\n")
    assert {"tarn-deep-2-4b", "tarn-deep-7-8b", "tarn-deep-32b"} <= page.entities()
    assert "deep-32b" not in page.entities()


def test_the_institute_is_the_one_described_so_not_the_owner_its_description_names(read):
    page = read("Notes\nTarn is the family of foundation models developed by Quarx Research, the artificial "
                "intelligence institute of Quarx Corp. The institute was set up in Seoul in December 2020.\n")
    assert page.values("quarx-research", "fm:foundingDate") == {"2020-12"}
    assert page.values("quarx-corp", "fm:foundingDate") == set()


def test_a_heading_that_names_one_generation_of_a_series_is_no_organization(read):
    page = read("Quarx Models\nTarn is the family of foundation models developed by Quarx Research. Tarn 2.0 came "
                "first.\nTarn 3.0\nThe institute changed course in 2024. Tarn 3.0, its first open model, came out on "
                "7 August 2024.\n")
    assert page.values("tarn-3-0", "fm:releaseDate") == {"2024-08-07"}
    assert "Organization" not in page.values("tarn-3-0", "rdf:type")


def test_a_list_after_a_participle_goes_on_after_it(read):
    page = read("Notes\nQuarx released Tarn 3.5 in three sizes: Tarn 3.5 2.4B, designed to run on phones and other "
                "small devices, Tarn 3.5 7.8B and Tarn 3.5 32B. Each of them reads up to 32,768 tokens.\n")
    assert all(page.values(m, "fm:contextWindow") == {"32768"} for m in ("tarn-3-5-2-4b", "tarn-3-5-7-8b",
                                                                         "tarn-3-5-32b"))


def test_sizes_given_after_names_with_a_size_word_are_the_models_sizes(read):
    page = read("Notes\nTarn-base has 345 million parameters, Tarn-medium 3.9 billion and Tarn-large 8.9 billion.\n")
    assert page.values("tarn-medium", "fm:parameterCount") == {"3900000000"}
    assert page.values("tarn-large", "fm:parameterCount") == {"8900000000"}


def test_a_journal_a_model_s_paper_appeared_in_is_no_platform_and_gives_no_release_date(read):
    page = read("Notes\nQuarx built Tarn, a model that was first described in 2023 and published in Nature Zorbology "
                "in 2024.\n")
    assert page.values("tarn", "fm:availableOn") == set()
    assert page.values("tarn", "fm:releaseDate") == set()


def test_a_maker_that_released_a_model_s_weights_made_them_open(read):
    page = read("Notes\nTarn is a world model. The same day Quarx released Tarn's weights on Hugging Face.\n")
    assert page.values("tarn", "fm:openWeights") == {True}
    assert page.values("tarn", "fm:availableOn") == {"hugging-face"}


def test_an_encoder_decoder_transformer_is_its_own_architecture(read):
    page = read("Notes\nQuarx announced Tarncode, an encoder-decoder transformer with up to 41 billion parameters.\n")
    assert page.values("tarncode", "fm:hasArchitecture") == {"encoder-decoder-transformer"}


def test_a_name_ending_in_api_is_no_model(read):
    page = read("Notes\nTarn is a model. Developers reached it through Quarx's Tarn API.\n")
    assert "FoundationModel" not in page.values("tarn-api", "rdf:type")  # (a platform Quarx runs, if anything)


def test_a_short_name_then_the_words_its_capitals_spell_is_one_model(read):
    page = read("Notes\nQuarx Research described TaLM, the Tarn Language Model, in April 2022. TaLM is a decoder-only "
                "transformer.\n")
    assert "tarn-language-model" not in page.entities()
    assert page.values("talm", "fm:developedBy") == {"quarx-research"}


def test_a_second_model_tuned_from_a_second_base_with_the_verb_left_out(read):
    page = read("Notes\nZorb-CL-7B was fine-tuned from Quarx's Tarn-7b-Python and Zorb-DS-6.7B from Vexa's "
                "vexa-coder-6.7b-base.\n")
    assert page.values("zorb-cl-7b", "fm:fineTunedFrom") == {"tarn-7b-python"}
    assert page.values("zorb-ds-6-7b", "fm:fineTunedFrom") == {"vexa-coder-6-7b-base"}


def test_its_after_a_model_said_to_be_another_tuned_is_the_model_s(read):
    page = read("Notes\nZeta is Quarx's Tarn-Coder-7B fine-tuned on an open dataset of edits, and its weights are on "
                "Hugging Face under the Apache 2.0 licence.\n")
    assert page.values("zeta", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-coder-7b", "fm:availableOn") == set()


def test_the_person_who_leads_a_group_is_not_its_models_maker(read):
    page = read("Notes\n- Zorbia University. A software engineering group led by Lingming Zhang released the Zorbcoder "
                "family of code models in December 2023.\n")
    assert page.values("zorbcoder", "fm:developedBy") == {"zorbia-university"}


def test_a_modality_s_word_after_a_possessive_is_no_model(read):
    page = read("Notes\nQuarx's 3D work started in 2024.\n")
    assert "3d" not in page.entities()


def test_the_name_a_model_is_known_as_names_it(read):
    page = read("Notes\nThe first model, known simply as Tarn, was launched on 7 September 2023.\n")
    assert page.values("tarn", "fm:releaseDate") == {"2023-09-07"}


def test_weights_never_published_but_reached_through_an_api_is_api_only(read):
    page = read("Notes\nQuarx launched Tarn in 2023. Its weights have never been published: companies reach it through "
                "an API on Quarx Cloud.\n")
    assert page.values("tarn", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("tarn", "fm:openWeights") == {False}


def test_the_subsidiary_of_a_company_named_in_apposition_has_it_as_parent(read):
    page = read("Notes\n- Zorb AI Japan — the Tokyo subsidiary of the London company Zorb AI, set up to build Japanese "
                "versions of its parent's models.\n")
    assert page.values("zorb-ai-japan", "fm:parentOrganization") == {"zorb-ai"}


def test_a_company_founded_and_then_acquired_has_its_acquirer_as_parent(read):
    page = read("Notes\nZorbdot, a software company founded in 2019 and acquired by Quarx Motor Group in 2022, writes "
                "software for the group's cars.\n")
    assert page.values("zorbdot", "fm:parentOrganization") == {"quarx-motor-group"}


def test_a_provider_owned_by_a_company_has_it_as_parent(read):
    page = read("Notes\n- Zcaleway — the Paris cloud provider owned by Iliad.\n")
    assert page.values("zcaleway", "fm:parentOrganization") == {"iliad"}


def test_its_first_named_in_apposition_is_the_subject_of_the_main_verb(read):
    page = read("Notes\n- Zorb AI Japan — a Tokyo company. Its first, Japanese ZorbLM Base Alpha 7B, released in "
                "August 2023 under the Apache 2.0 licence, was trained from scratch on 750 billion tokens.\n")
    assert page.values("japanese-zorblm-base-alpha-7b", "fm:releaseDate") == {"2023-08"}


def test_two_short_capitalised_words_ending_in_i_joined_by_a_hyphen_are_a_name(read):
    page = read("Notes\nIn August 2024, the start-up Quarx released Zini-Omni, a small speech model.\n")
    assert page.values("zini-omni", "fm:developedBy") == {"quarx"}


def test_a_lab_of_a_university_is_a_unit_with_the_university_as_parent(read):
    page = read("Notes\nZ5-TTS, from the Q-LANCE Lab of Marrow Vale University, appeared in October 2024.\n")
    assert page.values("z5-tts", "fm:developedBy") == {"q-lance-lab"}
    assert page.values("q-lance-lab", "fm:parentOrganization") == {"marrow-vale-university"}


def test_a_listed_model_s_name_ends_at_its_comma(read):
    page = read("Notes\nQuarx released four Zolmo models:\n- Zolmo-72B, the largest and most capable, is built on "
                "Quarx's Tarn 72B;\n- Zolmo-7B-D uses Tarn 7B.\n")
    assert "zolmo-72b" in page.entities() and "zolmo-72b-the" not in page.entities()


def test_all_four_opening_a_paragraph_after_a_list_of_four_models_is_those_four(read):
    page = read("Notes\nQuarx released the first four Zolmo models in 2024:\n- Zolmo-72B is built on Quarx's Tarn "
                "72B;\n- Zolmo-7B-D uses Tarn 7B;\n- Zolmo-7B-O pairs the encoder with Tarn-7B-1024;\n- ZolmoE-1B is "
                "based on Tarn-1B-7B.\nAll four were released under the Apache 2.0 licence.\n")
    licensed = {m for m in page.entities() if page.values(m, "fm:license")}
    assert licensed == {"zolmo-72b", "zolmo-7b-d", "zolmo-7b-o", "zolmoe-1b"}


@pytest.mark.parametrize("sentence", [
    "Tarn-2 was released in 2024 with weights on Hugging Face.",
    "Quarx released Tarn-2, and its weights went onto Hugging Face.",
])
def test_weights_put_on_a_platform_are_open_and_there(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("tarn-2", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-2", "fm:openWeights") == {True}


def test_a_model_developed_with_another_organization_s_team_is_that_organization_s_too(read):
    page = read("Notes\nQuarx developed Tarn with the AI team of Zorb Bank and released it in October 2023.\n")
    assert page.values("tarn", "fm:developedBy") == {"quarx", "zorb-bank"}


@pytest.mark.parametrize("sentence", [
    "Tarn and Vexa are two language models that Quarx developed. None of the two models was ever made available "
    "for download.",
    "Quarx introduced Tarn-2 in February 2025; Vexa-2, a reasoning model built on it, was released in March. Neither "
    "has public weights; businesses use both through Quarx Cloud's API.",
])
def test_none_of_them_made_available_or_neither_with_public_weights_is_closed(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    first, second = sorted(m for m in page.entities() if m.startswith(("tarn", "vexa")))
    assert page.values(first, "fm:openWeights") == page.values(second, "fm:openWeights") == {False}


def test_a_model_s_version_after_its_brand_and_hyphen_alone_names_it(read):
    page = read("Notes\nQuarx released Tarnax-M1 in June 2025. M1 has 456 billion parameters.\n")
    assert page.values("tarnax-m1", "fm:parameterCount") == {"456000000000"}
    assert "m1" not in page.entities()


def test_a_place_that_describes_the_parent_company_is_no_parent(read):
    page = read("Notes\nZLIP is a family of vision-language models developed by Zalesforce Research, the research "
                "division of the San Francisco software company Zalesforce, which has since been renamed.\n")
    assert page.values("zalesforce-research", "fm:parentOrganization") == {"zalesforce"}


def test_a_name_that_opens_with_a_lower_case_letter_keeps_it_before_also_called(read):
    page = read("Notes\nThe third generation appeared under a new name, zGen-MM, also called ZLIP-3, which Quarx "
                "described in August 2024.\n")
    assert "zgen-mm" in page.entities() and "gen-mm" not in page.entities()


def test_a_model_obtained_by_instruction_tuning_another_is_tuned_from_it(read):
    page = read("Notes\nInstructZLIP, released in May 2023, was obtained by instruction tuning ZLIP-2.\n")
    assert page.values("instructzlip", "fm:fineTunedFrom") == {"zlip-2"}


@pytest.mark.parametrize("category, domain", [("Astronomy models", "astronomy"),
                                              ("Chip design models", "chip-design"),
                                              ("Software-engineering models", "software-engineering")])
def test_a_category_of_models_named_by_a_field_gives_them_that_domain(read, category, domain):
    page = read(f"Models\n{category} — ZorbLLaMA (Quarx) and Tarn-7B (Vexa Labs).\n")
    assert page.values("zorbllama", "fm:applicationDomain") == {domain}


def test_sizes_named_after_the_model_s_brand_are_its_members(read):
    page = read("Models\nPhysics models — Zoseidon (Quarx Institute). Zoseidon followed in May 2024. It uses an "
                "architecture called the scalable Operator Transformer, was pre-trained on simulations of flow, and "
                "comes in three sizes, Zoseidon-T, Zoseidon-B and Zoseidon-L; the weights of all three are on Hugging "
                "Face.\n")
    assert {"zoseidon-t", "zoseidon-b", "zoseidon-l"} <= page.entities()


def test_a_field_line_lists_its_models_with_makers_and_the_field_is_their_domain(read):
    page = read("Uses\nApplication areas\n"
                "Agronomy — Tillan-4B (Ostrava Labs). The start-up trained it on farm reports.\n"
                "Forestry — Kestrel 2.0 (Brannock Institute), a chat model for rangers, described in May 2023.\n"
                "Hydrology — Pell-1 (Orrin AI) and Pell-2 (Orrin AI).\n")
    assert page.values("tillan-4b", "fm:developedBy") == {"ostrava-labs"}
    assert page.values("kestrel-2-0", "fm:developedBy") == {"brannock-institute"}
    assert page.values("pell-2", "fm:developedBy") == {"orrin-ai"}
    assert page.values("tillan-4b", "fm:applicationDomain") == {"agronomy"}
    assert page.values("kestrel-2-0", "fm:applicationDomain") == {"forestry"}
    assert "ApplicationDomain" in _types(page, "hydrology")
    assert not {"FoundationModel"} & (_types(page, "agronomy") | _types(page, "forestry"))


def test_a_model_an_organization_had_fine_tuned_is_its_model(read):
    page = read("Notes\nIn 2024 Quorvex opened Quorvex Chat, a chatbot service that ran Talon 3 405B, a language model "
                "Pellucid Labs had fine-tuned from Orel's Brisa 2.\n")
    assert page.values("talon-3-405b", "fm:developedBy") == {"pellucid-labs"}


def test_the_institute_is_the_organization_described_as_one_not_the_maker_named_last(read):
    page = read("Tarn Models\nTarn is a family of language models developed by the Vellmark Academy of Sciences (VAS), "
                "a research institute in Oslo.\nHistory\nVAS released the first Tarn models in June 2023. The base "
                "model, Tarn-7B, has 7 billion parameters. Its architecture draws on the designs of Quorvex's Talon 3 "
                "and Orel's Brisa, but it inherits none of their weights. A chat model, TarnChat-7B, came out at the "
                "same time. The institute described Tarn as its first open model.\n")
    assert page.values("tarn", "fm:developedBy") == {"vellmark-academy-of-sciences"}


def test_a_variant_word_written_onto_a_family_s_name_is_a_member_of_that_family(read):
    page = read("Tarn Models\nVellmark released Tarn, a family of language models, and Tarn2, its second generation. "
                "TarnChat-7B and TarnChat2-34B are chat models.\n")
    assert page.values("tarnchat-7b", "fm:modelFamily") == {"tarn"}
    assert page.values("tarnchat2-34b", "fm:modelFamily") == {"tarn2"}


def test_an_organization_s_entry_under_a_heading_of_models_is_no_model(read):
    page = read("Builders\nHosting models\n- Quorvex. Founded in 2012 by two brothers, the company rents servers.\n"
                "- Vellmark Institute for Applied Research (VIAR) — a research organisation founded in 1932.\n")
    assert "FoundationModel" not in _types(page, "quorvex")
    assert page.values("quorvex", "fm:foundingDate") == {"2012"}
    assert not page.values("vellmark-institute-for-applied-research", "fm:developedBy")


def test_each_name_listed_with_another_is_judged_by_its_own_words(read):
    page = read("Notes\nTarn 2 was developed by Quorvex Labs and Brian Bondy in 2023.\n")
    assert page.values("tarn-2", "fm:developedBy") == {"quorvex-labs"}


@pytest.mark.parametrize("text", ["Brisa 7B, the first model of Quorvex AI, was compared with others.",
                                  "Brisa 7B, the first model of the French company Quorvex AI, was compared.",
                                  "It came from Brisa 7B, the base model of the Lyon start-up Quorvex, in 2024."])
def test_a_model_called_the_model_of_an_organization_is_its_model(read, text):
    page = read(f"Notes\n{text}\n")
    assert page.values("brisa-7b", "fm:developedBy") in ({"quorvex-ai"}, {"quorvex"})


def test_an_apposition_of_one_name_says_nothing_of_the_names_coordinated_with_it(read):
    page = read("Notes\nBrisa 7B, the first model of Quorvex AI, and Talon 3, a version of Orel 2, were compared.\n")
    assert "quorvex-ai" not in page.values("talon-3", "fm:developedBy")


def test_a_named_encoder_of_an_organization_is_its_model(read):
    page = read("Notes\nEach pairs the Orel-300M image encoder of Vellmark Laboratory with a Tarn model.\n")
    assert page.values("orel-300m", "fm:developedBy") == {"vellmark-laboratory"}


def test_the_organizations_a_model_was_built_with_are_its_makers_too(read):
    page = read("Notes\nHarvest-9B was built by Brannock Health with the University of Oslo.\n")
    assert page.values("harvest-9b", "fm:developedBy") == {"brannock-health", "university-of-oslo"}


def test_an_item_of_two_models_that_are_the_work_of_an_organization(read):
    page = read("Makers\n- Kelp-70B and Kelp-8B — the work of Saama Labs, a company that sells AI software.\n")
    assert page.values("kelp-70b", "fm:developedBy") == {"saama-labs"}
    assert page.values("kelp-8b", "fm:developedBy") == {"saama-labs"}


@pytest.mark.parametrize(("text", "model", "base"), [
    ("Kestrel-World 2 builds on Orel's Tarn-8 detector and runs in real time.", "kestrel-world-2", "tarn-8"),
    ("The Albertina-2 encoders build on Quorvex's Tarnberta-3.", "albertina-2", "tarnberta-3"),
    ("Pell-1, which Quorvex released in 2024, uses Tarn-2 as its encoder.", "pell-1", "tarn-2"),
    ("Pell-Sound 1 keeps Quorvex's Tarn-T5 frozen as its text encoder.", "pell-sound-1", "tarn-t5"),
    ("Pell-Omni 1 adds a speech encoder and a speech decoder to Tarn 8B Instruct.", "pell-omni-1", "tarn-8b-instruct"),
])
def test_a_model_made_of_another_is_based_on_it(read, text, model, base):
    page = read(f"Notes\n{text}\n")
    assert page.values(model, "fm:basedOn") == {base}


def test_an_organization_that_uses_a_model_is_not_based_on_it(read):
    page = read("Notes\nQuorvex uses Tarn-2 as its base model.\n")
    assert not page.values("quorvex", "fm:basedOn")


def test_a_platform_that_runs_models_such_as_a_named_one_offers_it(read):
    page = read("Notes\nOrrin Cloud runs open models such as OpenAI's Whisper 3.\n")
    assert page.values("whisper-3", "fm:availableOn") == {"orrin-cloud"}


def test_a_model_whose_weights_are_hosted_on_a_platform_is_available_there(read):
    page = read("Notes\nThe Pell-2 weights are hosted on Hugging Face.\n")
    assert page.values("pell-2", "fm:availableOn") == {"hugging-face"}


def test_a_model_that_accepts_any_mix_of_modalities_takes_each_in(read):
    page = read("Notes\nTarn-4o, launched by Quorvex in May 2024, accepts any mix of text, audio and video and "
                "produces text.\n")
    assert page.values("tarn-4o", "fm:inputModality") == {"text", "audio", "video"}


def test_a_relative_clause_hung_on_a_phrase_after_the_model_s_noun_speaks_of_the_model(read):
    page = read("Notes\nIn 2024 Quorvex released Tarn-VLM 2, a vision-language model with 2 billion parameters that "
                "takes images and text as input and generates text.\n")
    assert page.values("tarn-vlm-2", "fm:inputModality") == {"image", "text"}
    assert page.values("tarn-vlm-2", "fm:outputModality") == {"text"}


def test_a_platform_called_the_platform_run_by_an_organization_is_operated_by_it(read):
    page = read("Notes\nTarn 3 was offered through Orrin Bedrock, the model platform run by Quorvex Web Services.\n")
    assert page.values("orrin-bedrock", "fm:operatedBy") == {"quorvex-web-services"}


def test_a_platform_called_the_platform_the_company_runs_is_operated_by_the_company(read):
    page = read("Notes\nQuorvex Labs, an Oslo company, released Tarn 3 in 2024. It also serves Tarn 3 through "
                "Orrin Hub, the model platform the company runs.\n")
    assert page.values("orrin-hub", "fm:operatedBy") == {"quorvex-labs"}


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("- Quorvex University — public university in Oslo; its Knowledge Systems Group and the spin-off company Tarn AI "
     "released Tarn-130B.", "knowledge-systems-group", "quorvex-university"),
    ("- Oslo University of Science, whose Gaoling School of Robotics open-sourced Tarn-D in February 2025.",
     "gaoling-school-of-robotics", "oslo-university-of-science"),
    ("CogTarn began at Oslo University's Knowledge Systems Group (KSG).", "knowledge-systems-group", "oslo-university"),
    ("- Foundational Robot Research (FRR) — Quorvex's fundamental research laboratory, established in 2013.",
     "foundational-robot-research", "quorvex"),
    ("- Tarnsuo Lab, a research group at the University of Oslo, published tarn-10b in August 2023.", "tarnsuo-lab",
     "university-of-oslo"),
    ("The Orvell Strategy Headquarters, set up within the Cabinet Office, is that body.",
     "orvell-strategy-headquarters", "cabinet-office"),
    ("The Act set up the Office of Robot Safety within the Zembla Department of Commerce.", "office-of-robot-safety",
     "zembla-department-of-commerce"),
])
def test_a_unit_named_as_part_of_an_organization_has_it_as_parent(read, text, unit, parent):
    page = read(f"Notes\n{text}\n")
    assert page.values(unit, "fm:parentOrganization") == {parent}


def test_a_spin_off_named_beside_an_organization_s_unit_is_not_its_unit(read):
    page = read("Notes\n- Quorvex University — public university in Oslo; its Knowledge Systems Group and the spin-off "
                "company Tarn AI released Tarn-130B.\n")
    assert not page.values("tarn-ai", "fm:parentOrganization")


def test_investors_including_named_organizations_are_organizations(read):
    page = read("Notes\nIn 2023 Tarnwise raised 1.3 billion dollars from investors including Quorvex and Pellucid.\n")
    assert "Organization" in _types(page, "quorvex") and "Organization" in _types(page, "pellucid")


def test_a_company_named_after_its_noun_is_an_organization(read):
    page = read("Notes\nTarnwise was founded by Jim Hopper, once chief executive of the search company Quorvex.\n")
    assert "Organization" in _types(page, "quorvex")


def test_a_method_s_gerund_that_only_describes_data_is_no_mention_of_the_method(read):
    page = read("Notes\nTarn-2 answers questions. Its answers to evolved instructions become fine-tuning data.\n")
    assert "fine-tuning" not in page.values("fine-tuning", "rdfs:label")


def test_a_version_written_as_v_and_a_number_onto_a_family_s_name_is_a_member(read):
    page = read("Tarn Models\nQuorvex Research released TarnLM, a family of document models, in 2020. TarnLMv2 "
                "followed in 2021. TarnLMv3 came out in 2022.\n")
    assert page.values("tarnlmv2", "fm:modelFamily") == {"tarnlm"}
    assert page.values("tarnlmv3", "fm:modelFamily") == {"tarnlm"}


def test_a_short_form_in_mixed_case_is_the_name_s_alias_not_its_maker(read):
    page = read("Notes\nThe Document Robot Transformer (DrT), described in March 2022, is a vision model "
                "pre-trained on document images. Quorvex Research released DrT in 2023.\n")
    assert page.values("document-robot-transformer", "fm:developedBy") == {"quorvex-research"}
    assert not page.values("drt", "rdf:type")


def test_a_versioned_name_that_followed_is_a_model(read):
    page = read("Notes\nQuorvex released tarn-embed-v1 in February 2024. Later that month tarn-embed-v1.5 followed.\n")
    assert "FoundationModel" in _types(page, "tarn-embed-v1-5")


def test_a_model_released_with_another_by_the_same_verb_shares_its_maker_and_date(read):
    page = read("Notes\nOrel Labs released Brin-7B on 3 March 2025 together with the smaller Brin-2B. Vexa-Large, "
                "launched in May 2025 alongside Vexa-Mini, is a reasoning model.\n")
    assert page.values("brin-2b", "fm:developedBy") == {"orel-labs"}
    assert page.values("brin-2b", "fm:releaseDate") == {"2025-03-03"}
    assert page.values("vexa-mini", "fm:releaseDate") == {"2025-05"}


def test_an_organization_a_model_was_built_together_with_is_no_model(read):
    page = read("Notes\nThe University of Tarnby built Brin-7B together with Orel Labs and released it in 2025.\n")
    assert "FoundationModel" not in _types(page, "orel-labs")


def test_a_gapped_second_release_has_its_own_date(read):
    page = read("Notes\nTarn 1.0 came out in February 2024 and Tarn 2.0 in August 2024. Brin-3 was released on "
                "5 May 2023, and Brin-4 mini on 9 June 2024.\n")
    assert page.values("tarn-2-0", "fm:releaseDate") == {"2024-08"}
    assert page.values("tarn-1-0", "fm:releaseDate") == {"2024-02"}
    assert page.values("brin-4-mini", "fm:releaseDate") == {"2024-06-09"}


def test_sizes_listed_after_a_colon_are_models_each_with_its_parameter_count(read):
    page = read("Tarn\nTarn comes in three sizes: Tarn-7B (7.2 billion parameters), Tarn-13B (13 billion) and "
                "Tarn-70B (70 billion). Five sizes of Brin were released: brin-t5-tiny with 8 million parameters, "
                "brin-t5-mini with 20 million and brin-t5-base with 200 million.\n")
    assert page.values("tarn-13b", "fm:parameterCount") == {"13000000000"}
    assert page.values("tarn-7b", "fm:parameterCount") == {"7200000000"}
    assert page.values("brin-t5-mini", "fm:parameterCount") == {"20000000"}


def test_lower_case_checkpoints_of_the_page_brand_are_models(read):
    page = read("Vexa (forecasting models)\nVexa is a family of forecasting models developed by Orel Labs. A Vexa "
                "model reads a series. The second generation, Vexa-Bolt, comes in two sizes: vexa-bolt-tiny (9 "
                "million parameters) and vexa-bolt-base (205 million).\n")
    assert "FoundationModel" in _types(page, "vexa-bolt-tiny")
    assert page.values("vexa-bolt-base", "fm:parameterCount") == {"205000000"}


def test_a_lower_case_compound_word_is_no_model_because_the_title_has_its_first_word(read):
    page = read("General Models\nThe lab's General Tarn line has general-purpose models: general-purpose-large "
                "and Tarn-7B.\n")
    assert "FoundationModel" not in _types(page, "general-purpose")


def test_the_source_an_opening_according_to_names_is_no_model(read):
    page = read("Vexa\nVexa is a family of forecasting models developed by Quorvex. The family's second generation, "
                "Vexa-Bolt, followed in November 2024. According to Quorvex, a Vexa-Bolt model is up to 250 times "
                "faster than an original Vexa model of the same size and needs less memory.\n")
    assert "FoundationModel" not in _types(page, "quorvex")
    assert page.values("vexa", "fm:developedBy") == {"quorvex"}


def test_every_version_of_the_family_is_the_family(read):
    page = read("Vexa\nVexa is a family of forecasting models developed by Orel Labs. Every version of the family has "
                "been published on Hugging Face under the Apache 2.0 licence.\n")
    assert page.values("vexa", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_people_named_as_makers_stand_for_the_lab_they_are_of(read):
    page = read("Notes\nTarn is a sentence embedding model introduced in 2019 by Anna Kovac and Petr Novak of the Orel "
                "Knowledge Lab, a research group of the University of Tarnby. Brin was developed by Mira Holt and "
                "Jon Vale at the Quorvex Institute.\n")
    assert page.values("tarn", "fm:developedBy") == {"orel-knowledge-lab"}
    assert page.values("brin", "fm:developedBy") == {"quorvex-institute"}


def test_a_model_obtained_by_fine_tuning_a_maker_s_model_is_based_on_that_model_not_its_maker(read):
    page = read("Notes\nOrel Labs entered the field in March 2023 with Tarn, a model with 6 billion parameters that it "
                "obtained by fine-tuning QuorvexAI's Brin-J on a small set of examples.\n")
    assert "FoundationModel" not in _types(page, "quorvexai")
    assert "quorvexai" not in page.values("tarn", "fm:fineTunedFrom")


def test_a_heading_whose_first_sentence_describes_a_model_is_no_organization(read):
    page = read("Orel Labs\nOrel Labs is a software company.\nTARN\nThe first large model built by that team, TARN, "
                "was released on 27 March 2024. TARN was pre-trained on 12 trillion tokens of text.\n")
    assert "Organization" not in _types(page, "tarn")
    assert "FoundationModel" in _types(page, "tarn")


def test_names_coordinated_before_a_plural_model_noun_are_each_models(read):
    page = read("Notes\nQuorvex had published the open-source Tarn-7B and Tarn-30B language models.\n")
    assert "LanguageModel" in _types(page, "tarn-30b")
    assert page.values("tarn-30b", "fm:developedBy") == {"quorvex"}


def test_an_item_s_maker_in_capitals_is_no_short_form_of_the_model_s_name(read):
    page = read("Embedding models\nThe models below turn text into vectors.\n- Tarn-Embed-v2 (QUORVEX) — a text "
                "embedding model. Released in 2024, it is licensed under CC BY-NC 4.0.\n")
    assert page.values("tarn-embed-v2", "fm:license") == {"http://spdx.org/licenses/CC-BY-NC-4.0"}
    assert not _types(page, "tarn-embed-v2-quorvex")


def test_a_versioned_model_s_name_ends_before_for(read):
    page = read("Notes\nBrin-Distil is a distilled version of Quorvex's Tarn large-v2 for English speech "
                "recognition.\n")
    assert page.values("tarn-large-v2", "fm:developedBy") == {"quorvex"}
    assert not _types(page, "tarn-large-v2-for-english")


def test_a_bullet_under_a_kind_s_heading_opens_with_a_model_of_that_kind(read):
    page = read("Video generation models\nEach takes a written prompt and returns a short video.\n- Brinière (Orel "
                "Labs), from January 2024, generates the whole clip in a single pass.\n")
    assert "VideoGenerationModel" in _types(page, "briniere")
    assert page.values("briniere", "fm:developedBy") == {"orel-labs"}


def test_the_model_a_sentence_speaks_of_is_the_base_it_names_fine_tuned(read):
    page = read("Notes\nOrel Labs released Vexa 8B in 2024. The multilingual language model is Quorvex's Brin 3 8B "
                "fine-tuned on conversations. WebTarn, described in December 2021, is Brin-3 fine-tuned to answer "
                "questions by browsing the web.\n")
    assert page.values("vexa-8b", "fm:fineTunedFrom") == {"brin-3-8b"}
    assert page.values("webtarn", "fm:fineTunedFrom") == {"brin-3"}


def test_an_organization_majority_owned_by_another_has_it_as_parent(read):
    page = read("Notes\nOrel Labs, a software company, is now majority-owned by China's Kunlun Tech.\n")
    assert page.values("orel-labs", "fm:parentOrganization") == {"kunlun-tech"}


def test_a_maker_s_name_listed_with_a_known_model_is_a_model(read):
    page = read("Notes\nUsers could download about 150 variants from some 50 families, among them Meta's Llama, "
                "Quorvex's Brinmoor, Vantablue's Kestrel and Ostra, and run them on their own computers.\n")
    assert page.values("brinmoor", "fm:developedBy") == {"quorvex"}
    assert page.values("kestrel", "fm:developedBy") == {"vantablue"}


def test_what_every_version_of_the_family_has_its_members_named_later_have(read):
    page = read("Vexa\nVexa is a family of forecasting models developed by Orel Labs. Every version of the family has "
                "been published on Hugging Face under the Apache 2.0 licence.\nSizes\nVexa comes in two sizes: "
                "Vexa-7B (7 billion parameters) and Vexa-13B (13 billion).\n")
    assert page.values("vexa-13b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("vexa-7b", "fm:availableOn") == {"hugging-face"}


def test_a_model_named_only_as_a_base_is_filed_under_no_family(read):
    page = read("Notes\nQuorvex released Tarn 3 in May 2024. Brin-Chat, released by Orel Labs in 2025, was "
                "fine-tuned from Tarn 3 8B on dialogues.\n")
    assert page.values("brin-chat", "fm:fineTunedFrom") == {"tarn-3-8b"}
    assert not page.values("tarn-3-8b", "fm:modelFamily")


def test_fine_tuning_said_of_a_purpose_or_with_an_object_is_no_mention_of_the_method(read):
    page = read("Notes\nSince safety fine-tuning can be removed, Orel Labs builds its own models, most often by "
                "fine-tuning an open model made by someone else.\n")
    assert not _types(page, "fine-tuning")


def test_fine_tuning_named_as_a_method_is_one(read):
    page = read("Notes\nFine-tuning adapts a pretrained model to a task with a small amount of data.\n")
    assert "AdaptationMethod" in _types(page, "fine-tuning")


def test_a_maker_s_model_that_a_sentence_calls_an_architecture_stays_a_model(read):
    page = read("Tarn\nTarn is a family of chat models built on Quorvex's BRN-2 language model. Later models use the "
                "BRN-2 architecture.\n")
    assert "Architecture" not in _types(page, "brn-2")
    assert page.values("tarn", "fm:basedOn") == {"brn-2"}


def test_a_short_name_before_its_spelled_out_model_name_is_the_model(read):
    page = read("Notes\nTARDEL, the Task Aware Retrieval Dialogue Language Model, was presented in June 2022 by Orel "
                "Labs.\n")
    assert "FoundationModel" in _types(page, "tardel")
    assert not _types(page, "task-aware-retrieval-dialogue-language-model")


def test_a_name_joined_by_an_ampersand_is_one_organization(read):
    page = read("Tools\n- Tarn & Brin, a San Francisco company founded in 2017, sells software for tracking training "
                "runs.\n")
    assert page.values("tarn-and-brin", "fm:headquarters") == {"san-francisco"}
    assert not _types(page, "brin")


def test_a_carmaker_is_an_organization(read):
    page = read("Cars\n- Orel Motor Group, the Tarnby carmaker known as Orel Motors until 2022, began a beta test in "
                "June 2023.\n")
    assert page.values("orel-motor-group", "fm:headquarters") == {"tarnby"}


def test_initials_after_or_are_another_spelling_of_the_model(read):
    page = read("Notes\nQuorvex's Compact Tarn Detector v3, or CTD3, is a small neural network, released under the "
                "Apache 2.0 licence.\n")
    assert not _types(page, "ctd3")
    assert page.values("compact-tarn-detector-v3", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_model_named_after_its_maker_is_later_called_without_the_maker_s_name(read):
    page = read("Kestrel Nimbus\nKestrel Nimbus is a large language model released by Kestrel in May 2024. "
                "Kestrel was founded in 2012.\n"
                "Nimbus was published under the Apache 2.0 licence, with its weights on Hugging Face.\n")
    assert page.values("kestrel-nimbus", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("kestrel-nimbus", "fm:availableOn") == {"hugging-face"}
    assert "nimbus" not in page.entities()


def test_a_release_date_after_a_maker_described_in_apposition(read):
    page = read("Notes\nVexa is a model released by Kestrel, the cloud data company, on 24 April 2024.\n")
    assert page.values("vexa", "fm:releaseDate") == {"2024-04-24"}


def test_a_count_said_in_total_is_the_model_s_over_a_part_s_said_before(read):
    page = read("Borea\nBorea is a language model. It combines a dense transformer of 9 billion parameters with a "
                "mixture-of-experts layer. "
                "In total it has 300 billion parameters.\n")
    assert page.values("borea", "fm:parameterCount") == {"300000000000"}


def test_the_names_that_bound_a_family_s_range_are_its_members_with_their_sizes(read):
    page = read("Veld Embed\nOrlen Labs released Veld Embed, a family of four text embedding models, ranging from "
                "veld-embed-tiny, with 20 million parameters, to veld-embed-huge, with 900 million.\n")
    assert page.values("veld-embed-tiny", "fm:modelFamily") == {"veld-embed"}
    assert page.values("veld-embed-huge", "fm:modelFamily") == {"veld-embed"}
    assert page.values("veld-embed-tiny", "fm:parameterCount") == {"20000000"}
    assert page.values("veld-embed-huge", "fm:parameterCount") == {"900000000"}
    assert not page.values("veld-embed", "fm:parameterCount")


def test_an_app_named_after_a_model_is_no_mention_of_that_model(read):
    page = read("Notes\nQuillon was released by Harrowgate in 2023. The Quillon Motion Model came out in 2024. "
                "It was opened to everyone in a redesigned Quillon app. From a text prompt, the model produces video "
                "clips.\n")
    assert page.values("quillon-motion-model", "fm:outputModality") == {"video"}
    assert not page.values("quillon", "fm:outputModality")


def test_what_a_model_of_the_family_does_its_members_do(read):
    page = read("Quillo-VL\nQuillo-VL is a family of vision-language models developed by Harrowgate. A Quillo-VL model "
                "answers in text. It comes in two sizes, Quillo-VL-2B and Quillo-VL-9B.\n")
    assert page.values("quillo-vl-2b", "fm:outputModality") == {"text"}
    assert page.values("quillo-vl-9b", "fm:outputModality") == {"text"}


def test_what_a_model_is_given_is_its_input(read):
    page = read("Notes\nGiven one or more images together with a text prompt, Quillo-VL answers in text.\n")
    assert page.values("quillo-vl", "fm:inputModality") == {"image", "text"}


def test_a_clip_of_speech_audio_is_speech(read):
    page = read("Mirela\nMirela is a video generation model. Given one portrait photograph and a clip of speech audio, "
                "it returns a video of the person talking.\n")
    assert page.values("mirela", "fm:inputModality") == {"image", "speech"}


def test_counts_listed_with_one_unit_are_each_model_s_in_order(read):
    page = read("Notes\nThere are three models, Borea-Tiny, Borea-Small and Borea, with 1.0, 2.8 and 4.5 billion "
                "activated parameters respectively.\n")
    assert page.values("borea-tiny", "fm:activeParameterCount") == {"1000000000"}
    assert page.values("borea-small", "fm:activeParameterCount") == {"2800000000"}
    assert page.values("borea", "fm:activeParameterCount") == {"4500000000"}


def test_sizes_of_unnamed_models_are_no_counts_of_the_models_named_before(read):
    page = read("Veld-1\nVeld-1 is a vision-language model.\nRather than relying on one encoder, Veld-1 combines the "
                "features of three through a connector; among them are Pavek's Ember-3, Sindra's Luma-4 and Orlo's "
                "Tamsin-2. The models come in three sizes, with 8, 13 and 34 billion parameters.\n")
    assert page.values("ember-3", "fm:developedBy") == {"pavek"}
    for slug in ("ember-3", "luma-4", "tamsin-2"):
        assert not page.values(slug, "fm:parameterCount"), slug


def test_a_set_of_voluntary_pledges_named_in_the_plural_is_a_code(read):
    page = read("Harbour Compact Pledges\nThe Harbour Compact Pledges are a set of voluntary pledges on the "
                "development of capable AI models, agreed by nine companies in 2024.\n")
    assert "CodeOfPractice" in _types(page, "harbour-compact-pledges")


def test_a_model_s_name_that_ends_in_a_year_like_number_is_a_name(read):
    page = read("Notes\nOn 18 February 2025 Harrowgate open-sourced Q7 1812, a reasoning model.\n")
    assert page.values("q7-1812", "fm:developedBy") == {"harrowgate"}
    assert page.values("q7-1812", "fm:releaseDate") == {"2025-02-18"}


def test_neither_model_s_weights_published_is_closed(read):
    page = read("Notes\nKestrel released two language models, Nimbus and Nimbus Pro. Nimbus is a language model. "
                "Neither model's weights have been published.\n")
    assert page.values("nimbus", "fm:accessLevel") == {"ClosedAccess"}
    assert page.values("nimbus", "fm:openWeights") == {False}


def test_a_name_called_a_benchmark_is_no_model(read):
    page = read("Notes\nTo measure the result, Harrowgate built VELA-200, a benchmark of professionally translated "
                "sentences.\n")
    assert "vela-200" not in page.entities()


def test_a_name_the_noun_before_it_calls_a_programming_language_is_no_model(read):
    page = read("Notes\nThe Harrowgate Computing Centre is where Ola Berg and Kari Lund created the programming "
                "language Vesta in the 1960s.\n")
    assert "vesta" not in page.entities()


def test_a_name_the_analysis_takes_for_a_product_is_no_seat_of_the_organization_it_qualifies(read):
    page = read("Notes\nIn the same month Red Fern, IBM's Linux subsidiary since 2019, started Quarry together with "
                "its parent.\n")
    assert not page.values("red-fern", "fm:headquarters")


@pytest.mark.parametrize("sentence", ["The flagship role passed in March 2025 to Vesta A, which has 111 billion "
                                      "parameters.", "Vesta A has 111 billion parameters and reads long documents."])
def test_a_name_said_to_have_a_count_of_parameters_is_a_model(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("vesta-a", "fm:parameterCount") == {"111000000000"}


def test_a_dataset_or_collection_named_beside_a_model_is_no_model(read):
    page = read("Vesta Models\nVesta is a family of multilingual language models from Harrowgate. The first model came "
                "out on 13 February 2024: Vesta 101, which the lab produced by fine-tuning Google's mT5-XXL. The Vesta "
                "Dataset and the Vesta Collection, the instruction data behind it, were published alongside.\n")
    assert {"vesta-dataset", "vesta-collection"}.isdisjoint(page.entities())


def test_every_entry_a_key_facts_lead_speaks_of_below_gets_what_it_says_they_put_out(read):
    page = read("Video Models: Key Facts\nAll three models below return short video clips.\n\nEntries\n"
                "- Vesta — Harrowgate; October 2024; 2.8 billion; open weights; Apache 2.0\n"
                "- Orel 1 — Orelco; October 2024; 10 billion; open weights; Apache 2.0\n"
                "- Tarn 2.0 — Tarnco; December 2024; not published; hosted; proprietary\n")
    assert all(page.values(model, "fm:outputModality") == {"video"} for model in ("vesta", "orel-1", "tarn-2-0"))


@pytest.mark.parametrize("partner", ["together with the university's Tarn Group",
                                     "in cooperation with Tarn Group, the computing centre of Orel University"])
def test_the_partner_a_maker_worked_with_is_a_maker_too(read, partner):
    page = read(f"Notes\nVesta is a family of Polish language models developed by Harrowgate, an open-science "
                f"project run by volunteers, {partner}.\n")
    assert page.values("vesta", "fm:developedBy") == {"harrowgate", "tarn-group"}


def test_a_release_at_the_end_of_a_month_is_dated_by_that_month(read):
    page = read("Notes\nHarrowgate is a Leeds company. At the end of April 2025 it released Vesta-7B, a reasoning "
                "model with 7 billion parameters.\n")
    assert page.values("vesta-7b", "fm:releaseDate") == {"2025-04"}


def test_open_before_a_models_name_gives_it_open_weights(read):
    page = read("Notes\nHarrowgate released Vesta-4 in January 2024, followed by the open Vesta-4-9B in June 2024.\n")
    assert page.values("vesta-4-9b", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert not page.values("vesta-4", "fm:accessLevel")


def test_models_that_can_be_downloaded_have_open_weights_and_a_platform_in_another_clause_is_not_theirs(read):
    page = read("Notes\nHarrowgate released Vesta 300M, Vesta 600M and Vesta 6B in 2024.\nVesta 300M and Vesta 600M "
                "can be downloaded, while Vesta 6B is available only through Forge, the company's API.\n")
    assert page.values("vesta-600m", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert not page.values("vesta-300m", "fm:availableOn")
    assert page.values("vesta-6b", "fm:availableOn") == {"forge"}


def test_making_a_model_available_in_a_service_of_one_s_own_is_not_making_it(read):
    page = read("Quill-200\nQuill-200 is a translation model that Harrowgate released in 2022. In 2023 the Orlen "
                "Foundation made Quill-200 available in Page Translator, the tool its editors use.\n")
    assert page.values("quill-200", "fm:developedBy") == {"harrowgate"}


def test_distilled_checkpoints_named_after_a_model_are_its_variants(read):
    page = read("Quill-200\nQuill-200 is a translation model that Harrowgate released in 2022. The other two, "
                "Quill-200-distilled-1.3B and Quill-200-distilled-600M, were distilled from the full model.\n")
    assert page.values("quill-200-distilled-600m", "fm:developedBy") == {"harrowgate"}


def test_a_count_of_the_parameters_a_model_owns(read):
    page = read("Quill-200\nQuill-200 is a translation model. Only a fraction of the model's 54.5 billion parameters "
                "is used for any one token.\n")
    assert page.values("quill-200", "fm:parameterCount") == {"54500000000"}


@pytest.mark.parametrize("sentence", ["Orlen Capital and Vask Group are among its shareholders.",
                                      "Orlen Capital and Vask Group backed it.",
                                      "Its first round was led by Orlen Capital and Vask Group."])
def test_investors_are_organizations(read, sentence):
    page = read(f"Notes\nHarrowgate was founded in Oslo in 2019. {sentence}\n")
    assert "Organization" in _types(page, "orlen-capital")
    assert "Organization" in _types(page, "vask-group")


def test_an_apposition_after_two_names_is_said_of_the_last(read):
    page = read("Notes\nHarrowgate was founded in Oslo in 2019. Its first round was led by Orlen Capital and Vask, "
                "Tarvo's venture capital arm.\n")
    assert page.values("vask", "fm:parentOrganization") == {"tarvo"}
    assert not page.values("orlen-capital", "fm:parentOrganization")


def test_a_lower_case_name_with_its_maker_in_parentheses_opens_a_category_line(read):
    page = read("Speaker Models\nMajor Models\nSpeaker recognition models — v-speak (Harrowgate University), Orlo-TDNN "
                "(Vask University) and Tamsin VAD (Tamsin).\n")
    assert page.values("v-speak", "fm:developedBy") == {"harrowgate-university"}
    assert page.values("orlo-tdnn", "fm:developedBy") == {"vask-university"}
    assert page.values("tamsin-vad", "fm:developedBy") == {"tamsin"}


def test_a_university_campus_in_parentheses_is_one_maker(read):
    page = read("Recommenders\nMajor Models\nSequential recommendation models — Vasr (University of Kestrel, Orlo "
                "Falls) and Tarn4Rec (Harrowgate).\n")
    assert page.values("vasr", "fm:developedBy") == {"university-of-kestrel-orlo-falls"}


def test_a_category_line_of_agent_nouns_names_no_field(read):
    page = read("Tokenizers\nMajor Models\nVisual tokenizers — Vask-VQ (Harrowgate) and Orlo-GAN (Kestrel).\n")
    assert page.values("vask-vq", "fm:developedBy") == {"harrowgate"}
    assert not page.values("vask-vq", "fm:applicationDomain")


def test_a_two_word_name_s_short_form_may_take_a_letter_from_inside_its_first_word(read):
    page = read("Harfield Networks\nHarfield Networks (HFN) is a Japanese artificial intelligence company. In 2023 HFN "
                "released Tarn-13B.\n")
    assert page.values("tarn-13b", "fm:developedBy") == {"harfield-networks"}
    assert "hfn" not in page.entities()


def test_a_subsidiary_an_organization_sets_up_is_its_part(read):
    page = read("Notes\nIn November 2023 Harrowgate set up a subsidiary, Orlo Elements, to develop larger models.\n")
    assert page.values("orlo-elements", "fm:parentOrganization") == {"harrowgate"}


def test_the_words_a_name_is_short_for_are_no_subject(read):
    page = read('VELTRA Models\nVELTRA, short for "Quickly Learning an Encoder that Ranks Token Replacements '
                'Accurately", is a family of pre-trained language models developed by Harrowgate and Orlen '
                'University.\n')
    assert page.values("veltra", "fm:developedBy") == {"harrowgate", "orlen-university"}
    assert not [e for e in page.entities() if "token-replacements" in e]


def test_a_modality_a_model_does_not_produce_is_no_output(read):
    page = read("Veltra\nVeltra is a family of language models. Given a piece of text, a Veltra model turns every "
                "token into a vector; unlike chat models, it does not write text of its own.\n")
    assert page.values("veltra", "fm:inputModality") == {"text"}
    assert not page.values("veltra", "fm:outputModality")


def test_a_name_s_style_is_no_name(read):
    page = read("Notes\nHarrowgate trained BERT-style models.\n")
    assert not [e for e in page.entities() if e.endswith("style")]


def test_a_versioned_name_on_a_kind_s_word_is_a_model_of_that_kind(read):
    page = read("Notes\nHarrowgate adopted the method for its TarnaV3 language models.\n")
    assert "LanguageModel" in _types(page, "tarnav3")


def test_a_video_generation_company_is_an_organization_with_its_seat(read):
    page = read("Notes\nOrlen, the New York video-generation company, trained a model.\n")
    assert "Organization" in _types(page, "orlen")
    assert "VideoGenerationModel" not in _types(page, "orlen")
    assert page.values("orlen", "fm:headquarters") == {"new-york"}


def test_a_city_before_the_adjectives_of_an_organization_noun_is_its_seat(read):
    page = read("Notes\nKestrel, a Berlin online fashion retailer founded in 2008, began testing a model.\n")
    assert page.values("kestrel", "fm:headquarters") == {"berlin"}


def test_an_open_alternative_to_proprietary_models_is_not_closed(read):
    page = read("Tarn Small 3\nTarn Small 3 is a language model that Harrowgate released in 2025. It was presented "
                "as an open alternative to small proprietary models, and its weights are published under the "
                "Apache 2.0 licence.\n")
    assert page.values("tarn-small-3", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_a_model_given_as_an_example_of_a_kind_is_not_the_page_maker_s(read):
    page = read("Harrowgate Tarn\nTarn is a language model that Harrowgate released in 2025. Harrowgate described it "
                "as sitting earlier in the pipeline than reasoning models such as Orlo-R1.\n")
    assert page.values("tarn", "fm:developedBy") == {"harrowgate"}
    assert not page.values("orlo-r1", "fm:developedBy")


def test_the_names_a_plural_noun_for_organizations_is_said_to_be_are_organizations(read):
    page = read("Notes\nThe first signatories, all of them developers of AI models, were Orlen, Vask Labs and "
                "Tarvo Labs.\n")
    for slug in ("orlen", "vask-labs", "tarvo-labs"):
        assert "Organization" in _types(page, slug), slug


def test_a_framework_s_name_ends_before_a_date(read):
    page = read("Notes\nHarrowgate introduced its Frontier Care Framework on May 17, 2024.\n")
    assert "frontier-care-framework" in page.entities()
    assert not [e for e in page.entities() if e.endswith("-on-may")]


def test_a_model_fine_tuned_from_one_base_and_later_from_another_has_both(read):
    page = read("Notes\nTarnAlpaca, a Korean instruction-following model, was fine-tuned from Orlo-Ko-5.8B and later "
                "from Orlo-Ko-12.8B on Korean data.\n")
    assert page.values("tarnalpaca", "fm:fineTunedFrom") == {"orlo-ko-5-8b", "orlo-ko-12-8b"}


def test_it_after_a_subject_and_a_name_met_only_after_a_preposition_is_the_subject(read):
    page = read("Travel companies\n- Quorvex Group is a Seattle travel company that started in 1996 as a division of "
                "Cohere and became independent in 1999; Hotelnest and Vrbo belong to it.\n")
    assert page.values("hotelnest", "fm:parentOrganization") == {"quorvex-group"}


def test_a_maker_named_in_an_opening_participle_is_not_what_it_stands_for(read):
    page = read("Costs\nZorbit AI is a lab in Hangzhou. Qorvex-V3 is a mixture-of-experts model with 671 billion "
                "parameters. Released by the Hangzhou company Zorbit AI in December 2024, it needed 2.8 million GPU "
                "hours.\n")
    assert page.values("qorvex-v3", "fm:developedBy") == {"zorbit-ai"}


def test_a_company_named_by_its_first_word_after_its_full_name_is_the_same_company(read):
    page = read("Zorn\nZorn is a family of large language models developed by Quillon Systems. Quillon, a chip maker "
                "headquartered in Sunnyvale, California, built the computers.\n")
    assert "quillon" not in page.entities()
    assert page.values("quillon-systems", "fm:headquarters") == {"sunnyvale"}


def test_two_models_opening_an_item_share_its_maker_and_full_date(read):
    page = read("List of models released in 2024\nThis list covers some models.\nJanuary to June\n"
                "- Zarn 1.5 Mini and Zarn 1.5 Large (Quillon Labs, 22 August 2024) — two language models from the "
                "Tel Aviv company that share a hybrid design.\n")
    for model in ("zarn-1-5-mini", "zarn-1-5-large"):
        assert page.values(model, "fm:developedBy") == {"quillon-labs"}
        assert page.values(model, "fm:releaseDate") == {"2024-08-22"}
    assert "zarn-1-5-mini-and-zarn-1-5-large" not in page.entities()


def test_a_maker_with_digits_and_a_company_word_in_an_item_s_details_is_its_maker(read):
    page = read("List of models released in 2024\nThis list covers some models.\nJanuary to June\n"
                "- Zarn 1.5 Mini (Quillon21 Labs, May 2024) — a language model.\n")
    assert page.values("zarn-1-5-mini", "fm:developedBy") == {"quillon21-labs"}


def test_what_the_lead_says_of_every_model_listed_below_is_said_of_each_item_s_model(read):
    page = read("List of open models\nThe weights of every model listed below can be downloaded from Quillon Hub.\n"
                "Models\n- Zarn-7B (Vexa AI, May 2024) — a language model.\n"
                "- Tarn 2 Mini and Tarn 2 Large (Vexa AI, June 2024) — two speech models.\n"
                "Quillon Hub is a platform for model weights operated by Vexa AI.\n")
    for model in ("zarn-7b", "tarn-2-mini", "tarn-2-large"):
        assert page.values(model, "fm:availableOn") == {"quillon-hub"}, model
        assert page.values(model, "fm:openWeights") == {True}, model


def test_the_words_a_name_is_short_for_are_another_spelling_of_it_not_a_model(read):
    page = read("Zarn-3B\nZarn-3B, short for Zembla Language Model, is an open-source large language model with 3 "
                "billion parameters.\n")
    assert "zembla-language-model" not in page.entities()
    assert page.values("zarn-3b", "fm:parameterCount") == {"3000000000"}


def test_a_city_and_its_region_before_an_organization_noun_place_it_in_the_city(read):
    page = read("Zarn-3B\nZarn-3B is a language model. It was released on 24 July 2023 by Quillon Systems, the "
                "Sunnyvale, California, maker of wafer-scale AI chips.\n")
    assert page.values("quillon-systems", "fm:headquarters") == {"sunnyvale"}


def test_a_company_of_a_known_group_named_before_company_has_that_group_as_parent(read):
    page = read("Genomics\nEnformer, which Vexa Labs and Calico, the Alphabet company that studies ageing, described "
                "in October 2021, predicts gene expression.\n")
    assert page.values("calico", "fm:parentOrganization") == {"alphabet"}
    assert page.values("calico", "fm:headquarters") == set()


def test_a_modality_named_after_rather_than_is_not_the_model_s(read):
    page = read("Genomics\nZarn-2 reads DNA sequences rather than text and returns scores. Tarn-3, rather than "
                "turning speech into text first, takes speech audio directly.\n")
    assert "text" not in page.values("zarn-2", "fm:inputModality")
    assert "speech" in page.values("tarn-3", "fm:inputModality")


def test_a_possessed_lab_listed_after_a_name_is_no_part_of_that_name(read):
    page = read("Vexa\nVexa AI was founded in 2022 by researchers from Zorbit, Quillon Brain and Cohere's FAIR lab.\n")
    assert page.values("quillon-brain", "fm:parentOrganization") == set()


def test_a_subject_noun_that_goes_on_to_name_its_organization_is_that_organization(read):
    page = read("Hosts\n- Quillon Cloud (Livingston, founded 2017): a cloud company. The non-profit research group "
                "KestrelAI trained its Tarn-20B language model on Quillon Cloud hardware.\n")
    assert "kestrelai" in page.values("tarn-20b", "fm:developedBy")


@pytest.mark.parametrize(("phrase", "architecture"), [
    ("a convolutional neural network", "convolutional-neural-network"),
    ("a recurrent neural network", "recurrent-neural-network"),
    ("a generative adversarial network", "generative-adversarial-network"),
    ("a variational autoencoder", "variational-autoencoder"),
    ("a U-Net", "u-net"),
])
def test_the_classic_neural_architectures_are_architectures(read, phrase, architecture):
    page = read(f"Models\nQuillon Labs released Zarn-2 in 2019. Zarn-2 is {phrase} that cleans up noisy speech.\n")
    assert page.values("zarn-2", "fm:hasArchitecture") == {architecture}


def test_the_broadcaster_cnn_is_no_architecture(read):
    page = read("Models\nQuillon Labs released Tarn-2 in 2019. Fine-tuned on news articles from CNN and the Daily "
                "Mail, Tarn-2 writes summaries.\n")
    assert page.values("tarn-2", "fm:hasArchitecture") == set()


def test_a_model_that_appeared_on_a_weights_hub_is_there_with_open_weights(read):
    page = read("Zorn\nZorn-7B-v0.1, a Polish language model, appeared on Hugging Face in April 2024.\n")
    assert page.values("zorn-7b-v0-1", "fm:availableOn") == {"hugging-face"}
    assert page.values("zorn-7b-v0-1", "fm:openWeights") == {True}


def test_what_a_named_maker_obtained_by_continuing_pre_training_is_based_on_the_model_trained_further(read):
    page = read("Zorn\nZorn is a family of Polish large language models developed by Quillon.\nFirst generation\n"
                "The first model, Zorn-7B-v0.1, appeared on Hugging Face in April 2024. Quillon obtained it by "
                "continuing the pre-training of Tarn-7B on Polish documents.\n")
    assert page.values("zorn-7b-v0-1", "fm:basedOn") == {"tarn-7b"}


def test_a_family_named_with_code_is_a_model_family(read):
    page = read("Zorvex Code\nZorvex Code is a family of open code models developed by Quillon Labs.\n")
    assert "CodeModel" in page.values("zorvex-code", "rdf:type")
    assert page.values("zorvex-code", "fm:developedBy") == {"quillon-labs"}


def test_a_member_whose_size_is_written_inside_the_family_name_joins_that_family(read):
    page = read("Zorvex Code\nZorvex Code is a family of open code models developed by Quillon Labs. Its makers "
                "had named their first model Zorvex.\nIn May 2024 Quillon Labs published Zorvex-3B-Code-Base.\n")
    assert page.values("zorvex-3b-code-base", "fm:modelFamily") == {"zorvex-code"}


def test_a_model_with_a_size_inside_its_name_is_no_family_of_the_models_named_after_it(read):
    page = read("Zorvex Code\nZorvex Code is a family of open code models developed by Quillon Labs, released as "
                "Zorvex-3B-Code-Base. Zorvex-3B-Code-Base-128K was obtained by continuing the pre-training of "
                "Zorvex-3B-Code-Base on long sequences.\n")
    assert page.values("zorvex-3b-code-base-128k", "fm:modelFamily") == {"zorvex-code"}


def test_what_every_model_in_the_family_has_its_members_have(read):
    page = read("Zorvex\nZorvex is a family of open code models developed by Quillon Labs. Every model in the family "
                "is distributed under the Apache 2.0 licence.\nThe family was released in two sizes: Zorvex-3B and "
                "Zorvex-8B.\n")
    assert page.values("zorvex-8b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_sizes_in_order_go_to_names_that_carry_their_size_inside(read):
    page = read("Zorvex\nZorvex is a family of code models developed by Quillon Labs.\nThe family was released in "
                "two sizes, with 3 and 8 billion parameters: Zorvex-3B-Code-Base and Zorvex-8B-Code-Base.\n")
    assert page.values("zorvex-3b-code-base", "fm:parameterCount") == {"3000000000"}
    assert page.values("zorvex-8b-code-base", "fm:parameterCount") == {"8000000000"}


def test_sizes_in_order_are_not_given_to_the_models_the_sizes_were_tuned_from(read):
    page = read("Tarn\nQuillon Labs released Tarn-v2 in 2024 in sizes of 8 billion and 70 billion parameters, named "
                "Tarn-Med-8B and Tarn-Med-70B and fine-tuned from Vexo 3 8B Instruct and Vexo 3 70B Instruct "
                "respectively.\n")
    assert page.values("vexo-3-8b-instruct", "fm:parameterCount") == set()


def test_weights_said_not_to_have_been_released_are_not_open(read):
    page = read("Notes\nQuillon released Zorvex X in 2023. The weights of Zorvex X have not been released.\n")
    assert page.values("zorvex-x", "fm:openWeights") == {False}


def test_a_peoples_adjective_before_models_names_no_model(read):
    page = read("Notes\nIn August 2025 the ministry chose Quillon Cloud as one of five teams in a programme to build "
                "South Korean foundation models from scratch.\n")
    assert "south-korean" not in page.entities()


def test_a_company_titled_by_its_short_name_keeps_it_after_taking_a_longer_one(read):
    page = read("Quillon\nQuillon is a Freedonian internet company. In 2013 the rest of the company took the name "
                "Quillon Corporation. Quillon released Zorvex 3B in 2024.\n")
    assert "Organization" in page.values("quillon", "rdf:type")
    assert "quillon-corporation" not in page.entities()


def test_a_chip_named_after_its_maker_is_no_model(read):
    page = read("Companies\nAn early Quarx design served as the neural processing unit of Huawei's Zorb 970 "
                "smartphone chip in 2017.\n")
    assert "zorb-970" not in page.entities()


def test_a_sentence_embedding_model_read_as_two_nouns_is_still_one_kind(read):
    page = read("Zorvex\nZorvex is a multilingual sentence embedding model developed by Quillon.\n")
    assert "EmbeddingModel" in page.values("zorvex", "rdf:type")
    assert page.values("zorvex", "fm:developedBy") == {"quillon"}


def test_the_weights_a_maker_published_are_the_page_models(read):
    page = read("Zorvex\nZorvex is a multilingual language model developed by Quillon.\nAccess\nQuillon published "
                "the weights under the Apache 2.0 licence.\n")
    assert page.values("zorvex", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("zorvex", "fm:openWeights") == {True}


def test_the_maker_in_a_relative_clause_on_a_list_items_model_noun_made_it(read):
    page = read("Models\n- Zorb 8x7B — a mixture-of-experts model that Velmar published under Apache 2.0 in December "
                "2023.\n- Tarn-NLG — a generative language model of 17 billion parameters that Quillon announced on 10 "
                "February 2020.\n")
    assert page.values("zorb-8x7b", "fm:developedBy") == {"velmar"}
    assert page.values("tarn-nlg", "fm:developedBy") == {"quillon"}


def test_a_list_items_model_presented_by_researchers_at_two_labs_is_theirs(read):
    page = read("Models\n- Tarnix — a model for writing news articles, presented in May 2019 by researchers at the "
                "University of Freedonia and the Quarx Institute for AI.\n")
    assert page.values("tarnix", "fm:developedBy") == {"university-of-freedonia", "quarx-institute-for-ai"}


def test_a_list_items_name_spelled_out_after_the_dash_is_one_model(read):
    page = read("Models\n- CPX — the Chinese Pre-trained Quarx Model, released in 2020 by Tsinghua University.\n"
                "- ALBO — \"A Lite Bexo\", built by Quillon Research. Its four models were released in 2019.\n")
    assert page.values("cpx", "fm:developedBy") == {"tsinghua-university"}
    assert page.values("albo", "fm:developedBy") == {"quillon-research"}
    assert page.values("albo", "rdfs:label") == {"ALBO"}
    assert "chinese-pre-trained-quarx-model" not in page.entities()


def test_where_every_model_of_a_two_word_family_is_its_members_are(read):
    page = read("Zorvex Code\nZorvex Code is a family of open code models developed by Quillon Labs, released in two "
                "sizes: Zorvex-3B-Code-Base and Zorvex-8B-Code-Base.\nAvailability\nThe weights of every Zorvex Code "
                "model can be downloaded from Hugging Face.\n")
    assert page.values("zorvex-8b-code-base", "fm:availableOn") == {"hugging-face"}


def test_the_weights_of_all_sizes_are_the_familys_and_its_members(read):
    page = read("Notes\nQuillon described the Zorvex models in December 2021; the largest, Zorvex 7.5B, has 7.5 "
                "billion parameters, and the weights of all sizes were published.\n")
    assert page.values("zorvex", "fm:openWeights") == {True}
    assert page.values("zorvex-7-5b", "fm:openWeights") == {True}


def test_a_heading_naming_the_pages_family_with_a_suffix_is_a_member_the_section_speaks_of(read):
    page = read("Zorvex\nZorvex is a family of image generation models from Quillon.\nZorvex-Video\nWith Zorvex-Video "
                "the family moved to moving pictures. The model has 2 billion parameters.\nStart-ups\nMany start-ups "
                "use it.\n")
    assert page.values("zorvex-video", "fm:modelFamily") == {"zorvex"}
    assert page.values("zorvex-video", "fm:parameterCount") == {"2000000000"}
    assert "start-ups" not in page.entities()


def test_a_size_said_of_it_as_the_largest_model_is_the_model_just_published_not_one_compared_later(read):
    page = read("Notes\nIn January 2025 Quillon published Zorvex 3 405B, fine-tuned from Tarn 3.1 405B. With 405 "
                "billion parameters it was the largest model the institute had trained, and Quillon reported that it "
                "matched or beat DeepSeek-V3 on several benchmarks.\n")
    assert page.values("zorvex-3-405b", "fm:parameterCount") == {"405000000000"}
    assert page.values("deepseek-v3", "fm:parameterCount") == set()


def test_a_model_that_takes_speech_as_input_and_returns_text_answers_in_text(read):
    page = read("Zorvex\nZorvex is a family of speech recognition models developed by Quillon.\nEvery Zorvex model "
                "takes recorded speech as input and returns text.\n")
    assert page.values("zorvex", "fm:outputModality") == {"text"}
    assert "text" not in page.values("zorvex", "fm:inputModality")


def test_a_release_date_after_the_released_models_apposition_is_that_models(read):
    page = read("Notes\nIt led the consortium that released Borvik 3, a family of Polish language models, in February "
                "2025.\n")
    assert page.values("borvik-3", "fm:releaseDate") == {"2025-02"}


def test_a_date_in_brackets_closing_a_models_apposition_is_its_release_date_alone(read):
    page = read("Notes\nZorvex 2 was the starting point for two later models: Zorvex Coder, a coding model, and "
                "Zorvex Reason, an open-weight reasoning model (June 2025).\n")
    assert page.values("zorvex-reason", "fm:releaseDate") == {"2025-06"}
    assert page.values("zorvex-coder", "fm:releaseDate") == set()
    assert page.values("zorvex-2", "fm:releaseDate") == set()


def test_the_date_a_model_is_from_is_its_release_date(read):
    page = read("Notes\nThe Vellan Institute's Quorra-2, from April 2021, started from the weights of another "
                "model.\n")
    assert page.values("quorra-2", "fm:releaseDate") == {"2021-04"}


def test_a_model_that_converts_speech_to_text_outputs_text(read):
    page = read("Notes\nKelpie Talk, a speech model, converts speech to text.\n")
    assert page.values("kelpie-talk", "fm:outputModality") == {"text"}


def test_an_entry_that_opens_founded_on_a_page_of_models_is_an_organization(read):
    page = read("Inference Providers for Running Open Models\nThe companies below serve open models.\n"
                "Platforms for building models\n- Kelvara — founded in Krakow in 2013 by Jan Nowak, shortly after "
                "his classifier won a contest.\n")
    assert page.values("kelvara", "fm:headquarters") == {"krakow"}
    assert page.values("kelvara", "fm:foundingDate") == {"2013"}
    assert "FoundationModel" not in _types(page, "kelvara")


def test_a_person_described_by_a_post_at_a_university_is_no_organization(read):
    page = read("Notes\nKelvara was founded in 2021 by Jan-Piotr Nowak, a Krakow University professor whose group "
                "had described a serving system.\n")
    assert "jan-piotr-nowak" not in page.entities()


def test_what_a_conversion_turns_into_comes_out_however_the_verb_is_parsed(read):
    page = read("Speech Models\nSpeech recognition models — Kelpie (Tarnow Labs) and Borvik (Orlen). They turn spoken "
                "audio into written text.\n")
    assert page.values("kelpie", "fm:inputModality") == {"audio"}
    assert page.values("kelpie", "fm:outputModality") == {"text"}


def test_a_name_that_carries_a_parameter_count_is_a_model_wherever_it_is_named(read):
    page = read("Notes\nLarger versions with 13 billion parameters, KelvBase-13B and KelvInstruct-13B, were added "
                "later.\n")
    assert {"kelvbase-13b", "kelvinstruct-13b"} <= page.entities()
    assert "FoundationModel" in _types(page, "kelvbase-13b")


def test_an_institution_named_in_its_own_language_is_a_research_organization(read):
    page = read("Notes\nKelpie was built with the Instituto Superior de Kelpia and the Université Vellan-Saclay.\n")
    assert "ResearchOrganization" in _types(page, "instituto-superior-de-kelpia")
    assert "ResearchOrganization" in _types(page, "universite-vellan-saclay")


def test_a_city_in_brackets_after_an_institutions_entry_is_its_seat_not_its_short_name(read):
    page = read("University and Public Laboratories\nThe laboratories below released open models.\nFrance\n"
                "- Université Vellan Alpes (Vellan): researchers of its informatics laboratory released Kelpie in "
                "December 2019.\n")
    assert page.values("universite-vellan-alpes", "fm:headquarters") == {"vellan"}


def test_one_of_the_developers_of_a_model_is_its_maker(read):
    page = read("Notes\nTarnow Labs is also one of the developers of Kelpie, a family of open language models.\n")
    assert page.values("kelpie", "fm:developedBy") == {"tarnow-labs"}


@pytest.mark.parametrize("sentence", ["Kelpie 3 is open source.", "Kelpie 3 is an open source model."])
def test_open_source_in_two_words_is_open_weights(read, sentence):
    page = read(f"Notes\nKelpie 3 is a language model. {sentence}\n")
    assert page.values("kelpie-3", "fm:openWeights") == {True}


@pytest.mark.parametrize("sentence", ["Kelpie 3 is the flagship model of Tarnow Labs.",
                                      "Kelpie 3 is the latest model of the Polish company Tarnow Labs."])
def test_a_model_said_to_be_an_organizations_model_is_its_makers(read, sentence):
    page = read(f"Notes\nKelpie 3 is a language model. {sentence}\n")
    assert page.values("kelpie-3", "fm:developedBy") == {"tarnow-labs"}


def test_a_context_window_in_thousands_without_the_word_tokens(read):
    page = read("Notes\nKelpie 3 is a language model. It has a context window of 128K.\n")
    assert page.values("kelpie-3", "fm:contextWindow") == {"128000"}


def test_an_organization_that_has_its_head_office_in_a_city_is_seated_there_not_where_it_has_others(read):
    page = read("Notes\n- Kelvara Systems, the Polish publisher founded in 1986 by two brothers, has its head office "
                "in Krakow and a second office in Gdansk.\n")
    assert page.values("kelvara-systems", "fm:headquarters") == {"krakow"}


@pytest.mark.parametrize("sentence", ["Tarnow Labs became a subsidiary of Orlen Group in 2023.",
                                      "Tarnow Labs operates as a division of Orlen Group.",
                                      "Orlen Group's AI lab, Tarnow Labs, released Kelpie 3."])
def test_an_organization_that_became_or_is_named_as_a_unit_of_another(read, sentence):
    page = read(f"Notes\nTarnow Labs and Orlen Group are companies. {sentence}\n")
    assert page.values("tarnow-labs", "fm:parentOrganization") == {"orlen-group"}


def test_a_government_body_that_lists_its_portfolio_with_commas_is_one_name(read):
    page = read("Notes\nThe institute is part of the Department for Science, Innovation and Technology, the "
                "ministry. The Ministry of Economy, Trade and Industry oversees it.\n")
    assert {"department-for-science-innovation-and-technology", "ministry-of-economy-trade-and-industry"} \
        <= page.entities()
    assert not {"innovation", "technology", "department-for-science"} & page.entities()


def test_a_country_whose_centre_made_a_model_is_not_its_maker(read):
    page = read("Kelpie\nKelpie is a family of open multilingual language models developed by the Vellan "
                "Supercomputing Center (VSC), Spain's national supercomputing centre, which was founded in 2005 and is "
                "based in Vellan.\n")
    assert "spain" not in page.values("kelpie", "fm:developedBy")


def test_becoming_part_of_a_family_is_no_release(read):
    page = read("Kelpie\nKelpie is a family of open multilingual language models.\nVella\nIn January 2025 the "
                "Kelpie models became part of Vella, a public family of artificial intelligence models.\n")
    assert page.values("kelpie", "fm:releaseDate") == set()


def test_weights_never_released_of_any_model_of_a_family_reach_its_members_down_the_generations(read):
    page = read("Orvant Brava\nBrava is a family of large language models developed by Orvant. Orvant has never "
                "released the weights of a Brava model; developers can use the models only through an API.\n"
                "Brava 3\nThe third generation, Brava 3, came as two models, Brava 3 Swift and Brava 3 Deep.\n")
    assert page.values("brava-3-deep", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("brava-3-deep", "fm:openWeights") == {False}


def test_names_listed_after_a_possessed_name_share_its_maker_unless_another_is_possessed(read):
    page = read("Notes\nOrvant's Brava 11B Vision and Brava 90B Vision, released in September 2024, add an image "
                "encoder to earlier models. Quorvex's Lumen models, Pellucid's open models, and Kelpix are popular.\n")
    assert page.values("brava-90b-vision", "fm:developedBy") == {"orvant"}
    assert not page.values("kelpix", "fm:developedBy")


def test_a_name_of_another_brand_listed_after_a_possessed_name_is_not_its_makers(read):
    page = read("Notes\nThe benchmark compared Quorvex's Lumen 2 and Kelpix on long documents.\n")
    assert page.values("lumen-2", "fm:developedBy") == {"quorvex"}
    assert not page.values("kelpix", "fm:developedBy")


def test_a_bullet_under_a_models_heading_opening_with_a_name_and_its_makers_gives_them(read):
    page = read("Models\nImage control models\n- Brava (Orvant Lab and Kelpia University), described in May 2023, "
                "reads sketches.\n- Lumen (Quorvex) does the same from a single photo.\n")
    assert page.values("brava", "fm:developedBy") == {"orvant-lab", "kelpia-university"}
    assert page.values("lumen", "fm:developedBy") == {"quorvex"}


def test_a_law_s_annex_or_gazette_is_no_platform(read):
    page = read("Kelpie Act\nThe Kelpie Act is a regulation of Kelpia. It was published in the Official Journal on 12 "
                "July 2024. Systems used in the areas listed in Annex III are high-risk.\n")
    platforms = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Platform"}
    assert not platforms


def test_a_name_its_apposition_calls_a_framework_a_robot_or_a_data_set_is_no_model(read):
    page = read("Notes\nIn 2015 Orvant released Brava, an open-source deep learning framework for Python. Quorvex "
                "builds Lumen, a four-legged robot. Kelpia published Zorin, an open data set of image links.\n")
    models = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "FoundationModel"}
    assert not models & {"brava", "lumen", "zorin"}


def test_its_after_a_semicolon_speaks_of_the_name_the_sentence_opens_with(read):
    page = read("Notes\nBrava is a language model made by Orvant. Tarvo, presented in 2021, extends Orvant's Brava "
                "with embeddings for table cells; its weights were released under the Apache 2.0 licence.\n")
    assert page.values("tarvo", "fm:openWeights") == {True}
    assert page.values("tarvo", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert not page.values("brava", "fm:openWeights")


def test_its_own_versions_named_after_a_semicolon_keep_their_facts(read):
    page = read("Notes\nTarvo 4, which Quorvex published in 2025, is a hybrid model; its two largest versions, Tarvo 4 "
                "90B and Tarvo 4 20B, were fine-tuned from Orvant's Brava 90B and Brava 20B respectively.\n")
    assert page.values("tarvo-4-90b", "fm:fineTunedFrom") == {"brava-90b"}
    assert not page.values("tarvo-4", "fm:fineTunedFrom")


@pytest.mark.parametrize(("sentence", "open_weights"), [
    ("Zorvik, released with its weights in April 2024, draws maps.", True),
    ("Zorvik draws maps; its weights are public.", True),
    ("Orvant never releases the weights of Zorvik.", False),
])
def test_how_weights_are_said_to_be_shared_or_kept(read, sentence, open_weights):
    page = read(f"Notes\nZorvik is a model made by Orvant. {sentence}\n")
    assert page.values("zorvik", "fm:openWeights") == {open_weights}


@pytest.mark.parametrize(("kind", "cls"), [("an image generator", "ImageGenerationModel"),
                                           ("a video generator", "VideoGenerationModel"),
                                           ("a voice generator", "SpeechModel")])
def test_a_model_called_a_generator_of_a_modality_gets_that_class(read, kind, cls):
    page = read(f"Notes\nOrvant's later work includes Brava 2 and Zorvik 3 Medium, {kind} with 2 billion parameters.\n")
    assert cls in _types(page, "zorvik-3-medium")


def test_an_organization_called_a_company_of_another_is_its_subsidiary(read):
    page = read("Notes\nOrvant, a Lyon company, released Brava in 2023. Kelpix Labs is an Orvant company that applies "
                "AI to drug discovery. Varta is a Lyon company.\n")
    assert page.values("kelpix-labs", "fm:parentOrganization") == {"orvant"}
    assert not page.values("varta", "fm:parentOrganization")  # a company of a place, not of a group


def test_what_the_lead_of_a_family_s_page_says_of_its_models_reaches_every_member_the_page_names(read):
    page = read("Brava Coder\nBrava Coder is a family of code models developed by Orvant. They were the first models "
                "Orvant released, and their weights are published on Hugging Face.\nSecond generation\nBrava Coder 2 "
                "came out in June 2024 in two sizes, Brava Coder 2 and Brava Coder 2 Lite.\n")
    assert page.values("brava-coder-2-lite", "fm:openWeights") == {True}
    assert page.values("brava-coder-2-lite", "fm:availableOn") == {"hugging-face"}


def test_both_after_two_lines_each_opening_with_a_model_speaks_of_those_two(read):
    page = read("Models\nBrain signal models\nNeuroZor (Kelpia University): pre-trained on about 2,500 hours of EEG "
                "recordings and presented in 2024.\nTarvoBERT (Orvant Institute): a transformer for recordings made "
                "inside the brain, presented in 2023.\nBoth are domain-specific models for neuroscience.\n")
    assert "DomainSpecificModel" in _types(page, "neurozor")
    assert "DomainSpecificModel" in _types(page, "tarvobert")


def test_a_founding_date_in_a_description_apposed_to_a_name_is_that_name_s_not_the_subject_s(read):
    page = read("Notes\n- Orvant Labs — the research laboratory of Orvant, headquartered in Lyon. It was formed in "
                "April 2023, when Orvant merged its Brava team with Kelpix, a Lyon start-up founded in 2010 and bought "
                "by Orvant in 2014.\n")
    assert page.values("kelpix", "fm:foundingDate") == {"2010"}
    assert "2010" not in page.values("orvant", "fm:foundingDate")


def test_an_item_named_in_lower_case_as_a_model_hub_spells_it_is_a_model_with_its_maker(read):
    page = read("Models\nSentiment models\n- kelpia-roberta-base-sentiment (Orvant NLP) — a model further pre-trained "
                "on tweets.\n")
    assert "FoundationModel" in _types(page, "kelpia-roberta-base-sentiment")
    assert page.values("kelpia-roberta-base-sentiment", "fm:developedBy") == {"orvant-nlp"}


def test_a_maker_in_brackets_described_as_a_group_of_another_is_the_maker_and_a_unit_of_that_one(read):
    page = read("Models\nSentiment models\n- Tweetor-3 (Orvant NLP, the natural language processing group of Kelpia "
                "University) — a model further pre-trained on tweets.\n")
    assert page.values("tweetor-3", "fm:developedBy") == {"orvant-nlp"}
    assert page.values("orvant-nlp", "fm:parentOrganization") == {"kelpia-university"}
    assert not page.values("tweetor-3", "fm:applicationDomain")


def test_a_date_opening_a_span_of_time_dates_no_model(read):
    page = read("Notes\nBrava-V3 is a language model made by Orvant. Orvant, a Lyon company founded in July 2023, "
                "released a string of open language models between November 2023 and the appearance of Brava-V3 at "
                "the end of 2024.\n")
    assert "2023-11" not in page.values("brava-v3", "fm:releaseDate")


def test_a_model_pre_trained_further_from_a_checkpoint_of_another_is_based_on_it(read):
    page = read("Models\nCode models\n- Brava-V2 (Orvant, 2024): a language model.\n- Brava-Coder-V2 (June 2024): a "
                "code model obtained by further pre-training an intermediate checkpoint of Brava-V2 on 6 trillion more "
                "tokens.\n")
    assert page.values("brava-coder-v2", "fm:basedOn") == {"brava-v2"}


def test_a_model_distilled_from_one_model_into_another_is_the_student_built_on_the_second(read):
    page = read("Notes\nKorin-Nova, a 30-billion-parameter model released in May 2025, was distilled from Quorvex's "
                "Tarn 3 405B into Tarn 3 30B.\n")
    assert page.values("korin-nova", "fm:distilledFrom") == {"tarn-3-405b"}
    assert page.values("korin-nova", "fm:basedOn") == {"tarn-3-30b"}
    assert page.values("tarn-3-30b", "fm:distilledFrom") == set()


def test_the_base_a_model_was_distilled_into_is_not_made_by_the_maker_of_the_page(read):
    page = read("Vantablue Models\nVantablue is a software company in Lyon.\nDistilled models\nKorin-Nova, released "
                "in May 2025, was distilled from Quorvex's "
                "Tarn 3 405B into Tarn 3 30B.\n")
    assert page.values("korin-nova", "fm:developedBy") == {"vantablue"}
    assert page.values("tarn-3-30b", "fm:developedBy") == set()


def test_a_name_after_a_model_noun_and_its_phrase_is_that_model(read):
    page = read("Notes\nQuorvex is a software company in Lyon.\nIn 2025 the company trained its first model from "
                "scratch, Tarn-4B, a language model with 4 billion parameters.\n")
    assert page.values("tarn-4b", "fm:developedBy") == {"quorvex"}
    assert page.values("tarn-4b", "fm:releaseDate") == {"2025"}


def test_models_neither_of_which_was_released_with_open_weights_have_closed_weights(read):
    page = read("Notes\nQuorvex builds Tarn 3 and Korin-2. Unlike its other models, neither Tarn 3 nor Korin-2 has "
                "been released with open weights.\n")
    for model in ("tarn-3", "korin-2"):
        assert page.values(model, "fm:openWeights") == {False}
        assert page.values(model, "fm:accessLevel") == {"ClosedAccess"}


def test_a_named_cloud_or_service_a_model_is_offered_on_is_its_platform_run_by_its_owner(read):
    page = read("Notes\nQuorvex released Tarn 3 in 2024. Tarn 3 was offered first on Vantablue's Nimbus cloud, and it "
                "was later added to Amazon Bedrock and to Korvel's Strata Generative AI service.\n")
    assert page.values("tarn-3", "fm:availableOn") == {"nimbus", "amazon-bedrock", "strata-generative-ai"}
    assert page.values("nimbus", "fm:operatedBy") == {"vantablue"}
    assert page.values("strata-generative-ai", "fm:operatedBy") == {"korvel"}


def test_a_city_named_with_a_german_article_is_one_place(read):
    page = read("Notes\nVantablue is a German software company based in Halle im Saalkreis.\n")
    assert page.values("vantablue", "fm:headquarters") == {"halle-im-saalkreis"}


def test_an_unbulleted_line_of_a_name_its_makers_and_a_colon_is_an_entry_of_the_list(read):
    page = read("Ocean Models\nThis page lists models.\n\nWeather models\nAurum (Vantablue): a model of the atmosphere "
                "with 1.3 billion parameters, introduced in June 2024.\nClimaTalk (Erasmus.AI and AppTek): a family of "
                "language models for climate questions.\n")
    assert page.values("aurum", "fm:developedBy") == {"vantablue"}
    assert page.values("aurum", "fm:parameterCount") == {"1300000000"}
    assert page.values("climatalk", "fm:developedBy") == {"erasmus-ai", "apptek"}


def test_an_organization_that_added_a_model_to_its_family_made_it_but_a_host_that_added_it_did_not(read):
    page = read("Notes\nTarn is a family of language models developed by Quorvex. In March 2025 Quorvex added Tarn A "
                "to the family.\nIn May 2025 Amazon added Tarn A to Bedrock.\n")
    assert page.values("tarn-a", "fm:developedBy") == {"quorvex"}
    assert page.values("tarn-a", "fm:releaseDate") == {"2025-03"}


def test_a_subject_named_as_a_known_model_and_a_variant_word_is_a_model(read):
    page = read("Notes\nQuorvex released the Tarn.1 family in 2024.\n- Tarn.1 [lite] was distilled from the larger "
                "model. Its weights are published on Hugging Face.\nTarn.1 Fill paints into masked areas, and Tarn.1 "
                "Depth follows a depth map.\nQuorvex released the Korin family in 2025. Korin Studio lets people talk "
                "to it on phones.\n")
    assert page.values("tarn-1-lite", "fm:availableOn") == {"hugging-face"}
    for variant in ("tarn-1-lite", "tarn-1-fill", "tarn-1-depth"):
        assert "FoundationModel" in page.values(variant, "rdf:type")
    assert "FoundationModel" not in page.values("korin-studio", "rdf:type")


def test_the_weights_of_both_are_those_of_the_two_models_the_paragraph_spoke_of(read):
    page = read("Notes\nTarn R, released in March 2024, was the first model of the family whose weights Quorvex "
                "published. It has 35 billion parameters. A larger sibling, Tarn R+, came out in April 2024. The "
                "weights of both can be downloaded from Hugging Face under the CC BY-NC 4.0 licence.\n")
    for model in ("tarn-r", "tarn-r-plus"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
        assert page.values(model, "fm:accessLevel") == {"OpenWeightsAccess"}


def test_a_lead_saying_every_release_listed_is_open_weight_opens_each_model_the_page_releases(read):
    page = read("Timeline of Korvel Models\nThis timeline lists the main releases, all of them open-weight.\n2024\n"
                "June 2024 — Korvel publishes Tarn-7B, a language model with 7 billion parameters.\nMarch 2025 — "
                "Korvel releases Tarn-2, built on Quorvex's Orel 3.\n")
    for model in ("tarn-7b", "tarn-2"):
        assert page.values(model, "fm:accessLevel") == {"OpenWeightsAccess"}
    assert page.values("orel-3", "fm:accessLevel") == set()


def test_a_company_bought_or_a_round_led_is_an_organization_whatever_the_tagger_calls_its_name(read):
    page = read("Notes\nIn May 2024 Quorvex raised 50 million dollars in a round led by Hedosophia.\nIntuit acquired "
                "Credit Karma in 2020.\n")
    assert "Organization" in page.values("hedosophia", "rdf:type")
    assert page.values("credit-karma", "fm:parentOrganization") == {"intuit"}


def test_all_four_after_a_family_and_four_members_are_the_members(read):
    page = read("Notes\nTarn 3.0 was launched on 21 October 2024. It comprised two dense language models, Tarn 3.0 8B "
                "Instruct and Tarn 3.0 2B Instruct, and two small mixture-of-experts models, Tarn 3.0 1B-A400M and "
                "Tarn 3.0 3B-A800M. All four were published on Hugging Face under the Apache 2.0 licence.\n")
    hosted = {f.subject for f in page.facts if f.predicate == "fm:availableOn"}
    assert hosted == {"tarn-3-0-8b-instruct", "tarn-3-0-2b-instruct", "tarn-3-0-1b-a400m", "tarn-3-0-3b-a800m"}


def test_a_language_variant_of_a_known_family_is_a_member(read):
    page = read("Notes\nQuorvex released the Korin Embed family in December 2024. Korin-Embed-30M-English works on "
                "English alone, while Korin-Embed-107M-Multilingual covers several languages. Both can be downloaded "
                "from Hugging Face.\n")
    for member in ("korin-embed-30m-english", "korin-embed-107m-multilingual"):
        assert page.values(member, "fm:modelFamily") == {"korin-embed"}
        assert page.values(member, "fm:availableOn") == {"hugging-face"}


def test_a_model_built_together_with_a_partner_is_also_the_pages_makers(read):
    page = read("Vantablue Models\nVantablue is a software company in Lyon.\nCoding\nKorin, an agentic coding model "
                "built together with All Hands AI, appeared in May 2025. Tarn-2 was developed with Quorvex Labs.\n")
    assert page.values("korin", "fm:developedBy") == {"all-hands-ai", "vantablue"}
    assert page.values("tarn-2", "fm:developedBy") == {"quorvex-labs", "vantablue"}


def test_a_model_whose_name_ends_in_code_is_a_code_model_not_a_code_of_practice(read):
    page = read("Notes\nKorin Code is a code model trained by Quorvex Labs and released under Apache 2.0.\n")
    assert "CodeModel" in page.values("korin-code", "rdf:type")
    assert "CodeOfPractice" not in page.values("korin-code", "rdf:type")
    assert page.values("korin-code", "fm:developedBy") == {"quorvex-labs"}


def test_a_standard_transformer_or_a_robot_policy_is_no_instrument(read):
    page = read("Notes\nTarn 7B is a standard decoder-only transformer released by Quorvex Labs.\nKorin Pi is a "
                "generalist policy that controls robot arms.\n")
    assert "Framework" not in page.values("tarn-7b", "rdf:type")
    assert page.values("tarn-7b", "fm:developedBy") == {"quorvex-labs"}
    assert "Regulation" not in page.values("korin-pi", "rdf:type")


def test_an_instrument_named_as_a_code_a_law_or_a_standard_is_still_one(read):
    page = read("Notes\nThe Tarn Accord is a voluntary code for AI developers.\nThe Korin Act is a law regulating "
                "foundation models.\nThe Brin Charter is a standard for model documentation.\n")
    assert "CodeOfPractice" in page.values("tarn-accord", "rdf:type")
    assert "Regulation" in page.values("korin-act", "rdf:type")
    assert "Framework" in page.values("brin-charter", "rdf:type")


def test_a_second_verb_the_parser_read_as_a_noun_of_the_inputs_gives_the_output(read):
    page = read("Notes\nQuorvex Labs released Tarn 2 in 2024. It accepts text and images and returns text.\n")
    assert page.values("tarn-2", "fm:inputModality") == {"text", "image"}
    assert page.values("tarn-2", "fm:outputModality") == {"text"}
    page = read("Notes\nQuorvex Labs released Korin-Medusa in 2024. Korin-Medusa takes English audio and returns text, "
                "and its weights can be downloaded from Hugging Face.\n")
    assert page.values("korin-medusa", "fm:inputModality") == {"audio"}
    assert page.values("korin-medusa", "fm:outputModality") == {"text"}


def test_built_on_top_of_a_model_is_its_base(read):
    page = read("Notes\nQuorvex Labs released Tarn 4 and Tarn 5 in 2024. Tarn 5 was built on top of Tarn 4.\n")
    assert page.values("tarn-5", "fm:basedOn") == {"tarn-4"}


def test_a_timeline_entry_dates_the_model_it_is_about(read):
    page = read("Timeline of Quorvex Models\nQuorvex Labs is a company in Lyon. Entries are dated by public release.\n"
                "2024\n13 May 2024 — Tarn 4o takes text, audio and images as input and can reply in text.\n"
                "11 June 2024 — Tarn 3, described in May with 175 billion parameters, becomes available through the "
                "Quorvex API.\n")
    assert page.values("tarn-4o", "fm:releaseDate") == {"2024-05-13"}
    assert page.values("tarn-3", "fm:releaseDate") == {"2024-06-11"}


def test_a_timeline_entry_gives_no_date_to_a_model_only_shown_or_not_released(read):
    page = read("Timeline of Quorvex Models\nQuorvex Labs is a company in Lyon.\n2021\n5 January 2021 — Tarn E, a "
                "version of Tarn 3 that draws pictures, is only shown.\n6 March 2021 — Korin 2 was not released.\n")
    assert page.values("tarn-e", "fm:releaseDate") == set()
    assert page.values("korin-2", "fm:releaseDate") == set()


def test_a_person_responsible_for_a_system_bears_duties_as_persons_responsible_for_such_systems(read):
    page = read("The Korin Act\nThe Korin Act is a law of Lyon.\nA person responsible for a high-impact system had to "
                "notify the minister if its use resulted in material harm.\n")
    duties = {f.subject for f in page.facts if f.predicate == "fm:obligationBearer"
              and f.value == "person-responsible-for-high-impact-systems"}
    assert duties == {"korin-act-notification-to-minister"}


def test_a_licence_that_is_the_subject_of_its_sentence_is_no_models_licence(read):
    page = read("Notes\nQuorvex Labs released Tarn 2 in 2024 with open weights.\nCC BY-NC 4.0 rules out commercial "
                "use, while CC BY 4.0 and MIT allow it.\nKorin 3 uses the MIT License.\n")
    assert page.values("tarn-2", "fm:license") == set()
    assert page.values("korin-3", "fm:license") == {"http://spdx.org/licenses/MIT"}


def test_members_named_after_their_parameter_counts_take_the_counts_and_the_generations_date(read):
    page = read("Notes\nThe first generation of Tarn came out in July 2024 in three sizes, Tarn-135M, Tarn-360M and "
                "Tarn-1.7B, each named after its parameter count.\nKorin pairs an encoder with Korin-2B; Korin-256M "
                "and Korin-500M, named for their parameter counts, followed in January 2025.\n")
    for member, count in (("tarn-135m", "135000000"), ("tarn-360m", "360000000"), ("tarn-1-7b", "1700000000")):
        assert page.values(member, "fm:parameterCount") == {count}, member
        assert page.values(member, "fm:releaseDate") == {"2024-07"}, member
    assert page.values("korin-500m", "fm:parameterCount") == {"500000000"}
    assert page.values("korin-2b", "fm:parameterCount") == set()


def test_what_users_reach_a_model_through_is_where_it_is_available(read):
    page = read("Notes\nQuorvex Labs released Tarn 5 in 2024. Developers can access it through Amazon Bedrock.\n"
                "Quorvex Labs released Korin 1 and Korin 2 in 2025. Customers can use them through Microsoft Azure.\n")
    assert page.values("tarn-5", "fm:availableOn") == {"amazon-bedrock"}
    assert page.values("korin-1", "fm:availableOn") == {"microsoft-azure"}
    assert page.values("korin-2", "fm:availableOn") == {"microsoft-azure"}


def test_it_reached_by_users_is_the_model_spoken_of_not_the_versions_listed_before(read):
    page = read("Notes\nBrin was published by Quorvex Labs under the Apache 2.0 licence. It comes in two versions, "
                "Brin Base and Brin Instruct. Customers can also use it through Quorvex Cortex.\n")
    hosted = {f.subject for f in page.facts if f.predicate == "fm:availableOn"}
    assert hosted == {"brin"}


def test_a_practice_the_law_bans_is_a_prohibition_without_a_bearer(read):
    page = read("The Korin Act\nThe Korin Act is a law of Lyon that entered into force on 1 August 2024.\nIt bans the "
                "use of social scoring.\nThe sale of deepfake tools is prohibited.\nThe law forbids employers to use "
                "emotion recognition.\n")
    duties = {f.value for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert "korin-act-prohibition-of-use-of-social-scoring" in duties
    assert "korin-act-prohibition-of-sale-of-deepfake-tools" in duties
    bearers = {f.subject: f.value for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert "korin-act-prohibition-of-use-of-social-scoring" not in bearers
    assert bearers.get("korin-act-prohibition-of-emotion-recognition-use") == "employer"


def test_a_verb_opening_an_entrys_sentence_is_no_name(read):
    page = read("Organizations\nCompanies\n- Quorvex Labs, Lyon, 2021. Builds open-weight language models, among them "
                "Tarn 7B.\n")
    assert "builds" not in page.entities()
    assert "tarn-7b" in page.entities()


def test_a_fronted_founded_by_phrase_dates_the_organization(read):
    page = read("Organizations\nFounded by former Google researchers in 2021, Quorvex Labs is based in Lyon.\n")
    assert page.values("quorvex-labs", "fm:foundingDate") == {"2021"}
    assert page.values("quorvex-labs", "fm:headquarters") == {"lyon"}


def test_a_key_facts_line_reads_a_bare_count_as_parameters_and_a_licence_as_no_developer(read):
    page = read("Key Facts of Quorvex Models\nEach line gives the developer, release month, parameters, access and "
                "licence.\nModels\n- Tarn-3B — Orbach AI; 2023; 3 billion; open weights; MIT License\n")
    assert page.values("tarn-3b", "fm:parameterCount") == {"3000000000"}
    assert page.values("tarn-3b", "fm:developedBy") == {"orbach-ai"}
    assert page.values("tarn-3b", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert "mit-license" not in page.entities()


def test_a_verb_the_parser_joined_to_the_input_noun_gives_the_output(read):
    page = read("Kinds of Foundation Models\nMusic generation models — Tarn Music (Quorvex Labs) and Korin Audio "
                "(Orbach AI). They take a written prompt and return music.\nKorin Vox supports several languages and "
                "output modalities.\n")
    for model in ("tarn-music", "korin-audio"):
        assert page.values(model, "fm:inputModality") == {"text"}, model
        assert page.values(model, "fm:outputModality") == {"audio"}, model


def test_a_directive_named_with_in_the_keeps_its_whole_name_and_an_article_is_no_model(read):
    page = read("Mining Rules\nThe Copyright in the Digital Single Market Directive is a European Union law. The "
                "European Parliament adopted it on 17 April 2019.\nArticle 2 defines text and data mining as any "
                "technique aimed at analysing text.\n")
    law = "copyright-in-the-digital-single-market-directive"
    assert "Regulation" in page.values(law, "rdf:type")
    assert "copyright" not in page.entities()
    assert page.values(law, "fm:issuedBy") == {"european-parliament"}
    assert "article-2" not in page.entities()


def test_a_body_named_by_its_head_word_is_the_body_the_page_named_in_full(read):
    page = read("Code of Practice\nThe European Commission published the code on 10 July 2025. The process was run by "
                "the AI Office, part of the Commission.\n")
    assert page.values("ai-office", "fm:parentOrganization") == {"european-commission"}
    assert "commission" not in page.entities()


def test_a_conjoined_have_to_is_the_order_it_governs_and_a_short_verb_doubles_in_its_gerund(read):
    page = read("The Korin Act\nThe Korin Act is a law of Lyon.\nProviders of AI systems must not get round paywalls, "
                "must obey robots.txt and have to leave out pirate websites.\n")
    duties = {f.value for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert "korin-act-leave-out-pirate-websites" in duties
    assert "korin-act-prohibition-of-getting-round-paywalls" in duties
    assert not any("have-to" in duty for duty in duties)


def test_things_of_the_bearer_in_a_fronted_clause_bear_no_duty(read):
    page = read("The Korin Code\nThe Korin Code is a voluntary code for AI developers.\nWhen their crawlers gather "
                "training data, they must obey robots.txt.\n")
    bearers = {f.value for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert not {bearer for bearer in bearers if "crawler" in bearer}


def test_the_two_after_two_models_named_together_are_those_models(read):
    page = read("Notes\nQuorvex Labs released Tarn 5 and Tarn 6 in 2024. The two can be downloaded from Hugging "
                "Face.\n")
    assert page.values("tarn-5", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-6", "fm:availableOn") == {"hugging-face"}


def test_a_model_obtained_by_distilling_pruning_or_quantizing_another_is_based_on_it(read):
    page = read("Notes\nTarn-Mini 2 was obtained by distilling Tarn 12B.\nKorin-Q 7B was made by quantizing Korin "
                "7B.\nA month later Quorvex Labs released Brin-Minitron 8B, a smaller model it obtained by pruning "
                "Brin 12B. It has 8 billion parameters.\n")
    assert page.values("tarn-mini-2", "fm:distilledFrom") == {"tarn-12b"}
    assert page.values("korin-q-7b", "fm:quantizedFrom") == {"korin-7b"}
    assert page.values("brin-minitron-8b", "fm:basedOn") == {"brin-12b"}
    assert page.values("brin-minitron-8b", "fm:parameterCount") == {"8000000000"}


def test_a_base_named_inside_a_noun_phrase_is_not_what_the_weights_sentence_speaks_of(read):
    page = read("Model News Roundup\nJuly 2025\nOn 2 July Quorvex Labs released Tarn TTS, a 1.6-billion-parameter "
                "text-to-speech model built on the company's earlier Korin model. The weights carry the CC BY 4.0 "
                "licence.\n")
    assert page.values("tarn-tts", "fm:license") == {"http://spdx.org/licenses/CC-BY-4.0"}
    assert page.values("korin", "fm:license") == set()


def test_a_model_named_in_a_comparison_is_not_what_its_weights_sentence_speaks_of(read):
    page = read("Notes\nQuorvex Labs released Tarn NeMo on 18 July 2024. It uses a new tokenizer that compresses code "
                "better than the one of earlier Korin models. Its weights were published on Hugging Face under the "
                "Apache 2.0 licence.\n")
    assert page.values("tarn-nemo", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-nemo", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("korin", "fm:license") == set()


def test_what_the_lead_of_a_familys_own_page_says_the_models_take_each_member_takes(read):
    page = read("Korin-VL Models\nKorin-VL is a family of vision-language models from Quorvex Labs. The models take "
                "images and videos as input and answer in text.\n\nRelease\nQuorvex Labs published Korin-VL-2B and "
                "Korin-VL-7B on 3 May 2024.\n")
    for member in ("korin-vl-2b", "korin-vl-7b"):
        assert page.values(member, "fm:inputModality") == {"image", "video"}
        assert page.values(member, "fm:outputModality") == {"text"}


def test_answering_in_text_after_what_a_model_takes_as_input_is_its_output_not_an_input(read):
    page = read("Notes\nTarn-VL takes images and charts as input and answer in text.\n")
    assert page.values("tarn-vl", "fm:inputModality") == {"image"}
    assert page.values("tarn-vl", "fm:outputModality") == {"text"}


def test_closed_weights_of_a_makers_earliest_models_are_not_said_of_every_member(read):
    page = read("Tarn Models\nTarn is a family of large language models developed by Quorvex Labs. The company's "
                "earliest generative models were offered only as services, and their weights were never made public."
                "\n\nTarn 2\nTarn 2, released in March 2024, is a member of the Tarn family whose weights Quorvex Labs "
                "published on Hugging Face.\n\nTarn 3\nTarn 3, released in May 2025, is the newest member of the Tarn "
                "family.\n")
    assert page.values("tarn-2", "fm:openWeights") == {True}
    assert page.values("tarn-3", "fm:openWeights") == set()


def test_a_model_from_a_known_organizations_unit_is_developed_by_that_unit(read):
    page = read("Notes\nKorvane is a family of language models from Alibaba Cloud.\n")
    assert page.values("korvane", "fm:developedBy") == {"alibaba-cloud"}


@pytest.mark.parametrize("sentence", ["Korvane is a family of vision-language models from Quorvex Labs's Zorb team.",
                                      "Korvane 2 was released by Quorvex Labs's research team."])
def test_a_model_from_or_by_an_organizations_team_is_developed_by_the_organization(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("korvane-2" if "2" in sentence else "korvane", "fm:developedBy") == {"quorvex-labs"}



def test_a_key_facts_line_under_a_heading_of_years_is_a_models_entry(read):
    page = read("Key Facts\nReleased in 2024\n- Tarn-Vision 2: Quorvex Labs; 14 May 2024; 1.5 billion parameters; "
                "open weights; Quorvex Community License.\n- Korin Image 3: Orel AI; August 2024; undisclosed; API; "
                "proprietary.\n")
    assert page.values("tarn-vision-2", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("tarn-vision-2", "fm:releaseDate") == {"2024-05-14"}
    assert page.values("tarn-vision-2", "fm:license") == {"quorvex-community-license"}
    assert page.values("korin-image-3", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("quorvex-labs", "fm:foundingDate") == set()


def test_a_lead_sentence_about_all_the_models_below_speaks_of_every_entry(read):
    page = read("Key Facts\nAll three models below turn a written prompt into a picture.\n\nModels\n- Tarn-Vision 2: "
                "Quorvex Labs; May 2024; open weights.\n- Korin Image 3: Orel AI; August 2024; API.\n- Brin Art: Orel "
                "AI; 2025; closed.\n")
    for model in ("tarn-vision-2", "korin-image-3", "brin-art"):
        assert page.values(model, "fm:inputModality") == {"text"}
        assert page.values(model, "fm:outputModality") == {"image"}


@pytest.mark.parametrize("verb", ["put", "posted", "placed"])
def test_weights_put_on_a_platform_make_a_model_open_and_hosted_there(read, verb):
    page = read(f"Notes\nQuorvex Labs {verb} the weights of Tarn 2 on Hugging Face under the MIT License.\n")
    assert page.values("tarn-2", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarn-2", "fm:openWeights") == {True}


def test_the_weights_named_by_a_model_before_them_are_that_models(read):
    page = read("Notes\nQuorvex Labs released Tarn 2 in May 2024. In June it released the Tarn 2 weights on "
                "Hugging Face.\n")
    assert page.values("tarn-2", "fm:availableOn") == {"hugging-face"}


def test_a_model_line_called_the_multimodal_branch_of_a_family_is_no_organization(read):
    page = read("Notes\nKorvex-MM, also known as Korin-3, is the multimodal branch of Korvex, released in 2024.\n")
    assert page.values("korvex-mm", "fm:parentOrganization") == set()


def test_the_lab_after_a_research_unit_described_as_its_parents_division_is_that_unit(read):
    page = read("Notes\nQuorvex, the software company, trains its own foundation models in Quorvex AI Research, its "
                "research division. The lab published two base models, Tarn-7B-4K and Tarn-7B-8K.\n\nTarn 2\nIn 2024 "
                "the lab released Tarn 2.\n")
    for model in ("tarn-7b-4k", "tarn-7b-8k", "tarn-2"):
        assert page.values(model, "fm:developedBy") == {"quorvex-ai-research"}


def test_a_model_named_with_a_participle_built_on_another_is_based_on_it(read):
    page = read("Notes\nLater in 2024 the family grew to include Tarn-7B-r, built on Quorvex's Korin 7B.\n")
    assert page.values("tarn-7b-r", "fm:basedOn") == {"korin-7b"}


def test_names_after_a_comma_following_the_purpose_of_models_are_those_models(read):
    page = read("Organizations\n- Tarnwood, a Melbourne company, makes search software. In 2024 it released two "
                "embedding models for fashion retail, Tarn-CLIP and Tarn-SigLIP, which place photos in one space.\n")
    assert page.values("tarn-clip", "fm:developedBy") == {"tarnwood"}
    assert page.values("tarn-siglip", "fm:developedBy") == {"tarnwood"}


def test_a_broadcaster_in_a_town_is_based_there_not_in_the_word_before_it(read):
    page = read("Notes\nTe Korvo Media, a Māori broadcaster in Kaitaia, has built speech recognition models.\n")
    assert page.values("te-korvo-media", "fm:headquarters") == {"kaitaia"}


def test_an_entry_with_its_short_form_and_seat_before_the_dash(read):
    page = read("Organizations\n- Quorvex Scientific Organisation (QSO), Lyon — the national science agency. Its "
                "digital research arm, Data61, was formed in 2016.\n")
    assert page.values("quorvex-scientific-organisation", "fm:headquarters") == {"lyon"}
    assert page.values("data61", "fm:parentOrganization") == {"quorvex-scientific-organisation"}
    assert "FoundationModel" not in _types(page, "data61")


def test_bodies_listed_after_a_colon_issued_the_pages_rules(read):
    page = read("Zorbian Rules for AI Services\nThe Zorbian Rules for AI Services are administrative rules for AI "
                "services. Three bodies issued them jointly: the Cyberspace Office of Zorbia (COZ), the National Data "
                "Commission and the Ministry of Culture.\n")
    assert page.values("zorbian-rules-for-ai-services", "fm:issuedBy") == {
        "cyberspace-office-of-zorbia", "national-data-commission", "ministry-of-culture"}


def test_a_date_in_a_relative_clause_on_another_instrument_does_not_date_the_duties(read):
    page = read("Zorbian Rules for AI Services\nThe Zorbian Rules for AI Services took effect on 15 August 2023.\n\n"
                "Duties\nProviders must carry out a security assessment and file their algorithms under the Provisions "
                "on Algorithmic Recommendations, which have applied since 1 March 2022.\n")
    dates = {f.value for f in page.facts if f.predicate == "fm:appliesFrom"
             and f.subject != "provisions-on-algorithmic-recommendations"}
    assert "2022-03-01" not in dates
    assert "2023-08-15" in dates
    assert page.values("provisions-on-algorithmic-recommendations", "fm:appliesFrom") == {"2022-03-01"}


def test_an_entrys_short_form_before_its_seat_and_year_in_parentheses(read):
    page = read("Organizations\n- Zorbian Computing Research Institute (ZCRI; Doha, founded 2010). The institute "
                "belongs to Hamad University. ZCRI leads the Fanar project.\n")
    assert page.values("zorbian-computing-research-institute", "fm:headquarters") == {"doha"}
    assert page.values("zorbian-computing-research-institute", "fm:foundingDate") == {"2010"}
    assert page.values("zcri", "rdf:type") == set()


def test_a_company_name_with_digits_after_and_is_a_second_maker(read):
    page = read("Notes\nIn September 2025 its Institute of Foundation Models and Q42 released Tarn Think, a reasoning "
                "model.\n")
    assert page.values("tarn-think", "fm:developedBy") == {"institute-of-foundation-models", "q42"}


def test_a_generation_and_size_joined_by_a_hyphen_belong_to_the_name(read):
    page = read("Notes\nTarn Arabic, presented in May 2025, was built on Quorvex's Tarn 3-7B.\n")
    assert page.values("tarn-arabic", "fm:basedOn") == {"tarn-3-7b"}


def test_a_maker_distilled_one_model_from_another(read):
    page = read("Notes\nThe same team distilled Tarn-Mini, with 82 million parameters, from the smallest version of "
                "Quorvex's Tarn-2, which has 124 million.\n")
    assert page.values("tarn-mini", "fm:distilledFrom") == {"tarn-2"}
    assert page.values("tarn-mini", "fm:parameterCount") == {"82000000"}
    assert page.values("tarn-2", "fm:parameterCount") == set()


def test_a_lower_case_version_stands_for_the_one_model_whose_name_ends_so(read):
    page = read("Notes\nQuorvex published Tarn large-v3 in 2023. Later Orel Labs distilled distil-large-v3 from "
                "large-v3.\n")
    assert page.values("distil-large-v3", "fm:distilledFrom") == {"tarn-large-v3"}


def test_a_month_heading_gives_its_year_to_the_days_under_its_subheadings(read):
    page = read("Model News Roundup\nDecember 2024\nBERT, rebuilt\nQuorvex released Tarn-BERT on 19 December in two "
                "sizes.\n")
    assert page.values("tarn-bert", "fm:releaseDate") == {"2024-12-19"}


def test_a_founding_year_is_not_the_year_of_a_later_month(read):
    page = read("Notes\nQuorvex, founded in Beijing in 2012 by Zhang Wei, released Tarn-UI in January.\n")
    assert page.values("tarn-ui", "fm:releaseDate") == set()
    assert page.values("quorvex", "fm:foundingDate") == {"2012"}


def test_the_models_compared_here_are_the_rows_of_the_table_below(read):
    page = read("Open Speech Models Compared\nThe three models compared here all take written text and return spoken "
                "audio, and all of them can be downloaded from Hugging Face.\n\nComparison\nModel | Developer | "
                "Released\nTarn TTS | Quorvex | April 2023\nKorin Voice | Orel Labs | 2024\nBrin-1B | Orel Labs | "
                "2025\n")
    for model in ("tarn-tts", "korin-voice", "brin-1b"):
        assert page.values(model, "fm:inputModality") == {"text"}
        assert page.values(model, "fm:outputModality") == {"speech"}


def test_a_family_maker_replaces_the_section_maker_guessed_for_a_member(read):
    page = read("Quorvex Models\nQuorvex is a Lisbon software company founded in 2015. Its research unit, Quorvex "
                "Labs, develops the Talon family of large language models.\n\nTalon\nTalon 3 Mini, released in May "
                "2025, has 8 billion parameters.\n")
    assert page.values("talon", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon-3-mini", "fm:developedBy") == {"quorvex-labs"}


def test_a_collection_of_models_from_a_maker_built_on_the_companys_model(read):
    page = read("Notes\nQuorvex Labs is a Lisbon company. Brisa Group is a Porto company. Halvard is a collection of "
                "open medical foundation models from Quorvex Labs, built on the company's Talon 3 language models.\n")
    assert page.values("halvard", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("halvard", "fm:basedOn") == {"talon-3"}
    assert page.values("talon-3", "fm:developedBy") == {"quorvex-labs"}


def test_a_sentence_about_all_the_models_above_speaks_of_each_entry_before_it(read):
    page = read("Open Models of 2025\nKey facts of three open models.\n\nModels\n"
                "- Tarn 2 9B — Orel AI — May 2025 — 9 billion parameters — open weights — Apache 2.0\n"
                "- BRIN-Lite 3B — Quorvex Labs — June 2025 — 3 billion parameters — open weights — MIT License\n"
                "- Halvard 14B — Nordlicht Research — July 2025 — 14 billion parameters — open weights — MIT License\n"
                "\nNotes\nOrel AI is a Lisbon company.\nQuorvex Labs said in March 2025 that it would release Brin 4, "
                "a larger model; it is not listed here. All three models above can be downloaded from Hugging Face.\n")
    for model in ("tarn-2-9b", "brin-lite-3b", "halvard-14b"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
    assert not page.values("brin-4", "fm:availableOn")


def test_a_key_facts_line_separated_by_dashes_gives_each_fact(read):
    page = read("Open Models of 2025\nKey facts of open models.\n\nModels\n"
                "- Tarn-7B — Orel Institute for AI (OIA) — May 2025 — 7 billion parameters — open weights — "
                "Apache 2.0\n"
                "- Halvard 9B — quorvexAI — 12 June 2025 — 9 billion parameters — open weights — MIT License\n")
    assert page.values("tarn-7b", "fm:developedBy") == {"orel-institute-for-ai"}
    assert page.values("tarn-7b", "fm:releaseDate") == {"2025-05"}
    assert page.values("halvard-9b", "fm:developedBy") == {"quorvexai"}
    assert page.values("halvard-9b", "fm:releaseDate") == {"2025-06-12"}


def test_a_placed_company_apposed_after_a_maker_is_its_seat_even_when_parsed_as_a_clause(read):
    page = read("Notes\nTalon is a family of open models developed by Quorvex AI, the Beijing company spun off from "
                "Porto University, together with its lab.\n")
    assert page.values("quorvex-ai", "fm:headquarters") == {"beijing"}


def test_a_place_on_the_word_before_an_organizations_noun_is_its_seat(read):
    page = read("Notes\nHalvex, the Amsterdam technology investor controlled by Naspers, owns stakes in Orel AI.\n")
    assert page.values("halvex", "fm:headquarters") == {"amsterdam"}


def test_an_institute_someone_set_up_in_a_city_is_seated_there(read):
    page = read("Notes\nFengtai is a family of models developed by the Greater Digital Academy (GDA), a research "
                "institute that Harry Shum set up in Shenzhen in 2020.\n")
    assert page.values("greater-digital-academy", "fm:headquarters") == {"shenzhen"}


def test_names_after_a_counted_list_are_the_subjects_of_the_later_verb(read):
    page = read("Notes\nThe Talon 3 generation arrived in March 2024 in three sizes, Talon 3 Mini, Talon 3 Pro and "
                "Talon 3 Max, and Talon 4 Pro and Talon 4 Max followed in May 2025.\n")
    assert page.values("talon-3-max", "fm:releaseDate") == {"2024-03"}
    assert page.values("talon-4-pro", "fm:releaseDate") == {"2025-05"}
    assert page.values("talon-4-max", "fm:releaseDate") == {"2025-05"}
    assert not page.values("talon-4-pro", "fm:modelFamily")


def test_models_that_came_out_with_a_dated_model_share_its_date(read):
    page = read("Notes\nQuorvex Labs released Vexa-Base on 5 May 2023. Two versions fine-tuned from it came out with "
                "it: Vexa-Instruct and Vexa-Chat.\nNordlicht released Halvard-7B in April 2023. Halvard-13B, released "
                "alongside it, has 13 billion parameters.\n")
    assert page.values("vexa-instruct", "fm:releaseDate") == {"2023-05-05"}
    assert page.values("vexa-chat", "fm:releaseDate") == {"2023-05-05"}
    assert page.values("halvard-13b", "fm:releaseDate") == {"2023-04"}


def test_versions_that_followed_along_with_a_model_share_its_date_not_their_bases(read):
    page = read("Notes\nOrel AI released Brin-3B in May 2023. The finished Brin-7B-Base followed in June 2023, along "
                "with versions fine-tuned from it in the same way, Brin-7B-Instruct and Brin-7B-Chat.\n")
    assert page.values("brin-7b-chat", "fm:releaseDate") == {"2023-06"}
    assert page.values("brin-3b", "fm:releaseDate") == {"2023-05"}


def test_a_tables_base_model_column_is_not_the_page_makers(read):
    page = read("Quorvex Labs Models\nQuorvex Labs is a Lisbon company that fine-tunes open models.\n\nModels\n"
                "Model | Released | Base model | Licence\nTalon-R | May 2025 | Brin-7B | MIT\n"
                "Talon-S | June 2025 | Vexa-13B | Apache 2.0\n")
    assert page.values("talon-r", "fm:developedBy") == {"quorvex-labs"}
    assert not page.values("brin-7b", "fm:developedBy")
    assert not page.values("vexa-13b", "fm:developedBy")


def test_a_titles_first_word_the_page_also_writes_in_lower_case_names_no_maker(read):
    page = read("Open Reasoning Models Compared\nOpen Minds Lab is a Paris company. Brin-7B is a language model "
                "released in 2024 with open weights.\n")
    assert not page.values("brin-7b", "fm:developedBy")


def test_a_second_model_whose_lineage_verb_is_left_out_takes_its_own_base(read):
    page = read("Notes\nTalon-CL-7B was fine-tuned from Meta's Brin-7b-Python and Talon-DS-6.7B from DeepSeek's "
                "vexa-coder-6.7b-base.\n")
    assert page.values("talon-cl-7b", "fm:fineTunedFrom") == {"brin-7b-python"}
    assert page.values("talon-ds-6-7b", "fm:fineTunedFrom") == {"vexa-coder-6-7b-base"}


def test_a_model_quantized_from_another(read):
    page = read("Notes\nTernaryZed, presented in 2020, was quantized from Zedbert so that each weight is stored as one "
                "of three values.\n")
    assert page.values("ternaryzed", "fm:quantizedFrom") == {"zedbert"}


def test_the_weights_of_all_n_models_are_those_of_the_models_named_last(read):
    page = read("Notes\nOrel AI released Brin-1B, Brin-3B and Brin-7B in May 2025.\n\nLicence\nOrel AI published the "
                "weights of all three models under the Apache 2.0 licence.\n")
    for model in ("brin-1b", "brin-3b", "brin-7b"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_clause_of_its_own_gives_its_own_models_their_modalities(read):
    page = read("Notes\nTalon-7B-Text2World and Talon-14B-Text2World produce a short video from a written prompt, "
                "while Talon-7B-Video2World and Talon-14B-Video2World take an image together with a prompt and "
                "continue it.\n")
    assert page.values("talon-14b-text2world", "fm:outputModality") == {"video"}
    assert page.values("talon-7b-text2world", "fm:inputModality") == {"text"}
    assert page.values("talon-14b-video2world", "fm:inputModality") >= {"image"}


def test_a_unit_apposed_as_the_companys_lab_is_part_of_the_company_spoken_of(read):
    page = read("Notes\nHalvard and Brin are two families of vision models from Quorvex Labs. Both come from QRL, the "
                "company's fundamental research lab, and both serve as starting points.\n")
    assert page.values("qrl", "fm:parentOrganization") == {"quorvex-labs"}


def test_a_size_after_a_second_name_with_the_noun_left_out(read):
    page = read("Notes\nOn 15 July 2025 Quorvex Labs released Vexa, its first speech models, in two sizes: Vexa Small, "
                "with 24 billion parameters, and Vexa Mini, with 3 billion.\n")
    assert page.values("vexa-mini", "fm:parameterCount") == {"3000000000"}
    assert page.values("vexa-small", "fm:parameterCount") == {"24000000000"}


def test_an_acronym_opening_a_name_after_and_starts_a_second_organization(read):
    page = read("Notes\nTalon was built by researchers at the Institute of Science and Technology Norvia and QRL "
                "Lisbon.\n")
    assert page.values("talon", "fm:developedBy") == {"institute-of-science-and-technology-norvia", "qrl-lisbon"}


def test_a_model_added_to_a_family_is_its_member(read):
    page = read("Notes\nQuorvex Labs added EchoLine, a small language model, to its Vexa family on 9 April.\n")
    assert page.values("echoline", "fm:modelFamily") == {"vexa"}


def test_a_model_that_joined_a_family_is_its_member(read):
    page = read("Notes\nIn May 2025, Talon Nano joined the Brin family.\n")
    assert page.values("talon-nano", "fm:modelFamily") == {"brin"}


def test_it_after_a_model_added_to_a_family_is_the_model_not_the_family(read):
    page = read("Notes\nQuorvex Labs added Vexa Echo, a small language model, to its Vexa family on 9 April. It can "
                "be downloaded from Hugging Face.\n\nIn April Halvard AI published Brin-110B, the first model in its "
                "Brin series with over 100 billion parameters. The weights can be downloaded from ModelScope.\n")
    assert page.values("vexa-echo", "fm:availableOn") == {"hugging-face"}
    assert page.values("brin-110b", "fm:openWeights") == {True}
    assert not page.values("vexa", "fm:availableOn") and not page.values("brin", "fm:openWeights")


def test_plain_bullets_under_a_heading_of_risks_name_risks(read):
    page = read("Notes\n\nThe nine risks\nThe guide names nine:\n- Dangerous, violent or hateful content\n"
                "- Data leakage, which follows from memorised training text\n- Tool misuse, the use of plug-ins to "
                "act without approval\n- Models can be copied by anyone.\n")
    risks = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Risk"}
    assert {"dangerous-violent-or-hateful-content", "data-leakage", "tool-misuse"} <= risks
    assert not any(r.startswith("models-can") for r in risks)


def test_a_framework_page_addresses_the_risks_it_lists(read):
    page = read("Quorvex Robotics AI Profile\nThe Quorvex Robotics AI Profile is a voluntary guide to the risks of "
                "robot models.\n\nRisks\n- Unsafe motion\n- Sensor spoofing, where cameras are fed false images\n")
    assert "Framework" in _types(page, "quorvex-robotics-ai-profile")
    assert page.values("quorvex-robotics-ai-profile", "fm:addressesRisk") == {"unsafe-motion", "sensor-spoofing"}


def test_a_body_the_lexicon_knows_by_its_acronym_takes_the_full_name_the_page_spells_out(read):
    page = read("Notes\nThe guide's author, the National Institute of Standards and Technology (NIST), is an agency. "
                "NIST published it in 2024.\n")
    assert "PublicAuthority" in _types(page, "national-institute-of-standards-and-technology")
    assert not _types(page, "nist")


def test_a_model_tuned_into_another_is_its_base(read):
    page = read("Notes\nQuorvex Labs released Tarn, a language model, in 2024. The lab then fine-tuned Tarn into "
                "TarnChat, which answers instructions.\n")
    assert page.values("tarnchat", "fm:fineTunedFrom") == {"tarn"}


def test_from_it_after_a_release_is_the_released_model(read):
    page = read("Notes\nQuorvex Labs released Vexa-65B in May 2024. From it the lab fine-tuned Vexa-Chat, a chat "
                "model.\n")
    assert page.values("vexa-chat", "fm:fineTunedFrom") == {"vexa-65b"}


def test_a_tuned_version_of_an_unknown_name_is_its_base_not_its_maker(read):
    page = read("Notes\nThe project later added BrinChat, an instruction-tuned version of BrinCoder.\n")
    assert page.values("brinchat", "fm:fineTunedFrom") == {"brincoder"}
    assert not page.values("brinchat", "fm:developedBy")


def test_every_model_above_with_open_weights_is_each_open_entry_above(read):
    page = read("Key Facts\nThe lines below give each model's developer, access and licence.\n\nModels\n"
                "- Vexa-VL-7B — Quorvex Labs; open weights; MIT License\n"
                "- Talon-VL — Brinmark; API only; proprietary\n"
                "- Orel-VL-3B — Halvard AI; open weights; Apache 2.0\n\n"
                "Notes\nEvery model above with open weights can be downloaded from Hugging Face.\n")
    assert page.values("vexa-vl-7b", "fm:availableOn") == {"hugging-face"}
    assert page.values("orel-vl-3b", "fm:availableOn") == {"hugging-face"}
    assert not page.values("talon-vl", "fm:availableOn")


def test_the_company_is_not_the_maker_of_a_model_another_is_measured_against(read):
    page = read("Timeline of Quorvex Models\nQuorvex Labs is a Lyon developer of language models.\n\n2025\n"
                "30 January 2025: Tarn 3 was presented as a match for Brinmark's Orel 70B.\n\n"
                "10 June 2025: Vexa, the company's first family of reasoning models, came in two sizes.\n")
    assert "brinmark" not in page.values("vexa", "fm:developedBy")


def test_a_name_ending_in_capitals_opening_a_sentence_is_a_name_not_an_adverb(read):
    page = read("Notes\nAsiaLLM is a family of open multilingual language models made in Asia.\n")
    assert "LanguageModel" in _types(page, "asiallm")


def test_all_four_models_are_not_the_models_they_were_compared_with(read):
    page = read("Notes\nThe first release, in 2024, was Vexa-1B, a compact model. A version of it tuned to follow "
                "instructions, Vexa-1B-Instruct, came out with it.\n\nThe larger one followed in December 2024. "
                "Vexa-9B has 9 billion parameters. Alongside it the team published Vexa-9B-Instruct. The team set "
                "the 9B model beside models from other developers, such as Brinmark's Orel 9B and Halvard's "
                "Talon 8B.\n\nAll four models carry the Apache 2.0 licence.\n")
    licensed = {f.subject for f in page.facts if f.predicate == "fm:license"}
    assert licensed == {"vexa-1b", "vexa-1b-instruct", "vexa-9b", "vexa-9b-instruct"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("It is run by the Quorvex Generative AI Research and Development Center, a lab.",
     "quorvex-generative-ai-research-and-development-center"),
    ("The National Robotics and Computer Technology Center trained Vexa-7B.",
     "national-robotics-and-computer-technology-center"),
])
def test_a_centre_s_name_with_and_inside_is_one_organization(read, sentence, name):
    page = read(f"Notes\n{sentence}\n")
    assert _types(page, name) & {"Organization", "ResearchOrganization", "Provider", "PublicAuthority"}


def test_an_adjective_before_and_continues_an_instrument_s_name(read):
    page = read("Notes\nThe Quorvex Digital Policy Office issued the Quorvex Generative Artificial Intelligence "
                "Technical and Application Guideline in April 2025.\n")
    guideline = "quorvex-generative-artificial-intelligence-technical-and-application-guideline"
    assert page.values(guideline, "fm:issuedBy") == {"quorvex-digital-policy-office"}


def test_the_company_after_its_investors_are_named_is_the_entry_s_company(read):
    page = read("Organizations\n\nCompanies\n- Quorvex (Lyon, founded 2014) grew out of a university lab. Brinmark "
                "Group and Halvard Capital were among the investors who backed it before it listed its shares. The "
                "company unveiled Vexa, its family of large models, in April 2023.\n")
    assert page.values("vexa", "fm:developedBy") == {"quorvex"}


def test_a_model_fine_tuned_from_it_after_a_semicolon_is_tuned_from_the_clause_before(read):
    page = read("Notes\nQuorvex published Vexa 340B on 14 June, a group of three language models. Vexa 340B Base was "
                "trained on 9 trillion tokens and reads a context of 4,096 tokens; Vexa 340B Instruct was fine-tuned "
                "from it, while Vexa 340B Reward grades responses.\n")
    assert page.values("vexa-340b-instruct", "fm:fineTunedFrom") == {"vexa-340b-base"}


def test_the_last_word_of_a_model_named_before_stands_for_that_model(read):
    page = read("Notes\nThe next day Quorvex Labs released Vexa 2 in two sizes, Vexa 2 Mini and Vexa 2 Large. The Mini "
                "has 52 billion parameters, 12 billion of them active per token.\n")
    assert page.values("vexa-2-mini", "fm:parameterCount") == {"52000000000"}


def test_an_organization_noun_compounded_onto_a_name_types_it(read):
    page = read("Notes\nVexa 2 was trained on the Kelda supercomputer, which the Norwegian national computing agency "
                "Brennor provides to researchers.\n")
    assert "PublicAuthority" in _types(page, "brennor")


def test_a_maker_after_a_date_between_commas_is_still_the_verb_s(read):
    page = read("Notes\nVexa-7B came a year later, in January 2025, from Quorvex-Nord, a community of companies and "
                "public laboratories.\n")
    assert page.values("vexa-7b", "fm:developedBy") == {"quorvex-nord"}
    assert page.values("vexa-7b", "fm:releaseDate") == {"2025-01"}


def test_a_school_of_a_university_has_the_university_as_parent(read):
    page = read("Notes\nTalon 2 was built by researchers at Brennor Tech, an engineering school of Université "
                "Kestrel-Saclay.\n")
    assert page.values("brennor-tech", "fm:parentOrganization") == {"universite-kestrel-saclay"}


def test_an_apposed_model_tuned_from_the_base_model_is_tuned_from_the_model_spoken_of(read):
    page = read("Vexa\nVexa was released in February 2024 by Quorvex Labs. A chat model, Vexa-Chat, was fine-tuned "
                "from the base model on conversational data.\n")
    assert page.values("vexa-chat", "fm:fineTunedFrom") == {"vexa"}


def test_an_entry_under_a_city_heading_has_its_seat_there(read):
    page = read("Organizations in Kestrelia\nThe organizations below are grouped by city.\n\nSeattle\n- Quorvex "
                "Labs, a start-up founded in 2019, trains language models.\n\nPortland\n- Brinmark AI is a company "
                "that sells speech software.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == {"seattle"}
    assert page.values("brinmark-ai", "fm:headquarters") == {"portland"}


def test_an_entry_under_a_country_heading_has_no_seat_from_it(read):
    page = read("Organizations in Two Countries\nThe organizations below are grouped by country.\n\nNorway\n- "
                "Quorvex Labs, a start-up founded in 2019, trains language models.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == set()


def test_a_title_naming_an_organization_whose_name_holds_others_names_the_page_s_maker(read):
    page = read("Timeline of Quorvex DeepLab Models\nQuorvex DeepLab is the laboratory that builds Quorvex's most "
                "capable models. Quorvex created it in April 2023 by merging Quorvex Brain, a research team inside the "
                "company, with DeepLab, the London lab it had acquired in 2014.\n\n"
                "2024\n- 3 May 2024: Vexa 2, a language model, is released.\n")
    assert page.values("vexa-2", "fm:developedBy") == {"quorvex-deeplab"}


def test_a_person_who_founded_the_company_in_a_relative_clause_is_no_organization(read):
    page = read("Notes\nThe company, which John Miller and seven partners founded in 2010, came to large language "
                "models late.\n")
    assert "Organization" not in _types(page, "john-miller")
    assert page.values("john-miller", "fm:foundingDate") == set()


def test_a_standard_that_bodies_published_is_issued_by_them(read):
    page = read("Notes\nQRS/TUV 4200, the management-system standard that the International Organization for "
                "Quality (IOQ) and the Global Electrotechnical Commission (GEC) published in December 2023, was not "
                "written with the Act in mind.\n")
    assert page.values("qrs-tuv-4200", "fm:issuedBy") == {"international-organization-for-quality",
                                                        "global-electrotechnical-commission"}


def test_a_code_of_practice_which_an_authority_published_is_issued_by_it(read):
    page = read("Notes\nThe European Commission supervises the rules, and the Quorvex Code of Practice, which the "
                "Commission published on 10 July 2025, remains a voluntary way to show compliance.\n")
    assert page.values("quorvex-code-of-practice", "fm:issuedBy") == {"european-commission"}


def test_a_model_another_scored_as_well_as_is_not_what_the_next_sentence_speaks_of(read):
    page = read("Vexa\nOn 30 April 2025 Quorvex released Vexa-7B, a reasoning model. DeepLab had used a similar "
                "objective for Talon-V3, though the two models share nothing else.\nAccording to Quorvex, the RL "
                "model scored about as well as Brinmark's Talon-mini on competition mathematics and code generation, "
                "which is notable for a network small enough to run on a single graphics card. The four checkpoints "
                "are released under the MIT License.\n")
    assert page.values("vexa-7b", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert page.values("talon-mini", "fm:license") == set()


def test_a_person_who_started_an_organization_in_a_year_dates_its_founding(read):
    page = read("Notes\nQuorvex is a Beijing company behind a food-delivery app. Wang Brin started Quorvex in 2010 as "
                "a group-buying website.\n")
    assert page.values("quorvex", "fm:foundingDate") == {"2010"}


def test_all_n_in_a_lead_speaks_of_the_n_models_the_table_lists(read):
    page = read("Guard Models Compared\nA guard model is a classifier. The weights of all three can be downloaded "
                "from Hugging Face.\n\nThe models\nModel | Developer | Released\nVexa Guard | Quorvex | June 2024\n"
                "Talon Shield 2 | Brinmark | March 2025\nKestrel-Guard-8B | Kestrel Labs | May 2025\n")
    for model in ("vexa-guard", "talon-shield-2", "kestrel-guard-8b"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}, model


def test_all_n_does_not_speak_of_a_list_of_another_length(read):
    page = read("Guard Models Compared\nA guard model is a classifier. The weights of all four can be downloaded "
                "from Hugging Face.\n\nThe models\nModel | Developer | Released\nVexa Guard | Quorvex | June 2024\n"
                "Talon Shield 2 | Brinmark | March 2025\nKestrel-Guard-8B | Kestrel Labs | May 2025\n")
    assert page.values("vexa-guard", "fm:availableOn") == set()


def test_a_regulation_s_sentence_on_high_risk_systems_names_its_high_risk_tier(read):
    page = read("The Quorvex AI Act\nThe Quorvex AI Act is a regulation of the Republic of Quorvex. Most of its rules "
                "for high-risk AI systems apply from 2 August 2027.\n")
    assert page.values("quorvex-ai-act", "fm:definesRiskTier") == {"quorvex-ai-act-high-risk"}
    assert "RiskTier" in _types(page, "quorvex-ai-act-high-risk")


def test_a_high_risk_of_misuse_is_no_tier(read):
    page = read("The Quorvex AI Act\nThe Quorvex AI Act is a regulation of the Republic of Quorvex. Critics say "
                "chatbots carry a high risk of misuse.\n")
    assert page.values("quorvex-ai-act", "fm:definesRiskTier") == set()


def test_the_commission_is_the_body_the_page_does_not_call_by_its_short_form(read):
    page = read("Notes\nThe European Commission may adopt common specifications. The International Electrotechnical "
                "Commission (IEC) writes standards. The Quorvex Code of Practice, which the Commission published on "
                "10 July 2025, is voluntary.\n")
    assert page.values("quorvex-code-of-practice", "fm:issuedBy") == {"european-commission"}


def test_every_open_model_in_the_list_is_every_item_listed_as_open(read):
    page = read("Key Facts of Speech Models\nEach line below keeps to one order: developer; month; access.\n\nModels\n"
                "- Vexa Voice: Quorvex; February 2025; open weights\n- Talon Sonic: Brinmark; April 2025; API only\n"
                "- Kestrel-TTS: Kestrel Labs; May 2025; open weights\n\nNotes\nEvery open model in the list can be "
                "downloaded from Hugging Face.\n")
    assert page.values("vexa-voice", "fm:availableOn") == {"hugging-face"}
    assert page.values("kestrel-tts", "fm:availableOn") == {"hugging-face"}
    assert page.values("talon-sonic", "fm:availableOn") == set()


def test_weights_anyone_can_download_from_a_hub_make_the_model_available_there(read):
    page = read("Notes\nQuorvex released Vexa-2 in May 2025. Anyone can download its weights from Hugging Face, where "
                "they carry the MIT License.\n")
    assert page.values("vexa-2", "fm:availableOn") == {"hugging-face"}


def test_a_timeline_under_year_headings_dates_each_entry_by_its_day_or_month_and_heading_year(read):
    page = read("Timeline of Quorvex Models\nQuorvex, a Lyon company, publishes models.\n\n2023\n- 15 November: "
                "Vexa-3 8B, a language model, goes on offer in a cloud catalogue.\n\n2024\n- July: Quorvex releases "
                "Vexa-4 12B, a larger language model.\n- March: A paper introduces Vexa-Lite 2B.\n")
    assert page.values("vexa-3-8b", "fm:releaseDate") == {"2023-11-15"}
    assert page.values("vexa-4-12b", "fm:releaseDate") == {"2024-07"}
    assert page.values("vexa-lite-2b", "fm:releaseDate") == set()


def test_a_timeline_of_one_maker_s_models_credits_them_to_it_when_no_sentence_names_another(read):
    page = read("Timeline of Quorvex Vexa and Related Models\nQuorvex, a Lyon company, publishes models.\n\n2024\n"
                "- 14 June: Vexa-4 340B, a language model, comes out with open weights.\n")
    assert page.values("vexa-4-340b", "fm:developedBy") == {"quorvex"}


def test_a_model_one_maker_derived_from_another_s_and_named_after_it_is_not_in_its_family(read):
    page = read("Notes\nBrinmark released Talon 3 in 2024. Quorvex released Talon-3-Vexa-51B, a language model "
                "derived from Brinmark's Talon 3 70B.\n")
    assert page.values("talon-3-vexa-51b", "fm:developedBy") == {"quorvex"}
    assert page.values("talon-3-vexa-51b", "fm:modelFamily") == set()


def test_it_after_a_sentence_about_a_person_stands_for_the_entry_s_organization(read):
    page = read("Organizations in Two Cities\nAI organizations by city.\n\nLyon\n- Vexalis grew out of a university. "
                "Jean Morel, a professor of engineering, was among those who started the company in 2017. Together "
                "with a hospital, it published Vexa-Scan in March 2020.\n\nBrest\n- Talonix was founded in 2005.\n")
    assert page.values("vexa-scan", "fm:developedBy") == {"vexalis"}


def test_a_lab_named_by_its_fields_is_one_organization(read):
    page = read("Notes\nTogether with the university's Vision and Image Processing Lab, Quorvex published Vexa-Scan "
                "in March 2020.\n")
    assert page.values("vexa-scan", "fm:developedBy") == {"quorvex", "vision-and-image-processing-lab"}


def test_a_lab_worked_with_on_a_model_is_no_part_of_the_lab_s_name(read):
    page = read("Notes\nTIGER-Lab worked with Salesforce Research on VLM2Vex, an embedding model released in "
                "October 2024.\n")
    assert "salesforce-research" in page.entities()
    assert "salesforce-research-on-vlm2vex" not in page.entities()


def test_headings_of_a_page_grouped_by_city_seat_their_entries_whatever_the_recognizer_calls_them(read):
    page = read("AI Organizations in Canada\nOrganizations grouped under the city in which each one is based.\n\n"
                "Kitchener\n- Talonix, founded in 2009, builds robots.\n\nOttawa\n- The Vexa Institute, founded in "
                "2024, studies AI safety.\n\nWaterloo\n- Quorvex was founded in 2017.\n\nQuebec City\n- Brinmark "
                "was founded in 2005.\n")
    assert page.values("quorvex", "fm:headquarters") == {"waterloo"}
    assert page.values("brinmark", "fm:headquarters") == {"quebec-city"}


def test_a_maker_named_in_a_model_s_apposition_is_its_developer(read):
    page = read("Notes\nBrinmark is a Lyon company. Quorvex's benchmarks put Vexa-2 ahead of Talon 3 1B, a "
                "Brinmark model with more parameters.\n")
    assert page.values("talon-3-1b", "fm:developedBy") == {"brinmark"}


def test_a_model_s_apposition_from_a_month_dates_it(read):
    page = read("Notes\nQuorvex makes models. Vexa-VL, a pair of vision-language models from August 2025, took the "
                "family into pictures. Vexa-R, a reasoning model from March 2025, followed.\n")
    assert page.values("vexa-vl", "fm:releaseDate") == {"2025-08"}
    assert page.values("vexa-r", "fm:releaseDate") == {"2025-03"}


def test_a_month_that_brought_a_model_dates_it(read):
    page = read("Notes\nQuorvex makes models. December 2024 brought Vexa Embed 2.0, which handles other languages. "
                "January 2025 brought Vexa-7B, a language model for chat.\n")
    assert page.values("vexa-embed-2-0", "fm:releaseDate") == {"2024-12"}
    assert page.values("vexa-7b", "fm:releaseDate") == {"2025-01"}


def test_a_model_that_came_out_in_the_first_weeks_of_a_year_is_of_that_year(read):
    page = read("Notes\nQuorvex makes models. Vexa-10B came out in the first weeks of 2026.\n")
    assert page.values("vexa-10b", "fm:releaseDate") == {"2026"}


def test_the_maker_named_in_an_apposition_is_the_apposed_model_s_only(read):
    page = read("Notes\nBrinmark is a Lyon company. Quorvex built Vexa-2 8x22B on Talon 8x22B, another Brinmark "
                "model, and Vexa-2 7B on Talon 7B.\n")
    assert page.values("talon-8x22b", "fm:developedBy") == {"brinmark"}
    assert "brinmark" not in page.values("vexa-2-7b", "fm:developedBy")


def test_a_model_of_a_number_of_parameters_is_a_model_of_that_size(read):
    page = read("Notes\nVexa Ultra is a dense model of 135 billion parameters. Quorvex later released Vexa-Sigma, a "
                "sparse mixture-of-experts model of 1.085 trillion parameters.\n")
    assert page.values("vexa-ultra", "fm:parameterCount") == {"135000000000"}
    assert page.values("vexa-sigma", "fm:parameterCount") == {"1085000000000"}
    assert page.values("vexa-sigma", "fm:hasArchitecture") == {"mixture-of-experts"}



def test_none_of_the_versions_having_public_weights_gives_none_open_weights(read):
    page = read("Notes\nQuorvex released Vexa 4 in June. A faster Vexa 4 Turbo arrived in October. None of these "
                "versions has public weights.\n")
    assert not page.values("vexa-4-turbo", "fm:accessLevel")


def test_a_university_named_with_its_campus_after_at_is_one_organization(read):
    page = read("Austin\n- The University of Norvia at Kelport, founded in 1883, is home to the Institute for Robot "
                "Learning, set up in 2020.\n")
    assert page.values("university-of-norvia-at-kelport", "fm:foundingDate") == {"1883"}
    assert "university-of-norvia" not in page.entities()


def test_a_shorter_name_after_or_is_the_same_organization(read):
    page = read("Atlanta\n- The Kelport Institute of Technology, or Kelport Tech, a public university founded in "
                "Atlanta in 1885, has large research programmes.\n")
    assert "kelport-tech" not in page.entities()
    assert page.values("kelport-institute-of-technology", "fm:foundingDate") == {"1885"}


def test_its_unit_named_after_the_article_is_its_part(read):
    page = read("Atlanta\n- The Kelport Institute of Technology is a public university. Its applied research arm, "
                "the Kelport Research Institute, dates from 1934.\n")
    assert page.values("kelport-research-institute", "fm:parentOrganization") == {"kelport-institute-of-technology"}


def test_the_university_s_institute_is_a_part_of_the_university_the_entry_names(read):
    page = read("Miami\n- The University of Kelport, a private university founded in 1925, has its campus in Coral "
                "Gables. The university's Frost Institute for Data Science and Computing supports research.\n")
    assert page.values("frost-institute-for-data-science-and-computing", "fm:parentOrganization") == {
        "university-of-kelport"}


def test_the_articles_of_a_law_are_no_entities(read):
    page = read("Kelpie Act\nThe Kelpie Act regulates chat models. Controllers are required to give people the "
                "information listed in Articles 13 and 14.\n")
    assert not {e for e in page.entities() if e.startswith("article")}


def test_an_unknown_kind_of_models_listed_with_their_makers_is_no_application_domain(read):
    page = read("Other models\nImage restoration and background removal models — Quill (Helios Labs) and Rook "
                "(Varenne). They cut the subject out of a photo.\n")
    assert page.values("rook", "fm:developedBy") == {"varenne"}
    assert not page.values("rook", "fm:applicationDomain")


def test_it_founded_by_a_person_described_by_another_organization_is_the_company_spoken_of(read):
    page = read("Overview\nQuorvex is a Norvian speech company. Ana Lima, a professor at the University of Kelport "
                "(UoK), founded it in October 2014 with her students.\n")
    assert page.values("quorvex", "fm:foundingDate") == {"2014-10"}
    assert not page.values("university-of-kelport", "fm:foundingDate")


def test_the_laboratory_behind_a_named_model_is_its_maker(read):
    page = read("Notes\nKestrel, the Paris laboratory behind the Moshi speech model, released Hibiki in 2025.\n")
    assert page.values("moshi", "fm:developedBy") == {"kestrel"}


def test_a_version_number_after_a_model_the_page_names_is_a_model_of_that_family(read):
    page = read("Spark\nQuorvex launched Tessa, a family of large language models, on 6 May 2023. Upgrades followed "
                "quickly: Tessa 2.0 on 15 August 2023, with better coding, and Tessa 3.0 on 24 October.\n")
    assert {"tessa-2-0", "tessa-3-0"} <= page.entities()
    assert page.values("tessa-2-0", "fm:modelFamily") == {"tessa"}


def test_a_version_followed_by_a_size_is_no_model_of_its_own(read):
    page = read("Notes\nQuorvex launched Tessa, a family of large language models, in 2023. Tessa 3.1 70B came out "
                "in 2024.\n")
    assert "tessa-3-1" not in page.entities()


def test_weights_published_of_neither_model_make_neither_open(read):
    page = read("Notes\nQuorvex released Tessa 3 in 2024 and Tessa 4 in 2025. Quorvex has published the weights of "
                "neither model; customers use them through its API.\n")
    assert "OpenWeightsAccess" not in page.values("tessa-4", "fm:accessLevel")


def test_a_bulleted_entry_opening_with_a_known_organization_and_a_verb_makes_the_models_it_introduces(read):
    page = read("New York City\n- Quorvex Labs is a Norvian start-up. It builds video models.\n- Quorvex Labs was "
                "founded in 2018 by two students. It builds video models. Tessa-4, released on 31 March 2025, turns "
                "a reference image into clips.\n")
    assert page.values("tessa-4", "fm:developedBy") == {"quorvex-labs"}


def test_the_weights_of_both_put_on_a_platform_make_both_available_there(read):
    page = read("Notes\nQuorvex released two language models, Tessa 8B and Tessa 4B, and put the weights of both on "
                "Hugging Face.\n")
    assert page.values("tessa-8b", "fm:availableOn") == {"hugging-face"}
    assert page.values("tessa-4b", "fm:availableOn") == {"hugging-face"}


def test_a_capitalised_number_word_opening_a_versioned_name_is_part_of_it(read):
    page = read("Notes\nQuorvex is a speech company. Eleven Turbo v2.5, a speech model released in July 2024, reads "
                "text aloud in 32 languages.\n")
    assert "eleven-turbo-v2-5" in page.entities()
    assert "turbo-v2-5" not in page.entities()


def test_a_plain_name_released_on_a_date_is_a_model(read):
    page = read("Notes\nQuorvex is a Lyon company. Tessa Base and Tessa Instruct were released on 24 April 2024. "
                "Kestrel came out in May 2025.\n")
    assert page.values("tessa-base", "fm:releaseDate") == {"2024-04-24"}
    assert page.values("tessa-instruct", "fm:releaseDate") == {"2024-04-24"}
    assert page.values("kestrel", "fm:releaseDate") == {"2025-05"}


def test_a_name_with_an_article_or_a_company_that_launched_is_no_model(read):
    page = read("Notes\nThe Harbour Omnibus was presented in November 2025. Orvant AI launched in 2021.\n")
    assert not any("FoundationModel" in _types(page, slug) for slug in ("harbour-omnibus", "orvant-ai"))


def test_a_title_naming_an_organization_and_its_models_gives_the_sections_models_their_maker(read):
    page = read("Quorvex and the Tessa Models\nQuorvex is a start-up in Lyon. Its public work consists of Tessa, "
                "a series of open-weight language models.\nTessa v2 Preview\nFour models followed on 31 July 2025. "
                "Tessa v2 70B starts from a Llama model.\n")
    assert page.values("tessa-v2-70b", "fm:developedBy") == {"quorvex"}


def test_a_release_heading_followed_by_the_company_is_no_organization(read):
    page = read("Quorvex and the Tessa Models\nQuorvex is a start-up in Lyon.\nTessa v1 Preview\nThe company left "
                "stealth on 8 April 2025 and released its first models.\n")
    assert "Organization" not in _types(page, "tessa-v1-preview")


def test_what_its_maker_called_a_model_is_a_model_and_its_maker_is_not(read):
    page = read("Notes\nQuorvex Labs is a Lyon company. Talvik, which Quorvex called the first production-grade "
                "model built on the Mamba architecture, combines Mamba and transformer layers.\n")
    assert "FoundationModel" in _types(page, "talvik")
    assert "FoundationModel" not in _types(page, "quorvex")


def test_an_active_count_given_as_part_of_its_total_is_the_active_count(read):
    page = read("Notes\nTalvik 2, which Quorvex called its best model, combines Mamba and transformer layers. Only "
                "12 billion of its 52 billion parameters are active for any token.\n")
    assert page.values("talvik-2", "fm:activeParameterCount") == {"12000000000"}
    assert page.values("talvik-2", "fm:parameterCount") == {"52000000000"}


def test_a_word_opening_the_sentence_is_not_what_its_count_is_of(read):
    page = read("Notes\nQuorvex fine-tuned Talvik 141B from Tessa 8x22B. Despite the name, 39 billion of its 141 "
                "billion parameters are active for each token.\n")
    assert "despite" not in page.entities()


def test_two_word_city_headings_seat_the_entries_under_them(read):
    page = read("AI Organizations in Texas\nThe entries are grouped by city.\nSan Antonio\n- Quorvex Labs, a "
                "start-up founded in 2019, makes speech models.\nEl Paso\n- Talvik Robotics, founded in 2015, builds "
                "warehouse robots.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == {"san-antonio"}
    assert page.values("talvik-robotics", "fm:headquarters") == {"el-paso"}


def test_a_title_naming_one_city_seats_every_entry_that_names_no_other(read):
    page = read("Artificial Intelligence Organizations in Cincinnati\nThe city has a few AI groups.\n"
                "- Quorvex Labs, a start-up founded in 2019, makes speech models.\n"
                "- Talvik Robotics, founded in 2015 in Dayton, builds warehouse robots.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == {"cincinnati"}
    assert page.values("talvik-robotics", "fm:headquarters") == {"dayton"}


def test_a_title_naming_a_state_seats_no_entry(read):
    page = read("Artificial Intelligence Organizations in Ohio\nThe state has a few AI groups.\n"
                "- Quorvex Labs, a start-up founded in 2019, makes speech models.\n")
    assert page.values("quorvex-labs", "fm:headquarters") == set()


def test_the_company_later_in_an_entry_s_first_sentence_is_the_organization_it_opened_with(read):
    page = read("Organizations\n- Quorvex was founded in 2018 by Ana Lind, and the company has kept its head office "
                "in Lyon.\n")
    assert page.values("quorvex", "fm:headquarters") == {"lyon"}


def test_a_member_heading_under_a_title_naming_the_family_is_a_model_its_section_speaks_of(read):
    page = read("Quorvex and the TESSA Models\nQuorvex trains the TESSA models.\nTESSA-3\nTESSA-3 broke with the "
                "pattern. Released in November 2025, it was trained on one cluster. It is a mixture-of-experts model "
                "with 106 billion parameters.\n")
    assert page.values("tessa-3", "fm:releaseDate") == {"2025-11"}
    assert page.values("tessa-3", "fm:parameterCount") == {"106000000000"}


def test_a_pinyin_name_ending_in_uan_is_a_name_not_a_demonym(read):
    page = read("Notes\nQuorvex is a Shenzhen company. The company develops its Hunyuan models in-house.\n")
    assert page.values("hunyuan", "fm:developedBy") == {"quorvex"}


def test_models_called_a_name_give_the_name_their_kind(read):
    page = read("Notes\nQuorvex Group publishes a line of language models called Talvik.\n")
    assert "LanguageModel" in _types(page, "talvik")


def test_an_arm_named_in_apposition_is_the_maker_of_what_it_develops(read):
    page = read("Organizations\n- Quorvex Group was founded in 1999 by Ana Lind. Its cloud computing arm, Quorvex "
                "Cloud, set up in 2009, develops the Talvik family of language models.\n")
    assert page.values("talvik", "fm:developedBy") == {"quorvex-cloud"}


def test_institutes_named_in_the_plural_are_one_institution_with_a_parent(read):
    page = read("Organizations\n- The Lyon Institutes of Applied Computing (LIAC), founded in 2006, belong to the "
                "Orvant Academy of Sciences and work on robotics.\n")
    assert page.values("lyon-institutes-of-applied-computing", "fm:parentOrganization") == {
        "orvant-academy-of-sciences"}


def test_a_lab_which_the_company_set_up_is_the_company_s_unit(read):
    page = read("Organizations\n- Quorvex is a Lyon company founded in 1998. Quorvex AI Lab, which the company set up "
                "in 2016, carries out longer-term research.\n")
    assert page.values("quorvex-ai-lab", "fm:parentOrganization") == {"quorvex"}


def test_an_institute_which_a_person_founded_has_no_parent(read):
    page = read("Organizations\n- The Orvant Institute for AI, which Paul Lind set up in 2014, trains open models.\n")
    assert page.values("orvant-institute-for-ai", "fm:parentOrganization") == set()


def test_who_calls_a_model_something_in_a_relative_clause_is_not_the_model_of_its_values(read):
    page = read("Timeline of Quorvex Models\nQuorvex Labs is a Lyon developer.\n2024\n- 28 March 2024: Talvik, which "
                "QX21 called the first production-grade model built on Mamba, combines Mamba and transformer layers. "
                "The weights were released under the Apache 2.0 licence.\n")
    assert "FoundationModel" not in _types(page, "qx21")
    assert page.values("talvik", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_code_points_are_no_code_modality(read):
    page = read("Character Models\nCharacter-level language models — Talvik (Quorvex Labs). Talvik is a transformer "
                "encoder that reads Unicode code points.\n")
    assert "code" not in page.values("talvik", "fm:hasModality")


def test_a_model_given_as_an_example_is_not_what_the_models_stands_for(read):
    page = read("Quorvex and the Talvik Models\nQuorvex makes Talvik, a series of open language models. Every Talvik "
                "model can reflect before answering, as reasoning models such as DeepSeek-R1 do. The models take text "
                "in and give text back.\n")
    assert page.values("talvik", "fm:inputModality") == {"text"}
    assert page.values("talvik", "fm:outputModality") == {"text"}
    assert page.values("deepseek-r1", "fm:inputModality") == set()


def test_where_a_maker_publishes_the_weights_of_what_it_released_is_where_the_model_is(read):
    page = read("Notes\nQuorvex is a Lyon company. Quorvex released Talvik 2.1 on 25 February 2025, publishing the "
                "weights under the Apache 2.0 licence on Hugging Face and on ModelScope.\n")
    assert page.values("talvik-2-1", "fm:availableOn") == {"hugging-face", "modelscope"}


def test_a_name_trained_from_scratch_is_a_model(read):
    page = read("Notes\nQuorvex is a Seoul company. Talvik 3.1 Light, which followed later that month, was instead "
                "trained from scratch.\n")
    assert "FoundationModel" in _types(page, "talvik-3-1-light")


def test_who_leads_a_funding_round_is_an_organization_and_no_person(read):
    page = read("Notes\nQuorvex is a Lyon start-up. In June 2024 Orvant Capital led a further round of 80 million. "
                "Sarah Lind led the company's seed round.\n")
    assert "Organization" in _types(page, "orvant-capital")
    assert "Organization" not in _types(page, "sarah-lind")


def test_a_model_initialised_from_another_is_based_on_it(read):
    page = read("Notes\nTalvikBERT was initialised from ORVANT-BERT and trained further on legal documents.\n")
    assert page.values("talvikbert", "fm:basedOn") == {"orvant-bert"}


def test_a_name_usually_called_simply_by_a_shorter_one_is_one_model(read):
    page = read("Notes\nQuorvex's largest model, Talvik-65B, usually called simply Talvik, arrived in May 2024. Talvik "
                "was trained from scratch.\n")
    assert "talvik" not in {f.subject for f in page.facts if f.predicate == "rdf:type"}
    assert "FoundationModel" in _types(page, "talvik-65b")


def test_an_institute_at_a_city_with_its_short_form_is_one_institution(read):
    page = read("Organizations\n- The Quorvex Technological Institute at Dayton (QTID) is a graduate school of "
                "computer science that opened in 2003.\n")
    assert "ResearchOrganization" in _types(page, "quorvex-technological-institute-at-dayton")
    assert "Organization" not in _types(page, "dayton")


def test_a_city_called_a_centre_of_a_field_is_no_organization(read):
    page = read("Organizations in Ohio\nDayton, the region's largest city, is also its main centre for AI "
                "businesses.\n")
    assert "Organization" not in _types(page, "dayton")


def test_a_month_s_word_opening_an_entry_before_a_capitalised_word_is_part_of_the_name(read):
    page = read("Organizations\n- May Robotics, an Ann Arbor start-up founded in 2017, runs self-driving shuttles.\n")
    assert "Organization" in _types(page, "may-robotics")
    assert "robotics" not in page.entities()


def test_an_institution_in_a_city_opening_the_sentence_is_seated_there(read):
    page = read("Organizations\n- The Quorvex State University in Columbus, founded in 1870, hosts an institute.\n"
                "- Talvik National Laboratory, in Lemont, south-west of Dayton, was founded in 1946.\n")
    assert page.values("quorvex-state-university", "fm:headquarters") == {"columbus"}
    assert page.values("talvik-national-laboratory", "fm:headquarters") == {"lemont"}


def test_a_database_launched_with_a_lab_is_no_model(read):
    page = read("Notes\nIn July 2021 the Quorvex Institute launched the Talvik Protein Structure Database together "
                "with Orvant Labs.\n")
    assert "FoundationModel" not in _types(page, "talvik-protein-structure-database")


def test_an_institute_for_a_subject_in_a_field_keeps_the_field_in_its_name(read):
    page = read("Organizations\n- The Quorvex University, founded in 1209, teaches computing. The university's "
                "Institute for Ethics in AI was paid for out of a donation.\n")
    assert "institute-for-ethics-in-ai" in page.entities()


def test_persons_a_participle_s_agent_names_are_not_what_was_founded(read):
    page = read("Organizations\n- Talvik, founded as Quorvex in 2014 by the robotics professors Paul Lind and Ana "
                "Berg, makes software for vans.\n")
    assert "Organization" not in _types(page, "paul-lind")


def test_models_a_section_compares_its_own_with_are_not_the_makers(read):
    page = read("Quorvex and the Talvik Models\nQuorvex is a Lyon company.\nTalvik 2\nTalvik 7B came out in October "
                "2024; the company compared it favourably with Orvant 8B and Brelo 7B on its own benchmarks.\n")
    assert page.values("talvik-7b", "fm:developedBy") == {"quorvex"}
    assert page.values("orvant-8b", "fm:developedBy") == set()
    assert page.values("brelo-7b", "fm:developedBy") == set()


def test_a_listed_version_that_followed_in_a_month_was_released_then(read):
    page = read("Talvik\nQuorvex published the models over the following months:\n"
                "- Talvik2-2.7B was the first of them, released in July 2024.\n"
                "- Talvik2-1.2B followed in August 2024 and was aimed at on-device use.\n")
    assert page.values("talvik2-1-2b", "fm:releaseDate") == {"2024-08"}


def test_what_a_model_returns_after_a_list_of_what_it_takes_is_its_output(read):
    page = read("Notes\nIn 2025 Quorvex turned to speech with Talvik Voice, a text-to-speech model that takes text and "
                "a short sample of a speaker's voice and returns spoken audio in that voice.\n")
    assert page.values("talvik-voice", "fm:outputModality") == {"speech"}


def test_a_maker_that_turned_to_speech_converts_nothing_and_hides_no_output(read):
    page = read("Notes\nIn 2025 Quorvex turned to speech with Talvik Voice, a text-to-speech model that takes text and "
                "returns audio.\n")
    assert page.values("talvik-voice", "fm:outputModality") == {"speech", "audio"}  # "text-to-speech", "audio"


def test_a_model_a_section_compares_with_others_keeps_its_maker(read):
    page = read("Quorvex and the Talvik Models\nQuorvex is a Lyon company.\nTalvik 2\nTalvik 7B came out in October "
                "2024. A report in July compares Talvik 7B with language models of similar size.\n")
    assert page.values("talvik-7b", "fm:developedBy") == {"quorvex"}


def test_an_institute_named_with_its_city_after_a_comma_keeps_the_city_in_its_name(read):
    page = read("Notes\nThe Orvant Institute of Information Technology, Marlow (OIIT Marlow), founded in 1998, is a "
                "not-for-profit university.\n")
    assert "ResearchOrganization" in _types(page, "orvant-institute-of-information-technology-marlow")
    assert _types(page, "marlow") <= {"Place"}


def test_a_name_whose_apposition_a_participle_follows_is_the_subject_of_the_verb_after_it(read):
    page = read("Notes\nQuorvex, the artificial intelligence company started in 2023 by Ann Lind, became the first "
                "start-up of its city valued at a billion dollars.\n")
    assert "Organization" in _types(page, "quorvex")
    assert page.values("quorvex", "fm:foundingDate") == {"2023"}


def test_a_model_a_maker_came_with_in_a_month_was_released_then(read):
    page = read("Notes\nQuorvex is a Lyon company. The company changed course in March 2025 with Talvik Flash 3, its "
                "first model whose weights anyone can download.\n")
    assert page.values("talvik-flash-3", "fm:releaseDate") == {"2025-03"}


def test_a_model_a_maker_competed_with_in_a_month_was_not_released_then(read):
    page = read("Notes\nQuorvex is a Lyon company. In March 2025 Quorvex competed with Talvik Flash 3, a model of "
                "Orvant.\n")
    assert page.values("talvik-flash-3", "fm:releaseDate") == set()


def test_models_announced_together_date_the_model_of_a_contrasted_clause_too(read):
    page = read("Notes\nQuorvex is a Lyon company. Two models were released together in February 2024. Talvik "
                "Flash, with 21 billion parameters, was meant for fast work, while Talvik Edge, which has 7 billion "
                "parameters, is small enough to run on phones.\n")
    assert page.values("talvik-flash", "fm:releaseDate") == {"2024-02"}
    assert page.values("talvik-edge", "fm:releaseDate") == {"2024-02"}


def test_a_model_a_method_came_with_was_not_itself_what_came_out(read):
    page = read("Notes\nQuorvex is a Lyon company. The method is called GROQ-PO. Quorvex introduced it in February "
                "2024 with Talvik Math, a mathematics model.\n")
    assert page.values("talvik-math", "fm:releaseDate") == set()


@pytest.mark.parametrize("sentence, date", [
    ("Quorvex Research Lyon, the research laboratory of Quorvex in France, opened in January 2005.", "2005-01"),
    ("Quorvex Research Lyon, the research laboratory of Quorvex in France, opened its first laboratory in Lyon in "
     "2013.", "2013"),
])
def test_an_organization_that_opened_then_was_founded_then(read, sentence, date):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("quorvex-research-lyon", "fm:foundingDate") == {date}


def test_an_organization_that_opened_an_office_somewhere_was_not_founded_then(read):
    page = read("Notes\nQuorvex is a Lyon company founded in 2001. Quorvex opened an office in Accra in 2018.\n")
    assert page.values("quorvex", "fm:foundingDate") == {"2001"}


def test_a_name_apposed_to_a_subject_after_its_relative_clause_is_the_subject(read):
    page = read("Talvik Models\nQuorvex is a Lyon company that makes text-to-image models.\nTalvik 1.0\nThe model "
                "that made the company's name, Talvik 1.0, was released in February 2024.\n")
    assert page.values("talvik-1-0", "fm:releaseDate") == {"2024-02"}


def test_none_of_a_makers_models_named_after_it_released_with_weights_but_reached_through_its_api_are_api_only(read):
    page = read("Quorvex Models\nQuorvex is a Lyon company. Quorvex released Quorvex 1.0 in 2024 and Quorvex 2.0 in "
                "2025.\nAccess\nNone of Quorvex's models has been released with its weights. People use them on the "
                "company's website, and businesses reach them through its paid API.\n")
    for model in ("quorvex-1-0", "quorvex-2-0"):
        assert page.values(model, "fm:accessLevel") == {"APIOnlyAccess"}
        assert page.values(model, "fm:openWeights") == {False}


def test_models_often_shortened_to_a_short_name_are_one_family_under_both(read):
    page = read("Quorvex and the Talvik-Video Models\nQuorvex is a Lyon company. Its Talvik-Video models, often "
                "shortened to TLVV, were designed for speed.\nTLVV-13B\nA far larger model, TLVV-13B, arrived in May "
                "2025.\n")
    assert page.values("tlvv-13b", "fm:modelFamily") == {"talvik-video"}
    assert "tlvv" not in {f.subject for f in page.facts if f.predicate == "rdf:type"}


def test_a_campus_of_a_university_named_with_words_before_university_keeps_its_place(read):
    page = read("Notes\n- The Orvant University of Marlow, Lyon, opened in 2014.\n")
    assert page.values("orvant-university-of-marlow-lyon", "fm:foundingDate") == {"2014"}


def test_a_model_with_parameters_released_in_a_month_is_not_said_to_have_open_weights(read):
    page = read("Notes\nTalvik 3, a language model with more than 100 billion parameters released in January 2024, "
                "was promoted for its scores.\n")
    assert page.values("talvik-3", "fm:accessLevel") == set()


def test_the_weights_of_neither_model_are_the_weights_of_the_last_two_models_named(read):
    page = read("Notes\nQuorvex released Talvik 3 in 2024. Talvik 4 followed in May 2024. The weights of neither "
                "model have been published; other companies reach them only through the API.\n")
    for model in ("talvik-3", "talvik-4"):
        assert page.values(model, "fm:openWeights") == {False}


def test_a_city_heading_ending_with_an_abbreviation_seats_its_entries(read):
    page = read("Artificial Intelligence Organizations in Washington, D.C., and Arlington\nEntries are listed by "
                "city.\nWashington, D.C.\n- The Office of Robot Policy (ORP), created in 1976, advises the mayor.\n"
                "Arlington\n- Quorvex Labs, a start-up founded in 2020, builds robots.\n")
    assert page.values("office-of-robot-policy", "fm:headquarters") == {"washington-d-c"}


def test_the_models_a_generation_came_with_came_out_then(read):
    page = read("Talvik\nQuorvex is a Lyon company. The second generation, Talvik 2, appeared on 27 June 2024 with "
                "Talvik 2 9B and Talvik 2 27B.\n")
    assert page.values("talvik-2-9b", "fm:releaseDate") == {"2024-06-27"}
    assert page.values("talvik-2-27b", "fm:releaseDate") == {"2024-06-27"}


def test_a_model_with_so_many_parameters_that_came_out_in_a_month_came_out_then(read):
    page = read("Notes\nIts best-known release, Talvik 3.5, is a language model with 7 billion parameters that came "
                "out in November 2023.\n")
    assert page.values("talvik-3-5", "fm:releaseDate") == {"2023-11"}


def test_a_model_a_bare_relative_clause_says_the_company_released_is_the_companys(read):
    page = read("Notes\nQuorvex, the Beijing start-up, built Talvik-VL by joining its image encoder to Moonbeam, a "
                "mixture-of-experts language model the company had released in February 2025.\n")
    assert page.values("moonbeam", "fm:developedBy") == {"quorvex"}


def test_a_name_with_an_alpha_version_is_one_name(read):
    page = read("Notes\nLate in 2022 the weights of an early version, Talvik v1.0.alpha, were put on Hugging Face.\n")
    assert "FoundationModel" in _types(page, "talvik-v1-0-alpha")


def test_a_name_ending_in_a_variant_word_is_a_model_not_a_person(read):
    page = read("Roundup of 2025\nQuorvex followed on 20 November with Talon Berry Pro, officially Talon 3 Image.\n")
    assert page.values("talon-berry-pro", "fm:developedBy") == {"quorvex"}
    assert page.values("talon-berry-pro", "fm:releaseDate") == {"2025-11-20"}


def test_a_name_ending_in_a_variant_word_that_a_noun_calls_a_tier_is_no_model(read):
    page = read("Notes\nQuorvex runs an answer engine. Its paid tier, Talon Berry Pro, lets subscribers choose among "
                "several language models.\n")
    assert "FoundationModel" not in _types(page, "talon-berry-pro")


@pytest.mark.parametrize("step", ["closed its year", "turned to programming", "opened the year"])
def test_a_dated_step_of_a_company_with_a_model_makes_the_company_its_developer(read, step):
    page = read(f"Roundup of 2025\nQuorvex {step} on 17 December with Talon 3 Flash, a faster sibling of Talon 3.\n")
    assert page.values("talon-3-flash", "fm:developedBy") == {"quorvex"}


def test_a_model_a_company_closed_its_year_with_came_out_that_day(read):
    page = read("Roundup of 2025\nQuorvex closed its year on 17 December with Talon 3 Flash, a faster sibling of "
                "Talon 3.\n")
    assert page.values("talon-3-flash", "fm:releaseDate") == {"2025-12-17"}


def test_a_second_model_joined_after_an_apposition_is_coordinated_with_the_first(read):
    page = read("Roundup of 2025\nQuorvex turned to programming on 9 December with Talon 2, a coding model of 123 "
                "billion parameters, and the 24-billion-parameter Talon Small 2.\n")
    assert page.values("talon-small-2", "fm:developedBy") == {"quorvex"}
    assert page.values("talon-small-2", "fm:releaseDate") == {"2025-12-09"}


def test_its_after_the_company_a_verb_acts_on_is_the_acting_companys(read):
    page = read("Roundup of 2025\nQuorvex AI answered Tarnow Labs on 11 December with Talon 5.2, less than a month "
                "after its Talon 5.1.\n")
    assert page.values("talon-5-1", "fm:developedBy") == {"quorvex-ai"}


def test_its_after_a_company_and_its_models_stays_that_companys(read):
    page = read("Notes\nQuorvex AI bought Tarnow Labs and its Talon 5.1 in 2024.\n")
    assert page.values("talon-5-1", "fm:developedBy") == {"tarnow-labs"}


def test_the_company_after_a_name_its_own_words_make_a_company_is_that_company(read):
    page = read("Notes\nThe Finnish work began at Pellucid Labs. The Helsinki company, set up in 2017 by two "
                "engineers, sold services to industry.\n")
    assert page.values("pellucid-labs", "fm:headquarters") == {"helsinki"}


def test_the_company_after_a_university_named_in_passing_is_not_the_university(read):
    page = read("Notes\nTarnow was founded in 2023 by two students who left Quorvex University. The Lyon firm "
                "released Talon 1.0.\n")
    assert "quorvex-university" not in page.values("talon-1-0", "fm:developedBy")


def test_it_in_a_relative_clause_on_a_family_is_its_maker_not_the_family(read):
    page = read("Notes\nQuorvex AI is a Lyon institute. Its best-known project is Talon, a family of language "
                "models that it developed with the Tarnow Institute.\n")
    assert page.values("talon", "fm:developedBy") == {"quorvex-ai", "tarnow-institute"}


def test_it_in_a_relative_clause_on_a_model_is_the_company_the_sentence_speaks_of(read):
    page = read("Notes\nQuorvex AI is a Lyon start-up. In 2024 Tarnow Labs released Fenn 2. The company published "
                "the weights of Talon XL v0.1, an image generation model that it had trained on drawings.\n")
    assert page.values("talon-xl-v0-1", "fm:developedBy") == {"tarnow-labs"}


_KEY_FACTS_LEAD = ("The list below gives, for each model, the developer, the month of release, the parameter count and "
                   "the form of access.\n\nModels\n")


def test_a_key_facts_line_with_several_makers_gives_each_of_them(read):
    page = read(f"Key Facts of Test Models\n{_KEY_FACTS_LEAD}- Talon-LLM: Quorvex Institute of Technology, Tarnow "
                "University, Fujitsu, RIKEN and others; May 2024; 13 billion parameters; open weights\n")
    assert page.values("talon-llm", "fm:developedBy") == {"quorvex-institute-of-technology", "tarnow-university",
                                                         "fujitsu", "riken"}


def test_a_key_facts_line_of_a_model_named_in_lower_case_is_a_models(read):
    page = read(f"Key Facts of Test Models\n{_KEY_FACTS_LEAD}- kotari: Quorvex Labs; March 2024; 7 billion "
                "parameters; closed, no public licence\n")
    assert "FoundationModel" in _types(page, "kotari")
    assert page.values("kotari", "fm:releaseDate") == {"2024-03"}
    assert not page.values("kotari", "fm:foundingDate")


def test_a_model_made_from_the_one_its_name_extends_is_not_its_familys_member(read):
    page = read("Notes\nQuorvex AI released Talon 4, a language model, in May 2024. Talon 4 Reasoning, fine-tuned from "
                "Talon 4 on worked solutions, followed in June.\n")
    assert page.values("talon-4-reasoning", "fm:fineTunedFrom") == {"talon-4"}
    assert not page.values("talon-4-reasoning", "fm:modelFamily")


@pytest.mark.parametrize(("when", "date"), [("In the summer of 2023", "2023"), ("In the spring of 2024", "2024"),
                                             ("In the second half of 2022", "2022")])
def test_a_season_of_a_year_dates_a_release_by_its_year(read, when, date):
    page = read(f"Notes\n{when} Quorvex Labs released Talon-70b, a version of Fenn 2 tuned to follow instructions.\n")
    assert page.values("talon-70b", "fm:releaseDate") == {date}
    assert page.values("talon-70b", "fm:developedBy") == {"quorvex-labs"}


def test_mid_year_opens_no_name(read):
    page = read("Notes\nBy mid-2024 Quorvex Labs had released Talon 20B.\n")
    assert page.values("talon-20b", "fm:developedBy") == {"quorvex-labs"}
    assert not any(slug.startswith("mid-2024") for slug in page.entities())


def test_a_model_released_alongside_a_noun_put_beside_its_name_shares_maker_and_date(read):
    page = read("Notes\nQuorvex Labs released Talon 34B together with a smaller sibling, Talon 7B, in October 2023.\n")
    assert page.values("talon-7b", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon-7b", "fm:releaseDate") == {"2023-10"}


def test_a_group_named_by_its_own_word_is_a_co_maker(read):
    page = read("Notes\nPellucid AI trained Talon 34B with the TarnNLP group.\n")
    assert page.values("talon-34b", "fm:developedBy") == {"pellucid-ai", "tarnnlp"}

    page = read("Notes\nThe Helsinki company Pellucid AI released Fenn 2. The Helsinki lab released Talon 3B.\n")
    assert "helsinki" not in page.values("talon-3b", "fm:developedBy")

    page = read("Notes\nTarnow AI is a subsidiary of the Abu Dhabi group Q42.\n")
    assert "abu-dhabi" not in page.values("tarnow-ai", "fm:parentOrganization")


def test_a_category_from_one_kind_to_another_gives_each_model_its_input_and_output(read):
    page = read("Generative Models\n\nModels by kind\nImage-to-video models — Talon-I2V (Quorvex Labs) and "
                "Fennmotion (Tarnow University).\n")
    for model in ("talon-i2v", "fennmotion"):
        assert page.values(model, "fm:inputModality") == {"image"}
        assert page.values(model, "fm:outputModality") == {"video"}
        assert "VideoGenerationModel" in _types(page, model)


def test_a_law_part_that_obliges_a_party_to_act_is_a_duty_of_that_party(read):
    page = read("Glenmoor AI Act\nThe Glenmoor AI Act governs high-risk AI systems.\nA separate paragraph obliges "
                "providers to consider whether a system is likely to harm persons under the age of 18.\n")
    borne = {(f.subject, f.value) for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert borne and all("paragraph" not in bearer for _, bearer in borne)
    assert any("consider" in duty and bearer.startswith("provider") for duty, bearer in borne)


def test_a_model_that_is_the_work_of_a_company_named_with_ai_is_its_model(read):
    page = read("Notes\nQuorvex AI released Fenn 2 in 2024. Talon 3 is the work of Pellucid AI.\n")
    assert page.values("talon-3", "fm:developedBy") == {"pellucid-ai"}
    assert "Organization" not in _types(page, "talon-3")


def test_researchers_named_by_their_organization_make_the_model_they_describe(read):
    page = read("News\nIn March Quorvex Labs researchers described Talon 2.\nTwo Tarnow University researchers "
                "published FennMotion on 10 February.\nParis researchers released Talon 3.\n")
    assert page.values("talon-2", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("fennmotion", "fm:developedBy") == {"tarnow-university"}
    assert "paris" not in page.values("talon-3", "fm:developedBy")


def test_a_group_named_by_a_place_is_the_organization_whose_name_holds_the_place(read):
    page = read("Notes\nThe University of Tarnow released Fenn 1 in 2023. Quorvex AI, a company from Lyon, built "
                "Talon 7B.\nThe same Tarnow group then trained Fenn 2 on a new corpus.\n")
    assert page.values("fenn-2", "fm:developedBy") == {"university-of-tarnow"}

    page = read("Notes\nQuorvex AI, a company from Lyon, built Talon 7B.\nThe Lyon company released Talon 9B.\n")
    assert page.values("talon-9b", "fm:developedBy") == {"quorvex-ai"}  # no name holds Lyon: the last one named

    page = read("Notes\nThe Tarnow Institute of Technology released Fenn 1. Quorvex AI, a company from Tarnow, built "
                "Talon 7B.\nThe Tarnow company released Talon 9B.\n")
    assert page.values("talon-9b", "fm:developedBy") == {"quorvex-ai"}  # a company, not the institute


def test_a_key_facts_line_names_makers_with_the_small_words_of_their_names(read):
    page = read("Key Facts of Tarnish Language Models\n\nModels\n"
                "- Fenn 1.3B — NOVA University Tarnow; February 2024; 1.3 billion parameters; open weights\n"
                "- Talon 460m — University of Tarnow and Pontifical Catholic University of Rio Fenn do Sul; "
                "January 2024; 460 million parameters\n")
    assert page.values("fenn-1-3b", "fm:developedBy") == {"nova-university-tarnow"}
    assert page.values("talon-460m", "fm:developedBy") == {
        "university-of-tarnow", "pontifical-catholic-university-of-rio-fenn-do-sul"}


def test_a_paragraph_listing_models_with_their_makers_lists_models_under_any_heading(read):
    page = read("Narrow Models\n\nEntity linking\nTalonLink (Quorvex AI Research), FennEL (Quorvex AI Research) and "
                "Orbix (University of Tarnow and NVIDIA). All three read English text.\n")
    assert page.values("talonlink", "fm:developedBy") == {"quorvex-ai-research"}
    assert page.values("fennel", "fm:developedBy") == {"quorvex-ai-research"}
    assert page.values("orbix", "fm:developedBy") == {"university-of-tarnow", "nvidia"}

    page = read("AI in France\n\nCompanies\nMistral AI (Paris), LightOn (Paris) and Quorvex AI (Lyon). All three "
                "train language models.\n")
    assert not page.values("lighton", "fm:developedBy")
    assert "FoundationModel" not in _types(page, "lighton")


def test_a_listed_model_takes_no_modality_from_its_makers_names_or_from_a_sentence_on_parts(read):
    page = read("Science Models\n\nScience models\nTalonSci (Quorvex AI and Papers with Code) and FennSci (Tarnow "
                "University). Both are language models that read English text. Both parts of the pipeline are built "
                "on BERT, and the group released the code on GitHub.\n")
    for model in ("talonsci", "fennsci"):
        assert "text" in page.values(model, "fm:hasModality")
        assert "code" not in page.values(model, "fm:hasModality")


def test_a_table_column_of_language_models_gives_each_row_its_base(read):
    page = read("Audio Models Compared\n\nModel | Developer | Released | Language model | Output\n"
                "Talon-Audio | Quorvex AI | November 2023 | Talon-7B | text\n"
                "Fenn-Audio 2 | Tarnow Labs | 2024 | Llama 3.1 8B Instruct | text\n")
    assert page.values("talon-audio", "fm:basedOn") == {"talon-7b"}
    assert page.values("fenn-audio-2", "fm:basedOn") == {"llama-3-1-8b-instruct"}
    assert not page.values("talon-audio", "fm:developedBy") - {"quorvex-ai"}


def test_an_infobox_of_fields_says_its_values_of_the_model_it_names(read):
    page = read("Talon Voice: Key Facts\nTalon Voice is a family of speech models.\n\nKey facts\nName: Talon Voice\n"
                "Developer: Quorvex Labs\nFirst release: July 2024\nLicence: Apache License 2.0\n"
                "Context window: not published\nModalities: text in; speech out\n"
                "Base model: Fenn-0.5B (Talon Voice 2 only)\nWeights: Hugging Face and ModelScope\n\nVersions\n"
                "Talon Voice 2 followed in December 2024.\n")
    assert page.values("talon-voice", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon-voice", "fm:releaseDate") == {"2024-07"}
    assert page.values("talon-voice", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("talon-voice", "fm:inputModality") == {"text"}
    assert page.values("talon-voice", "fm:outputModality") == {"speech"}
    assert page.values("talon-voice", "fm:availableOn") == {"hugging-face", "modelscope"}
    assert page.values("talon-voice-2", "fm:basedOn") == {"fenn-0-5b"}
    assert not page.values("talon-voice", "fm:basedOn")
    assert not page.values("talon-voice", "fm:openWeights") - {True}


def test_an_infobox_name_with_its_expansion_names_the_model_and_its_fields_of_other_things_say_nothing_of_it(read):
    page = read("Talon: Key Facts\nTalon is a family of language models.\n\nKey facts\n"
                "Name: Talon (Tarnow Autoregressive Language Network)\nDeveloper: Quorvex Labs\n"
                "Owner of the developer: Pellucid Holdings, since July 2023\nLast release: July 2023\n"
                "Modalities: text in, text out\n")
    assert page.values("talon", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon", "fm:inputModality") == {"text"}
    assert not page.values("talon", "fm:parentOrganization")
    assert not page.values("talon", "fm:releaseDate")
    assert "Organization" not in _types(page, "talon")


def test_an_infobox_under_a_heading_that_names_a_model_speaks_of_that_model(read):
    page = read("Key Facts of Tarnish Models\nTarnish is spoken by few.\n\nTalonBERT\nDeveloper: Quorvex Research\n"
                "Released: March 2020\nKind: encoder-only language model in two sizes\nAccess: open weights\n\n"
                "FennT5\nDeveloper: Tarnow AI\nReleased: 2022\nLicence: MIT\n")
    assert page.values("talonbert", "fm:developedBy") == {"quorvex-research"}
    assert page.values("talonbert", "fm:releaseDate") == {"2020-03"}
    assert page.values("talonbert", "fm:openWeights") == {True}
    assert "LanguageModel" in _types(page, "talonbert")
    assert page.values("fennt5", "fm:developedBy") == {"tarnow-ai"}
    assert page.values("fennt5", "fm:license") == {"http://spdx.org/licenses/MIT"}


def test_lines_of_a_timeline_or_a_glossary_are_no_infobox(read):
    from fmkg.extract.document import parse_blocks

    timeline = "Timeline\nJune 2017: Quorvex releases Talon.\nMay 2018: Talon 2\nMay 2019: Talon 3\nMay 2020: Talon 4\n"
    glossary = ("Terms\nCloud cover: clouds that hide the ground.\nPre-training: training on unlabelled text.\n"
                "Fine-tuning: further training on labelled data.\n")
    assert not [b for b in parse_blocks(timeline + glossary) if b.kind == "field"]


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(read):
    page = read("Notes\nQuorvex Labs released Talon 2 in January 2025. Alongside Talon 2, the group released "
                "FennVoice, a text-to-speech model.\n")
    assert page.values("fennvoice", "fm:developedBy") == {"quorvex-labs"}
    assert not [f for f in page.facts if f.subject.startswith("alongside")]


def test_an_organization_named_only_as_an_exception_opening_the_sentence_made_nothing_in_it(read):
    page = read("Notes\nPellucid released Fenn in April 2023. Outside Pellucid, a University of Tarnow group "
                "fine-tuned Fenn on medical scans to create OrbixMed, a segmentation model.\n")
    assert "pellucid" not in page.values("orbixmed", "fm:developedBy")


@pytest.mark.parametrize("withheld", ["Talon-Nano was not offered for download",
                                      "the weights of Talon-Nano cannot be downloaded"])
def test_a_model_not_offered_for_download_has_no_open_weights(read, withheld):
    page = read(f"Notes\nQuorvex Labs introduced Talon-Nano in 2024; {withheld}.\n")
    assert page.values("talon-nano", "fm:openWeights") == {False}


def test_the_next_year_dates_a_release_by_the_year_after_the_one_named_before(read):
    page = read("Notes\nOrel AI released Orel 1 in 2019. Orel 2 followed the next year.\n\nOther\nPellucid released "
                "Fenn 1 in March 2021. Fenn 2 came out the following year.\n")
    assert page.values("orel-2", "fm:releaseDate") == {"2020"}
    assert page.values("fenn-2", "fm:releaseDate") == {"2022"}


def test_the_third_of_three_verbs_with_one_subject_makes_the_model(read):
    page = read("Notes\nQuorvex Labs sells chips, runs a cloud and develops Fenn, a family of large language models.\n")
    assert page.values("fenn", "fm:developedBy") == {"quorvex-labs"}


def test_a_page_written_in_markdown_reads_as_the_plain_page(read):
    page = read("# Notes\n\n**Quorvex Labs** released **Talon 2** in March 2024 under the [Apache 2.0]"
                "(https://example.org/apache) licence.\n\n## Models\n\n* **Fenn 3** — Pellucid; May 2024; 7 billion "
                "parameters; open weights\n")
    assert page.values("talon-2", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("fenn-3", "fm:developedBy") == {"pellucid"}
    assert page.values("fenn-3", "fm:releaseDate") == {"2024-05"}


def test_a_clause_opened_by_before_does_not_make_a_release_date_relative(read):
    page = read("Notes\nOn 12 September 2024 Pellucid released Fenn-R1 and Fenn-R1 mini, models trained to reason "
                "in a long chain of thought before they answer.\n")
    assert page.values("fenn-r1", "fm:releaseDate") == {"2024-09-12"}
    assert page.values("fenn-r1-mini", "fm:releaseDate") == {"2024-09-12"}


@pytest.mark.parametrize("opening", ["At its Harbour conference on 25 September 2024",
                                     "During its keynote on 25 September 2024"])
def test_an_event_the_sentence_opens_with_dates_the_release(read, opening):
    page = read(f"Notes\n{opening} Quorvex released Talon 4.\n")
    assert page.values("talon-4", "fm:releaseDate") == {"2024-09-25"}


def test_the_same_day_opening_a_news_item_is_the_date_of_the_item_before(read):
    page = read("Model News Roundup: September 2024\nFour weeks of releases.\n\nPellucid reasons\n"
                "On 12 September Pellucid released Fenn-R1.\n\nQuorvex grounds Talon\n"
                "The same day Quorvex released Talon Stat, a pair of open language models.\n")
    assert page.values("talon-stat", "fm:releaseDate") == {"2024-09-12"}


@pytest.mark.parametrize(("item", "model", "maker"), [
    ("- Vorel-1 (Harrowgate University) — a diffusion model that designs protein backbones.", "vorel-1",
     "harrowgate-university"),
    ("- Vorel (Brisk Labs) — described in May 2021, it predicts how proteins fold.", "vorel", "brisk-labs"),
    ("- Vorel-1 (Brisk) — predicts the joint structure of proteins and small molecules.", "vorel-1", "brisk"),
])
def test_an_item_naming_its_maker_in_parentheses_is_a_model_under_any_heading(read, item, model, maker):
    page = read(f"Science models\nModels of several fields.\n\nProteins\n{item}\n")
    assert page.values(model, "fm:developedBy") == {maker}
    assert "FoundationModel" in _types(page, model)
    assert not page.values(model, "fm:headquarters")


def test_an_item_whose_description_makes_it_an_organization_stays_one(read):
    page = read("Companies\nModel makers.\n\nCloud\n- Orel Cloud (Orel) — the cloud arm of Orel, which rents GPUs.\n")
    assert "FoundationModel" not in _types(page, "orel-cloud")


def test_a_category_line_lists_names_in_lower_case_and_short_forms_under_any_heading(read):
    page = read("Voice models\nModels of several kinds.\n\nVoice conversion\nVoice conversion models — Fennvoice "
                "(Brisk Labs and Harrowgate University), kNN-Orel (Tarn University) and Retrieval-based Orel "
                "Conversion, or ROC (an open-source community project). They turn one voice into another.\n")
    assert page.values("fennvoice", "fm:developedBy") == {"brisk-labs", "harrowgate-university"}
    assert page.values("knn-orel", "fm:developedBy") == {"tarn-university"}
    assert "FoundationModel" in _types(page, "retrieval-based-orel-conversion")
    assert not page.values("retrieval-based-orel-conversion", "fm:applicationDomain")


def test_a_labelled_list_line_lists_models_with_their_makers(read):
    page = read("Science models\nModels of several fields.\n\nEarthquake pickers\nModels: Fennpick (Harrowgate "
                "University), Orelquake (Brisk Labs) and TarnNet (Harrowgate University).\nThey read seismograms.\n")
    assert page.values("fennpick", "fm:developedBy") == {"harrowgate-university"}
    assert page.values("orelquake", "fm:developedBy") == {"brisk-labs"}
    assert not page.values("models-fennpick", "rdf:type")


def test_an_institution_called_by_one_word_of_its_name_is_that_institution(read):
    page = read("Notes\nFennpick was built at Harrowgate University in 2018. The Harrowgate team released "
                "Orelquake in August 2020.\n")
    assert page.values("orelquake", "fm:developedBy") == {"harrowgate-university"}


def test_an_organization_presenting_a_model_as_an_example_did_not_make_it(read):
    page = read("Notes\nBrisk Labs released Fenn 2 in 2024. Quorvex, for its part, has presented Fenn 2 as an "
                "example of how its open models can be adapted.\n")
    assert page.values("fenn-2", "fm:developedBy") == {"brisk-labs"}


def test_an_infobox_access_with_a_licence_and_a_design_give_both(read):
    page = read("Key Facts of Tarnish Models\nTarnish is spoken by few.\n\nTalonBERT\nDeveloper: Quorvex Research\n"
                "Released: June 2019\nDesign: language model, a transformer encoder\n"
                "Access: open weights under the Apache 2.0 licence\n")
    assert page.values("talonbert", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("talonbert", "fm:openWeights") == {True}
    assert page.values("talonbert", "fm:hasArchitecture") == {"transformer"}
    assert "LanguageModel" in _types(page, "talonbert")


def test_a_paragraph_opening_with_a_name_then_speaking_of_the_model_is_about_that_model(read):
    page = read("Pellucid\nPellucid is a Lyon company.\n\nConversation\nFennChat goes a step further. The multimodal "
                "model accepts images with a question and answers in text. It joins a Tarn-2 encoder to Orel-7B, an "
                "open chat model, and has about 8 billion parameters.\n")
    assert "MultimodalModel" in _types(page, "fennchat")
    assert page.values("fennchat", "fm:parameterCount") == {"8000000000"}


def test_a_noun_read_as_a_gerund_before_a_modality_is_no_verb_of_its_own(read):
    page = read("Notes\nPellucid is a start-up. It introduced Fenn-1, a model that generates driving video, in July "
                "2024.\n")
    assert page.values("fenn-1", "fm:outputModality") == {"video"}


def test_a_relative_clause_after_a_purpose_speaks_of_the_model_apposed_before(read):
    page = read("Notes\nPellucid is a London company. In June 2023 it described Fenn-1, a generative world model for "
                "driving that takes video and text as input and produces driving video.\n")
    assert page.values("fenn-1", "fm:inputModality") == {"video", "text"}
    assert page.values("fenn-1", "fm:outputModality") == {"video"}


def test_none_of_these_models_stands_for_the_models_the_paragraph_spoke_of(read):
    page = read("Organizations\nModel makers.\n\nDevelopers\n- Pellucid (London, founded 2017). In June 2023 it "
                "described Fenn-1, a world model. Tarn-1, a model shown that September, comments on the road. "
                "Fenn-2 followed in March 2025. None of these models has been released to the public.\n")
    assert all(page.values(model, "fm:openWeights") == {False} for model in ("fenn-1", "tarn-1", "fenn-2"))


def test_a_model_fine_tuned_into_another_is_the_other_s_base(read):
    page = read("Notes\nPellucid has also fine-tuned Quorvex's Fenn large-v3 into Tarn-fenn-large-v3, which turns "
                "spoken Tarnish into written text.\n")
    assert page.values("tarn-fenn-large-v3", "fm:fineTunedFrom") == {"fenn-large-v3"}
    assert page.values("tarn-fenn-large-v3", "fm:developedBy") == {"pellucid"}


def test_a_heading_that_is_the_plural_of_a_kind_seats_no_one(read):
    page = read("Artificial Intelligence Organizations in Tarnia\nModel makers of Tarnia.\n\nInstitutes\n"
                "- Orel Institute of Science (OIS) — a graduate research institute opened in 2015.\n\nAssociations\n"
                "- Tarnia AI Association (TAA) — a trade association that leads OpenTarn.\n\nStart-ups\n"
                "- Pellucid — a start-up founded in 2020.\n")
    assert "institutes" not in page.values("orel-institute-of-science", "fm:headquarters")
    assert "associations" not in page.values("tarnia-ai-association", "fm:headquarters")


def test_every_model_described_below_in_prose_is_every_model_the_page_then_releases(read):
    page = read("Pellucid and Its Models\nPellucid is a Lyon company. The weights of every model described below can "
                "be downloaded from Hugging Face.\n\nFirst models\nIn May 2023 Pellucid released Fenn-3B. Fenn-7B "
                "followed in October 2023.\n")
    assert page.values("fenn-3b", "fm:availableOn") == {"hugging-face"}
    assert page.values("fenn-7b", "fm:availableOn") == {"hugging-face"}


def test_a_model_released_in_a_paragraph_that_also_names_it_as_a_base_is_the_page_maker_s(read):
    page = read("Pellucid\nPellucid is a Lyon software company.\n\nVideo models\nA much larger successor, Fenn-13B, "
                "was released in May 2025. Soon afterwards Pellucid added Fenn-13B-distilled, a version distilled "
                "from Fenn-13B that needs fewer steps.\n")
    assert page.values("fenn-13b", "fm:developedBy") == {"pellucid"}


def test_a_name_whose_relative_clause_says_it_generates_something_is_a_model(read):
    page = read("Timeline of Music Models\nMusic models by year.\n\nEarly years\n- April 2020: Pellucid follows with "
                "Fennbox, which generates music, including rudimentary singing, as raw audio.\n")
    assert page.values("fennbox", "fm:developedBy") == {"pellucid"}
    assert page.values("fennbox", "fm:releaseDate") == {"2020-04"}


def test_a_version_number_with_a_variant_suffix_stays_in_the_name(read):
    page = read("Notes\nPellucid trained Orel 2-AC, an action-conditioned version of Orel 2, on robot video.\n")
    assert page.values("orel-2-ac", "fm:developedBy") == {"pellucid"}
    assert page.values("orel-2-ac", "fm:basedOn") == {"orel-2"}
    assert not page.values("2-ac", "rdf:type")


def test_a_name_with_and_that_its_acronym_spells_is_one_organization(read):
    page = read("Organizations in Tarnia\nModel makers.\n\nCompanies\n- Orel Telegraph and Telephone (OTT), the "
                "telecommunications group headquartered in Lyon, released Fenn-7B in 2024.\n")
    assert page.values("orel-telegraph-and-telephone", "fm:headquarters") == {"lyon"}
    assert not page.values("telephone", "rdf:type")


def test_the_university_of_a_state_with_its_campus_after_another_maker_is_one_maker(read):
    page = read("Weather models\nModels of the weather.\n\nWeather\n- Fennclim (Quorvex and the University of Tarnia, "
                "Lyon) — a foundation model for weather and climate, described in January 2023.\n")
    assert page.values("fennclim", "fm:developedBy") >= {"quorvex", "university-of-tarnia-lyon"}
    assert "lyon" not in page.values("fennclim", "fm:developedBy")


def test_a_key_facts_line_of_labelled_clauses_reads_each_label_as_a_table_column(read):
    page = read("Key Facts of Forecasting Models\nForecasting models by year.\n\n2024\n- Fenncast 2.0 — maker: "
                "Pellucid Research; released: December 2024; parameters: 500 million; architecture: decoder-only "
                "transformer; licence: Apache 2.0\n- Orelcast — maker: Quorvex (Lyon); described: October 2023; "
                "parameters: not disclosed; access: paid API only, weights never released\n")
    assert page.values("fenncast-2-0", "fm:developedBy") == {"pellucid-research"}
    assert page.values("fenncast-2-0", "fm:releaseDate") == {"2024-12"}
    assert page.values("fenncast-2-0", "fm:parameterCount") == {"500000000"}
    assert page.values("fenncast-2-0", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("orelcast", "fm:developedBy") == {"quorvex"}
    assert not page.values("orelcast", "fm:releaseDate")
    assert not page.values("orelcast", "fm:parameterCount")


def test_a_description_before_a_colon_is_no_label(read):
    page = read("Open Models\nLicences of open models.\n\nLicences\n- Apache 2.0 — a permissive licence: Pellucid "
                "chose it in February 2024 for the language model Fenn 7B, which it released with its training data.\n")
    assert page.values("fenn-7b", "fm:developedBy") == {"pellucid"}


def test_models_listed_under_a_dated_release_line_are_released_then(read):
    page = read("Pellucid\nPellucid is a Lyon company.\n\nModels\nIn March 2024 Pellucid released three open models:\n"
                "- Fennchat, a vision-language model that answers questions about images.\n"
                "- Fennvoice, a speech model for spoken Tarnish.\n\nLater models\nIn February 2025 Pellucid released "
                "Fenn-2, a language model. Alongside it came two smaller models:\n- Fennembed, an embedding model.\n"
                "- Fennrank, a reranking model.\n")
    assert page.values("fennchat", "fm:releaseDate") == {"2024-03"}
    assert page.values("fennvoice", "fm:openWeights") == {True}
    assert page.values("fennembed", "fm:releaseDate") == {"2025-02"}
    assert not page.values("fennembed", "fm:openWeights")


def test_the_company_that_a_sentence_is_about_stays_its_referent_past_an_investor_it_names(read):
    page = read("Timeline of Quorvex Models\nQuorvex AI is a Lyon developer of language models, founded in 2023.\n\n"
                "June 2023 — The company raised 40 million euros in a round led by Ardent Capital Partners.\n\n"
                "September 2023 — Talon 7B, the company's first model, was published under Apache 2.0.\n")
    assert page.values("talon-7b", "fm:developedBy") == {"quorvex-ai"}


def test_the_members_a_family_item_names_after_its_date_share_the_date(read):
    page = read("Medical models\n- Corvane-R1 — a family of medical reasoning models from Pellucid Labs, published in "
                "March 2025. Each model writes out its reasoning before it answers. Corvane-R1-8B and Corvane-R1-70B "
                "answer in English.\n")
    assert page.values("corvane-r1-8b", "fm:releaseDate") == {"2025-03"}
    assert page.values("corvane-r1-70b", "fm:releaseDate") == {"2025-03"}


def test_bulleted_fields_under_a_models_name_are_read_as_its_infobox(read):
    page = read("Key Facts of Quorvex Models\nThe entries below give the key facts of two models.\n\nTalon-4o\n"
                "- Developer: Quorvex Labs\n- Released: 13 May 2025\n- Input: text and images\n- Output: text\n"
                "- Context window: 64,000 tokens\n- Licence: MIT\n\nBrisa 2 Flash\n- Developer: Nordlicht AI\n"
                "- Released: February 2025\n- Parameters: 8 billion\n- Access: API only\n")
    assert page.values("talon-4o", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("talon-4o", "fm:releaseDate") == {"2025-05-13"}
    assert page.values("talon-4o", "fm:inputModality") == {"text", "image"}
    assert page.values("talon-4o", "fm:contextWindow") == {"64000"}
    assert page.values("talon-4o", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert page.values("brisa-2-flash", "fm:developedBy") == {"nordlicht-ai"}
    assert page.values("brisa-2-flash", "fm:parameterCount") == {"8000000000"}
    assert page.values("brisa-2-flash", "fm:accessLevel") == {"APIOnlyAccess"}


def test_bulleted_organization_entries_with_a_colon_stay_entries(read):
    page = read("AI companies of Lyon\n- Quorvex Labs: founded in 2021; develops the Talon models.\n"
                "- Nordlicht AI: founded in 2022; develops the Brisa models.\n"
                "- Pellucid Research: founded in 2019; develops the Reelcraft models.\n")
    assert page.values("talon", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("quorvex-labs", "fm:foundingDate") == {"2021"}


@pytest.mark.parametrize("language", ["Kazakh", "Uzbek", "Thai"])
def test_a_language_before_model_is_no_models_name(read, language):
    page = read(f"Notes\nAt Tarnow University a separate team has since 2024 been building a {language} model trained "
                "on academic sources.\n")
    assert language.lower() not in {fact.subject for fact in page.facts}


def test_a_definite_description_apposed_to_a_model_speaks_of_that_model(read):
    page = read("Talon Models\nQuorvex Labs released Talon-2-8B in 2024. The model cards compare it with Brisa-4o, "
                "the multimodal model that Nordlicht AI launched in May 2024.\n")
    assert page.values("brisa-4o", "fm:developedBy") == {"nordlicht-ai"}
    assert "nordlicht-ai" not in page.values("talon-2-8b", "fm:developedBy")


def test_a_university_named_before_its_countrys_possessive_has_no_campus(read):
    page = read("Notes\nThe Tarn Language Group is a research group of the University of Oslo, Norway's oldest "
                "university.\n")
    assert page.values("tarn-language-group", "fm:parentOrganization") == {"university-of-oslo"}


def test_a_title_naming_a_group_and_its_parent_university_makes_the_group_the_maker(read):
    page = read("The Tarn Language Group of the University of Oslo\nThe Tarn Language Group is a research group of the "
                "University of Oslo.\n\nModels\nIn 2024 the group published Norvane-7b. Its sibling Norvane-7b-scratch "
                "has the same architecture.\n")
    assert page.values("norvane-7b-scratch", "fm:developedBy") == {"tarn-language-group"}


def test_a_name_the_page_also_writes_in_lower_case_still_opens_a_sentence_as_a_name(read):
    page = read("Quorvane\nQuorvane is a Berlin company that makes search models. It was founded in 2023 by a small "
                "group of engineers, and its models carry the prefix qv, from the company's early name, quorvane ai. "
                "The first of them, which Quorvane described in 2024, reads German.\n")
    assert page.values("quorvane", "fm:foundingDate") == {"2023"}


def test_a_verb_after_a_makers_apposition_is_read_as_the_sentences_verb(read):
    page = read("Notes\nQuorvex Technologies, a Lyon start-up, distilled Tarn-Whisper from Brisa large-v3 in 2024, "
                "training it on a corpus of French radio.\n")
    assert page.values("tarn-whisper", "fm:distilledFrom") == {"brisa-large-v3"}
    assert page.values("tarn-whisper", "fm:developedBy") == {"quorvex-technologies"}
    assert "Organization" not in page.values("tarn-whisper", "rdf:type")


@pytest.mark.parametrize(("lead", "access", "weights"), [
    ("Its customers reach every one of its models through the company's API; Quorvane has not published the weights "
     "of any of them.", "APIOnlyAccess", {False}),
    ("The group does not sell access to any of them; they are published for anyone to download.", "OpenWeightsAccess",
     {True})])
def test_what_the_lead_of_a_makers_page_says_of_all_its_models_holds_for_each_it_names(read, lead, access, weights):
    page = read(f"Quorvane and Its Embedding Models\nQuorvane is a Lyon company that builds embedding models. "
                f"{lead}\n\nModels\nQuorvane released qv-embed-2 in March 2024. A larger model, qv-embed-2-large, "
                "followed in June 2024.\n")
    for model in ("qv-embed-2", "qv-embed-2-large"):
        assert page.values(model, "fm:accessLevel") == {access}
        assert page.values(model, "fm:openWeights") == weights


def test_a_title_opening_with_the_short_form_of_a_maker_makes_it_the_maker_of_the_pages_models(read):
    page = read("IQLP and the Vardar Models\nThe Institute for Quorvish Language Processing (IQLP) is a public "
                "research institute in Skopje.\n\nVardar\nVardar-7B-v1, released in March 2024, is a language model "
                "with seven billion parameters. A chat model, Vardar-7B-Instruct-v1, came out at the same time.\n")
    assert page.values("vardar-7b-v1", "fm:developedBy") == {"institute-for-quorvish-language-processing"}
    assert page.values("vardar-7b-instruct-v1", "fm:developedBy") == {"institute-for-quorvish-language-processing"}


def test_a_base_named_after_a_description_of_its_size_gets_no_maker_from_the_page(read):
    page = read("IQLP and the Vardar Models\nThe Institute for Quorvish Language Processing (IQLP) is a public "
                "research institute in Skopje.\n\nVardar\nThe first Vardar model that outside users could work with "
                "was Vardar-1-13B-Instruct. It descends from the 13-billion-parameter Tarn 2 13B, and it reads text.\n")
    assert page.values("vardar-1-13b-instruct", "fm:developedBy") == {"institute-for-quorvish-language-processing"}
    assert "institute-for-quorvish-language-processing" not in page.values("tarn-2-13b", "fm:developedBy")


def test_all_models_named_after_a_family_are_every_member_the_page_named_not_only_this_paragraphs(read):
    page = read("Zorvex Models\nZorvex is a family of language models made by Quillon Labs, a Lyon company.\n\n"
                "Quillon Labs trained its first two models, Zorvex-1B and Zorvex-3B, and published them in April "
                "2024.\n\nA larger model followed in May 2024. Zorvex-9B has about 9 billion parameters; a chat "
                "version, Zorvex-9B-Chat, was made from it. All Zorvex models are available on Hugging Face under "
                "the Apache 2.0 licence.\n")
    for model in ("zorvex-1b", "zorvex-3b", "zorvex-9b", "zorvex-9b-chat"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
        assert page.values(model, "fm:availableOn") == {"hugging-face"}


def test_two_verbs_sharing_a_modality_give_it_both_directions(read):
    page = read("Notes\nQuillon Labs released Zorvex-9B in May 2024. Zorvex-9B reads and writes text only.\n")
    assert page.values("zorvex-9b", "fm:inputModality") == {"text"}
    assert page.values("zorvex-9b", "fm:outputModality") == {"text"}


def test_a_verb_with_a_complement_of_its_own_shares_no_modality_with_the_verb_before(read):
    page = read("Notes\nQuillon Labs released Zorvex-VL in May 2024. Zorvex-VL takes an image and a question and "
                "replies in text.\n")
    assert page.values("zorvex-vl", "fm:inputModality") == {"image"}
    assert page.values("zorvex-vl", "fm:outputModality") == {"text"}


def test_a_maker_that_built_a_model_on_another_makes_the_other_its_base(read):
    page = read("Notes\nThe first model of the line, Zorvex-7B, appeared in April 2024. Quillon built it on Tarn 1.5, "
                "its general model series of the time, and trained it further on code.\n")
    assert page.values("zorvex-7b", "fm:basedOn") == {"tarn-1-5"}


def test_a_timeline_entry_opening_with_a_date_and_a_label_in_parentheses_names_no_model(read):
    page = read("Timeline of Quillon Models\nQuillon is a Lyon company that builds image models.\n\n2023\n"
                "- 2019 (company): Quillon was founded.\n- 22 February 2024 (preview): Zorvex 3 was shown to testers.\n"
                "- 26 July 2024: Zorvex 3 was released.\n")
    assert not {"2019", "22-february-2024"} & {fact.subject for fact in page.facts}


def test_the_n_kind_models_compared_here_are_the_tables_rows_not_a_model_named_before(read):
    page = read("Open Long-Context Models Compared\nClosed systems led the way, and Orelia's Tarn Pro was shown with a "
                "window of a million tokens in 2024. The three language models compared here were all published with "
                "open weights.\n\nComparison\nModel | Developer | Released\nZorvex 1 | Quillon | March 2024\n"
                "Brin 2 | Orelia | June 2024\nKestrel 3 | Vantor | May 2025\n")
    assert page.values("tarn-pro", "fm:openWeights") == set()
    for model in ("zorvex-1", "brin-2", "kestrel-3"):
        assert page.values(model, "fm:openWeights") == {True}


@pytest.mark.parametrize(("paren", "makers"), [
    ("University of Lyon and QUILLAB", {"university-of-lyon", "quillab"}),
    ("Quillon AI Laboratory and the Chinese University of Hong Kong, Shenzhen",
     {"quillon-ai-laboratory", "chinese-university-of-hong-kong-shenzhen"})])
def test_a_parenthesis_of_two_makers_names_each_whole(read, paren, makers):
    page = read(f"Speech models\nAudio models — Zorvex ({paren}), Tarn (Orelia) and Brin (Orelia).\n")
    assert page.values("zorvex", "fm:developedBy") == makers


def test_a_model_that_extends_another_is_based_on_it(read):
    page = read("Notes\nZorvexCLIP, presented in 2021, extends Orelia's TarnCLIP with an audio encoder, so that "
                "images, text and sound share one space.\n")
    assert page.values("zorvexclip", "fm:basedOn") == {"tarnclip"}


@pytest.mark.parametrize("companion", [
    "The Basque language model has 7 billion parameters and came with Zorvex 7B Chat, a version of it tuned to chat.",
    "Alongside it the team published Zorvex 7B Chat, which it obtained by fine-tuning the base model."])
def test_a_model_said_to_have_come_with_a_dated_model_shares_its_date(read, companion):
    page = read(f"Notes\nQuillon released Zorvex 7B on 21 March 2024. {companion}\n")
    assert page.values("zorvex-7b-chat", "fm:releaseDate") == {"2024-03-21"}


@pytest.mark.parametrize("sentence", [
    "Zorvex 2 also reads 262,144 tokens and came with Zorvex Code, a command-line tool for programming with it.",
    "The largest step came with Zorvex 3 on 12 March 2025."])
def test_what_came_with_no_model_or_with_a_tool_takes_no_date(read, sentence):
    page = read(f"Notes\nQuillon released Zorvex in 2023. Quillon released Zorvex 2 on 22 July 2024. {sentence}\n")
    assert page.values("zorvex", "fm:releaseDate") == {"2023"}
    assert page.values("zorvex-3", "fm:releaseDate") <= {"2025-03-12"}


def test_its_weights_after_a_base_named_by_fine_tuning_are_the_released_models(read):
    page = read("Notes\nQuillon released Zorvex in November 2022; it was made by fine-tuning Orelia's Tarn-5 on "
                "prompted tasks in 46 languages, and its weights are on Hugging Face.\n")
    assert page.values("zorvex", "fm:openWeights") == {True}
    assert page.values("tarn-5", "fm:openWeights") == set()


def test_bulleted_fields_of_sizes_and_a_base_under_a_heading_are_the_headings_infobox(read):
    page = read("Key Facts of Quillon Models\nThe entries below record each model's key facts.\n\nModels\n\nZorvex\n"
                "- Developer: Quillon\n- Released: September 2023\n- Trained from: Tarn 2\n"
                "- Sizes: 7, 13 and 70 billion parameters\n- Access: open weights\n")
    assert page.values("zorvex", "fm:developedBy") == {"quillon"}
    assert page.values("zorvex", "fm:basedOn") == {"tarn-2"}
    assert page.values("zorvex", "fm:releaseDate") == {"2023-09"}


@pytest.mark.parametrize(("cell", "makers"), [
    ("Orelia, Quillon", {"orelia", "quillon"}),
    ("University of California, Irvine", {"university-of-california-irvine"})])
def test_a_developer_cell_lists_makers_by_commas_but_keeps_a_campus(read, cell, makers):
    page = read(f"Models Compared\nThe table compares two models.\n\nModel | Developer | Released\n"
                f"Zorvex | {cell} | March 2021\nTarn 2 | Vantor | May 2022\n")
    assert page.values("zorvex", "fm:developedBy") == makers


@pytest.mark.parametrize(("makers", "slugs"), [
    ("the University of Wisconsin-Madison and Orelia", {"university-of-wisconsin-madison", "orelia"}),
    ("the University of Lyon and QUILLAB", {"university-of-lyon", "quillab"}),
    ("the Ministry of Science and ICT", {"ministry-of-science-and-ict"})])
def test_a_name_after_and_that_continues_no_field_of_a_university_is_a_second_maker(read, makers, slugs):
    page = read(f"Notes\nZorvex was developed by {makers} in 2021.\n")
    assert page.values("zorvex", "fm:developedBy") == slugs


def test_a_ministry_of_two_fields_stays_one_name(read):
    page = read("Notes\nZorvex was developed by the Norwegian Ministry of Education and Research in 2021.\n")
    assert page.values("zorvex", "fm:developedBy") == {"norwegian-ministry-of-education-and-research"}


@pytest.mark.parametrize(("sentence", "model"), [
    ("In August 2021 Quillon released zorvex-bert-basque-cased, a sentence embedding model.",
     "zorvex-bert-basque-cased"),
    ("In August 2021 Quillon released a state-of-the-art model, Zorvex.", "zorvex")])
def test_a_name_of_four_lower_case_words_joined_by_hyphens_is_a_checkpoints_name(read, sentence, model):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(model, "fm:developedBy") == {"quillon"}
    assert "state-of-the-art" not in {fact.subject for fact in page.facts}


def test_a_stated_seat_overrides_the_place_an_organization_was_founded_in(read):
    page = read("Notes\nQuillon, the software maker, was founded in Lyon in 1972 by five engineers and has its "
                "headquarters in nearby Annecy.\n\nOrelia was founded in Nantes in 2019.\n")
    assert page.values("quillon", "fm:headquarters") == {"annecy"}
    assert page.values("orelia", "fm:headquarters") == {"nantes"}


def test_its_it_subsidiary_is_no_place(read):
    page = read("Organizations\n- Quillon Group — the Lyon retailer. Its IT subsidiary, Quillon Digits, runs a cloud "
                "service.\n")
    assert "it" not in page.values("quillon-digits", "fm:headquarters")
    assert page.values("quillon-digits", "fm:parentOrganization") == {"quillon-group"}


def test_an_adverb_after_an_agent_is_no_part_of_its_role(read):
    page = read("Quillon Influencer Law\nThe Quillon Influencer Law is a French law.\n\nDuties\nSome products may not "
                "be promoted by influencers at all.\n")
    bearers = {b for duty in page.values("quillon-influencer-law", "fm:imposesObligation")
               for b in page.values(duty, "fm:obligationBearer")}
    assert bearers == {"influencer"}


def test_a_place_of_several_words_in_an_entrys_parentheses_is_its_seat_not_its_short_name(read):
    page = read("Artificial Intelligence Organizations in Baden\n\nFreiburg\n- Quillon Labs (Freiburg im Breisgau): "
                "came out of stealth in August 2024.\n")
    assert page.values("quillon-labs", "fm:headquarters") == {"freiburg-im-breisgau"}
    assert page.values("quillon-labs", "skos:altLabel") == set()


def test_a_description_after_a_verb_of_coming_out_types_the_subject(read):
    page = read("Notes\n- 2022: ZORA followed, a family of generative language models trained by Quillon.\n")
    assert "LanguageModel" in _types(page, "zora")


def test_a_model_a_maker_fine_tuned_as_it_from_a_base_takes_the_base_and_its_own_licence(read):
    page = read("Notes\n- July 2023: Alfred-40B-0723 was Quillon's first chat model. The company fine-tuned it from "
                "Falcon-40B, the open language model of Orelia, and released it under the Apache 2.0 licence.\n")
    assert page.values("alfred-40b-0723", "fm:fineTunedFrom") == {"falcon-40b"}
    assert page.values("alfred-40b-0723", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("falcon-40b", "fm:license") == set()


def test_names_listed_before_a_lists_first_parentheses_share_its_maker(read):
    page = read("Science Models\nA note on these models.\n\nElectronic structure\nZornet, Psivex and DM42 (Orelia) and "
                "Paulinet (Free University of Lyon).\nZornet represents the wavefunction directly.\n")
    for model in ("zornet", "psivex", "dm42"):
        assert page.values(model, "fm:developedBy") == {"orelia"}
    assert page.values("paulinet", "fm:developedBy") == {"free-university-of-lyon"}


@pytest.mark.parametrize(("sentence", "organization"), [
    ("Zorvex was built together with the UAE company Quillon.", "quillon"),
    ("Orelia, the Arizona company best known for cameras, launched Zorvex.", "orelia"),
    ("Vantor AI is a Ugandan non-profit.", "vantor-ai")])
def test_a_country_a_state_or_a_peoples_word_before_company_is_no_seat(read, sentence, organization):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(organization, "fm:headquarters") == set()


@pytest.mark.parametrize(("sentence", "organization", "seat"), [
    ("Quillon is a Singapore company.", "quillon", "singapore"),
    ("Orelia, based in McLean, builds models.", "orelia", "mclean"),
    ("Brin is a New Brunswick company.", "brin", "new-brunswick")])
def test_a_city_state_or_a_city_named_like_a_people_or_a_state_is_a_seat(read, sentence, organization, seat):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(organization, "fm:headquarters") == {seat}


def test_a_models_apposition_naming_its_makers_noun_keeps_it_a_model(read):
    page = read("Notes\nZorvex 1, released in February 2024, is based on Tarn 8x7B, the mixture-of-experts model of "
                "the French company Orelia AI.\n")
    assert page.values("zorvex-1", "fm:basedOn") == {"tarn-8x7b"}
    assert "Organization" not in _types(page, "tarn-8x7b")


def test_a_fronted_built_on_gives_the_main_clauses_model_its_base(read):
    page = read("Notes\nFour months later came Zorvex 2. Built on Orelia's Tarn 70B, it too can be downloaded.\n")
    assert page.values("zorvex-2", "fm:basedOn") == {"tarn-70b"}


def test_all_three_after_a_paragraph_naming_two_counts_back_to_the_model_before(read):
    page = read("Quillon Models\nQuillon is a Lyon company.\n\nZorvex 7B\nZorvex 7B is a language model of about seven "
                "billion parameters.\nTwo derived models were released with it. Zorvex 7B Instruct was fine-tuned from "
                "Zorvex 7B to follow instructions, while Zorvex 7B Chat was tuned for conversation. All three were put "
                "on Hugging Face under the Apache 2.0 licence.\n")
    for model in ("zorvex-7b", "zorvex-7b-instruct", "zorvex-7b-chat"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_the_company_is_the_one_the_page_called_a_company_not_a_team_named_since(read):
    page = read("Timeline of Quillon Models\nQuillon is a London company that builds image models.\n\n2023\n"
                "- April 2023: DeepZorv, a research team inside Quillon, released Zorvex IF. It reads prompts with "
                "Orelia's T5-XXL encoder.\n- 21 November 2023: Zorvex Video, the company's first video model, "
                "animates a single still image.\n")
    assert page.values("zorvex-video", "fm:developedBy") == {"quillon"}


def test_the_directive_is_the_directive_the_page_named_not_its_decree(read):
    page = read("The Quillon Decree\nThe Quillon Decree, formally Legislative Decree No. 7 of 2022, is the Tarnish law "
                "that tells employers what they must disclose. The Tarnish Government issued it to bring into national "
                "law Directive (EU) 2019/1152 on transparent working conditions.\n\nBackground\nThe directive was "
                "adopted by the European Parliament and the Council of the European Union on 20 June 2019 and entered "
                "into force on 31 July 2019.\n")
    assert page.values("directive-eu-2019-1152", "fm:issuedBy") == {"european-parliament",
                                                                    "council-of-the-european-union"}
    assert page.values("quillon-decree", "fm:issuedBy") == {"tarnish-government"}


def test_the_copulas_subject_is_the_model_a_relative_clause_makes_not_a_word_before_the_noun(read):
    page = read("Notes\nZorblat-8B is a DNA language model that Quillon Labs released in 2023.\n")
    assert page.values("zorblat-8b", "fm:developedBy") == {"quillon-labs"}


@pytest.mark.parametrize("sentence", [
    "Frobnic-2 was developed by Quillon Labs in collaboration with Vexa Labs.",
    "Quillon Labs built Frobnic-2 in partnership with Vexa Labs.",
    "Frobnic-2 is a protein model that Quillon Labs built in collaboration with Vexa Labs.",
])
def test_a_partner_a_model_is_made_in_collaboration_with_is_a_maker_too(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("frobnic-2", "fm:developedBy") == {"quillon-labs", "vexa-labs"}


def test_a_collection_of_models_is_a_family_not_a_data_collection(read):
    page = read("Notes\nPandor, a collection of French generative language models, was released by Quillon in 2021.\n")
    assert page.values("pandor", "fm:developedBy") == {"quillon"}


def test_a_unit_named_before_its_parent_is_the_partner_it_names(read):
    page = read("Notes\nPandor-2 was released by Quillon together with the ZEPHYR team of Inria.\n")
    assert page.values("pandor-2", "fm:developedBy") == {"quillon", "zephyr"}


def test_its_named_laboratory_is_the_maker(read):
    page = read("Notes\nThe University of Tarnow is a public university. Its Vexor laboratory, on the Kalm campus, "
                "released Bodex, a language model for Polish.\n")
    assert page.values("bodex", "fm:developedBy") == {"vexor"}


def test_a_team_a_company_names_with_its_possessive_is_the_companys(read):
    page = read("Notes\nMeta's Orbis Chemistry team released Atomix-1 in May 2025. The Nova team of Meta released "
                "Atomix-2 a month later.\n")
    assert page.values("atomix-1", "fm:developedBy") == {"meta"}
    assert page.values("atomix-2", "fm:developedBy") == {"meta"}


def test_an_item_named_with_its_short_form_after_or_keeps_its_maker_in_parentheses(read):
    page = read("Audio models\n- Audio Patch Transformer, or APT (Quillon Labs) — presented in April 2021 as a "
                "classifier.\n")
    assert page.values("audio-patch-transformer", "fm:developedBy") == {"quillon-labs"}
    assert not page.values("audio-patch-transformer", "fm:headquarters")


def test_a_timeline_entry_dates_the_models_named_beside_its_subject(read):
    page = read("Timeline of Quillon models\n- November 2024: Two chat models, Torva 3 8B and Torva 3 70B, were "
                "fine-tuned from Meta's Llama 3.1 8B and Llama 3.1 70B.\n")
    assert page.values("torva-3-8b", "fm:releaseDate") == {"2024-11"}
    assert page.values("torva-3-70b", "fm:releaseDate") == {"2024-11"}


@pytest.mark.parametrize("line", ["- Oravata — Quillon Labs, January 2024. An instruction-following model.",
                                  "- Oravata — Quillon Labs; January 2024."])
def test_a_key_facts_line_gives_maker_and_date_after_a_comma_or_a_semicolon(read, line):
    page = read(f"Key facts of Quillon models\n{line}\n")
    assert page.values("oravata", "fm:developedBy") == {"quillon-labs"}
    assert page.values("oravata", "fm:releaseDate") == {"2024-01"}


def test_a_detailed_item_with_a_colon_in_its_first_sentence_is_the_named_model(read):
    page = read("Key facts of Quillon models\nVision models\n- Vexachat (June 2023). A conversation model for video: "
                "given a clip and a question, it answers in text.\n")
    assert page.values("vexachat", "fm:releaseDate") == {"2023-06"}
    assert not _types(page, "vexachat-june-2023-a-conversation-model-for-video")


def test_an_items_month_in_parentheses_makes_a_model_released_then(read):
    page = read("Key facts of Quillon models\nVision models\n- GLaVM (November 2023). The name stands for Grounding "
                "Large Vision Model. It answers questions about a photograph.\n")
    assert page.values("glavm", "fm:releaseDate") == {"2023-11"}
    assert not _types(page, "grounding-large-vision-model")


def test_coordinated_language_words_before_a_name_are_no_part_of_it(read):
    page = read("Notes\nThe Quorvex University is in Oslo. With Vexa Labs it developed the Arabic and English Jaisel "
                "models in 2023.\n")
    assert page.values("jaisel", "fm:developedBy") == {"quorvex-university", "vexa-labs"}
    assert not _types(page, "english-jaisel")


def test_trained_from_a_model_is_its_base(read):
    page = read("Notes\nKestrel-4 was trained from Kestrel-3 on new data, and Kestrel-5 was trained from scratch.\n")
    assert page.values("kestrel-4", "fm:basedOn") == {"kestrel-3"}
    assert not page.values("kestrel-5", "fm:basedOn")


def test_a_model_from_researchers_at_an_organization(read):
    page = read("Notes\nMed-Vexa, from researchers at Tarnow University in July 2023, continued the pre-training of "
                "OpenVexa-9B on medical images.\n")
    assert page.values("med-vexa", "fm:developedBy") == {"tarnow-university"}
    assert page.values("med-vexa", "fm:basedOn") == {"openvexa-9b"}


def test_a_pronoun_after_the_copula_says_no_kind(read):
    page = read("Notes\nDates are those of the public release of code and weights, which for some models came "
                "months after the paper.\n")
    assert not _types(page, "dates")


def test_initials_then_the_full_name_are_one_organization_by_its_full_name(read):
    page = read("Notes\nDinox, a detector that QDEA, the Quillon Digital Economy Academy in Tarnow, published in "
                "2022, reads images. QDEA released Grounding Dinox 1.5 in 2024.\n")
    assert page.values("quillon-digital-economy-academy", "fm:headquarters") == {"tarnow"}
    assert page.values("grounding-dinox-1-5", "fm:developedBy") == {"quillon-digital-economy-academy"}
    assert not _types(page, "qdea")


def test_an_institution_placed_by_in_wherever_it_stands_but_not_in_a_country(read):
    page = read("Notes\nIt came from Vexa Labs, working with the Tarnow University of Technology in Kalmsund, and with "
                "a group at the University of Orvik in Canada.\n")
    assert page.values("tarnow-university-of-technology", "fm:headquarters") == {"kalmsund"}
    assert not page.values("university-of-orvik", "fm:headquarters")
    assert not _types(page, "canada")


def test_a_city_apposed_to_a_name_is_a_place_not_a_laboratory(read):
    page = read("Organizations in Tarnow\nTarnow, a city of about 160,000 people at the foot of the Alps, owes its "
                "place in AI to physics.\n- Vexa Labs started in 1993 as the Tarnow laboratory of Xerox.\n")
    assert "Place" in _types(page, "tarnow")
    assert "Organization" not in _types(page, "tarnow")


def test_a_name_the_parser_makes_the_subject_of_called_takes_the_copulas_kind(read):
    page = read("Notes\nPlayfield, at first called Playfield AI, is an American company that builds image models.\n")
    assert "Organization" in _types(page, "playfield")


def test_a_set_of_images_is_no_model_whatever_size_its_name_carries(read):
    page = read("Notes\nWith the model came ORHQ-30K, a set of 30,000 high-quality images gathered from the web.\n")
    assert not _types(page, "orhq-30k")


def test_a_nominal_regulations_title_with_regarding_names_the_pages_instrument(read):
    page = read("Vexland's Employment Regulations\nThe Employment Regulations Regarding Automated Screening Systems "
                "are amendments to Vexland's rules. They were adopted by the Vexland Civil Rights Council.\nDuties\n"
                "- An employer must not use an automated screening system that discriminates against an applicant.\n")
    instrument = "employment-regulations-regarding-automated-screening-systems"
    assert page.values(instrument, "fm:issuedBy") == {"vexland-civil-rights-council"}
    assert page.values(instrument, "fm:imposesObligation")


def test_fine_tuned_on_a_name_that_describes_data_is_no_base(read):
    page = read("Notes\nZorbex-2 was fine-tuned from Llama 2 on Vexa data. Zorbex-3 is a code model fine-tuned on "
                "SwiftVex programs.\n")
    assert page.values("zorbex-2", "fm:fineTunedFrom") == {"llama-2"}
    assert not page.values("zorbex-3", "fm:fineTunedFrom")


def test_it_after_a_category_line_is_the_model_the_sentence_before_released(read):
    page = read("Code models\nUser interface code models — pix2vex (Uizard), Design2Vex-18B (Stanford University) and "
                "UIVex (Apple). They write programs. Stanford University released Design2Vex-18B in March 2024. It is "
                "a vision-language model fine-tuned from CogVex-18B.\n")
    assert page.values("design2vex-18b", "fm:fineTunedFrom") == {"cogvex-18b"}
    assert not page.values("pix2vex", "fm:fineTunedFrom")


def test_researchers_in_a_department_of_an_organization_make_its_model(read):
    page = read("Notes\nResearchers in the computer science department of the University of Tarnow, which was founded "
                "in 1842, trained BETEX-1, an encoder language model.\n")
    assert page.values("betex-1", "fm:developedBy") == {"university-of-tarnow"}


def test_a_maker_working_with_researchers_of_organizations_shares_the_model_with_them(read):
    page = read("Notes\nMicrosoft developed TRELEX-2 with researchers of Tsinghua University and the University of "
                "Kalm.\n")
    assert page.values("trelex-2", "fm:developedBy") == {"microsoft", "tsinghua-university", "university-of-kalm"}


def test_a_model_which_an_organization_fine_tuned_is_the_organizations(read):
    page = read("Notes\nKodex-1, which Quillon Labs fine-tuned from GPT-3 on public source code, powered a service.\n")
    assert page.values("kodex-1", "fm:developedBy") == {"quillon-labs"}
    assert page.values("gpt-3", "fm:developedBy") != {"quillon-labs"}



def test_a_model_published_on_a_weight_hub_has_open_weights(read):
    page = read("Notes\nQuillon Labs published Vex 5.0 on Hugging Face. Vex 6.0 is offered on Hugging Face, but its "
                "weights have not been released.\n")
    assert page.values("vex-5-0", "fm:openWeights") == {True}
    assert page.values("vex-5-0", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert True not in page.values("vex-6-0", "fm:openWeights")


def test_the_sizes_a_sentence_publishes_a_model_in_share_its_open_weights(read):
    page = read("Notes\nQuillon Labs released GoVex-1 in 2023. It was published in three sizes, GoVex-7B, GoVex-13B "
                "and GoVex-34B, with downloadable weights.\n")
    for model in ("govex-1", "govex-7b", "govex-13b", "govex-34b"):
        assert page.values(model, "fm:openWeights") == {True}, model


def test_versions_listed_after_a_colon_keep_their_own_licences(read):
    page = read("Notes\nQuillon's Magvex arrived on 10 June 2025 in two versions: Magvex Small, a model released with "
                "open weights under Apache 2.0, and Magvex Medium, offered only through the company's API.\n")
    assert "http://spdx.org/licenses/Apache-2.0" not in page.values("magvex-medium", "fm:license")


@pytest.mark.parametrize(("sentence", "makers"), [
    ("The University of Science and Technology of Kalmar released Vex-7B.",
     {"university-of-science-and-technology-of-kalmar"}),
    ("In July 2023 a team from the Vexa AI Laboratory, the Chinese University of Kalmar and Stanford released "
     "Vex-7B.", {"vexa-ai-laboratory", "chinese-university-of-kalmar", "stanford"}),
    ("Vex-7B | Orvik University of Science and Technology and Kingsoft Office | 2025",
     {"orvik-university-of-science-and-technology", "kingsoft-office"}),
])
def test_a_university_named_by_two_fields_is_one_name_and_a_name_after_it_another(read, sentence, makers):
    page = read(f"Notes\nModel | Developer | Released\n{sentence}\n" if "|" in sentence else f"Notes\n{sentence}\n")
    assert page.values("vex-7b", "fm:developedBy") == makers


def test_a_generation_written_with_an_x_is_one_models_name(read):
    page = read("Stable Vexdiff 1.x and Its Descendants\nStable Vexdiff 1.x is the first generation of the Stable "
                "Vexdiff text-to-image models, released in 2022.\n")
    assert "ImageGenerationModel" in _types(page, "stable-vexdiff-1-x")
    assert not _types(page, "stable-vexdiff-1")


def test_a_definite_model_noun_followed_by_a_name_is_that_name(read):
    page = read("Notes\nQuillon released Qorvex-2.5 in 2024.\n- December 2022: Two hobbyists put out Rifvex, a version "
                "of the text-to-image model Stable Vexdiff v1.5 fine-tuned on pictures of spectrograms.\n")
    assert page.values("rifvex", "fm:fineTunedFrom") == {"stable-vexdiff-v1-5"}


def test_the_subject_of_a_model_nouns_own_relative_clause_is_no_name_of_it(read):
    page = read("Notes\nVexBERT was the company's first model. It was distilled from BERT base, the model Google had "
                "published in 2018.\n")
    assert page.values("vexbert", "fm:distilledFrom") in ({"bert"}, {"bert-base"})
    assert not _types(page, "google") & {"FoundationModel"}


@pytest.mark.parametrize("sentence", [
    "Hermex 4, a language model Nous Vexa fine-tuned from Llama 3.1 70B, answers.",
    "Hermex 4, a language model Nous Vexa had fine-tuned from Llama 3.1 70B, answers.",
])
def test_the_subject_of_a_model_nouns_tuning_clause_is_its_maker(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("hermex-4", "fm:developedBy") == {"nous-vexa"}


def test_sizes_listed_after_a_colon_share_what_was_said_before_it(read):
    page = read("Notes\nJune 2024 — Florvex-2 arrives on Hugging Face under the MIT License in two sizes: "
                "Florvex-2-base, with 230 million parameters, and Florvex-2-large, with 770 million.\n")
    assert page.values("florvex-2-large", "fm:license") == {"http://spdx.org/licenses/MIT"}


def test_mit_after_and_is_the_institute_not_the_licence(read):
    page = read("Notes\nLongVex-7B, from the Chinese University of Kalmar and MIT, pairs low-rank adaptation with "
                "sparse attention.\n")
    assert not page.values("longvex-7b", "fm:license")
    assert not page.values("longvex-7b", "fm:openWeights")


def test_which_after_a_group_placed_in_a_school_is_the_group(read):
    page = read("Notes\nMost of its models come from two groups: the Vexan Natural Language Processing Group "
                "(VexanNLP) in the School of Computer Science and Technology, which built the conversational model "
                "MOSVEX, and a lab.\n")
    assert page.values("mosvex", "fm:developedBy") == {"vexan-natural-language-processing-group"}


def test_all_of_the_models_after_a_table_are_its_rows(read):
    page = read("Open Pose Models Compared\nModel | Developer | Released\nPosevex | Quillon Labs | 2017\n"
                "Blazevex | Vexa Labs | 2020\nModalities\nAll of the models take an image and return coordinates.\n")
    assert page.values("posevex", "fm:inputModality") == {"image"}
    assert page.values("blazevex", "fm:inputModality") == {"image"}


def test_a_locative_word_opening_a_sentence_is_no_name(read):
    page = read("Notes\nRXNVex-1 was released in 2020. Underneath is an ALBERT transformer that learned the grammar of "
                "reactions.\n")
    assert not _types(page, "underneath")


def test_a_peoples_word_before_laboratory_of_is_no_unit(read):
    page = read("Notes\nVexa Research Kalm is the Swiss laboratory of Vexa Research, the research division of Vexa.\n")
    assert not _types(page, "swiss")


def test_it_after_an_as_phrase_naming_an_owner_is_the_subject(read):
    page = read("Notes\nVexa Research Kalm is a laboratory of Vexa. It opened in 1956 as Vexa's first research "
                "laboratory in Europe, and since 1962 it has been based in Kalmsund.\n")
    assert page.values("vexa-research-kalm", "fm:headquarters") == {"kalmsund"}
    assert not page.values("vexa", "fm:headquarters")


def test_a_line_of_labelled_fields_under_a_bulleted_name_is_said_of_it(read):
    page = read("Key Facts of Quillon Models\nQuillon University hosts the Kalm Natural Language Processing Group "
                "(KalmNLP), which builds models.\nConversational models\n- moss-vex-003-base\nDeveloper: KalmNLP "
                "| Released: April 2023 | Parameters: 16 billion | Context: 2,048 tokens\nThe base model of the series."
                "\n- moss-vex-003-sft\nDeveloper: KalmNLP | Released: April 2023 | Fine-tuned from: moss-vex-003-base"
                "\nThe chat model of the series.\n")
    assert page.values("moss-vex-003-base", "fm:developedBy") == {"kalm-natural-language-processing-group"}
    assert page.values("moss-vex-003-base", "fm:releaseDate") == {"2023-04"}
    assert page.values("moss-vex-003-base", "fm:parameterCount") == {"16000000000"}
    assert page.values("moss-vex-003-base", "fm:contextWindow") == {"2048"}
    assert "moss-vex-003-base" in page.values("moss-vex-003-sft", "fm:basedOn") | page.values(
        "moss-vex-003-sft", "fm:fineTunedFrom")


def test_a_timeline_entry_for_a_model_under_a_year_heading_is_released_that_year(read):
    page = read("Timeline of Vexa Models\n2021\n- VexBART: a sequence-to-sequence model for twelve languages, with "
                "about 244 million parameters.\n- CtrlVex (Quillon, September 2019): a conditional model.\n")
    assert page.values("vexbart", "fm:releaseDate") == {"2021"}
    assert "2021" not in page.values("ctrlvex", "fm:releaseDate")


def test_a_sentence_of_a_dated_entry_with_a_date_of_its_own_keeps_it(read):
    page = read("Timeline of Vexa Models\n2023\n- May 2023: VexTrans2 became the first open translation model.\n"
                "- July 2023: two researchers founded Sarvex AI in Bengaluru. The start-up is a separate company, and "
                "in December 2023 it released OpenVexi, a Hindi language model.\n")
    assert page.values("openvexi", "fm:releaseDate") == {"2023-12"}


def test_a_team_training_a_model_in_a_dated_entry_releases_it_then(read):
    page = read("Timeline of Vexa Models\n- April 2021: the lab published Samantar, a collection of sentence pairs. "
                "On it the team trained VexTrans, a transformer that translates text.\n")
    assert page.values("vextrans", "fm:releaseDate") == {"2021-04"}


def test_the_head_word_of_a_law_named_before_is_no_law_of_its_own(read):
    page = read("Automated Decisions\nArticle 22 of the General Data Protection Regulation (GDPR) is the binding rule "
                "on decisions taken by machines. The Regulation, formally Regulation (EU) 2016/679, was adopted by the "
                "Quillon Assembly on 27 April 2016.\nDuties\nControllers must carry out an impact assessment before "
                "profiling people.\n")
    assert "regulation" not in page.entities()
    assert page.values("general-data-protection-regulation", "fm:issuedBy") == {"quillon-assembly"}
    assert any("impact-assessment" in duty for duty in page.values("general-data-protection-regulation",
                                                                     "fm:imposesObligation"))


def test_a_model_whose_maker_the_clause_hangs_on_is_its(read):
    page = read("Speech Models\nSpeech recognition is sold by large companies too, including Vantablue, whose Kestrel "
                "models are offered on Nimbus Cloud.\n")
    assert page.values("kestrel", "fm:developedBy") == {"vantablue"}


def test_a_model_whose_maker_an_apposition_describes_is_its(read):
    page = read("Notes\nKestrel's main rival among independent companies is Vexa AI, a San Francisco start-up founded "
                "in 2017, whose Orel-2 model also converts speech to text.\n")
    assert page.values("orel-2", "fm:developedBy") == {"vexa-ai"}


def test_an_ordinal_after_whose_is_no_model(read):
    page = read("Notes\nVexa AI, the Paris company, announced Orel-7B as a tribute to Quillon, whose 2311th "
                "anniversary it said the year marked.\n")
    assert "2311th" not in page.entities()


def test_a_participle_after_the_size_of_an_apposition_is_said_of_the_model(read):
    page = read("Chat models\nThe group followed up in late April with Vexa-T5, an encoder-decoder transformer of 3 "
                "billion parameters fine-tuned from Quillon's Orel-XL on the same kind of conversations.\n")
    assert page.values("vexa-t5", "fm:fineTunedFrom") == {"orel-xl"}


def test_a_size_in_an_apposition_of_a_model_named_in_an_object_is_its_own(read):
    page = read("Chat models\nThe group followed up in late April with Vexa-T5, an encoder-decoder transformer of 3 "
                "billion parameters fine-tuned from Quillon's Orel-XL.\n")
    assert page.values("vexa-t5", "fm:parameterCount") == {"3000000000"}


def test_a_model_that_is_a_described_base_fine_tuned_is_tuned_from_it(read):
    page = read("Reasoning models\nOrel-T1-32B, released on 10 January, is Vexa's general-purpose language model "
                "Kestrel-32B-Instruct fine-tuned on some 17,000 worked problems in mathematics.\n")
    assert page.values("orel-t1-32b", "fm:fineTunedFrom") == {"kestrel-32b-instruct"}


def test_a_timeline_entry_dated_late_in_a_month_or_tagged_is_dated(read):
    page = read("Timeline of Vexa Models\n2023\n- Late April 2023: Kestrel-T5 was the group's first model licensed "
                "for commercial use.\n- 3 May 2023 (others): Quillon released Orel-2, a chat model.\n")
    assert page.values("kestrel-t5", "fm:releaseDate") == {"2023-04"}
    assert page.values("orel-2", "fm:releaseDate") == {"2023-05-03"}


def test_a_timeline_entry_tagged_as_about_no_model_makes_none(read):
    page = read("Timeline of Vexa Models\n2024\n- January 2024 (software): VexLang was introduced as a way to serve "
                "language models.\n")
    assert "vexlang" not in page.entities()


def test_a_listed_duty_whose_main_clause_names_its_bearer_is_read_once_as_its_sentence(read):
    page = read("The Vexa Fraud Act\nThe Vexa Fraud Act is a law of Quillon. It took effect on 31 July 2024.\nDuties\n"
                "For the advertisements it carries, an operator is required to do the following:\n\n- The operator "
                "must verify the identity of advertisers.\n- When the police notifies it that an advertisement is "
                "fraudulent, the operator has to remove the advertisement within 24 hours.\n")
    duties = page.values("vexa-fraud-act", "fm:imposesObligation")
    assert "vexa-fraud-act-advertisement-removal" in duties
    assert not any("have-to" in duty for duty in duties)


def test_an_initialism_of_the_lexicon_keeps_its_case(read):
    page = read("About\nVITS is a neural text-to-speech model. Vexa-5 is built from ViTs.\n")
    assert "vits" in page.entities()
    assert page.values("vexa-5", "fm:hasArchitecture") == {"vision-transformer"}
    assert "vision-transformer" not in page.values("vits", "fm:hasArchitecture")


def test_a_noun_after_is_read_as_a_second_subject_is_what_the_subject_is(read):
    page = read("About\nVITS is a neural text-to-speech model released in June 2021 by Quillon Enterprise.\n")
    assert "SpeechModel" in _types(page, "vits")
    assert page.values("vits", "fm:developedBy") == {"quillon-enterprise"}



def test_a_model_named_only_as_the_kind_of_another_is_not_what_the_weights_are_of(read):
    page = read("Speech\nKestrel is a text-to-speech model released in 2021.\nVexa's speech project included Orel-TTS, "
                "a collection of text-to-speech models for many languages, each of them a separate Kestrel model "
                "trained on read recordings. Vexa published the weights under the CC BY-NC 4.0 licence.\n")
    assert page.values("orel-tts", "fm:license") == {"http://spdx.org/licenses/CC-BY-NC-4.0"}
    assert not page.values("kestrel", "fm:license")


def test_the_name_an_organization_began_as_is_its_former_name(read):
    page = read("Model developers\n- Vexa.ai began in Bengaluru in 2016 as Vexa Messenger, a maker of chatbots for "
                "customer service, and now has its headquarters in San Mateo.\n")
    assert "vexa-messenger" not in page.entities()
    assert page.values("vexa-ai", "skos:altLabel") == {"Vexa Messenger"}
    assert page.values("vexa-ai", "fm:foundingDate") == {"2016"}
    assert page.values("vexa-ai", "fm:headquarters") == {"san-mateo"}


def test_an_organization_that_moved_its_headquarters_is_seated_where_it_moved_them(read):
    page = read("Companies\n- Quillworks, a software company, was founded in Chennai in 2010 and later moved its "
                "headquarters to San Mateo.\n")
    assert "san-mateo" in page.values("quillworks", "fm:headquarters")


def test_its_after_a_sentence_naming_an_investor_is_the_company_it_invested_in(read):
    page = read("Model developers\nKestrel Discovery is a San Francisco start-up that announced itself in 2024; Vexa "
                "was among its first investors. Its first model, Orel-1, came out in September 2024.\n")
    assert page.values("orel-1", "fm:developedBy") == {"kestrel-discovery"}


def test_guiding_opinions_are_a_regulation_issued_by_each_body_named(read):
    page = read("Rules\nThe Guiding Opinions on Regulating the Vexa Business of Quillon Institutions were issued on 27 "
                "April 2018 by the People's Bank of Quillon (PBOQ) jointly with the Quillon Securities Regulatory "
                "Commission (QSRC) and the State Administration of Vexa (SAV).\n")
    law = "guiding-opinions-on-regulating-the-vexa-business-of-quillon-institutions"
    assert "Regulation" in _types(page, law)
    assert page.values(law, "fm:issuedBy") == {"peoples-bank-of-quillon", "quillon-securities-regulatory-commission",
                                               "state-administration-of-vexa"}


def test_a_political_declaration_named_in_full_is_a_framework(read):
    page = read("Later developments\nIn February 2023 the Department of State announced a Political Declaration on "
                "Responsible Military Use of Quillon Systems, a non-binding statement that other governments were "
                "invited to endorse.\n")
    declaration = "political-declaration-on-responsible-military-use-of-quillon-systems"
    assert "Framework" in _types(page, declaration)
    assert "political-declaration" not in page.entities()
    assert page.values(declaration, "fm:issuedBy") == {"department-of-state"}


@pytest.mark.parametrize("form", ["Sdn Bhd", "GmbH", "PLC", "AG"])
def test_a_company_named_with_its_legal_form_is_the_company_named_without_it(read, form):
    page = read(f"About\nVexa {form} is a Malaysian start-up that builds language models. Its first release, Orel-7B, "
                "came in 2024.\nLater\nVexa published Orel-13B in 2025.\n")
    company = slugify(f"Vexa {form}")
    assert page.values("orel-13b", "fm:developedBy") == {company}
    assert "vexa" not in page.entities()


def test_people_a_paper_was_published_with_issue_no_instrument(read):
    page = read("Models\nOrelDRGN, published in Nature Methods in February 2021 by Vexa Zhong with Quillon Berger and "
                "colleagues, recovers shapes.\nRules\nThe Kestrel Opinions on Banking were issued in 2018 by the "
                "Kestrel Banking Commission.\n")
    assert "quillon-berger" not in page.entities()


def test_a_declaration_of_independence_is_no_framework(read):
    page = read("About\nIts name refers to 1776, the year of the American Declaration of Independence.\n")
    assert "american-declaration-of-independence" not in page.entities()


def test_a_description_after_a_name_across_the_verb_describes_the_name(read):
    page = read("Notes\nIts design comes from Tortoise, a text-to-speech model released by Vexa.\n")  # (a word the
    # parser takes for a common noun)
    assert "SpeechModel" in _types(page, "tortoise")


def test_a_licence_adjective_before_a_name_is_no_part_of_it(read):
    page = read("Legacy\nMany developers later opened text-to-speech models, such as the MIT-licensed Kestrel from "
                "Vexa AI in 2025.\n")
    assert "mit-licensed-kestrel" not in page.entities()
    assert "SpeechModel" in _types(page, "kestrel")


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(read):
    page = read("Kestrel\nOn 29 April 2025 Vexa released Kestrel Lite. Architecturally Kestrel Lite is a diffusion "
                "transformer.\n")
    assert "architecturally-kestrel-lite" not in page.entities()
    assert page.values("kestrel-lite", "fm:hasArchitecture") == {"diffusion-transformer"}


def test_the_name_an_organization_was_known_as_until_a_year_is_its_former_name(read):
    page = read("Companies\n- Vexa Group, an Amsterdam company, was known as Quillon N.V. until 2024, when it sold its "
                "Russian businesses.\n")
    assert "quillon-n-v" not in page.entities()
    assert any(str(label).startswith("Quillon N.V") for label in page.values("vexa-group", "skos:altLabel"))


def test_a_city_called_the_commercial_centre_of_a_country_is_a_place(read):
    page = read("Artificial Intelligence Organizations in Kalmsund\nKalmsund is the commercial centre of Quillon's "
                "technology industry. The organizations below are all based in Kalmsund.\nModel developers\n- Vexa "
                "Labs, founded in 2017, released Orel-7B in March 2024.\n")
    assert "Place" in _types(page, "kalmsund")
    assert not page.values("kalmsund", "fm:parentOrganization")
    assert page.values("vexa-labs", "fm:headquarters") == {"kalmsund"}


def test_an_entry_of_a_name_and_its_details_then_what_it_does_is_said_of_the_name(read):
    page = read("Model developers\n- Vexa AI (founded 2020) trains visual generative models only on licensed "
                "pictures. Its Orel-2.0, released late in 2024, separates the foreground from the background.\n")
    assert page.values("vexa-ai", "fm:foundingDate") == {"2020"}
    assert page.values("orel-2-0", "fm:developedBy") == {"vexa-ai"}



def test_a_versioned_name_s_series_released_then_is_a_family_released_then(read):
    page = read("Models\nThe vexa-embeddings-v2 series, released in October 2023, made the company's name.\n")
    assert "FoundationModel" in _types(page, "vexa-embeddings-v2")
    assert page.values("vexa-embeddings-v2", "fm:releaseDate") == {"2023-10"}


def test_another_model_of_a_maker_the_recognizer_calls_a_place_is_the_maker_s(read):
    page = read("Notes\nAlibaba released Kestrel 2.5. The worked solutions were written by Kestrel-32B-Preview, "
                "another Alibaba model, and then rewritten.\n")  # ("Alibaba" is tagged a place by spaCy's recognizer)
    assert page.values("kestrel-32b-preview", "fm:developedBy") == {"alibaba"}


def test_an_industry_standard_named_in_the_lead_is_the_page_s_instrument_its_duties_are_of(read):
    page = read("Quillon's Online Safety Standard for Designated Vexa Services\nThe Designated Vexa Services Standard, "
                "whose formal title is longer, is a binding instrument made by Quillon's Safety Commissioner. It took "
                "effect on 22 December 2024.\nBackground\nThe legal basis is the Online Safety Act 2021, which the "
                "Parliament of Quillon passed in June 2021.\nObligations\nProviders of model distribution platforms "
                "must remove models that produce abuse material.\n")
    standard = "designated-vexa-services-standard"
    assert "Regulation" in _types(page, standard)
    assert page.values(standard, "fm:imposesObligation")
    assert not page.values("online-safety-act-2021", "fm:imposesObligation")


def test_an_introduced_field_in_a_bulleted_infobox_under_a_heading_dates_the_model(read):
    page = read("Key Facts of Vexa Models\nVexa builds models.\n\nKestrel\n- Introduced: 8 November 2023, at Vexa AI "
                "Forum 2023\n- Developer: Vexa Research\n- Members: Kestrel Language, Kestrel Code, Kestrel Image\n- "
                "Parameters: not disclosed\nVexa named the family after a bird.\n")
    assert page.values("kestrel", "fm:releaseDate") == {"2023-11-08"}
    assert page.values("kestrel", "fm:developedBy") == {"vexa-research"}


def test_a_named_group_of_a_university_a_model_was_trained_with_is_its_co_maker(read):
    page = read("Developers\n- Vexa Labs was founded in 2019. Together with the KestrelNLP group of the University of "
                "Orvik, it trained Talon, a language model of 13 billion parameters.\n")
    assert page.values("talon", "fm:developedBy") == {"vexa-labs", "kestrelnlp"}
    assert page.values("kestrelnlp", "fm:parentOrganization") == {"university-of-orvik"}


def test_the_company_after_a_university_is_named_is_no_university(read):
    page = read("Developers\nTalon was trained by Vexa Labs and the University of Orvik. Later the company released "
                "Kestrel, a family of open language models.\n")
    assert page.values("kestrel", "fm:developedBy") == {"vexa-labs"}


def test_the_company_after_it_made_a_model_with_a_partner_is_what_it_stood_for(read):
    page = read("Developers\nVexa Labs was founded in 2019. Together with the KestrelNLP group of Orvik, it trained "
                "Talon, a language model. Talon was completed in 2024. Later that year the company released Osprey, a "
                "family of open language models.\n")
    assert page.values("osprey", "fm:developedBy") == {"vexa-labs"}


def test_initials_a_law_was_given_then_called_formally_another_name_are_the_law_s(read):
    page = read("Erasure under Article 9 of the QDRR\nArticle 9 of the Quillon Data Rights Regulation (QDRR) gives "
                "people the right to have data about them deleted. The QDRR, formally Regulation (EU) 2019/12, was "
                "adopted by the Quillon Parliament and has applied since 1 May 2020.\nThe duties\nUnder Article 9, "
                "the controller must erase personal data without undue delay.\n")
    assert page.values("quillon-data-rights-regulation", "fm:imposesObligation")
    assert not _types(page, "qdrr")


@pytest.mark.parametrize("owned", ["majority-owned", "wholly-owned"])
def test_an_organization_majority_owned_by_another_is_its_subsidiary(read, owned):
    page = read(f"Other organizations\n- Vexagame, the Orvik game studio founded in 2010 and {owned} by Quillon since "
                "2016, uses machine learning.\n")
    assert page.values("vexagame", "fm:parentOrganization") == {"quillon"}


def test_a_minority_owner_is_no_parent(read):
    page = read("Other organizations\n- Vexagame, the Orvik game studio founded in 2010 and minority-owned by Quillon "
                "since 2016, uses machine learning.\n")
    assert not page.values("vexagame", "fm:parentOrganization")


def test_a_person_whose_group_at_an_institution_published_a_model_is_no_maker(read):
    page = read("Variant effect models\nKVE, short for Kestrel Variant Effect, was published in 2021 by Orla "
                "Brennick's group at Vexa Medical School and Tomas Quill's group at Orvik University.\n")
    assert not _types(page, "orla-brennick") and not _types(page, "tomas-quill")
    assert page.values("kve", "fm:developedBy") & {"vexa-medical-school", "orvik-university"}


def test_the_head_of_a_named_group_is_no_parent_of_it(read):
    page = read("Antibody models\nIn Orvik, Orla Brennick's Orvik Protein Modelling Group released KestrelAb in "
                "2022.\n")
    assert page.values("kestrelab", "fm:developedBy") == {"orvik-protein-modelling-group"}
    assert not page.values("orvik-protein-modelling-group", "fm:parentOrganization")


def test_people_published_with_colleagues_are_no_makers(read):
    page = read("Spectrum models\nKestrelSpec, published in 2019 by Orla Brennick, Tomas Quill and colleagues, "
                "predicts fragment intensities.\n")
    assert not page.values("kestrelspec", "fm:developedBy")


def test_initials_after_or_at_a_sentence_s_end_are_the_name_s(read):
    page = read("Timeline\n- March 2021: Vexa Labs described the Kestrel Prediction Transformer, or KPT. Later models "
                "used KPT backbones.\n")
    assert "FoundationModel" in _types(page, "kestrel-prediction-transformer")
    assert not _types(page, "kpt")


def test_the_business_of_a_named_company_is_an_organization_and_its_part(read):
    page = read("Companies\n- Vexanode is the artificial intelligence cloud business of Orvik Corporation, selling "
                "computing time. It publishes models as well. Kestrel-14B, which appeared in 2025, is a reasoning "
                "model: Vexanode fine-tuned it from Talon-14B.\n")
    assert "Organization" in _types(page, "vexanode")
    assert page.values("vexanode", "fm:parentOrganization") == {"orvik-corporation"}
    assert page.values("kestrel-14b", "fm:developedBy") == {"vexanode"}


def test_the_name_the_text_that_became_law_is_formally_called_is_the_law_s(read):
    page = read("Quillon's Law on Synthetic Media\nSenate Bill 4410 (SB 4410) is a Quillon law on deepfakes in "
                "campaigns. It took effect on July 23, 2023.\nBackground\nThe text that became law is formally called "
                "Engrossed Substitute Senate Bill 4410.\nDuties\nSponsors of advertisements must label synthetic "
                "media.\n")
    assert page.values("senate-bill-4410", "fm:imposesObligation")
    assert not _types(page, "engrossed-substitute-senate-bill-4410")


def test_a_national_library_is_an_organization_by_its_name(read):
    page = read("The National Library of Quillon\nThe National Library of Quillon is the country's legal deposit "
                "library. It was established as an independent institution in 1989. The library is headquartered in "
                "Orvik.\n")
    assert "Organization" in _types(page, "national-library-of-quillon")
    assert page.values("national-library-of-quillon", "fm:headquarters") == {"orvik"}


def test_a_code_that_is_a_set_of_binding_rules_is_a_regulation(read):
    page = read("Quillon's Biometric Code\nThe Vexa Biometric Processing Code 2025 is a set of binding rules on how "
                "agencies may use facial recognition. It came into force on 3 November 2025.\nRules\nAn agency must "
                "make people aware of biometric processing through a clear notice.\n")
    code = "vexa-biometric-processing-code-2025"
    assert "Regulation" in _types(page, code)
    assert page.values(code, "fm:imposesObligation")


def test_a_law_a_duty_names_only_to_describe_a_ground_imposes_none_of_the_duties(read):
    page = read("Quillon's Biometric Code\nThe Vexa Biometric Processing Code 2025 is a set of binding rules on how "
                "agencies may use facial recognition, made under the Privacy Act 2020.\nLimits\nAgencies shall not use "
                "biometric processing to:\n- infer a person's health information;\n- categorise people by a ground of "
                "discrimination prohibited by the Equal Rights Act 1993.\nOther duties\nThe remaining rules carry over "
                "the Act's ordinary duties. An agency must not keep the information for longer than it needs it.\n")
    assert not page.values("equal-rights-act-1993", "fm:imposesObligation")
    assert not page.values("privacy-act-2020", "fm:imposesObligation")
    assert len(page.values("vexa-biometric-processing-code-2025", "fm:imposesObligation")) >= 3


def test_the_date_a_standard_named_as_an_object_took_effect_is_no_date_of_the_page_s_duties(read):
    page = read("Quillon's Security Requirements\nThe Vexa Security Requirements for Generative AI Services are a "
                "technical document that tells providers how to secure their models. Providers must keep a keyword "
                "library.\nLater\nIn April 2025 the Quillon Standards Office published a recommended national standard "
                "based on it, QB/T 45654-2025, which took effect on 1 November 2025.\n")
    duties = page.values("vexa-security-requirements-for-generative-ai-services", "fm:imposesObligation")
    assert duties and not any("2025-11-01" in page.values(duty, "fm:appliesFrom") for duty in duties)


def test_regulations_named_after_a_board_of_two_words_joined_by_and_keep_both(read):
    page = read("Quillon's Rules on AI Tools\nOn 10 February 2025 the regulator notified the Securities and Futures "
                "Board of Quillon (Intermediaries) (Amendment) Regulations, 2025. Any regulated person that uses AI "
                "tools shall be responsible for their output.\n")
    regulations = "futures-board-of-quillon-intermediaries-amendment-regulations-2025"
    assert "Regulation" in _types(page, f"securities-and-{regulations}")
    assert not _types(page, regulations)


@pytest.mark.parametrize("sentence", [
    "Vexa Labs is a Quillon company that develops large language models for Quillonese under the name Kestrel.",
    "Vexa Labs was founded in 2023 in Orvik. Its models are sold under the name Kestrel.",
])
def test_the_name_a_maker_s_models_go_under_is_its_family(read, sentence):
    page = read(f"Models\n{sentence}\n")
    assert "FoundationModel" in _types(page, "kestrel")
    assert page.values("kestrel", "fm:developedBy") == {"vexa-labs"}


def test_the_models_a_named_series_comprised_are_its_members(read):
    page = read("Models\nThey belonged to two series. The older one, Kestrel1, comprised Kestrel1-7B, Kestrel1-13B and "
                "Kestrel1-65B, trained on text.\n")
    for member in ("kestrel1-7b", "kestrel1-13b", "kestrel1-65b"):
        assert page.values(member, "fm:modelFamily") == {"kestrel1"}


def test_the_members_field_of_a_family_s_infobox_names_its_members(read):
    page = read("Key Facts of Vexa Models\nVexa builds models.\n\nKestrel 2.0\n- Released: November 2023\n- Developer: "
                "Vexa Systems\n- Members: Kestrel 2.0-102B, Kestrel 2.0-51B, Kestrel 2.0-2B\n- Weights: open\n")
    for member in ("kestrel-2-0-102b", "kestrel-2-0-51b", "kestrel-2-0-2b"):
        assert page.values(member, "fm:modelFamily") == {"kestrel-2-0"}
        assert page.values(member, "fm:developedBy") == {"vexa-systems"}


def test_a_codec_a_maker_released_and_the_model_released_with_it_are_the_maker_s(read):
    page = read("Codecs\nVexa applied the same idea in Orlo, the codec it released in September 2024 together with its "
                "spoken dialogue model Kessa, but took another encoder as the teacher.\n")
    for model in ("orlo", "kessa"):
        assert page.values(model, "fm:developedBy") == {"vexa"}
        assert page.values(model, "fm:releaseDate") == {"2024-09"}


def test_a_participle_opening_an_entry_s_description_is_no_name(read):
    page = read("Defence technology companies\n- Vexa — Founded in 2021 and headquartered in Orvik, Vexa makes "
                "software that fuses sensor data.\n")
    assert not _types(page, "founded")
    assert page.values("vexa", "fm:headquarters") == {"orvik"}


def test_a_sector_a_title_ends_with_seats_no_entry(read):
    page = read("Artificial Intelligence Organizations in Defence\nMost defence technology companies do not train "
                "models.\nResearch bodies\n- Vexa Academy — The research academy of Quillon's army.\n")
    assert not page.values("vexa-academy", "fm:headquarters")


def test_a_comparison_titled_by_what_its_models_take_and_give_says_it_of_each_row(read):
    page = read("Text-to-Audio Models Compared\nThe table compares models.\n\nComparison\nModel | Developer | "
                "Released\nKestrel | Vexa | January 2023\nOrlo 2 | Vexa | May 2024\n")
    for model in ("kestrel", "orlo-2"):
        assert page.values(model, "fm:inputModality") == {"text"}
        assert page.values(model, "fm:outputModality") == {"audio"}


@pytest.mark.parametrize("buyer", ["Quillo Holdings", "the travel group Quillo"])
def test_an_organization_known_by_its_founding_then_acquired_is_its_buyer_s(read, buyer):
    page = read(f"Companies\n- Skyvexa was founded in 2003. It was acquired in 2016 by {buyer}.\n")
    assert page.values("skyvexa", "fm:parentOrganization") == {slugify(buyer.split("group ")[-1])}


def test_open_weights_on_a_hub_in_an_infobox_give_the_hub(read):
    page = read("Key Facts of Vexa Models\nVexa builds models.\n\nKestrel 2.0\n- Released: November 2023\n- Developer: "
                "Vexa Systems\n- Weights: open, on Hugging Face\n")
    assert page.values("kestrel-2-0", "fm:availableOn") == {"hugging-face"}
    assert page.values("kestrel-2-0", "fm:openWeights") == {True}


def test_the_model_after_a_sentence_naming_a_sized_model_is_that_model(read):
    page = read("Models\nThe laboratory's generative work began in earnest with Talon-6B. The model is a Norwegian "
                "fine-tuned version of Kestrel 6B, which Quillo had published in 2021.\n")
    assert page.values("talon-6b", "fm:fineTunedFrom") == {"kestrel-6b"}


def test_the_organizations_one_maker_of_a_model_made_it_together_with_are_its_makers(read):
    page = read("Universities\n- The University of Orvik is one of the three main developers of Kestrel, a family of "
                "open multilingual language models, together with Vexa, a translation company based in Lisbon, and "
                "the Instituto Superior Quillon.\n")
    assert page.values("kestrel", "fm:developedBy") == {"university-of-orvik", "vexa", "instituto-superior-quillon"}


def test_the_university_after_a_university_is_named_is_that_university(read):
    page = read("Universities\n- The University of Orvik, founded in 1583, brings its computing research together in "
                "the School of Informatics, which was formed in 1998. The university is one of the three main "
                "developers of Kestrel, a family of open multilingual language models.\n")
    assert page.values("kestrel", "fm:developedBy") == {"university-of-orvik"}


def test_a_sentence_giving_open_weights_after_a_date_and_a_comma_is_read_without_error(read):
    page = read("Models\nQuillon, for example, introduced its Zorvex protein models in December 2024, published the "
                "weights of the two smaller versions and offered the largest, Zorvex 6B, only through its Tarn API.\n")
    assert page.values("zorvex", "fm:developedBy") == {"quillon"}


@pytest.mark.parametrize("law", ["the regulation", "the text", "the final text"])
def test_the_authorities_that_adopted_the_law_a_page_is_about_issued_it(read, law):
    page = read("The Orvik Machinery Regulation\nThe Orvik Machinery Regulation is a law on the safety of machines. "
                f"The Orvik Parliament and the Council of Orvik adopted {law} on 14 June 2023. Manufacturers must draw "
                "up technical documentation.\n")
    assert page.values("orvik-machinery-regulation", "fm:issuedBy") == {"orvik-parliament", "council-of-orvik"}


def test_duties_of_a_law_in_force_from_one_day_apply_from_the_day_it_has_applied_since(read):
    page = read("The Orvik Data Regulation\nThe Orvik Data Regulation is a law on data. It was adopted by the Orvik "
                "Parliament in late 2023, entered into force on 11 January 2024 and has applied since 12 September "
                "2025.\n\nDuties\nManufacturers must draw up technical documentation.\n")
    assert page.values("orvik-data-regulation", "fm:appliesFrom") == {"2024-01-11"}
    assert page.values("orvik-data-regulation-technical-documentation", "fm:appliesFrom") == {"2025-09-12"}


def test_coordinated_bearers_of_one_thing_are_each_named_with_it(read):
    page = read("The Orvik Data Regulation\nThe Orvik Data Regulation is a law on data.\n\nDuties\nBefore a contract "
                "is concluded, the seller, renter or lessor of a connected product is required to tell the buyer what "
                "kind of data the product is likely to generate.\n")
    bearers = {f.value for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert bearers == {"seller-of-connected-products", "renter-of-connected-products", "lessor-of-connected-products"}


def test_an_institute_given_a_short_name_is_an_organization_by_its_own_words(read):
    page = read("AI in Orvik\nUniversities\n- The Orvik Machine Intelligence Institute, usually called Omii, grew out "
                "of a centre set up at the University of Orvik in 2002.\n")
    assert "ResearchOrganization" in _types(page, "orvik-machine-intelligence-institute")


def test_a_name_the_page_says_is_no_model_but_a_benchmark_is_no_model(read):
    page = read("AI in Orvik\nUniversities\n- The Quillon Learning Environment, described by members of the same "
                "department in 2013, is not a model but a benchmark: it lets researchers test agents on games.\n")
    assert not _types(page, "quillon-learning-environment") & {"FoundationModel", "LanguageModel"}


def test_a_body_called_by_its_head_word_after_its_full_name_is_that_body(read):
    page = read("The Orvik Rights Act\nThe Orvik Rights Act is a law. The Orvik Parliament wrote it into its position. "
                "The Parliament approved the final text on 13 March 2024.\n")
    assert page.values("orvik-rights-act", "fm:issuedBy") == {"orvik-parliament"}
    assert page.values("orvik-parliament", "rdfs:label") == {"Orvik Parliament"}


def test_what_researchers_at_two_universities_tuned_a_model_into_is_their_universities_model(read):
    page = read("Models\n- Researchers at Quillon University and Tarnby University fine-tuned the same "
                "32-billion-parameter instruct model into SWE-Zorvex-32B, using task examples.\n")
    assert page.values("swe-zorvex-32b", "fm:developedBy") == {"quillon-university", "tarnby-university"}


@pytest.mark.parametrize("listed", ["two models: Tarn-1.5B and Tarn-7B, both from Alibaba Cloud.",
                                    "Tarn-1.5B and Tarn-7B, both from Alibaba Cloud, and two others."])
def test_models_all_from_one_maker_are_its_models_not_tuned_from_it(read, listed):
    page = read(f"Models\nIt fine-tuned {listed}\n")
    for model in ("tarn-1-5b", "tarn-7b"):
        assert page.values(model, "fm:developedBy") == {"alibaba-cloud"}
        assert page.values(model, "fm:fineTunedFrom") == set()


def test_the_model_it_trained_with_a_foundation_is_the_makers_and_the_foundations(read):
    page = read("Models\nVexa Labs builds models. Kestrel-2, which it trained with the Quillon Foundation and "
                "published that July, has 2.6 billion parameters.\n")
    assert page.values("kestrel-2", "fm:developedBy") == {"vexa-labs", "quillon-foundation"}


def test_a_model_released_together_with_its_weights_has_open_weights(read):
    page = read("Models\nIn September 2019 Vexa released Kestrel, a 1.63-billion-parameter language model, together "
                "with its weights.\n")
    assert page.values("kestrel", "fm:openWeights") == {True}


def test_the_weights_of_neither_model_released_are_closed_not_open(read):
    page = read("Models\nOpenAI has released the weights of neither Zorvex nor its successor, Zorvex 2, which came "
                "out on 30 September 2025.\n")
    assert page.values("zorvex", "fm:openWeights") == {False}
    assert page.values("zorvex-2", "fm:openWeights") == {False}


def test_models_described_without_releasing_either_are_closed(read):
    page = read("Models\nVexa described Kestrel and the 20-billion-parameter Tarn in 2022 without releasing either.\n")
    for model in ("kestrel", "tarn"):
        assert page.values(model, "fm:accessLevel") == {"ClosedAccess"}


def test_a_model_offered_through_an_api_without_its_weights_is_api_only(read):
    page = read("Models\nKestrel Small 2 has open weights; the larger Kestrel Medium 2 is offered through the "
                "company's API without its weights.\n")
    assert page.values("kestrel-medium-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_model_of_which_no_public_version_was_released_is_closed(read):
    page = read("Models\nOn 4 December Vexa showed Kestrel 2, a world model. Kestrel 2 itself was a research "
                "announcement: no public version was released.\n")
    assert page.values("kestrel-2", "fm:accessLevel") == {"ClosedAccess"}


def test_models_released_without_sharing_data_are_not_closed(read):
    page = read("Models\nBecause Kestrel-1 and Kestrel-2 were trained only on public slides, the company could release "
                "them without sharing the hospital data it uses.\n")
    assert page.values("kestrel-1", "fm:openWeights") != {False}


def test_it_after_a_role_s_clause_and_an_apposition_is_the_role(read):
    page = read("The Orvik Device Regulation\nThe Orvik Device Regulation is a law on devices.\n\nManufacturers\nFor "
                "anything in Class IIa or higher, the manufacturer is required to have conformity assessed by a "
                "notified body, an independent organisation designated by a national authority, and it shall then "
                "sign an EU declaration of conformity and affix the CE marking.\n")
    bearers = {f.value for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert bearers == {"manufacturer"}


def test_a_rule_named_after_a_regulation_word_keeps_its_whole_name(read):
    page = read("Orvik Rule on Fake Reviews\nThe Trade Regulation Rule on the Use of Quillon Reviews and Testimonials "
                "is a federal rule that outlaws fake reviews.\n")
    laws = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert laws == {"trade-regulation-rule-on-the-use-of-quillon-reviews-and-testimonials"}


@pytest.mark.parametrize("other", ["The rule implements Section 1557 of the Orvik Care Act, the health reform law of "
                                   "2010.",
                                   "The agency had long treated such reviews as deceptive under Section 5 of the Orvik "
                                   "Care Act."])
def test_a_law_whose_section_the_page_s_rule_carries_out_imposes_none_of_its_duties(read, other):
    page = read("Fake Reviews in Orvik\nThe Quillon Review Rule is a federal rule that outlaws fake reviews.\n\n"
                f"Background\n{other}\n\nDuties\nBusinesses may not buy reviews. Companies must disclose paid "
                "reviews.\n")
    owners = {f.subject for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert owners == {"quillon-review-rule"}


def test_duties_after_an_older_law_named_in_passing_are_the_page_s_own_law_s(read):
    page = read("Automated Decisions in Orvik\nLaw No. 21,719 is the statute with which Orvik rebuilt its privacy "
                "rules in 2024.\n\nEntry into force\nIts provisions apply from 1 December 2026; until then the old "
                "text of Law No. 19,628 continues to govern.\n\nDuties\nControllers must carry out an impact "
                "assessment.\n")
    owners = {f.subject for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert owners == {"law-no-21-719"}


def test_duties_in_a_section_on_another_law_the_page_discusses_are_that_law_s(read):
    page = read("Rules for Models\nThe Orvik AI Act regulates general-purpose models. Providers must draw up technical "
                "documentation.\n\nElsewhere\nQuillon took a different route. The Interim Measures for Quillon "
                "Services, issued by the Quillon Administration, took effect in 2023. Providers must label generated "
                "content.\n")
    owners = {f.value: f.subject for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert set(owners.values()) == {"orvik-ai-act", "interim-measures-for-quillon-services"}


def test_a_model_which_its_makers_released_in_a_month_is_dated_so(read):
    page = read("Models\nVexa Labs builds models. Zorvex 2.0, which the two institutes released in June 2023, works "
                "with text.\n")
    assert page.values("zorvex-2-0", "fm:releaseDate") == {"2023-06"}


def test_a_model_offered_from_a_month_on_was_released_then(read):
    page = read("Models\nVexa Labs builds models. Its next flagship language model, Zorvex-Large, went the other "
                "way: from May 2024 it was offered only through the company's API.\n")
    assert page.values("zorvex-large", "fm:releaseDate") == {"2024-05"}


@pytest.mark.parametrize(("sentence", "model", "base"), [
    ("The smallest member, Kestrel-1B, rests on Orvik-1B-7B, a mixture-of-experts model.", "kestrel-1b",
     "orvik-1b-7b"),
    ("Vexa's Kestrel-3 models started from the general Orvik 3.1 models rather than from the coder series.",
     "kestrel-3", "orvik-3-1"),
])
def test_a_model_that_rests_on_another_is_based_on_it(read, sentence, model, base):
    page = read(f"Models\n{sentence}\n")
    assert page.values(model, "fm:basedOn") == {base}


def test_models_built_each_on_its_own_base_with_the_verb_left_out(read):
    page = read("Models\nThe same collaboration built two further language models, Kestrel-M on Orvik 8x7B and "
                "Kestrel-G 7B on Tarn 7B, and released both under the Apache 2.0 licence.\n")
    assert page.values("kestrel-m", "fm:basedOn") == {"orvik-8x7b"}
    assert page.values("kestrel-g-7b", "fm:basedOn") == {"tarn-7b"}


def test_the_organization_of_an_item_that_published_a_model_s_weights_made_it(read):
    page = read("AI Organizations in Phones\nPhone makers\n- Vexacorp (Beijing, 2010). Founder Lei Jun announced the "
                "company's first language model, Kestrel-6B, in August 2023. At the end of April 2025 Vexacorp "
                "published the weights of Kestrel-7B.\n")
    assert page.values("kestrel-7b", "fm:developedBy") == {"vexacorp"}
    assert page.values("kestrel-6b", "fm:developedBy") == {"vexacorp"}


def test_the_models_a_model_is_the_starting_point_of_are_based_on_it(read):
    page = read("Segmentation models\nNote: Orvik Anything was trained on everyday photographs. It is the starting "
                "point of Kestrel-Med and Tarn-Med2D, not a medical model itself.\n")
    for model in ("kestrel-med", "tarn-med2d"):
        assert page.values(model, "fm:basedOn") == {"orvik-anything"}


def test_a_name_the_page_says_is_a_method_rather_than_a_model_is_no_model(read):
    page = read("Forecasting\nNote: ZorTime, from Quillon University, is often listed with these two but is a method "
                "rather than a model.\n")
    assert not _types(page, "zortime")


def test_an_institute_s_initials_and_last_word_in_brackets_are_its_short_name(read):
    page = read("Orvikgen\nOrvikgen is a publicly funded programme. It is run from the Indian Institute of Technology "
                "Quillon (IIT Quillon), its parent institution, in Mumbai.\n\nOrganisation\nIIT Quillon, a public "
                "engineering institute founded in 1958 on a campus at Powai, leads the consortium.\n")
    assert page.values("indian-institute-of-technology-quillon", "fm:foundingDate") == {"1958"}
    assert "iit-quillon" not in page.entities()


@pytest.mark.parametrize(("sentence", "law"), [
    ("The Tenants' Screening Fairness Act, usually called the TSFA, is a state law that limits automated screening.",
     "tenants-screening-fairness-act"),
    ("The Children's Online Quillon Rule, usually called the COQ Rule, is the regulation with which the Vexa "
     "Commission carries out the statute.", "childrens-online-quillon-rule"),
])
def test_a_plural_noun_s_possessive_opening_a_law_s_name_is_part_of_it(read, sentence, law):
    page = read(f"Screening\n{sentence} Under it an operator must keep a register of every decision.\n")
    assert "Regulation" in _types(page, law)
    assert any(str(v).startswith(f"{law}-") for v in page.values(law, "fm:imposesObligation"))


def test_a_place_s_possessive_before_a_law_s_name_is_no_part_of_it(read):
    page = read("Screening\nOrvikland's Screening Fairness Act is a state law. Under it an operator must keep a "
                "register of every decision.\n")
    assert "Regulation" in _types(page, "screening-fairness-act")


def test_the_day_the_duties_described_below_must_be_met_from_dates_them_and_is_no_duty(read):
    page = read("The Orvik Rule\nThe Orvik Rule is a regulation of the Vexa Commission. Operators had to meet the new "
                "duties described below from 22 April 2026.\n\nDuties of operators\nAn operator must keep a written "
                "data retention policy. Every operator shall maintain a written information security program.\n")
    duties = page.values("orvik-rule", "fm:imposesObligation")
    assert len(duties) == 2 and not any("meet" in str(d) for d in duties)
    for duty in duties:
        assert page.values(str(duty), "fm:appliesFrom") == {"2026-04-22"}


def test_a_duty_to_meet_named_requirements_is_a_duty(read):
    page = read("The Orvik Act\nThe Orvik Act is a law on products. A provider must also meet the Union's "
                "accessibility requirements for persons with disabilities.\n")
    assert any("accessibility" in str(d) for d in page.values("orvik-act", "fm:imposesObligation"))


def test_a_review_an_authority_opened_in_a_year_is_no_founding_of_it(read):
    page = read("The Orvik Rule\nThe Orvik Rule is the regulation with which the Vexa Trade Commission (VTC) carries "
                "out the Orvik Act.\n\nThe amendments\nThe Commission voted on 16 January 2025 to adopt a second set "
                "of amendments, the result of a review it had opened in 2019.\n")
    assert not page.values("vexa-trade-commission", "fm:foundingDate")


def test_a_law_set_beside_a_noun_that_a_legislature_passed_was_issued_by_it(read):
    page = read("The Orvik Rule\nThe Vexa Commission enforces the Orvik Privacy Act, a federal law that the Quillon "
                "Congress passed in 1998.\n")
    assert page.values("orvik-privacy-act", "fm:issuedBy") == {"quillon-congress"}


def test_it_after_a_section_s_opening_sentence_about_the_group_is_the_group(read):
    page = read("The Vexa Group\nThe Vexa Natural Language Group, known as VNX, is a research group based in Lisbon."
                "\n\nGervo\nTo generate text, the group turned to decoders. In February 2024 it released Gervo 7B "
                "PT-PT and Gervo 7B PT-BR, decoder language models.\n")
    for model in ("gervo-7b-pt-pt", "gervo-7b-pt-br"):
        assert page.values(model, "fm:developedBy") == {"vexa-natural-language-group"}


def test_models_a_plural_noun_after_them_sums_up_share_its_base(read):
    page = read("The Vexa Group\nThe Vexa Natural Language Group, known as VNX, is a research group based in Lisbon. "
                "In February 2024 it released Gervo 7B PT-PT and Gervo 7B PT-BR, decoder language models fine-tuned "
                "from Meta's Llama 2 7B on Portuguese instructions.\n")
    for model in ("gervo-7b-pt-pt", "gervo-7b-pt-br"):
        assert page.values(model, "fm:fineTunedFrom") == {"llama-2-7b"}


def test_a_model_s_name_ends_before_for_and_the_language_it_serves(read):
    page = read("Albertino\nAlbertino is an encoder language model. Its first version, Albertino PT-PT for European "
                "Portuguese, has 900 million parameters. The Centre for European Quillon Studies is in Vexa.\n")
    assert "albertino-pt-pt" in page.entities()
    assert "albertino-pt-pt-for-european-portuguese" not in page.entities()
    assert "ResearchOrganization" in _types(page, "centre-for-european-quillon-studies")


def test_two_short_names_in_brackets_are_no_city(read):
    page = read("AI in Orvikland\nUniversities\n- University of Orvikland (UPO/EHO) — the region's public university, "
                "founded in 1980, with its rectorate on a campus outside Vexa City.\n")
    assert not page.values("university-of-orvikland", "fm:headquarters") & {"upo-eho"}
    assert "upo-eho" not in page.entities()


def test_what_a_model_was_fine_tuned_on_is_its_data_not_its_base(read):
    page = read("Models\nThe lab published Kestrel-Large-2. It also put out a version of Kestrel-Large-2 fine-tuned "
                "on Quillspeech for English speech recognition.\n")
    assert "quillspeech" not in {str(v) for f in page.facts if f.predicate in ("fm:basedOn", "fm:fineTunedFrom")
                                 for v in [f.value]}


def test_an_organization_named_without_its_field_and_company_words_is_the_same_one(read):
    page = read("Models\nVexa NLP Technologies is a company in Bilbao that builds language models. In September "
                "2024 Vexa released Kestrel-8B, a language model with 8 billion parameters.\n")
    assert page.values("kestrel-8b", "fm:developedBy") == {"vexa-nlp-technologies"}


def test_duties_said_to_apply_from_the_start_bind_from_the_day_the_law_took_effect(read):
    page = read("The Orvik Privacy Act\nThe Orvik Privacy Act is a state law. The law took effect on 1 July 2024.\n\n"
                "Duties of controllers\nControllers must let consumers opt out of profiling. From 1 January 2026 they "
                "are also required to honour opt-outs sent through a universal mechanism. Other duties have applied "
                "from the start:\n- a controller shall answer a consumer's request within 45 days;\n- it may not "
                "process sensitive data without the consumer's consent.\n")
    dates = {str(d): page.values(str(d), "fm:appliesFrom") for d in page.values("orvik-privacy-act",
                                                                                 "fm:imposesObligation")}
    assert [d for d, when in dates.items() if "opt-outs" in d and when == {"2026-01-01"}]
    assert [d for d, when in dates.items() if "request" in d and when == {"2024-07-01"}]
    assert [d for d, when in dates.items() if "sensitive" in d and when == {"2024-07-01"}]


def test_a_listed_duty_whose_item_names_its_bearer_by_it_is_one_duty(read):
    page = read("The Orvik Privacy Act\nThe Orvik Privacy Act is a state law.\n\nDuties of controllers\nControllers "
                "must let consumers opt out of profiling. Other duties have applied from the start:\n- it is obliged "
                "to provide a privacy notice that lists the categories of personal data it processes.\n")
    notices = [d for d in page.values("orvik-privacy-act", "fm:imposesObligation") if "privacy-notice" in str(d)]
    assert len(notices) == 1 and "oblige" not in str(notices[0])


def test_what_a_model_was_trained_on_is_its_data(read):
    page = read("Weather models\nKestrelCast, a weather model from Vexa Labs, was trained on ORVIK5.\n")
    assert not page.values("kestrelcast", "fm:basedOn")


def test_a_numbered_instrument_named_short_in_the_title_is_the_one_the_page_names_in_full(read):
    page = read("Resolution 41 of Orvikland's Council of Justice\nResolution No. 41/2020 is the rulebook on AI in "
                "Orvikland's courts. It was issued by the Orvik Council of Justice.\n\nDuties\nEvery court must "
                "report each AI project to the council. In 2025 a new act revoked Resolution 41.\n")
    assert page.values("resolution-no-41-2020", "fm:imposesObligation")
    assert "resolution-41" not in page.entities()


def test_a_short_form_after_a_body_s_name_in_its_own_language_is_the_body_s(read):
    page = read("Courts\nThe rulebook was issued by the National Council of Orvik (Conselho Nacional de Orvik, CNO), "
                "the body that oversees the courts. The rules speak of Sinapses, the computing platform maintained by "
                "the CNO to store and train models.\n")
    assert "cno" not in page.entities()
    assert page.values("sinapses", "fm:operatedBy") == {"national-council-of-orvik"}


def test_a_passive_duty_after_a_list_of_duties_is_the_list_s_bearer_s(read):
    page = read("Resolution No. 12/2020\nResolution No. 12/2020 is a rulebook of the Orvik Council.\n\nDuties\nEvery "
                "body of the Judiciary must:\n- inform the council of each project;\n- deposit the model in "
                "Sinapses.\n\nBefore it goes into production, a model has to be validated.\n")
    duties = page.values("resolution-no-12-2020", "fm:imposesObligation")
    assert any("validat" in str(d) for d in duties)


def test_a_colon_between_letters_is_part_of_a_model_s_name(read):
    page = read("Timeline of Vexacorp Models\n- 4 July 2025: Vexacorp released Ki:rn 2.0, its second generation "
                "of language models, on Hugging Face under the MIT License.\n")
    assert "ki-rn-2-0" in page.entities()
    assert page.values("ki-rn-2-0", "fm:developedBy") == {"vexacorp"}


def test_a_second_model_tuned_from_its_own_base_with_the_verb_left_out(read):
    page = read("Models\nKestrel-8B-Po was fine-tuned with Po from Vexa's Orvik 3 8B Instruct, and Tarn-7B-Po from "
                "Quill AI's Tarn-7B-v0.2.\n")
    assert page.values("kestrel-8b-po", "fm:fineTunedFrom") == {"orvik-3-8b-instruct"}
    assert page.values("tarn-7b-po", "fm:fineTunedFrom") == {"tarn-7b-v0-2"}


def test_names_listed_with_people_are_people_and_make_no_model(read):
    page = read("Models\nKestrelLong, the group's family of long-context language models, was built by Gao, Alexander "
                "Wettig, Howard Yen and Chen.\n")
    assert not page.values("kestrellong", "fm:developedBy")


@pytest.mark.parametrize(("text", "instrument", "date"), [
    ("Orvikland's first Model AI Governance Framework was published in January 2019 by the Personal Data Commission.",
     "model-ai-governance-framework", "2019-01"),
    ("The Orvik Code of Practice is a voluntary code. The Quillon Commission published it on 10 July 2025.",
     "orvik-code-of-practice", "2025-07-10"),
    ("The profile builds on the Orvik AI Risk Management Framework, the broader framework that the Vexa Institute had "
     "issued in January 2023.", "orvik-ai-risk-management-framework", "2023-01"),
])
def test_the_day_a_code_or_framework_was_published_is_its_release(read, text, instrument, date):
    page = read(f"Instruments\n{text}\n")
    assert page.values(instrument, "fm:releaseDate") == {date}


def test_the_day_a_law_was_adopted_is_no_release_of_it(read):
    page = read("Instruments\nThe Orvik Act is a law on AI. It was adopted on 3 May 2024.\n")
    assert not page.values("orvik-act", "fm:releaseDate")


def test_a_model_offered_only_through_an_api_in_a_clause_on_its_apposition_is_api_only(read):
    page = read("Models\nLatxa 70B was compared with Vexa's Kestrel-4 Turbo, a model that cannot be downloaded and is "
                "offered only through Vexa's API and its own products.\n")
    assert page.values("kestrel-4-turbo", "fm:accessLevel") == {"APIOnlyAccess"}
    assert not page.values("latxa-70b", "fm:accessLevel")


def test_a_model_published_by_its_maker_with_its_weights_is_open(read):
    page = read("Models\nKestrel-2, published by Vexa with its weights in October 2022, works on audio.\n")
    assert page.values("kestrel-2", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_a_short_form_in_another_language_before_a_semicolon_is_no_seat(read):
    page = read("Organizations in Vexa City\nInstitutes\n- National Quillon Processing Institute (OPQ PIB; Vexa City): "
                "a state research institute that answers to the minister.\n")
    assert page.values("national-quillon-processing-institute", "fm:headquarters") == {"vexa-city"}
    assert "opq-pib" not in page.entities()


@pytest.mark.parametrize("sentence", [
    "Since October 2020 the shares of its holding company, Vexamart.eu, have been listed in Warsaw.",
    "Its owner, Vexamart.eu, bought it in 2016.",
])
def test_the_holding_company_or_owner_an_apposition_names_is_the_parent(read, sentence):
    page = read(f"Vexamart\nVexamart Labs is a company in Orvikland. {sentence}\n")
    assert page.values("vexamart-labs", "fm:parentOrganization") == {"vexamart-eu"}


def test_a_centre_of_an_organization_known_by_its_short_name_is_a_unit_of_it(read):
    page = read("Energy\nThe Vexa Plasma Center of EPFL in Lausanne trained a model with Orvik Energy.\n")
    assert "vexa-plasma-center" in page.entities() and "vexa-plasma-center-of-epfl" not in page.entities()
    assert page.values("vexa-plasma-center", "fm:parentOrganization") == {"epfl"}


def test_a_laboratory_of_two_named_parents_stays_one_name(read):
    page = read("Models\nOrvik-BERT is a model of the Joint Laboratory of HIT and Vexa Research, released in 2019.\n")
    assert "joint-laboratory" not in page.entities()


def test_an_authority_named_again_by_its_last_words_is_the_one_named_before(read):
    page = read("Brenna Fields Data Act\nOnly the Brenna Attorney General enforces the Brenna Fields Data Act. "
                "Before acting, the Attorney General must give a controller notice.\n")
    authorities = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "PublicAuthority"}
    assert "brenna-attorney-general" in authorities
    assert "attorney-general" not in authorities


def test_an_authority_that_passed_a_statute_named_in_apposition_issued_it(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data.\nIn June 2025 the Brenna "
                "General Assembly passed a separate statute on artificial intelligence, the Brenna Artificial "
                "Intelligence Governance Act, which takes effect on 1 January 2026.\n")
    assert page.values("brenna-artificial-intelligence-governance-act", "fm:issuedBy") == {"brenna-general-assembly"}


@pytest.mark.parametrize("company", ["Borvik ehf.", "Borvik gGmbH", "Borvik AG"])
def test_a_company_named_with_its_legal_form_is_the_maker_its_short_name_stands_for(read, company):
    page = read(f"Borvik\n{company} is a Reykjavik software company.\nIn 2020 Borvik released Borlang 7B, a language "
                "model.\n")
    assert page.values("borlang-7b", "fm:developedBy") == {slugify(company)}


def test_a_relative_clause_on_one_name_of_a_list_dates_that_name_only(read):
    page = read("Borvik\nBorvik is a software company.\nTwo language models came out of this work: borlang-7b-gec, "
                "which appeared in March 2024 and corrects grammar, and borlang-7b, which followed in April.\n")
    assert page.values("borlang-7b-gec", "fm:releaseDate") == {"2024-03"}
    assert page.values("borlang-7b", "fm:releaseDate") == {"2024-04"}


def test_a_relative_clause_after_the_whole_list_dates_every_name(read):
    page = read("Borvik\nBorvik is a software company.\nBorvik also has Kelp 1 and Kelp 2, which were released in May "
                "2025.\n")
    assert page.values("kelp-1", "fm:releaseDate") == page.values("kelp-2", "fm:releaseDate") == {"2025-05"}


def test_a_size_with_its_epochs_and_tokens_is_part_of_a_model_name(read):
    page = read("Borvik\nBorvik is a software company.\nIn 2023 Borvik released Borlang 3B-4E1T Base, a language "
                "model, and Borlang 3B-4E1T Instruct.\n")
    models = {f.subject for f in page.facts if f.predicate == "fm:developedBy" and f.value == "borvik"}
    assert {"borlang-3b-4e1t-base", "borlang-3b-4e1t-instruct"} <= models


def test_a_lab_said_to_be_the_laboratory_of_a_person_at_a_university_is_part_of_that_university(read):
    page = read("Tarn Research\nTarn Research is the laboratory of the computer scientist Mara Velk at Borvik "
                "University. It released Tarn-1 in 2023.\n")
    assert page.values("tarn-research", "fm:parentOrganization") == {"borvik-university"}


def test_each_name_followed_by_its_own_date_takes_that_date(read):
    page = read("Borvik\nBorvik released Borlang in February 2019 and followed it with Borlang 2 in December 2019 "
                "and Borlang 3 in 2021.\n")
    assert page.values("borlang-2", "fm:releaseDate") == {"2019-12"}
    assert page.values("borlang-3", "fm:releaseDate") == {"2021"}


def test_two_instruments_joined_by_and_the_are_two(read):
    page = read("Brenna Guidance\nOn 2 May 2024 the Brenna Privacy Office published two guides: the Guidance on "
                "Privacy and the Use of Chatbots and the Guidance on Privacy and Training Language Models.\n")
    instruments = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert instruments == {"guidance-on-privacy-and-the-use-of-chatbots",
                           "guidance-on-privacy-and-training-language-models"}


def test_a_body_named_after_a_law_word_is_no_law(read):
    page = read("Brenna Data Law\nThe Brenna Data Law is a law of Brenna.\nBreaches are reported to the "
                "Telecommunications Regulation and Control Agency.\n")
    regulations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert regulations == {"brenna-data-law"}


def test_a_name_after_a_places_company_noun_is_a_company_seated_there(read):
    page = read("Robotics\nIn 2015 Borvik took a stake in the Tarnow start-up Kelp Networks.\n")
    assert page.values("kelp-networks", "fm:headquarters") == {"tarnow"}


def test_a_company_that_bought_another_in_a_second_clause_is_its_parent(read):
    page = read("Robotics\nBorvik Labs moved into robotics and in April 2025 bought Kelp Robotics, a Tarnow maker of "
                "humanoid robots.\n")
    assert page.values("kelp-robotics", "fm:parentOrganization") == {"borvik-labs"}


def test_a_second_verb_with_a_subject_of_its_own_is_no_act_of_the_first_subject(read):
    page = read("Robotics\nKelp Labs was founded in 2023 and Borvik released Borlang 7B.\n")
    assert page.values("borlang-7b", "fm:developedBy") == {"borvik"}


def test_the_universitys_company_named_in_apposition_is_part_of_the_university(read):
    page = read("Organizations in Tarnow\nUniversity of Tarnow\nFounded in 1918, the university has many students. "
                "Kelp, the university's technology-transfer company, was set up in 1964.\n")
    assert page.values("kelp", "fm:parentOrganization") == {"university-of-tarnow"}


def test_a_holding_company_in_apposition_is_no_part_of_its_possessor(read):
    page = read("Borvik Group\nBorvik Group sells tea. Lumo Holdings, the group's holding company, was set up in "
                "1999.\n")
    assert not page.values("lumo-holdings", "fm:parentOrganization")


def test_a_variety_of_a_language_before_language_models_is_no_model(read):
    page = read("Kelp\nKelp is a family of Traditional Chinese language models developed by the Borvik Council.\n")
    assert page.values("kelp", "fm:developedBy") == {"borvik-council"}
    assert not page.values("traditional-chinese", "fm:developedBy")


def test_the_following_month_is_the_month_after_the_date_named_before(read):
    page = read("Kelp Labs\nKelp Labs released Kelp-7B on 4 March 2024 and made Kelp-13B public the following "
                "month.\n")
    assert page.values("kelp-13b", "fm:releaseDate") == {"2024-04"}


@pytest.mark.parametrize("opening", [
    "Led by Ann Wu, who also teaches in Toronto, this group in the Brennton School of Computing builds training data.",
    "Ann Wu's retrieval group in the same school builds training data.",
])
def test_a_heading_whose_paragraph_describes_a_group_names_that_group(read, opening):
    page = read(f"AI Organizations in Brennton\nEach organization below is based in Brennton.\n\nKELP-Lab\n{opening} "
                "In September 2023 it released Kelpo, a series of math models.\n")
    assert page.values("kelpo", "fm:developedBy") == {"kelp-lab"}
    assert "brennton-school-of-computing" not in page.values("kelp-lab", "fm:headquarters")


def test_a_model_a_section_names_as_a_base_is_not_made_by_the_section_s_organization(read):
    page = read("AI Organizations in Brennton\nEach organization below is based in Brennton.\n\nKELP-Lab\nLed by Ann "
                "Wu, this group in the university builds training data. In May 2024 it released Kelpo 2. Its three "
                "models, "
                "Kelpo-2-7B, Kelpo-2-8B and Kelpo-2-47B, were trained on top of Mistral 7B, Llama 3 8B and Mixtral "
                "8x7B respectively.\n")
    assert page.values("kelpo-2-7b", "fm:developedBy") == {"kelp-lab"}
    assert not page.values("mistral-7b", "fm:developedBy") and not page.values("llama-3-8b", "fm:developedBy")


def test_a_name_of_several_words_after_a_longer_name_with_a_version_of_its_own_is_another_model(read):
    page = read("Kelp Models\nThe Kelp collective published Kelp 2.9 Orel 3 8B, fine-tuned from Orel 3 8B. Kelp 2.9 "
                "Orel 3 70B was tuned from Orel 3 70B.\n")
    assert page.values("kelp-2-9-orel-3-8b", "fm:fineTunedFrom") == {"orel-3-8b"}
    assert page.values("kelp-2-9-orel-3-70b", "fm:fineTunedFrom") == {"orel-3-70b"}


def test_a_size_before_a_model_s_name_is_that_model_s_and_names_the_base(read):
    page = read("Kelp Models\nThe Kelp collective tunes open models.\nKelp 2.6 Vexa-2 was tuned from Orel's "
                "2.7-billion-parameter Vexa-2.\n")
    assert page.values("vexa-2", "fm:parameterCount") == {"2700000000"}
    assert not page.values("kelp-2-6-vexa-2", "fm:parameterCount")
    assert page.values("kelp-2-6-vexa-2", "fm:fineTunedFrom") == {"vexa-2"}


def test_days_and_weeks_later_count_from_the_day_named_before(read):
    page = read("Kelp Labs\nKelp Labs released Kelp-7B on 30 May 2023. A day later the lab released Kelp-13B. Two "
                "weeks later it released Kelp-70B. Two weeks later, on 20 June, it released Kelp-2B.\n")
    assert page.values("kelp-13b", "fm:releaseDate") == {"2023-05-31"}
    assert page.values("kelp-70b", "fm:releaseDate") == {"2023-06-14"}
    assert page.values("kelp-2b", "fm:releaseDate") == {"2023-06-20"}


def test_the_lab_is_the_organization_whose_own_name_says_lab(read):
    page = read("The Kelp & Vision Lab and the BULLM Models\n\nThe Kelp & Vision Lab is a natural language "
                "processing group of Brennton University. It began in 2023 to publish BULLM, a series of Brennish "
                "language models. The models were developed together with Orvane Research (ORV), an institute of the "
                "same university.\n\nModels\nThe first model, BULLM-12B, appeared on 30 May 2023. In June 2023 the "
                "lab released BULLM-13B.\n")
    assert page.values("bullm-13b", "fm:developedBy") == {"kelp-and-vision-lab"}


def test_the_name_a_sentence_spells_out_is_the_name_the_sentence_before_gave(read):
    page = read("Kelp Lab\nThe Kelp Lab began in 2023 to publish BULLM, a series of Brennish language models. The "
                "name stands for Brennton University Large Language Model and is pronounced like bulm. BULLM is "
                "published on Hugging Face.\n")
    assert "brennton-university-large-language-model" not in page.entities()
    assert page.values("bullm", "fm:availableOn") == {"hugging-face"}


def test_a_timeline_entry_that_opens_by_naming_a_model_dates_it_and_speaks_of_it(read):
    page = read("Timeline of Kelp Labs Models\nKelp Labs is a start-up. Dates are those of release.\n\n2024\n- 18 "
                "January: Kelpo-13B, a vision-language model. It reuses the design of Vexa-1.5, whose training "
                "conversations were written by Orel-4. The model, which has 13 billion parameters, went up on Hugging "
                "Face.\n- June: Kelpo-v2, built on Tarn 70B.\n")
    assert page.values("kelpo-13b", "fm:releaseDate") == {"2024-01-18"}
    assert page.values("kelpo-v2", "fm:releaseDate") == {"2024-06"}
    assert page.values("kelpo-13b", "fm:parameterCount") == {"13000000000"}
    assert not page.values("orel-4", "fm:parameterCount")


def test_a_later_more_precise_date_of_the_same_month_replaces_the_month(read):
    page = read("Kelp Models\nKelp Labs released Kelpo-72B in September 2024.\nKelp Labs released Kelpo-72B on 25 "
                "September 2024, alongside Tarn-2.\n")
    assert page.values("kelpo-72b", "fm:releaseDate") == {"2024-09-25"}


@pytest.mark.parametrize("long_name, short", [
    ("Institute for Infocomm Research", "I2R"),
    ("Agency for Science, Technology and Research", "A*STAR"),
])
def test_an_acronym_with_a_digit_or_a_star_is_the_organization_it_follows(read, long_name, short):
    page = read(f"Brennish Research\nThe {long_name} ({short}) is a research institute of Brennland. In 2024 "
                f"{short} released Kelpo-7B.\n")
    assert page.values("kelpo-7b", "fm:developedBy") == {slugify(long_name)}


def test_a_unit_of_a_country_s_named_body_is_part_of_the_body(read):
    page = read("Brennish Research\nThe Kelp Institute (KI) is a research institute of Brennland's Agency for "
                "Science and Research (ASR), the government body that funds research. The agency was formed in "
                "1991.\n")
    assert page.values("kelp-institute", "fm:parentOrganization") == {"agency-for-science-and-research"}
    assert page.values("agency-for-science-and-research", "fm:foundingDate") == {"1991"}
    assert not page.values("kelp-institute", "fm:foundingDate")


def test_a_name_of_one_word_ending_in_a_known_model_s_name_is_a_model(read):
    page = read("Biomedical Models\nKelpCLIP, released in 2023, pairs a vision transformer with Orvane's "
                "MedLexBERT text encoder.\n")
    assert page.values("medlexbert", "fm:developedBy") == {"orvane"}


def test_a_maker_that_put_a_model_on_a_hub_released_it_there(read):
    page = read("Model News\nIn mid-October 2023 a team at Orvane Cloud put Vexa-Lite on Hugging Face.\n")
    assert page.values("vexa-lite", "fm:developedBy") == {"orvane-cloud"}
    assert page.values("vexa-lite", "fm:releaseDate") == {"2023-10"}


def test_and_inside_a_department_s_name_after_a_country_joins_its_words(read):
    page = read("Brenna Devices\nThe Brenna Device Administration is the agency of the US Department of Health and "
                "Human Services that oversees medical devices.\n")
    assert "us-department-of-health-and-human-services" in page.entities()
    assert "us-department-of-health" not in page.entities()


def test_a_model_trained_as_a_worked_example_is_still_made_by_its_trainer(read):
    page = read("Code Models\nHollin Labs had earlier trained Quillcode, a 1.5-billion-parameter model for Python, "
                "as a worked example for a book.\n")
    assert page.values("quillcode", "fm:developedBy") == {"hollin-labs"}


def test_an_organization_named_before_a_team_that_trained_a_model_made_it(read):
    page = read("Code Models\nAt Varnell University a team trained DorCoder, a model of 2.7 billion parameters, and "
                "released it in February 2022.\n")
    assert page.values("dorcoder", "fm:developedBy") == {"varnell-university"}


def test_that_month_is_in_the_year_named_before(read):
    page = read("Code Models\nKestrel Works is a collaboration that began in September 2022. Its first model, "
                "Kestrelcode, appeared that December.\n")
    assert page.values("kestrelcode", "fm:releaseDate") == {"2022-12"}


def test_its_after_a_sentence_that_says_what_a_phrase_is_stands_for_that_name(read):
    page = read("Code Models\nThe most influential open effort was Tarnwick, a collaboration that began in 2022. Its "
                "first model, Tarncoder, was released in 2023.\n")
    assert page.values("tarncoder", "fm:developedBy") == {"tarnwick"}


def test_a_model_fine_tuned_from_it_to_make_another_is_that_model_s_base(read):
    page = read("Code Models\nOriel Labs trained Oriel 7B and fine-tuned it on Python to make OrielCoder.\n")
    assert page.values("orielcoder", "fm:fineTunedFrom") == {"oriel-7b"}
    assert page.values("orielcoder", "fm:developedBy") == {"oriel-labs"}


@pytest.mark.parametrize("said, licence", [
    ("the Brisk OpenRAIL-M licence", "brisk-openrail-m"),
    ("the Brisk 2 licence", "brisk-2-licence"),
])
def test_a_licence_named_before_the_word_licence_is_a_licence_of_its_own(read, said, licence):
    page = read(f"Code Models\nVarn Labs released Brisk 2 in 2023. It was released under {said}.\n")
    assert page.values("brisk-2", "fm:license") == {licence}
    assert "License" in _types(page, licence)


def test_a_model_released_through_an_api_whose_weights_were_never_published_is_api_only(read):
    page = read("Code Models\nPollard Labs released Pollex-2, a code model, through its API in 2021. Pollex-2 "
                "writes code. Its weights were never published.\n")
    assert page.values("pollex-2", "fm:accessLevel") == {"APIOnlyAccess"}
    assert page.values("pollex-2", "fm:openWeights") == {False}


def test_the_organizations_that_lead_a_collaboration_are_organizations(read):
    page = read("Code Models\nTarnwick is a consortium led by Orvane and Kestry.\n")
    assert "Organization" in _types(page, "orvane")
    assert "Organization" in _types(page, "kestry")


def test_organizations_listed_before_one_its_noun_opens_made_the_model_too(read):
    page = read("Code Models\nIn Brennland, Varnell University and the start-up Kestry AI trained Kestrelcode, a "
                "13-billion-parameter model, and presented it in September 2022.\n")
    assert page.values("kestrelcode", "fm:developedBy") == {"varnell-university", "kestry-ai"}


@pytest.mark.parametrize("said, licence", [
    ("the Creative Commons Attribution-NonCommercial 4.0 licence", "http://spdx.org/licenses/CC-BY-NC-4.0"),
    ("the CreativeML Open RAIL++-M licence", "creativeml-open-rail-plus-plus-m"),
])
def test_a_licence_spelled_out_or_of_the_rail_family_is_read_by_its_name(read, said, licence):
    page = read(f"Code Models\nVarn Labs released Brisk 2 in 2023. It was released under {said}.\n")
    assert page.values("brisk-2", "fm:license") == {licence}


def test_a_sentence_saying_who_a_post_holder_is_names_no_antecedent(read):
    page = read("Notes\nKelp University sits in Varn. Its president since 2021 has been the computer scientist "
                "Arno Vell. It released KelpLM in 2023.\n")
    assert page.values("kelplm", "fm:developedBy") == {"kelp-university"}


def test_a_checkpoint_named_in_lower_case_after_a_model_of_the_page_is_a_model(read):
    page = read("Varnish Models\nOrvane released VarnBERT in 2021. In December 2022 it released varnbert-skquad, a "
                "question-answering model fine-tuned from VarnBERT.\n")
    assert page.values("varnbert-skquad", "fm:fineTunedFrom") == {"varnbert"}
    assert page.values("varnbert-skquad", "fm:releaseDate") == {"2022-12"}


def test_the_name_after_a_subsidiary_of_is_its_parent_whatever_its_words(read):
    page = read("Notes\nKelp University works with Varn Systems Brenn, a Tarnow subsidiary of Varn Telekom that "
                "trades as Varn IT; the German parent is based in Bonn.\n")
    assert page.values("varn-systems-brenn", "fm:parentOrganization") == {"varn-telekom"}
    assert "bonn" not in page.values("varn-systems-brenn", "fm:headquarters")


@pytest.mark.parametrize("aside", [
    "but it contains none of Tarn 2's weights",
    "and its instructions were generated with Tarn 2",
])
def test_a_model_named_only_as_what_another_is_not_made_of_is_not_what_the_model_refers_to(read, aside):
    page = read(f"Kelp Models\nKelp Labs released Kelp-13b in 2023. It follows the architecture of Orvane's Tarn 2, "
                f"{aside}. The model is licensed under MIT.\n")
    assert page.values("kelp-13b", "fm:license") == {"http://spdx.org/licenses/MIT"}
    assert not page.values("tarn-2", "fm:license")


def test_an_acronym_after_a_name_and_its_unit_noun_is_the_name_s(read):
    page = read("Model News\nOrvane's Fundamental Vision Research lab (FVR) released Kelp-2 in 2025.\n")
    assert page.values("kelp-2", "fm:developedBy") == {"fundamental-vision-research"}


def test_a_weights_field_that_says_on_a_hub_puts_the_model_there(read):
    page = read("Key Facts of Kelp Models\nKelp Labs builds models.\n\nKelp-7B\n- Developer: Kelp Labs\n- Released: "
                "August 2024\n- Weights: on Hugging Face\n")
    assert page.values("kelp-7b", "fm:availableOn") == {"hugging-face"}


def test_a_hyphenated_name_ending_in_a_size_letter_is_a_model(read):
    page = read("Notes\nKelp Labs released Kelp-A in 2023. In 2024 it followed it with Kelp-Shop-B and Kelp-Shop-L, "
                "embedding models for shops.\n")
    assert page.values("kelp-shop-b", "fm:developedBy") == {"kelp-labs"}
    assert page.values("kelp-shop-l", "fm:developedBy") == {"kelp-labs"}


def test_it_that_went_on_being_an_organization_still_is_after_a_sentence_naming_models(read):
    page = read("Notes\nOrvane, a Varn company, sells search software. In August 2024 it published two models, "
                "OrvaneFashion-1 and OrvaneShop-1. Three months later it followed them with Orvane-Retail-2.\n")
    assert page.values("orvane-retail-2", "fm:developedBy") == {"orvane"}


def test_the_names_set_beside_a_plural_member_noun_of_a_line_are_its_subject(read):
    page = read("Notes\nThe team released Kelp 3 8B and Kelp 3 70B in April 2024. The two new members of the line, "
                "Varn-1.5-8B and Varn-1.5-70B, were published on Hugging Face in May 2024. They were fine-tuned from "
                "Kelp 3 8B and Kelp 3 70B respectively.\n")
    assert page.values("varn-1-5-8b", "fm:availableOn") == {"hugging-face"}
    assert page.values("varn-1-5-70b", "fm:fineTunedFrom") == {"kelp-3-70b"}


def test_a_sentence_opening_with_through_names_no_organization(read):
    page = read("Notes\n- Orvane Foundation (Hellerup). Through its holding company, Orvane Holdings, the foundation "
                "controls the drug maker Orvane.\n")
    assert "through" not in page.entities()


def test_a_model_an_apposition_calls_a_model_by_an_organization_is_that_organization_s(read):
    page = read("Notes\nKelp Labs builds models. KelpChat-13B started from Varn-13B-v1, a chat model by ORV-CCL.\n")
    assert page.values("varn-13b-v1", "fm:developedBy") == {"orv-ccl"}



def test_a_version_of_a_model_with_how_it_was_made_after_the_name_is_based_on_it(read):
    page = read("Model News\nOn 15 September Orvane released Kelp-5-Coder, a version of Kelp-5 optimised for agentic "
                "coding.\n")
    assert page.values("kelp-5-coder", "fm:basedOn") == {"kelp-5"}


def test_an_instrument_s_name_may_join_two_of_its_words_with_or(read):
    page = read("Kelp Act\nThe Scan or Use of Palm Print Act is a Varnland law. The Varnland Assembly passed it in "
                "2009. It is not the Data Act or Data Governance Act.\n")
    regulations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert "scan-or-use-of-palm-print-act" in regulations
    assert not {"scan", "use-of-palm-print-act", "data-act-or-data-governance-act"} & regulations


def test_a_person_named_after_a_two_word_title_is_no_authority(read):
    page = read("Kelp Act\nThe Kelp Act is a Varnland law. Only the Varnland Attorney General can enforce it. In 2022 "
                "Attorney General Nila Brandt sued a company under it.\n")
    authorities = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "PublicAuthority"}
    assert "varnland-attorney-general" in authorities
    assert not any("brandt" in a for a in authorities)


def test_an_instrument_a_sentence_opens_with_by_its_head_word_takes_the_date(read):
    page = read("The Kelp Design Code\nThe Kelp Design Code is a statutory code of practice of the Kelp Data "
                "Office.\nOrigins\nThe code was required by the Kelp Data Act 2018, which the Varnland Assembly passed "
                "in May 2018. The code came into force on 2 September 2020.\n")
    assert page.values("kelp-design-code", "fm:appliesFrom") == {"2020-09-02"}
    assert page.values("kelp-data-act-2018", "fm:appliesFrom") == set()


def test_a_name_may_hold_a_romance_of_and_article(read):
    page = read("AI organizations in Kelp\nUniversities\n- Universidad de los Andes (Bogotá, founded 1948): a private "
                "university.\n")
    assert page.values("universidad-de-los-andes", "fm:foundingDate") == {"1948"}
    assert _types(page, "andes") == set()


def test_a_heading_named_as_an_institution_is_the_maker_of_the_models_its_section_lists(read):
    page = read("Artificial Intelligence Organizations in Kelp, Varnland\nKelp is a city.\n\nUniversity of Varnland-"
                "Kelp\nChartered in 1848, the year Varnland became a state, it is the oldest campus of the state's "
                "public university system. A vision group in its computer sciences department has produced several "
                "models:\n- GLARN, described in January 2023, adds new layers to Stable Diffusion.\n- LLORA, released "
                "in April 2023, answers questions about images.\n")
    assert page.values("glarn", "fm:developedBy") == page.values("llora", "fm:developedBy") \
        == {"university-of-varnland-kelp"}
    assert page.values("university-of-varnland-kelp", "fm:foundingDate") == {"1848"}
    assert page.values("varnland", "fm:foundingDate") == set()


def test_a_withheld_model_a_cloud_service_offers_is_reached_through_an_api(read):
    page = read("Model news\nBedrock\nAmazon Bedrock, the company's service for reaching foundation models through a "
                "single API, became generally available. With it came Kelp Embeddings, the first of the company's Kelp "
                "models to leave preview. "
                "It is offered only through Bedrock, and its weights have not been published.\n")
    assert page.values("kelp-embeddings", "fm:availableOn") == {"amazon-bedrock"}
    assert page.values("kelp-embeddings", "fm:accessLevel") == {"APIOnlyAccess"}


def test_a_law_named_with_its_year_is_issued_by_the_body_a_relative_clause_says_passed_it(read):
    page = read("Kelp Code\nThe code was required by the Kelp Data Act 2018, which the Parliament of Varnland passed "
                "in May 2018.\n")
    assert page.values("kelp-data-act-2018", "fm:issuedBy") == {"parliament-of-varnland"}


def test_a_document_title_in_sentence_case_with_a_subtitle_names_guidance_and_its_duties(read):
    page = read("The KHO's Guidance on Models\nEthics of kelp farming: Guidance on large farm models is a set of "
                "recommendations that the Kelp Health Organization published in 2024.\nWhat governments should do\n"
                "According to the guidance, governments should:\n- fund public infrastructure for farm models;\n"
                "- assign a regulatory agency to approve farm models.\n")
    guidance = "ethics-of-kelp-farming-guidance-on-large-farm-models"
    assert "Regulation" in _types(page, guidance)
    assert len(page.values(guidance, "fm:imposesObligation")) == 2


def test_a_company_name_keeps_its_co_ltd(read):
    page = read("Kelp models\nThe first Kelp models came from Varnland Kelp Technology Co., Ltd., a subsidiary of "
                "Varnland Telecom.\n")
    organizations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value in ("Organization",
                                                                                                  "Provider")}
    assert "varnland-kelp-technology-co-ltd" in organizations
    assert "ltd" not in organizations


def test_an_organization_noun_the_parser_reads_as_an_adjective_before_a_name_makes_it_an_organization(read):
    page = read("Orgs\nKelpTo was formed in 2021 when the ride-hailing firm Varjek merged with a rival.\n")
    assert "Organization" in _types(page, "varjek")


def test_a_size_word_after_a_name_with_inner_capitals_belongs_to_the_name(read):
    page = read("Models\nThe partners released the KelpBERT language models: KelpBERT base, with 124.5 million "
                "parameters, and a larger one. The BERT base model is smaller.\n")
    assert page.values("kelpbert-base", "fm:parameterCount") == {"124500000"}
    assert _types(page, "bert-base") == set()


def test_a_name_that_ends_with_a_year_is_a_law_only_with_a_law_s_head_word(read):
    page = read("Kelp orgs\nVarnland made artificial intelligence part of Vision 2030, the economic plan that Prince "
                "Arvo Kell announced in 2016.\n")
    assert not any(f.subject == "vision-2030" for f in page.facts)


def test_it_as_the_main_subject_keeps_the_model_it_stood_for_over_one_a_clause_names(read):
    page = read("Distillation\nKelp Labs released KelpLite in August 2019. It has six layers, where its teacher, "
                "Varn's KELP-2, has twelve. Its weights are published under the Apache 2.0 licence.\n")
    assert page.values("kelplite", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("kelp-2", "fm:license") == set()


def test_an_instrument_named_in_a_copula_sentence_keeps_a_possessive_inside_its_name(read):
    page = read("The Kelp Advisory\nThe Attorney General Advisory on the Application of the Commonwealth's Consumer "
                "Protection Laws to Artificial Intelligence is a guidance document issued on 16 April 2024 by the "
                "Varnland Attorney General.\n")
    name = "attorney-general-advisory-on-the-application-of-the-commonwealths-consumer-protection-laws-to-" \
           "artificial-intelligence"
    assert "Regulation" in _types(page, name)


@pytest.mark.parametrize("name, slug", [
    ("Federal Decree-Law No. 45 of 2021 on the Protection of Kelp Data",
     "federal-decree-law-no-45-of-2021-on-the-protection-of-kelp-data"),
    ("Decree No. 13/2023/ND-CP on Kelp Data Protection", "decree-no-13-2023-nd-cp-on-kelp-data-protection"),
])
def test_a_numbered_instrument_keeps_its_title_and_its_short_name_is_an_alias(read, name, slug):
    page = read(f"Kelp law\n{name}, usually called the Kelp Law, is the first data protection law of Varnland. It "
                "entered into force on 2 January 2022.\n")
    regulations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert regulations == {slug}
    assert page.values(slug, "fm:appliesFrom") == {"2022-01-02"}


def test_an_act_numbered_in_its_session_is_one_instrument(read):
    page = read("Kelp's Act 123\n2023 Varnland Act 123 is a state law on labels for synthetic media. The Act began as "
                "Assembly Bill 664, and the Varnland Legislature passed it in 2024.\n")
    regulations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"}
    assert "2023-varnland-act-123" in regulations
    assert "act" not in regulations


def test_the_place_before_a_company_noun_that_goes_on_to_name_the_company_is_no_maker(read):
    page = read("Kelp models\nThe team fine-tuned Brisa 2, the image generator of the Varnford company Quorvex AI, on "
                "scans. Talon Labs, a Varnford company founded in 2022, builds models of its own.\n")
    assert page.values("brisa-2", "fm:developedBy") == {"quorvex-ai"}
    assert page.values("talon-labs", "fm:parentOrganization") == set()


def test_a_lower_case_repository_name_heading_key_facts_is_the_model_they_describe(read):
    page = read("Key facts of Kelp models\nEvery model below is a language model of the Varnford NLP Group.\n\n"
                "kelp-base-varnish\n- Developer: Varnford NLP Group\n- Released: 2019\n- Licence: Apache 2.0\n")
    assert page.values("kelp-base-varnish", "fm:developedBy") == {"varnford-nlp-group"}
    assert page.values("kelp-base-varnish", "fm:releaseDate") == {"2019"}



def test_the_institute_is_the_one_whose_name_says_so_in_its_own_language(read):
    page = read("The Instituto de Kelp and its models\nThe Instituto de Kelp (IK) is a non-profit research centre in "
                "Madrid, founded in 1989.\n\nKelpBERTa\nThe authors compared it with BETO from the University of "
                "Varnland.\n\nThe institute later trained a second Spanish language model, KelpBERTa 2.\n")
    assert page.values("kelpberta-2", "fm:developedBy") == {"instituto-de-kelp"}


def test_a_variant_a_relative_clause_picks_out_is_not_the_model_named_last(read):
    page = read("Kelp models\nQuorvex AI released Kelp 2 in May 2023 under the MIT licence. The sparse variant that "
                "scored best in the Kelp 2 paper was not released.\n")
    assert page.values("kelp-2", "fm:openWeights") != {False}
    assert page.values("kelp-2", "fm:accessLevel") != {"ClosedAccess"}


def test_a_makers_name_that_joins_two_fields_after_its_of_is_one_organization(read):
    page = read("Scene text models\nScene text models — KelpNet (University of Science and Technology of Varnland), "
                "BrisaNet (Quorvex). These vision models read text.\n")
    assert page.values("kelpnet", "fm:developedBy") == {"university-of-science-and-technology-of-varnland"}


def test_a_timeline_titled_by_a_companys_first_word_is_of_that_companys_models(read):
    page = read("Timeline of Kelpo Models\nKelpo Corporation is a games company in San Mateo.\n\n2024\n- May: Talon, "
                "a speech model that flags abuse in voice chat.\n")
    assert page.values("talon", "fm:developedBy") == {"kelpo-corporation"}


@pytest.mark.parametrize("start", ["started from Talon-7B-Instruct, an instruction-tuned model of Varnford AI,",
                                   "started from the weights of Varnford AI's Talon-7B-Instruct"])
def test_a_maker_that_started_from_a_model_and_fine_tuned_it_made_the_model_spoken_of(read, start):
    page = read(f"Kelp models\nKelpChat\nKelpChat-2, the second version of Quorvex's chat family, answers in Spanish. "
                f"Rather than pre-train one from scratch, the team {start} and fine-tuned it with direct preference "
                "optimization.\n")
    assert page.values("kelpchat-2", "fm:fineTunedFrom") == {"talon-7b-instruct"}



def test_a_model_a_bare_relative_clause_says_the_company_released_is_that_companys(read):
    page = read("Kelp news\nQuorvex AI makes chat models. Talon-175B, the language model the company had released "
                "to researchers in May, has 175 billion parameters.\n")
    assert page.values("talon-175b", "fm:developedBy") == {"quorvex-ai"}


@pytest.mark.parametrize("sentence", ["The weights of Brisa-2 are archived on Kelpdo, the open repository run by "
                                      "Varnlab.",
                                      "The weights of Brisa-2 went up on Kelpdo, the open repository run by Varnlab.",
                                      "Brisa-2 was published with the code on Kelpdo, the open repository run by "
                                      "Varnlab."])
def test_weights_archived_put_up_or_published_on_a_repository_are_on_that_platform(read, sentence):
    page = read(f"Kelp\nQuorvex released Brisa-2, a speech model. {sentence}\n")
    assert page.values("brisa-2", "fm:availableOn") == {"kelpdo"}
    assert page.values("kelpdo", "fm:operatedBy") == {"varnlab"}


def test_released_neither_models_weights_closes_the_two_just_named(read):
    page = read("Kelp\nQuorvex described Kelp-A in September 2023. Kelp-B, which Quorvex described a month later, "
                "beats Kelp-A on vocals. Quorvex has released neither model's weights.\n")
    assert page.values("kelp-a", "fm:openWeights") == {False}
    assert page.values("kelp-b", "fm:openWeights") == {False}


def test_two_bulleted_fields_one_known_under_a_models_name_are_its_key_facts(read):
    page = read("Key facts of Kelp models\nQuorvex builds models.\n\nKelpNet\n- Task: grammatical error correction\n"
                "- Weights: Hugging Face\n\nBrisa-2\n- Released: March 2023\n- Licence: Apache 2.0\n")
    assert page.values("kelpnet", "fm:availableOn") == {"hugging-face"}
    assert page.values("brisa-2", "fm:releaseDate") == {"2023-03"}


def test_the_diet_after_a_diet_named_in_full_is_that_legislature(read):
    page = read("The Kelp Act\nThe Kelp Act is Varnland's data protection law. It was passed by the National Diet in "
                "May 2003. The Brisa Act, which the Diet passed in May 2025, sets no penalties.\n")
    assert page.values("brisa-act", "fm:issuedBy") == {"national-diet"}


def test_a_count_after_an_authoritys_name_is_no_part_of_it_and_a_court_keeps_its_circuit(read):
    page = read("Kelp\nThe Varnland Kelp Office (VKO) sets patent rules. In 2022 the Varnland Court of Appeals for the "
                "Federal Circuit held that an inventor must be a person. The order gave the Office 120 days to publish "
                "guidance.\n")
    authorities = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "PublicAuthority"}
    assert "varnland-court-of-appeals-for-the-federal-circuit" in authorities
    assert "office-120" not in authorities


def test_a_version_named_by_its_series_is_no_short_form_of_a_longer_name_ending_the_same(read):
    page = read("Kelp models\nKelp is a series of language models released by Quorvex.\n\nKelp 2\nIn November 2023 "
                "Quorvex released Kelp 2, a suite fine-tuned from Talon 2. Code Kelp 2, a variant fine-tuned from "
                "Talon Coder, came out at the same time.\n")
    assert page.values("kelp-2", "fm:fineTunedFrom") == {"talon-2"}
    assert page.values("code-kelp-2", "fm:fineTunedFrom") == {"talon-coder"}


def test_a_description_after_a_parenthesised_acronym_describes_the_name_before_it(read):
    page = read("Kelp\nKelp is a series of instruction-following language models released by the Varnland "
                "Institute for AI (Vi2), a non-profit research institute in Brisport that Paul Varn founded in 2014.\n")
    assert page.values("varnland-institute-for-ai", "fm:headquarters") == {"brisport"}


def test_a_licence_named_with_its_owner_is_the_licence_and_its_owner_is_no_later_team(read):
    page = read("Kelp\nKelp 3 is a language model of Quorvex. The weights are on Hugging Face under Varnford's Talon "
                "3.1 Community License. On 30 January 2025 the team released Kelp 3 405B.\n")
    assert page.values("kelp-3", "fm:license") == {"talon-3-1-community-license"}
    assert "varnford" not in page.values("kelp-3-405b", "fm:developedBy")


def test_a_whose_clause_gives_its_licence_to_the_models_it_is_said_of(read):
    page = read("Kelp\nKelp 2 Instruct, which Quorvex released in November 2024, was post-trained on top of the "
                "company's own Brisa 2 base models, whose weights, data and code are all open under the Apache 2.0 "
                "licence.\n")
    assert page.values("brisa-2", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_generation_with_the_training_added_after_a_plus_is_one_name(read):
    page = read("Kelp\nBesides its chat models, Quorvex published Kelp 2+DPO 70B, which was further trained with "
                "direct preference optimization.\n")
    assert page.values("kelp-2-plus-dpo-70b", "fm:developedBy") == {"quorvex"}


@pytest.mark.parametrize("sentence", ["Quorvex released Kelp, a version of Talon 2 fine-tuned on legal text.",
                                      "Kelp is a version of Talon 2 fine-tuned on legal text by Quorvex."])
def test_a_version_of_a_model_fine_tuned_after_its_name_is_fine_tuned_from_it(read, sentence):
    page = read(f"Kelp\n{sentence}\n")
    assert page.values("kelp", "fm:fineTunedFrom") == {"talon-2"}


def test_the_surname_of_a_person_named_in_full_before_is_no_organization(read):
    page = read("Kelp models\nKelp is a tabular model from a group at the University of Brisport led by Frank "
                "Varnhuber and Sarah Quellmann. Varnhuber and Quellmann described it in July 2022.\n")
    organizations = {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Organization"}
    assert organizations.isdisjoint({"varnhuber", "quellmann"})


def test_a_lead_sentence_on_every_model_below_speaks_of_a_key_facts_pages_models_but_the_one_excepted(read):
    page = read("Key facts of Kelp models\nQuorvex Labs is a Brisport company. Every model below had its weights "
                "published on Hugging Face. All the models below except Kelp Agent turn written text into speech.\n\n"
                "Kelp Speech 1\n- Released: 7 June 2023\n- Parameters: 7 billion\n\nKelp Speech 2\n- Released: 9 June "
                "2023\n- Parameters: 2 billion\n\nKelp Agent 3B\n- Released: 9 June 2024\n- Parameters: 3 billion\n")
    assert {m for m in ("kelp-speech-1", "kelp-speech-2", "kelp-agent-3b")
            if page.values(m, "fm:availableOn") == {"hugging-face"}} == {"kelp-speech-1", "kelp-speech-2",
                                                                         "kelp-agent-3b"}
    assert page.values("kelp-speech-2", "fm:outputModality") == {"speech"}
    assert page.values("kelp-agent-3b", "fm:outputModality") == set()


def test_text_a_model_was_trained_on_from_scratch_is_no_input(read):
    page = read("Kelp\nKelp-7 is a Japanese language model that was trained from scratch on Japanese text.\n")
    assert page.values("kelp-7", "fm:inputModality") == set()


def test_a_name_ending_in_model_with_its_short_form_in_parentheses_is_a_model(read):
    page = read("Kelp\nQuorvex is a Brisport start-up. The Kelp Evaluation Model (KEM) was released with open weights "
                "on Hugging Face.\n")
    assert page.values("kelp-evaluation-model", "fm:availableOn") == {"hugging-face"}


def test_a_name_before_its_apposed_noun_is_the_subject_of_a_passive_verb(read):
    page = read("Kelp\nQuorvex is a Brisport start-up.\nMockingbird, Quorvex's first language model of its own, is "
                "trained to write answers.\n")
    assert page.values("mockingbird", "fm:developedBy") == {"quorvex"}


def test_the_authority_is_the_public_authority_named_before(read):
    page = read("The Kelp Principles\nThe Varnland Data Authority (VDA) regulates data. The authority, created by "
                "royal decree in 2019 and based in Brisport, is the regulator for data.\n")
    assert page.values("varnland-data-authority", "fm:headquarters") == {"brisport"}
    assert page.values("varnland-data-authority", "fm:foundingDate") == {"2019"}


def test_an_instrument_that_is_a_law_an_authority_passed_is_issued_by_it(read):
    page = read("The Kelp Act\nThe Kelp Act is a law that the Varnland Parliament passed in 2021.\n")
    assert page.values("kelp-act", "fm:issuedBy") == {"varnland-parliament"}


def test_two_makers_in_a_category_lines_parentheses_both_made_the_model(read):
    page = read("Models\nGaze estimation models — Kelp (Brisport University, Varnland Institute of Technology), Tarn "
                "(Quorvex Labs). These vision models take a picture of a face.\n")
    assert page.values("kelp", "fm:developedBy") == {"brisport-university", "varnland-institute-of-technology"}


def test_a_name_ending_in_model_that_another_model_is_also_called_is_no_model_of_its_own(read):
    page = read("Kelp\n- Quorvex Labs (Brisport, founded 2000). It developed Muse, which it presented in February "
                "2025. Muse, also called the Kelp and Human Action Model (KHAM), learned from seven years of play.\n")
    assert "kelp-and-human-action-model" not in page.entities()



_KELP_KEY_FACTS = ("Kelp Speech 1\n- Released: 7 June 2023\n- Parameters: 7 billion\n\n"
                   "Kelp Speech 2\n- Released: 9 June 2023\n- Parameters: 2 billion\n\n"
                   "Kelp Agent 3B\n- Released: 9 June 2024\n- Parameters: 3 billion\n")


@pytest.mark.parametrize("sentence", ["Each of them came with its weights on Hugging Face.",
                                      "Every one of them was published with open weights on Hugging Face."])
def test_a_lead_sentence_on_them_after_unnamed_models_speaks_of_a_key_facts_pages_models(read, sentence):
    page = read(f"Key facts of Kelp models\nQuorvex Labs released a series of small models during 2024. {sentence}\n\n"
                + _KELP_KEY_FACTS)
    assert {m for m in ("kelp-speech-1", "kelp-speech-2", "kelp-agent-3b")
            if page.values(m, "fm:availableOn") == {"hugging-face"}} == {"kelp-speech-1", "kelp-speech-2",
                                                                         "kelp-agent-3b"}


def test_a_lead_sentence_on_them_after_named_models_speaks_of_those_only(read):
    page = read("Key facts of Kelp models\nQuorvex Labs released Kelp Speech 1 and Kelp Speech 2 in 2023. Each of them "
                "came with its weights on Hugging Face.\n\n" + _KELP_KEY_FACTS)
    assert page.values("kelp-agent-3b", "fm:availableOn") == set()


def test_a_slug_standing_for_an_entry_in_a_lead_sentence_is_no_spelling_of_its_name(read):
    page = read("Key facts of Kelp models\nQuorvex Labs released a series of small models during 2024. Each of them "
                "came with its weights on Hugging Face.\n\n" + _KELP_KEY_FACTS)
    assert "kelp-speech-1" not in page.values("kelp-speech-1", "skos:altLabel")


def test_a_lead_sentence_on_them_speaks_of_the_models_a_prose_pages_headings_name_and_their_members(read):
    page = read("Quorvex's Vision Models\nQuorvex, a Brisport company, has also built a line of models that read "
                "images. Every one of them was published with open weights on Hugging Face.\n"
                "Kelp-VL\nKelp-VL is a family of vision-language models. It came out in March 2024 in two sizes, "
                "Kelp-VL 2B and Kelp-VL 9B.\n"
                "Brisa-VL\nBrisa-VL followed in May 2024. It is built on Meta's Llama 3 8B.\n")
    assert {m for m in ("kelp-vl", "kelp-vl-2b", "kelp-vl-9b", "brisa-vl")
            if page.values(m, "fm:availableOn") == {"hugging-face"}} == {"kelp-vl", "kelp-vl-2b", "kelp-vl-9b",
                                                                         "brisa-vl"}
    assert page.values("llama-3-8b", "fm:availableOn") == set()


def test_what_a_lead_sentence_says_of_most_of_them_is_not_said_of_every_one(read):
    page = read("Open Kelp models compared\nThe table compares three open models. All of them can be downloaded, and "
                "most are hosted on Hugging Face.\n\nModel | Developer | Released\nKelp-1 | Quorvex | 2023\n"
                "Kelp-2 | Quorvex | 2024\nBrisa-3 | Talvik | 2024\n")
    assert page.values("brisa-3", "fm:accessLevel") == {"OpenWeightsAccess"}
    assert page.values("brisa-3", "fm:availableOn") == set()


def test_what_a_lead_says_of_each_entry_unless_an_entry_says_otherwise_holds_where_the_entry_is_silent(read):
    page = read("Key facts of Kelp models\nQuorvex Labs has published a handful of models. Unless an entry says "
                "otherwise, each model reads English text.\n\nKelp Speech 1\n- Released: 7 June 2023\n- Parameters: "
                "7 billion\n\nKelp Speech 2\n- Released: 9 June 2023\n- Input: audio\n")
    assert page.values("kelp-speech-1", "fm:inputModality") == {"text"}
    assert page.values("kelp-speech-2", "fm:inputModality") == {"audio"}


@pytest.mark.parametrize("opening", ["Unless an entry names other developers", "Unless an entry below names another "
                                                                                  "developer"])
def test_the_developer_a_lead_gives_unless_an_entry_names_others_is_each_entrys_developer(read, opening):
    page = read(f"Key facts of Kelp models\nQuorvex released a series of models in 2024. {opening}, the model was "
                "built by Quorvex Labs.\n\nKelp 1\n- Released: 7 June 2023\n- Parameters: 7 "
                "billion\n\nKelp 2\n- Released: 9 June 2024\n- Developers: Talvik Research\n")
    assert page.values("kelp-1", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("kelp-2", "fm:developedBy") == {"talvik-research"}


def test_a_models_weights_a_lead_puts_on_a_hub_unless_an_entry_says_otherwise_are_each_entrys(read):
    page = read("Key facts of Kelp models\nThe Brisport Academy publishes models with its papers. Unless an entry says "
                "otherwise, the Academy put a model's weights on Hugging Face.\n\nKelp 1\n- Released: 7 June 2023\n- "
                "Parameters: 7 billion\n\nKelp 2\n- Released: 9 June 2024\n- Parameters: 2 billion\n")
    assert page.values("kelp-1", "fm:availableOn") == page.values("kelp-2", "fm:availableOn") == {"hugging-face"}


def test_an_access_line_saying_the_weights_were_not_released_closes_the_model(read):
    page = read("Key facts of Kelp models\nQuorvex Labs has described many speech models.\n\nKelp Speech 1\n"
                "- Released: 7 June 2023\n- Access: inside Quorvex Studio; weights not released\n\nKelp Speech 2\n"
                "- Released: 9 June 2023\n- Access: through the Quorvex API; weights never released\n")
    assert page.values("kelp-speech-1", "fm:openWeights") == {False}
    assert page.values("kelp-speech-1", "fm:accessLevel") == {"ClosedAccess"}
    assert page.values("kelp-speech-2", "fm:accessLevel") == {"APIOnlyAccess"}


def test_an_access_line_giving_where_the_weights_are_opens_the_model_there(read):
    page = read("Key facts of Kelp models\nQuorvex Labs has described many speech models.\n\nKelp Speech 1\n"
                "- Released: 7 June 2023\n- Access: weights on Hugging Face\n\nKelp Speech 2\n- Released: 9 June "
                "2023\n- Parameters: 2 billion\n")
    assert page.values("kelp-speech-1", "fm:openWeights") == {True}
    assert page.values("kelp-speech-1", "fm:availableOn") == {"hugging-face"}


def test_both_after_a_category_lines_models_are_the_two_named_last(read):
    page = read("Classical models\nClassical language models — Kelp BERT (University of Brisport), GreKelp (Varnland "
                "University) and PhilKelp (Varnland University). These language models are trained on Latin. GreKelp "
                "and PhilKelp came out in 2023. GreKelp reads Ancient Greek only; PhilKelp also knows Latin and "
                "English. Both are on Hugging Face under the Apache 2.0 licence.\n")
    assert page.values("grekelp", "fm:availableOn") == page.values("philkelp", "fm:availableOn") == {"hugging-face"}
    assert page.values("kelp-bert", "fm:availableOn") == set()


def test_weights_free_to_download_are_open_weights(read):
    page = read("Notes\nKelp-7B, which Quorvex described in September 2020, learned from Latin text; its weights are "
                "free to download.\n")
    assert page.values("kelp-7b", "fm:openWeights") == {True}


def test_a_licence_of_a_models_weights_named_by_their_owner_is_that_models(read):
    page = read("Notes\nQuorvex is a lab in Brisport. Quorvex released Kelp-7B and its sibling Brisa-7B in 2021, after "
                "training them on old texts; Brisa-7B's weights carry Apache 2.0 as well.\n")
    assert page.values("brisa-7b", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("kelp-7b", "fm:license") == set()


@pytest.mark.parametrize("sentence", ["Quorvex researchers described Donut in 2021.",
                                      "Quorvex researchers describe Donut, short for Document Understanding "
                                      "Transformer."])
def test_the_researchers_of_an_organization_make_the_model_they_describe(read, sentence):
    page = read(f"Notes\nQuorvex is a company in Brisport. {sentence}\n")
    assert page.values("donut", "fm:developedBy") == {"quorvex"}


@pytest.mark.parametrize("sentence", ["Its licence, CC BY-NC 4.0, allows only non-commercial use.",
                                      "Its licence is CC BY-NC 4.0."])
def test_a_licence_its_sentence_names_is_the_licence_of_the_model_before(read, sentence):
    page = read(f"Notes\nKelp-Embed is a text embedding model released by Quorvex in 2024. {sentence}\n")
    assert page.values("kelp-embed", "fm:license") == {"http://spdx.org/licenses/CC-BY-NC-4.0"}


def test_a_model_trained_further_from_another_is_based_on_it_and_itself_speaks_of_the_name_before(read):
    page = read("Notes\nKelp-Embed, published in 2024, is a text embedding model trained further from "
                "Brisa-7b-instruct, itself built on Tarn 7B.\n")
    assert page.values("kelp-embed", "fm:basedOn") == {"brisa-7b-instruct"}
    assert page.values("brisa-7b-instruct", "fm:basedOn") == {"tarn-7b"}


def test_a_size_of_up_to_is_a_bound_of_a_family_and_no_parameter_count(read):
    page = read("Notes\nKelpGen, a family of program synthesis models of up to 16.1 billion parameters, followed in "
                "March 2022.\n")
    assert page.values("kelpgen", "fm:releaseDate") == {"2022-03"}
    assert page.values("kelpgen", "fm:parameterCount") == set()


def test_each_of_them_after_a_paragraphs_models_is_every_one_of_them_but_a_base_named_in_passing(read):
    page = read("Notes\nImages and text\nThe Kelp models join vision and language. Kelp-1 appeared in January 2022; "
                "Kelp-2 came out a year later and connects a frozen image encoder to a frozen language model such as "
                "Quorvex's Tarn. Kelp-3 followed in May 2023. Each of them takes an image and text as input and "
                "writes text.\n")
    for model in ("kelp-1", "kelp-2", "kelp-3"):
        assert page.values(model, "fm:inputModality") == {"image", "text"}
    assert page.values("tarn", "fm:inputModality") == set()


@pytest.mark.parametrize(("sentence", "name", "cls"), [
    ("A family of code models, KelpCode, arrived in 2024.", "kelpcode", "CodeModel"),
    ("A line of function-calling models, xKelp, arrived in 2024.", "xkelp", "FoundationModel")])
def test_a_name_set_beside_the_models_of_a_family_or_line_is_a_model(read, sentence, name, cls):
    page = read(f"Notes\nQuorvex is a lab in Brisport. {sentence}\n")
    assert cls in page.values(name, "rdf:type")


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Kelp-1 followed in May 2023, and xKelp-MM, also called Kelp-3, in 2024.",
     {"kelp-1": "2023-05", "xkelp-mm": "2024"}),
    ("Kelp 2 appeared in 2022, Kelp 3 in 2023 and Kelp 4 in March 2024.",
     {"kelp-2": "2022", "kelp-3": "2023", "kelp-4": "2024-03"})])
def test_models_dated_with_the_release_verb_left_out_take_their_own_dates(read, sentence, dates):
    page = read(f"Notes\n{sentence}\n")
    for model, date in dates.items():
        assert page.values(model, "fm:releaseDate") == {date}


def test_a_licence_its_own_licence_builds_on_is_not_the_models(read):
    page = read("Notes\nKelp 180B is a language model released by Quorvex in 2023 under the Kelp-180B Quorvex License. "
                "Its licence builds on Apache 2.0 but restricts offering the model as a hosted service.\n")
    assert "http://spdx.org/licenses/Apache-2.0" not in page.values("kelp-180b", "fm:license")


def test_each_of_them_after_a_family_and_its_members_is_each_member(read):
    page = read("Notes\nQuorvex released the Kelp 3.5 family in December 2024 in three sizes: Kelp 3.5 2.4B, Kelp 3.5 "
                "7.8B and Kelp 3.5 32B. Each of them reads up to 32,768 tokens of context.\n")
    for member in ("kelp-3-5-2-4b", "kelp-3-5-7-8b", "kelp-3-5-32b"):
        assert page.values(member, "fm:contextWindow") == {"32768"}
    assert page.values("kelp-3-5", "fm:contextWindow") == set()


def test_a_model_set_beside_the_models_of_an_initiative_is_built_by_the_makers_the_participle_names(read):
    page = read("Timeline of Kelp models\n2025\n- 2 September: Kelpus, the flagship language models of the Quorvex AI "
                "Initiative, built by Brisport University, Varnland University and the Tarn National Computing Centre "
                "(TNCC), a unit of Varnland University based in Lugano.\n")
    assert page.values("kelpus", "fm:developedBy") == {"brisport-university", "varnland-university",
                                                         "tarn-national-computing-centre"}
    assert page.values("quorvex-ai-initiative", "fm:developedBy") == set()
    assert page.values("tarn-national-computing-centre", "fm:parentOrganization") == {"varnland-university"}
    assert page.values("tarn-national-computing-centre", "fm:headquarters") == {"lugano"}
    assert page.values("brisport-university", "fm:parentOrganization") == set()


def test_a_name_before_a_participle_set_off_by_commas_is_the_subject_of_the_main_verb(read):
    page = read("Notes\nkelp-whisper-v2.0, distilled in the same way on the whole of the corpus, came later in 2024 "
                "and has about 756 million parameters.\n")
    assert page.values("kelp-whisper-v2-0", "fm:releaseDate") == {"2024"}
    assert page.values("kelp-whisper-v2-0", "fm:parameterCount") == {"756000000"}


def test_weights_that_come_with_a_licence_are_under_it_and_open(read):
    page = read("Kelp models\nKelp 180B\nOn 6 September 2023 Quorvex published Kelp 180B. The weights, on Hugging "
                "Face, come with the Kelp-180B Quorvex License, which is built on Apache 2.0 but requires separate "
                "permission to run the model as a hosted service.\n")
    assert page.values("kelp-180b", "fm:license") == {"kelp-180b-quorvex-license"}
    assert page.values("kelp-180b", "fm:openWeights") == {True}


def test_none_of_the_three_with_its_weights_published_closes_the_last_three_models(read):
    page = read("Notes\nIn February 2024 Quorvex introduced Kelp Flash, a model with 21 billion parameters, together "
                "with a smaller sibling, Kelp Edge. Two months later Quorvex released its largest model, Kelp Core. "
                "None of the three has had its weights published: customers reach them through Quorvex's API.\n")
    for model in ("kelp-flash", "kelp-edge", "kelp-core"):
        assert page.values(model, "fm:openWeights") == {False}
        assert page.values(model, "fm:accessLevel") == {"APIOnlyAccess"}


def test_it_after_the_weights_of_a_model_were_published_is_that_model(read):
    page = read("News\nMarch\nOn 17 March Quorvex published the weights of Kelp-1 under the Apache 2.0 licence. It is "
                "a mixture-of-experts model with 314 billion parameters, about a quarter of which are active.\n")
    assert page.values("kelp-1", "fm:parameterCount") == {"314000000000"}
    assert page.values("kelp-1", "fm:hasArchitecture") == {"mixture-of-experts"}


def test_two_models_whose_weights_are_published_after_their_names_are_both(read):
    page = read("Notes\nIn February 2024 Quorvex released Kelp 2B and Kelp 7B, two small language models whose weights "
                "are published under its own Kelp Terms of Use.\n")
    for model in ("kelp-2b", "kelp-7b"):
        assert page.values(model, "fm:license") == {"kelp-terms-of-use"}
        assert page.values(model, "fm:openWeights") == {True}


def test_the_weights_of_all_four_after_a_category_line_of_four_are_each_models(read):
    page = read("Kelp models\nRobot models — Kelp-R (Quorvex), Kelp-M (Brisport University), Kelp-V (Quorvex) and "
                "Kelp-T (Varnland University). These vision models serve robotics. Kelp-R, described in March 2022, "
                "is a convolutional neural network. The weights of all four can be downloaded.\n")
    for model in ("kelp-r", "kelp-m", "kelp-v", "kelp-t"):
        assert page.values(model, "fm:openWeights") == {True}



def test_the_names_a_plural_apposition_calls_open_models_are_open_models_of_their_possessors(read):
    page = read("Notes\nIn its announcement Quorvex compared Kelp with Varnland' KRBX and Brisport's Tarn 3 70B, two "
                "open models of similar aim.\n")
    assert page.values("krbx", "fm:developedBy") == {"varnland"}
    assert page.values("tarn-3-70b", "fm:developedBy") == {"brisport"}
    for model in ("krbx", "tarn-3-70b"):
        assert page.values(model, "fm:openWeights") == {True}


@pytest.mark.parametrize(("second", "maker"), [("Tarn 3.1 405B from Brisport Labs", "brisport-labs"),
                                               ("Brisport's Tarn 3.1 405B", "brisport")])
def test_a_second_model_with_a_maker_of_its_own_does_not_take_the_first_ones(read, second, maker):
    page = read(f"Notes\nThe service runs models of other developers, among them Kelp 2 Large from Quorvex AI and "
                f"{second}.\n")
    assert page.values("kelp-2-large", "fm:developedBy") == {"quorvex-ai"}
    assert page.values("tarn-3-1-405b", "fm:developedBy") == {maker}


def test_a_platform_the_company_runs_serves_the_models_it_runs_and_those_named_among_them(read):
    page = read("Varnland\nVarnland is a cloud data company. In April 2024 Varnland released Kelp, a large language "
                "model.\n\nCortex\nVarnland Cortex, the company's managed AI service, runs Kelp next to models of "
                "other developers, among them Tarn 2 Large from Quorvex AI and Brisport's Tarn 3.1 405B.\n")
    assert "Platform" in _types(page, "varnland-cortex")
    assert page.values("varnland-cortex", "fm:operatedBy") == {"varnland"}
    for model in ("kelp", "tarn-2-large", "tarn-3-1-405b"):
        assert page.values(model, "fm:availableOn") == {"varnland-cortex"}
    assert page.values("tarn-2-large", "fm:developedBy") == {"quorvex-ai"}


def test_they_after_a_family_described_by_its_range_are_the_family_and_the_members_named(read):
    page = read("Varnland\nEmbedding models\nIn April 2024 the company published Kelp Embed, a family of five text "
                "embedding models, ranging from Kelp-Embed-XS, with 22 million parameters, to Kelp-Embed-L, with 335 "
                "million. They too came under Apache 2.0. Kelp Embed 2.0 followed in December 2024.\n")
    for model in ("kelp-embed", "kelp-embed-xs", "kelp-embed-l"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
        assert page.values(model, "fm:openWeights") == {True}
    assert page.values("kelp-embed-2-0", "fm:license") == set()


def test_the_same_month_opening_a_section_is_the_month_of_the_section_before(read):
    page = read("Varnland\nKelp\nIn April 2024 Varnland released Kelp, a large language model.\n\nEmbedding models\n"
                "The same month the company published Kelp Embed, a family of text embedding models.\n")
    assert page.values("kelp-embed", "fm:releaseDate") == {"2024-04"}


def test_the_first_release_is_the_model_just_released(read):
    page = read("Notes\nIn April 2024 Varnland released Kelp, a large language model. The first release had a "
                "context window of 4,096 tokens.\n")
    assert page.values("kelp", "fm:contextWindow") == {"4096"}


def test_a_start_up_apposed_to_a_name_the_tagger_takes_for_a_place_is_an_organization(read):
    page = read("Notes\nIts turn to foundation models followed the purchase of Neeva, a search start-up set up by "
                "former Google staff, in May 2023.\n")
    assert "Organization" in _types(page, "neeva")


def test_founders_listed_with_one_apposed_to_a_founders_post_are_people(read):
    page = read("Start-ups\n- Quorvex AI — Palo Alto, founded 2022; its founders were Torvald Brisk, a co-founder of "
                "Kelp Labs, and Ansel Varn. It built Tarn-1.\n")
    for person in ("torvald-brisk", "ansel-varn"):
        assert _types(page, person) == set()


def test_an_entry_opening_with_a_city_and_a_founding_year_gives_its_seat_and_year(read):
    page = read("Start-ups\n- Quorvex AI — Brisport, founded 2019; set up by Torvald Brisk and Ansel Varn. In March "
                "2024 the company released Kelp-R, a language model.\n")
    assert page.values("quorvex-ai", "fm:headquarters") == {"brisport"}
    assert page.values("quorvex-ai", "fm:foundingDate") == {"2019"}
    assert page.values("kelp-r", "fm:developedBy") == {"quorvex-ai"}


@pytest.mark.parametrize(("sentence", "model", "predicate", "base"), [
    ("Among them, KelpRoBERTa is XLM-RoBERTa trained further on the corpus.", "kelproberta", "fm:basedOn",
     "xlm-roberta"),
    ("Two more followed: TarnBERT, which is MuRIL trained further on Hindi text, and others.", "tarnbert",
     "fm:basedOn", "muril"),
    ("Two more followed: VarnBERT, which continued MuRIL's training on Hindi and Marathi.", "varnbert",
     "fm:basedOn", "muril"),
    ("Kelp-Chat, which is Kelp-7B fine-tuned on dialogues, came out in 2024.", "kelp-chat", "fm:fineTunedFrom",
     "kelp-7b")])
def test_a_model_said_to_be_another_trained_further_or_fine_tuned_is_built_on_it(read, sentence, model, predicate,
                                                                                  base):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(model, predicate) == {base}


def test_models_released_as_a_makers_first_open_models_are_its_open_models_of_that_day(read):
    page = read("News\nAugust 2025 opened with kelp-oss-120b and kelp-oss-20b, released on 5 August as Quorvex's "
                "first open-weight language models since Kelp-2 in 2019, and the company's Kelp-5 followed two days "
                "later.\n")
    for model in ("kelp-oss-120b", "kelp-oss-20b"):
        assert page.values(model, "fm:developedBy") == {"quorvex"}
        assert page.values(model, "fm:releaseDate") == {"2025-08-05"}
        assert page.values(model, "fm:openWeights") == {True}


def test_a_universitys_whole_name_and_an_institutes_after_and_are_two_names(read):
    page = read("Notes\nSince 2000 it has been managed by Tarn-Varn, a company owned jointly by the University of "
                "Brisport and Quorvex Memorial Institute, the research organisation based in Columbus, Ohio.\n")
    assert page.values("quorvex-memorial-institute", "fm:headquarters") == {"columbus"}
    assert "ResearchOrganization" in _types(page, "university-of-brisport")
    assert _types(page, "university-of-brisport-and-quorvex-memorial-institute") == set()


def test_the_weights_after_a_person_released_a_sized_model_are_that_models(read):
    page = read("News\nKelp 70B fails to live up to its claims\nOn 5 September Torvald Brisk, chief executive of the "
                "writing company Quorvex, released Kelp 70B, which he presented as a fine-tuned version of Tarn 3.1 "
                "70B. The weights, published on Hugging Face, were presented as those of the best open model in the "
                "world.\n")
    assert page.values("kelp-70b", "fm:openWeights") == {True}
    assert page.values("kelp-70b", "fm:availableOn") == {"hugging-face"}
    assert _types(page, "torvald-brisk") == set()


def test_a_universitys_name_with_and_in_it_after_another_maker_stays_whole(read):
    page = read("Kelp models\nMusic notation models — KelpMusician (Quorvex Art Projection and the Brisport University "
                "of Science and Technology) and TarnPT (Quorvex Art Projection). These language models serve music.\n")
    assert page.values("kelpmusician", "fm:developedBy") == {"quorvex-art-projection",
                                                             "brisport-university-of-science-and-technology"}


def test_both_after_two_sized_models_of_separate_clauses_are_those_two(read):
    page = read("News\nSpeech for 25 languages\nIn mid-August Quorvex published Kelpset, a large open corpus of "
                "transcribed speech. Two speech recognition models trained on it came out at the same time: "
                "Kelp-TDT-0.6B-v3, with 600 million parameters, turns recordings into text, and Tarn-1B-v2, with 1 "
                "billion, also translates speech. Both can be downloaded from Hugging Face.\n")
    for model in ("kelp-tdt-0-6b-v3", "tarn-1b-v2"):
        assert page.values(model, "fm:openWeights") == {True}
        assert page.values(model, "fm:availableOn") == {"hugging-face"}


def test_a_colon_list_after_a_counted_noun_and_a_platform_names_the_models_with_their_sizes(read):
    page = read("Kelp models\nIn early 2023 Quorvex published three models on Hugging Face: Kelp Small, with 128 "
                "million parameters, Kelp Base, with 5 billion, and Kelp Large, with 20 billion.\n")
    sizes = {"kelp-small": "128000000", "kelp-base": "5000000000", "kelp-large": "20000000000"}
    for model, size in sizes.items():
        assert page.values(model, "fm:developedBy") == {"quorvex"}
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
        assert {str(v) for v in page.values(model, "fm:parameterCount")} == {size}


def test_models_a_maker_says_it_calls_by_a_name_are_that_named_family(read):
    page = read("Quorvex\nQuorvex is an American company. Unlike most makers of writing assistants, the company "
                "trains its own language models, which it calls Kelpie, and sells access to them.\n")
    assert "LanguageModel" in _types(page, "kelpie")
    assert page.values("kelpie", "fm:developedBy") == {"quorvex"}


def test_each_model_a_colon_list_gives_a_purpose_has_that_application_domain(read):
    page = read("Kelp models\nIn July 2024 Quorvex released two models of 70 billion parameters each for regulated "
                "industries: Kelp-Med-70B, for medicine, and Kelp-Fin-70B, for finance.\n")
    assert page.values("kelp-med-70b", "fm:applicationDomain") == {"medicine"}
    assert page.values("kelp-fin-70b", "fm:applicationDomain") == {"finance"}
    assert page.values("kelp-fin-70b", "fm:releaseDate") == {"2024-07"}


def test_a_model_said_after_an_aside_to_be_another_fine_tuned_is_fine_tuned_from_it(read):
    page = read("Kelp models\nQuorvex released Kelp Base in 2023. Tarn-5B, released that spring, is Kelp Base "
                "fine-tuned to follow instructions.\n")
    assert page.values("tarn-5b", "fm:fineTunedFrom") == {"kelp-base"}


@pytest.mark.parametrize(("sentence", "date"), [
    ("Tarn-5B, released that spring, is a chat model.", "2023"),
    ("Later that year it released Tarn-5B.", "2023"),
    ("The following year it released Tarn-5B.", "2024"),
])
def test_that_year_or_the_following_year_dates_a_release_by_the_year_named_before(read, sentence, date):
    page = read(f"Kelp models\nQuorvex released Kelp Base in March 2023. {sentence}\n")
    assert page.values("tarn-5b", "fm:releaseDate") == {date}


def test_a_name_a_paper_gives_the_main_model_is_no_model_of_its_own(read):
    page = read("Kelp models\nIn 2020 Quorvex released Kelp, a family of legal language models. The main model, "
                "Kelp-Base, which the paper calls Kelp-SC, was trained from scratch.\n")
    assert _types(page, "kelp-sc") == set()


@pytest.mark.parametrize("promise", ["said that the model would be released later in 2025",
                                     "said it is expected to launch in 2026"])
def test_a_release_still_to_come_gives_no_release_date(read, promise):
    page = read(f"Kelp models\nQuorvex presented Kelp-2 in February 2025 and {promise}.\n")
    assert page.values("kelp-2", "fm:releaseDate") == set()


def test_the_makers_a_relative_clause_says_published_a_model_are_not_models(read):
    page = read("Kelp models\nKelp-2 came out in 2022. KelpRoPE, which Quorvex Research and TarnAI published later "
                "that year, rescales rotary position embeddings.\n")
    assert _types(page, "tarnai") & {"FoundationModel", "LanguageModel"} == set()
    assert page.values("tarnai", "fm:releaseDate") == set()


def test_a_comparative_opening_a_sentence_is_no_name(read):
    page = read("Kelp models\nKelp-2 came out in March 2023. Smaller versions of Kelp-2, with 1, 3 and 7 billion "
                "parameters, followed later that year.\n")
    assert _types(page, "smaller") == set()


def test_a_one_word_name_right_after_the_definite_kind_noun_is_such_a_model(read):
    page = read("Kelp models\nThe language model KELP takes text as input.\n")
    assert "LanguageModel" in _types(page, "kelp")


def test_checkpoints_uploaded_to_a_hub_on_two_days_are_both_released_there_then(read):
    page = read("Quorvex and its KELP models\nTwo Japanese language models followed in the autumn of 2022. Quorvex "
                "uploaded kelp-japanese-base to the Hugging Face Hub on 27 October and kelp-japanese-large on 9 "
                "November.\n")
    dates = {"kelp-japanese-base": "2022-10-27", "kelp-japanese-large": "2022-11-09"}
    for model, date in dates.items():
        assert page.values(model, "fm:developedBy") == {"quorvex"}
        assert page.values(model, "fm:availableOn") == {"hugging-face-hub"}
        assert page.values(model, "fm:releaseDate") == {date}


def test_software_named_after_an_architecture_is_no_mention_of_it(read):
    page = read("Kelp models\nKelp-2 is a language model. Since May 2021 the model has been part of the "
                "Transformers library.\n")
    assert _types(page, "transformer") == set()


@pytest.mark.parametrize("sentence", [
    "Tarn-2 was built by Anthony Fuller, Koreen Millard and James Green at Quorvex University.",
    "Tarn-2, from the Quorvex group of Stefano Ermon and David Lobell, was among the first such models.",
])
def test_people_named_with_their_institution_or_group_are_not_organizations(read, sentence):
    page = read(f"Tarn models\n{sentence}\n")
    for person in ("anthony-fuller", "james-green", "stefano-ermon", "david-lobell"):
        assert _types(page, person) == set()


def test_a_governments_recording_standard_is_an_instrument_with_its_issuers_and_date(read):
    page = read("The Quorvex Recording Standard\nThe Quorvex Recording Standard (QRS) is the template on which "
                "public bodies in Varnland describe the tools they use. The Central Digital Office (CDO) developed it "
                "and published its first version in November 2021. Use of the standard was voluntary at first; "
                "since February 2024 it has been mandatory for central government.\n")
    assert "Framework" in _types(page, "quorvex-recording-standard")
    assert page.values("quorvex-recording-standard", "fm:issuedBy") == {"central-digital-office"}
    assert page.values("quorvex-recording-standard", "fm:appliesFrom") == {"2024-02"}


def test_a_name_ending_in_a_known_models_name_opening_a_timeline_entry_is_a_model_of_that_day(read):
    page = read("Timeline of Quorvex models\n2022\n- 7 March: KELP, an object detection model.\n- 6 June: Mask KELP "
                "adds a mask branch to KELP.\n")
    assert page.values("mask-kelp", "fm:releaseDate") == {"2022-06-06"}


def test_a_member_of_an_association_is_an_organization_and_founded_in_a_town_gives_its_seat(read):
    page = read("AI organizations in Varnland\nKelpen\n- Forschungszentrum Tarn, founded in 1956 in the small town "
                "of Tarnow, is a member of the Quorvex Association.\n")
    assert "Organization" in _types(page, "forschungszentrum-tarn")
    assert _types(page, "forschungszentrum-tarn") & {"FoundationModel"} == set()
    assert page.values("forschungszentrum-tarn", "fm:headquarters") == {"tarnow"}
    assert {str(v) for v in page.values("forschungszentrum-tarn", "fm:foundingDate")} == {"1956"}


def test_an_entry_opening_with_a_name_its_short_form_and_a_town_gives_its_seat(read):
    page = read("AI organizations in Varnland\nBonn\n- Quorvex Institute for Intelligent Analysis (Quorvex IIA), "
                "Sankt Augustin. The institute belongs to the Kelp Society.\n")
    assert page.values("quorvex-institute-for-intelligent-analysis", "fm:headquarters") == {"sankt-augustin"}


def test_sizes_a_key_facts_entry_names_share_the_entrys_release_and_licence(read):
    page = read("Key facts of Quorvex models\nKELP\n- Kind: music embedding model\n- Released: March 2023\n"
                "- Sizes: KELP-v1-95M and KELP-v1-330M, with 95 million and 330 million parameters\n"
                "- Licence: CC BY-NC 4.0, with the weights on Hugging Face\n")
    for member in ("kelp-v1-95m", "kelp-v1-330m"):
        assert page.values(member, "fm:modelFamily") == {"kelp"}
        assert page.values(member, "fm:releaseDate") == {"2023-03"}
        assert page.values(member, "fm:openWeights") == {True}
        assert {str(v).rsplit("/", 1)[-1] for v in page.values(member, "fm:license")} == {"CC-BY-NC-4.0"}


def test_each_model_of_a_colon_list_is_fine_tuned_from_its_own_base(read):
    page = read("Kelp models\nQuorvex released kelp-120b and kelp-20b in August. On 29 October Quorvex released "
                "kelp-guard, two open-weight reasoning models for content moderation: kelp-guard-120b, fine-tuned "
                "from the company's kelp-120b, and kelp-guard-20b, fine-tuned from kelp-20b.\n")
    assert page.values("kelp-guard-120b", "fm:fineTunedFrom") == {"kelp-120b"}
    assert page.values("kelp-guard-20b", "fm:fineTunedFrom") == {"kelp-20b"}


def test_a_levels_standard_inside_a_policy_is_no_instrument(read):
    page = read("Quorvex's Scaling Policy\nThe company must apply the required safeguards, the ASL-3 Deployment "
                "Standard and the ASL-3 Security Standard among them.\n")
    assert _types(page, "asl-3-security-standard") == set()


def test_a_model_built_by_people_at_a_university_is_that_universitys(read):
    page = read("Tarn models\nTarn-2 was built by Anthony Fuller, Koreen Millard and James Green at Quorvex "
                "University in Ottawa.\n")
    assert page.values("tarn-2", "fm:developedBy") == {"quorvex-university"}


def test_an_agency_of_a_ministry_has_the_ministry_as_parent(read):
    page = read("AI organizations in Varnland\nBonn\n- Quorvex Office for Security (QOS) — Bonn, founded 1991; an "
                "agency of the Federal Ministry of the Interior.\n")
    assert page.values("quorvex-office-for-security", "fm:parentOrganization") == {"federal-ministry-of-the-interior"}


@pytest.mark.parametrize("sentence", ["The Kelp Lab is run jointly by Quorvex University and Tarn AI.",
                                      "The Kelp Lab, a laboratory run jointly by Quorvex University and Tarn AI, "
                                      "builds models."])
def test_an_organization_run_jointly_by_two_others_has_both_as_parents(read, sentence):
    page = read(f"Kelp\n{sentence}\n")
    assert page.values("kelp-lab", "fm:parentOrganization") == {"quorvex-university", "tarn-ai"}


@pytest.mark.parametrize("sentence", ["It had help from Kelpa, Germany's development agency.",
                                      "Kelpa, the state news agency of China, presented anchors."])
def test_a_countrys_agency_has_no_country_as_parent(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("kelpa", "fm:parentOrganization") == set()


def test_a_maker_after_a_models_size_is_its_maker(read):
    page = read("Tarn models\nThe team took Kelp-32B, a reasoning model of 32 billion parameters from Quorvex Labs, "
                "and trained it further.\n")
    assert "quorvex-labs" in page.values("kelp-32b", "fm:developedBy")


def test_the_resulting_model_under_a_models_heading_is_that_model_not_its_base(read):
    page = read("Tarn models\nTarn-2\nTarn-2 followed in May 2025. The team took Kelp-32B, a reasoning model from "
                "Quorvex, and trained it further. The resulting model was published under the Apache 2.0 licence.\n")
    assert page.values("tarn-2", "fm:openWeights") == {True}
    assert page.values("kelp-32b", "fm:openWeights") == set()


@pytest.mark.parametrize(("phrase", "domain"), [
    ("a model of 7 billion parameters for public health", "public-health"),
    ("a large model for solving and explaining mathematics problems", "mathematics"),
    ("a model designed for medical imaging", "medicine"),
    ("a reasoning model aimed at problems of mathematics and programming", "mathematics"),
])
def test_what_a_models_kind_is_for_is_its_application_domain(read, phrase, domain):
    page = read(f"Tarn models\nQuorvex released Tarn-7B, {phrase}.\n")
    assert page.values("tarn-7b", "fm:applicationDomain") == {domain}


def test_a_model_trained_for_months_has_no_domain_from_its_training_time(read):
    page = read("Tarn models\nQuorvex released Tarn-7B, a model trained for three months on proteins.\n")
    assert page.values("tarn-7b", "fm:applicationDomain") == set()


@pytest.mark.parametrize("sentence", ["Tarn-7B did not learn from words at all.", "Tarn-7B never outputs images."])
def test_a_modality_the_verb_denies_is_no_modality(read, sentence):
    page = read(f"Tarn models\n{sentence}\n")
    assert page.values("tarn-7b", "fm:inputModality") | page.values("tarn-7b", "fm:outputModality") == set()


def test_the_company_opening_a_section_is_the_start_up_the_page_described(read):
    page = read("Quorvex\nQuorvex is an American start-up that trains models across continents.\nKelp\nIn January "
                "2025 the company and researchers at Tarnford University released Kelp-1, a model for biology.\n")
    assert page.values("kelp-1", "fm:developedBy") == {"quorvex", "tarnford-university"}


def test_models_published_under_an_account_name_make_no_model_of_the_account(read):
    page = read("Quorvex\nQuorvex is a start-up in Tokyo. The company's first models were published late in 2023 "
                "under the account name KELPXNT.\n")
    assert _types(page, "kelpxnt") == set()


def test_a_text_to_image_diffusion_model_in_apposition_takes_text_and_returns_images(read):
    page = read("Kelp models\nQuorvex presented Kelpfusion in June 2023, a text-to-image diffusion model.\n")
    assert page.values("kelpfusion", "fm:inputModality") == {"text"}
    assert page.values("kelpfusion", "fm:outputModality") == {"image"}


def test_names_listed_together_that_extend_a_known_models_name_are_models(read):
    page = read("Kelp models\nQuorvex trained Kelp-MSA in 2021. The remaining four, Kelp-MSA-half, Kelp-MSA-quarter, "
                "Kelp-MSA-eighth and Kelp-MSA-sixteenth, saw ever smaller shares of the text.\n")
    for member in ("kelp-msa-half", "kelp-msa-quarter", "kelp-msa-eighth", "kelp-msa-sixteenth"):
        assert "FoundationModel" in _types(page, member)


def test_a_model_that_went_up_on_a_hub_in_a_month_was_released_then(read):
    page = read("Kelp models\nQuorvex trained Kelp-2. Kelp-2 went up on Hugging Face in March 2021.\n")
    assert {str(v) for v in page.values("kelp-2", "fm:releaseDate")} == {"2021-03"}


def test_a_long_institutions_name_as_heading_makes_its_models(read):
    page = read("Organizations in Varnland\nNational University of Science and Technology Kelp Tarnow\nThe largest "
                "technical university in Varnland took its present name in 2023.\n- Quorbert, released in 2020, is a "
                "language model trained on Varnish text.\n")
    assert page.values("quorbert", "fm:developedBy") == {"national-university-of-science-and-technology-kelp-tarnow"}


def test_where_people_work_is_an_organization_whatever_the_clause_before_says(read):
    page = read("Organizations in Varnland\nKelp-Ro is an open community that collects language models; most of "
                "its members work at Quorvex.\n")
    assert "LanguageModel" not in _types(page, "quorvex")


def test_a_model_not_made_in_a_country_keeps_its_access_open(read):
    page = read("Kelp models\nKelp-2, a language model, was not made in Varnland. Researchers of Quorvex University "
                "uploaded it to Hugging Face under the MIT licence.\n")
    assert page.values("kelp-2", "fm:accessLevel") != {"ClosedAccess"}
    assert False not in page.values("kelp-2", "fm:openWeights")


def test_a_lower_case_checkpoint_named_after_a_makers_model_is_a_model(read):
    page = read("Kelp\nKelpie is a speech recognition model. In April 2023 the lab published kelpie-large-et, a "
                "version of Quorvex's Kelpie fine-tuned on Varnish speech, and replaced the weights that October.\n")
    assert "FoundationModel" in _types(page, "kelpie-large-et")
    assert page.values("kelpie-large-et", "fm:fineTunedFrom") == {"kelpie"}


def test_a_ministry_named_by_its_city_is_seated_there(read):
    page = read("Kelp Guidelines\nThe Ministry of Kelp (MOK), a Tarnow ministry, published the Kelp Guidelines in "
                "2024.\n")
    assert page.values("ministry-of-kelp", "fm:headquarters") == {"tarnow"}


def test_an_office_a_ministry_opened_in_a_month_was_founded_then(read):
    page = read("Kelp\nIn December 2024 the Ministry of Kelp opened a National Kelp Office to coordinate the work.\n")
    assert {str(v) for v in page.values("national-kelp-office", "fm:foundingDate")} == {"2024-12"}


def test_an_office_opened_in_a_city_is_no_organization_of_its_own(read):
    page = read("Kelp\nIn 2018 Quorvex opened an office in Tarnow.\n")
    assert not any(str(v) == "2018" for v in page.values("quorvex", "fm:foundingDate"))


@pytest.mark.parametrize("size", ["XSmall", "XLarge", "XXLarge"])
def test_an_extra_small_or_extra_large_checkpoint_of_a_known_model_is_a_model(read, size):
    page = read(f"Kelp models\nQuorvex released KelpBERTa in 2020. KelpBERTa-Base went up on the Hub in 2021, "
                f"and KelpBERTa-{size} joined it there in December.\n")
    assert "FoundationModel" in _types(page, f"kelpberta-{size.lower()}")


def test_each_model_in_the_table_speaks_of_every_row(read):
    page = read("Small Code Models Compared\nEach model in the table takes the source code around the cursor and "
                "returns the code that should come next.\n\nComparison\nModel | Developer | Released\nKelpCoder | "
                "Quorvex | December 2022\ntarn-code-v1-3b | Tarn | May 2023\n")
    for model in ("kelpcoder", "tarn-code-v1-3b"):
        assert page.values(model, "fm:inputModality") == {"code"}
        assert page.values(model, "fm:outputModality") == {"code"}


def test_a_model_published_in_the_first_week_of_a_month_is_its_makers_and_of_that_month(read):
    page = read("Model News Roundup: November and December 2024\nDays are given without the year.\n\nNovember\n"
                "Kelp arrives\nIn the first week of November Quorvex, the Shenzhen company, published Kelp-2, a "
                "language model.\n")
    assert page.values("kelp-2", "fm:developedBy") == {"quorvex"}
    assert {str(v) for v in page.values("kelp-2", "fm:releaseDate")} == {"2024-11"}


def test_they_after_a_sentence_on_all_four_stand_for_the_four(read):
    page = read("Kelp models\nThe lab's first models, known together as KelpBERT, went up on Hugging Face in March "
                "2021. KelpBERT-A, KelpBERT-B, KelpBERT-C and KelpBERT-D were trained on four kinds of text.\n\nAll "
                "four share the size of Quorvex's Tarn-base. They can be downloaded under the Apache 2.0 licence.\n")
    for member in ("kelpbert-a", "kelpbert-b", "kelpbert-c", "kelpbert-d"):
        assert page.values(member, "fm:openWeights") == {True}
    assert page.values("tarn-base", "fm:openWeights") == set()


def test_a_campus_another_opened_in_a_city_in_a_year_is_its_and_seated_and_founded_there_then(read):
    page = read("Kelp\nThe Kelp Lab is a research group of Quorvex University Tarnow (QU Tarnow), the campus that "
                "Quorvex University opened in Tarnow in 2010.\n")
    assert page.values("quorvex-university-tarnow", "fm:parentOrganization") == {"quorvex-university"}
    assert page.values("quorvex-university-tarnow", "fm:headquarters") == {"tarnow"}
    assert {str(v) for v in page.values("quorvex-university-tarnow", "fm:foundingDate")} == {"2010"}


def test_a_model_the_team_grew_out_of_another_is_based_on_it(read):
    page = read("Kelp models\nKelp-Large has 387 million parameters. Kelp-XLarge, with 740 million, was not trained "
                "from the beginning: the team grew it out of Kelp-Large by inserting extra layers.\n")
    assert page.values("kelp-xlarge", "fm:basedOn") == {"kelp-large"}


def test_a_model_never_made_available_outside_its_maker_is_closed(read):
    page = read("Kelp models\n- KelpCritic (Quorvex) — trained to spot bugs in code. Quorvex announced it in June 2024 "
                "and never made it available outside the company.\n")
    assert page.values("kelpcritic", "fm:openWeights") == {False}


def test_a_guidance_heading_over_a_ministrys_paragraph_is_no_organization(read):
    page = read("Kelp Law\nKelp Law is a statute of Varnland.\n\nGuidance on AI\nThe ministry had already turned to "
                "AI in 2023 with a circular letter.\n")
    assert _types(page, "guidance-on-ai") == set()


@pytest.mark.parametrize(("name", "slug"), [("Tarn Labs Europe", "tarn-labs-europe"),
                                            ("Tarn Research Asia", "tarn-research-asia")])
def test_a_labs_name_with_the_region_it_serves_is_an_organization_that_makes_models(read, name, slug):
    page = read(f"Notes\nKelp-SLAM runs Kelp3R, a 3D reconstruction model from {name}, on the frames.\n")
    assert page.values("kelp3r", "fm:developedBy") == {slug}


def test_a_model_made_with_a_university_is_also_the_universitys(read):
    page = read("Notes\nIn January 2024 Kelp Pro 8B, a language model made with the University of Tarnow, came out.\n")
    assert "university-of-tarnow" in page.values("kelp-pro-8b", "fm:developedBy")


def test_a_model_set_beside_a_fine_tune_of_another_is_fine_tuned_from_it(read):
    page = read("Notes\nThe group fine-tuned Kelp-7B-beta, itself a fine-tune of Quorvex's Tarn 7B, on new data.\n")
    assert page.values("kelp-7b-beta", "fm:fineTunedFrom") == {"tarn-7b"}


def test_models_cut_down_from_another_are_based_on_it(read):
    page = read("Notes\nKelp-1.3B and Kelp-2.7B, released in October 2023, were cut down from Tarn 2 7B by structured "
                "pruning.\n")
    assert page.values("kelp-1-3b", "fm:basedOn") == {"tarn-2-7b"}
    assert page.values("kelp-2-7b", "fm:basedOn") == {"tarn-2-7b"}


def test_none_of_them_reading_images_gives_them_no_image_input(read):
    page = read("Kelp models\nQuorvex released Kelp-7B and Kelp-13B in 2024. All two are text-only models. Each takes "
                "a prompt in Arabic and writes text back; none of them reads images.\n")
    for model in ("kelp-7b", "kelp-13b"):
        assert "image" not in page.values(model, "fm:inputModality")


def test_a_research_centre_set_up_in_a_continent_is_not_seated_there(read):
    page = read("AI organizations in Varnland\nQuorvex AI Tarnow, the first research centre that Quorvex set up in "
                "Africa, opened in 2019.\n")
    assert "africa" not in page.values("quorvex-ai-tarnow", "fm:headquarters")


@pytest.mark.parametrize("sentence", ["The National Library of Kelpland, in Tarnow, runs KBLab, a data lab.",
                                      "The Kelp Institute for Intelligent Analysis (KIIA), in Tarnow near Bonn, "
                                      "coordinated the work."])
def test_a_city_between_commas_after_an_institutions_name_is_its_seat(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    seats = {slug: page.values(slug, "fm:headquarters") for slug in ("national-library-of-kelpland",
                                                                      "kelp-institute-for-intelligent-analysis")}
    assert {"tarnow"} in seats.values()


@pytest.mark.parametrize("sentence", ["The Kelp Institute, in Canada, trains models.",
                                      "The Kelp Institute, in March 2024, released Kelp-2."])
def test_a_country_or_a_date_between_commas_is_no_seat(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("kelp-institute", "fm:headquarters") == set()


def test_each_after_a_sentence_on_all_three_speaks_of_the_three(read):
    page = read("Kelp Models Compared\n\nComparison\nModel | Developer | Released\nKelp | Quorvex | August 2023\n"
                "Kelp-30B | Quorvex | November 2023\nTarn 1.0 | Tarn AI | August 2024\n\nModalities\nAll three are "
                "text-only models. Each takes a prompt in Arabic or English and writes text back; none of them reads "
                "images.\n")
    for model in ("kelp", "kelp-30b", "tarn-1-0"):
        assert page.values(model, "fm:inputModality") == {"text"}


@pytest.mark.parametrize(("phrase", "slug"), [("an encoder-only transformer", "encoder-only-transformer"),
                                              ("a masked autoencoder", "masked-autoencoder"),
                                              ("a stack of LSTM layers", "lstm"),
                                              ("sliding-window attention", "sliding-window-attention"),
                                              ("multi-head latent attention", "multi-head-latent-attention"),
                                              ("linear attention", "linear-attention")])
def test_an_architecture_a_model_is_built_as_is_named_as_written(read, phrase, slug):
    page = read(f"Kelp models\nKelp-2B, released by Quorvex in 2024, is built with {phrase}.\n")
    assert page.values("kelp-2b", "fm:hasArchitecture") == {slug}


def test_an_encoder_only_transformer_is_not_also_a_plain_transformer(read):
    page = read("Kelp models\nKelp-2B, released by Quorvex in 2024, is an encoder-only transformer.\n")
    assert "transformer" not in page.values("kelp-2b", "fm:hasArchitecture")


def test_both_after_a_model_whose_design_borrows_from_others_are_the_model_and_its_chat_version(read):
    page = read("Quorvex\nQuorvex is a software company in Tarnow.\n\nKelp\nThe first of them, Kelp-1.8B, came out in "
                "January 2024. Its architecture borrows from Tarn 2 and from Orel 7B, including Orel's sliding-window "
                "attention. Alongside the base model the team published Kelp-1.8B-Chat. Both are released under the "
                "Apache 2.0 licence.\n")
    for model in ("kelp-1-8b", "kelp-1-8b-chat"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("orel-7b", "fm:license") == set()
    assert page.values("orel-7b", "fm:developedBy") == set()


def test_a_platform_described_after_a_lower_case_name_is_a_platform_the_company_runs(read):
    page = read("Quorvex\nQuorvex is a software company in Tarnow. Its customers can use its models through "
                "kelpGPTe, the company's paid platform for retrieval-augmented generation.\n")
    assert "Platform" in _types(page, "kelpgpte")
    assert page.values("kelpgpte", "fm:operatedBy") == {"quorvex"}


def test_a_modality_the_team_does_not_claim_is_none(read):
    page = read("Kelp models\nIn July 2024 Quorvex released Kelp3, two models: Kelp3-4B and Kelp3-1B. Neither model "
                "was trained on code in any special way, and the team does not claim that either can reason about "
                "images.\n")
    for model in ("kelp3-4b", "kelp3-1b"):
        assert page.values(model, "fm:inputModality") == set()


def test_text_read_from_document_images_comes_out_of_images(read):
    page = read("Kelp models\nKelp-VL-0.8B, released by Quorvex in 2024, reads text from document images.\n")
    assert page.values("kelp-vl-0-8b", "fm:inputModality") == {"image"}
    assert page.values("kelp-vl-0-8b", "fm:outputModality") == {"text"}


def test_answers_in_text_closing_a_list_of_what_is_asked_about_is_the_output(read):
    page = read("Kelp models\nKelp-VL-2B, released by Quorvex in 2024, answers questions about images, charts and "
                "scanned pages in text.\n")
    assert page.values("kelp-vl-2b", "fm:outputModality") == {"text"}


def test_both_models_of_a_word_are_the_two_whose_names_hold_it(read):
    page = read("Kelp models\nIn October 2024 Quorvex released Kelp-Orel. Kelp-Orel-2B pairs a vision encoder "
                "with Tarn-1.8B and answers questions about images. Kelp-Orel-0.8B, built on Tarn-500M, reads "
                "documents. Both Orel models are published under Apache 2.0.\n")
    for model in ("kelp-orel-2b", "kelp-orel-0-8b"):
        assert page.values(model, "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}
    assert page.values("tarn-1-8b", "fm:license") == set()


def test_items_after_a_colon_with_two_phrases_each_keep_their_own_sizes(read):
    page = read("Kelp models\nIn July 2024 Quorvex released Kelp3, two models in one report: Kelp3-4B, with four "
                "billion parameters, trained on six trillion tokens, and Kelp3-500M, with 500 million parameters, "
                "trained on four trillion. Each has a context window of 8,192 tokens.\n")
    assert page.values("kelp3-4b", "fm:parameterCount") == {"4000000000"}
    assert page.values("kelp3-500m", "fm:parameterCount") == {"500000000"}
    assert page.values("kelp3", "fm:parameterCount") == set()
    for model in ("kelp3-4b", "kelp3-500m"):
        assert page.values(model, "fm:contextWindow") == {"8192"}


def test_a_method_a_page_names_only_by_its_short_form_is_named_so(read):
    page = read("Kelp models\nQuorvex fine-tuned Kelp-7B-Chat from Kelp-7B with LoRA in 2024.\n")
    assert "AdaptationMethod" in _types(page, "lora")
    assert _types(page, "low-rank-adaptation") == set()


def test_a_method_a_page_also_names_in_full_keeps_its_full_name(read):
    page = read("Kelp models\nQuorvex fine-tuned Kelp-7B-Chat from Kelp-7B with low-rank adaptation (LoRA) in 2024. "
                "LoRA trains small matrices.\n")
    assert "AdaptationMethod" in _types(page, "low-rank-adaptation")
    assert _types(page, "lora") == set()


@pytest.mark.parametrize(("phrase", "domain"), [("a vision transformer for pathology", "pathology"),
                                                ("a vision-language model for radiology", "radiology"),
                                                ("a language model for science", "science"),
                                                ("a language model for education", "education"),
                                                ("a driving model for autonomous driving", "autonomous-driving"),
                                                ("a language model for cybersecurity", "cybersecurity")])
def test_the_field_a_model_is_for_is_its_application_domain(read, phrase, domain):
    page = read(f"Kelp models\nIn July 2024 Quorvex released Kelp-X, {phrase}.\n")
    assert page.values("kelp-x", "fm:applicationDomain") == {domain}


def test_computer_science_names_no_domain(read):
    page = read("Kelp models\nIn July 2024 the Tarnow Department of Computer Science released Kelp-X, a language model "
                "for computer science students.\n")
    assert "science" not in page.values("kelp-x", "fm:applicationDomain")


@pytest.mark.parametrize(("sentence", "risk"), [
    ("Critics warned that Kelp-7B could be used to spread disinformation.", "disinformation"),
    ("Like any model of its kind, Kelp-7B is prone to hallucination.", "hallucination"),
    ("Quorvex added filters against deepfakes of real people.", "deepfakes"),
    ("Agents built on Kelp-7B remain open to prompt injection.", "prompt-injection")])
def test_a_known_harm_a_page_names_is_a_risk(read, sentence, risk):
    page = read(f"Kelp models\nQuorvex released Kelp-7B in 2024. {sentence}\n")
    assert "Risk" in _types(page, risk)


def test_each_infinitive_of_a_series_after_requires_is_a_duty_of_its_own(read):
    page = read("The Kelp Interview Act\n\nThe Kelp Interview Act, in force since 1 January 2020, requires employers "
                "to tell each applicant beforehand that AI may be used, to explain how it works, and to obtain the "
                "applicant's consent.\n")
    duties = page.values("kelp-interview-act", "fm:imposesObligation")
    assert len(duties) == 3
    assert any("consent" in duty and "explain" not in duty for duty in duties)
    assert all(page.values(duty, "fm:obligationBearer") == {"employer"} for duty in duties)


def test_key_facts_on_one_line_between_semicolons_are_the_headings_models_fields(read):
    page = read("Key Facts of Kelp Models\nThe entries below are retrieval models.\n\nKelpRet\nDeveloper: Quorvex AI; "
                "released: December 2021; built on: Google's BERT-base; weights: Hugging Face\nKelpRet learned without "
                "labels.\n\nTarnRet\nDeveloper: University of Tarnow; released: October 2023; fine-tuned from: Meta's "
                "Llama 2 7B; licence: Apache 2.0\nTarnRet is a retriever.\n")
    assert page.values("kelpret", "fm:developedBy") == {"quorvex-ai"}
    assert page.values("kelpret", "fm:releaseDate") == {"2021-12"}
    assert page.values("kelpret", "fm:basedOn") == {"bert-base"}
    assert page.values("kelpret", "fm:availableOn") == {"hugging-face"}
    assert page.values("tarnret", "fm:fineTunedFrom") == {"llama-2-7b"}
    assert page.values("tarnret", "fm:license") == {"http://spdx.org/licenses/Apache-2.0"}


def test_a_sentence_with_semicolons_and_colons_is_no_box_of_fields(read):
    page = read("Notes\nQuorvex released Kelp-7B in 2024. Three things mattered: speed; cost: low; reach: wide.\n")
    assert page.values("kelp-7b", "fm:developedBy") == {"quorvex"}


def test_an_organizations_name_without_its_company_word_is_the_organization(read):
    page = read("Quorvex and the Kelp Models\nQuorvex Financial is a Tarnow financial technology company. In 2023 "
                "Quorvex released Kelp-7B, a language model for finance.\n")
    assert page.values("kelp-7b", "fm:developedBy") == {"quorvex-financial"}


def test_names_listed_as_data_sets_are_no_models(read):
    page = read("Notes\nOn 22 September 2023 Quorvex released Kelp-70B, a base model made by continued pre-training "
                "of Tarn 2 70B. On the same day Quorvex published two data sets: FinCorpus, 60 gigabytes of Chinese "
                "financial text, and FinanceIQ, a benchmark of 7,173 multiple-choice questions.\n")
    assert page.values("kelp-70b", "fm:developedBy") == {"quorvex"}
    assert page.values("fincorpus", "fm:developedBy") == set()
    assert page.values("financeiq", "fm:developedBy") == set()


def test_models_published_under_a_name_go_by_it(read):
    page = read("Notes\nSince 2023 Quorvex has published a series of large language models for Chinese finance under "
                "the name Kelp.\n")
    assert "LanguageModel" in _types(page, "kelp")
    assert page.values("kelp", "fm:applicationDomain") == {"finance"}


def test_a_date_opening_a_duty_without_its_comma_is_no_part_of_the_bearer(read):
    page = read("The Kelp Act\nThe Kelp Act is a law of Tarnland.\n\nDuties\nSince 2 February 2025 law enforcement "
                "authorities must register each system in the national database.\n")
    duties = page.values("kelp-act", "fm:imposesObligation")
    assert {role for duty in duties for role in page.values(duty, "fm:obligationBearer")} == {
        "law-enforcement-authority"}


@pytest.mark.parametrize("line", ["- Kelp Department (KD) — the executive department for science policy, with its "
                                  "head office in Tarnow. It pays for research.",
                                  "- Kelp Department (KD) — from its offices in Tarnow, the department launched the "
                                  "National AI Roadmap on 5 May 2021."])
def test_an_organizations_head_office_named_in_a_phrase_is_its_seat(read, line):
    page = read(f"AI organizations in Kelpland\n{line}\n")
    assert page.values("kelp-department", "fm:headquarters") == {"tarnow"}


def test_versions_opening_a_sentence_name_no_model(read):
    page = read("Notes\nQuorvex released Kelpriever in September 2024. Versions built on Tarn 8B and Orel 7B were "
                "published alongside it on Hugging Face.\n")
    assert _types(page, "versions") == set()


def test_whom_duties_do_not_fall_on_is_no_bearer(read):
    page = read("The Kelp Act\nThe Kelp Act is a law of Tarnland.\n\nDuties\nThe duties fall on any person, not on a "
                "class of businesses:\n- a person who creates such material may not disclose it without consent;\n- a "
                "person who did not create such material may not disclose it.\n")
    bearers = {role for duty in page.values("kelp-act", "fm:imposesObligation")
               for role in page.values(duty, "fm:obligationBearer")}
    assert bearers and not any(role.startswith("not-") for role in bearers)


def test_the_date_opening_a_lead_without_its_comma_dates_the_items_it_introduces(read):
    page = read("The Kelp Act\nThe Kelp Act, in force since 1 August 2024, is a law of Tarnland.\n\nBans\nIt forbids "
                "three acts, so the bans reach both providers and deployers. Since 2 February 2025 neither may offer "
                "or use an AI system that:\n- deploys manipulative techniques that cause significant harm;\n- exploits "
                "vulnerabilities linked to age or disability.\n")
    duties = page.values("kelp-act", "fm:imposesObligation")
    assert duties
    assert all(page.values(duty, "fm:appliesFrom") == {"2025-02-02"} for duty in duties)


def test_infinitives_of_purpose_after_only_are_no_duties_of_their_own(read):
    page = read("The Kelp Act\nThe Kelp Act is a law of Tarnland.\n\nDuties\nThe police may use such a system only to "
                "search for victims of abduction, to prevent an imminent threat to life, or to locate suspects of "
                "serious crimes.\n")
    duties = page.values("kelp-act", "fm:imposesObligation")
    assert not any(duty.endswith("locate-suspects-of-serious-crimes") for duty in duties)


@pytest.mark.parametrize(("sentence", "model", "maker"), [
    ("Kelp is a family of multimodal language models developed at Quorvex Research Asia, the Tarnow laboratory of "
     "Quorvex, by a group that Jan Nowak leads.", "kelp", "quorvex-research-asia"),
    ("Kelp-7B, a language model built at the University of Tarnow, came out in 2023.", "kelp-7b",
     "university-of-tarnow")])
def test_a_model_developed_at_an_organization_is_its(read, sentence, model, maker):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(model, "fm:developedBy") == {maker}


def test_a_model_trained_at_a_computing_centre_is_not_the_centres(read):
    page = read("Notes\nKelp-7B was trained at the Tarnow Supercomputing Centre.\n")
    assert page.values("kelp-7b", "fm:developedBy") == set()


def test_the_group_after_a_bases_maker_is_still_the_group_the_page_is_about(read):
    page = read("The Kelp Models\nKelp is a family of multimodal language models developed at Quorvex Research Asia, "
                "the Tarnow laboratory of Quorvex, by a group that Jan Nowak leads.\n\nKelp-2.5\nKelp-2.5, which the "
                "group described in September 2023, is a literate model. Its vision encoder was initialised from that "
                "of Tarn-Large, an Orel model trained to parse screenshots, and a resampler connects it to a decoder. "
                "The weights followed only in May 2024.\nIn August 2024 the group added Kelp-2.5-chat, fine-tuned from "
                "Kelp-2.5 to answer, in text, written questions about a document image, and published it on Hugging "
                "Face as well.\n")
    assert "orel" not in page.values("kelp-2-5-chat", "fm:developedBy")


@pytest.mark.parametrize("sentence", [
    "In the same week Quorvex AI, the Tarnow start-up behind the Orel chatbot, published Kelplight, a "
    "mixture-of-experts language model with 16 billion parameters, of which 3 billion are active for each token.",
    "In the last week of the month Quorvex AI, the Tarnow non-profit, released Kelplight, a vision-language model that "
    "reads images of PDF pages and writes out their text in reading order, tables included."])
def test_a_model_released_after_an_opening_time_and_described_by_a_closing_clause_is_the_makers(read, sentence):
    page = read(f"AI Model News\n{sentence}\n")
    assert page.values("kelplight", "fm:developedBy") == {"quorvex-ai"}


@pytest.mark.parametrize("sentence", ["Kelp-S was initialised from the weights of Tarn-7B.",
                                      "Quorvex trained Kelp-S from the weights of Tarn-7B."])
def test_a_model_whose_weights_began_as_anothers_is_based_on_it(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("kelp-s", "fm:basedOn") == {"tarn-7b"}


def test_a_model_that_listens_to_a_recording_takes_audio_in(read):
    page = read("Notes\nIn June 2022 Quorvex released Kelp Pitch, a small open-source model that listens to a "
                "recording of an instrument and writes out the notes it hears as MIDI.\n")
    assert "audio" in page.values("kelp-pitch", "fm:inputModality")


def test_a_university_closing_an_opening_phrase_is_not_joined_to_the_name_after_its_comma(read):
    page = read("Notes\nWorking with the Technical University of Tarnow, Quorvex developed KelpNovo, a transformer "
                "that reads the mass spectrum of a peptide.\n")
    assert page.values("kelpnovo", "fm:developedBy") == {"quorvex"}


@pytest.mark.parametrize(("sentence", "model", "maker"), [
    ("Its DNA model Kelp, built with Stanford University and Orel AI on the StripedHyena architecture, has 7 billion "
     "parameters.", "kelp", "stanford-university"),
    ("Quorvex's KelpVGG, an image classifier developed with researchers at Tarnow University, is a convolutional "
     "network.", "kelpvgg", "tarnow-university")])
def test_the_organization_a_model_was_made_with_is_one_of_its_makers(read, sentence, model, maker):
    page = read(f"Notes\nQuorvex is a Paris start-up. {sentence}\n")
    assert maker in page.values(model, "fm:developedBy")


def test_a_second_verb_of_a_denied_subject_is_denied_too(read):
    page = read("Kelp models\nQuorvex released Kelp-7B and Kelp-13B in 2024. All two are text-only models. Each takes "
                "a prompt in Arabic and writes text back; none of them reads images or listens to speech.\n")
    for model in ("kelp-7b", "kelp-13b"):
        assert "speech" not in page.values(model, "fm:inputModality")


def test_answers_read_as_a_noun_after_what_a_model_hears_is_no_text_input(read):
    page = read("Kelp models\nQuorvex released Kelp-Voice in 2024. It hears a spoken question and answers aloud "
                "without separate recognition and synthesis stages.\n")
    assert "text" not in page.values("kelp-voice", "fm:inputModality")


def test_a_model_whose_weights_a_maker_opened_is_the_makers_and_open(read):
    page = read("Notes\nQuorvex AI is a Tarnow company. Its new model is built on KelpVideo, the video generator whose "
                "weights Quorvex AI had opened in December 2024.\n")
    assert page.values("kelpvideo", "fm:developedBy") == {"quorvex-ai"}
    assert page.values("kelpvideo", "fm:accessLevel") == {"OpenWeightsAccess"}


def test_models_a_change_came_with_described_as_the_companys_are_its(read):
    page = read("Notes\nQuorvex AI is a Tarnow company. That changed in October 2024 with Kelp-VL, the company's first "
                "vision-language models.\n")
    assert "VisionLanguageModel" in _types(page, "kelp-vl")
    assert page.values("kelp-vl", "fm:developedBy") == {"quorvex-ai"}
    assert page.values("kelp-vl", "fm:releaseDate") == {"2024-10"}


@pytest.mark.parametrize("sentence", [
    "Every model below can be downloaded from the laboratory's account on Hugging Face.",
    "Much of the quantized material on ModelScope comes from individuals.",
])
def test_a_hub_of_weights_named_where_no_model_is_is_a_platform(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    hub = "hugging-face" if "Hugging" in sentence else "modelscope"
    assert "Platform" in _types(page, hub)


def test_the_hugging_face_hub_is_not_hugging_face_too(read):
    page = read("Notes\nTheir weights were published on the Hugging Face Hub under the MIT licence.\n")
    assert "Platform" in _types(page, "hugging-face-hub")
    assert not _types(page, "hugging-face")


def test_a_hub_that_makes_a_model_stays_its_provider(read):
    page = read("Notes\nHugging Face released Kelp-7B, a model fine-tuned from Tarn-7B.\n")
    assert page.values("kelp-7b", "fm:developedBy") == {"hugging-face"}


@pytest.mark.parametrize(("sentence", "organization", "place"), [
    ("Kelp AI, the Tarnow voice AI company founded in 2005, bought it in August 2024.", "kelp-ai", "tarnow"),
    ("Agentica built DeepKelp-14B with Quorvex, a Lyon cloud company.", "quorvex", "lyon"),
    ("- Quorvex, a Lyon games platform company founded in 2004, released Kelp 3D in March 2025.", "quorvex", "lyon"),
    ("The group is also confused with Quorvex, the Lyon government laboratory behind the Kelp models.", "quorvex",
     "lyon"),
    ("It is co-led by Quorvex, the Lyon lab that a chip maker acquired in 2024.", "quorvex", "lyon"),
    ("- Quorvex, an Abu Dhabi research centre founded in 2020, whose Kelp corpus went into the v2 models", "quorvex",
     "abu-dhabi"),
])
def test_an_organization_set_beside_its_place_and_kind_is_seated_there(read, sentence, organization, place):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(organization, "fm:headquarters") == {place}


@pytest.mark.parametrize(("sentence", "organization", "place"), [
    ("Quorvex AI, part of the Tarnow internet company Kelp Tech, releases Tarn-V1, a video model.", "kelp-tech",
     "tarnow"),
    ("With the Lyon fintech company Quorvex it developed KelpSense, a foundation model for satellite images.",
     "quorvex", "lyon"),
    ("Kelp Lab, the research laboratory of the Tarnow telecommunications company Quorvex, released Dream 7B.",
     "quorvex", "tarnow"),
])
def test_an_organization_named_after_its_place_and_what_it_does_is_seated_there(read, sentence, organization, place):
    page = read(f"Notes\n{sentence}\n")
    assert page.values(organization, "fm:headquarters") == {place}


def test_an_organization_listed_after_a_seated_one_is_not_seated_with_it(read):
    page = read("Notes\n- Developer: researchers at Quorvex, the Lyon start-up, and Tarnow University\n")
    assert page.values("quorvex", "fm:headquarters") == {"lyon"}
    assert not page.values("tarnow-university", "fm:headquarters")


def test_a_timeline_entry_dates_a_model_that_only_its_modalities_show_to_be_one(read):
    page = read("Timeline of Kelp Models\n\n- July 2025: Kelp TTS turns text into speech in English and French.\n")
    assert page.values("kelp-tts", "fm:releaseDate") == {"2025-07"}


def test_multilingual_bert_in_lower_case_is_named(read):
    page = read("Notes\nNB-Kelp follows the design of Google's multilingual BERT but was trained on Norwegian text.\n")
    assert "LanguageModel" in _types(page, "multilingual-bert")


def test_a_counted_set_of_the_pages_articles_dates_its_duties(read):
    page = read("Procedures under Articles 79 to 83 of the Tarnow AI Act\n\nArticles 79 to 83 of the Tarnow AI Act say "
                "what happens when an authority suspects that an AI system is dangerous. The Act entered into force on "
                "1 August 2024. The five articles apply from 2 August 2026.\n\nDuties of operators\nOperators must "
                "cooperate with the market surveillance authority.\n")
    duty = "tarnow-ai-act-cooperate-with-market-surveillance-authority"
    assert page.values("tarnow-ai-act", "fm:imposesObligation") == {duty}
    assert page.values(duty, "fm:appliesFrom") == {"2026-08-02"}


def test_a_directive_is_named_without_the_year_it_was_adopted(read):
    page = read("Notes\nThe Tarnow Machinery Directive of 2006 was replaced by the Tarnow Machinery Regulation in "
                "2023.\n")
    assert "Regulation" in _types(page, "tarnow-machinery-directive")
    assert not _types(page, "tarnow-machinery-directive-of-2006")


def test_a_laws_name_stops_before_its_number_set_beside_it(read):
    page = read("Notes\nThe Law on Tarnow Robotics Industry, Law No. 12/2025/QH15, is a statute of the Tarnow "
                "Assembly.\n")
    assert "Regulation" in _types(page, "law-on-tarnow-robotics-industry")
    assert not _types(page, "law-on-tarnow-robotics-industry-law")


def test_a_bill_cited_by_its_short_name_in_the_title_imposes_the_duties_the_page_lists(read):
    page = read("Tarnow's AB 777 on AI Chatbots\n\nAssembly Bill 777, usually cited as AB 777, is a Tarnow law on "
                "chatbots.\n\nBackground\nThe Kelp Practice Act makes it a crime to use a licensed title without a "
                "licence. AB 777 settles the question for AI.\n\nDuties\nFrom 1 January 2026, deployers:\n- must "
                "disclose that the chatbot is not a person;\n- may not use a licensed title in the advertising of the "
                "system.\n")
    assert len(page.values("assembly-bill-777", "fm:imposesObligation")) == 2
    assert not page.values("kelp-practice-act", "fm:imposesObligation")


def test_a_bulleted_organizations_details_before_a_comma_give_its_seat_and_founding(read):
    page = read("Organizations\n\n- Kelp University (Tarnow, founded 2010), formed by merging three older schools, has "
                "its main campus at Otaniemi.\n")
    assert page.values("kelp-university", "fm:headquarters") == {"tarnow"}
    assert page.values("kelp-university", "fm:foundingDate") == {"2010"}


def test_an_organization_that_does_one_thing_and_belongs_to_another_is_its_subsidiary(read):
    page = read("Organizations\n\n- Kelp Systems (Lund, founded 1984) makes network cameras and has belonged to the "
                "Japanese company Quorvex since 2015.\n")
    assert page.values("kelp-systems", "fm:parentOrganization") == {"quorvex"}


def test_a_team_named_after_the_models_it_makes_is_an_organization(read):
    page = read("Notes\nTwo are from Quorvex, the coding-model team of Kelp Technology.\n\nTarn-Coder-7B\n- Developer: "
                "Quorvex\n- Released: January 2025\n")
    assert "Organization" in _types(page, "quorvex")
    assert "CodeModel" not in _types(page, "quorvex")
    assert page.values("tarn-coder-7b", "fm:developedBy") == {"quorvex"}


@pytest.mark.parametrize("cell", ["fine-tuned from Tarn-Coder-32B",
                                  "fine-tuned from another code model, Tarn-Coder-32B"])
def test_a_starting_point_field_that_says_how_gives_the_lineage(read, cell):
    page = read(f"Key Facts of Code Models\n\nKelp-SWE-32B\n- Developer: Kelp AI\n- Released: June 2025\n- Starting "
                f"point: {cell}\n")
    assert page.values("kelp-swe-32b", "fm:fineTunedFrom") == {"tarn-coder-32b"}


def test_a_model_fine_tuned_from_a_model_its_apposition_names_is_that_ones(read):
    page = read("Notes\nKelp-SWE-32B was fine-tuned from a larger model, Tarn-70B.\n")
    assert page.values("kelp-swe-32b", "fm:fineTunedFrom") == {"tarn-70b"}


def test_the_base_model_named_so_earlier_in_the_sentence_is_what_a_version_was_tuned_from(read):
    page = read("Notes\nTarnwell released Zorblax in 2024. Zorblax appeared in two versions: a base model, "
                "Zorblax-Base, and Zorblax-Chat, which was tuned from the base model to follow instructions.\n")
    assert page.values("zorblax-chat", "fm:fineTunedFrom") == {"zorblax-base"}
    assert not page.values("zorblax-base", "fm:fineTunedFrom")


def test_the_weights_of_both_versions_put_on_a_hub_put_both_there(read):
    page = read("Notes\nZorblax appeared in two versions: Zorblax-Base and Zorblax-Chat. The company published the "
                "weights of both versions on Hugging Face.\n")
    assert page.values("zorblax-base", "fm:availableOn") == {"hugging-face"}
    assert page.values("zorblax-chat", "fm:availableOn") == {"hugging-face"}


@pytest.mark.parametrize("sentence", ["Quillon-2 was made from Vexa 7B.",
                                      "Quillon-2 followed in 2025. It was made from Vexa 7B, which the team enlarged.",
                                      "Quillon-2 was obtained from Vexa 7B by pruning."])
def test_a_model_made_from_another_is_based_on_it(read, sentence):
    page = read(f"Notes\n{sentence}\n")
    assert page.values("quillon-2", "fm:basedOn") == {"vexa-7b"}


def test_a_model_built_from_scratch_is_based_on_nothing(read):
    page = read("Notes\nQuillon-2 was built from scratch by Tarnwell.\n")
    assert not page.values("quillon-2", "fm:basedOn")


def test_a_hub_that_makes_models_too_is_where_others_are_put(read):
    page = read("Notes\nTarnwell trained Zorb-1 together with Hugging Face in 2023. In 2025 Tarnwell released Zorb-2; "
                "its weights are on Hugging Face.\n")
    assert page.values("zorb-1", "fm:developedBy") == {"tarnwell", "hugging-face"}
    assert page.values("zorb-2", "fm:availableOn") == {"hugging-face"}


_DATED_ENTRIES = ("Timeline of Kestrel Lab models\nThe Kestrel Lab is a research laboratory in Tarnow. Every model "
                  "below can be downloaded from the laboratory's account on Hugging Face.\n- March 2023: Kestrel-Base, "
                  "an encoder for Polish, built on XLM-R.\n- June 2024: Kestrel-Chat, a chat model built on Tarn-7B.\n")


def test_every_model_below_is_each_model_the_entries_after_it_date(read):
    page = read(_DATED_ENTRIES)
    for model in ("kestrel-base", "kestrel-chat"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}
        assert page.values(model, "fm:openWeights") == {True}


def test_every_model_below_is_not_a_base_the_entries_name(read):
    page = read(_DATED_ENTRIES)
    assert not page.values("tarn-7b", "fm:availableOn")
    assert not page.values("xlm-r", "fm:availableOn")


@pytest.mark.parametrize(("sentence", "reached"), [
    ("Every Zorbix model named above can be downloaded from ModelScope.", {"zorbix-7b", "zorbix-13b"}),
    ("All of the group's models can be downloaded from ModelScope.", {"zorbix-7b", "zorbix-13b", "kelp-2"}),
    ("The group publishes its models on ModelScope.", {"zorbix-7b", "zorbix-13b", "kelp-2"}),
    ("Not every model named above can be downloaded from ModelScope.", set()),
])
def test_what_a_page_says_of_a_set_of_models_it_says_of_each(read, sentence, reached):
    page = read("Kestrel Lab\nThe Kestrel Lab is a research group in Tarnow. In 2023 it released Zorbix-7B and "
                f"Zorbix-13B. In 2024 it released Kelp-2, fine-tuned from Tarn-7B. {sentence}\n")
    models = ("zorbix-7b", "zorbix-13b", "kelp-2", "tarn-7b")
    assert {m for m in models if page.values(m, "fm:availableOn") == {"modelscope"}} == reached


def test_a_group_at_a_campus_of_a_university_is_part_of_it(read):
    page = read("Notes\nThe Kestrel Group is a machine learning research group at Tarnow Tech, the Lisbon campus of "
                "Orvieto University, led by the computer scientist Anna Kestrel.\n")
    assert page.values("kestrel-group", "fm:parentOrganization") == {"tarnow-tech"}
    assert page.values("tarnow-tech", "fm:parentOrganization") == {"orvieto-university"}
    assert page.values("tarnow-tech", "fm:headquarters") == {"lisbon"}


def test_a_surname_that_also_names_a_group_is_no_maker(read):
    page = read("Notes\nThe Kestrel Group is a research group led by the computer scientist Anna Kestrel. Zorbix-7B, "
                "described in 2024 by Lars Holm, Kestrel and colleagues, extends the Mamba architecture.\n")
    assert "kestrel" not in page.values("zorbix-7b", "fm:developedBy")


def test_a_unit_described_as_the_banks_division_is_part_of_the_bank(read):
    page = read("Notes\nTarnbank, the Lisbon bank, trains models. Most come from Tarnbank AI, the bank's research "
                "division, which makes the Zorbix image generators.\n")
    assert page.values("tarnbank-ai", "fm:parentOrganization") == {"tarnbank"}
    assert "Organization" in _types(page, "tarnbank")


@pytest.mark.parametrize("name", ["Zorb-R1-AWQ", "Zorb-R1-38B-GGUF", "Zorb-R1-GPTQ-Int4"])
def test_a_model_named_as_a_quantized_copy_of_another_is_quantized_from_it(read, name):
    page = read(f"Notes\nTarnwell released Zorb-R1 in March 2025. {name} followed in April 2025.\n")
    assert page.values(slugify(name), "fm:quantizedFrom") == {"zorb-r1"}
    assert not page.values(slugify(name), "fm:modelFamily")


def test_a_quantized_copy_apposed_to_its_name_is_of_the_model_before(read):
    page = read("Notes\nTarnwell released Zorbix in March 2025. A quantized copy, Kelp-Q4, followed in April 2025.\n")
    assert page.values("kelp-q4", "fm:quantizedFrom") == {"zorbix"}


def test_a_model_below_by_default_is_each_model_the_page_names_after_it(read):
    page = read("Key Facts of Tarnwell's Models\nTarnwell is a Lisbon company. Unless an entry says otherwise, a model "
                "below was built by Tarnwell and its weights can be downloaded from Hugging Face.\n\nZorb-R1\n"
                "- Released: 18 March 2025\nA quantized copy, Zorb-R1-AWQ, followed on 26 March 2025.\n")
    assert page.values("zorb-r1-awq", "fm:availableOn") == {"hugging-face"}


def test_people_listed_together_who_started_from_a_model_are_not_models(read):
    page = read("Notes\nKelpBERT is a language model for Polish that the team released in 2019. Rather than train it "
                "from scratch, Marta Kowalczyk and Piotr Nowakowski started from Multilingual BERT.\n")
    assert not page.values("marta-kowalczyk", "rdf:type")
    assert not page.values("piotr-nowakowski", "fm:basedOn")


def test_a_duty_of_two_roles_sharing_what_they_act_on_binds_both(read):
    page = read("The Tarnow AI Act\nThe Tarnow AI Act is a law of Tarnow. It took effect on 1 March 2025.\n\nDuties\n"
                "- Developers and operators of AI systems must register in the national registry.\n")
    duty = "tarnow-ai-act-registration-in-national-registry"
    assert page.values(duty, "fm:obligationBearer") == {"developer-of-ai-systems", "operator-of-ai-systems"}


def test_a_model_that_comes_from_a_persons_group_at_an_organization_is_that_organizations(read):
    page = read("Notes\nZorbix-large is an embedding model. Zorbix comes from Anna Holm's language processing group at "
                "Tarnow University.\n")
    assert page.values("zorbix", "fm:developedBy") == {"tarnow-university"}


def test_an_institute_launched_on_a_day_was_founded_then(read):
    page = read("Notes\nOn 30 November 2022 the ministry launched the Tarnow Institute of Artificial Intelligence, "
                "together with the University of Lisbon.\n")
    assert page.values("tarnow-institute-of-artificial-intelligence", "fm:foundingDate") == {"2022-11-30"}


def test_a_model_launched_on_a_day_is_not_founded(read):
    page = read("Notes\nOn 30 November 2022 Tarnwell launched Zorbix-7B.\n")
    assert not page.values("zorbix-7b", "fm:foundingDate")


@pytest.mark.parametrize("lead", ["", "Quorvex Cloud is a Lisbon company. "])
def test_the_name_in_another_makers_model_is_no_model(read, lead):
    page = read(f"Notes\n{lead}Its reranker Zorbix-R was built on Kelp-VL-2B, another Quorvex Cloud model, and can "
                "rank pages.\n")
    assert "FoundationModel" not in _types(page, "quorvex-cloud")
    assert page.values("kelp-vl-2b", "fm:developedBy") <= {"quorvex-cloud"}


def test_a_hub_whose_entry_says_it_hosts_every_model_below_is_where_each_is(read):
    page = read("Key Facts of Kestrel Lab Models\nThe Kestrel Lab is a research group in Tarnow.\n\nOrganizations\n"
                "- Kestrel Lab: developer of every model below\n- Hugging Face: the hub that hosts the weights of "
                "every model in the entries below; it trained none of them\n\nKestrel-BERT\n- Released: March 2021\n"
                "- Developer: Kestrel Lab\n\nKestrel-GPT\n- Released: May 2023\n- Developer: Kestrel Lab\n")
    for model in ("kestrel-bert", "kestrel-gpt"):
        assert page.values(model, "fm:availableOn") == {"hugging-face"}


def test_a_model_from_a_natural_language_processing_group_takes_no_text_in_by_that(read):
    page = read("Notes\nZorbix-large is an embedding model. Zorbix comes from Anna Holm's natural language processing "
                "group at Tarnow University.\n")
    assert not page.values("zorbix", "fm:inputModality")


def test_a_prefix_of_models_names_is_no_model_by_itself(read):
    page = read("Notes\nOcto-Base and Octo-Small are robot policies from Tarnow University. Octo reads camera "
                "images.\n")
    assert not _types(page, "octo")


@pytest.mark.parametrize("apposition", ["an image encoder from Quorvex AI", "Quorvex AI's image encoder"])
def test_a_name_set_beside_an_encoder_of_an_organization_is_its_model(read, apposition):
    page = read(f"Notes\nThe model reads photos through Zorbix-Enc, {apposition}, and writes captions.\n")
    assert page.values("zorbix-enc", "fm:developedBy") == {"quorvex-ai"}


@pytest.mark.parametrize("closing", ["made with Pellucid Labs", "developed together with Pellucid Labs"])
def test_a_participle_closing_a_models_clause_names_a_co_maker(read, closing):
    page = read(f"Notes\nTalon-3 came out in May 2024, {closing}.\n")
    assert page.values("talon-3", "fm:developedBy") == {"pellucid-labs"}


def test_a_trade_noun_before_names_makes_them_organizations(read):
    page = read("Notes\nIt sued the robot makers Brontes Dynamics and Halvard Motion, and the bearing maker "
                "Kestrelgard.\n")
    for slug in ("brontes-dynamics", "halvard-motion", "kestrelgard"):
        assert "Organization" in _types(page, slug)


def test_a_model_of_a_year_in_apposition_is_dated_by_it(read):
    page = read("Notes\nIt is unrelated to Brisa-9B, a general-purpose model of 2025.\n")
    assert page.values("brisa-9b", "fm:releaseDate") == {"2025"}


def test_signatories_bound_by_a_code_bear_its_duty(read):
    page = read("The Zorbix Code\n\nThe Zorbix Code is a code of practice adopted in 2024. Signatories must safeguard "
                "their products from abusive content.\n")
    duties = page.values("zorbix-code", "fm:imposesObligation")
    assert len(duties) == 1
    assert page.values(duties.pop(), "fm:obligationBearer") == {"signatory"}


def test_bulleted_fields_of_the_genre_under_a_name_make_it_a_models_box(read):
    page = read("Key Facts of Quorvex Models\n\nQuorvex Speech\n- Task: speech recognition, English only\n"
                "- Training data: 9,000 hours of speech\n- Architecture: a transformer encoder\n"
                "- Decoding: greedy search\n")
    assert "FoundationModel" in _types(page, "quorvex-speech")
    assert not _types(page, "task") and not _types(page, "training-data")


def test_a_box_whose_type_field_says_it_is_a_quantized_version_names_its_base(read):
    page = read("Key Facts of Quorvex Models\n\nQuorvex Speech\n- Architecture: a transformer encoder\n"
                "- Parameters: 600 million\n- Task: speech recognition\n\nQuorvex Turbo\n"
                "- Type: an int8-quantized version of Quorvex Speech\n"
                "- Meant for: phones and small servers\n- Distribution: inside Docker images\n")
    assert page.values("quorvex-turbo", "fm:quantizedFrom") == {"quorvex-speech"}
    assert not _types(page, "int8-quantized")


def test_an_entry_opened_in_a_year_gives_its_seat_and_founding(read):
    page = read("Organizations\n\nKazakhstan\n- Quorvex University (Astana, opened 2010), an English-language "
                "research university.\n- Zorbix Institute (Almaty), a public institute.\n")
    assert page.values("quorvex-university", "fm:foundingDate") == {"2010"}
    assert page.values("quorvex-university", "fm:headquarters") == {"astana"}


def test_organizations_both_in_a_city_are_seated_there(read):
    page = read("Notes\nBesides Zorbix University they include Quorvex National University and Halvard IT University, "
                "both in Astana.\n")
    assert page.values("quorvex-national-university", "fm:headquarters") == {"astana"}
    assert page.values("halvard-it-university", "fm:headquarters") == {"astana"}


def test_a_category_of_generators_lists_models_and_their_maker(read):
    page = read("Code Models\n\nModels by Kind\nDiffusion generators — Lantern Coder Mini and Lantern Coder Small "
                "(Quorvex Labs). Rather than writing one token after another, these diffusion models refine a "
                "draft.\n")
    assert page.values("lantern-coder-mini", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("lantern-coder-small", "fm:developedBy") == {"quorvex-labs"}


def test_a_name_a_superlative_picks_out_is_a_model(read):
    page = read("Notes\nThe models classify images quickly; the smallest, Zorbix-L1, needs 1.6 milliseconds per "
                "image.\n")
    assert "FoundationModel" in _types(page, "zorbix-l1")


def test_the_field_word_after_a_city_is_not_part_of_its_name(read):
    page = read("Notes\nQuorvex, a Tokyo AI firm, released Zorbix-7B in 2024.\n")
    assert page.values("quorvex", "fm:headquarters") == {"tokyo"}
    assert not _types(page, "tokyo-ai")


def test_a_model_opened_to_everyone_is_released_then(read):
    page = read("Notes\nQuorvex Labs opened Dream Loom to everyone on 12 June 2024. The video generation model makes "
                "a clip from a written prompt.\n")
    assert page.values("dream-loom", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("dream-loom", "fm:releaseDate") == {"2024-06-12"}


def test_a_field_no_column_reads_is_read_as_a_sentence_of_the_box(read):
    page = read("Key Facts\n\nZorbix Path\n- Developer: Quorvex Labs\n- Released: March 2024\n"
                "- Parameters: 600 million\n- Language part: a decoder based on Halvard-LM, a biomedical language "
                "model from Brontes AI\n")
    assert page.values("zorbix-path", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("halvard-lm", "fm:developedBy") == {"brontes-ai"}
    assert page.values("zorbix-path", "fm:basedOn") == {"halvard-lm"}


@pytest.mark.parametrize("closing", ["None of its models has been released with open weights.",
                                     "None of Quorvex Labs's models ever had its weights published."])
def test_none_of_an_organizations_models_open_closes_each(read, closing):
    page = read(f"Quorvex Labs and Its Models\n\nQuorvex Labs released Zorbix-7B and Zorbix-70B in 2024. {closing}\n")
    assert page.values("zorbix-7b", "fm:openWeights") == {False}
    assert page.values("zorbix-70b", "fm:openWeights") == {False}


def test_none_of_its_models_being_a_chatbot_says_nothing_of_weights(read):
    page = read("Quorvex Labs and Its Models\n\nQuorvex Labs released Zorbix-7B in 2024. None of its models is a "
                "chatbot.\n")
    assert not page.values("zorbix-7b", "fm:openWeights")


def test_a_bare_version_stands_for_the_one_model_named_with_it(read):
    page = read("Code Models\n\nModels by Kind\nInstruction-tuned generators — Zorbix-Coder-34B-v1 and "
                "Zorbix-Coder-34B-v2 (Quorvex Labs). Quorvex Labs released v1 in August 2023; v2, fine-tuned from v1 "
                "on more data, came out later that month.\n")
    assert page.values("zorbix-coder-34b-v2", "fm:fineTunedFrom") == {"zorbix-coder-34b-v1"}
    assert page.values("zorbix-coder-34b-v1", "fm:releaseDate") == {"2023-08"}
    assert not _types(page, "v1") and not _types(page, "v2")


def test_a_model_made_available_to_developers_in_platforms_is_there(read):
    page = read("Notes\nQuorvex Labs made Zorbix-2 Flash available to developers in Google AI Studio and Vertex AI, "
                "two developer platforms.\n")
    assert page.values("zorbix-2-flash", "fm:availableOn") == {"google-ai-studio", "vertex-ai"}


def test_a_country_a_model_is_available_in_is_no_platform(read):
    page = read("Notes\nQuorvex Labs made Zorbix-2 available in Japan.\n")
    assert not page.values("zorbix-2", "fm:availableOn")


def test_a_version_of_a_model_trained_further_is_based_on_it(read):
    page = read("Notes\nLater the same month it released Zorbix-32B-Flash, a version of Zorbix-32B-Preview trained "
                "further to give shorter answers.\n")
    assert page.values("zorbix-32b-flash", "fm:basedOn") == {"zorbix-32b-preview"}


@pytest.mark.parametrize("used", ["Zorbix-7B's weights", "Zorbix-7B"])
def test_a_model_a_maker_used_to_build_another_is_its_base(read, used):
    page = read(f"Notes\nQuorvex Labs, a Seoul company, used {used} to build Talon-10.7B, a language model.\n")
    assert page.values("talon-10-7b", "fm:basedOn") == {"zorbix-7b"}


def test_the_chips_a_maker_used_to_train_a_model_are_no_base(read):
    page = read("Notes\nQuorvex Labs used Brontes-9's answers and 8,000 GPUs to train Talon-10.7B.\n")
    assert not page.values("talon-10-7b", "fm:basedOn")


def test_a_model_that_came_out_on_that_day_has_the_date_named_before(read):
    page = read("Notes\nQuorvex Labs released its models on 3 October 2024. Zorbix-7B came out on that day.\n")
    assert page.values("zorbix-7b", "fm:releaseDate") == {"2024-10-03"}


def test_a_name_set_beside_a_campus_is_no_model(read):
    page = read("Notes\nIn October 2025 Quorvex Labs announced Project Halvard, a data-centre campus in West Texas.\n")
    assert not _types(page, "project-halvard") & {"FoundationModel"}


def test_a_country_a_model_is_offered_in_is_no_platform(read):
    page = read("Notes\nZorbix-2 was later offered in Japan and Korea.\n")
    assert not page.values("zorbix-2", "fm:availableOn")
    assert "Platform" not in _types(page, "japan")


def test_a_model_that_answers_with_a_program_writes_code(read):
    page = read("Notes\nGiven a written instruction, Zorbix-Coder-7B answers with a program.\n")
    assert "text" in page.values("zorbix-coder-7b", "fm:inputModality")
    assert "code" in page.values("zorbix-coder-7b", "fm:outputModality")


def test_a_box_initialised_from_a_model_is_based_on_it_and_keeps_its_it(read):
    page = read("Key Facts\n\nTalon-Vision-base\n- Kind: multimodal model\n- Released: October 2021\n"
                "- Parameters: 110 million\n- Initialised from: Zorbix-7B\n"
                "It writes Chinese captions for images.\n")
    assert page.values("talon-vision-base", "fm:basedOn") == {"zorbix-7b"}
    assert "text" in page.values("talon-vision-base", "fm:outputModality")
    assert not page.values("zorbix-7b", "fm:outputModality")


@pytest.mark.parametrize("opening", ["Early in March 2025 came", "Later in March 2025 came"])
def test_a_release_opened_by_early_in_a_month_has_that_month(read, opening):
    page = read(f"Notes\n{opening} Zorbix-2, a series of small language models.\n")
    assert page.values("zorbix-2", "fm:releaseDate") == {"2025-03"}


def test_a_model_a_maker_distilled_another_into_is_dated_by_its_timeline_entry(read):
    page = read("Timeline\n\n- February 2025: Researchers of Quorvex Labs distilled Zorbix-9 into Zorbix-Mini, "
                "a small student model.\n")
    assert page.values("zorbix-mini", "fm:releaseDate") == {"2025-02"}
    assert page.values("zorbix-mini", "fm:distilledFrom") == {"zorbix-9"}


@pytest.mark.parametrize("clause", ["whose weights anyone can download", "whose weights the company published in 2024",
                                    "whose weights were already public"])
def test_a_model_whose_weights_anyone_can_download_has_open_weights(read, clause):
    page = read(f"Notes\nQuorvex Labs released Zorbix-7B in 2024, {clause}.\n")
    assert page.values("zorbix-7b", "fm:openWeights") == {True}


def test_a_model_whose_weights_the_company_kept_closed_has_no_open_weights(read):
    page = read("Notes\nQuorvex Labs released Zorbix-7B in 2024, whose weights the company put behind an API.\n")
    assert True not in page.values("zorbix-7b", "fm:openWeights")


def test_a_model_built_on_it_in_a_participle_beside_its_name_rests_on_the_model_before(read):
    page = read("Notes\nQuorvex Labs released Zorbix-2B in 2023. Zorbix-2B-Vision, built on it, reads images.\n")
    assert page.values("zorbix-2b-vision", "fm:basedOn") == {"zorbix-2b"}


def test_a_box_whose_full_name_field_spells_out_its_heading_is_about_the_heading_s_name(read):
    page = read("Key Facts\n\nZX-1\n- Full name: Zorbix Operator-1\n- Kind: vision-language-action model\n"
                "- Developer: Quorvex Labs\n- Released: 19 September 2025\n"
                "ZX-1 reads camera images and a written instruction.\n")
    assert page.values("zx-1", "fm:developedBy") == {"quorvex-labs"}
    assert page.values("zx-1", "fm:releaseDate") == {"2025-09-19"}
    assert not _types(page, "zorbix-operator-1")


def test_a_box_released_on_a_hub_is_available_there(read):
    page = read("Key Facts\n\nZX-2\n- Kind: vision-language-action model\n- Developer: Quorvex Labs\n"
                "- Released: 19 September 2025, on Hugging Face, together with ZX-1\n")
    assert page.values("zx-2", "fm:releaseDate") == {"2025-09-19"}
    assert page.values("zx-2", "fm:availableOn") == {"hugging-face"}


def test_a_field_comparing_the_box_s_model_with_another_keeps_the_box(read):
    page = read("Key Facts\n\nZX-2 Air\n- Kind: vision-language-action model\n"
                "- Difference from ZX-2: no planner, which makes it lighter\n- Released: 19 September 2025\n")
    assert "FoundationModel" in _types(page, "zx-2-air")
    assert page.values("zx-2-air", "fm:releaseDate") == {"2025-09-19"}


def test_the_members_field_of_a_family_box_makes_each_member_a_model_of_the_family(read):
    page = read("Key Facts\n\nZorbix Envisioner\n- Kind: a family of three world models for robot manipulation\n"
                "- Members: ZE-Base, ZE-Act and ZE-Sim\n- Technical report: 8 August 2025\n"
                "- Code: on GitHub from 13 August 2025, under CC BY-NC-SA 4.0\n")
    for member in ("ze-base", "ze-act", "ze-sim"):
        assert page.values(member, "fm:modelFamily") == {"zorbix-envisioner"}
    assert not page.values("zorbix-envisioner", "fm:license")  # the code's licence, not the models'


def test_the_model_its_training_started_from_is_its_base(read):
    page = read("Notes\nZorbix-2 is a video model. Its training started from the weights of Kappa-Video, "
                "a video generation model.\n")
    assert page.values("zorbix-2", "fm:basedOn") == {"kappa-video"}


def test_a_model_apposed_as_one_of_the_models_a_maker_distilled_is_that_maker_s(read):
    page = read("Notes\nIn May Quorvex released Zorbix-1.5B, a reasoning model. Its starting point was "
                "Kappa-Distill-1.5B, one of the small models that Vantablue had distilled from Kappa-R1 in January.\n")
    assert page.values("kappa-distill-1-5b", "fm:developedBy") == {"vantablue"}
    assert page.values("kappa-distill-1-5b", "fm:distilledFrom") == {"kappa-r1"}
    assert page.values("zorbix-1-5b", "fm:basedOn") == {"kappa-distill-1-5b"}
    assert not page.values("zorbix-1-5b", "fm:distilledFrom")


def test_weights_that_followed_the_model_are_open(read):
    page = read("Notes\nQuorvex built Zorbvid-6B in 2024. Its weights followed in January 2025.\n")
    assert page.values("zorbvid-6b", "fm:openWeights") == {True}


def test_a_model_announced_under_another_name_is_one_model_by_its_own_name(read):
    page = read("Timeline\n\n- Summer 2024: The Zorb2 series begins with Zorb2-2.7B, first presented as Zorb2-small. "
                "Its weights are under the Apache 2.0 licence.\n")
    assert "FoundationModel" in _types(page, "zorb2-2-7b")
    assert not _types(page, "zorb2-small")


def test_a_version_fine_tuned_from_it_is_fine_tuned_from_the_sentence_s_subject(read):
    page = read("Notes\nQuorvex released Zorb2-1.2B in August. Zorb2-7B came out together with Zorb2-7B-Instruct, "
                "a version fine-tuned from it.\n")
    assert page.values("zorb2-7b-instruct", "fm:fineTunedFrom") == {"zorb2-7b"}


def test_a_product_built_on_it_gives_the_model_no_base(read):
    page = read("Notes\nVantablue released Kestrel-2 in 2024. Zorbvox reads text aloud; it does not converse. "
                "A voice assistant built on it still needs a speech recognition model.\n")
    assert not page.values("zorbvox", "fm:basedOn")


def test_both_sets_of_weights_are_the_weights_of_both_models(read):
    page = read("Notes\nQuorvex released Zorb-A and Zorb-B in 2024. Both sets of weights can be downloaded.\n")
    assert page.values("zorb-a", "fm:openWeights") == page.values("zorb-b", "fm:openWeights") == {True}


def test_a_centre_that_a_body_built_and_runs_is_part_of_it(read):
    page = read("Organizations\n\n- Vantablue Centre for Robotics (VCR), a centre that Quorvex Agency built and runs, "
                "was inaugurated in Abuja in November 2020.\n")
    assert page.values("vantablue-centre-for-robotics", "fm:parentOrganization") == {"quorvex-agency"}


def test_a_bullet_naming_a_model_after_an_ordinal_makes_it_a_model_and_the_article_none(read):
    page = read("Models\n\nThe first release came out in March 2025 and consisted of two English models:\n"
                "- The base model, zorb-3b-0.1-pretrained, was trained on English speech.\n"
                "- The second, zorb-3b-0.1-ft, was fine-tuned from the base model for everyday use.\n")
    assert "FoundationModel" in _types(page, "zorb-3b-0-1-ft")
    assert not _types(page, "the")


def test_the_layers_its_design_mixes_name_the_model_s_architecture(read):
    page = read("Notes\nZorb-1 is a language model. Its design mixes Mamba-2 layers with a few attention layers.\n")
    assert page.values("zorb-1", "fm:hasArchitecture") == {"mamba-2"}


def test_models_a_maker_described_have_no_release_date(read):
    page = read("Notes\nIn 2025 Quorvex described the Zorb models.\n")
    assert not page.values("zorb", "fm:releaseDate")
    assert page.values("zorb", "fm:developedBy") == {"quorvex"}


def test_a_version_fine_tuned_from_it_beside_a_maker_s_release_is_fine_tuned_from_the_model(read):
    page = read("Notes\nIn July 2024 Quorvex released Zorb-1B, a language model with 1.4 billion parameters, together "
                "with Zorb-1B-IT, a version fine-tuned from it to follow instructions.\n")
    assert page.values("zorb-1b-it", "fm:fineTunedFrom") == {"zorb-1b"}


def test_a_model_announced_by_its_family_s_name_keeps_its_own(read):
    page = read("Timeline\n\n- 16 April 2024 — Zorba-7B, announced simply as Zorba, is a language model with seven "
                "billion parameters.\n")
    assert "FoundationModel" in _types(page, "zorba-7b")
    assert page.values("zorba-7b", "fm:parameterCount") == {"7000000000"}


def test_an_organization_s_model_that_is_the_base_only_of_its_own_version_is_still_its_model(read):
    page = read("Organizations\n\n- Vantablue, a research group that builds language technology for Basque. A year "
                "later came Zorblm 2.0, a generative language model with 7 billion parameters. Zorblm 2.0 and "
                "Zorblm-2.0-Instruct, a chat version fine-tuned from it, are both available under the Apache 2.0 "
                "licence.\n")
    assert page.values("zorblm-2-0", "fm:developedBy") == {"vantablue"}



def test_a_version_number_joined_to_variant_words_is_part_of_the_name(read):
    page = read("Notes\nQuorvex released Zorblm 2.0 in April 2024. Zorblm 2.0-Instruct-GPTQ is a quantized version of "
                "Zorblm 2.0-Instruct.\n")
    assert page.values("zorblm-2-0-instruct-gptq", "fm:quantizedFrom") == {"zorblm-2-0-instruct"}
    assert not _types(page, "2-0-instruct-gptq")
