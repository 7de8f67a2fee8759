# The kiosk's own screens: the attract screen between visits, "Still
# reading?", the staff PIN pad, and "Start over" in the top bar.

kiosk-start = Toque en cualquier lugar para empezar
kiosk-start-spoken = Toque en cualquier lugar para empezar
# The window's name for screen readers between visits: what the screen is.
kiosk-attract-spoken = { $title }: pantalla de bienvenida. Toque en cualquier lugar para empezar
# A button per language on the start screen, each in its own language:
# it starts the visit in that language.
kiosk-start-in = Toque para empezar
kiosk-start-in-spoken = Toque para empezar en español
# Under the breathing circle, as it grows and shrinks.
kiosk-breathe-in = Inhale…
kiosk-breathe-out = …y exhale
# Before the crisis contacts along the bottom of the attract screen.
kiosk-crisis-title = ¿Necesita ayuda ahora?
# One crisis contact: how to reach them (like "Llame al 911") and who they are.
kiosk-crisis-contact = { $how } ({ $name })

kiosk-start-over = Empezar de nuevo
kiosk-start-over-spoken = Empezar de nuevo: borrar esta visita

kiosk-still-reading = ¿Sigue leyendo?
kiosk-still-reading-body = Esta pantalla volverá al inicio muy pronto, para que la próxima persona no vea nada de su visita.
# Read out as a timer; $seconds counts down.
kiosk-countdown = Vuelve al inicio en { $seconds ->
    [one] 1 segundo
   *[other] { $seconds } segundos
}
kiosk-keep-reading = Seguir leyendo
kiosk-start-over-now = Empezar de nuevo ahora

kiosk-pin-title = Solo para el personal
kiosk-pin-enter = Escriba el PIN
kiosk-pin-wrong = Inténtelo de nuevo
# A digit key's spoken name; $digit is 0 to 9.
kiosk-pin-digit-spoken = Dígito { $digit }
kiosk-pin-clear = Borrar
kiosk-pin-clear-spoken = Borrar el PIN
kiosk-pin-ok = Aceptar
kiosk-pin-ok-spoken = Enviar el PIN
kiosk-pin-cancel = Cancelar
kiosk-pin-cancel-spoken = Cancelar: cerrar el teclado del PIN
