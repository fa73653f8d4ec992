using System.Text.Json;
using CourtMetrics.Site;

namespace CourtMetrics.CourtSystem;

/// <summary>
/// What applying a court system would change, entry by entry and field by field, as an administrator reads it
/// before saying yes ("court ALA-01: closed: (none) → 2026-06-30"), in the reader's language (the file's field names
/// and values stay as the file writes them). Entries are matched by code, years by year.
/// </summary>
public static class CourtSystemChanges
{
    /// <summary>A document with every list given: the proposal's, else what stands now.</summary>
    public static CourtSystemDocument Merge(CourtSystemDocument current, CourtSystemDocument proposed) => new(
        proposed.Languages ?? current.Languages, proposed.Currency ?? current.Currency,
        proposed.FiscalYearStartMonth ?? current.FiscalYearStartMonth ?? 1, proposed.Levels ?? current.Levels ?? [],
        proposed.Regions ?? current.Regions ?? [], proposed.Courts ?? current.Courts ?? [],
        proposed.Categories ?? current.Categories ?? [], proposed.Economy ?? current.Economy ?? [],
        proposed.BudgetFloor ?? current.BudgetFloor ?? [], proposed.Names ?? current.Names ?? new Names());

    public static List<Phrase> Between(CourtSystemDocument current, CourtSystemDocument proposed)
    {
        var changes = new List<Phrase>();
        var settings = new Phrase("entry-settings");
        Field(changes, settings, "languages", Json(current.Languages), Json(proposed.Languages));
        Field(changes, settings, "currency", Json(current.Currency), Json(proposed.Currency));
        Field(changes, settings, "fiscalYearStartMonth", Json(current.FiscalYearStartMonth ?? 1), Json(proposed.FiscalYearStartMonth ?? 1));
        foreach (var language in (current.Names ?? []).Keys.Union((proposed.Names ?? []).Keys).Order(StringComparer.Ordinal))
            Field(changes, settings, $"names.{language}", Json((current.Names ?? []).GetValueOrDefault(language)),
                Json((proposed.Names ?? []).GetValueOrDefault(language)));
        Keyed(changes, "level", current.Levels, proposed.Levels, l => l.Code);
        if (!(current.Levels ?? []).Select(l => l.Code).SequenceEqual((proposed.Levels ?? []).Select(l => l.Code)))
            changes.Add(new("changeLevelOrder", string.Join(" > ", (proposed.Levels ?? []).Select(l => l.Code))));
        Keyed(changes, "region", current.Regions, proposed.Regions, r => r.Code);
        Keyed(changes, "court", current.Courts, proposed.Courts, c => c.Code);
        Keyed(changes, "category", current.Categories, proposed.Categories, c => c.Code);
        Keyed(changes, "economy", current.Economy, proposed.Economy, e => e.Year.ToString());
        Keyed(changes, "budget-floor", current.BudgetFloor, proposed.BudgetFloor, f => f.Year.ToString());
        return changes;
    }

    private static void Keyed<T>(List<Phrase> changes, string kind, IReadOnlyList<T>? before, IReadOnlyList<T>? after, Func<T, string> key)
    {
        var old = (before ?? []).ToDictionary(key, StringComparer.Ordinal);
        var now = (after ?? []).ToDictionary(key, StringComparer.Ordinal);
        foreach (var (code, entry) in now)
        {
            var what = new Phrase($"entry-{kind}", code);
            if (!old.TryGetValue(code, out var was))
            {
                changes.Add(new("changeAdded", what));
                continue;
            }
            var a = JsonSerializer.SerializeToElement(was, CourtSystemDocument.Json);
            var b = JsonSerializer.SerializeToElement(entry, CourtSystemDocument.Json);
            foreach (var name in Names(a, b))
            {
                // Names and outlines are objects: a change is shown key by key ("names.kk"), not as the whole object.
                if (a.TryGetProperty(name, out var x) && b.TryGetProperty(name, out var y) && x.ValueKind == JsonValueKind.Object && y.ValueKind == JsonValueKind.Object)
                    foreach (var inner in Names(x, y)) Field(changes, what, $"{name}.{inner}", Property(x, inner), Property(y, inner));
                else Field(changes, what, name, Property(a, name), Property(b, name));
            }
        }
        changes.AddRange(old.Keys.Where(code => !now.ContainsKey(code)).Select(code => new Phrase("changeRemoved", new Phrase($"entry-{kind}", code))));
    }

    private static IEnumerable<string> Names(JsonElement a, JsonElement b) =>
        a.EnumerateObject().Select(p => p.Name).Union(b.EnumerateObject().Select(p => p.Name));

    private static void Field(List<Phrase> changes, Phrase what, string field, string before, string after)
    {
        if (before != after) changes.Add(new("changeField", what, field, Shown(before), Shown(after)));
    }

    private static string Property(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? Canonical(value) : "null";

    private static string Json<T>(T value) => Canonical(JsonSerializer.SerializeToElement(value, CourtSystemDocument.Json));

    // Numbers as written in the file or read back from the database differ only in trailing zeros (0.90 and 0.9).
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal().ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"\"{p.Name}\":{Canonical(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        _ => value.GetRawText(),
    };

    private static object Shown(string json) => json switch
    {
        "null" => new Phrase("none"),
        { Length: > 120 } => json[..117] + "…",
        _ => json,
    };
}
