# Home: the two doors, "Which fits me?" and the sections.

# The spoken name of each door, section and "Which fits me?"; $title is its title.
home-open-spoken = Abrir: { $title }
home-door-more = Ver sus fortalezas y desventajas ›
# "Which fits me?" on Home: its summary (from the pack), as a link.
home-decide-summary = { $summary } ›
home-explore = Explorar

home-section-compare = Comparar lado a lado
home-section-compare-summary = Las mismas preguntas, respondidas para cada formato.
home-section-benefits = Fortalezas y desventajas
home-section-benefits-summary = Lo que cada formato puede ofrecer, y lo que conviene tener en cuenta.
home-section-approaches = Enfoques
# $examples: the short names of the first approaches, like "TCC, TDC, EMDR".
home-section-approaches-summary = Formas de trabajar, como { $examples } y otras.
home-section-pages = Guías y preguntas
home-section-pages-summary = Guías más largas, un tema a la vez.
home-section-sources = Fuentes
home-section-sources-summary = De dónde viene esta información y cuándo se revisó.
