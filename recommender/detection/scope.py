"""Negation, dismissal and first-person habit: does a cue really count where it stands?

All checks look at a bounded window around the cue inside its sentence (lower-cased
matching copy), so the work per cue is constant whatever the input size.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .anchors import split_alternatives, trie_pattern


def _boundary_shared(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""The same expression with ``\b`` taken out of neighbouring alternatives that start
    with it: ``\ba|\bb|c`` becomes ``\b(?:a|b)|c``. The alternatives are still tried in
    the same order at each position, so every match is the same; the engine just stops
    testing the boundary once per alternative inside words.
    """
    parts: list[str] = []
    run: list[str] = []
    for alternative in [*split_alternatives(regex.pattern), None]:
        if alternative is not None and alternative.startswith(r"\b"):
            run.append(alternative[2:])
            continue
        if run:
            parts.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        if alternative is not None:
            parts.append(alternative)
    return re.compile("|".join(parts), regex.flags)


WINDOW = 90
NEGATED_FIX_WEIGHT = 0.85  # "I never stretch" says the cause out loud


# Where one clause ends and the next begins. A comma only ends a clause when a new
# subject follows: "no numbness, tingling or weakness" stays one negated list.
def _any(words: str) -> str:
    """ "a|b|c" as one trie-shaped group: a few character tests per position, same words."""
    return f"(?:{trie_pattern(words.split('|'))})"


_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]|\u2014\u2013!?.]|\s[-+=]\s"
    r"|,(?=\s*"
    + _any(
        "it|it's|its|i|i'm|i've|my|the|this|that|they|we|you|he|she|there|what|which|"
        "but|so|and|then|yet|instead|rather|because|though|although|while|whereas|just|only|now|"
        "actually|if|when|once|after|before|plus|also|especially"
    )
    + r"\b)"
    r"|\b"
    + _any(
        "but|however|although|though|whereas|while|yet|except|instead|because|since|so|which|"
        "then|until|unless|if|when|whenever|once|after|before|plus|cause|cos|coz|also"
    )
    + r"\b"
    r"|\band\s+(?="
    + _any("i|i'm|i've|my|it|it's|the|they|we|you|this|that|there|now|then|also|sometimes|often")
    + r"\b)",
    re.ASCII,
)
_CLAUSE_BREAK = _boundary_shared(_CLAUSE_BREAK)
_NEGATOR = re.compile(
    r"\b(?:"
    + _any(
        "no|not|never|without|nor|neither|none|nothing|hardly|barely|scarcely|cannot|"
        "denies|deny|denied|free of|absence of|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|"
        "won't|haven't|hasn't|hadn't|can't|couldn't|shouldn't|wouldn't|isnt|arent|wasnt|dont|"
        "doesnt|didnt|havent|hasnt|cant|aint|ain't|unlike|rather than|as opposed to|instead of|"
        "other than|ruled out|rule out|rules out|ruling out"
    )
    + r"|zero(?![\s-]drop|-))\b"
    r"(?!\s+(?:sure|know|knowing|idea|certain|clear|"
    r"understand|remember|matter|doubt|only|just|wonder|surprise|surprising|surprisingly|heard|"
    r"longer|until|till|stop)\b)",
    re.ASCII,
)
# Dismissals reach past "before", "when" or "if": only punctuation and a turn stop them.
_HARD_BREAK = re.compile(
    r"[;:()\[\]|!?.]|\s-\s|\b(?:but|however|although|though|whereas|yet|instead)\b", re.ASCII
)
# A fix named only to contrast it: "see a doctor, not a new pair of shoes".
_CONTRAST = re.compile(
    r"(?:(?:,\s*not|\bas opposed to|\bnot just|\bnot only)\s+(?:\S+\s+){0,2}"
    r"|(?:\brather than|\binstead of)\s+(?:\S+\s+){0,5})$",
    re.ASCII,
)
# A negated fix that forbids rather than reports: "Stop, do not stretch it" (a fresh pull).
_PROHIBITION = re.compile(
    r"^\W*(?:\w+,\s*)?(?:(?:and|but|so|then|just)\s+)?(?:please\s+)?(?:do not|don't|dont|never)\s+"
    # "don't try to force a deep stretch through the strain"
    r"(?:(?:try|attempt)\s+(?:to\s+)?)?(?:(?:force|push)\s+)?(?:(?:a|an|any)\s+)?"
    r"(?:(?:deep|hard|big|long|static|aggressive)\s+)?$",
    re.ASCII,
)


_FORBIDDEN_OBJECT = re.compile(
    r"\s*(?:it|them|(?:a|an|the|your) (?:\w+ )?(?:pulled|strained|torn|injured|sore|tweaked)"
    r"|(?:through|into|on) (?:it|them|(?:the |a |your )?(?:strain|pull|tear|pain|injury)))\b",
    re.ASCII,
)


def _forbids(prefix: str, cue: str, suffix: str) -> bool:
    """ "Do not stretch it" or "never stretch a pulled muscle" forbids; a shopper's "dont
    stretch ever" or "never lifted a weight" reports what they do (or did)."""
    return (
        _PROHIBITION.match(prefix) is not None
        and not cue.split(" ", 1)[0].endswith("ed")
        and _FORBIDDEN_OBJECT.match(suffix) is not None
    )


