#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "i18n.h"
#include "org.h"
#include "strbuf.h"
#include "utf8.h"

/*
 * 法人番号: the first digit is 9 - (sum of P(n) * Q(n) mod 9) over the
 * other 12 digits, P(n) counted from the right, Q(n) 1 for odd n, 2 for even.
 */
bool
org_corporate_number_valid(const char *cn)
{
	int sum = 0;

	if (cn == NULL || strlen(cn) != 13)
		return false;
	for (int i = 0; i < 13; i++)
		if (!isdigit((unsigned char)cn[i]))
			return false;
	for (int n = 1; n <= 12; n++)
		sum += (cn[13 - n] - '0') * (n % 2 ? 1 : 2);
	return cn[0] - '0' == 9 - sum % 9;
}

bool
org_country_valid(const char *c)
{
	return c != NULL && strlen(c) == 2 && isupper((unsigned char)c[0]) &&
	    isupper((unsigned char)c[1]);
}

static bool
all_digits(const char *s)
{
	if (*s == '#')
		s++;
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

int
org_resolve(struct store *s, const char *ref, long *id, struct error *e)
{
	struct strbuf sb = STRBUF_INIT;
	struct org *v = NULL, o;
	size_t n = 0;

	if (ref == NULL || *ref == '\0')
		return error_set(e, ST_DATA, _("organisation: empty name"));
	if (!utf8_valid_str(ref))
		return error_set(e, ST_DATA,
		    _("organisation: name is not valid UTF-8"));
	if (all_digits(ref)) {
		*id = strtol(ref + (*ref == '#'), NULL, 10);
		if (store_org_get(s, *id, &o, e) != ST_OK)
			return e->status;
		org_free(&o);
		return ST_OK;
	}
	if (store_org_match(s, ref, &v, &n, e) != ST_OK)
		return e->status;
	if (n == 1) {
		*id = v[0].id;
		org_list_free(v, n);
		return ST_OK;
	}
	if (n == 0) {
		org_list_free(v, n);
		return error_set(e, ST_DATA,
		    _("%s: no such organisation"), ref);
	}
	for (size_t i = 0; i < n && i < 10; i++)
		sb_printf(&sb, "%s#%ld %s", i ? ", " : "", v[i].id, v[i].name);
	if (n > 10)
		sb_printf(&sb, ", … (%zu in all)", n);
	error_set(e, ST_DATA, _("%s: ambiguous organisation: %s"), ref,
	    sb.buf ? sb.buf : "");
	sb_free(&sb);
	org_list_free(v, n);
	return e->status;
}

static int
org_validate(const struct org *o, struct error *e)
{
	const char *fields[] = { o->name, o->address, o->contact, o->notes,
	    o->corporate_number, o->country };

	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (fields[i] && !utf8_valid_str(fields[i]))
			return error_set(e, ST_DATA,
			    _("organisation: text is not valid UTF-8"));
	if (o->name == NULL || o->name[strspn(o->name, " \t\n")] == '\0')
		return error_set(e, ST_DATA, _("organisation: empty name"));
	if (all_digits(o->name))
		return error_set(e, ST_DATA, _("%s: a name cannot be a number "
		    "(numbers refer to IDs)"), o->name);
	if (o->corporate_number && !org_corporate_number_valid(o->corporate_number))
		return error_set(e, ST_DATA, _("corporate number %s: not a "
		    "valid 法人番号 (13 digits with a check digit)"),
		    o->corporate_number);
	if (o->country && !org_country_valid(o->country))
		return error_set(e, ST_DATA, _("country %s: use a two-letter "
		    "ISO 3166 code such as JP or US"), o->country);
	return ST_OK;
}

int
org_create(struct store *s, struct org *o, struct error *e)
{
	json_t *j;
	int rc;

	if (org_validate(o, e) != ST_OK || store_org_insert(s, o, e) != ST_OK)
		return e->status;
	if ((j = org_json(o)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	rc = audit_append(s, "org", o->id, "add", NULL, j, e);
	json_decref(j);
	return rc;
}

int
org_modify(struct store *s, const struct org *old, const struct org *o,
    struct error *e)
{
	json_t *jo, *jn;
	int rc;

	if (org_validate(o, e) != ST_OK || store_org_update(s, o, e) != ST_OK)
		return e->status;
	jo = org_json(old);
	jn = org_json(o);
	if (jo == NULL || jn == NULL)
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
	else
		rc = audit_append(s, "org", o->id, "edit", jo, jn, e);
	json_decref(jo);
	json_decref(jn);
	return rc;
}

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *
org_json(const struct org *o)
{
	return json_pack("{s:I, s:s, s:o, s:o, s:s, s:o, s:o, s:b}",
	    "id", (json_int_t)o->id,
	    "name", o->name,
	    "corporate_number", str_or_null(o->corporate_number),
	    "address", str_or_null(o->address),
	    "country", o->country ? o->country : "JP",
	    "contact", str_or_null(o->contact),
	    "notes", str_or_null(o->notes),
	    "root", o->is_root);
}
