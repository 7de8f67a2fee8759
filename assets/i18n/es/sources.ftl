# The Sources screen, and the sources footer under every card and page.

sources-title = Fuentes
sources-intro = De dónde viene la información de esta app. Cada tarjeta y cada página muestra sus propias fuentes al final.
sources-website = { $url } (sitio web)
sources-website-spoken = Enlace a sitio web: { $url }
sources-used-by = Se usa en:
# A button that opens an item citing the source; $name is the item's title.
sources-used-by-spoken = Abrir { $name }
# The item "Used by:" names when comparison rows cite the source.
sources-used-by-comparison = Comparación

sources-footer-title = Fuentes
sources-footer-none = Este texto se basa en conocimientos generales. No cita ninguna fuente concreta.
sources-footer-source-spoken = Fuente: { $citation }
sources-reviewed-by-title = Revisión clínica
