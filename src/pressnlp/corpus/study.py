"""Cross-release studies on a CorpusResult: identities, careers, networks, timelines.

(Placeholder: ``StudyMixin`` is mixed into ``CorpusResult``; its methods read the result's
DataFrames ``releases``, ``officials``, ``entities``, ``themes``, ``slogans``.)
"""

from __future__ import annotations


class StudyMixin:
    """Methods for corpus studies, mixed into CorpusResult."""
