"""The program itself: the `mpp-kiosk` command line and the wiring between kiosk and printers.

`kiosk` (domain and store), `printers` and `sync` must not know each other; this
package is where they meet, as `ui/app.py` is for the screens.
"""
