"""The free-slot finder and the search panel."""
