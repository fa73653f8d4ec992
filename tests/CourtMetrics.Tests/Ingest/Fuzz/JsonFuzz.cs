using System.Text;
using System.Text.Json;

namespace CourtMetrics.Tests.Ingest.Fuzz;

/// <summary>One fuzzed batch body; Clean when every item is good (then each id it names is listed).</summary>
public sealed record JsonCase(int Number, byte[] Body, bool Clean, int Items, string Mutations, IReadOnlyList<string> CaseIds,
    IReadOnlyList<string> HearingIds, IReadOnlyList<string> LineIds)
{
    public string Preview() => $"{Body.Length:N0} bytes, {Items} items, mutations: {Mutations}; body: " +
                               FuzzText.Escape(Encoding.UTF8.GetString(Body), 800);
}

/// <summary>
/// Random bodies for POST /api/ingest/batches: good items of every kind (ids unique to the case), then wrong types,
/// nulls, huge and tiny numbers, JSON escapes PostgreSQL cannot hold (\u0000, lone surrogates), deep nesting,
/// missing and unknown fields and kinds, items that are not objects, too many items, oversized and truncated
/// bodies, random bytes and random JSON. Written as raw JSON text, so any token can be sent.
/// </summary>
public static class JsonFuzz
{
    private static readonly string[] OddTokens =
    [
        "null", "true", "false", "0", "-0", "1e400", "-1e400", "1e-400", "1e999999", "1e1000", "-1e-1000", "1e1001", "1E+1000", "123456789012345678901234567890", "1.5", "-1",
        "2147483648", "{}", "[]", "[1,2]", "{\"a\":{\"b\":[null]}}", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00y\"",
        "\"\\uffff\"", "\"\\u202e\"", "\"\"", "\" \"",
    ];

    public static JsonCase Next(Random random, int number, int maxItems, int maxBodyBytes)
    {
        var values = new FuzzValues(random);
        var mutations = new List<string>();
        var (caseIds, hearingIds, lineIds) = (new List<string>(), new List<string>(), new List<string>());
        var items = new List<List<(string Key, string Json)>>();
        for (var i = 0; i < random.Next(1, maxItems + 1); i++)
            items.Add(GoodItem(values, random, number, i, items, caseIds, hearingIds, lineIds));
        var clean = !values.Chance(0.7);
        if (!clean) Mutate(values, random, items, mutations);
        var body = $"{{\"items\": [{string.Join(", ", items.Select(Object))}]}}";
        if (!clean && values.Chance(0.25)) body = Damage(values, random, body, maxItems, maxBodyBytes, mutations);
        var bytes = Encoding.UTF8.GetBytes(body);
        if (!clean && values.Chance(0.05)) { bytes = values.RandomBytes(random.Next(0, 512)); mutations.Add("random bytes"); }
        return new JsonCase(number, bytes, clean, items.Count, mutations.Count == 0 ? "none" : string.Join("; ", mutations), caseIds, hearingIds, lineIds);
    }

