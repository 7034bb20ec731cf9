"""`distill export`: reviewed QA pairs from the database to training files, streamed and written atomically.

Pairs are read in batches (`yield_per`), the reviewer's edit replacing the original text;
pairs marked duplicate are left out and exact duplicates of the exported text are dropped
again (two edits can make two pairs equal); every pair of the asked statuses that is left out is
counted under its reason. Each row is made by `distill.formats.to_row`, and traced in a sidecar
(`NAME.trace.jsonl`: pair, document, chunk, pages, evidence offsets) named in the manifest.
The train/validation split hashes the normalised question with the seed, so it is seeded,
streaming, and never puts one question on both sides. Every file is written to a temporary
file and renamed only once all of them are complete: an export that fails leaves nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Select, bindparam, case, exists, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import (
    REVIEW_APPROVED, REVIEW_PENDING, REVIEW_REJECTED, REVIEW_STATUSES, Chunk, Document, PairEvidence, PairFlag, QAPair,
    content_hash,
)
from db.session import session_scope
from distill.errors import EXIT_BAD_INPUT, DistillError, InputError
from distill.formats import FORMATS, Conversation, to_row
from review.manifest import DATASET_INFO, LLAMA_FACTORY_FORMATS, build_manifest, dataset_info_entry, dumps
from review.manifest import merged_dataset_info, read_dataset_info

STATUS_ALL = "all"
# PairFlag names that keep a pair out of every export: distill.scoring.result.DUPLICATE, named here
# so export does not load the scorer (a test keeps the two in step).
DUPLICATE_FLAGS = ("duplicate",)
BATCH_SIZE = 2000
DATA_SUFFIXES = (".jsonl", ".json")
_STATUS_ORDER = (REVIEW_APPROVED, REVIEW_PENDING, REVIEW_REJECTED)  # which of two equal pairs is kept
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # UTF-8 out: Chinese stays readable


class NothingToExport(DistillError):
    """No pair passed the filters; no file is written. Exit 2, as for any request that selects nothing usable."""

    exit_code = EXIT_BAD_INPUT


# Why a pair of an asked status is not in the export, in the order the reasons are decided.
NEAR_DUPLICATE, UNSCORED, BELOW_MIN_SCORE = "near_duplicate", "unscored", "below_min_score"
OTHER_DOCUMENT, OTHER_RUN, EDITS_MADE_EQUAL, EMPTY = "other_document", "other_run", "edits_made_equal", "empty"
LEFT_OUT_REASONS = (NEAR_DUPLICATE, UNSCORED, BELOW_MIN_SCORE, OTHER_DOCUMENT, OTHER_RUN, EDITS_MADE_EQUAL, EMPTY)
TRACE_SUFFIX = ".trace.jsonl"


@dataclass(frozen=True)
class ExportOptions:
    format: str = "messages"
    statuses: tuple[str, ...] = (REVIEW_APPROVED,)
    min_score: float | None = None
    documents: tuple[int, ...] = ()
    runs: tuple[int, ...] = ()
    val_ratio: float = 0.1
    seed: int = 42
    system: str | None = None

    def validate(self) -> None:
        """InputError (exit 2) for a bad option."""
        if self.format not in FORMATS:
            raise InputError(None, f"unknown format {self.format!r}; choose one of {', '.join(FORMATS)}")
        if not 0.0 <= self.val_ratio < 1.0:
            raise InputError(None, f"--val-ratio must be in [0, 1), got {self.val_ratio}")
        if not self.statuses or any(s not in REVIEW_STATUSES for s in self.statuses):
            raise InputError(None, f"unknown status in {','.join(self.statuses)!r}; use {', '.join(REVIEW_STATUSES)} or all")


def parse_statuses(text: str) -> tuple[str, ...]:
    """`approved,pending` -> ('approved', 'pending'); `all` asks for every status, rejected included."""
    if text.strip().lower() == STATUS_ALL:
        return REVIEW_STATUSES
    statuses = tuple(dict.fromkeys(s.strip().lower() for s in text.split(",") if s.strip()))
    ExportOptions(statuses=statuses).validate()
    return statuses


@dataclass
class ExportedFile:
    split: str  # "train" | "val"
    path: Path
    rows: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"split": self.split, "name": self.path.name, "rows": self.rows, "sha256": self.sha256}


@dataclass
class ExportResult:
    files: list[ExportedFile]
    manifest: Path
    dataset_info: Path | None
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)
    datasets: dict[str, str] = field(default_factory=dict)  # split -> its name in dataset_info.json
    trace: ExportedFile | None = None  # one line per exported row: pair, document, pages, evidence
    left_out: dict[str, int] = field(default_factory=dict)  # pairs of the asked statuses not exported, by reason

    def to_json(self) -> dict[str, Any]:
        """The `distill export --json` shape."""
        return {
            "files": [{**f.to_json(), "path": str(f.path)} for f in self.files],
            "trace": None if self.trace is None else {**self.trace.to_json(), "path": str(self.trace.path)},
            "left_out": self.left_out,
            "manifest": str(self.manifest),
            "dataset_info": str(self.dataset_info) if self.dataset_info else None,
            "datasets": self.datasets,
            "counts": self.counts,
            "warnings": self.warnings,
        }


def output_paths(out: Path, val_ratio: float) -> dict[str, Path]:
    """`data.jsonl` -> data.train.jsonl + data.val.jsonl; with no validation split, `data.jsonl` itself."""
    suffix = out.suffix if out.suffix.lower() in DATA_SUFFIXES else ""
    stem = out.name[: len(out.name) - len(suffix)] if suffix else out.name
    suffix = suffix or ".jsonl"
    if val_ratio == 0:
        return {"train": out.with_name(stem + suffix)}
    return {"train": out.with_name(f"{stem}.train{suffix}"), "val": out.with_name(f"{stem}.val{suffix}")}


def manifest_path(out: Path) -> Path:
    suffix = out.suffix if out.suffix.lower() in DATA_SUFFIXES else ""
    return out.with_name(out.name[: len(out.name) - len(suffix)] + ".manifest.json")


def trace_path(out: Path) -> Path:
    """`data.jsonl` -> data.trace.jsonl: where each exported row came from."""
    return manifest_path(out).with_name(manifest_path(out).name.removesuffix(".manifest.json") + TRACE_SUFFIX)


def in_validation(question: str, seed: int, ratio: float) -> bool:
    """Whether the question's group goes to validation: a seeded hash of the normalised question."""
    if ratio <= 0:
        return False
    key = hashlib.sha256(f"{seed}\x1f{content_hash(question, '')}".encode()).digest()
    return int.from_bytes(key[:8], "big") < ratio * 2**64


