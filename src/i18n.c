/*
 * The interface language.  Messages are English in the sources and
 * Japanese through gettext (po/ja.po) when the environment asks for it:
 * LANGUAGE, else the first of LC_ALL, LC_MESSAGES and LANG that is set.
 * The decision is made from those values, not from what setlocale(3)
 * managed to load, so a Japanese environment gets Japanese messages even
 * where the ja_JP locale has not been generated.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"
#include "i18n.h"

static int japanese;

static int
is_c_locale(const char *l)
{
	return strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0;
}

/*
 * The locale that governs messages, as POSIX picks it; NULL when none
 * is set.
 */
static const char *
messages_locale(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *v;

	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return v;
	return NULL;
}

/*
 * GNU gettext's rules: LANGUAGE, a colon-separated list of languages,
 * takes precedence unless the locale is explicitly "C" or "POSIX"
 * (C.UTF-8 is not).  The first entry that is Japanese or English, the
 * source language, decides; entries for which there is no catalogue are
 * passed over.
 */
static int
wants_japanese(void)
{
	const char *loc = messages_locale();
	const char *l = getenv("LANGUAGE");

	if (loc != NULL && is_c_locale(loc))
		return 0;
	while (l != NULL && *l != '\0') {
		if (strncmp(l, "ja", 2) == 0 && (l[2] == '\0' || l[2] == ':' ||
		    l[2] == '_' || l[2] == '.' || l[2] == '@'))
			return 1;
		if (strncmp(l, "en", 2) == 0 || (l[0] == 'C' &&
		    (l[1] == '\0' || l[1] == ':' || l[1] == '.')))
			return 0;
		if ((l = strchr(l, ':')) != NULL)
			l++;
	}
	return loc != NULL && strncmp(loc, "ja", 2) == 0;
}

void
i18n_init(void)
{
	char dir[4096];
	const char *d, *m;

	setlocale(LC_ALL, "");
	/* Numbers in files and output stay in the C format. */
	setlocale(LC_NUMERIC, "C");
	if (!(japanese = wants_japanese()))
		return;		/* gettext then returns the English msgid */
	/*
	 * gettext ignores LANGUAGE under the C locale, which is what
	 * setlocale leaves when ja_JP.UTF-8 was never generated: fall back
	 * to C.UTF-8 (always present on Debian) and name the language.
	 */
	m = setlocale(LC_MESSAGES, NULL);
	if (m == NULL || is_c_locale(m)) {
		if (setlocale(LC_MESSAGES, "C.UTF-8") == NULL)
			setlocale(LC_MESSAGES, "C.utf8");
		setlocale(LC_CTYPE, "C.UTF-8");
	}
	setenv("LANGUAGE", "ja", 1);
	/* An uninstalled build finds its catalogue beside the sources. */
	d = datadir_path("locale", dir, sizeof(dir));
	if (d == NULL || access(d, F_OK) != 0)
		d = ITAKU_LOCALEDIR;
	bindtextdomain("itaku", d);
	/* UTF-8 whatever the locale's codeset, like the rest of the output. */
	bind_textdomain_codeset("itaku", "UTF-8");
	textdomain("itaku");
}

int
i18n_japanese(void)
{
	return japanese;
}
