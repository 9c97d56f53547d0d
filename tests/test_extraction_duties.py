"""How a regulation page's duties are read: each duty once, its bearers, its date and a label a reader would choose.

Every law, role and duty here is invented; one behaviour per test.
"""

from __future__ import annotations

import pytest

from fmkg.extract import Extraction
from fmkg.iri import slugify


def _duties(page: Extraction, law: str) -> set:
    return page.values(law, "fm:imposesObligation")


def _bearers(page: Extraction, law: str) -> dict[str, set]:
    return {duty: page.values(duty, "fm:obligationBearer") for duty in _duties(page, law)}


def test_a_list_introduced_by_two_coordinated_bearers_binds_both(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nPractices\n"
                "Developers and deployers of AI systems may not build or sell a robot:\n"
                "- that deceives patients about its abilities;\n- that records patients without consent.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 2
    assert all(b == {"developer-of-ai-systems", "deployer"} for b in bearers.values())


def test_a_date_the_duty_sentence_gives_after_since_is_the_duty_s_own(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot operators must register each robot. Since 3 March 2026, robot operators have been required "
                "to train their staff.\nThese obligations apply from 1 June 2027.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert dates == {"marrow-vale-robotics-act-robot-registration": {"2027-06-01"},
                     "marrow-vale-robotics-act-train-staff": {"2026-03-03"}}


def test_each_order_of_a_series_in_a_list_item_is_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Before a robot is sold, its maker must:\n"
                "- carry out a safety assessment, affix the safety seal and register the robot in the state "
                "registry.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-safety-assessment", "marrow-vale-robotics-act-affix-safety-seal",
        "marrow-vale-robotics-act-robot-registration-in-state-registry"}


def test_a_pronoun_object_stands_for_the_noun_the_verb_before_it_named(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot operators may not dismiss nurses who report faults, and may not threaten them.\n")
    assert "marrow-vale-robotics-act-prohibition-to-threaten-nurses" in _duties(page, "marrow-vale-robotics-act")


def test_a_second_verb_acting_on_the_first_one_s_object_through_a_pronoun_is_the_same_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot operators must keep track of falls and report them to the health board without undue "
                "delay.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-keep-track-of-and-report-falls-to-health-board"}


def test_items_that_complete_a_prohibition_s_lead_are_prohibitions_labelled_with_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nPractices\n"
                "Robot makers may not build or sell a robot:\n"
                "- with the intent to deceive patients about its abilities;\n"
                "- in a manner that intends to frighten children.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-robot-building-or-sale-to-deceive-patients-about-its-abilities",
        "marrow-vale-robotics-act-prohibition-of-robot-building-or-sale-to-frighten-children"}


def test_being_prohibited_from_doing_one_of_two_things_to_one_object_is_one_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A robot maker is prohibited from selling or leasing a robot that records patients.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert len(duties) == 1
    assert duties.pop().startswith("marrow-vale-robotics-act-prohibition-of-sale-or-leasing-of-robot")


def test_nor_may_states_a_prohibition(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A robot maker may not sell patient data. Nor may a robot maker deploy a robot to watch patients "
                "at night.\n")
    duty = "marrow-vale-robotics-act-prohibition-of-deploying-robot-to-watch-patients"
    assert duty in _duties(page, "marrow-vale-robotics-act")


def test_a_pronoun_object_stands_for_what_the_bearer_s_own_clause_names(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Operators who lease a care robot must insure it.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-insure-care-robot"}


def test_what_a_thing_must_be_is_how_a_duty_is_met_not_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties of Operators\n"
                "Operators must label each robot. The label has to be legible and durable.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-robot-labelling"}


def test_the_agent_of_a_passive_duty_is_named_with_the_nouns_before_its_head(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nCare\n"
                "Residents shall be informed of the robot's schedule by the care home provider.\n")
    assert list(_bearers(page, "marrow-vale-robotics-act").values()) == [{"care-home-provider"}]


def test_a_heading_names_a_bearer_by_the_word_the_text_calls_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties of Platforms\n"
                "Operators of robot rental services must register each robot. The platform must train its staff. "
                "The training has to cover emergency stops.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 3
    assert all(b == {"operator-of-robot-rental-services"} for b in bearers.values())


def test_a_listed_order_about_what_another_role_needs_binds_only_the_list_s_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Developers of care robots must:\n"
                "- supply the information a care home needs to complete a safety review;\n"
                "- keep a repair log.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert bearers["marrow-vale-robotics-act-supply-information-care-home-needs-to-complete-safety-review"] \
        == {"developer-of-care-robots"}
    assert len(bearers) == 2


