"""Shared fixtures: the real graph, built once per test session from the repository's own inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmkg.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the remote-engine run (``FMKG_TEST_ENGINE``), the tests of the on-disk store itself are skipped."""
    from serve_helper import ENGINE

    if ENGINE:
        skip = pytest.mark.skip(reason=f"about the on-disk store; this run uses {ENGINE}")
        for item in items:
            if "embedded" in item.keywords:
                item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session) -> None:
    from serve_helper import stop_engines

    stop_engines()


def pytest_sessionstart(session: pytest.Session) -> None:
    """A clone without the query page's npm files stops here, with the step that fetches them."""
    from fmkg.web.ui import VENDOR_STEP, missing_vendor_files

    missing = missing_vendor_files()
    if missing:
        pytest.exit(f"the query page's vendored npm files are missing ({', '.join(missing)}): run {VENDOR_STEP}",
                    returncode=3)


def repository_settings(tmp: Path, **overrides: object) -> Settings:
    """Settings reading the repository's documents, ontology and curated data, writing under ``tmp``."""
    values = dict(documents=ROOT / "data" / "documents", ontology=ROOT / "ontology", curated=ROOT / "data" / "curated",
                  store=tmp / "store", dist=tmp / "dist", queries=ROOT / "queries")
    values.update(overrides)
    return Settings(**{k: v for k, v in values.items() if k in Settings.__dataclass_fields__})


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a store and dumps built by `fmkg build` from the two source documents."""
    from fmkg.pipeline import build
    from serve_helper import REMOTE, remote_engine

    tmp = tmp_path_factory.mktemp("built")
    settings = repository_settings(tmp, store_url=remote_engine(tmp / "store") if REMOTE else "")
    build(settings)
    return settings
