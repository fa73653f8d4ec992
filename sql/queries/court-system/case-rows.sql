-- Whether the courts of a scope have case rows in a span (durations and the pending caseload's age need them;
-- reports give neither).
SELECT EXISTS (SELECT 1 FROM case_flow_monthly m JOIN cm_scope_courts(@courtIds::int[], @regionId::smallint) s USING (court_id)
               WHERE m.month BETWEEN date_trunc('month', @from::date) AND @to::date);
