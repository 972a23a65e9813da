"""Turning the bytes of a CSV or TSV file into rows with line numbers, or saying why not."""

import csv
import io

from shop.imports.records import SourceRow
from shop.imports.report import RowError
from shop.imports.values import spreadsheet_unquote

MAX_ERRORS_PER_PARSE = 200
_DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}


def text_decode(data: bytes) -> tuple[str | None, RowError | None]:
    """The file's text, or an error saying why it is not a UTF-8 text file."""
    if data.startswith(b"PK\x03\x04"):
        return None, RowError(
            "this is a spreadsheet workbook (XLSX or ODS); save it as CSV (UTF-8)"
        )
    if b"\x00" in data[:65536]:
        return None, RowError("this is a binary file, not a text file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        return None, RowError(
            f"the file is not UTF-8 text (byte 0x{byte}); save it as CSV UTF-8", line=line
        )


def table_read(
    text: str, *, delimiter: str, format_name: str
) -> tuple[list[str], list[SourceRow], list[RowError]]:
    """Read a header row and the records under it. Each row keeps the line it starts on."""
    errors: list[RowError] = []
    rows: list[SourceRow] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 1
    previous_end = 0
    while len(errors) < MAX_ERRORS_PER_PARSE:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(RowError(_csv_problem(exc, format_name), line=previous_end + 1))
            previous_end = reader.line_num
            continue
        start, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header, header_line = [cell.strip() for cell in cells], start
            errors.extend(_header_check(header, header_line, delimiter, format_name))
            if errors:
                return header, [], errors
            continue
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            errors.append(
                RowError(
                    f"the row has {len(cells)} cells but the header has {len(header)}; "
                    "check the quoting of cells that contain the separator",
                    line=start,
                )
            )
            continue
        values = {
            column: spreadsheet_unquote(cells[index]) if index < len(cells) else ""
            for index, column in enumerate(header)
        }
        rows.append(SourceRow(line=start, values=values))
    if header is None and not errors:
        errors.append(RowError("the file is empty: a header row is required", line=1))
    return header or [], rows, errors


def _csv_problem(exc: csv.Error, format_name: str) -> str:
    detail = str(exc)
    if "expected after" in detail:
        reason = (
            "a quoted cell has text after its closing quote; write a quote inside a quoted "
            'cell as two quotes ("")'
        )
    elif "unexpected end of data" in detail:
        reason = "a quoted cell is never closed"
    elif "field larger than field limit" in detail:
        reason = "a cell is larger than the 128 KB limit"
    else:
        reason = detail
    return f"malformed {format_name}: {reason}"


def _header_check(header: list[str], line: int, delimiter: str, format_name: str) -> list[RowError]:
    if len(header) == 1:
        for other, name in _DELIMITER_NAMES.items():
            if other != delimiter and other in header[0]:
                return [
                    RowError(
                        f"the columns are separated by {name}; {format_name} uses "
                        f"{_DELIMITER_NAMES[delimiter]}",
                        line=line,
                    )
                ]
    errors = []
    seen: set[str] = set()
    for column in header:
        if column in seen and column:
            errors.append(RowError("this column appears twice", line=line, column=column))
        seen.add(column)
    return errors


def columns_require(
    header: list[str], required: tuple[str, ...], *, line: int = 1
) -> list[RowError]:
    present = {column.lower() for column in header}
    return [
        RowError("required column is missing", line=line, column=column)
        for column in required
        if column.lower() not in present
    ]
