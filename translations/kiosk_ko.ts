<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>이 키오스크 안내</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>이 키오스크가 저장하는 것</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>없습니다. 보신 내용, 고른 언어, 인쇄한 내용을 저장하지 않습니다. 인터넷에 연결되어 있지 않습니다. 빠른 나가기를 누르거나 한동안 사용하지 않으면 모든 것을 지우고 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>이 키오스크가 막을 수 없는 것</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>주변 사람이 화면을 볼 수 있습니다. 방에 있는 카메라가 화면을 녹화할 수 있습니다. 인쇄한 쪽지는 다른 사람이 찾을 수 있으니 안전한 곳에 보관하세요. 직원이 끄지 않았다면 일부 프린터는 인쇄한 페이지 목록을 남깁니다.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>빠른 나가기</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>빠른 나가기 버튼은 항상 위쪽 모서리에 있습니다. Shift 키를 세 번 눌러도 같습니다. 모든 내용이 바로 숨겨집니다.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>이 정보가 맞나요?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>각 서비스에는 정보를 마지막으로 확인한 날짜가 나옵니다. “확인되지 않음” 또는 “오래된 정보일 수 있음” 표시가 있는 정보는 확인이 필요합니다. 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>직원용</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>직원 PIN이 설정되어 있지 않습니다. 키오스크를 종료하려면 화면 왼쪽 아래 모서리를 3초 동안 누른 다음 키오스크 종료를 고르세요.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>예시 내용: 이 기관에서 사용하려고 검토하지 않았습니다.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>눌러서 시작하기</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>글자 크기와 대비</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>가장 크게</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>기본 색</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>나가시면 이 설정은 지워집니다.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>내 쪽지 ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>내 쪽지, 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>언어 바꾸기</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>빠른 나가기</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>주제를 고르세요</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>글자 크기와 대비</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>이 키오스크 안내</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>아래쪽이나 위쪽 키를 누르면 항목을 하나씩 옮겨 갑니다. Enter 키를 누르면 항목을 고르고, 뒤로 키를 누르면 이전으로 돌아가며, 도움말 키를 누르면 이 안내를 다시 들을 수 있습니다. 바로 나가려면 Shift 키를 세 번 누르거나 빠른 나가기를 고르세요.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>이 키오스크에는 정보와 도움받을 수 있는 곳이 있습니다. 시작하려면 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>다른 언어를 쓰려면 Enter 키를 눌러 시작한 다음 언어 바꾸기를 고르세요.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>페이지 위에 메시지가 열려 있습니다. 메시지의 버튼 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>첫 페이지입니다. 주제 목록이 있습니다. 읽을 주제를 하나 고르세요.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>이 페이지는 한 가지 주제에 관한 질문에 답하고, 도움받을 수 있는 곳을 알려 줍니다.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>이 페이지는 도움받을 수 있는 한 곳에 연락하는 방법을 알려 줍니다. 전화번호, 운영 시간, 주소가 나옵니다. 내 쪽지에 추가해서 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>이 페이지에서 키오스크의 언어를 고릅니다.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>이 페이지에서 글자 크기와 대비를 고릅니다.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>이 페이지는 키오스크가 저장하는 것과 정보를 확인하는 방법을 알려 줍니다.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>이 페이지는 내 쪽지를 보여 줍니다. 고른 곳들을 인쇄해서 가져갈 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>일부 단어는 영어로 표시</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>일부는 {language}(으)로 표시</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>언어를 고르세요</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>이 키오스크는 아직 준비되지 않았습니다. 안내 데스크에 문의하세요.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>{number}번으로 {keyword} 문자 보내기</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>문자: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>전화: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN이 틀렸습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN을 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>쪽지를 인쇄하는 중…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>여기에서는 소리 내어 읽기가 작동하지 않습니다. 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>이 언어로는 소리 내어 읽기를 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>읽기 멈추기</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>헤드폰을 사용하세요</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>소리 작게</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>소리 크게</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>이용 대상</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>확인되지 않아 인쇄할 수 없습니다</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>쪽지에 있음. 누르면 뺍니다</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>쪽지가 가득 찼습니다</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>내 쪽지에 추가</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>이 페이지의 일부는 {language}(으)로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>유용한 번호</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>문자</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>{keyword} 문자 보낼 번호</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>예시 내용이며 이 기관에서 검토하지 않음</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>초안 내용이며 이 기관에서 아직 게시하지 않음</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>쪽지를 인쇄하고 있습니다. 프린터에서 가져가세요.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>설정된 프린터가 없습니다. 안내 데스크에 문의하세요.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>프린터를 사용할 수 없습니다. 안내 데스크에 문의하세요.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>인쇄하지 못했습니다. 안내 데스크에 문의하세요.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>내 쪽지</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>쪽지가 비어 있습니다. 서비스를 열고 “내 쪽지에 추가”를 누르세요.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>쪽지에는 평범한 제목 아래 전화번호, 운영 시간, 주소만 나옵니다. 무엇에 관한 것인지는 나오지 않습니다.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>내 쪽지 인쇄</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>쪽지에서 {name} 빼기</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>인쇄될 쪽지 미리 보기</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>다음 내용이 인쇄됩니다:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>테스트 인쇄: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>내용 다시 불러오기</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>이전 버전으로 되돌리기</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>번들 폴더 {folder}의 내용을 표시하는 중</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>업데이트를 감시하는 받은 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>내용을 다시 불러오는 중…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>프린터 {name}: 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>프린터: 설정된 프린터가 없습니다.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>프린터 {name}: 준비됨.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>프린터 {name}: 인쇄 중.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>프린터 {name}: 일시 중지됨. 다시 시작할 때까지 아무것도 인쇄하지 않습니다(이 컴퓨터 관리자에게 문의하세요).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>프린터 {name}: 용지가 없습니다. 새 롤이나 용지를 넣으세요.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>프린터 {name}: 작동하지 않습니다. 전원이 켜져 있고 연결되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>다시 불러오기 거부됨: 번들에 오류가 있습니다.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>{id} 버전 {version}을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>되돌리기 거부됨: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>테스트 인쇄를 보냈습니다.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>테스트 인쇄: 인쇄할 수 있는 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>{id} 버전 {version}을(를) 설치했습니다.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>설치됨, 다음에 다시 시작한 뒤 표시됩니다: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>거부됨: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>직원 패널</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>키오스크 종료</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>직원 PIN이 설정되어 있지 않습니다. 모서리 동작을 아는 사람은 누구나 이 패널을 열 수 있습니다. 키오스크 설정에서 staff_pin_hash를 지정하세요.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>번들: {id}, 버전 {version}, 상태 {status}, 검토 기한 {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>연락처를 마지막으로 확인한 때는 언제인가요?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>답변을 마지막으로 검토한 때는 언제인가요?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>번들에 경고가 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>예시 내용입니다. 이 기관에서 검토하지 않았습니다. 믿기 전에 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>초안 내용이며 이 기관에서 아직 게시하지 않았습니다. 믿기 전에 직원에게 물어보세요.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>아직 계신가요?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>네, 계속할게요</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 이 화면이 지워집니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>출처: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>도움받을 수 있는 곳</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: 자세히 보기</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>{date}에 원어민이 검토함</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>초안, 원어민 검토 필요</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>확인되지 않음</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>오래된 정보일 수 있음</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>확인되지 않음: 이 정보는 확인되지 않았습니다. 믿기 전에 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>오래된 정보일 수 있음: 마지막 확인 {date}. 확실하지 않으면 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>확인 날짜 {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>이 기관 직원</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>내용 편집자</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>피해자 지원 상담원</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>법률 구조 기관</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>{date} 기준.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>아직 검토되지 않았습니다. 믿기 전에 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>마지막 검토: {date}, 검토자: {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>그 뒤로 바뀌었을 수 있습니다. 직원에게 물어보세요.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>3개월 이내</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3~6개월</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6~12개월</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>1년 넘음</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>검토한 적 없음</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>확인한 적 없음</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>답변 마지막 검토: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>마지막 확인: {ages}</translation>
    </message>
</context>
</TS>
