"""Read literal values from the words that state them: dates, counts, token windows, compute thresholds.

Each parser takes the text of the words a rule matched and returns the value as a string in its lexical
form, or None when the words do not state one.

>>> release_date("July 2024"), release_date("23 July 2024"), release_date("March 5, 2023"), release_date("2021")
('2024-07', '2024-07-23', '2023-03-05', '2021')
>>> count("405 billion"), count("46.7B"), count("3.8-billion-parameter"), count("1.8 trillion")
('405000000000', '46700000000', '3800000000', '1800000000000')
>>> tokens("128,000"), tokens("128K-token"), tokens("1 million"), tokens("8,192-token")
('128000', '128000', '1000000', '8192')
>>> flop("10^25"), flop("10²⁵"), flop("1e25")
('10000000000000000000000000', '10000000000000000000000000', '10000000000000000000000000')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["PARSERS", "count", "date_phrase", "flop", "is_spdx_licence", "release_date", "tokens"]

_MONTHS = {name: index for index, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}
_SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "billion": 10**9, "b": 10**9,
          "trillion": 10**12, "t": 10**12}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def release_date(text: str) -> str | None:
    """An ISO date as precise as the words: ``2024``, ``2024-07`` or ``2024-07-23``."""
    text = re.sub(r"(?i)\b(?:mid|early|late)-", "", text.strip().replace(",", " "))  # "mid-2024": the year
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return text
    words = [w.strip(".").lower() for w in text.split()]
    year = next((w for w in words if re.fullmatch(r"(19|20|1[0-8])\d{2}", w)), None)
    if year is None:
        return None
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(w) for w in words if re.fullmatch(r"\d{1,2}", w) and 1 <= int(w) <= 31), None)
    if month is None:
        return year if len(words) == 1 or day is None else None
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")


def date_phrase(text: str) -> str | None:
    """The ISO date of words that are a date and nothing else ("November 2023", "released 2021", "5 May 2024"),
    or None ("EPFL", "Paris 2023").

    >>> date_phrase("November 2023"), date_phrase("released in 2021"), date_phrase("Paris 2023")
    ('2023-11', '2021', None)
    """
    words = [w.strip(".,").lower() for w in text.split()]
    while words and words[0] in ("released", "launched", "published", "introduced", "announced", "in"):
        words.pop(0)
    if not words or not all(w in _MONTHS or re.fullmatch(r"\d{1,4}", w) for w in words):
        return None
    return release_date(" ".join(words))


_WORD_NUMBERS = {word: str(value) for value, word in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_WORD_NUMBERS |= {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
                  "ninety": "90", "a hundred": "100", "one hundred": "100", "a": "1", "an": "1"}
_WORD_NUMBER = re.compile(rf"\b({'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})(?=\s+(?:thousand|million|"
                          r"billion|trillion)\b)")


def _number(text: str) -> Decimal | None:
    """``405 billion``, ``46.7B``, ``3.8-billion-parameter``, ``128,000``, ``128K-token``, ``four billion``.

    >>> str(_number("about four billion")), str(_number("a trillion"))
    ('4000000000', '1000000000000')
    """
    text = _WORD_NUMBER.sub(lambda m: _WORD_NUMBERS[m.group(1)], text.lower().replace(",", ""))
    match = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion|[kmbt])?(?![a-z])", text)
    if not match:
        return None
    try:
        value = Decimal(match.group(1)) * _SCALE.get(match.group(2) or "", 1)
    except InvalidOperation:
        return None
    return value if value > 0 else None


def count(text: str) -> str | None:
    """A parameter count as an integer string."""
    value = _number(text)
    return str(int(value)) if value is not None and value >= 10**6 else None


def tokens(text: str) -> str | None:
    """A context window in tokens as an integer string."""
    value = _number(text)
    return str(int(value)) if value is not None and value >= 256 else None


def flop(text: str) -> str | None:
    """Training compute: ``10^25``, ``10²⁵``, ``1e25``, ``10 to the power of 25`` FLOP."""
    text = text.translate(_SUPERSCRIPTS).replace(" ", "")
    match = re.search(r"(\d+(?:\.\d+)?)?(?:[x×*]?10\^?|e|x10\^?)(\d{1,3})", text) or re.search(
        r"10tothe(?:power(?:of)?)?(\d{1,3})", text)
    if not match:
        return None
    groups = match.groups()
    mantissa = Decimal(groups[0]) if len(groups) == 2 and groups[0] else Decimal(1)
    return str(int(mantissa * 10 ** int(groups[-1])))


SPDX_LICENSES: dict[str, str] = {}  # filled from sentence-rules.toml's [licenses] when the rules are loaded


def _creative_commons(name: str) -> str | None:
    """"CC BY-SA 4.0", "CC-BY-NC-ND 4.0", "CC0 1.0": the SPDX identifier of a Creative Commons licence, which
    spells its parts with hyphens ("CC-BY-SA-4.0").

    >>> _creative_commons("CC BY-SA 4.0"), _creative_commons("CC BY-NC-ND 3.0"), _creative_commons("CC0 1.0")
    ('CC-BY-SA-4.0', 'CC-BY-NC-ND-3.0', 'CC0-1.0')
    >>> _creative_commons("Creative Commons Attribution-NonCommercial-ShareAlike 4.0")
    'CC-BY-NC-SA-4.0'
    """
    name = re.sub(r"^Creative Commons ", "CC ", name.strip())  # "Creative Commons Attribution-NonCommercial 4.0"
    for word, part in (("Attribution", "BY"), ("NonCommercial", "NC"), ("ShareAlike", "SA"), ("NoDerivatives", "ND")):
        name = re.sub(rf"(?<=[- ]){word}\b", part, name) if name.startswith("CC ") else name
    match = re.fullmatch(r"CC[- ]?(?P<parts>BY(?:[- ](?:NC|SA|ND))*|0)[- ](?P<version>\d\.\d)", name)
    if match is None:
        return None
    parts = match["parts"].replace(" ", "-")
    return f"CC0-{match['version']}" if parts == "0" else f"CC-{parts}-{match['version']}"


# Names of kinds of licence, not of one licence ("a Creative Commons licence")
_LICENCE_FAMILIES = frozenset({"Creative Commons", "GNU", "GPL", "BSD", "Apache", "MIT", "Open Source", "RAIL"})


def license_id(text: str) -> str | None:
    """The SPDX IRI of a licence the words name; else the name of a licence of its own ("Llama 3.1 Community
    License", "Gemma Terms of Use"), which becomes an fm:License entity."""
    text = re.sub(r"^(?:(?:under|(?:governed|covered|but)\s+by|(?:comes?|came|ships?|shipped)\s+with)\s+)?"
                  r"(?:(?:the|a|an|its|their)\s+)?"
                  r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*['’]s\s+)?(?:own\s+)?", "",
                  text.strip(), flags=re.IGNORECASE)  # "under the X License", "governed by the X License", "its own",
    # "under Meta's Llama 3.1 Community License" (the owner's name is no part of the licence's)
    key = re.sub(r"\s+(?:licen[cs]e)$", "", text, flags=re.IGNORECASE)
    spdx = SPDX_LICENSES.get(key) or SPDX_LICENSES.get(text) or SPDX_LICENSES.get(key.replace(" ", "-")) \
        or _creative_commons(key)  # "BSD 3-Clause" is spelled "BSD-3-Clause" too
    if spdx:
        return f"http://spdx.org/licenses/{spdx}"
    if re.search(r"\b(?:Licen[cs]e|Terms of Use|Agreement)(?: v?\d+(?:\.\d+)*)?$", text) and text[:1].isupper():
        return text
    if re.search(r"\b(?:Open ?)?RAIL(?:\+\+)?(?:-[A-Z]+)?$", key) and key[:1].isupper():
        return key  # "the BigCode OpenRAIL-M licence": a responsible-AI licence by its own name
    if re.fullmatch(r"[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)* licen[cs]e", text) and key not in _LICENCE_FAMILIES:
        return text  # "the Llama 2 licence": a licence named after its model
    return None


def is_spdx_licence(text: str) -> bool:
    """Do the words name a licence SPDX lists ("MIT License", "Apache 2.0"), not one of a maker's own?"""
    return str(license_id(text) or "").startswith("http")


PARSERS = {"date": release_date, "count": count, "tokens": tokens, "flop": flop, "license": license_id}
