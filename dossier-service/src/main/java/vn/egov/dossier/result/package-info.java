/** Documents the agency issues: the result with its verification code and QR, and the receipt slip (form 01). */
package vn.egov.dossier.result;
