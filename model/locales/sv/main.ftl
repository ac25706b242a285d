# RTW Academy — användargränssnitt på svenska.
app-name = RTW Academy
skip-to-content = Hoppa till huvudinnehållet
nav-account-label = Konto
nav-sign-in = Logga in
nav-register = Skapa konto
nav-sign-out = Logga ut
language-label = Språk
language-change = Byt
footer-note = RTW Academy utbildar koordinatorer för återgång i arbete. Alla fall är påhittade.
working = Arbetar …
loading = Laddar …
back-to-start = Gå till startsidan
back-to-programme = Tillbaka till programmet

not-found-title = Sidan hittades inte
not-found-body = Vi hittade inte sidan du bad om. Kontrollera adressen eller börja om från startsidan.
error-page-title = Något gick fel

error-invalid-form = Några fält behöver rättas. Se meddelandena nedan.
error-bad-request = Vi förstod inte begäran. Ladda om sidan och försök igen.
error-unauthenticated = Logga in för att fortsätta.
error-forbidden = Du har inte behörighet till detta.
error-not-found = Vi hittade inte det du bad om.
error-bad-credentials = Fel e-postadress eller lösenord. Kontrollera båda och försök igen.
error-too-many-attempts = För många misslyckade inloggningar för det här kontot eller från ditt nätverk. Vänta några minuter och försök igen, eller återställ lösenordet.
error-link-expired = Den här länken fungerar inte längre. Länkar kan användas en gång, under begränsad tid. Be om en ny.
error-internal = Något gick fel hos oss. Dina uppgifter är säkra; försök igen om en stund.
error-email-empty = Ange din e-postadress.
error-email-invalid = Ange en e-postadress som namn@exempel.se.
error-email-taken = Det finns redan ett konto med den här e-postadressen. Logga in i stället eller återställ lösenordet.
error-password-too-short = Lösenordet måste ha minst 12 tecken.
error-password-breached = Det här lösenordet är känt från dataläckor, så andra kan gissa det. Välj ett annat, till exempel en mening med flera ord.
error-password-too-long = Lösenordet får ha högst 128 tecken.
error-name-empty = Ange ditt namn.
error-name-too-long = Namnet får ha högst 100 tecken.
error-name-invalid = Namnet innehåller tecken som inte är tillåtna (< eller >).

home-title = Bli kvalificerad som koordinator för återgång i arbete
home-lead = Lektioner, fallsimuleringar längs den verkliga sjukskrivningstidslinjen, quiz och intyg — för koordinatorer i Norge och Sverige.
home-register = Kom igång
home-go-to-programme = Gå till ditt program
home-programmes = Program
home-no-programmes = Inga program har publicerats än.
course-facts = { $modules ->
        [one] { $modules } modul
       *[other] { $modules } moduler
    } · { $lessons ->
        [one] { $lessons } lektion
       *[other] { $lessons } lektioner
    } · cirka { $minutes } minuter

register-title = Skapa konto
register-lead = Kontot sparar dina framsteg, så att du kan sluta när du vill och fortsätta där du slutade.
field-name = Fullständigt namn
field-email = E-postadress
field-password = Lösenord
field-new-password = Nytt lösenord
password-hint = Minst { $min } tecken. En kort mening är lätt att komma ihåg och svår att gissa.
register-submit = Skapa konto
register-have-account = Har du redan ett konto?

sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-forgot = Glömt lösenordet?
sign-in-no-account = Ny här?
reset-done = Lösenordet är ändrat. Logga in med ditt nya lösenord.

forgot-title = Återställ lösenordet
forgot-lead = Ange e-postadressen till ditt konto. Vi skickar en länk där du kan välja ett nytt lösenord.
forgot-submit = Skicka länk
forgot-sent = Om det finns ett konto för adressen har vi skickat en länk dit. Titta i inkorgen; länken fungerar i en timme.

reset-title = Välj ett nytt lösenord
reset-submit = Spara nytt lösenord
reset-ask-again = Be om en ny länk

programme-eyebrow = Program
programme-your-progress = Dina framsteg
programme-start = Börja med första lektionen
programme-moved = Programmet har uppdaterats från version { $from } till version { $version }. Det du redan gjort räknas fortfarande.
programme-continue = Fortsätt där du slutade
programme-all-done = Du har slutfört alla lektioner i programmet.
programme-modules = Moduler
progress-lessons = { $done } av { $total } lektioner klara
percent = { $value } %
minutes = { $minutes } min
minutes-total = cirka { $minutes } min totalt
module-number = Modul { $n }
lesson-status-done = klar
lesson-status-open = inte klar

lesson-not-found-title = Lektionen hittades inte
lesson-not-found-body = Programmet har ingen lektion på den här adressen. Den kan ha flyttats i en nyare version. Gå tillbaka till programmet för att hitta den.
lesson-fallback = Lektionen finns inte på ditt språk än, så den visas på ett annat språk.
content-fallback = Det här finns inte på ditt språk ännu, så det visas på ett annat språk.
lesson-objectives = Efter lektionen kan du
lesson-sources = Källor
lesson-completed = Du har slutfört lektionen.
lesson-mark-complete = Markera som klar
lesson-position = Lektion { $n } av { $total }
lesson-previous = Föregående
lesson-next = Nästa
breadcrumbs-label = Du är här
pager-label = Lektioner

email-reset-subject = Återställ ditt lösenord i RTW Academy
email-reset-body =
    Hej { $name },

    Någon (förhoppningsvis du) har bett om att återställa lösenordet till ditt konto i RTW Academy.
    Välj ett nytt lösenord här:

    { $link }

    Länken kan användas en gång, i { $minutes } minuter. Om du inte bad om detta kan du bortse från mejlet: ditt lösenord är oförändrat.

    — RTW Academy

# Quizzes
error-quiz-closed = Du kan inte göra det här provet just nu. Gå tillbaka till provsidan för att se varför.
quiz-eyebrow = Prov
quiz-facts = { $items ->
        [one] { $items } fråga
       *[other] { $items } frågor
    } · godkänt vid { $pass } %
quiz-attempts-limit = Du kan göra det { $max ->
        [one] en gång
       *[other] { $max } gånger
    }; { $used } använda.
quiz-attempts-unlimited = Du kan göra det så många gånger du behöver.
quiz-wait-rule = Efter ett försök som inte blir godkänt väntar du { $minutes ->
        [one] en minut
       *[other] { $minutes } minuter
    } före nästa.
quiz-time-limit = Tidsgräns: { $minutes } minuter. Svar som skickas efter tiden räknas inte.
quiz-start = Starta provet
quiz-continue = Fortsätt försöket
quiz-wait-until = Du kan försöka igen { $time }.
quiz-no-attempts = Du har använt alla försök på det här provet.
quiz-passed = Du är godkänd på det här provet.
quiz-your-attempts = Dina försök
quiz-attempt-row = Försök { $number }
quiz-attempt-open = pågår
quiz-attempt-result = { $percent } % · { $result }
quiz-result-passed = godkänt
quiz-result-failed = inte godkänt
quiz-see-review = Se genomgången
attempt-title = { $quiz }: försök { $number }
attempt-lead = Svara på frågorna och skicka in. Bara svaren du skickar in räknas.
attempt-deadline = Skicka in senast { $time }.
attempt-question = Fråga { $number } av { $total }
attempt-points = { $points ->
        [one] 1 poäng
       *[other] { $points } poäng
    }
attempt-true = Sant
attempt-false = Falskt
attempt-choose = Välj …
attempt-position = Plats { $n }
attempt-number-answer = Ditt svar (ett tal)
attempt-text-answer = Ditt svar
attempt-submit = Skicka in svaren
review-title = { $quiz }: resultat för försök { $number }
review-score = Du fick { $percent } %. Gränsen för godkänt är { $pass } %.
review-passed = Godkänt.
review-failed = Inte godkänt än.
review-late = Försöket skickades in efter tidsgränsen: bara svar som sparats i tid räknades.
review-no-feedback = Det här provet visar inte facit, så att frågorna är lika rättvisa för alla.
review-your-answer = Ditt svar
review-no-answer = Inte besvarad
review-right-answer = Rätt svar
review-credit = { $percent } % av poängen
review-why = Varför
review-sources = Källor
review-back = Tillbaka till provet
programme-quizzes = Prov
attempt-saved = Dina svar är sparade.
attempt-save-failed = Ditt senaste svar kunde inte sparas. Det skickas när du lämnar in.

