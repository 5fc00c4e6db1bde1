"""nbgrader configuration of the student's lab: its Validate button runs a notebook as grading will."""

c = get_config()  # noqa: F821 (nbgrader provides get_config)

c.Execute.timeout = 60  # seconds per cell, as the course's nbgrader_config.py grades
# The kernel talks to the lab over CurveZMQ (ipykernel supports it): no "running over TCP" warning.
c.KernelManager.transport_encryption = "auto"
