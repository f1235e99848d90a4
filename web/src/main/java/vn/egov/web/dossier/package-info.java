/** "Hồ sơ của tôi": the citizen's dossiers, their history, actions and downloads. */
package vn.egov.web.dossier;
