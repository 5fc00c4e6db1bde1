"""Grades CSV (nbgrader's exporter) and a class report: plots, pass rates, problem submissions."""

import html
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (after choosing the non-interactive backend)
from nbgrader.api import Gradebook, MissingEntry  # noqa: E402
from nbgrader.plugins import CsvExportPlugin  # noqa: E402


def export_csv(course, path):
    """Write every grade of the course to path with nbgrader's own CSV exporter."""
    with Gradebook(course.db_url, course_id=course.course_id) as gb:
        CsvExportPlugin(to=str(path)).export(gb)


def class_scores(course, assignment, students):
    """Return ({student: total}, {exercise: [passed? per student]}, max total) from the gradebook.

    A student with no graded submission scores 0 and passes no exercise.
    """
    totals = {}
    with Gradebook(course.db_url, course_id=course.course_id) as gb:
        graded_assignment = gb.find_assignment(assignment)
        cells = [c.name for nb in graded_assignment.notebooks for c in nb.grade_cells if c.max_score]
        exercises = {name.removeprefix("test_"): [] for name in cells}
        for student in students:
            try:
                submission = gb.find_submission(assignment, student)
            except MissingEntry:
                submission = None
            totals[student] = submission.score if submission else 0.0
            scores = {g.name: g.score == g.max_score for nb in submission.notebooks for g in nb.grades} if submission else {}
            for name in cells:
                exercises[name.removeprefix("test_")].append(scores.get(name, False))
        return totals, exercises, graded_assignment.max_score


def _plot_scores(totals, max_score, path):
    """Save a histogram of total scores."""
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist(list(totals.values()), bins=range(int(max_score) + 2), align="left", rwidth=0.85, color="#3b6ea5")
    ax.set_xlabel(f"score (out of {max_score:g})")
    ax.set_ylabel("students")
    ax.set_title("Score distribution")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_pass_rates(rates, path):
    """Save a horizontal bar chart of the share of students passing each exercise."""
    names = list(rates)
    fig, ax = plt.subplots(figsize=(6, 0.35 * len(names) + 1.2))
    ax.barh(names, [100 * rates[n] for n in names], color="#3b6ea5")
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of students passing")
    ax.set_title("Pass rate per exercise")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_report(course, assignment, outcomes, out_dir):
    """Write grades.csv, scores.png, exercises.png and report.html into out_dir; return the HTML path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    students = [o.student for o in outcomes]
    export_csv(course, out_dir / "grades.csv")
    totals, exercises, max_score = class_scores(course, assignment, students)
    rates = {name: sum(passed) / len(passed) for name, passed in exercises.items()}
    hardest = sorted(rates, key=lambda n: (rates[n], n))
    _plot_scores(totals, max_score, out_dir / "scores.png")
    _plot_pass_rates({n: rates[n] for n in hardest}, out_dir / "exercises.png")
    mean = sum(totals.values()) / len(totals) if totals else 0.0
    rows = "\n".join(
        f"<tr><td>{html.escape(n)}</td><td>{100 * rates[n]:.0f}%</td></tr>" for n in hardest
    )
    problems = "\n".join(
        f"<tr><td>{html.escape(o.student)}</td><td>{totals.get(o.student, 0):g}</td>"
        f"<td><ul>{''.join(f'<li>{html.escape(p)}</li>' for p in o.problems)}</ul></td></tr>"
        for o in outcomes
        if o.problems
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(assignment)}: class report</title>
<style>body{{font-family:sans-serif;max-width:52rem;margin:2rem auto}}td,th{{padding:.2rem .6rem;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>{html.escape(assignment)}: class report</h1>
<p>{len(students)} students, mean score {mean:.1f} of {max_score:g}.
Grades: <a href="grades.csv">grades.csv</a> (nbgrader's CSV export).</p>
<img src="scores.png" alt="Histogram of total scores">
<h2>Exercises, hardest first</h2>
<img src="exercises.png" alt="Share of students passing each exercise">
<table><tr><th>exercise</th><th>students passing</th></tr>
{rows}
</table>
<h2>Submissions with problems</h2>
{f'<table><tr><th>student</th><th>score</th><th>what happened</th></tr>{problems}</table>' if problems else '<p>None.</p>'}
</body></html>
"""
    path = out_dir / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
