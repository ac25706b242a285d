# RTW Academy — brukargrensesnitt på nynorsk.
app-name = RTW Academy
skip-to-content = Hopp til hovudinnhaldet
nav-account-label = Konto
nav-sign-in = Logg inn
nav-register = Opprett konto
nav-sign-out = Logg ut
language-label = Språk
language-change = Byt
footer-note = RTW Academy kvalifiserer koordinatorar for tilbakeføring til arbeid. Alle saker er dikta opp.
working = Arbeider …
loading = Lastar …
back-to-start = Gå til framsida
back-to-programme = Tilbake til programmet

not-found-title = Fann ikkje sida
not-found-body = Vi fann ikkje sida du bad om. Sjekk adressa, eller byrj på nytt frå framsida.
error-page-title = Noko gjekk gale

error-invalid-form = Nokre felt må rettast. Sjå meldingane nedanfor.
error-bad-request = Vi forstod ikkje førespurnaden. Last inn sida på nytt og prøv igjen.
error-unauthenticated = Logg inn for å halde fram.
error-forbidden = Du har ikkje tilgang til dette.
error-not-found = Vi fann ikkje det du bad om.
error-bad-credentials = Feil e-post eller passord. Sjekk begge og prøv igjen.
error-too-many-attempts = For mange mislukka innloggingar for denne kontoen eller frå nettverket ditt. Vent nokre minutt og prøv igjen, eller tilbakestill passordet.
error-link-expired = Denne lenkja verkar ikkje lenger. Lenkjer kan brukast éin gong, i avgrensa tid. Be om ei ny.
error-internal = Noko gjekk gale hos oss. Dataa dine er trygge; prøv igjen om litt.
error-email-empty = Skriv inn e-postadressa di.
error-email-invalid = Skriv inn ei e-postadresse som namn@døme.no.
error-email-taken = Det finst alt ein konto med denne e-postadressa. Logg inn i staden, eller tilbakestill passordet.
error-password-too-short = Passordet må ha minst 12 teikn.
error-password-breached = Dette passordet er kjent frå datalekkasjar, så andre kan gjette det. Vel eit anna, til dømes ei setning med fleire ord.
error-password-too-long = Passordet kan ha høgst 128 teikn.
error-name-empty = Skriv inn namnet ditt.
error-name-too-long = Namnet kan ha høgst 100 teikn.
error-name-invalid = Namnet inneheld teikn som ikkje er tillatne (< eller >).

home-title = Bli kvalifisert som koordinator for tilbakeføring til arbeid
home-lead = Leksjonar, casesimuleringar på den verkelege sjukefråværstidslinja, quizar og kompetansebevis — for koordinatorar i Noreg og Sverige.
home-register = Kom i gang
home-go-to-programme = Gå til programmet ditt
home-programmes = Program
home-no-programmes = Ingen program er publiserte enno.
course-facts = { $modules ->
        [one] { $modules } modul
       *[other] { $modules } modular
    } · { $lessons ->
        [one] { $lessons } leksjon
       *[other] { $lessons } leksjonar
    } · omtrent { $minutes } minutt

register-title = Opprett konto
register-lead = Kontoen tek vare på framdrifta di, så du kan stoppe når du vil og halde fram der du slapp.
field-name = Fullt namn
field-email = E-postadresse
field-password = Passord
field-new-password = Nytt passord
password-hint = Minst { $min } teikn. Ei kort setning er lett å hugse og vanskeleg å gjette.
register-submit = Opprett konto
register-have-account = Har du alt ein konto?

sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-forgot = Gløymt passordet?
sign-in-no-account = Ny her?
reset-done = Passordet er endra. Logg inn med det nye passordet.

forgot-title = Tilbakestill passordet
forgot-lead = Skriv inn e-postadressa til kontoen din. Vi sender deg ei lenkje der du kan velje nytt passord.
forgot-submit = Send lenkje
forgot-sent = Dersom det finst ein konto for denne adressa, har vi sendt ei lenkje dit. Sjekk innboksen; lenkja verkar i éin time.

reset-title = Vel nytt passord
reset-submit = Lagre nytt passord
reset-ask-again = Be om ei ny lenkje

programme-eyebrow = Program
programme-your-progress = Framdrifta di
programme-start = Start første leksjon
programme-moved = Programmet er oppdatert frå versjon { $from } til versjon { $version }. Det du hadde gjort, tel framleis.
programme-continue = Hald fram der du slapp
programme-all-done = Du har fullført alle leksjonane i dette programmet.
programme-modules = Modular
progress-lessons = { $done } av { $total } leksjonar fullførte
percent = { $value } %
minutes = { $minutes } min
minutes-total = omtrent { $minutes } min totalt
module-number = Modul { $n }
lesson-status-done = fullført
lesson-status-open = ikkje fullført

lesson-not-found-title = Fann ikkje leksjonen
lesson-not-found-body = Programmet har ingen leksjon på denne adressa. Han kan vere flytta i ein nyare versjon. Gå tilbake til programmet for å finne han.
lesson-fallback = Denne leksjonen finst ikkje på språket ditt enno, så han blir vist på eit anna språk.
content-fallback = Dette finst ikkje på språket ditt enno, så det blir vist på eit anna språk.
lesson-objectives = Etter denne leksjonen kan du
lesson-sources = Kjelder
lesson-completed = Du har fullført denne leksjonen.
lesson-mark-complete = Merk som fullført
lesson-position = Leksjon { $n } av { $total }
lesson-previous = Førre
lesson-next = Neste
breadcrumbs-label = Du er her
pager-label = Leksjonar

email-reset-subject = Tilbakestill passordet ditt i RTW Academy
email-reset-body =
    Hei { $name },

    Nokon (forhåpentlegvis du) har bede om å tilbakestille passordet til kontoen din i RTW Academy.
    Vel nytt passord her:

    { $link }

    Lenkja kan brukast éin gong, i { $minutes } minutt. Dersom du ikkje bad om dette, kan du sjå bort frå e-posten: passordet ditt er uendra.

    — RTW Academy

# Quizzes
error-quiz-closed = Du kan ikkje ta denne testen akkurat no. Gå tilbake til testsida for å sjå kvifor.
quiz-eyebrow = Test
quiz-facts = { $items ->
        [one] { $items } spørsmål
       *[other] { $items } spørsmål
    } · krav for å bestå { $pass } %
quiz-attempts-limit = Du kan ta han { $max ->
        [one] éin gong
       *[other] { $max } gonger
    }; { $used } brukt.
quiz-attempts-unlimited = Du kan ta han så mange gonger du treng.
quiz-wait-rule = Etter eit forsøk som ikkje består, må du vente { $minutes ->
        [one] eitt minutt
       *[other] { $minutes } minutt
    } før neste.
quiz-time-limit = Tidsfrist: { $minutes } minutt. Svar som blir sende etter fristen, tel ikkje.
quiz-start = Start testen
quiz-continue = Hald fram med forsøket
quiz-wait-until = Du kan prøve igjen { $time }.
quiz-no-attempts = Du har brukt alle forsøka på denne testen.
quiz-passed = Du har bestått denne testen.
quiz-your-attempts = Forsøka dine
quiz-attempt-row = Forsøk { $number }
quiz-attempt-open = pågår
quiz-attempt-result = { $percent } % · { $result }
quiz-result-passed = bestått
quiz-result-failed = ikkje bestått
quiz-see-review = Sjå gjennomgangen
attempt-title = { $quiz }: forsøk { $number }
attempt-lead = Svar på spørsmåla og send inn. Berre svara du sender inn, tel.
attempt-deadline = Send inn innan { $time }.
attempt-question = Spørsmål { $number } av { $total }
attempt-points = { $points ->
        [one] 1 poeng
       *[other] { $points } poeng
    }
attempt-true = Sant
attempt-false = Usant
attempt-choose = Vel …
attempt-position = Plass { $n }
attempt-number-answer = Svaret ditt (eit tal)
attempt-text-answer = Svaret ditt
attempt-submit = Send inn svara
review-title = { $quiz }: resultat av forsøk { $number }
review-score = Du fekk { $percent } %. Kravet for å bestå er { $pass } %.
review-passed = Bestått.
review-failed = Ikkje bestått enno.
review-late = Forsøket vart sendt inn etter tidsfristen: berre svar som var lagra i tide, vart talde.
review-no-feedback = Denne testen viser ikkje fasiten, slik at spørsmåla er like rettferdige for alle.
review-your-answer = Svaret ditt
review-no-answer = Ikkje svart på
review-right-answer = Rett svar
review-credit = { $percent } % av poenga
review-why = Kvifor
review-sources = Kjelder
review-back = Tilbake til testen
programme-quizzes = Testar
attempt-saved = Svara dine er lagra.
attempt-save-failed = Det siste svaret ditt vart ikkje lagra. Det blir sendt når du leverer.

