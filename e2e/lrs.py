"""Runs Ralph, a learning record store from PyPI (ralph-malph), for the xAPI tests.

Usage: python lrs.py PORT  (configured by Ralph's own RALPH_* environment variables).

Ralph 5.1's file-system backend writes its statements file with the "create" operation, which
refuses to write to a file that already exists, so only the first statement would ever be stored.
Here it appends instead; everything else (authentication, xAPI 1.0.3 validation of each
statement, the statement-id conflict check, queries) is Ralph's own code, unchanged.
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (after the backend is set up)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
