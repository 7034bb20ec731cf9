"""Near-duplicate pairs: MinHash over character n-grams of question + answer, with LSH.

Character n-grams need no word segmentation, so this works on Chinese as on English. Pairs
are visited best first (approved before pending, then higher score, then lower id); each is
either kept (inserted into the LSH index) or, when a kept pair is at least `threshold`
similar, marked a near-duplicate of the most similar kept pair. So the
pair kept is always the better one, and kept pairs are never near-duplicates of each other.

Two questions that name different numbers ask different things however alike their text:
"赴一类城市…补助多少元？" and "赴二类城市…", or two cloze questions blanking different
figures of one sentence, share an answer and nearly every n-gram, yet neither repeats the
other. So a near-duplicate must also state the same numbers (ordinals included) in its question.
Pairs that can never be kept (rejected ones) are visited last and only ever marked.

MinHash LSH only finds the candidates (with a lower threshold, so that pairs right at the
threshold are not lost to its banding); the similarity that decides is the exact Jaccard
index of the two n-gram sets.

Exact duplicates never get here: the database refuses them at insert.

Signatures persist (`Signature`, `encode`/`decode`, `band_keys`): a database keeps each pair's
shingle hashes, MinHash and question numbers, and its LSH band keys, so that a scoring pass
that added a few pairs compares only those (and the pairs they touch) rather than rehashing
every pair; see `distill.scoring.database`.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from distill.numbers import Value, find_numbers, value_from_json
from distill.scoring.text import content

if TYPE_CHECKING:
    from datasketch import MinHash

DEFAULT_THRESHOLD = 0.85
NUM_PERM = 128
SHINGLE = 2  # characters: a Chinese word is mostly two
SEED = 1  # fixed: the same pairs always give the same verdicts
LSH_MARGIN = 0.15  # candidates are looked for this far below the threshold


@dataclass(frozen=True)
class Candidate:
    """A pair as dedup sees it: its key, whether it may be kept, and its text."""

    key: Hashable
    question: str
    answer: str
    keepable: bool = True


@dataclass(frozen=True)
class NearDuplicate:
    """`key` is a near-duplicate of the kept pair `kept`, with their estimated similarity."""

    key: Hashable
    kept: Hashable
    similarity: float


def shingles(question: str, answer: str, n: int = SHINGLE) -> "np.ndarray":
    """32-bit hashes of the character n-grams of the question and of the answer (folded:
    punctuation, spaces, width and case do not count)."""
    grams: set[str] = set()
    for text in (content(question), content(answer)):
        if len(text) <= n:
            if text:
                grams.add(text)
            continue
        grams.update(text[i:i + n] for i in range(len(text) - n + 1))
    # crc32 rather than datasketch's sha1: the same hash in every run, and several times faster.
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint32, count=len(grams)))


def jaccard(a: "np.ndarray", b: "np.ndarray") -> float:
    """Jaccard index of two sorted sets of shingle hashes."""
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def _identity(x: int) -> int:
    return x


_EMPTY: list["MinHash"] = []


def minhash(hashes: "np.ndarray") -> "MinHash":
    """The MinHash signature of a pair's shingle hashes."""
    if not _EMPTY:
        from datasketch import MinHash

        _EMPTY.append(MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity))
    # A copy of an empty signature shares its permutations: drawing 128 of them anew for
    # every pair would cost more than hashing the pair.
    m = _EMPTY[0].copy()
    m.update_batch(hashes.tolist())
    return m