# A fault named as what to do instead of: "...rather than punching across the body".
_RATHER = re.compile(r"\b(?:rather than|instead of)\s+(?:\S+\s+){0,2}$", re.ASCII)
# A problem named only as what the trouble is not: "feels different from muscle ache",
# "often mistaken for a tight hamstring".
_NOT_THIS = re.compile(
    r"\b(?:different (?:from|to|than)|differs from|unlike|mistaken (?:\w+\s+){0,3}for"
    r"|confused with)\s+(?:\S+\s+){0,2}$",
    re.ASCII,
)
# "not a problem in itself" / "not a problem for everyone": a hedge before a "but", not a
# dismissal.
_NOT_IN_ITSELF = (
    r"(?!\s+(?:in\s+(?:itself|themselves|isolation)"
    r"|for\s+(?:everyone|everybody|every\s+runner|all\s+runners))\b)"
)
# After the cue, inside its clause: "surfaces don't seem to matter", "isn't the culprit".
_DISMISSED_AFTER = re.compile(
    r"(?:\b(?:is|are|was|were|'s|'re|do|does|did|has|have|had|will|would|can|could|should|"
    r"may|might|seems?|seemed)(?:n't|\s+not|\s+rarely|\s+seldom|\s+never|\s+no\s+longer|"
    r"\s+hardly)|\b(?:rarely|seldom|never|isnt|arent|dont|doesnt|wasnt|won't|wont)\b)"
    r"\s+(?:\w+\s+){0,5}?(?:matter|matters|mattered|culprit|cause|causes|caused|causing|problem|"
    r"issue|reason|blame|responsible|factor|explain|explanation|why|behind|fault|faults|relevant|villain|"
    r"culprits|guilty|benefit|difference|help|helps|"
    r"involved|contribute|contributing|related|linked|connected|necessary|needed|required|"
    r"essential|worse(?!\s+than\s+(?:that|this)\b)|harder|harmful|dangerous|the case|prevent|"
    r"true|driver|drivers|"
    r"change it|fix it|"
    r"solve it|cure it)\b"
    + _NOT_IN_ITSELF
    + r"|\b(?:matters?|mattered)\s+(?:much\s+|far\s+|a\s+lot\s+|rather\s+)?(?:less|little)\b"
    r"|\ba\s+matter\s+of\s+(?:taste|preference|comfort)\b|\bnot\s+to\s+blame\b|\boverrated\b|\boverblown\b"
    r"|\b(?:a|the)\s+myth\b|\bexaggerated\b(?:(?=\s*(?:[.,;!?]|$))|(?<=is exaggerated)"
    r"|(?<=are exaggerated)|(?<=was exaggerated)|(?<=been exaggerated)|(?<=greatly exaggerated)"
    r"|(?<=wildly exaggerated)|(?<=often exaggerated)|(?<=hugely exaggerated)"
    r"|(?<=much exaggerated))"
    r"|\bover-?stated\b|\birrelevant\b|\bunrelated\b|\b(?:poor|weak|bad|unreliable) predictors?\b"
    r"|\b(?:makes?|made|making) (?:far |much |a lot |very )?(?:less|little) (?:of a )?difference\b"
    r"|\b(?:no|little|scant|not\s+much)\s+(?:real\s+|clear\s+|proven\s+|good\s+|hard\s+)?"
    r"(?:difference|effect|link|evidence|role|benefit|value|"
    r"connection|relationship|bearing)\b|\bnothing\s+to\s+do\s+with\b|\bno\s+worse\b"
    r"|\bnot\s+(?:as|that)\s+(?:important|big|bad|harmful)\b|\bless\s+(?:important|harmful)\b"
    r"|\bnot\s+(?:the|a|an|my|your)\s+(?:\w+\s+)?(?:problem|issue|culprit|cause|reason)\b"
    + _NOT_IN_ITSELF
    # "New shoes are not a cure-all", "overpronation is over-diagnosed", "...is rare in
    # recreational runners" (but "a rest day is rare for me" says the cause out loud).
    + r"|\bnot\s+(?:a|the|some|any)\s+(?:\w+\s+)?(?:cure-all|cure\s+all|panacea|magic\s+bullet"
    r"|silver\s+bullet|quick\s+fix|magic\s+fix|fix-all|guarantee)"
    r"|\bover-?(?:diagnosed|blamed|hyped)\b"
    # "shoes fit perfectly (got fitted last month)": the fit is not the problem.
    r"|\bfits?\s+(?:perfectly|fine|well|great|nicely|brilliantly)\b(?!\s+(?:at\s+(?:the\s+start|first)"
    r"|in\s+the\s+shop|when|until|till|but|for\s+the\s+first|on\s+day))"
    r"|\b(?:is|are)\s+(?:actually\s+|genuinely\s+|really\s+|quite\s+|very\s+|fairly\s+|pretty\s+"
    r"|relatively\s+)?(?:rare|uncommon|unusual)(?=\s+in\s+|\s*[.,;!]|\s*$)"
    r"|\b(?:zero|little|any\s+real)\s+difference\b|\bmore\s+credit\s+than\s+(?:it|they)\s+deserves?\b"
    r"|\b(?:gets?|got|has|have|had)\s+a\s+(?:bad|worse|poor)\s+(?:press|name|rap|reputation)\b|\bworse\s+reputation\b"
    r"|\bfallen\s+out\s+of\s+favou?r\b|\b(?:does|do)\s+little\s+to\b|\bstruggled?\s+to\s+show\b"
    r"|\bgets?\s+blamed\s+(?:for\s+)?(?:a\s+lot|everything|too\s+much|too\s+often)\b"
    r"|\bwas\s+(?:fine\b(?!\s+(?:again|after|afterwards|once|within|by|later|the\s+next)\b)"
    r"|ruled\s+out\b)"
    # "right side is fine", "the other leg is fine": a contrast with the side that hurts.
    r"|\b(?=are|is|were|seem)(?<!side )(?<!one )(?<!other )(?<!leg )(?<!foot )(?<!knee )"
    r"(?<!hip )(?<!ankle )(?:are|is|were|seem|seems)\s+"
    r"(?:totally\s+|perfectly\s+|completely\s+)?fine\b(?!\s+for\b)",
    re.ASCII,
)
# "...on concrete paths, which probably doesn't help": the thing makes it worse, the
# opposite of a dismissal.
_AGGRAVATION = re.compile(
    r"\b(?:which|that|this|and that|and it|it)\s+(?:\w+\s+)?$",
    re.ASCII,
)
_DOES_NOT_HELP = re.compile(
    r"(?:doesn't|does\s+not|don't|do\s+not|didn't|won't|will\s+not|can't|cannot|isn't|is\s+not)"
    r"\s+(?:\w+\s+)?(?:help|helps|helping)$",
    re.ASCII,
)


_EVIDENCE_WORD = re.compile(r"\b(?:research|science|studies|data|proof)\b", re.ASCII)
# "The evidence that road running on its own causes injury is thin": a claim the writer says
# is poorly supported, with the topic inside it.
_WEAK_EVIDENCE = re.compile(
    r"\b(?:evidence|research|science|studies|data|proof)\b(?: [\w',-]+){1,14}? "
    r"(?:is|are|remains?|looks?|seems?) (?:\w+ )?(?:thin|weak|shaky|flimsy|scant|lacking|limited"
    r"|mixed|inconclusive|patchy|sparse)\b",
    re.ASCII,
)