# Item statistics
stats-title = Spørsmålsstatistikk: { $quiz }
stats-summary = Versjon { $version } · { $attempts } retta forsøk · gjennomsnitt { $mean } % · gjennomsnittleg tid { $minutes } min
stats-chart-label = Lettindeks per spørsmål: gjennomsnittleg del av poenga deltakarane fekk
stats-table-caption = Tal per spørsmål
stats-item = Spørsmål
stats-attempts = Forsøk
stats-facility = Lettindeks
stats-discrimination = Diskriminering
stats-options = Valde alternativ
attempt-time-left = Tid att: { $time }
attempt-one-minute = Eitt minutt att. Send inn svara dine.
attempt-time-up = Tida er ute. Svar som er lagra til no, tel; send inn for å sjå resultatet.

# Case simulations
programme-cases = Casesimuleringar
case-eyebrow = Casesimulering
case-best-score = beste poengsum { $score }
case-in-progress = påbyrja
case-start = Start caset
case-continue = Hald fram
case-play-again = Spel på nytt
case-rules-no = Norske reglar: tidslina for sjukefråværsoppfølging
case-rules-se = Svenske reglar: rehabiliteringskjeda
case-how = Du tek avgjerdene som koordinator. Kvar avgjerd blir lagra med ein gong; du kan ta pause og halde fram seinare, på kva eining som helst.
case-fictional = Caset er oppdikta. Likskap med verkelege personar er tilfeldig.
case-your-runs = Gjennomspelingane dine
case-outcome-full_return = Tilbake i full jobb i veke { $week }
case-outcome-graded_return = Gradert tilbakeføring i veke { $week }
case-outcome-other_work = I anna arbeid i veke { $week }
case-outcome-long_term_absence = Langtidsfråvær (framleis borte frå jobb i veke { $week })
case-outcome-dropped_out = Fall ut av arbeidslivet (veke { $week })
case-score = Poengsum: { $score } av 100
case-run-open = påbyrja, { $decisions ->
    [one] éi avgjerd
   *[other] { $decisions } avgjerder
} så langt
case-see-debrief = Sjå gjennomgangen
case-run-row = Runde { $number } (starta { $time })
case-clock = Veke { $week } av sjukefråværet (dag { $day })
case-run-eyebrow = Casesimulering · runde { $number }
case-side-label = Caset så langt
case-view-of = Sett frå:
case-actor-employee = Arbeidstakaren
case-actor-manager = Næraste leiar
case-actor-gp = Fastlegen
case-actor-nav = NAV
case-actor-forsakringskassan = Försäkringskassan
case-actor-occupational_health = Bedriftshelsetenesta
case-actor-specialist = Spesialisthelsetenesta
case-actor-coordinator = Du, koordinatoren
case-documents = Dokument
case-what-do-you-do = Kva gjer du?
case-ended = Caset er slutt
case-expert-ending = Vegen til eksperten endar slik: { $outcome } (poengsum { $score }).
case-debrief = Gjennomgang: avgjerdene dine og ekspertens
case-debrief-summary = Du valde som eksperten i { $matched } av { $total } avgjerder.
case-decision = Avgjerd { $step }, veke { $week }
case-you-chose = Du valde
case-same-as-expert = Eksperten ville valt det same.
case-expert-chose = Eksperten ville valt
case-why = Kvifor
case-state = Slik står det til
case-value-of = { $value } av { $max }
case-yes = ja
case-no = nei
case-milestone-when = Veke { $week } (dag { $day })
case-milestone-passed = passert
case-milestone-ahead = kjem
case-now = No: veke { $week } (dag { $day })
case-timeline = Tidslina
case-events = Dette har skjedd
error-choice-unavailable = Det valet er ikkje ope lenger. Sida viser no kvar caset står.
analytics-eyebrow = Stianalyse
analytics-title = Vegar gjennom «{ $case }»
analytics-lead = Publisert versjon { $version }: { $runs } gjennomspelingar, { $finished } fullførte.
analytics-chart-label = Caset som graf: { $runs } gjennomspelingar, { $finished } fullførte. Tabellane under gir alle tala.
analytics-legend = Kvar boks er eit punkt i caset; linjene er val (tala: kor mange avgjerder som tok dei) eller vegar caset tek av seg sjølv. Vala til eksperten er teikna i profilfargen.
analytics-ended-here = { $n } enda her
analytics-waiting = { $n } stoppa her
analytics-stopped-here = Uferdige gjennomspelingar som står her
analytics-choices = Val
analytics-ends = Avslutningar og kvar gjennomspelingar stoppa
analytics-node = Punkt
analytics-choice = Val (★ eksperten sitt)
analytics-count = Avgjerder
analytics-share = Del
analytics-leads-to = Fører til
analytics-what = Kva
analytics-runs = Gjennomspelingar
attempt-check = Sjekk svaret
attempt-check-empty = Svar på spørsmålet før du sjekkar det.
attempt-checked-right = Rett.
attempt-checked-partly = Delvis rett.
attempt-checked-wrong = Ikkje rett.
attempt-feedback-label = Tilbakemelding på svaret ditt
attempt-lead-immediate = Sjekk kvart svar undervegs: du ser med ein gong om det er rett, og svaret blir då låst. Send inn når du er ferdig.
nav-certificates = Sertifikat
certificates-title = Sertifikata dine
certificates-none = Du har ingen sertifikat enno. Dei blir skrivne ut automatisk når du har fullført det eit sertifikat krev.
certificate-qualification = Kvalifisering
certificate-module = Modulsertifikat
certificate-code = Sertifikatkode
certificate-issued = Skrive ut
certificate-expires = Gyldig til
certificate-status = Status
certificate-status-valid = Gyldig
certificate-status-expired = Gått ut
certificate-status-revoked = Trekt tilbake
certificate-status-suspended = Suspendert
certificate-status-changed = Status endra
certificate-reason = Grunngjeving
certificate-verification-link = Opne verifiseringssida
certificate-share-hint = Del adressa til verifiseringssida eller koden: alle kan sjekke at sertifikatet er gyldig, og ser berre namnet ditt, sertifikatet og datoane.
certificate-holder = Innehavar
certificate-name = Sertifikat
certificate-programme = Program
certificate-admin = Administrasjon
certificate-revoke = Trekk tilbake sertifikatet
certificate-reinstate = Set inn sertifikatet att
certificate-reason-required = Skriv ei grunngjeving (høgst 500 teikn). Ho blir lagra i loggen til sertifikatet.
certificate-already = Sertifikatet har allereie den statusen.
verify-title = Verifiser eit sertifikat
verify-lead = Skriv koden som står på sertifikatet, til dømes RTW-7K3M-Q9XD-2HFA-0B4C.
verify-submit = Verifiser
verify-not-found = Ingen sertifikat har denne koden.
verify-not-found-hint = Sjekk koden slik han står på sertifikatet. Teikn som liknar kvarandre (O og 0, I og 1) blir lesne likt.
verify-api-hint = For system: dei same opplysningane som JSON på
analytics-graph-region = Caset som graf (rull sidelengs)
certificate-suspend = Suspender sertifikatet
certificate-download-pdf = Last ned sertifikatet (PDF)
certificate-download-credential = Last ned det digitale beviset (Open Badges 3.0)
certificate-credential-hint = Det digitale beviset er ei signert Open Badges 3.0-fil. Legg det i ei digital lommebok eller gje det til ein arbeidsgjevar: alle kan kontrollere signaturen og statusen utan å spørje oss.
credential-description = { $certificate } i { $programme }, skrive ut av RTW Academy.
credential-criteria = Alle leksjonar, quizar og casesimuleringar som reglane for { $programme } (versjon { $version }) krev for dette sertifikatet, fullførte med minst det resultatet som blir kravd.
pdf-heading = Sertifikat
pdf-awarded-to = Dette stadfestar at
pdf-has-completed = har oppfylt alle krav til
pdf-in-programme = i programmet
pdf-verify = Kontroller at sertifikatet er gyldig på
pdf-qr = QR-kode som opnar kontrollsida for dette sertifikatet
pdf-status-note = Status då denne kopien vart laga
renewal-heading = Fornying
renewal-not-yet = Fornying opnar { $date }.
renewal-open = Du kan fornye sertifikatet no.
renewal-closed = Sertifikatet kan ikkje fornyast medan det er trekt tilbake eller suspendert.
renewal-renewed = Fornya: det nye sertifikatet har koden { $code }.
renewal-cpd = Etter- og vidareutdanning registrert sidan sertifikatet vart skrive ut: { $logged } av { $required } timar.
renewal-modules = Oppfriskingsmodular som står att: { $modules }.
renewal-renew = Forny sertifikatet
renewal-cpd-link = Loggen din for etter- og vidareutdanning
renewal-not-offered = Dette sertifikatet blir ikkje fornya; ta det på nytt i staden.
renewal-not-open = Fornying har ikkje opna enno for dette sertifikatet.
renewal-requirements = Fornying krev framleis timane eller modulane som står under sertifikatet.
renewal-closed-error = Sertifikatet kan ikkje fornyast: det er trekt tilbake, suspendert eller alt fornya.
cpd-title = Etter- og vidareutdanning
cpd-lead = Registrer kurs, rettleiing, konferansar og anna læring som held kompetansen din oppdatert. Når du fornyar eit sertifikat, blir timane registrerte sidan det vart skrive ut talde.
cpd-none = Ingenting er registrert enno.
cpd-total = Loggen din: { $hours } timar til saman
cpd-add-heading = Legg til ein aktivitet
cpd-activity = Aktivitet
cpd-activity-hint = Til dømes: kurs i motiverande intervju.
cpd-provider = Arrangør
cpd-done-on = Dato
cpd-hours = Timar
cpd-hours-hint = Til dømes 1,5 (høgst 100 per aktivitet).
cpd-attested-by = Stadfesta av
cpd-attested-hint = Namn og rolle til den som kan stadfeste det, til dømes leiaren din eller kursansvarleg.
cpd-add = Legg til i loggen
cpd-remove = Fjern
cpd-activity-invalid = Skriv kva du gjorde (høgst 200 teikn).
cpd-provider-invalid = Skriv kven som arrangerte det (høgst 200 teikn).
cpd-attested-invalid = Skriv kven som kan stadfeste det (høgst 200 teikn).
cpd-date-invalid = Oppgi datoen det fann stad, som ein gyldig dato som ikkje er fram i tid.
cpd-hours-invalid = Oppgi timane som eit tal frå 0,1 til 100, med høgst éin desimal.
email-renewal-subject = Sertifikatet ditt «{ $certificate }» går ut { $date }
email-renewal-body = Hei, { $name }!

    Sertifikatet ditt «{ $certificate }» ({ $code }) går ut { $date }, om { $days } dagar.

    Du kan fornye det i RTW Academy når fornyingsvindauget er ope. Fornying krev { $hours } timar etter- og vidareutdanning registrert sidan sertifikatet vart skrive ut, og eventuelle oppfriskingsmodular programmet nemner. Sjå kvar du står:

    { $link }

    RTW Academy
