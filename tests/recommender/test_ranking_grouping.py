"""The article page's "shop the fix" groups: short lists per cause, few repeats."""

from recommender.ranking import RankedProduct, Reason, group_by_cause


def product(product_id, *causes, score=1.0, pinned=False):
    return RankedProduct(
        product_id=product_id,
        sku=f"SW-{product_id:04d}",
        score=score,
        reasons=tuple(
            Reason(cause_slug=cause, text=f"{cause} reason", evidence=f"{cause} sentence")
            for cause in causes
        ),
        pinned=pinned,
    )


def layout(groups):
    return {group.cause_slug: [item.product_id for item in group.products] for group in groups}


def test_products_are_grouped_by_cause_with_that_causes_reason():
    ranked = [product(1, "socks"), product(2, "surfaces"), product(3, "socks")]
    groups = group_by_cause(ranked)
    assert [group.cause_slug for group in groups] == ["socks", "surfaces"]
    assert layout(groups) == {"socks": [1, 3], "surfaces": [2]}
    assert groups[0].products[0].reason == Reason("socks", "socks reason", "socks sentence")


def test_each_group_stays_short():
    ranked = [product(n, "socks") for n in range(1, 10)]
    assert layout(group_by_cause(ranked, per_cause=3)) == {"socks": [1, 2, 3]}


def test_a_product_is_not_repeated_in_every_group_unless_it_is_the_best_there():
    ranked = [
        product(1, "socks", "surfaces", "footwear"),  # best for all three causes
        product(2, "socks", "surfaces"),
        product(3, "surfaces"),
        product(4, "socks", "footwear"),
    ]
    groups = group_by_cause(ranked, per_cause=2)
    assert layout(groups) == {"socks": [1, 2], "surfaces": [1, 3], "footwear": [1, 4]}


def test_a_cause_whose_products_were_all_shown_keeps_its_best_one():
    ranked = [product(1, "socks"), product(2, "socks", "surfaces"), product(3, "surfaces")]
    groups = group_by_cause(ranked, per_cause=2, cause_order=["socks", "surfaces"])
    assert layout(groups) == {"socks": [1, 2], "surfaces": [2, 3]}


def test_cause_order_can_be_given_and_causes_without_products_are_left_out():
    ranked = [product(1, "socks"), product(2, "surfaces")]
    groups = group_by_cause(ranked, cause_order=["surfaces", "posture", "socks"])
    assert [group.cause_slug for group in groups] == ["surfaces", "socks"]


def test_staff_pins_for_a_cause_lead_that_group():
    ranked = [product(1, "socks"), product(2, "socks"), product(3, "socks", "surfaces")]
    groups = group_by_cause(ranked, per_cause=2, pinned_by_cause={"socks": [3, 99]})
    assert layout(groups)["socks"] == [3, 1]
    assert groups[0].products[0].pinned
    assert layout(groups)["surfaces"] == [3]  # the only product for that cause
