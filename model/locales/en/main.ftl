# RTW Academy — English interface strings.
app-name = RTW Academy
skip-to-content = Skip to main content
nav-account-label = Account
nav-sign-in = Sign in
nav-register = Create account
nav-sign-out = Sign out
language-label = Language
language-change = Change
footer-note = RTW Academy qualifies return-to-work coordinators. All cases are fictional.
working = Working…
loading = Loading…
back-to-start = Go to the front page
back-to-programme = Back to the programme

not-found-title = Page not found
not-found-body = We could not find the page you asked for. Check the address, or start again from the front page.
error-page-title = Something went wrong

error-invalid-form = Some fields need your attention. See the messages below.
error-bad-request = The request could not be understood. Reload the page and try again.
error-unauthenticated = Please sign in to continue.
error-forbidden = You do not have access to this.
error-not-found = We could not find what you asked for.
error-bad-credentials = Wrong email or password. Check both and try again.
error-too-many-attempts = Too many failed sign-ins for this account or from your network. Wait a few minutes and try again, or reset your password.
error-link-expired = This link is no longer valid. Links work once, for a limited time. Ask for a new one.
error-internal = Something went wrong on our side. Your data is safe; please try again in a moment.
error-email-empty = Enter your email address.
error-email-invalid = Enter an email address like name@example.no.
error-email-taken = An account with this email address already exists. Sign in instead, or reset your password.
error-password-too-short = The password must be at least 12 characters long.
error-password-breached = This password is known from data breaches, so others can guess it. Choose another, for example a sentence of several words.
error-password-too-long = The password can be at most 128 characters long.
error-name-empty = Enter your name.
error-name-too-long = The name can be at most 100 characters long.
error-name-invalid = The name contains characters that are not allowed (< or >).

home-title = Qualify as a return-to-work coordinator
home-lead = Lessons, case simulations on the real sick-leave timeline, quizzes and certificates — for coordinators in Norway and Sweden.
home-register = Get started
home-go-to-programme = Go to your programme
home-programmes = Programmes
home-no-programmes = No programmes have been published yet.
course-facts = { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    } · { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    } · about { $minutes } minutes

register-title = Create an account
register-lead = Your account keeps your progress, so you can stop at any time and continue where you left off.
field-name = Full name
field-email = Email address
field-password = Password
field-new-password = New password
password-hint = At least { $min } characters. A short sentence is easy to remember and hard to guess.
register-submit = Create account
register-have-account = Already have an account?

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgotten your password?
sign-in-no-account = New here?
reset-done = Your password has been changed. Sign in with your new password.

forgot-title = Reset your password
forgot-lead = Enter the email address of your account. We will send you a link to choose a new password.
forgot-submit = Send link
forgot-sent = If an account exists for that address, we have sent it a link. Check your inbox; the link works for one hour.

reset-title = Choose a new password
reset-submit = Save new password
reset-ask-again = Ask for a new link

programme-eyebrow = Programme
programme-your-progress = Your progress
programme-start = Start the first lesson
programme-moved = The programme was updated from version { $from } to version { $version }. What you had done still counts.
programme-continue = Continue where you left off
programme-all-done = You have completed every lesson in this programme.
programme-modules = Modules
progress-lessons = { $done } of { $total } lessons done
percent = { $value } %
minutes = { $minutes } min
minutes-total = about { $minutes } min in all
module-number = Module { $n }
lesson-status-done = completed
lesson-status-open = not completed

lesson-not-found-title = Lesson not found
lesson-not-found-body = This programme has no lesson at that address. It may have been moved in a newer version. Go back to the programme to find it.
lesson-fallback = This lesson is not yet available in your language, so it is shown in another language.
content-fallback = This is not yet available in your language, so it is shown in another language.
lesson-objectives = After this lesson you can
lesson-sources = Sources
lesson-completed = You have completed this lesson.
lesson-mark-complete = Mark as complete
lesson-position = Lesson { $n } of { $total }
lesson-previous = Previous
lesson-next = Next
breadcrumbs-label = You are here
pager-label = Lessons

email-reset-subject = Reset your RTW Academy password
email-reset-body =
    Hello { $name },

    Someone (hopefully you) asked to reset the password of your RTW Academy account.
    Choose a new password here:

    { $link }

    The link works once, for { $minutes } minutes. If you did not ask for this, ignore this email: your password stays as it is.

    — RTW Academy

# Quizzes
error-quiz-closed = This quiz cannot be taken right now. Go back to the quiz page to see why.
quiz-eyebrow = Quiz
quiz-facts = { $items ->
        [one] { $items } question
       *[other] { $items } questions
    } · pass mark { $pass } %
quiz-attempts-limit = You may take it { $max ->
        [one] once
       *[other] { $max } times
    }; { $used } used.
quiz-attempts-unlimited = You may take it as many times as you need.
quiz-wait-rule = After an attempt that does not pass, wait { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } before the next.
quiz-time-limit = Time limit: { $minutes } minutes. Answers sent after the time are not counted.
quiz-start = Start the quiz
quiz-continue = Continue your attempt
quiz-wait-until = You can try again from { $time }.
quiz-no-attempts = You have used every attempt for this quiz.
quiz-passed = You have passed this quiz.
quiz-your-attempts = Your attempts
quiz-attempt-row = Attempt { $number }
quiz-attempt-open = in progress
quiz-attempt-result = { $percent } % · { $result }
quiz-result-passed = passed
quiz-result-failed = not passed
quiz-see-review = See the review
attempt-title = { $quiz }: attempt { $number }
attempt-lead = Answer the questions and submit. Only your submitted answers count.
attempt-deadline = Hand in by { $time }.
attempt-question = Question { $number } of { $total }
attempt-points = { $points ->
        [one] 1 point
       *[other] { $points } points
    }
attempt-true = True
attempt-false = False
attempt-choose = Choose…
attempt-position = Position { $n }
attempt-number-answer = Your answer (a number)
attempt-text-answer = Your answer
attempt-submit = Submit answers
review-title = { $quiz }: result of attempt { $number }
review-score = You scored { $percent } %. The pass mark is { $pass } %.
review-passed = Passed.
review-failed = Not passed yet.
review-late = This attempt was handed in after the time limit: only answers saved in time were counted.
review-no-feedback = This quiz does not show the answers, so the questions stay fair for everyone.
review-your-answer = Your answer
review-no-answer = Not answered
review-right-answer = Right answer
review-credit = { $percent } % of the points
review-why = Why
review-sources = Sources
review-back = Back to the quiz
programme-quizzes = Quizzes
attempt-saved = Your answers are saved.
attempt-save-failed = Your latest answer could not be saved. It will be sent when you submit.

