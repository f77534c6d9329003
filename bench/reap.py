#!/usr/bin/env python3
# Runs a command as a child subreaper, for bench/proc.ts. Processes orphaned inside
# the build (Chromium's, esbuild's service) are reparented here instead of to init,
# so they stay in the measured process tree and their CPU time reaches the harness
# through wait4().
# Node has no prctl(); Python's ctypes is the smallest way to call it.
# Usage: reap.py INFO_FILE CMD ARGS...
#   INFO_FILE gets "pid P" (the command's pid), "exit NS CODE" when it exits, and
#   "killed N": orphans that outlived it by GRACE_S and were ended.
import ctypes, os, signal, sys, time

PR_SET_CHILD_SUBREAPER = 36
GRACE_S = 2  # orphans still alive this long after the build exits are ended

if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit("reap.py: prctl(PR_SET_CHILD_SUBREAPER) failed")
info = open(sys.argv[1], "w", buffering=1)
main = os.fork()
if main == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
info.write(f"pid {main}\n")


def children():
    own = str(os.getpid())
    out = []
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[1] == own:
                    out.append(int(name))
        except (OSError, ValueError, IndexError):
            pass
    return out


code, deadline, signalled, killed = 1, None, 0, set()
while True:
    try:
        pid, status = os.waitpid(-1, os.WNOHANG if deadline else 0)
    except ChildProcessError:
        break  # no child left: everything was reaped, so all CPU time is accounted
    if pid == main:
        code = os.waitstatus_to_exitcode(status)
        # CLOCK_MONOTONIC, the clock of Node's process.hrtime: the harness's wall time ends here.
        info.write(f"exit {time.monotonic_ns()} {code}\n")
        deadline = time.monotonic() + GRACE_S
    elif pid == 0:
        if time.monotonic() > deadline:
            for c in children():  # only this build's leftovers: they were reparented here
                killed.add(c)
                try:
                    os.kill(c, signal.SIGTERM if signalled < 10 else signal.SIGKILL)
                except ProcessLookupError:
                    pass
            signalled += 1
        time.sleep(0.05)
info.write(f"killed {len(killed)}\n")
sys.exit(code if code >= 0 else 128 - code)
