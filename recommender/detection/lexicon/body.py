# ruff: noqa: E501  (cue tables: one readable pattern per line)
# fmt: off
"""Cues for how the body is held and moves: posture, form, muscles, flexibility."""

from .words import BE, MUSCLE, SORE_MUSCLE, YOUR

C, F = "cause", "fix"
# Tightness told as the after-effect of a session ("calves tight and sore", "quads stiff the
# day after the race") is strained muscles, not a standing lack of flexibility.
AFTER_EFFECT = (
    r"(?! (?:and|&|n) (?:sore|achy|achey|aching|tender|crampy|tired)\b"
    r"|(?: [\w']+){0,3} (?:the day after|after (?:my |the |a |that |this |yesterday's |saturday's |sunday's )?"
    r"(?:first |long |hard |big )?(?:race|parkrun|marathon|half|10k|5k|intervals|session|workout)\b|first thing\b)"
    r"|(?: [\w']+){0,6} the (?:morning|day) after (?:a |the |my |your |that )?(?:\w+ ){0,2}(?:run|race|session|workout|parkrun|marathon)\b)"
)

POSTURE = [
    (C, 0.9, r"(?:poor|bad|incorrect|improper|slumped|sloppy|terrible|awful|faulty|lazy|rounded|collapsed|hunched|forward[\s-]leaning|wrong) (?:\w+ )?(?:running )?posture|posture (?:\w+ )?(?:is|was|gets|got|goes|went) (?:\w+ )?(?:bad|poor|terrible|awful|sloppy|wrong)"),
    (C, 0.8, r"hunch\w*|slouch\w*|slump(?<!counter slump)(?<!counter has slump)(?<!counter that has slump)(?<!counters have slump)(?<!foam has slump)\w*|stoop\w*"),
    (C, 0.7, r"(?:sitting|sit|sat|seated|desk|office|computer|laptop|commut\w*|driving|drive) (?:[\w,']+ ){0,4}(?:all day|for hours|long hours|\d+ hours|\d+ ?hrs?\b|eight hours|ten hours|most of the day|the whole day|hours a day|hours on end)"),
    (C, 0.65, r"(?:desk|office|sedentary|computer) (?:job|work|worker|life|lifestyle|day)|(?:long|prolonged|hours of|too much|extended) (?:periods of |spells of )?sitting|sit(?:ting)? (?:at a desk|hunched)"),
    (C, 0.75, r"(?:lower )?back (?:\w+ )?arch(?:es|ing) (?:\w+ )?(?:a lot|too much|excessively|like a banana)"),
    (C, 0.65, r"(?:wfh|work(?:ing)? from home) (?:\w+ ){0,4}(?:sofa|couch|bed|kitchen table|dining table|laptop)|(?:gaming|playing (?:video )?games) (?:\w+ ){0,3}(?:hours|all day|all night|every night|all weekend|on the (?:sofa|couch))|hours (?:of )?gaming|(?:hunched|bent|slumped|looking|staring) (?:\w+ )?(?:down )?(?:at|over) (?:my |a |the )?(?:phone|screen|laptop|desk)"),
    (C, 0.7, r"shoulders (?:\w+ )?(?=(?:round|rounds|rounding|roll|rolls|rolling|hunch|hunches|slump|slumps|cave|caves|caving|curl|curls)\b)\w+ (?:\w+ )?(?:forward|over|in)\b"),
    (C, 0.75, r"rounded shoulders|shoulders (?:\w+ )?(?:rounded|hunched|creeping up|up by (?:my|your) ears|tensed up)|forward head|head (?:\w+ )?(?:jutting|pokes|poking|drops|dropping) (?:forward|down)|(?:text|tech) neck|desk[\s-]bound"),
    (C, 0.85, r"(?:exaggerated|excessive|increased|extreme|big|over[\s-]?arched) (?:\w+ )?(?:lumbar|lower[\s-]back|spinal|back) (?:curve|curvature|arch)|(?:the |an |that )(?:exaggerated|excessive) (?:curve|curvature|arch)\b|duck (?:bum|butt)|(?:arch|arches|arching) (?:\w+ )?(?:lower )?back (?:too much|excessively)|(?:anterior )?pelvic tilt|sway[\s-]?back|hyperlordo\w*|lordo\w*|kypho\w*"),
    (C, 0.35, r"(?<!our )(?<!its )(?<!word )(?<!company )posture(?! (?:[\w,']+ ){0,10}(?:photos?|photograph\w*|pictures?|portraits?|camera|selfies?|shots?)\b)(?! (?:\w+ )?(?:in|for|during) (?:a |an |the |your )?(?:business|meetings?|interviews?|portraits?|photos?|photograph\w*|pictures?|presentations?|yoga|class))"),
    (F, 0.6, r"(?:stand|get|getting|standing) up (?:\w+ ){0,3}(?:from|away from) (?:your |my |the )?(?:desk|chair|computer|sofa|couch)|(?:screen|monitor) (?:\w+ )?at eye level|(?:regular|frequent) breaks from (?:sitting|the desk|your desk)|sit less|(?:move|get up|stand up|walk around) (?:\w+ )?every (?:half |\d+ |thirty |twenty )?(?:hour|minutes)"),
    (F, 0.55, r"(?:run|running|stand|standing|sit|sitting) (?:up )?(?:tall|straight|upright)|(?:upright|neutral|good|proper|tall|better|correct) (?:\w+ )?(?:posture|spine|torso)(?! (?:[\w,']+ ){0,10}(?:photos?|photograph\w*|pictures?|portraits?|camera|selfies?|shots?)\b)(?! (?:\w+ )?(?:in|for|during) (?:a |an |the |your )?(?:business|meetings?|interviews?|portraits?|photos?|photograph\w*|pictures?|presentations?))|(?:chest|head) (?:up|high|lifted)"),
    (C, 0.65, r"(?:lorry|truck|taxi|cab|bus|delivery|van|long[\s-]haul|uber) drivers?\b|(?:behind|at) the wheel|(?:sway|curve) in (?:my |your |the )?(?:lower )?back|(?:bum|butt|bottom|backside) (?:\w+ )?sticks? out|leave (?:your |the |my )?(?:desk|chair|seat) every"),
    (C, 0.65, r"(?:\d+(?:[-\u2013]\d+)?|long|many|several|eight|ten|twelve) (?:hours|hrs) (?:\w+ ){0,2}(?:sitting|seated|at a desk|in (?:a|an|the|my|your) (?:\w+ )?(?:car|chair|office|cab|seat|lorry|truck|van))|(?:from|by|with) (?:all )?(?:the |that |so much |too much )?(?:sitting|desk work)|long (?:drives|commutes)|(?<!like i'm )(?<!like im )(?<!like i am )(?<!like you're )(?<!like they're )(?<!as if i'm )(?<!as if you're )(?<!as if )sitting (?:\w+ ){0,2}(?:in (?:a|the) (?:car|chair|office)|at (?:a|my|the) desk)"),
]

