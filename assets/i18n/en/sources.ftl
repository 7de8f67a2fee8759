# The Sources screen, and the sources footer under every card and page.

sources-title = Sources
sources-intro = Where the information in this app comes from. Each card and page lists its own sources at the bottom.
sources-website = { $url } (website)
sources-website-spoken = Website link: { $url }
sources-used-by = Used by:
# A button that opens an item citing the source; $name is the item's title.
sources-used-by-spoken = Open { $name }
# The item "Used by:" names when comparison rows cite the source.
sources-used-by-comparison = Comparison
# Above the pack's note on who reviewed it (a clinician, or that no one has yet).
sources-reviewed-by-title = Clinical review

sources-footer-title = Sources
sources-footer-none = This is written from general knowledge. It names no specific source.
sources-footer-source-spoken = Source: { $citation }
