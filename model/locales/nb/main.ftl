# RTW Academy — brukergrensesnitt på bokmål.
app-name = RTW Academy
skip-to-content = Hopp til hovedinnhold
nav-account-label = Konto
nav-sign-in = Logg inn
nav-register = Opprett konto
nav-sign-out = Logg ut
language-label = Språk
language-change = Bytt
footer-note = RTW Academy kvalifiserer koordinatorer for tilbakeføring til arbeid. Alle saker er oppdiktet.
working = Arbeider …
loading = Laster …
back-to-start = Gå til forsiden
back-to-programme = Tilbake til programmet

not-found-title = Fant ikke siden
not-found-body = Vi fant ikke siden du ba om. Sjekk adressen, eller begynn på nytt fra forsiden.
error-page-title = Noe gikk galt

error-invalid-form = Noen felt må rettes. Se meldingene nedenfor.
error-bad-request = Vi forsto ikke forespørselen. Last inn siden på nytt og prøv igjen.
error-unauthenticated = Logg inn for å fortsette.
error-forbidden = Du har ikke tilgang til dette.
error-not-found = Vi fant ikke det du ba om.
error-bad-credentials = Feil e-post eller passord. Sjekk begge og prøv igjen.
error-too-many-attempts = For mange mislykkede innlogginger for denne kontoen eller fra nettverket ditt. Vent noen minutter og prøv igjen, eller tilbakestill passordet.
error-link-expired = Denne lenken virker ikke lenger. Lenker kan brukes én gang, i begrenset tid. Be om en ny.
error-internal = Noe gikk galt hos oss. Dataene dine er trygge; prøv igjen om litt.
error-email-empty = Skriv inn e-postadressen din.
error-email-invalid = Skriv inn en e-postadresse som navn@eksempel.no.
error-email-taken = Det finnes allerede en konto med denne e-postadressen. Logg inn i stedet, eller tilbakestill passordet.
error-password-too-short = Passordet må ha minst 12 tegn.
error-password-breached = Dette passordet er kjent fra datalekkasjer, så andre kan gjette det. Velg et annet, for eksempel en setning med flere ord.
error-password-too-long = Passordet kan ha høyst 128 tegn.
error-name-empty = Skriv inn navnet ditt.
error-name-too-long = Navnet kan ha høyst 100 tegn.
error-name-invalid = Navnet inneholder tegn som ikke er tillatt (< eller >).

home-title = Bli kvalifisert som koordinator for tilbakeføring til arbeid
home-lead = Leksjoner, casesimuleringer på den virkelige sykefraværstidslinjen, quizer og kompetansebevis — for koordinatorer i Norge og Sverige.
home-register = Kom i gang
home-go-to-programme = Gå til programmet ditt
home-programmes = Programmer
home-no-programmes = Ingen programmer er publisert ennå.
course-facts = { $modules ->
        [one] { $modules } modul
       *[other] { $modules } moduler
    } · { $lessons ->
        [one] { $lessons } leksjon
       *[other] { $lessons } leksjoner
    } · omtrent { $minutes } minutter

register-title = Opprett konto
register-lead = Kontoen tar vare på framdriften din, så du kan stoppe når du vil og fortsette der du slapp.
field-name = Fullt navn
field-email = E-postadresse
field-password = Passord
field-new-password = Nytt passord
password-hint = Minst { $min } tegn. En kort setning er lett å huske og vanskelig å gjette.
register-submit = Opprett konto
register-have-account = Har du allerede en konto?

sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-forgot = Glemt passordet?
sign-in-no-account = Ny her?
reset-done = Passordet er endret. Logg inn med det nye passordet.

forgot-title = Tilbakestill passordet
forgot-lead = Skriv inn e-postadressen til kontoen din. Vi sender deg en lenke der du kan velge nytt passord.
forgot-submit = Send lenke
forgot-sent = Hvis det finnes en konto for denne adressen, har vi sendt en lenke dit. Sjekk innboksen; lenken virker i én time.

reset-title = Velg nytt passord
reset-submit = Lagre nytt passord
reset-ask-again = Be om en ny lenke

programme-eyebrow = Program
programme-your-progress = Din framdrift
programme-start = Start første leksjon
programme-moved = Programmet er oppdatert fra versjon { $from } til versjon { $version }. Det du hadde gjort, teller fortsatt.
programme-continue = Fortsett der du slapp
programme-all-done = Du har fullført alle leksjonene i dette programmet.
programme-modules = Moduler
progress-lessons = { $done } av { $total } leksjoner fullført
percent = { $value } %
minutes = { $minutes } min
minutes-total = omtrent { $minutes } min totalt
module-number = Modul { $n }
lesson-status-done = fullført
lesson-status-open = ikke fullført

lesson-not-found-title = Fant ikke leksjonen
lesson-not-found-body = Programmet har ingen leksjon på denne adressen. Den kan være flyttet i en nyere versjon. Gå tilbake til programmet for å finne den.
lesson-fallback = Denne leksjonen finnes ikke på ditt språk ennå, så den vises på et annet språk.
content-fallback = Dette finnes ikke på språket ditt ennå, så det vises på et annet språk.
lesson-objectives = Etter denne leksjonen kan du
lesson-sources = Kilder
lesson-completed = Du har fullført denne leksjonen.
lesson-mark-complete = Marker som fullført
lesson-position = Leksjon { $n } av { $total }
lesson-previous = Forrige
lesson-next = Neste
breadcrumbs-label = Du er her
pager-label = Leksjoner

email-reset-subject = Tilbakestill passordet ditt i RTW Academy
email-reset-body =
    Hei { $name },

    Noen (forhåpentligvis du) har bedt om å tilbakestille passordet til kontoen din i RTW Academy.
    Velg nytt passord her:

    { $link }

    Lenken kan brukes én gang, i { $minutes } minutter. Hvis du ikke ba om dette, kan du se bort fra e-posten: passordet ditt er uendret.

    — RTW Academy

# Quizzes
error-quiz-closed = Du kan ikke ta denne testen akkurat nå. Gå tilbake til testsiden for å se hvorfor.
quiz-eyebrow = Test
quiz-facts = { $items ->
        [one] { $items } spørsmål
       *[other] { $items } spørsmål
    } · krav for å bestå { $pass } %
quiz-attempts-limit = Du kan ta den { $max ->
        [one] én gang
       *[other] { $max } ganger
    }; { $used } brukt.
quiz-attempts-unlimited = Du kan ta den så mange ganger du trenger.
quiz-wait-rule = Etter et forsøk som ikke består, må du vente { $minutes ->
        [one] ett minutt
       *[other] { $minutes } minutter
    } før neste.
quiz-time-limit = Tidsfrist: { $minutes } minutter. Svar som sendes etter fristen, telles ikke.
quiz-start = Start testen
quiz-continue = Fortsett forsøket
quiz-wait-until = Du kan prøve igjen { $time }.
quiz-no-attempts = Du har brukt alle forsøkene på denne testen.
quiz-passed = Du har bestått denne testen.
quiz-your-attempts = Dine forsøk
quiz-attempt-row = Forsøk { $number }
quiz-attempt-open = pågår
quiz-attempt-result = { $percent } % · { $result }
quiz-result-passed = bestått
quiz-result-failed = ikke bestått
quiz-see-review = Se gjennomgangen
attempt-title = { $quiz }: forsøk { $number }
attempt-lead = Svar på spørsmålene og send inn. Bare svarene du sender inn, teller.
attempt-deadline = Send inn innen { $time }.
attempt-question = Spørsmål { $number } av { $total }
attempt-points = { $points ->
        [one] 1 poeng
       *[other] { $points } poeng
    }
attempt-true = Sant
attempt-false = Usant
attempt-choose = Velg …
attempt-position = Plass { $n }
attempt-number-answer = Svaret ditt (et tall)
attempt-text-answer = Svaret ditt
attempt-submit = Send inn svarene
review-title = { $quiz }: resultat av forsøk { $number }
review-score = Du fikk { $percent } %. Kravet for å bestå er { $pass } %.
review-passed = Bestått.
review-failed = Ikke bestått ennå.
review-late = Forsøket ble sendt inn etter tidsfristen: bare svar som var lagret i tide, ble telt.
review-no-feedback = Denne testen viser ikke fasiten, slik at spørsmålene er like rettferdige for alle.
review-your-answer = Ditt svar
review-no-answer = Ikke besvart
review-right-answer = Riktig svar
review-credit = { $percent } % av poengene
review-why = Hvorfor
review-sources = Kilder
review-back = Tilbake til testen
programme-quizzes = Tester
attempt-saved = Svarene dine er lagret.
attempt-save-failed = Det siste svaret ditt ble ikke lagret. Det sendes når du leverer.

