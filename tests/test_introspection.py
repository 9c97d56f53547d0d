"""Introspection pages: an operator can see what runs, with which settings."""

from __future__ import annotations

import dataclasses
from importlib.metadata import version
from pathlib import Path

from fmkg.config import Settings
from fmkg.web import create_app


def test_versions_lists_fmkg_and_its_engine(tmp_path):
    client = create_app({"TESTING": True, "FMKG_STORE": tmp_path / "store"}).test_client()
    body = client.get("/-/versions").get_json()
    assert body["fmkg"] == version("fmkg")
    assert body["libraries"]["pyoxigraph"] == version("pyoxigraph")


def test_settings_shows_the_values_in_force_with_their_variables(tmp_path):
    client = create_app({"TESTING": True, "FMKG_STORE": tmp_path / "store", "FMKG_QUERY_TIMEOUT": 3}).test_client()
    body = client.get("/-/settings").get_json()
    meaning = next(f.metadata["doc"] for f in dataclasses.fields(Settings) if f.name == "query_timeout")
    assert body["query_timeout"] == {"value": 3, "variable": "FMKG_QUERY_TIMEOUT", "meaning": meaning}
    assert body["store"]["value"] == "…/store"  # outside the project: no absolute path on a public page
    inside = create_app({"TESTING": True, "FMKG_STORE": Path.cwd() / "var" / "store"}).test_client()
    assert inside.get("/-/settings").get_json()["store"]["value"] == "var/store"


def test_settings_page_hides_the_password_of_a_remote_store():
    url = "sparql+http://writer:s3cret@127.0.0.1:9/query"
    client = create_app({"TESTING": True, "FMKG_STORE": url}).test_client()
    body = client.get("/-/settings")
    assert "s3cret" not in body.get_data(as_text=True)
    assert body.get_json()["store_url"]["value"] == "sparql+http://writer:***@127.0.0.1:9/query"
