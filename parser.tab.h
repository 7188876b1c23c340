/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_P9S_PARSER_TAB_H_INCLUDED
# define YY_P9S_PARSER_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef P9SDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define P9SDEBUG 1
#  else
#   define P9SDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define P9SDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined P9SDEBUG */
#if P9SDEBUG
extern int p9sdebug;
#endif
/* "%code requires" blocks.  */
#line 23 "grammar/parser.y"

#include "script.h"
struct p9s_str { const char *ptr; size_t len; };
typedef void *yyscan_t;
struct scan_ctx;
typedef struct parse_out { sstmt *head, *tail; } parse_out;

#line 65 "parser.tab.h"

/* Token kinds.  */
#ifndef P9STOKENTYPE
# define P9STOKENTYPE
  enum p9stokentype
  {
    P9SEMPTY = -2,
    P9SEOF = 0,                    /* "end of file"  */
    P9Serror = 256,                /* error  */
    P9SUNDEF = 257,                /* "invalid token"  */
    IDENT = 258,                   /* "identifier"  */
    STRING = 259,                  /* "string"  */
    HEXRUN = 260,                  /* "hex bytes"  */
    INTEGER = 261,                 /* "integer"  */
    ARCH = 262,                    /* "arch"  */
    BASE = 263,                    /* "base"  */
    TEXT = 264,                    /* "text"  */
    DATA = 265,                    /* "data"  */
    BSS = 266,                     /* "bss"  */
    ROUND = 267,                   /* "round"  */
    ENTRY = 268,                   /* "entry"  */
    CONST = 269,                   /* "const"  */
    SYMBOL = 270,                  /* "symbol"  */
    INCLUDE = 271,                 /* "include"  */
    EXPORT = 272,                  /* "export"  */
    AS = 273,                      /* "as"  */
    SPECIAL = 274,                 /* "special"  */
    GOT = 275,                     /* "got"  */
    ALL = 276,                     /* "all"  */
    USED = 277,                    /* "used"  */
    NONE = 278,                    /* "none"  */
    SOURCE = 279,                  /* "source"  */
    ALIGN = 280,                   /* "align"  */
    LAZY = 281,                    /* "lazy"  */
    LEAF = 282,                    /* "leaf"  */
    GLOBAL = 283,                  /* "global"  */
    FILL = 284,                    /* "fill"  */
    BYTES = 285,                   /* "bytes"  */
    VALUEKW = 286,                 /* "u8, u16, ..."  */
    ADDR = 287,                    /* "addr"  */
    PCREL8 = 288,                  /* "pcrel8"  */
    PCREL32 = 289,                 /* "pcrel32"  */
    ASCII = 290,                   /* "ascii"  */
    ASCIZ = 291,                   /* "asciz"  */
    ZERO = 292,                    /* "zero"  */
    INCBIN = 293,                  /* "incbin"  */
    LINE = 294,                    /* "line"  */
    SIZEOF = 295,                  /* "sizeof"  */
    SHL = 296,                     /* "<<"  */
    SHR = 297,                     /* ">>"  */
    UNARY = 298                    /* UNARY  */
  };
  typedef enum p9stokentype p9stoken_kind_t;
#endif

/* Value type.  */
#if ! defined P9SSTYPE && ! defined P9SSTYPE_IS_DECLARED
union P9SSTYPE
{
#line 52 "grammar/parser.y"

	int64_t num;
	struct p9s_str str;
	const char *name;
	sexpr *expr;
	sexprs exprs;
	sitem *item;
	sstmt *stmt;
	sattrs attrs;

#line 136 "parser.tab.h"

};
typedef union P9SSTYPE P9SSTYPE;
# define P9SSTYPE_IS_TRIVIAL 1
# define P9SSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
#if ! defined P9SLTYPE && ! defined P9SLTYPE_IS_DECLARED
typedef struct P9SLTYPE P9SLTYPE;
struct P9SLTYPE
{
  int first_line;
  int first_column;
  int last_line;
  int last_column;
};
# define P9SLTYPE_IS_DECLARED 1
# define P9SLTYPE_IS_TRIVIAL 1
#endif




int p9sparse (yyscan_t scanner, struct scan_ctx *ctx, parse_out *out);


#endif /* !YY_P9S_PARSER_TAB_H_INCLUDED  */
