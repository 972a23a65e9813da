# ruff: noqa: E501  (cue tables: one readable pattern per line)
# fmt: off
"""Cues for what is under the runner: shoes, socks, feet and the ground."""

from .words import BE, SHOE, SOCK, YOUR

C, F = "cause", "fix"
_WORN = r"(?:worn[\s-]*(?:out|down|through|thin|flat)|wore (?:out|through)|dead|knackered|shot|"
_WORN += r"battered|beat[\s-]up|beaten[\s-]up|falling apart|mashed|smashed|busted|goosed|munted|"
_WORN += r"(?:too|really|very|super|well|so|pretty|properly|proper|mega|crazy|ridiculously) old|ancient|done for|done|finished|toast|cooked|wrecked|trashed|compressed|packed out|bald|"
_WORN += r"past (?:their|its|the) (?:\w+ )?(?:best|prime|mileage|lifespan|life|sell[\s-]by date|use[\s-]by date|expiry date)|"
_WORN += r"on (?:their|its) last legs|falling to (?:bits|pieces)|coming apart|given up|seen better days|held together (?:with|by)|(?:gaffer|duct)[\s-]taped|taped up|glued back together|(?:basically |like |just )slippers)"
_FIT = r"(?:(?:too|really|very|quite|so|super|a bit|way too|much too|far too) (?:small|big|tight|narrow|loose|wide|short|large|stiff|hard|soft|flat|heavy|snug|roomy|long)|"
_FIT += r"(?:kinda|kind of|sort of|a little|slightly|bit) (?:small|tight|narrow|short)\b|"
_FIT += r"(?:half|a|one|two|full|whole) (?:a )?sizes? (?:too )?(?:small|big|large|short)|the wrong (?:size|width|fit)|cramped|pinch\w*|"
_FIT += r"2 (?:small|big|tight|narrow|short)|(?:too|way too|much too) (?:firm|squishy|wobbly|unstable))"
_BAD_SHOE = (
    r"(?:wrong|improper|inappropriate|unsuitable|unsupportive|bad|cheap|cheapest|cheapo|knock[\s-]?off|fake|worn|flimsy|minimal|"
    r"ill[\s-]?fitting|badly[\s-]fitting|poorly[\s-]fitting|poorly[\s-]fitted|non[\s-]running|"
    r"fashion|casual|tennis|basketball|skate|canvas|lifestyle|minimalist|barefoot|"
    r"hand[\s-]me[\s-]down|second[\s-]hand|borrowed|stiff|hard|flat|thin[\s-]soled|gym|"
    r"unsupported|knackered|tired|retired|outdated|mismatched|crossfit|cross[\s-]?training|lifting|"
    r"weightlifting|netball|football|court|squash|hockey|indoor|high[\s-]street|supermarket|tight|"
    r"tighter|narrow|cramped|undersized|oversized|clunky|budget|uncomfortable|uncomfy|rubbish|crap|crappy|terrible|awful|useless)"
)
_GOOD_SHOE = (
    r"(?:proper|right|correct|appropriate|supportive|suitable|well[\s-]?fitting|good|"
    r"properly[\s-]fitted|professionally[\s-]fitted|fitted|quality|decent|dedicated|"
    r"cushioned|well[\s-]cushioned|fresh|new|newer|stability|neutral|specific|"
    r"specialist|the right kind of|a new pair of|new pair of)"
)

# Shoes tried on in a shop or praised after a race are named, not recommended as a fix.
_TRYING_ON = r"(?<!try on )(?<!trying on )(?<!tried on )"
_PRAISED = (
    r"(?! (?:were|are|was|is|felt|feel|feels|have been|has been) (?:\w+ )?(?:brilliant|great|amazing|"
    r"fantastic|perfect|lovely|superb|excellent|awesome|comfy|comfortable|a dream|spot on)\b)"
)

