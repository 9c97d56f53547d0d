"""Extraction finishes on any page: no pattern backtracks without end on text a writer may well produce.

A regular expression with nested repetitions ("a capitalised word, then more of them") can take time exponential in
a line's length; one such pattern hung on a sentence listing "LLama-3.1-KazLLM-1.0-70B-AWQ4" and its siblings.
Every pattern the extractor compiles, in its modules and in the rule files, is run here over long runs of the
name-like words that set such patterns off, each under a time limit far above what a page's sentence takes.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import pytest

from fmkg.extract import analysis, document, duties, engine, pipeline, rules, values
from fmkg.extract.document import LONGEST_SENTENCE, Span, sentences
from fmkg.extract.rules import Rules

_SECONDS = 2.0  # a pattern that has not finished one line by then is backtracking (a line takes milliseconds)
_WORDS = ["LLama-3.1-KazLLM-1.0-70B-AWQ4", "ABCDEFGHIJKLMNOPQRST", "Qwen2.5-VL-72B-Instruct", "Tarn", "AI", "X-1",
          "of", "the", "and", "models", "2024", "7B", "a-b-c-d-e-f", "(Tarn)", "Tarn,", "Inc.", "—", "must"]
_ENDINGS = ["", "!", " x", ", called", " (", "."]


def _hostile_lines() -> list[str]:
    lines = [sep.join([word] * count) + end for word in _WORDS for count in (8, 20) for sep in (" ", "-", ", ", "")
             for end in _ENDINGS]
    mixed = " ".join(itertools.islice(itertools.cycle(_WORDS), 40))
    return [*lines, *(mixed + end for end in _ENDINGS), "A" * 60 + "!", " " * 200 + "x", "(" * 50, "1." * 40 + "!"]


def _patterns_in(thing: object, seen: set[int], depth: int = 0) -> Iterator[re.Pattern]:
    if id(thing) in seen or depth > 7 or isinstance(thing, str | bytes | int | float | bool | type) or thing is None:
        return
    seen.add(id(thing))
    if isinstance(thing, re.Pattern):
        yield thing
    elif isinstance(thing, dict):
        for value in thing.values():
            yield from _patterns_in(value, seen, depth + 1)
    elif isinstance(thing, list | tuple | set | frozenset):
        for value in thing:
            yield from _patterns_in(value, seen, depth + 1)
    elif dataclasses.is_dataclass(thing):
        for field in dataclasses.fields(thing):
            yield from _patterns_in(getattr(thing, field.name), seen, depth + 1)


def _all_patterns(loaded: Rules) -> list[re.Pattern]:
    seen: set[int] = set()
    modules: list[ModuleType] = [analysis, document, duties, engine, pipeline, rules, values]
    found = [p for module in modules for value in vars(module).values() for p in _patterns_in(value, seen)]
    return found + list(_patterns_in(loaded, seen))


class _TooSlow(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlow


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ``_TooSlow`` in the block once ``seconds`` have passed."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_extractor_compiles_hundreds_of_patterns_to_check(rules: Rules):
    assert len(_all_patterns(rules)) > 300


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs a POSIX interval timer")
def test_no_pattern_backtracks_without_end_on_long_runs_of_name_like_words(rules: Rules):
    slow = []
    for pattern in _all_patterns(rules):
        for line in _hostile_lines():
            try:
                with _time_limit(_SECONDS):
                    for _ in pattern.finditer(line):
                        pass
                    pattern.fullmatch(line)
            except _TooSlow:
                slow.append((pattern.pattern[:80], line[:60]))
                break
    assert not slow


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs a POSIX interval timer")
def test_a_sentence_listing_long_hyphenated_model_names_is_read_to_its_end(read):
    with _time_limit(60):
        page = read("Notes\nFor small machines the lab added compressed copies: Tarn-3.1-QorLM-1.0-8B-GGUF4, "
                    "Tarn-3.1-QorLM-1.0-8B-AWQ4, Tarn-3.1-QorLM-1.0-70B-GGUF4 and Tarn-3.1-QorLM-1.0-70B-AWQ4, "
                    "released under the same licence.\n")
    assert "tarn-3-1-qorlm-1-0-70b-awq4" in {fact.subject for fact in page.facts}



def test_a_run_on_sentence_is_read_in_parts_no_longer_than_the_longest_sentence_of_the_genre():
    text = " ".join(f"Quorvex released Tarn-{i} under Apache 2.0, and" for i in range(80)) + " stopped."
    parts = sentences(Span(10, 10 + len(text), text))
    assert len(parts) > 1 and all(len(part.text) <= LONGEST_SENTENCE for part in parts)
    assert all(text[part.start - 10:part.end - 10] == part.text for part in parts)
    assert parts[-1].text.endswith("stopped.")


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs a POSIX interval timer")
def test_a_page_of_one_sentence_of_sixty_clauses_is_read_to_its_last_clause(read):
    clauses = " ".join(f"the company {verb} Tarn-{i}.{i % 7}-Qor{chr(65 + i % 26)}LM-{i}B with {i} billion parameters "
                       "under Apache 2.0, and" for i, verb in enumerate(["released", "published", "trained"] * 20))
    with _time_limit(60):  # (it took over three minutes when parsed whole)
        page = read(f"Notes\nQuorvex Labs is a Lyon company. In 2024 {clauses} stopped.\n")
    assert page.values("tarn-59-3-qorhlm-59b", "fm:parameterCount") == {"59000000000"}