# Item statistics
stats-title = Frågestatistik: { $quiz }
stats-summary = Version { $version } · { $attempts } rättade försök · medelresultat { $mean } % · medeltid { $minutes } min
stats-chart-label = Lätthetsindex per fråga: genomsnittlig andel av poängen deltagarna fick
stats-table-caption = Siffror per fråga
stats-item = Fråga
stats-attempts = Försök
stats-facility = Lätthetsindex
stats-discrimination = Diskriminering
stats-options = Valda alternativ
attempt-time-left = Tid kvar: { $time }
attempt-one-minute = En minut kvar. Skicka in dina svar.
attempt-time-up = Tiden är slut. Svar som sparats hittills räknas; skicka in för att se resultatet.

# Case simulations
programme-cases = Fallsimuleringar
case-eyebrow = Fallsimulering
case-best-score = bästa poäng { $score }
case-in-progress = påbörjad
case-start = Starta fallet
case-continue = Fortsätt
case-play-again = Spela igen
case-rules-no = Norska regler: tidslinjen för uppföljning vid sjukskrivning
case-rules-se = Svenska regler: rehabiliteringskedjan
case-how = Du fattar besluten som koordinator. Varje beslut sparas direkt; du kan göra paus och fortsätta senare, på vilken enhet som helst.
case-fictional = Fallet är påhittat. Likheter med verkliga personer är tillfälliga.
case-your-runs = Dina genomspelningar
case-outcome-full_return = Tillbaka i arbete på heltid vecka { $week }
case-outcome-graded_return = Gradvis återgång i arbete vecka { $week }
case-outcome-other_work = I annat arbete vecka { $week }
case-outcome-long_term_absence = Långtidssjukskrivning (fortfarande borta från arbetet vecka { $week })
case-outcome-dropped_out = Lämnade arbetslivet (vecka { $week })
case-score = Poäng: { $score } av 100
case-run-open = påbörjad, { $decisions ->
    [one] ett beslut
   *[other] { $decisions } beslut
} hittills
case-see-debrief = Se genomgången
case-run-row = Omgång { $number } (startad { $time })
case-clock = Vecka { $week } av sjukskrivningen (dag { $day })
case-run-eyebrow = Fallsimulering · omgång { $number }
case-side-label = Fallet hittills
case-view-of = Sett från:
case-actor-employee = Den anställda
case-actor-manager = Närmaste chef
case-actor-gp = Läkaren
case-actor-nav = NAV
case-actor-forsakringskassan = Försäkringskassan
case-actor-occupational_health = Företagshälsovården
case-actor-specialist = Specialistvården
case-actor-coordinator = Du, koordinatorn
case-documents = Dokument
case-what-do-you-do = Vad gör du?
case-ended = Fallet är slut
case-expert-ending = Expertens väg slutar så här: { $outcome } (poäng { $score }).
case-debrief = Genomgång: dina beslut och expertens
case-debrief-summary = Du valde som experten i { $matched } av { $total } beslut.
case-decision = Beslut { $step }, vecka { $week }
case-you-chose = Du valde
case-same-as-expert = Experten skulle ha valt samma.
case-expert-chose = Experten skulle välja
case-why = Varför
case-state = Läget
case-value-of = { $value } av { $max }
case-yes = ja
case-no = nej
case-milestone-when = Vecka { $week } (dag { $day })
case-milestone-passed = passerad
case-milestone-ahead = kommer
case-now = Nu: vecka { $week } (dag { $day })
case-timeline = Tidslinjen
case-events = Det här har hänt
error-choice-unavailable = Det valet är inte öppet längre. Sidan visar nu var fallet står.
analytics-eyebrow = Vägaanalys
analytics-title = Vägar genom ”{ $case }”
analytics-lead = Publicerad version { $version }: { $runs } genomspelningar, { $finished } slutförda.
analytics-chart-label = Fallet som graf: { $runs } genomspelningar, { $finished } slutförda. Tabellerna nedan ger alla siffror.
analytics-legend = Varje ruta är en punkt i fallet; linjerna är val (siffrorna: hur många beslut som tog dem) eller vägar som fallet tar av sig självt. Expertens val är ritade i profilfärgen.
analytics-ended-here = { $n } slutade här
analytics-waiting = { $n } stannade här
analytics-stopped-here = Ofullständiga genomspelningar som står här
analytics-choices = Val
analytics-ends = Slut och var genomspelningar stannade
analytics-node = Punkt
analytics-choice = Val (★ expertens)
analytics-count = Beslut
analytics-share = Andel
analytics-leads-to = Leder till
analytics-what = Vad
analytics-runs = Genomspelningar
attempt-check = Kontrollera svaret
attempt-check-empty = Svara på frågan innan du kontrollerar den.
attempt-checked-right = Rätt.
attempt-checked-partly = Delvis rätt.
attempt-checked-wrong = Inte rätt.
attempt-feedback-label = Återkoppling på ditt svar
attempt-lead-immediate = Kontrollera varje svar medan du svarar: du ser direkt om det är rätt, och svaret låses då. Skicka in när du är klar.
nav-certificates = Certifikat
certificates-title = Dina certifikat
certificates-none = Du har inga certifikat ännu. De utfärdas automatiskt när du har slutfört det som ett certifikat kräver.
certificate-qualification = Kvalificering
certificate-module = Modulcertifikat
certificate-code = Certifikatkod
certificate-issued = Utfärdat
certificate-expires = Giltigt till
certificate-status = Status
certificate-status-valid = Giltigt
certificate-status-expired = Utgånget
certificate-status-revoked = Återkallat
certificate-status-suspended = Tillfälligt avstängt
certificate-status-changed = Status ändrad
certificate-reason = Motivering
certificate-verification-link = Öppna verifieringssidan
certificate-share-hint = Dela verifieringssidans adress eller koden: vem som helst kan kontrollera att certifikatet är giltigt och ser bara ditt namn, certifikatet och datumen.
certificate-holder = Innehavare
certificate-name = Certifikat
certificate-programme = Program
certificate-admin = Administration
certificate-revoke = Återkalla certifikatet
certificate-reinstate = Återställ certifikatet
certificate-reason-required = Skriv en motivering (högst 500 tecken). Den sparas i certifikatets logg.
certificate-already = Certifikatet har redan den statusen.
verify-title = Verifiera ett certifikat
verify-lead = Skriv koden som står på certifikatet, till exempel RTW-7K3M-Q9XD-2HFA-0B4C.
verify-submit = Verifiera
verify-not-found = Inget certifikat har den här koden.
verify-not-found-hint = Kontrollera koden så som den står på certifikatet. Tecken som liknar varandra (O och 0, I och 1) läses likadant.
verify-api-hint = För system: samma uppgifter som JSON på
analytics-graph-region = Fallet som graf (rulla i sidled)
certificate-suspend = Stäng av certifikatet tillfälligt
certificate-download-pdf = Ladda ner certifikatet (PDF)
certificate-download-credential = Ladda ner det digitala beviset (Open Badges 3.0)
certificate-credential-hint = Det digitala beviset är en signerad Open Badges 3.0-fil. Lägg det i en digital plånbok eller ge det till en arbetsgivare: vem som helst kan kontrollera signaturen och statusen utan att fråga oss.
credential-description = { $certificate } i { $programme }, utfärdat av RTW Academy.
credential-criteria = Alla lektioner, quiz och fallsimuleringar som reglerna för { $programme } (version { $version }) kräver för detta certifikat, genomförda med minst det resultat som krävs.
pdf-heading = Certifikat
pdf-awarded-to = Härmed intygas att
pdf-has-completed = har uppfyllt alla krav för
pdf-in-programme = i programmet
pdf-verify = Kontrollera att certifikatet är giltigt på
pdf-qr = QR-kod som öppnar kontrollsidan för detta certifikat
pdf-status-note = Status när denna kopia skapades
renewal-heading = Förnyelse
renewal-not-yet = Förnyelsen öppnar { $date }.
renewal-open = Du kan förnya certifikatet nu.
renewal-closed = Certifikatet kan inte förnyas medan det är återkallat eller tillfälligt avstängt.
renewal-renewed = Förnyat: det nya certifikatet har koden { $code }.
renewal-cpd = Fortbildning registrerad sedan certifikatet utfärdades: { $logged } av { $required } timmar.
renewal-modules = Repetitionsmoduler som återstår: { $modules }.
renewal-renew = Förnya certifikatet
renewal-cpd-link = Din fortbildningslogg
renewal-not-offered = Det här certifikatet förnyas inte; ta det på nytt i stället.
renewal-not-open = Förnyelsen har inte öppnat ännu för det här certifikatet.
renewal-requirements = Förnyelsen kräver fortfarande de timmar eller moduler som står under certifikatet.
renewal-closed-error = Certifikatet kan inte förnyas: det är återkallat, tillfälligt avstängt eller redan förnyat.
cpd-title = Fortbildning
cpd-lead = Registrera kurser, handledning, konferenser och annat lärande som håller din kompetens aktuell. När du förnyar ett certifikat räknas timmarna som registrerats sedan det utfärdades.
cpd-none = Inget är registrerat ännu.
cpd-total = Din logg: { $hours } timmar sammanlagt
cpd-add-heading = Lägg till en aktivitet
cpd-activity = Aktivitet
cpd-activity-hint = Till exempel: kurs i motiverande samtal.
cpd-provider = Anordnare
cpd-done-on = Datum
cpd-hours = Timmar
cpd-hours-hint = Till exempel 1,5 (högst 100 per aktivitet).
cpd-attested-by = Intygat av
cpd-attested-hint = Namn och roll för den som kan intyga det, till exempel din chef eller kursansvarig.
cpd-add = Lägg till i loggen
cpd-remove = Ta bort
cpd-activity-invalid = Skriv vad du gjorde (högst 200 tecken).
cpd-provider-invalid = Skriv vem som anordnade det (högst 200 tecken).
cpd-attested-invalid = Skriv vem som kan intyga det (högst 200 tecken).
cpd-date-invalid = Ange datumet då det ägde rum, som ett giltigt datum som inte ligger i framtiden.
cpd-hours-invalid = Ange timmarna som ett tal från 0,1 till 100, med högst en decimal.
email-renewal-subject = Ditt certifikat ”{ $certificate }” upphör att gälla { $date }
email-renewal-body = Hej { $name }!

    Ditt certifikat ”{ $certificate }” ({ $code }) upphör att gälla { $date }, om { $days } dagar.

    Du kan förnya det på RTW Academy när förnyelsefönstret är öppet. Förnyelsen kräver { $hours } timmars fortbildning registrerad sedan certifikatet utfärdades, och eventuella repetitionsmoduler som programmet anger. Se var du står:

    { $link }

    RTW Academy
