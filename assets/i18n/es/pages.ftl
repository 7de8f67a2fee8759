# Guides and questions: the list and each page; and what shows when a
# link names something the pack does not have.

pages-title = Guías y preguntas
pages-intro = Guías breves para ayudarle a pensar las cosas con calma.
pages-open-spoken = Abrir página: { $title }

pages-missing-title = No se encontró
pages-missing-card = Esta tarjeta no está en el contenido. Es posible que la hayan quitado.
pages-missing-approach = Este enfoque no está en el contenido. Es posible que lo hayan quitado.
pages-missing-page = Esta página no está en el contenido. Es posible que la hayan quitado.
# "Which fits me?" is missing from the pack.
pages-missing-guide = Esta guía no está en el contenido. Es posible que la hayan quitado.
pages-missing-home = Ir al inicio
