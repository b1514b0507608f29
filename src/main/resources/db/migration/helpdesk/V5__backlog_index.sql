-- The backlog by age counts open requests by office, pole or topic and their age: this index holds
-- every column it reads, so the count never visits the table, however long the history.
create index request_open_backlog on request (office_id, pole, topic_id, received_at) where status <> 'CLOSED' and merged_into is null;
