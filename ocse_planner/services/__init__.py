"""Use cases and rules in plain Python (no Qt): the UI and the CLI both call these.

Services take the caller's SQLAlchemy session and return plain frozen dataclasses, never
live ORM objects, so results can cross threads and outlive the session.
"""
