-- Sign-in allowances moved to each node's memory: waiting on a shared row under a flood of
-- attempts held every database connection and took the whole site down.
drop table rate_limit_bucket;
