# The kiosk's own screens: the attract screen between visits, "Still
# reading?", the staff PIN pad, and "Start over" in the top bar.

kiosk-start = Touch anywhere to start
kiosk-start-spoken = Touch anywhere to start
# The window's name for screen readers between visits: what the screen is.
kiosk-attract-spoken = { $title }: welcome screen. Touch anywhere to start
# A button per language on the start screen, each in its own language:
# it starts the visit in that language.
kiosk-start-in = Touch to start
kiosk-start-in-spoken = Touch to start in English
# Under the breathing circle, as it grows and shrinks.
kiosk-breathe-in = Breathe in…
kiosk-breathe-out = …and breathe out
# Before the crisis contacts along the bottom of the attract screen.
kiosk-crisis-title = Need help now?
# One crisis contact: how to reach them (like "Call or text 988") and who they are.
kiosk-crisis-contact = { $how } ({ $name })

kiosk-start-over = Start over
kiosk-start-over-spoken = Start over: forget this visit

kiosk-still-reading = Still reading?
kiosk-still-reading-body = This screen will start over soon, so the next person sees nothing of your visit.
# Read out as a timer; $seconds counts down.
kiosk-countdown = Starting over in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
kiosk-keep-reading = Keep reading
kiosk-start-over-now = Start over now

kiosk-pin-title = Staff only
kiosk-pin-enter = Enter the PIN
kiosk-pin-wrong = Try again
# A digit key's spoken name; $digit is 0 to 9.
kiosk-pin-digit-spoken = Digit { $digit }
kiosk-pin-clear = Clear
kiosk-pin-clear-spoken = Clear PIN
kiosk-pin-ok = OK
kiosk-pin-ok-spoken = Submit PIN
kiosk-pin-cancel = Cancel
kiosk-pin-cancel-spoken = Cancel: close the PIN pad
