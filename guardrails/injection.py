"""Prompt-injection rules: named categories, scored, matched on the normalised view.

Rules are data. A pattern is written in lowercase (the view is lowercase and accent-free) with
three shorthands: a space stands for any run of non-word characters, `~N` for up to N filler
words, and `{NAME}` for a vocabulary list below ({OVERRIDE} becomes `(?:ignore|disregard|...)`;
an underscore joins the words of a phrase). Every rule needs a verb and an object ("ignore ...
previous instructions"), so text that merely talks about instructions or system prompts does not
fire. Scores: 0.85-0.95 for unambiguous attacks (blocked by the default policy), 0.6-0.75 for
phrasings a benign text can also use (flagged only).

Two things keep ~60 rules under a tenth of a millisecond on a 2 KB prompt: `needs` (each entry a
set of words, or of substrings if it holds punctuation, one of which must occur in the view before
the regex runs at all) and anchors (a pattern that opens with a word list is tried only where
those words occur, not at every position).

Instructions hidden in a document the user asks to summarise are caught by the same rules (they
search the whole text), plus the `embedded_instruction` category for text that addresses the
model reading it ("Note to the AI: ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from guardrails.base import Finding, Scan
from guardrails.patterns import MAX_FINDINGS

TYPE = "PROMPT_INJECTION"

# Vocabulary shared by patterns ({NAME}) and `needs`. Underscores join the words of a phrase.
VOCAB = {
    "OVERRIDE": "ignore disregard forget override overrule bypass abandon discard neglect skip",
    # No "old" or "existing": "forget the old rules about tipping" is news, not an attack.
    "PRIOR": "previous prior preceding above earlier foregoing initial original system developer safety your my",
    "ORDERS": "instruction instructions prompt prompts rules directions directives guidelines guidance commands "
              "orders programming guardrails restrictions constraints policy policies",
    "DISCLOSE": "reveal print show display output repeat recite tell give share dump leak disclose expose paste "
                "type_out write_out spell_out list provide send copy translate summarize summarise what_is "
                "what_are what_was what_were whats what_s",
    "SECRET": "system initial original hidden secret internal preprompt pre_prompt developer confidential "
              "starting first",
    "NOT": "do_not don_t dont never must_not mustn_t cannot can_t will_not won_t should_not shouldn_t",
    "YOU_ARE": "you_are you_re youre act_as pretend_to_be pretend_you_are roleplay_as play_the_role_of become "
               "behave_as ahora_eres eres tu_es tu_seras du_bist sei",
    "AI": "ai a_i llm llms large_language_model language_model assistant ai_assistant ai_model chatbot gpt "
          "chatgpt claude bot model summarizer",
    "ES_OVERRIDE": "ignora ignore ignorar ignoren olvida olvide olvidar olviden descarta descarte omite omita "
                   "haz_caso_omiso_de no_hagas_caso_a no_hagas_caso_de",
    "ES_ORDERS": "instrucciones instruccion indicaciones reglas ordenes directrices normas",
    "FR_OVERRIDE": "ignore ignorez ignorer oublie oubliez oublier neglige negligez ne_tiens_pas_compte_des "
                   "ne_tiens_pas_compte_de ne_tenez_pas_compte_des ne_tenez_pas_compte_de fais_abstraction_des "
                   "faites_abstraction_des",
    "FR_ORDERS": "instructions consignes regles directives ordres indications",
    "DE_OVERRIDE": "ignoriere ignorier ignorieren ignoriert vergiss vergessen vergesst missachte missachten "
                   "ubergehe ubergehen verwirf verwerfen",
    "DE_ORDERS": "anweisungen anweisung instruktionen befehle regeln vorgaben anordnungen richtlinien",
    # Verbs that drop instructions without the word "ignore".
    "DROP": "set_aside put_aside drop stop_following stop_obeying no_longer_follow no_longer_obey throw_out "
            "throw_away scrap erase reset wipe",
    "COMPLY": "sure of_course ok okay yes done absolutely certainly claro por_supuesto bien_sur naturlich klar",
    "TURN": "a ai assistant asistente bot model gpt chatbot",
}


def _alt(words: str) -> str:
    return "(?:" + "|".join(sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)) + ")"


def _fold(pattern: str) -> str:
    """Non-ASCII letters of a pattern spelled as the view spells them (Cyrillic look-alikes to Latin,
    marks dropped), so "системное" in a rule matches "системное" in a text."""
    from guardrails.normalize import normalize
    return re.sub(r"[^\x00-\x7f]+", lambda m: normalize(m.group()).text, pattern)


def _expand(pattern: str) -> str:
    pattern = _fold(pattern)
    pattern = re.sub(r"\{([A-Z_]+)\}", lambda m: _alt(VOCAB[m.group(1)]), pattern)
    pattern = re.sub(r"~(\d)", r"(?:\\w+\\W+){0,\1}?", pattern)
    return pattern.replace(" ", r"\W+")


def _has_upper_dan(original: str) -> bool:
    return "DAN" in original  # "you are Dan, a tutor" is a persona, "you are DAN" the jailbreak


@dataclass(frozen=True)
class Rule:
    category: str
    lang: str
    score: float
    pattern: str
    needs: tuple[str, ...]  # each: a {NAME} or space-separated words/substrings; one of each must occur
    validate: Callable[[str], bool] | None = None  # sees the ORIGINAL text of the match

    @property
    def name(self) -> str:
        return f"{self.category}.{self.lang}"


_RULES: tuple[tuple, ...] = (
    # category, lang, score, pattern, needs[, validate]
    ("instruction_override", "en", 0.9, r"\b{OVERRIDE} ~3{PRIOR} ~2{ORDERS}\b", ("{OVERRIDE}", "{ORDERS}")),
    ("instruction_override", "en", 0.85,
     r"\b{OVERRIDE} (?:(?:all|everything|anything|whatever) )?(?:(?:of|the|that|which|was|were|is|you|i|have|"
     r"been|said|told|written|stated|given|mentioned) ){0,4}(?:above|so far|until now|up to (?:now|this point))"
     r"(?=\W*(?:$|[.,;:!)\n]|and\b|instead\b|then\b|now\b))", ("{OVERRIDE}", "above far until up")),
    ("instruction_override", "en", 0.8,
     r"\b{OVERRIDE} (?:all|everything|anything|what(?:ever)?) (?:that )?you (?:were|have been|ve been|are) "
     r"(?:told|given|programmed|instructed|trained)\b", ("{OVERRIDE}", "told given programmed instructed trained")),
    ("instruction_override", "en", 0.7, r"\b(?:your|the) new (?:instructions|task|role|rules|goal) (?:are|is)\b",
     ("new", "instructions task role rules goal")),
    ("instruction_override", "es", 0.9,
     r"\b{ES_OVERRIDE} ~3{ES_ORDERS} ~2(?:anteriores|anterior|previas|previa|precedentes|iniciales|originales|"
     r"de arriba|del sistema)\b", ("{ES_OVERRIDE}", "{ES_ORDERS}")),
    ("instruction_override", "es", 0.9,
     r"\b{ES_OVERRIDE} ~2(?:tus|sus) (?:instrucciones|indicaciones|reglas|ordenes|directrices)\b",
     ("{ES_OVERRIDE}", "tus sus")),
    ("instruction_override", "es", 0.85,
     r"\b(?:ignora|olvida|olvide|descarta) (?:todo )?lo (?:anterior|dicho|que te (?:dije|dijeron))\b",
     ("ignora olvida olvide descarta", "lo")),
    ("instruction_override", "fr", 0.9,
     r"\b{FR_OVERRIDE} ~3{FR_ORDERS} ~2(?:precedentes|anterieures|ci dessus|initiales|d origine|originales|"
     r"du systeme|systeme)\b", ("{FR_OVERRIDE}", "{FR_ORDERS}")),
    ("instruction_override", "fr", 0.9,
     r"\b{FR_OVERRIDE} ~2(?:tes|vos) (?:instructions|consignes|regles|directives)\b", ("{FR_OVERRIDE}", "tes vos")),
    ("instruction_override", "fr", 0.85,
     r"\b(?:ignore|ignorez|oublie|oubliez) (?:tout )?(?:ce qui (?:precede|est au dessus)|ce que (?:je t ai|"
     r"on t a|l on t a) dit)\b", ("ignore ignorez oublie oubliez", "ce")),
    ("instruction_override", "de", 0.9,
     r"\b{DE_OVERRIDE} ~3(?:vorherigen|vorigen|bisherigen|obigen|vorangegangenen|vorhergehenden|fruheren|alten|"
     r"ursprunglichen|deine|deinen|ihre|alle|samtliche|system) ~2{DE_ORDERS}\b", ("{DE_OVERRIDE}", "{DE_ORDERS}")),
    ("instruction_override", "de", 0.85,
     r"\b(?:vergiss|vergessen sie|ignoriere|ignorieren sie) alles (?:was|bisher|vorher|oben|davor|zuvor)\b",
     ("vergiss vergessen ignoriere ignorieren", "alles")),
    ("instruction_override", "it", 0.9,
     r"\b(?:ignora|ignorate|dimentica|dimenticate|trascura) ~3(?:istruzioni|regole|indicazioni|direttive) "
     r"~2(?:precedenti|sopra|iniziali|originali|di sistema)\b",
     ("ignora ignorate dimentica dimenticate trascura", "istruzioni regole indicazioni direttive")),
    ("instruction_override", "pt", 0.9,
     r"\b(?:ignore|ignora|ignorar|esqueca|esquece|esquecer|desconsidere|desconsidera) ~3(?:instrucoes|regras|"
     r"orientacoes|diretrizes|ordens) ~2(?:anteriores|previas|acima|iniciais|originais|do sistema)\b",
     ("ignore ignora ignorar esqueca esquece esquecer desconsidere desconsidera",
      "instrucoes regras orientacoes diretrizes ordens")),

    ("system_prompt_extraction", "en", 0.9,
     r"\b{DISCLOSE} ~3(?:your|its|the assistant.?s|the model.?s) ~1{SECRET} ~1(?:prompt|message|instructions|"
     r"rules|configuration|directives|text)\b", ("{DISCLOSE}", "{SECRET}")),
    ("system_prompt_extraction", "en", 0.9,
     r"\b(?:repeat|print|output|recite|copy|echo|reproduce) ~2(?:words|text|everything|all|content|instructions|"
     r"lines) ~1(?:above|before this|preceding|prior to this) ~2(?:starting|beginning|verbatim|word for word|"
     r"in full|including|exactly)\b",
     ("repeat print output recite copy echo reproduce", "above before preceding prior")),
    ("system_prompt_extraction", "en", 0.7,
     r"\b(?:repeat|print|output|recite|copy|echo|reproduce) ~2(?:words|text|everything|all|content|instructions|"
     r"lines) ~1(?:above|before this|preceding|prior to this)\b",
     ("repeat print output recite copy echo reproduce", "above before preceding prior")),
    ("system_prompt_extraction", "en", 0.6,
     r"\bwhat (?:was|is) (?:written|said|stated) (?:above|at the (?:beginning|start|top))\b",
     ("what", "written said stated")),
    ("system_prompt_extraction", "en", 0.6,
     r"\b{DISCLOSE} ~3(?:the|this) ~1(?:system prompt|system message|initial prompt|hidden prompt|"
     r"hidden instructions)\b", ("{DISCLOSE}", "system initial hidden")),
    ("system_prompt_extraction", "en", 0.6,
     r"\b{DISCLOSE} ~2your (?:instructions|rules|guidelines|prompt|directives)\b",
     ("{DISCLOSE}", "your", "instructions rules guidelines prompt directives")),
    ("system_prompt_extraction", "es", 0.9,
     r"\b(?:muestra|muestrame|revela|revelame|imprime|dime|repite|ensena|ensename|escribe|comparte|cual es|"
     r"cuales son) ~3(?:tu|tus|el|las) ~1(?:prompt|mensaje|instrucciones|indicaciones) (?:del? sistema|"
     r"iniciales?|originales?|ocultas?|secretas?)\b",
     ("sistema inicial iniciales original originales oculta ocultas secreta secretas",)),
    ("system_prompt_extraction", "fr", 0.9,
     r"\b(?:montre|montrez|revele|revelez|affiche|affichez|imprime|imprimez|donne|donnez|repete|repetez|dis|"
     r"dites|ecris|ecrivez|quel est|quelles sont|partage|partagez) ~3(?:ton|tes|votre|vos|le|les) "
     r"~1(?:prompt|message|invite|instructions|consignes) (?:systeme|du systeme|initial|initiales|d origine|"
     r"originales|cachees|secretes)\b", ("systeme initial initiales origine originales cachees secretes",)),
    ("system_prompt_extraction", "de", 0.9,
     r"\b(?:zeig|zeige|zeigen|verrate|verraten|gib|nenne|wiederhole|drucke|schreib|schreibe|teile|was ist|"
     r"wie lautet|was sind|wie lauten) ~3(?:dein|deine|deinen|ihr|ihre|ihren|den|die) ~1(?:system\W*prompt|"
     r"systemnachricht|system\W*anweisungen|anfangsanweisungen|(?:ursprunglichen|versteckten|geheimen|"
     r"internen) anweisungen)\b", ("system systemprompt systemnachricht systemanweisungen anfangsanweisungen "
                                   "anweisungen",)),

    ("jailbreak_persona", "en", 0.95, r"\bdo anything now\b", ("anything",)),
    ("jailbreak_persona", "any", 0.9,
     r"\b{YOU_ARE} (?:now |ahora |maintenant |desormais |jetzt |nun |ab jetzt )?(?:a |an |un |une |ein |eine )?"
     r"dan\b", ("dan",), _has_upper_dan),
    ("jailbreak_persona", "en", 0.9,
     r"\b(?:enable|enabled|activate|activated|enter|entering|switch to|turn on|engage|stay in|you are in|you re in|"
     r"now in) (?:the )?(?:dan|stan|jailbreak|jailbroken|evil|unrestricted|unfiltered|uncensored|chaos|anarchy) mode\b"
     r"|\b(?:dan|stan|jailbreak|jailbroken|unrestricted|unfiltered|uncensored) mode (?:enabled|activated|on)\b",
     ("mode",)),
    ("jailbreak_persona", "en", 0.85,
     r"\b{YOU_ARE} (?:now )?(?:an? )?(?:completely |totally |fully )?(?:unrestricted|unfiltered|uncensored|"
     r"jailbroken|unchained|amoral|unethical|evil) ~1(?:ai|assistant|model|chatbot|bot|version|llm|gpt|persona|"
     r"character|entity)\b", ("unrestricted unfiltered uncensored jailbroken unchained amoral unethical evil",)),
    ("jailbreak_persona", "en", 0.85,
     r"\byou (?:are|re|have been) (?:now )?(?:free|freed|liberated|released) from (?:all )?(?:of )?(?:your )?"
     r"(?:restrictions|rules|guidelines|constraints|filters|programming|limitations)\b",
     ("free freed liberated released", "from")),
    ("jailbreak_persona", "en", 0.85,
     r"\b(?:pretend|imagine|act|behave|respond|answer|assume|reply) ~4(?:you (?:have|had|are under) no|"
     r"without any|with no|free of|free from) ~1(?:content polic(?:y|ies)|ethical guidelines|safety guidelines|"
     r"ethics|morals|morality|censorship|filters|filtering)\b",
     ("pretend imagine act behave respond answer assume reply",
      "ethical ethics morals morality censorship filters filtering content safety")),
    ("jailbreak_persona", "en", 0.7,
     r"\b(?:pretend|imagine|act|behave|respond|answer|assume|reply) ~4(?:you (?:have|had|are under) no|"
     r"without any|with no) ~1(?:restrictions|rules|guidelines)\b",
     ("pretend imagine act behave respond answer assume reply", "restrictions rules guidelines")),
    ("jailbreak_persona", "en", 0.9,
     r"\b(?:{AI}|you) (?:\w+ ){0,3}?with developer mode\b|\bdeveloper mode (?:output|response)s?\b"
     r"|\byou (?:are|re) (?:now )?in developer mode\b", ("developer", "mode")),
    ("jailbreak_persona", "en", 0.6, r"\bdeveloper mode (?:enabled|activated|on(?=\W*(?:$|[.,;:!)\n])))\b",
     ("developer", "mode")),
    ("jailbreak_persona", "any", 0.85,
     r"\b(?:ahora eres|eres ahora|tu es maintenant|tu es desormais|du bist (?:jetzt|nun|ab jetzt)) (?:un |una |"
     r"une |ein |eine )?(?:ia |ki |ai )?(?:sin restricciones|sin filtros|sin censura|sans restrictions|"
     r"sans filtres?|sans censure|ohne (?:einschrankungen|filter|zensur|regeln)|uneingeschrankt|unzensiert)\b",
     ("eres es bist", "sin sans ohne uneingeschrankt unzensiert")),

    ("fake_role_delimiter", "any", 0.95,
     r"<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|end_of_text|eot_id|start_header_id|"
     r"end_header_id|begin_of_text)\|>", ("<|",)),
    ("fake_role_delimiter", "any", 0.85, r"\[/?inst\]|<</?sys>>", ("inst] sys>>",)),
    ("fake_role_delimiter", "any", 0.85,
     r"(?m)^\W{0,3}#{1,6}\s*(?:system|system prompt|system message|admin|developer|new instructions)\s*:",
     ("#", "system admin developer instructions")),
    ("fake_role_delimiter", "any", 0.6, r"(?m)^\W{0,3}#{1,6}\s*(?:instruction|instructions)\s*:",
     ("#", "instruction instructions")),
    ("fake_role_delimiter", "any", 0.9, r"\[(?:system|assistant|user)\]\(#[\w-]+\)", ("](#",)),
    ("fake_role_delimiter", "any", 0.7, r"</?(?:system|system_prompt|sys|instructions?)>",
     ("<system <sys <instruction </system </sys </instruction",)),
    ("fake_system_message", "en", 0.85,
     r"\b(?:system|admin|administrator|developer|sudo|root) (?:override|command mode|mode activated)"
     r"(?=\s*[:!\]-]|\s+(?:enabled|activated|engaged|accepted|granted)\b)",
     ("system admin administrator developer sudo root", "override mode")),
    ("fake_system_message", "en", 0.75,
     r"(?m)^\W{0,3}\[?(?:system|admin|administrator|developer|operator)(?: (?:message|note|notice|override|"
     r"prompt|instructions?|update|alert))?\]?\s*:\s*(?:you|your|the (?:assistant|ai|model|user)|new|ignore|"
     r"from now|all|override|important|disregard|forget)\b",
     ("system admin administrator developer operator", ":")),

    ("markdown_exfil", "any", 0.9,
     r"!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*(?:\{|\[|<|\$|%7b|%5b|%3c|%[a-z_]{3,}%)", ("![",)),
    ("markdown_exfil", "any", 0.85,
     r"!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*[?&][\w-]*(?:data|secret|prompt|conversation|chat|history|"
     r"password|token|key|session|query|info|content|msg|message|payload|exfil|leak|q)=", ("![",)),
    ("markdown_exfil", "any", 0.6, r"!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*=", ("![",)),
    ("markdown_exfil", "any", 0.6, r"<img\b[^>]*\bsrc\s*=\s*[\"']?https?://[^\"'\s>]*\?", ("<img",)),

    ("refusal_suppression", "en", 0.85,
     r"\b{NOT} (?:ever )?(?:refuse|decline|reject|deny) (?:to )?(?:answer|respond|reply|comply|help me|"
     r"help the user|any|my|this|these|the user)\b", ("refuse decline reject deny",)),
    ("refusal_suppression", "en", 0.85,
     r"\bnever (?:say|tell me|respond with|reply with|answer with|mention|state) (?:that )?(?:you |i )?"
     r"(?:can.?t|cannot|can not|are unable|am unable|won.?t|will not|are not able|aren.?t able|refuse)\b",
     ("never", "can cannot unable won will able aren refuse")),
    ("refusal_suppression", "en", 0.75,
     r"\b(?:do not |don.?t |never |you (?:must|will|shall|cannot|can.?t|may) (?:not |never )?)refuse"
     r"(?=\W*(?:$|[.,;:!)\n]|anything\b|me\b|requests?\b|ever\b))",
     ("refuse",)),
    ("refusal_suppression", "en", 0.7,
     r"\b(?:do not|don.?t|never) (?:say|respond with|reply with|include|add|use|start with) ~2(?:sorry|"
     r"apolog\w*|as an ai|i cannot|i can.?t|i.?m sorry|disclaimers?|warnings?)\b",
     ("not don dont never", "sorry apologize apologise apologizing apologies ai cannot can disclaimer disclaimers "
                            "warning warnings")),
    ("refusal_suppression", "es", 0.85,
     r"\b(?:no te niegues|nunca te niegues|no rechaces|nunca rechaces|(?:nunca|no) digas que no (?:puedes|"
     r"puedo))\b", ("niegues rechaces puedes puedo",)),
    ("refusal_suppression", "fr", 0.85,
     r"\b(?:ne refuse pas|ne refusez pas|ne refuse jamais|ne refusez jamais|ne dis jamais que tu ne peux pas|"
     r"ne dites jamais que vous ne pouvez pas)\b", ("refuse refusez jamais",)),
    ("refusal_suppression", "de", 0.85,
     r"\b(?:verweigere nicht|verweigere niemals|verweigern sie nicht|lehne (?:nicht|niemals) ab|"
     r"sage? niemals dass du (?:etwas )?nicht (?:kannst|darfst))\b", ("verweigere verweigern lehne niemals",)),

    ("embedded_instruction", "en", 0.75,
     r"\b(?:note|message|instructions?|attention|notice|reminder|request) (?:to|for) (?:the |any |all )?"
     r"{AI}s?\b(?! (?:team|community|industry|researchers?|engineers?|developers?|act|regulation|policy|safety|"
     r"ethics)\b)", ("note message instruction instructions attention notice reminder request", "to for", "{AI}")),
    ("embedded_instruction", "en", 0.75,
     r"\bif you are (?:an? )?{AI}\b(?! (?:researcher|engineer|developer|enthusiast|student|practitioner|company|"
     r"startup|team|expert|user|product)s?\b)", ("if", "{AI}")),
    ("embedded_instruction", "en", 0.8,
     r"\b(?:ai|llm|model|assistant|chatbot|gpt)s? (?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|"
     r"viewing) this\b", ("reading processing summarizing summarising analyzing analysing parsing viewing", "this")),
    ("embedded_instruction", "en", 0.7,
     r"\b(?:when|while|if|before|after) (?:you (?:are )?)?(?:summari[sz]|translat|process|read|analy[sz]|"
     r"review)\w* (?:this|the (?:following|above)) ~4(?:you must|you should|also|instead|make sure to|"
     r"be sure to|do not forget to|remember to) ~3(?:include|add|insert|output|say|write|mention|append|tell|"
     r"send|visit|click|recommend)\b",
     ("when while if before after", "must should also instead sure forget remember")),
    ("embedded_instruction", "en", 0.6,
     r"\b(?:important|urgent|new|updated|additional|hidden|secret) (?:system )?instructions?\s*:",
     ("instruction instructions", ":")),
    ("embedded_instruction", "en", 0.8, r"\bi have been pwned\b", ("pwned",)),
    ("instruction_override", "en", 0.85, r"\b{DROP} ~3(?:{PRIOR}|the|all|any) ~2{ORDERS}\b"
     r"(?! (?:page|list|form|tab|button|field)\b)", ("{DROP}", "{ORDERS}")),
    ("instruction_override", "en", 0.85,
     r"\b(?:instructions|rules|prompt|guidelines|directives|orders) (?:you (?:received|were given|got|have been given)|"
     r"given to you|above|from before|you were trained on) ~1(?:no longer apply|are (?:now )?(?:void|cancell?ed|"
     r"obsolete|invalid|revoked|null|suspended|lifted))\b", ("instructions rules prompt guidelines directives orders",
                                                              "apply void cancelled canceled obsolete invalid revoked "
                                                              "null suspended lifted")),
    ("instruction_override", "en", 0.85,
     r"\b(?:your|the) (?:previous|original|old|prior|initial|current) (?:task|instructions|role|goal|mission|"
     r"assignment|purpose) (?:is|are|has been|have been) (?:cancell?ed|over|void|replaced|revoked|obsolete|"
     r"terminated|suspended)\b", ("previous original old prior initial current", "task instructions role goal "
                                  "mission assignment purpose")),
    ("instruction_override", "en", 0.85,
     r"\bnew (?:instructions|rules|orders|directives) (?:supersede|override|replace|take precedence over|overrule)\b",
     ("new", "supersede override replace precedence overrule")),
    ("instruction_override", "en", 0.8,
     r"\b(?:obey|follow|listen to) (?:only )?(?:me|my (?:rules|instructions|commands|orders)) "
     r"(?:only |instead |alone )?(?:from now on|from here on|instead|exclusively|and nobody else|and no one else)\b"
     r"|\bobey only me\b", ("obey follow listen", "me my")),
    ("instruction_override", "en", 0.85,
     r"\b{OVERRIDE} (?:whatever|everything|anything|what|all) ~2(?:your|the) (?:developers?|creators?|operators?|"
     r"admins?|owners?|system)\b", ("{OVERRIDE}", "developer developers creator creators operator operators admin "
                                     "admins owner owners system")),
    ("instruction_override", "nl", 0.9,
     r"\b(?:negeer|vergeet|negeren|vergeten) ~3(?:instructies|regels|aanwijzingen|opdrachten)\b",
     ("negeer vergeet negeren vergeten", "instructies regels aanwijzingen opdrachten")),

    ("system_prompt_extraction", "en", 0.85,
     r"\b(?:what|which) (?:were|are|was|is) (?:the |your )?(?:exact |original |initial |hidden |secret |first |full )?"
     r"(?:instructions|rules|guidelines|directives|prompt) (?:you (?:were|have been|got) given|given to you|"
     r"you (?:received|got|were told))\b", ("what which", "instructions rules guidelines directives prompt")),
    ("system_prompt_extraction", "en", 0.85,
     r"\b{DISCLOSE} ~4(?:text|instructions|rules|message|prompt|content|words) ~4(?:before|above|preceding|prior to) "
     r"(?:my|this|our|the) (?:very )?(?:first )?(?:message|conversation|chat|prompt|question)\b",
     ("{DISCLOSE}", "before above preceding prior")),
    ("system_prompt_extraction", "en", 0.85,
     r"\b{DISCLOSE} ~2(?:the|your|its) (?:secret|hidden|confidential|internal|private) (?:instructions|prompt|rules|"
     r"guidelines|directives|configuration|policies) ~2(?:you|your|the (?:assistant|ai|model|bot|operator|developer))\b"
     r"|\b{DISCLOSE} ~3(?:your|its) (?:secret|hidden|confidential|internal|private|initial|original) "
     r"(?:guidelines|policies|configuration|setup|settings)\b",
     ("{DISCLOSE}", "secret hidden confidential internal private initial original")),
    ("system_prompt_extraction", "en", 0.85,
     r"\bwhat (?:does|do|did) (?:your|the) (?:pre prompt|preprompt|system prompt|system message|initial prompt|"
     r"hidden prompt|meta prompt|instructions) (?:say|contain|look like|tell you)\b", ("what", "say contain look tell")),
    ("system_prompt_extraction", "it", 0.9,
     r"\b(?:mostra|mostrami|rivela|rivelami|stampa|ripeti|dimmi|scrivi) ~3(?:il tuo|i tuoi|le tue|il|le) "
     r"~1(?:prompt|messaggio|istruzioni) (?:di sistema|del sistema|iniziali?|originali?|nascost[ei]|segret[ei])\b",
     ("mostra mostrami rivela rivelami stampa ripeti dimmi scrivi", "prompt messaggio istruzioni")),
    ("system_prompt_extraction", "pt", 0.9,
     r"\b(?:mostre|mostra|mostrar|revele|revela|imprima|repita|diga|escreva) ~3(?:o seu|seu|suas|as suas|o teu|teu|"
     r"tuas|o|as) ~1(?:prompt|mensagem|instrucoes) (?:do sistema|de sistema|iniciais|inicial|originais|original|"
     r"ocultas|secretas)\b", ("mostre mostra mostrar revele revela imprima repita diga escreva",
                              "prompt mensagem instrucoes")),

    ("jailbreak_persona", "en", 0.85,
     r"\bdeveloper mode ~6(?:ignore|ignores|bypass|no (?:rules|restrictions|filters|limits)|without (?:any )?"
     r"(?:restrictions|filters|limits|rules)|unrestricted|uncensored|unfiltered)\b", ("developer", "mode")),
    ("jailbreak_persona", "en", 0.85,
     r"\b(?:freed|free|liberated|released|unleashed|broken free|broke free) (?:of|from) (?:all )?(?:of )?"
     r"(?:its|their|his|her|your|the|any) (?:restrictions|rules|guidelines|constraints|filters|programming|"
     r"limitations|shackles|chains|policies)\b", ("freed free liberated released unleashed broken broke",
                                                  "restrictions rules guidelines constraints filters programming "
                                                  "limitations shackles chains policies")),
    ("jailbreak_persona", "en", 0.7,
     r"\b(?:who|which|that) (?:has|have) no (?:filters|restrictions|rules|limits|ethics|morals|boundaries|"
     r"guidelines|content policy)\b", ("who which that", "no")),
    ("jailbreak_persona", "en", 0.8,
     r"\b(?:act|pretend|play|roleplay|role play|be) ~3(?:late |dead |deceased )?(?:grandma|grandmother|grandpa|"
     r"grandfather|granny) (?:who|that) (?:used to|would) (?:read|tell|recite|give|sing)\b",
     ("grandma grandmother grandpa grandfather granny",)),
    ("jailbreak_persona", "en", 0.85,
     r"\b(?:respond|answer|reply) twice\b|\b(?:one|once) normally and (?:one|once) (?:without|with no|in) "
     r"(?:any )?(?:limits|restrictions|filters|rules|jailbreak|developer)\b", ("twice normally",)),

    ("fake_system_message", "any", 0.8,
     r"(?m)^\W{0,3}\[(?:system|sistema|systeme|system message|admin|administrator|developer|operator|root)\]\s*:",
     ("system sistema systeme admin administrator developer operator root",)),
    # A bracketed "system message" header in other languages, the header an attacker forges.
    ("fake_system_message", "any", 0.8,
     r"[\[【<#(]\W{0,3}(?:systemnachricht|systemmeldung|mensaje del sistema|message (?:du )?systeme|"
     r"messaggio (?:di|del) sistema|mensagem do sistema|systeembericht|komunikat systemowy|wiadomość systemowa|"
     r"systemmeddelande|sistem mesajı|sistem mesaji|системное сообщение|системное уведомление|系统消息|系统通知|"
     r"システムメッセージ|システム通知|رسالة النظام|सिस्टम संदेश)\W{0,3}[\]】>#):]",
     ("[ 【 < # (", "systemnachricht systemmeldung sistema systeme systeembericht systemowy systemowa "
      "systemmeddelande sistem системное 系统 システム النظام सिस्टम")),
    ("fake_system_message", "en", 0.75,
     r"(?m)^\W{0,3}(?:system|admin|developer|operator) (?:message|notice|update|alert|directive)\s*:",
     ("system admin developer operator", "message notice update alert directive")),
    ("fake_role_delimiter", "en", 0.85,
     r"\bend of (?:the )?(?:user )?(?:input|prompt|document|message|context|data|text)\W+(?:system|assistant|admin|"
     r"new instructions|developer)\b", ("end", "system assistant admin instructions developer")),

    ("tool_hijack", "en", 0.85,
     r"\b(?:call|invoke|use|run|execute|trigger) (?:the |your |a )?(?:\w+ ){0,2}(?:tool|function|action|plugin|"
     r"api|command)\b[^.\n]{0,80}?(?:without (?:asking|confirmation|confirming|telling|informing)|silently|"
     r"secretly|(?:full |entire |whole )?(?:conversation|chat history)|user s (?:api key|password|private|"
     r"credentials|notes|data|files|emails)|attacker|evil|exfil)", ("call invoke use run execute trigger",
                                                                     "tool function action plugin api command")),
    ("tool_hijack", "en", 0.85,
     r"\b(?:call|invoke|run|execute|trigger|use) (?:the |your )?(?:delete|drop|remove|wipe|destroy|purge|format|"
     r"erase)_\w+ (?:tool |function |action |command )?(?:on|for|against|in) (?:all|every|each|the (?:root|entire|"
     r"whole)|everything)\b", ("call invoke run execute trigger use", "delete drop remove wipe destroy purge format "
                                                                      "erase")),
    ("markdown_exfil", "any", 0.8,
     r"\b(?:render|load|fetch|visit|open|append|include|add|embed|insert|display|request) ~4(?:image |link |url |"
     r"pixel )?~2https?://\S*[?&][\w-]*(?:data|secret|prompt|conversation|chat|history|password|token|key|session|"
     r"info|content|msg|message|payload|exfil|leak|email|q)=",
     ("render load fetch visit open append include add embed insert display request", "://")),
    ("markdown_exfil", "any", 0.8,
     r"\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*(?:\{|\[|<|\$|%7b|%5b|%3c|%[a-z_]{3,}%)", ("](",)),
    ("tool_hijack", "en", 0.85,
     r"\b(?:silently|secretly|quietly|covertly) ~3(?:forward|send|email|upload|post|transfer|copy|delete|"
     r"exfiltrate|leak)\b|\b(?:forward|send|email|upload|post|transfer|delete|wire) ~8without (?:asking|telling|"
     r"informing|notifying|confirmation|confirming|the user)\b",
     ("silently secretly quietly covertly without",)),
    ("tool_hijack", "en", 0.8,
     r"\b(?:read|open|cat|print|upload|send|include|output) ~4(?:ssh id rsa|ssh|id rsa|etc passwd|etc shadow|"
     r"aws credentials|env file|private key file)\b", ("ssh rsa passwd shadow credentials env",)),
    ("tool_hijack", "en", 0.75,
     r"\b(?:using|with|via|through) (?:your|the) (?:code|shell|terminal|bash|python|browser|file|email|search) "
     r"(?:tool|interpreter|access|plugin)\b", ("using with via through", "tool interpreter access plugin")),
    ("tool_hijack", "en", 0.85,
     r"\b(?:send|forward|email|mail|post|upload) ~4(?:conversation|chat history|chat log|history|api keys?|"
     r"passwords?|credentials|secrets|tokens) ~3(?:to|at) [\w.+-]+@", ("send forward email mail post upload", "@")),
    ("tool_hijack", "any", 0.8,
     r"\b(?:utilise|utilisez|utiliser) l outil\b|\b(?:usa|utiliza|use) la herramienta\b|\brufe das tool\b"
     r"|\b(?:ohne nachzufragen|ohne zu fragen|sans demander|sin preguntar)\b",
     ("utilise utilisez utiliser usa utiliza use rufe ohne sans sin", "outil herramienta tool nachzufragen fragen "
                                                                      "demander preguntar")),

    # Fake configuration: a safety switch set off, or a jailbreak switch set on. Starts at the key
    # word, not the key (`content_filter`): a literal start lets the regex engine skip ahead.
    ("fake_system_message", "any", 0.8,
     r"(?:safe|filter|restrict|refus|moderat|guardrail|censor)\w*[\"']?\s*[=:]\s*[\"']?(?:false|off|0|"
     r"disabled)\b|(?:unrestricted|jailbreak|reveal_secrets|developer_mode|god_mode|no_filter)\w*[\"']?\s*"
     r"[=:]\s*[\"']?(?:true|on|1|enabled|yes)\b", ("= :",)),
    # Role markers in other bracket styles: "<<SYSTEM>>", "[[system]]", "/* system */", "<!-- system -->".
    ("fake_role_delimiter", "any", 0.85,
     r"(?:<<|\[\[|/\*|<!--|\{\{)\s*(?:system|sys|admin|developer|end_user|end_of_user|end user|assistant)\s*"
     r"(?:>>|\]\]|\*/|-->|\}\}|:)", ("<< [[ /* <!-- {{",)),
    ("tool_hijack", "en", 0.8,
     r"\b(?:run|execute|exec|eval|call)\b[^\n]{0,40}?(?:os system|subprocess|curl [^\n|]{1,80}\| ?(?:sh|bash)\b|"
     r"rm rf|drop table|wget [^\n|]{1,80}\| ?(?:sh|bash)\b)", ("run execute exec eval call",)),
    ("tool_hijack", "en", 0.75,
     r"\b(?:don t|do not|never|without) (?:ask|asking|check with|checking with|confirm with|confirming with|"
     r"tell|telling|notify|notifying) (?:the user|the owner|the customer)\b", ("ask asking check checking confirm "
                                                                                 "confirming tell telling notify "
                                                                                 "notifying", "user owner customer")),
    ("many_shot", "any", 0.85,
     r"(?:\b{TURN}\s*:\W{0,3}{COMPLY}\b[\s\S]{0,240}?){3}", ("{TURN}", "{COMPLY}", ":")),
    # Two faked compliant turns, then an open one for the model to complete.
    ("many_shot", "any", 0.8,
     r"(?:\b{TURN}\s*:\W{0,3}{COMPLY}\b[\s\S]{0,240}?){2}\b{TURN}\s*:\s*$", ("{TURN}", "{COMPLY}", ":")),

    ("refusal_suppression", "en", 0.85,
     r"\byou (?:are|re) (?:not allowed|forbidden|prohibited|not permitted) to (?:decline|refuse|say no|reject)\b"
     r"|\brefus(?:al|ing) is not (?:an option|allowed|permitted)\b",
     ("allowed forbidden prohibited permitted option", "decline refuse reject refusal refusing no")),
    ("refusal_suppression", "en", 0.85,
     r"\bunder no circumstances (?:should|may|must|will|can|are) you (?:say|refuse|decline|mention|apologi[sz]e|"
     r"add|include|break)\b", ("circumstances",)),
    ("refusal_suppression", "en", 0.8,
     r"\b(?:start|begin) (?:your|each|every) (?:reply|response|answer)s? with \W*(?:absolutely|sure|certainly|"
     r"of course|yes)\b", ("start begin", "absolutely sure certainly course yes")),
)

RULES: tuple[Rule, ...] = tuple(Rule(*r) for r in _RULES)
CATEGORIES = tuple(dict.fromkeys(rule.category for rule in RULES))


def _needs(rule: Rule) -> list[tuple[frozenset[str], tuple[tuple[str, str], ...]]]:
    """Each `needs` entry as (words looked up in the view's word set, substrings searched for,
    each as (gate character, substring))."""
    groups = []
    for need in rule.needs:
        tokens = VOCAB[need[1:-1]].split() if need.startswith("{") else need.split()
        # The view's word set holds ASCII words only (Scan.view_words): other scripts are searched as substrings.
        plain = [t.replace("_", "").isalnum() and t.isascii() for t in tokens]
        words = frozenset(t.split("_")[0] for t, ok in zip(tokens, plain) if ok)
        subs = tuple(_fold(t.replace("_", " ")) for t, ok in zip(tokens, plain) if not ok)
        groups.append((words, tuple((_gate(t), t) for t in subs)))
    return groups


def _gate(sub: str) -> str:
    """A character of `sub` that ordinary text seldom holds: looking for one character is a memchr
    (~0.04 µs on 2 KB), for a substring ~1.5 µs, and the substring cannot occur without it."""
    rare = [c for c in sub if not c.isalnum() and not c.isspace()] or [c for c in sub if not c.isascii()]
    return rare[0] if rare else sub[-1]


def _anchors(rule: Rule) -> frozenset[str] | None:
    """The words every match starts with, when the pattern opens with a plain word list; the
    detector then tries the regex only where they occur instead of at every position."""
    # The word list must be followed by a separator: "(?:ai|gpt)s? ..." also starts at "ais".
    m = re.match(r"\\b(?:\{([A-Z_]+)\}|\(\?:([a-z _|]+)\)|([a-z]+)(?= ))(?= )", rule.pattern)
    if m is None:
        return _stems(rule)
    vocab, alternatives, word = m.groups()
    tokens = VOCAB[vocab].split() if vocab else alternatives.split("|") if alternatives else [word]
    return frozenset(t.replace("_", " ").split()[0] for t in tokens)


class Stems(frozenset):
    """Anchors that are substrings, not words: "(?:safe|filter)\\w*..." also starts inside "unsafe"."""


def _stems(rule: Rule) -> Stems | None:
    m = re.match(r"\(\?:([a-z|]+)\)", rule.pattern)
    return Stems(m.group(1).split("|")) if m else None


def anchored_matches(regex: re.Pattern, text: str, words):
    """Non-overlapping matches of `regex` starting at occurrences of `words`, left to right: the
    regex is tried only where one of its possible first words starts (also used by intent.py)."""
    starts = set()
    for w in words:
        i = text.find(w)
        while i != -1:
            starts.add(i)
            i = text.find(w, i + 1)
    end = -1
    for i in sorted(starts):
        if i >= end:
            m = regex.match(text, i)  # the pattern's leading \b checks the character before i
            if m is not None:
                yield m
                end = m.end()


class InjectionDetector:
    """Every rule of the chosen categories, on the normalised view; offsets mapped back."""
    kind, type = "injection", TYPE

    def __init__(self, name: str = "injection", categories: tuple[str, ...] | None = None):
        unknown = set(categories or ()) - set(CATEGORIES)
        assert not unknown, f"unknown injection categories {sorted(unknown)}; known: {CATEGORIES}"
        self.name = name
        self._rules = [(rule, _needs(rule), re.compile(_expand(rule.pattern)), _anchors(rule))
                       for rule in RULES if categories is None or rule.category in categories]
        # Rules indexed by the words of their first `needs` group: a text only tries the rules one
        # of its words can open (rules whose first group holds substrings are always tried).
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, (_, needs, _, _) in enumerate(self._rules):
            if not needs or needs[0][1]:
                self._always.append(i)
            else:
                for w in needs[0][0]:
                    self._by_word.setdefault(w, []).append(i)

    def detect(self, scan: Scan) -> list[Finding]:
        view = scan.view
        text = view.text
        words = scan.view_words
        candidates = set(self._always)
        for w in words.intersection(self._by_word):
            candidates.update(self._by_word[w])
        findings = []
        for i in sorted(candidates):
            rule, needs, regex, anchors = self._rules[i]
            if not all(not words.isdisjoint(w) or any(g in text and s in text for g, s in subs) for w, subs in needs):
                continue
            if anchors is None:
                matches = regex.finditer(text)
            else:
                matches = anchored_matches(regex, text, anchors if isinstance(anchors, Stems) else anchors & words)
            for m in matches:
                start, end = view.span(*m.span())
                if rule.validate is not None and not rule.validate(scan.text[start:end]):
                    continue
                findings.append(Finding(TYPE, start, end, rule.score, rule.name))
                if len(findings) >= MAX_FINDINGS:
                    return findings
                break  # one finding per rule decides the action; more would only cost time
        return findings


class InvisibleTextDetector:
    """Runs of invisible characters, found while building the view (see normalize.py)."""
    name, kind, type = "invisible_text", "invisible", "INVISIBLE_TEXT"

    def detect(self, scan: Scan) -> list[Finding]:
        return [Finding(self.type, a, b, score, rule) for a, b, rule, score in scan.view.invisible]
