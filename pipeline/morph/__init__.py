"""Morphology shared by the stages: a leaf that imports no stage.

- :mod:`.kazakh` Kazakh nominal suffixes: stems for the quantities stage
  (:func:`~.kazakh.stem_of`), base forms of names for the entities stage
  (:func:`~.kazakh.base_forms`).
"""
