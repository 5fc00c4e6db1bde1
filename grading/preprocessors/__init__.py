"""The nbgrader preprocessors the course configures in nbgrader_config.py, one per module, so
`nbgrader autograde` and `course-grade` grade the same way."""

from .execute import KERNEL_DIED, NOT_RUN, GradingExecute
from .hidden_tests import HideHiddenTests
from .stderr import StderrIsNotAFailure

__all__ = ["KERNEL_DIED", "NOT_RUN", "GradingExecute", "HideHiddenTests", "StderrIsNotAFailure"]
