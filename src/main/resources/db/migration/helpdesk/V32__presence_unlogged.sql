-- Presence lines live 45 seconds and are written on every view of a request: they need neither the
-- write-ahead log (after a crash nobody is present anyway) nor the key check on the request, which
-- locked the request's row on every view. Requests are never deleted; the sweep forgets old lines.
alter table presence drop constraint presence_request_id_fkey;
alter table presence set unlogged;
