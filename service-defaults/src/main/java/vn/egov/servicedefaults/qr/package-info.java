/** QR codes as PNG images (ZXing, an optional dependency: the service that renders them declares it). */
package vn.egov.servicedefaults.qr;
