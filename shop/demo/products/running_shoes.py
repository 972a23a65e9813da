"""Road running shoes, from track spikes to max-cushion trainers. Sizes are EU."""

PRODUCTS = [
    {
        "sku": "KS-GLIDE-5",
        "brand": "Kestrel",
        "name": "Glide 5",
        "price": "139.95",
        "description": (
            "The all-rounder: balanced cushioning, an 8 mm drop and a roomy toe box. If you only "
            "own one pair of running shoes, this is a safe one to own."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 8,
        "stack_mm": 32,
        "weight_g": 265,
        "surface": "road",
        "material": "Engineered mesh upper, EVA-blend midsole",
        "colours": {
            "Black": {"39": 3, "40": 6, "41": 8, "42": 9, "42.5": 4, "43": 7, "44": 5, "45": 2},
            "Ocean Blue": {"38": 1, "39": 2, "40": 0, "41": 4, "42": 3, "43": 0, "44": 2},
        },
    },
    {
        "sku": "KS-CLOUDBANK-MAX",
        "brand": "Kestrel",
        "name": "Cloudbank Max",
        "price": "169.95",
        "description": (
            "Deep, soft foam for long runs and recovery days. The wide base keeps it steady "
            "despite the height, and the rocker helps you roll through each step."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 6,
        "stack_mm": 40,
        "weight_g": 295,
        "surface": "road",
        "material": "Knit upper, supercritical foam midsole",
        "colours": {
            "White/Lilac": {"38": 2, "39": 4, "40": 5, "41": 3, "42": 0, "43": 0},
            "Graphite": {"41": 3, "42": 5, "43": 4, "44": 6, "45": 2, "46": 1, "47": 0},
        },
    },
    {
        "sku": "KS-STEADFAST-3",
        "brand": "Kestrel",
        "name": "Steadfast 3",
        "price": "149.95",
        "description": (
            "A stability trainer with a firmer medial post that gently limits inward roll. For "
            "runners with flat feet or overpronation who still want a smooth ride."
        ),
        "cushioning": "medium",
        "support": "stability",
        "arch_support": True,
        "drop_mm": 10,
        "stack_mm": 33,
        "weight_g": 290,
        "surface": "road",
        "material": "Engineered mesh upper, dual-density EVA midsole",
        "colours": {
            "Navy": {"39": 2, "40": 5, "41": 7, "42": 8, "43": 6, "44": 4, "45": 3, "46": 1},
        },
    },
    {
        "sku": "KS-STEADFAST-MAX",
        "brand": "Kestrel",
        "name": "Steadfast Max",
        "price": "174.95",
        "description": (
            "Maximum cushioning with guide rails on both sides of the heel. Popular with heavier "
            "runners and anyone whose ankles tire late in a long run."
        ),
        "cushioning": "max",
        "support": "stability",
        "arch_support": True,
        "drop_mm": 8,
        "stack_mm": 39,
        "weight_g": 305,
        "surface": "road",
        "material": "Knit upper, dual-density foam midsole",
        "colours": {
            "Black": {"40": 1, "41": 2, "42": 0, "43": 3, "44": 2, "45": 0, "46": 1, "47": 1},
        },
    },
    {
        "sku": "KS-TEMPO-FLIGHT-2",
        "brand": "Kestrel",
        "name": "Tempo Flight 2",
        "price": "149.95",
        "description": (
            "Light and lively for intervals and tempo runs, firm enough to feel the road. Pairs "
            "well with a softer daily trainer."
        ),
        "cushioning": "light",
        "support": "neutral",
        "drop_mm": 6,
        "stack_mm": 30,
        "weight_g": 220,
        "surface": "road",
        "material": "Monomesh upper, PEBA-blend midsole",
        "colours": {
            "Volt": {"39": 2, "40": 4, "41": 5, "42": 6, "42.5": 2, "43": 5, "44": 3, "45": 1},
        },
    },
    {
        "sku": "KS-TRACKLINE-SPIKE",
        "brand": "Kestrel",
        "name": "Trackline Spike",
        "price": "119.95",
        "description": (
            "A middle-distance spike with a flexible plate and six removable pins. For the track "
            "only; use a trainer for your warm-up."
        ),
        "cushioning": "none",
        "support": "neutral",
        "drop_mm": 4,
        "stack_mm": 15,
        "weight_g": 140,
        "surface": "track",
        "material": "Mesh upper, nylon plate",
        "colours": {"White/Red": {"39": 0, "40": 2, "41": 3, "42": 2, "43": 1, "44": 0}},
    },
    {
        "sku": "KS-DAILY-MILES",
        "brand": "Kestrel",
        "name": "Daily Miles",
        "price": "99.95",
        "description": (
            "A dependable, affordable trainer for new runners. Plenty of cushioning, a durable "
            "rubber outsole and a traditional 10 mm drop."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 10,
        "stack_mm": 31,
        "weight_g": 280,
        "surface": "road",
        "material": "Mesh upper, EVA midsole",
        "colours": {
            "Grey/Teal": {"38": 4, "39": 6, "40": 8, "41": 9, "42": 10, "43": 7, "44": 6, "45": 3},
        },
    },
    {
        "sku": "VL-AERO-CARBON",
        "brand": "Velora",
        "name": "Aero Carbon Racer",
        "price": "249.95",
        "description": (
            "A full-length carbon plate inside bouncy, race-legal foam. Built for half marathons "
            "and marathons, not for every day: save it for race day and a few key sessions."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 8,
        "stack_mm": 39.5,
        "weight_g": 195,
        "surface": "road",
        "material": "Translucent mesh upper, PEBA foam, carbon plate",
        "colours": {
            "Coral": {"39": 0, "40": 1, "41": 2, "42": 0, "42.5": 1, "43": 2, "44": 0, "45": 0},
        },
    },
    {
        "sku": "VL-FLOAT-4",
        "brand": "Velora",
        "name": "Float 4",
        "price": "159.95",
        "description": (
            "Soft, bouncy and easy on tired legs. The Float 4 has a low 5 mm drop, so give your "
            "calves a few weeks if you are coming from a traditional shoe."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 5,
        "stack_mm": 38,
        "weight_g": 260,
        "surface": "road",
        "material": "Knit upper, TPU-bead midsole",
        "colours": {
            "Sky": {"38": 3, "39": 5, "40": 6, "41": 4, "42": 7, "43": 6, "44": 3, "45": 2},
        },
    },
    {
        "sku": "VL-FLOAT-4-WIDE",
        "brand": "Velora",
        "name": "Float 4 Wide",
        "price": "159.95",
        "description": (
            "Everything about the Float 4, on a wider last with more room across the forefoot. "
            "Ideal if normal widths squeeze your little toe."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 5,
        "stack_mm": 38,
        "weight_g": 270,
        "surface": "road",
        "material": "Knit upper, TPU-bead midsole",
        "colours": {"Black": {"40": 2, "41": 3, "42": 3, "43": 2, "44": 2, "45": 1, "46": 1}},
    },
    {
        "sku": "VL-GUIDE-TEMPO",
        "brand": "Velora",
        "name": "Guide Tempo",
        "price": "154.95",
        "description": (
            "Stability without the weight. A firmer sidewall on the inside keeps the foot aligned "
            "at faster paces, which makes it a rare stability shoe for speedwork."
        ),
        "cushioning": "medium",
        "support": "stability",
        "drop_mm": 8,
        "stack_mm": 33,
        "weight_g": 245,
        "surface": "road",
        "material": "Engineered mesh upper, dual-density foam",
        "colours": {"Red": {"39": 0, "40": 0, "41": 0, "42": 0, "43": 0, "44": 0, "45": 0}},
    },
    {
        "sku": "VL-ZERO-ROAD",
        "brand": "Velora",
        "name": "Zero Road",
        "price": "129.95",
        "description": (
            "A level platform from heel to toe and a wide, foot-shaped toe box. Moderate "
            "cushioning keeps it friendly, but switch over gradually."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 0,
        "stack_mm": 28,
        "weight_g": 245,
        "surface": "road",
        "material": "Recycled mesh upper, EVA midsole",
        "colours": {"Sand": {"38": 2, "39": 3, "40": 4, "41": 5, "42": 4, "43": 3, "44": 2}},
    },
    {
        "sku": "VL-STREET-FLAT-2",
        "brand": "Velora",
        "name": "Street Flat 2",
        "price": "109.95",
        "description": (
            "A thin, flexible racing flat for 5 and 10 km races and strides. Very little between "
            "you and the road, so best for experienced, efficient runners."
        ),
        "cushioning": "light",
        "support": "neutral",
        "drop_mm": 4,
        "stack_mm": 20,
        "weight_g": 185,
        "surface": "road",
        "material": "Mesh upper, rubber outsole, EVA midsole",
        "colours": {"Yellow": {"39": 2, "40": 3, "41": 3, "42": 4, "43": 2, "44": 1}},
    },
    {
        "sku": "VL-EASE-WALKRUN",
        "brand": "Velora",
        "name": "Ease Walk-Run",
        "price": "114.95",
        "description": (
            "Designed for run-walk beginners and recovery days. Plush heel, a gentle rocker and "
            "a padded collar that is kind to sensitive Achilles tendons."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 10,
        "stack_mm": 36,
        "weight_g": 285,
        "surface": "road",
        "material": "Mesh upper, EVA midsole",
        "colours": {
            "Blush": {"38": 3, "39": 5, "40": 4, "41": 2, "42": 1},
            "Storm Grey": {"41": 4, "42": 6, "43": 5, "44": 3, "45": 2, "46": 1},
        },
    },
]
