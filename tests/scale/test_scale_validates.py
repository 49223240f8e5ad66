"""Partition files hold only schema-valid records, as `quotes extract` writes them."""

from __future__ import annotations

from quotes.document import Document
from quotes.errors import ExitStatus
from quotes.records import attribution
from quotes.scale.command import report
from quotes.scale.work import process_documents

ARTICLE = (
    "“We will not close the harbour,” Ingrid Solberg told reporters.\n"
    "“The ferry will run every hour,” said Lars Berg.\n"
)


def test_an_invalid_record_is_kept_out_of_the_partition_and_listed(nlp, monkeypatch):
    original = attribution.Attribution.to_dict

    def to_dict(self):
        rec = original(self)
        if "ferry" in rec["quote"]["text"]:
            rec["confidence"] = -1  # below the schema's minimum
        return rec

    monkeypatch.setattr(attribution.Attribution, "to_dict", to_dict)
    out = process_documents([Document(id="harbour", text=ARTICLE)], nlp)
    assert [r["quote"]["text"] for r in out.records] == ["We will not close the harbour,"]
    assert [(b["doc_id"], "confidence" in b["reason"]) for b in out.invalid] == [("harbour", True)]
    assert out.failures == []  # the document itself was extracted


def _manifest(invalid: int, failed: int = 0, extracted: int = 1) -> dict:
    return {
        "failures": [], "partitions": [], "warnings": [],
        "invalid_records": [{"doc_id": "d", "id": "x", "reason": "stance: bad"}] * invalid,
        "counts": {"documents": 1, "documents_extracted": extracted, "documents_failed": failed,
                   "records": 1, "records_invalid": invalid, "partitions_done": 1,
                   "partitions_resumed": 0},
    }


def test_the_run_exits_4_when_records_were_left_out(capsys, tmp_path):
    assert report(_manifest(1), str(tmp_path)) == ExitStatus.INVALID
    assert "record x not written, it fails the schema" in capsys.readouterr().err
    assert report(_manifest(0), str(tmp_path)) == ExitStatus.OK
    assert report(_manifest(0, failed=1, extracted=0), str(tmp_path)) == ExitStatus.NO_INPUT
