"""GradingExecute: nbgrader's Execute, where a dying kernel fails only the cells from there on."""

from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Bool

KERNEL_DIED = "KernelDied"


def _error(ename, evalue):
    """Return an error output whose traceback is its one-line message."""
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class GradingExecute(Execute):
    """nbgrader's Execute, with two changes:

    - a kernel that dies (os._exit, a crash, out of memory) fails the cell it was running and
      every cell after it, instead of failing the whole submission with no grade at all; cells
      that ran before keep their results;
    - with ``sandbox`` on (grading.sandbox.configure sets it), the kernel runs in the
      course's bubblewrap sandbox.
    """

    sandbox = Bool(False, help="Run grading kernels in the bubblewrap sandbox.").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.sandbox:
            from ..sandbox import SandboxKernelManager

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
