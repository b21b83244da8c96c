#!/usr/bin/env bash
# One member of the MongoDB replica set rs0 (docker-compose profile ha).
#   rs-member.sh          a member
#   rs-member.sh init     a member that also initiates the set and creates the users, once
# Members authenticate to each other with the shared key MONGO_REPLICA_KEY (keyFile); the users
# are created through the localhost exception, so no password travels before the set exists.
set -euo pipefail

key=/tmp/replica-set.key
printf '%s' "${MONGO_REPLICA_KEY:?MONGO_REPLICA_KEY is required}" > "$key"
chmod 400 "$key"
chown mongodb:mongodb "$key"
rm -f /tmp/replica-set-ready

mongod_args=(mongod --replSet rs0 --bind_ip_all --keyFile "$key" --wiredTigerCacheSizeGB 0.25)
if [[ "${1:-}" != "init" ]]; then
  exec docker-entrypoint.sh "${mongod_args[@]}"
fi

docker-entrypoint.sh "${mongod_args[@]}" &
mongod_pid=$!
trap 'kill -TERM "$mongod_pid"; wait "$mongod_pid"' TERM INT
until mongosh --quiet --eval 'db.adminCommand({ping: 1})' > /dev/null 2>&1; do
  sleep 1
done
mongosh --quiet /docker/mongo/rs-init.js
touch /tmp/replica-set-ready
echo "rs-member: replica set rs0 ready"
wait "$mongod_pid"
