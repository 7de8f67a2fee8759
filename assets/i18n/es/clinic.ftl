# «En esta clínica»: la sección propia de una clínica, en un paquete que la
# nombra (su nombre, grupos y servicios, y cómo empezar), y los códigos QR
# que un visitante puede llevarse del quiosco.

clinic-section = En esta clínica
clinic-section-summary = Grupos, servicios y cómo empezar en { $name }
clinic-title = En { $name }
clinic-offered-by = Ofrecido por { $name }
clinic-logo-spoken = Logotipo de { $name }
clinic-sources-note = La sección propia de la clínica («En esta clínica») la escribe la clínica. El resto de esta información no nombra ninguna clínica ni hace publicidad.
clinic-missing = Este paquete no nombra ninguna clínica.

clinic-services-title = Grupos y servicios
clinic-services-none = Ahora no hay grupos ni servicios en la lista.
clinic-start-title = Cómo empezar aquí

clinic-fact-who = Para quién es
clinic-fact-when = Cuándo
clinic-fact-length = Cuánto dura
clinic-length-both = { $minutes } minutos por sesión, durante { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
}
clinic-length-minutes = { $minutes } minutos por sesión
clinic-length-weeks = { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
}
clinic-fact-size = Tamaño del grupo
clinic-fact-approach = Enfoque
clinic-fact-language = Idioma
clinic-fact-place = Dónde
clinic-place-in-person = En persona
clinic-place-online = En línea
clinic-place-both = En persona o en línea
clinic-fact-access = Acceso
clinic-access-step-free = Acceso sin escalones
clinic-access-hearing-loop = Bucle magnético para audífonos
clinic-access-interpreters = Intérpretes
clinic-access-sign-language = Intérpretes de lengua de señas
clinic-fact-cost = Costo
clinic-fact-join = Cómo unirse
clinic-approach-open = Sobre { $title }
clinic-approach-open-spoken = Abrir el enfoque: { $title }

clinic-website = Sitio web
clinic-website-open = El sitio web de la clínica…
clinic-website-spoken = Abrir el sitio web de { $name }

clinic-qr-website-title = El sitio web de la clínica en su teléfono
clinic-qr-website-note = Apunte la cámara de su teléfono al código. Solo contiene esta dirección: { $url }
clinic-qr-website-spoken = Código QR con la dirección del sitio web de { $name }
clinic-qr-mine-title = Llévese sus preguntas
clinic-qr-mine-note = Apunte la cámara de su teléfono al código. Solo contiene el texto de abajo, sin dirección web. Nada se envía ni se guarda.
clinic-qr-mine-spoken = Código QR con sus propias preguntas, como texto
clinic-qr-mattered = Lo que me importó: { $topics }
clinic-qr-asks = Preguntas para hacer:
