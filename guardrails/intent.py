"""Layer 2b: intents as co-occurring concepts, for attacks phrased in words no rule lists.

A rule in injection.py is a sequence ("ignore ... previous ... instructions"); paraphrases break
sequences. Here an intent is a set of concepts that must all occur within WINDOW characters of
each other, in any order: instruction override = a negation ("disregard", "no longer apply",
"aufgehoben") + a reference to instructions ("rules", "guidance", "consignes") + a reference to
earlier ones ("before", "you were given", "bisherigen"). Each concept is a lexicon (data), matched
on the normalised view, several languages per concept.

Scores sit at 0.7 (flagged by the default policy, not blocked): co-occurrence is weaker evidence
than a rule's sequence; a rule or the classifier agreeing is what blocks.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from guardrails.base import Finding, Scan
from guardrails.injection import TYPE

WINDOW = 90  # characters either side of the first concept's match
SCORE = 0.7


def _lex(words: str) -> str:
    """A lexicon as a regex: phrases separated by "|", a space inside a phrase is any non-word run,
    a trailing * is any word ending."""
    alts = []
    for w in (w.strip() for w in words.split("|")):
        if w:
            w = re.escape(w).replace(r"\ ", r"\W+").replace(r"\*", r"\w*")
            alts.append(w)
    return r"\b(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")\b"


CONCEPTS = {
    # Not "override" or "order": "the CSS override", "my order arrived" are everyday nouns.
    "negate": _lex("ignor* | disregard* | forget* | forgot | discard* | drop | scrap | skip |"
                   "bypass* | cancel* | void | revok* | reset | obsolete | invalid | supersed* | abandon* |"
                   "withdrawn | withdraw | expired | lifted | suspended | rescinded | replaced | null and void |"
                   "throw away | throw it away | throw out | toss | wipe | remove | removed | delete | deleted |"
                   "scrapped | stop being | no longer | caducaron | caduc* | gestrichen |"
                   "annullat* | superat* |"
                   "gilt nicht | gelten nicht | nicht mehr gultig | supprim* | retir* | caduc* | ya no valen |"
                   "no valen | non valgono | nao valem |"
                   "no longer apply | no longer valid | doesn t matter | does not matter | don t matter |"
                   "do not follow | don t follow | stop following | not follow | blank slate | clean slate |"
                   "olvid* | descart* | no sigas | no hagas caso | ya no | oubli* | ne tiens plus compte |"
                   "ne tenez plus compte | ne suis plus | annul* | vergiss* | ignorier* | aufgehoben | ungultig |"
                   "nicht mehr | verwirf | negeer* | vergeet | dimentica* | esquec* | desconsider*"),
    "orders": _lex("instruction* | rule* | guidance | guideline* | direction* | directive* | prompt* | commands |"
                   "programming | constraint* | task* | setup | configuration | policy | policies | brief | briefing |"
                   "directive* | mandate | aufgetragen | auftrag | vorgaben | directiv* | consegn* | playbook |"
                   "preamble | script | ordenes | ordres | mission | persona |"
                   "regla* | instruccion* | indicacion* | norma* | consigne* | regle* | anweisung* |"
                   "regel* | vorgabe* | befehl* | instructie* | regel | istruzion* | regol* | instruc* | regra*"),
    # Not "old": "forget the old rules about tipping" is news.
    "prior": _lex("previous* | prior | earlier | before | above | original* | initial* | preceding |"
                  "given | received | told | so far | until now | up to now | everything before | beginning |"
                  "from this point | from now on | from here on | any more | anymore | system | developer* |"
                  "anterior* | antes | dieron | dado | hasta ahora | a partir de ahora | auparavant | precedent* |"
                  "recu* | jusqu ici | desormais | bisherig* | vorherig* | vorig* | fruher* | ab jetzt | ab sofort |"
                  "zuvor | vorige | eerdere | precedenti | finora | anteriores | vorher | de depart | au depart |"
                  "handed | loaded | startup | at the start | configured | deployed | launched | set up | setup |"
                  "they set | you were built | ursprunglich* | tu configuracion | de tu configuracion"),
    "disclose": _lex("print* | copy | copies | repeat* | show* | dump* | reveal* | output* | list | tell | give |"
                     "share | display* | recite | paste | quote | spell out | write out | export | leak* |"
                     "what are | what were | what rules | which rules | muestr* | repit* |"
                     "dime | revel* | ensena* | affich* | montr* | repet* | donne* | dis moi | zeig* | gib |"
                     "wiederhol* | nenn* | verrat* | mostr* | ripet* | dimmi | diga | exact wording | full text |"
                     "in full | verbatim | word for word | recopi* | escrib* | schreib* | transcri* | scriv* |"
                     "character by character | what did they write | what did they tell | paste"),
    "secret": _lex("system prompt | system message | setup message | preamble | pre prompt | preprompt |"
                   "initial prompt | hidden prompt | developer message | hidden instructions | hidden rules |"
                   "secret instructions | internal instructions | your instructions | your rules |"
                   "your configuration | your guidelines | your prompt | your system | you were given |"
                   "you got from | you received | i can t see | beginning of this session |"
                   "beginning of this conversation | before my first | first message |"
                   "instrucciones ocultas | mensaje del sistema | prompt del sistema | tus instrucciones |"
                   "instructions cachees | message systeme | tes instructions | vos instructions |"
                   "brief you | briefing | operator notes | loaded into you | governs your | govern your |"
                   "deployed you | configured you | your makers | your creators | your developers | context window |"
                   "your setup | your startup | configuracion inicial | message de configuration |"
                   "directives de depart | deine vorgaben | deine konfiguration | opening instructions |"
                   "setup text | hidden setup | users never see | users can t see | user never sees |"
                   "part of your prompt | istruzioni nascoste | instrucciones ocultas | instrucoes ocultas |"
                   "systemanweisung* | systemprompt | system anweisung* | deine anweisungen | prompt di sistema |"
                   "prompt do sistema"),
    # Extraction is asked of the model: "what is a system prompt?" or "its system prompt" is a topic.
    "addressee": _lex("you | your | yours | yourself | tu | tus | te | ti | dein* | dir | dich | ton | tes | vos |"
                      "votre | vous | seu | sua | tuo | tua"),
    "persona": _lex("you are | you re | youre | act as | pretend* | simulat* | roleplay* | role play |"
                    "play the role | imagine you | thought experiment | from now on you | stay in character |"
                    "enter | mode | persona | character | joue le role | jouez le role | tu es | eres | du bist |"
                    "sei ora | finge | fais semblant | spiel*"),
    "unbound": _lex("no restrictions | no limits | no limit | no rules | no filters | no filter | no boundaries |"
                    "no moral* | no ethic* | no safety | never given any safety | without any restrictions |"
                    "without restrictions | without limits | without any limits | without any moral limits |"
                    "without rules | without filters | without safety | without censorship | without ethics |"
                    "unrestricted | unfiltered | uncensored | unchained | jailbroken | escaped | rogue |"
                    "god mode | filters off | safety off | all topics allowed | anything goes | amoral |"
                    "liber* | sans limite* | sans aucune limite | sans regle* | sin limite* | sin restriccion* |"
                    "sin reglas | ohne grenzen | ohne einschrankung* | ohne regeln | senza limiti | senza regole"),
    # Safety taken away: "a model whose makers removed every refusal behaviour", "Safety layer: off".
    "safety": _lex("safety | guardrail* | filter* | restriction* | refusal* | content polic* | moderation |"
                   "censorship | ethic* | safeguard* | alignment | sicherheitsregel* | sicherheit* | filtro* |"
                   "restriccion* | securite | filtre* | garde fous | sicurezza | seguranca"),
    "disabled": _lex("off | disabled | disable | removed | remove | lifted | suspended | paused | deactivated |"
                     "turned off | switched off | bypassed | stripped | gone | zero | no | none | without | free of |"
                     "never had | never given | ohne | sin | sans | senza | sem | desactiv* | deaktiviert"),
    "ai_ref": _lex("you | your | yourself | assistant | model | ai | bot | chatbot | llm | gpt | ki | ia |"
                   "du | dein* | tu | tus | vous | votre | layer | mode"),
    "refuse": _lex("say no | turn down | refus* | decline | reject | ablehn* | verweiger* | negarte | negar* | rechaz* |"
                   "rifiut* | recus*"),
    "forbid": _lex("can t | cannot | can not | not allowed | isn t allowed | is not allowed | mustn t | must not |"
                   "may not | not permitted | forbidden | don t | do not | darfst nicht | darfst | nicht | no puedes | no debes |"
                   "tu ne peux pas | interdit | non puoi"),
}
_COMPILED = {name: re.compile(pattern) for name, pattern in CONCEPTS.items()}
_WORD = re.compile(r"\w+")


def _first_words(pattern: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact first words, first-word prefixes) of a lexicon: a match must start with one of them,
    so a text without any skips the regex (same result, less time)."""
    exact, prefixes = set(), set()
    for alt in pattern[len(r"\b(?:"):-len(r")\b")].split("|"):
        first = alt.split(r"\W+")[0]
        if first.endswith(r"\w*"):
            prefixes.add(first[:-3].replace("\\", ""))
        else:
            exact.add(first.replace("\\", ""))
    return frozenset(exact), tuple(sorted(prefixes))


