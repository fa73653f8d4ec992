using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.CaseFlow;

public sealed class UnknownScopeException(Scope scope) : Exception($"There is no {scope}.");

/// <summary>Reads a case-flow view from the aggregate tables: 36 months, or the last 60 days.</summary>
public sealed class CaseFlowReader(NpgsqlDataSource dataSource, SqlFiles sql, TimeProvider clock)
{
    public const int Months = 36;
    public const int Days = 60;

    private sealed record Row(DateOnly Period, int Incoming, int Resolved, int Pending);
    private sealed record VersionRow(long Version, DateTime ComputedAt);

    public async Task<CaseFlowSnapshot> ReadAsync(ViewKey key, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (from, to, query) = key.Granularity == Granularity.Day
            ? (today.AddDays(1 - Days), today, "case-flow/series-daily")
            : (new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months), new DateOnly(today.Year, today.Month, 1), "case-flow/series-monthly");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Version first: if an aggregation lands in between, the snapshot is newer than its label, never older.
        var version = await connection.QuerySingleOrDefaultAsync<VersionRow>(sql["case-flow/latest-version"]);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql[query], new
        {
            courtId = key.Scope.CourtId,
            regionId = (short?)key.Scope.RegionId,
            categoryId = (short?)null,
            from = from.ToDateTime(TimeOnly.MinValue),
            to = to.ToDateTime(TimeOnly.MinValue),
        }, cancellationToken: cancellationToken));
        var name = await connection.QuerySingleOrDefaultAsync<string>(sql["reference/scope-name"],
            new { key.Scope.CourtId, RegionId = (short?)key.Scope.RegionId })
            ?? throw new UnknownScopeException(key.Scope);
        return new CaseFlowSnapshot(
            key.Scope.ToString(),
            name,
            key.GranularityName,
            version?.Version ?? 0,
            version is null ? null : new DateTimeOffset(DateTime.SpecifyKind(version.ComputedAt, DateTimeKind.Utc)),
            rows.Select(r => new CaseFlowPoint(r.Period, r.Incoming, r.Resolved, r.Pending)).ToList());
    }
}
