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
#define PANGO_SCALE 1024
#endif

// GObject reference counting (layouts are GObjects).
void g_object_unref(gpointer object);

// pangocairo
PangoLayout *pango_cairo_create_layout(cairo_t *cr);
void pango_cairo_update_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options);

// layouts
PangoContext *pango_layout_get_context(PangoLayout *layout);
void pango_layout_context_changed(PangoLayout *layout);
void pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
int pango_layout_get_baseline(PangoLayout *layout);
int pango_layout_get_unknown_glyphs_count(PangoLayout *layout);

// contexts and languages
void pango_context_set_language(PangoContext *context, PangoLanguage *language);
PangoLanguage *pango_language_from_string(const char *language);

// font descriptions
PangoFontDescription *pango_font_description_new(void);
void pango_font_description_free(PangoFontDescription *desc);
void pango_font_description_set_family(PangoFontDescription *desc, const char *family);
void pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight);
void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size);

#endif
