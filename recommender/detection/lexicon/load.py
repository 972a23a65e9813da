# ruff: noqa: E501  (cue tables: one readable pattern per line)
# fmt: off
"""Cues for how much is run and how fast it grows: overtraining, too much too soon."""

from .words import DISTANCE

C, F = "cause", "fix"
_REST = r"(?:rest|recovery|recover|break|breaks|day off|days off|week off|weeks off|rest days?|recovery days?|easy days?|time off|downtime)"
_RUN = r"(?:run|runs|running|ran|train|trains|training|trained|jog|jogging|workouts?|sessions?)"

OVERTRAINING = [
    (C, 0.95, r"over[\s-]?train\w*|under[\s-]?recover\w*"),
    (C, 0.85, rf"(?:no|without|skip|skips|skipping|skipped|never take|never took|never taking|not taking|not take|too few|too little|not enough|lack of|insufficient|inadequate|little|zero|hardly any|barely any|rarely take|forgo\w*) (?:\w+ ){{0,2}}{_REST}"),
    (C, 0.85, r"(?:every|each) (?:single )?day (?:\w+ )?(?:without|with no) (?:a |any )?(?:break|rest|day off)|no (?:days?|time) off|(?:never|don't|do not|didn't|rarely|barely|not) (?:\w+ )?(?:rest|recover|resting|recovering)\b"),
    (C, 0.7, rf"{_RUN} (?:\w+ ){{0,3}}(?:every day|every single day|seven days a week|7 days a week|daily|back-to-back|back to back|twice a day|non[\s-]?stop|all the time)|(?:(?<=run )|(?<=running )|(?<=daily )|(?<=day )|(?<=day-)|(?<=week )|(?<=month )|(?<=year )|(?<=my )|(?<=the )|(?<=this )|(?<=our )|(?<=a ))streaks?\b(?! of (?:luck|bad|good|red|blood|light))|streaks?(?= of (?:\w+ )?(?:runs?|days|weeks|months)| going| alive)|streaking|double days|(?:doing|running|run|do) doubles|two[\s-]a[\s-]days"),
    (C, 0.7, r"(?:tired|exhausted|fatigued|knackered|drained|shattered|wiped out) (?:\w+ )?(?:all the time|constantly|every day|permanently|24/7)"),
    (C, 0.85, r"(?:accumulated|accumulating|chronic|constant|persistent|lingering|mounting|residual|built[\s-]up|cumulative|general) (?:\w+ )?(?:fatigue|tiredness|exhaustion)|fatigue (?:\w+ )?(?:build\w*|accumulat\w*|adds up|piles up)"),
    (C, 0.7, r"(?:always|constantly|permanently|chronically|perpetually|totally|completely) (?:\w+ )?(?:tired|exhausted|fatigued|drained|knackered|wiped out|worn out|run down|burnt out|burned out)|(?:burn[\s-]?out|burnt[\s-]?out|burned[\s-]?out|run-down|run down|rundown)"),
    (C, 0.65, r"(?:heavy|dead|leaden|jelly|wooden) legs|legs (?:\w+ )?(?:feel|feeling|felt) (?:\w+ )?(?:heavy|dead|like lead)"),
    (C, 0.4, r"tired legs|legs (?:\w+ )?(?:feel|feeling|felt) (?:\w+ )?tired"),
    (C, 0.75, r"(?:elevated|high|higher|raised|rising) resting heart rate|(?:never|not|barely|haven't|hasn't|didn't) (?:\w+ )?(?:fully )?(?:recover|recovering|recovered|bounce back)|no time to (?:recover|heal|adapt|rebuild)"),
    (C, 0.7, rf"(?:long|longer|big|high) (?:\w+ )?(?:distances?|runs?|miles|mileage) (?:\w+ ){{0,2}}(?:without|with no) (?:\w+ )?{_REST}|(?:too many|so many|lots of|loads of) (?:\w+ )?(?:hard |intense |long )?(?:runs|sessions|workouts|races|miles|kilometres|kilometers|km|intervals)(?! too (?:fast|soon|quickly))"),
    (C, 0.35, r"(?:fatigue|exhaustion|tiredness|wiped out|shattered)"),
    (C, 0.75, r"resting (?:heart rate|hr|pulse) (?:\w+ ){0,3}(?:up|higher|high|elevated|raised|rising|climbing|creeping up|risen|gone up|jumped|spiked)\b|\bhrv (?:\w+ ){0,2}(?:down|low|tanked|dropped|crashed|plummet\w*)"),
    (C, 0.75, r"(?:race|races|racing|raced) (?:\w+ ){0,2}every (?:single )?(?:weekend|week|sunday|saturday)|(?:marathons|races|ultras|halves|half marathons) (?:\w+ ){0,2}(?:back[\s-]to[\s-]back|in a row|on consecutive|on successive)|(?:two|three|four|five|\d) (?:marathons|ultras|halves|half marathons|races) in (?:\w+ ){0,2}(?:weeks?|months?|days?)"),
    (C, 0.5, r"(?:poor|bad|lack of|not enough|little|broken) sleep|sleep(?:ing)? (?:badly|poorly)"),
    (F, 0.75, rf"(?:give|giving|take|taking|took|schedule|scheduling|plan|planning|build in|building in|include|including|allow|allowing|add|adding|prioriti[sz]e|need|needs|get|getting|got|have|had|enough|proper|adequate|sufficient|regular|more|plenty of) (?:\w+ ){{0,4}}{_REST}"),
    (F, 0.6, r"(?:rest|recovery) (?:days?|weeks?|runs?|time|periods?|is (?:key|essential|important|crucial|vital))|deload\w*|cut[\s-]?back weeks?|easy weeks?|listen to (?:your|my) body|(?:hard|easy) days? (?:\w+ )?(?:hard|easy)|alternate (?:\w+ )?(?:hard|easy)"),
]

