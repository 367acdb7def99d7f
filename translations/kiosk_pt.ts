<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>Sobre este terminal</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>O que este terminal guarda</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Nada. Ele não salva o que você vê, o idioma que escolhe nem o que imprime. Ele não tem conexão com a internet. Quando você toca em Saída rápida, ou o deixa sem uso por um tempo, ele esquece tudo e mostra de novo a tela de boas-vindas.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Do que ele não pode proteger você</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>As pessoas perto de você podem ver a tela. Câmeras na sala podem gravá-la. Outra pessoa pode encontrar a folha impressa, então guarde-a em um lugar seguro. Algumas impressoras guardam uma lista das páginas impressas, a menos que a equipe tenha desativado isso.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>O botão Saída rápida fica sempre no canto de cima. Apertar a tecla Shift três vezes faz o mesmo. Tudo é escondido na hora.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Estas informações estão corretas?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Cada serviço mostra quando os seus dados foram conferidos pela última vez. Dados marcados como “Não verificado” ou “Pode estar desatualizado” precisam ser conferidos: pergunte à equipe.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Para a equipe</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Nenhum PIN da equipe foi definido. Para sair do terminal, mantenha o dedo no canto inferior esquerdo da tela por 3 segundos e depois escolha Fechar o terminal.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Conteúdo de exemplo: este local não o revisou para uso.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Toque para começar</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamanho do texto e contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muito grande</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Cores normais</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Estas escolhas são esquecidas quando você sai.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Minha folha ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Minha folha, %n item</numerusform>
            <numerusform>Minha folha, %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Mudar idioma</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Escolha um tema</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamanho do texto e contraste</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>Sobre este terminal</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Aperte Baixo ou Cima para passar de um item a outro, Enter para escolher um item, Voltar para retornar e Ajuda para ouvir esta explicação de novo. Para sair na hora, aperte Shift três vezes ou escolha Saída rápida.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Este terminal tem informações e lugares que podem ajudar. Aperte Enter para começar.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Para outro idioma, aperte Enter para começar e depois escolha Mudar idioma.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Há uma mensagem aberta sobre a página. Escolha um dos botões dela.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Esta é a página inicial. Ela mostra os temas: escolha um para ler.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Esta página responde a perguntas sobre um tema e depois mostra lugares que podem ajudar.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Esta página diz como entrar em contato com um lugar que pode ajudar: telefones, horário e endereço. Você pode adicioná-lo à sua folha e imprimi-la.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Nesta página você escolhe o idioma do terminal.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Nesta página você escolhe o tamanho do texto e o contraste.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Esta página diz o que o terminal guarda e como as informações dele são conferidas.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Esta página mostra a sua folha: os lugares que você escolheu, para imprimir e levar.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Algumas palavras em inglês</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Parte disto em {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Escolha o seu idioma</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Este terminal ainda não está pronto. Pergunte na recepção.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Envie {keyword} por SMS para {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>SMS: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Ligar: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN da equipe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PINs incorretos demais. Tente de novo em %n segundo.</numerusform>
            <numerusform>PINs incorretos demais. Tente de novo em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Imprimindo a sua folha…</translation>
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
        <translation>A leitura em voz alta não está funcionando aqui. Pergunte à equipe.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>A leitura em voz alta não está disponível neste idioma.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Parar a leitura</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Use os fones de ouvido</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mais baixo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mais alto</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mais devagar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mais rápido</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas falados</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quem pode usar</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Não verificado, por isso não pode ser impresso</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Está na sua folha. Toque para tirar</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>A sua folha está cheia</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Adicionar à minha folha</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Parte desta página é mostrada em {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Números úteis</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Envie {keyword} por SMS para</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Conteúdo de exemplo, não revisado por este local</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Conteúdo em rascunho, ainda não publicado por este local</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>A sua folha está sendo impressa. Pegue-a na impressora.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Nenhuma impressora está configurada. Pergunte na recepção.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>A impressora não está disponível. Pergunte na recepção.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>Não foi possível imprimir. Pergunte na recepção.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Minha folha</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>A sua folha está vazia. Abra um serviço e toque em “Adicionar à minha folha”.</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>A folha mostra só números de telefone, horários e endereços sob um título simples. Ela não diz do que se trata.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Imprimir minha folha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Tirar {name} da folha</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Prévia da folha impressa</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Isto é o que será impresso:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Impressão de teste: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recarregar o conteúdo</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Voltar à versão anterior</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impressão de teste</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Mostrando a pasta do pacote {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Nenhuma pasta de entrada é vigiada para atualizações.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Recarregando o conteúdo…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Impressora {name}: não encontrada.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Impressora: nenhuma configurada.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Impressora {name}: pronta.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Impressora {name}: imprimindo.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Impressora {name}: em pausa. Ela não imprime nada até ser retomada (pergunte a quem cuida deste computador).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Impressora {name}: sem papel. Coloque um rolo novo ou mais papel.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Impressora {name}: não está funcionando. Confira se está ligada e conectada.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Recarga recusada: o pacote tem erros.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>Carregado {id}, versão {version}.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Volta à versão anterior recusada: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Impressão de teste enviada.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Impressão de teste: nenhum serviço pode ser impresso.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>Instalado {id}, versão {version}.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Instalado; será mostrado depois do próximo reinício: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Recusado: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Painel da equipe</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Fechar o terminal</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Nenhum PIN da equipe foi definido: qualquer pessoa que conheça o gesto do canto pode abrir este painel. Defina staff_pin_hash na configuração do terminal.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Pacote: {id}, versão {version}, estado {status}, revisar até {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemplo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Quando os contatos foram verificados pela última vez?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Quando as respostas foram revisadas pela última vez?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>O pacote não tem avisos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Conteúdo de exemplo. Este local não o revisou: pergunte à equipe antes de confiar nele.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Conteúdo em rascunho, ainda não publicado por este local: pergunte à equipe antes de confiar nele.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Sim, continuar</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Esta tela será apagada em %n segundo.</numerusform>
            <numerusform>Esta tela será apagada em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Fonte: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Onde conseguir ajuda</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}: detalhes</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Idiomas da interface</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code}): {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>texto original</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>revisado por um falante nativo em {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>rascunho, precisa de revisão por um falante nativo</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Pode estar desatualizado</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Não verificado: estes dados não foram conferidos. Pergunte à equipe antes de confiar neles.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Pode estar desatualizado: conferido pela última vez em {date}. Se tiver dúvidas, pergunte à equipe.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Conferido em {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>a equipe deste local</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>a pessoa que edita o conteúdo</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>uma pessoa de apoio a vítimas</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>um advogado ou advogada</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>a assistência jurídica gratuita</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Válido em {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Ainda não revisado: pergunte à equipe antes de confiar nisto.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Revisado pela última vez em {date} por {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Isto pode ter mudado desde então: pergunte à equipe.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Nos últimos 3 meses</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>De 3 a 6 meses</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>De 6 a 12 meses</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Mais de um ano</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Nunca revisadas</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nunca verificado</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Última revisão das respostas: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Última verificação: {ages}</translation>
    </message>
</context>
</TS>