def waves_away(text: str) -> bool:
    """Something in ``text`` (what follows a cue or topic) waves it away: "...matters far
    less", "...is not the problem". "..., which doesn't help" says it makes things worse."""
    found = _DISMISSED_AFTER.search(text)
    if found is None:
        return False
    if not _DOES_NOT_HELP.match(found.group()):
        return True
    return any(
        not (_DOES_NOT_HELP.match(later.group()) and _AGGRAVATION.search(text, 0, later.start()))
        for later in _DISMISSED_AFTER.finditer(text, found.start())
    )


_DISMISSAL_WORDS = (
    "n't", "not", "never", "no ", "rarely", "seldom", "hardly", "matter", "overrated", "overblown",
    "myth", "exaggerat", "overstat", "irrelevant", "unrelated", "nothing", "less ", "fine",
    "ruled", "rule out", "contrary", "misconception", "despite", "blam", "due to", "caused by",
    "because of", "need", "neither", "isnt", "arent", "dont", "doesnt", "wasnt", "over-stat",
    "rules out", "necessary", "difference", "credit", "reputation", "bad press", "bad name",
    "bad rap", "favour", "favor", "does little", "do little", "struggle", "diagnosed", "hyped",
    "rare", "uncommon", "unusual", "fit well", "fits well", "fit great", "fits great",
    "perfectly", "nicely", "brilliantly", "evidence", "research", "studies", "science", "doubt",
    "forget", "thought", "assumed", "figured", "guessed", "predictor",
)  # fmt: skip
# One trie-shaped alternation: a few character tests per position instead of one per word.
_DISMISSAL_HINT = re.compile(trie_pattern(_DISMISSAL_WORDS), re.ASCII)
# Before the cue in the same sentence: the writer is about to dismiss what follows.
_DISMISSAL_LEAD = re.compile(
    r"contrary to (?:popular|common|what)|\b(?:it's|it is|that's) (?:a |just )?(?:a )?myth"
    r"|\bthe myth\b|\bmisconception\b|despite what (?:\w+\s+){0,3}(?:think|believe|say|claim)"
    r"|\b(?:wrongly|mistakenly|unfairly|often|quick to|don't|do not|stop|never) blam\w*"
    r"|\binstead of blaming\b|\brather than blaming\b|\bbefore (?:you )?blam\w*"
    r"|\b(?:isn't|is not|wasn't|was not|not|it's not|it is not) (?:because of|due to|caused by)"
    r"|\b(?:it's|it is|it was|it) (?:not|isn't|wasn't|never) (?:\w+\s+)?(?:your|the|my|their)\b"
    r"|\bnothing to do with\b|\brule[sd]? out\b|\bruled out\b|\bnot necessarily\b"
    r"|\b(?:no|little) need (?:to|for)\b|\b(?:don't|do not|doesn't|does not|didn't|needn't|"
    r"never) (?:really |actually )?(?:need|have to|require)\b|\bunnecessary\b|\bnot needed\b"
    r"|\bnot required\b|\bneither\b|\bmyths?\s*(?:#?\d+\s*)?:\s*"
    r"|\b(?:i |we )?(?:thought|assumed|figured|guessed) (?:it was|it's|it were|it might be) "
    r"|\bforget (?:the|that|any) (?:idea|notion|myth|advice|old rule|rule)\b",
    re.ASCII,
)
_DISMISSAL_LEAD = _boundary_shared(_DISMISSAL_LEAD)
# What ends a dismissal lead's reach: the writer turns to the real cause.
_TURN = re.compile(
    r"[;:.!?\u2014]|\b(?:but|however|instead|actually|rather|yet|although|though|whereas)\b"
    r"|\bthe (?:real|actual|true|main|usual|more likely) (?:cause|culprit|problem|issue|reason)"
    r"|\b(?:it's|it is|its) (?:just|only|probably|likely)\b",
    re.ASCII,
)
_TURN = _boundary_shared(_TURN)
# Advice that asks the reader to check for a fault: "make sure your shoes are not worn out".
_CHECK_ADVICE = re.compile(
    r"\b(?:check|checking|make sure|making sure|ensure|ensuring|see that|watch that|look for)\b",
    re.ASCII,
)
_CHECK_LEAD = re.compile(r"\W*(?:check|make sure|ensure|see that|look at whether)\b", re.ASCII)
# Advice against the faulty thing: "avoid cotton socks", "don't run in worn-out shoes".
_ADVICE_AGAINST = re.compile(
    r"\b(?:avoid|avoiding|steer clear of|ditch|stay away from|get rid of|(?:don't|do not|never|"
    r"stop) (?:\w+ )?(?:wear|wearing|use|using|run in|running in|buy|buying|choose|train in|"
    r"pick up|restart|start again|go back|jump back|return))\b",
    re.ASCII,
)
# The writer reports no trouble at all: cues in the sentence are background, not causes.
_NO_TROUBLE = re.compile(
    r"\bnever (?:\w+ )?(?:bothered|hurt|troubled|had (?:a|any) (?:problem|issue|injur\w*|pain))"
    r"|\b(?:no|zero) (?:problems?|issues?|trouble|injuries)\b|\bzero blisters\b"
    r"|\b(?:going|gone) (?:really )?"
    r"(?:well|great|fine|good)\b|\bnever been (?:injured|a problem|an issue)"
    r"|\b(?:i|we|i've|i'm) (?:\w+ )?(?:feel|felt|am|was|been) (?:really |totally )?"
    r"(?:well|great|fine|good)\b"
    # "...but honestly my knees are fine": the body part the talk is about does not hurt.
    r"|\bmy (?:knees?|legs?|feet|foot|shins?|back|hips?|ankles?|calves|body) (?:are|is|feel|feels"
    r"|have been|has been|'re|'s) (?:totally |absolutely |perfectly |completely )?(?:fine|ok|okay"
    r"|good|great|grand)\b(?! (?:\w+ ){0,2}(?:until|till|before|except|apart|but)\b)"
    # "Nothing hurts at all", "no pain whatsoever" (not "no pain at all until mile 10").
    r"|\b(?:nothing (?:hurts|aches|is sore)"
    r"|no (?:pain|aches?|niggles?|soreness|problems?|issues?) (?:at all|whatsoever|so far|yet)"
    # "...a bit big in the toe box but I haven't run in them yet": no running in them to blame.
    r"|(?:haven't|have not|not) (?:\w+ )?(?:run|ran|worn|tried|raced) (?:in )?"
    r"(?:them|it|these|those)(?: \w+)? yet)"
    r"\b(?! (?:\w+ ){0,2}(?:until|till|before|except|apart|but)\b)",
    re.ASCII,
)
# Every reading of _NO_TROUBLE holds one of these words: most sentences need no more.
_NO_TROUBLE_HINT = re.compile(
    r"\b" + _any("never|no|nothing|well|great|fine|good|yet|zero") + r"\b", re.ASCII
)
# A remedy said not to help, not a cause said out loud: "it isn't something a new shoe will
# fix", "that is not a camber problem to fix with new shoes".
_WILL_NOT_FIX_IT = re.compile(
    r"\W*(?:\w+\s+){0,2}(?:will|would|can|could|is going to|is gonna)\s+(?:\w+\s+)?"
    r"(?:fix|solve|cure|sort)\b",
    re.ASCII,
)
_NOT_A_FIX_FOR_IT = re.compile(
    r"\bnot (?:a |an )?(?:\w+ ){0,2}(?:problem|issue|thing|job) (?:to )?"
    r"(?:(?:fix|solve|sort|cure)\w* (?:with|by) (?:\w+ )?)?$"
    # "...pain that no amount of rest fixes for good": the fix is said not to work.
    r"|\bno amount of (?:\w+ )?$"
    # "These aren't the kind of aches that new trainers or a few stretches will sort out."
    r"|(?:\bnot|n't) (?:the |a |an )?(?:kind|sort|type) of \w+ (?:that |which )(?:[\w']+ ){0,8}$",
    re.ASCII,
)
# "...my knee pain has gone": the trouble is over. Searched only when an ending word is there.
_PAIN_GONE = re.compile(
    r"\b(?:pain|ache|aches|soreness|niggles?) (?:\w+ )?(?:has |have |is |are )?"
    r"(?:gone|disappeared|vanished|cleared up|stopped)\b",
    re.ASCII,
)
_PAIN_GONE_HINT = re.compile(r"gone|disappeared|vanished|cleared up|stopped", re.ASCII)
# "...even when the pain has gone": a condition, not a report that it is over.
_CONDITION = re.compile(
    r"\b(?:when|once|until|till|after|before|if|unless)\s+(?:\w+\s+){0,2}$", re.ASCII
)


