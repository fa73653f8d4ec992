using System.Text;

namespace CourtMetrics.Tests.Ingest.Fuzz;

/// <summary>
/// Field values for fuzzed inputs, good and bad, over the court system of CourtSystemFixture (courts N-1, N-2, S-1;
/// categories civil, criminal). Bad ones are what real files and clients send by mistake or on purpose: impossible
/// and far dates, numbers in other notations, huge and control-laden text, every script.
/// </summary>
public sealed class FuzzValues(Random random)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static readonly string[] Courts = ["N-1", "N-2", "S-1"];
    public static readonly string[] Categories = ["civil", "criminal"];

    private static readonly string[] Texts =
    [
        "", " ", "Қазақстан соттары", "Joǵarǵy sot", "Верховный суд", "محكمة", "法院", "👩‍⚖️⚖️", "e\u0301\u0301", "\u200b\u200f\u202e",
        "\t", "a\"b", "a,b;c", "line\nbreak", "\r", "null", "NULL", "undefined", "true", "'; DROP TABLE cases; --", "%s%n", "\\", "<script>",
        "\ufeff", "\u00a0", "\u2028", "\uffff", "\u0001\u0002", "N-1 ", " N-1", "n-1", "CIVIL", "électronique", "ELECTRONIC", "Paper",
    ];

    private static readonly string[] Dates =
    [
        "2023-02-30", "2023-13-01", "2023-00-10", "0000-00-00", "0001-01-01", "1899-12-31", "9999-12-31", "2999-01-01", "99999-01-01",
        "2023-1-5", "2023/01/05", "05.01.2023", "20230105", "2023-01-05T10:00:00", "2023-01-05 ", "  2023-01-05", "yesterday",
        "2024-02-29", "2023-02-29", "-2023-01-05", "2023-01-05Z", "٢٠٢٣-٠١-٠٥", "2023‐01‐05", "1e3", "",
    ];

    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "-0", "0.0000000000000000001", "99999999999999999999999999999999",
        "1,5", "1.5.5", "1 000", "1_000", "0x10", "١٢٣", "+5", "-5", ".5", "5.", "12+", "1e14", "99999999999999.99", "2147483648",
        "-2147483649", "9223372036854775808", "", " 7", "7 ", "1E5", "٫5",
    ];

    public string Court() => Pick(Courts);
    public string Category() => Pick(Categories);
    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A date in the last three years, as text.</summary>
    public string PastDate(int maxDaysAgo = 1000) => Today.AddDays(-random.Next(0, maxDaysAgo)).ToString("yyyy-MM-dd");

    public string Year() => random.Next(2015, Today.Year).ToString();

    /// <summary>A bad value of the given flavour, or of any.</summary>
    public string Bad(string? flavour = null) => (flavour ?? Pick(["text", "date", "number", "huge"])) switch
    {
        "date" => Pick(Dates),
        "number" => Pick(Numbers),
        "huge" => Huge(),
        _ => Chance(0.3) ? RandomText(random.Next(1, 40)) : Pick(Texts),
    };

    /// <summary>Text longer than any id or code should be: a few KiB, random or repeated, or past the file caps.</summary>
    public string Huge() => random.Next(3) switch
    {
        0 => new string([.. Enumerable.Range(0, random.Next(2_000, 4_000)).Select(_ => (char)random.Next(33, 127))]), // past what an index entry holds
        1 => string.Concat(Enumerable.Repeat(Pick(["x", "Ж", "😀", ",", "\""]), random.Next(2_700, 9_000))),
        _ => new string('x', random.Next(70_000, 120_000)),
    };

    /// <summary>Random characters from every plane, lone surrogates and control characters included.</summary>
    public string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append(random.Next(8) switch
            {
                0 => ((char)random.Next(0, 32)).ToString(),
                1 => ((char)random.Next(0xD800, 0xE000)).ToString(),
                2 => ((char)random.Next(0x80, 0x800)).ToString(),
                3 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                _ => ((char)random.Next(32, 127)).ToString(),
            });
        return text.ToString();
    }

    public byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
