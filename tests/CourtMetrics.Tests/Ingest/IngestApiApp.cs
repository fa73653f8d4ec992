using CourtMetrics.Site;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Database;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// The small court system of CourtSystemFixture (courts N-1, N-2, S-1; categories civil, criminal) with the case
/// "stored-1" of source system "fixture" (N-1, civil, filed 2023-05-02), and the ingestion API's limits made small:
/// 10 items, 64 KiB, 4 batches per key per hour. Each test takes keys of its own, so their rate limits are apart.
/// </summary>
public class IngestApiApp : AppFactory
{
    public const int MaxItems = 10;
    public const int MaxBodyBytes = 64 * 1024;
    public const int RequestsPerWindow = 4;

    public static readonly string BadBatches =
        Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "tests", "CourtMetrics.Tests", "Ingest", "BadBatches");

    public IngestApiApp()
    {
        With("IngestApi:MaxItems", MaxItems.ToString());
        With("IngestApi:MaxBodyBytes", MaxBodyBytes.ToString());
        With("Security:BatchesPerWindow", RequestsPerWindow.ToString());
        With("Security:BatchesWindowSeconds", "3600");
    }

    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource, ("stored-1", 11, 1, "2023-05-02", null));
    }

    /// <summary>A client with a new key of the source system, limited to the given court codes if any.</summary>
    public async Task<HttpClient> SourceSystemAsync(string system = "fixture", params string[] courts)
    {
        var key = await Get<ApiKeyStore>().CreateAsync($"{system} key", system, courts.Length > 0 ? courts : null, "tests");
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, params object[] items) =>
        client.PostAsJsonAsync("/api/ingest/batches", new { items });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Row counts and a digest of every fact the ingestion API may write.</summary>
    public Task<string> StoredFactsAsync() => DigestAsync("cases ORDER BY id", "hearings ORDER BY id", "budget_lines ORDER BY id",
        "portal_use ORDER BY court_id, day");

    /// <summary>A digest of the aggregates the facts feed.</summary>
    public Task<string> AggregatesAsync() => DigestAsync("case_flow_daily ORDER BY 1, 2, 3", "case_flow_monthly ORDER BY 1, 2, 3",
        "case_duration_monthly ORDER BY 1, 2, 3, 4", "digital_access_daily ORDER BY 1, 2, 3", "budget_daily ORDER BY 1, 2",
        "budget_allocated_yearly ORDER BY 1, 2");

    private async Task<string> DigestAsync(params string[] tables)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var parts = new List<string>();
        foreach (var table in tables)
            parts.Add(await connection.QuerySingleAsync<string>(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM (SELECT * FROM {table}) t"));
        return string.Join(' ', parts);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("no value");
    }
}
