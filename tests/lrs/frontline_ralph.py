"""Ralph's LRS, `ralph.api:app`, with one fix to its file-system backend.

Ralph 5.1.0's `fs` LRS backend writes every POST to the same file
(`fs_lrs.jsonl`) with the data backend's default operation, INDEX, which
refuses to write to a file that exists: the first POST is stored, every later
one fails with 500 "fs_lrs.jsonl already exists and overwrite is not allowed".
Appending is what a statement store needs, and the backend supports it.
Nothing else of Ralph is changed. Started by tests/e2e/lib/lrs.mjs as
`uvicorn frontline_ralph:app --app-dir tests/lrs`.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402

__all__ = ["app"]
