from django.db import migrations

CATEGORIES = [
    ("running-socks", "Running socks", "Light, wicking socks made for road miles."),
    ("compression-socks", "Compression socks", "Graduated compression for support and recovery."),
    ("trail-socks", "Trail socks", "Tougher, cushioned socks for rough ground."),
    ("running-shoes", "Running shoes", "Road shoes from light racers to max-cushion trainers."),
    ("trail-shoes", "Trail shoes", "Grip and protection for dirt, rock and mud."),
    ("insoles", "Insoles", "Arch support and cushioning inside the shoe you already own."),
]


def create(apps, schema_editor):
    Category = apps.get_model("shop", "Category")
    for position, (slug, name, description) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