FOOTWEAR = [
    (C, 0.9, rf"{_BAD_SHOE} (?:[\w-]+ )?(?:running |road |trail |old |pair of )?{SHOE}(?! for (?:my|our|his|her|a) (?:[\w']+ ){{0,3}}(?:kids?|son|daughter|child|children|boy|girl|old's|sports day|school|pe|p\.e\.))"),
    (C, 0.55, rf"old(?<!turn over an old)(?<!turn over your old)(?<!turn over the old)(?<!turn over old) (?:\w+ )?{SHOE}(?! over\b| upside down\b)(?! (?:\w+ ){{0,3}}(?:on|along|at) the (?:outside|inside|inner|outer))(?! (?:\w+ ){{0,2}}(?:for|to) (?:recycling|recycle|charity|donate|donation))"),
    (C, 0.85, rf"{SHOE} (?:that )?(?:\w+ ){{0,3}}{BE}? ?(?:\w+ )?{_WORN}(?! (?:\w+ )?(?:on|along|at) the (?:outside|inside|inner|outer))"),
    (C, 0.85, rf"{SHOE} (?:that )?(?:\w+ ){{0,3}}{BE}? ?(?:\w+ )?{_FIT}"),
    (C, 0.85, rf"{_WORN} (?:\w+ )?{SHOE}"),
    (C, 0.85, r"(?:dead|flat|compressed|worn|tired|squashed|collapsed|worn[\s-]+(?:down|out|through|thin|smooth)) (?:\w+ )?(?:foam|midsoles?|soles?|outsoles?|treads?|cushion\w*)"),
    (C, 0.8, r"(?:foam|midsoles?|cushion\w*|soles?|treads?|outsoles?|heel counters?|insoles?|rubber|lugs)(?:'s)? (?:[\w'-]+ ){0,5}(?:dead|flat|gone|worn|squish\w*|flattened|wrinkl\w*|wearing (?:down|thin|through|away)|shot|packed out|compressed|squashed|bald|smooth|falling apart|broken down|lost|collapsed|collapsing|creased|cracked|cracks|split|splits|like cardboard|hard as|peel\w*|breaks? down|breaking down|compress(?:es|ing)|coming (?:off|away|apart|unstuck)|come (?:off|away|apart|unstuck)|hanging off|flapping|floppy|mushy)"),
    (C, 0.8, r"(?:narrow|tight|small|cramped|shallow|pointy|pointed) (?:\w+ )?(?:toe ?box|toebox|toe area)|(?:toe ?box|toebox) (?:\w+ ){0,2}(?:squash\w*|squeez\w*|crush\w*|cramp\w*)"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,3}}(?:done|covered|clocked|logged|had|has|have|seen|got) (?:\w+ ){{0,2}}(?:\d[\d,.]*k?|hundreds of|a thousand|thousands of) ?(?:km|kms|kilomet\w+|miles|mi)\b|(?:km|kms|kilomet\w+|miles) (?:\w+ ){{0,4}}(?:for|on|in) (?:one|a single|the same|this|my|that) pair"),
    (C, 0.85, r"(?:no|zero|not much|hardly any|little|barely any) (?:\w+ )?(?:cushion\w*|bounce|support|life|spring|grip|give|rebound) (?:\w+ )?(?:left|remaining)"),
    (C, 0.8, rf"(?:lost|losing|lose|loses) (?:all |most |much |their |its |the |of |some |a lot |a little |a bit |any |more )*(?:cushion\w*|bounce|support|spring|shock absorption|give|life|rebound|responsiveness|energy return)|{SHOE} (?:\w+ ){{0,3}}(?:lost|losing|lose|loses|lost all) (?:their |its |all |some |much )?(?:lateral |medial |side |heel |arch )?(?:structure|shape|stability|firmness|support)"),
    (C, 0.7, r"(?:lack of|not enough|too little|minimal|thin|insufficient|inadequate|poor|no|without|zero) (?:\w+ )?(?:cushion\w*|shock absorption|arch support|support from (?:the |my |your )?(?:shoe|trainer|sneaker)s?)"),
    (C, 0.8, rf"{SHOE} (?:\w+ ){{0,5}}(?:don't|do not|didn't|doesn't|did not|never|no longer|dont|didnt) (?:really |properly |quite )?fit\b(?! (?:in|into|through|with))"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,4}}(?:{BE}|they're|they are|theyre|it's) (?:\w+ )?(?:uncomfortable|uncomfy|rubbish|crap|terrible|awful|useless|garbage|junk|agony|painful|a nightmare)\b|blisters? (?:\w+ ){{0,4}}from (?:my |the |these |those |new )?(?:new |old )?(?:[\w-]+ )?{SHOE}|(?:hurt|hurts|ache|aches|aching|sore|painful|killing me|blisters?|blistered|numb|tingl\w*|burning|rubbing|pinching|squashed|cramped|sliding(?<!socks sliding)(?<!sock sliding)(?<!socks were sliding)(?<!socks are sliding)(?<!socks kept sliding)(?<!socks keep sliding)) (?:\w+ ){{0,2}}in (?:(?:these|my|the|those|new) (?:\w+ )?{SHOE}|them\b|these\b)|since (?:i )?(?:got|bought|switched to|started wearing|changed to|moved to) (?:\w+ ){{0,3}}{SHOE}"),
    (C, 0.7, r"(?:model|version|pair|ones) (?:\w+ ){0,2}(?:way |much |far |a bit |bit |really |so )?too (?:firm|hard|soft|squishy|stiff|narrow|tight|small|big|short|wide|loose|heavy)\b(?! to\b)|(?:they're|they are|theyre|it's|it is|its) (?:\w+ )?(?:too|way too|a bit|bit|really|so) (?:tight|small|narrow|big|loose|short) (?:around|across|at|in|on|over) (?:the |my )?(?:toes?|toe ?box|forefoot|heel|front|width|ball|instep|top)|(?:feet|foot) (?:\w+ ){0,2}swimming in (?:them|these|my \w+|the \w+)"),
    (C, 0.8, rf"{SHOE} (?:\w+ ){{0,3}}(?:not|never|weren't|aren't|wasn't|isn't) (?:\w+ )?(?:designed|made|meant|built|intended|suited|suitable|right|good|ideal) for (?:running|runners|my|your|the)"),
    (C, 0.75, rf"(?:\d[\d,.]*\+?|hundreds of|a thousand|thousands of|over|more than) (?:\w+ )?(?:km|kms|kilomet\w+|miles)\b (?:\w+ ){{0,3}}(?:on|in) (?:them|these|those|my|the|your|this|it)(?: \w+)? ?{SHOE}?"),
    (C, 0.75, r"(?:toe ?box|toebox|heel cup) (?:\w+ ){0,2}(?:is |was |are )?(?:too |so |really |very )?(?:narrow|small|tiny|tight|cramped|shallow|loose)|(?:toe ?box|toebox|heel|heel cup|upper|heel counters?|heel tabs?|collars?|tongues?) (?:that )?(?:squeez\w*|pinch\w*|crush\w*|rub\w*(?! (?:\w+ )?raw)|slip\w*|dig\w*|press\w* (?:on|into))|heel slip\w*|(?:loose|slipping|sloppy) heel(?! (?:counter|tab|cup|lock))\b"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,2}}(?:are|is|feel|feels|were|was|felt) (?:\w+ )?(?:tight|narrow|small|cramped|short) (?:across|at|around|in|on|over|through)"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,2}}(?:gave|give|gives|giving|caused|cause|causes|left) (?:me |you |him |her |them )?(?:\w+ )?(?:blisters?|hot[\s-]?spots?|black (?:toe ?)?nails?|bruised toes?)"),
    (C, 0.6, rf"{SHOE} (?:\w+ )?(?:rub|rubs|rubbing|rubbed|pinch\w*|squeez\w*|slip|slips|slipping|dig|digs|digging|hurt|hurts)"),
    (C, 0.6, rf"(?:same|old|one) pair (?:of {SHOE} )?(?:for|since) (?:years|ages|\w+ years)"),
    (C, 0.55, r"black(?:ened)? toe ?nails?|losing (?:my |a |your )?toe ?nails?"),
    (C, 0.5, rf"(?:haven't|have not|never|not) (?:\w+ )?(?:replaced|changed|swapped|updated) (?:\w+ )?{SHOE}"),
    (F, 0.75, rf"{_TRYING_ON}(?:replace|replacing|retire|retiring|swap out|change|changing|upgrade|new) (?:\w+ ){{0,2}}{SHOE}{_PRAISED}"),
    (F, 0.75, rf"{SHOE} (?:\w+ ){{0,3}}(?:suited|matched|fitted|right|appropriate|suitable|designed|made|tailored|built) (?:\w+ )?(?:to|for) (?:your |my |their |the )?(?:gait|foot|feet|stride|arch|arches|running|runners|foot type|weight|needs)"),
    (F, 0.7, rf"{_TRYING_ON}(?:{_GOOD_SHOE}) (?:\w+ )?(?:running |road |trail )?{SHOE}{_PRAISED}"),
    (F, 0.55, rf"{SHOE} (?:\w+ ){{0,3}}(?:every|after) (?:\d+|few|several|\w+ hundred)[\s-]*(?:\d+ )?(?:km|kms|kilomet\w+|miles|months)"),
    (F, 0.65, r"gait (?:analysis|assessment|test)(?! (?:said|says|showed|shows|found|finds|revealed|reveals|confirmed|suggested)\b)|(?:get|be|getting|got|gotten|been) (?:properly |professionally )?fitted|gait (?:\w+ )?(?:looked at|checked|analy[sz]ed|assessed|filmed)|(?:model|pair|shoe|one) (?:that|which) (?:\w+ )?(?:suits|matches|fits|works with) (?:\w+ ){0,3}(?:gait|foot|feet|stride|arches?)|(?:go|going|size) up (?:by )?(?:half|a|one|a half) (?:a )?size|half a size (?:up|bigger|larger)"),
    (F, 0.45, rf"(?:choose|choosing|pick|buy|get|invest in|opt for|look for|switch to|try|wear|wearing) (?:\w+ ){{0,3}}{SHOE}", "improper_socks"),
    (F, 0.6, rf"{SHOE} with (?:a |more |some |extra )?(?:firmer|medial|stability|arch|more|extra|better|good) (?:\w+ )?(?:support|side|post|cushion\w*)"),
    (C, 0.75, rf"(?:trail|gym|tennis|basketball|court|fashion|casual|walking|hiking) {SHOE} (?:\w+ ){{0,2}}on (?:the )?(?:roads?|pavements?|tarmac|concrete|asphalt|treadmill|track)|road {SHOE} (?:\w+ ){{0,2}}on (?:the )?(?:trails?|mud)|(?:lauf)?schuhe? (?:\w+ ){{0,3}}(?:durchgelaufen|abgelaufen|kaputt|ausgelatscht|abgenutzt|hinuber|uralt|(?:viel )?zu alt)"),
    (F, 0.45, r"running (?:shoe|specialty|speciality) (?:store|shop)|shoe (?:fitting|fitter)"),
    # Shoes named by the runner's own words: "my runners", "my converse", "the same pair for years".
    (C, 0.85, rf"(?:my runners|these runners|my old runners|my current runners) (?:\w+ ){{0,3}}{BE}? ?(?:\w+ )?(?:{_WORN}|{_FIT})"),
    (C, 0.85, r"(?:run|runs|running|ran|jog|jogging|jogged|train|training|trained|wore|wear|wearing) (?:\w+ ){0,3}(?:in )?(?:my |old |a pair of |some |cheap |the )?(?:converse|chucks|vans|crocs|flip[\s-]?flops|sandals|(?:work |hiking |walking )?boots|plimsolls|everyday (?:trainers|sneakers|shoes))"),
    (C, 0.85, r"(?:run|runs|running|ran|jog|jogging|jogged|train|training|trained) (?:\w+ ){0,2}in (?:my |old |a pair of |some |cheap |the )?(?:skate|dress|school|work|court|deck|boat|walking|hiking) (?:shoes|trainers|sneakers)"),
    (C, 0.8, rf"{SHOE} (?:\w+ )?(?:have|has) (?:\w+ )?had it\b"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,6}}(?:(?:\d+|two|three|four|five|six|several|many|a few|a couple of) (?:years|yrs)|(?:a|one|over a|more than a) (?:year|yr)|ages) (?:old|ago)|(?:same|old) {SHOE} (?:\w+ ){{0,5}}(?:for|since|in) (?:years|ages|\w+ years)"),
    (C, 0.8, rf"{SHOE} (?:\w+ ){{0,2}}(?:are|is|were|was|look|looks|looking|getting|get|feel|feels) (?:\w+ ){{0,2}}worn\b(?! (?:by|for|in|with|to|at|on|since|once|out|down|through|thin|flat))|{SHOE} (?:\w+ ){{0,2}}{BE} (?:\w+ )?(?:flat|lifeless|hard as (?:a )?\w+)\b(?! (?:out|roads?|courses?|routes?|terrain|ground|surfaces?|sections?|stretch\w*|and fast|races?))"),
    (C, 0.85, r"(?:worn|wore|wearing)(?= (?:\w+ ){0,2}(?:through|down|away|out)\b) (?:\w+ ){1,4}(?:foam|midsoles?|soles?|treads?|outsoles?|heel counters?|cushion\w*)"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,8}}(?:no|zero|little|hardly any|barely any|not much|not enough) (?:\w+ )?(?:support|cushion\w*|grip|structure|padding|stability|bounce|spring|rebound)\b"),
    (C, 0.7, rf"(?:holes?|tears?|rips?|splits?) (?:\w+ )?in (?:the )?(?:\w+ ){{0,3}}(?:of )?(?:my |your |the |these |those )?(?:\w+ )?{SHOE}"),
    (C, 0.7, rf"(?:mileage|miles|kilometres|kilometers|km|kms) on (?:my|the|these|those|this|your|that) (?:\w+ )?{SHOE} (?:\w+ ){{0,3}}(?:over|past|above|beyond|more than|at least|\d)"),
    # Fit felt in the shoe: toes hitting the front, a foot sliding about, laces too tight.
    (C, 0.75, r"toes? (?:\w+ ){0,3}(?=(?:hits?|hitting|bangs?|banging|banged|jam\w*|slams?|slamming|smash\w*|press\w*|push\w*|touch\w*|rams?|ramming|knock\w*|crammed|squashed|squeezed|crushed)\b)\w+ (?:\w+ ){0,2}(?:against |into )?the (?:front|end|tip|top)\b"),
    (C, 0.75, rf"(?:feet|foot|heels?) (?:\w+ ){{0,2}}(?:slides?|sliding|slid|slips?|slipping|slipped|moves?|moving|moved|swims?|swimming|shifts?|shifting|lifts?|lifting|pops?|popping|comes?|coming|came)(?= (?:\w+ )?(?:(?:around|about|round|forward|all over)(?! (?:\w+ ){{0,2}}socks?\b)|(?:inside|out of) (?:the |my |your )?(?:back of (?:the |my |your )?)?{SHOE}|out (?:every|each|with|on)|in (?:the|my|your|these|those) (?:left |right |new |old )?{SHOE}|on every stride|with every (?:stride|step)))"),
    (C, 0.7, r"(?:laces?|lacing)(?= (?:\w+ ){0,3}(?:too (?:tight|loose)|dig\w*|press\w*|cut\w* into))|(?:tie|ties|tied|tying|lace|laced|lacing) (?:\w+ ){0,2}too (?:tight|tightly|loose|loosely)"),
    (F, 0.55, r"(?:heel[\s-]lock|runner's loop|lace[\s-]lock|lock) lacing|lacing (?:technique|method|pattern)|heel[\s-]lock\b|lace (?:\w+ )?(?:more )?loose(?:ly|r)|loosen (?:\w+ )?laces"),
    (C, 0.75, rf"(?:squish\w*|squash\w*|squeez\w*|crush\w*|crammed|cramped|pinch\w*|jammed) (?:\w+ ){{0,2}}(?:in|into|by) (?:my |the |these |every |each |any |a |an )?(?:[\w-]+ )?{SHOE}"),
    (C, 0.7, r"(?:it|they|the fit|the upper|the toe ?box|the heel (?:tab|collar)|heel (?:tab|collar)) (?:\w+ )?(?:pinch\w*|squeez\w*|dig\w*|press\w*) (?:\w+ ){0,2}(?:across|at|on|into|against) (?:the |my |your )?(?:top|toes?|instep|forefoot|heel|sides?|tendon|achilles|little toe|big toe|ball)"),
    (C, 0.7, r"(?:went|gone|dropped|sized) (?:down|up) (?:by )?(?:half |a |one )?(?:half )?(?:a )?size|(?:go|goes|going|drop|dropping|sizing) down (?:by )?(?:half |a |one )?(?:half )?(?:a )?size|(?:went|gone) (?:half )?(?:a )?size (?:up|down|smaller|bigger)\b|(?:go|goes|going) (?:half )?(?:a )?size (?:down|smaller)\b|(?:should|do) i (?:go|size) (?:up|down)|(?:should|do) i (?:go )?(?:half )?(?:a )?size (?:up|down)"),
    (C, 0.85, rf"on (?:the )?(?:roads?|pavements?|tarmac|concrete|asphalt|treadmill) (?:\w+ ){{0,2}}in (?:my |the |a pair of |some |their |your )?(?:[\w-]+ ){{0,2}}(?:trail|gym|tennis|basketball|court|fashion|casual|walking|hiking|football|netball) {SHOE}|trail {SHOE}[^.;!?]{{0,140}}? (?:on (?:the )?(?:roads?|pavements?|tarmac|concrete)|for (?:the )?road)"),
    (C, 0.75, rf"same {SHOE} for (?:everything|walking|work|the gym|all my|every \w+)|(?:not|aren't|isn't|weren't|wasn't|arent|isnt) (?:really |proper |real |actual |even )?running (?:shoes|trainers|sneakers)|(?:half|a|one) size (?:down|smaller)\b|feet (?:have |'ve )?(?:got|gotten|become|are getting|have got) (?:a bit |much )?(?:wider|bigger|longer)|feet (?:have |'ve )?(?:spread|grown)"),
    # Questions that ask for a shoe because of pain or a foot type: the shoe is the fix.
    (F, 0.65, rf"{SHOE} (?:\w+ ){{0,4}}(?:for|to help|that helps?|that would help|to stop|to ease|to fix|good for|best for|suitable for) (?:\w+ ){{0,3}}(?:pain|painful|sore|aching|achy|bad|dodgy|injur\w*|shin splints|plantar|achilles|flat feet|fallen arches|high arches|overpronat\w*|supinat\w*|bunions?|knee|knees|shins|heel pain|arch pain|back pain)\b|(?:something|anything|one|model|pair) (?:\w+ )?with (?:more|extra|better|firmer|softer|max(?:imum)?) (?:\w+ )?(?:cushion\w*|support|stability|padding)"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,2}}from (?:a |the )?(?:high[\s-]street|supermarket|discount|fashion|department)"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,2}}(?:killing|destroying|wrecking|murdering|crushing|shredding) (?:my|me)\b|{SHOE} (?:\w+ ){{0,4}}(?:don't|doesn't|do not|does not|didn't|did not|never) (?:really |quite )?(?:suit|work for|agree with|match|fit) (?:me|my|your|their)\b|{SHOE} (?:\w+ ){{0,2}}(?:feel|feels|felt) like (?:bricks|planks|slippers|wood|cardboard|concrete|lead|boats)"),
    (C, 0.85, r"(?:in|wore|wearing|wear) (?:my |old |a pair of |some |the |cheap )*(?:air force|air forces|af1s?|jordans|uggs|doc martens|dr martens|docs|slides|slip[\s-]ons|loafers|wellies|wellingtons|plimsolls|daps|work boots|walking boots|hiking boots|ballet flats|office flats)\b"),
    (C, 0.6, r"(?:changed|switched|swapped) (?:\w+ ){0,2}(?:shoe brands?|brands|shoe models?|models)\b|(?:new|different) (?:shoe )?(?:brand|model)(?= (?:\w+ ){0,3}(?:since|and|but|hurt|sore|ache))"),
    (F, 0.6, rf"{SHOE} (?:\w+ ){{0,3}}(?:lifespan|life span|limited life)|lifespan of (?:\w+ ){{0,2}}{SHOE}|{SHOE} (?:\w+ ){{0,2}}(?:last|lasts|are good for|is good for) (?:about |around |roughly |between |only |for )?\d+|retire (?:them|the pair|your pair|that pair)|for (?:the )?looks (?:rather than|not|over) (?:fit|function|comfort)|(?:fashion|style|looks) over (?:fit|function|comfort)"),
    (F, 0.6, r"(?:check|checks|checked|analy[sz]e|assess|film|watch|look at) (?:\w+ )?gait|room to (?:wiggle|move|spread) (?:\w+ )?toes|wiggle (?:\w+ )?toes"),
    (C, 0.75, r"(?:heels?|heel counters?) (?:is |are |has |have |'s )?(?:\w+ )?(?:squashed|crushed|caved in|flattened|broken down) (?:flat|down|on one side|in)"),
    (F, 0.6, rf"(?:book|get|have|go for|going for) (?:a |an )?(?:\w+ )?(?:fitting|gait (?:check|analysis|assessment))|gait check|(?:the|a|our|your) fitter\b|(?:more |enough |extra )?room (?:\w+ ){{0,2}}(?:in|at) (?:the )?(?:toe ?box|front of the {SHOE})|(?:match|matched|matching) (?:the |a |your )?{SHOE} to"),
    (F, 0.7, rf"(?:more|extra|better|firmer) (?:arch )?(?:support|stability|cushion\w*) (?:\w+ ){{0,2}}(?:in|from) (?:my |your |the |a |their )?(?:\w+ )?{SHOE}|{SHOE} (?:\w+ ){{0,2}}(?:has|have|with|offers?|gives?) (?:the )?(?:more|most|extra|better|firmer) (?:\w+ )?(?:support|stability|cushion\w*)|(?:stability|support|supportive|motion[\s-]control|max(?:imum)?[\s-](?:support|cushion\w*)) (?:shoe |running )?(?:models?|shoes?|trainers?|pairs?)"),
    (C, 0.75, r"(?:chaussures|zapatillas|scarpe|sapatilhas|t[e\u00ea]nis|schoenen|hardloopschoenen|laufschuhe|schuhe) (?:[\w\u00c0-\u017f]+ ){0,4}(?:\d[\d.,]*|mil) ?km|(?:schoenen|hardloopschoenen|schuhe|laufschuhe|chaussures|zapatillas|scarpe) (?:\w+ ){0,3}(?:te klein|zu klein|zu eng|te krap|trop petites?|trop serr\w*|demasiado peque\w*|troppo piccol\w*|troppo strett\w*)"),
    (C, 0.6, rf"(?:need|needs|needed|try|trying|get|getting|go for|went for|look for|choose|buy|switch to|size up to) (?:a |an )?(?:wider|roomier|narrower|wide[\s-]fit|wide) (?:fit|fitting|toe ?box|width|{SHOE})"),
    (F, 0.6, rf"(?:get|have|having|getting|had|got) (?:\w+ ){{0,2}}feet (?:\w+ )?(?:measured|sized|scanned|assessed)|{SHOE} (?:that|which) (?:\w+ )?fits(?= (?:\w+ )?(?:properly|well|correctly|right|snugly|comfortably)\b)|(?:a |one )?thumb'?s?[\s-](?:width|breadth)"),
]