RUNNING_FORM = [
    (C, 0.9, r"over[\s-]?strid\w*"),
    (C, 0.85, r"heel[\s-]?strik\w*|(?:land|landing|lands|landed|strike|striking) (?:\w+ ){0,3}(?:on|with) (?:your |my |the |their )?heels?|(?:land|landing|lands|landed|feet|foot) (?:\w+ ){0,2}with a (?:thud|thump|bang|clatter)|(?:heavy|hard|loud) (?:\w+ )?(?:landings?|foot ?strikes?|footfalls?|footsteps)"),
    (C, 0.85, r"(?:poor|bad|sloppy|inefficient|improper|incorrect|faulty|wrong|awkward|off|lousy|breakdown in|breaking down|deteriorat\w*) (?:\w+ )?(?:running )?(?:form|technique|stride|mechanics|gait)|(?:form|technique|stride) (?:\w+ )?(?:breaks down|falls apart|fault\w*|flaws?|errors?|problems?|issues?|faults?|deteriorates|goes|suffers)|(?:form|technique|stride) (?:is |'s |looks |seems |feels |gets |goes )(?:\w+ )?(?:off|wrong|bad|poor|sloppy|terrible|awful|ragged|messy|all over the place)|forward lean|lean\w* (?:\w+ )?from the (?:waist|hips)|run\w* on (?:my|your|the|their) toes|toe[\s-]running"),
    (C, 0.7, r"(?:loads of|lots of|too much|a lot of|so much|plenty of) (?:\w+ )?(?:up and down|bounce|bouncing|vertical (?:movement|motion|oscillation))|like a kangaroo|(?:into|to) a shuffle|steps? (?:per|a) min\b|(?:run\w*|land\w*) on (?:the )?balls? of (?:your|my|the|their) feet|heels? (?:\w+ )?never (?:touch\w*|come down|hits?)|tip[\s-]?toe\w*"),
    (C, 0.75, r"(?:land|landing|lands|landed|strike|striking) (?:\w+ )?on (?:my|your|the|their) (?:tip)?toes"),
    (C, 0.7, r"\brun (?:so |really |very |quite )?(?:heavy|heavily|loud|loudly|flat[\s-]footed)\b|slap (?:my |your |their )?feet|run\w* on (?:my|your|the|their) heels"),
    (C, 0.7, r"(?:hips?|pelvis) (?:\w+ )?(?:sinks?|sinking|sags?|sagging) (?:\w+ )?(?:when|as|while|on|during) (?:\w+ )?(?:run|land|stride)|sitting in a bucket|push\w* off (?:too )?hard|(?:rigid|stiff|tense|locked) (?:upper body|torso|trunk|arms)\b|forefoot (?:strik\w*|landing|runner)|toe[\s-]runner|(?:sloppy|lazy) running\b|hips? (?:\w+ )?(?:rotate|rotates|rotating|twist|twists|twisting|sway|sways|swaying) (?:\w+ )?(?:a lot|too much|side to side)|(?:excessive|too much|a lot of) (?:\w+ )?(?:up[\s-]and[\s-]down|vertical) (?:movement|motion|bounce)|braking (?:with|on) (?:each|every)|arms? (?:\w+ ){0,2}(?:don't|doesn't|barely|hardly|never) (?:\w+ )?(?:swing|move)\b|(?:feet|foot|legs?) (?:\w+ ){0,2}cross\w* (?:over )?(?:the )?midline|stiff[\s-]legged|straight[\s-]legged|running economy|too (?:long|big) (?:a )?(?:stride|step)|land\w* (?:\w+ ){0,2}(?:with|on) (?:a |my |your |the )?(?:straight|locked|stiff) (?:leg|knee)"),
    (C, 0.75, r"(?:land|landing|lands|landed|hit the ground|strike|striking) (?:\w+ )?(?:heavily|hard|loudly|noisily|like an elephant)(?! on the (?:outer|inner|outside|inside) edge)|(?:straight|locked|locked[\s-]out) knee (?:\w+ ){0,2}(?:on|at|when|as) (?:landing|impact|contact|foot ?strike|you land|it lands)|knee (?:\w+ )?locked (?:straight|out)|stride (?:is |'s |feels |looks )?(?:way |much |far |a bit )?too (?:long|short|big|wide)|(?:feet|foot) (?:\w+ )?slap (?:the ground|the road)|(?:upper body|torso|trunk|shoulders) (?:\w+ )?(?:twists?|twisting|rotates?|rotating|swivels?) (?:\w+ )?(?:a lot|too much|side to side|with each|with every|when|as)|head (?:\w+ )?(?:bobs|bobbing|bounces|bouncing) (?:\w+ )?(?:up and down|around|about|a lot)|(?:sit|sits|sitting) back (?:\w+ )?(?:when|on|as|in|and)"),
    (F, 0.65, r"land\w* (?:\w+ )?(?:softly|lightly|quietly|gently)|lean (?:\w+ )?from (?:the|your) ankles|(?:drive|drives|driving|pump|pumping) (?:\w+ )?arms|(?:a|b)[\s-]skips|butt kicks|high knees|(?:form|running) drills"),
    (F, 0.6, r"arms? (?:\w+ )?swing (?:\w+ ){0,2}(?:from|forward|back|loosely)|swing (?:\w+ ){0,2}from the shoulders?|elbows? (?:\w+ ){0,2}(?:bent|swing back)|(?:unclench|relax|shake out|loosen) (?:\w+ )?(?:hands|fists)|clenched (?:fists|hands)|arm (?:carriage|drive|action|position)|(?:foot|feet) (?:\w+ ){0,3}(?:under|beneath|below) (?:your |my |the )?(?:hips|body|centre|center|torso|knees?)|acts? as a brake|heels? come down"),
    (C, 0.75, r"(?:bend|bends) (?:\w+ )?forward (?:\w+ ){0,2}(?:from|at) the (?:waist|hips)|(?:fold|folds|folding|folded) (?:\w+ )?(?:forward|at the waist|from the waist)|(?:lean|leaning|leans|leaned|bent|bending|hinging|hinge) (?:\w+ )?(?:too (?:far )?|way |excessively )?(?:forward(?! to (?:tie|pick|reach|grab|touch|lift|get)\b)|backward|back|at the waist|from the waist|over(?! (?:a|an|the|my|your|their|his|her|patients|desks?|laptops?|keyboards?|screens?|benches|babies|cots?|sinks?|tables?|counters?|controllers?|clients|customers|people|kids|children|tills?)\b))"),
    (C, 0.7, r"(?:arm ?swing|swing\w* (?:\w+ )?arms|swing\w* across (?:your |my |the )?(?:chest|body|midline)|arms? (?:\w+ )?(?:cross\w*|flail\w*|swing\w* across|pumping across)|crossing (?:\w+ )?arms|elbows? (?:\w+ )?(?:flar\w*|out))"),
    (C, 0.7, r"cadence(?! (?:sensors?|pods?|meters?|data|fields?|readings?|alerts?))|steps? per minute|\bspm\b|stride (?:rate|length)|step rate|(?:leg )?turnover|(?:long|longer|short|shuffl\w*|choppy|bouncy|bounding|loping|stiff) (?:\w+ )?strides?"),
    (C, 0.7, r"(?:running|stride|landing) (?:form|technique|mechanics|pattern|style)|run (?:really |so )?(?:weird|weirdly|funny|strangely|oddly|awkwardly)\b|(?:weird|funny|odd|strange|awkward) (?:running )?(?:style|gait)|shuffler|(?:heels?|feet|foot) (?:\w+ )?(?:flick\w*|whip\w*) (?:out|sideways|to the side)|(?:flick\w*|whip\w*) (?:my |your |the )?(?:heels?|feet|foot|lower legs?) (?:out|sideways|to the side)|arms (?:\w+ )?(?:going|flying|flapping|flailing) (?:everywhere|all over|around)|foot (?:form|technique|pattern)|(?<!every )(?<!each )foot ?strike|(?:bounc\w*|vertical oscillation)(?: \w+){0,3} (?:stride|step|up and down|too much)|crossover gait|(?:stomp\w*|plodding|heavy[\s-]footed)|(?:i|we|you|they) (?:\w+ )?shuffle\b|shuffl(?:ing|es|ed) (?:along|gait|steps?|runs?|stride|style|feet)|shuffle along"),
    (C, 0.45, r"(?<!to )(?<!will )(?<!can )(?<!may )(?<!could )(?<!might )(?<!underneath )(?<!skin )(?<!they )(?<!which )(?<!that )\bform\b(?! (?:a|an|the|part|of|over|under|on|around|when|after)\b)"),
    (C, 0.85, r"(?:land|lands|landing|landed|strike|strikes|striking|touch(?:es)? down|touching down|plant\w*) (?:\w+ ){0,3}(?:ahead of|in front of|out in front|far in front|well in front) (?:of )?(?:your |my |the |their |his |her )?(?:body|hips?|centre|center|knees?|torso|mass|me|you|them|him|her)\b|(?:land\w*|strik\w*|hit\w*|comes? down|coming down|go|goes) (?:\w+ )?heel[\s-]first|heel[\s-]first (?:landing|strik\w*)|braking (?:step|stride|force|effect|action)|reach\w* (?:out )?(?:\w+ ){0,2}with (?:the |your |my )?(?:lead|front) (?:leg|foot)"),
    (C, 0.7, r"(?:punch\w*|swing\w*|cross\w*|flap\w*) (?:\w+ ){0,2}across (?:your |my |the )?(?:body|chest|midline|torso)"),
    (F, 0.75, r"(?:shorten|shortening|shorter|quicker|quick|lighter|light|soft|softer|quiet|quieter) (?:\w+ )?(?:strides?|steps?|landings?|foot ?strikes?)|(?:light|quick|quiet) feet|light on (?:your|my) feet|(?:land|landing|feet land) (?:\w+ ){0,3}(?:under|beneath|below) (?:your |my |the )?(?:hips|body|centre|center|torso)|(?:increase|raise|bump up) (?:\w+ )?cadence|midfoot (?:strike|landing)"),
    (F, 0.6, r"videotap\w*|film\w* yourself(?! (?:doing|do|perform\w*) (?:[\w-]+ ){0,3}(?:squats?|lunges?|bridges?|step[\s-]?downs?|hops?))|record\w* yourself|video (?:\w+ )?(?:analysis|of your running)|gait (?:retraining|coach\w*)|running (?:drills|coach(?!e?s? (?:says|said|reckons|told|thinks)))|(?:form|technique) (?:drills|work|coaching|cues?)|relax\w* (?:\w+ )?(?:shoulders|arms|hands)"),
]

