/** {@code POST /api/assistant/messages}, anonymous. */
package vn.egov.catalogue.assistant.web;
