"""``countylines-check PATH...``: check articles and print what holds together and what does not.

Exit codes (also in ``--help``):
  0  no finding at the ``--fail-on`` level
  1  at least one finding at the ``--fail-on`` level (default: contradictory)
  2  usage error, a bad configuration file, or an input that cannot be read (the other files are
     still checked; a bad configuration stops before any file is checked)
  3  internal error: a rule crashed (the report is still printed)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__, check, check_file
from .config import DEFAULT as DEFAULT_CONFIG
from .config import Config, config_for, load_config
from .document import coerce_published
from .errors import CountylinesError
from .report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
SUFFIXES = (".txt",)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="countylines-check",
        description="Check the figures in articles about county lines operations.",
        epilog="exit codes: 0 clean, 1 findings at the --fail-on level, 2 usage or unreadable input, "
               "3 internal error",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories of .txt files, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--published", metavar="DATE", help="publication date, e.g. 2024-12-06 (else read from the article)")
    p.add_argument("--fail-on", choices=("contradictory", "suspect", "never"), default=None,
                   help="lowest finding status that makes the exit code 1 (default: the config's, else contradictory)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--config", metavar="PATH", type=Path,
                       help="use this countylines.toml or pyproject.toml for every file (else the nearest one)")
    where.add_argument("--no-config", action="store_true", help="ignore configuration files")
    p.add_argument("--version", action="version", version=f"countylines-check {__version__}")
    return p


def _expand(paths: Sequence[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """(name, path or None for stdin, error) for each article to check."""
    for raw in paths:
        if raw == "-":
            yield "-", None, None
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield raw, None, f"{raw}: no articles ({', '.join(SUFFIXES)}) in this directory"
            for f in files:
                yield str(f), f, None
        elif path.exists():
            yield raw, path, None
        else:
            yield raw, None, f"{raw}: no such file or directory"


def _emit(text: str) -> None:
    """Print a result; a reader that stops early (``| head``) is not an error."""
    try:
        print(text)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # silence the flush at exit


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting, so tests can call it."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")  # a terminal without UTF-8 still gets every finding
    try:
        published = coerce_published(args.published)
    except CountylinesError as exc:
        print(f"countylines-check: --published: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _run(args, published)
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:  # a bug of ours: say so plainly, with the code that means "internal error"
        print(f"countylines-check: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


class _Configs:
    """The configuration for each article: ``--config``, none with ``--no-config``, else the nearest
    file up the tree from the article (the working directory for stdin), read once per directory."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.fixed: Config | None = DEFAULT_CONFIG if args.no_config else None
        self.by_directory: dict[Path, Config] = {}
        if args.config is not None:
            self.fixed = load_config(args.config)

    def __call__(self, path: Path | None) -> Config:
        if self.fixed is not None:
            return self.fixed
        directory = (path or Path.cwd() / "-").resolve().parent
        if directory not in self.by_directory:
            self.by_directory[directory] = config_for(directory / "-")
        return self.by_directory[directory]


def _run(args: argparse.Namespace, published: dt.date | None) -> int:
    reports: list[Report] = []
    fail_levels: list[str] = []
    had_input_error = False
    inputs = list(_expand(args.paths))
    try:  # a bad configuration stops everything: results under the wrong settings would mislead
        configs = _Configs(args)
        chosen = [configs(path) if error is None else DEFAULT_CONFIG for _, path, error in inputs]
    except CountylinesError as exc:
        print(f"countylines-check: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for (name, path, error), config in zip(inputs, chosen):
        if error:
            print(f"countylines-check: {error}", file=sys.stderr)
            had_input_error = True
            continue
        try:
            if path is None:
                report = check(sys.stdin.read(), published=published, source="<stdin>", config=config)
            else:
                report = check_file(path, published=published, config=config)
        except CountylinesError as exc:
            print(f"countylines-check: {exc}", file=sys.stderr)
            had_input_error = True
            continue
        reports.append(report)
        fail_levels.append(args.fail_on or config.fail_on or "contradictory")  # the flag overrides the file
        if args.format == "text":
            _emit(f"{report}\n")
    if args.format == "json":
        payload = [r.to_dict() for r in reports]
        single = len(payload) == 1 and len(args.paths) == 1 and not Path(args.paths[0]).is_dir()
        _emit(json.dumps(payload[0] if single else payload, indent=2, ensure_ascii=False))
    if any(r.errors for r in reports):
        return EXIT_INTERNAL
    if had_input_error:
        return EXIT_USAGE
    if any(r.failing(level) for r, level in zip(reports, fail_levels)):
        return EXIT_FINDINGS
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
