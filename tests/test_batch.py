"""The batch API: order kept, bad documents reported in place, any executor (Dask included) gives the serial result."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from countylines_check.batch import Outcome, check_document, check_many, claim_records, iter_records

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture()
def folder(tmp_path: Path) -> list[Path]:
    """A small archive: the seeds, an article with a contradiction, and a file that is not text."""
    paths = [Path(shutil.copy(seed, tmp_path / seed.name)) for seed in SEEDS]
    bad = tmp_path / "zz_contradiction.txt"
    bad.write_text("Officers made 12 arrests, including 15 men.\n", encoding="utf-8")
    binary = tmp_path / "zz_binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not an article")
    return [*paths, bad, binary]


def _serial_rows(paths: list[Path]) -> list[dict[str, object]]:
    return list(iter_records(paths, executor=None))


def test_outcomes_come_back_in_input_order_with_errors_in_place(folder: list[Path]) -> None:
    outcomes = list(check_many(folder, jobs=2))
    assert [o.source for o in outcomes] == [str(p) for p in folder]
    *articles, contradiction, binary = outcomes
    assert all(o.report is not None and o.error is None for o in articles)
    assert contradiction.report is not None and not contradiction.ok
    assert binary.report is None and binary.error is not None and "binary" in binary.error


def test_process_pool_gives_the_serial_records(folder: list[Path]) -> None:
    assert list(iter_records(folder, jobs=2)) == _serial_rows(folder)


def test_any_executor_and_a_small_window_give_the_serial_records(folder: list[Path]) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        rows = list(iter_records(folder, executor=pool, window=2))
    assert rows == _serial_rows(folder)


def test_text_documents_and_records_are_flat() -> None:
    outcome = check_document(("draft", "Police made 12 arrests, including 15 men."))
    rows = list(claim_records(outcome))
    assert [r["point"] for r in rows] == [12, 15]
    assert {r["status"] for r in rows} == {"contradictory"}
    assert all(r["source"] == "draft" and r["rules"] == "CL102" for r in rows)
    assert all(not isinstance(v, (dict, list)) for r in rows for v in r.values())
    assert (rows[0]["line"], rows[0]["col"], rows[0]["scope_level"]) == (1, 13, "national")


def test_an_unreadable_document_is_one_error_row() -> None:
    rows = list(claim_records(check_document("no/such/article.txt")))
    assert rows == [{"source": "no/such/article.txt", "error": rows[0]["error"]}]
    assert "cannot read" in str(rows[0]["error"])


def test_a_bad_executor_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="executor"):
        list(check_many([("a", "12 arrests")], executor="threads"))


def test_outcome_ok_needs_a_report() -> None:
    assert not Outcome("x", None, "unreadable").ok


def test_the_dask_recipe_gives_the_serial_records(folder: list[Path]) -> None:
    """The README's Dask recipe, run on a local cluster: both the executor and the bag forms."""
    distributed = pytest.importorskip("dask.distributed", reason="Dask is the optional [dask] extra")
    import dask.bag as db

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        via_executor = list(iter_records(folder, executor=client.get_executor()))
        via_bag = (db.from_sequence([str(p) for p in folder], npartitions=3)  # type: ignore[no-untyped-call]
                   .map(check_document).map(claim_records).map(list).flatten().compute())
    serial = _serial_rows(folder)
    assert via_executor == serial
    assert sorted(map(repr, via_bag)) == sorted(map(repr, serial))
