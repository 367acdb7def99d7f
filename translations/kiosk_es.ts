<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Acerca de este quiosco</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Lo que guarda este quiosco</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Nada. No guarda lo que usted mira, el idioma que elige ni lo que imprime. No tiene conexión a internet. Cuando toca Salida rápida, o lo deja sin usar un rato, lo olvida todo y vuelve a mostrar la pantalla de bienvenida.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>De qué no le puede proteger</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Las personas cerca de usted pueden ver la pantalla. Las cámaras de la sala pueden grabarla. Otra persona puede encontrar la hoja impresa, así que guárdela en un lugar seguro. Algunas impresoras guardan una lista de las páginas impresas, a menos que el personal lo haya desactivado.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>El botón Salida rápida está siempre en la esquina de arriba. Pulsar la tecla Shift tres veces hace lo mismo. Todo se oculta al instante.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>¿Es correcta esta información?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Cada servicio muestra cuándo se comprobaron sus datos por última vez. Los datos marcados como «Sin verificar» o «Puede estar desactualizado» deben comprobarse: pregunte al personal.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Para el personal</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>No hay un PIN del personal. Para salir del quiosco, mantenga pulsada la esquina inferior izquierda de la pantalla durante 3 segundos y luego elija Cerrar el quiosco.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Contenido de muestra: este lugar no lo ha revisado para su uso.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Colores normales</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Estas opciones se olvidan cuando usted se va.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Mi hoja ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Mi hoja, %n elemento</numerusform>
            <numerusform>Mi hoja, %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Cambiar idioma</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Acerca de este quiosco</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Pulse Abajo o Arriba para pasar de un elemento a otro, Intro para elegir un elemento, Atrás para volver y Ayuda para oír esta explicación otra vez. Para salir de inmediato, pulse Mayús tres veces o elija Salida rápida.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Este quiosco tiene información y lugares que pueden ayudar. Pulse Intro para empezar.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Para otro idioma, pulse Intro para empezar y luego elija Cambiar idioma.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Hay un mensaje abierto sobre la página. Elija uno de sus botones.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Esta es la página de inicio. Muestra los temas: elija uno para leerlo.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Esta página responde preguntas sobre un tema y luego muestra lugares que pueden ayudar.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Esta página dice cómo comunicarse con un lugar que puede ayudar: teléfonos, horario y dirección. Puede añadirlo a su hoja e imprimirla.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>En esta página se elige el idioma del quiosco.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>En esta página se elige el tamaño del texto y el contraste.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Esta página dice qué guarda el quiosco y cómo se comprueba su información.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Esta página muestra su hoja: los lugares que eligió, para imprimir y llevar.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>Algunas palabras en inglés</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Parte de esto en {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Este quiosco todavía no está listo. Pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Envíe {keyword} por mensaje de texto al {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Mensaje de texto: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Llamar: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Imprimiendo su hoja…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>La lectura en voz alta no funciona aquí. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>La lectura en voz alta no está disponible en este idioma.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Use los auriculares</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que se hablan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Sin verificar, no se puede imprimir</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Está en su hoja. Toque para quitarlo</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Su hoja está llena</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Añadir a mi hoja</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Parte de esta página se muestra en {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Números útiles</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Envíe {keyword} por mensaje de texto al</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Contenido de muestra, no revisado por este lugar</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Contenido en borrador, aún no publicado por este lugar</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Su hoja se está imprimiendo. Recójala en la impresora.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>No hay ninguna impresora configurada. Pregunte en la recepción.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>La impresora no está disponible. Pregunte en la recepción.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>No se pudo imprimir. Pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Mi hoja</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Su hoja está vacía. Abra un servicio y toque «Añadir a mi hoja».</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>La hoja muestra solo números de teléfono, horarios y direcciones bajo un título sencillo. No dice de qué se trata.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Imprimir mi hoja</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Quitar {name} de la hoja</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Vista previa de la hoja impresa</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Esto es lo que se imprimirá:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Volver a la versión anterior</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impresión de prueba</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Impresora {name}: no se encuentra.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Impresora: no hay ninguna configurada.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Impresión de prueba: no hay ningún servicio que se pueda imprimir.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Impresión de prueba enviada.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Se muestra la carpeta del paquete {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>No se vigila ninguna carpeta de entrada para actualizaciones.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Volviendo a cargar el contenido…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Impresora {name}: lista.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Impresora {name}: imprimiendo.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Impresora {name}: en pausa. No imprime nada hasta que se reanude (pregunte a quien se ocupa de este ordenador).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Impresora {name}: sin papel. Ponga un rollo nuevo o más papel.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Impresora {name}: no funciona. Compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Recarga rechazada: el paquete tiene errores.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Cargado {id}, versión {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Vuelta atrás rechazada: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Instalado {id}, versión {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Instalado; se mostrará después del próximo reinicio: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>Impresión de prueba: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>No hay un PIN del personal: cualquiera que conozca el gesto de la esquina puede abrir este panel. Configure staff_pin_hash en la configuración del quiosco.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Paquete: {id}, versión {version}, estado {status}, revisar antes del {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>de muestra</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>¿Cuándo se verificaron los contactos por última vez?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>¿Cuándo se revisaron las respuestas por última vez?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>El paquete no tiene advertencias.</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Contenido de muestra. Este lugar no lo ha revisado: pregunte al personal antes de confiar en él.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Contenido en borrador, aún no publicado por este lugar: pregunte al personal antes de confiar en él.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Sí, continuar</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Dónde conseguir ayuda</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: detalles</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Idiomas de la interfaz</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>texto original</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>revisado por un hablante nativo el {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>borrador, necesita revisión de un hablante nativo</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Puede estar desactualizado</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Sin verificar: estos datos no se han comprobado. Pregunte al personal antes de confiar en ellos.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Puede estar desactualizado: se comprobó por última vez el {date}. Si tiene dudas, pregunte al personal.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Comprobado el {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>el personal de este lugar</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>la persona editora del contenido</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>una persona intercesora de víctimas</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>un abogado o abogada</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>la asistencia legal gratuita</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Vigente al {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Aún no se ha revisado: pregunte al personal antes de confiar en esto.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Revisado por última vez el {date} por {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Esto puede haber cambiado desde entonces: pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>En los últimos 3 meses</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>De 3 a 6 meses</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>De 6 a 12 meses</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Hace más de un año</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nunca verificado</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Nunca revisadas</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Última verificación: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Última revisión de las respuestas: {ages}</translation>
    </message>
</context>
</TS>
