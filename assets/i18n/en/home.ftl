# Home: the two doors, "Which fits me?" and the sections.

# The spoken name of each door, section and "Which fits me?"; $title is its title.
home-open-spoken = Open: { $title }
home-door-more = See its strengths and trade-offs ›
# "Which fits me?" on Home: its summary (from the pack), as a link.
home-decide-summary = { $summary } ›
home-explore = Explore

home-section-compare = Compare side by side
home-section-compare-summary = The same questions, answered for each format.
home-section-benefits = Strengths and trade-offs
home-section-benefits-summary = What each format can offer, and what to keep in mind.
home-section-approaches = Approaches
# $examples: the short names of the first approaches, like "CBT, DBT, EMDR".
home-section-approaches-summary = Ways of working, like { $examples } and more.
home-section-pages = Guides and questions
home-section-pages-summary = Longer guides, one topic at a time.
home-section-sources = Sources
home-section-sources-summary = Where this information comes from, and when it was checked.
