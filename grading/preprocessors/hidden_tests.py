"""HideHiddenTests: feedback says which checks failed without quoting the hidden tests."""

from nbgrader.preprocessors import ClearHiddenTests
from nbgrader.utils import is_grade


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
