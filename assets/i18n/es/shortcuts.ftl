# The keyboard shortcuts window (F1, or "Keys…"): each shortcut's keys,
# then what it does.

shortcuts-title = Atajos de teclado

shortcuts-focus-keys = Tab / Mayús+Tab
shortcuts-focus = Ir al control siguiente / anterior
shortcuts-press-keys = Intro o Espacio
shortcuts-press = Pulsar el control que tiene el anillo de enfoque
shortcuts-read-next-keys = Flecha abajo
shortcuts-read-next = Seguir leyendo: el título, párrafo, punto de lista, celda o tarjeta siguiente
shortcuts-read-previous-keys = Flecha arriba
shortcuts-read-previous = Volver a leer el anterior
shortcuts-next-heading-keys = H
shortcuts-next-heading = Saltar al título siguiente
shortcuts-previous-heading-keys = Mayús+H
shortcuts-previous-heading = Saltar al título anterior
shortcuts-back-keys = Alt+Izquierda o Retroceso
shortcuts-back = Volver atrás
shortcuts-home-keys = Alt+Inicio
shortcuts-home = Ir al inicio
shortcuts-search-keys = Ctrl+F
shortcuts-search = Buscar
shortcuts-close-keys = Esc
shortcuts-close = Cerrar una ventana como esta, o salir de la búsqueda
shortcuts-larger-keys = Ctrl+más
shortcuts-larger = Texto más grande
shortcuts-smaller-keys = Ctrl+menos
shortcuts-smaller = Texto más pequeño
shortcuts-reset-keys = Ctrl+0
shortcuts-reset = Texto de vuelta al 100 %
shortcuts-help-keys = F1
shortcuts-help = Esta lista de atajos de teclado