STRAINED_MUSCLES = [
    (C, 0.9, rf"(?:pulled|strained|torn|tore|tweaked|overstretched|overloaded) (?:a |my |your |the |his |her |their )?(?:\w+ )?(?:{MUSCLE}|something)(?! and forth| (?:out|away|off|from|towards?|into|over|through)\b)|(?:pull|tear|strain|tweak) (?:a|my|your) (?:\w+ )?(?:{MUSCLE}|muscle)\b(?! (?:back|towards|up|down|out)\b)|(?:felt|feel|feels|had|got) (?:a|something) (?:\w+ ){{0,2}}(?:pull|twang|tweak|ping|pop|tear)\b|(?:knot|knots|cramp|cramps|cramping|spasm) (?:\w+ ){{0,3}}in (?:my|your|the|both|his|her) (?:\w+ ){{0,2}}{MUSCLE}|(?:been|feels?|felt|feel) (?:\w+ ){{0,3}}(?:pulled|strained|torn)"),
    (C, 0.9, rf"(?:{MUSCLE}|muscle|muscular) (?:strains?|tears?|spasms?|knots?|injury|injuries|damage)|(?:muscle|hamstring|calf|groin|quad) pulls?(?! (?:on|at|against|the|your|my)\b)"),
    (C, 0.8, r"(?:calf|calves|hamstrings?|hammy|quads?|groin|adductors?|glutes?) (?:\w+ )?(?:went|popped|twanged|went ping|pinged|locked up|seized up|seized)\b(?! (?:from|to|into|through|for|back|out|down|up|away|numb|dead|weak|limp|floppy|hot|red|swollen|purple|blue|white|cold|pale|black|bruised|stiff|tight)\b)|back (?:\w+ )?(?:popped|twanged|went ping|pinged|locked up|seized up|seized)\b"),
    (C, 0.85, r"(?:small|tiny|micro|little|minor)[\s-]?(?:tears?|trauma|damage)|muscle fibres?|muscle fibers?"),
    (C, 0.8, rf"spasm\w*|(?:{MUSCLE}) (?:\w+ ){{0,3}}(?:seiz\w*|lock\w* up|cramp\w*)"),
    (C, 0.75, rf"(?:overworked|overused|overloaded|knotted|stressed|abused|overtaxed|strained) (?:\w+ ){{0,2}}(?:muscles?|{MUSCLE})|(?:{MUSCLE}) (?:(?!not |never |no )\w+ ){{0,2}}(?:{BE} )?(?:(?!not |never |no )\w+ )?(?:overworked|overused|overloaded|knotted|strained|worked harder)"),
    (C, 0.6, rf"(?:fatigued|tired|tender|sore|achy|aching) muscles|muscles (?:\w+ ){{0,2}}(?:{BE} )?(?:\w+ )?(?:sore|achy|aching|tender|fatigued)"),
    (C, 0.55, rf"(?:fatigued|tired|tender|sore|achy|aching) (?:\w+ )?{SORE_MUSCLE}|{SORE_MUSCLE} (?:\w+ ){{0,2}}(?:{BE} )?(?:\w+ )?(?:sore|achy|aching|tender|fatigued|wrecked|trashed|battered|bruised|killing me|on fire|screaming|in bits|destroyed|smashed|fried|hammered|shredded|overcooked|cooked)(?! in a good way| the good kind)"),
    (C, 0.6, rf"(?:ache|aches|aching|soreness) (?:\w+ ){{0,2}}in (?:my |your |the |both )?(?:\w+ )?(?!groin\b){SORE_MUSCLE}|muscles? (?:\w+ ){{0,2}}(?:complain\w*|protest\w*|grumbl\w*|barking|moaning)|(?:leaves?|left|makes?|made) (?:them|the muscles?|your quads|your calves|your hamstrings|your glutes) (?:\w+ )?(?:tender|sore|achy|aching)|(?:{MUSCLE}) (?:\w+ ){{0,2}}(?:is |are |'s )?(?:in|full of|all) knots"),
    (C, 0.7, r"strain(?<!\bunder strain)(?<!\beye strain)(?<!\bthe strain)(?<!\bextra strain)(?<!\bmore strain)(?<!\bless strain)(?<!\bthat strain)(?<!\bthis strain)(?<!\bsome strain)(?<!\badded strain)(?<!\bundue strain)(?<!\bexcess strain)(?<!\bexcessive strain)(?<!\bincreased strain)(?:s|ed|ing)?\b(?! (?:off|away|on|onto|through|from))(?<!strain(?= (?:the|your|their) (?:\w+ ){0,3}(?:back|fascia|knees?|joints?|tendons?|achilles|ligaments?|arch|arches|foot|feet|shins?|hips?|ankles?|structures?|tissues?|nerves?|spine|heels?|toes|bones?|plantar)\b))(?<!strains(?= (?:the|your|their) (?:\w+ ){0,3}(?:back|fascia|knees?|joints?|tendons?|achilles|ligaments?|arch|arches|foot|feet|shins?|hips?|ankles?|structures?|tissues?|nerves?|spine|heels?|toes|bones?|plantar)\b))|muscle (?:soreness|pain|ache|aches|fatigue|damage)|muscular (?:pain|soreness|fatigue)|\bdoms\b|delayed[\s-]onset"),
    (C, 0.55, r"(?:repeated|repetitive|repetition|constant|continuous) (?:\w+ )?(?:stress|strain|loading|impact|pounding)|stress in repetition"),
    (C, 0.4, r"overuse"),
    (C, 0.35, r"cramp\w*|soreness|knots?\b|twinge\w*"),
    (F, 0.45, r"massage\w*|ice (?:\w+ )?(?:the )?(?:muscle|area|calf|back)|(?:heat|ice) packs?"),
]