footer-accessibility = Tillgänglighetsredogörelse
a11y-title = Tillgänglighetsredogörelse
a11y-lead = RTW Academy är till för alla som samordnar återgång i arbete, oavsett syn, hörsel, rörlighet eller sätt att läsa. Här står hur långt vi har kommit och hur du berättar för oss om det som inte fungerar för dig.
a11y-law-heading = Vad lagen kräver
a11y-law = Offentliga aktörer i Norge ska uppfylla WCAG 2.1 på nivå AA enligt förordningen om universell utformning av IKT-lösningar och publicera en tillgänglighetsredogörelse. I Sverige kräver lagen (2018:1937) om tillgänglighet till digital offentlig service detsamma av offentliga aktörer. Kommuner som använder RTW Academy förlitar sig på att vi hjälper dem att uppfylla detta.
a11y-status-heading = Var vi står
a11y-status = RTW Academy uppfyller WCAG 2.1 AA delvis. Allt kan göras med tangentbord och utan JavaScript, formulären kopplar felmeddelandena till fälten, och sidorna anpassar sig från mobiler på 320 px och uppåt och till webbläsarens färgval.
a11y-gaps-heading = Det här vet vi inte fungerar ännu
a11y-gap-charts = Diagrammen på författarnas statistiksidor behåller textstorleken när bara texten förstoras (zoomning förstorar dem); alla siffror i ett diagram finns också i tabellen bredvid.
a11y-gap-pdf = Certifikatet i PDF är märkt för skärmläsare (PDF/UA-1) men har ännu inte provats av personer som använder skärmläsare.
a11y-gap-languages = Lektionerna i modul 2 till 8 finns bara på norskt bokmål och engelska; läsare på svenska och nynorska ser bokmålstexten och får veta det.
a11y-testing-heading = Så testar vi
a11y-testing = Varje ändring kör våra heltäckande tester i Chromium, en gång med JavaScript och en gång utan. På varje sida i varje roll (besökare, deltagare, administratör och författare) kontrollerar axe-core de regler i WCAG 2.1 A och AA som går att kontrollera automatiskt, i ljust och mörkt färgtema och vid 320 px; samma sidor kontrolleras för sidledes rullning vid 320 px och med text förstorad till 200 %, och en deltagare går från registrering till certifikat enbart med tangentbordet. Resten kräver mänsklig bedömning och granskas manuellt.
a11y-enforcement-heading = Om du inte är nöjd med vårt svar
a11y-enforcement-no = I Norge utövar Tilsynet for universell utforming av ikt (en del av Digitaliseringsdirektoratet) tillsyn över offentliga aktörer: uutilsynet.no.
a11y-enforcement-se = I Sverige utövar Myndigheten för digital förvaltning (Digg) tillsyn och tar emot anmälningar: digg.se.
a11y-date = Redogörelsen uppdaterades 2026-11-23 och ses över vid varje ny version.
feedback-heading = Berätta vad som inte fungerar
feedback-lead = Beskriv vad du försökte göra och vad som stod i vägen. Ange en adress om du vill ha svar; du behöver inget konto.
feedback-message = Vad fungerade inte?
feedback-page = Vilken sida? (valfritt)
feedback-page-hint = Adressen eller sidans titel.
feedback-contact = Hur kan vi svara dig? (valfritt)
feedback-contact-hint = En e-postadress eller ett telefonnummer.
feedback-submit = Skicka
feedback-sent = Tack. Ditt meddelande har skickats till RTW Academy.
feedback-message-invalid = Beskriv problemet (högst 5000 tecken).
feedback-contact-invalid = Skriv högst 200 tecken.
feedback-page-invalid = Skriv högst 500 tecken.
email-feedback-subject = Synpunkt om tillgänglighet #{ $id }
email-feedback-body =
    Meddelande:
    { $message }

    Sida: { $page }
    Svar till: { $contact }
    Språk: { $lang }

# Ditt konto: data och borttagning
account-title = Ditt konto
account-data-heading = Dina uppgifter
account-data-lead = Ladda ner allt plattformen sparar om dig som en fil (JSON): kontot, inloggningar, registreringar, avslutade lektioner, quizförsök med varje svar, fallgenomgångar med varje beslut, intyg med historik, din fortbildningslogg och återkoppling du skickade när du var inloggad.
account-data-download = Ladda ner alla dina uppgifter (JSON)
account-delete-heading = Ta bort kontot
account-delete-lead = När du tar bort kontot tas dina inloggningar, ditt framsteg, dina quizsvar, dina beslut i fallen och din fortbildningslogg bort direkt. Det går inte att ångra, och du loggas ut.
account-delete-kept = Dina intyg sparas och kan fortfarande kontrolleras med koden (ditt namn som det står på intyget, datumen och statusen), eftersom arbetsgivare förlitar sig på dem. Kontakta plattformens administratör om ett intyg behöver tas bort.
account-delete-password-hint = Bekräfta att det är du.
account-delete-confirm = Jag förstår att mitt konto och mitt framsteg tas bort för gott.
account-delete-submit = Ta bort mitt konto
account-delete-password-missing = Skriv ditt lösenord för att bekräfta.
account-delete-password-wrong = Det är inte ditt lösenord. Ingenting togs bort.
account-delete-confirm-missing = Kryssa i rutan för att bekräfta att du vill ta bort kontot.
account-deleted-title = Ditt konto är borttaget
account-deleted-lead = Ditt konto, ditt framsteg och dina svar har tagits bort, och du är utloggad.
account-deleted-certificates = Intyg du har fått kan fortfarande kontrolleras med koden.
account-deleted-home = Gå till startsidan