def _pairs_query(options: ExportOptions, status: str) -> Select[*tuple[Any, ...]]:
    flagged = exists().where(col(PairFlag.pair_id) == col(QAPair.id), col(PairFlag.flag).in_(DUPLICATE_FLAGS))
    query = (
        select(col(QAPair.id), col(QAPair.status), col(QAPair.question), col(QAPair.answer),
               col(QAPair.edited_question), col(QAPair.edited_answer), col(QAPair.content_hash), col(QAPair.run_id),
               col(QAPair.document_id), col(QAPair.scorer_version), col(QAPair.chunk_id), col(Chunk.page_start),
               col(Chunk.page_end), col(Chunk.char_start))
        .join(Chunk, col(Chunk.id) == col(QAPair.chunk_id))
        .where(col(QAPair.status) == status, col(QAPair.duplicate_of).is_(None), ~flagged)
        .order_by(col(QAPair.id))  # one status at a time: its index gives id order, nothing to sort first
    )
    if options.min_score is not None:  # a pair never scored has no score to pass, so it is left out
        query = query.where(col(QAPair.score) >= options.min_score)
    if options.documents:
        query = query.where(col(QAPair.document_id).in_(options.documents))
    if options.runs:
        query = query.where(col(QAPair.run_id).in_(options.runs))
    return query


def _stream(session: Session, options: ExportOptions) -> Iterator[Row]:
    """The pairs to export, one status after another in REVIEW_STATUSES order, each by id.

    Approved pairs come first, so where an approved and a pending pair say the same, the
    approved one is kept.
    """
    for status in sorted(options.statuses, key=_STATUS_ORDER.index):
        yield from session.execute(_pairs_query(options, status).execution_options(yield_per=BATCH_SIZE))


