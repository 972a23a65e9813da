# ruff: noqa: E501  (cue tables: one readable pattern per line)
# fmt: off
"""Red-flag cues: symptoms that call for a medical professional, not a product.

Each is (negation, pattern). Any match that is not negated marks its sentence as a
red-flag passage. ``negation`` says how a negation is read: ``False``, one before the match
or inside it clears it ("pain is not sharp"); ``True``, the cue is itself shaped as a
negation ("does not improve with rest") and is never cleared; ``PREFIX_ONLY``, only one
before it clears it, so "no feeling in my groin" counts while "no tingling or loss of
feeling" does not. "weakness" alone is not one ("weak glutes" is a training
matter): it must sit in a limb. Words with everyday meanings ("shooting for a PR",
"marathon fever", "sharp increase") need their pain context.
"""

import re

PREFIX_ONLY = "prefix"

_LIMB = r"(?:legs?|arms?|feet|foot|hands?|toes?|fingers?|fingertips?|thumbs?|thighs?|calf|calves|buttocks?|bum|knees?|hips?|shins?|heels?|shoulders?)"
_PAIN = r"(?:pains?|aches?|twinges?|jolts?|sensations?|feelings?|stabs?)"

# A fracture named as where too much load leads ("is how stress fractures start", "a route
# to a stress fracture") is a risk, not a suspected fracture.
_AS_A_RISK = (
    "how", "risk of", "risks of", "risk of a", "route to", "route to a", "lead to", "leads to",
    "lead to a", "leads to a", "leading to", "cause", "causes", "causing", "recipe for",
    "recipe for a", "chance of", "chance of a", "prevent", "prevents", "preventing", "avoid",
    "avoiding", "ticket to", "ticket to a", "about getting", "about getting a", "of getting",
    "of getting a", "paranoid about", "story of", "story of a", "against",
)
# The look-behinds sit after a plain text, so the engine scans for the text first.
# So is one named as common among runners ("stress fractures are common in...").
# So is one named as a risk or a possibility for anyone ("are a real risk when mileage climbs",
# "one of the risks of", "a possibility for anyone who runs a lot"), and one from years ago.
# An ache in bed the night after a hard session is soreness, not night pain.
_AFTER_A_SESSION = r"(?! (?:\w+ ){0,2}after (?:a |the |my |that |each |every |hard |long |big |tough )*(?:run|runs|race|session|sessions|workout|marathon|intervals)\b)"
# Numbness with an everyday reason given: shock at a race time, the cold, a bike saddle,
# sitting cross-legged.
_NUMB_NOT_A_SIGN = r"(?! with (?:tiredness|fatigue|exhaustion|cold)\b| to (?:criticism|it all|everything|the news|the noise|the world|emotions?|feelings?|pain)\b| to the (?:pain|misery|agony|horror|shock|sound|idea|thought) of\b| (?:\w+ )?(?:about|over) (?:the|my|that|this|it|what|how|losing|missing)\b| (?:\w+ ){0,3}(?:in|from) the cold\b| (?:\w+ ){0,3}when (?:my |the )?laces (?:are|were|get|got|is) (?:too |a bit |really )?tight\b|(?: [\w',]+){0,10} (?:loosen\w*|untie\w*|relac\w*) (?:\w+ ){0,3}(?:fix|fixes|fixed|sorts?|sorted|stops?|stopped|cures?|cured|solves?|solved)\b| (?:with|from) (?:shock|disbelief|joy|grief|excitement|nerves)\b| (?:\w+ )?from (?:the |a )?(?:cold|frost|chill|freezing|bike|saddle|cycling)\b| (?:\w+ ){0,3}(?:because|after|from|when) (?:i |you )?(?:sat|sit|sitting) (?:\w+ )?(?:cross[\s-]legged|on (?:it|my (?:foot|feet|leg|legs))\b)| when (?:i|we) (?:saw|heard|read|looked|checked|crossed|found|got)\b)"
_PAST = r"(?!(?: (?!since\b)[\w']+){0,3} (?:years ago|last (?:year|season|summer|winter|spring|autumn)|in (?:19|20)\d\d)\b)"
_COMMON = (
    r"\w*\b(?! (?:are|is) (?:\w+ ){0,4}(?:common|rare|frequent|risks?|danger|hazard)\b"
    r"| (?:are|is) (?:a |an )?(?:real |genuine )?possibility for (?:anyone|any|all|every|most|runners)\b"
    r"| (?:usually |typically |normally |generally )?(?:takes?|needs?|heals?|can take) (?:\w+ ){0,4}(?:weeks|months|to heal)\b"
    # ...and one spoken of in general: "stress fractures used to end seasons", "a stress fracture
    # needs rest", "can happen when...".
    r"| (?:used to|tend to|tends to|can |may (?!be\b)|might (?!be\b)|often |usually |typically |needs? rest\b|heal\b|heals\b)(?!not\b|be ruled\b))" + _PAST
)
_FRACTURE = "stress" + "".join(f"(?<!{words} stress)" for words in _AS_A_RISK) + r" fractur" + _COMMON
_FRACTURE += "|fractur(?<!stress fractur)" + "".join(f"(?<!{words} fractur)" for words in _AS_A_RISK)
_FRACTURE += _COMMON
_PART = rf"(?:{_LIMB[3:-1]}|ankles?|groin|backside|elbows?|wrists?|forearms?)"
# Something felt that moves along a limb: "the ache in my lower back now runs right down the
# back of my left leg", "burns like it's on fire, goes down to the knee".
# Each felt word opens its own alternative, so each is scanned for as plain text and runs
# only in sentences that hold it.
# (Tingling, numbness, electric shocks and sciatica are red flags wherever they go.)
_FELT_WORDS = ("pains?", "aches?", "aching", "burns?", r"burning(?! hot\b)", "zaps?", "zapping", "electricity", r"shoot\w*", r"throb\w*")


def _each_felt(rest: str, words: tuple[str, ...] = _FELT_WORDS) -> str:
    return "|".join(word + rest for word in words)


# Sweat or rain that runs down a leg is not a pain that does.
_MOVES = r"(?<!sweat )(?<!water )(?<!rain )(?<!blood )(?:runs|running|ran|go|goes|going|went|carr(?:y|ies|ying)(?: on)?|continues|flicks?|travels?|travell?ing|traveled|spreads?|spreading|shoots?|shooting|moves?|moving|radiat\w*|zaps?|zapping|creeps?|creeping|extends?|extending|reaches|reaching|comes|coming|wraps?|wrapping|pours?|pouring|poured|trickles?|trickling|flows?|flowing|streams?|streaming|seeps?|seeping)"
_NOT_STAIRS = r"(?!(?:\w+ ){0,2}(?:stairs|steps|hills?|descents?|slopes?)\b)"
# "runs along the arch of my foot": pain that stays inside the foot does not travel along a limb.
_NOT_IN_FOOT = r"(?!(?:the |my |your )?(?:arch|sole|ball|bottom|underside|top|heel|base)\b)"
# "down the back of my leg", "down the outside of the thigh".
_ALONG = r"(?:(?:the |my |your |his |her |their )?(?:back|front|side|outside|inside|length) of )?"

# Time off, each opening its own alternative (scanned for as plain text).
_TIME_OFF = (
    "a break", "time off", r"days? (?:\w+ )?(?:off|of rest|of no running|without running)",
    r"(?:weeks?|wks?) (?:\w+ )?(?:off|of rest|of no running|no running|without running)", "fortnight (?:off|of rest|of no running|without running)",
    "months? (?:off|of rest|of no running|without running)",
)

# The symptom words of the other languages, each cleared by the language's own "no" or
# "without" just before it ("keine Taubheit, kein Kribbeln", "sin hormigueo", "pas de fourmillements").
_FOREIGN_SYMPTOMS = (
    r"fourmillement\w*", r"engourdi\w*", "hormigueo", r"entumecid\w*", r"adormecid\w*", "formigamento",
    "dormente", "formicolio", r"intorpidit\w*", r"kribbel\w*", r"taubheit\w*", "sciatique", "ciatica", r"ischias\w*",
)
_FOREIGN_DENIAL = "".join(
    f"(?<!{word} )" for word in (
        "kein", "keine", "keinerlei", "ohne", "sin", "ningún", "ningun", "ninguna", "nada de", "pas de", "sans",
        "aucun", "aucune", "sem", "nenhum", "nenhuma", "senza", "nessun", "nessuna", "niente",
    )
)

