# Words about the pack itself: who wrote it, who paid, when it was checked.
# Shown in "About this information" and on the Sources screen.

about-title = Acerca de esta información
about-written-by = Escrito por: { $name }
about-funded-by = Financiamiento: { $name }
# $language and $region as the pack writes them, like "es-US" and "Estados Unidos".
about-language-region = Idioma y región: { $language }, { $region }
# The dates, written out ("23 de noviembre de 2026").
about-review-dates = Publicado el { $published } · Última revisión: { $reviewed } · Próxima revisión: { $next }