class _Staging:
    """Temporary files beside their targets; `commit` renames them all, `discard` removes them."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []  # (temporary, final)
        umask = os.umask(0)
        os.umask(umask)
        self.mode = 0o666 & ~umask  # mkstemp makes 0600 files; exports are shared like any written file

    def open(self, final: Path) -> IO[bytes]:
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
        self.pending.append((Path(tmp), final))
        os.fchmod(fd, self.mode)
        return os.fdopen(fd, "wb", buffering=1 << 20)

    def write(self, final: Path, data: bytes) -> None:
        with self.open(final) as fh:
            fh.write(data)

    def commit(self) -> None:
        # Checked before the first rename, so a blocked target stops the export with nothing replaced.
        for _, final in self.pending:
            if final.is_dir():
                raise InputError(final, "is a directory; choose another --out")
        for tmp, final in self.pending:
            os.replace(tmp, final)
        self.pending.clear()

    def discard(self) -> None:
        for tmp, _ in self.pending:
            tmp.unlink(missing_ok=True)
        self.pending.clear()


class _Sink:
    """One output file: rows appended as JSON lines, counted and hashed as they are written."""

    def __init__(self, split: str, path: Path, fh: IO[bytes]) -> None:
        self.split, self.path, self.fh = split, path, fh
        self.rows = 0
        self.sha = hashlib.sha256()

    def add(self, row: dict[str, Any]) -> None:
        line = (_ENCODE(row) + "\n").encode("utf-8")
        self.fh.write(line)
        self.sha.update(line)
        self.rows += 1

    def close(self) -> ExportedFile:
        self.fh.close()
        return ExportedFile(self.split, self.path, self.rows, self.sha.hexdigest())


class _Tracer:
    """The trace sidecar: one JSON line per exported row (its file and line, the pair, document, pages
    and evidence spans), written a batch at a time so evidence is read with one query per batch."""

    def __init__(self, session: Session, sink: _Sink, batch: int = BATCH_SIZE) -> None:
        self.conn, self.sink, self.batch = session.connection(), sink, batch
        self.pending: list[dict[str, Any]] = []
        self.lines: dict[str, int] = {}

    def add(self, split: str, row: Row, file_name: str) -> None:
        pair_id, _, _, _, _, _, _, run_id, document_id, _, chunk_id, page_start, page_end, chunk_start = row
        self.lines[split] = self.lines.get(split, 0) + 1
        self.pending.append({"file": file_name, "line": self.lines[split], "pair_id": pair_id, "run_id": run_id,
                             "document_id": document_id, "chunk_id": chunk_id, "page_start": page_start,
                             "page_end": page_end, "chunk_start": chunk_start, "evidence": []})
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        by_pair = {r["pair_id"]: r for r in self.pending}
        stmt = (select(col(PairEvidence.pair_id), col(PairEvidence.start), col(PairEvidence.end),
                       col(PairEvidence.strength), col(PairEvidence.origin)).where(col(PairEvidence.pair_id).in_(list(by_pair)))
                .order_by(col(PairEvidence.pair_id), col(PairEvidence.position)))
        for pair_id, start, end, strength, origin in self.conn.execute(stmt):
            record = by_pair[pair_id]
            # Offsets into the chunk, and into the document's text: the chunk starts at chunk_start.
            record["evidence"].append({"start": start, "end": end, "document_start": record["chunk_start"] + start,
                                       "document_end": record["chunk_start"] + end, "strength": round(strength, 4),
                                       "origin": origin})
        for record in self.pending:
            self.sink.add(record)
        self.pending.clear()


@dataclass
class _Tally:
    left_out: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEFT_OUT_REASONS, 0))
    run_ids: set[int] = field(default_factory=set)
    document_ids: set[int] = field(default_factory=set)
    scorer_versions: set[str] = field(default_factory=set)


class _Deduper:
    """Drops a pair whose normalised text was exported before, holding only the edited pairs' hashes.

    Unedited pairs never equal one another (`content_hash` is unique in the table), so only an
    edit makes two pairs equal: the hashes of exported edited pairs are kept in memory, and an
    edited pair is looked up (one indexed query) among the unedited pairs exported before it.
    Memory grows with the edits, not with the export.
    """

    def __init__(self, session: Session, options: ExportOptions) -> None:
        self.conn = session.connection()
        self.edited: set[str] = set()
        # Per status, the statements that look for an unedited twin exported before a pair of that status.
        self.lookups = {status: self._lookups(options, status) for status in options.statuses}

    @staticmethod
    def _lookups(options: ExportOptions, status: str) -> list[Any]:
        statements = []
        for earlier in _STATUS_ORDER[: _STATUS_ORDER.index(status) + 1]:
            if earlier not in options.statuses:
                continue
            query = _pairs_query(options, earlier).where(
                col(QAPair.content_hash) == bindparam("digest"), col(QAPair.edited_question).is_(None),
                col(QAPair.edited_answer).is_(None))
            if earlier == status:
                query = query.where(col(QAPair.id) < bindparam("pair_id"))
            statements.append(query.limit(1))
        return statements

    def seen(self, status: str, pair_id: int, digest: str, edited: bool) -> bool:
        if digest in self.edited:
            return True
        if edited:
            params = {"digest": digest, "pair_id": pair_id}
            if any(self.conn.execute(q, params).first() is not None for q in self.lookups[status]):
                return True
            self.edited.add(digest)
        return False


def _write_rows(session: Session, options: ExportOptions, sinks: dict[str, _Sink], tally: _Tally,
                tracer: _Tracer) -> None:
    seed, ratio, system, fmt = options.seed, options.val_ratio, options.system, options.format
    split_sets, dedupe = "val" in sinks, _Deduper(session, options)
    for row in _stream(session, options):
        pair_id, status, question, answer, edited_q, edited_a, digest, run_id, document_id, scorer = row[:10]
        edited = edited_q is not None or edited_a is not None
        if edited:  # unedited, the stored hash is content_hash(question, answer): no need to normalise again
            question = question if edited_q is None else edited_q
            answer = answer if edited_a is None else edited_a
            digest = content_hash(question, answer)
        if not question.strip() or not answer.strip():
            tally.left_out[EMPTY] += 1
            continue
        if dedupe.seen(status, pair_id, digest, edited):
            tally.left_out[EDITS_MADE_EQUAL] += 1
            continue
        split = "val" if split_sets and in_validation(question, seed, ratio) else "train"
        sinks[split].add(to_row(Conversation.single(question, answer, system), fmt))
        tracer.add(split, row, sinks[split].path.name)
        tally.run_ids.add(run_id)
        tally.document_ids.add(document_id)
        if scorer:
            tally.scorer_versions.add(scorer)


def _left_out_by_filters(session: Session, options: ExportOptions) -> dict[str, int]:
    """Pairs of the asked statuses that the query leaves out, each under the first reason that holds."""
    flagged = exists().where(col(PairFlag.pair_id) == col(QAPair.id), col(PairFlag.flag).in_(DUPLICATE_FLAGS))
    whens: list[Any] = [(col(QAPair.duplicate_of).is_not(None) | flagged, NEAR_DUPLICATE)]
    if options.min_score is not None:
        whens += [(col(QAPair.score).is_(None), UNSCORED), (col(QAPair.score) < options.min_score, BELOW_MIN_SCORE)]
    if options.documents:
        whens.append((col(QAPair.document_id).not_in(options.documents), OTHER_DOCUMENT))
    if options.runs:
        whens.append((col(QAPair.run_id).not_in(options.runs), OTHER_RUN))
    reason = case(*whens, else_="").label("reason")
    rows = session.execute(select(reason, func.count()).where(col(QAPair.status).in_(options.statuses))
                           .group_by(reason)).all()
    return {str(r): int(n) for r, n in rows if r}


def _documents(session: Session, ids: set[int]) -> list[dict[str, Any]]:
    rows = session.execute(select(col(Document.id), col(Document.name), col(Document.sha256))
                           .where(col(Document.id).in_(sorted(ids))).order_by(col(Document.id)))
    return [{"id": i, "name": n, "sha256": h} for i, n, h in rows]


def _nothing_message(session: Session, options: ExportOptions) -> str:
    by_status = dict(session.execute(select(col(QAPair.status), func.count()).group_by(col(QAPair.status))).all())
    filters = [f"status {','.join(options.statuses)}"]
    left = {k: v for k, v in _left_out_by_filters(session, options).items() if v}
    if options.min_score is not None:
        filters.append(f"score >= {options.min_score:g}")
    if options.documents:
        filters.append(f"document {','.join(map(str, options.documents))}")
    if options.runs:
        filters.append(f"run {','.join(map(str, options.runs))}")
    held = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items())) or "no pairs"
    why = f" (left out: {', '.join(f'{n} {k}' for k, n in left.items())})" if left else ""
    return (f"no pair to export with {' and '.join(filters)}{why}; the database holds {held}. "
            "Approve pairs in `distill review`, or widen --status / --min-score; no file was written")


def _filters(options: ExportOptions) -> dict[str, Any]:
    return {"status": list(options.statuses), "min_score": options.min_score, "documents": list(options.documents),
            "runs": list(options.runs), "excluded": ["duplicate_of set", *(f"flag {f}" for f in DUPLICATE_FLAGS)]}


def _split_warnings(files: list[ExportedFile], ratio: float) -> list[str]:
    warnings = []
    for f in files:
        if f.rows == 0:
            warnings.append(f"{f.path.name} is empty: too few distinct questions for --val-ratio {ratio:g}")
    return warnings


def export_pairs(factory: sessionmaker[Session], out: Path, options: ExportOptions) -> ExportResult:
    """Export the pairs that pass `options` to `out` (split into train/val files), with a manifest."""
    options.validate()
    out = Path(out).expanduser()
    if out.is_dir():
        raise InputError(out, "is a directory; --out names a file such as data.jsonl")
    staging = _Staging()
    sinks: dict[str, _Sink] = {}
    opened: list[_Sink] = []  # every sink, the trace's included: closed whatever happens
    made = _missing_folders(out.parent)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        for split, path in output_paths(out, options.val_ratio).items():
            sinks[split] = _Sink(split, path, staging.open(path))
            opened.append(sinks[split])
        trace_file = trace_path(out)
        trace_sink = _Sink("trace", trace_file, staging.open(trace_file))
        opened.append(trace_sink)
        with session_scope(factory) as session:
            tally = _Tally()
            tracer = _Tracer(session, trace_sink)
            _write_rows(session, options, sinks, tally, tracer)
            tracer.flush()
            files = [s.close() for s in sinks.values()]
            trace = trace_sink.close()
            if not any(f.rows for f in files):
                raise NothingToExport(_nothing_message(session, options))
            tally.left_out.update(_left_out_by_filters(session, options))
            documents = _documents(session, tally.document_ids)
        result = _finish(staging, out, options, files, tally, documents, trace)
        staging.commit()
        return result
    except OSError as e:
        raise DistillError(f"cannot write the export next to {out}: {e.strerror or e}") from None
    finally:
        for sink in opened:
            sink.fh.close()
        if staging.pending:  # not committed: leave the disk as it was, folders included
            staging.discard()
            for folder in made:
                _remove_if_empty(folder)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders `mkdir(parents=True)` would create, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def _finish(staging: _Staging, out: Path, options: ExportOptions, files: list[ExportedFile], tally: _Tally,
            documents: list[dict[str, Any]], trace: ExportedFile) -> ExportResult:
    """Stage the manifest and dataset_info.json beside the data files."""
    left_out = dict(tally.left_out)
    counts = {"train": sum(f.rows for f in files if f.split == "train"),
              "val": sum(f.rows for f in files if f.split == "val"),
              "left_out": sum(left_out.values()),
              "skipped_duplicates": left_out[NEAR_DUPLICATE] + left_out[EDITS_MADE_EQUAL],
              "skipped_empty": left_out[EMPTY]}
    split = {"val_ratio": options.val_ratio, "seed": options.seed, "grouped_by": "normalised question"}
    manifest = build_manifest(
        fmt=options.format, filters=_filters(options), split=split, counts=counts, run_ids=sorted(tally.run_ids),
        documents=documents, scorer_versions=sorted(tally.scorer_versions), system_prompt=options.system,
        files=[f.to_json() for f in files], left_out=left_out, trace=trace.to_json(),
    )
    manifest_file = manifest_path(out)
    staging.write(manifest_file, dumps(manifest))
    info_file, names = _stage_dataset_info(staging, out.parent, manifest_file, options, files)
    return ExportResult(files, manifest_file, info_file, counts, _split_warnings(files, options.val_ratio), names,
                        trace, left_out)


def _stage_dataset_info(staging: _Staging, folder: Path, manifest_file: Path, options: ExportOptions,
                        files: list[ExportedFile]) -> tuple[Path | None, dict[str, str]]:
    """Register the files with LLaMA-Factory (alpaca, sharegpt); in every format, drop the entries
    that named these files before, so an entry never describes rows the file no longer holds."""
    info_file = folder / DATASET_INFO
    written = {f.path.name for f in files}
    if options.format not in LLAMA_FACTORY_FORMATS:
        existing = read_dataset_info(info_file)
        kept = {k: v for k, v in existing.items() if not _names_file(v, written)}
        if kept != existing:
            staging.write(info_file, dumps(kept))
        return None, {}
    stem = manifest_file.name.removesuffix(".manifest.json")
    names = {f.split: (stem if len(files) == 1 else f"{stem}_{f.split}") for f in files}
    entries = {names[f.split]: dataset_info_entry(options.format, f.path.name, bool(options.system)) for f in files}
    staging.write(info_file, dumps(merged_dataset_info(info_file, entries, replaced_files=written)))
    return info_file, names


def _names_file(entry: Any, names: set[str]) -> bool:
    return isinstance(entry, dict) and entry.get("file_name") in names
