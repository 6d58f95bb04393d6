#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"
#include "i18n.h"

void
i18n_init(void)
{
	char dir[4096];
	const char *d;

	setlocale(LC_ALL, "");
	/* Numbers in files and output stay in the C format. */
	setlocale(LC_NUMERIC, "C");
	/* An uninstalled build finds its catalogue beside the sources. */
	d = datadir_path("locale", dir, sizeof(dir));
	if (d == NULL || access(d, F_OK) != 0)
		d = ITAKU_LOCALEDIR;
	bindtextdomain("itaku", d);
	bind_textdomain_codeset("itaku", "UTF-8");
	textdomain("itaku");
}

int
i18n_japanese(void)
{
	const char *l = setlocale(LC_MESSAGES, NULL);
	const char *lang = getenv("LANGUAGE");

	if (lang && *lang)
		return strncmp(lang, "ja", 2) == 0;
	return l != NULL && strncmp(l, "ja", 2) == 0;
}
