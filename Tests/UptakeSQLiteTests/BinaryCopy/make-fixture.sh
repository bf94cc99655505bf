#!/usr/bin/env bash
# Writes rows.bin: PostgreSQL's own COPY … TO STDOUT (FORMAT binary) of the rows BinaryCopyTests
# encodes, an independent encoder for BinaryCopyEncoder to match byte for byte.
#   usage: make-fixture.sh postgres://USER@HOST:PORT/DB      (any database; nothing is written to it)
set -euo pipefail
cd "$(dirname "$0")"
URL=${1:?a PostgreSQL URL}
PSQL=${PSQL:-psql}
"$PSQL" "$URL" -At -c "COPY (SELECT * FROM (VALUES
    (20270, 3355, 12, 24306, 5, 0, NULL::integer, 1000000000, 1, NULL::integer),
    (2147483647, 0, -1, 1, 16777216, 255, 65536, NULL, NULL, 0)
  ) AS r(day, locality_id, sector_id, month, received, received_online, resolved, resolved_online, synced, on_time))
  TO STDOUT WITH (FORMAT binary)" > rows.bin
{ echo "rows.bin: written $(date -u +%F) by make-fixture.sh with"; "$PSQL" "$URL" -At -c "SELECT version()"; } > VERSIONS
