# «Guardar una hoja…» en casa: una página web para imprimir con lo que elija la persona.

handout-open = Guardar una hoja…
handout-open-spoken = Guardar una hoja: elegir qué poner en ella
handout-screen-title = Guardar una hoja
handout-intro = Elija qué poner en ella. Se guarda en esta computadora como una página web, en su carpeta Documentos, para imprimirla o guardarla. Nada se envía a ningún lugar.
handout-kiosk = Las hojas solo se guardan en casa. Aquí, use el código QR.
handout-pick-decision = Sus respuestas a «{ $title }» y preguntas para hacer
handout-pick-clinic = En { $name }: grupos y cómo empezar
handout-pick-spoken = Poner en la hoja: { $title }
handout-nothing = Elija al menos una cosa para poner en ella.
handout-save = Guardar la hoja
handout-save-spoken = Guardar la hoja en su carpeta Documentos
handout-saved = Guardada: { $path }
handout-open-file = Abrirla
handout-open-file-spoken = Abrir la hoja en su navegador
handout-failed = No se pudo guardar la hoja: { $reason }

handout-title = Su hoja
handout-saved-on = De { $title }, guardada el { $date }.
handout-file-name = hoja-terapia
