"""Write a synthetic archive of N releases built from ``data/samples/``.

    python benchmarks/make_archive.py 100000 /tmp/archive.zip      # zip (default)
    python benchmarks/make_archive.py 10000 /tmp/archive.tar.gz    # tar.gz
    python benchmarks/make_archive.py 10000 /tmp/archive.jsonl     # JSONL with a text field
    python benchmarks/make_archive.py 2000 /tmp/archive/           # a folder of files

Each document is a sample page (EN, ZH, traditional, HTML in GB18030/Big5 …) whose long
paragraphs are redrawn from the samples of its language, with its years shifted, its cities
swapped and its other numbers changed, so documents differ the way a real archive's do. About 2% are syndicated copies of an earlier document (for the
duplicate detector) and 0.5% are bad inputs (empty or binary) to exercise the error rows.
The output is deterministic for a given N and ``--seed``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import tarfile
import zipfile
from pathlib import Path
from typing import Iterator

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
CITIES = [("Shenyang", "沈阳"), ("Dalian", "大连"), ("Changchun", "长春"), ("Harbin", "哈尔滨"),
          ("Wenzhou", "温州"), ("Changzhou", "常州"), ("Chengdu", "成都"), ("Qingdao", "青岛")]
_YEAR = re.compile(r"(?<!\d)(20[0-2]\d)(?!\d)")
_NUM = re.compile(r"(?<![\d.,:/-])(\d{2,3})(?![\d年月日:/-])")


def _encoding(name: str) -> str:
    parts = name.split(".")
    return parts[-2] if len(parts) > 2 else "utf-8"


def load_samples() -> list[tuple[str, str, str]]:
    """(name, suffix, text, encoding) of every sample page."""
    out = []
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix not in (".txt", ".html") or not p.is_file():
            continue
        enc = _encoding(p.name)
        out.append((p.name, enc, p.read_bytes().decode(enc, "replace")))
    return out


def vary(text: str, rng: random.Random) -> str:
    shift = rng.randint(-7, 1)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    (en_a, zh_a), (en_b, zh_b) = rng.sample(CITIES, 2)
    text = text.replace(en_a, "\0A").replace(en_b, en_a).replace("\0A", en_b)
    text = text.replace(zh_a, "\0Z").replace(zh_b, zh_a).replace("\0Z", zh_b)
    return _NUM.sub(lambda m: str(max(2, int(int(m.group(1)) * rng.uniform(0.5, 1.6)))), text)


def _lang(name: str) -> str:
    return name.split(".")[0].rsplit("_", 1)[-1]


def mix(text: str, pool: list[str], rng: random.Random) -> str:
    """Replace the long paragraphs of ``text`` by a random draw from ``pool`` (same language)."""
    lines = text.splitlines()
    long = [i for i, ln in enumerate(lines) if len(ln) > 60 and i > 1]
    if len(long) < 2 or len(pool) < 6:
        return text
    new = rng.sample(pool, min(len(long), len(pool)))
    for i, para in zip(long, new):
        lines[i] = para
    return "\n".join(lines)


def syndicate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    head = ["Source: Liaoning Daily", "转载自：新华网", "(Xinhua)"][rng.randrange(3)]
    return "\n".join(lines[:1] + [head] + lines[2:])


def documents(n: int, seed: int = 7) -> Iterator[tuple[str, bytes]]:
    """``n`` (file name, bytes) pairs."""
    rng = random.Random(seed)
    samples = load_samples()
    pools: dict[str, list[str]] = {}
    for name, _, text in samples:
        pools.setdefault(_lang(name), []).extend(
            ln for i, ln in enumerate(text.splitlines()) if len(ln) > 60 and i > 1)
    recent: list[tuple[str, str, str]] = []
    for i in range(n):
        name, enc, text = samples[i % len(samples)]
        stem, _, rest = name.partition(".")
        fname = f"{i:07d}_{stem}.{rest}"
        r = rng.random()
        if r < 0.003:
            yield f"{i:07d}_empty.txt", b""
            continue
        if r < 0.005:
            yield f"{i:07d}_photo.jpg", b"\xff\xd8\xff\xe0" + rng.randbytes(2000)
            continue
        if r < 0.025 and recent:
            src_enc, src_text = rng.choice(recent)[1:]
            doc = syndicate(src_text, rng)
            enc = src_enc
        else:
            doc = vary(mix(text, pools[_lang(name)], rng), rng)
            recent = (recent + [(fname, enc, doc)])[-50:]
        yield fname, doc.encode(enc, "replace")


def write(n: int, out: Path, seed: int = 7) -> Path:
    name = out.name.lower()
    docs = documents(n, seed)
    if name.endswith(".zip"):
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for fname, data in docs:
                zf.writestr(f"{fname[:4]}/{fname}", data)
    elif name.endswith((".tar.gz", ".tgz", ".tar")):
        with tarfile.open(out, "w:gz" if not name.endswith(".tar") else "w") as tf:
            for fname, data in docs:
                info = tarfile.TarInfo(f"{fname[:4]}/{fname}")
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    elif name.endswith(".jsonl"):
        with out.open("w", encoding="utf-8") as fh:
            for fname, data in docs:
                text = data.decode(_encoding(fname), "replace")
                fh.write(json.dumps({"id": fname.rsplit(".", 1)[0], "text": text},
                                    ensure_ascii=False) + "\n")
    else:
        for fname, data in docs:
            (out / fname[:4]).mkdir(parents=True, exist_ok=True)
            (out / fname[:4] / fname).write_bytes(data)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path, help=".zip, .tar.gz, .jsonl or a folder")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    write(args.n, args.out, args.seed)
    print(f"wrote {args.n} documents to {args.out}")


if __name__ == "__main__":
    main()
