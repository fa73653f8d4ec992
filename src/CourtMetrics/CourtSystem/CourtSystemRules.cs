using System.Text.RegularExpressions;

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
        void Add(string path, string message) => problems.Add(new(file.LineOf(path), path, message));

        var languages = d.Languages ?? [];
        if (languages.Count is 0 or > MaxLanguages) Add("languages", $"give 1 to {MaxLanguages} language codes");
        for (var i = 0; i < languages.Count; i++)
            if (!Language().IsMatch(languages[i] ?? "")) Add($"languages[{i}]", $"'{languages[i]}' is not a language code such as en, kk or ru");
        Repeated(languages, l => l, "languages", "language", Add);
        if (d.Currency is { } currency && !Currency().IsMatch(currency)) Add("currency", $"'{currency}' is not an ISO 4217 code such as KZT or BRL");
        if (d.FiscalYearStartMonth is < 1 or > 12) Add("fiscalYearStartMonth", "give the month the fiscal year starts in, 1 to 12");

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
            if (d.Economy![i] is { Gdp: <= 0 } or { StateBudget: <= 0 }) Add($"economy[{i}]", "gdp and stateBudget must be above 0");
        Years(d.BudgetFloor ?? [], "budgetFloor", f => f.Year, Add);
        for (var i = 0; i < (d.BudgetFloor?.Count ?? 0); i++)
        {
            var floor = d.BudgetFloor![i];
            if (floor.ShareOfStateBudget is <= 0 or >= 1) Add($"budgetFloor[{i}].shareOfStateBudget", "give a share between 0 and 1 (0.02 = 2 %)");
            if (string.IsNullOrWhiteSpace(floor.LegalBasis) || floor.LegalBasis.Length > 500) Add($"budgetFloor[{i}].legalBasis", "name the law that sets the floor (at most 500 characters)");
        }
        return problems;
    }

    private static void Entries<T>(IReadOnlyList<T> entries, string list, int max, Func<T, string?> code, Func<T, Names?> names,
        IReadOnlyList<string> languages, Action<string, string> add)
    {
        if (entries.Count > max) add(list, $"{entries.Count:N0} entries; at most {max:N0}");
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{list}[{i}]";
            if (entries[i] is null) { add(path, "an entry is null"); continue; }
            if (!Code().IsMatch(code(entries[i]) ?? "")) add($"{path}.code", $"'{code(entries[i])}' is not a code: 1 to 40 letters, digits, '.', '_' or '-'");
            if (names(entries[i]) is not { } given) { add($"{path}.names", "give the names, by language"); continue; }
            if (languages.Count > 0 && !given.ContainsKey(languages[0]))
                add($"{path}.names", $"the name in {languages[0]}, the first language, is required: it stands in for a missing one");
            foreach (var (language, name) in given)
            {
                if (!languages.Contains(language)) add($"{path}.names.{language}", $"'{language}' is not one of the languages offered ({string.Join(", ", languages)})");
                if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength) add($"{path}.names.{language}", $"a name has 1 to {MaxNameLength} characters");
            }
        }
        Repeated(entries.Where(e => e is not null).ToList(), code, list, "code", add);
    }

    private static void Repeated<T>(IReadOnlyList<T> items, Func<T, string?> key, string list, string what, Action<string, string> add)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k) continue;
            // The field itself when entries are objects (code, year, withinDays); the item when they are plain values.
            var field = what == "language" ? "" : $".{what}";
            if (seen.TryGetValue(k, out var first)) add($"{list}[{i}]{field}", $"repeated {what} '{k}' (first at {list}[{first}])");
            else seen[k] = i;
        }
    }

    private static void Region(RegionEntry region, string path, Action<string, string> add)
    {
        Years(region.Years ?? [], $"{path}.years", y => y.Year, add);
        foreach (var (year, i) in (region.Years ?? []).Select((y, i) => (y, i)))
            if (year is { Population: < 0 } or { Gdp: < 0 }) add($"{path}.years[{i}]", "population and gdp cannot be negative");
        if (region.Outline is { } outline && !RegionOutline.TryRead(outline, out _, out var problem)) add($"{path}.outline", problem);
        if (region.Tile is { Column: < 0 or > 99 } or { Row: < 0 or > 99 }) add($"{path}.tile", "column and row are 0 to 99");
    }

    private static void Court(CourtEntry court, string path, HashSet<string> regions, HashSet<string> levels,
        Dictionary<string, string?> parents, Action<string, string> add)
    {
        if (court.Code is null || court.Names is null) return;
        if (!regions.Contains(court.Region ?? "")) add($"{path}.region", $"there is no region '{court.Region}' in the court system");
        if (!levels.Contains(court.Level ?? "")) add($"{path}.level", $"there is no level '{court.Level}'; the levels are {string.Join(", ", levels)}");
        if (court.Parent is { } parent)
        {
            if (!parents.ContainsKey(parent)) add($"{path}.parent", $"there is no court '{parent}'");
            else if (Loops(court.Code, parents)) add($"{path}.parent", $"court '{court.Code}' would be its own parent through '{parent}'");
        }
        if (court is { Opened: { } opened, Closed: { } closed } && closed < opened) add($"{path}.closed", $"closed {closed:yyyy-MM-dd} before it opened {opened:yyyy-MM-dd}");
        Years(court.Years ?? [], $"{path}.years", y => y.Year, add);
        foreach (var (year, i) in (court.Years ?? []).Select((y, i) => (y, i)))
            if (year is { PopulationServed: < 0 } or { Judges: < 0 } or { Gdp: < 0 }) add($"{path}.years[{i}]", "populationServed, judges and gdp cannot be negative");
    }

    private static bool Loops(string code, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var at = parents[code]; at is not null && parents.TryGetValue(at, out var next); at = next)
            if (!seen.Add(at)) return true;
        return false;
    }

    private static void Category(CategoryEntry category, string path, Action<string, string> add)
    {
        if (category.Code is null) return;
        var standards = category.Standards ?? [];
        if (standards.Count is 0 or > MaxStandards)
            add($"{path}.standards", $"a category needs 1 to {MaxStandards} time standards (share resolved within so many days)");
        Repeated(standards, s => s.WithinDays.ToString(), $"{path}.standards", "withinDays", add);
        for (var i = 0; i < standards.Count; i++)
        {
            if (standards[i].WithinDays is < 1 or > 36_500) add($"{path}.standards[{i}].withinDays", "give 1 to 36,500 days");
            if (standards[i].TargetShare is <= 0 or > 1) add($"{path}.standards[{i}].targetShare", "give a share above 0 and at most 1 (0.9 = 90 %)");
        }
    }

    private static void Years<T>(IReadOnlyList<T> years, string path, Func<T, int> year, Action<string, string> add)
    {
        if (years.Count > MaxYears) add(path, $"at most {MaxYears} years");
        for (var i = 0; i < years.Count; i++)
            if (year(years[i]) is < 1900 or > 2200) add($"{path}[{i}].year", "give a year from 1900 to 2200");
        Repeated(years, y => year(y).ToString(), path, "year", add);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex Language();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex Code();
}
