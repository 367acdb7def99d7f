<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Về máy tra cứu này</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Máy này lưu lại những gì</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Không lưu gì cả. Máy không lưu những gì bạn xem, ngôn ngữ bạn chọn hay những gì bạn in. Máy không kết nối internet. Khi bạn chạm vào Thoát nhanh, hoặc để yên một lúc, máy sẽ quên hết và hiện lại màn hình chào mừng.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Những điều máy không thể bảo vệ bạn</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Người ở gần bạn có thể nhìn thấy màn hình. Camera trong phòng có thể ghi hình lại. Người khác có thể tìm thấy phiếu đã in, vì vậy hãy cất ở nơi an toàn. Một số máy in lưu danh sách các trang đã in, trừ khi nhân viên đã tắt chức năng này.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Nút Thoát nhanh luôn ở góc trên cùng. Nhấn phím Shift ba lần cũng có tác dụng như vậy. Mọi thứ sẽ được ẩn ngay lập tức.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Thông tin này có đúng không?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Mỗi dịch vụ cho biết thông tin được kiểm tra lần cuối khi nào. Thông tin có ghi “Chưa xác minh” hoặc “Có thể đã cũ” cần được kiểm tra lại: hãy hỏi nhân viên.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Dành cho nhân viên</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Chưa đặt mã PIN nhân viên. Để rời máy tra cứu, hãy giữ góc dưới bên trái màn hình trong 3 giây, rồi chọn Đóng máy tra cứu.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Nội dung mẫu: nơi này chưa xem xét để sử dụng.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Chạm để bắt đầu</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Cỡ chữ và độ tương phản</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Độ tương phản</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Màu thường</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Các lựa chọn này sẽ được xóa khi bạn rời đi.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Phiếu của tôi ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Phiếu của tôi, %n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Chọn một chủ đề</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Cỡ chữ và độ tương phản</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Về máy tra cứu này</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Nhấn Xuống hoặc Lên để chuyển từ mục này sang mục khác, Enter để chọn một mục, Quay lại để trở lại và Trợ giúp để nghe lại lời giải thích này. Để rời đi ngay, nhấn phím Shift ba lần hoặc chọn Thoát nhanh.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Ki-ốt này có thông tin và những nơi có thể giúp đỡ. Nhấn Enter để bắt đầu.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Để dùng ngôn ngữ khác, nhấn Enter để bắt đầu, rồi chọn Đổi ngôn ngữ.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Có một thông báo đang mở trên trang. Hãy chọn một trong các nút của nó.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Đây là trang đầu. Trang này liệt kê các chủ đề: hãy chọn một chủ đề để đọc.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Trang này trả lời các câu hỏi về một chủ đề, rồi liệt kê những nơi có thể giúp đỡ.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Trang này cho biết cách liên hệ một nơi có thể giúp đỡ: số điện thoại, giờ mở cửa và địa chỉ. Bạn có thể thêm nơi này vào phiếu của mình và in ra.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Trên trang này bạn chọn ngôn ngữ của ki-ốt.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Trên trang này bạn chọn cỡ chữ và độ tương phản.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Trang này cho biết ki-ốt lưu giữ những gì và thông tin của nó được kiểm tra như thế nào.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Trang này hiển thị phiếu của bạn: những nơi bạn đã chọn, để in và mang theo.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của bạn</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>Một số từ bằng tiếng Anh</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Một phần bằng {language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Máy này chưa sẵn sàng. Vui lòng hỏi quầy tiếp tân.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Nhắn tin {keyword} đến {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Nhắn tin: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Gọi: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Đang in phiếu của bạn…</translation>
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
        <translation>Chức năng đọc to không hoạt động ở đây. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>Chức năng đọc to không có cho ngôn ngữ này.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dừng đọc</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Hãy dùng tai nghe</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Chậm hơn</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Nhanh hơn</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Ngôn ngữ sử dụng</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Ai có thể sử dụng</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Chưa xác minh nên không thể in</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Đã có trong phiếu. Chạm để bỏ ra</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Phiếu của bạn đã đầy</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Thêm vào phiếu của tôi</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Một phần trang này được hiển thị bằng {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Số điện thoại hữu ích</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>Nhắn tin</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Nhắn {keyword} đến số</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Nội dung mẫu, nơi này chưa xem xét</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Nội dung bản nháp, nơi này chưa công bố</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Phiếu của bạn đang được in. Vui lòng lấy phiếu ở máy in.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Chưa cài đặt máy in. Vui lòng hỏi quầy tiếp tân.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>Máy in đang không hoạt động. Vui lòng hỏi quầy tiếp tân.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>In không thành công. Vui lòng hỏi quầy tiếp tân.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Phiếu của tôi</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Phiếu của bạn đang trống. Hãy mở một dịch vụ và chạm vào “Thêm vào phiếu của tôi”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>Phiếu chỉ ghi số điện thoại, giờ làm việc và địa chỉ dưới một tiêu đề đơn giản. Phiếu không ghi nội dung là về việc gì.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>In phiếu của tôi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Bỏ {name} khỏi phiếu</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Xem trước phiếu sẽ in</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Đây là nội dung sẽ được in:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>Tải lại nội dung</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Quay về bản trước</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>In thử</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Máy in {name}: không tìm thấy.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Máy in: chưa cài đặt máy in nào.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>In thử: không có dịch vụ nào in được.</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Đã gửi lệnh in thử.</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Đang hiển thị thư mục gói {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Không theo dõi thư mục nhận bản cập nhật nào.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Đang tải lại nội dung…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Máy in {name}: sẵn sàng.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Máy in {name}: đang in.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Máy in {name}: đang tạm dừng. Máy sẽ không in gì cho đến khi được cho chạy lại (hãy hỏi người phụ trách máy tính này).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Máy in {name}: hết giấy. Hãy lắp cuộn giấy mới hoặc thêm giấy.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Máy in {name}: không hoạt động. Hãy kiểm tra máy đã bật và đã được kết nối.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Từ chối tải lại: gói có lỗi.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Đã tải {id} phiên bản {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Từ chối quay về bản trước: {reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Đã cài đặt {id} phiên bản {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Đã cài đặt, sẽ hiển thị sau lần khởi động lại tới: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Bị từ chối: {reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>In thử: {message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Chưa đặt mã PIN nhân viên: bất kỳ ai biết thao tác giữ góc màn hình đều có thể mở bảng này. Hãy đặt staff_pin_hash trong cấu hình của máy.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Gói: {id}, phiên bản {version}, trạng thái {status}, xem xét lại trước {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công bố</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Các liên hệ được xác minh lần cuối khi nào?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Các câu trả lời được kiểm tra lần cuối khi nào?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Gói không có cảnh báo nào.</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Bảng dành cho nhân viên</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Đóng máy tra cứu</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Nội dung mẫu. Nơi này chưa xem xét nội dung: hãy hỏi nhân viên trước khi dựa vào đó.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Nội dung bản nháp, nơi này chưa công bố: hãy hỏi nhân viên trước khi dựa vào đó.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Có, tiếp tục</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Màn hình này sẽ được xóa sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Nguồn: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Nơi nhận trợ giúp</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: chi tiết</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>văn bản gốc</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>người bản ngữ đã xem lại ngày {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>bản nháp, cần người bản ngữ xem lại</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Có thể đã cũ</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Chưa xác minh: thông tin này chưa được kiểm tra. Hãy hỏi nhân viên trước khi dựa vào đó.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Có thể đã cũ: kiểm tra lần cuối vào {date}. Hãy hỏi nhân viên nếu bạn không chắc.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Đã kiểm tra vào {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>nhân viên nơi này</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>người biên tập nội dung</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>một người hỗ trợ nạn nhân</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>một luật sư</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Tính đến {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Chưa được kiểm tra: hãy hỏi nhân viên trước khi dựa vào thông tin này.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Kiểm tra lần cuối ngày {date} bởi {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Thông tin này có thể đã thay đổi: hãy hỏi nhân viên.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Trong vòng 3 tháng</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 đến 6 tháng</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 đến 12 tháng</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Hơn một năm</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Chưa từng xác minh</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Chưa từng kiểm tra</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Xác minh lần cuối: {ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Lần kiểm tra cuối của câu trả lời: {ages}</translation>
    </message>
</context>
</TS>
