"""`distill export`: formats, filters, duplicates, the split, the manifest, dataset_info.json, atomic writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from db import open_database, session_scope
from db.models import Chunk, Document, PairFlag, QAPair, Run, content_hash
from distill.cli import app
from distill.errors import DistillError, InputError
from distill.formats import FORMATS, Conversation, from_row, to_row
from review.export import DUPLICATE_FLAGS, ExportOptions, NothingToExport, export_pairs, output_paths, parse_statuses

SYSTEM = "你是公司的报销助手。"


def make_pairs(factory, specs: list[dict[str, Any]], doc_name: str = "制度.pdf") -> list[int]:  # type: ignore[no-untyped-def]
    """A document, a chunk, a run and one QAPair per spec (question, answer and any column); their ids."""
    with session_scope(factory) as s:
        doc = Document(sha256=hashlib.sha256(doc_name.encode()).hexdigest(), path=doc_name, name=doc_name,
                       extractor="text", page_count=1, char_count=10, text="正文")
        s.add(doc)
        s.flush()
        chunk = Chunk(document_id=doc.id, chunk_size=800, chunk_overlap=0, index=0, char_start=0, char_end=2,
                      page_start=1, page_end=1, text="正文")
        run = Run(signature=doc_name, provider="offline", model="m", chunk_size=800, chunk_overlap=0)
        s.add_all([chunk, run])
        s.flush()
        pairs = []
        for spec in specs:
            spec = {"status": "approved", **spec}
            flag = spec.pop("flag", None)
            pair = QAPair(document_id=doc.id, chunk_id=chunk.id, run_id=run.id, provider="offline", model="m",
                          content_hash=content_hash(spec["question"], spec["answer"]), **spec)
            s.add(pair)
            s.flush()
            if flag:
                s.add(PairFlag(pair_id=pair.id, flag=flag, points=10.0))
            pairs.append(pair.id)
        return pairs


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def questions(path: Path) -> set[str]:
    return {from_row(r).prompt_messages[-1].content for r in read_rows(path)}


def load(path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from datasets import load_dataset

    return load_dataset("json", data_files=str(path), split="train", cache_dir=str(tmp_path / "hf-cache"))


def half_width(question: str) -> str:
    """The same question once normalised (NFKC folds the full-width question mark), but not the same text."""
    return question.replace("？", "?")


@pytest.fixture
def factory(db_url: str):  # type: ignore[no-untyped-def]
    return open_database(db_url)


def qa(i: int, **extra: Any) -> dict[str, Any]:
    return {"question": f"第{i}条规定的报销上限是多少元？", "answer": f"上限是{i * 100}元。", **extra}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_matches_to_row_and_loads_with_datasets(factory, tmp_path: Path, fmt: str) -> None:
    make_pairs(factory, [qa(i) for i in range(5)])
    result = export_pairs(factory, tmp_path / "data.jsonl", ExportOptions(format=fmt, val_ratio=0, system=SYSTEM))

    path = tmp_path / "data.jsonl"
    assert [f.path for f in result.files] == [path]
    expected = [to_row(Conversation.single(p["question"], p["answer"], SYSTEM), fmt) for p in map(qa, range(5))]
    assert read_rows(path) == expected
    dataset = load(path, tmp_path)
    assert dataset.num_rows == 5 and set(dataset.column_names) == set(expected[0])
    assert [from_row(dict(r)) for r in dataset] == [Conversation.single(**qa(i), system=SYSTEM) for i in range(5)]


def test_edited_text_is_exported_and_the_original_is_not(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1, edited_answer="上限是30000元。"), qa(2, edited_question="第二条的上限是多少？"), qa(3)])
    export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(val_ratio=0))

    content = (tmp_path / "d.jsonl").read_text(encoding="utf-8")
    assert "上限是30000元。" in content and "上限是100元。" not in content
    assert "第二条的上限是多少？" in content and qa(2)["question"] not in content
    assert qa(3)["question"] in content


def test_only_approved_pairs_unless_other_statuses_are_asked_for(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1), qa(2, status="pending"), qa(3, status="rejected")])

    def exported(statuses: tuple[str, ...]) -> set[str]:
        export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(statuses=statuses, val_ratio=0))
        return questions(tmp_path / "d.jsonl")

    assert exported(("approved",)) == {qa(1)["question"]}
    assert exported(parse_statuses("approved,pending")) == {qa(1)["question"], qa(2)["question"]}
    assert exported(parse_statuses("all")) == {qa(i)["question"] for i in (1, 2, 3)}
    assert exported(parse_statuses("rejected")) == {qa(3)["question"]}
    assert [r["messages"][0]["content"] for r in read_rows(tmp_path / "d.jsonl")] == [qa(3)["question"]]
    with pytest.raises(InputError):
        parse_statuses("approved,accepted")


def test_of_two_equal_pairs_the_approved_one_is_kept(factory, tmp_path: Path) -> None:
    variant = half_width(qa(1)["question"])
    make_pairs(factory, [qa(1, status="pending"), qa(2, edited_question=variant, edited_answer=qa(1)["answer"]),
                         qa(3, status="pending")])
    result = export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(statuses=parse_statuses("all"), val_ratio=0))
    assert result.counts["skipped_duplicates"] == 1
    assert [r["messages"][0]["content"] for r in read_rows(tmp_path / "d.jsonl")] == [variant, qa(3)["question"]]
    assert json.loads((tmp_path / "d.manifest.json").read_text(encoding="utf-8"))["filters"]["status"] == [
        "pending", "approved", "rejected"]


def test_min_score_leaves_out_lower_and_unscored_pairs(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1, score=90.0), qa(2, score=70.0), qa(3), qa(4, score=80.0)])
    export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(min_score=80, val_ratio=0))
    assert questions(tmp_path / "d.jsonl") == {qa(1)["question"], qa(4)["question"]}


def test_document_and_run_filters(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1)], doc_name="a.pdf")
    make_pairs(factory, [qa(2)], doc_name="b.pdf")
    export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(documents=(2,), val_ratio=0))
    assert questions(tmp_path / "d.jsonl") == {qa(2)["question"]}
    export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(runs=(1,), val_ratio=0))
    assert questions(tmp_path / "d.jsonl") == {qa(1)["question"]}


def test_duplicates_are_left_out_and_dropped_again_after_edits(factory, tmp_path: Path) -> None:
    ids = make_pairs(factory, [
        qa(1),
        qa(2, edited_question=qa(1)["question"], edited_answer=qa(1)["answer"]),  # an edit made it equal to 1
        qa(3, edited_question="  " + qa(1)["question"].upper() + " ", edited_answer=qa(1)["answer"]),
        qa(4, flag="duplicate"),
        qa(5, flag="vague_question"),
        qa(6),
        qa(7, edited_question=half_width(qa(8)["question"]), edited_answer=qa(8)["answer"]),  # the edit comes first
        qa(8),
    ])
    with session_scope(factory) as s:
        s.get(QAPair, ids[5]).duplicate_of = ids[0]
    result = export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(val_ratio=0))

    kept = [qa(1), qa(5), {**qa(8), "question": half_width(qa(8)["question"])}]
    assert read_rows(tmp_path / "d.jsonl") == [to_row(Conversation.single(**p), "messages") for p in kept]
    assert result.counts["skipped_duplicates"] == 5 and result.counts["train"] == 3
    assert {k: n for k, n in result.left_out.items() if n} == {"near_duplicate": 2, "edits_made_equal": 3}


def test_the_duplicate_flag_is_the_scorers() -> None:
    from distill.scoring.result import DUPLICATE

    assert DUPLICATE_FLAGS == (DUPLICATE,)


def split_questions(factory, tmp_path: Path, seed: int, ratio: float = 0.25) -> tuple[set[str], set[str], bytes]:  # type: ignore[no-untyped-def]
    out = tmp_path / f"seed{seed}" / "data.jsonl"
    export_pairs(factory, out, ExportOptions(val_ratio=ratio, seed=seed))
    train, val = output_paths(out, ratio).values()
    return questions(train), questions(val), val.read_bytes()


def test_split_is_seeded_disjoint_by_question_and_near_the_ratio(factory, tmp_path: Path) -> None:
    # 400 questions, each with two answers: a question split across the sides would show here.
    make_pairs(factory, [qa(i) for i in range(400)] + [{**qa(i), "answer": f"答：{i}"} for i in range(400)])
    train, val, val_bytes = split_questions(factory, tmp_path, seed=42)

    assert not train & val and len(train | val) == 400
    assert 0.18 <= len(val) / 400 <= 0.32
    assert split_questions(factory, tmp_path / "again", seed=42)[2] == val_bytes
    other_train, other_val, _ = split_questions(factory, tmp_path, seed=7)
    assert other_val != val and not other_train & other_val


def test_files_are_utf8_with_chinese_unescaped(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1)])
    export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(val_ratio=0, format="alpaca"))
    raw = (tmp_path / "d.jsonl").read_bytes()
    assert "报销上限".encode("utf-8") in raw and b"\\u" not in raw
    assert "制度.pdf".encode("utf-8") in (tmp_path / "d.manifest.json").read_bytes()


def test_manifest_traces_the_files_back_to_their_data(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(i, score=90.0, scorer_version="score-1") for i in range(40)] + [qa(99, status="pending")])
    result = export_pairs(factory, tmp_path / "data.jsonl", ExportOptions(min_score=50, system=SYSTEM))

    manifest = json.loads((tmp_path / "data.manifest.json").read_text(encoding="utf-8"))
    assert result.manifest == tmp_path / "data.manifest.json"
    assert [f["name"] for f in manifest["files"]] == ["data.train.jsonl", "data.val.jsonl"]
    for entry in manifest["files"]:
        data = (tmp_path / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["rows"] == data.count(b"\n")
    assert manifest["counts"]["train"] + manifest["counts"]["val"] == 40
    assert manifest["filters"]["status"] == ["approved"] and manifest["filters"]["min_score"] == 50
    assert manifest["run_ids"] == [1] and manifest["scorer_versions"] == ["score-1"]
    assert manifest["documents"][0]["name"] == "制度.pdf" and manifest["system_prompt"] == SYSTEM
    assert manifest["format"] == "messages" and manifest["split"]["seed"] == 42
    assert not (tmp_path / "dataset_info.json").exists()  # only for LLaMA-Factory's formats


def llama_factory_check(folder: Path, name: str, tmp_path: Path) -> None:
    """What LLaMA-Factory's data parser and converters read from an entry, checked against the file."""
    entry = json.loads((folder / "dataset_info.json").read_text(encoding="utf-8"))[name]
    rows = load(folder / entry["file_name"], tmp_path)
    fmt = entry.get("formatting", "alpaca")
    allowed = {"alpaca": {"prompt", "query", "response", "history", "system"}, "sharegpt": {"messages", "system"}}
    assert set(entry["columns"]) <= allowed[fmt]
    assert set(entry["columns"].values()) <= set(rows.column_names)
    if fmt == "sharegpt":
        tags = entry["tags"]
        for turns in rows[entry["columns"]["messages"]]:
            assert [t[tags["role_tag"]] for t in turns] == [tags["user_tag"], tags["assistant_tag"]]
            assert all(t[tags["content_tag"]] for t in turns)


