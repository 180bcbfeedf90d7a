"""Exact and near duplicates across a corpus (syndicated copies of one release).

Workers compute a :class:`Fingerprint` per release: a hash of the normalised body (simplified
script, case-folded, without spaces and punctuation) and a MinHash (``datasketch``) over its
character 5-shingles — characters, not words, so Chinese needs no segmentation and traditional
copies match their simplified originals. The :class:`Deduper` sees fingerprints in input order
and names the first seen copy: an equal hash, else an LSH candidate whose estimated Jaccard
similarity reaches ``threshold``.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..script import to_simplified

NUM_PERM = 64
SHINGLE = 5
MIN_CHARS = 80  # shorter bodies are compared exactly only
MIN_EXACT = 12  # bodies shorter than this (normalised) are not compared at all
MAX_CHARS = 20000
_DROP = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    release_id: str
    path: str | None
    digest: bytes | None  # None for (nearly) empty bodies: never duplicates
    minhash: np.ndarray | None  # uint32[NUM_PERM], None for short bodies


def normalise(body: str) -> str:
    return _DROP.sub("", to_simplified(body[:MAX_CHARS]).casefold())


def fingerprint(release_id: str, body: str, path: str | None = None) -> Fingerprint:
    norm = normalise(body)
    if len(norm) < MIN_EXACT:
        return Fingerprint(release_id, path, None, None)
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=12).digest()
    if len(norm) < MIN_CHARS:
        return Fingerprint(release_id, path, digest, None)
    shingles = {norm[i:i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}
    mh = _template().copy()
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return Fingerprint(release_id, path, digest, mh.hashvalues.astype(np.uint32))


def _crc32(data: bytes) -> int:
    """A fast, stable 32-bit hash of a shingle (the same in every process)."""
    return zlib.crc32(data)


@functools.lru_cache(maxsize=1)
def _template() -> MinHash:
    """An empty MinHash whose permutations every fingerprint copies (built once)."""
    return MinHash(num_perm=NUM_PERM, hashfunc=_crc32)


def _minhash(values: np.ndarray) -> MinHash:
    """A MinHash from stored values, for LSH queries (only its values are used)."""
    mh = _template().copy()
    mh.hashvalues = values.astype(mh.hashvalues.dtype)
    return mh


class Deduper:
    """First-seen bookkeeping: ``check(fp)`` → release_id of an earlier copy, or None."""

    def __init__(self, threshold: float = 0.8, candidates: float = 0.6) -> None:
        self.threshold = threshold  # estimated Jaccard similarity that makes a near copy
        self._exact: dict[bytes, str] = {}
        # LSH bands tuned for a lower similarity, so near copies are found (then verified)
        self._lsh = MinHashLSH(threshold=min(candidates, threshold), num_perm=NUM_PERM)
        self._ids: list[str] = []
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint32)

    def check(self, fp: Fingerprint) -> str | None:
        if fp.digest is None:
            return None
        first = self._exact.get(fp.digest)
        if first is not None:
            return first
        first = self._near(fp)
        self._exact[fp.digest] = first or fp.release_id
        return first

    def _near(self, fp: Fingerprint) -> str | None:
        if fp.minhash is None:
            return None
        mh = _minhash(fp.minhash)
        best = None
        for key in self._lsh.query(mh):
            sim = float(np.mean(self._sigs[key] == fp.minhash))
            if sim >= self.threshold and (best is None or key < best):
                best = key
        if best is not None:
            return self._ids[best]
        key = len(self._ids)
        if key >= len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.zeros_like(self._sigs)])
        self._sigs[key] = fp.minhash
        self._ids.append(fp.release_id)
        self._lsh.insert(key, mh, check_duplication=False)
        return None


__all__ = ["Fingerprint", "fingerprint", "normalise", "Deduper"]
