# Two commands do everything on a fresh machine: `make demo` and `make test`.
SWIFT        ?= swift
CHECK        := --explicit-target-dependency-import-check error
RELEASE_BIN  := .build/release/uptake
DEMO_DIR     := out/demo
DEMO_DB      := $(DEMO_DIR)/uptake.sqlite
APT_PACKAGES := libsqlite3-dev libgsl-dev libxlsxwriter-dev pkg-config sqlite3 libcurl4-openssl-dev
# libcurl4-openssl-dev above: the tests' HTTP clients use Foundation's URLSession, whose FoundationNetworking
# loads libcurl. The uptake binary no longer does (alert delivery posts through AsyncHTTPClient since 2026-12-07),
# and loads libxlsxwriter (with libminizip and libcrypto) only when it writes a workbook: 10 shared libraries at start, not 41.
# The release binary links the Swift runtime and Foundation statically: `uptake --help` took 29 ms of CPU instead
# of 44 (median of 10, whole process; 9 ms since libcurl left and libxlsxwriter is loaded on demand, 2026-12-07), at the cost of larger
# binaries: uptake 128 MB and uptake-net 218 MB (with their debug information, 2026-12-07). Only the
# executables: the test support imports Testing, which has no static build. Two of them (issue 27): `uptake`, without
# the network libraries and linked at a fixed address, and `uptake-net`, to which it hands serve, PostgreSQL
# databases, alerts check and tokens add; they must sit in the same folder.
RELEASE_FLAGS := --static-swift-stdlib
# For tests only, installed by `make test` when it can (the tests that need them skip with a message otherwise):
# the report's browser test (headless rendering to PNG) and the alerts' integration test (a real Alertmanager on loopback).
# postgresql: the PostgreSQL store's tests start a throwaway cluster of their own (initdb in a temporary folder, a free loopback port).
TEST_APT_PACKAGES := chromium fonts-dejavu-core prometheus-alertmanager postgresql

.PHONY: deps test-deps build release test fuzz demo bench clean

## deps: install the system packages the build needs (apt-get, as root or through sudo), only when missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## test-deps: chromium and Alertmanager for the tests that drive them; each is installed on its own, and a failed
## install is a warning (the test that needs it then says it was skipped, and why).
test-deps:
	@missing=""; for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make test-deps: installing$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
	  $$SUDO apt-get update -qq || true; \
	  for p in $$missing; do \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$p \
	      || echo "make test-deps: warning: could not install $$p; the tests that need it will be skipped"; \
	  done; \
	fi

build: deps
	$(SWIFT) build $(CHECK)

release: deps
	$(SWIFT) build -c release $(CHECK) $(RELEASE_FLAGS) --product uptake
	$(SWIFT) build -c release $(CHECK) $(RELEASE_FLAGS) --product uptake-net

## test: every test, including the notebooks in notebooks-md/. The run (not the build) has a time limit,
## so a test that hangs fails `make test` with a message instead of running into CI's limit: the test
## with a "started" line and no end above is the one that hung (stdbuf: lines reach a CI log as they are
## written, not in blocks lost when the run is stopped). The tests took 4.5 minutes with one core busy and 5.6 with
## both (2026-12-06), after the build.
TEST_TIME_LIMIT ?= 1800
test: deps test-deps
	@echo "make test: building the debug build with its tests (from a clean clone: 12 min on an idle 2-core machine, about 30 when it is busy; SwiftPM's [n/N] lines count the steps)"
	$(SWIFT) build $(CHECK) --build-tests
	@echo "make test: running the tests (a few minutes; the suites that generate the national dataset take the longest, and each test prints a line when it ends)"
	@timeout -k 30 $(TEST_TIME_LIMIT) stdbuf -oL -eL $(SWIFT) test $(CHECK) --skip-build; status=$$?; \
	if [ $$status -eq 124 ] || [ $$status -eq 137 ]; then \
	  echo "make test: the tests did not end within $(TEST_TIME_LIMIT) s and were stopped; look for a test that started and never ended" >&2; \
	fi; exit $$status

## fuzz: the property-based fuzzer of the CSV, JSON and NDJSON readers, longer than in `make test`
## (FUZZ_ITERATIONS mutants per reader, seeded from Tests/UptakeIngestTests/BadInputs; deterministic).
FUZZ_ITERATIONS ?= 20000
fuzz: deps
	$(SWIFT) build $(CHECK) --build-tests
	UPTAKE_FUZZ_ITERATIONS=$(FUZZ_ITERATIONS) $(SWIFT) test $(CHECK) --skip-build --filter ParserFuzzTests

## demo: build, generate the national dataset, ingest it with progress, and print the July 2025 picture.
demo: release
	@bash scripts/demo.sh $(RELEASE_BIN) $(DEMO_DIR)

bench: release
	@bash benchmarks/run-all.sh

clean:
	rm -rf .build out
