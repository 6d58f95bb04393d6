/* SQL for imported contract documents and their clause results. */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

void
contract_summary_list_free(struct contract_summary *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].missing_ids);
	free(v);
}

int
store_contract_summaries(struct store *s, struct contract_summary **out,
    size_t *n, struct error *e)
{
	struct contract_summary *v = NULL, *nv;
	size_t len = 0, cap = 0;
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "SELECT d.delegation_id, d.id, d.present, d.missing, "
	    "(SELECT group_concat(clause, ',') FROM document_clause c "
	    " WHERE c.document_id = d.id AND c.present = 0) "
	    "FROM document d WHERE d.superseded_by IS NULL "
	    "ORDER BY d.delegation_id", e);
	if (st == NULL)
		return e->status;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = realloc(v, cap * sizeof(*v))) == NULL)
				goto nomem;
			v = nv;
		}
		v[len].delegation_id = sqlite3_column_int64(st, 0);
		v[len].document_id = sqlite3_column_int64(st, 1);
		v[len].present = sqlite3_column_int(st, 2);
		v[len].missing = sqlite3_column_int(st, 3);
		if ((v[len].missing_ids = st_col_text0(st, 4)) == NULL)
			goto nomem;
		len++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		contract_summary_list_free(v, len);
		return st_fail(s, rc, "contracts", e);
	}
	*out = v;
	*n = len;
	return ST_OK;
nomem:
	sqlite3_finalize(st);
	contract_summary_list_free(v, len);
	return error_set(e, ST_INTERNAL, "out of memory");
}
