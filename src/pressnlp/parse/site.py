"""Footer facts → ``Site`` (GENRE.md §1.4): ICP and 公网安备 filings, 网站标识码, news licence,
organizer, address, postcode, phones (digit strings), e-mails, websites, copyright, host.

Patterns and labels are data (``site.yaml``). Facts are read from the furniture lines only,
so a body sentence that mentions a phone number is no site fact.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from ..textutil import alternation
from ..records import Site

_GAP = re.compile(r"\s{2,}|\u3000|\s+(?=[^\s]*[:：])")
_EDGE = " \t\u3000\xa0:：,，;；|│()（）[]【】"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class SitePatterns:
    icp: tuple[re.Pattern[str], ...]
    gongan: tuple[re.Pattern[str], ...]
    site_code: tuple[re.Pattern[str], ...]
    license: tuple[re.Pattern[str], ...]
    label: re.Pattern[str]
    field_of: dict[str, str]
    org_suffix: re.Pattern[str]
    phone: re.Pattern[str]
    postcode: re.Pattern[str]
    email: re.Pattern[str]
    url: re.Pattern[str]
    copyright: re.Pattern[str]
    stop: re.Pattern[str]  # where a label value ends: another fact or label
    gates: dict[str, tuple[str, ...]]  # fact → strings one of which each of its matches holds

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> SitePatterns:
        d = lexicon.yaml("site.yaml")
        prov = d["provinces"]

        def comp(key: str) -> tuple[re.Pattern[str], ...]:
            return tuple(regexcache.compile(p.format(P=prov)) for p in d[key])

        field_of = {}
        forms = []
        for field, labels in d["labels"].items():
            for lb in labels:
                field_of[lb.lower()] = field
                forms.append(lb)
        alt = alternation(forms)
        fact_starts = [p.format(P=prov) for k in ("icp_patterns", "gongan_patterns") for p in d[k]]
        stop = "|".join([rf"(?:{alt})\s*[:：]", *fact_starts,
                         *(re.escape(w) for w in d.get("value_stops", []))])
        return cls(
            icp=comp("icp_patterns"), gongan=comp("gongan_patterns"),
            site_code=comp("site_code_patterns"), license=comp("license_patterns"),
            label=regexcache.compile(rf"(?P<label>{alt})\s*[:：]\s*", re.I),
            field_of=field_of,
            org_suffix=regexcache.compile(f"(?:{alternation(d['org_suffixes'])})"),
            phone=regexcache.compile(d["phone_pattern"]), postcode=regexcache.compile(d["postcode_pattern"]),
            email=regexcache.compile(d["email_pattern"]), url=regexcache.compile(d["url_pattern"]),
            copyright=regexcache.compile(d["copyright_pattern"]),
            stop=regexcache.compile(stop, re.I),
            gates={str(k): _strings(v) for k, v in d.get("gates", {}).items()},
        )


def _strings(value: object) -> tuple[str, ...]:
    """A gate of ``site.yaml``, one string or a list of them, as a tuple of strings."""
    return tuple(map(str, value)) if isinstance(value, list) else (str(value),)


def site_patterns() -> SitePatterns:
    """The site patterns of the process-wide lexicon."""
    return default_grammar(SitePatterns)


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for p in patterns:
        m = p.search(text)
        if m:
            return (m.groupdict().get("v") or m.group(0)).strip()
    return None


def split_glued_orgs(value: str, grammar: SitePatterns | None = None) -> str:
    """``深圳市人民政府外事办公室深圳市人民对外友好协会`` → the first organisation."""
    sp = grammar if grammar is not None else site_patterns()
    head = value[:2]
    for m in sp.org_suffix.finditer(value):
        rest = value[m.end():]
        if len(rest) >= 4 and rest.startswith(head) and sp.org_suffix.search(rest):
            return value[: m.end()]
    return value


def _label_values(sp: SitePatterns, line: str) -> tuple[tuple[str, str], ...]:
    """(field, value) for each footer label in ``line``; a value ends at the next fact."""
    if ":" not in line and "：" not in line:
        return ()  # every label ends in a colon
    return _colon_label_values(sp, line)


@functools.lru_cache(maxsize=8192)
def _colon_label_values(sp: SitePatterns, line: str) -> tuple[tuple[str, str], ...]:
    """:func:`_label_values` of a line with a colon, memoised (a site's footer repeats on
    each of its pages)."""
    out = []
    for m in sp.label.finditer(line):
        rest = line[m.end():]
        stop = sp.stop.search(rest)
        value = rest[: stop.start()] if stop else rest
        gap = re.search(r"\s{2,}|\u3000", value)
        value = value[: gap.start()] if gap else value
        out.append((sp.field_of.get(m.group("label").lower(), ""), value.strip(_EDGE)))
    return tuple(out)


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def _gated(sp: SitePatterns, fact: str, text: str) -> bool:
    """``text`` holds one of the gate strings of ``fact`` (site.yaml ``gates``; none: always)."""
    return any(gate in text for gate in sp.gates.get(fact, ("",)))


def extract_site(lines: list[str], url: str | None = None,
                 grammar: SitePatterns | None = None) -> Site:
    """Site facts from furniture ``lines`` (and the host of ``url``); ``grammar``: the site
    patterns (None: the process-wide lexicon's)."""
    sp = grammar if grammar is not None else site_patterns()
    text = "\n".join(lines)
    facts: dict[str, object] = {
        "host": urlsplit(url if "//" in url else "//" + url).hostname if url else None,
        "icp": _first(sp.icp, text) if _gated(sp, "icp", text) else None,
        "gongan": _first(sp.gongan, text) if _gated(sp, "gongan", text) else None,
        "site_code": _first(sp.site_code, text) if _gated(sp, "site_code", text) else None,
        "license": _first(sp.license, text),
    }
    phones: list[str] = []
    copyright_seen = sp.copyright.search(text) is not None  # in the text: then in a line
    for line in lines:
        for field, value in _label_values(sp, line):
            if not value:
                continue
            if field == "organizer" and not facts.get("organizer"):
                facts["organizer"] = split_glued_orgs(value, sp)
            elif field == "tech_support" and not facts.get("tech_support"):
                facts["tech_support"] = value
            elif field == "address" and not facts.get("address"):
                facts["address"] = value
            elif field == "postcode" and not facts.get("postcode"):
                m = sp.postcode.search(value)
                facts["postcode"] = m.group(0) if m else None
            elif field == "phone":
                phones += [_digits(m.group(0)) for m in sp.phone.finditer(value)]
        if copyright_seen and not facts.get("copyright") and sp.copyright.search(line):
            facts["copyright"] = line.strip()
    facts["phones"] = tuple(dict.fromkeys(p for p in phones if 7 <= len(p) <= 13))
    facts["emails"] = tuple(dict.fromkeys(m.group(0) for m in sp.email.finditer(text))
                            ) if _gated(sp, "email", text) else ()
    facts["websites"] = tuple(dict.fromkeys(m.group(0).rstrip("/.,") for m in sp.url.finditer(
        text) if "@" not in m.group(0))) if _gated(sp, "url", text) else ()
    return Site(**facts)  # type: ignore[arg-type]


__all__ = ["extract_site", "split_glued_orgs", "site_patterns"]
