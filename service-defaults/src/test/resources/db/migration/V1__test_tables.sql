create table greeting (id bigserial primary key, text text not null);
create table side_effect (id bigserial primary key, event_id text not null, trace_id text);