## Organisationer
nav-organisations = Organisationer
orgs-title = Organisationer
orgs-none = Du administrerar ingen organisation. En administratör i organisationen kan bjuda in dig som administratör.
orgs-members = { $count ->
    [one] { $count } person
   *[other] { $count } personer
}
orgs-create-heading = Skapa en organisation
orgs-name = Organisationens namn
orgs-kind = Typ
orgs-create = Skapa organisation
org-kind-municipality = Kommun
org-kind-region = Region
org-kind-employer = Arbetsgivare
org-role-member = Medlem
org-role-admin = Administratör
org-role = Roll
org-invited = Inbjudan är skickad. Den visas nedan tills den har accepterats.
org-imported = { $count ->
    [one] En inbjudan är skickad.
   *[other] { $count } inbjudningar är skickade.
}
org-standing-heading = Intyg
org-standing-within = Räkna som utgående inom
org-standing-days = { $days } dagar
org-standing-apply = Uppdatera
org-standing-filtered = Visar { $what }: { $count ->
    [one] en person.
   *[other] { $count } personer.
}
org-standing-all = Visa alla
standing-valid = giltigt
standing-expiring = upphör inom { $days } dagar
standing-lapsed = utgånget eller återkallat
standing-missing = inget intyg ännu
org-members-heading = Personer
org-members-lead = Det organisationen ser om varje person. Varje person ser exakt detta om sig själv på sin kontosida.
org-members-range = Personer { $from }–{ $to } av { $total }
org-members-pages = Sidor i listan över personer
org-members-previous = Föregående sida
org-members-next = Nästa sida
org-members-none = Ingen har anslutit sig ännu. Bjud in personer nedan.
org-people-csv = Ladda ner tabellen (CSV)
org-joined = Anslöt
org-lessons = Avslutade lektioner
org-quizzes = Godkända quiz
org-certificates = Intyg
org-no-certificates = Inga ännu
org-expires = upphör { $date }
org-invitations-heading = Inbjudningar
org-invitations-none = Inga inbjudningar har skickats ännu.
org-invitation-state = Status
org-invitation-expires = Länken gäller till
org-revoke = Dra tillbaka
invitation-state-open = Väntar
invitation-state-expired = Utgången
invitation-state-accepted = Accepterad
invitation-state-revoked = Tillbakadragen
org-invite-heading = Bjud in en person
org-invite = Skicka inbjudan
org-roster-heading = Bjud in många från en lista
org-roster-lead = Klistra in en lista från ett kalkylark eller ett HR-system. Du ser vad som händer med varje rad, och varje problem, innan något skickas.
org-roster-file = Välj en fil (eller klistra in listan nedan)
org-roster-field = Listan (CSV)
org-roster-hint = En rubrikrad som namnger kolumnerna: namn (eller förnamn och efternamn), e-post och gärna roll (medlem eller administratör). Komma, semikolon eller tabb mellan kolumnerna.
org-roster-check = Kontrollera listan
import-title = Kontrollera listan före import
import-back = Tillbaka till organisationen
import-summary = Nya inbjudningar: { $invite }. Skickas igen: { $renew }. Redan medlemmar: { $member }. Rader med problem: { $problems }.
import-fix-first = Inget importeras medan en rad har ett problem. Rätta listan och kontrollera den igen.
import-problems-heading = Problem
import-line = Rad { $line }
import-rows-heading = Rader
import-line-column = Rad
import-outcome = Vad händer
import-outcome-invite = Bjuds in
import-outcome-renew = Inbjudan skickas igen
import-outcome-member = Redan medlem: hoppas över
import-apply = { $count ->
    [one] Skicka en inbjudan
   *[other] Skicka { $count } inbjudningar
}
invitation-title = Inbjudan
invitation-lead = { $organisation } bjuder in dig till RTW Academy som { $role }.
invitation-valid-until = Inbjudan gäller till { $date }.
invitation-expired = Inbjudan har gått ut. Be din organisation skicka en ny.
invitation-invalid = Den här inbjudningslänken är inte giltig. Kontrollera att du kopierade hela länken från e-postmeddelandet.
invitation-now-expired = Inbjudan har gått ut. Be din organisation skicka en ny.
invitation-now-accepted = Inbjudan har redan accepterats.
invitation-now-revoked = Organisationen har dragit tillbaka inbjudan.
invitation-other-account = Inbjudan gäller { $invited }, men du är inloggad som { $you }. Logga ut och öppna länken igen, eller be om en inbjudan till din adress.
invitation-accept = Gå med i { $organisation }
invitation-new-account = Skapa ditt konto
invitation-email-hint = Adressen inbjudan skickades till.
invitation-join = Skapa konto och gå med
invitation-have-account = Har du redan ett konto med den här adressen?
account-orgs-heading = Dina organisationer
account-orgs-lead = Din organisation ser exakt detta om dig:
account-orgs-none = Du tillhör ingen organisation. Dina framsteg ser bara du.
account-joined = Du är nu med i organisationen.
error-org-name-empty = Skriv organisationens namn.
error-org-name-length = Namnet måste vara 2 till 120 tecken långt.
error-org-name-invalid = Namnet får inte innehålla < eller >.
error-org-name-taken = Det finns redan en organisation med det här namnet.
error-org-kind = Välj kommun, region eller arbetsgivare.
error-org-already-member = Den här personen är redan medlem i organisationen.
error-roster-name-missing = Raden saknar namn.
error-roster-email-missing = Raden saknar e-postadress.
error-roster-role = Rollen måste vara medlem eller administratör.
error-roster-duplicate = Den här e-postadressen finns redan på en tidigare rad.
error-roster-empty = Listan innehåller inga personer.
error-roster-no-email-column = Ingen kolumn med e-postadresser hittades. Första raden måste namnge kolumnerna, till exempel: namn, e-post, roll.
error-roster-no-name-column = Ingen kolumn med namn hittades. Lägg till en kolumn som heter namn (eller förnamn och efternamn).
error-roster-too-many-rows = Listan har fler än 5 000 rader. Dela upp den i flera listor.
error-roster-unclosed-quote = Ett citattecken som öppnar ett fält på den här raden stängs aldrig.
error-roster-fix-first = Inget importerades: rätta raderna med problem och kontrollera listan igen.
error-invitation-other-email = Inbjudan gäller en annan e-postadress än den du är inloggad med.
error-invitation-revoked = Organisationen har dragit tillbaka inbjudan.
error-invitation-used = Inbjudan har redan accepterats.
error-invitation-sign-in = Det finns redan ett konto med den här adressen. Logga in och öppna länken igen.
email-invitation-subject = { $organisation } bjuder in dig till RTW Academy
email-invitation-body =
    Hej { $name },

    { $organisation } bjuder in dig till RTW Academy, kvalificeringsprogrammet för samordnare för återgång i arbete.
    Acceptera inbjudan här:

    { $link }

    Länken gäller i { $days } dagar. Om du inte väntade dig det här meddelandet kan du bortse från det.