MUSCLE_IMBALANCE = [
    (C, 0.9, rf"(?:weak|weaker|weakened|underactive|inactive|lazy|sleepy|undertrained|deconditioned|untrained|feeble|floppy|poorly developed) (?:\w+ ){{0,2}}(?:{MUSCLE}|stabili[sz]ers?|posterior chain|muscles?|ankles?)", "red_flag"),
    (C, 0.9, rf"(?:{MUSCLE}|muscle|muscular|strength) (?:weakness|imbalances?|deficits?|deficienc\w*|asymmetr\w*|dysfunction)|imbalanc\w*|asymmetr\w*"),
    (C, 0.8, rf"(?:dead butt|gluteal amnesia|glutes? (?:\w+ )?(?:not|don't|doesn't|aren't|isn't|dont|won't|never) (?:\w+ )?(?:firing|activating|working|engaging|switching on|fire|activate|engage|switch on|kick in)|(?:one|left|right) (?:side|leg) (?:is |feels )?(?:\w+ )?(?:stronger|weaker)|(?:{MUSCLE}|strength) (?:\w+ )?(?:{BE} )?(?:(?!and\b)\w+ ){{0,2}}(?:weak|weaker|underdeveloped|underpowered|nonexistent|non[\s-]existent|lacking|gone(?! \w)|pathetic|useless))", "red_flag"),
    (C, 0.7, r"(?:one|that|the weaker|the left|the right|(?:my|your) (?:left|right)) side (?:\w+ )?needs (?:\w+ )?work|(?:can't|cannot|can barely|can only|struggle to|could barely) (?:\w+ ){0,2}(?:hold|do|manage) (?:a |one )?(?:single )?(?:plank|push[\s-]?up|squat|sit[\s-]?up|pull[\s-]?up|bridge|lunge)|hold a plank for (?:about |only |barely |like )?(?:\d+|ten|five|twenty|fifteen) seconds"),
    (C, 0.55, r"hips? (?:\w+ )?(?:sags?|drops?|dips?|sinks?) (?:\w+ ){0,3}(?:every|each|with|when|on)|knees? (?:\w+ )?(?:caves?|caving|collaps\w*|falls?|drifts?|drifting|dives?|diving|rolls?) (?:\w+ )?(?:in|inward|inwards)\b"),
    (F, 0.6, r"(?:lift|lifted|lifting) (?:a |any )?weights?|strength on (?:each|both|one) sides?|single[\s-]leg (?:work|exercises?|training|drills|moves|squats?|balance|strength)|differences? between (?:the |your |my )?(?:sides|legs)"),
    (C, 0.75, r"(?:lack of|lacking|without|no|little|poor|insufficient|not enough|zero) (?:\w+ )?(?:strength|stability|core strength|hip strength|glute strength|stabili[sz]ation|muscle support)"),
    (F, 0.6, r"(?:single[\s-]leg|leg|hip|glute|core|upper[\s-]body) strength"),
    (F, 0.75, r"(?<!foot-)(?<!foot )(?<!arch )(?<!toe )(?:strength|strengthening|resistance|weight|weights|core|glute|hip|stability|gym|conditioning|plyometric|plyo|prehab) (?!mobility |stretching |flexibility |yoga )(?:\w+ )?(?:work|stuff|training|exercises?|routines?|sessions?|moves?|programmes?|programs?|circuits?|workouts?|drills)"),
    (F, 0.7, rf"strengthen\w* (?:\w+ ){{0,2}}(?:{MUSCLE}|muscles|them|it|stabili[sz]ers?)|(?<!foot-)(?<!foot )(?<!arch )(?<!toe )strengthening|(?:build|building|develop|developing|improve|improving|activate|activating|fire|firing|engage|engaging|target\w*|work|working) (?!for )(?:\w+ )?(?!stiff |tight |sore )(?:up )?(?:{YOUR} )?(?:\w+ )?(?:core|glutes?|hips?|strength|stabili[sz]ers?|posterior chain)"),
    (C, 0.8, r"(?:switch\w*|turn\w*|shut\w*) (?:\w+ )?off (?:\w+ )?(?:the |your |my )?(?:glutes?|core|hips?)|(?:glutes?|core) (?:\w+ ){0,2}(?:switched|turned|shut) off"),
    (F, 0.45, r"(?:side )?planks?(?! of)|(?:single[\s-]leg )?bridges|bird[\s-]?dogs?|dead[\s-]?bugs?|supermans?|superman holds?|(?:single[\s-]leg |goblet |split |bulgarian )?squats?(?! (?:low|deep|down|all the way|fully)\b)|lunges?|deadlifts?|rdls?|monster walks?|band walks?|step[\s-]ups?|calf raises|hip thrusts?|fire hydrants?|donkey kicks?|pilates|kettlebell\w*|crab walks?|leg raises|pallof press\w*"),
]

