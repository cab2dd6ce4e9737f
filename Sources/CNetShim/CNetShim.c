#define _GNU_SOURCE
#include <netinet/in.h>
#include <sched.h>
#include "CNetShim.h"
_Static_assert(sizeof(vigil_in6_pktinfo) == sizeof(struct in6_pktinfo), "in6_pktinfo layout");

int vigil_enter_network_namespace(int fd) { return setns(fd, CLONE_NEWNET); }
