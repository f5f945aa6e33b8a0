"""The counter desk (`--role counter`): an officer signs in, calls, serves and moves tickets on."""
