"""/health answers from the size `fmkg build` and `fmkg load` record with the store, not from a count of every quad
(on a 10M-quad store the count took longer than /health's 5 s: 503 right after start). The record follows each
rebuild and load, and one that may be stale is not trusted."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from fmkg.pipeline import load_files
from fmkg.store import named_quad_count, open_read_only, recorded_size
from web_support import built_app

pytestmark = pytest.mark.embedded


@pytest.fixture()
def store_copy(built_settings, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built_settings.store, store)
    return replace(built_settings, store=store)


def counted(store: Path) -> int:
    db = open_read_only(store)
    try:
        return named_quad_count(db)
    finally:
        del db


def health_triples(settings) -> int:
    app = built_app(settings)
    response = app.test_client().get("/health")
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["triples"]


def rewrite_record(store: Path, **changes: object) -> None:
    path = store / "fmkg-size.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record.update(changes)
    path.write_text(json.dumps(record), encoding="utf-8")


def test_the_build_records_the_size_it_stored(built_settings):
    assert recorded_size(built_settings.store) == counted(built_settings.store)


def test_health_reports_the_recorded_size_without_counting(store_copy):
    rewrite_record(store_copy.store, quads=123_456_789)  # a number no count could give: it was read, not counted
    assert health_triples(store_copy) == 123_456_789


def test_a_record_from_another_state_of_the_store_is_not_trusted(store_copy):
    rewrite_record(store_copy.store, quads=123_456_789, current="MANIFEST-999999\n")
    assert recorded_size(store_copy.store) is None
    assert health_triples(store_copy) == counted(store_copy.store)


def test_a_load_records_the_new_size(store_copy, tmp_path):
    before = recorded_size(store_copy.store)
    extra = tmp_path / "extra.nt"
    extra.write_text("<https://example.org/a> <https://example.org/p> \"one\" .\n"
                     "<https://example.org/a> <https://example.org/p> \"two\" .\n", encoding="utf-8")
    load_files([extra], store_copy, check=False)
    assert before is not None and recorded_size(store_copy.store) == before + 2 == counted(store_copy.store)
    assert health_triples(store_copy) == before + 2
