-- Requests whose search document is out of date. Pages write with plain SQL, not through the
-- search engine, so these triggers note every change that a search could see, and a background job
-- reindexes the requests noted and deletes their rows. Append-only, so that a writer never waits
-- for the job or for another writer.
create table search_queue (
    id         bigint generated always as identity primary key,
    request_id bigint      not null,
    queued_at  timestamptz not null default now()
);

-- Statement triggers over transition tables: a bulk insert of a million messages adds one
-- statement's work, not a million function calls.
create function queue_requests_for_search() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'request' then
        if tg_op = 'INSERT' then
            insert into helpdesk.search_queue (request_id) select id from new_rows;
        else
            insert into helpdesk.search_queue (request_id)
            select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.subject, n.status, n.pole, n.office_id, n.topic_id, n.member_id, n.merged_into, n.received_at)
                is distinct from (o.subject, o.status, o.pole, o.office_id, o.topic_id, o.member_id, o.merged_into, o.received_at);
        end if;
    elsif tg_op = 'INSERT' then
        insert into helpdesk.search_queue (request_id) select distinct request_id from new_rows;
    elsif tg_op = 'DELETE' then
        insert into helpdesk.search_queue (request_id) select distinct request_id from old_rows;
    else
        insert into helpdesk.search_queue (request_id)
        select distinct changed.request_id from (
            select n.request_id from new_rows n join old_rows o on o.id = n.id
            where (n.request_id, n.kind, n.body) is distinct from (o.request_id, o.kind, o.body)
            union all
            select o.request_id from new_rows n join old_rows o on o.id = n.id
            where n.request_id <> o.request_id) changed;
    end if;
    return null;
end
$$;

create trigger request_inserted_for_search after insert on request
    referencing new table as new_rows for each statement execute function queue_requests_for_search();
create trigger request_updated_for_search after update on request
    referencing old table as old_rows new table as new_rows for each statement execute function queue_requests_for_search();
create trigger message_inserted_for_search after insert on message
    referencing new table as new_rows for each statement execute function queue_requests_for_search();
create trigger message_updated_for_search after update on message
    referencing old table as old_rows new table as new_rows for each statement execute function queue_requests_for_search();
create trigger message_deleted_for_search after delete on message
    referencing old table as old_rows for each statement execute function queue_requests_for_search();

-- Requests written before this search existed are indexed by the job like any change, without
-- waiting for an admin to rebuild the indexes.
insert into search_queue (request_id) select id from request;
