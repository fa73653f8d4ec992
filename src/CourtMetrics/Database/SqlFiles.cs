using System.Security.Cryptography;
using System.Text;

namespace CourtMetrics.Database;

public sealed record Migration(string Name, string Sql, string Sha256)
{
    /// <summary>A migration file's number: 27 for 0027_case_cells_from_deltas.sql.</summary>
    public static int NumberOf(string name) =>
        int.TryParse(name.Split('_', 2)[0], out var number) ? number : throw new FormatException($"Migration {name} has no number: NNNN_what.sql");
}

/// <summary>Every file of sql/, read once at start: numbered migrations and named queries.</summary>
public sealed class SqlFiles
{
    private readonly IReadOnlyDictionary<string, string> _queries;

    private SqlFiles(IReadOnlyList<Migration> migrations, IReadOnlyDictionary<string, string> queries)
    {
        Migrations = migrations;
        _queries = queries;
    }

    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>A query by its path under sql/queries without extension, e.g. "case-flow/series-monthly".</summary>
    public string this[string name] => _queries.TryGetValue(name, out var sql)
        ? sql
        : throw new KeyNotFoundException($"No SQL file sql/queries/{name}.sql");

    public static SqlFiles Load(string directory)
    {
        var migrations = Directory.GetFiles(Path.Combine(directory, "migrations"), "*.sql")
            .Order(StringComparer.Ordinal)
            .Select(path => Normalised(path))
            .Select(f => new Migration(f.Name, f.Text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(f.Text)))))
            .ToList();
        var queriesRoot = Path.Combine(directory, "queries");
        var queries = Directory.GetFiles(queriesRoot, "*.sql", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.ChangeExtension(Path.GetRelativePath(queriesRoot, path), null).Replace('\\', '/'),
                path => Normalised(path).Text);
        return new SqlFiles(migrations, queries);
    }

    // Line endings are normalised so a checkout with CRLF does not look like a changed migration.
    private static (string Name, string Text) Normalised(string path) =>
        (Path.GetFileName(path), File.ReadAllText(path).Replace("\r\n", "\n"));
}
