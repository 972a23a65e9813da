from datetime import timedelta

from django.db import migrations

FLOWS = [
    {
        "kind": "article_followup",
        "delay": timedelta(days=3),
        "subject": "Products that help with what you read about",
        "intro": "A few days ago you read \u201c{title}\u201d. These are the products that help "
        "with the causes it talks about.",
    },
    {
        "kind": "symptom_check_plan",
        "delay": timedelta(0),
        "subject": "Your running plan",
        "intro": "Here is the plan you asked for, with products chosen for what you described.",
    },
    {
        "kind": "symptom_check_checkin",
        "delay": timedelta(days=7),
        "subject": "How is your running going?",
        "intro": "A week ago you asked for a plan. If the pain is still there, these may help; "
        "if it is getting worse, please see a medical professional.",
    },
    {
        "kind": "post_purchase_complementary",
        "delay": timedelta(hours=2),
        "subject": "Goes well with your {title}",
        "intro": "Thank you for your order. Runners who bought {title} also look after this.",
    },
    {
        "kind": "post_purchase_replacement",
        "delay": timedelta(days=150),
        "subject": "Time to think about new shoes?",
        "intro": "Running shoes lose their cushioning after a few hundred miles. Your {title} "
        "may be ready for a successor.",
    },
]


def add_default_flows(apps, schema_editor):
    Flow = apps.get_model("campaigns", "Flow")
    for flow in FLOWS:
        Flow.objects.get_or_create(kind=flow["kind"], defaults=flow)


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0001_initial")]

    operations = [migrations.RunPython(add_default_flows, migrations.RunPython.noop)]
