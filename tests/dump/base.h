#ifndef P9LD_TEST_BASE_H
#define P9LD_TEST_BASE_H
#include <stddef.h>
#include <stdint.h>
#include "p9ld/p9ld.h"
/* A good image for ARCH, malloc'd, or NULL. */
uint8_t *base_image(const char *arch, size_t *len);
#endif
