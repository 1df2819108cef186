"""This week: the dock under every tab listing what is due soon (this_week_dock.py)."""
