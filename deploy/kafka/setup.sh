#!/bin/sh
# Creates or updates the platform's Kafka users (SCRAM-SHA-512), topics and ACLs on docker-compose's broker, from
# acls.txt, as the super user; run by the kafka-setup container before the services start. Idempotent: every
# `docker-compose up` applies it again, so a changed password (KAFKA_PASSWORD_<USER>) takes effect.
set -eu
: "${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is not set}"
bin=/opt/kafka/bin
server=kafka:9092
acls=/opt/egov/kafka/acls.txt
admin=/tmp/admin.properties
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES
grants=$(grep -v '^#' "$acls" | awk 'NF')

for user in $(echo "$grants" | awk '{print $1}' | sort -u); do
  variable=KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')
  eval "password=\${$variable:?$variable is not set}"
  "$bin/kafka-configs.sh" --bootstrap-server "$server" --command-config "$admin" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=4096,password=$password]"
done

# Every topic a grant names, and the national portal sync's dead-letter topic (under notification-service's prefix).
for topic in $(echo "$grants" | awk '$2 == "topic" && $3 == "literal" {print $4}' | sort -u) \
    egov.notification.national-portal.dlt; do
  "$bin/kafka-topics.sh" --bootstrap-server "$server" --command-config "$admin" --create --if-not-exists \
    --topic "$topic" --partitions 3 --replication-factor 1
done

echo "$grants" | while read -r user resource pattern name operations; do
  set --
  for operation in $(echo "$operations" | tr ',' ' '); do
    set -- "$@" --operation "$operation"
  done
  "$bin/kafka-acls.sh" --bootstrap-server "$server" --command-config "$admin" --add \
    --allow-principal "User:$user" "$@" "--$resource" "$name" --resource-pattern-type "$pattern"
done
echo "Kafka users, topics and ACLs are in place"
