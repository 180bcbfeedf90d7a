"""HTML → ordered text blocks (selectolax), keeping block boundaries and the head's evidence.

Block elements (p, div, li, td, h1–h6, br …) end a line, inline elements (a, span, b …) join
their text, and script/style/noscript/template are dropped. The ``<title>`` and the CMS
``<meta>`` tags (``ArticleTitle``, ``PubDate``, ``ContentSource``, ``author``, ``keywords`` …)
are kept as header evidence in ``HtmlPage.meta`` (names lower-cased).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main "
    "menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split())
SKIP_TAGS = frozenset(
    "script style noscript template iframe svg canvas object embed head select option button "
    "input textarea map area audio video source track math".split())
_WS = re.compile(r"[ \t\r\n\f\v]+")  # HTML whitespace only: U+3000 and NBSP stay
_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
_BLOCK_HINT = re.compile(r"<\s*/?\s*(?:div|p|table|tr|td|br|li|ul|span|a|h[1-6])\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_FRAGMENT_TAGS = 6  # block tags per line of text above which a tag-only page is HTML
# Limits that keep the HTML parser linear on hostile markup (its cost grows with the square
# of the nesting depth and of the attributes of one tag): real pages stay far below them.
MAX_DEPTH = 256  # elements nested deeper lose their tags (their text stays)
MAX_TAG_CHARS = 4096  # a longer start tag loses its attributes
# a tag: the name must end at a delimiter (the lookahead), which keeps matching linear
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])([^<>]*)>")
_ANGLE = re.compile("[<>]")
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track "
                      "wbr".split())


@dataclass(frozen=True)
class HtmlPage:
    """Text blocks in reading order, the ``<title>``, and ``<meta name=… content=…>`` pairs."""

    blocks: list[str]
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.blocks)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is an HTML document or a markup fragment.

    A text scrape with a few stray tags (``<div class="nav_top">`` debris above a title) is
    no HTML: its line breaks carry the blocks, so it stays text (see ``strip_tags``).
    """
    head = text[:4096]
    if "<" not in head:
        return False
    if _HTML_HINT.search(head[:2048]):
        return True
    tags = len(_BLOCK_HINT.findall(head))
    lines = head.count("\n") + 1
    return tags >= _FRAGMENT_TAGS and tags >= lines


def strip_tags(line: str) -> str:
    """A text line without stray HTML tags and with entities decoded (``&nbsp;`` → space)."""
    if "<" in line:
        line = _TAG.sub(" ", line)
    if "&" in line:
        line = html_lib.unescape(line)
    return line


def bounded_markup(html: str) -> str:
    """``html`` with the tags nested deeper than ``MAX_DEPTH`` removed (their text kept) and
    start tags longer than ``MAX_TAG_CHARS`` stripped of their attributes; one linear pass."""
    if _within_limits(html):
        return html
    out: list[str] = []
    open_tags: list[str] = []
    dropped: dict[str, int] = {}
    last = 0
    for m in _ANY_TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        keep: str | None = m.group(0)
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = " "
            elif name in open_tags[-MAX_DEPTH:]:
                while open_tags and open_tags.pop() != name:
                    pass
        elif name not in VOID_TAGS and not m.group(3).rstrip().endswith("/"):
            if len(open_tags) >= MAX_DEPTH:
                dropped[name] = dropped.get(name, 0) + 1
                keep = " "
            else:
                open_tags.append(name)
        if keep is not None and len(m.group(3)) > MAX_TAG_CHARS and keep != " ":
            keep = f"<{m.group(1)}{m.group(2)}>"
        if keep != m.group(0):
            out.append(html[last:m.start()])
            out.append(keep)
            last = m.end()
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def _within_limits(html: str) -> bool:
    """Too few tags to nest deeper than ``MAX_DEPTH``, and no run between angle brackets long
    enough for a tag over ``MAX_TAG_CHARS``: ``bounded_markup`` has nothing to change."""
    if html.count("<") > MAX_DEPTH:
        return False
    return len(html) <= MAX_TAG_CHARS or max(map(len, _ANGLE.split(html))) <= MAX_TAG_CHARS


def _head_evidence(tree: LexborHTMLParser) -> tuple[str | None, dict[str, str]]:
    titles = tree.tags("title")  # (by tag name: quicker than a CSS selector, same nodes)
    title = _WS.sub(" ", titles[0].text(deep=True)).strip() if titles else None
    meta: dict[str, str] = {}
    for node in tree.tags("meta"):
        attrs = node.attributes
        name = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
        content = attrs.get("content")
        if name and content and content.strip():
            meta.setdefault(name.strip().lower(), _WS.sub(" ", content).strip())
        elif attrs.get("charset"):
            meta.setdefault("charset", (attrs.get("charset") or "").strip())
    return title or None, meta


# the whitespace str.split() splits at that is no HTML whitespace
_OTHER_SPACE = re.compile("[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def collapse_spaces(text: str) -> str:
    """``text`` with each run of HTML whitespace as one space, stripped. Without other
    whitespace (NBSP, U+3000 …) ``str.split`` finds the same runs, several times faster than
    replacing them with a regex."""
    if _OTHER_SPACE.search(text) is None:
        return " ".join(text.split())
    return _WS.sub(" ", text).strip()


_UNREAD = SKIP_TAGS | {"-comment", "!doctype", "img"}  # nodes whose text is no page text


def _blocks(root) -> list[str]:  # noqa: ANN001 - a selectolax node
    """Depth-first walk that ends a line at each block element (no recursion limit)."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if not current:
            return  # nothing since the last block boundary
        text = collapse_spaces("".join(current))
        if text and text.replace("\xa0", " ").strip():
            lines.append(text)
        current.clear()

    stack: list[object] = [root]  # nodes to visit; None marks the end of a block element
    while stack:
        node = stack.pop()
        if node is None:
            flush()
            continue
        tag = node.tag  # type: ignore[attr-defined]
        if tag == "-text":
            current.append(node.text_content or "")  # type: ignore[attr-defined]
        elif tag not in _UNREAD:
            if tag in BLOCK_TAGS:
                flush()
                stack.append(None)
            stack.extend(reversed(list(node.iter(include_text=True))))  # type: ignore[attr-defined]
    flush()
    return lines


def html_to_blocks(html: str) -> HtmlPage:
    """Parse ``html`` (broken markup is fine) into text blocks plus title and meta evidence."""
    try:
        tree = LexborHTMLParser(bounded_markup(html))
    except Exception:  # noqa: BLE001 - the parser must not stop a batch
        return HtmlPage(blocks=[ln.strip() for ln in re.sub(r"<[^>]*>", "\n", html).splitlines()
                                if ln.strip()])
    title, meta = _head_evidence(tree)
    root = tree.body or tree.root
    blocks = _blocks(root) if root is not None else []
    return HtmlPage(blocks=blocks, title=title, meta=meta)


__all__ = ["HtmlPage", "html_to_blocks", "looks_like_html", "strip_tags", "BLOCK_TAGS", "SKIP_TAGS"]
