-- One database per service, as on the devstack: each service owns its schema and migrates it with Flyway.
CREATE DATABASE catalogue;
CREATE DATABASE dossier;
CREATE DATABASE payment;
-- identity-service's accounts; before notification, the last one, which the health check waits for.
CREATE DATABASE identity;
CREATE DATABASE notification;
-- The gateway's: the rate limits' buckets, shared by every gateway instance.
CREATE DATABASE gateway;
