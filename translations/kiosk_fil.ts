<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Tungkol sa kiosk na ito</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Ano ang itinatago ng kiosk na ito</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Wala. Hindi nito sine-save ang tinitingnan ninyo, ang wikang pinipili ninyo o ang ipinapa-print ninyo. Wala itong koneksyon sa internet. Kapag pinindot ninyo ang Mabilis na paglabas, o iniwan ninyo ito nang ilang sandali, kinakalimutan nito ang lahat at ipinapakita ulit ang unang screen.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Ang hindi nito kayang iwasan para sa inyo</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Nakikita ng mga tao sa malapit ang screen. Maaari itong i-record ng mga camera sa kuwarto. Maaaring makita ng iba ang naka-print na papel, kaya itago ito sa ligtas na lugar. May mga printer na nagtatago ng listahan ng mga na-print na pahina maliban kung pinatay ito ng staff.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Mabilis na paglabas</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Laging nasa itaas na sulok ang button na Mabilis na paglabas. Ganoon din ang nangyayari kapag pinindot nang tatlong beses ang Shift key. Agad na itinatago ang lahat.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Tama ba ang impormasyong ito?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Ipinapakita ng bawat serbisyo kung kailan huling sinuri ang mga detalye nito. Kailangang suriin ang mga detalyeng may markang “Hindi pa napatunayan” o “Maaaring luma na”: magtanong sa staff.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Para sa staff</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Walang nakatakdang PIN ng staff. Para isara ang kiosk, pindutin nang matagal ang kaliwang ibabang sulok ng screen nang 3 segundo, pagkatapos ay piliin ang Isara ang kiosk.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Halimbawang nilalaman: hindi pa sinuri ng lugar na ito para gamitin.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Pindutin para magsimula</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Laki ng teksto at contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Laki ng teksto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Malaki</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Pinakamalaki</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Karaniwang kulay</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Mataas na contrast</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Kinakalimutan ang mga pinili ninyo kapag umalis kayo.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Aking papel ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Aking papel, %n item</numerusform>
            <numerusform>Aking papel, %n item</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Palitan ang wika</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Mabilis na paglabas</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Pumili ng paksa</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Laki ng teksto at contrast</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Tungkol sa kiosk na ito</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Pindutin ang Down o Up para lumipat sa bawat item, ang Enter para pumili ng item, ang Back para bumalik at ang Help para marinig ulit ang paliwanag na ito. Para umalis agad, pindutin nang tatlong beses ang Shift o piliin ang Mabilis na paglabas.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>May impormasyon ang kiosk na ito at mga lugar na makakatulong. Pindutin ang Enter para magsimula.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Para sa ibang wika, pindutin ang Enter para magsimula, pagkatapos ay piliin ang Palitan ang wika.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>May bukas na mensahe sa ibabaw ng pahina. Pumili ng isa sa mga button nito.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Ito ang unang pahina. Nakalista rito ang mga paksa: pumili ng isa para basahin ito.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Sinasagot ng pahinang ito ang mga tanong tungkol sa isang paksa, pagkatapos ay inililista ang mga lugar na makakatulong.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Sinasabi ng pahinang ito kung paano makipag-ugnayan sa isang lugar na makakatulong: mga numero ng telepono, oras at address. Maaari ninyo itong idagdag sa inyong papel at i-print.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Sa pahinang ito, pinipili ninyo ang wika ng kiosk.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Sa pahinang ito, pinipili ninyo ang laki ng teksto at ang contrast.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Sinasabi ng pahinang ito kung ano ang itinatago ng kiosk at kung paano sinusuri ang impormasyon nito.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Ipinapakita ng pahinang ito ang inyong papel: ang mga lugar na pinili ninyo, para i-print at dalhin.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Ilang salita sa Ingles</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Bahagi nito sa {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Piliin ang inyong wika</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Hindi pa handa ang kiosk na ito. Magtanong po sa front desk.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>I-text ang {keyword} sa {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Text: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Tumawag: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN ng staff</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Mali ang PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
            <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Pini-print ang inyong papel…</translation>
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
        <translation>Hindi gumagana rito ang pagbasa nang malakas. Magtanong po sa staff.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Hindi magagamit ang pagbasa nang malakas sa wikang ito.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Itigil ang pagbasa</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Basahin nang malakas</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Gamitin ang headphones</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mas mahina</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mas malakas</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mas mabagal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mas mabilis</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Mga wikang ginagamit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Sino ang puwedeng gumamit</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Hindi pa napatunayan, kaya hindi ito mapi-print</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Nasa inyong papel. Pindutin para alisin</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Puno na ang inyong papel</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Idagdag sa aking papel</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Ang ilang bahagi ng pahinang ito ay nasa {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Mga kapaki-pakinabang na numero</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Tumawag</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Mag-text</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>I-text ang {keyword} sa</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Halimbawang nilalaman, hindi pa sinuri ng lugar na ito</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Draft na nilalaman, hindi pa inilalathala ng lugar na ito</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Pini-print na ang inyong papel. Kunin po ito sa printer.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Walang naka-set up na printer. Magtanong po sa front desk.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Hindi magamit ang printer ngayon. Magtanong po sa front desk.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Hindi natuloy ang pag-print. Magtanong po sa front desk.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Aking papel</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Walang laman ang inyong papel. Magbukas ng serbisyo at pindutin ang “Idagdag sa aking papel”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Mga numero ng telepono, oras at address lang ang nasa papel, sa ilalim ng simpleng pamagat. Hindi nito sinasabi kung tungkol saan ito.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>I-print ang aking papel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Alisin ang {name} sa papel</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Silip sa ipi-print na papel</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Ito ang ipi-print:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Test print: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>I-reload ang nilalaman</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Ibalik ang dating bersyon</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Ipinapakita ang bundle folder na {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Walang inbox na binabantayan para sa mga update.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Nire-reload ang nilalaman…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Printer {name}: hindi makita.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Printer: walang naka-set up.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Printer {name}: handa.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Printer {name}: nagpi-print.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Printer {name}: naka-pause. Wala itong ipi-print hangga&apos;t hindi itinutuloy (magtanong sa nag-aalaga ng computer na ito).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Printer {name}: ubos na ang papel. Maglagay ng bagong rolyo o dagdag na papel.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Printer {name}: hindi gumagana. Tingnan kung nakabukas at nakakonekta ito.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Hindi itinuloy ang reload: may mga error ang bundle.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Na-load ang {id} bersyon {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Hindi itinuloy ang pagbabalik: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Naipadala ang test print.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Test print: walang serbisyong mapi-print.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Na-install ang {id} bersyon {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Na-install, ipapakita pagkatapos ng susunod na restart: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Hindi tinanggap: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Panel ng staff</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Isara ang kiosk</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Walang nakatakdang PIN ng staff: kahit sino na nakakaalam ng galaw sa sulok ay makakapagbukas ng panel na ito. Itakda ang staff_pin_hash sa config ng kiosk.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Bundle: {id}, bersyon {version}, status {status}, suriin bago ang {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>nailathala</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>halimbawa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Kailan huling napatunayan ang mga contact?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Kailan huling sinuri ang mga sagot?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mga update</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Mga natuklasan</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Walang babala ang bundle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Halimbawang nilalaman. Hindi pa ito sinuri ng lugar na ito: magtanong sa staff bago ito pagkatiwalaan.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Draft na nilalaman, hindi pa inilalathala ng lugar na ito: magtanong sa staff bago ito pagkatiwalaan.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Nandiyan pa po ba kayo?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Oo, ituloy</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Mabubura ang screen na ito pagkalipas ng %n segundo.</numerusform>
            <numerusform>Mabubura ang screen na ito pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Pinagmulan: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Saan makakakuha ng tulong</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: mga detalye</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Mga wika ng interface</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>orihinal na teksto</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>sinuri ng katutubong nagsasalita noong {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>draft, kailangang suriin ng katutubong nagsasalita</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Hindi pa napatunayan</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Maaaring luma na</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Hindi pa napatunayan: hindi pa nasusuri ang mga detalyeng ito. Magtanong sa staff bago ito pagkatiwalaan.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Maaaring luma na: huling sinuri noong {date}. Magtanong sa staff kung hindi sigurado.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Sinuri noong {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>staff ng lugar na ito</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>editor ng nilalaman</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>isang tagapagtanggol ng biktima</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>isang abogado</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>legal aid</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Hanggang {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Hindi pa nasusuri: magtanong sa staff bago ito pagkatiwalaan.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Huling sinuri noong {date} ng {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Maaaring nagbago na ito mula noon: magtanong sa staff.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Sa loob ng 3 buwan</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 hanggang 6 na buwan</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 hanggang 12 buwan</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Mahigit isang taon</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Hindi kailanman nasuri</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Hindi kailanman napatunayan</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Huling pagsuri sa mga sagot: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Huling napatunayan: {ages}</translation>
    </message>
</context>
</TS>
