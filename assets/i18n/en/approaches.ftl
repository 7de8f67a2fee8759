# Approaches: the list and each approach's page.

approaches-title = Approaches
approaches-open-spoken = Open approach: { $title }
# How an approach is usually offered.
approaches-offered-both = Offered one-to-one and in groups
approaches-offered-one-to-one = Usually offered one-to-one
approaches-offered-group = Usually offered in groups
