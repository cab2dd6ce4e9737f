#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <sched.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
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

int vigil_timerfd_create(void) { return timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC); }

int vigil_timerfd_arm(int fd, long long nanoseconds) {
    struct itimerspec spec = {0};
    spec.it_value.tv_sec = nanoseconds / 1000000000LL;
    spec.it_value.tv_nsec = nanoseconds % 1000000000LL;
    return timerfd_settime(fd, TFD_TIMER_ABSTIME, &spec, NULL);
}

int vigil_thread_set_realtime(int priority) {
    struct sched_param param = {.sched_priority = priority};
    return sched_setscheduler(0, SCHED_RR | SCHED_RESET_ON_FORK, &param);
}

int vigil_thread_set_normal(void) {
    struct sched_param param = {.sched_priority = 0};
    return sched_setscheduler(0, SCHED_OTHER | SCHED_RESET_ON_FORK, &param);
}

int vigil_thread_set_cpus(const int *cpus, int count) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < count; i++) {
        if (cpus[i] < 0 || cpus[i] >= CPU_SETSIZE) { errno = EINVAL; return -1; }
        CPU_SET(cpus[i], &set);
    }
    return sched_setaffinity(0, sizeof(set), &set);
}

int vigil_thread_set_nice(int nice) { return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), nice); }

int vigil_thread_id(void) { return (int)syscall(SYS_gettid); }

int vigil_realtime_priority_max(void) { return sched_get_priority_max(SCHED_RR); }

int vigil_set_realtime_limit(unsigned long long soft, unsigned long long hard) {
    struct rlimit limit = {.rlim_cur = soft, .rlim_max = hard};
    return setrlimit(RLIMIT_RTTIME, &limit);
}

int vigil_lock_all_memory(void) {
#ifdef MCL_ONFAULT
    return mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
#else
    return mlockall(MCL_CURRENT | MCL_FUTURE);
#endif
}

int vigil_online_cpu_count(void) { return (int)sysconf(_SC_NPROCESSORS_ONLN); }
