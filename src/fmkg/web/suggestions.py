"""Suggestions for a name that is not found: the resources whose label or slug looks like it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def suggestions(labels: Iterable[tuple[str, str]], prefix: str, wanted: str, limit: int = 5) -> list[tuple[str, str]]:
    """(IRI, label) of the resources (``labels`` of IRIs under ``prefix``) whose label or slug looks like
    ``wanted``, best first."""
    needle = wanted.replace("-", " ").replace("_", " ").lower().strip()
    scored = []
    for iri, label in labels:
        candidates = (label.lower(), iri[len(prefix):].replace("-", " "))
        score = max(difflib.SequenceMatcher(None, needle, c).ratio() + (0.5 if needle and needle in c else 0)
                    for c in candidates)
        if score >= 0.6:
            scored.append((score, iri, label))
    seen: dict[str, str] = {}
    for _, iri, label in sorted(scored, key=lambda s: (-s[0], s[2])):
        seen.setdefault(iri, label)
    return list(seen.items())[:limit]
