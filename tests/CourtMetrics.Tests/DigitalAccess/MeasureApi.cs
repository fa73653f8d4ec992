using System.Net.Http.Json;
using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.DigitalAccess;

/// <summary>What a user of /api/measures sees, and the aggregate digests the incremental tests compare.</summary>
public static class MeasureApi
{
    public static async Task<MeasureSeries> GetAsync(this HttpClient http, string family, string query)
    {
        var response = await http.GetAsync($"/api/measures?family={family}&{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeasureSeries>())!;
    }

    public static async Task<MeasurePoint> RangeAsync(this HttpClient http, string family, string from, string to, string scope = "nation") =>
        Assert.Single((await http.GetAsync(family, $"scope={scope}&granularity=range&from={from}&to={to}")).Points);

    /// <summary>A measure equals the expected value to 9 decimals, or both are none.</summary>
    public static void Is(this MeasurePoint point, string measure, double? expected)
    {
        var actual = point.Values[measure];
        if (expected is null) Assert.True(actual is null, $"{measure}: expected none, got {actual}");
        else Assert.True(actual is { } a && Math.Abs(a - expected.Value) < 1e-9, $"{measure}: expected {expected}, got {actual?.ToString() ?? "none"}");
    }

    /// <summary>Each measure, in order, equals its expected value (see <see cref="Is"/>).</summary>
    public static void Are(this MeasurePoint point, string[] measures, params double?[] expected)
    {
        Assert.Equal(measures.Length, expected.Length);
        foreach (var (measure, value) in measures.Zip(expected)) point.Is(measure, value);
    }

    /// <summary>An md5 over every row of the tables, in key order: equal digests, equal aggregates.</summary>
    public static async Task<string> DigestAsync(this AppFactory app, params string[] tables)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        var digests = new List<string>();
        foreach (var table in tables)
            digests.Add(await connection.ExecuteScalarAsync<string>(
                $"SELECT coalesce(md5(string_agg(t::text, ';' ORDER BY t::text)), 'empty') FROM {table} t") ?? "");
        return string.Join(' ', digests);
    }

    public static async Task ExecuteAsync(this AppFactory app, string sql, object? parameters = null)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
