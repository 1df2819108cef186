"""argparse's own user-facing strings, listed so that the extractor files them in our
gettext catalogue: argparse translates them through `gettext` at run time
(`i18n.activate` points it at our catalogue), but `pybabel extract` only reads our package.

Only what a person can see is here (the help page, usage errors); argparse's messages
for programming mistakes stay English. Python 3.12+ adds a few wordings, listed too.
"""

from __future__ import annotations

from ocse_planner.i18n import N_, ngettext

ARGPARSE_STRINGS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    ngettext("expected %s argument", "expected %s arguments", 2),
    N_("invalid choice: %(value)r, choose from %(choices)s"),  # Python 3.12.8+ and 3.13
    N_("argument '%(argument_name)s' is deprecated"),  # Python 3.13
    N_("option '%(option)s' is deprecated"),  # Python 3.13
    N_("command '%(parser_name)s' is deprecated"),  # Python 3.13
)
