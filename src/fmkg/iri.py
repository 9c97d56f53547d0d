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
>>> Iris().evidence("https://w3id.org/fmkg/document/d1", 0, 40)
'https://w3id.org/fmkg/document/d1#char=0,40'
>>> Iris().loaded_graph("Extra Models")
'https://w3id.org/fmkg/graph/loaded/extra-models'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fmkg.config import CANONICAL_BASE, CANONICAL_VOCAB
from fmkg.vocab import prefixes

if TYPE_CHECKING:
    from fmkg.config import Settings

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SYMBOLS = {"+": " plus ", "&": " and ", "@": " at ", "–": " ", "—": " ", "'": "", "’": ""}  # "Noah's": "noahs"


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
    def of(cls, settings: Settings) -> Iris:
        """The IRIs of a deployment's ``Settings`` (its base and its vocabulary namespace)."""
        return cls(settings.base_uri, settings.ontology_namespace)

    @property
    def ontology(self) -> str:
        return self.base + "ontology"

    @property
    def vocab(self) -> str:
        return self.vocab_namespace

    def term(self, local_name: str) -> str:
        return self.vocab + local_name

    # The namespaces under the base: each kind of thing fmkg names has one (docs/data-model.md).
    @property
    def resources(self) -> str:
        return self.base + "resource/"

    @property
    def documents(self) -> str:
        return self.base + "document/"

    @property
    def graphs(self) -> str:
        return self.base + "graph/"

    @property
    def statements(self) -> str:
        return self.base + "statement/"

    def resource(self, name_or_slug: str) -> str:
        return self.resources + slugify(name_or_slug)

    def resource_slug(self, slug: str) -> str:
        """The IRI of an existing slug, taken as it is (a request path, a redirect target)."""
        return self.resources + slug

    def document(self, doc_id: str) -> str:
        return self.documents + doc_id

    def evidence(self, document: str, start: int, end: int) -> str:
        """An evidence span: characters ``start`` to ``end`` of the document IRI (RFC 5147 style)."""
        return f"{document}#char={start},{end}"

    def is_evidence(self, iri: str) -> bool:
        return iri.startswith(self.base) and "#char=" in iri

    def graph(self, name: str) -> str:
        return self.graphs + name

    def document_graph(self, doc_id: str) -> str:
        return self.graphs + "document/" + doc_id

    def loaded_graph(self, name: str) -> str:
        """Where `fmkg load` puts a file by default: ``{base}graph/loaded/{slug of its name}``."""
        return self.graphs + "loaded/" + slugify(name)

    @property
    def ontology_graph(self) -> str:
        return self.base + "graph/ontology"

    @property
    def curated_graph(self) -> str:
        return self.base + "graph/curated"

    @property
    def dataset(self) -> str:
        return self.base + "dataset"

    @staticmethod
    def store_graph(name: str) -> str:
        """A graph a store on a remote engine keeps for fmkg's own use, never in the dataset it serves:
        ``manifest`` (the build's generation and graphs), ``union`` (the union default graph), ``staging/...``.
        Not under the base URI: not published, and the same whatever FMKG_BASE_URI a server is given.

        >>> Iris.store_graph("union")
        'urn:fmkg:store:union'
        """
        return "urn:fmkg:store:" + name

    def statement(self, key: str) -> str:
        return self.statements + key

    def ontology_version(self, version: str) -> str:
        return self.ontology + "/" + version

    @property
    def sparql_endpoint(self) -> str:
        return self.base + "sparql"

    def dump(self, name: str) -> str:
        return self.base + "dumps/" + name

    def prefixes(self) -> dict[str, str]:
        """The prefix map for this deployment (``fmkg.vocab.prefixes``)."""
        return prefixes(self.base, self.vocab)

    def rebase(self, text: str) -> str:
        """Rewrite IRIs authored under the canonical base to this deployment's base."""
        if self.base == CANONICAL_BASE and self.vocab == CANONICAL_VOCAB:
            return text
        marker = "\x00fmkg-vocabulary\x00"  # the vocabulary namespace is kept apart from the base
        return text.replace(CANONICAL_VOCAB, marker).replace(CANONICAL_BASE, self.base).replace(marker, self.vocab)