# Shoes never meant for running, run in: "ran in my ballet flats", "runs in my office flats".
_NOT_FOR_RUNNING = (
    r"(?:(?<!running )(?<!racing )flats|pumps|loafers|slip[\s-]?ons|brogues|oxfords|wedges|mules|clogs|slippers"
    r"|(?:leather|walking|hiking|work|rain|riding|snow|fashion|ankle) boots|walking shoes|hiking shoes|work shoes|work trainers|office shoes"
    r"|school shoes|dress shoes|court shoes|deck shoes|boat shoes|skate shoes|canvas shoes|fashion trainers|fashion sneakers|fashion shoes)"
)
FOOTWEAR += [
    (C, 0.85, rf"(?:run|runs|running|ran|jog|jogs|jogging|jogged|parkrun|go out|going out|went out|gone out) (?:[\w'-]+ ){{0,4}}in (?:my |the |a pair of |some |their |your |old |cheap |those |these )?(?:[\w'-]+,? ){{0,3}}{_NOT_FOR_RUNNING}\b|{_NOT_FOR_RUNNING} (?:[\w'-]+ ){{0,9}}(?:running|jogging|to run|to jog|ran|run|jogged) in them\b"),
    (C, 0.8, rf"cast[\s-]?off (?:pair|{SHOE}|runners)|(?:bought|got|had|borrowed|took|inherited) (?:these|them|this pair|a pair|my pair|the pair) (?:off|from) (?:a |my )?(?:mate|friend|sister|brother|cousin|colleague|neighbour|ebay|someone|dad|mum)\b|(?:(?:mate|friend|brother|sister|son|daughter|dad|mum|mom|husband|wife|partner|grandson|granddaughter|boyfriend|girlfriend|cousin)'s|dads|mums|moms|sisters|brothers|husbands|daughters|grandsons) (?:old |spare |cast[\s-]off )?(?:pair|{SHOE}|runners|ones|nikes|adidas|asics|\d+s|cast[\s-]?offs)\b|hand[\s-]me[\s-]downs?\b"),
    (C, 0.75, r"(?:they're|they are|theyre|pair|ones|them|it's|its|that's|thats) (?:[\w']+ ){0,2}(?:half|a|one|two|full|whole) (?:a )?sizes? (?:too )?(?:small|big|large|short)\b", "improper_socks"),
    (C, 0.8, r"(?:bottoms?|undersides?|grip|tread)(?:'s| has| have| is| are| was)? (?:gone |worn |wearing |down |completely |totally |basically |all |now )*(?:smooth|bald|slick)\b"),
    (C, 0.75, r"(?:heel (?:cup|counter|collar|bit|part|tab)s?|back (?:bit |part )?of the (?:shoe|trainer)s?) (?:\w+ ){0,5}(?:caved in|collapsed|crushed|squashed|broken down|gone soft|gone floppy|folded (?:in|down|over))|(?:back|bit|part) (?:\w+ ){0,3}(?:cups?|holds?) (?:my |the |your )?heel (?:\w+ )?(?:has |have |is |'s )?(?:caved in|collapsed|folded|crushed|squashed|gone soft)"),
    (C, 0.75, rf"(?:mine|these|those|this pair|my pair|my ones|my old ones) (?:have|has|'ve|had|are on|are at|are past|are over|must be on|must have done) (?:\w+ ){{0,2}}(?:\d[\d,.]*k?|hundreds of|a thousand|thousands of) ?(?:km|kms|kilomet\w+|miles)|(?:{SHOE}|mine) (?:are |is |'re )?(?:\w+ )?(?:past|over|beyond|more than) (?:\d[\d,.]*k?) ?(?:km|kms|kilomet\w+|miles)"),
    (F, 0.65, r"(?:need|needs|want|wanting|looking for|recommend\w*|suggest\w*|said|says|told me|advised) (?:\w+ ){0,2}(?:something|a pair|a shoe|one|anything|some) (?:\w+ )?(?:more |really |very |well[\s-]|extra |a bit |bit )?(?:cushioned|supportive|softer|stable)\b"),
    (F, 0.6, r"(?:separate|dedicated|different) (?:pair|shoes|trainers|runners)(?: \w+){0,2} (?:just |only |purely )?for (?:running|your runs|runs)\b"),
    (C, 0.6, rf"(?:new |switch\w* to |chang\w* to |mov\w* to )(?:\w+ )?(?:carbon[\s-]plated|plated) (?:racers|{SHOE})|(?:carbon[\s-]plated|plated|super) (?:\w+ )?(?:racers|{SHOE}) (?:\w+ ){{0,9}}(?:every|all my|each|daily|easy) (?:\w+ )?(?:run|runs|jog|jogs|training|session)"),
    (C, 0.75, r"(?:lugs|studs) (?:\w+ ){0,4}on (?:the )?(?:tarmac|roads?|pavements?|concrete)|on (?:the )?(?:tarmac|roads?|pavements?|concrete),? (?:those |the |these |their |deep |big )?lugs"),
    (C, 0.7, rf"{SHOE} (?:that|which) (?:\w+ )?(?:lets|allows) (?:the |your |my )?(?:heel|foot|feet|toes?) (?:\w+ )?(?:lift|slip|slide|move|rub|hit)|(?:model|version) (?:that|which) (?:\w+ )?(?:pinch\w*|rubs|squeez\w*|hurts)"),
    (F, 0.55, r"(?:check|recheck|re-check|checking) (?:the |their |your )?fit\b(?! of (?:\w+ )?socks?)"),
    (C, 0.6, r"toes? (?:\w+ )?(?:curled|curl|curling|scrunched|scrunch\w*) (?:up|under)\b|(?:feet|foot) (?:\w+ )?swim\w* (?:about |around )?in (?:them|these|those|my|the)\b|(?:zero|no) (?:bounce|spring|rebound|give)\b(?! (?:in|to|left in) (?:my |your |the |their )?(?:legs?|step|stride|running))"),
    (C, 0.65, rf"(?:pair|{SHOE}|ones|nikes|adidas|asics) (?:i've had |i have had |i got |i bought |i've worn )?(?:from|since) (?:\w+ ){{0,3}}(?:ago|lockdown|covid|the pandemic)\b|(?:from|at|in) (?:the |a )?(?:charity shop|primark|aldi|lidl|tk maxx|thrift store|car boot)\b|like running (?:on|in) (?:a |an )?(?:chopping board|planks?|bricks?|wood|cardboard|boards?|slabs?)\b"),
    (C, 0.75, rf"{SHOE} (?:\w+ ){{0,2}}(?:feels?|felt|feeling) (?:\w+ )?(?:harsh|slappy|lifeless)\b|(?:heel|fit) (?:is |feels |'s )?(?:so |too |really |very |a bit )?(?:sloppy|baggy)\b|(?:\d|two|three) sizes? too (?:big|small|large)"),
    (F, 0.6, r"\b[24]e (?:fit|width)|(?:standard|normal|regular) width (?:\w+ )?(?:pinch\w*|squeez\w*|cramp\w*)|(?:cramming|squeezing|forcing) (?:it|them|your feet|a wide foot) into"),
]

