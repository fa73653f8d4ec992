using System.Text.RegularExpressions;
using CourtMetrics.Reference;

namespace CourtMetrics.Charts;

/// <summary>One share within a time standard named by its standard, in one category (null: all) and a language.</summary>
public sealed record StandardName(string Measure, string? Category, IReadOnlyDictionary<string, string> Names);

/// <summary>
/// The one rule that names a share within a time standard (within_standard_1..3) by the court system's standards, for
/// the chart images, the slides, the deck and the page (which reads it from /api/measure-names): "Resolved within 365
/// days — standard 90.0%" for one category, or for all categories when their tiers agree; across categories whose
/// tiers differ, "Resolved within standard 1 of each category (90–180 days)". None without standards: the catalogue's
/// name stands.
/// </summary>
public sealed partial class TimeStandards(IReadOnlyList<TimeStandardInfo> tiers)
{
    public static readonly TimeStandards None = new([]);

    public string? NameOf(string measure, string? category, string language, ChartDefinitions definitions)
    {
        if (Tier().Match(measure) is not { Success: true } match) return null;
        var tier = int.Parse(match.Groups[1].Value);
        var these = tiers.Where(s => s.Tier == tier && (category is null || s.Category == category)).ToList();
        if (these.Count == 0) return null;
        var days = these.Select(s => s.WithinDays).Distinct().Order().ToList();
        var shares = these.Select(s => s.TargetShare).Distinct().ToList();
        return days.Count == 1 && shares.Count == 1
            ? definitions.Label("withinDays", language, days[0], ChartText.Value("ratio", (double)shares[0], language))
            : definitions.Label("withinTiers", language, tier, days[0], days[^1]);
    }

    /// <summary>Every name the rule gives: each tier for all categories (Category null) and for each category, in each language.</summary>
    public IReadOnlyList<StandardName> All(ChartDefinitions definitions)
    {
        var categories = tiers.Select(s => s.Category).Distinct().Order(StringComparer.Ordinal).Prepend(null);
        return (from category in categories
                from tier in tiers.Select(s => s.Tier).Distinct().Order()
                let measure = $"within_standard_{tier}"
                where NameOf(measure, category, "en", definitions) is not null
                select new StandardName(measure, category,
                    ChartDefinitions.Languages.ToDictionary(l => l, l => NameOf(measure, category, l, definitions)!))).ToList();
    }

    [GeneratedRegex("^within_standard_([1-9])$")]
    private static partial Regex Tier();
}
