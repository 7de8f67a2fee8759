# El comienzo de «¿Cuál encaja conmigo?», antes de sus preguntas.

decide-situation-title = Para quién es
decide-decision-title = La decisión
decide-options-title = Las opciones
decide-evidence-title = ¿Qué tan segura es la investigación?
decide-evidence-intro = Lo que encontraron los estudios sobre las dos formas de terapia, y qué tan seguros podemos estar.
decide-evidence-certainty = Qué tan seguro
