"""The app factory honours its configuration: settings from the environment, then the config it is given."""

from __future__ import annotations

from dataclasses import fields

import pytest
from rdflib import Graph, URIRef

from fmkg.cli import main
from fmkg.config import Settings
from fmkg.server import granian_options
from fmkg.web.store_access import close_store, get_store
from serve_helper import build_store, make_app

SD_DEFAULT_DATASET = URIRef("http://www.w3.org/ns/sparql-service-description#defaultDataset")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("config") / "store")


@pytest.fixture
def apps():
    made = []
    def make(store, **config):
        made.append(make_app(store, **config))
        return made[-1]

    yield make
    for app in made:
        close_store(app)


def test_config_sets_the_store_and_limits(apps, store):
    app = apps(store, FMKG_QUERY_TIMEOUT=2.5, FMKG_MAX_BODY_BYTES=50, FMKG_THREADS=3, FMKG_QUERY_PROCESSES=3)
    settings = app.config["FMKG"]
    assert (settings.store, settings.query_timeout, settings.max_body_bytes, settings.threads) == (store, 2.5, 50, 3)
    assert app.config["MAX_CONTENT_LENGTH"] == 50
    client = app.test_client()
    assert client.post("/sparql", data="ASK {} " + "#" * 60, content_type="application/sparql-query").status_code == 413
    with app.app_context():
        assert get_store().pool.size == 3


def test_environment_then_config(apps, store, monkeypatch):
    monkeypatch.setenv("FMKG_QUERY_TIMEOUT", "7")
    monkeypatch.setenv("FMKG_BASE_URI", "http://data.example/fm")
    assert apps(store).config["FMKG"].query_timeout == 7.0
    assert apps(store, FMKG_QUERY_TIMEOUT=3).config["FMKG"].query_timeout == 3.0
    app = apps(store)
    description = Graph().parse(data=app.test_client().get("/sparql").data, format="turtle")
    assert set(description.objects(None, SD_DEFAULT_DATASET)) == {URIRef("http://data.example/fm/dataset")}


def test_every_setting_is_documented_in_serve_help(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = capsys.readouterr().out
    for f in fields(Settings):
        assert f.metadata.get("doc") and f.metadata["env"] in text, f.name


def test_granian_options_follow_the_settings():
    options = granian_options(Settings(host="::1", port=9000, workers=3, threads=5, query_timeout=20,
                                       access_log="none", header_timeout=7))
    assert (options["address"], options["port"], options["workers"]) == ("::1", 9000, 3)
    assert options["interface"] == "rsgi" and options["websockets"] is False
    assert options["target"] == "fmkg.front:create" and options["factory"]
    assert options["http1_settings"].header_read_timeout == 7000
    assert options["workers_kill_timeout"] >= 20 and options["log_access"] is False