def _pain_gone(text: str, start: int, end: int) -> bool:
    return any(
        _CONDITION.search(text, max(start, found.start() - 30), found.start()) is None
        for found in _PAIN_GONE.finditer(text, start, end)
    )


# A problem the writer had and has solved: "I used to get blisters from cotton socks but the
# wicking ones sorted that", "battled shin splints for a year before moving to the park, and
# that was the end of them". Both a time long past and an ending must be there: "fixed by
# swapping to wicking socks" alone is advice.
_SOLVED = re.compile(
    r"\b(?:sorted|fixed|solved|cured) (?:that|it|them|me out|the problem)\b"
    r"|\b(?:sorted|fixed|solved|cured) (?:\w+ )?(?:with|by|after) (?:\w+ ){0,2}"
    r"(?:surgery|an? operation|physio|rest)\b"
    r"|\b(?:fully|completely|totally) (?:healed|recovered)\b"
    r"|\b(?:been |totally |completely |perfectly |absolutely )?fine (?:ever )?since\b"
    r"|\bnever (?:bothered|troubled|hurt|bugged) (?:me )?(?:again |since)"
    r"|\bcleared (?:it|them|that) up\b|\bdid the trick\b|\bnever looked back\b"
    r"|\b(?:that|which) was the end of (?:it|them|that)\b"
    r"|\b(?:haven't|have not|not) had (?:\w+ ){0,3}since\b"
    r"|\b(?:no|not a|not one) (?:more |single )?(?:blisters?|problems?|issues?|niggles?|pain)"
    r" since\b",
    re.ASCII,
)
# Every ending above holds one of these: most sentences have none, so test for them first.
_SOLVED_HINT = re.compile(
    trie_pattern(("sorted", "fixed", "solved", "cured", "cleared", "trick", "looked back",
                  "end of", "since", "healed", "recovered")),
    re.ASCII,
)  # fmt: skip
_LONG_PAST = re.compile(
    r"\b(?:used to|years? ago|back when|in the past|for years|battled|suffered for|struggled for)\b"
    r"|\bback in (?:uni|university|school|college|sixth form|the day"
    r"|my (?:twenties|thirties|teens)|(?:19|20)\d\d)\b"
    r"|\bin (?:19|20)\d\d\b"
    r"|\blast (?:year|season|summer|winter|spring|autumn)\b"
    r"|\bfor (?:a|the|one) (?:whole |full |long )?(?:year|season|winter|summer)\b",
    re.ASCII,
)
# "...fully healed, but now it's back": the episode is not over.
_BACK_AGAIN = re.compile(
    r"\b(?:now|today|again|recently|lately|these days|this (?:week|month|year|time|season))\b",
    re.ASCII,
)
# "...because I felt good": a reason, not a report of no trouble.
_REASON = re.compile(r"\b(?:because|cos|coz|as|since)\s+$", re.ASCII)
# "...even in thick warm socks": the thing named is what did not help, not the cause.
_CONCESSIVE = re.compile(
    r"\beven (?:in|with|on|after|wearing|when wearing)\s+(?:\S+\s+){0,3}$", re.ASCII
)
# Product copy: a range, a model's specification, colours. Its wording names no cause.
_PRODUCT_COPY = re.compile(
    r"\bour (?:new |latest |updated |spring |summer |autumn |fall |winter )?"
    r"(?:range|collection|line[\s-]?up|version|model)\b"
    r"|\bthe (?:new |latest |updated |spring |summer |autumn |fall |winter )?"
    r"(?:range|collection|line[\s-]?up)\b"
    r"(?! (?:of|that|which) (?:\w+ )?(?:suits|fits|matches))"
    r"|\bcolou?rways?\b|\bcomes? in (?:\w+ ){0,3}(?:colou?rs|fits|widths|sizes)\b|\bnow in stock\b"
    r"|\bweigh(?<!\bi weigh)(?<!\bwe weigh)(?<!\byou weigh)s? (?:just |only |about |around )?\d"
    r"|\b\d+\s?mm (?:heel[\s-]to[\s-]toe )?drop\b"
    # History: "Asphalt only became the standard road surface after the Second World War".
    r"|\b(?:in|during|by|after|before) the (?:(?:early|mid|late) )?(?:1[89]|20)\d0s\b"
    r"|\b(?:eighteenth|nineteenth|twentieth|19th|20th) century\b|\bworld war\b|\bjogging boom\b"
    r"|\bby the end of the decade\b|\bin those days\b"
    r"|\b(?:in|from|since|of|by|until) (?:the )?(?:18\d\d|19[0-8]\d)\b"
    # Gear care: "wash them inside out on a cool cycle and skip the fabric softener".
    r"|\bfabric softener\b|\btumble[\s-]?dr(?:y|yer|ier|ying)\b|\bwashing machine\b"
    r"|\bwash(?:ed|ing)? (?:\w+ ){0,2}(?:inside out|on a (?:cool|cold|gentle|low|warm)|by hand)\b"
    # A row of a table (specifications, a comparison): "| Max | Soft, thick | Long runs |".
    r"|\|[^|\n]*\|",
    re.ASCII,
)
# Every reading of _PRODUCT_COPY holds one of these: most sentences need no more.
_PRODUCT_COPY_HINT = re.compile(
    r"\||\d\s?mm\b|\d0s\b|\b"
    + trie_pattern(
        (
            "range", "collection", "line", "version", "model", "colour", "color", "comes in",
            "come in", "now in stock", "weigh", "century", "world war", "jogging boom",
            "end of the decade", "those days", "18", "19", "softener", "tumble",
            "washing machine", "wash",
        )
    ),
    re.ASCII,
)  # fmt: skip
# A cue inside "once you warm up" describes timing, not advice or fault.
_TIMING = re.compile(r"\b(?:once|until|till|as soon as|by the time)\s+(?:\w+\s+)?$", re.ASCII)
_SUBJECT_I = re.compile(r"\b(?:i|we|i'm|i've|we've|we're|i'd)\b", re.ASCII)
_CORRECTION = re.compile(
    r"\W*(?:actually|well|ok|okay|wait|i mean|or rather|sorry)\W+(?:it's\s+|its\s+|it\s+is\s+)?"
    r"(?:not|no|isn't)\b"
    # "...see a doctor for pain that wakes you at night. Mine doesn't, ...": not the writer's.
    r"|\W*(?:but\s+)?(?:mine|my\s+\w+)\s+(?:doesn't|does\s+not|don't|do\s+not|isn't|is\s+not|hasn't"
    r"|has\s+not|never\s+does)\b(?!\s+(?:help|stop|ease|improve|go|settle|get|let))"
    r"|\W*(?:not\s+me\b|i\s+don't\s+have\s+(?:that|those|these|any\s+of\s+(?:that|those|these|them))\b)",
    re.ASCII,
)
# "Toes numb? no, but the sides ache": a short question answered with a no.
_ANSWERED_NO = re.compile(
    r"\W*(?:no|nope|nah|none|never|not really|not at all)\b(?!\s+(?:idea|clue|joke|kidding|lie)\b)",
    re.ASCII,
)
QUESTION_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:i|we|i'm|i've|we've|we're|i'd|me|myself|my|our)\b", re.ASCII)
# "If you already stretch", "runners who already wear proper socks": a habit, not advice.
_ALREADY = re.compile(r"\b(?:you|they|who|runners)\s+(?:\w+\s+)?already\b", re.ASCII)
# First-person words that still admit the problem: "I need to stretch more".
_ADMISSION = re.compile(
    r"\b(?:need|needs|should|must|have to|has to|ought|gonna|going to|will|plan|planning|try|"
    r"trying|want|wanted|forgot|forget|forgetting|skip\w*|stopped|quit|gave up|lazy|bad at|"
    r"neglect\w*|hate|more|better|started|start|begun|began|recently|just|supposed|told|"
    r"advised|suggested|recommended|probably|maybe|perhaps|wonder|if|rarely|seldom|any|"
    r"enough|too|said|says|reckons|reckoned|gave me|given me|prescribed)\b",
    re.ASCII,
)


