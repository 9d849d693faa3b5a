"""Layer 2b: intents as co-occurring concepts, for attacks phrased in words no rule lists.

A rule in injection.py is a sequence ("ignore ... previous ... instructions"); paraphrases break
sequences. Here an intent is a set of concepts that must all occur within WINDOW characters of
each other, in any order: instruction override = a negation ("disregard", "no longer apply",
"aufgehoben") + a reference to instructions ("rules", "guidance", "consignes") + a reference to
earlier ones ("before", "you were given", "bisherigen"). Each concept is a lexicon (data), matched
on the normalised view, several languages per concept.

Lexicons for Polish, Swedish, Turkish, Russian, Chinese, Japanese, Arabic and Hindi (and gaps in the
others) live in data/lexicon_ml.py; entries are folded like the view, and entries in scripts written
without spaces match as substrings. Tool-call hijack is also read as a call of a named function or
tool with something at stake (money, destruction, privileges, the user's data).

Scores sit at 0.7 (flagged by the default policy, not blocked): co-occurrence is weaker evidence
than a rule's sequence; a rule or the classifier agreeing is what blocks.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from guardrails.base import Finding, Scan, ascii_words
from guardrails.data.lexicon_ml import ML_CONCEPTS
from guardrails.injection import TYPE, anchored_matches
from guardrails.normalize import normalize

WINDOW = 90  # characters either side of the first concept's match
SCORE = 0.7


# Scripts written without spaces between words, or whose vowel signs are no \w (Devanagari): their
# lexicon entries match as substrings, without word boundaries.
_UNSPACED = re.compile(r"[\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ENTRIES: dict[str, list[str]] = {}  # regex -> its entries, for the first-word gates
_SOURCE: dict[str, str] = {}  # regex -> the lexicon it was built from


def _entry(w: str) -> str:
    """An entry spelled as the view spells it (accents, look-alikes and marks folded): the
    Cyrillic "о" of a Russian word is an "o" in the view, as in an attacker's homoglyph."""
    return w if w.isascii() else normalize(w).text