@pytest.mark.parametrize("fmt", ["alpaca", "sharegpt"])
@pytest.mark.parametrize("system", [SYSTEM, None])
def test_dataset_info_is_merged_and_matches_the_files(factory, tmp_path: Path, fmt: str, system: str | None) -> None:
    make_pairs(factory, [qa(i) for i in range(60)])
    other = {"identity": {"file_name": "identity.json"}}
    (tmp_path / "dataset_info.json").write_text(json.dumps(other), encoding="utf-8")
    result = export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format=fmt, system=system))

    info = json.loads((tmp_path / "dataset_info.json").read_text(encoding="utf-8"))
    assert result.dataset_info == tmp_path / "dataset_info.json"
    assert set(info) == {"identity", "policy_train", "policy_val"} and info["identity"] == other["identity"]
    assert info["policy_val"]["file_name"] == "policy.val.jsonl" and info["policy_val"]["formatting"] == fmt
    assert ("system" in info["policy_train"]["columns"]) == bool(system)
    for name in ("policy_train", "policy_val"):
        llama_factory_check(tmp_path, name, tmp_path)


def visible_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_failing_export_leaves_every_file_as_it_was(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(i) for i in range(50)])
    out = tmp_path / "out"
    out.mkdir()
    (out / "data.train.jsonl").write_text("old\n", encoding="utf-8")
    (out / "data.val.jsonl").mkdir()  # the rename of the second file cannot happen
    before = visible_files(out)

    with pytest.raises(DistillError, match="is a directory"):
        export_pairs(factory, out / "data.jsonl", ExportOptions(format="sharegpt"))
    assert visible_files(out) == before  # no manifest, no dataset_info.json, no temporary file

    (out / "data.val.jsonl").rmdir()
    (out / "dataset_info.json").write_text("{not json", encoding="utf-8")
    before = visible_files(out)
    with pytest.raises(InputError, match="dataset_info.json"):
        export_pairs(factory, out / "data.jsonl", ExportOptions(format="alpaca"))
    with pytest.raises(InputError, match="unknown format"):
        export_pairs(factory, out / "data.jsonl", ExportOptions(format="chatml"))
    assert visible_files(out) == before


