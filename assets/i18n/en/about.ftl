# Words about the pack itself: who wrote it, who paid, when it was checked.
# Shown in "About this information" and on the Sources screen.

about-title = About this information
about-written-by = Written by: { $name }
about-funded-by = Funding: { $name }
# $language is the pack's language named in words ("English"); $region as
# the pack writes it ("United States").
about-language-region = Language and region: { $language }, { $region }
# The dates as the pack writes them.
about-review-dates = Published { $published } · Last reviewed { $reviewed } · Next review due { $next }