def test_whom_a_duty_gives_something_to_belongs_to_its_label(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must give nurses clear notice of recalls.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-give-nurses-clear-notice-of-recalls"}


def test_a_duty_to_report_when_something_happens_is_labelled_by_what_happens(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must report when a robot injures a resident.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-reporting-when-robot-injures-resident"}


def test_what_a_duty_counts_as_belongs_to_its_label(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Every robot maker must check whether its robot counts as a medical device.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-check-whether-robot-counts-as-medical-device"}


def test_a_sentence_that_says_who_carries_the_duties_names_the_bearer_of_such_operators(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nSafety\n"
                "Operators of delivery robots carry extra safety duties. Such operators must insure each robot.\n")
    assert list(_bearers(page, "marrow-vale-robotics-act").values()) == [{"operator-of-delivery-robots"}]


def test_a_duty_whose_verb_has_a_noun_is_named_by_its_object_and_that_noun(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must report serious malfunctions to the health board.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-serious-malfunction-reporting-to-health-board"}
    assert page.values("marrow-vale-robotics-act-serious-malfunction-reporting-to-health-board", "rdfs:label") \
        == {"Serious malfunction reporting to health board"}


def test_a_prohibition_is_named_a_prohibition_of_what_its_verb_s_noun_names(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers may not publish patient records.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-patient-record-publication"}


def test_a_prohibited_verb_with_no_noun_of_its_own_is_named_by_its_gerund(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers may not tamper with safety seals. Robot makers may not copy patient records.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-tampering-with-safety-seals",
        "marrow-vale-robotics-act-prohibition-of-copying-patient-records"}


def test_a_duty_whose_verbs_only_put_its_object_in_place_is_named_by_the_object(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must establish and operate a fall prevention plan and use robots in line with their "
                "manuals.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-fall-prevention-plan", "marrow-vale-robotics-act-robot-use-in-line-with-manuals"}


def test_what_a_duty_on_a_thing_named_before_is_for_tells_two_such_duties_apart(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must:\n- design the robot to stop on contact;\n"
                "- design the robot so that nurses can switch it off.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-design-robot-to-stop-on-contact",
        "marrow-vale-robotics-act-design-robot-so-that-nurses-can-switch-it-off"}


def test_a_pronoun_that_is_the_subject_of_a_relative_clause_stays_in_the_label(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must archive the logs they collect.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-archive-logs-they-collect"}


def test_a_role_a_list_item_names_in_passing_does_not_become_the_bearer_spoken_of(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Manufacturers of care robots are required to:\n- give manuals to deployers;\n- train their staff.\n"
                "They must also appoint a safety officer.\n")
    duty = "marrow-vale-robotics-act-safety-officer-appointment"
    assert page.values(duty, "fm:obligationBearer") == {"manufacturer-of-care-robots"}


def test_verbs_with_nouns_that_share_one_object_are_named_together(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must assess and mitigate fall risks.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-fall-risk-assessment-and-mitigation"}


def test_duties_no_sentence_dates_apply_from_when_their_law_took_effect(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It took effect on "
                "4 May 2026.\nDuties\nRobot makers must register each robot.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and all(page.values(d, "fm:appliesFrom") == {"2026-05-04"} for d in duties)


def test_a_that_clause_a_duty_states_keeps_its_that_and_its_subject(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must check that it carries a safety seal.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-check-that-it-carries-safety-seal"}


def test_a_date_in_a_risk_tier_s_item_dates_that_tier(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nRisk Tiers\n"
                "The Act sorts robots into three risk tiers.\n"
                "- Unacceptable risk — robots that deceive patients are banned. These prohibitions apply from "
                "1 March 2026.\n- High risk — robots that lift patients.\n- Minimal risk — all other robots.\n")
    assert page.values("marrow-vale-robotics-act-unacceptable-risk", "fm:appliesFrom") == {"2026-03-01"}
    assert not page.values("marrow-vale-robotics-act", "fm:appliesFrom")


def test_a_law_that_entered_into_force_applies_from_that_date(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It was published on "
                "2 May 2026 and entered into force on 22 May 2026.\n")
    assert page.values("marrow-vale-robotics-act", "fm:appliesFrom") == {"2026-05-22"}


def test_two_bearers_sharing_a_relative_clause_both_bear_the_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Any developer or deployer that sells a robot must register it with the health board.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert list(bearers.values()) == [{"developer", "deployer"}]  # (a robot, no AI system: the bare role)


def test_a_sentence_defining_a_tier_s_systems_defines_that_tier(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nScope\n"
                "A high-risk AI system is one that lifts or feeds patients.\n")
    assert page.values("marrow-vale-robotics-act", "fm:definesRiskTier") == {"marrow-vale-robotics-act-high-risk"}
    assert "RiskTier" in page.values("marrow-vale-robotics-act-high-risk", "rdf:type")


def test_a_month_after_since_is_no_day_a_duty_could_apply_from(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Since March 2026, robot operators have been required to train their staff.\n")
    assert all(not page.values(d, "fm:appliesFrom") for d in _duties(page, "marrow-vale-robotics-act"))


def test_a_role_named_with_one_thing_is_named_for_the_kind_of_thing(read):
    page = read("Talon Safety Act\n\nThe Talon Safety Act is a law of Quorvex State.\n\nDuties\n\n"
                "A supplier of a companion chatbot must disclose to users that the chatbot is not a human.\n")
    bearers = {b for duty in page.values("talon-safety-act", "fm:imposesObligation")
               for b in page.values(duty, "fm:obligationBearer")}
    assert bearers == {"supplier-of-companion-chatbots"}


def test_a_second_law_named_in_a_paragraph_owns_the_duties_that_follow_it(read):
    page = read("Talon Safety Act\n\nThe Talon Safety Act is a law of Quorvex State.\n\nAmendments\n\n"
                "A separate law passed in the same session, House Bill 452, deals with companion chatbots. "
                "A supplier of a companion chatbot shall disclose to users that the chatbot is not a human.\n")
    assert page.values("house-bill-452", "fm:imposesObligation")
    assert not page.values("talon-safety-act", "fm:imposesObligation")


def test_a_duty_label_names_artificial_intelligence_by_its_short_form(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must disclose the use of artificial intelligence to patients.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-disclosure-of-use-of-ai-to-patients"}


def test_a_list_lead_that_only_names_the_bearer_makes_its_modal_items_duties_of_that_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "With effect from 1 May 2027, a robot operator:\n"
                "- may not lock patients in their rooms;\n- must log each fall.\n"
                "Its members:\n- the health board;\n- the patients' council.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 2
    assert all(b == {"robot-operator"} for b in bearers.values())


def test_telling_people_is_a_notice_and_telling_an_authority_a_notification(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must notify patients. Robot makers must notify the regulator.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-notice-to-patients", "marrow-vale-robotics-act-notification-to-regulator"}


def test_making_a_thing_available_is_its_publication(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must make publicly available a safety summary.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-safety-summary-publication"}


def test_what_a_duty_acts_on_follows_the_duty_s_noun_when_words_follow_its_own_noun(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must report the results of each fall test. Robot makers must notify nurses who "
                "work at night.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-reporting-of-results-of-fall-test",
        "marrow-vale-robotics-act-notice-to-nurses-who-work"}


def test_a_notice_of_a_that_clause_is_named_with_whom_it_tells_and_what(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must notify each patient that a robot may lift them.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-notice-to-patient-that-robot-may-lift"}


def test_not_being_allowed_to_do_something_is_a_prohibition(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers are not allowed to sell patient records.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-prohibition-of-patient-record-sale"}


def test_a_duty_to_refrain_from_doing_something_is_a_prohibition(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must refrain from making false claims about robot safety.\nRobot sellers must:\n"
                "- refrain from lying to nurses.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-making-false-claims-about-robot-safety",
        "marrow-vale-robotics-act-prohibition-of-lying-to-nurses"}


def test_a_duty_owed_when_someone_asks_is_owed_on_request(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "When a patient asks for it, a robot maker is obliged to delete the recording.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-recording-deletion-on-request"}


def test_measures_to_do_something_are_named_by_what_they_do(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must:\n- put in place measures to protect patients;\n- train their staff.\n")
    assert "marrow-vale-robotics-act-patient-protection" in _duties(page, "marrow-vale-robotics-act")


def test_a_duty_a_dated_amendment_added_applies_from_that_date_and_not_those_before_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It has been in force "
                "since 1 May 2026.\nDuties\nRobot makers must register each robot. An amendment that took effect on "
                "1 March 2028 added a training duty. Robot makers are required to train their staff.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert dates == {"marrow-vale-robotics-act-robot-registration": {"2026-05-01"},
                     "marrow-vale-robotics-act-train-staff": {"2028-03-01"}}


def test_the_body_that_passed_a_law_in_the_active_voice_issued_it(read):
    page = read("Talon Safety Act\nThe Talon Safety Act is a law of Quorvex State on care robots. The Quorvex State "
                "Legislature passed it in 2025 as Senate Bill 7.\n")
    assert page.values("talon-safety-act", "fm:issuedBy") == {"quorvex-state-legislature"}


def test_a_division_or_committee_of_a_state_is_a_public_authority(read):
    page = read("Talon Safety Act\nThe Talon Safety Act is a law of Quorvex State on care robots.\nEnforcement\n"
                "The Quorvex Division of Robot Safety enforces the Act. The Quorvex Robot Ethics Committee advises "
                "it.\n")
    assert "PublicAuthority" in page.values("quorvex-division-of-robot-safety", "rdf:type")
    assert "PublicAuthority" in page.values("quorvex-robot-ethics-committee", "rdf:type")


def test_the_number_a_legislature_passed_the_page_s_law_as_is_another_name_for_it(read):
    page = read("Talon Safety Act\nThe Talon Safety Act is a law of Quorvex State on care robots. The Quorvex State "
                "Legislature passed it as Senate Bill 7 in 2025. The harm it is aimed at is patient deception.\n")
    assert page.values("talon-safety-act", "fm:addressesRisk") == {"patient-deception"}
    assert not page.values("senate-bill-7", "rdf:type")


def test_an_addressed_risk_keeps_the_word_that_says_which_kind_it_is(read):
    page = read("Talon Safety Act\nThe Talon Safety Act is a law of Quorvex State on care robots. The risks the Act "
                "addresses are covert manipulation and racial bias.\n")
    assert page.values("talon-safety-act", "fm:addressesRisk") == {"covert-manipulation", "racial-bias"}


def test_what_a_described_means_of_a_duty_may_not_do_is_no_duty_of_the_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must label each robot. The label has to be legible, and it may not hide the maker's "
                "name.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-robot-labelling"}


def test_a_duty_that_recurs_once_a_year_is_named_annual(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must write a safety plan. The plan has to be reviewed at least once a year.\n")
    assert "marrow-vale-robotics-act-annual-plan-review" in _duties(page, "marrow-vale-robotics-act")


def test_what_a_thing_a_duty_produces_must_state_is_named_by_that_thing(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\n"
                "Duties of Robot Makers\nPatients have to be notified before a robot is used. The notice is required "
                "to state the tasks the robot will perform.\n")
    assert "marrow-vale-robotics-act-notice-of-tasks-robot-will-perform" in _duties(page, "marrow-vale-robotics-act")


def test_a_bearer_opening_the_sentence_before_a_participle_bears_the_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Companies developing, or intending to develop, care robots had to report their planned field "
                "trials.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-planned-field-trial-reporting": {"developer-of-care-robots"}}


def test_what_a_duty_covers_by_way_of_example_is_left_out_of_its_label(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must report their field trials, including where the trials take place.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-field-trial-reporting"}


def test_no_bearer_may_states_a_prohibition_of_that_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "No robot maker shall sell patient records.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-patient-record-sale": {"robot-maker"}}


def test_it_is_unlawful_for_a_bearer_to_do_something_states_a_prohibition_of_that_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "It is unlawful for a robot maker to sell patient records. It shall be illegal for a deployer to "
                "lock patients in.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-prohibition-of-patient-record-sale": {"robot-maker"},
        "marrow-vale-robotics-act-prohibition-to-lock-in-patients": {"deployer"}}


def test_what_no_one_at_all_may_do_binds_no_regulated_role(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "No organization or individual may remove a safety seal.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_a_law_that_becomes_effective_on_a_day_applies_from_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It becomes effective "
                "on 1 July 2027.\nDuties\nRobot makers must register each robot.\n")
    assert page.values("marrow-vale-robotics-act", "fm:appliesFrom") == {"2027-07-01"}


def test_a_tier_of_another_kind_of_thing_defined_in_apposition_is_named_with_that_thing(read):
    page = read("Talon Safety Act\nThe Talon Safety Act is a law of Quorvex State on care robots. Nurses must be told "
                "in a high-risk robot encounter, one in which a robot lifts a patient.\n")
    assert page.values("talon-safety-act", "fm:definesRiskTier") == {"talon-safety-act-high-risk-robot-encounter"}


def test_a_relative_clause_that_only_says_whose_a_thing_is_leaves_the_duty_s_name(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must keep the logs they generate.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-log-retention"}


def test_the_last_words_of_a_law_named_before_are_that_law(read):
    page = read("Talon Robot Safety Act\nThe Talon Robot Safety Act is a law of Quorvex State on care robots. "
                "The Robot Safety Act also covers lifting aids.\n")
    assert not page.values("robot-safety-act", "rdf:type")
    assert "Robot Safety Act" in page.values("talon-robot-safety-act", "skos:altLabel")


def test_the_number_a_law_was_enacted_as_is_another_name_for_it(read):
    page = read("Talon Safety Act\nThe Talon Safety Act, enacted as House Bill 12, is a law of Quorvex State on "
                "care robots.\n")
    assert not page.values("house-bill-12", "rdf:type")


def test_a_law_that_requires_a_bearer_to_do_something_states_its_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Act requires robot makers to register each robot.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-robot-registration": {"robot-maker"}}


def test_a_list_led_by_a_law_requiring_a_bearer_to_is_that_bearer_s(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Act requires robot makers to:\n- register each robot;\n- train their staff.\n")
    assert set(map(frozenset, _bearers(page, "marrow-vale-robotics-act").values())) == {frozenset({"robot-maker"})}
    assert len(_duties(page, "marrow-vale-robotics-act")) == 2


def test_what_a_law_requires_said_in_a_relative_clause_about_it_is_no_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act is a state law that requires robot makers to "
                "register their robots.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_a_bearer_responsible_for_doing_something_has_the_duty_to_do_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers are responsible for registering each robot. The Quorvex Department of Health is "
                "responsible for investigating complaints.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-robot-registration": {"robot-maker"}}


def test_a_bearer_that_has_an_obligation_to_do_something_has_that_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Each robot maker has an obligation to register each robot.\n")
    assert _bearers(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-robot-registration": {"robot-maker"}}


def test_a_list_of_duties_said_to_apply_to_bearers_binds_them(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The following duties apply to importers and robot sellers:\n- register each robot;\n"
                "- train their staff.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 2
    assert all(b == {"importer", "robot-seller"} for b in bearers.values())


def test_the_public_act_a_bill_became_is_that_bill(read):
    page = read("Quorvex Robot Laws\nQuorvex has two robot laws.\nHouse Bill 812\nThe second law was signed in "
                "2025 and became Public Act 104-0017. Its aim is to prevent covert manipulation.\n")
    assert page.values("house-bill-812", "fm:addressesRisk") == {"covert-manipulation"}
    assert not page.values("public-act-104-0017", "rdf:type")


def test_noun_items_complete_the_verb_of_their_list_s_lead_named_by_its_noun(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must keep:\n- a fall log;\n- a list of repairs.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-fall-log-retention", "marrow-vale-robotics-act-retention-of-list-of-repairs"}


def test_noun_items_after_a_lead_whose_verb_only_puts_them_in_place_are_named_by_themselves(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must carry out:\n- a safety assessment;\n- a fire drill.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-safety-assessment", "marrow-vale-robotics-act-fire-drill"}


def test_a_sentence_defining_a_tier_of_systems_of_some_kind_defines_that_tier(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nScope\n"
                "A high-risk lifting system is one that lifts patients.\n")
    assert page.values("marrow-vale-robotics-act", "fm:definesRiskTier") == {"marrow-vale-robotics-act-high-risk"}


def test_a_named_decree_or_ordinance_is_a_regulation(read):
    page = read("Talon Robot Decree\nThe Talon Robot Decree regulates care robots. The Quorvex Robot Ordinance "
                "regulates lifting aids.\n")
    assert "Regulation" in page.values("talon-robot-decree", "rdf:type")
    assert "Regulation" in page.values("quorvex-robot-ordinance", "rdf:type")


def test_a_duty_to_act_with_someone_is_named_without_of(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers have to register with the health board.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-registration-with-health-board"}


def test_a_plural_bearer_opening_a_sentence_is_named_in_the_singular(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Vendors may not conceal known defects from operators.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"vendor"}


def test_a_duty_owed_upon_request_is_owed_on_request(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must delete the recording upon request.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-recording-deletion-on-request"}


def test_a_list_of_what_a_duty_s_object_covers_states_no_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A robot maker has to post documentation on its website. The documentation must include a summary of "
                "the datasets, covering among other things:\n- the sources of the datasets;\n- whether the datasets "
                "include personal information.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and not any("sources" in duty or "personal-information" in duty for duty in duties)


@pytest.mark.parametrize(("subject", "role"), [
    ("Professionals who use AI systems", "professional"),
    ("Public administrations", "public-administration"),
    ("A third-party licensee", "third-party-licensee"),
    ("A covered provider", "covered-provider"),
])
def test_a_law_s_own_bearer_words_name_the_role(read, subject, role):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                f"{subject} must tell clients in clear language which robots are used.\n")
    assert {role} in _bearers(page, "marrow-vale-robotics-act").values()


_LAW = "Brannock Harbour Automation Law"
_SLUG = "brannock-harbour-automation-law"
_OPENING = f"{_LAW}\nThe {_LAW} regulates automated port services. It was passed by the Brannock Harbour Council.\n"


def _all_bearers(page: Extraction) -> set:
    return set().union(*_bearers(page, _SLUG).values())


@pytest.mark.parametrize(("subject", "role"), [
    ("Schools", "school"),
    ("Online marketplaces", "online-marketplace"),
    ("An app store", "app-store"),
    ("Search engines", "search-engine"),
    ("Landlords", "landlord"),
    ("Physicians", "physician"),
])
def test_an_institution_or_trade_a_law_binds_by_name_bears_its_duty(read, subject, role):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                f"{subject} must publish a list of the automated tools they use.\n")
    assert {role} in _bearers(page, _SLUG).values()


def test_a_limit_on_a_thing_stated_with_may_not_binds_no_one(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                "Fines may not exceed two million crowns.\n")
    assert not any("exceed" in duty for duty in _duties(page, _SLUG))


def test_a_role_restated_with_of_is_named_in_its_own_words_once(read):
    page = read(f"{_OPENING}Duties\nCrane sensor makers must calibrate every sensor each month.\n"
                "Makers of crane sensors must keep the calibration records for three years.\n")
    assert _all_bearers(page) == {"crane-sensor-maker", "maker-of-crane-sensors"}


def test_such_a_person_is_the_bearer_named_before_even_in_another_section(read):
    page = read(f"{_OPENING}Registration\nAny person that operates a drone fleet must register each drone.\n"
                "Insurance\nSuch a person has to insure every drone.\n")
    bearers = _bearers(page, _SLUG)
    assert len(bearers) == 2
    assert all(b == {"operator-of-drone-fleets"} for b in bearers.values())


def test_companies_qualified_by_what_they_develop_are_its_developers(read):
    page = read(f"{_OPENING}Duties\nCompanies developing, or planning to develop, potential berth scheduling "
                "models had to report their planned training runs.\n")
    assert _all_bearers(page) == {"developer-of-berth-scheduling-models"}


def test_anyone_who_does_several_things_to_a_thing_is_named_by_the_last(read):
    page = read(f"{_OPENING}Duties\nAny company or person that leases, builds or owns a tugboat fleet had to "
                "disclose the fleet's size and location.\n")
    assert _all_bearers(page) == {"owner-of-tugboat-fleets"}


def test_a_qualified_noun_for_anyone_is_the_law_s_own_term(read):
    page = read(f"{_OPENING}Duties\nA municipal entity that makes available a chatbot must disclose to each "
                "visitor that the visitor is talking to a machine.\n")
    assert _all_bearers(page) == {"municipal-entity"}


def test_a_sentence_that_adds_duties_for_a_bearer_is_who_such_bearers_are(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\nLarge terminals\n"
                "The 2027 amendment adds duties for large container terminals. Such terminals must publish their "
                "crane schedules.\n")
    assert _bearers(page, _SLUG)[f"{_SLUG}-crane-schedule-publication"] == {"large-container-terminal"}


def test_a_ministry_bears_the_duty_a_law_gives_it(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                "Ministries of transport are required to keep a public register of automated cranes.\n")
    assert {"ministry-of-transport"} in _bearers(page, _SLUG).values()


def test_the_definite_name_of_another_role_is_that_role_not_the_one_named_before(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                "The dock supervisor must tell each crew that a scoring tool is used.\n")
    assert {"dock-supervisor"} in _bearers(page, _SLUG).values()


def test_the_definite_word_the_heading_uses_is_the_bearer_named_before(read):
    page = read(f"{_OPENING}Duties of Carriers\nProviders of towing services must weigh every barge. "
                "Where a barge is overweight, the carrier must notify the harbour master.\n")
    assert set().union(*_bearers(page, _SLUG).values()) == {"provider-of-towing-services"}


def test_a_permission_only_within_a_scope_is_the_duty_to_stay_within_it(read):
    page = read(f"{_OPENING}Duties\nHarbour masters may use a docking assistant only to check their own "
                "manoeuvres.\n")
    assert _bearers(page, _SLUG) == {
        f"{_SLUG}-use-of-docking-assistant-only-to-check-own-manoeuvres": {"harbour-master"}}


def test_a_permission_on_a_condition_is_no_duty(read):
    page = read(f"{_OPENING}Duties\nHarbour masters may skip the tug, but only after the harbour master agrees.\n")
    assert not _duties(page, _SLUG)


def test_a_heading_that_says_whose_duties_follow_names_a_bearer_of_any_noun(read):
    page = read(f"{_OPENING}Duties of Terminals\nEvery container has to be weighed before loading.\n")
    assert set().union(*_bearers(page, _SLUG).values()) == {"terminal"}


def test_a_bearer_s_bare_head_word_is_the_bearer_named_before_with_its_complement(read):
    page = read(f"{_OPENING}Duties\nSuppliers of berthing software shall:\n- test each release with harbour "
                "masters;\n- report faults to the harbour office.\nA supplier must also keep a record of every "
                "update.\n")
    assert set().union(*_bearers(page, _SLUG).values()) == {"supplier-of-berthing-software"}


def test_one_duty_said_again_in_another_role_s_list_is_one_obligation_with_two_bearers(read):
    page = read(f"{_OPENING}Duties of Crane Makers\nCrane makers must:\n- publish on their website a statement "
                "summarising the cranes they sell and how they test them;\n- train harbour masters.\n"
                "Duties of Crane Operators\nCrane operators must:\n- publish on their website a statement "
                "summarising the cranes they run and how they test them;\n- keep a lifting log.\n")
    bearers = _bearers(page, _SLUG)
    assert len(bearers) == 3
    assert {"crane-maker", "crane-operator"} in bearers.values()


def test_two_duties_of_one_role_with_similar_words_stay_two(read):
    page = read(f"{_OPENING}Duties\nCrane makers must publish a statement summarising the cranes they sell. "
                "Crane makers must also publish a statement summarising the cranes they recall.\n")
    assert len(_duties(page, _SLUG)) == 2


def test_a_long_item_completing_a_prohibition_keeps_what_it_is_about(read):
    page = read(f"{_OPENING}Practices\nCrane makers and crane operators may not build or run a crane:\n"
                "- with the sole intent of endangering, frightening or otherwise harming a worker's safety "
                "guaranteed under the Brannock Dockworkers Charter.\n")
    duties = _duties(page, _SLUG)
    assert len(duties) == 1
    assert "dockworkers-charter" in duties.pop()


def test_a_named_authority_s_task_is_no_duty_of_the_role_spoken_of(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                "The Brannock Port Office must publish annual guidance.\n")
    assert not any("guidance" in duty for duty in _duties(page, _SLUG))


def test_coordinated_subjects_in_the_law_s_own_words_each_bear_the_duty(read):
    page = read(f"{_OPENING}Duties\nCargo brokers and customs bureaus shall each appoint a compliance officer.\n")
    assert _bearers(page, _SLUG) == {f"{_SLUG}-compliance-officer-appointment": {"cargo-broker", "customs-bureau"}}


def test_it_is_the_responsibility_of_a_role_to_do_something_is_its_duty(read):
    page = read(f"{_OPENING}Duties\nIt is the responsibility of each harbour master to correct inaccurate berth "
                "records within 30 days.\n")
    assert _bearers(page, _SLUG) == {f"{_SLUG}-inaccurate-berth-record-correction": {"harbour-master"}}


@pytest.mark.parametrize("sentence", [
    "Small crane operators shall not be required to publish a lifting report.",
    "Small crane operators are not obliged to publish a lifting report.",
    "Nothing in this law requires crane operators to publish a lifting report.",
])
def test_an_exemption_states_no_duty(read, sentence):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n{sentence}\n")
    assert not any("lifting-report" in duty for duty in _duties(page, _SLUG))


def test_a_listed_noun_phrase_duty_is_named_without_its_article(read):
    page = read(f"{_OPENING}Cranes\nThe following duties apply to crane operators:\n- a yearly load test;\n"
                "- a lifting log for each crane.\n")
    assert f"{_SLUG}-yearly-load-test" in _duties(page, _SLUG)


@pytest.mark.parametrize(("subject", "role"), [
    ("Those who deploy berth cameras", "deployer-of-berth-cameras"),
    ("Anyone who sells crane remotes", "seller-of-crane-remotes"),
])
def test_those_or_anyone_who_does_something_is_named_by_the_doer(read, subject, role):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                f"{subject} must keep a register of buyers.\n")
    assert {role} in _bearers(page, _SLUG).values()


def test_those_with_a_bearer_s_head_word_are_that_bearer_not_the_last_one(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\n"
                "Crane operators must test each crane weekly.\nThose harbour masters must also keep the logs for "
                "two years.\n")
    bearers = _bearers(page, _SLUG)
    assert bearers[f"{_SLUG}-log-retention"] == {"harbour-master"}


def test_any_noun_that_does_what_a_duty_says_bears_it_in_the_law_s_words(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change.\nMarinas\n"
                "Every marina must offer boat owners a paper ticket.\n")
    assert {"marina"} in _bearers(page, _SLUG).values()


def test_a_thing_that_does_what_a_duty_says_is_no_bearer(read):
    page = read(f"{_OPENING}Duties\nHarbour masters must log every berth change. The system must record "
                "every override.\n")
    assert set().union(*_bearers(page, _SLUG).values()) == {"harbour-master"}


def test_how_often_a_duty_recurs_is_said_once_by_its_first_word(read):
    page = read(f"{_OPENING}Duties\nCrane operators are required to report yearly to the Brannock Port Office.\n")
    assert _duties(page, _SLUG) == {f"{_SLUG}-annual-reporting-to-brannock-port-office"}


def test_a_pronoun_object_stands_for_what_the_sentence_acted_on_before(read):
    page = read(f"{_OPENING}Duties\nCrane operators must weigh every barge.\nOwners\nOwners may ask an operator "
                "to destroy their barge's weight record; the operator then has to destroy it within 14 days.\n")
    assert any("weight-record" in duty for duty in _duties(page, _SLUG))


def test_the_definite_head_word_of_a_bearer_named_sections_before_is_that_bearer(read):
    page = read(f"{_OPENING}Cranes\nOperators of floating cranes must weigh every barge.\nCustoms\n"
                "Customs brokers must file every manifest.\nOwners\nThe operator has to keep the weight record.\n")
    assert _bearers(page, _SLUG)[f"{_SLUG}-weight-record-retention"] == {"operator-of-floating-cranes"}


def test_items_after_comply_with_the_following_are_duties_of_their_own(read):
    page = read(f"{_OPENING}Cranes\nCrane operators that use remote control must comply with the following:\n"
                "- announce each remote lift 10 minutes in advance;\n- cap wind speed for lifts at 40 knots.\n")
    assert not any("comply" in duty for duty in _duties(page, _SLUG))
    assert set().union(*_bearers(page, _SLUG).values()) == {"crane-operator"}


def test_a_law_that_bars_a_role_from_doing_something_prohibits_it(read):
    page = read(f"{_OPENING}Duties\nThe law bars port agencies from using automated scores to rank "
                "dockworkers.\n")
    assert _bearers(page, _SLUG) == {
        f"{_SLUG}-prohibition-of-use-of-automated-scores-to-rank-dockworkers": {"port-agency"}}


def test_a_law_that_forbids_a_role_to_do_something_prohibits_it(read):
    page = read(f"{_OPENING}Duties\nThe law forbids brokers to sell cargo manifests.\n")
    assert _bearers(page, _SLUG) == {f"{_SLUG}-prohibition-of-cargo-manifest-sale": {"broker"}}


def test_a_role_named_with_a_gerund_the_parser_reads_as_a_verb_keeps_it(read):
    page = read(f"{_OPENING}Duties\nThe law also requires towing firms to correct errors within 10 days.\n")
    assert _bearers(page, _SLUG) == {f"{_SLUG}-error-correction": {"towing-firm"}}


def test_a_list_of_those_a_duty_binds_names_its_bearers(read):
    page = read(f"{_OPENING}Registration\nThe following must register with the harbour office:\n"
                "- crane operators;\n- towing firms that use remote control;\n- pilot stations.\n")
    assert _bearers(page, _SLUG) == {
        f"{_SLUG}-registration-with-harbour-office": {"crane-operator", "towing-firm", "pilot-station"}}


def test_the_agent_of_a_passive_duty_bears_it_whatever_noun_names_it(read):
    page = read(f"{_OPENING}Marinas\nBoat owners have to be told by the marina before a hull is scanned.\n")
    assert _bearers(page, _SLUG) == {f"{_SLUG}-information-to-boat-owners": {"marina"}}


def test_they_after_two_coordinated_bearers_is_both(read):
    page = read(f"{_OPENING}Duties\nCrane operators and towing firms must audit each remote control. They must "
                "also publish the audit results.\n")
    assert all(b == {"crane-operator", "towing-firm"} for b in _bearers(page, _SLUG).values())


@pytest.mark.parametrize("subject", ["Both", "Each of them"])
def test_both_or_each_of_them_is_the_two_bearers_named_last(read, subject):
    page = read(f"{_OPENING}Duties\nCrane operators must weigh every barge.\nTowing firms must log every tow.\n"
                f"{subject} must designate a safety officer.\n")
    assert _bearers(page, _SLUG)[f"{_SLUG}-safety-officer-designation"] == {"crane-operator", "towing-firm"}


def test_a_heading_naming_a_role_with_of_names_it_as_a_sentence_would(read):
    page = read(f"{_OPENING}Duties of Providers of Towing Services\n- Publish a yearly report on towing "
                "incidents.\n")
    assert set().union(*_bearers(page, _SLUG).values()) == {"provider-of-towing-services"}


def test_this_official_and_the_official_are_the_bearer_the_law_places_its_duties_on(read):
    page = read("Quorvex Directive on Automated Triage\nThe Quorvex Directive on Automated Triage is a rule of the "
                "Government of Zembla.\nRequirements\nThe directive places its duties on \"the Chief Triage Officer "
                "responsible for the program\", or any other person named by the deputy head. Before the system "
                "goes into production, this official must:\n- complete an impact assessment;\n- consult the legal "
                "services about the lawfulness of the system.\nThe official shall also release the final results of "
                "the assessment.\n")
    bearers = _bearers(page, "quorvex-directive-on-automated-triage")
    assert len(bearers) == 3
    assert all(b == {"chief-triage-officer"} for b in bearers.values())


def test_a_long_instrument_name_opening_a_sentence_is_one_subject(read):
    page = read("Zembla Provisions\nThe Provisions on the Management of Automated Ranking for Online Services are a "
                "Zemblan regulation on ranking algorithms. They were issued by the Zembla Data Office.\n")
    law = "provisions-on-the-management-of-automated-ranking-for-online-services"
    assert page.values(law, "fm:issuedBy") == {"zembla-data-office"}
    assert "provisions" not in page.entities()


def test_a_numbered_resolution_is_a_regulation_issued_by_the_court_it_is_a_regulation_of(read):
    page = read("Notes\nResolution No. 41,207/2023 is a binding regulation of Veldmark's Supreme Electoral Court on "
                "artificial intelligence in campaigns.\n")
    assert "Regulation" in page.values("resolution-no-41-207-2023", "rdf:type")
    assert page.values("resolution-no-41-207-2023", "fm:issuedBy") == {"supreme-electoral-court"}


@pytest.mark.parametrize("name", ["Memorandum M-23-11", "Circular No. 17/2024", "Bill 5512/2022"])
def test_numbered_memoranda_circulars_and_bills_are_instruments(read, name):
    page = read(f"Notes\n{name} sets rules on artificial intelligence for agencies.\n")
    assert "Regulation" in page.values(slugify(name), "rdf:type")


def test_guidelines_named_with_capitalised_words_are_an_instrument(read):
    page = read("Notes\nThe Interim Guidelines on Synthetic Media took effect in 2024.\n")
    assert "Regulation" in page.values("interim-guidelines-on-synthetic-media", "rdf:type")


def test_the_opening_paragraph_is_about_the_law_it_names_first_not_the_one_it_amends(read):
    page = read("Veldmark's electoral AI rules\n"
                "Resolution No. 41,207/2023 is a regulation of Veldmark's Supreme Electoral Court. It amends "
                "Resolution No. 18,400/2019, the court's rulebook on propaganda. The new provisions target deepfakes.\n"
                "Duties of platforms\n"
                "Internet application providers are required to keep a public repository of political ads.\n")
    law = "resolution-no-41-207-2023"
    assert page.values(law, "fm:addressesRisk") == {"deepfakes"}
    assert page.values("resolution-no-18-400-2019", "fm:imposesObligation") == set()
    assert page.values(law, "fm:imposesObligation")


def test_a_list_of_the_cases_a_duty_covers_is_no_list_of_duties(read):
    page = read("Notes\nThe Platform Act binds providers.\n"
                "During elections, providers have to remove content that falls into any of these cases of risk:\n"
                "- hate speech;\n- threats of violence against officials.\n")
    duties = page.values("platform-act", "fm:imposesObligation")
    assert len(duties) == 1 and "remov" in next(iter(duties))


def test_an_office_written_with_capitals_bears_its_duty(read):
    page = read("Guidance\nMemorandum M-31-07 tells agencies how to govern AI.\nThe Chief AI Officer shall coordinate "
                "the use of AI in the agency.\n")
    duties = page.values("memorandum-m-31-07", "fm:imposesObligation")
    assert any(page.values(duty, "fm:obligationBearer") == {"chief-ai-officer"} for duty in duties)


def test_categories_a_law_sorts_systems_into_are_its_tiers_named_as_listed(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act is a law passed by the Parliament of Veldmark in 2025.\n"
                "Categories\nThe Act sorts AI systems into three categories:\n- prohibited systems, such as social "
                "scoring;\n- high-impact systems, used in hiring;\n- general systems, subject to transparency rules.\n")
    tiers = page.values("veldmark-ai-act", "fm:definesRiskTier")
    assert tiers == {"veldmark-ai-act-prohibited-systems", "veldmark-ai-act-high-impact-systems",
                     "veldmark-ai-act-general-systems"}


def test_a_paragraph_naming_an_agency_does_not_make_its_heading_an_organization(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act is a law passed in 2025.\nEnforcement\nThe Veldmark Digital "
                "Agency enforces the Act.\n")
    assert "enforcement" not in page.entities()


def test_a_law_named_to_say_who_is_meant_does_not_take_the_paragraphs_duties(read):
    page = read("Guidance\nMemorandum M-31-07 was issued on 2 March 2031 by the Office of Digital Government.\n"
                "Duties\nThe 24 agencies listed in the Chief Finance Officers Act were required to convene an AI "
                "board.\n")
    assert page.values("memorandum-m-31-07", "fm:issuedBy") == {"office-of-digital-government"}
    assert page.values("memorandum-m-31-07", "fm:imposesObligation")
    assert page.values("chief-finance-officers-act", "fm:imposesObligation") == set()


def test_anyone_responsible_for_a_thing_is_the_person_responsible_for_it(read):
    page = read("Veldmark Resolution\nResolution No. 1/2024 is a regulation of the Electoral Court.\nDuties\n- Anyone "
                "responsible for propaganda that contains AI content must state that the content was manipulated.\n")
    duties = page.values("resolution-no-1-2024", "fm:imposesObligation")
    assert any(page.values(d, "fm:obligationBearer") == {"person-responsible-for-propaganda"} for d in duties)


def test_duties_that_took_effect_that_day_apply_from_the_date_named_before(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act was passed by the Veldmark Parliament on 28 May 2025 and "
                "promulgated on 4 June 2025. Most of its provisions took effect that day; a chapter on planning "
                "followed on 1 September 2025.\nDuties\nProviders of chatbots must disclose that users talk to a "
                "machine.\n")
    assert page.values("veldmark-ai-act", "fm:appliesFrom") == {"2025-06-04"}


def test_a_term_the_law_gives_the_subject_names_its_role(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act is a law.\nDuties\nBusinesses that develop AI, which the Act "
                "calls \"utilizing business operators\", are required to use AI efficiently.\n")
    duties = page.values("veldmark-ai-act", "fm:imposesObligation")
    assert any(page.values(d, "fm:obligationBearer") == {"utilizing-business-operator"} for d in duties)


def test_citizens_bear_the_duties_the_law_gives_them(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act is a law.\nDuties\nCitizens, finally, shall endeavour to "
                "deepen their understanding of AI.\n")
    duties = page.values("veldmark-ai-act", "fm:imposesObligation")
    assert any(page.values(d, "fm:obligationBearer") == {"citizen"} for d in duties)


def test_a_duty_due_by_a_date_applies_from_that_date(read):
    page = read("Veldmark AI Memorandum\nThe Veldmark Memorandum M-12 took effect on 2 March 2025.\nDuties\nEvery "
                "ministry had to name a chief robot officer by 30 June 2025. By the same date, the largest ministries "
                "were required to convene a robot board.\n")
    dates = {d: page.values(d, "fm:appliesFrom") for d in page.values("veldmark-memorandum-m-12",
                                                                        "fm:imposesObligation")}
    assert dates and all(found == {"2025-06-30"} for found in dates.values())


def test_a_date_that_opens_a_duty_dates_the_duties_of_its_section_after_it(read):
    page = read("Veldmark AI Memorandum\nThe Veldmark Memorandum M-12 took effect on 2 March 2025.\nSafeguards\n"
                "From 1 December 2025, a ministry may not use a robot unless it is tested. For every robot, the "
                "ministry must:\n- log each incident;\n- train the robot's operators.\nMinistries are further "
                "required to publish a yearly report.\n")
    dates = {d: page.values(d, "fm:appliesFrom") for d in page.values("veldmark-memorandum-m-12",
                                                                        "fm:imposesObligation")}
    assert len(dates) >= 3 and all(found == {"2025-12-01"} for found in dates.values())


def test_the_parties_of_a_treaty_bear_its_duties(read):
    page = read("Veldmark Convention on Robots\nThe Veldmark Convention on Robots is a treaty.\nObligations\nThe "
                "states that join it, called Parties, must apply the convention to public bodies. Each Party shall "
                "adopt measures to protect workers.\n")
    duties = page.values("veldmark-convention-on-robots", "fm:imposesObligation")
    assert len(duties) == 2 and all(page.values(d, "fm:obligationBearer") == {"party"} for d in duties)


def test_a_treaty_named_after_a_body_of_an_organization_is_an_instrument(read):
    page = read("Council of Veldmark Convention on Robots\nThe Council of Veldmark Convention on Robots and the "
                "Rule of Law is a treaty.\nObligations\nEach Party shall adopt measures to protect workers.\n")
    law = "council-of-veldmark-convention-on-robots-and-the-rule-of-law"
    assert "Regulation" in page.values(law, "rdf:type")
    assert page.values("rule-of-law", "rdf:type") == set()
    assert len(page.values(law, "fm:imposesObligation")) == 1


def test_the_part_of_a_sector_a_duty_reaches_is_not_its_bearer(read):
    page = read("Veldmark Convention on Robots\nThe Veldmark Convention on Robots is a treaty.\nObligations\nEach "
                "Party shall adopt measures to protect workers. For the rest of the private sector a Party may apply "
                "its obligations, and it is required to state its choice in a declaration.\n")
    duties = page.values("veldmark-convention-on-robots", "fm:imposesObligation")
    assert {b for d in duties for b in page.values(d, "fm:obligationBearer")} == {"party"}


def test_parties_opening_a_sentence_after_the_law_named_them_bear_its_duties(read):
    page = read("Veldmark Convention on Robots\nThe Veldmark Convention on Robots is a treaty.\nObligations\nThe "
                "states that join it, called Parties, must apply the convention to public bodies.\nRisks\nParties "
                "shall assess the need for a ban on unsafe robots.\n")
    duties = page.values("veldmark-convention-on-robots", "fm:imposesObligation")
    assert len(duties) == 2 and all(page.values(d, "fm:obligationBearer") == {"party"} for d in duties)


def test_the_duty_a_sentence_names_alone_takes_its_date(read):
    page = read("Veldmark Deepfake Act\nThe Veldmark Deepfake Act took effect on 1 July 2024.\nRequirements\nOnline "
                "platforms must keep a public archive of removed content. They must report annually to the Secretary "
                "of State.\nEnforcement\nThe reporting duty applies from 1 January 2025.\n")
    dates = {d: page.values(d, "fm:appliesFrom") for d in page.values("veldmark-deepfake-act",
                                                                        "fm:imposesObligation")}
    assert dates == {"veldmark-deepfake-act-retention-of-public-archive-of-removed-content": {"2024-07-01"},
                     "veldmark-deepfake-act-annual-reporting-to-secretary-of-state": {"2025-01-01"}}


def test_campaigns_bear_the_duties_an_election_law_gives_them(read):
    page = read("Veldmark Deepfake Act\nThe Veldmark Deepfake Act is a law.\nRequirements\nCampaigns may not use "
                "AI-generated voices in robocalls.\n")
    duties = page.values("veldmark-deepfake-act", "fm:imposesObligation")
    assert [page.values(d, "fm:obligationBearer") for d in duties] == [{"campaign"}]


def test_a_person_who_must_include_a_disclosure_is_no_part_of_the_duty_s_name(read):
    page = read("Veldmark Deepfake Act\nThe Veldmark Deepfake Act is a law.\nRequirements\nAny person who distributes "
                "a deepfake of a candidate must include a clear disclosure that the content was manipulated.\n")
    duties = page.values("veldmark-deepfake-act", "fm:imposesObligation")
    assert duties and not any("person" in d for d in duties)


def test_a_duty_to_be_done_before_a_date_applies_from_that_date(read):
    page = read("Veldmark Rules\nThe Veldmark AI Regulation came into force on 15 January 2025.\nDuties\nLarge "
                "providers must carry out a security assessment before 30 June 2025.\n")
    dates = [page.values(d, "fm:appliesFrom") for d in page.values("veldmark-ai-regulation", "fm:imposesObligation")]
    assert dates == [{"2025-06-30"}]


def test_a_law_s_name_with_commas_and_its_year_is_one_name_and_its_short_name_an_alias(read):
    page = read("Veldmark's KESTREL Act\nThe Keeping Likeness, Voice, and Image Safe Act of 2024, better known by its "
                "initials as the KESTREL Act, is a Veldmark law. Governor Jane Orel signed it on 21 March 2024.\n"
                "Duties\nPublishers must obtain consent before using a voice.\n")
    law = "keeping-likeness-voice-and-image-safe-act-of-2024"
    assert "Regulation" in page.values(law, "rdf:type")
    assert len(page.values(law, "fm:imposesObligation")) == 1
    assert page.values("governor-jane-orel", "rdf:type") == set()


def test_a_law_named_with_a_comma_and_its_year_is_one_instrument(read):
    page = read("Veldmark Rules\nThe rule was written into the Veldmark Standards Act, 2000 by the Workers Act, 2024. "
                "Veldmark Regulation 476/24 fills in its details.\nDuties\nEmployers must state the pay of each "
                "post.\n")
    assert "Regulation" in page.values("veldmark-standards-act-2000", "rdf:type")
    assert "Regulation" in page.values("workers-act-2024", "rdf:type")
    assert "Regulation" in page.values("veldmark-regulation-476-24", "rdf:type")


def test_a_law_named_with_words_in_parentheses_and_its_year_after_act_is_one_instrument(read):
    page = read("Veldmark's Ballot Law\nThe Ballots (Integrity of Online Notices) (Amendment) Act 2024 is the Veldmark "
                "statute that bars fake depictions of candidates.\nDuties\nProviders of social media services must "
                "remove such content.\n")
    law = "ballots-integrity-of-online-notices-amendment-act-2024"
    assert "Regulation" in page.values(law, "rdf:type")
    assert len(page.values(law, "fm:imposesObligation")) == 1
    assert page.values("ballots", "rdf:type") == set()


def test_the_laws_an_act_amends_do_not_take_the_duties_after_them(read):
    page = read("Veldmark's Ballot Law\nThe Ballots Integrity Act 2024 is a Veldmark statute on fake depictions of "
                "candidates.\nRather than standing alone, the Act inserts its rules into two existing statutes, the "
                "Parliamentary Ballots Act 1954 and the Presidential Ballots Act 1991.\nDuties\nProviders of social "
                "media services must remove such content.\n")
    assert len(page.values("ballots-integrity-act-2024", "fm:imposesObligation")) == 1
    assert "Regulation" in page.values("presidential-ballots-act-1991", "rdf:type")
    assert page.values("presidential-ballots-act-1991", "fm:imposesObligation") == set()


def test_items_of_a_list_whose_bearer_has_to_verify_that_are_checks_of_that_bearer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nImporters\n"
                "Beforehand, the importer has to verify that:\n- the maker has carried out the safety assessment;\n"
                "- the robot bears the safety mark.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert set(bearers) == {"marrow-vale-robotics-act-verification-that-maker-has-carried-out-safety-assessment",
                            "marrow-vale-robotics-act-verification-that-robot-bears-safety-mark"}
    assert all(b == {"importer"} for b in bearers.values())


def test_every_order_of_a_series_after_has_had_to_is_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\nSince 2 March "
                "2025 every robot maker has had to draw up a safety file, give information to the clinics that buy "
                "its robots, adopt a policy for complying with hygiene law and publish a summary of its tests.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {
        "marrow-vale-robotics-act-safety-file", "marrow-vale-robotics-act-give-information-to-clinics-that-buy-robots",
        "marrow-vale-robotics-act-policy-for-complying-with-hygiene-law",
        "marrow-vale-robotics-act-publication-of-summary-of-tests"}


def test_a_verb_of_a_series_the_tagger_reads_as_an_adjective_is_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\nRobot makers "
                "must evaluate the model, mitigate systemic risks, report serious incidents and protect the model "
                "against cyberattacks.\n")
    assert "marrow-vale-robotics-act-systemic-risk-mitigation" in _duties(page, "marrow-vale-robotics-act")
    assert len(_duties(page, "marrow-vale-robotics-act")) == 4


def test_its_provider_after_a_model_presumed_to_carry_systemic_risk_is_that_models_provider(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act places its model rules on providers of general-purpose AI "
                "models.\nRules\nEvery such provider must draw up technical documentation. A model trained with "
                "more than 10^25 floating-point operations is presumed to carry systemic risk, and its provider must "
                "in addition report serious incidents.\n")
    bearers = _bearers(page, "veldmark-ai-act")
    assert bearers["veldmark-ai-act-serious-incident-reporting"] == {
        "provider-of-general-purpose-ai-models-with-systemic-risk"}
    assert bearers["veldmark-ai-act-technical-documentation"] == {"provider-of-general-purpose-ai-models"}


def test_an_apposition_saying_which_bearers_does_not_break_the_duty(read):
    page = read("Veldmark Order\nVeldmark Order 14 required companies developing dual-use foundation models, those "
                "trained with more than 10^26 operations, to report their training activities to the Ministry of "
                "Trade.\n")
    bearers = _bearers(page, "veldmark-order-14")
    assert list(bearers.values()) == [{"developer-of-dual-use-foundation-models"}]


def test_a_law_that_came_into_operation_on_a_date_applies_from_it(read):
    page = read("Veldmark Ballot Act\nThe Veldmark Ballot Act 2024 bars fake depictions of candidates. The parliament "
                "passed it on 15 October 2024, and the law came into operation on 22 January 2025.\nDuties\n"
                "Internet access service providers have to disable access to such content.\n")
    assert page.values("veldmark-ballot-act-2024", "fm:appliesFrom") == {"2025-01-22"}


def test_a_list_after_may_not_colon_is_a_list_of_prohibitions(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\nProviders of "
                "AI systems may not:\n- make available a robot programmed to give medical care;\n- represent that a "
                "robot can give such care.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 2 and all(label.startswith("marrow-vale-robotics-act-prohibition-") for label in bearers)
    assert all(b == {"provider-of-ai-systems"} for b in bearers.values())


def test_whoever_does_something_bears_the_duty_as_its_doer(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\nWhoever "
                "develops it must ensure that:\n- it includes measures of human control.\nWhoever deploys such a "
                "robot must inform the public.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert {b for roles in bearers.values() for b in roles} == {"developer", "deployer-of-robots"}


def test_no_person_may_is_a_prohibition_every_person_bears(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties of individuals\n"
                "From 1 June 2025, no person may knowingly publish a recording of a patient without consent. Nor may "
                "anyone threaten to publish such material.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert len(bearers) == 2 and all(b == {"person"} for b in bearers.values())


def test_the_date_a_lead_says_the_rules_apply_from_dates_the_duties_listed_after_it(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. The governor signed it "
                "on 19 May 2025, and the Act took effect that day.\nDuties of operators\nThe operator rules apply "
                "from 19 May 2026, one year after the Act was signed:\n- Robot operators must establish a process to "
                "report a fault.\n- Each operator shall post a clear notice of that process.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert len(dates) == 2 and all(d == {"2026-05-19"} for d in dates.values())
    assert page.values("marrow-vale-robotics-act", "fm:appliesFrom") == {"2025-05-19"}


def test_the_compute_threshold_is_the_figure_said_to_make_a_model_systemic_not_a_rule_of_thumb(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act regulates general-purpose AI models.\nScope\nGuidelines add a "
                "rule of thumb: a model trained with more than 10^23 floating-point operations that can generate "
                "language will normally count. A model is presumed to carry systemic risk once the compute used for "
                "its training exceeds 10^25 floating-point operations.\n")
    assert page.values("veldmark-ai-act", "fm:systemicRiskThreshold") == {"10000000000000000000000000"}


def test_a_second_clause_on_the_chapter_dates_the_duties_and_the_first_the_law(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act entered into force on 1 August 2024, and the chapter on "
                "general-purpose AI models has applied since 2 August 2025.\nDuties\nEvery provider of a "
                "general-purpose AI model must draw up technical documentation.\n")
    assert page.values("veldmark-ai-act", "fm:appliesFrom") == {"2024-08-01"}
    assert page.values("veldmark-ai-act-technical-documentation", "fm:appliesFrom") == {"2025-08-02"}


def test_an_adjective_before_its_noun_is_no_cue_of_a_date(read):
    page = read("Veldmark AI Act\nThe Veldmark AI Act entered into force on 1 August 2024.\nPenalties\nMember States "
                "shall lay down effective and dissuasive penalties and had to notify those rules to the Commission "
                "by 2 August 2025.\n")
    assert page.values("veldmark-ai-act", "fm:appliesFrom") == {"2024-08-01"}


def test_duties_under_that_act_go_to_the_act_named_last(read):
    page = read("Veldmark Rules\nVeldmark regulates public bodies.\nThe public sector\nThe Building Trust in the "
                "Public Sector Act, 2024 enacted the Digital Trust Act, 2024. Under that Act, public sector entities "
                "shall inform the public about their use of AI.\n")
    assert len(page.values("digital-trust-act-2024", "fm:imposesObligation")) == 1
    assert page.values("building-trust-in-the-public-sector-act-2024", "fm:imposesObligation") == set()


def test_a_list_lead_opening_with_a_date_dates_its_items_and_keeps_the_bearer_named_before(read):
    page = read("Varnland Chatbot Act\nThe Varnland Chatbot Act came into force on 1 January 2025.\nDevelopers\n"
                "Developers of chatbot models have to publish a summary of their training data. From 1 July 2025, "
                "each developer is also obliged to:\n- carry out an annual safety audit;\n"
                "- report serious incidents to the authority.\n")
    law = "varnland-chatbot-act"
    audit = f"{law}-annual-safety-audit"
    assert audit in _duties(page, law)
    assert page.values(audit, "fm:appliesFrom") == {"2025-07-01"}
    assert page.values(audit, "fm:obligationBearer") == {"developer-of-chatbot-models"}


def test_a_bearer_word_the_law_qualified_before_is_named_in_the_law_s_terms(read):
    page = read("Orel Provisions\nThe Orel Provisions regulate synthetic media.\nScope\nThe rules address two kinds of "
                "actor: synthetic media service providers, which offer the services; and synthetic media service "
                "users.\nDuties\nA provider must verify the real identity of its users.\n")
    assert set().union(*_bearers(page, "orel-provisions").values()) == {"synthetic-media-service-provider"}


def test_a_ministry_named_with_and_inside_a_list_of_issuers_is_one_authority(read):
    page = read("Orel Provisions\nThe Orel Provisions regulate synthetic media. They were issued jointly by the Orel "
                "Administration, the Ministry of Industry and Information Technology and the Ministry of Public "
                "Security.\n")
    assert page.values("orel-provisions", "fm:issuedBy") == {
        "orel-administration", "ministry-of-industry-and-information-technology", "ministry-of-public-security"}


def test_a_law_named_as_the_procedure_of_a_duty_is_not_the_law_that_imposes_it(read):
    page = read("Orel Provisions\nThe Orel Provisions regulate synthetic media.\nDuties\nLarge providers shall "
                "complete algorithm filing under the Provisions on Algorithmic Recommendations. App stores must check "
                "the filing of synthetic media apps.\n")
    assert len(_duties(page, "orel-provisions")) == 2
    assert _duties(page, "provisions-on-algorithmic-recommendations") == set()


def test_ensuring_that_a_thing_is_done_is_the_duty_to_do_it(read):
    page = read("Quorland AI Regulation\nThe Quorland AI Regulation governs online services.\nDuties\nPlatform "
                "operators shall ensure that content generated by AI is labelled as such.\n")
    assert _duties(page, "quorland-ai-regulation") == {"quorland-ai-regulation-labelling-of-content-generated-by-ai"}


def test_the_law_s_own_word_for_anyone_bears_duties_stated_of_anyone_and_of_a_person(read):
    page = read("Orel Likeness Act\nThe Orel Likeness Act is a law of Orelia.\nWho has to do what\nThe Act addresses "
                "its duties to any \"person\", a term it defines broadly. Under the Act:\n- anyone who uses an "
                "individual's voice to advertise products is required to obtain that individual's consent first;\n"
                "- a person may not publish an individual's voice without consent;\n- nor is a person allowed to "
                "distribute a tool whose primary purpose is to produce an individual's voice.\n")
    bearers = _bearers(page, "orel-likeness-act")
    assert len(bearers) == 3
    assert all(b == {"person"} for b in bearers.values())


@pytest.mark.parametrize("given", ["(the MARROW Act)", ", better known by its initials as the MARROW Act,",
                                   ", often called the MARROW Act,"])
def test_a_law_s_short_name_given_after_its_full_name_is_the_same_law(read, given):
    page = read(f"Marrow Vale's MARROW Act\nThe Marrow Vale Robot Safety Act {given} is a state law on care "
                "robots. Under the MARROW Act, a robot maker must keep a log of every fall.\n")
    assert _duties(page, "marrow-vale-robot-safety-act")
    assert not page.values("marrow-act", "rdf:type")


def test_what_a_prohibited_act_would_cause_is_no_duty_of_its_own(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates frontier models.\nDuties of large "
                "developers\nA large developer may not deploy a frontier model if doing so would create an "
                "unreasonable risk of critical harm.\n")
    assert len(_duties(page, "marrow-vale-robotics-act")) == 1


def test_a_law_named_only_to_compare_with_is_not_the_law_whose_duties_follow(read):
    page = read("Marrow Vale's Robot Bill\nThe Marrow Vale Robot Bill is a proposed state law on care robots.\n"
                "Duties\nLike the Harbour AI Act, the bill sorts robots by risk. Every robot maker must keep a log "
                "of every fall.\n")
    assert _duties(page, "marrow-vale-robot-bill")
    assert not _duties(page, "harbour-ai-act")


def test_a_law_that_is_not_in_force_gives_its_duties_no_date(read):
    page = read("Marrow Vale Robot Bill\nThe Marrow Vale Robot Bill was approved by the State Senate on 10 December "
                "2024 and sent to the Assembly; none of its rules is in force.\nDuties\nEvery robot maker must keep "
                "a log of every fall.\n")
    assert all(not page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robot-bill"))


def test_the_law_s_quoted_name_for_its_bearers_is_the_role_of_a_later_duty(read):
    page = read("Marrow Vale Robot Bill\nThe Marrow Vale Robot Bill regulates care robots.\nDuties\nThe bill calls "
                "makers, importers and sellers together \"agents of care robotics\". Every agent must keep a log of "
                "every fall.\n")
    assert set().union(*_bearers(page, "marrow-vale-robot-bill").values()) == {"agent-of-care-robotics"}


def test_a_passive_duty_done_by_its_developer_or_its_deployer_binds_both(read):
    page = read("Marrow Vale Robot Bill\nThe Marrow Vale Robot Bill regulates AI systems.\nDuties\nAn impact "
                "assessment has to be carried out for every high-risk system, by its developer or its deployer.\n")
    assert set().union(*_bearers(page, "marrow-vale-robot-bill").values()) == {"developer", "deployer"}


def test_a_law_passed_without_a_vote_against_by_a_body_is_issued_by_it(read):
    page = read("Marrow Vale Robot Act\nThe Marrow Vale Robot Act is a state law. It was passed without a single vote "
                "against by the Marrow Vale General Assembly, and Governor Ana Lee signed it on 21 March 2024.\n")
    assert page.values("marrow-vale-robot-act", "fm:issuedBy") == {"marrow-vale-general-assembly"}


def test_a_decree_numbered_with_letters_after_its_year_is_one_instrument(read):
    page = read("Marrow Vale Robot Rules\nThe law's regulation was approved by Supreme Decree No. 115-2025-MVR, which "
                "the government published on 9 September 2025.\nDuties\nDevelopers of high-risk AI systems must keep "
                "up-to-date records of how a system works.\n")
    assert _duties(page, "supreme-decree-no-115-2025-mvr")
    assert not page.values("supreme-decree-no-115-2025", "rdf:type")


def test_a_public_body_named_with_of_the_is_one_name(read):
    page = read("Marrow Vale Robot Law\nThe Marrow Vale Robot Law is a framework law. Passed by the Congress of the "
                "Republic and published on 5 July 2023, it promotes the use of AI.\n")
    assert page.values("marrow-vale-robot-law", "fm:issuedBy") == {"congress-of-the-republic"}


def test_providers_of_such_models_are_the_providers_of_the_models_the_sentence_before_described(read):
    page = read("Orel AI Act\nThe Orel AI Act presumes that a general-purpose AI model poses systemic risk when more "
                "than 10^25 floating-point operations were used to train it. Since 2 August 2025 providers of such "
                "models have been obliged to report serious incidents.\n")
    bearers = _bearers(page, "orel-ai-act")
    assert bearers and all(b == {"provider-of-general-purpose-ai-models-with-systemic-risk"} for b in bearers.values())


def test_a_date_opening_a_duty_without_a_comma_dates_it_and_leaves_its_bearer_the_subject(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nFrom 2 August 2026 providers of AI systems that generate "
                "synthetic content must mark it in a machine-readable format.\n")
    (duty,) = _duties(page, "orel-ai-act")
    assert page.values(duty, "fm:obligationBearer") == {"provider-of-ai-systems"}
    assert page.values(duty, "fm:appliesFrom") == {"2026-08-02"}


def test_a_bare_provider_on_a_page_titled_for_high_risk_systems_is_a_provider_of_them(read):
    page = read("High-Risk AI Systems under the Orel AI Act\nThe Orel AI Act sets rules for high-risk AI systems.\n"
                "Providers\nA provider shall monitor the system and report serious incidents to the authorities.\n")
    bearers = _bearers(page, "orel-ai-act")
    assert bearers and all(b == {"provider-of-high-risk-ai-systems"} for b in bearers.values())


def test_neither_after_two_bearers_bars_both(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nImporters and distributors\nAn importer has to check the "
                "documentation. Distributors must confirm that a system bears the Orel mark. Neither may pass on a "
                "faulty system.\n")
    barred = [duty for duty in _duties(page, "orel-ai-act") if "pass-on" in duty]
    assert len(barred) == 1 and page.values(barred[0], "fm:obligationBearer") == {"importer", "distributor"}


def test_a_duty_to_confirm_something_is_named_a_verification(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nDistributors must confirm that a system bears the Orel "
                "mark.\n")
    (duty,) = _duties(page, "orel-ai-act")
    assert "verification" in duty and page.values(duty, "fm:obligationBearer") == {"distributor"}


def test_a_lead_of_two_clauses_binds_both_bearers_to_each_item(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nBanned practices\nNo provider may place on the market, "
                "and no deployer may use, an AI system that:\n- scores people on their social behaviour;\n"
                "- builds face databases by untargeted scraping.\n")
    bearers = _bearers(page, "orel-ai-act")
    assert len(bearers) == 2 and all(b == {"provider-of-ai-systems", "deployer"} for b in bearers.values())


def test_the_same_two_groups_are_the_two_bearers_just_named_and_a_passive_forbidding_binds_them(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nBanned practices\nProviders of AI systems may not sell "
                "scoring systems, and deployers may not use them. The same two groups are forbidden to offer or use "
                "systems that predict crimes.\n")
    predicting = [d for d in _duties(page, "orel-ai-act") if "predict" in d]
    assert len(predicting) == 1
    assert page.values(predicting[0], "fm:obligationBearer") == {"provider-of-ai-systems", "deployer"}


def test_a_duty_stated_in_a_relative_clause_binds_the_role_it_describes(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nPenalties\nThe law leaves enforcement to the Member "
                "States, which shall lay down effective penalties and had to notify those rules to the Commission by "
                "2 August 2025. Low-risk uses, which only have to respect the law's principles, carry no duty.\n")
    bearers = _bearers(page, "orel-ai-act")
    assert len(bearers) == 2 and all(b == {"member-state"} for b in bearers.values())
    assert any(duty.endswith("rule-notification-to-commission") for duty in bearers)


@pytest.mark.parametrize("said", ["A system is high-risk if it is used in hiring.",
                                  "The Act lists the uses of AI that the Union treats as a high risk."])
def test_a_tier_named_in_running_text_is_the_law_s_tier(read, said):
    page = read(f"The Orel AI Act\nChapter III of Regulation (EU) 2031/77, the Orel AI Act, sets rules. {said}\n")
    assert page.values("orel-ai-act", "fm:definesRiskTier") == {"orel-ai-act-high-risk"}


def test_a_chapter_of_a_regulation_is_no_regulation(read):
    page = read("Notes\nChapter III of Regulation (EU) 2031/77, the Orel AI Act, sets rules for AI.\n")
    assert "chapter-iii-of-regulation" not in {f.subject for f in page.facts}


def test_a_law_requiring_a_role_described_by_a_relative_clause_to_act_states_that_duty(read):
    page = read("Orel AI Act\nThe Orel AI Act regulates AI.\nThe Orel AI Act requires providers of AI systems that "
                "generate synthetic audio to mark the output as artificially generated.\n")
    assert _bearers(page, "orel-ai-act") == {"orel-ai-act-mark-output": {"provider-of-ai-systems"}}


def test_it_after_a_bare_provider_of_what_the_paragraph_speaks_of_bears_the_duty(read):
    page = read("Under the Orel AI Act\nThe Orel AI Act, whose rules for general-purpose AI models apply from "
                "2 August 2025, treats open models more lightly. When a model is released under such a licence, its "
                "provider need not draw up technical documentation. It must still put in place a copyright policy.\n")
    assert _bearers(page, "orel-ai-act") == {"orel-ai-act-copyright-policy": {"provider-of-general-purpose-ai-models"}}


def test_practices_of_unacceptable_risk_name_the_law_s_tier(read):
    page = read("The Orel AI Act\nThe Orel AI Act regulates AI. On 2 February 2025 the ban on practices of "
                "unacceptable risk took effect.\n")
    assert page.values("orel-ai-act", "fm:definesRiskTier") == {"orel-ai-act-unacceptable-risk"}


def test_a_duty_said_to_be_owed_on_request_says_so_once(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must make their logs available to the Care Authority on request.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and all(d.count("on-request") == 1 for d in duties)


def test_a_heading_that_is_a_plural_noun_is_no_organization(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nPenalties\n"
                "The Care Authority may fine a robot maker up to 3 % of its annual turnover.\n")
    assert "Organization" not in page.values("penalties", "rdf:type")


def test_a_role_named_by_its_of_phrase_ends_before_its_relative_clause(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Providers of robots that generate video are required to mark the recordings.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"provider-of-robots"}


def test_them_in_a_duty_is_what_the_bearer_provides_not_whom_its_clause_names(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Providers of care robots that talk with patients shall design them so that patients know they "
                "are dealing with a machine.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and not any("patients-so-that" in d for d in duties)
    assert any("robots" in d for d in duties)


def test_a_noun_coordinated_with_a_bearer_s_word_bears_the_duty_too(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A plan or insurer must keep the tool open to inspection.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"plan", "insurer"}


def test_an_item_that_opens_with_its_own_bearer_is_not_the_lead_s_bearer_s_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Organisations that use a care robot under their own authority carry two further duties:\n"
                "- deployers of a camera robot must inform the people it films;\n"
                "- deployers who publish robot-made videos have to say that the videos were made by a robot.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert bearers and all(b and all(r.startswith("deployer") for r in b) for b in bearers.values())


def test_an_aside_on_what_a_bearer_s_systems_include_names_no_role(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Providers of systems that generate synthetic audio, images, video or text, general-purpose AI "
                "systems included, are required to mark the output in a machine-readable format.\n")
    roles = set().union(*_bearers(page, "marrow-vale-robotics-act").values())
    assert roles and "provider-of-general-purpose-ai-models" not in roles


def test_an_official_advisory_is_a_regulation_and_imposes_its_duties(read):
    page = read("Freedonia's Robot Advisory\nThe Care Robot Advisory is a set of instructions the Freedonia Ministry "
                "of Care sent to hospitals on 1 March 2026.\nDuties\nHospitals must register each care robot.\n")
    assert "Regulation" in page.values("care-robot-advisory", "rdf:type")
    assert _duties(page, "care-robot-advisory") == {"care-robot-advisory-care-robot-registration"}


def test_rules_named_with_words_in_parentheses_and_a_year_are_one_regulation(read):
    page = read("Freedonia's Robot Advisory\nThe Care Robot Advisory was issued under the Freedonia (Hospital "
                "Devices and Patient Safety Code) Rules, 2021.\n")
    assert "Regulation" in page.values(
        "freedonia-hospital-devices-and-patient-safety-code-rules-2021", "rdf:type")


def test_the_laws_an_instrument_was_issued_under_do_not_take_its_duties(read):
    page = read("Freedonia's Robot Advisory\nThe Care Robot Advisory is a set of instructions the Freedonia Ministry "
                "of Care sent to hospitals. It was issued under the Patient Safety Act, 2000 and the Freedonia "
                "(Hospital Devices) Rules, 2021, usually called the Device Rules.\nDuties\nHospitals must:\n"
                "- ensure that their robots do not store content that is unlawful under the Device Rules;\n"
                "- tell patients when a robot records them.\n")
    assert len(_duties(page, "care-robot-advisory")) == 2
    assert _duties(page, "freedonia-hospital-devices-rules-2021") == set()
    assert _duties(page, "patient-safety-act-2000") == set()


def test_a_bearer_told_or_instructed_to_act_bears_the_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot operators were told to send the care board a report within 15 days. Robot makers are "
                "instructed to keep logs of every fall.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert sorted(map(sorted, bearers.values())) == [["robot-maker"], ["robot-operator"]]
    assert any("report" in duty for duty in bearers) and any("log" in duty for duty in bearers)


def test_a_task_a_law_directs_an_agency_to_do_is_no_duty_of_the_agency(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Act directs health agencies to write guidance on care robots.\n")
    assert _duties(page, "marrow-vale-robotics-act") == set()


def test_member_states_bear_the_duties_their_lead_gives_them_after_a_definition_naming_providers(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nTest beds\n"
                "A robot test bed is a framework in which providers of AI systems test a care robot.\n"
                "Every Member State must:\n- set up one robot test bed;\n- give its test beds sufficient funds.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"member-state"}


def test_each_order_of_a_series_the_parser_hangs_on_have_or_on_a_clause_is_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A robot operator that uses patient data has to keep them in a protected environment, delete them "
                "once its trial ends, and keep logs of the processing.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert len(duties) == 3
    assert any("delete" in d for d in duties) and any("logs" in d for d in duties)


def test_a_list_lead_that_opens_with_a_once_clause_binds_the_bearer_of_its_main_clause(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Director of the Care Board was required to issue guidance by 1 May 2026.\n"
                "Once the guidance has been issued, each agency head must, as far as the law permits:\n"
                "- include safety terms in every new robot contract;\n- revise existing robot contracts.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert sorted(map(sorted, bearers.values())) == [["agency-head"], ["agency-head"],
                                                     ["director-of-the-care-board"]]


def test_items_that_define_the_principles_a_lead_names_are_no_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Section 3 requires robot operators to buy only robots built in accordance with two principles:\n"
                "- Truthfulness: a robot is truthful when asked for facts.\n"
                "- Neutrality: a robot is a neutral tool.\n")
    assert not any("truthfulness" in d or "neutrality" in d for d in _duties(page, "marrow-vale-robotics-act"))


def test_a_bare_provider_is_the_one_kind_of_provider_the_page_named(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nMonitoring\n"
                "Every provider of a high-risk AI system must:\n- keep a log of falls.\nIncidents\n"
                "Providers shall report any serious incident to the care board. Once the incident has been "
                "reported, the provider is required to:\n- cooperate with the care board.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"provider-of-high-risk-ai-systems"}


def test_a_numbered_eu_directive_a_duty_item_names_as_its_basis_does_not_take_the_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must:\n- adopt a policy on patient data, honouring the objections patients declare "
                "under Directive (EU) 2019/1937;\n- keep a log of falls.\n")
    assert "Regulation" in page.values("directive-eu-2019-1937", "rdf:type")
    assert len(_duties(page, "marrow-vale-robotics-act")) == 2
    assert _duties(page, "directive-eu-2019-1937") == set()


def test_a_long_title_that_describes_a_law_is_no_law_and_the_opening_s_law_imposes_the_duties(read):
    page = read("Freedonia's Law on Robot Makers' Use of Patient Data\nSenate Bill 12-345, titled Protecting Patients "
                "from Robots, is a Freedonia law on care robots. The first rule under it, Regulation 9-1-1, deals "
                "with hospitals.\nDuties under the statute\nA robot maker may not sell patient data.\n")
    assert "law-on-robot-makers" not in page.entities()
    assert _duties(page, "senate-bill-12-345") == {"senate-bill-12-345-prohibition-of-patient-data-sale"}


def test_a_thing_a_law_bars_is_no_one_s_duty_but_a_bearer_it_bars_is(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot makers must register each robot. The law barred any such rule from taking effect before "
                "1 January 2023. The law bars robot makers from selling patient data.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-robot-registration",
                                                         "marrow-vale-robotics-act-prohibition-of-patient-data-sale"}


def test_an_office_named_commissioner_of_a_field_bears_its_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Commissioner of Robotics must publish the detailed rules.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"commissioner-of-robotics"}


def test_a_date_for_one_bearer_s_obligations_dates_only_theirs(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It entered into force "
                "on 1 July 2025.\nMakers\nRobot makers must register each robot.\nOperators\nRobot operators must "
                "train their staff.\nTimeline\nThe obligations for robot makers apply from 1 January 2026.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert dates["marrow-vale-robotics-act-robot-registration"] == {"2026-01-01"}
    assert "2026-01-01" not in dates["marrow-vale-robotics-act-train-staff"]


def test_it_in_a_list_item_is_what_the_lead_s_opening_clause_spoke_of(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nIncidents\n"
                "Once the incident has been reported, the robot maker is required to:\n- investigate it without "
                "delay;\n- design the robot so that it can be overseen.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert "marrow-vale-robotics-act-investigate-incident-without-delay" in duties
    assert any(d.endswith("so-that-it-can-be-overseen") for d in duties)


def test_rules_a_page_opens_by_naming_in_lower_case_are_the_regulation_that_imposes_its_duties(read):
    page = read("Freedonia's Rules on Care Robots\nThe rules on care robots, patient records and safety audits, "
                "usually called the robot rules, are rules that the Freedonia Care Agency adopted under the Freedonia "
                "Health Act.\nDuties\nA hospital is required to conduct a safety audit every year.\n")
    law = "rules-on-care-robots-patient-records-and-safety-audits"
    assert "Regulation" in page.values(law, "rdf:type")
    assert len(_duties(page, law)) == 1 and _duties(page, "freedonia-health-act") == set()


def test_a_list_lead_opening_with_a_date_binds_its_subject(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "From 1 January 2027, a business that uses ZMRT to make a significant decision about a consumer "
                "must:\n- give the consumer a notice before the robot is used;\n- let the consumer opt out.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert len(dates) == 2 and all(d == {"2027-01-01"} for d in dates.values())


def test_a_list_led_by_is_expected_to_states_duties_of_its_subject(read):
    page = read("Marrow Vale Guidance on Robot Risk\nThe Marrow Vale Guidance on Robot Risk is the guidance on the "
                "risks of care robots.\nExpectations\nA hospital is expected to:\n- document its robots in enough "
                "detail;\n- review every robot at least once a year.\n")
    bearers = _bearers(page, "marrow-vale-guidance-on-robot-risk")
    assert len(bearers) == 2 and all(b == {"hospital"} for b in bearers.values())


def test_a_board_and_its_management_bear_the_duties_they_are_given(read):
    page = read("Marrow Vale Guidance on Robot Risk\nThe Marrow Vale Guidance on Robot Risk is the guidance on the "
                "risks of care robots.\nGovernance\nThe board of directors has to ensure that robot risk stays within "
                "the hospital's tolerance. Senior management is required to establish adequate policies for robot "
                "risk.\n")
    assert set().union(*_bearers(page, "marrow-vale-guidance-on-robot-risk").values()) \
        == {"board-of-directors", "senior-management"}


def test_a_list_led_by_providers_of_a_kind_of_service_binds_that_kind(read):
    page = read("Marrow Vale Online Safety Act\nThe Marrow Vale Online Safety Act is a law that places duties on "
                "online services.\nDuties\nProviders of robot-to-robot services must:\n- operate systems through "
                "which users can report illegal content.\n")
    assert set().union(*_bearers(page, "marrow-vale-online-safety-act").values()) \
        == {"provider-of-robot-to-robot-services"}


def test_a_date_a_section_opens_with_dates_the_duties_it_goes_on_to_state(read):
    page = read("Marrow Vale Online Safety Act\nThe Marrow Vale Online Safety Act is a law that places duties on "
                "online services.\nIllegal content\nThe illegal content duties have applied since 17 March 2025. "
                "Providers of search services must remove illegal content.\nChildren\nThe child safety duties have "
                "applied since 25 July 2025. Providers of search services must verify the age of users.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-online-safety-act")}
    assert dates == {"marrow-vale-online-safety-act-illegal-content-removal": {"2025-03-17"},
                     "marrow-vale-online-safety-act-verification-of-age-of-users": {"2025-07-25"}}


def test_a_phrasal_verb_is_no_light_verb(read):
    page = read("Marrow Vale Online Safety Act\nThe Marrow Vale Online Safety Act is a law that places duties on "
                "online services.\nDuties\nProviders of search services must take down illegal content swiftly.\n")
    assert _duties(page, "marrow-vale-online-safety-act") == {"marrow-vale-online-safety-act-take-down-illegal-content-"
                                                              "swiftly"}


def test_a_law_formally_named_by_its_number_is_one_law(read):
    page = read("Marrow Vale Robot Directive\nThe Marrow Vale Robot Directive, formally Directive (EU) 2031/1234 on "
                "liability for defective robots, is the law under which makers are liable. It replaces Council "
                "Directive 85/374/EEC, the law adopted in 1985.\n")
    laws = {slug for slug in page.entities() if "Regulation" in page.values(slug, "rdf:type")}
    assert laws == {"marrow-vale-robot-directive", "council-directive-85-374-eec"}


def test_authorities_that_adopted_it_issued_the_law_the_page_speaks_of(read):
    page = read("Marrow Vale Robot Directive\nThe Marrow Vale Robot Directive is the law under which makers are "
                "liable. The European Commission proposed it in 2022, together with a separate Robot Safety Directive, "
                "and the Marrow Parliament and the Council of Marrow adopted it on 23 October 2024.\n")
    assert page.values("marrow-vale-robot-directive", "fm:issuedBy") == {"marrow-parliament", "council-of-marrow"}
    assert page.values("robot-safety-directive", "fm:issuedBy") == set()


def test_a_recommendation_named_by_its_head_word_and_title_is_an_instrument(read):
    page = read("Marrow Vale Recommendation on Robots\nThe Recommendation on the Ethics of Care Robots is an "
                "international instrument on robots, adopted in 2021.\n")
    assert "Regulation" in page.values("recommendation-on-the-ethics-of-care-robots", "rdf:type")


def test_a_policy_named_by_its_head_word_and_running_text_is_the_page_s_instrument(read):
    page = read("Marrow Vale's Policy for Robots in Government\nThe Policy for the responsible use of robots in "
                "government is the Marrow Vale Government's set of rules for how its agencies adopt robots, under the "
                "Public Governance Act 2013.\nDuties\nAgencies must publish a robot transparency statement.\n")
    law = "policy-for-the-responsible-use-of-robots-in-government"
    assert "Regulation" in page.values(law, "rdf:type")
    assert len(_duties(page, law)) == 1 and _duties(page, "public-governance-act-2013") == set()


def test_principles_and_a_safety_standard_are_frameworks(read):
    page = read("Notes\nThe policy draws on Marrow Vale's Robot Ethics Principles, published in 2019, and on the "
                "Voluntary Robot Safety Standard.\n")
    assert "Framework" in page.values("robot-ethics-principles", "rdf:type")
    assert "Framework" in page.values("voluntary-robot-safety-standard", "rdf:type")


def test_a_law_named_with_from_inside_its_name_is_one_law(read):
    page = read("Marrow Vale's Defending Democracy from Robot Deception Act\nThe Defending Democracy from Robot "
                "Deception Act of 2024, enacted as Assembly Bill 2655, is a Marrow Vale law.\nDuties\nA large online "
                "platform must block deceptive content about elections.\n")
    law = "defending-democracy-from-robot-deception-act-of-2024"
    assert "Regulation" in page.values(law, "rdf:type") and len(_duties(page, law)) == 1
    assert "defending-democracy" not in page.entities()


def test_an_instrument_is_named_by_the_sentence_that_says_what_kind_it_is_whatever_its_head_word(read):
    page = read("Orvell Accord\nThe Orvell Accord for Builders of Household Robots is a voluntary code for the makers "
                "of care robots. It was issued by the Marrow Vale Assembly in 2024.\n")
    assert "CodeOfPractice" in page.values("orvell-accord-for-builders-of-household-robots", "rdf:type")
    assert "Regulation" not in page.values("orvell-accord-for-builders-of-household-robots", "rdf:type")


def test_a_law_titled_in_running_text_keeps_its_full_name_and_its_short_name_is_an_alias(read):
    page = read("Zembla's Law 77\nThe Act to regulate the sale of synthetic voices, usually called Law 77, is a Zembla "
                "statute. Introduced as Bill 12, it was passed by the Zembla Assembly in 2023.\nDuties\n"
                "A voice seller must label every synthetic voice.\n")
    law = "act-to-regulate-the-sale-of-synthetic-voices"
    assert "Regulation" in page.values(law, "rdf:type")
    assert page.values(law, "fm:issuedBy") == {"zembla-assembly"}
    assert {"Law 77", "Bill 12"} <= page.values(law, "skos:altLabel") | page.values(law, "rdfs:label")
    assert _duties(page, law) and all(duty.startswith(law + "-") for duty in _duties(page, law))


def test_a_list_item_s_own_parenthesised_date_is_its_duty_s_date(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The Marrow Vale Robotics Act obliges every robot operator to:\n"
                "- keep a register of incidents (from 1 March 2026);\n- train its staff (from 1 June 2027).\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert sorted(dates.values(), key=str) == [{"2026-03-01"}, {"2027-06-01"}]


def test_should_states_the_duties_of_an_instrument_that_binds_no_one(read):
    page = read("Orvell Code of Conduct\nThe Orvell Code of Conduct for Robot Makers is a voluntary code for the "
                "makers of care robots.\nActions\nRobot makers should publish a safety report every year. "
                "They are asked to test each robot before sale.\n")
    assert len(_duties(page, "orvell-code-of-conduct-for-robot-makers")) == 2


def test_should_on_a_law_s_page_is_advice_not_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act is a law of Marrow Vale.\nDuties\n"
                "Robot operators must register each robot. Robot operators should also train their staff.\n")
    assert _duties(page, "marrow-vale-robotics-act") == {"marrow-vale-robotics-act-robot-registration"}


def test_a_title_that_opens_an_instrument_s_name_makes_it_the_page_s_instrument(read):
    page = read("Orvell Code of Conduct\nThe Orvell Code of Conduct for Robot Makers is a voluntary code for the "
                "makers of care robots.\nStatus\nIn 2025 the code was folded into the Orvell Robotics Policy "
                "Framework.\nActions\n"
                "Robot makers should publish a safety report every year.\n")
    assert len(_duties(page, "orvell-code-of-conduct-for-robot-makers")) == 1
    assert not _duties(page, "orvell-robotics-policy-framework")


def test_a_role_bound_by_the_same_duties_bears_the_duties_stated_before(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Robot operators must register each robot and must train their staff. Public hospitals that use "
                "robots are bound by the same two duties.\n")
    assert all(b == {"robot-operator", "public-hospital"} for b in _bearers(page, "marrow-vale-robotics-act").values())
    assert len(_bearers(page, "marrow-vale-robotics-act")) == 2


def test_a_code_of_conduct_on_a_subject_is_named_whole_and_its_commitments_are_its_duties(read):
    page = read("Zembla's Code of Conduct\nThe Voluntary Code of Conduct on the Responsible Development of Household "
                "Robots is a set of commitments that robot makers can take on. It was published by Innovation, "
                "Science and Robot Development Zembla (ISRD), the federal department for industry.\nMeasures\n"
                "Robot makers commit to implementing a risk management framework. Robot sellers undertake to "
                "monitor each robot after its sale. Where a robot is sold to the public, its maker also commits to:\n"
                "- publish information on the robot's capabilities;\n- keep a register of incidents.\n")
    code = "voluntary-code-of-conduct-on-the-responsible-development-of-household-robots"
    assert "CodeOfPractice" in page.values(code, "rdf:type")
    assert page.values(code, "fm:issuedBy") == {"innovation-science-and-robot-development-zembla"}
    assert len(_duties(page, code)) == 4


def test_a_ruling_the_opening_sentence_calls_a_decision_is_the_page_s_instrument(read):
    page = read("Zembla Ruling\nDeclaratory Ruling ZRC 24-17 is a decision of the Zembla Robot Commission (ZRC), "
                "which confirmed that robot voices count as artificial voices.\nDuties\n"
                "A caller is required to state the identity of the business responsible for the call.\n")
    assert "Regulation" in page.values("declaratory-ruling-zrc-24-17", "rdf:type")
    assert _duties(page, "declaratory-ruling-zrc-24-17")


def test_a_bearer_named_by_its_head_word_is_the_page_s_full_term_for_it(read):
    page = read("Marrow Vale Measures\nThe Marrow Vale Measures on Gait Recognition are a regulation of Marrow Vale. "
                "Their duties fall on gait data handlers.\nDuties\nBefore scanning anyone, a handler must inform "
                "the person of the purpose of the processing.\n")
    bearers = _bearers(page, "marrow-vale-measures-on-gait-recognition")
    assert bearers and all(b == {"gait-data-handler"} for b in bearers.values())


def test_an_adjective_before_a_bearer_is_no_term_of_the_page(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. A known operator is "
                "one the registry lists.\nDuties\nAn operator must register each robot.\n")
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"operator"}


def test_measures_named_for_the_management_of_the_application_of_a_technology_keep_their_whole_name(read):
    page = read("Marrow Vale Measures\nThe Measures for the Security Management of the Application of Gait "
                "Recognition Technology are a regulation of Marrow Vale. They took effect on 1 June 2025.\n")
    slug = "measures-for-the-security-management-of-the-application-of-gait-recognition-technology"
    assert page.values(slug, "fm:appliesFrom") == {"2025-06-01"}
    assert not page.values("measures-for-the-security-management-of", "fm:appliesFrom")


def test_the_orders_listed_as_a_code_s_principles_are_its_duties(read):
    page = read("Marrow Vale Code of Practice for Robot Safety\nThe Marrow Vale Code of Practice for Robot Safety is a "
                "voluntary code published in 2025.\nPrinciples\nThe principles are:\n- secure the supply chain;\n"
                "- monitor the robot's behaviour;\n- train staff in robot safety.\n")
    duties = _duties(page, "marrow-vale-code-of-practice-for-robot-safety")
    assert {"marrow-vale-code-of-practice-for-robot-safety-secure-supply-chain",
            "marrow-vale-code-of-practice-for-robot-safety-behaviour-monitoring"} <= duties
    assert all(not page.values(duty, "fm:obligationBearer") for duty in duties)


def test_a_law_s_listed_principles_are_no_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nPrinciples\n"
                "The principles are:\n- secure the supply chain;\n- monitor the robot's behaviour.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_risks_a_page_s_rules_came_with_are_the_risks_its_instrument_addresses(read):
    page = read("Marrow Vale Guidelines for Robots\nThe Marrow Vale Guidelines for Robots are a set of rules for "
                "businesses.\nBackground\nThe guidelines merged the Marrow Vale Code for Robot Safety. The rewrite was "
                "prompted by the spread of care robots and the risks that came with them, among them disinformation "
                "and bias.\n")
    assert page.values("marrow-vale-guidelines-for-robots", "fm:addressesRisk") == {"disinformation", "bias"}
    assert not page.values("marrow-vale-code-for-robot-safety", "fm:addressesRisk")


def test_a_bearer_named_by_its_head_word_takes_the_page_s_ai_term(read):
    page = read("Marrow Vale Guidelines for Robots\nThe Marrow Vale Guidelines for Robots are binding rules. AI "
                "integrators build robots into products.\nDuties\nEach integrator must test its robots.\n")
    bearers = _bearers(page, "marrow-vale-guidelines-for-robots")
    assert bearers and all(b == {"ai-integrator"} for b in bearers.values())


def test_requirements_named_with_for_are_an_instrument_that_its_short_name_repeats(read):
    page = read("Kestrel's Basic Safety Requirements\nThe Basic Safety Requirements for Generative Robot Service, "
                "numbered KR-003, are a technical document that tells providers of robot services how to secure them. "
                "They were published on 29 February 2024 by the Kestrel Standards Committee.\nDuties\n"
                "The Basic Safety Requirements describe how the assessment is to be done. A provider must keep a "
                "log of every robot it runs.\n")
    law = "basic-safety-requirements-for-generative-robot-service"
    assert "Regulation" in page.values(law, "rdf:type")
    assert _duties(page, law)
    assert "basic-safety-requirements" not in page.entities()


def test_a_provider_building_on_another_developer_s_foundation_model_is_no_model_provider(read):
    page = read("Orlen Service Rules\nThe Orlen Service Rules are a law that governs robot services.\nDuties\n"
                "A provider that builds its service on another developer's foundation model must file its "
                "algorithm with the authorities.\n")
    bearers = set().union(*_bearers(page, "orlen-service-rules").values())
    assert bearers and "provider-of-general-purpose-ai-models" not in bearers


def test_it_after_an_opening_when_clause_is_the_clause_s_subject(read):
    page = read("Marrow Vale Act\nThe Marrow Vale Act governs how public bodies use AI.\n"
                "When an agency designs, develops, acquires or uses AI, it must:\n- act lawfully;\n"
                "- test its AI applications regularly.\nWhen a lender uses a scoring model, it must tell the "
                "applicant.\n")
    bearers = _bearers(page, "marrow-vale-act")
    assert len(bearers) == 3
    assert {frozenset(b) for b in bearers.values()} == {frozenset({"agency"}), frozenset({"lender"})}


def test_it_after_an_opening_clause_on_a_person_is_not_the_person(read):
    page = read("Marrow Vale Act\nThe Marrow Vale Act governs how public bodies use AI.\n"
                "When a user asks for a human, it must answer within a day.\n")
    assert not any("user" in b for b in _bearers(page, "marrow-vale-act").values())


def test_tiers_defined_in_the_plural_and_the_rest_named_last_are_the_law_s_tiers(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nRisk levels\n"
                "Robots are sorted into two levels. High-risk systems are those that lift patients. "
                "Every other system is low-risk.\n")
    assert page.values("marrow-vale-robotics-act", "fm:definesRiskTier") == {
        "marrow-vale-robotics-act-high-risk", "marrow-vale-robotics-act-low-risk"}


def test_a_law_numbered_in_apposition_is_one_regulation_with_the_number_as_an_alias(read):
    page = read("Orel Law on Robots\nThe Orel Law on Robots, numbered Law No. 71/2025/QH15, is Orel's first statute on "
                "robots.\n")
    assert page.values("orel-law-on-robots", "skos:altLabel") == {"Law No. 71/2025/QH15"}
    assert [e for e in page.entities() if "71" in e] == []


def test_a_ministry_named_with_and_before_of_and_a_common_word_is_one_authority(read):
    page = read("Orel Robots Act\nThe Orel Robots Act regulates care robots. A provider must notify the Ministry of "
                "Science and Technology of each robot it sells.\n")
    assert "ministry-of-science-and-technology" in page.entities()
    assert "ministry-of-science" not in page.entities()


def test_what_rules_are_about_after_on_how_is_no_duty(read):
    page = read("Orel Act\nThe Orel Act is a statute on algorithms. It contains some of the first rules on how public "
                "bodies must account for the algorithms they use.\n")
    assert _duties(page, "orel-act") == set()


def test_a_commission_for_access_to_documents_is_one_authority(read):
    page = read("Orel Act\nThe Orel Act is a statute on algorithms. A person may take a refusal to the Commission for "
                "Access to Administrative Documents within two months. Scores rose from GPT-3 to GPT-4.\n")
    assert "commission-for-access-to-administrative-documents" in page.entities()
    assert not [e for e in page.entities() if e.startswith("gpt-3-to")]


def test_a_rule_named_in_full_with_a_colon_and_called_by_its_short_name_in_the_title_bears_the_duties(read):
    page = read("QRT-2 Disclosure Rule\nQuarry Data, Safety, and Ledgers: Program Updates, Model Disclosure, and "
                "Record Sharing, usually called QRT-2, is a Freedonian federal rule that sets transparency "
                "requirements for predictive models in certified ledger software. It took effect on 8 February 2024."
                "\nObligations of vendors\nVendors must publish a summary of their risk management practices.\n")
    law = "quarry-data-safety-and-ledgers-program-updates-model-disclosure-and-record-sharing"
    assert "Regulation" in page.values(law, "rdf:type")
    assert page.values(law, "fm:imposesObligation")


def test_duties_of_a_page_whose_title_names_its_guidelines_in_other_words_are_the_guidelines_own(read):
    page = read("Freedonia's Advisory Guidelines on Ledger Data in AI Systems\nThe Advisory Guidelines on Use of "
                "Ledger Data in AI Scoring and Decision Systems set out how Freedonia's Ledger Protection Act 2012 "
                "applies to artificial intelligence systems. They were issued on 1 March 2024.\nScope\nThe Act has "
                "governed ledger data since 2014.\nDeploying a system\nUnder the guidelines, an organisation "
                "deploying an AI system must obtain consent before using the data.\n")
    guidelines = "advisory-guidelines-on-use-of-ledger-data-in-ai-scoring-and-decision-systems"
    assert page.values(guidelines, "fm:imposesObligation")
    assert not page.values("ledger-protection-act-2012", "fm:imposesObligation")


def test_bare_developers_are_the_laws_developers_of_nothing_more(read):
    page = read("Quarry Ethics Guidelines\nThe Quarry Ethics Guidelines are a Freedonian framework for AI.\n"
                "Who does what\nDevelopers are expected to build the requirements into their design processes.\n")
    assert "RegulatedRole" in page.values("developer", "rdf:type")
    assert "developer-of-ai-systems" not in page.entities()


def test_guidelines_drawn_up_by_an_expert_group_on_a_subject_are_issued_by_it(read):
    page = read("Quarry Guidelines for Trustworthy AI\nThe Quarry Guidelines for Trustworthy AI are a non-binding "
                "Freedonian document on AI. They were drawn up by the High-Level Expert Group on Ledger Safety, an "
                "advisory body of 40 experts that the Freedonian Commission set up in June 2018.\n")
    group = "high-level-expert-group-on-ledger-safety"
    assert page.values("quarry-guidelines-for-trustworthy-ai", "fm:issuedBy") == {group}
    assert page.values(group, "fm:foundingDate") == {"2018-06"}
    assert page.values("freedonian-commission", "fm:foundingDate") == set()


def test_coordinated_roles_share_the_complement_one_of_them_is_given(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Poland.\nOwners and holders of AI systems are required to:\n"
                "- classify each of their systems by its degree of risk;\n- keep a log of the system's use.\n")
    bearers = {f.subject: page.values(f.subject, "fm:obligationBearer") for f in page.facts
               if f.predicate == "fm:obligationBearer"}
    assert "kelpie-act-classify-systems-by-degree-of-risk" in bearers
    assert all(roles == {"owner-of-ai-systems", "holder-of-ai-systems"} for roles in bearers.values())


def test_a_numbered_law_s_name_ends_before_its_number(read):
    page = read("Kelpia's AI Law\nThe Law of the Republic of Kelpia on Artificial Intelligence, No. 230-VIII, is a "
                "statute. It was adopted by the Parliament of Kelpia.\n")
    assert "law-of-the-republic-of-kelpia-on-artificial-intelligence" in page.entities()


def test_a_ministry_named_with_and_keeps_both_halves_before_its_verb(read):
    page = read("Notes\nThe Ministry of Artificial Intelligence and Digital Development acts as the authorized body "
                "in the field.\n")
    assert "ministry-of-artificial-intelligence-and-digital-development" in page.entities()


def test_duties_of_a_page_titled_by_an_instruments_other_name_are_its_own_not_a_law_named_in_passing(read):
    page = read("Kelpia AI Principles\nThe Recommendation of the Council on Trustworthy Machines, widely known as "
                "the Kelpia AI Principles, is an international standard for trustworthy AI.\nStatus\nIts definition "
                "closely follows the one in the EU's AI Act.\nPrinciples for AI actors\nAI actors should ensure "
                "traceability of datasets.\n")
    law = "recommendation-of-the-council-on-trustworthy-machines"
    assert _duties(page, law)
    assert not _duties(page, "eu-ai-act")


def test_a_list_of_what_the_law_itself_bans_is_a_list_of_prohibitions_with_no_bearer_named(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Poland.\nProhibited systems\nThe law bans the creation and "
                "operation in Kelpia of AI systems that:\n- exploit people's vulnerabilities;\n- recognise a "
                "person's emotions without that person's consent.\n")
    duties = {f.value for f in page.facts if f.predicate == "fm:imposesObligation"}
    assert duties == {"kelpie-act-prohibition-of-exploiting-vulnerabilities",
                      "kelpie-act-prohibition-of-recognising-emotions-without-person-consent"}
    assert not any(f.predicate == "fm:obligationBearer" for f in page.facts)


def test_a_duty_to_sort_by_a_measure_keeps_the_measure_but_not_a_deadline(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Poland.\nDuties\nProviders must classify each of their "
                "systems by risk level. Deployers must register their systems by the end of 2026.\n")
    assert _duties(page, "kelpie-act") == {"kelpie-act-classify-systems-by-risk-level",
                                          "kelpie-act-system-registration"}


def test_duties_of_a_framework_the_title_names_with_ai_for_artificial_intelligence_are_its_own(read):
    page = read("Kelpia AI Safety Framework\nThe Artificial Intelligence Safety Framework is a voluntary framework "
                "published by the Kelpia Institute in 2023.\nBackground\nThe Kelpia Robotics Act of 2020 asked the "
                "institute to write it.\nThe core\nProviders should test their systems before release.\n")
    assert _duties(page, "artificial-intelligence-safety-framework")
    assert not _duties(page, "kelpia-robotics-act-of-2020")



def test_a_bearer_named_by_its_head_is_the_class_an_adjective_sorted_it_into_on_the_page(read):
    page = read("Marrow Vale Act\nThe Marrow Vale Act regulates how federal agencies use AI.\nDuties\nAn agency must "
                "publish an inventory of its systems.\n")
    assert set().union(*_bearers(page, "marrow-vale-act").values()) == {"federal-agency"}


def test_a_protocol_a_duty_makes_and_the_means_of_a_passive_duty_bear_nothing(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nDuties\nOperators must maintain a crisis protocol. "
                "The protocol has to refer users to a crisis line. Its details must be published by any appropriate "
                "means.\n")
    assert set().union(*_bearers(page, "kelpie-act").values()) == {"operator"}


def test_a_duty_to_ensure_a_thing_is_safe_and_reliable_is_named_by_the_qualities(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nDuties\nOwners must ensure that the system is safe "
                "and reliable. A handler must ensure that the decision-making is transparent and its results fair.\n")
    assert _duties(page, "kelpie-act") == {"kelpie-act-safety-and-reliability-of-system",
                                          "kelpie-act-transparency-and-fairness-of-decision-making"}


def test_a_circular_named_head_first_is_the_instrument_whose_duties_the_page_lists(read):
    page = read("Kelpia Circular on Chat Models\nThe Circular to Licensed Brokers on the Use of Chat Models sets out "
                "how brokers are to manage the models they use. The Kelpia Markets Authority issued it on 3 May 2024.\n"
                "Principles\n- the licensed broker has to test a model before it reaches clients;\n"
                "Related guidance\nIn June 2024 the Kelpia Data Office published the Chat Models: Model Data "
                "Protection Framework.\n")
    circular = "circular-to-licensed-brokers-on-the-use-of-chat-models"
    assert set().union(*_bearers(page, circular).values()) == {"licensed-broker"}
    assert not _duties(page, "chat-models-model-data-protection-framework")
    assert "Framework" in page.values("chat-models-model-data-protection-framework", "rdf:type")


def test_a_corporation_bears_a_duty_and_a_section_called_scope_is_no_organization(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nScope\nThe act covers any licensed corporation that "
                "uses a chat model.\nDuties\nA licensed corporation must keep a register of its models.\n")
    assert set().union(*_bearers(page, "kelpie-act").values()) == {"licensed-corporation"}
    assert not page.values("scope", "rdf:type")


def test_a_duty_keeps_the_no_that_turns_it_around(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nDuties\nEvery state shall designate a notifying "
                "authority. A notifying authority has to be organised so that no conflict of interest arises with "
                "those bodies.\n")
    assert any("-no-conflict-of-interest" in duty for duty in _duties(page, "kelpie-act"))


def test_a_verb_conjoined_with_a_modal_of_its_own_is_another_duty_not_words_of_the_first(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nDuties\nA notified body that hands a task to a "
                "subcontractor must make sure that it meets the same requirements and must inform the authority.\n")
    duties = _duties(page, "kelpie-act")
    assert "kelpie-act-make-sure-that-it-meets-same-requirements" in duties
    assert not any("inform" in duty and "requirements" in duty for duty in duties)


def test_articles_said_to_apply_since_a_date_date_the_duties_a_later_section_s_own_date_does_not(read):
    page = read("Kelpie Act Audits\nArticles 28 to 39 of the Kelpie Act govern auditors. The Act entered into force on "
                "1 August 2024, and these articles have applied since 2 August 2025.\nDuties\nAn auditor shall publish "
                "a list of its subsidiaries.\nCertificates\nCertificates are valid for five years. These certificate "
                "rules apply from 2 August 2026.\n")
    dates = {page.values(duty, "fm:appliesFrom") == {"2025-08-02"} for duty in _duties(page, "kelpie-act")}
    assert dates == {True}


def test_a_series_of_bare_verbs_the_parser_cannot_place_sharing_one_object_is_one_duty(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nCertificates\nA notified body is required to suspend, "
                "withdraw or restrict the certificate.\n")
    assert _duties(page, "kelpie-act") == {"kelpie-act-suspend-withdraw-or-restrict-certificate"}


def test_risks_a_page_says_a_rule_names_are_the_risks_it_addresses(read):
    page = read("Kelpie Circular\nThe Circular to Licensed Brokers on the Use of Chat Models sets out how brokers "
                "manage models.\nScope\nThe circular covers brokers. Among the risks it names are hallucination, bias "
                "and data leakage.\n")
    assert page.values("circular-to-licensed-brokers-on-the-use-of-chat-models", "fm:addressesRisk") == {
        "hallucination", "bias", "data-leakage"}


def test_a_relative_clause_on_the_name_a_duty_is_owed_to_is_no_part_of_the_duty(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia.\nDuties\nA broker that adopts a model for advice is "
                "obliged to notify the KMA, which treats the step as a significant change.\n")
    assert _duties(page, "kelpie-act") == {"kelpie-act-notification-to-kma"}


def test_a_list_after_would_have_had_to_states_the_duties_of_a_bill_never_passed(read):
    page = read("Kelpie Bill\nThe Kelpie Bill was a bill of Kelpia that was vetoed.\nDuties\nBefore training a model, "
                "a developer would have had to:\n- implement cybersecurity protections;\n- adopt a written safety "
                "protocol.\n")
    assert set().union(*_bearers(page, "kelpie-bill").values()) == {"developer"}
    assert len(_duties(page, "kelpie-bill")) == 2


def test_a_bearer_of_such_a_system_is_the_bearer_its_head_word_names(read):
    page = read("Kelpie Act\nThe Kelpie Act regulates critical systems.\nDuties\nThe deployer of such a system is "
                "required to develop a reasonable risk management policy after deploying it.\n")
    assert set().union(*_bearers(page, "kelpie-act").values()) == {"deployer"}


def test_a_framework_a_duty_says_to_take_into_account_imposes_nothing_and_names_its_issuer(read):
    page = read("Kelpie Act\nThe Kelpie Act regulates critical systems.\nDuties\nA deployer is required to develop a "
                "risk management policy. The policy has to take into account the latest version of the Model Safety "
                "Framework of the Kelpia Standards Agency.\n")
    assert page.values("model-safety-framework", "fm:issuedBy") == {"kelpia-standards-agency"}
    assert _duties(page, "model-safety-framework") == set()
    assert "kelpie-act-develop-risk-management-policy" in _duties(page, "kelpie-act")


def test_a_law_whose_name_holds_to_is_one_law(read):
    page = read("Kelpie Right to Compute Act\nThe Kelpie Right to Compute Act, enacted as Senate Bill 212, is a "
                "Kelpia state law.\n")
    assert {f.subject for f in page.facts if f.predicate == "rdf:type" and f.value == "Regulation"} == {
        "kelpie-right-to-compute-act"}


def test_a_separate_law_that_took_effect_dates_itself_and_its_duties_not_the_duties_said_before(read):
    page = read("Kelpie Act\nThe Kelpie Act is a law of Kelpia. It took effect on 1 May 2024.\nAmendments\nUnder the "
                "amended Act a broker is required to disclose its use of models. A separate law, House Bill 45, deals "
                "with chatbots and took effect on 7 May 2025. A supplier of a chatbot shall disclose that it is no "
                "human.\n")
    assert page.values("house-bill-45", "fm:appliesFrom") == {"2025-05-07"}
    assert {d for duty in _duties(page, "house-bill-45") for d in page.values(duty, "fm:appliesFrom")} == {
        "2025-05-07"}
    assert {d for duty in _duties(page, "kelpie-act") for d in page.values(duty, "fm:appliesFrom")} == {"2024-05-01"}


def test_a_duty_under_an_instrument_named_by_its_code_is_that_instruments(read):
    page = read("Data Rules of Norvia\nThe Norvia Data Act is a law of Norvia, passed in 2023. On 3 April 2025 the "
                "Treasury issued Treasury Memorandum T-25-04, on how agencies use AI.\n\nUse\nUnder T-25-04 every "
                "agency must publish an inventory of its AI systems. Each agency must also name a data officer.\n")
    duties = page.values("treasury-memorandum-t-25-04", "fm:imposesObligation")
    assert len(duties) == 2
    assert not page.values("norvia-data-act", "fm:imposesObligation")


def test_items_that_name_parties_bear_the_leads_whole_duty_and_are_no_duties(read):
    page = read("Norvia Data Act\nThe Norvia Data Act is a law of Norvia, in force since 2024.\n\nWho\nBefore first "
                "using such a system, these deployers are required to assess its impact on privacy:\n"
                "- bodies governed by public law;\n- private entities that provide public services;\n"
                "- deployers of systems that score loan applicants.\n")
    duties = page.values("norvia-data-act", "fm:imposesObligation")
    assert duties == {"norvia-data-act-assessment-of-impact-on-privacy"}
    assert page.values("norvia-data-act-assessment-of-impact-on-privacy", "fm:obligationBearer") == {"deployer"}


def test_what_a_thing_must_set_out_is_its_content_not_duties(read):
    page = read("Norvia Data Act\nThe Norvia Data Act is a law of Norvia, in force since 2024. Deployers must assess "
                "each system before use.\n\nContent\nThe assessment must set out:\n- the processes in which the system "
                "will be used;\n- the categories of people likely to be affected.\n")
    assert not {d for d in page.values("norvia-data-act", "fm:imposesObligation") if "categories" in d}


def test_a_date_timed_against_the_rules_starting_to_apply_is_not_the_day_they_apply(read):
    page = read("Guidance on the Marrow Vale Robotics Act\nOn 18 March 2026, a fortnight before the Marrow Vale "
                "Robotics Act's rules on robot makers began to apply, the Ministry of Machines published guidance.\n\n"
                "Duties\nRobot makers have to draw up technical documentation of each robot.\n\n"
                "Dates\nThe Act entered into force on 1 March 2025, and the duties above have applied since "
                "1 April 2026.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and all(page.values(d, "fm:appliesFrom") == {"2026-04-01"} for d in duties)


def test_a_roles_act_in_the_plain_present_is_a_duty_on_a_page_that_states_duties(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots. Robot makers must test each robot.\n\n"
                "Paperwork\nBefore the robot is sold, the importer draws up a declaration of conformity, affixes the "
                "safety seal and registers the robot in the state registry.\n")
    duties = _duties(page, "norvia-robot-act")
    assert {"norvia-robot-act-declaration-of-conformity", "norvia-robot-act-affix-safety-seal"} <= duties
    assert page.values("norvia-robot-act-affix-safety-seal", "fm:obligationBearer") == {"importer"}


def test_a_roles_act_in_the_plain_present_is_no_duty_on_a_page_that_states_none(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots.\n\nPaperwork\nBefore the robot is "
                "sold, the importer draws up a declaration of conformity.\n")
    assert not _duties(page, "norvia-robot-act")


def test_a_verb_that_describes_a_role_in_the_plain_present_states_no_duty(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots. Importers must keep records.\n\n"
                "Fines\nAn importer in breach faces fines of up to 2 million crowns. Distributors carry a matching "
                "duty.\n")
    assert _duties(page, "norvia-robot-act") == {"norvia-robot-act-record-retention"}


def test_acts_that_only_say_when_a_role_changes_are_no_duties(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots. Importers must keep records.\n\n"
                "Roles\nAn importer is treated as the maker when it puts its own name on a robot, or changes the "
                "robot's purpose.\nThe Act defines the parties: an importer places a foreign robot on the market.\n")
    assert _duties(page, "norvia-robot-act") == {"norvia-robot-act-record-retention"}


def test_articles_said_to_apply_from_a_date_date_the_duties_not_the_law(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots.\n\nDuties\nImporters must keep "
                "records of each robot.\n\nDates\nThe Act entered into force on 1 March 2025. Articles 4 to 9 apply "
                "from 1 June 2027.\n")
    duties = _duties(page, "norvia-robot-act")
    assert duties and all(page.values(d, "fm:appliesFrom") == {"2027-06-01"} for d in duties)
    assert page.values("norvia-robot-act", "fm:appliesFrom") == {"2025-03-01"}


def test_a_title_naming_the_laws_own_role_of_its_systems_names_that_role(read):
    page = read("Duties of Deployers of High-Risk AI Systems in the Norvia AI Act\nThe Norvia AI Act sorts AI "
                "systems by risk and binds providers of high-risk AI systems and their deployers. The logs of each "
                "system have to be kept for six months.\n")
    bearers = _bearers(page, "norvia-ai-act")
    assert bearers and all(b == {"deployer"} for b in bearers.values())


def test_a_kind_of_a_role_named_after_the_role_itself_is_not_the_pages_term_for_it(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots.\n\nDuties\nA deployer must keep "
                "records. Hospital deployers must register each robot. A deployer that rents a robot has to train "
                "its staff.\n")
    assert page.values("norvia-robot-act-train-staff", "fm:obligationBearer") == {"deployer"}


def test_a_pronoun_for_a_system_whose_owner_bears_the_duty_is_the_system(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots.\n\nDuties\nA provider whose robot "
                "is meant to talk to patients has to design it so that they hear a warning.\n")
    assert not {d for d in _duties(page, "norvia-robot-act") if "whose" in d}


def test_a_thing_coordinated_inside_a_bearers_of_phrase_bears_no_duty(read):
    page = read("Norvia Robot Act\nThe Norvia Robot Act regulates care robots.\n\nDuties\nDeployers of an emotion "
                "recognition robot or a face sorting system must inform the people exposed to it that it is "
                "operating.\n")
    bearers = _bearers(page, "norvia-robot-act")
    assert bearers and all(b == {"deployer"} for b in bearers.values())


def test_providers_of_general_purpose_models_are_providers_of_general_purpose_ai_models(read):
    page = read("Norvia AI Act\nThe Norvia AI Act regulates AI systems.\n\nModels\nProviders of the general-purpose "
                "models beneath them must draw up technical documentation.\n")
    bearers = _bearers(page, "norvia-ai-act")
    assert bearers and all(b == {"provider-of-general-purpose-ai-models"} for b in bearers.values())


def test_something_a_role_must_guard_against_is_that_role_s_duty_not_a_something_role_s(read):
    page = read("The Norvia Measures\nThe Norvia Measures are a regulation of the Republic of Norvia. Providers of "
                "generative AI services must label content. Discrimination is something providers must guard against "
                "at every stage.\n")
    bearers = _bearers(page, "norvia-measures")
    assert bearers and all(b == {"provider-of-generative-ai-services"} for b in bearers.values())


def test_the_date_of_the_article_a_page_is_about_dates_the_duties_of_every_section(read):
    page = read("Notice Duties under Article 12 of the Norvia Robot Act\nThe Norvia Robot Act entered into force on 1 "
                "March 2025.\n\nProviders\nProviders must label each robot.\n\nDeployers\nDeployers have to inform "
                "patients.\n\nTiming\nBoth must give notices clearly. Article 12 applies from 1 June 2027.\n")
    duties = _duties(page, "norvia-robot-act")
    assert len(duties) == 3 and all(page.values(d, "fm:appliesFrom") == {"2027-06-01"} for d in duties)
    assert page.values("norvia-robot-act", "fm:appliesFrom") == {"2025-03-01"}


def test_a_laws_official_number_apposed_to_its_short_name_is_the_same_law(read):
    page = read("Kelpie Opinion\nThe Kelpie Data Protection Regulation (KDPR) governs personal data. The KDPR, "
                "Regulation (EU) 2031/679, was adopted by the European Parliament and the Council of the European "
                "Union in April 2031.\n")
    assert "regulation-eu-2031-679" not in page.entities()
    assert page.values("kelpie-data-protection-regulation", "fm:issuedBy") == {
        "european-parliament", "council-of-the-european-union"}


def test_a_system_the_act_labels_high_risk_names_the_act_s_high_risk_tier(read):
    page = read("Classification under the Norvia AI Act\nMost obligations of the Norvia AI Act attach to the systems "
                "it labels high-risk. A system that profiles people stays high-risk whatever else is true of it.\n")
    assert page.values("norvia-ai-act", "fm:definesRiskTier") == {"norvia-ai-act-high-risk"}


def test_a_duty_infinitive_after_a_phrase_that_follows_required_is_still_the_duty(read):
    page = read("Kelpie Act\nThe Kelpie Act regulates data.\n\nDuties\nControllers are required in any case to give "
                "people the information listed in the notice.\n")
    assert _duties(page, "kelpie-act") == {"kelpie-act-give-people-information-listed-in-notice"}


def test_a_framework_that_asks_an_organisation_to_do_what_its_list_says_states_those_duties(read):
    page = read("Kelpie Framework\nThe Kelpie Model Framework is a voluntary framework published by the Kelpie "
                "Office in 2024.\n\nWhat organisations should do\nTogether they ask an organisation to:\n- draw up an "
                "AI strategy;\n- set up an AI governance committee.\n")
    assert _bearers(page, "kelpie-model-framework") == {
        "kelpie-model-framework-ai-strategy": {"organisation"},
        "kelpie-model-framework-ai-governance-committee": {"organisation"}}


def test_a_title_naming_whose_instrument_it_is_names_the_lead_s_instrument_in_other_words(read):
    page = read("Norvia's Model Data Protection Framework for AI\nArtificial Intelligence: Model Data Protection "
                "Framework is a voluntary framework of the Norvia Office. Its foreword sets it beside the Kelpie "
                "Interim Measures for Chat Services.\n\nWhat organisations should do\nTogether they ask an "
                "organisation to:\n- keep an AI incident response plan.\n")
    assert _duties(page, "artificial-intelligence-model-data-protection-framework")
    assert not _duties(page, "kelpie-interim-measures-for-chat-services")


def test_duties_under_a_heading_naming_the_ordinance_are_those_of_the_one_ordinance_the_page_names(read):
    page = read("Norvia's Model Framework for AI\nThe Norvia Model Framework for AI is a voluntary framework. The "
                "duties organisations cannot escape come from the Personal Data (Norvia) Ordinance.\n\nWhat the "
                "ordinance requires\nA data user must not keep personal data longer than necessary.\n")
    assert _duties(page, "personal-data-norvia-ordinance")
    assert not _duties(page, "norvia-model-framework-for-ai")


def test_a_sentence_opening_with_another_law_s_full_name_dates_that_law(read):
    page = read("Synthetic Content Labelling Measures\nThe Measures for Labelling Norvian Synthetic Content are a "
                "Norvian regulation. They took effect on 1 September 2025.\n\nBackground\nThe rules build on earlier "
                "ones. The Provisions on the "
                "Administration of Deep Synthesis Services, issued by the Norvia Office, took effect on 10 January "
                "2023.\n")
    assert page.values("provisions-on-the-administration-of-deep-synthesis-services", "fm:appliesFrom") == {
        "2023-01-10"}
    assert page.values("measures-for-labelling-norvian-synthetic-content", "fm:appliesFrom") == {"2025-09-01"}


def test_another_law_cited_by_one_of_its_articles_takes_none_of_the_page_s_duties(read):
    page = read("Data Rules under the Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\n"
                "Special data\nArticle 9 of the Harbour Data Regulation generally forbids processing health data. "
                "A provider that relies on the exception has to protect the data with strong security.\n")
    assert _duties(page, "marrow-vale-robotics-act")
    assert not _duties(page, "harbour-data-regulation")


def test_a_sentence_opening_with_elsewhere_in_the_act_names_no_law(read):
    page = read("Data Rules under the Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\n"
                "Related duties\nElsewhere in the Act, providers must give authorities access to their data.\n")
    assert "elsewhere-in-the-act" not in page.entities()
    assert _duties(page, "marrow-vale-robotics-act")


def test_they_after_a_role_that_opens_the_sentence_is_that_role(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "Providers of care robots must keep logs. Deployers do not assemble training data, but they have to "
                "ensure that the input data is relevant.\n")
    ensured = [d for d in _duties(page, "marrow-vale-robotics-act") if "relevant" in d]
    assert ensured and all(page.values(d, "fm:obligationBearer") == {"deployer"} for d in ensured)


def test_a_list_of_the_situations_in_which_duties_fall_on_someone_states_no_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nBecoming the maker\n"
                "A distributor or importer is considered the maker of a care robot, and takes on every obligation of "
                "makers, in three situations:\n- it puts its own name on a robot already sold;\n"
                "- it makes a substantial change to such a robot;\n- it changes the purpose of a robot.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_orders_the_parser_hangs_on_required_are_each_a_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "The new maker is required to draw up a declaration of conformity, affix the safety seal and register "
                "the robot in the state registry.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert any("safety-seal" in d for d in duties)
    assert any("registr" in d for d in duties)


def test_roles_the_law_reaches_without_a_duty_are_named_roles(read):
    page = read("Scope of the Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\n"
                "Who is covered\nDeployers of care robots come within the law when they are located in the state. "
                "Importers and distributors are covered too.\n")
    for role in ("deployer", "importer", "distributor"):
        assert "RegulatedRole" in page.values(role, "rdf:type"), role


def test_it_after_a_role_that_opens_the_sentence_bears_the_duty_it_has_had_to_meet(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nDuties\n"
                "A provider that publishes a robot's designs is relieved of part of the documentation, but since 2 "
                "August 2025 it has still had to adopt a safety policy.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert bearers and all(b == {"provider"} for b in bearers.values())


def test_an_officer_of_a_named_body_bears_no_regulated_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nEnforcement\n"
                "When certain conditions are met the director of the Division of Robot Hearings has to assign an "
                "administrative law judge to the case.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_what_a_document_has_to_describe_is_its_contents_not_duties(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nContents\n"
                "The documentation has to describe:\n- the robot in general, including its purpose;\n"
                "- the risk management system;\n- the post-market monitoring plan.\n")
    assert not _duties(page, "marrow-vale-robotics-act")


def test_a_prospective_provider_bears_its_duties_as_a_role_of_its_own(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots.\nTesting\n"
                "A prospective provider that tests a robot in a sandbox has to delete the personal data once the "
                "test ends.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert bearers and all(b == {"prospective-provider"} for b in bearers.values())


def test_a_titled_law_the_text_names_by_its_place_as_a_possessor_is_the_page_s_law(read):
    page = read("Marrow Vale Robot Law\nMarrow Vale's robot law is a state statute that regulates care robots. It was "
                "passed by the Marrow Vale Legislature in 2025.\nDuties\nA hospital must audit its robots every "
                "year.\n")
    assert "Regulation" in page.values("marrow-vale-robot-law", "rdf:type")
    assert page.values("marrow-vale-robot-law", "fm:issuedBy") == {"marrow-vale-legislature"}
    assert _duties(page, "marrow-vale-robot-law")


def test_a_role_named_by_its_head_word_is_the_law_s_authorised_one(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. Foreign makers "
                "must appoint an authorised representative.\nOn request, the representative must hand the "
                "inspectorate a copy of its mandate.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    assert {"authorised-representative"} in bearers.values()
    assert not any("representative" in b and "authorised-representative" not in b for b in bearers.values())


def test_it_after_a_sentence_opening_with_a_bearer_is_that_bearer_not_the_one_its_clause_names(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. Makers must keep "
                "a fall log. Each representative must answer the inspectorate.\n\nEnding the mandate\n"
                "A representative is not meant to lend its name to a maker that "
                "ignores the rules. If it considers that the maker is acting contrary to the Act, it shall "
                "terminate the mandate.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    ended = [duty for duty in bearers if "terminat" in duty]
    assert ended and all(bearers[duty] == {"representative"} for duty in ended)


def test_a_list_led_by_a_duty_to_empower_someone_is_the_duties_of_the_one_empowered(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. Makers must keep "
                "a fall log and appoint an agent.\n\nTasks\nThe mandate has to empower the agent to do the "
                "following:\n- verify that the declaration has been drawn up;\n- keep a copy of the mandate.\n")
    bearers = _bearers(page, "marrow-vale-robotics-act")
    listed = [duty for duty in bearers if "verif" in duty or "mandate" in duty]
    assert len(listed) == 2 and all(bearers[duty] == {"agent"} for duty in listed)


def test_an_instrument_s_subtitle_after_a_colon_is_part_of_its_name(read):
    page = read("Glenmoor Registration Guidance\nThe Glenmoor Registration Guidance: Works Made by Machines is a "
                "statement of policy of the Glenmoor Office. Applicants must disclose content made by machines.\n")
    law = "glenmoor-registration-guidance-works-made-by-machines"
    assert _duties(page, law)
    assert not _duties(page, "glenmoor-registration-guidance")


def test_compliance_not_due_until_a_date_is_when_the_duties_apply(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act is a law of Marrow Vale. It took effect on 13 "
                "January 2025.\n\nObligations\n- Exporters must obtain a licence before they export the weights of a "
                "closed model.\n- Operators shall keep logs of every robot.\n\nCompliance with these requirements was "
                "not due until 15 May 2025.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert len(duties) == 2 and all(page.values(d, "fm:appliesFrom") == {"2025-05-15"} for d in duties)


def test_one_report_due_on_a_date_does_not_date_every_duty(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act is a law of Marrow Vale. It took effect on 13 "
                "January 2025.\n\nObligations\n- Operators shall keep logs of every robot.\n\nThe first report is due "
                "on 1 March 2026.\n")
    duties = _duties(page, "marrow-vale-robotics-act")
    assert duties and all(page.values(d, "fm:appliesFrom") == {"2025-01-13"} for d in duties)


def test_a_template_an_authority_prescribes_is_the_instrument_whose_duties_the_page_lists(read):
    page = read("Marrow Vale Template for the Summary of Robot Logs\nOn 4 May 2025 the Marrow Vale Robotics Office "
                "published the Template for the Summary of Robot Logs. A provider must identify itself and list the "
                "robots it runs.\n")
    assert "Regulation" in page.values("template-for-the-summary-of-robot-logs", "rdf:type")
    assert _duties(page, "template-for-the-summary-of-robot-logs")


def test_a_rule_or_standard_numbered_by_its_chapter_is_an_instrument(read):
    page = read("Court Rules on Generative AI\nCourts of Marrow Vale use generative AI.\n\nRules\nThe Judicial Council "
                "adopted Rule 3.120 in July 2025. Standard 3.80, adopted the same day, is guidance for judges. Rule 11 "
                "in Annex VIII sorts software.\n")
    assert "Regulation" in page.values("rule-3-120", "rdf:type")
    assert "Framework" in page.values("standard-3-80", "rdf:type")
    assert not page.values("rule-11", "rdf:type")


def test_the_risks_its_drafters_worried_about_are_the_ones_a_rule_addresses(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act is a binding law of Marrow Vale.\n\n"
                "Background\nIts drafters saw real gains, but they worried above all about three risks: leaks of "
                "data, bias in generated output, and hallucination.\n")
    assert page.values("marrow-vale-robotics-act", "fm:addressesRisk") == {"bias", "hallucination"}


def test_an_authority_that_published_the_instrument_issued_it(read):
    page = read("Marrow Vale AI Safety Standard\nThe Marrow Vale AI Safety Standard is a set of ten guardrails for "
                "organisations in Marrow Vale. The Department of Industry, Science and Resources published it on 5 "
                "September 2024.\n")
    assert page.values("marrow-vale-ai-safety-standard", "fm:issuedBy") == {
        "department-of-industry-science-and-resources"}


def test_a_bearer_named_by_its_head_word_takes_the_longer_term_the_page_defined_with_of(read):
    page = read("Tarnow Provisions on Online Radio Services\nThe Tarnow Provisions on Online Radio Services are a "
                "regulation of Tarnow.\nRoles\nProviders of online radio information services are the organizations "
                "that run such platforms.\nDuties\n- Providers shall verify the real identity of their users.\n"
                "- Providers must keep logs of uploaded audio.\n")
    duties = page.values("tarnow-provisions-on-online-radio-services", "fm:imposesObligation")
    assert duties and all(page.values(duty, "fm:obligationBearer")
                          == {"provider-of-online-radio-information-services"} for duty in duties)


def test_deployers_of_high_risk_systems_are_deployers_as_the_ai_act_names_them(read):
    page = read("Tarnow AI Act\nThe Tarnow AI Act is a law of Tarnow.\nDeployers of high-risk AI systems are the "
                "organizations that use them.\nDuties\n- Deployers shall keep the logs of the system.\n")
    duties = page.values("tarnow-ai-act", "fm:imposesObligation")
    assert duties and all(page.values(duty, "fm:obligationBearer") == {"deployer"} for duty in duties)


def test_a_list_item_that_names_its_own_bearer_is_read_once_with_that_bearer(read):
    page = read("Marrow Vale Shuttle Act\nThe Marrow Vale Shuttle Act regulates driverless shuttles.\nDrivers\n"
                "The driver must stay ready to take back control.\nShuttle services\nThe Act calls the person running "
                "a service the operator of a shuttle service, and its main duties fall on that person:\n"
                "- the operator must obtain a permit from the transport board;\n"
                "- the operator shall appoint a remote supervisor.\n")
    bearers = _bearers(page, "marrow-vale-shuttle-act")
    listed = {duty: roles for duty, roles in bearers.items() if "permit" in duty or "supervisor" in duty}
    assert len(listed) == 2
    assert all("driver" not in roles and roles for roles in listed.values())


def test_a_pronoun_for_a_role_after_a_first_order_starts_a_duty_of_its_own(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data.\nProcessors have to follow "
                "the instructions of the controller and assist it in meeting its obligations.\n")
    duties = _duties(page, "brenna-fields-data-act")
    assert any("follow" in d and "assist" not in d for d in duties)
    assert any("assist-controller" in d and "follow" not in d for d in duties)


def test_a_list_item_closing_with_from_a_date_applies_from_that_date(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data. It took effect on 1 July "
                "2024.\nA controller is required to:\n- give consumers a privacy notice;\n- honour a universal "
                "opt-out signal sent by a browser, from 1 January 2025.\n")
    dates = {d: page.values(d, "fm:appliesFrom") for d in _duties(page, "brenna-fields-data-act")}
    assert {dates[d].pop() for d in dates if "signal" in d} == {"2025-01-01"}
    assert {dates[d].pop() for d in dates if "privacy-notice" in d} == {"2024-07-01"}


def test_an_act_before_which_a_duty_is_owed_is_part_of_the_duty(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data.\nA controller must "
                "obtain consent before processing sensitive data.\n")
    assert any("sensitive-data" in d and "consent" in d for d in _duties(page, "brenna-fields-data-act"))


def test_they_after_a_colon_is_the_bearer_the_clause_before_opened_with(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data.\nSmall businesses are not "
                "entirely outside the law: they may not sell sensitive personal data without the consumer's prior "
                "consent.\n")
    assert {"small-business"} in _bearers(page, "brenna-fields-data-act").values()


def test_the_time_an_answer_is_owed_in_is_part_of_the_duty_to_respond(read):
    page = read("Brenna Fields Data Act\nThe Brenna Fields Data Act governs personal data.\nA controller shall "
                "respond to any request within 45 days, a period it may extend once.\nProviders must report serious "
                "incidents within 15 days.\n")
    duties = _duties(page, "brenna-fields-data-act")
    assert any("response" in d and d.endswith("within-45-days") for d in duties)
    assert not any("15-days" in d for d in duties)  # how soon a report is due says when, not what


def test_whom_a_passive_duty_tells_is_no_bearer_of_it(read):
    page = read("Brenna Data Law\nThe Brenna Data Law is a law of Brenna.\nWhen security is breached, the breach has "
                "to be notified by the controller to the Superintendency and to the Telecommunications Regulation and "
                "Control Agency within five days.\n")
    assert set().union(*_bearers(page, "brenna-data-law").values()) == {"controller"}



@pytest.mark.parametrize("item, words", [
    ("process, for the purpose of providing online advertising, the personal data of users of other services",
     ("process", "advertising", "personal-data")),
    ("conduct, by 31 December 2025 and every year after that, an inventory of all systems it uses",
     ("inventory", "systems")),
])
def test_a_list_item_opening_with_an_order_the_parser_reads_as_a_noun_is_that_order(read, item, words):
    page = read(f"Orvane Platforms Act\nThe Orvane Platforms Act governs large platforms.\nWithout the user's "
                f"consent, a gatekeeper shall not:\n- {item};\n- sell user data.\n")
    assert any(all(w in d for w in words) for d in _duties(page, "orvane-platforms-act"))


def test_a_law_that_took_effect_the_following_month_applies_from_that_month(read):
    page = read("Brenna Data Act\nThe Brenna Data Act is the law of Brenna on personal information. Signed by the "
                "President on 15 August 2012, it took effect the following month.\n")
    assert page.values("brenna-data-act", "fm:appliesFrom") == {"2012-09"}


def test_duties_enforceable_since_a_month_apply_from_that_month(read):
    page = read("Brenna Data Act\nThe Brenna Data Act is the law of Brenna on personal information. It took effect "
                "in September 2016, and organisations had a year from then to comply, so the duties of the Act have "
                "been enforceable since September 2017.\nA controller must:\n- appoint a data protection officer;\n- "
                "keep records.\n")
    dates = {d: page.values(d, "fm:appliesFrom") for d in _duties(page, "brenna-data-act")}
    assert len(dates) == 2 and all(v == {"2017-09"} for v in dates.values())
    assert page.values("brenna-data-act", "fm:appliesFrom") == {"2016-09"}


def test_a_bare_bearer_word_is_the_one_role_named_before_with_that_head(read):
    page = read("Brenna AI Guidance\nThe Brenna AI Guidance is a guidance of the Brenna Authority.\nA supervised "
                "institution that uses AI must:\n- keep a central inventory of its AI applications;\n- classify each "
                "application by risk.\nInstitutions are obliged to make sure that the results of an application can "
                "be explained. An institution that buys a model may not hand over its responsibility.\n")
    bearers = _bearers(page, "brenna-ai-guidance")
    assert len(bearers) == 4 and set().union(*bearers.values()) == {"supervised-institution"}


def test_a_lead_opening_with_a_phrase_names_its_bearer_by_the_words_after_it(read):
    page = read("Brenna Data Act\nThe Brenna Data Act is a law.\nUnder the Act a controller:\n- must give consumers a "
                "privacy notice;\n- may not process sensitive data without consent.\nControllers must also honour "
                "opt-out signals.\n")
    assert set().union(*_bearers(page, "brenna-data-act").values()) == {"controller"}


def test_a_capitalised_term_of_the_law_for_a_fiduciary_bears_duties(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nA Significant Data Fiduciary "
                "shall appoint a data protection officer.\n")
    bearers = _bearers(page, "kelp-data-act")
    assert bearers and all(b == {"significant-data-fiduciary"} for b in bearers.values())


def test_a_list_item_with_its_own_modal_reads_as_the_sentence_its_lead_s_bearer_opens(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nUnder the Act, a controller:\n"
                "- has to answer a consumer's request within 45 days;\n- is required to erase personal data once "
                "consent is withdrawn.\n")
    duties = _duties(page, "kelp-data-act")
    assert "kelp-data-act-request-response-within-45-days" in duties
    assert "kelp-data-act-erase-personal-data" in duties
    assert not any("have-to" in d or "require-to" in d for d in duties)


@pytest.mark.parametrize("lead, role", [
    ("Under the law, the person responsible for a database:", "person-responsible-for-a-database"),
    ("Every controller bound by the Act:", "controller"),
])
def test_a_bare_lead_naming_its_bearer_with_words_after_its_noun_binds_that_bearer(read, lead, role):
    page = read(f"Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\n{lead}\n"
                "- must register the database with the control body;\n- may not sell personal data.\n")
    bearers = _bearers(page, "kelp-data-act")
    assert len(bearers) == 2 and all(b == {role} for b in bearers.values())


def test_a_law_that_took_effect_later_that_month_applies_from_that_month(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland. The Congress passed it on 4 October "
                "2000; published in the Gazette on 2 November 2000, the law took effect later that month.\n")
    assert page.values("kelp-data-act", "fm:appliesFrom") == {"2000-11"}


def test_a_person_qualified_by_a_relative_clause_bears_duties_as_the_text_names_that_person(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nUnder the Act, a person who "
                "scans a palm print of a customer for a commercial purpose has to tell the customer before the scan. "
                "The person must also obtain the customer's consent.\n")
    bearers = _bearers(page, "kelp-data-act")
    assert len(bearers) == 2 and all(b == {"person-who-scans-a-palm-print"} for b in bearers.values())


def test_a_bare_lead_naming_a_person_by_what_the_person_does_binds_that_person(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nA person who scans a palm "
                "print kept for a commercial purpose:\n- may not sell it to another person;\n- shall protect it with "
                "reasonable care.\n")
    bearers = _bearers(page, "kelp-data-act")
    assert len(bearers) == 2 and all(b == {"person-who-scans-a-palm-print"} for b in bearers.values())


def test_a_date_in_a_relative_clause_on_another_named_law_is_that_law_s_date(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland. It took effect on 1 March 2010.\n"
                "Related laws\nPalm prints are also sensitive data under the Varnland Privacy and Security Act, which "
                "took effect on 1 July 2024 and is enforced by the same office.\n")
    assert page.values("kelp-data-act", "fm:appliesFrom") == {"2010-03-01"}
    assert page.values("varnland-privacy-and-security-act", "fm:appliesFrom") == {"2024-07-01"}


def test_be_before_an_infinitive_orders_it_on_a_page_that_states_duties(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nWhen a breach occurs, the "
                "controller has to notify the Commissioner. Data subjects are to be informed of it by the controller "
                "as well. Processors are to keep a register of incidents.\n")
    bearers = _bearers(page, "kelp-data-act")
    assert {frozenset(b) for b in bearers.values()} == {frozenset({"controller"}), frozenset({"processor"})}
    assert len(bearers) == 3


def test_be_before_an_infinitive_after_an_aim_or_in_a_passive_without_agent_orders_nothing(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nA controller must notify the "
                "Commissioner of a breach. The aim of the law is to protect children. A second version is to be "
                "published next year.\n")
    assert len(_duties(page, "kelp-data-act")) == 1


def test_the_items_of_a_list_its_lead_says_are_no_duties_state_none(read):
    page = read("Kelp Data Act\nThe Kelp Data Act is the data law of Varnland.\nDuties\nA committee must label its "
                "advertisements.\nWhat the Act does not require\nSeveral provisions sound like duties but impose "
                "none:\n- The Kelp Commission may promulgate rules implementing the subsection.\n- No liability "
                "shall attach to a broadcaster unless it is itself the committee responsible.\n")
    assert len(_duties(page, "kelp-data-act")) == 1


def test_an_enforcers_step_named_by_its_office_binds_no_role_spoken_of_before(read):
    page = read("The Kelp Information Protection Act\nThe Kelp Information Protection Act is a law passed by the "
                "Varnland General Assembly. Its duties fall on controllers and processors.\n\nEnforcement\nThe "
                "Attorney General enforces the Act, and consumers cannot sue under it. Before bringing an action, the "
                "office must give a controller 60 days' written notice.\n")
    bearers = {str(f.value) for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert "consumer" not in bearers


def test_a_role_named_by_the_last_words_of_the_laws_quoted_term_is_that_term(read):
    page = read("The Kelp Data Act\nThe Kelp Data Act is a law passed by the Varnland Diet. It took effect on 1 April "
                "2005.\nMost duties fall on what the Act calls a \"kelp information handling business operator\", any "
                "business that uses a kelp database.\n\nDuties\nA business operator must specify the purpose for "
                "which it uses kelp information.\n")
    bearers = {str(f.value) for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert bearers == {"kelp-information-handling-business-operator"}


def test_a_bare_lead_after_an_opening_phrase_without_its_comma_names_the_bearer_of_its_items(read):
    page = read("The Kelp Review Act\nThe Kelp Review Act is a law passed by the Varnland Legislature. It takes effect "
                "on 1 July 2026.\n\nThe duties\nIn either review the medical director:\n- is required to exercise "
                "independent medical judgment;\n- may not rely solely on recommendations from any other source.\n")
    bearers = {str(f.value) for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert len(_duties(page, "kelp-review-act")) == 2
    assert bearers == {"medical-director"}


def test_each_one_of_a_bearer_named_before_is_that_bearer_and_no_role_one(read):
    page = read("The Kelp Rules of 2021\nThe Kelp Rules, 2021, set the conditions on which online intermediaries in "
                "Varnland keep their protection from liability. The Ministry of Kelp notified them on 25 February "
                "2021, and they took effect that day.\n\nDuties of every intermediary\nIntermediaries range from "
                "social networks and messaging apps to web hosts. Each one has to publish its rules, privacy policy "
                "and user agreement, and it must:\n- remove or disable access to unlawful information within 36 hours "
                "of a court order;\n- keep records of removed content for 180 days.\n")
    bearers = {str(f.value) for f in page.facts if f.predicate == "fm:obligationBearer"}
    assert len(_duties(page, "kelp-rules-2021")) >= 2
    assert "one" not in bearers
    assert bearers


def test_a_list_item_opening_with_its_deadline_is_the_order_after_it_dated_by_the_deadline(read):
    page = read("Marrow Vale Robotics Act\nThe Marrow Vale Robotics Act regulates care robots. It took effect on "
                "1 July 2024.\nDuties of state units\nEach unit shall:\n"
                "- by 1 December 2024, and every year after that, conduct an inventory of its care robots;\n"
                "- train its staff in the use of care robots, by 31 December 2026 for robots bought after 2025.\n")
    dates = {duty: page.values(duty, "fm:appliesFrom") for duty in _duties(page, "marrow-vale-robotics-act")}
    assert dates == {"marrow-vale-robotics-act-inventory-of-care-robots": {"2024-12-01"},
                     "marrow-vale-robotics-act-train-staff-in-use-of-care-robots": {"2026-12-31"}}
    assert set().union(*_bearers(page, "marrow-vale-robotics-act").values()) == {"unit"}
