"""Shared test settings: hypothesis profiles.

``ci`` (the default) keeps the property tests to a few seconds; ``thorough`` runs ten times as
many examples and the full-size adversarial inputs, for a run before a release:

    HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py tests/test_adversarial.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

COMMON = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=60, **COMMON)  # type: ignore[arg-type]
settings.register_profile("thorough", max_examples=600, **COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
THOROUGH = settings().max_examples >= 600


def installed(script: str = "countylines-check") -> str | None:
    """The console script of the environment running the tests, not another install earlier on PATH.

    A global copy on PATH would test someone else's code: the one beside the interpreter wins.
    """
    beside = Path(sys.executable).parent / script
    return str(beside) if beside.exists() else shutil.which(script)
