// CPango: the slice of Pango (pango + pangocairo 1.50) that TongjiCairo calls.
//
// Why declarations instead of `#include <pango/pangocairo.h>`: the real headers need
// `pkg-config --cflags pangocairo`, whose output carries `-pthread`, and SwiftPM prints
// "prohibited flag(s): -pthread" on every build of every target that depends on it.
// Declaring the ~20 functions we call keeps the build silent. They are copied from the
// pango 1.50 headers, and Tests/TongjiCairoTests/PangoShimTests.swift compiles this file
// right after the real <pango/pangocairo.h>: any prototype that drifts from the real one
// is a C compile error there ("conflicting types").
//
// Cairo's own types come from <cairo.h> (the CCairo target puts its include path on the
// command line through pkg-config "cairo", which has no -pthread).
#ifndef TONGJI_CPANGO_SHIM_H
#define TONGJI_CPANGO_SHIM_H

#if __has_include(<cairo.h>)
#include <cairo.h>
#else
#error "cairo headers not found: run scripts/bootstrap (or: apt-get install -y libcairo2-dev libpango1.0-dev pkg-config)"
#endif

// Types: skipped when the real Pango headers came first (the prototype check does that).
#ifndef __PANGO_H__
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLanguage PangoLanguage;
typedef struct _PangoFontDescription PangoFontDescription;
typedef struct _PangoRectangle PangoRectangle;
struct _PangoRectangle {
    int x;
    int y;
    int width;
    int height;
};
typedef enum {
    PANGO_WEIGHT_THIN = 100,
    PANGO_WEIGHT_ULTRALIGHT = 200,
    PANGO_WEIGHT_LIGHT = 300,
    PANGO_WEIGHT_SEMILIGHT = 350,
    PANGO_WEIGHT_BOOK = 380,
    PANGO_WEIGHT_NORMAL = 400,
    PANGO_WEIGHT_MEDIUM = 500,
    PANGO_WEIGHT_SEMIBOLD = 600,
    PANGO_WEIGHT_BOLD = 700,
    PANGO_WEIGHT_ULTRABOLD = 800,
    PANGO_WEIGHT_HEAVY = 900,
    PANGO_WEIGHT_ULTRAHEAVY = 1000
} PangoWeight;
typedef void *gpointer;
typedef int gboolean;
typedef struct _PangoLayoutIter PangoLayoutIter;
typedef struct _PangoGlyphItem PangoGlyphItem;
typedef PangoGlyphItem PangoLayoutRun;
typedef struct _PangoCairoFont PangoCairoFont;
#define PANGO_SCALE 1024
#endif

// Mirrors of the Pango structs a layout run is read through (pango 1.50's pango-glyph-item.h,
// pango-glyph.h, pango-item.h), under names of our own so they are declared even when the real
// headers came first; the _Static_asserts at the end of this file check every size and offset
// against the real structs when PangoShimTests compiles it after <pango/pangocairo.h>.
// Why read the structs: Pango has no accessor for a run's glyph ids and positions, and the SVG
// writer needs them to emit each glyph's outline once and <use> it.
#include <stddef.h>
#include <stdint.h>
typedef struct {
    int width;
    int x_offset;
    int y_offset;
} TongjiPangoGlyphGeometry;
typedef struct {
    uint32_t glyph;
    TongjiPangoGlyphGeometry geometry;
    unsigned int attr;
} TongjiPangoGlyphInfo;
typedef struct {
    int num_glyphs;
    TongjiPangoGlyphInfo *glyphs;
    int *log_clusters;
    int space;
} TongjiPangoGlyphString;
typedef struct {
    void *shape_engine;
    void *lang_engine;
    void *font;
    uint8_t level;
    uint8_t gravity;
    uint8_t flags;
    uint8_t script;
    void *language;
    void *extra_attrs;
} TongjiPangoAnalysis;
typedef struct {
    int offset;
    int length;
    int num_chars;
    TongjiPangoAnalysis analysis;
} TongjiPangoItem;
typedef struct {
    TongjiPangoItem *item;
    TongjiPangoGlyphString *glyphs;
    int y_offset;
    int start_x_offset;
    int end_x_offset;
} TongjiPangoGlyphItem;
// PANGO_GLYPH_EMPTY and PANGO_GLYPH_UNKNOWN_FLAG.
#define TONGJI_PANGO_GLYPH_EMPTY 0x0FFFFFFFu
#define TONGJI_PANGO_GLYPH_UNKNOWN_FLAG 0x10000000u

