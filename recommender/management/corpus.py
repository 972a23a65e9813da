"""Reading labelled detection files for management commands: problems become CommandErrors."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.management.base import CommandError

from recommender.detection.evaluation import CorpusError, Example, load_examples


def labelled_examples(paths: Iterable[str]) -> list[Example]:
    """Every example in ``paths``, in order; a file that cannot be read, or no example at all,
    is a CommandError naming the problem."""
    examples: list[Example] = []
    for path in paths:
        try:
            examples.extend(load_examples(path))
        except CorpusError as exc:
            raise CommandError(str(exc)) from exc
    if not examples:
        raise CommandError("no labelled examples in the given files")
    return examples
