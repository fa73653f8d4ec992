using System.Globalization;
using System.Net;
using CourtMetrics.Tests.Charts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Exports;

/// <summary>A chart's data as the reader's spreadsheet opens it (CSV, XLSX) and a whole view as a vector PDF.</summary>
[Trait("Calendar", "today")]
public sealed class ChartExportTests(ChartApp app) : IClassFixture<ChartApp>
{
    private const string FlowChart = "/api/charts/chart.{0}?measures=incoming,clearance_rate&type=bar&title=flow&scope=nation";

    // Over the last two months the fixture's courts resolved one of their two cases: a clearance rate of 0.5.
    private static readonly string TwoMonths = $"&granularity=range&from={Months.Start(1):yyyy-MM-dd}&to={Months.Today:yyyy-MM-dd}";
    private readonly HttpClient _http = app.CreateClient();

    [Theory]
    [InlineData("ru", "ru-RU")]
    [InlineData("kk", "kk-KZ")]
    public async Task A_chart_csv_in_russian_or_kazakh_splits_on_semicolons_and_reads_back_the_numbers_of_the_english_one(
        string language, string culture)
    {
        var english = Rows(await _http.GetStringAsync(string.Format(FlowChart, "csv") + TwoMonths), ',');
        var response = await _http.GetAsync(string.Format(FlowChart, "csv") + TwoMonths + $"&lang={language}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var local = Rows(System.Text.Encoding.UTF8.GetString(bytes[3..]), ';');

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["period_start", "period_end", "incoming", "clearance_rate"], local[0]);
        Assert.Equal(english.Count, local.Count);
        Assert.Equal("0,5", local[1][3]);
        for (var i = 1; i < english.Count; i++)
        {
            Assert.Equal(english[i][..2], local[i][..2]);
            Assert.Equal(english[i][2..].Select(v => v == "" ? (double?)null : double.Parse(v, CultureInfo.InvariantCulture)),
                local[i][2..].Select(v => v == "" ? (double?)null : double.Parse(v, CultureInfo.GetCultureInfo(culture))));
        }
    }

    [Fact]
    public async Task The_reader_chooses_the_other_separator_with_csv_and_a_wrong_choice_is_a_400_naming_it()
    {
        var comma = await _http.GetStringAsync(string.Format(FlowChart, "csv") + "&lang=ru&csv=comma");
        var wrong = await _http.GetAsync(string.Format(FlowChart, "csv") + "&csv=tab");

        Assert.StartsWith("period_start,period_end,incoming,clearance_rate\r\n", comma);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("csv 'tab' is not comma or semicolon", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_chart_xlsx_is_a_valid_workbook_with_title_unit_header_and_numeric_cells_of_the_csvs_values_and_no_formula()
    {
        var csv = Rows(await _http.GetStringAsync(string.Format(FlowChart, "csv")), ',');
        var bytes = await _http.GetByteArrayAsync(string.Format(FlowChart, "xlsx") + "&lang=ru");

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal("Поступившие и оконченные", Text(rows[0].Elements<Cell>().First()));
        var header = rows.FindIndex(r => r.Elements<Cell>().FirstOrDefault() is { } c && Text(c) == "Начало периода");
        Assert.Equal("Коэффициент рассмотрения дел (%)", Text(rows[header].Elements<Cell>().ElementAt(3)));
        var data = rows.Skip(header + 1).ToList();
        Assert.Equal(csv.Count - 1, data.Count);
        var styles = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        for (var i = 0; i < data.Count; i++)
        {
            var cells = data[i].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![..1]);
            Assert.Equal(DateOnly.Parse(csv[i + 1][0], CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cells["A"].CellValue!.Text, CultureInfo.InvariantCulture))));
            Assert.Equal(csv[i + 1][2], cells.TryGetValue("C", out var incoming) ? incoming.CellValue!.Text : "");
            if (csv[i + 1][3] == "") continue;
            Assert.Equal(CellValues.Number, cells["D"].DataType!.Value);
            Assert.Equal(double.Parse(csv[i + 1][3], CultureInfo.InvariantCulture), double.Parse(cells["D"].CellValue!.Text, CultureInfo.InvariantCulture));
            Assert.Equal("0.0%", NumberFormat(styles, cells["D"]));
        }
    }

    [Theory]
    [InlineData("ru", "Поступившие и оконченные")]
    [InlineData("kk", "Түскен және аяқталған")]
    public async Task A_view_as_pdf_has_one_vector_page_per_chart_with_its_title_as_text_in_an_embedded_font(string language, string title)
    {
        var response = await _http.GetAsync($"/api/charts/views/overview.pdf?lang={language}&scope=region:1");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var pdf = new PdfContent(bytes);
        Assert.Equal(app.Get<CourtMetrics.Charts.ChartDefinitions>().Views["overview"].Charts.Count, pdf.Pages);
        Assert.True(pdf.Has("/FontFile2") || pdf.Has("/FontFile3"), "no embedded font");
        Assert.False(pdf.Has("/Subtype /Image"), "a chart drawn as an image");
        Assert.Contains(pdf.Texts(), text => text.Contains(title));
        Assert.Contains(pdf.Texts(), text => text.Contains(CourtMetrics.Release.ProductVersion.Current));
    }

    [Fact]
    public async Task A_maps_numbers_are_one_row_per_region_in_csv_and_xlsx_with_names_in_the_language()
    {
        const string map = "/api/charts/chart.{0}?measures=clearance_rate&type=map&lang=ru";
        var csv = Rows(await _http.GetStringAsync(string.Format(map, "csv")), ';');
        var bytes = await _http.GetByteArrayAsync(string.Format(map, "xlsx"));

        Assert.Equal(["region_code", "region", "value", "target", "class"], csv[0]);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows.FindIndex(r => r.Elements<Cell>().FirstOrDefault() is { } c && Text(c) == "Код региона");
        Assert.Equal(csv.Count - 1, rows.Count - header - 1);
        Assert.Equal(csv[1][1], Text(rows[header + 1].Elements<Cell>().ElementAt(1)));
    }

    [Fact]
    public async Task The_pdf_service_renders_a_view_for_a_caller_without_a_request()
    {
        var pdf = app.Get<CourtMetrics.Charts.ViewPdf>();

        var bytes = await pdf.RenderAsync("durations", "region:2", Months.Start(11), Months.Today, "month", "kk", CancellationToken.None);

        var content = new PdfContent(bytes);
        Assert.Equal(4, content.Pages);
        Assert.Contains(content.Texts(), text => text.Contains("Қарау мерзімі"));
        await Assert.ThrowsAsync<ArgumentException>(() => pdf.RenderAsync("nowhere", "nation", Months.Start(1), Months.Today, "month", "en", CancellationToken.None));
    }

    private static List<string[]> Rows(string csv, char separator) =>
        csv.TrimEnd().Split("\r\n").Select(l => l.Split(separator)).ToList();

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    private static string? NumberFormat(Stylesheet styles, Cell cell)
    {
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == format.NumberFormatId?.Value)?.FormatCode?.Value;
    }
}
