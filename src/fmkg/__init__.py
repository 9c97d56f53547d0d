"""fmkg: the Foundation Model Knowledge Graph.

Data flows one way: documents -> ``extract`` -> ``graph`` -> ``validate`` -> ``store`` and dumps -> ``web``.
"""

__version__ = "0.1.0"
