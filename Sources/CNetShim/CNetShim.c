#define _GNU_SOURCE
#include <netinet/in.h>
#include <sched.h>
#include <unistd.h>
#include <pthread.h>
#include "CNetShim.h"
_Static_assert(sizeof(vigil_in6_pktinfo) == sizeof(struct in6_pktinfo), "in6_pktinfo layout");

int vigil_setns(int fd, int nstype) { return setns(fd, nstype); }
int vigil_pipe2(int fds[2], int flags) { return pipe2(fds, flags); }
int vigil_set_thread_name(const char *name) { return pthread_setname_np(pthread_self(), name); }
