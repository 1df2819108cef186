"""The Qt user interface. Nothing below this package imports Qt."""
