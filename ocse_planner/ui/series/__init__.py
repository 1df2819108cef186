"""The Series tab: the list of series, the series form, cloning a series to next year."""