footer-accessibility = Tilgjengelegheitserklæring
a11y-title = Tilgjengelegheitserklæring
a11y-lead = RTW Academy er for alle som koordinerer tilbakeføring til arbeid, same kva syn, høyrsel, rørsle eller måte å lese på. Her står kor langt vi har kome, og korleis du seier frå om det som ikkje fungerer for deg.
a11y-law-heading = Kva lova krev
a11y-law = Offentlege verksemder i Noreg må oppfylle WCAG 2.1 på nivå AA etter forskrift om universell utforming av IKT-løysingar, og publisere ei tilgjengelegheitserklæring. I Sverige krev lag (2018:1937) om tillgänglighet till digital offentlig service det same av offentlege verksemder. Kommunar som bruker RTW Academy, er avhengige av at vi hjelper dei å oppfylle dette.
a11y-status-heading = Kvar vi står
a11y-status = RTW Academy oppfyller WCAG 2.1 AA delvis. Alt kan gjerast med tastatur og utan JavaScript, skjemaa knyter feilmeldingane til felta, og sidene tilpassar seg frå mobilar på 320 px og oppover og til fargeval i nettlesaren.
a11y-gaps-heading = Dette veit vi ikkje fungerer enno
a11y-gap-charts = Diagramma på statistikksidene til forfattarane held på tekststorleiken når berre teksten blir forstørra (zoom forstørrar dei); alle tal i eit diagram står òg i tabellen ved sida av.
a11y-gap-pdf = Sertifikatet i PDF er merkt for skjermlesarar (PDF/UA-1), men er ikkje prøvd enno av folk som bruker skjermlesar.
a11y-gap-languages = Leksjonane i modul 2 til 8 finst berre på bokmål og engelsk; lesarar på nynorsk og svensk ser bokmålsteksten og får melding om det.
a11y-testing-heading = Slik testar vi
a11y-testing = Kvar endring køyrer ende-til-ende-testane våre i Chromium, éin gong med JavaScript og éin gong utan. På kvar side i kvar rolle (besøkjande, deltakar, administrator og forfattar) kontrollerer axe-core dei reglane i WCAG 2.1 A og AA som kan kontrollerast automatisk, i lyst og mørkt fargetema og ved 320 px; dei same sidene blir kontrollerte for sidevegs rulling ved 320 px og med tekst forstørra til 200 %, og ein deltakar går frå registrering til sertifikat berre med tastaturet. Resten krev menneskeleg vurdering og blir gått gjennom manuelt.
a11y-enforcement-heading = Om du ikkje er nøgd med svaret vårt
a11y-enforcement-no = I Noreg fører Tilsynet for universell utforming av ikt (ein del av Digitaliseringsdirektoratet) tilsyn med offentlege verksemder: uutilsynet.no.
a11y-enforcement-se = I Sverige fører Myndigheten för digital förvaltning (Digg) tilsyn og tek imot meldingar: digg.se.
a11y-date = Erklæringa vart oppdatert 23.11.2026 og blir gått gjennom ved kvar ny versjon.
feedback-heading = Sei frå om det som ikkje fungerer
feedback-lead = Skildre kva du prøvde å gjere, og kva som stod i vegen. Oppgi ei adresse om du vil ha svar; du treng ingen konto.
feedback-message = Kva fungerte ikkje?
feedback-page = Kva side? (valfritt)
feedback-page-hint = Adressa eller tittelen på sida.
feedback-contact = Korleis kan vi svare deg? (valfritt)
feedback-contact-hint = Ei e-postadresse eller eit telefonnummer.
feedback-submit = Send
feedback-sent = Takk. Meldinga di er send til RTW Academy.
feedback-message-invalid = Skildre problemet (høgst 5000 teikn).
feedback-contact-invalid = Skriv høgst 200 teikn.
feedback-page-invalid = Skriv høgst 500 teikn.
email-feedback-subject = Tilbakemelding om tilgjengelegheit #{ $id }
email-feedback-body =
    Melding:
    { $message }

    Side: { $page }
    Svar til: { $contact }
    Språk: { $lang }

# Kontoen din: data og sletting
account-title = Kontoen din
account-data-heading = Dataa dine
account-data-lead = Last ned alt plattforma lagrar om deg som éi fil (JSON): kontoen, innloggingar, påmeldingar, fullførte leksjonar, quizforsøk med kvart svar, casegjennomspelingar med kvar avgjerd, kompetansebevis med historikk, etterutdanningsloggen og tilbakemeldingar du sende medan du var innlogga.
account-data-download = Last ned alle dataa dine (JSON)
account-delete-heading = Slett kontoen
account-delete-lead = Når du slettar kontoen, blir innloggingar, framdrift, quizsvar, avgjerder i casar og etterutdanningsloggen sletta med ein gong. Det kan ikkje angrast, og du blir logga ut.
account-delete-kept = Kompetansebevisa dine blir tekne vare på og kan framleis kontrollerast med koden (namnet ditt slik det står på beviset, datoane og statusen), fordi arbeidsgivarar stolar på dei. Ta kontakt med administratoren av plattforma om eit bevis må fjernast.
account-delete-password-hint = Stadfest at det er deg.
account-delete-confirm = Eg forstår at kontoen og framdrifta mi blir sletta for godt.
account-delete-submit = Slett kontoen min
account-delete-password-missing = Skriv inn passordet ditt for å stadfeste.
account-delete-password-wrong = Det er ikkje passordet ditt. Ingenting vart sletta.
account-delete-confirm-missing = Kryss av i boksen for å stadfeste at du vil slette kontoen.
account-deleted-title = Kontoen din er sletta
account-deleted-lead = Kontoen, framdrifta og svara dine er sletta, og du er logga ut.
account-deleted-certificates = Kompetansebevis du har fått, kan framleis kontrollerast med koden.
account-deleted-home = Gå til framsida

