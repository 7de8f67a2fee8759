# Text size and colours: the A− and A+ buttons, and the "Text and colours" window.

settings-title = Texto y colores
settings-text-size = Tamaño del texto
settings-larger = A+
# $percent is the text size now, from 100 to 200.
settings-larger-spoken = A+: texto más grande (ahora al { $percent } %)
settings-smaller = A−
settings-smaller-spoken = A−: texto más pequeño (ahora al { $percent } %)
settings-percent = { $percent } %
settings-reset = Volver al 100 %
settings-reset-spoken = Volver el tamaño del texto al 100 %

settings-colours = Colores
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-theme-high-contrast = Alto contraste
settings-theme-system = Como el sistema
# $theme is one of the names above.
settings-theme-spoken = Colores: { $theme }

settings-kiosk-note = Estos cambios duran hasta que termine esta visita.
settings-home-note = Su elección se recordará la próxima vez que abra la app.
settings-shortcuts = Atajos de teclado…
settings-shortcuts-spoken = Atajos de teclado
