# Strengths and trade-offs: the benefit cards, their filter, and a card.

benefits-title = Strengths and trade-offs
# Before the filter buttons.
benefits-filter = Show:
benefits-filter-both = Both
benefits-filter-both-spoken = Show cards for both formats
# The other filter buttons show a format's name; $format is that name.
benefits-filter-only-spoken = Show only { $format }
benefits-open-card-spoken = Open card: { $title }
# Under a card: the cards of the other format.
benefits-see-other = See strengths of { $format }
benefits-compare = Compare side by side
