"""Grouping records by claim: one group per statement, never across a conflict, stable keys."""

from __future__ import annotations

from quotes.claims import annotate, group_claims
from quotes.claims.synthetic import synthetic_records
from quotes.records import is_valid


def group_of(result, record_id):
    return next(g for g in result.groups if record_id in {m.id for m in g.members})


def test_one_statement_printed_three_ways_is_one_group(outlets):
    result = group_claims(outlets)
    g = group_of(result, outlets[0]["id"]).to_dict()
    assert set(g["records"]) == {outlets[0]["id"], outlets[1]["id"], outlets[2]["id"]}
    assert [d["id"] for d in g["documents"]] == ["herald-1", "courier-7", "gazette-3"]
    assert (g["first_seen"], g["last_seen"]) == ("2026-03-02", "2026-03-04")
    assert g["unattributed"] == 1 and {s["name"] for s in g["speakers"]} == {"Nora Lind", "Lind"}
    assert "northern depot will close in the spring" in g["text"]
    assert not g["text"].startswith("“")  # the canonical text is the claim, not its marks
    # Each record that joined says why.
    assert len(g["matches"]) == 2
    assert all({"depot", "northern"} <= set(m["shared"]) for m in g["matches"])


def test_negation_numbers_and_speakers_stay_in_their_own_groups(outlets):
    result = group_claims(outlets)
    depot = group_of(result, outlets[0]["id"])
    assert outlets[3]["id"] not in {m.id for m in depot.members}  # negated, other speaker
    assert group_of(result, outlets[4]["id"]) is not group_of(result, outlets[5]["id"])  # 5%/15%


def test_a_chain_of_close_pairs_never_joins_two_numbers(record):
    a = record("The army shot down 40 drones over the port on Sunday night.", "Ivo Petrak", "d1")
    b = record("The army shot down drones over the port on Sunday night.", "Ivo Petrak", "d2")
    c = record("The army shot down 400 drones over the port on Sunday night.", "Ivo Petrak", "d3")
    result = group_claims([a, b, c])
    assert group_of(result, a["id"]) is not group_of(result, c["id"])
    assert len(result.groups) == 2


def test_a_chain_never_joins_a_claim_and_its_negation(record):
    a = record("Lind will raise the tax on diesel next year, she told the council.", "Lind", "d1")
    b = record("Lind will raise the tax on diesel next year", "Lind", "d2")
    c = record("Lind will not raise the tax on diesel next year", None, "d3")
    result = group_claims([a, b, c])
    assert group_of(result, c["id"]).size == 1


def test_the_same_claim_by_one_speaker_in_several_articles_is_one_group(record):
    texts = ["Our hospitals are short of 400 nurses this winter.",
             "our hospitals are short of 400 nurses this winter, and agency staff cannot fill "
             "every shift",
             "Our hospitals are short of 400 nurses this winter"]
    recs = [record(t, "Amina Sule", f"doc-{i}") for i, t in enumerate(texts)]
    recs.append(record("Our hospitals are short of 400 nurses this winter.", "Karl Voss", "doc-9"))
    result = group_claims(recs)
    assert group_of(result, recs[0]["id"]).size == 3
    assert group_of(result, recs[3]["id"]).size == 1


def test_keys_are_stable_across_runs_and_input_order(outlets):
    first = group_claims(outlets).key_of()
    again = group_claims(list(reversed(outlets))).key_of()
    assert first == again
    assert len(set(first.values())) == len(group_claims(outlets).groups)


def test_a_record_read_twice_counts_once(outlets):
    result = group_claims(outlets + outlets[:2])
    assert result.duplicates == 2
    assert sum(g.size for g in result.groups) == len(outlets)


def test_annotated_records_carry_the_key_and_stay_valid(outlets):
    result = group_claims(outlets)
    out = list(annotate(outlets, result))
    assert len(out) == len(outlets)
    assert all(is_valid(r) for r in out)
    assert out[0]["claim"]["key"] == out[1]["claim"]["key"]
    assert out[0]["claim"]["size"] == 3


def test_lines_that_are_no_records_are_skipped(outlets):
    result = group_claims([{"failure": {"doc_id": "x", "reason": "bad"}}, *outlets])
    assert sum(g.size for g in result.groups) == len(outlets)


def test_blocking_work_grows_near_linearly():
    """Counted, not timed: pairs compared per record must not grow with the batch (all pairs
    would be 2000 per record at 4000 records, and four times as many per record as at 1000)."""
    small = group_claims(list(synthetic_records(1000, seed=3))).stats
    large = group_claims(list(synthetic_records(4000, seed=3))).stats
    assert large.pairs_scored / 4000 < 2 * small.pairs_scored / 1000
    assert large.pairs_scored < 4000 * 10


def test_synthetic_groups_match_their_true_claims():
    recs = list(synthetic_records(1500, seed=5))
    result = group_claims(recs)
    gold = {r["id"]: r["_gold"] for r in recs}
    for g in result.groups:
        assert len({gold[m.id] for m in g.members}) == 1, g.to_dict()["records"]


def test_the_claim_key_survives_the_typed_record(outlets):
    from quotes.records import Attribution

    keyed = next(annotate(outlets, group_claims(outlets)))
    again = Attribution.from_dict(keyed).to_dict()
    assert again["claim"] == keyed["claim"]
    assert "claim" not in Attribution.from_dict(outlets[0]).to_dict()  # absent stays absent
