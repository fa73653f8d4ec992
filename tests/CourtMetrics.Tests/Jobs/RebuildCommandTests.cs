using CourtMetrics.Site;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Tests.Jobs;

public sealed class RebuildCommandTests
{
    [Fact]
    public async Task The_rebuild_command_recomputes_every_aggregate_from_the_facts_showing_each_family_and_exits()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = NpgsqlDataSource.Create(connectionString);
        var root = RepositoryLayout.Root(AppContext.BaseDirectory);
        await new Migrator(db, SqlFiles.Load(RepositoryLayout.SqlDirectory(root)), NullLogger<Migrator>.Instance).ApplyAsync();
        await CourtSystemFixture.SeedAsync(db);
        await CourtSystemFixture.AddCasesAsync(db, ("A", 11, 1, "2024-01-05", "2024-02-10"), ("B", 21, 2, "2024-01-06", null));
        await using (var connection = await db.OpenConnectionAsync())
            await connection.ExecuteAsync("DELETE FROM case_flow_daily; DELETE FROM case_flow_monthly;"); // as if lost

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CourtMetrics.dll"), "rebuild"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__CourtMetrics"] = connectionString, ["Simulation__Enabled"] = "false" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, process.ExitCode);
        var families = CourtMetrics.Jobs.Aggregator.Families;
        Assert.Contains($"1/{families.Count} {families[0]}", output);
        Assert.Contains($"{families.Count}/{families.Count} {families[^1]}", output);
        Assert.Contains("Done in", output);
        await using var check = await db.OpenConnectionAsync();
        Assert.Equal(3, await check.ExecuteScalarAsync<int>("SELECT count(*) FROM case_flow_daily WHERE court_id > 0"));       // A filed, A disposed, B filed
        Assert.Equal(2, await check.ExecuteScalarAsync<int>("SELECT sum(incoming) FROM case_flow_monthly WHERE court_id > 0"));
        await TestPostgres.DropDatabaseAsync(connectionString);
    }
}
