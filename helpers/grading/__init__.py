"""Class-scale grading on top of nbgrader: parallel autograde, safe feedback, a class report.

The command is ``course-grade`` (see ``cli.py``); the nbgrader preprocessors the course
configures in nbgrader_config.py are in ``preprocessors.py``.
"""
