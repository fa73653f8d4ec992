using System.Globalization;
using System.Text.RegularExpressions;

namespace CourtMetrics.Tests.Observability;

/// <summary>A Prometheus text exposition, read as a scraper reads it: each sample's name and labels with its value.</summary>
public sealed partial class Scrape(string text)
{
    public string Text { get; } = text;

    /// <summary>The sum of the samples named exactly so (any labels), or null when there is none.</summary>
    public double? Total(string name)
    {
        var values = Sample().Matches(Text).Where(m => m.Groups["name"].Value == name)
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    /// <summary>The names of the samples that start so, for an assertion's message.</summary>
    public IEnumerable<string> NamesStartingWith(string prefix) =>
        Sample().Matches(Text).Select(m => m.Groups["name"].Value).Where(n => n.StartsWith(prefix)).Distinct();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
