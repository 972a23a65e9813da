"""Trail and mixed-surface shoes. Sizes are EU."""

PRODUCTS = [
    {
        "sku": "FC-SCREE-RUNNER-3",
        "brand": "Fellcraft",
        "name": "Scree Runner 3",
        "price": "144.95",
        "description": (
            "A do-everything trail shoe: 5 mm lugs, a flexible rock plate and enough cushioning "
            "for a half-day in the hills. Grips well on wet rock."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 6,
        "stack_mm": 30,
        "weight_g": 290,
        "surface": "trail",
        "material": "Ripstop mesh upper, EVA midsole, sticky rubber outsole",
        "colours": {
            "Moss/Black": {"39": 2, "40": 4, "41": 5, "42": 6, "43": 5, "44": 4, "45": 2, "46": 1},
        },
    },
    {
        "sku": "FC-BOGTROTTER-PRO",
        "brand": "Fellcraft",
        "name": "Bogtrotter Pro",
        "price": "139.95",
        "description": (
            "Aggressive 7 mm lugs for mud, wet grass and soft ground. A snug, low fit that stays "
            "on in a bog. Too much lug for tarmac, so keep it for the fells."
        ),
        "cushioning": "light",
        "support": "neutral",
        "drop_mm": 4,
        "stack_mm": 24,
        "weight_g": 270,
        "surface": "trail",
        "material": "Synthetic upper, EVA midsole, deep-lug rubber outsole",
        "colours": {"Orange/Black": {"39": 1, "40": 3, "41": 0, "42": 4, "43": 2, "44": 2}},
    },
    {
        "sku": "FC-LONGFELL-ULTRA",
        "brand": "Fellcraft",
        "name": "Longfell Ultra",
        "price": "174.95",
        "description": (
            "Thick, protective cushioning for 50 km and beyond. A roomy toe box leaves space for "
            "swelling feet, and a toe bumper shrugs off rocks."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 6,
        "stack_mm": 37,
        "weight_g": 310,
        "surface": "trail",
        "material": "Abrasion-resistant mesh, supercritical foam midsole",
        "colours": {"Slate": {"40": 2, "41": 3, "42": 4, "43": 4, "44": 3, "45": 2, "46": 0}},
    },
    {
        "sku": "FC-RIDGELINE-WP",
        "brand": "Fellcraft",
        "name": "Ridgeline Waterproof",
        "price": "164.95",
        "description": (
            "A waterproof membrane and a gusseted tongue for winter trails and puddled paths. "
            "Warm and dry, though it breathes less than a mesh shoe in summer."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 8,
        "stack_mm": 31,
        "weight_g": 330,
        "surface": "trail",
        "material": "Waterproof membrane upper, EVA midsole",
        "colours": {"Black": {"38": 0, "39": 1, "40": 2, "41": 3, "42": 3, "43": 2, "44": 1}},
    },
    {
        "sku": "FC-FELL-SPRINT",
        "brand": "Fellcraft",
        "name": "Fell Sprint",
        "price": "129.95",
        "description": (
            "Low, light and precise for short fell races and technical descents. Minimal "
            "cushioning gives excellent ground feel."
        ),
        "cushioning": "light",
        "support": "neutral",
        "drop_mm": 4,
        "stack_mm": 21,
        "weight_g": 230,
        "surface": "trail",
        "material": "Synthetic upper, thin EVA midsole, deep-lug outsole",
        "colours": {"Blue": {"39": 0, "40": 0, "41": 0, "42": 0, "43": 0, "44": 0}},
    },
    {
        "sku": "FC-STEADY-TRAIL",
        "brand": "Fellcraft",
        "name": "Steady Trail",
        "price": "154.95",
        "description": (
            "A rare stability trail shoe: a firmer medial sidewall and a wide base keep flat feet "
            "in line on uneven ground."
        ),
        "cushioning": "medium",
        "support": "stability",
        "arch_support": True,
        "drop_mm": 8,
        "stack_mm": 32,
        "weight_g": 305,
        "surface": "trail",
        "material": "Ripstop mesh upper, dual-density EVA midsole",
        "colours": {"Khaki": {"40": 2, "41": 2, "42": 3, "43": 3, "44": 2, "45": 1}},
    },
    {
        "sku": "KS-CROSSOVER",
        "brand": "Kestrel",
        "name": "Crossover Road-to-Trail",
        "price": "134.95",
        "description": (
            "Shallow 3 mm lugs that grip on gravel and park paths yet feel smooth on the pavement "
            "between them. One shoe for the run from your door to the woods."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 8,
        "stack_mm": 31,
        "weight_g": 275,
        "surface": "mixed",
        "material": "Engineered mesh upper, EVA-blend midsole",
        "colours": {
            "Clay": {"38": 2, "39": 3, "40": 5, "41": 6, "42": 6, "42.5": 2, "43": 5, "44": 4},
        },
    },
    {
        "sku": "KS-GLIDE-TRAIL",
        "brand": "Kestrel",
        "name": "Glide Trail",
        "price": "144.95",
        "description": (
            "The Glide's comfortable fit on a grippier, more protective platform. A friendly first "
            "trail shoe for road runners."
        ),
        "cushioning": "medium",
        "support": "neutral",
        "drop_mm": 8,
        "stack_mm": 32,
        "weight_g": 285,
        "surface": "trail",
        "material": "Mesh upper with TPU overlays, EVA midsole",
        "colours": {"Forest": {"39": 3, "40": 4, "41": 6, "42": 7, "43": 5, "44": 4, "45": 2}},
    },
    {
        "sku": "VL-FLOAT-TRAIL",
        "brand": "Velora",
        "name": "Float Trail",
        "price": "164.95",
        "description": (
            "The soft Float ride with 4 mm lugs and a wider footprint. Made for long, runnable "
            "trails where comfort matters more than agility."
        ),
        "cushioning": "max",
        "support": "neutral",
        "drop_mm": 5,
        "stack_mm": 36,
        "weight_g": 300,
        "surface": "trail",
        "material": "Knit upper with rubber overlays, TPU-bead midsole",
        "colours": {"Teal": {"38": 1, "39": 2, "40": 0, "41": 3, "42": 4, "43": 3, "44": 2}},
    },
    {
        "sku": "VL-GRAVEL-PATH",
        "brand": "Velora",
        "name": "Gravel Path",
        "price": "124.95",
        "description": (
            "Light and nimble for towpaths, forest roads and parkrun courses. A durable outsole "
            "that handles tarmac sections without wearing down."
        ),
        "cushioning": "light",
        "support": "neutral",
        "drop_mm": 6,
        "stack_mm": 27,
        "weight_g": 250,
        "surface": "mixed",
        "material": "Engineered mesh upper, EVA midsole",
        "colours": {"Dune": {"39": 2, "40": 3, "41": 4, "42": 5, "43": 3, "44": 2, "45": 1}},
    },
]
