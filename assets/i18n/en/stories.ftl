# Paired stories, on the format pages (Strengths and trade-offs) and on Compare.
# The label on each story ("Made-up story…") is the pack's.

stories-title = Stories: one situation, two ways
stories-intro = Each pair tells one situation twice: once for someone in one-to-one therapy, once for someone in a group.
stories-helped = What helped
stories-hard = What was hard
# What a screen reader hears for each story: $label is the pack's label,
# $name the made-up person, $format the format's name.
stories-story-spoken = { $label }: { $name }, { $format }