TOO_MUCH_TOO_SOON = [
    (C, 0.95, r"too (?:much|many \w+|far|fast|hard|quickly|soon),? too (?:soon|fast|quickly|early|quick)|too much,? too|too soon"),
    (C, 0.85, r"(?:sudden|suddenly|sharp|rapid|rapidly|big|huge|large|dramatic|drastic|quick|abrupt|massive|steep|aggressive|significant) (?:\w+ ){0,2}(?:increases?|jumps?|spikes?|rises?|ramp[\s-]?ups?|changes?|hikes?|leaps?|boosts?|surges?|escalat\w*|bumps?|build[\s-]?ups?)(?! in (?:the )?(?:price|prices|cost|costs|fees?|tax|rent|entries|demand|sales))"),
    (C, 0.75, r"(?:added|adding|add|started|introduced|threw in) (?:a |an )?(?:second|third|extra|another|more) (?:\w+ )?(?:interval|speed|hill|tempo|track|long|hard)|(?:added|adding|add|started|introduced|threw in) (?:\w+ ){0,4}(?:speed ?work|intervals|hill repeats|hills|tempo runs?|track sessions?) (?:\w+ ){0,5}(?:in the same week|at the same time|on top of|all at once|together|as well)|how (?:quickly|fast|rapidly|suddenly) (?:you |they |runners |we )?(?:add|increase|build|ramp|raise|pile)"),
    (C, 0.75, r"skip\w* (?:\w+ ){0,3}(?:weeks?|steps?|stages?|levels?|phases?) (?:of|in) (?:the |my |your |a )?(?:plan|programme|program|schedule|couch)|skip\w* (?:half |some |most |a few |several )?(?:of )?the (?:early |first )?weeks"),
    (F, 0.75, r"(?:lengthen\w*|increas\w*|add\w*|extend\w*|build\w*|rais\w*) (?:\w+ ){0,8}(?:at a time|bit by bit)"),
    (C, 0.85, rf"(?:increas\w*|ramp\w* up|ramp\w*|jump\w*|upp(?:ed|ing)|doubl\w*|tripl\w*|bump\w* up|add\w*|pil\w* on|push\w*|went|go|going|gone|build\w* up) (?:\w+ ){{0,4}}(?:{DISTANCE}|long runs?|speed ?work|intensity|pace|training|intervals|hills|hill work|tempo) (?:\w+ ){{0,3}}(?:too (?:quickly|fast|soon|much|rapidly|early)|suddenly|overnight|all at once|at once|in (?:a|one|two|three|\d+|just \w+|only \w+) (?:weeks?|months?|days?)|within (?:a|one|two|\d+) (?:weeks?|months?)|straight away|right away|immediately)"),
    (C, 0.8, rf"(?:went|gone|jump|jumps|jumped|jumping|going|go|goes|moved|increased|upped|bumped|ramped) (?:up )?from (?:\w+ ){{0,5}}to (?:(?:\w+ ){{0,4}}(?:{DISTANCE}|marathons?|half|halves|ultras?|10ks?|races?|runs?|a week|per week|every week|in (?:a|one|two|\d+) (?:weeks?|months?))|\d+|double|twice|daily|every day)"),
    (C, 0.75, r"(?:went|go|going|jumped|jumping|jump|dived|dove|launched|straight) (?:\w+ )?(?:straight|right|directly) (?:back )?(?:in|into|to|for|up to)|(?:from|after) (?:nothing|scratch|zero|not running|a year of (?:only |just )?(?:easy|no|little)|months of (?:only |just )?(?:easy|no|little))|(?:twice|three times) as (?:far|much|many|often|long)|(?:when|where|after) (?:i |you )?(?:used to|previously) (?:do|run|doing|running) (?:none|nothing|little|much less|less)"),
    (C, 0.8, r"(?:without|with no|with little|with hardly any|with zero) (?:any |much |proper |real )?(?:training|preparation|build[\s-]?up|base)\b"),
    (C, 0.8, r"(?:couch|nothing|zero|sofa) to (?:a |running )?(?:\d+|marathon|half|10k|5k|ultra)|from (?:not running|never running|no running|zero)"),
    (C, 0.7, rf"(?:increas\w*|upp(?:ed|ing)|doubl\w*|tripl\w*|bump\w* up|ramp\w* up|jump\w* up) (?:\w+ ){{0,2}}(?:my |your |the |their |our |weekly |running )?(?:{DISTANCE}|long run|training load|running distance|training)"),
    (C, 0.75, r"(?:jump\w*|leapt|leaped|shot|rocketed|ramped|bumped|upped|doubled|tripled) (?:it |things |myself )?(?:up |straight )?(?:up )?to (?:\d+|\w+) (?:km|kms|miles|mi|k|kilometres|kilometers) (?:a|per|each|every) week"),
    (C, 0.4, r"(?:just|only|recently|newly) (?:\w+ )?(?:started|began|begun|took up|taken up|picked up|getting into|got into|returned to|came back to|back to) (?:\w+ )?(?:running|jogging|training)|new to running|returning (?:\w+ )?(?:from|after) (?:injury|a break|time off)|(?:first|after a) (?:\w+ )?(?:week|month|time) (?:back|of running)"),
    (F, 0.85, r"(?:build|building|built|ramp|ramping|increase|increasing|progress|progressing|add|adding|extend|extending|raise|raising|grow|growing|step up|work up|working up|ease|easing|lengthen\w*) (?:\w+ ){0,6}(?:gradually|slowly|progressively|steadily|step by step|bit by bit|little by little|a little at a time|incrementally|conservatively|sensibly|gently|cautiously|over (?:several|many|a few|\d+) (?:weeks|months))"),
    (F, 0.85, r"(?:gradual|progressive|slow|sensible|steady|incremental|careful|conservative|patient|gentle) (?:\w+ ){0,2}(?:build[\s-]?up|build|buildup|increases?|progression|ramp[\s-]?up|return|approach|mileage|distance)|(?:gradually|slowly|progressively|steadily|incrementally) (?:\w+ ){0,2}(?:increase|increasing|build|building|add|adding|extend|raise|lengthen|ramp|progress|work)|(?:build|building|work|working) (?:back )?up (?:\w+ ){0,4}over (?:a|one|two|three|several|a few|\d+) (?:weeks?|months?)|no more than (?:\w+ ){0,8}(?:each|every|per|a) week|(?:don't|do not|never|avoid) (?:rush|rushing)"),
    (F, 0.8, r"(?:10%|10 %|10 percent|10-percent|10 per cent|ten percent|ten-percent|ten per cent)(?: \w+){0,4}|don't increase (?:\w+ ){0,4}by more than"),
    (F, 0.7, r"(?:start|begin|starting|beginning) (?:\w+ ){0,3}(?:small|short|slow|slowly|low|easy|gently|with short|with small|with easy)|(?:avoid|don't|do not) (?:\w+ )?(?:running |jump\w* (?:\w+ )?(?:into|to) )(?:long|longer) (?:distances|runs)|(?:avoid|don't) (?:\w+ )?(?:sudden|big|large) (?:\w+ )?(?:increases|jumps|changes)"),
]

CUES = {"overtraining": OVERTRAINING, "too_much_too_soon": TOO_MUCH_TOO_SOON}
