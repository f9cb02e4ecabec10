"""Sources: what kind of source a phrase is, and which entity it resolves to.

"een insider" is anonymous, "de woordvoerder" a representative, "het Amerikaanse magazine
People" the outlet People, "hij" the nearest person named before it, "de rapper" the person
the article calls a rapper (or, failing that, the person it is most about).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from hearsay.lang import LanguagePack, noun_type
from hearsay.model import Entity, Mention
from hearsay.nlp.entities import AGE_WORD, EntityIndex
from hearsay.nlp.phrases import (
    SOURCE_PLACE_PREPOSITIONS,
    Phrases,
    is_capitalised,
    is_capitalised_text,
    is_hyphenated_plural,
    is_plural_noun,
    is_quote_mark,
    sentence_at,
)
from hearsay.nlp.phrases import token_index as token_at_char

PRONOUN_GENDER = {"hij": "m", "hem": "m", "haar": "f"}  # "zij" may be plural
PRONOUN_SOURCES = {"hij", "hem", "zij", "ze", "haar", "ik", "wij", "we", "men", "zijn"}
FIRST_PERSON = {"ik", "wij", "we", "mij", "me"}
VIA_PREPOSITIONS = {"in", "bij", "aan", "tegenover", "tegen", "op"}
# Words that head a partitive phrase ("een van de bronnen"): the type is the noun's after van.
PARTITIVE_HEADS = {"een", "één", "twee", "drie", "vier", "enkele", "sommige", "velen", "veel"}
# A country that speaks ("Syrië ziet het besluit als een aanval") is its government.
ENTITY_SOURCE_TYPES = {
    "PER": "person",
    "ORG": "organisation",
    "OUTLET": "outlet",
    "LOC": "organisation",
}


# Outlet nouns that are just web pages when they belong to someone ("de website van de
# provincie" is a document, "de website van De Telegraaf" the outlet).
WEB_PAGES = frozenset({"website", "site", "webpagina", "webpagina's"})
# Role nouns for the person a passage is about when no name carries them.
LOCAL_ROLE_NOUNS = frozenset({"voorman", "voorvrouw", "leider", "kopstuk", "boegbeeld"})
# Set to a list by scripts/train_pronoun_weights.py: each pronoun resolution appends
# (character position, pronoun, [(candidate, features)], chosen entity) to it.
PronounTrace = list[tuple[int, str, list[tuple[Entity, dict[str, int]]], Entity | None]]
PRONOUN_TRACE: PronounTrace | None = None
SPEAKER_REACH = 300  # characters between the end of that report and the pronoun's sentence
QUESTION_CUES = frozenset({"vroeg", "vraagt", "vroegen", "vragen", "gevraagd"})
# Words after which a clause with a subject of its own begins, for "ze" + a plural verb.
PLURAL_CLAUSE_OPENERS = frozenset(
    {"maar", "want", ";", "omdat", "doordat", "nadat", "toen", "terwijl", "waardoor"}
)
# Nouns naming a share of a group: "de helft vindt dat ..." reports a group's view.
SHARE_NOUNS = frozenset({"helft", "meerderheid", "minderheid", "procent"})


@dataclass
class ResolvedSource:
    source_type: str
    source_name: str | None = None
    entity: Entity | None = None
    via: str | None = None


class SourceResolver:
    """Types a source phrase and links it to an entity of the article."""

    def __init__(self, doc: Doc, pack: LanguagePack, entities: EntityIndex) -> None:
        self.doc = doc
        self.pack = pack
        self.entities = entities
        self.phrases = Phrases(doc, pack)
        # (end character, person, was a question) of each report resolved so far, in
        # reading order: the attribution stage records them.
        self.speakers: list[tuple[int, Entity, bool]] = []
        # The direct quotes resolved so far with their speaker: (content start, end, speaker).
        self.quote_speakers: list[tuple[int, int, Entity]] = []
        # The content of every report resolved so far: (start, end, its source's entity).
        self.report_contents: list[tuple[int, int, Entity | None]] = []

    def record_speaker(self, end: int, entity: Entity | None, cue: str | None) -> None:
        if entity is not None and entity.type == "PER":
            question = bool(cue) and cue.split()[0].lower() in QUESTION_CUES
            self.speakers.append((end, entity, question))

    def record_content(self, start: int, end: int, entity: Entity | None) -> None:
        self.report_contents.append((start, end, entity))

    def inside_others_report(self, position: int, entity: Entity) -> bool:
        """Whether character ``position`` is in the content of a report by someone other
        than ``entity``: a person named there is what the speaker talks about."""
        return any(
            start <= position < end and speaker is not entity
            for start, end, speaker in self.report_contents
        )

    def record_quote_speaker(self, start: int, end: int, entity: Entity | None) -> None:
        if entity is not None and entity.type == "PER":
            self.quote_speakers.append((start, end, entity))

    def speaker_quoting(self, position: int) -> Entity | None:
        """The speaker of a resolved direct quote that holds character ``position``."""
        for start, end, entity in reversed(self.quote_speakers):
            if start <= position < end:
                return entity
        return None

    def last_speaker(self, position: int, since: int = 0) -> tuple[Entity, bool] | None:
        """The person of the report that ended last before ``position``, if it ended near
        it and after ``since``."""
        for end, entity, question in reversed(self.speakers):
            if end <= position:
                near = position - end <= SPEAKER_REACH and end > since
                return (entity, question) if near else None
        return None

    def noun_type(self, word: str) -> str | None:
        """The source type of a noun, matching compounds on their last part."""
        return noun_type(self.pack, word.lower())

    def resolve(self, start: int, end: int) -> ResolvedSource:
        """Resolve the source phrase of tokens ``[start, end)``."""
        doc = self.doc
        tokens = list(doc[start:end])
        lower = [token.lower_ for token in tokens]
        if len(tokens) == 1 and lower[0] in {"laatstgenoemde", "eerstgenoemde"}:
            # "Laatstgenoemde stelde ...": the person named last, or the one named before.
            people = self.persons_before(doc[start].idx)
            index = -1 if lower[0] == "laatstgenoemde" else -2
            entity = people[index] if len(people) >= -index else None
            self._add_pronoun_mention(entity, start, end)
            return ResolvedSource("person", entity.name if entity else None, entity)
        if len(tokens) == 1 and lower[0] == "men":
            return ResolvedSource("group")  # "men zegt dat": people in general, no one named
        if len(tokens) == 1 and lower[0] in {"die", "deze"}:
            # "Niels van Baarlen, die zei dat ...", "vervolgt De Mol haar verklaring, die ook
            # schrijft": the name right before the relative, else the person named last.
            entity = None
            if start > 0 and doc[start - 1].text in {".", "!", "?"}:
                # "..., Nigeriaanse broers. Die verklaarden dat ...": the sentence before
                # ended with the phrase a demonstrative opening this one stands for.
                ending = self.phrase_before(start - 1)
                if ending is not None:
                    return ending
            for k in range(start - 1, max(-1, start - 4), -1):
                entity = self.entities.by_token.get(k)
                if entity is not None or doc[k].text not in {",", "'s"}:
                    break
            if entity is None or entity.type not in {"PER", "ORG", "OUTLET"}:
                people = self.persons_before(doc[start].idx)
                entity = people[-1] if people else None
            if entity is not None:
                self._add_pronoun_mention(entity, start, end)
                return ResolvedSource(self.entity_source_type(entity), entity.name, entity)
        if len(tokens) == 1 and lower[0] in {"hen", "hun"}:
            # "De twee politici Jens Holm en Hakan Svenneling ... Volgens hen ...": the two
            # persons named together just before.
            pair = self.coordinated_persons(start)
            if pair is not None:
                return ResolvedSource("person", pair)
            # "Sala en andere ambtenaren benadrukten ... Volgens hen ...": always plural, so
            # the plural subject of a sentence just before, never one person.
            group = self.plural_subject_before(start)
            if group is not None:
                return group
        if len(tokens) == 1 and lower[0] in {"ze", "zij"} and self.plural_verb_beside(start):
            # "Ze vinden dat ...", "zeggen zij": a plural verb makes "ze" a group, the
            # plural subject of a sentence just before ("De chauffeurs ... zochten ...").
            group = self.plural_subject_before(start)
            if group is not None:
                return group
            pair = self.coordinated_persons(start)
            if pair is not None:
                return ResolvedSource("person", pair)  # "Van Engelshoven en Slob ... Zij ..."
            organisation = self.organisation_before(start)
            if organisation is not None:
                # "Volgens Transport en Logistiek Nederland is er ... Zij zeggen dat ...":
                # an organisation is "zij" with a plural verb
                self._add_pronoun_mention(organisation, start, end)
                return ResolvedSource(
                    self.entity_source_type(organisation), organisation.name, organisation
                )
        if len(tokens) == 1 and lower[0] in PRONOUN_SOURCES:
            entity = self.nearest_person(start, first_person=lower[0] in FIRST_PERSON)
            self._add_pronoun_mention(entity, start, end)
            source_type = self.entity_source_type(entity) if entity else "person"
            return ResolvedSource(source_type, entity.name if entity else None, entity)

        if self._is_share(lower):
            return ResolvedSource("group")  # "Ruim 80 procent", "negen op de tien respondenten"
        if (
            len(tokens) >= 2
            and lower[0] == "de"
            and AGE_WORD.match(lower[1])
            and self.noun_type(lower[-1]) in {None, "person"}
        ):
            # "De 26-jarige blondine legde uit ...": an age instead of a name, for the person
            # the article has been talking about.
            entity = self.nearest_person(start)
            self._add_pronoun_mention(entity, start, end)
            return ResolvedSource("person", entity.name if entity else None, entity)
        # The head: the part before "van/uit/rond ..." ("de woordvoerder van de club").
        head_end = end
        for i, token in enumerate(tokens):
            if i > 0 and (
                self.pack.is_class(token.lower_, "np_preposition")
                or (
                    token.lower_ in SOURCE_PLACE_PREPOSITIONS
                    and self.noun_type(lower[i - 1]) is not None
                )
            ):
                head_end = start + i
                break
        if head_end - start == 1 and lower[0] in PARTITIVE_HEADS:
            head_end = end  # "een van de bronnen", "twee van zijn vrienden": the noun after van
        named = self.entities.entity_at(start, head_end)
        if named is not None:
            named_end = start
            while named_end < head_end and self.entities.by_token.get(named_end) is not named:
                named_end += 1
            while named_end < head_end and self.entities.by_token.get(named_end) is named:
                named_end += 1
            if (
                named_end + 1 < head_end
                and doc[named_end].text in {"'", "’"}
                and doc[named_end - 1].text.endswith(("s", "x", "z"))
            ):
                named_end += 1  # "Bolsius' woordvoerder": the apostrophe alone
            if (
                named_end < head_end
                and doc[named_end - 1].text.endswith(("s", "'", "’"))
                and doc[named_end].text[:1].islower()
                and self.noun_type(doc[named_end].lower_) is not None
            ):
                # "Depps talentmanager Tracey Jacobs": the genitive names whose manager it is;
                # the source is the name after the noun, if any.
                named = self.entities.entity_at(named_end, head_end)
        if named is None and head_end < end:
            named = self._person_after_employer(head_end, end)
        organisations = self.coordinated_organisations(start, end)
        if organisations is not None:
            # "Coalitiepartijen D66 en ChristenUnie", "Oppositiepartijen SP en PvdA"
            return ResolvedSource("organisation", organisations)
        lowers, texts = self.phrases.lowers, self.phrases.texts
        typed_nouns = [
            (i, self.noun_type(lowers[i]))
            for i in range(start, head_end)
            if i == start or not is_capitalised_text(texts[i])
        ]
        typed_nouns = [(i, t) for i, t in typed_nouns if t]
        if typed_nouns:
            noun_index, source_type = typed_nouns[-1]
            noun = doc[noun_index].lower_
            if (
                named is not None
                and named.type == "PER"
                and source_type in {"person", "representative", "anonymous"}
            ):
                # "zijn advocaat Geert-Jan Knoops"; a named friend is a person, not anonymous.
                if source_type == "anonymous":
                    source_type = "person"
                return ResolvedSource(source_type, named.name, named)
            if (
                named is not None
                and source_type in {"outlet", "organisation"}
                and named.type in {"OUTLET", "ORG"}
            ):
                return ResolvedSource(ENTITY_SOURCE_TYPES[named.type], named.name, named)
            if source_type == "group" and lower[0] in {"een", "één"} and lower[1:2] == ["van"]:
                return ResolvedSource("person")  # "een van de organisatoren": one of them
            if source_type == "person" and lower[0] in {"een", "één"}:
                # "een toeschouwer", "Een omstander": someone new, not a person named before
                return ResolvedSource("person")
            if source_type == "person":
                entity = self.person_with_role(noun, start)
                return ResolvedSource("person", entity.name if entity else None, entity)
            if (
                source_type == "outlet"
                and noun in WEB_PAGES
                and head_end < end
                and not any(
                    entity.type == "OUTLET"
                    for entity in (named, self.entities.entity_at(head_end, end))
                    if entity is not None
                )
            ):
                # "de website van de provincie": the pages of a body that is no news medium
                return ResolvedSource("document")
            if source_type == "outlet":
                entity = self.nearest_of_type(start, "OUTLET")
                return ResolvedSource("outlet", entity.name if entity else None, entity)
            if source_type == "organisation" and is_plural_noun(noun):
                return ResolvedSource("organisation")  # "de opsporingsdiensten": several
            if source_type == "organisation":
                entity = self.organisation_for(noun, start)
                return ResolvedSource("organisation", entity.name if entity else None, entity)
            if source_type == "group" and self._close_circle(lower[head_end - start :]):
                return ResolvedSource("anonymous")
            return ResolvedSource(source_type)
        if named is not None:
            return ResolvedSource(self.entity_source_type(named), named.name, named)
        head = lower[head_end - start - 1].split("-")[-1]
        head_token = tokens[head_end - start - 1]
        if is_plural_noun(head) and lower[0] in {"een", "één"} and head_end - start > 2:
            return ResolvedSource("person")  # "één van de fractievoorzitters": one person
        if is_plural_noun(head) and (
            not is_capitalised(head_token)
            # "Fidesz-getrouwen", "PVV-stemmers": a lower-case plural after the hyphen
            or is_hyphenated_plural(head_token.text)
            # "Privacy-belangengroepen zeggen": capitalised only by its place
            or (head_end - start == 1 and self.capitalised_by_place(head_token))
        ):
            return ResolvedSource("group")  # "sceptici", "lesbische vrouwen"
        if any(is_capitalised(token) for token in tokens):
            organisation = all(t.text.isupper() for t in tokens) or lower[0] == "het"
            return ResolvedSource("organisation" if organisation else "person")  # "het Nibud"
        return ResolvedSource("unknown")

    def capitalised_by_place(self, token: Token) -> bool:
        """A word opening its sentence, capitalised only by its place: no word of a name
        in the article ("Anders zegt" after "Rosa Anders" is the surname)."""
        return token.is_sent_start and not any(
            token.text in entity.name.split() for entity in self.entities.entities
        )

    def _person_after_employer(self, head_end: int, end: int) -> Entity | None:
        """The person that ends a source phrase right after the name of where they work
        ("de minister van Buitenlandse Zaken Wang Yi", "de woordvoerder van Tata Steel Jan
        Boer"); not a person right after "van" ("de moeder van Lili")."""
        person = self.entities.by_token.get(end - 1)
        if person is None or person.type != "PER":
            return None
        first = end - 1
        while first > head_end and self.entities.by_token.get(first - 1) is person:
            first -= 1
        employer = self.entities.by_token.get(first - 1)
        if employer is not None and employer.type in {"ORG", "LOC", "OUTLET"}:
            return person
        return None

    def _is_share(self, words: list[str]) -> bool:
        """A share of people: "43 procent van de ondervraagden", "ruim de helft"."""
        head = words[:4]
        if "van" in head:
            head = head[: head.index("van")]
        if any(word in SHARE_NOUNS for word in head):
            return True
        first = 1 if self.pack.is_class(words[0], "approximator") and len(words) > 1 else 0
        number = words[first][:1].isdigit() or self.pack.is_class(words[first], "numeral")
        return number and ("procent" in head or "%" in head or "op" in head)

    def _close_circle(self, words: list[str]) -> bool:
        """ "uit de omgeving van Marco", "rond de zangeres": people close to someone."""
        for marker in self.pack.markers.get("close_circle", []):
            size = len(marker)
            if any(tuple(words[i : i + size]) == marker for i in range(len(words) - size + 1)):
                return True
        return False

    def is_reliable(self, entity: Entity) -> bool:
        """A name we trust to be a speaker: a full name, a known first name or gender, a
        role, mentioned more than once, or a speaker already ("..., aldus Jansen. Hij ...");
        not a capitalised word that opens a sentence."""
        return (
            len(entity.name.split()) > 1
            or (entity.type in {"ORG", "OUTLET"} and entity.name.isupper() and len(entity.name) > 1)
            or "gender" in entity.attributes
            or "role" in entity.attributes
            or sum(m.kind == "name" for m in entity.mentions) > 1
            or any(speaker is entity for _, speaker, _ in self.speakers)
        )

    def entity_source_type(self, entity: Entity) -> str:
        """A named person is a representative when the article calls them one
        ("advocaat Gerald Roethof ... zegt Roethof")."""
        if entity.type == "PER":
            role = entity.attributes.get("role")
            if role and self.noun_type(role.removesuffix("-generaal")) == "representative":
                return "representative"
        if entity.type == "MISC" and is_plural_noun(entity.name.split()[-1].split("-")[-1].lower()):
            return "group"  # "De Amerikanen", "Amsterdammers": a people
        return ENTITY_SOURCE_TYPES.get(entity.type, "unknown")

    def via_after(self, end: int, limit: int) -> str | None:
        """The outlet in "de bron in Page Six" / "de bron in het magazine" right after a source."""
        doc = self.doc
        if end < limit and doc[end].lower_ in VIA_PREPOSITIONS:
            phrase = self.phrases.noun_phrase_at(end + 1, limit)
            if phrase is None:
                return None
            resolved = self.resolve(*phrase)
            if resolved.source_type == "outlet":
                return resolved.source_name
        return None

    # -- entity lookups -----------------------------------------------------------------
    def named_pairs(self, start: int, end: int, entity_type: str) -> list[tuple[Entity, Entity]]:
        """Two entities of ``entity_type`` named together ("X en Y") in tokens
        ``[start, end)``, in reading order."""
        lowers = self.phrases.lowers
        pairs = []
        for i in range(start + 1, end - 1):
            # "X en Y", "zowel X als Y"
            if lowers[i] != "en" and not (lowers[i] == "als" and "zowel" in lowers[start:i]):
                continue
            left_end = i - 1
            if lowers[left_end] == ")":
                # "Ingrid van Engelshoven (D66) en Arie Slob": the party in brackets after
                # the name.
                opening = next(
                    (
                        k
                        for k in range(left_end - 1, max(start, left_end - 5) - 1, -1)
                        if lowers[k] == "("
                    ),
                    None,
                )
                if opening is not None:
                    left_end = opening - 1
            left = self.entities.by_token.get(left_end)
            right = self.entities.by_token.get(i + 1)
            if (
                left is not None
                and right is not None
                and left is not right
                and left.type == entity_type
                and right.type == entity_type
            ):
                pairs.append((left, right))
        return pairs

    def coordinated_organisations(self, start: int, end: int) -> str | None:
        """The names of two organisations coordinated in a source phrase, "X en Y"."""
        pairs = self.named_pairs(start, end, "ORG")
        return f"{pairs[0][0].name} en {pairs[0][1].name}" if pairs else None

    def organisation_before(self, token_index: int) -> Entity | None:
        """The organisation named last in the sentence before ``token_index`` (or earlier
        in its own), when no person is named after it there."""
        sentence = sentence_at(self.doc, token_index)
        begin = sentence_at(self.doc, sentence.start - 1).start if sentence.start > 0 else 0
        last: Entity | None = None
        for k in range(begin, token_index):
            entity = self.entities.by_token.get(k)
            if entity is not None and entity.type in {"ORG", "PER", "OUTLET"}:
                last = entity
        return last if last is not None and last.type == "ORG" else None

    def coordinated_persons(self, token_index: int) -> str | None:
        """ "Linda H. en Leo den H.": two persons named together ("X en Y") in this sentence
        before ``token_index`` or in the two sentences before, the nearest such pair."""
        start = sentence_at(self.doc, token_index).start
        for _ in range(2):
            if start == 0:
                break
            start = sentence_at(self.doc, start - 1).start
        pairs = [
            (left, right)
            for left, right in self.named_pairs(start, token_index, "PER")
            if self.is_reliable(left)
        ]
        return f"{pairs[-1][0].name} en {pairs[-1][1].name}" if pairs else None

    def phrase_before(self, end: int) -> ResolvedSource | None:
        """The source a sentence-initial demonstrative stands for: a person, organisation
        or outlet named last before token ``end``, or a plural noun phrase ending there."""
        doc = self.doc
        entity = self.entities.by_token.get(end - 1)
        if entity is not None:
            if entity.type not in {"PER", "ORG", "OUTLET"}:
                return None
            start = end - 1
            while start > 0 and self.entities.by_token.get(start - 1) is entity:
                start -= 1
            self._add_pronoun_mention(entity, start, end)
            return ResolvedSource(self.entity_source_type(entity), entity.name, entity)
        sentence_start = sentence_at(doc, max(0, end - 1)).start
        for start in range(max(sentence_start, end - 6), end):
            phrase = self.phrases.noun_phrase_at(start, end)
            if phrase is None or phrase[1] != end:
                continue
            preposition = next(
                (
                    k
                    for k in range(phrase[0] + 1, end)
                    if self.phrases.is_at(k, "preposition", "np_preposition")
                ),
                None,
            )
            if preposition is not None and self.noun_type(doc[preposition - 1].lower_) is None:
                # "een geluid uit de gemeenteraad": no source before the preposition, so
                # the phrase after it (not "de woordvoerder van de politie")
                continue
            head = doc[end - 1]
            if is_plural_noun(head.lower_) and not is_capitalised(head):
                return ResolvedSource("group", doc[phrase[0] : phrase[1]].text)
            noun_type = self.noun_type(head.lower_)
            if noun_type is not None and noun_type != "person":
                # "... droeg zijn onderzoek over aan de politie. Die bevestigde ...": a
                # source noun of its own (a person's role is left to the person rules)
                resolved = self.resolve(*phrase)
                if resolved.source_name is None:  # the demonstrative takes up the phrase
                    resolved.source_name = doc[phrase[0] : phrase[1]].text
                return resolved
            return None
        return None

    def plural_verb_beside(self, index: int) -> bool:
        """Whether the finite verb right after (or, inverted, right before) the pronoun at
        ``index`` is plural: "ze vinden", "zeggen ze", not "ze vindt"."""
        lowers = self.phrases.lowers
        for k in (index - 1, index + 1):  # inverted ("zei ze zijn ...") first
            if 0 <= k < len(lowers) and (
                lowers[k] in self.pack.cue_verbs or self.phrases.is_at(k, "verb")
            ):
                return lowers[k].endswith("en") or lowers[k] == "zijn"  # "ze zijn"
        before = lowers[index - 1] if index > 0 else ""
        # "Minutenlang scandeerden zij": a word the lists lack, in the past plural of a
        # weak verb (-den, -ten), right before the pronoun.
        return (
            before.endswith(("den", "ten"))
            and before.isalpha()
            and before not in self.pack.word_classes
            and before not in self.pack.source_nouns
        )

    def plural_subject_before(self, index: int) -> ResolvedSource | None:
        """The plural noun phrase that opens this sentence (before ``index``) or one of the
        two before it, nearest first: "De bonden ...", "Nederland en een aantal kleinere
        landen ...". Names of persons are left to the person rules."""
        doc = self.doc
        sentence = sentence_at(doc, index)
        starts = [sentence.start] if sentence.start < index - 1 else []
        start = sentence.start
        previous_start = sentence_at(doc, start - 1).start if start > 0 else 0
        for _ in range(2):
            if start == 0:
                break
            start = sentence_at(doc, start - 1).start
            starts.append(start)
        lowers = self.phrases.lowers
        for start in starts:
            end = min(sentence_at(doc, start).end, index)
            if end == index and index - 1 > start:
                end = index - 1  # "Minutenlang scandeerden zij": the verb before it, no subject
            # The sentence's own subject, or that of a clause after "maar", "omdat" or a
            # semicolon ("Duitsland gaat mee, maar Nederland en ... zijn tegen", "... stil
            # omdat de bonden wegliepen"), the last first.
            clause_starts = [start] + [
                k + 1 for k in range(start, end - 1) if lowers[k] in PLURAL_CLAUSE_OPENERS
            ]
            # A capitalised plural opening a sentence ("Jongvolwassenen zien ...") counts in
            # this sentence and the one before only: further back it is too weak a clue.
            near = start >= previous_start
            for begin in reversed(clause_starts):
                found = self._plural_phrase_at(begin, end, sentence_opener=near)
                if found is not None:
                    return found
        return None

    def _plural_phrase_at(
        self, begin: int, end: int, *, sentence_opener: bool = True
    ) -> ResolvedSource | None:
        doc = self.doc
        lowers = self.phrases.lowers
        while begin < end and (
            self.phrases.is_at(begin, "coordinator", "adverb") or not doc[begin].is_alpha
        ):
            begin += 1
        if (
            begin > 0
            and begin + 1 < end
            and self.phrases.is_at(begin - 1, "adverb")
            and self.phrases.is_at(begin, "verb")
        ):
            begin += 1  # "Daartegenover staan partijleden die ...": the subject after the verb
        phrase = self.phrases.noun_phrase_at(begin, end)
        if phrase is None:
            return None
        if phrase[1] + 1 < end and lowers[phrase[1]] == "en":
            other = self.phrases.noun_phrase_at(phrase[1] + 1, end)
            named = self.entities.entity_at(*phrase)
            if other is not None and (
                # "Nederland en een aantal kleinere landen zijn ... tegen": both
                not (named is not None and named.type == "PER")
                # "Sala en andere ambtenaren benadrukten ...": a person and others with them
                or is_plural_noun(lowers[other[1] - 1])
            ):
                return ResolvedSource("group", doc[phrase[0] : other[1]].text)
        head = doc[phrase[1] - 1]
        if self.pack.is_class(head.lower_, "time"):
            return None  # "Al jaren proberen chauffeurs ...": a time, not who
        if is_plural_noun(head.lower_) and (
            not is_capitalised(head)
            # "Jongvolwassenen zien ...": capitalised only because it opens the sentence
            or (sentence_opener and phrase[1] - phrase[0] == 1 and self.capitalised_by_place(head))
        ):
            source_type = self.noun_type(head.lower_) or "group"
            if source_type == "person":
                source_type = "group"  # "de betogers": people, more than one
            return ResolvedSource(source_type, doc[phrase[0] : phrase[1]].text)
        return None

    def _mentions_before(self, position: int, entity_type: str) -> list[tuple[int, Entity]]:
        found = []
        for entity in self.entities.entities:
            if entity.type != entity_type:
                continue
            for mention in entity.mentions:
                if mention.kind == "name" and mention.end <= position:
                    found.append((mention.start, entity))
        return sorted(found, key=lambda item: item[0])

    def nearest_person(self, token_index: int, *, first_person: bool = False) -> Entity | None:
        """The person a pronoun refers to: of the persons named in the last paragraphs and
        compatible in gender, the one mentioned most and most recently."""
        doc = self.doc
        pronoun = doc[token_index].lower_
        position = doc[token_index].idx
        wanted = {"hij": "m", "hem": "m", "zijn": "m", "zij": "f", "ze": "f", "haar": "f"}.get(
            pronoun
        )
        tagged = self.quote_tagged_by(position)
        tagged_subject = opening_start = -1
        introduced_by_person = False
        if tagged:
            opening = sentence_at(doc, token_at_char(doc, tagged[0]))
            text = doc.user_data.get("text") or doc.text
            # A sentence that introduces the quote with a colon, not one the splitter ran on
            # into the quote ("..., stelt Gordon nu. "Ik zou ...", benadrukt hij").
            introduction = text[opening.start_char : tagged[0]].rstrip(" \n\"'“”‘’„,")
            opening_start = opening.start_char
            if introduction.endswith(":"):
                # Its subject: the first person named in it, after any role noun
                # ("Fractieleider Klaas Dijkhoff had een boodschap: ...").
                tagged_subject = opening.start_char
                introduction_end = opening.start_char + len(introduction)
                firsts = [
                    mention.start
                    for entity in self.entities.entities
                    if entity.type == "PER" and self.is_reliable(entity)
                    for mention in entity.mentions
                    if opening.start_char <= mention.start < introduction_end
                ]
                if firsts:
                    tagged_subject, introduced_by_person = min(firsts), True
        sentence = sentence_at(doc, token_index)
        previous_sentence_start = (
            sentence_at(doc, sentence.start - 1).start_char if sentence.start > 0 else 0
        )
        # The sentence a pronoun continues: the one before the quote it tags, or the one
        # before its own; the person named first there (its subject, most often) is the
        # likeliest referent ("Trump heeft ... gezet. Hij vindt ...").
        reference = tagged[0] if tagged and tagged_subject < 0 else sentence.start_char
        before_reference = token_at_char(doc, reference) - 1
        while before_reference >= 0 and (
            is_quote_mark(doc[before_reference]) or doc[before_reference].is_space
        ):
            before_reference -= 1  # the opening mark of the quote belongs to the quote
        reference_sentence = sentence_at(doc, before_reference) if before_reference >= 0 else None
        if tagged and reference_sentence is not None:
            # A tag after a quote of several sentences: "recent" counts from the sentence
            # before the quote, not from within it.
            previous_sentence_start = min(previous_sentence_start, reference_sentence.start_char)
        # "Trump staat niet bekend als fan. Hij bespotte haar. Hij maakte duidelijk ...": a
        # sentence that opens with the same pronoun continues the topic of the one before.
        for _ in range(3):
            if (
                reference_sentence is None
                or self.doc[reference_sentence.start].lower_ != pronoun
                or reference_sentence.start == 0
            ):
                break
            reference_sentence = sentence_at(doc, reference_sentence.start - 1)
        topic: Entity | None = None
        # A speaker whose report ended before the sentence the pronoun continues has been
        # followed by a new subject ("..., zegt Van der Knaap. Richard Steger is verbijsterd.").
        since = reference_sentence.start_char if reference_sentence else 0
        if introduced_by_person:
            # A person introduced the quote: whoever spoke before that has been followed by
            # a new subject.
            since = max(since, opening_start)
        speaker = self.last_speaker(reference, since=since)
        if reference_sentence is not None:
            window_end = doc[min(reference_sentence.start + 8, reference_sentence.end - 1)].idx
            first_start = None
            for entity in self.entities.entities:
                if entity.type != "PER" or not self.is_reliable(entity):
                    continue  # "Integendeel", "Republikeinen": a capitalised opener, no person
                for mention in entity.mentions:
                    if (
                        reference_sentence.start_char <= mention.start <= window_end
                        and (first_start is None or mention.start < first_start)
                        # "Politici als Baudet ..., zegt Matthew Goodwin. In NRC zei hij":
                        # named in another's words, no topic of the sentence
                        and not self.inside_others_report(mention.start, entity)
                    ):
                        first_start, topic = mention.start, entity
        # Inside someone's quote "hij"/"zij" is another person: the speaker would say "ik"
        # ('Gordon: "Hij zei: ..."' is Gerard, not Gordon).
        quoting = self.speaker_quoting(position)
        if first_person and quoting is not None:
            return quoting  # "ik" inside a quote is its speaker
        best: tuple[float, Entity] | None = None
        # The first words of the pronoun's own sentence, where its subject stands.
        opening_window_end = doc[min(sentence.start + 3, sentence.end - 1, token_index)].idx
        weights = self.pack.pronoun_weights
        trace = PRONOUN_TRACE
        candidates: list[tuple[Entity, dict[str, int]]] = []
        for entity in self.entities.entities:
            if entity.type != "PER" or (entity is quoting and not first_person):
                continue
            if not self.is_reliable(entity):
                continue  # "Rimpels weghalen: ...": a capitalised opener, no person
            gender = entity.attributes.get("gender")
            if wanted and gender and gender != wanted:
                continue
            before = [
                m
                for m in entity.mentions
                # In '"...", vertelt hij' the speaker is not someone the quote talks about.
                if m.end <= position and not (tagged and tagged[0] <= m.start < tagged[1])
            ]
            if not before:
                continue
            distance = position - before[-1].end
            if distance > 2500:
                continue
            features = {
                "mentions": min(len(before), 5),
                "distance": distance,
                "known_gender": 1 if gender else 0,
                # a full name whose first name the lists lack: "Tata Steel", "Parade Den
                # Bosch" may be no person at all
                "full_name": 1 if not gender and len(entity.name.split()) > 1 else 0,
                "in_prepositional_phrase": 0,
                "recent": 0,
                "topic": 1 if entity is topic else 0,
                "speaker": 0,
                "question_speaker": 0,
                "introduces_quote": 0,
                "opens_own_sentence": 0,
            }
            if self.in_prepositional_phrase(before[-1]):
                features["in_prepositional_phrase"] = 1  # "de moeder van Lili en Howick"
            elif before[-1].start >= previous_sentence_start:
                # Named in this sentence or the one before, not in a prepositional phrase:
                # the topic a following "hij" most often continues.
                features["recent"] = 1
            if speaker is not None and entity is speaker[0]:
                features["question_speaker" if speaker[1] else "speaker"] = 1
            if tagged and any(m.start == tagged_subject for m in before):
                # "Karin Swerink, hoofdredacteur, neemt het over: “...”, schrijft ze": the
                # subject of the sentence that introduces the quote speaks it.
                features["introduces_quote"] = 1
            if any(
                sentence.start_char <= m.start <= opening_window_end and m.end <= position
                for m in before
            ):
                # "Frank Lobo geeft de kerk gelijk, vertelt hij": the person opening the
                # pronoun's own sentence, before a tag
                features["opens_own_sentence"] = 1
            score = sum(weights.get(name, 0.0) * value for name, value in features.items())
            if trace is not None:
                candidates.append((entity, features))
            if best is None or score > best[0]:
                best = (score, entity)
        if trace is not None:
            trace.append((position, pronoun, candidates, best[1] if best else None))
        return best[1] if best else None

    def quote_tagged_by(self, position: int) -> tuple[int, int] | None:
        """The quote that a tag at ``position`` follows ('“...”, vertelt hij'): one that
        ends at most a few characters before it, with no letters but the cue between."""
        text = self.doc.user_data.get("text") or self.doc.text
        for quote in getattr(self.doc._, "quotes", None) or []:
            if quote.end <= position <= quote.end + 40:
                between = text[quote.end : position]
                if len(between.split()) <= 3 and not any(c in between for c in ".!?"):
                    return (quote.start, quote.end)
        return None

    def in_prepositional_phrase(self, mention: Mention) -> bool:
        """A mention governed by a preposition or listed after "en" ("van X", "X en Y")."""
        start = token_at_char(self.doc, mention.start)
        if start == 0:
            return False
        before = self.doc[start - 1]
        if before.lower_ == "en" and start >= 2:
            before = self.doc[start - 2]
            if self.entities.by_token.get(before.i) is not None:
                return True
        return self.pack.is_class(before.lower_, "preposition") or before.lower_ == "van"

    def persons_before(self, position: int) -> list[Entity]:
        """The persons named before ``position``, each once, in order of last mention."""
        order: dict[str, tuple[int, Entity]] = {}
        for start, entity in self._mentions_before(position, "PER"):
            order[entity.id] = (start, entity)
        return [entity for _, entity in sorted(order.values(), key=lambda item: item[0])]

    def nearest_of_type(self, token_index: int, entity_type: str) -> Entity | None:
        before = self._mentions_before(self.doc[token_index].idx, entity_type)
        if before:
            return before[-1][1]
        anywhere = [e for e in self.entities.entities if e.type == entity_type]
        return anywhere[0] if len(anywhere) == 1 else None

    def person_with_role(self, noun: str, position: int) -> Entity | None:
        """The person called ``noun`` in the article ("rapper Lil' Kleine", "Kim, de
        realityster"), or else the person the article mentions most."""
        doc = self.doc
        for entity in self.entities.entities:
            if entity.type != "PER":
                continue
            if entity.attributes.get("role") == noun:
                return entity
            for mention in entity.mentions:
                start = token_at_char(doc, mention.start)
                before = doc[max(0, start - 3) : start]
                if any(token.lower_ == noun or token.lower_.endswith(noun) for token in before):
                    entity.attributes.setdefault("role", noun)
                    return entity
        # Else the person mentioned most, of the gender the role noun has ("de komiek" is a
        # man, "de zangeres" a woman) when the article tells both.
        wanted = self.pack.gendered_nouns.get(noun)
        if noun in LOCAL_ROLE_NOUNS:
            # "..., aldus de voorman van Forum voor Democratie": a leader is the person the
            # passage is about, as a pronoun would be.
            return self.nearest_person(position)
        counts = Counter(
            {
                entity.id: sum(m.kind == "name" for m in entity.mentions)
                for entity in self.entities.entities
                if entity.type == "PER"
                and not (wanted and entity.attributes.get("gender") not in (None, wanted))
            }
        )
        if not counts:
            return None
        best_id, best_count = counts.most_common(1)[0]
        if best_count < 2:
            return None
        return next(e for e in self.entities.entities if e.id == best_id)

    def organisation_for(self, noun: str, token_index: int) -> Entity | None:
        """An organisation named with this noun ("gemeente Apeldoorn"), or the nearest one."""
        for entity in self.entities.entities:
            if entity.type == "ORG" and noun in entity.name.lower().split():
                return entity
        if self.pack.is_class(noun, "institution"):
            return None  # "de politie" is the police, not the company named before
        before = self._mentions_before(self.doc[token_index].idx, "ORG")
        return before[-1][1] if before else None

    def _add_pronoun_mention(self, entity: Entity | None, start: int, end: int) -> None:
        if entity is None:
            return
        span = self.doc[start:end]
        self.entities.add_mention(
            entity, Mention(span.start_char, span.end_char, span.text, "pronoun"), range(start, end)
        )
        # A person the article calls "hij" is a man from here on, so a later "ze" does not
        # land on him ("Wesley ... hij ... Yolanthe ... ze vertelt"); "ze" may be plural.
        gender = PRONOUN_GENDER.get(span.text.lower())
        if entity.type == "PER" and gender and "gender" not in entity.attributes:
            entity.attributes["gender"] = gender