// GObject reference counting (layouts and fonts are GObjects).
gpointer (g_object_ref)(gpointer object);  // parenthesized: glib defines a g_object_ref macro
void g_object_unref(gpointer object);

// pangocairo
PangoLayout *pango_cairo_create_layout(cairo_t *cr);
void pango_cairo_update_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options);
cairo_scaled_font_t *pango_cairo_font_get_scaled_font(PangoCairoFont *font);

// layouts
PangoContext *pango_layout_get_context(PangoLayout *layout);
void pango_layout_context_changed(PangoLayout *layout);
void pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
int pango_layout_get_baseline(PangoLayout *layout);
int pango_layout_get_unknown_glyphs_count(PangoLayout *layout);

// layout iterators (the glyphs of each run, for the SVG writer)
PangoLayoutIter *pango_layout_get_iter(PangoLayout *layout);
void pango_layout_iter_free(PangoLayoutIter *iter);
gboolean pango_layout_iter_next_run(PangoLayoutIter *iter);
PangoLayoutRun *pango_layout_iter_get_run_readonly(PangoLayoutIter *iter);
void pango_layout_iter_get_run_extents(PangoLayoutIter *iter, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
int pango_layout_iter_get_baseline(PangoLayoutIter *iter);

// contexts and languages
void pango_context_set_language(PangoContext *context, PangoLanguage *language);
PangoLanguage *pango_language_from_string(const char *language);

// font descriptions
PangoFontDescription *pango_font_description_new(void);
void pango_font_description_free(PangoFontDescription *desc);
void pango_font_description_set_family(PangoFontDescription *desc, const char *family);
void pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight);
void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size);

#ifdef __PANGO_H__
// Only when the real headers came first (PangoShimTests): the mirrors match the real structs.
#define TONGJI_SAME_LAYOUT(mirror, real, field) \
    _Static_assert(offsetof(mirror, field) == offsetof(real, field), #real "." #field " moved")
_Static_assert(sizeof(TongjiPangoGlyphGeometry) == sizeof(PangoGlyphGeometry), "PangoGlyphGeometry size");
TONGJI_SAME_LAYOUT(TongjiPangoGlyphGeometry, PangoGlyphGeometry, x_offset);
TONGJI_SAME_LAYOUT(TongjiPangoGlyphGeometry, PangoGlyphGeometry, y_offset);
_Static_assert(sizeof(TongjiPangoGlyphInfo) == sizeof(PangoGlyphInfo), "PangoGlyphInfo size");
TONGJI_SAME_LAYOUT(TongjiPangoGlyphInfo, PangoGlyphInfo, geometry);
TONGJI_SAME_LAYOUT(TongjiPangoGlyphInfo, PangoGlyphInfo, attr);
_Static_assert(sizeof(TongjiPangoGlyphString) == sizeof(PangoGlyphString), "PangoGlyphString size");
TONGJI_SAME_LAYOUT(TongjiPangoGlyphString, PangoGlyphString, num_glyphs);
TONGJI_SAME_LAYOUT(TongjiPangoGlyphString, PangoGlyphString, glyphs);
_Static_assert(sizeof(TongjiPangoAnalysis) == sizeof(PangoAnalysis), "PangoAnalysis size");
TONGJI_SAME_LAYOUT(TongjiPangoAnalysis, PangoAnalysis, font);
_Static_assert(sizeof(TongjiPangoItem) == sizeof(PangoItem), "PangoItem size");
TONGJI_SAME_LAYOUT(TongjiPangoItem, PangoItem, analysis);
_Static_assert(sizeof(TongjiPangoGlyphItem) == sizeof(PangoGlyphItem), "PangoGlyphItem size");
TONGJI_SAME_LAYOUT(TongjiPangoGlyphItem, PangoGlyphItem, item);
TONGJI_SAME_LAYOUT(TongjiPangoGlyphItem, PangoGlyphItem, glyphs);
TONGJI_SAME_LAYOUT(TongjiPangoGlyphItem, PangoGlyphItem, y_offset);
_Static_assert(TONGJI_PANGO_GLYPH_EMPTY == PANGO_GLYPH_EMPTY, "PANGO_GLYPH_EMPTY");
_Static_assert(TONGJI_PANGO_GLYPH_UNKNOWN_FLAG == PANGO_GLYPH_UNKNOWN_FLAG, "PANGO_GLYPH_UNKNOWN_FLAG");
#undef TONGJI_SAME_LAYOUT
#endif

#endif
