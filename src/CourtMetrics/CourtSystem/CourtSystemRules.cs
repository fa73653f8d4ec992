using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.CourtSystem;

/// <summary>
/// What a court system must be before any of it is written: codes well formed and not repeated, names in offered
/// languages (the first language's always given: it is every other's fallback), every court in a known region and
/// level, parents that exist and never loop, categories with at least one time standard, figures in range.
/// </summary>
public static partial class CourtSystemRules
{
    public const int MaxLanguages = 12, MaxLevels = 12, MaxRegions = 2_000, MaxCourts = 20_000, MaxCategories = 500,
        MaxStandards = 10, MaxNameLength = 200, MaxYears = 200;

    public static List<CourtSystemProblem> Check(CourtSystemDocument d, CourtSystemFile file)
    {
        var problems = new List<CourtSystemProblem>();
        void Add(string path, string key, params object?[] args) => problems.Add(new(file.LineOf(path), path, new Phrase(key, args)));

        var languages = d.Languages ?? [];
        if (languages.Count is 0 or > MaxLanguages) Add("languages", "ruleLanguages", MaxLanguages);
        for (var i = 0; i < languages.Count; i++)
            if (!Language().IsMatch(languages[i] ?? "")) Add($"languages[{i}]", "ruleLanguageCode", languages[i]);
        Repeated(languages, l => l, "languages", "language", Add);
        if (d.Currency is { } currency && !Currency().IsMatch(currency)) Add("currency", "ruleCurrency", currency);
        if (d.FiscalYearStartMonth is < 1 or > 12) Add("fiscalYearStartMonth", "ruleFiscalMonth");
        foreach (var (language, name) in d.Names ?? [])
        {
            if (!languages.Contains(language)) Add($"names.{language}", "ruleNameLanguage", language, string.Join(", ", languages));
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength) Add($"names.{language}", "ruleNameLength", MaxNameLength);
        }

        var levels = d.Levels ?? [];
        Entries(levels, "levels", MaxLevels, l => l.Code, l => l.Names, languages, Add);
        var regions = d.Regions ?? [];
        Entries(regions, "regions", MaxRegions, r => r.Code, r => r.Names, languages, Add);
        for (var i = 0; i < regions.Count; i++) Region(regions[i], $"regions[{i}]", Add);
        Repeated(regions.Where(r => r is not null).ToList(), r => r.Tile is { } t ? $"{t.Column},{t.Row}" : null, "regions", "tile", Add);

