/* One HTTP_GET exchange on loopback, repeated: what the kernel charges the checker per check for
 * four ways of doing it. Used to decide the stream reactor's socket handling (Docs/Benchmarks.md).
 *   exchange-cost MODE COUNT PORT   (run by scripts/exchange-cost/run.sh)
 * MODE bit 0: TCP_DEFER_ACCEPT on the client (the request carries the handshake's last ACK);
 * MODE bit 1: keep the socket, reset with connect(AF_UNSPEC), instead of SO_LINGER 0 + close.
 * Targets 127.1.0.1 ... 127.1.7.208 (2,000 addresses), PORT on each. Prints CPU µs per check. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

static double cpu_seconds(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: exchange-cost MODE COUNT PORT\n"); return 2; }
    int mode = atoi(argv[1]), count = atoi(argv[2]), port = atoi(argv[3]);
    const char *request = "GET / HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nHost: 127.1.0.1\r\n\r\n";
    char buffer[16384];
    int fd = -1, failures = 0;
    double started = cpu_seconds();
    for (int i = 0; i < count; i++) {
        struct sockaddr_in target = {.sin_family = AF_INET, .sin_port = htons(port)};
        target.sin_addr.s_addr = htonl(0x7f010001 + (i % 2000));
        if (!(mode & 2) || fd < 0) {
            fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            int one = 1;
            if (mode & 1) setsockopt(fd, IPPROTO_TCP, TCP_DEFER_ACCEPT, &one, sizeof one);
        } else {
            struct sockaddr unspecified = {.sa_family = AF_UNSPEC};
            connect(fd, &unspecified, sizeof unspecified);
        }
        if (connect(fd, (struct sockaddr *)&target, sizeof target) < 0 && errno != EINPROGRESS) { perror("connect"); return 1; }
        struct pollfd writable = {fd, POLLOUT, 0};
        poll(&writable, 1, 1000);
        if (send(fd, request, strlen(request), MSG_NOSIGNAL) < 0) failures++;
        for (;;) {
            struct pollfd readable = {fd, POLLIN, 0};
            poll(&readable, 1, 1000);
            if (recv(fd, buffer, sizeof buffer, 0) <= 0) break;
        }
        if (!(mode & 2)) {
            struct linger reset = {1, 0};
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            close(fd);
            fd = -1;
        }
    }
    printf("mode %d (%s, %s): %.1f CPU us per check, %d failed sends\n", mode,
           mode & 1 ? "ACK with request" : "ACK alone", mode & 2 ? "socket kept" : "socket closed",
           (cpu_seconds() - started) / count * 1e6, failures);
    return 0;
}
