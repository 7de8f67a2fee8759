# What is on every screen: the top and bottom bars, and the windows they
# open (crisis contacts, a website note). "About this information" is in
# about.ftl, "Text and colours" in settings.ftl.

-app-name = Explorador de terapias

# The window's title, where the system shows one.
chrome-window-title = { -app-name }

chrome-back = ‹ Atrás
chrome-back-spoken = Atrás
chrome-home = Inicio
chrome-search = Buscar
chrome-search-spoken = Buscar (Ctrl+F)
# On a kiosk there is no typing: search is a list of topics.
chrome-topics = Temas
chrome-topics-spoken = Temas: vea dónde se habla de cada tema
chrome-help = ¿Necesita ayuda ahora?
chrome-help-spoken = ¿Necesita ayuda ahora? Ver los contactos de crisis

chrome-about = Acerca de esta información…
chrome-about-spoken = Acerca de esta información
chrome-keys = Teclas…
chrome-keys-spoken = Teclas: atajos de teclado
chrome-colours = Colores…
chrome-colours-spoken = Colores y tamaño del texto
# When the bottom bar folds: the pack's disclaimer opens "About this information"…
chrome-disclaimer = { $disclaimer } ›
chrome-disclaimer-spoken = { $disclaimer } (acerca de esta información)
# …and one button holds text size, colours and the keyboard shortcuts.
chrome-display = Texto y colores…
chrome-display-spoken = Texto y colores: tamaño del texto, colores y atajos de teclado
chrome-display-kiosk-spoken = Texto y colores: tamaño del texto y colores

# Every window's Close button; $window is what it closes.
chrome-close = Cerrar
chrome-close-spoken = Cerrar: { $window }

# The crisis contacts window (the contacts are the pack's).
chrome-help-title = ¿Necesita ayuda ahora?
# Shown instead of any number when the app cannot be sure which numbers
# reach help where it stands (a clinic's pack whose contacts cannot be read).
chrome-help-neutral = Si está en peligro, llame ahora mismo al número de emergencias de su zona, o pregunte en la recepción.

# When a pack leaves its format names empty.
chrome-format-individual = Terapia individual
chrome-format-group = Terapia de grupo

# Before a website opens: at home…
chrome-website-title = ¿Abrir un sitio web?
chrome-website-body = Este enlace abre una página fuera del { -app-name }, en su navegador:
chrome-website-open = Abrir en mi navegador
# …and on a kiosk, which opens nothing.
chrome-website-kiosk-title = Este enlace lleva a un sitio web
chrome-website-kiosk-body = En esta pantalla no se pueden abrir sitios web. Si desea leerlo, pregunte en la recepción.
# What the website window is called, in its Close button's spoken name.
chrome-website-note = aviso de sitio web

# A narrow top bar's menu: what the bar has no room for.
chrome-menu = Menú
chrome-menu-spoken = Menú: más lugares y ajustes
chrome-menu-title = Menú
# The first stop of the Tab key, seen only then: it moves to the page.
chrome-skip = Saltar al contenido
# "Read this page": the page read aloud by the system's speech service.
chrome-read-aloud = Leer esta página en voz alta
chrome-read-aloud-spoken = Leer esta página en voz alta, desde el principio
chrome-read-aloud-pause = Pausa
chrome-read-aloud-pause-spoken = Hacer una pausa en la lectura
chrome-read-aloud-resume = Seguir
chrome-read-aloud-resume-spoken = Seguir leyendo en voz alta
chrome-read-aloud-stop = Dejar de leer
chrome-read-aloud-stop-spoken = Dejar de leer en voz alta