## HR integration (API tokens)
org-api-link = HR-integration: API-nycklar för HR-systemet
api-title = HR-integration
api-lead = Ert HR-system kan hämta organisationens personer, registreringar, slutförda moduler och intyg från vårt API. Skapa en nyckel för det här; nyckeln läser bara den här organisationens data, och bara det som behörigheterna tillåter.
api-docs = API:et beskrivs (OpenAPI 3.1) på
api-tokens-heading = Nycklar
api-tokens-none = Inga nycklar ännu.
api-new-heading = Ny nyckel
api-token-name = Namn
api-token-name-hint = Vad nyckeln används till, till exempel ”Visma HR nattlig import”.
api-scopes = Vad den får läsa
api-scope-people = Personer
api-scope-enrolments = Registreringar och framsteg
api-scope-completions = Slutförda moduler
api-scope-certificates = Intyg
api-days = Giltig i
api-create = Skapa nyckel
api-revealed-heading = Nyckeln ”{ $name }” har skapats
api-revealed-once = Kopiera nyckeln nu. Den visas bara den här gången; vi sparar bara ett fingeravtryck av den.
api-revealed-token = Nyckel
api-revealed-expires = Den fungerar till { $date }, om den inte återkallas.
api-example = Exempel:
api-created = Skapad
api-expires = Upphör
api-last-used = Senast använd
api-never-used = Aldrig
api-state = Status
api-state-active = Aktiv
api-state-expired = Har upphört
api-state-revoked = Återkallad
api-revoke = Återkalla
error-api-token-name = Ge nyckeln ett namn på högst 80 tecken.
error-api-token-scopes = Välj minst en sak som nyckeln får läsa.
error-api-token-days = Välj hur länge nyckeln ska gälla.

## Webhooks
org-webhooks-link = Webhooks: meddela HR-systemet direkt när något händer
webhooks-title = Webhooks
webhooks-lead = En webhook meddelar ert HR-system direkt när någon av era slutför en modul, blir kvalificerad, har ett intyg som snart upphör eller får ett återkallat. Vi skickar händelsen som JSON till adressen ni anger, signerad med en hemlighet som bara ni och vi känner till, och försöker igen med allt längre pauser tills systemet svarar med 2xx. Händelser om en person kommer fram i den ordning de inträffade.
webhooks-verify-heading = Så kontrollerar ert system att en händelse kommer från oss
webhooks-verify = Varje begäran har rubrikerna RTW-Webhook-Id (händelsen, densamma när den skickas igen), RTW-Webhook-Event, RTW-Webhook-Timestamp (Unix-sekunder) och RTW-Webhook-Signature. Beräkna HMAC-SHA256 med hemligheten över tidsstämpeln, en punkt och innehållet exakt som det kom, jämför med signaturen och avvisa tidsstämplar äldre än fem minuter.
webhooks-heading = Adresser
webhooks-none = Inga webhooks ännu.
webhook-new-heading = Ny webhook
webhook-url = Adress (URL)
webhook-url-hint = En https://-adress på internet.
webhook-url-hint-internal = En https://- eller http://-adress (den här installationen tillåter även adresser i sitt eget nätverk).
webhook-events = Händelser
webhook-event-module-completed = En modul har slutförts
webhook-event-qualification-certified = Kvalificeringen har uppnåtts
webhook-event-certificate-expiring = Ett intyg upphör snart
webhook-event-certificate-revoked = Ett intyg har återkallats
webhook-create = Lägg till webhook
webhook-created = Webhooken har lagts till
webhook-secret-once = Kopiera signeringshemligheten nu och ge den till HR-systemet. Den visas bara den här gången.
webhook-secret = Signeringshemlighet
webhook-state-active = Aktiv
webhook-state-disabled = Avstängd
webhook-disable = Stäng av
webhook-deliveries-heading = Leveranser
webhook-deliveries-lead = Nyaste först. En leverans som misslyckades försöks igen av sig själv; ”Skicka igen” skickar den en gång till nu, med samma händelse-id.
webhook-deliveries-none = Inget skickat ännu.
webhook-event = Händelse
webhook-queued = Köad
webhook-attempts = Försök
webhook-answer = Senaste svar
webhook-replay = Skicka igen
webhook-replay-of = (igen, av { $id })
webhook-delivery-delivered = Levererad
webhook-delivery-waiting = Väntar
webhook-delivery-retrying = Misslyckades, försöks igen
error-webhook-url-missing = Ange adressen som händelserna ska skickas till.
error-webhook-url = Ange en fullständig webbadress, till exempel https://hr.example.org/rtw-events.
error-webhook-url-https = Adressen måste börja med https://, så att händelserna är krypterade på vägen.
error-webhook-url-credentials = Ta bort användarnamn och lösenord ur adressen; signaturen visar ert system att händelsen är vår.
error-webhook-events = Välj minst en händelse.
error-webhook-disabled = Den här webhooken är avstängd; inget skickas till den.
org-modules = Moduler slutförda
org-modules-heading = Slutförande per modul
org-modules-lead = Hur många av era medarbetare som har slutfört varje modul, på vilken version av kursen som helst.
org-module = Modul
org-modules-completed = Slutförda
org-modules-share = Andel slutförda
org-modules-of = { $done } av { $all }
org-modules-csv = Ladda ner slutförande per modul (CSV)
org-weeks-heading = Framsteg över tid
org-weeks-summary = Lektioner slutförda per vecka de senaste { $weeks } veckorna: { $lessons } totalt, och { $modules ->
    [one] en modul
   *[other] { $modules } moduler
} slutförda.
org-weeks-caption = Lektioner slutförda per vecka, äldsta veckan till vänster. Tabellen nedan har alla siffror.
org-week-starting = Vecka som börjar
org-weeks-csv = Ladda ner framsteg per vecka (CSV)
org-xapi-link = Lärandeposter (xAPI): skicka varje lärandehändelse till er LRS
lrs-title = Lärandeposter (xAPI)
lrs-lead = Anslut organisationens learning record store (LRS), så skickar vi ett xAPI 1.0.3-uttalande för varje lektion era medarbetare slutför, varje provresultat, varje beslut i en fallsimulering och varje certifikat. Uttalanden väntar och skickas igen tills er LRS tar emot dem, i ordning för varje person.
lrs-saved = Er LRS är ansluten. Nya uttalanden skickas från och med nu.
lrs-state-heading = Anslutning
lrs-none = Ingen LRS är ansluten.
lrs-endpoint = LRS:ens xAPI-adress
lrs-endpoint-hint = Adressen er LRS anger för xAPI, till exempel https://lrs.example.org/xAPI/. Uttalandena skickas till dess statements-resurs.
lrs-endpoint-hint-internal = Adressen er LRS anger för xAPI, till exempel https://lrs.example.org/xAPI/. Den här plattformen tillåter även http:// och interna adresser.
lrs-username = Användarnamn (HTTP basic-autentisering)
lrs-password = Lösenord
lrs-password-hint = Sparas för att logga in i er LRS och visas aldrig igen.
lrs-password-keep = Lämna tomt för att behålla det sparade lösenordet.
lrs-state-on = På: uttalanden registreras och skickas
lrs-state-off = Av: ingenting registreras eller skickas
lrs-counts = Uttalanden
lrs-counts-value = { $sent } skickade, { $waiting } väntar
lrs-turn-off = Stäng av
lrs-turn-on = Sätt på
lrs-statements-heading = Skickade uttalanden
lrs-statements-lead = De 100 senaste, med svaret från er LRS på varje försök.
lrs-statements-none = Inga uttalanden ännu.
lrs-verb = Verb
lrs-object = Aktivitet
lrs-answer = Senaste svar
lrs-connect-heading = Anslut en LRS
lrs-change-heading = Ändra anslutningen
lrs-save = Spara och anslut
error-lrs-endpoint-missing = Ange er LRS:s xAPI-adress.
error-lrs-endpoint = Ange en fullständig webbadress, till exempel https://lrs.example.org/xAPI/.
error-lrs-endpoint-https = Adressen måste börja med https://, så att uttalandena krypteras på vägen.
error-lrs-endpoint-credentials = Ta bort användarnamn och lösenord ur adressen och ange dem i egna fält.
error-lrs-username = Ange användarnamnet ni fick från er LRS (högst 500 tecken).
error-lrs-password = Ange lösenordet ni fick från er LRS (högst 500 tecken).
org-manage = Roll och medlemskap
org-change-role = Ändra roll
org-role-changed = Rollen är ändrad.
org-member-removed = Personen är borttagen ur organisationen. Det personen har uppnått är fortfarande personens; organisationen ser det inte längre.
org-remove = Ta bort …
org-remove-lead = Personen behåller sitt konto och allt den har uppnått; organisationen ser det inte längre, och inget mer om personen går till ert HR-system.
org-remove-confirm = Ta bort { $name }
error-org-role = Välj medlem eller administratör.
error-org-last-admin = Organisationen måste ha minst en administratör. Gör någon annan till administratör först.
org-verify-link = Masskontroll: kontrollera en lista med certifikatkoder eller anställdas e-postadresser
bulk-title = Masskontroll av certifikat
bulk-lead = Klistra in certifikatkoder och era anställdas e-postadresser för att se status för var och en. En kod besvaras som den offentliga kontrollsidan besvarar den. En adress besvaras bara för organisationens egna medarbetare.
bulk-form-heading = Kontrollera en lista
bulk-again = Kontrollera en ny lista
bulk-list = Koder och e-postadresser
bulk-hint = En per rad, eller åtskilda med komma, semikolon eller mellanslag; högst 1 000. Koder kan skrivas utan bindestreck eller med små bokstäver.
bulk-check = Kontrollera listan
bulk-result-heading = Resultat
bulk-summary = { $total ->
    [one] En post
   *[other] { $total } poster
}: { $valid } giltiga, { $expiring } går ut inom 90 dagar, { $problem } utan giltigt certifikat eller hittades inte.
bulk-csv = Ladda ner resultatet (CSV)
bulk-line = Rad
bulk-input = Kod eller adress
bulk-outcome = Status
bulk-outcome-valid = Giltigt
bulk-outcome-expired = Utgånget
bulk-outcome-revoked = Återkallat
bulk-outcome-suspended = Tillfälligt spärrat
bulk-outcome-not_found = Finns inte
bulk-outcome-expiring = Giltigt, går ut inom 90 dagar
bulk-outcome-lapsed = Bara utgångna eller återkallade certifikat
bulk-outcome-missing = Inget certifikat ännu
bulk-outcome-not_member = Inte i er organisation
bulk-outcome-unreadable = Varken en kod eller en e-postadress
error-bulk-empty = Klistra in minst en kod eller e-postadress.
error-bulk-too-long = Listan är för lång. Kontrollera högst 1 000 poster (100 kB) åt gången.
error-bulk-too-many = Listan har fler än 1 000 poster. Dela upp den och kontrollera varje del.
cohorts-heading = Grupper
cohorts-lead = En grupp är några av era medarbetare som går ett program före ett sista datum. Varje persons framsteg räknar de moduler i programmet som personen har slutfört.
cohorts-none = Inga grupper ännu.
cohorts-csv = Ladda ner grupperna (CSV)
cohort-title = Grupp
cohort-new = Skapa en grupp
cohort-name = Namn
cohort-course = Program
cohort-deadline = Sista datum
cohort-deadline-hint = Sista dagen för att slutföra alla moduler (i dag eller senare), till exempel 2027-03-01.
cohort-create = Skapa gruppen
cohort-members = Personer
cohort-members-none = Ingen är med i den här gruppen ännu. Lägg till personer nedan.
cohort-by = senast { $date }
cohort-state-done = Klar
cohort-state-in_progress = Pågår
cohort-state-not_started = Inte påbörjad
cohort-state-overdue = Försenad
cohort-remove = Ta bort
cohort-add-heading = Lägg till personer
cohort-add = Lägg till
cohort-add-all = Lägg till alla som inte är med ({ $count })
cohort-candidates-none = Alla i organisationen är med i den här gruppen.
error-cohort-name-empty = Ge gruppen ett namn.
error-cohort-name-length = En grupps namn är 2 till 80 tecken.
error-cohort-name-invalid = Ta bort < och > ur namnet.
error-cohort-name-taken = Organisationen har redan en grupp med det namnet.
error-cohort-deadline = Ange sista datum som ett datum, till exempel 2027-03-01.
error-cohort-deadline-past = Sista datum måste vara i dag eller senare.
error-cohort-course = Välj ett av programmen.
networks-title = Lärandenätverk
networks-lead = Kommuner och andra organisationer som utbildar koordinatorer tillsammans. Administratörer i en medlemsorganisation ser nätverkets siffror: antal per organisation och per modul, aldrig personer i en annan organisation.
networks-link = Lärandenätverk
networks-none = Inga lärandenätverk som du kan se ännu.
networks-orgs = { $count ->
    [one] en organisation
   *[other] { $count } organisationer
}
network-new = Skapa ett lärandenätverk
network-create = Skapa nätverket
network-lead = Antal per organisation och per modul. Personers namn och uppgifter finns bara på den egna organisationens sida.
network-orgs-heading = Organisationer
network-org = Organisation
network-people = Personer
network-certified = Med giltigt certifikat
network-total = Nätverket
network-remove = Ta bort ur nätverket
network-add = Lägg till en organisation
network-modules-heading = Slutförande per modul i nätverket
error-network-name-taken = Det finns redan ett nätverk med det namnet.
org-invitations-csv = Ladda ner inbjudningarna (CSV)
org-person-title = En person i organisationen
org-person-modules = Moduler
org-person-completed = Slutförd
org-person-not-yet = Inte än

