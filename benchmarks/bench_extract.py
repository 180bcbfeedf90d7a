"""Full-extraction throughput (officials, entities, dates, quantities), EN and ZH, one core.

    .venv/bin/python benchmarks/bench_extract.py [--n 400] [--seed 7]

Releases are generated from template sentences in the genre's form with varied names, posts,
places and numbers (no devset text). Pipelines are built (and warmed up) before timing.
Targets: >= 150 English and >= 80 Chinese releases/s.
"""

from __future__ import annotations

import argparse
import random
import time

from pressnlp.extract import extract, nlp
from pressnlp.records import Release

SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"]
GIVEN = ["Donghai", "Shuangwei", "Xiaofeng", "Jianhua", "Lina", "Ming", "Yuehua", "Haitao", "Bo"]
FOREIGN = ["Anna Schmidt", "Olivier Durand", "Kenji Sato", "Maria Rossi", "Jan Novak", "Lee Min-ho"]
CITIES = ["Shenyang", "Changchun", "Dalian", "Harbin", "Chengdu", "Wuhan", "Xiamen", "Kunming"]
COUNTRIES = [("German", "Germany"), ("French", "France"), ("Finnish", "Finland"), ("Thai", "Thailand")]
EN_TEMPLATES = [
    "On {month} {day}, {name}, Deputy Secretary of the CPC {city} Municipal Committee and Mayor, "
    "met with {foreign}, {adj} Consul General in {city}, and a delegation of {n} entrepreneurs.",
    "{name2}, Director of {city} Foreign Affairs Office, attended the meeting and said that more "
    "than {n} foreign-invested enterprises have settled in the city over the past {y} years.",
    "Vice Mayor {name3} introduced the {city} economy. Mayor {sur} said the two sides should "
    "deepen cooperation in trade, tourism and education under the Belt and Road Initiative.",
    "{adj} Ambassador to China {foreign2} thanked the {city} People's Association for Friendship "
    "with Foreign Countries for its support, and about {n2} students joined the exchange program.",
    "The {city} Municipal Commerce Bureau signed {k} agreements worth RMB {amt} billion.",
]
ZH_SURNAMES = "王李张刘陈杨赵黄周吴徐孙"
ZH_GIVEN = ["东海", "双伟", "晓峰", "建华", "丽娜", "明", "月华", "海涛", "波"]
ZH_CITIES = ["沈阳", "长春", "大连", "哈尔滨", "成都", "武汉", "厦门", "昆明"]
ZH_FOREIGN = ["安娜·施密特", "奥利维耶·杜兰", "佐藤健二", "玛丽亚·罗西"]
ZH_COUNTRIES = ["德国", "法国", "芬兰", "泰国"]
ZH_TEMPLATES = [
    "{m}月{d}日，市委副书记、市长{name}会见了{country}驻{city}总领事馆总领事{foreign}一行。",
    "{city}市外办党组书记、主任{name2}，市商务局副局长{name3}参加会见。",
    "{name}表示，{city}愿与{country}各城市深化经贸、人文等领域务实合作，目前已有{n}余家外资企业落户。",
    "{foreign}总领事感谢{city}市人民政府外事办公室的支持，表示将推动双方在教育、旅游等领域的交流。",
    "市领导{name4}、{name5}出席活动，{city}市人民对外友好协会组织了{k}场文化交流活动，约{n2}人参加。",
]


def _en_release(rng: random.Random) -> Release:
    paras = []
    for _ in range(rng.randint(4, 6)):
        adj, _country = rng.choice(COUNTRIES)
        name = lambda: f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"  # noqa: E731
        paras.append(rng.choice(EN_TEMPLATES).format(
            month=rng.choice(["March", "May", "September", "December"]), day=rng.randint(1, 28),
            name=name(), name2=name(), name3=name(), sur=rng.choice(SURNAMES),
            foreign=rng.choice(FOREIGN), foreign2=rng.choice(FOREIGN), adj=adj,
            city=rng.choice(CITIES), n=rng.randint(10, 90), n2=rng.randint(100, 900),
            y=rng.randint(5, 40), k=rng.randint(2, 30), amt=round(rng.uniform(1, 90), 1)))
    return Release(date="2024-01-03", language="en", paragraphs=tuple(paras),
                   paragraph_langs=("en",) * len(paras))


def _zh_release(rng: random.Random) -> Release:
    paras = []
    for _ in range(rng.randint(4, 6)):
        name = lambda: rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)  # noqa: E731
        paras.append(rng.choice(ZH_TEMPLATES).format(
            m=rng.randint(1, 12), d=rng.randint(1, 28), name=name(), name2=name(), name3=name(),
            name4=name(), name5=name(), country=rng.choice(ZH_COUNTRIES),
            city=rng.choice(ZH_CITIES), foreign=rng.choice(ZH_FOREIGN), n=rng.randint(10, 900),
            n2=rng.randint(100, 900), k=rng.randint(2, 30)))
    return Release(date="2024-01-03", language="zh", paragraphs=tuple(paras),
                   paragraph_langs=("zh",) * len(paras))


def bench(lang: str, n: int, seed: int) -> float:
    rng = random.Random(seed)
    make = _en_release if lang == "en" else _zh_release
    releases = [make(rng) for _ in range(n)]
    nlp(lang)
    for r in releases[:5]:  # warm up caches (regexes, jieba dictionary)
        extract(r)
    t0 = time.perf_counter()
    found = sum(len(extract(r).officials) for r in releases)
    dt = time.perf_counter() - t0
    rate = n / dt
    print(f"{lang}: {n} releases in {dt:.2f} s = {rate:.0f} releases/s "
          f"({found / n:.1f} officials a release)")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    en = bench("en", args.n, args.seed)
    zh = bench("zh", args.n, args.seed)
    print(f"targets: en >= 150/s ({'ok' if en >= 150 else 'MISSED'}), "
          f"zh >= 80/s ({'ok' if zh >= 80 else 'MISSED'})")


if __name__ == "__main__":
    main()
