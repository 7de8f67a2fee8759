# Links and tables in the pack's Markdown pages.

# The large button after a paragraph for a link to a website; $label is the link's words.
markdown-link-website = { $label } (website)
# …and for a link to a place in the app.
markdown-link-inside = { $label } ›
# A link button's spoken name when its words are not in what it does:
# "Choosing page (open page: Choosing what might suit you)".
markdown-link-spoken = { $visible } ({ $described })

# What a link does, read aloud; $title is the title of what it opens.
markdown-open-approach = Open approach: { $title }
markdown-open-page = Open page: { $title }
markdown-open-card = Open card: { $title }
markdown-open-row = Open comparison row: { $title }
markdown-open-source = Open source: { $title }
# $text is the link's words, $screen the screen's name in the link (like "compare").
markdown-go-to-screen = Go to { $text } ({ $screen })
markdown-website-spoken = Website link: { $text } ({ $url })
# A link that cannot be followed.
markdown-link-spoken-plain = Link: { $text }

# A table cell read alone: its column's heading, then the cell.
markdown-cell-spoken = { $column }: { $text }