        var courts = d.Courts ?? [];
        Entries(courts, "courts", MaxCourts, c => c.Code, c => c.Names, languages, Add);
        var regionCodes = regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var levelCodes = levels.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var parents = courts.Where(c => c.Code is not null).GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Parent);
        for (var i = 0; i < courts.Count; i++) Court(courts[i], $"courts[{i}]", regionCodes, levelCodes, parents, Add);

        var categories = d.Categories ?? [];
        Entries(categories, "categories", MaxCategories, c => c.Code, c => c.Names, languages, Add);
        for (var i = 0; i < categories.Count; i++) Category(categories[i], $"categories[{i}]", Add);

        Years(d.Economy ?? [], "economy", e => e.Year, Add);
        for (var i = 0; i < (d.Economy?.Count ?? 0); i++)
            if (d.Economy![i] is { Gdp: <= 0 } or { StateBudget: <= 0 }) Add($"economy[{i}]", "ruleEconomy");
        Years(d.BudgetFloor ?? [], "budgetFloor", f => f.Year, Add);
        for (var i = 0; i < (d.BudgetFloor?.Count ?? 0); i++)
        {
            var floor = d.BudgetFloor![i];
            if (floor.ShareOfStateBudget is <= 0 or >= 1) Add($"budgetFloor[{i}].shareOfStateBudget", "ruleFloorShare");
            if (string.IsNullOrWhiteSpace(floor.LegalBasis) || floor.LegalBasis.Length > 500) Add($"budgetFloor[{i}].legalBasis", "ruleFloorLaw");
        }
        return problems;
    }

    private static void Entries<T>(IReadOnlyList<T> entries, string list, int max, Func<T, string?> code, Func<T, Names?> names,
        IReadOnlyList<string> languages, Adder add)
    {
        if (entries.Count > max) add(list, "ruleEntries", entries.Count, max);
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{list}[{i}]";
            if (entries[i] is null) { add(path, "ruleNull"); continue; }
            if (!Code().IsMatch(code(entries[i]) ?? "")) add($"{path}.code", "ruleCode", code(entries[i]));
            if (names(entries[i]) is not { } given) { add($"{path}.names", "ruleNames"); continue; }
            if (languages.Count > 0 && !given.ContainsKey(languages[0]))
                add($"{path}.names", "ruleFirstName", languages[0]);
            foreach (var (language, name) in given)
            {
                if (!languages.Contains(language)) add($"{path}.names.{language}", "ruleNameLanguage", language, string.Join(", ", languages));
                if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength) add($"{path}.names.{language}", "ruleNameLength", MaxNameLength);
            }
        }
        Repeated(entries.Where(e => e is not null).ToList(), code, list, "code", add);
    }

    private static void Repeated<T>(IReadOnlyList<T> items, Func<T, string?> key, string list, string what, Adder add)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k) continue;
            // The field itself when entries are objects (code, year, withinDays); the item when they are plain values.
            var field = what == "language" ? "" : $".{what}";
            if (seen.TryGetValue(k, out var first)) add($"{list}[{i}]{field}", "ruleRepeated", new Phrase($"repeated-{what}"), k, $"{list}[{first}]");
            else seen[k] = i;
        }
    }

    private static void Region(RegionEntry region, string path, Adder add)
    {
        Years(region.Years ?? [], $"{path}.years", y => y.Year, add);
        foreach (var (year, i) in (region.Years ?? []).Select((y, i) => (y, i)))
            if (year is { Population: < 0 } or { Gdp: < 0 }) add($"{path}.years[{i}]", "ruleRegionYear");
        if (region.Outline is { } outline && !RegionOutline.TryRead(outline, out _, out var problem)) add($"{path}.outline", problem!.Key, problem.Args);
        if (region.Tile is { Column: < 0 or > 99 } or { Row: < 0 or > 99 }) add($"{path}.tile", "ruleTile");
    }

    private static void Court(CourtEntry court, string path, HashSet<string> regions, HashSet<string> levels,
        Dictionary<string, string?> parents, Adder add)
    {
        if (court.Code is null || court.Names is null) return;
        if (!regions.Contains(court.Region ?? "")) add($"{path}.region", "ruleNoRegion", court.Region);
        if (!levels.Contains(court.Level ?? "")) add($"{path}.level", "ruleNoLevel", court.Level, string.Join(", ", levels));
        if (court.Parent is { } parent)
        {
            if (!parents.ContainsKey(parent)) add($"{path}.parent", "ruleNoParent", parent);
            else if (Loops(court.Code, parents)) add($"{path}.parent", "ruleLoop", court.Code, parent);
        }
        if (court is { Opened: { } opened, Closed: { } closed } && closed < opened) add($"{path}.closed", "ruleClosedBeforeOpened", closed.ToString("yyyy-MM-dd"), opened.ToString("yyyy-MM-dd"));
        Years(court.Years ?? [], $"{path}.years", y => y.Year, add);
        foreach (var (year, i) in (court.Years ?? []).Select((y, i) => (y, i)))
            if (year is { PopulationServed: < 0 } or { Judges: < 0 } or { Gdp: < 0 }) add($"{path}.years[{i}]", "ruleCourtYear");
    }

    private static bool Loops(string code, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var at = parents[code]; at is not null && parents.TryGetValue(at, out var next); at = next)
            if (!seen.Add(at)) return true;
        return false;
    }

    private static void Category(CategoryEntry category, string path, Adder add)
    {
        if (category.Code is null) return;
        var standards = category.Standards ?? [];
        if (standards.Count is 0 or > MaxStandards)
            add($"{path}.standards", "ruleStandards", MaxStandards);
        Repeated(standards, s => s.WithinDays.ToString(), $"{path}.standards", "withinDays", add);
        for (var i = 0; i < standards.Count; i++)
        {
            if (standards[i].WithinDays is < 1 or > 36_500) add($"{path}.standards[{i}].withinDays", "ruleWithinDays", 36_500);
            if (standards[i].TargetShare is <= 0 or > 1) add($"{path}.standards[{i}].targetShare", "ruleTargetShare");
        }
    }

    private static void Years<T>(IReadOnlyList<T> years, string path, Func<T, int> year, Adder add)
    {
        if (years.Count > MaxYears) add(path, "ruleYearsCount", MaxYears);
        for (var i = 0; i < years.Count; i++)
            if (year(years[i]) is < 1900 or > 2200) add($"{path}[{i}].year", "ruleYear");
        Repeated(years, y => year(y).ToString(), path, "year", add);
    }

    private delegate void Adder(string path, string key, params object?[] args);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex Language();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex Code();
}
