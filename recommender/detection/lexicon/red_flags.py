# ruff: noqa: E501  (cue tables: one readable pattern per line)
# fmt: off
"""Red-flag cues: symptoms that call for a medical professional, not a product.

Each is (negation_inside_allowed, pattern). Any match that is not negated marks its
sentence as a red-flag passage. "weakness" alone is not one ("weak glutes" is a training
matter): it must sit in a limb. Words with everyday meanings ("shooting for a PR",
"marathon fever", "sharp increase") need their pain context.
"""

_LIMB = r"(?:legs?|arms?|feet|foot|hands?|toes?|fingers?|thighs?|calf|calves|buttocks?|bum|knees?|hips?|shins?|heels?|shoulders?)"
_PAIN = r"(?:pains?|aches?|twinges?|jolts?|sensations?|feelings?|stabs?)"

RED_FLAG_CUES = [
    # "It's sharp when I push off", "like being stabbed", a foot that falls asleep, buzzing
    # or prickling in a limb, toes that catch on the kerb, night pain, spreading redness.
    (False, r"(?:it's|it is|its|it gets|it goes|it feels|feels|gets|goes|turns) (?:really |very |so |quite |suddenly )?sharp\b(?! (?:looking|increase|rise|drop|turn|bend|corner|jump|climb|fall))|like (?:a |being )?(?:knife|stabbed|nail|hot poker|red[\s-]hot poker)\b"),
    (False, rf"{_LIMB} (?:\w+ )?(?:falls?|fell|falling|goes|went|going|gone) (?:to )?asleep|(?:buzzing|fizzing|prickling|prickly|crawling) (?:\w+ ){{0,3}}(?:in|down|through|into) (?:my |the |your |both )?(?:\w+ )?{_LIMB}|{_LIMB} (?:\w+ )?(?:buzz|buzzes|buzzing|fizz|fizzes|fizzing|prickl\w*)\b"),
    (False, r"toes? (?:\w+ )?(?:catch|catches|catching|drag|drags|dragging|scuff\w*) (?:on )?(?:the )?(?:ground|floor|kerbs?|curbs?|pavement)|night[\s-]?(?:time )?pain|pain (?:\w+ )?(?:at|during) (?:the )?night|spreading (?:red|redness)|redness (?:\w+ )?spreading|hairline (?:crack|fracture)|(?:might|may|could) be broken|is it broken|(?:think|thinks|worried) (?:it's|it is|its) broken"),
    (True, r"(?:can't|cannot|couldn't|unable to) (?:\w+ )?push off (?:on|with|from) (?:that|my|the) (?:\w+ )?(?:foot|leg|toes)"),
    (False, rf"shooting (?:\w+ )?(?:{_PAIN}|down|through|into|up)|(?:pain|ache|it|that) (?:\w+ ){{0,2}}shoots?|shoots? (?:\w+ )?(?:down|through|into|up) (?:\w+ )?{_LIMB}"),
    (False, rf"radiat\w* (?:\w+ ){{0,3}}(?:down|into|through|to|from|along|up)|radiating (?:\w+ )?{_PAIN}|(?:pain|ache) (?:\w+ ){{0,2}}(?:travel\w*|spread\w*|runs|running|goes|going|went) (?:\w+ ){{0,2}}(?:down|into|through|along|up|to) (?:\w+ ){{0,3}}(?:{_LIMB}|groin)|electric(?:al)?[\s-]?shocks?|electric(?:al)? (?:\w+ )?(?:feeling|sensation|pain|jolts?|zaps?|zings?|shocks?|current|buzz\w*|twinges?)|lightning[\s-]?bolt"
     rf"|(?:pain|ache|aching|burning|tingling|throbbing|zaps?|zings?|jolts?) (?:\w+ )?(?:all the way |right )?(?=down )\w+ (?:the (?:back|front|side|outside|inside|length) of )?(?:my |your |the |one |his |her |their )?(?:left |right |whole |entire )?(?:legs?|arms?)\b"
     rf"|burning (?:\w+ )?(?:pain|sensation|feeling|ache) (?:\w+ ){{0,3}}(?:down|into|through|along) (?:\w+ ){{0,3}}{_LIMB}"),
    (False, r"numb(?:ness|ed|s|ing)?\b|tingl\w*(?! of (?:excitement|anticipation|nerves|pride|joy))|pins and needles|pins (?:&|n|'n'|n') needles|(?:loss of|lost|no|losing) (?:\w+ )?(?:sensation|feeling) (?:\w+ )?in|saddle (?:anaesthesia|anesthesia)"),
    (False, rf"(?:weakness|weakening|giving way|gives way|gave way) (?:\w+ ){{0,2}}(?:in|of) (?:\w+ ){{0,2}}{_LIMB}|{_LIMB} (?:\w+ )?(?:weakness|gives? way|gave way|giving way|gives out|gave out|giving out|buckl\w*)|foot drop|drop foot|sudden weakness|loss of (?:strength|power|control) in|(?:weak|weaker|weakening|losing(?: my)?) grip|grip (?:\w+ ){{0,2}}(?:weak|weaker|weakened|going|gone)\b"),
    (True, r"(?:does not|doesn't|do not|don't|did not|didn't|won't|will not|isn't|is not|hasn't|has not|haven't|have not|never|not|no) (?:\w+ ){0,2}(?:improve|improving|improved|get better|getting better|got better|go away|going away|gone away|went away|ease|easing|eased|settle|settling|subside|subsiding|subsided|let up|fade|fading|resolve|resolving|resolved|calm down|budge|better|improvement|relief)\w*(?: \w+){0,4} (?:with|after|despite|even with|even after|during|when|at|while|by) (?:\w+ ){0,2}(?:rest|resting|days? off|a break|time off|a week off|weeks? off|stopping|ice|painkillers)"),
    (True, r"(?:rested|resting|rest|days? off|time off|weeks? off|a break)(?: \w+){0,6} (?:still (?:hurts|aches|painful|sore|there|the same)|not (?:improving|getting better|any better)|no better|(?:hasn't|has not|haven't|didn't|did not|isn't|is not|wasn't|doesn't|does not|don't|do not|won't|will not) (?:\w+ )?(?:help|helps|helped|helping|improved|changed|work|works|worked|working|make (?:any|a) difference|made (?:any|a) difference)|(?:got|gets|getting) worse)|(?:still hurts|no better|not improving|hasn't improved|got worse|getting worse|worsen\w*|stays the same|stayed the same)(?: \w+){0,6} (?:after|despite|even after|even with) (?:\w+ ){0,4}(?:rest|days? off|time off|weeks? off|break)"),
    (False, r"(?:hurts?|aches?|throbs?|throbbing|pain\w*) (?:\w+ ){0,3}even (?:at|while|when|after) (?:rest|resting|lying down|in bed|sitting still)|even (?:at|while) rest(?:ing)?\b"),
    (False, r"(?<!marathon )(?<!race )(?<!spring )(?<!cabin )fever\w*|feverish|high temperature|night sweats|unexplained weight loss"
     r"|(?<!me )(?<!me the )chills\b(?! (?:down|up|of))|(?<!me )(?<!me the )shivers\b(?! (?:down|up|of))|shivery|shivering"
     r"|(?:(?<=red and )|(?<=hot and )|(?<=warm and )|(?<=inflamed and )|(?<=red, )|(?<=hot, )|(?<=warm, ))(?:swollen|puffy)"
     r"|(?:swollen|swelling|puffy)(?=(?:,? and|,| (?:\w+ ){0,3}with) (?:red|hot|warm|redness|heat|warmth)\b)"
     r"|(?:redness|heat|warmth)(?= and (?:swelling|heat|warmth|redness)\b)|(?:swelling|swollen)(?= (?:\w+ ){0,3}(?:with|and) (?:\w+ )?(?:redness|heat|warmth)\b)|(?:hot|warm) to the touch|red streaks?"
     r"|infected|(?:(?<=signs of )|(?<=sign of )|(?<=sign of an ))infection|infection (?:\w+ )?(?:has )?(?:set in|sets in|setting in|spreading)|\bpus\b|oozing"),
    (False, r"(?:hurts?|aches?|throbs?|throbbing|pain\w*) (?:\w+ ){0,3}(?:at night|in bed|when (?:i'm |i am |you're |you are )?lying (?:down|in bed)|while (?:i'm |you're )?lying (?:down|in bed))|worse (?:\w+ ){0,2}than (?:when|before) (?:i|you) (?:stopped|rested|took time off)|(?:worse|hurts? more) (?:while|when|as) (?:you|i|they) (?:rest|sleep|lie down)"
     r"|wake (?:up )?(?:at night|in the night|during the night) (?:with|from|because)|(?:pain|ache|hurts?|aching|throbbing) (?:\w+ ){0,2}(?:at rest|when resting|while resting)|hop\w* (?:on (?:it|that leg|that foot|one leg) )?(?:\w+ ){0,2}(?:hurts|is painful|is agony|agony|impossible)|nerve (?:\w+ ){0,3}(?:involved|irritated|compressed|trapped|pinched)"
     r"|(?:toes?|fingers?|feet|foot) (?:\w+ )?(?:go|goes|went|turn|turns|turned|going) (?:white|blue|purple)|(?:pain|ache) (?:\w+ ){0,2}(?:travel\w*|spread\w*|goes|going|went) past (?:the |my |your )?(?:knee|hip|buttock)"),
    (False, r"(?:slipped|herniated|bulging|ruptured|prolapsed|burst|compressed|degenerat\w*) (?:\w+ )?discs?|disc (?:\w+ )?(?:problem|issue|injury|slip|slips|herniation|bulge|prolapse|pain)|disc[\s-]related|(?:a|my|the|your|spinal|lumbar|l\d[\s-]?s?\d?) discs?\b(?! golf)|sciatica|sciatic|pinched (?:\w+ )?nerves?|(?:trapped|compressed|irritated|damaged|impinged) nerves?|nerve (?:\w+ )?(?:pain|damage|compression|impingement|injury|root|problem|issue|irritation|involvement)"),
    (False, r"(?:stress )?fractur\w*|broken (?:bone|foot|ankle|leg|toe|metatarsal|shin)|cracked (?:bone|shin|heel|metatarsal)"
     r"|(?:one|a|single|specific|small|particular|certain|tiny|the same) (?:\w+ )?(?:spot|point) (?:\w+ ){0,3}(?:on|of|along) (?:the |my |your )?(?:\w+ )?bone"
     r"|(?:pinpoint|point|bony|bone) (?:\w+ )?(?:tenderness|tender spot|pain)|(?:localised|localized|pinpoint) (?:\w+ )?(?:pain|tenderness|ache) (?:\w+ ){0,3}(?:bone|shin ?bone|tibia|metatarsal)\b|bone (?:\w+ )?(?:is |feels )?(?:tender|sore|painful)(?= (?:\w+ ){0,3}(?:spot|point|touch|press\w*))"),
    (False, r"(?:loss of|lost|losing|changes? (?:in|to)|trouble with|problems? with|no control over|can't control) (?:my |your |their )?(?:bladder|bowels?)|(?:bladder|bowel) (?:control|changes?|incontinence|dysfunction)|control\w* (?:of |over )?(?:my |your |their )?(?:bladder|bowels?)|incontinen\w*|accidents? (?:\w+ ){0,3}(?:wee|pee|bladder|bowel)|wet (?:myself|themselves|yourself)"),
    (True, r"(?:can't|cannot|couldn't|unable to) (?:even )?walk on (?:it|my \w+|that \w+)|(?:can't|cannot|couldn't|unable to) (?:\w+ )?(?:pee|urinate|wee)\b|(?:can't|cannot|couldn't|unable to) (?:\w+ )?hold (?:my |it |in )?(?:wee|pee|urine|bladder|bowels?|it in)"),
    (False, rf"(?:sharp|stabbing|searing|excruciating|knife[\s-]like|unbearable|piercing) (?:\w+ ){{0,2}}{_PAIN}|pain (?:\w+ )?(?:is|was|gets|feels|became|becomes|turned|turns) (?:really |very |quite |so |more |suddenly )?(?:sharp|stabbing|excruciating|unbearable)"),
    (True, r"(?:can't|cannot|couldn't|unable to|can not) (?:\w+ )?(?:bear|put|take|stand) (?:any |much )?weight"),
    (True, rf"(?:can't|cannot|couldn't|can not|can barely|could barely|can hardly|unable to|no longer) (?:\w+ )?feel (?:my |your |the |their |his |her |both |any )?(?:(?:\w+ )?{_LIMB}|them\b)|(?:can't|cannot|couldn't|can barely|could barely|can hardly|unable to) (?:\w+ )?(?:lift|raise) (?:my |your |the |their )?(?:\w+ )?(?:foot|feet|toes?)"),
    (False, rf"{_LIMB} (?:\w+ )?(?:goes|went|going|gone|turns|turned) (?:completely |totally )?(?:dead|limp|floppy|weak|numb)|{_LIMB} (?:\w+ ){{0,3}}(?:feels?|felt|is|was|gets|getting) (?:suddenly |really |very )?(?:weak|floppy|limp)\b|(?:foot|feet) (?:\w+ )?(?:slaps?|slapping|slapped|flops?|drags?|dragging|dragged) (?:down|on the ground|along|onto|on to|against the ground)"),
    (False, r"(?:wakes?|waking|woke|keeps?|kept) (?:me|you|him|her|them|runners?) (?:up )?(?:at night|in the night|during the night|awake)|(?:worse|worst|hurts? more|painful) (?:\w+ )?(?:at night|in bed|at rest|when resting|while resting|lying down)|(?:with|have|had|running|ran|got) a (?:high )?(?:temperature|temp)\b"
     r"|(?:pain|ache|aching|throbbing|it|hurts?|knee|hip|back|leg|foot|shin) (?:\w+ ){0,3}(?:wakes?|woke|waking) (?:me|you|him|her|them|runners?)\b"),
    (True, r"(?:got|gets|getting|has got|have got) worse (?:\w+ ){0,2}(?:even though|although|though|despite|after) (?:\w+ ){0,3}(?:rest|rested|resting|stopped|stopping|time off|days off|a break)"),
]