# Författande
nav-author = Författande
author-title = Författande
author-lead = Ändra programmet i utkast. Ett utkast kontrolleras medan du skriver, och en annan författare godkänner det innan deltagarna ser det som en ny version.
author-versions = { $count ->
        [one] En publicerad version
       *[other] { $count } publicerade versioner, den nyaste är version { $newest }
    }
author-start-draft = Starta ett utkast från den nyaste versionen
author-no-sources = Filerna till den här kursens versioner sparades inte, så ett utkast kan inte startas här. Publicera den igen med `server courses publish`.
author-drafts = Utkast
author-no-drafts = Inga utkast ännu.
author-open-drafts = { $count ->
        [0] Inget utkast är under arbete eller granskning.
        [one] Ett utkast är under arbete eller granskning.
       *[other] { $count } utkast är under arbete eller granskning.
    }
author-draft-name = Utkast { $id } (från version { $version })
author-draft-published-as = Publicerat som version { $version }.
author-state-draft = Under arbete
author-state-in-review = Väntar på granskning
author-state-published = Publicerat
author-state-discarded = Kasserat
author-draft-title = Utkast { $id }: { $course }
author-draft-started = Startat från version { $version } av { $name }.
author-draft-no-editors = Inget har ändrats ännu.
author-draft-editors = Ändrat av { $names }.
author-sent-back = Granskaren skickade tillbaka utkastet:
author-files = Filer
author-changed = ändrad
author-problem-count = { $count ->
        [one] ett problem
       *[other] { $count } problem
    }
author-next = Nästa steg
author-ready = Utkastet har inga problem. Skicka det till granskning: en annan författare godkänner det innan det publiceras.
author-submit = Skicka till granskning
author-review-lead = Läs ändringarna nedan. Godkänner du publiceras utkastet direkt som en ny version; deltagare som har börjat behåller versionen de startade på.
author-review-lead-compatible = Läs ändringarna nedan. Godkänner du publiceras utkastet direkt som en ny version.
author-approve = Godkänn och publicera
author-comment = Vad bör ändras (krävs för att skicka tillbaka det)
author-send-back = Skicka tillbaka till författarna
author-see-course = Se kursen
author-discard = Kassera utkastet
author-no-problems = Kontrollen hittade inga problem.
author-problems = { $count ->
        [one] Kontrollen hittade ett problem
       *[other] Kontrollen hittade { $count } problem
    }
