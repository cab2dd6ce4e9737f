/// The two Python programs of the long-lived-connection lab (`ConnectionSurvivalLab`), written to
/// the lab's directory and run with `python3` inside its namespaces.
enum StreamLabScripts {
    /// `echo.py NAME ADDRESS PORT`: answers every line with `NAME LINE`, on as many connections as come.
    static let echo = #"""
import asyncio, sys

name, address, port = sys.argv[1], sys.argv[2], int(sys.argv[3])

async def serve(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            if line.startswith(b"push "):
                # The server speaks from now on: one line every INTERVAL seconds, the client only acknowledges.
                interval, seq = float(line.split()[1]), 0
                while True:
                    writer.write(b"%s %d\n" % (name.encode(), seq))
                    await writer.drain()
                    seq += 1
                    await asyncio.sleep(interval)
            writer.write(name.encode() + b" " + line)
            await writer.drain()
    except OSError:
        pass
    writer.close()

async def main():
    server = await asyncio.start_server(serve, address, port, backlog=512)
    async with server:
        await server.serve_forever()

asyncio.run(main())
"""#

    /// `client.py HOST PORT COUNT INTERVAL [PUSH_EVERY]`: opens COUNT connections, each sending one
    /// small request every INTERVAL seconds and waiting for its reply, except every PUSH_EVERY-th,
    /// which asks the server to send a line every INTERVAL seconds and only reads (its packets after
    /// a failover come from the real server first); prints `{"ready": N}` once every connection
    /// has been answered (or failed), then one JSON report a SIGUSR1 (`StreamClientReport`) on the
    /// window since the previous one.
    static let client = #"""
import asyncio, json, os, signal, sys, time

host, port, count, interval = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
push_every = int(sys.argv[5]) if len(sys.argv) > 5 else 0
STALL = 2.0
conns = []

class Conn:
    def __init__(self, push):
        self.push = push
        self.server = None
        self.last = None
        self.alive = False
        self.died = None
        self.window_gap = 0.0
        self.alive_at_mark = False

async def run(c, index):
    try:
        reader, writer = await asyncio.open_connection(host, port)
        seq = 0
        if c.push:
            writer.write(b"push %f\n" % interval)
        while True:
            if not c.push:
                writer.write(b"%d %d\n" % (index, seq))
            line = await reader.readline()
            if not line:
                raise ConnectionError("closed")
            now = time.monotonic()
            name = line.split()[0].decode()
            if c.server is None:
                c.server, c.alive = name, True
            elif name != c.server:
                raise ConnectionError("moved")
            if c.last is not None:
                c.window_gap = max(c.window_gap, now - c.last)
            c.last = now
            seq += 1
            if not c.push:
                await asyncio.sleep(interval)
    except (OSError, ConnectionError) as error:
        c.alive = False
        c.died = str(error)

def report(window):
    now = time.monotonic()
    alive = [c for c in conns if c.alive]
    reset = [c for c in conns if c.alive_at_mark and not c.alive]
    gaps = [max(c.window_gap, now - c.last) for c in alive]
    stalled = [g for g in gaps if g > STALL]
    kept = [c for c in alive if c.alive_at_mark and max(c.window_gap, now - c.last) <= STALL]
    survived = len(kept)
    servers = {}
    for c in alive:
        servers[c.server] = servers.get(c.server, 0) + 1
    print(json.dumps({"window": window, "connections": len(conns), "alive": len(alive), "reset": len(reset),
                      "stalled": len(stalled), "survived": survived,
                      "pushing": sum(1 for c in conns if c.push and c.alive_at_mark),
                      "pushingSurvived": sum(1 for c in kept if c.push),
                      "errors": sorted(set("%s %s" % (c.server, c.died) for c in reset)), "maxGap": round(max(gaps, default=0.0), 3),
                      "servers": servers}), flush=True)
    for c in conns:
        c.window_gap = 0.0
        c.alive_at_mark = c.alive

async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    for index in range(count):
        c = Conn(push_every > 0 and index % push_every == push_every - 1)
        conns.append(c)
        tasks.append(asyncio.create_task(run(c, index)))
        await asyncio.sleep(0.002)
    while sum(1 for c in conns if c.alive or c.died) < count:
        await asyncio.sleep(0.05)
    windows = [0]
    def mark():
        report(windows[0])
        windows[0] += 1
    loop.add_signal_handler(signal.SIGUSR1, mark)
    print(json.dumps({"ready": sum(1 for c in conns if c.alive)}), flush=True)
    await asyncio.gather(*tasks)

asyncio.run(main())
"""#
}
