"""``countylines-check PATH...``: check articles and print what holds together and what does not.

Exit codes (also in ``--help``):
  0  no finding at the ``--fail-on`` level (or ``--exit-zero``)
  1  at least one finding at the ``--fail-on`` level (default: contradictory)
  2  usage error, a bad configuration file, or an input that cannot be read (the other files are
     still checked; a bad configuration stops before any file is checked)
  3  internal error: a rule crashed (the report is still printed)

``--exit-zero`` turns 1 into 0 only: usage, input and internal errors keep 2 and 3.

Output formats live in ``render/``, one module each with ``render(reports, options) -> str``;
``FORMATS`` below is the only place that lists them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import DEFAULT as DEFAULT_CONFIG
from .config import Config, config_for, load_config
from .document import coerce_published
from .errors import ConfigError, CountylinesError, InputError
from .options import Options, parse_codes, select_report
from .readers import SUFFIXES
from .render import github, statistics
from .batch import Document, Outcome, check_many
from .report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

Renderer = Callable[[Sequence[Report], Options], str]
FORMATS: dict[str, str] = {  # --format name -> module in render/ with ``render(reports, options) -> str``
    "text": "text",
    "json": "json",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def renderer(name: str) -> Renderer:
    """The format's render function, imported when asked for so a run loads only the one it uses."""
    module = importlib.import_module(f"{__package__}.render.{FORMATS[name]}")
    render: Renderer = module.render
    return render


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="countylines-check",
        description="Check the figures in articles about county lines operations.",
        epilog="exit codes: 0 clean, 1 findings at the --fail-on level, 2 usage or unreadable input, "
               "3 internal error. --exit-zero turns 1 into 0.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=f"article files, directories (searched for {' '.join(SUFFIXES)} files), or - for stdin")
    p.add_argument("--format", choices=tuple(FORMATS), default="text", help="output format (default: text)")
    p.add_argument("--published", metavar="DATE", help="publication date, e.g. 2024-12-06 (else read from the article)")
    p.add_argument("--select", action="append", metavar="CODES",
                   help="only these rules: comma-separated codes or prefixes (CL101,CL2); default all")
    p.add_argument("--ignore", action="append", metavar="CODES",
                   help="skip these rules: comma-separated codes or prefixes")
    p.add_argument("--exit-zero", action="store_true",
                   help="exit 0 even when findings reach the --fail-on level (usage and internal errors still "
                        "exit 2 and 3)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="text: print only the findings, without source excerpts or per-file summaries")
    p.add_argument("--statistics", action="store_true",
                   help="print how many findings each rule produced instead of the findings (text or json)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text output (default auto: on a terminal, unless NO_COLOR is set)")
    p.add_argument("--show-source", action=argparse.BooleanOptionalAction, default=None,
                   help="text: show each finding's source line with the figure underlined "
                        "(default: on a terminal, unless --quiet)")
    p.add_argument("--fail-on", choices=("contradictory", "suspect", "never"), default=None,
                   help="lowest finding status that makes the exit code 1 (default: the config's, else contradictory)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--config", metavar="PATH", type=Path,
                       help="use this countylines.toml or pyproject.toml for every file (else the nearest one)")
    where.add_argument("--no-config", action="store_true", help="ignore configuration files")
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="check N files at a time in worker processes (0: one per CPU); output keeps the input order")
    p.add_argument("--version", action="version", version=f"countylines-check {__version__}")
    return p


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(mode: str, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """``always``/``never`` as asked; ``auto``: a terminal, unless NO_COLOR is set (no-color.org) or TERM=dumb."""
    if mode != "auto":
        return mode == "always"
    return _is_terminal(stream) and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


def options_from(args: argparse.Namespace, published: dt.date | None) -> Options:
    """The effective settings of this run; raises ``ConfigError`` for an unknown rule code."""
    terminal = _is_terminal(sys.stdout)
    show_source = args.show_source if args.show_source is not None else terminal and not args.quiet
    one_file = len(args.paths) == 1 and not Path(args.paths[0]).is_dir()
    return Options(
        format=args.format, published=published, fail_on=args.fail_on or "contradictory",
        select=parse_codes(args.select) if args.select is not None else None,
        ignore=parse_codes(args.ignore or ()),
        exit_zero=args.exit_zero, quiet=args.quiet, statistics=args.statistics,
        color=use_color(args.color, sys.stdout, os.environ), show_source=show_source,
        width=shutil.get_terminal_size((100, 24)).columns, one_file=one_file, jobs=args.jobs,
    )


def _expand(paths: Sequence[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """(name, path or None for stdin, error) for each article to check."""
    for raw in paths:
        if raw == "-":
            yield "-", None, None
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if _is_article(p, path))
            if not files:
                yield raw, None, f"{raw}: no articles ({', '.join(SUFFIXES)}) in this directory"
            for f in files:
                yield str(f), f, None
        elif path.exists():
            yield raw, path, None
        else:
            yield raw, None, f"{raw}: no such file or directory"


def _is_article(path: Path, root: Path) -> bool:
    """A file of a format we read, not hidden (``.git``, ``.cache``) and not a Word lock file (``~$story.docx``)."""
    parts = path.relative_to(root).parts
    return (path.suffix.lower() in SUFFIXES and path.is_file()
            and not any(part.startswith((".", "~$")) for part in parts))


def _emit(output: str) -> None:
    """Write a result; a reader that stops early (``| head``) is not an error."""
    if not output:
        return
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
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
    if args.statistics and args.format not in statistics.FORMATS:
        print(f"countylines-check: --statistics prints text or json, not {args.format}", file=sys.stderr)
        return EXIT_USAGE
    try:
        options = options_from(args, published)
    except ConfigError as exc:
        print(f"countylines-check: --{exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _run(args, options)
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:  # a bug of ours: say so plainly, with the code that means "internal error"
        print(f"countylines-check: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


def _read_stdin() -> str:
    """Standard input read as a file is: UTF-8 text, else an input error (not silently decoded
    with replacement characters, which would drop what the bytes said)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # replaced by a text stream (tests, embedding)
        return sys.stdin.read()
    data: bytes = buffer.read()
    if b"\x00" in data[:8192]:
        raise InputError("<stdin>: looks like binary data, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"<stdin>: not UTF-8 text (bad byte at offset {exc.start})") from None


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


    def effective(self, path: Path | None, options: Options) -> Config:
        """The file's configuration, with ``--select``/``--ignore`` from the command line winning over it."""
        config = self(path)
        if options.select is not None or options.ignore:
            config = dataclasses.replace(config, select=options.select, ignore=options.ignore)
        return config


def _check_all(args: argparse.Namespace, options: Options) -> tuple[list[Report], list[str], bool | None]:
    """The reports of every readable article, the fail level of each (the flag, else its config's), and
    whether some input could not be read (None when the configuration itself is bad)."""
    reports: list[Report] = []
    fail_levels: list[str] = []
    had_input_error = False
    inputs = list(_expand(args.paths))
    try:  # a bad configuration stops everything: results under the wrong settings would mislead
        configs = _Configs(args)
        chosen = [configs.effective(path, options) if error is None else DEFAULT_CONFIG for _, path, error in inputs]
    except CountylinesError as exc:
        print(f"countylines-check: {exc}", file=sys.stderr)
        return [], [], None
    documents: list[tuple[Document, Config]] = []
    for (name, path, error), config in zip(inputs, chosen):
        if error:
            print(f"countylines-check: {error}", file=sys.stderr)
            had_input_error = True
            continue
        if path is None:
            try:
                text = _read_stdin()
            except CountylinesError as exc:
                print(f"countylines-check: {exc}", file=sys.stderr)
                had_input_error = True
                continue
        documents.append((path if path is not None else ("<stdin>", text), config))
    config_of = dict(documents)
    outcomes = check_many([doc for doc, _ in documents], executor="process" if options.jobs != 1 else None,
                          jobs=options.jobs or None, published=options.published, config=config_of.__getitem__)
    for outcome, (_, config) in zip(_progress(outcomes, len(documents)), documents):  # in input order
        if outcome.report is None:
            print(f"countylines-check: {outcome.error}", file=sys.stderr)
            had_input_error = True
            continue
        reports.append(select_report(outcome.report, options.enabled))
        fail_levels.append(args.fail_on or config.fail_on or "contradictory")  # the flag overrides the file
    return reports, fail_levels, had_input_error


PROGRESS_FROM = 10  # files: shorter runs finish before a bar would be read


def _progress(outcomes: Iterable[Outcome], total: int) -> Iterator[Outcome]:
    """Pass outcomes through, counting them on stderr when it is a terminal and the run is long."""
    show = total >= PROGRESS_FROM and _is_terminal(sys.stderr)
    done = 0
    for outcome in outcomes:
        done += 1
        if show:
            sys.stderr.write(f"\rcountylines-check: {done}/{total} articles checked")
            sys.stderr.flush()
        yield outcome
    if show:
        sys.stderr.write("\r\x1b[K")  # leave the terminal clean for the report
        sys.stderr.flush()


def _write_step_summary(reports: Sequence[Report], options: Options) -> bool:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` when it is set; False if it cannot be written."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return True
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(github.step_summary(reports, options))
    except OSError as exc:
        print(f"countylines-check: GITHUB_STEP_SUMMARY: cannot write {target} ({exc.strerror or exc})",
              file=sys.stderr)
        return False
    return True


def _run(args: argparse.Namespace, options: Options) -> int:
    reports, fail_levels, had_input_error = _check_all(args, options)
    if had_input_error is None:
        return EXIT_USAGE
    render = statistics.render if options.statistics else renderer(options.format)
    _emit(render(reports, options))
    if options.format == "github" and not _write_step_summary(reports, options):
        had_input_error = True
    if any(r.errors for r in reports):
        return EXIT_INTERNAL
    if had_input_error:
        return EXIT_USAGE
    if not options.exit_zero and any(r.failing(level) for r, level in zip(reports, fail_levels)):
        return EXIT_FINDINGS
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
