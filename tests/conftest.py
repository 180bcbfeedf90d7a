"""The suite runs strict: a component that raises fails the test instead of becoming a
recorded problem (``pressnlp.problems``). Set before pressnlp is imported, and inherited by
the worker processes and command-line runs the tests start."""

from __future__ import annotations

import os

os.environ["PRESSNLP_STRICT"] = "1"
