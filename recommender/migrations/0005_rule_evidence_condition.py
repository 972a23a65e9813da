from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("recommender", "0004_default_rules")]

    operations = [
        migrations.AddField(
            model_name="causeproductrule",
            name="evidence_condition",
            field=models.TextField(
                blank=True,
                help_text=(
                    "Optional: the rule counts only when the sentences that raised the cause "
                    "mention these words. Commas mean any of them; 'not (...)' rules words out; "
                    "'and', 'or' and one line per requirement combine them. Each word matches a "
                    "word start, so 'supinat' also finds 'supination'. Example: high arch, "
                    "supinat, roll outward. Empty: always."
                ),
                verbose_name="applies when the evidence mentions",
            ),
        ),
    ]