# Socks bought as a present are named, not blamed: "cotton socks for grandad's birthday".
_GIFT = r"(?! (?:for|as) (?:a |my |his |her |the |our )?(?:[\w']+ ){0,2}(?:birthday|christmas|xmas|gifts?|presents?|stockings?|secret santa))"

SOCKS = [
    (C, 0.9, rf"(?:cotton|cheap|old|thin|baggy|loose|ill[\s-]?fitting|badly[\s-]fitting|seamed|non[\s-]wicking|everyday|gym|tube|sweaty|wet|damp|soaked|soggy|wrong|bunched|thick|holey|worn|worn[\s-]out|cheapo|bargain|woollen|woolly|wooly|walking|hiking|ski|borrowed|nylon) (?:\w+ ){{0,2}}(?:ankle |crew |sports? |athletic |running )?{SOCK}{_GIFT}|(?:everyday|ordinary|regular|normal|office|work|school|dress|casual|fashion) (?:ankle |crew |cotton )?{SOCK}{_GIFT}"),
    (C, 0.85, rf"{SOCK}(?:'s)? (?:that |that's |thats |which )?(?:\w+ ){{0,2}}(?:(?:a |one |half a )?sizes? too (?:small|big|large|tight|loose)|bunch\w*|slip\w*|slid\w*|slide\w*|ride down|rides down|riding down|rub\w*|twist\w*|wrinkl\w*|fold\w*|creas\w*|sag\w*|soak\w*|get wet|gets wet|stay wet|stays wet|hold (?:moisture|sweat|water)|holds (?:moisture|sweat|water)|trap\w* (?:moisture|sweat|heat)|don't wick|doesn't wick|do not wick|absorb\w* sweat|too (?:small|big|tight|thin|thick|loose)|with (?:a )?(?:thick |big |bulky |chunky |raised )?seams?|(?:have|has|got) (?:(?:a|an|this|these|that|thick|big|bulky|chunky|raised|massive|huge|hard) ){0,3}seams?|(?:are|were|is|was|get|got) (?:wet|damp|soaked|sweaty|soggy|cotton|old|thin|worn))"),
    (C, 0.75, r"(?:toe )?seams? (?:\w+ ){0,3}(?:rub\w*|dig\w*|press\w*|irritat\w*|across|over|on|along) (?:\w+ ){0,2}(?:toes?|socks?|feet|foot)|seams? (?:on|of|in) (?:the |my |your )?(?:socks?|toe)"),
    (F, 0.3, r"blister[\s-](?:protection|resistant|proof|free|prevention)|anti[\s-]blister"),
    (C, 0.65, r"blisters?|blistered|blistering"),
    (C, 0.65, r"hot[\s-]?spots?(?! (?:for|of|in town))"),
    (C, 0.55, r"chaf(?:e|es|ed|ing)\b(?: \w+){0,3} (?:toes?|feet|foot|heels?|arch)|(?:toes?|feet|foot|heels?) (?:\w+ )?chaf\w*"),
    (C, 0.5, r"(?:sweaty|damp|wet|soggy|clammy) feet|feet (?:\w+ )?(?:sweat|sweating|get wet|stay wet|soaked|soaking|sopping|swimming in sweat|drenched|sodden)"),
    (C, 0.45, r"friction|moisture (?:build[\s-]?up|trapped)|trapped moisture"),
    (C, 0.6, r"(?:heels?|toes?|ankles?|achilles|feet|foot|instep|arch|balls? of (?:my |the |your )?(?:feet|foot))(?:'s)? (?:\w+ ){0,3}(?:rubbed|rubbing|rubs|rub) (?:(?:\w+ )?raw|(?:really |so |completely |totally )?(?:sore|red|bloody|open))\b|(?:rubbed|rubbing|rubs|rub) (?:my |the |your )?(?:\w+ )?(?:heels?|toes?|ankles?|achilles|feet|foot) raw"),
    (C, 0.6, rf"bunch(?:ed|es|ing) up|{SOCK},? (?:they're|they are|which are|that are) (?:\w+ )?(?:massive|huge|enormous|too big|too small|baggy|loose|thin|cotton|old|wet|soaked|sodden)|{SOCK} (?:\w+ )?(?:sodden|drenched|squelch\w*|wet through)"),
    (C, 0.75, r"cotton (?:is|are) (?:[\w']+ ){0,6}?(?:a |an |the )?(?:usual |main |real |big )?(?:liability|culprit|enemy|bad idea|no[\s-]no|terrible|rubbish|worst)"),
    (C, 0.7, r"cotton (?:\w+ ){0,10}(?:soaks?|soaking|holds?|absorbs?|traps?|retains?) (?:up )?(?:the )?(?:sweat|moisture|water)|cotton (?:\w+ ){0,2}(?:is|holds|stays|gets|turns) (?:\w+ )?(?:damp|wet|soggy|heavy|sodden)"),
    (C, 0.65, r"\b(?:blasen|blaren|ampollas|ampoules|vesciche|bolhas)\b"),
    (C, 0.75, rf"(?:primark|supermarket|pound shop|pound[\s-]land|multipack|multi[\s-]pack|(?:3|5|10|three|five|ten)[\s-]pack) (?:\w+ )?{SOCK}|{SOCK} (?:\w+ )?(?:from|off) (?:a |the )?(?:primark|supermarket|multipack|pound shop)|{SOCK} (?:\w+ ){{0,2}}(?:fall\w*|roll\w*|slid\w*|sink\w*) down"),
    (F, 0.6, rf"(?:spare|dry|fresh|clean|second) (?:pair of )?{SOCK}|change (?:your |my )?{SOCK}"),
    (F, 0.75, rf"(?:moisture|sweat)[\s-]?wicking (?:\w+ )?{SOCK}|(?:seamless|double[\s-]layer(?:ed)?|blister[\s-](?:resistant|proof|free)|anti[\s-]blister|properly fitting|well[\s-]fitting|proper|right|decent|dedicated|specialist) (?:\w+ )?(?:running )?{SOCK}|{SOCK} (?:\w+ ){{0,3}}(?:designed|made|meant|built) (?:\w+ )?for (?:running|runners|sport)|{SOCK} (?:made )?(?:of|from|in) (?:a )?(?:moisture|sweat|synthetic|technical|merino|wicking)"),
    (F, 0.65, rf"(?:choose|choosing|pick|buy|get|invest in|opt for|look for|switch to|try|wear|wearing) (?!(?:\w+ ){{0,2}}(?:compression|christmas|gift))(?:\w+ ){{0,3}}{SOCK}"),
    (F, 0.45, rf"(?:technical|synthetic|merino|wool|padded|cushioned|good|quality|running|sports?|athletic|performance) (?:\w+ )?{SOCK}"),
    (F, 0.5, r"(?:wick|wicks|wicking) (?:away )?(?:moisture|sweat)|keep (?:your |my |the )?(?:feet|skin|toes) (?:dry|drier)"),
]

