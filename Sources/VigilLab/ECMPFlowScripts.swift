/// The two Python programs of `ECMPLab`: a line echo server for the real servers and a client that
/// holds many TCP connections to the VIP and exchanges a line on each every 20 ms.
enum ECMPFlowScripts {
    /// `echo.py NAME PORT`: answers each line with `NAME LINE`.
    static let echoServer = #"""
        import socketserver, sys
        name = sys.argv[1].encode()
        class Echo(socketserver.StreamRequestHandler):
            def handle(self):
                for line in self.rfile:
                    self.wfile.write(name + b" " + line)
                    self.wfile.flush()
        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True
        Server(("0.0.0.0", int(sys.argv[2])), Echo).serve_forever()
        """#

    /// `flows.py VIP PORT FLOWS SECONDS STOPFILE`: opens FLOWS connections, prints `ready`, then
    /// every 20 ms sends one line on each live connection and reads its answer (a connection is
    /// waited on while TCP retransmits), until SECONDS pass or STOPFILE exists. Prints one JSON object:
    /// per flow its local port, the real servers that answered, the longest time between answers,
    /// and whether it still worked at the end.
    static let flowClient = #"""
        import json, os, selectors, socket, sys, time
        vip, port, count, seconds, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
        flows = []
        for i in range(count):
            s = socket.create_connection((vip, port), timeout=3)
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.setblocking(False)
            flows.append({"sock": s, "port": s.getsockname()[1], "servers": [], "gap": 0.0, "last": None,
                          "pending": False, "alive": True, "buf": b""})
        sel = selectors.DefaultSelector()
        for f in flows:
            sel.register(f["sock"], selectors.EVENT_READ, f)
        print("ready", flush=True)
        start = time.monotonic()
        tick = start
        while time.monotonic() - start < seconds and not os.path.exists(stop):
            now = time.monotonic()
            if now >= tick:
                tick = now + 0.02
                for f in flows:
                    if f["alive"] and not f["pending"]:
                        try:
                            f["sock"].send(b"ping\n")
                            f["pending"] = True
                        except OSError:
                            f["alive"] = False
            for key, _ in sel.select(timeout=max(0.0, tick - time.monotonic())):
                f = key.data
                try:
                    data = f["sock"].recv(4096)
                except OSError:
                    data = b""
                if not data:
                    f["alive"] = False
                    sel.unregister(f["sock"])
                    continue
                f["buf"] += data
                while b"\n" in f["buf"]:
                    line, f["buf"] = f["buf"].split(b"\n", 1)
                    server = line.split(b" ")[0].decode()
                    if server not in f["servers"]:
                        f["servers"].append(server)
                    t = time.monotonic()
                    if f["last"] is not None:
                        f["gap"] = max(f["gap"], t - f["last"])
                    f["last"] = t
                    f["pending"] = False
        end = time.monotonic()
        for f in flows:
            # A flow still waiting for an answer long after its last one did not come through.
            if f["alive"] and f["pending"] and f["last"] is not None and end - f["last"] > 2.0:
                f["alive"] = False
        print(json.dumps([{"port": f["port"], "servers": f["servers"], "gap": f["gap"], "alive": f["alive"]}
                          for f in flows]), flush=True)
        """#
}
