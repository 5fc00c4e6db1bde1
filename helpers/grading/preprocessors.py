"""nbgrader preprocessors the course adds in nbgrader_config.py, so `nbgrader autograde` and
`course-grade` grade the same way."""

from nbclient.exceptions import DeadKernelError
from traitlets import Bool
from nbformat.v4 import new_output
from nbgrader.preprocessors import ClearHiddenTests, Execute, NbGraderPreprocessor
from nbgrader.utils import is_grade

KERNEL_DIED = "KernelDied"


def _error(ename, evalue):
    """Return an error output whose traceback is its one-line message."""
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class GradingExecute(Execute):
    """nbgrader's Execute, with two changes:

    - a kernel that dies (os._exit, a crash, out of memory) fails the cell it was running and
      every cell after it, instead of failing the whole submission with no grade at all; cells
      that ran before keep their results;
    - with ``sandbox`` on (helpers.grading.sandbox.configure sets it), the kernel runs in the
      course's bubblewrap sandbox.
    """

    sandbox = Bool(False, help="Run grading kernels in the bubblewrap sandbox.").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.sandbox:
            from .sandbox import SandboxKernelManager

            self.kernel_manager_class = SandboxKernelManager

    def preprocess(self, nb, resources=None, km=None):
        """Execute the notebook, remembering where the kernel died."""
        self._died_in = None
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        """Execute one cell, or mark it not run when the kernel has died."""
        if self._died_in is not None:
            if cell.cell_type == "code":
                cell.outputs = [_error(KERNEL_DIED, f"not run: the kernel died in cell {self._died_in}")]
            return cell, resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._died_in = index
            cell.outputs.append(
                _error(KERNEL_DIED, "the kernel died while running this cell (os._exit, a crash or out of memory)")
            )
            return cell, resources


class StderrIsNotAFailure(NbGraderPreprocessor):
    """Show what graded cells wrote to stderr as ordinary output.

    nbgrader scores a test cell 0 when anything reaches stderr, even when every assert
    passed (a Django warning, a log line, a debug print in the student's answer). Only an
    exception fails a cell in this course; the text stays visible in the feedback.
    """

    def preprocess_cell(self, cell, resources, index):
        """Relabel stderr streams of a grade cell as stdout."""
        if cell.cell_type == "code" and is_grade(cell):
            for output in cell.outputs:
                if output.output_type == "stream" and output.name == "stderr":
                    output.name = "stdout"
        return cell, resources


class HideHiddenTests(ClearHiddenTests):
    """Remove hidden tests' source from feedback, keeping whether each check passed.

    The source between BEGIN/END HIDDEN TESTS becomes one comment line, and an error
    raised in such a cell keeps its one-line message but loses the traceback, which
    would quote the hidden code.
    """

    def preprocess_cell(self, cell, resources, index):
        """Hide one cell's hidden tests and shorten its tracebacks."""
        if cell.cell_type != "code" or not is_grade(cell):
            return cell, resources
        source = cell.source
        if not self._remove_hidden_test_region(cell):
            return cell, resources
        lines = source.split("\n")
        start = next(i for i, line in enumerate(lines) if self.begin_test_delimeter in line)
        kept = cell.source.split("\n")
        kept.insert(start, "# (hidden tests ran here; their code is not shown)")
        cell.source = "\n".join(kept)
        for output in cell.outputs:
            if output.output_type == "error":
                output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources
