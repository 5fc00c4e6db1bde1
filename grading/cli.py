"""course-grade: autograde a whole class in parallel, give feedback, export grades, write a class report.

Run it from the course directory (where nbgrader_config.py is) after `nbgrader collect`,
`nbgrader zip_collect`, or after putting submissions in submitted/<student>/<assignment>/.
"""

import argparse
import os
import sys
from pathlib import Path

from .batch import course_config, coursedir, grade_all
from .report import write_report


def _parser():
    """Return the command's argument parser."""
    parser = argparse.ArgumentParser(prog="course-grade", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment", help="the assignment to grade, e.g. 03_orm")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="students graded at once (default: the number of cores)")
    parser.add_argument("--timeout", type=int, default=None,
                        help="seconds a cell may run before it fails (default: c.Execute.timeout of the course)")
    parser.add_argument("--db", dest="db_url", default=None,
                        help="gradebook URL, e.g. postgresql+psycopg://user@host/db (default: the course's db_url)")
    parser.add_argument("--student", action="append", dest="students", default=None,
                        help="grade only this student (repeatable)")
    parser.add_argument("--keep-hidden-tests", action="store_true",
                        help="return feedback with hidden tests' code, as plain nbgrader does")
    parser.add_argument("--no-feedback", dest="feedback", action="store_false", help="do not generate feedback")
    parser.add_argument("--report-dir", default=None, help="where to write the report (default: reports/<assignment>)")
    parser.add_argument("--course", default=".", help="the course directory (default: the current directory)")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    return parser


def main(argv=None):
    """Grade, report, and print a summary; return 0 when every submission was processed."""
    args = _parser().parse_args(argv)
    root = Path(args.course).resolve()
    if not (root / "nbgrader_config.py").exists():
        print(f"course-grade: no nbgrader_config.py in {root}; run it from the course directory", file=sys.stderr)
        return 2
    config = course_config(root, args.timeout, args.db_url, args.keep_hidden_tests)
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


if __name__ == "__main__":
    sys.exit(main())
