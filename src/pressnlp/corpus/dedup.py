"""Exact and near duplicates across a corpus (syndicated copies of one release).

Workers compute a :class:`Fingerprint` per release: a hash of the normalised body (simplified
script, case-folded, without spaces and punctuation) and a MinHash over its character
5-shingles — characters, not words, so Chinese needs no segmentation and traditional copies
match their simplified originals. The :class:`Deduper` sees fingerprints in input order and
names the first seen copy: an equal hash, else an LSH candidate whose estimated Jaccard
similarity reaches ``threshold``.

The MinHash and the LSH band layout are computed here with numpy exactly as ``datasketch``
(2.0) computes them — ``MinHash(num_perm=64, hashfunc=zlib.crc32)``, its "affine32" scheme,
and ``MinHashLSH(threshold, num_perm).b, .r`` (tests compare the two) — so a run imports
neither datasketch nor the scipy it pulls in (~0.5 s of start-up).
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

from ..script import to_simplified

NUM_PERM = 64
SHINGLE = 5
MIN_CHARS = 80  # shorter bodies are compared exactly only
MIN_EXACT = 12  # bodies shorter than this (normalised) are not compared at all
MAX_CHARS = 20000
_DROP = re.compile(r"[\W_]+", re.UNICODE)
# the bytes _DROP removes from an ASCII text: all but letters and digits
_ASCII_DROP = bytes(b for b in range(128) if not chr(b).isalnum())


@dataclass(frozen=True)
class Fingerprint:
    release_id: str
    path: str | None
    digest: bytes | None  # None for (nearly) empty bodies: never duplicates
    minhash: np.ndarray | None  # uint32[NUM_PERM], None for short bodies


def normalise(body: str) -> str:
    """The body simplified, case-folded, without spaces, punctuation and underscores."""
    text = body[:MAX_CHARS]
    if text.isascii():  # the same as below, without the regex and the script conversion
        return text.lower().encode("ascii").translate(None, _ASCII_DROP).decode("ascii")
    return _DROP.sub("", to_simplified(text).casefold())


def fingerprint(release_id: str, body: str, path: str | None = None) -> Fingerprint:
    norm = normalise(body)
    if len(norm) < MIN_EXACT:
        return Fingerprint(release_id, path, None, None)
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=12).digest()
    if len(norm) < MIN_CHARS:
        return Fingerprint(release_id, path, digest, None)
    return Fingerprint(release_id, path, digest, _signature(shingle_hashes(norm)))


def shingle_hashes(norm: str) -> np.ndarray:
    """``zlib.crc32`` of the UTF-8 bytes of the character shingles of a text (uint32; the
    same shingle may come more than once, which does not change a MinHash)."""
    raw = norm.encode("utf-8")
    starts = range(len(raw) + 1) if len(raw) == len(norm) else _utf8_offsets(norm)
    shingles = map(raw.__getitem__, map(slice, starts, starts[SHINGLE:]))
    return np.fromiter(map(zlib.crc32, shingles), dtype=np.uint32, count=len(norm) - SHINGLE + 1)


def _utf8_offsets(text: str) -> list[int]:
    """The offset of each character of ``text`` in its UTF-8 encoding, and the length."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    sizes = 1 + (points >= 0x80).astype(np.int64) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return offsets.tolist()


