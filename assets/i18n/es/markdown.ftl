# Links and tables in the pack's Markdown pages.

# The large button after a paragraph for a link to a website; $label is the link's words.
markdown-link-website = { $label } (sitio web)
# …and for a link to a place in the app.
markdown-link-inside = { $label } ›
# A link button's spoken name when its words are not in what it does:
# "Página de elegir (abrir página: Elegir lo que podría irle bien)".
markdown-link-spoken = { $visible } ({ $described })

# What a link does, read aloud; $title is the title of what it opens.
markdown-open-approach = Abrir enfoque: { $title }
markdown-open-page = Abrir página: { $title }
markdown-open-card = Abrir tarjeta: { $title }
markdown-open-row = Abrir fila de la comparación: { $title }
markdown-open-source = Abrir fuente: { $title }
# $text is the link's words, $screen the screen's name in the link (like "compare").
markdown-go-to-screen = Ir a { $text } ({ $screen })
markdown-website-spoken = Enlace a sitio web: { $text } ({ $url })
# A link that cannot be followed.
markdown-link-spoken-plain = Enlace: { $text }

# A table cell read alone: its column's heading, then the cell.
markdown-cell-spoken = { $column }: { $text }
