# Text size and colours: the A− and A+ buttons, and the "Text and colours" window.

settings-title = Text and colours
settings-text-size = Text size
settings-larger = A+
# $percent is the text size now, from 100 to 200.
settings-larger-spoken = A+: larger text (now { $percent } %)
settings-smaller = A−
settings-smaller-spoken = A−: smaller text (now { $percent } %)
settings-percent = { $percent } %
settings-reset = Reset to 100 %
settings-reset-spoken = Reset text size to 100 %

settings-colours = Colours
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast
settings-theme-system = Follow the system
# $theme is one of the names above.
settings-theme-spoken = Colours: { $theme }

settings-kiosk-note = These changes last until this visit ends.
settings-home-note = Your choice is remembered next time you open the app.
settings-shortcuts = Keyboard shortcuts…
settings-shortcuts-spoken = Keyboard shortcuts
