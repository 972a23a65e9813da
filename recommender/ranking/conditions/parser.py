"""Parse the text staff type into a condition tree, with errors that say where and what.

One condition per line; lines are joined with ``and``. Within a line ``and``, ``or`` and
parentheses combine comparisons (``and`` binds tighter). A ``#`` starts a comment.

    moisture_wicking = true
    cushioning in (medium, max)
    compression_mmhg >= 15
    height >= crew                          # cushioning and height have an order
    blister_protection or seamless_toe      # a bare yes/no attribute means "= true"
    material contains merino

Every problem on every line is reported at once, as ``ConditionError`` items of one
``ConditionSyntaxError``.
"""

from __future__ import annotations

import difflib
import re

from .catalogue import DEFAULT_CATALOGUE, AttributeSpec, Catalogue, Kind
from .nodes import (
    LIST_OPS,
    MATCH_ALL,
    ORDERING_OPS,
    Comparison,
    Condition,
    Op,
    Scalar,
    all_of,
    any_of,
)
from .values import (
    ConditionError,
    ConditionSyntaxError,
    LineError,
    Token,
    tokenize,
    value_parse,
    value_sort_key,
)

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<comment>\#.*)
    | (?P<op>!=|<=|>=|==|=|<|>)
    | (?P<lparen>\()
    | (?P<rparen>\))
    | (?P<comma>,)
    | (?P<string>"[^"]*"|'[^']*')
    | (?P<number>-?\d+(?:\.\d+)?(?![\w.\-]))
    | (?P<word>[\w][\w.\-]*)
    )""",
    re.VERBOSE,
)
MAX_NESTING = 10  # parentheses within parentheses; deeper text is refused, not recursed into
_OPS = {"=": Op.EQ, "==": Op.EQ, "!=": Op.NE, "<": Op.LT, "<=": Op.LE, ">": Op.GT, ">=": Op.GE}


_KEYWORDS = frozenset({"and", "or", "not", "in", "contains"})


def _tokenize(line: str) -> list[Token]:
    return tokenize(line, _TOKEN, _KEYWORDS)


class _LineParser:
    """Recursive descent over one line: expr := conj ('or' conj)*; conj := term ('and' term)*."""

    def __init__(self, tokens: list[Token], catalogue: Catalogue) -> None:
        self.tokens = tokens
        self.position = 0
        self.catalogue = catalogue
        self.depth = 0

    def parse(self) -> Condition:
        condition = self._expr()
        if self.position < len(self.tokens):
            raise LineError(f"unexpected '{self.tokens[self.position].text}'")
        return condition

    def _peek(self, kind: str, text: str | None = None) -> bool:
        if self.position >= len(self.tokens):
            return False
        token = self.tokens[self.position]
        return token.kind == kind and (text is None or token.text == text)

    def _take(self) -> Token | None:
        if self.position >= len(self.tokens):
            return None
        self.position += 1
        return self.tokens[self.position - 1]

    def _expect(self, kind: str, what: str) -> Token:
        token = self._take()
        if token is None:
            raise LineError(f"expected {what} at the end of the line")
        if token.kind != kind:
            raise LineError(f"expected {what}, found '{token.text}'")
        return token

    def _expr(self) -> Condition:
        items = [self._conj()]
        while self._peek("keyword", "or"):
            self._take()
            items.append(self._conj())
        return any_of(items)

    def _conj(self) -> Condition:
        items = [self._term()]
        while self._peek("keyword", "and"):
            self._take()
            items.append(self._term())
        return all_of(items)

    def _term(self) -> Condition:
        if self._peek("lparen"):
            self._take()
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise LineError(f"too many nested parentheses (at most {MAX_NESTING})")
            condition = self._expr()
            self._expect("rparen", "')'")
            self.depth -= 1
            return condition
        if self._peek("keyword", "not"):
            self._take()
            spec = self._attribute()
            if spec.kind is not Kind.BOOLEAN:
                raise LineError(
                    f"'not {spec.name}' needs a yes/no attribute; use != or not in", spec.name
                )
            return Comparison(spec, Op.EQ, False)
        spec = self._attribute()
        op = self._operator(spec)
        if op is None:
            return Comparison(spec, Op.EQ, True)
        if op in LIST_OPS:
            return Comparison(spec, op, self._value_list(spec))
        return Comparison(spec, op, self._value(spec, op))

    def _attribute(self) -> AttributeSpec:
        token = self._take()
        if token is None:
            raise LineError("expected an attribute name at the end of the line")
        if token.kind != "word":
            raise LineError(f"expected an attribute name, found '{token.text}'")
        spec = self.catalogue.resolve(token.text)
        if spec is None:
            close = difflib.get_close_matches(token.text, self.catalogue.names, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise LineError(f"unknown attribute '{token.text}'{hint}", token.text)
        return spec

    def _operator(self, spec: AttributeSpec) -> Op | None:
        """The operator after an attribute, or None for a bare yes/no attribute."""
        token = self._take()
        at_end = token is None or token.kind == "rparen" or token.text in ("and", "or")
        if at_end and spec.kind is Kind.BOOLEAN:
            if token is not None:
                self.position -= 1
            return None
        if token is None:
            raise LineError(f"{spec.name} needs an operator and a value", spec.name)
        if token.kind == "op":
            op = _OPS[token.text]
        elif token.text == "in":
            op = Op.IN
        elif token.text == "contains":
            op = Op.CONTAINS
        elif token.text == "not" and self._peek("keyword", "in"):
            self._take()
            op = Op.NOT_IN
        else:
            raise LineError(
                f"expected an operator after {spec.name} (=, !=, <, <=, >, >=, in, not in), "
                f"found '{token.text}'",
                spec.name,
            )
        _check_operator(spec, op)
        return op

    def _value_list(self, spec: AttributeSpec) -> tuple[Scalar, ...]:
        self._expect("lparen", f"'(' and a list of values after '{spec.name} in'")
        values = [self._value(spec, Op.IN)]
        while self._peek("comma"):
            self._take()
            values.append(self._value(spec, Op.IN))
        self._expect("rparen", "')' to close the list")
        # Sorted and without repeats, so equal lists give equal trees and one canonical text.
        return tuple(sorted(set(values), key=lambda value: value_sort_key(spec, value)))

    def _value(self, spec: AttributeSpec, op: Op) -> Scalar:
        token = self._take()
        if token is None or token.kind not in ("word", "number", "string"):
            found = "nothing" if token is None else f"'{token.text}'"
            raise LineError(f"{spec.name} {op} needs a value, found {found}", spec.name)
        text = token.text[1:-1] if token.kind == "string" else token.text
        return value_parse(spec, text)


def _check_operator(spec: AttributeSpec, op: Op) -> None:
    if spec.kind is Kind.BOOLEAN and op not in (Op.EQ, Op.NE):
        raise LineError(f"{spec.name} is yes/no: use = true, = false or !=", spec.name)
    if op in ORDERING_OPS and not (spec.numeric or spec.ordered):
        raise LineError(f"{spec.name} has no order: use =, != or in (...) with it", spec.name)
    if op is Op.CONTAINS and spec.kind is not Kind.TEXT:
        raise LineError(f"'contains' works on text attributes, not on {spec.name}", spec.name)


def parse_conditions(text: str, *, catalogue: Catalogue = DEFAULT_CATALOGUE) -> Condition:
    """The condition tree for ``text``; blank text matches every product.

    Raises ConditionSyntaxError listing every faulty line.
    """
    conditions: list[Condition] = []
    errors: list[ConditionError] = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        try:
            tokens = _tokenize(line)
            if tokens:
                conditions.append(_LineParser(tokens, catalogue).parse())
        except LineError as exc:
            errors.append(ConditionError(line=number, message=exc.message, attribute=exc.attribute))
    if errors:
        raise ConditionSyntaxError(errors)
    return all_of(conditions) if conditions else MATCH_ALL


def selector_build(
    *,
    categories: tuple[str, ...] | list[str] = (),
    text: str = "",
    catalogue: Catalogue = DEFAULT_CATALOGUE,
) -> Condition:
    """A rule's whole selector: its categories (any of them) and its conditions (all of them)."""
    condition = parse_conditions(text, catalogue=catalogue)
    if not categories:
        return condition
    spec = catalogue.resolve("category")
    try:
        values = tuple(
            sorted(
                {value_parse(spec, slug) for slug in categories},
                key=lambda v: value_sort_key(spec, v),
            )
        )
    except LineError as exc:
        raise ConditionSyntaxError([ConditionError(0, exc.message, "category")]) from None
    category = (
        Comparison(spec, Op.EQ, values[0]) if len(values) == 1 else Comparison(spec, Op.IN, values)
    )
    return all_of([category, condition])
