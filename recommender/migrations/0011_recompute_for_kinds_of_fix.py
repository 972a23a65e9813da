"""Stored recommendations are recomputed: the ranker now shows each kind of fix early.

Ranking changed without a rule or catalog change (each strong kind of fix among the first
picks, near-identical products kept apart by kind rather than by category), so every
stored row is marked stale: the next request or the periodic sweep recomputes it (a cached
copy lasts until CACHE_TIMEOUT at most).
"""

from django.db import migrations


def mark_all_stale(apps, schema_editor):
    ArticleRecommendation = apps.get_model("recommender", "ArticleRecommendation")
    ArticleRecommendation.objects.filter(stale=False).update(stale=True)


class Migration(migrations.Migration):
    dependencies = [("recommender", "0010_everyday_shoes_for_pain")]
    operations = [migrations.RunPython(mark_all_stale, migrations.RunPython.noop)]
