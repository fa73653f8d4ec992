using CourtMetrics.Charts;
using CourtMetrics.Database;
using CourtMetrics.Scopes;
using CourtMetrics.Site;
using Cronos;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reports;

/// <summary>A refused field of a request and why, said in the administrator's language.</summary>
public sealed record FieldRefusal(string Field, string Key, params object?[] Args);

/// <summary>Checks a schedule request field by field; the first bad field is refused, named, with why.</summary>
public sealed class ScheduleCheck(ChartDefinitions definitions, ReportRenderer renderer, NpgsqlDataSource db, SqlFiles sql)
{
    public const int MaxRecipients = 20;
    public static readonly string[] Cadences = ["daily", "weekly", "monthly", "cron"];

    public async Task<(CheckedSchedule? Schedule, FieldRefusal? Refusal)> CheckAsync(ScheduleRequest request)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) return Refused("name", "reportName");
        if (request.View is null || !definitions.Views.ContainsKey(request.View))
            return Refused("view", "reportView", ImageOptions.Truncate(request.View), string.Join(", ", definitions.Views.Keys));
        if (!Scope.TryParse(request.Scope, out var scope) || request.Scope is null) return Refused("scope", "reportScope", ImageOptions.Truncate(request.Scope));
        if (!await ExistsAsync(scope)) return Refused("scope", "reportNoScope", scope.ToString());
        if (scope != Scope.Nation && definitions.Views[request.View].Charts.Any(c => c.Kind == "map"))
            return Refused("scope", "reportMapScope", request.View);
        if (request.Period is null || !ReportPeriods.Presets.Contains(request.Period))
            return Refused("period", "reportPeriod", string.Join(", ", ReportPeriods.Presets));
        if (request.Language is null || !ChartDefinitions.Languages.Contains(request.Language)) return Refused("language", "reportLanguage");
        if (Enum.GetValues<ReportFormat>().Where(f => f.ToString().ToLowerInvariant() == request.Format).ToArray() is not [var format])
            return Refused("format", "reportFormat");
        if (!renderer.Renders(format)) return Refused("format", "reportFormatUnavailable", request.Format);
        var recipients = (request.Recipients ?? []).Select(r => r?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (recipients.Length is 0 or > MaxRecipients) return Refused("recipients", "reportRecipientCount", MaxRecipients);
        if (Array.FindIndex(recipients, r => !MailSender.IsAddress(r)) is >= 0 and var bad)
            return Refused("recipients", "notAnAddress", ImageOptions.Truncate(recipients[bad]));
        var (cron, cadence) = CronOf(request);
        if (cadence is not null) return (null, cadence);
        return (new CheckedSchedule(name, request.View, scope.ToString(), request.Period, request.Language, format, recipients!,
            request.Cadence!, (short?)request.Weekday, (short?)request.DayOfMonth, (short?)request.Hour, cron!), null);
    }

    /// <summary>The cron expression Hangfire runs (UTC) for a cadence, or the refused field.</summary>
    private static (string? Cron, FieldRefusal? Refusal) CronOf(ScheduleRequest r)
    {
        if (r.Cadence is null || !Cadences.Contains(r.Cadence)) return (null, new("cadence", "reportCadence"));
        if (r.Cadence == "cron")
            return r.Cron is { Length: <= 100 } cron && CronExpression.TryParse(cron.Trim(), CronFormat.Standard, out _)
                ? (cron.Trim(), null) : (null, new("cron", "reportCron", ImageOptions.Truncate(r.Cron)));
        if (r.Hour is not (>= 0 and <= 23)) return (null, new("hour", "reportHour"));
        return r.Cadence switch
        {
            "weekly" when r.Weekday is not (>= 0 and <= 6) => (null, new("weekday", "reportWeekday")),
            "weekly" => ($"0 {r.Hour} * * {r.Weekday}", null),
            "monthly" when r.DayOfMonth is not (>= 1 and <= 28) => (null, new("dayOfMonth", "reportDayOfMonth")),
            "monthly" => ($"0 {r.Hour} {r.DayOfMonth} * *", null),
            _ => ($"0 {r.Hour} * * *", null),
        };
    }

    private async Task<bool> ExistsAsync(Scope scope)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<bool>(sql["reports/scope-exists"],
            new { Kind = scope.Kind.ToString().ToLowerInvariant(), scope.Id });
    }

    private static (CheckedSchedule?, FieldRefusal?) Refused(string field, string key, params object?[] args) => (null, new(field, key, args));
}
