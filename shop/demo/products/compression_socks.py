"""Graduated compression socks and calf sleeves; compression_mmhg is the pressure at the ankle."""

PRODUCTS = [
    {
        "sku": "PW-CMP-RUN20",
        "brand": "Pulsewear",
        "name": "Pulse Compression Run Sock",
        "price": "39.95",
        "description": (
            "Graduated 20 mmHg compression from ankle to calf, with a cushioned foot and a flat "
            "toe so you can run in it, not just recover in it."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "compression_mmhg": 20,
        "material": "Nylon, elastane",
        "height": "knee",
        "colours": {
            "Black": {"S": 6, "M": 12, "L": 9, "XL": 3},
            "Electric Blue": {"S": 2, "M": 5, "L": 0, "XL": 1},
        },
    },
    {
        "sku": "PW-CMP-SLV",
        "brand": "Pulsewear",
        "name": "Pulse Calf Sleeve",
        "price": "29.95",
        "description": (
            "Compression for the calf only, so you can keep your favourite running socks. Sized by "
            "calf circumference; measure before you order."
        ),
        "compression_mmhg": 20,
        "moisture_wicking": True,
        "material": "Nylon, elastane",
        "height": "knee",
        "colours": {"Black": {"S": 8, "M": 14, "L": 10, "XL": 4}},
    },
    {
        "sku": "PW-CMP-REC30",
        "brand": "Pulsewear",
        "name": "Max Recovery Sock 30",
        "price": "44.95",
        "description": (
            "Firm 30 mmHg compression for the hours after a marathon or a long trail day. Not "
            "meant for running in, and worth checking with your doctor if you have circulation "
            "problems."
        ),
        "cushioning": "light",
        "compression_mmhg": 30,
        "material": "Nylon, elastane",
        "height": "knee",
        "colours": {"Black": {"S": 0, "M": 3, "L": 2, "XL": 0}},
    },
    {
        "sku": "NV-CMP-MER",
        "brand": "Norrvik",
        "name": "Merino Compression Knee Sock",
        "price": "42.95",
        "description": (
            "Moderate compression with merino against the skin, warm in winter and kind to "
            "sensitive legs. A good choice for long-haul travel to a race."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "compression_mmhg": 18,
        "material": "Merino wool, nylon, elastane",
        "height": "knee",
        "colours": {"Charcoal": {"S": 4, "M": 9, "L": 7, "XL": 2}},
    },
    {
        "sku": "NV-CMP-TRV",
        "brand": "Norrvik",
        "name": "Travel Light Compression Sock",
        "price": "32.95",
        "description": (
            "Gentle 15 mmHg compression for flights, long drives and days on your feet. Easy to "
            "pull on and comfortable enough to forget about."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "compression_mmhg": 15,
        "material": "Merino wool, nylon, elastane",
        "height": "knee",
        "colours": {"Navy": {"S": 7, "M": 13, "L": 11, "XL": 5}},
    },
    {
        "sku": "LL-CMP-HAUL25",
        "brand": "Loopline",
        "name": "Long Haul Compression 25",
        "price": "46.95",
        "description": (
            "Firmer 25 mmHg support for marathoners who like their calves held tight late in the "
            "race. Padded heel and forefoot, and an anti-slip band at the top."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "compression_mmhg": 25,
        "material": "Polyamide, elastane",
        "height": "knee",
        "colours": {"White": {"35-38": 3, "39-42": 6, "43-46": 0}},
    },
    {
        "sku": "KS-CMP-RACE",
        "brand": "Kestrel",
        "name": "Race Compression Sock",
        "price": "42.95",
        "description": (
            "Lightweight 22 mmHg compression with a thin foot for close-fitting racers. Ventilated "
            "shin panel for hot race days."
        ),
        "cushioning": "light",
        "moisture_wicking": True,
        "seamless_toe": True,
        "compression_mmhg": 22,
        "material": "Nylon, elastane",
        "height": "knee",
        "colours": {"Neon Yellow": {"S": 0, "M": 0, "L": 0, "XL": 0}},
    },
    {
        "sku": "FC-CMP-TRAIL",
        "brand": "Fellcraft",
        "name": "Trail Compression Sock",
        "price": "44.95",
        "description": (
            "Compression that copes with mud: a reinforced shin and heel, a cushioned foot and "
            "20 mmHg to keep calves steady on long descents."
        ),
        "cushioning": "medium",
        "moisture_wicking": True,
        "seamless_toe": True,
        "blister_protection": True,
        "compression_mmhg": 20,
        "material": "Merino wool, nylon, elastane",
        "height": "knee",
        "colours": {"Moss": {"S": 3, "M": 6, "L": 5, "XL": 2}},
    },
    {
        "sku": "PW-CMP-EVERY15",
        "brand": "Pulsewear",
        "name": "Everyday Recovery Sock 15",
        "price": "27.95",
        "description": (
            "Light 15 mmHg compression to wear at work the day after a hard session. Looks like a "
            "normal dress sock, feels like a gentle hug."
        ),
        "cushioning": "none",
        "compression_mmhg": 15,
        "material": "Nylon, cotton, elastane",
        "height": "knee",
        "colours": {
            "Black": {"S": 9, "M": 15, "L": 12, "XL": 4},
            "Navy": {"S": 5, "M": 8, "L": 0, "XL": 2},
        },
    },
]
