<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Konsènan kyòs sa a</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Sa kyòs sa a kenbe</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Anyen. Li pa anrejistre sa ou gade, ki lang ou chwazi, ni sa ou enprime. Li pa gen koneksyon entènèt. Lè ou peze Sòti rapid, oswa lè ou kite l san ou pa touche l pou yon ti tan, li bliye tout bagay epi li remontre premye ekran an.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Sa li pa ka pwoteje ou kont li</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Moun ki toupre ou ka wè ekran an. Kamera ki nan sal la ka anrejistre l. Yon lòt moun ka jwenn papye ou enprime a, kidonk kenbe l yon kote ki an sekirite. Gen kèk enprimant ki kenbe yon lis paj yo enprime, sòf si anplwaye yo te fèmen sa.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sòti rapid</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Bouton Sòti rapid la toujou nan kwen anlè a. Si ou peze touch Shift la twa fwa, sa fè menm bagay la. Tout bagay kache touswit.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Èske enfòmasyon sa yo kòrèk?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Chak sèvis montre dènye fwa yo te tcheke enfòmasyon li yo. Enfòmasyon ki make “Pa verifye” oswa “Ka pa ajou” bezwen tcheke: mande anplwaye yo.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Pou anplwaye yo</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Pa gen PIN anplwaye ki mete. Pou fèmen kyòs la, kenbe dwèt ou sou kwen anba agoch ekran an pandan 3 segonn, epi chwazi Fèmen kyòs la.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Egzanp kontni: kote sa a pa t revize l pou sèvi avè l.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touche pou kòmanse</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Gwosè tèks ak kontras</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Gwosè tèks</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Nòmal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Gwo</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Pi gwo</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontras</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Koulè nòmal</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontras fò</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Lè ou ale, chwa sa yo bliye.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Tounen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Akèy</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Papye mwen ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Papye mwen, %n atik</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Chanje lang</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sòti rapid</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Chwazi yon sijè</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Gwosè tèks ak kontras</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Konsènan kyòs sa a</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Peze Anba oswa Anwo pou pase de yon eleman a yon lòt, Enter pou chwazi yon eleman, Tounen pou tounen dèyè epi Èd pou tande esplikasyon sa a ankò. Pou sòti touswit, peze Shift twa fwa oswa chwazi Sòti rapid.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Kyòs sa a gen enfòmasyon ak kote ki ka ede ou. Peze Enter pou kòmanse.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Pou yon lòt lang, peze Enter pou kòmanse, epi chwazi Chanje lang.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Gen yon mesaj ki louvri sou paj la. Chwazi youn nan bouton li yo.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Sa a se premye paj la. Li bay lis sijè yo: chwazi youn pou li l.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Paj sa a reponn kesyon sou yon sijè, epi li bay lis kote ki ka ede ou.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Paj sa a di kijan pou kontakte yon kote ki ka ede ou: nimewo telefòn, lè louvri ak adrès. Ou ka mete l sou papye ou epi enprime l.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Sou paj sa a, ou chwazi lang kyòs la.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Sou paj sa a, ou chwazi gwosè tèks la ak kontras la.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Paj sa a di sa kyòs la kenbe ak kijan yo tcheke enfòmasyon li yo.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Paj sa a montre papye ou: kote ou chwazi yo, pou enprime epi pote ale.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Kèk mo an angle</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Yon pati an {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Chwazi lang ou</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Kyòs sa a poko pare. Tanpri mande nan resepsyon an.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Voye mesaj {keyword} nan {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Mesaj tèks: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Rele: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN anplwaye</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN an pa bon.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Twòp PIN ki pa bon. Eseye ankò nan %n segonn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>N ap enprime papye ou…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Lekti awotvwa pa mache isit la. Tanpri mande anplwaye yo.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Lekti awotvwa pa disponib nan lang sa a.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Sispann li</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Li awotvwa</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Sèvi ak ekoutè yo</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Pi ba</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Pi fò</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Pi dousman</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Pi vit</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Adrès</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Lè louvri</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Lang yo pale</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Pri</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Ki moun ki ka sèvi avè l</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sit entènèt</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Pa verifye, kidonk yo pa ka enprime l</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Li sou papye ou. Touche pou retire l</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Papye ou plen</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Mete l sou papye mwen</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Yon pati nan paj sa a parèt an {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Nimewo ki itil</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Rele</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Tèks</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Voye {keyword} pa tèks bay</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Egzanp kontni, kote sa a pa t revize l</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Kontni bouyon, kote sa a poko pibliye l</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Papye ou ap enprime. Tanpri pran l nan enprimant lan.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Pa gen enprimant ki enstale. Tanpri mande nan resepsyon an.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Enprimant lan pa disponib. Tanpri mande nan resepsyon an.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Enpresyon an pa mache. Tanpri mande nan resepsyon an.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Papye mwen</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Papye ou vid. Louvri yon sèvis epi touche “Mete l sou papye mwen”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Papye a montre sèlman nimewo telefòn, lè louvri ak adrès anba yon tit senp. Li pa di sou ki sa li ye.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Enprime papye mwen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Retire {name} sou papye a</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Apèsi papye y ap enprime a</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Men sa y ap enprime:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Enpresyon tès: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Rechaje kontni an</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Tounen nan vèsyon anvan an</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Enpresyon tès</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>N ap montre dosye pakè a {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Pa gen okenn dosye resepsyon y ap siveye pou mizajou.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>N ap rechaje kontni an…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Enprimant {name}: yo pa jwenn li.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Enprimant: pa gen okenn ki enstale.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Enprimant {name}: pare.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Enprimant {name}: ap enprime.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Enprimant {name}: an pòz. Li p ap enprime anyen jiskaske yo relanse l (mande moun ki okipe òdinatè sa a).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Enprimant {name}: pa gen papye. Mete yon nouvo woulo oswa plis papye.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Enprimant {name}: li pa mache. Tcheke si li limen epi si li konekte.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Rechajman refize: pakè a gen erè.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>{id} vèsyon {version} chaje.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Retou an aryè refize: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Enpresyon tès la voye.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Enpresyon tès: pa gen okenn sèvis yo ka enprime.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>{id} vèsyon {version} enstale.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Enstale, l ap parèt apre pwochen redemaraj la: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refize: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Panno anplwaye</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Fèmen kyòs la</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Pa gen PIN anplwaye ki mete: nenpòt moun ki konnen jès nan kwen an ka louvri panno sa a. Mete staff_pin_hash nan konfigirasyon kyòs la.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Pakè: {id}, vèsyon {version}, estati {status}, revize anvan {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pibliye</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>egzanp</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bouyon</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Ki dènye fwa yo te verifye kontak yo?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Ki dènye fwa yo te tcheke repons yo?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mizajou</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Sa yo jwenn</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Pakè a pa gen okenn avètisman.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Egzanp kontni. Kote sa a pa t revize l: mande anplwaye yo anvan ou konte sou li.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Kontni bouyon, kote sa a poko pibliye l: mande anplwaye yo anvan ou konte sou li.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Èske ou la toujou?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Wi, kontinye</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Ekran sa a ap efase nan %n segonn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Sous: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Ki kote pou jwenn èd</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: detay</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Lang entèfas la</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>tèks orijinal</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>yon moun ki pale lang lan natif natal revize l {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>bouyon, bezwen yon moun ki pale lang lan natif natal revize l</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Pa verifye</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Ka pa ajou</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Pa verifye: pèsonn pa t tcheke enfòmasyon sa yo. Mande anplwaye yo anvan ou konte sou yo.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Ka pa ajou: dènye tchèk la te fèt {date}. Si ou pa sèten, mande anplwaye yo.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Tcheke {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>anplwaye kote sa a</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>moun ki redije kontni an</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>yon defansè viktim</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>yon avoka</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>èd jiridik gratis</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Ajou nan dat {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Poko tcheke: mande anplwaye yo anvan ou konte sou sa.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Dènye tchèk: {date}, pa {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Sa ka chanje depi lè sa a: mande anplwaye yo.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Nan 3 mwa ki sot pase yo</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 a 6 mwa</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 a 12 mwa</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Plis pase yon ane</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Pa janm tcheke</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Pa janm verifye</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Dènye tchèk repons yo: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Dènye verifikasyon: {ages}</translation>
    </message>
</context>
</TS>