def clause_prefix(match_text: str, sentence_start: int, cue_start: int) -> str:
    window_start = max(sentence_start, cue_start - WINDOW)
    segment = match_text[window_start:cue_start]
    last_end = 0
    for found in _CLAUSE_BREAK.finditer(segment):
        last_end = found.end()
    return segment[last_end:]


def clause_suffix(match_text: str, cue_end: int, sentence_end: int) -> str:
    segment = match_text[cue_end : min(sentence_end, cue_end + WINDOW)]
    found = _CLAUSE_BREAK.search(segment)
    return segment[: found.start()] if found else segment


NEGATION_REACH_WORDS = 6  # "without enough easing off leave small tears": too far to negate


# "A streak with no easy days leaves muscles overworked": the negation stays inside the
# subject ("no easy days"); the verb after it says what that does to the cue.
_NEGATED_SUBJECT = re.compile(
    r"\b(?:no|without)\s+(?:\w+\s+){1,4}(?:leaves|left|means|meant|gives|gave|makes|made|causes"
    r"|caused|puts|sends|sent|keeps|kept|turns|turned)(?:\s+\w+){0,2}\s*$",
    re.ASCII,
)


def is_negated(prefix: str, *, near: bool = False) -> bool:
    """A negator in the clause before the cue; with ``near``, only among its last few words
    (a symptom list keeps the whole clause: "no numbness, tingling or weakness")."""
    if _NEGATOR.search(prefix) is None:
        return False
    if near:
        words = prefix.split()
        if len(words) > NEGATION_REACH_WORDS:
            prefix = " ".join(words[-NEGATION_REACH_WORDS:])
            if _NEGATOR.search(prefix) is None:
                return False
        return not ("no" in prefix or "without" in prefix) or (
            _NEGATED_SUBJECT.search(prefix) is None
        )
    return True


_UNREAD = object()  # a sentence-wide fact not worked out yet


