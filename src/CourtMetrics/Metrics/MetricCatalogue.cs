using System.Text.Json;

namespace CourtMetrics.Metrics;

/// <summary>
/// The metric catalogue: Metrics/Catalogue/&lt;family&gt;.json, one file per measure family, read and checked
/// once at start. Each family's sql/queries/&lt;family&gt;/measures.sql returns one column per measure id.
/// </summary>
public sealed class MetricCatalogue
{
    public static readonly string[] Units = ["count", "ratio", "days", "currency", "per_1000"];
    public static readonly string[] Directions = ["higher", "lower", "neutral"];

    private readonly Dictionary<string, MetricDefinition> _byId;

    private MetricCatalogue(IReadOnlyList<MetricDefinition> metrics)
    {
        All = metrics;
        _byId = metrics.ToDictionary(m => m.Id);
        Families = metrics.Select(m => m.Family).Distinct().ToList();
    }

    public IReadOnlyList<MetricDefinition> All { get; }
    public IReadOnlyList<string> Families { get; }

    public MetricDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<MetricDefinition> Of(string family) => All.Where(m => m.Family == family).ToList();

    public static MetricCatalogue Load(string directory)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var metrics = new List<MetricDefinition>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var family = Path.GetFileNameWithoutExtension(file);
            var entries = JsonSerializer.Deserialize<List<MetricDefinition>>(File.ReadAllText(file), json)
                ?? throw new InvalidDataException($"{file} holds no measures");
            metrics.AddRange(entries.Select(m => m with { Family = family }));
        }
        var problems = Problems(metrics).ToList();
        if (problems.Count > 0)
            throw new InvalidDataException($"The metric catalogue in {directory} is invalid: {string.Join("; ", problems)}");
        return new MetricCatalogue(metrics);
    }

    private static IEnumerable<string> Problems(IReadOnlyList<MetricDefinition> metrics)
    {
        foreach (var id in metrics.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return $"'{id}' is defined more than once";
        foreach (var m in metrics)
        {
            if (string.IsNullOrWhiteSpace(m.Id) || !m.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
                yield return $"'{m.Id}' is not a snake_case id";
            if (!Units.Contains(m.Unit)) yield return $"{m.Id}: unit '{m.Unit}' is not one of {string.Join(", ", Units)}";
            if (!Directions.Contains(m.Direction)) yield return $"{m.Id}: direction '{m.Direction}' is not one of {string.Join(", ", Directions)}";
            if (string.IsNullOrWhiteSpace(m.Standard) || string.IsNullOrWhiteSpace(m.Formula))
                yield return $"{m.Id}: standard and formula are required";
            foreach (var (what, text) in new[] { ("name", m.Name), ("description", m.Description) })
                if (text is null || new[] { text.En, text.Kk, text.Ru }.Any(string.IsNullOrWhiteSpace))
                    yield return $"{m.Id}: {what} needs en, kk and ru";
        }
    }
}
