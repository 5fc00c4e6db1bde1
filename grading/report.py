"""Grades CSV (nbgrader's exporter) and a class report: plots, pass rate per exercise, every student's score."""

import html
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (after choosing the non-interactive backend)
import nbformat  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from nbgrader.api import Gradebook, MissingEntry  # noqa: E402
from nbgrader.plugins import CsvExportPlugin  # noqa: E402

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)
_POINTS = re.compile(r"\s*\(\d+(\.\d+)?\s+points?\)$")  # "(2 points)" at the end of an exercise heading
_COLOR = "#3b6ea5"


def export_csv(course, path):
    """Write every grade of the course to path with nbgrader's own CSV exporter."""
    with Gradebook(course.db_url, course_id=course.course_id) as gb:
        CsvExportPlugin(to=str(path)).export(gb)


def class_scores(course, assignment, students):
    """Return ({student: total}, {(notebook, grade cell): [passed? per student]}, max total) from the gradebook.

    A student with no graded submission scores 0 and passes no exercise.
    """
    totals = {}
    with Gradebook(course.db_url, course_id=course.course_id) as gb:
        graded_assignment = gb.find_assignment(assignment)
        cells = [(nb.name, c.name) for nb in graded_assignment.notebooks for c in nb.grade_cells if c.max_score]
        passed = {cell: [] for cell in cells}
        for student in students:
            try:
                submission = gb.find_submission(assignment, student)
            except MissingEntry:
                submission = None
            totals[student] = submission.score if submission else 0.0
            full = (
                {(nb.notebook.name, g.name): g.score == g.max_score for nb in submission.notebooks for g in nb.grades}
                if submission
                else {}
            )
            for cell in cells:
                passed[cell].append(full.get(cell, False))
        return totals, passed, graded_assignment.max_score


def exercise_titles(release, cells):
    """Return {(notebook, grade cell): title} for cells, read from the release notebooks in directory release.

    An exercise's title is the last markdown heading above its graded cell (in this course, the
    "### Exercise 4.1 — Active or staff (1 point)" above the answer cell and its test), without the
    "#"s and the points. A cell with no heading above it, or whose notebook is not there, keeps its
    grade id; two cells under one heading get their grade ids added.
    """
    titles = {}
    for name in dict.fromkeys(notebook for notebook, _ in cells):
        path = Path(release) / f"{name}.ipynb"
        if not path.exists():
            continue
        heading = None
        for cell in nbformat.read(path, as_version=nbformat.NO_CONVERT).cells:
            if cell.cell_type == "markdown":
                found = _HEADING.findall(cell.source)
                heading = _POINTS.sub("", found[-1]) if found else heading
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            if (name, grade_id) in cells and heading:
                titles[(name, grade_id)] = heading
    titles = {cell: titles.get(cell, cell[1]) for cell in cells}
    shared = {t for t in titles.values() if list(titles.values()).count(t) > 1}
    return {cell: f"{t} ({cell[1]})" if t in shared else t for cell, t in titles.items()}


def score_histogram(totals, max_score):
    """Return a figure: how many students got each total score, every bar labelled with its count."""
    fig, ax = plt.subplots(figsize=(6, 3.2))
    counts, _, bars = ax.hist(
        list(totals.values()), bins=range(int(max_score) + 2), align="left", rwidth=0.85, color=_COLOR
    )
    ax.bar_label(bars, labels=[f"{c:.0f}" if c else "" for c in counts], padding=2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # students are counted in whole numbers
    ax.set_ylim(0, max(counts, default=0) * 1.15 + 0.5)  # room for the labels
    ax.set_xlabel(f"score (out of {max_score:g})")
    ax.set_ylabel("students")
    ax.set_title("Score distribution")
    fig.tight_layout()
    return fig


def pass_rate_chart(rates):
    """Return a figure: a horizontal bar per exercise (rates maps title to share passing), each labelled."""
    titles = list(rates)
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(titles) + 1.2))
    bars = ax.barh([t.replace("`", "") for t in titles], [100 * rates[t] for t in titles], color=_COLOR)
    ax.bar_label(bars, labels=[f"{100 * rates[t]:.0f}%" for t in titles], padding=3)  # a 0% bar has no width
    ax.invert_yaxis()
    ax.set_xlim(0, 112)  # room for the label of a 100% bar
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("% of students passing")
    ax.set_title("Pass rate per exercise")
    fig.tight_layout()
    return fig


def _save(fig, path):
    """Write a figure as PNG and free it."""
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _inline(markdown):
    """Return a heading's text as HTML, its `code` spans as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(markdown))


def write_report(course, assignment, outcomes, out_dir):
    """Write grades.csv, scores.png, exercises.png and report.html into out_dir; return the HTML path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    students = [o.student for o in outcomes]
    export_csv(course, out_dir / "grades.csv")
    totals, passed, max_score = class_scores(course, assignment, students)
    titles = exercise_titles(course.format_path(course.release_directory, ".", assignment), list(passed))
    rates = {titles[cell]: sum(p) / len(p) if p else 0.0 for cell, p in passed.items()}
    hardest = sorted(rates, key=rates.get)  # stable: equal rates keep the notebook's order
    _save(score_histogram(totals, max_score), out_dir / "scores.png")
    _save(pass_rate_chart({t: rates[t] for t in hardest}), out_dir / "exercises.png")
    mean = sum(totals.values()) / len(totals) if totals else 0.0
    troubled = sum(bool(o.problems) for o in outcomes)
    exercises = "\n".join(f"<tr><td>{_inline(t)}</td><td>{100 * rates[t]:.0f}%</td></tr>" for t in hardest)
    rows = "\n".join(
        f'<tr{" class=problem" if o.problems else ""}><td>{html.escape(o.student)}</td>'
        f"<td>{totals.get(o.student, 0):g} / {max_score:g}</td><td>"
        + (f"<ul>{''.join(f'<li>{html.escape(p)}</li>' for p in o.problems)}</ul>" if o.problems else "none")
        + "</td></tr>"
        for o in outcomes
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(assignment)}: class report</title>
<style>body{{font-family:sans-serif;max-width:56rem;margin:2rem auto}}td,th{{padding:.2rem .6rem;text-align:left;vertical-align:top}}
ul{{margin:0;padding-left:1.1rem}}tr.problem td{{background:#fff4e5}}</style>
</head><body>
<h1>{html.escape(assignment)}: class report</h1>
<p>{len(students)} students, mean score {mean:.1f} of {max_score:g}; {troubled} with problems (highlighted under
Students). Grades: <a href="grades.csv">grades.csv</a> (nbgrader's CSV export).</p>
<img src="scores.png" alt="Histogram of total scores">
<h2>Exercises, hardest first</h2>
<img src="exercises.png" alt="Share of students passing each exercise">
<table><tr><th>exercise</th><th>students passing</th></tr>
{exercises}
</table>
<h2>Students</h2>
<table><tr><th>student</th><th>score</th><th>problems</th></tr>
{rows}
</table>
</body></html>
"""
    path = out_dir / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
