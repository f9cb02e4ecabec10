"""hearsay's Dutch named-entity recognizer: a small spaCy model shipped inside the package.

The model (``hearsay/models/nl_ner``, spaCy ``tok2vec`` + ``ner``, labels PER, ORG, LOC,
MISC, with static floret vectors from ``scripts/ner_vectors.py``) was trained by
``scripts/train_ner.py`` on CoNLL-2002 Dutch. It is loaded from the package folder with
``spacy.load(path)``; nothing is downloaded.

    from hearsay.ner import entities
    entities("Mark Rutte sprak in Den Haag.")
    # [Entity(start=0, end=10, label='PER', text='Mark Rutte'),
    #  Entity(start=20, end=28, label='LOC', text='Den Haag')]

The model tags sentence by sentence; :func:`tag` and :func:`entities` then make the entity
types of each text consistent (:mod:`hearsay.ner.consistency`: one type per name, a person's
surname typed and found like the full name). Scores on CoNLL-2002 ned.testb (gold tokens,
conlleval, types made consistent per ``-DOCSTART-`` document): entity F1 78.7 (PER 82.4,
ORG 75.5, LOC 80.2, MISC 76.3); the model's own tags 78.5 (PER 81.7, ORG 74.9, LOC 81.9,
MISC 75.8). See ``hearsay eval ner`` and docs/ner.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hearsay.errors import HearsayError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "nl_ner"


class NerModelMissingError(HearsayError):
    """The shipped NER model is not where the package expects it."""

    code = "E020"


class Entity(NamedTuple):
    start: int  # character offsets in the text
    end: int
    label: str
    text: str


@cache
def load_ner(path: str | Path | None = None) -> Language:
    """The NER pipeline (loaded once per path); by default the model shipped with hearsay."""
    folder = Path(path) if path is not None else MODEL_DIR
    if not (folder / "config.cfg").is_file() or not (folder / "meta.json").is_file():
        raise NerModelMissingError(
            f"no NER model in {folder}: reinstall hearsay, or train one with "
            "'make train-ner' (needs ../shared/data/ner/conll2002_nl)"
        )
    import spacy

    return spacy.load(folder)


def _as_model_doc(item: str | Doc | list[str], nlp: Language) -> Doc:
    from spacy.tokens import Doc

    if isinstance(item, str):
        return nlp.make_doc(item)
    if isinstance(item, Doc):
        if item.vocab is nlp.vocab:
            return item
        # A Doc from another pipeline (e.g. hearsay's own tokenizer): keep its tokens.
        return Doc(
            nlp.vocab,
            words=[token.text for token in item],
            spaces=[bool(token.whitespace_) for token in item],
        )
    return Doc(nlp.vocab, words=list(item))


def make_consistent(doc: Doc) -> Doc:
    """Harmonize the entity types of one tagged Doc in place (:mod:`hearsay.ner.consistency`:
    the Doc is the document) and return it."""
    from spacy.tokens import Span

    from hearsay.ner.consistency import harmonize

    spans = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
    (new,) = harmonize([[token.text for token in doc]], [spans])
    if new != spans:
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in new]
    return doc


def tag(
    texts_or_docs: str | Doc | Iterable[str | Doc | list[str]],
    nlp: Language | None = None,
    batch_size: int = 64,
    consistent: bool = True,
) -> list[Doc]:
    """Run the NER model; one Doc (in the model's vocab) per text, Doc or word list given.

    Texts are tokenized by spaCy's Dutch tokenizer; Docs and word lists keep their tokens, so
    offsets agree with the caller's tokenization. A single text or Doc gives a one-item list.
    With ``consistent`` (the default) each Doc's entity types are then made consistent
    within it (:func:`make_consistent`); without it they are the model's own.
    """
    from spacy.tokens import Doc

    nlp = nlp or load_ner()
    items = [texts_or_docs] if isinstance(texts_or_docs, str | Doc) else list(texts_or_docs)
    docs = [_as_model_doc(item, nlp) for item in items]
    tagged = list(nlp.pipe(docs, batch_size=batch_size))
    return [make_consistent(doc) for doc in tagged] if consistent else tagged


def entities(
    text_or_doc: str | Doc, nlp: Language | None = None, consistent: bool = True
) -> list[Entity]:
    """The entities of one text or Doc, with character offsets and labels (see :func:`tag`)."""
    (doc,) = tag(text_or_doc, nlp, consistent=consistent)
    return [Entity(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents]


__all__ = [
    "MODEL_DIR",
    "Entity",
    "NerModelMissingError",
    "entities",
    "load_ner",
    "make_consistent",
    "tag",
]