author-line = rad
author-changes = Ändringar sedan versionen det startade från
author-no-changes = Inga ändringar ännu.
author-added = Tillagt:
author-removed = Borttaget:
author-skipped = … { $count } oförändrade rader …
author-edit-title = Redigerar { $path }
author-back-to-draft = Tillbaka till utkast { $id }
author-saved = Sparat. Kontrollen har gått igenom utkastet igen.
author-content = Filens text
author-content-hint-lesson = Inledningen i TOML mellan +++-raderna (titel, lärandemål, källor), sedan lektionen i Markdown. Förhandsvisningen visar den som deltagarna kommer att se den.
author-content-hint = TOML, enligt courses/README.md.
author-save = Spara
author-preview = Förhandsvisning som deltagaren ser det
author-error-path = Det är inte en filsökväg i kursen. Använd namn som 01-intro/lektion.nb.md.
author-error-too-long = Det är för långt.
author-error-comment = Skriv vad som bör ändras.
author-error-not-editable = Utkastet är inte längre under arbete och kan inte ändras.
author-error-not-in-review = Utkastet väntar inte på granskning.
author-error-has-problems = Utkastet har problem. Rätta dem innan du skickar det till granskning.
author-error-unchanged = Utkastet ändrar ingenting ännu.
author-error-four-eyes = Du har ändrat utkastet eller skickat det till granskning, så en annan författare måste granska det.
author-error-course-id = Utkastet måste behålla kursens id.
author-version = Version { $version }, publicerad { $date }
author-download = Ladda ner filerna (.zip)
author-import-heading = Importera filer
author-import-label = Ett zip-arkiv av kursens mapp
author-import-hint = Till exempel en version som laddats ner ovan och redigerats på din dator. Det blir ett nytt utkast i stället för alla filer, kontrollerat och granskat som alla andra.
author-import-submit = Importera som nytt utkast
author-import-refused = Arkivet importerades inte:
author-import-in-file = I filen { $file }.
author-import-missing = Välj en zip-fil först.
author-import-not-zip = Filen är inte ett zip-arkiv.
author-import-too-big = Arkivet är för stort (högst 1 MB, 2000 filer och 20 MB uppackat).
author-import-file-too-big = En fil i arkivet är större än 200 kB.
author-import-not-text = En fil i arkivet är varken UTF-8-text, en bild (PNG, JPG, GIF, WebP) eller en PDF.
author-import-bad-path = En fil i arkivet har ett namn som inte kan användas i en kurs. Använd bara bokstäver, siffror, - och _.
author-import-no-course = Arkivet har ingen course.toml överst eller i sin enda mapp.
author-versions-heading = Publicerade versioner
author-version-learners = { $count ->
        [one] en deltagare
       *[other] { $count } deltagare
    }
author-withdrawn = tillbakadragen
author-withdraw = Dra tillbaka den här versionen
author-withdraw-reason = Varför (krävs; sparas med versionen)
author-error-reason = Skriv varför versionen dras tillbaka.
author-error-last-version = Det här är den enda versionen nya deltagare kan börja på. Publicera en rättad version först.
author-new-file = Ny fil
author-new-file-hint = Sökvägen i kursen, till exempel 01-intro/ny-lektion.nb.md. Lägg också till en ny lektion i module.toml.
author-create-file = Skapa filen
author-error-exists = Det finns redan en fil med den sökvägen.
author-compatible-label = Deltagare som har börjat flyttas till den nya versionen (kompatibel)
author-compatible-hint = { $count ->
        [one] En deltagare är på version { $version }.
       *[other] { $count } deltagare är på version { $version }.
    } Välj detta bara när ändringarna inte gör det de redan gjort ogiltigt: avslutade lektioner, godkända quiz och fallpoäng räknas vidare. Annars stannar de på versionen de började på.
author-compatible-note = { $count ->
        [one] Skickat som kompatibelt: när utkastet godkänns flyttas en deltagare från version { $version } till den nya versionen, och det de gjort räknas vidare.
       *[other] Skickat som kompatibelt: när utkastet godkänns flyttas { $count } deltagare från version { $version } till den nya versionen, och det de gjort räknas vidare.
    }
author-version-compatible = kompatibel med version { $version } (deltagarna flyttades)
author-assets = Bilder och bilagor
author-assets-hint = Bilder (PNG, JPG, GIF, WebP) och PDF-filer ligger i modulens mapp, bredvid lektionerna. En lektion visar en bild med ![vad bilden visar](filnamn) och länkar till en PDF med [text](filnamn). Högst 900 kB per fil.
author-assets-none = Utkastet har inga bilder eller bilagor.
author-asset-size = { $kb } kB
author-asset-usage = Används i en lektion i samma mapp:
author-asset-remove = Ta bort
author-asset-remove-named = Ta bort { $path }
author-asset-folder = Mapp
author-asset-file = Fil
author-asset-file-hint = PNG, JPG, GIF, WebP eller PDF, högst 900 kB. Filnamnet blir gemener med bindestreck i stället för mellanslag; en fil med samma namn ersätts.
author-asset-upload = Ladda upp
author-asset-saved = { $path } har sparats i utkastet.
author-error-asset-kind = Bara bilder (PNG, JPG, GIF, WebP) och PDF-filer kan ligga bredvid lektionerna.
author-error-asset-too-big = Filen är större än 900 kB. Gör den mindre (en bild som är 1600 pixlar bred räcker).
author-error-asset-not-what-it-says = Filen är inte vad namnet säger (till exempel en JPG-bild som heter .png). Spara den igen i rätt format.
author-error-asset-missing = Välj en fil att ladda upp.
author-import-bad-asset = En bild eller en PDF i arkivet är inte vad namnet säger.
author-review-waived = Den här kursen låter en författare publicera ensam (course.toml säger second_author = false), så du får godkänna ditt eget utkast.
author-version-changes-title = { $course }: ändringar från version { $from } till { $to }
author-version-short = Version { $version }
author-compare-from = Från
author-compare-to = Till
author-compare = Visa ändringar
author-back = Tillbaka till författande
author-see-changes = Ändringar från versionen före
author-form-lead = Varje del av filen har egna fält; texter har ett fält per språk. När du sparar ändras bara det du har ändrat; kommentarer i filen står kvar.
author-form-as-text = Redigera som text i stället
author-form-as-form = Redigera i ett formulär i stället
author-form-add = Lägg till i { $list }
author-form-remove = Ta bort { $entry }…
author-form-remove-hint = Det du har ändrat i formuläret sparas först. Versionen som utkastet startade från behåller posten, så ändringen kan ses och göras om.
author-form-remove-confirm = Ta bort den
author-form-list-hint = En per rad.
author-form-raw-hint = Skrivet som i filen (TOML).
author-form-invalid = De här fälten sparades inte eftersom värdena inte passar (ett tal eller TOML förväntades). Allt annat sparades.
author-error-stale = Filen sparades av någon annan efter att du öppnade den, så dina ändringar sparades inte. Öppna den igen och gör om dem.
author-error-not-toml = Filen är inte giltig TOML, så den har inget formulär. Rätta den som text först.
author-error-no-entry = Den posten finns inte längre i filen. Ingenting ändrades.
author-learner-preview = Så ser deltagaren det
author-learner-preview-hint = Från den sparade filen, när utkastet inte har några problem. Inget här registreras.
author-preview-start = Gå till första steget
author-preview-leads-to = → { $node }
author-preview-expert = expertens val
author-preview-conditional = bara när villkoret är uppfyllt
author-preview-moves-on = Går vidare av sig själv till:
author-preview-ending = Slut: { $outcome }, poäng { $score }.

