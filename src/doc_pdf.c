/*
 * PDF through poppler's pdftotext, run without a shell, fed on stdin,
 * with a time limit, CPU and memory limits and an output cap.  Layout
 * mode keeps table columns and blank lines between paragraphs; the
 * lines it wraps are joined again here, and "第 1 条" loses the spaces
 * pdftotext puts around half-width digits.
 */
#include <sys/types.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <utf8proc.h>

#include "doc_int.h"
#include "i18n.h"
#include "utf8.h"

static char *
find_tool(const char *tool)
{
	const char *path = getenv("PATH"), *p, *q;
	char buf[4096];

	if (path == NULL)
		path = "/usr/bin:/bin";
	for (p = path; ; p = q + 1) {
		q = strchr(p, ':');
		if (q == NULL)
			q = p + strlen(p);
		if (q > p && snprintf(buf, sizeof(buf), "%.*s/%s",
		    (int)(q - p), p, tool) < (int)sizeof(buf) &&
		    access(buf, X_OK) == 0)
			return strdup(buf);
		if (*q == '\0')
			return NULL;
	}
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void
child(const char *tool, int in, int out, int err)
{
	struct rlimit cpu = { DOC_PDF_SECONDS, DOC_PDF_SECONDS };
	struct rlimit mem = { 2048 * MIB, 2048 * MIB };
	char *const argv[] = { "pdftotext", "-layout", "-enc", "UTF-8",
	    "fd://0", "-", NULL };

	if (dup2(in, 0) == -1 || dup2(out, 1) == -1 || dup2(err, 2) == -1)
		_exit(127);
	for (int fd = 3; fd < 1024; fd++)
		close(fd);
	setrlimit(RLIMIT_CPU, &cpu);
	setrlimit(RLIMIT_AS, &mem);
	execv(tool, argv);
	_exit(127);
}

/* Run pdftotext on the bytes; its output goes to sb, messages to msg. */
static int
run(const char *name, const char *tool, const char *buf, size_t len,
    struct strbuf *sb, char *msg, size_t msgsz, int *status,
    struct error *e)
{
	int sv[2] = { -1, -1 }, po[2] = { -1, -1 }, pe[2] = { -1, -1 };
	struct pollfd pfd[3];
	size_t off = 0, mlen = 0;
	long deadline = now_ms() + DOC_PDF_SECONDS * 1000L;
	pid_t pid = -1;
	char chunk[65536];
	ssize_t n;
	int nfd;

	msg[0] = '\0';
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1 ||
	    pipe(po) == -1 || pipe(pe) == -1) {
		error_set(e, ST_INTERNAL, _("%s: cannot run pdftotext: %s"), name,
		    strerror(errno));
		goto done;
	}
	if ((pid = fork()) == -1) {
		error_set(e, ST_INTERNAL, _("%s: cannot run pdftotext: %s"), name,
		    strerror(errno));
		goto done;
	}
	if (pid == 0)
		child(tool, sv[1], po[1], pe[1]);
	close(sv[1]);
	close(po[1]);
	close(pe[1]);
	sv[1] = po[1] = pe[1] = -1;
	fcntl(sv[0], F_SETFL, O_NONBLOCK);
	if (len == 0)
		shutdown(sv[0], SHUT_WR);
	while (po[0] != -1 || pe[0] != -1) {
		long left = deadline - now_ms();

		if (left <= 0) {
			error_set(e, ST_FILE, _("%s: pdftotext took longer than "
			    "%d seconds; the PDF is too complex or hostile"),
			    name, DOC_PDF_SECONDS);
			goto done;
		}
		nfd = 0;
		if (po[0] != -1)
			pfd[nfd++] = (struct pollfd){ po[0], POLLIN, 0 };
		if (pe[0] != -1)
			pfd[nfd++] = (struct pollfd){ pe[0], POLLIN, 0 };
		if (off < len)
			pfd[nfd++] = (struct pollfd){ sv[0], POLLOUT, 0 };
		if (poll(pfd, (nfds_t)nfd, (int)(left > 1000 ? 1000 : left))
		    == -1) {
			if (errno == EINTR)
				continue;
			error_set(e, ST_INTERNAL, "%s: poll: %s", name,
			    strerror(errno));
			goto done;
		}
		for (int i = 0; i < nfd; i++) {
			if (pfd[i].revents == 0)
				continue;
			if (pfd[i].fd == sv[0]) {
				n = send(sv[0], buf + off, len - off > 65536 ?
				    65536 : len - off, MSG_NOSIGNAL);
				if (n > 0)
					off += (size_t)n;
				if (n < 0 && errno != EAGAIN && errno != EINTR)
					off = len;	/* it stopped reading */
				if (off == len)
					shutdown(sv[0], SHUT_WR);
				continue;
			}
			n = read(pfd[i].fd, chunk, sizeof(chunk));
			if (n < 0 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n <= 0) {
				close(pfd[i].fd);
				if (pfd[i].fd == po[0])
					po[0] = -1;
				else
					pe[0] = -1;
				continue;
			}
			if (pfd[i].fd == pe[0]) {
				size_t k = (size_t)n;

				if (k > msgsz - 1 - mlen)
					k = msgsz - 1 - mlen;
				memcpy(msg + mlen, chunk, k);
				mlen += k;
				msg[mlen] = '\0';
			} else if (doc_out(sb, chunk, (size_t)n, name, e) !=
			    ST_OK)
				goto done;
		}
	}
done:
	if (pid > 0) {
		if (e->status != ST_OK)
			kill(pid, SIGKILL);
		while (waitpid(pid, status, 0) == -1 && errno == EINTR)
			;
	}
	for (int i = 0; i < 2; i++) {
		if (sv[i] != -1)
			close(sv[i]);
		if (po[i] != -1)
			close(po[i]);
		if (pe[i] != -1)
			close(pe[i]);
	}
	return e->status;
}

