using Npgsql;
using NpgsqlTypes;

namespace CourtMetrics.Ingest;

/// <summary>
/// Where each product column of a kind comes from in one file: a header column found by name (case-insensitive),
/// several of them (a "sum of columns" mapping), a constant, or nothing (the column is absent: NULL).
/// </summary>
public sealed class ColumnPlan
{
    private readonly record struct Source(int[] Indexes, string? Constant, char Joiner);

    private readonly Source[] _sources;
    private readonly string[] _header;

    private ColumnPlan(Source[] sources, string[] header, int[] used) => (_sources, _header, UsedIndexes) = (sources, header, used);

    /// <summary>The header columns the import reads; only these are checked for undecodable text.</summary>
    public int[] UsedIndexes { get; }
    public int HeaderCount => _header.Length;
    public string HeaderName(int index) => index < _header.Length ? _header[index] : $"(field {index + 1})";

    /// <summary>The plan, or null with the problems (all on line 1) when a required or mapped column is missing.</summary>
    public static ColumnPlan? Build(ImportKind kind, CsvRecordReader header, IReadOnlyDictionary<string, string> map,
        List<ImportProblem> problems)
    {
        var names = Enumerable.Range(0, header.FieldCount).Select(i => header[i].Trim().ToString()).ToArray();
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) byName.TryAdd(names[i], i);
        foreach (var target in map.Keys.Where(t => kind.Columns.All(c => !c.Name.Equals(t, StringComparison.OrdinalIgnoreCase))))
            problems.Add(new(1, target, $"mapping names a column that a {kind.Name} import does not have", map[target]));

        var sources = new Source[kind.Columns.Count];
        for (var c = 0; c < sources.Length; c++)
        {
            var column = kind.Columns[c];
            var joiner = column.Type == ImportValue.Number ? '+' : '_';
            var expression = map.FirstOrDefault(m => m.Key.Equals(column.Name, StringComparison.OrdinalIgnoreCase)).Value;
            if (expression is null)
            {
                if (byName.TryGetValue(column.Name, out var index)) sources[c] = new([index], null, joiner);
                else if (column.Required) problems.Add(new(1, column.Name, "required column missing from the header", null));
                else sources[c] = new([], null, joiner);
                continue;
            }
            var text = expression.Trim();
            if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
            {
                sources[c] = new([], text[1..^1], joiner);
                continue;
            }
            var parts = text.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var missing in parts.Where(p => !byName.ContainsKey(p)))
                problems.Add(new(1, missing, $"mapped source column (for {column.Name}) missing from the header", expression));
            sources[c] = new(parts.Where(byName.ContainsKey).Select(p => byName[p]).ToArray(), null, joiner);
        }
        if (problems.Count > 0) return null;
        return new ColumnPlan(sources, names, sources.SelectMany(s => s.Indexes).Distinct().ToArray());
    }

    /// <summary>Writes one staged row: its line, then each product column's raw text (NULL when empty or absent).</summary>
    public void Write(NpgsqlBinaryImporter copy, CsvRecordReader record)
    {
        copy.StartRow();
        copy.Write(record.Line, NpgsqlDbType.Integer);
        foreach (var source in _sources)
        {
            if (source.Constant is { } constant) copy.Write(constant, NpgsqlDbType.Text);
            else if (source.Indexes.Length == 1 && record[source.Indexes[0]].Length > 0)
                copy.Write(record.Memory(source.Indexes[0]), NpgsqlDbType.Text);
            else if (source.Indexes.Length > 1 && Joined(record, source) is { } joined) copy.Write(joined, NpgsqlDbType.Text);
            else copy.WriteNull();
        }
    }

    // Several columns into one: NULL when all are empty; otherwise every part, empty ones included, so a
    // half-empty sum ("12+") fails the SQL check instead of silently counting as 12.
    private static string? Joined(CsvRecordReader record, Source source) =>
        source.Indexes.All(i => record[i].IsEmpty)
            ? null
            : string.Join(source.Joiner, source.Indexes.Select(i => record[i].ToString()));
}
