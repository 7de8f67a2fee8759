# "At this clinic": a clinic's own section, in a pack that names one
# (its name, groups and services, and how to start), and the QR codes a
# visitor can take away from the kiosk.

# Home's section, and its summary; $name is the clinic's name.
clinic-section = At this clinic
clinic-section-summary = Groups, services and how to start at { $name }
# The screen's title.
clinic-title = At { $name }
# On Home, the attract screen and Sources: who offers this app.
clinic-offered-by = Offered by { $name }
clinic-logo-spoken = Logo of { $name }
clinic-sources-note = The clinic's own section (“At this clinic”) is written by the clinic. The rest of this information names no clinic and advertises nothing.
clinic-missing = This pack names no clinic.

clinic-services-title = Groups and services
clinic-services-none = No groups or services are listed right now.
# Used when the start page has no title of its own.
clinic-start-title = How to start here

# The facts of a group or service.
clinic-fact-who = Who it is for
clinic-fact-when = When
clinic-fact-length = How long
clinic-length-both = { $minutes } minutes a session, for { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
clinic-length-minutes = { $minutes } minutes a session
clinic-length-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
clinic-fact-size = Group size
clinic-fact-approach = Approach
clinic-fact-language = Language
clinic-fact-place = Where
clinic-place-in-person = In person
clinic-place-online = Online
clinic-place-both = In person or online
clinic-fact-access = Access
clinic-access-step-free = Step-free access
clinic-access-hearing-loop = Hearing loop
clinic-access-interpreters = Interpreters
clinic-access-sign-language = Sign language interpreters
clinic-fact-cost = Cost
clinic-fact-join = How to join
# A button under a service; $title is the approach's short name.
clinic-approach-open = About { $title }
clinic-approach-open-spoken = Open approach: { $title }

# At home: the clinic's website.
clinic-website = Website
clinic-website-open = The clinic's website…
clinic-website-spoken = Open the website of { $name }

# QR codes on the kiosk. Nothing leaves the kiosk: a phone reads the code.
clinic-qr-website-title = The clinic's website on your phone
clinic-qr-website-note = Point your phone's camera at the code. It holds only this address: { $url }
clinic-qr-website-spoken = QR code with the address of the website of { $name }
clinic-qr-mine-title = Take your questions with you
clinic-qr-mine-note = Point your phone's camera at the code. It holds only the text below: no web address. Nothing is sent or saved.
clinic-qr-mine-spoken = QR code with your own questions, as text
# Inside the code: the topics that mattered most, then the questions.
clinic-qr-mattered = What mattered to me: { $topics }
clinic-qr-asks = Questions to ask:
