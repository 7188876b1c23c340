/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

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

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         P9SSTYPE
#define YYLTYPE         P9SLTYPE
/* Substitute the variable and function names.  */
#define yyparse         p9sparse
#define yylex           p9slex
#define yyerror         p9serror
#define yydebug         p9sdebug
#define yynerrs         p9snerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.tab.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_IDENT = 3,                      /* "identifier"  */
  YYSYMBOL_STRING = 4,                     /* "string"  */
  YYSYMBOL_HEXRUN = 5,                     /* "hex bytes"  */
  YYSYMBOL_INTEGER = 6,                    /* "integer"  */
  YYSYMBOL_ARCH = 7,                       /* "arch"  */
  YYSYMBOL_BASE = 8,                       /* "base"  */
  YYSYMBOL_TEXT = 9,                       /* "text"  */
  YYSYMBOL_DATA = 10,                      /* "data"  */
  YYSYMBOL_BSS = 11,                       /* "bss"  */
  YYSYMBOL_ROUND = 12,                     /* "round"  */
  YYSYMBOL_ENTRY = 13,                     /* "entry"  */
  YYSYMBOL_CONST = 14,                     /* "const"  */
  YYSYMBOL_SYMBOL = 15,                    /* "symbol"  */
  YYSYMBOL_INCLUDE = 16,                   /* "include"  */
  YYSYMBOL_EXPORT = 17,                    /* "export"  */
  YYSYMBOL_AS = 18,                        /* "as"  */
  YYSYMBOL_SPECIAL = 19,                   /* "special"  */
  YYSYMBOL_GOT = 20,                       /* "got"  */
  YYSYMBOL_ALL = 21,                       /* "all"  */
  YYSYMBOL_USED = 22,                      /* "used"  */
  YYSYMBOL_NONE = 23,                      /* "none"  */
  YYSYMBOL_SOURCE = 24,                    /* "source"  */
  YYSYMBOL_ALIGN = 25,                     /* "align"  */
  YYSYMBOL_LAZY = 26,                      /* "lazy"  */
  YYSYMBOL_LEAF = 27,                      /* "leaf"  */
  YYSYMBOL_GLOBAL = 28,                    /* "global"  */
  YYSYMBOL_FILL = 29,                      /* "fill"  */
  YYSYMBOL_BYTES = 30,                     /* "bytes"  */
  YYSYMBOL_VALUEKW = 31,                   /* "u8, u16, ..."  */
  YYSYMBOL_ADDR = 32,                      /* "addr"  */
  YYSYMBOL_PCREL8 = 33,                    /* "pcrel8"  */
  YYSYMBOL_PCREL32 = 34,                   /* "pcrel32"  */
  YYSYMBOL_ASCII = 35,                     /* "ascii"  */
  YYSYMBOL_ASCIZ = 36,                     /* "asciz"  */
  YYSYMBOL_ZERO = 37,                      /* "zero"  */
  YYSYMBOL_INCBIN = 38,                    /* "incbin"  */
  YYSYMBOL_LINE = 39,                      /* "line"  */
  YYSYMBOL_SIZEOF = 40,                    /* "sizeof"  */
  YYSYMBOL_SHL = 41,                       /* "<<"  */
  YYSYMBOL_SHR = 42,                       /* ">>"  */
  YYSYMBOL_43_ = 43,                       /* '|'  */
  YYSYMBOL_44_ = 44,                       /* '^'  */
  YYSYMBOL_45_ = 45,                       /* '&'  */
  YYSYMBOL_46_ = 46,                       /* '+'  */
  YYSYMBOL_47_ = 47,                       /* '-'  */
  YYSYMBOL_48_ = 48,                       /* '*'  */
  YYSYMBOL_49_ = 49,                       /* '/'  */
  YYSYMBOL_50_ = 50,                       /* '%'  */
  YYSYMBOL_UNARY = 51,                     /* UNARY  */
  YYSYMBOL_52_ = 52,                       /* ';'  */
  YYSYMBOL_53_ = 53,                       /* '='  */
  YYSYMBOL_54_ = 54,                       /* '}'  */
  YYSYMBOL_55_ = 55,                       /* ','  */
  YYSYMBOL_56_ = 56,                       /* '{'  */
  YYSYMBOL_57_ = 57,                       /* ':'  */
  YYSYMBOL_58_ = 58,                       /* '~'  */
  YYSYMBOL_59_ = 59,                       /* '('  */
  YYSYMBOL_60_ = 60,                       /* ')'  */
  YYSYMBOL_61_ = 61,                       /* '.'  */
  YYSYMBOL_YYACCEPT = 62,                  /* $accept  */
  YYSYMBOL_script = 63,                    /* script  */
  YYSYMBOL_stmt = 64,                      /* stmt  */
  YYSYMBOL_arch_name = 65,                 /* arch_name  */
  YYSYMBOL_exports = 66,                   /* exports  */
  YYSYMBOL_export = 67,                    /* export  */
  YYSYMBOL_specials = 68,                  /* specials  */
  YYSYMBOL_opt_seg = 69,                   /* opt_seg  */
  YYSYMBOL_atom = 70,                      /* atom  */
  YYSYMBOL_71_1 = 71,                      /* $@1  */
  YYSYMBOL_seg = 72,                       /* seg  */
  YYSYMBOL_attrs = 73,                     /* attrs  */
  YYSYMBOL_items = 74,                     /* items  */
  YYSYMBOL_item = 75,                      /* item  */
  YYSYMBOL_hexruns = 76,                   /* hexruns  */
  YYSYMBOL_strings = 77,                   /* strings  */
  YYSYMBOL_exprs = 78,                     /* exprs  */
  YYSYMBOL_expr = 79,                      /* expr  */
  YYSYMBOL_operand = 80,                   /* operand  */
  YYSYMBOL_primary = 81,                   /* primary  */
  YYSYMBOL_name = 82,                      /* name  */
  YYSYMBOL_keyword = 83                    /* keyword  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 34 "grammar/parser.y"

#include "scan.h"
#include "build_ast.h"

int p9slex(P9SSTYPE *yylval, P9SLTYPE *yylloc, yyscan_t scanner);

static void p9serror(P9SLTYPE *loc, yyscan_t scanner, struct scan_ctx *ctx,
		     parse_out *out, const char *msg)
{
	(void)scanner;
	(void)out;
	scan_error(ctx, loc, "%s", msg);
}

#define AT(n) scan_loc(ctx, &(n))
#define S (ctx->s)

#line 212 "parser.tab.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_uint8 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined P9SLTYPE_IS_TRIVIAL && P9SLTYPE_IS_TRIVIAL \
             && defined P9SSTYPE_IS_TRIVIAL && P9SSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  2
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   659

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  62
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  22
/* YYNRULES -- Number of rules.  */
#define YYNRULES  130
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  243

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   298


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,    50,    45,     2,
      59,    60,    48,    46,    55,    47,    61,    49,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,    57,    52,
       2,    53,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,    44,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    56,    43,    54,    58,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    51
};

#if P9SDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,    95,    95,    96,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   120,   121,   125,   126,   130,   131,   135,   136,   140,
     141,   142,   143,   151,   151,   153,   155,   160,   161,   165,
     166,   167,   168,   169,   170,   174,   175,   179,   180,   181,
     182,   183,   184,   185,   186,   187,   188,   189,   190,   191,
     192,   193,   194,   195,   199,   200,   204,   205,   209,   210,
     216,   217,   218,   219,   220,   221,   222,   223,   224,   225,
     226,   227,   228,   229,   233,   234,   235,   236,   237,   241,
     242,   243,   244,   245,   246,   247,   251,   252,   257,   257,
     257,   257,   257,   257,   257,   257,   257,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   259,   259,   259,   259,
     259,   259,   259,   259,   260,   260,   260,   260,   260,   260,
     260
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "identifier", "string",
  "hex bytes", "integer", "arch", "base", "text", "data", "bss", "round",
  "entry", "const", "symbol", "include", "export", "as", "special", "got",
  "all", "used", "none", "source", "align", "lazy", "leaf", "global",
  "fill", "bytes", "u8, u16, ...", "addr", "pcrel8", "pcrel32", "ascii",
  "asciz", "zero", "incbin", "line", "sizeof", "<<", ">>", "'|'", "'^'",
  "'&'", "'+'", "'-'", "'*'", "'/'", "'%'", "UNARY", "';'", "'='", "'}'",
  "','", "'{'", "':'", "'~'", "'('", "')'", "'.'", "$accept", "script",
  "stmt", "arch_name", "exports", "export", "specials", "opt_seg", "atom",
  "$@1", "seg", "attrs", "items", "item", "hexruns", "strings", "exprs",
  "expr", "operand", "primary", "name", "keyword", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-124)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-96)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -124,   331,  -124,   -49,   252,    12,  -124,  -124,   290,    21,
     290,   290,   290,     7,   290,   290,    99,     7,  -124,  -124,
     290,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,
    -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,
    -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,
    -124,  -124,  -124,  -124,  -124,  -124,  -124,  -124,   -18,  -124,
    -124,    21,    21,  -124,  -124,  -124,  -124,   -24,   -17,    21,
      21,    21,    21,  -124,    60,   445,  -124,    19,    20,    36,
      -2,   -51,  -124,    70,   -23,  -124,    39,    55,    58,     2,
    -124,  -124,   457,   469,    11,   290,   290,  -124,  -124,  -124,
     141,  -124,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,  -124,  -124,    21,    21,  -124,  -124,   290,   290,
    -124,   290,  -124,  -124,  -124,  -124,   140,  -124,  -124,    78,
    -124,  -124,  -124,    78,   481,    51,    63,  -124,    -3,    -3,
     599,   609,    67,    90,    90,  -124,  -124,  -124,   493,   202,
    -124,  -124,  -124,    74,    71,    72,    72,  -124,    21,    21,
      21,    21,     7,     7,    21,     7,    21,  -124,  -124,  -124,
    -124,    78,    78,    21,  -124,  -124,  -124,  -124,  -124,  -124,
    -124,  -124,  -124,    80,  -124,  -124,   355,   370,    72,    72,
      21,   385,   430,    25,    31,   589,    35,   505,   517,     3,
      22,   529,     4,   541,  -124,  -124,  -124,   315,  -124,   335,
    -124,    21,    21,  -124,  -124,  -124,    21,  -124,  -124,  -124,
    -124,  -124,  -124,  -124,    21,  -124,   203,  -124,   400,   553,
     565,   589,   415,    21,    21,  -124,  -124,  -124,  -124,  -124,
      21,   577,  -124
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_uint8 yydefact[] =
{
       2,     0,     1,     0,     0,     0,    37,    38,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     3,    18,
       0,    19,    20,    96,    22,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,     0,    21,
      97,     0,     0,    39,    90,    66,    89,     0,     0,     0,
       0,     0,     0,    91,    94,     0,    70,     0,     0,     0,
       0,     0,    23,    25,     0,    27,     0,     0,     0,     0,
      39,     4,     0,     0,     0,     0,     0,    73,    71,    72,
       0,    67,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     7,     8,     0,     0,    11,    13,     0,     0,
      14,     0,    15,    16,    17,    12,     0,     5,     6,     0,
      42,    43,    44,     0,     0,     0,     0,    95,    79,    80,
      83,    82,    81,    77,    78,    74,    75,    76,     0,    29,
      24,    26,    28,     0,     0,     0,     0,    64,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,    35,    85,
      84,     0,     0,     0,    40,    41,    36,    93,    92,     9,
      30,    31,    32,     0,    63,    62,    85,    84,     0,     0,
       0,     0,     0,     0,     0,    68,     0,     0,     0,     0,
       0,     0,     0,     0,    45,    87,    88,     0,    10,     0,
      56,     0,     0,    65,    47,    48,     0,    49,    50,    51,
      52,    53,    54,    58,     0,    61,     0,    86,    86,     0,
       0,    69,     0,     0,     0,    34,    46,    57,    55,    59,
       0,     0,    60
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int8 yypgoto[] =
{
    -124,  -124,  -124,  -124,  -124,     6,  -124,  -124,  -124,  -124,
    -124,    44,  -124,   -91,  -124,    -4,   -15,    -9,  -123,  -124,
       8,  -124
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_uint8 yydefgoto[] =
{
       0,     1,    18,    58,    81,    82,    84,   183,    19,   204,
      20,    94,   226,   168,   193,    74,   194,    98,   174,    76,
      83,    60
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      75,   117,   101,    21,   118,    22,   101,   101,   101,    80,
     175,    65,    59,    89,    64,    65,    63,    66,    77,    78,
      79,    61,    62,    85,    64,    65,   101,    66,    90,   120,
     213,    67,   121,   175,    91,    95,   129,   130,   131,   132,
     133,    67,    96,   107,   108,   109,   110,   111,   205,   206,
     116,    68,    92,    93,   125,   220,   223,    69,    70,   224,
      97,    68,    99,   100,   101,   205,   206,    69,    70,    71,
      72,   113,    73,   114,   221,   186,    65,   214,   187,    71,
      72,   169,    73,   215,   170,   134,   216,   217,   119,   115,
     216,   122,    67,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   135,   136,   148,   149,   123,   102,   103,
     124,   177,    68,   107,   108,   109,   110,   111,    69,   188,
      86,    87,    88,   178,   150,   171,   184,   151,   185,   152,
     189,   190,   208,    73,   126,   236,   172,   173,   109,   110,
     111,   153,     0,   154,   196,     0,   191,   192,     0,   195,
     195,   197,   198,     0,     0,   201,     0,   203,   199,   200,
       0,   202,     0,     0,   207,   155,   130,   131,   132,   156,
     157,   158,   159,   160,   161,   162,   163,   164,   165,   166,
      99,   209,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,     0,     0,     0,     0,   167,     0,     0,     0,
       0,   137,   229,   230,   153,     0,   154,   231,     0,     0,
       0,   180,   181,   182,     0,   232,     0,     0,     0,     0,
       0,     0,     0,     0,   191,   192,     0,     0,   233,     0,
       0,   241,   234,   157,   158,   159,   160,   161,   162,   163,
     164,   165,   166,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,     0,     0,    23,     0,   235,    24,    25,
      26,    27,    28,    29,    30,    31,    32,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,     0,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    23,     0,     0,     0,    25,    26,    27,
      28,    29,    30,    31,    32,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
       0,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,     2,     3,     0,     0,     0,     0,     0,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    14,     0,
      15,    16,     0,     0,     0,    17,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   227,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   228,   -90,   -90,   -90,   -90,
     -90,   -90,   -90,   -90,   -90,   -90,     0,   -90,     0,     0,
     -90,   -89,   -89,   -89,   -89,   -89,   -89,   -89,   -89,   -89,
     -89,     0,   -89,     0,     0,   -89,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,   210,     0,     0,
     211,   -95,   -95,   -95,   -95,   -95,   -95,   -95,   -95,   -95,
     -95,     0,   -95,     0,     0,   -95,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,   239,     0,     0,
     240,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,     0,     0,     0,     0,   212,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,   112,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,     0,   127,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
       0,   128,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,     0,   176,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,     0,   179,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,   218,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,     0,   219,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
       0,   222,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,     0,   225,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,     0,   237,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,     0,   238,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,     0,   242,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     102,   103,     0,   105,   106,   107,   108,   109,   110,   111,
     102,   103,     0,     0,   106,   107,   108,   109,   110,   111
};

static const yytype_int16 yycheck[] =
{
       9,    52,     4,    52,    55,    54,     4,     4,     4,    13,
     133,     4,     4,    17,     3,     4,     8,     6,    10,    11,
      12,     9,    10,    15,     3,     4,     4,     6,    20,    52,
       5,    20,    55,   156,    52,    59,    25,    26,    27,    28,
      29,    20,    59,    46,    47,    48,    49,    50,   171,   172,
      52,    40,    61,    62,    52,    52,    52,    46,    47,    55,
      69,    40,    71,    72,     4,   188,   189,    46,    47,    58,
      59,    52,    61,    53,    52,     3,     4,    52,     6,    58,
      59,     3,    61,    52,     6,    94,    55,    52,    18,    53,
      55,    52,    20,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,    95,    96,   114,   115,    52,    41,    42,
      52,    60,    40,    46,    47,    48,    49,    50,    46,    47,
      21,    22,    23,    60,   118,    47,    52,   119,    57,   121,
      58,    59,    52,    61,    90,   226,    58,    59,    48,    49,
      50,     1,    -1,     3,   159,    -1,   155,   156,    -1,   158,
     159,   160,   161,    -1,    -1,   164,    -1,   166,   162,   163,
      -1,   165,    -1,    -1,   173,    25,    26,    27,    28,    29,
      30,    31,    32,    33,    34,    35,    36,    37,    38,    39,
     189,   190,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    -1,    -1,    -1,    -1,    56,    -1,    -1,    -1,
      -1,    60,   211,   212,     1,    -1,     3,   216,    -1,    -1,
      -1,     9,    10,    11,    -1,   224,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   233,   234,    -1,    -1,    25,    -1,
      -1,   240,    29,    30,    31,    32,    33,    34,    35,    36,
      37,    38,    39,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    -1,    -1,     3,    -1,    54,     6,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      18,    19,    20,    21,    22,    23,    24,    25,    26,    27,
      28,    29,    -1,    31,    32,    33,    34,    35,    36,    37,
      38,    39,    40,     3,    -1,    -1,    -1,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    17,    18,    19,
      20,    21,    22,    23,    24,    25,    26,    27,    28,    29,
      -1,    31,    32,    33,    34,    35,    36,    37,    38,    39,
      40,     0,     1,    -1,    -1,    -1,    -1,    -1,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    -1,
      19,    20,    -1,    -1,    -1,    24,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    60,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    60,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    -1,    -1,
      55,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    -1,    52,    -1,    -1,    55,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    -1,    -1,
      55,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    -1,    52,    -1,    -1,    55,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    -1,    -1,
      55,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    -1,    -1,    -1,    -1,    55,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    -1,    52,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      -1,    52,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    -1,    52,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    -1,    52,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    -1,    52,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      -1,    52,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    -1,    52,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    -1,    52,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    -1,    52,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    -1,    52,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      41,    42,    -1,    44,    45,    46,    47,    48,    49,    50,
      41,    42,    -1,    -1,    45,    46,    47,    48,    49,    50
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int8 yystos[] =
{
       0,    63,     0,     1,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    17,    19,    20,    24,    64,    70,
      72,    52,    54,     3,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,    19,    20,    21,
      22,    23,    24,    25,    26,    27,    28,    29,    31,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    65,    82,
      83,     9,    10,    82,     3,     4,     6,    20,    40,    46,
      47,    58,    59,    61,    77,    79,    81,    82,    82,    82,
      77,    66,    67,    82,    68,    82,    21,    22,    23,    77,
      82,    52,    79,    79,    73,    59,    59,    79,    79,    79,
      79,     4,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    52,    52,    53,    53,    52,    52,    55,    18,
      52,    55,    52,    52,    52,    52,    73,    52,    52,    25,
      26,    27,    28,    29,    79,    82,    82,    60,    79,    79,
      79,    79,    79,    79,    79,    79,    79,    79,    79,    79,
      67,    82,    82,     1,     3,    25,    29,    30,    31,    32,
      33,    34,    35,    36,    37,    38,    39,    56,    75,     3,
       6,    47,    58,    59,    80,    80,    52,    60,    60,    52,
       9,    10,    11,    69,    52,    57,     3,     6,    47,    58,
      59,    79,    79,    76,    78,    79,    78,    79,    79,    77,
      77,    79,    77,    79,    71,    80,    80,    79,    52,    79,
      52,    55,    55,     5,    52,    52,    55,    52,    52,    52,
      52,    52,    52,    52,    55,    52,    74,    60,    60,    79,
      79,    79,    79,    25,    29,    54,    75,    52,    52,    52,
      55,    79,    52
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr1[] =
{
       0,    62,    63,    63,    64,    64,    64,    64,    64,    64,
      64,    64,    64,    64,    64,    64,    64,    64,    64,    64,
      64,    65,    65,    66,    66,    67,    67,    68,    68,    69,
      69,    69,    69,    71,    70,    70,    70,    72,    72,    73,
      73,    73,    73,    73,    73,    74,    74,    75,    75,    75,
      75,    75,    75,    75,    75,    75,    75,    75,    75,    75,
      75,    75,    75,    75,    76,    76,    77,    77,    78,    78,
      79,    79,    79,    79,    79,    79,    79,    79,    79,    79,
      79,    79,    79,    79,    80,    80,    80,    80,    80,    81,
      81,    81,    81,    81,    81,    81,    82,    82,    83,    83,
      83,    83,    83,    83,    83,    83,    83,    83,    83,    83,
      83,    83,    83,    83,    83,    83,    83,    83,    83,    83,
      83,    83,    83,    83,    83,    83,    83,    83,    83,    83,
      83
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     3,     4,     4,     3,     3,     5,
       6,     3,     3,     3,     3,     3,     3,     3,     1,     2,
       2,     1,     1,     1,     3,     1,     3,     1,     3,     0,
       1,     1,     1,     0,     7,     4,     5,     1,     1,     0,
       3,     3,     2,     2,     2,     0,     2,     3,     3,     3,
       3,     3,     3,     3,     3,     5,     3,     5,     3,     5,
       7,     3,     2,     2,     0,     2,     1,     2,     1,     3,
       1,     2,     2,     2,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     1,     1,     3,     2,     2,     1,
       1,     1,     4,     4,     1,     3,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = P9SEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == P9SEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, scanner, ctx, out, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use P9Serror or P9SUNDEF. */
#define YYERRCODE P9SUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if P9SDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined P9SLTYPE_IS_TRIVIAL && P9SLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, scanner, ctx, out); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct scan_ctx *ctx, parse_out *out)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ctx);
  YY_USE (out);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct scan_ctx *ctx, parse_out *out)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, scanner, ctx, out);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, yyscan_t scanner, struct scan_ctx *ctx, parse_out *out)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), scanner, ctx, out);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, scanner, ctx, out); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !P9SDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !P9SDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  int yyn = yypact[+*yyctx->yyssp];
  if (!yypact_value_is_default (yyn))
    {
      /* Start YYX at -YYN if negative to avoid negative indexes in
         YYCHECK.  In other words, skip the first -YYN actions for
         this state because they are default actions.  */
      int yyxbegin = yyn < 0 ? -yyn : 0;
      /* Stay within bounds of both yycheck and yytname.  */
      int yychecklim = YYLAST - yyn + 1;
      int yyxend = yychecklim < YYNTOKENS ? yychecklim : YYNTOKENS;
      int yyx;
      for (yyx = yyxbegin; yyx < yyxend; ++yyx)
        if (yycheck[yyx + yyn] == yyx && yyx != YYSYMBOL_YYerror
            && !yytable_value_is_error (yytable[yyx + yyn]))
          {
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = YY_CAST (yysymbol_kind_t, yyx);
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




#ifndef yystrlen
# if defined __GLIBC__ && defined _STRING_H
#  define yystrlen(S) (YY_CAST (YYPTRDIFF_T, strlen (S)))
# else
/* Return the length of YYSTR.  */
static YYPTRDIFF_T
yystrlen (const char *yystr)
{
  YYPTRDIFF_T yylen;
  for (yylen = 0; yystr[yylen]; yylen++)
    continue;
  return yylen;
}
# endif
#endif

#ifndef yystpcpy
# if defined __GLIBC__ && defined _STRING_H && defined _GNU_SOURCE
#  define yystpcpy stpcpy
# else
/* Copy YYSRC to YYDEST, returning the address of the terminating '\0' in
   YYDEST.  */
static char *
yystpcpy (char *yydest, const char *yysrc)
{
  char *yyd = yydest;
  const char *yys = yysrc;

  while ((*yyd++ = *yys++) != '\0')
    continue;

  return yyd - 1;
}
# endif
#endif



static int
yy_syntax_error_arguments (const yypcontext_t *yyctx,
                           yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  /* There are many possibilities here to consider:
     - If this state is a consistent state with a default action, then
       the only way this function was invoked is if the default action
       is an error action.  In that case, don't check for expected
       tokens because there are none.
     - The only way there can be no lookahead present (in yychar) is if
       this state is a consistent state with a default action.  Thus,
       detecting the absence of a lookahead is sufficient to determine
       that there is no unexpected or expected token to report.  In that
       case, just report a simple "syntax error".
     - Don't assume there isn't a lookahead just because this state is a
       consistent state with a default action.  There might have been a
       previous inconsistent state, consistent state with a non-default
       action, or user semantic action that manipulated yychar.
     - Of course, the expected token list depends on states to have
       correct lookahead information, and it depends on the parser not
       to perform extra reductions after fetching a lookahead from the
       scanner and before detecting a syntax error.  Thus, state merging
       (from LALR or IELR) and default reductions corrupt the expected
       token list.  However, the list is correct for canonical LR with
       one exception: it will still contain any token that will not be
       accepted due to an error action in a later state.
  */
  if (yyctx->yytoken != YYSYMBOL_YYEMPTY)
    {
      int yyn;
      if (yyarg)
        yyarg[yycount] = yyctx->yytoken;
      ++yycount;
      yyn = yypcontext_expected_tokens (yyctx,
                                        yyarg ? yyarg + 1 : yyarg, yyargn - 1);
      if (yyn == YYENOMEM)
        return YYENOMEM;
      else
        yycount += yyn;
    }
  return yycount;
}

/* Copy into *YYMSG, which is of size *YYMSG_ALLOC, an error message
   about the unexpected token YYTOKEN for the state stack whose top is
   YYSSP.

   Return 0 if *YYMSG was successfully written.  Return -1 if *YYMSG is
   not large enough to hold the message.  In that case, also set
   *YYMSG_ALLOC to the required number of bytes.  Return YYENOMEM if the
   required number of bytes is too large to store.  */
static int
yysyntax_error (YYPTRDIFF_T *yymsg_alloc, char **yymsg,
                const yypcontext_t *yyctx)
{
  enum { YYARGS_MAX = 5 };
  /* Internationalized format string. */
  const char *yyformat = YY_NULLPTR;
  /* Arguments of yyformat: reported tokens (one for the "unexpected",
     one per "expected"). */
  yysymbol_kind_t yyarg[YYARGS_MAX];
  /* Cumulated lengths of YYARG.  */
  YYPTRDIFF_T yysize = 0;

  /* Actual size of YYARG. */
  int yycount = yy_syntax_error_arguments (yyctx, yyarg, YYARGS_MAX);
  if (yycount == YYENOMEM)
    return YYENOMEM;

  switch (yycount)
    {
#define YYCASE_(N, S)                       \
      case N:                               \
        yyformat = S;                       \
        break
    default: /* Avoid compiler warnings. */
      YYCASE_(0, YY_("syntax error"));
      YYCASE_(1, YY_("syntax error, unexpected %s"));
      YYCASE_(2, YY_("syntax error, unexpected %s, expecting %s"));
      YYCASE_(3, YY_("syntax error, unexpected %s, expecting %s or %s"));
      YYCASE_(4, YY_("syntax error, unexpected %s, expecting %s or %s or %s"));
      YYCASE_(5, YY_("syntax error, unexpected %s, expecting %s or %s or %s or %s"));
#undef YYCASE_
    }

  /* Compute error message size.  Don't count the "%s"s, but reserve
     room for the terminator.  */
  yysize = yystrlen (yyformat) - 2 * yycount + 1;
  {
    int yyi;
    for (yyi = 0; yyi < yycount; ++yyi)
      {
        YYPTRDIFF_T yysize1
          = yysize + yystrlen (yysymbol_name (yyarg[yyi]));
        if (yysize <= yysize1 && yysize1 <= YYSTACK_ALLOC_MAXIMUM)
          yysize = yysize1;
        else
          return YYENOMEM;
      }
  }

  if (*yymsg_alloc < yysize)
    {
      *yymsg_alloc = 2 * yysize;
      if (! (yysize <= *yymsg_alloc
             && *yymsg_alloc <= YYSTACK_ALLOC_MAXIMUM))
        *yymsg_alloc = YYSTACK_ALLOC_MAXIMUM;
      return -1;
    }

  /* Avoid sprintf, as that infringes on the user's name space.
     Don't have undefined behavior even if the translation
     produced a string with the wrong number of "%s"s.  */
  {
    char *yyp = *yymsg;
    int yyi = 0;
    while ((*yyp = *yyformat) != '\0')
      if (*yyp == '%' && yyformat[1] == 's' && yyi < yycount)
        {
          yyp = yystpcpy (yyp, yysymbol_name (yyarg[yyi++]));
          yyformat += 2;
        }
      else
        {
          ++yyp;
          ++yyformat;
        }
  }
  return 0;
}


/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, yyscan_t scanner, struct scan_ctx *ctx, parse_out *out)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ctx);
  YY_USE (out);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (yyscan_t scanner, struct scan_ctx *ctx, parse_out *out)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined P9SLTYPE_IS_TRIVIAL && P9SLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];

  /* Buffer for error messages, and its allocated size.  */
  char yymsgbuf[128];
  char *yymsg = yymsgbuf;
  YYPTRDIFF_T yymsg_alloc = sizeof yymsgbuf;

#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = P9SEMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == P9SEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, scanner);
    }

  if (yychar <= P9SEOF)
    {
      yychar = P9SEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == P9Serror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = P9SUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = P9SEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 3: /* script: script stmt  */
#line 96 "grammar/parser.y"
                               { if ((yyvsp[0].stmt)) stmt_append(out, (yyvsp[0].stmt)); }
#line 1759 "parser.tab.c"
    break;

  case 4: /* stmt: "arch" arch_name ';'  */
#line 100 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_named(S, SS_ARCH, AT((yylsp[-2])), (yyvsp[-1].name), AT((yylsp[-1]))); }
#line 1765 "parser.tab.c"
    break;

  case 5: /* stmt: "base" "text" expr ';'  */
#line 101 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_expr(S, SS_BASE_TEXT, AT((yylsp[-3])), (yyvsp[-1].expr)); }
#line 1771 "parser.tab.c"
    break;

  case 6: /* stmt: "base" "data" expr ';'  */
#line 102 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_expr(S, SS_BASE_DATA, AT((yylsp[-3])), (yyvsp[-1].expr)); }
#line 1777 "parser.tab.c"
    break;

  case 7: /* stmt: "round" expr ';'  */
#line 103 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_expr(S, SS_ROUND, AT((yylsp[-2])), (yyvsp[-1].expr)); }
#line 1783 "parser.tab.c"
    break;

  case 8: /* stmt: "entry" name ';'  */
#line 104 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_named(S, SS_ENTRY, AT((yylsp[-2])), (yyvsp[-1].name), AT((yylsp[-1]))); }
#line 1789 "parser.tab.c"
    break;

  case 9: /* stmt: "const" name '=' expr ';'  */
#line 105 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_const(S, AT((yylsp[-4])), (yyvsp[-3].name), AT((yylsp[-3])), (yyvsp[-1].expr)); }
#line 1795 "parser.tab.c"
    break;

  case 10: /* stmt: "symbol" name '=' expr opt_seg ';'  */
#line 106 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_symbol(S, AT((yylsp[-5])), (yyvsp[-4].name), AT((yylsp[-4])), (yyvsp[-2].expr), (int)(yyvsp[-1].num)); }
#line 1801 "parser.tab.c"
    break;

  case 11: /* stmt: "include" strings ';'  */
#line 107 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_path(S, SS_INCLUDE, AT((yylsp[-2])), (yyvsp[-1].str), AT((yylsp[-1]))); }
#line 1807 "parser.tab.c"
    break;

  case 12: /* stmt: "source" strings ';'  */
#line 108 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_path(S, SS_SOURCE, AT((yylsp[-2])), (yyvsp[-1].str), AT((yylsp[-1]))); }
#line 1813 "parser.tab.c"
    break;

  case 13: /* stmt: "export" exports ';'  */
#line 109 "grammar/parser.y"
                                            { (yyval.stmt) = NULL; }
#line 1819 "parser.tab.c"
    break;

  case 14: /* stmt: "special" specials ';'  */
#line 110 "grammar/parser.y"
                                            { (yyval.stmt) = NULL; }
#line 1825 "parser.tab.c"
    break;

  case 15: /* stmt: "got" "all" ';'  */
#line 111 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_got(S, AT((yylsp[-2])), P9LD_GOT_ALL); }
#line 1831 "parser.tab.c"
    break;

  case 16: /* stmt: "got" "used" ';'  */
#line 112 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_got(S, AT((yylsp[-2])), P9LD_GOT_USED); }
#line 1837 "parser.tab.c"
    break;

  case 17: /* stmt: "got" "none" ';'  */
#line 113 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_got(S, AT((yylsp[-2])), P9LD_GOT_NONE); }
#line 1843 "parser.tab.c"
    break;

  case 19: /* stmt: error ';'  */
#line 115 "grammar/parser.y"
                                            { (yyval.stmt) = NULL; yyerrok; }
#line 1849 "parser.tab.c"
    break;

  case 20: /* stmt: error '}'  */
#line 116 "grammar/parser.y"
                                            { (yyval.stmt) = NULL; yyerrok; }
#line 1855 "parser.tab.c"
    break;

  case 22: /* arch_name: "integer"  */
#line 121 "grammar/parser.y"
                                            { (yyval.name) = int_name(S, (yyvsp[0].num)); }
#line 1861 "parser.tab.c"
    break;

  case 25: /* export: name  */
#line 130 "grammar/parser.y"
                                            { stmt_append(out, stmt_export(S, AT((yylsp[0])), (yyvsp[0].name), NULL)); }
#line 1867 "parser.tab.c"
    break;

  case 26: /* export: name "as" name  */
#line 131 "grammar/parser.y"
                                            { stmt_append(out, stmt_export(S, AT((yylsp[-2])), (yyvsp[-2].name), (yyvsp[0].name))); }
#line 1873 "parser.tab.c"
    break;

  case 27: /* specials: name  */
#line 135 "grammar/parser.y"
                                            { stmt_append(out, stmt_named(S, SS_SPECIAL, AT((yylsp[0])), (yyvsp[0].name), AT((yylsp[0])))); }
#line 1879 "parser.tab.c"
    break;

  case 28: /* specials: specials ',' name  */
#line 136 "grammar/parser.y"
                                            { stmt_append(out, stmt_named(S, SS_SPECIAL, AT((yylsp[0])), (yyvsp[0].name), AT((yylsp[0])))); }
#line 1885 "parser.tab.c"
    break;

  case 29: /* opt_seg: %empty  */
#line 140 "grammar/parser.y"
                                            { (yyval.num) = 0; }
#line 1891 "parser.tab.c"
    break;

  case 30: /* opt_seg: "text"  */
#line 141 "grammar/parser.y"
                                            { (yyval.num) = 1 + P9LD_TEXT; }
#line 1897 "parser.tab.c"
    break;

  case 31: /* opt_seg: "data"  */
#line 142 "grammar/parser.y"
                                            { (yyval.num) = 1 + P9LD_DATA; }
#line 1903 "parser.tab.c"
    break;

  case 32: /* opt_seg: "bss"  */
#line 143 "grammar/parser.y"
                                            { (yyval.num) = 1 + P9LD_BSS; }
#line 1909 "parser.tab.c"
    break;

  case 33: /* $@1: %empty  */
#line 151 "grammar/parser.y"
                                            { stmt_append(out, stmt_atom(S, AT((yylsp[-3])), (int)(yyvsp[-3].num), (yyvsp[-2].name), AT((yylsp[-2])), &(yyvsp[-1].attrs))); }
#line 1915 "parser.tab.c"
    break;

  case 34: /* atom: seg name attrs '{' $@1 items '}'  */
#line 152 "grammar/parser.y"
                                            { (yyval.stmt) = NULL; }
#line 1921 "parser.tab.c"
    break;

  case 35: /* atom: seg name attrs item  */
#line 153 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_atom(S, AT((yylsp[-3])), (int)(yyvsp[-3].num), (yyvsp[-2].name), AT((yylsp[-2])), &(yyvsp[-1].attrs));
					      atom_add_item((yyval.stmt), (yyvsp[0].item)); }
#line 1928 "parser.tab.c"
    break;

  case 36: /* atom: "bss" name attrs expr ';'  */
#line 155 "grammar/parser.y"
                                            { (yyval.stmt) = stmt_atom(S, AT((yylsp[-4])), P9LD_BSS, (yyvsp[-3].name), AT((yylsp[-3])), &(yyvsp[-2].attrs));
					      (yyval.stmt)->expr = (yyvsp[-1].expr); }
#line 1935 "parser.tab.c"
    break;

  case 37: /* seg: "text"  */
#line 160 "grammar/parser.y"
                                            { (yyval.num) = P9LD_TEXT; }
#line 1941 "parser.tab.c"
    break;

  case 38: /* seg: "data"  */
#line 161 "grammar/parser.y"
                                            { (yyval.num) = P9LD_DATA; }
#line 1947 "parser.tab.c"
    break;

  case 39: /* attrs: %empty  */
#line 165 "grammar/parser.y"
                                            { (yyval.attrs) = (sattrs){ 0 }; }
#line 1953 "parser.tab.c"
    break;

  case 40: /* attrs: attrs "align" operand  */
#line 166 "grammar/parser.y"
                                            { (yyval.attrs) = (yyvsp[-2].attrs); (yyval.attrs).align = (yyvsp[0].expr); (yyval.attrs).align_at = AT((yylsp[-1])); }
#line 1959 "parser.tab.c"
    break;

  case 41: /* attrs: attrs "fill" operand  */
#line 167 "grammar/parser.y"
                                            { (yyval.attrs) = (yyvsp[-2].attrs); (yyval.attrs).fill = (yyvsp[0].expr); (yyval.attrs).fill_at = AT((yylsp[-1])); }
#line 1965 "parser.tab.c"
    break;

  case 42: /* attrs: attrs "lazy"  */
#line 168 "grammar/parser.y"
                                            { (yyval.attrs) = (yyvsp[-1].attrs); (yyval.attrs).flags |= P9LD_LAZY; }
#line 1971 "parser.tab.c"
    break;

  case 43: /* attrs: attrs "leaf"  */
#line 169 "grammar/parser.y"
                                            { (yyval.attrs) = (yyvsp[-1].attrs); (yyval.attrs).flags |= P9LD_LEAF; }
#line 1977 "parser.tab.c"
    break;

  case 44: /* attrs: attrs "global"  */
#line 170 "grammar/parser.y"
                                            { (yyval.attrs) = (yyvsp[-1].attrs); (yyval.attrs).flags |= P9LD_GLOBAL; }
#line 1983 "parser.tab.c"
    break;

  case 46: /* items: items item  */
#line 175 "grammar/parser.y"
                                            { atom_add_item(out->tail, (yyvsp[0].item)); }
#line 1989 "parser.tab.c"
    break;

  case 47: /* item: "bytes" hexruns ';'  */
#line 179 "grammar/parser.y"
                                            { (yyval.item) = item_bytes(S, AT((yylsp[-2])), (yyvsp[-1].str)); }
#line 1995 "parser.tab.c"
    break;

  case 48: /* item: "u8, u16, ..." exprs ';'  */
#line 180 "grammar/parser.y"
                                            { (yyval.item) = item_values(S, AT((yylsp[-2])), (yyvsp[-2].name), &(yyvsp[-1].exprs)); }
#line 2001 "parser.tab.c"
    break;

  case 49: /* item: "addr" exprs ';'  */
#line 181 "grammar/parser.y"
                                            { (yyval.item) = item_addr(S, AT((yylsp[-2])), &(yyvsp[-1].exprs)); }
#line 2007 "parser.tab.c"
    break;

  case 50: /* item: "pcrel8" expr ';'  */
#line 182 "grammar/parser.y"
                                            { (yyval.item) = item_pcrel(S, AT((yylsp[-2])), 1, (yyvsp[-1].expr)); }
#line 2013 "parser.tab.c"
    break;

  case 51: /* item: "pcrel32" expr ';'  */
#line 183 "grammar/parser.y"
                                            { (yyval.item) = item_pcrel(S, AT((yylsp[-2])), 4, (yyvsp[-1].expr)); }
