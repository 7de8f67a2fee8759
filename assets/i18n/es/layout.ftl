# Long lists of cards are shown a page at a time.

# $more cards will be added, of $hidden not shown yet.
layout-show-more = Mostrar { $more } más (de { $hidden } sin mostrar)
