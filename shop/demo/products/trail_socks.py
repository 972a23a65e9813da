"""Trail socks: tougher yarns, more padding and cuffs that keep grit out."""

PRODUCTS = [
    {
        "sku": "FC-TS-RIDGE-CR",
        "brand": "Fellcraft",
        "name": "Ridgeline Merino Trail Crew",
        "price": "21.95",
        "description": (
            "Our go-to trail sock. Merino blend for warmth when wet, medium cushioning for "
            "stony paths and a reinforced heel that outlasts most shoes."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Merino wool, nylon, elastane",
        "height": "crew",
        "colours": {"Rust": {"S": 6, "M": 11, "L": 8, "XL": 3}},
    },
    {
        "sku": "FC-TS-SCREE-Q",
        "brand": "Fellcraft",
        "name": "Scree Guard Quarter",
        "price": "18.95",
        "description": (
            "A tight ribbed cuff that keeps gravel and pine needles out of your shoe. Light "
            "padding, quick to dry."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, nylon, elastane",
        "height": "quarter",
        "colours": {"Stone": {"S": 4, "M": 9, "L": 7, "XL": 0}},
    },
    {
        "sku": "FC-TS-ULTRA-CR",
        "brand": "Fellcraft",
        "name": "Ultra Distance Trail Crew",
        "price": "24.95",
        "description": (
            "Full cushioning from heel to toe for runs measured in hours. A double-layer forefoot "
            "cuts friction where ultra runners blister most."
        ),
        "cushioning": "max",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Merino wool, polyester, nylon, elastane",
        "height": "crew",
        "colours": {"Black": {"S": 2, "M": 5, "L": 4, "XL": 1}},
    },
    {
        "sku": "FC-TS-BOG-CR",
        "brand": "Fellcraft",
        "name": "Bogtrotter Waterproof Sock",
        "price": "39.95",
        "description": (
            "Three layers with a waterproof membrane in the middle, for bogs, streams and winter "
            "fell races. Your feet get warm and damp from sweat, but not soaked and cold."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "material": "Merino lining, waterproof membrane, nylon shell",
        "height": "crew",
        "colours": {"Black": {"S": 0, "M": 2, "L": 3, "XL": 0}},
    },
    {
        "sku": "FC-TS-FELL-Q",
        "brand": "Fellcraft",
        "name": "Fell Runner Light Quarter",
        "price": "16.95",
        "description": (
            "Thin and close-fitting for a precise feel in low-profile fell shoes. Dries fast "
            "after a river crossing."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, nylon, elastane",
        "height": "quarter",
        "colours": {"Orange": {"S": 5, "M": 8, "L": 8, "XL": 2}},
    },
    {
        "sku": "NV-TS-MID-CR",
        "brand": "Norrvik",
        "name": "Trail Merino Mid Crew",
        "price": "23.95",
        "description": (
            "Dense merino terry under the foot for long days in the hills. Equally at home on a "
            "hike as on a run."
        ),
        "cushioning": "max",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Merino wool, nylon, elastane",
        "height": "crew",
        "colours": {"Heather Grey": {"S": 3, "M": 7, "L": 6, "XL": 2}},
    },
    {
        "sku": "NV-TS-TOE-Q",
        "brand": "Norrvik",
        "name": "Merino Toe Trail Sock",
        "price": "21.95",
        "description": (
            "Five-toe merino sock for runners whose toes rub together on descents. Light cushion "
            "and a snug heel."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "material": "Merino wool, nylon, elastane",
        "height": "quarter",
        "colours": {"Black": {"S": 0, "M": 0, "L": 0, "XL": 0}},
    },
    {
        "sku": "LL-TS-DIRT-AN",
        "brand": "Loopline",
        "name": "Dirt Road Ankle Sock",
        "price": "14.95",
        "description": (
            "For gravel paths and groomed trails where a crew sock is too much. Light padding, "
            "a reinforced toe and a mesh top."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, nylon, elastane",
        "height": "ankle",
        "colours": {"Sand": {"35-38": 6, "39-42": 12, "43-46": 5}},
    },
    {
        "sku": "PW-TS-ARMOUR-CR",
        "brand": "Pulsewear",
        "name": "Trail Armour Crew",
        "price": "19.95",
        "description": (
            "Abrasion-resistant yarn on the shin and ankle where brambles and rocks catch you. "
            "Medium cushioning and a wicking blend."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "material": "Polyester, nylon, elastane",
        "height": "crew",
        "colours": {"Olive": {"S": 4, "M": 10, "L": 7, "XL": 3}},
    },
]
