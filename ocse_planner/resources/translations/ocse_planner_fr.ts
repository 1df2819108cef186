<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Modifier la mesure à prendre</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Mesures à prendre</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>New action: what</source>
        <translation>Nouvelle mesure&#xa0;: description</translation>
    </message>
    <message>
        <source>New action: owner</source>
        <translation>Nouvelle mesure&#xa0;: responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>New action: due date</source>
        <translation>Nouvelle mesure&#xa0;: échéance</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une mesure à prendre</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark the selected action item done or not done</source>
        <translation>Marquer la mesure sélectionnée comme faite ou non faite</translation>
    </message>
    <message>
        <source>Mark the selected action done or not done (Ctrl+Return)</source>
        <translation>Marquer la mesure sélectionnée comme faite ou non faite (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Marquer la mesure comme faite</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Modifier la mesure à prendre</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Supprimer la mesure à prendre</translation>
    </message>
    <message>
        <source>Delete the action item “%1”?</source>
        <translation>Supprimer la mesure à prendre «&#xa0;%1&#xa0;»?</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Modifier la mesure…</translation>
    </message>
    <message>
        <source>Edit the selected action item</source>
        <translation>Modifier la mesure sélectionnée</translation>
    </message>
    <message>
        <source>Edit the selected action item (F2)</source>
        <translation>Modifier la mesure sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Delete action…</source>
        <translation>Supprimer la mesure…</translation>
    </message>
    <message>
        <source>Delete the selected action item</source>
        <translation>Supprimer la mesure sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected action item (Delete)</source>
        <translation>Supprimer la mesure sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>AgendaOptionsDialog</name>
    <message>
        <source>Export agenda</source>
        <translation>Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Imprimer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Internal copy: every booking with its status, marked “INTERNAL — not for distribution”</source>
        <translation>Copie &amp;interne&#xa0;: chaque réservation avec son état, marquée «&#xa0;INTERNE — ne pas diffuser&#xa0;»</translation>
    </message>
    <message>
        <source>Internal copy</source>
        <translation>Copie interne</translation>
    </message>
    <message>
        <source>&amp;Leave out presenters who have not confirmed (default: “Presenter to be confirmed”)</source>
        <translation>&amp;Omettre les personnes conférencières non confirmées (par défaut&#xa0;: «&#xa0;Personne conférencière à confirmer&#xa0;»)</translation>
    </message>
    <message>
        <source>Leave out unconfirmed presenters</source>
        <translation>Omettre les personnes conférencières non confirmées</translation>
    </message>
    <message>
        <source>Changes since release</source>
        <translation>Changements depuis la version</translation>
    </message>
    <message>
        <source>(no changes sheet)</source>
        <translation>(aucune feuille des changements)</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>&amp;Changements depuis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Running agenda</source>
        <translation>Ordre du jour détaillé</translation>
    </message>
    <message>
        <source>Agenda overrun warning</source>
        <translation>Avertissement de dépassement de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda timing warnings</source>
        <translation>Avertissements sur l&apos;horaire de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda message</source>
        <translation>Message de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add item (Ctrl+Ins)</source>
        <translation>Ajouter un point (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>Remove item (Ctrl+Del)</source>
        <translation>Retirer le point (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Add agenda item (Ctrl+Ins)</source>
        <translation>Ajouter un point à l&apos;ordre du jour (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>Remove agenda item (Ctrl+Del)</source>
        <translation>Retirer le point de l&apos;ordre du jour (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Move item up (Alt+Up)</source>
        <translation>Monter le point (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move item down (Alt+Down)</source>
        <translation>Descendre le point (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Confirm title</source>
        <translation>Confirmer le &amp;titre</translation>
    </message>
    <message>
        <source>Mark the title carried over from last year as final (%1)</source>
        <translation>Marquer comme définitif le titre repris de l&apos;an dernier (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow the item before (no fixed start)</source>
        <translation>&amp;Suivre le point précédent (pas d&apos;heure fixe)</translation>
    </message>
    <message>
        <source>Agenda of webinar %1: %2</source>
        <translation>Ordre du jour du webinaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The agenda runs %1 minutes past the end of the webinar (%2 minutes planned).</source>
        <translation>L&apos;ordre du jour dépasse de %1&#xa0;minutes la fin du webinaire (%2&#xa0;minutes prévues).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>New presentation</source>
        <translation>Nouvelle présentation</translation>
    </message>
    <message>
        <source>Add agenda item to webinar %1</source>
        <translation>Ajouter un point à l&apos;ordre du jour du webinaire %1</translation>
    </message>
    <message>
        <source>Remove “%1” from webinar %2</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du webinaire %2</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Move %1 to position %2</source>
        <translation>Déplacer %1 à la position %2</translation>
    </message>
    <message>
        <source>Confirm title “%1”</source>
        <translation>Confirmer le titre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Let “%1” follow the item before</source>
        <translation>Faire suivre «&#xa0;%1&#xa0;» au point précédent</translation>
    </message>
    <message>
        <source>Fix the start of “%1”</source>
        <translation>Fixer le début de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename agenda item “%1”</source>
        <translation>Renommer le point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the French title of “%1”</source>
        <translation>Modifier le titre français de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change duration of “%1”</source>
        <translation>Modifier la durée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change kind of “%1”</source>
        <translation>Modifier le type de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change resource links of “%1”</source>
        <translation>Modifier les liens vers les ressources de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation>Ordre du jour non modifié</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>+%1–%2 min</source>
        <translation>+%1–%2&#xa0;min</translation>
    </message>
    <message>
        <source>Overlaps the item before it by %1 minutes</source>
        <translation>Chevauche le point précédent de %1 minutes</translation>
    </message>
    <message>
        <source>%1 unplanned minutes before this item</source>
        <translation>%1 minutes sans rien de prévu avant ce point</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Début fixe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Personnes conférencières</translation>
    </message>
    <message>
        <source>Resource links</source>
        <translation>Liens vers les ressources</translation>
    </message>
    <message>
        <source>French title</source>
        <translation>Titre français</translation>
    </message>
    <message>
        <source> (title to be confirmed)</source>
        <translation> (titre à confirmer)</translation>
    </message>
    <message>
        <source>Fixed start: the items after it re-flow from here</source>
        <translation>Début fixe&#xa0;: les points suivants s&apos;enchaînent à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Follows the item before it; type a time in Fixed start to pin it</source>
        <translation>Suit le point précédent; tapez une heure sous Début fixe pour le fixer</translation>
    </message>
</context>
<context>
    <name>AttendanceOptionsDialog</name>
    <message>
        <source>Export attendee summary</source>
        <translation>Exporter le sommaire de la participation</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Masquer les nombres inférieurs à</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Masquer les nombres inférieurs à&#xa0;:</translation>
    </message>
    <message>
        <source>Include the list of &amp;attendees (personal information)</source>
        <translation>Inclure la liste des personnes &amp;participantes (renseignements personnels)</translation>
    </message>
    <message>
        <source>Include attendee names</source>
        <translation>Inclure le nom des personnes participantes</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Participants</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Series totals</source>
        <translation>Totaux de la série</translation>
    </message>
    <message>
        <source>Import an attendance report</source>
        <translation>Importer un rapport de participation</translation>
    </message>
    <message>
        <source>Download the attendance template</source>
        <translation>Télécharger le modèle de rapport de participation</translation>
    </message>
    <message>
        <source>Remove personal &amp;data…</source>
        <translation>Supprimer les rensei&amp;gnements personnels…</translation>
    </message>
    <message>
        <source>Remove names and e-mails of the series</source>
        <translation>Supprimer les noms et les courriels de la série</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Figures per webinar</source>
        <translation>Chiffres par webinaire</translation>
    </message>
    <message>
        <source>Participants per webinar</source>
        <translation>Participation par webinaire</translation>
    </message>
    <message>
        <source>Participants by sector and webinar</source>
        <translation>Participation par secteur et par webinaire</translation>
    </message>
    <message>
        <source>Where the sector figures come from</source>
        <translation>D&apos;où viennent les chiffres par secteur</translation>
    </message>
    <message>
        <source>Participants by sector</source>
        <translation>Participation par secteur</translation>
    </message>
    <message>
        <source>Per webinar</source>
        <translation>Par webinaire</translation>
    </message>
    <message>
        <source>Participants per webinar (reported)</source>
        <translation>Participation par webinaire (déclarée)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Attendance pages</source>
        <translation>Pages de la participation</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Som&amp;maire</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>So&amp;ndage</translation>
    </message>
    <message>
        <source>Entered fi&amp;gures</source>
        <translation>C&amp;hiffres saisis</translation>
    </message>
    <message>
        <source>U&amp;nclassified</source>
        <translation>Sans s&amp;ecteur</translation>
    </message>
    <message>
        <source>Sect&amp;ors and rules</source>
        <translation>Secteurs et r&amp;ègles</translation>
    </message>
    <message>
        <source>Attendee &amp;list</source>
        <translation>&amp;Liste des personnes participantes</translation>
    </message>
    <message>
        <source>Compare editions</source>
        <translation>Comparer les éditions</translation>
    </message>
    <message>
        <source>Attendance figures</source>
        <translation>Chiffres de participation</translation>
    </message>
    <message>
        <source>Reading the attendance figures</source>
        <translation>Lecture des chiffres de participation</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non déclarée</translation>
    </message>
    <message>
        <source>Participants: %1 reported · %2 counted from imported records</source>
        <translation>Participation&#xa0;: %1 déclarée · %2 comptée dans les relevés importés</translation>
    </message>
    <message>
        <source>Participants: %1 reported</source>
        <translation>Participation&#xa0;: %1 déclarée</translation>
    </message>
    <message>
        <source>Attended per webinar (counted from imported records)</source>
        <translation>Présences par webinaire (comptées dans les relevés importés)</translation>
    </message>
    <message>
        <source>Counted from imported records; each webinar&apos;s total is its attendance. Figures entered by hand are on the Entered figures page.</source>
        <translation>Compté dans les relevés importés; le total de chaque webinaire est sa présence. Les chiffres saisis à la main sont à la page Chiffres saisis.</translation>
    </message>
    <message>
        <source>As reported (entered by hand).</source>
        <translation>Tel que déclaré (saisi à la main).</translation>
    </message>
    <message>
        <source>Remove the names, e-mails and organizations of %1 attendance records of this series? Counts, sectors and totals are kept.</source>
        <translation>Supprimer les noms, les courriels et les organisations de %1&#xa0;registres de participation de cette série? Les nombres, les secteurs et les totaux sont conservés.</translation>
    </message>
    <message>
        <source>Personal data removed from %1 records. The records were anonymized on the team database and its attendance table vacuumed. The server&apos;s own backups, archived write-ahead log and replicas may still hold the removed names and e-mails until they expire: ask the database administrator.</source>
        <translation>Renseignements personnels retirés de %1&#xa0;registres. Les registres ont été anonymisés dans la base de données d&apos;équipe et sa table de participation a été nettoyée (VACUUM). Les copies de sauvegarde du serveur, ses journaux de transactions archivés et ses répliques peuvent encore contenir les noms et les courriels retirés jusqu&apos;à leur expiration&#xa0;: adressez-vous à l&apos;administration de la base de données.</translation>
    </message>
    <message>
        <source>Removing personal data</source>
        <translation>Suppression des renseignements personnels</translation>
    </message>
    <message>
        <source>Webinar %1: %2</source>
        <translation>Webinaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Do&amp;wnload template…</source>
        <translation>&amp;Télécharger le modèle…</translation>
    </message>
    <message>
        <source>Attendance
rate</source>
        <translation>Taux de
présence</translation>
    </message>
    <message>
        <source>Average
minutes</source>
        <translation>Minutes en
moyenne</translation>
    </message>
    <message>
        <source>No series selected: choose one on the Series tab, then Import… the attendance report of each of its webinars.</source>
        <translation>Aucune série sélectionnée&#xa0;: choisissez-en une dans l&apos;onglet Séries, puis importez (Importer…) le rapport de participation de chacun de ses webinaires.</translation>
    </message>
    <message>
        <source>Total attendances: %1 · Unique participants (by e-mail): %2 · Came to two or more webinars: %3 · Reported: %4</source>
        <translation>Total des présences&#xa0;: %1 · Personnes distinctes (selon le courriel)&#xa0;: %2 · Présentes à deux webinaires ou plus&#xa0;: %3 · Participation déclarée&#xa0;: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No attendance records imported yet; the figures shown were entered by hand.</source>
        <translation>Aucun registre de participation n&apos;a encore été importé; les chiffres affichés ont été saisis à la main.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: after a webinar, Import… its attendance report (Zoom, Teams, Eventbrite or the template from Download template…), or type the totals on the Entered figures page.</source>
        <translation>Rien n&apos;est encore consigné&#xa0;: après un webinaire, importez (Importer…) son rapport de participation (Zoom, Teams, Eventbrite ou le modèle obtenu avec Télécharger le modèle…), ou saisissez les totaux à la page Chiffres saisis.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste des personnes participantes</translation>
    </message>
    <message>
        <source>Loading the attendee list</source>
        <translation>Chargement de la liste des personnes participantes</translation>
    </message>
    <message>
        <source>Stored %1 attendance records for %2</source>
        <translation>%1&#xa0;registres de participation enregistrés pour %2</translation>
    </message>
    <message>
        <source>Save the attendance template</source>
        <translation>Enregistrer le modèle de rapport de participation</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Télécharger le modèle</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Supprimer les renseignements personnels</translation>
    </message>
    <message>
        <source>No names or e-mails are stored for this series.</source>
        <translation>Aucun nom ni courriel n&apos;est conservé pour cette série.</translation>
    </message>
    <message>
        <source>Personal data removed from %1 records; the file was scrubbed and checked.</source>
        <translation>Renseignements personnels supprimés de %1&#xa0;registres; le fichier a été nettoyé et vérifié.</translation>
    </message>
    <message>
        <source>The names and e-mails were removed from the records, but the file still holds copies of them because another program or window is reading it. Close it, then choose Yes. Try again now?</source>
        <translation>Les noms et les courriels ont été supprimés des registres, mais le fichier en contient encore des copies parce qu&apos;un autre programme ou une autre fenêtre le lit. Fermez-le, puis choisissez Oui. Réessayer maintenant?</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <source>Search names, e-mails, organizations…</source>
        <translation>Rechercher des noms, des courriels, des organisations…</translation>
    </message>
    <message>
        <source>Search attendees</source>
        <translation>Rechercher des personnes participantes</translation>
    </message>
    <message>
        <source>Attendees shown</source>
        <translation>Personnes participantes affichées</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Personnes participantes</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 registres sur %2</translation>
    </message>
</context>
<context>
    <name>AttendeeListModel</name>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Sorting and filtering the attendee list</source>
        <translation>Tri et filtrage de la liste des personnes participantes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Edit availability window</source>
        <translation>Modifier la plage de disponibilité</translation>
    </message>
    <message>
        <source>Only at &amp;daily hours</source>
        <translation>Seulement à certaines &amp;heures de la journée</translation>
    </message>
    <message>
        <source>the person&apos;s own zone</source>
        <translation>le fuseau de la personne</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Type de plage</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Plage du</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Plage au</translation>
    </message>
    <message>
        <source>Only at daily hours</source>
        <translation>Seulement à certaines heures de la journée</translation>
    </message>
    <message>
        <source>Daily from</source>
        <translation>Chaque jour de</translation>
    </message>
    <message>
        <source>Daily to</source>
        <translation>Chaque jour jusqu&apos;à</translation>
    </message>
    <message>
        <source>Window time zone</source>
        <translation>Fuseau horaire de la plage</translation>
    </message>
    <message>
        <source>Window note</source>
        <translation>Note sur la plage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Fuseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>Enregistrer la plage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Daily hours</source>
        <translation>Heures de la journée</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Fuseau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Availability windows</source>
        <translation>Plages de disponibilité</translation>
    </message>
    <message>
        <source>Edit window</source>
        <translation>Modifier la plage</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Type de plage</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Plage du</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Plage au</translation>
    </message>
    <message>
        <source>Daily hours:</source>
        <translation>Heures de la journée&#xa0;:</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Edit window…</source>
        <translation>Modifier la plage…</translation>
    </message>
    <message>
        <source>Only at daily hours</source>
        <translation>Seulement à certaines heures de la journée</translation>
    </message>
    <message>
        <source>Daily from</source>
        <translation>Chaque jour de</translation>
    </message>
    <message>
        <source>Daily to</source>
        <translation>Chaque jour jusqu&apos;à</translation>
    </message>
    <message>
        <source>Window note</source>
        <translation>Note sur la plage</translation>
    </message>
    <message>
        <source>Add availability window</source>
        <translation>Ajouter une plage de disponibilité</translation>
    </message>
    <message>
        <source>Remove availability window</source>
        <translation>Retirer la plage de disponibilité</translation>
    </message>
    <message>
        <source>Edit availability window</source>
        <translation>Modifier la plage de disponibilité</translation>
    </message>
    <message>
        <source>Edit the selected window (F2)</source>
        <translation>Modifier la plage sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Retirer la plage</translation>
    </message>
    <message>
        <source>Remove the selected window (Delete)</source>
        <translation>Retirer la plage sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No counts to chart yet: import an attendance report, or enter counts on the Entered figures page.</source>
        <translation>Aucun nombre à représenter pour l&apos;instant&#xa0;: importez un rapport de participation ou saisissez des nombres à la page Chiffres saisis.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a presenter</source>
        <translation>Réserver une personne conférencière</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Webinar %1 · %2</source>
        <translation>Webinaire %1 · %2</translation>
    </message>
    <message>
        <source>A &amp;person</source>
        <translation>Une &amp;personne</translation>
    </message>
    <message>
        <source>An organi&amp;zation as a body</source>
        <translation>Une organi&amp;sation en tant que telle</translation>
    </message>
    <message>
        <source>Book a person</source>
        <translation>Réserver une personne</translation>
    </message>
    <message>
        <source>Book an organization</source>
        <translation>Réserver une organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>État de la réservation</translation>
    </message>
    <message>
        <source>Booking note</source>
        <translation>Note sur la réservation</translation>
    </message>
    <message>
        <source>P&amp;resentation:</source>
        <translation>P&amp;résentation&#xa0;:</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Personne conférencière&#xa0;:</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsonne&#xa0;:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>Presenter</source>
        <translation>Personne conférencière</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>New booking status</source>
        <translation>Nouvel état de la réservation</translation>
    </message>
    <message>
        <source>Booking note</source>
        <translation>Note sur la réservation</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Set booking status and note</source>
        <translation>Changer l&apos;état et la note de la réservation</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>Réser&amp;ver…</translation>
    </message>
    <message>
        <source>Book a presenter</source>
        <translation>Réserver une personne conférencière</translation>
    </message>
    <message>
        <source>Remo&amp;ve booking</source>
        <translation>Retirer la réservation</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>Retirer la réservation</translation>
    </message>
    <message>
        <source>Bookings of “%1”</source>
        <translation>Réservations pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Bookings of %1 in this series</source>
        <translation>Réservations de %1 dans cette série</translation>
    </message>
    <message>
        <source>Change the status of %1 to %2</source>
        <translation>Passer la réservation de %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Change the booking note of %1</source>
        <translation>Modifier la note de réservation de %1</translation>
    </message>
    <message>
        <source>Booking not changed</source>
        <translation>Réservation non modifiée</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>Retirer %1 de «&#xa0;%2&#xa0;»?</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”</source>
        <translation>Retirer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Booking not removed</source>
        <translation>Réservation non retirée</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone to next year</source>
        <translation>Reporter à l&apos;année suivante</translation>
    </message>
    <message>
        <source>Plan a new series from “%1” (%2). Webinars and the agenda skeleton always come along; the %2 series is not changed.</source>
        <translation>Planifier une nouvelle série à partir de «&#xa0;%1&#xa0;» (%2). Les webinaires et le squelette des ordres du jour sont toujours repris; la série %2 reste inchangée.</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Nouvelle année</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Same &amp;weekday and week of the month (a 4th Tuesday stays a 4th Tuesday)</source>
        <translation>Même &amp;jour de la semaine et même semaine du mois (un 4e&#xa0;mardi reste un 4e&#xa0;mardi)</translation>
    </message>
    <message>
        <source>&amp;52 weeks later</source>
        <translation>&amp;52&#xa0;semaines plus tard</translation>
    </message>
    <message>
        <source>Presentation &amp;titles (as placeholders)</source>
        <translation>&amp;Titres des présentations (comme titres provisoires)</translation>
    </message>
    <message>
        <source>&amp;Partner collaborations (reset to “proposed”)</source>
        <translation>Collaborations des &amp;partenaires (remises à «&#xa0;proposée&#xa0;»)</translation>
    </message>
    <message>
        <source>P&amp;resenters (bookings reset to “to invite”)</source>
        <translation>Personnes &amp;conférencières (réservations remises à «&#xa0;à inviter&#xa0;»)</translation>
    </message>
    <message>
        <source>Dates: same weekday and week of the month</source>
        <translation>Dates&#xa0;: même jour de la semaine et même semaine du mois</translation>
    </message>
    <message>
        <source>Dates: 52 weeks later</source>
        <translation>Dates&#xa0;: 52&#xa0;semaines plus tard</translation>
    </message>
    <message>
        <source>Carry presentation titles</source>
        <translation>Reprendre les titres des présentations</translation>
    </message>
    <message>
        <source>Carry partner collaborations</source>
        <translation>Reprendre les collaborations des partenaires</translation>
    </message>
    <message>
        <source>Carry presenters</source>
        <translation>Reprendre les personnes conférencières</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>New &amp;year:</source>
        <translation>Nouvelle a&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>New t&amp;itle:</source>
        <translation>Nouveau t&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>How dates move:</source>
        <translation>Déplacement des dates&#xa0;:</translation>
    </message>
    <message>
        <source>Also carry:</source>
        <translation>Reprendre aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Select a series to clone first.</source>
        <translation>Sélectionnez d&apos;abord une série à reporter.</translation>
    </message>
    <message>
        <source>Clone “%1” to %2</source>
        <translation>Reporter «&#xa0;%1&#xa0;» à %2</translation>
    </message>
</context>
<context>
    <name>CoHostPanel</name>
    <message>
        <source>Co-hosting partner organizations</source>
        <translation>Organisations partenaires coanimatrices</translation>
    </message>
    <message>
        <source>Organization to add as co-host</source>
        <translation>Organisation à ajouter à la coanimation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the organization as co-host</source>
        <translation>Ajouter l&apos;organisation à la coanimation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected co-host</source>
        <translation>Retirer l&apos;organisation coanimatrice sélectionnée</translation>
    </message>
    <message>
        <source>Choose an organization…</source>
        <translation>Choisissez une organisation…</translation>
    </message>
</context>
<context>
    <name>CollaborationDialog</name>
    <message>
        <source>New collaboration</source>
        <translation>Nouvelle collaboration</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Modifier la collaboration</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Webinar %1: %2</source>
        <translation>Webinaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no contact person)</source>
        <translation>(aucune personne-ressource)</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Pas encore d&apos;entente</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Series or webinar</source>
        <translation>Série ou webinaire</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Personne-ressource&#xa0;:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>&amp;Agreement date:</source>
        <translation>Date de l&apos;&amp;entente&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date de l&apos;entente</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (another organization)</source>
        <translation>%1 (autre organisation)</translation>
    </message>
</context>
<context>
    <name>CollaborationsPanel</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Mesures en attente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>Add colla&amp;boration…</source>
        <translation>Ajouter une colla&amp;boration…</translation>
    </message>
    <message>
        <source>Add collaboration</source>
        <translation>Ajouter une collaboration</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Modifier la collaboration</translation>
    </message>
    <message>
        <source>Edit collaboration…</source>
        <translation>Modifier la collaboration…</translation>
    </message>
    <message>
        <source>&amp;Delete collaboration…</source>
        <translation>Supprimer &amp;la collaboration…</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Supprimer la collaboration</translation>
    </message>
    <message>
        <source>Details of the collaboration</source>
        <translation>Détails de la collaboration</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Mesures à prendre</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>No organizations yet: New… adds one (a police service, a ministry, an NGO…); then record what it does in the selected series with Add collaboration….</source>
        <translation>Aucune organisation pour l&apos;instant&#xa0;: Nouvelle… en ajoute une (un service de police, un ministère, une ONG…); consignez ensuite son rôle dans la série sélectionnée avec Ajouter une collaboration….</translation>
    </message>
    <message>
        <source>Select an organization and a series to see its collaborations.</source>
        <translation>Sélectionnez une organisation et une série pour en voir les collaborations.</translation>
    </message>
    <message>
        <source>Collaborations of %1 in %2 (%3)</source>
        <translation>Collaborations de %1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>No collaborations of %1 in %2 (%3) yet: Add collaboration… records one (a co-host, a presenting organization, a strategy partner…).</source>
        <translation>Aucune collaboration de %1 dans %2 (%3) pour l&apos;instant&#xa0;: Ajouter une collaboration… en consigne une (coanimation, organisation présentatrice, partenaire de la Stratégie…).</translation>
    </message>
    <message>
        <source>New collaboration</source>
        <translation>Nouvelle collaboration</translation>
    </message>
    <message>
        <source>Delete the collaboration “%1, %2” with its %3 open action(s) and its contact log?</source>
        <translation>Supprimer la collaboration «&#xa0;%1, %2&#xa0;», avec ses mesures en attente (%3) et son journal des contacts?</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Editions to compare</source>
        <translation>Éditions à comparer</translation>
    </message>
    <message>
        <source>Check two or more editions (Space checks the current one)</source>
        <translation>Cochez au moins deux éditions (la barre d&apos;espacement coche l&apos;édition courante)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Masquer les nombres inférieurs à</translation>
    </message>
    <message>
        <source>E&amp;xport comparison…</source>
        <translation>E&amp;xporter la comparaison…</translation>
    </message>
    <message>
        <source>Write the comparison workbook</source>
        <translation>Écrire le classeur de comparaison</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Comparison of editions</source>
        <translation>Comparaison des éditions</translation>
    </message>
    <message>
        <source>Notes on the comparison</source>
        <translation>Notes sur la comparaison</translation>
    </message>
    <message>
        <source>Participants per edition</source>
        <translation>Participation par édition</translation>
    </message>
    <message>
        <source>Sector shares per edition</source>
        <translation>Parts des secteurs par édition</translation>
    </message>
    <message>
        <source>Survey agreement per edition</source>
        <translation>Accord au sondage par édition</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Sector shares</source>
        <translation>Parts des secteurs</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <source>Hide counts &amp;below:</source>
        <translation>Masquer les nombres inférie&amp;urs à&#xa0;:</translation>
    </message>
    <message>
        <source>Compare editions</source>
        <translation>Comparer les éditions</translation>
    </message>
    <message>
        <source>Reading the series</source>
        <translation>Lecture des séries</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Comparing the editions</source>
        <translation>Comparaison des éditions</translation>
    </message>
    <message>
        <source>Check two or more editions to compare them. Editions of the selected series (series with the same title) are checked for you; any series can be compared.</source>
        <translation>Cochez au moins deux éditions pour les comparer. Les éditions de la série sélectionnée (séries de même titre) sont cochées pour vous; toute série peut être comparée.</translation>
    </message>
    <message>
        <source>Counts below %1 are hidden, with the shares and changes that would reveal them.</source>
        <translation>Les nombres inférieurs à %1 sont masqués, ainsi que les parts et variations qui les révéleraient.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Change
(%)</source>
        <translation>Variation
(%)</translation>
    </message>
    <message>
        <source>Change
%1–%2</source>
        <translation>Variation
%1–%2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>close to %1</source>
        <translation>près de %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Search conflicts…</source>
        <translation>Rechercher des conflits…</translation>
    </message>
    <message>
        <source>Conflicts summary</source>
        <translation>Sommaire des conflits</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking conflicts</source>
        <translation>Vérification des conflits</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not check conflicts.</source>
        <translation>Impossible de vérifier les conflits.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Se connecter à une base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Your name in the change log</source>
        <translation>Votre nom dans le journal des modifications</translation>
    </message>
    <message>
        <source>your database login name</source>
        <translation>votre nom d&apos;utilisateur de la base de données</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name for the team:</source>
        <translation>Votre &amp;nom pour l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>The database administrator gives you the URL, for example postgresql://alice@db.example.ca/ocse?sslmode=verify-full, or postgresql:///?service=ocse for a service in pg_service.conf. Your password is never stored: it is taken from ~/.pgpass or PGPASSWORD, or asked for when you connect. Your name is shown to the others next to your changes.</source>
        <translation>L&apos;administration de la base de données vous fournit l&apos;URL, par exemple postgresql://alice@db.example.ca/ocse?sslmode=verify-full, ou postgresql:///?service=ocse pour un service de pg_service.conf. Votre mot de passe n&apos;est jamais conservé&#xa0;: il est lu dans ~/.pgpass ou PGPASSWORD, ou demandé à la connexion. Votre nom est montré aux autres à côté de vos modifications.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>A team database URL starts with postgresql: (for example postgresql://alice@db.example.ca/ocse).</source>
        <translation>L&apos;URL d&apos;une base de données d&apos;équipe commence par postgresql: (par exemple postgresql://alice@db.example.ca/ocse).</translation>
    </message>
</context>
<context>
    <name>ContactEntryDialog</name>
    <message>
        <source>Edit contact log entry</source>
        <translation>Modifier l&apos;entrée du journal des contacts</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Moyen&#xa0;:</translation>
    </message>
    <message>
        <source>Call, e-mail or meeting</source>
        <translation>Appel, courriel ou réunion</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ContactLogPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>New contact: date</source>
        <translation>Nouveau contact&#xa0;: date</translation>
    </message>
    <message>
        <source>New contact: call, e-mail or meeting</source>
        <translation>Nouveau contact&#xa0;: appel, courriel ou réunion</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <source>New contact: summary</source>
        <translation>Nouveau contact&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Log &amp;contact</source>
        <translation>Consi&amp;gner un contact</translation>
    </message>
    <message>
        <source>Add contact log entry</source>
        <translation>Ajouter une entrée au journal des contacts</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Retirer l&apos;entré&amp;e</translation>
    </message>
    <message>
        <source>Remove the selected contact log entry</source>
        <translation>Retirer l&apos;entrée sélectionnée du journal des contacts</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Retirer l&apos;entrée sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <source>Edit the selected contact log entry</source>
        <translation>Modifier l&apos;entrée sélectionnée du journal des contacts</translation>
    </message>
    <message>
        <source>Edit the selected entry (F2)</source>
        <translation>Modifier l&apos;entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Remove contact log entry</source>
        <translation>Retirer l&apos;entrée du journal des contacts</translation>
    </message>
    <message>
        <source>Remove the entry “%1”?</source>
        <translation>Retirer l&apos;entrée «&#xa0;%1&#xa0;»?</translation>
    </message>
    <message>
        <source>Edit contact log entry</source>
        <translation>Modifier l&apos;entrée du journal des contacts</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy planner to</source>
        <translation>Copier la planification vers</translation>
    </message>
    <message>
        <source>Copy the whole planner %1 (every table, every row) to:</source>
        <translation>Copier toute la planification %1 (chaque table, chaque ligne) vers&#xa0;:</translation>
    </message>
    <message>
        <source>A planner &amp;file</source>
        <translation>Un &amp;fichier de planification</translation>
    </message>
    <message>
        <source>A &amp;team database</source>
        <translation>Une base de données d&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>Planner file to write</source>
        <translation>Fichier de planification à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>URL de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Replace a planner already there (a replaced file is kept as a backup)</source>
        <translation>&amp;Remplacer la planification qui s&apos;y trouve (un fichier remplacé est conservé en copie de sauvegarde)</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Choose a file name, or a team database URL starting with postgresql:.</source>
        <translation>Choisissez un nom de fichier, ou l&apos;URL d&apos;une base de données d&apos;équipe commençant par postgresql:.</translation>
    </message>
    <message>
        <source>Copying the planner</source>
        <translation>Copie de la planification</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3. Checked: the row count of every table and the content hash are the same on both sides.</source>
        <translation>%1&#xa0;lignes de %2&#xa0;tables copiées vers %3. Vérification&#xa0;: le nombre de lignes de chaque table et l&apos;empreinte du contenu sont les mêmes des deux côtés.</translation>
    </message>
    <message>
        <source>The planner it replaced was kept as %1.</source>
        <translation>La planification remplacée a été conservée sous %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Pas de copie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OCSE Planner files (*.db *.sqlite *.ocse);;All files (*)</source>
        <translation>Fichiers OCSE Planner (*.db *.sqlite *.ocse);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attendance reports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Rapports de participation (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Discard the change</source>
        <translation>&amp;Abandonner la modification</translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation>&amp;Y revenir</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open planner file</source>
        <translation>Ouvrir un fichier de planification</translation>
    </message>
    <message>
        <source>Choose an attendance report</source>
        <translation>Choisir un rapport de participation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DoneOnDelegate</name>
    <message>
        <source>Day it was done</source>
        <translation>Jour où c&apos;est fait</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Présentations</translation>
    </message>
</context>
<context>
    <name>EnteredFiguresPage</name>
    <message>
        <source>Reported total of</source>
        <translation>Total déclaré pour</translation>
    </message>
    <message>
        <source>Participants reported for:</source>
        <translation>Participation déclarée pour&#xa0;:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non déclarée</translation>
    </message>
    <message>
        <source>Participants reported</source>
        <translation>Participation déclarée</translation>
    </message>
    <message>
        <source>Save total</source>
        <translation>Enregistrer le total</translation>
    </message>
    <message>
        <source>Save the reported total</source>
        <translation>Enregistrer le total déclaré</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>named, not counted</source>
        <translation>nommé, non dénombré</translation>
    </message>
    <message>
        <source>Entered sector counts</source>
        <translation>Nombres saisis par secteur</translation>
    </message>
    <message>
        <source>Enter a &amp;count…</source>
        <translation>Saisir &amp;un nombre…</translation>
    </message>
    <message>
        <source>Enter a sector count</source>
        <translation>Saisir un nombre par secteur</translation>
    </message>
    <message>
        <source>Remove count</source>
        <translation>Retirer le nombre</translation>
    </message>
    <message>
        <source>Remove the sector count</source>
        <translation>Retirer le nombre par secteur</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Sector count</source>
        <translation>Nombre par secteur</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>“%1” failed because of a fault in OCSE Planner:
%2</source>
        <translation>«&#xa0;%1&#xa0;» a échoué à cause d&apos;une défaillance d&apos;OCSE Planner&#xa0;:
%2</translation>
    </message>
    <message>
        <source>An action failed because of a fault in OCSE Planner:
%1</source>
        <translation>Une action a échoué à cause d&apos;une défaillance d&apos;OCSE Planner&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Your planner file is safe: each change is saved as you make it, and the change that failed was not saved in part.</source>
        <translation>Votre fichier de planification est intact&#xa0;: chaque modification est enregistrée au fur et à mesure, et la modification qui a échoué n&apos;a pas été enregistrée en partie.</translation>
    </message>
    <message>
        <source>The details are in the log file %1; please send it along when you report the problem.</source>
        <translation>Les détails se trouvent dans le fichier journal %1; veuillez le joindre lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <source>The details were written to the application log.</source>
        <translation>Les détails ont été consignés dans le journal de l&apos;application.</translation>
    </message>
    <message>
        <source>%1 more faults happened since; they are in the log too.</source>
        <translation>%1&#xa0;autres défaillances se sont produites depuis; elles figurent aussi dans le journal.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Background work (%1)</source>
        <translation>Travail en arrière-plan (%1)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>Agenda as &amp;PDF…</source>
        <translation>Ordre du jour en &amp;PDF…</translation>
    </message>
    <message>
        <source>Attendee &amp;summary…</source>
        <translation>&amp;Sommaire de la participation…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>&amp;Directories…</source>
        <translation>Ré&amp;pertoires…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <source>C&amp;omparison…</source>
        <translation>Co&amp;mparaison des éditions…</translation>
    </message>
    <message>
        <source>Re&amp;lease agenda…</source>
        <translation>&amp;Diffuser l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>Im&amp;primer l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a series on the Series tab first.</source>
        <translation>Choisissez d&apos;abord une série dans l&apos;onglet Séries.</translation>
    </message>
    <message>
        <source>Release %1 of %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <source>Webinar %1: %2</source>
        <translation>Webinaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agenda timing</source>
        <translation>Horaire de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The agendas have items that overlap or leave time unplanned:
%1

The file notes them on their rows. Export anyway?</source>
        <translation>Des points des ordres du jour se chevauchent ou laissent du temps sans rien de prévu&#xa0;:
%1

Le fichier les signale sur leurs lignes. Exporter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Export agenda as PDF</source>
        <translation>Exporter l&apos;ordre du jour en PDF</translation>
    </message>
    <message>
        <source>The agenda is open in your PDF viewer: print it from there (%1).</source>
        <translation>L&apos;ordre du jour est ouvert dans votre visionneuse PDF&#xa0;: imprimez-le à partir de celle-ci (%1).</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Imprimer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened. The agenda was written to %1; open it with any PDF viewer to print it.</source>
        <translation>Aucune visionneuse PDF n&apos;a pu être ouverte. L&apos;ordre du jour a été écrit dans %1; ouvrez-le avec une visionneuse PDF pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Export attendee summary</source>
        <translation>Exporter le sommaire de la participation</translation>
    </message>
    <message>
        <source>… and %1 more (all are listed with the conflicts).</source>
        <translation>… et %1 de plus (tous figurent parmi les conflits).</translation>
    </message>
    <message>
        <source>French text missing</source>
        <translation>Texte français manquant</translation>
    </message>
    <message>
        <source>These texts have no French yet:
%1

The document shows their English, marked [EN]. Export anyway?</source>
        <translation>Ces textes n’ont pas encore de français&#xa0;:
%1

Le document en affiche l’anglais, marqué [EN]. Exporter quand même?</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export directories</source>
        <translation>Exporter les répertoires</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Check two or more editions on Attendance ▸ Compare editions first.</source>
        <translation>Cochez d&apos;abord au moins deux éditions dans Participation ▸ Comparer les éditions.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Note for this agenda release (optional):</source>
        <translation>Note sur cette version de l&apos;ordre du jour (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Release the agenda of “%1”</source>
        <translation>Diffuser l&apos;ordre du jour de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Release agenda</source>
        <translation>Diffuser l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda release %1 recorded with %2 presentations. The next agenda export can list the changes since it.</source>
        <translation>Version %1 de l&apos;ordre du jour consignée avec %2&#xa0;présentations. La prochaine exportation de l&apos;ordre du jour pourra énumérer les changements apportés depuis.</translation>
    </message>
</context>
<context>
    <name>FigureDialogs</name>
    <message>
        <source>The whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>%1 is on a network drive (%2). Two computers using this file at the same time can damage it; keep the planner file on this computer&apos;s disk and share copies.</source>
        <translation>%1 se trouve sur un lecteur réseau (%2). Si deux ordinateurs utilisent ce fichier en même temps, il peut être endommagé; gardez le fichier de planification sur le disque de cet ordinateur et partagez-en des copies.</translation>
    </message>
    <message>
        <source>File on a network drive</source>
        <translation>Fichier sur un lecteur réseau</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Supprimer les renseignements personnels</translation>
    </message>
    <message>
        <source>%1 backups taken before this purge still hold the removed personal data. Delete them?</source>
        <translation>%1&#xa0;copies de sauvegarde faites avant cette suppression contiennent encore les renseignements personnels supprimés. Les supprimer?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer à partir d&apos;une copie de sauvegarde</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored:
%2

The file was left as it was.</source>
        <translation>La copie de sauvegarde %1 n&apos;a pas pu être restaurée&#xa0;:
%2

Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>Restored the backup %1</source>
        <translation>Copie de sauvegarde %1 restaurée</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Presenter</source>
        <translation>Personne conférencière</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Webinar starts</source>
        <translation>Début du webinaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow up after days</source>
        <translation>Relancer après (jours)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Follow up invitations unanswered after:</source>
        <translation>Relancer les invitations sans réponse après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>1. Plan next year&apos;s series</source>
        <translation>1. Planifier la série de l&apos;an prochain</translation>
    </message>
    <message>
        <source>On the Series tab, select last year&apos;s series and choose Series ▸ Clone to next year…: the webinars and their agendas are copied with dates on the same weekdays. Or click New series to start from nothing.</source>
        <translation>Dans l&apos;onglet Séries, sélectionnez la série de l&apos;an dernier et choisissez Série ▸ Reporter à l&apos;année suivante…&#xa0;: les webinaires et leur ordre du jour sont copiés, aux mêmes jours de la semaine. Ou cliquez sur Nouvelle série pour partir de zéro.</translation>
    </message>
    <message>
        <source>Edit the series in the form below the list: title, host organization, objectives. Each field is saved when you leave it; Edit ▸ Undo takes a change back.</source>
        <translation>Modifiez la série dans le formulaire sous la liste&#xa0;: titre, organisation hôte, objectifs. Chaque champ est enregistré lorsque vous le quittez; Édition ▸ Annuler revient sur une modification.</translation>
    </message>
    <message>
        <source>On the Sessions tab, give each webinar its date, start time and co-hosts, and build its running agenda: Ctrl+Ins adds an item, Alt+Up and Alt+Down move it, F2 edits a cell. The clock times follow by themselves.</source>
        <translation>Dans l&apos;onglet Séances, donnez à chaque webinaire sa date, son heure de début et sa coanimation, et construisez son ordre du jour détaillé&#xa0;: Ctrl+Inser ajoute un point, Alt+Haut et Alt+Bas le déplacent, F2 modifie une cellule. Les heures se calculent d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>2. Schedule presenters</source>
        <translation>2. Planifier les personnes conférencières</translation>
    </message>
    <message>
        <source>On the Presenters tab, find a person in the directory or add one: fill in the person form and press Save person (Ctrl+Return).</source>
        <translation>Dans l&apos;onglet Personnes conférencières, trouvez une personne dans le répertoire ou ajoutez-en une&#xa0;: remplissez la fiche et appuyez sur Enregistrer la personne (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Drag the person onto a slot of the timetable, or select the slot and press Book… (Ctrl+B). A slot&apos;s colour shows the booking status: to invite, invited, confirmed.</source>
        <translation>Faites glisser la personne sur un créneau de l&apos;horaire, ou sélectionnez le créneau et appuyez sur Réserver… (Ctrl+B). La couleur du créneau montre l&apos;état de la réservation&#xa0;: à inviter, invitation envoyée, confirmée.</translation>
    </message>
    <message>
        <source>As presenters answer, select the booking and set its status. Conflicts lists double bookings and times outside a person&apos;s availability; Follow-ups lists invitations still without an answer.</source>
        <translation>À mesure que les personnes répondent, sélectionnez la réservation et changez son état. Conflits énumère les doubles réservations et les heures hors des disponibilités d&apos;une personne; Suivis énumère les invitations toujours sans réponse.</translation>
    </message>
    <message>
        <source>3. Export the agenda</source>
        <translation>3. Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>File ▸ Export ▸ Agenda… writes a workbook for partners: a cover sheet and one sheet per webinar. Agenda as PDF… writes the same agenda as a PDF, and File ▸ Print agenda… opens it in your PDF viewer to print.</source>
        <translation>Fichier ▸ Exporter ▸ Ordre du jour… écrit un classeur destiné aux partenaires&#xa0;: une page couverture et une feuille par webinaire. Ordre du jour en PDF… écrit le même ordre du jour en PDF, et Fichier ▸ Imprimer l&apos;ordre du jour… l&apos;ouvre dans votre visionneuse PDF pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>An internal copy adds each presenter&apos;s booking status. File ▸ Export ▸ Release agenda… records what was sent, so the next export can list the changes since.</source>
        <translation>Une copie interne ajoute l&apos;état de la réservation de chaque personne conférencière. Fichier ▸ Exporter ▸ Diffuser l&apos;ordre du jour… consigne ce qui a été envoyé, pour que la prochaine exportation puisse énumérer les changements apportés depuis.</translation>
    </message>
    <message>
        <source>After each webinar</source>
        <translation>Après chaque webinaire</translation>
    </message>
    <message>
        <source>On the Attendance tab, Import… reads the platform&apos;s attendance report (Zoom, Teams, Eventbrite or the template); the summary, sectors and survey figures follow.</source>
        <translation>Dans l&apos;onglet Participation, Importer… lit le rapport de participation de la plateforme (Zoom, Teams, Eventbrite ou le modèle); le sommaire, les secteurs et les chiffres du sondage suivent.</translation>
    </message>
    <message>
        <source>Everything is kept in one planner file on this computer and saved as you go. To try things out first, choose File ▸ Open the demo.</source>
        <translation>Tout est conservé dans un seul fichier de planification sur cet ordinateur et enregistré au fur et à mesure. Pour faire d&apos;abord un essai, choisissez Fichier ▸ Ouvrir la démonstration.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Importer la participation</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Webinar %1: %2</source>
        <translation>Webinaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the attendance report</source>
        <translation>Choisir le rapport de participation</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Détecter d&apos;après les en-têtes</translation>
    </message>
    <message>
        <source>OCSE Planner template</source>
        <translation>Modèle OCSE Planner</translation>
    </message>
    <message>
        <source>&amp;Webinar:</source>
        <translation>&amp;Webinaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Arrêter la lecture du fichier</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>What will be stored</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importer toutes les lignes</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importer les lignes &amp;valides seulement</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importer les lignes valides seulement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Fermer sans importer</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing attendance</source>
        <translation>Importation de la participation</translation>
    </message>
    <message>
        <source>Remember the columns of %1</source>
        <translation>Mémoriser les colonnes de %1</translation>
    </message>
    <message>
        <source>Not imported: the columns were not mapped.</source>
        <translation>Rien n&apos;a été importé&#xa0;: les colonnes n&apos;ont pas été associées.</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Lecture arrêtée; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Impossible d&apos;importer le fichier</translation>
    </message>
    <message>
        <source>%1 records will be stored for %2: %3 new, %4 updated, %5 unclassified.</source>
        <translation>%1&#xa0;registres seront enregistrés pour %2&#xa0;: %3&#xa0;nouveaux, %4&#xa0;mis à jour, %5&#xa0;sans secteur.</translation>
    </message>
    <message>
        <source>%1 values held control characters or line breaks; they were removed or made spaces.</source>
        <translation>%1&#xa0;valeurs contenaient des caractères de contrôle ou des sauts de ligne; ils ont été supprimés ou remplacés par des espaces.</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>L&apos;aperçu montre les %1&#xa0;premiers.</translation>
    </message>
    <message>
        <source>%1 problems: fix the file, or import the valid rows only.</source>
        <translation>%1&#xa0;problèmes&#xa0;: corrigez le fichier ou importez seulement les lignes valides.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1&#xa0;premiers sont énumérés.</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Importer %1 dans %2</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Write invitations</source>
        <translation>Écrire les invitations</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Follow-up (no answer yet)</source>
        <translation>Suivi (pas encore de réponse)</translation>
    </message>
    <message>
        <source>Confirmation with practical details</source>
        <translation>Confirmation avec les renseignements pratiques</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Thank-you (with the recording or survey link)</source>
        <translation>Remerciement (avec le lien vers l&apos;enregistrement ou le sondage)</translation>
    </message>
    <message>
        <source>Updates: changes and cancellations since sent</source>
        <translation>Mises à jour&#xa0;: changements et annulations depuis l&apos;envoi</translation>
    </message>
    <message>
        <source>Every webinar of the series</source>
        <translation>Tous les webinaires de la série</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>The bookings of %1</source>
        <translation>Les réservations de %1</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des ébauches</translation>
    </message>
    <message>
        <source>Drafts, one per person</source>
        <translation>Ébauches, une par personne</translation>
    </message>
    <message>
        <source>Preview of the selected draft</source>
        <translation>Aperçu de l&apos;ébauche choisie</translation>
    </message>
    <message>
        <source>People left out, with the reason</source>
        <translation>Personnes omises, avec la raison</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Mark the bookings written to as &amp;invited, dated today</source>
        <translation>Marquer les réservations visées comme &amp;invitées, datées d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>É&amp;bauches&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>Personnes &amp;omises&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>É&amp;crire les ébauches</translation>
    </message>
    <message>
        <source>Open fold&amp;er</source>
        <translation>Ouvrir le do&amp;ssier</translation>
    </message>
    <message>
        <source>Open dr&amp;aft</source>
        <translation>Ouvrir l&apos;ébauc&amp;he</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Modè&amp;les…</translation>
    </message>
    <message>
        <source>Preparing the drafts…</source>
        <translation>Préparation des ébauches…</translation>
    </message>
    <message>
        <source>Drafts not prepared</source>
        <translation>Ébauches non préparées</translation>
    </message>
    <message>
        <source>Preparing presenter drafts</source>
        <translation>Préparation des ébauches aux personnes conférencières</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a series on the Series tab first.</source>
        <translation>Choisissez d&apos;abord une série dans l&apos;onglet Séries.</translation>
    </message>
    <message>
        <source>%1 draft(s) to write, %2 person(s) left out.</source>
        <translation>%1 ébauche(s) à écrire, %2 personne(s) omise(s).</translation>
    </message>
    <message>
        <source>Set who the messages come from under Templates… (name, e-mail, signature).</source>
        <translation>Indiquez l&apos;expéditeur des messages sous Modèles… (nom, courriel, signature).</translation>
    </message>
    <message>
        <source>No presenter to write to: invitations go to bookings still “to invite”.</source>
        <translation>Aucune personne à qui écrire&#xa0;: les invitations vont aux réservations encore «&#xa0;à inviter&#xa0;».</translation>
    </message>
    <message>
        <source>No presenter to write to: follow-ups go to bookings invited at least %1 days ago without an answer.</source>
        <translation>Aucune personne à qui écrire&#xa0;: les suivis vont aux réservations invitées il y a au moins %1&#xa0;jours, sans réponse.</translation>
    </message>
    <message>
        <source>No presenter to write to: nothing changed since the invitations were written.</source>
        <translation>Aucune personne à qui écrire&#xa0;: rien n&apos;a changé depuis l&apos;écriture des invitations.</translation>
    </message>
    <message>
        <source>No presenter to write to: this message goes to confirmed presenters.</source>
        <translation>Aucune personne à qui écrire&#xa0;: ce message va aux personnes conférencières confirmées.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>À&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar: %1 event(s), %2</source>
        <translation>Agenda&#xa0;: %1 événement(s), %2</translation>
    </message>
    <message>
        <source>Calendar: none</source>
        <translation>Agenda&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Writing the drafts…</source>
        <translation>Écriture des ébauches…</translation>
    </message>
    <message>
        <source>Write %1 presenter draft(s) and mark invited</source>
        <translation>Écrire %1 ébauche(s) aux personnes conférencières et les marquer invitées</translation>
    </message>
    <message>
        <source>Write %1 presenter draft(s)</source>
        <translation>Écrire %1 ébauche(s) aux personnes conférencières</translation>
    </message>
    <message>
        <source>Drafts written, not recorded</source>
        <translation>Ébauches écrites, non enregistrées</translation>
    </message>
    <message>
        <source>%1 draft(s) written to %2</source>
        <translation>%1 ébauche(s) écrite(s) dans %2</translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation>Ébauches non écrites</translation>
    </message>
    <message>
        <source>Writing presenter drafts</source>
        <translation>Écriture des ébauches aux personnes conférencières</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <source>Agenda item kind</source>
        <translation>Type de point à l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Federal department</source>
        <translation>Ministère fédéral</translation>
    </message>
    <message>
        <source>Police service</source>
        <translation>Service de police</translation>
    </message>
    <message>
        <source>Provincial ministry</source>
        <translation>Ministère provincial</translation>
    </message>
    <message>
        <source>NGO / child-serving organization</source>
        <translation>ONG ou organisme au service des enfants</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Health institution</source>
        <translation>Établissement de santé</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>En planification</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>Mot d&apos;ouverture</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Mot de clôture</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>À inviter</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désistement</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>Coanimation</translation>
    </message>
    <message>
        <source>Presenting organization</source>
        <translation>Organisation présentatrice</translation>
    </message>
    <message>
        <source>Strategy partner</source>
        <translation>Partenaire de la Stratégie</translation>
    </message>
    <message>
        <source>Promotion / outreach</source>
        <translation>Promotion et sensibilisation</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>Domaine de courriel</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>close to %1</source>
        <translation>près de %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sé&amp;ances</translation>
    </message>
    <message>
        <source>&amp;Presenters</source>
        <translation>Personnes &amp;conférencières</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Participati&amp;on</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Fichier ouvert</translation>
    </message>
    <message>
        <source>Planner mode</source>
        <translation>Mode de la planification</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Se connec&amp;ter à une base de données d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Copy planner to…</source>
        <translation>&amp;Copier la planification vers…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer à partir d&apos;une copie de &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Import attendance…</source>
        <translation>&amp;Importer la participation…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Se&amp;ries</source>
        <translation>Sé&amp;rie</translation>
    </message>
    <message>
        <source>&amp;Clone to next year…</source>
        <translation>&amp;Reporter à l&apos;année suivante…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About OCSE Planner</source>
        <translation>&amp;À propos d&apos;OCSE Planner</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Se connecter à une base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password (it is not stored).

%2</source>
        <translation>La base de données d&apos;équipe %1 demande un mot de passe (il n&apos;est pas conservé).

%2</translation>
    </message>
    <message>
        <source>Empty team database</source>
        <translation>Base de données d&apos;équipe vide</translation>
    </message>
    <message>
        <source>The team database %1 holds no planner yet. Create an empty planner in it?

To move a planner file there instead, open the file and choose File ▸ Copy planner to….</source>
        <translation>La base de données d&apos;équipe %1 ne contient encore aucune planification. Y créer une planification vide?

Pour y déplacer plutôt un fichier de planification, ouvrez le fichier et choisissez Fichier ▸ Copier la planification vers….</translation>
    </message>
    <message>
        <source>Cannot open team database</source>
        <translation>Impossible d&apos;ouvrir la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>%1 %2

You can read and export it; changes are refused until then.</source>
        <translation>%1 %2

Vous pouvez la consulter et l&apos;exporter; les modifications sont refusées d&apos;ici là.</translation>
    </message>
    <message>
        <source>Connected. Backups of a team database are the server&apos;s; File ▸ Copy planner to… takes an offline copy.</source>
        <translation>Connexion établie. Les copies de sauvegarde d&apos;une base de données d&apos;équipe relèvent du serveur; Fichier ▸ Copier la planification vers… en fait une copie hors ligne.</translation>
    </message>
    <message>
        <source>Empty planner file</source>
        <translation>Fichier de planification vide</translation>
    </message>
    <message>
        <source>This file holds no series yet. Load the demo data (the 2022 webinar series “Combatting Online Child Sexual Exploitation”) to explore the app?</source>
        <translation>Ce fichier ne contient encore aucune série. Charger les données de démonstration (la série de webinaires 2022 «&#xa0;Lutte contre l&apos;exploitation sexuelle des enfants en ligne&#xa0;») pour découvrir l&apos;application?</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Open another planner</source>
        <translation>Ouvrir une autre planification</translation>
    </message>
    <message>
        <source>Your changes to %1 are saved. Open another planner?</source>
        <translation>Vos modifications à %1 sont enregistrées. Ouvrir une autre planification?</translation>
    </message>
    <message>
        <source>Writing the demo series</source>
        <translation>Écriture de la série de démonstration</translation>
    </message>
    <message>
        <source>New planner file</source>
        <translation>Nouveau fichier de planification</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Fichier existant</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-le avec Fichier ▸ Ouvrir ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Copied the planner to %1</source>
        <translation>Planification copiée vers %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(and %1 more changes)</source>
        <translation>(et %1&#xa0;autres modifications)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Log file (what went wrong, for a problem report): %1</source>
        <translation>Fichier journal (ce qui s&apos;est mal passé, pour signaler un problème)&#xa0;: %1</translation>
    </message>
    <message>
        <source>About OCSE Planner</source>
        <translation>À propos d&apos;OCSE Planner</translation>
    </message>
    <message>
        <source>OCSE Planner %1

Plan a recurring webinar series offline: sessions and agendas, presenters and their bookings, partner collaborations, attendance and survey figures, and the files that go to partners.</source>
        <translation>OCSE Planner %1

Planifier une série de webinaires récurrente, hors ligne&#xa0;: les séances et leur ordre du jour, les personnes conférencières et leurs réservations, les collaborations avec les partenaires, les chiffres de participation et de sondage, et les fichiers destinés aux partenaires.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Attended (yes/no)</source>
        <translation>Prés&amp;ence (oui/non)</translation>
    </message>
    <message>
        <source>&amp;Minutes attended</source>
        <translation>&amp;Minutes de présence</translation>
    </message>
    <message>
        <source>&amp;Join time</source>
        <translation>Heure d&apos;&amp;arrivée</translation>
    </message>
    <message>
        <source>Lea&amp;ve time</source>
        <translation>Heure de dépa&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Registered (yes/no)</source>
        <translation>&amp;Inscription (oui/non)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi?</translation>
    </message>
    <message>
        <source>The columns of “%1” are not a layout the planner knows. Choose the column for each field; a name or an e-mail is needed. Your choice is remembered for files with the same columns.</source>
        <translation>Les colonnes de «&#xa0;%1&#xa0;» ne correspondent à aucune disposition connue. Choisissez la colonne de chaque champ; il faut un nom ou un courriel. Votre choix est mémorisé pour les fichiers qui ont les mêmes colonnes.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>presented</source>
        <translation>a présenté</translation>
    </message>
    <message>
        <source>presented ×%1</source>
        <translation>a présenté ×%1</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(par %1)</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Fait partie de %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the records behind this cell.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour voir les registres derrière cette cellule.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Partner matrix</source>
        <translation>Matrice des partenaires</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Enter) to see its records.</source>
        <translation>Double-cliquez sur une cellule (ou appuyez sur Entrée) pour voir ses registres.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Personne conférencière</translation>
    </message>
    <message>
        <source>Via unit</source>
        <translation>Par l&apos;unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Records behind the cell</source>
        <translation>Registres derrière la cellule</translation>
    </message>
    <message>
        <source>Presenting organization (from the agenda)</source>
        <translation>Organisation présentatrice (d&apos;après l&apos;ordre du jour)</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>Construction de la matrice…</translation>
    </message>
    <message>
        <source>Building the partner matrix</source>
        <translation>Construction de la matrice des partenaires</translation>
    </message>
    <message>
        <source>The matrix could not be built.</source>
        <translation>La matrice n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>all webinars</source>
        <translation>tous les webinaires</translation>
    </message>
    <message>
        <source>%1 — %2: %3 record(s)</source>
        <translation>%1 — %2&#xa0;: %3&#xa0;registre(s)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge organizations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message>
        <source>Fold a duplicate into %1. Its people, presentations, collaborations, units and hosted series move here; then the duplicate is removed.</source>
        <translation>Fusionner un doublon dans %1. Son personnel, ses présentations, ses collaborations, ses unités et les séries qu&apos;il organise sont transférés ici; le doublon est ensuite supprimé.</translation>
    </message>
    <message>
        <source>Duplicate to fold in</source>
        <translation>Doublon à fusionner</translation>
    </message>
    <message>
        <source>&amp;Duplicate:</source>
        <translation>&amp;Doublon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>English: %1</source>
        <translation>Anglais&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Mesures en attente</translation>
    </message>
    <message>
        <source>Search open actions by what, owner or organization…</source>
        <translation>Rechercher des mesures par description, responsable ou organisation…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit ▸ Undo cannot take this back, and the steps it holds so far are cleared.</source>
        <translation>Édition ▸ Annuler ne pourra pas revenir en arrière, et les étapes qu&apos;il garde jusqu&apos;ici sont effacées.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Rétablissement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>The change to %1 cannot be saved:
%2</source>
        <translation>La modification de %1 ne peut pas être enregistrée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même?</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>A&amp;cronyme&#xa0;:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Fait partie de&#xa0;:</translation>
    </message>
    <message>
        <source>Part of (parent organization)</source>
        <translation>Fait partie de (organisation mère)</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;Web&#xa0;:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(sans article)</translation>
    </message>
    <message>
        <source>French a&amp;rticle:</source>
        <translation>A&amp;rticle en français&#xa0;:</translation>
    </message>
    <message>
        <source>French article before the name (la GRC, le ministère)</source>
        <translation>Article français devant le nom (la GRC, le ministère)</translation>
    </message>
</context>
<context>
    <name>OrganizationDirectory</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Search organizations by name, acronym, kind or parent…</source>
        <translation>Rechercher des organisations par nom, acronyme, type ou organisation mère…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>F&amp;usionner…</translation>
    </message>
    <message>
        <source>Merge a duplicate organization</source>
        <translation>Fusionner une organisation en double</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Merge organizations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it or its people present in %2 booking(s). Remove those presenters from the agendas first, or merge it into another organization.</source>
        <translation>%1 ne peut pas être supprimée&#xa0;: l&apos;organisation ou des membres de son personnel figurent dans %2&#xa0;réservation(s). Retirez d&apos;abord ces personnes conférencières des ordres du jour, ou fusionnez l&apos;organisation dans une autre.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1?</translation>
    </message>
    <message>
        <source>People who will have no organization: %1</source>
        <translation>Personnes qui n&apos;auront plus d&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collaborations deleted with it: %1</source>
        <translation>Collaborations supprimées avec elle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Units that will have no parent: %1</source>
        <translation>Unités qui n&apos;auront plus d&apos;organisation mère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Series that will have no host: %1</source>
        <translation>Séries qui n&apos;auront plus d&apos;organisation hôte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner views</source>
        <translation>Vues des partenaires</translation>
    </message>
    <message>
        <source>Or&amp;ganizations and collaborations</source>
        <translation>Organisa&amp;tions et collaborations</translation>
    </message>
    <message>
        <source>Open acti&amp;ons</source>
        <translation>&amp;Mesures en attente</translation>
    </message>
    <message>
        <source>&amp;Who works with whom</source>
        <translation>&amp;Qui travaille avec qui</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person form message</source>
        <translation>Message du formulaire de la personne</translation>
    </message>
    <message>
        <source>Honorific or rank</source>
        <translation>Titre de civilité ou grade</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Post-nominals</source>
        <translation>Titres postnominaux</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titre du poste</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Honorific / rank:</source>
        <translation>Titre de civilité ou grade&#xa0;:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>Nom de fami&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Post-nominals:</source>
        <translation>Titres postnominaux&#xa0;:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Bio:</source>
        <translation>Biographie&#xa0;:</translation>
    </message>
    <message>
        <source>Person form pages</source>
        <translation>Pages de la fiche de la personne</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>Availabilit&amp;y</source>
        <translation>Disponi&amp;bilités</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>No&amp;uvelle personne</translation>
    </message>
    <message>
        <source>Delete %1 from the directory?

Edit ▸ Undo brings them back.</source>
        <translation>Supprimer %1 du répertoire?

Édition ▸ Annuler rétablit la fiche.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Speaks English</source>
        <translation>Parle anglais</translation>
    </message>
    <message>
        <source>Speaks French</source>
        <translation>Parle français</translation>
    </message>
    <message>
        <source>Language of messages to this person</source>
        <translation>Langue des messages à cette personne</translation>
    </message>
    <message>
        <source>As spoken (one language), else both</source>
        <translation>Selon la langue parlée (une seule), sinon les deux</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>Courte biographie</translation>
    </message>
    <message>
        <source>Agenda preview</source>
        <translation>Aperçu dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Préno&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Titre du poste&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Writes in:</source>
        <translation>Langue des messages&#xa0;:</translation>
    </message>
    <message>
        <source>In an agenda:</source>
        <translation>Dans un ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Person not saved</source>
        <translation>Personne non enregistrée</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Change the honorific of %1</source>
        <translation>Modifier le titre de civilité de %1</translation>
    </message>
    <message>
        <source>Change the post-nominals of %1</source>
        <translation>Modifier les titres postnominaux de %1</translation>
    </message>
    <message>
        <source>Change the job title of %1</source>
        <translation>Modifier le titre du poste de %1</translation>
    </message>
    <message>
        <source>Change the French job title of %1</source>
        <translation>Modifier le titre du poste en français de %1</translation>
    </message>
    <message>
        <source>Change the organization of %1</source>
        <translation>Modifier l&apos;organisation de %1</translation>
    </message>
    <message>
        <source>Change the e-mail of %1</source>
        <translation>Modifier le courriel de %1</translation>
    </message>
    <message>
        <source>Change the phone number of %1</source>
        <translation>Modifier le numéro de téléphone de %1</translation>
    </message>
    <message>
        <source>Change the time zone of %1</source>
        <translation>Modifier le fuseau horaire de %1</translation>
    </message>
    <message>
        <source>Change the languages of %1</source>
        <translation>Modifier les langues de %1</translation>
    </message>
    <message>
        <source>Change the language of messages to %1</source>
        <translation>Changer la langue des messages à %1</translation>
    </message>
    <message>
        <source>Change the bio of %1</source>
        <translation>Modifier la biographie de %1</translation>
    </message>
    <message>
        <source>Change the availability of %1</source>
        <translation>Modifier les disponibilités de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Personne non ajoutée</translation>
    </message>
    <message>
        <source>Window not saved</source>
        <translation>Plage non enregistrée</translation>
    </message>
    <message>
        <source>Change an availability window of %1</source>
        <translation>Modifier une plage de disponibilité de %1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Person not deleted</source>
        <translation>Personne non supprimée</translation>
    </message>
</context>
<context>
    <name>PresentersTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titre du poste</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Status in series</source>
        <translation>État dans la série</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Personnes conférencières</translation>
    </message>
    <message>
        <source>Search people by name, title or organization…</source>
        <translation>Rechercher des personnes par nom, titre ou organisation…</translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation>Filtrer par organisation</translation>
    </message>
    <message>
        <source>Filter by booking status</source>
        <translation>Filtrer par état de réservation</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Not booked in this series</source>
        <translation>Aucune réservation dans cette série</translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation>Or&amp;ganisation&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Scheduling lists</source>
        <translation>Listes de planification</translation>
    </message>
    <message>
        <source>Boo&amp;kings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Co&amp;nflits</translation>
    </message>
    <message>
        <source>Invitations, follow-ups, reminders, thanks and change notices as e-mail drafts with the calendar attached (Ctrl+Shift+I)</source>
        <translation>Invitations, suivis, rappels, remerciements et avis de changement en ébauches de courriel, avec l&apos;agenda joint (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Presenters tab messages</source>
        <translation>Messages de l&apos;onglet Personnes conférencières</translation>
    </message>
    <message>
        <source>Export &amp;webinar calendar…</source>
        <translation>Exporter le calendrier du &amp;webinaire…</translation>
    </message>
    <message>
        <source>Export &amp;presenter calendar…</source>
        <translation>E&amp;xporter le calendrier de la personne…</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>Réser&amp;ver…</translation>
    </message>
    <message>
        <source>No series selected: choose one on the Series tab to see its timetable.</source>
        <translation>Aucune série sélectionnée&#xa0;: choisissez-en une dans l&apos;onglet Séries pour voir son horaire.</translation>
    </message>
    <message>
        <source>No presentations in this series yet: add them to the agendas on the Sessions tab, then book presenters here.</source>
        <translation>Aucune présentation dans cette série pour l&apos;instant&#xa0;: ajoutez-les aux ordres du jour dans l&apos;onglet Séances, puis réservez les personnes conférencières ici.</translation>
    </message>
    <message>
        <source>Timetable (times in %1)</source>
        <translation>Horaire (heures en %1)</translation>
    </message>
    <message>
        <source>No people in the directory yet: fill in the person form below and press Save person, then drag the person onto a slot of the timetable (or use Book…).</source>
        <translation>Le répertoire ne contient encore personne&#xa0;: remplissez la fiche ci-dessous et appuyez sur Enregistrer la personne, puis faites glisser la personne sur un créneau de l&apos;horaire (ou utilisez Réserver…).</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Sans réservation</translation>
    </message>
    <message>
        <source>Book an organization as presenter</source>
        <translation>Réserver une organisation comme conférencière</translation>
    </message>
    <message>
        <source>Overlapping booking</source>
        <translation>Réservations qui se chevauchent</translation>
    </message>
    <message>
        <source>%1 is already booked at that time:
%2

Book %1 here anyway?</source>
        <translation>%1 a déjà une réservation à cette heure&#xa0;:
%2

Réserver %1 ici quand même&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” (webinar %2, %3, %4)</source>
        <translation>«&#xa0;%1&#xa0;» (webinaire %2, %3, %4)</translation>
    </message>
    <message>
        <source>“%1” (webinar %2 of “%3”, %4, %5)</source>
        <translation>«&#xa0;%1&#xa0;» (webinaire %2 de «&#xa0;%3&#xa0;», %4, %5)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Calendrier non exporté</translation>
    </message>
    <message>
        <source>Exporting a calendar</source>
        <translation>Exportation d&apos;un calendrier</translation>
    </message>
    <message>
        <source>Exporting calendar…</source>
        <translation>Exportation du calendrier…</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Write invitati&amp;ons…</source>
        <translation>Écrir&amp;e les invitations…</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>Réserver %1</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendrier écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected problems</source>
        <translation>Copier les problèmes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file</source>
        <translation>Enregistrer les problèmes dans un fichier CSV</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
</context>
<context>
    <name>ReadinessOverview</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Held or cancelled</source>
        <translation>Tenu ou annulé</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Webinar %1: %2 done, %3 due, %4 overdue — %5</source>
        <translation>Webinaire %1 — fait&#xa0;: %2, à faire&#xa0;: %3, en retard&#xa0;: %4 — %5</translation>
    </message>
    <message>
        <source>Readiness of the &amp;webinars (Enter opens the checklist):</source>
        <translation>Préparation des &amp;webinaires (Entrée ouvre la liste de vérification)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the webinars&apos; readiness</source>
        <translation>Lecture de la préparation des webinaires</translation>
    </message>
    <message>
        <source>Readiness of the webinars</source>
        <translation>Préparation des webinaires</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>Note ou raison</translation>
    </message>
    <message>
        <source>%1 — tick with Space when done</source>
        <translation>%1 — cocher avec Espace une fois fait</translation>
    </message>
    <message>
        <source>%1 — checked from the plan, not ticked by hand</source>
        <translation>%1 — vérifié d&apos;après la planification, pas coché à la main</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1&#xa0;jours avant</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Liste de vérification de la préparation</translation>
    </message>
    <message>
        <source>Space: tick or untick the selected item. F2: edit the day it was done or the note.</source>
        <translation>Espace&#xa0;: cocher ou décocher l&apos;élément choisi. F2&#xa0;: modifier le jour où il a été fait ou la note.</translation>
    </message>
    <message>
        <source>Readiness summary</source>
        <translation>Résumé de la préparation</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un élément…</translation>
    </message>
    <message>
        <source>Add a checklist item to the series</source>
        <translation>Ajouter un élément à la liste de vérification de la série</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected checklist item</source>
        <translation>Renommer l&apos;élément choisi de la liste de vérification</translation>
    </message>
    <message>
        <source>Due days…</source>
        <translation>Échéance…</translation>
    </message>
    <message>
        <source>Change how many days before the webinar the selected item is due</source>
        <translation>Changer combien de jours avant le webinaire l&apos;élément choisi arrive à échéance</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected checklist item up</source>
        <translation>Monter l&apos;élément choisi de la liste de vérification</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected checklist item down</source>
        <translation>Descendre l&apos;élément choisi de la liste de vérification</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected checklist item from the series</source>
        <translation>Retirer de la série l&apos;élément choisi de la liste de vérification</translation>
    </message>
    <message>
        <source>Select a webinar to see its readiness checklist.</source>
        <translation>Choisissez un webinaire pour voir sa liste de vérification.</translation>
    </message>
    <message>
        <source>Webinar %1 is held or cancelled: nothing on its checklist is due any more.</source>
        <translation>Le webinaire %1 est tenu ou annulé&#xa0;: rien de sa liste de vérification n&apos;est plus à faire.</translation>
    </message>
    <message>
        <source>Webinar %1: %2 done, %3 due, %4 overdue.</source>
        <translation>Webinaire %1 — fait&#xa0;: %2, à faire&#xa0;: %3, en retard&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Tick “%1” for webinar %2</source>
        <translation>Cocher «&#xa0;%1&#xa0;» pour le webinaire %2</translation>
    </message>
    <message>
        <source>Untick “%1” for webinar %2</source>
        <translation>Décocher «&#xa0;%1&#xa0;» pour le webinaire %2</translation>
    </message>
    <message>
        <source>Change the day “%1” was done for webinar %2</source>
        <translation>Changer le jour où «&#xa0;%1&#xa0;» a été fait pour le webinaire %2</translation>
    </message>
    <message>
        <source>Note on “%1” for webinar %2</source>
        <translation>Note sur «&#xa0;%1&#xa0;» pour le webinaire %2</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Ajouter un élément à la liste</translation>
    </message>
    <message>
        <source>What must be done before each webinar of the series:</source>
        <translation>Ce qui doit être fait avant chaque webinaire de la série&#xa0;:</translation>
    </message>
    <message>
        <source>Due how many days before the webinar:</source>
        <translation>Échéance, en jours avant le webinaire&#xa0;:</translation>
    </message>
    <message>
        <source>Add checklist item “%1”</source>
        <translation>Ajouter l&apos;élément «&#xa0;%1&#xa0;» à la liste</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Rename checklist item</source>
        <translation>Renommer l&apos;élément de la liste</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <source>Rename checklist item “%1”</source>
        <translation>Renommer l&apos;élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Due days</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Change when “%1” is due</source>
        <translation>Changer l&apos;échéance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1” from the checklist of every webinar of the series, with its ticks and notes?

Edit ▸ Undo brings it back.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la liste de vérification de chaque webinaire de la série, avec ses coches et ses notes?

Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Retirer l&apos;élément de la liste</translation>
    </message>
    <message>
        <source>Remove checklist item “%1”</source>
        <translation>Retirer l&apos;élément «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer à partir d&apos;une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring replaces the file&apos;s contents with the backup; the current contents are backed up first.</source>
        <translation>Copies de sauvegarde de %1, de la plus récente à la plus ancienne. La restauration remplace le contenu du fichier par celui de la copie; le contenu actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinaires</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Registres de participation</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Renseignements personnels</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>This file has no backups yet.</source>
        <translation>Ce fichier n&apos;a encore aucune copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la copie de sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Fermer sans restaurer</translation>
    </message>
    <message>
        <source>Holds personal data removed on %1</source>
        <translation>Contient les renseignements personnels supprimés le %1</translation>
    </message>
    <message>
        <source>Damaged, cannot be restored</source>
        <translation>Endommagée, impossible à restaurer</translation>
    </message>
    <message>
        <source>When the file was opened</source>
        <translation>À l&apos;ouverture du fichier</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Avant une mise à niveau du schéma</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Avant la restauration d&apos;une copie</translation>
    </message>
    <message>
        <source>Replace the contents of %1 with the backup from %2?

The current contents are backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer le contenu de %1 par la copie de sauvegarde du %2?

Le contenu actuel est d&apos;abord sauvegardé&#xa0;: il suffira de restaurer cette copie pour annuler l&apos;opération.</translation>
    </message>
    <message>
        <source>Restore personal data?</source>
        <translation>Restaurer les renseignements personnels?</translation>
    </message>
    <message>
        <source>This backup was made before personal data was removed on %1: restoring it puts those names and e-mail addresses back into the file.

Restore it anyway?</source>
        <translation>Cette copie a été faite avant la suppression des renseignements personnels le %1&#xa0;: la restaurer remet ces noms et ces adresses de courriel dans le fichier.

La restaurer quand même?</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Sector rule</source>
        <translation>Règle de secteur</translation>
    </message>
    <message>
        <source>Look at</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Domain or words</source>
        <translation>Domaine ou mots</translation>
    </message>
    <message>
        <source>torontopolice.on.ca, *.gc.ca, @example.org or words like police</source>
        <translation>torontopolice.on.ca, *.gc.ca, @example.org ou des mots comme police</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>&amp;Look at:</source>
        <translation>&amp;Examiner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain or words:</source>
        <translation>&amp;Domaine ou mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SectorCountDialog</name>
    <message>
        <source>Participants by sector</source>
        <translation>Participation par secteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>named, not counted</source>
        <translation>nommé, non dénombré</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>S&apos;applique &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SectorTableModel</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Webinar %1</source>
        <translation>Webinaire %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Series (entered)</source>
        <translation>Série (saisie)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sans secteur</translation>
    </message>
</context>
<context>
    <name>SectorsPage</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom français</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Look at</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Domain or words</source>
        <translation>Domaine ou mots</translation>
    </message>
    <message>
        <source>Sector rules</source>
        <translation>Règles de secteur</translation>
    </message>
    <message>
        <source>Add sector…</source>
        <translation>Ajouter un secteur…</translation>
    </message>
    <message>
        <source>Add a sector</source>
        <translation>Ajouter un secteur</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the sector</source>
        <translation>Renommer le secteur</translation>
    </message>
    <message>
        <source>French name of the sector</source>
        <translation>Nom français du secteur</translation>
    </message>
    <message>
        <source>French name…</source>
        <translation>Nom français…</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Retirer le secteur</translation>
    </message>
    <message>
        <source>Remove the sector</source>
        <translation>Retirer le secteur</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Add a sector rule</source>
        <translation>Ajouter une règle de secteur</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Modifier la règle…</translation>
    </message>
    <message>
        <source>Edit the sector rule</source>
        <translation>Modifier la règle de secteur</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Remove the sector rule</source>
        <translation>Retirer la règle de secteur</translation>
    </message>
    <message>
        <source>Apply the rules to Unclassified</source>
        <translation>Appliquer les règles aux registres sans secteur</translation>
    </message>
    <message>
        <source>Apply the rules to the unclassified attendees</source>
        <translation>Appliquer les règles aux personnes participantes sans secteur</translation>
    </message>
    <message>
        <source>Add the default rules</source>
        <translation>Ajouter les règles par défaut</translation>
    </message>
    <message>
        <source>Add the default sector rules</source>
        <translation>Ajouter les règles de secteur par défaut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Ajouter un secteur</translation>
    </message>
    <message>
        <source>Name of the sector:</source>
        <translation>Nom du secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Renommer le secteur</translation>
    </message>
    <message>
        <source>French name of “%1”:</source>
        <translation>Nom français de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>French name of sector “%1”</source>
        <translation>Nom français du secteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1”? Its attendees become Unclassified; its rules and entered counts are removed.</source>
        <translation>Retirer «&#xa0;%1&#xa0;»? Ses personnes participantes se retrouvent sans secteur; ses règles et les nombres saisis sont supprimés.</translation>
    </message>
    <message>
        <source>Sector rule</source>
        <translation>Règle de secteur</translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation>Appliquer les règles</translation>
    </message>
    <message>
        <source>%1 attendance records got a sector.</source>
        <translation>%1&#xa0;registres de participation ont reçu un secteur.</translation>
    </message>
</context>
<context>
    <name>SeriesFormWidget</name>
    <message>
        <source>Form message</source>
        <translation>Message du formulaire</translation>
    </message>
    <message>
        <source>Add ob&amp;jective</source>
        <translation>Ajouter un ob&amp;jectif</translation>
    </message>
    <message>
        <source>Remove objecti&amp;ve</source>
        <translation>Retirer &amp;l&apos;objectif</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Series title</source>
        <translation>Titre de la série</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>Series year</source>
        <translation>Année de la série</translation>
    </message>
    <message>
        <source>Host or&amp;ganization:</source>
        <translation>Organisation h&amp;ôte&#xa0;:</translation>
    </message>
    <message>
        <source>Host organization</source>
        <translation>Organisation hôte</translation>
    </message>
    <message>
        <source>Progra&amp;mme:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation>O&amp;bjectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Éta&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Series status</source>
        <translation>État de la série</translation>
    </message>
    <message>
        <source>Default time &amp;zone:</source>
        <translation>Fuseau &amp;horaire par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Series notes</source>
        <translation>Notes sur la série</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>SeriesTab</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinaires</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Presenters confirmed / needed</source>
        <translation>Personnes conférencières confirmées / requises</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>&amp;New series</source>
        <translation>No&amp;uvelle série</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>&amp;Delete series…</source>
        <translation>Suppri&amp;mer la série…</translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Supprimer la série</translation>
    </message>
    <message>
        <source>Select a series in the list to see and edit it.</source>
        <translation>Sélectionnez une série dans la liste pour la voir et la modifier.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No series yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New series&lt;/b&gt; to plan one: give it a title and year here, then add its webinars and their running agendas on the Sessions tab, and book presenters on the Presenters tab.&lt;/p&gt;&lt;p&gt;Or open the demo (the 2022 series &lt;i&gt;Combatting Online Child Sexual Exploitation&lt;/i&gt;) to look around first; your own file is not changed.&lt;/p&gt;&lt;p&gt;Help ▸ Getting started walks through the three jobs: planning next year&apos;s series, scheduling presenters and exporting the agenda.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune série pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Nouvelle série&lt;/b&gt; pour en planifier une&#xa0;: donnez-lui ici un titre et une année, puis ajoutez ses webinaires et leur ordre du jour détaillé dans l&apos;onglet Séances, et réservez les personnes conférencières dans l&apos;onglet Personnes conférencières.&lt;/p&gt;&lt;p&gt;Vous pouvez aussi ouvrir la démonstration (la série 2022 &lt;i&gt;Combatting Online Child Sexual Exploitation&lt;/i&gt;) pour faire d&apos;abord le tour; votre propre fichier n&apos;est pas modifié.&lt;/p&gt;&lt;p&gt;Aide ▸ Premiers pas présente les trois tâches&#xa0;: planifier la série de l&apos;an prochain, planifier les personnes conférencières et exporter l&apos;ordre du jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the demo series</source>
        <translation>Ouvrir la série de démonstration</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>the series “%1”</source>
        <translation>la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename series “%1”</source>
        <translation>Renommer la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change objectives of series “%1”</source>
        <translation>Modifier les objectifs de la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the French title of series “%1”</source>
        <translation>Modifier le titre français de la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the French programme of series “%1”</source>
        <translation>Modifier le programme en français de la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Modifier la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New series “%1”</source>
        <translation>Nouvelle série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the series “%1” (%2)? With it go %3 webinars, %4 agenda items, %5 presenter bookings and %6 attendance records.

Edit ▸ Undo brings it back.</source>
        <translation>Supprimer la série «&#xa0;%1&#xa0;» (%2)&#xa0;? Seront supprimés avec elle %3&#xa0;webinaires, %4&#xa0;points d&apos;ordre du jour, %5&#xa0;réservations de personnes conférencières et %6&#xa0;registres de participation.

Édition ▸ Annuler permet de la récupérer.</translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation>Supprimer la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinaires</translation>
    </message>
    <message>
        <source>&amp;New webinar</source>
        <translation>Nouveau &amp;webinaire</translation>
    </message>
    <message>
        <source>New webinar</source>
        <translation>Nouveau webinaire</translation>
    </message>
    <message>
        <source>Delete &amp;webinar…</source>
        <translation>Supprimer le webinaire…</translation>
    </message>
    <message>
        <source>Delete webinar</source>
        <translation>Supprimer le webinaire</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>No series selected: choose one on the Series tab, or create one there with New series.</source>
        <translation>Aucune série sélectionnée&#xa0;: choisissez-en une dans l&apos;onglet Séries, ou créez-en une avec Nouvelle série.</translation>
    </message>
    <message>
        <source>This series has no webinars yet: click New webinar to add the first one. Its form and running agenda appear here.</source>
        <translation>Cette série n&apos;a encore aucun webinaire&#xa0;: cliquez sur Nouveau webinaire pour ajouter le premier. Son formulaire et son ordre du jour détaillé apparaissent ici.</translation>
    </message>
    <message>
        <source>Select a webinar in the list to see its form and running agenda.</source>
        <translation>Sélectionnez un webinaire dans la liste pour voir son formulaire et son ordre du jour détaillé.</translation>
    </message>
    <message>
        <source>webinar %1</source>
        <translation>le webinaire %1</translation>
    </message>
    <message>
        <source>Rename webinar %1</source>
        <translation>Renommer le webinaire %1</translation>
    </message>
    <message>
        <source>Change the French title of webinar %1</source>
        <translation>Modifier le titre français du webinaire %1</translation>
    </message>
    <message>
        <source>Change the French theme of webinar %1</source>
        <translation>Modifier le thème en français du webinaire %1</translation>
    </message>
    <message>
        <source>Change the French highlights of webinar %1</source>
        <translation>Modifier les faits saillants en français du webinaire %1</translation>
    </message>
    <message>
        <source>Renumber webinar %1</source>
        <translation>Renuméroter le webinaire %1</translation>
    </message>
    <message>
        <source>Move webinar %1 to another day</source>
        <translation>Déplacer le webinaire %1 à un autre jour</translation>
    </message>
    <message>
        <source>Change start time of webinar %1</source>
        <translation>Modifier l&apos;heure de début du webinaire %1</translation>
    </message>
    <message>
        <source>Change duration of webinar %1</source>
        <translation>Modifier la durée du webinaire %1</translation>
    </message>
    <message>
        <source>Change status of webinar %1</source>
        <translation>Modifier l&apos;état du webinaire %1</translation>
    </message>
    <message>
        <source>Edit webinar %1</source>
        <translation>Modifier le webinaire %1</translation>
    </message>
    <message>
        <source>Add co-host %1 to webinar %2</source>
        <translation>Ajouter %1 à la coanimation du webinaire %2</translation>
    </message>
    <message>
        <source>Remove co-host %1 from webinar %2</source>
        <translation>Retirer %1 de la coanimation du webinaire %2</translation>
    </message>
    <message>
        <source>Add webinar %1</source>
        <translation>Ajouter le webinaire %1</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Delete webinar %1 “%2” with its %3 agenda items?

Edit ▸ Undo brings it back.</source>
        <translation>Supprimer le webinaire %1 «&#xa0;%2&#xa0;» et ses %3&#xa0;points à l&apos;ordre du jour?

Édition ▸ Annuler permet de le récupérer.</translation>
    </message>
    <message>
        <source>Delete webinar %1</source>
        <translation>Supprimer le webinaire %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Running agenda</source>
        <translation>Ordre du jour détaillé</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Agenda and readiness</source>
        <translation>Ordre du jour et préparation</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey result</source>
        <translation>Résultat de sondage</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Share agreeing</source>
        <translation>Proportion en accord</translation>
    </message>
    <message>
        <source>A&amp;pproximate (“close to”)</source>
        <translation>A&amp;pproximatif («&#xa0;près de&#xa0;»)</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>S&apos;applique &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>% a&amp;greeing:</source>
        <translation>% en a&amp;ccord&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation>&amp;Réponses&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Agreeing</source>
        <translation>En accord</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Résultats du sondage</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a survey result</source>
        <translation>Ajouter un résultat de sondage</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the survey result</source>
        <translation>Modifier le résultat de sondage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the survey result</source>
        <translation>Retirer le résultat de sondage</translation>
    </message>
    <message>
        <source>Survey result</source>
        <translation>Résultat de sondage</translation>
    </message>
    <message>
        <source>Remove survey result</source>
        <translation>Retirer le résultat de sondage</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Retirer «&#xa0;%1&#xa0;»?</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>Avis de changement</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Avis d&apos;annulation</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>C&amp;hamps de fusion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>Nom de l&apos;organisat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>Signature in &amp;French:</source>
        <translation>Signature en fr&amp;ançais&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>Enregistrer le mo&amp;dèle</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in text</source>
        <translation>&amp;Rétablir le texte d&apos;origine</translation>
    </message>
    <message>
        <source>Save se&amp;nder</source>
        <translation>Enregistrer l&apos;e&amp;xpéditeur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Placeholders a message may use</source>
        <translation>Champs de fusion qu&apos;un message peut utiliser</translation>
    </message>
    <message>
        <source>Organizer&apos;s name</source>
        <translation>Nom de l&apos;organisateur ou de l&apos;organisatrice</translation>
    </message>
    <message>
        <source>Organizer&apos;s e-mail</source>
        <translation>Courriel de l&apos;organisateur ou de l&apos;organisatrice</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature in French</source>
        <translation>Signature en français</translation>
    </message>
    <message>
        <source>Your own wording.</source>
        <translation>Votre propre libellé.</translation>
    </message>
    <message>
        <source>The built-in text.</source>
        <translation>Le texte d&apos;origine.</translation>
    </message>
    <message>
        <source>Change the %1 template</source>
        <translation>Modifier le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Restore the built-in %1 template</source>
        <translation>Rétablir le modèle «&#xa0;%1&#xa0;» d&apos;origine</translation>
    </message>
    <message>
        <source>Change who presenter messages come from</source>
        <translation>Changer l&apos;expéditeur des messages aux personnes conférencières</translation>
    </message>
</context>
<context>
    <name>ThisWeekDock</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
</context>
<context>
    <name>ThisWeekPanel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Where, and why</source>
        <translation>Où, et pourquoi</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Personne conférencière</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Days ahead:</source>
        <translation>Jours à venir&#xa0;:</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Jours à venir</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>This week: what to do</source>
        <translation>Cette semaine&#xa0;: ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>%1 to do, %2 overdue</source>
        <translation>%1&#xa0;à faire, %2&#xa0;en retard</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Personnes conférencières</translation>
    </message>
    <message>
        <source>Presenters&apos; time</source>
        <translation>Heure des personnes conférencières</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n&#xa0;erreur</numerusform>
            <numerusform>✖ %n&#xa0;erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n&#xa0;avertissement</numerusform>
            <numerusform>⚠ %n&#xa0;avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Webinar %1: %2</source>
        <translation>Webinaire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Horaire</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n&#xa0;erreur</numerusform>
            <numerusform>✖ %n&#xa0;erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnclassifiedPage</name>
    <message>
        <source>E-mail domain or organization</source>
        <translation>Domaine de courriel ou organisation</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Unclassified attendees</source>
        <translation>Personnes participantes sans secteur</translation>
    </message>
    <message>
        <source>Sector to assign</source>
        <translation>Secteur à attribuer</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Secte&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Assign to the selected group</source>
        <translation>Attribuer au groupe sélectionné</translation>
    </message>
    <message>
        <source>Assign the sector to the selected group</source>
        <translation>Attribuer le secteur au groupe sélectionné</translation>
    </message>
    <message>
        <source>Assign a sector</source>
        <translation>Attribuer un secteur</translation>
    </message>
</context>
<context>
    <name>WebinarFormWidget</name>
    <message>
        <source>Webinar form message</source>
        <translation>Message du formulaire du webinaire</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation>Nu&amp;méro&#xa0;:</translation>
    </message>
    <message>
        <source>Webinar number</source>
        <translation>Numéro du webinaire</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Webinar title</source>
        <translation>Titre du webinaire</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Th&amp;ème&#xa0;:</translation>
    </message>
    <message>
        <source>Theme or description</source>
        <translation>Thème ou description</translation>
    </message>
    <message>
        <source>Given in the thank-you message to presenters</source>
        <translation>Donné dans le message de remerciement aux personnes conférencières</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Which occurrence of a repeated time</source>
        <translation>Quelle occurrence d&apos;une heure répétée</translation>
    </message>
    <message>
        <source>Recording or survey link</source>
        <translation>Lien vers l&apos;enregistrement ou le sondage</translation>
    </message>
    <message>
        <source>&amp;Date and start:</source>
        <translation>Date et heure de dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>Occu&amp;rrence:</source>
        <translation>Occu&amp;rrence&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Recording or survey link:</source>
        <translation>Lien vers l&apos;enregistrement ou le sondage&#xa0;:</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Première&#xa0;: %1</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>Seconde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Webinar time zone</source>
        <translation>Fuseau horaire du webinaire</translation>
    </message>
    <message>
        <source>Durati&amp;on:</source>
        <translation>Duré&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Video platform:</source>
        <translation>Plateforme &amp;vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Webinar status</source>
        <translation>État du webinaire</translation>
    </message>
    <message>
        <source>&amp;Co-hosts:</source>
        <translation>Coa&amp;nimation&#xa0;:</translation>
    </message>
    <message>
        <source>Discussion hi&amp;ghlights:</source>
        <translation>Faits saillants de la disc&amp;ussion&#xa0;:</translation>
    </message>
    <message>
        <source>Discussion highlights</source>
        <translation>Faits saillants de la discussion</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English and French, side by side</source>
        <translation>Anglais et français, côte à côte</translation>
    </message>
    <message>
        <source>English and French, one after the other</source>
        <translation>Anglais et français, l’un après l’autre</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>_Pair</name>
    <message>
        <source>EN</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <translation>%1 (français)</translation>
    </message>
</context>
</TS>
