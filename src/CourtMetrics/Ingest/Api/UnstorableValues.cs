using System.Text.Json;

namespace CourtMetrics.Ingest.Api;

/// <summary>
/// Values in a batch that PostgreSQL cannot hold: a NUL (\u0000) or half of a surrogate pair (\ud800 alone) in any
/// string or field name, and numbers beyond numeric's range (1e999999). JSON allows them all, but jsonb refuses the
/// whole array they are in, so they are found here first and reported like any bad value: by item, kind and field.
/// </summary>
internal static class UnstorableValues
{
    private const string Reason = "text that cannot be stored: a NUL character (\\u0000) or half of a surrogate pair";
    private const int MaxNumberLength = 1000, MaxExponent = 1000;

    public static List<BatchProblem> Find(JsonElement items)
    {
        var problems = new List<BatchProblem>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            // Not TryGetProperty: it unescapes every name it passes, and half a surrogate pair in one throws.
            var kind = item.ValueKind == JsonValueKind.Object
                       && item.EnumerateObject().Where(p => Name(p) == "kind").Select(p => (JsonElement?)p.Value).LastOrDefault() is { } k
                       && Text(k) is { } text && Storable(text)
                ? text : null;
            Walk(item, index++, kind, "(item)", top: true, problems);
        }
        return problems;
    }

    private static void Walk(JsonElement element, int index, string? kind, string field, bool top, List<BatchProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Name(property);
                    var at = top ? Shown(name) : field;
                    if (name is null || !Storable(name)) problems.Add(new(index, kind, at, Reason + " in the field's name", null));
                    Walk(property.Value, index, kind, at, top: false, problems);
                }
                break;
            case JsonValueKind.Array:
                foreach (var value in element.EnumerateArray()) Walk(value, index, kind, field, top: false, problems);
                break;
            case JsonValueKind.String:
                if (Text(element) is not { } text || !Storable(text)) problems.Add(new(index, kind, field, Reason, null));
                break;
            case JsonValueKind.Number when !InRange(element.GetRawText()):
                problems.Add(new(index, kind, field,
                    $"number out of range (at most {MaxNumberLength:N0} characters, exponent from -{MaxExponent:N0} to {MaxExponent:N0})",
                    element.GetRawText()[..Math.Min(40, element.GetRawText().Length)]));
                break;
        }
    }

    // System.Text.Json refuses to turn a lone surrogate escape into a .NET string: that is one of the two cases.
    private static string? Text(JsonElement element)
    {
        try { return element.ValueKind == JsonValueKind.String ? element.GetString() : null; }
        catch (InvalidOperationException) { return null; }
    }

    private static string? Name(JsonProperty property)
    {
        try { return property.Name; }
        catch (InvalidOperationException) { return null; }
    }

    // PostgreSQL's numeric refuses an exponent beyond ±1000 and overflows on very long digit strings.
    private static bool InRange(string number)
    {
        if (number.Length > MaxNumberLength) return false;
        var e = number.AsSpan().IndexOfAny('e', 'E');
        return e < 0 || (int.TryParse(number.AsSpan(e + 1), out var exponent) && Math.Abs(exponent) <= MaxExponent);
    }

    private static bool Storable(string text) => !text.Contains('\0');

    private static string Shown(string? name) => name is null ? "(a name that is not valid text)" : name.Replace('\0', '\uFFFD');
}
