"""The composed pipeline: tokenizer settings that every stage relies on."""

from __future__ import annotations

from hearsay.nlp.pipeline import build_nlp


def test_pipeline_words_spacy_keeps_as_abbreviations_lose_their_full_stop() -> None:
    tokenizer = build_nlp("nl").tokenizer
    words = [token.text for token in tokenizer("Hij stak zijn hand. De pers. Het best.")]
    assert "hand." not in words and "pers." not in words and "best." not in words
    assert words.count(".") == 3


def test_pipeline_abbreviations_of_the_language_pack_stay_whole() -> None:
    tokenizer = build_nlp("nl").tokenizer
    words = [token.text for token in tokenizer("Dat zegt prof. Jansen, bijv. over nr. 5.")]
    assert {"prof.", "bijv.", "nr."} <= set(words)


def test_pipeline_a_subject_pronoun_after_an_initial_opens_a_sentence() -> None:
    nlp = build_nlp("nl")
    doc = nlp("Het ging over verdachte Bekir E. Ze zouden het plan hebben gehad. Jan P. de Vries.")
    starts = [token.text for token in doc if token.is_sent_start]
    assert starts == ["Het", "Ze", "Jan"]  # "P. de Vries" stays one name
