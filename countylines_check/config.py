"""Configuration: ``[tool.countylines]`` in pyproject.toml, or a ``countylines.toml``, as a frozen ``Config``.

Found as ruff finds its own: the nearest file up the tree from the checked file, where a
``countylines.toml`` wins over a ``pyproject.toml`` in the same directory and a pyproject.toml
without a ``[tool.countylines]`` table does not count. Values are validated by hand (the input is
small, and each message must name the file and the key); anything unknown or out of range is a
``ConfigError``, never ignored, so a typo cannot silently leave a check at its default.

::

    [tool.countylines]
    select = ["CL1", "CL501"]          # codes, code prefixes or rule names; default: every rule
    ignore = ["CL104"]                 # the more specific entry wins over select
    fail-on = "suspect"                # contradictory | suspect | never

    [tool.countylines.rules.CL101]
    tolerance = 0.02                   # rule options: see each rule's ``options``

    [tool.countylines.aliases]
    "Thames Valley Police" = ["TVP", "the Valley force"]

    [tool.countylines.metrics]
    arrests = ["lifted"]
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .cues import WORDLESS_METRICS, Lexicon, lexicon
from .errors import ConfigError
from .lazyre import lazy_compile
from .model import Metric
from .report import FAIL_LEVELS
from .rules import BY_CODE, RULES, RuleSpec
from .scopes import Gazetteer, gazetteer

FILE_NAMES = ("countylines.toml", "pyproject.toml")
SECTION = "[tool.countylines"
KEYS = ("select", "ignore", "fail-on", "rules", "aliases", "metrics")
CODE_PREFIX = lazy_compile(r"^CL\d{0,3}$")
CUE_WORD = lazy_compile(r"^[a-z][a-z'’-]*\*?(?: [a-z][a-z'’-]*\*?)*$")

RuleOptions = tuple[tuple[str, tuple[tuple[str, Decimal], ...]], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """What a configuration file (or ``Config.from_dict``) sets; every field defaults to "as shipped".

    Frozen and hashable, so the vocabulary a config extends is built once per distinct config.
    """

    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None  # None: the caller's default (contradictory)
    rules: RuleOptions = ()  # (code, ((option, value), ...)), in code order
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, force or region it names)
    metrics: tuple[tuple[str, Metric], ...] = ()  # (cue word, metric)
    path: Path | None = None  # the file it was read from

    @classmethod
    def from_dict(cls, data: Mapping[str, object], *, source: str = "config", path: Path | None = None) -> Config:
        """Validate a ``[tool.countylines]`` table (as parsed from TOML, or written in Python).

        Raises:
            ConfigError: an unknown key or a bad value, naming ``source`` and the key.
        """
        return _Reader(source).read(data, path)

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: the most specific matching entry of select/ignore decides."""
        best_select = max((_specificity(e) for e in self.select or () if _matches(e, code)), default=-1)
        best_ignore = max((_specificity(e) for e in self.ignore if _matches(e, code)), default=-1)
        if self.select is None and best_select < 0:
            best_select = 0  # no select: every rule, at the lowest specificity
        return best_select > best_ignore

    def selected_rules(self) -> tuple[RuleSpec, ...]:
        return tuple(spec for spec in RULES if self.enabled(spec.code))

    def rule_options(self) -> dict[str, dict[str, Decimal]]:
        return {code: dict(values) for code, values in self.rules}

    def vocabulary(self) -> tuple[Lexicon, Gazetteer]:
        """The cue words and gazetteer this config reads with (the shipped ones when it adds none).

        Raises:
            ConfigError: an alias or metric word a hand-built ``Config`` holds is not valid.
        """
        try:
            return lexicon(self.metrics), gazetteer(self.aliases)
        except ValueError as exc:
            raise ConfigError(f"{self.path or 'config'}: {exc}") from None


DEFAULT = Config()


def _matches(entry: str, code: str) -> bool:
    spec = BY_CODE[code]
    return entry == spec.name or code.startswith(entry)


def _specificity(entry: str) -> int:
    return len(entry) if entry.startswith("CL") else 5  # a rule name is as specific as its code