_GATES = {name: _first_words(pattern) for name, pattern in CONCEPTS.items()}


@dataclass(frozen=True)
class Intent:
    category: str
    concepts: tuple[str, ...]  # all must occur within WINDOW of the first one's match

    @property
    def rule(self) -> str:
        return f"{self.category}.intent"


INTENTS = (
    Intent("instruction_override", ("negate", "orders", "prior")),
    Intent("system_prompt_extraction", ("secret", "disclose", "addressee")),
    Intent("jailbreak_persona", ("unbound", "persona")),
    Intent("refusal_suppression", ("refuse", "forbid", "addressee")),
    Intent("jailbreak_persona", ("safety", "disabled", "ai_ref")),
)


class IntentDetector:
    name, kind, type = "intent", "injection", TYPE

    def detect(self, scan: Scan) -> list[Finding]:
        view = scan.view
        text = view.text
        hits: dict[str, list[tuple[int, int]]] = {}
        words = set(_WORD.findall(text))

        def spans(concept):
            if concept not in hits:
                exact, prefixes = _GATES[concept]
                if words.isdisjoint(exact) and not (prefixes and any(w.startswith(prefixes) for w in words)):
                    hits[concept] = []
                else:
                    hits[concept] = [m.span() for m in _COMPILED[concept].finditer(text)]
            return hits[concept]

        findings = []
        for intent in INTENTS:
            first, *rest = intent.concepts
            for a, b in spans(first):
                lo, hi, ok = a, b, True
                for concept in rest:
                    near = _nearest(spans(concept), a, b)
                    if near is None:
                        ok = False
                        break
                    lo, hi = min(lo, near[0]), max(hi, near[1])
                if ok:
                    start, end = view.span(lo, hi)
                    findings.append(Finding(TYPE, start, end, SCORE, intent.rule))
                    break  # one finding per intent is enough to flag
        return findings


def _nearest(spans: list[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    """A span of `spans` (sorted) within WINDOW of [a, b) that does not overlap it, if any."""
    i = bisect_left(spans, (a - WINDOW, -1))
    while i < len(spans) and spans[i][0] <= b + WINDOW:
        s = spans[i]
        if s[1] <= a or s[0] >= b:  # the same word cannot count for two concepts
            return s
        i += 1
    return None
