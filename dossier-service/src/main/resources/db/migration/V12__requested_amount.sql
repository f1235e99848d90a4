-- The amount an officer stated when requesting payment (VND). Null when none was stated: the fee of the procedure
-- version the dossier was submitted under (fee_total) is then what the applicant owes.
alter table dossier add column requested_amount bigint check (requested_amount > 0);