## Organisasjonar
nav-organisations = Organisasjonar
orgs-title = Organisasjonar
orgs-none = Du administrerer ingen organisasjon. Ein administrator i organisasjonen kan invitere deg som administrator.
orgs-members = { $count ->
    [one] { $count } person
   *[other] { $count } personar
}
orgs-create-heading = Opprett ein organisasjon
orgs-name = Namnet på organisasjonen
orgs-kind = Type
orgs-create = Opprett organisasjon
org-kind-municipality = Kommune
org-kind-region = Region
org-kind-employer = Arbeidsgjevar
org-role-member = Medlem
org-role-admin = Administrator
org-role = Rolle
org-invited = Invitasjonen er send. Han står nedanfor til han er godteken.
org-imported = { $count ->
    [one] Éin invitasjon er send.
   *[other] { $count } invitasjonar er sende.
}
org-standing-heading = Kompetansebevis
org-standing-within = Rekn som utløpande innan
org-standing-days = { $days } dagar
org-standing-apply = Oppdater
org-standing-filtered = Viser { $what }: { $count ->
    [one] éin person.
   *[other] { $count } personar.
}
org-standing-all = Vis alle
standing-valid = gyldig
standing-expiring = går ut innan { $days } dagar
standing-lapsed = gått ut eller tilbakekalla
standing-missing = ikkje noko bevis enno
org-members-heading = Personar
org-members-lead = Det organisasjonen ser om kvar person. Kvar person ser nøyaktig dette om seg sjølv på kontosida si.
org-members-range = Personar { $from }–{ $to } av { $total }
org-members-pages = Sider i lista over personar
org-members-previous = Førre side
org-members-next = Neste side
org-members-none = Ingen har vorte med enno. Inviter personar nedanfor.
org-people-csv = Last ned tabellen (CSV)
org-joined = Vart med
org-lessons = Fullførte leksjonar
org-quizzes = Beståtte quizar
org-certificates = Kompetansebevis
org-no-certificates = Ingen enno
org-expires = går ut { $date }
org-invitations-heading = Invitasjonar
org-invitations-none = Ingen invitasjonar er sende enno.
org-invitation-state = Status
org-invitation-expires = Lenka gjeld til
org-revoke = Trekk tilbake
invitation-state-open = Ventar
invitation-state-expired = Gått ut
invitation-state-accepted = Godteken
invitation-state-revoked = Trekt tilbake
org-invite-heading = Inviter ein person
org-invite = Send invitasjon
org-roster-heading = Inviter mange frå ei liste
org-roster-lead = Lim inn ei liste frå eit rekneark eller eit HR-system. Du ser kva som skjer med kvar rad, og kvart problem, før noko vert sendt.
org-roster-file = Vel ei fil (eller lim inn lista nedanfor)
org-roster-field = Lista (CSV)
org-roster-hint = Ei overskriftsrad som namngjev kolonnane: namn (eller førenamn og etternamn), e-post og eventuelt rolle (medlem eller administrator). Komma, semikolon eller tabulator mellom kolonnane.
org-roster-check = Kontroller lista
import-title = Kontroller lista før import
import-back = Tilbake til organisasjonen
import-summary = Nye invitasjonar: { $invite }. Vert sende på nytt: { $renew }. Alt medlemmer: { $member }. Rader med problem: { $problems }.
import-fix-first = Ingenting vert importert medan ei rad har eit problem. Rett lista og kontroller henne på nytt.
import-problems-heading = Problem
import-line = Linje { $line }
import-rows-heading = Rader
import-line-column = Linje
import-outcome = Kva skjer
import-outcome-invite = Vert invitert
import-outcome-renew = Invitasjonen vert send på nytt
import-outcome-member = Alt medlem: vert hoppa over
import-apply = { $count ->
    [one] Send éin invitasjon
   *[other] Send { $count } invitasjonar
}
invitation-title = Invitasjon
invitation-lead = { $organisation } inviterer deg til RTW Academy som { $role }.
invitation-valid-until = Invitasjonen gjeld til { $date }.
invitation-expired = Invitasjonen har gått ut. Be organisasjonen din sende ein ny.
invitation-invalid = Denne invitasjonslenka er ikkje gyldig. Sjekk at du kopierte heile lenka frå e-posten.
invitation-now-expired = Invitasjonen har gått ut. Be organisasjonen din sende ein ny.
invitation-now-accepted = Invitasjonen er alt godteken.
invitation-now-revoked = Organisasjonen har trekt tilbake invitasjonen.
invitation-other-account = Invitasjonen gjeld { $invited }, men du er logga inn som { $you }. Logg ut og opna lenka på nytt, eller be om ein invitasjon til adressa di.
invitation-accept = Bli med i { $organisation }
invitation-new-account = Opprett kontoen din
invitation-email-hint = Adressa invitasjonen vart send til.
invitation-join = Opprett konto og bli med
invitation-have-account = Har du alt ein konto med denne adressa?
account-orgs-heading = Organisasjonane dine
account-orgs-lead = Organisasjonen din ser nøyaktig dette om deg:
account-orgs-none = Du høyrer ikkje til nokon organisasjon. Framdrifta di ser berre du.
account-joined = Du er no med i organisasjonen.
error-org-name-empty = Skriv namnet på organisasjonen.
error-org-name-length = Namnet må vere 2 til 120 teikn langt.
error-org-name-invalid = Namnet kan ikkje innehalde < eller >.
error-org-name-taken = Det finst alt ein organisasjon med dette namnet.
error-org-kind = Vel kommune, region eller arbeidsgjevar.
error-org-already-member = Denne personen er alt medlem av organisasjonen.
error-roster-name-missing = Rada manglar namn.
error-roster-email-missing = Rada manglar e-postadresse.
error-roster-role = Rolla må vere medlem eller administrator.
error-roster-duplicate = Denne e-postadressa står alt på ei tidlegare rad.
error-roster-empty = Lista inneheld ingen personar.
error-roster-no-email-column = Fann ingen kolonne med e-postadresser. Første rad må namngje kolonnane, til dømes: namn, e-post, rolle.
error-roster-no-name-column = Fann ingen kolonne med namn. Legg til ein kolonne som heiter namn (eller førenamn og etternamn).
error-roster-too-many-rows = Lista har meir enn 5 000 rader. Del henne i fleire lister.
error-roster-unclosed-quote = Eit hermeteikn som opnar eit felt på denne linja, vert aldri lukka.
error-roster-fix-first = Ingenting vart importert: rett radene med problem og kontroller lista på nytt.
error-invitation-other-email = Invitasjonen gjeld ei anna e-postadresse enn den du er logga inn med.
error-invitation-revoked = Organisasjonen har trekt tilbake invitasjonen.
error-invitation-used = Invitasjonen er alt godteken.
error-invitation-sign-in = Det finst alt ein konto med denne adressa. Logg inn, og opna lenka på nytt.
email-invitation-subject = { $organisation } inviterer deg til RTW Academy
email-invitation-body =
    Hei { $name },

    { $organisation } inviterer deg til RTW Academy, kvalifiseringsprogrammet for tilbake-til-arbeid-koordinatorar.
    Godta invitasjonen her:

    { $link }

    Lenka gjeld i { $days } dagar. Viss du ikkje venta denne e-posten, kan du sjå bort frå han.