FOOT_MECHANICS = [
    (C, 0.8, r"arch(?:es)? (?:\w+ ){0,2}(?:don't|do not|doesn't|does not) (?:really )?exist|(?:have|has|with|got) no arch(?:es)?\b(?! support)"),
    (C, 0.8, r"(?:(?<=feet are )|(?<=foot is )|(?<=arches are )|(?<=arch is )|(?<!is )(?<!are )(?<!'s )(?<!gone )(?<!was )(?<!were ))flat as (?:a )?pancakes?"),
    (C, 0.95, r"over[\s-]?pronat\w*|under[\s-]?pronat\w*|supinat\w*|overpronator"),
    (C, 0.75, r"(?<!normal )(?<!healthy )(?<!natural )(?<!ordinary )(?<!mild )(?<!amount of )(?<!degree of )pronat\w*"),
    (C, 0.9, r"flat[\s-]?(?:feet|footed|foot)|fallen arch\w*|collapsed arch\w*|collapsing arch\w*|dropped arch\w*|low arch\w*|no arch\w*|(?:high|very high|rigid|stiff)[\s-]arch\w*|high[\s-]arched|pes (?:planus|cavus)"),
    (C, 0.85, r"heels? (?:\w+ ){0,2}(?:roll\w*|cav\w*|collaps\w*|turn\w*|tip\w*|tilt\w*|sag\w*|sink\w*|buckl\w*|fall\w*|lean\w*) (?:\w+ )?(?:in|inward|inwards|inside|out|outward|outwards|outside|down|flat)\b", "improper_footwear"),
    (C, 0.85, r"(?:ankles?|feet|foot|arch(?:es)?) (?:\w+ ){0,2}(?:roll\w*|cav\w*|collaps\w*|turn\w*|tip\w*|tilt\w*|sag\w*|sink\w*|buckl\w*|fall\w*|flatten\w*|point\w*|splay\w*|lean\w*) (?:\w+ )?(?:in|inward|inwards|inside|out|outward|outwards|outside|down|flat)\b|(?:feet|foot) (?:\w+ )?flatten\w*|arch(?:es)? (?:\w+ ){0,2}touch\w* the (?:floor|ground)"),
    (C, 0.8, r"arch(?:es)? (?:\w+ ){0,2}(?:collaps\w*|fall|falls|fallen|falling|flatten\w*|drop|drops|dropped|dropping|cave|caves|caving|sag\w*)"),
    (C, 0.7, r"(?<!thigh )(?<!thighs )(?<!knee )(?<!knees )(?<!kneecap )(?<!hip )(?<!hips )(?<!pelvis )(?:roll|rolls|rolling|rolled) (?:\w+ )?(?:in|inward|inwards|out|outward|outwards) (?:\w+ )?(?:when|as|on|at|every)"),
    (C, 0.65, r"(?:knock[\s-]?knee\w*|bow[\s-]?legg?\w*|leg[\s-]length (?:difference|discrepancy)|one leg (?:is )?(?:shorter|longer)|foot (?:type|structure|shape|mechanics|biomechanics|posture)|arch (?:type|height|shape|collapse))"),
    (C, 0.55, rf"(?:wear|wears|worn|wearing) (?:\w+ )?(?:on|along) the (?:inside|outside|inner|outer) (?:edge|of|edges)|(?:inside|outside|inner|outer) edges? of {YOUR} (?:soles?|shoes?|heels?)"),
    (C, 0.5, r"biomechanic\w*|gait (?:issue|problem|fault|abnormalit)\w*"),
    (F, 0.65, r"orthotics?|(?:arch[\s-]support(?:ing)?|supportive|custom|stability|corrective) (?:\w+ )?(?:insoles?|inserts?|footbeds?|shoes?|trainers?)|motion[\s-]control|(?:insoles?|inserts?) (?:\w+ )?(?:arch|support)"),
    (F, 0.4, r"(?:support|supports|supporting) (?:your |my |the )?arch\w*|arch support"),
]

