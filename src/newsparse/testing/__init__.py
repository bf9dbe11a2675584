"""Tools for testing code that uses newsparse, and newsparse itself.

- :mod:`newsparse.testing.fixtures`: saved pages with their expected Article on disk
  (``newsparse fixture add/check/update``);
- :mod:`newsparse.testing.plugin`: the pytest plugin that turns fixture folders into
  one test per field (off unless a project enables it);
- :mod:`newsparse.testing.render`: write an Article as a realistic page of a theme;
- :mod:`newsparse.testing.strategies`: Hypothesis strategies for Articles (needs the
  ``testing`` extra: ``pip install 'newsparse[testing]'``).

Importing this package loads neither pytest nor Hypothesis.
"""