# Inloggning via organisationen
org-sso-link = Gemensam inloggning (logga in med organisationens konton)
sso-title = Gemensam inloggning
sso-lead = Låt era anställda logga in med kontot de redan har (Microsoft Entra ID, ADFS eller någon annan OpenID Connect-leverantör). Första inloggningen skapar kontot här, i den här organisationen; ingen behöver ett nytt lösenord.
sso-saved = Sparat. Leverantören svarade, och de anställda kan nu logga in via den.
sso-register-heading = Hos leverantören
sso-register-lead = Registrera RTW Academy som en applikation (en konfidentiell webbklient med auktoriseringskodflöde) med de här värdena:
sso-redirect-uri = Redirect URI
sso-scopes = Scopes
sso-start-url = Inloggningslänk för intranätet
sso-state-heading = Leverantör
sso-none = Ingen leverantör är ansluten än.
sso-issuer = Utfärdare (issuer)
sso-state-on = På: de anställda kan logga in via den
sso-state-off = Av: ingen kan logga in via den
sso-people = Personer som har loggat in via den
sso-connect-heading = Anslut en leverantör
sso-change-heading = Ändra leverantören
sso-issuer-hint = Utfärdaren exakt som i leverantörens discovery-dokument, till exempel https://login.microsoftonline.com/<tenant>/v2.0. Den måste börja med https://.
sso-issuer-hint-internal = Utfärdaren exakt som i leverantörens discovery-dokument, till exempel https://login.microsoftonline.com/<tenant>/v2.0. Den här plattformen tillåter också http:// och interna adresser.
sso-client-id = Klient-ID
sso-client-secret = Klienthemlighet
sso-client-secret-hint = Används mot leverantören och visas aldrig igen.
sso-client-secret-keep = Lämna tomt för att behålla den sparade hemligheten.
sso-claims-legend = Claims i ID-token
sso-claims-hint = Vilka claims som säger vem personen är. De vanliga är ifyllda; ändra dem bara om leverantören använder andra.
sso-subject-claim = Claim som identifierar personen
sso-subject-claim-hint = Den får aldrig ändras för en person: sub, eller oid i Entra ID.
sso-name-claim = Claim med namnet
sso-email-claim = Claim med e-postadressen
sso-org-claim = Bara personer med detta claim i token (valfritt)
sso-org-claim-hint = För en leverantör som flera organisationer delar, till exempel tid (tenant) i Entra ID. Ange värdet nedan.
sso-org-value = … med detta värde
sso-save = Spara och kontrollera leverantören
error-sso-issuer-missing = Ange leverantörens utfärdare.
error-sso-issuer = Ange en hel webbadress utan ? eller #, till exempel https://login.example.org/tenant/v2.0.
error-sso-issuer-https = Utfärdaren måste börja med https://.
error-sso-client-id = Ange klient-ID:t från leverantören (högst 500 tecken).
error-sso-client-secret = Ange klienthemligheten från leverantören (högst 500 tecken).
error-sso-claim = Ett claim-namn har inga mellanslag och är högst 100 tecken långt.
error-sso-org-value = Ange värdet som claimet måste ha.
error-sso-org-claim = Ange vilket claim värdet gäller.
error-sso-issuer-internal = Utfärdarens adress måste vara offentlig (den får inte leda in i nätverket som plattformen körs i).
error-sso-discovery = Leverantören svarade inte med ett OpenID Connect discovery-dokument för den här utfärdaren (på <utfärdare>/.well-known/openid-configuration). Kontrollera adressen.
error-sso-password = Ange kontots lösenord.
sso-sign-in-heading = Logga in via din organisation
sso-sign-in-lead = Använd kontot du har på jobbet. Första gången skapas ditt konto här automatiskt.
sso-sign-in-organisation = Organisation
sso-sign-in-submit = Fortsätt till organisationens inloggning
sso-failed-title = Inloggningen via organisationen fungerade inte
sso-failed-nothing = Inget sparades och inget konto skapades. Du kan försöka igen.
sso-failed-back = Tillbaka till inloggningen
sso-failed-not-configured = Den här organisationen erbjuder inte (längre) inloggning med egna konton. Logga in med e-post och lösenord i stället.
sso-failed-unreachable = Organisationens inloggningstjänst svarade inte som den skulle. Försök igen om en stund; händer det igen, säg till organisationens administratör.
sso-failed-expired = Inloggningen startades för länge sedan, i en annan webbläsare, eller har redan använts. Börja om.
sso-failed-denied = Inloggningen avbröts eller nekades hos organisationens inloggningstjänst.
sso-failed-invalid-token = Svaret från organisationens inloggningstjänst gick inte att lita på (signatur, utfärdare, mottagare, tid eller nonce stämde inte), så du loggades inte in.
sso-failed-missing-claims = Organisationens inloggningstjänst berättade inte vem du är (en identifierare och en e-postadress behövs). Säg till organisationens administratör.
sso-failed-wrong-organisation = Ditt konto hos inloggningstjänsten hör inte till den här organisationen.
sso-failed-internal = Något gick fel hos oss. Inget sparades till hälften; försök igen.
sso-failed-unknown-deployment = Din lärplattform startade detta från ett ställe (deployment) som inte är registrerat här. Säg till plattformens administratör.
error-lti-pick = Välj minst en lektion, ett quiz eller ett fall.
sso-link-title = Koppla organisationens inloggning
sso-link-lead = Du loggade in via { $org } som { $email }. Det finns redan ett konto med den här e-postadressen här.
sso-link-why = För att använda organisationens inloggning för det kontot, ange kontots lösenord en gång. Vi slår aldrig ihop konton utan det.
sso-link-submit = Koppla och logga in
sso-link-cancel = Inte nu
sso-link-expired = Det finns inget att koppla i den här webbläsaren (det kan ha gått mer än 15 minuter). Logga in via din organisation igen.

# LTI 1.3
lti-pick-title = Välj vad du vill lägga till i kursen
lti-pick-lead = Kryssa för lektionerna, quizen och fallen du vill lägga till. Var och en blir en aktivitet i din kurs; lektioner och quiz får en kolumn i betygsboken.
lti-pick-submit = Lägg till i kursen
lti-kind-module = modul
lti-kind-lesson = lektion
lti-kind-quiz = quiz
lti-kind-case = fall
lti-return-title = Tillbaka till lärplattformen
lti-return-lead = Ditt val är signerat och klart. Skicka det tillbaka till lärplattformen.
lti-return-submit = Skicka till lärplattformen
lti-platforms-link = Lärplattformar (LTI 1.3): Moodle, Canvas
lti-title = Lärplattformar (LTI 1.3)
lti-lead = En kommuns lärplattform (Moodle, Canvas) kan lägga in våra lektioner, quiz och fall i sina kurser. De som startar dem därifrån loggas in här, går med i plattformens organisation, och quizresultat och avslutade lektioner går till plattformens betygsbok.
lti-saved = Plattformen är registrerad. Starter från dess deployments tas emot från och med nu.
lti-tool-heading = Ge lärplattformen de här
lti-tool-lead = Registrera RTW Academy i plattformen som ett LTI 1.3-verktyg med deep linking och betygssynkronisering:
lti-login-url = Initiate login URL
lti-launch-url = Redirection URI och deep linking-URL
lti-jwks-url = Public keyset URL
lti-list-heading = Registrerade plattformar
lti-none = Ingen lärplattform är registrerad än.
lti-name = Namn
lti-issuer = Plattforms-ID (issuer)
lti-client-id = Klient-ID
lti-deployments = Deployment-ID:n
lti-deployments-hint = Som plattformen visar dem; flera åtskilda med mellanslag eller komma.
lti-organisation = Organisation
lti-organisation-hint = De som plattformen startar går med i den här organisationen.
lti-people = Personer startade
lti-add-heading = Registrera en plattform
lti-add-lead = Värdena finns i plattformens verktygsinställningar (i Moodle: View configuration details).
lti-auth-url = Authentication request URL
lti-token-url = Access token URL
lti-platform-jwks = Plattformens public keyset URL
lti-add = Registrera plattformen
lti-url-hint = En hel https://-adress.
lti-url-hint-internal = En hel adress; den här plattformen tillåter också http:// och interna adresser.
error-lti-name = Ge plattformen ett namn (högst 500 tecken).
error-lti-client-id = Ange klient-ID:t som plattformen gav verktyget.
error-lti-deployments = Ange minst ett deployment-ID.
error-lti-url = Ange en hel webbadress, till exempel https://moodle.example.org/mod/lti/auth.php.
error-lti-url-https = Ange en hel https://-adress, till exempel https://moodle.example.org/mod/lti/auth.php.
error-lti-organisation = Välj organisationen.
