<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>عن هذا الجهاز</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>ما الذي يحفظه هذا الجهاز</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>لا شيء. لا يحفظ ما تشاهده، ولا اللغة التي تختارها، ولا ما تطبعه. وهو غير متصل بالإنترنت. عند الضغط على «خروج سريع»، أو تركه دون استخدام لبعض الوقت، ينسى كل شيء ويعرض شاشة الترحيب من جديد.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>ما لا يستطيع حمايتك منه</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>يستطيع من حولك رؤية الشاشة. وقد تسجّلها الكاميرات الموجودة في الغرفة. ويمكن أن يعثر أحد على الورقة المطبوعة، لذا احتفظ بها في مكان آمن. بعض الطابعات تحتفظ بقائمة بالصفحات المطبوعة ما لم يوقف الموظفون ذلك.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>زر «خروج سريع» موجود دائماً في الزاوية العليا. والضغط على مفتاح Shift ثلاث مرات يؤدي الغرض نفسه. يختفي كل شيء فوراً.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>هل هذه المعلومات صحيحة؟</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>تعرض كل خدمة تاريخ آخر تحقق من بياناتها. البيانات الموسومة بـ«لم يتم التحقق منها» أو «قد تكون قديمة» تحتاج إلى تحقق: اسأل الموظفين.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>للموظفين</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>لم يُضبط رمز PIN للموظفين. للخروج من الجهاز، اضغط مطوّلاً على الزاوية السفلية اليسرى من الشاشة لمدة 3 ثوانٍ، ثم اختر «إغلاق الجهاز».</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>محتوى تجريبي: لم يراجعه هذا المكان للاستخدام.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>حجم النص والتباين</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>كبير جداً</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>الألوان العادية</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>تُنسى هذه الاختيارات عند مغادرتك.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>ورقتي ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>ورقتي، %n عنصر</numerusform>
            <numerusform>ورقتي، %n عنصر</numerusform>
            <numerusform>ورقتي، %n عنصران</numerusform>
            <numerusform>ورقتي، %n عناصر</numerusform>
            <numerusform>ورقتي، %n عنصراً</numerusform>
            <numerusform>ورقتي، %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>اختر موضوعاً</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>حجم النص والتباين</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>عن هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>اضغط على أسفل أو أعلى للانتقال من عنصر إلى آخر، وعلى إدخال لاختيار عنصر، وعلى رجوع للعودة، وعلى مساعدة لسماع هذا الشرح مرة أخرى. للمغادرة فورًا، اضغط على مفتاح Shift ثلاث مرات أو اختر خروج سريع.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>في هذا الكشك معلومات وأماكن يمكنها المساعدة. اضغط على إدخال للبدء.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>للغة أخرى، اضغط على إدخال للبدء، ثم اختر تغيير اللغة.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>هناك رسالة مفتوحة فوق الصفحة. اختر أحد أزرارها.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>هذه صفحة البداية. فيها قائمة المواضيع: اختر موضوعًا لقراءته.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>تجيب هذه الصفحة عن أسئلة حول موضوع واحد، ثم تعرض أماكن يمكنها المساعدة.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>تبيّن هذه الصفحة كيفية الوصول إلى مكان واحد يمكنه المساعدة: أرقام الهاتف والمواعيد والعنوان. يمكنك إضافته إلى ورقتك وطباعتها.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>في هذه الصفحة تختار لغة الكشك.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>في هذه الصفحة تختار حجم النص والتباين.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>تبيّن هذه الصفحة ما يحتفظ به الكشك وكيف يتم التحقق من معلوماته.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>تعرض هذه الصفحة ورقتك: الأماكن التي اخترتها، لطباعتها وأخذها معك.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>بعض الكلمات بالإنجليزية</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>جزء من هذا بلغة: {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>هذا الجهاز غير جاهز بعد. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>أرسل {keyword} في رسالة نصية إلى {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>رسالة نصية: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>الهاتف النصي (TTY): {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>اتصال: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>جارٍ طباعة ورقتك…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>القراءة بصوت عالٍ لا تعمل هنا. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>القراءة بصوت عالٍ غير متاحة بهذه اللغة.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>استخدم سماعات الرأس</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>من يمكنه الاستفادة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>لم يتم التحقق منها، لذا لا يمكن طباعتها</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>موجودة في ورقتك. اضغط للإزالة</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>ورقتك ممتلئة</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>أضف إلى ورقتي</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>يُعرض جزء من هذه الصفحة بلغة: {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>أرقام مفيدة</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>هاتف نصي (TTY)</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>أرسل {keyword} في رسالة نصية إلى</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>محتوى تجريبي، لم يراجعه هذا المكان</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>محتوى مسودة، لم ينشره هذا المكان بعد</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>تتم طباعة ورقتك الآن. يرجى أخذها من الطابعة.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>لا توجد طابعة مُعدّة. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>الطابعة غير متاحة. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>تعذّرت الطباعة. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>ورقتي</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>ورقتك فارغة. افتح إحدى الخدمات واضغط «أضف إلى ورقتي».</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>لا تعرض الورقة إلا أرقام الهواتف وساعات العمل والعناوين تحت عنوان عادي، ولا تذكر موضوعها.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>اطبع ورقتي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>إزالة {name} من الورقة</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>معاينة الورقة المطبوعة</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>هذا ما ستتم طباعته:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>إعادة تحميل المحتوى</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>الرجوع إلى الإصدار السابق</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>طباعة تجريبية</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>الطابعة {name}: غير موجودة.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>الطابعة: لم تُعَدّ أي طابعة.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>طباعة تجريبية: لا توجد خدمة يمكن طباعتها.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>أُرسلت الطباعة التجريبية.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>يُعرض مجلد الحزمة {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>لا يُراقَب أي مجلد وارد للتحديثات.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>جارٍ إعادة تحميل المحتوى…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>الطابعة {name}: جاهزة.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>الطابعة {name}: تطبع الآن.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>الطابعة {name}: متوقفة مؤقتًا. لن تطبع شيئًا حتى يُستأنف عملها (اسأل المسؤول عن هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>الطابعة {name}: نفد الورق. ضع لفة جديدة أو مزيدًا من الورق.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>الطابعة {name}: لا تعمل. تأكد من أنها مشغّلة وموصولة.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>رُفضت إعادة التحميل: في الحزمة أخطاء.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>تم تحميل {id} الإصدار {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>رُفض الرجوع إلى الإصدار السابق: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>تم تثبيت {id} الإصدار {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>تم التثبيت، وسيظهر بعد إعادة التشغيل التالية: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>طباعة تجريبية: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>لم يُضبط رمز PIN للموظفين: يستطيع أي شخص يعرف حركة الزاوية فتح هذه اللوحة. اضبط staff_pin_hash في إعدادات الجهاز.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>الحزمة: {id}، الإصدار {version}، الحالة {status}، المراجعة قبل {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>متى تم التحقق من جهات الاتصال آخر مرة؟</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>متى رُوجعت الإجابات آخر مرة؟</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>التحديثات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>لا توجد تحذيرات في الحزمة.</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>لوحة الموظفين</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>إغلاق الجهاز</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>محتوى تجريبي. لم يراجعه هذا المكان: اسأل الموظفين قبل الاعتماد عليه.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>محتوى مسودة، لم ينشره هذا المكان بعد: اسأل الموظفين قبل الاعتماد عليه.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>نعم، متابعة</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانيتين.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>المصدر: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: التفاصيل</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>لغات الواجهة</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>لغة {language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>راجعه متحدث أصلي في {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>مسودة، تحتاج إلى مراجعة متحدث أصلي</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق منها</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>قد تكون قديمة</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>لم يتم التحقق منها: لم تُراجَع هذه البيانات. اسأل الموظفين قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>قد تكون قديمة: آخر تحقق منها في {date}. اسأل الموظفين إن لم تكن متأكداً.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>تم التحقق في {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>موظفي هذا المكان</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>محرّر المحتوى</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>مناصر للضحايا</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>محامٍ</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>حتى تاريخ {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>لم تتم مراجعته بعد: اسأل الموظفين قبل الاعتماد عليه.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>آخر مراجعة في {date} بواسطة {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>ربما تغيّر هذا منذ ذلك الحين: اسأل الموظفين.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>خلال 3 أشهر</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>من 3 إلى 6 أشهر</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>من 6 إلى 12 شهراً</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>أكثر من سنة</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>لم يتم التحقق أبداً</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>لم تُراجع قط</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>آخر تحقق: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>آخر مراجعة للإجابات: {ages}</translation>
    </message>
</context>
</TS>
