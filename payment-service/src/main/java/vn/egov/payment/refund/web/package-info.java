/** HTTP of refunds: an officer asks for one and sees it. */
package vn.egov.payment.refund.web;
