# Live preview (`--watch`): the panel that lists what is wrong with the
# pack in its folder, while the last good version stays on screen.

preview-problems-title = { $count ->
    [one] The pack in the folder has 1 error
   *[other] The pack in the folder has { $count } errors
}
preview-problems-intro = The last version without errors is still shown. Fix the file at each line and column below and save it: this updates by itself.