LACK_OF_FLEXIBILITY = [
    # A tight muscle named only as what a problem is not ("more likely a nerve than a tight muscle").
    (C, 0.85, rf"(?<!than a )(?<!than )(?:tight|tighter|tense|stiff|stiffer|inflexible|shortened|locked[\s-]up|rigid|tightened) (?:(?!and\b)\w+ ){{0,2}}{MUSCLE}(?<!neck){AFTER_EFFECT}"),
    (C, 0.8, r"(?:tight|tighter|stiff|stiffer|rigid|locked[\s-]up) (?:\w+ ){0,2}(?:ankles?|ankle joints?)\b"),
    (C, 0.8, rf"(?:shorten\w*|tighten\w*) (?:\w+ ){{0,2}}{MUSCLE}|{MUSCLE} (?:\w+ ){{0,2}}(?:like|as tight as) (?:a |an )?(?:piano wire|guitar strings?|bow ?strings?|rocks?|iron bars?|steel cables?|violin strings?|cables?|banjo strings?)|(?:can't|cannot|couldn't|can not) (?:\w+ )?(?:anywhere )?near (?:my|your) toes|nowhere near (?:my|your) toes|stiff as (?:a )?(?:board|plank|post|poker|rod)|(?:adapt\w* to being|become|becomes|became|get|gets|got|stay|stays|grow|grows) (?:\w+ )?(?:short|shortened|tight|tighter|stiff|stiffer)\b|straight out (?:of )?the (?:front )?door"),
    (C, 0.85, rf"(?!neck\b){MUSCLE} (?:\w+ ){{0,2}}(?:{BE} )?(?:so |really |very |super |always |quite |a bit |a little |too |pretty |incredibly |feeling |still )?(?:tight|stiff|tense|inflexible|locked up){AFTER_EFFECT}"),
    (C, 0.85, r"(?:lack of|lacking|poor|limited|reduced|restricted|no|little|bad|zero|decreased) (?:\w+ )?(?:flexibility|mobility|range of (?:motion|movement)|suppleness|dorsiflexion)|inflexib\w*|(?:can't|cannot|can barely|could never) (?:\w+ )?touch (?:my|your) toes"),
    (C, 0.4, rf"(?<!sudden )tightness{AFTER_EFFECT}|stiffness{AFTER_EFFECT}|tight\b(?<!fit is too tight)(?<!fits too tight)(?<!fit too tight)(?<!fitting too tight)(?<!fit's too tight){AFTER_EFFECT}|stiff\b(?! neck)(?! (?:\w+ )?(?:soles?|plates?|shoes?|uppers?|heel counters?|counters?|midsoles?|rubber|lugs|forefoot|ride|cups?|plastic|carbon|foam|collars?|tongues?|materials?|fabric|leather|boots?|competition|breeze|drink|price|fine|penalty)\b){AFTER_EFFECT}|tighten\w*"),
    (C, 0.8, rf"{MUSCLE} (?:tightness|stiffness)"),
    (C, 0.7, rf"{MUSCLE} (?:\w+ ){{0,5}}(?:shorten|shortens|shortened|shortening)(?! (?:your|the|my|their|his|her|each|every) (?:\w+ )?(?:stride|strides|steps?|gait))"),
    (F, 0.7, r"stretch(?<!\bhome stretch)(?<!\blong stretch)(?<!\ba stretch)(?<!\bflat stretch)(?<!\bflatter stretch)(?<!\bstraight stretch)(?<!\bfinal stretch)(?<!\blast stretch)(?<!\bquiet stretch)(?<!\bshort stretch)(?<!\bopen stretch)(?<!\bsock stretch)(?<!\bsocks stretch)(?<!\bfabric stretch)(?<!\bupper stretch)(?<!\blace stretch)(?<!\blaces stretch)(?<!\bdownhill stretch)(?<!\buphill stretch)(?<!\bconcrete stretch)(?<!\broad stretch)(?<!\btarmac stretch)(?<!\bgravel stretch)(?<!\btrail stretch)(?<!\bgrass stretch)(?<!\bmuddy stretch)(?<!\bsteep stretch)(?<!\bdoes stretch)(?<!\bdoes static stretch)(?<!\bdoubt that stretch)(?<!\bdoubt stretch)(?<!\bwhether stretch)(?<!\bwhether static stretch)(?<!\bextra stretch)(?<!\bdoorway stretch)(?<!\bchest stretch)(?<!\bpec stretch)(?<!\bavoid stretch)(?<!\bamount of stretch)(?<!\bavoid static stretch)(?:es|ed|ing)?(?! of| (?:is|was) (?:short|long|flat|steep|narrow|wide|fast|well|lined|exposed|closed|shaded|cobbled|muddy)\b| out of shape| (?:over|onto|around|across) (?:a|an|the|any|most|your) (?:\w+ ){0,2}(?:last|mould|mold|frame|form|foot-shaped|shoes?|trainers?)| the (?:tissue|fascia|ligament|tendon|skin|upper|fabric|material|budget|structure|nerve|joint|capsule|abdominal wall|abdomen|belly|bump)s?\b| (?:and|or) (?:bunch|sag|slip|slide|twist|ruck|irritate|compress|pinch|squeeze|tear|strain|damage|inflame)| (?:on|across) (?:the |that |a |your |this )?(?:nerve|tendon|fascia|ligament|tissue|skin)s?\b| (?:it|them) (?:out|off|gently|until|till)\b| hard\b)|(?<!\bas you )(?<!\bas i )(?<!\bonce you )(?<!\bonce i )(?<!\bas we )(?<!\bonce we )(?<!\bas they )(?<!\bonce they )warm[\s-]?ups?(?! (?:time|area|zone|tent|jacket|top|gear|kit|pants)\b)|warming[\s-]up|(?<!\bas you )(?<!\bas i )(?<!\bonce you )(?<!\bonce i )(?<!\bas we )(?<!\bonce we )(?<!\bas they )(?<!\bonce they )warm (?:\w+ )?up|cool[\s-]?downs?|cooling[\s-]down|cool (?:\w+ )?down"),
    (F, 0.6, r"(?<!amount of )foam[\s-]?roll(?!ers?\b)\w*|supple\w*|hip openers?|(?:use|using|grab|get|try|with|keep|leave|have) (?:a |the |your )?foam[\s-]?rollers?"),
    (F, 0.45, r"(?<!amount of )foam[\s-]?rollers?(?! (?:job|fix|problem|issue|thing)\b)"),
    (F, 0.65, r"flexib(?<!cushioned and flexib)(?<!cushioned, flexib)(?<!flat, flexib)(?<!soft and flexib)\w*(?! (?:\w+ )?(?:neutral |running |road )?(?:shoes?|trainers?|soles?|midsoles?|uppers?|models?|forefoot|plates?|pairs?|ones?|feet|foot|arch|arches)\b)|mobility|limber\w*|(?<!that )(?<!which )(?<!it )(?<!it's )(?<!its )(?<!they're )(?<!theyre )(?<!they are )(?<!\bis )(?<!\bare )loosen(?:ing)? (?:\w+ )?up|leg swings|hip circles|range of (?:motion|movement)"),
    (F, 0.45, r"yoga"),
    (F, 0.65, r"(?:do|doing|try|trying|add|adding|some|weekly|regular|daily) (?:some |a |more )?yoga|yoga (?:once|twice|every|a week|helps|for (?:those |your |tight |stiff ))"),
]

