<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>دربارهٔ این کیوسک</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>این کیوسک چه چیزی نگه می‌دارد</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>هیچ چیز. آنچه را می‌بینید، زبانی را که انتخاب می‌کنید یا آنچه را چاپ می‌کنید ذخیره نمی‌کند. به اینترنت وصل نیست. وقتی «خروج سریع» را می‌زنید، یا مدتی از آن استفاده نمی‌کنید، همه چیز را فراموش می‌کند و دوباره صفحهٔ خوش‌آمد را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>در برابر چه چیزهایی نمی‌تواند از شما محافظت کند</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>کسانی که نزدیک شما هستند می‌توانند صفحه را ببینند. دوربین‌های اتاق ممکن است آن را ضبط کنند. برگهٔ چاپ‌شده ممکن است پیدا شود، پس آن را جای امنی نگه دارید. بعضی چاپگرها فهرستی از صفحه‌های چاپ‌شده نگه می‌دارند، مگر اینکه کارمندان این را خاموش کرده باشند.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سریع</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>دکمهٔ «خروج سریع» همیشه در گوشهٔ بالای صفحه است. سه بار زدن کلید Shift هم همین کار را می‌کند. همه چیز فوراً پنهان می‌شود.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>آیا این اطلاعات درست است؟</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>هر خدمت نشان می‌دهد که اطلاعاتش آخرین بار کی بررسی شده است. اطلاعاتی که «تأییدنشده» یا «شاید به‌روز نباشد» دارند باید بررسی شوند: از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>برای کارمندان</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>رمز PIN کارمندان تعیین نشده است. برای بستن کیوسک، گوشهٔ پایین چپ صفحه را ۳ ثانیه نگه دارید، سپس «بستن کیوسک» را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>محتوای نمونه: این مرکز آن را برای استفاده بررسی نکرده است.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>برای شروع لمس کنید</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>اندازهٔ متن و کنتراست</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>معمولی</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>بزرگ</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>خیلی بزرگ</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>کنتراست</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>رنگ‌های معمولی</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>وقتی بروید، این انتخاب‌ها فراموش می‌شوند.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>صفحهٔ اصلی</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>برگهٔ من ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>برگهٔ من، %n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>تغییر زبان</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سریع</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>یک موضوع انتخاب کنید</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>اندازهٔ متن و کنتراست</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>دربارهٔ این کیوسک</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>با کلیدهای «پایین» و «بالا» از یک مورد به مورد دیگر بروید، با Enter یک مورد را انتخاب کنید، با «برگشت» برگردید و با «راهنما» این توضیح را دوباره بشنوید. برای خروج فوری، سه بار کلید Shift را بزنید یا «خروج سریع» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>در این کیوسک اطلاعات و جاهایی هست که می‌توانند کمک کنند. برای شروع، Enter را بزنید.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>برای زبانی دیگر، Enter را بزنید تا شروع شود، سپس «تغییر زبان» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>پیامی روی صفحه باز است. یکی از دکمه‌های آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>این صفحهٔ آغاز است. موضوع‌ها در آن فهرست شده‌اند: یکی را برای خواندن انتخاب کنید.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>این صفحه به پرسش‌هایی دربارهٔ یک موضوع پاسخ می‌دهد و سپس جاهایی را که می‌توانند کمک کنند فهرست می‌کند.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>این صفحه می‌گوید چطور با جایی که می‌تواند کمک کند تماس بگیرید: شماره‌تلفن‌ها، ساعت کار و نشانی. می‌توانید آن را به برگهٔ خود بیفزایید و چاپ کنید.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>در این صفحه زبان کیوسک را انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>در این صفحه اندازهٔ متن و کنتراست را انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>این صفحه می‌گوید کیوسک چه چیزی نگه می‌دارد و اطلاعاتش چطور بررسی می‌شود.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>این صفحه برگهٔ شما را نشان می‌دهد: جاهایی که انتخاب کرده‌اید، برای چاپ و بردن با خود.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>برخی واژه‌ها به انگلیسی</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>بخشی از این به {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>این کیوسک هنوز آماده نیست. لطفاً از پذیرش بپرسید.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>کلمهٔ {keyword} را به {number} پیامک کنید</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>پیامک: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>تله‌تایپ (TTY): {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>تماس: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN کارمندان</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN اشتباه است.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>چند بار رمز PIN اشتباه وارد شد. %n ثانیهٔ دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>در حال چاپ برگهٔ شما…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>خواندن با صدای بلند اینجا کار نمی‌کند. لطفاً از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>خواندن با صدای بلند به این زبان در دسترس نیست.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>توقف خواندن</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>از هدفون استفاده کنید</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>صدای کمتر</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>صدای بلندتر</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>کندتر</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>تندتر</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت کار</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>زبان‌های گفتگو</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>چه کسی می‌تواند استفاده کند</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>تأییدنشده، پس چاپ نمی‌شود</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>در برگهٔ شماست. برای برداشتن بزنید</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>برگهٔ شما پر است</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>افزودن به برگهٔ من</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>بخشی از این صفحه به زبان {language} نشان داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>شماره‌های سودمند</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>تله‌تایپ (TTY)</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>واژهٔ {keyword} را پیامک کنید به</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>محتوای نمونه، که این مرکز بررسی نکرده است</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>محتوای پیش‌نویس، که این مرکز هنوز منتشر نکرده است</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>برگهٔ شما در حال چاپ است. لطفاً آن را از چاپگر بردارید.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>هیچ چاپگری تنظیم نشده است. لطفاً از پذیرش بپرسید.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>چاپگر در دسترس نیست. لطفاً از پذیرش بپرسید.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>چاپ انجام نشد. لطفاً از پذیرش بپرسید.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>برگهٔ من</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>برگهٔ شما خالی است. یک خدمت را باز کنید و «افزودن به برگهٔ من» را بزنید.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>روی برگه فقط شماره‌تلفن‌ها، ساعت‌های کار و نشانی‌ها زیر یک عنوان ساده می‌آید. نمی‌گوید دربارهٔ چیست.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>چاپ برگهٔ من</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>برداشتن {name} از برگه</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>پیش‌نمایش برگهٔ چاپی</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>این چاپ خواهد شد:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>چاپ آزمایشی: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>بارگیری دوبارهٔ محتوا</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>برگشت به نسخهٔ قبلی</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>چاپ آزمایشی</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>نمایش پوشهٔ بسته {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>هیچ پوشهٔ ورودی برای به‌روزرسانی‌ها زیر نظر نیست.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>در حال بارگیری دوبارهٔ محتوا…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>چاپگر {name}: پیدا نشد.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>چاپگر: هیچ چاپگری تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>چاپگر {name}: آماده.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>چاپگر {name}: در حال چاپ.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>چاپگر {name}: متوقف شده. تا دوباره راه‌اندازی نشود چیزی چاپ نمی‌کند (از مسئول این رایانه بپرسید).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>چاپگر {name}: کاغذ تمام شده. یک رول تازه یا کاغذ بیشتر بگذارید.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>چاپگر {name}: کار نمی‌کند. ببینید روشن و وصل باشد.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>بارگیری دوباره رد شد: بسته خطا دارد.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>بارگیری شد: {id} نسخهٔ {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>برگشت رد شد: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>چاپ آزمایشی فرستاده شد.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>چاپ آزمایشی: هیچ خدمتی قابل چاپ نیست.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>نصب شد: {id} نسخهٔ {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>نصب شد، پس از راه‌اندازی دوبارهٔ بعدی نشان داده می‌شود: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>رد شد: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>پنل کارمندان</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>بستن کیوسک</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>هیچ رمز PIN برای کارمندان تعیین نشده است: هر کسی که حرکت گوشه را بداند می‌تواند این پنل را باز کند. staff_pin_hash را در تنظیمات کیوسک تعیین کنید.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>بسته: {id}، نسخهٔ {version}، وضعیت {status}، بازبینی تا {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>تماس‌ها آخرین بار کی تأیید شدند؟</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>پاسخ‌ها آخرین بار کی بررسی شدند؟</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>بسته هیچ هشداری ندارد.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>محتوای نمونه. این مرکز آن را بررسی نکرده است: پیش از اعتماد به آن از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>محتوای پیش‌نویس، که این مرکز هنوز منتشر نکرده است: پیش از اعتماد به آن از کارمندان بپرسید.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>بله، ادامه بده</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>این صفحه تا %n ثانیهٔ دیگر پاک می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>منبع: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>کجا کمک بگیریم</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: جزئیات</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>زبان‌های رابط</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>زبان {language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>متن اصلی</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>بازبینی‌شده به دست یک گویشور بومی در {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>پیش‌نویس، نیاز به بازبینی گویشور بومی</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>شاید به‌روز نباشد</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>تأییدنشده: این اطلاعات بررسی نشده است. پیش از اعتماد به آن از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>شاید به‌روز نباشد: آخرین بررسی در {date}. اگر مطمئن نیستید، از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>بررسی‌شده در {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>کارمندان این مرکز</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>ویراستار محتوا</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>یک مددکار حمایت از قربانیان</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>یک وکیل</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>مرکز کمک حقوقی رایگان</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>تا تاریخ {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>هنوز بررسی نشده است: پیش از اعتماد به آن از کارمندان بپرسید.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>آخرین بررسی در {date} توسط {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>شاید از آن زمان تغییر کرده باشد: از کارمندان بپرسید.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>کمتر از ۳ ماه</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>۳ تا ۶ ماه</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>۶ تا ۱۲ ماه</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>بیش از یک سال</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>هرگز بررسی نشده</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>هرگز تأیید نشده</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>آخرین بررسی پاسخ‌ها: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>آخرین تأیید: {ages}</translation>
    </message>
</context>
</TS>
