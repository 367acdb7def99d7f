<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk</source>
        <translation>À propos de cette borne</translation>
    </message>
    <message>
        <source>What this kiosk keeps</source>
        <translation>Ce que cette borne garde</translation>
    </message>
    <message>
        <source>Nothing. It does not save what you look at, which language you choose or what you print. It has no internet connection. When you tap Quick exit, or leave it alone for a while, it forgets everything and shows the welcome screen again.</source>
        <translation>Rien. Elle n’enregistre pas ce que vous regardez, la langue que vous choisissez ni ce que vous imprimez. Elle n’a pas de connexion à Internet. Quand vous touchez Sortie rapide, ou si vous la laissez un moment sans l’utiliser, elle oublie tout et affiche de nouveau l’écran d’accueil.</translation>
    </message>
    <message>
        <source>What it cannot protect you from</source>
        <translation>Ce contre quoi elle ne peut pas vous protéger</translation>
    </message>
    <message>
        <source>People near you can see the screen. Cameras in the room may record it. A printed slip can be found, so keep it somewhere safe. Some printers keep a list of printed pages unless staff have turned this off.</source>
        <translation>Les personnes près de vous peuvent voir l’écran. Des caméras dans la salle peuvent l’enregistrer. Une fiche imprimée peut être trouvée&#xa0;: gardez-la en lieu sûr. Certaines imprimantes gardent une liste des pages imprimées, sauf si le personnel a désactivé cette fonction.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>The Quick exit button is always in the top corner. Pressing the Shift key three times does the same. Everything is hidden at once.</source>
        <translation>Le bouton Sortie rapide est toujours dans le coin du haut. Appuyer trois fois sur la touche Maj fait la même chose. Tout est caché immédiatement.</translation>
    </message>
    <message>
        <source>Is this information correct?</source>
        <translation>Ces informations sont-elles exactes&#xa0;?</translation>
    </message>
    <message>
        <source>Each service shows when its details were last checked. Details marked “Not verified” or “May be out of date” need checking: ask staff.</source>
        <translation>Chaque service indique la date de la dernière vérification de ses informations. Les informations marquées «&#xa0;Non vérifié&#xa0;» ou «&#xa0;Peut-être plus à jour&#xa0;» doivent être vérifiées&#xa0;: demandez au personnel.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Pour le personnel</translation>
    </message>
    <message>
        <source>No staff PIN is set. To leave the kiosk, hold the bottom-left corner of the screen for 3 seconds, then choose Exit kiosk.</source>
        <translation>Aucun code PIN du personnel n’est défini. Pour quitter la borne, maintenez le doigt sur le coin inférieur gauche de l’écran pendant 3 secondes, puis choisissez Quitter la borne.</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>Sample content: not reviewed for use by this site.</source>
        <translation>Contenu d’exemple&#xa0;: ce lieu ne l’a pas relu pour son usage.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
