/** The VietQR "banking app" endpoint, VietinBank's statement inquiry and their wire formats. */
package vn.egov.sandbox.vietinbank.web;
