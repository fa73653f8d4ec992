using System.Text;
using CourtMetrics.CourtSystem;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>Reading a court-system file: every entry and field keeps its line; what cannot be read names its line.</summary>
[Trait("Category", "Unit")]
public sealed class CourtSystemFileTests
{
    private const string Text = """
        {
          "languages": ["en", "kk"],
          "regions": [
            { "code": "N", "names": { "en": "North" } },
            {
              "code": "S",
              "names": { "en": "South", "kk": "Оңтүстік" },
              "years": [{ "year": 2025, "population": 10 }]
            }
          ],
          "courts": [{ "code": "N-1", "names": { "en": "North 1" }, "region": "N", "level": "district" }]
        }
        """;

    [Fact]
    public void Each_entry_and_field_is_found_at_its_line_and_a_deeper_path_at_its_nearest_parent()
    {
        var (file, problem) = CourtSystemFile.Parse(Encoding.UTF8.GetBytes(Text));

        Assert.Null(problem);
        Assert.Equal(2, file!.LineOf("languages"));
        Assert.Equal(4, file.LineOf("regions[0]"));
        Assert.Equal(5, file.LineOf("regions[1]"));
        Assert.Equal(6, file.LineOf("regions[1].code"));
        Assert.Equal(8, file.LineOf("regions[1].years"));
        Assert.Equal(8, file.LineOf("regions[1].years[0].population"));
        Assert.Equal(7, file.LineOf("regions[1].names.kk"));
        Assert.Equal(11, file.LineOf("courts[0].region"));
        Assert.Equal("Оңтүстік", file.Document.Regions![1].Names["kk"]);
    }

    [Fact]
    public void A_field_the_format_does_not_know_or_a_broken_file_is_named_with_its_line()
    {
        var (_, unknown) = CourtSystemFile.Parse(Encoding.UTF8.GetBytes(Text.Replace("\"level\"", "\"tier\"")));
        Assert.Equal(11, unknown!.Line);
        Assert.Contains("tier", unknown.ToString());

        var (_, broken) = CourtSystemFile.Parse(Encoding.UTF8.GetBytes(Text.Replace("\"North\" }", "\"North\" ")));
        Assert.Equal(5, broken!.Line);

        var (_, year) = CourtSystemFile.Parse(Encoding.UTF8.GetBytes(Text.Replace("2025", "\"twenty\"")));
        Assert.StartsWith("line 8, regions[1].years[0].year", year!.ToString());
    }

    [Fact]
    public void Rules_name_the_field_an_administrator_must_change()
    {
        var (file, _) = CourtSystemFile.Parse(Encoding.UTF8.GetBytes(Text.Replace("\"kk\": \"Оңтүстік\"", "\"de\": \"Süd\"")));
        var document = CourtSystemChanges.Merge(new CourtSystemDocument(Levels: [new LevelEntry("district", new Names { ["en"] = "District" })]), file!.Document);

        var problems = CourtSystemRules.Check(document, file).Select(p => p.ToString()).ToList();

        Assert.Equal(["line 7, regions[1].names.de: 'de' is not one of the languages offered (en, kk)"], problems);
    }
}
