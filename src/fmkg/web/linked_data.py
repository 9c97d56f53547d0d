"""Blueprint: linked_data (placeholder until its issue lands)."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register this concern's routes on the app."""
