"""Check many articles at once: a folder of drafts, a day of copy, a whole archive.

The CLI's ``--jobs``, a notebook looping over an archive and a Dask cluster all need the same
thing, so it lives here once: documents in, one ``Outcome`` per document out, **in input
order**, through any ``concurrent.futures.Executor``. Only a bounded window of documents is in
flight at a time, so an archive of a million files streams through in constant memory, and a
document that cannot be read becomes an ``Outcome`` with an error rather than an exception
that would abandon the rest of the batch.

>>> from countylines_check.batch import check_many
>>> outcomes = list(check_many([("a.txt", "Police made 12 arrests, including 15 men.")], executor=None))
>>> [(o.source, o.report.contradictory[0].rule) for o in outcomes]
[('a.txt', 'CL102')]
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .errors import CountylinesError
from .report import Report

__all__ = ["Document", "Outcome", "check_document", "check_many", "claim_records", "iter_records"]

#: A document: a path to an article file, or ``(source name, article text)`` for text in memory.
Document = str | os.PathLike[str] | tuple[str, str]


@dataclass(frozen=True)
class Outcome:
    """What became of one document: its report, or the one-line reason it could not be checked."""

    source: str
    report: Report | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.report is not None and self.report.ok


@dataclass(frozen=True)
class _Job:
    """Everything a worker process needs, and nothing it cannot pickle."""

    document: Document
    published: dt.date | str | None
    config: Config | None = None


def check_document(document: Document, *, published: dt.date | str | None = None,
                   config: Config | None = None) -> Outcome:
    """Check one document and never raise for a bad one: the unit any scheduler can map.

    A Dask bag, a Spark RDD or a plain loop can call this directly; it is a module-level
    function of picklable arguments so it can be shipped to worker processes.
    """
    from . import check, check_file  # imported in the worker, not pickled with the job

    if isinstance(document, tuple):
        source, text = document
        try:
            return Outcome(source, check(text, published=published, source=source, config=config))
        except CountylinesError as exc:
            return Outcome(source, None, str(exc))
    source = os.fspath(document)
    try:
        return Outcome(source, check_file(Path(source), published=published, config=config))
    except CountylinesError as exc:
        return Outcome(source, None, str(exc))


def _check_one(job: _Job) -> Outcome:
    return check_document(job.document, published=job.published, config=job.config)


def _windowed(executor: Executor, jobs: Iterable[_Job], window: int) -> Iterator[Outcome]:
    """Submit ahead by at most ``window`` jobs and yield results in submission order.

    ``Executor.map`` would submit the whole iterable up front (unbounded memory on an archive)
    and not every executor (Dask's) supports its ``chunksize``; submit/result works on all.
    """
    pending: deque[Future[Outcome]] = deque()
    for job in jobs:
        pending.append(executor.submit(_check_one, job))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def check_many(documents: Iterable[Document], *, executor: Executor | None | str = "process",
               jobs: int | None = None, published: dt.date | str | None = None,
               config: Config | Callable[[Document], Config | None] | None = None,
               window: int | None = None) -> Iterator[Outcome]:
    """Check documents, yielding one ``Outcome`` each, in the order given.

    Args:
        documents: paths to article files, or ``(source, text)`` pairs.
        executor: any ``concurrent.futures.Executor`` (a ``ProcessPoolExecutor``, a thread pool,
            ``dask.distributed.Client.get_executor()``...); ``"process"`` (default) makes a process
            pool of ``jobs`` workers for this call; ``None`` checks in this process, one by one.
        jobs: worker processes for the default pool (default: the number of CPUs); 1 checks in-process.
        published: publication date for every document (else each article's own dateline).
        config: one ``Config`` for every document, or a function giving each document its own
            (the CLI passes the nearest configuration file's).
        window: documents in flight at once (default: four per worker), which bounds memory.
    """
    pick = config if callable(config) else (lambda _doc: config)
    job_stream = (_Job(doc, published, pick(doc)) for doc in documents)
    if executor is None or jobs == 1 and executor == "process":
        yield from map(_check_one, job_stream)
        return
    if isinstance(executor, str):
        if executor != "process":
            raise ValueError(f"executor must be an Executor, None or 'process', not {executor!r}")
        workers = jobs or os.cpu_count() or 1
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _windowed(pool, job_stream, window or 4 * workers)
        return
    yield from _windowed(executor, job_stream, window or 4 * (jobs or os.cpu_count() or 1))


def claim_records(outcome: Outcome) -> Iterator[dict[str, Any]]:
    """Flat rows, one per claim (``Report.to_records``, plus ``error``), or one error row for a
    document that could not be read: ready for ``csv.DictWriter`` or a DataFrame."""
    if outcome.report is None:
        yield {"source": outcome.source, "error": outcome.error}
        return
    for row in outcome.report.to_records():
        yield {**row, "source": outcome.source, "error": None}


def iter_records(documents: Iterable[Document], *,
                 records: Callable[[Outcome], Iterable[dict[str, Any]]] = claim_records,
                 **options: Any) -> Iterator[dict[str, Any]]:
    """``check_many`` flattened: the rows of every document, in order (same options)."""
    for outcome in check_many(documents, **options):
        yield from records(outcome)
