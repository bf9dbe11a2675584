"""One module per theme renderer; :func:`newsparse.testing.render.renderers` lists them."""
