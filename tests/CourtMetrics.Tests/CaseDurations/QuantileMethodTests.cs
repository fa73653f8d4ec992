using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// The SQL quantile method (migration 0005: cm_quantile_rank, cm_quantile_interpolate, cm_histogram_quantile)
/// against values printed by Python 3.11: statistics.quantiles(data, n=20, method='exclusive')[9], [14], [17]
/// for p50, p75, p90 and statistics.quantiles(data, n=50, method='exclusive')[48] for p98.
/// </summary>
public sealed class QuantileMethodTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    // h = p·(N+1); j = floor(h) clamped to 1…N−1; x(j) + (h − j)·(x(j+1) − x(j)).
    [InlineData(new[] { 10, 20 }, 15.0, 22.5, 27.0, 29.4)]                 // N=2, p75: h = 2.25 → j = 1, 10 + 1.25·10: past the max, as Python
    [InlineData(new[] { 1, 2, 3 }, 2.0, 3.0, 3.6, 3.92)]                   // p90: h = 3.6 → j = 2, 2 + 1.6·1
    [InlineData(new[] { 3, 7, 8, 15, 15, 21, 40, 41, 90, 365 }, 18.0, 53.25, 337.5, 579.5)] // p50: h = 5.5 → 15 + 0.5·6; p75: h = 8.25 → 41 + 0.25·49
    [InlineData(new[] { 0, 0, 0, 5, 5, 30 }, 2.5, 11.25, 37.5, 51.5)]      // ties: p50 h = 3.5 → 0 + 0.5·5
    public async Task Quantiles_equal_pythons_exclusive_method(int[] data, double p50, double p75, double p90, double p98)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        // The same data as a histogram: each distinct value once with its count.
        var bins = data.GroupBy(d => d).OrderBy(g => g.Key).ToList();
        var values = bins.Select(g => g.Key).ToArray();
        var counts = bins.Select(g => (long)g.Count()).ToArray();

        var quantiles = await connection.QuerySingleAsync<(decimal, decimal, decimal, decimal)>("""
            SELECT cm_histogram_quantile(0.50, @values, @counts), cm_histogram_quantile(0.75, @values, @counts),
                   cm_histogram_quantile(0.90, @values, @counts), cm_histogram_quantile(0.98, @values, @counts)
            """, new { values, counts });

        Assert.Equal(((decimal)p50, (decimal)p75, (decimal)p90, (decimal)p98), quantiles);
    }

    [Fact]
    public async Task One_value_is_every_quantile_and_no_value_has_none()
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();

        Assert.Equal(42m, await connection.ExecuteScalarAsync<decimal?>("SELECT cm_histogram_quantile(0.9, '{42}', '{1}')"));
        Assert.Null(await connection.ExecuteScalarAsync<decimal?>("SELECT cm_histogram_quantile(0.9, '{}', '{}')"));
    }
}
