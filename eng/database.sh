#!/usr/bin/env bash
# Backs up or restores the portal's PostgreSQL database (docs/operations.md). Connection from the standard libpq
# variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE.
#
#   bash eng/database.sh backup  FILE   pg_dump's custom format: compressed, restorable table by table
#   bash eng/database.sh restore FILE   into PGDATABASE, which must exist and may be empty; in one transaction,
#                                       so a restore that fails part-way leaves the database as it was
# The dump holds concerns as the portal stores them, encrypted: restoring them needs the same Data Protection keys
# (kept in the database itself, protected by the certificate in DataProtection:Certificate:Path).
set -euo pipefail
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the portal database}"

case "${1:-}" in
  backup)
    pg_dump --format=custom --no-owner --no-privileges --file="${2:?backup FILE}"
    echo "Backed up $PGDATABASE to $2 ($(du -h "$2" | cut -f1))"
    ;;
  restore)
    pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$PGDATABASE" "${2:?restore FILE}"
    echo "Restored $2 into $PGDATABASE"
    ;;
  *)
    echo "usage: bash eng/database.sh backup|restore FILE" >&2
    exit 2
    ;;
esac
