using System.Text;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// The cases merge skips PostgreSQL's per-row foreign-key checks when the import's own check has proved and locked
/// the references (ingest/cases/trust-references.sql); what the import writes and what it feeds must not change.
/// </summary>
public sealed class ImportReferenceTests(IngestApp app) : IClassFixture<IngestApp>
{
    private const string Header = "source_system,source_id,court,category,filed_on,disposed_on,filing_channel,extraterritorial,ai_assisted\n";

    [Fact]
    public async Task Imported_new_cases_reach_the_measures_through_the_next_aggregation()
    {
        var report = await app.ImportAsync(Header + """
            refs,M-1,S-1,criminal,2019-06-03,2019-06-20,paper,false,false
            refs,M-2,S-1,criminal,2019-06-04,,electronic,false,false
            """, new ImportOptions { Kind = "cases" });
        await app.AggregateAsync();

        Assert.Equal(2L, report.RowsInserted);
        var series = await app.Get<MeasureReader>().ReadAsync(new MeasureQuery("case-flow", [21], null, "criminal", "range", new(2019, 6, 1), new(2019, 6, 30)));
        var june = Assert.Single(series.Points);
        Assert.Equal((2.0, 1.0), (june.Values["incoming"], june.Values["resolved"]));
    }

    [Fact]
    public async Task A_database_role_that_may_not_skip_foreign_key_checks_imports_the_same_rows()
    {
        var role = $"importer_{Guid.NewGuid():N}"[..20];
        await using (var admin = await app.DataSource.OpenConnectionAsync())
            await admin.ExecuteAsync($"""
                CREATE ROLE {role} LOGIN PASSWORD 'importer';
                GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {role};
                GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
                """);
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Username = role, Password = "importer" };
            await using var restricted = NpgsqlDataSource.Create(connection.ConnectionString);
            var import = new CsvImport(restricted, app.Get<SqlFiles>(), app.Get<AggregationRequests>(),
                Options.Create(new IngestOptions()), app.Services.GetRequiredService<ILogger<CsvImport>>());

            var report = await import.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + """
                refs,R-1,N-2,civil,2024-04-01,,paper,false,false
                refs,R-2,Q-9,civil,2024-04-01,,paper,false,false
                """)), new ImportOptions { Kind = "cases", AcceptValid = true });

            Assert.Equal((1L, 1L), (report.RowsInserted, report.RowsRejected));
            Assert.Equal("line 3, column court: unknown court code ('Q-9')", report.Problems.Single().ToString());
            Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_system = 'refs' AND source_id = 'R-1' AND court_id = 12"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = await app.DataSource.OpenConnectionAsync();
            await admin.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role};");
        }
    }
}
