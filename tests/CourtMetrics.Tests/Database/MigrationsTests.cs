using CourtMetrics.Site;
using CourtMetrics.Database;
using CourtMetrics.Jobs;
using CourtMetrics.Tests.CaseDurations;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Tests.Database;

public sealed class MigrationsTests
{
    private static readonly string SqlDirectory = RepositoryLayout.SqlDirectory(AppContext.BaseDirectory);

    private static async Task<(NpgsqlDataSource Db, Migrator Migrator)> EmptyDatabaseAsync(string? sqlDirectory = null)
    {
        var db = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        return (db, new Migrator(db, SqlFiles.Load(sqlDirectory ?? SqlDirectory), NullLogger<Migrator>.Instance));
    }

    private static async Task<List<string>> JournalAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>("SELECT file FROM schema_journal ORDER BY file")).ToList();
    }

    [Fact]
    public async Task An_empty_database_gets_every_migration_in_order_recorded_in_the_journal()
    {
        var (db, migrator) = await EmptyDatabaseAsync();

        await migrator.ApplyAsync();

        var files = Directory.GetFiles(Path.Combine(SqlDirectory, "migrations")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, await JournalAsync(db));
        await using var connection = await db.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('cases') IS NOT NULL AND to_regclass('case_flow_daily') IS NOT NULL"));
        Assert.Empty(await migrator.PendingAsync());
    }

    [Fact]
    public async Task Every_connection_after_the_migrations_has_their_session_defaults_even_those_opened_before()
    {
        var (db, migrator) = await EmptyDatabaseAsync();
        await using (var early = await db.OpenConnectionAsync()) await early.ExecuteAsync("SELECT 1"); // pooled before

        await migrator.ApplyAsync();

        // Every pooled connection at once, the early one and the migrator's among them: none compiles statements
        // (a national query took seconds of JIT on the connections opened before 0005 turned it off).
        var connections = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => db.OpenConnectionAsync().AsTask()));
        foreach (var connection in connections)
        {
            Assert.Equal("off", await connection.ExecuteScalarAsync<string>("SHOW jit"));
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task Applying_again_changes_nothing()
    {
        var (db, migrator) = await EmptyDatabaseAsync();
        await migrator.ApplyAsync();
        await using var connection = await db.OpenConnectionAsync();
        var appliedAt = await connection.QueryAsync<DateTime>("SELECT applied_at FROM schema_journal ORDER BY file");

        await migrator.ApplyAsync();

        Assert.Equal(appliedAt, await connection.QueryAsync<DateTime>("SELECT applied_at FROM schema_journal ORDER BY file"));
    }

    [Fact]
    public async Task Two_nodes_starting_together_apply_each_migration_once()
    {
        var (db, first) = await EmptyDatabaseAsync();
        var second = new Migrator(db, SqlFiles.Load(SqlDirectory), NullLogger<Migrator>.Instance);

        await Task.WhenAll(first.ApplyAsync(), second.ApplyAsync(), first.ApplyAsync());

        var journal = await JournalAsync(db);
        Assert.Equal(journal.Distinct().Count(), journal.Count);
        Assert.Equal(Directory.GetFiles(Path.Combine(SqlDirectory, "migrations")).Length, journal.Count);
    }

    /// <summary>A database migrated from a copy of sql/, which the test may then edit as a developer would.</summary>
    private static async Task<(NpgsqlDataSource Db, string Copy)> MigratedFromACopyAsync()
    {
        var copy = Directory.CreateTempSubdirectory("sql-").FullName;
        CopyDirectory(SqlDirectory, copy);
        var (db, migrator) = await EmptyDatabaseAsync(copy);
        await migrator.ApplyAsync();
        return (db, copy);
    }

    [Fact]
    public async Task A_changed_migration_stops_start_up_naming_the_file()
    {
        var (db, copy) = await MigratedFromACopyAsync();
        var first = Directory.GetFiles(Path.Combine(copy, "migrations")).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(first, "\n-- edited after it was applied\n");
        var changed = new Migrator(db, SqlFiles.Load(copy), NullLogger<Migrator>.Instance);

        var error = await Assert.ThrowsAsync<MigrationChangedException>(() => changed.ApplyAsync());

        Assert.Equal(Path.GetFileName(first), error.File);
        Assert.Contains(Path.GetFileName(first), error.Message);
        Assert.Contains(Path.GetFileName(first), await changed.PendingAsync());
    }

    [Fact]
    public async Task A_new_migration_numbered_below_the_last_applied_one_stops_start_up_naming_both()
    {
        var (db, copy) = await MigratedFromACopyAsync();
        var journal = await JournalAsync(db);
        await File.WriteAllTextAsync(Path.Combine(copy, "migrations", "0009_written_late.sql"), "CREATE TABLE written_late (id int);");
        var late = new Migrator(db, SqlFiles.Load(copy), NullLogger<Migrator>.Instance);

        var error = await Assert.ThrowsAsync<MigrationOutOfOrderException>(() => late.ApplyAsync());

        Assert.Equal("0009_written_late.sql", error.File);
        Assert.Contains($"below {journal[^1]}", error.Message);
        Assert.Equal(journal, await JournalAsync(db));
    }

    [Fact]
    [Trait("Category", "Unit")]
    public void Migrations_from_0027_on_are_numbered_one_after_another_without_a_gap_or_a_repeat()
    {
        var numbers = Directory.GetFiles(Path.Combine(SqlDirectory, "migrations"), "*.sql")
            .Select(f => Migration.NumberOf(Path.GetFileName(f))).Where(n => n >= 27).Order().ToList();

        Assert.Equal(Enumerable.Range(27, numbers.Count), numbers);
    }

    // Migration 0021 replaces the per-day court duration bins by one array of durations per cell without converting
    // them: a database that had bins is marked for a rebuild, which the next aggregation does from the facts.
    [Fact]
    public async Task Duration_bins_from_before_the_court_cells_are_rebuilt_from_the_facts_by_the_next_aggregation()
    {
        var before = Directory.CreateTempSubdirectory("sql-").FullName;
        CopyDirectory(SqlDirectory, before);
        foreach (var later in Directory.GetFiles(Path.Combine(before, "migrations"))
                     .Where(file => string.CompareOrdinal(Path.GetFileName(file), "0021") >= 0))
            File.Delete(later);
        var (db, migrator) = await EmptyDatabaseAsync(before);
        await migrator.ApplyAsync();
        await DurationFixture.SeedAsync(db);
        await using var connection = await db.OpenConnectionAsync();
        // A bin as the former rebuild wrote them; its (wrong) content shows it is dropped, not carried over.
        await connection.ExecuteAsync("INSERT INTO case_duration_monthly VALUES (11, 1, '2025-03-01', 7, 99)");

        var sql = SqlFiles.Load(SqlDirectory);
        await new Migrator(db, sql, NullLogger<Migrator>.Instance).ApplyAsync();
        Assert.False(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM aggregates_intact)"));
        await new Aggregator(db, sql, NullLogger<Aggregator>.Instance).AggregateTouchedAsync(CancellationToken.None);

        Assert.Equal("5x1 30x2 120x1 181x1 200x1 365x1 400x1 600x1", await connection.ExecuteScalarAsync<string>("""
            SELECT string_agg(days || 'x' || cases, ' ' ORDER BY days) FROM case_duration_monthly
            WHERE court_id = 11 AND category_id = 1 AND month = '2025-03-01'
            """));
        Assert.Equal(17, await connection.ExecuteScalarAsync<long>("SELECT sum(cardinality(durations)) FROM case_duration_court_months"));
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM aggregates_intact)"));
    }

    [Fact]
    public async Task A_new_database_keeps_its_aggregates_marked_whole_through_the_court_cells_migration()
    {
        var (db, migrator) = await EmptyDatabaseAsync();

        await migrator.ApplyAsync();

        await using var connection = await db.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM aggregates_intact)"));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }
}