    private static List<(string, string)> GoodItem(FuzzValues values, Random random, int number, int i, List<List<(string Key, string Json)>> earlier,
        List<string> caseIds, List<string> hearingIds, List<string> lineIds)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // A case is disposed of, and its judgment published, at most once a batch: twice with other dates is refused.
        var filedEarlier = earlier.Where(item => item[0].Json == "\"case_filed\"").Select(item => item[1].Json)
            .Where(id => !earlier.Any(item => item[0].Json != "\"case_filed\"" && item.Contains(("case_id", id)))).ToList();
        switch (random.Next(filedEarlier.Count > 0 ? 6 : 4))
        {
            case 0:
                caseIds.Add($"j{number}-{i}");
                return [("kind", "\"case_filed\""), ("case_id", S($"j{number}-{i}")), ("court", S(values.Court())), ("category", S(values.Category())),
                    ("filed_on", S(today.AddDays(-30 - i).ToString("yyyy-MM-dd"))), ("filing_channel", S(values.Pick(["electronic", "paper"]))),
                    ("extraterritorial", values.Pick(["true", "false"])), ("ai_assisted", values.Pick(["true", "false"]))];
            case 1:
                hearingIds.Add($"h{number}-{i}");
                return [("kind", "\"hearing\""), ("hearing_id", S($"h{number}-{i}")), ("court", S(values.Court())),
                    ("held_on", S(values.PastDate())), ("mode", S(values.Pick(["in_person", "video"])))];
            case 2:
                lineIds.Add($"l{number}-{i}");
                return [("kind", "\"budget_line\""), ("line_id", S($"l{number}-{i}")), ("court", S(values.Court())), ("fiscal_year", values.Year()),
                    ("item", S(values.Pick(["personnel", "operations", "technology", "capital"]))), ("allocated", values.Pick(["1850000.5", "0", "\"12.5\""])),
                    ("spent", values.Pick(["0", "100"])), ("booked_on", S(values.PastDate()))];
            case 3:
                return [("kind", "\"portal_use\""), ("court", S(values.Court())), ("day", S(today.AddDays(-(number * 11 + i) % 900).ToString("yyyy-MM-dd"))),
                    ("visits", random.Next(0, 100_000).ToString())];
            case 4:
                return [("kind", "\"case_disposed\""), ("case_id", values.Pick(filedEarlier)), ("disposed_on", S(today.AddDays(-random.Next(0, 30)).ToString("yyyy-MM-dd")))];
            default:
                return [("kind", "\"judgment_published\""), ("case_id", values.Pick(filedEarlier)), ("published_on", S(today.AddDays(-random.Next(0, 30)).ToString("yyyy-MM-dd")))];
        }
    }

    private static void Mutate(FuzzValues values, Random random, List<List<(string Key, string Json)>> items, List<string> mutations)
    {
        for (var m = 0; m < random.Next(1, 4); m++)
        {
            var at = random.Next(items.Count);
            var item = items[at];
            if (item.Count == 0) item.Add(("kind", values.Pick(OddTokens))); // every field of it was removed before
            var field = random.Next(item.Count);
            switch (random.Next(6))
            {
                case 0: item[field] = (item[field].Key, values.Pick(OddTokens)); break;
                case 1: item[field] = (item[field].Key, S(values.Bad())); break;
                case 2: item.RemoveAt(field); break;
                case 3: item.Add((values.Pick(["filedOn", "", "kind", "court", values.RandomText(5)]), values.Pick(OddTokens))); break;
                case 4: item[field] = (item[field].Key, Nested(random.Next(1, 120))); break;
                default: items[at] = [("", values.Pick(OddTokens))]; break;
            }
            mutations.Add($"items[{at}]: {FuzzText.Escape(Object(items[at]), 200)}");
        }
    }

    private static string Damage(FuzzValues values, Random random, string body, int maxItems, int maxBodyBytes, List<string> mutations)
    {
        switch (random.Next(7))
        {
            case 0:
                var cut = random.Next(body.Length);
                mutations.Add($"truncated at {cut}");
                return body[..cut];
            case 1:
                mutations.Add("too many items");
                return $"{{\"items\": [{string.Join(",", Enumerable.Repeat("{\"kind\": \"portal_use\"}", maxItems + random.Next(1, 50)))}]}}";
            case 2:
                mutations.Add("body over the cap");
                return $"{{\"items\": [{{\"kind\": \"hearing\", \"hearing_id\": {S(new string('x', maxBodyBytes))}}}]}}";
            case 3:
                mutations.Add("not a batch");
                return values.Pick(["", "{}", "[]", "null", "{\"items\": null}", "{\"items\": {}}", "{\"items\": \"x\"}", "{\"items\": []}", "\"items\"", "{\"Items\": [{}]}"]);
            case 4:
                mutations.Add("deep nesting");
                return $"{{\"items\": [{Nested(random.Next(30, 200))}]}}";
            case 5:
                mutations.Add("BOM");
                return "\ufeff" + body;
            default:
                mutations.Add("duplicate key");
                return body.Replace("{\"kind\"", "{\"kind\": \"case_filed\", \"kind\"");
        }
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("[{\"a\":", depth)) + "1" + string.Concat(Enumerable.Repeat("}]", depth));

    private static string Object(List<(string Key, string Json)> item) =>
        item is [("", var bare)] ? bare : "{" + string.Join(", ", item.Select(f => $"{S(f.Key)}: {f.Json}")) + "}";

    private static string S(string text) => JsonSerializer.Serialize(text);
}