# Before a red-flag cue in its clause: a symptom that is not present. It is what other people
# fear ("runners often worry that any foot pain is a nerve problem"), what the writer used to
# have or had years ago ("my toes used to go numb in my old shoes", "last year I had a stress
# fracture"), or what a product or habit prevents ("helps prevent numb toes", "reduces the
# chance of tingling"). Read by the detector on the clause before each match.
NOT_PRESENT = (
    r"\b(?:runners|people|patients|many|most|some|everyone|customers|athletes|beginners|folk)"
    r"(?: \w+){0,2} (?:worry|worries|fear|fears|panic|panics)\b"
    r"|\bused to (?:get|go|have|suffer|feel|be|experience|wake)\b"
    # Someone else's symptom: "my running buddy had a stress fracture".
    r"|\b(?:my|our|a|his|her) (?:\w+ )?(?:buddy|buddies|friend|friends|mate|mates|partner|wife|husband"
    r"|son|daughter|sister|brother|dad|father|mum|mom|mother|coach|teammate|clubmate|colleague"
    r"|neighbou?r|girlfriend|boyfriend|flatmate|roommate|grandad|grandpa|granddad|grandma|gran"
    r"|granny|nan|nana|uncle|aunt|auntie|cousin|kid|kids|child|boss|nephew|niece)(?:'s)? (?:\w+ )?"
    r"(?:had|has|got|gets|was diagnosed with|ended up with|suffered|broke|keeps getting"
    r"|complains of|complained of|keeps complaining (?:of|about))\b"
    # ... or told with a pronoun: "socks for my husband, he's got sciatica".
    r"|\b(?:he|she|they)(?:'s got|'s had|'s been diagnosed with|'ve got|'ve had| has| had| have"
    r"| got| gets| get| keeps getting| was diagnosed with| ended up with| developed)(?: got)?\s+"
    r"(?:(?:a|an|some|bad|awful|terrible|severe|chronic|the)\s+){0,2}$"
    # Something the writer read or heard of, not felt: "I read that shooting pain can mean...".
    r"|\b(?:read|heard|seen|saw)(?: online| somewhere| on \w+)? (?:that )?(?:a |an )?$"
    r"|\bcan (?:mean|be|indicate|signal|point to)\s+(?:a |an )?$"
    # A famous athlete's story: "one famous marathoner finished on a broken foot".
    r"|\b(?:one|a|an|the|this) (?:famous|legendary|well-known|elite|olympic|professional|pro|world-class"
    r"|record-breaking)(?: \w+)? (?:runner|marathoner|athlete|champion|sprinter|racer|cyclist"
    r"|footballer|player|miler)\b"
    # A fear of what may come, not a symptom now: "worried I'll end up with a stress fracture".
    r"|\b(?:worried|worry|scared|afraid|terrified|paranoid|nervous|anxious|don't want|do not want"
    r"|dont want)(?: that)? (?:i'll |i will |i might |i may |i could |i'm going to |i'm gonna "
    r"|im gonna |about |of |to )?(?:\w+ ){0,2}(?:end up with|ending up with|get|getting|develop"
    r"|developing|give myself|giving myself)\s+(?:(?:a|an|another|some)\s+)?$"
    # Advice the writer quotes: "your blog says see a doctor for pain that...".
    r"|\b(?:says?|said|warns?|tells (?:you|people|runners|readers)|recommends?|advises?) (?:that )?"
    r"(?:you )?(?:should )?(?:to )?(?:see|get|go to|visit|call|ring|contact) (?:a |an |your |the )?"
    r"(?:\w+ )?(?:doctor|gp|physio|physiotherapist|professional|specialist|clinician)"
    r"|\b(?:prevent|prevents|preventing|avoid|avoids|avoiding|reduce|reduces|reducing|stops?|stopping"
    r"|no more|goodbye to|free of|free from) (?:(?:the|that|any|your|those|annoying|nasty|painful"
    r"|risk|risks|chance|chances|of|cold)\s+){0,4}$"
)


# A time long past before the symptom ("last year I had a stress fracture"), unless the clause
# says it has gone on since then ("since my back op last year I get numbness").
LONG_AGO = (
    r"\b(?:last year|(?:a few|two|three|four|five|six|\d+|many|several) years ago"
    r"|(?:in|of|during|through|throughout) (?:(?:early|late|mid|most of|all of|much of) )?(?:19|20)\d\d)\b"
)


