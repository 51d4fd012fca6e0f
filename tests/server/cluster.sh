# A throwaway PostgreSQL cluster for one test, sourced by the server tests.
# cluster_start makes it in a fresh temporary folder (initdb), listening only
# on a Unix socket in that folder, with password (SCRAM) authentication, and
# a superuser `clinic_root`; the test's EXIT trap stops it and removes the
# folder. No system service is used or touched. PostgreSQL refuses to run
# as root, so under root (as CI runs) the server runs as the unprivileged
# `postgres` user the Debian package makes; psql still runs as the caller.
#
# Needs PG_BINDIR (initdb, pg_ctl) and psql on PATH or PSQL.

PSQL=${PSQL:-psql}

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cluster_stop() {
    if [ -n "${CLUSTER_DIR:-}" ] && [ -d "$CLUSTER_DIR" ]; then
        as_server_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate stop \
            >/dev/null 2>&1 || true
        rm -rf "$CLUSTER_DIR"
    fi
}

# cluster_start: sets CLUSTER_DIR, PGHOST, PGPORT, PGPASSFILE and PGDATABASE=clinic.
cluster_start() {
    CLUSTER_DIR=$(mktemp -d /tmp/counselor-pg.XXXXXX)
    trap cluster_stop EXIT
    chmod 755 "$CLUSTER_DIR"
    mkdir "$CLUSTER_DIR/data"
    echo "root-password" > "$CLUSTER_DIR/root-password"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$CLUSTER_DIR" "$CLUSTER_DIR/data" "$CLUSTER_DIR/root-password"
    fi
    as_server_user "$PG_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U clinic_root \
        --pwfile="$CLUSTER_DIR/root-password" --auth-local=scram-sha-256 \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        >"$CLUSTER_DIR/initdb.log" 2>&1 ||
        { cat "$CLUSTER_DIR/initdb.log"; echo "initdb failed" >&2; return 1; }
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$CLUSTER_DIR' -c fsync=off" \
        start >/dev/null ||
        { cat "$CLUSTER_DIR/server.log"; echo "the server did not start" >&2; return 1; }
    export PGHOST="$CLUSTER_DIR" PGPORT=5432 PGPASSFILE="$CLUSTER_DIR/pgpass"
    echo "*:*:*:clinic_root:root-password" > "$PGPASSFILE"
    chmod 600 "$PGPASSFILE"
    PGDATABASE=postgres "$PSQL" -X -q -U clinic_root -c "CREATE DATABASE clinic"
    export PGDATABASE=clinic
}

# cluster_add_password ROLE PASSWORD: psql may sign in as ROLE from now on.
cluster_add_password() {
    echo "*:*:*:$1:$2" >> "$PGPASSFILE"
}

# as_root SQL...: runs SQL as the cluster's superuser, stopping at the first error.
as_root() {
    "$PSQL" -X -q -At -v ON_ERROR_STOP=1 -U clinic_root "$@"
}

# cluster_listen_on_loopback [SETTING=VALUE...]: the cluster also listens on
# 127.0.0.1 on a free port, CLUSTER_TCP_PORT, without TLS unless the
# settings turn it on; a restart.
cluster_listen_on_loopback() {
    local settings="" setting
    for setting in "$@"; do settings="$settings -c $setting"; done
    # A port nothing answers on: a connection attempt there is refused.
    CLUSTER_TCP_PORT=$((20000 + RANDOM % 20000))
    while (: </dev/tcp/127.0.0.1/"$CLUSTER_TCP_PORT") 2>/dev/null; do
        CLUSTER_TCP_PORT=$((CLUSTER_TCP_PORT + 1))
    done
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-c listen_addresses='127.0.0.1' -c port=$CLUSTER_TCP_PORT -c unix_socket_directories='$CLUSTER_DIR' -c fsync=off$settings" \
        restart >/dev/null ||
        { cat "$CLUSTER_DIR/server.log"; echo "the server did not restart" >&2; return 1; }
    export PGPORT=$CLUSTER_TCP_PORT
}

# cluster_make_certificates: a certificate authority made now (ca.crt), a
# second one nobody trusts (other-ca.crt), and the server's certificate for
# "localhost" signed by the first, in $CLUSTER_DIR/tls. Prints the settings
# that turn TLS on.
cluster_make_certificates() {
    local tls=$CLUSTER_DIR/tls
    mkdir -p "$tls"
    (
        cd "$tls" || exit 1
        openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 \
            -subj "/CN=Test clinic CA" 2>/dev/null &&
        openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.crt \
            -days 2 -subj "/CN=Someone else" 2>/dev/null &&
        openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr \
            -subj "/CN=localhost" 2>/dev/null &&
        printf 'subjectAltName=DNS:localhost\n' > san.ext &&
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
            -out server.crt -days 2 -extfile san.ext 2>/dev/null
    ) || { echo "the test certificates could not be made" >&2; return 1; }
    chmod 600 "$tls/server.key"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$tls"; chmod 755 "$tls"; fi
    echo "ssl=on ssl_cert_file=$tls/server.crt ssl_key_file=$tls/server.key"
}
