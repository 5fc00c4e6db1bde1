"""The recap of a module: its interview questions, each with a short model answer from its bank."""

from IPython.display import HTML

from ._bank import module
from ._text import inline


def recap(module_id):
    """Return the interview questions of a module, e.g. recap('03_orm'), each with its model answer folded under it.

    Answer each aloud first, then open the model answer to compare.
    """
    mod = module(module_id)
    if not mod.interview:
        raise LookupError(f"module {module_id!r} has no interview questions in its bank")
    items = "\n".join(
        f"<li><b>{inline(i.question)}</b> <i>({inline(mod.sections[i.section])})</i>"
        f"<details><summary>Model answer</summary>{inline(i.answer)}</details></li>"
        for i in mod.interview
    )
    return HTML(
        '<div class="course-recap"><h3>Recap: the interview questions of this module</h3>'
        "<p>Answer each one aloud, as you would in an interview, then open the model answer.</p>"
        f"<ol>\n{items}\n</ol></div>"
    )
