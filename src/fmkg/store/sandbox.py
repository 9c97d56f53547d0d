"""The query processes' sandbox: no network, and a memory limit.

pyoxigraph's engine evaluates ``SERVICE <url>`` by sending the query to that URL with its own HTTP client, and
Python cannot switch that client off. The SPARQL endpoint refuses SERVICE before a query reaches the engine
(``fmkg.store.querytext.calls_service``), but a refusal that depends on reading the query the same way as the
engine is one parser disagreement away from a hole (issue 8 found one). So, underneath, every query process
installs a **seccomp filter** before it opens the store: the ``socket`` system call fails with ``EACCES`` for every
address family except ``AF_UNIX``, and ``io_uring_setup`` (which could open sockets without that call) fails too.
No query can then open a TCP or UDP connection, not even a DNS lookup, whatever the engine makes of its text.

Why seccomp and not a network namespace: a filter needs no privilege (``PR_SET_NO_NEW_PRIVS`` suffices), works
inside containers whose runtime forbids ``unshare``, applies to one process and everything it starts, and cannot
be lifted by that process; ``unshare(CLONE_NEWNET)`` needs ``CAP_SYS_ADMIN`` or unprivileged user namespaces,
which many hosts and container runtimes disable. The filter is a few BPF instructions written here with ctypes:
no extra package.

Where it cannot be installed (not Linux, an architecture other than x86-64 and AArch64, a kernel without
seccomp filters), ``fmkg serve`` prints a warning at start-up and the query processes run without it; the
parse-level refusal of SERVICE still applies.

The memory limit is ``RLIMIT_DATA`` (Linux counts the heap and private anonymous mappings, not the store's
memory-mapped files, which ``RLIMIT_AS`` would count). An allocation past it fails: Python raises
``MemoryError``, and Oxigraph's Rust code aborts the process; either way the query is answered 503 and the
process is replaced.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import resource
import struct

__all__ = ["deny_network", "limit_memory", "probe", "SandboxUnavailable"]


class SandboxUnavailable(OSError):
    """The network filter cannot be installed on this machine."""


_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
_SOCKET = {"x86_64": 41, "aarch64": 198}
_SECCOMP = {"x86_64": 317, "aarch64": 277}
_IO_URING_SETUP = 425  # the same number on every architecture (syscalls added after 5.1 share a table)
_AF_UNIX = 1

_LD_W_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06
_ALLOW = 0x7FFF0000
_ERRNO = 0x00050000
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC = 1, 1
_X32_BIT = 0x40000000


def _program(machine: str) -> bytes:
    """The BPF program: foreign ABI -> EPERM; socket(family != AF_UNIX) -> EACCES; io_uring_setup -> EPERM."""
    deny_socket = _ERRNO | errno.EACCES
    deny = _ERRNO | errno.EPERM
    code = [
        (_LD_W_ABS, 0, 0, 4),                           # 0: arch
        (_JEQ, 1, 0, _AUDIT_ARCH[machine]),             # 1: native ABI -> 3
        (_RET, 0, 0, deny),                             # 2: any other ABI (i386 socketcall...) refused
        (_LD_W_ABS, 0, 0, 0),                           # 3: syscall number
        (_JGE, 5, 0, _X32_BIT),                         # 4: x32 ABI -> 10
        (_JEQ, 4, 0, _IO_URING_SETUP),                  # 5: -> 10
        (_JEQ, 0, 2, _SOCKET[machine]),                 # 6: socket -> 7, else -> 9
        (_LD_W_ABS, 0, 0, 16),                          # 7: args[0], the address family (low word)
        (_JEQ, 0, 2, _AF_UNIX),                         # 8: AF_UNIX -> 9, else -> 11
        (_RET, 0, 0, _ALLOW),                           # 9
        (_RET, 0, 0, deny),                             # 10
        (_RET, 0, 0, deny_socket),                      # 11
    ]
    return b"".join(struct.pack("=HBBI", *instruction) for instruction in code)


def deny_network() -> None:
    """Install the filter in this process (and every thread and child it has or will have); irreversible.

    Raises ``SandboxUnavailable`` when this machine cannot.
    """
    machine = platform.machine()
    if os.name != "posix" or platform.system() != "Linux" or machine not in _AUDIT_ARCH:
        raise SandboxUnavailable(f"no seccomp network filter for {platform.system()} on {machine}")
    libc = ctypes.CDLL(None, use_errno=True)
    program = _program(machine)
    buffer = ctypes.create_string_buffer(program, len(program))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(len(program) // 8, ctypes.addressof(buffer))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SandboxUnavailable(f"prctl(PR_SET_NO_NEW_PRIVS): {os.strerror(ctypes.get_errno())}")
    # seccomp(2) with TSYNC covers threads already running; prctl (older kernels) only the calling thread.
    libc.syscall.restype = ctypes.c_long
    if libc.syscall(_SECCOMP[machine], _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC,
                    ctypes.byref(fprog)) == 0:
        return
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise SandboxUnavailable(f"seccomp filter: {os.strerror(ctypes.get_errno())}")


def limit_memory(max_bytes: int) -> None:
    """Cap this process's data segment (heap and anonymous mappings) at ``max_bytes``; 0 or less: no cap."""
    if max_bytes <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        max_bytes = min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (max_bytes, hard))


def probe() -> str | None:
    """Install the filter in a short-lived child and check that it holds: None if so, else why not."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        message = b""
        try:
            deny_network()
            import socket

            try:
                socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
                message = b"the filter was installed but a socket could still be opened"
            except PermissionError:
                pass
        except Exception as error:  # noqa: BLE001 - reported to the parent
            message = str(error).encode()
        os.write(write_end, message)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        reason = pipe.read().decode(errors="replace")
    os.waitpid(pid, 0)
    return reason or None
