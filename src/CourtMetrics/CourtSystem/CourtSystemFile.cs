using System.Text;
using System.Text.Json;
using CourtMetrics.Site;

namespace CourtMetrics.CourtSystem;

/// <summary>A problem of a court-system file: where (line, when known, and the field's path) and why, said in the
/// reader's language (English when printed).</summary>
public sealed record CourtSystemProblem(int? Line, string Path, Phrase Message)
{
    public string In(string language) => Line is { } line
        ? Messages.Say(language, "problemAtLine", line, Path, Message)
        : Messages.Say(language, "problemAt", Path, Message);

    public override string ToString() => In("en");
}

/// <summary>
/// Reads a court-system file (JSON, UTF-8) into a CourtSystemDocument, and keeps the line of every entry and field so
/// that a problem found later names the line an administrator must open.
/// </summary>
public sealed class CourtSystemFile
{
    /// <summary>Outlines make a file large; 50 MB holds a country's simplified boundaries many times over.</summary>
    public const int MaxBytes = 50 << 20;

    private readonly Dictionary<string, int> _lines;

    private CourtSystemFile(CourtSystemDocument document, Dictionary<string, int> lines) => (Document, _lines) = (document, lines);

    public CourtSystemDocument Document { get; }

    /// <summary>The line of a path ("courts[3].region"), else of its nearest parent that has one.</summary>
    public int? LineOf(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (_lines.TryGetValue(p, out var line)) return line;
        return null;
    }

    public static (CourtSystemFile? File, CourtSystemProblem? Problem) Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
            return (null, new(null, "file", new("fileTooLarge", utf8.Length, MaxBytes)));
        if (utf8.StartsWith(Encoding.UTF8.Preamble)) utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        try
        {
            var document = JsonSerializer.Deserialize<CourtSystemDocument>(utf8, CourtSystemDocument.Json)
                           ?? throw new JsonException("null");
            return (new CourtSystemFile(document, Lines(utf8)), null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            // .NET's own words for what it could not read stay as written (English), inside a sentence of ours.
            var message = e.Message == "null" ? new Phrase("fileNull") : new Phrase("notJson", e.Message.Split(" Path: ")[0].Split(" LineNumber:")[0]);
            return (null, new(line, e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "file", message));
        }
    }

    public static CourtSystemFile Of(CourtSystemDocument document) => new(document, []);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    /// <summary>Path → line (1-based) of each property and array item down to the fields of an entry.</summary>
    private static Dictionary<string, int> Lines(ReadOnlySpan<byte> utf8)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<(string Name, int Index)>(); // Index ≥ 0: inside an array, at that item
        var line = 1;
        var counted = 0;
        string? property = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (path.Count <= 3) lines.TryAdd(Join(path, property), line);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var name = property ?? "";
                    property = null;
                    if (path.Count is > 0 and <= 3 && path[^1].Index >= 0) lines.TryAdd(Join(path, null), line);
                    path.Add((name, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    Advance(path);
                    break;
                default:
                    property = null;
                    Advance(path);
                    break;
            }
        }
        return lines;
    }

    // A value inside an array is its current item; the array's counter moves on once the value ends.
    private static void Advance(List<(string Name, int Index)> path)
    {
        if (path.Count > 0 && path[^1].Index >= 0) path[^1] = (path[^1].Name, path[^1].Index + 1);
    }

    private static string Join(List<(string Name, int Index)> path, string? property)
    {
        var text = new StringBuilder();
        foreach (var (name, index) in path)
        {
            if (name.Length > 0) text.Append(text.Length > 0 ? "." : "").Append(name);
            if (index >= 0) text.Append('[').Append(index).Append(']');
        }
        if (property is not null) text.Append(text.Length > 0 ? "." : "").Append(property);
        return text.ToString();
    }
}
