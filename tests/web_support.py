"""The app of a built store, for tests that drive it with Flask's test client."""

from __future__ import annotations

import dataclasses

from flask import Flask

from fmkg.config import Settings
from fmkg.web import create_app


def built_app(settings: Settings, **config: object) -> Flask:
    """The app over ``settings`` (a store and dumps `fmkg build` made); FMKG_* keys in ``config`` override."""
    values = {f"FMKG_{f.name.upper()}": getattr(settings, f.name) for f in dataclasses.fields(Settings)}
    return create_app({"TESTING": True, **values, **config})


TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "/', "werkzeug/debug")
