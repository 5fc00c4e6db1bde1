"""Class-scale grading on top of nbgrader: parallel autograde, safe feedback, a class report.

It stands beside ``helpers`` (the student runtime) and is never imported by a student's kernel.
The command is ``course-grade`` (``cli.py``); the nbgrader preprocessors the course configures in
nbgrader_config.py are in ``preprocessors/``, one per module; the grading sandbox is ``sandbox.py``.
Importing this package imports nothing else: ``course-grade --help`` and nbgrader_config.py stay fast.
"""

__all__ = ["GradingError"]


class GradingError(Exception):
    """Grading cannot go on; the message says why and what to do (``course-grade`` prints it)."""
