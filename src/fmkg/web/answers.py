"""Answers of ``/sparql`` identified by build: an ETag per store generation and request, and a bounded cache.

A store generation (a build or a load) fixes every answer, so the ETag of an answer is a digest of the
generation, the query as run, the formats it may be written in and the dataset asked. ``If-None-Match`` with it is
answered 304 without running anything, and the last answers (``answer_cache_bytes`` per worker, 0 for none) are
kept to answer a repeated query without the engine. A new generation empties the cache at once.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable

__all__ = ["AnswerCache", "answer_etag"]


def answer_etag(generation: Hashable, query: str, formats: dict[str, str], default_graphs: object,
                named_graphs: object) -> str:
    """The (unquoted) strong ETag of the answer to ``query`` on one store generation."""
    key = repr((generation, query, sorted(formats.items()), default_graphs, named_graphs))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class AnswerCache:
    """The most recently used answers of one store generation, at most ``limit`` bytes in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.generation: Hashable = None
        self._answers: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, generation: Hashable, etag: str) -> tuple[str, bytes] | None:
        """The content type and body kept for ``etag``, if any (and of this generation)."""
        with self._lock:
            self._start(generation)
            answer = self._answers.get(etag)
            if answer is not None:
                self._answers.move_to_end(etag)
            return answer

    def put(self, generation: Hashable, etag: str, content_type: str, body: bytes) -> None:
        """Keep an answer, dropping the least recently used ones to stay within the limit; an answer larger than
        a quarter of it is not kept (it would push out many small ones)."""
        if len(body) > self.limit // 4:
            return
        with self._lock:
            self._start(generation)
            if etag in self._answers:
                return
            self._answers[etag] = (content_type, body)
            self.size += len(body)
            while self.size > self.limit:
                _, (_, dropped) = self._answers.popitem(last=False)
                self.size -= len(dropped)

    def __len__(self) -> int:
        return len(self._answers)

    def _start(self, generation: Hashable) -> None:
        if generation != self.generation:  # a build or a load: every answer kept is stale
            self._answers.clear()
            self.size = 0
            self.generation = generation
