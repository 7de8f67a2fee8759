# Lectura fácil: el botón de la barra superior y las palabras alrededor de
# los textos de lectura fácil del paquete (frases cortas con dibujos).

easy-read-toggle = Lectura fácil
easy-read-toggle-spoken = Lectura fácil: frases cortas con dibujos
easy-read-rest = El resto de esta página no está en lectura fácil.
easy-read-credit = Dibujos: OpenMoji, CC BY-SA 4.0. Más información en la página de Fuentes.
easy-read-pictures-title = Dibujos
easy-read-pictures-intro = Los dibujos junto a las frases de lectura fácil son de OpenMoji y se comparten con la licencia Creative Commons Atribución-CompartirIgual 4.0.
