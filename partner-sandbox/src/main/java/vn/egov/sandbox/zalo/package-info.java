/** Simulator of the Zalo Notification Service (ZNS) "send template message" API. */
package vn.egov.sandbox.zalo;
