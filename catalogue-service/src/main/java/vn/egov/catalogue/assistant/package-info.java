/**
 * The procedure assistant: answers citizens' questions about a procedure (documents, fee, time, where, online, result)
 * and how to look a dossier up, from the catalogue only, deterministically: Vietnamese folding and the abbreviations of
 * the search, chat spelling, intent keywords, and the catalogue's own Lucene index for the procedure.
 */
package vn.egov.catalogue.assistant;
