/* Everything a cmocka unit test needs, in the order cmocka wants it. */
#ifndef ITAKU_UNIT_H
#define ITAKU_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#endif
