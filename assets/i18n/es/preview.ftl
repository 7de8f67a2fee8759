# Vista previa en vivo (`--watch`): el panel con lo que está mal en el
# paquete de la carpeta, mientras se sigue mostrando la última versión buena.

preview-problems-title = { $count ->
    [one] El paquete de la carpeta tiene 1 error
   *[other] El paquete de la carpeta tiene { $count } errores
}
preview-problems-intro = Se sigue mostrando la última versión sin errores. Corrija el archivo en cada línea y columna de abajo y guárdelo: esto se actualiza solo.
