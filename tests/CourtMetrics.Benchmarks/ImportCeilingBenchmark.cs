using System.Diagnostics;
using CourtMetrics.Database;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using static CourtMetrics.Benchmarks.BackfillBenchmark;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// What writing the import benchmark's rows costs before any import work: the same 1M cases, already typed in
/// memory (no CSV, no staging, no check), sent by Npgsql binary COPY into tables of a fresh database, each in a
/// transaction rolled back afterwards; median of --runs. The targets go from a table with the columns of `cases`
/// and nothing else, through one with its five indexes, to `cases` itself with and without its foreign keys and
/// triggers. The import's own rate (the `import` benchmark) can only be compared with these.
///   import-ceiling [--rows 1000000] [--runs 3] [--port 55461]
/// </summary>
public static class ImportCeilingBenchmark
{
    private sealed record Row(string SourceId, int Court, short Category, DateOnly Filed, DateOnly? Disposed, string Channel,
        bool Extraterritorial, bool AiAssisted);

    private sealed record Target(string Name, string Prepare, string Table);

    private static readonly Target[] Targets =
    [
        new("a table with the columns of cases, no index", "CREATE TABLE ceiling_plain (LIKE cases INCLUDING DEFAULTS INCLUDING IDENTITY)", "ceiling_plain"),
        new("a table with the columns and the 5 indexes of cases", "CREATE TABLE ceiling_indexed (LIKE cases INCLUDING ALL)", "ceiling_indexed"),
        new("cases, foreign keys and triggers off", "SET LOCAL session_replication_role = replica; ALTER TABLE cases DISABLE TRIGGER USER", "cases"),
        new("cases as it is (foreign keys, pending-change triggers)", "SELECT 1", "cases"),
    ];

    public static async Task RunAsync(string[] args)
    {
        var (_, runs, port, directory, sql, file) = await ImportBenchmark.SetUpAsync(args);
        var data = ReadTyped(file);
        const string database = "bench_import_ceiling";
        var (cluster, fresh) = await FreshDatabaseAsync(directory, port, database, sql);
        await fresh.DisposeAsync();
        // The COPY into cases with its foreign keys and triggers takes more than the default 30 s.
        await using var db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cluster.Start()) { CommandTimeout = 600 }.ConnectionString);
        await ImportBenchmark.SeedCourtsAsync(db);
        Console.WriteLine($"import-ceiling: {data.Count:N0} typed case rows by binary COPY, {runs} runs each; PostgreSQL durable, port {port}");
        foreach (var target in Targets)
        {
            var times = new List<double>();
            for (var run = 0; run < runs; run++) times.Add(await CopyAsync(db, target, data));
            var median = Machine.Percentile(times, 50);
            Console.WriteLine($"  {target.Name,-58} median {median,6:F2} s, {data.Count / median,9:N0} rows/s  ({string.Join(", ", times.Select(t => t.ToString("F2")))} s)");
        }
        NpgsqlConnection.ClearAllPools();
        await DropAsync(cluster, database);
        cluster.Stop();
    }

    private static async Task<double> CopyAsync(NpgsqlDataSource db, Target target, IReadOnlyList<Row> data)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(target.Prepare, transaction: transaction);
        var clock = Stopwatch.StartNew();
        await using (var copy = await connection.BeginBinaryImportAsync($"""
            COPY {target.Table} (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                                 extraterritorial, ai_assisted) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var row in data)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync("bench", NpgsqlDbType.Text);
                await copy.WriteAsync(row.SourceId, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Court, NpgsqlDbType.Integer);
                await copy.WriteAsync(row.Category, NpgsqlDbType.Smallint);
                await copy.WriteAsync(row.Filed, NpgsqlDbType.Date);
                if (row.Disposed is { } disposed) await copy.WriteAsync(disposed, NpgsqlDbType.Date);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(row.Channel, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Extraterritorial, NpgsqlDbType.Boolean);
                await copy.WriteAsync(row.AiAssisted, NpgsqlDbType.Boolean);
            }
            await copy.CompleteAsync();
        }
        var seconds = clock.Elapsed.TotalSeconds; // the COPY's statement triggers ran inside it
        await transaction.RollbackAsync();
        return seconds;
    }

    // The benchmark file's rows, typed: courts are C000…C199 (ids 1…200), categories in ImportBenchmark's order.
    private static List<Row> ReadTyped(string file) =>
        File.ReadLines(file).Skip(1).Select(line => line.Split(',')).Select(f => new Row(
            f[1], int.Parse(f[2].AsSpan(1)) + 1, (short)(Array.IndexOf(ImportBenchmark.Categories, f[3]) + 1),
            DateOnly.Parse(f[4]), f[5].Length == 0 ? null : DateOnly.Parse(f[5]), f[6], f[7] == "true", f[8] == "true")).ToList();
}
