<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Kuhusu kioski hiki</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Kioski hiki kinahifadhi nini</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Hakuna kitu. Hakihifadhi unachotazama, lugha unayochagua wala unachochapisha. Hakina muunganisho wa intaneti. Ukigusa Toka haraka, au ukikiacha kwa muda bila kukitumia, kinasahau kila kitu na kuonyesha tena skrini ya kukaribisha.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Mambo ambayo hakiwezi kukulinda dhidi yake</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Watu walio karibu nawe wanaweza kuona skrini. Kamera zilizo chumbani zinaweza kuirekodi. Mtu anaweza kuiona karatasi iliyochapishwa, kwa hiyo iweke mahali salama. Baadhi ya printa huhifadhi orodha ya kurasa zilizochapishwa, isipokuwa wafanyakazi wamezima hilo.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Toka haraka</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Kitufe cha Toka haraka kiko kwenye kona ya juu kila wakati. Kubonyeza kitufe cha Shift mara tatu hufanya vivyo hivyo. Kila kitu kinafichwa mara moja.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Je, taarifa hii ni sahihi?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Kila huduma inaonyesha lini maelezo yake yalikaguliwa mara ya mwisho. Maelezo yenye alama “Haijathibitishwa” au “Huenda imepitwa na wakati” yanahitaji kukaguliwa: waulize wafanyakazi.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Kwa wafanyakazi</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Hakuna PIN ya wafanyakazi iliyowekwa. Ili kutoka kwenye kioski, shikilia kona ya chini kushoto ya skrini kwa sekunde 3, kisha uchague Funga kioski.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Maudhui ya mfano: hayajakaguliwa na kituo hiki kwa matumizi.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Gusa ili kuanza</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Ukubwa wa maandishi na utofautishaji</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Kubwa</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Kubwa zaidi</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Utofautishaji</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Rangi za kawaida</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Utofautishaji wa juu</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Chaguo hizi zitasahaulika ukiondoka.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Karatasi yangu ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Karatasi yangu, kipengee %n</numerusform>
            <numerusform>Karatasi yangu, vipengee %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Badilisha lugha</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Toka haraka</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Chagua mada</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Ukubwa wa maandishi na utofautishaji</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Kuhusu kioski hiki</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Bonyeza Chini au Juu kusogea kutoka kipengele kimoja hadi kingine, Enter kuchagua kipengele, Rudi kurudi nyuma na Msaada kusikia maelezo haya tena. Kuondoka mara moja, bonyeza Shift mara tatu au chagua Toka haraka.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Kioski hiki kina taarifa na mahali panapoweza kusaidia. Bonyeza Enter kuanza.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Kwa lugha nyingine, bonyeza Enter kuanza, kisha uchague Badilisha lugha.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Ujumbe umefunguliwa juu ya ukurasa. Chagua mojawapo ya vitufe vyake.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Huu ni ukurasa wa mwanzo. Unaorodhesha mada: chagua moja uisome.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Ukurasa huu unajibu maswali kuhusu mada moja, kisha unaorodhesha mahali panapoweza kusaidia.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Ukurasa huu unaeleza jinsi ya kufikia mahali pamoja panapoweza kusaidia: nambari za simu, saa na anwani. Unaweza kupaongeza kwenye karatasi yako na kuichapisha.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Kwenye ukurasa huu unachagua lugha ya kioski.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Kwenye ukurasa huu unachagua ukubwa wa maandishi na utofautishaji.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Ukurasa huu unaeleza kioski kinahifadhi nini na jinsi taarifa zake zinavyothibitishwa.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Ukurasa huu unaonyesha karatasi yako: mahali ulipochagua, ili uchapishe na uchukue.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Chagua lugha yako</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>Baadhi ya maneno kwa Kiingereza</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Sehemu ya hii kwa {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Kioski hiki bado hakiko tayari. Tafadhali uliza mapokezi.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Tuma ujumbe {keyword} kwa {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Ujumbe mfupi: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Piga simu: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN ya wafanyakazi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN si sahihi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN zisizo sahihi zimekuwa nyingi. Jaribu tena baada ya sekunde %n.</numerusform>
            <numerusform>PIN zisizo sahihi zimekuwa nyingi. Jaribu tena baada ya sekunde %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Inachapisha karatasi yako…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Kusoma kwa sauti hakufanyi kazi hapa. Tafadhali uliza wafanyakazi.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Kusoma kwa sauti hakupatikani kwa lugha hii.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Acha kusoma</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Soma kwa sauti</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Tumia vipokea sauti vya masikioni</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Punguza sauti</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Ongeza sauti</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Polepole zaidi</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Haraka zaidi</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saa za kazi</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Lugha zinazozungumzwa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Nani anaweza kuitumia</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Haijathibitishwa, kwa hiyo haiwezi kuchapishwa</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Iko kwenye karatasi yako. Gusa ili kuiondoa</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Karatasi yako imejaa</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Ongeza kwenye karatasi yangu</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Sehemu ya ukurasa huu inaonyeshwa kwa {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Namba muhimu</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Piga simu</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Ujumbe mfupi (SMS)</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Tuma {keyword} kwa ujumbe mfupi kwenda</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Maudhui ya mfano, kituo hiki hakijayakagua</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Maudhui ya rasimu, kituo hiki bado hakijayachapisha</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Karatasi yako inachapishwa. Tafadhali ichukue kwenye printa.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Hakuna printa iliyowekwa. Tafadhali uliza mapokezi.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Printa haipatikani. Tafadhali uliza mapokezi.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Imeshindikana kuchapisha. Tafadhali uliza mapokezi.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Karatasi yangu</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Karatasi yako haina kitu. Fungua huduma kisha uguse “Ongeza kwenye karatasi yangu”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Karatasi inaonyesha tu namba za simu, saa za kazi na anwani chini ya kichwa cha kawaida. Haisemi inahusu nini.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Chapisha karatasi yangu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Ondoa {name} kwenye karatasi</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Mwonekano wa karatasi itakayochapishwa</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Hiki ndicho kitakachochapishwa:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>Pakia maudhui upya</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rudisha toleo la awali</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Chapisha jaribio</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Printa {name}: haikupatikana.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Printa: hakuna iliyowekwa.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Jaribio la kuchapisha: hakuna huduma inayoweza kuchapishwa.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Jaribio la kuchapisha limetumwa.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Inaonyesha folda ya kifurushi {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Hakuna folda ya kupokea masasisho inayofuatiliwa.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Inapakia maudhui upya…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Printa {name}: iko tayari.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Printa {name}: inachapisha.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Printa {name}: imesitishwa. Haichapishi chochote hadi iwashwe tena (muulize anayeshughulikia kompyuta hii).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Printa {name}: karatasi zimekwisha. Weka roli mpya au ongeza karatasi.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Printa {name}: haifanyi kazi. Hakikisha imewashwa na imeunganishwa.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Kupakia upya kumekataliwa: kifurushi kina makosa.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Imepakiwa: {id}, toleo {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Kurudisha toleo la awali kumekataliwa: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Imesakinishwa: {id}, toleo {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Imesakinishwa; itaonyeshwa baada ya kuwasha upya: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Imekataliwa: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>Jaribio la kuchapisha: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Hakuna PIN ya wafanyakazi iliyowekwa: mtu yeyote anayejua ishara ya kona anaweza kufungua paneli hii. Weka staff_pin_hash kwenye mipangilio ya kioski.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Kifurushi: {id}, toleo {version}, hali {status}, kikaguliwe kabla ya {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>imechapishwa</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ya mfano</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Mawasiliano yalithibitishwa lini mara ya mwisho?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Majibu yalikaguliwa lini mara ya mwisho?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Masasisho</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Matokeo ya ukaguzi</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Kifurushi hakina maonyo.</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Paneli ya wafanyakazi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Funga kioski</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Maudhui ya mfano. Kituo hiki hakijayakagua: waulize wafanyakazi kabla ya kuyategemea.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Maudhui ya rasimu, kituo hiki bado hakijayachapisha: waulize wafanyakazi kabla ya kuyategemea.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bado uko hapa?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Ndiyo, endelea</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Skrini hii itafutwa baada ya sekunde %n.</numerusform>
            <numerusform>Skrini hii itafutwa baada ya sekunde %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Chanzo: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Mahali pa kupata msaada</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: maelezo</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Lugha za kiolesura</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>maandishi asili</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>yamekaguliwa na mzawa wa lugha tarehe {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>rasimu, inahitaji kukaguliwa na mzawa wa lugha</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Haijathibitishwa</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Huenda imepitwa na wakati</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Haijathibitishwa: maelezo haya hayajakaguliwa. Waulize wafanyakazi kabla ya kuyategemea.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Huenda imepitwa na wakati: ilikaguliwa mara ya mwisho {date}. Waulize wafanyakazi ikiwa huna uhakika.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Ilikaguliwa {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>wafanyakazi wa mahali hapa</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>mhariri wa maudhui</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>mtetezi wa waathiriwa</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>wakili</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>msaada wa kisheria</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Kufikia {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Bado halijakaguliwa: uliza wafanyakazi kabla ya kulitegemea.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Lilikaguliwa mara ya mwisho {date} na {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Huenda hili limebadilika tangu hapo: uliza wafanyakazi.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Ndani ya miezi 3</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>Miezi 3 hadi 6</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>Miezi 6 hadi 12</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Zaidi ya mwaka mmoja</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Haijawahi kuthibitishwa</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Hayajawahi kukaguliwa</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Ilithibitishwa mara ya mwisho: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Majibu yalikaguliwa mwisho: {ages}</translation>
    </message>
</context>
</TS>
