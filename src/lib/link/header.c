/*
 * The a.out header: eight big-endian 32-bit words -- magic, text, data,
 * bss, syms, entry, spsz, pcsz -- and, for a fat header, the full entry as
 * a big-endian 64-bit word.  Every field is checked to fit.
 */
#include "engine/engine.h"

static bool field(p9ld_image *img, uint8_t *p, const char *what, uint64_t v)
{
	if (v > UINT32_MAX) {
		diag_error(img, no_place,
			   "%s %#llx does not fit the 32-bit field of the a.out header",
			   what, (unsigned long long)v);
		return false;
	}
	put_uint(p, v, 4, true);
	return true;
}

bool pass_header(p9ld_image *img)
{
	output *l = &img->out;
	const p9ld_arch *arch = img->arch;
	uint8_t *h = l->header;
	bool fat = arch->header_size == 40;
	uint64_t entry = fat ? (l->entry & 0x0FFFFFFF) : l->entry;
	bool ok = field(img, h + 0, "magic", arch->magic) &
		  field(img, h + 4, "text size", l->etext - l->text_base) &
		  field(img, h + 8, "data size", l->edata - l->data_base) &
		  field(img, h + 12, "bss size", l->end - l->edata) &
		  field(img, h + 16, "symbol table size", l->syms.len) &
		  field(img, h + 20, "entry", entry) &
		  field(img, h + 24, "spsz", 0) &
		  field(img, h + 28, "pc/line table size", l->pcline.len);
	if (fat)
		put_uint(h + 32, l->entry, 8, true);
	return ok;
}
