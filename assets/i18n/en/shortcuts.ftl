# The keyboard shortcuts window (F1, or "Keys…"): each shortcut's keys,
# then what it does.

shortcuts-title = Keyboard shortcuts

shortcuts-focus-keys = Tab / Shift+Tab
shortcuts-focus = Move to the next / previous control
shortcuts-press-keys = Enter or Space
shortcuts-press = Press the control that has the focus ring
shortcuts-read-next-keys = Down arrow
shortcuts-read-next = Read on: the next heading, paragraph, list item, table cell or card
shortcuts-read-previous-keys = Up arrow
shortcuts-read-previous = Read the one before again
shortcuts-next-heading-keys = H
shortcuts-next-heading = Jump to the next heading
shortcuts-previous-heading-keys = Shift+H
shortcuts-previous-heading = Jump to the heading before
shortcuts-back-keys = Alt+Left or Backspace
shortcuts-back = Go back
shortcuts-home-keys = Alt+Home
shortcuts-home = Go to the start
shortcuts-search-keys = Ctrl+F
shortcuts-search = Search
shortcuts-close-keys = Esc
shortcuts-close = Close a window like this one, or leave search
shortcuts-larger-keys = Ctrl+plus
shortcuts-larger = Larger text
shortcuts-smaller-keys = Ctrl+minus
shortcuts-smaller = Smaller text
shortcuts-reset-keys = Ctrl+0
shortcuts-reset = Text back to 100 %
shortcuts-help-keys = F1
shortcuts-help = This list of keyboard shortcuts
