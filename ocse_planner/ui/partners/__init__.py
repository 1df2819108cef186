"""The Partners tab: organizations, collaborations with their actions and contact log,
open actions, and the who-works-with-whom matrix."""