HARD_SURFACES = [
    (F, 0.6, r"(?:swap|switch|replace|trade|move|take) (?:\w+ ){0,3}(?:road|pavement|concrete|tarmac|asphalt|street) (?:runs?|miles|sessions?|loops?)"),
    (C, 0.8, r"(?<!like )(?<!as )(?<!grip on )(?<!grip on wet )(?<!traction on )(?<!traction on wet )(?:concrete(?! (?:plan|example|steps?|advice|evidence|goals?|ideas?|answers?|reasons?|signs?|proof|data|tips?|terms|action))|asphalt|tarmac|cement)"),
    (C, 0.8, r"(?<!built for )(?<!made for )(?<!designed for )(?<!built for the )(?<!made for the )(?<!designed for the )(?<!fall on the )(?<!fell on the )(?<!fell onto the )(?<!tripped on the )(?<!trip on the )(?<!slap the )(?<!slaps the )(?<!slapped the )(?<!slapping the )(?<!slap on the )(?<!slaps on the )(?<!slapping on the )(?<!slaps down on the )(?<!slap down on the )(?<!drags on the )(?<!drag on the )(?<!scuffs on the )(?<!meet on the )(?<!meet you on the )(?<!wait on the )(?<!waiting on the )(?<!parked on the )(?<!park on the )(?<!icy )(?<!frozen )(?<!snowy )(?<!slippery )(?<!wet )(?:pavements?|sidewalks?)(?! outside\b)(?! (?:are|is|were|was) (?:\w+ )?(?:ice|icy|frozen|snowy|slippery|treacherous|covered)\b)"),
    (C, 0.8, r"slop\w* (?:\w+ ){0,2}(?:towards|to|into|down to) (?:the )?(?:gutter|kerb|curb|verge|edge|water|sea|side of the road)|(?:one|a) (?:foot|leg) (?:\w+ )?(?:lands|is|sits|strikes|ends up) lower"),
    (C, 0.75, r"(?:sand|ground|surface|track|path|road)s? (?:\w+ ){0,2}(?:is|are|was|feels?) (?:\w+ )?(?:firm|hard|unforgiving|rock[\s-]hard|solid)\b|(?:roads?|pavements?|concrete|tarmac|asphalt|surfaces?|ground|sidewalks?) (?:\w+ ){0,3}(?:hard|harder|tough|tougher|unforgiving|brutal) on (?:the |your |my |our )?(?:body|joints|legs|knees|shins|feet)"),
    (C, 0.7, r"(?:run|running|ran|runs|jog\w*|coming|come|heading|going) (?:\w+ )?down (?:the |a |that |this |steep |big |long )*(?:hills?|slopes?|mountain|fell)|(?:long|steep|big) drops? (?:back )?down|(?:on|along) city streets|(?:(?<=a lot of )|(?<=all the )|(?<=constant )|(?<=repeated )|(?<=the ))pounding|cobbled (?:streets|paths|roads|lanes)|(?<!slick )(?<!slippery )(?<!wet )(?<!greasy )cobbles(?:tones)?"),
    (C, 0.85, r"(?:hard|unforgiving|harder|hardest|rock[\s-]hard|firm|solid|paved|sealed|slanted|sloped|sloping|tilted|banked) (?:\w+ )?(?:surfaces?|ground|roads?|floors?|terrain|tracks?(?! (?:sessions?|workouts?|reps|intervals|nights?|work)\b)|paths?|pavement)"),
    (C, 0.85, r"camber\w*|(?:side of|edge of) the road|slope of the road"),
    (C, 0.75, r"(?:pound|pounding|pounded|pounds|hammer|hammering|slam\w*|beat\w*) (?:\w+ )?(?:on |of |along )?(?:the |a )?(?:pavement|road|roads|concrete|asphalt|ground|tarmac|streets?)"),
    # "...every time I run downhill": the descent itself is what brings the pain on.
    (C, 0.75, r"(?:every time|whenever|each time|only when|as soon as|(?:hurts?|aches?|sore|painful) (?:\w+ )?when) (?:i|you|we|they) (?:run|go|head|jog|race) (?:\w+ )?(?:down[\s-]?hills?|downhills?|descents?)\b"),
    (C, 0.75, r"(?:down[\s-]?hills?|downhills?|descents?|downhill running|running downhill) (?:\w+ ){0,2}(?:(?:is|are) )?(?:(?:really|very|so|quite) )?(?:hard|tough|brutal|punishing|rough) on (?:the |your |my )?(?:knees?|quads|legs|joints|shins|hips)\b"),
    (C, 0.7, r"(?:down[\s-]?hills?|descents?|descending|downhills)", "improper_footwear improper_running_form red_flag"),
    (C, 0.55, r"(?:run|runs|running|ran|jog|jogging|miles|kilometres|kilometers|km) (?:\w+ ){0,2}(?:on|along) (?:the )?(?:roads?|streets?|city streets|pavements?|tarmac)", "improper_footwear"),
    (C, 0.45, r"(?:road|street|city) (?:running|runs|miles)|(?:indoor track|tile|tiled|hardwood) floors?"),
    (F, 0.7, r"(?:soft|softer|forgiving|more forgiving|varied|natural|cushioned) (?:\w+ )?(?:surfaces?|ground|terrain|paths?|trails?)|(?:mix|vary|varying|alternate|alternating|change|changing|switch|switching) (?:up )?(?:\w+ ){0,2}(?:surfaces?|terrain)"),
    # "since I moved my training from the trails onto the road": the surface changed for the worse.
    (C, 0.8, r"(?:mov\w*|switch\w*|swap\w*|shift\w*|went|gone|going|transition\w*) (?:\w+ ){0,3}from (?:the )?(?:trails?|grass|track|treadmill|dirt|gravel|woods|forest paths?|parks?) (?:on)?to (?:the )?(?:roads?|pavements?|sidewalks?|concrete|tarmac|asphalt|streets?)\b"),
    (F, 0.6, r"(?:switch|swap|move|moving|head|try|trying|stick) (?:\w+ ){0,5}(?:to|onto|for) (?:the )?(?:grass|trails?|dirt|gravel|track|woodchip|bark|treadmill|parks?)|(?:run|running|runs) (?:\w+ ){0,4}(?:on|round|around|across|over) (?:\w+ ){0,3}(?:grass|dirt|gravel|trails?|woodchips?|bark|towpaths?|playing fields?)|(?:playing|sports|football|rugby) (?:fields?|pitch(?:es)?)"),
]

