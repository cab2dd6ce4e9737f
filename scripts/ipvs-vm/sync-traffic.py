#!/usr/bin/env python3
"""Long-lived TCP connections for scripts/ipvs-vm/sync-e2e.sh (runs inside the IPVS guest).

  sync-traffic.py serve ADDRESS PORT NAME
      answers every line with NAME (one process, selectors).
  sync-traffic.py client VIP PORT COUNT INTERVAL READY_FILE STOP_FILE SOURCE...
      opens COUNT connections to VIP:PORT, spread over the SOURCE addresses; each sends a short
      line every INTERVAL seconds and waits for the answer before the next. Writes READY_FILE once
      every connection has had an answer, runs until STOP_FILE exists, then prints one line per
      connection (state, largest request-to-answer wait and when that request was sent, answering
      server), every answer that took over 1 s, every pause of its own loop over 0.3 s, and a
      summary line 'survived N of COUNT' counting connections never reset nor closed, whose every
      answer came within 2 s and from one server.
  sync-traffic.py sample INTERVAL NAMESPACE...
      every INTERVAL seconds, one line: each network namespace's IPVS entries by state and whether
      it holds the two VIPs (sync-e2e.sh's SYNC_TRACE=1).
"""
import errno
import os
import re
import selectors
import socket
import sys
import time

STALL = 2.0


def serve(address, port, name):
    reply = (name + "\n").encode()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, port))
    listener.listen(1024)
    listener.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ)
    while True:
        for key, _ in sel.select():
            if key.fileobj is listener:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ)
                continue
            conn = key.fileobj
            try:
                data = conn.recv(4096)
            except OSError:
                data = b""
            if not data:
                sel.unregister(conn)
                conn.close()
                continue
            try:
                conn.send(reply * data.count(b"\n"))
            except OSError:
                sel.unregister(conn)
                conn.close()


class Flow:
    def __init__(self, index, sock):
        self.index = index
        self.sock = sock
        self.state = "connecting"
        self.sent_at = None
        self.next_at = 0.0
        self.worst = 0.0
        self.worst_at = 0.0
        self.servers = set()
        self.buffer = b""
        self.answers = 0


def wall(moment):
    """The wall-clock time of a time.monotonic() reading."""
    return time.time() - (time.monotonic() - moment)


def note_wait(flow, now):
    """Keeps the flow's longest wait so far and when (wall clock) its request was sent."""
    if now - flow.sent_at > flow.worst:
        flow.worst = now - flow.sent_at
        flow.worst_at = wall(flow.sent_at)


def client(vip, port, count, interval, ready_file, stop_file, sources):
    sel = selectors.DefaultSelector()
    flows = []
    for index in range(count):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((sources[index % len(sources)], 0))
        sock.setblocking(False)
        try:
            sock.connect((vip, port))
        except BlockingIOError:
            pass
        flow = Flow(index, sock)
        flows.append(flow)
        sel.register(sock, selectors.EVENT_WRITE, flow)
    ready = False
    start = time.monotonic()
    slow = []   # (request sent, wall clock; wait; flow) for every answer that took over 1 s
    gaps = []   # (wall clock, length) of every pause over 0.3 s between two turns of this loop
    turn = start
    while not os.path.exists(stop_file):
        now = time.monotonic()
        if now - turn > 0.3:
            gaps.append((wall(turn), now - turn))
        turn = now
        for key, events in sel.select(timeout=0.05):
            flow = key.data
            now = time.monotonic()
            if flow.state == "connecting":
                err = flow.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err:
                    flow.state = "refused:" + errno.errorcode.get(err, str(err))
                    sel.unregister(flow.sock)
                    continue
                flow.state = "open"
                # Spread the first requests over one interval.
                flow.next_at = now + interval * flow.index / count
                sel.modify(flow.sock, selectors.EVENT_READ, flow)
                continue
            try:
                data = flow.sock.recv(4096)
            except ConnectionResetError:
                data = None
            if not data:
                flow.state = "reset" if data is None else "closed"
                sel.unregister(flow.sock)
                continue
            flow.buffer += data
            while b"\n" in flow.buffer:
                line, flow.buffer = flow.buffer.split(b"\n", 1)
                flow.servers.add(line.decode(errors="replace"))
                flow.answers += 1
                if flow.sent_at is not None:
                    note_wait(flow, now)
                    if now - flow.sent_at > 1.0:
                        slow.append((wall(flow.sent_at), now - flow.sent_at, flow.index))
                flow.sent_at = None
                flow.next_at = now + interval
        now = time.monotonic()
        for flow in flows:
            if flow.state != "open":
                continue
            if flow.sent_at is None and now >= flow.next_at:
                try:
                    flow.sock.send(b"ping\n")
                    flow.sent_at = now
                except OSError:
                    flow.state = "reset"
                    sel.unregister(flow.sock)
            elif flow.sent_at is not None:
                note_wait(flow, now)
        if not ready and all(f.answers > 0 for f in flows):
            ready = True
            with open(ready_file, "w") as f:
                f.write("%.1f\n" % (time.monotonic() - start))
    survived = 0
    for flow in flows:
        ok = flow.state == "open" and flow.worst <= STALL and len(flow.servers) == 1
        survived += ok
        print("flow %d %s worst %.2f s sent at %.3f servers %s answers %d%s" % (
            flow.index, flow.state, flow.worst, flow.worst_at, ",".join(sorted(flow.servers)), flow.answers,
            "" if ok else " LOST"))
    for sent, wait, index in slow:
        print("slow %.3f: the request sent then waited %.2f s (flow %d)" % (sent, wait, index))
    for at, length in gaps:
        print("pause %.3f: the client's loop did not run for %.2f s" % (at, length))
    print("survived %d of %d" % (survived, count))


def sample(interval, namespaces):
    """Every INTERVAL seconds one line: for each named network namespace, its IPVS connection
    entries by state and whether it holds each of the two VIPs (for SYNC_TRACE)."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    home = os.open("/proc/self/ns/net", os.O_RDONLY)
    while True:
        line = "sample %.3f" % time.time()
        for name in namespaces:
            try:
                fd = os.open("/run/netns/" + name, os.O_RDONLY)
            except OSError:
                line += " %s: -" % name
                continue
            libc.setns(fd, 0x40000000)
            os.close(fd)
            states = {}
            try:
                with open("/proc/self/net/ip_vs_conn") as f:
                    for row in f.readlines()[1:]:
                        words = row.split()
                        state = "TEMPLATE" if words[2] == "0000" else words[7]
                        states[state] = states.get(state, 0) + 1
                with open("/proc/self/net/fib_trie") as f:
                    trie = f.read()
            except OSError:
                trie = ""
            libc.setns(home, 0x40000000)
            vips = "".join(v if re.search(r"\|-- 10\.91\.%s\.100\n\s+/32 host LOCAL" % n, trie) else "-"
                           for n, v in (("1", "x"), ("2", "i")))
            line += " %s: vip %s %s" % (name, vips, ",".join("%s=%d" % kv for kv in sorted(states.items())))
        print(line, flush=True)
        time.sleep(interval)


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) >= 9 and sys.argv[1] == "client":
        client(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), sys.argv[6], sys.argv[7],
               sys.argv[8:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "sample":
        sample(float(sys.argv[2]), sys.argv[3:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
