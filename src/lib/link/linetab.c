/*
 * The pc/line table (language.md section 7): libmach's bytecode, written so
 * that pc2line -- start at pc = text base - quantum and line 0, read one
 * opcode at a time while pc < the pc asked about, pc += quantum after each
 * -- gives every pc of every line-marked text atom its declared line.
 *
 * The encoder keeps the state the decoder will have (pc after the last
 * opcode, line) and, for each line mark at pc P, first advances pc to
 * P - quantum with pc opcodes (which never change the line), then emits one
 * line opcode, whose implicit quantum step lands exactly on P.  A decoder
 * asked for any pc between two marks stops inside the advance, with the
 * earlier mark's line.
 */
#include "engine/engine.h"

typedef struct lineenc {
	buf *out;
	uint64_t pc;                 /* pc after the last opcode */
	int64_t line;
	unsigned q;
} lineenc;

static void advance_to(lineenc *e, uint64_t pc)
{
	uint64_t steps = (pc - e->pc) / e->q;
	while (steps) {
		uint64_t k = steps > 127 ? 127 : steps;
		buf_put_byte(e->out, (uint8_t)(128 + k));   /* pc += (k-1)q, then += q */
		e->pc += k * e->q;
		steps -= k;
	}
}

static void set_line(lineenc *e, int64_t line)
{
	int64_t d = line - e->line;
	if (d >= 1 && d <= 64) {
		buf_put_byte(e->out, (uint8_t)d);
	} else if (d <= -1 && d >= -64) {
		buf_put_byte(e->out, (uint8_t)(64 - d));
	} else if (d == 0) {
		buf_put_byte(e->out, 129);                  /* pc += 0, then += q */
	} else {
		buf_put_byte(e->out, 0);
		buf_put_be(e->out, (uint64_t)(uint32_t)(int32_t)d, 4);
	}
	e->pc += e->q;
	e->line = line;
}

static bool encode_atom(p9ld_image *img, lineenc *e, const p9ld_atom *a)
{
	const vec *marks = atom_marks(a);
	for (size_t i = 0; i < marks->len; i++) {
		const line_mark *m = vec_at(marks, i);
		uint64_t pc = a->addr + m->offset;
		if (m->offset >= a->size)
			break;                               /* no byte comes from it */
		if ((pc - img->out.text_base) % e->q) {
			diag_error(img, m->place.file ? m->place : object_place(img, a, m->offset),
				   "line mark at %#llx is not on a %u-byte instruction boundary",
				   (unsigned long long)pc, e->q);
			return false;
		}
		advance_to(e, pc - e->q);
		set_line(e, m->line);
	}
	return true;
}

bool pass_linetab(p9ld_image *img)
{
	if (img->strip)
		return true;
	unsigned q = img->arch->pc_quantum;
	lineenc e = { &img->out.pcline, img->out.text_base - q, 0, q };
	for (size_t i = 0; i < img->atoms.len; i++) {
		const p9ld_atom *a = *(p9ld_atom **)vec_at(&img->atoms, i);
		if (a->kept && a->seg == P9LD_TEXT && atom_marks(a))
			encode_atom(img, &e, a);
	}
	if (e.out->len & 1)
		buf_put_byte(e.out, 129);   /* the Plan 9 linkers keep it even */
	if (e.out->failed) {
		diag_oom(img);
		return false;
	}
	return img->errors == 0;
}
