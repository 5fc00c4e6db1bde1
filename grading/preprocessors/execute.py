"""GradingExecute: nbgrader's Execute, where a dying kernel fails only the cells from there on."""

from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Enum, default

from ..sandbox import MODES, SandboxKernelManager, mode, use_sandbox

# The enames of the error outputs this preprocessor writes; course-grade's diagnosis reads them.
KERNEL_DIED = "KernelDied"  # the kernel died while running this cell
NOT_RUN = "NotRun"  # the kernel had died in an earlier cell, so this one was not run


def _error(ename, evalue):
    """Return an error output whose traceback is its one-line message."""
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class GradingExecute(Execute):
    """nbgrader's Execute, with two changes:

    - a kernel that dies (os._exit, a crash, out of memory) fails the cell it was running and
      every cell after it, instead of failing the whole submission with no grade at all; cells
      that ran before keep their results;
    - the kernel runs in the course's bubblewrap sandbox, as ``sandbox`` says
      (grading.sandbox.configure sets it from COURSE_SANDBOX).
    """

    sandbox = Enum(MODES, help="Run grading kernels in the bubblewrap sandbox: auto, required or off.").tag(config=True)

    @default("sandbox")
    def _sandbox_default(self):
        return mode()  # COURSE_SANDBOX, as configure() sets it

    def create_kernel_manager(self):
        """Create the kernel's manager, probing the sandbox first (once per process): this is kernel start."""
        if use_sandbox(self.sandbox):
            self.kernel_manager_class = SandboxKernelManager
        return super().create_kernel_manager()

    def preprocess(self, nb, resources=None, km=None):
        """Execute the notebook, remembering where the kernel died."""
        self._died_in = None
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        """Execute one cell, or mark it not run when the kernel has died."""
        if self._died_in is not None:
            if cell.cell_type == "code":
                cell.outputs = [_error(NOT_RUN, f"not run: the kernel died in cell {self._died_in}")]
            return cell, resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._died_in = index
            cell.outputs.append(
                _error(KERNEL_DIED, "the kernel died while running this cell (os._exit, a crash or out of memory)")
            )
            return cell, resources
