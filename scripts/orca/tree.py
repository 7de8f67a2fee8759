#!/usr/bin/env python3
"""Print an application's accessible tree as the screen reader sees it
(AT-SPI, through pyatspi, which Orca depends on): one node a line, indented,
with its role, name, and states worth knowing (focusable, focused).

    tree.py APP-NAME      (run inside the session whose accessibility bus
                           the app is on; orca-check.sh does, with ORCA_CHECK_TREE=1)
"""

import sys

import pyatspi

INTERESTING = {
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_ACTIVE: "active",
}


def show(node, depth, out, limit=4000):
    if node is None or len(out) >= limit:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
        marks = [word for state, word in INTERESTING.items() if states.contains(state)]
        line = "%s%s %r" % ("  " * depth, role, name)
        if marks:
            line += " [" + ", ".join(marks) + "]"
        out.append(line)
        for i in range(node.childCount):
            show(node.getChildAtIndex(i), depth + 1, out, limit)
    except Exception as error:  # a node that went away while we looked
        out.append("%s(gone: %s)" % ("  " * depth, error))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [app for app in desktop if app is not None and app.name == sys.argv[1]]
    if not apps:
        names = [app.name for app in desktop if app is not None]
        sys.exit("no application named %r on the accessibility bus (there: %s)" % (sys.argv[1], names))
    out = []
    show(apps[0], 0, out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