# Item statistics
stats-title = Spørsmålsstatistikk: { $quiz }
stats-summary = Versjon { $version } · { $attempts } rettede forsøk · gjennomsnitt { $mean } % · gjennomsnittlig tid { $minutes } min
stats-chart-label = Lettindeks per spørsmål: gjennomsnittlig andel av poengene deltakerne fikk
stats-table-caption = Tall per spørsmål
stats-item = Spørsmål
stats-attempts = Forsøk
stats-facility = Lettindeks
stats-discrimination = Diskriminering
stats-options = Valgte alternativer
attempt-time-left = Tid igjen: { $time }
attempt-one-minute = Ett minutt igjen. Send inn svarene dine.
attempt-time-up = Tiden er ute. Svar som er lagret til nå, teller; send inn for å se resultatet.

# Case simulations
programme-cases = Casesimuleringer
case-eyebrow = Casesimulering
case-best-score = beste poengsum { $score }
case-in-progress = påbegynt
case-start = Start caset
case-continue = Fortsett
case-play-again = Spill på nytt
case-rules-no = Norske regler: tidslinjen for sykefraværsoppfølging
case-rules-se = Svenske regler: rehabiliteringskjeden
case-how = Du tar beslutningene som koordinator. Hver beslutning lagres med en gang; du kan ta pause og fortsette senere, på hvilken som helst enhet.
case-fictional = Caset er oppdiktet. Likhet med virkelige personer er tilfeldig.
case-your-runs = Dine gjennomspillinger
case-outcome-full_return = Tilbake i full jobb i uke { $week }
case-outcome-graded_return = Gradert tilbakeføring i uke { $week }
case-outcome-other_work = I annet arbeid i uke { $week }
case-outcome-long_term_absence = Langtidsfravær (fortsatt borte fra jobb i uke { $week })
case-outcome-dropped_out = Falt ut av arbeidslivet (uke { $week })
case-score = Poengsum: { $score } av 100
case-run-open = påbegynt, { $decisions ->
    [one] én beslutning
   *[other] { $decisions } beslutninger
} så langt
case-see-debrief = Se gjennomgangen
case-run-row = Runde { $number } (startet { $time })
case-clock = Uke { $week } av sykefraværet (dag { $day })
case-run-eyebrow = Casesimulering · runde { $number }
case-side-label = Caset så langt
case-view-of = Sett fra:
case-actor-employee = Arbeidstakeren
case-actor-manager = Nærmeste leder
case-actor-gp = Fastlegen
case-actor-nav = NAV
case-actor-forsakringskassan = Försäkringskassan
case-actor-occupational_health = Bedriftshelsetjenesten
case-actor-specialist = Spesialisthelsetjenesten
case-actor-coordinator = Du, koordinatoren
case-documents = Dokumenter
case-what-do-you-do = Hva gjør du?
case-ended = Caset er slutt
case-expert-ending = Ekspertens vei ender slik: { $outcome } (poengsum { $score }).
case-debrief = Gjennomgang: dine beslutninger og ekspertens
case-debrief-summary = Du valgte som eksperten i { $matched } av { $total } beslutninger.
case-decision = Beslutning { $step }, uke { $week }
case-you-chose = Du valgte
case-same-as-expert = Eksperten ville valgt det samme.
case-expert-chose = Eksperten ville valgt
case-why = Hvorfor
case-state = Slik står det til
case-value-of = { $value } av { $max }
case-yes = ja
case-no = nei
case-milestone-when = Uke { $week } (dag { $day })
case-milestone-passed = passert
case-milestone-ahead = kommer
case-now = Nå: uke { $week } (dag { $day })
case-timeline = Tidslinjen
case-events = Dette har skjedd
error-choice-unavailable = Det valget er ikke åpent lenger. Siden viser nå hvor caset står.
analytics-eyebrow = Stianalyse
analytics-title = Veier gjennom «{ $case }»
analytics-lead = Publisert versjon { $version }: { $runs } gjennomspillinger, { $finished } fullført.
analytics-chart-label = Caset som graf: { $runs } gjennomspillinger, { $finished } fullført. Tabellene under gir alle tallene.
analytics-legend = Hver boks er et punkt i caset; linjene er valg (tallene: hvor mange beslutninger som tok dem) eller veier caset tar av seg selv. Ekspertens valg er tegnet i profilfargen.
analytics-ended-here = { $n } endte her
analytics-waiting = { $n } stoppet her
analytics-stopped-here = Uferdige gjennomspillinger som står her
analytics-choices = Valg
analytics-ends = Avslutninger og hvor gjennomspillinger stoppet
analytics-node = Punkt
analytics-choice = Valg (★ ekspertens)
analytics-count = Beslutninger
analytics-share = Andel
analytics-leads-to = Fører til
analytics-what = Hva
analytics-runs = Gjennomspillinger
attempt-check = Sjekk svaret
attempt-check-empty = Svar på spørsmålet før du sjekker det.
attempt-checked-right = Riktig.
attempt-checked-partly = Delvis riktig.
attempt-checked-wrong = Ikke riktig.
attempt-feedback-label = Tilbakemelding på svaret ditt
attempt-lead-immediate = Sjekk hvert svar underveis: du ser med en gang om det er riktig, og svaret blir da låst. Send inn når du er ferdig.
nav-certificates = Sertifikater
certificates-title = Dine sertifikater
certificates-none = Du har ingen sertifikater ennå. De utstedes automatisk når du har fullført det et sertifikat krever.
certificate-qualification = Kvalifisering
certificate-module = Modulsertifikat
certificate-code = Sertifikatkode
certificate-issued = Utstedt
certificate-expires = Gyldig til
certificate-status = Status
certificate-status-valid = Gyldig
certificate-status-expired = Utløpt
certificate-status-revoked = Trukket tilbake
certificate-status-suspended = Suspendert
certificate-status-changed = Status endret
certificate-reason = Begrunnelse
certificate-verification-link = Åpne verifiseringssiden
certificate-share-hint = Del adressen til verifiseringssiden eller koden: alle kan sjekke at sertifikatet er gyldig, og ser bare navnet ditt, sertifikatet og datoene.
certificate-holder = Innehaver
certificate-name = Sertifikat
certificate-programme = Program
certificate-admin = Administrasjon
certificate-revoke = Trekk tilbake sertifikatet
certificate-reinstate = Gjeninnsett sertifikatet
certificate-reason-required = Skriv en begrunnelse (høyst 500 tegn). Den lagres i sertifikatets logg.
certificate-already = Sertifikatet har allerede den statusen.
verify-title = Verifiser et sertifikat
verify-lead = Skriv koden som står på sertifikatet, for eksempel RTW-7K3M-Q9XD-2HFA-0B4C.
verify-submit = Verifiser
verify-not-found = Ingen sertifikater har denne koden.
verify-not-found-hint = Sjekk koden slik den står på sertifikatet. Tegn som ligner hverandre (O og 0, I og 1) leses likt.
verify-api-hint = For systemer: de samme opplysningene som JSON på
analytics-graph-region = Caset som graf (rull sidelengs)
certificate-suspend = Suspender sertifikatet
certificate-download-pdf = Last ned sertifikatet (PDF)
certificate-download-credential = Last ned det digitale beviset (Open Badges 3.0)
certificate-credential-hint = Det digitale beviset er en signert Open Badges 3.0-fil. Legg det i en digital lommebok eller gi det til en arbeidsgiver: alle kan kontrollere signaturen og statusen uten å spørre oss.
credential-description = { $certificate } i { $programme }, utstedt av RTW Academy.
credential-criteria = Alle leksjoner, quizer og casesimuleringer som reglene for { $programme } (versjon { $version }) krever for dette sertifikatet, fullført med minst det resultatet som kreves.
pdf-heading = Sertifikat
pdf-awarded-to = Dette bekrefter at
pdf-has-completed = har oppfylt alle krav til
pdf-in-programme = i programmet
pdf-verify = Kontroller at sertifikatet er gyldig på
pdf-qr = QR-kode som åpner kontrollsiden for dette sertifikatet
pdf-status-note = Status da denne kopien ble laget
renewal-heading = Fornying
renewal-not-yet = Fornying åpner { $date }.
renewal-open = Du kan fornye sertifikatet nå.
renewal-closed = Sertifikatet kan ikke fornyes mens det er trukket tilbake eller suspendert.
renewal-renewed = Fornyet: det nye sertifikatet har koden { $code }.
renewal-cpd = Etter- og videreutdanning registrert siden sertifikatet ble utstedt: { $logged } av { $required } timer.
renewal-modules = Oppfriskningsmoduler som gjenstår: { $modules }.
renewal-renew = Forny sertifikatet
renewal-cpd-link = Din logg for etter- og videreutdanning
renewal-not-offered = Dette sertifikatet fornyes ikke; ta det på nytt i stedet.
renewal-not-open = Fornying har ikke åpnet ennå for dette sertifikatet.
renewal-requirements = Fornying krever fortsatt timene eller modulene som står under sertifikatet.
renewal-closed-error = Sertifikatet kan ikke fornyes: det er trukket tilbake, suspendert eller allerede fornyet.
cpd-title = Etter- og videreutdanning
cpd-lead = Registrer kurs, veiledning, konferanser og annen læring som holder kompetansen din oppdatert. Når du fornyer et sertifikat, telles timene registrert siden det ble utstedt.
cpd-none = Ingenting er registrert ennå.
cpd-total = Loggen din: { $hours } timer til sammen
cpd-add-heading = Legg til en aktivitet
cpd-activity = Aktivitet
cpd-activity-hint = For eksempel: kurs i motiverende intervju.
cpd-provider = Arrangør
cpd-done-on = Dato
cpd-hours = Timer
cpd-hours-hint = For eksempel 1,5 (høyst 100 per aktivitet).
cpd-attested-by = Bekreftet av
cpd-attested-hint = Navn og rolle til den som kan bekrefte det, for eksempel lederen din eller kursansvarlig.
cpd-add = Legg til i loggen
cpd-remove = Fjern
cpd-activity-invalid = Skriv hva du gjorde (høyst 200 tegn).
cpd-provider-invalid = Skriv hvem som arrangerte det (høyst 200 tegn).
cpd-attested-invalid = Skriv hvem som kan bekrefte det (høyst 200 tegn).
cpd-date-invalid = Oppgi datoen det fant sted, som en gyldig dato som ikke er fram i tid.
cpd-hours-invalid = Oppgi timene som et tall fra 0,1 til 100, med høyst én desimal.
email-renewal-subject = Sertifikatet ditt «{ $certificate }» utløper { $date }
email-renewal-body = Hei, { $name }!

    Sertifikatet ditt «{ $certificate }» ({ $code }) utløper { $date }, om { $days } dager.

    Du kan fornye det i RTW Academy når fornyingsvinduet er åpent. Fornying krever { $hours } timer etter- og videreutdanning registrert siden sertifikatet ble utstedt, og eventuelle oppfriskningsmoduler programmet angir. Se hvor du står:

    { $link }

    RTW Academy
