using CourtMetrics.Site;
using System.Text;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// The small court system of CourtSystemFixture (courts N-1, N-2, S-1; categories civil, criminal) with one case
/// already stored, and helpers to import through the product's CsvImport and to fingerprint what is stored.
/// </summary>
public sealed class IngestApp : AppFactory
{
    public static readonly string BadInputs =
        Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "tests", "CourtMetrics.Tests", "Ingest", "BadInputs");

    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource, ("stored-1", 11, 1, "2023-05-02", null));
    }

    public Task<ImportReport> ImportAsync(string csv, ImportOptions options, Action<long>? progress = null) =>
        ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), options, progress);

    public async Task<ImportReport> ImportAsync(Stream csv, ImportOptions options, Action<long>? progress = null)
    {
        await using (csv) return await Get<CsvImport>().ImportAsync(csv, options, progress);
    }

    /// <summary>Row counts and a digest of every fact an import may write.</summary>
    public async Task<string> StoredFactsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>("""
            SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(c::text, '|' ORDER BY c.id)), '') FROM cases c)
                || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(u::text, '|' ORDER BY u.id)), '') FROM statistics_units u)
                || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(y::text, '|' ORDER BY y.unit_id, y.year)), '') FROM yearly_statistics y)
                || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(b::text, '|' ORDER BY b.id)), '') FROM budget_lines b)
            """);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("no value");
    }
}
