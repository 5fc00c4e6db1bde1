"""The list of modules, built from the question banks so it grows as modules are added."""

from IPython.display import Markdown

from ._bank import modules


def show_modules():
    """Return a Markdown table linking every module notebook (links are relative to notebooks/)."""
    rows = ["| # | Module | What it drills |", "|---|---|---|"]
    rows += [f"| {m.number:02d} | [{m.title}](../{m.notebook}) | {m.drills} |" for m in modules() if m.number]
    return Markdown("\n".join(rows))
