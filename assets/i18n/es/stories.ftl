# Historias en pares, en las páginas de cada formato y en Comparar.

stories-title = Historias: una situación, dos caminos
stories-intro = Cada par cuenta la misma situación dos veces: una con alguien en terapia individual y otra con alguien en un grupo.
stories-helped = Lo que ayudó
stories-hard = Lo que fue difícil
stories-story-spoken = { $label }: { $name }, { $format }
