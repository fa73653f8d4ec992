using System.Net.Http.Json;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.Metrics;

public sealed class MetricCatalogueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_api_serves_every_measure_with_names_in_english_kazakh_and_russian()
    {
        var metrics = await app.CreateClient().GetFromJsonAsync<List<MetricDefinition>>("/api/metrics");

        Assert.NotNull(metrics);
        var clearance = Assert.Single(metrics, m => m.Id == "clearance_rate");
        Assert.Equal(("case-flow", "ratio", "higher", 1.0), (clearance.Family, clearance.Unit, clearance.Direction, clearance.Target));
        Assert.Equal("Коэффициент рассмотрения дел", clearance.Name.Ru);
        Assert.All(metrics, m => Assert.False(string.IsNullOrWhiteSpace(m.Name.Kk)));
    }

    [Fact]
    public async Task Every_family_query_returns_exactly_the_measures_its_catalogue_defines()
    {
        var catalogue = app.Services.GetRequiredService<MetricCatalogue>();
        var reader = app.Services.GetRequiredService<MeasureReader>();

        foreach (var family in catalogue.Families)
        {
            var series = await reader.ReadAsync(new MeasureQuery(family, null, null, null, "range", new(2025, 1, 1), new(2025, 12, 31)));
            Assert.Equal(catalogue.Of(family).Select(m => m.Id), series.Measures);
            Assert.Single(series.Points);
        }
    }

    [Fact]
    public async Task Every_family_query_answers_each_measure_as_double_precision_whatever_its_data()
    {
        // The column types, not the values: a numeric column fails only for the periods whose quotient has more
        // decimals than a .NET decimal holds (a month without spending, in a region), so no data set finds it surely.
        var catalogue = app.Services.GetRequiredService<MetricCatalogue>();
        var sql = app.Services.GetRequiredService<CourtMetrics.Database.SqlFiles>();
        await using var connection = await app.DataSource.OpenConnectionAsync();

        foreach (var family in catalogue.Families)
        {
            await using var reader = await connection.ExecuteReaderAsync(sql[$"{family}/measures"], new
            {
                courtIds = new[] { 1 }, regionId = (short?)null, categoryId = (short?)null, granularity = "month",
                from = new DateOnly(2025, 12, 1), to = new DateOnly(2025, 12, 31),
            });
            var types = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetDataTypeName);
            Assert.All(catalogue.Of(family), m => Assert.Equal((m.Id, "double precision"), (m.Id, types[m.Id])));
        }
    }

    [Fact]
    public void A_catalogue_with_a_repeated_id_or_a_missing_language_does_not_load()
    {
        var directory = Directory.CreateTempSubdirectory("catalogue-").FullName;
        File.WriteAllText(Path.Combine(directory, "a.json"), """
            [{ "id": "x", "unit": "count", "direction": "higher", "standard": "s", "formula": "f",
               "name": { "en": "X", "kk": "", "ru": "Х" }, "description": { "en": "d", "kk": "d", "ru": "d" } },
             { "id": "x", "unit": "furlongs", "direction": "higher", "standard": "s", "formula": "f",
               "name": { "en": "X", "kk": "X", "ru": "Х" }, "description": { "en": "d", "kk": "d", "ru": "d" } }]
            """);

        var error = Assert.Throws<InvalidDataException>(() => MetricCatalogue.Load(directory));

        Assert.Contains("'x' is defined more than once", error.Message);
        Assert.Contains("x: name needs en, kk and ru", error.Message);
        Assert.Contains("furlongs", error.Message);
    }
}
