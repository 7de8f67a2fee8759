# Compare: the side-by-side tables.

compare-title = Compare side by side
# Huge packs show some tables at a time; $hidden tables are not shown yet.
compare-show-more = Show more of the comparison ({ $hidden -> 
    [one] 1 table
   *[other] { $hidden } tables
} not shown)
# A cell read alone: the row's question, the format's name, then the cell.
compare-cell-spoken = { $question }, { $format }: { $text }