def test_nothing_to_export_says_which_filters_and_writes_nothing(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(1, status="pending"), qa(2, score=10.0)])
    with pytest.raises(NothingToExport, match=r"status approved and score >= 50.*1 approved, 1 pending"):
        export_pairs(factory, tmp_path / "new" / "data.jsonl", ExportOptions(min_score=50))
    assert not (tmp_path / "new").exists()


def test_output_names_say_which_file_is_which(tmp_path: Path) -> None:
    assert [p.name for p in output_paths(tmp_path / "data.jsonl", 0.1).values()] == ["data.train.jsonl", "data.val.jsonl"]
    assert [p.name for p in output_paths(tmp_path / "data", 0.1).values()] == ["data.train.jsonl", "data.val.jsonl"]
    assert [p.name for p in output_paths(tmp_path / "data.json", 0).values()] == ["data.json"]


def test_cli_json_summary_and_exit_codes(factory, db_url: str, tmp_path: Path) -> None:
    make_pairs(factory, [qa(i) for i in range(30)])
    runner = CliRunner()
    done = runner.invoke(app, ["export", "--db", db_url, "--out", "out/d.jsonl", "--format", "alpaca", "--json"])
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout)
    assert [f["name"] for f in summary["files"]] == ["d.train.jsonl", "d.val.jsonl"]
    assert summary["counts"]["train"] + summary["counts"]["val"] == 30
    assert summary["dataset_info"].endswith("dataset_info.json")
    assert summary["datasets"] == {"train": "d_train", "val": "d_val"}

    for bad in (["--format", "chatml"], ["--val-ratio", "1"], ["--val-ratio", "-0.1"], ["--status", "done"]):
        result = runner.invoke(app, ["export", "--db", db_url, "--out", "x.jsonl", *bad])
        assert result.exit_code == 2, (bad, result.output)
    nothing = runner.invoke(app, ["export", "--db", db_url, "--out", "y.jsonl", "--status", "rejected"])
    assert nothing.exit_code == 2 and "no pair to export with status rejected" in nothing.stderr
    assert not list(Path.cwd().glob("[xy]*"))


