/** HTTP access to the sandbox inbox: {@code GET} and {@code DELETE /sandbox/messages}. */
package vn.egov.sandbox.inbox.web;