footer-accessibility = Tilgjengelighetserklæring
a11y-title = Tilgjengelighetserklæring
a11y-lead = RTW Academy er for alle som koordinerer tilbakeføring til arbeid, uansett syn, hørsel, bevegelighet eller måte å lese på. Her står hvor langt vi har kommet, og hvordan du sier fra om det som ikke fungerer for deg.
a11y-law-heading = Hva loven krever
a11y-law = Offentlige virksomheter i Norge må oppfylle WCAG 2.1 på nivå AA etter forskrift om universell utforming av IKT-løsninger, og publisere en tilgjengelighetserklæring. I Sverige krever lag (2018:1937) om tillgänglighet till digital offentlig service det samme av offentlige virksomheter. Kommuner som bruker RTW Academy, er avhengige av at vi hjelper dem å oppfylle dette.
a11y-status-heading = Hvor vi står
a11y-status = RTW Academy oppfyller WCAG 2.1 AA delvis. Alt kan gjøres med tastatur og uten JavaScript, skjemaene knytter feilmeldingene til feltene, og sidene tilpasser seg fra mobiler på 320 px og oppover og til nettleserens fargevalg.
a11y-gaps-heading = Dette vet vi ikke fungerer ennå
a11y-gap-charts = Diagrammene på forfatternes statistikksider beholder tekststørrelsen når bare teksten forstørres (zoom forstørrer dem); alle tall i et diagram står også i tabellen ved siden av.
a11y-gap-pdf = Sertifikatet i PDF er merket for skjermlesere (PDF/UA-1), men er ennå ikke prøvd av folk som bruker skjermleser.
a11y-gap-languages = Leksjonene i modul 2 til 8 finnes bare på bokmål og engelsk; lesere på nynorsk og svensk ser bokmålsteksten og får beskjed om det.
a11y-testing-heading = Slik tester vi
a11y-testing = Hver endring kjører ende-til-ende-testene våre i Chromium, én gang med JavaScript og én gang uten. På hver side i hver rolle (besøkende, deltaker, administrator og forfatter) kontrollerer axe-core de reglene i WCAG 2.1 A og AA som kan kontrolleres automatisk, i lyst og mørkt fargetema og ved 320 px; de samme sidene kontrolleres for sideveis rulling ved 320 px og med tekst forstørret til 200 %, og en deltaker går fra registrering til sertifikat bare med tastaturet. Resten krever menneskelig vurdering og gjennomgås manuelt.
a11y-enforcement-heading = Hvis du ikke er fornøyd med svaret vårt
a11y-enforcement-no = I Norge fører Tilsynet for universell utforming av ikt (en del av Digitaliseringsdirektoratet) tilsyn med offentlige virksomheter: uutilsynet.no.
a11y-enforcement-se = I Sverige fører Myndigheten för digital förvaltning (Digg) tilsyn og tar imot anmeldelser: digg.se.
a11y-date = Erklæringen ble oppdatert 23.11.2026 og gjennomgås ved hver ny versjon.
feedback-heading = Si fra om det som ikke fungerer
feedback-lead = Beskriv hva du prøvde å gjøre, og hva som sto i veien. Oppgi en adresse hvis du vil ha svar; du trenger ingen konto.
feedback-message = Hva fungerte ikke?
feedback-page = Hvilken side? (valgfritt)
feedback-page-hint = Adressen eller sidens tittel.
feedback-contact = Hvordan kan vi svare deg? (valgfritt)
feedback-contact-hint = En e-postadresse eller et telefonnummer.
feedback-submit = Send
feedback-sent = Takk. Meldingen din er sendt til RTW Academy.
feedback-message-invalid = Beskriv problemet (høyst 5000 tegn).
feedback-contact-invalid = Skriv høyst 200 tegn.
feedback-page-invalid = Skriv høyst 500 tegn.
email-feedback-subject = Tilbakemelding om tilgjengelighet #{ $id }
email-feedback-body =
    Melding:
    { $message }

    Side: { $page }
    Svar til: { $contact }
    Språk: { $lang }

# Kontoen din: data og sletting
account-title = Kontoen din
account-data-heading = Dataene dine
account-data-lead = Last ned alt plattformen lagrer om deg som én fil (JSON): kontoen, innlogginger, påmeldinger, fullførte leksjoner, quizforsøk med hvert svar, casegjennomspillinger med hver beslutning, kompetansebevis med historikk, etterutdanningsloggen og tilbakemeldinger du sendte mens du var innlogget.
account-data-download = Last ned alle dataene dine (JSON)
account-delete-heading = Slett kontoen
account-delete-lead = Når du sletter kontoen, slettes innlogginger, framdrift, quizsvar, beslutninger i caser og etterutdanningsloggen med én gang. Det kan ikke angres, og du blir logget ut.
account-delete-kept = Kompetansebevisene dine beholdes og kan fortsatt kontrolleres med koden (navnet ditt slik det står på beviset, datoene og statusen), fordi arbeidsgivere stoler på dem. Ta kontakt med plattformens administrator hvis et bevis må fjernes.
account-delete-password-hint = Bekreft at det er deg.
account-delete-confirm = Jeg forstår at kontoen og framdriften min slettes for godt.
account-delete-submit = Slett kontoen min
account-delete-password-missing = Skriv inn passordet ditt for å bekrefte.
account-delete-password-wrong = Det er ikke passordet ditt. Ingenting ble slettet.
account-delete-confirm-missing = Kryss av i boksen for å bekrefte at du vil slette kontoen.
account-deleted-title = Kontoen din er slettet
account-deleted-lead = Kontoen, framdriften og svarene dine er slettet, og du er logget ut.
account-deleted-certificates = Kompetansebevis du har fått, kan fortsatt kontrolleres med koden.
account-deleted-home = Gå til forsiden

