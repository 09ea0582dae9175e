"""The report as flat records, one per claim, for ``csv.DictWriter``, a DataFrame or a spreadsheet.

Every value is a string, a number or None (no nested lists or dicts), so the records load into
any table as they are. Figures are ints or floats (as in ``to_dict``) so a DataFrame's value
columns are numeric; a date claim has no number and gives its ISO date in ``date`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import Unit

if TYPE_CHECKING:
    import pandas

    from ..report import Report

#: The fields of every record, in column order (``Report.to_records`` documents each).
FIELDS = ("source", "id", "line", "col", "text", "figure", "low", "high", "point", "date", "qualifier", "unit",
          "metric", "scope_level", "scope_name", "status", "rules", "messages")


def claim_records(report: Report) -> list[dict[str, Any]]:
    from ..report import _number

    involving: dict[str, list[tuple[str, str]]] = {c.id: [] for c in report.claims}
    for finding in report.findings:
        for cid in finding.claims:
            involving.setdefault(cid, []).append((finding.rule, finding.message))
    index = report.source_map
    records = []
    for claim in report.claims:
        line, col = index.position(claim.number_span.start)
        is_date = claim.unit is Unit.DATE
        found = involving[claim.id]
        records.append({
            "source": report.source,
            "id": claim.id,
            "line": line,
            "col": col,
            "text": claim.text,
            "figure": claim.printed,
            "low": None if is_date else _number(claim.value.low),
            "high": None if is_date else _number(claim.value.high),
            "point": None if is_date else _number(claim.value.point),
            "date": claim.date.isoformat() if is_date and claim.date else None,
            "qualifier": claim.qualifier.value,
            "unit": claim.unit.value,
            "metric": claim.metric.value,
            "scope_level": claim.scope.level.value,
            "scope_name": claim.scope.name,
            "status": report.status_of(claim.id).value,
            "rules": ",".join(dict.fromkeys(rule for rule, _ in found)),
            "messages": "\n".join(message for _, message in found),
        })
    return records


def claim_frame(report: Report) -> pandas.DataFrame:
    """The records as a DataFrame with the columns in ``FIELDS`` order, even for no claims."""
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "Report.to_pandas() needs pandas: pip install 'countylines-check[pandas]'"
        ) from None
    return pandas.DataFrame.from_records(claim_records(report), columns=list(FIELDS))
