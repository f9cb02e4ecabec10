"""hearsay's Dutch named-entity recognizer: a small spaCy model shipped inside the package.

The model (``hearsay/models/nl_ner``, spaCy ``tok2vec`` + ``ner``, labels PER, ORG, LOC,
MISC, with static floret vectors from ``scripts/ner_vectors.py``) was trained by
``scripts/train_ner.py`` on CoNLL-2002 Dutch. It is loaded from the package folder with
``spacy.load(path)``; nothing is downloaded.

    from hearsay.ner import entities
    entities("Mark Rutte sprak in Den Haag.")
    # [Entity(start=0, end=10, label='PER', text='Mark Rutte'),
    #  Entity(start=20, end=28, label='LOC', text='Den Haag')]

Scores on CoNLL-2002 ned.testb (gold tokens, conlleval): entity F1 78.5 (PER 81.7,
ORG 74.9, LOC 81.9, MISC 75.8); see ``hearsay eval ner`` and docs/ner.md.
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


def tag(
    texts_or_docs: str | Doc | Iterable[str | Doc | list[str]],
    nlp: Language | None = None,
    batch_size: int = 64,
) -> list[Doc]:
    """Run the NER model; one Doc (in the model's vocab) per text, Doc or word list given.

    Texts are tokenized by spaCy's Dutch tokenizer; Docs and word lists keep their tokens, so
    offsets agree with the caller's tokenization. A single text or Doc gives a one-item list.
    """
    from spacy.tokens import Doc

    nlp = nlp or load_ner()
    items = [texts_or_docs] if isinstance(texts_or_docs, str | Doc) else list(texts_or_docs)
    docs = [_as_model_doc(item, nlp) for item in items]
    return list(nlp.pipe(docs, batch_size=batch_size))


def entities(text_or_doc: str | Doc, nlp: Language | None = None) -> list[Entity]:
    """The entities of one text or Doc, with character offsets and labels."""
    (doc,) = tag(text_or_doc, nlp)
    return [Entity(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents]


__all__ = ["MODEL_DIR", "Entity", "NerModelMissingError", "entities", "load_ner", "tag"]