## Organisasjoner
nav-organisations = Organisasjoner
orgs-title = Organisasjoner
orgs-none = Du administrerer ingen organisasjon. En administrator i organisasjonen kan invitere deg som administrator.
orgs-members = { $count ->
    [one] { $count } person
   *[other] { $count } personer
}
orgs-create-heading = Opprett en organisasjon
orgs-name = Navnet på organisasjonen
orgs-kind = Type
orgs-create = Opprett organisasjon
org-kind-municipality = Kommune
org-kind-region = Region
org-kind-employer = Arbeidsgiver
org-role-member = Medlem
org-role-admin = Administrator
org-role = Rolle
org-invited = Invitasjonen er sendt. Den står nedenfor til den er godtatt.
org-imported = { $count ->
    [one] Én invitasjon er sendt.
   *[other] { $count } invitasjoner er sendt.
}
org-standing-heading = Kompetansebevis
org-standing-within = Regn som utløpende innen
org-standing-days = { $days } dager
org-standing-apply = Oppdater
org-standing-filtered = Viser { $what }: { $count ->
    [one] én person.
   *[other] { $count } personer.
}
org-standing-all = Vis alle
standing-valid = gyldig
standing-expiring = utløper innen { $days } dager
standing-lapsed = utløpt eller tilbakekalt
standing-missing = ingen bevis ennå
org-members-heading = Personer
org-members-lead = Det organisasjonen ser om hver person. Hver person ser nøyaktig dette om seg selv på kontosiden sin.
org-members-range = Personer { $from }–{ $to } av { $total }
org-members-pages = Sider i lista over personer
org-members-previous = Forrige side
org-members-next = Neste side
org-members-none = Ingen har blitt med ennå. Inviter personer nedenfor.
org-people-csv = Last ned tabellen (CSV)
org-joined = Ble med
org-lessons = Fullførte leksjoner
org-quizzes = Beståtte quizer
org-certificates = Kompetansebevis
org-no-certificates = Ingen ennå
org-expires = utløper { $date }
org-invitations-heading = Invitasjoner
org-invitations-none = Ingen invitasjoner er sendt ennå.
org-invitation-state = Status
org-invitation-expires = Lenken gjelder til
org-revoke = Trekk tilbake
invitation-state-open = Venter
invitation-state-expired = Utløpt
invitation-state-accepted = Godtatt
invitation-state-revoked = Trukket tilbake
org-invite-heading = Inviter en person
org-invite = Send invitasjon
org-roster-heading = Inviter mange fra en liste
org-roster-lead = Lim inn en liste fra et regneark eller et HR-system. Du ser hva som skjer med hver rad, og hvert problem, før noe blir sendt.
org-roster-file = Velg en fil (eller lim inn listen nedenfor)
org-roster-field = Listen (CSV)
org-roster-hint = En overskriftsrad som navngir kolonnene: navn (eller fornavn og etternavn), e-post og eventuelt rolle (medlem eller administrator). Komma, semikolon eller tabulator mellom kolonnene.
org-roster-check = Kontroller listen
import-title = Kontroller listen før import
import-back = Tilbake til organisasjonen
import-summary = Nye invitasjoner: { $invite }. Sendes på nytt: { $renew }. Allerede medlemmer: { $member }. Rader med problemer: { $problems }.
import-fix-first = Ingenting importeres mens en rad har et problem. Rett listen og kontroller den på nytt.
import-problems-heading = Problemer
import-line = Linje { $line }
import-rows-heading = Rader
import-line-column = Linje
import-outcome = Hva skjer
import-outcome-invite = Inviteres
import-outcome-renew = Invitasjonen sendes på nytt
import-outcome-member = Allerede medlem: hoppes over
import-apply = { $count ->
    [one] Send én invitasjon
   *[other] Send { $count } invitasjoner
}
invitation-title = Invitasjon
invitation-lead = { $organisation } inviterer deg til RTW Academy som { $role }.
invitation-valid-until = Invitasjonen gjelder til { $date }.
invitation-expired = Invitasjonen har utløpt. Be organisasjonen din sende en ny.
invitation-invalid = Denne invitasjonslenken er ikke gyldig. Sjekk at du kopierte hele lenken fra e-posten.
invitation-now-expired = Invitasjonen har utløpt. Be organisasjonen din sende en ny.
invitation-now-accepted = Invitasjonen er allerede godtatt.
invitation-now-revoked = Organisasjonen har trukket tilbake invitasjonen.
invitation-other-account = Invitasjonen gjelder { $invited }, men du er logget inn som { $you }. Logg ut og åpne lenken på nytt, eller be om en invitasjon til din adresse.
invitation-accept = Bli med i { $organisation }
invitation-new-account = Opprett kontoen din
invitation-email-hint = Adressen invitasjonen ble sendt til.
invitation-join = Opprett konto og bli med
invitation-have-account = Har du allerede en konto med denne adressen?
account-orgs-heading = Organisasjonene dine
account-orgs-lead = Organisasjonen din ser nøyaktig dette om deg:
account-orgs-none = Du hører ikke til noen organisasjon. Fremdriften din ser bare du.
account-joined = Du er nå med i organisasjonen.
error-org-name-empty = Skriv navnet på organisasjonen.
error-org-name-length = Navnet må være 2 til 120 tegn langt.
error-org-name-invalid = Navnet kan ikke inneholde < eller >.
error-org-name-taken = Det finnes allerede en organisasjon med dette navnet.
error-org-kind = Velg kommune, region eller arbeidsgiver.
error-org-already-member = Denne personen er allerede medlem av organisasjonen.
error-roster-name-missing = Raden mangler navn.
error-roster-email-missing = Raden mangler e-postadresse.
error-roster-role = Rollen må være medlem eller administrator.
error-roster-duplicate = Denne e-postadressen står allerede på en tidligere rad.
error-roster-empty = Listen inneholder ingen personer.
error-roster-no-email-column = Fant ingen kolonne med e-postadresser. Første rad må navngi kolonnene, for eksempel: navn, e-post, rolle.
error-roster-no-name-column = Fant ingen kolonne med navn. Legg til en kolonne som heter navn (eller fornavn og etternavn).
error-roster-too-many-rows = Listen har mer enn 5 000 rader. Del den i flere lister.
error-roster-unclosed-quote = Et anførselstegn som åpner et felt på denne linjen, blir aldri lukket.
error-roster-fix-first = Ingenting ble importert: rett radene med problemer og kontroller listen på nytt.
error-invitation-other-email = Invitasjonen gjelder en annen e-postadresse enn den du er logget inn med.
error-invitation-revoked = Organisasjonen har trukket tilbake invitasjonen.
error-invitation-used = Invitasjonen er allerede godtatt.
error-invitation-sign-in = Det finnes allerede en konto med denne adressen. Logg inn, og åpne lenken på nytt.
email-invitation-subject = { $organisation } inviterer deg til RTW Academy
email-invitation-body =
    Hei { $name },

    { $organisation } inviterer deg til RTW Academy, kvalifiseringsprogrammet for tilbake-til-arbeid-koordinatorer.
    Godta invitasjonen her:

    { $link }

    Lenken gjelder i { $days } dager. Hvis du ikke ventet denne e-posten, kan du se bort fra den.

