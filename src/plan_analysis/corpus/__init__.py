"""Beside extract: extraction over many documents (batches, Dask, the ``extract`` command).

Imports only :mod:`plan_analysis.extract` and :mod:`plan_analysis.text`.
"""
