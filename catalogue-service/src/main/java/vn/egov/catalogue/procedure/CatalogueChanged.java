package vn.egov.catalogue.procedure;

/**
 * A domain event, published by {@link ProcedureStore} inside the transaction of every catalogue write (create, publish
 * a version, retire, change the level), for what in this service must follow the catalogue once the write has
 * committed (the search index). It stays inside the service; other services learn of changes from the contract events
 * of the outbox.
 *
 * @param code the procedure changed
 */
public record CatalogueChanged(String code) {}