## HR integration (API tokens)
org-api-link = HR-integrasjon: API-nøkler for HR-systemet
api-title = HR-integrasjon
api-lead = HR-systemet deres kan hente organisasjonens personer, påmeldinger, fullførte moduler og kompetansebevis fra API-et vårt. Lag en nøkkel til det her; nøkkelen leser bare denne organisasjonens data, og bare det tilgangene tillater.
api-docs = API-et er beskrevet (OpenAPI 3.1) på
api-tokens-heading = Nøkler
api-tokens-none = Ingen nøkler ennå.
api-new-heading = Ny nøkkel
api-token-name = Navn
api-token-name-hint = Hva nøkkelen brukes til, for eksempel «Visma HR nattlig import».
api-scopes = Hva den kan lese
api-scope-people = Personer
api-scope-enrolments = Påmeldinger og framdrift
api-scope-completions = Fullførte moduler
api-scope-certificates = Kompetansebevis
api-days = Gyldig i
api-create = Lag nøkkel
api-revealed-heading = Nøkkelen «{ $name }» er laget
api-revealed-once = Kopier nøkkelen nå. Den vises bare denne ene gangen; vi tar bare vare på et fingeravtrykk av den.
api-revealed-token = Nøkkel
api-revealed-expires = Den virker til { $date }, om den ikke trekkes tilbake.
api-example = Eksempel:
api-created = Laget
api-expires = Utløper
api-last-used = Sist brukt
api-never-used = Aldri
api-state = Status
api-state-active = Aktiv
api-state-expired = Utløpt
api-state-revoked = Trukket tilbake
api-revoke = Trekk tilbake
error-api-token-name = Gi nøkkelen et navn på høyst 80 tegn.
error-api-token-scopes = Velg minst én ting nøkkelen kan lese.
error-api-token-days = Velg hvor lenge nøkkelen skal gjelde.

## Webhooks
org-webhooks-link = Webhooks: gi HR-systemet beskjed straks noe skjer
webhooks-title = Webhooks
webhooks-lead = En webhook gir HR-systemet deres beskjed straks en av deres fullfører en modul, blir kvalifisert, har et kompetansebevis som snart utløper eller får et trukket tilbake. Vi sender hendelsen som JSON til adressen dere oppgir, signert med en hemmelighet bare dere og vi kjenner, og prøver igjen med stadig lengre pauser til systemet svarer med 2xx. Hendelser om én person kommer fram i den rekkefølgen de skjedde.
webhooks-verify-heading = Slik sjekker systemet deres at en hendelse kommer fra oss
webhooks-verify = Hver forespørsel har overskriftene RTW-Webhook-Id (hendelsen, den samme når den sendes igjen), RTW-Webhook-Event, RTW-Webhook-Timestamp (Unix-sekunder) og RTW-Webhook-Signature. Regn ut HMAC-SHA256 med hemmeligheten over tidsstempelet, et punktum og innholdet nøyaktig slik det kom, sammenlign med signaturen, og avvis tidsstempler eldre enn fem minutter.
webhooks-heading = Adresser
webhooks-none = Ingen webhooks ennå.
webhook-new-heading = Ny webhook
webhook-url = Adresse (URL)
webhook-url-hint = En https://-adresse på internett.
webhook-url-hint-internal = En https://- eller http://-adresse (denne installasjonen tillater også adresser i sitt eget nettverk).
webhook-events = Hendelser
webhook-event-module-completed = En modul er fullført
webhook-event-qualification-certified = Kvalifiseringen er oppnådd
webhook-event-certificate-expiring = Et kompetansebevis utløper snart
webhook-event-certificate-revoked = Et kompetansebevis er trukket tilbake
webhook-create = Legg til webhook
webhook-created = Webhooken er lagt til
webhook-secret-once = Kopier signeringshemmeligheten nå og gi den til HR-systemet. Den vises bare denne ene gangen.
webhook-secret = Signeringshemmelighet
webhook-state-active = Aktiv
webhook-state-disabled = Slått av
webhook-disable = Slå av
webhook-deliveries-heading = Leveranser
webhook-deliveries-lead = Nyeste først. En leveranse som feilet, prøves igjen av seg selv; «Send igjen» sender den én gang til nå, med samme hendelses-id.
webhook-deliveries-none = Ingenting sendt ennå.
webhook-event = Hendelse
webhook-queued = Lagt i kø
webhook-attempts = Forsøk
webhook-answer = Siste svar
webhook-replay = Send igjen
webhook-replay-of = (på nytt, av { $id })
webhook-delivery-delivered = Levert
webhook-delivery-waiting = Venter
webhook-delivery-retrying = Feilet, prøves igjen
error-webhook-url-missing = Oppgi adressen hendelsene skal sendes til.
error-webhook-url = Oppgi en fullstendig nettadresse, for eksempel https://hr.example.org/rtw-events.
error-webhook-url-https = Adressen må begynne med https://, så hendelsene er kryptert på veien.
error-webhook-url-credentials = Ta brukernavn og passord ut av adressen; signaturen viser systemet deres at hendelsen er vår.
error-webhook-events = Velg minst én hendelse.
error-webhook-disabled = Denne webhooken er slått av; ingenting sendes til den.
org-modules = Moduler fullført
org-modules-heading = Fullføring per modul
org-modules-lead = Hvor mange av deres folk som har fullført hver modul, på hvilken som helst versjon av kurset.
org-module = Modul
org-modules-completed = Fullført
org-modules-share = Andel fullført
org-modules-of = { $done } av { $all }
org-modules-csv = Last ned fullføring per modul (CSV)
org-weeks-heading = Fremdrift over tid
org-weeks-summary = Leksjoner fullført per uke de siste { $weeks } ukene: { $lessons } i alt, og { $modules ->
    [one] én modul
   *[other] { $modules } moduler
} fullført.
org-weeks-caption = Leksjoner fullført per uke, eldste uke til venstre. Tabellen under har alle tallene.
org-week-starting = Uke som starter
org-weeks-csv = Last ned fremdrift per uke (CSV)
org-xapi-link = Læringsregister (xAPI): send alle læringshendelser til deres LRS
lrs-title = Læringsregister (xAPI)
lrs-lead = Koble til organisasjonens læringsregister (LRS), så sender vi en xAPI 1.0.3-melding for hver leksjon folkene deres fullfører, hvert prøveresultat, hver beslutning i en casesimulering og hvert kompetansebevis. Meldinger venter og sendes på nytt til registeret tar imot dem, i rekkefølge for hver person.
lrs-saved = Læringsregisteret er koblet til. Nye meldinger sendes fra nå av.
lrs-state-heading = Tilkobling
lrs-none = Ingen læringsregister er koblet til.
lrs-endpoint = xAPI-adressen til registeret
lrs-endpoint-hint = Adressen registeret oppgir for xAPI, for eksempel https://lrs.example.org/xAPI/. Meldingene sendes til statements-ressursen der.
lrs-endpoint-hint-internal = Adressen registeret oppgir for xAPI, for eksempel https://lrs.example.org/xAPI/. Denne plattformen tillater også http:// og interne adresser.
lrs-username = Brukernavn (HTTP basic-autentisering)
lrs-password = Passord
lrs-password-hint = Lagres for å logge inn i registeret og vises aldri igjen.
lrs-password-keep = La stå tomt for å beholde det lagrede passordet.
lrs-state-on = På: meldinger registreres og sendes
lrs-state-off = Av: ingenting registreres eller sendes
lrs-counts = Meldinger
lrs-counts-value = { $sent } sendt, { $waiting } venter
lrs-turn-off = Slå av
lrs-turn-on = Slå på
lrs-statements-heading = Sendte meldinger
lrs-statements-lead = De 100 nyeste, med registerets svar på hvert forsøk.
lrs-statements-none = Ingen meldinger ennå.
lrs-verb = Verb
lrs-object = Aktivitet
lrs-answer = Siste svar
lrs-connect-heading = Koble til et læringsregister
lrs-change-heading = Endre tilkoblingen
lrs-save = Lagre og koble til
error-lrs-endpoint-missing = Oppgi registerets xAPI-adresse.
error-lrs-endpoint = Oppgi en full nettadresse, for eksempel https://lrs.example.org/xAPI/.
error-lrs-endpoint-https = Adressen må begynne med https://, så meldingene krypteres underveis.
error-lrs-endpoint-credentials = Ta brukernavn og passord ut av adressen og oppgi dem i egne felt.
error-lrs-username = Oppgi brukernavnet dere fikk fra registeret (høyst 500 tegn).
error-lrs-password = Oppgi passordet dere fikk fra registeret (høyst 500 tegn).
org-manage = Rolle og medlemskap
org-change-role = Endre rolle
org-role-changed = Rollen er endret.
org-member-removed = Personen er fjernet fra organisasjonen. Det personen har oppnådd, er fortsatt personens; organisasjonen ser det ikke lenger.
org-remove = Fjern …
org-remove-lead = Personen beholder kontoen sin og alt den har oppnådd; organisasjonen ser det ikke lenger, og ingenting mer om personen går til HR-systemet deres.
org-remove-confirm = Fjern { $name }
error-org-role = Velg medlem eller administrator.
error-org-last-admin = Organisasjonen må ha minst én administrator. Gjør noen andre til administrator først.
org-verify-link = Massekontroll: sjekk en liste med kompetansebevis-koder eller e-postadresser til ansatte
bulk-title = Massekontroll av kompetansebevis
bulk-lead = Lim inn koder for kompetansebevis og e-postadressene til ansatte for å se status for hver. En kode besvares slik den offentlige kontrollsiden besvarer den. En adresse besvares bare for organisasjonens egne folk.
bulk-form-heading = Sjekk en liste
bulk-again = Sjekk en ny liste
bulk-list = Koder og e-postadresser
bulk-hint = Én per linje, eller skilt med komma, semikolon eller mellomrom; høyst 1 000. Koder kan skrives uten bindestreker eller med små bokstaver.
bulk-check = Sjekk listen
bulk-result-heading = Resultat
bulk-summary = { $total ->
    [one] Én oppføring
   *[other] { $total } oppføringer
}: { $valid } gyldige, { $expiring } utløper innen 90 dager, { $problem } uten gyldig bevis eller ikke funnet.
bulk-csv = Last ned resultatet (CSV)
bulk-line = Linje
bulk-input = Kode eller adresse
bulk-outcome = Status
bulk-outcome-valid = Gyldig
bulk-outcome-expired = Utløpt
bulk-outcome-revoked = Tilbakekalt
bulk-outcome-suspended = Suspendert
bulk-outcome-not_found = Finnes ikke
bulk-outcome-expiring = Gyldig, utløper innen 90 dager
bulk-outcome-lapsed = Bare utløpte eller tilbakekalte bevis
bulk-outcome-missing = Ingen bevis ennå
bulk-outcome-not_member = Ikke i organisasjonen deres
bulk-outcome-unreadable = Verken en kode eller en e-postadresse
error-bulk-empty = Lim inn minst én kode eller e-postadresse.
error-bulk-too-long = Listen er for lang. Sjekk høyst 1 000 oppføringer (100 kB) om gangen.
error-bulk-too-many = Listen har mer enn 1 000 oppføringer. Del den opp og sjekk hver del.
cohorts-heading = Kull
cohorts-lead = Et kull er en gruppe av deres folk som tar ett program innen en frist. Fremdriften til hver person teller modulene i programmet som personen har fullført.
cohorts-none = Ingen kull ennå.
cohorts-csv = Last ned kullene (CSV)
cohort-title = Kull
cohort-new = Lag et kull
cohort-name = Navn
cohort-course = Program
cohort-deadline = Frist
cohort-deadline-hint = Siste dag for å fullføre alle modulene (i dag eller senere), for eksempel 2027-03-01.
cohort-create = Lag kullet
cohort-members = Personer
cohort-members-none = Ingen er med i dette kullet ennå. Legg til personer under.
cohort-by = innen { $date }
cohort-state-done = Ferdig
cohort-state-in_progress = I gang
cohort-state-not_started = Ikke startet
cohort-state-overdue = Over fristen
cohort-remove = Ta ut
cohort-add-heading = Legg til personer
cohort-add = Legg til
cohort-add-all = Legg til alle som ikke er med ({ $count })
cohort-candidates-none = Alle i organisasjonen er med i dette kullet.
error-cohort-name-empty = Gi kullet et navn.
error-cohort-name-length = Navnet på et kull er 2 til 80 tegn.
error-cohort-name-invalid = Ta bort < og > fra navnet.
error-cohort-name-taken = Organisasjonen har allerede et kull med det navnet.
error-cohort-deadline = Oppgi fristen som en dato, for eksempel 2027-03-01.
error-cohort-deadline-past = Fristen må være i dag eller senere.
error-cohort-course = Velg et av programmene.
networks-title = Læringsnettverk
networks-lead = Kommuner og andre organisasjoner som lærer opp koordinatorer sammen. Administratorer i en medlemsorganisasjon ser tallene for nettverket: antall per organisasjon og per modul, aldri personer i en annen organisasjon.
networks-link = Læringsnettverk
networks-none = Ingen læringsnettverk du kan se ennå.
networks-orgs = { $count ->
    [one] én organisasjon
   *[other] { $count } organisasjoner
}
network-new = Lag et læringsnettverk
network-create = Lag nettverket
network-lead = Antall per organisasjon og per modul. Navn og oversikter over personer finnes bare på deres egen organisasjons side.
network-orgs-heading = Organisasjoner
network-org = Organisasjon
network-people = Personer
network-certified = Med gyldig kompetansebevis
network-total = Nettverket
network-remove = Ta ut av nettverket
network-add = Legg til en organisasjon
network-modules-heading = Fullføring per modul i nettverket
error-network-name-taken = Det finnes allerede et nettverk med det navnet.
org-invitations-csv = Last ned invitasjonene (CSV)
org-person-title = En person i organisasjonen
org-person-modules = Moduler
org-person-completed = Fullført
org-person-not-yet = Ikke ennå