/* Is the UTF-8 character at s wide (CJK)?  *len gets its length. */
static bool
wide(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	*len = 1;
	if (u[0] < 0x80)
		return false;
	*len = u[0] >= 0xf0 ? 4 : u[0] >= 0xe0 ? 3 : 2;
	/* U+3000 and up, three bytes: kana, kanji, full-width forms. */
	return u[0] >= 0xe3 && u[0] <= 0xef && !(u[0] == 0xef &&
	    u[1] >= 0xbd && u[1] != 0xbf);
}

/* The start of the last character of s[0..n). */
static const char *
last_char(const char *s, size_t n)
{
	const char *p = s + n;

	while (p > s) {
		p--;
		if (((unsigned char)*p & 0xc0) != 0x80)
			break;
	}
	return p;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * One line of layout output, cleaned: no page breaks or outer spaces,
 * inner runs of spaces shortened (long ones are column gaps: tabs),
 * and "第 1 条", "年 1 回", "2025 年" lose their spaces.
 */
static int
clean_line(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0, k, clen, start;
	size_t prevlen = 0;
	bool prevwide = false;

	sb_reset(out);
	while (i < n && (s[i] == ' ' || s[i] == '\f'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\f' ||
	    s[n - 1] == '\r'))
		n--;
	while (i < n) {
		if (s[i] == '\f') {
			i++;
			continue;
		}
		if (s[i] == ' ') {
			for (k = i; k < n && s[k] == ' '; k++)
				;
			/* CJK 1 CJK, CJK 12 年: digits hug kanji. */
			if (k - i == 1 && prevwide && is_digit(s[k])) {
				i = k;
				continue;
			}
			if (k - i == 1 && is_digit(s[i - 1]) && k < n &&
			    wide(s + k, &clen)) {
				size_t d = out->len;

				while (d > 0 && is_digit(out->buf[d - 1]))
					d--;
				if (d > 0 && wide(last_char(out->buf, d),
				    &prevlen)) {
					i = k;
					continue;
				}
				if (d == 0 && (strncmp(s + k, "年", 3) == 0 ||
				    strncmp(s + k, "月", 3) == 0 ||
				    strncmp(s + k, "日", 3) == 0)) {
					i = k;
					continue;
				}
			}
			if (sb_addc(out, k - i >= 6 ? '\t' : ' ') == -1)
				return -1;
			prevwide = false;
			i = k;
			continue;
		}
		start = i;
		prevwide = wide(s + i, &clen);
		i += clen;
		if (i > n)
			i = n;
		if (sb_add(out, s + start, i - start) == -1)
			return -1;
	}
	return 0;
}

static bool
ends_sentence(const char *s, size_t n)
{
	static const char *const end[] = {
		"。", "．", "）", "」", "』", "】", "：", NULL
	};
	const char *p;

	if (n == 0)
		return true;
	p = last_char(s, n);
	for (int i = 0; end[i] != NULL; i++)
		if (strncmp(p, end[i], strlen(end[i])) == 0)
			return true;
	return strchr(".:;!?)", s[n - 1]) != NULL && s[n - 1] != '\0';
}

/* The code point at s (a NUL-terminated string); *len gets its length. */
static uint32_t
cp_at(const char *s, size_t *len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;

	n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
	if (n <= 0 || cp == 0) {
		*len = 0;
		return 0;
	}
	*len = (size_t)n;
	return (uint32_t)cp;
}

/* A space, ideographic or not. */
static bool
is_gap(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000;
}

/* 一 … 十, as items are numbered in kanji. */
static bool
is_kanji_digit(uint32_t c)
{
	static const uint32_t digits[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341 };

	for (size_t i = 0; i < sizeof(digits) / sizeof(digits[0]); i++)
		if (c == digits[i])
			return true;
	return false;
}

/*
 * Japanese item marks as pdftotext gives them: ２　, １．, （１）, 一　,
 * ア　, 別表, 【見出し】.
 */
static bool
starts_japanese_item(const char *s)
{
	static const char *const heads[] = { "別表", "別紙", "別記", "附則",
	    "付則", "特記", "【", NULL };
	size_t l, k, i;
	uint32_t c = cp_at(s, &l), d;

	for (i = 0; heads[i] != NULL; i++)
		if (strncmp(s, heads[i], strlen(heads[i])) == 0)
			return true;
	if (c >= 0xFF10 && c <= 0xFF19) {		/* ２　, １．, １） */
		k = 0;
		do {
			k += l;
			c = cp_at(s + k, &l);
		} while (c >= 0xFF10 && c <= 0xFF19);
		return is_gap(c) || c == 0xFF0E || c == '.' || c == 0xFF09 ||
		    c == ')' || c == 0x3001;
	}
	if (c == 0xFF08) {				/* （１）, （ア） */
		for (k = l, i = 0; i < 4 && s[k] != '\0'; i++, k += l)
			if (cp_at(s + k, &l) == 0xFF09)
				return true;
		return false;
	}
	d = cp_at(s + l, &k);
	if (is_kanji_digit(c))				/* 一　 … 十　 */
		return is_gap(d) || d == 0x3001;
	if (c >= 0x30A2 && c <= 0x30F3)			/* ア　 */
		return is_gap(d);
	return false;
}

/* Does a line begin a new item: 第N条, (1), 1., -, ①, （見出し）? */
static bool
starts_item(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	size_t n = strlen(s);

	if (starts_japanese_item(s))
		return true;
	/* （目的）: a heading line, not text that opens a parenthesis. */
	if (strncmp(s, "（", 3) == 0)
		return n >= 6 && strcmp(s + n - 3, "）") == 0;
	if (strncmp(s, "第", 3) == 0 ||
	    strncmp(s, "・", 3) == 0 || strncmp(s, "•", 3) == 0 ||
	    strncmp(s, "- ", 2) == 0 || strncmp(s, "* ", 2) == 0 ||
	    strncmp(s, "Article ", 8) == 0 || strncmp(s, "Section ", 8) == 0)
		return true;
	if (u[0] == 0xe2 && u[1] == 0x91)	/* ① … ⑳ */
		return true;
	if (s[0] == '(' && s[1] != '\0' && s[2] == ')')
		return true;
	while (is_digit(s[i]))
		i++;
	return i > 0 && (s[i] == '.' || s[i] == ')' || s[i] == ' ');
}

static int
width_of(const char *s, size_t n)
{
	char tmp[1024];

	if (n >= sizeof(tmp))
		n = sizeof(tmp) - 1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	return utf8_width(tmp);
}

/* Join the lines pdftotext wrapped; keep the ones the author ended. */
static int
reflow(const char *name, const char *text, struct strbuf *out,
    struct error *e)
{
	struct strbuf line = STRBUF_INIT;
	char **lines = NULL;
	int *w = NULL, maxw = 0;
	size_t n = 0, cap = 0, i;
	const char *p, *q;

	for (p = text; *p != '\0'; p = *q ? q + 1 : q) {
		if ((q = strchr(p, '\n')) == NULL)
			q = p + strlen(p);
		if (n == cap) {
			void *t;

			cap = cap ? cap * 2 : 256;
			if ((t = realloc(lines, cap * sizeof(*lines))) == NULL)
				goto nomem;
			lines = t;
		}
		if (clean_line(p, (size_t)(q - p), &line) == -1 ||
		    (lines[n] = sb_detach(&line)) == NULL)
			goto nomem;
		n++;
	}
	if (n > 0 && (w = calloc(n, sizeof(*w))) == NULL)
		goto nomem;
	for (i = 0; i < n; i++) {
		w[i] = width_of(lines[i], strlen(lines[i]));
		if (w[i] > maxw)
			maxw = w[i];
	}
	for (i = 0; i < n; i++) {
		const char *cur = lines[i], *next = i + 1 < n ? lines[i + 1] : "";
		size_t len = strlen(cur), clen;
		bool join = false, space = false;

		if (doc_outs(out, cur, name, e) != ST_OK)
			goto done;
		if (len > 0 && next[0] != '\0' && !starts_item(next) &&
		    !ends_sentence(cur, len)) {
			if (wide(last_char(cur, len), &clen) ||
			    wide(next, &clen)) {
				/* CJK wraps anywhere: a long line goes on. */
				join = w[i] * 10 >= maxw * 6;
			} else {
				/* Would the next word have fit here? */
				size_t fw = strcspn(next, " \t");

				join = w[i] + 1 + width_of(next, fw) > maxw;
				space = cur[len - 1] != '-';
			}
		}
		if (join && space && doc_out(out, " ", 1, name, e) != ST_OK)
			goto done;
		if (!join && doc_out(out, "\n", 1, name, e) != ST_OK)
			goto done;
	}
	goto done;
nomem:
	error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
done:
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(w);
	sb_free(&line);
	return e->status;
}

int
doc_pdf(const char *name, const void *buf, size_t len, struct strbuf *sb,
    struct error *e)
{
	struct strbuf raw = STRBUF_INIT;
	char msg[2048], *tool = NULL, *nl;
	int status = 0;

	if ((tool = find_tool("pdftotext")) == NULL) {
		error_set(e, ST_FILE, _("%s: reading PDF needs pdftotext; "
		    "install poppler-utils (apt-get install poppler-utils)"),
		    name);
		goto done;
	}
	if (run(name, tool, buf, len, &raw, msg, sizeof(msg), &status,
	    e) != ST_OK)
		goto done;
	if (strstr(msg, "Incorrect password") != NULL ||
	    strstr(msg, "ncrypt") != NULL) {
		error_set(e, ST_FILE, _("%s: the PDF is password-protected; "
		    "remove the password and save again"), name);
		goto done;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		if ((nl = strchr(msg, '\n')) != NULL)
			*nl = '\0';
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			error_set(e, ST_FILE, _("%s: cannot run %s"), name, tool);
		else if (WIFSIGNALED(status))
			error_set(e, ST_FILE, _("%s: pdftotext was stopped "
			    "(signal %d); the PDF is too large or hostile"),
			    name, WTERMSIG(status));
		else
			error_set(e, ST_FILE, _("%s: the PDF cannot be read "
			    "(%s); the file is damaged"), name,
			    msg[0] ? msg : _("pdftotext failed"));
		goto done;
	}
	if (raw.len == 0 || raw.buf[strspn(raw.buf, " \t\n\f")] == '\0') {
		error_set(e, ST_FILE, _("%s: the PDF has no text layer (a "
		    "scanned image?); scanned contracts need OCR first"), name);
		goto done;
	}
	if (memchr(raw.buf, '\0', raw.len) != NULL ||
	    !utf8_valid(raw.buf, raw.len)) {
		error_set(e, ST_FILE, _("%s: pdftotext gave text that is not "
		    "UTF-8; the PDF is damaged"), name);
		goto done;
	}
	reflow(name, raw.buf, sb, e);
done:
	free(tool);
	sb_free(&raw);
	return e->status;
}
