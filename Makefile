# itaku — supervision of outsourcees handling personal data.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/itaku
LOCALEDIR ?= $(PREFIX)/share/locale
PKG_CONFIG ?= pkg-config
MO = locale/ja/LC_MESSAGES/itaku.mo

VERSION = 0.1.0
PKGS = sqlite3 libxml-2.0 libzip libutf8proc uchardet jansson nettle libpcre2-8 libgvc

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

all: itaku $(MO)

.c.o:
	$(CC) $(ITAKU_CFLAGS) $(CFLAGS) -c -o $@ $<

$(LIBOBJ) src/main.o: $(HDR)

# Rebuild what has the installation paths compiled in when they change.
.build-paths: FORCE
	@echo '$(DATADIR) $(LOCALEDIR) $(VERSION)' | cmp -s - $@ || \
		echo '$(DATADIR) $(LOCALEDIR) $(VERSION)' >$@
src/datadir.o src/i18n.o src/main.o: .build-paths
FORCE:

libitaku.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

itaku: src/main.o libitaku.a
	$(CC) $(LDFLAGS) $(CFLAGS) -o $@ src/main.o libitaku.a $(ITAKU_LIBS)

tests/unit/test_%: tests/unit/test_%.c tests/unit/unit.h tests/unit/fixture.c \
    tests/unit/fixture.h libitaku.a $(HDR)
	$(CC) $(ITAKU_CFLAGS) $(CFLAGS) -o $@ $< tests/unit/fixture.c libitaku.a $(ITAKU_LIBS) \
		$$($(PKG_CONFIG) --cflags --libs cmocka)

deps:
	@scripts/deps.sh build

deps-check:
	@scripts/deps.sh check

# The two commands a new user runs first.
check: deps-check
	$(MAKE) itaku $(MO) $(UNIT_BIN)
	tests/run.sh $(UNIT_BIN)

demo: deps-check
	$(MAKE) itaku $(MO)
	@scripts/demo.sh

