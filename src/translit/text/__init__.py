"""Unify the spellings of names in running text: the normalizer's pipeline.

Read the modules in this order, each a step from one named type to the next:
:mod:`~translit.text.protect` (spans never touched) → :mod:`~translit.text.mentions`
(``Mention``) → :mod:`~translit.text.candidates` (the gate) → :mod:`~translit.text.census`
(counts) → :mod:`~translit.text.clusters` (``Cluster``) → :mod:`~translit.text.canonical`
(the form each cluster takes) → :mod:`~translit.text.plan` (``Target`` per spelling) →
:mod:`~translit.text.rewrite` (``Change``), all driven by :mod:`~translit.text.normalizer`
(which asks a lexicon, when it has one, through :mod:`~translit.text.lexicon_probe`).
"""
