# What is on every screen: the top and bottom bars, and the windows they
# open (crisis contacts, a website note). "About this information" is in
# about.ftl, "Text and colours" in settings.ftl.

-app-name = Therapy Explorer

# The window's title, where the system shows one.
chrome-window-title = { -app-name }

chrome-back = ‹ Back
chrome-back-spoken = Back
chrome-home = Home
chrome-search = Search
chrome-search-spoken = Search (Ctrl+F)
# On a kiosk there is no typing: search is a list of topics.
chrome-topics = Topics
chrome-topics-spoken = Topics: find where a subject is covered
chrome-help = Need help now?
chrome-help-spoken = Need help now? Show crisis contacts

chrome-about = About this information…
chrome-about-spoken = About this information
chrome-keys = Keys…
chrome-keys-spoken = Keys: keyboard shortcuts
chrome-colours = Colours…
chrome-colours-spoken = Colours and text size
# When the bottom bar folds: the pack's disclaimer opens "About this information"…
chrome-disclaimer = { $disclaimer } ›
chrome-disclaimer-spoken = { $disclaimer } (about this information)
# …and one button holds text size, colours and the keyboard shortcuts.
chrome-display = Text & colours…
chrome-display-spoken = Text & colours: text size, colours and keyboard shortcuts
chrome-display-kiosk-spoken = Text & colours: text size and colours

# Every window's Close button; $window is what it closes.
chrome-close = Close
chrome-close-spoken = Close: { $window }

# The crisis contacts window (the contacts are the pack's).
chrome-help-title = Need help now?
# Shown instead of any number when the app cannot be sure which numbers
# reach help where it stands (a clinic's pack whose contacts cannot be read).
chrome-help-neutral = If you are in danger, call your local emergency number now, or ask at the front desk.

# When a pack leaves its format names empty.
chrome-format-individual = One-to-one therapy
chrome-format-group = Group therapy

# Before a website opens: at home…
chrome-website-title = Open a website?
chrome-website-body = This link opens a page outside { -app-name }, in your web browser:
chrome-website-open = Open in my browser
# …and on a kiosk, which opens nothing.
chrome-website-kiosk-title = This link goes to a website
chrome-website-kiosk-body = Websites cannot be opened on this screen. If you would like to read it, please ask at the front desk.
# What the website window is called, in its Close button's spoken name.
chrome-website-note = website note

# A narrow top bar's menu: what the bar has no room for.
chrome-menu = Menu
chrome-menu-spoken = Menu: more places and settings
chrome-menu-title = Menu
# The first stop of the Tab key, seen only then: it moves to the page.
chrome-skip = Skip to content
# "Read this page": the page read aloud by the system's speech service.
chrome-read-aloud = Read this page aloud
chrome-read-aloud-spoken = Read this page aloud, from the top
chrome-read-aloud-pause = Pause
chrome-read-aloud-pause-spoken = Pause reading aloud
chrome-read-aloud-resume = Go on
chrome-read-aloud-resume-spoken = Go on reading aloud
chrome-read-aloud-stop = Stop reading
chrome-read-aloud-stop-spoken = Stop reading aloud