# Socks and slopes in newer writers' words: socks creeping down into a lump, a ridge across
# the toes, socks gone crunchy with sweat; a lane that slopes to the ditch, hard streets.
SOCKS += [
    (C, 0.75, rf"{SOCK} (?:\w+ ){{0,3}}(?:creep\w*|crawl\w*|roll\w*|work\w*) (?:\w+ )?(?:down|off)\b|(?:lump|ruck\w*|wad) (?:\w+ ){{0,2}}under (?:my|the|your) (?:arch|heel|foot|toes)|ridge (?:\w+ ){{0,3}}across (?:the )?(?:top of )?(?:the |my |your )?toes|{SOCK} (?:\w+ ){{0,4}}(?:went|go|goes|going|sat|stay|stayed|stays) (?:\w+ )?(?:crunchy|soggy|sodden|wet|heavy|damp|soaked)\b|(?:cotton|nylon|cheap) (?:\w+ )?(?:trainer |sock )?liners|(?:football|rugby|hockey) {SOCK}"),
    (F, 0.6, r"(?:check|look at|mind) (?:the )?toe seams?"),
    (F, 0.45, r"flat[\s-]knit|hand[\s-]linked"),
]
HARD_SURFACES += [
    (C, 0.75, r"(?:road|lane|street|path|pavement|track) (?:\w+ ){0,2}(?:slopes?|sloping|tilts?|tilting|slants?|slanting)\b|(?:sloping|tilted|slanted|slanting) (?:\w+ )?(?:lane|road|street|path)s?\b|hard (?:city )?streets\b"),
]

