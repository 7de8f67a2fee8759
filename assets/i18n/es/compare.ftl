# Compare: the side-by-side tables.

compare-title = Comparar lado a lado
# Huge packs show some tables at a time; $hidden tables are not shown yet.
compare-show-more = Mostrar más de la comparación ({ $hidden ->
    [one] falta 1 tabla
   *[other] faltan { $hidden } tablas
})
# A cell read alone: the row's question, the format's name, then the cell.
compare-cell-spoken = { $question }, { $format }: { $text }