</context>
<context>
    <name>DisplayScreen</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Taille du texte et contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Couleurs standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>These choices are forgotten when you leave.</source>
        <translation>Ces choix sont oubliés quand vous partez.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>My slip ({count})</source>
        <translation>Ma fiche ({count})</translation>
    </message>
    <message numerus="yes">
        <source>My slip, %n item(s)</source>
        <translation>
            <numerusform>Ma fiche, %n élément</numerusform>
            <numerusform>Ma fiche, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Choisissez un sujet</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Taille du texte et contraste</translation>
    </message>
    <message>
        <source>About this kiosk</source>
        <translation>À propos de cette borne</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Press Down or Up to move from item to item, Enter to choose an item, Back to go back and Help to have this explained again. To leave at once, press Shift three times or choose Quick exit.</source>
        <translation>Appuyez sur Bas ou Haut pour passer d’un élément à l’autre, sur Entrée pour choisir un élément, sur Retour pour revenir en arrière et sur Aide pour réentendre cette explication. Pour partir tout de suite, appuyez trois fois sur Maj ou choisissez Sortie rapide.</translation>
    </message>
    <message>
        <source>This kiosk has information and places that can help. Press Enter to start.</source>
        <translation>Cette borne donne des informations et indique des lieux qui peuvent vous aider. Appuyez sur Entrée pour commencer.</translation>
    </message>
    <message>
        <source>For another language, press Enter to start, then choose Change language.</source>
        <translation>Pour une autre langue, appuyez sur Entrée pour commencer, puis choisissez Changer de langue.</translation>
    </message>
    <message>
        <source>A message is open over the page. Choose one of its buttons.</source>
        <translation>Un message est ouvert par-dessus la page. Choisissez l’un de ses boutons.</translation>
    </message>
    <message>
        <source>This is the start page. It lists the topics: choose one to read it.</source>
        <translation>Voici la page d’accueil. Elle donne la liste des sujets&#xa0;: choisissez-en un pour le lire.</translation>
    </message>
    <message>
        <source>This page answers questions about one topic, then lists places that can help.</source>
        <translation>Cette page répond à des questions sur un sujet, puis donne la liste des lieux qui peuvent vous aider.</translation>
    </message>
    <message>
        <source>This page says how to reach one place that can help: phone numbers, hours and address. You can add it to your slip and print it.</source>
        <translation>Cette page indique comment joindre un lieu qui peut vous aider&#xa0;: numéros de téléphone, horaires et adresse. Vous pouvez l’ajouter à votre fiche et l’imprimer.</translation>
    </message>
    <message>
        <source>On this page you choose the language of the kiosk.</source>
        <translation>Sur cette page, vous choisissez la langue de la borne.</translation>
    </message>
    <message>
        <source>On this page you choose the text size and the contrast.</source>
        <translation>Sur cette page, vous choisissez la taille du texte et le contraste.</translation>
    </message>
    <message>
        <source>This page says what the kiosk keeps and how its information is checked.</source>
        <translation>Cette page indique ce que la borne garde et comment ses informations sont vérifiées.</translation>
    </message>
    <message>
        <source>This page shows your slip: the places you chose, to print and take away.</source>
        <translation>Cette page montre votre fiche&#xa0;: les lieux que vous avez choisis, à imprimer et à emporter.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Some words in English</source>
        <translation>Certains mots en anglais</translation>
    </message>
    <message>
        <source>Part of this in {language}</source>
        <translation>Une partie en {language}</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>NotReadyScreen</name>
    <message>
        <source>This kiosk is not ready yet. Please ask at the front desk.</source>
        <translation>Cette borne n’est pas encore prête. Veuillez demander à l’accueil.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Envoyez {keyword} par SMS au {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>SMS&#xa0;: {number}</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>ATS&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Call: {number}</source>
        <translation>Appeler&#xa0;: {number}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Printing your slip…</source>
        <translation>Impression de votre fiche…</translation>
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
        <translation>La lecture à voix haute ne fonctionne pas ici. Veuillez demander au personnel.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translation>La lecture à voix haute n’est pas disponible dans cette langue.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Use the headphones</source>
        <translation>Utilisez le casque</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
</context>
<context>
    <name>ResourceScreen</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Qui peut en bénéficier</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Not verified, so it cannot be printed</source>
        <translation>Non vérifié, donc impossible à imprimer</translation>
    </message>
    <message>
        <source>On your slip. Tap to remove</source>
        <translation>Sur votre fiche. Touchez pour retirer</translation>
    </message>
    <message>
        <source>Your slip is full</source>
        <translation>Votre fiche est pleine</translation>
    </message>
    <message>
        <source>Add to my slip</source>
        <translation>Ajouter à ma fiche</translation>
    </message>
</context>
<context>
    <name>ScrollingScreen</name>
    <message>
        <source>Some of this page is shown in {language}.</source>
        <translation>Une partie de cette page est affichée en {language}.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Useful numbers</source>
        <extracomment>Heading of a printed slip, used only when the content&apos;s own slip heading cannot be printed. It must not say what the numbers are for: someone who controls the visitor may read the slip.</extracomment>
        <translation>Numéros utiles</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>On a printed slip, above a phone number to call by voice. One short word.</extracomment>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>On a printed slip, above a number that takes text messages (SMS) only.</extracomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>On a printed slip, above a TTY number (a teletypewriter line for deaf and hard-of-hearing callers). Keep &quot;TTY&quot; if that is what readers know.</extracomment>
        <translation>ATS (TTY)</translation>
    </message>
    <message>
        <source>Text {keyword} to</source>
        <extracomment>On a printed slip: {keyword} is the word to send by text message (SMS); the number it goes to is printed large on the next line.</extracomment>
        <translation>Envoyez {keyword} par SMS au</translation>
    </message>
    <message>
        <source>Sample content, not reviewed by this site</source>
        <extracomment>Last line of a slip printed from sample content (not this site&apos;s own).</extracomment>
        <translation>Contenu d’exemple, non relu par ce lieu</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site</source>
        <extracomment>Last line of a slip printed from draft content (not yet published).</extracomment>
        <translation>Contenu en brouillon, pas encore publié par ce lieu</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Your slip is printing. Please take it from the printer.</source>
        <translation>Votre fiche s’imprime. Veuillez la prendre dans l’imprimante.</translation>
    </message>
    <message>
        <source>No printer is set up. Please ask at the front desk.</source>
        <translation>Aucune imprimante n’est configurée. Veuillez demander à l’accueil.</translation>
    </message>
    <message>
        <source>The printer is offline. Please ask at the front desk.</source>
        <translation>L’imprimante n’est pas disponible. Veuillez demander à l’accueil.</translation>
    </message>
    <message>
        <source>Printing failed. Please ask at the front desk.</source>
        <translation>L’impression a échoué. Veuillez demander à l’accueil.</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <source>My slip</source>
        <translation>Ma fiche</translation>
    </message>
    <message>
        <source>Your slip is empty. Open a service and tap “Add to my slip”.</source>
        <translation>Votre fiche est vide. Ouvrez un service et touchez «&#xa0;Ajouter à ma fiche&#xa0;».</translation>
    </message>
    <message>
        <source>The slip shows only phone numbers, hours and addresses under a plain heading. It does not say what it is about.</source>
        <translation>La fiche ne montre que des numéros de téléphone, des horaires et des adresses sous un titre neutre. Elle ne dit pas de quoi il s’agit.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Imprimer ma fiche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name} from the slip</source>
        <translation>Retirer {name} de la fiche</translation>
    </message>
    <message>
        <source>Preview of the printed slip</source>
        <translation>Aperçu de la fiche imprimée</translation>
    </message>
    <message>
        <source>This is what will be printed:</source>
        <translation>Voici ce qui sera imprimé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Test print: {message}</source>
        <translation>Impression de test&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recharger le contenu</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir à la version précédente</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Showing the bundle folder {folder}</source>
        <translation>Affichage du dossier du paquet {folder}</translation>
    </message>
    <message>
        <source>No inbox is watched for updates.</source>
        <translation>Aucun dossier de réception n’est surveillé pour les mises à jour.</translation>
    </message>
    <message>
        <source>Reloading content…</source>
        <translation>Rechargement du contenu…</translation>
    </message>
    <message>
        <source>Printer {name}: not found.</source>
        <translation>Imprimante {name}&#xa0;: introuvable.</translation>
    </message>
    <message>
        <source>Printer: none is set up.</source>
        <translation>Imprimante&#xa0;: aucune n’est configurée.</translation>
    </message>
    <message>
        <source>Printer {name}: ready.</source>
        <translation>Imprimante {name}&#xa0;: prête.</translation>
    </message>
    <message>
        <source>Printer {name}: printing.</source>
        <translation>Imprimante {name}&#xa0;: impression en cours.</translation>
    </message>
    <message>
        <source>Printer {name}: paused. It prints nothing until it is resumed (ask whoever looks after this computer).</source>
        <translation>Imprimante {name}&#xa0;: en pause. Elle n’imprime rien tant qu’elle n’est pas relancée (demandez à la personne qui s’occupe de cet ordinateur).</translation>
    </message>
    <message>
        <source>Printer {name}: out of paper. Put in a new roll or more paper.</source>
        <translation>Imprimante {name}&#xa0;: plus de papier. Mettez un nouveau rouleau ou du papier.</translation>
    </message>
    <message>
        <source>Printer {name}: not working. Check that it is switched on and connected.</source>
        <translation>Imprimante {name}&#xa0;: ne fonctionne pas. Vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <source>Reload refused: the bundle has errors.</source>
        <translation>Rechargement refusé&#xa0;: le paquet contient des erreurs.</translation>
    </message>
    <message>
        <source>Loaded {id} version {version}.</source>
        <translation>{id} version {version} chargé.</translation>
    </message>
    <message>
        <source>Roll back refused: {reason}</source>
        <translation>Retour en arrière refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Test print sent.</source>
        <translation>Impression de test envoyée.</translation>
    </message>
    <message>
        <source>Test print: no service can be printed.</source>
        <translation>Impression de test&#xa0;: aucun service ne peut être imprimé.</translation>
    </message>
    <message>
        <source>Installed {id} version {version}.</source>
        <translation>{id} version {version} installé.</translation>
    </message>
    <message>
        <source>Installed, shown after the next restart: {reason}</source>
        <translation>Installé, affiché après le prochain redémarrage&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Panneau du personnel</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>No staff PIN is set: anyone who knows the corner gesture can open this panel. Set staff_pin_hash in the kiosk&apos;s config.</source>
        <translation>Aucun code PIN du personnel n’est défini&#xa0;: toute personne qui connaît le geste du coin peut ouvrir ce panneau. Définissez staff_pin_hash dans la configuration de la borne.</translation>
    </message>
    <message>
        <source>Bundle: {id}, version {version}, status {status}, review by {review}</source>
        <translation>Paquet&#xa0;: {id}, version {version}, statut {status}, à relire avant le {review}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>When were the contacts last verified?</source>
        <translation>Quand les contacts ont-ils été vérifiés pour la dernière fois&#xa0;?</translation>
    </message>
    <message>
        <source>When were the answers last checked?</source>
        <translation>Quand les réponses ont-elles été relues pour la dernière fois&#xa0;?</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The bundle has no warnings.</source>
        <translation>Le paquet n’a aucun avertissement.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Sample content. This site has not reviewed it: ask staff before relying on it.</source>
        <translation>Contenu d’exemple. Ce lieu ne l’a pas relu&#xa0;: demandez au personnel avant de vous y fier.</translation>
    </message>
    <message>
        <source>Draft content, not yet published by this site: ask staff before relying on it.</source>
        <translation>Contenu en brouillon, pas encore publié par ce lieu&#xa0;: demandez au personnel avant de vous y fier.</translation>
    </message>
