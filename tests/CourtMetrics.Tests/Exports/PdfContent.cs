using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CourtMetrics.Tests.Exports;

/// <summary>
/// Just enough of a PDF to check one: its objects' dictionaries and streams (inflated), its pages, and the text its
/// content streams show, read back through each font's ToUnicode map as a PDF reader copies it.
/// </summary>
public sealed partial class PdfContent
{
    public IReadOnlyList<(string Dictionary, string Stream)> Objects { get; }

    public PdfContent(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Objects = ObjectPattern().Matches(text).Select(m => (m.Groups["dict"].Value, Stream(m, pdf))).ToList();
    }

    public int Pages => Objects.Count(o => PagePattern().IsMatch(o.Dictionary));

    public bool Has(string key) => Objects.Any(o => o.Dictionary.Contains(key));

    /// <summary>Every run of shown glyphs decoded with each font's ToUnicode map: the text is in one of them.</summary>
    public IEnumerable<string> Texts()
    {
        var maps = Objects.Where(o => o.Stream.Contains("begincmap")).Select(o => UnicodeMap(o.Stream)).ToList();
        var shown = Objects.Where(o => o.Stream.Contains(" Tj") || o.Stream.Contains(" TJ"))
            .SelectMany(o => TextBlock().Matches(o.Stream)).Select(m => string.Concat(HexString().Matches(m.Value).Select(h => h.Groups[1].Value)));
        return shown.SelectMany(hex => maps.Select(map => Decode(hex, map)));
    }

    private static string Decode(string hex, Dictionary<int, string> map)
    {
        var text = new StringBuilder();
        for (var i = 0; i + 4 <= hex.Length; i += 4)
            text.Append(map.GetValueOrDefault(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber), "\uFFFD"));
        return text.ToString();
    }

    private static Dictionary<int, string> UnicodeMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match m in Section("bfchar").Matches(cmap).SelectMany(s => BfChar().Matches(s.Groups[1].Value)))
            map[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value);
        foreach (Match m in Section("bfrange").Matches(cmap).SelectMany(s => BfRange().Matches(s.Groups[1].Value)))
            for (int code = Hex(m.Groups[1].Value), end = Hex(m.Groups[2].Value), first = Hex(m.Groups[3].Value); code <= end; code++)
                map[code] = char.ConvertFromUtf32(first + code - Hex(m.Groups[1].Value));
        return map;
    }

    private static Regex Section(string name) => new($"begin{name}(.*?)end{name}", RegexOptions.Singleline);

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber);

    private static string Utf16(string hex) =>
        new(Enumerable.Range(0, hex.Length / 4).Select(i => (char)Hex(hex.Substring(i * 4, 4))).ToArray());

    private static string Stream(Match match, byte[] pdf)
    {
        if (!match.Groups["stream"].Success) return "";
        var (start, length) = (match.Groups["stream"].Index, match.Groups["stream"].Length);
        var bytes = pdf.AsSpan(start, length).ToArray();
        if (!match.Groups["dict"].Value.Contains("/FlateDecode")) return Encoding.Latin1.GetString(bytes);
        try
        {
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress)) zlib.CopyTo(inflated);
            return Encoding.Latin1.GetString(inflated.ToArray());
        }
        catch (InvalidDataException)
        {
            return ""; // a font program's stream, cut at a byte that looked like "endstream"
        }
    }

    [GeneratedRegex(@"\d+ 0 obj\s*(?<dict><<.*?>>)\s*(?:stream\r?\n(?<stream>.*?)\r?\nendstream|endobj)", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"BT.*?ET", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexString();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>[ \t]*<([0-9A-Fa-f]+)>[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,})>")]
    private static partial Regex BfRange();
}
