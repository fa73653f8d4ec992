-- Where the targets and notes charts draw stand, the same on every node: an insert raises the largest id, a delete
-- lowers the count, a changed value moves the newest update, so every edit gives another stamp. Part of the ETags.
SELECT left(md5(concat_ws('|',
    (SELECT concat_ws('.', max(id), count(*), max(updated_at)) FROM measure_targets),
    (SELECT concat_ws('.', max(id), count(*)) FROM annotations))), 10);
