/** HTTP of callbacks: the partners' endpoints and the officers' view of a payment's callbacks. */
package vn.egov.payment.callback.web;
