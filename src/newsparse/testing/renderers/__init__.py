"""One module per theme renderer; :mod:`newsparse.testing.render` lists them."""