def test_offline_run_of_the_sample_policy_exports_its_approved_pairs(factory, db_url: str, sample_pdf: Path,
                                                                      tmp_path: Path) -> None:
    from distill.generate.select import OfflineGenerator
    from distill.runner import RunOptions, run

    assert run(factory, [sample_pdf], OfflineGenerator(), RunOptions(score=False)).pairs_added > 50
    with session_scope(factory) as s:
        s.execute(text("UPDATE qa_pairs SET status = 'approved' WHERE id % 3 != 0"))
        s.execute(text("UPDATE qa_pairs SET edited_answer = '以财务部最新通知为准。' WHERE id = 1"))
        wanted = {(q, a) for q, a in s.execute(text(
            "SELECT question, COALESCE(edited_answer, answer) FROM qa_pairs WHERE id % 3 != 0"))}
        assert ("以财务部最新通知为准。" in {a for _, a in wanted})
    result = export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format="messages", val_ratio=0.2))

    got = set()
    for f in result.files:
        dataset = load(f.path, tmp_path)
        assert dataset.num_rows == f.rows > 0
        got |= {(c.prompt_messages[-1].content, c.reference) for c in map(from_row, map(dict, dataset))}
    assert got == wanted and result.counts["skipped_duplicates"] == 0
    train, val = (questions(f.path) for f in result.files)
    assert not train & val


def test_every_approved_pair_left_out_is_counted_by_reason(factory, db_url: str, tmp_path: Path) -> None:
    ids = make_pairs(factory, [
        qa(1, score=90.0), qa(2, score=90.0), qa(3, score=40.0), qa(4),  # 3 too low, 4 never scored
        qa(5, score=90.0, edited_question=qa(1)["question"], edited_answer=qa(1)["answer"]),
        qa(6, score=90.0, status="pending"),  # not asked for: not counted
    ])
    with session_scope(factory) as s:
        s.get(QAPair, ids[1]).duplicate_of = ids[0]  # the scorer's near-duplicate of pair 1
    result = export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(min_score=80, val_ratio=0))
    assert result.counts["train"] == 1
    assert {k: n for k, n in result.left_out.items() if n} == {
        "near_duplicate": 1, "below_min_score": 1, "unscored": 1, "edits_made_equal": 1}
    manifest = json.loads((tmp_path / "d.manifest.json").read_text(encoding="utf-8"))
    assert manifest["left_out"] == result.left_out and manifest["counts"]["left_out"] == 4
    assert result.counts["train"] + manifest["counts"]["left_out"] == 5  # every approved pair accounted for

    table = CliRunner().invoke(app, ["export", "--db", db_url, "--out", "e.jsonl", "--val-ratio", "0"]).stdout
    assert "duplicates dropped" in table and "near-duplicates" in table and "made equal by edits" in table
    assert "duplicates dropped 0" not in " ".join(table.split())


