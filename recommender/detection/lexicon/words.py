"""Word classes shared by the cue tables (regular-expression fragments, lower case)."""

GAP = r"(?:[\w'-]+\s+){0,2}"  # up to two words in between
GAP3 = r"(?:[\w'-]+\s+){0,3}"
GAP5 = r"(?:[\w'-]+\s+){0,5}"
SHOE = (
    r"(?:(?:shoes?|trainers?|sneakers?|kicks|footwear|running flats?|racing flats?|"
    r"spikes|joggers|plimsolls|pairs?|racers|high[\s-]tops?|zero[\s-]drops?|carbon plates?|"
    r"super[\s-]?shoes?)"
    r"(?:'s|'re)?)"
)
SOCK = r"(?:socks?|no[\s-]shows?|sockettes)"
BE = r"(?:is|are|was|were|'s|'re|been|be|feels?|felt|seems?|gets?|got|getting|becomes?|became)"
YOUR = r"(?:your|my|the|their|his|her|our|a|an)"
MUSCLE = (
    r"(?:muscles?|hamstrings?|hammies|calf|calves|quads?|quadriceps|glutes?|gluteals?|hips?|"
    r"hip flexors?|groin|adductors?|abductors?|back|lower back|core|abs|abdominals|"
    r"piriformis|it[\s-]?bands?|itb|achilles|shins?|thighs?|butt|bum|obliques|lats|"
    r"shoulders?|neck|legs?)"
)
# Muscles whose soreness reads as a strained muscle (joints and tendons do not).
SORE_MUSCLE = (
    r"(?:muscles?|hamstrings?|hammies|calf|calves|calf muscles|quads?|quadriceps|glutes?|groin|"
    r"back muscles|lower back muscles|adductors?|thigh muscles)"
)
DISTANCE = r"(?:mileage|distance|distances|volume|miles|kilometres|kilometers|kms?|load)"