# Forfatting
nav-author = Forfatting
author-title = Forfatting
author-lead = Endre programmet i utkast. Et utkast kontrolleres mens du skriver, og en annen forfatter godkjenner det før deltakerne ser det som en ny versjon.
author-versions = { $count ->
        [one] Én publisert versjon
       *[other] { $count } publiserte versjoner, den nyeste er versjon { $newest }
    }
author-start-draft = Start et utkast fra den nyeste versjonen
author-no-sources = Filene til dette kursets versjoner ble ikke tatt vare på, så et utkast kan ikke startes her. Publiser det på nytt med `server courses publish`.
author-drafts = Utkast
author-no-drafts = Ingen utkast ennå.
author-open-drafts = { $count ->
        [0] Ingen utkast er under arbeid eller gjennomgang.
        [one] Ett utkast er under arbeid eller gjennomgang.
       *[other] { $count } utkast er under arbeid eller gjennomgang.
    }
author-draft-name = Utkast { $id } (fra versjon { $version })
author-draft-published-as = Publisert som versjon { $version }.
author-state-draft = Under arbeid
author-state-in-review = Venter på gjennomgang
author-state-published = Publisert
author-state-discarded = Forkastet
author-draft-title = Utkast { $id }: { $course }
author-draft-started = Startet fra versjon { $version } av { $name }.
author-draft-no-editors = Ingenting er endret ennå.
author-draft-editors = Endret av { $names }.
author-sent-back = Den som gikk gjennom utkastet, sendte det tilbake:
author-files = Filer
author-changed = endret
author-problem-count = { $count ->
        [one] ett problem
       *[other] { $count } problemer
    }
author-next = Neste steg
author-ready = Utkastet har ingen problemer. Send det til gjennomgang: en annen forfatter godkjenner det før det publiseres.
author-submit = Send til gjennomgang
author-review-lead = Les endringene nedenfor. Godkjenner du, publiseres utkastet straks som en ny versjon; deltakere som har begynt, beholder versjonen de startet på.
author-review-lead-compatible = Les endringene nedenfor. Godkjenner du, publiseres utkastet straks som en ny versjon.
author-approve = Godkjenn og publiser
author-comment = Hva bør endres (må fylles ut for å sende det tilbake)
author-send-back = Send tilbake til forfatterne
author-see-course = Se kurset
author-discard = Forkast utkastet
author-no-problems = Kontrollen fant ingen problemer.
author-problems = { $count ->
        [one] Kontrollen fant ett problem
       *[other] Kontrollen fant { $count } problemer
    }