def test_another_format_to_the_same_name_leaves_no_stale_dataset_info_entry(factory, tmp_path: Path) -> None:
    make_pairs(factory, [qa(i) for i in range(40)])
    other = {"identity": {"file_name": "identity.json"}}
    (tmp_path / "dataset_info.json").write_text(json.dumps(other), encoding="utf-8")
    export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format="alpaca"))
    assert set(json.loads((tmp_path / "dataset_info.json").read_text(encoding="utf-8"))) == {
        "identity", "policy_train", "policy_val"}

    export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format="messages"))  # rows now are messages
    assert json.loads((tmp_path / "dataset_info.json").read_text(encoding="utf-8")) == other

    export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format="sharegpt"))
    info = json.loads((tmp_path / "dataset_info.json").read_text(encoding="utf-8"))
    assert info["policy_train"]["formatting"] == "sharegpt"
    llama_factory_check(tmp_path, "policy_train", tmp_path)

    # A different name for the same file (another --out spelling) replaces the old entry too.
    (tmp_path / "dataset_info.json").write_text(json.dumps({**other, "old": info["policy_train"]}), encoding="utf-8")
    export_pairs(factory, tmp_path / "policy.jsonl", ExportOptions(format="alpaca"))
    info = json.loads((tmp_path / "dataset_info.json").read_text(encoding="utf-8"))
    assert set(info) == {"identity", "policy_train", "policy_val"} and info["policy_train"]["formatting"] == "alpaca"


def test_every_exported_row_traces_back_to_its_pair_page_and_evidence(db_url: str, tmp_path: Path) -> None:
    from db.models import PairEvidence

    factory = open_database(db_url)
    source = "第一条 总则。笔记本电脑单价不超过6000元，台式机单价不超过5000元。"
    with session_scope(factory) as s:
        doc = Document(sha256="c" * 64, path="p.pdf", name="p.pdf", extractor="pymupdf", page_count=9,
                       char_count=500, text="前言" * 100 + source)
        s.add(doc)
        s.flush()
        chunk = Chunk(document_id=doc.id, chunk_size=800, chunk_overlap=0, index=3, char_start=200,
                      char_end=200 + len(source), page_start=4, page_end=5, text=source)
        run = Run(signature="t", provider="offline", model="m", chunk_size=800, chunk_overlap=0)
        s.add_all([chunk, run])
        s.flush()
        ids = []
        for i in range(30):
            q, a = f"第{i}个问题：台式机单价上限是多少？", f"台式机单价不超过{5000 + i}元。"
            pair = QAPair(question=q, answer=a, document_id=doc.id, chunk_id=chunk.id, run_id=run.id,
                          provider="offline", model="m", status="approved", content_hash=content_hash(q, a))
            s.add(pair)
            s.flush()
            ids.append(pair.id)
        start = source.index("台式机")
        s.add(PairEvidence(pair_id=ids[0], position=0, start=start, end=start + 13, strength=0.9, origin="quote"))
        s.add(PairEvidence(pair_id=ids[0], position=1, start=0, end=6, strength=0.2))
    result = export_pairs(factory, tmp_path / "d.jsonl", ExportOptions(val_ratio=0.2))

    manifest = json.loads((tmp_path / "d.manifest.json").read_text(encoding="utf-8"))
    trace_file = tmp_path / manifest["trace"]["name"]
    assert trace_file.name == "d.trace.jsonl" and result.trace is not None
    assert manifest["trace"]["sha256"] == hashlib.sha256(trace_file.read_bytes()).hexdigest()
    traces = read_rows(trace_file)
    assert len(traces) == manifest["trace"]["rows"] == 30
    files = {f["name"]: read_rows(tmp_path / f["name"]) for f in manifest["files"]}
    for t in traces:  # each trace line points at one row of one file, and at the pair that made it
        row = files[t["file"]][t["line"] - 1]
        with session_scope(factory) as s:
            pair = s.get_one(QAPair, t["pair_id"])
        assert row["messages"][0]["content"] == pair.question
        assert (t["document_id"], t["page_start"], t["page_end"], t["chunk_id"]) == (1, 4, 5, 1)
    first = next(t for t in traces if t["pair_id"] == ids[0])
    best = first["evidence"][0]
    assert source[best["start"]:best["end"]] == "台式机单价不超过5000元"
    assert ("前言" * 100 + source)[best["document_start"]:best["document_end"]] == "台式机单价不超过5000元"
    assert (best["strength"], best["origin"], len(first["evidence"])) == (0.9, "quote", 2)
    assert all(t["evidence"] == [] for t in traces if t["pair_id"] != ids[0])
