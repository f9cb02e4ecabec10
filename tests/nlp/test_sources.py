"""Source resolution: the weighted clues that pick a pronoun's referent."""

from __future__ import annotations

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
