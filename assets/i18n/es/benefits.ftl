# Strengths and trade-offs: the benefit cards, their filter, and a card.

benefits-title = Fortalezas y desventajas
# Before the filter buttons.
benefits-filter = Mostrar:
benefits-filter-both = Los dos
benefits-filter-both-spoken = Mostrar las tarjetas de los dos formatos
# The other filter buttons show a format's name; $format is that name.
benefits-filter-only-spoken = Mostrar solo { $format }
benefits-open-card-spoken = Abrir tarjeta: { $title }
# Under a card: the cards of the other format.
benefits-see-other = Ver fortalezas: { $format }
benefits-compare = Comparar lado a lado
