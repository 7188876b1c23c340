/*
 * A C program that faults on purpose: p9run's message must name crash
 * and this file's line of the store.
 */
#include "libc9.h"

static int *volatile nowhere;

static void crash(int v)
{
	*nowhere = v;	/* faults here: nowhere is nil */
}

int main(void)
{
	pwrite(1, "about to fault\n", 15, -1);
	crash(42);
	return 0;
}