author-line = linje
author-changes = Endringer siden versjonen det startet fra
author-no-changes = Ingen endringer ennå.
author-added = Lagt til:
author-removed = Fjernet:
author-skipped = … { $count } uendrede linjer …
author-edit-title = Redigerer { $path }
author-back-to-draft = Tilbake til utkast { $id }
author-saved = Lagret. Kontrollen har sett gjennom utkastet på nytt.
author-content = Filens tekst
author-content-hint-lesson = Forsiden i TOML mellom +++-linjene (tittel, læringsmål, kilder), så leksjonen i Markdown. Forhåndsvisningen viser den slik deltakerne vil se den.
author-content-hint = TOML, som beskrevet i courses/README.md.
author-save = Lagre
author-preview = Forhåndsvisning slik deltakeren ser det
author-error-path = Det er ikke en filsti i kurset. Bruk navn som 01-intro/leksjon.nb.md.
author-error-too-long = Det er for langt.
author-error-comment = Skriv hva som bør endres.
author-error-not-editable = Utkastet er ikke lenger under arbeid og kan ikke endres.
author-error-not-in-review = Utkastet venter ikke på gjennomgang.
author-error-has-problems = Utkastet har problemer. Rett dem før du sender det til gjennomgang.
author-error-unchanged = Utkastet endrer ingenting ennå.
author-error-four-eyes = Du har endret dette utkastet eller sendt det til gjennomgang, så en annen forfatter må gå gjennom det.
author-error-course-id = Utkastet må beholde kursets id.
author-version = Versjon { $version }, publisert { $date }
author-download = Last ned filene (.zip)
author-import-heading = Importer filer
author-import-label = Et zip-arkiv av kursets mappe
author-import-hint = For eksempel en versjon lastet ned ovenfor og redigert på din maskin. Det blir et nytt utkast i stedet for alle filene, kontrollert og gjennomgått som alle andre.
author-import-submit = Importer som nytt utkast
author-import-refused = Arkivet ble ikke importert:
author-import-in-file = I filen { $file }.
author-import-missing = Velg en zip-fil først.
author-import-not-zip = Filen er ikke et zip-arkiv.
author-import-too-big = Arkivet er for stort (høyst 1 MB, 2000 filer og 20 MB utpakket).
author-import-file-too-big = En fil i arkivet er større enn 200 kB.
author-import-not-text = En fil i arkivet er verken UTF-8-tekst, et bilde (PNG, JPG, GIF, WebP) eller en PDF.
author-import-bad-path = En fil i arkivet har et navn som ikke kan brukes i et kurs. Bruk bare bokstaver, sifre, - og _.
author-import-no-course = Arkivet har ingen course.toml øverst eller i sin ene mappe.
author-versions-heading = Publiserte versjoner
author-version-learners = { $count ->
        [one] én deltaker
       *[other] { $count } deltakere
    }
author-withdrawn = trukket tilbake
author-withdraw = Trekk tilbake denne versjonen
author-withdraw-reason = Hvorfor (må fylles ut; lagres med versjonen)
author-error-reason = Skriv hvorfor versjonen trekkes tilbake.
author-error-last-version = Dette er den eneste versjonen nye deltakere kan starte på. Publiser en rettet versjon først.
author-new-file = Ny fil
author-new-file-hint = Stien i kurset, for eksempel 01-intro/ny-leksjon.nb.md. Før også opp en ny leksjon i module.toml.
author-create-file = Opprett filen
author-error-exists = Det finnes allerede en fil med den stien.
author-compatible-label = Deltakere som har startet, flyttes til den nye versjonen (kompatibel)
author-compatible-hint = { $count ->
        [one] Én deltaker er på versjon { $version }.
       *[other] { $count } deltakere er på versjon { $version }.
    } Velg dette bare når endringene ikke gjør det de alt har gjort, ugyldig: fullførte leksjoner, beståtte quizer og casescorer teller videre. Ellers blir de på versjonen de startet.
author-compatible-note = { $count ->
        [one] Sendt som kompatibel: når utkastet godkjennes, flyttes én deltaker fra versjon { $version } til den nye versjonen, og det de har gjort, teller videre.
       *[other] Sendt som kompatibel: når utkastet godkjennes, flyttes { $count } deltakere fra versjon { $version } til den nye versjonen, og det de har gjort, teller videre.
    }
author-version-compatible = kompatibel med versjon { $version } (deltakerne ble flyttet)
author-assets = Bilder og vedlegg
author-assets-hint = Bilder (PNG, JPG, GIF, WebP) og PDF-filer ligger i modulens mappe, ved siden av leksjonene. En leksjon viser et bilde med ![hva bildet viser](filnavn) og lenker til en PDF med [tekst](filnavn). Høyst 900 KB per fil.
author-assets-none = Utkastet har ingen bilder eller vedlegg.
author-asset-size = { $kb } KB
author-asset-usage = Bruk i en leksjon i samme mappe:
author-asset-remove = Fjern
author-asset-remove-named = Fjern { $path }
author-asset-folder = Mappe
author-asset-file = Fil
author-asset-file-hint = PNG, JPG, GIF, WebP eller PDF, høyst 900 KB. Filnavnet blir små bokstaver med bindestrek for mellomrom; en fil med samme navn byttes ut.
author-asset-upload = Last opp
author-asset-saved = { $path } er lagret i utkastet.
author-error-asset-kind = Bare bilder (PNG, JPG, GIF, WebP) og PDF-filer kan ligge ved leksjonene.
author-error-asset-too-big = Filen er større enn 900 KB. Gjør den mindre (et bilde 1600 piksler bredt er nok).
author-error-asset-not-what-it-says = Filen er ikke det navnet sier (for eksempel et JPG-bilde som heter .png). Lagre den på nytt i riktig format.
author-error-asset-missing = Velg en fil å laste opp.
author-import-bad-asset = Et bilde eller en PDF i arkivet er ikke det navnet sier.
author-review-waived = Dette kurset lar én forfatter publisere alene (course.toml sier second_author = false), så du kan godkjenne ditt eget utkast.
author-version-changes-title = { $course }: endringer fra versjon { $from } til { $to }
author-version-short = Versjon { $version }
author-compare-from = Fra
author-compare-to = Til
author-compare = Vis endringer
author-back = Tilbake til forfatting
author-see-changes = Endringer fra versjonen før
author-form-lead = Hver del av filen har egne felt; tekster har ett felt per språk. Lagring endrer bare det du har endret; kommentarer i filen blir stående.
author-form-as-text = Rediger som tekst i stedet
author-form-as-form = Rediger i et skjema i stedet
author-form-add = Legg til i { $list }
author-form-remove = Fjern { $entry }…
author-form-remove-hint = Det du har endret i skjemaet, lagres først. Versjonen utkastet startet fra, beholder oppføringen, så endringen kan ses og gjøres om.
author-form-remove-confirm = Fjern den
author-form-list-hint = Én per linje.
author-form-raw-hint = Skrevet som i filen (TOML).
author-form-invalid = Disse feltene ble ikke lagret fordi verdiene ikke passer (et tall eller TOML var ventet). Alt annet ble lagret.
author-error-stale = Filen ble lagret av noen andre etter at du åpnet den, så endringene dine ble ikke lagret. Åpne den på nytt og gjør dem igjen.
author-error-not-toml = Filen er ikke gyldig TOML, så den har ikke noe skjema. Rett den som tekst først.
author-error-no-entry = Den oppføringen finnes ikke lenger i filen. Ingenting ble endret.
author-learner-preview = Slik ser deltakeren det
author-learner-preview-hint = Fra den lagrede filen, når utkastet ikke har problemer. Ingenting her blir registrert.
author-preview-start = Gå til første steg
author-preview-leads-to = → { $node }
author-preview-expert = ekspertens valg
author-preview-conditional = bare når vilkåret er oppfylt
author-preview-moves-on = Går videre av seg selv til:
author-preview-ending = Slutt: { $outcome }, poeng { $score }.

