"""The JSON report of REPORT_FORMAT.md: an object for one file, a list for several (or a directory)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report


def render(reports: Sequence[Report], options: Options) -> str:
    payload = [r.to_dict() for r in reports]
    single = options.one_file and len(payload) == 1
    return json.dumps(payload[0] if single else payload, indent=2, ensure_ascii=False) + "\n"
