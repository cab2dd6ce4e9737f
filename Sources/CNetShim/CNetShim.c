#define _GNU_SOURCE
#include <netinet/in.h>
#include <sched.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include "CNetShim.h"
_Static_assert(sizeof(vigil_in6_pktinfo) == sizeof(struct in6_pktinfo), "in6_pktinfo layout");

int vigil_setns(int fd, int nstype) { return setns(fd, nstype); }
int vigil_pipe2(int fds[2], int flags) { return pipe2(fds, flags); }
int vigil_set_thread_name(const char *name) { return pthread_setname_np(pthread_self(), name); }

int vigil_epoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }

int vigil_epoll_ctl(int epfd, int op, int fd, unsigned int events, unsigned long long data) {
    struct epoll_event event = {.events = events, .data.u64 = data};
    return epoll_ctl(epfd, op, fd, &event);
}

int vigil_epoll_wait(int epfd, unsigned long long *data, unsigned int *events, int max, int timeout) {
    struct epoll_event ready[1024];
    int n = epoll_wait(epfd, ready, max < 1024 ? max : 1024, timeout);
    for (int i = 0; i < n; i++) {
        data[i] = ready[i].data.u64;
        events[i] = ready[i].events;
    }
    return n;
}

int vigil_eventfd(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }
