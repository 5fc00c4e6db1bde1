"""nbgrader configuration of the course (run nbgrader from this directory)."""

import os

c = get_config()  # noqa: F821 (nbgrader provides get_config)

c.CourseDirectory.course_id = "django-interview-lab"
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
# The gradebook is nbgrader's default, gradebook.db in the course root (an absolute path, whatever the
# current directory); a JupyterHub course sets c.CourseDirectory.db_url to its PostgreSQL database.

# Seconds per cell when grading; the course's cells take well under a second.
c.Execute.timeout = 60

# The exchange (release_assignment, fetch, submit, collect) is exchange/ beside this file, so the teacher's
# lab lists assignments and nbgrader release_assignment works without root on one machine. A course on
# JupyterHub sets a directory every user can reach instead (see the README).
c.Exchange.root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "exchange")

# nbgrader's autograde steps, with two course preprocessors (grading/preprocessors/):
# a kernel that dies fails its cell and the rest instead of the whole submission, and text on
# stderr (a warning, a debug print) does not score a passing test cell 0. Grading kernels run in
# a bubblewrap sandbox (grading/sandbox.py), probed when a grading kernel starts, not here.
c.Autograde.autograde_preprocessors = [
    "grading.preprocessors.GradingExecute",
    "grading.preprocessors.StderrIsNotAFailure",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Feedback shows which checks passed or failed but not the hidden tests' code
# (`course-grade --keep-hidden-tests` restores nbgrader's default).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "grading.preprocessors.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

from grading.sandbox import configure as sandbox  # noqa: E402

sandbox(c)  # the mode from COURSE_SANDBOX=auto|required|off; it only sets config
