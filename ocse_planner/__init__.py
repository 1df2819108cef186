"""OCSE Planner: plan a recurring webinar series offline."""

__version__ = "0.1.0"
APP_NAME = "OCSE Planner"
ORG_NAME = "OCSE Planner"
