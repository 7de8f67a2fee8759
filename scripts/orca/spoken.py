#!/usr/bin/env python3
"""What Orca spoke, read back from its debug log (orca --debug-file).

    spoken.py LOG [FROM]    print the utterances numbered FROM and later
                            (numbered from 0), one a line

Orca logs each utterance as `HH:MM:SS.ffffff - SPEECH OUTPUT: 'text'{voice}`
(sometimes `'text' voice=NAME{voice}`); text that holds line breaks goes on
over lines indented by 18 spaces. Utterances are numbered in the order of
the lines holding "SPEECH OUTPUT: '", the same lines `grep -c` counts, so a
shell script can count with grep and read with this.
"""

import re
import sys

MARK = "SPEECH OUTPUT: '"
# The closing quote, then what Orca adds after the text: an optional
# " voice=NAME", then the voice's settings as a dict, to the end of the line.
CLOSE = re.compile(r"^(?P<text>.*)'(?: voice=\S+)? ?(?:\{.*\})?$", re.S)
CONTINUATION = " " * 18


def utterances(lines):
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r\n").rstrip("\r")
        at = line.find(MARK)
        if at < 0:
            i += 1
            continue
        text = line[at + len(MARK):]
        i += 1
        # Text with line breaks: join the indented lines until one closes it.
        while not CLOSE.match(text) and i < len(lines) and lines[i].startswith(CONTINUATION):
            if MARK in lines[i]:
                break
            text += " " + lines[i].rstrip("\r\n").rstrip("\r").strip()
            i += 1
        match = CLOSE.match(text)
        yield " ".join((match.group("text") if match else text).split())


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    start = int(sys.argv[2]) if len(sys.argv) == 3 else 0
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        lines = log.readlines()
    for number, text in enumerate(utterances(lines)):
        if number >= start:
            print(text)


if __name__ == "__main__":
    main()
