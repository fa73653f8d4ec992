using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CourtMetrics.Exports;

/// <summary>
/// A table as an Excel workbook of one sheet: the title and notes (scope, period, unit) above a header row of the
/// columns' labels, then the rows. Numbers are numeric cells with a number format (a share in percent, days with one
/// decimal), dates are dates, and text is an inline string: a workbook holds no formula, so a value from a source
/// file cannot run as one.
/// </summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes of the stylesheet below: 0 general, 1 bold, 2 percent, 3 days, 4 date, 5 other numbers.
    private const uint Bold = 1, Percent = 2, Days = 3, Date = 4, Plain = 5;

    public static byte[] Write(ExportTable table, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var heading = new List<object?[]>();
            if (table.Title is { } title) heading.Add([title]);
            heading.AddRange(table.Notes.Select(n => new object?[] { n }));
            if (heading.Count > 0) heading.Add([]);
            foreach (var line in heading) data.Append(Row(data, line.Select(c => (c, ExportKind.Text)), heading.IndexOf(line) == 0 ? Bold : 0));
            data.Append(Row(data, table.Columns.Select(c => ((object?)c.Label, ExportKind.Text)), Bold));
            foreach (var row in table.Rows) data.Append(Row(data, row.Select((c, i) => (c, table.Columns[i].Kind)), null));
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(sheetName),
            }));
        }
        return stream.ToArray();
    }

    private static Row Row(SheetData data, IEnumerable<(object? Value, ExportKind Kind)> cells, uint? style)
    {
        var row = new Row { RowIndex = (uint)data.ChildElements.Count + 1 };
        var column = 0;
        foreach (var (value, kind) in cells)
        {
            var reference = ColumnName(column++) + row.RowIndex.Value;
            if (value is null) continue;
            row.Append(value switch
            {
                double number => Number(reference, number, style ?? kind switch { ExportKind.Share => Percent, ExportKind.Days => Days, _ => Plain }),
                int or long => Number(reference, Convert.ToDouble(value), style ?? 0),
                DateOnly date => Number(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), Date),
                _ => new Cell(new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }))
                    { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style },
            });
        }
        return row;
    }

    private static Cell Number(string reference, double value, uint style) =>
        new(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    // Excel refuses a sheet name over 31 characters or with []:*?/\ in it.
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Data" : clean;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "#,##0.##" }) { Count = 4 },
        new Fonts(new Font(), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true }) { Count = 6 });
}
