#!/usr/bin/env bash
# Starts the local PostgreSQL server (Debian's package, no systemd) and makes a test role.
# Prints the admin connection string for PORTAL_TEST_POSTGRES on its last line.
set -euo pipefail

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
  pg_createcluster "$version" "$cluster" >/dev/null
fi
if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" "$cluster" start
fi

port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $port"; then break; fi
  sleep 1
done
su postgres -c "pg_isready -q -p $port" || { echo "PostgreSQL did not start on port $port" >&2; exit 1; }

# A login role that may create the per-run test databases; the password only guards loopback.
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_test') THEN
    CREATE ROLE portal_test LOGIN CREATEDB PASSWORD 'portal_test';
  END IF;
END
\$\$;
-- Each test database is dropped WITH (FORCE) when its host stops; an autovacuum worker in it has no role, and only
-- pg_signal_backend lets a non-superuser end it (otherwise the drop fails with 42501 now and then).
GRANT pg_signal_backend TO portal_test;
SQL
echo "Host=127.0.0.1;Port=$port;Username=portal_test;Password=portal_test;Database=postgres"