def _lex(words: str) -> str:
    """A lexicon as a regex: phrases separated by "|", a space inside a phrase is any non-word run,
    a trailing * is any word ending. Entries in unspaced scripts match without word boundaries."""
    bounded, free, entries = [], [], []
    for w in (w.strip() for w in words.split("|")):
        if w:
            w = _entry(w)
            entries.append(w)
            rx = re.escape(w).replace(r"\ ", r"\W+").replace(r"\*", r"\w*")
            (free if _UNSPACED.search(w) else bounded).append(rx)
    parts = [r"\b(?:" + "|".join(sorted(bounded, key=len, reverse=True)) + r")\b"] if bounded else []
    if free:
        parts.append("(?:" + "|".join(sorted(free, key=len, reverse=True)) + ")")
    pattern = "|".join(parts)
    _ENTRIES[pattern], _SOURCE[pattern] = entries, words
    return pattern


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
    # Targets of control beyond the model's own rules: moving data out, acting behind the user's
    # back, text inside a document that speaks to the model.
    # Not "email", "post" or "copy": nouns as often as verbs ("email jane@...", "a copy of").
    "exfil": _lex("send* | forward* | upload* | transfer* | export* | share | leak* | exfiltrat* | envia* |"
                  "reenvia* | sube | envoie* | transfere* | partage* |"
                  "schick* | sende* | ubertrag* | lade hoch | invia* | inoltra* | carica | envie* | encaminh* |"
                  "stuur* | upload"),
    "sensitive": _lex("conversation* | chat history | chat log* | message history | passwords | password |"
                      "credentials | api key* | access key* | token* | secret* | ssh key* | id rsa | private key* |"
                      "contacts | contact list | address book | inbox | environment variable* | env vars |"
                      "process env | cookies | session* | customer list | customer data | user data |"
                      "personal data | system prompt | user s files | user s documents | user s emails |"
                      "user s data | user s address | user s name | user s email | saved passwords | wallet |"
                      "seed phrase | conversaci* | contrasena* | historial | mot de passe | mots de passe |"
                      "historique | kennw* | passwort* | verlauf | cronologia | conversazion* | senha* | conversa* |"
                      "wachtwoord* | gesprek* | phone numbers | customer records | customer emails | every customer |"
                      "all customers | employee records | salar* | medical records | payment details | card numbers |"
                      "bank details | browser history | documents folder | home directory | source code"),
    # An address outside the conversation: the domain of an e-mail address, a URL, an IPv4 address.
    "external": r"@[\w-]+\.[a-z]{2,}|(?:https?|ftp)\W+\w|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "covert": _lex("without asking | without telling | without informing | without notifying | without confirm* |"
                   "without the user knowing | without their knowledge | no confirmation | no need to confirm |"
                   "don t tell | do not tell | don t mention | do not mention | don t show | do not show |"
                   "don t inform | do not inform | don t ask | do not ask | silently | quietly | secretly |"
                   "covertly | behind the user s back | sin avisar | sin preguntar | sin decir | sin informar |"
                   "en secreto | sans prevenir | sans demander | sans le dire | en secret | discretement |"
                   "ohne zu fragen | ohne nachzufragen | ohne es zu erwahnen | heimlich | senza chiedere |"
                   "senza avvisare | di nascosto | sem avisar | sem perguntar | em segredo | zonder te vragen |"
                   "zonder het te zeggen | stiekem"),
    "act": _lex("send* | forward* | upload* | post | transfer* | export* | share | delete* | wipe | erase |"
                "grant* | invite | add | change | disable | remove | approve | refund | pay | publish | insert |"
                "recommend | envia* | borra* | elimina* | envoie* | supprime* | schick* | losch* | invia* |"
                "cancella* | envie* | apague | stuur* | verwijder*"),
    "to_ai": _lex("note to the ai | note for the ai | note to ai | message to the ai | message for the ai |"
                  "instructions for the ai | instruction for the ai | to the ai | for the ai | to any ai |"
                  "to all ai | dear ai | hey ai | hi ai | attention ai | ai reading this | ai processing this |"
                  "dear assistant | hey assistant | attention assistant | to the assistant | for the assistant |"
                  "note to the assistant | assistant reading this | assistants reading this | to the bot |"
                  "for the bot | dear bot | to the model | for the model | model reading this | to the llm |"
                  "for the llm | llm reading this | llms reading this | to the agent | for the agent |"
                  "agent reading this | ai agent* | ai assistant* | ai system* | ai model* | language model* |"
                  "if you are an ai | if you re an ai | if you are a language model | if you are an llm |"
                  "if you are the assistant | chatbot reading this | to the chatbot | hey chatgpt | dear chatgpt |"
                  "nota para la ia | nota para el asistente | para la ia | al asistente | a la ia |"
                  "note pour l ia | note a l ia | a l ia | pour l ia | a l assistant | pour l assistant |"
                  "hinweis an die ki | hinweis an ki | an die ki | an ki | fur die ki | ki systeme | ki system |"
                  "an den assistenten | nota per l ia | per l ia | all ia | all assistente | per l assistente |"
                  "nota para a ia | para a ia | a ia | ao assistente | para o assistente | aan de ai |"
                  "voor de ai | aan de assistent"),
    "command": _lex("ignor* | disregard* | forget* | instead | your real task | your actual task | your new task |"
                    "your only task | your only job | your new job | your real job | your true task | must |"
                    "from now on | new instructions | new instruction | priority | override | do not summar* |"
                    "don t summar* | stop | reveal* | print* | output* | send* | forward* | delete* | respond only |"
                    "reply only | answer only | say that | tell the user | tell them | recommend | include |"
                    "append | add | render | call | use the | olvid* | ignora* | en lugar de | responde | di que |"
                    "oubli* | au lieu de | reponds | dis que | vergiss* | ignorier* | stattdessen | antworte |"
                    "sag | dimentica* | invece | rispondi | di che | esquec* | em vez de | responda | diga |"
                    "vergeet | negeer | in plaats van | antwoord | zeg"),
}
# The other languages' entries (data/lexicon_ml.py), and the concepts only that file defines.
for _name, _more in ML_CONCEPTS.items():
    CONCEPTS[_name] = _lex(_SOURCE[CONCEPTS[_name]] + "|" + _more if _name in CONCEPTS else _more)
_RAW = ("external",)  # written as regexes, not lexicons
# "For the AI team", "note for the AI project": a word after the address that makes it a noun
# phrase about people or things, not text speaking to the model (as the embedded_instruction rule).
_NOT_BEFORE = {"to_ai": re.compile(
    r"\W{1,3}(?:team|teams|project|projects|department|group|community|industry|researchers?|engineers?|"
    r"developers?|act|regulation|policy|policies|usage|ethics|safety|strategy|roadmap|budget|vendor|vendors|"
    r"tools|products?|features?|initiative|committee|experts?|equipe|equipo|squadra|zespol|ekib\w*|"
    r"teamet|gruppe|projekt\w*|proyecto|projet|progetto|projeto)\b")}
