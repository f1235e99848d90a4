-- The procedures of recent dossiers, which a starting instance looks up before it takes traffic (CatalogueWarmUp).
create index dossier_submitted_at on dossier (submitted_at);
