#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H
/* Linked into a benchmark only: malloc, calloc, realloc, posix_memalign, aligned_alloc and memalign
   are defined here, counted, and forwarded to glibc's own (__libc_*), as swift-nio's allocation
   counter tests do. */
unsigned long long vigil_allocations(void);
#endif
