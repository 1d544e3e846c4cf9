"""Benchmark solvers, not part of the product: TAT-QA arithmetic questions
(:mod:`.question`) and SciTab/TabFact statements (:mod:`.statement`) answered from a table
read by :mod:`.grid`, with the derivations of :mod:`pipeline.claims.derive`.
Used by ``benchmarks/claims/tatqa.py`` and ``benchmarks/claims/tablecheck.py``."""
