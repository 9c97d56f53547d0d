"""Pages of every style of the genre build into a graph that validates: extraction never breaks the build.

The build reads one page in eight of the evaluation corpus (its styles are interleaved, so every style is read): a
build of all its pages takes several minutes on two cores, most of the suite's time, and its figures are measured
with `FMKG_DOCUMENTS=tests/eval/documents fmkg build` for the README instead. The pages read are extracted once for
the session (the extraction cache `test_extraction_eval` reads too).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from fmkg.config import Settings
from fmkg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
FM = "https://w3id.org/fmkg/ontology#"


ONE_IN = 8


def _sampled_pages(into: Path) -> list[Path]:
    """Links in ``into`` to the corpus pages (with their metadata) whose number is a multiple of ``ONE_IN``."""
    into.mkdir()
    pages = [p for p in sorted((ROOT / "tests" / "eval" / "documents").glob("eval-*.txt"))
             if int(p.name.split("-")[1]) % ONE_IN == 0]
    for page in pages:
        for path in (page, page.with_suffix(".meta.json")):
            if path.exists():
                (into / path.name).symlink_to(path)
    return pages


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory, corpus_extractions):
    tmp = tmp_path_factory.mktemp("genre")
    pages = _sampled_pages(tmp / "documents")
    settings = Settings(documents=tmp / "documents", store=tmp / "store", dist=tmp / "dist",
                        ontology=ROOT / "ontology", curated=ROOT / "data" / "curated",
                        extraction_cache=str(corpus_extractions))
    return build(settings), ox.Store.read_only(str(tmp / "store")), pages


def _ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(f"PREFIX fm: <{FM}> ASK {{ {query} }}", use_default_graph_as_union=True))


def test_the_evaluation_pages_build_and_validate(corpus_build):
    summary, _, pages = corpus_build
    assert summary.documents == len(pages) >= 60
    assert summary.entities > 250


def test_the_built_graph_holds_the_new_kinds_of_fact_with_their_datatypes(corpus_build):
    _, store, _ = corpus_build
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert _ask(store, f"?m fm:releaseDate ?d FILTER(DATATYPE(?d) IN (<{xsd}date>, <{xsd}gYearMonth>, <{xsd}gYear>))")
    assert _ask(store, f"?m fm:parameterCount ?n FILTER(DATATYPE(?n) = <{xsd}decimal>)")
    assert _ask(store, "?m fm:license <http://spdx.org/licenses/Apache-2.0>")
    assert _ask(store, "?m fm:accessLevel fm:OpenWeightsAccess ; fm:openWeights true")
    assert _ask(store, "?o fm:obligationBearer ?role . ?role a fm:RegulatedRole")
    assert _ask(store, "?r fm:definesRiskTier ?t . ?t a fm:RiskTier")


def test_each_fact_names_the_rule_that_read_it(corpus_build):
    _, store, _ = corpus_build
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    assert _ask(store, f'?s fm:extractionRule "maker-verb-model" ; <{rdf}predicate> fm:developedBy')
