"""Throughput of the classify stage (themes + slogans together) on one core.

    python benchmarks/bench_classify.py [N]

Builds N genre-like releases (EN, ZH and bilingual, written for this benchmark), runs
``pressnlp.classify.classify`` on each and prints releases per second. Target: ≥ 500/s.
"""

from __future__ import annotations

import random
import sys
import time

from pressnlp.classify import classify
from pressnlp.records import Release

EN = [
    "On {d}, Vice Mayor Duan Jiyang met with a delegation from {p} led by its deputy mayor, and "
    "the two sides had in-depth exchanges on cooperation in advanced manufacturing and tourism.",
    "Consuls general and consular officers from {n} consulates general attended the New Year "
    "reception, where the mayor introduced the city's first-class market-oriented, law-based and "
    "internationalized business environment and high-level opening-up.",
    "The Foreign Affairs Office held a training session for more than {n} officials to study Xi "
    "Jinping Thought on Diplomacy, strengthen the \"Four Consciousnesses\" and achieve the "
    "\"Two Safeguards\".",
    "The forum, themed \"Open Cities, Shared Future\", gathered {n} sister cities to discuss green "
    "development and the Belt and Road Initiative, so as to achieve win-win cooperation.",
    "The city will advance the comprehensive revitalization of Northeast China in the new era and "
    "tell Shenyang's story well to the world.",
]
ZH = [
    "{d}，市委外办主任会见了{p}驻沈阳总领事一行，双方就深化经贸合作、推动人员往来便利化等议题深入交换了意见。",
    "会议要求全市外事系统坚持党管外事，深刻领悟“两个确立”的决定性意义，增强“四个意识”，做到“两个维护”。",
    "本届博览会以“开放合作、共享未来”为主题，来自{n}个国家和地区的企业参展，共签约项目{n}个。",
    "市外办将坚持外事为民理念，积极服务“一带一路”建设和高水平对外开放，讲好中国故事、讲好沈阳故事。",
    "两市自缔结友好城市关系以来，在教育、文化、旅游等领域开展了富有成效的交流与合作。",
]
PARTNERS = ["Sapporo", "Sendai", "Oakland", "Nuremberg", "Daejeon", "德国", "日本", "韩国"]


def make_releases(n: int, seed: int = 1) -> list[Release]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = i % 3
        fill = dict(d=f"May {rng.randint(1, 28)}", p=rng.choice(PARTNERS), n=rng.randint(5, 90))
        if kind == 0:
            paras = [s.format(**fill) for s in rng.sample(EN, 4)]
            title, lang = "Shenyang Holds Reception for Consular Corps", "en"
        elif kind == 1:
            paras = [s.format(**fill) for s in rng.sample(ZH, 4)]
            title, lang = "市外办召开全市外事工作会议", "zh"
        else:
            paras = [x.format(**fill) for pair in zip(rng.sample(ZH, 3), rng.sample(EN, 3)) for x in pair]
            title, lang = "曹赛先会见马来西亚驻广州总领事", "mixed"
        out.append(Release(id=f"b{i}", title=title, paragraphs=tuple(paras), language=lang))
    return out


def main(n: int = 2000) -> float:
    releases = make_releases(n)
    classify(releases[0])  # warm the caches (lexicons, compiled patterns, OpenCC)
    t0, c0 = time.perf_counter(), time.process_time()
    n_themes = n_slogans = 0
    for rel in releases:
        themes, slogans = classify(rel)
        n_themes += len(themes)
        n_slogans += len(slogans)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rate = n / cpu
    print(f"classify: {n} releases in {dt:.2f} s wall, {cpu:.2f} s CPU = {rate:.0f} releases/s "
          f"per core (wall: {n / dt:.0f}/s; {n_themes} themes, {n_slogans} slogans); target >= 500/s")
    return rate


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
