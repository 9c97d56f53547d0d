"""Fair use of the query engines: per client address, a limit on concurrent queries and a budget of query time.

Both are shared by every worker process of one server through small files in ``runtime_dir`` (``fmkg serve``
makes a private one and tells its workers by ``FMKG_RUNTIME_DIR``):

- **Concurrent queries**: client addresses are hashed into 4,096 buckets; bucket ``b`` has ``client_queries``
  slot files, and a query holds an exclusive ``flock`` on one of them until its response is closed. No free slot:
  HTTP 429. A lock dies with its process, so a killed worker leaks nothing. Two addresses in one bucket share a
  limit (rare, and the cost is a 429 to retry).
- **Query time per minute** (as the Wikidata Query Service has): each bucket's engine seconds in the current
  minute are kept in one shared file, updated under a lock when the engine is done with a query; a client over
  ``client_query_seconds`` gets 429 until the minute is over. The same figure decides who may use the engine
  kept for short queries: only a client that has used less than ``query_lane_seconds`` in this minute.

Addresses are the TCP peer's: behind a reverse proxy every client would share one, so the proxy should do this.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import os
import struct
import time
from pathlib import Path

__all__ = ["ClientLimits", "TooManyQueries"]

BUCKETS = 4096
_RECORD = struct.Struct("=qd")  # minute number, engine seconds used in it


class TooManyQueries(Exception):
    """A client over its share: the message for it and the seconds after which to retry."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Slot:
    """One query's hold on its client's share; ``release`` (idempotent) with the engine seconds it used."""

    def __init__(self, limits: ClientLimits, bucket: int, fd: int | None, used: float) -> None:
        self._limits: ClientLimits | None = limits
        self._bucket, self._fd = bucket, fd
        self.used = used  # engine seconds this client used in the current minute, before this query

    def release(self, engine_seconds: float = 0.0) -> None:
        if self._limits is None:
            return
        limits, self._limits = self._limits, None
        if self._fd is not None:
            os.close(self._fd)  # drops the flock
        if engine_seconds > 0:
            limits.spend(self._bucket, engine_seconds)

    def __del__(self) -> None:
        # A response that is never closed (a test client's) still frees its slot when it is collected.
        if self._limits is not None and self._fd is not None:
            os.close(self._fd)


class ClientLimits:
    def __init__(self, directory: Path | str, concurrent: int, seconds_per_minute: float) -> None:
        self.directory = Path(directory)
        self.concurrent, self.seconds_per_minute = concurrent, seconds_per_minute
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._budget_path = self.directory / "budget"

    @staticmethod
    def bucket(address: str) -> int:
        return int.from_bytes(hashlib.blake2b(address.encode(), digest_size=4).digest(), "big") % BUCKETS

    def acquire(self, address: str) -> Slot:
        """A slot for one more query from ``address``, or ``TooManyQueries``."""
        bucket = self.bucket(address)
        used, left_in_minute = self._used(bucket)
        if self.seconds_per_minute > 0:
            if used >= self.seconds_per_minute:
                raise TooManyQueries(
                    f"Your queries used {used:.1f} s of query time in this minute; the limit per client is "
                    f"{self.seconds_per_minute:g} s a minute (FMKG_CLIENT_QUERY_SECONDS).",
                    max(1, math.ceil(left_in_minute)))
        if self.concurrent <= 0:
            return Slot(self, bucket, None, used)
        for index in range(self.concurrent):
            fd = os.open(self.directory / f"{bucket:03x}.{index}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return Slot(self, bucket, fd, used)
        raise TooManyQueries(f"You already have {self.concurrent} queries running; the limit per client is "
                             f"{self.concurrent} at once (FMKG_CLIENT_QUERIES). Retry when one has finished.", 2)

    def _with_budget(self, update):
        fd = os.open(self._budget_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            return update(fd)
        finally:
            os.close(fd)  # drops the lock

    def _used(self, bucket: int) -> tuple[float, float]:
        now = time.time()
        minute = int(now // 60)

        def read(fd: int) -> float:
            data = os.pread(fd, _RECORD.size, bucket * _RECORD.size)
            if len(data) < _RECORD.size:
                return 0.0
            recorded_minute, seconds = _RECORD.unpack(data)
            return seconds if recorded_minute == minute else 0.0

        return self._with_budget(read), (minute + 1) * 60 - now

    def spend(self, bucket: int, seconds: float) -> None:
        minute = int(time.time() // 60)

        def add(fd: int) -> None:
            data = os.pread(fd, _RECORD.size, bucket * _RECORD.size)
            used = 0.0
            if len(data) == _RECORD.size:
                recorded_minute, recorded = _RECORD.unpack(data)
                used = recorded if recorded_minute == minute else 0.0
            os.pwrite(fd, _RECORD.pack(minute, used + seconds), bucket * _RECORD.size)

        self._with_budget(add)
