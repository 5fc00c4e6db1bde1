"""StderrIsNotAFailure: text on stderr does not score a passing test cell 0."""

from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade


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
