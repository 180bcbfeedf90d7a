"""Failures surface: the one place where a failing component is caught.

Extractors and classifiers raise like any function. The orchestration (``extract``,
``classify``, the spaCy components) runs each component through :meth:`Problems.run`, which
either re-raises (strict mode) or records a :class:`~pressnlp.records.Problem` — stage,
component, error type and message — and lets the other components go on. The problems of a
document end on ``Analysis.problems`` and, in a corpus run, as rows of the ``problems`` table;
the release is still written.

Strict mode is ``pn.analyze(..., strict=True)``, ``Corpus.analyze(strict=True)``, the CLI's
``--strict``, or the environment variable ``PRESSNLP_STRICT=1`` (read once, at import: the
test suite sets it). :func:`strict_mode` sets it for a block of code (this thread or task).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from typing import Callable, Iterable, Iterator, TypeVar

from .records import Problem

T = TypeVar("T")

_STRICT = contextvars.ContextVar(
    "pressnlp_strict", default=os.environ.get("PRESSNLP_STRICT", "") not in ("", "0"))


def is_strict() -> bool:
    """Do failing components raise (True) or get recorded (False)?"""
    return _STRICT.get()


@contextlib.contextmanager
def strict_mode(strict: bool | None) -> Iterator[None]:
    """Strict (True) or recording (False) mode inside the block; None keeps the current one."""
    if strict is None:
        yield
        return
    token = _STRICT.set(bool(strict))
    try:
        yield
    finally:
        _STRICT.reset(token)


class Problems:
    """The problems of one document (or one spaCy Doc), in the order they happened; the same
    failure (component, error type, message) is recorded once."""

    def __init__(self, items: list[Problem] | None = None) -> None:
        self.items: list[Problem] = items if items is not None else []

    def run(self, component: str, func: Callable[[], T], default: T) -> T:
        """``func()``, or ``default`` with the failure recorded (re-raised in strict mode).
        ``component`` is ``stage.name``, e.g. ``extract.officials``."""
        try:
            return func()
        except Exception as exc:  # noqa: BLE001 - the one place a component failure is caught
            if is_strict():
                raise
            self.add(component, exc)
            return default

    def add(self, component: str, exc: BaseException) -> None:
        stage, _, name = component.partition(".")
        problem = Problem(stage=stage, component=component, error=type(exc).__name__,
                          message=str(exc))
        if problem not in self.items:
            self.items.append(problem)

    def extend(self, problems: Iterable[Problem] | None) -> None:
        for p in problems or ():
            if p not in self.items:
                self.items.append(p)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.items)


def guarded(problems: Problems | None, component: str, func: Callable[[], T], default: T) -> T:
    """``problems.run(component, func, default)``; without a collector, ``func()`` itself (a
    failure raises)."""
    return func() if problems is None else problems.run(component, func, default)


__all__ = ["Problems", "guarded", "is_strict", "strict_mode"]
