#!/usr/bin/env python3
"""Load generator and tiny HTTP responder for scripts/bench-dr (not a test).

  bench-dr-load.py serve ADDRESS PORT NAME     answer every request with NAME, closing each connection
  bench-dr-load.py load URL_HOST PORT SOURCE SECONDS CONCURRENCY
        new connection per request from SOURCE; prints "requests/s p50_us p99_us errors"
"""
import asyncio
import sys
import time

REQUEST = b"GET / HTTP/1.0\r\nHost: bench\r\n\r\n"


async def serve(address, port, name):
    body = (name + "\n").encode()
    reply = b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body

    async def handle(reader, writer):
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(reply)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, address, port, backlog=1024, reuse_address=True)
    async with server:
        await server.serve_forever()


async def one(host, port, source):
    reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0))
    writer.write(REQUEST)
    data = await reader.read()
    writer.close()
    if not data.startswith(b"HTTP/1.0 200"):
        raise ConnectionError("bad answer")


async def load(host, port, source, seconds, concurrency):
    latencies = []
    errors = 0
    deadline = time.monotonic() + seconds

    async def worker():
        nonlocal errors
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                await asyncio.wait_for(one(host, port, source), 2)
                latencies.append(time.perf_counter() - start)
            except (OSError, asyncio.TimeoutError):
                errors += 1

    begun = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.monotonic() - begun
    latencies.sort()
    count = len(latencies)
    p50 = latencies[count // 2] * 1e6 if count else 0
    p99 = latencies[min(count - 1, count * 99 // 100)] * 1e6 if count else 0
    print(f"{count / elapsed:.0f} {p50:.0f} {p99:.0f} {errors}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "serve":
        asyncio.run(serve(sys.argv[2], int(sys.argv[3]), sys.argv[4]))
    else:
        asyncio.run(load(sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5]), int(sys.argv[6])))
