"""The hall board: who is called to which counter, with a chime and a spoken announcement."""
