-- The conditional documents ("trường hợp ủy quyền…") whose case the applicant declared when submitting: their documents
-- were then required like the others. Dossiers submitted before conditions existed declared none.
alter table dossier add column applicable_cases text[] not null default '{}';
