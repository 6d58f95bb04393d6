/*
 * Messages are written in English and translated through gettext
 * (po/ja.po) when the locale asks for Japanese.
 */
#ifndef ITAKU_I18N_H
#define ITAKU_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale and bind the message catalogue. */
void i18n_init(void);
/* True when messages come out in Japanese (for data with both languages). */
int i18n_japanese(void);

#endif
