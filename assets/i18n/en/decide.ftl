# The opening of "Which fits me?", before its questions. The pack writes the
# texts under these headings, and the words of the questions and the result
# (decision.ron).

decide-situation-title = Who this is for
decide-decision-title = The choice
decide-options-title = The options
decide-evidence-title = How sure is the research?
decide-evidence-intro = What studies found about the two formats, and how sure we can be.
# Above each note's plain words on how sure the research is.
decide-evidence-certainty = How sure
