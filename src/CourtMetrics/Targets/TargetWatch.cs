using CourtMetrics.Scopes;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.Targets;

/// <summary>
/// Compares each target with its measure for the current month (the period the dashboard's tiles show) and records
/// where it stands; the SQL raises an alert when a target's side changes. Runs after every data change and every
/// target edit; the measures come from the shared cache, so watching targets costs no read the viewers did not.
/// </summary>
public sealed class TargetWatch(NpgsqlDataSource db, SqlFiles sql, MetricCatalogue catalogue, MeasureCache measures,
    IEnumerable<IAlertsRaised> listeners, TimeProvider clock, ILogger<TargetWatch> logger)
{
    public async Task EvaluateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var targets = (await connection.QueryAsync<MeasureTarget>(sql["targets/list"])).ToList();
        if (targets.Count == 0) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        var ids = new List<int>();
        var met = new List<bool>();
        var values = new List<double>();
        foreach (var target in targets)
        {
            if (catalogue.Find(target.Metric) is not { } metric) continue;
            var query = new MeasureQuery(metric.Family, target.CourtId is { } c ? [c] : null, null, target.Category, "month", month, month);
            try
            {
                var series = await measures.GetAsync(query, cancellationToken);
                if (series.Points is not [.., var point] || point.Values.GetValueOrDefault(metric.Id) is not { } value
                    || metric.Meets(value, target.Target) is not { } meets) continue;
                ids.Add(target.Id);
                met.Add(meets);
                values.Add(value);
            }
            catch (NotInCourtSystemException)
            {
                // the court or category was removed since the target was set: nothing to compare
            }
        }
        var raised = (await connection.QueryAsync<long>(sql["targets/record-states"], new
        {
            TargetIds = ids.ToArray(), Met = met.ToArray(), Values = values.ToArray(),
            PeriodStart = month, PeriodEnd = month.AddMonths(1).AddDays(-1),
        })).ToList();
        if (raised.Count == 0) return;
        logger.LogInformation("Targets crossed: alerts {Alerts}", string.Join(", ", raised));
        foreach (var listener in listeners) await listener.RaisedAsync(raised, cancellationToken);
    }
}
