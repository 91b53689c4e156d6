#!/usr/bin/env bash
# Starts the PostgreSQL and MariaDB servers the 'databases' test profile needs, and makes sure
# each has a database named 'test'. Safe to run when they are already up.
set -euo pipefail

wait_for() { # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "ModelDoc CI: $1 did not come up" >&2
  return 1
}

if ! command -v psql >/dev/null || ! command -v mariadb >/dev/null; then
  apt-get update -qq && apt-get install -y -qq postgresql mariadb-server >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort | tail -n 1)" main start
fi
wait_for PostgreSQL "pg_isready -h 127.0.0.1 -p 5432"
if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -c "create database test"
fi

if ! mariadb -h 127.0.0.1 -u root -e "select 1" >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
wait_for MariaDB "mariadb -h 127.0.0.1 -u root -e 'select 1'"
mariadb -h 127.0.0.1 -u root -e "create database if not exists test"
echo "ModelDoc CI: PostgreSQL and MariaDB are up"
