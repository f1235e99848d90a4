package vn.egov.notification.delivery.web;

import java.util.List;

/**
 * A page of the delivery log.
 *
 * @param items the deliveries, oldest first
 * @param page zero-based page number
 * @param size page size
 * @param totalItems deliveries of the dossier
 * @param totalPages pages
 */
record DeliveryLogPage(List<DeliveryLogEntry> items, int page, int size, long totalItems, int totalPages) {}
