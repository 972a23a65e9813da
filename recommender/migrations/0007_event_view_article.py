from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("recommender", "0006_foot_mechanics_arch_rules")]

    operations = [
        migrations.AlterField(
            model_name="event",
            name="kind",
            field=models.CharField(
                choices=[
                    ("view_article", "Read an article"),
                    ("view_item", "Viewed a product"),
                    ("select_item", "Clicked a recommendation"),
                    ("add_to_cart", "Added to cart"),
                    ("purchase", "Purchased"),
                ],
                max_length=12,
            ),
        ),
    ]
