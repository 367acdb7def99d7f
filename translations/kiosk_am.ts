<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>ስለዚህ ኪዮስክ</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>ይህ ኪዮስክ የሚያስቀምጠው</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>ምንም። የሚያዩትን፣ የሚመርጡትን ቋንቋ ወይም የሚያትሙትን አያስቀምጥም። ከኢንተርኔት ጋር አልተገናኘም። ፈጣን መውጫን ሲነኩ ወይም ለተወሰነ ጊዜ ሳይጠቀሙበት ሲተዉት ሁሉንም ይረሳል፤ የእንኳን ደህና መጡ ገጹንም እንደገና ያሳያል።</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>ከምን ሊጠብቅዎት አይችልም</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>በአጠገብዎ ያሉ ሰዎች ማያ ገጹን ማየት ይችላሉ። በክፍሉ ያሉ ካሜራዎች ሊቀርጹት ይችላሉ። የታተመ ወረቀት ሊገኝ ይችላል፤ ስለዚህ ደህንነቱ በተጠበቀ ቦታ ያስቀምጡት። አንዳንድ አታሚዎች ሠራተኞች ካላጠፉት በቀር የታተሙ ገጾችን ዝርዝር ይይዛሉ።</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ፈጣን መውጫ</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>የፈጣን መውጫ አዝራር ሁልጊዜ በላይኛው ጥግ ላይ ነው። የShift ቁልፍን ሦስት ጊዜ መጫንም ያንኑ ያደርጋል። ሁሉም ነገር ወዲያውኑ ይደበቃል።</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>ይህ መረጃ ትክክል ነው?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>እያንዳንዱ አገልግሎት መረጃው ለመጨረሻ ጊዜ መቼ እንደተፈተሸ ያሳያል። “ያልተረጋገጠ” ወይም “ጊዜው ያለፈበት ሊሆን ይችላል” የሚል ምልክት ያለው መረጃ መፈተሽ አለበት፦ ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>ለሠራተኞች</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>የሠራተኞች PIN አልተዘጋጀም። ከኪዮስኩ ለመውጣት የማያ ገጹን ታችኛው ግራ ጥግ ለ3 ሰከንድ ተጭነው ይያዙ፤ ከዚያም ኪዮስኩን ዝጋን ይምረጡ።</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>የናሙና ይዘት፦ ይህ ተቋም ለአገልግሎት አልገመገመውም።</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>ለመጀመር ይንኩ</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>የጽሑፍ መጠን እና ንፅፅር</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>የጽሑፍ መጠን</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>መደበኛ</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ትልቅ</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>በጣም ትልቅ</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>ንፅፅር</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>መደበኛ ቀለሞች</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ከፍተኛ ንፅፅር</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>ሲሄዱ እነዚህ ምርጫዎች ይረሳሉ።</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>መነሻ</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>የእኔ ወረቀት ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>የእኔ ወረቀት፣ %n ንጥል</numerusform>
            <numerusform>የእኔ ወረቀት፣ %n ንጥሎች</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>ቋንቋ ይቀይሩ</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ፈጣን መውጫ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>ርዕስ ይምረጡ</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>የጽሑፍ መጠን እና ንፅፅር</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>ስለዚህ ኪዮስክ</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>ከአንዱ ንጥል ወደ ሌላው ለመሄድ ታች ወይም ላይን ይጫኑ፤ ንጥል ለመምረጥ Enterን፣ ለመመለስ ተመለስን፣ ይህን ማብራሪያ እንደገና ለመስማት እገዛን ይጫኑ። ወዲያውኑ ለመውጣት የShift ቁልፍን ሦስት ጊዜ ይጫኑ ወይም ፈጣን መውጫን ይምረጡ።</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>ይህ ኪዮስክ መረጃና ሊረዱ የሚችሉ ቦታዎችን ይዟል። ለመጀመር Enterን ይጫኑ።</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>ለሌላ ቋንቋ ለመጀመር Enterን ይጫኑ፤ ከዚያም ቋንቋ ይቀይሩን ይምረጡ።</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>በገጹ ላይ መልእክት ተከፍቷል። ከአዝራሮቹ አንዱን ይምረጡ።</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>ይህ የመጀመሪያው ገጽ ነው። ርዕሶቹን ይዘረዝራል፤ ለማንበብ አንዱን ይምረጡ።</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>ይህ ገጽ ስለ አንድ ርዕስ ለሚነሱ ጥያቄዎች መልስ ይሰጣል፤ ከዚያም ሊረዱ የሚችሉ ቦታዎችን ይዘረዝራል።</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>ይህ ገጽ ሊረዳ የሚችልን አንድ ቦታ እንዴት ማግኘት እንደሚችሉ ይናገራል፦ የስልክ ቁጥሮች፣ የሥራ ሰዓት እና አድራሻ። ወደ ወረቀትዎ ጨምረው ሊያትሙት ይችላሉ።</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>በዚህ ገጽ ላይ የኪዮስኩን ቋንቋ ይመርጣሉ።</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>በዚህ ገጽ ላይ የጽሑፍ መጠንና ንፅፅርን ይመርጣሉ።</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>ይህ ገጽ ኪዮስኩ የሚያስቀምጠውን እና መረጃው እንዴት እንደሚፈተሽ ይናገራል።</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>ይህ ገጽ ወረቀትዎን ያሳያል፦ አትመው እንዲወስዱ የመረጧቸውን ቦታዎች።</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>አንዳንድ ቃላት በእንግሊዝኛ</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>ከዚህ ከፊሉ በ{language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>ቋንቋዎን ይምረጡ</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>ይህ ኪዮስክ ገና ዝግጁ አይደለም። እባክዎ በእንግዳ መቀበያው ይጠይቁ።</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>{keyword} ብለው ወደ {number} የጽሑፍ መልእክት ይላኩ</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>የጽሑፍ መልእክት፦ {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY፦ {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>ይደውሉ፦ {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>የሠራተኞች PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>አጽዳ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>የተሳሳተ PIN።</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>በጣም ብዙ የተሳሳቱ PINዎች። ከ%n ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
            <numerusform>በጣም ብዙ የተሳሳቱ PINዎች። ከ%n ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>ወረቀትዎ እየታተመ ነው…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>ጮክ ብሎ ማንበብ እዚህ አይሠራም። እባክዎ ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>ጮክ ብሎ ማንበብ በዚህ ቋንቋ አይገኝም።</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>ማንበቡን አቁም</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>ጮክ ብሎ ማንበብ</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>የጆሮ ማዳመጫ ይጠቀሙ</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>ድምፅ ቀንስ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>ድምፅ ጨምር</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>ፍጥነት ቀንስ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>ፍጥነት ጨምር</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>የሥራ ሰዓት</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>የሚነገሩ ቋንቋዎች</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ክፍያ</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>ማን ሊጠቀምበት ይችላል</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ ገጽ</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>ያልተረጋገጠ ስለሆነ ሊታተም አይችልም</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>በወረቀትዎ ላይ አለ። ለማስወገድ ይንኩ</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>ወረቀትዎ ሞልቷል</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>ወደ ወረቀቴ ጨምር</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>የዚህ ገጽ ከፊሉ በ{language} ይታያል።</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>ጠቃሚ ቁጥሮች</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>ይደውሉ</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>የጽሑፍ መልእክት</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>{keyword} ብለው በጽሑፍ መልእክት ይላኩ ወደ</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>የናሙና ይዘት፣ ይህ ተቋም አልገመገመውም</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>ረቂቅ ይዘት፣ ይህ ተቋም ገና አላወጣውም</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>ወረቀትዎ እየታተመ ነው። እባክዎ ከአታሚው ይውሰዱት።</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>ምንም አታሚ አልተዘጋጀም። እባክዎ በእንግዳ መቀበያው ይጠይቁ።</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>አታሚው አይገኝም። እባክዎ በእንግዳ መቀበያው ይጠይቁ።</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>ማተም አልተቻለም። እባክዎ በእንግዳ መቀበያው ይጠይቁ።</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>የእኔ ወረቀት</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>ወረቀትዎ ባዶ ነው። አንድ አገልግሎት ከፍተው “ወደ ወረቀቴ ጨምር”ን ይንኩ።</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>ወረቀቱ በቀላል ርዕስ ስር የስልክ ቁጥሮችን፣ የሥራ ሰዓቶችን እና አድራሻዎችን ብቻ ያሳያል። ስለ ምን እንደሆነ አይናገርም።</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>ወረቀቴን አትም</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>አስወግድ</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>{name}ን ከወረቀቱ አስወግድ</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>የሚታተመው ወረቀት ቅድመ እይታ</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>የሚታተመው ይህ ነው፦</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>የሙከራ ህትመት፦ {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>ይዘቱን እንደገና ጫን</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ወደ ቀድሞው ስሪት መልስ</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>የሙከራ ህትመት</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>የጥቅሉ አቃፊ {folder} እየታየ ነው</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>ለዝማኔዎች የሚከታተል የገቢ አቃፊ የለም።</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>ይዘቱ እንደገና እየተጫነ ነው…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>አታሚ {name}፦ አልተገኘም።</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>አታሚ፦ ምንም አልተዘጋጀም።</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>አታሚ {name}፦ ዝግጁ።</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>አታሚ {name}፦ እያተመ ነው።</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>አታሚ {name}፦ ለአፍታ ቆሟል። እንደገና እስኪጀመር ድረስ ምንም አያትምም (ይህን ኮምፒውተር የሚንከባከበውን ሰው ይጠይቁ)።</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>አታሚ {name}፦ ወረቀት አልቋል። አዲስ ጥቅልል ወይም ተጨማሪ ወረቀት ያስገቡ።</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>አታሚ {name}፦ እየሠራ አይደለም። መብራቱን እና መገናኘቱን ያረጋግጡ።</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>እንደገና መጫን ተከልክሏል፦ ጥቅሉ ስህተቶች አሉት።</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>{id} ስሪት {version} ተጭኗል።</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>ወደ ቀድሞው መመለስ ተከልክሏል፦ {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>የሙከራ ህትመት ተልኳል።</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>የሙከራ ህትመት፦ ሊታተም የሚችል አገልግሎት የለም።</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>{id} ስሪት {version} ተጭኗል።</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>ተጭኗል፤ ከሚቀጥለው ዳግም ማስጀመር በኋላ ይታያል፦ {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>ተከልክሏል፦ {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>የሠራተኞች ፓነል</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>ኪዮስኩን ዝጋ</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>የሠራተኞች PIN አልተዘጋጀም፦ የጥጉን እንቅስቃሴ የሚያውቅ ማንኛውም ሰው ይህን ፓነል መክፈት ይችላል። በኪዮስኩ ውቅር ውስጥ staff_pin_hash ያዘጋጁ።</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>ጥቅል፦ {id}፣ ስሪት {version}፣ ሁኔታ {status}፣ እስከ {review} ይገምገም</translation>
    </message>
    <message>
        <source>published</source>
        <translation>የወጣ</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ናሙና</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ረቂቅ</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>አድራሻዎቹ ለመጨረሻ ጊዜ መቼ ተረጋገጡ?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>መልሶቹ ለመጨረሻ ጊዜ መቼ ተፈተሹ?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>ዝማኔዎች</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ግኝቶች</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>ጥቅሉ ምንም ማስጠንቀቂያ የለውም።</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>የናሙና ይዘት። ይህ ተቋም አልገመገመውም፦ ከማመንዎ በፊት ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>ረቂቅ ይዘት፣ ይህ ተቋም ገና አላወጣውም፦ ከማመንዎ በፊት ሠራተኞችን ይጠይቁ።</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>አሁንም እዚህ ነዎት?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>አዎ፣ ቀጥል</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>ይህ ገጽ በ%n ሰከንድ ውስጥ ይጸዳል።</numerusform>
            <numerusform>ይህ ገጽ በ%n ሰከንድ ውስጥ ይጸዳል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>ምንጭ፦ {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>እርዳታ የሚያገኙበት ቦታ</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}፦ ዝርዝሮች</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>የገጽታ ቋንቋዎች</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code})፦ {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>የመነሻ ጽሑፍ</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>{date} በአፍ መፍቻ ተናጋሪ ተገምግሟል</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>ረቂቅ፣ በአፍ መፍቻ ተናጋሪ መገምገም ያስፈልገዋል</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>ያልተረጋገጠ</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>ጊዜው ያለፈበት ሊሆን ይችላል</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>ያልተረጋገጠ፦ ይህ መረጃ አልተፈተሸም። ከማመንዎ በፊት ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>ጊዜው ያለፈበት ሊሆን ይችላል፦ ለመጨረሻ ጊዜ የተፈተሸው {date}። እርግጠኛ ካልሆኑ ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>{date} ተፈትሿል</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>የዚህ ተቋም ሠራተኞች</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>የይዘቱ አርታኢ</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>የተጎጂዎች ተሟጋች</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>ጠበቃ</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>የነፃ ሕግ ድጋፍ</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>እስከ {date} ድረስ ያለ መረጃ።</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>ገና አልተፈተሸም፦ ከማመንዎ በፊት ሠራተኞችን ይጠይቁ።</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>ለመጨረሻ ጊዜ የፈተሸው፦ {who}፣ {date}።</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>ከዚያ ወዲህ ተለውጦ ሊሆን ይችላል፦ ሠራተኞችን ይጠይቁ።</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>በ3 ወራት ውስጥ</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>ከ3 እስከ 6 ወራት</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>ከ6 እስከ 12 ወራት</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>ከአንድ ዓመት በላይ</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>ፈጽሞ ያልተፈተሸ</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>ፈጽሞ ያልተረጋገጠ</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>የመልሶች የመጨረሻ ፍተሻ፦ {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>የመጨረሻ ማረጋገጫ፦ {ages}</translation>
    </message>
</context>
</TS>
