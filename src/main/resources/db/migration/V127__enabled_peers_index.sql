-- The person page asks whether any enabled peer support worker of the person's team is not linked to them yet
-- (serviceusers.PeerLinks#anyToLink). Without this index the generic plan walked every account by its primary key
-- and dropped all but the peers: 0.67 ms of a 2.8 ms page statement at national scale (1,400 accounts), 0.16 ms
-- with it (docs/performance.md, ninth session).
create index account_enabled_peer_idx on account (id) where enabled and role = 'PEER';
