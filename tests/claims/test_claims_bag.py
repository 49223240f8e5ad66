"""Grouping over a Dask bag gives the groups, keys and reasons of the local grouping."""

from __future__ import annotations

import json

import dask
import dask.bag as db

from quotes.claims import group_claims
from quotes.claims.bag import group_claims_bag, read_record_folder
from quotes.claims.synthetic import synthetic_records


def summary(result):
    return [(g.key, [m.id for m in g.members], [(a, b, m.score) for a, b, m in g.edges])
            for g in result.groups]


def test_bag_grouping_equals_local_grouping():
    recs = list(synthetic_records(1200, seed=11))
    local = group_claims(recs)
    with dask.config.set(scheduler="threads"):
        over_bag = group_claims_bag(db.from_sequence(recs, npartitions=5))
    assert summary(over_bag) == summary(local)
    assert over_bag.stats.pairs_scored == local.stats.pairs_scored


def test_bag_from_a_dask_output_folder(tmp_path, outlets):
    out = tmp_path / "out"
    out.mkdir()
    for i, chunk in enumerate((outlets[:2], outlets[2:])):
        (out / f"part-{i:05d}-0123456789ab.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
    (out / "part-00002-0123456789ab.jsonl").write_text(
        json.dumps({"failure": {"doc_id": "x", "reason": "bad"}}) + "\n", encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        result = group_claims_bag(read_record_folder(out))
    assert summary(result) == summary(group_claims(outlets))


def test_bag_on_a_distributed_client_agrees_with_the_local_grouping(outlets):
    import distributed

    recs = list(synthetic_records(300, seed=2)) + outlets
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2,
                            dashboard_address=None):
        result = group_claims_bag(db.from_sequence(recs, npartitions=3))
    assert summary(result) == summary(group_claims(recs))
