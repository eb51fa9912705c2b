"""`python -m jumpadesk` and the `jumpadesk` script: the window by default, subcommands
for the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # A windowed (console=False) bundle on Windows has no stdout or stderr: print quietly.
    if sys.stdout is None or sys.stderr is None:
        sys.stdout = sys.stdout or open(os.devnull, "w")
        sys.stderr = sys.stderr or open(os.devnull, "w")
    from jumpadesk import cli, desktop_entry
    from jumpadesk.logs import setup_logging
    from jumpadesk.ui.qt_arguments import split_qt_arguments

    # Qt's own options (-style Fusion, -platform xcb) go to the window's QApplication.
    ours, qt_arguments = split_qt_arguments(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    desktop_entry.add_arguments(parser)
    args = parser.parse_args(ours)
    setup_logging(debug=args.debug)
    if args.command:
        return cli.run_parsed(args)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry.run_from_args(args)
    if args.self_test:
        from jumpadesk.selftest import run_self_test

        return run_self_test()
    from jumpadesk.ui.launch import launch_window

    return launch_window(demo=args.demo, sub_account=args.sub_account,
                         qt_arguments=qt_arguments)


if __name__ == "__main__":
    sys.exit(main())