# Newer writers again: shoes bought for another sport or worn for everything, a heel that
# pops out of the back, "half a size too small", "900km old"; high or rigid arches said
# plainly, a footprint with no curve; paved paths, grass runs mixed in; a sock a size too
# big, a chunky seam, rubbing along the little toe; a few words in other languages.
_BRAND = r"(?:nikes|asics|adidas|brooks|hokas|sauconys|mizunos|new balances|altras|pegs|pegasus|kayanos|cliftons|reeboks|pumas)"
_OTHER_USE = r"(?:tennis|basketball|netball|squash|badminton|football|five[\s-]a[\s-]side|the gym|gym|crossfit|lifting|weights|walking|hiking|work|the office|skating|dancing|dance|zumba|court|fashion)"
FOOTWEAR += [
    (F, 0.6, rf"break(?:ing)? (?:them|it|the (?:\w+ )?(?:pair|{SHOE})|your (?:new )?(?:\w+ )?{SHOE}|new (?:\w+ )?{SHOE}) in\b|breaking[\s-]in (?:period|time|runs?)"),
    (C, 0.75, rf"worn[\s-]*(?:down|away|through|thin|smooth|flat) heels?\b|worn heels? (?:on|of) (?:my|the|these|those|your) (?:\w+ )?{SHOE}|(?:tread|grip) (?:on|of) (?:my |the |these |those |your )?(?:\w+ )?{SHOE} (?:is |has |'s |are |have )?(?:\w+ )?(?:gone|worn|bald|smooth|disappeared)\b"),
    (C, 0.65, r"(?:feel|feeling|felt|feels) (?:every|each|all the) (?:little |single )?(?:stone|pebble|rock|bump|crack|root)s? (?:\w+ ){0,3}(?:through|under|in) (?:the |my |these |those )?(?:sole|soles|shoes?|trainers?|feet)\b"),
    (C, 0.85, r"(?:zapatillas|zapatos|chaussures|baskets|scarpe|scarpette|sapatilhas|tenis) (?:[\w']+ ){0,4}(?:gastad[oa]s|desgastad[oa]s|viejas|viejos|rotas|usees|abimees|fichues|foutues|consumate|consumati|rotte|vecchie|vecchi|usurate|usurati|distrutte|gastos|gastas|velhos|velhas)\b"),
    (C, 0.8, r"(?:minimalist|barefoot|zero[\s-]drop|five[\s-]finger|vibram) (?:[\w-]+ )?(?:sandals|huaraches|toe shoes|ones|five[\s-]fingers)\b"),
    (C, 0.85, rf"{_BRAND} (?:\w+ ){{0,3}}{BE}? ?(?:\w+ )?(?:{_WORN}|{_FIT})"),
    (C, 0.7, rf"{SHOE} (?:\w+ )?(?:have|has|'ve|'s|got) (?:got )?(?:\w+ )?(?:holes?|tears?|rips?|splits?) (?:\w+ )?(?:in|on|through|along|at|across) (?:the|them|it)\b(?!(?: \w+){{0,2}} (?:for|to) (?:air\w*|ventilat\w*|breath\w*|drain\w*|cool\w*|let)\b)"),
    (F, 0.4, r"rotat\w* (?:\w+ ){0,2}(?:pairs|shoes|trainers)"),
    (C, 0.8, rf"{SHOE} (?:[\w'-]+ ){{0,5}}(?:bought|got|meant|made|designed|intended|used|use|wear|wore) (?:\w+ )?for {_OTHER_USE}\b"),
    (C, 0.75, rf"{SHOE} (?:[\w'-]+ ){{0,5}}(?:use|used|wear|wore|wearing) (?:\w+ )?for (?:everything|every ?day|all day)\b(?! (?:training|runs|running|miles))"),
    (C, 0.75, rf"{SHOE} (?:that |which )?(?:i|we) (?:lift|work|walk|dance|play \w+|do (?:crossfit|weights|spin|classes|circuits)) in\b"),
    (C, 0.75, rf"{SHOE} (?:[\w'-]+ ){{0,5}}(?:canvas|fashion|skate|gym|tennis|basketball|court|barefoot|minimalist|zero[\s-]drop|plimsoll)(?:[\s-]style)? ones\b"),
    (C, 0.7, rf"(?:had|have had|'ve had|been wearing|been running in) (?:these|this|the same|my|those|the) (?:\w+ )?{SHOE} (?:since|for) (?:(?:19|20)\d\d|years|ages|forever|school|uni|college|(?:\w+ )?years)\b"),
    (C, 0.4, r"(?:bought|ordered|got|picked|chose|wearing|wore|sent me|sent) (?:\w+ )?the wrong (?:size|width)\b"),
    (C, 0.7, r"(?:half|a|one|two|full|whole) (?:a )?sizes? too (?:small|big|large|short|tight|narrow)\b", "improper_socks"),
    (C, 0.8, rf"(?:they're|they are|theyre|{SHOE} (?:are|is)|mine are|it's|its) (?:about |nearly |almost |over |around |like |at least |easily |well over )?\d[\d,.]*k?\+? ?(?:km|kms|kilomet\w+|miles|mi) old\b"),
    (C, 0.85, rf"(?:pointy|pointed|winklepicker) (?:\w+ )?{SHOE}"),
    (F, 0.6, r"(?<!has a )(?<!have a )(?<!features a )(?<!offers a )(?<!gets a )(?<!with a )(?<!and a )(?<!, a )(?:wider|roomier|broader|more spacious|deeper) (?:\w+ )?(?:toe ?box|toebox|forefoot|last|fit)\b"),
    (C, 0.8, r"(?:squishy|squashy|spongy|bouncy|cushiony|cushy|springy|soft) (?:bit|bits|part|parts|stuff|layer)\b (?:[\w']+ ){0,4}(?:flat|dead|gone|hard|squashed|squished|compressed|worn)\b"),
]
FOOT_MECHANICS += [
    (C, 0.85, r"arch(?:es)? (?:are|is|were|was|'re|'s) (?:\w+ ){0,2}(?:high|rigid|stiff|flat|low|collapsed|fallen|non[\s-]?existent)\b"),
    (C, 0.7, r"(?:weak|weakened|weakening|weaker) arch(?:es)?\b"),
    (C, 0.75, r"ankles? (?:\w+ ){0,2}wobbl\w* (?:\w+ )?(?:inwards?|outwards?|in and out)\b"),
    (C, 0.8, r"(?:feet|foot) (?:are|is|'re|'s|go|goes|going|went|gone|turn|turns|turned|become|becomes) (?:\w+ ){0,2}flat\b(?! (?:on|against|to|in|when you|while)\b)|(?<!in my )(?<!in the )(?<!in your )(?<!in his )(?<!in her )arch(?:es)? (?:\w+ )?(?:disappears?|disappearing|disappeared|vanish\w*|gives? way|giving way|goes flat|go flat|going flat)"),
    (C, 0.8, r"arch(?:es)? (?:are |is |sit |sits |rest |rests )(?:\w+ )?(?:on|against) the (?:floor|ground)\b"),
    (C, 0.75, r"(?:roll|rolls|rolling|rolled|land|lands|landing|landed) (?:\w+ )?(?:on|onto) (?:to )?the (?:outside|outer edges?|inside|inner edges?) of (?:my|your|the|their|his|her) (?:feet|foot)"),
    (C, 0.8, r"(?:full|flat|whole|complete|solid) foot ?prints?|foot ?prints? (?:\w+ ){0,8}(?:(?:whole|full|entire|complete) (?:foot|sole)|flat|solid|no (?:curve|gap|arch|inward curve)|(?:just|only) (?:the )?heel and (?:the )?ball)\b"),
    (C, 0.85, r"\b(?:pies planos|pie plano|plattfu\w*|senkfu\w*|pieds plats|pied plat|piedi piatti|piede piatto|pes chatos|pe chato)\b"),
]
HARD_SURFACES += [
    (C, 0.6, r"(?:run|running|ran|jog|jogs|jogging|jogged|miles|kms?) (?:\w+ ){0,3}(?:on|along) (?:the )?(?:\w+ )?(?:promenade|prom|seafront|esplanade|sea wall|harbour wall)\b"),
    (C, 0.7, r"paved\b(?! (?:the |a |their |his |her |my |our |your )?way)"),
    (F, 0.6, r"(?:grass|dirt|gravel|woodchip|woodland|forest|towpath|off-road|off road|offroad|soft-surface|soft surface) (?:runs?|running|loops?|miles|sessions?|routes?)\b(?! (?:shoes?|trainers?|sneakers?|kicks))|(?:mix|mixing|throw|throwing|add|adding|work|working|fit|fitting) in (?:some |a few |more |the odd |a couple of |an occasional )?(?:\w+ )?(?:grass|trails?|dirt|gravel|softer|off-road|off road|offroad)\b"),
    (F, 0.6, r"(?:find|use|try|pick|choose|look for) (?:a |an |some |the |your )?(?:local |nearby |quiet )?(?:\w+ )?(?:parks?|towpaths?|grass|trails?|woodland|playing fields?|woodchip|forest paths?|bridleways?)(?! (?:shoes?|trainers?|runners?|sneakers?|races?|series|events?|kit|gear)\b) (?:\w+ ){0,4}(?:for|on) (?:your |some |the |a few |most )?(?:\w+ )?(?:runs?|miles|running|sessions?)\b"),
    (C, 0.8, r"\b(?:bitume|goudron|asphalte|asfalto|beton|hormigon|cemento|calcestruzzo)\b"),
]
SOCKS += [
    (C, 0.6, r"(?:rubbing|rubs|rubbed|rub|chafing) (?:\w+ )?(?:on|along|against|at|across) (?:the |my |your |their )?(?:little |big |small |baby |pinky |fifth )?(?:toes?|heels?|ankle bones?|insteps?|achilles|back of (?:the |my |your )?heels?|sides? of (?:the |my |your )?(?:foot|feet|toes?))\b"),
    (C, 0.6, r"toes? (?:\w+ )?(?:rub|rubs|rubbing) (?:together|against (?:each other|one another|the next))"),
    (C, 0.7, rf"seams? (?:\w+ ){{0,2}}(?:across|over|along) (?:the )?(?:top|front|tips?) of (?:the |my |your )?toes|{SOCK} (?:\w+ ){{0,4}}seams? (?:\w+ )?(?:across|over|along) the top"),
    (F, 0.45, r"seamless toes?\b(?! ?box)"),
]

CUES = {
    "improper_footwear": FOOTWEAR,
    "improper_socks": SOCKS,
    "foot_mechanics": FOOT_MECHANICS,
    "hard_surfaces": HARD_SURFACES,
}
