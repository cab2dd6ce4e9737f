#ifndef CNETSHIM_H
#define CNETSHIM_H
#include <stddef.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/genetlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>

static inline struct cmsghdr *vigil_cmsg_firsthdr(struct msghdr *m) { return CMSG_FIRSTHDR(m); }
static inline struct cmsghdr *vigil_cmsg_nxthdr(struct msghdr *m, struct cmsghdr *c) { return CMSG_NXTHDR(m, c); }
static inline unsigned char *vigil_cmsg_data(struct cmsghdr *c) { return CMSG_DATA(c); }
static inline size_t vigil_cmsg_space(size_t n) { return CMSG_SPACE(n); }
static inline size_t vigil_cmsg_len(size_t n) { return CMSG_LEN(n); }

/* glibc hides struct in6_pktinfo behind _GNU_SOURCE. */
typedef struct { struct in6_addr ipi6_addr; unsigned int ipi6_ifindex; } vigil_in6_pktinfo;
/* glibc hides struct ucred (SO_PEERCRED, unix(7)) behind _GNU_SOURCE. */
typedef struct { int pid; unsigned int uid; unsigned int gid; } vigil_ucred;
/* GNU extensions the Glibc module does not export (compiled with _GNU_SOURCE in CNetShim.c). */
int vigil_setns(int fd, int nstype);
int vigil_pipe2(int fds[2], int flags);
int vigil_set_thread_name(const char *name);
/* epoll without struct epoll_event, which glibc packs on x86_64 (Swift cannot import it reliably). */
int vigil_epoll_create(void);
int vigil_epoll_ctl(int epfd, int op, int fd, unsigned int events, unsigned long long data);
/* Waits like epoll_wait(2) for at most `max` (<= 1024) events, unpacked into two arrays. */
int vigil_epoll_wait(int epfd, unsigned long long *data, unsigned int *events, int max, int timeout);
int vigil_eventfd(void);
/* A non-blocking CLOCK_MONOTONIC timerfd, armed for an absolute instant in nanoseconds (0 disarms). */
int vigil_timerfd_create(void);
int vigil_timerfd_arm(int fd, long long nanoseconds);
/* Scheduling of the calling thread (sched(7)): SCHED_RR | SCHED_RESET_ON_FORK at `priority`, the CPUs
   it may run on, and its nice value; the kernel thread id. */
int vigil_thread_set_realtime(int priority);
int vigil_thread_set_normal(void);
int vigil_thread_set_cpus(const int *cpus, int count);
int vigil_thread_set_nice(int nice);
int vigil_thread_id(void);
int vigil_realtime_priority_max(void);
/* Process-wide: RLIMIT_RTTIME (microseconds, soft and hard) and mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT). */
int vigil_set_realtime_limit(unsigned long long soft, unsigned long long hard);
int vigil_lock_all_memory(void);
int vigil_online_cpu_count(void);
#endif
