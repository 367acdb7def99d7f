<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My slip, {count} items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About this kiosk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call: {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who can use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your slip is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to my slip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk's config.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>This screen will clear in %n second.</numerusform><numerusform>This screen will clear in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to get help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: details</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>