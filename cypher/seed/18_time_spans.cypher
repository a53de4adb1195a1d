// Dates as values. The documents give dates as text at a year's, a month's or a day's precision ('2016',
// '2016-02', '2016-02-04'); this script derives from that text the span of days it covers, as Neo4j `date` values
// that can be compared and indexed: `timeFrom` is the first day of the earliest date, `timeTo` the last day of the
// latest ('2016-02' runs from 2016-02-01 to 2016-02-29). `timePrecision` is the precision of the text that gives the
// start ('year', 'month' or 'day'). The text stays where it was (`date`, `dates`, `years`, `from`, `to`, `since`).
// A start without an end (`from` or `since` only: the Lazarus Group is active from 2009) leaves `timeTo` unset: the
// span is open. An element without a date loses any span it had, so the script can run again after any change, and
// an import runs it after writing.
MATCH (n:Entity)
WHERE n.date IS NOT NULL OR n.dates IS NOT NULL OR n.years IS NOT NULL OR n.from IS NOT NULL OR n.to IS NOT NULL
   OR n.since IS NOT NULL OR n.timeFrom IS NOT NULL
WITH n, [t IN [n.date, n.from, n.since, n.to] + coalesce(n.dates, []) + coalesce(n.years, [])
         WHERE t IS :: STRING NOT NULL AND t =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?'] AS texts,
     n.date IS NULL AND n.dates IS NULL AND n.years IS NULL AND n.to IS NULL AS open
WITH n, open, texts, [t IN texts | date(t)] AS starts,
     [t IN texts | CASE size(t) WHEN 4 THEN date(t) + duration('P1Y') - duration('P1D')
                                WHEN 7 THEN date(t) + duration('P1M') - duration('P1D')
                                ELSE date(t) END] AS ends
WITH n, open, texts, starts, reduce(m = starts[0], d IN starts | CASE WHEN d < m THEN d ELSE m END) AS first,
     reduce(m = ends[0], d IN ends | CASE WHEN d > m THEN d ELSE m END) AS last
SET n.timeFrom = first,
    n.timeTo = CASE WHEN open THEN null ELSE last END,
    n.timePrecision = CASE size(head([i IN range(0, size(texts) - 1) WHERE starts[i] = first | texts[i]]))
                        WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END;

// The same for relationships (a charge, a transfer, a publication, an alias in use since a year).
MATCH ()-[r]->()
WHERE r.date IS NOT NULL OR r.dates IS NOT NULL OR r.years IS NOT NULL OR r.from IS NOT NULL OR r.to IS NOT NULL
   OR r.since IS NOT NULL OR r.timeFrom IS NOT NULL
WITH r, [t IN [r.date, r.from, r.since, r.to] + coalesce(r.dates, []) + coalesce(r.years, [])
         WHERE t IS :: STRING NOT NULL AND t =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?'] AS texts,
     r.date IS NULL AND r.dates IS NULL AND r.years IS NULL AND r.to IS NULL AS open
WITH r, open, texts, [t IN texts | date(t)] AS starts,
     [t IN texts | CASE size(t) WHEN 4 THEN date(t) + duration('P1Y') - duration('P1D')
                                WHEN 7 THEN date(t) + duration('P1M') - duration('P1D')
                                ELSE date(t) END] AS ends
WITH r, open, texts, starts, reduce(m = starts[0], d IN starts | CASE WHEN d < m THEN d ELSE m END) AS first,
     reduce(m = ends[0], d IN ends | CASE WHEN d > m THEN d ELSE m END) AS last
SET r.timeFrom = first,
    r.timeTo = CASE WHEN open THEN null ELSE last END,
    r.timePrecision = CASE size(head([i IN range(0, size(texts) - 1) WHERE starts[i] = first | texts[i]]))
                        WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END;