#line 2019 "parser.tab.c"
    break;

  case 52: /* item: "ascii" strings ';'  */
#line 184 "grammar/parser.y"
                                            { (yyval.item) = item_string(S, AT((yylsp[-2])), (yyvsp[-1].str), false); }
#line 2025 "parser.tab.c"
    break;

  case 53: /* item: "asciz" strings ';'  */
#line 185 "grammar/parser.y"
                                            { (yyval.item) = item_string(S, AT((yylsp[-2])), (yyvsp[-1].str), true); }
#line 2031 "parser.tab.c"
    break;

  case 54: /* item: "zero" expr ';'  */
#line 186 "grammar/parser.y"
                                            { (yyval.item) = item_exprs(S, SI_ZERO, AT((yylsp[-2])), (yyvsp[-1].expr), NULL); }
#line 2037 "parser.tab.c"
    break;

  case 55: /* item: "fill" expr ',' expr ';'  */
#line 187 "grammar/parser.y"
                                            { (yyval.item) = item_exprs(S, SI_FILL, AT((yylsp[-4])), (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 2043 "parser.tab.c"
    break;

  case 56: /* item: "align" expr ';'  */
#line 188 "grammar/parser.y"
                                            { (yyval.item) = item_exprs(S, SI_ALIGN, AT((yylsp[-2])), (yyvsp[-1].expr), NULL); }
#line 2049 "parser.tab.c"
    break;

  case 57: /* item: "align" expr ',' expr ';'  */
#line 189 "grammar/parser.y"
                                            { (yyval.item) = item_exprs(S, SI_ALIGN, AT((yylsp[-4])), (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 2055 "parser.tab.c"
    break;

  case 58: /* item: "incbin" strings ';'  */
#line 190 "grammar/parser.y"
                                            { (yyval.item) = item_incbin(S, AT((yylsp[-2])), (yyvsp[-1].str), NULL, NULL); }
#line 2061 "parser.tab.c"
    break;

  case 59: /* item: "incbin" strings ',' expr ';'  */
#line 191 "grammar/parser.y"
                                            { (yyval.item) = item_incbin(S, AT((yylsp[-4])), (yyvsp[-3].str), (yyvsp[-1].expr), NULL); }
#line 2067 "parser.tab.c"
    break;

  case 60: /* item: "incbin" strings ',' expr ',' expr ';'  */
#line 192 "grammar/parser.y"
                                               { (yyval.item) = item_incbin(S, AT((yylsp[-6])), (yyvsp[-5].str), (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 2073 "parser.tab.c"
    break;

  case 61: /* item: "line" expr ';'  */
#line 193 "grammar/parser.y"
                                            { (yyval.item) = item_exprs(S, SI_LINE, AT((yylsp[-2])), (yyvsp[-1].expr), NULL); }
#line 2079 "parser.tab.c"
    break;

  case 62: /* item: "identifier" ':'  */
#line 194 "grammar/parser.y"
                                            { (yyval.item) = item_label(S, AT((yylsp[-1])), (yyvsp[-1].str)); }
#line 2085 "parser.tab.c"
    break;

  case 63: /* item: error ';'  */
#line 195 "grammar/parser.y"
                                            { (yyval.item) = NULL; yyerrok; }
#line 2091 "parser.tab.c"
    break;

  case 64: /* hexruns: %empty  */
#line 199 "grammar/parser.y"
                                            { (yyval.str) = (struct p9s_str){ "", 0 }; }
#line 2097 "parser.tab.c"
    break;

  case 65: /* hexruns: hexruns "hex bytes"  */
#line 200 "grammar/parser.y"
                                            { (yyval.str) = str_concat(S, (yyvsp[-1].str), (yyvsp[0].str)); }
#line 2103 "parser.tab.c"
    break;

  case 67: /* strings: strings "string"  */
#line 205 "grammar/parser.y"
                                            { (yyval.str) = str_concat(S, (yyvsp[-1].str), (yyvsp[0].str)); }
#line 2109 "parser.tab.c"
    break;

  case 68: /* exprs: expr  */
#line 209 "grammar/parser.y"
                                            { (yyval.exprs) = (sexprs){ 0 }; sexprs_push(S, &(yyval.exprs), (yyvsp[0].expr)); }
#line 2115 "parser.tab.c"
    break;

  case 69: /* exprs: exprs ',' expr  */
#line 210 "grammar/parser.y"
                                            { (yyval.exprs) = (yyvsp[-2].exprs); sexprs_push(S, &(yyval.exprs), (yyvsp[0].expr)); }
#line 2121 "parser.tab.c"
    break;

  case 71: /* expr: '-' expr  */
#line 217 "grammar/parser.y"
                                            { (yyval.expr) = expr_unary(S, AT((yylsp[-1])), P9LD_NEG, (yyvsp[0].expr)); }
#line 2127 "parser.tab.c"
    break;

  case 72: /* expr: '~' expr  */
#line 218 "grammar/parser.y"
                                            { (yyval.expr) = expr_unary(S, AT((yylsp[-1])), P9LD_NOT, (yyvsp[0].expr)); }
#line 2133 "parser.tab.c"
    break;

  case 73: /* expr: '+' expr  */
#line 219 "grammar/parser.y"
                                            { (yyval.expr) = expr_unary(S, AT((yylsp[-1])), P9LD_PLUS, (yyvsp[0].expr)); }
#line 2139 "parser.tab.c"
    break;

  case 74: /* expr: expr '*' expr  */
#line 220 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_MUL, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2145 "parser.tab.c"
    break;

  case 75: /* expr: expr '/' expr  */
#line 221 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_DIV, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2151 "parser.tab.c"
    break;

  case 76: /* expr: expr '%' expr  */
#line 222 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_MOD, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2157 "parser.tab.c"
    break;

  case 77: /* expr: expr '+' expr  */
#line 223 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_ADD, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2163 "parser.tab.c"
    break;

  case 78: /* expr: expr '-' expr  */
#line 224 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_SUB, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2169 "parser.tab.c"
    break;

  case 79: /* expr: expr "<<" expr  */
#line 225 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_SHL, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2175 "parser.tab.c"
    break;

  case 80: /* expr: expr ">>" expr  */
#line 226 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_SHR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2181 "parser.tab.c"
    break;

  case 81: /* expr: expr '&' expr  */
#line 227 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_AND, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2187 "parser.tab.c"
    break;

  case 82: /* expr: expr '^' expr  */
#line 228 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_XOR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2193 "parser.tab.c"
    break;

  case 83: /* expr: expr '|' expr  */
#line 229 "grammar/parser.y"
                                            { (yyval.expr) = expr_binary(S, AT((yylsp[-1])), P9LD_OR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 2199 "parser.tab.c"
    break;

  case 84: /* operand: "integer"  */
#line 233 "grammar/parser.y"
                                            { (yyval.expr) = expr_int(S, AT((yylsp[0])), (yyvsp[0].num)); }
#line 2205 "parser.tab.c"
    break;

  case 85: /* operand: "identifier"  */
#line 234 "grammar/parser.y"
                                            { (yyval.expr) = expr_name(S, SX_NAME, AT((yylsp[0])), (yyvsp[0].str).ptr); }
#line 2211 "parser.tab.c"
    break;

  case 86: /* operand: '(' expr ')'  */
#line 235 "grammar/parser.y"
                                            { (yyval.expr) = (yyvsp[-1].expr); }
#line 2217 "parser.tab.c"
    break;

  case 87: /* operand: '-' operand  */
#line 236 "grammar/parser.y"
                                            { (yyval.expr) = expr_unary(S, AT((yylsp[-1])), P9LD_NEG, (yyvsp[0].expr)); }
#line 2223 "parser.tab.c"
    break;

  case 88: /* operand: '~' operand  */
#line 237 "grammar/parser.y"
                                            { (yyval.expr) = expr_unary(S, AT((yylsp[-1])), P9LD_NOT, (yyvsp[0].expr)); }
#line 2229 "parser.tab.c"
    break;

  case 89: /* primary: "integer"  */
#line 241 "grammar/parser.y"
                                            { (yyval.expr) = expr_int(S, AT((yylsp[0])), (yyvsp[0].num)); }
#line 2235 "parser.tab.c"
    break;

  case 90: /* primary: "identifier"  */
#line 242 "grammar/parser.y"
                                            { (yyval.expr) = expr_name(S, SX_NAME, AT((yylsp[0])), (yyvsp[0].str).ptr); }
#line 2241 "parser.tab.c"
    break;

  case 91: /* primary: '.'  */
#line 243 "grammar/parser.y"
                                            { (yyval.expr) = expr_leaf(S, SX_DOT, AT((yylsp[0]))); }
#line 2247 "parser.tab.c"
    break;

  case 92: /* primary: "sizeof" '(' name ')'  */
#line 244 "grammar/parser.y"
                                            { (yyval.expr) = expr_name(S, SX_SIZEOF, AT((yylsp[-1])), (yyvsp[-1].name)); }
#line 2253 "parser.tab.c"
    break;

  case 93: /* primary: "got" '(' name ')'  */
#line 245 "grammar/parser.y"
                                            { (yyval.expr) = expr_name(S, SX_GOT, AT((yylsp[-1])), (yyvsp[-1].name)); }
#line 2259 "parser.tab.c"
    break;

  case 94: /* primary: strings  */
#line 246 "grammar/parser.y"
                                            { (yyval.expr) = expr_string(S, AT((yylsp[0])), (yyvsp[0].str)); }
#line 2265 "parser.tab.c"
    break;

  case 95: /* primary: '(' expr ')'  */
#line 247 "grammar/parser.y"
                                            { (yyval.expr) = (yyvsp[-1].expr); }
#line 2271 "parser.tab.c"
    break;

  case 96: /* name: "identifier"  */
#line 251 "grammar/parser.y"
                                            { (yyval.name) = (yyvsp[0].str).ptr; }
#line 2277 "parser.tab.c"
    break;


#line 2281 "parser.tab.c"

      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == P9SEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken, &yylloc};
        char const *yymsgp = YY_("syntax error");
        int yysyntax_error_status;
        yysyntax_error_status = yysyntax_error (&yymsg_alloc, &yymsg, &yyctx);
        if (yysyntax_error_status == 0)
          yymsgp = yymsg;
        else if (yysyntax_error_status == -1)
          {
            if (yymsg != yymsgbuf)
              YYSTACK_FREE (yymsg);
            yymsg = YY_CAST (char *,
                             YYSTACK_ALLOC (YY_CAST (YYSIZE_T, yymsg_alloc)));
            if (yymsg)
              {
                yysyntax_error_status
                  = yysyntax_error (&yymsg_alloc, &yymsg, &yyctx);
                yymsgp = yymsg;
              }
            else
              {
                yymsg = yymsgbuf;
                yymsg_alloc = sizeof yymsgbuf;
                yysyntax_error_status = YYENOMEM;
              }
          }
        yyerror (&yylloc, scanner, ctx, out, yymsgp);
        if (yysyntax_error_status == YYENOMEM)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= P9SEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == P9SEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, scanner, ctx, out);
          yychar = P9SEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, scanner, ctx, out);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, scanner, ctx, out, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != P9SEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, scanner, ctx, out);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, scanner, ctx, out);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif
  if (yymsg != yymsgbuf)
    YYSTACK_FREE (yymsg);
  return yyresult;
}

#line 263 "grammar/parser.y"