# Form described by newer writers: landing "way out in front", bobbing like a pogo stick,
# arms like windscreen wipers, a heel that slams down, staying up on the balls of the feet.
RUNNING_FORM += [
    (C, 0.8, r"(?:land\w*|foot|feet|heels?|steps?|strides?|touch\w* down|lopes?|reach\w*|hammer\w*|slam\w*) (?:[\w']+ ){0,6}(?:way|far|well|miles|a long way|too far) (?:out )?(?:in front|ahead|out front)\b|reach\w* (?:too )?far (?:with|on) (?:each|every) (?:stride|step)"),
    (C, 0.75, r"(?:bounc\w*|bob\w*|bound\w*) (?:along |around |about )?(?:loads |a lot |so much )?(?:up (?:and|n|&) down|like (?:a )?(?:pogo|tigger|kangaroo))|pogo[\s-]?stick|vertical (?:movement|motion|oscillation|bounce)|forwards?,? not up(?:wards?)?\b|(?:watch|look) (?:out )?for bouncing|(?:bounc\w*|bob\w*) (?:along |around |about )?on (?:their|your|my|his|her|the) toes|(?:i|you|they|he|she) (?:\w+ )?(?:bounce|bounces|bob|bobs) (?:a lot|too much|loads|so much|quite a bit)"),
    (C, 0.7, r"arms? (?:\w+ ){0,2}(?:go|goes|going|went|swing\w*|flail\w*|fly|flying|flap\w*|wave|waving) (?:\w+ ){0,2}(?:side to side|everywhere|all over the place|all over|like (?:windscreen |windshield )?wipers|like windmills?)|windscreen wipers|windmill\w* (?:\w+ )?arms"),
    (C, 0.75, r"heels? (?:\w+ )?(?:slamm\w*|slams?|smash\w*|crash\w*|hammer\w*|thump\w*|pound\w*|clomp\w*|stomp\w*) (?:down|into)|(?:clomp\w*|slam\w*|stomp\w*|thump\w*|hammer\w*|pound\w*) (?:down )?(?:hard )?heel[\s-]first|heels? (?:\w+ )?(?:never|don't|doesn't|barely|hardly|rarely) (?:\w+ )?(?:kiss|touch)\w* (?:the )?(?:ground|down)|never (?:touch|touches|let) (?:down )?(?:with )?(?:my|the|their|your) heels?"),
    (C, 0.7, r"(?:stay\w*|staying|up|run\w*|sprint\w*|jog\w*|drift\w*) (?:right |all the way )?(?:up )?on(?:to)? (?:the |my |their |your )?(?:balls of (?:my |the |your |their )?feet|forefoot|tip[\s-]?toes?)\b|drift\w* onto (?:their|my|your|the) toes|(?:running|run|runs|ran) (?:right )?(?:up )?on (?:my |your |their |the )?toes\b"),
    (C, 0.65, r"(?:steps?|strides?) (?:\w+ ){0,2}(?:get|gets|getting|are|is|go|goes|become|becomes) (?:\w+ )?(?:long|longer|too long|big|huge|massive)\b|sit\w* back on (?:your|my|their|the) heels"),
]

