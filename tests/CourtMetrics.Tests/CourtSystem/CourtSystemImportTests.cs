using System.Text.Json.Nodes;
using CourtMetrics.CourtSystem;
using CourtMetrics.Site;
using CourtMetrics.Tests.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;
using Json.Schema;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>
/// `./run.sh import court-system`: the documented example, read as the administrator's file, into an empty
/// instance; dry runs; and files that are refused whole, each problem with its line and field.
/// </summary>
public sealed class CourtSystemImportTests : AppTests
{
    public static readonly string Example = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "docs", "examples", "court-system.json");

    private static readonly string Schema = Path.Combine(RepositoryLayout.WebRoot(AppContext.BaseDirectory), "schemas", "court-system.schema.json");

    protected override Task SeedAsync() => Task.CompletedTask;

    [Fact]
    public void The_documented_example_follows_the_published_schema_and_the_schema_refuses_what_the_product_refuses()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Schema));
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        var example = JsonNode.Parse(File.ReadAllText(Example))!;
        var result = schema.Evaluate(Element(example), options);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        example["categories"]![0]!["standards"] = new JsonArray();
        Assert.False(schema.Evaluate(Element(example), options).IsValid);
        example = JsonNode.Parse(File.ReadAllText(Example))!;
        example["courts"]![0]!["judgesCount"] = 3;
        Assert.False(schema.Evaluate(Element(example), options).IsValid);
    }

    [Fact]
    public async Task The_example_builds_the_court_system_in_three_languages_and_a_second_run_changes_nothing()
    {
        var (code, output) = await RunAsync(Example);

        Assert.Equal(0, code);
        Assert.Contains("court AKM-01: added", output);
        Assert.Contains("Written: ", output);
        await using var connection = await App.DataSource.OpenConnectionAsync();
        var court = await connection.QuerySingleAsync<(string Name, string Kk, string Ru, string Parent, int Judges, long Served, string Region)>("""
            SELECT c.name, c.names ->> 'kk', c.names ->> 'ru', p.code, c.judges, c.population_served, r.code
            FROM courts c JOIN courts p ON p.id = c.parent_id JOIN regions r ON r.id = c.region_id WHERE c.code = 'AKM-01'
            """);
        // 12.5 judges in 2025, the latest year given: the one-figure column holds it rounded.
        Assert.Equal(("Kokshetau City Court", "Көкшетау қалалық соты", "Кокшетауский городской суд", "AKM-R", 13, 182_000L, "AKM"), court);
        Assert.Equal(new DateTime(2024, 6, 30), await connection.ExecuteScalarAsync<DateTime>("SELECT closed_on FROM courts WHERE code = 'AKM-02'"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM court_years y JOIN courts c ON c.id = y.court_id WHERE c.code = 'AKM-01'"));
        Assert.Equal("{en,kk,ru}", await connection.ExecuteScalarAsync<string>("SELECT languages::text FROM court_system_settings"));
        Assert.Equal(6, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM time_standards"));
        // A name missing in a language falls back to the first language's.
        Assert.Equal("Astana Esil District Court", await connection.ExecuteScalarAsync<string>("SELECT cm_name(names, 'ru', code) FROM courts WHERE code = 'AST-01'"));
        var regions = await App.AnonymousClient().GetStringAsync("/api/regions");
        Assert.Contains("Akmola Region", regions);

        var (again, second) = await RunAsync(Example);
        Assert.Equal(0, again);
        Assert.Contains("Nothing to change", second);
    }

    [Fact]
    public async Task A_dry_run_lists_every_change_field_by_field_and_writes_nothing()
    {
        await RunAsync(Example);
        var before = await App.Get<CourtSystemStore>().ExportAsync();
        var changed = JsonNode.Parse(File.ReadAllText(Example))!;
        changed["courts"]![2]!["names"]!["kk"] = "Көкшетау қаласының соты";
        var courts = changed["courts"]!.AsArray();
        courts.RemoveAt(4);
        courts.Add(JsonNode.Parse("""{ "code": "AST-02", "names": { "en": "Astana Almaty District Court" }, "region": "AST", "level": "district" }"""));

        var (code, output) = await RunAsync(Write(changed.ToJsonString()), "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("court AKM-01: names.kk: \"Көкшетау қалалық соты\" → \"Көкшетау қаласының соты\"", output);
        Assert.Contains("court AST-02: added", output);
        Assert.Contains("court AST-01: removed", output);
        Assert.Contains("Dry run, nothing was written: 3 changes would be made.", output);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(await App.Get<CourtSystemStore>().ExportAsync()));
    }

    [Fact]
    public async Task A_file_with_bad_entries_is_refused_whole_naming_each_line_and_field()
    {
        var text = File.ReadAllText(Example)
            .Replace("\"region\": \"AST\",\n      \"level\": \"district\"", "\"region\": \"XX\",\n      \"level\": \"district\"")
            .Replace("\"code\": \"AKM-02\"", "\"code\": \"AKM-01\"")
            .Replace("\"standards\": [\n        { \"withinDays\": 90, \"targetShare\": 0.75 },\n        { \"withinDays\": 180, \"targetShare\": 0.90 },\n        { \"withinDays\": 365, \"targetShare\": 0.98 }\n      ]", "\"standards\": []");
        var lines = text.Split('\n');
        int LineOf(string fragment, int after = 0) => Array.FindIndex(lines, after, l => l.Contains(fragment)) + 1;

        var (code, output) = await RunAsync(Write(text));

        Assert.True(code == 1, output);
        Assert.Contains($"line {LineOf("\"region\": \"XX\"")}, courts[4].region: there is no region 'XX' in the court system", output);
        Assert.True(output.Contains($"line {LineOf("\"code\": \"AKM-01\"", LineOf("\"code\": \"AKM-01\""))}, courts[3].code: repeated code 'AKM-01' (first at courts[2])"), output);
        Assert.Contains($"line {LineOf("\"standards\": []")}, categories[1].standards: a category needs 1 to 10 time standards", output);
        Assert.Contains("Refused, nothing was written: 3 problems.", output);
        Assert.Equal(0, await App.DataSource.ScalarAsync<long>("SELECT count(*) FROM courts"));
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused_with_its_line()
    {
        var (code, output) = await RunAsync(Write("{\n  \"languages\": [\"en\"],\n  \"regions\": [ { \"code\": \"A\", }\n]\n}"));

        Assert.Equal(1, code);
        Assert.Matches(@"line 3, regions\[0\]", output);
        Assert.Contains("Refused, nothing was written: 1 problem.", output);
    }

    [Fact]
    public async Task The_command_refuses_an_unknown_option_and_a_missing_file()
    {
        Assert.Equal(2, (await RunAsync(Example, "--force")).Code);
        Assert.Contains("There is no file", (await RunAsync("/no/such/court-system.json")).Output);
    }

    private static System.Text.Json.JsonElement Element(JsonNode node) => System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement;

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CourtSystemCommand.RunAsync(App.Services, args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"court-system-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
