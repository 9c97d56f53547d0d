"""The extraction cache (FMKG_EXTRACTION_CACHE): a rebuild reads again only what changed, and finds the same facts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fmkg.extract import extract_all
from fmkg.extract.batch import _key

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "data" / "documents").glob("*.txt"))


def _facts(extractions) -> list[list[tuple]]:
    return [[(f.subject, f.predicate, f.value, f.kind, f.evidence, f.rule) for f in e.facts] for e in extractions]


def _copy_sources(directory: Path) -> list[Path]:
    directory.mkdir()
    for path in SOURCES:
        shutil.copy(path, directory / path.name)
        meta = path.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy(meta, directory / meta.name)
    return sorted(directory.glob("*.txt"))


def test_a_cached_extraction_holds_exactly_the_facts_of_a_fresh_one(tmp_path, rules):
    fresh = extract_all(SOURCES, rules)
    first = extract_all(SOURCES, rules, cache=tmp_path / "cache")
    again = extract_all(SOURCES, rules, cache=tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(SOURCES)
    assert _facts(first) == _facts(fresh) == _facts(again)
    assert [e.document.doc_id for e in again] == [p.stem for p in SOURCES]


def test_the_cache_is_what_a_rebuild_reads(tmp_path, rules):
    cache = tmp_path / "cache"
    extract_all(SOURCES[:1], rules, cache=cache)
    (cache / f"{_key(SOURCES[0], rules)}.json").write_text(json.dumps([["kept", "rdf:type", "FoundationModel",
                                                                         "class", 0, 4, "from-the-cache"]]))
    [extraction] = extract_all(SOURCES[:1], rules, cache=cache)
    assert [(f.subject, f.rule, f.evidence.text) for f in extraction.facts] == [
        ("kept", "from-the-cache", extraction.document.text[:4])]


def test_a_changed_document_is_read_again(tmp_path, rules):
    paths = _copy_sources(tmp_path / "documents")
    extract_all(paths, rules, cache=tmp_path / "cache")
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\nQuorvex Labs released Vexa 3 in May 2025.\n",
                        encoding="utf-8")
    [changed, *_] = extract_all(paths, rules, cache=tmp_path / "cache")
    assert changed.values("vexa-3", "fm:developedBy") == {"quorvex-labs"}
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(paths) + 1


def test_changed_metadata_or_rules_make_another_key(tmp_path, rules):
    [path, *_] = _copy_sources(tmp_path / "documents")
    before = _key(path, rules)
    path.with_suffix(".meta.json").write_text(json.dumps({"title": "Another title"}), encoding="utf-8")
    assert _key(path, rules) != before
    with_metadata = _key(path, rules)
    rules.digest, digest = "other rules", rules.digest
    try:
        assert _key(path, rules) != with_metadata
    finally:
        rules.digest = digest


def test_the_rules_digest_covers_the_rule_files_and_the_extractor_code(rules):
    from fmkg.extract.rules import _digest

    assert rules.digest == _digest([ROOT / "ontology" / name for name in (
        "extraction-rules.toml", "lexicon.toml", "sentence-rules.toml", "fmkg.ttl")])
    assert rules.digest != _digest([ROOT / "ontology" / "lexicon.toml"])


def test_an_unreadable_cache_file_is_replaced_by_a_fresh_extraction(tmp_path, rules):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"{_key(SOURCES[0], rules)}.json").write_text("{not json", encoding="utf-8")
    [extraction] = extract_all(SOURCES[:1], rules, cache=cache)
    assert _facts([extraction]) == _facts(extract_all(SOURCES[:1], rules))
    json.loads((cache / f"{_key(SOURCES[0], rules)}.json").read_text(encoding="utf-8"))
