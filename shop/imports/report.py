"""What an import tells the person who ran it: counts, or every problem with where it is."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowError:
    """One problem in the file. ``line`` is the physical line the record starts on (1 = header)."""

    message: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.line is not None and self.column:
            return f"line {self.line}, column {self.column}: {self.message}"
        if self.line is not None:
            return f"line {self.line}: {self.message}"
        return self.message


class CellError(ValueError):
    """A single cell could not be read; the caller knows the line and column."""


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    file_format: str
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)
    products: Counts = field(default_factory=Counts)
    variants: Counts = field(default_factory=Counts)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            noun = "error" if len(self.errors) == 1 else "errors"
            return f"{len(self.errors)} {noun}; nothing was written."
        outcome = "Dry run: nothing was saved." if self.dry_run else "Saved."
        return (
            f"Products: {self.products.created} created, {self.products.updated} updated, "
            f"{self.products.unchanged} unchanged. Variants: {self.variants.created} created, "
            f"{self.variants.updated} updated, {self.variants.unchanged} unchanged. {outcome}"
        )
