"""The whole pipeline on generated good and bad inputs: nothing lost, nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate import nlp as nlp_module
from corroborate.api import corroborate
from corroborate.render import render_json
from corroborate.schema import Report
from tests.conftest import SEEDS


def _claims_by_doc(report: Report) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for c in report.claims:
        out.setdefault(c.doc_id, []).append((c.id, c.content.text, c.speaker or ""))
    return out


def _write_bad_files(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "broken.jsonl").write_text('{"text": "Officials said the talks would resume."}\n{bad\n',
                                         encoding="utf-8")
    (folder / "latin.txt").write_bytes("Peskov said the “summit” was planned.".encode("cp1252"))
    (folder / "loop").symlink_to(folder / "loop")


def test_api_good_files_give_the_same_claims_beside_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good"
    shutil.copytree(SEEDS, good)
    alone = corroborate([good])
    _write_bad_files(good)
    mixed = corroborate([good])
    seeds_ids = {d.doc_id for d in alone.documents}
    assert {k: v for k, v in _claims_by_doc(mixed).items() if k in seeds_ids} == _claims_by_doc(alone)
    status = {d.path: d.status for d in mixed.documents}
    assert status["empty.txt"] == "skipped" and status["photo.png"] == "skipped"
    assert status["broken.jsonl#2"] == "failed" and status["broken.jsonl#1"] == "ok"
    assert status["latin.txt"] == "ok"
    assert all(d.reason for d in mixed.documents if d.status != "ok")


def test_api_long_text_is_parsed_in_parts_with_true_offsets(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paragraph = ("Kremlin spokesman Dmitry Peskov said Russia was ready to discuss sanctions. "
                 "Officials believe the meeting could happen next week.\n")
    text = paragraph * 40
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    whole = corroborate([tmp_path], detect_body=False)
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 1000)
    parts = corroborate([tmp_path], detect_body=False)
    assert len(nlp_module.split_text(text, 1000)) > 5
    assert [c.content.spans for c in parts.claims] == [c.content.spans for c in whole.claims]
    for c in parts.claims:
        assert " ".join(text[s:e] for s, e in c.content.spans) == c.content.text


def test_api_json_is_identical_across_runs_and_listing_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(SEEDS, a)
    b.mkdir()
    for p in sorted(SEEDS.iterdir(), reverse=True):  # other creation order on disk
        shutil.copy(p, b / p.name)
    assert render_json(corroborate([a])) == render_json(corroborate([b]))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=3),
       blob=st.binary(max_size=200))
def test_api_random_inputs_give_a_valid_complete_report(tmp_path: Path, texts: list[str],
                                                        blob: bytes) -> None:
    folder = tmp_path / f"run{abs(hash((tuple(texts), blob)))}"
    folder.mkdir()
    for i, t in enumerate(texts):
        (folder / f"t{i}.txt").write_text(t + " Peskov said Russia was ready.", encoding="utf-8")
    (folder / "blob.bin").write_bytes(blob)
    report = Report.model_validate_json(render_json(corroborate([folder])))
    assert len(report.documents) == len(texts) + 1
    by_id = {d.doc_id: d for d in report.documents}
    for c in report.claims:
        text = (folder / by_id[c.doc_id].path).read_text(encoding="utf-8")
        for role in (c.source, c.cue, c.content):
            assert all(0 <= s <= e <= len(text) for s, e in role.spans)
    assert sorted(i for k in report.clusters for i in k.claim_ids) == sorted(c.id for c in report.claims)
