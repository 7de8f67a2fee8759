# Guides and questions: the list and each page; and what shows when a
# link names something the pack does not have.

pages-title = Guides and questions
pages-intro = Short guides to help you think things through.
pages-open-spoken = Open page: { $title }

pages-missing-title = Not found
pages-missing-card = This card is not in the content. It may have been removed.
pages-missing-approach = This approach is not in the content. It may have been removed.
pages-missing-page = This page is not in the content. It may have been removed.
# "Which fits me?" is missing from the pack.
pages-missing-guide = This guide is not in the content. It may have been removed.
pages-missing-home = Go to the start
