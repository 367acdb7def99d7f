<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>About this kiosk</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>What this kiosk keeps</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>What it cannot protect you from</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Is this information correct?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>For staff</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Sample content: not reviewed for use by this site.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Text size and contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Standard colours</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>These choices are forgotten when you leave.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>My slip ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation><numerusform>My slip, %n item</numerusform><numerusform>My slip, %n items</numerusform></translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Choose a topic</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Text size and contrast</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>About this kiosk</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>This kiosk has information and places that can help. Press Enter to start.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>For another language, press Enter to start, then choose Change language.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>A message is open over the page. Choose one of its buttons.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>This is the start page. It lists the topics: choose one to read it.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>This page answers questions about one topic, then lists places that can help.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>On this page you choose the language of the kiosk.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>On this page you choose the text size and the contrast.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>This page says what the kiosk keeps and how its information is checked.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>This page shows your slip: the places you chose, to print and take away.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>Some words in English</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Part of this in {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>This kiosk is not ready yet. Please ask at the front desk.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Text {keyword} to {number}</translation>
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
        <translation>Call: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Printing your slip…</translation>
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
        <translation>Read aloud is not working here. Please ask staff.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Read aloud is not available in this language.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Use the headphones</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
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
        <translation>Hours</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Who can use it</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Not verified, so it cannot be printed</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>On your slip. Tap to remove</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Your slip is full</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Add to my slip</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Some of this page is shown in {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content's own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Useful numbers</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep "TTY" if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Text {keyword} to</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site's own).</extracomment>
        <translation>Sample content, not reviewed by this site</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Draft content, not yet published by this site</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Your slip is printing. Please take it from the printer.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>No printer is set up. Please ask at the front desk.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>The printer is offline. Please ask at the front desk.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Printing failed. Please ask at the front desk.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>My slip</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Your slip is empty. Open a service and tap “Add to my slip”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Print my slip</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Remove {name} from the slip</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Preview of the printed slip</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>This is what will be printed:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>Reload content</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Printer {name}: not found.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Printer: none is set up.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Test print: no service can be printed.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Test print sent.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Showing the bundle folder {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>No inbox is watched for updates.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Reloading content…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Printer {name}: ready.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Printer {name}: printing.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Printer {name}: out of paper. Put in a new roll or more paper.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Printer {name}: not working. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Reload refused: the bundle has errors.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Loaded {id} version {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Roll back refused: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Installed {id} version {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Installed, shown after the next restart: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>Test print: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk's config.</source>
        <translation>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk's config.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Bundle: {id}, version {version}, status {status}, review by {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>When were the contacts last verified?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>When were the answers last checked?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>The bundle has no warnings.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Sample content. This site has not reviewed it: ask staff before relying on it.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Draft content, not yet published by this site: ask staff before relying on it.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Yes, keep going</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation><numerusform>This screen will clear in %n second.</numerusform><numerusform>This screen will clear in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Source: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: details</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Interface languages</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>source text</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>reviewed by a native speaker on {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>drafted, needs native review</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>May be out of date</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Not verified: these details have not been checked. Ask staff before relying on them.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>May be out of date: last checked on {date}. Ask staff if unsure.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Checked on {date}</translation>
    </message>
    <message>
        <source>this site's staff</source>
        <translation>this site's staff</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>the content editor</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>a victim advocate</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>a lawyer</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>legal aid</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>As of {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Not checked yet: ask staff before relying on this.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Last checked on {date} by {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>This may have changed since: ask staff.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Within 3 months</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 to 6 months</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 to 12 months</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Over a year</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Never verified</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Never checked</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Last verified: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Answers last checked: {ages}</translation>
    </message>
</context>
</TS>