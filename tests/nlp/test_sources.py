"""Source resolution: the weighted clues that pick a pronoun's referent."""

from __future__ import annotations

import pytest

from hearsay import analyze
from hearsay.lang import load_language
from hearsay.nlp import sources


def test_sources_pronoun_candidates_are_scored_by_weights_of_the_language_pack() -> None:
    trace: sources.PronounTrace = []
    sources.PRONOUN_TRACE = trace
    try:
        analyze("Jan de Vries kwam binnen. Marie Jansen zat er al. Hij zei dat het koud was.")
    finally:
        sources.PRONOUN_TRACE = None
    assert trace, "the pronoun source was not resolved through the weighted candidates"
    _position, pronoun, candidates, chosen = trace[0]
    assert pronoun == "hij"
    # gender rules Marie out before any weighing; every clue has a weight in the pack
    assert [entity.name for entity, _ in candidates] == ["Jan de Vries"]
    assert chosen is not None and chosen.name == "Jan de Vries"
    weights = load_language("nl").pronoun_weights
    for _entity, features in candidates:
        assert set(features) <= set(weights), set(features) - set(weights)


def test_sources_the_spokesperson_of_a_name_with_a_bare_apostrophe_is_a_representative() -> None:
    text = "Wie informatie prijsgeeft, krijgt een boete, zegt Bolsius' woordvoerder."
    [attribution] = analyze(text).attributions
    assert attribution.source is not None and attribution.source.text == "Bolsius' woordvoerder"
    assert attribution.source_type == "representative"
    assert attribution.source_name is None  # the spokesperson, not Bolsius


def test_sources_person_named_in_another_speakers_words_is_no_pronoun_topic() -> None:
    text = (
        "Thierry Baudet won. Baudet was blij. Baudet sprak. Baudet lachte. Politici als Baudet "
        "wegzetten zal de polarisatie vergroten, zegt de Engelse politicoloog Matthew Goodwin. "
        "In NRC zei hij onlangs dat het averechts werkt."
    )
    found = [a for a in analyze(text).attributions if "averechts" in a.content.text]
    assert found and found[0].source_name == "Matthew Goodwin"


def test_sources_the_website_of_a_body_is_a_document_not_an_outlet() -> None:
    text = (
        "De Telegraaf schreef het eerst. Volgens de website van de provincie gaat de weg "
        "dicht. Volgens de website van De Telegraaf blijft de weg open."
    )
    body, outlet = analyze(text).attributions
    assert body.source_type == "document" and body.source_name is None
    assert outlet.source_type == "outlet" and outlet.source_name == "De Telegraaf"


def test_sources_an_indefinite_role_is_someone_new_and_one_of_a_group_is_a_person() -> None:
    onlooker = analyze("Kat Kerkhofs was er ook. Een toeschouwer zegt dat het een chaos was.")
    [attribution] = onlooker.attributions
    assert attribution.source_type == "person" and attribution.source_name is None
    [attribution] = analyze("Een van de organisatoren zegt dat het feest doorgaat.").attributions
    assert attribution.source_type == "person"


def test_sources_plural_pronoun_takes_up_a_group_named_after_an_inverted_verb() -> None:
    text = (
        "Daartegenover staan partijleden die waarschuwen voor de risico's. Volgens hen zijn de "
        "gevolgen niet te overzien."
    )
    [attribution] = analyze(text).attributions
    assert attribution.source_type == "group" and attribution.source_name == "partijleden"


def test_sources_plural_pronoun_takes_up_a_plural_opening_the_sentence_before() -> None:
    text = (
        "Jongvolwassenen zien de aandacht voor het klimaat kleiner worden. Daarnaast geven ze "
        "aan dat het effect groot is."
    )
    found = [a for a in analyze(text).attributions if "effect groot" in a.content.text]
    assert found and found[0].source_name == "Jongvolwassenen"


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("De ambassade laat weten dat de reisadviezen niet veranderen.", "organisation"),
        ("De partijtop zegt dat de lijsttrekker blijft.", "organisation"),
        ("De meeste partijen vinden dat de provincie goed is zoals die nu is.", "organisation"),
        ("De werkgevers zeggen dat de lonen matig stijgen.", "organisation"),
        ("Volgens berekeningen van het planbureau stijgen de lasten.", "document"),
        ("Volgens de eerste resultaten wint de oppositie.", "document"),
    ],
)
def test_sources_source_nouns_type_the_source(text: str, source_type: str) -> None:
    [attribution] = analyze(text).attributions
    assert attribution.source_type == source_type