# Innlogging via organisasjonen
org-sso-link = Felles innlogging (logg inn med organisasjonens brukere)
sso-title = Felles innlogging
sso-lead = La de ansatte logge inn med brukeren de allerede har (Microsoft Entra ID, ADFS, ID-porten eller en annen OpenID Connect-leverandør). Første innlogging lager brukeren her, i denne organisasjonen; ingen trenger et nytt passord.
sso-saved = Lagret. Leverandøren svarte, og de ansatte kan nå logge inn via den.
sso-register-heading = Hos leverandøren
sso-register-lead = Registrer RTW Academy som en applikasjon (en konfidensiell webklient med autorisasjonskodeflyt) med disse verdiene:
sso-redirect-uri = Redirect URI
sso-scopes = Scopes
sso-start-url = Innloggingslenke til intranettet
sso-state-heading = Leverandør
sso-none = Ingen leverandør er koblet til ennå.
sso-issuer = Utsteder (issuer)
sso-state-on = På: de ansatte kan logge inn via den
sso-state-off = Av: ingen kan logge inn via den
sso-people = Personer som har logget inn via den
sso-connect-heading = Koble til en leverandør
sso-change-heading = Endre leverandøren
sso-issuer-hint = Utstederen nøyaktig som i leverandørens discovery-dokument, for eksempel https://login.microsoftonline.com/<tenant>/v2.0. Den må begynne med https://.
sso-issuer-hint-internal = Utstederen nøyaktig som i leverandørens discovery-dokument, for eksempel https://login.microsoftonline.com/<tenant>/v2.0. Denne plattformen tillater også http:// og interne adresser.
sso-client-id = Klient-ID
sso-client-secret = Klienthemmelighet
sso-client-secret-hint = Brukes mot leverandøren og vises aldri igjen.
sso-client-secret-keep = La stå tomt for å beholde den lagrede hemmeligheten.
sso-claims-legend = Claims i ID-tokenet
sso-claims-hint = Hvilke claims som sier hvem personen er. De vanlige er fylt inn; endre dem bare hvis leverandøren bruker andre.
sso-subject-claim = Claim som identifiserer personen
sso-subject-claim-hint = Den må aldri endre seg for en person: sub, eller oid i Entra ID.
sso-name-claim = Claim med navnet
sso-email-claim = Claim med e-postadressen
sso-org-claim = Bare personer med dette claimet i tokenet (valgfritt)
sso-org-claim-hint = For en leverandør som flere organisasjoner deler, for eksempel tid (tenant) i Entra ID. Oppgi verdien under.
sso-org-value = … med denne verdien
sso-save = Lagre og sjekk leverandøren
error-sso-issuer-missing = Oppgi leverandørens utsteder.
error-sso-issuer = Oppgi en hel nettadresse uten ? eller #, for eksempel https://login.example.org/tenant/v2.0.
error-sso-issuer-https = Utstederen må begynne med https://.
error-sso-client-id = Oppgi klient-ID-en fra leverandøren (høyst 500 tegn).
error-sso-client-secret = Oppgi klienthemmeligheten fra leverandøren (høyst 500 tegn).
error-sso-claim = Et claim-navn har ingen mellomrom og er høyst 100 tegn langt.
error-sso-org-value = Oppgi verdien claimet må ha.
error-sso-org-claim = Oppgi claimet verdien gjelder.
error-sso-issuer-internal = Utstederens adresse må være offentlig (den kan ikke peke inn i nettverket plattformen kjører i).
error-sso-discovery = Leverandøren svarte ikke med et OpenID Connect discovery-dokument for denne utstederen (på <utsteder>/.well-known/openid-configuration). Sjekk adressen.
error-sso-password = Oppgi passordet til brukeren.
sso-sign-in-heading = Logg inn via organisasjonen din
sso-sign-in-lead = Bruk brukeren du har på jobben. Første gang lages brukeren din her automatisk.
sso-sign-in-organisation = Organisasjon
sso-sign-in-submit = Gå videre til organisasjonens innlogging
sso-failed-title = Innloggingen via organisasjonen virket ikke
sso-failed-nothing = Ingenting ble lagret, og ingen bruker ble laget. Du kan prøve igjen.
sso-failed-back = Tilbake til innlogging
sso-failed-not-configured = Denne organisasjonen tilbyr ikke (lenger) innlogging med egne brukere. Logg inn med e-post og passord i stedet.
sso-failed-unreachable = Organisasjonens innloggingstjeneste svarte ikke som den skulle. Prøv igjen om litt; skjer det igjen, si fra til organisasjonens administrator.
sso-failed-expired = Denne innloggingen ble startet for lenge siden, i en annen nettleser, eller er allerede brukt. Start på nytt.
sso-failed-denied = Innloggingen ble avbrutt eller avvist hos organisasjonens innloggingstjeneste.
sso-failed-invalid-token = Svaret fra organisasjonens innloggingstjeneste kunne ikke stoles på (signatur, utsteder, mottaker, tid eller nonce stemte ikke), så du ble ikke logget inn.
sso-failed-missing-claims = Organisasjonens innloggingstjeneste fortalte ikke hvem du er (en identifikator og en e-postadresse trengs). Si fra til organisasjonens administrator.
sso-failed-wrong-organisation = Brukeren din hos innloggingstjenesten hører ikke til denne organisasjonen.
sso-failed-internal = Noe gikk galt hos oss. Ingenting ble halvveis lagret; prøv igjen.
sso-failed-unknown-deployment = Læringsplattformen din startet dette fra et sted (deployment) som ikke er registrert her. Si fra til administratoren av plattformen.
error-lti-pick = Velg minst én leksjon, quiz eller case.
sso-link-title = Koble til organisasjonens innlogging
sso-link-lead = Du logget inn via { $org } som { $email }. Det finnes allerede en bruker med denne e-postadressen her.
sso-link-why = For å bruke organisasjonens innlogging for den brukeren, oppgi passordet til brukeren én gang. Vi slår aldri sammen brukere uten det.
sso-link-submit = Koble til og logg inn
sso-link-cancel = Ikke nå
sso-link-expired = Det er ingenting å koble til i denne nettleseren (det kan ha gått mer enn 15 minutter). Logg inn via organisasjonen din på nytt.

# LTI 1.3
lti-pick-title = Velg hva du vil legge til i kurset
lti-pick-lead = Kryss av for leksjonene, quizene og casene du vil legge til. Hver blir en aktivitet i kurset ditt; leksjoner og quizer får en kolonne i karakterboka.
lti-pick-submit = Legg til i kurset
lti-kind-module = modul
lti-kind-lesson = leksjon
lti-kind-quiz = quiz
lti-kind-case = case
lti-return-title = Tilbake til læringsplattformen
lti-return-lead = Valget ditt er signert og klart. Send det tilbake til læringsplattformen.
lti-return-submit = Send til læringsplattformen
lti-platforms-link = Læringsplattformer (LTI 1.3): Moodle, KS Læring, Canvas
lti-title = Læringsplattformer (LTI 1.3)
lti-lead = En kommunes læringsplattform (KS Læring og andre Moodle-er, Canvas) kan legge leksjonene, quizene og casene våre inn i kursene sine. De som starter dem derfra, logges inn her, blir med i plattformens organisasjon, og quizresultater og fullførte leksjoner går til plattformens karakterbok.
lti-saved = Plattformen er registrert. Oppstarter fra dens deployments tas imot fra nå.
lti-tool-heading = Gi læringsplattformen disse
lti-tool-lead = Registrer RTW Academy i plattformen som et LTI 1.3-verktøy med deep linking og karaktersynkronisering:
lti-login-url = Initiate login URL
lti-launch-url = Redirection URI og deep linking-URL
lti-jwks-url = Public keyset URL
lti-list-heading = Registrerte plattformer
lti-none = Ingen læringsplattform er registrert ennå.
lti-name = Navn
lti-issuer = Plattform-ID (issuer)
lti-client-id = Klient-ID
lti-deployments = Deployment-ID-er
lti-deployments-hint = Slik plattformen viser dem; flere skilt med mellomrom eller komma.
lti-organisation = Organisasjon
lti-organisation-hint = De plattformen starter, blir med i denne organisasjonen.
lti-people = Personer startet
lti-add-heading = Registrer en plattform
lti-add-lead = Verdiene står i plattformens verktøyoppsett (i Moodle: View configuration details).
lti-auth-url = Authentication request URL
lti-token-url = Access token URL
lti-platform-jwks = Plattformens public keyset URL
lti-add = Registrer plattformen
lti-url-hint = En hel https://-adresse.
lti-url-hint-internal = En hel adresse; denne plattformen tillater også http:// og interne adresser.
error-lti-name = Gi plattformen et navn (høyst 500 tegn).
error-lti-client-id = Oppgi klient-ID-en plattformen ga verktøyet.
error-lti-deployments = Oppgi minst én deployment-ID.
error-lti-url = Oppgi en hel nettadresse, for eksempel https://moodle.example.org/mod/lti/auth.php.
error-lti-url-https = Oppgi en hel https://-adresse, for eksempel https://moodle.example.org/mod/lti/auth.php.
error-lti-organisation = Velg organisasjonen.