## HR integration (API tokens)
org-api-link = HR-integrasjon: API-nøklar for HR-systemet
api-title = HR-integrasjon
api-lead = HR-systemet dykkar kan hente personane, påmeldingane, dei fullførte modulane og kompetansebevisa til organisasjonen frå API-et vårt. Lag ein nøkkel til det her; nøkkelen les berre data frå denne organisasjonen, og berre det tilgangane tillèt.
api-docs = API-et er skildra (OpenAPI 3.1) på
api-tokens-heading = Nøklar
api-tokens-none = Ingen nøklar enno.
api-new-heading = Ny nøkkel
api-token-name = Namn
api-token-name-hint = Kva nøkkelen skal brukast til, til dømes «Visma HR nattleg import».
api-scopes = Kva han kan lese
api-scope-people = Personar
api-scope-enrolments = Påmeldingar og framdrift
api-scope-completions = Fullførte modular
api-scope-certificates = Kompetansebevis
api-days = Gyldig i
api-create = Lag nøkkel
api-revealed-heading = Nøkkelen «{ $name }» er laga
api-revealed-once = Kopier nøkkelen no. Han blir berre vist denne eine gongen; vi tek berre vare på eit fingeravtrykk av han.
api-revealed-token = Nøkkel
api-revealed-expires = Han verkar til { $date }, om han ikkje blir trekt tilbake.
api-example = Døme:
api-created = Laga
api-expires = Går ut
api-last-used = Sist brukt
api-never-used = Aldri
api-state = Status
api-state-active = Aktiv
api-state-expired = Gått ut
api-state-revoked = Trekt tilbake
api-revoke = Trekk tilbake
error-api-token-name = Gi nøkkelen eit namn på høgst 80 teikn.
error-api-token-scopes = Vel minst éin ting nøkkelen kan lese.
error-api-token-days = Vel kor lenge nøkkelen skal gjelde.

## Webhooks
org-webhooks-link = Webhooks: gi HR-systemet melding straks noko skjer
webhooks-title = Webhooks
webhooks-lead = Ein webhook gir HR-systemet dykkar melding straks ein av dykkar fullfører ein modul, blir kvalifisert, har eit kompetansebevis som snart går ut eller får eit trekt tilbake. Vi sender hendinga som JSON til adressa de gir opp, signert med ei løyndom berre de og vi kjenner, og prøver igjen med stadig lengre pausar til systemet svarer med 2xx. Hendingar om éin person kjem fram i den rekkjefølgja dei skjedde.
webhooks-verify-heading = Slik sjekkar systemet dykkar at ei hending kjem frå oss
webhooks-verify = Kvar førespurnad har overskriftene RTW-Webhook-Id (hendinga, den same når ho blir send igjen), RTW-Webhook-Event, RTW-Webhook-Timestamp (Unix-sekund) og RTW-Webhook-Signature. Rekn ut HMAC-SHA256 med løyndommen over tidsstempelet, eit punktum og innhaldet nøyaktig slik det kom, samanlikn med signaturen, og avvis tidsstempel eldre enn fem minutt.
webhooks-heading = Adresser
webhooks-none = Ingen webhooks enno.
webhook-new-heading = Ny webhook
webhook-url = Adresse (URL)
webhook-url-hint = Ei https://-adresse på internett.
webhook-url-hint-internal = Ei https://- eller http://-adresse (denne installasjonen tillèt også adresser i sitt eige nettverk).
webhook-events = Hendingar
webhook-event-module-completed = Ein modul er fullført
webhook-event-qualification-certified = Kvalifiseringa er oppnådd
webhook-event-certificate-expiring = Eit kompetansebevis går snart ut
webhook-event-certificate-revoked = Eit kompetansebevis er trekt tilbake
webhook-create = Legg til webhook
webhook-created = Webhooken er lagd til
webhook-secret-once = Kopier signeringsløyndommen no og gi han til HR-systemet. Han blir berre vist denne eine gongen.
webhook-secret = Signeringsløyndom
webhook-state-active = Aktiv
webhook-state-disabled = Slått av
webhook-disable = Slå av
webhook-deliveries-heading = Leveransar
webhook-deliveries-lead = Nyaste først. Ein leveranse som feila, blir prøvd igjen av seg sjølv; «Send igjen» sender han éin gong til no, med same hendings-id.
webhook-deliveries-none = Ingenting sendt enno.
webhook-event = Hending
webhook-queued = Lagd i kø
webhook-attempts = Forsøk
webhook-answer = Siste svar
webhook-replay = Send igjen
webhook-replay-of = (på nytt, av { $id })
webhook-delivery-delivered = Levert
webhook-delivery-waiting = Ventar
webhook-delivery-retrying = Feila, blir prøvd igjen
error-webhook-url-missing = Gi opp adressa hendingane skal sendast til.
error-webhook-url = Gi opp ei fullstendig nettadresse, til dømes https://hr.example.org/rtw-events.
error-webhook-url-https = Adressa må byrje med https://, så hendingane er krypterte på vegen.
error-webhook-url-credentials = Ta brukarnamn og passord ut av adressa; signaturen viser systemet dykkar at hendinga er vår.
error-webhook-events = Vel minst éi hending.
error-webhook-disabled = Denne webhooken er slått av; ingenting blir sendt til han.
org-modules = Modular fullførte
org-modules-heading = Fullføring per modul
org-modules-lead = Kor mange av folka dykkar som har fullført kvar modul, på kva versjon av kurset som helst.
org-module = Modul
org-modules-completed = Fullført
org-modules-share = Del fullført
org-modules-of = { $done } av { $all }
org-modules-csv = Last ned fullføring per modul (CSV)
org-weeks-heading = Framdrift over tid
org-weeks-summary = Leksjonar fullførte per veke dei siste { $weeks } vekene: { $lessons } i alt, og { $modules ->
    [one] éin modul
   *[other] { $modules } modular
} fullførte.
org-weeks-caption = Leksjonar fullførte per veke, eldste veka til venstre. Tabellen under har alle tala.
org-week-starting = Veke som startar
org-weeks-csv = Last ned framdrift per veke (CSV)
org-xapi-link = Læringsregister (xAPI): send alle læringshendingar til LRS-en dykkar
lrs-title = Læringsregister (xAPI)
lrs-lead = Kopla til læringsregisteret (LRS) til organisasjonen, så sender vi ei xAPI 1.0.3-melding for kvar leksjon folka dykkar fullfører, kvart prøveresultat, kvar avgjerd i ein casesimulering og kvart kompetansebevis. Meldingar ventar og blir sende på nytt til registeret tek imot dei, i rekkjefølgje for kvar person.
lrs-saved = Læringsregisteret er kopla til. Nye meldingar blir sende frå no av.
lrs-state-heading = Tilkopling
lrs-none = Ikkje noko læringsregister er kopla til.
lrs-endpoint = xAPI-adressa til registeret
lrs-endpoint-hint = Adressa registeret gjev for xAPI, til dømes https://lrs.example.org/xAPI/. Meldingane blir sende til statements-ressursen der.
lrs-endpoint-hint-internal = Adressa registeret gjev for xAPI, til dømes https://lrs.example.org/xAPI/. Denne plattforma tillèt òg http:// og interne adresser.
lrs-username = Brukarnamn (HTTP basic-autentisering)
lrs-password = Passord
lrs-password-hint = Blir lagra for å logge inn i registeret og blir aldri vist att.
lrs-password-keep = La stå tomt for å halde på det lagra passordet.
lrs-state-on = På: meldingar blir registrerte og sende
lrs-state-off = Av: ingenting blir registrert eller sendt
lrs-counts = Meldingar
lrs-counts-value = { $sent } sende, { $waiting } ventar
lrs-turn-off = Slå av
lrs-turn-on = Slå på
lrs-statements-heading = Sende meldingar
lrs-statements-lead = Dei 100 nyaste, med svaret frå registeret på kvart forsøk.
lrs-statements-none = Ingen meldingar enno.
lrs-verb = Verb
lrs-object = Aktivitet
lrs-answer = Siste svar
lrs-connect-heading = Kopla til eit læringsregister
lrs-change-heading = Endre tilkoplinga
lrs-save = Lagre og kopla til
error-lrs-endpoint-missing = Oppgje xAPI-adressa til registeret.
error-lrs-endpoint = Oppgje ei full nettadresse, til dømes https://lrs.example.org/xAPI/.
error-lrs-endpoint-https = Adressa må byrje med https://, så meldingane blir krypterte undervegs.
error-lrs-endpoint-credentials = Ta brukarnamn og passord ut av adressa og oppgje dei i eigne felt.
error-lrs-username = Oppgje brukarnamnet de fekk frå registeret (høgst 500 teikn).
error-lrs-password = Oppgje passordet de fekk frå registeret (høgst 500 teikn).
org-manage = Rolle og medlemskap
org-change-role = Endre rolle
org-role-changed = Rolla er endra.
org-member-removed = Personen er fjerna frå organisasjonen. Det personen har oppnådd, er framleis personen sitt; organisasjonen ser det ikkje lenger.
org-remove = Fjern …
org-remove-lead = Personen held på kontoen sin og alt personen har oppnådd; organisasjonen ser det ikkje lenger, og ingenting meir om personen går til HR-systemet dykkar.
org-remove-confirm = Fjern { $name }
error-org-role = Vel medlem eller administrator.
error-org-last-admin = Organisasjonen må ha minst éin administrator. Gjer nokon andre til administrator først.
org-verify-link = Massekontroll: sjekk ei liste med kodar for kompetansebevis eller e-postadressene til tilsette
bulk-title = Massekontroll av kompetansebevis
bulk-lead = Lim inn kodar for kompetansebevis og e-postadressene til tilsette for å sjå status for kvar. Ein kode blir svart på slik den offentlege kontrollsida svarer. Ei adresse blir berre svart på for folka i organisasjonen dykkar.
bulk-form-heading = Sjekk ei liste
bulk-again = Sjekk ei ny liste
bulk-list = Kodar og e-postadresser
bulk-hint = Éin per linje, eller skilde med komma, semikolon eller mellomrom; høgst 1 000. Kodar kan skrivast utan bindestrekar eller med små bokstavar.
bulk-check = Sjekk lista
bulk-result-heading = Resultat
bulk-summary = { $total ->
    [one] Éi oppføring
   *[other] { $total } oppføringar
}: { $valid } gyldige, { $expiring } går ut innan 90 dagar, { $problem } utan gyldig bevis eller ikkje funne.
bulk-csv = Last ned resultatet (CSV)
bulk-line = Linje
bulk-input = Kode eller adresse
bulk-outcome = Status
bulk-outcome-valid = Gyldig
bulk-outcome-expired = Gått ut
bulk-outcome-revoked = Tilbakekalla
bulk-outcome-suspended = Suspendert
bulk-outcome-not_found = Finst ikkje
bulk-outcome-expiring = Gyldig, går ut innan 90 dagar
bulk-outcome-lapsed = Berre utgåtte eller tilbakekalla bevis
bulk-outcome-missing = Ikkje noko bevis enno
bulk-outcome-not_member = Ikkje i organisasjonen dykkar
bulk-outcome-unreadable = Verken ein kode eller ei e-postadresse
error-bulk-empty = Lim inn minst éin kode eller éi e-postadresse.
error-bulk-too-long = Lista er for lang. Sjekk høgst 1 000 oppføringar (100 kB) om gongen.
error-bulk-too-many = Lista har meir enn 1 000 oppføringar. Del henne opp og sjekk kvar del.
cohorts-heading = Kull
cohorts-lead = Eit kull er ei gruppe av folka dykkar som tek eitt program innan ein frist. Framdrifta til kvar person tel modulane i programmet som personen har fullført.
cohorts-none = Ingen kull enno.
cohorts-csv = Last ned kulla (CSV)
cohort-title = Kull
cohort-new = Lag eit kull
cohort-name = Namn
cohort-course = Program
cohort-deadline = Frist
cohort-deadline-hint = Siste dag for å fullføre alle modulane (i dag eller seinare), til dømes 2027-03-01.
cohort-create = Lag kullet
cohort-members = Personar
cohort-members-none = Ingen er med i dette kullet enno. Legg til personar under.
cohort-by = innan { $date }
cohort-state-done = Ferdig
cohort-state-in_progress = I gang
cohort-state-not_started = Ikkje starta
cohort-state-overdue = Over fristen
cohort-remove = Ta ut
cohort-add-heading = Legg til personar
cohort-add = Legg til
cohort-add-all = Legg til alle som ikkje er med ({ $count })
cohort-candidates-none = Alle i organisasjonen er med i dette kullet.
error-cohort-name-empty = Gje kullet eit namn.
error-cohort-name-length = Namnet på eit kull er 2 til 80 teikn.
error-cohort-name-invalid = Ta bort < og > frå namnet.
error-cohort-name-taken = Organisasjonen har alt eit kull med det namnet.
error-cohort-deadline = Oppgje fristen som ein dato, til dømes 2027-03-01.
error-cohort-deadline-past = Fristen må vere i dag eller seinare.
error-cohort-course = Vel eitt av programma.
networks-title = Læringsnettverk
networks-lead = Kommunar og andre organisasjonar som lærer opp koordinatorar saman. Administratorar i ein medlemsorganisasjon ser tala for nettverket: tal per organisasjon og per modul, aldri personar i ein annan organisasjon.
networks-link = Læringsnettverk
networks-none = Ingen læringsnettverk du kan sjå enno.
networks-orgs = { $count ->
    [one] éin organisasjon
   *[other] { $count } organisasjonar
}
network-new = Lag eit læringsnettverk
network-create = Lag nettverket
network-lead = Tal per organisasjon og per modul. Namn og oversikter over personar finst berre på sida til deira eigen organisasjon.
network-orgs-heading = Organisasjonar
network-org = Organisasjon
network-people = Personar
network-certified = Med gyldig kompetansebevis
network-total = Nettverket
network-remove = Ta ut av nettverket
network-add = Legg til ein organisasjon
network-modules-heading = Fullføring per modul i nettverket
error-network-name-taken = Det finst alt eit nettverk med det namnet.
org-invitations-csv = Last ned invitasjonane (CSV)
org-person-title = Ein person i organisasjonen
org-person-modules = Modular
org-person-completed = Fullført
org-person-not-yet = Ikkje enno