def similar(a: Signature, b: Signature, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether two pairs are near-duplicates of each other (the test `NearDuplicateIndex` makes)."""
    return a.numbers == b.numbers and jaccard(a.hashes, b.hashes) >= threshold


def question_numbers(question: str) -> frozenset[tuple[str, Value]]:
    """The numbers a question names, ordinals included, by kind and value."""
    return frozenset((m.kind, m.value) for m in find_numbers(question))


@dataclass(frozen=True)
class Signature:
    """What near-duplicate detection needs of a pair: shingle hashes and question numbers (and,
    when just computed, its MinHash, whose band keys are kept apart in `pair_bands`)."""

    hashes: "np.ndarray"  # sorted uint32
    numbers: frozenset[tuple[str, Value]]
    minhash: "np.ndarray | None" = None  # uint64, NUM_PERM values


def signature(question: str, answer: str) -> tuple[Signature, "MinHash"]:
    """A pair's signature, and its MinHash."""
    hashes = shingles(question, answer)
    m = minhash(hashes)
    return Signature(hashes, question_numbers(question), m.hashvalues), m


_HEADER = struct.Struct("<BI")


def encode(sig: Signature) -> bytes:
    """The bytes kept in `pair_signatures.signature`: the shingle hashes and question numbers."""
    numbers = json.dumps(sorted(json.dumps([k, v.to_json()]) for k, v in sig.numbers)).encode()
    return _HEADER.pack(1, len(sig.hashes)) + sig.hashes.astype("<u4").tobytes() + numbers


def decode(data: bytes) -> Signature:
    """The signature `encode` wrote (without its MinHash)."""
    _, n = _HEADER.unpack_from(data)
    hashes = np.frombuffer(data, "<u4", n, _HEADER.size).astype(np.uint32)
    raw = json.loads(data[_HEADER.size + 4 * n:])
    numbers: frozenset[tuple[str, Value]] = frozenset(
        (str(kind), value_from_json(str(kind), value)) for kind, value in (json.loads(item) for item in raw))
    return Signature(hashes, numbers)


@lru_cache(maxsize=8)
def bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The LSH bands (start, end) the index uses for `threshold`: the same as datasketch's."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=max(0.5, threshold - LSH_MARGIN), num_perm=NUM_PERM).hashranges)


def band_keys(sig: Signature, threshold: float) -> list[int]:
    """One signed 64-bit key per band: two pairs share a key exactly when the index would
    bring them together as candidates."""
    assert sig.minhash is not None
    values = sig.minhash.astype("<u8")
    keys = []
    for i, (start, end) in enumerate(bands(threshold)):
        digest = hashlib.blake2b(i.to_bytes(2, "little") + values[start:end].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def text_hash(question: str, answer: str, threshold: float) -> str:
    """What a signature and its verdicts were made from (the shown text, the threshold and its
    banding), to tell they are stale."""
    return hashlib.sha256(f"{question}\0{answer}\0{threshold!r}\0{bands(threshold)}".encode()).hexdigest()


class NearDuplicateIndex:
    """Kept pairs so far; `add` either keeps a pair or says which kept pair it repeats."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError("the near-duplicate threshold must be in (0, 1]")
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=max(0.5, threshold - LSH_MARGIN), num_perm=NUM_PERM)
        self._kept: dict[Hashable, tuple[np.ndarray, frozenset[tuple[str, Value]]]] = {}
        self._order: dict[Hashable, int] = {}

    def add(self, item: Candidate) -> NearDuplicate | None:
        """Keep `item`, or return the kept pair it nearly repeats (the most similar one)."""
        hashes = shingles(item.question, item.answer)
        return self._add(item.key, item.keepable, hashes, minhash(hashes), question_numbers(item.question))

    def add_signature(self, key: Hashable, sig: Signature, m: "MinHash", keepable: bool = True) -> NearDuplicate | None:
        """`add` for a pair whose signature and MinHash are known."""
        return self._add(key, keepable, sig.hashes, m, sig.numbers)

    def _add(self, key: Hashable, keepable: bool, hashes: "np.ndarray", m: "MinHash",
             numbers: frozenset[tuple[str, Value]]) -> NearDuplicate | None:
        item = Candidate(key, "", "", keepable)
        best: tuple[float, int, Hashable] | None = None
        for key in self._lsh.query(m):
            kept, kept_numbers = self._kept[key]
            similarity = jaccard(hashes, kept)
            if similarity >= self.threshold and numbers == kept_numbers:
                rank = (similarity, -self._order[key], key)
                if best is None or rank[:2] > best[:2]:
                    best = rank
        if best is not None:
            return NearDuplicate(item.key, best[2], round(best[0], 3))
        if item.keepable:
            self._order[item.key] = len(self._order)
            self._kept[item.key] = (hashes, numbers)
            self._lsh.insert(item.key, m)
        return None


class BandIndex:
    """`NearDuplicateIndex` over band keys already known (kept in the database): the same
    candidates (pairs sharing a band), the same test, the same verdicts."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._by_key: dict[int, list[Hashable]] = {}
        self._kept: dict[Hashable, Signature] = {}
        self._order: dict[Hashable, int] = {}

    def add(self, key: Hashable, sig: Signature, keys: Iterable[int], keepable: bool = True) -> NearDuplicate | None:
        keys = list(keys)
        best: tuple[float, int, Hashable] | None = None
        for other in {k for band in keys for k in self._by_key.get(band, ())}:
            kept = self._kept[other]
            similarity = jaccard(sig.hashes, kept.hashes)
            if similarity >= self.threshold and sig.numbers == kept.numbers:
                rank = (similarity, -self._order[other], other)
                if best is None or rank[:2] > best[:2]:
                    best = rank
        if best is not None:
            return NearDuplicate(key, best[2], round(best[0], 3))
        if keepable:
            self._order[key] = len(self._order)
            self._kept[key] = sig
            for band in keys:
                self._by_key.setdefault(band, []).append(key)
        return None


def find_near_duplicates(ranked: Iterable[Candidate], threshold: float = DEFAULT_THRESHOLD) -> list[NearDuplicate]:
    """The near-duplicates among `ranked` (best pair first): each points at the kept pair."""
    index = NearDuplicateIndex(threshold)
    found = []
    for item in ranked:
        dup = index.add(item)
        if dup is not None:
            found.append(dup)
    return found


def describe(dup: NearDuplicate, noun: str = "pair") -> str:
    """The flag detail a reviewer reads."""
    return f"near-duplicate of {noun} {dup.kept} (similarity {dup.similarity:.2f}); that one is kept"
