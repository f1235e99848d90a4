/** The ZNS "send template message" endpoint and its wire formats. */
package vn.egov.sandbox.zalo.web;
