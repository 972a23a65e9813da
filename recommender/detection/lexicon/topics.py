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
    "hard_surfaces": r"surfaces?|terrain|concrete|asphalt|roads?|pavements?|ground",
    "foot_mechanics": r"(?:over)?pronation|arch(?:es)?|foot type|flat feet",
}
