# Search at home, and Topics on a kiosk (no typing: a button per topic).

search-topics-title = Temas
search-topics-intro = Elija un tema para ver dónde se habla de él en esta app.
# A topic button's spoken name; $topic is the pack's topic.
search-topic-spoken = Tema: { $topic }

search-title = Buscar
search-hint = Escriba una palabra, como privacidad, costo o trauma
search-box-spoken = Buscar
search-help = La búsqueda revisa las tarjetas, la comparación, los enfoques y las guías. No importa si le faltan acentos o tiene pequeños errores al escribir.

# The line above the results; $query is what was typed.
search-none = No se encontró nada para “{ $query }”. Pruebe con otra palabra, o con una más corta.
# Under "Nothing found", before the pack's topics.
search-none-topics = O elija uno de estos temas:
search-results = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
} para “{ $query }”
# When there are more results than are shown.
search-results-best = Los { $count } mejores resultados para “{ $query }”

# What kind of thing a result is, shown on it…
search-kind-card = Tarjeta
search-kind-comparison = Comparación
search-kind-approach = Enfoque
search-kind-page = Guía
search-kind-clinic = En esta clínica
# …and its spoken name; $title is the result's title.
search-open-card-spoken = Abrir tarjeta: { $title }
search-open-comparison-spoken = Abrir comparación: { $title }
search-open-approach-spoken = Abrir enfoque: { $title }
search-open-page-spoken = Abrir guía: { $title }
search-open-clinic-spoken = Abrir en esta clínica: { $title }
