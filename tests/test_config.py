"""Settings: defaults, then FMKG_* variables, then explicit values; every setting documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from conftest import ROOT
from fmkg.config import Settings, settings_doc
from fmkg.web import create_app


def test_defaults_apply_without_variables():
    settings = Settings.from_env({})
    assert settings.store == ROOT / "var" / "store"  # from the repository, wherever the command runs
    assert settings.base_uri == "https://w3id.org/fmkg/"


def test_variables_override_defaults_and_explicit_values_override_variables():
    environ = {"FMKG_STORE": "/srv/store", "FMKG_QUERY_TIMEOUT": "2.5"}
    assert Settings.from_env(environ).store == Path("/srv/store")
    assert Settings.from_env(environ).query_timeout == 2.5
    assert Settings.from_env(environ, store="/elsewhere").store == Path("/elsewhere")


def test_base_uri_always_ends_with_a_slash():
    assert Settings.from_env({"FMKG_BASE_URI": "http://example.org/kg"}).base_uri == "http://example.org/kg/"


def test_an_unknown_setting_is_refused():
    with pytest.raises(TypeError, match="no_such_setting"):
        Settings.from_env({}, no_such_setting=1)


def test_the_app_factory_honours_its_config(tmp_path):
    app = create_app({"FMKG_STORE": str(tmp_path / "store"), "FMKG_MAX_BODY_BYTES": 1234, "TESTING": True})
    assert app.config["FMKG"].store == tmp_path / "store"
    assert app.config["MAX_CONTENT_LENGTH"] == 1234
    assert app.testing


def test_every_setting_is_in_the_generated_table_and_the_readme():
    table = settings_doc()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for field in fields(Settings):
        assert f"`{field.metadata['env']}`" in table
        assert field.metadata["env"] in readme, f"{field.metadata['env']} is not documented in README.md"