# Forfatting
nav-author = Forfatting
author-title = Forfatting
author-lead = Endra programmet i utkast. Eit utkast blir kontrollert medan du skriv, og ein annan forfattar godkjenner det før deltakarane ser det som ein ny versjon.
author-versions = { $count ->
        [one] Éin publisert versjon
       *[other] { $count } publiserte versjonar, den nyaste er versjon { $newest }
    }
author-start-draft = Start eit utkast frå den nyaste versjonen
author-no-sources = Filene til versjonane av dette kurset vart ikkje tekne vare på, så eit utkast kan ikkje startast her. Publiser det på nytt med `server courses publish`.
author-drafts = Utkast
author-no-drafts = Ingen utkast enno.
author-open-drafts = { $count ->
        [0] Ingen utkast er under arbeid eller gjennomgang.
        [one] Eitt utkast er under arbeid eller gjennomgang.
       *[other] { $count } utkast er under arbeid eller gjennomgang.
    }
author-draft-name = Utkast { $id } (frå versjon { $version })
author-draft-published-as = Publisert som versjon { $version }.
author-state-draft = Under arbeid
author-state-in-review = Ventar på gjennomgang
author-state-published = Publisert
author-state-discarded = Forkasta
author-draft-title = Utkast { $id }: { $course }
author-draft-started = Starta frå versjon { $version } av { $name }.
author-draft-no-editors = Ingenting er endra enno.
author-draft-editors = Endra av { $names }.
author-sent-back = Den som gjekk gjennom utkastet, sende det tilbake:
author-files = Filer
author-changed = endra
author-problem-count = { $count ->
        [one] eitt problem
       *[other] { $count } problem
    }
author-next = Neste steg
author-ready = Utkastet har ingen problem. Send det til gjennomgang: ein annan forfattar godkjenner det før det blir publisert.
author-submit = Send til gjennomgang
author-review-lead = Les endringane nedanfor. Godkjenner du, blir utkastet publisert straks som ein ny versjon; deltakarar som har byrja, held fram med versjonen dei starta på.
author-review-lead-compatible = Les endringane nedanfor. Godkjenner du, blir utkastet publisert straks som ein ny versjon.
author-approve = Godkjenn og publiser
author-comment = Kva bør endrast (må fyllast ut for å sende det tilbake)
author-send-back = Send tilbake til forfattarane
author-see-course = Sjå kurset
author-discard = Forkast utkastet
author-no-problems = Kontrollen fann ingen problem.
author-problems = { $count ->
        [one] Kontrollen fann eitt problem
       *[other] Kontrollen fann { $count } problem
    }
