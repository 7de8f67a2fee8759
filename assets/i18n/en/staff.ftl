# Notes for staff, shown on the screen when a clinic's pack or kiosk
# settings cannot be used. On a kiosk the public can read them too: no
# folder or file names there.

# $folder is the pack's folder, $count how many problems it has.
staff-note-pack-problems = Staff note: the content pack in { $folder } has { $count ->
    [one] 1 problem
   *[other] { $count } problems
}, so what is broken is left out. Run `therapy-explorer check { $folder }` to see them.
staff-note-kiosk-pack-problems = Staff note: this kiosk's content pack has { $count ->
    [one] 1 problem
   *[other] { $count } problems
}, so what is broken is left out. Run `therapy-explorer check` on the pack's folder to see them.
staff-note-kiosk-config = Staff note: this kiosk's settings file has problems, so some settings are at their defaults (a broken PIN means no staff exit). Run `therapy-explorer check --kiosk-config` on the file to see them.
# A kiosk with a public key refused its pack; $version is the previous one's.
staff-note-kiosk-pack-refused-previous = Staff note: this kiosk refused its new content pack (its signature or files do not match), so it shows the previous pack, version { $version }. Run `therapy-explorer verify` on the pack's folder to see why.
staff-note-kiosk-pack-refused = Staff note: this kiosk refused its content pack (its signature or files do not match), so it shows the built-in general information with this site's own crisis contacts. Run `therapy-explorer verify` on the pack's folder to see why.
