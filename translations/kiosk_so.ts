<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Ku saabsan kiosk-kan</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Waxa kiosk-kani kaydiyo</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Waxba. Ma kaydiyo waxaad eegto, luqadda aad doorato ama waxaad daabacdo. Internet kuma xiran. Markaad taabato Ka bax degdeg ah, ama aad muddo iska dhaafto, wax walba wuu illaawaa oo mar kale wuxuu muujiyaa shaashadda soo dhaweynta.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Waxa uusan kaa ilaalin karin</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Dadka kuu dhow way arki karaan shaashadda. Kamarada qolka ku jira ayaa duubi kara. Warqadda la daabacay waa la heli karaa, markaa meel ammaan ah ku hay. Daabacayaasha qaar waxay hayaan liiska bogagga la daabacay, haddii aanay shaqaaluhu damin.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ka bax degdeg ah</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Badhanka Ka bax degdeg ah had iyo jeer wuxuu ku yaal geeska sare. Saddex jeer oo aad riixdo furaha Shift isla wixii oo kale ayuu sameeyaa. Wax walba isla markiiba waa la qariyaa.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Macluumaadkani ma sax baa?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Adeeg kastaa wuxuu muujiyaa goorta faahfaahintiisa la hubiyay markii ugu dambaysay. Faahfaahinta lagu calaamadeeyay “Lama xaqiijin” ama “Waxaa laga yaabaa inuu duugoobay” waa in la hubiyaa: weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Shaqaalaha</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>PIN shaqaale lama dhigin. Si aad uga baxdo kiosk-ka, 3 ilbiriqsi ku hay geeska hoose ee bidix ee shaashadda, kadibna dooro Xir kiosk-ka.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Tusaale ahaan: goobtani dib uma eegin si loo isticmaalo.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Taabo si aad u bilowdo</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Cabbirka qoraalka iyo kala-soocidda midabka</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Caadi</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Weyn</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Aad u weyn</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kala-soocidda midabka</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Midabbada caadiga ah</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kala-sooc sare</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Doorashooyinkan waa la illaawaa markaad tagto.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Warqaddayda ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Warqaddayda, %n shay</numerusform>
            <numerusform>Warqaddayda, %n shay</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Beddel luqadda</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ka bax degdeg ah</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Dooro mawduuc</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Cabbirka qoraalka iyo kala-soocidda midabka</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Ku saabsan kiosk-kan</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Riix Hoos ama Kor si aad shay kale ugu gudubto, Enter si aad shay u doorato, Dib u noqo si aad dib ugu noqoto, iyo Caawimaad si aad sharraxaaddan mar kale u maqasho. Si aad isla markiiba uga baxdo, riix Shift saddex jeer ama dooro Ka bax degdeg ah.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Kiosk-kan waxaa ku jira macluumaad iyo meelo ku caawin kara. Riix Enter si aad u bilowdo.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Luqad kale haddii aad rabto, riix Enter si aad u bilowdo, kadibna dooro Beddel luqadda.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Fariin ayaa ka furan bogga dushiisa. Dooro mid ka mid ah badhamadeeda.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Kani waa bogga bilowga. Wuxuu taxayaa mawduucyada: dooro mid si aad u akhrido.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Boggani wuxuu ka jawaabaa su’aalo ku saabsan hal mawduuc, kadibna wuxuu taxayaa meelo ku caawin kara.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Boggani wuxuu sheegayaa sida loola xiriiro hal meel oo ku caawin karta: lambarrada taleefanka, saacadaha iyo cinwaanka. Waad ku dari kartaa warqaddaada oo daabici kartaa.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Boggan waxaad ku doorataa luqadda kiosk-ka.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Boggan waxaad ku doorataa cabbirka qoraalka iyo kala-soocidda midabka.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Boggani wuxuu sheegayaa waxa kiosk-ku kaydiyo iyo sida macluumaadkiisa loo hubiyo.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Boggani wuxuu muujinayaa warqaddaada: meelaha aad dooratay, si aad u daabacdo oo u qaadato.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Erayo qaar ayaa Ingiriisi ah</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Qayb ka mid ah waa {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dooro luqaddaada</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Kiosk-kani weli diyaar ma aha. Fadlan ka weydii miiska soo dhaweynta.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>U dir fariinta {keyword} lambarka {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Fariin qoraal: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Wac: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-ka shaqaalaha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Hagaag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN khaldan.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN khaldan oo aad u badan. Isku day mar kale %n ilbiriqsi kadib.</numerusform>
            <numerusform>PIN khaldan oo aad u badan. Isku day mar kale %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Warqaddaada ayaa la daabacayaa…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Hagaag</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Akhrinta codka dheer halkan kuma shaqaynayso. Fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Akhrinta codka dheer lagama heli karo luqaddan.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Jooji akhrinta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Cod dheer ku akhri</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Isticmaal sameecadaha</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Cod yar</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Cod weyn</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Aayar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Dhakhso</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Cinwaanka</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saacadaha</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Luqadaha lagu hadlo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Qiimaha</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Cidda isticmaali karta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websaydhka</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Lama xaqiijin, markaa lama daabici karo</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Warqaddaada ayuu ku jiraa. Taabo si aad uga saarto</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Warqaddaadu way buuxday</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Ku dar warqaddayda</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Qayb boggan ka mid ah waxaa lagu muujiyay {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Lambarro faa&apos;iido leh</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Wac</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Fariin</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>U dir {keyword} fariin ahaan</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Tusaale ahaan, goobtani dib uma eegin</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Qabyo, goobtani weli ma daabicin</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Warqaddaada waa la daabacayaa. Fadlan ka qaado daabacaha.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Daabace lama dejin. Fadlan ka weydii miiska soo dhaweynta.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Daabacuhu ma shaqaynayo hadda. Fadlan ka weydii miiska soo dhaweynta.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Daabacaaddu way fashilantay. Fadlan ka weydii miiska soo dhaweynta.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Warqaddayda</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Warqaddaadu waa madhan tahay. Fur adeeg oo taabo “Ku dar warqaddayda”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Warqaddu waxay muujisaa oo keliya lambarrada taleefanka, saacadaha iyo cinwaannada, cinwaan caadi ah hoostiisa. Ma sheegto waxa ay ku saabsan tahay.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Daabac warqaddayda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Ka saar {name} warqadda</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Muuqaalka warqadda la daabacayo</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Kani waa waxa la daabacayo:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Daabacaad tijaabo ah: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Dib u soo rar macluumaadka</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Ku celi nuqulkii hore</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Daabacaad tijaabo ah</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Waxaa la muujinayaa galka xirmada {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Ma jiro gal soo-gal ah oo loo ilaaliyo cusboonaysiinta.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Macluumaadka dib ayaa loo soo rarayaa…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Daabacaha {name}: lama helin.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Daabace: midna lama dejin.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Daabacaha {name}: diyaar.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Daabacaha {name}: wuu daabacayaa.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Daabacaha {name}: waa la hakiyay. Waxba ma daabaco ilaa dib loo bilaabo (weydii qofka daryeela kombiyuutarkan).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Daabacaha {name}: warqaddu way ka dhammaatay. Geli duub cusub ama warqad dheeraad ah.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Daabacaha {name}: ma shaqaynayo. Hubi inuu shidan yahay oo ku xiran yahay.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Dib u soo raridda waa la diiday: xirmadu khaladaad ayay leedahay.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Waa la soo raray {id} nuqulka {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Ku celinta waa la diiday: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Daabacaaddii tijaabada ahayd waa la diray.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Daabacaad tijaabo ah: ma jiro adeeg la daabici karo.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Waa la rakibay {id} nuqulka {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Waa la rakibay, waxaa la muujin doonaa dib u bilaabista xigta kadib: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Waa la diiday: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Guddiga shaqaalaha</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Xir kiosk-ka</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>PIN shaqaale lama dhigin: qof kasta oo yaqaan dhaqdhaqaaqa geeska ayaa furi kara guddigan. Ku dhig staff_pin_hash habaynta kiosk-ka.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Xirmo: {id}, nuqul {version}, xaalad {status}, dib u eeg ka hor {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>la daabacay</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>tusaale</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qabyo</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Goorma ayaa xiriirada la xaqiijiyay markii ugu dambaysay?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Goorma ayaa jawaabaha la hubiyay markii ugu dambaysay?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Cusboonaysiin</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Natiijooyin</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Xirmadu digniin ma leh.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Tusaale ahaan. Goobtani dib uma eegin: weydii shaqaalaha ka hor intaadan isku hallayn.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Qabyo, goobtani weli ma daabicin: weydii shaqaalaha ka hor intaadan isku hallayn.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Haa, sii wad</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Shaashaddani waxay tirtirmi doontaa %n ilbiriqsi kadib.</numerusform>
            <numerusform>Shaashaddani waxay tirtirmi doontaa %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Isha: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Halka laga helo caawimaad</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: faahfaahin</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Luqadaha shaashadda</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>qoraalka asalka ah</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>qof luqadda ku hadla ayaa dib u eegay {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>qabyo, waxay u baahan tahay in qof luqadda ku hadla dib u eego</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Lama xaqiijin</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Waxaa laga yaabaa inuu duugoobay</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Lama xaqiijin: faahfaahintan lama hubin. Weydii shaqaalaha ka hor intaadan isku hallayn.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Waxaa laga yaabaa inuu duugoobay: waxaa la hubiyay markii ugu dambaysay {date}. Haddii aadan hubin, weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>La hubiyay {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>shaqaalaha goobtan</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>tifaftiraha macluumaadka</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>u doodaha dhibbanayaasha</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>qareen</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>gargaarka sharci ee bilaashka ah</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Ilaa {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Weli lama hubin: weydii shaqaalaha ka hor intaadan isku hallayn.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Waxaa hubiyay {who} markii ugu dambaysay {date}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Tan waxaa laga yaabaa inay isbeddeshay tan iyo markaas: weydii shaqaalaha.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>3 bilood gudahood</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 ilaa 6 bilood</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 ilaa 12 bilood</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>In ka badan sanad</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Weligood lama hubin</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Weligiis lama xaqiijin</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Hubinta ugu dambaysay ee jawaabaha: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Xaqiijintii ugu dambaysay: {ages}</translation>
    </message>
</context>
</TS>
