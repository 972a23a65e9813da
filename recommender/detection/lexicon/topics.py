"""What each cause is *about*, for spotting a sentence that dismisses the whole topic.

"Surfaces don't seem to matter" names no hard-surface cue, yet it clears hard_surfaces
from its sentence (see ``scope.topic_dismissed``).
"""

TOPICS = {
    "improper_footwear": r"shoes?|trainers?|sneakers?|footwear|cushioning|kicks",
    "improper_socks": r"socks?|padding|thickness",
    "poor_posture": r"posture",
    "improper_running_form": r"form|technique|stride|foot ?strike|heel[\s-]?strik\w*|cadence",
    "strained_muscles": r"strains?|muscles?",
    "overtraining": r"rest(?: days?)?|recovery|over[\s-]?training|days? off",
    "too_much_too_soon": (
        r"mileage(?: increases?)?|(?:the )?(?:10|ten)[\s-]?(?:%|percent|per cent) rule|increases?"
    ),
    "muscle_imbalance": r"strength(?: work| training)?|imbalances?|core",
    "lack_of_flexibility": r"stretch\w*|flexibility|warm[\s-]?ups?|warming up|mobility",
    "hard_surfaces": (
        r"surfaces?|terrain|concrete|asphalt|tarmac|roads?|pavements?|sidewalks?|camber|ground"
    ),
    "foot_mechanics": (
        r"(?:over|under)?pronation|supination|arch(?:es)?|foot (?:type|shape|mechanics)|flat feet"
        r"|orthotics?|foot posture"
    ),
}

# Pain, or a surface's harm, spoken of: an origin marked as needing none nearby does not
# clear the cause.
PAIN_NEAR = (
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|injur\w*|niggl\w*|shin splints|tender\w*"
    r"|throb\w*|swell\w*|swollen|twinge\w*|knees?|shins?|joints?|pounding"
    # ... or what a surface does to a runner: a camber that tips one hip down.
    r"|camber\w*|crowned|slope\w*|tilt\w*)\b"
)
ORIGIN_NEEDS_NO_PAIN = frozenset({"hard_surfaces"})

# A sentence that puts the strain down to something other than running clears the cause from
# itself and from its neighbours in the paragraph:
# "runners who stand for hours on concrete floors at work give their heels little rest"
# lack rest from their job, not from running without rest days.
OTHER_ORIGIN = {
    # A course or route described ("a flat out-and-back, almost all on tarmac", "benches every
    # kilometre and a cafe at halfway"): where people run, not what hurts them. Only where no
    # pain is spoken of nearby (see ``PAIN_NEAR``).
    "hard_surfaces": (
        r"\bout[\s-]and[\s-]back\b|\bmile markers?\b|\bbenches\b|\bcafes?\b|\bcheckpoints?\b"
        r"|\baid stations?\b|\bstreet ?lights?\b|\b(?:lit|scenic|lollipop) (?:route|loop|path)\b"
        r"|\b(?:the|this|our) (?:course|route|loop) (?:is|was|runs|follows|takes|has)\b"
        r"|\bpb course\b"
    ),
    # "In yoga, mountain pose is the foundation of good posture", "good posture makes everyone
    # look faster in the finish-line photo": posture as a pose or a look, not a cause of pain
    # ("Picture a thread lifting your head" is advice, not a photo).
    "poor_posture": (
        r"yoga|pilates|(?:mountain|warrior|tree|child's|childs) pose|photos?|photograph\w*"
        r"|(?<!complete the )(?<!completes the )(?<!whole )(?<!big )(?<!bigger )"
        r"pictures?(?! (?:a|an|yourself|this|that|it)\b)|camera|selfies?|portraits?"
    ),
    # "In the last two weeks before a marathon your mileage drops and your legs may feel flat":
    # a taper, not overtraining.
    "overtraining": (
        r"\btaper(?:s|ing|ed)?\b"
        r"|\b(?:weeks?|days?) (?:out )?(?:from|before|to go (?:to|before)) (?:race day"
        r"|(?:the|your|a|my) (?:race|marathon|half|goal race|big day))\b"
        # "Rolled your ankle on a kerb? Take a week off and see a physio": time off to heal an
        # accident, not rest missing from training.
        r"|\b(?:rolled|rolling|twisted|twisting|turned|sprained|spraining|went over on|go over on)"
        r" (?:\w+ )?ankles?\b|\bsprain(?:s|ed)?\b|\b(?:after|from) (?:a|the|your|my) (?:fall|knock"
        r"|trip|crash|tumble|collision)\b|\bfell (?:over|off|on|onto)\b"
        r"|(?:mileage|volume|training load) (?:drops|falls|comes down|is cut)\b"
        r"|(?:stand|stands|standing|on (?:their|your|my|his|her) feet)"
        r"(?: [\w,]+){0,3} (?:at work|all day|for hours"
        r"|(?:long |whole |entire |\d+[\s-]hour )?shifts?)"
    ),
}
