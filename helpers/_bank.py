"""Read the question banks: one TOML file per module in helpers/questions/."""

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BANK_DIR = Path(__file__).with_name("questions")


@dataclass(frozen=True)
class Option:
    """One answer option, with the explanation shown when it is chosen or revealed."""

    key: str
    text: str
    why: str
    correct: bool


@dataclass(frozen=True)
class Question:
    """A multiple-choice question of one section; more than one option may be correct."""

    id: str
    section: str
    stem: str
    options: tuple
    covers: tuple
    seed: str = ""

    @property
    def answer(self):
        """Return the keys of the correct options, e.g. ('c',)."""
        return tuple(o.key for o in self.options if o.correct)


@dataclass(frozen=True)
class Interview:
    """An open interview question of a module's recap, with a short model answer."""

    id: str
    section: str
    question: str
    answer: str


@dataclass(frozen=True)
class Module:
    """A module's catalogue entry and its questions."""

    id: str
    number: int
    title: str
    drills: str
    sections: dict
    questions: tuple
    interview: tuple = ()

    @property
    def notebook(self):
        """Return the module notebook's path relative to the course root, e.g. '03_orm/03_orm.ipynb'."""
        return f"{self.id}/{self.id}.ipynb"


def _parse(path):
    """Build a Module from one bank file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    meta = data["module"]
    questions = []
    for q in data.get("questions", []):
        options = tuple(
            Option(key=chr(ord("a") + i), text=o["text"], why=o["why"], correct=o.get("correct", False))
            for i, o in enumerate(q["options"])
        )
        questions.append(
            Question(
                id=q["id"],
                section=q["section"],
                stem=q["stem"],
                options=options,
                covers=tuple(q.get("covers", ())),
                seed=q.get("seed", ""),
            )
        )
    interview = tuple(
        Interview(id=i["id"], section=i["section"], question=i["question"], answer=i["answer"])
        for i in data.get("interview", [])
    )
    return Module(
        id=meta["id"],
        number=meta["number"],
        title=meta["title"],
        drills=meta["drills"],
        sections=dict(data["sections"]),
        questions=tuple(questions),
        interview=interview,
    )


@cache
def modules():
    """Return every module that has a question bank, in course order."""
    return tuple(sorted((_parse(p) for p in BANK_DIR.glob("*.toml")), key=lambda m: m.number))


def module(module_id):
    """Return the module with this id, e.g. '03_orm'."""
    for m in modules():
        if m.id == module_id:
            return m
    raise LookupError(f"no question bank for module {module_id!r}; known: {[m.id for m in modules()]}")
