using Dapper;
using Npgsql;

namespace CourtMetrics.Database;

public sealed class MigrationChangedException(string file)
    : Exception($"Migration {file} was changed after it was applied. Restore the applied text and put the change in a new numbered migration.")
{
    public string File { get; } = file;
}

public sealed class MigrationOutOfOrderException(string file, string lastApplied)
    : Exception($"Migration {file} is numbered below {lastApplied}, the last one applied to this database, so it would run " +
                "after migrations written later than it. Give it the next number after the newest migration.")
{
    public string File { get; } = file;
}

/// <summary>
/// Applies sql/migrations/*.sql in order, each once, recording them in schema_journal. An advisory lock makes
/// nodes that start together take turns, so each file runs once.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource, SqlFiles files, ILogger<Migrator> logger)
{
    private const long LockKey = 0x436f7572744d6967; // "CourtMig"

    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        // The migrations set database-wide session defaults (0005: jit = off), which only sessions opened after them
        // get: the pool's earlier connections, this one among them, would compile every analytical statement for
        // seconds. They are closed (the busy ones as they come back).
        if (await ApplyPendingAsync(cancellationToken) > 0) dataSource.Clear();
    }

    private async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@LockKey)", new { LockKey });
        try
        {
            await connection.ExecuteAsync("""
                CREATE TABLE IF NOT EXISTS schema_journal (
                    file        text PRIMARY KEY,
                    sha256      text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now())
                """);
            var applied = (await connection.QueryAsync<(string File, string Sha256)>("SELECT file, sha256 FROM schema_journal"))
                .ToDictionary(row => row.File, row => row.Sha256);
            var last = applied.Keys.Max(StringComparer.Ordinal);
            foreach (var migration in files.Migrations)
            {
                if (applied.TryGetValue(migration.Name, out var sha256))
                {
                    if (sha256 != migration.Sha256) throw new MigrationChangedException(migration.Name);
                    continue;
                }
                if (last is not null && Migration.NumberOf(migration.Name) < Migration.NumberOf(last))
                    throw new MigrationOutOfOrderException(migration.Name, last);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync("INSERT INTO schema_journal (file, sha256) VALUES (@Name, @Sha256)",
                    migration, transaction);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Migration}", migration.Name);
                count++;
            }
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@LockKey)", new { LockKey });
        }
        return count;
    }

    /// <summary>Migrations present in sql/ but not (or not as written) in the journal.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var hasJournal = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('schema_journal') IS NOT NULL");
        var applied = hasJournal
            ? (await connection.QueryAsync<(string File, string Sha256)>("SELECT file, sha256 FROM schema_journal")).ToHashSet()
            : [];
        return files.Migrations.Where(m => !applied.Contains((m.Name, m.Sha256))).Select(m => m.Name).ToList();
    }
}
