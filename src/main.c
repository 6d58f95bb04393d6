/* placeholder until the command table lands */
#include <stdio.h>
int main(void) { puts("itaku " ITAKU_VERSION); return 0; }
