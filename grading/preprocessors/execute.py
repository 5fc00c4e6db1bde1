"""GradingExecute: nbgrader's Execute, where a dying kernel fails only the cells from there on."""

from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Bool, Enum, default

from ..integrity import KernelGuard, KernelUnresponsive, safe_path
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
      (grading.sandbox.configure sets it from COURSE_SANDBOX);
    - with ``integrity`` on (the default), the course's checks are restored before each test cell
      and checked after it, and tampering is recorded in the notebook (grading/integrity.py).
    """

    sandbox = Enum(MODES, help="Run grading kernels in the bubblewrap sandbox: auto, required or off.").tag(config=True)

    integrity = Bool(True, help="Restore the checks before each test cell and flag tampering.").tag(config=True)

    @default("sandbox")
    def _sandbox_default(self):
        return mode()  # COURSE_SANDBOX, as configure() sets it

    def create_kernel_manager(self):
        """Create the kernel's manager, probing the sandbox first (once per process): this is kernel start."""
        if use_sandbox(self.sandbox):
            self.kernel_manager_class = SandboxKernelManager
        return super().create_kernel_manager()

    def preprocess(self, nb, resources=None, km=None):
        """Execute the notebook, remembering where the kernel died and what the integrity checks found."""
        self._died_in = None
        self._guard = KernelGuard(self, nb, resources) if self.integrity else None
        nb, resources = super().preprocess(nb, resources, km)
        if self._guard is not None:
            self._guard.save(nb, self.log)
        return nb, resources

    async def async_start_new_kernel(self, **kwargs):
        """Start the kernel with ``python -P``: nothing in the submission's directory can replace it."""
        if self.integrity:
            safe_path(self.km)
        return await super().async_start_new_kernel(**kwargs)

    start_new_kernel = run_sync(async_start_new_kernel)  # nbclient binds its own async method here

    def preprocess_cell(self, cell, resources, index):
        """Execute one cell, or mark it not run when the kernel has died."""
        if self._died_in is not None:
            if cell.cell_type == "code":
                cell.outputs = [_error(NOT_RUN, f"not run: the kernel died in cell {self._died_in}")]
            return cell, resources
        try:
            if self._guard is not None and not self._guard.before(cell, index):
                return cell, resources
            cell, resources = super().preprocess_cell(cell, resources, index)
            if self._guard is not None:
                self._guard.after(cell, index)
            return cell, resources
        except DeadKernelError as exc:
            self._died_in = index
            cell.outputs.append(_error(KERNEL_DIED, str(exc) if isinstance(exc, KernelUnresponsive) else
                                       "the kernel died while running this cell (os._exit, a crash or out of memory)"))
            return cell, resources
        except CellTimeoutError:  # the reply came, its output never did: the kernel's I/O is wedged
            self._died_in = index
            cell.outputs.append(_error(KERNEL_DIED, "the kernel stopped responding while running this cell"))
            return cell, resources
