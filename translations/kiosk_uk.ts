<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Про цей термінал</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Що зберігає цей термінал</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Нічого. Він не зберігає, що ви переглядаєте, яку мову обираєте і що друкуєте. Він не має з’єднання з інтернетом. Коли ви натискаєте «Швидкий вихід» або якийсь час ним не користуєтеся, він усе забуває і знову показує початковий екран.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Від чого він не може вас захистити</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Люди поруч можуть бачити екран. Камери в приміщенні можуть його записувати. Надрукований листок можуть знайти, тому зберігайте його в безпечному місці. Деякі принтери зберігають список надрукованих сторінок, якщо працівники цього не вимкнули.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Кнопка «Швидкий вихід» завжди у верхньому куті. Три натискання клавіші Shift роблять те саме. Усе одразу ховається.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Чи правильна ця інформація?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>У кожної служби вказано, коли її дані перевіряли востаннє. Дані з позначкою «Не перевірено» або «Можливо, застаріло» треба перевірити: запитайте працівників.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Для працівників</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>PIN-код працівників не встановлено. Щоб закрити термінал, утримуйте лівий нижній кут екрана 3 секунди, потім виберіть «Закрити термінал».</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Зразок вмісту: цей заклад не перевіряв його для використання.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Торкніться, щоб почати</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Розмір тексту і контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Великий</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Найбільший</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Звичайні кольори</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Коли ви підете, ці налаштування забудуться.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Мій листок ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Мій листок, %n пункт</numerusform>
            <numerusform>Мій листок, %n пункти</numerusform>
            <numerusform>Мій листок, %n пунктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Змінити мову</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Виберіть тему</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Розмір тексту і контраст</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Про цей термінал</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Натискайте «Вниз» або «Вгору», щоб переходити від елемента до елемента, Enter — щоб вибрати елемент, «Назад» — щоб повернутися і «Допомога» — щоб знову почути це пояснення. Щоб одразу піти, натисніть Shift тричі або виберіть «Швидкий вихід».</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>У цьому терміналі є інформація та місця, де можуть допомогти. Натисніть Enter, щоб почати.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Для іншої мови натисніть Enter, щоб почати, потім виберіть «Змінити мову».</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Поверх сторінки відкрито повідомлення. Виберіть одну з його кнопок.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Це початкова сторінка. На ній список тем: виберіть тему, щоб її прочитати.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Ця сторінка відповідає на запитання про одну тему, а потім показує місця, де можуть допомогти.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Ця сторінка розповідає, як зв’язатися з одним місцем, де можуть допомогти: телефони, години роботи й адреса. Ви можете додати його до свого листка й надрукувати.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>На цій сторінці ви обираєте мову терміналу.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>На цій сторінці ви обираєте розмір тексту і контраст.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Ця сторінка розповідає, що зберігає термінал і як перевіряють його інформацію.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Ця сторінка показує ваш листок: місця, які ви обрали, щоб надрукувати їх і взяти з собою.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Деякі слова англійською</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Частина мовою: {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Цей термінал ще не готовий. Будь ласка, зверніться до реєстратури.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Надішліть SMS {keyword} на номер {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>SMS: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>Телетайп (TTY): {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Зателефонувати: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код працівників</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте знову через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте знову через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте знову через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Друкуємо ваш листок…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Читання вголос тут не працює. Будь ласка, запитайте працівників.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Читання вголос недоступне цією мовою.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Надягніть навушники</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Швидше</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Мови спілкування</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Хто може звернутися</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Не перевірено, тому не друкується</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>У вашому листку. Натисніть, щоб прибрати</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Ваш листок заповнений</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Додати до мого листка</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Частину цієї сторінки показано мовою: {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Корисні номери</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>Телетайп</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Надішліть {keyword} SMS на номер</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Зразок вмісту, цей заклад його не перевіряв</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Чернетка, цей заклад її ще не опублікував</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Ваш листок друкується. Будь ласка, заберіть його з принтера.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Принтер не налаштовано. Будь ласка, зверніться до реєстратури.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Принтер недоступний. Будь ласка, зверніться до реєстратури.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Не вдалося надрукувати. Будь ласка, зверніться до реєстратури.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Мій листок</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Ваш листок порожній. Відкрийте службу й натисніть «Додати до мого листка».</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>На листку лише номери телефонів, години роботи й адреси під простим заголовком. На ньому не сказано, про що він.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Надрукувати листок</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Прибрати {name} з листка</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Так виглядатиме листок</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Буде надруковано ось що:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Пробний друк: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Перезавантажити вміст</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Повернути попередню версію</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробний друк</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Показано теку пакета {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Жодна тека вхідних не відстежується для оновлень.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Вміст перезавантажується…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Принтер {name}: не знайдено.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Принтер: жодного не налаштовано.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Принтер {name}: готовий.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Принтер {name}: друкує.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Принтер {name}: призупинено. Він нічого не друкує, доки його не відновлять (запитайте того, хто обслуговує цей комп’ютер).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Принтер {name}: немає паперу. Вставте новий рулон або додайте папір.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Принтер {name}: не працює. Перевірте, чи він увімкнений і під’єднаний.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Перезавантаження відхилено: у пакеті є помилки.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Завантажено {id}, версія {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Повернення відхилено: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Пробний друк надіслано.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Пробний друк: немає служби, яку можна надрукувати.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Встановлено {id}, версія {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Встановлено, буде показано після наступного перезапуску: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Відхилено: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Панель працівників</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Закрити термінал</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>PIN-код працівників не встановлено: будь-хто, хто знає жест у куті, може відкрити цю панель. Установіть staff_pin_hash у налаштуваннях терміналу.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Пакет: {id}, версія {version}, стан {status}, перевірити до {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубліковано</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>зразок</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Коли контакти перевіряли востаннє?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Коли відповіді перевіряли востаннє?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Оновлення</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>У пакеті немає попереджень.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Зразок вмісту. Цей заклад його не перевіряв: перш ніж покладатися на нього, запитайте працівників.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Чернетка, цей заклад її ще не опублікував: перш ніж покладатися на неї, запитайте працівників.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Так, продовжити</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Цей екран очиститься через %n секунду.</numerusform>
            <numerusform>Цей екран очиститься через %n секунди.</numerusform>
            <numerusform>Цей екран очиститься через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Джерело: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Де отримати допомогу</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: докладніше</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Мови інтерфейсу</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>вихідний текст</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>перевірено носієм мови {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>чернетка, потрібна перевірка носієм мови</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Можливо, застаріло</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Не перевірено: ці дані ніхто не перевіряв. Перш ніж покладатися на них, запитайте працівників.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Можливо, застаріло: остання перевірка {date}. Якщо сумніваєтеся, запитайте працівників.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Перевірено {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>працівники цього закладу</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>редактор матеріалів</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>фахівець із допомоги постраждалим</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>юрист</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>служба безоплатної правової допомоги</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Станом на {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Ще не перевірено: перш ніж покладатися на це, запитайте працівників.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Остання перевірка {date}. Хто перевіряв: {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Відтоді це могло змінитися: запитайте працівників.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>До 3 місяців</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>Від 3 до 6 місяців</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>Від 6 до 12 місяців</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Понад рік</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Жодного разу не перевірено</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Жодного разу не перевірено</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Остання перевірка відповідей: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Остання перевірка: {ages}</translation>
    </message>
</context>
</TS>