# Item statistics
stats-title = Item statistics: { $quiz }
stats-summary = Version { $version } · { $attempts } graded attempts · mean score { $mean } % · mean time { $minutes } min
stats-chart-label = Facility per item: the average share of the points learners earned
stats-table-caption = Figures per item
stats-item = Item
stats-attempts = Attempts
stats-facility = Facility
stats-discrimination = Discrimination
stats-options = Options chosen
attempt-time-left = Time left: { $time }
attempt-one-minute = One minute left. Submit your answers.
attempt-time-up = Time is up. Answers saved until now count; submit to see your result.

# Case simulations
programme-cases = Case simulations
case-eyebrow = Case simulation
case-best-score = best score { $score }
case-in-progress = in progress
case-start = Start the case
case-continue = Continue
case-play-again = Play again
case-rules-no = Norwegian rules: the sick-leave follow-up timeline
case-rules-se = Swedish rules: the rehabilitation chain
case-how = You decide as the coordinator. Every decision is saved at once; you can stop and go on later, on any device.
case-fictional = The case is fictional. Any likeness to real people is accidental.
case-your-runs = Your runs
case-outcome-full_return = Back at work full time in week { $week }
case-outcome-graded_return = Graded return to work in week { $week }
case-outcome-other_work = In other work in week { $week }
case-outcome-long_term_absence = Long-term absence (still off work in week { $week })
case-outcome-dropped_out = Left working life (week { $week })
case-score = Score: { $score } of 100
case-run-open = in progress, { $decisions ->
    [one] one decision
   *[other] { $decisions } decisions
} so far
case-see-debrief = See the debrief
case-run-row = Run { $number } (started { $time })
case-clock = Week { $week } of the sick leave (day { $day })
case-run-eyebrow = Case simulation · run { $number }
case-side-label = The case so far
case-view-of = Seen from:
case-actor-employee = The employee
case-actor-manager = The closest manager
case-actor-gp = The GP
case-actor-nav = NAV
case-actor-forsakringskassan = Försäkringskassan
case-actor-occupational_health = Occupational health service
case-actor-specialist = Specialist health service
case-actor-coordinator = You, the coordinator
case-documents = Documents
case-what-do-you-do = What do you do?
case-ended = The case has ended
case-expert-ending = The expert path ends: { $outcome } (score { $score }).
case-debrief = Debrief: your decisions and the expert's
case-debrief-summary = You made the expert's choice in { $matched } of { $total } decisions.
case-decision = Decision { $step }, week { $week }
case-you-chose = You chose
case-same-as-expert = The expert would have chosen the same.
case-expert-chose = The expert would choose
case-why = Why
case-state = How things stand
case-value-of = { $value } of { $max }
case-yes = yes
case-no = no
case-milestone-when = Week { $week } (day { $day })
case-milestone-passed = passed
case-milestone-ahead = ahead
case-now = Now: week { $week } (day { $day })
case-timeline = The timeline
case-events = What has happened
error-choice-unavailable = That choice is not open any more. The page now shows where the case stands.
analytics-eyebrow = Path analytics
analytics-title = Paths through “{ $case }”
analytics-lead = Published version { $version }: { $runs } runs, { $finished } finished.
analytics-chart-label = The case as a graph: { $runs } runs, { $finished } finished. The tables below give every figure.
analytics-legend = Each box is a point in the case; lines are choices (numbers: how many decisions took them) or routes the case takes by itself. The expert's choices are drawn in the brand colour.
analytics-ended-here = { $n } ended here
analytics-waiting = { $n } stopped here
analytics-stopped-here = Unfinished runs standing here
analytics-choices = Choices
analytics-ends = Endings and where runs stopped
analytics-node = Point
analytics-choice = Choice (★ the expert's)
analytics-count = Decisions
analytics-share = Share
analytics-leads-to = Leads to
analytics-what = What
analytics-runs = Runs
attempt-check = Check answer
attempt-check-empty = Answer the question before you check it.
attempt-checked-right = Right.
attempt-checked-partly = Partly right.
attempt-checked-wrong = Not right.
attempt-feedback-label = Feedback on your answer
attempt-lead-immediate = Check each answer as you go: you see at once whether it is right, and the answer is then locked. Submit when you are done.
nav-certificates = Certificates
certificates-title = Your certificates
certificates-none = You have no certificates yet. They are issued automatically when you complete what a certificate asks for.
certificate-qualification = Qualification
certificate-module = Module certificate
certificate-code = Certificate code
certificate-issued = Issued
certificate-expires = Valid until
certificate-status = Status
certificate-status-valid = Valid
certificate-status-expired = Expired
certificate-status-revoked = Revoked
certificate-status-suspended = Suspended
certificate-status-changed = Status changed
certificate-reason = Reason
certificate-verification-link = Open the verification page
certificate-share-hint = Share the verification page's address or the code: anyone can check that the certificate is valid, and sees only your name, the certificate and its dates.
certificate-holder = Holder
certificate-name = Certificate
certificate-programme = Programme
certificate-admin = Administration
certificate-revoke = Revoke the certificate
certificate-reinstate = Reinstate the certificate
certificate-reason-required = Give a reason (at most 500 characters). It is kept in the certificate's log.
certificate-already = The certificate already has that status.
verify-title = Verify a certificate
verify-lead = Type the code printed on the certificate, e.g. RTW-7K3M-Q9XD-2HFA-0B4C.
verify-submit = Verify
verify-not-found = No certificate has this code.
verify-not-found-hint = Check the code as it is printed on the certificate. Letters and digits that look alike (O and 0, I and 1) are read the same.
verify-api-hint = For systems: the same facts as JSON at
analytics-graph-region = The case as a graph (scroll sideways)
certificate-suspend = Suspend the certificate
certificate-download-pdf = Download the certificate (PDF)
certificate-download-credential = Download the digital credential (Open Badges 3.0)
certificate-credential-hint = The digital credential is a signed Open Badges 3.0 file. Add it to a digital wallet or give it to an employer: anyone can check its signature and status without asking us.
credential-description = { $certificate } in { $programme }, issued by RTW Academy.
credential-criteria = Every lesson, quiz and case simulation that the rules of { $programme } (version { $version }) require for this certificate, completed with at least the required result.
pdf-heading = Certificate
pdf-awarded-to = This certifies that
pdf-has-completed = has met every requirement for
pdf-in-programme = in the programme
pdf-verify = Check that this certificate is valid at
pdf-qr = QR code that opens the verification page of this certificate
pdf-status-note = Status when this copy was made
renewal-heading = Renewal
renewal-not-yet = Renewal opens on { $date }.
renewal-open = You can renew this certificate now.
renewal-closed = This certificate cannot be renewed while it is revoked or suspended.
renewal-renewed = Renewed: the new certificate has the code { $code }.
renewal-cpd = Continuing professional development logged since the certificate was issued: { $logged } of { $required } hours.
renewal-modules = Refresher modules still to complete: { $modules }.
renewal-renew = Renew the certificate
renewal-cpd-link = Your log of continuing professional development (CPD)
renewal-not-offered = This certificate is not renewed; earn it again instead.
renewal-not-open = Renewal has not opened yet for this certificate.
renewal-requirements = Renewal still needs the hours or modules listed under the certificate.
renewal-closed-error = This certificate cannot be renewed: it is revoked, suspended or already renewed.
cpd-title = Continuing professional development (CPD)
cpd-lead = Log the courses, supervision, conferences and other learning that keep your skills current. Renewing a certificate counts the hours logged since it was issued.
cpd-none = Nothing is logged yet.
cpd-total = Your log: { $hours } hours in all
cpd-add-heading = Add an activity
cpd-activity = Activity
cpd-activity-hint = For example: course in motivational interviewing.
cpd-provider = Provider
cpd-done-on = Date
cpd-hours = Hours
cpd-hours-hint = For example 1.5 (at most 100 per entry).
cpd-attested-by = Attested by
cpd-attested-hint = Name and role of the person who can confirm it, for example your manager or the course leader.
cpd-add = Add to the log
cpd-remove = Remove
cpd-activity-invalid = Say what you did (at most 200 characters).
cpd-provider-invalid = Say who provided it (at most 200 characters).
cpd-attested-invalid = Say who can confirm it (at most 200 characters).
cpd-date-invalid = Give the date it took place, as a real date that is not in the future.
cpd-hours-invalid = Give the hours as a number from 0.1 to 100, with at most one decimal.
email-renewal-subject = Your certificate "{ $certificate }" expires on { $date }
email-renewal-body = Hello { $name },

    your certificate "{ $certificate }" ({ $code }) expires on { $date }, in { $days } days.

    You can renew it on RTW Academy when its renewal window is open. Renewal asks for { $hours } hours of continuing professional development logged since the certificate was issued, and any refresher modules the programme names. See where you stand:

    { $link }

    RTW Academy
footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-lead = RTW Academy is for everyone who coordinates a return to work, whatever their sight, hearing, mobility or way of reading. This statement says how far we have come and how to tell us what does not work for you.
a11y-law-heading = What the law asks
a11y-law = Public bodies in Norway must meet WCAG 2.1 at level AA under the regulation on universal design of ICT solutions, and publish an accessibility statement. In Sweden the Act on accessibility to digital public services (2018:1937) asks the same of public bodies. Municipalities that use RTW Academy rely on it to meet these duties.
a11y-status-heading = Where we stand
a11y-status = RTW Academy partly meets WCAG 2.1 AA. Everything can be done with a keyboard and without JavaScript, forms tie their errors to their fields, and the pages adapt from 320 px phones upward and to the browser's colour scheme.
a11y-gaps-heading = What we know does not work yet
a11y-gap-charts = The charts on the authors' statistics pages keep their label size when only the text is enlarged (zooming enlarges them); every figure in a chart is also in the table beside it.
a11y-gap-pdf = The PDF certificate is tagged for screen readers (PDF/UA-1), but has not yet been tried by people who use screen readers.
a11y-gap-languages = The lessons of modules 2 to 8 are in bokmål and English only; nynorsk and Swedish readers see the bokmål text, and are told so.
a11y-testing-heading = How we test
a11y-testing = Every change runs our end-to-end tests in Chromium, once with JavaScript and once without. On every page of every role (visitor, learner, administrator and author), axe-core checks the WCAG 2.1 A and AA rules it can check automatically, in light and dark colour schemes and at 320 px; the same pages are checked for sideways scrolling at 320 px and with text enlarged to 200 %, and a learner goes from registration to a certificate with the keyboard alone. The rest needs human judgement and is reviewed by hand.
a11y-enforcement-heading = If you are not satisfied with our answer
a11y-enforcement-no = In Norway, the Authority for Universal Design of ICT (Tilsynet for universell utforming av ikt, part of the Norwegian Digitalisation Agency) supervises public bodies: uutilsynet.no.
a11y-enforcement-se = In Sweden, the Agency for Digital Government (Myndigheten för digital förvaltning, Digg) supervises and receives reports: digg.se.
a11y-date = This statement was updated on 23 November 2026 and is reviewed with every release.
feedback-heading = Tell us what does not work
feedback-lead = Describe what you tried to do and what got in the way. Give an address if you want an answer; you do not need an account.
feedback-message = What did not work?
feedback-page = Which page? (optional)
feedback-page-hint = The address or the page's title.
feedback-contact = How can we answer you? (optional)
feedback-contact-hint = An email address or a phone number.
feedback-submit = Send
feedback-sent = Thank you. Your message has been sent to the RTW Academy team.
feedback-message-invalid = Describe the problem (at most 5000 characters).
feedback-contact-invalid = Give at most 200 characters.
feedback-page-invalid = Give at most 500 characters.
email-feedback-subject = Accessibility feedback #{ $id }
email-feedback-body =
    Message:
    { $message }

    Page: { $page }
    Answer to: { $contact }
    Language: { $lang }

# Your account: data and deletion
account-title = Your account
account-data-heading = Your data
account-data-lead = Download everything the platform stores about you as one file (JSON): your account, sign-ins, enrolments, completed lessons, quiz attempts with every answer, case runs with every decision, certificates with their history, your CPD log and feedback you sent while signed in.
account-data-download = Download all your data (JSON)
account-delete-heading = Delete your account
account-delete-lead = Deleting your account deletes your sign-ins, progress, quiz answers, case decisions and CPD log at once. It cannot be undone, and you are signed out.
account-delete-kept = Your certificates are kept and can still be verified by their code (your name as printed, the dates and the status), because employers rely on them. If you need a certificate removed, ask the platform's administrator.
account-delete-password-hint = Confirm that it is you.
account-delete-confirm = I understand that my account and progress are deleted for good.
account-delete-submit = Delete my account
account-delete-password-missing = Enter your password to confirm.
account-delete-password-wrong = That is not your password. Nothing was deleted.
account-delete-confirm-missing = Tick the box to confirm that you want to delete your account.
account-deleted-title = Your account is deleted
account-deleted-lead = Your account, progress and answers have been deleted, and you are signed out.
account-deleted-certificates = Certificates you earned can still be verified by their code.
account-deleted-home = Go to the front page

## Organisations
nav-organisations = Organisations
orgs-title = Organisations
orgs-none = You do not administer any organisation. An organisation's administrator can invite you as one.
orgs-members = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
orgs-create-heading = Create an organisation
orgs-name = Name of the organisation
orgs-kind = Kind
orgs-create = Create organisation
org-kind-municipality = Municipality
org-kind-region = Region
org-kind-employer = Employer
org-role-member = Member
org-role-admin = Administrator
org-role = Role
org-invited = The invitation is sent. It appears below until it is accepted.
org-imported = { $count ->
    [one] One invitation is sent.
   *[other] { $count } invitations are sent.
}
org-standing-heading = Certificates
org-standing-within = Count as expiring within
org-standing-days = { $days } days
org-standing-apply = Update
org-standing-filtered = Showing { $what }: { $count ->
    [one] one person.
   *[other] { $count } people.
}
org-standing-all = Show everyone
standing-valid = valid
standing-expiring = expiring within { $days } days
standing-lapsed = expired or revoked
standing-missing = no certificate yet
org-members-heading = People
org-members-lead = What the organisation sees about each person. Each person sees exactly this about themselves on their account page.
org-members-range = People { $from }–{ $to } of { $total }
org-members-pages = Pages of the people list
org-members-previous = Previous page
org-members-next = Next page
org-members-none = Nobody has joined yet. Invite people below.
org-people-csv = Download the table (CSV)
org-joined = Joined
org-lessons = Lessons completed
org-quizzes = Quizzes passed
org-certificates = Certificates
org-no-certificates = None yet
org-expires = expires { $date }
org-invitations-heading = Invitations
org-invitations-none = No invitations sent yet.
org-invitation-state = State
org-invitation-expires = Link valid until
org-revoke = Withdraw
invitation-state-open = Waiting
invitation-state-expired = Expired
invitation-state-accepted = Accepted
invitation-state-revoked = Withdrawn
org-invite-heading = Invite a person
org-invite = Send invitation
org-roster-heading = Invite many people from a list
org-roster-lead = Paste a list from a spreadsheet or an HR system. You will see what happens to every row, and every problem, before anything is sent.
org-roster-file = Choose a file (or paste the list below)
org-roster-field = The list (CSV)
org-roster-hint = A header row naming the columns: name (or first name and last name), email and, if you like, role (member or administrator). Commas, semicolons or tabs between the columns.
org-roster-check = Check the list
import-title = Check the list before importing
import-back = Back to the organisation
import-summary = New invitations: { $invite }. Sent again: { $renew }. Already members: { $member }. Rows with problems: { $problems }.
import-fix-first = Nothing is imported while a row has a problem. Correct the list and check it again.
import-problems-heading = Problems
import-line = Line { $line }
import-rows-heading = Rows
import-line-column = Line
import-outcome = What happens
import-outcome-invite = Invited
import-outcome-renew = Invitation sent again
import-outcome-member = Already a member: skipped
import-apply = { $count ->
    [one] Send one invitation
   *[other] Send { $count } invitations
}
invitation-title = Invitation
invitation-lead = { $organisation } invites you to RTW Academy as { $role }.
invitation-valid-until = The invitation is valid until { $date }.
invitation-expired = This invitation has expired. Ask your organisation to send a new one.
invitation-invalid = This invitation link is not valid. Check that you copied the whole link from the email.
invitation-now-expired = This invitation has expired. Ask your organisation to send a new one.
invitation-now-accepted = This invitation has already been accepted.
invitation-now-revoked = This invitation has been withdrawn by the organisation.
invitation-other-account = The invitation is for { $invited }, but you are signed in as { $you }. Sign out and open the link again, or ask for an invitation to your address.
invitation-accept = Join { $organisation }
invitation-new-account = Create your account
invitation-email-hint = The address the invitation was sent to.
invitation-join = Create account and join
invitation-have-account = Already have an account with this address?
account-orgs-heading = Your organisations
account-orgs-lead = Your organisation sees exactly this about you:
account-orgs-none = You do not belong to any organisation. Your progress is seen by you alone.
account-joined = You have joined the organisation.
error-org-name-empty = Write the organisation's name.
error-org-name-length = The name must be 2 to 120 characters long.
error-org-name-invalid = The name cannot contain < or >.
error-org-name-taken = An organisation with this name already exists.
error-org-kind = Choose municipality, region or employer.
error-org-already-member = This person is already a member of the organisation.
error-roster-name-missing = The row has no name.
error-roster-email-missing = The row has no email address.
error-roster-role = The role must be member or administrator.
error-roster-duplicate = This email address is already on an earlier row.
error-roster-empty = The list has no people in it.
error-roster-no-email-column = No column with email addresses was found. The first row must name the columns, such as: name, email, role.
error-roster-no-name-column = No column with names was found. Add a column named name (or first name and last name).
error-roster-too-many-rows = The list has more than 5,000 rows. Split it into several lists.
error-roster-unclosed-quote = A quotation mark that opens a field on this line is never closed.
error-roster-fix-first = Nothing was imported: correct the rows with problems and check the list again.
error-invitation-other-email = The invitation is for another email address than the one you are signed in with.
error-invitation-revoked = This invitation has been withdrawn by the organisation.
error-invitation-used = This invitation has already been accepted.
error-invitation-sign-in = An account with this address already exists. Sign in, then open the link again.
email-invitation-subject = { $organisation } invites you to RTW Academy
email-invitation-body =
    Hello { $name },

    { $organisation } invites you to RTW Academy, the qualification programme for return-to-work coordinators.
    Accept the invitation here:

    { $link }

    The link is valid for { $days } days. If you did not expect this email, you can ignore it.

## HR integration (API tokens)
org-api-link = HR integration: API tokens for your HR system
api-title = HR integration
api-lead = Your HR system can read your organisation's people, enrolments, completed modules and certificates from our API. Create a token for it here; the token only reads this organisation's data, and only what its scopes allow.
api-docs = The API is described (OpenAPI 3.1) at
api-tokens-heading = Tokens
api-tokens-none = No tokens yet.
api-new-heading = New token
api-token-name = Name
api-token-name-hint = What the token is for, such as "Visma HR nightly import".
api-scopes = What it may read
api-scope-people = People
api-scope-enrolments = Enrolments and progress
api-scope-completions = Completed modules
api-scope-certificates = Certificates
api-days = Valid for
api-create = Create token
api-revealed-heading = Token "{ $name }" created
api-revealed-once = Copy the token now. It is shown only this once; we keep only a fingerprint of it.
api-revealed-token = Token
api-revealed-expires = It works until { $date }, unless it is revoked.
api-example = Example:
api-created = Created
api-expires = Expires
api-last-used = Last used
api-never-used = Never
api-state = State
api-state-active = Active
api-state-expired = Expired
api-state-revoked = Revoked
api-revoke = Revoke
error-api-token-name = Give the token a name of at most 80 characters.
error-api-token-scopes = Choose at least one thing the token may read.
error-api-token-days = Choose how long the token is valid.

## Webhooks
org-webhooks-link = Webhooks: tell your HR system at once when something happens
webhooks-title = Webhooks
webhooks-lead = A webhook tells your HR system at once when one of your people completes a module, earns the qualification, has a certificate about to expire or has one revoked. We post the event as JSON to the address you give, signed with a secret only you and we know, and try again with growing pauses until your system answers with 2xx. Events about one person reach an address in the order they happened.
webhooks-verify-heading = How your system checks that an event comes from us
webhooks-verify = Each request carries the headers RTW-Webhook-Id (the event, the same when sent again), RTW-Webhook-Event, RTW-Webhook-Timestamp (Unix seconds) and RTW-Webhook-Signature. Compute HMAC-SHA256 with the secret over the timestamp, a full stop and the body exactly as received, compare it with the signature, and refuse timestamps more than five minutes old.
webhooks-heading = Addresses
webhooks-none = No webhooks yet.
webhook-new-heading = New webhook
webhook-url = Address (URL)
webhook-url-hint = An https:// address on the internet.
webhook-url-hint-internal = An https:// or http:// address (this installation also allows addresses in its own network).
webhook-events = Events
webhook-event-module-completed = A module completed
webhook-event-qualification-certified = The qualification earned
webhook-event-certificate-expiring = A certificate expires soon
webhook-event-certificate-revoked = A certificate revoked
webhook-create = Add webhook
webhook-created = Webhook added
webhook-secret-once = Copy the signing secret now and give it to your HR system. It is shown only this once.
webhook-secret = Signing secret
webhook-state-active = Active
webhook-state-disabled = Disabled
webhook-disable = Disable
webhook-deliveries-heading = Deliveries
webhook-deliveries-lead = The newest first. A delivery that failed is tried again by itself; "Send again" sends it once more now, with the same event id.
webhook-deliveries-none = Nothing sent yet.
webhook-event = Event
webhook-queued = Queued
webhook-attempts = Attempts
webhook-answer = Last answer
webhook-replay = Send again
webhook-replay-of = (again, of { $id })
webhook-delivery-delivered = Delivered
webhook-delivery-waiting = Waiting
webhook-delivery-retrying = Failed, will try again
error-webhook-url-missing = Give the address events are posted to.
error-webhook-url = Give a full web address, such as https://hr.example.org/rtw-events.
error-webhook-url-https = The address must start with https://, so events are encrypted on the way.
error-webhook-url-credentials = Leave the user name and password out of the address; the signature tells your system the event is ours.
error-webhook-events = Choose at least one event.
error-webhook-disabled = This webhook is disabled; nothing is sent to it.
org-modules = Modules completed
org-modules-heading = Completion by module
org-modules-lead = How many of your people have completed each module, on any version of its course.
org-module = Module
org-modules-completed = Completed
org-modules-share = Share completed
org-modules-of = { $done } of { $all }
org-modules-csv = Download completion by module (CSV)
org-weeks-heading = Progress over time
org-weeks-summary = Lessons completed per week over the last { $weeks } weeks: { $lessons } in all, and { $modules ->
    [one] one module
   *[other] { $modules } modules
} completed.
org-weeks-caption = Lessons completed per week, oldest week on the left. The table below has every figure.
org-week-starting = Week starting
org-weeks-csv = Download progress by week (CSV)
org-xapi-link = Learning record store (xAPI): send every learning event to your LRS
lrs-title = Learning record store (xAPI)
lrs-lead = Connect your organisation's learning record store and we send it an xAPI 1.0.3 statement for each lesson your people complete, each quiz result, each decision in a case simulation and each certificate. Statements wait and are sent again until your LRS takes them, in order for each person.
lrs-saved = The learning record store is connected. New statements are sent from now on.
lrs-state-heading = Connection
lrs-none = No learning record store is connected.
lrs-endpoint = xAPI address of the LRS
lrs-endpoint-hint = The address the LRS gives for xAPI, such as https://lrs.example.org/xAPI/. Statements are posted to its statements resource.
lrs-endpoint-hint-internal = The address the LRS gives for xAPI, such as https://lrs.example.org/xAPI/. This platform also allows http:// and internal addresses.
lrs-username = User name (HTTP basic authentication)
lrs-password = Password
lrs-password-hint = Kept to sign in to the LRS and never shown again.
lrs-password-keep = Leave empty to keep the saved password.
lrs-state-on = On: statements are recorded and sent
lrs-state-off = Off: nothing is recorded or sent
lrs-counts = Statements
lrs-counts-value = { $sent } sent, { $waiting } waiting
lrs-turn-off = Turn off
lrs-turn-on = Turn on
lrs-statements-heading = Statements sent
lrs-statements-lead = The newest 100, with each attempt's answer from the LRS.
lrs-statements-none = No statements yet.
lrs-verb = Verb
lrs-object = Activity
lrs-answer = Last answer
lrs-connect-heading = Connect a learning record store
lrs-change-heading = Change the connection
lrs-save = Save and connect
error-lrs-endpoint-missing = Give the LRS's xAPI address.
error-lrs-endpoint = Give a full web address, such as https://lrs.example.org/xAPI/.
error-lrs-endpoint-https = The address must start with https://, so statements are encrypted on the way.
error-lrs-endpoint-credentials = Leave the user name and password out of the address and give them in their own fields.
error-lrs-username = Give the user name the LRS gave you (at most 500 characters).
error-lrs-password = Give the password the LRS gave you (at most 500 characters).
org-manage = Role and membership
org-change-role = Change role
org-role-changed = The role is changed.
org-member-removed = The person is removed from the organisation. What they earned stays theirs; the organisation no longer sees it.
org-remove = Remove…
org-remove-lead = The person keeps their account and everything they earned; the organisation stops seeing it, and nothing more about them goes to your HR system.
org-remove-confirm = Remove { $name }
error-org-role = Choose member or administrator.
error-org-last-admin = The organisation must keep at least one administrator. Make someone else an administrator first.
org-verify-link = Bulk verification: check a list of certificate codes or employees' email addresses
bulk-title = Bulk verification
bulk-lead = Paste certificate codes and your employees' email addresses to see each one's status. A code is answered as the public verification page answers it. An address is answered only for your organisation's own people.
bulk-form-heading = Check a list
bulk-again = Check another list
bulk-list = Codes and email addresses
bulk-hint = One per line, or separated by commas, semicolons or spaces; at most 1,000. Codes may be written without dashes or in lower case.
bulk-check = Check the list
bulk-result-heading = Result
bulk-summary = { $total ->
    [one] One entry
   *[other] { $total } entries
}: { $valid } valid, { $expiring } expiring within 90 days, { $problem } without a valid certificate or not found.
bulk-csv = Download the result (CSV)
bulk-line = Line
bulk-input = Code or address
bulk-outcome = Status
bulk-outcome-valid = Valid
bulk-outcome-expired = Expired
bulk-outcome-revoked = Revoked
bulk-outcome-suspended = Suspended
bulk-outcome-not_found = No such certificate
bulk-outcome-expiring = Valid, expires within 90 days
bulk-outcome-lapsed = Only expired or revoked certificates
bulk-outcome-missing = No certificate yet
bulk-outcome-not_member = Not in your organisation
bulk-outcome-unreadable = Neither a code nor an email address
error-bulk-empty = Paste at least one certificate code or email address.
error-bulk-too-long = The list is too long. Check at most 1,000 entries (100 kB) at a time.
error-bulk-too-many = The list has more than 1,000 entries. Split it and check each part.
cohorts-heading = Cohorts
cohorts-lead = A cohort is a group of your people who take one programme by a deadline. Each person's progress counts the programme's modules they have completed.
cohorts-none = No cohorts yet.
cohorts-csv = Download the cohorts (CSV)
cohort-title = Cohort
cohort-new = Make a cohort
cohort-name = Name
cohort-course = Programme
cohort-deadline = Deadline
cohort-deadline-hint = The last day to complete every module (today or later), such as 2027-03-01.
cohort-create = Make the cohort
cohort-members = People
cohort-members-none = Nobody is in this cohort yet. Add people below.
cohort-by = by { $date }
cohort-state-done = Done
cohort-state-in_progress = In progress
cohort-state-not_started = Not started
cohort-state-overdue = Overdue
cohort-remove = Take out
cohort-add-heading = Add people
cohort-add = Add
cohort-add-all = Add everyone not in it ({ $count })
cohort-candidates-none = Everyone in the organisation is in this cohort.
error-cohort-name-empty = Give the cohort a name.
error-cohort-name-length = A cohort's name is 2 to 80 characters.
error-cohort-name-invalid = Leave out < and > in the name.
error-cohort-name-taken = The organisation already has a cohort with that name.
error-cohort-deadline = Give the deadline as a date, such as 2027-03-01.
error-cohort-deadline-past = The deadline must be today or later.
error-cohort-course = Choose one of the programmes.
networks-title = Learning networks
networks-lead = Municipalities and other organisations that train coordinators together. Administrators of a member organisation see the network's figures: counts per organisation and per module, never another organisation's people.
networks-link = Learning networks
networks-none = No learning networks you can see yet.
networks-orgs = { $count ->
    [one] one organisation
   *[other] { $count } organisations
}
network-new = Make a learning network
network-create = Make the network
network-lead = Counts per organisation and per module. People's names and records are only on their own organisation's page.
network-orgs-heading = Organisations
network-org = Organisation
network-people = People
network-certified = With a valid certificate
network-total = The network
network-remove = Take out of the network
network-add = Add an organisation
network-modules-heading = Completion by module in the network
error-network-name-taken = There is already a network with that name.
org-invitations-csv = Download the invitations (CSV)
org-person-title = A person in the organisation
org-person-modules = Modules
org-person-completed = Completed
org-person-not-yet = Not yet

# Authoring
nav-author = Authoring
author-title = Authoring
author-lead = Change the programme in drafts. A draft is checked as you write, and a second author approves it before learners see it as a new version.
author-versions = { $count ->
        [one] One published version
       *[other] { $count } published versions, the newest is version { $newest }
    }
author-start-draft = Start a draft from the newest version
author-no-sources = The files of this course's versions were not kept, so a draft cannot be started here. Publish it again with `server courses publish`.
author-drafts = Drafts
author-no-drafts = No drafts yet.
author-open-drafts = { $count ->
        [0] No draft is being edited or reviewed.
        [one] One draft is being edited or reviewed.
       *[other] { $count } drafts are being edited or reviewed.
    }
author-draft-name = Draft { $id } (from version { $version })
author-draft-published-as = Published as version { $version }.
author-state-draft = Being edited
author-state-in-review = Waiting for review
author-state-published = Published
author-state-discarded = Discarded
author-draft-title = Draft { $id }: { $course }
author-draft-started = Started from version { $version } by { $name }.
author-draft-no-editors = Nothing has been changed yet.
author-draft-editors = Changed by { $names }.
author-sent-back = The reviewer sent the draft back:
author-files = Files
author-changed = changed
author-problem-count = { $count ->
        [one] one problem
       *[other] { $count } problems
    }
author-next = Next step
author-ready = The draft has no problems. Send it for review: a second author approves it before it is published.
author-submit = Send for review
author-review-lead = Read the changes below. Approving publishes the draft as a new version at once; learners who have started keep the version they started.
author-review-lead-compatible = Read the changes below. Approving publishes the draft as a new version at once.
author-approve = Approve and publish
author-comment = What should be changed (required to send it back)
author-send-back = Send back to the authors
author-see-course = See the course
author-discard = Discard the draft
author-no-problems = The checker found no problems.
author-problems = { $count ->
        [one] The checker found one problem
       *[other] The checker found { $count } problems
    }
author-line = line
author-changes = Changes since the version it started from
author-no-changes = No changes yet.
author-added = Added:
author-removed = Removed:
author-skipped = … { $count } unchanged lines …
author-edit-title = Editing { $path }
author-back-to-draft = Back to draft { $id }
author-saved = Saved. The checker has looked at the draft again.
author-content = Text of the file
author-content-hint-lesson = Front matter in TOML between the +++ lines (title, objectives, sources), then the lesson in Markdown. The preview shows it as learners will see it.
author-content-hint = TOML, as described in courses/README.md.
author-save = Save
author-preview = Preview as a learner sees it
author-error-path = That is not a file path inside the course. Use names like 01-intro/lesson.nb.md.
author-error-too-long = That is too long.
author-error-comment = Say what should be changed.
author-error-not-editable = The draft is not being edited any more, so it cannot be changed.
author-error-not-in-review = The draft is not waiting for review.
author-error-has-problems = The draft has problems. Fix them before sending it for review.
author-error-unchanged = The draft changes nothing yet.
author-error-four-eyes = You changed this draft or sent it for review, so a second author must review it.
author-error-course-id = The draft must keep the course's id.
author-version = Version { $version }, published { $date }
author-download = Download the files (.zip)
author-import-heading = Import files
author-import-label = A zip archive of the course's folder
author-import-hint = For example a version downloaded above and edited on your computer. It becomes a new draft in place of all the files, checked and reviewed like any other.
author-import-submit = Import as a new draft
author-import-refused = The archive was not imported:
author-import-in-file = In the file { $file }.
author-import-missing = Choose a zip file first.
author-import-not-zip = The file is not a zip archive.
author-import-too-big = The archive is too large (at most 1 MB, 2000 files and 20 MB unpacked).
author-import-file-too-big = A file in the archive is larger than 200 KB.
author-import-not-text = A file in the archive is neither UTF-8 text nor an image (PNG, JPG, GIF, WebP) or a PDF.
author-import-bad-path = A file in the archive has a name that cannot be used in a course. Use letters, digits, - and _ only.
author-import-no-course = The archive has no course.toml at its top or in its one folder.
author-versions-heading = Published versions
author-version-learners = { $count ->
        [one] one learner
       *[other] { $count } learners
    }
author-withdrawn = withdrawn
author-withdraw = Withdraw this version
author-withdraw-reason = Why (required; kept with the version)
author-error-reason = Say why the version is withdrawn.
author-error-last-version = This is the only version open to new learners. Publish a corrected version first.
author-new-file = New file
author-new-file-hint = Its path in the course, for example 01-intro/new-lesson.nb.md. List a new lesson in its module.toml too.
author-create-file = Create the file
author-error-exists = There is already a file with that path.
author-compatible-label = Learners who have started move to the new version (compatible)
author-compatible-hint = { $count ->
        [one] One learner is on version { $version }.
       *[other] { $count } learners are on version { $version }.
    } Choose this only when the changes do not invalidate what they have done: completed lessons, passed quizzes and case scores carry over. Otherwise they stay on the version they started.
author-compatible-note = { $count ->
        [one] Sent as compatible: when the draft is approved, one learner moves from version { $version } to the new version, and what they have done carries over.
       *[other] Sent as compatible: when the draft is approved, { $count } learners move from version { $version } to the new version, and what they have done carries over.
    }
author-version-compatible = compatible with version { $version } (its learners moved)
author-assets = Images and attachments
author-assets-hint = Images (PNG, JPG, GIF, WebP) and PDF files sit in the module's folder, beside the lessons. A lesson shows an image with ![what it shows](file name) and links to a PDF with [text](file name). At most 900 KB per file.
author-assets-none = The draft has no images or attachments.
author-asset-size = { $kb } KB
author-asset-usage = Use in a lesson in the same folder:
author-asset-remove = Remove
author-asset-remove-named = Remove { $path }
author-asset-folder = Folder
author-asset-file = File
author-asset-file-hint = PNG, JPG, GIF, WebP or PDF, at most 900 KB. The file name becomes lower case with hyphens for spaces; a file with the same name is replaced.
author-asset-upload = Upload
author-asset-saved = { $path } is saved in the draft.
author-error-asset-kind = Only images (PNG, JPG, GIF, WebP) and PDF files can sit beside lessons.
author-error-asset-too-big = The file is larger than 900 KB. Make it smaller (an image 1600 pixels wide is plenty).
author-error-asset-not-what-it-says = The file is not what its name says (a JPG image named .png, say). Save it again in the right format.
author-error-asset-missing = Choose a file to upload.
author-import-bad-asset = An image or a PDF in the archive is not what its name says.
author-review-waived = This course lets one author publish alone (its course.toml says second_author = false), so you may approve your own draft.
author-version-changes-title = { $course }: changes from version { $from } to { $to }
author-version-short = Version { $version }
author-compare-from = From
author-compare-to = To
author-compare = Show changes
author-back = Back to authoring
author-see-changes = Changes from the version before
author-form-lead = Each part of the file has its own fields; texts have one field per language. Saving changes only what you changed; comments in the file stay.
author-form-as-text = Edit as text instead
author-form-as-form = Edit in a form instead
author-form-add = Add to { $list }
author-form-remove = Remove { $entry }…
author-form-remove-hint = Anything you changed in the form is saved first. The version the draft started from keeps the entry, so the change can be seen and undone.
author-form-remove-confirm = Remove it
author-form-list-hint = One per line.
author-form-raw-hint = Written as in the file (TOML).
author-form-invalid = These fields were not saved because their values do not fit (a number, or TOML, was expected). Everything else was saved.
author-error-stale = The file was saved by someone else after you opened it, so your changes were not saved. Open it again and redo them.
author-error-not-toml = The file is not valid TOML, so it has no form. Fix it as text first.
author-error-no-entry = That entry is no longer in the file. Nothing was changed.
author-learner-preview = What a learner sees
author-learner-preview-hint = From the saved file, when the draft has no problems. Nothing here is recorded.
author-preview-start = Go to the first node
author-preview-leads-to = → { $node }
author-preview-expert = expert's choice
author-preview-conditional = only when its condition holds
author-preview-moves-on = Moves on by itself to:
author-preview-ending = Ending: { $outcome }, score { $score }.

# Single sign-on
org-sso-link = Single sign-on (sign in with your organisation's accounts)
sso-title = Single sign-on
sso-lead = Let your people sign in with the accounts they already have (Microsoft Entra ID, ADFS, ID-porten or any OpenID Connect provider). The first sign-in makes their account here, in this organisation; nobody needs a new password.
sso-saved = Saved. The provider answered, and people can now sign in through it.
sso-register-heading = At your provider
sso-register-lead = Register RTW Academy as an application (a confidential web client using the authorization code flow) with these values:
sso-redirect-uri = Redirect URI
sso-scopes = Scopes
sso-start-url = Sign-in link for your intranet
sso-state-heading = Provider
sso-none = No provider is connected yet.
sso-issuer = Issuer
sso-state-on = On: people can sign in through it
sso-state-off = Off: nobody can sign in through it
sso-people = People who have signed in through it
sso-connect-heading = Connect a provider
sso-change-heading = Change the provider
sso-issuer-hint = The issuer exactly as in the provider's discovery document, such as https://login.microsoftonline.com/<tenant>/v2.0. It must start with https://.
sso-issuer-hint-internal = The issuer exactly as in the provider's discovery document, such as https://login.microsoftonline.com/<tenant>/v2.0. This platform also allows http:// and internal addresses.
sso-client-id = Client ID
sso-client-secret = Client secret
sso-client-secret-hint = Kept to talk to the provider and never shown again.
sso-client-secret-keep = Leave empty to keep the saved secret.
sso-claims-legend = Claims in the ID token
sso-claims-hint = Which claims name the person. The usual ones are filled in; change them only if your provider uses others.
sso-subject-claim = Claim that identifies the person
sso-subject-claim-hint = It must never change for a person: sub, or oid in Entra ID.
sso-name-claim = Claim with the name
sso-email-claim = Claim with the email address
sso-org-claim = Only people whose token has this claim (optional)
sso-org-claim-hint = For a provider shared by several organisations, such as tid (the tenant) in Entra ID. Give the value below.
sso-org-value = … with this value
sso-save = Save and check the provider
error-sso-issuer-missing = Give the provider's issuer.
error-sso-issuer = Give a full web address without ? or #, such as https://login.example.org/tenant/v2.0.
error-sso-issuer-https = The issuer must start with https://.
error-sso-client-id = Give the client ID the provider gave you (at most 500 characters).
error-sso-client-secret = Give the client secret the provider gave you (at most 500 characters).
error-sso-claim = A claim name has no spaces and is at most 100 characters long.
error-sso-org-value = Give the value the claim must have.
error-sso-org-claim = Give the claim the value is for.
error-sso-issuer-internal = The issuer's address must be a public one (it may not lead into the network the platform runs in).
error-sso-discovery = The provider did not answer with an OpenID Connect discovery document for this issuer (at <issuer>/.well-known/openid-configuration). Check the address.
error-sso-password = Give the password of the account.
sso-sign-in-heading = Sign in through your organisation
sso-sign-in-lead = Use the account you have at work. The first time, your account here is made for you.
sso-sign-in-organisation = Organisation
sso-sign-in-submit = Continue to your organisation's sign-in
sso-failed-title = Sign-in through your organisation did not work
sso-failed-nothing = Nothing was saved and no account was made. You can try again.
sso-failed-back = Back to sign in
sso-failed-not-configured = This organisation does not offer sign-in through its own accounts (any more). Sign in with your email and password instead.
sso-failed-unreachable = Your organisation's sign-in service did not answer properly. Try again in a while; if it keeps happening, tell your organisation's administrator.
sso-failed-expired = This sign-in was started too long ago, in another browser, or has already been used. Start again.
sso-failed-denied = The sign-in was cancelled or refused at your organisation's sign-in service.
sso-failed-invalid-token = The answer from your organisation's sign-in service could not be trusted (its signature, issuer, audience, time or nonce did not check out), so you were not signed in.
sso-failed-missing-claims = Your organisation's sign-in service did not tell us who you are (an identifier and an email address are needed). Tell your organisation's administrator.
sso-failed-wrong-organisation = Your account at the sign-in service does not belong to this organisation.
sso-failed-internal = Something went wrong on our side. Nothing was half-saved; try again.
sso-failed-unknown-deployment = Your learning platform launched this from a place (deployment) that is not registered here. Tell the platform's administrator.
error-lti-pick = Choose at least one lesson, quiz or case.
sso-link-title = Link your organisation's sign-in
sso-link-lead = You signed in through { $org } as { $email }. An account with this email address already exists here.
sso-link-why = To use your organisation's sign-in for that account, give the account's password once. We never join accounts without it.
sso-link-submit = Link and sign in
sso-link-cancel = Not now
sso-link-expired = There is nothing to link in this browser (it may have taken more than 15 minutes). Sign in through your organisation again.

# LTI 1.3
lti-pick-title = Choose what to add to your course
lti-pick-lead = Tick the lessons, quizzes and cases to add. Each becomes an activity in your course; lessons and quizzes get a column in the gradebook.
lti-pick-submit = Add to the course
lti-kind-module = module
lti-kind-lesson = lesson
lti-kind-quiz = quiz
lti-kind-case = case
lti-return-title = Back to your learning platform
lti-return-lead = Your choice is signed and ready. Send it back to your learning platform.
lti-return-submit = Send to the learning platform
lti-platforms-link = Learning platforms (LTI 1.3): Moodle, KS Læring, Canvas
lti-title = Learning platforms (LTI 1.3)
lti-lead = A municipality's learning platform (KS Læring and other Moodles, Canvas) can put our lessons, quizzes and cases in its courses. Its people are signed in here by the launch, join the platform's organisation, and their quiz scores and completed lessons go to the platform's gradebook.
lti-saved = The platform is registered. Launches from its deployments are taken from now on.
lti-tool-heading = Give the learning platform these
lti-tool-lead = Register RTW Academy at the platform as an LTI 1.3 tool with deep linking and grade sync:
lti-login-url = Initiate login URL
lti-launch-url = Redirection URI and deep linking URL
lti-jwks-url = Public keyset URL
lti-list-heading = Registered platforms
lti-none = No learning platform is registered yet.
lti-name = Name
lti-issuer = Platform ID (issuer)
lti-client-id = Client ID
lti-deployments = Deployment IDs
lti-deployments-hint = As the platform shows them; several separated by spaces or commas.
lti-organisation = Organisation
lti-organisation-hint = The people the platform launches join this organisation.
lti-people = People launched
lti-add-heading = Register a platform
lti-add-lead = The values come from the platform's tool configuration (in Moodle: View configuration details).
lti-auth-url = Authentication request URL
lti-token-url = Access token URL
lti-platform-jwks = The platform's public keyset URL
lti-add = Register the platform
lti-url-hint = A full https:// address.
lti-url-hint-internal = A full address; this platform also allows http:// and internal addresses.
error-lti-name = Give the platform a name (at most 500 characters).
error-lti-client-id = Give the client ID the platform gave the tool.
error-lti-deployments = Give at least one deployment ID.
error-lti-url = Give a full web address, such as https://moodle.example.org/mod/lti/auth.php.
error-lti-url-https = Give a full https:// address, such as https://moodle.example.org/mod/lti/auth.php.
error-lti-organisation = Choose the organisation.
