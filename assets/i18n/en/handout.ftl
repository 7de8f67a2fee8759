# "Save a handout…" at home: a printable web page of what the reader picks.

handout-open = Save a handout…
handout-open-spoken = Save a handout: choose what to put in it
handout-screen-title = Save a handout
handout-intro = Choose what to put in it. It is saved on this computer as one web page, in your Documents folder, for you to print or keep. Nothing is sent anywhere.
handout-kiosk = Handouts are saved at home only. Here, use the QR code instead.
# $title is the name of "Which fits me?".
handout-pick-decision = Your answers to “{ $title }” and questions to ask
# $name is the clinic's name.
handout-pick-clinic = At { $name }: groups and how to start
handout-pick-spoken = Put in the handout: { $title }
handout-nothing = Choose at least one thing to put in it.
handout-save = Save the handout
handout-save-spoken = Save the handout in your Documents folder
handout-saved = Saved: { $path }
handout-open-file = Open it
handout-open-file-spoken = Open the handout in your browser
handout-failed = The handout could not be saved: { $reason }

# In the handout itself.
handout-title = Your handout
handout-saved-on = From { $title }, saved on { $date }.
# The file's name, before its date (letters, digits and hyphens).
handout-file-name = therapy-handout