# Posture, soreness and strength in newer writers' words: a long day driving, hours on the
# sofa, bent over patients; legs a bit sore after the race; glutes asleep, a core like jelly.
POSTURE += [
    (C, 0.75, r"(?:long|all|whole|entire|(?:\d+|six|seven|eight|nine|ten|eleven|twelve)[\s-]hour) (?:day|days|hours?|shifts?) (?:\w+ ){0,2}(?:driving|at (?:a|my|the|their|your) desk|sitting|sat|in (?:the|a|my) (?:car|chair|van|cab|lorry|truck|lectures?))\b|desk (?:from )?\d+ (?:to|till|-) \d+|all the sitting|hours (?:of sitting )?(?:on|in) (?:the|a|my|your) (?:sofa|couch|chair|car|cab)\b|bent over (?:\w+ )?(?:patients|a desk|desks|a laptop|laptops|a keyboard|my phone|a screen|all day)|chin (?:\w+ )?(?:tucked|drifting|poking|jutting|dropping) (?:down|forward|towards)|shoulders? (?:have |has )?(?:\w+ )?(?:rolled|rolling|roll|slumped|hunched) (?:forward|in)\b"),
]
_SORE_PART = r"(?:legs?|thighs?|calves|calf|quads?|hamstrings?|muscles?|glutes?)"
STRAINED_MUSCLES += [
    (C, 0.7, rf"{_SORE_PART} (?:\w+ ){{0,3}}(?:sore|achy|aching|ache|stiff|tender|wrecked|trashed|battered|in bits|destroyed|smashed|shot|fried|killing me)(?: [\w']+){{0,4}} (?:after|the day after|following|post) (?:my |the |a |your |their |this |that )?(?!every )(?:[\w'-]+ ){{0,2}}(?:run|race|session|10k|5k|marathon|half|workout|parkrun)\b"
     rf"|(?:sore|achy|aching|achiness|soreness|ache) (?:\w+ ){{0,2}}(?:in )?(?:my |the |your |their )?{_SORE_PART} (?:[\w']+ ){{0,4}}(?:after|the day after|following) (?:my |the |a |your |their )?(?!every )(?:[\w-]+ ){{0,2}}(?:run|race|session|10k|5k|marathon|half|workout|parkrun)\b"
     r"|(?:soreness|achiness|heaviness) (?:[\w']+ ){0,5}after (?:a|the|your|my) (?:long |hard |big )?(?:run|race|session)\b|muscles? (?:are |is )?adapting|like something (?:snapped|popped|pinged|tore)\b"),
]
MUSCLE_IMBALANCE += [
    (C, 0.75, r"(?:glutes?|bum|butt|backside|core|trunk|tummy|stomach|abs|abdominals?) (?:\w+ ){0,3}(?:asleep|lazy|switched off|like jelly|jelly|mush)\b|(?:weak|lazy|sleepy|flabby) (?:\w+ )?(?:trunk|middle|backside|bum|butt|tummy|stomach)\b|all legs and no core|never (?:done|did|do) (?:a |any )?(?:sit[\s-]?ups?|squats?|planks?|crunches|core work|strength work|weights)\b"),
]

# Tightness in newer writers' words: cannot touch the toes, an IT band like a guitar string.
LACK_OF_FLEXIBILITY += [
    (C, 0.75, r"(?:can't|cant|cannot|can not|couldn't) (?:even )?touch (?:my|your|their) (?:toes|knees|shins|ankles)\b|(?:like|as tight as) (?:a )?(?:guitar|violin|banjo|cello) strings?\b|short and tight|tight and short"),
    (F, 0.6, r"swing (?:each|your|one|the) leg\b"),
]

# Sitting, soreness, strength and stiffness in the words of the latest writers: a working day
# spent seated, a chin poked at the screen, a hamstring that "pulled", a weak side that
# wobbles on one leg, a stiff back that is a symptom rather than a short muscle.
RUNNING_FORM += [
    (C, 0.7, r"slapping\b", "red_flag"),
]
POSTURE += [
    (C, 0.7, r"(?:spend|spends|spent|spending) (?:[\w']+ ){0,3}(?:day|days|hours|evenings?|nights?|shifts?|weekends?|ages) (?:\w+ )?(?:seated|sitting|sat down|sat|(?:in|on) (?:a|the|my) (?:chair|car|van|cab|sofa|couch)|at (?:a|the|my|their|your) desk|behind (?:a|the) (?:desk|wheel))\b"),
    (C, 0.7, r"(?:a|the|each|every|another|long) (?:working |work )?(?:day|shift|morning|afternoon|evening) (?:spent )?(?:at|behind) (?:a|the|my|your|their) (?:desk|computer|screen|laptop|wheel)\b"),
    (C, 0.7, r"(?:hours|days) (?:of |spent )?(?:sitting|sat|seated)\b|(?:sit|sits|sat|sitting|seated) (?:down )?for (?:long|hours|ages|extended|prolonged|most of|(?:\d+|six|seven|eight|nine|ten|eleven|twelve) (?:hours|hrs))\b|glued to (?:my |the |a )?(?:laptop|screen|desk|chair|phone|sofa|couch|computer|monitor|console)|(?<!for )(?<!on )(?:long[\s-]haul|long) (?:flights|flying)|long (?:car|coach|train|bus|van) (?:journeys|trips|rides|drives)|gaming (?:marathons?|sessions?|binges?)|(?:marathon|all[\s-]night|late[\s-]night) gaming"),
    (C, 0.75, r"(?:poke|pokes|poking|poked|jut|juts|jutting|jutted|crane|cranes|craning|craned|thrust|thrusts|thrusting|stick|sticks|sticking) (?:\w+ )?(?:chin|head|neck) (?:\w+ )?(?:forward|forwards|out|towards)\b|(?:neck|head|chin) (?:\w+ )?(?:craned|craning|poked|jutted|thrust|stuck|pushed) (?:\w+ )?(?:forward|forwards|out)\b"),
    (C, 0.7, r"(?:leaning|leant|leaned|bending|hunched|stooped|stooping|bent) over (?:\w+ ){0,2}(?:patients|desks?|laptops?|keyboards?|screens?|workbench\w*|benches|counters?|microscopes?|tills?|cots?|babies|controllers?|clients|customers)\b"),
    (C, 0.65, r"(?:in|behind) (?:the|a|my|their|your) (?:van|car|lorry|truck|cab|chair|wheel) (?:\w+ ){0,2}\d+ ?(?:hrs?|hours) (?:a|per|each) (?:day|shift)\b"),
    (F, 0.6, r"break up (?:the |your |long |all that )?(?:sitting|desk time|time at the desk|long sits)"),
    (C, 0.8, r"(?:round|rounded)[\s-]shouldered|hunch[\s-]?backed|(?:years|hours|days|shifts) (?:\w+ )?(?:behind|at) (?:a|the) (?:till|counter|checkout|desk|wheel|screen)\b|drive (?:\w+ )?(?:for a living|for work)|(?:driving|drive) is my (?:job|work)"),
    (C, 0.7, r"(?:seduto|seduta|sentado|sentada|assis|assise) (?:\w+ ){0,3}(?:ore|horas|heures|tutto il giorno|todo el dia|toute la journee)|(?:ore|horas|heures|stunden) (?:\w+ ){0,3}(?:seduto|seduta|sentado|sentada|assis|assise|sitzend|im sitzen)"),
]
STRAINED_MUSCLES += [
    (C, 0.7, rf"{_SORE_PART} (?:\w+ ){{0,3}}(?:sore|achy|aching|ache|stiff|tender|wrecked|trashed|battered|in bits|destroyed|smashed|shot|fried|killing me)(?: [\w']+){{0,4}} (?:after|the day after|following) (?:my |the |a |your |their |this |that )?(?!every )(?:[\w'-]+ ){{0,2}}(?:intervals|repeats|reps|tempo|jog|ultra|track|training|hills)\b"
     rf"|(?:sore|achy|aching|achiness|soreness|ache) (?:\w+ ){{0,2}}(?:in )?(?:my |the |your |their )?{_SORE_PART} (?:[\w']+ ){{0,4}}(?:after|the day after|following) (?:my |the |a |your |their )?(?!every )(?:[\w-]+ ){{0,2}}(?:intervals|repeats|reps|tempo|jog|ultra|track|training|hills)\b"),
    (C, 0.65, r"(?:achy|achey|sore|aching|stiff|battered|wrecked) all over (?:[\w']+ ){0,3}(?:after|following|since)\b"),
    (C, 0.85, rf"(?:felt|feel|feels) (?:something|it|the muscle) (?:go|give|tear|snap|ping|pop|twang|grab) (?:in|at) (?:my|the|his|her) (?:\w+ )?{MUSCLE}|(?:hamstrings?|hammy|calf|calves|groin|quads?|glutes?|adductors?) (?:\w+ )?(?:grabbed|grabs|grabbing)\b|felt (?:it|something) grab\b|charl(?:ey|ie) horse"),
    (C, 0.7, r"muskelkater|agujetas|courbatures?|dolori muscolari|dores? musculare?s?|spierpijn"),
    # Cramps in the shop's other languages (accents folded: "krämpfe", "cãibras").
    (C, 0.75, r"crampi|calambres?|crampes?|krampfe?|krampen|caibras?"),
    (C, 0.8, r"(?:cramp|cramps|cramping|spasms?) (?:\w+ ){0,3}(?:in|of) (?:my|your|the|both|his|her) (?:\w+ ){0,2}(?:foot|feet|toes?|arch|arches|sole|muscles?)\b"),
    (C, 0.85, r"(?:hamstrings?|hammy|calf|calves|groin|quads?|adductors?|glutes?|muscles?) (?:was |got |has |have |had |just )?(?:pulled|strained|torn|tweaked)\b(?! (?:tight|taut|up|back|out|towards|away|into)\b)"),
    # Tightness or an ache the morning after a long run: ordinary soreness from the load.
    (C, 0.7, r"(?:tightness|stiffness|soreness|achiness|dull ache|an ache|aching)\b(?:,? \w+){0,5} the (?:morning|day) after (?:a |the |my |your |that )?(?:\w+ )?(?:run|race|session|workout|parkrun|marathon)\b"),
    (C, 0.7, rf"{SORE_MUSCLE} (?:\w+ ){{0,3}}(?:tight|stiff|sore|achy)\b(?:,? \w+){{0,5}} the (?:morning|day) after (?:a |the |my |your |that )?(?:\w+ )?(?:run|race|session|workout|parkrun|marathon)\b"),
    # "A hamstring that tears badly...", legs "sore and knotted" after a block.
    (C, 0.8, r"(?:hamstrings?|hammy|calf|calves|groin|quads?|adductors?|glutes?|muscles?) (?:that |which )?(?:tears?|tore|rips?|ripped)\b(?! (?:up|through|across|along|off)\b)|sore and knotted|knotted and sore|knotted (?:up )?(?:calf|calves|muscles?|hamstrings?|quads?)\b"),
    (C, 0.7, r"heard (?:a|something) (?:\w+ )?(?:pop|snap|twang|ping)\b(?! (?:\w+ ){0,2}(?:knee|ankle|hip|back|foot|toe|shoulder|neck|wrist)s?\b)"),
]
RUNNING_FORM += [
    # Arms carried high and tight or across the chest; landing up on the toes.
    (C, 0.7, r"(?:carry|carries|carrying|hold|holds|holding) (?:your |my |their |his |her )?arms (?:\w+ )?(?:up )?(?:too )?(?:high|tight|tense|stiff|clenched)\b|(?:hands?|arms?) (?:\w+ )?(?:cross|crosses|crossing|swing|swings|swinging) (?:over |across )?(?:the (?:middle|centre|center|midline) of )?(?:your|my|the|their|his|her) (?:chest|body|midline|torso)\b|torso (?:is |keeps )?(?:twisting|twists|rotating)\b"),
    (C, 0.7, r"(?:land|lands|landing|run|runs|running) (?:\w+ ){0,2}(?:right )?up on (?:their|your|my|his|her|the) toes\b"),
]
LACK_OF_FLEXIBILITY += [
    (C, 0.75, r"(?:hamstrings?|hammies|calf|calves|quads?|hip flexors?|hips|glutes?|muscles) (?:that |which )?(?:are|is|feel|feels|get|gets|stay|stays) (?:\w+ )?(?:short|tight|stiff|tense)(?: and (?:short|tight|stiff|tense))?\b(?! (?:\w+ ){0,2}after\b)(?!,? (?:and|&|n) (?:sore|tender|achy|aching|painful|bruised|swollen|crampy)\b)"),
]
MUSCLE_IMBALANCE += [
    (C, 0.8, r"(?:my|your|the|their|his|her) weak(?:er)? (?:side|leg)\b|(?:glutes?|core|hips?|hip muscles|bum|butt) (?:\w+ ){0,2}(?:switch|switches|switching|turns|shuts) off"),
    (C, 0.75, r"(?:can't|cant|cannot|can not|couldn't|unable to|struggle to) (?:\w+ ){0,2}(?:do|hold|manage|balance on) (?:a |one )?(?:single|one)[\s-]leg(?:ged)? (?:squat|bridge|balance|stand|hop|deadlift)|wobbl\w* (?:\w+ ){0,4}(?:on|when standing on) (?:one|a single|my left|my right|the left|the right) (?:leg|side)\b"),
    (C, 0.75, r"(?:hip|glute|core|butt|bum) muscles (?:\w+ ){0,2}(?:lazy|asleep|sleepy|switched off|not firing|weak|weaker)\b|muscles on (?:that|one|the \w+|my \w+|your \w+) side (?:are |is )?(?:\w+ )?(?:weak|weaker|lazy)\b"),
    # Named hip strength moves, prescribed only to build strength (calf raises also rehab a strain).
    (F, 0.55, r"glute[\s-]bridges?|clam[\s-]?shells?"),
    (F, 0.45, r"(?:hamstring|nordic|leg) (?:curls?|lowers?)"),
]

CUES = {
    "poor_posture": POSTURE,
    "improper_running_form": RUNNING_FORM,
    "strained_muscles": STRAINED_MUSCLES,
    "muscle_imbalance": MUSCLE_IMBALANCE,
    "lack_of_flexibility": LACK_OF_FLEXIBILITY,
}
