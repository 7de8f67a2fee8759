# Easy Read: the toggle in the top bar, and the words around the pack's
# Easy Read texts (short sentences with pictures).

easy-read-toggle = Easy Read
# The toggle is heard as pressed or not pressed.
easy-read-toggle-spoken = Easy Read: short sentences with pictures
# Under the Easy Read part of a screen.
easy-read-rest = The rest of this page is not in Easy Read.
# At the foot of a screen with Easy Read pictures.
easy-read-credit = Pictures: OpenMoji, CC BY-SA 4.0. More on the Sources page.
# On Sources, whenever the pack has Easy Read (the credit itself follows).
easy-read-pictures-title = Pictures
easy-read-pictures-intro = The pictures beside the Easy Read sentences are from OpenMoji, shared under the Creative Commons Attribution-ShareAlike 4.0 licence.
