<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Об этом терминале</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Что сохраняет этот терминал</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Ничего. Он не сохраняет то, что вы смотрите, какой язык выбираете и что печатаете. Он не подключён к интернету. Когда вы нажимаете «Быстрый выход» или какое-то время не пользуетесь им, он всё забывает и снова показывает начальный экран.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>От чего он не может вас защитить</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Люди рядом с вами могут видеть экран. Камеры в помещении могут его записывать. Напечатанный листок могут найти, поэтому храните его в надёжном месте. Некоторые принтеры хранят список напечатанных страниц, если сотрудники это не отключили.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Кнопка «Быстрый выход» всегда находится в верхнем углу. Три нажатия клавиши Shift делают то же самое. Всё сразу скрывается.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Верна ли эта информация?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>У каждой службы указано, когда её данные проверяли в последний раз. Данные с пометкой «Не проверено» или «Возможно, устарело» нужно проверить: спросите сотрудников.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Для сотрудников</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>PIN-код сотрудников не задан. Чтобы закрыть терминал, удерживайте левый нижний угол экрана 3 секунды, затем выберите «Закрыть терминал».</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Пример содержимого: это учреждение не проверяло его для использования.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Размер текста и контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Самый крупный</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Обычные цвета</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Когда вы уйдёте, эти настройки забудутся.</translation>
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
        <translation>Главная</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Мой листок ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Мой листок, %n пункт</numerusform>
            <numerusform>Мой листок, %n пункта</numerusform>
            <numerusform>Мой листок, %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Сменить язык</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Выберите тему</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Размер текста и контраст</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Об этом терминале</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Нажимайте «Вниз» или «Вверх», чтобы переходить от элемента к элементу, Enter — чтобы выбрать элемент, «Назад» — чтобы вернуться и «Помощь» — чтобы снова услышать это объяснение. Чтобы сразу уйти, нажмите Shift три раза или выберите «Быстрый выход».</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>В этом терминале есть информация и места, где могут помочь. Нажмите Enter, чтобы начать.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Для другого языка нажмите Enter, чтобы начать, затем выберите «Сменить язык».</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Поверх страницы открыто сообщение. Выберите одну из его кнопок.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Это начальная страница. На ней список тем: выберите тему, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Эта страница отвечает на вопросы по одной теме, а затем показывает места, где могут помочь.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Эта страница рассказывает, как связаться с одним местом, где могут помочь: телефоны, часы работы и адрес. Вы можете добавить его в свой листок и напечатать.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>На этой странице вы выбираете язык терминала.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>На этой странице вы выбираете размер текста и контраст.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Эта страница рассказывает, что сохраняет терминал и как проверяется его информация.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Эта страница показывает ваш листок: места, которые вы выбрали, чтобы напечатать их и взять с собой.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Некоторые слова на английском</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Часть на языке: {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Этот терминал ещё не готов. Пожалуйста, обратитесь на стойку регистрации.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Отправьте SMS {keyword} на номер {number}</translation>
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
        <translation>Позвонить: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудников</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Печатаем ваш листок…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>Чтение вслух здесь не работает. Пожалуйста, спросите сотрудников.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Чтение вслух недоступно на этом языке.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Наденьте наушники</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Языки общения</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Кто может обратиться</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Не проверено, поэтому не печатается</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>В вашем листке. Нажмите, чтобы убрать</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Ваш листок заполнен</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Добавить в мой листок</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Часть этой страницы показана на языке: {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Полезные номера</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Позвонить</translation>
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
        <translation>Отправьте {keyword} по SMS на номер</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Пример содержимого, это учреждение его не проверяло</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Черновик, это учреждение его ещё не опубликовало</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Ваш листок печатается. Пожалуйста, заберите его из принтера.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Принтер не настроен. Пожалуйста, обратитесь на стойку регистрации.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Принтер недоступен. Пожалуйста, обратитесь на стойку регистрации.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Не удалось напечатать. Пожалуйста, обратитесь на стойку регистрации.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Мой листок</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Ваш листок пуст. Откройте службу и нажмите «Добавить в мой листок».</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>На листке только номера телефонов, часы работы и адреса под простым заголовком. На нём не сказано, о чём он.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Напечатать листок</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Убрать {name} из листка</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Так будет выглядеть листок</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Будет напечатано вот что:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Пробная печать: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Перезагрузить содержимое</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Вернуть прежнюю версию</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Показывается папка пакета {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Ни одна папка входящих не отслеживается для обновлений.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Содержимое перезагружается…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Принтер {name}: не найден.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Принтер: не настроен ни один.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Принтер {name}: готов.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Принтер {name}: печатает.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Принтер {name}: приостановлен. Он ничего не печатает, пока его не возобновят (спросите того, кто обслуживает этот компьютер).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Принтер {name}: нет бумаги. Вставьте новый рулон или добавьте бумагу.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Принтер {name}: не работает. Проверьте, что он включён и подключён.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Перезагрузка отклонена: в пакете есть ошибки.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Загружен {id}, версия {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Возврат отклонён: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Пробная печать отправлена.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Пробная печать: нет службы, которую можно напечатать.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Установлен {id}, версия {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Установлен, будет показан после следующего перезапуска: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Панель сотрудников</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Закрыть терминал</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>PIN-код сотрудников не задан: любой, кто знает жест в углу, может открыть эту панель. Задайте staff_pin_hash в настройках терминала.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Пакет: {id}, версия {version}, статус {status}, проверить до {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликовано</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>пример</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Когда контакты проверяли в последний раз?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Когда ответы проверяли в последний раз?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Обновления</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>В пакете нет предупреждений.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Пример содержимого. Это учреждение его не проверяло: прежде чем полагаться на него, спросите сотрудников.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Черновик, это учреждение его ещё не опубликовало: прежде чем полагаться на него, спросите сотрудников.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Да, продолжить</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Этот экран очистится через %n секунду.</numerusform>
            <numerusform>Этот экран очистится через %n секунды.</numerusform>
            <numerusform>Этот экран очистится через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Источник: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Где получить помощь</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: подробнее</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Языки интерфейса</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>исходный текст</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>проверено носителем языка {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>черновик, нужна проверка носителем языка</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Возможно, устарело</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Не проверено: эти данные никто не проверял. Прежде чем полагаться на них, спросите сотрудников.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Возможно, устарело: последняя проверка {date}. Если сомневаетесь, спросите сотрудников.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Проверено {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>сотрудники этого учреждения</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>редактор материалов</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>специалист по помощи пострадавшим</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>юрист</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>служба бесплатной юридической помощи</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>По состоянию на {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Ещё не проверено: прежде чем полагаться на это, спросите сотрудников.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Последняя проверка {date}. Кто проверял: {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>С тех пор это могло измениться: спросите сотрудников.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>До 3 месяцев</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>От 3 до 6 месяцев</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>От 6 до 12 месяцев</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Больше года</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Ни разу не проверены</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Ни разу не проверены</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Последняя проверка ответов: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Последняя проверка: {ages}</translation>
    </message>
</context>
</TS>
