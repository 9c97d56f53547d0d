"""The build, extract and validate commands: exit codes, outputs and messages a user can act on."""

from __future__ import annotations

import os
import subprocess
import sys

from rdflib import Dataset, Graph

from conftest import ROOT
from fmkg.cli import main

SEED = ROOT / "data" / "documents" / "000_ba35988695bcde2e.txt"


def test_build_prints_a_summary_and_writes_the_dumps(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    status = main(["build", "--store", str(tmp_path / "store"), "--dist", str(tmp_path / "dist")])
    assert status == 0
    assert "2 documents" in capsys.readouterr().out
    assert (tmp_path / "dist" / "fmkg.trig").exists()


def test_extract_prints_turtle_with_the_documents_facts_from_any_directory(tmp_path, capsys, monkeypatch):
    """Regression: outside the repository, `fmkg extract` said "ontology/fmkg.ttl: no such file"."""
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(SEED)]) == 0
    graph = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert len(graph) > 500


def test_extract_writes_trig_with_one_graph_per_document(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out.trig"
    assert main(["extract", str(SEED), str(tmp_path.parent / "missing.txt")]) == 2
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert "https://w3id.org/fmkg/graph/document/000_ba35988695bcde2e" in {str(g.identifier) for g in dataset.graphs()}


def test_extract_of_a_missing_file_is_one_line_without_traceback(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = subprocess.run([sys.executable, "-m", "fmkg.cli", "extract", "no-such-document.txt"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip() == "fmkg extract: error: no-such-document.txt: no such file"


def test_extract_refuses_a_binary_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    assert main(["extract", str(binary)]) == 2
    assert "not a text document" in capsys.readouterr().err


def test_extract_refuses_a_file_far_larger_than_a_page_before_reading_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    huge = tmp_path / "huge.txt"
    huge.write_text("Huge\n" + "word " * 400_000, encoding="utf-8")  # 2 MB with no sentence end: hours to parse
    assert main(["extract", str(huge)]) == 2
    assert "too large for one document (2,000,005 bytes; the limit is 1,000,000)" in capsys.readouterr().err


def test_extract_refuses_an_unknown_output_extension(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["extract", str(SEED), "-o", str(tmp_path / "out.docx")]) == 2
    assert "unknown output extension" in capsys.readouterr().err


def test_validate_passes_the_built_dump(built_settings, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["validate", str(built_settings.dist / "fmkg.trig")]) == 0
    assert "conforms" in capsys.readouterr().out


def test_validate_reports_focus_node_path_and_message_and_exits_1(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix fm: <https://w3id.org/fmkg/ontology#> .\n'
                   '<https://w3id.org/fmkg/resource/Bad_Slug> a fm:FoundationModel ; fm:openWeights "yes" .\n')
    assert main(["validate", str(bad)]) == 1
    report = capsys.readouterr().out
    assert "https://w3id.org/fmkg/resource/Bad_Slug" in report
    assert "openWeights" in report and "rdfs" in report


def test_validate_of_a_malformed_file_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .\n")
    assert main(["validate", str(bad)]) == 2
    assert "broken.ttl: not valid turtle" in capsys.readouterr().err


def test_a_bad_date_in_document_metadata_is_one_line(tmp_path):
    """A date_added that is no date used to print two rdflib tracebacks before the validation report."""
    import json
    import shutil

    documents = tmp_path / "documents"
    shutil.copytree(ROOT / "data" / "documents", documents)
    meta = sorted(documents.glob("*.meta.json"))[0]
    values = json.loads(meta.read_text(encoding="utf-8"))
    meta.write_text(json.dumps({**values, "date_added": "last tuesday"}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "fmkg.cli", "build", "--store", str(tmp_path / "store"),
                           "--dist", str(tmp_path / "dist")], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "FMKG_DOCUMENTS": str(documents)})
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert meta.name in done.stderr and "date_added 'last tuesday' is not a date" in done.stderr
