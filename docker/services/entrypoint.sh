#!/bin/sh
# service-entrypoint postgres|redis|nginx
set -eu
role=${1:?role: postgres, redis or nginx}
case "$role" in
  postgres)
    : "${POSTGRES_DB:?POSTGRES_DB is required}" "${POSTGRES_USER:?POSTGRES_USER is required}" "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"
    PGDATA=${PGDATA:-/var/lib/postgresql/data}
    bin=/usr/lib/postgresql/15/bin
    mkdir -p "$PGDATA" /run/postgresql
    chown -R postgres:postgres "$PGDATA" /run/postgresql
    chmod 700 "$PGDATA"
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
      pwfile=$(mktemp); printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"; chown postgres "$pwfile"
      su postgres -s /bin/sh -c "$bin/initdb -D '$PGDATA' -U '$POSTGRES_USER' --pwfile='$pwfile' -A scram-sha-256 -E UTF8 >/dev/null"
      rm -f "$pwfile"
      echo "host all all 0.0.0.0/0 scram-sha-256" >>"$PGDATA/pg_hba.conf"
      su postgres -s /bin/sh -c "$bin/pg_ctl -D '$PGDATA' -w -s -o \"-c listen_addresses='' -k /run/postgresql\" start"
      su postgres -s /bin/sh -c "PGPASSWORD='$POSTGRES_PASSWORD' psql -q -h /run/postgresql -U '$POSTGRES_USER' -d postgres -c 'CREATE DATABASE \"$POSTGRES_DB\"'"
      su postgres -s /bin/sh -c "$bin/pg_ctl -D '$PGDATA' -w -s -m fast stop"
    fi
    # setpriv execs in place: PostgreSQL is PID 1 and gets docker stop's SIGTERM itself
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' -k /run/postgresql
    ;;
  redis)
    mkdir -p /data; chown redis:redis /data
    exec setpriv --reuid=redis --regid=redis --init-groups redis-server --bind 0.0.0.0 --protected-mode no --dir /data --appendonly yes --save ""
    ;;
  nginx)
    exec nginx -g 'daemon off;'
    ;;
  *) exec "$@" ;;
esac
