/** Intake: a citizen submits online or an officer receives a walk-in dossier at the counter, with idempotency keys. */
package vn.egov.dossier.intake;
