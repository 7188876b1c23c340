/*
 * Load an image the way the 9front kernel's sysexec does: text from file
 * offset 0 (header included) at the text base less the header, read and
 * execute only; data at its base, bss zeroed after it, both read and
 * write; a stack holding argc, argv and the Tos structure at its top, with
 * the Tos address in the arch's RARG register.
 */
#include <stdio.h>
#include <string.h>

#include "p9run.h"

enum { PAGE = 0x1000 };

/* The stack sits below 2 GiB so that every arch, MIPS's kuseg included,
 * reaches it with user addresses. */
#define STACK_HI 0x7fff0000ull
#define STACK_SIZE 0x100000ull

static uint64_t page_down(uint64_t a) { return a & ~(uint64_t)(PAGE - 1); }
static uint64_t page_up(uint64_t a) { return (a + PAGE - 1) & ~(uint64_t)(PAGE - 1); }

uint64_t machine_reg(machine *m, int reg)
{
	uint64_t v = 0;
	uc_reg_read(m->uc, reg, &v);
	if (m->arch->ptr_size == 4)
		v &= 0xffffffffu;
	return v;
}

void machine_set_reg(machine *m, int reg, uint64_t v)
{
	/* unicorn reads 32 bits for 32-bit registers: on this little-endian
	 * host the low half of V comes first either way. */
	uc_reg_write(m->uc, reg, &v);
}

/* The Tos of 9front's /sys/include/tos.h: prof (four pointers and two
 * ulongs), cyclefreq, kcycles, pcycles (vlongs), pid, clock (ulongs). */
static unsigned tos_size(const p9ld_arch *a) { return 4 * a->ptr_size + 8 + 24 + 8; }

static bool build_stack(machine *m, int argc, char **argv, char *err, size_t errsize)
{
	unsigned w = m->arch->ptr_size;
	size_t strings = 0;
	for (int i = 0; i < argc; i++)
		strings += strlen(argv[i]) + 1;
	uint64_t tos = STACK_HI - tos_size(m->arch);
	uint64_t str = (tos - strings) & ~(uint64_t)7;
	uint64_t sp = (str - (uint64_t)(argc + 2) * w) & ~(uint64_t)15;
	if (sp < STACK_HI - STACK_SIZE / 2) {
		snprintf(err, errsize, "arguments too long for the stack");
		return false;
	}
	m->stack_lo = STACK_HI - STACK_SIZE;
	if (!mem_map(m, m->stack_lo, STACK_HI, UC_PROT_READ | UC_PROT_WRITE)) {
		snprintf(err, errsize, "cannot map the stack at 0x%llx",
			 (unsigned long long)m->stack_lo);
		return false;
	}
	uint8_t word[8], tosbytes[4 * 8 + 40];   /* the largest Tos */
	memset(tosbytes, 0, sizeof tosbytes);
	word_put(m, tosbytes + 4 * w + 32, 1, 4);   /* pid */
	mem_write(m, tos, tosbytes, tos_size(m->arch));
	word_put(m, word, (uint64_t)argc, w);
	mem_write(m, sp, word, w);
	uint64_t s = str;
	for (int i = 0; i < argc; i++) {
		size_t n = strlen(argv[i]) + 1;
		mem_write(m, s, argv[i], n);
		word_put(m, word, s, w);
		mem_write(m, sp + (uint64_t)(i + 1) * w, word, w);
		s += n;
	}
	word_put(m, word, 0, w);
	mem_write(m, sp + (uint64_t)(argc + 1) * w, word, w);
	machine_set_reg(m, m->cpu->reg_sp, sp);
	machine_set_reg(m, m->cpu->reg_rarg, tos);
	if (m->cpu->user_reg)
		machine_set_reg(m, m->cpu->user_reg,
				machine_reg(m, m->cpu->user_reg) | m->cpu->user_bits);
	return true;
}

static bool map_image(machine *m, char *err, size_t errsize)
{
	const p9ld_aout_header *h = p9ld_aout_header_of(m->aout);
	const p9ld_aout_part *text = p9ld_aout_get_part(m->aout, P9LD_PART_TEXT);
	const p9ld_aout_part *data = p9ld_aout_get_part(m->aout, P9LD_PART_DATA);
	const p9ld_aout_part *bss = p9ld_aout_get_part(m->aout, P9LD_PART_BSS);
	uint64_t image_lo = text->vaddr - h->size;
	uint64_t text_hi = text->vaddr + text->memsize;
	uint64_t data_hi = bss->vaddr + bss->memsize;
	if (text->vaddr < h->size || page_up(data_hi) > STACK_HI - STACK_SIZE ||
	    page_up(text_hi) > STACK_HI - STACK_SIZE) {
		snprintf(err, errsize, "image at 0x%llx-0x%llx does not fit below the stack at 0x%llx",
			 (unsigned long long)image_lo, (unsigned long long)data_hi,
			 (unsigned long long)(STACK_HI - STACK_SIZE));
		return false;
	}
	if (!mem_map(m, page_down(image_lo), page_up(text_hi), UC_PROT_READ | UC_PROT_EXEC) ||
	    (data_hi > data->vaddr &&
	     !mem_map(m, page_down(data->vaddr), page_up(data_hi), UC_PROT_READ | UC_PROT_WRITE))) {
		snprintf(err, errsize, "cannot map the image's segments");
		return false;
	}
	mem_write(m, image_lo, p9ld_aout_bytes(m->aout, 0), h->size + text->size);
	mem_write(m, data->vaddr, p9ld_aout_bytes(m->aout, data->offset), data->size);
	m->data_lo = data->vaddr;
	m->brk_lo = m->brk = page_up(data_hi > text_hi ? data_hi : text_hi);
	return true;
}

int machine_load(machine *m, int argc, char **argv, char *err, size_t errsize)
{
	const p9ld_aout_header *h = p9ld_aout_header_of(m->aout);
	const p9ld_aout_part *text = p9ld_aout_get_part(m->aout, P9LD_PART_TEXT);
	m->arch = h->arch;
	m->cpu = cpu_row_find(m->arch->name);
	if (!m->cpu) {
		snprintf(err, errsize, "no emulator for arch %s", m->arch->name);
		return -1;
	}
	if (h->entry64 < text->vaddr || h->entry64 >= text->vaddr + text->size) {
		snprintf(err, errsize, "entry 0x%llx is outside text 0x%llx-0x%llx",
			 (unsigned long long)h->entry64, (unsigned long long)text->vaddr,
			 (unsigned long long)(text->vaddr + text->size));
		return -1;
	}
	uc_err e = uc_open(m->cpu->uc_arch, m->cpu->uc_mode, &m->uc);
	if (e != UC_ERR_OK) {
		snprintf(err, errsize, "unicorn cannot emulate %s: %s", m->arch->name,
			 uc_strerror(e));
		return -1;
	}
	if (m->cpu->cpu_model >= 0 &&
	    (e = uc_ctl_set_cpu_model(m->uc, m->cpu->cpu_model)) != UC_ERR_OK) {
		snprintf(err, errsize, "unicorn has no CPU model %d for %s: %s",
			 m->cpu->cpu_model, m->arch->name, uc_strerror(e));
		return -1;
	}
	if (!map_image(m, err, errsize) || !build_stack(m, argc, argv, err, errsize))
		return -1;
	return 0;
}
