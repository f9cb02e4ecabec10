"""Language packs: everything language-specific lives in data files under ``lang/<code>/``.

A pack is read from its folder of TSV lexicons (see ``docs/lexicons.md``); a new language is a
new folder with the same files. Code reads the pack; it never hard-codes words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from hearsay.errors import LexiconError, UnsupportedLanguageError

LANG_ROOT = Path(__file__).parent
LEXICON_FILES = (
    "cue_verbs.tsv",
    "source_nouns.tsv",
    "outlets.tsv",
    "markers.tsv",
    "function_words.tsv",
)


@dataclass(frozen=True)
class CueVerb:
    """One cue verb: a lemma, its class, the stance it gives and a particle it may need."""

    lemma: str
    verb_class: str  # speech | belief | finding | perception | tag
    stance: str  # assert | deny | confirm
    requires: tuple[str, ...]  # one of these words must follow in the clause ("laat ... weten")
    # None of these may follow before the clause ends: "roept ... op" is another verb.
    blocked: tuple[str, ...] = ()


@dataclass(eq=False)  # hashed by identity: one pack per language, used as a cache key
class LanguagePack:
    """The lexicons of one language, indexed for lookup by the pipeline components."""

    code: str
    cue_verbs: dict[str, list[CueVerb]] = field(default_factory=dict)  # lower-case form -> verbs
    # Verbs that attribute only in a tag right after a quote ("“...”, besluit ze"): kept
    # apart, so that their forms are no cue (nor verb) anywhere else ("het besluit").
    tag_verbs: dict[str, list[CueVerb]] = field(default_factory=dict)
    _marker_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    source_nouns: dict[str, str] = field(default_factory=dict)  # noun -> source_type
    outlets: dict[str, str] = field(default_factory=dict)  # name as written -> canonical name
    markers: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # role -> sequences
    word_classes: dict[str, dict[str, str]] = field(default_factory=dict)  # word -> class -> detail
    first_names: dict[str, str] = field(default_factory=dict)  # first name -> m | f
    gendered_nouns: dict[str, str] = field(default_factory=dict)  # role noun -> m | f
    known_names: dict[str, str] = field(default_factory=dict)  # name -> entity type
    # Weights of the clues that pick the person a pronoun refers to (pronoun_weights.tsv).
    pronoun_weights: dict[str, float] = field(default_factory=dict)
    # Abbreviations ending in a full stop that end no sentence ("prof.", "b.d."), lower case.
    abbreviations: frozenset[str] = frozenset()

    def is_class(self, word: str, word_class: str) -> bool:
        return word_class in self.word_classes.get(word.lower(), {})

    def detail(self, word: str, word_class: str) -> str | None:
        return self.word_classes.get(word.lower(), {}).get(word_class)

    def marker_words(self, role: str) -> frozenset[str]:
        """The single-word markers of a role, for quick membership tests (built once per
        role: some are looked up for every phrase)."""
        words = self._marker_words.get(role)
        if words is None:
            words = self._marker_words[role] = frozenset(
                sequence[0] for sequence in self.markers.get(role, []) if len(sequence) == 1
            )
        return words


def supported_languages() -> list[str]:
    return sorted(path.name for path in LANG_ROOT.iterdir() if (path / "cue_verbs.tsv").exists())


def read_tsv(path: Path) -> list[tuple[int, list[str]]]:
    """Rows of a lexicon file as (line number, fields); ``#`` lines and blank lines skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((number, line.split("\t")))
    return rows


def _fields(path: Path, number: int, fields: list[str], count: int) -> list[str]:
    if len(fields) != count:
        raise LexiconError(f"{path.name}:{number}: expected {count} tab-separated fields")
    return fields


@cache
def load_language(code: str) -> LanguagePack:
    """Load (once) the language pack for ``code``; raise listing the supported ones if absent."""
    folder = LANG_ROOT / code
    if not (folder / "cue_verbs.tsv").exists():
        raise UnsupportedLanguageError(
            f"no language pack for {code!r}; supported: {', '.join(supported_languages())}"
        )
    pack = LanguagePack(code=code)
    cue_verbs: dict[str, list[CueVerb]] = defaultdict(list)
    tag_verbs: dict[str, list[CueVerb]] = defaultdict(list)
    path = folder / "cue_verbs.tsv"
    for number, fields in read_tsv(path):
        lemma, forms, verb_class, stance, requires = _fields(path, number, fields, 5)
        words = [] if requires == "-" else requires.split(",")
        verb = CueVerb(
            lemma,
            verb_class,
            stance,
            tuple(word for word in words if not word.startswith("!")),
            tuple(word[1:] for word in words if word.startswith("!")),
        )
        for form in map(str.strip, forms.split(",")):
            # A form that holds its particle ("bekendmaakte", "toegelicht", "uitgaat")
            # needs none after it.
            holds_particle = any(form.startswith(p) and form != p for p in verb.requires)
            entry = replace(verb, requires=()) if holds_particle else verb
            (tag_verbs if verb_class == "tag" else cue_verbs)[form].append(entry)
    pack.cue_verbs = dict(cue_verbs)
    pack.tag_verbs = dict(tag_verbs)

    path = folder / "source_nouns.tsv"
    for number, fields in read_tsv(path):
        noun, source_type = _fields(path, number, fields, 2)
        pack.source_nouns[noun] = source_type

    path = folder / "outlets.tsv"
    for number, fields in read_tsv(path):
        name, canonical = _fields(path, number, fields, 2)
        pack.outlets[name] = name if canonical == "-" else canonical

    path = folder / "markers.tsv"
    markers: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for number, fields in read_tsv(path):
        marker, role = _fields(path, number, fields, 2)
        markers[role].append(tuple(marker.split()))
    pack.markers = dict(markers)

    path = folder / "function_words.tsv"
    word_classes: dict[str, dict[str, str]] = defaultdict(dict)
    for number, fields in read_tsv(path):
        word, word_class, detail = _fields(path, number, fields, 3)
        word_classes[word][word_class] = detail
    pack.word_classes = dict(word_classes)

    for attribute, filename in (
        ("first_names", "first_names.tsv"),
        ("gendered_nouns", "gendered_nouns.tsv"),
        ("known_names", "known_names.tsv"),
    ):
        path = folder / filename
        table: dict[str, str] = getattr(pack, attribute)
        for number, fields in read_tsv(path):
            key, value = _fields(path, number, fields, 2)
            table[key] = value
    path = folder / "pronoun_weights.tsv"
    if path.exists():  # optional: without weights every clue counts zero
        pack.pronoun_weights = {
            name: float(weight)
            for number, fields in read_tsv(path)
            for name, weight in [_fields(path, number, fields, 2)]
        }
    path = folder / "abbreviations.tsv"
    if path.exists():  # optional: a language without such a list splits as spaCy does
        pack.abbreviations = frozenset(
            _fields(path, number, fields, 2)[0].lower() for number, fields in read_tsv(path)
        )
    return pack


@lru_cache(maxsize=20000)
def noun_type(pack: LanguagePack, word: str) -> str | None:
    """The source type of a lower-case noun, matching compounds on their last part
    ("politiewoordvoerder" is a "woordvoerder"). Cached: the same words recur."""
    if word in pack.source_nouns:
        return pack.source_nouns[word]
    word = word.split("-")[-1]
    if word in pack.source_nouns:
        return pack.source_nouns[word]
    # The longest listed noun of five letters or more that ends the word.
    for start in range(1, len(word) - 4):
        source_type = pack.source_nouns.get(word[start:])
        if source_type is not None:
            return source_type
    return None
