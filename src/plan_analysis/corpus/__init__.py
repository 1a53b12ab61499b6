"""Beside extract: extraction over many documents.

``discovery`` (which files) → ``documents`` (read, hash, extract one document,
never raising; encode a batch as Parquet parts) → ``engines`` /
``dask_engine`` (where batches run) → ``run`` (a whole run, with progress) →
``dataset`` (the resumable Parquet folder; columns in ``schema``).
``extract_command`` is the CLI's ``extract``; ``explore`` and ``samples``
serve ``notebooks/explore_corpus.ipynb``; ``batch`` is the in-memory API over ``run``
(``extract_corpus`` → one DataFrame) for corpora that fit in memory.

Imports only :mod:`plan_analysis.extract` and :mod:`plan_analysis.text`.
"""
