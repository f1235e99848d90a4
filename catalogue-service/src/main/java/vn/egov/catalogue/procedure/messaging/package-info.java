/** Maps procedure changes to catalogue contract events in the outbox. */
package vn.egov.catalogue.procedure.messaging;
