"""``fmkg query`` and ``fmkg load`` from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from fmkg.cli import main
from serve_helper import FIXTURES, SLOW, build_store

ONTOLOGY = FIXTURES / "sparql_ontology"  # small shapes and class hierarchy of our own
LOADED = "https://w3id.org/fmkg/graph/loaded/"
PREFIXES = ("@prefix fm: <https://w3id.org/fmkg/ontology#> .\n@prefix fmr: <https://w3id.org/fmkg/resource/> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
CLAUDE = PREFIXES + 'fmr:claude-3 a fm:LanguageModel, fm:FoundationModel ; rdfs:label "Claude 3"@en ; ' \
                    "fm:developedBy fmr:anthropic .\nfmr:anthropic a fm:Provider .\n"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("cli") / "store")


@pytest.fixture
def store(tmp_path):
    return build_store(tmp_path / "store")


@pytest.fixture(autouse=True)
def small_shapes(monkeypatch):
    monkeypatch.setenv("FMKG_ONTOLOGY", str(ONTOLOGY))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def query(capsys, store: Path, text: str, *options: str) -> tuple[int, str, str]:
    return run(capsys, "query", text, "--store", str(store), *options)


def graph_sizes(store: Path) -> dict[str, int]:
    db = ox.Store.read_only(str(store))
    return {g.value: sum(1 for _ in db.quads_for_pattern(None, None, None, g)) for g in db.named_graphs()}


# --- fmkg query ---------------------------------------------------------------------------------------

LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?m ?label WHERE { ?m a " \
         "<https://w3id.org/fmkg/ontology#LanguageModel> ; rdfs:label ?label } ORDER BY ?label"


def test_query_json_by_default_off_a_terminal(capsys, shared_store):
    status, out, _ = query(capsys, shared_store, LABELS)
    assert status == 0
    rows = json.loads(out)["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["GPT-4", "GPT-4o", "Mistral 7B"]


def test_query_table(capsys, shared_store):
    status, out, _ = query(capsys, shared_store, LABELS, "--format", "table")
    assert status == 0
    assert out.splitlines() == [
        "m               label",
        "--------------  ---------------",
        'fmr:gpt-4       "GPT-4"@en',
        'fmr:gpt-4o      "GPT-4o"@en',
        'fmr:mistral-7b  "Mistral 7B"@en',
        "(3 rows)",
    ]


@pytest.mark.parametrize(("fmt", "first_line"), [
    ("csv", "m,label"), ("tsv", "?m\t?label"), ("xml", '<?xml version="1.0"?>'),
])
def test_query_result_formats(capsys, shared_store, fmt, first_line):
    status, out, _ = query(capsys, shared_store, LABELS, "--format", fmt)
    assert status == 0 and out.splitlines()[0].startswith(first_line)


def test_query_ask_and_construct(capsys, shared_store):
    assert query(capsys, shared_store, "ASK { ?s ?p ?o }", "--format", "table")[1] == "true\n"
    construct = ("CONSTRUCT { ?m <urn:p> \"x\" } WHERE { ?m <http://www.w3.org/2000/01/rdf-schema#label> "
                 "\"GPT-4\"@en }")
    assert query(capsys, shared_store, construct, "--format", "ntriples")[1] == \
        '<https://w3id.org/fmkg/resource/gpt-4> <urn:p> "x" .\n'
    turtle = query(capsys, shared_store, construct)[1]  # Turtle by default
    assert len(list(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE))) == 1
    table = query(capsys, shared_store, construct, "--format", "table")[1].splitlines()
    assert table[0].split() == ["subject", "predicate", "object"] and table[2].split() == [
        "fmr:gpt-4", "<urn:p>", '"x"']
    jsonld = json.loads(query(capsys, shared_store, construct, "--format", "json")[1])
    assert jsonld[0]["@id"] == "https://w3id.org/fmkg/resource/gpt-4"


def test_query_from_a_file_and_stdin(capsys, shared_store, tmp_path, monkeypatch):
    (tmp_path / "q.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert json.loads(query(capsys, shared_store, f"@{tmp_path / 'q.rq'}")[1])["boolean"] is True
    monkeypatch.setattr("sys.stdin", io.StringIO("ASK { <urn:none> ?p ?o }"))
    assert json.loads(query(capsys, shared_store, "@-")[1])["boolean"] is False


@pytest.mark.parametrize(("text", "options", "message"), [
    ("SELECT * WHERE {\n  ?s ?p\n}", (), "Syntax error in the SPARQL query at line 3"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", (), "SPARQL Update is not accepted"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", ("--format", "csv"), "does not fit a CONSTRUCT query"),
    ("SELECT * WHERE { ?s ?p ?o }", ("--format", "turtle"), "use table, csv, json, tsv, xml"),
    ("@/no/such/file.rq", (), "cannot read the query"),
    (SLOW, ("--timeout", "0.3"), "longer than 0.3 s"),
])
def test_query_mistakes_exit_2(capsys, shared_store, text, options, message):
    status, _, err = query(capsys, shared_store, text, *options)
    assert status == 2 and message in err


def test_query_without_a_store(capsys, tmp_path):
    status, _, err = query(capsys, tmp_path / "none", "ASK {}")
    assert status == 2 and "fmkg build" in err


# --- fmkg load ----------------------------------------------------------------------------------------

def test_load_into_a_graph_per_file(capsys, store, tmp_path):
    (tmp_path / "Claude Models.ttl").write_text(CLAUDE, encoding="utf-8")
    status, out, _ = run(capsys, "load", str(tmp_path / "Claude Models.ttl"), "--store", str(store))
    assert status == 0 and f"5 triples into <{LOADED}claude-models>" in out
    sizes = graph_sizes(store)
    assert sizes[LOADED + "claude-models"] == 5 and sizes["https://w3id.org/fmkg/graph/curated"] == 7
    # the union default graph joins the loaded graph with the stored ones
    label = query(capsys, store, "SELECT ?l WHERE { <https://w3id.org/fmkg/resource/claude-3> "
                                 "<http://www.w3.org/2000/01/rdf-schema#label> ?l }", "--format", "csv")[1]
    assert label.splitlines() == ["l", "Claude 3"]


def test_load_every_syntax_by_extension(capsys, store, tmp_path):
    quads = list(ox.parse(CLAUDE.encode(), format=ox.RdfFormat.TURTLE))
    paths = []
    for suffix, fmt in ((".nt", ox.RdfFormat.N_TRIPLES), (".nq", ox.RdfFormat.N_QUADS), (".trig", ox.RdfFormat.TRIG),
                        (".rdf", ox.RdfFormat.RDF_XML), (".xml", ox.RdfFormat.RDF_XML),
                        (".jsonld", ox.RdfFormat.JSON_LD), (".n3", ox.RdfFormat.N3)):
        paths.append(tmp_path / f"claude-{suffix[1:]}{suffix}")
        paths[-1].write_bytes(ox.serialize(quads, format=fmt))
    status, _, err = run(capsys, "load", *map(str, paths), "--store", str(store))
    assert status == 0, err
    sizes = graph_sizes(store)
    assert all(sizes[LOADED + path.stem] == 5 for path in paths)


def test_load_several_files_into_one_graph(capsys, store, tmp_path):
    (tmp_path / "a.ttl").write_text(CLAUDE, encoding="utf-8")
    (tmp_path / "b.nt").write_text("<urn:x> <urn:y> <urn:z> .\n", encoding="utf-8")
    status, _, _ = run(capsys, "load", str(tmp_path / "a.ttl"), str(tmp_path / "b.nt"), "--graph", "urn:extra",
                       "--store", str(store))
    assert status == 0 and graph_sizes(store)["urn:extra"] == 6


def test_a_file_that_does_not_parse_stores_nothing(capsys, store, tmp_path):
    before = graph_sizes(store)
    (tmp_path / "good.ttl").write_text(CLAUDE, encoding="utf-8")
    (tmp_path / "bad.nt").write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    status, _, err = run(capsys, "load", str(tmp_path / "good.ttl"), str(tmp_path / "bad.nt"), "--store", str(store))
    assert status == 2
    assert "bad.nt: not valid N-Triples" in err and "line 1" in err and "nothing was stored" in err
    assert graph_sizes(store) == before


def test_a_file_that_violates_the_shapes_stores_nothing(capsys, store, tmp_path):
    before = graph_sizes(store)
    (tmp_path / "good.ttl").write_text(CLAUDE, encoding="utf-8")
    bad = 'fmr:gpt-4o rdfs:label "Another name"@en .\nfmr:x a fm:FoundationModel ; rdfs:label "X"@en ; ' \
          "fm:developedBy fmr:nobody .\n"
    (tmp_path / "bad.ttl").write_text(PREFIXES + bad, encoding="utf-8")
    status, _, err = run(capsys, "load", str(tmp_path / "good.ttl"), str(tmp_path / "bad.ttl"), "--store", str(store))
    assert status == 1
    # in context: gpt-4o already has a label in the store; fmr:nobody is no organization there
    assert "https://w3id.org/fmkg/resource/gpt-4o" in err and "exactly one rdfs:label" in err
    assert "https://w3id.org/fmkg/resource/x" in err and "fm:Organization" in err
    assert "nothing was stored" in err
    assert graph_sizes(store) == before
    assert not store.with_name("store.loading").exists()


def test_skip_validation(capsys, store, tmp_path):
    (tmp_path / "bad.ttl").write_text(PREFIXES + 'fmr:gpt-4o rdfs:label "Another name"@en .\n', encoding="utf-8")
    status, _, _ = run(capsys, "load", str(tmp_path / "bad.ttl"), "--skip-validation", "--store", str(store))
    assert status == 0 and graph_sizes(store)[LOADED + "bad"] == 1


def test_an_unchecked_load_stores_nothing_when_a_later_file_does_not_parse(capsys, store, tmp_path):
    # Unchecked files are written one by one as they are read: the good first file must not be kept either.
    before = graph_sizes(store)
    (tmp_path / "a-good.ttl").write_text(CLAUDE, encoding="utf-8")
    (tmp_path / "b-bad.nt").write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    (tmp_path / "c-bad.nt").write_text("<urn:c> .\n", encoding="utf-8")
    status, _, err = run(capsys, "load", *(str(tmp_path / n) for n in ("a-good.ttl", "b-bad.nt", "c-bad.nt")),
                         "--skip-validation", "--store", str(store))
    assert status == 2
    assert "b-bad.nt: not valid N-Triples" in err and "c-bad.nt: not valid N-Triples" in err
    assert graph_sizes(store) == before
    assert not store.with_name("store.loading").exists()


def test_after_a_load_the_default_graph_is_the_union_of_the_named_graphs(capsys, store, tmp_path):
    (tmp_path / "extra.ttl").write_text(CLAUDE, encoding="utf-8")
    assert run(capsys, "load", str(tmp_path / "extra.ttl"), "--store", str(store))[0] == 0
    db = ox.Store.read_only(str(store))
    default = {q.triple for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for g in db.named_graphs() for q in db.quads_for_pattern(None, None, None, g)}
    assert default == named


def test_replace_reloads_a_changed_file(capsys, store, tmp_path):
    path = tmp_path / "extra.nt"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> <urn:d> .\n", encoding="utf-8")
    assert run(capsys, "load", str(path), "--store", str(store))[0] == 0
    path.write_text("<urn:a> <urn:b> <urn:e> .\n", encoding="utf-8")
    assert run(capsys, "load", str(path), "--store", str(store))[0] == 0
    assert graph_sizes(store)[LOADED + "extra"] == 3  # added to
    assert run(capsys, "load", str(path), "--replace", "--store", str(store))[0] == 0
    assert graph_sizes(store)[LOADED + "extra"] == 1  # replaced
    assert graph_sizes(store)["https://w3id.org/fmkg/graph/curated"] == 7  # nothing else lost


def test_load_creates_a_missing_store(capsys, tmp_path):
    (tmp_path / "a.nt").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    assert run(capsys, "load", str(tmp_path / "a.nt"), "--store", str(tmp_path / "new"))[0] == 0
    assert graph_sizes(tmp_path / "new") == {LOADED + "a": 1}


@pytest.mark.parametrize(("argv", "message"), [
    (("nothing.ttl",), "nothing.ttl"),
    (("data.csv",), "unknown RDF syntax '.csv'"),
    (("a.nt", "--graph", "not an iri"), "not an absolute IRI"),
])
def test_load_mistakes_exit_2(capsys, store, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "a.nt").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    status, _, err = run(capsys, "load", *argv, "--store", str(store))
    assert status == 2 and message in err


def test_load_with_the_project_shapes(capsys, store, tmp_path, monkeypatch):
    ontology = Path(__file__).resolve().parents[1] / "ontology"
    if not (ontology / "shapes.ttl").exists():
        pytest.skip("the project's shapes are not there")
    monkeypatch.setenv("FMKG_ONTOLOGY", str(ontology))
    (tmp_path / "bad.ttl").write_text(PREFIXES + "fmr:Bad_Model a fm:FoundationModel .\n", encoding="utf-8")
    status, _, err = run(capsys, "load", str(tmp_path / "bad.ttl"), "--store", str(store))
    assert status == 1 and "https://w3id.org/fmkg/resource/Bad_Model" in err
