"""The graph: facts to RDF with provenance, assembly with the ontology and curated data, dumps and VoID."""