def minhash(shingles: list[bytes], num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature (uint32[num_perm]) of a non-empty set of byte strings: each
    ``zlib.crc32`` hash mixed by the MurmurHash3 finalizer, then ``a·h + b`` (mod 2³²) for
    every permutation (a, b), and the least value per permutation."""
    hashes = np.fromiter(map(zlib.crc32, shingles), dtype=np.uint32, count=len(shingles))
    return _signature(hashes, num_perm)


def _signature(hashes: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of the shingles of ``zlib.crc32`` values ``hashes``."""
    a, b = _permutations(num_perm)
    values = a.reshape(-1, 1) * _fmix32(hashes)  # a row a permutation: each row's min is fast
    values += b.reshape(-1, 1)
    return values.min(axis=1)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (a bijection; multiplication wraps modulo 2³²)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


@functools.lru_cache(maxsize=None)
def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The permutations (odd ``a``, ``b``: uint32[num_perm]) drawn from seed 1 as
    ``datasketch.MinHash`` draws them."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The number of bands ``b`` and rows a band ``r`` (b·r ≤ num_perm) that minimise the
    false positive plus false negative probability at ``threshold`` (equal weights), as
    ``datasketch.MinHashLSH`` chooses them. The probabilities are integrals of polynomials
    of degree ≤ num_perm, which Gauss–Legendre quadrature of num_perm/2 + 1 nodes gives
    exactly."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(f: object, lo: float, hi: float) -> float:
        s = (hi - lo) / 2 * nodes + (hi + lo) / 2
        return float((hi - lo) / 2 * np.dot(weights, f(s)))  # type: ignore[operator]

    best, best_error = (0, 0), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = integral(lambda s: 1 - (1 - s ** float(r)) ** float(b), 0.0, threshold)
            fn = integral(lambda s: (1 - s ** float(r)) ** float(b), threshold, 1.0)
            error = 0.5 * fp + 0.5 * fn
            if error < best_error:
                best, best_error = (b, r), error
    return best


class _Bands:
    """LSH banding of the stored signatures, compact enough for 100,000s of releases: a 64-bit
    hash of each band's values (with the band's number) and the key stored under it, in sorted
    numpy arrays (12 bytes a release and band), plus a small dict of the latest inserts merged
    into them every ``MERGE_EVERY`` inserts. The band count and width are datasketch's choice
    for the threshold (:func:`lsh_bands`); a band matches exactly when its values do (a 64-bit
    hash collision only adds a candidate, which the similarity check then rejects). Dicts of
    every band's hashes held ~1.3 KB a release (130 MB at 100,000 releases), this ~0.15 KB."""

    MERGE_EVERY = 4096

    def __init__(self, threshold: float, num_perm: int) -> None:
        b, r = lsh_bands(threshold, num_perm)
        self.ranges = [(i * r, (i + 1) * r) for i in range(b)]
        self.hashes = np.empty(0, dtype=np.int64)  # sorted
        self.keys = np.empty(0, dtype=np.int32)  # in the hashes' order
        self.recent: dict[int, list[int]] = {}
        self.n_recent = 0

    def _hashes(self, sig: np.ndarray) -> list[int]:
        return [hash((band, sig[a:b].tobytes())) for band, (a, b) in enumerate(self.ranges)]

    def query(self, sig: np.ndarray) -> set[int]:
        hashes = self._hashes(sig)
        found: set[int] = set()
        for h in hashes:
            found.update(self.recent.get(h, ()))
        los = np.searchsorted(self.hashes, hashes, side="left").tolist()
        his = np.searchsorted(self.hashes, hashes, side="right").tolist()
        for lo, hi in zip(los, his):
            if hi > lo:
                found.update(self.keys[lo:hi].tolist())
        return found

    def insert(self, key: int, sig: np.ndarray) -> None:
        for h in self._hashes(sig):
            self.recent.setdefault(h, []).append(key)
        self.n_recent += 1
        if self.n_recent >= self.MERGE_EVERY:
            self._merge()

    def _merge(self) -> None:
        """Move the latest inserts into the sorted arrays (one pass over them: linear)."""
        pairs = sorted((h, k) for h, keys in self.recent.items() for k in keys)
        hashes = np.fromiter((h for h, _ in pairs), np.int64, len(pairs))
        keys = np.fromiter((k for _, k in pairs), np.int32, len(pairs))
        at = np.searchsorted(self.hashes, hashes)
        self.hashes, self.keys = np.insert(self.hashes, at, hashes), np.insert(self.keys, at, keys)
        self.recent.clear()
        self.n_recent = 0


class Deduper:
    """First-seen bookkeeping: ``check(fp)`` → release_id of an earlier copy, or None."""

    def __init__(self, threshold: float = 0.8, candidates: float = 0.6) -> None:
        self.threshold = threshold  # estimated Jaccard similarity that makes a near copy
        self._exact: dict[bytes, str] = {}
        # LSH bands tuned for a lower similarity, so near copies are found (then verified)
        self._lsh = _Bands(min(candidates, threshold), NUM_PERM)
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
        sig = np.asarray(fp.minhash, dtype=np.uint32)
        candidates = np.fromiter(self._lsh.query(sig), dtype=np.int64)
        if len(candidates):  # the earliest candidate similar enough, all compared at once
            similar = candidates[(self._sigs[candidates] == sig).mean(axis=1) >= self.threshold]
            if len(similar):
                return self._ids[int(similar.min())]
        key = len(self._ids)
        if key >= len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.zeros_like(self._sigs)])
        self._sigs[key] = sig
        self._ids.append(fp.release_id)
        self._lsh.insert(key, sig)
        return None


__all__ = ["Fingerprint", "fingerprint", "normalise", "shingle_hashes", "minhash", "lsh_bands", "Deduper"]
