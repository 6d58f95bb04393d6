#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <nettle/sha2.h>

#include "audit.h"
#include "i18n.h"
#include "store.h"

/* Length-prefix every field so that no two records serialise alike. */
static void
hash_field(struct sha256_ctx *ctx, const char *s)
{
	char len[24];
	size_t n = s ? strlen(s) : 0;

	snprintf(len, sizeof(len), s ? "%zu:" : "-:", n);
	sha256_update(ctx, strlen(len), (const uint8_t *)len);
	if (s)
		sha256_update(ctx, n, (const uint8_t *)s);
}

void
audit_hash(const struct audit_record *r, char hex[65])
{
	struct sha256_ctx ctx;
	uint8_t digest[SHA256_DIGEST_SIZE];
	char num[2][24];

	snprintf(num[0], sizeof(num[0]), "%ld", r->seq);
	snprintf(num[1], sizeof(num[1]), "%ld", r->entity_id);
	sha256_init(&ctx);
	hash_field(&ctx, r->prev_hash);
	hash_field(&ctx, num[0]);
	hash_field(&ctx, r->at);
	hash_field(&ctx, r->user);
	hash_field(&ctx, r->command);
	hash_field(&ctx, r->entity);
	hash_field(&ctx, num[1]);
	hash_field(&ctx, r->action);
	hash_field(&ctx, r->old_value);
	hash_field(&ctx, r->new_value);
	sha256_digest(&ctx, sizeof(digest), digest);
	for (size_t i = 0; i < sizeof(digest); i++)
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

static char *
dump(json_t *v)
{
	return v ? json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS |
	    JSON_ENCODE_ANY) : NULL;
}

int
audit_append(struct store *s, const char *entity, long id, const char *action,
    json_t *old_value, json_t *new_value, struct error *e)
{
	struct audit_record r = { 0 };
	char prev[65], hash[65], now[32];
	time_t t = time(NULL);
	struct tm tm;
	long seq;
	int ret;

	if (store_audit_head(s, &seq, prev, e) != ST_OK)
		return e->status;
	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	r.seq = seq + 1;
	r.at = now;
	r.user = (char *)store_actor_user(s);
	r.command = (char *)store_actor_command(s);
	r.entity = (char *)entity;
	r.entity_id = id;
	r.action = (char *)action;
	r.old_value = dump(old_value);
	r.new_value = dump(new_value);
	if ((old_value && !r.old_value) || (new_value && !r.new_value)) {
		ret = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	r.prev_hash = prev;
	audit_hash(&r, hash);
	r.hash = hash;
	ret = store_audit_insert(s, &r, e);
done:
	free(r.old_value);
	free(r.new_value);
	return ret;
}

struct walk {
	struct audit_verdict *v;
	long expect_seq;
	char prev[65];
};

static int
check_record(const struct audit_record *r, void *arg)
{
	struct walk *w = arg;
	char hash[65];

	w->v->records++;
	if (r->seq != w->expect_seq) {
		snprintf(w->v->why, sizeof(w->v->why), _("expected record %ld "
		    "here: records were removed or reordered"), w->expect_seq);
		w->v->bad_seq = r->seq;
		return 1;
	}
	if (strcmp(r->prev_hash, w->prev) != 0) {
		snprintf(w->v->why, sizeof(w->v->why), "%s", _("does not "
		    "follow the record before it: records were removed or "
		    "reordered"));
		w->v->bad_seq = r->seq;
		return 1;
	}
	audit_hash(r, hash);
	if (strcmp(hash, r->hash) != 0) {
		snprintf(w->v->why, sizeof(w->v->why), "%s", _("its contents "
		    "were changed after it was written"));
		w->v->bad_seq = r->seq;
		return 1;
	}
	memcpy(w->prev, r->hash, sizeof(w->prev));
	w->expect_seq++;
	return 0;
}

int
audit_verify(struct store *s, struct audit_verdict *v, struct error *e)
{
	struct walk w = { v, 1, "" };
	char meta_hash[65];
	long meta_seq;
	int rc;

	memset(v, 0, sizeof(*v));
	rc = store_audit_each(s, 0, check_record, &w, e);
	if (rc != 0 && e->status != ST_OK)
		return e->status;
	if (v->bad_seq != 0)
		return ST_OK;
	if (store_audit_meta_head(s, &meta_seq, meta_hash, e) != ST_OK)
		return e->status;
	if (meta_seq != w.expect_seq - 1 || strcmp(meta_hash, w.prev) != 0) {
		v->bad_seq = meta_seq > w.expect_seq - 1 ? w.expect_seq : meta_seq;
		if (v->bad_seq == 0)
			v->bad_seq = 1;
		snprintf(v->why, sizeof(v->why), _("the trail ends at record "
		    "%ld but was last written at record %ld: records were "
		    "removed"),
		    w.expect_seq - 1, meta_seq);
	}
	return ST_OK;
}
