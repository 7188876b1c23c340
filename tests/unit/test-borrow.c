/* Borrowed bytes (p9ld_emit_borrowed, p9ld_emit_file_bytes): the image
 * holds the client's bytes without copying them and never writes them;
 * anything emitted into the atom later copies them first; a file's bytes
 * are copied file to file by p9ld_write_file and still right in memory. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"

/* Data of a linked image: the bytes after the header and text. */
static const uint8_t *data_of(const uint8_t *file, size_t *len)
{
	thdr h = read_hdr(file);
	*len = h.data;
	return file + h.size + h.text;
}

static p9ld_image *image_with_blob(diags *d, const uint8_t *blob, size_t n,
				   p9ld_atom **out)
{
	p9ld_image *img = image_for("amd64", d);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);    /* data is the blob alone */
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 1, 0);
	bytes(img, t, "c3");
	p9ld_atom *b = atom(img, P9LD_DATA, "blob", 1, 0);
	assert_int_equal(p9ld_emit_borrowed(img, b, blob, n, at(2, 1)), 0);
	*out = b;
	return img;
}

static void borrowed_bytes_are_the_atom(void **state)
{
	(void)state;
	diags d;
	const uint8_t blob[] = { 1, 2, 3, 4, 5 };
	p9ld_atom *b;
	p9ld_image *img = image_with_blob(&d, blob, sizeof blob, &b);
	assert_int_equal(p9ld_atom_size(b), sizeof blob);
	size_t len, dlen;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *data = data_of(f, &dlen);
	assert_int_equal(dlen, sizeof blob);
	assert_memory_equal(data, blob, sizeof blob);
	free(f);
	p9ld_image_free(img);
}

/* A value after the blob, and one patched into it at link time: the
 * client's bytes stay as they were. */
static void growth_and_fixups_copy_first(void **state)
{
	(void)state;
	diags d;
	static const uint8_t blob[4] = { 0xaa, 0xbb, 0xcc, 0xdd };
	uint8_t copy[4];
	memcpy(copy, blob, sizeof blob);
	p9ld_atom *b;
	p9ld_image *img = image_with_blob(&d, copy, sizeof copy, &b);
	assert_int_equal(p9ld_emit_value(img, b, sym(img, "blob"), 4, P9LD_ORDER_LITTLE,
					 at(3, 1)), 0);
	assert_int_equal(p9ld_emit_bytes(img, b, "\x11", 1, at(4, 1)), 0);
	size_t len, dlen;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *data = data_of(f, &dlen);
	assert_int_equal(dlen, 9);
	assert_memory_equal(data, blob, 4);
	assert_int_equal(rd_le(data + 4, 4), p9ld_atom_addr(b));
	assert_int_equal(data[8], 0x11);
	assert_memory_equal(copy, blob, sizeof blob);   /* never written */
	free(f);
	p9ld_image_free(img);
}

/* Bytes borrowed into an atom that has some are copied like any. */
static void not_first_is_copied(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 1, 0);
	bytes(img, t, "90");
	uint8_t later[2] = { 0xc3, 0xc3 };
	assert_int_equal(p9ld_emit_borrowed(img, t, later, 2, at(2, 1)), 0);
	later[0] = later[1] = 0;
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	assert_int_equal(h.text, 3);
	assert_memory_equal(f + h.size, "\x90\xc3\xc3", 3);
	free(f);
	p9ld_image_free(img);
}

/* A file's bytes from an offset: written file to file, and the same in a
 * memory image. */
static void file_bytes_written_from_the_file(void **state)
{
	(void)state;
	char path[] = "/tmp/p9ld-borrow-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	uint8_t contents[8192];
	for (size_t i = 0; i < sizeof contents; i++)
		contents[i] = (uint8_t)(i * 7 + 3);
	assert_int_equal(write(fd, contents, sizeof contents), (ssize_t)sizeof contents);
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 1, 0);
	bytes(img, t, "c3");
	p9ld_atom *b = atom(img, P9LD_DATA, "blob", 1, 0);
	assert_int_equal(p9ld_emit_file_bytes(img, b, contents + 100, 5000, fd, 100,
					      at(2, 1)), 0);
	size_t len, dlen;
	uint8_t *m = link_ok(img, &d, &len);         /* links and writes to memory */
	file_is(img, m, len);                        /* the file copied file to file */
	const uint8_t *data = data_of(m, &dlen);
	assert_int_equal(dlen, 5000);
	assert_memory_equal(data, contents + 100, 5000);
	free(m);
	unlink(path);
	close(fd);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(borrowed_bytes_are_the_atom),
		cmocka_unit_test(growth_and_fixups_copy_first),
		cmocka_unit_test(not_first_is_copied),
		cmocka_unit_test(file_bytes_written_from_the_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