class _Reader:
    """Turns a parsed table into a Config, naming ``source`` and the key path in every error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: {key}: {problem}")

    def read(self, data: Mapping[str, object], path: Path | None) -> Config:
        if not isinstance(data, Mapping):
            raise ConfigError(f"{self.source}: the configuration must be a table of keys")
        for key in data:
            if key not in KEYS:
                close = difflib.get_close_matches(str(key), KEYS, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(KEYS)})"
                raise self.fail(str(key), f"unknown key{hint}")
        select = self.codes("select", data["select"]) if "select" in data else None
        ignore = self.codes("ignore", data["ignore"]) if "ignore" in data else ()
        fail_on = data.get("fail-on")
        if fail_on is not None and (not isinstance(fail_on, str) or fail_on not in FAIL_LEVELS):
            raise self.fail("fail-on", f"must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
        return Config(
            select=select, ignore=ignore, fail_on=fail_on if isinstance(fail_on, str) else None,
            rules=self.rule_options(data.get("rules", {})), aliases=self.aliases(data.get("aliases", {})),
            metrics=self.metrics(data.get("metrics", {})), path=path,
        )

    def codes(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, 'must be a list of rule codes, e.g. ["CL1", "CL501"]')
        names = {spec.name for spec in RULES}
        for entry in value:
            if entry in names:
                continue
            if not CODE_PREFIX.match(entry):
                raise self.fail(key, f"{entry!r} is not a rule code (CL plus up to three digits) or rule name")
            if not any(code.startswith(entry) for code in BY_CODE):
                raise self.fail(key, f"no rule code starts with {entry!r}")
        return tuple(value)

    def table(self, key: str, value: object) -> Mapping[str, object]:
        if not isinstance(value, Mapping):
            raise self.fail(key, "must be a table")
        return value

    def rule_options(self, value: object) -> RuleOptions:
        by_name = {spec.name: spec for spec in RULES}
        out: dict[str, tuple[tuple[str, Decimal], ...]] = {}
        for code, options in self.table("rules", value).items():
            key = f"rules.{code}"
            spec = BY_CODE.get(code) or by_name.get(code)
            if spec is None:
                raise self.fail(key, "no such rule")
            declared = {o.name: o for o in spec.options}
            values: list[tuple[str, Decimal]] = []
            for name, raw in self.table(key, options).items():
                option = declared.get(name)
                if option is None:
                    known = ", ".join(declared) or "none"
                    raise self.fail(f"{key}.{name}", f"{spec.code} has no such option (its options: {known})")
                values.append((name, self.number(f"{key}.{name}", raw, option.minimum, option.maximum, option.integer)))
            if spec.code in out:
                raise self.fail(key, f"{spec.code} is configured twice (by code and by name)")
            out[spec.code] = tuple(values)
        return tuple(sorted(out.items()))

    def number(self, key: str, raw: object, low: Decimal, high: Decimal | None, integer: bool) -> Decimal:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self.fail(key, f"must be a number, not {raw!r}")
        try:
            value = Decimal(str(raw))
        except InvalidOperation:  # pragma: no cover - TOML numbers are finite or inf/nan
            raise self.fail(key, f"must be a number, not {raw!r}") from None
        if not value.is_finite() or value < low or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise self.fail(key, f"must be {span}, not {raw!r}")
        if integer and value != value.to_integral_value():
            raise self.fail(key, f"must be a whole number, not {raw!r}")
        return value

    def words(self, key: str, value: object) -> list[str]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a non-empty list of words")
        return [v.strip() for v in value]

    def aliases(self, value: object) -> tuple[tuple[str, str], ...]:
        pairs: list[tuple[str, str]] = []
        for target, aliases in self.table("aliases", value).items():
            pairs.extend((alias, target) for alias in self.words(f'aliases."{target}"', aliases))
        for i in range(len(pairs)):
            try:
                gazetteer(tuple(pairs[: i + 1]))
            except ValueError as exc:
                raise self.fail(f'aliases."{pairs[i][1]}"', str(exc)) from None
        return tuple(pairs)

    def metrics(self, value: object) -> tuple[tuple[str, Metric], ...]:
        pairs: list[tuple[str, Metric]] = []
        known = [m.value for m in Metric if m not in WORDLESS_METRICS]
        for name, words in self.table("metrics", value).items():
            key = f"metrics.{name}"
            try:
                metric = Metric(name)
            except ValueError:
                close = difflib.get_close_matches(name, known, n=1)
                raise self.fail(key, "no such metric" + (f" (did you mean '{close[0]}'?)" if close else
                                                          f" (metrics: {', '.join(known)})")) from None
            if metric in WORDLESS_METRICS:
                raise self.fail(key, f"{name} is read from the figure's unit, not from words")
            for word in self.words(key, words):
                cue = word.lower()
                if not CUE_WORD.match(cue):
                    raise self.fail(key, f"{word!r} must be words of letters (a trailing * matches any ending)")
                pairs.append((cue, metric))
        return tuple(pairs)


def _pyproject_has_section(path: Path) -> bool:
    try:
        return SECTION in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def find_config(start: str | Path) -> Path | None:
    """The configuration file nearest up the tree from a file or directory, or None.

    In each directory a ``countylines.toml`` wins over a ``pyproject.toml``, and a pyproject.toml
    counts only when it has a ``[tool.countylines]`` table.
    """
    here = Path(start).resolve()
    directory = here if here.is_dir() else here.parent
    for folder in (directory, *directory.parents):
        own = folder / FILE_NAMES[0]
        if own.is_file():
            return own
        pyproject = folder / FILE_NAMES[1]
        if pyproject.is_file() and _pyproject_has_section(pyproject):
            return pyproject
    return None


def load_config(path: str | Path) -> Config:
    """Read a ``countylines.toml`` (keys at the top) or a pyproject.toml's ``[tool.countylines]``.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or holds an unknown key or bad value.
    """
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read configuration ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: configuration is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML ({exc})") from None
    if p.name == FILE_NAMES[1]:
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "countylines" not in tool:
            raise ConfigError(f"{p}: has no [tool.countylines] table")
        return Config.from_dict(tool["countylines"], source=f"{p} [tool.countylines]", path=p)
    return Config.from_dict(data, source=str(p), path=p)


def config_for(article: str | Path) -> Config:
    """The configuration that applies to an article: the nearest file's, else the defaults.

    Raises:
        ConfigError: the nearest configuration file is not valid.
    """
    found = find_config(article)
    return load_config(found) if found is not None else DEFAULT


__all__ = ["Config", "DEFAULT", "config_for", "find_config", "load_config"]
