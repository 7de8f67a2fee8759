# Notes for staff, shown on the screen when a clinic's pack or kiosk
# settings cannot be used. On a kiosk the public can read them too: no
# folder or file names there.

# $folder is the pack's folder, $count how many problems it has.
staff-note-pack-problems = Nota para el personal: el paquete de contenido de { $folder } tiene { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}, así que lo que está dañado no se muestra. Ejecute `therapy-explorer check { $folder }` para verlos.
staff-note-kiosk-pack-problems = Nota para el personal: el paquete de contenido de este quiosco tiene { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}, así que lo que está dañado no se muestra. Ejecute `therapy-explorer check` en la carpeta del paquete para verlos.
staff-note-kiosk-config = Nota para el personal: el archivo de configuración de este quiosco tiene problemas, así que algunas opciones usan sus valores predeterminados (un PIN dañado significa que el personal no puede salir). Ejecute `therapy-explorer check --kiosk-config` en el archivo para verlos.
# A kiosk with a public key refused its pack; $version is the previous one's.
staff-note-kiosk-pack-refused-previous = Nota para el personal: este quiosco rechazó su nuevo paquete de contenido (su firma o sus archivos no coinciden), así que muestra el paquete anterior, versión { $version }. Ejecute `therapy-explorer verify` en la carpeta del paquete para ver por qué.
staff-note-kiosk-pack-refused = Nota para el personal: este quiosco rechazó su paquete de contenido (su firma o sus archivos no coinciden), así que muestra la información general incluida con los contactos de crisis propios de este sitio. Ejecute `therapy-explorer verify` en la carpeta del paquete para ver por qué.
