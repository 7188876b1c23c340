#include "libc9.h"

int main(void)
{
	const char *who = "world";
	int n = (int)strlen(who);
	print("hello, %s\n", who);
	print("%d letters\n", n);
	return 0;
}