</context>
<context>
    <name>StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation>Oui, je continue</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Cet écran s’effacera dans %n seconde.</numerusform>
            <numerusform>Cet écran s’effacera dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Source: {sources}</source>
        <translation>Source&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l’aide</translation>
    </message>
    <message>
        <source>{name}: details</source>
        <translation>{name}&#xa0;: détails</translation>
    </message>
</context>
<context>
    <name>TranslationStatusList</name>
    <message>
        <source>Interface languages</source>
        <translation>Langues de l’interface</translation>
    </message>
    <message>
        <source>{language} ({code}): {review}</source>
        <translation>{language} ({code})&#xa0;: {review}</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>texte source</translation>
    </message>
    <message>
        <source>reviewed by a native speaker on {date}</source>
        <translation>relu par une personne de langue maternelle le {date}</translation>
    </message>
    <message>
        <source>drafted, needs native review</source>
        <translation>brouillon, à faire relire par une personne de langue maternelle</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>May be out of date</source>
        <translation>Peut-être plus à jour</translation>
    </message>
    <message>
        <source>Not verified: these details have not been checked. Ask staff before relying on them.</source>
        <translation>Non vérifié&#xa0;: ces informations n’ont pas été vérifiées. Demandez au personnel avant de vous y fier.</translation>
    </message>
    <message>
        <source>May be out of date: last checked on {date}. Ask staff if unsure.</source>
        <translation>Peut-être plus à jour&#xa0;: dernière vérification le {date}. En cas de doute, demandez au personnel.</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Vérifié le {date}</translation>
    </message>
    <message>
        <source>this site&apos;s staff</source>
        <translation>le personnel de ce lieu</translation>
    </message>
    <message>
        <source>the content editor</source>
        <translation>la personne chargée du contenu</translation>
    </message>
    <message>
        <source>a victim advocate</source>
        <translation>une personne d’aide aux victimes</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>un avocat ou une avocate</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>l’aide juridique</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>À jour au {date}.</translation>
    </message>
    <message>
        <source>Not checked yet: ask staff before relying on this.</source>
        <translation>Pas encore vérifié&#xa0;: demandez au personnel avant de vous y fier.</translation>
    </message>
    <message>
        <source>Last checked on {date} by {who}.</source>
        <translation>Vérifié pour la dernière fois le {date} par {who}.</translation>
    </message>
    <message>
        <source>This may have changed since: ask staff.</source>
        <translation>Cela a pu changer depuis&#xa0;: demandez au personnel.</translation>
    </message>
</context>
<context>
    <name>VerificationChart</name>
    <message>
        <source>Within 3 months</source>
        <translation>Moins de 3 mois</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 à 6 mois</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 à 12 mois</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Plus d’un an</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Jamais relues</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Answers last checked: {ages}</source>
        <translation>Dernière relecture des réponses&#xa0;: {ages}</translation>
    </message>
    <message>
        <source>Last verified: {ages}</source>
        <translation>Dernière vérification&#xa0;: {ages}</translation>
    </message>
</context>
</TS>
