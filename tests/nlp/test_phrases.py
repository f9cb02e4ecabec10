"""Phrase helpers: plurals by their endings."""

from __future__ import annotations

import pytest

from hearsay.nlp.phrases import is_plural_noun


@pytest.mark.parametrize("word", ["vrouwen", "kenners", "sceptici", "chauffeurs", "collega's"])
def test_is_plural_noun_by_its_ending(word: str) -> None:
    assert is_plural_noun(word)


@pytest.mark.parametrize("word", ["chauffeur", "kind", "bus", "sa's", "jaar"])
def test_is_plural_noun_rejects_singulars_and_short_words(word: str) -> None:
    assert not is_plural_noun(word)
