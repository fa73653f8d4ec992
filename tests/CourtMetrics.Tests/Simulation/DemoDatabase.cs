using CourtMetrics.Site;
using CourtMetrics.Jobs;
using CourtMetrics.Database;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Tests.Simulation;

/// <summary>A fresh, migrated database and the demo's backfill at a small scale, without the web host.</summary>
public static class DemoDatabase
{
    public static readonly DateOnly Today = new(2026, 3, 16);

    /// <summary>Two regions, seven courts (1 supreme, 2 regional, 4 district), three years of a few thousand cases.</summary>
    public static readonly SimulationOptions Small = new() { Regions = 2, Courts = 7, HistoryYears = 3, CasesPerCourtPerYear = 300 };

    private static readonly SqlFiles Sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));

    public static async Task<NpgsqlDataSource> MigratedAsync()
    {
        var db = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        await new Migrator(db, Sql, NullLogger<Migrator>.Instance).ApplyAsync();
        return db;
    }

    public static DemoBackfill Backfill(NpgsqlDataSource db) =>
        DemoBackfill.Standalone(db, Sql);

    public static async Task<(NpgsqlDataSource Db, BackfillResult? Result)> SeededAsync(SimulationOptions? options = null)
    {
        var db = await MigratedAsync();
        var result = await Backfill(db).SeedIfEmptyAsync(options ?? Small, Today, CancellationToken.None);
        await new Aggregator(db, Sql, NullLogger<Aggregator>.Instance).RebuildAsync(CancellationToken.None);
        return (db, result);
    }

    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource db, string query, object? parameters = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(query, parameters) ?? throw new InvalidOperationException($"no value: {query}");
    }

    /// <summary>An md5 over every generated row in a fixed order: equal digests, equal data.</summary>
    public static Task<string> DigestAsync(this NpgsqlDataSource db) => db.ScalarAsync<string>("""
        SELECT md5(concat(
          (SELECT string_agg(concat_ws('|', id, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                                       extraterritorial, ai_assisted, judgment_published_on), ',' ORDER BY id) FROM cases),
          (SELECT string_agg(concat_ws('|', source_id, court_id, case_id, held_on, mode), ',' ORDER BY source_id) FROM hearings),
          (SELECT string_agg(concat_ws('|', source_id, court_id, item, allocated, spent, booked_on), ',' ORDER BY source_id) FROM budget_lines),
          (SELECT string_agg(concat_ws('|', court_id, day, visits), ',' ORDER BY court_id, day) FROM portal_use),
          (SELECT string_agg(concat_ws('|', year, gdp, state_budget), ',' ORDER BY year) FROM national_economy),
          (SELECT string_agg(concat_ws('|', id, code, name, region_id, level, population_served, judges), ',' ORDER BY id) FROM courts)))
        """);
}