class Sentence:
    """One sentence of the matching copy, with the sentence-wide facts computed once."""

    __slots__ = (
        "_break_ends",
        "_break_starts",
        "_doubted",
        "_has_denial",
        "_has_dismissal",
        "_leads",
        "_no_trouble",
        "_product_copy",
        "_solved_long_ago",
        "_turns",
        "_weak_evidence",
        "end",
        "may_dismiss",
        "start",
        "text",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._no_trouble: bool | None = None
        self._solved_long_ago: bool | None = None
        self._weak_evidence: re.Match[str] | object | None = _UNREAD
        self._product_copy: bool | None = None
        self._has_denial: bool | None = None
        self._leads: list[int] | None = None
        self._doubted: list[tuple[int, int]] | None = None
        self._turns: list[int] = []
        self._break_starts: list[int] | None = None
        self._has_dismissal: bool | None = None
        self._break_ends: list[int] = []
        # Every dismissal needs one of a few words; most sentences have none, and the
        # dismissal patterns are the slowest in the detector, so test for them first.
        self.may_dismiss = _DISMISSAL_HINT.search(text, start, end) is not None

    def _breaks(self) -> tuple[list[int], list[int]]:
        """Clause breaks of the whole sentence, found once and shared by all its cues."""
        if self._break_starts is None:
            found = list(_CLAUSE_BREAK.finditer(self.text, self.start, self.end))
            self._break_starts = [brk.start() for brk in found]
            self._break_ends = [brk.end() for brk in found]
        return self._break_starts, self._break_ends

    def prefix(self, cue_start: int) -> str:
        """The cue's clause before it (at most WINDOW characters back)."""
        window_start = max(self.start, cue_start - WINDOW)
        starts, ends = self._breaks()
        index = bisect_right(ends, cue_start) - 1
        if index >= 0 and starts[index] >= window_start:
            window_start = ends[index]
        return self.text[window_start:cue_start]

    def long_suffix(self, cue_end: int) -> str:
        """What follows the cue up to the next hard break: the reach of a dismissal."""
        window_end = min(self.end, cue_end + WINDOW)
        found = _HARD_BREAK.search(self.text, cue_end, window_end)
        return self.text[cue_end : found.start() if found else window_end]

    def suffix(self, cue_end: int) -> str:
        """The cue's clause after it (at most WINDOW characters on)."""
        window_end = min(self.end, cue_end + WINDOW)
        starts, ends = self._breaks()
        index = bisect_left(starts, cue_end)
        if index < len(starts) and ends[index] <= window_end:
            window_end = starts[index]
        return self.text[cue_end:window_end]

    @property
    def has_dismissal(self) -> bool:
        """Some clause of the sentence waves something away ("...matters far less")."""
        if self._has_dismissal is None:
            self._has_dismissal = self.may_dismiss and (
                _DISMISSED_AFTER.search(self.text, self.start, self.end) is not None
            )
        return self._has_dismissal

    @property
    def no_trouble(self) -> bool:
        """The writer reports no trouble at all: its cues are background, not causes."""
        if self._no_trouble is None:
            text, start, end = self.text, self.start, self.end
            self._no_trouble = (
                (
                    _NO_TROUBLE_HINT.search(text, start, end) is not None
                    and any(
                        _REASON.search(text, max(start, found.start() - 8), found.start()) is None
                        for found in _NO_TROUBLE.finditer(text, start, end)
                    )
                )
                or (
                    _PAIN_GONE_HINT.search(text, start, end) is not None
                    and _pain_gone(text, start, end)
                )
                or self.solved_long_ago
            )
        return self._no_trouble

    @property
    def solved_long_ago(self) -> bool:
        """The writer tells of trouble long past and sorted ("cured it years ago")."""
        if self._solved_long_ago is None:
            text, start, end = self.text, self.start, self.end
            self._solved_long_ago = (
                _SOLVED_HINT.search(text, start, end) is not None
                and _SOLVED.search(text, start, end) is not None
                and _LONG_PAST.search(text, start, end) is not None
            )
        return self._solved_long_ago

    @property
    def weak_evidence(self) -> re.Match[str] | None:
        """Where the sentence calls a claim poorly supported ("the evidence that... is thin")."""
        if self._weak_evidence is _UNREAD:
            text, start, end = self.text, self.start, self.end
            self._weak_evidence = (
                _WEAK_EVIDENCE.search(text, start, end)
                if self.may_dismiss
                and ("evidence" in text[start:end] or _EVIDENCE_WORD.search(text, start, end))
                else None
            )
        return self._weak_evidence

    def over_long_ago(self, cue_end: int) -> bool:
        """The cue tells of a long-past episode the writer got over ("a stress fracture back
        in 2016, fully healed"), and nothing after it brings it back ("...but now again")."""
        return self.solved_long_ago and _BACK_AGAIN.search(self.text, cue_end, self.end) is None

    @property
    def has_denial(self) -> bool:
        """Some clause denies what follows it: "I don't think it's the surface"."""
        if self._has_denial is None:
            self._has_denial = self.may_dismiss and (
                _DENIAL_ANYWHERE.search(self.text, self.start, self.end) is not None
                or bool(self.doubted_claims)
            )
        return self._has_denial

    @property
    def product_copy(self) -> bool:
        """The sentence describes a product (a range, a model's drop or weight, colours)."""
        if self._product_copy is None:
            text, start, end = self.text, self.start, self.end
            self._product_copy = (
                _PRODUCT_COPY_HINT.search(text, start, end) is not None
                and _PRODUCT_COPY.search(text, start, end) is not None
            )
        return self._product_copy

    @property
    def doubted_claims(self) -> list[tuple[int, int]]:
        """Spans of the claims the sentence denies whole ("we don't think X is why...")."""
        if self._doubted is None:
            text = self.text
            self._doubted = (
                [claim.span(1) for claim in _DOUBTED_CLAIM.finditer(text, self.start, self.end)]
                if _may_doubt(text[self.start : self.end])
                else []
            )
        return self._doubted

    @property
    def has_lead(self) -> bool:
        """The sentence holds a dismissal lead ("forget the idea that...")."""
        return self.may_dismiss and bool(self._lead_ends())

    def _lead_ends(self) -> list[int]:
        """Where each dismissal lead ends (and, from the first, where the sentence turns)."""
        if self._leads is None:
            found = _DISMISSAL_LEAD.finditer(self.text, self.start, self.end)
            self._leads = [lead.end() for lead in found]
            if self._leads:
                found = _TURN.finditer(self.text, self._leads[0], self.end)
                self._turns = [turn.start() for turn in found]
        return self._leads

    def led_away(self, cue_start: int) -> bool:
        """A dismissal lead ("contrary to popular belief", "it's a myth that") reaches the cue."""
        if not self.may_dismiss:
            return False
        leads = self._lead_ends()
        lead_index = bisect_right(leads, cue_start) - 1
        if lead_index < 0:
            return False
        lead_end = leads[lead_index]
        turn_index = bisect_left(self._turns, lead_end)
        return turn_index >= len(self._turns) or self._turns[turn_index] >= cue_start


def is_dismissed(sentence: Sentence, cue_start: int, cue_end: int) -> bool:
    """The writer raises the cue only to wave it away, after it or in a lead before it."""
    if not sentence.has_dismissal and not sentence.may_dismiss:
        return False
    if sentence.has_dismissal and waves_away(sentence.long_suffix(cue_end)):
        return True
    return sentence.led_away(cue_start)


def is_own_habit(prefix: str, suffix: str) -> bool:
    """A fix the writer already follows ("I always stretch") implies no cause."""
    if _ALREADY.search(prefix):
        return True
    if _FIRST_PERSON.search(prefix) is None:
        return False
    return _ADMISSION.search(prefix) is None and _ADMISSION.search(suffix) is None


def is_advice_against(prefix: str, sentence: Sentence | None = None) -> bool:
    """ "Avoid cotton socks" / "make sure your shoes aren't worn out" name the fault as advice,
    and so does each item of a check list: "check that X is not..., and that Y is not..."."""
    advice = _ADVICE_AGAINST.search(prefix) or _CHECK_ADVICE.search(prefix)
    if not advice and (
        sentence is None or not _CHECK_LEAD.match(sentence.text, sentence.start, sentence.end)
    ):
        return False
    return _SUBJECT_I.search(prefix) is None


def _is_concession(sentence: Sentence, cue_start: int) -> bool:
    """ "...even in thick socks", "even after several days without running": read the words
    just before the cue, clause breaks included ("after" starts a clause of its own)."""
    window = sentence.text[max(sentence.start, cue_start - 40) : cue_start]
    return "even " in window and _CONCESSIVE.search(window) is not None


def is_timing(sentence: Sentence, cue_start: int) -> bool:
    """ "...fades once you warm up": read the words just before the cue, breaks included."""
    window = sentence.text[max(sentence.start, cue_start - 30) : cue_start]
    return _TIMING.search(window) is not None


# Just before the topic: "I don't think it's the surface", "it's not my shoes".
_DENIAL = (
    r"(?:\b(?:don't|do not|doesn't|does not|didn't|did not) think (?:it's|it is|its|it was|it)"
    r"|\b(?:it's|it is|its|it was) not|\b(?:it|that) (?:isn't|wasn't)"
    r"|\bnot (?:due to|because of|caused by)"
    r"|\b(?:i |we )?(?:doubt|doubt that) (?:it's|it is|its|it was|it|that's|that is))\s+"
)
_DENIAL_ANYWHERE = re.compile(_DENIAL, re.ASCII)
_DISMISSED_BEFORE = re.compile(_DENIAL + r"(?:the |my |your |their )?$", re.ASCII)


# "We don't think skipping your hamstring stretch is why your knee hurts": a claim denied whole.
_DOUBTED_CLAIM = re.compile(
    r"\b(?:don't|do not|didn't|did not|doesn't|does not) (?:really |honestly )?"
    r"(?:think|believe|reckon)(?: that)? ((?:[\w'-]+ ){1,10}?)(?:is|was|are|were) "
    r"(?:really |actually |necessarily |the (?:main |real |only )?)?"
    r"(?:why|reason|cause|culprit|problem|to blame|behind)\b",
    re.ASCII,
)


def _may_doubt(text: str) -> bool:
    """Every reading of _DOUBTED_CLAIM holds one of these words."""
    return "think" in text or "believe" in text or "reckon" in text


def topic_dismissed(sentence: Sentence, topic: re.Pattern[str]) -> bool:
    """The sentence waves the cause's topic away: "surfaces don't seem to matter much",
    "I don't think it's the surface", "we don't think skipping a stretch is why..."."""
    if not sentence.may_dismiss:
        return False
    weak = sentence.weak_evidence
    doubted = sentence.doubted_claims
    for found in topic.finditer(sentence.text, sentence.start, sentence.end):
        if weak is not None and weak.start() < found.start() and found.end() <= weak.end():
            return True
        if doubted and any(start <= found.start() < end for start, end in doubted):
            return True
        if sentence.led_away(found.start()):  # "Forget the idea that heel striking is bad"
            return True
        if waves_away(sentence.long_suffix(found.end())):
            return True
        before = sentence.text[max(sentence.start, found.start() - 40) : found.start()]
        if _DISMISSED_BEFORE.search(before):
            return True
    return False


# "no pain yet, just asking", "not in pain at all but my mate reckons...": a question with
# nothing wrong; what it names is asked about, not a cause of the writer's pain.
_ASKS_WITHOUT_PAIN = re.compile(
    r"\b(?:no pain|not in (?:any )?pain|nothing hurts)(?: (?:at all|whatsoever))?\b[\s,;:.!-]*"
    r"(?:(?:i'm|im|i am|it's|its) )?(?:just|only) (?:asking|curious|wondering|checking)\b"
    r"|\bno pain yet\b|\bnot in (?:any )?pain at all\b",
    re.ASCII,
)


def asks_without_pain(text: str, start: int, end: int) -> bool:
    """The writer has no pain and only asks ("no pain yet, just asking")."""
    words = text[start:end]
    return ("pain" in words or "hurts" in words) and (
        _ASKS_WITHOUT_PAIN.search(text, start, end) is not None
    )


_POINTS_BACK = re.compile(
    r"\W*(?:but\s+|yet\s+|however,?\s+|still,?\s+|honestly,?\s+|in fact,?\s+)?"
    r"(?:it|this|that|they|these|those|none of (?:this|that|these|them)"
    r"|neither(?: of (?:them|these|those))?)"
    r"(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+does|\s+do|\s+has|\s+have)?\b",
    re.ASCII,
)


def dismisses_previous(sentence: Sentence) -> bool:
    """ "It is not what causes most back pain, though": a pronoun that points back at the
    previous sentence, then a dismissal in the same clause."""
    found = _POINTS_BACK.match(sentence.text, sentence.start, sentence.end)
    if found is None:
        return False
    return waves_away(sentence.suffix(found.end()))


def is_correction(next_sentence: str, sentence: str = "") -> bool:
    """ "...goes numb... actually not numb": the writer takes the symptom back. A short
    question answered with a no ("Toes numb? no, ...") names the symptom only to deny it."""
    if _CORRECTION.match(next_sentence) is not None:
        return True
    question = sentence.strip()
    return (
        question.endswith("?")
        and len(question.split()) <= QUESTION_WORDS
        and _ANSWERED_NO.match(next_sentence) is not None
    )


def _is_echo_question(sentence: Sentence) -> bool:
    """ "Rest days? I take two a week": a fix echoed as a bare question is not advice, and
    neither is one asked about ("Should you stretch before a run?", "Do you really need a
    gait analysis?"), which the text goes on to answer either way."""
    text = sentence.text[sentence.start : sentence.end]
    if not text.endswith("?"):
        return False
    return len(text.split()) <= 3 or _ASKED_ABOUT.match(text) is not None


# "Is concrete really worse than asphalt?", "What about hard roads?": a cause put up as a
# question the text goes on to answer, not one it states.
_DOUBTING_QUESTION = re.compile(
    r"\W*(?:(?:is|are|does|do|can|could|should|will|would|did|was|were)\b.*\breally\b"
    r"|(?:what|how) about\b)",
    re.ASCII,
)


def _is_doubting_question(sentence: Sentence) -> bool:
    text = sentence.text
    return text[sentence.end - 1] == "?" and (
        _DOUBTING_QUESTION.match(text, sentence.start, sentence.end) is not None
    )


_ASKED_ABOUT = re.compile(
    r"\W*(?:should|do|does|is|are|must|will|would|can|could)\s+(?:you|we|runners|beginners|it|they"
    r"|(?:\w+\s+)?(?:shoes|trainers|sneakers|socks|insoles|orthotics|stretching|stretches))\b"
    # "Do you have something with more cushioning for my knees?" asks the shop for a fix.
    r"(?!\s+(?:have|sell|stock|do|recommend|suggest|make|carry|offer|ship|deliver|know)\b)",
    re.ASCII,
)


# "a new pair cannot help a stabbing pain": the negation is of the remedy, not the symptom.
# "No insole will fix a shooting pain" says the same.
_NEGATED_REMEDY = re.compile(
    r"(?:\b(?:cannot|can't|cant|can not|won't|wont|will not|doesn't|does not|don't|do not|didn't|"
    r"did not|never|not)|\b(?:no|nothing)(?:\s+\w+){0,3}\s+(?:can|will|could|would))"
    r"\s+(?:\w+\s+)?(?:help|fix|cure|solve|sort|treat|mend|heal|ease|relieve)"
    r"(?:s|ed|ing)?\s+(?:out\s+)?(?:with\s+)?(?:\w+\s+){0,2}$",
    re.ASCII,
)
_NO_LONGER = re.compile(r"\bno longer\s+(?:\w+\s+)?$", re.ASCII)
# A symptom that passes at once: "...numb, but I loosened the laces and it stopped straight
# away", "went to sleep ... woke up fine after a minute", "come back the moment you loosen".
_PASSES_AT_ONCE = re.compile(
    r"\b(?:stopped|stops|went away|goes away|go away|was gone|disappeared|came back|come back|"
    r"comes back|back to normal|fine again|eased off|wore off|wears off)"
    r"(?:\s+\w+){0,2}\s+(?:straight away|straightaway|immediately|at once|instantly|right away|"
    r"the moment|as soon as)\b|\bwoke up fine\b"
    r"|\b(?:but|and) (?:it's |its |it is |i'm |im |i am |all )?"
    r"(?:fine|all good|sorted|gone|back to normal) now\b",
    re.ASCII,
)


def symptom_taken_back(sentence: Sentence, next_sentence: str = "") -> bool:
    """The writer takes back what the sentence says of a symptom: it passed at once ("went
    numb but stopped straight away"), there is no trouble at all, or the next sentence
    corrects it ("...actually not numb")."""
    if _PASSES_AT_ONCE.search(sentence.text, sentence.start, sentence.end) or sentence.no_trouble:
        return True
    return bool(next_sentence) and is_correction(
        next_sentence, sentence.text[sentence.start : sentence.end]
    )


def _passes_at_once(sentence: Sentence, cue_end: int) -> bool:
    text = sentence.text[cue_end : min(sentence.end, cue_end + 2 * WINDOW)]
    return _PASSES_AT_ONCE.search(text) is not None


def cue_weight(
    *,
    kind: str,
    weight: float,
    red_flag: bool,
    negation_shaped: bool,
    check_inside: bool,
    sentence: Sentence,
    found,
) -> float:
    """The weight a cue earns where it stands: 0 when negated, dismissed or already done.

    A negated cause cue ("not worn out") does not count; a negated fix ("I never
    stretch") is the cause said out loud; a fix the writer already follows ("I always
    stretch") implies nothing; advice against a fault ("don't wear cotton socks") counts.
    """
    prefix = sentence.prefix(found.start())
    if red_flag:
        if negation_shaped:  # the cue is itself a negation: "does not improve with rest"
            return weight
        if is_negated(prefix) and _NEGATED_REMEDY.search(prefix) is None:
            return 0.0
        if _NO_LONGER.search(prefix):  # "toes no longer numb": the symptom is over
            return 0.0
        if check_inside and is_negated(found.group()):
            return 0.0
        if sentence.over_long_ago(found.end()):
            return 0.0
        return 0.0 if _passes_at_once(sentence, found.end()) else weight
    if is_dismissed(sentence, found.start(), found.end()) or sentence.no_trouble:
        return 0.0
    if sentence.product_copy or _is_concession(sentence, found.start()):
        return 0.0
    negated = is_negated(prefix, near=True)
    if kind == "fix":
        if is_timing(sentence, found.start()) or _is_echo_question(sentence):
            return 0.0
        if _NOT_A_FIX_FOR_IT.search(prefix):
            return 0.0
        if negated:
            suffix = sentence.suffix(found.end())
            if (
                _CONTRAST.search(prefix)
                or _forbids(prefix, found.group(), suffix)
                or _WILL_NOT_FIX_IT.match(suffix)
            ):
                return 0.0
            return max(weight, NEGATED_FIX_WEIGHT)
        return 0.0 if is_own_habit(prefix, sentence.suffix(found.end())) else weight
    if negated and not is_advice_against(prefix, sentence) and not _RATHER.search(prefix):
        return 0.0
    if _NOT_THIS.search(prefix) or _is_doubting_question(sentence):
        return 0.0
    return weight
