using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Ingest.Fuzz;

/// <summary>Every fact row an import or a batch may write, by table and key, as text: what changed between two reads.</summary>
public sealed class FuzzFacts
{
    public static readonly (string Table, string Key)[] Tables =
    [
        ("cases", "id"), ("hearings", "id"), ("budget_lines", "id"), ("portal_use", "(court_id, day)"),
        ("statistics_units", "id"), ("yearly_statistics", "(unit_id, year)"),
        ("reported_statistics", "(court_id, category_id, period_start, period_end)"),
    ];

    private readonly Dictionary<string, Dictionary<string, string>> _rows;

    private FuzzFacts(Dictionary<string, Dictionary<string, string>> rows) => _rows = rows;

    public static async Task<FuzzFacts> ReadAsync(AppFactory app)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        var rows = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (table, key) in Tables)
            rows[table] = (await connection.QueryAsync<(string Key, string Row)>($"SELECT {key}::text, t::text FROM {table} t"))
                .ToDictionary(r => r.Key, r => r.Row);
        return new FuzzFacts(rows);
    }

    /// <summary>Rows of a table added, changed and removed since <paramref name="before"/>.</summary>
    public (int Added, int Changed, int Removed) Since(FuzzFacts before, string table)
    {
        var (now, then) = (_rows[table], before._rows[table]);
        return (now.Keys.Count(k => !then.ContainsKey(k)), now.Count(r => then.TryGetValue(r.Key, out var old) && old != r.Value),
            then.Keys.Count(k => !now.ContainsKey(k)));
    }

    /// <summary>The tables that differ from <paramref name="before"/>, with their counts, or "" when none does.</summary>
    public string ChangesSince(FuzzFacts before) => string.Join(", ", Tables.Select(t => (t.Table, Change: Since(before, t.Table)))
        .Where(t => t.Change != (0, 0, 0)).Select(t => $"{t.Table} +{t.Change.Added} ~{t.Change.Changed} -{t.Change.Removed}"));

}
