using CourtMetrics.Site;
using CourtMetrics.Ingest;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// The app on a database seeded by the demo's own backfill at a tiny scale (regions ALA and TUR: courts SC, ALA-R,
/// ALA-01, ALA-02, TUR-R, TUR-01, TUR-02; the six demo categories), optionally served on a real port for browsers,
/// with an import file size limit small enough to test.
/// </summary>
public sealed class DemoIngestApp : AppFactory
{
    public const long MaxFileBytes = 64 * 1024;
    public static readonly string Samples = Path.Combine(CourtMetrics.Site.RepositoryLayout.Root(AppContext.BaseDirectory), "wwwroot", "samples");

    private static readonly SimulationOptions Tiny = new() { Regions = 2, Courts = 7, HistoryYears = 1, CasesPerCourtPerYear = 20 };

    public DemoIngestApp() => With("Ingest:MaxFileBytes", MaxFileBytes.ToString());

    /// <summary>Set before InitializeAsync to serve on a loopback port (browser tests).</summary>
    public bool OnRealPort { get; init; }
    public Uri Url { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        if (OnRealPort) Url = StartOnRealPort();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Get<DemoBackfill>().SeedIfEmptyAsync(Tiny, today, CancellationToken.None);
    }

    public async Task<ImportReport> ImportSampleAsync(string kind)
    {
        await using var file = File.OpenRead(Path.Combine(Samples, $"{kind}.csv"));
        return await Get<CsvImport>().ImportAsync(file, new ImportOptions { Kind = kind });
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("no value");
    }

    /// <summary>A digest of the facts an import may write, to show that nothing changed.</summary>
    public Task<string> StoredFactsAsync() => ScalarAsync<string>("""
        SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(c::text, '|' ORDER BY c.id)), '') FROM cases c)
            || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(b::text, '|' ORDER BY b.id)), '') FROM budget_lines b)
            || ' ' || (SELECT count(*) FROM yearly_statistics)
        """);
}
