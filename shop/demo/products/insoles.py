"""Insoles. Sizes cover EU ranges: S 35-38, M 39-41, L 42-44, XL 45-47."""

PRODUCTS = [
    {
        "sku": "AW-ARCHLOCK-HIGH",
        "brand": "Arcwell",
        "name": "ArchLock High Arch Insole",
        "price": "44.95",
        "description": (
            "A tall, contoured arch fills the gap under a high-arched foot so pressure spreads "
            "along the sole instead of piling onto the heel and forefoot."
        ),
        "arch_support": True,
        "support": "neutral",
        "cushioning": "medium",
        "material": "PU foam, nylon arch shell",
        "colours": {"Blue": {"S": 5, "M": 9, "L": 7, "XL": 3}},
    },
    {
        "sku": "AW-FLATFOOT-STAB",
        "brand": "Arcwell",
        "name": "FlatFoot Stability Insole",
        "price": "49.95",
        "description": (
            "A firm medial post and a deep heel cup that control inward roll. Our most common "
            "recommendation for flat feet and overpronation in a neutral shoe."
        ),
        "arch_support": True,
        "support": "stability",
        "cushioning": "light",
        "material": "EVA foam, TPU stabiliser",
        "colours": {"Black": {"S": 4, "M": 8, "L": 0, "XL": 2}},
    },
    {
        "sku": "AW-CUSHION-MAX",
        "brand": "Arcwell",
        "name": "Cushion Max Insole",
        "price": "29.95",
        "description": (
            "Extra softness for shoes that feel harsh on hard pavements. No arch correction, "
            "just a thick, springy layer from heel to toe."
        ),
        "support": "neutral",
        "cushioning": "max",
        "material": "Open-cell PU foam",
        "colours": {"Grey": {"S": 8, "M": 14, "L": 12, "XL": 5}},
    },
    {
        "sku": "AW-RUN-MEDIUM",
        "brand": "Arcwell",
        "name": "Run Medium Arch Insole",
        "price": "39.95",
        "description": (
            "A moderate arch and a gentle heel cup for most feet. A good first insole if your "
            "shoes feel flat and unsupportive."
        ),
        "arch_support": True,
        "support": "neutral",
        "cushioning": "medium",
        "material": "EVA foam, fabric top sheet",
        "colours": {"Green": {"S": 6, "M": 11, "L": 10, "XL": 4}},
    },
    {
        "sku": "AW-HEEL-RELIEF",
        "brand": "Arcwell",
        "name": "Heel Relief Insole",
        "price": "46.95",
        "description": (
            "A cushioned heel pad inside a deep cup, with firm arch support to take strain off "
            "the plantar fascia. Designed with heel pain in mind."
        ),
        "arch_support": True,
        "support": "stability",
        "cushioning": "medium",
        "material": "PU foam, gel heel pad, nylon shell",
        "colours": {"Black": {"S": 3, "M": 0, "L": 6, "XL": 2}},
    },
    {
        "sku": "AW-RACE-THIN",
        "brand": "Arcwell",
        "name": "Race Thin Arch Insole",
        "price": "42.95",
        "description": (
            "Low-profile support for tight racing shoes and spikes. A thin carbon-fibre arch adds "
            "structure without taking up space."
        ),
        "arch_support": True,
        "support": "neutral",
        "cushioning": "light",
        "material": "Carbon-fibre arch, EVA top layer",
        "colours": {"Black": {"S": 2, "M": 4, "L": 4, "XL": 1}},
    },
    {
        "sku": "AW-TRAIL-SHIELD",
        "brand": "Arcwell",
        "name": "Trail Shield Insole",
        "price": "39.95",
        "description": (
            "Medium arch support plus a puncture-resistant forefoot layer for rocky trails. Dries "
            "quickly after stream crossings."
        ),
        "arch_support": True,
        "support": "neutral",
        "cushioning": "medium",
        "material": "EVA foam, aramid forefoot layer",
        "colours": {"Orange": {"S": 3, "M": 6, "L": 5, "XL": 2}},
    },
    {
        "sku": "AW-HEATMOULD",
        "brand": "Arcwell",
        "name": "Heat-Mould Custom Fit Insole",
        "price": "59.95",
        "description": (
            "Warm it in the oven, stand on it for two minutes, and it takes the shape of your "
            "foot. Firm support for runners who have tried everything off the shelf."
        ),
        "arch_support": True,
        "support": "stability",
        "cushioning": "medium",
        "material": "Thermo-formable EVA, cork heel",
        "colours": {"Black": {"S": 0, "M": 0, "L": 0, "XL": 0}},
    },
    {
        "sku": "PW-GEL-COMFORT",
        "brand": "Pulsewear",
        "name": "Gel Comfort Insole",
        "price": "24.95",
        "description": (
            "Gel pads under the heel and forefoot for long shifts on hard floors and easy runs. "
            "Trim to fit."
        ),
        "support": "neutral",
        "cushioning": "max",
        "material": "Silicone gel, PU foam",
        "colours": {"Blue": {"S": 10, "M": 18, "L": 15, "XL": 6}},
    },
    {
        "sku": "KS-FOOTBED",
        "brand": "Kestrel",
        "name": "Replacement Running Footbed",
        "price": "19.95",
        "description": (
            "A fresh version of the insole that comes in Kestrel shoes. Swap it in when the "
            "original has packed down and your shoes still have life in them."
        ),
        "support": "neutral",
        "cushioning": "light",
        "material": "Moulded EVA, mesh top",
        "colours": {"Grey": {"S": 7, "M": 12, "L": 11, "XL": 5}},
    },
]
