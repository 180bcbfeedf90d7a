"""Language of paragraphs and pages (en, zh, mixed) and the page's script."""

from __future__ import annotations

from ..script import cjk_share, detect_script


def paragraph_lang(text: str) -> str:
    """``zh`` when Chinese characters carry the paragraph, else ``en``."""
    return "zh" if cjk_share(text) >= 0.4 else "en"


def page_language(langs: list[str], weights: list[int] | None = None) -> str | None:
    """``en``/``zh`` by majority, ``mixed`` when both languages hold a real share (C, D pages)."""
    if not langs:
        return None
    n_zh, n_en = langs.count("zh"), langs.count("en")
    if n_zh and n_en:
        share = min(n_zh, n_en) / len(langs)
        if (min(n_zh, n_en) >= 2 and share >= 0.2) or share >= 0.34:
            return "mixed"
    return "zh" if n_zh > n_en else "en"


def page_script(language: str | None, chinese_text: str) -> str | None:
    """``latin`` for English pages; else simplified/traditional from the Chinese text."""
    if language is None:
        return None
    if language == "en":
        return "latin"
    script = detect_script(chinese_text)
    return "simplified" if script == "latin" else script


__all__ = ["paragraph_lang", "page_language", "page_script"]
