# Choosing the language, and items shown in another language.

# This language's name, written in itself: how the language switch names it.
language-self = Español
# The language switch is a row of these names; its title in "Text and colours".
language-title = Idioma

# Names of languages, in this language, for the note below.
language-name-en = inglés
language-name-es = español
# Beside an item shown in the pack's default language because it is not
# translated yet; $language is that language's name (from the list above).
language-fallback = (en { $language })