# The labelled corpus beside the checkout, then the labelled sets we ship
# (held-out contracts and the clause-by-clause phrase set).
eval: itaku
	@echo "== ../shared/corpus (or \$$ITAKU_CORPUS)"; scripts/eval.sh
	@for d in tests/eval/*/; do \
		[ -f $$d/labels.tsv ] || continue; \
		echo "== $${d%/}"; scripts/eval.sh $${d%/} || exit 1; done

bench: itaku
	@scripts/deps.sh bench
	@scripts/bench.sh

install: itaku $(MO)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	cp itaku $(DESTDIR)$(BINDIR)/itaku
	chmod 755 $(DESTDIR)$(BINDIR)/itaku
	cp man/itaku.1 $(DESTDIR)$(MANDIR)/man1/itaku.1
	chmod 644 $(DESTDIR)$(MANDIR)/man1/itaku.1
	cp -R contract-templates data $(DESTDIR)$(DATADIR)/
	mkdir -p $(DESTDIR)$(LOCALEDIR)/ja/LC_MESSAGES $(DESTDIR)$(MANDIR)/ja/man1
	cp $(MO) $(DESTDIR)$(LOCALEDIR)/ja/LC_MESSAGES/itaku.mo
	chmod 644 $(DESTDIR)$(LOCALEDIR)/ja/LC_MESSAGES/itaku.mo
	cp man/ja/itaku.1 $(DESTDIR)$(MANDIR)/ja/man1/itaku.1
	chmod 644 $(DESTDIR)$(MANDIR)/ja/man1/itaku.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/itaku $(DESTDIR)$(MANDIR)/man1/itaku.1
	rm -f $(DESTDIR)$(MANDIR)/ja/man1/itaku.1 $(DESTDIR)$(LOCALEDIR)/ja/LC_MESSAGES/itaku.mo
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -f itaku src/*.o libitaku.a $(UNIT_BIN) .build-paths
	rm -rf tests/out locale

.PHONY: all deps deps-check check demo eval bench install uninstall clean

# Reliability: the whole suite under AddressSanitizer (with LeakSanitizer)
# and UndefinedBehaviorSanitizer, and libFuzzer harnesses for every reader
# of outside input.  Both build out of tree under build/, so they never
# disturb an ordinary build; any sanitizer report fails.
SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# Slow unwinding gives whole stacks through libraries built without frame
# pointers, so that tests/lsan.supp can name the library function.
SAN_OPTIONS = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:log_path=$(CURDIR)/build/asan/reports/asan \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$(CURDIR)/build/asan/reports/ubsan

build/.gitignore:
	mkdir -p build
	echo '*' >$@

check-asan: deps-check build/.gitignore
	rm -rf build/asan
	mkdir -p build/asan/reports
	# Everything but builds and git, so new directories come along.
	tar -cf - --exclude=./build --exclude=./.git --exclude=./fuzz/out . | \
	    tar -xf - -C build/asan
	$(MAKE) -s -C build/asan clean
	$(SAN_OPTIONS) $(MAKE) -C build/asan check \
	    CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" || \
	    { scripts/san-reports build/asan/reports; exit 1; }
	@scripts/san-reports build/asan/reports

FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_JOBS = 1
FUZZ_HARNESSES = docx odt html text ruleset clause checklist answers register
FUZZ_FLAGS = -O1 -g $(SAN)
FUZZ_OBJ = $(patsubst src/%.c,build/fuzz/%.o,$(filter-out src/cmd_%,$(LIBSRC))) build/fuzz/zipwrap.o
FUZZ_BIN = $(FUZZ_HARNESSES:%=build/fuzz/fuzz_%)

build/fuzz/%.o: src/%.c $(HDR) build/.gitignore
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(ITAKU_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/zipwrap.o: fuzz/zipwrap.c fuzz/zipwrap.h build/.gitignore
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(ITAKU_CFLAGS) $(FUZZ_FLAGS) -c -o $@ fuzz/zipwrap.c

build/fuzz/fuzz_html build/fuzz/fuzz_text: fuzz/fuzz_doc.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(ITAKU_CFLAGS) -Ifuzz $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ \
	    fuzz/fuzz_doc.c $(FUZZ_OBJ) $(ITAKU_LIBS) -lz

build/fuzz/fuzz_%: fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(ITAKU_CFLAGS) -Ifuzz $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ \
	    $< $(FUZZ_OBJ) $(ITAKU_LIBS) -lz

fuzz-build:
	@scripts/deps.sh fuzz
	$(MAKE) $(FUZZ_BIN)

# Each harness for FUZZ_SECONDS; new inputs go to fuzz/out/corpus, and a
# crash input to fuzz/out/crash/HARNESS/ (keep it in tests/fixtures/regress).
fuzz: fuzz-build
	@ITAKU_DATADIR=$(CURDIR) scripts/fuzz-run $(FUZZ_SECONDS) $(FUZZ_HARNESSES)

clean-build:
	rm -rf build fuzz/out

.PHONY: check-asan fuzz fuzz-build clean-build

# Translations.  po/itaku.pot is made from the sources by the maintainer
# (make pot; committed), po/ja.po is translated by hand, and the catalogue
# is compiled into locale/ in the source tree, where an uninstalled binary
# looks first.  make update-po brings ja.po up to date with the sources.
pot:
	xgettext --from-code=UTF-8 -k_ -kN_ --add-comments=TRANSLATORS: \
	    --package-name=itaku --package-version=$(VERSION) \
	    -o po/itaku.pot src/*.c

update-po: pot
	msgmerge -q -U --backup=none po/ja.po po/itaku.pot

$(MO): po/ja.po
	@mkdir -p locale/ja/LC_MESSAGES
	msgfmt -c -o $@ po/ja.po

.PHONY: pot update-po
