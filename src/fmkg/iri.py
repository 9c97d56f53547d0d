"""Every IRI fmkg mints is built here, from the base URI and one slug function.

>>> slugify("GPT-4o")
'gpt-4o'
>>> slugify("GPT 4")
'gpt-4'
>>> slugify("Command R+")
'command-r-plus'
>>> slugify("Zürich AI Lab")
'zurich-ai-lab'
>>> Iris().resource("Mistral AI")
'https://w3id.org/fmkg/resource/mistral-ai'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from fmkg.config import CANONICAL_BASE, CANONICAL_VOCAB

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SYMBOLS = {"+": " plus ", "&": " and ", "@": " at ", "–": " ", "—": " "}


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by ``-``; the one spelling-independent key of an entity."""
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug from {text!r}")
    return slug


@dataclass(frozen=True)
class Iris:
    """IRI builders for one deployment's base URI."""

    base: str = CANONICAL_BASE
    vocab_namespace: str = CANONICAL_VOCAB  # stays at w3id when only the base changes (FMKG_VOCAB_URI moves it)

    @classmethod
    def of(cls, settings: object) -> Iris:
        """The IRIs of a deployment's ``Settings`` (its base and its vocabulary namespace)."""
        return cls(settings.base_uri, settings.ontology_namespace)  # type: ignore[attr-defined]

    @property
    def ontology(self) -> str:
        return self.base + "ontology"

    @property
    def vocab(self) -> str:
        return self.vocab_namespace

    def term(self, local_name: str) -> str:
        return self.vocab + local_name

    def resource(self, name_or_slug: str) -> str:
        return self.base + "resource/" + slugify(name_or_slug)

    def document(self, doc_id: str) -> str:
        return self.base + "document/" + doc_id

    def document_graph(self, doc_id: str) -> str:
        return self.base + "graph/document/" + doc_id

    @property
    def ontology_graph(self) -> str:
        return self.base + "graph/ontology"

    @property
    def curated_graph(self) -> str:
        return self.base + "graph/curated"

    @property
    def dataset(self) -> str:
        return self.base + "dataset"

    def statement(self, key: str) -> str:
        return self.base + "statement/" + key

    def rebase(self, text: str) -> str:
        """Rewrite IRIs authored under the canonical base to this deployment's base."""
        if self.base == CANONICAL_BASE and self.vocab == CANONICAL_VOCAB:
            return text
        marker = "\x00fmkg-vocabulary\x00"  # the vocabulary namespace is kept apart from the base
        return text.replace(CANONICAL_VOCAB, marker).replace(CANONICAL_BASE, self.base).replace(marker, self.vocab)
