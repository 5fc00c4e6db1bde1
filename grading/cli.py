"""course-grade: autograde a whole class in parallel, give feedback, export grades, write a class report.

Run it in the course directory (where nbgrader_config.py is), or name that directory with --course,
after `nbgrader collect`, `nbgrader zip_collect`, or after putting submissions in
submitted/<student>/<assignment>/.
"""

# Only the standard library is imported up front, so that --help and a usage error answer at once;
# nbgrader and matplotlib are imported when there is grading to do.
import argparse
import logging
import os
import re
import sys
from pathlib import Path

from . import GradingError

# An nbgrader setting on the command line, as nbgrader's own commands take it: --Class.trait=value.
_SETTING = re.compile(r"--[A-Za-z_]\w*(\.[A-Za-z_]\w*)+=")


def _parser():
    """Return the command's argument parser.

    Options that are nbgrader settings have the setting's name as their dest (Class.trait).
    """
    parser = argparse.ArgumentParser(
        prog="course-grade",
        description=__doc__.split("\n\n")[0],
        epilog="Any other nbgrader setting can be given as --Class.trait=value, as to nbgrader's own commands "
        "(e.g. --LimitOutput.max_lines=200).",
    )
    parser.add_argument("assignment", help="the assignment to grade, e.g. 03_orm")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="students graded at once (default: the number of cores)")
    parser.add_argument("--timeout", dest="Execute.timeout", metavar="SECONDS", type=int, default=None,
                        help="seconds a cell may run before it fails (default: c.Execute.timeout of the course)")
    parser.add_argument("--db", dest="CourseDirectory.db_url", metavar="URL", default=None,
                        help="gradebook URL, e.g. postgresql+psycopg://user@host/db (default: the course's; "
                        "a relative sqlite:/// path is relative to the course directory)")
    parser.add_argument("--student", action="append", dest="students", default=None,
                        help="grade only this student (repeatable)")
    parser.add_argument("--keep-hidden-tests", action="store_true",
                        help="return feedback with hidden tests' code, as plain nbgrader does")
    parser.add_argument("--no-feedback", dest="feedback", action="store_false", help="do not generate feedback")
    parser.add_argument("--report-dir", default=None, help="where to write the report (default: reports/<assignment>)")
    parser.add_argument("--course", default=".", help="the course directory (default: the current directory)")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    return parser


def _settings(args, extra):
    """Return the nbgrader config the command line sets (--timeout, --db, --Class.trait=value).

    It is read by traitlets' command-line loader, the one nbgrader's own commands use, so each value
    is converted by the setting it is for.
    """
    from traitlets.config.loader import KVArgParseConfigLoader

    given = [f"--{name}={value}" for name, value in vars(args).items() if "." in name and value is not None]
    return KVArgParseConfigLoader(given + extra).load_config()


def _show_warnings():
    """Print what the grading modules log (the sandbox's warning) as lines of this command."""
    log = logging.getLogger("grading")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("course-grade: %(message)s"))
        log.addHandler(handler)


def _grade(args, root, extra):
    """Grade, report and print a summary; return the exit code."""
    from .batch import course_config, coursedir, grade_all
    from .report import write_report

    config = course_config(root, _settings(args, extra), args.keep_hidden_tests)
    course = coursedir(config)
    outcomes = grade_all(config, args.assignment, workers=max(1, args.workers), feedback=args.feedback,
                         students=args.students, progress=args.progress)
    if not outcomes:
        print(f"course-grade: no submissions of {args.assignment} under {course.submitted_directory}/", file=sys.stderr)
        return 1
    report = write_report(course, args.assignment, outcomes, args.report_dir or root / "reports" / args.assignment)
    troubled = [o for o in outcomes if o.problems]
    print(f"{len(outcomes)} submissions graded, {len(troubled)} with problems; report: {report}")
    for outcome in troubled:
        for problem in outcome.problems:
            print(f"  {outcome.student}: {problem}")
    return 0


def main(argv=None):
    """Run course-grade; return 0 when every submission was processed, 1 when there was none, 2 on an error."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    unknown = [arg for arg in extra if not _SETTING.match(arg)]
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    root = Path(args.course).resolve()
    if not (root / "nbgrader_config.py").exists():
        print(f"course-grade: no nbgrader_config.py in {root}; run it in the course directory or use --course",
              file=sys.stderr)
        return 2
    _show_warnings()
    try:
        return _grade(args, root, extra)
    except GradingError as exc:
        print(f"course-grade: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
