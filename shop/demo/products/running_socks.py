"""Road running socks. Stock is per colour and size; a zero means that size is sold out."""

PRODUCTS = [
    {
        "sku": "LL-AIR-NS",
        "brand": "Loopline",
        "name": "Airstep Lite No-Show Running Sock",
        "price": "13.95",
        "description": (
            "A barely-there sock for warm days and fast sessions. The mesh top lets heat out and "
            "the flat-knit toe sits smoothly under a snug racing upper."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Recycled polyester, nylon, elastane",
        "height": "no-show",
        "colours": {
            "White": {"35-38": 14, "39-42": 22, "43-46": 9},
            "Black": {"35-38": 6, "39-42": 0, "43-46": 11},
        },
    },
    {
        "sku": "LL-AIR-Q",
        "brand": "Loopline",
        "name": "Airstep Lite Quarter Running Sock",
        "price": "14.95",
        "description": (
            "The Airstep knit with a little more cuff to keep the heel tab off your Achilles. "
            "Light padding under the ball of the foot, nothing anywhere else."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Recycled polyester, nylon, elastane",
        "height": "quarter",
        "colours": {"Grey Marl": {"35-38": 8, "39-42": 17, "43-46": 12}},
    },
    {
        "sku": "LL-HAUL-CR",
        "brand": "Loopline",
        "name": "Long Haul Cushioned Crew",
        "price": "17.95",
        "description": (
            "Built for the long Sunday run. Terry loops under the heel and forefoot soften the "
            "last ten kilometres, and a ribbed arch band stops the sock from sliding."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Polyester, nylon, elastane",
        "height": "crew",
        "colours": {"Navy": {"35-38": 5, "39-42": 13, "43-46": 7}},
    },
    {
        "sku": "LL-TWIN-AN",
        "brand": "Loopline",
        "name": "Twin Layer Anti-Blister Ankle Sock",
        "price": "19.95",
        "description": (
            "Two thin layers that slide against each other, so the rubbing happens between the "
            "fabrics instead of on your skin. Our first suggestion for runners who blister on "
            "every long run."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Inner polyester, outer nylon and elastane",
        "height": "ankle",
        "colours": {
            "White": {"35-38": 0, "39-42": 4, "43-46": 3},
            "Black": {"35-38": 2, "39-42": 9, "43-46": 0},
        },
    },
    {
        "sku": "LL-RACE-NS",
        "brand": "Loopline",
        "name": "Race Day Ultralight No-Show",
        "price": "15.95",
        "description": (
            "Thin as a second skin, for carbon racers and track shoes that fit close. No padding "
            "at all, a silicone heel grip and a toe closure you will not feel."
        ),
        "cushioning": "none",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Nylon, elastane",
        "height": "no-show",
        "colours": {"Signal Orange": {"35-38": 7, "39-42": 10, "43-46": 6}},
    },
    {
        "sku": "LL-TOE-Q",
        "brand": "Loopline",
        "name": "Five Toe Quarter Running Sock",
        "price": "18.95",
        "description": (
            "Each toe gets its own sleeve, which keeps toes from rubbing against each other. "
            "Takes a week to get used to; after that, many runners will not go back."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Polyester, nylon, elastane",
        "height": "quarter",
        "colours": {"Charcoal": {"35-38": 3, "39-42": 6, "43-46": 4}},
    },
    {
        "sku": "NV-MER-Q",
        "brand": "Norrvik",
        "name": "Merino Run Quarter",
        "price": "19.95",
        "description": (
            "Fine merino wool on the inside keeps feet dry and does not smell after a hard week. "
            "Lightly padded, with a seamless toe and an arch band."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Merino wool, nylon, elastane",
        "height": "quarter",
        "colours": {"Forest": {"S": 4, "M": 11, "L": 9, "XL": 2}},
    },
    {
        "sku": "NV-MER-CR",
        "brand": "Norrvik",
        "name": "Merino Winter Crew",
        "price": "22.95",
        "description": (
            "A warmer merino crew for frosty mornings. Medium cushioning underfoot, a thicker "
            "cuff and enough stretch to pull over tights."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Merino wool, polyamide, elastane",
        "height": "crew",
        "colours": {"Slate": {"S": 0, "M": 0, "L": 0, "XL": 0}},
    },
    {
        "sku": "NV-MER-NS",
        "brand": "Norrvik",
        "name": "Merino Light No-Show",
        "price": "17.95",
        "description": (
            "Merino comfort in a low cut for summer. Thin enough for a snug shoe, soft enough "
            "for long days."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Merino wool, nylon, elastane",
        "height": "no-show",
        "colours": {"Oatmeal": {"S": 6, "M": 12, "L": 0, "XL": 3}},
    },
    {
        "sku": "PW-ESS-AN3",
        "brand": "Pulsewear",
        "name": "Essential Run Ankle Sock 3-Pack",
        "price": "16.95",
        "description": (
            "Three pairs of no-fuss running socks for everyday miles. Wicking polyester, a "
            "light cushioned sole and a standard linked toe seam."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "material": "Polyester, cotton, elastane",
        "height": "ankle",
        "colours": {
            "White": {"S": 18, "M": 30, "L": 24, "XL": 8},
            "Black": {"S": 12, "M": 25, "L": 19, "XL": 5},
        },
    },
    {
        "sku": "PW-GRIP-NS",
        "brand": "Pulsewear",
        "name": "Heel Grip Tab No-Show",
        "price": "12.95",
        "description": (
            "A raised tab at the back stops low shoes from chewing your heel, and silicone dots "
            "keep the sock from creeping down. Light padding, flat toe."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Polyester, nylon, elastane",
        "height": "no-show",
        "colours": {"White": {"S": 9, "M": 14, "L": 11, "XL": 0}},
    },
    {
        "sku": "PW-MAX-Q",
        "brand": "Pulsewear",
        "name": "Maxpad Cushioned Quarter",
        "price": "16.95",
        "description": (
            "Our thickest road sock. Full terry sole for runners who want every bit of padding "
            "on hard pavements, with mesh panels on top to let heat out."
        ),
        "cushioning": "max",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Polyester, nylon, elastane",
        "height": "quarter",
        "colours": {"Black": {"S": 5, "M": 8, "L": 10, "XL": 4}},
    },
    {
        "sku": "PW-NIGHT-CR",
        "brand": "Pulsewear",
        "name": "Night Run Reflective Crew",
        "price": "15.95",
        "description": (
            "Reflective yarn around the cuff catches headlights from every side. Medium "
            "cushioning and a wicking blend for winter evenings."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, reflective yarn, elastane",
        "height": "crew",
        "colours": {"Black/Silver": {"S": 2, "M": 7, "L": 6, "XL": 3}},
    },
    {
        "sku": "PW-CLASSIC-CR",
        "brand": "Pulsewear",
        "name": "Classic Cotton-Rich Crew",
        "price": "9.95",
        "description": (
            "A soft cotton sock for the gym and for walking. We keep it for customers who ask; "
            "for running, a wicking sock will keep your feet drier."
        ),
        "cushioning": "medium",
        "material": "Cotton, polyester, elastane",
        "height": "crew",
        "colours": {"White": {"S": 10, "M": 16, "L": 14, "XL": 6}},
    },
    {
        "sku": "KS-EVERY-AN",
        "brand": "Kestrel",
        "name": "Everyday Run Ankle Sock",
        "price": "11.95",
        "description": (
            "Made to pair with Kestrel road shoes: a light cushion, a flat toe and a heel that "
            "stays put."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, nylon, elastane",
        "height": "ankle",
        "colours": {"Grey": {"S": 7, "M": 0, "L": 8, "XL": 2}},
    },
]
