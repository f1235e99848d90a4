/** MoMo's JSON API ({@code /v2/gateway/api/*}), the sandbox payment page and their wire formats. */
package vn.egov.sandbox.momo.web;
