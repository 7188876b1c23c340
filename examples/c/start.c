/*
 * What the start-up calls once it has found argc and argv on the stack:
 * main, then exits with main's answer (nil for 0, as a Plan 9 program
 * says success).
 */
#include "libc9.h"

int main(int argc, char **argv);
void _main(int argc, char **argv) __attribute__((noreturn));

void _main(int argc, char **argv)
{
	char msg[32];
	int status = main(argc, argv);
	if (status == 0)
		exits(nil);
	snprint(msg, sizeof msg, "main %d", status);
	exits(msg);
}
