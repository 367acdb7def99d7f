<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>关于本机</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>本机会保存什么</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>什么都不保存。本机不会保存您看过的内容、您选择的语言或您打印的内容。本机没有连接互联网。当您点按“快速退出”，或一段时间不操作时，本机会忘记一切，重新显示欢迎页面。</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>本机无法为您防范的情况</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>您身边的人能看到屏幕。房间里的摄像头可能会录下屏幕。打印出的纸条可能被别人发现，请放在安全的地方。有些打印机会保留打印记录，除非工作人员已将其关闭。</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>“快速退出”按钮始终在屏幕上方的角落。连按三次 Shift 键效果相同。所有内容会立即隐藏。</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>这些信息准确吗？</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>每项服务都会显示其信息最后一次核实的时间。标有“未核实”或“可能已过时”的信息需要核实：请询问工作人员。</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>工作人员须知</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>尚未设置工作人员 PIN 码。要退出本机，请按住屏幕左下角 3 秒，然后选择“退出本机”。</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>示例内容：本机构尚未审核，不能直接使用。</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>点按开始</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>文字大小和对比度</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>标准颜色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>您离开后，这些选择会被清除。</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>我的纸条（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>我的纸条，%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>更改语言</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>选择主题</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>文字大小和对比度</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>关于本机</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>按“下”或“上”在各项之间移动，按“回车”选择一项，按“返回”回到上一页，按“帮助”再听一遍这段说明。要立即离开，请连按三次 Shift 键或选择“快速退出”。</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>这台自助机提供信息和可以提供帮助的地方。按“回车”开始。</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>如需其他语言，请按“回车”开始，然后选择“更改语言”。</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>页面上方打开了一条消息。请选择它的一个按钮。</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>这是首页，列出了各个主题：选择一个即可阅读。</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>本页回答关于一个主题的问题，然后列出可以提供帮助的地方。</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>本页说明如何联系一个可以提供帮助的地方：电话号码、开放时间和地址。您可以把它加入您的清单并打印。</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>在本页选择自助机的语言。</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>在本页选择文字大小和对比度。</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>本页说明自助机保存什么，以及其信息如何核实。</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>本页显示您的清单：您选择的地方，可打印带走。</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>选择您的语言</translation>
    </message>
    <message>
        <source>Some words in English</source>
        <translation>部分词语为英文</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>部分内容为{language}</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>本机尚未准备好。请询问前台。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>发送短信 {keyword} 至 {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>短信：{number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>文字电话（TTY）：{number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>电话：{number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 码错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>正在打印您的纸条…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud is not working here. Please ask staff.</source>
        <translation>朗读功能在这里无法使用。请询问工作人员。</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>此语言无法朗读。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>请戴上耳机</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>使用的语言</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>未核实，因此无法打印</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>已在您的纸条上。点按可移除</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>您的纸条已满</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>添加到我的纸条</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>本页部分内容以 {language} 显示。</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>实用电话号码</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>短信</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY 文字电话</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>发送短信 {keyword} 至</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>示例内容，本机构尚未审核</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>草稿内容，本机构尚未发布</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>正在打印您的纸条。请到打印机取走。</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>尚未设置打印机。请询问前台。</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>打印机无法使用。请询问前台。</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>打印失败。请询问前台。</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>我的纸条</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>您的纸条是空的。请打开一项服务，然后点按“添加到我的纸条”。</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>纸条上只有一个普通标题，下面是电话号码、服务时间和地址，不会写明用途。</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>打印我的纸条</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>从纸条中移除 {name}</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>纸条打印预览</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>将打印以下内容：</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Reload content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>恢复上一版本</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>打印机 {name}：未找到。</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>打印机：尚未设置。</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>测试打印：没有可以打印的服务。</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>已发送测试打印。</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>正在显示内容包文件夹 {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>没有监视任何更新收件文件夹。</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>正在重新加载内容…</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>打印机 {name}：就绪。</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>打印机 {name}：正在打印。</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>打印机 {name}：已暂停。恢复之前不会打印任何内容（请联系负责这台电脑的人）。</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>打印机 {name}：缺纸。请装入新纸卷或添加纸张。</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>打印机 {name}：无法工作。请检查打印机是否已开机并已连接。</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>已拒绝重新加载：内容包有错误。</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>已加载 {id}，版本 {version}。</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>已拒绝恢复上一版本：{reason}</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>已安装 {id}，版本 {version}。</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>已安装，将在下次重启后显示：{reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>Test print: {message}</source>
        <translation>测试打印：{message}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>尚未设置工作人员 PIN 码：任何知道角落手势的人都能打开此面板。请在本机配置中设置 staff_pin_hash。</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>内容包：{id}，版本 {version}，状态 {status}，审核期限 {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>联系方式最后一次核实是什么时候？</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>答案最近一次核对是什么时候？</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>内容包没有警告。</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>工作人员面板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>退出本机</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>示例内容。本机构尚未审核：使用前请询问工作人员。</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>草稿内容，本机构尚未发布：使用前请询问工作人员。</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>在，继续</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>本页面将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>在哪里获得帮助</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}：详情</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language}（{code}）：{review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>母语者已于 {date} 审阅</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>草稿，需母语者审阅</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>可能已过时</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>未核实：这些信息尚未经过核实。使用前请询问工作人员。</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>可能已过时：最后核实于 {date}。如有疑问，请询问工作人员。</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>核实于 {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>本机构工作人员</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>内容编辑</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>一名受害者援助人员</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>一名律师</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>法律援助机构</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>截至 {date}。</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>尚未核对：请先询问工作人员再作依据。</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>最近一次由{who}于 {date} 核对。</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>此后可能已有变化：请询问工作人员。</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>3 个月内</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 至 6 个月</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 至 12 个月</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>一年以上</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>从未核对</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>最后核实：{ages}</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>答案最近核对：{ages}</translation>
    </message>
</context>
</TS>
