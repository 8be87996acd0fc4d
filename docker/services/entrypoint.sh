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
      su postgres -s /bin/sh -c "$bin/postgres -D '$PGDATA' -c listen_addresses='' -k /run/postgresql" &
      pid=$!
      until su postgres -s /bin/sh -c "$bin/pg_isready -q -h /run/postgresql"; do sleep 0.2; done
      PGPASSWORD=$POSTGRES_PASSWORD su postgres -s /bin/sh -c "PGPASSWORD='$POSTGRES_PASSWORD' psql -q -h /run/postgresql -U '$POSTGRES_USER' -d postgres -c 'CREATE DATABASE \"$POSTGRES_DB\"'"
      kill "$pid"; wait "$pid" || true
    fi
    exec su postgres -s /bin/sh -c "exec $bin/postgres -D '$PGDATA' -c listen_addresses='*' -k /run/postgresql"
    ;;
  redis)
    mkdir -p /data; chown redis:redis /data
    exec su redis -s /bin/sh -c "exec redis-server --bind 0.0.0.0 --protected-mode no --dir /data --appendonly yes --save ''"
    ;;
  nginx)
    exec nginx -g 'daemon off;'
    ;;
  *) exec "$@" ;;
esac