RED_FLAG_CUES = [
    # "It's sharp when I push off", "like being stabbed", a foot that falls asleep, buzzing
    # or prickling in a limb, toes that catch on the kerb, night pain, spreading redness.
    (False, r"(?:it's|it is|its|it gets|it goes|it feels|pain is|pain gets|pain feels|pain goes|pain turns) (?:really |very |so |quite |suddenly |still )?sharp\b(?! (?:looking|increase|rise|drop|turn|bend|corner|jump|climb|fall|and (?:fast|light|quick|snappy|responsive|smart)))|like (?:a |an |being )?(?:knife|stabbed|stab|nail|ice[\s-]?picks?|hot poker|red[\s-]hot poker)\b(?! through| in the (?:dark|back)| at\b)"),
    (False, rf"{_LIMB} (?:\w+ )?(?:falls?|fell|falling|goes|went|going|gone) (?:to )?asleep|(?:buzzing|fizzing|prickling|prickly|crawling) (?:\w+ ){{0,3}}(?:in|down|through|into) (?:my |the |your |both |their |his |her |one )?(?:\w+ ){{0,2}}{_LIMB}|{_LIMB} (?:\w+ )?(?:buzz|buzzes|buzzing|fizz|fizzes|fizzing|prickl\w*)\b"),
    (False, r"toes? (?:\w+ )?(?:catch|catches|catching|drag|drags|dragging|scuff\w*) (?:on )?(?:the )?(?:ground|floor|kerbs?|curbs?|pavement)|night[\s-]?(?:time )?pain(?! (?:relief|killers?|gel|tablets?|medication))|pain (?:\w+ )?(?:at|during) (?:the )?night|spreading (?:red|redness)|redness (?:\w+ )?spreading|hairline (?:crack|fracture)|(?:might|may|could) be broken|is it broken|(?:think|thinks|worried) (?:it's|it is|its) broken"),
    (True, r"(?:can't|cannot|couldn't|unable to) (?:\w+ )?push off (?:on|with|from) (?:it\b|(?:that|my|the) (?:\w+ )?(?:foot|leg|toes))|(?:can't|cannot|couldn't|unable to) (?:even )?stand on (?:it|my \w+|that \w+)"),
    (False, r"(?:going to|gonna|about to|might|could|will) (?:\w+ )?(?:give way|give out|buckle|collapse)\b|lost (?:all |the |my )?(?:strength|power) in|(?:and|then|radiating|going|shooting) down (?:both|my|one|the|your|his|her) (?:left |right )?legs?\b"
     r"|(?:hurts?|aches?|aching|throbs?|throbbing|pain\w*)(?:,? \w+){0,6},? (?:day and night|night and day|day or night|morning and night|all night|through the night)|woken (?:up )?by (?:the )?(?:pain|ache|throbbing)"
     r"|(?:cough|coughing|sneeze|sneezing) (?:\w+ ){0,3}(?:hurts|pain|shoots|makes it worse|is agony)|(?:hurts|pain\w*|worse|shoots?) (?:\w+ ){0,5}(?:when|whenever|every time|each time|if) (?:i |you )?(?:cough|sneeze)|heard (?:a |something )?(?:(?:crack|snap)\b(?! of)|pop\b(?=\s*(?:[,.;!?]|$|and\b|in\b|from\b|at\b|then\b|when\b|as\b|while\b)))"),
    (False, rf"shooting (?:\w+ )?(?:{_PAIN}|down|through|into|up)|(?:pain|ache|it|that) (?:\w+ ){{0,2}}shoots?|shoots? (?:\w+ )?(?:down|through|into|up) (?:\w+ )?{_LIMB}"),
    (False, rf"radiat\w* (?:\w+ ){{0,3}}(?:down|into|through|to|from|along|up)|radiating (?:\w+ )?{_PAIN}|(?:pain|ache) (?:\w+ ){{0,2}}(?:travel\w*|spread\w*|runs|running|goes|going|went) (?:\w+ ){{0,2}}(?:down|into|through|along|up|to) (?:\w+ ){{0,3}}(?:{_LIMB}|groin)|electric(?:al)?[\s-]?shocks?|electric(?:al)? (?:\w+ )?(?:feeling|sensation|pain|jolts?|zaps?|zings?|shocks?|current|buzz\w*|twinges?)|lightning[\s-]?bolt"
     rf"|(?:pain|ache|aching|burning|tingling|throbbing|zaps?|zings?|jolts?) (?:\w+ )?(?:all the way |right )?(?=down )\w+ (?:the (?:back|front|side|outside|inside|length) of )?(?:my |your |the |one |his |her |their )?(?:left |right |whole |entire )?(?:legs?|arms?)\b"
     rf"|burning (?:\w+ )?(?:pain|sensation|feeling|ache) (?:\w+ ){{0,3}}(?:down|into|through|along) (?:\w+ ){{0,3}}{_LIMB}"),
    (False, r"(?<!mind-)(?<!mind )numb(?:ness|ed|s|ing)?\b" + _NUMB_NOT_A_SIGN + r"|tingl\w*(?!(?: \w+)? (?:of|with) (?:excitement|anticipation|nerves|pride|joy)| (?:\w+ ){0,3}(?:in|from) the cold\b)|pins and needles|pins (?:&|n|'n'|n') needles|saddle (?:anaesthesia|anesthesia)"),
    (False, rf"(?:weakness|weakening|giving way|gives way|gave way) (?:\w+ ){{0,2}}(?:in|of) (?:\w+ ){{0,2}}{_PART}|{_LIMB} (?:\w+ )?(?:weakness|buckl\w*)|{_LIMB} (?!ever (?:\w+ (?:or|and) )?(?:gave|buckled|collapsed)\b)(?:\w+ ){{0,3}}(?:gives? way|gave way|giving way|gives out|gave out|giving out)|(?:gives?|giving|gave) way (?:under|beneath) (?:you|me|him|her|them)\b|\b(?:one|it) (?:that |which )(?:keeps |sometimes |suddenly |occasionally |randomly )?(?:gives way|gave way|giving way|buckles|buckled)\b|foot drop|drop foot|sudden weakness|loss of (?:strength|power|control) in|(?:weak|weaker|weakening|losing(?: my)?) grip|grip (?:\w+ ){{0,2}}(?:weak|weaker|weakened|going|gone)\b|(?:my|your|his|her|their) grip (?:on (?:a |the |my |your )?(?:\w+ ){{0,2}}(?:bottles?|cups?|mugs?|phone|keys|kettle|handles?|flask) )?(?:weakens|weakened|weakening|fails|failing|failed|gets weak\w*)"),
    (True, r"(?:does not|doesn't|do not|don't|did not|didn't|won't|will not|isn't|is not|hasn't|has not|haven't|have not|never|not|no) (?:\w+ ){0,2}(?:improve|improving|improved|get better|getting better|got better|go away|going away|gone away|went away|go down|gone down|went down|ease|easing|eased|settle|settling|subside|subsiding|subsided|let up|fade|fading|resolve|resolving|resolved|calm down|budge|better|improvement|relief)\w*(?: \w+){0,4} (?:with|after|despite|even with|even after|during|when|at|while|by) (?:\w+ ){0,3}(?:rest|resting|(?:days?|weeks?|fortnight|months?) (?:\w+ )?off|(?:days?|weeks?|fortnight|months?) (?:of )?(?:no running|not running|without running)|a break|time off|stopping|ice|painkillers)"),
    (True, r"(?:rested|resting|rest(?! of\b)|days? off|time off|weeks? off|a break)(?: \w+){0,6} (?:still (?:hurts|aches|painful|sore|there|the same)|not (?:improving|getting better|any better)|no better|(?:hasn't|has not|haven't|didn't|did not|isn't|is not|wasn't|doesn't|does not|don't|do not|won't|will not) (?:\w+ )?(?:help|helps|helped|helping|improved|changed|work|works|worked|working|make (?:any|a) difference|made (?:any|a) difference)|(?:got|gets|getting) worse)|(?:still hurts|no better|not improving|hasn't improved|got worse|getting worse|worsen\w*|stays the same|stayed the same|(?:pain|ache)(?:(?: \w+){0,4} (?:that's|thats|that is|which is|is)|'s| is| feels) (?:exactly |just |still )?the same)(?: \w+){0,6} (?:after|despite|even after|even with) (?:\w+ ){0,4}(?:rest|days? off|time off|weeks? off|fortnight off|months? off|break|(?:days?|weeks?) (?:of )?(?:no running|not running|without running))"),
    (False, r"(?:hurts?|aches?|throbs?|throbbing|pain\w*) (?:\w+ ){0,3}even (?:at|while|when|after) (?:rest|resting|lying down|in bed|sitting still)|even (?:at|while) rest(?:ing)?\b"),
    (False, r"(?<!marathon )(?<!race )(?<!spring )(?<!cabin )fever\w*(?! pitch\b)(?!(?: [\w']+){0,8},? (?:(?:and |but )?(?:it's |its |it is )?(?:all gone|gone|over|better|fine) now|(?:and |but )?(?:fully |completely )?recovered)\b)(?!(?: [\w']+){0,4} (?:after|from) (?:the |my |a |his |her )?(?:vaccine|vaccination|jab|booster|flu jab|covid jab)\b)|high temperature|night sweats|unexplained weight loss"
     r"|(?<!me )(?<!me the )chills\b(?! (?:down|up|of))|(?<!me )(?<!me the )shivers\b(?! (?:down|up|of))|shivery|shivering"
     r"|(?:(?<=red and )|(?<=hot and )|(?<=warm and )|(?<=inflamed and )|(?<=red, )|(?<=hot, )|(?<=warm, ))(?:swollen|puffy)"
     r"|(?:swollen|swelling|puffy)(?=(?:,? and|,| (?:\w+ ){0,3}with| (?:up )?like (?:a |an )?\w+ and) (?:red|hot|warm|redness|heat|warmth)\b)"
     r"|(?:redness|heat|warmth)(?= and (?:swelling|heat|warmth|redness)\b)|(?:swelling|swollen)(?= (?:\w+ ){0,3}(?:with|and) (?:\w+ )?(?:redness|heat|warmth)\b)|(?:hot|warm) to the touch|red streaks?"
     r"|infected|(?:(?<=signs of )|(?<=sign of )|(?<=sign of an ))infection|infection (?:\w+ )?(?:has )?(?:set in|sets in|setting in|spreading)|\bpus\b|oozing"),
    (False, r"(?:hurts?|aches?|throbs?|throbbing|pain\w*) (?:\w+ ){0,3}(?:at night|in bed|when (?:i'm |i am |you're |you are )?lying (?:down|in bed)|while (?:i'm |you're )?lying (?:down|in bed))" + _AFTER_A_SESSION + r"|worse (?:\w+ ){0,2}than (?:when|before) (?:i|you) (?:stopped|rested|took time off)|(?:worse|hurts? more|throbs? more) (?:\w+ ){0,2}the (?:longer|more) (?:i|you) (?:rest|sit still|lie down|stay still|stay off it)\b|in bed (?:it |the pain |the ache |my \w+ )?(?:throbs|throbbing|pounds|pounding)\b|(?:worse|hurts? more) (?:while|when|as) (?:you|i|they) (?:rest|sleep|lie down)"
     r"|wake (?:up )?(?:at night|in the night|during the night) (?:with|from|because)|(?:pain|ache|hurts?|aching|throbbing) (?:\w+ ){0,2}(?:at rest|when resting|while resting)|hop\w* (?:on (?:it|that leg|that foot|one leg) )?(?:\w+ ){0,2}(?:hurts|is painful|is agony|agony|impossible)|nerve (?:\w+ ){0,4}(?:involved|irritated|compressed|trapped|pinched)"
     r"|(?:toes?|fingers?|feet|foot) (?:\w+ )?(?:go|goes|went|turn|turns|turned|going) (?:white|blue|purple)|(?:pain|ache) (?:\w+ ){0,2}(?:travel\w*|spread\w*|goes|going|went) past (?:the |my |your )?(?:knee|hip|buttock)"),
    (False, r"(?:slipped|herniated|bulging|ruptured|prolapsed|burst|compressed|degenerat\w*) (?:\w+ )?discs?|disc (?:\w+ )?(?:problem|issue|injury|slip|slips|herniation|bulge|prolapse|pain)|disc[\s-]related|(?:a|my|the|your|spinal|lumbar|l\d[\s-]?s?\d?) discs?\b(?! golf|[\s-]?shaped)|sciatica" + _PAST + r"|sciattica|sciaticia|siatika|sciatic|pinched (?:\w+ )?nerves?|pinch(?:es|ing)? (?:on )?(?:a |the |my |your |his |her )?(?:\w+ )?nerves?\b|(?:pressing|presses|pressed|pressure|pushing|pushes|sitting|sits) on (?:a |the |my |your |his |her )?(?:\w+ )?nerves?\b|(?:trapped|compressed|irritated|damaged|impinged) nerves?|nerve (?:\w+ )?(?:pain|damage|compression|impingement|injury|root|problem|issue|irritation|involvement|weakness|symptoms?)"),
    (False, _FRACTURE + r"|broken (?:bone|foot|ankle|leg|toe|metatarsal|shin)|cracked (?:bone|shin|heel|metatarsal)"
     r"|(?:one|a|single|specific|small|particular|certain|tiny|the same) (?:\w+ )?(?:spot|point) (?:\w+ ){0,3}(?:on|of|along) (?:the |my |your )?(?:\w+ )?bone"
     r"|(?:press|pressing|push|pushing|touch|touching|tap|tapping) (?:\w+ ){0,2}(?:on )?(?:the |my |your )?(?:\w+ )?bone (?:\w+ ){0,3}(?:hurts|painful|sore|tender|agony)|bone (?:\w+ ){0,3}(?:hurts|painful|sore|tender) (?:\w+ ){0,2}(?:when|if) (?:i |you )?(?:press|push|touch|tap)|(?:hurts|painful|sore|tender|agony) (?:\w+ ){0,2}(?:when|if) (?:i |you )?(?:press|push|touch|tap|prod|poke)\w* (?:on |along )?(?:the |my |your )?(?:\w+ )?bone\b"
     r"|(?:pinpoint|point|bony|bone) (?:\w+ )?(?:tenderness|tender spot|pain)|(?:localised|localized|pinpoint) (?:\w+ )?(?:pain|tenderness|ache) (?:\w+ ){0,3}(?:bone|shin ?bone|tibia|metatarsal)\b|bone (?:\w+ )?(?:is |feels )?(?:tender|sore|painful)(?= (?:\w+ ){0,3}(?:spot|point|touch|press\w*))"),
    (False, r"(?:loss of|lost|losing|changes? (?:in|to)|trouble with|problems? with) (?:my |your |their )?(?:bladder|bowels?)\b(?!(?: [\w',]+){0,8} (?:gels?|coffee|caffeine|food|eating|breakfast|nerves)\b)|(?:bladder|bowel) (?:control|changes?|incontinence|dysfunction)|control\w* (?:of |over )?(?:my |your |their )?(?:bladder|bowels?)|incontinen\w*|accidents? (?:\w+ ){0,3}(?:wee|pee|bladder|bowel)|wet (?:myself|themselves|yourself)"),
    (True, r"(?:can't|cannot|couldn't|unable to) hop (?:on|without)\b|(?:can't|cannot|couldn't|unable to) (?:even )?walk on (?:it|my \w+|that \w+)|(?:can't|cannot|couldn't|unable to) (?:\w+ )?(?:pee|urinate|wee)\b|(?:can't|cannot|couldn't|unable to) (?:\w+ )?hold (?:my |it |in )?(?:wee|pee|urine|bladder|bowels?|it in)"),
    (False, rf"(?<!than a )(?<!than an )(?<!than )(?:sharp(?:[\s-]?ish)?|sharper|sharpest|stabbing|jabbing|searing|excruciating|knife[\s-]like|unbearable|piercing),? (?:\w+,? ){{0,2}}{_PAIN}|pain (?:\w+ )?(?:is|was|gets|feels|became|becomes|turned|turns) (?:really |very |quite |so |more |suddenly )?(?:sharp|stabbing|excruciating|unbearable)"),
    (True, r"(?:can't|cannot|couldn't|unable to|can not) (?:\w+ )?(?:bear|put|take|stand) (?:any |much )?weight"),
    (True, rf"(?:can't|cannot|couldn't|can not|can barely|could barely|can hardly|unable to|no longer) (?:\w+ )?feel (?:the (?:bottom|sole|top|side|ball|tips?|ends?|outside|inside|front|back) of )?(?:my |your |the |their |his |her |both |any )?(?:(?:\w+ )?(?:(?:left|right|big|little|baby|second|third|fourth|middle) )?{_LIMB}|them\b)|(?:can't|cannot|couldn't|can barely|could barely|can hardly|unable to) (?:\w+ )?(?:lift|raise) (?:my |your |the |their )?(?:\w+ )?(?:foot|feet|toes?|leg|knee)\b(?! (?:as high|as far|higher|over|above|onto|on to|up to))"),
    (False, rf"{_LIMB} (?:\w+ )?(?:goes|went|going|gone|turns|turned) (?:completely |totally )?(?:dead|limp|floppy|weak|numb{_NUMB_NOT_A_SIGN})|{_LIMB}(?! counter| cup| tab| collar) (?:\w+ ){{0,3}}(?:feels?|felt|is|was|gets|getting) (?:suddenly |really |very )?(?:weak|floppy|limp)\b(?! (?:\w+ ){{0,2}}(?:at|by|towards?|near) the end\b| after (?:the |a |my |that )?(?:race|run|marathon|session|long run|workout|intervals))|(?:foot|feet) (?:\w+ ){{0,3}}(?:slaps?|slapping|slapped|flops?|flopping|flopped|drags?|dragging|dragged) (?:down|on the ground|along|onto|on to|against the ground)"),
    (False, r"(?<!coffee )(?<!caffeine )(?<!baby )(?<!babies )(?<!kids )(?<!toddler )(?<!neighbours )(?<!neighbors )(?:wakes?|waking|woke|keeps?|kept) (?:me|you|him|her|them|runners?) (?:up )?(?:at night|in the night|during the night|awake)|(?:worse|worst|hurts? more|painful) (?:\w+ )?(?:at night|in bed|at rest|when resting|while resting|lying down|in the (?:middle of the )?night|during the night|overnight)|(?:with|have|had|running|ran|got) a (?:high )?(?:temperature|temp)\b(?! (?:check|reading|gun|scan))"
     r"|(?:pain|ache|aching|throbbing|it|hurts?|knee|hip|back|leg|foot|shin) (?:\w+ ){0,3}(?:wakes?|woke|waking) (?:me|you|him|her|them|runners?)\b"
     r"|(?:pain|ache|aching|throbbing|knee|hip|back|leg|foot|shin|heel) (?:\w+ ){0,3}keeping (?:me|you|him|her|them|runners?) (?:up at night|awake)\b"),
    (True, r"(?:got|gets|getting|has got|have got) (?:\w+ )?worse (?:\w+ ){0,2}(?:even though|although|though|despite|after) (?:\w+ ){0,3}(?:rest|rested|resting|stopped|stopping|time off|days off|a break)"),
    # Pain that travels along a limb, or from the back or buttock into one.
    (False, _each_felt(rf"(?:,? [\w']+){{0,8}},? {_MOVES} (?:all the way |right |straight )?(?:\w+ ){{0,3}}(?:(?:down|into|through|along|past|up){_NOT_STAIRS} {_NOT_IN_FOOT}(?:\w+ ){{0,5}}|to {_ALONG}(?:the |my |your )?(?:\w+ )?){_PART}\b(?! of (?:the|a) (?:hill|stairs|slope|climb|descent|mountain))")
     + "|" + _each_felt(rf"(?: \w+){{0,6}} from (?:my |the |your |their )?(?:lower |low )?(?:back|bum|butt|buttocks?|glutes?|hips?|spine|neck|backside|sit bones?|shoulders?|shoulder blades?|armpits?) (?:\w+ ){{0,4}}(?:into|down|to|past|through) {_ALONG}(?:my |the |your |their )?(?:\w+ )?{_PART}\b", (*_FELT_WORDS, "jolts?"))),
    # A sudden stab, a hot wire, a drawing pin, "proper sharp".
    (False, r"(?:sudden|sharp|quick|real|little|massive|big|horrible|awful|nasty|painful|violent|searing) stabs?\b|stabs? of (?:pain|agony)|(?:pain|it|that) (?:\w+ )?stabs\b"
     r"|like (?:a |being )?(?:(?:hot|red[\s-]hot|burning|live|electric) wires?|(?:drawing[\s-]|hat[\s-]|safety[\s-])pins?|needles? (?:in|into|through)|daggers?|blades?|skewers?|shards? of glass|broken glass)"
     r"|like (?:i'm |i am |im |you're |you are )?(?:standing|stepping|treading|walking|landing) on (?:a |an |broken |shards of |sharp )?(?:drawing[\s-]pins?|pins?|nails?|glass|knives|knife|tacks?|thumbtacks?|needles?|lego|a lego brick|razor\w*)"
     r"|(?:pain|ache|hurts?|hurting|twinges?|heel|knee|foot|shin|it's|its|it is) (?:\w+ ){0,8}(?:proper|really|very|so|super|quite|pretty|bloody|dead|damn|real|properly|seriously) sharp(?=\s*(?:[,.!?;]|$)|\s+(?:when|whenever|on|in|at|every|with|if|now|today|after|during|first|pain)\b)"),
    # Woken in the night by the pain: "woke up at 3am with my hip throbbing".
    (False, r"(?:wake|wakes|woke|waking|woken)(?: up)? (?:(?:at|around|about) \d\w*(?: ?am| o'?clock)?|at (?:one|two|three|four|five) (?:am|in the morning)|at night|in the night|in the middle of the night|during the night|each night|every night|most nights)(?: \w+){0,6} (?:with|from|because of|due to|in) (?:\w+ ){0,3}(?:pain|ache|aching|throb\w*|hurting|agony|burning)"),
    # A numb or fuzzy foot or hand: "toes on my left foot feel fuzzy and dead".
    (False, rf"(?:toes?|fingers?) (?:\w+ ){{0,4}}(?:feel|feels|felt|feeling|go|goes|went|going|gone|turn|turns|turned|get|gets|getting|got) (?:\w+ )?(?:fuzzy|dead|wooden|like cotton wool)\b|{_PART} (?:\w+ ){{0,4}}(?:feel|feels|felt|feeling|go|goes|went|going|gone|turn|turns|turned|get|gets|getting|got) (?:\w+ )?(?:fuzzy|like cotton wool)\b"),
    # A foot that drops and scuffs, tripping on kerbs over nothing.
    (False, r"(?:foot|feet|toes?) (?:\w+ ){0,3}(?:drops?|dropping|dropped|scuffs?|scuffing) (?:down )?(?:and|,) (?:\w+ )?(?:scuffs?|scuffing|scuffed|drags?|dragging|dragged|catch\w*|caught|slaps?|slapping|trips?|tripping|clips?|clipping|drops?|dropping)"
     r"|(?:foot|feet|toes?) (?:\w+ ){0,3}(?:scuffs?|scuffing|scuffed|drags?|dragging|dragged|clips?|clipping|clipped|catch|catches|catching|caught) (?:on |along |against )?(?:the )?(?:ground|floor|kerbs?|curbs?|pavement|carpet)"),
    (PREFIX_ONLY, r"(?:keep|keeps|kept|keeping|always|constantly|started|start|starting|been|be) (?:\w+ )?(?:tripping|stumbling) (?:\w+ ){0,2}(?:on|over) (?:the |my own |a )?(?:kerbs?|curbs?|nothing|flat ground|my own feet|my own foot|my toes?|steps|stairs)\b"),
    # A bladder that will not hold; no feeling in a part of the body.
    (PREFIX_ONLY, r"(?:struggl\w*|trouble|difficulty|hard|difficult|problems?|can barely|can hardly) (?:to |with |in )?(?:\w+ )?hold\w* (?:a |my |it |in |on to |onto )?(?:wee|pee|urine|bladder|bowels?|it in|poo)\b|(?:leak\w*|dribbl\w*) (?:\w+ )?(?:wee|pee|urine)\b"
     r"|(?:loss of|lost|lose|losing|no|zero) (?:\w+ )?(?:sensation|feeling) (?:\w+ )?(?:in|around|on|across|over|down|at|under|along|between|below|from the (?:knee|hip|waist|ankle|thigh|calf) down)\b(?! (?:the world|a while|ages|years))"),
    # Time off running that has not helped: "rested for 2 weeks and the pain is no better".
    (True, r"res(?:ted|ting)(?: [\w']+){0,10},? (?:still (?:hurts?|aches?|painful|sore|the same|there)|(?:hurts?|aches?) more|no better|no different|not (?:improving|getting better|any better|better|any different|much different)|(?:got|gets|getting|it's|its|it is|is|now|honestly|actually) (?:\w+ ){0,2}worse|if anything worse|(?:no|zero) (?:change|improvement|difference)\b(?! (?:in|to) (?:my |your )?(?:fitness|pace|times?|weight|speed|form))|(?:it's|its|it is|(?:pain|ache|soreness|tenderness)(?: \w+){0,4} (?:is|feels|stays|stayed|remains|remained|was)) (?:exactly |just |still |basically )?the same\b)"
     + "|" + "|".join(start + r"(?: [\w']+){0,10},? (?:still (?:hurts?|aches?|painful|sore|the same|there)|(?:hurts?|aches?) more|no better|no different|not (?:improving|getting better|any better|better|any different|much different)|(?:got|gets|getting|it's|its|it is|is|now|honestly|actually) (?:\w+ ){0,2}worse|if anything worse|(?:no|zero) (?:change|improvement|difference)\b(?! (?:in|to) (?:my |your )?(?:fitness|pace|times?|weight|speed|form))|(?:it's|its|it is|(?:pain|ache|soreness|tenderness)(?: \w+){0,4} (?:is|feels|stays|stayed|remains|remained|was)) (?:exactly |just |still |basically )?the same\b)" for start in _TIME_OFF)
     + r"|(?:haven't|have not|hasn't|has not|havent|hadn't|stopped) (?:been )?(?:run|ran|running|training|trained)(?: [\w']+){0,10},? (?:still (?:hurts?|aches?|painful|sore|the same|there)|(?:hurts?|aches?) more|no better|no different|not (?:improving|getting better|any better|better|any different|much different)|(?:got|gets|getting|it's|its|it is|is|now|honestly|actually) (?:\w+ ){0,2}worse|if anything worse|(?:no|zero) (?:change|improvement|difference)\b(?! (?:in|to) (?:my |your )?(?:fitness|pace|times?|weight|speed|form))|(?:it's|its|it is|(?:pain|ache|soreness|tenderness)(?: \w+){0,4} (?:is|feels|stays|stayed|remains|remained|was)) (?:exactly |just |still |basically )?the same\b)"
     r"|(?:hurts?|aches?|aching|throbs?|throbbing|pain\w*) (?:\w+ ){0,4}even (?:just )?(?:lying|laying|laid|sitting|sat|resting) (?:flat|still|down|in bed|on the sofa|on the couch)"),
    # A suspected crack or break in a bone.
    (False, r"crack(?:ed|s)? (?:in|on|through|along) (?:the |my |a |one of (?:the|my) )?(?:\w+ ){0,2}bones?\b"
     r"|(?:worried|scared|afraid|think|thinks|wonder\w*|suspect\w*|convinced|feels like|feel like|might have|may have|could have) (?:[\w']+ ){0,4}(?:cracked|broken|broke|fractured|chipped) (?:a |my |the |one of my )?(?:\w+ )?(?:bones?|toes?|foot|ankle|leg|shin|tibia|metatarsals?|heel|wrist|hip)\b"),
    # A hand that will not grip.
    (True, r"(?:can't|cant|cannot|couldn't|can not|struggl\w* to|hard to|trouble|unable to|can barely|can hardly|could barely|could hardly) (?:\w+ )?(?:grip|grasp|hold on to|hold onto) (?:my |a |the |onto |on to )?(?:\w+ )?(?:bottles?|cups?|mugs?|phone|keys|kettle|anything|things|objects)\b"),
    # Nerve pain in everyday words: zingers, a bolt or jolt of pain, like being stung or
    # electrocuted, ants crawling on the skin, a limb that goes to sleep or feels like it buzzes.
    (False, r"zingers?\b|zinging (?:\w+ )?(?:pain|feeling|sensation|down|through|up|into|in|along)\b|zings? (?:of pain|down|through|up|into|along)\b"
     r"|(?:jolts?|bolts?|shocks?|zaps?|flash|flashes|spikes?) of (?:pain|electricity|agony|nerve pain)\b|bolt of (?:\w+ )?pain"
     r"|like (?:being |getting |i'm being |i've been )?(?:stung|electrocuted|zapped|tasered|shocked|electric shocks?)\b"
     r"|(?:like|feels like|feeling of) (?:\w+ )?(?:ants|insects|bugs|spiders) (?:\w+ )?crawling\b"
     rf"|{_LIMB} (?:\w+ )?(?:falls?|fell|falling|goes|went|going|gone) to sleep\b|{_LIMB} (?:\w+ )?(?:feels?|felt) like (?:it's|its|it is|they're|they are) (?:buzzing|fizzing|vibrating)"
     r"|(?:foot|feet|toes?|hands?|fingers?) (?:\w+ ){0,2}(?:feels?|felt|feeling) (?:\w+ )?dead\b(?! (?:tired|heavy|after|at the end))"
     r"|(?:stick|sticks|sticking|stuck|stab|stabs|stabbing|jab|jabs|jabbing|drive|drives|driving|driven|poke|pokes|poking|twist|twists|twisting|hammer\w*|jam|jams|jammed|shove\w*|pushing) (?:a |an )?(?:\w+ )?(?:knife|nail|needle|skewer|blade|dagger|screwdriver)s? (?:\w+ )?(?:in|into|through|up)\b|knife[\s-]in[\s-](?:the|my)\b|(?:touching|grabbing|holding) a live wire"
     r"|(?:searing|agonising|agonizing|crippling|blinding) (?:\w+ ){0,2}(?:pains?|aches?|twinges?)|pain (?:\w+ )?(?:is|was|gets|feels|became|becomes|turned|turns) (?:really |very |quite |so |more |suddenly )?(?:searing|agonising|agonizing|crippling)"
     rf"|(?:(?<=it's )|(?<=it is )|(?<=its )|(?<=and )|(?<=now )|(?<=pain )|(?<=ache )|(?<=burning )|(?<=tingling )|(?<=numbness ))spread\w* (?:up|down|into|along|through) (?:my|the|your|his|her|their) (?:whole |entire |left |right )?{_PART}\b"
     r"|nerve[\s-](?:related|type|like)|nervy pain|(?:a |like a )nerve thing|nerve symptoms?"
     r"|(?:burning|tingly|prickly|buzzy|numb),? fizzy|fizzy (?:\w+ )?(?:feeling|sensation|pain)"
     rf"|{_PART} (?:\w+ ){{0,3}}(?:go|goes|going|went|gone|feel|feels|felt|feeling|turn|turns) (?:\w+ )?fizzy"
     rf"|{_PART} (?:\w+ ){{0,3}}(?:feels?|felt) (?:\w+ ){{0,2}}(?:distant|detached|disconnected)\b|belongs? to (?:someone|somebody) else"),
    (True, r"(?:doesn't|does not|don't|do not|didn't|did not) feel like (?:it's |its |they're |they are )?(?:mine|my own|part of me)\b"
     rf"|{_PART} (?:[\w',]+ ){{0,6}}(?:doesn't|does not|don't|do not) belong to (?:me|my body)\b|like (?:it's |its |it is |they're |they are )?(?:not mine|someone else's|somebody else's)\b"),
    # Weakness: an ankle or knee that gives out, a leg about to give, a foot that will not
    # lift, no rising onto the toes, things dropped from a weak hand.
    (False, r"(?:ankles?|knees?|legs?|hips?) (?!ever (?:\w+ (?:or|and) )?(?:gave|buckled|collapsed)\b)(?:\w+ ){0,5}(?:gives? way|gave way|giving way|gives out|gave out|giving out|buckl\w*)|(?:knee|ankle|leg|hip)s? (?:\w+ ){0,3}(?:going to|gonna|about to|might|could|will|would) give(?=\s*(?:[.,!?;]|$)| (?:on|under) me\b)"
     r"|(?:keep|keeps|kept|keeping|started|start|been|always) dropping (?:things|stuff|cups|mugs|objects|(?:my|his|her|their|your) (?:\w+ )?(?:cups?|mugs?|keys|glass|glasses|pen|fork|cutlery|drink))\b|(?:foot|feet) (?:\w+ ){0,2}(?:flops?|flopping|flopped)\b(?! (?:around|about|inside|in (?:these|the|my|them|those)))"
     r"|(?:thigh|leg|foot|calf|arm|hand) (?:\w+ ){0,4}(?:lose|loses|losing|lost) (?:all |its |my |the )?(?:power|strength)\b"),
    (True, r"(?:can't|cannot|couldn't|unable to|can no longer) (?:\w+ ){0,2}(?:stand|get|go|rise|push) (?:up )?on (?:my |the |that |one )?(?=tip ?toes?\b|toes\b)\w+(?: toes?)?\b|(?:foot|toes?) (?:won't|will not|doesn't|does not|can't|cannot) (?:\w+ )?(?:lift|come up|clear the ground)\b"
     r"|(?:can't|cannot|couldn't|unable to) (?:\w+ )?put (?:my|that|the) (?:\w+ )?(?:foot|leg|heel) (?:down|on the (?:ground|floor))\b|(?:can barely|can hardly|could barely|could hardly|struggl\w* to) (?:even )?(?:walk on|stand on|bear weight)(?! one (?:leg|foot)| (?:my|the) (?:left|right|other) (?:leg|foot))"),
    # Bladder and bowel: wetting oneself, trouble going to the toilet.
    (False, r"(?:peeing|peed|pee|weeing|weed|wetting|wet|soiled|soiling|pissed|pissing) (?!myself laughing)(?:myself|themselves|yourself|himself|herself)\b|(?:trouble|problems?|difficulty|struggl\w*) (?:\w+ ){0,2}(?:going to the (?:toilet|loo|bathroom)|peeing|weeing|urinating|emptying (?:my |the )?bladder)(?! (?:\w+ )?before (?:a |the |my |each |every )?(?:race|run|start|long run))"
     r"|accident in (?:my|his|her|their|your) (?:shorts|pants|trousers|knickers|underwear|tights|leggings)"),
    (True, r"(?=wee\b|pee\b|toilet\b|loo\b)\w+(?: [\w']+){0,8} (?:didn't|did not|couldn't|could not|don't|didnt) (?:quite )?make it\b(?! (?:to|in|on|for|through|back) (?!the (?:toilet|loo|bathroom)))"
     r"|(?:can't|cannot|couldn't|can barely|can hardly) feel (?:a |the )?(?:pin|pinprick|needle|touch)\b"),
    # Pain at rest or in the night in plainer words: kept from sleep, worse resting, even in bed.
    (False, r"gets? me up (?:at \d\w*|in the night|at night|(?:most|every|some) nights|during the night)"),
    (True, r"(?:can't|cannot|couldn't|unable to|hard to|struggl\w* to) (?:\w+ )?sleep (?:on (?:my |either |that |one )?(?:\w+ )?side )?(?:\w+ ){0,2}(?:because of|for|with|due to|from|cos of|coz of|cause of) (?:the |my |this )?(?:\w+ ){0,2}(?:pain|ache|aching|throb\w*|hurting|hip|knee|back|shin|heel|leg|calf|ankle|foot)\b"
     r"|(?:never|doesn't|does not|won't|will not|don't|do not) (?:\w+ )?(?:go|goes) away,? (?:\w+ )?even (?:in bed|at night|at rest|when (?:i |you )?(?:rest|am resting|'m resting|sleep|lie down)|while (?:resting|sleeping|lying)|lying|resting|sitting)"),
    (False, r"(?:pain|ache|aching|throbbing|it) (?:\w+ ){0,3}(?:keeps|kept|stops|stopped|stopping|keeping) (?:me|you) (?:from )?sleep\w*"
     r"|(?:hurts?|aches?|aching|throbs?|pain\w*) (?:\w+ ){0,2}(?:more|worse) (?:when|while) (?:i'm |i am |you're |you are )?(?:resting|lying (?:down|still|in bed)|sitting still|in bed)\b(?! (?:\w+ ){0,3}after)"
     r"|even (?:when |while )?(?:resting|lying (?:down|still|flat|in bed)|in bed|sitting still)(?: [\w']+){0,4},? (?:it |my \w+ |the (?:pain|ache) )?(?:still )?(?:aches|hurts|throbs|is sore|is painful|is there)\b"
     r"|(?:pain(?![\s-]free)|hurts?|aches?|aching|throbbing),? (?:[\w']+,? ){0,5}even (?:in bed|sitting (?:down|still|on the (?:sofa|couch))|when (?:i |you )?(?:rest|lie down|sleep|sit down|sit still)|when lying (?:down|still)|while lying (?:down|still)|lying still|lying flat)"),
    (True, r"(?:days?|weeks?|months?|fortnight) (?:\w+ )?(?:off|of rest|rest|without running|of no running)(?: [\w']+){0,8},? (?:and |but )?(?:still )?(?:(?:no|zero) (?:improvement|change|difference)\b(?! (?:in|to) (?:my |your )?(?:fitness|pace|times?|weight|speed|form))|if anything (?:\w+ ){0,2}(?:worse|nastier|more painful|sorer|more tender)|(?:is|it's|its|it is|now|even) (?:actually |now )?more (?:tender|painful|sore)\b|(?:it )?(?:hasn't|has not|haven't|have not|didn't|did not|hasnt|not) (?:\w+ )?(?:shifted|budged|improved|settled|eased|made (?:any|a) difference)|(?:it's |its |it is )?(?:just )?as (?:bad|sore|painful) as (?:ever|before))"
     r"|(?:after |despite |even after )?res(?:ted|ting)(?: [\w']+){0,8},? (?:it's |its |it is )?(?:just )?as (?:bad|sore|painful)\b"
     r"|(?:got|gets|getting|is getting) (?:\w+ )?worse (?:\w+ ){0,2}(?:even though|although|though|despite) (?:i'm |i am |i've |i have |i've been |i have been |i'm )?(?:not|no longer|stopped|been resting|resting) (?:\w+ )?(?:running|training|run)?"),
    # Rest that does not help, in a few more words: "persists despite rest", "rest doesn't
    # seem to help", "the more I rest the worse it gets", up all night with the pain.
    (True, r"(?:persists?|persisting|persistent|lingers?|lingering|still there|still present)(?:,? (?:or|and) (?:even |getting )?worse,?)? (?:\w+ ){0,2}(?:despite|after|even after|even with|through) (?:\w+ ){0,4}(?:rest|resting|time off|(?:days?|weeks?|fortnight|months?) (?:\w+ )?off)\b"
     r"|(?:rest(?<!the rest)|resting|time off|icing and resting|rest and ice) (?!of\b)(?:\w+ )?(?:doesn't|does not|don't|do not|didn't|did not|hasn't|has not|haven't|have not|won't|isn't|is not) (?:\w+ ){0,2}(?:help|helping|helped|ease|eased|made (?:a|any) difference|make (?:a|any) difference|settle|fix it|shift it|touch it)\b"
     r"|(?:can't|cannot|couldn't) (?:\w+ )?sleep a wink (?:\w+ ){0,2}(?:because of|with|for|from) (?:the |my |this )?(?:\w+ ){0,2}(?:pain|ache|aching|throb\w*|hip|knee|back|shin|foot|heel|leg|calf|ankle)\b|no control over (?:my |your |their )?(?:bladder|bowels?)|(?:can't|cannot|couldn't) (?:wiggle|move|lift|bend) (?:my |the |your )?toes\b(?! (?:up|back|as far|as much|like))(?!(?: \w+){0,3} (?:in|inside) (?:these|this|the|my|them|those|new)\b)"
     r"|(?:leg|legs|knee|knees|ankle) (?:won't|will not|wouldn't|doesn't|does not) (?:hold|support) (?:me|my weight|him|her)\b|(?:can't|cannot|couldn't) weight[\s-]bear|(?:can't|cannot|couldn't) bear to (?:put|stand|walk|step)\b"
     rf"|(?:feels?|felt) like (?:my |the )?(?:\w+ )?{_PART} (?:isn't|is not|wasn't|was not|aren't|are not) (?:even )?there\b"),
    (False, r"(?:worse|more painful|hurts more|sorer) the more (?:i|you) rest|the more (?:i|you) rest(?:,| )(?: [\w']+)?(?:the )?(?:worse|more it hurts|sorer)"
     r"|(?:comes on|starts|begins|hurts|aches|pain) (?:\w+ )?at rest or at night|at night or at rest"
     r"|(?:up|awake) (?=all|half|most of|much of)\w+(?: of)? (?:the )?night (?:with|from|because of) (?:\w+ ){0,2}(?:pain|ache|aching|throb\w*|knee|hip|back|shin|foot|heel|leg|calf|ankle)\b"
     r"|(?:pinpoint|point to|point at|put a finger on) (?:it |the (?:pain|spot) )?(?:\w+ ){0,3}(?:with )?(?:one|a single|a|my|your) (?:finger|fingertip)"
     r"|like (?:hot|warm|cold) (?:water|liquid) (?:\w+ )?(?:running|trickling|dripping|pouring|flowing)|like (?:water|liquid) (?:\w+ )?(?:running|trickling|dripping) (?:down|along|over)"
     r"|(?:numb|tingly|tingling) patch|dead patch (?:of skin|on (?:my|the (?:side|outside|front|back) of my))|patch of (?:\w+ )?(?:numb|dead) skin"
     rf"|(?:current|electricity) (?:\w+ )?(?:running|going|shooting|passing) (?:down|through|along|into) (?:\w+ ){{0,3}}{_PART}\b"
     r"|(?:it|that|the pain|the nerve) zaps (?:me|down|through|up|into)\b|went (?:out )?from under (?:me|him|her|them)|(?:collapsed|buckled|crumpled|went down) when (?:my|the) (?:knee|leg|ankle|hip) went\b"
     r"|(?=red|angry|inflamed)\w+(?: and |, )(?:(?!white|blue|black|green|yellow)\w+(?: and |, ))?spreading\b"
     r"|(?=hot|red|warm)\w+, (?:\w+,? )?(?:and )?(?:swollen|swelling|puffy)\b|(?:feel|feeling|felt) (?:\w+ )?(?=unwell|ill\b|poorly|feverish)\w+ (?:\w+ ){0,3}(?:with|and) (?:a |my )?(?:\w+,? ){0,2}(?=swollen|swelling|hot\b|red\b)\w+\b"
     r"|(?:broken|broke|cracked|fractured) something\b|(?:bump|lump|spot|point) (?:[\w']+ ){0,5}(?:very |really |extremely )?tender to (?:the )?touch|(?:needle|knife|pin|razor)[\s-]like (?:\w+ )?(?:pain|feeling|sensation)|hot poker"
     r"|(?:leg|foot) (?:\w+ ){0,3}drags\b|dragging (?:my|one|the|his|her) (?:\w+ )?(?:foot|leg)\b|(?:difficulty|trouble|problems?|pain|burning) (?:\w+ )?passing (?:urine|water)\b"),
    # Slang and shorthand: shooty, zappy or stabby pains, a numbish foot, a foot that is asleep,
    # a knee that keeps going on one, a heel that kills at night.
    (False, r"(?:shooty|zappy|stabby|knifey|jabby|electric-?y|prickly)(?: \w+)? (?:pains?|feelings?|sensations?|aches?|twinges?)\b|numbish\b"
     r"|(?:foot|feet|toes?|hands?|fingers?|arms?) (?:\w+ ){0,2}(?:is|are|feels?|felt|was|were|being|stays?|stayed) (?:\w+ )?asleep\b"
     r"|(?:knee|knees|ankle|ankles|leg|legs) (?:\w+ ){0,2}(?:keeps? going|going|went|goes|gone) (?:out )?on me\b|(?:goes|going|gone|keeps going) (?:out )?from under (?:me|him|her|them)"
     r"|(?:kills|killing|agony|murder) (?:me )?(?:at night|in bed|all night)(?! (?:runs?|races?|running))|(?:lying|laying) (?:in bed|down|still|flat)(?: [\w']+){0,3},? (?:it |my \w+ )?(?:throbs|aches|hurts|burns)\b"
     r"|(?:still|really) (?:sore|hurts|painful|aching|aches) (?:\w+ ){0,2}(?:even though|although|though|despite) (?:i've |i have |i |i'd |having )?(?:stopped|not been|haven't been|quit|given up) (?:\w+ )?(?:running|training|run)"
     r"|(?:swollen|swelling)(?=(?:,? and|,)(?: \w+){1,3},? and (?:red|hot|warm)\b)"
     r"|fourmis (?:dans|aux)|" + _FOREIGN_DENIAL + r"dorm[eê]ncia|punzante|lancinante|stechende?[rn]? schmerz\w*|dolore acuto|dor aguda|dolor agudo|douleur aigu"),
    # Nerve signs told by what the limb does: a buzz like a phone on vibrate, no feel of the
    # ground under one foot, a foot gone clumsy, pain that reaches a knee or comes down a leg.
    (False, rf"like (?:a |my )?phone(?:'s| is)? (?:on )?(?:vibrate|buzzing) (?:\w+ ){{0,2}}(?:in|on|through) (?:my|the) (?:\w+ )?{_PART}\b"
     r"|vibrat\w* (?:feeling|sensation)"
     r"|(?:foot|leg|hand) (?:\w+ ){0,2}(?:gone|feels?|is|getting|become|becoming) clumsy"
     rf"|{_PART} (?:\w+ ){{0,2}}(?:burns|tingles|aches|hurts|throbs) (?:all the way|right) (?:down|up)(?=\s*[.,!?;]|\s*$| (?:to|into|the (?:back|front|side|outside) of) (?:my|the) )"
     rf"|(?:weird|strange|odd|funny) (?:\w+ )?(?:sensation|feeling) (?:\w+ ){{0,2}}(?:down|along) (?:\w+ ){{0,4}}{_PART}\b"
     rf"|(?:pain|ache|burning|tingling|numbness) (?:\w+ ){{0,3}}reach(?:es|ed|ing) (?:\w+ ){{0,2}}(?:my|the|your) (?:\w+ )?{_PART}\b(?! of (?:the|a) (?:hill|stairs|slope|climb|descent|mountain))"
     rf"|from (?:my |the |your )?(?:lower |low )?(?:back|bum|butt|buttocks?|glutes?|hips?|spine|neck|backside)(?:,? [\w']+){{0,3}},? {_MOVES} (?:right |all the way |straight )?(?:down |up )?(?:into|to|through|down|past) (?:my |the |your )?(?:\w+ )?{_PART}\b(?! of (?:the|a) (?:hill|stairs|slope|climb|descent|mountain))"
     r"|(?:it|that|this|the pain|the ache) (?:\w+ )?(?:comes|travels|shoots|spreads|radiates) (?:right |all the way )?down (?:the|my|your|one) (?:(?:back|front|side|outside|inside) of (?:the |my )?)?(?:leg|arm|thigh)\b(?! of (?:the |my )?(?:shorts|tights|trousers|leggings|socks?))"),
    (True, r"(?:can't|cannot|couldn't|can barely|can hardly) feel (?:the )?(?:floor|ground)(?: \w+)? (?:under|beneath) (?=my|one|that|the|his|her)\w+ (?:\w+ )?(?:foot|feet|sole)"
     r"|(?:leg|foot|arm|hand) (?:won't|doesn't|does not|will not|isn't) (?:\w+ )?(?:do|doing) what (?:i|i'm) (?=tell|want|ask)\w+"
     r"|(?:[89]|10) ?(?:/|out of) ?10 (?:\w+ ){0,2}(?:at night|in bed|when resting|at rest)\b(?! (?:runs?|races?|running))"),
    # Warning signs as articles list them: pain below the knee with back pain, constant and
    # unrelenting pain, a spot one finger covers.
    (False, r"(?:pain|numbness|tingling) (?:\w+ )?below the knee (?:\w+ ){0,3}(?:with|and|plus|alongside) (?:\w+ ){0,2}back pain|back pain (?:\w+ ){0,5}below the knee\b"
     r"|(?:unrelenting|relentless) (?:pain|ache|aching)|(?:pain|ache) (?:\w+ ){0,4}unrelenting"
     r"|(?:pain|spot|point|tenderness) (?:\w+ ){0,2}(?=can|could)\w+ (?:put|place|cover with) (?=one|a single|a)[\w ]+? finger|(?:put|place) (?=one|a single|a)[\w ]+? finger(?:tip)? on (?:it|the (?:spot|pain|sore spot)|where it hurts)\b"),
    (True, r"(?:can't|cannot|couldn't|unable to|can no longer) (?:\w+ )?(?:lift|raise) (?:the )?front of (?:my |your |the )?(?:foot|feet)"
     r"|(?:can't|cannot|couldn't|difficulty|trouble|unable to|struggl\w* to) (?:\w+ )?walk(?:ing)? on (?:my |your |the |their )?heels?"),
    # Common misspellings in shoppers' messages.
    (False, r"numbess|numbnes\b|siatica|sciatia|sciatca|(?:shootin|stabbin|stabing|shotting|shootng) (?:\w+ )?(?:pains?|aches?)"),
    # Signs of infection in plain words: gunk, a blister gone green, red lines up the leg.
    (False, r"(?:yellow|green|yellowy|greenish|cloudy|smelly) (?=gunk|goo\b|fluid|discharge|stuff|liquid|ooze)\w+|(?:blister|cut|wound|graze) (?:\w+ ){0,6}(?:smells?|smelly|stinks|gone green|going green|turned green|turning green|gone yellow)"
     r"|red (?:lines?|tracks?) (?:\w+ )?(?:going|running|spreading|tracking|creeping|travelling|traveling) (?:up|along|from)"),
    # A suspected stress reaction, a bone that hurts to the touch in one spot.
    (False, r"stress reaction" + "".join(f"(?<!{words} stress reaction)" for words in _AS_A_RISK) + _COMMON
     + r"|(?:spot|point) (?:on|of|along) (?:my |the |your )?(?:shin|shinbone|tibia|bone|metatarsals?|top of (?:my |the )?foot|foot|heel|hip)(?: \w+){0,3} (?:hurts|is (?:\w+ )?(?:sore|tender|painful)) (?:to (?:the )?touch|when (?:i |you )?(?:press|push|touch|prod|poke))"
     r"|(?:hurts?|tender|sore|painful) to (?:the )?touch (?:\w+ ){0,2}(?:one|a|single|specific|exact|particular) (?:\w+ )?(?:spot|point)"
     r"|(?:press|pressing|push|pushing|touch|touching|prod|prodding|poke|poking) (?:\w+ ){0,2}(?:one|a single|a specific|one exact|one particular|the exact) (?:\w+ )?(?:spot|point)\b"
     r"|(?:top of (?:my |the )?foot|shin|shinbone|tibia|metatarsals?|heel bone) (?:\w+ ){0,2}(?:hurts|is sore|is tender|is painful|aches) (?:in|at|on) (?:one|a single|a specific|one exact|one particular|a tiny|a small|just one|exactly one) (?:\w+ )?(?:spot|point|place)\b"
     + "|bone stress" + "".join(f"(?<!{words} bone stress)" for words in _AS_A_RISK) + r"\b(?! (?:tolerance|adapt\w*|resilience|builds?)|(?: injur\w*| reactions?)? (?:are|is) (?:\w+ ){0,3}(?:common|rare|frequent|risks?|likely)\b)"
     r"|(?:running a|running|ran a|have a|had a|got a|with a|my) (?:high )?(?:temp|temperature) (?:of |is |was |at |around |over )?(?:3[89](?:\.\d)?|10[0-4](?:\.\d)?)\b"
     r"|(?:press|pressing|push|pushing|touch|touching|prod|prodding|poke|poking) (?:\w+ ){0,2}(?:on )?(?:the |my )?(?:top of (?:my |the )?foot|shin ?bone|tibia|metatarsals?) (?:\w+ ){0,3}(?:hurts|is agony|agony|is painful|painful|makes me)"),
    # Bladder and bowel told as sensation or control: not feeling when one needs to go, no
    # control over when, accidents named with the bladder.
    (True, r"(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|couldn't|no longer|not) (?:always |really |properly |even |fully )?(?:feel|tell|know|sense|notice) when (?:i|you|he|she|they) (?:need|needs|have|has|want|wants) to (?:wee|pee|go|poo|urinate|use the (?:loo|toilet|bathroom))\b"
     r"|(?:can't|cannot|couldn't|unable to|no longer|not|hard to|struggl\w* to|trouble) (?:\w+ )?control (?:when|how often|whether) (?:\w+ ){0,3}(?:needs?|has|have|wants?) (?:to (?:go|wee|pee|poo)\b|the (?:loo|toilet|bathroom))"
     r"|(?=loo|toilet|bathroom|wee\b|pee\b)\w+(?: [\w',]+){0,8} (?:or |and |but )?(?:can't|cannot|couldn't) go when (?:i|you|he|she|they) (?:need|needs|want|wants|have|has) to\b"),
    (False, r"(?:bladder|bowel|toilet|loo|wee|pee) accidents?\b"
     # A patch of skin with no feeling: dead to the touch, numb like after the dentist.
     rf"|(?:{_PART}|skin|cheeks?|patch|area|spot|groin|backside) (?:[\w']+ ){{0,4}}(?:dead|numb) to (?:the )?touch"
     r"|like (?:after|at|from) (?:the |a )?(?:dentist|anaesthetic|anesthetic|injection at the dentist)|like (?:a |an )?(?:local )?(?:anaesthetic|anesthetic)\b"
     r"|loss of (?:all )?(?:feeling|sensation)\b(?! for\b)"
     # A bone that may be broken: something's broken, the bone has cracked, scared it's broken.
     rf"|something(?:'s| is| has| must be| might be| may be| could be)? (?:been |got )?(?:\w+ )?(?:broken|cracked|fractured|snapped)(?=\s*(?:[.,!?;]|$)| in(?:side)? (?:my|the|his|her|your|their) (?:\w+ )?{_PART}\b)"
     r"|(?:scared|afraid|worried|terrified|fear|fearing|convinced|sure|suspect) (?:that )?(?:it's|it is|its|it might be|it may be|it could be|it has|it's been) (?:\w+ )?(?:broken|cracked|fractured)\b(?! in\b)"
     r"|bones? (?:in (?:my |the |your |his |her )?(?:\w+ )?)?(?:has |have |is |was |had |might have |may have |could have |might be |may be )?(?:cracked|fractured)\b"
     r"|(?:needs?|requires?|warrants?) (?:urgent |proper |an? |further |some )?(?:imaging|x-?rays?|mri|bone scan)\b"
     # A limb that folds under the runner; a saddle area gone to sleep; a burning strip down a thigh.
     rf"|{_PART} (?:\w+ ){{0,2}}(?:folded|folds|folding|crumpled|crumples|collapsed|collapses|buckled) (?:\w+ )?(?:under|beneath) (?:me|you|him|her|them)\b"
     r"|(?:saddle|groin|crotch|perineum|genitals?|privates) (?:area |region )?(?:[\w']+ ){0,5}(?:gone|goes|going|went|falls?|fell|falling) to sleep\b"
     r"|(?:saddle|groin|crotch|perineum) (?:area |region )?(?:is |feels? |felt )?(?:asleep|dead|fuzzy)\b"
     rf"|(?:burning|tingling|tingly|numb|electric|prickly) (?:strip|line|streak|band|stripe) (?:\w+ ){{0,2}}(?:down|along|up) (?:\w+ ){{0,4}}{_PART}\b"
     # Pain that is worse lying down or even when resting.
     r"|(?:hurts?|aches?|aching|throbs?|throbbing|pain\w*|screams?|screaming|kills?|killing|burns?|agony) (?:\w+ ){0,3}(?:when|whenever|as soon as|once|if) (?:i|you|he|she) (?:lie|lay|lies|lays) (?:down|in bed|flat)\b(?! (?:\w+ ){0,3}after (?:a |the |my )?(?:long |hard |big )?(?:run|race|marathon|session|workout))"
     r"|(?:worse|hurts?|aches?|aching|throbs?|throbbing|pain\w*) (?:\w+ ){0,3}even (?:when|while|if|after) (?:i |you |i'm |you're |he |she )?(?:rest|rests|resting|rested|lie down|lying down|sat still|sat down|sitting still|sitting down|sit still)\b(?! days?\b)"),
    (True, r"(?:getting|gets|got|get) worse (?:\w+ ){0,3}(?:even )?on (?:my |your |the |his |her |their )?rest days\b|worse(?: [\w',]+){0,4},? rest days included\b"
     # No feeling of the seam of a sock any more; a foot that will not pull up; weight it will not take.
     r"|(?:can|could) no longer (?:\w+ )?feel (?:the |a |an |your |my )?(?:\w+ )?(?:seams?|stitching|socks?|temperature|hot water|texture|pebbles?|stones?)\b"
     r"|(?:can't|cannot|couldn't|unable to|struggl\w* to|hard to) (?:\w+ )?(?:pull|bring|lift|raise|flex|cock) (?:my |the |your |his |her )?(?:toes|foot|feet|front of (?:my |the )?foot) (?:\w+ )?(?:up|upwards?|towards? (?:me|my shin|the shin))\b(?! (?:onto|on to|over|to the|behind|to my (?:bum|butt|glutes?)))"
     r"|(?:(?:wrists?|ankles?|knees?|legs?|foot|feet|hips?|hands?|arms?|heels?) (?:\w+ ){0,2}(?:won't|will not|wouldn't|can't|cannot|couldn't|doesn't|does not|didn't|did not) (?:\w+ )?(?:take|bear|hold|support)"
     r"|it (?:\w+ ){0,2}(?:won't|will not|wouldn't|can't|cannot|couldn't|doesn't|does not|didn't|did not) (?:\w+ )?(?:take|bear|hold)) (?:any |much |my |your |his |her |their |the |its )?(?:body )?weight\b"
     r"|(?:can't|cannot|couldn't|unable to|can barely|can hardly) (?:\w+ )?(?:hold|maintain) (?:a |my |his |her |their |any )?(?:proper |firm |good |decent |tight )?grip\b"
     r"|like (?:it|they) (?:isn't|is not|aren't|are not|wasn't|weren't) (?:yours|mine|theirs|his|hers)\b"
     # A doctor who wants to rule out a fracture or a nerve problem suspects one.
     r"|(?:to|wants? to|want to|needs? to|trying to|going to|gonna) rule out (?:a |an |any )?(?:possible |potential )?(?:stress fractures?|fractures?|stress reactions?|breaks?|(?:slipped |herniated |bulging )?discs?|nerve|sciatica)"),
    (PREFIX_ONLY, r"(?:feel|feels|felt|feeling) nothing (?:at all )?(?:when|if) (?:i|you|he|she) (?:touch|press|prod|poke|pinch|scratch|tap|rub)\b"),
    (False, r"(?:leg|foot) (?:is |was |keeps |kept |started |starts |been )?(?:\w+ ){0,2}(?:dragging|drag)\b(?! (?:\w+ ){0,2}(?:behind|out|on|along behind))"),
    # Pain that never lets up, rest that made no difference, awake with the pain.
    (True, r"(?:pain|ache|aching|throbbing|burning) (?:\w+ ){0,3}(?:never|doesn't|does not|won't|will not|didn't|did not) (?:\w+ )?lets? up\b"
     r"|(?:rest(?<!the rest)|resting|time off|days off|weeks? off|a break) (?:\w+ )?(?:made|makes|has made|is making|have made) (?:no|zero|little) (?:\w+ )?difference\b"
     r"|(?:can't|cannot|couldn't|unable to|hard to|struggl\w* to) (?:\w+ )?sleep (?:\w+ ){0,3}(?:because|as|cos|since) (?:my|the) (?:\w+ ){0,2}(?:was|is|kept|keeps) (?:\w+ )?(?:throbbing|aching|hurting|burning|killing me)\b"),
    (False, r"(?:lie|lies|lying|lay|laid) awake (?:\w+ ){0,3}(?:with|from|because of) (?:\w+ ){0,3}(?:pain|ache|aching|throb\w*|hurting)\b"
     r"|foot (?:\w+ ){0,2}(?:slaps?|slapping|slapped) (?:the |on the )?(?:ground|floor|road|pavement)\b"),
    # A pin jabbed in, cotton wool round a foot, a nerve pressed on, a leg that stopped
    # working, a hop that hurts, pain right on the bone, no feeling when wiping.
    (False, r"(?:jabbing|jabbed|jabs|stabbing|stabbed|stabs|poking|pokes|prodding|sticking) (?:me |my \w+ |it |the \w+ )?with (?:a |an )?(?:\w+ )?(?:pins?|needles?|knife|knives|nails?|skewers?|blades?|hot poker)\b"
     r"|(?:wrapped|stuffed|packed) in cotton[\s-]wool|cotton[\s-]wool (?:feeling|sensation)|(?:feels?|felt|feeling) like cotton[\s-]wool"
     r"|(?:leg|foot|arm|hand) (?:\w+ ){0,2}(?:stopped|stops|stopping|wouldn't|won't) work(?:ing)?\b(?! out)"
     r"|(?:hurts|painful|agony|impossible|sore) (?:\w+ )?to hop\b|(?:hurts|painful|sore|tender) (?:right |directly |exactly |just )?on (?:the |top of the )?bone\b"),
    (PREFIX_ONLY, r"(?:no|less|reduced|lost|numb) (?:\w+ )?(?:feeling|sensation)? ?when (?:i |you )?wipe\b"),
    (True, r"(?:can't|cannot|couldn't|don't|do not|barely|hardly) (?:\w+ )?feel (?:\w+ )?(?:anything |it |much )?when (?:i |you )?wipe\b"),
    # Weight the pain will not let one bear; weakness on lifting a foot.
    (False, r"(?:stops?|stopping|prevents?|preventing) (?:you|me|him|her|them) (?:from )?(?:bearing|putting|taking) (?:any |much )?weight\b"
     r"|(?:weakness|weak) (?:\w+ ){0,4}(?:lift|lifting|raise|raising) (?:your|my|the|his|her) (?:foot|feet|toes|leg|arm)\b"),
    # Infection and illness in more words; pain put down to the spine; burning that keeps one up.
    (False, rf"(?:{_PART}|area|skin|joint|toe|wound|cut|blister|graze) (?:\w+ ){{0,3}}(?:is |looks |feels |went |gone |turned |going )?(?:hot and (?:red|swollen|inflamed)|red and (?:hot|warm)|warm and (?:red|swollen))\b"
     r"|septic\b(?! tank)|cellulitis|abscess"
     r"|flu[\s-]?like (?:symptoms|feeling|illness)\b(?!(?: [\w']+){0,4} (?:after|from) (?:the |my |a )?(?:vaccine|vaccination|jab|booster)\b)"
     r"|(?:pain|ache|aching|it|it's|its|that's|tingling|numbness|burning) (?:\w+ ){0,3}(?:coming|came|referred) from (?:my |the |your |his |her )?(?:lower |upper )?(?:spine|back|neck|lumbar spine)\b(?! muscles?)|referred pain"
     r"|(?:pain|ache|aching|throbbing|burning|tingling|knee|hip|back|leg|foot|shin|heel) (?:\w+ ){0,4}(?:keeps|kept|keeping) (?:me|you|him|her|them) (?:up|awake)\b(?! (?:to|with|for|late|on|until)\b)"),
    # Pain that starts in the back or buttock and ends up in a limb.
    (False, rf"(?:starts?|started|starting|begins?|began) (?:in|at|from) (?:my |the |her |his |your )?(?:lower |low )?(?:back|bum|butt|buttocks?|glutes?|hips?|neck|spine|shoulders?) (?:[\w',]+ ){{0,6}}(?:ends? up|ending up|finish\w*) (?:all the way )?(?:down |into |in |at )(?:my |the |her |his |your )?(?:\w+ )?{_PART}\b"),
    # Pain even lying on the sofa or at a desk, worse on hopping, sudden and sharp; no telling
    # hot from cold.
    (False, r"(?:pain(?![\s-]free)|hurts?|aches?|aching|throbbing),? (?:[\w']+,? ){0,9}even (?:when (?:i'm |i am |you're |you are )?(?:lying|sitting|sat|resting)\b|at (?:my|your|the) desk\b|on the (?:sofa|couch)\b)"
     r"|(?:worse|hurts|painful|agony|sore|pain) (?:\w+ ){0,2}(?:when|if|as|whenever) (?:i |you )?(?:try to )?hop\b(?! on(?! (?:that|the|one|your|my)(?: sore| bad| injured| affected)? (?:leg|foot)\b)| onto| off| in| into| over)"
     r"|sudden,? (?:and )?sharp\b(?! (?:increase|rise|jump|drop|turn|bend|climb|fall))|sharp and sudden\b(?! (?:increase|rise|jump|drop|turn|bend|climb|fall))"),
    (True, r"(?:can't|cannot|couldn't|can not) (?:\w+ )?(?:tell|feel|sense) (?:the difference between )?(?:hot|warm) (?:from|and|or) cold\b"),
    # The same symptoms in the other languages of the corpus.
    (False, r"(?:douleur|dolor|dolore|schmerz)\w* (?:\w+ ){0,3}(?:descend|irradie|file dans|file le long|baja|irradia|corre por|se extiende|scende|si irradia|strahlt|strahlen|zieht|ziehen|schiesst) (?:\w+ ){0,4}(?:jambe|cuisse|pierna|muslo|brazo|gamba|piede|coscia|braccio|oberschenkel|(?:le|au|du) pied|(?:le|au|du) bras|(?:el|al|del) pie|(?:das|ins|im) bein|(?:den|in den) (?:fuss|arm))\b"
     r"|dor (?:\w+ ){0,3}(?:desce|irradia) (?:\w+ ){0,4}(?:perna|coxa|braco|(?:o|ao) pe)\b"
     + "".join("|" + _FOREIGN_DENIAL + word for word in _FOREIGN_SYMPTOMS)),
    # "I can't feel my toes" and night pain in the same languages.
    (True, r"(?:sp.re|sp.r|f.hle) (?:meine?n? |die |den |das )?(?:zehen|fu.|fuss|f..e|f..se|beine?|finger|h.nde|hand|ferse) (?:\w+ )?nicht mehr"
     r"|no (?:siento|noto) (?:\w+ )?(?:los |el |la |las |mis |mi )?(?:dedos|pies?|piernas?|manos?|talón|talon)\b"
     r"|ne sens (?:plus|pas|rien) (?:\w+ )?(?:mes |mon |ma |les |le |la )?(?:orteils|pieds?|jambes?|mains?|doigts|talon)\b"
     r"|non sento (?:più |piu )?(?:le |il |la |i |mie |mio |mia )?(?:dita|piedi|piede|gambe|gamba|mano|mani|tallone)\b"
     r"|n.o sinto (?:\w+ )?(?:os |o |a |as |meus |meu |minha |minhas )?(?:dedos|p.s|p.|pernas?|m.os?|m.o|calcanhar)\b"),
    (False, r"schmerz\w* (?:\w+ ){0,2}(?:nachts|in der nacht)|(?:nachts|in der nacht) (?:\w+ ){0,3}schmerz\w*"
     r"|dolor\w* (?:\w+ ){0,2}(?:por la noche|de noche)|douleurs? (?:\w+ ){0,2}(?:la nuit|nocturnes?)|me r[ée]veille (?:\w+ )?(?:la nuit|\w+ nuit)"
     r"|dor\w* (?:\w+ ){0,2}(?:à noite|a noite|de noite)|dolor[ei] (?:\w+ ){0,2}(?:di notte|la notte)"),
]

# Shoppers often drop the apostrophe ("cant feel my toes", "wont take any weight", "doesnt let
# up"): every negative contraction in the cues also matches without it.
_CONTRACTION = re.compile(r"\b(can|won|doesn|don|didn|couldn|isn|hasn|haven|wasn|wouldn|aren|hadn)'t\b")


def _apostrophe_optional(pattern: str) -> str:
    """Inside an alternation the bare form is one more alternative ("can't|cant|cannot"), which
    keeps the pre-filter's required texts whole; elsewhere it is a group of its own."""

    def bare(found: re.Match[str]) -> str:
        word = found.group(1)
        before, after = pattern[found.start() - 1 : found.start()], pattern[found.end() : found.end() + 1]
        if before in ("|", ":") and after in ("|", ")"):
            return f"{word}'t|{word}t"
        return f"(?:{word}'t|{word}t)"

    return _CONTRACTION.sub(bare, pattern)


RED_FLAG_CUES = [(mode, _apostrophe_optional(pattern)) for mode, pattern in RED_FLAG_CUES]