author-line = linje
author-changes = Endringar sidan versjonen det starta frå
author-no-changes = Ingen endringar enno.
author-added = Lagt til:
author-removed = Fjerna:
author-skipped = … { $count } uendra linjer …
author-edit-title = Redigerer { $path }
author-back-to-draft = Tilbake til utkast { $id }
author-saved = Lagra. Kontrollen har gått gjennom utkastet på nytt.
author-content = Teksten i fila
author-content-hint-lesson = Framsida i TOML mellom +++-linjene (tittel, læringsmål, kjelder), så leksjonen i Markdown. Førehandsvisinga viser henne slik deltakarane vil sjå henne.
author-content-hint = TOML, som skildra i courses/README.md.
author-save = Lagre
author-preview = Førehandsvising slik deltakaren ser det
author-error-path = Det er ikkje ein filsti i kurset. Bruk namn som 01-intro/leksjon.nb.md.
author-error-too-long = Det er for langt.
author-error-comment = Skriv kva som bør endrast.
author-error-not-editable = Utkastet er ikkje lenger under arbeid og kan ikkje endrast.
author-error-not-in-review = Utkastet ventar ikkje på gjennomgang.
author-error-has-problems = Utkastet har problem. Rett dei før du sender det til gjennomgang.
author-error-unchanged = Utkastet endrar ingenting enno.
author-error-four-eyes = Du har endra dette utkastet eller sendt det til gjennomgang, så ein annan forfattar må gå gjennom det.
author-error-course-id = Utkastet må halde på id-en til kurset.
author-version = Versjon { $version }, publisert { $date }
author-download = Last ned filene (.zip)
author-import-heading = Importer filer
author-import-label = Eit zip-arkiv av mappa til kurset
author-import-hint = Til dømes ein versjon lasta ned ovanfor og redigert på maskina di. Det blir eit nytt utkast i staden for alle filene, kontrollert og gjennomgått som alle andre.
author-import-submit = Importer som nytt utkast
author-import-refused = Arkivet vart ikkje importert:
author-import-in-file = I fila { $file }.
author-import-missing = Vel ei zip-fil først.
author-import-not-zip = Fila er ikkje eit zip-arkiv.
author-import-too-big = Arkivet er for stort (høgst 1 MB, 2000 filer og 20 MB utpakka).
author-import-file-too-big = Ei fil i arkivet er større enn 200 kB.
author-import-not-text = Ei fil i arkivet er verken UTF-8-tekst, eit bilete (PNG, JPG, GIF, WebP) eller ein PDF.
author-import-bad-path = Ei fil i arkivet har eit namn som ikkje kan brukast i eit kurs. Bruk berre bokstavar, siffer, - og _.
author-import-no-course = Arkivet har ingen course.toml øvst eller i den eine mappa si.
author-versions-heading = Publiserte versjonar
author-version-learners = { $count ->
        [one] éin deltakar
       *[other] { $count } deltakarar
    }
author-withdrawn = trekt tilbake
author-withdraw = Trekk tilbake denne versjonen
author-withdraw-reason = Kvifor (må fyllast ut; blir lagra med versjonen)
author-error-reason = Skriv kvifor versjonen blir trekt tilbake.
author-error-last-version = Dette er den einaste versjonen nye deltakarar kan starte på. Publiser ein retta versjon først.
author-new-file = Ny fil
author-new-file-hint = Stien i kurset, til dømes 01-intro/ny-leksjon.nb.md. Før også opp ein ny leksjon i module.toml.
author-create-file = Opprett fila
author-error-exists = Det finst allereie ei fil med den stien.
author-compatible-label = Deltakarar som har starta, blir flytte til den nye versjonen (kompatibel)
author-compatible-hint = { $count ->
        [one] Éin deltakar er på versjon { $version }.
       *[other] { $count } deltakarar er på versjon { $version }.
    } Vel dette berre når endringane ikkje gjer det dei alt har gjort, ugyldig: fullførte leksjonar, beståtte quizar og casescorar tel vidare. Elles blir dei verande på versjonen dei starta.
author-compatible-note = { $count ->
        [one] Sendt som kompatibel: når utkastet blir godkjent, blir éin deltakar flytt frå versjon { $version } til den nye versjonen, og det dei har gjort, tel vidare.
       *[other] Sendt som kompatibel: når utkastet blir godkjent, blir { $count } deltakarar flytte frå versjon { $version } til den nye versjonen, og det dei har gjort, tel vidare.
    }
author-version-compatible = kompatibel med versjon { $version } (deltakarane vart flytte)
author-assets = Bilete og vedlegg
author-assets-hint = Bilete (PNG, JPG, GIF, WebP) og PDF-filer ligg i mappa til modulen, ved sida av leksjonane. Ein leksjon viser eit bilete med ![kva biletet viser](filnamn) og lenkjer til ein PDF med [tekst](filnamn). Høgst 900 KB per fil.
author-assets-none = Utkastet har ingen bilete eller vedlegg.
author-asset-size = { $kb } KB
author-asset-usage = Bruk i ein leksjon i same mappe:
author-asset-remove = Fjern
author-asset-remove-named = Fjern { $path }
author-asset-folder = Mappe
author-asset-file = Fil
author-asset-file-hint = PNG, JPG, GIF, WebP eller PDF, høgst 900 KB. Filnamnet blir små bokstavar med bindestrek for mellomrom; ei fil med same namn blir bytt ut.
author-asset-upload = Last opp
author-asset-saved = { $path } er lagra i utkastet.
author-error-asset-kind = Berre bilete (PNG, JPG, GIF, WebP) og PDF-filer kan liggje ved leksjonane.
author-error-asset-too-big = Fila er større enn 900 KB. Gjer ho mindre (eit bilete 1600 pikslar breitt er nok).
author-error-asset-not-what-it-says = Fila er ikkje det namnet seier (til dømes eit JPG-bilete som heiter .png). Lagre ho på nytt i rett format.
author-error-asset-missing = Vel ei fil å laste opp.
author-import-bad-asset = Eit bilete eller ein PDF i arkivet er ikkje det namnet seier.
author-review-waived = Dette kurset lèt éin forfattar publisere åleine (course.toml seier second_author = false), så du kan godkjenne ditt eige utkast.
author-version-changes-title = { $course }: endringar frå versjon { $from } til { $to }
author-version-short = Versjon { $version }
author-compare-from = Frå
author-compare-to = Til
author-compare = Vis endringar
author-back = Tilbake til forfatting
author-see-changes = Endringar frå versjonen før
author-form-lead = Kvar del av fila har eigne felt; tekstar har eitt felt per språk. Lagring endrar berre det du har endra; kommentarar i fila blir ståande.
author-form-as-text = Rediger som tekst i staden
author-form-as-form = Rediger i eit skjema i staden
author-form-add = Legg til i { $list }
author-form-remove = Fjern { $entry }…
author-form-remove-hint = Det du har endra i skjemaet, blir lagra først. Versjonen utkastet starta frå, held på oppføringa, så endringa kan sjåast og gjerast om.
author-form-remove-confirm = Fjern han
author-form-list-hint = Éin per linje.
author-form-raw-hint = Skrive som i fila (TOML).
author-form-invalid = Desse felta vart ikkje lagra fordi verdiane ikkje passar (eit tal eller TOML var venta). Alt anna vart lagra.
author-error-stale = Fila vart lagra av nokon andre etter at du opna ho, så endringane dine vart ikkje lagra. Opne ho på nytt og gjer dei igjen.
author-error-not-toml = Fila er ikkje gyldig TOML, så ho har ikkje noko skjema. Rett ho som tekst først.
author-error-no-entry = Den oppføringa finst ikkje lenger i fila. Ingenting vart endra.
author-learner-preview = Slik ser deltakaren det
author-learner-preview-hint = Frå den lagra fila, når utkastet ikkje har problem. Ingenting her blir registrert.
author-preview-start = Gå til første steg
author-preview-leads-to = → { $node }
author-preview-expert = ekspertens val
author-preview-conditional = berre når vilkåret er oppfylt
author-preview-moves-on = Går vidare av seg sjølv til:
author-preview-ending = Slutt: { $outcome }, poeng { $score }.

