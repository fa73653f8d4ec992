namespace CourtMetrics.Ingest;

/// <summary>How a product column's text is checked in SQL, and how a "sum of columns" mapping joins its parts.</summary>
public enum ImportValue { Text, Number, Date, Boolean }

public sealed record ImportColumn(string Name, ImportValue Type, bool Required = false);

/// <summary>
/// What a file can hold, column by column, in the order of the kind's staging table and COPY
/// (sql/queries/ingest/&lt;kind&gt;/stage.sql and copy.sql). Each kind has check.sql (convert and record problems)
/// and merge.sql (upsert the good rows, returning inserted and updated counts). A kind that TrustsCheckedReferences
/// has trust-references.sql, which lets its merge skip the foreign-key checks its check.sql has already made.
/// </summary>
public sealed record ImportKind(string Name, IReadOnlyList<ImportColumn> Columns, bool FeedsAggregation,
    bool TrustsCheckedReferences = false)
{
    public string Sql(string step) => $"ingest/{Name}/{step}";

    /// <summary>Rows identified by source_system and source_id: ids repeated in a file are checked the same way for
    /// every such kind (ingest/repeated-ids.sql).</summary>
    public bool KeyedBySourceIds => Columns.Any(c => c.Name == "source_id");
}

public static class ImportKinds
{
    public static readonly ImportKind Cases = new("cases",
    [
        new("source_system", ImportValue.Text, Required: true),
        new("source_id", ImportValue.Text, Required: true),
        new("court", ImportValue.Text, Required: true),
        new("category", ImportValue.Text, Required: true),
        new("filed_on", ImportValue.Date, Required: true),
        new("disposed_on", ImportValue.Date),
        new("filing_channel", ImportValue.Text, Required: true),
        new("extraterritorial", ImportValue.Boolean),
        new("ai_assisted", ImportValue.Boolean),
    ], FeedsAggregation: true, TrustsCheckedReferences: true);

    /// <summary>Figures of a unit (court, section, region, country) for a year; every figure may be unknown.</summary>
    public static readonly ImportKind YearlyStatistics = new("yearly-statistics",
    [
        new("unit", ImportValue.Text, Required: true),
        new("year", ImportValue.Number, Required: true),
        new("unit_name", ImportValue.Text),
        new("unit_kind", ImportValue.Text),
        new("parent_unit", ImportValue.Text),
        new("incoming", ImportValue.Number),
        new("resolved", ImportValue.Number),
        new("pending_start", ImportValue.Number),
        new("pending_end", ImportValue.Number),
        new("spending", ImportValue.Number),
        new("population", ImportValue.Number),
        new("gdp", ImportValue.Number),
        new("judges", ImportValue.Number),
    ], FeedsAggregation: false);

    /// <summary>A court's budget lines: an item's allocation for a fiscal year, or spending booked on a day.</summary>
    public static readonly ImportKind BudgetLines = new("budget-lines",
    [
        new("source_system", ImportValue.Text, Required: true),
        new("source_id", ImportValue.Text, Required: true),
        new("court", ImportValue.Text, Required: true),
        new("fiscal_year", ImportValue.Number, Required: true),
        new("item", ImportValue.Text, Required: true),
        new("allocated", ImportValue.Number),
        new("spent", ImportValue.Number),
        new("booked_on", ImportValue.Date, Required: true),
    ], FeedsAggregation: true);

    /// <summary>
    /// A court's statistical report for a period (a month, quarter, half year, calendar or fiscal year), for one
    /// category or all of them: data of the court, read by the measures beside its case rows.
    /// </summary>
    public static readonly ImportKind Reports = new("reports",
    [
        new("court", ImportValue.Text, Required: true),
        new("category", ImportValue.Text),
        new("period", ImportValue.Text, Required: true),
        new("incoming", ImportValue.Number),
        new("resolved", ImportValue.Number),
        new("pending_start", ImportValue.Number),
        new("pending_end", ImportValue.Number),
        new("backlog", ImportValue.Number),
        new("e_filed", ImportValue.Number),
        new("video_hearings", ImportValue.Number),
        new("judgments_published", ImportValue.Number),
        new("spending", ImportValue.Number),
    ], FeedsAggregation: false, TrustsCheckedReferences: true);

    public static readonly IReadOnlyList<ImportKind> All = [Cases, YearlyStatistics, BudgetLines, Reports];

    public static ImportKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