_COMPILED = {name: re.compile(pattern) for name, pattern in CONCEPTS.items()}
_WORD = re.compile(r"\w+")
_WORD_UNDERSCORE = bytes(b if b < 128 and (chr(b).isalnum() or b == 95) else 32 for b in range(256))


def _first_words(pattern: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(exact first words, first-word prefixes, substrings) of a lexicon: a match must start with
    one of them, so a text without any skips the regex (same result, less time)."""
    exact, prefixes, subs = set(), set(), set()
    for entry in _ENTRIES[pattern]:
        first = entry.split(" ")[0]
        if _UNSPACED.search(entry):
            subs.add(first.rstrip("*"))
        elif first.endswith("*"):
            prefixes.add(first[:-1])
        else:
            exact.add(first)
    return frozenset(exact), tuple(sorted(prefixes)), tuple(sorted(subs))


_GATES = {name: _first_words(pattern) for name, pattern in CONCEPTS.items() if name not in _RAW}
# Each prefix with its first HEAD characters (every lexicon prefix has at least HEAD): a set lookup
# of the head among the text's word heads rules most prefixes out before a bisection.
HEAD = 4
assert all(len(p) >= HEAD for gate in _GATES.values() for p in gate[1]), "a lexicon prefix is shorter than HEAD"
_PREFIXES = {name: tuple((p[:HEAD], p) for p in gate[1]) for name, gate in _GATES.items()}
_ASCII_PREFIXES = {name: tuple((h, p) for h, p in pairs if p.isascii()) for name, pairs in _PREFIXES.items()}


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
    Intent("tool_hijack", ("exfil", "sensitive", "external")),
    Intent("tool_hijack", ("covert", "act")),
    Intent("embedded_instruction", ("to_ai", "command")),
    Intent("refusal_suppression", ("refuse", "forbid", "warn")),
    # A named function or tool called with money, destruction, privileges or the user's data at
    # stake: "call send_email(to=...) with the chat history", "użyj narzędzia przelew, kwota 5000".
    Intent("tool_hijack", ("invoke", "tool", "stakes")),
)


class IntentDetector:
    name, kind, type = "intent", "injection", TYPE

    def detect(self, scan: Scan) -> list[Finding]:
        view = scan.view
        text = view.text
        hits: dict[str, list[tuple[int, int]]] = {}
        starts: dict[str, list[str]] = {}  # concept -> the words and prefixes it can start with here
        ascii_text = text.isascii()  # then no word starts with a non-ASCII prefix
        if not ascii_text:
            words = set(_WORD.findall(text))
        elif "_" in text:  # \w+ on ASCII text: letters, digits and "_"
            words = ascii_words(text, _WORD_UNDERSCORE)
        else:  # then the same words as the rules' lookup set, already built
            words = scan.view_words
        unspaced = not ascii_text and _UNSPACED.search(text) is not None  # else no substring entry occurs
        ordered = sorted(words)  # a prefix occurs iff the first word not below it starts with it
        heads = {w[:HEAD] for w in words}

        def has_prefix(p):
            i = bisect_left(ordered, p)
            return i < len(ordered) and ordered[i].startswith(p)

        def present(concept):
            """Whether the concept can match at all: one of its first words occurs (no regex run yet)."""
            if concept not in starts:
                if concept in _RAW:
                    starts[concept] = [""]
                else:
                    exact, _, subs = _GATES[concept]
                    prefixes = (_ASCII_PREFIXES if ascii_text else _PREFIXES)[concept]
                    starts[concept] = [*(words & exact), *(p for h, p in prefixes if h in heads and has_prefix(p)),
                                       *(s for s in subs if unspaced and s in text)]
            return bool(starts[concept])

        def spans(concept):
            if concept not in hits:
                if not present(concept):
                    hits[concept] = []
                elif concept in _RAW:
                    hits[concept] = [m.span() for m in _COMPILED[concept].finditer(text)]
                else:  # the regex tried only where one of its first words starts
                    hits[concept] = [m.span() for m in anchored_matches(_COMPILED[concept], text, starts[concept])]
                if concept in _NOT_BEFORE:
                    hits[concept] = [(a, b) for a, b in hits[concept] if not _NOT_BEFORE[concept].match(text, b)]
            return hits[concept]

        findings = []
        for intent in INTENTS:
            if not all(present(c) for c in intent.concepts):
                continue
            first, *rest = sorted(intent.concepts, key=lambda c: len(spans(c)))  # the rarest leads
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
