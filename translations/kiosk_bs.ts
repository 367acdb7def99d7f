<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bs">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>O ovom kiosku</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Šta ovaj kiosk čuva</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Ništa. Ne čuva ono što gledate, koji jezik birate niti šta štampate. Nije povezan na internet. Kada dodirnete Brzi izlaz ili ga neko vrijeme ne koristite, sve zaboravi i ponovo prikaže početni ekran.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Od čega vas ne može zaštititi</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Ljudi u vašoj blizini mogu vidjeti ekran. Kamere u prostoriji ga mogu snimati. Neko može pronaći odštampani listić, zato ga čuvajte na sigurnom mjestu. Neki štampači čuvaju spisak odštampanih stranica, osim ako to osoblje nije isključilo.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Brzi izlaz</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Dugme Brzi izlaz je uvijek u gornjem uglu. Tri pritiska na tipku Shift rade isto. Sve se odmah sakrije.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Jesu li ove informacije tačne?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Kod svake usluge piše kada su njeni podaci posljednji put provjereni. Podatke označene sa „Nije provjereno” ili „Možda je zastarjelo” treba provjeriti: pitajte osoblje.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Za osoblje</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>PIN za osoblje nije postavljen. Da biste izašli iz kioska, držite donji lijevi ugao ekrana 3 sekunde, a zatim odaberite Zatvori kiosk.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Primjer sadržaja: ova ustanova ga nije pregledala za upotrebu.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Dodirnite za početak</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Veličina teksta i kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Veličina teksta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalna</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Velika</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Najveća</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Uobičajene boje</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Visok kontrast</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Ovi izbori se zaborave kada odete.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Početna</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Moj listić ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Moj listić, %n stavka</numerusform>
            <numerusform>Moj listić, %n stavke</numerusform>
            <numerusform>Moj listić, %n stavki</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Promijeni jezik</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Brzi izlaz</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Odaberite temu</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Veličina teksta i kontrast</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>O ovom kiosku</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Pritisnite Dolje ili Gore da biste prelazili s jedne stavke na drugu, Enter da odaberete stavku, Nazad da se vratite i Pomoć da ponovo čujete ovo objašnjenje. Da odmah izađete, pritisnite Shift tri puta ili odaberite Brzi izlaz.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Ovaj kiosk ima informacije i mjesta koja mogu pomoći. Pritisnite Enter da počnete.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Za drugi jezik pritisnite Enter da počnete, a zatim odaberite Promijeni jezik.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Preko stranice je otvorena poruka. Odaberite jedno od njenih dugmadi.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Ovo je početna stranica. Na njoj su teme: odaberite jednu da je pročitate.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Ova stranica odgovara na pitanja o jednoj temi, a zatim navodi mjesta koja mogu pomoći.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Ova stranica govori kako doći do jednog mjesta koje može pomoći: brojevi telefona, radno vrijeme i adresa. Možete ga dodati na svoj listić i odštampati.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Na ovoj stranici birate jezik kioska.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Na ovoj stranici birate veličinu teksta i kontrast.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Ova stranica govori šta kiosk čuva i kako se provjeravaju njegove informacije.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Ova stranica prikazuje vaš listić: mjesta koja ste odabrali, za štampanje i ponijeti.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Odaberite svoj jezik</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>Neke riječi na engleskom</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Dio ovoga na jeziku: {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Ovaj kiosk još nije spreman. Molimo pitajte na recepciji.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Pošaljite SMS {keyword} na {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>SMS: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Pozovite: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN za osoblje</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Pogrešan PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekundu.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekunde.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekundi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Štampanje vašeg listića…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Čitanje naglas ovdje ne radi. Molimo pitajte osoblje.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Čitanje naglas nije dostupno na ovom jeziku.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Prestani čitati</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Čitaj naglas</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Koristite slušalice</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Tiše</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Glasnije</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Sporije</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Brže</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Radno vrijeme</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Jezici koji se govore</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cijena</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Ko može koristiti uslugu</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web stranica</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Nije provjereno, pa se ne može štampati</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Na vašem je listiću. Dodirnite da uklonite</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Vaš listić je pun</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Dodaj na moj listić</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Dio ove stranice prikazan je na jeziku: {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Korisni brojevi</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Pozovite</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>SMS poruka</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Pošaljite {keyword} SMS-om na broj</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Primjer sadržaja, ova ustanova ga nije pregledala</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Nacrt sadržaja, ova ustanova ga još nije objavila</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Vaš listić se štampa. Molimo uzmite ga sa štampača.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Nijedan štampač nije podešen. Molimo pitajte na recepciji.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Štampač nije dostupan. Molimo pitajte na recepciji.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Štampanje nije uspjelo. Molimo pitajte na recepciji.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Moj listić</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Vaš listić je prazan. Otvorite uslugu i dodirnite „Dodaj na moj listić”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Na listiću su samo brojevi telefona, radno vrijeme i adrese pod običnim naslovom. Na njemu ne piše o čemu se radi.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Odštampaj moj listić</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Ukloni {name} s listića</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Pregled listića za štampanje</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Ovo će biti odštampano:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>Ponovo učitaj sadržaj</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Vrati prethodnu verziju</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Probno štampanje</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Štampač {name}: nije pronađen.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Štampač: nijedan nije podešen.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Probno štampanje: nijedna usluga se ne može odštampati.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Probno štampanje je poslano.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Prikazuje se folder paketa {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Nijedan ulazni folder se ne prati za ažuriranja.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Sadržaj se ponovo učitava…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Štampač {name}: spreman.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Štampač {name}: štampa.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Štampač {name}: pauziran. Ne štampa ništa dok se ne pokrene ponovo (pitajte osobu koja održava ovaj računar).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Štampač {name}: nema papira. Stavite novu rolnu ili još papira.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Štampač {name}: ne radi. Provjerite da li je uključen i povezan.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Ponovno učitavanje odbijeno: paket ima greške.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Učitano: {id}, verzija {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Vraćanje odbijeno: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Instalirano: {id}, verzija {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Instalirano, prikazat će se nakon sljedećeg ponovnog pokretanja: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Odbijeno: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>Probno štampanje: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>PIN za osoblje nije postavljen: svako ko zna pokret u uglu može otvoriti ovaj panel. Postavite staff_pin_hash u konfiguraciji kioska.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Paket: {id}, verzija {version}, status {status}, pregledati do {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>objavljen</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>primjer</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nacrt</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Kada su kontakti posljednji put provjereni?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Kada su odgovori posljednji put provjereni?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Ažuriranja</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Nalazi</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Paket nema upozorenja.</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Panel za osoblje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Zatvori kiosk</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Primjer sadržaja. Ova ustanova ga nije pregledala: pitajte osoblje prije nego što se oslonite na njega.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Nacrt sadržaja, ova ustanova ga još nije objavila: pitajte osoblje prije nego što se oslonite na njega.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Jeste li još tu?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Da, nastavi</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Ovaj ekran će se obrisati za %n sekundu.</numerusform>
            <numerusform>Ovaj ekran će se obrisati za %n sekunde.</numerusform>
            <numerusform>Ovaj ekran će se obrisati za %n sekundi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Izvor: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Gdje potražiti pomoć</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: detalji</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Jezici interfejsa</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>izvorni tekst</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>pregledao izvorni govornik {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>nacrt, potreban pregled izvornog govornika</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Nije provjereno</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Možda je zastarjelo</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Nije provjereno: ovi podaci nisu provjereni. Pitajte osoblje prije nego što se oslonite na njih.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Možda je zastarjelo: posljednja provjera {date}. Ako niste sigurni, pitajte osoblje.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Provjereno {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>osoblje ove ustanove</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>urednik sadržaja</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>savjetnik za žrtve</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>advokat</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>besplatna pravna pomoć</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Stanje na dan {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Još nije provjereno: pitajte osoblje prije nego što se oslonite na ovo.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Posljednja provjera: {date} ({who}).</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Ovo se možda u međuvremenu promijenilo: pitajte osoblje.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>U posljednja 3 mjeseca</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>Od 3 do 6 mjeseci</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>Od 6 do 12 mjeseci</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Više od godinu dana</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nikad provjereno</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Nikad provjereno</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Posljednja provjera: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Posljednja provjera odgovora: {ages}</translation>
    </message>
</context>
</TS>
