"""The plugin boundary: content sends these, the recommender listens.

Both are sent from services only, after the surrounding transaction commits, with
``sender=Article`` and ``article=<instance>``.
"""

from django.dispatch import Signal

# An article was created, or its title, body or status changed.
article_saved = Signal()

# An article became published (it was a draft, or did not exist, a moment ago).
article_published = Signal()
