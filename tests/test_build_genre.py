"""Pages of every style of the genre build into a graph that validates: extraction never breaks the build."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from fmkg.config import Settings
from fmkg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
FM = "https://w3id.org/fmkg/ontology#"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory, corpus_extractions):
    tmp = tmp_path_factory.mktemp("genre")
    settings = Settings(documents=ROOT / "tests" / "eval" / "documents", store=tmp / "store", dist=tmp / "dist",
                        ontology=ROOT / "ontology", curated=ROOT / "data" / "curated",
                        extraction_cache=str(corpus_extractions))
    return build(settings), ox.Store.read_only(str(tmp / "store"))


def _ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(f"PREFIX fm: <{FM}> ASK {{ {query} }}", use_default_graph_as_union=True))


def test_the_evaluation_pages_build_and_validate(corpus_build):
    summary, _ = corpus_build
    assert summary.documents == len(list((ROOT / "tests" / "eval" / "documents").glob("*.txt")))
    assert summary.entities > 250


def test_the_built_graph_holds_the_new_kinds_of_fact_with_their_datatypes(corpus_build):
    _, store = corpus_build
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert _ask(store, f"?m fm:releaseDate ?d FILTER(DATATYPE(?d) IN (<{xsd}date>, <{xsd}gYearMonth>, <{xsd}gYear>))")
    assert _ask(store, f"?m fm:parameterCount ?n FILTER(DATATYPE(?n) = <{xsd}decimal>)")
    assert _ask(store, "?m fm:license <http://spdx.org/licenses/Apache-2.0>")
    assert _ask(store, "?m fm:accessLevel fm:OpenWeightsAccess ; fm:openWeights true")
    assert _ask(store, "?o fm:obligationBearer ?role . ?role a fm:RegulatedRole")
    assert _ask(store, "?r fm:definesRiskTier ?t . ?t a fm:RiskTier")


def test_each_fact_names_the_rule_that_read_it(corpus_build):
    _, store = corpus_build
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    assert _ask(store, f'?s fm:extractionRule "maker-verb-model" ; <{rdf}predicate> fm:developedBy')
