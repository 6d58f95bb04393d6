# itaku — supervision of outsourcees handling personal data.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/itaku
LOCALEDIR ?= $(PREFIX)/share/locale
PKG_CONFIG ?= pkg-config

VERSION = 0.1.0
PKGS = sqlite3 libxml-2.0 libzip libutf8proc uchardet jansson nettle libpcre2-8

CFLAGS ?= -O2 -g
ITAKU_CFLAGS = -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-Iinclude -DITAKU_VERSION=\"$(VERSION)\" -DITAKU_DATADIR=\"$(DATADIR)\" -DITAKU_LOCALEDIR=\"$(LOCALEDIR)\" \
	$$($(PKG_CONFIG) --cflags $(PKGS))
ITAKU_LIBS = $$($(PKG_CONFIG) --libs $(PKGS)) -lm

SRC = $(wildcard src/*.c)
LIBSRC = $(filter-out src/main.c, $(SRC))
LIBOBJ = $(LIBSRC:.c=.o)
HDR = $(wildcard include/*.h)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:.c=)

all: itaku

.c.o:
	$(CC) $(ITAKU_CFLAGS) $(CFLAGS) -c -o $@ $<

$(LIBOBJ) src/main.o: $(HDR)

libitaku.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

itaku: src/main.o libitaku.a
	$(CC) $(LDFLAGS) $(CFLAGS) -o $@ src/main.o libitaku.a $(ITAKU_LIBS)

tests/unit/test_%: tests/unit/test_%.c tests/unit/unit.h libitaku.a $(HDR)
	$(CC) $(ITAKU_CFLAGS) $(CFLAGS) -o $@ $< libitaku.a $(ITAKU_LIBS) \
		$$($(PKG_CONFIG) --cflags --libs cmocka)

deps:
	@scripts/deps.sh build

deps-check:
	@scripts/deps.sh check

# The two commands a new user runs first.
check: deps-check
	$(MAKE) itaku $(UNIT_BIN)
	tests/run.sh $(UNIT_BIN)

demo: deps-check
	$(MAKE) itaku
	@scripts/demo.sh

eval: itaku
	@scripts/eval.sh

bench: itaku
	@scripts/deps.sh bench
	@scripts/bench.sh

install: itaku
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	cp itaku $(DESTDIR)$(BINDIR)/itaku
	chmod 755 $(DESTDIR)$(BINDIR)/itaku
	cp man/itaku.1 $(DESTDIR)$(MANDIR)/man1/itaku.1
	chmod 644 $(DESTDIR)$(MANDIR)/man1/itaku.1
	cp -R contract-templates data $(DESTDIR)$(DATADIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/itaku $(DESTDIR)$(MANDIR)/man1/itaku.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -f itaku src/*.o libitaku.a $(UNIT_BIN)
	rm -rf tests/out

.PHONY: all deps deps-check check demo eval bench install uninstall clean
