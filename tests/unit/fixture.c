#include "unit.h"
#include "fixture.h"
#include "org.h"

void
fx_no_config(void)
{
	setenv("XDG_CONFIG_HOME", "/nonexistent/itaku-unit-test", 1);
}

const struct config *
fx_config(void)
{
	static struct config c;

	config_defaults(&c);
	return &c;
}

struct store *
fx_store(void)
{
	struct error e = { 0 };
	struct store *s;

	if (store_open(STORE_MEMORY, &s, &e) != ST_OK) {
		fprintf(stderr, "fixture: %s\n", e.msg);
		return NULL;
	}
	store_set_actor(s, "tester", "unit test");
	return s;
}

long
fx_org(struct store *s, const char *name, bool root)
{
	struct error e = { 0 };
	struct org o = { .name = (char *)name, .is_root = root };

	if (store_begin(s, &e) != ST_OK || org_create(s, &o, &e) != ST_OK ||
	    store_commit(s, &e) != ST_OK)
		fail_msg("fixture: %s: %s", name, e.msg);
	free(o.created_at);
	return o.id;
}

long
fx_delegation(struct store *s, struct delegation *d)
{
	struct error e = { 0 };

	if (store_begin(s, &e) != ST_OK || delegation_create(s, d, &e) != ST_OK ||
	    store_commit(s, &e) != ST_OK)
		fail_msg("fixture: delegation: %s", e.msg);
	free(d->created_at);
	d->created_at = NULL;
	return d->id;
}
