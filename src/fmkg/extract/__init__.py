"""Extraction: documents in, facts with their evidence out (``extract``), no RDF yet."""

from fmkg.extract.batch import extract_all
from fmkg.extract.document import ExtractionError, SourceDocument, read_document
from fmkg.extract.facts import Extraction, Fact
from fmkg.extract.pipeline import extract
from fmkg.extract.rules import Rules, load_rules

__all__ = ["ExtractionError", "Extraction", "Fact", "Rules", "SourceDocument", "extract", "extract_all", "load_rules",
           "read_document"]
