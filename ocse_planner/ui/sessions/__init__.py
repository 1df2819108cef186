"""The Sessions tab: the webinars of a series, the webinar form and its running agenda."""
