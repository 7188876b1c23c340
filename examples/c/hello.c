/* The smallest libc9 program (tests/c/lines.sh reads its lines back). */
#include "libc9.h"

int main(void)
{
	const char *who = "world";
	int n = (int)strlen(who);
	print("hello, %s\n", who);
	print("%d letters\n", n);
	return 0;
}