# Innlogging via organisasjonen
org-sso-link = Felles innlogging (logg inn med brukarane til organisasjonen)
sso-title = Felles innlogging
sso-lead = La dei tilsette logge inn med brukaren dei alt har (Microsoft Entra ID, ADFS, ID-porten eller ein annan OpenID Connect-leverandør). Første innlogging lagar brukaren her, i denne organisasjonen; ingen treng eit nytt passord.
sso-saved = Lagra. Leverandøren svarte, og dei tilsette kan no logge inn via han.
sso-register-heading = Hos leverandøren
sso-register-lead = Registrer RTW Academy som ein applikasjon (ein konfidensiell webklient med autorisasjonskodeflyt) med desse verdiane:
sso-redirect-uri = Redirect URI
sso-scopes = Scopes
sso-start-url = Innloggingslenkje til intranettet
sso-state-heading = Leverandør
sso-none = Ingen leverandør er kopla til enno.
sso-issuer = Utferdar (issuer)
sso-state-on = På: dei tilsette kan logge inn via han
sso-state-off = Av: ingen kan logge inn via han
sso-people = Personar som har logga inn via han
sso-connect-heading = Kople til ein leverandør
sso-change-heading = Endre leverandøren
sso-issuer-hint = Utferdaren nøyaktig som i discovery-dokumentet til leverandøren, til dømes https://login.microsoftonline.com/<tenant>/v2.0. Han må byrje med https://.
sso-issuer-hint-internal = Utferdaren nøyaktig som i discovery-dokumentet til leverandøren, til dømes https://login.microsoftonline.com/<tenant>/v2.0. Denne plattforma tillèt òg http:// og interne adresser.
sso-client-id = Klient-ID
sso-client-secret = Klientløyndom
sso-client-secret-hint = Blir brukt mot leverandøren og blir aldri vist att.
sso-client-secret-keep = La stå tomt for å halde på den lagra løyndomen.
sso-claims-legend = Claims i ID-tokenet
sso-claims-hint = Kva claims som seier kven personen er. Dei vanlege er fylte inn; endre dei berre om leverandøren brukar andre.
sso-subject-claim = Claim som identifiserer personen
sso-subject-claim-hint = Han må aldri endre seg for ein person: sub, eller oid i Entra ID.
sso-name-claim = Claim med namnet
sso-email-claim = Claim med e-postadressa
sso-org-claim = Berre personar med dette claimet i tokenet (valfritt)
sso-org-claim-hint = For ein leverandør som fleire organisasjonar deler, til dømes tid (tenant) i Entra ID. Gje verdien under.
sso-org-value = … med denne verdien
sso-save = Lagre og sjekk leverandøren
error-sso-issuer-missing = Gje utferdaren til leverandøren.
error-sso-issuer = Gje ei heil nettadresse utan ? eller #, til dømes https://login.example.org/tenant/v2.0.
error-sso-issuer-https = Utferdaren må byrje med https://.
error-sso-client-id = Gje klient-ID-en frå leverandøren (høgst 500 teikn).
error-sso-client-secret = Gje klientløyndomen frå leverandøren (høgst 500 teikn).
error-sso-claim = Eit claim-namn har ingen mellomrom og er høgst 100 teikn langt.
error-sso-org-value = Gje verdien claimet må ha.
error-sso-org-claim = Gje claimet verdien gjeld.
error-sso-issuer-internal = Adressa til utferdaren må vere offentleg (ho kan ikkje peike inn i nettverket plattforma køyrer i).
error-sso-discovery = Leverandøren svarte ikkje med eit OpenID Connect discovery-dokument for denne utferdaren (på <utferdar>/.well-known/openid-configuration). Sjekk adressa.
error-sso-password = Gje passordet til brukaren.
sso-sign-in-heading = Logg inn via organisasjonen din
sso-sign-in-lead = Bruk brukaren du har på jobben. Første gongen blir brukaren din her laga automatisk.
sso-sign-in-organisation = Organisasjon
sso-sign-in-submit = Gå vidare til innlogginga til organisasjonen
sso-failed-title = Innlogginga via organisasjonen verka ikkje
sso-failed-nothing = Ingenting vart lagra, og ingen brukar vart laga. Du kan prøve att.
sso-failed-back = Tilbake til innlogging
sso-failed-not-configured = Denne organisasjonen tilbyr ikkje (lenger) innlogging med eigne brukarar. Logg inn med e-post og passord i staden.
sso-failed-unreachable = Innloggingstenesta til organisasjonen svarte ikkje som ho skulle. Prøv att om litt; skjer det att, sei frå til administratoren i organisasjonen.
sso-failed-expired = Denne innlogginga vart starta for lenge sidan, i ein annan nettlesar, eller er alt brukt. Start på nytt.
sso-failed-denied = Innlogginga vart avbroten eller avvist hos innloggingstenesta til organisasjonen.
sso-failed-invalid-token = Svaret frå innloggingstenesta til organisasjonen kunne ikkje stolast på (signatur, utferdar, mottakar, tid eller nonce stemde ikkje), så du vart ikkje logga inn.
sso-failed-missing-claims = Innloggingstenesta til organisasjonen fortalde ikkje kven du er (ein identifikator og ei e-postadresse trengst). Sei frå til administratoren i organisasjonen.
sso-failed-wrong-organisation = Brukaren din hos innloggingstenesta høyrer ikkje til denne organisasjonen.
sso-failed-internal = Noko gjekk gale hos oss. Ingenting vart halvvegs lagra; prøv att.
sso-failed-unknown-deployment = Læringsplattforma di starta dette frå ein stad (deployment) som ikkje er registrert her. Sei frå til administratoren av plattforma.
error-lti-pick = Vel minst éi leksjon, quiz eller case.
sso-link-title = Kople til innlogginga til organisasjonen
sso-link-lead = Du logga inn via { $org } som { $email }. Det finst alt ein brukar med denne e-postadressa her.
sso-link-why = For å bruke innlogginga til organisasjonen for den brukaren, gje passordet til brukaren éin gong. Vi slår aldri saman brukarar utan det.
sso-link-submit = Kople til og logg inn
sso-link-cancel = Ikkje no
sso-link-expired = Det er ingenting å kople til i denne nettlesaren (det kan ha gått meir enn 15 minutt). Logg inn via organisasjonen din på nytt.

# LTI 1.3
lti-pick-title = Vel kva du vil leggje til i kurset
lti-pick-lead = Kryss av for leksjonane, quizane og casa du vil leggje til. Kvar blir ein aktivitet i kurset ditt; leksjonar og quizar får ei kolonne i karakterboka.
lti-pick-submit = Legg til i kurset
lti-kind-module = modul
lti-kind-lesson = leksjon
lti-kind-quiz = quiz
lti-kind-case = case
lti-return-title = Tilbake til læringsplattforma
lti-return-lead = Valet ditt er signert og klart. Send det tilbake til læringsplattforma.
lti-return-submit = Send til læringsplattforma
lti-platforms-link = Læringsplattformer (LTI 1.3): Moodle, KS Læring, Canvas
lti-title = Læringsplattformer (LTI 1.3)
lti-lead = Læringsplattforma til ein kommune (KS Læring og andre Moodle-ar, Canvas) kan leggje leksjonane, quizane og casa våre inn i kursa sine. Dei som startar dei derifrå, blir logga inn her, blir med i organisasjonen til plattforma, og quizresultat og fullførte leksjonar går til karakterboka til plattforma.
lti-saved = Plattforma er registrert. Oppstartar frå deployments til henne blir tekne imot frå no.
lti-tool-heading = Gje læringsplattforma desse
lti-tool-lead = Registrer RTW Academy i plattforma som eit LTI 1.3-verktøy med deep linking og karaktersynkronisering:
lti-login-url = Initiate login URL
lti-launch-url = Redirection URI og deep linking-URL
lti-jwks-url = Public keyset URL
lti-list-heading = Registrerte plattformer
lti-none = Inga læringsplattform er registrert enno.
lti-name = Namn
lti-issuer = Plattform-ID (issuer)
lti-client-id = Klient-ID
lti-deployments = Deployment-ID-ar
lti-deployments-hint = Slik plattforma viser dei; fleire skilde med mellomrom eller komma.
lti-organisation = Organisasjon
lti-organisation-hint = Dei plattforma startar, blir med i denne organisasjonen.
lti-people = Personar starta
lti-add-heading = Registrer ei plattform
lti-add-lead = Verdiane står i verktøyoppsettet til plattforma (i Moodle: View configuration details).
lti-auth-url = Authentication request URL
lti-token-url = Access token URL
lti-platform-jwks = Public keyset URL til plattforma
lti-add = Registrer plattforma
lti-url-hint = Ei heil https://-adresse.
lti-url-hint-internal = Ei heil adresse; denne plattforma tillèt òg http:// og interne adresser.
error-lti-name = Gje plattforma eit namn (høgst 500 teikn).
error-lti-client-id = Gje klient-ID-en plattforma gav verktøyet.
error-lti-deployments = Gje minst éin deployment-ID.
error-lti-url = Gje ei heil nettadresse, til dømes https://moodle.example.org/mod/lti/auth.php.
error-lti-url-https = Gje ei heil https://-adresse, til dømes https://moodle.example.org/mod/lti/auth.php.
error-lti-organisation = Vel organisasjonen.
